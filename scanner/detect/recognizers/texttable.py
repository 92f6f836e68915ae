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
_SEP = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|\t+[ ]*|[ ]{2,}|\u3000+")
_RULE_ROW = re.compile(r"^[\s|｜:：\-—=+]*$")


def _cells(line: str, base: int) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _SEP.finditer(line):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line)))
    return [(base + s, base + e) for s, e in spans]


def table_hint(labels_alternation: str) -> re.Pattern[str]:
    """A label standing as a table cell: next to a pipe, a tab or a run of spaces."""
    after = r"(?=[ \t\u3000]*[|｜\t]| {2,}|\u3000)"
    before = r"(?:[|｜\t]| {2}|\u3000)[ \t\u3000]*"
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
