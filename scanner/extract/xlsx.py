"""Excel workbooks (.xlsx), streamed with openpyxl's read-only mode.

A cell is reported as a person sees it in Excel, because that is the text a recognizer must
match: 13812345678 and not 13812345678.0 or 1.38e+10, a date as 2024-01-02.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment
from .ziputil import check_package

log = logging.getLogger(__name__)

NOT_XLSX = (
    "不是有效的 .xlsx 文件（文件已损坏或不是 Excel 工作簿） / "
    "not a valid .xlsx (corrupt or not an Excel workbook)"
)

#: Excel keeps 15 significant digits; digits beyond are zeros on screen
EXCEL_DIGITS = 15
#: number formats under which a person sees a number as a whole number
_INTEGER_FORMATS = frozenset({"0", "@"})


def _plain(number: Decimal) -> str:
    """Positional notation, never scientific, no trailing zeros after the point."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_number(value: float, number_format: str | None) -> str:
    """Show a float the way Excel's General (or an integer format) would.

    Floats beyond 15 digits have already lost digits when Excel saved them: a 19-digit card
    number typed as a number is stored as 6.22202123456789e+18 and shown as 6222021234567890000,
    which is what a person sees and what is reported.
    """
    significant = Decimal(format(value, f".{EXCEL_DIGITS}g"))
    if number_format in _INTEGER_FORMATS:
        significant = significant.to_integral_value(rounding=ROUND_HALF_UP)
    return _plain(significant)


def cell_text(value: Any, number_format: str | None) -> str:
    """The text of a cell value as displayed; "" for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value, number_format)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def _sheet_segments(sheet: Any) -> Iterator[Segment]:
    from openpyxl.utils import get_column_letter

    # the stored dimension may be stale (some exporters write A1:A1); without this reset
    # read-only mode would stop at it and miss cells
    sheet.reset_dimensions()
    header: dict[int, str] | None = None
    for row in sheet.iter_rows():
        texts: dict[int, str] = {}
        row_number = 0
        for cell in row:
            column = getattr(cell, "column", None)
            if column is None or getattr(cell, "data_type", None) == "e":
                continue  # padding, or an error value such as #N/A
            text = cell_text(cell.value, getattr(cell, "number_format", None))
            if text:
                texts[column] = text
                row_number = cell.row
        if not texts:
            continue
        for column, text in texts.items():
            coordinate = f"{get_column_letter(column)}{row_number}"
            column_header = header.get(column) if header is not None else None
            field = cell_field(texts.get(column - 1), column_header)
            yield Segment(text, {"sheet": sheet.title, "cell": coordinate}, field)
        if header is None and is_header_row(texts.values()):
            header = {column: squash(text) for column, text in texts.items()}


class XlsxExtractor(Extractor):
    """Every worksheet, one segment per non-empty cell, at ``{"sheet": name, "cell": "B3"}``.

    Formulas are read as their last computed value (``data_only``), as the user saw them.
    """

    format = "xlsx"
    extensions = (".xlsx", ".xlsm")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        from openpyxl import load_workbook

        with path.open("rb") as stream:
            check_package(stream, limits, NOT_XLSX)
            try:
                workbook = load_workbook(stream, read_only=True, data_only=True)
            except MemoryError:  # the worker's memory ceiling, not a broken file
                raise
            except Exception:
                # openpyxl reports a non-Excel package as InvalidFileException, KeyError,
                # ValueError... all meaning the same to a clerk
                log.debug("openpyxl cannot open %s", path, exc_info=True)
                raise ExtractionError(NOT_XLSX) from None
            try:
                for sheet in workbook.worksheets:
                    yield from _sheet_segments(sheet)
            finally:
                # read-only mode keeps the archive open until closed
                workbook.close()
