"""Write the sixth held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand for a fictional centre (摆榜镇卫生院, 雾江县, Qiandongnan Miao
and Dong Autonomous Prefecture, Guizhou; area code 0855) that differs from the first five sets'
centres, in document types none of their READMEs lists. The random generator (fixed seed) makes
only check digits (GB 11643 resident IDs, Luhn bank cards, GB 32100 credit codes) and the random
digits of mobiles, landlines and cards, so a rerun gives the same texts and the same truth (Office
files, converted legacy files, zips and pictures carry their own timestamps or bytes).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:潘里闹»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«d.hotline:12320»`` a decoy of kind ``hotline``; the centre's staff and each
document's own ``names=`` are marked wherever they occur. The marks are removed from the files and
every value recorded. At the end every file is read back and each listed value must occur exactly
as often as the listed values contain it (``check``).

The mechanics (marks, check digits, writers, read-back) are copied from
benchmarks/heldout5/make_heldout5.py; none of its documents is.

Run: ``python benchmarks/heldout6/make_heldout6.py`` (writes docs/ and truth.jsonl here; needs
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

SEED = 20261211
RNG = random.Random(SEED)
# The TrueType font pictures are drawn with (fc-list :lang=zh); WenQuanYi is in Debian's
# fonts-wqy-microhei.
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

CODES = {
    "P": "PERSON",
    "I": "CN_RESIDENT_ID",
    "Ic": "CN_RESIDENT_ID",
    "Io": "CN_RESIDENT_ID",
    "T": "CN_PHONE",
    "L": "CN_PHONE",
    "A": "CN_ADDRESS",
    "R": "CN_MEDICAL_RECORD_NO",
    "B": "CN_BANK_CARD",
    "E": "EMAIL_ADDRESS",
    "U": "CN_USCC",
    "S": "CN_PASSPORT",
}
# Real county codes of Qiandongnan (Guizhou) around the fictional 雾江县 (雷山 522634, 台江 522630,
# 榕江 522632, 剑河 522629, 凯里 522601), plus people who moved in (Guiyang 520102, Duyun 522701).
AREAS = ["522634", "522634", "522634", "522630", "522632", "522629", "522601", "520102", "522701"]
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
LANDLINE_AREA = ["0855", "0855", "0855", "0851"]
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


def bad_id() -> str:
    good = new_id()
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + RNG.choice(wrong)


def mobile() -> str:
    return RNG.choice(MOBILE_PREFIXES) + f"{RNG.randint(0, 99999999):08d}"


def landline() -> str:
    area = RNG.choice(LANDLINE_AREA)
    digits = 7 if area == "0855" else 8
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
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', stem)}@mail.baibang.invalid>"
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

BUILD = Path(tempfile.mkdtemp(prefix="heldout6-"))
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
# hotlines are decoys wherever they occur.
SWITCH = "«d.public_phone:0855-7421160»"
DUTY = "«d.public_phone:0855-7421120»"
GWK = "«d.public_phone:0855-7421136»"
CENTRE_ADDR = "«d.public_address:雾江县摆榜镇民族路23号»"
CENTRE_MAIL = "«d.public_email:wjbbwsy@126.com»"
BUREAU = "«d.public_phone:0855-7316020»"
CDC = "«d.public_phone:0855-7318870»"
YBJ = "«d.public_phone:0855-7325510»"
COUNTY_HOSP = "«d.public_address:雾江县丹江镇环城北路8号»"
# The centre's own credit code: a CN_USCC wherever it occurs (earlier sets' call).
CENTRE_USCC = "«U:" + new_uscc("12") + "»"

# The centre's staff: marked as PERSON wherever they occur, in every document.
STAFF = [
    "杨昌勇",  # 院长
    "欧阳晓燕",  # 副院长（业务）
    "吴正龙",  # 支部书记
    "潘秀梅",  # 院办主任
    "龙英",  # 会计
    "邰美玲",  # 出纳
    "顾国华",  # 人事专干
    "文光荣",  # 公卫科科长
    "令狐建军",  # 全科医生
    "万俊",  # 外科
    "杨胜兰",  # 护士长
    "姜德明",  # 中医、苗医
    "石妹仙",  # 护士
    "韦贵芬",  # 检验
    "罗兴旺",  # 药房
    "上官婷",  # 妇保
    "吉克阿依",  # B超
    "唐涛",  # 放射
    "梁永福",  # 司机
    "侯定邦",  # 信息员
    "满春燕",  # 收费
    "聂金秀",  # 防保
    "邵光辉",  # 内科
    "蒙丽娟",  # 护士
]
FAMOUS = ["钟南山", "李时珍", "张仲景", "孙思邈", "华佗", "屠呦呦", "扁鹊", "白求恩", "林巧稚",
          "南丁格尔", "王叔和"]  # fmt: skip


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


# ============================================================================================
# public: seasonal advice, bilingual tips, market-day scripts, official-account posts
# ============================================================================================


def outreach_public() -> None:
    pub("xuanjiao/凝冻天气防护提示", "txt", "seasonal_disaster_health_advice", [
        "凝冻天气健康防护提示",
        "近期我县持续低温雨雪凝冻天气，摆榜镇卫生院提醒广大群众：",
        "一、老人、小孩尽量少出门，外出穿防滑鞋，防止跌倒骨折。",
        "二、烤火取暖要开窗通风，煤火炉必须安装烟囱，严防一氧化碳中毒。",
        "三、高血压、冠心病患者按时服药，不要擅自停药，清晨不要骤然起身。",
        "四、出现冻疮可用温水浸泡，不要用火烤、雪搓。",
        f"如有急症请拨打«d.hotline:120»，或卫生院值班电话{DUTY}。",
        "摆榜镇卫生院 2026年1月",
    ])
    pub("xuanjiao/汛期卫生防病", "md", "seasonal_disaster_health_advice", [
        "汛期卫生防病知识",
        "## 喝开水",
        "洪水过后井水、山泉水可能被污染，一律烧开再喝；水缸用漂白粉消毒，每担水加半勺。",
        "## 防腹泻",
        "被水泡过的粮食、腌菜不要吃；出现腹泻、呕吐及时到村卫生室或卫生院就诊。",
        "## 防钩端螺旋体病",
        "下田抢收稻谷要穿长筒胶鞋，手脚有伤口不要泡在水里；发热、腿肚子痛要说明下过水。",
        f"咨询：摆榜镇卫生院公共卫生科 {GWK}",
    ])
    pub("xuanjiao/高温中暑防范", "docx", "seasonal_disaster_health_advice", [
        "高温天气中暑防范提醒",
        "入伏以来，我镇最高气温超过35℃。采茶、修路、在工地干活的群众请注意：",
        "1. 避开中午十一点到下午三点在太阳下干活；",
        "2. 随身带凉开水或淡盐水，少量多次喝；",
        "3. 出现头晕、恶心、大汗、四肢无力，立即到阴凉处休息，用湿毛巾擦身；",
        "4. 有人昏倒、高热不退，立即拨打120送医。",
        "摆榜镇卫生院宣",
    ])
    pub("xuanjiao/春季森林防火救护常识", "pdf", "seasonal_disaster_health_advice", [
        "烧伤急救“冲、脱、泡、盖、送”",
        "春季烧田坎、上坟烧纸容易引发山火，也容易烧伤烫伤。",
        "冲：用流动冷水冲洗伤处15到30分钟；",
        "脱：在冷水中小心脱去衣物，粘住的不要硬扯；",
        "泡：疼痛明显可继续在冷水中浸泡；",
        "盖：用干净的毛巾、纱布盖住伤处，不要涂酱油、牙膏、草木灰；",
        "送：送到医院处理，大面积烧伤直接送县人民医院。",
        "本院急诊二十四小时接诊。",
    ])
    for i, (title, body) in enumerate([
        ("野生菌中毒预警", [
            "每年六到九月是野生菌中毒高发期。",
            "“红伞伞、白杆杆”——颜色鲜艳的菌子大多有毒，但颜色普通的也可能有毒。",
            "民间“银针验毒”“和大蒜同煮”都不可靠，不认识的菌子不采、不买、不吃。",
            "吃菌子后出现恶心、呕吐、腹痛、看见小人，马上催吐并送医，保留剩下的菌子。",
        ]),
        ("野生菌中毒，这些说法都是错的", [
            "说法一：煮熟煮透就没毒。错！鹅膏菌的毒素高温也破坏不了。",
            "说法二：虫子吃过的没毒。错！虫子不怕的毒素人扛不住。",
            "说法三：吃了没事就没事。错！有些毒菌潜伏期长达十几个小时，先好转后肝肾衰竭。",
            f"疑似中毒请立即就医，卫生院急诊电话{DUTY}。",
        ]),
    ]):
        pub(f"xuanjiao/野生菌{i + 1}", ["txt", "md"][i], "wild_mushroom_warning", [title, *body],
            encoding="gb18030" if i == 0 else "utf-8")
    pub("gongwei/燃煤型氟中毒防治", "docx", "coal_fluorosis_prevention", [
        "燃煤型地方性氟中毒防治知识",
        "我县部分村寨过去用敞灶烧高氟煤烘烤辣椒、玉米，氟随烟雾污染食物，引起氟斑牙、氟骨症。",
        "防治要点：一改炉灶（使用带烟囱的节能炉），二改烘烤方式（玉米、辣椒不要在火塘上烘），",
        "三改饮食习惯（吃之前淘洗干净）。",
        "儿童氟斑牙检查和成人氟骨症筛查由县疾控中心组织，卫生院配合入户。",
        f"咨询电话：县疾控中心{CDC}",
    ])
    pub("gongwei/降氟改灶问答", "txt", "coal_fluorosis_prevention", [
        "降氟改灶十问十答",
        "问：家里已经用电了，还会氟中毒吗？答：用电烘烤、做饭就不会再吸入燃煤烟氟。",
        "问：牙齿上的黄斑能治好吗？答：氟斑牙不能自愈，可到口腔科做美白或贴面，费用自理。",
        "问：腰腿痛是不是氟骨症？答：需要拍片检查，不能自己判断。",
        "问：改炉改灶有补助吗？答：请咨询村委会，补助标准以政府公布为准。",
    ])
    pub("xuanjiao/毒蛇咬伤怎么办", "png", "snakebite_first_aid_guide", [
        "毒蛇咬伤怎么办",
        "1. 保持冷静，不要奔跑，让伤肢低于心脏。",
        "2. 用手机拍下蛇的样子，不要去抓蛇。",
        "3. 摘下戒指、手镯，不要用嘴吸、不要刀割、不要用绳子死勒。",
        "4. 尽快送往有抗蛇毒血清的医院，本院备有抗五步蛇毒血清。",
        f"急救电话 «d.hotline:120»  本院值班 {DUTY}",
    ])
    tips = [
        ("双语健康提示：勤洗手", ["饭前便后要洗手，七步洗手法记心间。", "苗语提示：请村医用苗话念给老人听。",
                           "洗手时间不少于二十秒，用流动水和肥皂。"]),
        ("双语健康提示：少喝酒", ["过节喝米酒要适量，不要空腹喝，不要劝酒。", "侗语提示：醉酒后不要骑摩托车。",
                           "长期大量饮酒伤肝伤胃，高血压病人更要少喝。"]),
        ("双语健康提示：孕妇到医院生孩子", ["住院分娩安全，母子平安。", "在家生孩子遇到大出血来不及抢救。",
                                "孕期至少检查五次，第一次在怀孕三个月以内。"]),
        ("双语健康提示：结核病", ["咳嗽、咳痰两周以上，要到卫生院查痰、拍片。", "肺结核国家免费治疗，要坚持吃满六个月药。",
                           "不要随地吐痰，咳嗽打喷嚏要捂住口鼻。"]),
        ("双语健康提示：高血压", ["四十岁以上每年至少量一次血压。", "酸汤、腊肉、腌菜盐多，要少吃。",
                           "吃上降压药不要自己停，头晕要复查。"]),
        ("双语健康提示：狂犬病", ["被狗咬伤抓伤，先用肥皂水和流动水冲洗十五分钟。", "二十四小时内到卫生院犬伤门诊打疫苗。",
                           "家里养的狗每年要打兽用狂犬疫苗。"]),
    ]
    for i, (title, body) in enumerate(tips):
        fmt = ["txt", "md", "docx", "txt", "pdf", "md"][i]
        enc = {"encoding": "gb18030"} if i == 3 else {}
        pub(f"xuanjiao/双语提示{i + 1:02d}", fmt, "bilingual_health_tip", [title, *body, "摆榜镇卫生院"], **enc)
    scripts = [
        ("赶场天宣传稿：免费体检", ["乡亲们，今天赶场，卫生院在场坝边上摆了桌子。", "六十五岁以上的老人，带上身份证和医保卡，可以免费量血压、测血糖、做心电图。",
                           "体检不收一分钱，结果一个月内送到村卫生室。", "有不懂的问穿白大褂的医生。"]),
        ("赶场天宣传稿：家庭医生签约", ["家庭医生签约是免费的，签了有医生管你的慢病。", "高血压、糖尿病病人每年随访四次，医生到寨子里来。",
                              "签约不影响你到别的医院看病。"]),
        ("赶场天宣传稿：医保缴费", ["明年的城乡居民医保开始缴费了，每人三百八十元。", "可以在手机上缴，也可以找村里的协管员。",
                            "缴了费住院才能报销，不要等生病了才想起。"]),
        ("赶场天宣传稿：预防艾滋病", ["外出打工要洁身自爱，正确使用安全套。", "卫生院可以免费、保密做艾滋病检测。",
                              "孕妇都要查艾滋病、梅毒和乙肝，阳性的可以免费阻断。"]),
    ]
    for i, (title, body) in enumerate(scripts):
        fmt = ["txt", "txt", "md", "docx"][i]
        enc = {"encoding": "gb18030"} if i % 2 else {}
        pub(f"xuanjiao/赶场宣传{i + 1}", fmt, "market_day_outreach_script", [title, *body], **enc)
    posts = [
        ("冬至到了，这碗羊肉汤怎么喝才健康", ["冬至前后，不少人家要炖羊肉、吃狗肉火锅。", "痛风、高血脂的人少喝浓汤，汤里嘌呤高。",
                                   f"古人讲“冬不藏精，春必病温”，{'孙思邈'}主张冬季饮食宜温补但不宜过。", "欢迎到中医馆咨询体质调养。"]),
        ("卫生院新开了苗医药特色门诊", ["苗医药是我省非物质文化遗产。", "本院苗医药特色门诊每周二、周五上午开诊，开展熏蒸、滚蛋、刮痧、火针等项目。",
                              "项目收费按县医保局公布的标准执行。", f"预约电话：{SWITCH}"]),
        ("孩子发烧了，先别急着输液", ["体温不到38.5℃，精神好，可以多喝水、减衣服。", "超过38.5℃可以按说明书吃退烧药。",
                              "抽筋、嗜睡、呼吸急促、皮疹，要马上就医。", "输液不是退烧的首选。"]),
        ("糖友过苗年，这样吃", ["苗年期间糯米饭、甜酒、腊肉多，糖友要控制主食量。", "糯米升糖快，一顿不超过一小碗。",
                           "多吃青菜，喝酒前先吃点东西，防止低血糖。"]),
        ("白求恩精神代代传——记我院家庭医生团队", ["家庭医生团队每月进寨入户。", "团队成员翻山越岭，把药送到独居老人家中。",
                                       "我们以白求恩为榜样，全心全意为群众服务。"]),
        ("HPV疫苗来了！适龄女孩免费接种", ["我县为全县十三至十四周岁在校女生免费接种二价HPV疫苗。", "接种地点：各乡镇卫生院预防接种门诊。",
                                   "家长请带好孩子的预防接种证和户口本。", f"咨询：{GWK}"]),
        ("这些药不能和酒一起吃", ["头孢类抗生素、甲硝唑吃药期间和停药一周内不能喝酒。", "降糖药加喝酒容易低血糖。",
                           "安眠药加酒可能呼吸抑制，危及生命。"]),
        ("三月三，过节也要注意食品安全", ["三月三歌会人多，摆摊的食品要生熟分开。", "乌米饭、花糯饭当天做当天吃。",
                                 "腹泻、呕吐的人不要做饭给别人吃。"]),
    ]
    for i, (title, body) in enumerate(posts):
        fmt = ["md", "md", "txt", "md", "docx", "md", "txt", "pdf"][i]
        pub(f"xuanjiao/公众号{i + 1:02d}", fmt, "official_account_post", [title, *body])
    pub("xuanjiao/苗年节日食品安全", "txt", "ethnic_festival_food_safety", [
        "苗年期间集体聚餐食品安全提示",
        "一、办酒席五十桌以上的，提前三天向村委会报备，由卫生院食品安全协管员上门指导。",
        "二、厨师要持健康证，有腹泻、手上有伤口的不能掌勺。",
        "三、酸汤鱼、血豆腐、凉拌菜要现做现吃，剩菜不过夜。",
        "四、出现三人以上同时腹泻呕吐，立即报告卫生院。",
        f"报告电话：{GWK}（工作时间），{DUTY}（夜间）",
    ], encoding="gb18030")
    pub("xuanjiao/姊妹节食品安全", "docx", "ethnic_festival_food_safety", [
        "姊妹节期间食品安全温馨提示",
        "姊妹饭用的植物染料要用传统可食用的，不要用来历不明的色素。",
        "外地游客多，摊位食品要有遮盖，餐具要消毒。",
        "发现食物中毒请拨打«d.hotline:12345»或就近就医。",
    ])
    pub("xuanjiao/精神卫生日", "md", "mental_health_day_leaflet", [
        "世界精神卫生日：心情不好也是病吗",
        "长期睡不着、高兴不起来、觉得活着没意思，可能是抑郁，需要看医生。",
        "家里有精神障碍患者，要按时带去复诊、按时吃药，不要关起来、不要锁起来。",
        "全国心理援助热线：«d.hotline:12356»",
    ])
    add("xuanjiao/急救培训进村寨.pptx", "first_aid_class_deck_public", pub=True, slides=[
        ("急救知识进村寨", ["主讲：摆榜镇卫生院急诊组", "对象：村民、村组干部、护林员"], None, None),
        ("心肺复苏", ["判断意识和呼吸", "胸外按压：两乳头连线中点，深度5～6厘米，每分钟100～120次", "人工呼吸：30:2"], None,
         "演示时用模拟人，每位学员练习两分钟。"),
        ("常见意外", [], [["意外", "先做什么", "不要做"], ["毒蛇咬伤", "制动、拍照、送医", "刀割、嘴吸"],
                      ["烧烫伤", "冷水冲15分钟", "涂牙膏"], ["农药中毒", "脱衣、清水冲洗、带药瓶送医", "灌肥皂水"]], None),
    ])
    add("xuanjiao/学生急救课.pptx", "first_aid_class_deck_public", pub=True, slides=[
        ("防溺水与急救——小学生安全课", ["不私自下河游泳", "同伴落水要呼救，不要手拉手下水救人"], None, None),
        ("鼻子出血怎么办", ["头稍向前倾，捏住鼻翼十分钟", "不要仰头"], None, "结合«d.famous:林巧稚»医生的故事讲爱护生命。"),
    ])
    pub("xuanjiao/致全镇居民的一封信_接种", "docx", "open_letter_to_residents", [
        "致全镇居民的一封信",
        "尊敬的父老乡亲：",
        "为保护儿童健康，本院预防接种门诊每周一、三、五上午开放，请家长按接种证预约时间带孩子接种。",
        "外出务工的家长，请把孩子的接种证交给在家的老人，并告诉老人接种时间。",
        "孩子在外地上学的，可在当地接种点补种，凭接种证登记。",
        "谢谢大家的支持！",
        "摆榜镇卫生院",
        "2026年3月1日",
    ])
    pub("xuanjiao/致全镇居民的一封信_家医", "txt", "open_letter_to_residents", [
        "致全镇居民朋友的一封信",
        "家庭医生签约服务开展五年来，全镇群众签约率不断提高。",
        "今年起，签约服务增加了上门送药、康复指导、中医体质辨识等内容。",
        "居民朋友如对家庭医生服务有意见建议，请拨打监督电话" + BUREAU + "，或写信到" + CENTRE_ADDR + "。",
        "摆榜镇卫生院 雾江县摆榜镇人民政府",
    ])
    pub("xuanjiao/无偿献血倡议", "md", "blood_donation_appeal", [
        "无偿献血倡议书",
        "冬春季节临床用血紧张，县中心血站献血车将于12月18日到摆榜镇政府门口。",
        "年满十八至六十周岁、体重男五十公斤女四十五公斤以上、身体健康的居民均可献血。",
        "献血前一天清淡饮食，不要空腹，带身份证。",
        "一份爱心，一份希望。",
    ])


# ============================================================================================
# public: timetables, service notices, policies, prices, unfilled forms
# ============================================================================================


def services_public() -> None:
    add("yuanwu_gongkai/门诊坐诊时间表.docx", "outpatient_timetable_public", pub=True, paras=[
        "摆榜镇卫生院门诊医生坐诊时间表（2026年12月）",
        "如遇医生下乡或外出培训，以当日门诊大厅公告为准。",
        f"挂号咨询：{SWITCH}",
    ], tables=[[
        ["诊室", "周一", "周二", "周三", "周四", "周五"],
        ["全科诊室", "令狐建军", "邵光辉", "令狐建军", "邵光辉", "令狐建军"],
        ["外科", "万俊", "万俊", "下乡", "万俊", "万俊"],
        ["中医苗医", "姜德明", "姜德明（熏蒸）", "休", "姜德明", "姜德明（熏蒸）"],
        ["妇保", "上官婷", "上官婷", "上官婷", "—", "上官婷"],
        ["B超", "吉克阿依", "吉克阿依", "吉克阿依", "吉克阿依", "—"],
    ]])
    add("yuanwu_gongkai/春节门诊安排.xlsx", "holiday_service_arrangement", pub=True, sheets={"安排": [
        ["摆榜镇卫生院2027年春节期间门诊安排", "", "", ""],
        ["日期", "门诊", "急诊", "预防接种"],
        ["除夕", "上午", "24小时", "停诊"],
        ["初一至初三", "停诊", "24小时", "停诊"],
        ["初四至初六", "上午", "24小时", "停诊"],
        ["初七", "全天", "24小时", "正常"],
        [f"急诊电话：{DUTY}", "", "", ""],
    ]}, merges={"安排": ["A1:D1", "A7:D7"]})
    pub("yuanwu_gongkai/国庆门诊安排", "txt", "holiday_service_arrangement", [
        "国庆节期间门诊安排",
        "10月1日至3日门诊上午开放，下午及夜间由急诊接诊；4日起恢复正常。",
        "预防接种门诊10月1日至7日暂停，8日起正常接种。",
        f"值班电话{DUTY}。",
    ])
    pub("yuanwu_gongkai/住院探视须知", "docx", "inpatient_visiting_rules", [
        "住院病人探视须知",
        "一、探视时间：每日11:00—13:00，17:00—20:00。",
        "二、每位病人每次探视不超过两人，儿童不宜进入病区。",
        "三、发热、咳嗽的亲友请勿探视。",
        "四、不要坐卧病床，不要给病人私自带药、带酒。",
        "五、贵重物品请自行保管。",
        "护士站",
    ])
    add("gongwei/儿童免疫规划疫苗接种程序.pdf", "immunization_schedule_chart", pub=True, before=[
        "国家免疫规划疫苗儿童免疫程序表（简表）",
        "摆榜镇卫生院预防接种门诊",
    ], table=[
        ["疫苗", "出生", "1月", "2月", "3月", "6月", "8月", "18月", "6岁"],
        ["乙肝疫苗", "1", "2", "", "", "3", "", "", ""],
        ["卡介苗", "1", "", "", "", "", "", "", ""],
        ["脊灰疫苗", "", "", "1", "2", "", "", "", "4（4岁）"],
        ["百白破疫苗", "", "", "1", "2", "", "", "4", "白破"],
        ["麻腮风疫苗", "", "", "", "", "", "1", "2", ""],
        ["乙脑减毒活疫苗", "", "", "", "", "", "1", "", "2（2岁）"],
    ], after=["接种前请告知孩子近期是否发热、是否对药物过敏。", "接种后留观30分钟。"])
    pub("gongwei/接种日海报", "pdf", "vaccination_day_poster", [
        "预防接种日",
        "每周一、三、五上午8:30-11:30",
        "带好预防接种证  留观30分钟",
        f"咨询 {GWK}",
    ])
    pub("gongwei/免费公卫服务项目", "md", "free_public_health_items", [
        "国家基本公共卫生服务项目（免费）",
        "- 建立居民健康档案",
        "- 健康教育",
        "- 预防接种",
        "- 0～6岁儿童健康管理",
        "- 孕产妇健康管理",
        "- 65岁及以上老年人健康管理（每年一次免费体检）",
        "- 高血压、2型糖尿病患者健康管理",
        "- 严重精神障碍患者管理、肺结核患者健康管理",
        "- 中医药健康管理",
        "- 传染病及突发公共卫生事件报告和处理、卫生监督协管",
        "以上服务不收费，如有收费请拨打" + BUREAU + "投诉。",
    ])
    pub("gongwei/免费服务项目_村卫生室版", "txt", "free_public_health_items", [
        "村卫生室免费服务",
        "量血压、测血糖（高血压、糖尿病签约病人）、健康咨询、预防接种预约、孕产妇登记。",
        "村医不得以任何名义收取公卫服务费用。",
    ], encoding="gb18030")
    for i, lines in enumerate([
        ["2027年度城乡居民医保参保缴费提醒", "缴费标准：每人每年380元。", "缴费时间：2026年9月1日至12月31日。",
         "缴费方式：贵州医保小程序、银行、村协管员代收。", "特困、低保、脱贫监测户等按规定享受资助。", f"咨询电话：县医保局{YBJ}"],
        ["医保缴费常见问题", "问：外出打工在外地买了职工医保，老家还要交吗？答：不需要重复参保。",
         "问：新生儿怎么参保？答：出生九十天内办理，自出生之日起享受待遇。", "问：忘记缴费怎么办？答：设有待遇等待期，请尽快补缴。"],
        ["温馨提示：谨防医保缴费诈骗", "医保局不会通过电话要求您转账缴费。", "不要点击陌生短信链接。",
         "如遇可疑电话请拨打«d.hotline:110»或" + YBJ + "核实。"],
    ]):
        pub(f"yibao/参保提醒{i + 1}", ["docx", "md", "txt"][i], "insurance_enrolment_reminder", lines)
    pub("yibao/住院报销算例", "docx", "reimbursement_worked_example", [
        "城乡居民医保住院报销算例（示例）",
        "示例：«d.placeholder:张三»，在乡镇卫生院住院，总费用3000元，其中自费药品200元。",
        "起付线200元，报销比例90%。",
        "可报销金额=（3000-200-200）×90%=2340元。",
        "个人负担=3000-2340=660元。",
        "以上为示例，实际以结算单为准。",
    ])
    pub("yibao/门诊慢特病报销算例", "md", "reimbursement_worked_example", [
        "门诊慢特病报销怎么算",
        "例：«d.placeholder:李四»患高血压（慢病），一年门诊药费1500元，",
        "年度限额1500元，报销比例60%，报销900元。",
        "身份证号示例：«d.bad_id»（示例号码，非真实）",
    ])
    pub("yuanwu_gongkai/廉政举报方式", "txt", "integrity_reporting_channels", [
        "医德医风和廉政举报方式公示",
        "欢迎群众监督我院医务人员收受红包、回扣，推诿病人，乱收费等行为。",
        f"院内举报电话：{SWITCH}",
        f"县卫生健康局监督电话：{BUREAU}",
        "县纪委监委举报电话：«d.hotline:12388»",
        f"举报邮箱：{CENTRE_MAIL}",
        "来信地址：" + CENTRE_ADDR + " 院长信箱",
    ])
    pub("yuanwu_gongkai/医德医风承诺书", "docx", "medical_ethics_pledge", [
        "摆榜镇卫生院医务人员医德医风承诺书",
        "一、不收受患者及家属红包、礼品；",
        "二、不收受医药企业回扣、提成；",
        "三、不开大处方、不做不必要检查；",
        "四、不推诿、拒诊病人；",
        "五、尊重少数民族群众的风俗习惯，耐心解释病情。",
        "全体医务人员 2026年1月",
    ])
    pub("yuanwu_gongkai/投诉处理流程", "md", "complaint_procedure_public", [
        "患者投诉处理流程",
        "1. 现场投诉：到门诊大厅服务台或院办登记；",
        "2. 电话投诉：" + SWITCH + "；",
        "3. 院办在五个工作日内调查核实并答复；",
        "4. 对答复不满意的，可向县卫生健康局投诉（" + BUREAU + "）或拨打«d.hotline:12345»。",
    ])
    pub("yuanwu_gongkai/医院简介", "docx", "centre_profile", [
        "摆榜镇卫生院简介",
        "摆榜镇卫生院始建于1958年，位于" + CENTRE_ADDR + "，是一所公益一类非营利性医疗机构。",
        "现有编制床位30张，设全科、中医苗医、外科、妇保、预防接种、B超、放射、检验等科室。",
        "承担全镇2.3万群众的基本医疗和基本公共卫生服务，管理9个村卫生室。",
        "统一社会信用代码：" + CENTRE_USCC,
        f"电话：{SWITCH}  邮箱：{CENTRE_MAIL}",
    ])
    pub("yuanwu_gongkai/孕产妇住院分娩补助", "txt", "maternal_delivery_subsidy_policy", [
        "农村孕产妇住院分娩补助政策",
        "在乡镇卫生院住院分娩的，除医保报销外，每例补助定额，个人负担部分按规定减免。",
        "须持身份证、户口本、结婚证或户籍证明、母子健康手册办理。",
        "在家分娩不享受补助，且母婴风险大，请务必到医院分娩。",
    ])
    pub("gongwei/老年人免费体检通知", "docx", "elderly_checkup_invitation", [
        "关于开展2026年65岁及以上老年人免费健康体检的通知",
        "各村委会：",
        "我院定于10月至11月到各村开展老年人免费体检，请通知本村1961年12月31日以前出生的老人参加。",
        "体检当天早上空腹，带身份证。",
        "体检项目：血常规、尿常规、肝功能、肾功能、血脂、血糖、心电图、B超。",
        "摆榜镇卫生院公共卫生科",
    ])
    add("gongwei/老年人体检进村安排.xlsx", "elderly_checkup_invitation", pub=True, sheets={"日程": [
        ["2026年老年人体检进村日程", "", ""],
        ["", "", ""],
        ["日期", "村（社区）", "地点"],
        ["10月12日", "乌流村", "村委会"],
        ["10月14日", "羊排村", "村卫生室"],
        ["10月16日", "高岩村", "村小学"],
        ["10月19日", "九摆村", "村委会"],
        ["10月21日", "新寨社区", "社区服务中心"],
    ]}, merges={"日程": ["A1:C1"]})
    pub("gongwei/电子健康档案查询指引", "md", "health_record_query_guide", [
        "如何查询自己的电子健康档案",
        "1. 微信搜索“贵州健康码”小程序；",
        "2. 实名认证后点击“我的健康档案”；",
        "3. 健康档案编号格式如 «d.placeholder:52263400000000000»（示例，17位数字）；",
        "4. 查不到的，请到村卫生室或卫生院公卫科核对身份信息。",
    ])
    pub("gongwei/双向转诊流程", "txt", "referral_flowchart_text", [
        "双向转诊流程",
        "上转：卫生院医生评估→填写转诊单→联系县医院（医共体总院）→患者持转诊单就诊，住院起付线连续计算。",
        "下转：县医院病情稳定的康复期患者→下转卫生院→家庭医生随访。",
        "县人民医院地址：" + COUNTY_HOSP,
    ])
    pub("gongwei/犬伤门诊开诊时间", "txt", "rabies_clinic_notice", [
        "犬伤处置门诊",
        "本院犬伤处置门诊24小时开放，配备狂犬病疫苗和被动免疫制剂。",
        "被咬伤后请尽快就诊，不要用土方法敷伤口。",
        f"夜间请到急诊：{DUTY}",
    ])
    pub("yuanwu_gongkai/网上预约指南", "md", "online_appointment_guide", [
        "网上预约挂号指南",
        "关注“雾江县医共体”公众号，点击“预约挂号”，选择摆榜镇卫生院。",
        "可预约七天内号源，提前一天取消不计爽约。",
        "预约问题请发邮件至" + CENTRE_MAIL + "，或在工作时间致电" + SWITCH + "。",
        "网址：«d.url:https://wjyigongti.example.cn/yuyue»",
    ])
    pub("yuanwu_gongkai/执业助理医师报名通知", "docx", "licensing_exam_registration_notice", [
        "关于2027年医师资格考试报名的通知",
        "院内各科室：",
        "2027年医师资格考试网上报名时间为1月上旬，现场审核地点在县卫生健康局政务服务窗口。",
        "符合条件的试用期医学毕业生请准备学历证书、试用期考核证明。",
        "详见国家医学考试网公告。",
        "院办",
    ])
    pub("yuanwu_gongkai/药品召回公告", "txt", "drug_recall_public_notice", [
        "药品召回公告",
        "接上级通知，某企业生产的复方甘草口服溶液（批号«d.batch_no:20260417»）因含量不合格实施召回。",
        "我院已全部下架封存。已购买该批号药品的群众，可持药品到药房退换。",
        f"咨询：药房 {SWITCH} 转",
    ])
    for i, lines in enumerate([
        ["警惕这些医保欺诈行为", "案例一：某诊所负责人«d.pseudonym:王某»伪造病历虚构住院，被追回医保基金并移送司法。",
         "案例二：参保人«d.pseudonym:杨某某»将医保卡出借他人使用，被暂停医保结算六个月。", "举报有奖，举报电话：" + YBJ],
        ["医保基金监管：这些行为违法", "挂床住院、分解住院、串换药品、冒名就医、倒卖药品。",
         "«d.pseudonym:吴某»在县内某乡镇卫生院挂床住院三天，被查处。", "守护医保基金，人人有责。"],
    ]):
        pub(f"yibao/医保反欺诈{i + 1}", ["pdf", "md"][i], "insurance_fraud_warning", lines)
    pub("yuanwu_gongkai/健康素养调查问卷", "docx", "health_literacy_questionnaire", [
        "居民健康素养调查问卷（空白）",
        "1. 您的年龄：□15-24岁 □25-44岁 □45-64岁 □65岁以上",
        "2. 您的文化程度：□没上过学 □小学 □初中 □高中 □大专及以上",
        "3. 正常成年人的血压应低于多少？□140/90mmHg □160/100mmHg □不知道",
        "4. 被狗咬伤后应该在多长时间内打疫苗？□24小时内 □一周内 □不用打",
        "本问卷不记名，请如实填写。",
    ])
    pub("yuanwu_gongkai/满意度问卷", "md", "health_literacy_questionnaire", [
        "门诊患者满意度问卷（空白）",
        "| 项目 | 满意 | 一般 | 不满意 |",
        "|---|---|---|---|",
        "| 挂号等候时间 | | | |",
        "| 医生解释病情 | | | |",
        "| 收费透明 | | | |",
        "| 环境卫生 | | | |",
        "不记名，谢谢参与。",
    ])
    for i, (title, body) in enumerate([
        ("立冬养生", ["立冬后阳气潜藏，宜早睡晚起。", "饮食宜温热，少吃生冷；可适当食用山药、红枣。"]),
        ("小寒养生", ["小寒防寒保暖重在头、颈、脚。", "老年人晨练不宜太早，等太阳出来再出门。"]),
        ("惊蛰养生", ["惊蛰春雷动，肝气旺，宜疏肝理气。", "李时珍《本草纲目》记载，春宜食辛甘发散之品，如韭菜、香椿。"]),
        ("白露养生", ["白露身不露，早晚添衣。", "秋燥伤肺，可吃梨、百合、银耳润燥。"]),
    ]):
        pub(f"zhongyi/节气养生{i + 1}", ["md", "txt", "docx", "md"][i], "solar_term_health_calendar",
            [title, *body, "摆榜镇卫生院中医苗医科"])


# ============================================================================================
# public: unfilled registers and application forms, and samples filled with example values
# ============================================================================================


def forms_public() -> None:
    blank = ["", "", "", "", "", "", ""]
    add("moban/蛇咬伤救治登记表.xlsx", "unfilled_register_template", pub=True, sheets={"登记表": [
        ["摆榜镇卫生院毒蛇咬伤救治登记表", "", "", "", "", "", ""],
        ["填表科室：              年    月", "", "", "", "", "", ""],
        ["门诊号", "姓名", "性别", "年龄", "住址（村组）", "联系电话", "蛇种/血清用量"],
        blank, blank, blank,
    ]}, merges={"登记表": ["A1:G1", "A2:G2"]})
    add("moban/氟骨症病人调查表.csv", "unfilled_register_template", pub=True, encoding="gb18030", rows=[
        ["序号", "姓名", "身份证号", "村", "组", "氟斑牙分度", "骨关节症状", "X线诊断", "调查人"],
        ["", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
    ])
    add("moban/野生菌中毒病例登记.docx", "unfilled_register_template", pub=True, paras=[
        "野生菌中毒病例登记表", "报告单位：摆榜镇卫生院",
    ], tables=[[
        ["姓名", "性别", "年龄", "现住址", "联系电话", "进食时间", "发病时间", "菌种描述", "转归"],
        ["", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
    ]])
    add("moban/送药上门登记表.pdf", "unfilled_register_template", pub=True, before=[
        "慢病患者送药上门登记表", "村卫生室：__________  月份：______",
    ], table=[
        ["日期", "患者姓名", "身份证号", "药品及数量", "签收人", "送药人"],
        ["", "", "", "", "", ""], ["", "", "", "", "", ""], ["", "", "", "", "", ""],
    ], after=["每月25日前交卫生院公卫科。"])
    add("moban/换药室登记本.xlsx", "unfilled_register_template", pub=True, sheets={"换药登记": [
        ["", "", "", "", "", ""],
        ["换药室登记本", "", "", "", "", ""],
        ["日期", "门诊号", "姓名", "伤口部位", "换药次数", "换药护士"],
        ["", "", "", "", "", ""],
    ]}, merges={"换药登记": ["A2:F2"]})
    add("moban/诊断证明开具登记.odt", "unfilled_register_template", pub=True, paras=[
        "诊断证明书开具登记簿", "开具原则：一人一证，不得开具与病情不符的证明。",
    ], tables=[[["开具日期", "门诊号/住院号", "患者姓名", "身份证号", "诊断", "用途", "开具医生", "审核"],
                ["", "", "", "", "", "", "", ""]]])
    add("moban/苗医门诊日志.md", "unfilled_register_template", pub=True, text=(
        "# 苗医特色门诊日志（模板）\n\n| 日期 | 门诊号 | 姓名 | 性别 | 年龄 | 住址 | 苗医诊断 | 治疗项目 | 医生 |\n"
        "|---|---|---|---|---|---|---|---|---|\n|  |  |  |  |  |  |  |  |  |\n"))
    add("moban/油卡使用登记.xls", "unfilled_register_template", pub=True, sheets={"油卡": [
        ["救护车油卡使用登记", "", "", "", ""],
        ["日期", "车牌号", "出车事由", "加油金额", "驾驶员签字"],
        ["", "", "", "", ""],
    ]})
    add("moban/医药代表来访登记.docx", "unfilled_register_template", pub=True, paras=[
        "医药代表来访登记表", "医药代表须在院办登记后方可在指定地点、指定时间接待，不得进入诊室。",
    ], tables=[[["来访日期", "姓名", "企业名称", "联系电话", "来访事由", "接待人", "备注"],
                ["", "", "", "", "", "", ""]]])
    add("moban/留守儿童体检表.ods", "unfilled_register_template", pub=True, sheets={"体检": [
        ["留守儿童健康体检汇总表", "", "", "", "", "", "", ""],
        ["学校：", "", "班级：", "", "", "", "", ""],
        ["姓名", "性别", "出生日期", "监护人", "监护人电话", "身高", "体重", "检查结论"],
        ["", "", "", "", "", "", "", ""],
    ]})
    add("moban/年休假申请表.docx", "unfilled_application_form", pub=True, paras=["职工年休假申请表"], tables=[[
        ["姓名", "", "科室", ""], ["参加工作时间", "", "应休天数", ""], ["申请休假时间", "", "", ""],
        ["科室意见", "", "分管领导意见", ""], ["院长意见", "", "", ""],
    ]])
    add("moban/婚丧假申请表.doc", "unfilled_application_form", pub=True, paras=["婚假、丧假申请表"], tables=[[
        ["申请人", "", "科室", ""], ["假别", "□婚假 □丧假", "天数", ""], ["事由", "", "", ""],
        ["审批", "", "", ""],
    ]])
    add("moban/备用金借款单.xlsx", "unfilled_application_form", pub=True, sheets={"借款单": [
        ["备用金借款单", "", "", ""],
        ["借款人", "", "科室", ""],
        ["借款事由", "", "", ""],
        ["金额（大写）", "", "（小写）", ""],
        ["收款账户（公务卡号）", "", "", ""],
        ["科室负责人", "", "财务审核", ""],
        ["院长审批", "", "", ""],
    ]}, merges={"借款单": ["A1:D1"]})
    add("moban/职工困难补助申请表.pdf", "unfilled_application_form", pub=True, before=["职工困难补助申请表"], table=[
        ["姓名", "", "身份证号", ""], ["家庭住址", "", "联系电话", ""], ["困难原因", "", "", ""],
        ["补助金额", "", "领款银行卡号", ""], ["工会意见", "", "院长意见", ""],
    ], after=["附：医疗费用票据、村委会证明。"])
    add("moban/诊断证明书申请.odt", "unfilled_application_form", pub=True, paras=[
        "申请开具诊断证明书", "患者姓名：＿＿＿＿  身份证号：＿＿＿＿＿＿＿＿＿＿", "门诊号/住院号：＿＿＿＿",
        "用途：□单位请假 □保险理赔 □学校 □其他", "申请人签字：＿＿＿＿  与患者关系：＿＿＿＿",
    ])
    # samples filled with example values
    add("moban/转诊单填写样例.docx", "sample_filled_form", pub=True, paras=[
        "双向转诊（上转）单填写样例", "以下为填写示例，请勿照抄。",
    ], tables=[[
        ["患者姓名", "«d.placeholder:张三»", "性别", "男"],
        ["身份证号", "«d.placeholder:522634XXXXXXXXXXXX»", "联系电话", "«d.placeholder_phone:139xxxxxxxx»"],
        ["门诊号", "«d.placeholder:MZ2026XXXXXX»", "初步诊断", "急性阑尾炎"],
        ["转入医院", "雾江县人民医院", "转出医生", "«d.placeholder:王某某»"],
    ]])
    pub("moban/送药登记填写说明", "txt", "sample_filled_form", [
        "送药上门登记表填写说明",
        "患者姓名写全名，例如：«d.placeholder:李四»；",
        "身份证号填写18位，例如：«d.bad_id»（本号码为示例，校验位不正确）；",
        "联系电话例如«d.placeholder_phone:13800000000»；",
        "签收人须本人或家属签字，不能由村医代签。",
    ])
    add("moban/困难补助申请样表.xlsx", "sample_filled_form", pub=True, sheets={"样表": [
        ["职工困难补助申请（样表）", "", "", ""],
        ["姓名", "«d.placeholder:李某某»", "身份证号", "«d.bad_id:522634197001011234»"],
        ["领款卡号", "«d.bad_card»", "联系电话", "«d.placeholder_phone:1860000xxxx»"],
        ["说明：以上为示例数据，卡号不可用", "", "", ""],
    ]})


# ============================================================================================
# public: procurement, commendations, published figures, media, window notices
# ============================================================================================


def published_public() -> None:
    pub("caigou/单一来源采购公示_制氧机", "docx", "single_source_procurement_publicity", [
        "摆榜镇卫生院中心供氧设备维保单一来源采购公示",
        "项目名称：中心供氧系统年度维护保养",
        "拟定供应商：贵州黔岭医用气体工程有限公司",
        "统一社会信用代码：«U:91»",
        "地址：«A:贵阳市南明区花果园大街7号3栋1206室»",
        "理由：原设备由该公司安装，核心部件专利，其他供应商无法维保。",
        "公示期：2026年11月20日至11月26日。",
        f"异议联系人：院办，电话{SWITCH}",
    ])
    pub("caigou/单一来源采购公示_HIS", "md", "single_source_procurement_publicity", [
        "HIS系统升级单一来源采购公示",
        "拟采购内容：医共体HIS系统接口升级（医保电子凭证、电子票据）",
        "拟定供应商：凯里云医信息技术有限公司（统一社会信用代码：«U:91»）",
        "供应商地址：«A:凯里市开元大道南段36号创业园B座5楼»",
        "预算金额：4.8万元",
        f"如有异议请于公示期内以书面形式向院办反映（{CENTRE_ADDR}）。",
    ])
    pub("caigou/废标公告", "txt", "tender_cancellation_notice", [
        "摆榜镇卫生院污水处理设施改造项目废标公告",
        "项目编号：«d.order_no:WJBB-2026-GC07»",
        "因提交响应文件的供应商不足三家，根据有关规定，本项目作废标处理，将重新组织采购。",
        f"联系电话：{SWITCH}",
        "2026年10月9日",
    ])
    add("caigou/设备采购成交结果.pdf", "equipment_tender_result", pub=True, before=[
        "摆榜镇卫生院便携式彩超采购成交结果公告",
        "项目编号：WJBB-2026-SB03",
    ], table=[
        ["成交供应商", "统一社会信用代码", "地址", "成交金额"],
        ["黔东南康达医疗器械有限公司", "«U:91»", "«A:凯里市文化北路118号»", "268000元"],
    ], after=["评审专家：«P:田茂林»、«P:欧幼珍»、«P:罗宗和»", f"联系电话：{SWITCH}"])
    pub("yuanwu_gongkai/先进个人表彰通报", "docx", "staff_commendation_notice", [
        "关于表彰2026年度先进工作者的通报",
        "各科室：",
        "经各科室推荐、院务会研究，决定对以下同志予以表彰：",
        "优秀医生：令狐建军、吉克阿依",
        "优秀护士：石妹仙、蒙丽娟",
        "优秀公卫人员：聂金秀",
        "优秀乡村医生：«P:王你秀»（乌流村）、«P:潘老勇»（高岩村）",
        "希望受表彰的同志再接再厉。",
        "摆榜镇卫生院 2026年12月",
    ])
    pub("yuanwu_gongkai/抢救落水儿童通报", "md", "staff_commendation_notice", [
        "关于对梁永福同志见义勇为行为予以通报表扬的决定",
        "9月7日傍晚，我院驾驶员梁永福下班途经巴拉河时，发现一名儿童落水，立即下水施救并进行心肺复苏，",
        "儿童转危为安。经院务会研究，决定对梁永福同志通报表扬，并奖励人民币一千元。",
        "院长：杨昌勇",
    ])
    pub("yuanwu_gongkai/捐赠致谢", "txt", "donation_acknowledgement", [
        "致谢",
        "在凝冻灾害期间，以下爱心企业和人士向我院捐赠物资，特此致谢：",
        "雾江县丹江米业有限公司：大米50袋",
        "«P:龙再兴»先生（在外乡贤）：取暖器20台",
        "«P:张阿妹»女士：棉被30床",
        "黔东南康达医疗器械有限公司：血氧仪10台",
        "摆榜镇卫生院 2026年2月",
    ], encoding="gb18030")
    pub("yuanwu_gongkai/向镇人大报告", "docx", "town_congress_work_report", [
        "摆榜镇卫生院2026年工作情况报告（在镇人大会议上）",
        "院长 杨昌勇",
        "各位代表：",
        "2026年，我院完成门诊诊疗4.1万人次，住院1260人次，老年人体检2310人，高血压规范管理率78%。",
        "全年总收入1386万元，总支出1352万元，收支基本平衡。",
        "明年将重点推进苗医药特色门诊建设和村卫生室标准化。",
        "以上报告，请予审议。",
    ])
    pub("yuanwu_gongkai/党务公开", "md", "party_affairs_openness", [
        "摆榜镇卫生院党支部2026年第三季度党务公开",
        "- 支部书记：吴正龙",
        "- 党员人数：14名（含预备党员1名）",
        "- 本季度召开支部委员会3次、党员大会1次，开展主题党日“送医进寨”2次",
        "- 发展对象：«P:杨秀芬»（公示期7天）",
        "- 党费收缴情况：按时足额收缴",
    ])
    pub("yuanwu_gongkai/价格听证会纪要", "docx", "price_hearing_minutes_public", [
        "苗医熏蒸等新增医疗服务项目价格听证会纪要（公开）",
        "时间：2026年8月12日上午；地点：摆榜镇政府三楼会议室。",
        "主持人：县医保局«P:陈启明»。",
        "参加听证的群众代表：«P:杨老九»（乌流村）、«P:吴梅花»（羊排村）、«P:潘正华»（新寨社区）；",
        "卫生院代表：姜德明。",
        "听证代表一致认为苗医熏蒸项目收费应低于县城同类项目，建议按每次四十元试行。",
        "听证结果报县医保局审定后公布。",
    ])
    add("yuanwu_gongkai/药品价格公示.xlsx", "drug_price_board", pub=True, sheets={"西药": [
        ["", "", "", "", ""],
        ["摆榜镇卫生院常用药品价格公示（零差率）", "", "", "", ""],
        ["药品名称", "规格", "单位", "零售价（元）", "医保类别"],
        ["硝苯地平缓释片", "10mg*30片", "盒", "6.80", "甲"],
        ["二甲双胍片", "0.25g*48片", "盒", "3.20", "甲"],
        ["阿莫西林胶囊", "0.25g*24粒", "盒", "4.50", "甲"],
        ["布洛芬混悬液", "100ml", "瓶", "12.60", "乙"],
    ], "中成药": [
        ["药品名称", "规格", "单位", "零售价（元）", "医保类别"],
        ["板蓝根颗粒", "10g*20袋", "包", "9.50", "甲"],
        ["复方伤痛胶囊（苗药）", "0.3g*36粒", "盒", "28.00", "乙"],
    ]}, merges={"西药": ["A2:E2"]})
    add("yuanwu_gongkai/苗医项目价格.csv", "drug_price_board", pub=True, encoding="utf-8-sig", rows=[
        ["项目编码", "项目名称", "计价单位", "价格（元）", "说明"],
        ["«d.item_code:MY0001»", "苗医熏蒸", "次", "40", "试行"],
        ["«d.item_code:MY0002»", "苗医滚蛋疗法", "次", "25", "试行"],
        ["«d.item_code:MY0003»", "苗医火针", "次", "30", "试行"],
    ])
    pub("yuanwu_gongkai/乡村医生招聘", "docx", "village_doctor_vacancy_notice", [
        "摆榜镇卫生院招聘乡村医生公告",
        "因羊排村、九摆村村卫生室乡村医生退休，现面向社会招聘乡村医生2名。",
        "条件：具有乡村医生执业证书或执业（助理）医师资格，年龄45周岁以下，会讲苗话者优先。",
        f"报名地点：院办；报名邮箱：{CENTRE_MAIL}；电话：{SWITCH}。",
        "报名时间：2026年12月1日至12月15日。",
    ])
    for i, (title, lines) in enumerate([
        ("2026年前三季度基本公卫服务指标", ["居民健康档案建档率 92.4%", "高血压患者规范管理率 78.1%",
                                 "2型糖尿病患者规范管理率 75.6%", "65岁以上老年人健康管理率 69.8%", "适龄儿童免疫规划疫苗接种率 98.7%"]),
        ("2026年上半年孕产妇和儿童健康指标", ["孕产妇系统管理率 91.2%", "住院分娩率 99.1%", "3岁以下儿童系统管理率 88.5%",
                                  "本镇上半年无孕产妇死亡"]),
        ("2026年门诊住院服务量", ["门诊人次 41036", "住院人次 1260", "平均住院日 5.8天", "次均门诊费用 86.4元"]),
    ]):
        pub(f"yuanwu_gongkai/指标公布{i + 1}", ["md", "txt", "pdf"][i], "public_health_indicator_release",
            [title, *lines, "数据来源：摆榜镇卫生院，已经县卫生健康局审核公布"])
    pub("xuanjiao/县报_苗医进寨", "docx", "county_media_feature", [
        "苗医药走进苗寨——摆榜镇卫生院特色服务见闻（转自《雾江报》）",
        "记者 «P:龙丽萍»",
        "清晨七点，姜德明背着药箱走进羊排村。这位五十多岁的苗医，从师父«P:杨阿保»那里学会了熏蒸和滚蛋疗法。",
        "“李时珍走遍名山大川采药，我们苗医也是靠山吃山。”姜德明笑着说。",
        "副县长«P:韦志刚»调研时指出，要把苗医药与基本医疗结合起来。",
    ])
    pub("xuanjiao/县台_凝冻保供", "txt", "county_media_feature", [
        "雾江电视台：凝冻中的坚守",
        "大雪封山，摆榜镇卫生院的救护车挂上防滑链，驾驶员梁永福和医生万俊连夜把一名临产孕妇送到县医院。",
        "县卫生健康局局长«P:王建勋»到卫生院慰问一线医务人员。",
        "院长杨昌勇说，全院二十多名职工三班倒，保证急诊不断档。",
    ])
    pub("xuanjiao/州报_东西部协作", "md", "county_media_feature", [
        "广东帮扶医生扎根苗乡（转载）",
        "来自广州的«P:陈嘉豪»医生在摆榜镇卫生院帮扶一年，带教年轻医生开展清创缝合、B超引导穿刺。",
        "他说：“钟南山院士说过，医生要到最需要的地方去。”",
        "在他的带动下，卫生院外科万俊已能独立开展小型手术。",
    ])
    notices = [
        ("门诊大厅告示：医保电子凭证", ["即日起可使用医保电子凭证扫码挂号、缴费。", "不会操作的老人请找导诊台。"]),
        ("药房窗口告示", ["请核对药品数量后再离开窗口。", "药品一经发出，非质量问题不退换。"]),
        ("收费窗口告示", ["本院不收现金以外的任何“红包”，欢迎监督。", f"收费疑问请致电{SWITCH}。"]),
        ("检验科窗口告示", ["空腹抽血请在上午十点前。", "报告可在自助机打印，或次日到窗口领取。"]),
        ("预防接种门诊告示", ["接种当天请勿空腹，接种后留观三十分钟。", "发热、腹泻的孩子暂缓接种。"]),
    ]
    for i, (title, body) in enumerate(notices):
        fmt = ["txt", "md", "txt", "docx", "pdf"][i]
        pub(f"yuanwu_gongkai/窗口告示{i + 1}", fmt, "clinic_window_notice", [title, *body, "摆榜镇卫生院"])


def mz() -> str:
    """A ten-digit 门诊号 as the county HIS prints it."""
    return f"«R:10{RNG.randint(0, 99999999):08d}»"


def zy() -> str:
    """An eight-digit 住院号 (year + serial)."""
    return f"«R:2026{RNG.randint(1, 2999):04d}»"


# ============================================================================================
# secret: medical
# ============================================================================================


def medical() -> None:
    add("menzhen/蛇咬伤救治登记2026.xlsx", "snakebite_treatment_register", MED, sheets={"登记表": [
        ["摆榜镇卫生院毒蛇咬伤救治登记表", "", "", "", "", "", ""],
        ["填表科室：急诊  2026年", "", "", "", "", "", ""],
        ["门诊号", "姓名", "性别", "年龄", "住址（村组）", "联系电话", "蛇种/血清用量"],
        [mz(), "«P:潘里闹»", "男", "52", "«A:乌流村3组»", "«T»", "五步蛇/抗五步蛇血清4支"],
        [mz(), "«P:吴乜桥»", "女", "61", "«A:羊排村上寨5组27号»", "«T»", "竹叶青/未用血清"],
        [mz(), "«P:张务里»", "男", "38", "«A:高岩村1组»", "«T»", "不明/抗蝮蛇血清2支"],
        [mz(), "«P:欧阳志远»", "男", "9", "«A:新寨社区民族路东段41号»", "«T»（父亲）", "银环蛇/转县医院"],
        [mz(), "«P:李乜金»", "女", "47", "«A:九摆村2组8号»", "«T»", "竹叶青/未用血清"],
    ]}, merges={"登记表": ["A1:G1", "A2:G2"]})
    add("gongwei/氟骨症调查_高岩村.csv", "fluorosis_patient_survey", MED, encoding="gb18030", rows=[
        ["序号", "姓名", "身份证号", "村", "组", "氟斑牙分度", "骨关节症状", "X线诊断", "调查人"],
        ["1", "«P:杨通合»", "«I»", "高岩村", "2", "中度", "腰痛、弯腰受限", "Ⅱ度氟骨症", "聂金秀"],
        ["2", "«P:文兴芬»", "«I»", "高岩村", "2", "轻度", "膝关节痛", "可疑", "聂金秀"],
        ["3", "«P:侯老岩»", "«Io»", "高岩村", "4", "重度", "驼背、行走困难", "Ⅲ度氟骨症", "文光荣"],
        ["4", "«P:余你金»", "«I»", "高岩村", "4", "中度", "无", "正常", "文光荣"],
    ])
    add("gongwei/野生菌中毒病例.docx", "mushroom_poisoning_case_list", MED, paras=[
        "关于乌流村一起家庭聚餐野生菌中毒的情况报告",
        "7月21日晚，乌流村4组«P:唐金花»家采食自采野生菌（村民称“白牛肝”）后，全家四人先后出现呕吐、腹痛。",
        "22日凌晨2时由家属«P:唐老三»送至我院急诊，经催吐、洗胃、补液后，两名症状较重者转县人民医院。",
        "现住址：«A:乌流村4组19号»；家属电话：«T»。",
    ], tables=[[
        ["姓名", "性别", "年龄", "进食时间", "发病时间", "主要症状", "转归"],
        ["唐金花", "女", "56", "19:00", "23:40", "呕吐、腹泻", "住院观察"],
        ["«P:唐明亮»", "男", "33", "19:00", "01:10", "呕吐、幻视", "转县医院"],
        ["«P:杨丽»", "女", "30", "19:00", "00:30", "腹痛、呕吐", "转县医院"],
        ["«P:唐小雨»", "女", "7", "19:00", "22:50", "呕吐", "治愈"],
    ]], names=("唐老三", "唐金花"))
    add("fubao/地贫筛查结果.pdf", "thalassemia_carrier_screening", MED, before=[
        "孕前及孕早期地中海贫血筛查阳性名单（2026年第三季度）",
        "筛查单位：摆榜镇卫生院妇保科",
    ], table=[
        ["孕妇姓名", "身份证号", "丈夫姓名", "血红蛋白", "MCV", "初筛结果", "建议"],
        ["«P:杨秀芬»", "«I:y1998/杨秀芬»", "«P:吴文斌»", "98", "68", "阳性", "夫妻双方基因检测"],
        ["«P:潘春燕»", "«I:y2001/潘春燕»", "«P:龙成»", "105", "72", "阳性", "丈夫初筛"],
        ["«P:司马文静»", "«I:y1995/司马文静»", "«P:王海»", "112", "75", "阳性", "夫妻双方基因检测"],
    ], after=["以上名单仅供产前诊断转介使用。", "经办：上官婷"])
    add("fubao/乙肝母婴阻断随访.xlsx", "hbv_mother_infant_followup", MED, sheets={
        "孕产妇": [
            ["乙肝表面抗原阳性孕产妇管理登记", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["住院号", "姓名", "身份证号", "分娩日期", "HBV-DNA", "抗病毒治疗"],
            [zy(), "«P:罗应梅»", "«I:y1993/罗应梅»", "2026-05-12", "2.1×10^6", "替诺福韦"],
            [zy(), "«P:韦小凤»", "«I:y1997/韦小凤»", "2026-08-03", "<500", "否"],
        ],
        "新生儿": [
            ["母亲姓名", "新生儿", "乙肝免疫球蛋白", "乙肝疫苗第1针", "7月龄检测", "联系电话"],
            ["罗应梅", "«P:吴俊熙»", "出生后2小时", "出生后2小时", "表面抗原阴性", "«T»"],
            ["韦小凤", "«P:吴思雨»", "出生后1小时", "出生后1小时", "待查", "«T»"],
        ],
    }, merges={"孕产妇": ["A1:F1"]}, names=("罗应梅", "韦小凤"))
    add("gongwei/麻风密接随访.md", "leprosy_contact_followup", MED, text="""
