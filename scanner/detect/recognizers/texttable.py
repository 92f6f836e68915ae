"""Tables that survive only as text: PDF pages, pipe tables in .md/.txt, column-aligned lists.

A payroll exported to PDF reads "序号  姓名  科室  实发金额" and then "1  张静  中医科  4445.57";
a Markdown table reads "| 赖颖 | 组长 | 130… |". The column header names what each cell is, as a
spreadsheet's header would. This finds such tables — a line of at least three cells separated by
pipes, tabs or runs of spaces, one of which carries a wanted label, then the lines below it with
the same kind of separator — and yields each cell with its column header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scanner.detect.recognizers.firstchars import compile_fast

# A cell boundary: a pipe (with any spaces), a tab, two or more spaces, an ideographic space.
# Found in two steps so that time stays linear in the line's length: _GAP takes a whole run of
# blanks at once (with the pipe after it, if any) — possessive, so a run is never re-split — and a
# run without a pipe is cut by _BLANK_SEP. One regex with "[ \t\u3000]*[|｜]" as its first branch
# retried that branch at every blank of a long run: a line of 100k blanks took minutes.
_GAP = re.compile(r"(?P<pipe>[ \t\u3000]*+[|｜][ \t\u3000]*+)|[ \t\u3000]++")
_BLANK_SEP = re.compile(r"\t+[ ]*|[ ]{2,}|\u3000+")
_RULE_ROW = re.compile(r"[\s|｜:：\-—=+]*+$")


def _separators(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each cell boundary, left to right."""
    for gap in _GAP.finditer(line):
        start, end = gap.span()
        if gap.group("pipe") is not None:
            yield start, end
            continue
        for m in _BLANK_SEP.finditer(line, start, end):
            yield m.span()


def _cells(line: str, base: int) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for start, end in _separators(line):
        spans.append((pos, start))
        pos = end
    spans.append((pos, len(line)))
    return [(base + s, base + e) for s, e in spans]


def table_hint(labels_alternation: str) -> re.Pattern[str]:
    """A label standing as a table cell: next to a pipe, a tab or a run of spaces.

    Written so that no position is tried against an unbounded run of blanks more than once: the
    blanks between a separator and the label reduce to "a pipe, tab or ideographic space, maybe
    one space" or "two spaces" right before it; after the label, "blanks then a pipe" and
    "spaces then a tab" are read possessively.
    """
    after = r"(?=[ \t\u3000]*+[|｜]|[ \u3000]*+\t| {2}|\u3000)"
    before = r"(?:[|｜\t\u3000] ?| {2})"
    return compile_fast(f"(?:{labels_alternation}){after}|{before}(?:{labels_alternation})")


def table_cells(
    text: str, header_re: re.Pattern[str], hint: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, column header) of every cell under a header cell matching ``header_re``.

    ``hint`` (from :func:`table_hint`) is a cheap test run first: most text has no table.
    """
    offset = 0
    if hint is not None:
        first = hint.search(text)
        if first is None:
            return
        offset = text.rfind("\n", 0, first.start()) + 1  # no table header before this line
    header: list[str] | None = None
    wanted: set[int] = set()
    for line in text[offset:].split("\n"):
        base = offset
        offset += len(line) + 1
        if not line.strip():
            header = None
            continue
        if header is not None and _RULE_ROW.match(line):
            continue  # |---|---| under a Markdown header
        spans = _cells(line, base)
        if len(spans) < 2:
            header = None
            continue
        texts = [text[s:e].strip() for s, e in spans]
        hits = {i for i, t in enumerate(texts) if t and len(t) <= 12 and header_re.search(t)}
        if len(spans) >= 3 and hits and not any(ch.isdigit() for ch in "".join(texts)):
            header, wanted = texts, hits
            continue
        if header is None:
            continue
        for i in wanted:
            if i < len(spans):
                s, e = spans[i]
                if e > s:
                    yield s, e, header[i]
