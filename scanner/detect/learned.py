"""A learned reading of a document's categories, beside the rules of ``categories.yaml``.

One-vs-rest logistic regression per category over two kinds of features:

- the document's character n-grams (1–3 汉字, presence only) from a shipped vocabulary: only
  runs of 汉字 are read, so no n-gram holds a digit, a Latin letter or punctuation, and the
  training script keeps only n-grams seen in documents of at least two of the development sets
  (written by different people), which keeps one author's habits — and synthetic names — out;
- the evidence the rules already gathered (:class:`~scanner.detect.classify.Evidence`): counts
  of findings per entity type, of fact patterns, of vocabulary terms, of the shape of the text
  (articles, items, blanks, ticks, figures …), as ``log1p`` of the count;
- the rules' points per category (``Decision.scores``), below their threshold too, as
  ``log1p`` — what the rules half-saw (leave-one-set-out: benchmarks/learn_cv.py).

The weights are a ``.npz`` of plain arrays (``allow_pickle=False``) built by
``scripts/train_categories.py`` from the development sets; at run time only numpy is needed.
A document's text is read up to :data:`TEXT_CHARS` characters, so the cost stays flat.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from scanner.detect.recognizers.window import FIELD_MARK, FIELD_PREFIX

#: the categories the model reads, in the order of its weight columns
CATEGORIES = ("medical", "financial", "personnel", "operations", "other")
#: characters of a document's text the model reads
TEXT_CHARS = 20_000
#: n-gram lengths
ORDERS = (1, 2, 3)
#: per category, the n-grams a reason may name: among the words the training script marked
#: explainable (two characters or more, a common word of jieba's dictionary, not tagged as a
#: person's or a place's name), the ones with the most positive weights
EXPLAINABLE = 400
WEIGHTS_FILE = "categories_model.npz"
#: how a learned category's reason starts
REASON = "learned:"
#: the model fills in only a record of people: at least this many names standing as a list's,
#: a table's or a form's entries (``Evidence.listed_people``). One or two such names are what
#: news prose shows too (CLUENER pages read as personnel from one 成绩 or 处分 beside a name,
#: benchmarks/public_pages.py); the leave-one-set-out means are the same at 1, 2 and 3
MIN_LISTED = 3
#: one listed name counts too when the document holds a way to identify that person — an
#: identified person as issue 9 item 5 defines it (a complaint letter, a staff member's mail):
#: news pages hold names only
IDENTIFIERS = ("CN_PHONE", "CN_RESIDENT_ID", "CN_ADDRESS", "CN_MEDICAL_RECORD_NO", "EMAIL_ADDRESS")


def record_of_people(listed: int, entities: Mapping[str, float]) -> bool:
    """A record of people for the learned reading: :data:`MIN_LISTED` names standing as entries,
    or one with an identifier of a person (:data:`IDENTIFIERS`; ``entities`` maps an entity
    type to its count, or to ``log1p`` of it — only whether it is above zero is read)."""
    if listed >= MIN_LISTED:
        return True
    return listed >= 1 and any(entities.get(e, 0) > 0 for e in IDENTIFIERS)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ENTITY_TYPES = (
    "PERSON",
    "CN_RESIDENT_ID",
    "CN_PHONE",
    "EMAIL_ADDRESS",
    "CN_BANK_CARD",
    "CN_USCC",
    "CN_ADDRESS",
    "CN_MEDICAL_RECORD_NO",
    "CN_PASSPORT",
)
_SHAPE = (
    "listed_people",
    "blank_fields",
    "articles",
    "items",
    "bullets",
    "self_internal",
    "blank_marks",
    "ticks",
    "label_lines",
    "lines",
    "figures",
    "parties",
    "chars",
)


def ngrams(text: str) -> set[str]:
    """The distinct 1–3 character n-grams of the 汉字 runs of the first :data:`TEXT_CHARS`
    characters of ``text``, its table cells' header markers left out (the cells' own text,
    findings blanked, stays)."""
    grams: set[str] = set()
    if FIELD_MARK in text:  # a header may carry a neighbouring cell's value: not read
        text = FIELD_PREFIX.sub("", text[:TEXT_CHARS])
    for m in _HAN_RUN.finditer(text, 0, TEXT_CHARS):
        run = m.group()
        size = len(run)
        for n in ORDERS:
            grams.update(run[i : i + n] for i in range(size - n + 1))
    return grams


def evidence_features(ev: Any, scores: Mapping[str, float] | None = None) -> dict[str, float]:
    """The rules' evidence (a :class:`~scanner.detect.classify.Evidence`, untyped here so that
    classify can import this module) as named numbers, ``log1p`` of counts; names are stable,
    values are counts only — never a document's text. ``scores`` are the rules' points per
    category (``Decision.scores``, below the threshold too), ``log1p`` of each."""
    out: dict[str, float] = {}
    for cat, points in (scores or {}).items():
        out[f"score:{cat}"] = math.log1p(max(points, 0.0))
    for t in _ENTITY_TYPES:
        out[f"entity:{t}"] = math.log1p(ev.entities.get(t, 0))
    for kind, n in ev.patterns.items():
        out[f"pattern:{kind}"] = math.log1p(n)
    for name, terms in ev.terms.items():
        out[f"terms:{name}"] = math.log1p(len(terms))
    for kind, n in ev.stated.items():
        out[f"stated:{kind}"] = math.log1p(n)
    for sig, kinds in ev.near.items():
        out[f"near:{sig}"] = math.log1p(sum(kinds.values()))
    for name in _SHAPE:
        out[f"shape:{name}"] = math.log1p(getattr(ev, name))
    out["shape:salutation"] = float(bool(ev.salutation))
    out["shape:published_by"] = float(ev.published_by)
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """The model's probability per category, and per category the vocabulary n-grams that
    pushed it up most (n-grams of the shipped vocabulary, never a document's own value)."""

    probabilities: dict[str, float]
    pushed_by: dict[str, tuple[str, ...]]

    def reason(self, category: str) -> str:
        grams = "、".join(self.pushed_by.get(category, ()))
        p = self.probabilities[category]
        return f"{REASON} {category} p={p:.2f}" + (f" ({grams})" if grams else "")


class Model:
    """Weights of the one-vs-rest logistic regression, applied with numpy."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        dense: Iterable[str],
        weights: np.ndarray,
        bias: np.ndarray,
        thresholds: np.ndarray,
        inputs_sha256: str = "",
        explainable: np.ndarray | None = None,
    ) -> None:
        self.vocabulary = list(vocabulary)
        self.dense = list(dense)
        self._gram_index = {g: i for i, g in enumerate(self.vocabulary)}
        self._dense_index = {d: len(self.vocabulary) + i for i, d in enumerate(self.dense)}
        self.weights = np.asarray(weights, dtype=np.float64)  # features x categories
        self.bias = np.asarray(bias, dtype=np.float64)
        self.thresholds = np.asarray(thresholds, dtype=np.float64)
        self.inputs_sha256 = inputs_sha256
        n_vocab = len(self.vocabulary)
        self.explainable = (
            np.zeros(n_vocab, dtype=bool) if explainable is None else np.asarray(explainable, bool)
        )
        self._explainable: list[frozenset[int]] = []
        for j in range(len(CATEGORIES)):
            w = self.weights[:n_vocab, j]
            order = np.argsort(-w, kind="stable")
            keep = [int(i) for i in order if w[i] > 0 and self.explainable[i]]
            self._explainable.append(frozenset(keep[:EXPLAINABLE]))

    @property
    def size(self) -> int:
        return len(self.vocabulary) + len(self.dense)

    def vector(self, text: str, evidence: Mapping[str, float]) -> np.ndarray:
        """The feature vector: presence of vocabulary n-grams scaled to unit length, then the
        evidence values."""
        x = np.zeros(self.size, dtype=np.float64)
        hits = [self._gram_index[g] for g in ngrams(text) if g in self._gram_index]
        if hits:
            x[hits] = 1.0 / math.sqrt(len(hits))
        for name, value in evidence.items():
            i = self._dense_index.get(name)
            if i is not None:
                x[i] = value
        return x

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def read(self, text: str, evidence: Mapping[str, float], top: int = 3) -> Reading:
        x = self.vector(text, evidence)
        p = self.probabilities(x)
        pushed: dict[str, tuple[str, ...]] = {}
        n_vocab = len(self.vocabulary)
        present = np.flatnonzero(x[:n_vocab])
        for j, cat in enumerate(CATEGORIES):
            shown = [int(i) for i in present if int(i) in self._explainable[j]]
            shown.sort(key=lambda i: (-self.weights[i, j], i))
            pushed[cat] = tuple(self.vocabulary[i] for i in shown[:top])
        return Reading({c: float(p[j]) for j, c in enumerate(CATEGORIES)}, pushed)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vocabulary=np.array(self.vocabulary, dtype=str),
            dense=np.array(self.dense, dtype=str),
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            thresholds=self.thresholds,
            categories=np.array(CATEGORIES, dtype=str),
            inputs_sha256=np.array(self.inputs_sha256),
            explainable=self.explainable,
        )

    @classmethod
    def load(cls, path: Any) -> Model:
        with np.load(path, allow_pickle=False) as data:
            if tuple(str(c) for c in data["categories"]) != CATEGORIES:
                raise ValueError(f"{WEIGHTS_FILE}: categories differ from {CATEGORIES}")
            return cls(
                [str(g) for g in data["vocabulary"]],
                [str(d) for d in data["dense"]],
                data["weights"],
                data["bias"],
                data["thresholds"],
                str(data["inputs_sha256"]),
                data["explainable"],
            )


@cache
def shipped() -> Model | None:
    """The model shipped with baomi (``scanner/detect/data``), or None when the file is absent."""
    ref = resources.files("scanner.detect") / "data" / WEIGHTS_FILE
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return Model.load(path)