# 麻风病密切接触者年度随访记录（2026）

指示病例：«P:龙老旺»（2019年确诊，已完成治疗），«A:九摆村5组»。

| 姓名 | 与病例关系 | 年龄 | 皮肤检查 | 周围神经检查 | 检查医生 |
|---|---|---|---|---|---|
| «P:龙再英» | 妻子 | 63 | 未见异常 | 未见异常 | 令狐建军 |
| «P:龙金保» | 儿子 | 40 | 未见异常 | 未见异常 | 令狐建军 |
| «P:龙春兰» | 孙女 | 12 | 右前臂浅色斑一处，感觉正常 | 未见异常 | 令狐建军 |

龙春兰浅色斑已拍照报县疾控皮防科，建议三个月后复查。
""", names=("龙春兰",))
    sec("fubao/家中分娩个案调查", "docx", "home_delivery_case_investigation", MED, [
        "家中分娩个案调查报告",
        "2026年10月4日凌晨，羊排村6组«P:吴阿妹»（«I:y2003/吴阿妹»）在家中分娩一女婴，由婆婆«P:杨乜你»接生，脐带用家中剪刀剪断。",
        "产妇孕期仅在村卫生室检查过一次，自述“怕花钱、路远”，未建母子健康手册。",
        "丈夫«P:吴国庆»在浙江打工，电话«T»。",
        "上官婷、蒙丽娟于10月5日入户，产妇出血不多，新生儿体重约2.9公斤，已补种乙肝疫苗和卡介苗。",
        "家庭住址：«A:羊排村6组33号»。",
        "原因分析：交通不便、健康意识差、外出务工家庭无人陪护。",
        "整改：将孕13周以上未建册孕妇名单发至各村医，每月电话追踪。",
    ])
    add("gongwei/留守儿童体检_九摆小学.xls", "left_behind_children_checkup", MED, sheets={"体检": [
        ["九摆小学留守儿童健康体检汇总表", "", "", "", "", "", "", ""],
        ["学校：九摆小学", "", "班级：三、四年级", "", "", "", "", ""],
        ["姓名", "性别", "出生日期", "监护人", "监护人电话", "身高", "体重", "检查结论"],
        ["«P:王俊豪»", "男", "2016-04-11", "«P:王老四»（祖父）", "«T»", "128", "24", "龋齿3颗"],
        ["«P:杨诗涵»", "女", "2017-01-23", "«P:杨光明»（祖父）", "«T»", "121", "19", "营养不良（轻）"],
        ["«P:潘宇航»", "男", "2016-09-30", "«P:潘秀英»（祖母）", "«T»", "131", "27", "视力下降，建议验光"],
        ["«P:张梦瑶»", "女", "2017-06-05", "«P:张德贵»（外公）", "«T»", "119", "20", "贫血（Hb 102）"],
    ]})
    add("zhongyi/苗医门诊日志_11月.txt", "miao_medicine_clinic_log", MED, encoding="gb18030", text=people(f"""
