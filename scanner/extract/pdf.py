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
from typing import BinaryIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadWarning

from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment

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
            except Exception:
                log.debug("pypdf cannot read the page tree of %s", path, exc_info=True)
                raise ExtractionError(CORRUPT) from None
            found_text = False
            for number in range(1, page_count + 1):
                try:
                    text = pages[number - 1].extract_text()
                except Exception:
                    log.debug("pypdf cannot read page %d of %s", number, path, exc_info=True)
                    raise ExtractionError(
                        f"PDF 第 {number} 页已损坏，无法读取 / page {number} is corrupt"
                    ) from None
                if text and text.strip():
                    found_text = True
                    yield Segment(text, {"page": number})
            if not found_text:
                raise ExtractionError(NO_TEXT)
