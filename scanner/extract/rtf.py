"""Rich Text Format (.rtf), with striprtf.

Chinese RTF stores text as ``\\'xx`` byte escapes in the document's ANSI code page
(``\\ansicpg936``: GBK) or as ``\\uN`` Unicode escapes; striprtf decodes both, taking the code
page from the document.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment

log = logging.getLogger(__name__)

NOT_RTF = "不是有效的 RTF 文件（文件已损坏） / not a valid RTF file (corrupt)"
_MAGIC = b"{\\rtf"
_CELL = "|"


class RtfExtractor(Extractor):
    """One segment per non-blank paragraph, at ``{"paragraph": n}``."""

    format = "rtf"
    extensions = (".rtf",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        from striprtf.striprtf import rtf_to_text

        raw = path.read_bytes()
        if not raw.lstrip().startswith(_MAGIC):
            raise ExtractionError(NOT_RTF)
        # RTF is 7-bit by the standard; a stray 8-bit byte must not stop the file
        source = raw.decode("latin-1")
        try:
            text = rtf_to_text(source, encoding="cp1252", errors="replace")
        except Exception:
            log.debug("striprtf cannot read %s", path, exc_info=True)
            raise ExtractionError(NOT_RTF) from None
        header: dict[int, str] | None = None
        table = row = 0
        for number, paragraph in enumerate(text.split("\n"), 1):
            paragraph = paragraph.rstrip("\r")
            if not paragraph.endswith(_CELL):
                header, row = None, 0
                if paragraph.strip():
                    yield Segment(paragraph, {"paragraph": number})
                continue
            # striprtf ends every table cell with "|": a line of them is a table row
            if row == 0:
                table += 1
            row += 1
            cells = {c: t.strip() for c, t in enumerate(paragraph.split(_CELL)[:-1], 1)}
            texts = {c: t for c, t in cells.items() if t}
            for c, cell in texts.items():
                column_header = header.get(c) if header is not None else None
                location = {"paragraph": number, "table": table, "row": row, "col": c}
                yield Segment(cell, location, cell_field(cells.get(c - 1), column_header))
            if header is None and is_header_row(texts.values()):
                header = {c: squash(t) for c, t in texts.items()}