苗医特色门诊日志  2026年11月  医生：姜德明

日期    门诊号        姓名      性别 年龄 住址            苗医诊断        治疗项目
11-03   {mz()}    «P:王老岩»    男   67   «A:乌流村2组»          风湿（冷病）    熏蒸、火针
11-03   {mz()}    «P:吴秀英»    女   58   «A:羊排村3组14号»      腰痛            滚蛋、外敷
11-07   {mz()}    «P:杨通合»    男   70   «A:高岩村2组»          骨痛            熏蒸
11-14   {mz()}    «P:令狐小梅»  女   44   «A:新寨社区和平巷6号»  失眠（热病）    苗药内服
11-21   {mz()}    «P:吉克石布»  男   36   «A:摆榜镇九摆村7组»    扭伤            外敷、刮治

备注：«P:杨通合»同时为氟骨症管理对象，熏蒸后腰痛稍减轻。
"""))
    sec("zhuyuan/透析病人接送安排", "txt", "dialysis_patient_transport", MED, [
        "尿毒症透析病人每周接送安排（县医院血透室）",
        "周二、周五早上6:30从卫生院出发，驾驶员梁永福。",
        "1. «P:潘正荣»，男，59岁，«A:乌流村1组5号»，电话«T»，每周二、五",
        "2. «P:石老妹»，女，66岁，«A:高岩村3组»，女儿«P:石春花»电话«T»，每周二、五",
        "3. «P:万金山»，男，48岁，«A:新寨社区河边路9号»，电话«T»，每周五（周二自行前往）",
        "凝冻天气改为县医院派车，提前一天通知家属。",
    ])
    add("gongwei/送药上门登记_羊排村.pdf", "medication_home_delivery_log", MED, before=[
        "慢病患者送药上门登记表", "村卫生室：羊排村  月份：2026年11月",
    ], table=[
        ["日期", "患者姓名", "身份证号", "药品及数量", "签收人", "送药人"],
        ["11-05", "«P:吴老岩»", "«Io»", "硝苯地平缓释片2盒", "本人", "«P:王你秀»"],
        ["11-05", "«P:杨乜当»", "«Io»", "二甲双胍2盒", "«P:杨正发»（儿子）", "王你秀"],
        ["11-12", "«P:侯金莲»", "«I»", "氨氯地平1盒", "本人", "王你秀"],
    ], after=["每月25日前交卫生院公卫科。"], names=("王你秀",))
    add("zhuyuan/农药中毒抢救记录.docx", "pesticide_poisoning_rescue_record", MED, paras=[
        "急性有机磷农药中毒抢救记录",
        "患者：«P:余光荣»  性别：男  年龄：45岁  住院号：" + zy(),
        "住址：«A:九摆村3组16号»  联系人：妻子«P:张小英»，«T»",
        "病史：家属诉患者与家人争吵后自服“敌敌畏”约50ml，约40分钟后送达。",
        "查体：昏迷，双侧瞳孔针尖样，全身大汗，口中有大蒜味，双肺满布湿啰音。",
        "处理：立即彻底洗胃、阿托品化、解磷定，导尿，心电监护。",
        "转归：阿托品化后于次日转县人民医院ICU继续治疗。",
        "参加抢救：万俊、邵光辉、杨胜兰、石妹仙。",
        "备注：已按要求报告派出所及心理危机干预。",
    ])
    add("fubao/产后抑郁筛查.ods", "postpartum_depression_screening", MED, sheets={"EPDS": [
        ["产后42天爱丁堡抑郁量表筛查结果", "", "", "", ""],
        ["姓名", "分娩日期", "EPDS得分", "处理", "电话"],
        ["«P:杨秀芬»", "2026-07-30", "14", "转县医院心理科", "«T»"],
        ["«P:龙小兰»", "2026-08-15", "6", "正常", "«T»"],
        ["«P:欧阳雪»", "2026-08-21", "11", "两周后复筛", "«T»"],
    ]})
    add("gongwei/老年认知筛查.pdf", "elderly_cognitive_screening", MED, before=[
        "65岁以上老年人认知功能筛查（简易智力状态检查）结果",
        "新寨社区  2026年10月",
    ], table=[
        ["姓名", "健康档案编号", "年龄", "文化程度", "MMSE得分", "结论", "家属电话"],
        ["«P:潘乜松»", "«R:52263410300100215»", "81", "文盲", "15", "疑似痴呆，建议转诊", "«T»"],
        ["«P:吴天福»", "«R:52263410300100388»", "76", "小学", "24", "正常", "«T»"],
        ["«P:杨国珍»", "«R:52263410300101027»", "79", "文盲", "18", "轻度认知障碍", "«T»"],
    ], after=["筛查人：文光荣、聂金秀"])
    add("menzhen/胃镜预约转诊.csv", "gastroscopy_referral_appointments", MED, rows=[
        ["预约日期", "门诊号", "姓名", "年龄", "主诉", "县医院预约号", "联系电话"],
        ["2026-12-09", mz(), "«P:杨昌平»", "56", "上腹痛半年、消瘦", "«d.order_no:WJXY-WJ-3321»", "«T»"],
        ["2026-12-09", mz(), "«P:韦老德»", "63", "黑便一周", "«d.order_no:WJXY-WJ-3322»", "«T»"],
        ["2026-12-16", mz(), "«P:顾小琴»", "41", "反酸烧心", "«d.order_no:WJXY-WJ-3380»", "«T»"],
    ])
    add("zhuyuan/住院膳食医嘱.docx", "inpatient_diet_orders", MED, paras=[
        "住院病人膳食医嘱单  2026年12月3日  （交食堂）",
    ], tables=[[
        ["床号", "住院号", "姓名", "诊断", "膳食"],
        ["3床", zy(), "«P:潘老贵»", "2型糖尿病", "糖尿病饮食"],
        ["5床", zy(), "«P:吴金凤»", "高血压3级", "低盐低脂"],
        ["8床", zy(), "«P:李阿香»", "慢性肾病4期", "优质低蛋白"],
        ["11床", zy(), "«P:阿硕木呷»", "急性胃肠炎", "流质"],
    ]], footer="护士站 石妹仙")
    add("menzhen/换药室登记_12月.xlsx", "wound_dressing_register", MED, sheets={"换药登记": [
        ["", "", "", "", "", ""],
        ["换药室登记本", "", "", "", "", ""],
        ["日期", "门诊号", "姓名", "伤口部位", "换药次数", "换药护士"],
        ["12-01", mz(), "«P:杨老九»", "左小腿（蛇咬伤后）", "6", "蒙丽娟"],
        ["12-01", mz(), "«P:潘兴国»", "右手掌切割伤", "2", "蒙丽娟"],
        ["12-02", mz(), "«P:罗阿花»", "糖尿病足", "14", "石妹仙"],
    ]}, merges={"换药登记": ["A2:F2"]})
    add("fubao/孕产妇危重症评审.docx", "maternal_near_miss_review", MED,
        header="雾江县孕产妇危重症评审资料", footer="评审专家组 第1页", paras=[
        "孕产妇危重症个案评审（摆榜镇卫生院）",
        "病例：«P:王阿英»，28岁，G3P2，孕39周，住址«A:高岩村5组»，住院号" + zy() + "，病案号«R:0031256»。",
        "经过：11月2日02:10自然分娩后出血约1200ml，子宫收缩乏力。值班医生邵光辉、助产士杨胜兰立即按摩子宫、缩宫素静滴，",
        "03:00联系县医院，梁永福驾车转运，途中输液，04:10到达县医院，输红细胞4单位后好转。",
        "评审意见：识别及时，转运规范；不足之处是未提前配血，产前未评估贫血。",
        "评审专家：县妇幼保健院«P:刘红英»、县医院«P:黄志勇»。",
    ])
    add("menzhen/医生微信咨询记录.txt", "doctor_patient_wechat_consult", MED, text=people("""
