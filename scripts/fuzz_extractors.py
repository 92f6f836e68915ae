"""Bounded fuzzing of every extractor: mutated documents must give a clean record, in bounded time
and memory.

Seeds are made here, small valid files of every format that ``scanner.extract`` registers, with
the libraries the tests use (python-docx, openpyxl, python-pptx, reportlab, zipfile, email,
tarfile) and the committed fixtures of tests/fixtures/formats for the formats no pip library
writes (.doc .xls .ppt .odt .ods .odp .rtf); .xlsb and .msg are written record by record here.
Mutants (fixed random seed): byte flips and interesting bytes, cuts, inserted and duplicated
ranges, truncation, splices with another seed, and for zip packages one member damaged and the
package rebuilt with good checksums (XML tag damage, huge numbers, member dropped or doubled),
so the damage reaches the parser instead of stopping at a CRC check.

Each mutant is read by ``scanner.extract.extract`` (every segment consumed) in a forked worker
under an address-space limit (``scanner.limits.limit_memory``) and a wall-clock limit. Outcomes:

* clean: segments, or ``ExtractionError`` / ``FileSkipped`` with a reason (the documented
  records, scanner/extract/interface.py);
* **crash**: any other exception out of ``extract``, an exception raised in baomi's own code that
  only the last-resort guard of ``scanner.extract`` caught, the worker dying, a location that is
  not JSON, or a reason quoting the document;
* **timeout** / **memory**: the worker passed ``--timeout`` or ``--memory-mib``.

Library exceptions that reach the last-resort guard are clean records (that guard is the
documented contract) but are counted by type, so one sees what each parser throws.

Crashes, timeouts and memory blow-ups are saved (shortened by cutting the tail while the outcome
stays the same) under ``--save`` (default tests/fixtures/fuzz/<format>/), where
tests/extract/test_fuzz_regressions.py replays them.

Run: ``python scripts/fuzz_extractors.py --short`` (CI, a few hundred mutants, about a minute);
``python scripts/fuzz_extractors.py --minutes 30`` for the full run; ``--replay PATH...`` reads
the given files (or folders) once each and prints their outcomes. Exit 0 when no crash, timeout
or memory finding, 1 otherwise.
"""

from __future__ import annotations

import argparse
import collections
import email.message
import hashlib
import io
import json
import logging
import os
import random
import re
import select
import signal
import struct
import sys
import tarfile
import tempfile
import time
import traceback
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scanner.extract import EXTRACTORS, ExtractionError, FileSkipped, extract  # noqa: E402
from scanner.limits import limit_memory  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "formats"
SAVE_DIR = REPO_ROOT / "tests" / "fixtures" / "fuzz"
SCANNER_DIR = str(REPO_ROOT / "scanner")
ID = "11010519491231002X"
TEXT = f"患者张三的身份证号是{ID}，请注意保密。"
ROWS = [["姓名", "身份证号", "联系电话"], ["张三", ID, "13812345678"], ["李四", "", "13700001111"]]
BAD_OUTCOMES = ("crash", "timeout", "memory")


# ---------------------------------------------------------------- seeds


def _docx(work: Path) -> bytes:
    from tests.docmaker import make_docx

    path = make_docx(work / "s.docx", [TEXT, "第二段"], tables=[ROWS], header="页眉", footer="页脚")
    return path.read_bytes()


def _xlsx(work: Path) -> bytes:
    from tests.docmaker import make_xlsx

    return make_xlsx(work / "s.xlsx", {"名单": ROWS, "备注": [[TEXT]]}).read_bytes()


def _pdf(work: Path) -> bytes:
    from tests.docmaker import make_pdf

    return make_pdf(work / "s.pdf", [TEXT, "第二页\n" + ID]).read_bytes()


