"""Office Open XML packages (docx, xlsx) at the zip level: guards, relationships, custom properties.

The labelers change a few parts and copy every other member unchanged, because the libraries
that understand a whole package do not keep all of it (openpyxl drops charts and images). The
label a program reads lives in the custom document properties (``docProps/custom.xml``), the
place Word and Excel show under File > Properties > Custom; python-docx and openpyxl have no API
for them, so the part, its content type and its package relationship are written here.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from lxml import etree

from scanner import fsutil

from .interface import LabelError

MiB = 1024 * 1024
#: a package that unpacks to more than this is refused (zip bomb, or far beyond an office file)
MAX_UNZIPPED_BYTES = 1024 * MiB
MAX_MEMBERS = 10_000
#: worst compression ratio of a member above 1 MiB (repeated empty cells compress ~1000:1 in
#: small parts, so only large members are judged)
MAX_RATIO = 200.0
_RATIO_FLOOR = MiB

NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
RT_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_OFFICE_DOCUMENT = f"{RT_BASE}/officeDocument"
RT_CUSTOM = f"{RT_BASE}/custom-properties"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PART = "docProps/custom.xml"
# the property set id Office uses for user-defined properties
FMTID_USER = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# members added by a labeler get a fixed time, so the same input labels to the same bytes
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _error(name: str, zh: str, en: str) -> LabelError:
    return LabelError(f"{name}：{zh}，未加标识 / {name}: {en}; not labeled")


@contextmanager
def open_package(path: Path, what: str) -> Iterator[zipfile.ZipFile]:
    """Open an OOXML package after checking it is a zip within the size limits.

    ``what`` names the format for messages ("Word 文档 / Word document").
    """
    try:
        with path.open("rb") as raw:
            if raw.read(len(_OLE2_MAGIC)) == _OLE2_MAGIC:
                raise _error(
                    path.name,
                    "文件设置了打开密码，或是改了扩展名的旧版 Office 文件",
                    "password-protected, or a legacy .doc/.xls renamed",
                )
    except OSError as exc:
        raise _error(path.name, "无法读取", f"cannot be read ({exc.strerror})") from None
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise _error(
            path.name, f"不是有效的{what}（文件损坏或不完整）", "damaged or incomplete file"
        ) from None
    with package:
        _check_sizes(path.name, package)
        yield package


def _check_sizes(name: str, package: zipfile.ZipFile) -> None:
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise _error(
            name,
            f"疑似压缩炸弹（{len(members)} 个成员）",
            f"looks like a zip bomb ({len(members)} members)",
        )
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise _error(
            name,
            f"疑似压缩炸弹（解压后 {total // MiB} MiB）",
            f"looks like a zip bomb (unpacks to {total // MiB} MiB)",
        )
    for member in members:
        if member.file_size > _RATIO_FLOOR:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_RATIO:
                raise _error(
                    name,
                    f"疑似压缩炸弹（压缩比 {ratio:.0f}:1）",
                    f"looks like a zip bomb (a member compressed {ratio:.0f}:1)",
                )


def read_member(package: zipfile.ZipFile, member: str) -> bytes:
    """A member's bytes; a damaged member is a :class:`LabelError`, not a zlib traceback."""
    try:
        return package.read(member)
    except KeyError:
        raise _damaged(package, f"缺少 {member}", f"{member} is missing") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise _damaged(package, f"{member} 已损坏", f"{member} is damaged") from None


def _damaged(package: zipfile.ZipFile, zh: str, en: str) -> LabelError:
    name = Path(str(package.filename or "?")).name
    return _error(name, f"文件损坏（{zh}）", f"damaged file ({en})")