与“乌流潘哥”的聊天记录（令狐建军医生个人微信，导出时间2026-11-30）

乌流潘哥 08:12
«d.surname_title:令狐医生»，我爸今天早上量血压180/110，头痛，要不要紧

令狐建军 08:15
现在有没有手脚麻、说话不清楚？

乌流潘哥 08:16
没有，就是头痛，他那个药吃完三天了

令狐建军 08:18
马上带来卫生院，我今天坐诊。以后药快吃完就找你们村«d.surname_title:王医生»，不要断。潘里闹的药我记得是硝苯地平缓释片

乌流潘哥 08:19
好的好的，谢谢

乌流潘哥 10:40
[图片] 这是县医院以前开的单子，门诊号{a}

令狐建军 10:42
收到，来了我看一下。你手机{t}我存了
""".format(a=mz(), t="«T»"), "潘里闹").replace("乌流潘哥", "«d.alias:乌流潘哥»"))
    sec("gongwei/村医语音转文字", "md", "village_doctor_voice_transcript", MED, [
        "（语音转文字，九摆村村医 11月28日发公卫科）",
        "«d.surname_title:文科长»，我跟你说一下九摆这边的情况。",
        "«P:龙老旺»他老婆这个月血压一直降不下来，一百七八，我让她加了一片，你们下次来看一下。",
        "还有五组«P:吴光明»，上次筛查说是糖尿病，他自己不信，药都没拿，我去了两次他都不在家，他儿子电话«T»你们打一下。",
        "另外«P:杨秀珍»那个精神病人最近又不吃药了，在寨子里骂人，她哥哥«P:杨秀林»说管不住，要不要报给派出所那边，你们定。",
        "就这些，我明天去镇上开会。",
    ])
    add("gongwei/白内障复明筛查.xlsx", "cataract_surgery_screening", MED, sheets={
        "筛查名单": [
            ["2026年“光明工程”白内障筛查名单（拟送县医院手术）", "", "", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "性别", "年龄", "视力（左）", "视力（右）", "诊断", "是否手术", "村", "联系电话"],
            ["1", "«P:杨老三»", "男", "74", "0.05", "0.3", "老年性白内障（左）", "是", "乌流村", "«T»"],
            ["2", "«P:吴乜两»", "女", "80", "手动", "0.1", "双眼白内障", "是", "羊排村", "«T»"],
            ["3", "«P:侯正清»", "男", "69", "0.4", "0.2", "右眼白内障", "否（有糖尿病视网膜病变）", "高岩村", "«T»"],
        ],
        "身份信息": [
            ["姓名", "身份证号", "医保类型"],
            ["杨老三", "«Io»", "城乡居民"],
            ["吴乜两", "«Io»", "城乡居民（特困）"],
            ["侯正清", "«I:y1957/侯正清»", "城乡居民"],
        ],
    }, merges={"筛查名单": ["A1:J1"]}, names=("侯正清", "吴乜两", "杨老三"))
    add("gongwei/助听器发放名单.odt", "hearing_aid_distribution", MED, paras=[
        "县残联助听器发放名单（摆榜镇，经卫生院听力初筛）",
        "发放时间：2026年9月18日，地点：镇政府一楼。",
    ], tables=[[
        ["姓名", "年龄", "听力损失", "残疾证号", "住址", "领取人签字"],
        ["«P:潘老尤»", "72", "双耳重度", "«d.cert_no:52263419541102XXXX43»", "«A:乌流村6组22号»", ""],
        ["«P:吴秀银»", "8", "左耳中度", "«d.cert_no:52263420180315XXXX42»", "«A:羊排村2组7号»", ""],
    ]])
    add("zhuyuan/床旁血糖记录.pdf", "bedside_glucose_log", MED, pages=[people(f"""床旁快速血糖监测记录
