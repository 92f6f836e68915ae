"""Personal names in running text, found by a character CRF trained on public Chinese NER data.

baomi's PERSON recognizer finds a name where the document gives a cue (姓名：, 患者, 医生 …). In
minutes, handovers, chat exports and letters a name often has none (会议由孙国平主持; 5床赵秀英;
王丽娟 10:35). This model reads the characters around each candidate surname and says where a name
starts and ends, with a confidence, so the recognizer can take names the cues miss.

The model file ships inside the package and loads through importlib.resources, so it works from
an installed wheel with no network. ``model.crfsuite`` (crfsuite's own file) is the source of
truth; ``model.npz`` holds the same weights in the arrays inference reads, written by
``scripts/train_names.py`` (``--pack``) with the sha256 of the files it came from, so that a scan
reads arrays instead of compiling the dump (~0.3 s per process). A test checks they agree.
How it was trained: ``scripts/train_names.py`` and ``docs/names-model.md``.

Text without a surname character (numbers, codes, English) costs a set test. Other text is
scored all at once by array look-ups (``fast.py``), and only short windows around a surname whose
scores say a name may begin there are decoded.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from scanner.detect.names.fast import B as BEGIN_ID
from scanner.detect.names.fast import CompiledCRF
from scanner.detect.names.fast import I as INSIDE_ID

MODEL_FILE = "model.crfsuite"
SURNAME_FILE = "surnames.json"
PACKED_FILE = "model.npz"
_Arrays = Mapping[str, "np.ndarray[Any, Any]"]
# Where a clause ends: a name never spans one, and the tagger never reads across one.
_CLAUSE_ENDS = frozenset("\n\r。！？!?；;")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# Shortest and longest name the model may report (surname + one to three characters).
_MIN_LEN, _MAX_LEN = 2, 4
# The tagger reads this many characters before a candidate surname and after it: a name of up
# to four characters, with the two-character context its features look at on either side.
_BEFORE, _AFTER = 3, 6
# A transliterated name (约翰·史密斯, 阿卜杜拉·艾买提, 穆里尼奥) has no surname to start from:
# its window reaches this far, and it is three to sixteen characters, Han with single dots
# between the parts.
_FOREIGN_AFTER = 18
# How many more characters a window whose name ran on to its edge gets (``_read_on``).
_READ_ON = 4
_FOREIGN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+(?:[·•・‧][\u3400-\u4dbf\u4e00-\u9fff]+)*")
_FOREIGN_MIN, _FOREIGN_MAX = 3, 16
_DOTS = "·•・‧"
DEFAULT_THRESHOLD = 0.5
# The screen for a character that is no surname: its "a name begins here" + "and goes on" must
# be at least this (set on a held-out split of the training files, scripts/tune_names.py).
DEFAULT_FOREIGN_PRESCREEN = 1.0
# The screen: the CRF's state scores for "a name begins here" plus "and goes on at the next
# character", the chain left out. Set for the round-3 model on every 7th sentence of the training
# files (left out of its training): −1.0 instead of round 2's −1.5 loses 3 of 541 CLUENER names
# and none of Resume's or Weibo's, and decodes a quarter fewer windows on sparse prose.
DEFAULT_PRESCREEN = -1.0
# Characters after which a value begins (姓名：X, a | table cell, a new line), by code point; the
# tagger's code points are all below 0x10000 (``fast.py``), a clause end among them as the pad.
_OPENS_VALUE = np.zeros(0x10000, dtype=bool)
_OPENS_VALUE[[ord(c) for c in "：:|｜#"]] = True
_OPENS_VALUE[[c for c in range(0x10000) if chr(c).isspace()]] = True
# How much lower the screen is for a surname with no Han character before it (a cell's, a line's
# or a list item's first character).
_EDGE_BONUS = -2.5


@dataclass(frozen=True)
class NameSpan:
    """A name the model found: ``text[start:end]``, with the CRF's marginal confidence."""

    start: int
    end: int
    score: float
    text: str
    # False: a transliterated name (约翰·史密斯) that does not begin with a Chinese surname.
    surname: bool = True
    # True: its surname passed only the lower screen of a cell's or line's first character
    # (言小平 alone in a cell) — weaker evidence, which the recognizer checks further.
    edge: bool = False


