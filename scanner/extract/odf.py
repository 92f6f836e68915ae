"""OpenDocument files (.odt .ods .odp, as LibreOffice and WPS write them): a zip of XML.

``content.xml`` holds the text, tables, sheets and slides; ``styles.xml`` the page headers and
footers of the master pages. The XML is parsed with defusedxml, which refuses entity tricks
(billion laughs, external entities) instead of expanding them.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, FileSkipped, Limits, MiB, Segment
from .ooxml import refuse_ole
from .xls import column_letters
from .ziputil import check_package

log = logging.getLogger(__name__)

NOT_ODF = (
    "不是有效的 OpenDocument 文件（文件已损坏或不是 .odt/.ods/.odp） / "
    "not a valid OpenDocument file (corrupt or not .odt/.ods/.odp)"
)
#: an XML part is parsed whole; a larger one is refused rather than exhausting memory
MAX_XML_BYTES = 128 * MiB

_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _q(prefix: str, tag: str) -> str:
    return f"{{{_NS[prefix]}}}{tag}"


P, H = _q("text", "p"), _q("text", "h")
SPACE, TAB, BREAK = _q("text", "s"), _q("text", "tab"), _q("text", "line-break")
TABLE, ROW, CELL = _q("table", "table"), _q("table", "table-row"), _q("table", "table-cell")
COVERED = _q("table", "covered-table-cell")
PAGE = _q("draw", "page")
NAME = _q("table", "name")
ROWS_REPEATED = _q("table", "number-rows-repeated")
COLS_REPEATED = _q("table", "number-columns-repeated")
_SKIP = frozenset({_q("office", "annotation-end"), _q("text", "tracked-changes")})


def text_of(element: Any) -> str:
    """What a reader sees in a paragraph: spans, links, spaces (``text:s c=3``), tabs, breaks."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == SPACE:
            parts.append(" " * int(child.get(_q("text", "c"), "1") or 1))
        elif child.tag == TAB:
            parts.append("\t")
        elif child.tag == BREAK:
            parts.append("\n")
        elif child.tag in (P, H):
            parts.append("\n" + text_of(child))
        elif child.tag not in _SKIP:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _repeat(element: Any, attribute: str) -> int:
    try:
        return max(int(element.get(attribute, "1")), 1)
    except ValueError:
        return 1


def _table(table: Any, base: dict[str, Any], sheet: bool) -> Iterator[Segment]:
    header: dict[int, str] | None = None
    row_number = 0
    for row in table.iter(ROW):
        texts: dict[int, str] = {}
        col = 0
        for cell in row:
            if cell.tag not in (CELL, COVERED):
                continue
            col += 1
            text = "\n".join(text_of(p) for p in cell if p.tag in (P, H)).strip()
            if text:
                texts[col] = text
            col += _repeat(cell, COLS_REPEATED) - 1
        row_number += 1
        for c, text in texts.items():
            column_header = header.get(c) if header is not None else None
            if sheet:
                location = {**base, "cell": f"{column_letters(c - 1)}{row_number}"}
            else:
                location = {**base, "row": row_number, "col": c}
            yield Segment(text, location, cell_field(texts.get(c - 1), column_header))
        if texts and header is None and is_header_row(texts.values()):
            header = {c: squash(t) for c, t in texts.items()}
        row_number += _repeat(row, ROWS_REPEATED) - 1


class _Body:
    def __init__(self) -> None:
        self.paragraph = 0
        self.table = 0

    def walk(self, element: Any, base: dict[str, Any]) -> Iterator[Segment]:
        for child in element:
            if child.tag in (P, H):
                self.paragraph += 1
                text = text_of(child)
                if text.strip():
                    yield Segment(text, {**base, "paragraph": self.paragraph})
            elif child.tag == TABLE:
                self.table += 1
                yield from _table(child, {**base, "table": self.table}, sheet=False)
            else:
                yield from self.walk(child, base)


def _parse(package: zipfile.ZipFile, name: str) -> Any:
    from defusedxml import ElementTree

    try:
        info = package.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_XML_BYTES:
        raise FileSkipped(
            f"{name} 过大（{info.file_size // MiB} MiB），未扫描 / {name} too large "
            f"({info.file_size // MiB} MiB); not scanned"
        )
    try:
        return ElementTree.fromstring(package.read(info))
    except Exception:
        log.debug("cannot parse %s", name, exc_info=True)
        raise ExtractionError(NOT_ODF) from None


class _OdfExtractor(Extractor):
    """Text documents at ``paragraph`` / ``table``+``row``+``col``; sheets at ``sheet`` /
    ``cell``; presentations at ``slide``; page headers and footers at ``part``."""

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        refuse_ole(path)
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_ODF)
            try:
                package = zipfile.ZipFile(stream)
            except zipfile.BadZipFile:
                raise ExtractionError(NOT_ODF) from None
            with package:
                content = _parse(package, "content.xml")
                if content is None:
                    raise ExtractionError(NOT_ODF)
                styles = _parse(package, "styles.xml")
        body = content.find(_q("office", "body"))
        if body is None:
            raise ExtractionError(NOT_ODF)
        for kind in body:
            if kind.tag == _q("office", "spreadsheet"):
                for sheet in kind.iter(TABLE):
                    yield from _table(sheet, {"sheet": sheet.get(NAME, "")}, sheet=True)
            elif kind.tag == _q("office", "presentation"):
                for number, page in enumerate(kind.iter(PAGE), 1):
                    yield from _Body().walk(page, {"slide": number})
            else:
                yield from _Body().walk(kind, {"part": "body"})
        if styles is not None:
            for part in ("header", "footer"):
                for number, element in enumerate(styles.iter(_q("style", part)), 1):
                    yield from _Body().walk(element, {"part": part, "section": number})


class OdtExtractor(_OdfExtractor):
    format = "odt"
    extensions = (".odt", ".ott")


class OdsExtractor(_OdfExtractor):
    format = "ods"
    extensions = (".ods", ".ots")


class OdpExtractor(_OdfExtractor):
    format = "odp"
    extensions = (".odp", ".otp")
