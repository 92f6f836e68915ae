"""Text extraction: which extractor reads a file, and the guards every file passes first.

``EXTRACTORS`` is the one table of formats; adding a format is one line there. :func:`extract`
is what the scanner calls: it refuses what should not be opened (empty, too large, a link, a legacy
format) and turns whatever a parsing library throws into an :class:`ExtractionError` with a
reason a clerk can act on, never a traceback and never a piece of the document.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterator, Mapping
from importlib import import_module
from pathlib import Path

from .interface import (
    DEFAULT_LIMITS,
    ExtractionError,
    Extractor,
    FileSkipped,
    Limits,
    MiB,
    Segment,
)
from .members import ContainerExtractor, Unpacking
from .text import CsvExtractor, MarkdownExtractor, TextExtractor

__all__ = [
    "DEFAULT_LIMITS",
    "EXTRACTORS",
    "LEGACY_EXTENSIONS",
    "SUPPORTED_EXTENSIONS",
    "ExtractionError",
    "Extractor",
    "FileSkipped",
    "Limits",
    "Segment",
    "extract",
    "extractor_for",
    "legacy_reason",
    "unreadable_reason",
]

log = logging.getLogger(__name__)


class _OnFirstUse(Extractor):
    """An extractor whose module (and library: pypdf, python-docx, olefile) is imported when the
    first file of its format is in hand: a scan of text files does not pay for pypdf at start-up.

    Containers (archives, mail) take :class:`_ContainerOnFirstUse`: members.py tells them apart
    by their class. ``tests/extract/test_extract_guards.py`` checks ``format``, ``extensions`` and
    the kind against the real class.
    """

    def __init__(self, module: str, name: str, fmt: str, extensions: tuple[str, ...]) -> None:
        self._where = (module, name)
        self._real: Extractor | None = None
        self.format = fmt  # type: ignore[misc]
        self.extensions = extensions  # type: ignore[misc]

    @property
    def real(self) -> Extractor:
        if self._real is None:
            module, name = self._where
            self._real = getattr(import_module(module, __package__), name)()
        return self._real

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        return self.real.extract(path, limits)


class _ContainerOnFirstUse(_OnFirstUse, ContainerExtractor):
    """:class:`_OnFirstUse` for an archive or a mail: a container to members.py (depth limit,
    members read through :meth:`contents`) before its module is imported — the mail reader
    alone brings the ``email`` package and ``html.parser`` (~15 ms)."""

    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        real = self.real
        assert isinstance(real, ContainerExtractor)
        return real.contents(path, state, member)


EXTRACTORS: tuple[Extractor, ...] = (
    TextExtractor(),
    MarkdownExtractor(),
    CsvExtractor(),
    _OnFirstUse(".docx", "DocxExtractor", "docx", (".docx",)),
    _OnFirstUse(".xlsx", "XlsxExtractor", "xlsx", (".xlsx", ".xlsm")),
    _OnFirstUse(".pdf", "PdfExtractor", "pdf", (".pdf",)),
    _OnFirstUse(".doc", "DocExtractor", "doc", (".doc", ".dot", ".wps", ".wpt")),
    _OnFirstUse(".xls", "XlsExtractor", "xls", (".xls", ".xlt", ".et", ".ett")),
    _OnFirstUse(".ppt", "PptExtractor", "ppt", (".ppt", ".pps", ".pot", ".dps", ".dpt")),
    # ooxml, odf and ofd import the docx reader and lxml (~40 ms): imported with their first file.
    _OnFirstUse(".ooxml", "PptxExtractor", "pptx", (".pptx", ".pptm")),
    _OnFirstUse(".ooxml", "DocmExtractor", "docm", (".docm",)),
    _OnFirstUse(".ooxml", "DotxExtractor", "dotx", (".dotx", ".dotm")),
    _OnFirstUse(".ooxml", "XltxExtractor", "xltx", (".xltx", ".xltm")),
    _OnFirstUse(".ooxml", "XlsbExtractor", "xlsb", (".xlsb",)),
    _OnFirstUse(".odf", "OdtExtractor", "odt", (".odt", ".ott")),
    _OnFirstUse(".odf", "OdsExtractor", "ods", (".ods", ".ots")),
    _OnFirstUse(".odf", "OdpExtractor", "odp", (".odp", ".otp")),
    _OnFirstUse(".rtf", "RtfExtractor", "rtf", (".rtf",)),
    _OnFirstUse(".ofd", "OfdExtractor", "ofd", (".ofd",)),
    _ContainerOnFirstUse(".mail", "EmlExtractor", "eml", (".eml",)),
    _ContainerOnFirstUse(".mail", "MsgExtractor", "msg", (".msg",)),
    _ContainerOnFirstUse(".archive", "ZipExtractor", "zip", (".zip",)),
    _ContainerOnFirstUse(
        ".archive", "TarExtractor", "tar", (".tar", ".tgz", ".gz", ".tbz2", ".bz2", ".txz", ".xz")
    ),
    _OnFirstUse(
        ".images",
        "ImageExtractor",
        "image",
        (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp"),
    ),
)

_BY_EXTENSION: Mapping[str, Extractor] = {
    extension: extractor for extractor in EXTRACTORS for extension in extractor.extensions
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_BY_EXTENSION)

# files that can hold a document but cannot be read yet: (中文, English, what to do). They get a
# skipped record with that advice, in a scan and inside archives and mail, never silence.
_LEGACY: Mapping[str, tuple[str, str, str]] = {
    ".rar": ("RAR 压缩包", "RAR archive", ".zip"),
    ".7z": ("7z 压缩包", "7z archive", ".zip"),
    ".xps": ("XPS 文档", "XPS document", ".pdf"),
    ".oxps": ("XPS 文档", "XPS document", ".pdf"),
}
LEGACY_EXTENSIONS: frozenset[str] = frozenset(_LEGACY)

VANISHED = "文件在扫描过程中被删除或移动 / file vanished during the scan"
PERMISSION_DENIED = (
    "没有读取权限，请以有权限的账户运行或调整文件权限 / "
    "permission denied; run as a user who may read it or change its permissions"
)
EMPTY = "空文件 / empty file"
SYMLINK = "符号链接，未跟随 / symbolic link, not followed"
NOT_REGULAR = "不是普通文件（设备、管道或文件夹） / not a regular file (device, pipe or folder)"
OUT_OF_MEMORY = "内存不足，无法读取此文件 / out of memory while reading this file"


def legacy_reason(extension: str) -> str:
    """The advice for a known document format that cannot be read yet."""
    zh, en, save_as = _LEGACY[extension]
    return (
        f"{zh}（{extension}）无法读取，请另存为 {save_as} / "
        f"{en} {extension} is not supported; save it as {save_as}"
    )


def unreadable_reason(extension: str) -> str | None:
    """Why a file of a type that can hold a document is not read; None for other types."""
    return legacy_reason(extension) if extension in _LEGACY else None


def _unsupported_reason(extension: str) -> str:
    if extension in _LEGACY:
        return legacy_reason(extension)
    shown = extension or "无扩展名 / no extension"
    return f"不支持的文件类型（{shown}） / unsupported file type ({extension or 'none'})"


def _size(size: int) -> str:
    """A size for a message: MiB with one decimal, or bytes for the tiny limits of tests."""
    if size < MiB // 10:
        return f"{size} B"
    return f"{size / MiB:.1f}".removesuffix(".0") + " MiB"


def too_large_reason(size: int, limit: int) -> str:
    return (
        f"文件过大（{_size(size)}，上限 {_size(limit)}），未扫描；"
        f"可用 --max-file-size 调高上限 / "
        f"file too large ({_size(size)}, limit {_size(limit)}), not scanned; "
        f"raise the limit with --max-file-size"
    )


def _os_error_reason(error: OSError) -> str:
    """Why reading failed, from the error number only (``str(error)`` carries the path)."""
    if isinstance(error, FileNotFoundError):
        return VANISHED
    if isinstance(error, PermissionError):
        return PERMISSION_DENIED
    name = errno.errorcode.get(error.errno or 0, "")
    detail = os.strerror(error.errno) if error.errno else type(error).__name__
    return f"读取文件时出错（{name or detail}） / could not read the file: {detail}"


def failure_reason(error: BaseException, format_name: str) -> str:
    """A clerk's reason for an unexpected failure while reading a ``format_name`` file.

    Built from the error's type only: library messages may quote the document (an lxml error
    shows the offending markup, a decode error the bytes), and the reason is stored and printed.
    """
    if isinstance(error, OSError):
        return _os_error_reason(error)
    if isinstance(error, MemoryError):
        return OUT_OF_MEMORY
    if isinstance(error, UnicodeError):
        return (
            f"文字编码错误，无法读取此 {format_name} 文件 / "
            f"text encoding error in this {format_name} file"
        )
    return (
        f"无法读取此 {format_name} 文件（已损坏或内容异常：{type(error).__name__}） / "
        f"could not read this {format_name} file (corrupt or unexpected content: "
        f"{type(error).__name__})"
    )


def extractor_for(path: Path) -> Extractor | None:
    """The extractor for ``path``'s extension (case-insensitive), or None."""
    return _BY_EXTENSION.get(path.suffix.lower())