class NameModel:
    """Load once (``NameModel.load()``), then ``find(text)`` from any thread.

    crfsuite tags ~40 kchar/s, far too slow for a scanner, because of the feature strings built
    in Python. Here the model's weights become arrays (``fast.py``): the state scores of the
    whole text cost a few dozen array gathers; a surname whose scores say "a name may begin
    here" gets a window of a few characters decoded (Viterbi and marginals, all windows at once).
    """

    def __init__(
        self,
        model: bytes | Callable[[], bytes],
        surnames: dict[str, int],
        compounds: Iterable[str],
        exclude: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
        prescreen: float = DEFAULT_PRESCREEN,
        given: dict[str, int] | None = None,
        foreign_prescreen: float | None = DEFAULT_FOREIGN_PRESCREEN,
        packed: Callable[[], _Arrays] | None = None,
    ) -> None:
        # The crfsuite dump, or how to read it: a scan with ``packed`` never needs it.
        self._model = model
        # The weights as arrays (``pack``), read on first use; None: compiled from the dump.
        self._packed = packed
        self.surnames = dict(surnames)
        self.compounds = frozenset(compounds)
        # Given-name character buckets, for a model trained with them (None: one without).
        self.given = dict(given) if given is not None else None
        self.exclude = frozenset(exclude)
        self.threshold = threshold
        self.prescreen = prescreen
        # None: only names that begin with a surname are looked for.
        self.foreign_prescreen = foreign_prescreen
        self._gate = frozenset(self.surnames) | {c[0] for c in self.compounds}
        self._compound_heads = sorted({ord(c[0]) for c in self.compounds})
        self._local = threading.local()
        self._lock = threading.RLock()  # compiled() reads the dump under it
        self._compiled: CompiledCRF | None = None

    @classmethod
    def load(
        cls,
        exclude: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
        prescreen: float = DEFAULT_PRESCREEN,
        foreign_prescreen: float | None = DEFAULT_FOREIGN_PRESCREEN,
    ) -> NameModel:
        """The model shipped in this package. ``exclude``: names never reported (famous people)."""
        here = resources.files("scanner.detect.names")
        meta = json.loads((here / SURNAME_FILE).read_text(encoding="utf-8"))

        def packed() -> _Arrays:
            return read_packed((here / PACKED_FILE).read_bytes())

        return cls(
            (here / MODEL_FILE).read_bytes,
            meta["surnames"],
            meta["compounds"],
            exclude=exclude,
            threshold=threshold,
            prescreen=prescreen,
            given=meta.get("given"),
            foreign_prescreen=foreign_prescreen,
            packed=packed,
        )

    def _tagger(self) -> Any:
        # A crfsuite tagger keeps the last sequence in itself, so each thread gets its own.
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            with self._lock:
                if not isinstance(self._model, bytes):
                    # Kept: crfsuite reads the model from this buffer for the tagger's life.
                    self._model = self._model()
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._model)
            self._local.tagger = tagger
        return tagger

    def compiled(self) -> CompiledCRF:
        """The model's weights as arrays (``fast.py``): read or built on first use."""
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = (
                        CompiledCRF.from_arrays(self._packed())
                        if self._packed is not None
                        else self.compile_dump()
                    )
        return self._compiled

    def compile_dump(self) -> CompiledCRF:
        """The arrays computed from the crfsuite dump itself (what ``pack`` saves)."""
        info = self._tagger().info()
        return CompiledCRF(
            info.state_features, info.transitions, self.surnames, self.compounds, self.given
        )

    def find(self, text: str, skip: Iterable[tuple[int, int]] = ()) -> list[NameSpan]:
        """Names in ``text`` with start/end offsets into it.

        ``skip``: spans already known (a name found by a cue): no name is looked for inside them.
        """
        if not text or self._gate.isdisjoint(text):
            return []
        crf = self.compiled()
        cps, em = self._read(text)
        n = len(text)
        body = cps[2 : n + 2]
        heads = crf.bucket[body] > 0
        if self.compounds:
            heads |= crf.compound_head[body]
        # The screen: the state scores (the chain left out) say a name begins here and goes on
        # at the next character. A surname passes a low bar; any other Han character (the
        # first of 约翰·史密斯) a high one.
        begin_score = em[:, 1] - em[:, 0]
        goes_on = np.append(em[1:, 2] - em[1:, 0], -np.inf)
        margin = begin_score + goes_on
        # A surname that opens a cell, a line or a list item (言小平 alone in a table cell) has
        # no left context to raise its scores, while the chain (left out here) favours a name
        # there: it passes a lower bar.
        han = crf.cls[body] == crf.han_class
        edge = np.ones(n, dtype=bool)
        # Only a line's, a cell's or a field value's start (after a space, a clause end, a colon
        # or |): after a comma a clause goes on, and prose has too many of those to decode.
        edge[1:] = _OPENS_VALUE[body[:-1]]
        low = heads & edge & (margin < self.prescreen) & (margin >= self.prescreen + _EDGE_BONUS)
        passed = heads & (margin >= self.prescreen) | low
        if self.foreign_prescreen is not None:
            others = ~heads & han & (margin >= self.foreign_prescreen)
            passed |= others
        chosen = np.flatnonzero(passed).tolist()
        taken = sorted(skip)
        if taken:
            chosen = _outside(chosen, taken)
        if not chosen:
            return []
        # Windows: three characters before each chosen character to six after (eighteen after
        # one that is no surname), cut at clause ends (padding in ``cps``: the tagger never reads
        # across one).
        at = np.asarray(chosen, dtype=np.int64)
        after = np.where(heads[at], _AFTER, _FOREIGN_AFTER)
        ends = np.flatnonzero(body == crf.pad_cp)
        pos = np.searchsorted(ends, at)
        prev_end = (
            np.where(pos > 0, ends[np.maximum(pos - 1, 0)], -1)
            if len(ends)
            else np.full(len(at), -1)
        )
        next_end = (
            np.where(pos < len(ends), ends[np.minimum(pos, len(ends) - 1)], n)
            if len(ends)
            else np.full(len(at), n)
        )
        firsts_arr = np.maximum(at - _BEFORE, prev_end + 1)
        lasts = np.minimum(np.minimum(at + after, next_end), n)
        firsts = firsts_arr.tolist()
        lengths = (lasts - firsts_arr).tolist()
        offs = (at - firsts_arr).tolist()
        tags = crf.viterbi(em, firsts, lengths)
        limits = np.minimum(next_end, n).tolist()
        tags, lengths = self._read_on(crf, em, tags, firsts, offs, lengths, limits)
        # A window its length ended (not a clause end or the text's end): a name read to its
        # last character may go on past it.
        clipped = [f + ln < lim for f, ln, lim in zip(firsts, lengths, limits, strict=True)]
        # Only windows whose best reading begins a name at their character are read further.
        named = np.flatnonzero(tags[np.arange(len(at)), at - firsts_arr] == BEGIN_ID).tolist()
        if not named:
            return []
        windows = {k: (firsts[k], offs[k], firsts[k] + lengths[k]) for k in named}
        marg = crf.marginals(em, [firsts[k] for k in named], [lengths[k] for k in named])
        found: list[NameSpan] = []
        for row, k in enumerate(named):
            a, off, b = windows[k]
            j = off + 1
            # A name never holds a space: the model, which training rarely showed a space in a
            # form line (体检人：邝志勇　年龄：52岁), may read on across one.
            while j < b - a and tags[k, j] == INSIDE_ID and _in_name(text[a + j]):
                j += 1
            name = text[a + off : a + j]
            surname = self._plausible(name)
            if not surname and not self._foreign(name, j == b - a and clipped[k]):
                continue
            score = float(min(marg[row, t, tags[k, t]] for t in range(off, j)))
            if score >= self.threshold:
                found.append(
                    NameSpan(a + off, a + j, round(score, 4), name, surname, bool(low[a + off]))
                )
        return found

    @staticmethod
    def _read_on(
        crf: CompiledCRF,
        em: Any,
        tags: Any,
        firsts: list[int],
        offs: list[int],
        lengths: list[int],
        limits: list[int],
    ) -> tuple[Any, list[int]]:
        """Windows whose name ran on to a window end that was no clause end, decoded again
        with more text after them.

        The window's edge reads like the end of a sentence, where a name often stands, so the
        model may carry a name on to it (到X家中随 + 访): with the words after it in view, it ends
        the name where it should. Only such windows (few) are decoded twice.
        """
        again = [
            k
            for k in range(len(firsts))
            if firsts[k] + lengths[k] < limits[k]
            and tags[k, offs[k]] == BEGIN_ID
            and bool((tags[k, offs[k] + 1 : lengths[k]] == INSIDE_ID).all())
        ]
        if not again:
            return tags, lengths
        lengths = list(lengths)
        for k in again:
            lengths[k] = min(lengths[k] + _READ_ON, limits[k] - firsts[k])
        more = crf.viterbi(em, [firsts[k] for k in again], [lengths[k] for k in again])
        out = np.zeros((tags.shape[0], max(tags.shape[1], more.shape[1])), dtype=tags.dtype)
        out[:, : tags.shape[1]] = tags
        for row, k in enumerate(again):
            out[k, :] = 0
            out[k, : more.shape[1]] = more[row]
        return out, lengths

    def _read(self, text: str) -> tuple[Any, Any]:
        """Code points and state scores of ``text``; the last text's are kept (per thread), as
        the recognizer asks ``begins`` and then ``find`` about the same text."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is text:
            return last[1], last[2]
        crf = self.compiled()
        cps = crf.code_points(text)
        em = crf.emissions(cps)
        self._local.last = (text, cps, em)
        return cps, em

    def begins(self, text: str, starts: list[int]) -> list[float]:
        """The model's probability that a name begins at each of ``starts`` (its B marginal).

        The recognizer asks this about a name a weak cue proposed ("会计" + 师事务所): a cue
        glued to running text is no proof, and the model has read such text.
        """
        if not starts:
            return []
        windows = [_context(text, i, _BEFORE, _AFTER) for i in starts]
        marg = self.compiled().marginals(
            self._read(text)[1], [a for a, _o, _b in windows], [b - a for a, _o, b in windows]
        )
        return [float(marg[k, off, BEGIN_ID]) for k, (_a, off, _b) in enumerate(windows)]

    def _foreign(self, name: str, cut: bool) -> bool:
        """A transliterated name: three to sixteen Han characters, single dots between parts.

        ``cut``: the name ran to the end of its window, so it may go on: not reported.
        """
        if cut or self.foreign_prescreen is None or _FOREIGN.fullmatch(name) is None:
            return False
        han = len(name) - sum(name.count(d) for d in _DOTS)
        if not _FOREIGN_MIN <= han <= _FOREIGN_MAX:
            return False
        return not any(name.startswith(f) for f in self.exclude if f[0] == name[0])

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


def source_digest(model: bytes, meta: bytes) -> str:
    """sha256 of the files the arrays are computed from: the crfsuite dump and surnames.json."""
    digest = hashlib.sha256()
    for part in (model, meta):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def pack(model: bytes, meta: bytes) -> bytes:
    """``model.npz``: the arrays of the dump ``model`` with surnames.json ``meta``, and their
    source's digest. Uncompressed, so reading it is a copy and no inflating."""
    info = json.loads(meta.decode("utf-8"))
    compiled = NameModel(model, info["surnames"], info["compounds"], given=info.get("given"))
    arrays = dict(compiled.compile_dump().to_arrays())
    arrays["source_sha256"] = np.array(source_digest(model, meta))
    out = io.BytesIO()
    np.savez(out, allow_pickle=False, **arrays)
    return out.getvalue()


