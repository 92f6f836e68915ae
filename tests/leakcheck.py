"""Canary values, documents that carry them, and a search for them in everything baomi wrote.

Used by ``tests/test_no_leak.py``. A *canary* is a synthetic, valid-looking secret value (a
resident ID with its check digit, a Luhn card, a mobile in a real range ...) planted in one
document and nowhere else, so finding it in baomi's output can only mean baomi copied it there.

The search looks through each blob of bytes in every spelling a value could take on its way out:
UTF-8, UTF-16 (both byte orders, both alignments), GB18030, JSON ``\\uXXXX`` escapes, HTML/XML
character references, URL percent-encoding, with or without separators (``138-1234-5678``,
``138 1234 5678``) and in any letter case; and inside the containers it can open: zip members
(xlsx, docx, nested zips), a PDF's streams (inflated) and its text, gzip.
"""

from __future__ import annotations

import gzip
import html
import io
import random
import re
import string
import urllib.parse
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import _org_code_check, id_check, luhn_digit, uscc_check
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

# ---------------------------------------------------------------------------------------------
# Canaries
# ---------------------------------------------------------------------------------------------

# Uncommon given names: a canary must not occur by chance in rules, examples or baomi's text.
_SURNAMES = "覃缪蒙韦黎莫滕蔺佘禤"
_GIVEN = "澈珩湛璟翊骁昶琰祺瑄钰琮煦晔熠"
_AREAS = ("450203", "450204", "450102", "450305", "450902")  # Guangxi: 柳州, 南宁, 桂林, 玉林
_ROADS = ("荣军路", "潭中西路", "鹅山路", "屏山大道", "驾鹤路")


@dataclass(frozen=True)
class Canary:
    entity: str  # the entity type baomi should report it as
    value: str  # as written in the document
    doc: str  # the document it was planted in


def canaries_for(doc: str, rng: random.Random) -> dict[str, Canary]:
    """One fresh value of every entity type, for the document ``doc``."""
    digits = lambda k: "".join(rng.choices(string.digits, k=k))  # noqa: E731
    born = f"{rng.randint(1950, 1999)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    id_body = rng.choice(_AREAS) + born + digits(3)
    card_body = "6217" + digits(14)
    org = "".join(rng.choices("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY", k=8))
    uscc_body = "91" + rng.choice(_AREAS) + org + _org_code_check(org)
    name = rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, 2))
    road = rng.choice(_ROADS)
    address = (
        f"广西壮族自治区柳州市鱼峰区{road}{rng.randint(100, 999)}号"
        f"{rng.randint(2, 9)}栋{rng.randint(1, 9)}0{rng.randint(1, 4)}室"
    )
    values = {
        "CN_RESIDENT_ID": id_body + id_check(id_body),
        "CN_PHONE": "1" + rng.choice(("39", "58", "86", "77", "99")) + digits(8),
        "CN_PHONE/landline": f"0772-{rng.randint(2, 8)}{digits(6)}",
        "CN_BANK_CARD": card_body + luhn_digit(card_body),
        "CN_MEDICAL_RECORD_NO/门诊号": f"MZ2026{digits(7)}",
        "CN_MEDICAL_RECORD_NO/住院号": f"ZY2026{digits(5)}",
        "CN_ADDRESS": address,
        "PERSON": name,
        "EMAIL_ADDRESS": f"canary.{''.join(rng.choices(string.ascii_lowercase, k=6))}"
        f"{digits(3)}@163.com",
        "CN_PASSPORT": "E" + digits(8),
        "CN_USCC": uscc_body + uscc_check(uscc_body),
    }
    return {key: Canary(key.split("/")[0], value, doc) for key, value in values.items()}


