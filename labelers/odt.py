"""OpenDocument text (.odt): the mark as the first paragraph of every page style's header.

In ODF a page shows the header of its master page (``styles.xml``, ``office:master-styles``):
``style:header`` for every page, and ``style:header-left`` / ``style:header-first`` where the
style gives left or first pages their own. The mark goes first into each of them that exists,
and a master page without a header gets one; a header switched off (``style:display="false"``)
is switched on. The label a program reads goes to ``meta.xml`` as user-defined properties
``baomi.*`` (File > Properties > Custom Properties in LibreOffice and WPS).

Members are copied as they are, in their order (``mimetype`` stays first and stored, as ODF
requires). A signed document (``META-INF/documentsignatures.xml``) is not changed — a change
would break its signature — and neither is an encrypted one: both get the sidecar label
(:mod:`labelers.sidecar`), as the formats that take no mark.
"""

from __future__ import annotations

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

WHAT = "OpenDocument 文本 / OpenDocument text"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_HEADERS = ("header", "header-left", "header-first")
SIGNATURES = "META-INF/documentsignatures.xml"


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


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


def _marks(header: Any, pattern: Any) -> list[Any]:
    return [p for p in header.iterchildren(_q("text", "p")) if pattern.fullmatch(_text(p))]


def _already_labeled(styles: Any, spec: LabelSpec, old: dict[str, Any] | None) -> bool:
    if not spec.same_label(old):
        return False
    pattern = mark_pattern(spec, old["text"] if old else None)
    for master in _master_pages(styles):
        headers = _headers(master)
        if not headers:
            return False
        for header in headers:
            first = next(header.iterchildren(_q("text", "p")), None)
            if first is None or _text(first) != spec.text or len(_marks(header, pattern)) != 1:
                return False
    return True


def _sidecar() -> SidecarLabeler:
    return SidecarLabeler()


class OdtLabeler:
    """The mark in every page style's header, the label in meta.xml's user-defined fields."""

    formats: tuple[str, ...] = ("odt",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            if _untouchable(package):
                return _sidecar().label(src, dst, spec)
            _require(package, src)
            old = from_properties(_read_meta(package))
            styles = ooxml.parse_xml(package, "styles.xml")
            if _already_labeled(styles, spec, old):
                copy_file(src, dst)
                return LabelOutcome("header", False, "already labeled")
            pattern = mark_pattern(spec, old["text"] if old else None)
            masters = _master_pages(styles)
            for master in masters:
                if not _headers(master):
                    master.insert(0, etree.Element(_q("style", "header")))
                for header in _headers(master):
                    header.attrib.pop(_q("style", "display"), None)
                    for mark in _marks(header, pattern):
                        header.remove(mark)
                    paragraph = etree.Element(_q("text", "p"))
                    paragraph.text = spec.text
                    header.insert(0, paragraph)
            updates = {
                "styles.xml": ooxml.serialize(styles),
                "meta.xml": _meta_update(package, properties(spec)),
            }
            ooxml.write_package(package, dst, updates)
        return LabelOutcome("header", True, f"{len(masters)} page style(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        with ooxml.open_package(path, WHAT) as package:
            if _untouchable(package):
                return _sidecar().read(path)
            return from_properties(_read_meta(package))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            if _untouchable(package):
                return _sidecar().unlabel(src, dst)
            _require(package, src)
            old = from_properties(_read_meta(package))
            styles = ooxml.parse_xml(package, "styles.xml")
            pattern = removal_pattern(old["text"] if old else None)
            removed = 0
            for master in _master_pages(styles):
                for header in _headers(master):
                    for mark in _marks(header, pattern):
                        header.remove(mark)
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


def _require(package: zipfile.ZipFile, src: Path) -> None:
    names = set(package.namelist())
    if not {"styles.xml", "meta.xml", "content.xml"} <= names:
        raise LabelError(
            f"{src.name}：不是完整的 OpenDocument 文本（缺少 styles.xml / meta.xml），未加标识 / "
            f"{src.name}: not a complete OpenDocument text (styles.xml or meta.xml missing); "
            "not labeled"
        )
