"""Render Chinese forms as a scanner or a phone would give them: PNG, JPEG, TIFF, image-only PDF.

The text is drawn with an installed CJK TrueType font (fonts-wqy-microhei, which .ci/run
installs), then the page is turned a little and grain is added, so OCR is tested on what a
clerk's scanner produces rather than on clean glyphs. Shared by tests/extract/test_extract_ocr.py
and benchmarks/bench_ocr.py (``sys.path.insert(0, repo_root)``); depends on Pillow and numpy only.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = ["FONT_PATHS", "font_path", "make_scan", "make_scan_pdf", "render_page"]

FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


def font_path() -> str:
    """The first installed CJK font; a clear error (not a skip) when there is none."""
    for candidate in FONT_PATHS:
        if os.path.exists(candidate):
            return candidate
    raise FileNotFoundError("no CJK font to render test scans: apt-get install fonts-wqy-microhei")


def render_page(
    lines: Sequence[str],
    *,
    angle: float = 1.2,
    noise: float = 12.0,
    seed: int = 0,
    size: tuple[int, int] = (1240, 1754),  # A4 at 150 dpi
    font_size: int = 30,
) -> Image.Image:
    """A greyscale page with ``lines`` of text, turned by ``angle`` degrees, with grain."""
    import numpy as np

    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(font_path(), font_size)
    y = 110
    for line in lines:
        draw.text((100, y), line, font=font, fill=20)
        y += int(font_size * 1.9)
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise:
        rng = np.random.default_rng(seed)
        pixels = np.asarray(page, dtype=np.float32)
        pixels += rng.normal(0.0, noise, pixels.shape)
        # a few specks, as on a glass that was not wiped
        specks = random.Random(seed)
        for _ in range(200):
            pixels[specks.randrange(size[1]), specks.randrange(size[0])] = 0
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return page


def _prepare(path: os.PathLike[str] | str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def make_scan(path: os.PathLike[str] | str, lines: Sequence[str], **render: float) -> Path:
    """One rendered page saved in the format of ``path``'s extension (.png .jpg .tif .bmp)."""
    target = _prepare(path)
    page = render_page(lines, **render)  # type: ignore[arg-type]
    if target.suffix.lower() in (".jpg", ".jpeg"):
        page.save(target, quality=85)
    else:
        page.save(target)
    return target


def make_scan_pdf(
    path: os.PathLike[str] | str, pages: Sequence[Sequence[str]], **render: float
) -> Path:
    """An image-only PDF (no text layer, like a scanner's), one rendered page per entry."""
    target = _prepare(path)
    images = [
        render_page(lines, seed=number, **render)  # type: ignore[arg-type]
        for number, lines in enumerate(pages)
    ]
    images[0].save(target, "PDF", resolution=150.0, save_all=True, append_images=images[1:])
    return target
