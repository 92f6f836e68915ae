"""Plain text and Markdown: the mark as a banner on the first line.

The file keeps its encoding (UTF-8 with or without BOM, UTF-16 / UTF-32 with BOM, GBK/GB18030,
detected as the scanner detects it) and its newline style; the BOM stays first and the banner
follows it. Only the head of the file is decoded: the rest is copied byte for byte, so a 100 MB
export is labeled in one streaming pass and a damaged byte further down is not "repaired".

A banner is recognised when the whole first line is a mark (this one with any retention, or a
mark in one of the documented forms) and is then replaced, never doubled. Markdown gets a blank
line after the banner, so that the mark stays a paragraph of its own instead of joining the
first paragraph of the document. A banner carries the mark only: :meth:`read` gives text, level
and retention years, and None for categories and dates (those live in the store).
"""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path
from typing import IO, Any

from scanner.extract.interface import ExtractionError
from scanner.extract.text import HEAD_BYTES, detect_encoding

from .interface import (
    LabelError,
    LabelOutcome,
    LabelSpec,
    check_paths,
    copy_file,
    is_known_mark,
    mark_pattern,
    parse_mark,
    write_output,
)

#: newline for a file that has none yet
DEFAULT_NEWLINE = "\n"


class _Head:
    """What the first bytes of a text file say: encoding, BOM, first line, newline style."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as raw:
            head = raw.read(HEAD_BYTES)
        complete = len(head) < HEAD_BYTES
        try:
            encoding = detect_encoding(head, complete)
        except ExtractionError as exc:
            raise LabelError(f"{path.name}：{exc.reason}，未加标识 / not labeled") from None
        self.codec = encoding.codec
        self.bom = head[: encoding.bom_length]
        body = head[encoding.bom_length :]
        decoder = codecs.getincrementaldecoder(self.codec)("replace")
        text = decoder.decode(body, final=complete)
        end = _line_end(text)
        if end is None:
            self.first_line = text if complete else None
            self.newline = None
        else:
            self.first_line, self.newline = text[: end[0]], text[end[0] : end[1]]
        self._raw = body
        self.path = path

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.codec)
        except UnicodeEncodeError:
            raise LabelError(
                f"{self.path.name}：文件的文字编码（{self.codec}）写不下保密标识，未加标识 / "
                f"{self.path.name}: the mark cannot be written in this file's encoding "
                f"({self.codec}); not labeled"
            ) from None

    def banner_bytes(self, is_banner: bool) -> int:
        """Length in bytes of the first line with its newline, when it is a banner; else 0."""
        if not is_banner or self.first_line is None:
            return 0
        line = self.encode(self.first_line + (self.newline or ""))
        if not self._raw.startswith(line):  # a lossy codec: do not guess where the line ends
            raise LabelError(
                f"{self.path.name}：无法确定第一行的位置（编码 {self.codec}），未加标识 / "
                f"{self.path.name}: cannot locate the first line (encoding {self.codec}); "
                "not labeled"
            )
        return len(line)


def _line_end(text: str) -> tuple[int, int] | None:
    """(start, end) of the first line break: CRLF, LF or a lone CR (old Mac)."""
    for index, char in enumerate(text):
        if char == "\n":
            return index, index + 1
        if char == "\r":
            if index + 1 < len(text) and text[index + 1] == "\n":
                return index, index + 2
            if index + 1 < len(text):
                return index, index + 1
            return None  # a CR at the end of the head may be half of a CRLF
    return None


def _copy_after(out: IO[bytes], first: bytes, source: IO[bytes]) -> None:
    out.write(first)
    shutil.copyfileobj(source, out, 1024 * 1024)


class TextBannerLabeler:
    """The mark on the first line of a .txt / .md file."""

    formats: tuple[str, ...] = ("txt", "md")

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        head = _Head(src)
        first = head.first_line
        old = first.strip() if first is not None else None
        is_banner = old is not None and (
            mark_pattern(spec).fullmatch(old) is not None or is_known_mark(old)
        )
        if is_banner and first == spec.text:
            copy_file(src, dst)
            return LabelOutcome("banner", False, "already labeled")
        newline = head.newline or DEFAULT_NEWLINE
        skip = len(head.bom) + head.banner_bytes(is_banner)
        banner = spec.text + newline
        if src.suffix.lower() == ".md" and not is_banner:
            banner += newline
        with src.open("rb") as source:
            source.seek(skip)
            write_output(dst, lambda out: _copy_after(out, head.bom + head.encode(banner), source))
        return LabelOutcome("banner", True, "replaced" if is_banner else "added")

    def read(self, path: Path) -> dict[str, Any] | None:
        first = _Head(path).first_line
        if first is None or not is_known_mark(first):
            return None
        level, years = parse_mark(first)
        return {
            "text": first.strip(),
            "level": level,
            "categories": None,
            "retention_years": years,
            "expires": None,
            "labeled_at": None,
        }

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """The banner line out (and, in Markdown, the blank line labeling put after it); the
        BOM, encoding and the rest of the file unchanged."""
        check_paths(src, dst)
        head = _Head(src)
        first = head.first_line
        if first is None or not is_known_mark(first):
            copy_file(src, dst)
            return LabelOutcome("banner", False, "no mark")
        skip = len(head.bom) + head.banner_bytes(True)
        if src.suffix.lower() == ".md" and head.newline:
            blank = head.encode(head.newline)
            if head._raw[skip - len(head.bom) :].startswith(blank):
                skip += len(blank)
        with src.open("rb") as source:
            source.seek(skip)
            write_output(dst, lambda out: _copy_after(out, head.bom, source))
        return LabelOutcome("banner", True, "removed")
