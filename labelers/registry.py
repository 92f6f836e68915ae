"""The one table of labelers, by format id (the scanner's ``format`` field)."""

from __future__ import annotations

from .docx import DocxLabeler
from .interface import Labeler
from .ods import OdsLabeler
from .odt import OdtLabeler
from .pdf import PdfLabeler
from .pptx import PptxLabeler
from .sidecar import SidecarLabeler, sidecar_path
from .text import TextBannerLabeler
from .xlsx import XlsxLabeler

# Formats read but not marked inside: a legacy binary file, an archive, a mail, a picture or an
# OFD (whose signature a change would break) is never rewritten; its label goes to the sidecar,
# and into the sealed header when sealed. (odp: a mark inside is still to be written.)
SIDECAR_ONLY: tuple[str, ...] = (
    *("doc", "xls", "ppt", "docm", "dotx", "xltx", "xlsb", "odp", "rtf"),
    *("ofd", "eml", "msg", "zip", "tar", "image"),
)


class _SidecarOnly(SidecarLabeler):
    formats = SIDECAR_ONLY


_ALL: tuple[Labeler, ...] = (
    DocxLabeler(),
    PdfLabeler(),
    XlsxLabeler(),
    PptxLabeler(),
    OdtLabeler(),
    OdsLabeler(),
    TextBannerLabeler(),
    SidecarLabeler(),
    _SidecarOnly(),
)

LABELERS: dict[str, Labeler] = {fmt: labeler for labeler in _ALL for fmt in labeler.formats}


def labeler_for(fmt: str) -> Labeler | None:
    """The labeler for a format id ("docx" "pdf" "xlsx" "txt" "md" "csv" "doc" "zip" ...)."""
    return LABELERS.get(fmt)


__all__ = ["LABELERS", "SIDECAR_ONLY", "labeler_for", "sidecar_path"]