def secret_lines(c: Mapping[str, Canary]) -> list[str]:
    """A clinic record that carries every canary of ``c`` after its usual label."""
    v = {key: canary.value for key, canary in c.items()}
    return [
        "门诊病历",
        f"姓名：{v['PERSON']}  性别：男  年龄：45岁",
        f"身份证号：{v['CN_RESIDENT_ID']}",
        f"联系电话：{v['CN_PHONE']}  家庭电话：{v['CN_PHONE/landline']}",
        f"住址：{v['CN_ADDRESS']}",
        f"电子邮箱：{v['EMAIL_ADDRESS']}",
        f"门诊号：{v['CN_MEDICAL_RECORD_NO/门诊号']}  住院号：{v['CN_MEDICAL_RECORD_NO/住院号']}",
        f"护照号码：{v['CN_PASSPORT']}",
        f"工资卡号：{v['CN_BANK_CARD']}",
        f"工作单位统一社会信用代码：{v['CN_USCC']}",
        "主诉：咳嗽三天，发热。初步诊断：上呼吸道感染。",
    ]


_FIELDS = (
    ("姓名", "PERSON"),
    ("身份证号", "CN_RESIDENT_ID"),
    ("联系电话", "CN_PHONE"),
    ("家庭电话", "CN_PHONE/landline"),
    ("住址", "CN_ADDRESS"),
    ("电子邮箱", "EMAIL_ADDRESS"),
    ("门诊号", "CN_MEDICAL_RECORD_NO/门诊号"),
    ("住院号", "CN_MEDICAL_RECORD_NO/住院号"),
    ("护照号码", "CN_PASSPORT"),
    ("工资卡号", "CN_BANK_CARD"),
    ("统一社会信用代码", "CN_USCC"),
)


def _rows(c: Mapping[str, Canary]) -> list[list[str]]:
    return [[label for label, _ in _FIELDS] + ["诊断"]] + [
        [c[key].value for _, key in _FIELDS] + ["上呼吸道感染"]
    ]


def _eml(c: Mapping[str, Canary], attachment: Mapping[str, Canary]) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "门诊部 <clinic@example.org>"
    msg["To"] = "医务科 <office@example.org>"
    msg["Subject"] = f"转诊患者{c['PERSON'].value}资料"
    msg.set_content("\n".join(secret_lines(c)))
    msg.add_attachment(
        "\n".join(secret_lines(attachment)).encode("utf-8"),
        maintype="text",
        subtype="plain",
        filename="转诊单.txt",
    )
    return msg.as_bytes()


def _properties(path: Path, c: Mapping[str, Canary]) -> None:
    """Put the patient's name and phone into the document's own properties (author, title),
    as offices do when the file is saved from a template by the clerk who filled it."""
    name, phone = c["PERSON"].value, c["CN_PHONE"].value
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        document.core_properties.author = name
        document.core_properties.title = f"{name} {phone}"
        document.save(str(path))
        return
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata({"/Author": name, "/Title": f"{name} {phone}"})
    with open(path, "wb") as out:
        writer.write(out)


