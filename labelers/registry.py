"""The one table of labelers, by format id (the scanner's ``format`` field)."""

from __future__ import annotations

from .docx import DocxLabeler
from .interface import Labeler
from .pdf import PdfLabeler
from .sidecar import SidecarLabeler, sidecar_path
from .text import TextBannerLabeler
from .xlsx import XlsxLabeler

_ALL: tuple[Labeler, ...] = (
    DocxLabeler(),
    PdfLabeler(),
    XlsxLabeler(),
    TextBannerLabeler(),
    SidecarLabeler(),
)

LABELERS: dict[str, Labeler] = {fmt: labeler for labeler in _ALL for fmt in labeler.formats}

# Formats read but not marked inside: a legacy binary file, an archive, a mail or an OFD (whose
# signature a change would break) is never rewritten; its label goes to the sidecar, and into the
# sealed header when sealed. (pptx/odt/ods: a mark inside is still to be written.)
SIDECAR_ONLY = (
    *("doc", "xls", "ppt", "pptx", "docm", "dotx", "xltx", "xlsb", "odt", "ods", "odp", "rtf"),
    *("ofd", "eml", "msg", "zip", "tar"),
)
LABELERS.update((fmt, LABELERS["csv"]) for fmt in SIDECAR_ONLY if fmt not in LABELERS)


def labeler_for(fmt: str) -> Labeler | None:
    """The labeler for a format id ("docx" "pdf" "xlsx" "txt" "md" "csv"), or None."""
    return LABELERS.get(fmt)


__all__ = ["LABELERS", "labeler_for", "sidecar_path"]
