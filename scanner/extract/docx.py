"""Word documents (.docx), read by streaming.

The main part, the headers and the footers are read through a pull parser a chunk at a time,
straight from the zip member's stream; a paragraph or a table row is handed to the tree functions
of :mod:`scanner.extract.docxtree` when it is complete and dropped right after, so memory follows
the largest paragraph or table row, not the document (a 30 MB ``document.xml`` as a python-docx
tree took gigabytes). The text and the locations are those of the python-docx reader
(:func:`~scanner.extract.docxtree.read_with_python_docx`, the reference it is tested against on
every test document and the public corpora, ``tests/extract/test_docx_stream.py``).

The parser resolves no entity, loads no DTD and fetches nothing; expanded XML is counted as it
comes out of the zip stream, whatever the member declares, against the per-part and per-file XML
limits; and the reader's own time is counted against ``Limits.docx_file_seconds``: past it, what
was read is kept and the rest is recorded as not read.

The package (content types, relationships) is resolved with python-docx's own OPC reader, so a
file is found "not a Word document" as python-docx finds it, without loading the parts that hold
no text (styles, images, properties): a damaged picture or a hostile ``docProps/core.xml`` does
not make the text unreadable.
"""

from __future__ import annotations

import logging
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from . import docxtree
from .docxtree import HEADERS_FOOTERS, NOT_DOCX, TBL, TR, P, TableRows, _w
from .interface import (
    DEFAULT_LIMITS,
    ExtractionError,
    Extractor,
    FileSkipped,
    Limits,
    Segment,
    Unread,
)
from .ziputil import check_package, expanded_too_large

log = logging.getLogger(__name__)

#: bytes fed to the parser at a time
CHUNK = 64 * 1024

_DOCUMENT, _BODY, _SECT_PR, _P_PR = _w("document"), _w("body"), _w("sectPr"), _w("pPr")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TYPE = _w("type")
_TRANSPARENT = docxtree._TRANSPARENT

# what an element is to the reader, decided when it opens from what its parent is
(
    _ROOT,  # the part's root element
    _CONTAINER,  # the story: the first w:body, or a header's or footer's root
    _OTHER_BODY,  # a further w:body: its sections count, its text is not read (as python-docx)
    _WRAPPER,  # a content control or custom XML between the story and its blocks
    _BLOCK_P,  # a paragraph of the story: kept whole until it closes, then read and dropped
    _TABLE,  # a table of the story: read row by row
    _TABLE_WRAPPER,  # a content control between a table and its rows
    _ROW,  # a row of a story table: kept whole until it closes, then read and dropped
    _SECTION_P,  # a paragraph of a further body, kept for its section properties
    _SECTION,  # a w:sectPr child of a body
    _KEEP,  # inside a paragraph or row being kept
    _SKIP,  # anything else: dropped as soon as it closes
) = range(12)


def _too_slow(seconds: float) -> str:
    return (
        f"读取此文件已超过 {seconds:g} 秒，其余部分未读取 / "
        f"reading the file took over {seconds:g} s; the rest was not read"
    )


class _TooSlow(Exception):
    """The reader's own time for this file is spent."""


class _Sections:
    """The header and footer references of each section, in document order, as python-docx's
    ``Document.sections`` finds them (``w:body/w:p/w:pPr/w:sectPr | w:body/w:sectPr``)."""

    def __init__(self) -> None:
        # per section: (part, kind) -> the reference's r:id (None when the attribute is missing)
        self.references: list[dict[tuple[str, str], str | None]] = []

    def add(self, sect_pr: Any) -> None:
        found: dict[tuple[str, str], str | None] = {}
        for part, kind, _attribute in HEADERS_FOOTERS:
            for reference in sect_pr.iterchildren(_w(f"{part}Reference")):
                if reference.get(_TYPE) == kind:
                    found[(part, kind)] = reference.get(_R_ID)
                    break
        self.references.append(found)

    def add_from_paragraph(self, paragraph: Any) -> None:
        for properties in paragraph.iterchildren(_P_PR):
            for sect_pr in properties.iterchildren(_SECT_PR):
                self.add(sect_pr)


