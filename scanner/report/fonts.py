"""A font for Chinese in the PDF and the charts.

An installed CJK TrueType font (fonts-wqy-microhei on Debian) is embedded, so the PDF renders on
any machine. reportlab cannot embed OpenType fonts with CFF outlines (Noto CJK .otf/.ttc), so
those are skipped. Without one, reportlab's CID font STSong-Light is used: its text extracts
correctly, but it is not embedded and the viewer must supply a Song font (Adobe Reader does;
poppler substitutes one if installed).
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)

EMBEDDED_NAME = "BaomiCJK"
CID_NAME = "STSong-Light"
# Small TrueType-outline fonts first: the PDF embeds only the glyphs used, but reading a large
# file still costs time.
COMMON_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
)


@dataclass(frozen=True)
class ReportFont:
    name: str  # as registered with reportlab
    embedded: bool
    path: str | None


_cache: ReportFont | None = None


def report_font() -> ReportFont:
    """Register (once per process) and return the font the report draws Chinese with."""
    global _cache
    if _cache is not None:
        return _cache
    from reportlab.pdfbase import pdfmetrics

    for path in _candidates():
        font = _load(path)
        if font is not None:
            pdfmetrics.registerFont(font)
            _cache = ReportFont(EMBEDDED_NAME, True, path)
            log.info("report font: %s (embedded)", path)
            return _cache
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(CID_NAME))
    log.warning(
        "没有找到可嵌入的中文字体，PDF 使用 STSong-Light（不嵌入，由阅读器提供）/ no "
        "embeddable CJK TrueType font found; the PDF uses STSong-Light (not embedded: the "
        "viewer supplies it). Install fonts-wqy-microhei to embed one."
    )
    _cache = ReportFont(CID_NAME, False, None)
    return _cache


def _candidates() -> list[str]:
    found: list[str] = []
    if os.environ.get("BAOMI_REPORT_FONT"):
        found.append(os.environ["BAOMI_REPORT_FONT"])
    found.extend(p for p in COMMON_PATHS if os.path.exists(p))
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            out = subprocess.run(
                [fc_list, ":lang=zh", "file"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        found.extend(
            sorted(
                line.split(":")[0].strip()
                for line in out.splitlines()
                if line.strip().lower().endswith((".ttf", ".ttc:", ".ttc", ".ttf:"))
            )
        )
    found.extend(sorted(glob.glob("/usr/share/fonts/truetype/*/*.tt[fc]")))
    return list(dict.fromkeys(found))  # first occurrence of each path, order kept


def _load(path: str) -> object | None:
    """A TTFont for ``path`` if it is TrueType and has Chinese glyphs, else None."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(EMBEDDED_NAME, path, subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
        log.debug("font %s not usable: %s", path, exc)
        return None
    if not all(ord(ch) in font.face.charToGlyph for ch in "保密报告"):
        return None
    return font
