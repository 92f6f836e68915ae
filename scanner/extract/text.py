"""Plain text, Markdown and CSV.

Files on a township health centre's share come from Notepad (UTF-8 with BOM, or UTF-16), from
older Chinese Windows (GBK) and from exports of hospital systems (GB18030, UTF-8). Statistical
detectors guess badly on a file of a few bytes ("姓名：张三" in GBK is ten bytes), so detection
tries the strict decoders in order of likelihood and keeps the statistical guess as a last resort.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import unicodedata
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .fields import is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment, Unread

#: how much of the file decides its encoding
HEAD_BYTES = 64 * 1024
#: a line longer than this (a one-line export) is cut into several segments, to bound memory
MAX_LINE_CHARS = 1_000_000
#: share of control characters above which decoded "text" is really binary
MAX_CONTROL_SHARE = 0.10
#: lines of a CSV read to guess its delimiter
SNIFF_LINES = 50
DELIMITERS = ",;\t|"

NOT_TEXT = "不是文本文件 / not a text file (binary content)"
UNKNOWN_ENCODING = "无法识别文字编码 / unknown text encoding"

# UTF-32 first: its little-endian BOM begins with the UTF-16 one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_STRICT_CANDIDATES = ("utf-8", "gb18030")
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")


@dataclass(frozen=True, slots=True)
class Encoding:
    """A detected encoding and the length of the byte-order mark to skip."""

    codec: str
    bom_length: int = 0


def _decodes(head: bytes, codec: str, complete: bool) -> str | None:
    """Decode strictly; a head cut mid-character is fine unless it is the whole file."""
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(head, final=complete)
    except UnicodeDecodeError:
        return None


def _mostly_control(text: str) -> bool:
    if not text:
        return False
    controls = sum(
        1 for ch in text if ch not in _WHITESPACE_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(text) > MAX_CONTROL_SHARE


def _bomless_utf16(head: bytes, complete: bool) -> str | None:
    """BOM-less UTF-16 has its NULs on one side only (ASCII is ``x\\0`` or ``\\0x``)."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if even and odd:
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    text = _decodes(head, codec, complete)
    return codec if text is not None and not _mostly_control(text) else None


#: damaged characters a strict candidate may have in the head and still be chosen: a few (a bad
#: byte in a double-byte text garbles its neighbours too) or a small share of a long head
MAX_DAMAGED_CHARS = 8
MAX_DAMAGED_SHARE = 0.01


def _nearly_decodes(head: bytes, complete: bool) -> str | None:
    """The strict candidate that decodes ``head`` but for a few damaged bytes, or None.

    One bad byte in the head of a GBK note must not make the whole file unreadable (and so
    unscanned, which an insider could do on purpose); the damaged bytes read as U+FFFD.
    """
    for codec in _STRICT_CANDIDATES:
        decoder = codecs.getincrementaldecoder(codec)("replace")
        text = decoder.decode(head, final=complete)
        damaged = text.count("\ufffd")
        if (
            text
            and damaged <= max(MAX_DAMAGED_CHARS, len(text) * MAX_DAMAGED_SHARE)
            and not _mostly_control(text)
        ):
            return codec
    return None


def detect_encoding(head: bytes, complete: bool) -> Encoding:
    """Decide the encoding from the first bytes of a file.

    ``complete`` says ``head`` is the whole file (a truncated multi-byte character at its end is
    then an error, not a cut). Raises :class:`ExtractionError` for binary content.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return Encoding(codec, len(bom))
    if b"\x00" in head:
        utf16 = _bomless_utf16(head, complete)
        if utf16 is None:
            raise ExtractionError(NOT_TEXT)
        return Encoding(utf16)
    for codec in _STRICT_CANDIDATES:
        text = _decodes(head, codec, complete)
        if text is not None:
            if _mostly_control(text):
                raise ExtractionError(NOT_TEXT)
            return Encoding(codec)
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        nearly = _nearly_decodes(head, complete)
        if nearly is None:
            raise ExtractionError(UNKNOWN_ENCODING)
        return Encoding(nearly)
    if _mostly_control(str(best)):
        raise ExtractionError(NOT_TEXT)
    return Encoding(best.encoding)


@contextmanager
def open_text(path: Path) -> Iterator[io.TextIOWrapper]:
    """Open ``path`` as text in its detected encoding, streaming, newlines left as they are.

    Undecodable bytes after the detected head become U+FFFD rather than failing the file: one
    damaged byte in a 100 MB export must not hide the rest from the scan.
    """
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
        encoding = detect_encoding(head, complete=len(head) < HEAD_BYTES)
        raw.seek(encoding.bom_length)
        text = io.TextIOWrapper(raw, encoding=encoding.codec, errors="replace", newline="")
        try:
            yield text
        finally:
            text.detach()


# how much of a cut piece's end goes on with the next piece: a label and its value that the cut
# separated still meet (a clerk's "住院号：" padded with a megabyte of blanks before the number)
CARRY_CHARS = 256


def _lines(stream: io.TextIOWrapper) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)``; a very long line comes in pieces under one number.

    Where a line is cut, the last :data:`CARRY_CHARS` characters of a piece (after its trailing
    blanks, which are dropped) are put in front of the next piece (after its leading blanks,
    dropped too, one space left between): padding a label away from its value across the cut
    does not hide the value.
    """
    number = 0
    continued = False
    carry = ""
    carry_blank = False
    while chunk := stream.readline(MAX_LINE_CHARS):
        if not continued:
            number += 1
        text = chunk.rstrip("\r\n")
        more = text == chunk and len(chunk) == MAX_LINE_CHARS
        if carry:
            rest = text.lstrip()
            text = carry + (" " if carry_blank or rest != text else "") + rest
            carry = ""
        if more:
            body = text.rstrip()
            carry_blank = body != text
            cut = max(len(body) - CARRY_CHARS, 0)
            carry, text = body[cut:], body[:cut]
        continued = more
        if text or not more:
            yield number, text