def _pptx(work: Path) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "随访名单"
    slide.placeholders[1].text = TEXT
    slide.notes_slide.notes_text_frame.text = "备注：联系电话 13812345678"
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    table = slide.shapes.add_table(3, 3, Inches(1), Inches(1), Inches(6), Inches(1)).table
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _retyped(package: bytes, old: bytes, new: bytes) -> bytes:
    """The same package with its main part declared as a sibling type, as Office saves it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(old, new)
            dst.writestr(info, data)
    return out.getvalue()


_WORD = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_EXCEL = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def _record(kind: int, payload: bytes) -> bytes:
    """One BIFF12 record: type and length as 7-bit varints, then the payload."""

    def varint(value: int) -> bytes:
        out = bytearray()
        while True:
            byte = value & 0x7F
            value >>= 7
            out.append(byte | (0x80 if value else 0))
            if not value:
                return bytes(out)

    return varint(kind) + varint(len(payload)) + payload


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _xlsb(work: Path) -> bytes:
    """A binary workbook ([MS-XLSB]): one sheet, shared strings and one number."""
    book = (
        _record(131, b"")  # BrtBeginBook
        + _record(143, b"")  # BrtBeginBundleShs
        + _record(156, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("名单"))  # BrtBundleSh
        + _record(144, b"")
        + _record(132, b"")
    )
    strings = [cell for row in ROWS for cell in row if cell]
    sst = _record(159, struct.pack("<II", len(strings), len(strings)))  # BrtBeginSst
    for text in strings:
        sst += _record(19, b"\x00" + _wide(text))  # BrtSSTItem
    sst += _record(160, b"")
    cells = b""
    index = 0
    for r, row in enumerate(ROWS):
        cells += _record(0, struct.pack("<I", r) + b"\x00" * 13)  # BrtRowHdr
        for c, text in enumerate(row):
            if text:
                cells += _record(7, struct.pack("<III", c, 0, index))  # BrtCellIsst
                index += 1
    cells += _record(0, struct.pack("<I", 3) + b"\x00" * 13)
    cells += _record(5, struct.pack("<IId", 0, 0, 36526.0))  # BrtCellReal
    dimension = _record(148, struct.pack("<IIII", 0, 3, 0, 2))  # BrtWsDim: rows 0-3, cols 0-2
    sheet = (
        _record(129, b"")
        + dimension
        + _record(145, b"")
        + cells
        + _record(146, b"")
        + _record(130, b"")
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/>'
        "</Relationships>"
    )
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="bin" ContentType="application/'
        'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", types)
        package.writestr("xl/workbook.bin", book)
        package.writestr("xl/_rels/workbook.bin.rels", rels)
        package.writestr("xl/sharedStrings.bin", sst)
        package.writestr("xl/worksheets/sheet1.bin", sheet)
    return out.getvalue()


_OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd(work: Path) -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    objects = "".join(
        f'<ofd:TextObject ID="{20 + i}" Boundary="10 {10 + 8 * i} 150 8" Font="1" Size="4">'
        f'<ofd:TextCode X="0" Y="4">{line}</ofd:TextCode></ofd:TextObject>'
        for i, line in enumerate([TEXT, "第二行"])
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "OFD.xml",
            f'{head}<ofd:OFD {_OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
            "<ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml"
            "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        package.writestr(
            "Doc_0/Document.xml",
            f"{head}<ofd:Document {_OFD_NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>"
            "0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:MaxUnitID>99</ofd:MaxUnitID>"
            '</ofd:CommonData><ofd:Pages><ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/>'
            "</ofd:Pages></ofd:Document>",
        )
        package.writestr(
            "Doc_0/Pages/Page_0/Content.xml",
            f'{head}<ofd:Page {_OFD_NS}><ofd:Content><ofd:Layer ID="2">{objects}</ofd:Layer>'
            "</ofd:Content></ofd:Page>",
        )
    return out.getvalue()


def _eml(work: Path) -> bytes:
    message = email.message.EmailMessage()
    message["From"] = "张三 <zhangsan@example.com>"
    message["To"] = "lisi@example.com"
    message["Subject"] = "随访名单"
    message.set_content(f"{TEXT}\n请查收。")
    message.add_alternative(f"<p>{TEXT}</p>", subtype="html")
    message.add_attachment(
        _docx(work), maintype="application", subtype="octet-stream", filename="名单.docx"
    )
    message.add_attachment(TEXT.encode(), maintype="text", subtype="plain", filename="备注.txt")
    return bytes(message)


def _cfb(entries: list[tuple[str, bytes | None]]) -> bytes:
    """A compound file ([MS-CFB] version 3) holding ``entries``: ``"a/b"`` paths, None for a
    storage. Streams are padded to 4096 bytes, so they live in normal sectors (no mini stream)."""
    sector = 512
    end, free, fat_mark, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    data = b""
    fat: list[int] = []
    starts: dict[str, tuple[int, int]] = {}
    for name, payload in entries:
        if payload is None:
            continue
        padded = payload.ljust(max(4096, -(-len(payload) // sector) * sector), b"\0")
        first = len(fat)
        count = len(padded) // sector
        fat.extend(range(first + 1, first + count))
        fat.append(end)
        starts[name] = (first, len(padded))
        data += padded
    # directory: the root, then every entry; siblings chained through the right pointer
    names = ["Root Entry", *[name for name, _ in entries]]
    children: dict[str, list[int]] = collections.defaultdict(list)
    for index, (name, _) in enumerate(entries, 1):
        parent = name.rpartition("/")[0]
        children[parent].append(index)
    records = []
    for index, full in enumerate(names):
        key = "" if index == 0 else full
        short = full if index == 0 else full.rpartition("/")[2]
        kind = 5 if index == 0 else (1 if entries[index - 1][1] is None else 2)
        siblings = children[full.rpartition("/")[0]] if index else []
        right = nostream
        if index and siblings.index(index) + 1 < len(siblings):
            right = siblings[siblings.index(index) + 1]
        kids = children.get(key) if kind != 2 else None
        child = kids[0] if kids else nostream
        start, size = starts.get(full, (end, 0))
        encoded = (short + "\0").encode("utf-16-le")
        records.append(
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", nostream, right, child)
            + b"\0" * 36
            + struct.pack("<IQ", start if kind == 2 else (end if kind == 5 else 0), size)
        )
    directory = b"".join(records)
    directory = directory.ljust(-(-len(directory) // sector) * sector, b"\0")
    dir_first = len(fat)
    dir_count = len(directory) // sector
    fat.extend(range(dir_first + 1, dir_first + dir_count))
    fat.append(end)
    fat_count = -(-(len(fat) + 1) // (sector // 4))
    while -(-(len(fat) + fat_count) // (sector // 4)) > fat_count:
        fat_count += 1
    fat_first = len(fat)
    fat.extend([fat_mark] * fat_count)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(fat_count * sector, b"\xff")
    difat = list(range(fat_first, fat_first + fat_count)) + [free] * (109 - fat_count)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_count, dir_first, 0, 4096, end, 0, end, 0)
        + struct.pack("<109I", *difat)
    )
    return header + data + directory + fat_bytes


def _msg(work: Path) -> bytes:
    """An Outlook message: sender, subject, body and one .docx attachment (MAPI properties)."""

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le")

    attach = "__attach_version1.0_#00000000"
    return _cfb(
        [
            ("__properties_version1.0", b"\0" * 32),
            ("__substg1.0_0037001F", utf16("随访名单")),
            ("__substg1.0_0C1A001F", utf16("张三")),
            ("__substg1.0_1000001F", utf16(f"{TEXT}\r\n请查收。")),
            (attach, None),
            (f"{attach}/__substg1.0_3707001F", utf16("名单.docx")),
            (f"{attach}/__substg1.0_37010102", _docx(work)),
        ]
    )


def _png(work: Path) -> bytes:
    """One line of a form as a scanner gives it (tests/scanmaker.py): small, so OCR is quick."""
    from tests.scanmaker import render_page

    out = io.BytesIO()
    render_page([TEXT[:16]], size=(640, 180), font_size=24).save(out, "PNG")
    return out.getvalue()


def _zip(work: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("名单.txt", TEXT)
        archive.writestr("表格.xlsx", _xlsx(work))
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as nested:
            nested.writestr("内层.csv", "\n".join(",".join(r) for r in ROWS))
        archive.writestr("内层.zip", inner.getvalue())
    return out.getvalue()


def _tar(work: Path) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        for name, data in (("名单.txt", TEXT.encode()), ("s.docx", _docx(work))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _fixture(name: str) -> Callable[[Path], bytes]:
    return lambda work: (FIXTURES / name).read_bytes()


@dataclass(frozen=True)
class Seed:
    format: str
    suffix: str
    data: bytes


SEED_MAKERS: dict[str, tuple[str, Callable[[Path], bytes]]] = {
    "txt": (".txt", lambda w: f"{TEXT}\n第二行\t13812345678\n".encode("gb18030")),
    "md": (
        ".md",
        lambda w: f"# 名单\n\n| 姓名 | 身份证号 |\n|---|---|\n| 张三 | {ID} |\n".encode(),
    ),
    "csv": (".csv", lambda w: "\n".join(",".join(r) for r in ROWS).encode("utf-8-sig")),
    "docx": (".docx", _docx),
    "xlsx": (".xlsx", _xlsx),
    "pdf": (".pdf", _pdf),
    "doc": (".doc", _fixture("sample.doc")),
    "xls": (".xls", _fixture("sample.xls")),
    "ppt": (".ppt", _fixture("sample.ppt")),
    "pptx": (".pptx", _pptx),
    "docm": (
        ".docm",
        lambda w: _retyped(
            _docx(w), _WORD, b"application/vnd.ms-word.document.macroEnabled.main+xml"
        ),
    ),
    "dotx": (
        ".dotx",
        lambda w: _retyped(
            _docx(w),
            _WORD,
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ),
    ),
    "xltx": (
        ".xltx",
        lambda w: _retyped(
            _xlsx(w),
            _EXCEL,
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        ),
    ),
    "xlsb": (".xlsb", _xlsb),
    "odt": (".odt", _fixture("sample.odt")),
    "ods": (".ods", _fixture("sample.ods")),
    "odp": (".odp", _fixture("sample.odp")),
    "rtf": (".rtf", _fixture("sample.rtf")),
    "ofd": (".ofd", _ofd),
    "eml": (".eml", _eml),
    "msg": (".msg", _msg),
    "zip": (".zip", _zip),
    "tar": (".tar.gz", _tar),
    "image": (".png", _png),
}


def make_seeds(work: Path) -> list[Seed]:
    registered = {extractor.format for extractor in EXTRACTORS}
    missing = registered - set(SEED_MAKERS)
    if missing:
        raise SystemExit(f"no fuzz seed for the registered format(s) {sorted(missing)}: add one")
    return [
        Seed(fmt, suffix, maker(work))
        for fmt, (suffix, maker) in SEED_MAKERS.items()
        if fmt in registered
    ]


# ---------------------------------------------------------------- mutations

_INTERESTING = [b"\x00", b"\xff", b"\x7f", b"\x80", b"\xfe\xff", b"\xff\xff\xff\x7f", b"\x00" * 4]
_NUMBERS = ["0", "-1", "4294967295", "2147483648", "99999999999999999999", "1e308", "NaN", "-0"]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _interesting(rng: random.Random, data: bytes) -> bytes:
    value = rng.choice(_INTERESTING)
    at = rng.randrange(len(data))
    return data[:at] + value + data[at + len(value) :]


def _cut(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, max(1, len(data) // 8)) :]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    piece = data[at : at + rng.randint(1, 512)]
    where = rng.randrange(len(data))
    return data[:where] + piece * rng.randint(1, 16) + data[where:]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))] if len(data) > 1 else data


def _xml_damage(rng: random.Random, data: bytes) -> bytes:
    """Damage markup the way a broken writer or a hostile hand would."""
    text = data.decode("utf-8", "surrogateescape")
    choice = rng.randrange(7)
    tags = [m.span() for m in re.finditer(r"<[^<>]{1,200}>", text)]
    if not tags:
        return _flip(rng, data)
    start, stop = rng.choice(tags)
    if choice == 0:  # a tag removed (unbalanced)
        text = text[:start] + text[stop:]
    elif choice == 1:  # a tag doubled or moved
        text = text[:start] + text[start:stop] * rng.randint(2, 50) + text[start:]
    elif choice == 2:  # an angle bracket lost
        text = text[: stop - 1] + text[stop:]
    elif choice == 3:  # a number swapped for an extreme one
        numbers = list(re.finditer(r"\d+", text))
        if numbers:
            m = rng.choice(numbers)
            text = text[: m.start()] + rng.choice(_NUMBERS) + text[m.end() :]
    elif choice == 4:  # an attribute value emptied or made long
        values = list(re.finditer(r'="[^"]*"', text))
        if values:
            m = rng.choice(values)
            value = rng.choice(['=""', '="' + "A" * 5000 + '"', '="../../../x"', '="#"'])
            text = text[: m.start()] + value + text[m.end() :]
    elif choice == 5:  # cut mid-tag
        text = text[: rng.randrange(start, stop)]
    else:  # an element's name changed
        text = text[: start + 1] + "x" + text[start + 1 :]
    return text.encode("utf-8", "surrogateescape")


_BYTE_MUTATORS = [_flip, _interesting, _cut, _duplicate, _truncate]


def _zip_member(rng: random.Random, data: bytes) -> bytes | None:
    """Damage one member of a zip package and rebuild it with valid checksums."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            infos = src.infolist()
            members = [(info, src.read(info)) for info in infos]
    except Exception:
        return None
    if not members:
        return None
    target = rng.randrange(len(members))
    action = rng.randrange(10)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for index, (info, content) in enumerate(members):
            if index == target:
                if action == 0:
                    continue  # member dropped
                if action == 1:
                    dst.writestr(info.filename, content)  # name doubled
                elif content[:1] == b"<" or content[:5] == b"<?xml":
                    content = _xml_damage(rng, content) if action < 8 else _flip(rng, content)
                elif content:
                    content = rng.choice(_BYTE_MUTATORS)(rng, content)
            dst.writestr(info.filename, content)
    return out.getvalue()


