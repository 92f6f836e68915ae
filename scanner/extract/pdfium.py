"""A page pypdf cannot read within its budget, read by PDFium instead.

pypdf is the PDF reader (its text and positions make the table rows of :mod:`.pdfrows`), but
it is pure Python: a page with a content stream of megabytes, or with forms drawn inside forms
that make it re-read every font, takes it minutes. PDFium (Chromium's PDF engine, bundled in the
pypdfium2 wheel) reads such a page in milliseconds, so a page pypdf had to give up is read
again here, whole; only those pages, so every other page's text stays pypdf's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class Fallback:
    """The PDF opened by PDFium on the first page it is asked for, and closed by :meth:`close`."""

    def __init__(self, path: Path, enabled: bool) -> None:
        self.path = path
        self.enabled = enabled
        self.document: Any = None

    def _module(self) -> Any:
        if not self.enabled:
            return None
        try:
            import pypdfium2
        except ImportError:
            self.enabled = False
            return None
        return pypdfium2

    def page_count(self) -> int | None:
        """How many pages PDFium sees, or None when it is off, missing or cannot open the file."""
        pypdfium2 = self._module()
        if pypdfium2 is None:
            return None
        try:
            if self.document is None:
                self.document = pypdfium2.PdfDocument(str(self.path))
            return len(self.document)
        except (pypdfium2.PdfiumError, OSError):
            log.debug("PDFium cannot open %s", self.path, exc_info=True)
            return None

    def text(self, number: int) -> str | None:
        """Page ``number``'s text (1-based), or None when PDFium is off, missing or fails."""
        pypdfium2 = self._module()
        if pypdfium2 is None or self.page_count() is None:
            return None
        try:
            page = self.document[number - 1]
            textpage = page.get_textpage()
            try:
                # all of it: text drawn off the page is still in the file
                text: str = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
        except (pypdfium2.PdfiumError, IndexError, OSError):
            log.debug("PDFium cannot read page %d of %s", number, self.path, exc_info=True)
            return None
        # PDFium ends lines with CR LF
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None
