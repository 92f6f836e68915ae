"""Excel workbooks: the mark in the page header of every sheet, the label in custom properties.

openpyxl drops charts, images and other parts it does not model when it saves, so the package
is edited at the XML level: each worksheet (and chart sheet) part gets its ``<headerFooter>``
changed or inserted at its schema position, ``docProps/custom.xml`` gets the label, and every
other member is copied unchanged. Dialog and macro sheets (xlsm) are left as they are.

In a header the mark is the first line of the centre section; what the header said before stays
below it and in the left and right sections. The odd-page header is what every sheet prints;
the first-page and even-page headers get the mark too when the sheet turns them on.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

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

WHAT = "Excel 工作簿 / Excel workbook"
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT_SHEETS = (
    f"{ooxml.RT_BASE}/worksheet",
    f"{ooxml.RT_BASE}/chartsheet",
)
#: Excel refuses a header section text longer than this (it "repairs" the file)
MAX_HEADER_CHARS = 255
# CT_Worksheet / CT_Chartsheet children that come after <headerFooter>
_AFTER_HEADER_FOOTER = frozenset(
    {
        "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
        "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture",
        "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    }
)  # fmt: skip
_HF_ORDER = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")
_SECTION_CODE = re.compile(r"&&|&([LCR])")


def _q(tag: str) -> str:
    return f"{{{NS_MAIN}}}{tag}"


def _on(value: str | None) -> bool:
    return value in ("1", "true")


def escape_header(text: str) -> str:
    """Header codes start with ``&``; a literal ampersand is written ``&&``."""
    return text.replace("&", "&&")


def split_sections(code: str) -> dict[str, str]:
    """Split a header string into its left / centre / right parts (codes kept, ``&&`` kept).

    Text before any section code is the centre section, as Excel reads it.
    """
    sections = {"L": "", "C": "", "R": ""}
    current, start = "C", 0
    for match in _SECTION_CODE.finditer(code):
        if match.group(1):
            sections[current] += code[start : match.start()]
            current, start = match.group(1), match.end()
    sections[current] += code[start:]
    return sections


def join_sections(sections: dict[str, str]) -> str:
    return "".join(f"&{key}{sections[key]}" for key in "LCR" if sections[key])


def _visible_kinds(header_footer: etree._Element | None) -> list[str]:
    kinds = ["oddHeader"]
    if header_footer is not None and _on(header_footer.get("differentFirst")):
        kinds.append("firstHeader")
    if header_footer is not None and _on(header_footer.get("differentOddEven")):
        kinds.append("evenHeader")
    return kinds


def _sheets(package: zipfile.ZipFile) -> list[str]:
    workbook = ooxml.main_part(package)
    return [
        target
        for _, rel_type, target in ooxml.relationships(package, workbook)
        if rel_type in RT_SHEETS and target in package.namelist()
    ]


def _remove_marks(code: str, pattern: re.Pattern[str]) -> str:
    sections = split_sections(code)
    for key, text in sections.items():
        sections[key] = re.sub(rf"(?:{pattern.pattern})\n?", "", text)
    return join_sections(sections)


def _with_mark(code: str, mark: str) -> str:
    sections = split_sections(code)
    sections["C"] = mark + ("\n" + sections["C"] if sections["C"] else "")
    return join_sections(sections)


def _marked_once(root: etree._Element, mark: str, pattern: re.Pattern[str]) -> bool:
    """True when every shown header has the mark exactly once and no other mark."""
    header_footer = root.find(_q("headerFooter"))
    if header_footer is None:
        return False
    for kind in ("oddHeader", "evenHeader", "firstHeader"):
        element = header_footer.find(_q(kind))
        code = (element.text or "") if element is not None else ""
        expected = 1 if kind in _visible_kinds(header_footer) else 0
        if len(pattern.findall(code)) != expected or code.count(mark) != expected:
            return False
    return True


def _header_footer(root: etree._Element) -> etree._Element:
    """The sheet's ``<headerFooter>``, inserted at its schema position when missing."""
    found = root.find(_q("headerFooter"))
    if found is not None:
        return found
    element = etree.Element(_q("headerFooter"))
    for index, child in enumerate(root):
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child)
        if name.namespace == NS_MC or (
            name.namespace == NS_MAIN and name.localname in _AFTER_HEADER_FOOTER
        ):
            root.insert(index, element)
            return element
    root.append(element)
    return element


