"""A PDF page's text when its text layer does not give it: mojibake repaired, scans read by OCR.

:class:`PageReader` is the one hook :mod:`scanner.extract.pdf` calls for every page after
pypdf's ``extract_text``:

* text that is Latin-1 mojibake of GBK (a font without a Unicode map) is repaired
  (:mod:`scanner.extract.mojibake`); when it cannot be, the page is rendered with poppler's
  ``pdftoppm`` (when installed) and read by OCR, else it is recorded as not read — never `ok`
  over mojibake;
* a page with no text but with pictures (a scanner's page) has its pictures read by OCR
  (:mod:`scanner.extract.ocr`), each line at ``{"page", "image", "box"}``; without the engine
  (or with ``--ocr off``) such a page is recorded as not read, with the reason. A page with
  only a few characters of text (a page number, a stamped mark — a scan baomi labeled) has its
  pictures read too.

A page that is not read becomes an empty segment with ``unread`` set, so the file's record lists
it; a PDF none of whose pages could be read is an error with the first page's reason.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import ocr
from .interface import ExtractionError, FileSkipped, Limits, Segment, Unread
from .mojibake import repair

log = logging.getLogger(__name__)

#: pictures smaller than this on either side are rules, logos and stamps, not a page of text
MIN_SIDE = 32
RENDER_DPI = 150
#: a scanned page whose text layer holds less than this (a page number, a stamped secrecy mark
#: — baomi's own on a labeled scan) still has its pictures read
SPARSE_TEXT = 40

NO_UNICODE_MAP = "此页字体没有字符映射 / the page's font has no Unicode map"
RENDER_FAILED = (
    "此页字体没有字符映射，渲染后识别失败，未读取 / the page's font has no Unicode map and OCR "
    "of the rendered page failed; not read"
)
NO_PDFTOPPM = (
    "需要文字识别：请安装 poppler-utils（pdftoppm） / needs OCR of the rendered page: install "
    "poppler-utils (pdftoppm)"
)


def _image_sizes(page: Any) -> list[tuple[int, int]]:
    """Width and height of the page's own image XObjects, read from their dictionaries (no
    pixel decoded), so that a bomb is refused before it is expanded."""
    try:
        xobjects = page["/Resources"]["/XObject"]
    except (KeyError, TypeError):
        return []
    sizes = []
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            sizes.append((_side(obj.get("/Width")), _side(obj.get("/Height"))))
    return sizes


def _side(value: Any) -> int:
    """An image's width or height as its dictionary states it; 0 when that is not a number (a
    damaged or hostile file: pdf.js issue4575.pdf says `/Width /Height`), so it is not read."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


class PageReader:
    """Turns each page's extracted text into segments; see the module's notes."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.read_any = False
        self.first_unread: str | None = None

    def _unread(self, number: int, status: str, reason: str) -> Segment:
        self.first_unread = self.first_unread or reason
        return Segment("", {"page": number}, unread=Unread(status, reason))

    def cut(self, number: int, reason: str) -> Segment:
        """The record of a page (or the rest of the file) left unread under the limits."""
        return self._unread(number, "skipped", reason)

    def read(self, page: Any, number: int, text: str | None) -> Iterator[Segment]:
        sparse = True
        if text and text.strip():
            repaired = repair(text)
            if repaired is None:
                yield from self._rendered(number)
                return
            self.read_any = True
            yield Segment(repaired, {"page": number})
            sparse = len("".join(repaired.split())) < SPARSE_TEXT
            if not sparse:
                return
        if page is None:
            return  # read by PDFium (pdfium.py): no pypdf page to take pictures from
        sizes = _image_sizes(page)
        if not any(min(size) >= MIN_SIDE for size in sizes):
            return  # a blank page, or rules and a logo: nothing to read
        reason = ocr.unavailable_reason(self.limits)
        if reason is not None:
            if not (text and text.strip()):
                yield self._unread(number, "skipped", reason)
            return
        try:
            for width, height in sizes:
                ocr.check_size(width, height)
        except FileSkipped as bomb:
            yield self._unread(number, "skipped", bomb.reason)
            return
        yield from self._page_images(page, number)

    def _page_images(self, page: Any, number: int) -> Iterator[Segment]:
        try:
            images = list(page.images)
        except MemoryError:
            raise
        except Exception:  # an image filter pypdf cannot decode (JBIG2, broken data)
            log.debug("cannot decode the images of page %d of %s", number, self.path, exc_info=True)
            yield from self._rendered(number)
            return
        for index, image_file in enumerate(images, 1):
            image = image_file.image
            if image is None or min(image.size) < MIN_SIDE:
                continue
            try:
                lines = ocr.recognise(image_file.data, image, self.limits)
            except ocr.PageTimeout:
                reason = ocr.page_timeout_reason(self.limits.ocr_page_seconds)
                yield self._unread(number, "error", reason)
                return
            self.read_any = True
            yield from ocr.segments(lines, {"page": number, "image": index})

    def _rendered(self, number: int) -> Iterator[Segment]:
        """The page drawn by pdftoppm and read by OCR; an unread page when either is missing."""
        from PIL import Image

        pdftoppm = shutil.which("pdftoppm")
        missing = ocr.unavailable_reason(self.limits) or (None if pdftoppm else NO_PDFTOPPM)
        if missing is not None or pdftoppm is None:
            # "中文 / English" twice: the font's problem, then what would read the page
            zh, en = (missing or NO_PDFTOPPM).split(" / ", 1)
            head_zh, head_en = NO_UNICODE_MAP.split(" / ", 1)
            yield self._unread(number, "skipped", f"{head_zh}，{zh} / {head_en}; {en}")
            return
        seconds = self.limits.ocr_page_seconds
        try:
            # no output name: the PNG comes on stdout, nothing is written to disk
            done = subprocess.run(
                [
                    pdftoppm,
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-r",
                    str(RENDER_DPI),
                    "-png",
                    os.path.abspath(self.path),
                ],
                capture_output=True,
                timeout=seconds,
                check=True,
            )
            data = done.stdout
            image = Image.open(io.BytesIO(data))
            ocr.check_size(*image.size)
            lines = ocr.recognise(data, image.convert("RGB"), self.limits)
        except (subprocess.SubprocessError, OSError, FileSkipped, ocr.PageTimeout):
            log.debug("rendering page %d of %s failed", number, self.path, exc_info=True)
            yield self._unread(number, "error", RENDER_FAILED)
            return
        self.read_any = True
        yield from ocr.segments(lines, {"page": number})

    def finish(self, no_text: str) -> None:
        """Raise when no page was read: the first page's reason, or ``no_text`` (no text layer
        and no picture at all)."""
        if not self.read_any:
            raise ExtractionError(self.first_unread or no_text)
