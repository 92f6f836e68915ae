"""Numbers broken across a line: a PDF table's narrow 身份证号 column wraps an 18-digit ID
("43028120000" on one line, "1013555" on the next), and its text layer then holds two digit runs
that no pattern reads as one.

Two digit runs count as one wrapped number when the first ends its line, the second opens the
next one, neither is a whole value of the kind on its own, and together they pass that kind's
check: a resident ID (GB 11643, 18 characters with its check), a mobile number (11 digits, a
mobile prefix) or a bank card (16–19 digits, an issuer prefix and Luhn — a wrapped card must
prove itself, a number on one line needs only a label). When the first part ends its line (one
cell a line), one finding spans both parts and the line break between them. In a space-aligned
row (a PDF table rebuilt) the continuation line holds the tail under the head's column, with the
row's other cells between them in the text: each part is reported where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from scanner.detect.recognizers.texttable import _width as display_width
from scanner.detect.validators import bank_card, cn_mobile, gb11643

#: a line break (and the blanks around it) before a digit: where a wrapped number goes on
_BREAK_BEFORE_DIGIT = re.compile(r"\n[ \t\u3000]*+(?=\d)")
#: the rest of a wrapped number at the start of its line
_TAIL = re.compile(r"\d{1,15}[Xx]?(?![0-9A-Za-z])")
_BLANKS = " \t\u3000"
#: a digit run standing alone (a cell of a space-aligned row)
_RUN = re.compile(r"(?<![0-9A-Za-z])\d{1,17}[Xx]?(?![0-9A-Za-z])")
SCORE_ID = 0.85
SCORE_MOBILE = 0.7
SCORE_CARD = 0.7


def _kind(digits: str) -> tuple[str, float] | None:
    if len(digits) == 18 and gb11643(digits) is True:
        return "CN_RESIDENT_ID", SCORE_ID
    if len(digits) == 11 and cn_mobile(digits) is True:
        return "CN_PHONE", SCORE_MOBILE
    if 16 <= len(digits) <= 19 and bank_card(digits) is True:  # an issuer prefix and Luhn
        return "CN_BANK_CARD", SCORE_CARD
    return None


def _whole(part: str) -> bool:
    """Whether a part is already a value of some kind on its own line."""
    return _kind(part) is not None


def _adjacent(text: str, breaks: list[re.Match[str]]) -> Iterator[RecognizerResult]:
    """A run ending its line and one opening the next (one cell a line): one finding over both."""
    for nl in breaks:
        tail = _TAIL.match(text, nl.end())
        if tail is None:
            continue
        end = nl.start()
        while end > 0 and text[end - 1] in _BLANKS:
            end -= 1
        start = end
        while start > 0 and end - start <= 17 and "0" <= text[start - 1] <= "9":
            start -= 1
        head = text[start:end]
        if not 3 <= len(head) <= 17 or (
            start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()
        ):
            continue
        found = None if _whole(head) or _whole(tail.group()) else _kind(head + tail.group())
        if found is not None:
            entity, score = found
            yield RecognizerResult(entity, start, tail.end(), score)


def _runs(text: str, lo: int, hi: int) -> dict[int, tuple[int, int]]:
    """The digit runs of the line ``lo:hi`` by the display column they start at."""
    out: dict[int, tuple[int, int]] = {}
    column, last = 0, lo
    for m in _RUN.finditer(text, lo, hi):
        column += display_width(text[last : m.start()])
        last = m.start()
        out[column] = (m.start(), m.end())
    return out


def _aligned(text: str, breaks: list[re.Match[str]]) -> Iterator[RecognizerResult]:
    """A run under a run of the line above, at the same display column, in a space-aligned
    table (a PDF's rows rebuilt): the row's cell and its continuation line. They are not next
    to each other in the text, so each part is reported, at its own place.

    A continuation line opens with the tail (nothing before its column) and holds fewer cells
    than the row above it."""
    for nl in breaks:
        lead = _TAIL.match(text, nl.end())
        if lead is None:
            continue
        lo = nl.start() + 1
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        prev_hi = nl.start()
        prev_lo = text.rfind("\n", 0, prev_hi) + 1
        if len(text[lo:hi].split()) < len(text[prev_lo:prev_hi].split()):
            yield from _continued(text, prev_lo, prev_hi, lo, lead)


def _continued(
    text: str, prev_lo: int, prev_hi: int, lo: int, lead: re.Match[str]
) -> Iterator[RecognizerResult]:
    """The tail opening the line at ``lo`` joined with the run above it, if they pass together."""
    start, end = lead.span()
    head_at = _runs(text, prev_lo, prev_hi).get(display_width(text[lo:start]))
    if head_at is None or not text[head_at[1] : prev_hi].strip():
        return  # nothing above, or the head ends its line: one finding over both (_adjacent)
    head, tail = text[head_at[0] : head_at[1]], text[start:end]
    found = None if _whole(head) or _whole(tail) else _kind(head + tail)
    if found is not None:
        entity, score = found
        yield RecognizerResult(entity, head_at[0], head_at[1], score)
        yield RecognizerResult(entity, start, end, score)


def find_wrapped(text: str) -> Iterator[RecognizerResult]:
    """The wrapped IDs, mobiles and cards of ``text``."""
    if "\n" not in text:
        return
    # the line breaks a digit follows: a literal the regex engine skips to, not every character
    breaks = list(_BREAK_BEFORE_DIGIT.finditer(text))
    if breaks:
        yield from _adjacent(text, breaks)
        yield from _aligned(text, breaks)
