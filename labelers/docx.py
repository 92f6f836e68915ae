"""Word documents: the mark as the first paragraph of every header a page can show.

A page shows the header of its section: the first-page header on a section's first page when the
section has a distinct first page, the even-page header on even pages when the document has
different odd and even headers, the default header otherwise. A section without its own header
of a kind inherits the previous section's ("linked to previous"), so the mark goes into each
header *part* that some page shows, once; when the first section has none of a kind a page
needs, one is made (later sections inherit it). Existing header content stays below the mark.

The label a program reads goes to the custom document properties (:mod:`labelers.ooxml`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from . import ooxml
from .interface import (
    LabelError,
    LabelOutcome,
    LabelSpec,
    check_paths,
    copy_file,
    from_properties,
    mark_pattern,
    properties,
    removal_pattern,
)

WHAT = "Word 文档 / Word document"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"


def _open_document(path: Path) -> Any:
    import docx

    try:
        return docx.Document(str(path))
    except Exception:  # python-docx fails on malformed packages with many kinds of error
        raise LabelError(
            f"{path.name}：不是可以读取的 Word 文档（.docx），未加标识 / "
            f"{path.name}: not a readable Word document (.docx), or damaged; not labeled"
        ) from None


def _saved(document: Any) -> zipfile.ZipFile:
    """What ``document.save`` writes, as an uncompressed package in memory.

    ``Document.save`` deflates every member, and the custom properties then need a second pass
    that inflates and deflates them all again (two thirds of labeling a docx). This runs
    python-docx's own ``OpcPackage.save`` steps into a stored zip instead, so the package is
    compressed once, by :func:`labelers.ooxml.write_package`.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()

    class _Members:
        def __init__(self, out: zipfile.ZipFile) -> None:
            self.out = out

        def write(self, pack_uri: Any, blob: bytes) -> None:
            self.out.writestr(pack_uri.membername, blob)

    def write(out: zipfile.ZipFile) -> None:
        members: Any = _Members(out)  # the one method PackageWriter calls on its writer
        PackageWriter._write_content_types_stream(members, package.parts)
        PackageWriter._write_pkg_rels(members, package.rels)
        PackageWriter._write_parts(members, package.parts)

    return ooxml.uncompressed_copy(write)


def _visible_headers(document: Any) -> list[tuple[int, str]]:
    """Every header a page can show, as (section index, python-docx attribute) pairs."""
    even = document.settings.odd_and_even_pages_header_footer
    found = []
    for index, section in enumerate(document.sections):
        found.append((index, "header"))
        if section.different_first_page_header_footer:
            found.append((index, "first_page_header"))
        if even:
            found.append((index, "even_page_header"))
    return found


def _resolved_part(sections: list[Any], index: int, kind: str) -> Any | None:
    """The header part a (possibly linked) header shows, without creating one (None: none yet)."""
    for j in range(index, -1, -1):
        header = getattr(sections[j], kind)
        if not header.is_linked_to_previous:
            return header.part
    return None


def _header_parts(document: Any) -> list[Any]:
    """Every header part of the document, shown or not (old marks are removed from all)."""
    return [
        rel.target_part
        for rel in document.part.rels.values()
        if rel.reltype == RT_HEADER and not rel.is_external
    ]


def _paragraph_text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{_W}}}t")).strip()


def _marks(part: Any, pattern: Any) -> list[Any]:
    """The mark paragraphs directly in a header part (w:p children of w:hdr)."""
    return [
        p for p in part.element.iterchildren(f"{{{_W}}}p") if pattern.fullmatch(_paragraph_text(p))
    ]


def _already_labeled(document: Any, spec: LabelSpec, old: dict[str, Any] | None) -> bool:
    if not spec.same_label(old):
        return False
    pattern = mark_pattern(spec, old["text"] if old else None)
    sections = list(document.sections)
    shown = set()
    for index, kind in _visible_headers(document):
        part = _resolved_part(sections, index, kind)
        if part is None:
            return False
        shown.add(part.partname)
    for part in _header_parts(document):
        marks = _marks(part, pattern)
        expected = 1 if part.partname in shown else 0
        if len(marks) != expected or (marks and _paragraph_text(marks[0]) != spec.text):
            return False
    return True


def _insert_mark(part: Any, text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    element = OxmlElement("w:p")
    part.element.insert(0, element)
    paragraph = Paragraph(element, part)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text)


class DocxLabeler:
    """The mark in every visible header, the label in the custom document properties."""

    formats: tuple[str, ...] = ("docx",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
        document = _open_document(src)
        if _already_labeled(document, spec, old):
            copy_file(src, dst)
            return LabelOutcome("header", False, "already labeled")
        pattern = mark_pattern(spec, old["text"] if old else None)
        for part in _header_parts(document):
            for mark in _marks(part, pattern):
                mark.getparent().remove(mark)
        sections = list(document.sections)
        parts: dict[str, Any] = {}
        for index, kind in _visible_headers(document):
            part = getattr(sections[index], kind).part  # python-docx makes a missing one
            parts.setdefault(part.partname, part)
        for part in parts.values():
            _insert_mark(part, spec.text)
        with _saved(document) as package:
            updates = ooxml.custom_properties_update(package, properties(spec))
            ooxml.write_package(package, dst, updates, compress_type=zipfile.ZIP_DEFLATED)
        return LabelOutcome("header", True, f"{len(parts)} header part(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        with ooxml.open_package(path, WHAT) as package:
            return from_properties(ooxml.read_custom_properties(package))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """The mark paragraphs out of every header part, the ``baomi.*`` properties out of the
        custom properties (others kept). A header left with no paragraph keeps an empty one:
        Word wants at least one block in a header."""
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
        document = _open_document(src)
        pattern = removal_pattern(old["text"] if old else None)
        removed = 0
        for part in _header_parts(document):
            for mark in _marks(part, pattern):
                mark.getparent().remove(mark)
                removed += 1
            if not any(
                isinstance(child.tag, str) and child.tag.split("}")[-1] in ("p", "tbl")
                for child in part.element
            ):
                from docx.oxml import OxmlElement

                part.element.append(OxmlElement("w:p"))
        if not removed and old is None:
            copy_file(src, dst)
            return LabelOutcome("header", False, "no mark")
        with _saved(document) as package:
            updates, drop = ooxml.custom_properties_removal(package)
            ooxml.write_package(package, dst, updates, drop, zipfile.ZIP_DEFLATED)
        return LabelOutcome("header", True, f"{removed} mark(s) removed")
