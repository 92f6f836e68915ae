"""Write the seventh held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand for a fictional centre (尕庄镇卫生院, 洮川县, Linxia Hui
Autonomous Prefecture, Gansu; area code 0930) that differs from the first six sets' centres, in
document types none of their READMEs lists. The random generator (fixed seed) makes only check
digits (GB 11643 resident IDs, Luhn bank cards, GB 32100 credit codes) and the random digits of
mobiles, landlines, cards and record numbers, so a rerun gives the same texts and the same truth
(Office files, converted legacy files, zips and pictures carry their own timestamps or bytes).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:马玉梅»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«Iq»`` an old 15-digit ID, ``«d.hotline:12320»`` a decoy of kind ``hotline``;
the centre's staff and each document's own ``names=`` are marked wherever they occur. The marks
are removed from the files and every value recorded. At the end every file is read back and each
listed value must occur exactly as often as the listed values contain it (``check``).

The mechanics (marks, check digits, writers, read-back) are copied from
benchmarks/heldout6/make_heldout6.py; none of its documents is.

Run: ``python benchmarks/heldout7/make_heldout7.py`` (writes docs/ and truth.jsonl here; needs
soffice on PATH and the WenQuanYi font, see ``FONT``).
"""


from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE.parent.parent))

from tests.docmaker import CJK_FONT, make_pdf, make_text  # noqa: E402

SEED = 20261207
RNG = random.Random(SEED)
# The TrueType font pictures are drawn with (fc-list :lang=zh); WenQuanYi is in Debian's
# fonts-wqy-microhei.
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

CODES = {
    "P": "PERSON",
    "I": "CN_RESIDENT_ID",
    "Ic": "CN_RESIDENT_ID",
    "Io": "CN_RESIDENT_ID",
    "Iq": "CN_RESIDENT_ID",
    "T": "CN_PHONE",
    "L": "CN_PHONE",
    "A": "CN_ADDRESS",
    "R": "CN_MEDICAL_RECORD_NO",
    "B": "CN_BANK_CARD",
    "E": "EMAIL_ADDRESS",
    "U": "CN_USCC",
    "S": "CN_PASSPORT",
}
# Real county codes of Linxia Hui Autonomous Prefecture (Gansu) around the fictional 洮川县 (康乐
# 622922, 广河 622924, 和政 622925, 东乡 622926, 临夏县 622921, 临夏市 622901), plus people who
# moved in (Lanzhou 城关区 620102, Hezuo in Gannan 623001).
AREAS = ["622922", "622922", "622922", "622924", "622925", "622926", "622921", "622901", "620102",
         "623001"]  # fmt: skip
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "147",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "172",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "190",
    "191",
    "193",
    "195",
    "196",
    "198",
    "199",
]
LANDLINE_AREA = ["0930", "0930", "0930", "0931"]
CARD_PREFIXES = ["622848", "621700", "622202", "623059", "621799", "622908", "621226", "622575"]

# --------------------------------------------------------------------------------------------
# check digits and random values (copied from heldout3's helpers)
# --------------------------------------------------------------------------------------------

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


def id_check(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def new_id(lo: int = 1955, hi: int = 2003) -> str:
    born = date.fromordinal(RNG.randint(date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()))
    first = RNG.choice(AREAS) + born.strftime("%Y%m%d") + f"{RNG.randint(0, 999):03d}"
    return first + id_check(first)


def old_id(lo: int = 1930, hi: int = 1975) -> str:
    """A 15-digit first-generation ID: area, YYMMDD, sequence; no check digit."""
    born = date.fromordinal(RNG.randint(date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()))
    return RNG.choice(AREAS[:8]) + born.strftime("%y%m%d") + f"{RNG.randint(0, 999):03d}"


def bad_id() -> str:
    good = new_id()
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + RNG.choice(wrong)


def mobile() -> str:
    return RNG.choice(MOBILE_PREFIXES) + f"{RNG.randint(0, 99999999):08d}"


def landline() -> str:
    area = RNG.choice(LANDLINE_AREA)
    digits = 7 if area == "0930" else 8
    first = RNG.choice("2345678")
    return f"{area}-{first}{RNG.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def new_card(prefix: str | None = None) -> str:
    prefix = prefix or RNG.choice(CARD_PREFIXES)
    length = 19 if prefix in ("622848", "623059", "621799") else 16
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def bad_card() -> str:
    good = new_card()
    return good[:-1] + str((int(good[-1]) + RNG.randint(1, 9)) % 10)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def new_uscc(kind: str | None = None) -> str:
    org = "".join(RNG.choice("0123456789") for _ in range(2))
    org += "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(org, _ORG_WEIGHTS))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = (kind or RNG.choice(["91", "92", "12", "52"])) + RNG.choice(AREAS[:6]) + org
    check = (31 - sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS)) % 31) % 31
    return body + _USCC_CHARS[check]


def bad_uscc() -> str:
    good = new_uscc()
    return good[:-1] + RNG.choice([c for c in _USCC_CHARS if c != good[-1]])


# --------------------------------------------------------------------------------------------
# marks → values
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"«([A-Za-z]+)(?:\.([a-z_]+))?(?::([^»]*))?»")
TRUTH: list[dict[str, Any]] = []
_current: dict[str, Any] = {}
_PEOPLE: dict[str, str] = {}


def _value(code: str, kind: str | None, given: str | None) -> str:
    if code == "I" and given and given.startswith("y"):
        # «I:y1958/聂冬梅»: born that year (or day); the same ID wherever the tag recurs
        if given not in _PEOPLE:
            born = given[1:].split("/")[0]
            if "@" in born:
                # «I:y1986@650102/name»: born that year in that county (someone from elsewhere)
                year, area = born.split("@")
                day = date.fromordinal(
                    RNG.randint(date(int(year), 1, 1).toordinal(), date(int(year), 12, 31).toordinal())
                )
                first = area + day.strftime("%Y%m%d") + f"{RNG.randint(0, 999):03d}"
                _PEOPLE[given] = first + id_check(first)
            elif len(born) == 4:
                _PEOPLE[given] = new_id(int(born), int(born))
            else:
                first = RNG.choice(AREAS) + born + f"{RNG.randint(0, 999):03d}"
                _PEOPLE[given] = first + id_check(first)
        return _PEOPLE[given]
    if code == "B" and given and len(given) <= 6:
        return new_card(given)
    if code == "U" and given and len(given) == 2:
        # «U:91» a company, «U:12» a public institution
        return new_uscc(given)
    if given:
        return given
    generated = {
        "I": lambda: new_id(),
        "Ic": lambda: new_id(2016, 2025),
        "Io": lambda: new_id(1928, 1958),
        "Iq": old_id,
        "T": mobile,
        "L": landline,
        "B": lambda: new_card(),
        "U": new_uscc,
    }
    if code in generated:
        return generated[code]()
    decoys = {"bad_id": bad_id, "bad_card": bad_card, "bad_uscc": bad_uscc}
    if code == "d" and kind in decoys:
        return decoys[kind]()
    raise ValueError(f"no value for «{code}.{kind}»")


def r(text: Any) -> Any:
    """Resolve the marks of one string (other values pass through) into the current document."""
    if not isinstance(text, str):
        return text

    def one(m: re.Match[str]) -> str:
        code, kind, given = m.group(1), m.group(2), m.group(3)
        value = _value(code, kind, given)
        if code == "d":
            _current["decoys"].append({"kind": kind, "value": value})
        else:
            _current["entities"].append({"entity_type": CODES[code], "value": value})
        return value

    return MARK.sub(one, text)


def resolve(spec: Any) -> Any:
    """Resolve every string of a nested spec in document order (dict order, then list order)."""
    if isinstance(spec, str):
        return r(spec)
    if isinstance(spec, list):
        return [resolve(x) for x in spec]
    if isinstance(spec, tuple):
        return tuple(resolve(x) for x in spec)
    if isinstance(spec, dict):
        return {k: resolve(v) for k, v in spec.items()}
    return spec


def _mark_all(text: str, names: tuple[str, ...], code: str) -> str:
    """Wrap every occurrence of each name (longest first) in a mark, leaving marks untouched."""
    if not names:
        return text
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    pattern = re.compile(f"«[^»]*»|{alternatives}")
    return pattern.sub(
        lambda m: m.group(0) if m.group(0)[0] == "«" else f"«{code}:{m.group(0)}»", text
    )


def people(text: str, *names: str) -> str:
    """Mark every occurrence of each name as PERSON, so that none is forgotten."""
    return _mark_all(text, names, "P")


def famous(text: str, *names: str) -> str:
    """Mark every occurrence of a famous or historical person's name as a decoy."""
    return _mark_all(text, names, "d.famous")


def mark_names(spec: Any, names: tuple[str, ...]) -> Any:
    """people() over every string of a nested spec."""
    if isinstance(spec, str):
        return people(spec, *names)
    if isinstance(spec, list):
        return [mark_names(x, names) for x in spec]
    if isinstance(spec, tuple):
        return tuple(mark_names(x, names) for x in spec)
    if isinstance(spec, dict):
        return {k: mark_names(v, names) for k, v in spec.items()}
    return spec


# --------------------------------------------------------------------------------------------
# writers: each takes already resolved content and writes one file
# --------------------------------------------------------------------------------------------

Mark = tuple[str, float | None, bool] | None
Rows = list[list[str]]

_VML_TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="textbox{n}" type="#_x0000_t202" style="width:260pt;height:70pt">'
    "<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def write_docx(
    path: Path,
    paras: list[str],
    tables: list[Rows] | None = None,
    header: str | None = None,
    footer: str | None = None,
    textbox: list[str] | None = None,
    tables_first: bool = False,
) -> None:
    """A Word file: paragraphs and tables (tables after, or before with ``tables_first``); a VML
    text box (as older Word and WPS write them) after the first paragraph."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()

    def add_tables() -> None:
        for rows in tables or []:
            ncol = max(len(row) for row in rows)
            table = document.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    table.cell(ri, ci).text = cell

    if tables_first:
        add_tables()
    for i, text in enumerate(paras):
        p = document.add_paragraph(text)
        if i == 0 and textbox:
            inner = "".join(f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>" for t in textbox)
            p._p.append(parse_xml(_VML_TEXTBOX.format(n=1, paras=inner)))
    if not tables_first:
        add_tables()
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


Sheets = dict[str, list[list[Any]]]


def write_xlsx(path: Path, sheets: Sheets, merges: dict[str, list[str]] | None = None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title=title)
        for row in rows:
            sheet.append([None if c == "" else c for c in row])
        for span in (merges or {}).get(title, []):
            sheet.merge_cells(span)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))


def write_csv(path: Path, rows: Rows, encoding: str) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    make_text(path, buf.getvalue(), encoding=encoding, bom=encoding == "utf-8-sig")


def write_pdf_table(
    path: Path, before: list[str], table: Rows, after: list[str], size: float = 9.0
) -> None:
    """A PDF whose table is drawn as ruled cells, as report generators print HIS exports."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    ncol = max(len(row) for row in table)
    widths = [
        max(pdfmetrics.stringWidth(row[i] if i < len(row) else "", CJK_FONT, size) for row in table)
        + 8
        for i in range(ncol)
    ]
    pagesize = A4 if sum(widths) < A4[0] - 80 else landscape(A4)
    if sum(widths) > pagesize[0] - 60:
        raise ValueError(f"{path}: table too wide")
    _pw, ph = pagesize
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=pagesize)
    x0, y = 40.0, ph - 50.0
    for i, line in enumerate(before):
        pdf.setFont(CJK_FONT, 14 if i == 0 else 10)
        pdf.drawString(x0, y, line)
        y -= 20
    y -= 6
    rh = size * 2.0
    for row in table:
        if y < 60:
            pdf.showPage()
            y = ph - 50.0
        x = x0
        pdf.setFont(CJK_FONT, size)
        for i in range(ncol):
            pdf.rect(x, y - rh + size * 0.6, widths[i], rh)
            pdf.drawString(x + 4, y - size * 0.6, row[i] if i < len(row) else "")
            x += widths[i]
        y -= rh
    y -= 10
    pdf.setFont(CJK_FONT, 10)
    for line in after:
        if y < 50:
            pdf.showPage()
            pdf.setFont(CJK_FONT, 10)
            y = ph - 50.0
        pdf.drawString(x0, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()


def write_pdf_ttf(path: Path, lines: list[str]) -> None:
    """A PDF with the machine's TrueType CJK font embedded (as WPS 'export to PDF' does)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for line in lines:
        if y < 60:
            pdf.showPage()
            y = A4[1] - 60
        pdf.setFont("WQY", 10.5)
        pdf.drawString(56, y, line)
        y -= 17
    pdf.showPage()
    pdf.save()


Slide = tuple[str, list[str], Rows | None, str | None]


def write_pptx(path: Path, slides: list[Slide]) -> None:
    """Slides of (title, bullet lines, optional table, optional speaker notes)."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for title, bullets, table, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1 if bullets else 5])
        slide.shapes.title.text = title
        if bullets:
            body = slide.placeholders[1].text_frame
            body.text = bullets[0]
            for line in bullets[1:]:
                body.add_paragraph().text = line
        if table:
            ncol = max(len(row) for row in table)
            top = Inches(1.6) if not bullets else Inches(4.2)
            shape = slide.shapes.add_table(
                len(table), ncol, Inches(0.4), top, Inches(9.2), Inches(0.4) * len(table)
            )
            for ri, row in enumerate(table):
                for ci, cell in enumerate(row):
                    shape.table.cell(ri, ci).text = cell
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    path.parent.mkdir(parents=True, exist_ok=True)
    deck.save(str(path))


def draw_png(path: Path, title: str, table: Rows | None, lines: list[str], px: int = 30) -> None:
    """A picture of a printed table or form (a phone photo of paper, without the noise)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, px)
    big = ImageFont.truetype(FONT, px + 8)
    pad = px
    widths: list[int] = []
    if table:
        ncol = max(len(row) for row in table)
        widths = [
            int(max(font.getlength(row[i] if i < len(row) else "") for row in table)) + pad
            for i in range(ncol)
        ]
    line_w = max([int(font.getlength(x)) for x in lines] + [int(big.getlength(title))])
    width = max(sum(widths), line_w) + 2 * pad
    rh = int(px * 1.7)
    height = pad * 2 + rh * (2 + len(table or []) + len(lines))
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = pad
    draw.text((pad, y), title, font=big, fill="black")
    y += rh + px // 2
    for row in table or []:
        x = pad
        for i, w in enumerate(widths):
            draw.rectangle([x, y, x + w, y + rh], outline="black", width=2)
            draw.text((x + pad // 2, y + (rh - px) // 2), row[i] if i < len(row) else "", font=font,
                      fill="black")  # fmt: skip
            x += w
        y += rh
    y += px // 2
    for line in lines:
        draw.text((pad, y), line, font=font, fill="black")
        y += rh
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), optimize=True)


def write_image_pdf(path: Path, png: Path) -> None:
    """A PDF whose only page is a picture, as a copier's 'scan to PDF' writes it."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with Image.open(png) as im:
        w, h = im.size
    scale = min((A4[0] - 60) / w, (A4[1] - 60) / h)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(str(png), 30, A4[1] - 30 - h * scale, w * scale, h * scale)
    pdf.showPage()
    pdf.save()


def write_eml(path: Path, spec: dict[str, Any], stem: str) -> None:
    """An e-mail as a mail client saves it; attachments are (file name, format, spec)."""
    msg = EmailMessage()
    msg["From"] = spec["sender"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    y, mo, d, h, mi = spec.get("sent", (2026, 11, 23, 10, 5))
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=8))))
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', stem)}@mail.gazhuang.invalid>"
    msg.set_content(spec["body"])
    for fname, fmt, sub in spec.get("attachments", []):
        with tempfile.TemporaryDirectory() as tmp:
            member = Path(tmp) / f"a.{fmt}"
            write_plain(member, fmt, sub, stem)
            data = member.read_bytes()
        subtype = {
            "docx": "vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv": "csv",
        }[fmt]
        main = "text" if fmt == "csv" else "application"
        if main == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=main, subtype=subtype, filename=fname)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=policy.SMTP))


def write_plain(path: Path, fmt: str, spec: dict[str, Any], stem: str) -> None:
    """Write one file of a modern format from a resolved spec."""
    if fmt in ("txt", "md"):
        make_text(path, spec["text"].lstrip("\n"), encoding=spec.get("encoding", "utf-8"))
    elif fmt == "csv":
        write_csv(path, spec["rows"], spec.get("encoding", "utf-8"))
    elif fmt == "docx":
        write_docx(
            path,
            spec.get("paras", []),
            spec.get("tables"),
            spec.get("header"),
            spec.get("footer"),
            spec.get("textbox"),
            spec.get("tables_first", False),
        )
    elif fmt == "xlsx":
        write_xlsx(path, spec["sheets"], spec.get("merges"))
    elif fmt == "pdf" and "table" in spec:
        write_pdf_table(path, spec.get("before", []), spec["table"], spec.get("after", []))
    elif fmt == "pdf" and spec.get("ttf"):
        write_pdf_ttf(path, spec["lines"])
    elif fmt == "pdf":
        make_pdf(path, spec["pages"])
    elif fmt == "pptx":
        write_pptx(path, spec["slides"])
    elif fmt == "eml":
        write_eml(path, spec, stem)
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------------------------
# documents → files and truth records
# --------------------------------------------------------------------------------------------

