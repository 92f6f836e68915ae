"""A PDF page's table rows, rebuilt from where its text stands.

A PDF has no tables, only text drawn at positions. Most generators draw a table one cell at a
time, and pypdf's plain text then gives one cell per line: the column header (姓名, 门诊号) ends
up lines away from its values. Here the text layer's positions (pypdf's ``visitor_text``: the
text matrix and the current transformation matrix of each piece) put the pieces back on their
baselines, left to right, with a run of spaces where a column gap is — the line a clerk sees,
which the table model (:mod:`scanner.detect.recognizers.texttable`) reads like a space-aligned
text table. A page with no table keeps pypdf's plain text unchanged.
"""

from __future__ import annotations

import math
import time
import unicodedata
from statistics import median
from typing import Any, NamedTuple

#: a page with more text pieces than this keeps its plain text (bounded work per page)
MAX_PIECES = 20_000
#: gap between two pieces on one baseline, in font sizes, beyond which they are two cells
CELL_GAP = 0.9
#: rows of at least this many cells make a page a table ...
TABLE_CELLS = 3
#: ... when at least this many rows have them
TABLE_ROWS = 2


class _Piece(NamedTuple):
    x: float
    y: float
    size: float
    text: str


def _width(text: str) -> int:
    """Display width in half-ems: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Collector:
    """The ``visitor_text`` callback: upright pieces with their page position and size."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self.skewed = 0

    def __call__(self, text: str, cm: Any, tm: Any, font_dict: Any, font_size: float) -> None:
        if len(self.pieces) > MAX_PIECES or not text or not text.strip():
            return
        # the piece's origin and scale in page space: text matrix × current transformation
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        if abs(b) > 1e-3 or abs(c) > 1e-3 or a <= 0 or d <= 0:
            self.skewed += 1  # rotated or mirrored text (a watermark): not part of any row
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size) * math.sqrt(a * d) or 1.0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                self.pieces.append(_Piece(x, y - i * size * 1.2, size, line.strip()))


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped by baseline, top to bottom, each row left to right."""
    ordered = sorted(pieces, key=lambda p: (-p.y, p.x))
    rows: list[list[_Piece]] = []
    for piece in ordered:
        if rows and abs(rows[-1][0].y - piece.y) <= 0.5 * piece.size:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [sorted(row, key=lambda p: p.x) for row in rows]


def _cells(row: list[_Piece]) -> list[tuple[float, str]]:
    """(x, text) of each cell: pieces closer than a column gap are one cell."""
    cells: list[tuple[float, str]] = []
    end = -math.inf
    for piece in row:
        if cells and piece.x - end < CELL_GAP * piece.size:
            x, text = cells[-1]
            space = " " if piece.x - end > 0.2 * piece.size and text[-1:].isascii() else ""
            cells[-1] = (x, text + space + piece.text)
        else:
            cells.append((piece.x, piece.text))
        end = max(end, piece.x + _width(piece.text) * piece.size / 2)
    return cells


def rebuild(pieces: list[_Piece]) -> str | None:
    """The page as aligned rows, or None when it has no table (keep the plain text)."""
    if not pieces:
        return None
    rows = [_cells(row) for row in _rows(pieces)]
    if sum(len(cells) >= TABLE_CELLS for cells in rows) < TABLE_ROWS:
        return None
    unit = median(p.size for p in pieces) / 2  # one display column: half an em
    left = min(p.x for p in pieces)
    lines = []
    for cells in rows:
        line = ""
        for x, text in cells:
            column = round((x - left) / unit)
            shown = _width(line)
            gap = column - shown if line else column
            line += " " * max(gap, 2 if line else 0) + text
        lines.append(line)
    return "\n".join(lines)


class PageTooSlow(Exception):
    """pypdf was still reading the page at its deadline; ``text`` is what it had read by then."""

    def __init__(self, text: str) -> None:
        super().__init__("page read past its deadline")
        self.text = text


class _Deadline:
    """The ``visitor_operand_before`` callback: raises at the first operator past the deadline.

    pypdf swallows any error raised while it reads a form XObject and goes on with the page, so
    once past the deadline every later operator raises too; each level of nested forms then
    stops at its next operator, and the page's own loop last.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.passed = False

    def __call__(self, operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        if self.passed or time.monotonic() > self.deadline:
            self.passed = True
            raise TimeoutError("page read past its deadline")


def _partial(pieces: list[_Piece]) -> str:
    """The text read before the deadline, as rows (there is no plain text to fall back on)."""
    return rebuild(pieces) or "\n".join(" ".join(p.text for p in row) for row in _rows(pieces))


def page_text(page: Any, deadline: float = math.inf) -> str:
    """The page's text: its rows rebuilt when it holds a table, else pypdf's plain text.

    Raises :class:`PageTooSlow` when pypdf is still reading at ``deadline`` (``time.monotonic``).
    """
    collector = _Collector()
    clock = _Deadline(deadline)
    try:
        plain: str = page.extract_text(visitor_text=collector, visitor_operand_before=clock)
    except TimeoutError:
        if not clock.passed:
            raise
        plain = ""
    if clock.passed:
        raise PageTooSlow(_partial(collector.pieces))
    if collector.skewed > len(collector.pieces) or len(collector.pieces) > MAX_PIECES:
        return plain
    return rebuild(collector.pieces) or plain
