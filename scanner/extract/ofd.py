"""OFD (GB/T 33190-2016), the national fixed-layout format of e-invoices and official documents.

An OFD file is a zip: ``OFD.xml`` names each document's root (``DocBody/DocRoot``), a
``Document.xml`` lists its pages (``Pages/Page/@BaseLoc``), and each page's ``Content.xml`` holds
layers of ``TextObject`` elements whose ``TextCode`` children carry the text. Paths are resolved
inside the package as the standard says (absolute from its root, or relative to the file that
names them); a path that leads outside the package is refused, never followed.
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment, Unread
from .odf import MAX_XML_BYTES
from .ziputil import check_package

log = logging.getLogger(__name__)

NOT_OFD = "不是有效的 OFD 文件（文件已损坏或不是 OFD） / not a valid OFD file (corrupt or not OFD)"
OUTSIDE = (
    "OFD 中的路径指向文件包之外，已拒绝 / a path in the OFD points outside its package; refused"
)
PAGE_MISSING = "OFD 页面内容缺失或已损坏 / an OFD page's content is missing or damaged"
_NS = "http://www.ofdspec.org/2016"


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


class _Outside(Exception):
    pass


def resolve(base: str, location: str) -> str:
    """The package path of ``location`` named in the file ``base``; raises for an escape."""
    location = location.strip().replace("\\", "/")
    if not location or ":" in location:
        raise _Outside  # a drive letter or a URL is outside by definition
    if location.startswith("/"):
        joined = location.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(base), location)
    normal = posixpath.normpath(joined)
    if normal.startswith("../") or normal == ".." or normal.startswith("/"):
        raise _Outside
    return normal


class _Package:
    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package
        self.names = {info.filename.lstrip("/"): info for info in package.infolist()}

    def xml(self, name: str) -> Any:
        from defusedxml import ElementTree

        info = self.names.get(name)
        if info is None or info.file_size > MAX_XML_BYTES:
            return None
        try:
            return ElementTree.fromstring(self.package.read(info))
        except Exception:
            log.debug("cannot parse %s", name, exc_info=True)
            return None


def _children(element: Any, name: str) -> Iterator[Any]:
    for child in element.iter():
        if _local(child.tag) == name:
            yield child


def _page_text(content: Any) -> str:
    lines: list[str] = []
    for text_object in _children(content, "TextObject"):
        line = "".join(code.text or "" for code in _children(text_object, "TextCode"))
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


class OfdExtractor(Extractor):
    """The text of every page, one segment per page at ``{"page": n}`` (``document`` too when
    the package holds more than one), text objects one per line in drawing order."""

    format = "ofd"
    extensions = (".ofd",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with path.open("rb") as stream:
            check_package(stream, limits, NOT_OFD)
            try:
                package = _Package(zipfile.ZipFile(stream))
            except zipfile.BadZipFile:
                raise ExtractionError(NOT_OFD) from None
            root = package.xml("OFD.xml")
            if root is None or _local(root.tag) != "OFD":
                raise ExtractionError(NOT_OFD)
            doc_roots = [r.text or "" for r in _children(root, "DocRoot")]
            if not doc_roots:
                raise ExtractionError(NOT_OFD)
            for number, doc_root in enumerate(doc_roots, 1):
                base = {"document": number} if len(doc_roots) > 1 else {}
                try:
                    document_path = resolve("OFD.xml", doc_root)
                except _Outside:
                    raise ExtractionError(OUTSIDE) from None
                document = package.xml(document_path)
                if document is None:
                    raise ExtractionError(NOT_OFD)
                pages = [p.get("BaseLoc", "") for p in _children(document, "Page")]
                for page_number, location in enumerate(pages, 1):
                    where = {**base, "page": page_number}
                    try:
                        content = package.xml(resolve(document_path, location))
                    except _Outside:
                        yield Segment("", where, unread=Unread("error", OUTSIDE))
                        continue
                    if content is None:
                        yield Segment("", where, unread=Unread("error", PAGE_MISSING))
                        continue
                    text = _page_text(content)
                    if text:
                        yield Segment(text, where)
