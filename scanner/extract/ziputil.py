"""Checks on zip packages (docx, xlsx) before a library unpacks them.

Only the central directory is read: member count and declared sizes. That is enough with
Python's :mod:`zipfile`, which never returns more bytes than a member's declared size (a member
that lies about it fails its CRC check and reads as corrupt), so the declared sizes bound memory.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from .interface import ExtractionError, FileSkipped, Limits, MiB

#: an OLE2 compound file: a legacy .doc/.xls, or an OOXML file with an opening password
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PROTECTED_OR_LEGACY = (
    "文件设置了打开密码，或是改了扩展名的旧版 Office 文件（.doc/.xls），无法读取 / "
    "password-protected Office file, or a legacy .doc/.xls renamed; cannot be read"
)

# below this a high ratio is normal (an XML part of repeated empty cells compresses 1000:1)
_RATIO_FLOOR_BYTES = MiB


def _bomb(zh: str, en: str) -> FileSkipped:
    return FileSkipped(f"疑似压缩炸弹：{zh}，未扫描 / looks like a zip bomb: {en}; not scanned")


def expanded_too_large(size: int, limit: int) -> FileSkipped:
    # the declared sizes bind: zipfile stops at a member's declared size and checks its CRC
    return FileSkipped(
        f"解压后内容过大（XML {size // MiB} MiB，上限 {limit // MiB} MiB），未扫描 / "
        f"too large when expanded (XML {size // MiB} MiB, limit {limit // MiB} MiB); not scanned"
    )


def check_package(stream: BinaryIO, limits: Limits, not_valid_reason: str) -> None:
    """Raise unless ``stream`` is a zip whose declared contents are within ``limits``.

    ``not_valid_reason`` is the format's own message for "not a zip at all" (a renamed text file,
    a truncated download). Leaves ``stream`` positioned at its start.
    """
    stream.seek(0)
    if stream.read(len(_OLE2_MAGIC)) == _OLE2_MAGIC:
        raise ExtractionError(PROTECTED_OR_LEGACY)
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ExtractionError(not_valid_reason) from None
    finally:
        stream.seek(0)
    if len(members) > limits.max_zip_members:
        raise _bomb(
            f"包含 {len(members)} 个成员（上限 {limits.max_zip_members}）",
            f"{len(members)} members (limit {limits.max_zip_members})",
        )
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise _bomb(
            f"解压后 {total // MiB} MiB（上限 {limits.max_unzipped_bytes // MiB} MiB）",
            f"unpacks to {total // MiB} MiB (limit {limits.max_unzipped_bytes // MiB} MiB)",
        )
    for member in members:
        if member.file_size <= _RATIO_FLOOR_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > limits.max_zip_ratio:
            raise _bomb(
                f"成员压缩比 {ratio:.0f}:1（上限 {limits.max_zip_ratio:.0f}:1）",
                f"a member compressed {ratio:.0f}:1 (limit {limits.max_zip_ratio:.0f}:1)",
            )
    xml = [m for m in members if m.filename.lower().endswith((".xml", ".rels"))]
    biggest = max(xml, key=lambda m: m.file_size, default=None)
    if biggest is not None and biggest.file_size > limits.max_xml_part_bytes:
        raise expanded_too_large(biggest.file_size, limits.max_xml_part_bytes)
    xml_total = sum(m.file_size for m in xml)
    if xml_total > limits.max_xml_total_bytes:
        raise expanded_too_large(xml_total, limits.max_xml_total_bytes)