def mutate(rng: random.Random, seed: Seed, seeds: list[Seed]) -> tuple[str, bytes]:
    """One mutant of ``seed`` and the name of the mutation."""
    is_zip = seed.data[:4] == b"PK\x03\x04"
    roll = rng.random()
    if is_zip and roll < 0.5:
        mutant = _zip_member(rng, seed.data)
        if mutant is not None:
            return "zip-member", mutant
    if roll < 0.6 and seed.format in ("txt", "md", "csv", "rtf", "eml"):
        return "markup", _xml_damage(rng, seed.data)
    if roll < 0.7:
        other = rng.choice(seeds).data
        at = rng.randrange(len(seed.data))
        return "splice", seed.data[:at] + other[rng.randrange(len(other)) :]
    mutator = rng.choice(_BYTE_MUTATORS)
    data = seed.data
    for _ in range(rng.randint(1, 3)):
        data = mutator(rng, data) or seed.data  # an empty result starts again from the seed
    return mutator.__name__.strip("_"), data


# ---------------------------------------------------------------- the worker


class _SafetyNet(logging.Handler):
    """Catches the debug record the last-resort guard of ``scanner.extract`` writes."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.caught: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "scanner.extract" and record.exc_info and record.exc_info[1]:
            self.caught = record.exc_info[1]


def _origin(error: BaseException) -> str:
    """Where ``error`` was raised: ``file:line`` of its innermost frame."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename}:{last.lineno}"


