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
        "患者姓名：如 «d.placeholder:李四»；门诊号：填写收据上的门诊号（如 MZ2026000000）。",
        "退费方式：现金 / 微信 / 支付宝 / 医保冲正。",
        "收款卡号：原路退回的不填；转账退回的填写患者本人卡号，例如 «d.placeholder:6228 48** **** **** 000»。",
        "开单医生、收费员须本人签名，不得代签。",
    ])
    pub("gongwei/监护补助申请表填写样例", "txt", K, [
        "监护补助申请表填写样例",
        "患者姓名：«d.pseudonym:王某某»        监护人姓名：«d.pseudonym:王某»",
        "与患者关系：父子",
        "监护人身份证号：610724XXXXXXXXXXXX",
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
        "| 椒园村 | «d.masked_name:冯*华» | «d.masked_id:610724********2313» | 300 |",
        "| 黄草坝村 | «d.masked_name:杜*英» | «d.masked_id:610724********0427» | 300 |",
        "| 三岔河村 | «d.masked_name:柴*» | «d.masked_id:610728********1112» | 300 |",
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