病区：住院部  2026年12月1日-3日
3床 潘老贵 住院号{zy()}
12-01 空腹 9.8  早餐后 14.2  午餐后 12.6  睡前 10.1
12-02 空腹 8.1  早餐后 12.0  午餐后 11.3  睡前 9.4
12-03 空腹 7.2  早餐后 10.8
5床 吴金凤（非糖尿病，仅入院时测）
12-01 随机 6.4
测量护士：石妹仙、蒙丽娟""", "潘老贵", "吴金凤")])
    add("menzhen/诊断证明开具登记_11月.docx", "medical_certificate_issuance_log", MED, paras=[
        "诊断证明书开具登记簿（2026年11月）",
    ], tables=[[
        ["开具日期", "门诊号/住院号", "患者姓名", "身份证号", "诊断", "用途", "开具医生", "审核"],
        ["11-06", mz(), "«P:顾晓东»", "«I»", "右桡骨远端骨折", "单位请假", "万俊", "欧阳晓燕"],
        ["11-13", zy(), "«P:杨秀芬»", "«I:y1998/杨秀芬»", "产后抑郁状态", "单位请假", "上官婷", "欧阳晓燕"],
        ["11-27", mz(), "«P:余光明»", "«I»", "腰椎间盘突出症", "保险理赔", "令狐建军", "欧阳晓燕"],
    ]])
    add("zhuyuan/病区白板.png", "ward_whiteboard_photo", MED, title="住院部病人一览（白板）", table=[
        ["床号", "姓名", "诊断", "责任护士"],
        ["3", "潘老贵", "糖尿病", "石妹仙"],
        ["5", "吴金凤", "高血压", "石妹仙"],
        ["8", "李阿香", "慢性肾病", "蒙丽娟"],
        ["11", "阿硕木呷", "胃肠炎", "蒙丽娟"],
    ], lines=["今日出院：5床", "家属来电找 杨胜兰 «T»"], names=("潘老贵", "吴金凤", "李阿香", "阿硕木呷"))
    add("gongwei/九摆小学疥疮处置.docx", "scabies_cluster_handling", ("medical", "operations"), paras=[
        "九摆小学疥疮聚集性病例处置情况",
        "11月15日九摆小学校医«P:王晓红»报告，四年级住校生中出现多名手指缝、腰部瘙痒皮疹学生。",
        "我院公卫科文光荣、全科令狐建军当日到校排查，确诊疥疮7例、疑似3例。",
        "病例：«P:吴佳怡»、«P:杨子轩»、«P:潘美琳»、«P:龙浩然»、«P:余梦琪»、«P:张宇»、«P:王俊豪»。",
        "处置：病例回家治疗（硫磺软膏），衣物被褥煮沸、暴晒；宿舍消毒；同宿舍学生预防性用药。",
        "宿舍管理员«P:杨素珍»电话«T»，负责每日晨检。",
        "此事暂不对外发布，统一由镇教育办与家长沟通。",
    ])
    add("gongwei/下转回执邮件.eml", "county_hospital_referral_feedback", MED, sender=
        "雾江县人民医院医务科 <«d.public_email:wjxrmyyywk@163.com»>",
        to="«P:令狐建军» <«E:linghujj1983@163.com»>",
        subject="下转患者回执：潘正荣（住院号" + zy() + "）",
        body=people("""«d.surname_title:令狐医生»：