def read_once(path: Path) -> dict[str, object]:
    """Extract ``path`` completely, in this process; the outcome as a JSON-able dict."""
    net = _SafetyNet()
    logger = logging.getLogger("scanner.extract")
    logger.addHandler(net)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    segments = 0
    try:
        _fmt, stream = extract(path)
        for segment in stream:
            json.dumps(segment.location)
            if not isinstance(segment.text, str):
                raise TypeError("segment text is not str")
            segments += 1
    except (ExtractionError, FileSkipped) as record:
        status = "error" if isinstance(record, ExtractionError) else "skipped"
        result: dict[str, object] = {"outcome": status, "reason": record.reason}
        if ID in record.reason:
            result = {"outcome": "crash", "detail": "the reason quotes the document"}
        elif net.caught is not None:
            origin = _origin(net.caught)
            result["guard"] = type(net.caught).__name__
            result["origin"] = origin
            if origin.startswith(SCANNER_DIR) and not isinstance(net.caught, MemoryError):
                result = {
                    "outcome": "crash",
                    "detail": f"{type(net.caught).__name__} in baomi's own code at {origin}",
                }
        if result["outcome"] != "crash" and result.get("reason", "").startswith(  # type: ignore[union-attr]
            "内存不足"
        ):
            result = {"outcome": "memory", "detail": "MemoryError under the address-space limit"}
        return result
    except BaseException as error:  # noqa: BLE001 - anything else is exactly what we look for
        return {
            "outcome": "crash",
            "detail": f"{type(error).__name__} escaped extract() at {_origin(error)}",
        }
    finally:
        logger.removeHandler(net)
    return {"outcome": "ok", "segments": segments}