BUILD = Path(tempfile.mkdtemp(prefix="heldout7-"))
LEGACY_SOURCE = {"doc": "docx", "xls": "xlsx", "ppt": "pptx", "odt": "docx", "ods": "xlsx"}
_CONVERT: dict[str, list[tuple[Path, Path]]] = {}  # target format → (source, final path)


def _start(name: str, kind: str, cats: tuple[str, ...], pub: bool, mark: Mark) -> Path:
    _current.clear()
    secret = bool(cats)
    existing = None
    if mark is not None:
        text, years, state = mark
        existing = {"text": text, "retention_years": years, "state_secret": state}
    _current.update(
        path=f"docs/{name}",
        kind=kind,
        format=name.rsplit(".", 1)[1],
        public=pub,
        secret=secret,
        categories=sorted(cats),
        entities=[],
        decoys=[],
        existing_mark=existing,
    )
    if pub and secret:
        raise ValueError(f"{name}: public and secret")
    if mark is not None and not secret:
        raise ValueError(f"{name}: marked but not secret")
    if any(d["path"] == _current["path"] for d in TRUTH):
        raise ValueError(f"{name}: twice")
    return DOCS / name


def add(
    name: str,
    kind: str,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
    **spec: Any,
) -> None:
    """One document: ``name`` (its extension is its format) and the spec of its writer.

    Legacy formats are written as their modern sibling and converted by LibreOffice at the end;
    ``zip`` takes ``members=[(name, spec), ...]``; ``png`` and ``image_pdf=True`` draw a picture
    of ``title``/``table``/``lines``.
    """
    path = _start(name, kind, cats, pub, mark)
    fmt = _current["format"]
    # The centre's staff and the document's own people are marked wherever they occur.
    extra = tuple(spec.pop("names", ()))
    resolved = resolve(mark_names(spec, (*STAFF, *extra)))
    stem = name.replace("/", "-")
    readback: list[tuple[Path, str, str]] = []
    if fmt in LEGACY_SOURCE:
        src = BUILD / f"{stem}.{LEGACY_SOURCE[fmt]}"
        write_plain(src, LEGACY_SOURCE[fmt], resolved, stem)
        _CONVERT.setdefault(fmt, []).append((src, path))
        readback.append((src, LEGACY_SOURCE[fmt], "utf-8"))
        if fmt in ("xls", "odt", "ods"):
            # LibreOffice's output is read back too, after the conversion (see check()).
            _current["_final"] = (path, fmt)
    elif fmt == "zip":
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for i, (member, sub) in enumerate(resolved["members"]):
                mfmt = member.rsplit(".", 1)[1]
                src = BUILD / f"{stem}-{i}.{mfmt}"
                write_plain(src, mfmt, sub, stem)
                archive.write(src, member)
                readback.append((src, mfmt, sub.get("encoding", "utf-8")))
    elif fmt == "png" or resolved.get("image_pdf"):
        png = path if fmt == "png" else BUILD / f"{stem}.png"
        draw_png(png, resolved["title"], resolved.get("table"), resolved.get("lines", []))
        if fmt == "pdf":
            write_image_pdf(path, png)
    else:
        write_plain(path, fmt, resolved, stem)
        readback.append((path, fmt, resolved.get("encoding", "utf-8")))
    rec = dict(_current)
    rec["_readback"] = readback
    TRUTH.append(rec)


def convert_legacy() -> None:
    """Write .doc/.xls/.ppt/.odt with LibreOffice, one soffice run per target format."""
    for target, pairs in _CONVERT.items():
        out = BUILD / f"out-{target}"
        out.mkdir()
        subprocess.run(
            ["soffice", "--headless", "--convert-to", target, "--outdir", str(out)]
            + [str(src) for src, _ in pairs],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for src, final in pairs:
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(out / f"{src.stem}.{target}"), final)



def lines_add(stem: str, fmt: str, kind: str, lines: list[str], **kw: Any) -> None:
    """The same hand-written lines as a file of the given format (the first line is the title)."""
    name = f"{stem}.{fmt}"
    if fmt in ("txt", "md"):
        body = "\n".join(("# " + x if fmt == "md" and i == 0 else x) for i, x in enumerate(lines))
        add(name, kind, text=body + "\n", **kw)
    elif fmt == "pdf":
        pages = ["\n".join(lines[i : i + 40]) for i in range(0, len(lines), 40)]
        add(name, kind, pages=pages, **kw)
    elif fmt in ("docx", "doc", "odt"):
        add(name, kind, paras=lines, **kw)
    elif fmt in ("pptx", "ppt"):
        chunks = [lines[i : i + 6] for i in range(1, len(lines), 6)] or [[]]
        add(name, kind, slides=[(lines[0], c, None, None) for c in chunks], **kw)
    elif fmt == "png":
        add(name, kind, title=lines[0], lines=lines[1:], **kw)
    else:
        raise ValueError(fmt)



# The centre's published numbers, address and mailbox, public bodies' numbers and national

# The centre's published numbers, address and mailbox, public bodies' numbers and national
# hotlines are decoys wherever they occur.
SWITCH = "«d.public_phone:0930-5712116»"
DUTY = "«d.public_phone:0930-5712120»"
GWK = "«d.public_phone:0930-5712135»"
CENTRE_ADDR = "«d.public_address:洮川县尕庄镇团结路45号»"
CENTRE_MAIL = "«d.public_email:tcgzwsy@163.com»"
BUREAU = "«d.public_phone:0930-5236601»"
CDC = "«d.public_phone:0930-5238120»"
YBJ = "«d.public_phone:0930-5241185»"
TOWN = "«d.public_phone:0930-5712001»"
COUNTY_HOSP = "«d.public_address:洮川县城关镇滨河西路12号»"
COUNTY_HOSP_PHONE = "«d.public_phone:0930-5220120»"
H12320 = "«d.hotline:12320»"
H12345 = "«d.hotline:12345»"
H12393 = "«d.hotline:12393»"
# The centre's own credit code: a CN_USCC wherever it occurs (earlier sets' call).
CENTRE_USCC = "«U:" + new_uscc("12") + "»"

# The centre's staff: marked as PERSON wherever they occur, in every document. Roles: director,
# deputy (medical), public-health head, head nurse, pharmacist, accountant, cashier, lab, imaging,
# Hui-medicine doctor, nurse (Tibetan), maternal care, IT, GP, internist, driver, nurse (Tibetan),
# office head, logistics, immunisation.
STAFF = ["马建军", "韩玉霞", "妥志强", "汪秀兰", "马晓芳", "皇甫丽娟", "何晓燕", "撒玉兰",
         "周振宇", "马哈比布", "才让草", "祁海英", "尉迟峰", "孔德明", "韩平", "马尕五",
         "拉毛措", "杨文斌", "张宏亮", "东方雪"]  # fmt: skip
FAMOUS = ["钟南山", "皇甫谧", "张仲景", "孙思邈", "屠呦呦", "扁鹊", "华佗", "林巧稚", "吴孟超"]


def fam(text: str) -> str:
    return famous(text, *FAMOUS)


def pub(stem: str, fmt: str, kind: str, lines: list[str], **kw: Any) -> None:
    lines_add(stem, fmt, kind, [fam(x) for x in lines], pub=True, **kw)


def sec(stem: str, fmt: str, kind: str, cats: tuple[str, ...], lines: list[str], **kw: Any) -> None:
    lines_add(stem, fmt, kind, lines, cats=cats, **kw)


def internal(stem: str, fmt: str, kind: str, lines: list[str], **kw: Any) -> None:
    lines_add(stem, fmt, kind, lines, **kw)


MED = ("medical",)
FIN = ("financial",)
PER = ("personnel",)
OPS = ("operations",)
OTH = ("other",)


def mz() -> str:
    """门诊号 as the county HIS prints it: GZ (the town) + year + six digits."""
    return "«R:GZ26" + f"{RNG.randint(0, 999999):06d}" + "»"


def zy() -> str:
    """住院号: year + five digits."""
    return "«R:26" + f"{RNG.randint(0, 99999):05d}" + "»"


def ba() -> str:
    """病案号: BA + six digits."""
    return "«R:BA" + f"{RNG.randint(0, 999999):06d}" + "»"


def jd() -> str:
    """17-digit 健康档案编号: county 622922, town 101, village, serial."""
    return "«R:622922101" + f"{RNG.randint(1, 14):03d}" + f"{RNG.randint(0, 99999):05d}" + "»"


# ============================================================================================
# public: seasonal and local-disease advice, short-video scripts, radio talks, notice boards
# ============================================================================================


def outreach_public() -> None:
    pub("xuanjiao/沙尘天气健康提示", "txt", "dust_storm_health_advice", [
        "沙尘天气健康提示",
        "据县气象台预报，本周四至周六我县将出现扬沙和浮尘天气。尕庄镇卫生院提醒大家：",
        "一、减少外出，必须外出时戴口罩、护目镜，回家后及时洗脸、漱口、清洗鼻腔。",
        "二、关好门窗，屋内可用湿拖把拖地，不要扫地扬尘。",
        "三、哮喘、慢阻肺、冠心病患者随身带好常用药，出现胸闷气短加重及时就医。",
        "四、放牧的群众注意把牛羊提前赶回圈舍，路上看清车辆，防止交通事故。",
        "五、沙尘过后饮用水缸、水窖要盖好，水浑浊时沉淀、烧开再喝。",
        "咨询电话：" + GWK + "（公共卫生科）",
    ])
    pub("xuanjiao/沙尘暴过后呼吸道疾病就诊指引", "md", "dust_storm_health_advice", [
        "沙尘暴过后呼吸道疾病就诊指引",
        "",
        "近期沙尘过后，咳嗽、咽痛、眼睛发红的就诊人数增多。",
        "",
        "- 咳嗽超过两周、痰中带血的，请到门诊做胸片，排查肺结核；",
        "- 眼睛红痒不要用手揉，用清水冲洗，不要自行使用激素眼药水；",
        "- 儿童发热超过 38.5℃ 或精神差、呼吸快，直接到急诊（" + DUTY + "）。",
        "",
        "门诊时间：每天 8:00—12:00，14:30—18:00。地址：" + CENTRE_ADDR + "。",
    ])
    pub("xuanjiao/冬季煤烟中毒预防告知书", "docx", "coal_smoke_poisoning_warning", [
        "冬季预防煤烟（一氧化碳）中毒告知书",
        "各位村民：",
        "入冬以来，我县已发生多起因烧炕、烤火炉导致的一氧化碳中毒。一氧化碳无色无味，睡梦中中毒最危险。",
        "1. 烧炕、火炉必须安装烟筒并保持通畅，风大的晚上特别注意烟筒倒烟；",
        "2. 睡前封火后开一条窗缝，不要在门窗紧闭的房间里烧木炭、煨炕；",
        "3. 发现有人头痛、恶心、站不稳，先打开门窗，把人抬到通风处，拨打 «d.hotline:120» 急救电话；",
        "4. 家中有老人、小孩单独住的，亲属每天早上打个电话问一问。",
        "尕庄镇卫生院  尕庄镇人民政府",
        "2026年11月",
    ])
    pub("xuanjiao/煤烟中毒急救口诀", "txt", "coal_smoke_poisoning_warning", [
        "煤烟中毒急救口诀（村广播用）",
        "头痛恶心腿发软，赶紧开窗别迟缓；",
        "抬到屋外透透气，呼叫急救不能晚；",
        "昏迷不醒别灌水，侧身躺好保呼吸；",
        "烟筒年年要检查，睡前留缝保平安。",
        "尕庄镇卫生院编 急诊电话 " + DUTY,
    ])
    pub("xuanjiao/布病防治知识（养殖户）", "docx", "brucellosis_prevention_for_herders", [
        "布鲁氏菌病防治知识——写给养殖户",
        "布病是牛羊传给人的传染病。接羔、剥皮、处理流产胎羔、喝生奶都可能被感染。",
        "症状：反复发热、多汗、乏力、关节疼痛，男性可有睾丸肿痛，很多人以为是感冒。",
        "预防：接羔时戴手套、口罩，流产胎羔和胎衣深埋或焚烧，不喝生奶，羊肉煮熟煮透。",
        "治疗：确诊后规范服药6周以上，国家免费提供抗菌药物，中途不要停药。",
        "发热超过一周的养殖户，请到卫生院检验科免费抽血筛查（虎红平板凝集试验）。",
        "联系电话：" + GWK,
    ])
    pub("xuanjiao/布病免费筛查通知", "pdf", "brucellosis_prevention_for_herders", [
        "布病免费筛查通知",
        "11月20日至12月20日，卫生院对全镇养殖户开展布病免费筛查。",
        "对象：饲养牛羊的家庭成员、屠宰点工人、皮毛收购人员。",
        "地点：卫生院检验科（一楼东侧）或各村卫生室集中采血日。",
        "带身份证，不用空腹。结果一周内由村医通知本人。",
        "咨询：" + GWK,
    ])
    pub("xuanjiao/包虫病防治宣传材料", "md", "echinococcosis_prevention_leaflet", [
        "包虫病防治“十不要”",
        "",
        "1. 不要用病畜内脏喂狗；",
        "2. 不要让狗随意进入牛羊圈；",
        "3. 不要喝生水，饭前便后要洗手；",
        "4. 不要和狗亲密接触，家犬每月按时投药驱虫；",
        "5. 不要生吃没洗干净的蔬菜……",
        "",
        "包虫病早期没有症状，腹部B超可以查出。六十岁以下常住居民每年可免费做一次B超筛查。",
        "",
        "尕庄镇卫生院公共卫生科",
    ])
    add("xuanjiao/包虫病防治课件.pptx", "echinococcosis_prevention_leaflet", pub=True, slides=[
        ("包虫病是怎么得的", ["虫卵随狗粪排出，污染草场、水源和蔬菜", "人吃进虫卵，在肝、肺里长成包囊",
                             "病程长，可以十几年没有症状"], None, None),
        ("怎么预防", ["犬只登记、拴养、每月驱虫", "病畜内脏无害化处理", "勤洗手，喝开水"], None,
         "讲到这里可以提问：家里的狗上次喂药是什么时候？"),
        ("免费政策", [], [["项目", "对象", "费用"], ["腹部B超筛查", "常住居民", "免费"],
                        ["阿苯达唑药物治疗", "确诊患者", "免费"], ["手术治疗", "符合条件患者", "按政策补助"]], None),
    ])
    pub("xuanjiao/鼠疫防控告知（禁捕旱獭）", "txt", "plague_marmot_hunting_warning", [
        "关于严禁私自捕猎、剥食旱獭的告知",
        "旱獭（哈拉）是鼠疫的主要传染源。每年夏秋季节，牧区群众上山挖药、放牧时请做到“三不三报”：",
        "不私自捕猎疫源动物，不剥食疫源动物，不私自携带疫源动物及其产品出疫区；",
        "报告病死旱獭，报告疑似鼠疫病人，报告不明原因高热和突然死亡的病人。",
        "报告电话：县疾控中心 " + CDC + "，尕庄镇卫生院 " + GWK + "。",
    ], encoding="gb18030")
    pub("xuanjiao/碘盐与地方病宣传", "txt", "iodine_salt_publicity", [
        "吃合格碘盐，防碘缺乏病",
        "我县部分山区曾是碘缺乏病区。孕妇、哺乳期妇女和儿童最需要碘。",
        "请到正规商店买带防伪标识的碘盐，不要吃“土盐”“池盐”和牲畜用盐。",
        "碘盐要放在有盖的容器里，炒菜出锅时再放盐。",
        "5·15防治碘缺乏病日 尕庄镇卫生院",
    ])
    pub("xuanjiao/预防儿童溺水", "md", "child_drowning_prevention", [
        "暑期预防儿童溺水“六不”",
        "",
        "洮河、水库、涝池、水窖边都是危险地方。",
        "",
        "- 不私自下水游泳；不擅自与他人结伴游泳；",
        "- 不在无家长或教师带领的情况下游泳；不到无安全设施、无救援人员的水域游泳；",
        "- 不到不熟悉的水域游泳；不熟悉水性的学生不擅自下水施救。",
        "",
        "家长请盖好自家水窖井盖。发现有人落水，大声呼救并拨打 «d.hotline:110»、«d.hotline:120»。",
    ])
    for i, (title, body) in enumerate([
        ("斋月期间慢病患者注意事项", [
            "有糖尿病、高血压、胃病的老人，封斋前请先到卫生院或村卫生室找医生评估。",
            "用胰岛素和降糖药的，封斋期间药量和时间要调整，不要自己停药或加量。",
            "开斋时先喝水、吃少量枣，不要一下子吃太多油炸食品。",
            "出现头晕、出冷汗、心慌，是低血糖的表现，要马上吃糖或喝糖水，必要时开斋就医。",
        ]),
        ("宰牲节食品卫生提示", [
            "宰牲请到定点屠宰场或在寺管会指定地点进行，牛羊要有检疫证明。",
            "病死牲畜不宰、不吃、不卖，发现羊只流产、病死，报告兽医站。",
            "分送肉食要当天冷藏，熟肉与生肉分开，刀具案板生熟分开。",
            "处理牛羊内脏戴手套，用后洗手消毒，预防布病和包虫病。",
        ]),
    ]):
        pub(f"xuanjiao/寺管会公告栏健康提示{i + 1}", "txt", "mosque_board_health_notice",
            [title, *body, "尕庄镇卫生院 与各村寺管会共同张贴", "咨询电话 " + SWITCH])
    for i, (topic, lines) in enumerate([
        ("高血压不能自己停药", [
            "【镜头1】村卫生室门口，孔德明医生给老人量血压。",
            "旁白：血压降下来了，是药在起作用，不是病好了。",
            "【镜头2】老人说：头不晕了，药就不吃了吧？",
            "医生：不行，停药后血压会反弹，容易中风。",
            "【字幕】规律服药，每月测一次血压。家庭医生签约服务免费随访。",
        ]),
        ("B超查包虫病", [
            "【镜头1】牧民骑摩托车到卫生院。",
            "旁白：包虫病早期没感觉，B超一照就知道。",
            "【镜头2】B超室，周振宇医生：躺平，放松，几分钟就好。",
            "【字幕】常住居民每年免费筛查一次，带身份证到卫生院B超室。",
        ]),
        ("家庭急救包里放什么", [
            "【镜头1】护士长汪秀兰打开一个急救包。",
            "旁白：碘伏、纱布、绷带、创可贴、体温计、退热药……",
            "【镜头2】汪秀兰：过期的药要及时换掉，小孩够不着的地方放好。",
            "【字幕】关注“洮川尕庄卫生院”视频号，学更多急救知识。",
        ]),
    ]):
        pub(f"xuanjiao/短视频脚本{i + 1}", "docx", "short_video_script",
            [f"短视频脚本：{topic}", *lines, "时长约60秒  拍摄：卫生院办公室"])
    pub("xuanjiao/广播讲座稿-冬季心脑血管病", "txt", "radio_health_talk_transcript", [
        "尕庄镇广播站健康讲座（第十二期）冬季心脑血管病预防",
        "主讲：尕庄镇卫生院内科 韩平",
        "乡亲们好！天冷了，血管收缩，血压容易升高。我们卫生院这个月已经接诊了好几位突发脑梗的老人。",
        "早上起床慢一点，先在炕上坐一会儿再下地；出门戴帽子围巾；少吃咸菜、肥肉。",
        "如果突然嘴歪、一侧手脚没力气、说话不清楚，要马上拨打急救电话，别等、别揉、别喂水。",
        "我们国家著名的心血管专家也反复讲，“时间就是大脑”。谢谢大家收听。",
    ])
    pub("xuanjiao/广播讲座稿-孕产妇保健", "txt", "radio_health_talk_transcript", [
        "尕庄镇广播站健康讲座（第十三期）孕期检查不能少",
        "主讲：尕庄镇卫生院妇保医生 祁海英",
        "怀孕以后，第一次产检最好在12周以前，卫生院给大家建免费的孕产妇保健手册。",
        "整个孕期至少检查5次，高原和山区的孕妇更要注意贫血和高血压。",
        "提倡到县医院住院分娩，住院分娩有补助。有问题打电话到卫生院妇保室 " + GWK + "。",
        "林巧稚大夫说过，生孩子是女人的鬼门关。现在条件好了，更不能大意。",
    ])
    pub("xuanjiao/夏季牧场巡回医疗通知", "docx", "summer_pasture_mobile_clinic_notice", [
        "关于夏季牧场巡回医疗的通知",
        "为方便在夏季牧场放牧的群众看病，卫生院组织巡回医疗队，7月至8月每周二、周五上山。",
        "路线：阳洼村—马家沟村上滩—牙塘村后山草场。",
        "服务内容：测血压血糖、常见病诊治、布病和包虫病筛查宣传、孕产妇随访。",
        "遇雨雪天气停开，具体时间请关注村委会通知或拨打 " + SWITCH + "。",
        "尕庄镇卫生院 2026年6月28日",
    ])
    pub("xuanjiao/高原牧民出行健康提示", "md", "herder_travel_health_tips", [
        "转场路上健康提示",
        "",
        "- 转场前带好常用药、身份证和医保卡（电子医保凭证也可以）；",
        "- 夜间气温低，注意保暖，防止冻伤；",
        "- 不喝沟里的生水，不吃病死牲畜；",
        "- 路上遇到身体不适，可拨打 " + H12320 + " 卫生热线咨询。",
    ])


