"""Write real documents for tests and benchmarks.

Extractors, labelers and the benchmark corpus must be exercised on files made by the same
libraries real offices produce them with (python-docx, reportlab, openpyxl), not on hand-written
XML, so that a change in those libraries shows up here first. Every helper writes to ``path``,
creates missing parent folders and returns the path.

Imported from tests and from ``benchmarks/`` scripts (``sys.path.insert(0, repo_root)`` then
``from tests.docmaker import make_docx``), so it depends only on the test extras of pyproject.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["make_docx", "make_image_pdf", "make_pdf", "make_text", "make_xlsx"]

Table = Sequence[Sequence[str]]

# reportlab's built-in Adobe CID font: it ships inside reportlab (no font file, no apt package)
# and pypdf's extract_text() gives back the same Chinese, because reportlab writes a ToUnicode
# map (UniGB-UCS2-H). Checked by tests/extract/test_extract_pdf.py.
CJK_FONT = "STSong-Light"
PDF_FONT_SIZE = 11.0
PDF_MARGIN = 56.0  # points, about 2 cm
PDF_LEADING = 1.4  # line height as a multiple of the font size


def _prepare(path: os.PathLike[str] | str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _fill_table(table: Any, rows: Table) -> None:
    """Write ``rows`` into a python-docx table that already has the right shape."""
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = str(text)


def _shape(rows: Table) -> tuple[int, int]:
    return len(rows), max((len(row) for row in rows), default=0)


def make_docx(
    path: os.PathLike[str] | str,
    paragraphs: Iterable[str] = (),
    tables: Iterable[Table] = (),
    header: str | None = None,
    footer: str | None = None,
    first_page_header: str | None = None,
    nested_table: tuple[int, int, int, Table] | None = None,
) -> Path:
    """Write a Word document: paragraphs first, then tables, in that order.

    ``tables`` is a list of tables, each a list of rows of cell texts (ragged rows are padded with
    empty cells). ``nested_table=(table_index, row, col, rows)`` puts a table inside that cell of
    ``tables[table_index]`` (0-based), as forms copied from templates often have.
    ``first_page_header`` turns on "different first page" for the first section.
    """
    import docx

    target = _prepare(path)
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    made = []
    for rows in tables:
        n_rows, n_cols = _shape(rows)
        table = document.add_table(rows=n_rows, cols=max(n_cols, 1))
        _fill_table(table, rows)
        made.append(table)
    if nested_table is not None:
        index, row, col, rows = nested_table
        cell = made[index].cell(row, col)
        n_rows, n_cols = _shape(rows)
        _fill_table(cell.add_table(rows=n_rows, cols=max(n_cols, 1)), rows)
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    if first_page_header is not None:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page_header
    document.save(str(target))
    return target


def _register_cjk_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def _wrap(line: str, width: float) -> list[str]:
    """Cut ``line`` into pieces no wider than ``width`` points.

    Chinese has no spaces to break at, so this breaks between any two characters; good enough for
    test documents, where only the extracted text matters.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces: list[str] = []
    current = ""
    for char in line:
        if current and stringWidth(current + char, CJK_FONT, PDF_FONT_SIZE) > width:
            pieces.append(current)
            current = ""
        current += char
    pieces.append(current)
    return pieces


