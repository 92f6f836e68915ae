"""The table model: which column header a cell sits under, in every layout baomi reads.

Two layouts carry a table to detection:

* **Fields.** docx tables, xlsx sheets and csv files know their cells: the extractor gives each
  cell its column header (and form label) as ``Segment.field``, which the pipeline writes before
  the cell as ``FIELD_MARK + "姓名" + "：" + cell``.
* **Text tables.** txt/md files and PDF pages carry a table only as lines: a header line
  ("序号  姓名  门诊号  住址", "| 姓名 | 住址 |", tab-separated) and the rows below it, maybe
  with rule lines (-----, ｜, ━━) between; the PDF extractor rebuilds a page's rows from the text
  positions so that a table drawn one cell at a time reads the same way. A cell is put under a
  header by index when the row has as many cells as the header (pipes and tabs keep empty cells),
  else by where it stands on the line (display columns, a Chinese character two wide), so a
  space-aligned row with an empty cell still lands in the right column. A header line repeated
  (on every PDF page) starts the table again.

:func:`column_cells` yields both layouts as one stream of (start, end, header), so a recognizer
that knows which headers name its entity (姓名, 门诊号, 住址, 联系电话, 账号) reads every layout
the same way. Cells that are table furniture (合计, 以下空白, 同上) are never yielded.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from scanner.detect.recognizers.firstchars import compile_fast
from scanner.detect.recognizers.window import FIELD_MARK, MAX_FIELD_CHARS

# A run of blanks (with the pipe after it, if any): possessive, so a run is read once and never
# re-split — one regex with "[ \t\u3000]*[|｜]" as its first branch retried that branch at every
# blank of a long run (a line of 100k blanks took minutes). A pipe-less run is cut in Python.
_GAP = re.compile(r"(?P<pipe>[ \t\u3000]*+[|｜][ \t\u3000]*+)|[ \t\u3000]++")
_RULE_ROW = re.compile(r"[\s|｜:：\-—─━=+_·.…]*+$")
#: a header cell is short text without digits
MAX_HEADER_CELL = 12
#: words that open a column in most registers: with them a two-cell line can be a header
_COMMON_HEADERS = re.compile(
    "序号|编号|姓名|名字|性别|年龄|出生|日期|时间|科室|部门|职务|职称|岗位|地址|住址|电话|手机|"
    "身份证|证件|备注|金额|签名|签字|单位|诊断|门诊|住院|病历|病案|床号|账号|卡号|开户|联系|"
    "村|组|户主|人员|患者|医生|经办"
)
#: cells that belong to the table's frame, not to its records
FURNITURE = frozenset(
    {
        "合计",
        "小计",
        "总计",
        "共计",
        "以下空白",
        "以下无",
        "空白",
        "同上",
        "无",
        "略",
        "/",
        "-",
        "—",
    }
)
#: one blank line inside a table is spacing (PDF rows, Markdown); two end it
_MAX_BLANKS = 1


def _width(text: str) -> int:
    """Display width: a Chinese character or full-width form counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _separators(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each cell boundary, left to right.

    A pipe is one boundary. In a run of blanks each tab is one (two tabs in a row leave an empty
    cell, as in a tab-separated export); without a tab, two spaces or an ideographic space are.
    """
    for gap in _GAP.finditer(line):
        start, end = gap.span()
        if gap.group("pipe") is not None:
            yield start, end
            continue
        run = line[start:end]
        if "\t" not in run:
            if end - start >= 2 or "\u3000" in run:
                yield start, end
            continue
        tabs = [start + i for i, ch in enumerate(run) if ch == "\t"]
        previous = start
        for i, tab in enumerate(tabs):
            last = i == len(tabs) - 1
            yield previous, (end if last else tab + 1)
            previous = tab + 1


class _Cell:
    __slots__ = ("start", "end", "col", "text")

    def __init__(self, line: str, start: int, end: int) -> None:
        raw = line[start:end]
        self.text = raw.strip()
        self.start = start + len(raw) - len(raw.lstrip())
        self.end = self.start + len(self.text)
        self.col = -1  # display column, set by _place when a row is read by position


_ASCII_DIGIT = re.compile("[0-9]")
#: characters that make a boundary other than a tab; a line without them is split at its tabs
_NOT_TAB_ONLY = re.compile("  |[\u3000|｜]")


def _cells(line: str) -> list[_Cell]:
    """Every cell of ``line`` (empty ones too), with offsets in the line."""
    if _NOT_TAB_ONLY.search(line) is None:
        return _tab_cells(line)
    return _gap_cells(line)


def _tab_cells(line: str) -> list[_Cell]:
    """The cells of a line whose only boundaries are tabs (a tab-separated export's row, or a
    line without any boundary): the cells :func:`_gap_cells` reads, at a fraction of its cost.
    An empty cell between tabs with blanks around them may start a character later; an empty
    cell has no text and so no column."""
    cells = []
    pos = 0
    new = _Cell.__new__
    for part in line.split("\t"):
        # _Cell(line, pos, pos + len(part)), without slicing the line again: a roster's row
        # is a few cells, most of them with no blank around the text
        size = len(part)
        text = part.strip()
        cell = new(_Cell)
        cell.text = text
        cell.start = start = pos if len(text) == size else pos + size - len(part.lstrip())
        cell.end = start + len(text)
        cell.col = -1
        cells.append(cell)
        pos += size + 1
    return cells


def _gap_cells(line: str) -> list[_Cell]:
    """The cells between the boundaries :func:`_separators` finds."""
    cells = []
    pos = 0
    for start, end in _separators(line):
        cells.append(_Cell(line, pos, start))
        pos = end
    cells.append(_Cell(line, pos, len(line)))
    return cells


def _place(line: str, cells: list[_Cell]) -> None:
    """Set each cell's display column: Chinese characters two wide, tabs to multiples of 8.

    Only rows read by position pay for this (a header, a row with fewer cells than it).
    """
    col = pos = 0
    for cell in cells:
        for ch in line[pos : cell.start]:
            col += 8 - col % 8 if ch == "\t" else _width(ch)
        cell.col = col
        pos = cell.start


def table_hint(labels_alternation: str) -> re.Pattern[str]:
    """A label standing as a table cell: next to a pipe, a tab, a run of spaces or a line end.

    A cheap test run before the table model: most text has no table. Written so that no
    position is tried against an unbounded run of blanks more than once: before the label, "a
    pipe, tab or ideographic space, maybe one space", "two spaces" or a line start; after it,
    "blanks then a pipe" and "spaces then a tab" are read possessively.
    """
    after = r"(?=[ \t\u3000]*+[|｜]|[ \u3000]*+\t| {2}|\u3000|[ ]*+$)"
    before = r"(?:[|｜\t\u3000] ?| {2}|^[ ]*+)"
    return compile_fast(
        f"(?:{labels_alternation}){after}|{before}(?:{labels_alternation})", re.MULTILINE
    )


class _Row:
    """One line cut into cells, with what does not depend on the headers a caller wants."""

    __slots__ = ("line", "cells", "filled", "header_shaped", "placed")

    def __init__(self, line: str) -> None:
        self.line = line
        self.cells = _cells(line)
        self.filled = [c for c in self.cells if c.text]
        # a header cell is short text without digits, and a header has two cells at least; the
        # cells hold every character of the line but its blanks and pipes, so a digit anywhere
        # on the line is a digit in a cell (a roster's row: found by one C search, not a Python
        # loop per character)
        self.header_shaped = (
            len(self.filled) >= 2
            and not any(len(c.text) > MAX_HEADER_CELL for c in self.filled)
            and _ASCII_DIGIT.search(line) is None
            and (line.isascii() or not any(ch.isdigit() for ch in line))
        )
        self.placed = False

    def place(self) -> None:
        if not self.placed:
            _place(self.line, self.cells)
            self.placed = True


def _is_header(row: _Row, header_re: re.Pattern[str]) -> set[int] | None:
    """The indices of the wanted columns when ``row`` reads as a header line, else None."""
    if not row.header_shaped:
        return None
    hits = {i for i, c in enumerate(row.cells) if c.text and header_re.search(c.text)}
    if not hits:
        return None
    # "姓名  张三" is a form line, not a header: with two cells, both must read as headers.
    if len(row.filled) == 2 and not all(
        header_re.search(c.text) or _COMMON_HEADERS.search(c.text) for c in row.filled
    ):
        return None
    return hits


def _column_of(cell: _Cell, header: list[_Cell]) -> int:
    """The header column a cell stands under: most overlap on screen, else the nearest."""
    lo, hi = cell.col, cell.col + max(1, _width(cell.text))
    best, best_key = 0, (-1, 0)
    for i, h in enumerate(header):
        if not h.text:
            continue
        h_lo, h_hi = h.col, h.col + _width(h.text)
        overlap = min(hi, h_hi) - max(lo, h_lo)
        distance = abs((lo + hi) - (h_lo + h_hi))
        key = (max(overlap, 0), -distance)
        if key > best_key:
            best, best_key = i, key
    return best


class _LineCache:
    """The cells of each line of one text, by the line's offset.

    Every recognizer that reads tables (names, addresses, the rule pack's columns) walks the same
    text with its own headers; the lines are cut into cells once and shared. Only the latest
    text is kept: a generator holds the dict of its own text, so another text arriving meanwhile
    (another thread) replaces the cache without changing what a running walk sees.
    """

    text: str | None = None
    lines: dict[int, _Row] = {}
    runs_text: str | None = None
    runs: tuple[list[int], list[int]] = ([], [])


def _parsed_lines(text: str) -> dict[int, _Row]:
    lines = _LineCache.lines
    if _LineCache.text is not text:
        lines = {}
        _LineCache.text, _LineCache.lines = text, lines
    return lines


#: a line holding an ASCII digit, whole, after its newline: the newline lets ``re`` jump from line
#: to line, and the possessive runs read each line once
_DIGIT_LINE = re.compile(r"\n[^\n0-9]*+[0-9][^\n]*+")
_DIGIT_FIRST_LINE = re.compile(r"[^\n0-9]*+[0-9][^\n]*+")


def _digit_free_runs(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the runs of lines without an ASCII digit, in order.

    A header line has no digit in any cell (:class:`_Row`), so outside a table only these runs
    can hold the next header: the hint need not read a roster's data lines, which is most of a
    dense text.
    """
    if _LineCache.runs_text is text:
        return _LineCache.runs
    starts, ends = [], []
    first = _DIGIT_FIRST_LINE.match(text)
    pos = first.end() + 1 if first is not None else 0
    for m in _DIGIT_LINE.finditer(text, max(0, pos - 1)):
        line = m.start() + 1
        if line > pos:
            starts.append(pos)
            ends.append(m.start())  # the newline before the digit line
        pos = m.end() + 1
    if pos < len(text):
        starts.append(pos)
        ends.append(len(text))
    _LineCache.runs_text, _LineCache.runs = text, (starts, ends)
    return starts, ends


def _next_hint(
    hint: re.Pattern[str], text: str, offset: int, runs: tuple[list[int], list[int]]
) -> re.Match[str] | None:
    """The hint's first match at or after ``offset`` on a line without digits. The hint never
    reads across a line end, so searching each run alone finds what one search would there."""
    starts, ends = runs
    i = max(0, bisect_right(starts, offset) - 1)
    while i < len(starts):
        lo, hi = max(starts[i], offset), ends[i]
        if lo < hi:
            found = hint.search(text, lo, hi)
            if found is not None:
                return found
        i += 1
    return None


def table_cells(
    text: str, header_re: re.Pattern[str], hint: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, column header) of every cell of a text table under a header matching
    ``header_re``; ``hint`` (from :func:`table_hint`) is a cheap test run first."""
    offset = 0
    header: list[_Cell] | None = None
    wanted: set[int] = set()
    blanks = 0
    size = len(text)
    parsed = _parsed_lines(text)
    runs: tuple[list[int], list[int]] | None = None
    while offset < size:
        if header is None and hint is not None:
            # outside a table, jump to the next line that may hold a header
            if runs is None:
                runs = _digit_free_runs(text)
            found = _next_hint(hint, text, offset, runs)
            if found is None:
                return
            offset = max(offset, text.rfind("\n", 0, found.start()) + 1)
        end = text.find("\n", offset)
        if end < 0:
            end = size
        line, base, offset = text[offset:end], offset, end + 1
        if not line.strip():
            blanks += 1
            if blanks > _MAX_BLANKS:
                header = None
            continue
        blanks = 0
        if _RULE_ROW.match(line):
            continue  # |---|---|, ------, ━━━ between the header and the rows
        if FIELD_MARK in line:
            header = None  # a cell the extractor already placed: not a text table
            continue
        row = parsed.get(base)
        if row is None:
            row = parsed[base] = _Row(line)
        hits = _is_header(row, header_re)
        if hits is not None:
            row.place()
            header, wanted = row.cells, hits
            continue
        if header is None:
            continue
        filled = row.filled
        if len(filled) < 2 and (not filled or filled[0].start == 0):
            header = None  # a paragraph after the table
            continue
        by_index = len(row.cells) == len(header)
        if not by_index:
            row.place()
        for i, cell in enumerate(row.cells):
            if not cell.text or cell.text in FURNITURE:
                continue
            if not by_index:
                glued = _unglued(cell, header)
                if glued is not None:
                    for (start, end), column in glued:
                        if column in wanted:
                            yield base + start, base + end, header[column].text
                    continue
            column = i if by_index else _column_of(cell, header)
            if column in wanted and cell.text != header[column].text:
                yield base + cell.start, base + cell.end, header[column].text


#: a PDF row rebuilt from text positions glues cells whose gap is narrow: a short Chinese cell to
#: the number after it ("章秀云43112410203100871", "王秀英2400"), or cells one space apart
#: ("0312-007 26-0533 桑雪梅"): numbers (digits, letters, - . /) and Chinese runs of at most four,
#: each next to the other or one space apart
_TOKENS = r"(?:[\u4e00-\u9fff]{1,4}+(?![\u4e00-\u9fff])|[0-9A-Za-z./\-]++)"
_GLUED = re.compile(f"{_TOKENS}(?: ?+{_TOKENS})++")
_TOKEN = re.compile(r"[\u4e00-\u9fff]++|[0-9A-Za-z./\-]++")


def _unglued(cell: _Cell, header: list[_Cell]) -> list[tuple[tuple[int, int], int]] | None:
    """The cells a glued one holds (the Chinese one, then each number), each with the header
    column it stands under on screen, when they stand under more than one column; else None
    (the cell is read whole)."""
    if _GLUED.fullmatch(cell.text) is None:
        return None
    parts = []
    col, pos = cell.col, 0
    for m in _TOKEN.finditer(cell.text):
        col += _width(cell.text[pos : m.start()])  # one pass over the cell, not one per token
        pos = m.start()
        part = _Cell(cell.text, m.start(), m.end())
        part.start, part.end, part.col = cell.start + m.start(), cell.start + m.end(), col
        parts.append(((part.start, part.end), _column_of(part, header)))
    if len({column for _span, column in parts}) < 2:
        return None
    return parts


def field_cells(text: str, header_re: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, field) of every cell the extractor placed under a field matching
    ``header_re`` (``FIELD_MARK + field + "：" + cell``, see :mod:`scanner.pipeline`)."""
    pos = text.find(FIELD_MARK)
    while pos >= 0:
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        colon = text.find("：", pos + 1, min(line_end, pos + 1 + MAX_FIELD_CHARS + 1))
        if colon > pos:
            field = text[pos + 1 : colon]
            start, end = colon + 1, line_end
            value = text[start:end]
            if header_re.search(field) and value.strip() and value.strip() not in FURNITURE:
                lead = len(value) - len(value.lstrip())
                yield start + lead, start + len(value.rstrip()), field
        pos = text.find(FIELD_MARK, line_end)


def column_cells(
    text: str, header_re: re.Pattern[str], hint: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """Every cell under a header matching ``header_re``, in both layouts (see the module)."""
    if FIELD_MARK in text:
        yield from field_cells(text, header_re)
    yield from table_cells(text, header_re, hint)
