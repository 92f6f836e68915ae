"""PDF text layers, page by page, with pypdf.

pypdf's work is bounded (Limits): a page whose content stream is too long to parse, or still
being read at its deadline, is read again by PDFium (:mod:`.pdfium`), else recorded as "too
complex" with what pypdf had read; a file whose object stream is too full for pypdf to open in
time is read by PDFium whole.

pypdf is chatty: it logs a warning for every odd but readable PDF (wrong xref offsets,
non-standard fonts). Those mean nothing to a clerk, so they are demoted to debug records here,
and its ``PdfReadWarning`` warnings are ignored.
"""

from __future__ import annotations

import collections
import logging
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadWarning
from pypdf.generic import ArrayObject, IndirectObject

from scanner.logformat import without_quoted

from .interface import (
    DEFAULT_LIMITS,
    ExtractionError,
    Extractor,
    FileSkipped,
    Limits,
    MiB,
    Segment,
)
from .pdfium import Fallback
from .pdfpage import PageReader
from .pdfrows import PageTooSlow, page_text

log = logging.getLogger(__name__)

ENCRYPTED = "PDF 已加密，需要密码 / encrypted PDF, password required"
UNSUPPORTED_ENCRYPTION = "PDF 的加密方式无法解开 / the PDF's encryption method is not supported"
NO_TEXT = "PDF 没有文字层（扫描件？），无法检测 / no text layer (scanned image?); OCR it first"
CORRUPT = "PDF 文件已损坏或不完整 / corrupt or incomplete PDF"


class _DemoteToDebug(logging.Handler):
    """Re-dispatch pypdf's records as debug records of this module's logger.

    A filter on the "pypdf" logger would not do: pypdf logs on child loggers ("pypdf._reader"),
    and a logger's filters do not apply to records propagated from its children; its handlers do.
    """

    def emit(self, record: logging.LogRecord) -> None:
        record.levelno = logging.DEBUG
        record.levelname = logging.getLevelName(logging.DEBUG)
        if log.isEnabledFor(logging.DEBUG):
            # pypdf quotes the bytes around a damaged object: an uncompressed page's text
            record.msg, record.args = without_quoted(record.getMessage()), ()
            log.handle(record)


def quiet_pypdf() -> None:
    """Route pypdf's log to the debug log, off the console; safe to call more than once."""
    pypdf_log = logging.getLogger("pypdf")
    if not any(isinstance(h, _DemoteToDebug) for h in pypdf_log.handlers):
        pypdf_log.addHandler(_DemoteToDebug())
    pypdf_log.propagate = False
    warnings.filterwarnings("ignore", category=PdfReadWarning)


quiet_pypdf()


def _open(stream: BinaryIO, path: Path) -> PdfReader:
    try:
        reader = PdfReader(stream)
    except MemoryError:  # the worker's memory ceiling, not a broken file
        raise
    except Exception:
        log.debug("pypdf cannot open %s", path, exc_info=True)
        raise ExtractionError(CORRUPT) from None
    if reader.is_encrypted:
        # many PDFs are "encrypted" only to set permissions and open with an empty password
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError):
            log.debug("pypdf cannot decrypt %s", path, exc_info=True)
            raise ExtractionError(UNSUPPORTED_ENCRYPTION) from None
        if opened == PasswordType.NOT_DECRYPTED:
            raise ExtractionError(ENCRYPTED)
    return reader


def _ref(obj: Any) -> tuple[int, int] | None:
    if isinstance(obj, IndirectObject):
        return (obj.idnum, obj.generation)
    return None


def _content_key(page: Any) -> tuple[Any, ...] | None:
    """What a page's text is made of — its content stream(s) and resources, as object numbers —
    or None when they are not all shared objects (then the page is read like any other).

    A 19 KB PDF can point 2,000 pages at one content stream: read once, not 2,000 times.
    """
    if "/Contents" not in page:
        return None  # a blank page: /Contents is optional (ISO 32000 7.7.3.3)
    contents = page.raw_get("/Contents")
    if isinstance(contents, IndirectObject):
        resolved = contents.get_object()
        refs = (
            [_ref(c) for c in resolved] if isinstance(resolved, ArrayObject) else [_ref(contents)]
        )
    elif isinstance(contents, ArrayObject):
        refs = [_ref(c) for c in contents]
    else:
        return None
    resources = _resources_key(page)
    if resources is None or any(r is None for r in refs):
        return None
    return (tuple(refs), resources)


