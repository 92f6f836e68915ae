"""Word documents (.docx) as a tree: what one paragraph or table row says, and the python-docx
reader of a whole document.

The text is read from the XML, because python-docx's convenience views miss what matters here:
content controls (``w:sdt``, common in hospital form templates), tracked insertions, text boxes,
and merged cells, which ``row.cells`` repeats once per spanned grid column. The functions take
plain lxml elements, so the streaming reader (:mod:`scanner.extract.docx`) hands them one
paragraph or table row at a time and gets exactly the text and locations the whole-tree reader
gets. :func:`read_with_python_docx` is that whole-tree reader: the reference the streaming one is
tested against (``tests/extract/test_docx_stream.py``).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree

from .fields import cell_field, is_header_row
from .interface import DEFAULT_LIMITS, ExtractionError, Limits, Segment
from .ziputil import check_package

log = logging.getLogger(__name__)

NOT_DOCX = (
    "不是有效的 .docx 文件（文件已损坏或不是 Word 文档） / "
    "not a valid .docx (corrupt or not a Word document)"
)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC = _w("p"), _w("tbl"), _w("tr"), _w("tc")
T, TAB, BR, CR = _w("t"), _w("tab"), _w("br"), _w("cr")
TXBX = _w("txbxContent")
_TRPR, _TCPR = _w("trPr"), _w("tcPr")
_GRID_BEFORE, _GRID_SPAN, _VMERGE, _VAL = _w("gridBefore"), _w("gridSpan"), _w("vMerge"), _w("val")
#: Word allows 63 columns; a span of a billion is a hostile file that would take each column in
#: turn (the python-docx reader spent minutes and gigabytes on one)
MAX_GRID_SPAN = 1000
FALLBACK = f"{{{_MC}}}Fallback"
# wrappers whose children belong to the enclosing container (content controls, custom XML)
_TRANSPARENT = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml")})
# a text box appears twice (DrawingML choice and VML fallback); the fallback copy is skipped
_NOT_RUN_TEXT = frozenset({TXBX, FALLBACK})
_IN_FALLBACK = etree.XPath("ancestor::mc:Fallback", namespaces={"mc": _MC})

HEADERS_FOOTERS = (
    ("header", "default", "header"),
    ("header", "first", "first_page_header"),
    ("header", "even", "even_page_header"),
    ("footer", "default", "footer"),
    ("footer", "first", "first_page_footer"),
    ("footer", "even", "even_page_footer"),
)


def _children(container: Any, tags: frozenset[str]) -> Iterator[Any]:
    """Children of ``container`` with one of ``tags``, looking through content-control wrappers."""
    for child in container.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _children(child, tags)


_BLOCKS = frozenset({P, TBL})


_RUN_TEXT = {TAB: "\t", BR: "\n", CR: "\n"}


def paragraph_text(paragraph: Any) -> str:
    """The text a reader sees in one ``w:p``, tabs and line breaks included, text boxes not."""
    # Most paragraphs hold no text box and no markup inside a w:t: then the text is their
    # w:t, w:tab, w:br and w:cr in document order, found by lxml without a Python recursion
    if next(paragraph.iter(*_NOT_RUN_TEXT), None) is None:
        parts: list[str] = []
        for element in paragraph.iter(T, TAB, BR, CR):
            if len(element):
                break
            parts.append(element.text or "" if element.tag == T else _RUN_TEXT[element.tag])
        else:
            return "".join(parts)
    parts = []

    def visit(element: Any) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == T:
                parts.append(child.text or "")
            elif tag == TAB:
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag not in _NOT_RUN_TEXT:
                visit(child)

    visit(paragraph)
    return "".join(parts)


def _textbox_text(textbox: Any) -> str:
    return "\n".join(paragraph_text(p) for p in textbox.iter(P)).strip()


def textboxes(paragraph: Any, location: dict[str, Any]) -> Iterator[Segment]:
    """Text boxes anchored in ``paragraph``, one segment each, at the paragraph's location."""
    number = 0
    for textbox in paragraph.iter(TXBX):
        if _IN_FALLBACK(textbox):
            continue
        number += 1
        text = _textbox_text(textbox)
        if text:
            yield Segment(text, {**location, "textbox": number})


def part_segments(container: Any, base: dict[str, Any]) -> Iterator[Segment]:
    """Paragraphs and tables of a body, header or footer, in document order."""
    paragraph_number = table_number = 0
    for block in _children(container, _BLOCKS):
        if block.tag == P:
            paragraph_number += 1
            location = {**base, "paragraph": paragraph_number}
            text = paragraph_text(block)
            if text.strip():
                yield Segment(text, location)
            yield from textboxes(block, location)
        else:
            table_number += 1
            yield from _table_segments(block, base, table_number)


def _decimal(parent: Any, tag: str) -> int | None:
    """``parent/tag/@w:val`` as python-docx reads a ``CT_DecimalNumber``: the first such child,
    its required ``w:val`` through ``int()``."""
    child = parent.find(tag)
    if child is None:
        return None
    value = child.get(_VAL)
    if value is None:
        # Imported here: python-docx costs ~80 ms to import, and a scan of no docx needs none.
        from docx.oxml.exceptions import InvalidXmlError

        raise InvalidXmlError(f"required 'w:val' attribute not present on element {child.tag}")
    return int(value)


def _grid_before(row: Any) -> int:
    """Empty grid columns at the start of a row (``w:gridBefore``), so columns line up."""
    properties = row.find(_TRPR)
    if properties is None:
        return 0
    return _decimal(properties, _GRID_BEFORE) or 0


