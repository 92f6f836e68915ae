"""Word 97-2003 binary documents (.doc) and WPS Writer files (.wps), read with olefile.

The text lives in the ``WordDocument`` stream in pieces; the piece table (the CLX, in the
``0Table``/``1Table`` stream) says where each run of character positions sits and whether it is
stored as 8-bit cp1252 ("compressed") or UTF-16 — Chinese text is always the latter. After the
main text come the other stories in a fixed order (footnotes, headers and footers, comments,
endnotes, text boxes), each as long as the FIB says ([MS-DOC] 2.4.1).

Tables are paragraphs ended by a cell mark (``\\x07``); the last mark of a row belongs to a
"table terminating paragraph", which only the paragraph properties (the PAPX pages, sprmPFTtp)
tell apart from an empty last cell. Those are read too, so that a row with an empty cell is
split into the right columns and a column header reaches its cells.
"""

from __future__ import annotations

import bisect
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fields import cell_field, is_header_row, squash
from .interface import DEFAULT_LIMITS, ExtractionError, Extractor, Limits, Segment
from .ole import ENCRYPTED, open_ole, read_stream

NOT_DOC = (
    "不是有效的 Word 97-2003 文档（文件已损坏或不是 Word 文档） / "
    "not a valid Word 97-2003 document (corrupt or not a Word document)"
)
TOO_OLD = (
    "Word 6.0/95 或更早的格式无法读取，请另存为 .docx / "
    "Word 6.0/95 or older format is not supported; save it as .docx"
)

_WORD97_IDENT = 0xA5EC
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
# indexes in FibRgLw97 and FibRgFcLcb97
_CCP_TEXT, _CCP_FTN, _CCP_HDD, _CCP_ATN, _CCP_EDN, _CCP_TXBX, _CCP_HDRTXBX = 3, 4, 5, 7, 8, 9, 10
_PLCF_HDD, _PLCF_BTE_PAPX, _CLX = 11, 13, 33
_SPRM_IN_TABLE, _SPRM_TTP = 0x2416, 0x2417
_SPRM_DEF_TABLE = 0xD608
_FKP = 512
_HEADER_KINDS = (
    ("header", "even"),
    ("header", "default"),
    ("footer", "even"),
    ("footer", "default"),
    ("header", "first"),
    ("footer", "first"),
)
# characters that are not text: objects, footnote/comment anchors, field marks handled apart
_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x06\x08\x1f"), None) | {
    0x0B: "\n",
    0x1E: "-",
    0x09: "\t",
    0xA0: " ",
}
_ENDS = re.compile(r"[\r\x07\x0c]")


