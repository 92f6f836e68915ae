"""Character features shared by the name model's training script and its tagger.

Training (``scripts/train_names.py``) and tagging must describe a character the same way, so both
import :func:`sentence_features` from here. A feature is a short string; the CRF learns a weight
for each (feature, tag) pair it saw often enough in training.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# Tags of the sequence model: the first character of a name, a later one, anything else.
BEGIN, INSIDE, OUTSIDE = "B", "I", "O"
_PAD = "#"


def char_class(ch: str) -> str:
    """One letter for the kind of character: Han, digit, Latin, space, punctuation, other."""
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    if ch == _PAD:
        return "#"
    return "P" if not ch.isalnum() else "O"


def sentence_features(
    chars: Sequence[str],
    surnames: Mapping[str, int],
    compounds: frozenset[str],
    given: Mapping[str, int] | None = None,
) -> list[list[str]]:
    """Features of every character of one sentence, over a window of two either side.

    ``surnames`` maps a one-character surname to a frequency rank bucket (1 = commonest) so the
    model can weigh 王 differently from 蒯; ``compounds`` holds two-character surnames (欧阳).
    ``given`` maps a character to how often it stands in given names of a public name list
    (1 = commonest): a character the labelled sentences rarely show in a name (蒯**骁**) still
    reads as one. ``None`` (a model trained without it) adds no such feature.
    """
    n = len(chars)
    padded = [_PAD, _PAD, *chars, _PAD, _PAD]
    cls = [char_class(c) for c in padded]
    sur = [str(surnames.get(c, 0)) for c in padded]
    giv = [str(given.get(c, 0)) for c in padded] if given is not None else None
    out: list[list[str]] = []
    for i in range(n):
        j = i + 2
        c_2, c_1, c0, c1, c2 = padded[j - 2 : j + 3]
        feats = [
            "b",
            "c0=" + c0,
            "c-1=" + c_1,
            "c1=" + c1,
            "c-2=" + c_2,
            "c2=" + c2,
            "c-1c0=" + c_1 + c0,
            "c0c1=" + c0 + c1,
            "c-2c-1=" + c_2 + c_1,
            "c1c2=" + c1 + c2,
            "c-1c1=" + c_1 + c1,
            "t=" + cls[j - 2] + cls[j - 1] + cls[j] + cls[j + 1] + cls[j + 2],
            "s0=" + sur[j],
            "s-1=" + sur[j - 1],
            "s1=" + sur[j + 1],
            "s-2=" + sur[j - 2],
            "s-1s0=" + sur[j - 1] + sur[j],
        ]
        if giv is not None:
            feats += ["g0=" + giv[j], "g1=" + giv[j + 1], "g2=" + giv[j + 2], "g-1=" + giv[j - 1]]
        if c0 + c1 in compounds:
            feats.append("cs0")
        if c_1 + c0 in compounds:
            feats.append("cs-1")
        if c_2 + c_1 in compounds:
            feats.append("cs-2")
        out.append(feats)
    return out