class _Story:
    """The events of one part turned into segments: which element is what, the paragraph and
    table counters of ``docxtree.part_segments``, and the table being read."""

    def __init__(self, base: dict[str, Any], sections: _Sections | None) -> None:
        self.base = base
        self.sections = sections  # None for a header or footer: its section properties are not
        self.roles: list[int] = []
        self.paragraph_number = 0
        self.table_number = 0
        self.table: TableRows | None = None
        self.bodies = 0

    def _role(self, tag: Any) -> int:
        parent = self.roles[-1] if self.roles else None
        if parent is None:
            if self.sections is None:
                return _CONTAINER
            if tag != _DOCUMENT:
                raise ExtractionError(NOT_DOCX)
            return _ROOT
        if parent == _ROOT:
            if tag != _BODY:
                return _SKIP
            self.bodies += 1
            return _CONTAINER if self.bodies == 1 else _OTHER_BODY
        if parent in (_CONTAINER, _WRAPPER):
            if tag == P:
                return _BLOCK_P
            if tag == TBL:
                return _TABLE
            if tag in _TRANSPARENT:
                return _WRAPPER
            if parent == _CONTAINER and tag == _SECT_PR and self.sections is not None:
                return _SECTION
            return _SKIP
        if parent == _OTHER_BODY:
            return _SECTION_P if tag == P else _SECTION if tag == _SECT_PR else _SKIP
        if parent in (_TABLE, _TABLE_WRAPPER):
            return _ROW if tag == TR else _TABLE_WRAPPER if tag in _TRANSPARENT else _SKIP
        if parent == _SKIP:
            return _SKIP
        return _KEEP

    def start(self, element: Any) -> None:
        role = self._role(element.tag)
        if role == _TABLE:
            self.table_number += 1
            self.table = TableRows(self.base, self.table_number)
        self.roles.append(role)

    def end(self, element: Any, out: list[Segment]) -> None:
        role = self.roles.pop()
        if role == _KEEP:
            return
        if role == _BLOCK_P:
            self.paragraph_number += 1
            location = {**self.base, "paragraph": self.paragraph_number}
            text = docxtree.paragraph_text(element)
            if text.strip():
                out.append(Segment(text, location))
            out.extend(docxtree.textboxes(element, location))
            if self.sections is not None and self.roles[-1] == _CONTAINER:
                self.sections.add_from_paragraph(element)
        elif role == _ROW:
            assert self.table is not None
            out.extend(self.table.row(element))
        elif role == _SECTION_P:
            assert self.sections is not None
            self.sections.add_from_paragraph(element)
        elif role == _SECTION:
            assert self.sections is not None
            self.sections.add(element)
        # done with it and with everything before it in its parent: free them
        element.clear()
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]

    def finish(self) -> None:
        if self.sections is not None and self.bodies == 0:
            raise ExtractionError(NOT_DOCX)


class _Reader:
    """One package: its parts by name, the expanded bytes read so far and the reader's time."""

    def __init__(self, package: zipfile.ZipFile, limits: Limits) -> None:
        from docx.opc.pkgreader import _ContentTypeMap

        self.package = package
        self.limits = limits
        self.total = 0
        self.spent = 0.0
        self.content_types = _ContentTypeMap.from_xml(self.blob("[Content_Types].xml"))

    def _count(self, part_bytes: int, added: int) -> None:
        """Count ``added`` expanded bytes of a part that has given ``part_bytes`` so far."""
        self.total += added
        if part_bytes > self.limits.max_xml_part_bytes:
            raise expanded_too_large(part_bytes, self.limits.max_xml_part_bytes)
        if self.total > self.limits.max_xml_total_bytes:
            raise expanded_too_large(self.total, self.limits.max_xml_total_bytes)

    def blob(self, member: str) -> bytes:
        """A small part whole (content types, relationships), counted like the others."""
        with self.package.open(member) as stream:
            data = stream.read(self.limits.max_xml_part_bytes + 1)
        self._count(len(data), len(data))
        return data

    def relationships(self, partname: Any) -> list[Any]:
        from docx.opc.pkgreader import _SerializedRelationships

        try:
            xml: bytes | None = self.blob(partname.rels_uri.membername)
        except KeyError:
            xml = None
        return list(_SerializedRelationships.load_from_xml(partname.baseURI, xml))

    def events(self, member: str) -> Iterator[tuple[str, Any]]:
        """The start and end events of one XML part, read a chunk at a time."""
        # python-docx's parser settings (docx.oxml.parser), so text and whitespace come out alike
        parser = etree.XMLPullParser(
            events=("start", "end"),
            remove_blank_text=True,
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
        )
        size = 0
        with self.package.open(member) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                self._count(size, len(chunk))
                parser.feed(chunk)
                yield from parser.read_events()
            parser.close()
            yield from parser.read_events()

    def story(self, member: str, story: _Story) -> Iterator[list[Segment]]:
        """The segments of one part, a chunk's worth at a time; the reader's time is what it
        spends between being resumed and handing over a batch."""
        out: list[Segment] = []
        resumed = time.monotonic()
        for count, (event, element) in enumerate(self.events(member)):
            if event == "start":
                story.start(element)
                continue
            story.end(element, out)
            if out or not count % 4096:
                now = time.monotonic()
                self.spent += now - resumed
                resumed = now
                if self.spent > self.limits.docx_file_seconds:
                    raise _TooSlow
            if out:
                yield out
                out = []
                resumed = time.monotonic()
        story.finish()