def parse_xml(package: zipfile.ZipFile, member: str) -> etree._Element:
    data = read_member(package, member)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise _damaged(package, f"{member} 不是有效的 XML", f"{member} is not valid XML") from None


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rels_member(part: str) -> str:
    """The relationships member of a part (``""`` is the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def relationships(package: zipfile.ZipFile, part: str = "") -> list[tuple[str, str, str]]:
    """``(id, type, target member)`` of a part's internal relationships (none if no rels part)."""
    member = rels_member(part)
    if member not in package.namelist():
        return []
    found = []
    for rel in parse_xml(package, member).iter(f"{{{NS_PKG_RELS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
        found.append((rel.get("Id", ""), rel.get("Type", ""), resolved))
    return found


def main_part(package: zipfile.ZipFile) -> str:
    for _, rel_type, target in relationships(package):
        if rel_type == RT_OFFICE_DOCUMENT:
            return target
    raise _damaged(package, "找不到正文部件", "no main document part")


# ---------------------------------------------------------------------------------------------
# custom document properties


def _custom_member(package: zipfile.ZipFile) -> str | None:
    for _, rel_type, target in relationships(package):
        if rel_type == RT_CUSTOM and target in package.namelist():
            return target
    return None


def read_custom_properties(package: zipfile.ZipFile) -> dict[str, str]:
    """Every custom property as text (name -> value of its first typed child)."""
    member = _custom_member(package)
    if member is None:
        return {}
    found = {}
    for prop in parse_xml(package, member).iter(f"{{{NS_CUSTOM}}}property"):
        value = next(iter(prop), None)
        if prop.get("name") and value is not None:
            found[prop.get("name", "")] = value.text or ""
    return found


def custom_properties_update(
    package: zipfile.ZipFile, props: Mapping[str, str]
) -> dict[str, bytes]:
    """The members to write so the package carries ``props`` (other properties kept).

    Values are written as text (``vt:lpwstr``): ISO dates keep their time zone, and every Office
    version shows them as they are.
    """
    updates: dict[str, bytes] = {}
    member = _custom_member(package)
    if member is None:
        member = CUSTOM_PART
        root = etree.Element(f"{{{NS_CUSTOM}}}Properties", nsmap={None: NS_CUSTOM, "vt": NS_VT})
        updates["_rels/.rels"] = _add_package_relationship(package, member)
        content_types = _add_content_type(package, member)
        if content_types is not None:
            updates["[Content_Types].xml"] = content_types
    else:
        root = parse_xml(package, member)
    existing = {p.get("name"): p for p in root.iter(f"{{{NS_CUSTOM}}}property")}
    pids = [int(p.get("pid", "1")) for p in existing.values() if (p.get("pid") or "").isdigit()]
    next_pid = max([1, *pids]) + 1
    for name, value in props.items():
        prop = existing.get(name)
        if prop is None:
            prop = etree.SubElement(root, f"{{{NS_CUSTOM}}}property")
            prop.set("fmtid", FMTID_USER)
            prop.set("pid", str(next_pid))
            prop.set("name", name)
            next_pid += 1
        for child in list(prop):
            prop.remove(child)
        etree.SubElement(prop, f"{{{NS_VT}}}lpwstr").text = value
    updates[member] = serialize(root)
    return updates


def custom_properties_removal(
    package: zipfile.ZipFile, prefix: str = "baomi."
) -> tuple[dict[str, bytes], set[str]]:
    """The members to rewrite and to drop so the package no longer carries the properties whose
    names start with ``prefix``; other custom properties are kept. When none is left, the
    custom properties part goes with its relationship and content type, as before labeling."""
    member = _custom_member(package)
    if member is None:
        return {}, set()
    root = parse_xml(package, member)
    props = list(root.iter(f"{{{NS_CUSTOM}}}property"))
    ours = [p for p in props if (p.get("name") or "").startswith(prefix)]
    if not ours:
        return {}, set()
    if len(ours) < len(props):
        for prop in ours:
            prop.getparent().remove(prop)
        return {member: serialize(root)}, set()
    updates: dict[str, bytes] = {}
    rels = parse_xml(package, "_rels/.rels")
    for rel in list(rels.iter(f"{{{NS_PKG_RELS}}}Relationship")):
        if rel.get("Type") == RT_CUSTOM:
            rels.remove(rel)
    updates["_rels/.rels"] = serialize(rels)
    types = parse_xml(package, "[Content_Types].xml")
    for override in list(types.iter(f"{{{NS_CT}}}Override")):
        if override.get("PartName", "").lower() == "/" + member.lower():
            types.remove(override)
    updates["[Content_Types].xml"] = serialize(types)
    return updates, {member}


def _add_package_relationship(package: zipfile.ZipFile, member: str) -> bytes:
    if "_rels/.rels" in package.namelist():
        root = parse_xml(package, "_rels/.rels")
    else:
        root = etree.Element(f"{{{NS_PKG_RELS}}}Relationships", nsmap={None: NS_PKG_RELS})
    ids = {rel.get("Id") for rel in root}
    number = len(ids) + 1
    while f"rId{number}" in ids:
        number += 1
    rel = etree.SubElement(root, f"{{{NS_PKG_RELS}}}Relationship")
    rel.set("Id", f"rId{number}")
    rel.set("Type", RT_CUSTOM)
    rel.set("Target", member)
    return serialize(root)


def _add_content_type(package: zipfile.ZipFile, member: str) -> bytes | None:
    root = parse_xml(package, "[Content_Types].xml")
    partname = "/" + member
    for override in root.iter(f"{{{NS_CT}}}Override"):
        if override.get("PartName", "").lower() == partname.lower():
            if override.get("ContentType") == CT_CUSTOM:
                return None
            override.set("ContentType", CT_CUSTOM)
            return serialize(root)
    override = etree.SubElement(root, f"{{{NS_CT}}}Override")
    override.set("PartName", partname)
    override.set("ContentType", CT_CUSTOM)
    return serialize(root)


# ---------------------------------------------------------------------------------------------
# writing


def write_package(
    package: zipfile.ZipFile,
    dst: Path,
    updates: Mapping[str, bytes],
    drop: Collection[str] = (),
    compress_type: int | None = None,
) -> None:
    """Write ``package`` to ``dst`` with ``updates`` applied and the ``drop`` members left out;
    every other member is copied as is.

    Members keep their order, names, times and compression (``compress_type`` when given: a
    package built uncompressed in memory is compressed here, once); new members come last. The
    file is flushed to disk before this returns.
    """
    with fsutil.atomic_writer(dst) as raw:
        _write_to(package, raw, updates, drop, compress_type)


def uncompressed_copy(write: Callable[[zipfile.ZipFile], None]) -> zipfile.ZipFile:
    """A package written by ``write`` into memory without compression, open for reading: what a
    library saves is then compressed once, by :func:`write_package`, not twice."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        write(out)
    buffer.seek(0)
    return zipfile.ZipFile(buffer)


def _write_to(
    package: zipfile.ZipFile,
    raw: IO[bytes],
    updates: Mapping[str, bytes],
    drop: Collection[str] = (),
    compress_type: int | None = None,
) -> None:
    pending = dict(updates)
    with zipfile.ZipFile(raw, "w") as out:
        for info in package.infolist():
            if info.filename in drop:
                continue
            data = pending.pop(info.filename, None)
            if data is None:
                data = read_member(package, info.filename)
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = info.compress_type if compress_type is None else compress_type
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            out.writestr(copy, data)
        for name, data in pending.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)