def _child(header_footer: etree._Element, kind: str) -> etree._Element:
    found = header_footer.find(_q(kind))
    if found is not None:
        return found
    element = etree.Element(_q(kind))
    rank = _HF_ORDER.index(kind)
    for index, child in enumerate(header_footer):
        if isinstance(child.tag, str) and etree.QName(child).localname in _HF_ORDER[rank + 1 :]:
            header_footer.insert(index, element)
            return element
    header_footer.append(element)
    return element


def _label_sheet(
    name: str, root: etree._Element, mark: str, pattern: re.Pattern[str], sheet: str
) -> None:
    header_footer = root.find(_q("headerFooter"))
    if header_footer is not None:
        for kind in ("oddHeader", "evenHeader", "firstHeader"):
            element = header_footer.find(_q(kind))
            if element is not None and element.text:
                element.text = _remove_marks(element.text, pattern)
    header_footer = _header_footer(root)
    for kind in _visible_kinds(header_footer):
        element = _child(header_footer, kind)
        code = _with_mark(element.text or "", mark)
        if len(code) > MAX_HEADER_CHARS:
            raise LabelError(
                f"{name}：工作表 {sheet} 的页眉太长，放不下保密标识，未加标识 / "
                f"{name}: the header of sheet part {sheet} is too long to take the mark; "
                "not labeled"
            )
        element.text = code


def _unlabel_sheet(root: etree._Element, pattern: re.Pattern[str]) -> int:
    """Remove the mark from every header of a sheet; headers (and a ``<headerFooter>``) left
    empty are removed, as a sheet that never had one. Returns how many marks went."""
    header_footer = root.find(_q("headerFooter"))
    if header_footer is None:
        return 0
    removed = 0
    for kind in ("oddHeader", "evenHeader", "firstHeader"):
        element = header_footer.find(_q(kind))
        if element is None or not element.text:
            continue
        found = sum(len(pattern.findall(t)) for t in split_sections(element.text).values())
        if not found:
            continue
        removed += found
        element.text = _remove_marks(element.text, pattern)
        if not element.text:
            header_footer.remove(element)
    if removed and len(header_footer) == 0 and not header_footer.attrib:
        root.remove(header_footer)
    return removed


class XlsxLabeler:
    """The mark in every sheet's header, the label in the custom document properties."""

    formats: tuple[str, ...] = ("xlsx",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
            escaped = dataclasses.replace(spec, text=escape_header(spec.text))
            old_text = escape_header(old["text"]) if old else None
            pattern = mark_pattern(escaped, old_text)
            sheets = {member: ooxml.parse_xml(package, member) for member in _sheets(package)}
            if not sheets:
                raise LabelError(
                    f"{src.name}：工作簿里没有工作表，未加标识 / "
                    f"{src.name}: the workbook has no sheets; not labeled"
                )
            if spec.same_label(old) and all(
                _marked_once(root, escaped.text, pattern) for root in sheets.values()
            ):
                copy_file(src, dst)
                return LabelOutcome("header", False, "already labeled")
            updates = ooxml.custom_properties_update(package, properties(spec))
            for member, root in sheets.items():
                _label_sheet(src.name, root, escaped.text, pattern, member)
                updates[member] = ooxml.serialize(root)
            ooxml.write_package(package, dst, updates)
        return LabelOutcome("header", True, f"{len(sheets)} sheet(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        with ooxml.open_package(path, WHAT) as package:
            return from_properties(ooxml.read_custom_properties(package))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """The mark line out of every sheet's headers, ``baomi.*`` out of the custom
        properties (others kept); every other part copied unchanged."""
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
            old_text = escape_header(old["text"]) if old else None
            pattern = removal_pattern(old_text)
            updates, drop = ooxml.custom_properties_removal(package)
            removed = 0
            for member in _sheets(package):
                root = ooxml.parse_xml(package, member)
                found = _unlabel_sheet(root, pattern)
                if found:
                    removed += found
                    updates[member] = ooxml.serialize(root)
            if not updates and not drop:
                copy_file(src, dst)
                return LabelOutcome("header", False, "no mark")
            ooxml.write_package(package, dst, updates, drop)
        return LabelOutcome("header", True, f"{removed} mark(s) removed")