def _admit(path: Path, limits: Limits) -> Extractor:
    """The file-level guards, cheapest first; raise or return the extractor to use."""
    extension = path.suffix.lower()
    try:
        info = path.lstat()
    except OSError as error:
        raise ExtractionError(_os_error_reason(error)) from None
    if stat.S_ISLNK(info.st_mode):
        raise FileSkipped(SYMLINK)
    if not stat.S_ISREG(info.st_mode):
        raise FileSkipped(NOT_REGULAR)
    extractor = _BY_EXTENSION.get(extension)
    if extractor is None:
        raise FileSkipped(_unsupported_reason(extension))
    if info.st_size == 0:
        raise FileSkipped(EMPTY)
    if info.st_size > limits.max_file_bytes:
        raise FileSkipped(too_large_reason(info.st_size, limits.max_file_bytes))
    return extractor


def _guarded(segments: Iterator[Segment], path: Path, format_name: str) -> Iterator[Segment]:
    """Pass segments through; turn any library failure into an :class:`ExtractionError`."""
    try:
        yield from segments
    except (ExtractionError, FileSkipped):
        raise
    # MemoryError is an Exception too: a huge sheet is a property of the file, not a crash
    except Exception as error:
        log.debug("extracting %s failed", path, exc_info=True)
        raise ExtractionError(failure_reason(error, format_name)) from None


def extract(
    path: Path, limits: Limits = DEFAULT_LIMITS, source: Path | None = None
) -> tuple[str, Iterator[Segment]]:
    """Return ``(format, segments)`` for ``path``.

    ``source``, when given, holds the same bytes as ``path`` (a snapshot read by the caller)
    and is what the extractor reads; the guards still look at ``path``. Archives and mail
    read ``path`` itself: their readers decide by the name (``.tgz``) and reopen members by it.

    The guards run now and raise :class:`FileSkipped` or :class:`ExtractionError` at once; the
    segments are read lazily and raise only :class:`ExtractionError` (or :class:`FileSkipped`
    for a zip bomb found on opening) while iterated.
    """
    extractor = _admit(path, limits)
    read = path if source is None or isinstance(extractor, ContainerExtractor) else source
    return extractor.format, _guarded(extractor.extract(read, limits), path, extractor.format)