def _resources_key(page: Any) -> tuple[Any, ...] | None:
    """The page's (possibly inherited) /Resources as a shared object's number, or None."""
    node = page
    for _ in range(64):  # a /Parent loop in a hostile file ends here
        if "/Resources" in node:
            ref = _ref(node.raw_get("/Resources"))
            if ref is not None:
                return ("ref", *ref)
            owner = getattr(node, "indirect_reference", None)
            if node is page or owner is None:
                return None  # the page's own direct dictionary: not shared
            return ("in", owner.idnum, owner.generation)
        parent = node.get("/Parent")
        if parent is None:
            return ("none",)
        node = parent.get_object()
    return None


class _Budget:
    """Decoded content-stream bytes per page and per document, against the limits."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.total = 0

    def charge(self, page: Any) -> int:
        """The page's decoded content size, once it is within the limits."""
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        self.total += size
        limit = self.limits.max_pdf_page_content_bytes
        if size > limit or self.total > self.limits.max_pdf_content_bytes:
            shown, limit = (
                (size, limit) if size > limit else (self.total, self.limits.max_pdf_content_bytes)
            )
            raise FileSkipped(
                f"PDF 页面内容解压后过大（{shown // MiB} MiB，上限 {limit // MiB} MiB），未扫描 / "
                f"too large when expanded (PDF content {shown // MiB} MiB, limit "
                f"{limit // MiB} MiB); not scanned"
            )
        return size


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{-(-n // 1024)} KiB"


def _too_long(number: int, size: int, limit: int) -> str:
    shown, most = _size(size), _size(limit)
    return (
        f"第 {number} 页内容过于复杂（内容流 {shown}，上限 {most}），未读取 / page {number} too "
        f"complex (content stream {shown}, limit {most}); not read"
    )


def _too_slow(number: int, seconds: float, whole_file: bool, partial: bool) -> str:
    zh, en = ("只读取了前面部分", "read in part") if partial else ("未读取", "not read")
    what_zh, what_en = ("此文件", "the file") if whole_file else ("此页", "the page")
    return (
        f"第 {number} 页内容过于复杂（读取{what_zh}超过 {seconds:g} 秒），{zh} / page {number} "
        f"too complex (reading {what_en} took over {seconds:g} s); {en}"
    )


def _file_too_slow(first: int, last: int, seconds: float) -> str:
    pages = f"{first}" if first == last else f"{first}–{last}"
    return (
        f"第 {pages} 页未读取：读取此文件已超过 {seconds:g} 秒 / page(s) {pages} not read: "
        f"reading the file took over {seconds:g} s"
    )


class _PageRead:
    """pypdf's work on one page, within its deadline: ``page`` and ``text`` (None when the page
    is one already read), and ``cut``, the reason when the page was not read in full."""

    def __init__(
        self,
        path: Path,
        pages: Any,
        number: int,
        limits: Limits,
        seen: set[tuple[Any, ...]],
        budget: _Budget,
    ) -> None:
        self.path, self.pages, self.number = path, pages, number
        self.limits, self.seen, self.budget = limits, seen, budget
        self.page: Any = None
        self.text = ""
        self.cut: str | None = None

    def run(self, left: float) -> None:
        """Read the page with ``left`` seconds of the file's budget remaining."""
        limits, number = self.limits, self.number
        whole = left <= limits.pdf_page_seconds  # the file's budget ends first
        try:
            page = self.pages[number - 1]
            key = _content_key(page)
            if key is not None and key in self.seen:
                return  # the same content and fonts as a page already read
            if key is not None:
                self.seen.add(key)
            self.page = page
            size = self.budget.charge(page)
            if size > limits.max_pdf_page_parse_bytes:
                self.cut = _too_long(number, size, limits.max_pdf_page_parse_bytes)
                return
            self.text = page_text(page, time.monotonic() + min(left, limits.pdf_page_seconds))
        except PageTooSlow as slow:
            self.text = slow.text
            seconds = limits.pdf_file_seconds if whole else limits.pdf_page_seconds
            self.cut = _too_slow(number, seconds, whole, bool(slow.text.strip()))
        except FileSkipped:
            raise
        except MemoryError:  # the worker's memory ceiling, not a broken file
            raise
        except Exception:
            log.debug("pypdf cannot read page %d of %s", number, self.path, exc_info=True)
            raise ExtractionError(
                f"PDF 第 {number} 页已损坏，无法读取 / page {number} is corrupt"
            ) from None


def _fullest_stream(reader: PdfReader) -> int:
    """How many objects the fullest object stream holds, from the cross-reference alone."""
    counts = collections.Counter(stream for stream, _index in reader.xref_objStm.values())
    return max(counts.values(), default=0)


def _by_pdfium(path: Path, fallback: Fallback, count: int, read: PageReader) -> Iterator[Segment]:
    for number in range(1, count + 1):
        text = fallback.text(number)
        if text is None:
            raise ExtractionError(f"PDF 第 {number} 页已损坏，无法读取 / page {number} is corrupt")
        yield from read.read(None, number, text)


class PdfExtractor(Extractor):
    """One segment per page with text, at ``{"page": n}``.

    A PDF whose pages all lack text is an error, not an empty success: a scanned referral letter
    must not be reported as "nothing found".
    """

    format = "pdf"
    extensions = (".pdf",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        # pypdf cannot be interrupted, only stopped between operators. Each page's deadline
        # bounds one pathological page; the file's budget, pypdf's own time (not the caller's
        # between pages), a PDF of many slow pages or one slow to open (pypdf parses a whole
        # object stream at once)
        started = time.monotonic()
        with path.open("rb") as stream:
            reader = _open(stream, path)
            read = PageReader(path, limits)  # mojibake repair and OCR: pdfpage.py
            fallback = Fallback(path, limits.pdfium)
            try:
                yield from self._pages(path, limits, reader, read, fallback, started)
            finally:
                fallback.close()
            read.finish(NO_TEXT)

    def _pages(
        self,
        path: Path,
        limits: Limits,
        reader: PdfReader,
        read: PageReader,
        fallback: Fallback,
        started: float,
    ) -> Iterator[Segment]:
        if _fullest_stream(reader) > limits.max_pdf_stream_objects:
            count = fallback.page_count()
            if count is not None:
                log.debug("%s read by PDFium: an object stream too full for pypdf", path)
                yield from _by_pdfium(path, fallback, count, read)
                return
        try:
            pages = reader.pages
            page_count = len(pages)
        except MemoryError:  # the worker's memory ceiling, not a broken file
            raise
        except Exception:
            log.debug("pypdf cannot read the page tree of %s", path, exc_info=True)
            raise ExtractionError(CORRUPT) from None
        seen: set[tuple[Any, ...]] = set()
        budget = _Budget(limits)
        left = limits.pdf_file_seconds - (time.monotonic() - started)
        for number in range(1, page_count + 1):
            if left <= 0:
                reason = _file_too_slow(number, page_count, limits.pdf_file_seconds)
                yield read.cut(number, reason)
                break
            began = time.monotonic()
            read_page = _PageRead(path, pages, number, limits, seen, budget)
            read_page.run(left)
            page, text, cut = read_page.page, read_page.text, read_page.cut
            if cut is not None and (whole := fallback.text(number)) is not None:
                log.debug("page %d of %s read by PDFium: %s", number, path, cut)
                text, cut = whole, None
            left -= time.monotonic() - began
            if page is not None and (cut is None or text.strip()):
                yield from read.read(page, number, text)
            if cut is not None:
                yield read.cut(number, cut)