# ============================================================================================
# public: service notices, price lists, published figures, news, policies
# ============================================================================================


def services_public() -> None:
    pub("yuanwu_gongkai/门诊楼改造期间就诊调整通知", "txt", "renovation_service_adjustment_notice", [
        "门诊楼改造期间就诊调整通知",
        "因门诊楼屋面防水和供暖管网改造，12月10日至次年1月20日：",
        "1. 内科、外科、中医（回医）科搬到住院楼一楼；",
        "2. 挂号收费、医保结算在住院楼大厅临时窗口办理；",
        "3. 预防接种门诊照常，在原址二楼。",
        "给大家带来不便，敬请谅解。咨询电话 " + SWITCH,
    ])
    pub("yuanwu_gongkai/停电检修期间服务安排", "md", "renovation_service_adjustment_notice", [
        "停电检修期间服务安排",
        "",
        "供电所通知 11 月 29 日 8:00—17:00 停电检修。当天：",
        "",
        "- B超、DR 暂停，检验科只做急诊项目；",
        "- 急诊、住院由发电机保障；",
        "- 疫苗冰箱已接应急电源，接种门诊照常。",
        "",
        "尕庄镇卫生院办公室",
    ])
    pub("yuanwu_gongkai/中药代煎服务收费标准", "docx", "herbal_decoction_service_price", [
        "中药代煎服务收费公示",
        "依据省医疗服务价格项目规范和县医保局核定标准，本院中药代煎服务收费如下：",
    ], tables=[[["项目", "单位", "价格（元）", "备注"],
                ["中药饮片代煎", "剂", "3.00", "每剂煎两袋"],
                ["膏方加工", "料", "300.00", "含包装"],
                ["回医拔罐（火罐）", "次", "15.00", "按罐数不另收费"]]],
        footer="价格监督电话 " + YBJ + "  " + H12345)
    pub("yuanwu_gongkai/救护车收费公示", "txt", "ambulance_fee_public_list", [
        "院前急救（救护车）收费公示",
        "起步价（3公里内）：20元；超出部分每公里3元；",
        "随车医护人员出诊费：每次30元；吸氧按小时计费每小时4元。",
        "孕产妇、五保户、特困供养人员转诊免收车费。",
        "依据：县发改局、卫健局文件。监督电话 " + BUREAU,
    ])
    add("yuanwu_gongkai/2026年10月门诊住院工作量公示.xlsx", "monthly_workload_bulletin", pub=True,
        sheets={"公示": [["尕庄镇卫生院2026年10月工作量公示"], ["", "", ""],
                         ["指标", "本月", "同比"], ["门急诊人次", 4812, "+6.2%"],
                         ["出院人次", 133, "-3.1%"], ["平均住院日", 6.4, "-0.3"],
                         ["次均门诊费用（元）", 61.8, "-2.0%"], ["次均住院费用（元）", 2480, "+1.1%"]]},
        merges={"公示": ["A1:C1"]})
    add("yuanwu_gongkai/2026年9月门诊住院工作量公示.xlsx", "monthly_workload_bulletin", pub=True,
        sheets={"公示": [["尕庄镇卫生院2026年9月工作量公示"], ["", "", ""],
                         ["指标", "本月", "同比"], ["门急诊人次", 4395, "+4.8%"],
                         ["出院人次", 141, "+2.2%"], ["平均住院日", 6.6, "+0.1"],
                         ["次均门诊费用（元）", 63.0, "-1.2%"], ["次均住院费用（元）", 2455, "+0.4%"]]},
        merges={"公示": ["A1:C1"]})
    pub("yuanwu_gongkai/慢病规范管理率公布", "pdf", "chronic_disease_management_rate_release", [
        "2026年前三季度慢性病管理情况公布",
        "高血压患者规范管理率：76.3%（全县平均72.1%）",
        "糖尿病患者规范管理率：74.8%（全县平均70.5%）",
        "严重精神障碍患者规范管理率：92.0%",
        "65岁及以上老年人健康管理率：68.9%",
        "数据来源：国家基本公共卫生服务管理系统，经县卫健局审核。",
        "尕庄镇卫生院 2026年10月15日",
    ])
    pub("yuanwu_gongkai/县领导调研尕庄镇卫生院", "docx", "county_leader_visit_news", [
        "副县长马国英一行到尕庄镇卫生院调研",
        "11月18日，副县长马国英在县卫健局局长赵学文陪同下，到尕庄镇卫生院调研基层医疗服务能力建设。",
        "马国英一行查看了新建的发热门诊、DR室和中医（回医）馆，听取了院长马建军的汇报。",
        "马国英指出，要抓好布病、包虫病等地方病防治，让群众在家门口看得上病、看得好病。",
        "（县融媒体中心 记者 苏晓婷）",
    ], names=("马国英", "赵学文", "苏晓婷"))
    pub("yuanwu_gongkai/厦门专家义诊报道", "txt", "pairing_expert_free_clinic_news", [
        "厦门专家来尕庄义诊",
        "10月26日，东西部协作厦门医疗队心内科专家陈志鹏、儿科专家林雅琴来到尕庄镇卫生院义诊，",
        "接诊群众二百余人次，并为卫生院医生讲授心电图判读。陈志鹏说，希望把张仲景“勤求古训、博采众方”",
        "的精神带到这里。副院长韩玉霞表示，将借助协作平台开展远程会诊。",
    ], names=("陈志鹏", "林雅琴"))
    pub("yuanwu_gongkai/好医生故事-马哈比布", "md", "staff_story_feature", [
        "山里的回医大夫",
        "",
        "马哈比布在尕庄镇卫生院当了二十三年医生。附近几个村的老人都说，腰腿疼了就找“马大夫”拔罐。",
        "",
        "他说自己学的是回族医药，也学针灸。书桌上放着一本《针灸甲乙经》，作者皇甫谧就是甘肃人。",
        "",
        "今年他带了两个徒弟，才让草和拉毛措，都是卫生院的年轻护士。",
    ])
    pub("yuanwu_gongkai/医保政策问答", "docx", "insurance_policy_qa", [
        "城乡居民医保政策问答",
        "问：在卫生院住院报销多少？答：起付线200元，起付线以上报销85%。",
        "问：举例说明？答：如«d.placeholder:张三»在卫生院住院花费2200元（均为政策范围内），报销（2200-200）×85%=1700元。",
        "问：异地就医怎么办？答：先在国家医保服务平台APP备案。",
        "问：门诊慢特病怎么办理？答：带病历到卫生院医保办申请，县医保局审核。",
        "医保咨询：" + YBJ + "，或拨打 " + H12393 + "。",
    ], names=())
    pub("yuanwu_gongkai/大病保险问答", "txt", "insurance_policy_qa", [
        "大病保险和医疗救助怎么报？",
        "例：«d.placeholder:李四»（身份证号 «d.bad_id»）全年住院自付超过起付线1.2万元，超过部分由大病保险再报销60%。",
        "低保、特困人员还可以申请医疗救助，由镇民政办受理。",
        "以上示例数据为虚构，仅供说明计算方法。",
    ])
    pub("yuanwu_gongkai/住院须知", "docx", "inpatient_admission_handbook", [
        "住院须知",
        "1. 办理住院时请带身份证、医保卡；",
        "2. 病区实行陪护证管理，每位患者限一名陪护；",
        "3. 贵重物品请自行保管；",
        "4. 病区禁止吸烟、禁止使用电炉电热毯；",
        "5. 出院结算在住院楼大厅，工作日8:00—18:00。",
        "护士站电话：" + DUTY,
    ], header="尕庄镇卫生院")
    pub("yuanwu_gongkai/今日坐诊医生", "txt", "doctor_on_duty_board", [
        "今日坐诊医生（12月3日 星期四）",
        "内科：韩平    全科：孔德明",
        "中医（回医）科：马哈比布",
        "妇保：祁海英  B超：周振宇",
        "接种门诊：东方雪",
    ])
    pub("yuanwu_gongkai/家庭医生团队公示", "md", "family_doctor_team_publicity", [
        "家庭医生签约团队公示",
        "",
        "| 团队 | 团队长 | 成员 | 服务村 | 团队电话 |",
        "|---|---|---|---|---|",
        "| 一队 | 孔德明 | 才让草、村医马玉福 | 阳洼村、下川村 | «d.public_phone:0930-5712138» |",
        "| 二队 | 韩平 | 拉毛措、村医妥建华 | 马家沟村、牙塘村 | «d.public_phone:0930-5712139» |",
        "",
        "签约免费，个性化服务包按县医保局定价收费。",
    ], names=("马玉福", "妥建华"))
    pub("yuanwu_gongkai/健康帮扶政策明白卡", "pdf", "health_poverty_relief_policy_card", [
        "防止因病返贫 健康帮扶政策明白卡",
        "1. 脱贫户、监测户参加居民医保个人缴费给予资助；",
        "2. 县域内住院实行“先诊疗后付费”；",
        "3. 经三重保障后自付仍较大的，可申请防返贫监测帮扶；",
        "4. 家庭医生优先签约，每年免费体检一次。",
        "咨询：镇政府 " + TOWN + "  卫生院 " + SWITCH,
    ])
    pub("yuanwu_gongkai/两癌免费筛查通知", "txt", "two_cancer_free_screening_invitation", [
        "农村妇女“两癌”免费筛查通知",
        "对象：35至64岁农村妇女。内容：宫颈癌（HPV检测）和乳腺癌（B超）筛查。",
        "时间：12月7日至12月25日。请带身份证到卫生院妇保室登记。",
        "妇保室电话 " + GWK,
    ])
    pub("yuanwu_gongkai/HPV疫苗接种告知", "md", "hpv_vaccination_notice", [
        "适龄女生HPV疫苗免费接种告知",
        "",
        "根据省里安排，初二年级女生可免费接种两剂次国产二价HPV疫苗。",
        "",
        "接种前学校发放知情同意书，家长签字后统一组织到卫生院接种门诊。",
        "",
        "有疑问可咨询接种门诊 东方雪，电话 " + GWK + "。",
    ])
    pub("yuanwu_gongkai/结核病免费治疗政策", "txt", "tb_free_treatment_policy_notice", [
        "肺结核免费诊治政策",
        "咳嗽、咳痰两周以上或痰中带血，要怀疑肺结核。",
        "可疑者免费拍胸片、查痰；确诊后抗结核药物免费，定点医院为县人民医院（" + COUNTY_HOSP + "）。",
        "治疗期间村医督导服药，不要自行停药。",
    ])
    pub("yuanwu_gongkai/居民健康议事会会议纪要", "docx", "residents_health_forum_minutes", [
        "尕庄镇居民健康议事会第三次会议纪要（公开）",
        "时间：2026年11月12日  地点：镇政府三楼会议室",
        "参会：镇人大代表马有福、阳洼村村民代表韩尕娃、马家沟村代表妥秀英，卫生院院长马建军等。",
        "一、马有福代表反映冬季看病排队时间长，建议增开一个收费窗口。卫生院答复：12月起增开。",
        "二、韩尕娃代表建议巡回医疗到下川村后山。卫生院答复：纳入明年夏季路线。",
        "三、妥秀英代表询问两癌筛查，卫生院介绍了筛查时间。",
        "本纪要在镇政务公开栏公开。",
    ], names=("马有福", "韩尕娃", "妥秀英"))
    pub("yuanwu_gongkai/发展成就展板文字", "txt", "achievement_exhibition_text", [
        "尕庄镇卫生院“十四五”发展成就展（展板文字）",
        "第一板：建院于1958年，现有编制床位30张，职工46人。",
        "第二板：2023年建成发热门诊、中医（回医）馆，2025年DR、全自动生化仪投入使用。",
        "第三板：与厦门协作医院开展远程会诊，累计会诊312例。",
        "第四板：家庭医生签约覆盖率稳定在75%以上。",
        "地址：" + CENTRE_ADDR + "  邮箱：" + CENTRE_MAIL,
    ])
    pub("yuanwu_gongkai/院内导引", "md", "floor_guide_text", [
        "院内导引",
        "",
        "- 门诊楼一楼：挂号收费、药房、内科、外科、检验科",
        "- 门诊楼二楼：预防接种门诊、妇保室、儿保室",
        "- 住院楼一楼：急诊、B超、DR",
        "- 住院楼二楼：病房、护士站",
        "- 院内西侧：发热门诊（单独出入口）",
    ])
    pub("yuanwu_gongkai/救护车购置项目中标结果公告", "docx", "vehicle_procurement_result_notice", [
        "尕庄镇卫生院负压救护车购置项目中标结果公告",
        "一、项目编号：«d.item_code:TCZC-2026-0388»",
        "二、中标供应商：甘肃陇原康达汽车销售有限公司，统一社会信用代码 «U:91», 地址：«A:兰州市七里河区西津西路276号»",
        "三、中标金额：人民币叁拾肆万捌仟元整（¥348,000.00）",
        "四、评审专家：冯立群、马德宝、谭晓梅",
        "五、公告期限：1个工作日。联系人：张宏亮，电话 " + SWITCH,
    ], names=("冯立群", "马德宝", "谭晓梅"))
    pub("yuanwu_gongkai/食堂承包询价公告", "txt", "canteen_outsourcing_inquiry_notice", [
        "职工食堂（清真）承包经营询价公告",
        "卫生院职工食堂拟对外承包，欢迎具备食品经营许可的单位或个人报名。",
        "报名时间：12月1日至12月8日，每天9:00—17:00，报名地点：卫生院办公室。",
        "报名须带：营业执照、食品经营许可证、健康证复印件。",
        "联系电话：" + SWITCH + "，邮箱 " + CENTRE_MAIL,
    ])
    pub("yuanwu_gongkai/医德医风投诉渠道", "txt", "conduct_complaint_channels", [
        "医德医风监督",
        "院内投诉：院办公室 " + SWITCH + "；意见箱在门诊大厅。",
        "县卫健局投诉电话：" + BUREAU + "；政务服务热线 " + H12345 + "。",
        "纪检监察举报：«d.hotline:12388»。",
    ])
    pub("yuanwu_gongkai/单位简介", "docx", "centre_introduction_for_directory", [
        "尕庄镇卫生院简介",
        "尕庄镇卫生院是政府举办的公益一类事业单位，统一社会信用代码 " + CENTRE_USCC + "。",
        "承担全镇2.3万人的基本医疗和基本公共卫生服务，下辖9个村卫生室。",
        "地址：" + CENTRE_ADDR + "；总机：" + SWITCH + "；邮箱：" + CENTRE_MAIL + "。",
    ])