def _u16(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<I", data, offset)[0])


@dataclass(slots=True)
class _Fib:
    table: str
    ccp: list[int]
    fc_lcb: list[tuple[int, int]]


def _fib(word: bytes) -> _Fib:
    if len(word) < 0x22 + 2:
        raise ExtractionError(NOT_DOC)
    if _u16(word, 0) != _WORD97_IDENT:
        raise ExtractionError(TOO_OLD)
    flags = _u16(word, 0x0A)
    if flags & _F_ENCRYPTED:
        # only the FIB's first bytes are in the clear: nothing past them can be parsed
        raise ExtractionError(ENCRYPTED)
    pos = 32
    csw = _u16(word, pos)
    pos += 2 + 2 * csw
    cslw = _u16(word, pos)
    pos += 2
    ccp = [_u32(word, pos + 4 * i) for i in range(min(cslw, 11))]
    pos += 4 * cslw
    count = _u16(word, pos)
    pos += 2
    if len(ccp) < 11 or pos + 8 * count > len(word) or count <= _CLX:
        raise ExtractionError(NOT_DOC)
    fc_lcb = [(_u32(word, pos + 8 * i), _u32(word, pos + 8 * i + 4)) for i in range(count)]
    return _Fib("1Table" if flags & _F_WHICH_TABLE else "0Table", ccp, fc_lcb)


@dataclass(slots=True)
class _Piece:
    cp: int
    end: int
    fc: int  # byte offset in WordDocument of the piece's first character
    compressed: bool


def _pieces(clx: bytes) -> list[_Piece]:
    i = 0
    while i < len(clx):
        kind = clx[i]
        if kind == 1:  # a Prc: formatting for the pieces, skipped
            i += 3 + struct.unpack_from("<h", clx, i + 1)[0]
        elif kind == 2:
            size = _u32(clx, i + 1)
            plc = clx[i + 5 : i + 5 + size]
            count = (len(plc) - 4) // 12
            if count <= 0:
                break
            cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
            pieces = []
            for k in range(count):
                raw = _u32(plc, 4 * (count + 1) + 8 * k + 2)
                compressed = bool(raw & 0x40000000)
                fc = raw & 0x3FFFFFFF
                pieces.append(_Piece(cps[k], cps[k + 1], fc // 2 if compressed else fc, compressed))
            return pieces
        else:
            break
    raise ExtractionError(NOT_DOC)


class _Text:
    """Characters by position (one per CP: UTF-16 surrogates stay apart until a segment is cut)."""

    def __init__(self, word: bytes, pieces: list[_Piece]) -> None:
        self.word = word
        self.pieces = sorted(pieces, key=lambda p: p.cp)
        self.starts = [p.cp for p in self.pieces]

    def span(self, start: int, end: int) -> str:
        out: list[str] = []
        for piece in self.pieces:
            lo, hi = max(start, piece.cp), min(end, piece.end)
            if lo >= hi:
                continue
            if piece.compressed:
                offset = piece.fc + (lo - piece.cp)
                out.append(self.word[offset : offset + hi - lo].decode("cp1252", "replace"))
            else:
                offset = piece.fc + 2 * (lo - piece.cp)
                raw = self.word[offset : offset + 2 * (hi - lo)]
                units = struct.unpack(f"<{len(raw) // 2}H", raw[: len(raw) // 2 * 2])
                out.append("".join(map(chr, units)))
        return "".join(out)

    def fc(self, cp: int) -> int | None:
        i = bisect.bisect_right(self.starts, cp) - 1
        if i < 0 or cp >= self.pieces[i].end:
            return None
        piece = self.pieces[i]
        return piece.fc + (cp - piece.cp) * (1 if piece.compressed else 2)


def _table_marks(grpprl: bytes) -> tuple[bool, bool]:
    """(in a table, ends a row) from a paragraph's sprms."""
    in_table = ttp = False
    i = 0
    while i + 2 <= len(grpprl):
        sprm = _u16(grpprl, i)
        i += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == _SPRM_DEF_TABLE and i + 2 <= len(grpprl):
                size = _u16(grpprl, i) + 1
            elif i < len(grpprl):
                size = 1 + grpprl[i]
            else:
                break
        else:
            size = (1, 1, 2, 4, 2, 2, 0, 3)[spra]
        if i < len(grpprl):
            if sprm == _SPRM_IN_TABLE:
                in_table = bool(grpprl[i])
            elif sprm == _SPRM_TTP:
                ttp = bool(grpprl[i])
        i += size
    return in_table, ttp


@dataclass(slots=True)
class _Paragraphs:
    """Table flags of paragraph marks, by file offset, from the PAPX formatted-disk pages."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    flags: list[tuple[bool, bool]] = field(default_factory=list)

    @classmethod
    def read(cls, word: bytes, table: bytes, fc: int, lcb: int) -> _Paragraphs:
        runs: list[tuple[int, int, tuple[bool, bool]]] = []
        plc = table[fc : fc + lcb]
        count = (len(plc) - 4) // 8
        for k in range(max(count, 0)):
            page = _u32(plc, 4 * (count + 1) + 4 * k) & 0x3FFFFF
            fkp = word[page * _FKP : (page + 1) * _FKP]
            if len(fkp) < _FKP:
                continue
            crun = fkp[511]
            for r in range(crun):
                if 4 * (crun + 1) + 13 * r >= 511:
                    break
                start, end = _u32(fkp, 4 * r), _u32(fkp, 4 * r + 4)
                offset = 2 * fkp[4 * (crun + 1) + 13 * r]
                flags = (False, False)
                if offset:
                    size = fkp[offset]
                    if size == 0:
                        body = fkp[offset + 2 : offset + 2 + 2 * fkp[offset + 1]]
                    else:
                        body = fkp[offset + 1 : offset + 2 * size]
                    flags = _table_marks(body[2:])  # after the style index
                runs.append((start, end, flags))
        runs.sort()
        return cls([r[0] for r in runs], [r[1] for r in runs], [r[2] for r in runs])

    def at(self, fc: int | None) -> tuple[bool, bool] | None:
        if fc is None or not self.starts:
            return None
        i = bisect.bisect_right(self.starts, fc) - 1
        if i < 0 or fc >= self.ends[i]:
            return None
        return self.flags[i]


class _Fields:
    """Drops field codes (``\\x13 HYPERLINK ... \\x14``) and keeps what the field shows."""

    def __init__(self) -> None:
        self.stack: list[bool] = []  # per open field: still in its code part

    def clean(self, text: str) -> str:
        if "\x13" not in text and not self.stack:
            return text
        out: list[str] = []
        for ch in text:
            if ch == "\x13":
                self.stack.append(True)
            elif ch == "\x14":
                if self.stack:
                    self.stack[-1] = False
            elif ch == "\x15":
                if self.stack:
                    self.stack.pop()
            elif not any(self.stack):
                out.append(ch)
        return "".join(out)


def _finish(text: str) -> str:
    """Join UTF-16 surrogate pairs and drop the non-text characters."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text.translate(_DROP)


class _Story:
    """One story (main text, headers, ...) cut into paragraphs and table cells."""

    def __init__(self, text: _Text, paragraphs: _Paragraphs, start: int, end: int) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.start = start
        self.content = text.span(start, end)
        self.fields = _Fields()

    def marks(self) -> Iterator[tuple[str, str, tuple[bool, bool] | None]]:
        """``(text, end mark, (in table, ends a row) or None if unknown)`` per paragraph."""
        position = 0
        for match in _ENDS.finditer(self.content):
            piece = self.content[position : match.start()]
            cp = self.start + match.start()
            flags = self.paragraphs.at(self.text.fc(cp))
            yield _finish(self.fields.clean(piece)), match.group(), flags
            position = match.end()
        if position < len(self.content):
            yield _finish(self.fields.clean(self.content[position:])), "", None


def _body(story: _Story, base: dict[str, Any]) -> Iterator[Segment]:
    paragraph = table = row_number = header_row = 0
    in_table = False
    header: dict[int, str] = {}
    row: list[str] = []
    cell: list[str] = []
    previous_mark = ""

    def flush_row() -> Iterator[Segment]:
        nonlocal row_number, header, header_row
        row_number += 1
        for col, text in enumerate(row, 1):
            if not text.strip():
                continue
            column_header = header.get(col) if header_row and row_number > header_row else None
            left = row[col - 2] if col > 1 else None
            location = {**base, "table": table, "row": row_number, "col": col}
            yield Segment(text.strip(), location, cell_field(left, column_header))
        if not header_row and is_header_row(row):
            header = {c: squash(t) for c, t in enumerate(row, 1)}
            header_row = row_number

    def start_table() -> None:
        nonlocal in_table, table
        if not in_table:
            in_table = True
            table += 1

    for text, mark, flags in story.marks():
        if mark == "\x07":
            start_table()
            # unknown flags: an end-of-cell mark right after another one ends the row
            ends_row = flags[1] if flags is not None else previous_mark == "\x07" and not text
            if ends_row:
                yield from flush_row()
                row = []
            else:
                cell.append(text)
                row.append("\n".join(cell))
                cell = []
        elif flags is not None and flags[0]:
            start_table()
            cell.append(text)  # a paragraph inside a cell, before its last one
        else:
            if row:  # a row without its end mark: keep what it holds
                yield from flush_row()
                row = []
            if in_table:
                in_table = False
                row_number = header_row = 0
                header = {}
            paragraph += 1
            if text.strip():
                yield Segment(text, {**base, "paragraph": paragraph})
        previous_mark = mark
    if row:
        yield from flush_row()


def _plain(story: _Story, base: dict[str, Any]) -> Iterator[Segment]:
    for paragraph, (text, _mark, _flags) in enumerate(story.marks(), 1):
        if text.strip():
            yield Segment(text, {**base, "paragraph": paragraph})


class DocExtractor(Extractor):
    """The main text (paragraphs and table cells), then footnotes, headers and footers per
    section, comments, endnotes and text boxes, at ``part`` / ``paragraph`` or ``table`` /
    ``row`` / ``col`` like a .docx."""

    format = "doc"
    extensions = (".doc", ".dot", ".wps", ".wpt")

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with open_ole(path, NOT_DOC) as ole:
            word = read_stream(ole, "WordDocument", limits.max_unzipped_bytes, NOT_DOC)
            fib = _fib(word)
            table = read_stream(ole, fib.table, limits.max_unzipped_bytes, NOT_DOC)
        fc, lcb = fib.fc_lcb[_CLX]
        if lcb == 0 or fc + lcb > len(table):
            raise ExtractionError(NOT_DOC)
        text = _Text(word, _pieces(table[fc : fc + lcb]))
        try:
            papx = _Paragraphs.read(word, table, *fib.fc_lcb[_PLCF_BTE_PAPX])
        except struct.error:
            papx = _Paragraphs()  # tables then split by the cell marks alone
        ccp = fib.ccp
        cursor = 0

        def story(length: int) -> _Story:
            nonlocal cursor
            start, cursor = cursor, cursor + length
            return _Story(text, papx, start, cursor)

        yield from _body(story(ccp[_CCP_TEXT]), {"part": "body"})
        yield from _plain(story(ccp[_CCP_FTN]), {"part": "footnote"})
        headers_start = cursor
        headers = story(ccp[_CCP_HDD])
        yield from self._headers(text, papx, table, fib, headers_start, headers)
        yield from _plain(story(ccp[_CCP_ATN]), {"part": "comment"})
        yield from _plain(story(ccp[_CCP_EDN]), {"part": "endnote"})
        yield from _plain(story(ccp[_CCP_TXBX]), {"part": "textbox"})
        yield from _plain(story(ccp[_CCP_HDRTXBX]), {"part": "header", "textbox": 1})

    @staticmethod
    def _headers(
        text: _Text, papx: _Paragraphs, table: bytes, fib: _Fib, start: int, whole: _Story
    ) -> Iterator[Segment]:
        """Each header and footer story of each section, named as in a .docx."""
        fc, lcb = fib.fc_lcb[_PLCF_HDD]
        count = lcb // 4
        if count < 2 or fc + lcb > len(table):
            yield from _plain(whole, {"part": "header"})
            return
        cps = struct.unpack_from(f"<{count}I", table, fc)
        # the first six stories are footnote and endnote separators, then six per section
        for index in range(6, count - 1):
            lo, hi = cps[index], cps[index + 1]
            if hi <= lo:
                continue
            part, kind = _HEADER_KINDS[(index - 6) % 6]
            base = {"part": part, "section": (index - 6) // 6 + 1, "kind": kind}
            yield from _plain(_Story(text, papx, start + lo, start + hi), base)
