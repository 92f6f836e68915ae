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
from .docxtree import (
    _RUN_TEXT,
    FALLBACK,
    HEADERS_FOOTERS,
    NOT_DOCX,
    TBL,
    TR,
    TXBX,
    P,
    T,
    TableRows,
    _w,
)
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
_PARAGRAPH_SECTIONS = etree.XPath("w:pPr/w:sectPr", namespaces={"w": docxtree._W})
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TYPE = _w("type")
_TRANSPARENT = docxtree._TRANSPARENT

#: the elements the parser reports, when they close: everything else is reached from these
_EVENT_TAGS = (P, TBL, TR, _SECT_PR)
#: elements inside which a paragraph or row is part of something still being read
_HOLDERS = frozenset({P, TR})
#: an open paragraph's finished children are folded into text once it has more than this many
FOLD_CHILDREN = 256
_UNFOLDABLE = frozenset({P, TXBX, FALLBACK})
_FOLDED = "{urn:baomi}folded"


def _too_slow(seconds: float) -> str:
    return (
        f"读取此文件已超过 {seconds:g} 秒，其余部分未读取 / "
        f"reading the file took over {seconds:g} s; the rest was not read"
    )


def _fold_text(child: Any) -> str | None:
    """The text ``child`` adds to its paragraph, or None when it must stay as it is: paragraph
    properties (the section breaks) and anything holding a paragraph, a text box or a fallback
    copy (what the tree functions look for inside a paragraph)."""
    tag = child.tag
    if tag == T:
        return str(child.text or "")
    if tag == _P_PR:
        return None
    parts: list[str] = []
    for inner in child.iter():
        tag = inner.tag
        if tag in _UNFOLDABLE:
            return None
        if tag == T or tag in _RUN_TEXT:
            if len(inner):  # markup inside a w:t or w:tab: the tree walk's own reading
                if any(node.tag in _UNFOLDABLE for node in child.iter()):
                    return None
                return docxtree.paragraph_text(child)
            parts.append(inner.text or "" if tag == T else _RUN_TEXT[tag])
    return "".join(parts)


def _fold(element: Any, done: Any) -> Any:
    """Fold ``element``'s children after ``done`` (None: from the first) up to its last, open
    one; return the last child kept, where the next fold resumes. Children are walked from
    sibling to sibling: an index into lxml's children walks the list each time."""
    child = element[0] if done is None else done.getnext()
    carrier = done if done is not None and done.get(_FOLDED) is not None else None
    pending: list[str] = []  # the carrier's text to come: joined once, not grown run by run

    def flush() -> None:
        if carrier is not None and pending:
            carrier.text = (carrier.text or "") + "".join(pending)
        pending.clear()

    while child is not None and child.getnext() is not None:
        following = child.getnext()
        text = _fold_text(child)
        if text is None:
            flush()
            carrier = None
            done = child
        elif carrier is not None:
            pending.append(text)
            element.remove(child)
        else:
            child.clear()
            child.tag = T
            child.set(_FOLDED, "")
            child.text = text
            carrier = done = child
        child = following
    flush()
    return done


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
        for sect_pr in _PARAGRAPH_SECTIONS(paragraph):
            self.add(sect_pr)