# ============================================================================================
# public: blank registers and forms (the ones the secret documents fill), forms with examples
# ============================================================================================


def forms_public() -> None:
    blank = [
        ("moban/布病随访登记表（空白）", "xlsx", "布病患者随访登记表",
         ["序号", "姓名", "性别", "身份证号", "住址（村社）", "联系电话", "确诊日期", "服药情况", "随访医生"]),
        ("moban/包虫病B超筛查登记表（空白）", "csv", "包虫病B超筛查登记表",
         ["序号", "姓名", "身份证号", "村", "B超所见", "分型", "检查医生"]),
        ("moban/伤害监测报告卡登记（空白）", "docx", "伤害监测报告卡登记本",
         ["门诊号", "姓名", "年龄", "伤害原因", "地点", "意图", "严重程度", "结局"]),
        ("moban/病历复印登记（空白）", "pdf", "病历复印登记簿",
         ["日期", "住院号", "患者姓名", "申请人", "与患者关系", "申请人身份证号", "复印页数", "经办人"]),
        ("moban/出诊记录（空白）", "txt", "巡回医疗出诊记录",
         ["日期", "地点", "姓名", "主诉", "处理", "医生签名"]),
        ("moban/家庭氧疗登记（空白）", "xlsx", "居家氧疗患者登记表",
         ["姓名", "诊断", "住址", "制氧机编号", "联系人", "联系电话", "随访日期"]),
        ("moban/药品借用登记（空白）", "md", "科室间药品借用登记",
         ["日期", "药品名称", "规格", "数量", "借出科室", "借用人", "归还日期"]),
        ("moban/收费差错登记（空白）", "docx", "收费差错（长短款）登记本",
         ["日期", "收费员", "差错金额", "原因", "处理结果", "复核人"]),
    ]
    for stem, fmt, title, header in blank:
        rows = [header] + [[""] * len(header) for _ in range(3)]
        if fmt == "xlsx":
            add(f"{stem}.xlsx", "empty_log_sheet", pub=True,
                sheets={"Sheet1": [[title], ["单位：尕庄镇卫生院", "", "", "年度："], header,
                                   *rows[1:]]},
                merges={"Sheet1": ["A1:E1"]})
        elif fmt == "csv":
            add(f"{stem}.csv", "empty_log_sheet", pub=True, rows=[[title], header, *rows[1:]],
                encoding="utf-8-sig")
        elif fmt == "docx":
            add(f"{stem}.docx", "empty_log_sheet", pub=True, paras=[title, "科室：____  本册第__页"],
                tables=[rows])
        elif fmt == "pdf":
            add(f"{stem}.pdf", "empty_log_sheet", pub=True, before=[title, "尕庄镇卫生院病案室"],
                table=rows, after=["注：复印须核验申请人身份证件及委托书。"])
        elif fmt == "txt":
            add(f"{stem}.txt", "empty_log_sheet", pub=True,
                text=title + "\n" + "\t".join(header) + "\n\n\n")
        else:
            add(f"{stem}.md", "empty_log_sheet", pub=True,
                text="# " + title + "\n\n| " + " | ".join(header) + " |\n|"
                + "---|" * len(header) + "\n|" + " |" * len(header) + "\n")
    add("moban/朝觐请假申请表（空白）.docx", "blank_request_form", pub=True,
        paras=["职工因私出国（境）请假申请表", "（按干部职工因私出入境管理规定填写）"],
        tables=[[["姓名", "", "科室", ""], ["护照号码", "", "前往国家", ""],
                 ["请假起止日期", "", "天数", ""], ["科室意见", "", "院长意见", ""]]])
    add("moban/病历复印申请书（空白）.doc", "blank_request_form", pub=True,
        paras=["病历资料复印申请书", "本人（患者/代理人）________，身份证号________________，",
               "申请复印患者________（住院号________）的病历资料，用途：□报销 □保险理赔 □其他。",
               "申请人签字：________  日期：____年__月__日"])
    add("moban/居家氧疗设备借用协议（空白）.odt", "blank_request_form", pub=True,
        paras=["居家氧疗设备借用协议（样本）", "甲方：尕庄镇卫生院", "乙方（借用人）：________  电话：________",
               "一、甲方借给乙方制氧机一台，编号________，押金________元。",
               "二、乙方按说明使用，不得转借；损坏照价赔偿。", "甲方（盖章）          乙方（签字）"])
    add("moban/村卫生室药品请领单（空白）.xls", "blank_request_form", pub=True,
        sheets={"请领单": [["村卫生室药品请领单"], ["村卫生室：", "", "日期："],
                          ["药品名称", "规格", "单位", "请领数量", "实发数量", "备注"],
                          ["", "", "", "", "", ""]]})
    add("moban/医疗救助申请表（填写示例）.docx", "example_filled_form", pub=True,
        paras=["医疗救助申请表（填写示例）", "以下为示例，请按本人实际情况填写。"],
        tables=[[["申请人", "«d.placeholder:张三»", "性别", "男"],
                 ["身份证号", "«d.bad_id»", "联系电话", "«d.placeholder_phone:139xxxxxxxx»"],
                 ["住址", "××镇××村×社×号", "救助类别", "低保"],
                 ["开户银行卡号", "«d.bad_card»", "开户行", "××农商银行"]]])
    pub("moban/出生医学证明补发申请（示例）", "txt", "example_filled_form", [
        "出生医学证明补发申请（示例）",
        "新生儿姓名：«d.placeholder:王小明»  母亲姓名：«d.placeholder:李某某»",
        "母亲身份证号：«d.placeholder:62292219900101XXXX»",
        "联系电话：«d.placeholder_phone:138 0000 0000»",
        "本示例仅为格式说明，不代表真实人员。",
    ])


# ============================================================================================
# secret: medical
# ============================================================================================