def read_packed(data: bytes) -> dict[str, np.ndarray[Any, Any]]:
    """The arrays of a ``model.npz`` (no pickles: plain numeric and string arrays only)."""
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return {name: npz[name] for name in npz.files}


def _context(text: str, i: int, before: int, after: int) -> tuple[int, int, int]:
    """The slice ``text[a:b]`` around ``i`` that a tagger may read, and ``i``'s offset in it.

    It reaches ``before`` characters back and ``after`` forward, but stops at a clause end so
    the tagger sees a clause edge where training saw one.
    """
    a = max(0, i - before)
    for k in range(i - 1, a - 1, -1):
        if text[k] in _CLAUSE_ENDS:
            a = k + 1
            break
    b = min(len(text), i + after)
    for k in range(i, b):
        if text[k] in _CLAUSE_ENDS:
            b = k
            break
    return a, i - a, b


def _in_name(ch: str) -> bool:
    """A character a name may go on with: anything but a space (a form line's gap)."""
    return not ch.isspace()


def _outside(starts: list[int], taken: list[tuple[int, int]]) -> list[int]:
    """The candidates that lie in none of the (sorted) spans ``taken``."""
    out: list[int] = []
    k = 0
    for i in starts:
        while k < len(taken) and taken[k][1] <= i:
            k += 1
        if k < len(taken) and taken[k][0] <= i:
            continue
        out.append(i)
    return out


