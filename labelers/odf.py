"""OpenDocument text and spreadsheet (.odt .ods): the mark as the first paragraph of every page
style's header.

In ODF a page shows the header of its master page (``styles.xml``, ``office:master-styles``):
``style:header`` for every page, and ``style:header-left`` / ``style:header-first`` where the
style gives left or first pages their own. The mark goes first into ``style:header`` and into
each left/first header shown; a master page without a header gets one, a hidden
``style:header`` (``style:display="false"``) is switched on. A hidden left or first header is
what LibreOffice writes for "same content on left/first pages": those pages show
``style:header``, which now carries the mark, so it stays hidden and the shared content stays
shared. A spreadsheet header may be split into ``style:region-left`` / ``-center`` /
``-right`` (Calc's three header boxes): the mark goes first into the centre box (made if
missing), and a new spreadsheet header is made as a centre box, the one Calc shows text in.
The label a program reads goes to ``meta.xml`` as user-defined properties ``baomi.*``
(File > Properties > Custom Properties in LibreOffice and WPS).

Members are copied as they are, in their order (``mimetype`` stays first and stored, as ODF
requires). A signed document (``META-INF/documentsignatures.xml``) is not changed — a change
would break its signature — and neither is an encrypted one: both get the sidecar label
(:mod:`labelers.sidecar`), as the formats that take no mark.
"""

from __future__ import annotations

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
from .sidecar import SidecarLabeler

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_HEADERS = ("header", "header-left", "header-first")
_REGIONS = ("region-left", "region-center", "region-right")
SIGNATURES = "META-INF/documentsignatures.xml"


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


_DISPLAY = _q("style", "display")
_MAIN = _q("style", "header")
_CENTER = _q("style", "region-center")
_P = _q("text", "p")


def _text(element: Any) -> str:
    return "".join(element.itertext()).strip()


def _untouchable(package: zipfile.ZipFile) -> bool:
    """Signed or encrypted: the content may not (or cannot) be changed."""
    names = set(package.namelist())
    if SIGNATURES in names:
        return True
    if "META-INF/manifest.xml" in names:
        manifest = ooxml.parse_xml(package, "META-INF/manifest.xml")
        return manifest.find(f".//{_q('manifest', 'encryption-data')}") is not None
    return False


def _read_meta(package: zipfile.ZipFile) -> dict[str, str]:
    if "meta.xml" not in package.namelist():
        return {}
    root = ooxml.parse_xml(package, "meta.xml")
    return {
        str(item.get(_q("meta", "name"))): item.text or ""
        for item in root.iter(_q("meta", "user-defined"))
        if str(item.get(_q("meta", "name"), "")).startswith("baomi.")
    }


def _meta_update(package: zipfile.ZipFile, props: dict[str, str]) -> bytes:
    """meta.xml with every ``baomi.*`` user-defined property replaced by ``props``."""
    root = ooxml.parse_xml(package, "meta.xml")
    meta = root.find(_q("office", "meta"))
    if meta is None:
        meta = etree.SubElement(root, _q("office", "meta"))
    for item in list(meta.iter(_q("meta", "user-defined"))):
        if str(item.get(_q("meta", "name"), "")).startswith("baomi."):
            meta.remove(item)
    for name, value in props.items():
        item = etree.SubElement(meta, _q("meta", "user-defined"))
        item.set(_q("meta", "name"), name)
        item.text = value
    return ooxml.serialize(root)


def _master_pages(styles: Any) -> list[Any]:
    return list(styles.iter(_q("style", "master-page")))


def _headers(master: Any) -> list[Any]:
    return [child for child in master if child.tag in {_q("style", h) for h in _HEADERS}]


def _shown(master: Any) -> list[Any]:
    """The headers that carry the mark: the main one always, left/first ones unless shared."""
    return [h for h in _headers(master) if h.tag == _MAIN or h.get(_DISPLAY) != "false"]


def _boxes(header: Any) -> list[Any]:
    """Where paragraphs live: the header itself, or its left/centre/right regions."""
    return [header, *(c for c in header if c.tag in {_q("style", r) for r in _REGIONS})]


