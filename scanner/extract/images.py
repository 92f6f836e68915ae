"""Scans and photos (.jpg .png .tif .bmp …), read by OCR (:mod:`scanner.extract.ocr`).

A multi-page TIFF (what many office scanners save) is read frame by frame, each a ``page``. A
picture with no writing in it is read and holds nothing (status ok). Without the engine, or with
``--ocr off``, the file is skipped with a reason that says so: a photographed form is never
reported as "nothing found".
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from . import ocr
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, FileSkipped, Limits, Segment


class ImageExtractor(Extractor):
    """One segment per recognised line, at ``{"box": [...]}`` (plus ``page`` in a TIFF)."""

    format = "image"
    extensions = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        reason = ocr.unavailable_reason(limits)
        if reason is not None:
            raise FileSkipped(reason)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's bomb warning: ocr.check_size decides
            image = ocr.open_image(path)
            frames = getattr(image, "n_frames", 1)
            content = path.read_bytes()
            for number in range(1, frames + 1):
                try:
                    image.seek(number - 1)
                    ocr.check_size(*image.size)
                    frame = image.convert("RGB")
                except (FileSkipped, ExtractionError):
                    raise
                except (OSError, ValueError, EOFError):
                    raise ExtractionError(
                        f"图片第 {number} 帧已损坏 / frame {number} of the image is corrupt"
                    ) from None
                # the cache key: the file's bytes, and which frame of them
                data = content if frames == 1 else content + f"\0frame {number}".encode()
                try:
                    lines = ocr.recognise(data, frame, limits)
                except ocr.PageTimeout:
                    raise ExtractionError(
                        ocr.page_timeout_reason(limits.ocr_page_seconds)
                    ) from None
                where = {"page": number} if frames > 1 else {}
                # a photo without writing is read, and holds nothing: ok, no findings
                yield from ocr.segments(lines, where)