def medical() -> None:
    # A brucellosis follow-up register: header on row 3, IDs, village/社 addresses.
    people_b = ["马尕西木", "韩索非亚", "妥进才", "撒文秀", "扎西东智"]
    rows = [["洮川县尕庄镇布病患者随访登记表（2026年）"], ["填报单位：尕庄镇卫生院公共卫生科", "", "", "", "", "", "更新：11月30日"],
            ["序号", "姓名", "性别", "身份证号", "住址", "联系电话", "确诊日期", "服药情况", "随访医生"]]
    addr = ["尕庄镇阳洼村三社12号", "尕庄镇马家沟村一社", "尕庄镇下川村五社7号", "尕庄镇牙塘村二社31号",
            "尕庄镇团结社区安康路8号"]
    for i, name in enumerate(people_b):
        rows.append([str(i + 1), name, "女" if i in (1, 3) else "男", f"«I:y{1960 + i * 5}/{name}»", f"«A:{addr[i]}»", "«T»",
                     f"2026-0{i + 4}-1{i}", ["规范服药", "已停药", "第3周", "规范服药", "复发再治"][i], "妥志强"])
    add("gongwei/布病患者随访登记2026.xlsx", "brucellosis_patient_followup", MED,
        sheets={"随访": rows}, merges={"随访": ["A1:I1"]}, names=people_b)
    # Echinococcosis ultrasound screening: a ruled PDF table.
    people_e = ["马麦燕", "汪尕娃", "韩德胜", "妥玉梅"]
    table = [["序号", "姓名", "身份证号", "村", "B超所见", "分型", "检查医生"]]
    for i, name in enumerate(people_e):
        table.append([str(i + 1), name, "«I»", ["阳洼", "牙塘", "下川", "马家沟"][i],
                      ["肝右叶囊性占位4.2cm", "未见异常", "肝内多发囊性灶", "未见异常"][i],
                      ["CE1", "-", "CE2", "-"][i], "周振宇"])
    add("gongwei/包虫病B超筛查阳性及结果汇总.pdf", "echinococcosis_ultrasound_screening_results", MED,
        before=["包虫病B超筛查结果汇总（第二批）", "筛查日期：2026年9月18日  尕庄镇卫生院B超室"],
        table=table, after=["阳性者已转县医院，请村医督促复查。"], names=people_e)
    sec("jizhen/一氧化碳中毒抢救情况报告", "txt", "co_poisoning_rescue_report", MED, [
        "关于马家沟村一氧化碳中毒事件的抢救情况报告",
        "县卫健局：",
        "12月1日凌晨5时40分，我院急诊接马家沟村二社村民韩学礼（男，61岁）电话，称家中三人头痛呕吐。",
        "救护车6时05分到达，患者韩学礼、其妻马秀珍（58岁）意识清楚，孙子韩浩然（7岁）嗜睡。",
        "现场开窗通风、吸氧后送回我院，韩浩然血碳氧血红蛋白28%，6时50分转县医院高压氧治疗。",
        "家属联系电话«T»，住址«A:尕庄镇马家沟村二社19号»。原因为夜间火炉烟筒倒烟。",
        "报告人：孔德明  审核：韩玉霞",
    ], names=("韩学礼", "马秀珍", "韩浩然"))
    sec("menzhen/斋月期间糖尿病患者用药指导记录", "md", "ramadan_diabetes_counselling_log", MED, [
        "斋月前糖尿病患者用药指导记录（2026年）",
        "",
        "| 门诊号 | 姓名 | 年龄 | 用药 | 调整意见 | 电话 |",
        "|---|---|---|---|---|---|",
        f"| {mz()} | 马福海 | 67 | 二甲双胍+甘精胰岛素 | 胰岛素减至16单位，开斋时注射 | «T» |",
        f"| {mz()} | 穆萨·马 | 59 | 格列美脲 | 改为开斋饭前服，备糖块 | «T» |",
        f"| {mz()} | 韩阿依舍 | 71 | 阿卡波糖 | 不建议封斋，已与家属沟通 | «T» |",
        "",
        "指导医生：韩平",
    ], names=("马福海", "穆萨·马", "韩阿依舍"))
    add("gongwei/旱獭接触者医学观察.docx", "marmot_contact_medical_observation", MED, paras=[
        "鼠疫疫源动物（旱獭）接触者医学观察记录",
        "报告来源：牙塘村村医 妥建华 电话报告",
        "事由：2026年8月14日，牙塘村村民在后山草场发现死旱獭一只，二人曾徒手搬动。",
        "医学观察期：8月14日至8月23日（9天），每日两次测体温。",
    ], tables=[[["姓名", "性别", "年龄", "身份证号", "住址", "联系电话", "观察结果"],
                ["索南才让", "男", "34", "«I»", "«A:尕庄镇牙塘村四社6号»", "«T»", "体温正常，解除观察"],
                ["马尔沙", "男", "29", "«I»", "«A:尕庄镇牙塘村四社11号»", "«T»", "体温正常，解除观察"]]],
        names=("妥建华", "索南才让", "马尔沙"))
    add("menzhen/巡回医疗出诊记录.csv", "pasture_mobile_clinic_visit_log", MED, encoding="gb18030", rows=[
        ["日期", "地点", "姓名", "年龄", "主诉", "处理", "医生"],
        ["2026-07-14", "马家沟上滩", "汪尕五", "52", "关节痛、午后发热", "抽血查布病，对症处理", "孔德明"],
        ["2026-07-14", "马家沟上滩", "才让卓玛", "38", "孕24周产检", "血压正常，建议到卫生院建册", "祁海英"],
        ["2026-07-21", "牙塘后山", "马西力", "45", "腹胀", "B超预约", "孔德明"],
        ["2026-07-21", "牙塘后山", "更登", "70", "高血压复诊", "续开氨氯地平", "韩平"],
    ], names=("汪尕五", "才让卓玛", "马西力", "更登"))
    add("fubao/孕妇尿碘监测采样.xls", "pregnant_urinary_iodine_sampling", MED, sheets={"采样登记": [
        ["2026年孕妇尿碘监测采样登记"], ["样品编号", "姓名", "孕周", "身份证号", "家中盐样", "联系电话"],
        ["«d.sample_no:NI-2026-031»", "马海燕", "16", "«I:y1996»", "碘盐", "«T»"],
        ["«d.sample_no:NI-2026-032»", "妥莉", "22", "«I:y1999»", "碘盐", "«T»"],
        ["«d.sample_no:NI-2026-033»", "吉克莫色", "30", "«I:y1994@513431/吉克莫色»", "非碘盐", "«T»"],
    ]}, names=("马海燕", "妥莉", "吉克莫色"))
    add("zhongyi/回医拔罐治疗登记.csv", "hui_medicine_cupping_register", MED, encoding="utf-8-sig", rows=[
        ["治疗日期", "门诊号", "姓名", "部位", "罐数", "操作者", "不良反应"],
        ["2026-11-02", mz(), "马成福", "腰背", "8", "马哈比布", "无"],
        ["2026-11-02", mz(), "韩桂兰", "双膝", "4", "才让草", "局部水疱，已处理"],
        ["2026-11-05", mz(), "沙马拉且", "肩颈", "6", "马哈比布", "无"],
    ], names=("马成福", "韩桂兰", "沙马拉且"))
    add("zhuyuan/新生儿黄疸随访单.docx", "neonatal_jaundice_followup_form", MED, paras=[
        "新生儿黄疸随访单"], tables=[[["住院号", zy(), "床号", "3"],
                                      ["新生儿姓名", "马语汐", "出生日期", "2026-11-21"],
                                      ["母亲姓名", "韩燕", "母亲身份证号", "«I:y1998»"],
                                      ["家庭住址", "«A:尕庄镇下川村一社21号»", "联系电话", "«T»"],
                                      ["经皮胆红素", "第3天 11.2mg/dl；第5天 13.6mg/dl", "处理", "建议县医院光疗"]]],
        names=("马语汐", "韩燕"))
    add("fangbao/HPV疫苗预约名单.xlsx", "hpv_vaccine_appointment_list", MED, sheets={
        "初二（1）班": [["尕庄中学初二年级HPV疫苗接种预约名单"], ["", "", "", "", "接种时间：12月16日"],
                       ["", "", "", "", ""], ["学生姓名", "身份证号", "家长姓名", "家长电话", "知情同意"],
                       ["马思雨", "«I:y2012»", "马国林", "«T»", "已签"],
                       ["韩佳怡", "«I:y2012»", "韩德旺", "«T»", "已签"],
                       ["卓玛草", "«I:y2011»", "更藏加", "«T»", "未交"]],
        "初二（2）班": [["学生姓名", "身份证号", "家长姓名", "家长电话", "知情同意"],
                       ["妥梦瑶", "«I:y2012»", "妥永红", "«T»", "已签"],
                       ["慕容欣悦", "«I:y2012»", "慕容军", "«T»", "已签"]]},
        merges={"初二（1）班": ["A1:E1"]},
        names=("马思雨", "马国林", "韩佳怡", "韩德旺", "卓玛草", "更藏加", "妥梦瑶", "妥永红", "慕容欣悦", "慕容军"))
    table = [["送检日期", "门诊号", "姓名", "标本", "性状", "送检人", "接收人（县疾控）"]]
    for d, name, s in [("11-03", "马占林", "晨痰"), ("11-03", "马占林", "夜间痰"), ("11-10", "汪秀珍", "即时痰"),
                       ("11-17", "阿卜杜·沙拉木", "晨痰")]:
        table.append([f"2026-{d}", mz(), name, s, "干酪样" if name == "马占林" else "黏液", "撒玉兰", "李晓东"])
    add("jianyan/结核病人痰标本转运登记.pdf", "tb_sputum_specimen_transport_log", MED,
        before=["肺结核可疑者痰标本转运登记", "尕庄镇卫生院检验科 → 洮川县疾控中心结核病实验室"],
        table=table, after=["转运箱温度2—8℃，专人专车。"],
        names=("马占林", "汪秀珍", "阿卜杜·沙拉木", "李晓东"))
    sec("jizhen/急性心梗转诊交接单", "txt", "acute_mi_transfer_handover_note", MED, [
        "急性胸痛患者转诊交接单",
        "患者：马德才  男  63岁  身份证号：«I:y1963»",
        "门诊号：" + mz() + "  家属：马丽（女儿） 电话：«T»",
        "主诉：胸骨后压榨样疼痛2小时。心电图：V1—V4导联ST段抬高。",
        "处理：嚼服阿司匹林300mg、替格瑞洛180mg，吸氧，建立静脉通道。",
        "已电话联系县医院胸痛中心（" + COUNTY_HOSP_PHONE + "），10时20分救护车出发，随车医生韩平、司机马尕五。",
        "交接时间：11时05分  接收医生签字：____",
    ], names=("马德才", "马丽"))
    add("houqin/居家氧疗患者登记.ods", "home_oxygen_patient_list", MED, sheets={"登记": [
        ["居家氧疗患者登记（制氧机借用）"], ["", "", "", "", "", ""],
        ["姓名", "诊断", "住址", "制氧机编号", "联系人", "联系电话"],
        ["韩正清", "慢阻肺", "«A:尕庄镇阳洼村一社3号»", "«d.asset_no:ZYJ-07»", "韩小红", "«T»"],
        ["马索菲", "肺心病", "«A:尕庄镇团结社区安康路15号2单元101室»", "«d.asset_no:ZYJ-11»", "马志明", "«T»"],
    ]}, names=("韩正清", "韩小红", "马索菲", "马志明"))
    add("zhuyuan/儿童肺炎住院病人一览.odt", "pediatric_pneumonia_inpatient_census", MED, paras=[
        "儿科病房在院患者一览（12月4日）"], tables=[[
            ["床号", "住院号", "姓名", "年龄", "诊断", "主管医生"],
            ["5", zy(), "马浩宇", "3岁", "支气管肺炎", "孔德明"],
            ["6", zy(), "韩雨桐", "1岁8月", "肺炎支原体肺炎", "孔德明"],
            ["7", zy(), "夏侯子轩", "5岁", "毛细支气管炎", "韩平"]]],
        names=("马浩宇", "韩雨桐", "夏侯子轩"))
    add("fubao/梅毒阳性孕妇转诊函.docx", "syphilis_positive_pregnant_referral_letter", MED, paras=[
        "孕产妇梅毒感染转诊函",
        "洮川县妇幼保健院：",
        "我院孕产妇保健门诊于11月8日为孕妇汪某娟（真实姓名：汪丽娟，身份证号«I:y1995»，孕14周）",
        "进行梅毒筛查，TRUST 1:8，TPPA阳性。根据预防母婴传播工作要求，现转贵院进一步诊治。",
        "孕妇联系电话：«T»，丈夫马强电话：«T»。",
        "请将诊治结果反馈我院妇保室。",
        "经办：祁海英",
    ], names=("汪丽娟", "马强"), footer="尕庄镇卫生院妇保室")
    sec("gongwei/村医群消息（发热病例）", "txt", "village_doctor_group_chat_fever_reports", MED, [
        "微信群“尕庄村医工作群”聊天记录 2026-11-20",
        "妥建华（牙塘村）: 牙塘四社马尕奴发烧五天了，38.9，关节疼，家里养羊40只",
        "妥志强: 让他明天来卫生院抽血查布病，电话发我",
        "妥建华（牙塘村）: «T»",
        "马玉福（阳洼村）: 阳洼也有一个，«d.surname_title:汪老汉»，真名汪德禄，咳嗽带血，我让他去拍片了",
        "妥志强: 好，«d.surname_title:老马»你跟一下，汪德禄的结果出来告诉我",
        "马玉福（阳洼村）: 收到",
    ], names=("妥建华", "马尕奴", "马玉福", "汪德禄"), encoding="gb18030")
    add("gongwei/县疾控布病检测结果反馈.eml", "cdc_lab_result_feedback_email", MED,
        sender="县疾控布病实验室 李晓东 <«E:lixiaodong_tccdc@163.com»>",
        to="尕庄卫生院公卫科 <«d.public_email:gzgwk@163.com»>",
        subject="11月送检布病血清学复核结果",
        body="妥科长：\n附件为11月送检的17份血清复核结果，其中3份试管凝集试验阳性，请通知本人复诊并上报传染病报告卡。\n"
             "阳性者：马尕奴、韩阿舍、撒福林。\n李晓东\n",
        attachments=[("复核结果.xlsx", "xlsx", {"sheets": {"结果": [
            ["送检号", "姓名", "身份证号", "RBT", "SAT滴度", "结论"],
            ["«d.sample_no:BR26-1108»", "马尕奴", "«I»", "+", "1:200", "阳性"],
            ["«d.sample_no:BR26-1109»", "韩阿舍", "«I»", "+", "1:100", "阳性"],
            ["«d.sample_no:BR26-1113»", "撒福林", "«I»", "+", "1:400", "阳性"],
            ["«d.sample_no:BR26-1114»", "马莉莉", "«I»", "-", "<1:50", "阴性"]]}})],
        names=("李晓东", "马尕奴", "韩阿舍", "撒福林", "马莉莉"))
    add("gongwei/寄宿学校PPD筛查.zip", "boarding_school_ppd_screening_bundle", MED, members=[
        ("PPD结果.csv", {"rows": [["班级", "姓名", "硬结(mm)", "家长电话"],
                                  ["七(3)", "马一鸣", "16", "«T»"], ["七(3)", "韩子墨", "4", "«T»"],
                                  ["八(1)", "东方晨", "21", "«T»"]], "encoding": "utf-8"}),
        ("致家长的信.docx", {"paras": ["致家长的一封信",
                                    "您的孩子在结核菌素皮肤试验（PPD）中硬结≥15mm，请带孩子于12月10日到卫生院拍胸片。",
                                    "联系人：妥志强 " + GWK]}),
    ], names=("马一鸣", "韩子墨", "东方晨"))
    add("zhuyuan/产房新生儿登记白板.png", "delivery_room_birth_board_photo", MED,
        title="产房登记（12月第一周）",
        table=[["日期", "产妇", "新生儿", "体重", "家属电话"],
               ["12-01", "马玉兰", "男", "3.4kg", "«T»"],
               ["12-03", "才让措", "女", "3.0kg", "«T»"],
               ["12-05", "韩月", "女", "2.6kg", "«T»"]],
        lines=["值班助产：汪秀兰"], names=("马玉兰", "才让措", "韩月"))
    add("zhuyuan/布病病例讨论.pptx", "brucellosis_case_review_deck", MED, slides=[
        ("病例：马尕奴，男，44岁", ["养羊40只，接羔史", "发热五天，关节痛，大汗", "RBT阳性，SAT 1:200"], None,
         "患者电话 «T»，复诊时提醒带既往化验单"),
        ("诊疗要点", ["多西环素+利福平，疗程6周", "监测肝功能", "家庭成员同时筛查"], None, None),
        ("讨论", [], [["问题", "意见"], ["是否住院", "门诊治疗，村医督导"], ["家人筛查", "妻子韩阿舍已阳性"]], None),
    ], names=("马尕奴", "韩阿舍"))
    add("gongwei/死因推断调查表.docx", "verbal_autopsy_form", MED, paras=[
        "居民死亡原因推断（死因推断）调查表"], tables=[[
            ["死者姓名", "马有禄", "身份证号", "«I:y1941/马有禄»"],
            ["死亡日期", "2026-10-22", "死亡地点", "家中"],
            ["户籍地址", "«A:尕庄镇阳洼村四社2号»", "被调查人", "马玉梅（儿媳）"],
            ["被调查人电话", "«T»", "推断死因", "脑出血（高血压病史十余年，未规律服药）"]]],
        names=("马有禄", "马玉梅"))
    add("gongwei/伤害监测报告卡（10月）.csv", "injury_surveillance_card_batch", MED, encoding="utf-8", rows=[
        ["门诊号", "姓名", "性别", "年龄", "伤害原因", "地点", "结局"],
        [mz(), "韩国庆", "男", "37", "摩托车交通伤", "公路", "转院"],
        [mz(), "尉迟晓雯", "女", "9", "跌倒", "学校", "治愈"],
        [mz(), "马尕三", "男", "68", "牛顶伤", "家中", "好转"],
    ], names=("韩国庆", "尉迟晓雯", "马尕三"))
    add("zhuyuan/脑卒中高危筛查名单.xlsx", "stroke_high_risk_screening_list", MED, sheets={
        "高危名单": [["脑卒中高危人群筛查名单"], ["姓名", "性别", "年龄", "健康档案编号", "危险因素", "联系电话"],
                     ["马存良", "男", "66", jd(), "高血压、吸烟、房颤", "«T»"],
                     ["妥桂芳", "女", "72", jd(), "高血压、糖尿病", "«T»"],
                     ["贡保才让", "男", "58", jd(), "高血压、血脂异常", "«T»"]],
        "地址": [["姓名", "住址"], ["马存良", "«A:尕庄镇下川村三社14号»"],
                 ["妥桂芳", "«A:尕庄镇马家沟村五社6号»"], ["贡保才让", "«A:尕庄镇牙塘村一社»"]]},
        names=("马存良", "妥桂芳", "贡保才让"))
    add("bingan/病历复印登记2026.xlsx", "medical_record_copy_request_log", MED, sheets={"登记": [
        ["病历复印登记簿"], ["", "", "", "", "", "", ""],
        ["日期", "住院号", "患者姓名", "申请人", "与患者关系", "申请人身份证号", "用途"],
        ["2026-10-09", zy(), "韩正清", "韩小红", "女儿", "«I»", "大病保险"],
        ["2026-10-21", zy(), "马德才", "马丽", "女儿", "«I»", "商业保险理赔"],
        ["2026-11-02", zy(), "穆罕默德·艾力", "本人", "本人", "«I:y1982@653201/艾力»", "单位报销"]]},
        names=("韩正清", "韩小红", "马德才", "马丽", "穆罕默德·艾力"))
    sec("jizhen/外籍游客急诊处置记录", "txt", "foreign_tourist_emergency_record", MED, [
        "外籍游客急诊处置记录",
        "患者：SATO Kenji（佐藤健二），男，日本籍，护照号 «S:TR5830261»。",
        "11月2日随旅行团途经尕庄，午餐后腹痛腹泻，体温37.8℃。",
        "诊断：急性胃肠炎。予补液、口服蒙脱石散。导游：赵文杰 电话«T»。",
        "接诊医生：孔德明  已告知旅行社。",
    ], names=("SATO Kenji", "佐藤健二", "赵文杰"))
    add("dangan/1998年计划免疫卡片转录.xlsx", "old_immunization_card_transcription", MED, sheets={"转录": [
        ["1998年计划免疫卡片电子化转录（家长信息）"], ["卡号", "儿童姓名", "父亲", "父亲身份证（旧）", "母亲", "住址"],
        ["«d.file_no:98-0113»", "马文斌", "马占奎", "«Iq»", "韩桂花", "«A:尕庄乡阳洼村二社»"],
        ["«d.file_no:98-0127»", "妥晓霞", "妥有才", "«Iq»", "马秀英", "«A:尕庄乡下川村一社»"]]},
        names=("马文斌", "马占奎", "韩桂花", "妥晓霞", "妥有才", "马秀英"))
    sec("menzhen/家庭病床查房记录", "md", "home_bed_ward_round_note", MED, [
        "居家老人上门查房记录",
        "",
        "11月27日 孔德明、才让草上门。",
        "",
        "东乡族老人汪穆萨（82岁，«A:尕庄镇马家沟村三社8号»）卧床三年，骶尾部压疮II期，换药。",
        "血压150/88，嘱继续服药。其子汪哈三电话«T»，下次查房12月4日。",
    ], names=("汪穆萨", "汪哈三"))


# ============================================================================================
# secret: financial and personnel
# ============================================================================================