您好！我院肾内科患者潘正荣（男，59岁，«A:乌流村1组5号»）已于12月2日出院，下转贵院继续管理，
透析方案不变（每周二、五），出院小结见附件。患者女儿«P:潘小燕»电话«T»。

县人民医院医务科 «P:刘晓东»
""", "潘正荣"), attachments=[("出院小结.docx", "docx", {"paras": people("""出院小结
姓名：潘正荣  性别：男  年龄：59岁
住址：«A:乌流村1组5号»
入院诊断：慢性肾脏病5期、肾性贫血、高血压3级
出院医嘱：规律血液透析；促红素每周两次；硝苯地平控释片30mg每日一次。
主治医师：«P:黄志勇»""", "潘正荣").split("\n")})], names=("潘正荣",))
    add("gongwei/学生体检结果包.zip", "student_checkup_bundle", MED, members=[
        ("高岩小学体检异常名单.csv", {"rows": [
            ["姓名", "班级", "异常项目", "家长电话"],
            ["«P:侯思琪»", "五（1）", "视力0.3/0.4", "«T»"],
            ["«P:杨博文»", "五（2）", "心脏杂音，建议复查", "«T»"],
            ["«P:吉克伍呷»", "六（1）", "肥胖 BMI 26", "«T»"],
        ], "encoding": "utf-8-sig"}),
        ("致家长的一封信.docx", {"paras": [
            "致杨博文同学家长的一封信",
            "杨博文家长：体检发现孩子心脏杂音，请于一个月内带孩子到县人民医院心内科复查心脏彩超。",
            "学校联系人：«P:侯永明»老师，电话«T»。",
            "摆榜镇卫生院 2026年10月",
        ]}),
    ], names=("杨博文",))
    add("fubao/外籍孕妇建档.docx", "foreign_spouse_prenatal_file", MED, paras=[
        "孕产妇保健手册建档登记（外籍）",
    ], tables=[[
        ["姓名", "«P:NGUYEN THI HOA»（阮氏花）", "国籍", "越南"],
        ["护照号", "«S:C3817265»", "出生日期", "1999-03-08"],
        ["丈夫姓名", "«P:侯建华»", "丈夫身份证号", "«I:y1988/侯建华»"],
        ["住址", "«A:高岩村5组21号»", "联系电话", "«T»"],
        ["末次月经", "2026-09-02", "孕周", "13周"],
        ["初诊情况", "血压110/70，Hb 108 g/L，乙肝表面抗原阴性", "建档医生", "上官婷"],
    ]], names=("阮氏花",))


# ============================================================================================
# secret: financial and personnel
# ============================================================================================


def financial_personnel() -> None:
    add("caiwu/固定资产折旧明细2026.xlsx", "fixed_asset_depreciation_schedule", FIN, sheets={
        "折旧明细": [
            ["摆榜镇卫生院固定资产折旧明细表（2026年1-11月）", "", "", "", "", "", ""],
            ["单位：元", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["资产编号", "资产名称", "原值", "使用年限", "月折旧额", "累计折旧", "净值"],
            ["«d.asset_no:ZC-2019-0031»", "DR数字化X光机", "680000", "8", "7083.33", "503000.00", "177000.00"],
            ["«d.asset_no:ZC-2021-0007»", "全自动生化分析仪", "245000", "6", "3402.78", "197361.11", "47638.89"],
            ["«d.asset_no:ZC-2023-0112»", "救护车", "312000", "8", "3250.00", "110500.00", "201500.00"],
            ["«d.asset_no:ZC-2024-0045»", "便携式彩超", "268000", "6", "3722.22", "81888.89", "186111.11"],
        ],
        "汇总": [["类别", "原值合计", "本年折旧", "净值合计"], ["专用设备", "1193000", "192500", "411250"],
                 ["交通工具", "312000", "35750", "201500"]],
    }, merges={"折旧明细": ["A1:G1"]})
    add("caiwu/备用金台账.csv", "petty_cash_ledger", FIN, encoding="utf-8-sig", rows=[
        ["日期", "借款人", "科室", "事由", "金额", "公务卡号", "还款日期", "经办"],
        ["2026-09-03", "梁永福", "院办", "救护车年检", "1500", "«B:621700»", "2026-09-20", "邰美玲"],
        ["2026-10-11", "文光荣", "公卫科", "老年人体检下乡伙食", "3000", "«B:622202»", "2026-10-30", "邰美玲"],
        ["2026-11-02", "侯定邦", "信息科", "网络设备应急采购", "2400", "«B:622848»", "未还", "邰美玲"],
    ])
    add("caiwu/预交金退款名单.xlsx", "patient_deposit_refund_list", ("financial", "medical"), sheets={"退款": [
        ["住院预交金退款名单（原路退回失败，转个人银行卡）", "", "", "", "", ""],
        ["住院号", "患者姓名", "出院诊断", "退款金额", "收款人", "收款卡号"],
        [zy(), "«P:杨乜当»", "肺部感染", "862.40", "«P:杨正发»", "«B»"],
        [zy(), "«P:吴天福»", "脑梗死恢复期", "1310.00", "吴天福", "«B»"],
        [zy(), "«P:余光荣»", "有机磷农药中毒", "2055.60", "«P:张小英»", "«B»"],
    ]}, merges={"退款": ["A1:F1"]}, names=("吴天福",))
    sec("caiwu/医保基金预付协议_征求意见稿", "docx", "insurance_prepayment_agreement_draft", ("financial", "other"), [
        "雾江县医保基金预付医共体成员单位协议（征求意见稿，请勿外传）",
        "一、县医保局按上年度月均结算额的1.5倍，向医共体总院预付基金，总院按各成员单位业务量拨付。",
        "二、摆榜镇卫生院2027年拟预付额度为86万元，按季度清算。",
        "三、成员单位超支部分由总院结余调剂，结余部分的30%留用于绩效。",
        "四、本协议在医共体理事会审议通过前不得对外公开。",
        "摆榜镇卫生院意见：同意，建议将预付倍数提高至2倍（财务龙英测算附后）。",
    ])
    add("caiwu/公卫补助分配方案.md", "public_health_fund_allocation_draft", ("financial", "operations"), text="""
# 2027年基本公卫补助资金村级分配方案（草案）

按常住人口、签约人数和考核得分分配，总额41.6万元（村级40%）。

| 村卫生室 | 乡村医生 | 常住人口 | 上年考核分 | 拟分配（元） |
|---|---|---|---|---|
| 乌流村 | «P:王你秀» | 2860 | 91 | 52400 |
| 羊排村 | «P:吴正明» | 2140 | 84 | 38600 |
| 高岩村 | «P:潘老勇» | 1930 | 88 | 35900 |
| 九摆村 | «P:杨国富» | 1710 | 72 | 27100 |

说明：九摆村扣减部分用于其他村绩效奖励；方案经院务会讨论后报县卫健局，未经批准不得公布。
""")
    sec("caiwu/水电费分析", "txt", "utility_cost_analysis", ("financial", "operations"), [
        "2026年1-10月水电费支出分析（院务会材料）",
        "电费：累计14.2万元，同比增加31%。主要原因：住院部空调、制氧机、DR机开机时间延长。",
        "水费：累计2.1万元，同比持平。",
        "每床日能耗成本：38.6元，高于县医共体成员单位平均水平（29.4元）。",
        "建议：住院部空调统一设定温度；制氧机夜间低负荷运行；与供电所商议执行医疗用电价格。",
        "会计：龙英",
    ])
    add("caiwu/捐赠收入台账.xls", "donation_income_ledger", FIN, sheets={"捐赠": [
        ["日期", "捐赠人", "类型", "物资/金额", "折价", "联系方式", "票据号"],
        ["2026-01-29", "«P:龙再兴»", "个人", "取暖器20台", "3600", "«T»", "«d.receipt_no:0000318»"],
        ["2026-01-30", "«P:张阿妹»", "个人", "棉被30床", "4500", "«T»", "«d.receipt_no:0000319»"],
        ["2026-02-02", "雾江县丹江米业有限公司", "单位", "大米50袋", "5000", "«P:邓光明»«T»", "«d.receipt_no:0000320»"],
    ]})
    add("caiwu/药款支付计划_12月.xlsx", "supplier_payment_schedule", ("financial", "operations"), sheets={"支付计划": [
        ["2026年12月药品耗材货款支付计划", "", "", "", "", ""],
        ["供应商", "应付余额", "本月拟付", "收款账号（对公）", "业务联系人", "电话"],
        ["黔东南康达医疗器械有限公司", "186000", "60000", "«d.corporate_account:52050163360000001287»", "«P:田茂军»", "«T»"],
        ["国药控股黔东南有限公司", "412300", "150000", "«d.corporate_account:2406011309200088731»", "«P:吴晓峰»", "«T»"],
        ["贵州苗乡药业有限公司", "53200", "53200", "«d.corporate_account:52001735036050101556»", "«P:杨德胜»", "«T»"],
        ["合计", "651500", "263200", "", "", ""],
    ]}, merges={"支付计划": ["A1:F1"]})
    add("caiwu/差旅费报销汇总.pdf", "travel_expense_claims", ("financial", "personnel"), before=[
        "2026年第四季度差旅费报销汇总", "摆榜镇卫生院财务室",
    ], table=[
        ["报销人", "出差事由", "天数", "金额", "公务卡号"],
        ["欧阳晓燕", "省卫健委培训（贵阳）", "4", "2380.00", "«B:621700»"],
        ["上官婷", "州妇幼业务培训", "3", "1140.00", "«B:622202»"],
        ["侯定邦", "医共体信息化会议", "2", "560.00", "«B:623059»"],
    ], after=["审核：龙英  出纳：邰美玲"])
    add("renshi/年休假余额.xlsx", "annual_leave_balance", PER, sheets={"2026": [
        ["2026年职工年休假余额（截至11月30日）", "", "", "", ""],
        ["", "", "", "", ""],
        ["姓名", "工龄", "应休", "已休", "剩余"],
        ["杨昌勇", "28", "15", "3", "12"],
        ["令狐建军", "16", "10", "10", "0"],
        ["吉克阿依", "6", "5", "2", "3"],
        ["石妹仙", "9", "5", "0", "5"],
        ["梁永福", "22", "15", "6", "9"],
    ]}, merges={"2026": ["A1:E1"]})
    add("renshi/城市医生下乡支医名单.docx", "urban_doctor_rural_rotation_list", PER, paras=[
        "2027年上半年县级医院医生到摆榜镇卫生院支医人员名单",
        "请院办安排宿舍，人事专干顾国华负责考勤。",
    ], tables=[[
        ["姓名", "派出单位", "科室", "职称", "身份证号", "手机", "支医时间"],
        ["«P:黄志勇»", "县人民医院", "产科", "副主任医师", "«I:y1979/黄志勇»", "«T»", "1-3月"],
        ["«P:罗敏»", "县中医院", "针灸科", "主治医师", "«I»", "«T»", "1-6月"],
        ["«P:诸葛晓峰»", "县人民医院", "影像科", "主治医师", "«I»", "«T»", "4-6月"],
    ]])
    add("renshi/东西部协作帮扶医生档案.md", "east_west_aid_doctor_file", ("personnel", "financial"), text="""
# 东西部协作帮扶医生个人档案（摆榜镇卫生院留存）

- 姓名：«P:陈嘉豪»
- 派出单位：广州市某区人民医院普外科
- 身份证号：«I:y1986@440106/陈嘉豪»
- 手机：«T»
- 在黔住址：«A:摆榜镇新寨社区卫生院职工宿舍2单元301室»
- 生活补助发放卡号：«B:622848»（每月3000元，由县卫健局拨付）
- 配偶：«P:林晓敏»，广州，电话«T»
- 帮扶期：2025年12月至2026年12月
- 考核意见：优秀（院务会2026年11月评定）
""")
    add("renshi/婚假申请_吉克阿依.docx", "marriage_leave_approval", PER, paras=["婚假、丧假申请表"], tables=[[
        ["申请人", "吉克阿依", "科室", "B超室"],
        ["假别", "婚假", "天数", "13天（含晚婚假）"],
        ["事由", "与«P:阿苏拉则»登记结婚（凉山州昭觉县），回老家办彝族婚礼", "", ""],
        ["联系电话", "«T»", "休假期间B超安排", "请县医院诸葛晓峰医生支援"],
        ["审批", "科室同意 欧阳晓燕；院长同意 杨昌勇", "", ""],
    ]], names=("诸葛晓峰",))
    sec("renshi/职称指标分配_讨论稿", "txt", "title_quota_allocation_draft", PER, [
        "2026年度专业技术职务晋升指标分配（院务会讨论稿，不得外传）",
        "县里分配我院中级指标2个、副高指标1个。",
        "副高：令狐建军（全科，积分86）与邵光辉（内科，积分83）竞争。建议令狐建军，邵光辉下年优先。",
        "中级：石妹仙（积分78）、韦贵芬（积分75）；唐涛（积分74）因年度考核基本称职，暂缓。",
        "讨论意见：杨昌勇同意；吴正龙建议公示前先与邵光辉、唐涛谈话。",
    ])
    add("renshi/乡镇卫生院招聘考生名单.csv", "recruitment_exam_candidates", PER, encoding="gb18030", rows=[
        ["准考证号", "姓名", "身份证号", "报考岗位", "联系电话", "笔试成绩"],
        ["«d.exam_no:2026110301»", "«P:杨雪»", "«I:y2001/杨雪»", "临床医生", "«T»", "68.5"],
        ["«d.exam_no:2026110302»", "«P:公孙浩然»", "«I:y1999/公孙浩然»", "临床医生", "«T»", "72.0"],
        ["«d.exam_no:2026110305»", "«P:买买提·依明»", "«I:y1998@653101/买买提·依明»", "临床医生", "«T»", "66.0"],
        ["«d.exam_no:2026110311»", "«P:潘静»", "«I»", "护理", "«T»", "75.5"],
    ])
    sec("renshi/困难职工走访记录", "docx", "staff_hardship_visit_record", ("personnel", "financial"), [
        "困难职工家庭走访记录",
        "时间：2026年11月20日  走访人：吴正龙、顾国华",
        "走访对象：满春燕（收费室），家住«A:摆榜镇新寨社区河边路15号»。",
        "情况：丈夫«P:杨金贵»今年8月在工地摔伤，腰椎骨折，至今卧床，无收入；儿子读高二。",
        "家庭负债约六万元，已申请医疗救助。",
        "建议：工会困难补助3000元，发至本人工资卡«B:622848»；院里协调其调整为长白班。",
        "满春燕电话«T»。",
    ])
    add("renshi/乡村医生养老补助名单.xls", "village_doctor_pension_list", ("personnel", "financial"), sheets={"名单": [
        ["老年乡村医生生活补助发放名单（2026年）", "", "", "", "", ""],
        ["姓名", "身份证号", "从业年限", "月补助", "银行卡号", "原村卫生室"],
        ["«P:杨老福»", "«Io»", "34", "600", "«B:623059»", "羊排村"],
        ["«P:潘正德»", "«Io»", "29", "500", "«B:623059»", "九摆村"],
        ["«P:吴秀兰»", "«Io»", "22", "400", "«B:621799»", "高岩村"],
    ]})
    sec("renshi/诫勉谈话记录", "doc", "admonishment_talk_record", ("personnel", "other"), [
        "诫勉谈话记录",
        "谈话时间：2026年10月16日  地点：支部书记办公室",
        "谈话人：吴正龙（支部书记）、顾国华（记录）",
        "谈话对象：罗兴旺（药房组长）",
        "事由：县医保局飞行检查发现药房串换药品（将自费保健品按医保目录药品结算）12笔，金额3860元。",
        "罗兴旺表示是按前任组长的做法，认识到错误，愿意退回违规金额。",
        "处理：诫勉谈话，取消本年度评优资格，扣发当季绩效。",
        "本记录存入个人档案，不对外公开。",
    ])
    add("renshi/职工乙肝抗体检测.pdf", "staff_hbv_antibody_results", ("personnel", "medical"), before=[
        "2026年职工乙肝两对半及抗体检测结果", "检验科 韦贵芬",
    ], table=[
        ["姓名", "科室", "HBsAg", "抗-HBs(mIU/ml)", "处理"],
        ["万俊", "外科", "阴性", "3.2", "加强接种"],
        ["蒙丽娟", "护理", "阴性", "156", "—"],
        ["梁永福", "院办", "阳性", "0", "转县医院肝病门诊，无需调岗"],
        ["满春燕", "收费", "阴性", "8.1", "加强接种"],
    ], after=["结果仅本人及院领导知悉。"])
    add("caiwu/凝冻值守补助.xlsx", "ice_storm_duty_allowance", ("personnel", "financial"), sheets={
        "补助": [
            ["", "", "", "", ""],
            ["", "", "", "", ""],
            ["2026年1月凝冻灾害值守补助发放表", "", "", "", ""],
            ["姓名", "值守天数", "标准（元/天）", "金额", "工资卡号"],
            ["万俊", "9", "100", "900", "«B:622848»"],
            ["梁永福", "12", "100", "1200", "«B:622848»"],
            ["杨胜兰", "8", "100", "800", "«B:621700»"],
            ["邵光辉", "7", "100", "700", "«B:622202»"],
        ],
        "说明": [["资金来源：县应急局专项，经院务会研究按实际值守天数发放。"]],
    }, merges={"补助": ["A3:E3"]})
    sec("renshi/辞职信_唐涛", "txt", "resignation_letter", PER, [
        "辞职信",
        "尊敬的«d.surname_title:杨院长»：",
        "我是放射科唐涛，来院工作六年，感谢医院的培养。因爱人在贵阳工作，孩子明年上小学，",
        "我决定辞去卫生院工作，到贵阳一家民营医院应聘。今年职称没评上也是原因之一，",
        "希望医院理解。我会做好DR机的交接，培训接替的同事后再离开。",
        "联系电话：«T»",
        "唐涛 2026年11月25日",
    ], encoding="gb18030")
    add("renshi/实习生鉴定.docx", "intern_appraisal", PER, paras=[
        "实习生实习鉴定表（黔东南民族职业技术学院护理专业）",
    ], tables=[[
        ["姓名", "«P:杨丽娜»", "学号", "«d.staff_no:2023081127»"],
        ["实习科室", "住院部、预防接种门诊", "带教老师", "杨胜兰"],
        ["鉴定意见", "能吃苦，静脉穿刺技术较好，但与老年苗族患者沟通需加强。", "", ""],
        ["成绩", "良好", "科室签字", "杨胜兰"],
    ]])
    add("renshi/人事工作群聊天.txt", "hr_wechat_group_export", PER, text=people("""