def _open(reader: _Reader) -> tuple[Any, dict[str, Any]]:
    """The main part's name and the internal targets of its relationships by id, or raise as
    python-docx's ``Document()`` would (one officeDocument relationship, of the Word type)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PACKAGE_URI

    main = [rel for rel in reader.relationships(PACKAGE_URI) if rel.reltype == RT.OFFICE_DOCUMENT]
    if len(main) != 1 or main[0].is_external:
        raise ExtractionError(NOT_DOCX)
    partname = main[0].target_partname
    if reader.content_types[partname] != CT.WML_DOCUMENT_MAIN:
        raise ExtractionError(NOT_DOCX)
    reader.package.getinfo(partname.membername)  # KeyError when the zip lacks it
    by_id = {rel.rId: rel for rel in reader.relationships(partname)}
    targets = {rid: rel.target_partname for rid, rel in by_id.items() if not rel.is_external}
    return partname, targets


def _xml_part(reader: _Reader, targets: dict[str, Any], rid: str) -> Any:
    """The part a header or footer reference names, if python-docx would load it as XML (its
    part class for the content type) and the zip has it; else the package is damaged."""
    from docx.opc.part import PartFactory, XmlPart

    try:
        target = targets[rid]
        content_type = reader.content_types[target]
        reader.package.getinfo(target.membername)
    except KeyError:
        raise ExtractionError(NOT_DOCX) from None
    part_class = PartFactory.part_type_for.get(content_type, PartFactory.default_part_type)
    if not issubclass(part_class, XmlPart):
        raise ExtractionError(NOT_DOCX)
    return target


def stream_segments(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
    """Body paragraphs and tables (nested too), then each section's own headers and footers.

    A header "linked to previous" is the previous section's, so it is reported once, under the
    section that defines it. First-page and even-page headers are read whenever they exist, even
    if the document does not currently show them: they are still in the file that leaves the
    building.
    """
    from docx.oxml.exceptions import InvalidXmlError

    with path.open("rb") as stream:
        check_package(stream, limits, NOT_DOCX)
        with zipfile.ZipFile(stream) as package:
            try:
                reader = _Reader(package, limits)
                main, targets = _open(reader)
            except (ExtractionError, FileSkipped, MemoryError):
                raise
            except Exception:
                log.debug("not a Word package: %s", path, exc_info=True)
                raise ExtractionError(NOT_DOCX) from None
            base: dict[str, Any] = {"part": "body"}
            try:
                sections = _Sections()
                for batch in reader.story(main.membername, _Story(base, sections)):
                    yield from batch
                for number, references in enumerate(sections.references, 1):
                    for part, kind, _attribute in HEADERS_FOOTERS:
                        if (part, kind) not in references:
                            continue
                        rid = references[(part, kind)]
                        if rid is None:
                            raise InvalidXmlError(f"{part}Reference without r:id")
                        target = _xml_part(reader, targets, rid)
                        base = {"part": part, "section": number, "kind": kind}
                        story = _Story(base, None)
                        for batch in reader.story(target.membername, story):
                            yield from batch
            except _TooSlow:
                reason = _too_slow(limits.docx_file_seconds)
                yield Segment("", dict(base), unread=Unread("error", reason))
            except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError):
                log.debug("cannot read the parts of %s", path, exc_info=True)
                raise ExtractionError(NOT_DOCX) from None


class DocxExtractor(Extractor):
    """Word documents, by streaming (:func:`stream_segments`)."""

    format = "docx"
    extensions = (".docx",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        return stream_segments(path, limits)