def _zip(path: Path, members: Mapping[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _broken_docx(path: Path, c: Mapping[str, Canary]) -> Path:
    """A docx whose body XML is cut off half-way, after canaries; core properties readable."""
    import docx

    document = docx.Document()
    for line in secret_lines(c):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    members: dict[str, bytes] = {}
    with zipfile.ZipFile(buffer) as archive:
        for info in archive.infolist():
            members[info.filename] = archive.read(info)
    body = members["word/document.xml"]
    members["word/document.xml"] = body[: body.index(c["CN_USCC"].value.encode()) + 30]
    return _zip(path, members)


def bad_cell_xlsx(path: Path, c: Mapping[str, Canary]) -> Path:
    """A workbook with a number cell whose value is text (a name and an e-mail address): the
    readers give up on it, and openpyxl's error quotes the cell."""
    make_xlsx(path, {"名单": _rows(c)})
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    cell = f"{c['PERSON'].value} {c['EMAIL_ADDRESS'].value}"
    members["xl/worksheets/sheet1.xml"] = sheet.replace(
        "</row></sheetData>", f'<c r="Z2" t="n"><v>{cell}</v></c></row></sheetData>'
    ).encode("utf-8")
    return _zip(path, members)


CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


def scanned_image(path: Path, c: Mapping[str, Canary]) -> Path | None:
    """A picture of a form, as a scanner makes it: read only by OCR. None without a CJK font.
    Only its ID, mobile and card number are canaries: OCR may misread a rare name's character."""
    from PIL import Image, ImageDraw, ImageFont

    font_file = next((f for f in CJK_FONTS if Path(f).exists()), None)
    if font_file is None:
        return None
    font = ImageFont.truetype(font_file, 28)
    lines = [
        "门诊病历",
        f"身份证号：{c['CN_RESIDENT_ID'].value}",
        f"联系电话：{c['CN_PHONE'].value}",
        f"工资卡号：{c['CN_BANK_CARD'].value}",
    ]
    image = Image.new("RGB", (900, 60 + 55 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((30, 20 + 55 * i), line, fill="black", font=font)
    image.save(path)
    return path


def flipped_pdf(path: Path, c: Mapping[str, Canary]) -> Path:
    """An uncompressed PDF (as simple generators write them) whose page stream has one damaged
    dictionary (``>>`` become ``]]``): pypdf complains quoting the bytes around it, which are
    the page's text. Only the ASCII canaries are on the page (a core font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    pdf.setFont("Helvetica", 11)
    for i, key in enumerate(ASCII_KEYS):
        pdf.drawString(56, 780 - 16 * i, f"{key.split('/')[-1]}: {c[key].value}")
    pdf.showPage()
    pdf.save()
    data = path.read_bytes()
    found = re.search(rb"/Length \d+\s*>>\s*stream", data)
    assert found is not None
    damaged = found.group(0).replace(b">>", b"]]")
    path.write_bytes(data[: found.start()] + damaged + data[found.end() :])
    return path


ASCII_KEYS = (
    "CN_RESIDENT_ID",
    "CN_PHONE",
    "EMAIL_ADDRESS",
    "CN_PASSPORT",
    "CN_BANK_CARD",
    "CN_MEDICAL_RECORD_NO/门诊号",
)


def _encrypted_zip(path: Path, c: Mapping[str, Canary], readable: Mapping[str, Canary]) -> Path:
    """A zip with one member under a password (``zip -P``, else the encryption flag set by hand)
    and one member readable by anyone."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "名单.txt").write_text("\n".join(secret_lines(c)), encoding="utf-8")
        (work / "说明.txt").write_text("\n".join(secret_lines(readable)), encoding="utf-8")
        zip_cmd = shutil.which("zip")
        if zip_cmd is not None:
            out = work / "out.zip"
            subprocess.run(
                [zip_cmd, "-q", "-P", "canary-pass", str(out), "名单.txt"], cwd=work, check=True
            )
            subprocess.run([zip_cmd, "-q", str(out), "说明.txt"], cwd=work, check=True)
            path.write_bytes(out.read_bytes())
            return path
        _zip(path, {n: (work / n).read_bytes() for n in ("名单.txt", "说明.txt")})
    data = bytearray(path.read_bytes())
    data[6] |= 0x1  # the first member's local header: "encrypted"
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    return path


@dataclass
class Share:
    folder: Path
    canaries: list[Canary]
    # values in the name of a file, a sheet or an archive member: a known limit (the record's
    # path, location.sheet and location.member name them; DESIGN.md fixes those fields)
    name_canaries: list[Canary]


def make_share(folder: Path, seed: int = 20261207) -> Share:
    """Every format baomi reads, each document with its own canaries (and a picture read by
    OCR, when a CJK font is installed); plus files whose reader fails (a cut-off docx, a zip
    with a password, a number cell holding text) with canaries in what can be read, and names
    of a file, a sheet and a zip member that hold values."""
    rng = random.Random(seed)
    made: list[Canary] = []

    def fresh(doc: str) -> dict[str, Canary]:
        c = canaries_for(doc, rng)
        made.extend(c.values())
        return c

    folder.mkdir(parents=True, exist_ok=True)
    make_text(folder / "门诊病历.txt", "\n".join(secret_lines(fresh("门诊病历.txt"))) + "\n")
    md = fresh("随访记录.md")
    make_text(folder / "随访记录.md", "# 随访记录\n\n" + "\n\n".join(secret_lines(md)[1:]) + "\n")
    rows = _rows(fresh("名单.csv"))
    make_text(folder / "名单.csv", "\n".join(",".join(r) for r in rows) + "\n")
    dx = fresh("住院登记.docx")
    dx_table = fresh("住院登记.docx/table")
    make_docx(
        folder / "住院登记.docx",
        paragraphs=secret_lines(dx),
        tables=[_rows(dx_table)],
        header="某某镇卫生院",
    )
    names = canaries_for("names", rng)  # values in names of files, sheets, members
    in_names = [names["CN_RESIDENT_ID"], names["PERSON"], names["CN_PHONE"]]
    _properties(folder / "住院登记.docx", dx)
    make_xlsx(
        folder / "工资表.xlsx",
        {"名单": _rows(fresh("工资表.xlsx")), names["PERSON"].value: _rows(fresh("工资表.xlsx/2"))},
    )
    bad_cell_xlsx(folder / "坏单元格.xlsx", fresh("坏单元格.xlsx"))
    pdf = fresh("化验单.pdf")
    make_pdf(folder / "化验单.pdf", ["\n".join(secret_lines(pdf))])
    _properties(folder / "化验单.pdf", pdf)
    (folder / "转诊.eml").write_bytes(_eml(fresh("转诊.eml"), fresh("转诊.eml/转诊单.txt")))
    member = "\n".join(secret_lines(fresh("附件.zip/名单.txt"))).encode("utf-8")
    _zip(
        folder / "附件.zip",
        {
            "名单.txt": member,
            f"联系人{names['CN_PHONE'].value}.txt": "\n".join(
                secret_lines(fresh("附件.zip/联系人.txt"))
            ).encode("utf-8"),
        },
    )
    make_text(
        folder / "旧档案.txt",
        "\n".join(secret_lines(fresh("旧档案.txt"))) + "\n",
        encoding="gb18030",
    )
    _broken_docx(folder / "损坏.docx", fresh("损坏.docx"))
    _encrypted_zip(folder / "加密.zip", fresh("加密.zip/名单.txt"), fresh("加密.zip/说明.txt"))
    flipped = canaries_for("坏字节.pdf", rng)
    flipped_pdf(folder / "坏字节.pdf", flipped)
    made.extend(flipped[key] for key in ASCII_KEYS)
    scan = canaries_for("扫描件.png", rng)
    if scanned_image(folder / "扫描件.png", scan) is not None:
        made.extend(scan[key] for key in ("CN_RESIDENT_ID", "CN_PHONE", "CN_BANK_CARD"))
    make_text(
        folder / f"身份证复印件{names['CN_RESIDENT_ID'].value}.txt",
        "\n".join(secret_lines(fresh("身份证复印件.txt"))) + "\n",
    )
    return Share(folder, made, in_names)


# ---------------------------------------------------------------------------------------------
# The search
# ---------------------------------------------------------------------------------------------

# Separators people and programs put inside numbers, and invisible characters: dropped from both
# the haystack and the canary, so 138-1234-5678, 138 1234 5678 and 13812345678 are one spelling.
_SEPARATORS = re.compile(r"[\s\-\u00a0\u3000\u200b-\u200f\u2060\ufeff\u00ad]+")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def normalise(text: str) -> str:
    return _SEPARATORS.sub("", text).lower()


def _json_unescape(text: str) -> str:
    return _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def views(blob: bytes) -> Iterator[tuple[str, str]]:
    """(how, text): the blob decoded every way a value could be spelled in it, normalised."""
    decoded = [
        ("utf-8", blob.decode("utf-8", errors="replace")),
        ("gb18030", blob.decode("gb18030", errors="replace")),
        ("utf-16-le", blob.decode("utf-16-le", errors="replace")),
        ("utf-16-le+1", blob[1:].decode("utf-16-le", errors="replace")),
        ("utf-16-be", blob.decode("utf-16-be", errors="replace")),
        ("utf-16-be+1", blob[1:].decode("utf-16-be", errors="replace")),
    ]
    for how, text in decoded:
        yield how, normalise(text)
    text = decoded[0][1]
    if "\\u" in text:
        yield "json-escape", normalise(_json_unescape(text))
    if "&#" in text:
        yield "html-entity", normalise(html.unescape(text))
    if "%" in text:
        yield "percent", normalise(urllib.parse.unquote_plus(text))


_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def expand(name: str, blob: bytes, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """The blob, then everything inside it that can be opened: zip members, inflated PDF
    streams and the PDF's extracted text, gzip content — each named after its container."""
    yield name, blob
    if depth > 3:
        return
    if blob[:2] == b"PK":
        try:
            archive = zipfile.ZipFile(io.BytesIO(blob))
            members = [(i.filename, archive.read(i)) for i in archive.infolist()]
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, ValueError):
            members = []  # encrypted or broken: the raw bytes were searched above
        for member, data in members:
            yield from expand(f"{name}!{member}", data, depth + 1)
    elif blob[:5] == b"%PDF-":
        for i, match in enumerate(_PDF_STREAM.finditer(blob)):
            try:
                inflated = zlib.decompress(match.group(1))
            except zlib.error:
                continue
            yield f"{name}!stream{i}", inflated
        yield f"{name}!text", _pdf_text(blob).encode("utf-8")
    elif blob[:2] == b"\x1f\x8b":
        try:
            inner = gzip.decompress(blob)
        except (OSError, EOFError):
            return
        yield from expand(f"{name}!gunzip", inner, depth + 1)


def _pdf_text(blob: bytes) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(blob))
        parts = [page.extract_text() or "" for page in reader.pages]
        parts.append(repr(reader.metadata or {}))
        xmp = reader.xmp_metadata
        if xmp is not None:
            parts.append(xmp.stream.get_data().decode("utf-8", errors="replace"))
        return "\n".join(parts)
    except Exception as error:  # noqa: BLE001 - a PDF we cannot parse: its raw bytes were searched
        return f"<unreadable pdf: {type(error).__name__}>"


@dataclass(frozen=True)
class Leak:
    canary: Canary
    where: str  # the blob (and the part inside it)
    how: str  # the spelling it was found in

    def __str__(self) -> str:
        return (
            f"{self.canary.entity} from {self.canary.doc} ({self.canary.value}) "
            f"in {self.where} [{self.how}]"
        )


def needle(canary: Canary) -> str:
    """What is searched: the whole value, except an address, whose first characters (province,
    city) the mask keeps by design; its street, number and room are searched."""
    value = canary.value
    if canary.entity == "CN_ADDRESS":
        value = value[value.index("区") + 1 :]
    return normalise(value)


def find_leaks(blobs: Mapping[str, bytes], canaries: Iterable[Canary]) -> list[Leak]:
    """Every (canary, place, spelling) found in ``blobs`` and what is inside them."""
    wanted = [(needle(c), c) for c in canaries]
    leaks: list[Leak] = []
    for name, blob in blobs.items():
        for where, part in expand(name, blob):
            seen: set[Canary] = set()
            for how, text in views(part):
                for n, canary in wanted:
                    if canary not in seen and n in text:
                        seen.add(canary)
                        leaks.append(Leak(canary, where, how))
    return leaks