def _grid_span(cell: Any) -> int:
    """Grid columns a cell spans (``w:gridSpan``), at least 1 and at most MAX_GRID_SPAN."""
    properties = cell.find(_TCPR)
    span = None if properties is None else _decimal(properties, _GRID_SPAN)
    return min(max(span or 1, 1), MAX_GRID_SPAN)


def _v_merge(cell: Any) -> str | None:
    """``w:vMerge/@w:val`` as python-docx reads it: None without the element, "continue" when
    the element has no value."""
    properties = cell.find(_TCPR)
    merge = None if properties is None else properties.find(_VMERGE)
    if merge is None:
        return None
    value = merge.get(_VAL)
    return "continue" if value is None else str(value)


class TableRows:
    """One table read row by row: one segment per cell that has text, then the tables nested in
    it.

    Each ``w:tc`` is visited once: a horizontally merged cell is one element spanning several grid
    columns, and the lower parts of a vertically merged cell (``vMerge="continue"``) are empty
    placeholders, skipped here but still shown as the merged text to their right-hand neighbour.
    The column headers and the row above are carried from row to row, so a reader that holds one
    row at a time (the streaming reader) gets what a reader of the whole table gets.
    """

    def __init__(self, base: dict[str, Any], label: int | str) -> None:
        self.base = base
        self.label = label
        self.header: dict[int, str] = {}
        self.header_row = 0
        self.above: dict[int, str] = {}
        self.nested_number = 0
        self.row_number = 0

    def row(self, row: Any) -> Iterator[Segment]:
        self.row_number += 1
        row_number, header, header_row = self.row_number, self.header, self.header_row
        row_text: dict[int, str] = {}
        col = _grid_before(row)
        for cell in _children(row, frozenset({TC})):
            span = _grid_span(cell)
            columns = range(col, col + span)
            if _v_merge(cell) == "continue":
                row_text.update((c, self.above.get(c, "")) for c in columns)
                col += span
                continue
            texts: list[str] = []
            nested: list[Any] = []
            boxes: list[Segment] = []
            location = {**self.base, "table": self.label, "row": row_number, "col": col + 1}
            for block in _children(cell, _BLOCKS):
                if block.tag == P:
                    texts.append(paragraph_text(block))
                    boxes.extend(textboxes(block, location))
                else:
                    nested.append(block)
            text = "\n".join(texts).strip()
            row_text.update((c, text) for c in columns)
            if text:
                column_header = header.get(col) if header_row and row_number > header_row else None
                yield Segment(text, location, cell_field(row_text.get(col - 1), column_header))
            yield from boxes
            for inner in nested:
                self.nested_number += 1
                yield from _table_segments(inner, self.base, f"{self.label}.{self.nested_number}")
            col += span
        if not header_row and is_header_row(row_text.values()):
            self.header, self.header_row = row_text, row_number
        self.above = row_text


def _table_segments(table: Any, base: dict[str, Any], label: int | str) -> Iterator[Segment]:
    rows = TableRows(base, label)
    for row in _children(table, frozenset({TR})):
        yield from rows.row(row)


_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties"/>'
)
# how far into a part a DOCTYPE is looked for: it must precede the root element
_PROLOG_BYTES = 64 * 1024


def _without_dtd_properties(stream: BinaryIO) -> BinaryIO:
    """``stream``, or an in-memory copy whose document-property parts that carry a DOCTYPE are
    replaced by empty ones.

    OOXML never uses DTDs; a DOCTYPE in docProps/ is an entity bomb (billion laughs) or an
    attempt to make the document unreadable, and so unprotectable. Its properties are dropped
    (never expanded), the body is still read.
    """
    with zipfile.ZipFile(stream) as package:
        hostile = set()
        for item in package.infolist():
            if item.filename.startswith("docProps/") and item.filename.endswith(".xml"):
                with package.open(item) as member:
                    if b"<!DOCTYPE" in member.read(_PROLOG_BYTES).upper():
                        hostile.add(item.filename)
        stream.seek(0)
        if not hostile:
            return stream
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
            for item in package.infolist():
                data = _EMPTY_CORE if item.filename in hostile else package.read(item)
                out.writestr(item, data)
    copy.seek(0)
    return copy


def read_with_python_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
    """Body paragraphs and tables (nested too), then each section's own headers and footers, from
    the whole document as python-docx builds it (a tree of every part in memory).

    A header "linked to previous" is the previous section's, so it is reported once, under the
    section that defines it. First-page and even-page headers are read whenever they exist, even
    if the document does not currently show them: they are still in the file that leaves the
    building.
    """
    import docx

    with path.open("rb") as stream:
        check_package(stream, limits, NOT_DOCX)
        try:
            document = docx.Document(_without_dtd_properties(stream))
        except MemoryError:  # the worker's memory ceiling, not a broken file
            raise
        except Exception:
            # python-docx reports a non-Word package in many ways (KeyError, ValueError,
            # PackageNotFoundError, lxml syntax errors); to a clerk they are all one thing
            log.debug("python-docx cannot open %s", path, exc_info=True)
            raise ExtractionError(NOT_DOCX) from None
    # a damaged package can hand python-docx a main part whose root is not w:document, or a
    # header part of another content type: plain lxml elements and parts without .body/.element
    body = getattr(document.element, "body", None)
    if body is None:
        raise ExtractionError(NOT_DOCX)
    yield from part_segments(body, {"part": "body"})
    for section_number, section in enumerate(document.sections, 1):
        for part, kind, attribute in HEADERS_FOOTERS:
            header_footer = getattr(section, attribute)
            if header_footer.is_linked_to_previous:
                continue
            element = getattr(header_footer.part, "element", None)
            if element is None:
                raise ExtractionError(NOT_DOCX)
            base = {"part": part, "section": section_number, "kind": kind}
            yield from part_segments(element, base)