class _Story:
    """One part's closing paragraphs, tables, rows and section properties turned into
    segments, with the paragraph and table counters of ``docxtree.part_segments``.

    Where an element sits is read from its ancestors when it closes: a paragraph is a block of
    the story when only content-control wrappers stand between it and the story (the first
    ``w:body``, or a header's root), as ``docxtree._children`` finds blocks; a row when it is
    such a table's. A paragraph or row inside another one waits for it; anything else is
    dropped when it closes.
    """

    def __init__(self, base: dict[str, Any], sections: _Sections | None) -> None:
        self.base = base
        self.sections = sections  # None for a header or footer: its section properties are not
        self.root: Any = None
        self.story: Any = None
        self.paragraph_number = 0
        self.table_number = 0
        self.table: Any = None
        self.rows: TableRows | None = None
        # open elements inside a paragraph -> the last child folded or kept, and how many
        self.folded: dict[Any, Any] = {}
        self.kept: dict[Any, int] = {}

    def fold(self) -> None:
        """Fold the finished children of the open paragraphs into text, when they are many.

        The open elements are the last child of the last child ... of the root; every child but
        the last of an open element is finished. Inside a paragraph, a finished child without a
        paragraph, text box or fallback copy in it only ever counts for the text it adds
        (``docxtree.paragraph_text``), so it becomes a ``w:t`` holding that text, merged with the
        one before: one paragraph of a million runs is held as a few strings, not a million
        elements.
        """
        element = self.root
        inside = False
        while element is not None and len(element) and element.tag != _P_PR:
            inside = inside or element.tag == P
            if inside and len(element) - self.kept.get(element, 0) > FOLD_CHILDREN:
                done = _fold(element, self.folded.get(element))
                self.folded[element] = done
                self.kept[element] = 0 if done is None else element.index(done) + 1
            element = element[-1]

    def begin(self, element: Any) -> None:
        self._start(element)

    def _start(self, element: Any) -> None:
        self.root = element.getroottree().getroot()
        if self.sections is None:
            self.story = self.root
            return
        if self.root.tag != _DOCUMENT:
            raise ExtractionError(NOT_DOCX)
        self.story = self.root.find(_BODY)

    def _block_parent(self, element: Any) -> Any:
        """The first ancestor of ``element`` that is not a content-control wrapper."""
        parent = element.getparent()
        while parent is not None and parent.tag in _TRANSPARENT:
            parent = parent.getparent()
        return parent

    def _held(self, element: Any) -> bool:
        parent = element.getparent()
        while parent is not None:
            if parent.tag in _HOLDERS:
                return True
            parent = parent.getparent()
        return False

    def _is_block(self, element: Any) -> bool:
        return self.story is not None and self._block_parent(element) is self.story

    def _in_body(self, element: Any) -> bool:
        parent = element.getparent()
        return (
            self.sections is not None
            and parent is not None
            and parent.tag == _BODY
            and parent.getparent() is self.root
        )

    def end(self, element: Any, out: list[Segment]) -> None:
        if self.root is None:
            self._start(element)
        tag = element.tag
        if tag == P:
            if self._is_block(element):
                self.paragraph_number += 1
                location = {**self.base, "paragraph": self.paragraph_number}
                text = docxtree.paragraph_text(element)
                if text.strip():
                    out.append(Segment(text, location))
                out.extend(docxtree.textboxes(element, location))
            elif self._held(element):
                return
            if self._in_body(element):
                assert self.sections is not None
                self.sections.add_from_paragraph(element)
        elif tag == TR:
            table = self._block_parent(element)
            if table is not None and table.tag == TBL and self._is_block(table):
                if table is not self.table:
                    self.table_number += 1
                    self.table, self.rows = table, TableRows(self.base, self.table_number)
                assert self.rows is not None
                out.extend(self.rows.row(element))
            elif self._held(element):
                return
        elif tag == TBL:
            if self._is_block(element):
                if element is not self.table:  # a table without rows is counted all the same
                    self.table_number += 1
                self.table = self.rows = None
            elif self._held(element):
                return
        elif self._in_body(element):  # w:sectPr
            assert self.sections is not None
            self.sections.add(element)
        elif self._held(element):
            return
        # done with it and with everything before it in its parent: free them
        self.folded.clear()
        self.kept.clear()
        element.clear()
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]

    def finish(self, root: Any) -> None:
        if self.root is None and root is not None:
            self._start(root)
        if self.sections is not None and self.story is None:
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

    def story(self, member: str, story: _Story) -> Iterator[list[Segment]]:
        """The segments of one part, a chunk's worth at a time, read by a pull parser straight
        from the zip stream. The reader's time is what it spends between being resumed and
        handing over a batch."""
        # python-docx's parser settings (docx.oxml.parser), so text and whitespace come out alike
        parser = etree.XMLPullParser(
            # starts only for the root, so that a paragraph can be folded before it closes
            events=("start", "end"),
            tag=_EVENT_TAGS,
            remove_blank_text=True,
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
        )
        size = 0
        with self.package.open(member) as stream:
            while True:
                resumed = time.monotonic()
                chunk = stream.read(CHUNK)
                size += len(chunk)
                self._count(size, len(chunk))
                if chunk:
                    parser.feed(chunk)
                else:
                    story.finish(parser.close())
                out: list[Segment] = []
                for event, element in parser.read_events():
                    if event == "end":
                        story.end(element, out)
                    elif story.root is None:
                        story.begin(element)
                if chunk:
                    story.fold()
                self.spent += time.monotonic() - resumed
                if self.spent > self.limits.docx_file_seconds:
                    raise _TooSlow
                if out:
                    yield out
                if not chunk:
                    return


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
    """Body paragraphs and tables (nested too), then each section's own headers and footers, in
    the order and with the locations of :func:`~scanner.extract.docxtree.read_with_python_docx`
    (which says which headers count)."""
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
            except etree.XMLSyntaxError as error:
                if error.code == etree.ErrorTypes.ERR_NO_MEMORY:
                    # libxml2 says so when the worker's memory ceiling stops it: not a damaged file
                    raise MemoryError from None
                log.debug("XML of %s is not well-formed", path, exc_info=True)
                raise ExtractionError(NOT_DOCX) from None
            except (zipfile.BadZipFile, zlib.error, EOFError):
                log.debug("cannot read the parts of %s", path, exc_info=True)
                raise ExtractionError(NOT_DOCX) from None


class DocxExtractor(Extractor):
    """Word documents, by streaming (:func:`stream_segments`)."""

    format = "docx"
    extensions = (".docx",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        return stream_segments(path, limits)
