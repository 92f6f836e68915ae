"""What the recognizers read: full-width digits and letters as ASCII, invisible characters gone.

Chinese documents are often typed in full-width mode (手机：１３９１２３４５６７８,
身份证号：１１０１０５…Ｘ), and text copied from a web page or a chat carries zero-width spaces and
joiners; someone who wants a number past the scanner inserts them on purpose
(1101\u200b05…). Every pattern is written for ASCII digits and would see neither. The detector
reads a folded copy and maps what it finds back to the original text, so a finding's offsets,
value and location are the document's own characters.

Full-width forms fold one character to one (U+FF10–FF19, FF21–FF3A, FF41–FF5A and the @ . - _
a number or mailbox uses), so offsets need no map; zero-width characters are removed, and the
map from folded offsets to original ones is kept only when there were some.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

_FULL_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF20: ord("@"),
    0xFF0E: ord("."),
    0xFF0D: ord("-"),
    0xFF3F: ord("_"),
}
#: soft hyphen, zero-width space / non-joiner / joiner, word joiner, zero-width no-break space
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NEEDS_FOLDING = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0d\uff3f" + _INVISIBLE + "]"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE))


def fold(text: str) -> tuple[str, list[int] | None]:
    """The text the recognizers read, and (when characters were removed) the original offset of
    each folded character, plus the original length at the end."""
    if _NEEDS_FOLDING.search(text) is None:
        return text, None
    folded = text.translate(_FULL_WIDTH)
    if _INVISIBLE_RE.search(folded) is None:
        return folded, None
    origin = [i for i, ch in enumerate(folded) if ch not in _INVISIBLE]
    origin.append(len(text))
    return folded.translate(_DROP_INVISIBLE), origin


def unfold(results: Iterable[RecognizerResult], origin: list[int]) -> list[RecognizerResult]:
    """``results`` found in the folded text, at their offsets in the original one."""
    out = []
    for r in results:
        end = origin[r.end - 1] + 1 if r.end > r.start else origin[r.end]
        r.start, r.end = origin[r.start], end
        out.append(r)
    return out
