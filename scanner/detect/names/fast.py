"""The name CRF's inference in numpy: every character's scores at once, short windows decoded.

python-crfsuite tags ~40 kchar/s, and nearly all of that is building the feature strings in
Python. Every feature of ``features.py`` is a function of the characters at fixed offsets (a
character, a bigram, a skip-gram, the character classes, surname buckets), so its weight can be
looked up by character id instead: this module turns the model's weights into arrays once and
then computes the state scores of a whole text with a few dozen array gathers, then runs Viterbi
and forward-backward over many short windows in one go. The results are the model's own (checked
against crfsuite in ``tests/detect/test_names.py``); only the text outside a window is unseen,
exactly as when crfsuite is handed that window.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from scanner.detect.names.features import BEGIN, INSIDE, OUTSIDE, char_class

LABELS = (OUTSIDE, BEGIN, INSIDE)
O, B, I = 0, 1, 2  # noqa: E741 - the tags' own letters
PAD = "#"
# Characters where a clause ends: the tagger reads clauses, so they stand for the padding.
CLAUSE_ENDS = "\n\r。！？!?；;"
_BMP = 0x10000
_CLASSES = "HDLSP#O"
_OFFSETS = {"c-2": -2, "c-1": -1, "c0": 0, "c1": 1, "c2": 2}
_PAIRS = {"c-2c-1": -2, "c-1c0": -1, "c0c1": 0, "c1c2": 1}
_FLAGS = {"s-2": -2, "s-1": -1, "s0": 0, "s1": 1}
_GIVEN = {"g-1": -1, "g0": 0, "g1": 1, "g2": 2}
_COMPOUND_AT = {"cs0": 0, "cs-1": -1, "cs-2": -2}
_FloatArray = np.ndarray[Any, np.dtype[np.float64]]
_IntArray = np.ndarray[Any, np.dtype[np.int64]]


class CompiledCRF:
    """The weights of one crfsuite model as lookup arrays over character ids.

    Built from the model's features (the constructor: ~0.3 s of Python loops over them and over
    the BMP), or read back from the arrays a build saved (``from_arrays``), what a scan does.
    """

    ids: _IntArray
    cls: _IntArray
    bucket: _IntArray
    by_offset: list[np.ndarray[Any, Any]]
    flag_pair: _FloatArray
    pattern: _FloatArray
    bias: _FloatArray
    class_weight: _IntArray
    bigrams: _HashTable
    skips: _HashTable
    compound_head: np.ndarray[Any, Any]
    clause_end: np.ndarray[Any, Any]
    trans: _FloatArray
    size: int
    pad_cp: int
    han_class: int

    # The arrays inference reads; everything else is a number kept beside them.
    _ARRAYS = (
        "ids",
        "cls",
        "bucket",
        "flag_pair",
        "pattern",
        "bias",
        "class_weight",
        "compound_head",
        "clause_end",
        "trans",
    )

    def to_arrays(self) -> dict[str, np.ndarray[Any, Any]]:
        """Everything inference reads, as named arrays (``numpy.savez``)."""
        out = {name: getattr(self, name) for name in self._ARRAYS}
        for k, table in enumerate(self.by_offset):
            out[f"by_offset{k}"] = table
        for name in ("bigrams", "skips"):
            for part, value in getattr(self, name).to_arrays().items():
                out[f"{name}.{part}"] = value
        out["scalars"] = np.array([self.size, self.pad_cp, self.han_class], dtype=np.int64)
        return out

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray[Any, Any]]) -> CompiledCRF:
        """The model ``to_arrays`` saved, with no compiling."""
        self = cls.__new__(cls)
        for name in cls._ARRAYS:
            setattr(self, name, arrays[name])
        self.by_offset = [arrays[f"by_offset{k}"] for k in range(5)]
        self.bigrams = _HashTable.from_arrays(arrays, "bigrams.")
        self.skips = _HashTable.from_arrays(arrays, "skips.")
        self.size, self.pad_cp, self.han_class = (int(v) for v in arrays["scalars"])
        return self

    def __init__(
        self,
        state_features: Mapping[tuple[str, str], float],
        transitions: Mapping[tuple[str, str], float],
        surnames: Mapping[str, int],
        compounds: frozenset[str],
        given: Mapping[str, int] | None = None,
    ) -> None:
        index = {label: k for k, label in enumerate(LABELS)}
        given = given or {}
        chars = {PAD, *surnames, *given, *(c for comp in compounds for c in comp)}
        for attr, _label in state_features:
            name, _, value = attr.partition("=")
            if name in _OFFSETS or name in _PAIRS or name == "c-1c1":
                chars.update(value)
        vocab = sorted(chars)
        self.size = len(vocab) + 1  # id 0: a character no feature mentions
        self.ids = np.zeros(_BMP, dtype=np.int64)
        for k, ch in enumerate(vocab, start=1):
            if ord(ch) < _BMP:
                self.ids[ord(ch)] = k
        self.pad_cp = ord(PAD)
        # Character class and surname bucket of every code point of the BMP (0 beyond it).
        self.cls = np.array([_CLASSES.index(char_class(chr(c))) for c in range(_BMP)], np.int64)
        self.cls[ord(PAD)] = _CLASSES.index("#")
        self.han_class = _CLASSES.index("H")
        self.bucket = np.zeros(_BMP, dtype=np.int64)
        for ch, rank in surnames.items():
            self.bucket[ord(ch)] = int(rank)
        ncls = len(_CLASSES)
        uni = {off: np.zeros((self.size, 3)) for off in _OFFSETS.values()}
        flag = {off: np.zeros((5, 3)) for off in _FLAGS.values()}
        given_flag = {off: np.zeros((5, 3)) for off in _GIVEN.values()}
        self.flag_pair = np.zeros((25, 3))
        self.pattern = np.zeros((ncls**5, 3))
        compound = {off: np.zeros(3) for off in _COMPOUND_AT.values()}
        self.bias = np.zeros(3)
        pairs: dict[tuple[int, int], dict[int, _FloatArray]] = {}
        char_id = {ch: k for k, ch in enumerate(vocab, start=1)}
        for (attr, label), w in state_features.items():
            col = index[label]
            name, _, value = attr.partition("=")
            if name in _OFFSETS:
                uni[_OFFSETS[name]][char_id[value], col] += w
            elif name in _PAIRS or name == "c-1c1":
                key = char_id[value[0]] * self.size + char_id[value[1]]
                kind = (_PAIRS.get(name, -1), 0 if name in _PAIRS else 1)
                pairs.setdefault(kind, {}).setdefault(key, np.zeros(3))[col] += w
            elif name in _FLAGS:
                flag[_FLAGS[name]][int(value), col] += w
            elif name in _GIVEN:
                given_flag[_GIVEN[name]][int(value), col] += w
            elif name == "s-1s0":
                self.flag_pair[int(value[0]) * 5 + int(value[1]), col] += w
            elif name == "t":
                code = 0
                for k, c in enumerate(value):
                    code += _CLASSES.index(c) * ncls**k
                self.pattern[code, col] += w
            elif name in _COMPOUND_AT:
                compound[_COMPOUND_AT[name]][col] += w
            elif name == "b":
                self.bias[col] += w
        # Per character id, its weights at each of the five offsets (-2..2), the surname and
        # given-name flags folded in (a character's buckets are fixed, and every character with
        # a bucket has an id of its own).
        id_bucket = np.zeros(self.size, dtype=np.int64)
        for ch, rank in surnames.items():
            id_bucket[char_id[ch]] = int(rank)
        id_given = np.zeros(self.size, dtype=np.int64)
        for ch, rank in given.items():
            id_given[char_id[ch]] = int(rank)
        by_id = np.zeros((self.size, 5, 3))
        for k, off in enumerate(range(-2, 3)):
            by_id[:, k] = uni[off]
            if off in flag:
                by_id[:, k] += flag[off][id_bucket]
            if off in given_flag:
                by_id[:, k] += given_flag[off][id_given]
        # float32: the gathers move less memory; the scores are summed in float64.
        self.by_offset = [np.ascontiguousarray(by_id[:, k], dtype=np.float32) for k in range(5)]
        self.class_weight = ncls ** np.arange(5)
        # Per adjacent character pair, its weights in each of the seven places a pair is read
        # (bigrams c-2c-1 .. c1c2, compound surnames starting at -2, -1, 0); per pair one
        # character apart, the skip-gram's. Open-addressing hash tables: a text's pairs are
        # looked up once each, not once per position that reads them.
        bigrams: dict[int, _FloatArray] = {}
        for (off, skip), table in pairs.items():
            if skip:
                continue
            for key, weights in table.items():
                bigrams.setdefault(key, np.zeros((7, 3)))[off + 2] = weights
        for off, row in compound.items():
            # Sorted: a set's order changes with the hash seed, and the packed arrays with it.
            for comp in sorted(compounds):
                if len(comp) == 2:
                    key = char_id[comp[0]] * self.size + char_id[comp[1]]
                    bigrams.setdefault(key, np.zeros((7, 3)))[6 + off] = row
        self.bigrams = _HashTable({k: v.ravel() for k, v in bigrams.items()}, 21)
        self.skips = _HashTable(pairs.get((-1, 1), {}), 3)
        self.compound_head = np.zeros(_BMP, dtype=bool)
        for c in compounds:
            self.compound_head[ord(c[0])] = True
        self.clause_end = np.zeros(_BMP, dtype=bool)
        self.clause_end[[ord(c) for c in CLAUSE_ENDS]] = True
        self.trans = np.zeros((3, 3))
        for (src, dst), w in transitions.items():
            self.trans[index[src], index[dst]] = w

    # -- state scores ------------------------------------------------------------------------
    def code_points(self, text: str) -> _IntArray:
        """Code points of ``text`` with clause ends turned into padding, two pads either side."""
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        cps = np.where(cps >= _BMP, 0, cps)
        cps[self.clause_end[cps]] = ord(PAD)
        pad = np.full(2, ord(PAD), dtype=np.int64)
        return np.concatenate([pad, cps, pad])

    def emissions(self, cps: _IntArray) -> np.ndarray[Any, Any]:
        """State scores (O, B, I) of every character of a padded code-point array.

        A few dozen array operations whatever the text's length; each character pair of the
        text is looked up once.
        """
        n = len(cps) - 4
        # ``take`` rather than fancy indexing: the same gathers, about twice as fast in numpy
        ids = self.ids.take(cps)
        score = np.tile(self.bias.astype(np.float32), (n, 1))
        for k in range(5):
            score += self.by_offset[k].take(ids[k : k + n], axis=0)
        bucket = self.bucket.take(cps)
        score += self.flag_pair.take(bucket[1 : n + 1] * 5 + bucket[2 : n + 2], axis=0)
        cls = self.cls.take(cps)
        code = sum(cls[k : k + n] * int(self.class_weight[k]) for k in range(5))
        score += self.pattern.take(code, axis=0)
        pair = self.bigrams.get(ids[:-1] * self.size + ids[1:]).reshape(-1, 7, 3)  # (n + 3)
        for k in range(4):  # the bigram from offset k - 2 for character i starts at i + k
            score += pair[k : k + n, k]
        for k in range(3):  # compound surnames from offsets -2, -1, 0
            score += pair[k : k + n, 4 + k]
        score += self.skips.get(ids[1 : n + 1] * self.size + ids[3 : n + 3])
        return score

    # -- decoding ----------------------------------------------------------------------------
    @staticmethod
    def _windows(
        emissions: _FloatArray, starts: Sequence[int], lengths: Sequence[int]
    ) -> tuple[_FloatArray, _IntArray, Any]:
        width = max(lengths)
        ln = np.asarray(lengths, dtype=np.int64)
        cols = np.asarray(starts, dtype=np.int64)[:, None] + np.arange(width)[None, :]
        valid = np.arange(width)[None, :] < ln[:, None]
        return emissions.take(np.minimum(cols, len(emissions) - 1), axis=0), ln, valid

    def viterbi(
        self, emissions: _FloatArray, starts: Sequence[int], lengths: Sequence[int]
    ) -> _IntArray:
        """Best tags of many windows of one emission array (windows × longest length).

        Window ``k`` is ``emissions[starts[k] : starts[k] + lengths[k]]``; positions past a
        window's length are meaningless.
        """
        em, ln, valid = self._windows(emissions, starts, lengths)
        w, width = valid.shape
        best = em[:, 0, :]
        back = np.zeros((w, width, 3), dtype=np.int64)
        for t in range(1, width):
            cand = best[:, :, None] + self.trans[None, :, :]  # from, to
            back[:, t, :] = cand.argmax(axis=1)
            best = np.where(valid[:, t, None], cand.max(axis=1) + em[:, t, :], best)
        last = best.argmax(axis=1)
        if w <= _LIST_BACKTRACK:
            return _backtrack_lists(back, last, ln, width)
        return backtrack_arrays(back, last, ln, width)

    def marginals(
        self, emissions: _FloatArray, starts: Sequence[int], lengths: Sequence[int]
    ) -> _FloatArray:
        """Per-position tag probabilities of the same windows (forward-backward, log space)."""
        em, ln, valid = self._windows(emissions, starts, lengths)
        w, width = valid.shape
        alpha = np.zeros((w, width, 3))
        alpha[:, 0] = em[:, 0]
        for t in range(1, width):
            alpha[:, t] = _logsumexp(alpha[:, t - 1, :, None] + self.trans[None], axis=1) + em[:, t]
        beta = np.zeros((w, width, 3))
        for t in range(width - 2, -1, -1):
            nxt = beta[:, t + 1, None, :] + self.trans[None] + em[:, t + 1, None, :]
            beta[:, t] = np.where(valid[:, t + 1][:, None], _logsumexp(nxt, axis=2), 0.0)
        log_z = _logsumexp(alpha[np.arange(w), ln - 1], axis=1)
        return np.exp(alpha + beta - log_z[:, None, None])


class _HashTable:
    """int64 keys to weight rows, looked up for a whole array of keys at once.

    Open addressing with linear probing, kept at most 1/8 full: most keys asked for are absent
    (a random character pair) and stop at an empty slot on the first probe.
    """

    _MULT = np.uint64(0x9E3779B97F4A7C15)
    mask: int
    shift: np.uint64
    keys: _IntArray
    index: _IntArray
    rows: np.ndarray[Any, Any]
    probes: int

    def to_arrays(self) -> dict[str, np.ndarray[Any, Any]]:
        shape = np.array([self.mask, int(self.shift), self.probes], dtype=np.int64)
        return {"keys": self.keys, "index": self.index, "rows": self.rows, "shape": shape}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray[Any, Any]], prefix: str) -> _HashTable:
        self = cls.__new__(cls)
        mask, shift, probes = (int(v) for v in arrays[prefix + "shape"])
        self.mask, self.shift, self.probes = mask, np.uint64(shift), probes
        self.keys = arrays[prefix + "keys"]
        self.index = arrays[prefix + "index"]
        self.rows = arrays[prefix + "rows"]
        return self

    def __init__(self, entries: Mapping[int, _FloatArray], width: int) -> None:
        bits = max(4, (8 * max(1, len(entries))).bit_length())
        self.mask = (1 << bits) - 1
        self.shift = np.uint64(64 - bits)
        self.keys = np.full(self.mask + 1, -1, dtype=np.int64)
        self.index = np.full(self.mask + 1, len(entries), dtype=np.int64)  # the zero row
        self.rows = np.zeros((len(entries) + 1, width), dtype=np.float32)
        self.probes = 1
        for k, (key, row) in enumerate(entries.items()):
            slot = int(self._hash(np.array([key], dtype=np.int64))[0])
            step = 1
            while self.keys[slot] != -1:
                slot = (slot + 1) & self.mask
                step += 1
            self.keys[slot] = key
            self.index[slot] = k
            self.rows[k] = row
            self.probes = max(self.probes, step)

    def _hash(self, keys: _IntArray) -> _IntArray:
        with np.errstate(over="ignore"):
            mixed = keys.astype(np.uint64) * self._MULT
        return (mixed >> self.shift).astype(np.int64)

    def get(self, keys: _IntArray) -> np.ndarray[Any, Any]:
        slot = self._hash(keys)
        found = self.keys.take(slot)
        first = found == keys
        row = np.where(first, self.index.take(slot), len(self.rows) - 1)
        # Keys that met another key in their slot probe on; there are few.
        todo = np.flatnonzero(~first & (found != -1))
        for _ in range(self.probes - 1):
            if not len(todo):
                break
            slot_t = (slot[todo] + 1) & self.mask
            slot[todo] = slot_t
            found_t = self.keys[slot_t]
            hit = found_t == keys[todo]
            row[todo[hit]] = self.index[slot_t[hit]]
            todo = todo[~hit & (found_t != -1)]
        return self.rows.take(row, axis=0)


#: up to this many windows, Viterbi's back-tracking walks Python lists: a small document's
#: few windows cost numpy's per-call overhead (five array operations per position) many times
#: over what the lists cost; a dense batch's thousands of windows stay with the arrays
_LIST_BACKTRACK = 48


def backtrack_arrays(back: _IntArray, last: _IntArray, ln: _IntArray, width: int) -> _IntArray:
    """Viterbi's back-tracking over arrays, all windows a step at a time (many windows)."""
    tags = np.zeros((len(ln), width), dtype=np.int64)
    rows = np.arange(len(ln))
    for t in range(width - 1, -1, -1):
        follow = back[rows, t + 1, tags[:, t + 1]] if t + 1 < width else last
        tags[:, t] = np.where(t == ln - 1, last, np.where(t < ln - 1, follow, 0))
    return tags


def _backtrack_lists(back: _IntArray, last: _IntArray, ln: _IntArray, width: int) -> _IntArray:
    """The tags :meth:`CompiledCRF.viterbi`'s array back-tracking gives, window by window:
    the best last tag at each window's last position, the back-pointers before it, 0 after."""
    rows = []
    for steps, tag, n in zip(back.tolist(), last.tolist(), ln.tolist(), strict=True):
        row = [0] * width
        if n > 0:
            row[n - 1] = tag
            for t in range(n - 2, -1, -1):
                tag = steps[t + 1][tag]
                row[t] = tag
        rows.append(row)
    return np.array(rows, dtype=np.int64).reshape(len(rows), width)


def _logsumexp(x: _FloatArray, axis: int) -> _FloatArray:
    top = x.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis=axis) + np.log(np.exp(x - top).sum(axis=axis))