MINORITY_FILE = "minority_names.json"


@dataclass(frozen=True)
class MinorityNames:
    """Name elements of China's minority nationalities (``minority_names.json``, hand-written,
    see docs/names-model.md): Tibetan and Mongolian names have no surname (扎西顿珠, 巴特尔), Yi
    names join a clan name and a given name (吉克 + 曲布), Uyghur and Kazakh names stand alone or
    dotted (买买提明), and Hui and Dongxiang names put a Han surname before an Islamic given name
    (马 + 尔撒). ``kinds`` maps each element to its kind; ``not_names`` are words built like such
    names that are none (扎西德勒, 那达慕, 呼和浩特); a name never runs on into ``place_after``
    (拉卜楞 + 寺, 格桑 + 花)."""

    kinds: Mapping[str, str]
    hui_surnames: frozenset[str]
    not_names: tuple[str, ...]
    place_after: frozenset[str]

    @classmethod
    def load(cls) -> MinorityNames:
        raw = json.loads(
            resources.files("scanner.detect.names").joinpath(MINORITY_FILE).read_bytes()
        )
        kinds: dict[str, str] = {}
        for kind in ("tibetan", "mongolian", "yi_clan", "yi_given", "uyghur", "islamic_given"):
            for element in raw[kind]:
                kinds.setdefault(str(element), kind)
        return cls(
            kinds=kinds,
            hui_surnames=frozenset(str(raw["hui_surnames"])),
            not_names=tuple(str(w) for w in raw["not_names"]),
            place_after=frozenset(str(raw["place_after"])),
        )
