"""Write the fourth held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand for a fictional centre (柳湾镇卫生院, 云岭县, area code 0738)
that differs from the first three sets' centres, in document types none of them has. The random
generator (fixed seed) makes only check digits (GB 11643 resident IDs, Luhn bank cards, GB 32100
credit codes) and the random digits of mobiles, landlines and cards, so a rerun gives the same
texts and the same truth (docx/xlsx/pdf/pptx/eml, legacy Office files converted by LibreOffice,
zips and pictures carry their own timestamps or bytes).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:聂冬梅»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«d.hotline:12320»`` a decoy of kind ``hotline``; ``people(text, names)`` marks
every occurrence of the given names so that none is forgotten. The marks are removed from the files
and every value recorded, so the truth lists every occurrence exactly as written. At the end every
file is read back (python-docx including text boxes and headers, openpyxl, xlrd for .xls, the
.odt's content.xml, pypdf, python-pptx, the standard e-mail parser with its attachments, zip
members by their own type; .doc/.ppt through the Office file LibreOffice converted them from) and
each listed value must occur exactly as often as the listed values contain it (``check``).
Pictures (PNG and the image-only PDF) are drawn from the same resolved text and have no text layer
to read back.

The mechanics (marks, check digits, read-back) follow benchmarks/heldout3/make_heldout3.py, whose
helpers are copied here; the documents do not.

Run: ``python benchmarks/heldout4/make_heldout4.py`` (writes docs/ and truth.jsonl here; needs
soffice on PATH and a CJK TrueType font, see ``FONT``).
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

SEED = 20261209
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
# Real county codes of Loudi (Hunan) around the fictional 云岭县, plus people who moved in.
AREAS = ["431321", "431321", "431321", "431322", "431382", "431302", "430524", "440306"]
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
LANDLINE_AREA = ["0738", "0738", "0738", "0731"]
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
    digits = 7 if area == "0738" else 8
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
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', stem)}@mail.liuwan.invalid>"
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

BUILD = Path(tempfile.mkdtemp(prefix="heldout4-"))
LEGACY_SOURCE = {"doc": "docx", "xls": "xlsx", "ppt": "pptx", "odt": "docx"}
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
        if fmt in ("xls", "odt"):
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


# The centre's published numbers, address and mailbox, and national hotlines, are decoys.
SWITCH = "«d.public_phone:0738-6821100»"
DUTY = "«d.public_phone:0738-6821120»"
VACC = "«d.public_phone:0738-6821136»"
CENTRE_ADDR = "«d.public_address:云岭县柳湾镇新街路18号»"
CENTRE_MAIL = "«d.public_email:lwwsy_yb@163.com»"
BUREAU = "«d.public_phone:0738-6552310»"
CDC = "«d.public_phone:0738-6553721»"
H12320 = "«d.hotline:12320»"
H12345 = "«d.hotline:12345»"
H12393 = "«d.hotline:12393»"


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


# ============================================================================================
# PUBLIC: published rules, duties and procedures (they talk about records, pay, passwords …)
# ============================================================================================

RULES: list[tuple[str, str, list[str]]] = [
    (
        "zhidu/bingli_shuxie_guanli",
        "docx",
        [
            "柳湾镇卫生院病历书写与管理制度",
            "第一条 为规范病历书写，保障医疗质量和医疗安全，根据《病历书写基本规范》制定本制度。",
            "第二条 门诊病历应当在患者就诊时及时完成，内容包括就诊时间、科别、主诉、现病史、既往史、体格检查、诊断及处理意见。",
            "第三条 住院病历的首次病程记录应当在患者入院8小时内完成，入院记录于24小时内完成。",
            "第四条 病历中患者姓名、性别、年龄、身份证号码、联系电话、住址等一般项目应当填写完整，不得空项。",
            "第五条 病历归档后由病案室统一保管，任何人不得擅自涂改、复印、外借；患者本人或其委托代理人申请复印的，按《医疗机构病历管理规定》办理。",
            "第六条 医务科每月抽查运行病历和归档病历，甲级病历率纳入科室绩效考核。",
            "第七条 本制度自印发之日起施行，由医务科负责解释。",
        ],
    ),
    (
        "zhidu/chufang_guanli",
        "pdf",
        [
            "柳湾镇卫生院处方管理制度（2025年修订）",
            "一、处方由注册的执业医师在执业地点开具，医师签名式样和专用签章在药剂科留样备查。",
            "二、处方一般不得超过7日用量；急诊处方一般不得超过3日用量；慢性病、老年病可适当延长，但医师应当注明理由。",
            "三、麻醉药品和第一类精神药品处方应当留存患者身份证明复印件，登记患者姓名、身份证号码及代办人信息。",
            "四、药剂科每月随机抽取门诊处方不少于100张进行点评，点评结果在院周会上通报，并与医师的月度考核挂钩。",
            "五、处方保存期限：普通处方、急诊处方、儿科处方保存1年，医疗用毒性药品、第二类精神药品处方保存2年，麻醉药品和第一类精神药品处方保存3年。",
            "六、违反本制度的，按《处方管理办法》及院内奖惩办法处理。",
        ],
    ),
    (
        "zhidu/xinchou_fenpei_banfa",
        "docx",
        [
            "柳湾镇卫生院绩效工资分配办法（经职工代表大会通过）",
            "第一章 总则",
            "第一条 绩效工资分为基础性绩效和奖励性绩效，基础性绩效按岗位等级按月发放，奖励性绩效按考核结果按季度发放。",
            "第二条 奖励性绩效向临床一线、公共卫生一线和关键岗位倾斜，院领导绩效不超过本院职工平均水平的1.5倍。",
            "第二章 考核与分配",
            "第三条 考核内容包括工作数量、工作质量、服务满意度和医德医风，满分100分。",
            "第四条 个人奖励性绩效＝科室绩效总额×个人系数×考核得分/科室考核得分之和。",
            "第五条 出现重大医疗差错或被有效投诉的，当季考核得分扣减5至20分。",
            "第三章 附则",
            "第六条 本办法由院办公室负责解释，职工对分配结果有异议的，可在公布之日起5个工作日内向院绩效考核小组书面申请复核。",
        ],
    ),
    (
        "zhidu/yusuan_guanli",
        "md",
        [
            "柳湾镇卫生院预算管理制度",
            "1. 本院实行全面预算管理，收入、支出全部纳入预算。",
            "2. 每年9月由财务科布置下一年度预算编制，各科室按“二上二下”程序上报本科室收支预算和采购需求。",
            "3. 预算经院长办公会审议后报县卫生健康局和县财政局审批，批复后的预算原则上不作调整。",
            "4. 确需调整的，由科室提出书面申请，说明调整原因、金额和资金来源，经分管领导、院长审批。",
            "5. 财务科每季度进行预算执行分析，执行率低于序时进度20个百分点以上的项目应当说明原因。",
            "6. 年度预算和决算按规定在院务公开栏和县政府信息公开平台公开。",
        ],
    ),
    (
        "zhidu/xinxi_xitong_mima_guanli",
        "txt",
        [
            "柳湾镇卫生院信息系统账号与密码管理规定",
            "一、HIS、公卫系统、LIS、医保结算系统实行一人一号，严禁多人共用一个账号。",
            "二、密码长度不少于8位，应同时包含大写字母、小写字母、数字和特殊字符中的三类，不得使用生日、手机号、身份证号后六位等易猜测信息。",
            "三、初始密码由信息科通过当面或电话方式告知本人，首次登录后必须修改；密码每90天至少更换一次。",
            "四、严禁将密码写在便签、显示器边框或桌面文件中，严禁通过微信群、短信发送账号密码。",
            "五、职工调离、退休的，科室应在3个工作日内通知信息科注销账号。",
            "六、管理员账号由信息科两人分段保管，使用须登记。",
            "七、违反本规定造成信息泄露的，按院保密管理制度追究责任。",
        ],
    ),
    (
        "zhidu/gongzuo_mimi_guanli",
        "docx",
        [
            "柳湾镇卫生院工作秘密管理制度",
            "第一条 本制度所称工作秘密，是指本院在履行职责过程中产生或者获取的，不属于国家秘密，但一旦泄露会对本院工作造成被动或损害的信息。",
            "第二条 工作秘密范围包括：患者个人信息和诊疗记录；预算决算、成本核算和收费标准调整；职工人事档案、考核结果和薪酬待遇；尚未公开的业务统计、采购计划、供应商信息和应急预案；上级要求保密的事项。",
            "第三条 含工作秘密的文件应当标注“秘密”及保密期限；电子文件存放在指定的加密服务器。",
            "第四条 传递工作秘密应当使用内网或机要渠道，不得通过互联网邮箱、微信等传递。",
            "第五条 查阅、借阅工作秘密应当履行审批登记手续。",
            "第六条 工作秘密的销毁应当履行审批手续，由两人以上监销，并登记销毁时间、方式和地点。",
            "第七条 本制度自2026年1月1日起施行。",
        ],
    ),
    (
        "zhidu/siwang_zhengming_guanli",
        "pdf",
        [
            "柳湾镇卫生院《居民死亡医学证明（推断）书》管理制度",
            "一、死亡医学证明由医务科专人保管、登记发放，空白证明书按编号顺序使用，作废的应当保留全部联次。",
            "二、在本院死亡的，由经治医师填写；在家中死亡的，由负责该辖区的乡村医生报告，本院医师调查核实后填写。",
            "三、填写内容包括死者姓名、性别、民族、身份证件号码、生前住址、死亡日期、死亡地点、根本死因及诊断依据，不得涂改。",
            "四、证明书第一联留存，第二联交公安部门办理户籍注销，第三联交殡葬部门，第四联交家属保存。",
            "五、死因信息于7日内录入人口死亡信息登记管理系统，疾控中心每月反馈核查结果。",
        ],
    ),
    (
        "zhidu/chuansheng_baogao_zhidu",
        "docx",
        [
            "柳湾镇卫生院传染病疫情报告管理制度",
            "1．首诊医生为责任报告人，发现甲类传染病和按甲类管理的乙类传染病病人或疑似病人，于2小时内网络直报；其他乙、丙类于24小时内报告。",
            "2．传染病报告卡由首诊医生填写，公共卫生科审核，报告卡及门诊日志、住院登记、检验科阳性结果登记保存3年。",
            "3．公共卫生科每月开展一次漏报自查，自查结果在院务会上通报。",
            "4．任何人不得隐瞒、谎报、缓报传染病疫情，不得向无关人员透露患者信息。",
        ],
    ),
    (
        "zhidu/yiliao_feiwu",
        "md",
        [
            "医疗废物管理制度",
            "- 医疗废物按感染性、损伤性、病理性、药物性、化学性五类分类收集，使用专用包装袋和利器盒。",
            "- 暂存间每日消毒一次，医疗废物暂存时间不超过48小时。",
            "- 与有资质的集中处置单位签订处置协议，转移时填写危险废物转移联单，登记来源、种类、重量、交接时间和经办人。",
            "- 登记资料保存3年。",
        ],
    ),
    (
        "zhidu/zhiban_zhidu",
        "txt",
        [
            "柳湾镇卫生院值班制度",
            "一、实行24小时值班，值班人员必须坚守岗位，不得擅离职守。",
            "二、行政总值班由院领导和中层干部轮流担任，负责处理夜间及节假日的突发事件。",
            "三、值班医生负责急诊接诊、住院病人的观察处理，遇重大抢救及时报告行政总值班。",
            "四、交接班时应当面交接危重患者、特殊治疗和待办事项，并在交班本上签名。",
            "五、值班电话：总值班 " + DUTY + "（24小时）。",
        ],
    ),
    (
        "zhidu/buliang_fanying_jiance",
        "pdf",
        [
            "药品不良反应/事件报告和监测管理制度",
            "一、本院设立药品不良反应监测小组，药剂科负责日常工作。",
            "二、医务人员发现可能与用药有关的不良反应，应当详细记录、调查，并填写《药品不良反应/事件报告表》，新的、严重的不良反应于15日内报告，死亡病例立即报告。",
            "三、报告内容包括患者一般情况、原患疾病、怀疑药品（通用名称、生产厂家、批号）、用法用量、不良反应过程描述及处理情况。",
            "四、监测小组每季度汇总分析，结果用于临床合理用药培训。",
        ],
    ),
    (
        "zhidu/shitang_guanli",
        "docx",
        [
            "职工食堂管理办法",
            "一、食堂实行饭卡消费，职工每月伙食补贴200元由财务科直接充入饭卡，不得提取现金。",
            "二、外来进修、实习人员可凭科室证明办理临时饭卡，押金20元。",
            "三、饭卡遗失的，持工作证到总务科挂失补办，工本费10元。",
            "四、食堂从业人员每年体检一次，取得健康证明后方可上岗。",
        ],
    ),
    (
        "zhidu/dangan_guanli",
        "odt",
        [
            "柳湾镇卫生院人事档案管理办法",
            "一、职工人事档案由院办公室专人管理，档案室配备防火、防盗、防潮设施。",
            "二、档案内容包括履历材料、学历学位和职称材料、考核材料、奖惩材料、工资待遇材料、任免材料等。",
            "三、查阅档案须填写查阅审批表，经院长批准后在档案室查阅，不得摘抄、复制与查阅事由无关的内容。",
            "四、职工本人不得查阅本人档案。",
        ],
    ),
    ("zhidu/jixiao_kaohe_xize", "xlsx", []),
]


def rules_duties() -> None:
    for stem, fmt, lines in RULES:
        if fmt == "xlsx":
            add(
                f"{stem}.xlsx",
                "management_rule",
                pub=True,
                sheets={
                    "考核细则": [
                        ["柳湾镇卫生院临床科室月度考核细则（公开）", "", ""],
                        ["", "", ""],
                        ["考核项目", "分值", "扣分标准"],
                        ["门诊病历书写", "15", "抽查病历缺主诉、诊断每份扣0.5分"],
                        ["处方合格率", "10", "不合格处方每张扣0.5分"],
                        ["抗菌药物使用", "10", "门诊使用率超过20%扣2分"],
                        ["传染病报告", "10", "漏报一例扣5分"],
                        ["患者满意度", "15", "有效投诉一次扣3分"],
                        ["医保合规", "20", "被医保部门扣款的按扣款额千分之一扣分"],
                        ["劳动纪律", "20", "迟到早退每次扣1分"],
                    ]
                },
                merges={"考核细则": ["A1:C1"]},
            )
            continue
        lines_add(stem, fmt, "management_rule", lines, pub=True)
    duties = [
        (
            "shoufei_yuan",
            "txt",
            "门诊收费员岗位职责",
            [
                "1. 按物价部门核定的收费标准收费，不得多收、少收、漏收。",
                "2. 核对患者姓名、医保卡和费用明细，医保患者实时结算。",
                "3. 每日下班前结账，现金、POS小票和收费日报核对一致后交财务科。",
                "4. 妥善保管票据，作废发票各联完整保存。",
                "5. 不得泄露患者就诊信息和费用信息。",
            ],
        ),
        (
            "dangan_yuan",
            "docx",
            "病案管理员岗位职责",
            [
                "负责出院病历的回收、整理、编号和装订，出院后7日内归档。",
                "按住院号建立索引，做好病历借阅、复印登记。",
                "每月统计病案首页填写质量，报医务科。",
            ],
        ),
        (
            "gongwei_yisheng",
            "md",
            "公共卫生医生岗位职责",
            [
                "- 负责辖区居民健康档案的建立和动态管理。",
                "- 负责高血压、糖尿病患者的随访管理，每年不少于4次面对面随访。",
                "- 负责传染病报告卡的审核和网络直报。",
                "- 配合家庭医生团队开展签约服务和健康教育。",
            ],
        ),
        (
            "kuaiji",
            "pdf",
            "会计岗位职责",
            [
                "一、审核原始凭证的真实性、合法性，编制记账凭证，登记账簿。",
                "二、编制月度、季度和年度财务报表，按时报送县卫生健康局。",
                "三、参与年度预算编制和成本核算工作。",
                "四、妥善保管会计档案，保管期限按《会计档案管理办法》执行。",
            ],
        ),
        (
            "xinxi_guanliyuan",
            "docx",
            "信息管理员岗位职责",
            [
                "1．负责HIS、LIS、公卫系统及网络设备的日常维护和故障处理。",
                "2．负责系统账号的开通、变更和注销，按规定管理管理员密码。",
                "3．每日检查数据库备份情况，每月做一次恢复演练。",
                "4．负责机房出入登记和外来维护人员的陪同。",
            ],
        ),
        (
            "yaojuke_zhuren",
            "pptx",
            "药剂科主任岗位职责",
            [
                "在院长领导下负责药剂科业务、行政管理",
                "组织编制药品采购计划，参与药品遴选",
                "组织处方点评和抗菌药物使用监测",
                "负责麻醉药品、精神药品的管理",
            ],
        ),
    ]
    for stem, fmt, title, body in duties:
        lines_add(f"zhidu/zhize/{stem}", fmt, "job_responsibility", [title, *body], pub=True)
    procedures = [
        (
            "yufang_jiezhong",
            "docx",
            "预防接种操作规程",
            [
                "一、接种前询问受种者健康状况和禁忌症，核对受种者姓名、年龄和疫苗品种。",
                "二、严格执行“三查七对一验证”：查健康状况、查预防接种证、查疫苗外观；对姓名、年龄、疫苗名称、规格、剂量、接种部位、接种途径；验证受种者身份和疫苗电子监管码。",
                "三、接种后留观30分钟，告知家长可能出现的反应及处理方法。",
                "四、发现疑似预防接种异常反应的，按规定填写个案报告卡并报告县疾控中心。",
            ],
        ),
        (
            "xuetang_jiance",
            "txt",
            "便携式血糖仪检测操作规程",
            [
                "1. 核对医嘱和患者身份（姓名、住院号/门诊号）。",
                "2. 75%酒精消毒指端，待干后采血，弃去第一滴血。",
                "3. 读取结果并记录，血糖低于3.9mmol/L或高于16.7mmol/L时立即报告医生。",
                "4. 每日用质控液做质控并记录。",
            ],
        ),
        (
            "xinfei_fusu",
            "pptx",
            "成人心肺复苏操作规程",
            [
                "评估环境安全，判断意识和呼吸",
                "呼救并获取AED",
                "胸外按压：频率100-120次/分，深度5-6厘米",
                "开放气道，人工呼吸，按压与通气比30:2",
                "AED到达后立即使用",
            ],
        ),
        (
            "jijiu_chuzhen",
            "md",
            "院前急救出诊操作规程",
            [
                "1. 接到县急救中心调度指令后，3分钟内出车。",
                "2. 到达现场后评估病情，实施必要的现场救治。",
                "3. 填写院前急救病历和交接单，交接单写明患者姓名、主诉、生命体征、处置经过和交接时间，交接双方签名。",
                "4. 出诊结束后补充车载药品和耗材。",
            ],
        ),
        (
            "shuju_beifen",
            "docx",
            "HIS数据库备份与恢复操作规程",
            [
                "一、每日23:00自动全量备份，备份文件保存在备份服务器和异地存储各一份。",
                "二、信息管理员每日上午检查备份日志，备份失败的立即手工补做。",
                "三、每月最后一个工作日进行一次恢复演练，在测试库中恢复并核对门诊、住院、收费数据。",
                "四、备份介质和管理员密码不得交由外来人员保管。",
            ],
        ),
        (
            "xiaodu_gongying",
            "pdf",
            "消毒供应室操作规程",
            [
                "一、回收：污染器械在使用科室预处理后密闭回收。",
                "二、清洗：按手工清洗或机械清洗流程清洗，清洗后目测检查。",
                "三、灭菌：压力蒸汽灭菌每锅进行物理监测，每包进行化学监测，每周进行生物监测。",
                "四、发放：遵循先进先出原则，记录发放科室、数量和灭菌批次。",
            ],
        ),
    ]
    for stem, fmt, title, body in procedures:
        lines_add(f"zhidu/guicheng/{stem}", fmt, "operating_procedure", [title, *body], pub=True)


# ============================================================================================
# PUBLIC: blank registers and forms (labels without values), filling guides
# ============================================================================================

BLANK_TABLES: list[tuple[str, str, str, list[str]]] = [
    (
        "aefi_geanbaogao",
        "docx",
        "疑似预防接种异常反应个案报告卡",
        [
            "受种者姓名",
            "性别",
            "出生日期",
            "监护人",
            "联系电话",
            "现住址",
            "疫苗名称",
            "批号",
            "接种日期",
            "反应发生日期",
            "主要临床表现",
            "报告人",
        ],
    ),
    (
        "siwang_zhengming_dengjibu",
        "xlsx",
        "居民死亡医学证明（推断）书发放登记簿",
        [
            "序号",
            "证明书编号",
            "死者姓名",
            "性别",
            "身份证号码",
            "死亡日期",
            "根本死因",
            "领取人",
            "与死者关系",
            "领取人电话",
            "发放人",
            "备注",
        ],
    ),
    (
        "chusheng_zhengming_qianfa",
        "xlsx",
        "出生医学证明签发登记表",
        [
            "出生医学证明编号",
            "新生儿姓名",
            "性别",
            "出生日期",
            "母亲姓名",
            "母亲身份证号",
            "父亲姓名",
            "父亲身份证号",
            "签发日期",
            "领证人签字",
        ],
    ),
    (
        "shiyuanxing_jibing",
        "csv",
        "食源性疾病病例监测信息表",
        [
            "病例编号",
            "姓名",
            "性别",
            "年龄",
            "联系电话",
            "现住址",
            "发病时间",
            "就诊时间",
            "可疑食品",
            "进食场所",
            "主要症状",
            "采样情况",
        ],
    ),
    (
        "laonianren_nengli_pinggu",
        "docx",
        "老年人能力评估表",
        [
            "评估对象姓名",
            "身份证号",
            "评估日期",
            "日常生活活动",
            "精神状态",
            "感知觉与沟通",
            "社会参与",
            "能力等级",
            "评估员",
        ],
    ),
    (
        "jiating_yisheng_lvyue",
        "docx",
        "家庭医生签约服务履约记录表",
        [
            "签约居民姓名",
            "签约编号",
            "服务日期",
            "服务内容",
            "血压",
            "血糖",
            "用药指导",
            "居民签字",
            "家庭医生签字",
        ],
    ),
    (
        "huodong_qiandao",
        "csv",
        "健康教育活动签到表",
        ["序号", "姓名", "性别", "年龄", "村（社区）", "联系电话", "签到时间"],
    ),
    (
        "yizhen_dengji",
        "xlsx",
        "义诊活动登记表",
        ["序号", "姓名", "性别", "年龄", "联系电话", "血压", "血糖", "主要问题", "建议", "医生"],
    ),
    (
        "yuanqian_jiaojie",
        "docx",
        "院前急救患者交接单",
        [
            "患者姓名",
            "性别",
            "年龄",
            "接诊地点",
            "主诉",
            "生命体征",
            "现场处置",
            "途中情况",
            "交接时间",
            "交出人",
            "接收人",
        ],
    ),
    (
        "chufang_dianping",
        "xlsx",
        "门诊处方点评工作表",
        [
            "序号",
            "处方日期",
            "门诊号",
            "患者年龄",
            "诊断",
            "药品品种数",
            "抗菌药物",
            "注射剂",
            "基本药物",
            "处方金额",
            "合理性",
            "存在问题",
            "处方医师",
            "点评药师",
        ],
    ),
    (
        "buliang_fanying_baogao",
        "pdf",
        "药品不良反应/事件报告表",
        [
            "患者姓名",
            "性别",
            "出生日期",
            "民族",
            "体重",
            "联系方式",
            "原患疾病",
            "怀疑药品",
            "批号",
            "用法用量",
            "不良反应名称",
            "发生时间",
            "转归",
        ],
    ),
    (
        "fanka_chongzhi",
        "csv",
        "职工饭卡充值登记表",
        ["日期", "卡号", "姓名", "科室", "充值金额", "充值方式", "经办人"],
    ),
    (
        "sushe_shenqing",
        "docx",
        "职工周转宿舍申请表",
        [
            "申请人",
            "科室",
            "入职时间",
            "婚姻状况",
            "现居住情况",
            "申请理由",
            "科室意见",
            "总务科意见",
        ],
    ),
    (
        "jinxiu_shenqing",
        "docx",
        "专业技术人员外出进修申请表",
        [
            "姓名",
            "性别",
            "出生年月",
            "职称",
            "进修单位",
            "进修专业",
            "进修时间",
            "费用预算",
            "科室意见",
            "院长意见",
        ],
    ),
    (
        "dangfei_shoujiao",
        "xlsx",
        "党费收缴登记表",
        ["序号", "姓名", "月工资基数", "缴纳比例", "应缴金额", "实缴金额", "缴纳日期", "收缴人"],
    ),
    (
        "zhiyuanzhe_baoming",
        "md",
        "志愿者报名表",
        ["姓名", "性别", "出生年月", "政治面貌", "联系电话", "服务意向", "可服务时间"],
    ),
    (
        "xitong_biangeng",
        "docx",
        "信息系统变更申请单",
        [
            "申请科室",
            "申请人",
            "系统名称",
            "变更内容",
            "变更原因",
            "影响范围",
            "回退方案",
            "信息科意见",
            "分管领导意见",
        ],
    ),
    (
        "jifang_churu",
        "csv",
        "机房出入登记表",
        ["日期", "进入时间", "离开时间", "姓名", "单位", "证件号码", "事由", "陪同人"],
    ),
    (
        "gonghui_huiyuan",
        "xlsx",
        "工会会员登记表",
        ["姓名", "性别", "出生年月", "入会时间", "科室", "联系电话", "工资卡号"],
    ),
    (
        "hetong_shenpi",
        "pdf",
        "合同审批单",
        [
            "合同名称",
            "合同编号",
            "对方单位",
            "合同金额",
            "签约方式",
            "经办科室",
            "法律顾问意见",
            "财务科意见",
            "院长审批",
        ],
    ),
    ("qianfei_cuijiao", "txt", "住院欠费催缴通知书（模板）", []),
    (
        "xueli_zhengshu",
        "xlsx",
        "专业技术人员证书登记表",
        [
            "姓名",
            "身份证号",
            "学历",
            "毕业院校",
            "执业证书编码",
            "资格证书编码",
            "注册范围",
            "发证日期",
        ],
    ),
]


def blank_forms() -> None:
    for i, (stem, fmt, title, cols) in enumerate(BLANK_TABLES):
        name = f"biaoge_moban/{stem}.{fmt}"
        kind = "blank_template"
        if stem == "qianfei_cuijiao":
            add(
                name,
                kind,
                pub=True,
                text=(
                    "住院欠费催缴通知书\n\n"
                    "________（患者/家属）：\n"
                    "    患者________于____年__月__日入住我院________科，住院号________，"
                    "截至____年__月__日共发生医疗费用________元，已预交________元，尚欠________元。\n"
                    "    请您于收到本通知之日起____日内到住院收费处补交费用。如有疑问请致电住院收费处 "
                    + SWITCH
                    + " 转8013。\n\n"
                    "柳湾镇卫生院住院收费处\n____年__月__日\n"
                ),
            )
            continue
        if fmt == "xlsx":
            blank_rows = [["" for _ in cols] for _ in range(3 + i % 4)]
            head = [
                [title] + [""] * (len(cols) - 1),
                ["填报单位：柳湾镇卫生院"] + [""] * (len(cols) - 1),
            ]
            last = chr(ord("A") + len(cols) - 1)
            add(
                name,
                kind,
                pub=True,
                sheets={"Sheet1": head + [cols] + blank_rows},
                merges={"Sheet1": [f"A1:{last}1"]},
            )
        elif fmt == "csv":
            enc = ["utf-8", "utf-8-sig", "gb18030"][i % 3]
            add(name, kind, pub=True, encoding=enc, rows=[[title], cols] + [[""] * len(cols)] * 4)
        elif fmt == "docx":
            if i % 2:
                rows = [[c, "", "", ""] for c in cols]
            else:
                rows = [cols[:6], [""] * 6] + ([cols[6:], [""] * len(cols[6:])] if cols[6:] else [])
            add(
                name,
                kind,
                pub=True,
                paras=[title, "编号：__________"],
                tables=[rows],
                footer="柳湾镇卫生院 印制",
            )
        elif fmt == "pdf":
            add(
                name,
                kind,
                pub=True,
                pages=["\n".join([title, ""] + [f"{c}：______________" for c in cols])],
            )
        elif fmt == "md":
            add(
                name,
                kind,
                pub=True,
                text=f"# {title}\n\n| "
                + " | ".join(cols)
                + " |\n|"
                + "---|" * len(cols)
                + "\n|"
                + "   |" * len(cols)
                + "\n",
            )
        else:
            add(name, kind, pub=True, text=title + "\n" + "\n".join(f"{c}：" for c in cols) + "\n")
    # filling guides: example values in a guide are not anyone's data
    add(
        "biaoge_moban/aefi_tianbao_shuoming.docx",
        "filling_guide",
        pub=True,
        paras=[
            "疑似预防接种异常反应个案报告卡填写说明",
            "1．受种者姓名：填写儿童户口簿上的姓名，如“«d.placeholder:张三»”。",
            "2．出生日期：按“年-月-日”格式填写，如2025-03-08。",
            "3．联系电话：填写监护人手机号码11位，如«d.placeholder_phone:138xxxxxxxx»。",
            "4．现住址：写到村（居）民小组，如“××乡××村×组”。",
            "5．疫苗批号：照抄疫苗包装上的批号，如«d.batch_no:202509B017»。",
            "6．报告人：填写报告医生姓名，不得代签。",
        ],
    )
    add(
        "biaoge_moban/siwang_zhengming_tianxie_zhinan.pdf",
        "filling_guide",
        pub=True,
        pages=[
            "\n".join(
                [
                    "《居民死亡医学证明（推断）书》填写指南",
                    "一、死者姓名：与身份证件一致，如“«d.placeholder:李四»”。",
                    "二、有效身份证件号码：18位，末位为X的用大写，示例：«d.bad_id»（示例号码，校验位不正确）。",
                    "三、死亡原因：按因果顺序填写直接死因、引起直接死因的疾病，如“(a)急性心肌梗死 (b)冠状动脉粥样硬化性心脏病”。",
                    "四、根本死因由填表医师根据ICD-10编码规则判定，不得只填“心跳呼吸骤停”“多器官功能衰竭”。",
                    "五、联系电话：填写家属电话，如«d.placeholder_phone:1390000xxxx»。",
                ]
            )
        ],
    )
    add(
        "biaoge_moban/jinxiu_shenqing_tianxie_shili.md",
        "filling_guide",
        pub=True,
        text=(
            "# 外出进修申请表填写示例\n\n"
            "| 项目 | 示例 | 说明 |\n|---|---|---|\n"
            "| 姓名 | «d.placeholder:王五» | 与人事档案一致 |\n"
            "| 职称 | 主治医师 | 填现聘职称 |\n"
            "| 进修单位 | 省人民医院 | 须为三级医院 |\n"
            "| 进修时间 | 2027年3月—8月 | 一般为3至6个月 |\n"
            "| 费用预算 | 进修费6000元，住宿费按标准 | 按院差旅费管理办法执行 |\n"
        ),
    )


# ============================================================================================
# PUBLIC: health education for residents, service guides
# ============================================================================================

LEAFLETS: list[tuple[str, str, list[str]]] = [
    (
        "du_mogu",
        "txt",
        [
            "野生蘑菇不要采、不要买、不要吃",
            "每年6至9月是误食毒蘑菇中毒的高发期。毒蘑菇与可食用蘑菇外形相似，民间“颜色鲜艳的才有毒”“和大蒜一起煮变黑的才有毒”等说法都不可靠。",
            "误食后出现恶心、呕吐、腹痛、腹泻等症状，应立即催吐并尽快到医院就诊，同时带上剩余的蘑菇样品。",
            "鹅膏菌中毒早期症状可暂时缓解（“假愈期”），随后出现肝肾功能损害，病死率很高，千万不要因为症状减轻就离开医院。",
        ],
    ),
    (
        "yiyanghuatan",
        "md",
        [
            "冬季取暖谨防一氧化碳中毒",
            "- 使用煤炉、炭火取暖时，门窗要留缝通风，烟囱要通畅。",
            "- 不要在密闭的车内开空调睡觉。",
            "- 出现头痛、头晕、恶心、乏力，要立即打开门窗，离开现场，严重者拨打120。",
            "- 一氧化碳中毒后可能出现迟发性脑病，出院后两个月内出现反应迟钝、记忆力下降要及时复诊。",
        ],
    ),
    (
        "kuangquanbing",
        "docx",
        [
            "被猫狗咬伤抓伤后怎么办",
            "第一步：立即用肥皂水和流动清水交替冲洗伤口至少15分钟。",
            "第二步：用碘伏消毒伤口。",
            "第三步：24小时内到狂犬病暴露预防处置门诊（柳湾镇卫生院门诊一楼）接种狂犬病疫苗，Ⅲ级暴露还需注射狂犬病被动免疫制剂。",
            "狂犬病一旦发病，病死率几乎100%，但及时规范处置可以有效预防。",
            "咨询电话：" + VACC,
        ],
    ),
    (
        "fang_diedao",
        "pdf",
        [
            "老年人防跌倒十个小妙招",
            "1.起床做到三个“半分钟”：醒后躺半分钟，坐起半分钟，双腿下垂半分钟。",
            "2.家中过道不堆放杂物，浴室铺防滑垫，安装扶手。",
            "3.夜间起夜开小夜灯。",
            "4.穿合脚防滑的鞋，裤腿不要太长。",
            "5.服用降压药、安眠药后动作要慢。",
            "6.视力下降及时验光配镜。",
            "7.坚持适度运动，如太极拳、八段锦。",
            "8.补充钙和维生素D，预防骨质疏松。",
            "9.外出使用拐杖，雨雪天尽量不出门。",
            "10.跌倒后不要急于起身，先判断有无受伤。",
        ],
    ),
    (
        "zhongshu",
        "txt",
        [
            "高温天气防中暑",
            "农忙季节避开中午高温时段下田，每隔一小时到阴凉处休息。",
            "多喝淡盐水或绿豆汤，不要等口渴了才喝水。",
            "出现头晕、大汗、口渴、乏力，立即转移到阴凉通风处，用凉毛巾擦身。",
            "体温超过40℃、意识不清，属于热射病，立即拨打120。",
        ],
    ),
    (
        "chenfei_fanghu",
        "docx",
        [
            "采石场工友：预防尘肺病，从戴好口罩开始",
            "尘肺病是长期吸入生产性粉尘引起的以肺组织纤维化为主的疾病，目前没有根治办法。",
            "湿式作业、密闭尘源、通风除尘是预防的关键；个人要正确佩戴防尘口罩（KN95及以上），每天更换滤棉。",
            "接触粉尘的劳动者应当在上岗前、在岗期间每年和离岗时进行职业健康检查，检查费用由用人单位承担。",
            "职业病诊断可向县职业病防治机构申请，咨询电话" + H12320 + "。",
        ],
    ),
    (
        "nongyao_zhongdu",
        "md",
        [
            "农药中毒的预防与急救",
            "1. 喷洒农药要穿长衣长裤，戴口罩和手套，顺风作业。",
            "2. 农药要锁在专门的柜子里，不要用饮料瓶分装。",
            "3. 皮肤接触农药后，立即脱去污染衣物，用肥皂水反复冲洗。",
            "4. 误服农药，立即送医，带上农药瓶。百草枯中毒没有特效解毒药，千万不要尝试自行服用。",
        ],
    ),
    (
        "jiezhong_hou_zhuyi",
        "pptx",
        [
            "宝宝打疫苗后家长须知",
            "接种后在留观区观察30分钟再离开",
            "接种部位当天不要沾水",
            "出现低热（37.5-38.5℃）多喝水，一般1-2天自行消退",
            "高热不退、出现皮疹或精神差，及时就诊并告诉接种门诊",
            "下次接种时间见预防接种证",
            "接种门诊电话：" + VACC,
        ],
    ),
    (
        "manzufei",
        "docx",
        [
            "慢阻肺：一口气上不来的病",
            "慢性阻塞性肺疾病（慢阻肺）主要表现为慢性咳嗽、咳痰和活动后气短，40岁以上、长期吸烟或接触柴火烟雾的人是高危人群。",
            "肺功能检查是诊断慢阻肺的“金标准”，我院每周三上午可做肺功能检查。",
            "戒烟是最有效的治疗措施；规范使用吸入药物，每年接种流感疫苗，可减少急性加重。",
        ],
    ),
    (
        "guzhi_shusong",
        "txt",
        [
            "骨质疏松：静悄悄的“骨”事",
            "骨质疏松早期没有症状，很多人第一次知道自己骨质疏松是在骨折之后。",
            "50岁以上女性、65岁以上男性建议做骨密度检查。",
            "每天喝300毫升牛奶，多晒太阳，坚持负重运动，戒烟限酒。",
        ],
    ),
    (
        "shouzukou",
        "pdf",
        [
            "手足口病家庭预防指南",
            "手足口病多见于5岁以下儿童，主要表现为发热和手、足、口腔、臀部的皮疹或疱疹。",
            "勤洗手、勤通风、玩具餐具常消毒是预防的关键；接种EV71疫苗可预防重症。",
            "患儿应居家隔离至症状消失后一周，出现持续高热、精神差、呕吐、肢体抖动等，立即就医。",
        ],
    ),
    (
        "she_yao",
        "md",
        [
            "被蛇咬伤后正确的处理方法",
            "- 保持冷静，记住蛇的样子，或者在安全的情况下拍照。",
            "- 脱去戒指、手镯等束缚物，伤肢制动，保持低于心脏的位置。",
            "- 不要用嘴吸伤口，不要用刀切开伤口，不要冰敷。",
            "- 立即拨打120或尽快到有抗蛇毒血清的医院。县人民医院急诊科储备有抗蝮蛇毒血清。",
        ],
    ),
    (
        "nishui",
        "txt",
        [
            "暑期防溺水“六不”",
            "不私自下水游泳；不擅自与他人结伴游泳；不在无家长或教师带领的情况下游泳；",
            "不到无安全设施、无救援人员的水域游泳；不到不熟悉的水域游泳；不熟悉水性的学生不擅自下水施救。",
            "发现有人落水，大声呼救，拨打110和120，借助竹竿、绳子等施救。",
        ],
    ),
    (
        "dian_quefa",
        "docx",
        [
            "科学补碘 健康一生",
            "碘是人体必需的微量元素，孕妇、哺乳期妇女和儿童尤其需要足量的碘。",
            "我县属于碘缺乏地区，除甲状腺疾病患者遵医嘱外，居民应坚持食用加碘盐。",
            "碘盐要随吃随买，放在有盖的容器里，菜快出锅时再放盐。",
        ],
    ),
    (
        "bujunbing",
        "pdf",
        [
            "布鲁氏菌病防治知识",
            "布鲁氏菌病（布病）是由布鲁氏菌引起的人畜共患传染病，主要通过接触病畜及其排泄物、流产物，或食用未煮熟的牛羊肉、生奶感染。",
            "主要症状是长期发热、多汗、关节痛、乏力，容易误以为感冒或风湿。",
            "养殖户接羔助产要戴手套、口罩；病畜流产物要深埋或焚烧。",
            "出现上述症状应主动告诉医生自己的职业和接触史。",
        ],
    ),
    (
        "gaoxueya_fuyao",
        "pptx",
        [
            "高血压患者服药“五不要”",
            "不要血压正常了就自行停药",
            "不要凭感觉服药",
            "不要频繁换药",
            "不要迷信保健品代替降压药",
            "不要随意加大剂量",
            "家庭医生会每季度上门随访一次",
        ],
    ),
    (
        "tangniaobing_zu",
        "odt",
        [
            "糖尿病足的预防",
            "每天用温水（低于37℃）洗脚，洗后擦干脚趾缝。",
            "每天检查双脚有无破损、水疱、颜色变化，视力不好的请家人帮忙。",
            "不要赤脚走路，不要用热水袋、电热毯暖脚。",
            "剪趾甲要平剪，有鸡眼、胼胝不要自己处理。",
        ],
    ),
    (
        "kangjunyao_heli",
        "doc",
        [
            "合理使用抗菌药物，从你我做起",
            "抗菌药物（消炎药）对病毒引起的感冒、流感无效。",
            "不要自行购买、服用抗菌药物，不要要求医生给你“打吊针”。",
            "遵医嘱足量、足疗程使用，不要症状一好就停药。",
            "滥用抗菌药物会导致细菌耐药，将来真正需要时可能无药可用。",
        ],
    ),
]

SERVICE_GUIDES: list[tuple[str, str, list[str]]] = [
    (
        "chusheng_zhengming_banli",
        "docx",
        [
            "出生医学证明办理指南",
            "办理地点：柳湾镇卫生院妇产科护士站（" + CENTRE_ADDR + "）",
            "所需材料：父母双方身份证原件及复印件、结婚证（非必需）、《出生医学证明》首次签发登记表。",
            "办理时限：材料齐全的，当场办结。",
            "补发、换发：到县妇幼保健计划生育服务中心办理，咨询电话«d.public_phone:0738-6557016»。",
            "注意：新生儿姓名一经签发不得更改，请家长慎重填写。",
        ],
    ),
    (
        "siwang_zhengming_banli",
        "txt",
        [
            "居民死亡医学证明办理流程",
            "一、在本院死亡的：由经治医生开具，家属凭死者身份证、户口簿和经办人身份证到医务科领取。",
            "二、在家中正常死亡的：家属向村卫生室报告，由乡村医生和本院医生调查核实后开具。",
            "三、非正常死亡的：由公安部门出具死亡证明。",
            "咨询电话：医务科 " + SWITCH + " 转8006（工作日8:00-17:30）。",
        ],
    ),
    (
        "yibao_yidi_beian",
        "md",
        [
            "异地就医备案指南",
            "1. 长期异地居住、异地工作、转诊转院的参保人员，就医前应当办理备案。",
            "2. 备案渠道：国家医保服务平台APP、“湘医保”微信公众号、县医保服务大厅窗口。",
            "3. 转诊转院备案需提供本院开具的转诊单。",
            "4. 未备案直接在省外就医的，回参保地手工报销，报销比例降低10个百分点。",
            "5. 咨询电话：" + H12393 + "。",
        ],
    ),
    (
        "qianyue_fuwubao",
        "pdf",
        [
            "2027年家庭医生签约服务包介绍",
            "基础包（免费）：建立健康档案、每年一次健康评估、慢病随访、健康咨询。",
            "老年人包（个人付费30元/年）：在基础包上增加上门测血糖两次、中医体质辨识一次。",
            "慢病包（个人付费50元/年）：在基础包上增加糖化血红蛋白检测一次、眼底照相一次、用药指导。",
            "孕产妇包、儿童包内容见服务大厅公示。签约咨询：" + SWITCH + "。",
        ],
    ),
    (
        "xianzhenliao_houfufei",
        "docx",
        [
            "“先诊疗后付费”服务说明",
            "本县参加城乡居民基本医疗保险的建档立卡脱贫人口、低保对象、特困供养人员在本院住院，入院时无需缴纳押金。",
            "出院时只需支付个人自付部分，基本医保、大病保险、医疗救助“一站式”结算。",
            "办理时请出示身份证或医保电子凭证。",
        ],
    ),
]


def health_education() -> None:
    for stem, fmt, lines in LEAFLETS:
        lines_add(f"xuanjiao/{stem}", fmt, "health_education_leaflet", lines, pub=True)
    for stem, fmt, lines in SERVICE_GUIDES:
        lines_add(f"fuwu_zhinan/{stem}", fmt, "service_guide", lines, pub=True)
    add(
        "xuanjiao/jiangzuo/laonian_jiankang_guanli.pptx",
        "health_lecture_slides",
        pub=True,
        slides=[
            (
                "65岁及以上老年人免费健康体检",
                [
                    "每年一次，本人带身份证到卫生院或村卫生室",
                    "项目：血常规、尿常规、肝功能、肾功能、血脂、血糖、心电图、腹部B超",
                ],
                None,
                "讲课时提醒：空腹来，带上以前的体检本。",
            ),
            (
                "体检结果怎么看",
                [],
                [
                    ["项目", "参考范围", "偏高说明"],
                    ["空腹血糖", "3.9-6.1mmol/L", "糖尿病或糖调节受损"],
                    ["总胆固醇", "<5.2mmol/L", "动脉粥样硬化风险"],
                    ["尿酸", "男<420μmol/L", "痛风风险"],
                ],
                None,
            ),
        ],
    )
    add(
        "xuanjiao/jiangzuo/yunqi_baojian.ppt",
        "health_lecture_slides",
        pub=True,
        slides=[
            (
                "孕妇学校第三课：孕期营养",
                ["孕早期补充叶酸0.4mg/天", "孕中晚期增加奶类、鱼禽蛋瘦肉", "每周测一次体重"],
                None,
                None,
            ),
            (
                "孕期产检时间",
                [],
                [
                    ["孕周", "次数"],
                    ["6-13周", "1次"],
                    ["14-27周", "2次"],
                    ["28-36周", "3次"],
                    ["37-41周", "每周1次"],
                ],
                None,
            ),
        ],
    )
    add(
        "xuanjiao/ziliao_bao_qiuji.zip",
        "health_education_leaflet",
        pub=True,
        members=[
            (
                "秋冬季呼吸道传染病预防.txt",
                {
                    "text": "秋冬季呼吸道传染病预防\n流感、肺炎支原体感染、新冠病毒感染等呼吸道传染病进入高发季。\n老人、儿童和慢性病患者建议接种流感疫苗。\n勤洗手，戴口罩，室内常通风。\n"
                },
            ),
            (
                "流感疫苗接种点.docx",
                {
                    "paras": [
                        "2026-2027年度流感疫苗接种点",
                        "柳湾镇卫生院预防接种门诊：周一至周五上午",
                        "接种门诊电话：" + VACC,
                        "地址：" + CENTRE_ADDR,
                    ]
                },
            ),
        ],
    )
    add(
        "xuanjiao/chuanghua_jiuzhen_xuzhi.png",
        "health_education_leaflet",
        pub=True,
        title="就诊须知",
        lines=[
            "1. 请携带身份证或医保电子凭证挂号。",
            "2. 发热患者请到发热门诊就诊。",
            "3. 请勿相信“医托”，谨防上当受骗。",
            "4. 投诉电话：" + SWITCH,
        ],
    )


# The centre's staff recur across documents, as on a real share; st() marks every one of them.
STAFF = [
    "覃晓峰",
    "粟丽娟",
    "邝志文",
    "满艳红",
    "蒲春燕",
    "阙海燕",
    "伍佳琪",
    "钮建波",
    "滕国庆",
    "卜爱玲",
    "扈秋菊",
    "缑立新",
    "邸文斌",
    "訾晓燕",
    "谌宝林",
    "靳雅婷",
    "郦红梅",
    "宓志强",
    "盖文杰",
    "冼国栋",
    "柴秀兰",
    "芮晓东",
    "甄海波",
    "佘玉莲",
    "尉迟航",
    "隗春生",
]


def st(text: str, *extra: str) -> str:
    return people(text, *STAFF, *extra)


# ============================================================================================
# PUBLIC: statistics without people, 公示, news, contacts, prices, procurement
# ============================================================================================


def published() -> None:
    pub = {"pub": True}
    add(
        "tongji/2026_aefi_jiance_tongji.xlsx",
        "published_statistics",
        **pub,
        sheets={
            "AEFI": [
                ["云岭县柳湾镇2026年1-10月疑似预防接种异常反应监测情况", "", "", ""],
                ["（已在镇政府网站公开）", "", "", ""],
                ["疫苗", "接种剂次", "报告例数", "报告发生率(/10万剂)"],
                ["百白破", "1826", "3", "164.3"],
                ["麻腮风", "702", "1", "142.5"],
                ["乙脑减毒活疫苗", "688", "0", "0"],
                ["流感疫苗", "3105", "2", "64.4"],
                ["合计", "6321", "6", "94.9"],
            ]
        },
        merges={"AEFI": ["A1:D1", "A2:D2"]},
    )
    add(
        "tongji/siyin_shunwei_2025.md",
        "published_statistics",
        **pub,
        text=(
            "# 柳湾镇2025年居民主要死因顺位\n\n全镇户籍人口41,236人，全年报告死亡312例，粗死亡率7.57‰。\n\n"
            "| 顺位 | 死因 | 死亡数 | 构成比 |\n|---|---|---|---|\n| 1 | 脑血管病 | 96 | 30.8% |\n"
            "| 2 | 心脏病 | 71 | 22.8% |\n| 3 | 恶性肿瘤 | 63 | 20.2% |\n| 4 | 呼吸系统疾病 | 38 | 12.2% |\n"
            "| 5 | 损伤和中毒 | 19 | 6.1% |\n\n资料来源：人口死亡信息登记管理系统。\n"
        ),
    )
    add(
        "tongji/chuansheng_yuebao_2026_10.txt",
        "published_statistics",
        **pub,
        text=(
            "柳湾镇2026年10月法定传染病疫情概况\n\n"
            "10月全镇共报告法定传染病5种47例，无甲类传染病报告，无死亡。\n"
            "病种        例数   上月   同比\n"
            "流行性感冒    31     12    +9\n"
            "手足口病       8     14    -3\n"
            "其他感染性腹泻 5      7    -1\n"
            "肺结核         2      1     0\n"
            "梅毒           1      2    -1\n"
            "提醒：秋冬季是流感高发季节，请老人和儿童尽早接种流感疫苗。\n"
        ),
    )
    add(
        "tongji/jiating_yisheng_qianyue_2026q3.pdf",
        "published_statistics",
        **pub,
        before=["2026年第三季度家庭医生签约服务进展（院务公开）", "统计口径：截至2026年9月30日"],
        table=[
            ["村（社区）", "常住人口", "签约人数", "签约率", "重点人群签约率"],
            ["新街社区", "6120", "2487", "40.6%", "82.1%"],
            ["石门村", "3305", "1410", "42.7%", "85.6%"],
            ["枫树坪村", "2876", "1188", "41.3%", "80.2%"],
            ["龙潭村", "3512", "1302", "37.1%", "78.9%"],
            ["合计", "15813", "6387", "40.4%", "81.8%"],
        ],
        after=["注：签约率＝签约人数/常住人口。"],
    )
    add(
        "tongji/laonianren_tijian_2026.csv",
        "published_statistics",
        **pub,
        encoding="gb18030",
        rows=[
            ["柳湾镇2026年65岁及以上老年人健康体检完成情况"],
            ["村（社区）", "65岁及以上人数", "体检人数", "体检率", "高血压检出", "糖尿病检出"],
            ["新街社区", "1102", "826", "75.0%", "312", "118"],
            ["石门村", "684", "531", "77.6%", "207", "66"],
            ["枫树坪村", "597", "449", "75.2%", "171", "52"],
            ["龙潭村", "733", "540", "73.7%", "219", "71"],
        ],
    )
    add(
        "tongji/manyidu_diaocha_jieguo.docx",
        "published_statistics",
        **pub,
        paras=[
            "2026年度患者满意度第三方调查结果公示",
            "受县卫生健康局委托，第三方机构于2026年10月对我院门诊、住院患者和签约居民进行了满意度调查，共回收有效问卷412份。",
            "总体满意度93.6分，其中门诊92.1分、住院95.4分、家庭医生签约服务93.2分。",
            "患者意见较集中的是：取药排队时间长、停车难、夜间儿科医生少。我院将逐项整改，整改情况下季度公示。",
        ],
        tables=[
            [
                ["维度", "得分"],
                ["就医环境", "91.2"],
                ["医护态度", "95.8"],
                ["等候时间", "86.7"],
                ["费用透明", "94.0"],
            ]
        ],
    )
    add(
        "tongji/shiyuanxing_jiance_2026.txt",
        "published_statistics",
        **pub,
        text=(
            "2026年1-10月食源性疾病病例监测情况通报\n"
            "本院作为哨点医院共报告食源性疾病病例58例，其中可疑食品为野生菌21例、肉与肉制品11例、"
            "水果蔬菜类9例、其他17例。家庭为主要进食场所（46例）。未发生聚集性病例。\n"
        ),
    )
    add(
        "tongji/chusheng_tongji_2026h1.xlsx",
        "published_statistics",
        **pub,
        sheets={
            "出生": [
                ["", "", "", ""],
                ["2026年上半年住院分娩情况", "", "", ""],
                ["月份", "活产数", "男", "女"],
                ["1月", "21", "12", "9"],
                ["2月", "17", "8", "9"],
                ["3月", "19", "10", "9"],
                ["4月", "15", "7", "8"],
                ["5月", "22", "11", "11"],
                ["6月", "18", "10", "8"],
                ["合计", "112", "58", "54"],
            ]
        },
        merges={"出生": ["A2:D2"]},
    )
    add(
        "tongji/yuanwu_gongkai_shouzhi_2025.pdf",
        "published_statistics",
        **pub,
        pages=[
            "柳湾镇卫生院2025年度收支情况公开\n"
            "一、总收入2,386.4万元，其中医疗收入1,402.7万元、财政补助收入846.3万元、其他收入137.4万元。\n"
            "二、总支出2,311.9万元，其中人员经费1,296.5万元、药品及卫生材料支出588.2万元、公用经费427.2万元。\n"
            "三、门诊次均费用86.4元，住院次均费用2,913元，药占比38.6%。\n"
            "四、收支结余74.5万元，按规定提取职工福利基金和事业基金。\n"
            "监督电话：" + BUREAU
        ],
    )

    # 公示: published names are PERSON (heldout2's call 1); the notice stays public
    add(
        "yuanwu_gongkai/xianjin_geren_gongshi.docx",
        "public_notice",
        **pub,
        paras=[
            st("2026年度先进个人评选结果公示"),
            st(
                "经科室推荐、院务会研究，拟评选缑立新、扈秋菊、訾晓燕、盖文杰、伍佳琪五位同志为2026年度先进个人。"
            ),
            "公示期：2026年12月1日至12月7日。对公示对象有异议的，请以书面形式向院纪检监察室反映，并署真实姓名。",
            "联系电话：" + SWITCH,
        ],
    )
    add(
        "yuanwu_gongkai/zhicheng_tuijian_gongshi.pdf",
        "public_notice",
        **pub,
        before=[
            "2026年度卫生系列高级职称推荐人选公示",
            "经个人申报、资格审查、考核评议，推荐以下同志参加2026年度卫生系列高级职称评审：",
        ],
        table=[
            ["序号", "姓名", "科室", "现职称", "申报职称"],
            ["1", st("邸文斌"), "全科", "主治医师", "副主任医师"],
            ["2", st("柴秀兰"), "妇产科", "主治医师", "副主任医师"],
            ["3", st("卜爱玲"), "药剂科", "主管药师", "副主任药师"],
        ],
        after=["公示期5个工作日，监督电话：" + BUREAU],
    )
    add(
        "yuanwu_gongkai/dangyuan_fazhan_gongshi.txt",
        "public_notice",
        **pub,
        text=st(
            "中共柳湾镇卫生院支部委员会\n关于拟发展党员的公示\n\n"
            "经支部委员会研究，拟将靳雅婷、芮晓东两名同志列为预备党员，现予公示。\n"
            "靳雅婷，女，1996年5月出生，本科学历，院办公室科员，2023年3月递交入党申请书。\n"
            "芮晓东，男，1992年11月出生，本科学历，儿科医师，2022年9月递交入党申请书。\n"
            "公示时间：2026年11月25日至12月1日。如有意见，请向支部书记反映。\n"
        ),
    )
    add(
        "yuanwu_gongkai/jinxiu_xuanpai_gongshi.md",
        "public_notice",
        **pub,
        text=st(
            "# 2027年上半年外出进修人员选派结果公示\n\n"
            "根据《专业技术人员外出进修管理办法》，经个人申请、科室推荐、院务会研究，选派以下人员外出进修：\n\n"
            "1. 冼国栋，放射科，进修方向：CT诊断，进修单位：娄底市中心医院，时间6个月。\n"
            "2. 甄海波，检验科，进修方向：微生物检验，进修单位：湘雅三医院，时间3个月。\n\n"
            "公示期间如有异议，请向院办公室反映。\n"
        ),
    )
    add(
        "yuanwu_gongkai/jiating_yisheng_tuandui.xlsx",
        "public_notice",
        **pub,
        sheets={
            "团队": [
                ["柳湾镇家庭医生签约服务团队公示", "", "", ""],
                ["团队", "团队长", "成员", "团队长服务电话"],
                ["新街社区团队", st("缑立新"), st("訾晓燕、扈秋菊"), "«T»"],
                ["石门村团队", st("邸文斌"), st("谌宝林"), "«T»"],
                ["枫树坪村团队", st("芮晓东"), people("邬建华", "邬建华"), "«T»"],
                ["", "", "", ""],
                ["签约咨询电话：" + SWITCH, "", "", ""],
            ]
        },
        merges={"团队": ["A1:D1"]},
    )
    add(
        "yuanwu_gongkai/yiliao_jiage_gongshi.csv",
        "public_price_list",
        **pub,
        encoding="utf-8-sig",
        rows=[
            ["医疗服务项目", "计价单位", "价格（元）", "说明"],
            ["普通门诊诊查费", "次", "10", "医保甲类"],
            ["家庭医生上门服务费", "次", "30", "签约居民"],
            ["静脉输液", "组", "8", "第二组起每组3元"],
            ["血常规（五分类）", "次", "20", ""],
            ["心电图", "次", "15", ""],
            ["腹部B超", "次", "60", ""],
            ["肺功能检查", "次", "80", ""],
        ],
    )
    add(
        "yuanwu_gongkai/jicai_yaopin_jiage.xlsx",
        "public_price_list",
        **pub,
        sheets={
            "集采": [
                ["国家组织药品集中采购中选药品价格公示", "", "", ""],
                ["", "", "", ""],
                ["通用名", "规格", "中选价格(元/盒)", "原价(元/盒)"],
                ["苯磺酸氨氯地平片", "5mg×28片", "4.35", "26.80"],
                ["二甲双胍缓释片", "0.5g×30片", "3.12", "18.60"],
                ["阿托伐他汀钙片", "20mg×14片", "3.90", "35.20"],
                ["恩替卡韦分散片", "0.5mg×28片", "5.60", "98.00"],
            ]
        },
        merges={"集采": ["A1:D1"]},
    )
    add(
        "yuanwu_gongkai/tijian_taocan_jiage.md",
        "public_price_list",
        **pub,
        text=(
            "# 健康体检套餐价格\n\n| 套餐 | 项目 | 价格 |\n|---|---|---|\n"
            "| 入职体检 | 内科、外科、血常规、肝功能、胸片 | 120元 |\n"
            "| 健康证体检 | 内科、外科、大便培养、胸片 | 80元 |\n"
            "| 中老年套餐 | 血脂、血糖、肾功能、心电图、腹部B超、颈动脉B超 | 360元 |\n\n"
            "预约电话：" + SWITCH + "。\n"
        ),
    )
    add(
        "yuanwu_gongkai/feimianyi_yimiao_jiage.txt",
        "public_price_list",
        **pub,
        encoding="gb18030",
        text=(
            "非免疫规划疫苗价格公示\n"
            "疫苗名称              生产企业            价格(元/剂)  接种服务费\n"
            "四价流感疫苗          华兰生物            128          20\n"
            "23价肺炎球菌多糖疫苗  成都所              198          20\n"
            "带状疱疹疫苗          长春百克            1369         20\n"
            "狂犬病疫苗(Vero)      辽宁成大            46           20\n"
            "以上价格按零差率销售。咨询电话：" + VACC + "\n"
        ),
    )
    add(
        "yuanwu_gongkai/tousu_jubao_fangshi.docx",
        "public_contacts",
        **pub,
        paras=[
            "投诉举报方式公示",
            "院投诉接待办公室：门诊一楼，电话" + SWITCH + "，邮箱" + CENTRE_MAIL + "。",
            "县卫生健康局医政医管股：" + BUREAU + "。",
            "县医疗保障局基金监管举报电话：«d.public_phone:0738-6523318»。",
            "卫生健康热线：" + H12320 + "；政务服务便民热线：" + H12345 + "。",
        ],
    )
    add(
        "bangong/bianmin_dianhua.xlsx",
        "public_contacts",
        **pub,
        sheets={
            "电话": [
                ["柳湾镇卫生院便民服务电话", ""],
                ["", ""],
                ["部门", "电话"],
                ["总机", SWITCH],
                ["急诊、总值班", DUTY],
                ["预防接种门诊", VACC],
                ["县疾控中心", CDC],
                ["县卫生健康局", BUREAU],
                ["院办邮箱", CENTRE_MAIL],
                ["地址", CENTRE_ADDR],
            ]
        },
    )
    add(
        "bangong/cun_weishengshi_dianhua.txt",
        "public_contacts",
        **pub,
        text=(
            "各村卫生室服务时间和电话\n"
            "石门村卫生室    周一至周六 8:00-17:00   «d.public_phone:0738-6830215»\n"
            "枫树坪村卫生室  周一至周六 8:00-17:00   «d.public_phone:0738-6835108»\n"
            "龙潭村卫生室    周一至周五 8:00-17:00   «d.public_phone:0738-6837442»\n"
            "夜间急诊请到卫生院急诊科或拨打120。\n"
        ),
    )

    # news: leaders and famous physicians are named; staff named in news are PERSON
    news = [
        (
            "xinwen/zhongyi_guan_jiepai.docx",
            [
                famous("我院中医馆正式揭牌，传承李时珍、孙思邈的中医药精神", "李时珍", "孙思邈"),
                st(
                    "11月18日上午，柳湾镇卫生院中医馆揭牌仪式举行。县卫生健康局局长谭光明、镇党委书记龙建国出席并共同揭牌。",
                    "谭光明",
                    "龙建国",
                ),
                famous(
                    "中医馆设中医诊室、针灸推拿室、熏蒸室等，开展针刺、艾灸、拔罐、刮痧等12项适宜技术。院长覃晓峰介绍，中医馆名称取自“杏林春暖”，以纪念三国名医董奉。",
                    "董奉",
                ).replace("覃晓峰", "«P:覃晓峰»"),
            ],
        ),
        (
            "xinwen/zhongnanshan_jiangzuo.txt",
            [
                famous("我院组织职工收看钟南山院士呼吸健康公益讲座", "钟南山"),
                famous(
                    "11月20日，我院组织医护人员收看钟南山院士关于慢阻肺早筛早治的直播讲座。钟南山院士指出，慢阻肺在我国40岁以上人群中患病率达13.7%，但知晓率不足1%。",
                    "钟南山",
                ),
                st("公卫科科长满艳红表示，将把肺功能筛查纳入明年老年人体检项目。"),
            ],
        ),
        (
            "xinwen/yizhen_xiaxiang.md",
            [
                "“健康下乡”义诊走进龙潭村",
                st(
                    "11月8日，我院组织内科、中医科、妇产科、检验科医务人员到龙潭村开展义诊，共服务群众236人次，测量血压血糖180余人次，发放宣传资料500余份。副院长粟丽娟带队。"
                ),
                "活动还为行动不便的12位老人提供了上门服务。",
            ],
        ),
        (
            "xinwen/linqiaozhi_jinian.pdf",
            [
                famous("学习林巧稚精神 做群众信赖的妇产科医生", "林巧稚"),
                famous("林巧稚大夫一生未婚，亲手接生了五万多名婴儿，被誉为“万婴之母”。", "林巧稚"),
                st(
                    "在全院“学先进”座谈会上，妇产科主治医师柴秀兰讲述了自己从业十五年来在乡镇接生的经历。"
                ),
            ],
        ),
        (
            "xinwen/tuyouyou_qinghaosu.docx",
            [
                famous("从青蒿到青蒿素——屠呦呦的故事走进中医药文化进校园", "屠呦呦"),
                famous(
                    "屠呦呦受东晋葛洪《肘后备急方》“青蒿一握，以水二升渍，绞取汁”的启发，改用低温提取，最终发现青蒿素。",
                    "屠呦呦",
                    "葛洪",
                ),
                st("我院中医科医生邸文斌为柳湾中学学生讲解了常见中草药的辨识。"),
            ],
        ),
        (
            "xinwen/xianzhang_diaoyan.txt",
            [
                "县长到我院调研医共体建设",
                st(
                    "12月2日，副县长黄丽萍一行到我院调研紧密型县域医共体建设和基层卫生人才队伍建设。院长覃晓峰汇报了我院与县人民医院远程会诊、专家下沉的工作情况。",
                    "黄丽萍",
                ),
                "调研组要求，要让群众在家门口看得上病、看得好病。",
            ],
        ),
        (
            "xinwen/zhangzhongjing_jiangzuo.pptx",
            [
                famous("从张仲景“坐堂”说起：我院开展中医药文化周", "张仲景"),
                famous("东汉张仲景任长沙太守时在大堂为百姓诊病，后世称中医坐诊为“坐堂”", "张仲景"),
                "文化周期间开展膏方节、中医体质辨识、八段锦教学",
                famous("扁鹊“望闻问切”四诊法展板进社区", "扁鹊"),
            ],
        ),
        (
            "xinwen/wumengchao_xuexi.odt",
            [
                famous("学习吴孟超精神座谈会", "吴孟超"),
                famous("吴孟超院士“肝胆相照”的从医信念激励着每一位基层医生。", "吴孟超"),
                st("检验科盖文杰、放射科冼国栋在座谈会上发言。"),
            ],
        ),
        (
            "xinwen/yingji_yanlian.docx",
            [
                "我院开展2026年度消防应急疏散演练",
                st(
                    "11月9日是全国消防日，我院联合柳湾镇专职消防队开展住院部夜间火灾应急疏散演练。总务科科长滕国庆担任现场总指挥。"
                ),
                "演练共疏散模拟患者23人，用时6分40秒。",
            ],
        ),
        (
            "xinwen/jianceng_yisheng_rongyu.md",
            [
                "我院乡村医生获评“湖南好医生”提名",
                st(
                    "石门村卫生室乡村医生谌宝林扎根山村31年，累计出诊四万余次。近日，他被提名为年度“湖南好医生”。"
                ),
                "他说：“村里的老人离不开我，我就一直干下去。”",
            ],
        ),
    ]
    for stem, lines in news:
        fmt = stem.rsplit(".", 1)[1]
        lines_add(stem.rsplit(".", 1)[0], fmt, "news_item", lines, **pub)

    # procurement: a published control price is public; the winner's code and address are listed
    add(
        "caigou/shenghuafenxiyi_zhaobiao_gonggao.pdf",
        "procurement_announcement",
        **pub,
        pages=[
            "\n".join(
                [
                    "柳湾镇卫生院全自动生化分析仪采购项目竞争性磋商公告",
                    "项目编号：«d.order_no:YLCG-2026-0417»",
                    "采购预算（最高限价）：48.00万元",
                    "采购需求：全自动生化分析仪1台，测试速度不低于400测试/小时，详见磋商文件。",
                    "供应商资格要求：具有独立承担民事责任的能力；具有医疗器械经营许可证。",
                    "磋商文件获取时间：2026年12月8日至12月14日，在云岭县公共资源交易中心网站免费下载。",
                    "采购代理机构：云岭县华诚招标代理有限公司，地址：«d.public_address:云岭县城南路66号金诚大厦5楼»，联系电话：«d.public_phone:0738-6512087»",
                    "采购人：柳湾镇卫生院，地址：" + CENTRE_ADDR + "，联系电话：" + SWITCH,
                ]
            )
        ],
    )
    add(
        "caigou/dr_zhongbiao_gongshi.docx",
        "procurement_announcement",
        **pub,
        paras=[
            "柳湾镇卫生院数字化X射线摄影系统（DR）采购项目中标结果公告",
            "中标供应商：湖南康泰医疗设备有限公司",
            "统一社会信用代码：«U»",
            "地址：«A:长沙市岳麓区麓谷街道桐梓坡西路229号麓谷国际工业园A3栋302室»",
            "中标金额：人民币壹佰零叁万捌仟元整（¥1,038,000.00）",
            "评审专家："
            + people("胡振宇、夏文静、梁宏伟", "胡振宇", "夏文静", "梁宏伟")
            + "（采购人代表）",
            "公告期限：自本公告发布之日起1个工作日。",
        ],
    )
    add(
        "caigou/caigou_yixiang_2027.xlsx",
        "procurement_announcement",
        **pub,
        sheets={
            "意向": [
                ["柳湾镇卫生院2027年政府采购意向公开", "", "", ""],
                ["序号", "采购项目名称", "预算金额(万元)", "预计采购时间"],
                ["1", "彩色多普勒超声诊断仪", "65", "2027年3月"],
                ["2", "医用被服洗涤服务", "12", "2027年1月"],
                ["3", "信息系统等保测评服务", "8", "2027年5月"],
                ["4", "职工食堂食材配送", "30", "2027年2月"],
            ]
        },
        merges={"意向": ["A1:D1"]},
    )
    add(
        "caigou/xiyidi_xunjia_gonggao.txt",
        "procurement_announcement",
        **pub,
        text=(
            "医用被服洗涤服务询价公告\n"
            "一、项目名称：柳湾镇卫生院2027年度医用被服洗涤服务\n"
            "二、预算：12万元/年\n"
            "三、报价截止时间：2026年12月20日17:00，报价单密封后送院总务科。\n"
            "四、联系人：总务科，电话" + SWITCH + "转8021\n"
        ),
    )
    add(
        "caigou/feibiao_gonggao.md",
        "procurement_announcement",
        **pub,
        text=(
            "# 彩超采购项目废标公告\n\n项目编号：«d.order_no:YLCG-2026-0388»\n\n"
            "废标原因：实质性响应的供应商不足三家。\n\n采购人将重新组织采购。\n"
        ),
    )
    add(
        "caigou/danyilaiyuan_gongshi.docx",
        "procurement_announcement",
        **pub,
        paras=[
            "HIS系统升级服务单一来源采购公示",
            "拟采购项目：HIS系统医保接口升级服务，预算8.6万元。",
            "拟定供应商：湖南智医云科技有限公司（原HIS系统开发商），统一社会信用代码«U»。",
            "单一来源理由：医保接口升级须与原系统源代码兼容，只能由原开发商提供。",
            "公示期：5个工作日。异议请书面提交至县财政局政府采购监督管理股。",
        ],
    )
    add(
        "caigou/zhongbiao_jieguo.png",
        "procurement_announcement",
        **pub,
        title="医用耗材配送遴选结果公示",
        table=[
            ["包号", "配送企业", "下浮率"],
            ["1", "娄底市博康医药有限公司", "8.5%"],
            ["2", "湖南仁和药业连锁有限公司", "7.2%"],
        ],
        lines=["公示期3天。监督电话：" + BUREAU],
    )


# ============================================================================================
# SECRET: medical
# ============================================================================================

MED = ("medical",)


def medical() -> None:
    n = ["邓玉梅", "邓志高"]
    add(
        "gongwei/jiayi/lvyue_jilu_shimen_1103.docx",
        "family_doctor_visit_record",
        MED,
        names=n,
        paras=[
            st("家庭医生签约服务履约记录（健康扶贫户）"),
            "服务日期：2026年11月3日   服务方式：入户",
        ],
        tables=[
            [
                ["签约居民", "邓玉梅", "签约编号", "«d.file_no:QY4313210260117»"],
                ["身份证号", "«I:y1951/邓玉梅»", "联系电话", "«T»"],
                ["家庭住址", "«A:柳湾镇石门村6组21号»", "", ""],
                ["健康档案编号", "«R:43132100601004217»", "", ""],
                [
                    "本次服务",
                    "测血压152/94mmHg，空腹血糖8.9mmol/L；诉双下肢乏力，近一周夜尿3次。",
                    "",
                    "",
                ],
                ["用药情况", "硝苯地平缓释片20mg bid，二甲双胍0.5g tid，自述漏服。", "", ""],
                [
                    "处理意见",
                    st("调整为氨氯地平5mg qd；嘱其子邓志高监督服药；两周后复测。", *n),
                    "",
                    "",
                ],
                ["居民签字", "邓玉梅（按手印）", "家庭医生", st("缑立新")],
            ]
        ],
        footer=st("石门村团队 缑立新 訾晓燕"),
    )
    add(
        "gongwei/jiayi/manyidu_huifang_2026q4.xlsx",
        "satisfaction_survey_returns",
        MED,
        sheets={
            "回访": [
                ["2026年第四季度签约居民满意度电话回访表", "", "", "", "", "", ""],
                ["回访人：" + st("靳雅婷"), "", "", "", "", "", ""],
                ["", "", "", "", "", "", ""],
                ["序号", "居民姓名", "村组", "联系电话", "家庭医生", "满意度", "意见建议"],
                ["1", "«P:彭桂香»", "新街社区3组", "«T»", st("缑立新"), "满意", "希望多上门量血压"],
                ["2", "«P:肖德全»", "石门村2组", "«T»", st("邸文斌"), "基本满意", "拿药要跑两趟"],
                [
                    "3",
                    "«P:龚翠英»",
                    "枫树坪村5组",
                    "«L»",
                    st("芮晓东"),
                    "不满意",
                    "签了约一年没见过医生",
                ],
                ["4", "«P:曾凡友»", "龙潭村1组", "«T»", st("谌宝林"), "满意", ""],
                ["5", "«P:段爱莲»", "新街社区7组", "«T»", st("缑立新"), "满意", "胰岛素笔针头不够"],
                ["6", "«P:罗先明»", "石门村4组", "«T»", st("邸文斌"), "满意", ""],
            ],
            "汇总": [["满意", "4"], ["基本满意", "1"], ["不满意", "1"]],
        },
        merges={"回访": ["A1:G1"]},
    )
    add(
        "gongwei/xuanjiao/qiandao_gaoxueya_jiangzuo_1115.csv",
        "activity_sign_in",
        MED,
        encoding="gb18030",
        rows=[
            ["高血压健康讲座签到表（2026年11月15日 龙潭村村部）"],
            ["序号", "姓名", "性别", "年龄", "村组", "联系电话", "是否高血压患者"],
            ["1", "«P:曾凡友»", "男", "71", "龙潭村1组", "«T»", "是"],
            ["2", "«P:曾李氏»", "女", "82", "龙潭村1组", "", "是"],
            ["3", "«P:黎春花»", "女", "66", "龙潭村3组", "«T»", "是"],
            ["4", "«P:谭石头»", "男", "69", "龙潭村3组", "«T»", "否"],
            ["5", "«P:欧阳秋云»", "女", "58", "龙潭村6组", "«T»", "是"],
            ["6", "«P:刘满仓»", "男", "75", "龙潭村2组", "«L»", "是"],
            ["7", "«P:陈小凤»", "女", "63", "龙潭村2组", "«T»", "否"],
            ["主讲：" + st("訾晓燕") + "   记录：" + st("谌宝林")],
        ],
    )
    add(
        "gongwei/yizhen/longtan_yizhen_dengji.xlsx",
        "free_clinic_register",
        MED,
        sheets={
            "义诊": [
                ["", "", "", "", "", "", "", ""],
                ["11月8日龙潭村义诊登记", "", "", "", "", "", "", ""],
                ["", "", "", "", "", "", "", ""],
                ["姓名", "性别", "年龄", "电话", "血压", "血糖", "主要问题", "建议"],
                ["«P:向桂枝»", "女", "77", "«T»", "168/98", "6.2", "头晕", "规律服药，转诊心内科"],
                [
                    "«P:胡老四»",
                    "男",
                    "80",
                    "",
                    "132/80",
                    "11.6",
                    "多饮多尿，未确诊",
                    "到卫生院查糖化",
                ],
                ["«P:邹小兰»", "女", "52", "«T»", "118/76", "5.1", "乳房肿块", "转县医院乳腺外科"],
                ["«P:许长青»", "男", "64", "«T»", "145/90", "7.4", "慢性咳嗽30年", "肺功能检查"],
                ["«P:喻凤娇»", "女", "45", "«T»", "110/70", "4.9", "月经不规则", "妇科B超"],
            ]
        },
        merges={"义诊": ["A2:H2"]},
    )
    add(
        "jizhen/jiaojiedan_1121_yejian.docx",
        "prehospital_handover",
        MED,
        paras=["院前急救患者交接单", "出车时间：2026-11-21 02:14   到达现场：02:31   到院：03:02"],
        tables=[
            [
                ["患者姓名", "«P:龙金凤»", "性别", "女"],
                ["年龄", "58岁", "联系人", "«P:龙建华»（儿子）«T»"],
                ["接诊地点", "«A:柳湾镇枫树坪村8组王家冲12号»", "", ""],
                ["主诉", "突发左侧肢体无力伴言语不清1小时", "", ""],
                ["生命体征", "BP 186/104mmHg，P 92次/分，SpO2 95%，GCS 13分", "", ""],
                ["现场处置", "吸氧，建立静脉通道，测指尖血糖7.8mmol/L", "", ""],
                ["交接", "到院后直接CT，收入住院，住院号«R:ZY2611-0342»", "", ""],
                ["交出人", st("芮晓东"), "接收人", st("扈秋菊")],
            ]
        ],
    )
    add(
        "yiwuke/siwang_zhengming_dengjibu_2026.xlsx",
        "death_certificate_ledger",
        MED,
        sheets={
            "2026": [
                ["居民死亡医学证明（推断）书发放登记簿（2026年）", "", "", "", "", "", "", "", ""],
                [
                    "序号",
                    "证明书编号",
                    "死者姓名",
                    "身份证号码",
                    "死亡日期",
                    "根本死因",
                    "领取人",
                    "关系",
                    "领取人电话",
                ],
                [
                    "41",
                    "«d.cert_no:L431321260041»",
                    "«P:周德胜»",
                    "«Io»",
                    "2026-09-02",
                    "脑出血",
                    "«P:周建平»",
                    "子",
                    "«T»",
                ],
                [
                    "42",
                    "«d.cert_no:L431321260042»",
                    "«P:李秀珍»",
                    "«Io»",
                    "2026-09-15",
                    "肺恶性肿瘤",
                    "«P:王志强»",
                    "女婿",
                    "«T»",
                ],
                [
                    "43",
                    "«d.cert_no:L431321260043»",
                    "«P:彭满生»",
                    "«Io»",
                    "2026-10-03",
                    "慢性阻塞性肺疾病",
                    "«P:彭小军»",
                    "子",
                    "«T»",
                ],
                [
                    "44",
                    "«d.cert_no:L431321260044»",
                    "«P:谢冬英»",
                    "«Io»",
                    "2026-10-27",
                    "农药中毒（自杀）",
                    "«P:谢国良»",
                    "夫",
                    "«T»",
                ],
                [
                    "45",
                    "«d.cert_no:L431321260045»",
                    "«P:梁三宝»",
                    "«Io»",
                    "2026-11-19",
                    "急性心肌梗死",
                    "«P:梁春燕»",
                    "女",
                    "«L»",
                ],
            ]
        },
        merges={"2026": ["A1:I1"]},
    )
    add(
        "fuchanke/chusheng_zhengming_qianfa_taizhang.xls",
        "birth_certificate_issuance",
        MED,
        sheets={
            "签发": [
                ["出生医学证明签发台账（2026年10-11月）", "", "", "", "", "", ""],
                ["", "", "", "", "", "", ""],
                [
                    "证明编号",
                    "新生儿姓名",
                    "出生日期",
                    "母亲姓名",
                    "母亲身份证号",
                    "父亲姓名",
                    "父亲身份证号",
                ],
                [
                    "«d.cert_no:Q430528117»",
                    "«P:肖雨桐»",
                    "2026-10-04",
                    "«P:杨晓丽»",
                    "«I:y1997/杨晓丽»",
                    "«P:肖志刚»",
                    "«I:y1994/肖志刚»",
                ],
                [
                    "«d.cert_no:Q430528118»",
                    "«P:龚子轩»",
                    "2026-10-19",
                    "«P:刘芳芳»",
                    "«I:y2000/刘芳芳»",
                    "«P:龚俊»",
                    "«I:y1998/龚俊»",
                ],
                [
                    "«d.cert_no:Q430528119»",
                    "«P:曾可欣»",
                    "2026-11-06",
                    "«P:曹丽娟»",
                    "«I:y1993/曹丽娟»",
                    "«P:曾海涛»",
                    "«I:y1990/曾海涛»",
                ],
                ["签发人：" + st("柴秀兰"), "", "", "", "", "", ""],
            ]
        },
    )
    add(
        "jiezhong/aefi_geanbaogao_1112.docx",
        "aefi_case_report",
        MED,
        paras=[
            "疑似预防接种异常反应个案报告",
            "编码：«d.report_no:43132120261112001»",
            "受种者«P:黄梓涵»，女，2025年7月出生，监护人«P:黄磊»（父），联系电话«T»，现住址«A:云岭县柳湾镇新街社区桂花苑3栋2单元501室»。",
            "2026年11月12日上午9时20分在本院接种门诊接种百白破疫苗第3剂（批号«d.batch_no:202604A112»），左上臂三角肌肌注。",
            "当日15时家长发现接种部位红肿，直径约3.5cm，体温38.6℃，伴哭闹。11月13日到本院门诊就诊，门诊号«R:MZ26111302»，予物理降温及局部冷敷。",
            st("初步判断：一般反应（局部红肿、发热）。报告人：訾晓燕。"),
            "处理进展：11月15日随访，红肿消退，体温正常。",
        ],
    )
    add(
        "gongwei/chuanranbing/baogaoka_fuyin_1105.pdf",
        "infectious_disease_card_copy",
        MED,
        pages=[
            "\n".join(
                [
                    "中华人民共和国传染病报告卡（复印件）",
                    "卡片编号：«d.report_no:431321202611050023»    报卡类别：初次报告",
                    "患者姓名：«P:向建军»    患儿家长姓名：",
                    "有效证件号：«I:y1979/向建军»    性别：男    出生日期：1979年",
                    "工作单位：柳湾镇福源采石场    联系电话：«T»",
                    "病人属于：本县区    现住址：«A:湖南省云岭县柳湾镇石门村3组9号»",
                    "人群分类：农民    病例分类：确诊病例",
                    "发病日期：2026-10-28    诊断日期：2026-11-05",
                    "疾病名称：乙类 肺结核（利福平耐药未知，涂阳）",
                    "门诊号：«R:MZ26110517»",
                    st("报告医生：邸文斌    填卡日期：2026-11-05"),
                    "备注：已转诊县结核病定点医院，密切接触者3人待筛查。",
                ]
            )
        ],
    )
    add(
        "gongwei/shiyuanxing/bingli_jiance_1011.csv",
        "foodborne_case_reports",
        MED,
        encoding="gb18030",
        rows=[
            [
                "病例编号",
                "姓名",
                "性别",
                "年龄",
                "联系电话",
                "现住址",
                "发病时间",
                "可疑食品",
                "主要症状",
            ],
            [
                "«d.case_no:FD2026-0051»",
                "«P:伍秋生»",
                "男",
                "47",
                "«T»",
                "«A:枫树坪村2组15号»",
                "2026-10-11 20:00",
                "自采野生菌（疑似鹅膏菌）",
                "呕吐、腹泻",
            ],
            [
                "«d.case_no:FD2026-0052»",
                "«P:伍陈氏»",
                "女",
                "76",
                "«T»",
                "«A:枫树坪村2组15号»",
                "2026-10-11 21:30",
                "自采野生菌",
                "呕吐、腹痛、黄疸",
            ],
            [
                "«d.case_no:FD2026-0053»",
                "«P:伍小雨»",
                "女",
                "12",
                "",
                "«A:枫树坪村2组15号»",
                "2026-10-12 01:00",
                "自采野生菌",
                "腹泻",
            ],
        ],
    )
    add(
        "gongwei/zhiye_jiankang/caishichang_tijian_2026.xlsx",
        "occupational_health_results",
        MED,
        sheets={
            "说明": [
                ["福源采石场2026年在岗期间职业健康检查结果（本院体检中心）"],
                ["粉尘作业，共检查14人，发现疑似尘肺病1人，职业禁忌证1人。"],
            ],
            "结果": [
                ["工号", "岗位", "接害工龄", "胸片", "肺功能", "结论", "", "", "姓名", "身份证号"],
                [
                    "«d.staff_no:FY017»",
                    "破碎工",
                    "11年",
                    "双肺可见小阴影，0+",
                    "FEV1/FVC 68%",
                    "疑似尘肺病",
                    "",
                    "",
                    "«P:肖长根»",
                    "«I:y1969/肖长根»",
                ],
                [
                    "«d.staff_no:FY023»",
                    "装载工",
                    "6年",
                    "未见异常",
                    "正常",
                    "目前未见异常",
                    "",
                    "",
                    "«P:罗志勇»",
                    "«I»",
                ],
                [
                    "«d.staff_no:FY031»",
                    "钻孔工",
                    "3年",
                    "未见异常",
                    "FEV1 62%",
                    "职业禁忌证（慢性阻塞性肺疾病）",
                    "",
                    "",
                    "«P:黎国华»",
                    "«I»",
                ],
            ],
        },
    )
    add(
        "gongwei/laonian/nengli_pinggu_1117.odt",
        "elderly_ability_assessment",
        MED,
        paras=[
            "老年人能力评估表",
            "评估对象：«P:邱满姑»  性别：女  年龄：88岁",
            "身份证号：«I:y1938/邱满姑»",
            "住址：«A:新街社区光明巷14号»    联系人：«P:邱家旺»（侄子）«T»",
            "日常生活活动：进食需部分帮助，洗澡完全依赖，如厕需部分帮助，得分40分",
            "精神状态：近期记忆明显减退，偶有夜间吵闹；MMSE 16分",
            "感知觉与沟通：左耳听力差，沟通需大声",
            "能力等级：重度失能",
            st("评估员：满艳红、甄海波    评估日期：2026-11-17"),
        ],
    )
    add(
        "yiyang/ruzhu_laoren_mingdan.xlsx",
        "elderly_care_residents",
        MED,
        sheets={
            "在住": [
                ["柳湾镇医养结合中心在住老人名单", "", "", "", "", "", ""],
                ["床号", "姓名", "年龄", "主要诊断", "护理等级", "紧急联系人", "联系电话"],
                ["A101", "«P:贺金生»", "84", "脑梗死后遗症", "特级", "«P:贺建新»", "«T»"],
                ["A102", "«P:朱庆云»", "79", "阿尔茨海默病", "一级", "«P:朱丽华»", "«T»"],
                ["A105", "«P:蒋二妹»", "91", "高血压3级、骨质疏松", "一级", "«P:蒋卫东»", "«T»"],
                ["B203", "«P:唐福生»", "76", "帕金森病", "二级", "«P:唐海燕»", "«L»"],
            ],
            "身份信息": [
                ["姓名", "身份证号", "医保类型", "入住日期"],
                ["«P:贺金生»", "«I:y1942/贺金生»", "城乡居民", "2025-03-02"],
                ["«P:朱庆云»", "«I:y1947/朱庆云»", "城镇职工", "2025-08-19"],
                ["«P:蒋二妹»", "«I:y1935/蒋二妹»", "城乡居民", "2024-11-30"],
                ["«P:唐福生»", "«I:y1950/唐福生»", "城乡居民", "2026-06-14"],
            ],
        },
        merges={"在住": ["A1:G1"]},
    )
    add(
        "yaojuke/adr_baogao_2026_10.pdf",
        "adverse_drug_reaction_reports",
        MED,
        before=["药品不良反应/事件报告汇总（2026年10月，上报国家系统前核对）", st("填报：卜爱玲")],
        table=[
            ["患者", "性别", "年龄", "门诊/住院号", "怀疑药品", "批号", "不良反应", "转归"],
            [
                "«P:邓春兰»",
                "女",
                "63",
                "«R:ZY2610-0287»",
                "头孢曲松钠",
                "«d.batch_no:C2605113»",
                "全身皮疹伴瘙痒",
                "好转",
            ],
            [
                "«P:石国平»",
                "男",
                "45",
                "«R:MZ26101844»",
                "左氧氟沙星注射液",
                "«d.batch_no:L2607021»",
                "静脉炎",
                "痊愈",
            ],
            [
                "«P:戴美华»",
                "女",
                "71",
                "«R:ZY2610-0301»",
                "阿托伐他汀钙片",
                "«d.batch_no:A2603338»",
                "肌痛，CK升高",
                "停药后好转",
            ],
        ],
        after=["严重报告：无。新的报告：1例（戴美华）。".replace("戴美华", "«P:戴美华»")],
    )
    add(
        "yaojuke/chufang_dianping_2026_10.xlsx",
        "prescription_review",
        ("medical", "personnel"),
        sheets={
            "点评": [
                ["2026年10月门诊处方点评结果（院内通报，不对外）", "", "", "", "", "", "", ""],
                ["点评药师：" + st("卜爱玲"), "", "", "", "", "", "", ""],
                ["门诊号", "患者", "年龄", "诊断", "处方药品", "问题", "处方医师", "结果"],
                [
                    "«R:MZ26100331»",
                    "«P:简红梅»",
                    "34",
                    "急性上呼吸道感染",
                    "阿莫西林+头孢克肟",
                    "无指征联用抗菌药物",
                    st("尉迟航"),
                    "不合理",
                ],
                [
                    "«R:MZ26100987»",
                    "«P:戴宏亮»",
                    "8",
                    "支气管炎",
                    "地塞米松注射液",
                    "儿童无指征使用糖皮质激素",
                    st("芮晓东"),
                    "不合理",
                ],
                [
                    "«R:MZ26101420»",
                    "«P:熊秀英»",
                    "72",
                    "高血压、糖尿病",
                    "氨氯地平+二甲双胍",
                    "",
                    st("缑立新"),
                    "合理",
                ],
                [
                    "«R:MZ26101766»",
                    "«P:罗军»",
                    "41",
                    "胃炎",
                    "奥美拉唑+雷贝拉唑",
                    "重复用药",
                    st("尉迟航"),
                    "不合理",
                ],
            ]
        },
        merges={"点评": ["A1:H1"]},
    )
    add(
        "yiwuke/bingli_zhikong_pingfen_2026_10.docx",
        "record_quality_scores",
        ("medical", "personnel"),
        paras=["2026年10月住院病历质控评分（科室内部，用于绩效）", st("质控员：邝志文")],
        tables=[
            [
                ["住院号", "患者", "主管医师", "得分", "主要缺陷"],
                ["（以下按出院日期排序，丙级病历另附整改通知）", "", "", "", ""],
                ["", "", "", "", ""],
                [
                    "«R:ZY2610-0264»",
                    "«P:付桂英»",
                    st("尉迟航"),
                    "78",
                    "首次病程记录超时；缺知情同意书",
                ],
                ["«R:ZY2610-0287»", "«P:邓春兰»", st("邸文斌"), "91", "出院小结用药记录不全"],
                ["«R:ZY2610-0301»", "«P:戴美华»", st("缑立新"), "94", ""],
                ["«R:ZY2610-0315»", "«P:阳长春»", st("尉迟航"), "69", "丙级：死亡讨论记录缺失"],
            ]
        ],
        header="柳湾镇卫生院医务科",
    )
    add(
        "jizhen/menzhen_rizhi_1120.png",
        "outpatient_log_photo",
        MED,
        title="门诊日志 2026年11月20日 内科",
        table=[
            ["门诊号", "姓名", "性别", "年龄", "住址", "诊断"],
            ["«R:MZ26112011»", "«P:钟秋云»", "女", "56", "«A:石门村2组8号»", "高血压"],
            ["«R:MZ26112012»", "«P:康建明»", "男", "39", "«A:新街社区建设路45号»", "急性胃肠炎"],
            ["«R:MZ26112013»", "«P:成小娟»", "女", "27", "«A:龙潭村5组3号»", "孕早期先兆流产"],
        ],
        lines=[st("接诊医生：缑立新")],
    )
    add(
        "jizhen/jiaojiedan_saomiao_1102.pdf",
        "prehospital_handover",
        MED,
        image_pdf=True,
        title="院前急救交接单（扫描件）",
        table=[
            ["患者姓名", "«P:谭国富»", "年龄", "67岁"],
            ["主诉", "胸痛2小时", "血压", "92/60"],
            ["心电图", "下壁ST段抬高", "处置", "阿司匹林300mg嚼服"],
            ["交接", "转县人民医院胸痛中心", "联系电话", "«T»"],
        ],
        lines=[st("出诊医生：芮晓东   司机：滕国庆")],
    )
    chat_names = ["缑立新", "訾晓燕", "谌宝林", "扈秋菊"]
    add(
        "gongwei/jiayi/jiayi_tuandui_qun_1118.txt",
        "wechat_export",
        MED,
        text=st(
            "微信聊天记录导出 群聊：石门村家医团队（6人）\n"
            "2026-11-18 08:12 谌宝林：3组的罗先明昨晚血压又到180了，他说药吃完了没去拿\n"
            "2026-11-18 08:15 缑立新：他是签约户，今天我顺路过去，他家是«A:石门村4组33号»吧？\n"
            "2026-11-18 08:16 谌宝林：对，他儿子电话«T»，老人自己的手机老是关机\n"
            "2026-11-18 08:40 訾晓燕：还有6组邓玉梅的血糖记录本我拍照放群里了，空腹都在9以上\n"
            "2026-11-18 08:41 訾晓燕：[图片]\n"
            "2026-11-18 09:02 缑立新：邓玉梅上周刚调的药，再观察一周。健康档案号«R:43132100601004217»你更新一下\n"
            "2026-11-18 09:30 扈秋菊：住院部今天出院一个你们村的，胡桂莲，脑梗，住院号«R:ZY2611-0298»，出院后要家访\n"
            "2026-11-18 09:31 谌宝林：收到\n",
            *chat_names,
            "罗先明",
            "邓玉梅",
            "胡桂莲",
        ),
    )
    add(
        "gongwei/tijian/jieguo_tongzhi_duanxin.csv",
        "sms_export",
        MED,
        encoding="utf-8",
        rows=[
            ["号码", "联系人", "时间", "类型", "内容"],
            [
                "«T»",
                "«P:贺秋月»",
                "2026-11-10 14:02",
                "发送",
                "贺秋月您好，您的体检结果：空腹血糖7.8，尿蛋白+，请本周内到卫生院内科复查。【柳湾镇卫生院】".replace(
                    "贺秋月", "«P:贺秋月»", 1
                ),
            ],
            [
                "«T»",
                "«P:聂桂生»",
                "2026-11-10 14:03",
                "发送",
                "聂桂生您好，您的腹部B超提示肝占位，请尽快到县人民医院进一步检查。【柳湾镇卫生院】".replace(
                    "聂桂生", "«P:聂桂生»", 1
                ),
            ],
            [
                "«T»",
                "«P:聂桂生»",
                "2026-11-10 15:40",
                "接收",
                "是不是癌症？我儿子在外地，能不能先不要告诉他",
            ],
            [
                "«T»",
                "«P:莫春香»",
                "2026-11-10 14:05",
                "发送",
                "莫春香您好，您的心电图提示房颤，请带体检本来内科就诊，门诊号«R:MZ26111021»。【柳湾镇卫生院】".replace(
                    "莫春香", "«P:莫春香»", 1
                ),
            ],
        ],
    )
    add(
        "gongwei/zhuanzhen/zhuanzhen_youjian_1124.eml",
        "referral_email",
        MED,
        sender="«P:缑立新» <«E:goulixin_lw@163.com»>",
        to="«P:蒋文涛» <«E:jiangwt1986@qq.com»>",
        subject="转诊患者资料（聂桂生，肝占位）".replace("聂桂生", "«P:聂桂生»"),
        body=(
            "«d.surname_title:蒋主任»：\n您好！今天给您转一位体检发现肝占位的患者«P:聂桂生»，男，61岁，身份证«I:y1965/聂桂生»，"
            "电话«T»。乙肝病史20年，未规律抗病毒。附件是他近两年的化验结果，麻烦您安排增强CT。\n"
            "他儿子还不知道，患者本人要求暂不告诉家属。\n\n«P:缑立新»\n柳湾镇卫生院全科\n"
        ),
        attachments=[
            (
                "聂桂生化验结果.xlsx",
                "xlsx",
                {
                    "sheets": {
                        "化验": [
                            ["姓名", "«P:聂桂生»", "门诊号", "«R:MZ26110844»"],
                            ["项目", "2025-10", "2026-11", "参考范围"],
                            ["AFP(ng/mL)", "12.4", "386.0", "<20"],
                            ["ALT(U/L)", "48", "96", "9-50"],
                            ["HBV-DNA(IU/mL)", "3.2E+04", "1.1E+05", "<100"],
                        ]
                    }
                },
            )
        ],
    )
    add(
        "gongwei/kuangquanbing/baolu_chuzhi_dengji_2026_11.md",
        "rabies_exposure_register",
        MED,
        text=(
            "# 狂犬病暴露预防处置登记（2026年11月）\n\n"
            "| 日期 | 姓名 | 年龄 | 电话 | 暴露部位/分级 | 门诊号 | 处置 |\n|---|---|---|---|---|---|---|\n"
            "| 11-02 | «P:易志强» | 35 | «T» | 右手背 Ⅲ级 | «R:MZ26110209» | 疫苗5针+免疫球蛋白 |\n"
            "| 11-09 | «P:段小满» | 6 | «T»（母） | 面部 Ⅲ级 | «R:MZ26110933» | 疫苗+免疫球蛋白，转县医院清创 |\n"
            "| 11-16 | «P:蒋富贵» | 70 | «L» | 左小腿 Ⅱ级 | «R:MZ26111607» | 疫苗4针 |\n\n"
            + st("登记：訾晓燕\n")
        ),
    )
    add(
        "gongwei/bubing/jiance_mingdan.txt",
        "brucellosis_surveillance",
        MED,
        encoding="gb18030",
        text=(
            "布病高危人群监测名单（养殖户）\n"
            "| 姓名   | 性别 | 年龄 | 住址                 | 联系电话    | 虎红试验 | 试管凝集 |\n"
            "|--------|------|------|----------------------|-------------|----------|----------|\n"
            "| «P:阳建新» | 男   | 52   | «A:龙潭村7组羊场»       | «T» | 阳性     | 1:200++  |\n"
            "| «P:阳桂花» | 女   | 49   | «A:龙潭村7组羊场»       | «T» | 阴性     |          |\n"
            "| «P:龙振华» | 男   | 38   | «A:枫树坪村1组22号»     | «T» | 阴性     |          |\n"
            "阳性者已转县疾控中心确诊，电话" + CDC + "。\n"
        ),
    )
    add(
        "yiwuke/bingli_zhikong_huibao.pptx",
        "family_doctor_review_deck",
        ("medical", "operations"),
        slides=[
            (
                "2026年家庭医生履约情况内部通报",
                [
                    "全院签约6387人，履约率71.2%（县考核目标80%，尚未达标）",
                    "三个团队中枫树坪村团队履约率最低：58%",
                ],
                None,
                "这页数据还没报县里，不要外传。",
            ),
            (
                "典型问题",
                [
                    "签约居民龚翠英投诉一年未见医生（见满意度回访）".replace(
                        "龚翠英", "«P:龚翠英»"
                    ),
                    "石门村罗先明断药，高血压控制差".replace("罗先明", "«P:罗先明»"),
                ],
                [
                    ["团队", "应履约", "已履约", "履约率"],
                    ["新街社区", "2487", "1890", "76.0%"],
                    ["枫树坪村", "1188", "689", "58.0%"],
                ],
                None,
            ),
        ],
    )
    add(
        "gongwei/tijian/yichang_tongzhi.zip",
        "health_check_abnormal_bundle",
        MED,
        members=[
            (
                "异常结果汇总.csv",
                {
                    "encoding": "utf-8-sig",
                    "rows": [
                        ["姓名", "身份证号", "电话", "异常项目"],
                        ["«P:贺秋月»", "«I»", "«T»", "空腹血糖7.8，尿蛋白+"],
                        ["«P:莫春香»", "«I»", "«T»", "心电图：心房颤动"],
                    ],
                },
            ),
            (
                "复查通知书.docx",
                {
                    "paras": [
                        "体检异常复查通知书",
                        "«P:莫春香»：您在2026年体检中发现心电图异常（心房颤动），请携带本通知到内科复查。",
                        st("家庭医生：缑立新"),
                    ]
                },
            ),
        ],
    )
    add(
        "zhuyuan/qianfei_cuijiao_han_1125.doc",
        "arrears_collection_letter",
        ("financial", "medical"),
        paras=[
            "住院欠费催缴函",
            "«P:阳长春»家属«P:阳光辉»：",
            "患者«P:阳长春»于2026年10月16日因“慢性肾衰竭”入住我院内科，住院号«R:ZY2610-0315»，10月29日在院死亡。"
            "住院期间共发生费用18,642.30元，已预交3,000元，医保统筹支付9,106.80元，尚欠6,535.50元。",
            "请于2026年12月10日前到住院收费处结清。逾期我院将依法追讨。",
            "家属联系地址：«A:柳湾镇新街社区和平路7栋302室»",
            "柳湾镇卫生院住院收费处  2026年11月25日",
        ],
    )
    add(
        "yiwuke/manbing_jidu_huibao.ppt",
        "chronic_disease_review_deck",
        MED,
        slides=[
            (
                "第三季度重点随访患者",
                ["血压控制不佳者名单（内部）"],
                [
                    ["姓名", "村组", "最近血压", "档案号"],
                    ["«P:向桂枝»", "龙潭村", "168/98", "«R:43132100603002871»"],
                    ["«P:刘满仓»", "龙潭村", "174/100", "«R:43132100603001156»"],
                ],
                None,
            ),
        ],
    )


# ============================================================================================
# SECRET: financial and personnel
# ============================================================================================

FIN = ("financial",)
PER = ("personnel",)


def financial_personnel() -> None:
    add(
        "caiwu/pingzheng/jizhang_pingzheng_0917_saomiao.png",
        "voucher_scan",
        ("financial", "personnel"),
        title="记账凭证  2026年09月17日  记字第«d.voucher_no:0917-046»号",
        table=[
            ["摘要", "会计科目", "借方金额", "贷方金额"],
            ["报销进修差旅费", "业务活动费用-差旅费", "4,326.00", ""],
            ["转入个人卡", "银行存款", "", "4,326.00"],
        ],
        lines=[
            "收款人：冼国栋  卡号：«B:622848»".replace("冼国栋", "«P:冼国栋»"),
            "开户行：中国农业银行云岭县支行",
            "会计：阙海燕   出纳：伍佳琪   审核：蒲春燕",
        ],
    )
    add(
        "caiwu/yibao/yingshou_yibaokuan_taizhang.xlsx",
        "insurance_receivable_ledger",
        FIN,
        sheets={
            "2026": [
                ["应收医疗保险款台账（2026年，财务科内部）", "", "", "", ""],
                ["月份", "申报金额", "已拨付", "审核扣款", "未拨付余额"],
                ["1月", "612,430.18", "598,200.00", "14,230.18", "0.00"],
                ["6月", "705,116.42", "640,000.00", "21,908.55", "43,207.87"],
                ["9月", "688,245.90", "500,000.00", "", "188,245.90"],
                ["10月", "731,004.66", "", "", "731,004.66"],
                ["合计", "", "", "", "962,458.43"],
                [
                    "备注：县医保局9月以后拨付滞后，已影响10月药款支付，暂缓支付湖南仁和药业货款约40万元。",
                    "",
                    "",
                    "",
                    "",
                ],
            ]
        },
        merges={"2026": ["A1:E1"]},
    )
    add(
        "caiwu/fapiao/dianzi_fapiao_daochu_1101_1107.csv",
        "e_invoice_export",
        ("financial", "medical"),
        encoding="utf-8-sig",
        rows=[
            ["开票日期", "票据号码", "交款人", "项目", "金额", "医保统筹", "个人支付", "开票人"],
            [
                "2026-11-01",
                "«d.invoice_no:43010126110100003417»",
                "«P:熊秀英»",
                "门诊费",
                "186.40",
                "98.20",
                "88.20",
                st("伍佳琪"),
            ],
            [
                "2026-11-02",
                "«d.invoice_no:43010126110200003588»",
                "«P:康建明»",
                "门诊费",
                "242.00",
                "0.00",
                "242.00",
                st("伍佳琪"),
            ],
            [
                "2026-11-05",
                "«d.invoice_no:43010126110500000912»",
                "«P:阳长春»",
                "住院费（中途结算）",
                "9,870.10",
                "6,220.00",
                "3,650.10",
                st("伍佳琪"),
            ],
            [
                "2026-11-07",
                "«d.invoice_no:43010126110700004101»",
                "«P:易志强»",
                "狂犬病疫苗",
                "230.00",
                "0.00",
                "230.00",
                st("伍佳琪"),
            ],
        ],
    )
    add(
        "caiwu/hetong/hetong_taizhang_2026.xlsx",
        "contract_ledger",
        ("financial", "operations"),
        sheets={
            "合同台账": [
                ["", "", "", "", "", "", "", ""],
                ["2026年合同台账", "", "", "", "", "", "", ""],
                [
                    "合同编号",
                    "合同名称",
                    "对方单位",
                    "统一社会信用代码",
                    "金额(元)",
                    "对方联系人",
                    "联系电话",
                    "收款账号",
                ],
                [
                    "«d.contract_no:LWWSY-HT-2026-011»",
                    "医用被服洗涤",
                    "云岭县洁康洗涤服务部",
                    "«U»",
                    "118,800",
                    "«P:向红英»",
                    "«T»",
                    "«d.corporate_account:43050163640800000721»",
                ],
                [
                    "«d.contract_no:LWWSY-HT-2026-019»",
                    "电梯维保",
                    "娄底市安达电梯工程有限公司",
                    "«U»",
                    "9,600",
                    "«P:龙海波»",
                    "«T»",
                    "«d.corporate_account:18551201040006238»",
                ],
                [
                    "«d.contract_no:LWWSY-HT-2026-023»",
                    "食堂食材配送",
                    "个体户",
                    "",
                    "286,000",
                    "«P:周春生»",
                    "«T»",
                    "«B:621799»",
                ],
            ],
            "说明": [
                ["食材配送为个体户，收款为经营者本人银行卡。"],
                ["洁康洗涤服务部合同上所写信用代码«d.bad_uscc»与营业执照不一致，已要求对方更正。"],
            ],
        },
        merges={"合同台账": ["A2:H2"]},
    )
    add(
        "caiwu/fenxi/yaopin_shouzhi_fenxi_2026q3.md",
        "drug_margin_analysis",
        FIN,
        text=(
            "# 2026年三季度药品收支及结余分析（提交院长办公会）\n\n"
            "1. 药品收入412.6万元，同比下降8.4%，主要因集采品种降价。\n"
            "2. 药品采购支出398.1万元，账面结余14.5万元，扣除损耗和过期报废（2.9万元）后实际结余11.6万元。\n"
            "3. 零差率后药剂科人员经费由医疗收入弥补，三季度缺口约18万元。\n"
            "4. 建议：与博康医药谈判把配送费率从3%降到2%；我方底线2.5%，对方若不同意则引入第二家配送企业。\n"
            "5. 本分析数据未经审计，不得对外引用。\n"
        ),
    )
    add(
        "caiwu/shenji/shenji_faxian_2026.pdf",
        "internal_audit_findings",
        ("financial", "operations"),
        pages=[
            "\n".join(
                [
                    "2026年度内部审计发现问题清单（初稿，未经院务会审议）",
                    "一、收费管理",
                    "1.抽查10月门诊收费日报，3天现金缴存与收费系统差额合计1,260元，收费员已补缴，原因待查。",
                    "2.住院预交金退费未经科室负责人签字17笔，金额合计4.3万元。",
                    "二、采购管理",
                    "3.办公耗材采购未比价，单价高于县政府采购协议价12%—25%。",
                    "4.一笔设备维修费5.8万元未签订合同即支付。",
                    "三、资产管理",
                    "5.账实不符：账面彩超1台已报废未核销；有3台电脑在账外。",
                    "四、整改建议（略）",
                    "审计小组  2026年11月",
                ]
            )
        ],
    )
    add(
        "caiwu/yibao/jiesuan_zhengyi_tanpan_lichang.docx",
        "negotiation_position",
        ("financial", "other"),
        paras=[
            "关于2026年医保基金结算争议的谈判口径（仅限参会人员）",
            "一、争议事项：县医保局拟对我院2026年1-9月“分解住院”扣款21.6万元，并按两倍处罚。",
            "二、我方立场：1．认可其中7例确属分解住院，扣款约5.2万元；2．其余病例均有病情变化记录，坚持申诉；3．处罚部分争取免予处罚，最多接受一倍。",
            "三、可以让步的：同意明年起住院15日内再入院病例事前报备。",
            "四、不能让步的：不接受按总额预付比例下调。",
            "五、谈判人员：院长覃晓峰、财务科蒲春燕、医务科邝志文。会前不与其他乡镇卫生院交流本口径。",
        ],
    )
    add(
        "caiwu/gongzi/daifa_qingdan_youjian_1105.eml",
        "payroll_bank_email",
        ("financial", "personnel"),
        sender="«P:蒲春燕» <«E:puchunyan_cw@126.com»>",
        to="农行柳湾支行 <«d.public_email:lwzh_dfyw@abchina.com»>",
        subject="柳湾镇卫生院11月临聘人员工资代发清单",
        body=(
            "您好：\n附件为我院11月临聘人员工资代发清单，共4人，合计14,260元，请按清单代发。\n"
            "如有疑问请联系我，手机«T»。\n\n柳湾镇卫生院财务科 «P:蒲春燕»\n"
        ),
        attachments=[
            (
                "11月临聘工资代发.xlsx",
                "xlsx",
                {
                    "sheets": {
                        "代发": [
                            ["姓名", "身份证号", "卡号", "金额", "岗位"],
                            ["«P:潘小红»", "«I»", "«B:622848»", "3,520.00", "护理员"],
                            ["«P:姚建平»", "«I»", "«B:623059»", "3,860.00", "司机"],
                            ["«P:谭春妹»", "«I»", "«B:621700»", "3,320.00", "保洁"],
                            ["«P:吴立军»", "«I»", "«B:622202»", "3,560.00", "保安"],
                        ]
                    }
                },
            )
        ],
    )
    add(
        "zonghe/shitang/fanka_chongzhi_2026_11.xls",
        "meal_card_topup",
        ("financial", "personnel"),
        sheets={
            "11月": [
                ["职工食堂饭卡充值明细（2026年11月）", "", "", "", ""],
                ["卡号", "姓名", "科室", "补贴", "个人充值"],
                ["«d.card_no:FK0012»", "覃晓峰", "院办", "200", "0"],
                ["«d.card_no:FK0031»", "满艳红", "公卫科", "200", "300"],
                ["«d.card_no:FK0047»", "卜爱玲", "药剂科", "200", "150"],
                ["«d.card_no:FK0058»", "«P:潘小红»", "住院部", "100", "0"],
                ["«d.card_no:FK0066»", "甄海波", "检验科", "200", "500"],
                ["经办：滕国庆", "", "", "", ""],
            ]
        },
    )
    # personnel
    add(
        "renshi/gonghui/huiyuan_mingce_2026.xlsx",
        "union_member_register",
        ("personnel", "financial"),
        sheets={
            "会员": [
                [
                    "柳湾镇卫生院工会会员名册（发放慰问品及生日福利用）",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                ["", "", "", "", "", "", "", "", ""],
                ["", "", "", "", "", "", "", "", ""],
                [
                    "序号",
                    "姓名",
                    "性别",
                    "科室",
                    "出生日期",
                    "入会时间",
                    "联系电话",
                    "备注",
                    "工资卡号（农行）",
                ],
                ["1", "粟丽娟", "女", "院办", "1979-04-12", "2001-09", "«T»", "", "«B:622848»"],
                ["2", "扈秋菊", "女", "住院部", "1983-10-05", "2005-07", "«T»", "", "«B:622848»"],
                ["3", "盖文杰", "男", "检验科", "1990-02-27", "2013-08", "«T»", "", "«B:622848»"],
                [
                    "4",
                    "佘玉莲",
                    "女",
                    "收费室",
                    "1988-06-30",
                    "2010-03",
                    "«T»",
                    "生育假",
                    "«B:622848»",
                ],
                ["5", "隗春生", "男", "总务科", "1971-12-01", "1994-05", "«T»", "", "«B:622848»"],
                ["工会主席：宓志强", "", "", "", "", "", "", "", ""],
            ]
        },
        merges={"会员": ["A1:I1"]},
    )
    add(
        "renshi/sushe/zhouzhuan_sushe_fenpei_caogao.docx",
        "dormitory_allocation_draft",
        PER,
        paras=[
            "职工周转宿舍分配方案（草稿，院务会讨论后再定）",
            "一、现有周转宿舍6套（后勤楼3、4层），申请9人。",
            "二、拟按以下顺序分配：1．新招聘外地大学生优先；2．夫妻两地分居者；3．离家30公里以上者。",
            "三、拟分配名单：尉迟航（302，新入职）、芮晓东（303，爱人在长沙工作）、甄海波（401）、盖文杰（402）、伍佳琪（403，与他人合住）、«P:潘小红»（404，临聘，暂住半年）。",
            "四、未分配：佘玉莲（家在镇上）、冼国栋（已在县城购房）、«P:姚建平»（临聘司机，其本人不同意合住）。",
            "五、缑立新提出异议：认为尉迟航试用期未满不应优先，待院务会讨论。",
        ],
    )
    add(
        "renshi/kaoshi/sanji_kaoshi_chengji_2026.csv",
        "training_exam_scores",
        PER,
        encoding="gb18030",
        rows=[
            ["2026年“三基”理论考试成绩（医护人员，内部排名）"],
            ["排名", "姓名", "科室", "成绩", "是否补考"],
            ["1", "訾晓燕", "公卫科", "96", "否"],
            ["2", "扈秋菊", "住院部", "93", "否"],
            ["17", "尉迟航", "内科", "58", "是"],
            ["18", "«P:聂小艳»", "住院部", "52", "是"],
            ["19", "«P:田伟明»", "外科", "47", "是"],
            ["说明：不及格者12月补考，补考仍不及格的扣当季绩效500元。"],
        ],
    )
    add(
        "renshi/jinxiu/jinxiu_shenqing_xiangu.docx",
        "further_training_application",
        PER,
        paras=["专业技术人员外出进修申请表"],
        tables=[
            [
                ["姓名", "冼国栋", "性别", "男"],
                ["身份证号", "«I:y1988/冼国栋»", "手机", "«T»"],
                ["职称", "主治医师（放射）", "现住址", "«A:柳湾镇新街社区桂花苑5栋1单元203室»"],
                ["进修单位", "娄底市中心医院影像科", "时间", "2027年1月至6月"],
                ["申请理由", "我院DR和CT即将投入使用，本人CT诊断经验不足。", "", ""],
                ["科室意见", "同意。", "院长意见", "同意，进修期间发基础绩效。"],
            ]
        ],
        header="柳湾镇卫生院人事档案材料",
    )
    add(
        "renshi/zhengshu/zhiye_zhengshu_dengji.xlsx",
        "qualification_certificate_register",
        PER,
        sheets={
            "医师": [
                ["卫生专业技术人员证书登记表（人事科）", "", "", "", "", ""],
                ["姓名", "身份证号", "学历", "执业证书编码", "执业范围", "注册有效期"],
                ["缑立新", "«I»", "本科", "«d.cert_no:143431321000218»", "全科医学", "长期"],
                ["邸文斌", "«I»", "本科", "«d.cert_no:143431321000365»", "中医", "长期"],
                ["尉迟航", "«I»", "大专", "«d.cert_no:243431321001127»", "内科", "2027-06-30"],
                ["芮晓东", "«I»", "本科", "«d.cert_no:143431321000902»", "儿科", "长期"],
            ],
            "护士": [
                ["姓名", "身份证号", "执业证书编号", "有效期"],
                ["扈秋菊", "«I»", "«d.cert_no:201143000871»", "2028-05-11"],
                ["«P:聂小艳»", "«I»", "«d.cert_no:202343002264»", "2028-07-01"],
            ],
        },
        merges={"医师": ["A1:F1"]},
    )
    add(
        "dangjian/dangfei_shoujiao_2026q4.xls",
        "party_dues_register",
        PER,
        sheets={
            "党费": [
                ["2026年第四季度党费收缴登记", "", "", "", ""],
                ["姓名", "月工资基数", "比例", "季度应缴", "缴纳方式"],
                ["覃晓峰", "9,860", "1.0%", "295.80", "微信"],
                ["粟丽娟", "8,420", "1.0%", "252.60", "微信"],
                ["邝志文", "7,130", "1.0%", "213.90", "现金"],
                ["郦红梅", "5,960", "1.0%", "178.80", "微信"],
                ["宓志强", "6,880", "1.0%", "206.40", "微信"],
                ["收缴人：郦红梅", "", "", "", ""],
            ]
        },
    )
    add(
        "renshi/zhiyuanzhe/zhigong_zhiyuanzhe_mingce.md",
        "volunteer_register",
        PER,
        text=(
            "# 职工志愿服务队名册（报镇文明办备案用）\n\n"
            "| 姓名 | 身份证号 | 手机 | 服务项目 |\n|---|---|---|---|\n"
            "| 靳雅婷 | «I» | «T» | 健康宣讲 |\n| 芮晓东 | «I» | «T» | 义诊 |\n"
            "| 伍佳琪 | «I» | «T» | 文明劝导 |\n| 甄海波 | «I» | «T» | 无偿献血宣传 |\n\n"
            "备注：原报送表中甄海波的身份证号«d.bad_id»有误，以本表为准。\n"
        ),
    )
    add(
        "renshi/jingjian/renyuan_jingjian_fangan_caogao.docx",
        "redundancy_plan_draft",
        ("personnel", "operations"),
        paras=[
            "关于临聘人员精简的方案（讨论稿，严禁外传）",
            "根据县里医共体人员编制核定，我院临聘人员须由23人减至15人。",
            "初步拟定不再续聘人员：«P:姚建平»（司机，年龄偏大，救护车司机由县急救中心统一派驻后不再需要）、«P:谭春妹»（保洁，外包后转入保洁公司）、«P:吴立军»（保安，同上）、«P:潘小红»（护理员，无护士证）。",
            "其余4人待考核后确定。补偿按《劳动合同法》N+1执行，预计支出约19万元，从事业基金列支。",
            "宣布时间待县局批复后再定，之前不得向本人透露。",
        ],
    )
    add(
        "renshi/kaohe/yishi_dingqi_kaohe_jieguo.pdf",
        "physician_assessment_results",
        PER,
        before=["2025-2026周期医师定期考核结果（县卫健局反馈，未公布）", "柳湾镇卫生院"],
        table=[
            ["姓名", "执业类别", "业务水平", "工作成绩", "职业道德", "结论"],
            ["缑立新", "临床", "合格", "合格", "合格", "合格"],
            ["邸文斌", "中医", "合格", "合格", "合格", "合格"],
            ["尉迟航", "临床", "不合格", "合格", "合格", "不合格（暂停执业3个月，培训后再考）"],
            ["«P:田伟明»", "临床", "合格", "基本合格", "不合格", "不合格（有效投诉2次）"],
        ],
        after=["请医务科于12月15日前通知本人并组织培训。"],
    )
    add(
        "renshi/jingpin/zhongceng_jingpin_qun.txt",
        "wechat_export",
        PER,
        text=(
            "群聊：院班子（4人） 导出于2026-11-27\n"
            "覃晓峰 21:03\n医务科长竞聘，笔试面试加起来邝志文第一，尉迟航第二。\n"
            "粟丽娟 21:05\n尉迟航定期考核没过，不能上。\n"
            "宓志强 21:06\n公卫科那边满艳红想去县疾控，她走了谁接？\n"
            "覃晓峰 21:10\n先别说出去，訾晓燕可以考虑，下周一班子会定。\n"
            "粟丽娟 21:11\n好的\n"
        ),
    )
    add(
        "renshi/linpin/linpin_gongzi_fafang_2026_10.txt",
        "temporary_staff_pay",
        ("personnel", "financial"),
        text=(
            "临聘人员10月工资发放表\n"
            "姓名     岗位     基本工资   加班费   扣款   实发      银行卡号\n"
            "«P:潘小红»   护理员   3200       320      0      3520      «B:622848»\n"
            "«P:姚建平»   司机     3400       560      100    3860      «B:623059»\n"
            "«P:谭春妹»   保洁     3100       220      0      3320      «B:621700»\n"
            "«P:吴立军»   保安     3200       360      0      3560      «B:622202»\n"
            "注：«P:吴立军»原登记卡号«d.bad_card»银行退回（卡号有误），本月起改用上列新卡。\n"
            "制表：阙海燕  审核：蒲春燕\n"
        ),
    )
    add(
        "renshi/jingpin/zhongceng_jingpin_pingfen.pptx",
        "cadre_competition_scores",
        PER,
        slides=[
            (
                "2026年中层干部竞聘评分汇总（班子会审议用）",
                [],
                [
                    ["岗位", "竞聘人", "笔试", "演讲", "民主测评", "总分"],
                    ["医务科科长", "邝志文", "86", "88", "91", "88.3"],
                    ["医务科科长", "尉迟航", "79", "85", "72", "78.7"],
                    ["护理部主任", "扈秋菊", "90", "87", "94", "90.3"],
                    ["护理部主任", "«P:聂小艳»", "72", "80", "78", "76.4"],
                ],
                "民主测评原始票数见附件，不在会上展示。",
            ),
        ],
    )
    add(
        "renshi/zhaopin/mianshi_cailiao_2026.zip",
        "recruitment_interview_bundle",
        PER,
        members=[
            (
                "应聘人员简历_龙思雨.docx",
                {
                    "paras": [
                        "个人简历",
                        "姓名：«P:龙思雨»  性别：女  出生：1999年3月",
                        "身份证号：«I:y19990314/龙思雨»",
                        "电话：«T»  邮箱：«E:longsiyu0314@qq.com»",
                        "住址：«A:娄底市娄星区乐坪街道氐星路218号锦绣华庭8栋1402室»",
                        "教育：2018-2023 湖南中医药大学 临床医学（本科）",
                    ]
                },
            ),
            (
                "面试评分.csv",
                {
                    "encoding": "utf-8",
                    "rows": [
                        ["考生", "评委1", "评委2", "评委3", "平均"],
                        ["«P:龙思雨»", "84", "88", "86", "86.0"],
                        ["«P:肖振宇»", "79", "75", "81", "78.3"],
                        ["«P:彭佳怡»", "90", "86", "88", "88.0"],
                    ],
                },
            ),
        ],
    )


# ============================================================================================
# SECRET: operations, other, marked; INTERNAL but not secret
# ============================================================================================

OPS = ("operations",)
OTHER = ("other",)


def operations_other() -> None:
    add(
        "xinxi/biangeng/his_biangeng_shenqing_1112.docx",
        "system_change_request",
        OPS,
        paras=["信息系统变更申请单"],
        tables=[
            [
                ["申请科室", "信息科", "申请人", "钮建波"],
                ["系统名称", "HIS（数据库服务器 «d.ip_address:10.86.12.21»）", "", ""],
                [
                    "变更内容",
                    "升级医保接口至V3.2；变更前创建还原点；sa账号临时密码改为 Lw#Yb2026!03，升级完成后改回。",
                    "",
                    "",
                ],
                ["影响范围", "门诊、住院收费停机约40分钟（11月14日22:00-22:40）", "", ""],
                ["回退方案", "还原数据库备份«d.file_no:HISBAK_20261114_2200.bak»", "", ""],
                ["分管领导意见", "同意。粟丽娟 11月12日", "", ""],
            ]
        ],
    )
    add(
        "xinxi/fuwuqi_zhanghao_2026.xlsx",
        "server_credentials",
        OPS,
        sheets={
            "服务器": [
                ["服务器及网络设备账号清单（信息科专用，打印件锁柜）", "", "", "", ""],
                ["设备", "IP", "端口", "账号", "密码"],
                ["HIS数据库", "«d.ip_address:10.86.12.21»", "1433", "sa", "Lw@His#2026"],
                ["LIS服务器", "«d.ip_address:10.86.12.25»", "3389", "administrator", "LisAdm!n88"],
                ["公卫系统前置机", "«d.ip_address:10.86.12.40»", "22", "root", "Gw_Qzj2026"],
                ["核心交换机", "«d.ip_address:10.86.12.1»", "23", "admin", "Sw#Core0738"],
                ["医保专网路由", "«d.ip_address:172.30.18.6»", "443", "ybadmin", "Yb$Lw1405"],
            ],
            "联系人": [
                ["厂商", "工程师", "手机"],
                ["湖南智医云科技有限公司", "«P:贺志鹏»", "«T»"],
                ["电信政企", "«P:曾晓东»", "«T»"],
            ],
        },
        merges={"服务器": ["A1:E1"]},
    )
    add(
        "xinxi/jifang/churu_dengji_2026_11.csv",
        "server_room_access_log",
        OPS,
        encoding="utf-8",
        rows=[
            ["日期", "进入", "离开", "姓名", "单位", "证件号码", "事由", "陪同人"],
            [
                "2026-11-03",
                "09:10",
                "11:40",
                "«P:贺志鹏»",
                "湖南智医云科技",
                "«I»",
                "HIS补丁",
                "钮建波",
            ],
            [
                "2026-11-14",
                "21:45",
                "23:20",
                "«P:贺志鹏»",
                "湖南智医云科技",
                "«I»",
                "医保接口升级",
                "钮建波",
            ],
            [
                "2026-11-19",
                "14:00",
                "15:10",
                "«P:KIM MINJUN»",
                "韩国美迪森医疗（DR厂家）",
                "«S:M48271635»",
                "DR工作站联调",
                "钮建波",
            ],
            [
                "2026-11-21",
                "10:30",
                "10:50",
                "«P:曾晓东»",
                "中国电信云岭分公司",
                "«I»",
                "更换光猫",
                "滕国庆",
            ],
        ],
    )
    add(
        "zonghe/anbao/xunshi_jiancha_anbao_anpai.docx",
        "inspection_security_arrangement",
        OPS,
        paras=[
            "迎接省卫健委暗访督查期间消防和安保工作安排（不得外传）",
            "一、时间：预计12月第二周（具体日期县局电话通知，不写入文件）。",
            "二、消防：总务科滕国庆负责，11月30日前更换过期灭火器23具；住院部4楼安全通道堆放的废旧床垫当天清走。",
            "三、安保：门诊一楼、住院部入口各安排一名保安24小时在岗（«P:吴立军»、隗春生），监控室由钮建波值守。",
            "四、危化品间和麻精药品库：双人双锁，钥匙分别由卜爱玲和扈秋菊保管，督查期间不得交给他人。",
            "五、联络：督查组到院后第一时间报告覃晓峰（手机«T»）和粟丽娟（手机«T»）。",
        ],
        header="柳湾镇卫生院办公室",
    )
    add(
        "caigou/dr_xiangmu/kongzhijia_pingbiao_yaodian.md",
        "tender_control_price_unopened",
        ("operations", "financial"),
        text=(
            "# DR采购项目控制价及评标要点（开标前，仅限采购小组）\n\n"
            "- 财政批复预算：110万元；内部控制价：103.8万元，低于95万元的报价须说明成本构成。\n"
            "- 市场调研：三家意向供应商报价分别约为98万、105万、112万元。\n"
            "- 技术评分侧重：平板探测器尺寸（43cm×43cm）、三年整机保修、本地工程师2小时响应。\n"
            "- 开标时间：2026年12月18日9:30。此前不得向任何供应商透露控制价和评分侧重。\n"
        ),
    )
    add(
        "caigou/haocai/2027_peisong_xuyue.txt",
        "supplier_negotiation_position",
        OPS,
        encoding="gb18030",
        text=(
            "2027年医用耗材配送续约谈判方案（内部）\n"
            "一、现状：博康医药配送率94%，急需耗材常断供；仁和药业配送率98%，价格高约3%。\n"
            "二、谈判目标：博康下浮率从8.5%提到10%，48小时到货率不低于98%，否则压缩其份额至40%。\n"
            "三、底线：下浮率不低于9%；付款周期不超过90天。\n"
            "四、谈判人员：卜爱玲、滕国庆；院长不直接出面。\n"
        ),
    )
    add(
        "yuanban/fazhan_guihua_2027_2029_zhengqiu.pdf",
        "development_plan_draft",
        OPS,
        pages=[
            "\n".join(
                [
                    "柳湾镇卫生院2027—2029年发展规划（征求意见稿，院内讨论）",
                    "一、新院区：拟在镇东枫树坪村征地22亩建设新门诊住院综合楼，总投资约6,800万元，其中申请中央预算内资金3,000万元，其余通过医共体牵头医院借款和专项债解决。",
                    "二、床位：由40张增至80张，新设康复科和医养结合病区。",
                    "三、人员：三年新增编制外聘用人员18人，其中护理10人。",
                    "四、业务：2029年门急诊量目标12万人次，住院量4,200人次。",
                    "五、风险：征地尚未与村委会达成一致；专项债额度未落实。",
                    "本稿未经县卫健局审核，请勿外传。",
                ]
            )
        ],
    )
    add(
        "yuanban/huiyi/yuanzhang_bangonghui_jiyao_1126.docx",
        "sensitive_meeting_minutes",
        ("operations", "personnel", "other"),
        paras=[
            "院长办公会纪要（2026年第21次）",
            "时间：11月26日下午  地点：三楼会议室  主持：覃晓峰  出席：粟丽娟、宓志强、邝志文、蒲春燕  记录：靳雅婷",
            "一、关于阳长春死亡病例：家属要求赔偿30万元，会议决定委托院法律顾问与家属协商，赔偿上限8万元，由医疗责任险承担；对主管医师尉迟航暂停处方权一个月。".replace(
                "阳长春", "«P:阳长春»"
            ),
            "二、关于医共体整合：县人民医院拟于明年3月接管我院财务和药品采购，会议同意，但要求保留我院独立法人；对外暂不表态。",
            "三、关于临聘人员精简：按讨论稿推进，待县局批复。",
            "以上事项未经公开前，参会人员不得外传。",
        ],
    )
    add(
        "yaojuke/lengku_anbao.ppt",
        "cold_store_security",
        OPS,
        slides=[
            (
                "疫苗冷库及麻精药品库安保措施（内部）",
                [
                    "冷库门禁密码每月更换，本月：620741",
                    "麻精药品库双人双锁，钥匙分别保管",
                    "监控探头7个，东北角为盲区，已申请加装",
                ],
                None,
                "这页不要放进对外汇报的版本。",
            ),
        ],
    )
    add(
        "xinxi/yuancheng_zhanghao_youjian.eml",
        "vendor_credentials_email",
        OPS,
        sender="«P:贺志鹏» <«E:hezhipeng@zhiyiyun-tech.cn»>",
        to="«P:钮建波» <«E:niujianbo_lw@163.com»>",
        subject="远程维护账号已开通",
        body=(
            "«d.surname_title:钮工»：\n远程维护VPN已开通：地址«d.url:https://vpn.zhiyiyun-tech.cn:8443»，"
            "账号 lwwsy_his，初始密码 Zyy@Lw2026，首次登录后请改密。\n"
            "HIS数据库只读账号 report_ro / Ro#2026lw。\n有问题打我手机«T»。\n\n«P:贺志鹏»\n"
        ),
    )
    add(
        "zonghe/yingji/wuzi_chubei_diaobo.xls",
        "emergency_supply_plan",
        OPS,
        sheets={
            "物资": [
                ["2026-2027年冬春季应急物资储备与调拨方案（内部）", "", "", ""],
                ["物资", "储备量", "存放点", "调拨责任人"],
                ["N95口罩", "3,000只", "后勤仓库2号", "滕国庆"],
                ["奥司他韦", "200盒", "药库", "卜爱玲"],
                ["无创呼吸机", "2台", "住院部", "扈秋菊"],
                ["制氧机", "6台", "后勤仓库1号", "隗春生"],
                [
                    "说明：储备量低于县卫健局要求的部分（N95缺2,000只）暂不上报，待12月采购到位后补报。",
                    "",
                    "",
                    "",
                ],
            ]
        },
    )
    # other: cooperation, superiors' requests, marks
    add(
        "yuanban/hezuo/minying_yiyuan_hezuo_tanpan.docx",
        "cooperation_negotiation",
        ("other", "operations"),
        paras=[
            "与云岭仁爱医院合作开展血液透析项目谈判情况（保密）",
            "一、对方提出：在我院住院部二楼设透析中心，对方投入设备8台和技术人员，我院提供场地和医保资质，收入按6:4分成（对方6）。",
            "二、我方意见：分成不低于5:5；透析护士须有我院人员参与；合作期限不超过5年。",
            "三、风险：医保局对“挂靠”合作审查严格，须先行请示县卫健局。",
            "四、对方联系人：«P:温志刚»（总经理）«T»；我方：覃晓峰、蒲春燕。",
            "以上内容在协议签订前不得对外透露。",
        ],
    )
    add(
        "yuanban/hezuo/baoxian_hezuo_xieyi_caogao.odt",
        "cooperation_agreement_draft",
        ("other", "financial"),
        paras=[
            "“惠民保”合作协议（草稿）",
            "甲方：柳湾镇卫生院   乙方：某财产保险股份有限公司云岭支公司",
            "一、乙方在甲方门诊大厅设置服务点，甲方协助宣传，乙方按每单3元向甲方支付宣传服务费。",
            "二、甲方向乙方提供参保居民住院结算数据用于快速理赔，须经居民书面授权。",
            "三、本协议未经县卫健局审核，双方不得对外公开。",
        ],
    )
    add(
        "yuanban/shangji/anfang_jihua_tongzhi.txt",
        "superior_confidential_request",
        ("other",),
        text=(
            "县卫健局办公室电话通知记录\n"
            "时间：2026年11月28日 15:20   来电：县卫健局办公室\n"
            "内容：市卫健委将于12月9日至11日对我县乡镇卫生院进行暗访，重点是发热门诊、院感和医保违规。"
            "暗访名单和时间请严格保密，只通知院长和分管副院长，不得在工作群里传达。\n"
            "记录人：靳雅婷\n"
        ),
    )
    add(
        "yuanban/shangji/laihan_1130_xiansuo_hecha.pdf",
        "superior_letter_marked",
        ("other", "medical"),
        mark=("秘密★6个月", 0.5, False),
        pages=[
            "\n".join(
                [
                    "秘密★6个月",
                    "云岭县卫生健康局",
                    "关于做好聚集性疫情线索核查工作的通知",
                    "各乡镇卫生院：",
                    "近期我县柳湾镇、石门片区出现流感样病例聚集性上升。请柳湾镇卫生院立即对以下线索开展核查：",
                    "1．柳湾中学初二（3）班近3日缺课11人；",
                    "2．枫树坪村«P:伍秋生»家庭3人（已报告野生菌中毒）需排除其他病因。",
                    "核查结果于12月3日前报局疾控股。本通知不得上网、不得转发。",
                    "2026年11月30日",
                ]
            )
        ],
    )
    add(
        "yuanban/shangji/yibao_feijian_tongbao.docx",
        "superior_letter_marked",
        ("other", "financial"),
        mark=("工作秘密★3年", 3.0, False),
        header="工作秘密★3年",
        paras=[
            "关于2026年医保基金飞行检查发现问题的通报",
            "柳湾镇卫生院：",
            "省医保局飞行检查发现你院存在串换药品、超标准收费等问题，涉及金额12.6万元，拟移交县医保局处理。",
            "请于15日内完成整改并报送整改报告。在处理决定作出前，本通报内容不得对外公开。",
            "云岭县医疗保障局  2026年11月20日",
        ],
    )
    add(
        "yuanban/shangji/baozhang_renwu_tongzhi.txt",
        "state_secret_marked",
        OTHER,
        mark=("机密★10年", 10.0, True),
        text=(
            "机密★10年\n"
            "关于重大活动期间医疗卫生保障任务的通知\n"
            "柳湾镇卫生院：\n"
            "根据上级部署，你院承担12月下旬某重大活动期间的医疗保障备勤任务，具体时间、地点和人员另行口头传达。\n"
            "请指定一名院领导负责，备勤人员名单于12月15日前报送。\n"
            "本通知按机密件管理，阅后收回，不得复制。\n"
        ),
    )
    add(
        "yuanban/shangji/jixiao_paiming_q3.doc",
        "superior_letter_marked",
        ("other", "operations"),
        mark=("秘密★2年", 2.0, False),
        paras=[
            "秘密★2年",
            "2026年前三季度全县乡镇卫生院绩效考核排名情况",
            "柳湾镇卫生院综合得分78.6分，在全县21家乡镇卫生院中排第17位。",
            "失分较多的指标：家庭医生履约率（-6分）、医保基金使用（-5分）、病历质量（-4分）。",
            "排名结果仅供各院内部整改参考，不得公开。",
        ],
    )
    add(
        "yuanban/yuqing/yuqing_yingdui_koujing.md",
        "media_response_plan",
        ("other", "operations"),
        text=(
            "# 关于“«d.pseudonym:阳某某»死亡”网络舆情的应对口径（仅限院领导和办公室）\n\n"
            "1. 对外统一由办公室靳雅婷回应，其他人员一律不接受采访、不在朋友圈评论。\n"
            "2. 口径：患者系慢性肾衰竭终末期，入院时病情危重，我院已尽力救治，具体情况以医疗事故技术鉴定为准。\n"
            "3. 不提及赔偿协商和对医生的处理。\n"
            "4. 如记者来院，请先引导到会议室，并立即报告覃晓峰。\n"
        ),
    )
    add(
        "caigou/yaopin/2027q1_jihua_1120.eml",
        "procurement_plan_email",
        ("operations", "financial"),
        sender="«P:卜爱玲» <«E:buailing1979@qq.com»>",
        to="«P:蒲春燕» <«E:puchunyan_cw@126.com»>",
        subject="2027年一季度药品采购计划（初稿）",
        body="«d.surname_title:蒲科长»：\n附件是一季度药品采购计划初稿，总额约126万元，博康的份额我先按55%做的，谈判前请不要给配送企业看。\n«P:卜爱玲»\n",
        attachments=[
            (
                "2027Q1采购计划.docx",
                "docx",
                {
                    "paras": ["2027年一季度药品采购计划（初稿）"],
                    "tables": [
                        [
                            ["品种", "数量", "预估单价", "配送企业"],
                            ["奥司他韦胶囊", "600盒", "19.80", "博康医药"],
                            ["胰岛素注射液", "300支", "46.00", "仁和药业"],
                            ["头孢呋辛酯片", "800盒", "8.60", "博康医药"],
                        ]
                    ],
                },
            )
        ],
    )


def internal() -> None:
    add(
        "peixun/baomi_peixun_2026.pptx",
        "training_slides",
        slides=[
            (
                "工作秘密保护培训",
                [
                    "哪些是工作秘密：患者信息、薪酬考核、预算、采购计划……",
                    "不要用微信传患者名单和身份证照片",
                    "电脑锁屏、密码不外借",
                ],
                None,
                None,
            ),
            (
                "案例",
                [
                    "某卫生院职工将体检名单发到家长群，被通报批评",
                    "某医院工作人员倒卖产妇信息被判刑",
                ],
                None,
                "讲的时候不要提具体单位名称。",
            ),
        ],
    )
    add(
        "peixun/aefi_chuzhi_peixun.pptx",
        "training_slides",
        slides=[
            (
                "预防接种异常反应的识别与处置",
                [
                    "一般反应：发热、局部红肿",
                    "异常反应：过敏性休克、热性惊厥、臂丛神经炎",
                    "过敏性休克：肾上腺素0.01mg/kg肌注",
                ],
                None,
                None,
            ),
            (
                "报告时限",
                [],
                [
                    ["情形", "时限"],
                    ["死亡、严重", "2小时内"],
                    ["群体性", "2小时内"],
                    ["其他", "48小时内"],
                ],
                None,
            ),
        ],
    )
    add(
        "peixun/siyin_jiance_peixun.ppt",
        "training_slides",
        slides=[
            (
                "死因监测与死亡医学证明填写培训",
                ["根本死因的判定原则", "常见错误：只写“心跳呼吸骤停”", "死亡证明与户籍注销的衔接"],
                None,
                None,
            ),
        ],
    )
    add(
        "peixun/chufang_dianping_peixun.pdf",
        "training_material",
        pages=[
            "\n".join(
                [
                    "处方点评工作培训讲义（医务科）",
                    "一、点评依据：《医院处方点评管理规范（试行）》。",
                    "二、不合理处方分为不规范处方、用药不适宜处方和超常处方。",
                    "三、常见问题：无指征使用抗菌药物、重复用药、儿童超剂量、联合用药不适宜。",
                    "四、点评结果运用：纳入科室和个人考核，连续三次以上超常处方的医师，限制其处方权。",
                ]
            )
        ],
    )
    add(
        "peixun/yuangan_tiku.docx",
        "question_bank",
        paras=[
            "院感知识考试题库（2026版）",
            "1．手卫生的五个时刻是什么？答：接触患者前、清洁无菌操作前、接触体液后、接触患者后、接触患者周围环境后。",
            "2．医疗废物暂存时间不得超过多少小时？答：48小时。",
            "3．锐器伤后的紧急处理？答：由近心端向远心端挤血，流动水冲洗，碘伏消毒，报告登记。",
        ],
    )
    add(
        "bangong/huiyi_tongzhi_1201.txt",
        "meeting_notice",
        text=(
            "会议通知\n各科室：\n定于12月3日（周三）下午3:00在三楼会议室召开12月院周会，请各科室负责人准时参加，不得请假。\n"
            "院办公室  2026年12月1日\n"
        ),
    )
    add(
        "bangong/fenji_haoma.xlsx",
        "internal_directory",
        sheets={
            "分机": [
                ["院内分机号", ""],
                ["科室", "分机"],
                ["院办", "8001"],
                ["医务科", "8006"],
                ["公卫科", "8010"],
                ["财务科", "8015"],
                ["住院收费", "8013"],
                ["总务科", "8021"],
                ["信息科", "8030"],
                ["药剂科", "8041"],
            ]
        },
    )
    add(
        "bangong/benzhou_gongzuo_anpai.md",
        "weekly_plan",
        text=(
            "# 本周工作安排（12月1日—12月5日）\n\n- 周一：院周会准备，收集各科11月工作量\n- 周二：公卫科下村开展老年人体检（石门村）\n"
            "- 周三：院周会\n- 周四：消防器材检查\n- 周五：信息系统数据备份恢复演练\n"
        ),
    )
    add(
        "zhikong/shebei_xunjian_jilu.csv",
        "equipment_checklist",
        encoding="utf-8",
        rows=[
            ["设备", "巡检项目", "11月结果", "巡检人"],
            ["制氧机1号", "流量、报警", "正常", "隗春生"],
            ["除颤仪", "自检、电量", "正常", "扈秋菊"],
            ["救护车", "车载氧气、药品", "氧气不足已补充", "«P:姚建平»"],
        ],
    )
    add(
        "bangong/zhiban_anpai_12yue.docx",
        "duty_schedule",
        paras=["12月行政总值班安排"],
        tables=[
            [
                ["日期", "总值班", "值班医生"],
                ["12月1日", "覃晓峰", "缑立新"],
                ["12月2日", "粟丽娟", "芮晓东"],
                ["12月3日", "宓志强", "邸文斌"],
                ["12月4日", "邝志文", "尉迟航"],
            ]
        ],
        footer="总值班电话：" + DUTY,
    )
    add(
        "zhikong/keshi_zhiliang_zhibiao.pdf",
        "department_quality_indicators",
        before=["2026年10月科室质量指标（院内）"],
        table=[
            ["指标", "内科", "外科", "妇产科"],
            ["平均住院日", "6.8", "7.4", "4.1"],
            ["床位使用率", "86%", "62%", "48%"],
            ["院感发生率", "0.4%", "0.9%", "0"],
        ],
    )


def more_secret() -> None:
    add(
        "yibao/weigui_zicha_2026.xlsx",
        "insurance_violation_selfcheck",
        ("financial", "medical"),
        sheets={
            "自查说明": [
                ["2026年医保基金使用违规问题自查（报县医保局前内部核对稿）"],
                [
                    "自查范围：2026年1-10月住院病历412份，发现疑似问题病例5例，拟主动退回14,386.20元。"
                ],
            ],
            "问题病例": [
                ["", "", "", "", "", "", "", "", "", "", ""],
                ["", "", "问题病例明细", "", "", "", "", "", "", "", ""],
                [
                    "住院号",
                    "患者姓名",
                    "入院日期",
                    "诊断",
                    "问题类型",
                    "涉及金额",
                    "主管医师",
                    "处理",
                    "",
                    "",
                    "参保人身份证号",
                ],
                [
                    "«R:ZY2603-0077»",
                    "«P:彭桂香»",
                    "2026-03-11",
                    "慢性胃炎",
                    "低标准入院",
                    "2,860.00",
                    "尉迟航",
                    "退回",
                    "",
                    "",
                    "«I»",
                ],
                [
                    "«R:ZY2605-0143»",
                    "«P:曾凡友»",
                    "2026-05-20",
                    "高血压2级",
                    "分解住院（7日内再入院）",
                    "3,412.50",
                    "缑立新",
                    "退回",
                    "",
                    "",
                    "«I»",
                ],
                [
                    "«R:ZY2607-0196»",
                    "«P:戴宏亮»",
                    "2026-07-02",
                    "支气管肺炎",
                    "串换项目（雾化按中药熏蒸收费）",
                    "1,206.00",
                    "芮晓东",
                    "退回",
                    "",
                    "",
                    "«I»",
                ],
                [
                    "«R:ZY2609-0251»",
                    "«P:胡桂莲»",
                    "2026-09-14",
                    "脑梗死",
                    "超标准收费（护理费）",
                    "5,418.70",
                    "尉迟航",
                    "退回",
                    "",
                    "",
                    "«I»",
                ],
                [
                    "«R:ZY2610-0264»",
                    "«P:付桂英»",
                    "2026-10-08",
                    "糖尿病",
                    "检查与诊断无关",
                    "1,489.00",
                    "邸文斌",
                    "待核实",
                    "",
                    "",
                    "«I»",
                ],
            ],
        },
        merges={"问题病例": ["C2:H2"]},
    )
    add(
        "yiwuke/kangjunyaowu_paiming_2026_10.docx",
        "antibiotic_ranking_by_doctor",
        ("personnel", "operations"),
        paras=[
            "2026年10月门诊医师抗菌药物使用强度排名（院内通报，不外发）",
            "全院门诊抗菌药物使用率19.8%（县考核指标≤20%）。以下医师超过指标，约谈并扣减当月绩效：",
        ],
        tables=[
            [
                ["排名", "医师", "科室", "处方数", "抗菌药物处方", "使用率"],
                ["1", "尉迟航", "内科", "612", "238", "38.9%"],
                ["2", "«P:田伟明»", "外科", "344", "101", "29.4%"],
                ["3", "芮晓东", "儿科", "508", "126", "24.8%"],
            ]
        ],
        footer="医务科 2026年11月5日",
    )
    add(
        "gongwei/fupin/tuopinhu_zoufang_qingkuang.docx",
        "poverty_household_visit",
        MED,
        paras=[
            "脱贫户健康帮扶入户走访情况（11月）",
            "11月12日上午我们到枫树坪村走访了三户。",
            "第一户在«A:枫树坪村3组牛角冲5号»，户主«P:伍长庚»72岁，去年做了胃癌手术，现在化疗结束，能吃半碗饭，体重比上次少了2斤。老伴«P:伍秋菊»有类风湿，手指变形，拿筷子都困难，止痛药快吃完了。",
            "第二户«P:龙四妹»，独居，耳背，问什么都说“好”。血压170/100，桌上的降压药是去年的。已联系她侄子«P:龙志勇»（«T»）每周来看一次。",
            "第三户«P:黎满堂»家里人都在广东，他本人精神分裂症稳定期，服奥氮平，村医每周送药，这次看精神状态可以。",
            "下次走访安排在12月中旬。",
        ],
        textbox=["走访人：芮晓东、谌宝林", "联系电话：芮晓东 «T»"],
    )
    add(
        "renshi/fangshe/geren_jiliang_jiance_2026.pdf",
        "radiation_dose_monitoring",
        ("personnel", "medical"),
        ttf=True,
        lines=[
            "放射工作人员个人剂量监测及职业健康检查结果（2026年度）",
            "监测机构：湖南省职业病防治院    报告编号：«d.report_no:HNZF-JL-2026-11873»",
            "姓名        身份证号              季度剂量(mSv)   年剂量    职业健康检查",
            "冼国栋      «I:y1988/冼国栋»      0.12/0.09/0.31/0.11   0.63   可继续从事放射工作",
            "«P:毛丽君»      «I:y1993/毛丽君»      0.08/0.41/1.36/0.22   2.07   外周血淋巴细胞微核率偏高，建议复查",
            "说明：毛丽君三季度剂量异常，调查发现其曝光时未穿铅衣，已谈话提醒。".replace(
                "毛丽君", "«P:毛丽君»"
            ),
        ],
    )
    add(
        "yuanban/laixin/huanzhe_jiashu_laixin.txt",
        "patient_family_letter",
        ("medical", "other"),
        encoding="gb18030",
        text=(
            "尊敬的院长：\n"
            "我是住院病人«P:阳长春»的女儿«P:阳小英»，我父亲10月29日在你们医院走了。我想问几个问题：\n"
            "一、10月28日晚上他说胸口闷，值班的医生为什么两个小时后才来？\n"
            "二、住院号«R:ZY2610-0315»的病历我要复印，护士说要院长签字，这是什么规定？\n"
            "三、我哥哥«P:阳光辉»说你们让他先交清欠费才给病历，这合理吗？\n"
            "我的电话«T»，家住«A:湖南省娄底市双峰县永丰街道书院路126号»。请给我一个答复。\n"
            "阳小英 2026年11月28日\n".replace("阳小英 2026", "«P:阳小英» 2026")
        ),
    )
    add(
        "renshi/jixiao/jixiao_zongliang_cesuan_2027_caogao.xlsx",
        "pay_policy_draft",
        ("personnel", "financial"),
        sheets={
            "测算": [
                ["2027年绩效工资总量测算（草稿，未提交职代会）", "", ""],
                ["项目", "2026年", "2027年(拟)"],
                ["绩效工资总量(万元)", "486", "532"],
                ["其中：奖励性绩效", "292", "330"],
                ["院领导人均(万元)", "11.8", "13.2"],
                ["临床医生人均(万元)", "8.6", "9.4"],
                ["公卫人员人均(万元)", "7.1", "7.3"],
                [
                    "说明：院领导上浮幅度大于职工，需在职代会前做好解释；公卫人员增幅低，预计有意见。",
                    "",
                    "",
                ],
            ]
        },
        merges={"测算": ["A1:C1"]},
    )
    add(
        "caiwu/qianfei/cuijiao_duanxin_daochu.txt",
        "sms_export",
        ("financial", "medical"),
        text=(
            "短信导出（住院收费处工作手机）\n"
            "[2026-11-26 10:12] 发给 «T»（«P:阳光辉»）：您父亲阳长春住院欠费6535.50元，请于12月10日前到住院收费处结清。\n".replace(
                "您父亲阳长春", "您父亲«P:阳长春»"
            )
            + "[2026-11-26 10:40] 来自 «T»（«P:阳光辉»）：人都没了你们还要钱？我要去告你们\n"
            "[2026-11-26 11:05] 发给 «T»（«P:付桂英»家属）：付桂英住院欠费1,208元，请尽快补交，住院号«R:ZY2610-0264»。\n".replace(
                "：付桂英住院", "：«P:付桂英»住院"
            )
            + "[2026-11-27 09:30] 来自 «T»：我是付桂英的儿子«P:付建军»，下周一去交\n".replace(
                "我是付桂英", "我是«P:付桂英»"
            )
        ),
    )
    add(
        "renshi/yuanwai/yuanwai_yiliaodui_baoming.docx",
        "aid_abroad_team_application",
        PER,
        paras=["援外医疗队队员报名推荐表（县卫健局汇总，未公布）"],
        tables=[
            [
                ["姓名", "性别", "身份证号", "护照号", "专业", "手机"],
                ["芮晓东", "男", "«I:y1992/芮晓东»", "«S:EJ4412785»", "儿科", "«T»"],
                ["甄海波", "男", "«I»", "«S:E78231096»", "检验", "«T»"],
            ]
        ],
        footer="推荐单位：柳湾镇卫生院（盖章）",
    )
    add(
        "gonghui/kunnan_zhigong_weiwen_youjian.eml",
        "hardship_staff_email",
        ("personnel", "medical"),
        sender="«P:宓志强» <«E:mizhiqiang72@163.com»>",
        to="县卫生工会 <«d.public_email:ylxwsgh@163.com»>",
        subject="柳湾镇卫生院2027年元旦春节困难职工慰问名单",
        body="县卫生工会：\n报送我院困难职工慰问名单3人，详见附件。其中«P:佘玉莲»同志情况特殊，请优先考虑。\n柳湾镇卫生院工会 «P:宓志强» «T»\n",
        attachments=[
            (
                "困难职工名单.docx",
                "docx",
                {
                    "paras": ["困难职工慰问名单"],
                    "tables": [
                        [
                            ["姓名", "科室", "困难原因", "家庭住址"],
                            [
                                "«P:佘玉莲»",
                                "收费室",
                                "丈夫«P:蒋国胜»患尿毒症，每周透析3次",
                                "«A:柳湾镇新街社区锦江小区2栋3单元602室»",
                            ],
                            ["«P:隗春生»", "总务科", "本人肝硬化失代偿", "«A:柳湾镇石门村7组14号»"],
                            [
                                "«P:潘小红»",
                                "住院部",
                                "单亲，女儿白血病化疗中",
                                "«A:双峰县梓门桥镇金田村5组»",
                            ],
                        ]
                    ],
                },
            )
        ],
    )
    add(
        "gongwei/tefu/jisheng_tefu_jiating_lianxi.txt",
        "special_family_contacts",
        MED,
        encoding="gb18030",
        text=(
            "计划生育特殊家庭家庭医生签约联系表（仅限签约医生使用）\n"
            "户主        年龄  情况              住址                      联系电话       签约医生\n"
            "«P:谭德明»      68    独生子女死亡      «A:新街社区东风路18号»       «L»   缑立新\n"
            "«P:贺翠兰»      64    独生子女伤残三级  «A:石门村1组6号»             «T»    邸文斌\n"
            "«P:周国安»      71    独生子女死亡      «A:龙潭村4组11号»            «T»    谌宝林\n"
            "注意：上门时不要当着邻居提及子女情况。\n"
        ),
    )
    add(
        "caiwu/yibao/jiesuan_mingxi_saomiao.pdf",
        "insurance_settlement_scan",
        ("financial", "medical"),
        image_pdf=True,
        title="城乡居民医保住院结算单（扫描）",
        table=[
            ["姓名", "«P:胡桂莲»", "住院号", "«R:ZY2609-0251»"],
            ["身份证号", "«I»", "结算日期", "2026-09-28"],
            ["总费用", "8,962.40", "统筹支付", "5,912.10"],
            ["大病保险", "0.00", "个人支付", "3,050.30"],
        ],
        lines=["经办人：佘玉莲"],
    )
    add(
        "xinxi/zhanghao/his_zhanghao_kaitong.odt",
        "account_opening_form",
        OPS,
        paras=[
            "HIS系统账号开通登记",
            "新入职：尉迟航  工号：«d.staff_no:LW2026031»  角色：门诊医生、住院医生",
            "初始密码：Lw2026@wch（已当面告知，要求首次登录修改）",
            "电子签名证书PIN：318806",
            "开通人：钮建波  2026年3月2日",
        ],
    )


def marked_more() -> None:
    add(
        "yuanban/shangji/xinshenger_siwang_tongbao.md",
        "superior_letter_marked",
        ("other", "medical"),
        mark=("内部资料", None, False),
        text=(
            "内部资料\n\n"
            "# 关于一起新生儿死亡病例的情况通报\n\n"
            "各乡镇卫生院：\n\n"
            "11月某乡镇一名新生儿出生后第5天死亡，初步调查与产后访视不到位有关。请各院立即自查2026年以来"
            "产后访视记录，重点核查访视日期是否真实、是否存在电话访视代替入户访视的情况。\n\n"
            "自查结果于12月10日前报局妇幼股。本通报仅供内部工作参考，不得外传。\n\n"
            "云岭县卫生健康局办公室\n"
        ),
    )
    add(
        "yuanban/shangji/yimiao_liuliang_tongzhi.docx",
        "superior_letter_marked",
        ("other", "operations"),
        mark=("此件不公开", None, False),
        paras=[
            "关于调整我县流感疫苗分配的通知",
            "各乡镇卫生院：",
            "因供货企业延迟交付，本年度第二批流感疫苗减少40%。柳湾镇卫生院分配量由1,200剂调整为720剂，"
            "优先保障60岁以上老人和慢性病患者。",
            "请勿向群众解释具体减少原因，统一口径为“分批到货”。",
            "此件不公开，阅后收回",
        ],
    )


def more_public() -> None:
    pub = {"pub": True}
    add(
        "zhidu/jiedu_xinxi_gongkai_zhidu.pdf",
        "management_rule",
        **pub,
        ttf=True,
        lines=[
            "柳湾镇卫生院院务公开制度",
            "一、公开内容：医疗服务项目和价格、常用药品价格、年度预算和决算、",
            "    采购结果、人员招聘结果、患者投诉处理程序。",
            "二、公开形式：院务公开栏、电子显示屏、县政府信息公开平台。",
            "三、涉及患者隐私、职工个人信息和尚未公开的工作秘密的，不予公开。",
            "四、院务公开监督电话：" + SWITCH,
        ],
    )
    add(
        "yuanwu_gongkai/changyong_yaopin_jiage.pdf",
        "public_price_list",
        **pub,
        ttf=True,
        lines=[
            "常用药品价格公示（2026年11月）",
            "药品名称              规格            单位   零售价(元)",
            "阿莫西林胶囊          0.25g×24粒      盒     6.80",
            "硝苯地平缓释片(Ⅱ)     20mg×30片       盒     9.60",
            "二甲双胍片            0.25g×48片      盒     3.20",
            "布洛芬缓释胶囊        0.3g×20粒       盒     7.40",
            "以上药品实行零差率销售。",
        ],
    )
    add(
        "biaoge_moban/jiezhong_qiandao_kongbai.png",
        "blank_template",
        **pub,
        title="预防接种知情同意签字表",
        table=[
            ["日期", "儿童姓名", "疫苗", "监护人签字", "联系电话"],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
        ],
        lines=["柳湾镇卫生院预防接种门诊"],
    )
    add(
        "biaoge_moban/laonian_tijian_biao_saomiao.pdf",
        "blank_template",
        **pub,
        image_pdf=True,
        title="老年人健康体检表（空白）",
        table=[
            ["姓名", "", "身份证号", ""],
            ["血压", "", "血糖", ""],
            ["体检医生", "", "日期", ""],
        ],
        lines=["编号：________"],
    )
    leaflets = [
        (
            "hpv_yimiao",
            "md",
            [
                "HPV疫苗接种问答",
                "问：HPV疫苗适合哪些人接种？答：9—45岁女性，最佳接种年龄为9—14岁。",
                "问：接种前要做HPV检测吗？答：不需要。",
                "问：打了疫苗还要做宫颈癌筛查吗？答：要，疫苗不能预防所有型别。",
                "我县13岁女孩可免费接种二价HPV疫苗，请家长带孩子到接种门诊预约，电话" + VACC + "。",
            ],
        ),
        (
            "jiehebing_hexin",
            "docx",
            [
                "结核病防治核心信息",
                "咳嗽、咳痰两周以上，或痰中带血，要怀疑得了肺结核，应及时到医院就诊。",
                "在县结核病定点医院检查和治疗肺结核，可享受国家免费政策。",
                "坚持规律、全程服药，绝大多数肺结核可以治愈。",
            ],
        ),
        (
            "aizibing_zixun",
            "txt",
            [
                "艾滋病自愿咨询检测",
                "本院可提供免费、保密的艾滋病自愿咨询检测服务。",
                "检测结果只告知本人，不会通知家属和单位。",
                "咨询时间：工作日上午，地点：门诊三楼公卫科。",
            ],
        ),
        (
            "kongyan",
            "pptx",
            [
                "无烟医院 从我做起",
                "院内全面禁止吸烟",
                "吸烟是慢阻肺、肺癌、冠心病的主要危险因素",
                "戒烟门诊：每周二上午，免费提供戒烟指导",
                "二手烟没有安全水平",
            ],
        ),
    ]
    for stem, fmt, lines in leaflets:
        lines_add(f"xuanjiao/{stem}", fmt, "health_education_leaflet", lines, **pub)
    add(
        "yuanwu_gongkai/xiangcun_yisheng_kaohe_gongshi.docx",
        "public_notice",
        **pub,
        paras=[
            "2026年度乡村医生执业考核结果公示",
            "根据《乡村医生从业管理条例》，经考核，以下乡村医生考核合格：谌宝林（石门村）、«P:邬建华»（枫树坪村）、«P:曹立春»（龙潭村）。",
            "公示期7天。对考核结果有异议的，请向县卫生健康局基层卫生股反映，电话" + BUREAU + "。",
        ],
    )
    add(
        "caigou/caichao_zhongbiao_gonggao.txt",
        "procurement_announcement",
        **pub,
        text=(
            "柳湾镇卫生院彩色多普勒超声诊断仪采购项目（二次）成交结果公告\n"
            "成交供应商：娄底市湘中医疗器械有限公司\n"
            "统一社会信用代码：«U»\n"
            "供应商地址：«A:娄底市娄星区长青街道吉星路东方明珠商业广场B座1106室»\n"
            "成交金额：61.8万元\n"
            "采购代理机构联系电话：«d.public_phone:0738-6512087»\n"
        ),
    )
    add(
        "xinwen/yiliao_gongtongti.docx",
        "news_item",
        **pub,
        paras=[
            "县人民医院专家每周到我院坐诊",
            "自12月起，县人民医院心内科、内分泌科、骨科专家每周四上午到我院坐诊，患者不出镇就能看上县级专家。",
            famous("坐诊专家中有曾师从“中国肝胆外科之父”吴孟超的«P:屈立平»主任医师。", "吴孟超"),
            "预约电话：" + SWITCH,
        ],
    )
    add(
        "xinwen/huashi_zhongyi_wenhua.md",
        "news_item",
        **pub,
        text=famous(
            "# 华佗五禽戏走进老年大学\n\n"
            "12月1日，我院康复科医生在镇老年大学教授华佗五禽戏。五禽戏相传为东汉名医华佗所创，模仿虎、鹿、熊、猿、鸟五种动物的动作。"
            "李时珍在《本草纲目》中亦有导引养生的记载。\n",
            "华佗",
            "李时珍",
        ),
    )
    add(
        "bangong/yuanganke_jiancha_biao.docx",
        "internal_checklist",
        paras=["院感科月度检查表（11月）", "检查科室：住院部、门诊、消毒供应室"],
        tables=[
            [
                ["项目", "结果"],
                ["手卫生依从率", "82%"],
                ["医疗废物分类", "合格"],
                ["空气消毒记录", "缺3天"],
            ]
        ],
    )
    add(
        "bangong/zhigong_yundonghui_tongzhi.odt",
        "meeting_notice",
        paras=[
            "关于举办2026年职工趣味运动会的通知",
            "定于12月20日下午在镇中学操场举办职工趣味运动会，各科室于12月10日前将报名表交工会。",
        ],
    )


SECTIONS = (rules_duties, blank_forms, health_education, published, medical, financial_personnel,
            operations_other, internal, more_secret, marked_more, more_public)  # fmt: skip


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
    if fmt == "odt":
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
