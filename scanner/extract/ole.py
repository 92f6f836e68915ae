"""OLE2 compound files: the container of legacy Office (.doc .xls .ppt) and WPS (.wps .et .dps).

An OOXML file with an opening password is also an OLE2 file (its package sits encrypted in an
``EncryptedPackage`` stream, described by ``EncryptionInfo``): that is recognised here before any
parser sees it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .interface import ExtractionError

log = logging.getLogger(__name__)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

ENCRYPTED = "文件设置了打开密码（已加密），无法读取 / password-protected (encrypted) file; not read"


def not_valid(zh: str, en: str, extension: str) -> str:
    return (
        f"不是有效的 {extension} 文件（文件已损坏或不是{zh}） / "
        f"not a valid {extension} (corrupt or not a {en})"
    )


def head(path: Path, size: int = 8) -> bytes:
    with path.open("rb") as stream:
        return stream.read(size)


def is_encrypted_ooxml(ole: Any) -> bool:
    return bool(ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"))


@contextmanager
def open_ole(path: Path, invalid: str) -> Iterator[Any]:
    """Open ``path`` as an OLE2 file, or raise :class:`ExtractionError` with ``invalid``.

    An encrypted OOXML package under a legacy name is reported as encrypted.
    """
    import olefile

    if head(path) != OLE2_MAGIC:
        raise ExtractionError(invalid)
    try:
        ole = olefile.OleFileIO(str(path))
    except Exception:
        log.debug("olefile cannot open %s", path, exc_info=True)
        raise ExtractionError(invalid) from None
    try:
        if is_encrypted_ooxml(ole):
            raise ExtractionError(ENCRYPTED)
        yield ole
    finally:
        ole.close()


def read_stream(ole: Any, name: str, limit: int, invalid: str) -> bytes:
    """A whole stream, refusing one larger than ``limit`` (a lying directory entry)."""
    if not ole.exists(name):
        raise ExtractionError(invalid)
    if ole.get_size(name) > limit:
        raise ExtractionError(invalid)
    with ole.openstream(name) as stream:
        data: bytes = stream.read()
    return data