def make_pdf(
    path: os.PathLike[str] | str, pages: Sequence[str], password: str | None = None
) -> Path:
    """Write a PDF with a real text layer, one string per page (``"\\n"`` separates lines).

    Long lines are wrapped to the page width; a page that overflows continues on no new page (the
    text is clipped), so keep pages to about 50 lines. ``password`` encrypts the file with that
    user password; ``password=""`` gives the common "encrypted, but opens without a password"
    PDF (owner password set, user password empty).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    target = _prepare(path)
    _register_cjk_font()
    encrypt = None
    if password is not None:
        encrypt = StandardEncryption(password, ownerPassword="baomi-test-owner", strength=128)
    page_width, page_height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4, encrypt=encrypt)
    leading = PDF_FONT_SIZE * PDF_LEADING
    for page_text in pages:
        pdf.setFont(CJK_FONT, PDF_FONT_SIZE)
        y = page_height - PDF_MARGIN
        for line in page_text.split("\n"):
            for piece in _wrap(line, page_width - 2 * PDF_MARGIN):
                pdf.drawString(PDF_MARGIN, y, piece)
                y -= leading
        pdf.showPage()
    pdf.save()
    return target


def make_image_pdf(path: os.PathLike[str] | str) -> Path:
    """Write a one-page PDF with no text layer at all, like a scan: only a drawn rectangle."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    target = _prepare(path)
    pdf = canvas.Canvas(str(target), pagesize=A4)
    pdf.setFillGray(0.6)
    pdf.rect(PDF_MARGIN, PDF_MARGIN, 300, 400, stroke=1, fill=1)
    pdf.showPage()
    pdf.save()
    return target


def make_xlsx(
    path: os.PathLike[str] | str,
    sheets: Mapping[str, Sequence[Sequence[object]]],
    number_formats: Mapping[str, str] | None = None,
) -> Path:
    """Write a workbook: ``{sheet name: rows}``, cells as Python values (str, int, float, date...).

    ``number_formats`` maps a cell to an Excel number format: ``{"B3": "0"}`` applies to B3 of
    every sheet, ``{"名单!B3": "@"}`` to one sheet. ``None`` cells stay empty.
    """
    from openpyxl import Workbook

    target = _prepare(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(title=name)
        for row in rows:
            sheet.append(list(row))
    for ref, fmt in (number_formats or {}).items():
        sheet_name, _, cell = ref.rpartition("!")
        for sheet in workbook.worksheets:
            if not sheet_name or sheet.title == sheet_name:
                sheet[cell].number_format = fmt
    workbook.save(str(target))
    return target


# codecs whose encoder always writes a byte-order mark by itself
_SELF_MARKING = {"utf-16", "utf-32"}


def make_text(
    path: os.PathLike[str] | str, text: str, encoding: str = "utf-8", bom: bool = False
) -> Path:
    """Write ``text`` in ``encoding``, byte for byte (newlines are not translated).

    ``bom=True`` puts the encoding's byte-order mark first ("utf-8" → EF BB BF, "utf-16-le" →
    FF FE, "utf-16-be" → FE FF). Note that plain "utf-16" / "utf-32" always write a BOM (in the
    machine's byte order), whatever ``bom`` says; name the byte order to control it.
    """
    target = _prepare(path)
    codec = codecs.lookup(encoding).name
    prefix = "\ufeff" if bom and codec not in _SELF_MARKING else ""
    target.write_bytes((prefix + text).encode(encoding))
    return target


def make_table_pdf(
    path: os.PathLike[str] | str,
    pages: Sequence[Sequence[Sequence[str]]],
    columns: Sequence[float],
    title: str | None = None,
) -> Path:
    """Write a PDF whose tables are drawn one cell at a time, as report generators do.

    ``pages`` is a list of pages, each a list of rows of cell texts; cell ``i`` of a row is drawn
    at ``columns[i]`` points from the left (an empty cell draws nothing). ``title`` opens every
    page as one line. pypdf's plain text of such a page gives one cell per line.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    target = _prepare(path)
    _register_cjk_font()
    _page_width, page_height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4)
    leading = PDF_FONT_SIZE * PDF_LEADING * 1.5
    for rows in pages:
        pdf.setFont(CJK_FONT, PDF_FONT_SIZE)
        y = page_height - PDF_MARGIN
        if title:
            pdf.drawString(PDF_MARGIN, y, title)
            y -= leading
        for row in rows:
            for x, cell in zip(columns, row, strict=False):
                if cell:
                    pdf.drawString(x, y, cell)
            y -= leading
        pdf.showPage()
    pdf.save()
    return target