微信群“摆榜卫生院中层”聊天记录（导出）

2026-11-26 21:03 杨昌勇：明天院务会讨论职称指标，大家先不要在外面说
2026-11-26 21:05 欧阳晓燕：好。老邵那边情绪可能有点大
2026-11-26 21:06 吴正龙：我明天先找他谈，小唐的事也一起
2026-11-26 21:10 顾国华：唐涛下午交了辞职信，我放院长桌上了
2026-11-26 21:12 杨昌勇：知道了，县里支医的诸葛晓峰先顶B超，放射让万俊他们先顶着
2026-11-26 21:15 潘秀梅：老王（王你秀）问明年村医补助什么时候发
2026-11-26 21:16 龙英：方案还没批，先别答复
""", "诸葛晓峰", "王你秀").replace("老邵", "«d.surname_title:老邵»").replace("小唐", "«d.surname_title:小唐»").replace("老王", "«d.surname_title:老王»"))
    add("renshi/进修规培人员名单.xlsx", "trainee_rotation_list", PER, sheets={"名单": [
        ["2026年下半年来院进修、规培人员", "", "", "", "", ""],
        ["姓名", "来源", "身份证号", "手机", "轮转科室", "带教"],
        ["«P:阿卜杜·热合曼»", "新疆医科大学规培（对口）", "«I:y1996@650102/阿卜杜·热合曼»", "«T»", "全科", "令狐建军"],
        ["«P:吉克石布»", "州医院护理进修", "«I:y1990/吉克石布»", "«T»", "住院部", "杨胜兰"],
        ["«P:欧阳蕾»", "本院定向生", "«I»", "«T»", "妇保", "上官婷"],
    ]}, merges={"名单": ["A1:F1"]})


# ============================================================================================
# secret: operations and other; documents already marked
# ============================================================================================


def operations_other() -> None:
    add("houqin/医用氧气供应合同_草稿.docx", "oxygen_supply_contract_draft", OPS, paras=[
        "医用氧气供应合同（草稿，价格待院务会确定）",
        "甲方：摆榜镇卫生院（统一社会信用代码：" + CENTRE_USCC + "）",
        "乙方：凯里市黔氧气体有限公司（统一社会信用代码：«U:91»）",
        "乙方业务联系人：«P:吴德军»，手机«T»，邮箱«E:wudejun_qy@163.com»",
        "一、供应品种：医用氧气40L钢瓶，每周配送两次，凝冻天气不得中断。",
        "二、价格：每瓶68元（含配送），较现供应商低7元；年用量约900瓶。",
        "三、结算：每季度结算一次，转入乙方对公账户«d.corporate_account:52050163360000002219»。",
        "四、本合同价格在签订前对其他供应商保密。",
    ])
    add("houqin/救护车油卡使用登记.xlsx", "ambulance_fuel_card_log", OPS, sheets={"油卡": [
        ["救护车油卡使用登记（2026年11月）", "", "", "", ""],
        ["日期", "车牌号", "出车事由", "加油金额", "驾驶员"],
        ["11-02", "«d.vehicle:贵H·A1207»", "转运孕产妇王阿英至县医院", "300", "梁永福"],
        ["11-09", "«d.vehicle:贵H·A1207»", "透析病人接送", "200", "梁永福"],
        ["11-19", "«d.vehicle:贵H·A1207»", "老年人体检下乡", "250", "«P:杨再华»（临时）"],
    ]}, names=("王阿英",))
    sec("houqin/凝冻应急值守安排", "docx", "ice_storm_emergency_roster", OPS, [
        "凝冻灾害应急值守安排（内部执行）",
        "总指挥：杨昌勇 «T»；副总指挥：欧阳晓燕 «T»",
        "急诊值守：万俊、邵光辉轮班，手机保持24小时畅通。",
        "救护车：梁永福，备用驾驶员«P:杨再华»«T»；防滑链、备用油各两套。",
        "物资：罗兴旺负责药品储备不少于15天用量；制氧机备用柴油发电机由侯定邦检查。",
        "透析、孕晚期、卧床吸氧病人由聂金秀每日电话联系。",
        "道路中断时，请镇政府协调铲雪车，联系人：镇应急办«P:王永刚»«T»。",
    ])
    add("yaofang/药品采购比价.xlsx", "drug_purchase_price_comparison", OPS, sheets={"比价": [
        ["2027年一季度药品采购比价表（院内，不得外传）", "", "", "", ""],
        ["", "", "", "", ""],
        ["药品", "国药控股黔东南", "康达医药", "苗乡药业", "拟选"],
        ["硝苯地平缓释片10mg*30", "5.20", "5.05", "—", "康达"],
        ["二甲双胍0.25g*48", "2.60", "2.48", "2.55", "康达"],
        ["复方伤痛胶囊", "—", "—", "21.40", "苗乡"],
        ["业务员", "«P:吴晓峰» «T»", "«P:田茂军» «T»", "«P:杨德胜» «T»", ""],
    ]}, merges={"比价": ["A1:E1"]})
    sec("houqin/村卫生室建设进度", "md", "village_clinic_construction_progress", OPS, [
        "村卫生室标准化建设进度（内部通报，未对外发布）",
        "- 乌流村：主体完工，待验收；",
        "- 九摆村：因选址纠纷停工，村民«P:潘老五»家认为占用其自留地，镇政府正在协调；",
        "- 羊排村：施工方负责人«P:吴建新»（«T»）称资金未到位，进度约40%，延期至明年5月；",
        "- 高岩村：未开工，县财政资金尚未下达。",
        "年底前完成两个村的验收，其余两个申请延期，延期理由暂不向村民公开。",
    ])
    sec("xinxi/内网拓扑与账号", "txt", "network_topology_credentials", OPS, [
        "摆榜镇卫生院网络拓扑与设备账号（信息科 侯定邦）",
        "医保专线：«d.ip_address:10.52.63.4»，网关«d.ip_address:10.52.63.1»",
        "HIS服务器：«d.ip_address:192.168.10.20»，管理员admin / Bb@2026his",
        "核心交换机：«d.ip_address:192.168.10.1»，console密码 wjbb!sw01",
        "无线AP控制器：«d.ip_address:192.168.30.2»，员工WiFi密码 baibang2026",
        "厂商工程师：凯里云医信息«P:赵宏伟»«T»",
        "本文件仅存信息科电脑，不得拷贝。",
    ])
    sec("houqin/医疗器械召回处理", "docx", "device_recall_handling", OPS, [
        "关于一次性输液器召回的处理情况",
        "11月8日接县市场监管局通知，某厂一次性输液器（批号«d.batch_no:YD260611»）微粒超标，要求召回。",
        "我院库存该批号286支，已全部封存；已使用约140支，经排查无输液反应报告。",
        "库管«P:张永平»、药房罗兴旺负责清点，供应商康达医疗«P:田茂军»已于11月10日取回。",
        "此事按要求不对外发布，如有患者询问，统一由院办答复。",
    ])
    add("houqin/洗涤服务评标.pdf", "laundry_outsourcing_evaluation", OPS, before=[
        "被服洗涤外包服务比选评分表（未公示）",
        "比选日期：2026年11月28日",
    ], table=[
        ["供应商", "价格分", "服务分", "资质分", "总分", "排名"],
        ["雾江县洁美洗涤服务部", "38", "30", "18", "86", "1"],
        ["凯里市白鹭洗涤有限公司", "35", "32", "16", "83", "2"],
        ["台江县清泉洗衣店", "40", "20", "10", "70", "3"],
    ], after=["评委：欧阳晓燕、潘秀梅、«P:吴国安»（镇纪委）", "结果待院务会确定后公示。"])
    add("yaofang/药品盘点差异.xlsx", "drug_inventory_discrepancy", ("operations", "financial"), sheets={"差异": [
        ["2026年11月药房盘点差异表", "", "", "", "", ""],
        ["药品", "账面数", "实盘数", "差异", "金额", "原因"],
        ["头孢呋辛酯片", "120", "96", "-24", "-187.20", "待查"],
        ["复方甘草口服溶液", "40", "0", "-40", "-128.00", "召回未冲账"],
        ["人血白蛋白10g", "6", "5", "-1", "-420.00", "待查，已报院长"],
        ["盘点人：罗兴旺、龙英", "", "", "", "", ""],
    ]})
    add("houqin/汛期转移预案_卧床病人.docx", "flood_evacuation_plan_bedridden", ("operations", "medical"), paras=[
        "汛期地质灾害转移预案——卧床及吸氧病人名单（卫生院与村委会共用）",
        "预警发布后一小时内，由村医和村干部组织转移至镇中学安置点，卫生院派医生驻点。",
    ], tables=[[
        ["姓名", "年龄", "疾病/状态", "住址", "家属", "电话", "转移方式"],
        ["«P:潘乜松»", "81", "痴呆、卧床", "«A:新寨社区河边路3号»", "«P:潘正明»", "«T»", "担架"],
        ["«P:吴老岩»", "78", "慢阻肺、家庭氧疗", "«A:羊排村1组2号»", "«P:吴秀珍»", "«T»", "救护车+氧气瓶"],
        ["«P:石老妹»", "66", "尿毒症透析", "«A:高岩村3组»", "石春花", "«T»", "自行"],
    ]], names=("石春花",))
    sec("xinxi/HIS数据迁移清单", "md", "his_data_migration_checklist", OPS, [
        "HIS系统数据迁移检查清单（医共体统一平台）",
        "- [x] 患者主索引 3.8万条导出，身份证号重复1126条待合并",
        "- [x] 门诊处方近五年数据",
        "- [ ] 住院病案首页（2019年以前纸质，暂不迁移）",
        "- [ ] 公卫健康档案与HIS患者关联",
        "- 迁移窗口：12月20日22:00至次日06:00，期间停用HIS，手工开单",
        "- 厂商对接人：«P:赵宏伟»，«E:zhaohw@yunyi-kl.com»，«T»",
        "- 院内负责人：侯定邦",
    ])
    add("yaofang/耗材报价邮件.eml", "consumables_quote_email", OPS, sender=
        "«P:田茂军» <«E:tianmaojun@kangda-qdn.com»>", to="罗兴旺 <«d.public_email:wjbbwsyyf@126.com»>",
        subject="2027年耗材报价（仅供贵院参考，请勿外传）",
        body="""«d.surname_title:罗组长»：

您好！附件是我司2027年耗材报价，比今年平均下调4%，一次性输液器召回的事给您添麻烦了，
新批号已到货。有问题随时打我手机«T»。