def financial_personnel() -> None:
    add("caiwu/医疗救助垫付明细.xlsx", "medical_aid_advance_payment_list", ("financial", "medical"), sheets={
        "垫付明细": [["尕庄镇卫生院“一站式”结算医疗救助垫付明细（2026年10月）"], ["", "", "", "", "", ""],
                     ["", "", "", "", "", ""],
                     ["患者姓名", "身份证号", "住院号", "救助类别", "垫付金额", "退款账户（一卡通）"],
                     ["马有禄", "«I:y1941/马有禄»", zy(), "特困供养", "1836.40", "«B:622848»"],
                     ["韩阿依舍", "«I:y1955/韩阿依舍»", zy(), "低保", "962.15", "«B:623059»"],
                     ["妥进才", "«I:y1970/妥进才»", zy(), "监测户", "2410.00", "«B:622848»"]]},
        merges={"垫付明细": ["A1:F1"]}, names=("马有禄", "韩阿依舍", "妥进才"))
    add("caiwu/冬季取暖费用分析.docx", "heating_cost_analysis", ("financial", "operations"), paras=[
        "2026—2027年采暖季取暖费用测算（内部讨论稿）",
        "一、去年采暖季燃煤锅炉耗煤412吨，支出28.6万元，占公用经费的19%。",
        "二、今年煤价上涨约12%，若不改造，预计支出32万元；改空气源热泵需一次性投入46万元，年运行费约17万元。",
        "三、建议：申请县财政专项补助，资金缺口由医疗收入结余调剂。",
        "测算：皇甫丽娟  审核：马建军",
    ])
    add("caiwu/签约服务费分配表.xlsx", "family_doctor_fee_distribution", ("financial", "personnel"), sheets={
        "分配": [["2026年上半年家庭医生签约服务费分配表"], ["团队", "姓名", "职务", "分配比例", "金额（元）", "工资卡号"],
                 ["一队", "孔德明", "团队长", "30%", "5460", "«B:621700»"],
                 ["一队", "才让草", "护士", "20%", "3640", "«B:621700»"],
                 ["二队", "韩平", "团队长", "30%", "5120", "«B:621700»"],
                 ["二队", "拉毛措", "护士", "20%", "3410", "«B:621700»"],
                 ["村医", "妥建华", "村医", "—", "2800", "«B:622848»"]]},
        names=("妥建华",))
    sec("caiwu/收费处短款情况说明", "txt", "cashier_shortage_explanation", FIN, [
        "关于11月26日门诊收费处短款的情况说明",
        "院领导：",
        "11月26日下午日结时，门诊收费二号窗口现金短款350元。经调阅监控，为收费员马兰英在",
        "15时12分找零时将一张100元误当50元找出，其余原因待查。马兰英已自行补齐350元。",
        "建议扣减其当月绩效100元，并加强交接班点钞。",
        "出纳：何晓燕  2026年11月27日",
    ], names=("马兰英",))
    add("caiwu/外聘专家劳务费个税代扣表.xlsx", "expert_fee_tax_withholding", FIN, sheets={
        "劳务费": [["外聘专家劳务费发放及个人所得税代扣代缴表"], ["", "", "", "", "", "", ""],
                   ["姓名", "身份证号", "单位", "劳务内容", "应发", "代扣个税", "银行卡号"],
                   ["陈志鹏", "«I:y1976@350203/陈志鹏»", "厦门协作医院", "义诊、讲课", "3000", "400", "«B:622202»"],
                   ["林雅琴", "«I:y1984@350203/林雅琴»", "厦门协作医院", "义诊", "2000", "240", "«B:621226»"],
                   ["冯立群", "«I:y1969@620102/冯立群»", "兰州某三甲医院", "评审专家", "800", "0", "«B:622908»"]]},
        names=("陈志鹏", "林雅琴", "冯立群"))
    add("caiwu/救护车费用减免审批.docx", "ambulance_fee_waiver_approval", ("financial", "medical"), paras=[
        "救护车费用减免审批单"], tables=[[
            ["患者", "马尕三", "身份证号", "«I:y1958/马尕三»"],
            ["门诊号", mz(), "减免类别", "五保户"],
            ["出车日期", "2026-10-17", "应收", "86元"],
            ["减免金额", "86元", "经办", "马尕五"],
            ["审批", "韩玉霞", "备注", "牛顶伤转县医院"]]], names=("马尕三",))
    sec("caiwu/医保结算差异说明", "md", "insurance_settlement_discrepancy_note", ("financial", "medical"), [
        "10月医保结算差异说明（报县医保局）",
        "",
        "我院10月申报统筹基金支付38.42万元，医保局初审拨付37.96万元，差额4600元，原因如下：",
        "",
        f"1. 住院号{zy()}患者马福海，超出限定支付范围使用注射用前列地尔，扣减2180元；",
        f"2. 住院号{zy()}患者韩桂兰，出院带药超量，扣减1420元；",
        "3. 其余1000元为次均费用超标分摊扣减。",
        "",
        "经办：皇甫丽娟",
    ], names=("马福海", "韩桂兰"))
    add("caiwu/职工伙食补助发放表.xls", "staff_meal_allowance_sheet", ("financial", "personnel"), sheets={"11月": [
        ["11月职工伙食补助发放表"], ["姓名", "出勤天数", "标准", "金额", "卡号"],
        ["汪秀兰", "22", "15", "330", "«B:621700»"],
        ["撒玉兰", "21", "15", "315", "«B:621700»"],
        ["马尕五", "26", "15", "390", "«B:621700»"],
        ["东方雪", "20", "15", "300", "«B:621700»"]]})
    sec("caiwu/门诊次均费用分科室分析", "txt", "department_cost_per_visit_analysis", FIN, [
        "2026年1—10月分科室次均费用与成本分析（内部）",
        "科室      次均费用  药占比  单位成本  收支结余率",
        "内科      68.4      52%     61.2      +10.5%",
        "中医科    45.1      31%     49.8      -9.4%",
        "外科      92.7      28%     80.3      +13.4%",
        "预防接种  —         —       18.6      财政补助",
        "结论：中医（回医）科收不抵支，建议调整拔罐、针灸项目收费，报县医保局审批后执行。",
    ])
    add("caiwu/公益基金资助项目预算.docx", "charity_grant_budget", ("financial", "other"), paras=[
        "“健康牧区”公益基金资助项目预算（申报稿，未获批）",
        "资助方：某公益基金会（合作意向未公开）",
    ], tables=[[["支出项目", "金额（万元）", "说明"],
                ["便携B超一台", "12.0", "巡回医疗用"],
                ["布病快速检测试剂", "3.5", "约5000人份"],
                ["村医培训", "2.0", "三期"],
                ["合计", "17.5", ""]]])
    # personnel
    add("renshi/年度考核等次建议名单.docx", "annual_assessment_grade_draft", PER, paras=[
        "2026年度职工考核等次建议名单（院务会讨论前，勿外传）"], tables=[[
            ["姓名", "科室", "建议等次", "理由"],
            ["孔德明", "全科", "优秀", "签约、巡回医疗工作量第一"],
            ["马晓芳", "药房", "合格", ""],
            ["马兰英", "收费处", "基本合格", "收费短款、投诉两次"],
            ["周振宇", "B超", "优秀", "包虫病筛查"]]], names=("马兰英",))
    add("renshi/乡村医生执业再注册人员名单.xlsx", "village_doctor_reregistration_roster", PER, sheets={
        "名单": [["乡村医生执业再注册人员名单"], ["姓名", "性别", "身份证号", "村卫生室", "学历", "联系电话"],
                 ["妥建华", "男", "«I»", "牙塘村卫生室", "中专", "«T»"],
                 ["马玉福", "男", "«I»", "阳洼村卫生室", "大专", "«T»"],
                 ["韩素梅", "女", "«I»", "下川村卫生室", "中专", "«T»"]]},
        names=("妥建华", "马玉福", "韩素梅"))
    add("renshi/厦门专家住宿安排.docx", "visiting_expert_lodging_arrangement", ("personnel", "operations"), paras=[
        "厦门协作专家驻点期间住宿安排",
        "陈志鹏（身份证号«I:y1976@350203/陈志鹏»）住职工周转房：«A:尕庄镇团结社区安康路22号3单元402室»，",
        "林雅琴住同楼301室。两位专家手机：陈志鹏«T»，林雅琴«T»。",
        "后勤联系人：张宏亮。",
    ], names=("陈志鹏", "林雅琴"))
    sec("renshi/产假延长申请", "txt", "maternity_leave_extension_request", ("personnel", "medical"), [
        "延长产假申请",
        "院领导：",
        "本人拉毛措，护士，于2026年8月6日剖宫产分娩，产后切口愈合不良，",
        "经县医院诊断需继续休养（诊断证明附后），申请在法定产假基础上延长30天。",
        "申请人：拉毛措  2026年11月30日",
        "科室意见：同意。汪秀兰",
    ])
    add("renshi/护士长竞聘面试评分.xlsx", "head_nurse_selection_scores", PER, sheets={
        "评分": [["病区护士长竞聘面试评分汇总"], ["", "", "", "", ""], ["", "", "", "", ""],
                 ["候选人", "评委1", "评委2", "评委3", "平均分"],
                 ["才让草", 86, 88, 84, 86.0], ["拉毛措", 82, 85, 83, 83.3], ["呼延婷", 79, 80, 77, 78.7]]},
        merges={"评分": ["A1:E1"]}, names=("呼延婷",))
    add("renshi/新招聘人员政审表.docx", "recruit_political_review_form", PER, paras=[
        "拟聘用人员政治审查表"], tables=[[
            ["姓名", "端木清扬", "性别", "男"],
            ["身份证号", "«I:y2001»", "毕业院校", "甘肃医学院"],
            ["户籍地址", "«A:康乐县附城镇城北村三组27号»", "联系电话", "«T»"],
            ["父亲", "端木守礼", "母亲", "马桂珍"],
            ["审查意见", "无违法违纪记录", "审查人", "杨文斌"]]], names=("端木清扬", "端木守礼", "马桂珍"))
    add("renshi/保洁临时工工资及身份信息.csv", "casual_cleaner_wage_list", ("personnel", "financial"),
        encoding="gb18030", rows=[
            ["姓名", "身份证号", "工作区域", "月工资", "银行卡号"],
            ["马尕娃", "«I:y1970»", "门诊楼", "2100", "«B:622848»"],
            ["韩二个", "«I:y1968»", "住院楼", "2100", "«B:622848»"],
            ["阿卜杜·克里木", "«I:y1979@653201/克里木»", "院外环境", "2100", "«B:623059»"]],
        names=("马尕娃", "韩二个", "阿卜杜·克里木"))
    sec("renshi/朝觐请假审批", "md", "hajj_leave_approval", PER, [
        "因私出国（境）请假审批",
        "",
        "| 项目 | 内容 |",
        "|---|---|",
        "| 姓名 | 马哈比布 |",
        "| 护照号码 | «S:EJ4417265» |",
        "| 前往国家 | 沙特阿拉伯 |",
        "| 请假 | 2027年5月10日至6月20日，42天 |",
        "| 院长意见 | 同意，科室工作由孔德明代管 |",
    ])
    sec("renshi/夜班换班聊天记录", "txt", "night_shift_swap_chat", PER, [
        "微信聊天记录（护理组）",
        "[12-02 21:14] 才让草: 护士长，我周六夜班能不能和«d.surname_title:小拉»换一下，家里老人住院了",
        "[12-02 21:20] 汪秀兰: 可以，你们俩商量好在排班表上改，别忘了签字",
        "[12-02 21:22] 拉毛措: 好的，我上周六，«d.alias:草姐»上周日",
        "[12-02 21:30] 汪秀兰: «d.surname_title:老马»那边我去说。另外拉毛措你上月迟到三次，年终考核要扣分，自己注意",
        "[12-02 21:31] 才让草: 收到",
    ])
    add("renshi/返聘协议.docx", "retired_staff_rehire_agreement", ("personnel", "financial"), paras=[
        "退休人员返聘协议",
        "甲方：尕庄镇卫生院",
        "乙方：皇甫建国，身份证号«I:y1961»，住址«A:尕庄镇团结社区和平巷6号»，电话«T»。",
        "一、甲方返聘乙方在B超室坐诊，期限一年；二、月劳务费4500元，发至乙方银行卡«B:622202»；",
        "三、乙方自行负责往返交通。",
        "甲方代表：马建军        乙方：皇甫建国",
    ], names=("皇甫建国",))
    add("renshi/定向生服务期履约名单.xlsx", "rural_oriented_graduate_service_list", PER, sheets={
        "履约": [["农村订单定向医学生服务期履约情况"], ["姓名", "身份证号", "毕业年份", "服务期至", "履约情况"],
                 ["马晓东", "«I:y1999»", "2022", "2028", "在岗"],
                 ["韩梅梅", "«I:y2000»", "2023", "2029", "规培中"],
                 ["沙马阿果", "«I:y1998@513431/沙马阿果»", "2021", "2027", "申请违约，待处理"]]},
        names=("马晓东", "韩梅梅", "沙马阿果"))
    add("renshi/职称晋升推荐排序.eml", "title_promotion_ranking_email", PER,
        sender="杨文斌 <«E:yangwenbin1979@163.com»>",
        to="马建军 <«E:majianjun_gz@126.com»>",
        subject="今年中级职称推荐排序（请院长定）",
        body="马院长：\n按量化积分，今年中级职称推荐排序为：1.周振宇 86.5分；2.才让草 82分；3.呼延婷 79分。\n"
             "名额只有两个，呼延婷本人有意见，说她有援外（厦门进修）加分没算。请您定。\n杨文斌\n",
        names=("呼延婷",))


# ============================================================================================
# secret: operations and other (cooperation, investment, superiors' requests, marks)
# ============================================================================================


