"""The contract every extractor keeps.

An extractor turns one file into :class:`Segment` s: a piece of text plus where it sits in the
document (a page, a cell, a paragraph) so that a finding can be pointed at. It never decides what
is secret. A file it cannot read raises :class:`ExtractionError` (the record gets
``status: error``) or :class:`FileSkipped` (``status: skipped``) with a reason a clerk can act on,
written in Chinese and English.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

MiB = 1024 * 1024


class ExtractionError(Exception):
    """The file should be readable but is not (corrupt, encrypted, not what its name says)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FileSkipped(Exception):
    """The file is deliberately not scanned (empty, too large, unsupported legacy format, link)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class Segment:
    """A piece of text and where it is.

    ``location`` keys, by format (all optional, JSON-serialisable):
      text: ``line`` (1-based);
      docx: ``part`` ("body" | "header" | "footer"), ``section`` (1-based, headers/footers),
            ``paragraph`` (1-based index in its part), ``table`` / ``row`` / ``col`` (1-based);
      pdf:  ``page`` (1-based); read by OCR also ``image`` (1-based on the page) and ``box``;
      image: ``box`` ([x0, y0, x1, y1] in pixels), ``page`` for a multi-page TIFF;
      xlsx: ``sheet`` (name) and ``cell`` ("B3");
      pptx / ppt / odp: ``slide`` (1-based), ``shape`` or ``table`` / ``row`` / ``col``;
      mail: ``part`` ("header" | "body"), ``header`` (From / To / Subject ...);
      inside an archive or mail: ``member``, the path inside it, outermost first
      (``["附件.zip", "名单.xlsx"]``), ahead of the member's own keys.
    ``field`` is the label the text sits under, when the layout says so: the column header of a
    table / csv / sheet column, and/or the cell to the left in a two-column form (姓名 | 张三).
    Detection reads it as context ("姓名：张三") but never reports anything inside it.
    """

    text: str
    location: dict[str, Any]
    field: str | None = None
    #: set on an empty segment that stands for a member of an archive or mail that could not be
    #: read: the file is still read, and its record lists what was left out and why
    unread: Unread | None = None
    #: how sure OCR is of this text (0–1), None for text a file holds as text; the scanner
    #: multiplies it into the score of every finding in the segment
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Unread:
    """A member not read: ``status`` "skipped" or "error", as for a file, and the reason."""

    status: str
    reason: str


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards against hostile or accidental input."""

    max_file_bytes: int = 200 * MiB
    # zip packages (docx / xlsx): total uncompressed size, and the worst compression ratio of a
    # member; a 1 KB member that claims 1 GB is a zip bomb, not a spreadsheet.
    max_unzipped_bytes: int = 1024 * MiB
    max_zip_ratio: float = 200.0
    max_zip_members: int = 10_000
    # XML parts: openpyxl parses them into a tree (5-10× the XML), and even streamed (docx)
    # their text is all searched, so one part and all parts together are capped well below
    # what the zip limits allow; docx counts the bytes as they come out of the zip stream.
    max_xml_part_bytes: int = 32 * MiB
    max_xml_total_bytes: int = 96 * MiB
    # PDF page content, decoded: per page and per document (pages sharing one stream count once)
    max_pdf_page_content_bytes: int = 8 * MiB
    max_pdf_content_bytes: int = 128 * MiB
    # pypdf's work on a page: its parser takes seconds per MiB of content stream, so a longer
    # stream is not parsed; nested forms re-read their fonts' maps each time they are drawn, so
    # a page is also cut where it stands after some seconds, and the file after half the
    # runner's per-file time limit (the rest for detection), keeping what was read
    max_pdf_page_parse_bytes: int = 1 * MiB
    pdf_page_seconds: float = 2.0
    pdf_file_seconds: float = 60.0
    # the docx reader's own time on one file (not detection's), like pdf_file_seconds: past it,
    # what was read is kept and the rest is recorded as not read
    docx_file_seconds: float = 60.0
    # a page pypdf gave up on is read again by PDFium (pypdfium2), when installed
    pdfium: bool = True
    # pypdf parses a whole object stream the first time it needs one object of it (a fraction
    # of a millisecond an object): a file with a stream fuller than this is read by PDFium
    max_pdf_stream_objects: int = 20_000
    # archives and mail: how deep archives inside archives are opened (a mail or a zip is one
    # level), and how many attachments of one mail are read
    max_archive_depth: int = 3
    max_attachments: int = 500
    # OCR of images and PDF pages without text: "auto" (when the engine is installed) or "off";
    # seconds one page may take; the encrypted cache's folder (None: no cache)
    ocr: str = "auto"
    ocr_page_seconds: float = 60.0
    ocr_cache_dir: str | None = None


DEFAULT_LIMITS = Limits()


class Extractor(ABC):
    """One document format.

    ``extract`` is a generator: it may raise :class:`ExtractionError` before or during iteration.
    Implementations must stream (a large sheet or PDF is never held in memory whole).
    """

    #: the ``format`` field of the output record ("txt", "docx", ...)
    format: ClassVar[str]
    #: lower-case extensions with the dot, e.g. (".docx",)
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        """Yield the text of ``path`` in document order."""
