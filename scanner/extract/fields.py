"""The ``field`` of a table cell: what a person reads as the cell's label.

Shared by the table-shaped formats (docx tables, xlsx sheets), which lay out records the same two
ways: a column header above ("身份证号" over a column of numbers) and, in paper-style forms, a
label to the left ("姓名 | 张三 | 性别 | 男").
"""

from __future__ import annotations

from collections.abc import Iterable

#: a left neighbour longer than this is content, not a label
MAX_LABEL_CHARS = 12


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks inside a header cell) into one space."""
    return " ".join(text.split())


def looks_like_label(text: str | None) -> bool:
    """A short text without digits reads as a label; "张三" does too, harmlessly (context only)."""
    if not text:
        return False
    text = text.strip()
    return 0 < len(text) <= MAX_LABEL_CHARS and not any(map(str.isdigit, text))


#: left neighbours already read as labels (or as content: ""); cleared when it grows past
#: LABEL_CACHE entries — a sheet's columns repeat their values (性别, 科室, 诊断), and a plain
#: dict is cheaper than an LRU on a large table whose names and numbers never repeat
_LABELS: dict[str, str] = {}
LABEL_CACHE = 8192
#: the longest left neighbour kept in it (the cache holds at most half a million characters)
LABEL_CACHE_CHARS = 64


def _label(left: str) -> str:
    """The left neighbour as a label ("" when it reads as content)."""
    label = _LABELS.get(left)
    if label is None:
        label = squash(left) if looks_like_label(left) else ""
        if len(left) <= LABEL_CACHE_CHARS:  # a long cell's text is content: not kept
            if len(_LABELS) >= LABEL_CACHE:
                _LABELS.clear()
            _LABELS[left] = label
    return label


def cell_field(left: str | None, header: str | None) -> str | None:
    """Combine the column header and the left label as ``"{header} {left}"``, or either, or None.

    ``header`` is the first-row text of the column, passed only for cells below that row.
    """
    head = squash(header) if header else ""
    return header_field(left, head) if left else head or None


def header_field(left: str, header: str | None) -> str | None:
    """:func:`cell_field` for a header that is squashed already (a sheet squashes its header
    row once), with a left neighbour: the same field, without squashing the header per cell.

    The left label goes last, right before the value: in a form laid out as a table
    ("门诊号 | MZ2023…", under a first row mistaken for a header) the label that names the value
    must be adjacent to it. In a list, the header still sits in the field; a label equal to the
    header is said once."""
    label = _label(left)
    if not header or label == header:
        return label or None
    return f"{header} {label}" if label else header


#: share of a row's cells that must read as labels for the row to be a header row
HEADER_LABEL_SHARE = 0.6


def is_header_row(texts: Iterable[str]) -> bool:
    """A header row: at least two cells, most of them short label-like text.

    A sheet often opens with a title row ("永安镇高血压患者随访管理名单", one merged cell) above
    the real header; taking the first non-empty row as the header would give every column that
    title as its label.
    """
    cells = [t for t in texts if t and t.strip()]
    if len(cells) < 2:
        return False
    return sum(looks_like_label(t) for t in cells) >= HEADER_LABEL_SHARE * len(cells)
