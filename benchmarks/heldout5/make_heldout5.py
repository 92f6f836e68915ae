"""Write the fifth held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand for a fictional centre (柏树坪镇卫生院, 洵河县, Hanzhong,
Shaanxi; area code 0916) that differs from the first four sets' centres, in document types none of
their READMEs lists. The random generator (fixed seed) makes only check digits (GB 11643 resident
IDs, Luhn bank cards, GB 32100 credit codes) and the random digits of mobiles, landlines and cards,
so a rerun gives the same texts and the same truth (Office files, converted legacy files, zips and
pictures carry their own timestamps or bytes).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:訾建平»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«d.hotline:12320»`` a decoy of kind ``hotline``; the centre's staff and each
document's own ``names=`` are marked wherever they occur. The marks are removed from the files and
every value recorded. At the end every file is read back and each listed value must occur exactly
as often as the listed values contain it (``check``).

The mechanics (marks, check digits, writers, read-back) are copied from
benchmarks/heldout4/make_heldout4.py; none of its documents is.

Run: ``python benchmarks/heldout5/make_heldout5.py`` (writes docs/ and truth.jsonl here; needs
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

SEED = 20261210
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
# Real county codes of Hanzhong (Shaanxi) around the fictional 洵河县, plus people who moved in
# (Xi'an, Ankang, Chongqing).
AREAS = ["610724", "610724", "610724", "610728", "610723", "610702", "610113", "500101"]
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
LANDLINE_AREA = ["0916", "0916", "0916", "029"]
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
    digits = 7 if area == "0916" else 8
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


def new_uscc() -> str:
    org = "".join(RNG.choice("0123456789") for _ in range(2))
    org += "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(org, _ORG_WEIGHTS))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = RNG.choice(["91", "92", "12", "52"]) + RNG.choice(AREAS[:6]) + org
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
            if len(born) == 4:
                _PEOPLE[given] = new_id(int(born), int(born))
            else:
                first = RNG.choice(AREAS) + born + f"{RNG.randint(0, 999):03d}"
                _PEOPLE[given] = first + id_check(first)
        return _PEOPLE[given]
    if code == "B" and given and len(given) <= 6:
        return new_card(given)
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
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', stem)}@mail.baishuping.invalid>"
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

BUILD = Path(tempfile.mkdtemp(prefix="heldout5-"))
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
SWITCH = "«d.public_phone:0916-5831200»"
DUTY = "«d.public_phone:0916-5831120»"
GWK = "«d.public_phone:0916-5831236»"
CENTRE_ADDR = "«d.public_address:洵河县柏树坪镇正街56号»"
CENTRE_MAIL = "«d.public_email:bspwsy@163.com»"
BUREAU = "«d.public_phone:0916-5512310»"
CDC = "«d.public_phone:0916-5513720»"
YBJ = "«d.public_phone:0916-5516605»"
COUNTY_HOSP = "«d.public_address:洵河县城关镇南大街102号»"
H12320 = "«d.hotline:12320»"
H12345 = "«d.hotline:12345»"
H12356 = "«d.hotline:12356»"
H12393 = "«d.hotline:12393»"

# The centre's staff: marked as PERSON wherever they occur, in every document.
STAFF = [
    "訾建平",  # 院长
    "敖秀兰",  # 副院长（医疗）
    "冼国栋",  # 副院长（公卫）
    "甄丽娟",  # 财务科长
    "谌小燕",  # 会计
    "郦文涛",  # 出纳
    "滕家豪",  # 办公室主任（人事）
    "禚春梅",  # 护士长
    "汲永康",  # 内科主任
    "麻玉芬",  # 中医科
    "仉志刚",  # 康复科
    "逄秋菊",  # 公卫科
    "卞海鹰",  # 检验科
    "邸德旺",  # 药剂科
    "覃明月",  # 妇幼
    "荀立新",  # 信息员
    "揭晓梅",  # 预防接种
    "宓春雷",  # 放射
    "檀丽萍",  # 护士
    "巩振华",  # 医保办
    "阙玉洁",  # 护士
    "栾兴旺",  # 总务
    "牟红霞",  # 家庭医生团队长
    "隗丹丹",  # 护士
    "鄢志强",  # 全科医生
    "郗文博",  # 院感兼质控
]
FAMOUS = ["钟南山", "李时珍", "张仲景", "孙思邈", "华佗", "屠呦呦", "皇甫谧", "扁鹊", "葛洪", "吴阶平"]


def fam(text: str) -> str:
    return famous(text, *FAMOUS)


def pub(stem: str, fmt: str, kind: str, lines: list[str], **kw: Any) -> None:
    lines_add(stem, fmt, kind, [fam(x) for x in lines], pub=True, **kw)


def sec(stem: str, fmt: str, kind: str, cats: tuple[str, ...], lines: list[str], **kw: Any) -> None:
    lines_add(stem, fmt, kind, lines, cats=cats, **kw)


MED = ("medical",)
FIN = ("financial",)
PER = ("personnel",)
OPS = ("operations",)
OTH = ("other",)


# ============================================================================================
# public: rules, pathways, technical specifications
# ============================================================================================


def rules_public() -> None:
    K = "work_regulation"
    pub("zhidu/中医适宜技术管理制度", "md", K, [
        "柏树坪镇卫生院中医适宜技术管理制度",
        "第一条 为规范针刺、艾灸、拔罐、刮痧、穴位贴敷等中医适宜技术的开展，保障医疗安全，制定本制度。",
        "第二条 开展中医适宜技术的人员须取得相应执业资格，并经县级以上培训考核合格。",
        "第三条 每次治疗须在《中医适宜技术治疗登记本》登记患者姓名、门诊号、联系电话、治疗部位、操作者。",
        "第四条 治疗前告知可能出现的晕针、烫伤、皮下出血等情况，必要时签署知情同意书。",
        "第五条 针具一人一针一用，火罐一人一用一消毒，医疗废物按规定分类收集。",
        "第六条 中医科每月汇总治疗人次，报医务科；不良反应按规定上报。",
        "第七条 本制度自印发之日起施行，由中医科负责解释。",
    ])
    pub("zhidu/康复治疗室管理制度", "docx", K, [
        "康复治疗室管理制度",
        "一、康复治疗室由康复科统一管理，开放时间为工作日8:00—17:30。",
        "二、治疗师按医嘱制定康复计划，记录于康复治疗登记表，内容包括患者姓名、住院号或门诊号、诊断、评定结果、治疗项目。",
        "三、器械每日清洁，每周检查一次，发现故障及时报总务科维修。",
        "四、患者首次治疗须进行跌倒风险评估，高风险者须有家属陪同。",
        "五、治疗记录、评定量表按病历资料管理，不得随意带出治疗室，不得拍照外传。",
        "六、本制度由康复科负责解释。",
    ])
    pub("zhidu/病历借阅与复印管理规定", "pdf", K, [
        "柏树坪镇卫生院病历借阅与复印管理规定",
        "一、病历由病案室统一保管。本院医务人员因诊疗、教学、质控需要借阅病历，",
        "须填写《病历借阅登记》，写明病案号、借阅人、借阅用途和归还日期，经科主任签字。",
        "二、患者本人或其代理人申请复印病历，须提交申请人有效身份证件（身份证号登记在申请表上），",
        "代理人另需提交委托书及代理人身份证件。",
        "三、可复印的内容：门（急）诊病历、住院志、体温单、医嘱单、化验单、检查报告、手术同意书、出院记录。",
        "四、借阅病历一般不超过7日，不得转借、涂改、拆页，不得带离本院。",
        "五、复印收费按县物价部门核定标准执行，每页0.5元。",
        "六、违反本规定造成病历丢失或信息泄露的，按《工作秘密管理制度》追究责任。",
        "咨询电话：" + SWITCH,
    ])
    pub("zhidu/危急值报告制度", "txt", K, [
        "危急值报告制度",
        "1. 危急值是指提示患者可能处于生命危险边缘的检验、检查结果，如血钾<2.8或>6.2mmol/L、血糖<2.8mmol/L、血红蛋白<50g/L。",
        "2. 检验科、放射科发现危急值，应立即复核，确认后10分钟内电话通知临床医生或护士。",
        "3. 接收人须复述结果，并在《危急值报告登记本》记录患者姓名、门诊号/住院号、项目、结果、报告人、接收人、时间。",
        "4. 临床医生接报后30分钟内处理并在病程记录中记载。",
        "5. 门诊患者已离院的，通过预留电话联系患者本人或家属，联系不上的报告医务科。",
        "6. 医务科每月检查登记本，纳入科室质量考核。",
    ])
    pub("zhidu/医疗废物管理制度", "docx", K, [
        "医疗废物管理制度",
        "一、医疗废物分为感染性、损伤性、病理性、药物性、化学性五类，按类别分置于专用包装物或容器内。",
        "二、各科室医疗废物由专人每日收集，交接时双方在《医疗废物交接登记》上签名，写明种类、重量。",
        "三、暂存间上锁，设警示标识，暂存时间不超过48小时。",
        "四、医疗废物由有资质的处置单位集中处置，转移联单保存3年。",
        "五、发生医疗废物流失、泄漏时，立即向县卫健局（" + BUREAU + "）报告。",
    ])
    pub("zhidu/科室成本核算管理办法", "md", K, [
        "柏树坪镇卫生院科室成本核算管理办法（2025年修订）",
        "第一章 总则",
        "第一条 成本核算以科室为单位，按月归集人员经费、卫生材料费、药品费、固定资产折旧、其他费用。",
        "第二条 财务科负责成本核算工作，各科室指定一名兼职核算员。",
        "第二章 核算方法",
        "第三条 直接成本直接计入科室；间接成本按人员比例、面积比例分摊。",
        "第四条 人员经费包括工资、绩效工资、社会保险费、住房公积金，按实际发放数计入。",
        "第五条 核算结果作为绩效考核和预算编制的依据，按月报院长办公会。",
        "第三章 附则",
        "第六条 本办法自2025年1月1日起施行。",
    ])
    pub("zhidu/预算调整审批制度", "txt", K, [
        "预算调整审批制度",
        "一、年度预算经县卫健局、县财政局批复后严格执行，无预算不得支出。",
        "二、因政策变化、突发事件确需调整预算的，由业务科室提出申请，说明调整事项、金额和理由。",
        "三、财务科审核后，提交院长办公会研究，报县卫健局审批。",
        "四、调整金额在5万元以下的由院长办公会审定，5万元以上的须经职工代表大会审议。",
        "五、预算执行情况每季度分析一次，年终纳入决算说明。",
    ], encoding="gb18030")
    pub("zhidu/职工考勤与请假管理办法", "docx", K, [
        "职工考勤与请假管理办法",
        "一、职工实行指纹考勤，每日上、下班各打卡一次。",
        "二、迟到、早退30分钟以内的，每次扣发绩效工资20元；旷工一天扣发当日工资及当月绩效工资的10%。",
        "三、病假须提供二级以上医院诊断证明；事假一年累计不超过15天。",
        "四、请假3天以内由科主任批准，3天以上由分管院长批准，10天以上由院长批准。",
        "五、考勤结果每月5日前报办公室，作为工资发放和年度考核的依据。",
    ])
    pub("zhidu/药品耗材采购与供应商管理制度", "pdf", K, [
        "药品耗材采购与供应商管理制度",
        "一、药品一律通过省药品集中采购平台采购，不得线下采购。",
        "二、耗材、试剂由药剂科、检验科提出计划，经采购小组询价比价后报院长审批。",
        "三、建立供应商档案：营业执照、经营许可证、授权书、业务员身份证复印件及联系方式。",
        "四、每年对供应商的配送及时率、质量、服务进行评价，评价结果作为续约依据。",
        "五、采购人员不得收受供应商回扣、礼品，发现的按院纪处理。",
        "监督电话：" + BUREAU,
    ])
    pub("zhidu/信息安全与数据保护规定", "md", K, [
        "信息安全与数据保护规定",
        "1. 信息系统账号实行一人一号，密码不少于8位，含字母和数字，每90天更换一次，不得告知他人。",
        "2. 患者姓名、身份证号、手机号、住址、诊断等属于个人信息，查询须基于诊疗需要，系统留痕。",
        "3. 严禁使用微信、QQ传送患者名单、化验结果、身份证照片；确需传送的，使用县卫健内网。",
        "4. 导出含个人信息的表格须经科主任批准，用后及时删除。",
        "5. 工资、预算、考核结果等文件按《工作秘密管理制度》标注密级，加密存放。",
        "6. 离岗人员账号由信息员当日停用。",
    ])
    pub("zhidu/严重精神障碍患者监护补助发放办法", "docx", K, [
        "洵河县严重精神障碍患者监护补助发放办法（摘要）",
        "一、补助对象：在册的六类严重精神障碍患者的监护人，签订监护责任书并履行监护职责的。",
        "二、补助标准：每人每年600元，分两次发放。",
        "三、程序：监护人提出申请，村卫生室初审，镇卫生院审核并公示7天，报县卫健局审批。",
        "四、补助资金通过社会保障卡或本人银行卡发放，不得发放现金。",
        "五、咨询电话：" + GWK + "；心理援助热线：" + H12356 + "。",
    ])
    pub("zhidu/门诊退费管理规定", "txt", K, [
        "门诊退费管理规定",
        "一、患者因未检查、未取药等原因申请退费，须持原始收据到收费处办理。",
        "二、退费须由开单医生签字、相关科室确认未执行，收费员核对后退费。",
        "三、现金缴费的退现金；微信、支付宝缴费的原路退回；医保结算的先冲正再退个人支付部分。",
        "四、收费处每日汇总退费明细，财务科每月抽查。",
        "五、不得将退费款转入职工个人账户。",
    ])
    pub("zhidu/家庭医生签约服务续约工作规范", "pdf", K, [
        "家庭医生签约服务续约工作规范",
        "1. 签约期满前一个月，团队通知签约居民，告知续约及服务包内容。",
        "2. 续约可采用现场、电话或手机APP方式，电话续约须录音并由居民确认。",
        "3. 居民变更服务包、更换团队的，重新签订协议。",
        "4. 不得代签、虚签；发现虚假签约的，扣减团队绩效。",
        "5. 续约率、履约率纳入团队季度考核。",
    ])
    pub("zhidu/中药饮片管理制度", "md", K, [
        "中药饮片管理制度",
        "一、中药饮片从具备资质的企业购进，验收时核对品名、产地、批号、生产日期。",
        "二、饮片斗谱按《中国药典》排列，每日清斗，防止霉变、虫蛀。",
        "三、毒性饮片专柜加锁，双人管理。",
        "四、调剂须经二人核对，代煎药品贴患者姓名标签，取药时核对。",
        "五、" + fam("本院中医药文化墙介绍李时珍《本草纲目》与孙思邈《千金方》，供患者候诊时阅读。"),
    ])
    pub("zhidu/突发事件信息报告规定", "docx", K, [
        "突发公共卫生事件信息报告规定",
        "一、发现传染病暴发、群体性不明原因疾病、食物中毒等突发事件，首诊医生立即报告公卫科。",
        "二、公卫科核实后2小时内网络直报，并电话报告县疾控中心（" + CDC + "）。",
        "三、报告内容包括事件名称、发生地点、时间、波及人数、主要症状、已采取措施。",
        "四、未经批准，任何人不得向媒体或社交平台发布事件信息。",
    ])

    K = "clinical_pathway"
    pub("yiwu/颈椎病针刺治疗临床路径", "docx", K, [
        "项痹病（神经根型颈椎病）针刺治疗临床路径（门诊）",
        "一、适用对象：第一诊断为项痹病（神经根型颈椎病，ICD-10：M47.2）。",
        "二、诊断依据：颈肩痛伴上肢放射痛，臂丛牵拉试验阳性，影像学检查符合。",
        "三、治疗方案：针刺（颈夹脊、风池、肩井、后溪）每日1次，10次为一疗程；配合拔罐、艾灸。",
        "四、标准疗程：10—20天。",
        "五、疗效评价：采用颈椎功能障碍指数（NDI）评定。",
        "六、变异及原因分析：合并严重骨质疏松、脊髓型颈椎病者退出路径，转县医院。",
    ])
    pub("yiwu/脑卒中恢复期康复临床路径", "pdf", K, [
        "脑卒中恢复期康复临床路径",
        "适用对象：脑梗死、脑出血恢复期，生命体征平稳，病程2周至6个月。",
        "入院评估：Brunnstrom分期、Fugl-Meyer评分、Barthel指数、洼田饮水试验。",
        "康复治疗：良肢位摆放、关节活动度训练、坐站平衡、步行训练、作业治疗、针灸。",
        "住院日：14—21天。",
        "出院标准：Barthel指数提高10分以上或达到康复目标。",
        "出院后由家庭医生团队随访，每月一次。",
    ])
    pub("yiwu/社区获得性肺炎临床路径", "md", K, [
        "社区获得性肺炎（轻症）临床路径",
        "1. 适用：CURB-65评分0—1分的成人患者。",
        "2. 检查：血常规、C反应蛋白、胸部X线。",
        "3. 治疗：首选阿莫西林或多西环素，疗程5—7天。",
        "4. 评分≥2分、血氧饱和度<92%者，转上级医院。",
    ])

    K = "technique_specification"
    pub("zhongyi/艾灸操作规范", "txt", K, [
        "艾灸操作规范",
        "一、适应证：虚寒性胃痛、腹泻、痛经、膝关节骨性关节炎等。",
        "二、禁忌证：实热证、阴虚发热、孕妇腹部及腰骶部、皮肤破溃处。",
        "三、操作：选定穴位，点燃艾条，距皮肤2—3厘米施灸，以局部温热、皮肤潮红为度，每穴10—15分钟。",
        "四、注意：防止艾灰脱落烫伤，施灸后半小时内不宜洗冷水。",
        fam("五、葛洪《肘后备急方》载有大量灸法，皇甫谧《针灸甲乙经》系统整理了腧穴。"),
    ])
    pub("zhongyi/拔罐操作规范", "md", K, [
        "拔罐疗法操作规范",
        "- 罐具：玻璃罐、竹罐、抽气罐，一人一用一消毒。",
        "- 方法：闪火法吸拔，留罐10分钟；走罐前涂润滑油。",
        "- 禁忌：高热抽搐、凝血障碍、皮肤过敏或溃疡处、孕妇腰骶部。",
        "- 起罐后出现水疱的，小者任其吸收，大者消毒后抽出液体。",
    ])
    pub("zhongyi/刮痧操作规范", "docx", K, [
        "刮痧操作规范",
        "一、用物：刮痧板、刮痧油、治疗巾。",
        "二、操作：沿经络方向单向刮拭，力度均匀，以出痧为度，每部位刮20—30次。",
        "三、刮痧后饮温水一杯，3小时内不洗澡。",
        "四、体质虚弱、有出血倾向者慎用。",
    ])
    pub("zhongyi/穴位贴敷培训课件", "pptx", K, [
        "三伏贴穴位贴敷技术",
        "适应证：慢性支气管炎、哮喘缓解期、过敏性鼻炎、虚寒胃痛",
        "常用穴位：肺俞、大椎、膏肓、定喘、天突",
        "贴敷时间：成人4—6小时，儿童1—2小时",
        "皮肤出现水疱：保持清洁，不要抓破",
        "禁忌：孕妇、糖尿病血糖控制不佳者、皮肤破损者",
        fam("冬病夏治思想源于张仲景《伤寒杂病论》的扶阳理论"),
    ])


# ============================================================================================
# public: blank registers and application forms (the registers the secret documents fill)
# ============================================================================================


def blanks() -> None:
    K = "blank_register"
    empty = lambda n, k: [[""] * k for _ in range(n)]  # noqa: E731
    head = ["序号", "日期", "姓名", "性别", "年龄", "门诊号", "联系电话", "诊断", "治疗项目", "穴位/部位", "操作者", "备注"]
    add("zhongyi/中医适宜技术治疗登记本.xlsx", K, pub=True,
        sheets={"登记本": [["柏树坪镇卫生院中医适宜技术治疗登记本"], ["科室：中医科", "", "", "", "", "", "", "", "", "年度：", ""], head] + empty(20, 12)},
        merges={"登记本": ["A1:L1"]})
    add("kangfu/康复治疗登记表.docx", K, pub=True,
        paras=["康复治疗登记表", "科室：康复科    治疗师：＿＿＿＿"],
        tables=[[["日期", "患者姓名", "住院号/门诊号", "诊断", "Barthel评分", "治疗项目", "时长（分钟）", "签名"]] + empty(12, 8)])
    add("gongwei/出生缺陷监测登记表.csv", K, pub=True, encoding="utf-8-sig",
        rows=[["出生缺陷监测登记表（医院）"], ["编号", "母亲姓名", "母亲身份证号", "住址", "住院号", "分娩日期", "胎龄（周）", "性别", "缺陷名称", "诊断依据", "报告人", "报告日期"]] + empty(10, 12))
    add("bingan/病历借阅登记.xlsx", K, pub=True,
        sheets={"借阅登记": [["病历借阅登记"], ["借阅日期", "病案号", "患者姓名", "借阅人", "科室", "用途", "拟还日期", "实际归还", "经手人"]] + empty(25, 9)},
        merges={"借阅登记": ["A1:I1"]})
    add("jianyan/危急值报告登记本.pdf", K, pub=True,
        before=["危急值报告登记本", "检验科 / 放射科 / 心电图室"],
        table=[["日期时间", "患者姓名", "门诊/住院号", "项目", "结果", "报告人", "接收人", "处理"]] + [[" "] * 8 for _ in range(14)],
        after=["注：接收人须复述结果；门诊患者离院的须电话通知本人或家属。"])
    add("caiwu/门诊退费登记.xls", K, pub=True,
        sheets={"Sheet1": [["门诊退费登记"], ["日期", "收据号", "患者姓名", "门诊号", "退费项目", "金额", "退费方式", "收款账号/卡号", "开单医生", "收费员"]] + empty(15, 10)})
    add("zongwu/医疗废物交接登记.ods", K, pub=True,
        sheets={"交接": [["医疗废物交接登记（科室—暂存间—处置单位）"], ["日期", "科室", "感染性(kg)", "损伤性(kg)", "病理性(kg)", "药物性(kg)", "交出人", "接收人", "转运车牌", "处置单位经办人"]] + empty(15, 10)})
    add("menzhen/戒烟门诊登记表.docx", K, pub=True,
        paras=["戒烟门诊登记表", "首诊日期：＿＿＿＿  登记号：＿＿＿＿"],
        tables=[[["姓名", "", "性别", "", "年龄", ""], ["联系电话", "", "吸烟年限", "", "日吸烟量", ""],
                 ["尼古丁依赖评分(FTND)", "", "呼出气CO", "", "干预方式", ""], ["1周随访", "", "1月随访", "", "3月随访", ""], ["6月随访", "", "结局", "", "医生", ""]]])
    add("menzhen/门诊输液观察记录单.pdf", K, pub=True,
        before=["门诊输液观察记录单"],
        table=[["座位号", "姓名", "门诊号", "药物", "滴速", "开始时间", "巡视", "结束时间", "不良反应", "护士"]] + [[" "] * 10 for _ in range(12)],
        after=["每15—30分钟巡视一次并签名。"])
    add("fuyou/两癌筛查登记表.xlsx", K, pub=True,
        sheets={"宫颈癌": [["农村妇女两癌筛查登记表—宫颈癌"], [""], ["序号", "姓名", "身份证号", "联系电话", "村", "HPV", "TCT", "阴道镜", "随访"]] + empty(10, 9),
                "乳腺癌": [["农村妇女两癌筛查登记表—乳腺癌"], ["序号", "姓名", "身份证号", "联系电话", "村", "乳腺彩超BI-RADS", "钼靶", "随访"]] + empty(10, 8)})
    add("gongwei/儿童口腔检查登记表.csv", K, pub=True, encoding="gb18030",
        rows=[["学校", "年级", "班级", "姓名", "性别", "出生日期", "龋齿数", "窝沟封闭", "家长电话", "检查医生"]] + empty(8, 10))
    add("gongwei/入学入托预防接种证查验登记.docx", K, pub=True,
        paras=["入学入托儿童预防接种证查验登记表", "学校（幼儿园）：＿＿＿＿＿＿  查验日期：＿＿＿＿"],
        tables=[[["儿童姓名", "出生日期", "班级", "家长姓名", "联系电话", "是否有证", "需补种疫苗", "补种完成日期"]] + empty(10, 8)])
    add("gongwei/结核病密切接触者筛查登记.xlsx", K, pub=True,
        sheets={"筛查": [["肺结核患者密切接触者筛查登记"], ["指示病例：", "", "登记号：", ""], ["姓名", "与病例关系", "年龄", "联系电话", "症状筛查", "PPD/IGRA", "胸片", "结论"]] + empty(10, 8)})

    K = "blank_application"
    add("renshi/工伤认定申请表.docx", K, pub=True,
        paras=["工伤认定申请表", "申请人：＿＿＿＿   申请日期：＿＿＿＿"],
        tables=[[["职工姓名", "", "性别", "", "出生日期", ""], ["身份证号码", "", "", "联系电话", "", ""], ["家庭地址", "", "", "", "", ""],
                 ["受伤害时间", "", "受伤害部位", "", "诊断", ""], ["受伤害经过简述", "", "", "", "", ""], ["用人单位意见", "", "", "", "", ""]]])
    add("renshi/职工退休审批表.odt", K, pub=True,
        paras=["机关事业单位工作人员退休审批表", "单位名称：柏树坪镇卫生院"],
        tables=[[["姓名", "", "性别", "", "民族", ""], ["出生年月", "", "参加工作时间", "", "身份证号", ""], ["现任职务/岗位", "", "", "退休类别", "", ""],
                 ["养老金发放银行及卡号", "", "", "", "", ""], ["单位意见", "", "", "主管部门意见", "", ""]]])
    add("gongwei/监护补助申请表.doc", K, pub=True,
        paras=["严重精神障碍患者监护补助申请表", "村（社区）：＿＿＿＿"],
        tables=[[["患者姓名", "", "身份证号", ""], ["监护人姓名", "", "与患者关系", ""], ["监护人身份证号", "", "联系电话", ""], ["社保卡/银行卡号", "", "开户行", ""],
                 ["家庭住址", "", "", ""], ["村医意见", "", "卫生院意见", ""]]])
    add("bingan/病历复印申请表.pdf", K, pub=True,
        pages=["病历复印申请表\n申请人姓名：________  与患者关系：________\n申请人身份证号：____________________\n"
               "患者姓名：________  住院号/门诊号：____________\n复印内容：□门诊病历 □住院志 □检查报告 □出院记录 □其他\n"
               "用途：________  联系电话：____________\n申请人签名：________  日期：____年__月__日\n"
               "（以下由病案室填写）经办人：________ 复印页数：____ 收费：____元"])
    add("yiwu/远程会诊申请单.docx", K, pub=True,
        paras=["远程会诊申请单", "申请单位：柏树坪镇卫生院    会诊单位：洵河县人民医院"],
        tables=[[["患者姓名", "", "性别", "", "年龄", ""], ["门诊/住院号", "", "身份证号", "", "", ""], ["病情摘要", "", "", "", "", ""],
                 ["会诊目的", "", "", "", "", ""], ["申请医生", "", "联系电话", "", "申请时间", ""]]], footer="会诊中心电话：" + "«d.public_phone:0916-5521019»")
    add("renshi/人员借调审批表.docx", K, pub=True,
        paras=["人员借调审批表"],
        tables=[[["姓名", "", "性别", "", "出生年月", ""], ["现岗位", "", "借调单位", "", "借调期限", ""], ["借调事由", "", "", "", "", ""],
                 ["本人意见", "", "单位意见", "", "主管部门意见", ""]]])

    K = "form_with_example_values"
    pub("gongwei/出生缺陷监测登记填报示例", "md", K, [
        "出生缺陷监测登记表填报示例",
        "母亲姓名：«d.placeholder:张三»（填写身份证上的姓名，不得填写小名）",
        "母亲身份证号：«d.bad_id» （示例号码，请勿照抄；18位，末位可能为X）",
        "住址：填写常住地址，如“××村×组××号”，不要只写村名",
        "住院号：按本院住院号填写，例如 ZY2026xxxxxx",
        "联系电话：«d.placeholder_phone:139xxxxxxxx»",
        "缺陷名称：按《出生缺陷诊断标准》填写，如“唇裂”“多指（趾）”，不得写“畸形”。",
    ])
    pub("caiwu/门诊退费登记填写说明", "docx", K, [
        "门诊退费登记填写说明",
        "患者姓名：如 «d.placeholder:李四»；门诊号：填写收据上的门诊号（如 «d.placeholder:MZ2026000000»）。",
        "退费方式：现金 / 微信 / 支付宝 / 医保冲正。",
        "收款卡号：原路退回的不填；转账退回的填写患者本人卡号，例如 «d.placeholder:6228 48** **** **** 000»。",
        "开单医生、收费员须本人签名，不得代签。",
    ])
    pub("gongwei/监护补助申请表填写样例", "txt", K, [
        "监护补助申请表填写样例",
        "患者姓名：«d.pseudonym:王某某»        监护人姓名：«d.pseudonym:王某»",
        "与患者关系：父子",
        "监护人身份证号：«d.placeholder:610724XXXXXXXXXXXX»",
        "联系电话：«d.placeholder_phone:1xx-xxxx-xxxx»",
        "社保卡号：填写第三代社保卡金融账号",
        "家庭住址：柏树坪镇××村×组",
        "注意：申请表一式两份，村卫生室、卫生院各存一份。",
    ], encoding="gb18030")


# ============================================================================================
# public: broadcasts, WeChat articles, bulletin boards, charters
# ============================================================================================


def outreach_public() -> None:
    K = "village_broadcast_script"
    pub("xuanjiao/广播稿_两癌筛查", "txt", K, [
        "村广播稿：农村妇女两癌免费筛查",
        "各位乡亲请注意，各位乡亲请注意：",
        "今年的农村妇女宫颈癌、乳腺癌免费筛查开始啦！35到64岁的妇女都可以参加，不花一分钱。",
        "11月18日到22日，卫生院的医生到村委会现场检查，请带上身份证和医保卡。",
        "检查结果有问题的，医生会电话通知您，请留准手机号码。",
        "咨询电话：" + GWK + "。再播一遍……",
    ], encoding="gb18030")
    pub("xuanjiao/广播稿_家医续约", "txt", K, [
        "广播稿：家庭医生签约服务续约啦",
        "乡亲们，去年签了家庭医生的，协议到12月底就到期了。",
        "续约不用跑路，村医上门或者打个电话就能办。续约以后，高血压、糖尿病的药可以开长处方，一次拿一到三个月的量。",
        "65岁以上老人每年一次免费体检，还有中医体质辨识。",
        "有问题找村医，或者拨打卫生院电话" + SWITCH + "。",
    ])
    pub("xuanjiao/广播稿_流感疫苗", "txt", K, [
        "广播稿：秋冬季流感疫苗接种",
        "流感高发季节到了，60岁以上老人、慢性病人、孕妇、6个月到5岁的娃娃最容易得重症。",
        "卫生院预防接种门诊周二、周四全天接种流感疫苗，请带好身份证或接种证。",
        "接种后留观30分钟，当天不要洗澡。",
        "预约电话：«d.public_phone:0916-5831138»。",
    ], encoding="gb18030")
    pub("xuanjiao/广播稿_老年人体检", "txt", K, [
        "广播稿：65岁以上老年人免费健康体检",
        "本月起在各村卫生室开展老年人免费体检，项目有血压、血糖、血脂、肝肾功能、心电图、B超。",
        "体检前一天晚上十点以后不要吃东西，早上空腹来。",
        "带上身份证，体检结果一个月内由村医送到家里。",
    ])
    pub("xuanjiao/广播稿_防溺水", "txt", K, [
        "广播稿：暑期防溺水",
        "家长们，暑假娃娃们在家，千万不要让他们到洵河、水库、堰塘边耍水。",
        "遇到有人落水，不要手拉手去救，要大声呼救、拨打120和110。",
        "卫生院急诊24小时值班：" + DUTY + "。",
    ])
    pub("xuanjiao/广播稿_控烟", "txt", K, [
        "广播稿：戒烟，啥时候都不晚",
        "抽烟伤肺伤心伤血管，二手烟还害娃娃。",
        "卫生院开了戒烟门诊，每周三上午，医生帮你评估、制定戒烟计划，免费。",
        "全国戒烟热线：«d.hotline:400-888-5531»，健康热线：" + H12320 + "。",
    ])
    pub("xuanjiao/广播稿_结核病", "txt", K, [
        "广播稿：咳嗽咳痰两周以上，要查结核",
        "结核病是通过咳嗽、打喷嚏传播的，咳嗽咳痰超过两周，或者痰里有血，要赶紧到卫生院拍片子、查痰。",
        "确诊了国家免费提供抗结核药，坚持吃药六个月，绝大多数都能治好。",
    ])
    pub("xuanjiao/广播稿_医保缴费", "txt", K, [
        "广播稿：2027年度城乡居民医保缴费",
        "2027年度城乡居民医保开始缴费了，每人380元，12月31日截止。",
        "可以在手机上“陕西税务”小程序缴，也可以找村上的协管员代缴。",
        "政策咨询：县医保局" + YBJ + "，医保服务热线" + H12393 + "。",
    ], encoding="gb18030")

    K = "wechat_article"
    pub("xuanjiao/推文_冬病夏治", "md", K, [
        "三伏贴来了！柏树坪镇卫生院2026年三伏贴预约开始",
        "“冬病夏治”是中医的特色疗法，张仲景、孙思邈的医书里都有记载。",
        "**适合人群**：反复感冒、慢性咳嗽、哮喘、过敏性鼻炎、胃寒怕冷者。",
        "**贴敷时间**：初伏7月15日、中伏7月25日、末伏8月14日。",
        "**价格**：每次30元（含药费），医保门诊统筹可报销。",
        "预约电话：" + SWITCH + "，地址：" + CENTRE_ADDR + "。",
    ])
    pub("xuanjiao/推文_中风后康复", "md", K, [
        "中风以后，康复越早越好",
        "很多家属以为中风病人要“静养”，其实病情稳定后48小时就可以开始康复。",
        "卫生院康复治疗室有运动疗法、作业疗法、针灸、理疗，县医院下转的病人可以直接办理住院康复。",
        "家里能做的：每2小时翻一次身；患侧肢体摆成良肢位；练习坐、站、走。",
        "康复科咨询：«d.public_phone:0916-5831157»。",
    ])
    pub("xuanjiao/推文_叶酸与出生缺陷", "docx", K, [
        "备孕吃叶酸，预防出生缺陷",
        "神经管缺陷是常见的出生缺陷。怀孕前3个月到怀孕满3个月，每天吃0.4毫克叶酸，可以降低风险。",
        "叶酸在卫生院妇幼门诊、村卫生室免费领取，凭身份证登记即可。",
        "还可以参加免费孕前优生健康检查，夫妻双方一起来。",
    ])
    pub("xuanjiao/推文_糖尿病眼病", "md", K, [
        "糖尿病人，每年查一次眼底",
        "糖尿病视网膜病变早期没有症状，等看不清就晚了。",
        "卫生院配备了免散瞳眼底照相机，拍照由县医院眼科医生远程阅片，免费。",
        "签约了家庭医生的糖尿病患者，由团队统一预约。",
    ])
    pub("xuanjiao/推文_艾滋病检测", "md", K, [
        "12·1世界艾滋病日｜检测，是对自己负责",
        "卫生院设有艾滋病自愿咨询检测门诊，免费、保密，可以不留真实姓名。",
        "检测时间：工作日上午；20分钟出初筛结果。",
        "咨询电话：" + GWK + "，县疾控中心：" + CDC + "。",
    ])
    pub("xuanjiao/推文_医保门诊共济", "txt", K, [
        "职工医保门诊共济保障，看这一篇就够了",
        "1. 在卫生院门诊看病，起付线200元，报销比例70%，年度限额2000元。",
        "2. 个人账户可以给配偶、父母、子女用，在“陕西医保”APP里绑定就行。",
        "3. 门诊慢特病另有待遇，需先申请认定。",
        "医保热线：" + H12393 + "。",
    ])
    pub("xuanjiao/推文_儿童龋齿", "docx", K, [
        "孩子的牙，别等疼了再看",
        "今年秋季学期，卫生院口腔医生到全镇小学、幼儿园做口腔检查。",
        "六龄齿萌出后，建议做窝沟封闭，对适龄儿童免费。",
        "每天早晚刷牙，每次2分钟，少吃糖。",
    ])
    pub("xuanjiao/推文_跌倒预防", "md", K, [
        "老人跌一跤，半条命没了？这些细节要注意",
        "- 卫生间装扶手，地面防滑；",
        "- 起床“三个半分钟”：醒后躺半分钟，坐起半分钟，双腿下垂半分钟；",
        "- 服用降压药、安眠药的老人更要小心；",
        "- 家庭医生可以上门做跌倒风险评估。",
    ])
    pub("xuanjiao/推文_院长寄语", "docx", K, [
        "新年寄语：守护柏树坪乡亲的健康",
        "柏树坪镇卫生院院长 訾建平",
        "过去一年，我们完成了中医馆改造，开通了与县医院的远程会诊，家庭医生团队走遍了全镇14个村。",
        "新的一年，我们将开设康复病区，让乡亲们在家门口就能做康复。",
        fam("学习钟南山院士“敢医敢言”的精神，做乡亲们信得过的医生。"),
    ])
    pub("xuanjiao/推文_流感与感冒", "txt", K, [
        "流感和普通感冒有什么区别？",
        "流感起病急，高热、全身酸痛明显；普通感冒以鼻塞、流涕为主，全身症状轻。",
        "发病48小时内服用奥司他韦效果最好，需医生开处方。",
        "预防最有效的方法是接种流感疫苗。",
    ], encoding="gb18030")
    pub("xuanjiao/推文_中医馆开馆", "md", K, [
        "柏树坪镇卫生院中医馆正式开馆",
        "中医馆设诊室3间、治疗室2间，开展针刺、艾灸、拔罐、刮痧、推拿、穴位贴敷等12项适宜技术。",
        "中医科 麻玉芬 医师从事中医临床20年，擅长颈肩腰腿痛、失眠、脾胃病的治疗。",
        "馆内文化长廊介绍扁鹊、华佗、张仲景、李时珍等历代名医。",
    ])
    pub("xuanjiao/推文_结核病日", "docx", K, [
        "3·24世界防治结核病日：你我共同努力，终结结核流行",
        "肺结核可防可治，按时服药是关键。",
        "学校是结核病防控的重点场所，学生出现咳嗽咳痰两周以上要及时就诊。",
        "屠呦呦团队发现青蒿素的故事告诉我们，科学防治才是正道。",
    ])

    K = "bulletin_board"
    pub("xuanjiao/宣传栏_高血压", "txt", K, [
        "宣传栏第11期：高血压的“三低”和“三高”",
        "知晓率低、治疗率低、控制率低；患病率高、致残率高、死亡率高。",
        "每天食盐不超过5克；坚持服药，不要自行停药。",
    ])
    pub("xuanjiao/宣传栏_手卫生", "pdf", K, [
        "宣传栏：七步洗手法",
        "内、外、夹、弓、大、立、腕",
        "饭前便后、接触患者前后都要洗手，每次不少于15秒。",
    ])
    pub("xuanjiao/宣传栏_中医养生", "md", K, [
        "宣传栏：冬季中医养生",
        "冬季宜早睡晚起，避寒就温；饮食宜温补，可适量食用羊肉、山药、核桃。",
        "孙思邈《千金方》说：“冬月不宜清早出夜深归，冒犯寒威。”",
    ])
    pub("xuanjiao/宣传栏_就诊须知", "png", K, [
        "就诊须知",
        "1. 就诊请携带身份证或医保电子凭证",
        "2. 门诊时间：8:00-12:00 14:00-17:30",
        "3. 急诊24小时：" + DUTY,
        "4. 投诉电话：" + BUREAU,
    ])
    pub("xuanjiao/宣传栏_心理健康", "txt", K, [
        "宣传栏：心情不好，说出来",
        "长期失眠、情绪低落、对什么都没兴趣，可能是抑郁的信号。",
        "心理援助热线：" + H12356 + "，24小时有人接听。",
    ])
    pub("xuanjiao/宣传栏_食品安全", "docx", K, [
        "宣传栏：红白喜事办席，食品安全要记牢",
        "农村集体聚餐50人以上的，请提前向镇食安办报备。",
        "凉菜现做现吃，剩菜彻底加热，野生蘑菇不采不买不吃。",
    ])
    pub("xuanjiao/宣传栏_慢阻肺", "txt", K, [
        "宣传栏：慢阻肺，不只是老慢支",
        "40岁以上、长期吸烟或接触柴草烟雾，有慢性咳嗽、气短的，建议做肺功能检查。",
        "卫生院每周二上午开展免费肺功能筛查。",
    ])

    pub("yuanwu_gongkai/患者权利与义务", "docx", "patient_rights_charter", [
        "患者的权利与义务",
        "权利：获得及时救治；知情同意；隐私受保护（姓名、身份证号、病情、检查结果不被泄露）；查阅、复印病历；投诉。",
        "义务：如实提供病史；遵守医院规章；按规定缴纳费用；尊重医务人员。",
        "投诉电话：院办" + SWITCH + "，县卫健局" + BUREAU + "，" + H12345 + "。",
    ])
    pub("yuanwu_gongkai/便民服务承诺", "md", "service_commitment", [
        "柏树坪镇卫生院便民服务承诺",
        "1. 首诊负责，不推诿病人；",
        "2. 检查结果当日可取，外送项目3个工作日内出结果；",
        "3. 行动不便的老人，家庭医生预约上门；",
        "4. 收费公开透明，不开大处方；",
        "监督电话：" + BUREAU + "。",
    ])
    pub("yuanwu_gongkai/家庭医生服务承诺书", "pdf", "service_commitment", [
        "家庭医生团队服务承诺书",
        "我们承诺：签约居民电话咨询随时回复；慢病患者每季度至少随访一次；",
        "需转诊的，协助预约县医院专家号；保护签约居民的个人信息，不泄露、不出售。",
        "柏树坪镇卫生院家庭医生团队",
    ])


# ============================================================================================
# public: prices, procurement, statistics, 公示, bulletins, FAQs
# ============================================================================================


def published_public() -> None:
    add("yuanwu_gongkai/中医适宜技术收费公示.xlsx", "tcm_technique_price_list", pub=True,
        sheets={"收费公示": [["柏树坪镇卫生院中医适宜技术收费公示"], ["执行依据：陕西省医疗服务价格项目规范（2024版）"],
                         ["项目编码", "项目名称", "计价单位", "价格（元）", "医保类别"],
                         ["«d.item_code:470000001»", "普通针刺", "次", "20", "甲类"], ["«d.item_code:470000004»", "灸法", "每个穴位", "6", "甲类"],
                         ["«d.item_code:470000013»", "拔罐疗法", "3罐", "10", "甲类"], ["«d.item_code:470000020»", "刮痧治疗", "次", "30", "乙类"],
                         ["«d.item_code:470000032»", "穴位贴敷治疗", "每个穴位", "5", "乙类"], ["", "价格监督：" + BUREAU, "", "", ""]]},
        merges={"收费公示": ["A1:E1"]})
    pub("yuanwu_gongkai/康复项目收费标准", "pdf", "tcm_technique_price_list", [
        "康复治疗项目收费标准（公示）",
        "运动疗法  45元/次        偏瘫肢体综合训练  50元/次",
        "作业疗法  30元/次        平衡功能训练  20元/次",
        "电针  25元/次            中频脉冲电治疗  15元/部位",
        "以上价格按县医疗保障局核定标准执行。",
    ])
    pub("yuanwu_gongkai/家庭医生签约服务包", "docx", "service_package_price", [
        "家庭医生签约服务包及收费",
        "基础包：免费。内容：基本公共卫生服务、健康咨询、慢病随访。",
        "高血压个性包：每年60元（医保基金支付40元，个人20元）。含每季度血压监测、年度心电图、血脂检查。",
        "糖尿病个性包：每年80元（医保基金支付50元，个人30元）。含每季度血糖监测、糖化血红蛋白、眼底照相。",
        "康复个性包：每年120元，含每月上门康复指导一次。",
    ])
    pub("yuanwu_gongkai/老年人服务包价格", "md", "service_package_price", [
        "65岁以上老年人签约服务包",
        "| 服务包 | 年费（元） | 个人支付（元） | 内容 |",
        "|---|---|---|---|",
        "| 老年基础包 | 0 | 0 | 年度体检、中医体质辨识 |",
        "| 老年健康包 | 100 | 30 | 跌倒风险评估、骨密度、上门随访2次 |",
    ])

    pub("caigou/询价公告_康复设备", "docx", "inquiry_invitation", [
        "柏树坪镇卫生院康复设备采购询价公告",
        "项目编号：«d.order_no:XHWS-2026-XJ-017»",
        "采购内容：电动起立床1台、上下肢主被动训练仪1台、平衡训练仪1台，最高限价38万元。",
        "报价截止时间：2026年12月15日17:00。",
        "报价地点：" + CENTRE_ADDR + "总务科。",
        "联系人：栾兴旺，联系电话：«d.public_phone:0916-5831109»。",
    ])
    pub("caigou/询价公告_中药饮片", "pdf", "inquiry_invitation", [
        "中药饮片配送服务询价公告",
        "项目编号：«d.order_no:XHWS-2026-XJ-021»",
        "采购内容：2027年度中药饮片配送（约260个品种），预算金额45万元。",
        "供应商资格：具有药品经营许可证或药品生产许可证（含中药饮片范围）。",
        "询价文件领取：" + CENTRE_ADDR + "，电话：" + SWITCH + "。",
        "邮箱：" + CENTRE_MAIL,
    ])
    pub("caigou/询价公告_医废处置", "md", "inquiry_invitation", [
        "医疗废物集中处置服务询价",
        "服务期限：2027年1月1日—2027年12月31日",
        "数量：约4.5吨/年",
        "资格要求：持有危险废物经营许可证",
        "联系电话：«d.public_phone:0916-5831109»",
    ])
    pub("caigou/成交公告_口腔设备", "docx", "contract_award_publicity", [
        "口腔综合治疗台采购项目成交公告",
        "项目编号：«d.order_no:XHWS-2026-XJ-011»",
        "成交供应商：汉中市博雅医疗器械有限公司",
        "统一社会信用代码：«U»",
        "地址：«A:汉中市汉台区天汉大道东段218号»",
        "成交金额：人民币壹拾陆万捌仟元整（¥168,000.00）",
        "评审小组：敖秀兰、栾兴旺、邸德旺",
        "公告期限：1个工作日。对结果有异议的，可在公告期满之日起7个工作日内书面提出质疑。",
    ])
    pub("caigou/合同公告_物业保洁", "txt", "contract_award_publicity", [
        "物业保洁服务合同公告",
        "合同编号：«d.contract_no:BSPWSY-HT-2026-034»",
        "供应商：洵河县洁美物业服务有限公司，统一社会信用代码：«U»",
        "供应商地址：«A:洵河县城关镇滨河路东段9号»",
        "合同金额：每年12.6万元，服务期1年。",
    ])
    pub("caigou/质疑答复", "docx", "bid_challenge_reply", [
        "关于口腔综合治疗台采购项目质疑的答复",
        "质疑供应商：汉中某医疗设备公司",
        "质疑事项：成交供应商投标产品参数不满足要求。",
        "答复：经评审小组复核，成交产品满足询价文件全部实质性要求，质疑不成立。",
        "柏树坪镇卫生院 2026年11月20日",
    ])

    add("yuanwu_gongkai/2026年三季度服务量.xlsx", "quarterly_service_bulletin", pub=True,
        sheets={"三季度": [["柏树坪镇卫生院2026年第三季度医疗服务信息公开"], [], ["指标", "7月", "8月", "9月", "合计"],
                        ["门急诊人次", "4216", "4388", "4102", "12706"], ["出院人次", "138", "151", "129", "418"],
                        ["中医适宜技术人次", "612", "655", "590", "1857"], ["康复治疗人次", "304", "322", "315", "941"],
                        ["次均门诊费用（元）", "68.2", "66.9", "70.1", "68.4"], ["次均住院费用（元）", "2836", "2790", "2912", "2843"]]},
        merges={"三季度": ["A1:E1"]})
    add("yuanwu_gongkai/基本公卫服务进度公示.csv", "quarterly_service_bulletin", pub=True, encoding="utf-8",
        rows=[["项目", "年度任务", "1—9月完成", "完成率"], ["居民电子健康档案", "21460", "19872", "92.6%"], ["65岁以上老年人健康管理", "3120", "2455", "78.7%"],
              ["高血压患者规范管理", "2380", "1790", "75.2%"], ["2型糖尿病患者规范管理", "860", "641", "74.5%"], ["严重精神障碍患者管理", "96", "93", "96.9%"],
              ["肺结核患者管理", "12", "12", "100%"]])
    pub("yuanwu_gongkai/二季度服务简报", "md", "quarterly_service_bulletin", [
        "2026年第二季度医疗服务简报（已公开）",
        "二季度门急诊12,118人次，同比增长6.3%；出院392人次。",
        "中医馆接诊1,702人次；康复治疗室完成治疗861人次。",
        "患者满意度调查（第三方）：门诊94.2%，住院96.8%。",
    ])
    pub("yuanwu_gongkai/2025年度工作报告", "docx", "annual_report_public", [
        "柏树坪镇卫生院2025年度工作报告（院务公开）",
        "一、基本情况：编制床位40张，在岗职工58人，其中卫生技术人员47人。",
        "二、收支情况：2025年总收入1,862万元，其中财政补助收入724万元、医疗收入1,051万元；总支出1,833万元。",
        "三、重点工作：建成中医馆；与县人民医院开通远程会诊；家庭医生签约率63.5%。",
        "四、2026年计划：开设康复病区，推进医养结合。",
    ])
    pub("yuanwu_gongkai/2026年部门预算公开", "pdf", "annual_report_public", [
        "柏树坪镇卫生院2026年部门预算公开说明",
        "收入预算1,925万元：财政拨款768万元，事业收入1,130万元，其他收入27万元。",
        "支出预算1,925万元：基本支出1,402万元，项目支出523万元。",
        "“三公”经费预算：公务用车运行维护费3.2万元，公务接待费0.8万元，因公出国（境）费0元。",
        "咨询电话：" + SWITCH + "。",
    ])

    pub("yuanwu_gongkai/优秀家庭医生团队公示", "txt", "award_publicity", [
        "2026年度优秀家庭医生团队评选结果公示",
        "经团队自评、群众测评、院考核小组评议，拟评选以下团队为优秀家庭医生团队：",
        "第一团队：牟红霞（团队长）、鄢志强、隗丹丹、乡村医生«P:殳建国»",
        "第三团队：汲永康（团队长）、檀丽萍、乡村医生«P:勾明亮»",
        "公示期：2026年12月1日至7日。如有异议，请向院办反映，电话：" + SWITCH + "。",
    ])
    pub("yuanwu_gongkai/先进个人公示", "docx", "award_publicity", [
        "2026年度先进工作者推荐公示",
        "经科室推荐、院务会研究，拟推荐麻玉芬、仉志刚、揭晓梅为县卫健系统先进工作者。",
        "公示期5个工作日，监督电话：" + BUREAU + "。",
    ])
    add("yuanwu_gongkai/乡村医生考核结果公示.xlsx", "village_doctor_assessment_publicity", pub=True,
        sheets={"公示": [["2026年度乡村医生业务考核结果公示"], ["村卫生室", "乡村医生", "理论（60）", "技能（40）", "总分", "等次"],
                      ["椒园村卫生室", "«P:殳建国»", "54", "36", "90", "优秀"], ["黄草坝村卫生室", "«P:勾明亮»", "49", "33", "82", "合格"],
                      ["青龙寺村卫生室", "«P:蒯红英»", "51", "35", "86", "合格"], ["马道河村卫生室", "«P:郝连成»", "45", "30", "75", "合格"],
                      ["杨家湾村卫生室", "«P:靳桂芳»", "56", "37", "93", "优秀"]]})
    pub("yuanwu_gongkai/监护补助发放公示", "md", "subsidy_recipient_publicity", [
        "2026年下半年严重精神障碍患者监护补助发放公示",
        "| 村 | 监护人 | 身份证号 | 金额（元） |",
        "|---|---|---|---|",
        "| 椒园村 | «d.masked_name:冯*贵» | «d.masked_id:610724********2313» | 300 |",
        "| 黄草坝村 | «d.masked_name:杜*林» | «d.masked_id:610724********0427» | 300 |",
        "| 三岔河村 | «d.masked_name:柴*珍» | «d.masked_id:610728********1112» | 300 |",
        "公示期7天。监督电话：" + GWK + "。",
    ])

    K = "work_bulletin"
    pub("xinwen/工作简报_远程会诊开通", "docx", K, [
        "工作简报（第9期）柏树坪镇卫生院与县人民医院远程会诊中心正式开通",
        "11月6日，县卫健局副局长«P:樊立群»、县人民医院院长«P:尉迟晓峰»一行来院，为远程会诊中心揭牌。",
        "院长訾建平介绍，中心开通后，县医院专家可实时查看我院的心电图、影像，为群众节省路费和时间。",
        "当天，内科主任汲永康通过视频与县医院心内科专家讨论了两例疑难病例。",
    ])
    pub("xinwen/工作简报_三伏贴", "md", K, [
        "三伏贴服务人数创新高",
        "今年三伏贴共服务群众2,316人次，比去年增长18%。",
        "中医科麻玉芬带领团队提前一个月备药，护士檀丽萍、阙玉洁负责分诊与贴敷。",
    ])
    pub("xinwen/工作简报_两癌筛查", "txt", K, [
        "两癌筛查进村入户",
        "11月18日至22日，妇幼保健医生覃明月带队，在5个村完成两癌筛查1,032人。",
        "镇党委书记«P:阎振宇»到现场看望医务人员。",
        "筛查结果将在一个月内反馈给本人。",
    ])
    pub("xinwen/工作简报_应急演练", "docx", K, [
        "我院开展停电应急演练",
        "12月2日下午，我院开展了突发停电应急演练，副院长敖秀兰任总指挥，总务科栾兴旺负责启动备用发电机。",
        "演练检验了各科室的应急反应能力，达到了预期效果。",
    ])
    pub("xinwen/报道转载_山沟里的康复室", "md", "media_report_reprint", [
        "【转载·汉中日报】山沟里的康复室",
        "记者«P:原志恒»",
        "在洵河县柏树坪镇卫生院的康复治疗室，康复治疗师仉志刚正在指导一位中风后的老人练习走路。",
        "“以前要跑县城、跑汉中，现在在镇上就能做。”老人的儿子说。",
        "洵河县卫健局局长«P:申屠光明»表示，全县将在5个中心卫生院建设康复科。",
    ])
    pub("xinwen/报道转载_名医下乡", "txt", "media_report_reprint", [
        "【转载】省名中医工作室柏树坪工作站揭牌",
        "陕西省名中医«P:柯长庚»教授工作站落户柏树坪镇卫生院，每月坐诊一次。",
        fam("柯长庚教授说，中医要像孙思邈说的那样“大医精诚”，把好技术带到基层。"),
        "活动由副院长冼国栋主持。",
    ], names=("柯长庚",))

    pub("renshi/招募志愿者公告", "docx", "volunteer_call", [
        "柏树坪镇卫生院招募健康志愿者",
        "招募对象：18—65周岁，身体健康，热心公益的本镇居民。",
        "服务内容：导诊、陪同老人检查、健康宣传。",
        "报名方式：到院办填写报名表，或发邮件至" + CENTRE_MAIL + "。",
    ])

    K = "faq"
    pub("xuanjiao/常见问题_医保报销", "md", K, [
        "医保报销常见问题",
        "问：在卫生院住院能报多少？答：起付线200元，起付线以上报销85%。",
        "问：异地就医怎么备案？答：“国家医保服务平台”APP或拨打" + H12393 + "。",
        "问：门诊慢特病怎么申请？答：带诊断证明、病历到县医保局窗口或卫生院医保办申请。",
    ])
    pub("xuanjiao/常见问题_家医签约", "txt", K, [
        "家庭医生签约常见问题",
        "问：签约要收费吗？答：基础包免费，个性包按标准收费，医保可支付一部分。",
        "问：可以换家庭医生吗？答：可以，每年续约时可以重新选择。",
        "问：签约后看病还能去县医院吗？答：可以，家庭医生可帮助预约转诊。",
    ])
    pub("xuanjiao/常见问题_预防接种", "docx", K, [
        "预防接种常见问题",
        "问：孩子感冒了还能打疫苗吗？答：轻微感冒无发热可以接种，发热的要推迟。",
        "问：入学时接种证丢了怎么办？答：带孩子户口本到接种门诊补办。",
        "问：打完疫苗发烧怎么办？答：38.5℃以下物理降温，超过请就诊。",
        "接种门诊电话：«d.public_phone:0916-5831138»",
    ])
    pub("xuanjiao/常见问题_病历复印", "md", K, [
        "病历复印常见问题",
        "问：家属能复印病历吗？答：可以，需带患者身份证、家属身份证及委托书。",
        "问：多久能拿到？答：出院病历归档后（一般出院7个工作日后）可复印。",
    ])
    pub("xuanjiao/常见问题_艾滋病检测", "txt", K, [
        "艾滋病检测常见问题",
        "问：检测要实名吗？答：自愿咨询检测可以匿名，但确诊后需要实名登记以便免费治疗。",
        "问：结果会告诉别人吗？答：不会，检测结果严格保密。",
    ], encoding="gb18030")

    pub("yuanwu_gongkai/科室服务电话公示", "docx", "department_phone_publicity", [
        "柏树坪镇卫生院科室服务电话",
        "院办：" + SWITCH + "    急诊：" + DUTY,
        "公卫科：" + GWK + "    预防接种门诊：«d.public_phone:0916-5831138»",
        "康复科：«d.public_phone:0916-5831157»    总务科：«d.public_phone:0916-5831109»",
        "县人民医院：«d.public_phone:0916-5521000»    县卫健局：" + BUREAU,
    ])
    pub("xuanjiao/健康知识竞赛题", "docx", "health_quiz_public", [
        "全民健康素养知识竞赛题（村级初赛）",
        "1. 成年人正常血压应低于（ ）mmHg。A.140/90 B.160/100",
        "2. 每人每天食盐摄入量不超过（ ）克。A.5 B.10",
        "3. 我国首位获诺贝尔生理学或医学奖的科学家是（ ）。A.屠呦呦 B.钟南山",
        "4. 咳嗽咳痰（ ）周以上应怀疑肺结核。A.2 B.4",
    ])
    pub("xuanjiao/中医药知识问答", "md", "health_quiz_public", [
        "中医药知识有奖问答",
        "1. 被称为“医圣”的是谁？（张仲景）",
        "2. 《本草纲目》的作者是？（李时珍）",
        "3. 发明“麻沸散”的是？（华佗）",
    ])
    pub("yuanwu_gongkai/门诊就诊流程", "txt", "patient_flow_signage", [
        "门诊就诊流程",
        "挂号（一楼大厅，可用医保电子凭证）→ 候诊 → 就诊 → 缴费 → 检查/取药 → 复诊",
        "65岁以上老人、孕妇、残疾人优先。",
    ])
    pub("yuanwu_gongkai/住院办理流程", "pdf", "patient_flow_signage", [
        "住院办理流程",
        "医生开具住院证 → 住院处登记（身份证、医保卡）→ 缴纳预交金 → 病区护士站报到",
        "出院：医生开出院医嘱 → 护士站结账单 → 住院处结算 → 领取出院小结",
    ])

    K = "policy_interpretation"
    pub("zhengce/政策解读_门诊共济", "docx", K, [
        "《洵河县职工基本医疗保险门诊共济保障实施细则》政策解读",
        "一、出台背景：落实国家和省关于门诊共济保障机制改革的部署。",
        "二、主要内容：普通门诊费用纳入统筹基金支付；个人账户家庭共济。",
        "三、施行时间：2026年1月1日。",
        "四、解读机关：洵河县医疗保障局，电话" + YBJ + "。",
    ])
    pub("zhengce/政策解读_签约服务费", "md", K, [
        "家庭医生签约服务费分配政策解读",
        "签约服务费由医保基金、基本公卫经费和签约居民共同分担。",
        "不低于70%用于家庭医生团队，按签约人数、履约质量、居民满意度分配。",
    ])
    pub("zhengce/政策解读_公卫补助标准", "txt", K, [
        "2026年基本公共卫生服务补助标准解读",
        "人均补助标准提高到94元，新增经费主要用于老年人和慢病患者健康管理。",
        "村卫生室承担40%左右的任务，相应补助经考核后拨付。",
    ])
    pub("zhengce/政策解读_医养结合", "docx", K, [
        "《洵河县推进医养结合发展实施方案》解读",
        "鼓励有条件的乡镇卫生院利用闲置床位开展医养结合服务。",
        "入住老人可享受家庭医生签约服务，医疗费用按规定由医保支付。",
    ])
    pub("zhengce/政策解读_集采药品", "md", K, [
        "国家组织药品集中带量采购政策问答",
        "问：集采药品质量有保证吗？答：中选药品均通过一致性评价。",
        "问：为什么药价降了这么多？答：以量换价、招采合一，挤掉了流通水分。",
    ])

    K = "school_health_class_slides"
    pub("xuanjiao/小学健康课_爱护牙齿", "pptx", K, [
        "爱护牙齿，从小做起",
        "为什么会长蛀牙？细菌+糖",
        "巴氏刷牙法：45度角，小幅度水平颤动",
        "六龄齿：第一颗恒磨牙，要做窝沟封闭",
        "少喝碳酸饮料，睡前不吃东西",
    ])
    pub("xuanjiao/中学健康课_结核病", "pptx", K, [
        "校园结核病防控",
        "结核病怎么传播：飞沫、空气",
        "可疑症状：咳嗽咳痰两周以上、低热、盗汗",
        "发现症状：及时告诉老师和家长，到医院检查",
        "确诊同学：规范治疗，休学期间不要歧视",
    ])


# ============================================================================================
# secret: medical
# ============================================================================================


def medical() -> None:
    add("zhongyi/2026年11月中医适宜技术治疗登记.xlsx", "tcm_therapy_register", MED,
        sheets={"11月": [["柏树坪镇卫生院中医适宜技术治疗登记本"], ["科室：中医科", "", "", "", "", "", "", "", "", "年度：2026", ""],
                        ["序号", "日期", "姓名", "性别", "年龄", "门诊号", "联系电话", "诊断", "治疗项目", "穴位/部位", "操作者", "备注"],
                        ["1", "11-03", "«P:贡玉兰»", "女", "67", "«R:MZ2026110021»", "«T»", "膝痹病（膝骨关节炎）", "温针灸", "犊鼻、内膝眼、足三里", "麻玉芬", ""],
                        ["2", "11-03", "«P:戚满仓»", "男", "58", "«R:MZ2026110037»", "«T»", "腰痛病", "针刺+拔罐", "肾俞、大肠俞、委中", "麻玉芬", "晕针一次，平卧缓解"],
                        ["3", "11-04", "«P:雒永福»", "男", "71", "«R:MZ2026110052»", "«T»", "中风后遗症", "针刺", "曲池、合谷、足三里、三阴交", "仉志刚", "转康复科联合治疗"],
                        ["4", "11-05", "«P:党秀珍»", "女", "49", "«R:MZ2026110088»", "«T»", "不寐", "耳穴压豆", "神门、心、皮质下", "麻玉芬", ""],
                        ["5", "11-06", "«P:苟德华»", "男", "62", "«R:MZ2026110101»", "«L»", "项痹病", "刮痧+拔罐", "颈项部", "麻玉芬", "有糖尿病史"],
                        ["6", "11-07", "«P:蔺小燕»", "女", "35", "«R:MZ2026110134»", "«T»", "痛经", "艾灸", "关元、三阴交", "阙玉洁", ""]]},
        merges={"11月": ["A1:L1"]})

    add("kangfu/康复治疗登记_住院.docx", "rehab_treatment_register", MED,
        paras=["康复治疗登记表（住院）", "科室：康复科    治疗师：仉志刚    2026年11月第2周"],
        tables=[[["日期", "患者姓名", "住院号/门诊号", "诊断", "Barthel评分", "治疗项目", "时长（分钟）", "签名"],
                 ["11-09", "«P:寇建民»", "«R:ZY20260871»", "脑梗死恢复期（左侧偏瘫）", "45→55", "PT、OT、电针", "90", "仉志刚"],
                 ["11-09", "«P:权金凤»", "«R:ZY20260879»", "右股骨颈骨折术后", "40→50", "关节活动度、负重训练", "60", "仉志刚"],
                 ["11-10", "«P:雒永福»", "«R:MZ2026110052»", "中风后遗症", "70", "平衡训练", "45", "隗丹丹"],
                 ["11-11", "«P:樊凤莲»", "«R:ZY20260884»", "帕金森病", "60", "步态训练", "45", "仉志刚"],
                 ["11-12", "«P:寇建民»", "«R:ZY20260871»", "脑梗死恢复期（左侧偏瘫）", "55", "PT、吞咽训练", "90", "仉志刚"]]])

    add("fuyou/出生缺陷监测登记_2026.xls", "birth_defect_surveillance", MED,
        sheets={"Sheet1": [["出生缺陷监测登记表（医院）"], ["编号", "母亲姓名", "母亲身份证号", "住址", "住院号", "分娩日期", "胎龄（周）", "性别", "缺陷名称", "诊断依据", "报告人", "报告日期"],
                           ["«d.report_no:BD2026-003»", "«P:汪晓丽»", "«I:y1996»", "«A:杨家湾村1组22号»", "«R:ZY20260412»", "2026-05-14", "39", "男", "唇裂（左侧）", "临床", "覃明月", "2026-05-15"],
                           ["«d.report_no:BD2026-004»", "«P:尚红梅»", "«I:y1991»", "«A:柏树坪镇石门村4组»", "«R:ZY20260597»", "2026-07-02", "38", "女", "多指（右手）", "临床", "覃明月", "2026-07-03"],
                           ["«d.report_no:BD2026-005»", "«P:卜雨萱»", "«I:y2001»", "«A:坪上社区河滨小区2栋1单元302室»", "«R:ZY20260733»", "2026-09-21", "37", "男", "先天性心脏病（室间隔缺损）", "B超", "覃明月", "2026-09-23"]]})

    add("gongwei/监护补助发放明细_2026下半年.csv", "guardian_subsidy_list", ("medical", "financial"), encoding="gb18030",
        rows=[["村", "患者姓名", "诊断", "监护人", "监护人身份证号", "社保卡金融账号", "联系电话", "金额"],
              ["椒园村", "«P:冯建华»", "精神分裂症", "«P:冯德贵»", "«I:y1952»", "«B:623059»", "«T»", "300"],
              ["黄草坝村", "«P:杜秀英»", "双相情感障碍", "«P:杜长林»", "«I:y1960»", "«B:623059»", "«T»", "300"],
              ["三岔河村", "«P:柴勇»", "癫痫所致精神障碍", "«P:柴明珍»", "«I:y1965»", "«B:622848»", "«T»", "300"],
              ["马道河村", "«P:尹小军»", "精神分裂症", "«P:尹秀兰»", "«I:y1945/尹秀兰»", "«B:623059»", "«T»", "300"],
              ["石门村", "«P:景大川»", "精神分裂症", "«P:景建国»", "«I:y1955»", "«d.bad_card»", "«T»", "0（卡号校验不通过，退回重报）"],
              ["", "", "", "", "", "", "合计", "1200"]])

    sec("gongwei/学校因病缺课追踪_11月", "txt", "school_absence_tracking", MED, [
        "柏树坪镇中心小学因病缺课追踪记录（11月第3周）",
        "追踪人：逄秋菊",
        "11月17日 三年级2班 «P:侯梓涵» 发热39℃，家长«P:侯振东»（«T»）称已在卫生院就诊，诊断流感，门诊号«R:MZ2026111702»，居家3天。",
        "11月17日 三年级2班 «P:井雨泽» 咳嗽，家长电话«T»无人接听，18日复拨，母亲说在县医院，诊断支原体肺炎。",
        "11月18日 五年级1班 «P:司马欣怡» 腹泻，家长«P:司马俊»说吃了路边烧烤，已好转。",
        "11月19日 三年级2班 又有4人发热，已报告冼国栋副院长，建议班级停课观察，未对外发布。",
        "班主任«P:党文静»电话«T»。",
    ])

    add("gongwei/儿童口腔检查结果_中心小学.ods", "children_dental_screening", MED,
        sheets={"一年级": [["学校", "年级", "班级", "姓名", "性别", "出生日期", "龋齿数", "窝沟封闭", "家长电话", "检查医生"],
                         ["中心小学", "一", "1", "«P:侯梓萱»", "女", "2019-03-11", "3", "建议", "«T»", "汲永康"],
                         ["中心小学", "一", "1", "«P:余浩然»", "男", "2019-07-25", "0", "已做", "«T»", "汲永康"],
                         ["中心小学", "一", "2", "«P:明子轩»", "男", "2018-12-02", "5", "建议", "«T»", "汲永康"],
                         ["中心小学", "一", "2", "«P:官语桐»", "女", "2019-05-30", "1", "建议", "«T»", "汲永康"]]})

    add("fuyou/孕前优生检查登记.xlsx", "preconception_check_register", MED,
        sheets={"登记": [["2026年国家免费孕前优生健康检查登记"], [], ["", "女方", "", "", "男方", "", "", "", ""],
                       ["编号", "姓名", "身份证号", "手机", "姓名", "身份证号", "手机", "住址", "风险评估"],
                       ["«d.file_no:YQ2026-0118»", "«P:任晓雯»", "«I:y1998»", "«T»", "«P:褚鹏飞»", "«I:y1996»", "«T»", "«A:青龙寺村2组7号»", "一般人群"],
                       ["«d.file_no:YQ2026-0119»", "«P:皮佳怡»", "«I:y2000»", "«T»", "«P:龙俊杰»", "«I:y1999»", "«T»", "«A:黄草坝村5组31号»", "高风险（TORCH阳性）"],
                       ["«d.file_no:YQ2026-0120»", "«P:芦婷婷»", "«I:y1994/芦婷婷»", "«T»", "«P:滑建斌»", "«I:y1990»", "«T»", "«A:坪上社区新街小区6栋402»", "高风险（地贫携带）"]]})

    add("fuyou/两癌筛查异常结果.pdf", "two_cancer_screening_results", MED,
        before=["2026年农村妇女两癌筛查异常结果汇总（宫颈癌）", "柏树坪镇卫生院妇幼保健组  覃明月"],
        table=[["序号", "姓名", "身份证号", "联系电话", "村", "HPV", "TCT", "处理"],
               ["1", "«P:邵桂兰»", "«I:y1968»", "«T»", "椒园村", "16型阳性", "ASC-US", "转县医院阴道镜"],
               ["2", "«P:左春燕»", "«I:y1975»", "«T»", "三岔河村", "其他高危", "LSIL", "转县医院阴道镜"],
               ["3", "«P:鲍红霞»", "«I:y1981»", "«T»", "马道河村", "18型阳性", "NILM", "6个月复查"],
               ["4", "«P:景丽芳»", "«I:y1963»", "«T»", "石门村", "阴性", "HSIL", "转县医院，已电话通知"]],
        after=["以上人员已逐一电话告知，未告知其家人。"])

    add("gongwei/糖网筛查结果.csv", "diabetic_retinopathy_screening", MED, encoding="utf-8-sig",
        rows=[["健康档案编号", "姓名", "性别", "年龄", "糖尿病病程（年）", "左眼", "右眼", "阅片医生", "建议"],
              ["«R:61072410301000213»", "«P:苟德华»", "男", "62", "8", "轻度NPDR", "中度NPDR", "县医院眼科", "3个月复查"],
              ["«R:61072410304000587»", "«P:穆淑芬»", "女", "70", "12", "PDR", "重度NPDR", "县医院眼科", "尽快转诊"],
              ["«R:61072410302000941»", "«P:黎大海»", "男", "55", "3", "未见异常", "未见异常", "县医院眼科", "1年复查"]])

    add("huli/护理不良事件报告_跌倒.docx", "nursing_adverse_event", ("medical", "personnel"),
        paras=["护理不良事件报告表", "事件类型：跌倒（II级）", "报告人：阙玉洁    报告日期：2026-11-14"],
        tables=[[["患者姓名", "«P:权金凤»", "住院号", "«R:ZY20260879»"], ["年龄", "78", "床号", "内科12床"],
                 ["事件经过", "11月14日凌晨3:20患者自行如厕，在卫生间滑倒，右额部擦伤。当班护士«P:颜晓琳»巡视间隔超过1小时。", "", ""],
                 ["处理", "值班医生鄢志强查看，头颅CT未见异常，清创包扎。家属«P:权海生»（«T»）情绪激动。", "", ""],
                 ["整改", "护士长禚春梅：扣当班护士当月绩效200元，全科室重新培训跌倒防范。", "", ""]]])

    sec("yiwu/会诊记录_县医院专家", "pdf", "consultation_record", MED, [
        "会诊记录",
        "患者：«P:樊凤莲»  女  74岁  住院号：«R:ZY20260884»",
        "申请科室：内科（汲永康）",
        "会诊医生：洵河县人民医院神经内科 «P:庞志远» 主任医师",
        "病情摘要：帕金森病8年，近1月吞咽困难加重，饮水呛咳，体重下降4kg。",
        "会诊意见：1.洼田饮水试验4级，建议留置胃管；2.美多芭调整为1/2片tid；",
        "3.如家属同意，转县医院行胃镜评估PEG。",
        "家属（女儿«P:樊晓燕»，«T»）表示考虑后答复。",
    ])

    add("kangfu/治疗知情同意书_已签.docx", "informed_consent_signed", MED,
        paras=["针刺治疗知情同意书", "柏树坪镇卫生院中医科"],
        tables=[[["患者姓名", "«P:戚满仓»", "性别", "男"], ["身份证号", "«I:y1968»", "门诊号", "«R:MZ2026110037»"],
                 ["家庭住址", "«A:柏树坪镇马道河村5组8号»", "联系电话", "«T»"],
                 ["拟行治疗", "针刺+拔罐（腰部）", "", ""],
                 ["可能风险", "晕针、滞针、断针、皮下血肿、感染", "", ""],
                 ["患者签字", "«P:戚满仓»", "医生签字", "麻玉芬"]]],
        footer="本同意书归入门诊病历")

    add("bingan/病历借阅登记_2026.xlsx", "record_borrowing_log", MED,
        sheets={"借阅登记": [["病历借阅登记"], ["借阅日期", "病案号", "患者姓名", "借阅人", "科室", "用途", "拟还日期", "实际归还", "经手人"],
                         ["2026-10-08", "«R:2026-0387»", "«P:崔满囤»", "鄢志强", "内科", "死亡病例讨论", "10-15", "10-14", "檀丽萍"],
                         ["2026-10-21", "«R:2026-0412»", "«P:汪晓丽»", "覃明月", "妇幼", "出生缺陷复核", "10-28", "10-27", "檀丽萍"],
                         ["2026-11-03", "«R:2025-1196»", "«P:褚老五»", "巩振华", "医保办", "医保稽核调阅", "11-10", "", "檀丽萍"],
                         ["2026-11-12", "«R:2026-0871»", "«P:寇建民»", "仉志刚", "康复科", "病例分享", "11-19", "", "檀丽萍"]]},
        merges={"借阅登记": ["A1:I1"]})

    sec("jianyan/危急值登记_11月", "txt", "critical_value_log", MED, [
        "危急值报告登记本（检验科）2026年11月",
        "日期时间      | 患者姓名 | 门诊/住院号    | 项目   | 结果        | 报告人 | 接收人 | 处理",
        "11-02 09:41  | «P:黎大海»   | «R:MZ2026110019» | 血糖   | 27.6mmol/L | 卞海鹰 | 鄢志强 | 补液+胰岛素，转县医院",
        "11-06 15:12  | «P:崔秀梅»   | «R:ZY20260855»   | 血钾   | 2.5mmol/L  | 卞海鹰 | 檀丽萍 | 静脉补钾",
        "11-13 10:05  | «P:薛有福»   | «R:MZ2026111345» | 血红蛋白 | 46g/L     | 卞海鹰 | 汲永康 | 患者已离院，电话«T»通知其子回院",
        "11-20 22:30  | «P:寇建民»   | «R:ZY20260871»   | 肌钙蛋白 | 阳性      | 卞海鹰 | 鄢志强 | 急诊转县医院",
    ])

    add("gongwei/自愿咨询检测登记.xlsx", "vct_register", MED,
        sheets={"VCT": [["艾滋病自愿咨询检测登记（2026）"], ["检测编号", "姓名（可化名）", "性别", "年龄", "联系方式", "检测原因", "初筛", "确证", "转介"],
                      ["«d.sample_no:VCT26-031»", "«d.alias:小杨»", "男", "27", "«T»", "高危性行为", "阴性", "", ""],
                      ["«d.sample_no:VCT26-032»", "«P:甘志鹏»", "男", "34", "«T»", "配偶阳性", "阳性", "阳性", "县疾控抗病毒治疗"],
                      ["«d.sample_no:VCT26-033»", "«P:涂秋月»", "女", "29", "«T»", "孕检", "阴性", "", ""],
                      ["«d.sample_no:VCT26-034»", "«d.alias:阿明»", "男", "41", "«T»", "自愿", "待复检", "", ""]]})

    sec("menzhen/戒烟门诊随访", "md", "smoking_cessation_register", MED, [
        "戒烟门诊随访登记（2026年第四季度）",
        "| 登记号 | 姓名 | 电话 | 吸烟年限 | FTND | 1月随访 | 3月随访 |",
        "|---|---|---|---|---|---|---|",
        "| «d.file_no:JY-2026-014» | «P:蔡永强» | «T» | 30 | 7 | 复吸 | |",
        "| «d.file_no:JY-2026-015» | «P:边国庆» | «T» | 18 | 5 | 戒断 | 戒断 |",
        "| «d.file_no:JY-2026-016» | «P:奚德胜» | «T» | 42 | 8 | 减量 | |",
        "随访医生：鄢志强",
    ])

    add("menzhen/输液观察记录_1121.doc", "infusion_observation_log", MED,
        paras=["门诊输液观察记录单  2026年11月21日", "值班护士：隗丹丹"],
        tables=[[["座位号", "姓名", "门诊号", "药物", "滴速", "开始", "结束", "不良反应"],
                 ["3", "«P:付桂香»", "«R:0038712»", "头孢呋辛1.5g", "40", "08:35", "09:40", "无"],
                 ["5", "«P:杭小龙»", "«R:0038726»", "阿奇霉素0.5g", "30", "09:02", "11:10", "恶心，减慢滴速"],
                 ["7", "«P:付桂香»的老伴«P:宗福来»", "«R:0038731»", "0.9%NS+维生素C", "50", "09:20", "10:05", "无"]]])

    add("yiwu/远程会诊申请邮件.eml", "tele_consultation_request", MED,
        sender="汲永康 <«E:jiyongkang1977@163.com»>", to="«P:庞志远» <«E:pangzhiyuan_xh@126.com»>",
        subject="会诊申请：«P:樊凤莲» 吞咽困难",
        body="«d.surname_title:庞主任»：\n\n您好！附件是«P:樊凤莲»（住院号«R:ZY20260884»）的会诊申请单，患者身份证«I:y1952/樊凤莲»。家属希望下周二上午视频会诊，您看方便吗？\n\n汲永康\n内科  «T:13891627745»\n",
        attachments=[("会诊申请单.docx", "docx", {"paras": ["远程会诊申请单"],
                      "tables": [[["患者姓名", "«P:樊凤莲»", "性别", "女", "年龄", "74"], ["门诊/住院号", "«R:ZY20260884»", "身份证号", "«I:y1952/樊凤莲»", "", ""],
                                  ["病情摘要", "帕金森病8年，吞咽困难1月", "", "", "", ""], ["申请医生", "汲永康", "联系电话", "«T:13891627745»", "申请时间", "11-18"]]]})])

    add("gongwei/入学接种证查验_中心幼儿园.xlsx", "vaccination_certificate_check", MED,
        sheets={"查验": [["入学入托儿童预防接种证查验登记表"], ["学校（幼儿园）：柏树坪镇中心幼儿园", "", "", "", "查验日期：2026-09-05"],
                       ["儿童姓名", "出生日期", "班级", "家长姓名", "联系电话", "是否有证", "需补种疫苗", "补种完成日期"],
                       ["«P:车沐阳»", "2022-04-17", "小一班", "«P:车宏伟»", "«T»", "是", "乙脑第2剂", "09-12"],
                       ["«P:门思琪»", "2022-08-09", "小一班", "«P:门立平»", "«T»", "否（遗失）", "补证；MMR第2剂", ""],
                       ["«P:和一诺»", "2021-11-30", "中二班", "«P:和春生»", "«T»", "是", "无", ""]]})

    sec("kangfu/治疗师交班随记", "txt", "therapist_daily_notes", MED, [
        "康复室交班随记 11月13日",
        "寇建民今天站立15分钟，能扶着走到门口，老伴很高兴，说下周想出院回家，我说最好再住一周。",
        "权金凤昨晚摔了以后情绪低落，不愿意练，下午她儿子权海生来了才配合。",
        "雒永福门诊过来做平衡，血压160/95，让他先回内科看。",
        "新来的樊凤莲吞咽不行，等县医院会诊。",
        "交班人：仉志刚  接班人：隗丹丹",
    ], names=("寇建民", "权金凤", "权海生", "雒永福", "樊凤莲"))

    sec("cunyi/乡医周报_椒园村", "docx", "village_doctor_report", MED, [
        "椒园村卫生室工作周报（11月第4周）",
        "报告人：«P:殳建国»",
        "1. 随访高血压12人，其中«P:冯德贵»血压控制差，已约他下周去卫生院调药。",
        "2. «P:冯建华»（精神分裂症）本周按时服药，情绪稳定；他爹说监护补助还没到卡上。",
        "3. 上门给«P:贡玉兰»换药，膝盖肿消了些。她住«A:椒园村3组14号»，电话«T»。",
        "4. 发现疑似肺结核一例：«P:喻长寿»，咳嗽一个多月，已动员明天去卫生院拍片。",
    ])

    add("huanzhe/告知书_病危.docx", "letter_to_guardian", MED,
        paras=["病危（重）通知书",
               "«P:崔秀梅»家属：",
               "患者«P:崔秀梅»，住院号«R:ZY20260855»，因“慢性心力衰竭急性加重、低钾血症”住院。目前病情危重，随时可能危及生命。",
               "我院已尽力救治，建议转上级医院。如拒绝转院，请签字确认。",
               "家属签字：«P:崔永利»  与患者关系：儿子  联系电话：«T»",
               "医生：鄢志强   2026年11月6日"])

    add("zhongyi/中医病例分享.pptx", "tcm_case_sharing_deck", MED,
        slides=[("温针灸治疗膝骨关节炎一例", ["患者：«P:贡玉兰»，女，67岁，门诊号«R:MZ2026110021»", "主诉：双膝疼痛3年，加重1月", "VAS评分：7分"], None,
                 "讲者备注：这位阿姨是椒园村的，殳建国医生转来的。"),
                ("治疗与疗效", ["温针灸 犊鼻、内膝眼、足三里，隔日一次", "10次后VAS 3分，可步行1公里"],
                 [["时间", "VAS", "WOMAC"], ["治疗前", "7", "62"], ["10次后", "3", "31"]], "讲者：麻玉芬")],
        names=("殳建国",))

    add("kangfu/康复预约白板.png", "rehab_board_photo", MED,
        title="康复室本周预约（白板照片）",
        table=[["时间", "周一", "周二", "周三"], ["8:30", "«P:寇建民»", "«P:寇建民»", "«P:权金凤»"],
               ["10:00", "«P:雒永福»", "«P:樊凤莲»", "«P:雒永福»"], ["14:30", "«P:权金凤»", "«P:苟德华»", "«P:寇建民»"]],
        lines=["有事找仉志刚 «T»"])

    add("gongwei/视力筛查结果.zip", "vision_screening_bundle", MED,
        members=[("视力筛查_幼儿园.csv", {"rows": [["姓名", "班级", "左眼", "右眼", "家长电话", "建议"],
                                                ["«P:车沐阳»", "小一班", "4.8", "4.9", "«T»", "正常"],
                                                ["«P:和一诺»", "中二班", "4.6", "4.7", "«T»", "转诊眼科"]], "encoding": "utf-8"}),
                 ("转诊通知.docx", {"paras": ["转诊通知", "«P:和春生»家长：您的孩子«P:和一诺»视力筛查异常，请到县医院眼科复查。", "联系人：覃明月"]})])

    add("gongwei/结核病密接筛查_中心小学.xlsx", "tb_school_contact_screening", MED,
        sheets={"筛查": [["肺结核患者密切接触者筛查登记"], ["指示病例：", "«P:喻嘉豪»", "登记号：", "«d.reg_no:TB610724-2026-017»"],
                       ["姓名", "与病例关系", "年龄", "联系电话", "症状筛查", "PPD/IGRA", "胸片", "结论"],
                       ["«P:喻长寿»", "祖父", "72", "«T»", "咳嗽", "强阳性", "右上肺斑片影", "疑似，转县结防所"],
                       ["«P:钭梦瑶»", "同桌", "11", "«T»", "无", "阴性", "未见异常", "排除"],
                       ["«P:费俊熙»", "同班", "11", "«T»", "无", "中度阳性", "未见异常", "预防性服药"]]})

    add("fuyou/新生儿听力复筛名单.csv", "newborn_hearing_rescreen_list", MED, encoding="utf-8",
        rows=[["母亲", "新生儿性别", "出生日期", "住院号", "初筛左", "初筛右", "联系电话", "家庭住址"],
              ["«P:卜雨萱»", "男", "2026-09-21", "«R:ZY20260733»", "未通过", "通过", "«T»", "«A:坪上社区河滨小区2栋1单元302室»"],
              ["«P:阮佳慧»", "女", "2026-10-30", "«R:ZY20260806»", "未通过", "未通过", "«T»", "«A:三岔河村2组11号»"]])

    add("gongwei/老年人跌倒风险评估.xlsx", "elderly_fall_risk_assessment", MED,
        sheets={"评估": [["65岁以上老年人跌倒风险评估（入户）"], ["评估人：牟红霞、隗丹丹"],
                       ["姓名", "性别", "年龄", "住址", "评分(Morse)", "风险", "近一年跌倒", "用药", "联系人电话"],
                       ["«P:尹秀兰»", "女", "81", "«A:马道河村3组5号»", "55", "高", "2次", "降压药、安眠药", "«T»"],
                       ["«P:褚老五»", "男", "86", "«A:青龙寺村1组»", "45", "中", "1次", "无", "«L»"],
                       ["«P:杜长林»", "男", "66", "«A:黄草坝村二组18号»", "20", "低", "无", "降糖药", "«T»"]]})

    sec("yiwu/安宁疗护家访记录", "docx", "palliative_care_notes", MED, [
        "居家安宁疗护家访记录",
        "11月20日下午，汲永康和禚春梅到三岔河村看望胃癌晚期的«P:薛有福»。",
        "老人已经三天吃不下东西，吗啡缓释片每12小时30mg，疼痛评分4分。",
        "女儿«P:薛丽娟»从西安回来照顾，手机«T»；她说父亲想在家里走，不愿再去医院。",
        "我们讲了临终前可能出现的情况，留了急诊电话" + DUTY + "。",
        "下次家访：11月27日。",
    ])


# ============================================================================================
# secret: financial and personnel
# ============================================================================================


def financial_personnel() -> None:
    # --- no personal entity at all
    add("caiwu/2026年预算调整方案（讨论稿）.docx", "budget_adjustment_draft", FIN,
        paras=["柏树坪镇卫生院2026年预算调整方案（讨论稿）",
               "一、调整原因：康复病区提前开设，设备购置及改造支出增加；三季度医疗收入较预算减少约62万元。",
               "二、收入调减：医疗收入由1,130万元调减为1,068万元。",
               "三、支出调整：项目支出增加康复设备38万元、病区改造26万元；基本支出压减办公费9万元、差旅费4万元，暂停绩效工资预发1个月（约31万元）。",
               "四、资金缺口约52万元，拟向县卫健局申请追加专项资金30万元，其余22万元动用事业基金。",
               "五、本方案经院长办公会讨论后报县卫健局，未批复前不得对外提及。"],
        tables=[[["项目", "年初预算（万元）", "调整后（万元）", "增减"], ["医疗收入", "1,130", "1,068", "-62"], ["项目支出", "523", "587", "+64"],
                 ["基本支出", "1,402", "1,358", "-44"]]])
    add("caiwu/单病种成本测算.xlsx", "disease_cost_estimate", FIN,
        sheets={"测算": [["2026年单病种成本测算（内部测算，勿外传）"], [],
                       ["病种", "例数", "次均收入", "药品成本", "材料成本", "人力成本", "折旧及其他", "次均成本", "盈亏"],
                       ["社区获得性肺炎", "86", "2,640", "710", "260", "980", "420", "2,370", "270"],
                       ["脑梗死恢复期康复", "41", "5,980", "820", "310", "3,460", "1,150", "5,740", "240"],
                       ["慢阻肺急性加重", "57", "3,120", "1,240", "290", "1,150", "520", "3,200", "-80"],
                       ["2型糖尿病", "33", "2,210", "690", "180", "860", "390", "2,120", "90"]]},
        merges={"测算": ["A1:I1"]})
    sec("caiwu/新增医疗服务项目价格申报（草稿）", "docx", "new_service_price_application", FIN, [
        "关于申请新增医疗服务价格项目的报告（草稿）",
        "县医疗保障局：",
        "我院拟开展“脑卒中吞咽障碍电刺激治疗”“中药熏蒸（全身）”两个项目，经成本测算，建议试行价格如下：",
        "吞咽障碍电刺激治疗：每次成本38.6元，建议价格45元；",
        "中药熏蒸（全身）：每次成本52.3元，建议价格60元（同类项目县医院收费80元）。",
        "以上价格尚未报批，请各科室不要向患者告知。",
    ])
    sec("caiwu/债务化解方案", "md", "debt_resolution_plan", ("financial", "operations"), [
        "柏树坪镇卫生院历史债务化解方案（院长办公会用）",
        "截至2026年10月底，我院欠款合计286万元：",
        "- 欠汉中某医药公司药款142万元（账龄1—3年）",
        "- 欠洵河县某建筑公司门诊楼改造工程款98万元",
        "- 欠设备分期款46万元",
        "拟定策略：药款按集采回款政策分24个月偿还，工程款争取县财政化债资金；与建筑公司谈判减免利息。",
        "本方案仅供班子成员研究，谈判前不得泄露我方底线（工程款最多支付85万元）。",
    ])
    add("caiwu/收入月报_10月.csv", "monthly_revenue_report", ("financial", "operations"), encoding="utf-8",
        rows=[["科室", "门诊收入", "住院收入", "药品收入", "合计", "同比"], ["内科", "186,420", "412,380", "201,550", "800,350", "-4.2%"],
              ["中医科", "98,710", "0", "41,230", "139,940", "+21.5%"], ["康复科", "36,200", "88,460", "3,120", "127,780", "+66.0%"],
              ["妇幼", "42,180", "61,900", "12,340", "116,420", "-9.8%"], ["合计", "363,510", "562,740", "258,240", "1,184,490", "-0.6%"]])
    add("caiwu/药品零差率补助测算.xlsx", "drug_subsidy_calculation", FIN,
        sheets={"测算": [["2026年药品零差率补助测算（报县卫健局前内部稿）"], ["项目", "金额（万元）"], ["药品销售额（进价）", "312.4"],
                       ["按15%加成应得收入", "46.9"], ["县财政已拨补助", "28.0"], ["缺口", "18.9"], ["拟申请追加", "18.9"]]})
    add("caiwu/票据检查记录.docx", "bill_check_memo", ("financial", "personnel"),
        paras=["财务票据专项检查记录", "检查人：甄丽娟、谌小燕    检查日期：2026-11-25",
               "1. 收费处11月10日至12日作废票据7张，未附原票联，收费员«P:鲁佳琪»说明为系统故障，待信息员荀立新核实。",
               "2. 出纳郦文涛备用金账实相符。",
               "3. «P:鲁佳琪»经手退费3笔合计1,260元，退款收款人均为同一微信账号，已要求其书面说明。",
               "处理意见：暂停«P:鲁佳琪»收费岗位，调查结果报院长訾建平。"])
    add("caiwu/食堂收支与伙食扣款.xls", "canteen_accounts", ("financial", "personnel"),
        sheets={"11月": [["职工食堂11月收支及伙食费扣款"], ["姓名", "工号", "就餐次数", "扣款（元）", "备注"],
                       ["禚春梅", "«d.staff_no:BSP023»", "44", "176", ""], ["鄢志强", "«d.staff_no:BSP041»", "52", "208", "含夜班餐"],
                       ["«P:鲁佳琪»", "«d.staff_no:BSP057»", "20", "80", ""], ["栾兴旺", "«d.staff_no:BSP009»", "38", "152", ""],
                       ["", "", "合计收入", "616", "支出：米面油3,850，蔬菜2,120，厨师工资4,000"]]})
    sec("caiwu/贷款申请材料", "pdf", "bank_loan_application", ("financial", "other"), [
        "流动资金贷款申请书",
        "中国农业银行洵河县支行：",
        "借款人：柏树坪镇卫生院，统一社会信用代码：«U»",
        "法定代表人：訾建平，身份证号：«I:y1971/訾建平»，手机：«T»",
        "申请金额：150万元，期限2年，用途：康复病区设备购置及周转。",
        "还款来源：医疗收入及财政补助。本申请尚未经县卫健局批准，请贵行暂缓报审。",
    ])
    add("caiwu/科室二次分配表_10月.xlsx", "secondary_distribution", ("personnel", "financial"),
        sheets={"康复科": [["康复科10月绩效二次分配"], ["科室绩效总额：", "18,600"], [],
                         ["姓名", "岗位系数", "工作量分", "质量分", "应发（元）", "工资卡号"],
                         ["仉志刚", "1.4", "98", "95", "6,420", "«B:622848»"], ["隗丹丹", "1.0", "90", "92", "4,180", "«B:622848»"],
                         ["«P:柏晓东»", "1.0", "86", "90", "3,960", "«B:621700»"], ["«P:伍倩»", "0.8", "80", "88", "2,980", "«B:622848»"],
                         ["", "", "", "科主任签字：", "仉志刚", ""]]})

    # --- personnel
    sec("renshi/科室负责人轮岗方案（草案）", "docx", "department_head_rotation_plan", PER, [
        "关于科室负责人轮岗交流的方案（草案）",
        "经院党支部研究，拟对以下科室负责人进行轮岗：",
        "1. 汲永康 由内科主任调任医务科负责人；",
        "2. 鄢志强 任内科副主任（主持工作），试用期一年；",
        "3. 郗文博 免去院感科负责人职务，专职质控；",
        "4. 禚春梅 继续担任护士长。",
        "方案待报县卫健局人事股备案，征求本人意见前严格保密。",
    ])
    add("renshi/试用期考核结果.pdf", "probation_review", PER, ttf=True, lines=[
        "新聘人员试用期考核结果（2026年）",
        "«P:伍倩»  康复治疗士  考核分82  合格  转正",
        "«P:柏晓东»  康复治疗师  考核分76  基本合格  延长试用期3个月",
        "«P:颜晓琳»  护士  考核分68  不合格  拟解除聘用（11月14日跌倒事件负主要责任）",
        "«P:鲁佳琪»  收费员  考核暂缓（票据问题调查中）",
        "考核小组：訾建平、敖秀兰、滕家豪",
    ])
    add("renshi/拟聘人员政审材料.docx", "recruitment_background_check", PER,
        paras=["拟聘用人员考察（政审）情况", "考察人：滕家豪"],
        tables=[[["姓名", "«P:祁雅楠»", "性别", "女"], ["身份证号", "«I:y2000»", "手机", "«T»"], ["户籍地址", "«A:汉中市洋县谢村镇华阳村4组»", "", ""],
                 ["现居住地", "«A:坪上社区河滨小区5栋2单元601»", "", ""],
                 ["家庭成员", "父«P:祁永红»，洋县某镇干部；母«P:秦素琴»，务农", "", ""],
                 ["考察结论", "无违法违纪记录，同意聘用。", "", ""]]])
    add("renshi/退休审批_檀丽萍.odt", "retirement_approval", PER,
        paras=["机关事业单位工作人员退休审批表", "单位名称：柏树坪镇卫生院"],
        tables=[[["姓名", "檀丽萍", "性别", "女", "民族", "汉"], ["出生年月", "1976年12月", "参加工作时间", "1995年8月", "身份证号", "«I:y19761203/檀丽萍»"],
                 ["现任职务/岗位", "主管护师", "", "退休类别", "正常退休（女，50周岁）", ""],
                 ["养老金发放银行及卡号", "«B:623059»", "", "", "", ""], ["单位意见", "同意", "", "主管部门意见", "", ""]]])
    add("renshi/借调申请_覃明月.doc", "staff_secondment_request", PER,
        paras=["关于借调覃明月同志到县妇幼保健院工作的请示", "县卫健局：",
               "县妇幼保健院因出生缺陷防控项目需要，商借我院妇幼保健医生覃明月同志，借调期一年（2027年1月至12月），工资福利由我院发放。",
               "覃明月同志借调期间，我院妇幼工作由«P:芦婷婷»暂代。", "妥否，请批示。", "柏树坪镇卫生院 2026年11月28日"])
    add("renshi/工伤认定申请_阙玉洁.docx", "work_injury_claim", ("personnel", "medical"),
        paras=["工伤认定申请表", "申请人：柏树坪镇卫生院   申请日期：2026-10-20"],
        tables=[[["职工姓名", "阙玉洁", "性别", "女", "出生日期", "1993-06-18"], ["身份证号码", "«I:y19930618/阙玉洁»", "", "联系电话", "«T»", ""],
                 ["家庭地址", "«A:柏树坪镇正街北巷7号»", "", "", "", ""],
                 ["受伤害时间", "2026-10-09 夜班", "受伤害部位", "左手食指", "诊断", "针刺伤（HBsAg阳性患者用针），门诊号«R:MZ2026100947»"],
                 ["受伤害经过简述", "为患者«P:滑建斌»拔针时被针头刺伤，已按职业暴露处置，注射乙肝免疫球蛋白。", "", "", "", ""]]])
    add("renshi/编外人员合同续签名单.xlsx", "contract_renewal_list", ("personnel", "financial"),
        sheets={"续签": [["2027年编外聘用人员合同续签名单（院务会讨论稿）"], [],
                       ["序号", "姓名", "岗位", "身份证号", "手机", "现月薪", "拟月薪", "意见"],
                       ["1", "«P:伍倩»", "康复治疗士", "«I:y1999»", "«T»", "3,200", "3,400", "续签3年"],
                       ["2", "«P:柏晓东»", "康复治疗师", "«I:y1997»", "«T»", "3,600", "3,600", "续签1年"],
                       ["3", "«P:鲁佳琪»", "收费员", "«I:y2001»", "«T»", "2,800", "—", "不再续签"],
                       ["4", "«P:颜晓琳»", "护士", "«I:y1998»", "«T»", "3,300", "—", "不再续签"],
                       ["5", "«P:芦婷婷»", "妇幼保健员", "«I:y1994/芦婷婷»", "«T»", "3,000", "3,300", "续签3年"]]})
    sec("renshi/个人有关事项报告_院长", "md", "cadre_personal_report", PER, [
        "领导干部个人有关事项报告（2026年度）",
        "报告人：訾建平，柏树坪镇卫生院院长",
        "配偶：«P:蒙慧芳»，洵河县第二中学教师，身份证号«I:y1973»",
        "子女：«P:訾子墨»，西安某公司职员，手机«T»",
        "房产：«A:洵河县城关镇滨河花园3栋1单元1102室»，120㎡；«A:西安市雁塔区丈八东路26号锦业小区9栋2303室»，89㎡（子女名下）。",
        "因私出国（境）证件：普通护照«S:E80315627»，已交县委组织部集中保管。",
        "投资：无。本报告按规定报县委组织部，不得外传。",
    ])
    sec("renshi/师带徒协议", "txt", "mentorship_agreement", PER, [
        "师带徒协议书",
        "甲方（师傅）：麻玉芬，中医科主治医师",
        "乙方（徒弟）：«P:祁雅楠»，中医执业助理医师",
        "带教期限：2027年1月至2029年12月。甲方每月带教补贴300元，乙方出师考核合格后奖励甲方2,000元。",
        "乙方承诺出师后在本院服务不少于5年，提前离职的退还带教补贴。",
    ])
    sec("renshi/院长与办公室短信", "txt", "leader_sms_thread", PER, [
        "短信记录导出 2026-11-29",
        "[09:12] 訾建平：«d.surname_title:滕主任»，颜晓琳的事县局怎么说",
        "[09:20] 滕家豪：股里说合同到期不续签就行，不要搞解除，免得仲裁",
        "[09:21] 訾建平：那就这样，年底前谈。鲁佳琪那个钱退了没有",
        "[09:35] 滕家豪：退了1260，她爸鲁建设来找过我，电话«T»，说要找人",
        "[09:36] 訾建平：不理，按程序走。这些先别在群里说",
    ], names=("颜晓琳", "鲁佳琪", "鲁建设"))
    add("renshi/薪级工资调整.xlsx", "salary_step_adjustment", ("personnel", "financial"),
        sheets={"调整": [["2027年1月薪级工资正常晋升"], ["姓名", "岗位等级", "原薪级", "新薪级", "原薪级工资", "新薪级工资", "月增资"],
                       ["敖秀兰", "专技七级", "24", "25", "1,123", "1,193", "70"], ["汲永康", "专技八级", "19", "20", "826", "876", "50"],
                       ["麻玉芬", "专技九级", "17", "18", "726", "776", "50"], ["揭晓梅", "专技十一级", "13", "14", "547", "587", "40"]]})
    sec("renshi/违约金追缴函", "docx", "training_fee_repayment", ("personnel", "financial"), [
        "关于追缴培训费用的函",
        "«P:杭晓宇»同志：",
        "你于2024年由我院选送参加全科医生转岗培训，签订了服务5年的协议。2026年10月你提出辞职，按协议应退还培训费用18,600元。",
        "请于2026年12月31日前转入我院账户（基本户：«d.corporate_account:2608 0501 0400 1235 6»），或退至你原工资卡«B:621700»由我院代扣。",
        "你的身份证号：«I:y1992»，原住址：«A:柏树坪镇正街南巷12号»。",
        "柏树坪镇卫生院办公室（滕家豪）",
    ])
    sec("renshi/考试违纪情况报告", "docx", "exam_misconduct_report", ("personnel", "other"), [
        "关于三基考试违纪情况的报告",
        "11月16日全院“三基”理论考试中，监考人郗文博发现«P:柏晓东»使用手机查阅答案，«P:伍倩»与其交头接耳。",
        "考试成绩作废，通报批评，扣当月绩效300元。",
        "本报告仅报院长、分管院长，不在全院通报。",
    ])


# ============================================================================================
# secret: operations and other
# ============================================================================================


def operations_other() -> None:
    add("yaojian/集采约定量申报.xlsx", "centralized_procurement_volume", OPS,
        sheets={"第十批": [["国家组织药品集采（第十批）约定采购量申报表（未提交）"], [],
                         ["通用名", "规格", "2026年用量", "申报约定量", "拟选中选企业", "中选价（元）", "原采购价（元）"],
                         ["阿托伐他汀钙片", "20mg*7片", "4,860盒", "5,200盒", "企业A", "1.26", "9.80"],
                         ["二甲双胍缓释片", "0.5g*30片", "3,120盒", "3,400盒", "企业C", "2.10", "12.50"],
                         ["氨氯地平片", "5mg*28片", "5,930盒", "6,000盒", "企业B", "0.98", "6.40"]]},
        merges={"第十批": ["A1:G1"]})
    add("caigou/供应商约谈记录.docx", "supplier_interview_record", OPS,
        paras=["供应商约谈记录", "时间：2026-11-19   地点：院会议室   记录：栾兴旺",
               "约谈对象：汉中市博雅医疗器械有限公司区域经理«P:蒲国梁»（手机«T»，邮箱«E:puguoliang@boya-med.cn»）",
               "公司统一社会信用代码：«U»",
               "事由：口腔综合治疗台到货延迟20天，安装后两次故障。",
               "对方承诺：免费延长保修1年，赠送价值6,000元的耗材；若12月再出故障，按合同扣减尾款10%。",
               "院方参加：敖秀兰、栾兴旺、邸德旺。约谈结果不对外公布。"])
    sec("zongwu/停电应急演练脚本", "md", "power_outage_drill_script", ("operations", "other"), [
        "内部资料",
        "停电应急演练脚本（导演组用，演练前不得下发科室）",
        "14:30 总务科切断门诊楼总闸（不预告）。",
        "14:31 观察各科室是否在3分钟内启用应急灯；康复室电动起立床上的模拟患者由谁处置。",
        "14:35 栾兴旺启动发电机，目标5分钟内供电；若失败，启用预案B：向镇政府借用移动发电车。",
        "14:50 检验科冰箱温度记录；疫苗冷库报警是否传到揭晓梅手机。",
        "评估人：敖秀兰、郗文博。",
    ], mark=("内部资料", None, False))
    add("yiwu/公卫考核自查扣分.xlsx", "phc_selfcheck_deductions", OPS,
        sheets={"自查": [["2026年基本公卫绩效考核自查（迎检前，勿外传）"], ["项目", "满分", "自评", "扣分原因", "整改时限"],
                       ["健康档案", "10", "7.5", "档案更新不及时，抽查30份有9份一年内无记录", "12-10"],
                       ["老年人健康管理", "15", "11", "体检报告未反馈到本人，部分签字代签", "12-15"],
                       ["高血压管理", "15", "12", "随访记录血压值雷同", "12-10"],
                       ["严重精神障碍", "10", "9.5", "", ""],
                       ["合计", "100", "78.5", "预计县级考核排名后三位", ""]]})
    sec("xinxi/HIS接口对接方案", "pdf", "his_interface_plan", OPS, [
        "HIS与县远程会诊平台接口对接方案（实施方内部）",
        "实施方：陕西某信息技术有限公司  工程师：«P:邝志伟»  «T»  «E:kuangzhiwei@sxhit-soft.com»",
        "院方对接人：荀立新",
        "前置机IP：«d.ip_address:10.61.24.17»，数据库端口1433，VPN网关：«d.ip_address:10.61.0.1»",
        "接口内容：患者基本信息（姓名、身份证号、联系电话）、检查报告、影像DICOM。",
        "上线前需关闭测试账号，测试数据中的真实患者信息须在12月20日前清除。",
    ])
    sec("yuanwu/医养结合病区可行性测算", "docx", "ward_feasibility_study", ("operations", "financial"), [
        "医养结合病区建设可行性测算（班子会讨论稿）",
        "一、拟利用住院部三楼闲置病房，设床位20张。",
        "二、投资估算：改造费46万元，设备购置28万元，合计74万元。",
        "三、收入预测：床位使用率70%时年收入约96万元（护理费、床位费、医疗收入），年成本约81万元。",
        "四、投资回收期约5年。需与镇民政办协商五保老人入住补贴。",
        "五、本测算未报县卫健局，暂不对外公开。",
    ])
    add("yaojian/近效期药品清单.csv", "near_expiry_drug_list", OPS, encoding="gb18030",
        rows=[["药品名称", "规格", "批号", "有效期至", "数量", "进价金额", "处理意见"],
              ["注射用头孢呋辛钠", "1.5g", "«d.batch_no:C2405118»", "2027-02", "320支", "1,856.00", "与供应商协商退换"],
              ["奥司他韦胶囊", "75mg*10粒", "«d.batch_no:OS240917»", "2027-01", "86盒", "2,752.00", "优先使用"],
              ["人血白蛋白", "10g", "«d.batch_no:20240633»", "2027-03", "12瓶", "4,680.00", "调剂给县医院"]])
    add("caiwu/耗材使用异常分析.xlsx", "consumables_usage_analysis", ("operations", "financial"),
        sheets={"分析": [["2026年1—10月卫生材料使用异常分析"], ["科室", "耗材", "1—10月用量", "同期业务量", "每百人次用量", "同比", "说明"],
                       ["康复科", "电极片", "4,200片", "941人次", "446", "+180%", "疑似重复计费，待核查"],
                       ["内科", "留置针", "1,860支", "1,120人次", "166", "+42%", ""], ["中医科", "一次性针灸针", "26,000支", "1,857人次", "1,400", "+8%", ""]]})
    sec("zongwu/夜间值班调度细则", "txt", "night_duty_dispatch_rules", ("operations", "other"), [
        "工作秘密",
        "夜间值班调度细则（内部执行，不对外）",
        "1. 夜间急诊超过3名待诊或有危重病人时，值班医生通知二线（内科主任）到岗，二线20分钟内到达。",
        "2. 救护车夜间仅一名司机，出车后由值班护士顶替分诊。",
        "3. 夜间药房不设专人，由值班护士凭双人核对发药，贵重药品柜钥匙存放于护士站第二个抽屉。",
        "4. 门诊楼夜间22:00锁闭，只留急诊通道。监控室无人值守时段为00:00—06:00。",
    ], mark=("工作秘密", None, False))
    add("zongwu/医疗废物交接登记_11月.xls", "medical_waste_handover", OPS,
        sheets={"交接": [["医疗废物交接登记（科室—暂存间—处置单位）"], ["日期", "科室", "感染性(kg)", "损伤性(kg)", "交出人", "接收人", "转运车牌", "处置单位经办人", "经办人电话"],
                       ["11-03", "暂存间", "86.5", "12.0", "栾兴旺", "«P:郎宏图»", "«d.vehicle:陕F·D3276»", "«P:郎宏图»", "«T»"],
                       ["11-05", "暂存间", "79.0", "10.5", "栾兴旺", "«P:郎宏图»", "«d.vehicle:陕F·D3276»", "«P:郎宏图»", "«T»"],
                       ["11-07", "暂存间", "92.0", "13.5", "«P:卓大勇»", "«P:宇文浩»", "«d.vehicle:陕F·D5519»", "«P:宇文浩»", "«T»"]]})
    sec("gongwei/疫苗储存异常事件报告", "docx", "vaccine_storage_incident", ("operations", "medical"), [
        "疫苗储存温度异常事件内部报告（未上报前稿）",
        "11月23日02:10至06:40，预防接种门诊冷藏冰箱因断路器跳闸停机，最高温度达到14.2℃，超温约4.5小时。",
        "涉及疫苗：乙肝疫苗42支、百白破38支、流感疫苗115支。",
        "当班人员未接到报警短信（报警平台欠费停机）。",
        "拟处理：封存涉事疫苗，按程序报县疾控评估；此前3天内接种的儿童暂不通知家长，待评估结果。",
        "报告人：揭晓梅；审核：冼国栋。",
    ])
    sec("zongwu/设备维修报价", "md", "equipment_repair_quote", OPS, [
        "DR设备球管更换报价比较（内部）",
        "| 报价方 | 报价（万元） | 质保 | 到货 |",
        "|---|---|---|---|",
        "| 原厂服务商 | 18.6 | 12个月 | 15天 |",
        "| 第三方维修公司A | 11.2 | 6个月 | 7天 |",
        "| 第三方维修公司B | 9.8 | 3个月 | 10天 |",
        "倾向第三方A，但需先与原厂谈判，以第三方报价压价。放射科宓春雷意见：保原厂。",
    ])
    sec("yaojian/药品短缺应对方案", "txt", "drug_shortage_plan", OPS, [
        "药品短缺应对方案（药事会内部）",
        "当前短缺：阿莫西林颗粒、小儿布洛芬混悬液、硝酸甘油片。",
        "措施：1.与县医院药剂科协商调剂；2.限制单张处方最大量；3.临时从非集采渠道议价采购，价格上浮不超过20%。",
        "第3项不符合集采规定，仅限应急，不在会议纪要中体现。",
    ])
    add("gongwei/基本公卫任务分解到村.xlsx", "village_task_allocation", OPS,
        sheets={"分解": [["2027年基本公卫任务分解（征求意见，未下发）"], ["村", "常住人口", "建档任务", "老年人体检", "高血压管理", "糖尿病管理", "补助预分配（万元）"],
                       ["椒园村", "2,860", "2,700", "410", "320", "112", "6.8"], ["黄草坝村", "3,420", "3,200", "502", "386", "131", "8.1"],
                       ["青龙寺村", "1,950", "1,850", "298", "221", "80", "4.7"], ["马道河村", "2,240", "2,100", "355", "262", "95", "5.5"]]})
    add("caigou/供应商微信群导出.txt", "supplier_wechat_group", OPS,
        text="\n".join([
            "微信群“柏树坪卫生院药品配送”聊天记录",
            "2026-11-21 08:47 邸德旺：硝酸甘油片还是没货？病人等着用",
            "2026-11-21 09:02 «P:贺文斌»（汉中某医药）：«d.surname_title:邸主任»，厂家停产了，我这边找替代，最快周一",
            "2026-11-21 09:05 «P:贺文斌»：有急用的你打我电话«T»",
            "2026-11-21 09:30 «P:宋佳»（某医药物流）：布洛芬混悬液到了，下午送，司机«P:温小虎»«T»",
            "2026-11-21 10:11 邸德旺：价格按上次说的，别开高了",
            "2026-11-21 10:12 «P:贺文斌»：放心，按上次的走",
        ]) + "\n")

    # --- other
    sec("yuanwu/托管协议谈判要点", "docx", "trusteeship_negotiation", OTH, [
        "与县人民医院医共体托管协议谈判要点（班子内部）",
        "一、对方要求：我院财务、人事统一归县医院管理，院长由县医院派出。",
        "二、我方底线：保留独立法人；财务纳入医共体统一核算可接受，但公卫经费单独核算；",
        "   现有在编人员不调整岗位；三年内职工收入不低于现有水平。",
        "三、可让步：检验、影像集中到县医院；药品统一采购配送。",
        "四、谈判尚未公开，职工大会前不得向任何人透露。",
    ])
    sec("yuanwu/社会资本合作体检中心建议书", "pdf", "ppp_proposal", ("other", "operations"), [
        "关于与社会资本合作建设健康体检中心的建议书（未公开）",
        "合作方：陕西康宁健康管理有限公司，统一社会信用代码«U»",
        "联系人：«P:岳俊峰»，«T»，«E:yuejunfeng@kangning-health.com»",
        "合作方式：对方投资设备约300万元，我院提供场地和执业资质，收益按4:6分成（我院4）。",
        "其关联公司提供的信用代码«d.bad_uscc»经全国信用信息公示系统核验无效，需对方说明。",
        "风险：国有资产使用须报批；医保基金不得用于合作项目。",
    ])
    sec("yuanwu/县局督导反馈", "txt", "supervision_feedback_confidential", ("other", "operations"), [
        "县卫健局督导组反馈意见（口头反馈记录）",
        "1. 家庭医生签约存在“重签约、轻履约”，电话抽查20户，6户不知道自己签了约。",
        "2. 中医馆使用率不高，部分设备闲置。",
        "3. 财务管理：个别科室存在私设小金库迹象，要求12月底前自查。",
        "督导组要求：反馈内容仅限班子掌握，整改情况书面报局，不在职工会上传达。",
        "此件不公开",
    ], mark=("此件不公开", None, False))
    add("yuanwu/巡察线索处置通知.docx", "inspection_clue_letter", ("other", "personnel"),
        paras=["秘密★2年", "洵河县卫生健康局", "关于转交巡察线索的通知",
               "柏树坪镇卫生院党支部：",
               "县委第三巡察组反映你院存在以下问题线索：一是药剂科负责人邸德旺与配送企业业务员«P:贺文斌»往来密切；二是收费员«P:鲁佳琪»涉嫌截留退费。",
               "请你院于12月15日前完成初步核查，书面报局纪检组。核查期间注意保密，不得向被反映人透露线索来源。",
               "2026年11月30日"],
        mark=("秘密★2年", 2, False))
    sec("yuanwu/舆情监测日报", "md", "public_opinion_report", OTH, [
        "舆情监测日报（11月24日）",
        "1. 抖音账号“洵河老乡”（实名«P:胥永刚»，椒园村人，电话«T»）发布视频称“卫生院疫苗放坏了还给娃打”，播放量1.2万。",
        "2. 县民生热线" + H12345 + "转办件1件，反映同一事项。",
        "处置建议：由冼国栋副院长联系当事人说明情况；疫苗评估结果出来前不作公开回应。",
        "本日报仅报院领导。",
    ])
    sec("yuanwu/疫情通报_机密", "txt", "classified_epidemic_bulletin", ("other", "medical"), [
        "机密★5年",
        "洵河县突发公共卫生事件应急指挥部",
        "关于我县发现输入性不明原因肺炎病例的通报",
        "各镇卫生院：",
        "11月28日，我县确诊输入性不明原因肺炎病例1例，已转省级医院。请各院加强发热门诊预检分诊，",
        "有类似症状者立即报告，不得自行发布信息。",
        "本通报不得复印、转发，阅后由院长保管。",
    ], mark=("机密★5年", 5, True))
    add("yuanwu/县局年度考核通知.docx", "county_assessment_notice_marked", OTH,
        paras=["关于开展2026年度乡镇卫生院综合目标考核的通知",
               "各镇卫生院：",
               "定于12月16日至20日对各院进行综合目标考核。考核采取不打招呼、随机抽查方式，抽查村卫生室名单于考核当天确定。",
               "考核日程安排请严格保密，不得提前告知村卫生室。"],
        header="工作秘密★1年", mark=("工作秘密★1年", 1, False))
    sec("yibao/医保违规线索核查函", "docx", "insurance_fraud_investigation_request", ("other", "medical", "financial"), [
        "洵河县医疗保障局",
        "关于协助核查医保基金使用问题线索的函",
        "柏树坪镇卫生院：",
        "经大数据筛查，你院以下住院病例存在“挂床住院”嫌疑，请调取病历核查：",
        "«P:褚老五»，病案号«R:2025-1196»；«P:尚德全»，病案号«R:2026-0418»；«P:尚红梅»，病案号«R:2026-0597»。",
        "核查期间请注意保密，不得告知患者本人。",
    ])
    add("yuanwu/药企赞助邀请.eml", "drug_company_sponsorship_offer", OTH,
        sender="戴静怡 <«E:daijingyi@hzpharm-sales.com»>", to="訾建平 <«E:zijianping71@qq.com»>", names=("戴静怡",),
        subject="学术会议支持事宜",
        body=("«d.surname_title:訾院长»：\n\n您好！我公司拟在2027年3月支持贵院举办“基层慢病管理学术会议”，提供会务费用5万元，"
              "并邀请您和汲永康主任赴三亚参加年会（费用由我司承担）。具体合作方式面谈。\n\n"
              "此事请勿外传。\n\n戴静怡  «T»\n汉中某医药销售有限公司\n"))
    sec("keyan/科研合作协议（草稿）", "docx", "research_collaboration_draft", ("other", "medical"), [
        "合作研究协议（草稿，未签署）",
        "甲方：陕西某中医药大学针灸推拿学院（项目负责人«P:闫崇礼»教授）",
        "乙方：柏树坪镇卫生院（项目负责人麻玉芬）",
        "外方顾问：«P:Kenji TANAKA»（日本某大学，护照号«S:TR4170583»），来院指导期间由乙方接待。",
        "项目：温针灸治疗膝骨关节炎的随机对照研究，计划入组120例。",
        "乙方负责招募受试者、实施治疗；数据及研究成果归甲方所有，乙方为第二署名单位。",
        "经费：甲方支付乙方每例800元。研究方案未经伦理审查前不得开始招募。",
    ])
    sec("yuanwu/土地租赁协商记录", "txt", "land_lease_negotiation", ("other", "operations"), [
        "与坪上社区居委会协商租用土地记录",
        "时间：2026-11-10  地点：社区会议室",
        "社区方：支部书记«P:殷福顺»（«T»）、主任«P:连翠萍»",
        "院方：訾建平、栾兴旺",
        "内容：卫生院拟租用社区集体土地1.6亩建康复楼，社区要价每亩每年4,000元，租期30年；院方出价3,000元。",
        "另：社区希望安排2名居民到卫生院做后勤。双方约定未达成一致前不对外说。",
    ])
    sec("caiwu/审计进点通知", "docx", "audit_entry_notice_marked", ("other", "financial"), [
        "秘密★1年",
        "洵河县审计局",
        "审计通知书",
        "柏树坪镇卫生院：",
        "根据审计工作计划，我局决定派审计组自2027年1月5日起，对你院2024—2026年财务收支情况进行审计。",
        "审计组组长：«P:仇建勋»。在审计组进点前，请勿向下属单位及个人透露本通知内容。",
    ], mark=("秘密★1年", 1, False))
    add("renshi/院务会投票记录.odt", "appointment_vote_tally", PER,
        paras=["院务会无记名投票计票记录（2026年12月3日）", "议题：内科副主任人选；应到9人，实到9人。",
               "鄢志强 6票；«P:柏晓东» 1票；汲永康（不在推荐范围，作废）1票；弃权1票。",
               "计票人：滕家豪  监票人：郗文博",
               "结果报党支部，公示前不得外传。"])


# ============================================================================================
# internal but not secret: training, notices, logs
# ============================================================================================


def internal() -> None:
    lines_add("peixun/病历书写规范培训", "pptx", "continuing_education_courseware", [
        "门诊病历书写规范（院内培训）",
        "首页：姓名、性别、年龄、身份证号、住址、联系电话必须完整",
        "主诉不超过20字；现病史写清起病时间、主要症状、诊治经过",
        "初步诊断写规范名称，不写“待查”了事",
        "门诊号、住院号要与HIS一致，复印件上要能辨认",
        "常见问题：复制粘贴、签名代签、修改不留痕",
        "质控：每月抽查每位医生10份病历，结果与绩效工资挂钩",
    ])
    lines_add("peixun/医保违规案例培训", "pdf", "continuing_education_courseware", [
        "医保基金使用违规案例警示（院内培训）",
        "案例一：某卫生院医生将«d.pseudonym:张某»的检查费用记在其亲属«d.pseudonym:李某某»名下，被追回并处罚款。",
        "案例二：某卫生院“挂床住院”，患者白天回家、晚上不住院，医保局追回基金12万元。",
        "案例三：串换项目，把普通针刺记为电针。",
        "要点：身份证、医保卡与本人核对；病历、医嘱、费用三者一致。",
    ])
    lines_add("peixun/三基考试复习要点", "docx", "exam_review_notes", [
        "2026年“三基”考试复习要点",
        "1. 心肺复苏：按压频率100—120次/分，深度5—6厘米。",
        "2. 危急值：血钾、血糖、血红蛋白的界值。",
        "3. 医疗废物分类五类。",
        "4. 手卫生五个时刻。",
        "5. 工作秘密管理制度：哪些信息属于工作秘密（病历、工资、预算、考核结果等）。",
    ])
    lines_add("zongwu/消防演练通知", "txt", "drill_notice", [
        "关于开展冬季消防演练的通知",
        "各科室：定于12月10日下午3点开展消防疏散演练，请各科室提前熟悉疏散路线。",
        "演练期间门诊正常开诊，住院患者由护士组织疏散。",
        "总务科 2026年12月5日",
    ])
    lines_add("kangfu/康复科月度工作小结", "docx", "department_work_summary", [
        "康复科11月工作小结",
        "1. 仉志刚参加市级康复适宜技术培训5天。",
        "2. 隗丹丹完成吞咽障碍护理培训。",
        "3. 科室组织业务学习2次，主题：偏瘫肩痛、良肢位摆放。",
        "4. 下月计划：配合演练，整理器械。",
    ])
    add("zongwu/设备保养记录.xlsx", "equipment_maintenance_log",
        sheets={"保养": [["医疗设备日常保养记录（11月）"], ["日期", "设备", "保养内容", "结果", "保养人"],
                       ["11-02", "电动起立床", "清洁、检查电机", "正常", "仉志刚"], ["11-09", "DR", "校准", "正常", "宓春雷"],
                       ["11-16", "全自动生化仪", "更换清洗液", "正常", "卞海鹰"], ["11-23", "心电图机", "导联线检查", "更换1根", "檀丽萍"]]})
    lines_add("zongwu/本周食堂菜谱", "md", "canteen_menu", [
        "职工食堂本周菜谱（12月7日—11日）",
        "周一：红烧肉、炒青菜、紫菜蛋汤",
        "周二：土豆烧鸡、凉拌三丝、菠菜汤",
        "周三：汉中面皮、菜豆腐",
        "周四：回锅肉、醋溜白菜",
        "周五：饺子",
    ])


def more_secret() -> None:
    add("gongwei/村卫生室督查通报.pptx", "village_clinic_inspection_deck", ("personnel", "operations"),
        slides=[("2026年四季度村卫生室督查情况（班子会）", ["督查组：冼国栋、逄秋菊、巩振华", "督查5个村卫生室，发现问题17项"], None,
                 "讲者备注：马道河村问题最严重，郝连成已经第二次了，建议约谈。"),
                ("扣分及处理建议", [], [["村卫生室", "乡村医生", "主要问题", "扣分", "建议"],
                                   ["马道河村", "«P:郝连成»", "随访记录造假、处方无签名", "18", "约谈，扣季度补助30%"],
                                   ["青龙寺村", "«P:蒯红英»", "药品过期未下架", "6", "限期整改"],
                                   ["杨家湾村", "«P:靳桂芳»", "无", "0", "通报表扬"]],
                 "督查结果未向村医反馈前不得外传。")],
        names=("郝连成",))
    add("gonghui/春节慰问名单.txt", "retiree_condolence_list", ("personnel", "financial"), encoding="gb18030",
        text="\n".join([
            "2027年春节走访慰问退休职工及困难职工名单（工会）",
            "序号  姓名    类别        住址                          电话          慰问金",
            "1     «P:瞿德厚»  退休（87岁）  «A:柏树坪镇正街北巷3号»          «L»  800",
            "2     «P:单于秀英»  退休        «A:洵河县城关镇文化路14号2单元501»  «T»   500",
            "3     隗丹丹  困难职工（丈夫重病）  «A:坪上社区新街小区2栋301»      «T»   1000",
            "4     «P:冉光荣»  退休（独居）  «A:椒园村1组3号»                «L»  500",
            "走访时间：2027年1月20日至25日，由訾建平、滕家豪带队。",
        ]) + "\n")

def renewal_callbacks() -> None:
    """A long register: the header is four rows above the first name, the phone eight columns
    right of it. Names, villages and answers by hand; record numbers and phones from the RNG."""
    rows = [
        ("郭守仁", "男", "78", "椒园村", "A", "老年健康包", "是", ""),
        ("米兰芝", "女", "71", "椒园村", "A", "高血压个性包", "是", ""),
        ("代富贵", "男", "66", "黄草坝村", "A", "基础包", "否", "常年在西安打工"),
        ("闵春华", "女", "69", "黄草坝村", "A", "糖尿病个性包", "是", ""),
        ("习秀英", "女", "83", "青龙寺村", "B", "老年健康包", "是", "由儿子代为电话确认"),
        ("勾正德", "男", "74", "青龙寺村", "B", "高血压个性包", "否", "嫌个人支付贵"),
        ("庹明华", "男", "62", "马道河村", "B", "基础包", "是", ""),
        ("毋建军", "男", "58", "马道河村", "B", "糖尿病个性包", "是", ""),
        ("来三娃", "男", "80", "马道河村", "B", "基础包", "未接通", "三次未接通"),
        ("晁玉梅", "女", "67", "杨家湾村", "C", "高血压个性包", "是", ""),
        ("祝德成", "男", "72", "杨家湾村", "C", "老年健康包", "是", ""),
        ("麦秀芳", "女", "65", "杨家湾村", "C", "基础包", "否", "去年没见过家庭医生"),
        ("琚长根", "男", "88", "三岔河村", "C", "老年基础包", "已故", "2026年8月去世"),
        ("巴淑贞", "女", "76", "三岔河村", "C", "高血压个性包", "是", ""),
        ("战国平", "男", "61", "石门村", "A", "糖尿病个性包", "是", ""),
        ("桓翠兰", "女", "70", "石门村", "A", "老年健康包", "是", ""),
        ("帅大柱", "男", "55", "石门村", "A", "基础包", "否", "要求换团队"),
        ("相玉琴", "女", "68", "坪上社区", "B", "高血压个性包", "是", ""),
        ("酆永昌", "男", "79", "坪上社区", "B", "老年健康包", "是", ""),
        ("鞠小梅", "女", "60", "坪上社区", "C", "基础包", "是", ""),
        ("佘宝山", "男", "73", "椒园村", "C", "高血压个性包", "是", ""),
        ("楚桂枝", "女", "81", "黄草坝村", "A", "老年健康包", "是", "耳背，与女儿通话"),
    ]
    teams = {"A": "牟红霞团队", "B": "汲永康团队", "C": "鄢志强团队"}
    table = [["2027年家庭医生签约续约电话回访登记"], ["回访人：隗丹丹、檀丽萍", "", "", "", "", "", "", "", "", "", "", ""],
             ["说明：“是否续约”以居民电话确认为准；录音存于院办电脑"] + [""] * 11,
             ["序号", "姓名", "性别", "年龄", "村（社区）", "健康档案编号", "签约团队", "服务包", "回访日期", "联系电话",
              "是否续约", "备注"]]
    for i, (name, sex, age, village, team, pack, yes, note) in enumerate(rows, 1):
        record = f"6107241030{RNG.randint(1, 6)}{RNG.randint(0, 999999):06d}"
        table.append([str(i), f"«P:{name}»", sex, age, village, f"«R:{record}»", teams[team], pack,
                      f"12-0{1 + i % 5}", "«T»" if i % 4 else "«L»", yes, note])
    add("jiatingyisheng/续约电话回访登记.xlsx", "renewal_phone_callback_sheet", MED,
        sheets={"回访": table}, merges={"回访": ["A1:L1", "A3:L3"]})


SECTIONS = (rules_public, blanks, outreach_public, published_public, medical, financial_personnel,
            operations_other, internal, more_secret, renewal_callbacks)



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