def run_limited(
    path: Path,
    timeout: float,
    memory_mib: int,
    work: Callable[[Path], dict[str, object]] | None = None,
) -> dict[str, object]:
    """``work`` (:func:`read_once`) in a forked worker under ``memory_mib`` and ``timeout``.

    The result also carries ``seconds`` (wall clock) and ``rss_mib``, the worker's peak resident
    size (libraries loaded before the fork included).
    """
    started = time.monotonic()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(reader)
        # xlrd and olefile print their complaints: the outcome is what counts here
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        code = 0
        try:
            limit_memory(memory_mib)
            result = (work or read_once)(path)
        except MemoryError:
            result = {"outcome": "memory", "detail": "MemoryError outside extract()"}
        except BaseException as error:  # noqa: BLE001
            result = {"outcome": "crash", "detail": f"worker: {type(error).__name__}"}
        try:
            os.write(writer, json.dumps(result).encode())
        except BaseException:  # noqa: BLE001
            code = 3
        os._exit(code)
    os.close(writer)
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([reader], [], [], left)
        if ready:
            chunk = os.read(reader, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    os.close(reader)
    measured = {
        "seconds": round(time.monotonic() - started, 2),
        "rss_mib": round(usage.ru_maxrss / 1024, 1),  # KiB on Linux
    }
    if timed_out:
        return {"outcome": "timeout", "detail": f"over {timeout:g} s", **measured}
    if not chunks:
        how = os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        return {"outcome": "crash", "detail": f"worker died ({how})", **measured}
    result: dict[str, object] = {**json.loads(b"".join(chunks)), **measured}
    return result


# ---------------------------------------------------------------- the run


@dataclass
class Tally:
    mutants: int = 0
    outcomes: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    guarded: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    findings: list[tuple[str, str, Path]] = field(default_factory=list)


def _signature(result: dict[str, object]) -> str:
    """What a finding is, without the measurements that vary from run to run."""
    return f"{result['outcome']}: {result.get('detail', '')}"


def _shorten(
    data: bytes, suffix: str, work: Path, signature: str, timeout: float, memory_mib: int
) -> bytes:
    """Cut the tail in halving steps while the outcome stays the same (cheap, a dozen reads)."""
    if signature.startswith("timeout"):
        return data
    step = len(data) // 2
    while step >= 16:
        candidate = data[: len(data) - step]
        probe = work / f"shorten{suffix}"
        probe.write_bytes(candidate)
        if _signature(run_limited(probe, timeout, memory_mib)) == signature:
            data = candidate
        else:
            step //= 2
    return data


def fuzz(args: argparse.Namespace) -> Tally:
    rng = random.Random(args.seed)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="baomi-fuzz-") as tmp:
        work = Path(tmp)
        seeds = make_seeds(work)
        if args.formats:
            wanted = set(args.formats.split(","))
            seeds = [s for s in seeds if s.format in wanted]
        # every seed must read cleanly, or the mutants say nothing about the parser
        for seed in seeds:
            path = work / f"seed{seed.suffix}"
            path.write_bytes(seed.data)
            result = run_limited(path, _seconds(args, seed.format), args.memory_mib)
            if result["outcome"] != "ok":
                raise SystemExit(f"the {seed.format} seed does not read: {result}")
        stop = time.monotonic() + args.minutes * 60 if args.minutes else None
        per_format = args.per_format
        round_number = 0
        while True:
            if stop is None and round_number >= per_format:
                break
            if stop is not None and time.monotonic() > stop:
                break
            round_number += 1
            for seed in seeds:
                how, data = mutate(rng, seed, seeds)
                if not data:
                    continue
                path = work / f"mutant{seed.suffix}"
                path.write_bytes(data)
                result = run_limited(path, _seconds(args, seed.format), args.memory_mib)
                tally.mutants += 1
                outcome = str(result["outcome"])
                tally.outcomes[(seed.format, outcome)] += 1
                if args.verbose:
                    print(seed.format, how, json.dumps(result, ensure_ascii=False), flush=True)
                if "guard" in result:
                    tally.guarded[(seed.format, f"{result['guard']} at {result['origin']}")] += 1
                if outcome in BAD_OUTCOMES:
                    signature = _signature(result)
                    small = _shorten(
                        data,
                        seed.suffix,
                        work,
                        signature,
                        _seconds(args, seed.format),
                        args.memory_mib,
                    )
                    digest = hashlib.sha256(small).hexdigest()[:16]
                    folder = args.save / seed.format
                    folder.mkdir(parents=True, exist_ok=True)
                    saved = folder / f"{how}-{digest}{seed.suffix}"
                    saved.write_bytes(small)
                    tally.findings.append((seed.format, signature, saved))
                    print(f"FINDING {seed.format} {signature} -> {saved}", flush=True)
    return tally


