"""Excel workbooks (.xlsx): python-calamine (Rust) where it gives the same text, openpyxl else.

A cell is reported as a person sees it in Excel, because that is the text a recognizer must
match: 13812345678 and not 13812345678.0 or 1.38e+10, a date as 2024-01-02.

calamine reads a sheet several times faster than openpyxl's read-only mode, but it sees every
number as a double and no number formats. So a sheet is read with openpyxl (streaming, as before)
when calamine's values could print differently: an integral number of 16 or more digits (an
integer written by a non-Excel tool keeps all its digits in openpyxl), a fractional number in a
workbook that uses the integer or text formats ("0", "@": Excel shows 3.7 as 4), and every sheet
of a workbook whose sheets are too large to hold in memory at once (calamine loads a whole sheet).
``tests/extract/test_extract_xlsx.py`` compares both readers on the same files.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import zipfile
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from .fields import header_field, is_header_row, squash
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
#: numbers at or beyond this may have been stored as integers with more digits than a double
_EXACT_BELOW = 10**15
#: uncompressed worksheet XML beyond which sheets are streamed (openpyxl) rather than loaded
CALAMINE_MAX_SHEET_BYTES = 32 * 1024 * 1024
# numFmtId 1 is "0" and 49 is "@" (ECMA-376 18.8.30); custom formats are matched by their code
_INTEGER_FORMAT_IN_STYLES = re.compile(rb'numFmtId="(?:1|49)"|formatCode="(?:0|@)"')


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
        yield from _row_segments(sheet.title, row_number, texts, header)
        if header is None and is_header_row(texts.values()):
            header = {column: squash(text) for column, text in texts.items()}


@functools.cache
def _column_letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _row_segments(
    title: str, row_number: int, texts: dict[int, str], header: dict[int, str] | None
) -> list[Segment]:
    """The segments of one row. The hot loop of a large sheet (one pass per cell): a list, not
    a generator (one suspension per row, not per cell); the header is squashed already, so the
    field is :func:`header_field`'s, and the left label is cached."""
    number = str(row_number)
    heads = header if header is not None else _NO_HEADER
    segments = []
    for column, text in texts.items():
        left = texts.get(column - 1)
        head = heads.get(column)
        field = head or None if left is None else header_field(left, head)
        segments.append(
            Segment(text, {"sheet": title, "cell": _column_letter(column) + number}, field)
        )
    return segments


_NO_HEADER: dict[int, str] = {}


def _calamine_fits(sheet: Any, integer_formats: bool) -> bool:
    """Whether calamine's values print exactly as openpyxl's would (see the module docstring)."""
    for row in sheet.iter_rows():
        for value in row:
            if type(value) is float and (
                abs(value) >= _EXACT_BELOW or (integer_formats and not value.is_integer())
            ):
                return False
    return True


def _calamine_segments(sheet: Any) -> Iterator[Segment]:
    """The cells of a sheet calamine has loaded, as :func:`_row_segments` would give them from
    a row's non-empty texts — in one pass per row: the left neighbour is the previous cell's
    text, and a row's texts are gathered only while the header row is still to be found."""
    first_column = sheet.start[1] + 1 if sheet.start else 1
    title = sheet.name
    header: dict[int, str] | None = None
    heads = _NO_HEADER
    for index, row in enumerate(sheet.iter_rows(), 1):
        number = str(index)
        segments = []
        texts: dict[int, str] | None = {} if header is None else None
        left: str | None = None
        for column, value in enumerate(row, first_column):
            if type(value) is str:
                text = value.strip()
            elif value is None or value == "":
                left = None
                continue
            elif type(value) is float and value.is_integer():
                text = str(int(value))  # below 10**15 as General shows it, and -0 as 0
            else:
                text = cell_text(value, None)
            if not text:
                left = None
                continue
            head = heads.get(column)
            field = head or None if left is None else header_field(left, head)
            segments.append(
                Segment(text, {"sheet": title, "cell": _column_letter(column) + number}, field)
            )
            left = text
            if texts is not None:
                texts[column] = text
        if not segments:
            continue
        yield from segments
        if texts is not None and is_header_row(texts.values()):
            header = heads = {column: squash(text) for column, text in texts.items()}


def _calamine_plan(path: Path) -> bool | None:
    """None when calamine must not be used for this file, else whether the workbook uses the
    integer or text number formats."""
    with zipfile.ZipFile(path) as package:
        infos = package.infolist()
        sheets = sum(i.file_size for i in infos if i.filename.startswith("xl/worksheets/"))
        if sheets > CALAMINE_MAX_SHEET_BYTES:
            return None
        names = {i.filename for i in infos}
        styles = package.read("xl/styles.xml") if "xl/styles.xml" in names else b""
    return _INTEGER_FORMAT_IN_STYLES.search(styles) is not None


class XlsxExtractor(Extractor):
    """Every worksheet, one segment per non-empty cell, at ``{"sheet": name, "cell": "B3"}``.

    Formulas are read as their last computed value (``data_only``), as the user saw them.
    """

    format = "xlsx"
    extensions = (".xlsx", ".xlsm")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_XLSX)
        workbook = None
        try:
            integer_formats = _calamine_plan(path)
            if integer_formats is not None:
                from python_calamine import CalamineWorkbook

                workbook = CalamineWorkbook.from_path(str(path))
        except MemoryError:
            raise
        except Exception:
            log.debug("calamine cannot open %s; openpyxl will say why", path, exc_info=True)
        if workbook is None:
            yield from self._openpyxl(path, None)
            return
        try:
            try:
                # chart and dialog sheets hold no cells (openpyxl skips them too)
                names = [
                    meta.name
                    for meta in workbook.sheets_metadata
                    if str(meta.typ).rsplit(".", 1)[-1] == "WorkSheet"
                ]
            except MemoryError:
                raise
            except Exception:
                log.debug("calamine cannot list the sheets of %s", path, exc_info=True)
                names = None
            if names is None:
                yield from self._openpyxl(path, None)
                return
            for name in names:
                # a damaged sheet (bad XML, a missing part) is openpyxl's to read or to call
                # corrupt, as it was before calamine: never an exception out of the extractor
                sheet = self._calamine_sheet(workbook, name, path)
                if sheet is not None and _calamine_fits(sheet, bool(integer_formats)):
                    yield from _calamine_segments(sheet)
                else:
                    yield from self._openpyxl(path, name)
        finally:
            workbook.close()

    @staticmethod
    def _calamine_sheet(workbook: Any, name: str, path: Path) -> Any:
        """The sheet's cells loaded by calamine, or None when calamine cannot read it."""
        try:
            return workbook.get_sheet_by_name(name)
        except MemoryError:
            raise
        except Exception:
            log.debug("calamine cannot read a sheet of %s", path, exc_info=True)
            return None

    def _openpyxl(self, path: Path, only: str | None) -> Iterator[Segment]:
        """Every worksheet (or the one named ``only``), streamed by openpyxl's read-only mode."""
        from openpyxl import load_workbook

        with path.open("rb") as stream:
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
                    if only is None or sheet.title == only:
                        yield from _sheet_segments(sheet)
            finally:
                # read-only mode keeps the archive open until closed
                workbook.close()