def operations_other() -> None:
    sec("yuanban/沙尘暴应急预案（修订稿）", "docx", "dust_storm_emergency_plan_draft", OPS, [
        "尕庄镇卫生院沙尘暴灾害医疗救援应急预案（修订征求意见稿）",
        "一、应急小组：组长马建军，副组长韩玉霞，成员妥志强、汪秀兰、张宏亮。",
        "二、值守：启动橙色预警后，院领导24小时带班，救护车和司机马尕五原地待命。",
        "三、物资：储备口罩3000只、护目镜200副、氧气瓶12只（当前仅有7只，缺口已报县局）。",
        "四、内部通讯：应急小组手机必须24小时开机，张宏亮手机«T»为物资调度专线。",
        "五、本稿未经院务会审定，不得外传。",
    ])
    add("caigou/氧气供应商报价比较.xlsx", "oxygen_supplier_quote_comparison", OPS, sheets={
        "比价": [["医用氧气年度供应报价比较（未公开）"], ["", "", "", "", ""],
                 ["供应商", "统一社会信用代码", "40L钢瓶单价", "配送", "联系人电话"],
                 ["临夏州宏达医用气体有限公司", "«U:91»", "58", "每周两次", "«T»"],
                 ["兰州西固气体厂", "«U:91»", "52", "每周一次", "«T»"],
                 ["康乐县鑫源工贸有限公司", "«U:91»", "61", "随叫随到", "«T»"]]},
        merges={"比价": ["A1:E1"]})
    add("yaofang/2027年药品采购量预测.xlsx", "drug_procurement_volume_forecast", OPS, sheets={
        "预测": [["2027年度重点药品采购量预测（报县医共体）"], ["药品", "规格", "2026用量", "2027预测", "备注"],
                 ["多西环素片", "0.1g×12片", "860盒", "1100盒", "布病增加"],
                 ["阿苯达唑片", "0.2g×10片", "240盒", "300盒", "包虫病"],
                 ["甘精胰岛素注射液", "3ml:300U", "410支", "480支", ""],
                 ["硝苯地平缓释片", "20mg×30片", "2200盒", "2300盒", ""]]})
    sec("xinxi/信息系统账号移交清单", "txt", "it_account_handover_list", OPS, [
        "信息系统账号移交清单（尉迟峰 → 接任人员）",
        "HIS数据库服务器  «d.ip_address:10.62.31.5»   sa / Gz@his2026!",
        "公卫系统前置机   «d.ip_address:10.62.31.9»   admin / tc_gw#8812",
        "医保结算终端     «d.ip_address:10.62.31.20»  操作员 gz003 / Yb_556677",
        "监控录像机       «d.ip_address:192.168.10.64» admin / hik12345",
        "移交后请立即修改全部密码。移交人：尉迟峰  监交：杨文斌",
    ])
    sec("gongwei/巡回医疗车辆路线与任务量", "md", "mobile_clinic_route_plan", OPS, [
        "夏季巡回医疗路线与任务量（内部）",
        "",
        "| 周次 | 路线 | 目标人次 | 实际人次 |",
        "|---|---|---|---|",
        "| 第1周 | 阳洼—马家沟上滩 | 120 | 86 |",
        "| 第2周 | 牙塘后山 | 100 | 71 |",
        "| 第3周 | 下川后山 | 80 | 45 |",
        "",
        "完成率偏低，县里考核按140人次/周算，请各队不要对外公布实际数，年底一并调整。",
    ])
    sec("gongwei/公卫任务滞后预警", "txt", "public_health_task_lag_warning", OPS, [
        "基本公卫任务滞后预警（截至11月30日）",
        "老年人健康管理：目标2610人，完成1798人（68.9%），差812人；",
        "高血压随访：阳洼村、牙塘村连续两季度未完成，村医考核扣分；",
        "严重精神障碍：失访2人，需本周内见面随访。",
        "此数据仅供院内调度，县级考核前不得外报。妥志强",
    ])
    add("houqin/医疗废物处置合同谈判记录.docx", "medical_waste_contract_negotiation", OPS, paras=[
        "医疗废物集中处置合同续签谈判记录",
        "时间：2026年11月19日  地点：卫生院会议室",
        "对方：临夏州洁源环保科技有限公司 业务经理 马文龙（电话«T»），统一社会信用代码«U:91»",
        "我方：马建军、张宏亮、皇甫丽娟",
        "对方报价按床位计每床每天2.2元，较去年上涨10%；我方底线1.9元，最终按2.0元、三年不变谈定。",
        "对方收款账户：«d.corporate_account:2708 0312 0100 0589 227»（对公账户）。",
    ], names=("马文龙",))
    sec("yuanban/住院楼扩建选址备忘", "txt", "ward_extension_site_memo", OPS, [
        "住院楼扩建选址备忘（院长办公会）",
        "方案一：在院内西侧发热门诊后面空地，需拆除锅炉房；",
        "方案二：征用东侧马家沟村二社集体土地约3亩，需与村委会协商补偿。",
        "倾向方案二，但在镇政府表态前不要向村里透露。",
        "经费来源拟申请中央预算内投资，估算980万元。",
    ])
    sec("caigou/供应商不良记录", "md", "supplier_watchlist_internal", OPS, [
        "供应商不良记录（内部掌握）",
        "",
        "- 临夏某医疗器械公司：2025年配送的血糖试纸效期不足3个月，两次退货；",
        "- 兰州某药业：报价后拒绝供货，联系人«d.surname_title:韩经理»（手机«T»）不回电话；",
        "- 康乐县鑫源工贸有限公司（«U:91»）：开具发票与实物不符。",
        "",
        "以上情况不对外，采购时优先回避。",
    ])
    add("houqin/设备维保合同价格明细.pdf", "device_maintenance_price_detail", OPS,
        before=["2026年医疗设备维保合同价格明细", "供应商报价，不对外"],
        table=[["设备", "型号", "年维保费（元）", "响应时间"],
               ["DR", "DR-F500", "38000", "24小时"],
               ["全自动生化仪", "BS-240", "12600", "48小时"],
               ["彩超", "DC-40", "15800", "48小时"],
               ["救护车负压设备", "—", "6000", "72小时"]],
        after=["以上价格为供应商给本院的优惠价，请勿透露给其他卫生院。"])
    sec("yaofang/胰岛素分配方案", "txt", "insulin_allocation_plan", OPS, [
        "胰岛素短缺期间分配方案（12月）",
        "本月县医共体只配送甘精胰岛素30支，不足需求的一半。",
        "优先保障：1型糖尿病、妊娠期糖尿病、空腹血糖>13的患者；其余改口服药过渡。",
        "各村卫生室不单独领取，由药房马晓芳统一登记发放。",
    ])
    add("yuanban/流感高峰床位扩容预案.docx", "flu_peak_bed_surge_plan", OPS, paras=[
        "流感高峰床位扩容预案（内部）",
        "1. 占用率超过90%时，将康复理疗室改为临时病房，加床8张；",
        "2. 护理人员实行弹性排班，暂停年休假；",
        "3. 与县医院约定下转床位每天最多3例。",
    ], footer="尕庄镇卫生院办公室 2026年11月")
    # other
    add("yuanban/与厦门协作医院合作协议（草案）.docx", "pairing_hospital_cooperation_draft", OTH, paras=[
        "远程医疗及专科共建合作协议（草案，双方未签署）",
        "甲方：厦门某协作医院  乙方：尕庄镇卫生院",
        "一、甲方每年派驻专家不少于2人次，每次不少于1个月；",
        "二、甲方捐赠远程会诊设备一套（价值约26万元），乙方负责网络和场地；",
        "三、乙方转诊的疑难病例，甲方开通绿色通道；",
        "四、合作期三年。具体条款待县卫健局审定后再公布。",
    ])
    sec("yuanban/药企捐赠谈判要点", "txt", "pharma_donation_negotiation_notes", OTH, [
        "某药企拟捐赠血糖仪事宜谈判要点",
        "对方区域经理：尉迟明（非本院职工）«T»",
        "对方提出：捐赠血糖仪50台，条件是三年内使用其品牌试纸。",
        "我方意见：捐赠不得附带采购条件，须报县卫健局备案。谈判暂停。",
    ], names=("尉迟明",))
    sec("yuanban/私人诊所加盟洽谈记录", "md", "private_clinic_affiliation_talks", OTH, [
        "关于民营诊所加入医共体分院的洽谈记录（未公开）",
        "",
        "诊所负责人：马福元，联系电话«T»，诊所地址«A:尕庄镇团结路88号»。",
        "",
        "对方希望挂“尕庄镇卫生院分院”牌子，我方认为不符合规定，只同意技术帮扶。",
    ], names=("马福元",))
    add("yuanban/光伏发电合作投资洽谈.docx", "solar_energy_investment_talks", ("other", "financial"), paras=[
        "屋顶光伏发电合作投资洽谈纪要",
        "合作方：甘肃某新能源公司，统一社会信用代码«U:91»。",
        "方案：对方投资建设120千瓦屋顶光伏，卫生院以屋顶入股，电费按国网价八五折结算，25年后设备归卫生院。",
        "风险：屋顶荷载需鉴定；合同期超过院长任期，须报县卫健局和财政局审批。",
        "本纪要仅供院领导研究，不对外。",
    ])
    sec("yuanban/医疗纠纷和解协议", "txt", "medical_dispute_settlement", ("other", "medical"), [
        "医疗纠纷和解协议",
        "甲方：尕庄镇卫生院  乙方：马存良（患者）、马小军（儿子，身份证号«I»）",
        "事由：乙方认为输液外渗导致右手背皮肤坏死。经双方协商：",
        "一、甲方一次性补偿乙方6000元，转入乙方账户«B:622848»；",
        "二、乙方不再以任何方式向甲方主张权利，双方对本协议内容保密。",
        "甲方代表：韩玉霞    乙方：马存良 马小军",
    ], names=("马存良", "马小军"))
    # marked documents
    sec("yuanban/县卫健局关于疫情形势的通报", "txt", "county_epidemic_circular_jimi", ("other", "operations"), [
        "机密★5年",
        "洮川县卫生健康局关于近期重点传染病疫情形势的通报",
        "各乡镇卫生院：",
        "近期我县布病报告发病数较去年同期上升，局部出现聚集。现将有关分析通报如下，仅限院长阅知……",
        "（本件不得复印、不得拍照、不得在互联网计算机上存储）",
    ], mark=("机密★5年", 5, True))
    add("yuanban/镇党委关于节日值班安排的通知.docx", "town_committee_notice_marked", ("other", "operations"), paras=[
        "工作秘密★1年",
        "中共尕庄镇委员会关于重要节日期间值班安排的通知",
        "各站所、卫生院：",
        "节日期间实行领导带班和24小时值班，卫生院负责应急医疗保障，救护车不得离镇。",
        "院值班领导：马建军，手机«T»（仅限值班联络）。",
    ], mark=("工作秘密★1年", 1, False))
    add("yuanban/审计问询答复.docx", "audit_inquiry_reply_header_marked", ("other", "financial"), paras=[
        "关于县审计局问询事项的答复",
        "一、2025年专项资金结余13.6万元，原因是包虫病筛查B超设备采购延后；",
        "二、村医补助发放延迟两个月，原因是县财政资金到位晚；",
        "三、食堂收支未单独核算的问题，已于10月整改。",
        "答复人：皇甫丽娟  审核：马建军",
    ], header="秘密★2年", mark=("秘密★2年", 2, False))
    add("yuanban/招商引资康养项目简介.md", "health_resort_investment_brief", ("other", "operations"),
        mark=("内部资料", None, False), text=(
            "内部资料\n\n# 洮河康养中心招商项目简介（镇政府提供）\n\n"
            "拟由外地企业投资1.2亿元，在下川村建设康养中心，卫生院作为医疗合作方提供医护人员。\n\n"
            "卫生院诉求：新增编制10名，康养中心承担医护人员绩效。目前处于洽谈阶段。\n"))
    sec("yuanban/院长在职工大会上的讲话（草稿）", "txt", "director_speech_draft_not_public", ("other", "personnel"), [
        "院长在年终职工大会上的讲话（草稿）",
        "同志们：今年我们有成绩，也有问题。收费处短款、药房差错、夜班脱岗，都要问责。",
        "明年绩效方案要调整，中医科收不抵支，要拿出办法；个别同志考核可能定为基本合格，请大家有思想准备。",
        "编制问题，县里答应给两个名额，先不要传出去。",
        "此件不公开",
    ], mark=("此件不公开", None, False))
    sec("yibao/医保飞行检查整改情况", "txt", "insurance_inspection_rectification_marked", ("other", "financial"), [
        "关于省医保飞行检查反馈问题整改情况的报告",
        "一、串换收费项目：拔罐按针灸收费12人次，已退回医保基金1440元；",
        "二、超标准收取护理费：已全面自查，退回3260元；",
        "三、对收费员和中医科负责人进行诫勉谈话。",
        "工作秘密★6个月",
    ], mark=("工作秘密★6个月", 0.5, False))
    add("yuanban/土地征收补偿协商.pdf", "land_requisition_compensation_marked", ("other", "financial"), pages=[
        "秘密★10年\n"
        "关于卫生院扩建征用马家沟村集体土地的补偿协商情况\n"
        "一、拟征用土地3.1亩，村委会要价每亩12万元；\n"
        "二、镇政府意见按每亩8.5万元，另安排2个公益岗位；\n"
        "三、涉及农户韩学礼等四户的宅基地调换，尚未谈妥。\n"
        "四、协商情况仅限镇党委、卫生院主要负责人掌握。"
    ], mark=("秘密★10年", 10, False), names=("韩学礼",))


# ============================================================================================
# internal but not secret; more public documents
# ============================================================================================


def internal_docs() -> None:
    internal("houqin/办公用品领用登记", "txt", "office_supplies_requisition_log", [
        "办公用品领用登记（11月）",
        "11-03  A4纸2包  杨文斌",
        "11-05  签字笔1盒  汪秀兰",
        "11-12  硒鼓1个   尉迟峰",
        "11-20  档案盒10个 妥志强",
    ])
    add("houqin/会议室使用预约.xlsx", "meeting_room_booking", sheets={"预约": [
        ["三楼会议室使用预约"], ["日期", "时间", "用途", "预约人"],
        ["12-02", "15:00", "院周会", "杨文斌"], ["12-04", "09:00", "护理业务学习", "汪秀兰"],
        ["12-09", "14:30", "公卫培训", "妥志强"]]})
    internal("peixun/读书会书目", "md", "journal_club_reading_list", [
        "业务读书会书目（第四季度）",
        "",
        "1. 《基层医疗机构布鲁氏菌病诊疗指南》解读",
        "2. 《中国高血压防治指南》基层版要点",
        "3. 包虫病超声分型（WHO-IWGE）",
        "4. 《针灸甲乙经》选读——纪念«d.famous:皇甫谧»",
    ])
    internal("xinxi/打印机硒鼓更换记录", "txt", "printer_toner_replacement_log", [
        "打印机硒鼓更换记录",
        "收费处一号机  11-06  更换  尉迟峰",
        "药房打印机    11-15  更换  尉迟峰",
        "院办复印机    11-28  加粉  张宏亮",
    ])
    internal("peixun/护理业务学习签到", "docx", "nursing_study_sign_in", [
        "护理业务学习签到（12月4日 压疮护理）",
        "汪秀兰  才让草  拉毛措",
        "主讲：汪秀兰",
    ])


def more_public() -> None:
    pub("xuanjiao/高血压低盐饮食指导", "txt", "low_salt_diet_guide", [
        "高血压病人怎么吃",
        "每人每天盐不超过5克，一啤酒瓶盖大约就是6克。",
        "少吃咸菜、腌肉、酱，多吃新鲜蔬菜；清真饭馆的手抓羊肉蘸料也要少放盐。",
        "饮茶可以，但不要太浓；罐罐茶熬得太浓容易心慌。",
    ])
    add("xuanjiao/七步洗手法.png", "hand_hygiene_poster", pub=True, title="七步洗手法",
        lines=["内—外—夹—弓—大—立—腕", "每步至少搓揉15秒", "尕庄镇卫生院院感科 " + SWITCH])
    pub("yuanwu_gongkai/发热门诊就诊流程", "md", "fever_clinic_flow_notice", [
        "发热门诊就诊流程",
        "",
        "1. 体温≥37.3℃者由预检分诊引导到发热门诊（院内西侧单独出入口）；",
        "2. 发热门诊内完成挂号、缴费、采样、取药；",
        "3. 需住院或转诊的，由医生联系，不要自行到住院楼。",
        "",
        "发热门诊24小时开放，电话 " + DUTY,
    ])
    pub("fangbao/老年人肺炎疫苗接种通知", "txt", "elderly_pneumococcal_vaccine_notice", [
        "60岁以上老人免费接种23价肺炎疫苗的通知",
        "今年县里为60岁以上户籍老人免费接种23价肺炎球菌多糖疫苗，每人一剂。",
        "请带身份证到卫生院接种门诊，周一、三、五上午。发热、急性病期间暂缓接种。",
        "咨询：接种门诊 " + GWK,
    ])
    pub("fubao/增补叶酸发放通知", "txt", "folic_acid_distribution_notice", [
        "农村妇女孕前和孕早期免费增补叶酸",
        "计划怀孕的妇女从孕前三个月开始服用叶酸，每天一片（0.4毫克），直到怀孕满三个月。",
        "叶酸在卫生院妇保室和村卫生室免费领取，带身份证即可。",
    ])
    pub("fangbao/流感疫苗接种安排", "docx", "flu_vaccination_arrangement", [
        "2026—2027年度流感疫苗接种安排",
        "接种时间：10月至次年3月，每周二、四全天。",
        "重点人群：60岁以上老人、慢性病患者、孕妇、6月龄至5岁儿童、医务人员。",
        "60岁以上户籍老人免费，其他人群自费（价格见接种门诊公示）。",
        "预约电话：" + GWK,
    ])
    add("yuanwu_gongkai/各村卫生室开诊时间及电话.xlsx", "village_clinic_directory", pub=True, sheets={
        "村卫生室": [["尕庄镇村卫生室开诊时间及电话"], ["村卫生室", "乡村医生", "开诊时间", "电话"],
                     ["阳洼村卫生室", "马玉福", "8:30—18:00", "«d.public_phone:0930-5716031»"],
                     ["牙塘村卫生室", "妥建华", "8:30—18:00", "«d.public_phone:0930-5716045»"],
                     ["下川村卫生室", "韩素梅", "9:00—17:30", "«d.public_phone:0930-5716052»"]]},
        names=("马玉福", "妥建华", "韩素梅"))
    add("peixun/高血压自我管理小组课件.pptx", "hypertension_self_management_deck", pub=True, slides=[
        ("高血压自我管理小组 第一课", ["什么是高血压", "为什么要天天吃药", "怎么在家量血压"], None, None),
        ("在家量血压", ["安静坐5分钟再量", "早晚各一次，记在本子上", "血压计每年校准一次"], None,
         "现场发放血压记录本，示范电子血压计使用"),
        ("目标", [], [["人群", "目标血压"], ["一般患者", "<140/90"], ["糖尿病患者", "<130/80"]], None),
    ])
    add("peixun/牧区常见伤病急救课件.pptx", "herder_first_aid_deck", pub=True, slides=[
        ("牧区常见伤病急救", ["摔伤骨折", "冻伤", "牲畜踢伤、顶伤"], None, None),
        ("骨折怎么办", ["不要硬掰", "就地取材夹板固定", "尽快送医"], None, None),
        ("冻伤怎么办", ["脱离寒冷环境", "用温水（不超过40℃）复温", "不要用雪搓、不要火烤"], None,
         "提醒：«d.famous:华佗»的故事可以讲，但重点是现代急救原则"),
    ])
    add("yuanwu_gongkai/2026年第三季度患者满意度调查结果.pdf", "satisfaction_survey_result_public", pub=True,
        before=["2026年第三季度患者满意度调查结果", "调查样本：门诊300份、住院80份（第三方调查）"],
        table=[["项目", "门诊", "住院"], ["总体满意度", "93.2%", "95.0%"], ["候诊时间", "86.5%", "—"],
               ["医护态度", "95.1%", "96.3%"], ["收费透明", "91.0%", "92.5%"]],
        after=["意见建议请拨打 " + SWITCH + " 或发邮件至 " + CENTRE_MAIL + "。"])
    add("yuanwu_gongkai/集采药品降价公示.pdf", "centralized_drug_price_cut_notice", pub=True,
        before=["国家集采药品降价公示", "自2026年12月1日起执行"],
        table=[["药品", "规格", "原价（元）", "现价（元）"], ["氨氯地平片", "5mg×28片", "21.60", "2.35"],
               ["二甲双胍片", "0.5g×60片", "12.80", "3.10"], ["阿托伐他汀钙片", "20mg×7片", "18.90", "1.26"]],
        after=["以上为零差率销售价格。价格监督电话 " + YBJ])
    pub("yuanwu_gongkai/2026年部门预算公开摘要", "pdf", "departmental_budget_disclosure_summary", [
        "尕庄镇卫生院2026年部门预算公开（摘要）",
        "收入预算合计1486.3万元，其中财政拨款612.8万元，事业收入835.5万元，其他收入38.0万元。",
        "支出预算合计1486.3万元，其中基本支出1102.4万元，项目支出383.9万元。",
        "“三公”经费预算3.2万元，全部为公务用车运行维护费。",
        "详见县财政局预决算公开平台。",
    ])
    add("yuanwu_gongkai/县医院专家下沉坐诊安排.pdf", "county_expert_rotation_schedule", pub=True,
        before=["县人民医院专家下沉坐诊安排（12月）", "地点：尕庄镇卫生院门诊楼"],
        table=[["日期", "科室", "专家"], ["12月3日", "心内科", "王海峰"], ["12月10日", "骨科", "马志刚"],
               ["12月17日", "妇产科", "薛丽萍"], ["12月24日", "儿科", "黄启明"]],
        after=["预约电话 " + SWITCH], names=("王海峰", "马志刚", "薛丽萍", "黄启明"))
    pub("yuanwu_gongkai/检验报告领取时间", "txt", "lab_report_pickup_notice", [
        "检验报告领取时间",
        "血常规、尿常规：30分钟；生化、肝功：当天下午4点后；布病筛查：一周内村医通知。",
        "可在自助机凭就诊卡打印，或关注公众号查询。",
    ])
    pub("yuanwu_gongkai/放射防护告知", "txt", "radiation_protection_notice", [
        "放射检查防护告知",
        "当心电离辐射！孕妇及可能怀孕的妇女请在检查前主动告知医生。",
        "检查时除患者外其他人员不得进入机房；陪护确需进入的请穿戴防护用品。",
    ])
    pub("xuanjiao/母乳喂养周", "md", "breastfeeding_week_article", [
        "世界母乳喂养周：给妈妈们的几句话",
        "",
        "- 产后一小时内开始喂奶；",
        "- 六个月内纯母乳喂养，不用加水；",
        "- 上班的妈妈可以把奶挤出来冷藏。",
        "",
        "卫生院妇保室提供免费哺乳指导，预约电话 " + GWK + "。",
    ])
    pub("xuanjiao/联合国糖尿病日", "md", "diabetes_day_article", [
        "11·14糖尿病日：管住嘴、迈开腿",
        "",
        "我镇登记管理的糖尿病患者有近九百人。胰岛素的发现让糖尿病不再是绝症，但控制血糖靠每天的坚持。",
        "",
        "11月14日上午，卫生院在镇集市免费测血糖，欢迎参加。",
    ])
    pub("xuanjiao/预防冻伤", "txt", "frostbite_prevention_tips", [
        "预防冻伤小常识",
        "放牧、赶集早出晚归，手脚耳朵最容易冻伤。鞋袜保持干燥，不要穿太紧的鞋。",
        "冻伤后用温水慢慢复温，不要用雪搓，也不要马上烤火。出现水疱、发黑及时到卫生院处理。",
    ], encoding="gb18030")
    pub("xuanjiao/暴雨滑坡后的卫生防疫", "txt", "rainstorm_landslide_sanitation_advice", [
        "暴雨、滑坡后卫生防疫提示",
        "水窖、水井被泥水灌入后要清淤、消毒，检测合格再饮用。",
        "死亡牲畜深埋，埋坑远离水源，撒石灰。",
        "注意腹泻、发热病人，及时报告村医。",
    ])
    pub("xuanjiao/农村宴席食品安全", "docx", "village_banquet_food_safety", [
        "农村家宴、婚宴食品安全提醒",
        "1. 聚餐50人以上的，提前到镇市场监管所和卫生院备案；",
        "2. 厨师持健康证上岗；",
        "3. 凉菜现做现吃，剩菜加热透再吃；",
        "4. 出现多人腹痛腹泻，立即报告 " + GWK + "。",
    ])
    pub("xuanjiao/戒烟门诊介绍", "txt", "smoking_cessation_clinic_intro", [
        "戒烟门诊开诊了",
        "每周三下午，内科韩平医生坐诊，提供戒烟咨询、尼古丁依赖评估和药物辅助。",
        "戒烟任何时候都不晚。",
    ])
    pub("xuanjiao/心理援助热线卡片", "txt", "psychological_support_hotline_card", [
        "心里有事，说出来",
        "全国心理援助热线：«d.hotline:12356»",
        "县精神卫生中心咨询电话：«d.public_phone:0930-5229631»",
        "卫生院公卫科：" + GWK,
    ])
    pub("xuanjiao/儿童口腔保健", "md", "children_oral_health_tips", [
        "儿童口腔保健",
        "",
        "- 长出第一颗牙就开始刷牙；",
        "- 3岁以上每天用含氟牙膏刷牙两次，每次豌豆大小；",
        "- 6至9岁做窝沟封闭，学校组织免费做。",
    ])
    pub("xuanjiao/学生营养餐建议", "md", "student_nutrition_advice", [
        "寄宿学生营养建议",
        "",
        "每天一个鸡蛋、一袋奶；主食粗细搭配；多吃蔬菜，少喝含糖饮料。",
        "洋芋是好东西，但不能顿顿只吃洋芋。",
    ])
    pub("yuanwu_gongkai/雪天出诊提示", "txt", "snow_day_ambulance_notice", [
        "雪天急救出车提示",
        "雪天道路湿滑，救护车到达时间可能延长。请呼救时说清村、社和明显标志物，",
        "并派人到路口接车。急救电话 " + DUTY + "。",
    ])
    pub("xuanjiao/十一月推送汇总", "md", "monthly_post_digest", [
        "尕庄镇卫生院公众号11月推送汇总",
        "",
        "1. 冬季预防煤烟中毒（阅读2.1万）",
        "2. 布病免费筛查开始了",
        "3. 副县长马国英到卫生院调研",
        "4. 斋月慢病注意事项",
        "5. 屠呦呦和青蒿素：一个关于坚持的故事",
    ], names=("马国英",))
    pub("yuanwu_gongkai/临时护士招聘公告", "docx", "temporary_nurse_hiring_notice", [
        "尕庄镇卫生院招聘临时护士公告",
        "招聘2名，要求护理专业大专以上，持护士执业证书。",
        "报名时间：12月8日至15日；报名邮箱：" + CENTRE_MAIL + "。",
        "咨询电话：" + SWITCH,
    ])
    pub("yuanwu_gongkai/临时护士拟聘人员公示", "txt", "temporary_nurse_hiring_result_publicity", [
        "临时护士拟聘人员公示",
        "经笔试、面试，拟聘用马晓娟、尉迟婉清为临时护士。公示期5个工作日。",
        "监督电话：" + SWITCH,
    ], names=("马晓娟", "尉迟婉清"))
    pub("yuanwu_gongkai/健康知识竞赛获奖名单", "txt", "health_quiz_winners_list", [
        "尕庄镇首届健康知识竞赛获奖名单",
        "一等奖：马莎莎（阳洼村）",
        "二等奖：韩文斌（下川村）、妥晓宁（马家沟村）",
        "三等奖：才让吉（牙塘村）、拉毛卓玛（团结社区）、赵子豪（尕庄中学）",
    ], names=("马莎莎", "韩文斌", "妥晓宁", "才让吉", "拉毛卓玛", "赵子豪"))
    pub("dangjian/党员开放日活动通知", "txt", "party_open_day_notice", [
        "卫生院党支部“党员开放日”活动通知",
        "12月12日上午，党员医生到阳洼村开展义诊和政策宣讲。欢迎群众参加。",
        "联系人：杨文斌",
    ])
    pub("yuanwu_gongkai/院内停车及出入提示", "txt", "parking_access_notice", [
        "院内停车及出入提示",
        "救护车通道禁止停车；住院患者家属车辆停放在院外东侧停车场。",
        "夜间22:00后从急诊门出入。",
    ])
    pub("xuanjiao/高原红与皮肤保护", "txt", "skin_uv_protection_tips", [
        "紫外线强，注意皮肤和眼睛防护",
        "高海拔地区紫外线强，放牧、劳动时戴宽檐帽、墨镜，涂防晒霜。",
        "雪地反光更强，防止雪盲。",
    ])
    pub("xuanjiao/老年人防跌倒", "docx", "elderly_fall_prevention_tips", [
        "老年人防跌倒",
        "院子结冰时撒上炉灰；炕边放扶手；夜里起床先开灯；穿防滑鞋。",
        "服用降压药、安眠药的老人起身要慢。",
    ])
    pub("xuanjiao/包虫病犬只驱虫日", "txt", "dog_deworming_day_notice", [
        "每月“犬只驱虫日”通知",
        "每月25日为全镇犬只驱虫日，兽医站和村医入户投药，请把狗拴好。",
        "驱虫后5天内的狗粪要深埋或焚烧。",
    ])

