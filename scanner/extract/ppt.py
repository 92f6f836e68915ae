"""PowerPoint 97-2003 presentations (.ppt) and WPS Presentation files (.dps), read with olefile.

The ``PowerPoint Document`` stream is a tree of records (an 8-byte header: version/instance,
type, length; version 0xF marks a container). Text sits in TextCharsAtom (UTF-16) and
TextBytesAtom (the low bytes of UTF-16) records, inside the slide list (SlideListWithText, one
SlidePersistAtom before each slide's text) or inside a slide's drawing. Both places are read; a
text seen twice on one slide is reported once.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment
from .ole import ENCRYPTED, open_ole, read_stream

NOT_PPT = (
    "不是有效的 PowerPoint 97-2003 演示文稿（文件已损坏或不是演示文稿） / "
    "not a valid PowerPoint 97-2003 presentation (corrupt or not a presentation)"
)

_SLIDE = 0x03EE
_NOTES = 0x03F0
_MAIN_MASTER = 0x03F8
_SLIDE_LIST = 0x0FF0
_SLIDE_PERSIST = 0x03F3
_TEXT_CHARS = 0x0FA0
_TEXT_BYTES = 0x0FA8
_CONTAINER = 0xF
#: containers nested deeper than this are damaged or hostile, not a presentation
_MAX_DEPTH = 32


class _Walk:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.slides = 0  # SlideContainers seen
        self.notes = 0
        self.listed = {0: 0, 2: 0}  # SlidePersistAtoms seen per slide list (0 slides, 2 notes)
        self.seen: set[tuple[str, int, str]] = set()

    def records(
        self, start: int, end: int, depth: int, where: tuple[str, int]
    ) -> Iterator[Segment]:
        pos = start
        while pos + 8 <= end:
            ver_inst, kind, size = struct.unpack_from("<HHI", self.data, pos)
            body, pos = pos + 8, min(pos + 8 + size, end)
            version, instance = ver_inst & 0xF, ver_inst >> 4
            if version == _CONTAINER:
                if depth >= _MAX_DEPTH:
                    raise ExtractionError(NOT_PPT)
                inner = where
                if kind == _SLIDE:
                    self.slides += 1
                    inner = ("slide", self.slides)
                elif kind == _NOTES:
                    self.notes += 1
                    inner = ("notes", self.notes)
                elif kind == _MAIN_MASTER:
                    inner = ("master", 0)
                if kind == _SLIDE_LIST:
                    yield from self._slide_list(body, pos, depth + 1, instance)
                else:
                    yield from self.records(body, pos, depth + 1, inner)
            elif kind in (_TEXT_CHARS, _TEXT_BYTES):
                yield from self._text(body, pos, kind, where)

    def _slide_list(self, start: int, end: int, depth: int, instance: int) -> Iterator[Segment]:
        part = {0: "slide", 2: "notes"}.get(instance, "master")
        where: tuple[str, int] = (part, 0)
        pos = start
        while pos + 8 <= end:
            ver_inst, kind, size = struct.unpack_from("<HHI", self.data, pos)
            body, pos = pos + 8, min(pos + 8 + size, end)
            if kind == _SLIDE_PERSIST and instance in self.listed:
                self.listed[instance] += 1
                where = (part, self.listed[instance])
            elif kind in (_TEXT_CHARS, _TEXT_BYTES):
                yield from self._text(body, pos, kind, where)
            elif ver_inst & 0xF == _CONTAINER:
                yield from self.records(body, pos, depth + 1, where)

    def _text(self, start: int, end: int, kind: int, where: tuple[str, int]) -> Iterator[Segment]:
        raw = self.data[start:end]
        if kind == _TEXT_CHARS:
            text = raw[: len(raw) // 2 * 2].decode("utf-16-le", "replace")
        else:
            text = raw.decode("latin-1")
        text = text.replace("\r", "\n").replace("\x0b", "\n").strip()
        part, number = where
        key = (part, number, text)
        if not text or key in self.seen:
            return
        self.seen.add(key)
        location: dict[str, object] = {"part": part}
        if number:
            location["slide"] = number
        yield Segment(text, location)


class PptExtractor(Extractor):
    """Text of every slide (``{"part": "slide", "slide": n}``), its notes, and the masters."""

    format = "ppt"
    extensions = (".ppt", ".pps", ".pot", ".dps", ".dpt")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with open_ole(path, NOT_PPT) as ole:
            # a password-protected presentation keeps its summary apart, encrypted
            if ole.exists("EncryptedSummary"):
                raise ExtractionError(ENCRYPTED)
            data = read_stream(ole, "PowerPoint Document", limits.max_unzipped_bytes, NOT_PPT)
        walk = _Walk(data)
        yield from walk.records(0, len(data), 0, ("document", 0))