康达医疗 田茂军
""", attachments=[("2027耗材报价.xlsx", "xlsx", {"sheets": {"报价": [
        ["品名", "规格", "单位", "2026价", "2027报价"],
        ["一次性输液器", "带针0.7", "支", "1.35", "1.28"],
        ["医用外科口罩", "17.5*9.5", "只", "0.32", "0.30"],
        ["真空采血管", "5ml", "支", "0.60", "0.58"],
    ]}})], names=("田茂军",))
    add("yuanban/医药代表来访登记.xlsx", "pharma_rep_visit_log", ("other", "operations"), sheets={"登记": [
        ["", "", "", "", "", "", ""],
        ["医药代表来访登记表（院办）", "", "", "", "", "", ""],
        ["来访日期", "姓名", "企业名称", "联系电话", "来访事由", "接待人", "备注"],
        ["11-04", "«P:谭伟»", "某药业（贵州）有限公司", "«T»", "推荐新进中成药", "罗兴旺", "已告知须走药事会"],
        ["11-18", "«P:上官明辉»", "某生物科技有限公司", "«T»", "邀请参加学术会议（三亚）", "潘秀梅", "已婉拒"],
        ["11-25", "«P:谭伟»", "某药业（贵州）有限公司", "«T»", "再次推荐", "罗兴旺", "提出给予“推广费”，已拒绝并登记"],
    ]}, merges={"登记": ["A2:G2"]})
    sec("yuanban/医共体一体化方案_讨论稿", "docx", "medical_alliance_integration_draft", OTH, [
        "雾江县紧密型医共体人财物一体化管理方案（讨论稿，未经理事会审议，不得外传）",
        "一、人员：成员单位人员由总院统一招聘、统一调配；摆榜镇卫生院编制内人员身份不变。",
        "二、财务：成员单位取消独立会计，设报账员；2027年7月起实行。",
        "三、物资：药品耗材由总院统一采购配送，成员单位原有供货合同到期后不再续签。",
        "四、院长由总院提名、县卫健局任命。",
        "摆榜镇卫生院意见：财务统一后村医补助发放渠道需明确；建议保留苗医药特色门诊的独立核算。",
    ])
    add("yuanban/景区医疗保障合作协议_草稿.docx", "scenic_area_medical_support_agreement", OTH, paras=[
        "苗寨景区旅游旺季医疗保障合作协议（草稿）",
        "甲方：雾江县摆榜苗寨旅游开发有限公司（统一社会信用代码：«U:91»）",
        "乙方：摆榜镇卫生院",
        "一、乙方在景区游客中心设医疗点，旺季（4-10月）每天派一名医生、一名护士驻点。",
        "二、甲方每年支付服务费18万元，提供驻点人员食宿。",
        "三、游客急救费用由游客本人或保险承担，乙方不得向游客收取驻点服务费。",
        "甲方联系人：«P:杨光荣»，«T»。",
        "本草稿在双方签字前不对外公布。",
    ])
    sec("yuanban/矿区职工健康服务_洽谈", "md", "mining_company_health_service_draft", ("other", "operations"), [
        "与九摆石材厂职工健康服务合作洽谈记录",
        "时间：2026年11月12日；参加：欧阳晓燕、文光荣；厂方：副厂长«P:王德全»（«T»）",
        "厂方希望卫生院每年为120名工人做一次职业健康检查（粉尘作业），按每人180元。",
        "我院无职业健康检查资质，只能做一般体检，职业健康检查须转县疾控。",
        "厂方私下表示“体检结论能不能写合格”，我方明确拒绝。",
        "后续：报县卫健局，暂不签约。",
    ])
    sec("yuanban/记者采访应对", "txt", "journalist_inquiry_handling", OTH, [
        "关于应对记者采访的内部口径（院办）",
        "有自媒体记者«P:刘洋»（电话«T»）来电询问“卫生院孕妇转诊途中大出血”一事。",
        "口径：患者已康复出院；转运符合规范；具体病情涉及患者隐私，不便透露。",
        "任何人不得私下接受采访，统一由潘秀梅答复，并报县卫健局宣传股。",
    ])
    sec("yuanban/州卫健委通报", "txt", "prefecture_circular_state_secret", ("other", "operations"), [
        "机密★3年",
        "黔东南州卫生健康委员会",
        "关于突发公共卫生事件应急处置预案（修订稿）的通报",
        "各县（市）卫生健康局：",
        "现将修订后的预案发给你们，请组织乡镇卫生院主要负责人学习，严格控制知悉范围。",
        "预案附件中物资储备点位置、运输路线不得录入联网计算机。",
        "（本件由县卫健局转发至各乡镇卫生院院长）",
    ], mark=("机密★3年", 3, True))
    add("yuanban/信访件交办单.docx", "petition_handling_instruction_marked", ("other", "medical"),
        mark=("秘密★1年", 1, False), paras=[
        "秘密★1年",
        "雾江县卫生健康局信访件交办单",
        "交办单号：«d.file_no:WJWJ-XF-2026-0147»",
        "信访人：«P:余光明»，«A:九摆村3组16号»，电话«T»",
        "信访事项：反映其兄余光荣在摆榜镇卫生院抢救时“用药延误”，要求赔偿。",
        "办理要求：请于15个工作日内调查核实并书面回复，注意保护患者隐私，不得扩散信访人信息。",
        "县卫生健康局信访办 2026年11月30日",
    ], names=("余光荣",))
    add("yuanban/医共体考核督查方案.docx", "inspection_plan_header_marked", ("other", "operations"),
        mark=("工作秘密★3年", 3, False), header="工作秘密★3年", paras=[
        "2026年度医共体成员单位绩效考核督查方案",
        "督查时间：12月14日至18日，不提前通知具体到达时间。",
        "督查重点：基本公卫数据真实性（抽查电话回访）、医保违规、药品耗材账实相符。",
        "摆榜镇卫生院抽查：高血压患者随访记录30份，电话核实10人。",
        "督查组组长：县卫健局«P:王建勋»。",
    ])
    add("yuanban/县卫健局排名通报.md", "internal_ranking_marked", ("other", "operations"),
        mark=("内部资料", None, False), text="""内部资料

# 2026年1-10月乡镇卫生院综合目标考核排名

| 单位 | 得分 | 排名 |
|---|---|---|
| 丹江镇卫生院 | 92.5 | 1 |
| 摆榜镇卫生院 | 81.0 | 9 |
| 方祥乡卫生院 | 76.3 | 13 |

摆榜镇卫生院主要扣分：家庭医生签约履约率低、老年人体检数据逻辑错误。
"""),
    sec("yuanban/医疗纠纷情况通报", "txt", "dispute_briefing_not_public", ("other", "medical"), [
        "县卫健局关于近期医疗纠纷情况的通报（乡镇卫生院院长会议材料）",
        "一、摆榜镇卫生院：有机磷农药中毒患者家属信访，正在调查。",
        "二、方祥乡卫生院：一例儿童输液后死亡，尸检结果未出，家属在院门口拉横幅。",
        "三、各卫生院要加强急危重症识别，第一时间上转。",
        "此件不公开，阅后收回",
    ], mark=("此件不公开，阅后收回", None, False))
    sec("yuanban/巡察反馈意见", "docx", "inspection_feedback_long_term_mark", ("other", "personnel"), [
        "工作秘密★长期",
        "县委第三巡察组对摆榜镇卫生院党支部巡察反馈意见（摘要）",
        "一、“三重一大”事项集体决策不规范，2025年两笔设备采购未经院务会。",
        "二、药房串换药品问题整改不彻底，罗兴旺诫勉谈话后未按要求退回全部违规金额。",
        "三、职工绩效分配向院领导倾斜，院长杨昌勇2025年绩效系数2.4，高于规定上限。",
        "请于两个月内报送整改报告。",
    ], mark=("工作秘密★长期", None, False))
    sec("yuanban/州医保局协查函", "txt", "insurance_check_request_months_mark", ("other", "financial", "medical"), [
        "关于协助核查疑似分解住院的函",
        "摆榜镇卫生院：",
        "经大数据筛查，你院以下病例疑似分解住院，请于十日内提供病历复印件：",
        "1. «P:吴金凤»，住院号" + zy() + "、" + zy() + "，间隔2天再次入院；",
        "2. «P:潘老贵»，住院号" + zy() + "，出院当日门诊收费后次日再住院。",
        "黔东南州医疗保障局基金监管科",
        "秘密★3个月",
    ], mark=("秘密★3个月", 0.25, False))


# ============================================================================================
# internal but not secret: rotas, notes, checklists
# ============================================================================================


def internal_docs() -> None:
    add("houqin/保洁排班.xlsx", "cleaning_rota", sheets={"12月": [
        ["12月保洁排班", "", ""],
        ["区域", "上午", "下午"],
        ["门诊楼", "«P:龙秀珍»", "«P:吴春梅»"],
        ["住院部", "«P:吴春梅»", "«P:龙秀珍»"],
        ["院坝及厕所", "«P:杨老五»", "«P:杨老五»"],
    ]})
    internal("dangjian/政治学习笔记", "md", "study_session_notes", [
        "12月政治理论学习笔记",
        "学习内容：《基本医疗卫生与健康促进法》第三章。",
        "体会：基层医疗卫生机构要坚持公益性，防止过度医疗。",
        "讨论：结合苗医药特色门诊，思考如何把民族医药纳入基本医疗服务。",
    ])
    add("houqin/食堂卫生检查表.docx", "kitchen_hygiene_checklist", paras=["职工食堂卫生自查表（每周一次）"], tables=[[
        ["项目", "要求", "结果"], ["生熟分开", "刀具砧板分开", "合格"], ["留样", "每餐留样48小时", "合格"],
        ["从业人员健康证", "在有效期内", "一人过期，已通知补办"], ["检查人", "潘秀梅", ""],
    ]])
    add("houqin/灭火器检查记录.csv", "fire_extinguisher_inspection", rows=[
        ["位置", "编号", "压力", "检查日期", "检查人"],
        ["门诊一楼", "«d.asset_no:MHQ-01»", "正常", "2026-12-01", "侯定邦"],
        ["住院部二楼", "«d.asset_no:MHQ-04»", "正常", "2026-12-01", "侯定邦"],
        ["药库", "«d.asset_no:MHQ-07»", "偏低，已更换", "2026-12-01", "侯定邦"],
    ])
    internal("peixun/知识竞赛答案", "docx", "knowledge_contest_answer_key", [
        "院内“三基”知识竞赛参考答案",
        "1. 成人胸外按压深度：5-6厘米。",
        "2. 有机磷中毒特异性解毒药：胆碱酯酶复能剂（解磷定）和阿托品。",
        "3. 抗五步蛇毒血清首次剂量：按说明书，一般4-8支。",
        "4. 医疗废物暂存时间不超过48小时。",
    ])
    internal("yuanban/周例会议程", "txt", "weekly_meeting_agenda", [
        "12月7日周例会议程",
        "1. 各科室上周工作小结（各科室主任）",
        "2. 凝冻天气准备（梁永福汇报车辆防滑链）",
        "3. 年终考核安排（顾国华）",
        "4. 其他",
    ])
    internal("xinxi/电脑报修记录", "md", "computer_repair_requests", [
        "电脑报修记录（11月）",
        "- 11-03 收费室打印机卡纸，满春燕报修，侯定邦处理",
        "- 11-15 B超室工作站蓝屏，吉克阿依报修，重装系统",
        "- 11-22 药房扫码枪失灵，罗兴旺报修，已更换",
    ])


def more_secret() -> None:
    add("caiwu/绩效工资发放表_11月.xlsx", "performance_pay_sheet", ("personnel", "financial"), sheets={
        "发放表": [
            ["摆榜镇卫生院2026年11月绩效工资发放表", "", "", "", "", "", "", ""],
            ["单位：元", "", "", "", "", "", "", ""],
            ["", "", "基础绩效", "", "奖励绩效", "", "", ""],
            ["姓名", "科室", "岗位系数", "金额", "工作量", "扣款", "实发", "工资卡号"],
            ["杨昌勇", "院领导", "2.4", "3360", "1200", "0", "4560", "«B:622848»"],
            ["令狐建军", "全科", "1.6", "2240", "1850", "0", "4090", "«B:622848»"],
            ["罗兴旺", "药房", "1.2", "1680", "600", "-800（诫勉）", "1480", "«B:621700»"],
            ["石妹仙", "护理", "1.1", "1540", "960", "0", "2500", "«B:622848»"],
            ["梁永福", "院办", "1.0", "1400", "720", "0", "2120", "«B:623059»"],
        ],
        "签收": [["本表经院务会审定，请勿在科室群转发。"], ["制表：龙英  审核：欧阳晓燕"]],
    }, merges={"发放表": ["A1:H1", "C3:D3", "E3:G3"]})
    add("menzhen/蛇伤病例讨论.pptx", "snakebite_case_teaching_deck", MED, slides=[
        ("病例讨论：儿童银环蛇咬伤", ["患儿«P:欧阳志远»，9岁，门诊号" + mz(), "傍晚在新寨社区河边被咬，30分钟到院",
                              "到院时眼睑下垂、吞咽困难"], None, "家长«P:欧阳建平»当时情绪激动，电话«T»，讨论时不要外传。"),
        ("处置经过", [], [["时间", "处理"], ["18:40", "制动、建立静脉通道"], ["18:55", "抗银环蛇血清（本院无），联系县医院"],
                       ["19:10", "梁永福转运，万俊随车"]], None),
        ("讨论要点", ["基层卫生院应储备哪些抗蛇毒血清", "神经毒类蛇伤的呼吸支持"], None, None),
    ], names=("欧阳志远",))

    add("yuanban/景区医疗点接诊登记.xlsx", "scenic_clinic_tourist_log", MED, sheets={"接诊": [
        ["摆榜苗寨景区医疗点接诊登记（2026年10月黄金周）", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["日期", "姓名", "证件号", "主诉/处理", "联系电话", "接诊医生"],
        ["10-02", "«P:DUBOIS Marie»", "«S:19FV83215»", "踝关节扭伤，冷敷包扎", "«P:王磊»（导游）«T»", "万俊"],
        ["10-03", "«P:赵一鸣»", "«I»", "中暑，口服补液", "«T»", "邵光辉"],
        ["10-05", "«P:钱思思»", "«I»", "蜂蜇伤，抗过敏", "«T»", "万俊"],
    ]}, merges={"接诊": ["A1:F1"]})
    sec("yuanban/高校科研采样协议_草稿", "docx", "university_research_sampling_agreement", ("other", "medical"), [
        "关于开展苗族聚居区高血压遗传流行病学调查的合作协议（草稿）",
        "甲方：贵州医科大学公共卫生学院课题组，负责人«P:何晓芸»教授，«E:hexiaoyun@gmc.edu.cn»，«T»",
        "乙方：摆榜镇卫生院，联系人文光荣",
        "一、乙方协助在乌流村、羊排村招募苗族高血压患者300名，采集静脉血5ml，签署知情同意书。",
        "二、甲方向每名受试者支付交通误工补助50元，向乙方支付组织协调费3万元。",
        "三、原始数据归甲方所有，乙方不得向第三方提供；研究结果发表前双方均不得对外透露。",
        "四、本协议尚在伦理审查中，未经签署不得执行。",
    ])


def more_public() -> None:
    pub("xuanjiao/公众号_五禽戏", "md", "official_account_post", [
        "跟着华佗练五禽戏",
        "五禽戏相传为东汉名医华佗所创，模仿虎、鹿、熊、猿、鸟的动作。",
        "卫生院中医苗医科每周四下午在院坝教大家练习，欢迎老年朋友参加。",
    ])
    pub("xuanjiao/公众号_疟疾", "txt", "official_account_post", [
        "从青蒿素说起：出国务工人员谨防疟疾",
        "屠呦呦团队发现青蒿素，挽救了全球数百万疟疾患者的生命。",
        "到非洲、东南亚务工回国后一个月内发热，要主动告诉医生境外旅居史。",
        f"咨询：县疾控中心{CDC}",
    ])
    pub("xuanjiao/护士节", "docx", "official_account_post", [
        "5·12护士节｜致敬身边的提灯人",
        "一百多年前，南丁格尔提着油灯巡视病房；今天，我们的护士在苗寨的山路上奔走。",
        "护士长杨胜兰从事护理工作二十六年，带出了石妹仙、蒙丽娟等一批年轻护士。",
        "节日快乐，感谢你们！",
    ])
    pub("yuanwu_gongkai/住院分娩补助公示", "txt", "delivery_subsidy_recipient_publicity", [
        "2026年第三季度农村孕产妇住院分娩补助发放公示",
        "«d.masked_name:杨*芬»  «d.masked_id:522634********2246»  高岩村",
        "«d.masked_name:潘*燕»  «d.masked_id:522634********3123»  乌流村",
        "«d.masked_name:吴*妹»  «d.masked_id:522634********0821»  羊排村",
        f"公示期七天，如有异议请致电{SWITCH}。",
    ])


SECTIONS = (outreach_public, services_public, forms_public, published_public, medical,
            financial_personnel, operations_other, internal_docs, more_secret, more_public)  # fmt: skip
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
