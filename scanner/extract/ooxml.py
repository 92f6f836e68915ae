"""The other Office Open XML files: presentations (.pptx .pptm), Word and Excel templates and
macro-enabled files (.docm .dotx .dotm .xltx .xltm), and binary workbooks (.xlsb).

Word's siblings differ from a .docx only in the main part's content type, which python-docx
refuses; a copy with that one declaration changed is read by the .docx extractor, so they read
exactly like a .docx. Excel's siblings are read by the .xlsx extractor as they are.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .docx import DocxExtractor
from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment
from .ole import ENCRYPTED, OLE2_MAGIC, head, is_encrypted_ooxml
from .xls import column_letters
from .xlsx import XlsxExtractor, format_number
from .ziputil import check_package

log = logging.getLogger(__name__)

NOT_PPTX = (
    "不是有效的 .pptx 演示文稿（文件已损坏或不是 PowerPoint 文件） / "
    "not a valid .pptx (corrupt or not a PowerPoint presentation)"
)
NOT_XLSB = (
    "不是有效的 .xlsb 工作簿（文件已损坏或不是 Excel 文件） / "
    "not a valid .xlsb (corrupt or not an Excel workbook)"
)
NOT_WORD = (
    "不是有效的 Word 文档（文件已损坏或不是 Word 文档） / "
    "not a valid Word document (corrupt or not a Word document)"
)

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def refuse_ole(path: Path) -> None:
    """An OOXML name on an OLE2 file: encrypted, or a legacy file renamed."""
    if head(path) != OLE2_MAGIC:
        return
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            encrypted = is_encrypted_ooxml(ole)
    except Exception:
        encrypted = False
    if encrypted:
        raise ExtractionError(ENCRYPTED)
    raise ExtractionError(
        "这是改了扩展名的旧版 Office 文件，请改回原扩展名（.doc/.xls/.ppt） / "
        "a legacy Office file renamed; give it back its .doc/.xls/.ppt name"
    )


class WordSiblingExtractor(Extractor):
    """Word's siblings, through the .docx extractor."""

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        refuse_ole(path)
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_WORD)
        with tempfile.TemporaryDirectory(prefix="baomi-ooxml-") as work:
            copy = Path(work) / "document.docx"
            try:
                with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
                    for info in source.infolist():
                        if info.filename == "[Content_Types].xml":
                            types = source.read(info)
                            for main in _WORD_MAINS:
                                types = types.replace(main.encode(), _DOCX_MAIN.encode())
                            target.writestr(info, types)
                            continue
                        with source.open(info) as member, target.open(info, "w") as out:
                            shutil.copyfileobj(member, out, 1024 * 1024)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                raise ExtractionError(NOT_WORD) from None
            yield from DocxExtractor().extract(copy, limits)


class DotxExtractor(WordSiblingExtractor):
    format = "dotx"
    extensions = (".dotx", ".dotm")


class DocmExtractor(WordSiblingExtractor):
    format = "docm"
    extensions = (".docm",)


class XltxExtractor(XlsxExtractor):
    """Excel templates (.xltx .xltm): openpyxl reads them as workbooks."""

    format = "xltx"
    extensions = (".xltx", ".xltm")


def _frame_text(frame: Any) -> str:
    return "\n".join(p.text for p in frame.paragraphs).strip()


def _shapes(shapes: Any, slide: int) -> Iterator[Segment]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for number, shape in enumerate(shapes, 1):
        base: dict[str, Any] = {"slide": slide, "shape": number}
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            for segment in _shapes(shape.shapes, slide):
                segment.location = {
                    **base,
                    **segment.location,
                    "shape": f"{number}.{segment.location['shape']}",
                }
                yield segment
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            yield from _table(shape.table, base)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = _frame_text(shape.text_frame)
            if text:
                yield Segment(text, base)


def _table(table: Any, base: dict[str, Any]) -> Iterator[Segment]:
    header: dict[int, str] | None = None
    for r, row in enumerate(table.rows, 1):
        texts = {c: t for c, cell in enumerate(row.cells, 1) if (t := _frame_text(cell.text_frame))}
        for c, text in texts.items():
            column_header = header.get(c) if header is not None else None
            location = {**base, "table": 1, "row": r, "col": c}
            yield Segment(text, location, cell_field(texts.get(c - 1), column_header))
        if header is None and is_header_row(texts.values()):
            header = {c: squash(t) for c, t in texts.items()}


class PptxExtractor(Extractor):
    """Every slide's shapes (text, tables, groups) at ``{"slide": n, "shape": k}``, then its
    notes (``"part": "notes"``)."""

    format = "pptx"
    extensions = (".pptx", ".pptm")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        from pptx import Presentation

        refuse_ole(path)
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_PPTX)
            try:
                deck = Presentation(stream)
            except Exception:
                log.debug("python-pptx cannot open %s", path, exc_info=True)
                raise ExtractionError(NOT_PPTX) from None
        for number, slide in enumerate(deck.slides, 1):
            yield from _shapes(slide.shapes, number)
            if slide.has_notes_slide:
                text = (
                    _frame_text(slide.notes_slide.notes_text_frame)
                    if slide.notes_slide.notes_text_frame
                    else ""
                )
                if text:
                    yield Segment(text, {"part": "notes", "slide": number})


def _xlsb_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format_number(value, None)
    return str(value).strip()


class XlsbExtractor(Extractor):
    """Binary workbooks (.xlsb) with pyxlsb, streamed, at ``{"sheet": name, "cell": "B3"}``.

    pyxlsb does not read number formats: a date shows as Excel's serial number.
    """

    format = "xlsb"
    extensions = (".xlsb",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        from pyxlsb import open_workbook

        refuse_ole(path)
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_XLSB)
        try:
            workbook = open_workbook(str(path))
        except Exception:
            log.debug("pyxlsb cannot open %s", path, exc_info=True)
            raise ExtractionError(NOT_XLSB) from None
        with workbook:
            for name in workbook.sheets:
                with workbook.get_sheet(name) as sheet:
                    header: dict[int, str] | None = None
                    for row in sheet.rows(sparse=True):
                        texts = {cell.c: t for cell in row if (t := _xlsb_text(cell.v))}
                        if not texts:
                            continue
                        # pyxlsb gives None for a number cut off in a damaged record
                        if row[0].r is None or None in texts:
                            raise ExtractionError(NOT_XLSB)
                        number = row[0].r + 1
                        for c, text in texts.items():
                            column_header = header.get(c) if header is not None else None
                            location = {"sheet": name, "cell": f"{column_letters(c)}{number}"}
                            yield Segment(
                                text, location, cell_field(texts.get(c - 1), column_header)
                            )
                        if header is None and is_header_row(texts.values()):
                            header = {c: squash(t) for c, t in texts.items()}