def _box(header: Any, create: bool, regions: bool) -> Any:
    """The element the mark goes first into (``None`` when not there and not ``create``)."""
    center = header.find(_CENTER)
    if center is not None:
        return center
    split = len(_boxes(header)) > 1
    empty = header.find(_P) is None
    if not (split or (regions and empty)):
        return header
    if not create:
        return None
    center = etree.Element(_CENTER)
    left = header.find(_q("style", "region-left"))
    header.insert(0 if left is None else header.index(left) + 1, center)
    return center


def _marks(header: Any, pattern: re.Pattern[str]) -> list[tuple[Any, Any]]:
    return [
        (box, p)
        for box in _boxes(header)
        for p in box.iterchildren(_P)
        if pattern.fullmatch(_text(p))
    ]


def _already_labeled(
    styles: Any, spec: LabelSpec, old: dict[str, Any] | None, regions: bool
) -> bool:
    if not spec.same_label(old):
        return False
    pattern = mark_pattern(spec, old["text"] if old else None)
    for master in _master_pages(styles):
        main = master.find(_MAIN)
        if main is None or main.get(_DISPLAY) == "false":
            return False
        for header in _shown(master):
            box = _box(header, False, regions)
            first = None if box is None else next(box.iterchildren(_P), None)
            if first is None or _text(first) != spec.text or len(_marks(header, pattern)) != 1:
                return False
    return True


def _sidecar() -> SidecarLabeler:
    return SidecarLabeler()


class OdfLabeler:
    """The mark in every page style's header, the label in meta.xml's user-defined fields."""

    formats: tuple[str, ...] = ()
    what: str = "OpenDocument"
    # A spreadsheet's new header is made as Calc's centre box.
    regions: bool = False

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, self.what) as package:
            if _untouchable(package):
                return _sidecar().label(src, dst, spec)
            self._require(package, src)
            old = from_properties(_read_meta(package))
            styles = ooxml.parse_xml(package, "styles.xml")
            if _already_labeled(styles, spec, old, self.regions):
                copy_file(src, dst)
                return LabelOutcome("header", False, "already labeled")
            pattern = mark_pattern(spec, old["text"] if old else None)
            masters = _master_pages(styles)
            for master in masters:
                if master.find(_MAIN) is None:
                    master.insert(0, etree.Element(_MAIN))
                master.find(_MAIN).attrib.pop(_DISPLAY, None)
                for header in _shown(master):
                    for box, mark in _marks(header, pattern):
                        box.remove(mark)
                    paragraph = etree.Element(_P)
                    paragraph.text = spec.text
                    _box(header, True, self.regions).insert(0, paragraph)
            updates = {
                "styles.xml": ooxml.serialize(styles),
                "meta.xml": _meta_update(package, properties(spec)),
            }
            ooxml.write_package(package, dst, updates)
        return LabelOutcome("header", True, f"{len(masters)} page style(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        with ooxml.open_package(path, self.what) as package:
            if _untouchable(package):
                return _sidecar().read(path)
            return from_properties(_read_meta(package))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, self.what) as package:
            if _untouchable(package):
                return _sidecar().unlabel(src, dst)
            self._require(package, src)
            old = from_properties(_read_meta(package))
            styles = ooxml.parse_xml(package, "styles.xml")
            pattern = removal_pattern(old["text"] if old else None)
            removed = 0
            for master in _master_pages(styles):
                for header in _headers(master):
                    for box, mark in _marks(header, pattern):
                        box.remove(mark)
                        removed += 1
            if not removed and old is None:
                copy_file(src, dst)
                return LabelOutcome("header", False, "no mark")
            updates = {
                "styles.xml": ooxml.serialize(styles),
                "meta.xml": _meta_update(package, {}),
            }
            ooxml.write_package(package, dst, updates)
        return LabelOutcome("header", True, f"{removed} mark(s) removed")

    def _require(self, package: zipfile.ZipFile, src: Path) -> None:
        names = set(package.namelist())
        if not {"styles.xml", "meta.xml", "content.xml"} <= names:
            zh, en = self.what.split(" / ")
            raise LabelError(
                f"{src.name}：不是完整的 {zh}（缺少 styles.xml / meta.xml），未加标识 / "
                f"{src.name}: not a complete {en} (styles.xml or meta.xml missing); "
                "not labeled"
            )