#: formats whose every forked worker first loads a heavy engine: OCR (OpenCV, ONNX Runtime and
#: the models, a few seconds on a busy machine) before the mutant's own time
EXTRA_SECONDS = {"image": 40.0}


def _seconds(args: argparse.Namespace, fmt: str) -> float:
    return float(args.timeout) + EXTRA_SECONDS.get(fmt, 0.0)


def _files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return found


def replay(args: argparse.Namespace) -> int:
    bad = 0
    for path in _files(args.replay):
        result = run_limited(path, args.timeout, args.memory_mib)
        bad += result["outcome"] in BAD_OUTCOMES
        print(json.dumps({"path": str(path), **result}, ensure_ascii=False))
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="CI run: 15 mutants per format")
    parser.add_argument("--minutes", type=float, default=0.0, help="run for this long")
    parser.add_argument("--per-format", type=int, default=200, help="mutants per format")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed")
    parser.add_argument("--formats", default="", help="only these formats (comma-separated)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per mutant")
    parser.add_argument("--memory-mib", type=int, default=512, help="address space per mutant")
    parser.add_argument(
        "--save", type=Path, help="where findings go (tests/fixtures/fuzz; --short: a temp folder)"
    )
    parser.add_argument("--verbose", action="store_true", help="print every outcome")
    parser.add_argument("--replay", type=Path, nargs="*", help="read these files once each")
    args = parser.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    # rebuilding a package with a member doubled is a mutation here, not a mistake
    warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
    if args.replay is not None:
        return replay(args)
    if args.short:
        args.per_format = 15
    if args.save is None:
        args.save = Path(tempfile.mkdtemp(prefix="baomi-fuzz-found-")) if args.short else SAVE_DIR
    started = time.monotonic()
    tally = fuzz(args)
    elapsed = time.monotonic() - started
    print(f"{tally.mutants} mutants in {elapsed:.0f} s")
    formats = sorted({fmt for fmt, _ in tally.outcomes})
    names = ["ok", "error", "skipped", *BAD_OUTCOMES]
    print(f"{'format':8}" + "".join(f"{n:>9}" for n in names))
    for fmt in formats:
        print(f"{fmt:8}" + "".join(f"{tally.outcomes[(fmt, n)]:>9}" for n in names))
    if tally.guarded:
        print("library exceptions caught by the last-resort guard (clean records):")
        for (fmt, what), count in sorted(tally.guarded.items()):
            print(f"  {fmt:6} {count:4}  {what.replace(str(Path(sys.prefix)), '<prefix>')}")
    if tally.findings:
        print(f"{len(tally.findings)} finding(s):")
        for fmt, signature, saved in tally.findings:
            print(f"  {fmt:6} {signature}  {saved}")
        return 1
    print("no crash, timeout or memory finding")
    return 0


if __name__ == "__main__":
    sys.exit(main())
