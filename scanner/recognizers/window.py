"""Character windows: context for Chinese, where tokens are a poor unit.

Chinese labels sit right next to their values with no space ("身份证号：1101…"), and a blank spaCy
pipeline has no lemmas, so Presidio's token-based context never fires. A window of characters
before the value, searched with one compiled alternation of the context words, is both more
accurate and cheaper than segmenting the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation, longest first, case-insensitive (context lists mix 电话 and tel)."""
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    if not uniq:
        return None
    return re.compile("|".join(re.escape(w) for w in uniq), re.IGNORECASE)


def last_hit(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> int:
    """Position of the end of the last match of ``pattern`` in ``text[start:end]``, or -1."""
    if pattern is None or end <= start:
        return -1
    pos = -1
    for m in pattern.finditer(text, max(0, start), end):
        pos = m.end()
    return pos
