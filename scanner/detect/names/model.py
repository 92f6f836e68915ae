"""Personal names in running text, found by a character CRF trained on public Chinese NER data.

baomi's PERSON recognizer finds a name where the document gives a cue (姓名：, 患者, 医生 …). In
minutes, handovers, chat exports and letters a name often has none (会议由孙国平主持; 5床赵秀英;
王丽娟 10:35). This model reads the characters around each candidate surname and says where a name
starts and ends, with a confidence, so the recognizer can take names the cues miss.

The model file ships inside the package and loads through importlib.resources, so it works from
an installed wheel with no network. How it was trained: ``scripts/train_names.py`` and
``docs/names-model.md``.

Only clauses holding a surname character are tagged at all: text without one (numbers, tables
of codes, English) costs a set lookup per character.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from scanner.detect.names.features import BEGIN, INSIDE, sentence_features

MODEL_FILE = "model.crfsuite"
SURNAME_FILE = "surnames.json"
# Where a clause ends: the tagger sees one clause at a time, so a name never spans two.
_CLAUSE_END = re.compile(r"[\n\r。！？!?；;]+")
# Clauses longer than this are cut at a comma or space first: the CRF's context is two
# characters, so nothing is lost, and the tagger's cost stays linear in small pieces.
_MAX_CLAUSE = 256
_SOFT_BREAK = re.compile(r"[，,、\t ]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# Shortest and longest name the model may report (surname + one to three characters).
_MIN_LEN, _MAX_LEN = 2, 4
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class NameSpan:
    """A name the model found: ``text[start:end]``, with the CRF's marginal confidence."""

    start: int
    end: int
    score: float
    text: str


class NameModel:
    """Load once (``NameModel.load()``), then ``find(text)`` from any thread."""

    def __init__(
        self,
        model: bytes,
        surnames: dict[str, int],
        compounds: Iterable[str],
        exclude: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self._model = model
        self.surnames = dict(surnames)
        self.compounds = frozenset(compounds)
        self.exclude = frozenset(exclude)
        self.threshold = threshold
        self._gate = frozenset(self.surnames) | frozenset(c[0] for c in self.compounds)
        self._local = threading.local()

    @classmethod
    def load(cls, exclude: Iterable[str] = (), threshold: float = DEFAULT_THRESHOLD) -> NameModel:
        """The model shipped in this package. ``exclude``: names never reported (famous people)."""
        here = resources.files("scanner.detect.names")
        meta = json.loads((here / SURNAME_FILE).read_text(encoding="utf-8"))
        return cls(
            (here / MODEL_FILE).read_bytes(),
            meta["surnames"],
            meta["compounds"],
            exclude=exclude,
            threshold=threshold,
        )

    def _tagger(self) -> Any:
        # A crfsuite tagger keeps the last sequence in itself, so each thread gets its own.
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._model)
            self._local.tagger = tagger
        return tagger

    def _clauses(self, text: str) -> Iterable[tuple[int, str]]:
        start = 0
        for m in _CLAUSE_END.finditer(text):
            yield from self._pieces(start, text[start : m.start()])
            start = m.end()
        yield from self._pieces(start, text[start:])

    def _pieces(self, offset: int, clause: str) -> Iterable[tuple[int, str]]:
        while len(clause) > _MAX_CLAUSE:
            cut = max(
                (m.end() for m in _SOFT_BREAK.finditer(clause, 0, _MAX_CLAUSE)),
                default=_MAX_CLAUSE,
            )
            yield offset, clause[:cut]
            offset, clause = offset + cut, clause[cut:]
        if clause:
            yield offset, clause

    def find(self, text: str) -> list[NameSpan]:
        """Names in ``text`` with start/end offsets into it, best-first within each clause."""
        found: list[NameSpan] = []
        gate = self._gate
        for offset, clause in self._clauses(text):
            if gate.isdisjoint(clause):
                continue
            found += self._tag(offset, clause)
        return found

    def _tag(self, offset: int, clause: str) -> list[NameSpan]:
        tagger = self._tagger()
        chars = list(clause)
        tags = tagger.tag(sentence_features(chars, self.surnames, self.compounds))
        n = len(tags)
        spans: list[NameSpan] = []
        i = 0
        while i < n:
            if tags[i] != BEGIN:
                i += 1
                continue
            j = i + 1
            while j < n and tags[j] == INSIDE:
                j += 1
            name = clause[i:j]
            if self._plausible(name):
                score = min(tagger.marginal(tags[k], k) for k in range(i, j))
                if score >= self.threshold:
                    spans.append(NameSpan(offset + i, offset + j, round(score, 4), name))
            i = j
        return spans

    def _plausible(self, name: str) -> bool:
        """A Chinese personal name: Han characters only, surname first, two to four long."""
        if not (_MIN_LEN <= len(name) <= _MAX_LEN):
            return False
        # A famous name with a character too many (李时珍著) is still the famous name.
        if any(name.startswith(f) for f in self.exclude if f[0] == name[0]):
            return False
        if _HAN.fullmatch(name) is None:
            return False
        return name[0] in self.surnames or name[:2] in self.compounds
