"""Excel 97-2003 workbooks (.xls) and WPS Spreadsheets files (.et), read with xlrd.

Cells are shown as a person sees them, as for .xlsx: 13812345678, not 13812345678.0; dates as
2024-01-02. A workbook with an opening password carries a FILEPASS record right after the
workbook's BOF record; it is looked for before xlrd is asked to parse anything.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment
from .ole import ENCRYPTED, open_ole, read_stream
from .xlsx import cell_text, format_number

log = logging.getLogger(__name__)

NOT_XLS = (
    "不是有效的 Excel 97-2003 工作簿（文件已损坏或不是 Excel 文件） / "
    "not a valid Excel 97-2003 workbook (corrupt or not an Excel file)"
)
_FILEPASS, _EOF = 0x002F, 0x000A
#: records of the workbook globals looked at for FILEPASS (it comes among the first few)
_HEAD_RECORDS = 64


def has_filepass(workbook: bytes) -> bool:
    pos = 0
    for _ in range(_HEAD_RECORDS):
        if pos + 4 > len(workbook):
            return False
        kind, size = struct.unpack_from("<HH", workbook, pos)
        if kind == _FILEPASS:
            return True
        if kind == _EOF:
            return False
        pos += 4 + size
    return False


def column_letters(col: int) -> str:
    """0 -> "A", 27 -> "AB"."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _value(book: Any, cell: Any) -> str:
    import xlrd

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if kind == xlrd.XL_CELL_NUMBER:
        return format_number(float(cell.value), None)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode), None)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return format_number(float(cell.value), None)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    return str(cell.value).strip()


def _sheet_segments(book: Any, sheet: Any) -> Iterator[Segment]:
    header: dict[int, str] | None = None
    for r in range(sheet.nrows):
        texts = {c: t for c, cell in enumerate(sheet.row(r)) if (t := _value(book, cell))}
        if not texts:
            continue
        for c, text in texts.items():
            column_header = header.get(c) if header is not None else None
            field = cell_field(texts.get(c - 1), column_header)
            location = {"sheet": sheet.name, "cell": f"{column_letters(c)}{r + 1}"}
            yield Segment(text, location, field)
        if header is None and is_header_row(texts.values()):
            header = {c: squash(t) for c, t in texts.items()}


class XlsExtractor(Extractor):
    """Every worksheet, one segment per non-empty cell, at ``{"sheet": name, "cell": "B3"}``."""

    format = "xls"
    extensions = (".xls", ".xlt", ".et", ".ett")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        import xlrd

        with open_ole(path, NOT_XLS) as ole:
            name = "Workbook" if ole.exists("Workbook") else "Book"
            workbook = read_stream(ole, name, limits.max_unzipped_bytes, NOT_XLS)
        if has_filepass(workbook):
            raise ExtractionError(ENCRYPTED)
        try:
            book = xlrd.open_workbook(file_contents=path.read_bytes(), on_demand=True)
        except Exception:
            log.debug("xlrd cannot open %s", path, exc_info=True)
            raise ExtractionError(NOT_XLS) from None
        try:
            for index in range(book.nsheets):
                sheet = book.sheet_by_index(index)
                yield from _sheet_segments(book, sheet)
                book.unload_sheet(index)
        finally:
            book.release_resources()