class TextExtractor(Extractor):
    """Plain text: one segment per non-blank line, at ``{"line": n}``."""

    format = "txt"
    extensions = (".txt",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with open_text(path) as stream:
            for number, line in _lines(stream):
                if line.strip():
                    yield Segment(line, {"line": number})


class MarkdownExtractor(TextExtractor):
    """Markdown is read as plain text: markup characters do not hide an ID number."""

    format = "md"
    extensions = (".md",)


def sniff_delimiter(lines: Iterable[str]) -> str:
    """Pick the delimiter that splits the sample into the most consistent number of columns.

    :class:`csv.Sniffer` guesses wrongly on short or Chinese samples; this only compares the
    usual delimiters, preferring consistency, then more columns. A one-column file gets ",".
    """
    sample = list(lines)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [
                len(row)
                for row in csv.reader(sample, delimiter=delimiter)
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            # an unclosed quote swallowing the sample past csv's field limit: not this one;
            # the reader proper reports a malformed file with its line
            continue
        if not widths:
            continue
        modal = max(set(widths), key=widths.count)
        score = (widths.count(modal), modal)
        if modal > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


def _header_at(header: list[str] | None, col: int) -> str | None:
    if header is None or col > len(header):
        return None
    return squash(header[col - 1]) or None


class CsvExtractor(Extractor):
    """CSV: one segment per non-empty cell, under its column header.

    The header is the first non-empty row; its own cells have no field. ``line`` is where the
    record starts (a quoted cell may span lines), ``row`` counts records, ``col`` columns.

    A file csv cannot parse (an unclosed quote swallowing the rest past csv's field limit) is
    read on from the record that broke as plain text lines (``line`` only, no field), and an
    unread entry says where and why: one stray quote must not hide what comes after it.
    """

    format = "csv"
    extensions = (".csv",)

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        broken_at = yield from self._records(path)
        if broken_at is None:
            return
        yield Segment(
            "",
            {"line": broken_at},
            unread=Unread(
                "error",
                f"CSV 格式错误（第 {broken_at} 行附近），其后按文本行读取 / malformed CSV near "
                f"line {broken_at}; the rest was read as plain text lines",
            ),
        )
        with open_text(path) as stream:
            for number, text in _lines(stream):
                if number >= broken_at and text.strip():
                    yield Segment(text, {"line": number})

    def _records(self, path: Path) -> Generator[Segment, None, int | None]:
        """The cells, record by record; returns the line of the record csv could not parse,
        or None when the whole file parsed."""
        with open_text(path) as stream:
            sample = list(itertools.islice(stream, SNIFF_LINES))
            if sample:
                sample[0] = sample[0].lstrip("\ufeff")
            reader = csv.reader(itertools.chain(sample, stream), delimiter=sniff_delimiter(sample))
            header: list[str] | None = None
            line = 1
            try:
                for row_number, row in enumerate(reader, 1):
                    cells = [cell.strip() for cell in row]
                    if any(cells):
                        for col, text in enumerate(cells, 1):
                            if text:
                                field = _header_at(header, col)
                                location = {"line": line, "row": row_number, "col": col}
                                yield Segment(text, location, field)
                        if header is None and is_header_row(cells):
                            header = cells
                    line = reader.line_num + 1
            except csv.Error:
                return line
        return None