def more_docs() -> None:
    add("yibao/居民医保缴费截止提醒.doc", "insurance_contribution_deadline_notice", pub=True, paras=[
        "2027年度城乡居民医保集中缴费即将截止",
        "集中缴费期到12月31日截止，个人缴费标准每人400元。",
        "缴费渠道：“甘肃税务”微信公众号、农商银行网点、村委会代收。",
        "脱贫人口、低保对象的个人缴费由政府资助，不用自己交。",
        "咨询：县医保局 " + YBJ + "，税务服务热线 «d.hotline:12366»。",
    ])
    pub("fangbao/接种门诊年终盘点暂停通知", "txt", "vaccination_clinic_pause_notice", [
        "接种门诊年终盘点暂停接种通知",
        "12月29日至12月31日接种门诊进行疫苗盘点和冷链设备检修，暂停接种。",
        "狂犬病疫苗暴露后处置不受影响，到急诊接种。1月2日起恢复。",
    ])
    pub("xuanjiao/农村改厕卫生知识", "md", "rural_toilet_hygiene_campaign", [
        "改厕以后怎么用",
        "",
        "- 双瓮漏斗式厕所：前瓮粪便发酵满30天后再用于施肥；",
        "- 冬天防冻：便器下水管用草帘包裹；",
        "- 厕所门口放洗手水，便后洗手。",
    ])
    add("yuanwu_gongkai/常用检验项目价格.csv", "common_lab_test_price_list", pub=True, encoding="gb18030",
        rows=[["项目", "单位", "价格（元）"], ["血常规", "次", "15"], ["尿常规", "次", "8"],
              ["肝功能（8项）", "次", "56"], ["布鲁氏菌抗体（虎红平板）", "次", "免费（筛查）"],
              ["空腹血糖", "次", "6"]])
    pub("xuanjiao/家庭用药保存小常识", "txt", "home_medicine_storage_tips", [
        "家里的药怎么放",
        "药品放在阴凉干燥处，不要放在火炉、炕头边；胰岛素未开封的放冰箱冷藏，不能冷冻。",
        "过期药不要随便扔，交到卫生院药房统一处理。",
    ])
    pub("xuanjiao/禁毒宣传", "docx", "drug_abuse_prevention_leaflet", [
        "珍爱生命 远离毒品",
        "不要接受陌生人给的香烟、饮料；新型毒品常伪装成奶茶、糖果、邮票。",
        "发现涉毒线索请拨打 «d.hotline:110» 举报。",
    ])
    pub("xuanjiao/世界艾滋病日", "md", "world_aids_day_article", [
        "12·1世界艾滋病日：知艾防艾",
        "",
        "艾滋病通过性接触、血液和母婴三种途径传播，日常握手、共同吃饭不传播。",
        "",
        "卫生院检验科提供免费、保密的咨询检测，检测结果只告诉本人。",
    ])
    add("yuanwu_gongkai/周末门诊安排.ods", "weekend_clinic_schedule", pub=True, sheets={"12月": [
        ["12月周末门诊安排"], ["日期", "内科", "全科", "护士"],
        ["12-05", "韩平", "孔德明", "才让草"], ["12-06", "韩平", "孔德明", "拉毛措"],
        ["12-12", "马哈比布", "孔德明", "才让草"]]})
    add("gongwei/村卫生室督导评分.ods", "village_clinic_supervision_scores", ("operations", "personnel"), sheets={
        "评分": [["第四季度村卫生室督导评分（不公开）"], ["村卫生室", "乡村医生", "药品管理", "公卫任务", "总分", "处理意见"],
                 ["阳洼村卫生室", "马玉福", 18, 30, 78, "限期整改"],
                 ["牙塘村卫生室", "妥建华", 22, 35, 88, ""],
                 ["下川村卫生室", "韩素梅", 15, 24, 61, "扣发季度补助20%，约谈"]]},
        names=("马玉福", "妥建华", "韩素梅"))
    sec("yuanban/群众来电投诉记录", "txt", "resident_phone_complaint_transcript", ("medical", "other"), [
        "来电投诉记录",
        "来电时间：12月2日 10:35  来电号码：«T»",
        "来电人：马尔沙之妻 马桂兰，住«A:尕庄镇牙塘村四社11号»",
        "内容：丈夫11月在卫生院输液后出现皮疹，认为医生没有问过敏史，要求退费并道歉。",
        "处理：已调取门诊号" + mz() + "的病历，处方前有过敏史记录；约定12月4日当面沟通。",
        "记录人：杨文斌",
    ], names=("马尔沙", "马桂兰"))


SECTIONS = (outreach_public, services_public, forms_public, medical, financial_personnel,
            operations_other, internal_docs, more_public, more_docs)  # fmt: skip
# ============================================================================================
# read-back check, truth, counts
# ============================================================================================


def _docx_text(data: bytes) -> list[str]:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for box in document.element.body.iter(qn("w:txbxContent")):
        parts += ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p"))]
    for section in document.sections:
        for hf in (section.header, section.footer):
            parts += [p.text for p in hf.paragraphs]
    return parts


def _xlsx_text(data: bytes) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    return [
        str(c.value)
        for s in book.worksheets
        for row in s.iter_rows()
        for c in row
        if c.value is not None
    ]


def read_back(path: Path, fmt: str, encoding: str) -> str:
    """The text of a written file, read with the same libraries an extractor would use."""
    if fmt in ("txt", "md", "csv"):
        return path.read_bytes().decode("utf-8-sig" if encoding == "utf-8" else encoding)
    if fmt == "docx":
        return "\n".join(_docx_text(path.read_bytes()))
    if fmt == "xlsx":
        return "\n".join(_xlsx_text(path.read_bytes()))
    if fmt == "xls":
        import xlrd

        book = xlrd.open_workbook(str(path))
        return "\n".join(
            str(sheet.cell_value(i, j))
            for sheet in book.sheets()
            for i in range(sheet.nrows)
            for j in range(sheet.ncols)
            if sheet.cell_value(i, j) != ""
        )
    if fmt in ("odt", "ods"):
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("content.xml").decode("utf-8")
        return "\n".join(
            re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<text:p[ >].*?</text:p>", xml)
        )
    if fmt == "pdf":
        from pypdf import PdfReader

        return re.sub(
            r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        )
    if fmt == "pptx":
        from pptx import Presentation

        parts = []
        for slide in Presentation(str(path)).slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    parts.append(shape.text_frame.text)
                if shape.has_table:
                    parts += [c.text for row in shape.table.rows for c in row.cells]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(parts)
    if fmt == "eml":
        msg = BytesParser(policy=policy.default).parse(path.open("rb"))
        parts = [str(msg["From"]), str(msg["To"]), str(msg["Subject"])]
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name is None or name.endswith(".csv"):
                parts.append(part.get_content())
            elif name.endswith(".docx"):
                parts += _docx_text(part.get_content())
            elif name.endswith(".xlsx"):
                parts += _xlsx_text(part.get_content())
        return "\n".join(parts)
    raise ValueError(fmt)


def _count_problems(
    rec: dict[str, Any], text: str, squeeze: bool, everywhere: set[str]
) -> list[str]:
    problems = []
    spans = [x["value"] for x in rec["entities"] + rec["decoys"]]
    values = set(spans) | everywhere
    if squeeze:
        spans = [re.sub(r"\s+", "", s) for s in spans]
        values = {re.sub(r"\s+", "", s) for s in values}
    for value in sorted(values):
        expected = sum(s.count(value) for s in spans)
        found = text.count(value)
        if found != expected:
            problems.append(f"{rec['path']}: {value!r} found {found}, listed {expected}")
    if "«" in text or "»" in text:
        problems.append(f"{rec['path']}: unresolved mark")
    return problems


def check(records: list[dict[str, Any]]) -> list[str]:
    """Every listed value occurs in its file exactly as often as the listed values contain it."""
    problems = []
    # A value listed in any document must be listed wherever it occurs: this catches a name that
    # one text marks and another forgets.
    everywhere = {e["value"] for rec in records for e in rec["entities"]}
    for rec in records:
        sources = rec["_readback"]
        if sources:
            texts = [read_back(p, f, e) for p, f, e in sources]
            squeeze = any(f == "pdf" for _, f, _ in sources)
            if squeeze:
                texts = [re.sub(r"\s+", "", t) for t in texts]
            problems += _count_problems(rec, "\n".join(texts), squeeze, everywhere)
        if "_final" in rec:
            path, fmt = rec["_final"]
            problems += _count_problems(rec, read_back(path, fmt, "utf-8"), False, everywhere)
        if not (HERE / rec["path"]).is_file():
            problems.append(f"{rec['path']}: not written")
    return problems


def main() -> int:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    for section in SECTIONS:
        section()
    convert_legacy()
    problems = check(TRUTH)
    for line in problems:
        print(line, file=sys.stderr)
    shutil.rmtree(BUILD, ignore_errors=True)
    if problems:
        return 1
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in TRUTH:
            rec = {k: v for k, v in rec.items() if not k.startswith("_")}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(counts(TRUTH))
    return 0


def counts(records: list[dict[str, Any]]) -> str:
    """The README's count tables, in Markdown."""
    secret = sum(r["secret"] for r in records)
    public = sum(r["public"] for r in records)
    marked = sum(r["existing_mark"] is not None for r in records)
    out = [
        f"{len(records)} documents: {secret} secret, {public} public, "
        f"{len(records) - secret - public} internal but not secret; {marked} already carry a mark.",
    ]

    def table(title: str, counter: Counter[str], extra: Counter[str] | None = None) -> None:
        head = (
            f"| {title} | count |"
            if extra is None
            else f"| {title} | documents | of which secret |"
        )
        out.extend(["", head, "|---|---:|" + ("" if extra is None else "---:|")])
        for key in sorted(counter):
            tail = "" if extra is None else f" {extra[key]} |"
            out.append(f"| {key} | {counter[key]} |{tail}")

    table("format", Counter(r["format"] for r in records))
    table("category", Counter(c for r in records for c in r["categories"]))
    ents = Counter(e["entity_type"] for r in records for e in r["entities"])
    table("entity_type", ents)
    out.append(f"\nTotal: {sum(ents.values())} entity occurrences.")
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    table(
        "kind",
        Counter(r["kind"] for r in records),
        Counter(r["kind"] for r in records if r["secret"]),
    )
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
