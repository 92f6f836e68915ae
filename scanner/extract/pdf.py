"""PDF text layers, page by page, with pypdf.

pypdf is chatty: it logs a warning for every odd but readable PDF (wrong xref offsets,
non-standard fonts). Those mean nothing to a clerk, so they are demoted to debug records here,
and its ``PdfReadWarning`` warnings are ignored.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadWarning
from pypdf.generic import ArrayObject, IndirectObject

from .interface import (
    DEFAULT_LIMITS,
    ExtractionError,
    Extractor,
    FileSkipped,
    Limits,
    MiB,
    Segment,
)
from .pdfpage import PageReader
from .pdfrows import page_text

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

    def charge(self, page: Any) -> None:
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


class PdfExtractor(Extractor):
    """One segment per page with text, at ``{"page": n}``.

    A PDF whose pages all lack text is an error, not an empty success: a scanned referral letter
    must not be reported as "nothing found".
    """

    format = "pdf"
    extensions = (".pdf",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with path.open("rb") as stream:
            reader = _open(stream, path)
            try:
                pages = reader.pages
                page_count = len(pages)
            except MemoryError:  # the worker's memory ceiling, not a broken file
                raise
            except Exception:
                log.debug("pypdf cannot read the page tree of %s", path, exc_info=True)
                raise ExtractionError(CORRUPT) from None
            read = PageReader(path, limits)  # mojibake repair and OCR: pdfpage.py
            seen: set[tuple[Any, ...]] = set()
            budget = _Budget(limits)
            for number in range(1, page_count + 1):
                try:
                    page = pages[number - 1]
                    key = _content_key(page)
                    if key is not None and key in seen:
                        continue  # the same content and fonts as a page already read
                    if key is not None:
                        seen.add(key)
                    budget.charge(page)
                    text = page_text(page)
                except FileSkipped:
                    raise
                except MemoryError:  # the worker's memory ceiling, not a broken file
                    raise
                except Exception:
                    log.debug("pypdf cannot read page %d of %s", number, path, exc_info=True)
                    raise ExtractionError(
                        f"PDF 第 {number} 页已损坏，无法读取 / page {number} is corrupt"
                    ) from None
                yield from read.read(page, number, text)
            read.finish(NO_TEXT)
