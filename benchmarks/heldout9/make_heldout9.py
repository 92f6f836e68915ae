# ruff: noqa: E501, B905
"""Write benchmarks/heldout9: the ninth held-out set, a forestry-and-state-farm township centre.

黑松岭林场镇卫生院 (青岭县, eastern Heilongjiang; switchboard 0467-5321120). Every text is written
by hand below; the random generator (fixed seed) makes only check digits, random digits and
synthetic names. Mechanics (marks, check digits, writers, read-back) follow heldout3's script,
copied, not imported. Run: python benchmarks/heldout9/make_heldout9.py
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import sys
from collections import Counter
from datetime import date
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

# Real county codes of eastern Heilongjiang (虎林, 密山, 穆棱, 东宁, 集贤), plus one from Yanbian.
AREAS = ["230382", "230382", "230382", "230381", "231085", "231086", "230521", "222426"]
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
LANDLINE_AREA = ["0467", "0467", "0467", "0453", "0454"]
CARD_PREFIXES = ["622848", "621700", "622202", "623059", "621799", "622908", "621226", "622575"]

# --------------------------------------------------------------------------------------------
# check digits and random values
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
    digits = 7
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
    body = RNG.choice(["91", "92", "12", "52"]) + RNG.choice(AREAS[:5]) + org
    check = (31 - sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS)) % 31) % 31
    return body + _USCC_CHARS[check]


def bad_uscc() -> str:
    good = new_uscc()
    return good[:-1] + RNG.choice([c for c in _USCC_CHARS if c != good[-1]])


# --------------------------------------------------------------------------------------------
# marks → values, documents → files
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"«([A-Za-z]+)(?:\.([a-z_]+))?(?::([^»]*))?»")
TRUTH: list[dict[str, Any]] = []
_current: dict[str, Any] = {}
_PEOPLE: dict[str, str] = {}


def _value(code: str, kind: str | None, given: str | None) -> str:
    if code == "I" and given and given.startswith("y"):
        # «I:y1958/骆兰芝»: born that year (or day); the same ID wherever the tag recurs
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
        "Io": lambda: new_id(1930, 1960),
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
    """Resolve the marks of one string (other cell values pass through) into the current doc."""
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


Mark = tuple[str, float | None, bool] | None


def _start(name: str, kind: str, cats: tuple[str, ...], pub: bool, mark: Mark) -> Path:
    _current.clear()
    name = name.removeprefix("docs/")
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


def _finish(encoding: str = "utf-8") -> None:
    rec = dict(_current)
    rec["encoding"] = encoding
    TRUTH.append(rec)


def text_doc(
    name: str,
    kind: str,
    text: str,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
    encoding: str = "utf-8",
) -> None:
    path = _start(name, kind, cats, pub, mark)
    make_text(path, r(text).lstrip("\n"), encoding=encoding)
    _finish(encoding)


def csv_doc(
    name: str,
    kind: str,
    rows: list[list[str]],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
    encoding: str = "utf-8",
) -> None:
    path = _start(name, kind, cats, pub, mark)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow([r(c) for c in row])
    make_text(path, buf.getvalue(), encoding=encoding, bom=encoding == "utf-8-sig")
    _finish(encoding)


_VML_TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="textbox{n}" type="#_x0000_t202" style="width:260pt;height:70pt">'
    "<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def _docx_bytes(
    paras: list[str],
    tables: list[list[list[str]]],
    header: str | None = None,
    footer: str | None = None,
    textbox: list[str] | None = None,
) -> bytes:
    """A Word file: paragraphs, then tables; a text box (VML, as older Word and WPS write
    them) after the first paragraph, so its text is not among python-docx's body paragraphs."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for i, text in enumerate(paras):
        p = document.add_paragraph(text)
        if i == 0 and textbox:
            inner = "".join(f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>" for t in textbox)
            p._p.append(parse_xml(_VML_TEXTBOX.format(n=1, paras=inner)))
    for rows in tables:
        ncol = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=ncol)
        table.style = "Table Grid"
        for ri, row in enumerate(rows):
            for ci, cell in enumerate(row):
                table.cell(ri, ci).text = cell
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_doc(
    name: str,
    kind: str,
    paras: list[str],
    tables: list[list[list[str]]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    textbox: list[str] | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    data = _docx_bytes(
        [r(p) for p in paras],
        [[[r(c) for c in row] for row in t] for t in tables or []],
        header=r(header) if header else None,
        footer=r(footer) if footer else None,
        textbox=[r(t) for t in textbox] if textbox else None,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    _finish()


Sheets = dict[str, list[list[Any]]]


def _xlsx_bytes(sheets: Sheets, merges: dict[str, list[str]] | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title=title)
        for row in rows:
            sheet.append([None if c == "" else c for c in row])
        for span in (merges or {}).get(title, []):
            sheet.merge_cells(span)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _resolve_sheets(sheets: Sheets) -> Sheets:
    return {t: [[r(c) for c in row] for row in rows] for t, rows in sheets.items()}


def xlsx_doc(
    name: str,
    kind: str,
    sheets: Sheets,
    merges: dict[str, list[str]] | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_xlsx_bytes(_resolve_sheets(sheets), merges))
    _finish()


def pdf_doc(
    name: str,
    kind: str,
    pages: list[str],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    make_pdf(path, [r(p) for p in pages])
    _finish()


def pdf_table_doc(
    name: str,
    kind: str,
    before: list[str],
    table: list[list[str]],
    after: list[str] | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
    size: float = 9.0,
) -> None:
    """A PDF whose table is drawn as ruled cells, as report generators print LIS/HIS exports."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    path = _start(name, kind, cats, pub, mark)
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    before_t = [r(x) for x in before]
    rows = [[r(c) for c in row] for row in table]
    after_t = [r(x) for x in after or []]
    ncol = max(len(row) for row in rows)
    widths = [
        max(pdfmetrics.stringWidth(row[i] if i < len(row) else "", CJK_FONT, size) for row in rows)
        + 8
        for i in range(ncol)
    ]
    pagesize = A4 if sum(widths) < A4[0] - 80 else landscape(A4)
    if sum(widths) > pagesize[0] - 60:
        raise ValueError(f"{name}: table too wide")
    pw, ph = pagesize
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=pagesize)
    x0, y = 40.0, ph - 50.0
    for i, line in enumerate(before_t):
        pdf.setFont(CJK_FONT, 14 if i == 0 else 10)
        pdf.drawString(x0, y, line)
        y -= 20
    y -= 6
    rh = size * 2.0
    for row in rows:
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
    for line in after_t:
        if y < 50:
            pdf.showPage()
            pdf.setFont(CJK_FONT, 10)
            y = ph - 50.0
        pdf.drawString(x0, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
    _finish()


Slide = tuple[str, list[str], list[list[str]] | None, str | None]


def pptx_doc(
    name: str,
    kind: str,
    slides: list[Slide],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    """Slides of (title, bullet lines, optional table, optional speaker notes)."""
    from pptx import Presentation
    from pptx.util import Inches

    path = _start(name, kind, cats, pub, mark)
    deck = Presentation()
    for title, bullets, table, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1 if bullets else 5])
        slide.shapes.title.text = r(title)
        if bullets:
            body = slide.placeholders[1].text_frame
            body.text = r(bullets[0])
            for line in bullets[1:]:
                body.add_paragraph().text = r(line)
        if table:
            ncol = max(len(row) for row in table)
            top = Inches(1.6) if not bullets else Inches(4.2)
            shape = slide.shapes.add_table(
                len(table), ncol, Inches(0.4), top, Inches(9.2), Inches(0.4) * len(table)
            )
            for ri, row in enumerate(table):
                for ci, cell in enumerate(row):
                    shape.table.cell(ri, ci).text = r(cell)
        if notes:
            slide.notes_slide.notes_text_frame.text = r(notes)
    path.parent.mkdir(parents=True, exist_ok=True)
    deck.save(str(path))
    _finish()


Attachment = tuple[str, dict[str, Any]]


def eml_doc(
    name: str,
    kind: str,
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachment: Attachment | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
    sent: tuple[int, int, int, int, int] = (2026, 11, 20, 9, 30),
) -> None:
    """An e-mail as a mail client saves it; ``attachment`` is ("NAME.docx", docx kwargs) or
    ("NAME.xlsx", {"sheets": ..., "merges": ...})."""
    from datetime import datetime, timedelta, timezone

    path = _start(name, kind, cats, pub, mark)
    msg = EmailMessage()
    msg["From"] = r(sender)
    msg["To"] = r(to)
    msg["Subject"] = r(subject)
    y, mo, d, h, mi = sent
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=8))))
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', path.stem)}@mail.heisongling.invalid>"
    msg.set_content(r(body))
    if attachment is not None:
        fname, spec = attachment
        if fname.endswith(".docx"):
            data = _docx_bytes(
                [r(p) for p in spec.get("paras", [])],
                [[[r(c) for c in row] for row in t] for t in spec.get("tables", [])],
            )
            sub = "vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            data = _xlsx_bytes(_resolve_sheets(spec["sheets"]), spec.get("merges"))
            sub = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        msg.add_attachment(data, maintype="application", subtype=sub, filename=fname)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=policy.SMTP))
    _finish()


# Often used marks: the centre's published numbers and national hotlines are decoys.
def lines_doc(
    stem: str,
    fmt: str,
    kind: str,
    lines: list[str],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    """The same hand-written lines as a file of the given format (the first line is the title)."""
    name = f"{stem}.{fmt}"
    if fmt in ("txt", "md"):
        body = "\n".join(("# " + x if fmt == "md" and i == 0 else x) for i, x in enumerate(lines))
        text_doc(name, kind, body + "\n", cats, pub, mark)
    elif fmt == "pdf":
        pdf_doc(name, kind, ["\n".join(lines)], cats, pub, mark)
    elif fmt == "docx":
        docx_doc(name, kind, lines, cats=cats, pub=pub, mark=mark)
    elif fmt == "pptx":
        chunks = [lines[i : i + 6] for i in range(1, len(lines), 6)] or [[]]
        slides: list[Slide] = [(lines[0], chunk, None, None) for chunk in chunks]
        pptx_doc(name, kind, slides, cats, pub, mark)
    else:
        raise ValueError(fmt)


# ============================================================================================
# PUBLIC: health education (leaflets, slides for residents, WeChat-article reposts)
# ============================================================================================

# ---- CONTENT ----
# ----------------------------------------------------------------------------------------------
# The centre: 黑松岭林场镇卫生院, 青岭县 (fictional), eastern Heilongjiang.

SWITCH = "«d.public_phone:0467-5321120»"
DUTY = "«d.public_phone:0467-5321119»"
JIEZHONG = "«d.public_phone:0467-5321133»"
HR_TEL = "«d.public_phone:0467-5321108»"
HR_MAIL = "«d.public_email:hslwsy_rsk@163.com»"
CENTRE_ADDR = "«d.public_address:青岭县黑松岭镇林业街18号»"
BUREAU = "«d.public_phone:0467-5812260»"
CDC = "«d.public_phone:0467-5813371»"
H12320 = "«d.hotline:12320»"
H120 = "«d.hotline:120»"
H12119 = "«d.hotline:12119»"

_SURN = list("朴金崔李郑赵关那佟付于孙王张刘杨吴曲姜韩宋尹许石全玄池")
_GIVEN = [
    "成浩",
    "哲洙",
    "顺姬",
    "英淑",
    "明玉",
    "东日",
    "光洙",
    "贞淑",
    "美兰",
    "京花",
    "永福",
    "桂芝",
    "凤霞",
    "铁军",
    "德福",
    "秀兰",
    "海龙",
    "淑华",
    "东旭",
    "春燕",
    "玉霞",
    "长顺",
    "国庆",
    "立新",
    "宝山",
    "福林",
    "金凤",
    "丽娟",
    "雪梅",
    "振江",
    "树林",
    "广才",
    "喜荣",
    "春生",
    "晓光",
    "冬梅",
    "艳秋",
    "俊杰",
    "文革",
    "红岩",
    "志刚",
    "桂兰",
    "玉兰",
    "凤英",
    "万春",
    "成林",
    "玉珠",
    "顺子",
    "贞姬",
    "昌浩",
    "英爱",
    "龙洙",
    "美顺",
    "春花",
    "德顺",
]
_USED: set[str] = set()


def nm() -> str:
    """A new synthetic name: a northern, Korean-Chinese or Manchu surname and a given name."""
    while True:
        n = RNG.choice(_SURN) + RNG.choice(_GIVEN)
        if n not in _USED:
            _USED.add(n)
            return n


def P(n: str) -> str:
    return f"«P:{n}»"


def A(s: str) -> str:
    return f"«A:{s}»"


def D(kind: str, v: str) -> str:
    return f"«d.{kind}:{v}»"


def R(prefix: str, n: int = 8) -> str:
    return f"«R:{prefix}{RNG.randint(10 ** (n - 1), 10**n - 1)}»"


def T() -> str:
    return "«T»"


def L() -> str:
    return "«L»"


_ID_N = [0]


def ID(year: int | None = None) -> str:
    """A new resident ID; with ``year`` its birth date falls in that year."""
    _ID_N[0] += 1
    return f"«I:y{year}/{_ID_N[0]}»" if year else "«I»"


def B(prefix: str = "") -> str:
    return f"«B:{prefix}»" if prefix else "«B»"


def E(v: str) -> str:
    return f"«E:{v}»"


_VILLAGES = [
    "黑松岭镇东兴村",
    "黑松岭镇红星村",
    "黑松岭镇向阳村",
    "黑松岭镇新华村",
    "黑松岭镇朝阳村",
]


def home() -> str:
    v = RNG.choice(_VILLAGES)
    return A(f"青岭县{v}{RNG.randint(1, 9)}组{RNG.randint(2, 68)}号")


def flat() -> str:
    return A(
        f"青岭县黑松岭镇林场家属区{RNG.randint(1, 24)}栋{RNG.randint(1, 6)}单元{RNG.randint(1, 6)}0{RNG.randint(1, 4)}室"
    )


FMTS = ["txt", "md", "pdf", "docx"]


# ---------------------------------------------------------------------------------------------- public
LEAFLETS = [
    [
        "冻伤的早期识别与处理",
        "林区冬季气温常低于零下30℃，户外作业、酒后露宿是冻伤的主要原因。",
        "一度冻伤皮肤红肿发痒，二度起水疱，三度皮肤发黑坏死，四度深达肌肉骨骼。",
        "千万不要用雪搓、火烤或热水烫，应在38～42℃温水中复温20～30分钟。",
        "复温后仍麻木发黑，请尽快到卫生院就诊，必要时转诊县医院烧伤科。",
    ],
    [
        "煤烟中毒（一氧化碳中毒）预防须知",
        "火炕、火墙、土暖气烟道堵塞或刮大风倒烟，都可能引起一氧化碳中毒。",
        "一氧化碳无色无味，早期表现为头痛、头晕、恶心、乏力，严重者昏迷。",
        "每年入冬前请清理烟道，睡前检查炉盖，室内安装一氧化碳报警器。",
        "发现有人中毒，立即开窗通风，把病人移到室外，拨打" + H120 + "。",
        "重度中毒需高压氧治疗，本县高压氧舱设在县人民医院。",
    ],
    [
        "蜱虫叮咬与森林脑炎",
        "每年5～7月是蜱虫活动高峰，林区作业、采山菜、采蘑菇人员是高危人群。",
        "森林脑炎由蜱传播，潜伏期7～14天，表现为高热、头痛、颈项强直，病死率高。",
        "进山请穿长袖、扎紧袖口裤脚，回家后仔细检查头皮、腋窝、腹股沟。",
        "发现蜱虫叮咬不要硬拔，可用酒精涂抹后用镊子缓慢取出，并到卫生院登记观察。",
        "森林脑炎疫苗需在进山前完成基础免疫（两剂间隔14天）。",
    ],
    [
        "油锯作业伤害现场急救",
        "油锯伤多为下肢和手部深大伤口，出血凶猛，常伴肌腱、神经断裂。",
        "第一步：用干净布料直接压迫止血；四肢大出血可在伤口近心端扎止血带，并写明时间。",
        "第二步：断指用干净纱布包好，装入塑料袋，外放冰块，切勿直接泡在冰水里。",
        "第三步：林区道路远，请提前联系卫生院急诊，雪天转运注意保暖。",
    ],
    [
        "严寒天气谨防低体温",
        "核心体温低于35℃即为低体温，老人、醉酒者和迷路的采山人员最危险。",
        "寒战、说话含糊、动作笨拙是早期信号，寒战停止反而说明病情加重。",
        "脱去湿衣，用毛毯包裹，喝温热的甜饮料，不要饮酒，不要搓揉四肢。",
    ],
    [
        "流行性出血热防治知识",
        "流行性出血热由汉坦病毒引起，主要传染源是黑线姬鼠和大林姬鼠。",
        "秋冬季打场、进山、住工棚容易接触鼠类排泄物污染的尘土。",
        "典型表现为发热、头痛、腰痛、眼眶痛，脸红、颈红、胸红。",
        "重点人群可在卫生院预防接种门诊接种双价出血热疫苗，咨询电话" + JIEZHONG + "。",
    ],
    [
        "野外遭遇熊和野猪怎么办",
        "黑熊多在春季出蛰后和秋季觅食期活动，野猪常在玉米地和林缘出没。",
        "进山结伴而行，边走边发出声响，不要携带气味浓烈的食物。",
        "遭遇熊时不要转身奔跑，面对它慢慢后退；被野生动物咬伤后立即冲洗伤口并就医。",
        "野生动物致伤需按Ⅲ级暴露处置狂犬病预防，并注意破伤风。",
    ],
    [
        "冰雪路面防摔倒、防骨折",
        "冬季冰雪路面摔倒是老年人手腕和髋部骨折的主要原因。",
        "穿防滑鞋，外出带拐杖，雪后不要急于清扫房顶积雪。",
        "骨质疏松的老人可在医生指导下补充钙剂和维生素D。",
    ],
    [
        "冬季血压为什么容易升高",
        "寒冷刺激使血管收缩，冬季高血压患者血压平均比夏季高5～10mmHg。",
        "清晨起床、上厕所、从热炕到室外都是脑卒中的危险时刻。",
        "坚持服药，不随意减量，出现一侧肢体无力、口角歪斜，立即拨打" + H120 + "。",
    ],
    [
        "腌菜与亚硝酸盐：吃酸菜、泡菜要注意",
        "酸菜、辣白菜腌制后第3～8天亚硝酸盐含量最高，20天后明显下降。",
        "不要吃腌制不到20天的酸菜，腌菜时可适量加入维生素C含量高的蔬菜。",
        "亚硝酸盐中毒表现为口唇、指甲青紫，严重者呼吸困难，需立即就医。",
    ],
    [
        "克山病防治：知识回顾",
        "克山病于1935年在黑龙江省克山县首次发现，是一种地方性心肌病。",
        "病因与低硒环境有关，补硒和改善饮食后发病率大幅下降。",
        "我省现已基本控制克山病，但病区居民仍需定期心电图检查。",
    ],
    [
        "雪盲的预防",
        "雪地反射的紫外线可达80%以上，长时间在雪地作业容易引起雪盲。",
        "症状为眼痛、流泪、怕光、异物感，一般1～3天可恢复。",
        "林区巡护、集材作业请佩戴防紫外线护目镜。",
    ],
    [
        "冬季流感和肺炎球菌疫苗接种提示",
        "60岁以上老人建议每年接种流感疫苗，并接种一剂23价肺炎球菌多糖疫苗。",
        "本镇65岁以上老年人可在卫生院预防接种门诊登记，接种时带好身份证和医保卡。",
        "接种后留观30分钟，当天不要洗澡。",
    ],
    [
        "酒后受冻危害大",
        "饮酒后皮肤血管扩张，身体感觉发热，实际上散热更快。",
        "林区每年都有酒后在户外睡着冻伤、冻死的事件，请家人劝阻酒后外出。",
        "「喝酒暖身」是误区，严寒天气请少饮酒、不饮酒。",
    ],
]


def leaflets() -> None:
    for i, lines in enumerate(LEAFLETS):
        fmt = FMTS[i % 4]
        lines_doc(
            f"docs/xuanjiao/leaflet_{i + 1:02d}", fmt, "health_education_leaflet", lines, pub=True
        )


NOTICES = [
    [
        "关于森林防火期门诊时间调整的通知",
        "根据县森林草原防灭火指挥部要求，2027年春季森林防火期自3月15日起至6月15日止。",
        "防火期内卫生院门诊时间调整为7:30-17:00，急诊24小时开放，值班电话" + DUTY + "。",
        "各林场、各管理区作业队如有人员受伤，可直接联系卫生院急诊，防火报警请拨打" + H12119 + "。",
        "黑松岭林场镇卫生院",
        "2027年3月1日",
    ],
    [
        "2026-2027年度供暖期住院部安排",
        "本院住院部供暖期为2026年10月10日至2027年4月20日。",
        "住院病人如感觉病房温度不足，请告知当班护士，由总务科协调锅炉房。",
        "总务科电话：" + "«d.public_phone:0467-5321116»" + "。",
    ],
    [
        "关于开展森林脑炎疫苗集中接种的通知",
        "为做好2027年林区作业人员森林脑炎预防工作，卫生院将于3月1日至4月10日集中接种。",
        "对象：林场职工、管护人员、采山人员、季节性务工人员。",
        "地点：卫生院预防接种门诊及第三管理区、第五管理区巡回接种点。",
        "第三管理区12队、第五管理区3队请由队长统一组织，按时到点接种。",
        "咨询电话：" + JIEZHONG + "。",
    ],
    [
        "林业退休职工免费健康体检公告",
        "青岭县林业局退休职工2026年度免费健康体检于11月启动。",
        "体检项目：血常规、肝肾功能、血脂、血糖、心电图、腹部B超、胸部DR。",
        "请携带身份证、医保卡，空腹到卫生院二楼体检中心，电话" + SWITCH + "。",
        "地址：" + CENTRE_ADDR + "。",
    ],
    [
        "元旦春节期间门诊安排",
        "元旦（1月1日）门诊照常；春节除夕至初三门诊暂停，急诊、住院正常。",
        "预防接种门诊初四恢复，值班电话" + DUTY + "。",
    ],
    [
        "冬季雪天急救转运须知",
        "大雪封路期间，卫生院急救车可能无法进入部分山场和林区作业点。",
        "作业点、瞭望塔发生急危重症，请先拨打" + H120 + "并说明所在管理区、队号或瞭望塔编号，",
        "例如“第五管理区3队”“7号瞭望塔”，卫生院将协调林场集材车或履带车接应。",
        "请各作业队配备急救箱和保温毯。",
    ],
    [
        "关于公布2026年度医疗服务满意度调查结果的通知",
        "2026年度共回收问卷612份，总体满意度93.6%，其中住院满意度95.1%、门诊满意度92.4%。",
        "对候诊时间长、冬季候诊区温度低等意见，卫生院已增加暖风机两台。",
    ],
    [
        "家庭医生签约服务公告",
        "我院组建家庭医生团队6个，覆盖全镇5个行政村和林场家属区。",
        "签约居民可享受健康评估、慢病随访、预约转诊等服务，签约咨询电话" + SWITCH + "。",
    ],
]


def notices() -> None:
    for i, lines in enumerate(NOTICES):
        fmt = ["docx", "txt", "pdf", "md"][i % 4]
        lines_doc(f"docs/yuanwu_gongkai/notice_{i + 1:02d}", fmt, "public_notice", lines, pub=True)


def news() -> None:
    a, b, c, d, e = nm(), nm(), nm(), nm(), nm()
    lines_doc(
        "docs/xinwen/news_01",
        "docx",
        "news_item",
        [
            "我院开展冬季冻伤防治培训",
            f"12月3日，卫生院院长{P(a)}带领外科医生{P(b)}深入第三管理区12队和第五管理区3队，",
            "为160余名冬季采伐作业人员讲解冻伤、低体温和油锯伤的现场处置。",
            "培训中还回顾了"
            + D("famous", "伍连德")
            + "博士1910年在东北扑灭鼠疫的历史，激励医务人员守护林区。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/xinwen/news_02",
        "md",
        "news_item",
        [
            "县医共体专家下沉黑松岭",
            f"县人民医院心内科主任{P(c)}每周四到我院坐诊，当天接诊胸闷、心悸患者27人。",
            "“" + D("famous", "白求恩") + "精神就是到最需要的地方去”，专家们说。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/xinwen/news_03",
        "txt",
        "news_item",
        [
            "7号瞭望塔上的“家庭医生”",
            f"每年防火期，家庭医生{P(d)}都要带着药箱爬上7号瞭望塔，为瞭望员测血压、送常用药。",
            "瞭望塔离最近的公路12公里，冬天只能坐林场的履带车上山。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/xinwen/news_04",
        "pdf",
        "news_item",
        [
            "卫生院与林业局总医院签订远程会诊协议（已签署公告）",
            f"11月18日，卫生院与县林业局总医院举行远程会诊签约仪式，{P(a)}院长和林业局总医院副院长{P(e)}出席。",
            "今后我院疑难病例可通过远程平台会诊，会诊结果当天返回。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/xinwen/news_05",
        "md",
        "news_item",
        [
            "中医馆冬病夏治回访",
            "三伏天贴敷的慢性支气管炎患者中，今冬复诊人数同比下降两成。",
            "中医馆负责人介绍，“冬病夏治”源于清代"
            + D("famous", "张璐")
            + "《张氏医通》中的白芥子涂法。",
        ],
        pub=True,
    )
    f = nm()
    lines_doc(
        "docs/xinwen/news_06",
        "docx",
        "news_item",
        [
            "我院护士获评“青岭县最美护士”",
            f"在县卫健局组织的评选中，我院护士长{P(f)}获评“青岭县最美护士”。",
            "她在朝鲜族聚居村坚持用朝汉双语开展健康宣教十二年。",
        ],
        pub=True,
    )


BLANK_FORMS = [
    (
        "冻伤患者登记表",
        [
            "姓名",
            "性别",
            "年龄",
            "作业单位（管理区/队）",
            "冻伤部位",
            "冻伤程度",
            "受冻时间",
            "处置",
            "转归",
        ],
    ),
    (
        "动物致伤登记表",
        [
            "登记日期",
            "姓名",
            "联系电话",
            "致伤动物（犬/猫/熊/野猪/鼠/其他）",
            "暴露分级",
            "伤口处理",
            "疫苗批号",
            "免疫球蛋白",
        ],
    ),
    (
        "出入境返乡人员健康申报表",
        [
            "姓名",
            "证件类型及号码",
            "入境口岸",
            "入境日期",
            "来自国家（韩国/俄罗斯/其他）",
            "近14天症状",
            "现住址",
            "联系电话",
        ],
    ),
    (
        "车辆加油卡领用登记表",
        ["日期", "车牌号", "油卡编号", "领用人", "加油升数", "金额", "里程表读数", "归还时间"],
    ),
    (
        "锅炉房安全巡检记录表",
        ["巡检时间", "压力(MPa)", "水位", "出水温度", "排烟温度", "安全阀", "巡检人签字"],
    ),
    (
        "薪柴（燃料）入库验收单",
        [
            "入库日期",
            "供货单位",
            "品名（桦木/柞木/煤）",
            "数量（立方米/吨）",
            "单价",
            "验收人",
            "保管人",
        ],
    ),
    ("职工食堂采购入库单", ["日期", "品名", "规格", "数量", "单价", "金额", "采购人", "验收人"]),
    (
        "蜱虫叮咬登记观察表",
        ["姓名", "单位", "叮咬日期", "叮咬部位", "蜱虫是否取出", "观察期体温", "结论"],
    ),
    (
        "雪天急救出车登记表",
        [
            "出车时间",
            "车牌号",
            "驾驶员",
            "目的地（村/管理区/瞭望塔）",
            "路况",
            "返回时间",
            "随车医护",
        ],
    ),
    (
        "职工取暖补贴申领表",
        ["姓名", "科室", "住房面积(㎡)", "取暖方式", "申领金额", "本人签字", "科室负责人签字"],
    ),
]


def blank_forms() -> None:
    for i, (title, cols) in enumerate(BLANK_FORMS):
        fmt = ["docx", "xlsx", "csv", "pdf", "docx"][i % 5]
        name = f"docs/biaoge_moban/form_{i + 1:02d}.{fmt}"
        if fmt == "docx":
            docx_doc(
                name,
                "blank_form_template",
                [f"黑松岭林场镇卫生院{title}"],
                tables=[[cols] + [[""] * len(cols)] * 4],
                footer="填表说明：请用黑色签字笔填写",
                pub=True,
            )
        elif fmt == "xlsx":
            xlsx_doc(
                name,
                "blank_form_template",
                {"表": [[f"黑松岭林场镇卫生院{title}"], [], cols]},
                merges={"表": [f"A1:{chr(64 + len(cols))}1"]},
                pub=True,
            )
        elif fmt == "csv":
            csv_doc(name, "blank_form_template", [[title], cols], pub=True, encoding="utf-8-sig")
        else:
            pdf_table_doc(
                name,
                "blank_form_template",
                [f"黑松岭林场镇卫生院{title}"],
                [cols, [""] * len(cols)],
                pub=True,
                size=8,
            )


POLICIES = [
    [
        "黑龙江省城乡居民基本医疗保险住院报销政策解读（2026年）",
        "一级医疗机构（乡镇卫生院）起付线200元，政策范围内报销比例85%。",
        "二级医疗机构起付线500元，报销比例70%；三级医疗机构起付线1000元，报销比例55%。",
        "年度最高支付限额15万元，大病保险起付线以上分段报销60%～70%。",
    ],
    [
        "林区职工冬季取暖补贴政策（县人社局公开文件摘要）",
        "机关事业单位在职职工取暖补贴按每人每年2800元至3600元标准发放，随11月工资发放。",
        "退休人员由养老金发放机构统一发放。补贴标准为公开政策，个人领取明细不予公开。",
    ],
    [
        "乡村医生补助政策问答",
        "问：村医基本公共卫生服务补助怎么算？答：按服务人口和考核结果拨付，每千人口不低于规定标准。",
        "问：村医养老怎么办？答：年满60周岁退出的村医按工作年限领取生活补助。",
    ],
    [
        "森林脑炎疫苗免费接种实施方案（摘要）",
        "免费对象：国有林区一线作业人员、护林员、防火瞭望员；其他人员自愿自费接种。",
        "基础免疫2剂，间隔14天，以后每3年加强1剂。",
    ],
    [
        "关于印发冬季一氧化碳中毒防控工作方案的通知（公开版）",
        "各乡镇要在入冬前完成烟道检查，卫生院负责中毒病例的救治和报告。",
        "一氧化碳中毒病例实行日报告制度，聚集性中毒2小时内上报。",
    ],
    [
        "国家基本公共卫生服务项目居民须知",
        "居民可免费建立健康档案，0～6岁儿童、孕产妇、65岁以上老人、高血压和2型糖尿病患者、",
        "严重精神障碍患者、肺结核患者可享受免费健康管理服务。咨询电话" + H12320 + "。",
    ],
]


def policies_prices_stats() -> None:
    for i, lines in enumerate(POLICIES):
        fmt = ["pdf", "docx", "md", "txt", "pdf", "docx"][i]
        lines_doc(
            f"docs/zhengce_wenjian/policy_{i + 1:02d}", fmt, "published_policy", lines, pub=True
        )
    # fee schedules
    xlsx_doc(
        "docs/shoufei/price_services.xlsx",
        "published_fee_schedule",
        {
            "医疗服务价格": [
                ["黑松岭林场镇卫生院医疗服务价格公示（2026年）"],
                ["执行省定一类价格"],
                ["项目编码", "项目名称", "计价单位", "价格（元）"],
                [D("item_code", "110200001"), "普通门诊诊察费", "次", 6],
                [D("item_code", "120400001"), "静脉输液", "次", 8],
                [D("item_code", "121300001"), "清创缝合（小）", "次", 60],
                ["311201001", "冻伤复温处理", "次", 45],
                ["310902001", "高压氧舱治疗（县医院）", "次", 120],
            ],
            "药品": [
                ["常用药品价格"],
                ["药品名称", "规格", "单价"],
                ["阿莫西林胶囊", "0.25g×24粒", 6.8],
                ["硝苯地平缓释片", "20mg×30片", 9.6],
                ["冻疮膏", "20g", 4.5],
            ],
        },
        merges={"医疗服务价格": ["A1:D1", "A2:D2"]},
        pub=True,
    )
    csv_doc(
        "docs/shoufei/vaccine_prices.csv",
        "published_fee_schedule",
        [
            ["非免疫规划疫苗价格公示", "", ""],
            ["疫苗名称", "生产企业", "每剂价格（元）"],
            ["森林脑炎灭活疫苗", "长春某生物", "158"],
            ["双价肾综合征出血热疫苗", "某生物制品所", "88"],
            ["23价肺炎球菌多糖疫苗", "某生物", "210"],
            ["流感疫苗（四价）", "某生物", "128"],
        ],
        pub=True,
        encoding="gb18030",
    )
    text_doc(
        "docs/shoufei/checkup_packages.md",
        "published_fee_schedule",
        "# 体检套餐价格\n\n| 套餐 | 项目 | 价格 |\n|---|---|---|\n| 林区作业人员岗前体检 | 血常规、肝功、心电图、胸片 | 180元 |\n"
        "| 季节性务工人员体检 | 血常规、胸片、视力 | 90元 |\n| 驾驶员体检 | 视力、听力、血压 | 60元 |\n",
        pub=True,
    )
    text_doc(
        "docs/shoufei/bed_heating.txt",
        "published_fee_schedule",
        "住院床位费及取暖费标准\n三人间床位费\t18元/日\n双人间床位费\t25元/日\n供暖期取暖费\t已含在床位费中，不另收取\n"
        "依据：省医疗服务价格项目规范，咨询电话" + SWITCH + "\n",
        pub=True,
    )
    # statistics without people
    xlsx_doc(
        "docs/tongji/frostbite_by_month.xlsx",
        "published_statistics",
        {
            "冻伤": [
                ["2025-2026年冬季冻伤就诊情况（已公开）"],
                ["月份", "一度", "二度", "三度及以上", "合计"],
                ["11月", 6, 2, 0, 8],
                ["12月", 14, 5, 1, 20],
                ["1月", 19, 7, 2, 28],
                ["2月", 9, 3, 0, 12],
            ],
            "一氧化碳": [
                ["一氧化碳中毒就诊人次"],
                ["月份", "人次"],
                ["11月", 3],
                ["12月", 7],
                ["1月", 9],
            ],
        },
        merges={"冻伤": ["A1:E1"]},
        pub=True,
    )
    csv_doc(
        "docs/tongji/tbe_coverage.csv",
        "published_statistics",
        [
            ["单位", "应种人数", "实种人数", "接种率"],
            ["第三管理区", "214", "201", "93.9%"],
            ["第五管理区", "188", "170", "90.4%"],
            ["林场家属区", "96", "71", "74.0%"],
            ["合计", "498", "442", "88.8%"],
        ],
        pub=True,
    )
    pdf_table_doc(
        "docs/tongji/outpatient_2026.pdf",
        "published_statistics",
        ["2026年1-10月门诊工作量（公开）"],
        [
            ["月份", "门诊人次", "急诊人次", "住院人次"],
            ["1月", "3120", "210", "96"],
            ["2月", "2688", "188", "81"],
            ["3月", "2901", "175", "77"],
            ["4月", "2540", "163", "70"],
            ["5月", "2799", "201", "66"],
        ],
        pub=True,
    )
    text_doc(
        "docs/tongji/animal_bites_2026.txt",
        "published_statistics",
        "2026年动物致伤门诊统计\n致伤动物  人次  占比\n犬        188   78.3%\n猫        31    12.9%\n"
        "野猪      4     1.7%\n熊        1     0.4%\n鼠类      16    6.7%\n合计      240   100%\n",
        pub=True,
    )
    text_doc(
        "docs/tongji/chronic_disease_mgmt.md",
        "published_statistics",
        "# 慢病管理指标（2026年三季度，已在院务公开栏公示）\n\n- 高血压规范管理率：68.2%\n- 糖尿病规范管理率：63.5%\n"
        "- 65岁以上老人健康管理率：71.0%\n- 家庭医生签约覆盖率：46.3%\n",
        pub=True,
    )
    docx_doc(
        "docs/tongji/returnee_stats.docx",
        "published_statistics",
        [
            "2026年境外返乡人员健康服务情况（公开通报）",
            "全年境外返乡人员共登记143人，其中自韩国返乡112人、自俄罗斯返乡27人、其他国家4人。",
            "均已按要求完成健康申报，未发现输入性传染病。",
        ],
        tables=[[["来源国", "人数"], ["韩国", "112"], ["俄罗斯", "27"], ["其他", "4"]]],
        pub=True,
    )


def training() -> None:
    lines_doc(
        "docs/peixun/frostbite_training",
        "pdf",
        "training_material",
        [
            "冻伤分度与处理（医护培训讲义）",
            "一、病理：组织冻结期、复温融化期、坏死分界期。",
            "二、快速复温：40～42℃温水浸泡，直到皮肤转红、指甲床恢复充盈。",
            "三、禁忌：雪搓、火烤、按摩；复温前防止再冻。",
            "四、三度以上冻伤早期不急于截肢，待坏死界限清楚（约4～6周）。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/peixun/co_poisoning_training",
        "md",
        "training_material",
        [
            "一氧化碳中毒的诊断与高压氧指征",
            "碳氧血红蛋白＞10%有诊断意义；吸烟者可达5%～10%。",
            "昏迷、意识障碍、妊娠、心肌损伤者是高压氧治疗指征。",
            "迟发性脑病多在中毒后2～60天出现。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/peixun/chainsaw_training",
        "docx",
        "training_material",
        [
            "油锯伤清创与肌腱修复要点",
            "清创在伤后6～8小时内完成，林区转运时间长者酌情延长。",
            "肌腱断裂一期修复，神经断裂标记后转上级医院。",
            "常规注射破伤风抗毒素或破伤风免疫球蛋白。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/peixun/tick_training",
        "txt",
        "training_material",
        [
            "蜱传疾病鉴别诊断",
            "森林脑炎、莱姆病、新疆出血热、斑点热的流行季节和主要表现对比。",
            "莱姆病典型表现为游走性红斑，首选多西环素。",
        ],
        pub=True,
    )


def procurement_and_jobs() -> None:
    u1 = "«U»"
    lines_doc(
        "docs/caigou/award_firewood",
        "docx",
        "procurement_announcement",
        [
            "黑松岭林场镇卫生院2026-2027年度供暖燃料采购中标结果公告",
            "项目名称：供暖期燃煤及薪柴采购；预算金额：48.6万元。",
            f"中标供应商：青岭县兴林燃料经销有限公司，统一社会信用代码：{u1}",
            "供应商地址："
            + A("青岭县城关镇站前路166号")
            + "，联系电话："
            + D("public_phone", "0467-5860312")
            + "。",
            "中标金额：46.2万元。公告期限：1个工作日。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/caigou/notice_boiler",
        "pdf",
        "procurement_announcement",
        [
            "锅炉房改造工程询价公告",
            "项目概况：更换2吨燃煤热水锅炉一台及配套除尘设备。",
            "报价截止时间：2026年9月10日；联系人：总务科，电话"
            + D("public_phone", "0467-5321116")
            + "。",
            "采购人地址：" + CENTRE_ADDR + "。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/caigou/award_vaccine_fridge",
        "md",
        "procurement_announcement",
        [
            "医用冷藏冰箱采购成交公告",
            "成交供应商：哈尔滨冰原医疗设备有限公司，统一社会信用代码" + "«U»" + "。",
            "成交金额：3.48万元。供应商客服电话：" + D("public_phone", "0451-86623370") + "。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/caigou/award_vehicle_tires",
        "txt",
        "procurement_announcement",
        [
            "救护车雪地轮胎采购结果公示",
            "采购内容：救护车雪地胎8条、防滑链2套。成交金额：1.36万元。",
            "成交单位：青岭县路通汽车服务部（个体工商户），统一社会信用代码" + "«U»" + "。",
        ],
        pub=True,
    )
    for i, (post, req) in enumerate(
        [
            ("临床医师（全科方向）", "临床医学专业大专及以上，具有执业助理医师及以上资格"),
            ("护士", "护理专业中专及以上，取得护士执业证书，能用朝鲜语交流者优先"),
            ("锅炉工（季节性）", "持有效锅炉操作证，供暖期10月至次年4月"),
        ]
    ):
        lines_doc(
            f"docs/renshi/zhaopin/job_{i + 1}",
            ["docx", "md", "txt"][i],
            "recruitment_announcement",
            [
                f"黑松岭林场镇卫生院招聘{post}公告",
                f"岗位条件：{req}。",
                "待遇：按国家和省有关规定执行，缴纳五险一金。",
                "报名方式：携带身份证、学历证书到卫生院人事科报名，或将简历发至" + HR_MAIL + "。",
                "咨询电话：" + HR_TEL + "。",
            ],
            pub=True,
        )


# ---------------------------------------------------------------------------------------------- secret: medical
def medical() -> None:
    M = ("medical",)
    # frostbite register (xlsx, header on row 3, merged title, two sheets)
    rows = []
    for _i in range(6):
        n = nm()
        rows.append(
            [
                R("MZ2612", 6),
                P(n),
                RNG.choice(["男", "男", "女"]),
                RNG.randint(23, 71),
                RNG.choice(["第三管理区12队", "第五管理区3队", "第二管理区7队", "林场家属区"]),
                RNG.choice(["双足趾", "双手指", "耳廓", "左足跟"]),
                RNG.choice(["一度", "二度", "二度", "三度"]),
                T(),
            ]
        )
    xlsx_doc(
        "docs/menzhen/waike/frostbite_register_2026-12.xlsx",
        "frostbite_register",
        {
            "12月": [
                ["黑松岭林场镇卫生院冻伤患者登记（2026年12月）"],
                ["外科门诊"],
                ["门诊号", "姓名", "性别", "年龄", "作业单位", "冻伤部位", "分度", "联系电话"],
            ]
            + rows,
            "说明": [["作业单位栏的管理区、队号为林场编制，非住址"]],
        },
        merges={"12月": ["A1:H1"]},
        cats=M,
    )
    # chainsaw injury record (docx, key:value + header/footer)
    n, fam = nm(), nm()
    docx_doc(
        "docs/menzhen/waike/chainsaw_injury_record.docx",
        "chainsaw_injury_record",
        [
            "油锯伤急诊病历",
            f"姓名：{P(n)}　性别：男　年龄：46岁　住院号：{R('ZY26', 6)}",
            f"身份证号：{ID(1980)}　联系电话：{T()}",
            f"现住址：{home()}",
            "主诉：油锯回弹致左小腿外伤出血2小时。",
            "现病史：患者于第五管理区3队伐区作业时油锯回弹，左小腿前外侧见长约14cm裂伤，深达胫骨前肌，",
            "现场工友用止血带止血，由林场集材车送至“7号瞭望塔”下公路后转我院救护车。",
            "处置：清创缝合，胫骨前肌部分断裂修复，破伤风免疫球蛋白250IU肌注。",
            f"陪同家属：{P(fam)}（妻），电话{T()}",
        ],
        header="黑松岭林场镇卫生院 急诊科",
        footer="病历资料 仅供诊疗使用",
        cats=M,
    )
    # CO poisoning case report (pdf prose)
    a, b, c = nm(), nm(), nm()
    pdf_doc(
        "docs/gongwei/co_poisoning_case_report.pdf",
        "co_poisoning_case_report",
        [
            "一氧化碳中毒事件调查报告（初稿）\n"
            f"2026年12月14日凌晨，{home()}一户居民发生一氧化碳中毒，共3人。\n"
            f"户主{P(a)}，男，58岁，中度中毒，碳氧血红蛋白28%，已转县医院高压氧治疗；"
            f"其妻{P(b)}，55岁，轻度中毒；孙子{P(c)}，9岁，轻度中毒，门诊号{R('MZ2612', 6)}。\n"
            "原因：火炕烟道被积雪堵塞，夜间大风倒烟。\n"
            f"户主联系电话{T()}。调查人：公卫科。"
        ],
        cats=M,
    )
    # TBE vaccination register (csv GB18030)
    rows = [
        ["森林脑炎疫苗接种登记", "", "", "", "", "", ""],
        ["姓名", "身份证号", "单位", "第1剂日期", "第2剂日期", "疫苗批号", "电话"],
    ]
    for _i in range(7):
        rows.append(
            [
                P(nm()),
                ID(),
                RNG.choice(["第三管理区12队", "第五管理区3队", "护林站", "3号瞭望塔"]),
                "2026-03-0" + str(RNG.randint(1, 9)),
                "2026-03-2" + str(RNG.randint(0, 9)),
                D("batch_no", f"2025{RNG.randint(10000, 99999)}"),
                T(),
            ]
        )
    csv_doc(
        "docs/jiezhong/tbe_vaccination_register_2026.csv",
        "tbe_vaccination_register",
        rows,
        cats=M,
        encoding="gb18030",
    )
    # wild-animal bite records (csv BOM)
    rows = [["登记日期", "姓名", "年龄", "住址", "致伤动物", "暴露分级", "联系电话"]]
    for animal in ["黑熊", "野猪", "犬", "犬", "狍子", "貉"]:
        rows.append(
            [
                "2026-" + f"{RNG.randint(5, 10):02d}-{RNG.randint(10, 28)}",
                P(nm()),
                str(RNG.randint(18, 75)),
                home(),
                animal,
                RNG.choice(["Ⅱ级", "Ⅲ级"]),
                T(),
            ]
        )
    csv_doc(
        "docs/menzhen/quanshang/animal_bite_records_2026.csv",
        "animal_bite_register",
        rows,
        cats=M,
        encoding="utf-8-sig",
    )
    # state-farm migrant worker health checks (xlsx)
    rows = []
    for _i in range(6):
        rows.append(
            [
                P(nm()),
                ID(),
                RNG.choice(["吉林", "辽宁", "山东", "本县"]),
                "第三管理区12队",
                RNG.choice(["正常", "血压偏高", "ALT 86U/L", "胸片：陈旧性结核灶", "正常"]),
                T(),
            ]
        )
    xlsx_doc(
        "docs/gongwei/tijian/migrant_worker_checks_2026.xlsx",
        "migrant_worker_health_check",
        {
            "第三管理区": [
                ["农场季节性务工人员健康检查结果"],
                [],
                ["姓名", "身份证号", "来源地", "所在队", "异常结果", "电话"],
            ]
            + rows
        },
        merges={"第三管理区": ["A1:F1"]},
        cats=M,
    )
    # snow-road ambulance log (txt pipe table)
    lines = [
        "雪路急救出车日志（2027年1月）",
        "| 日期 | 患者 | 病情 | 接诊地点 | 路况 | 随车医生 |",
        "|---|---|---|---|---|---|",
    ]
    doc = nm()
    for _i in range(5):
        lines.append(
            f"| 1月{RNG.randint(2, 28)}日 | {P(nm())} | {RNG.choice(['脑卒中', '一氧化碳中毒', '冻伤三度', '股骨颈骨折', '急性心梗'])} | "
            f"{RNG.choice(['第五管理区3队', '7号瞭望塔', '红星村', '东兴村', '第三管理区12队'])} | "
            f"{RNG.choice(['大雪封路，履带车接应', '冰面', '积雪30cm'])} | {P(doc)} |"
        )
    text_doc(
        "docs/jizhen/snow_ambulance_log_2027-01.md",
        "ambulance_log",
        "\n".join(lines) + "\n",
        cats=M,
    )
    # cross-border returnee health declarations (xlsx, passport numbers)
    rows = []
    for country, port in [
        ("韩国", "延吉口岸"),
        ("韩国", "哈尔滨机场"),
        ("俄罗斯", "绥芬河口岸"),
        ("韩国", "大连机场"),
    ]:
        rows.append(
            [
                P(nm()),
                ID(),
                "«S:E" + str(RNG.randint(10000000, 99999999)) + "»",
                country,
                port,
                RNG.choice(["无", "咳嗽", "无", "发热37.8℃"]),
                home(),
                T(),
            ]
        )
    xlsx_doc(
        "docs/gongwei/returnee_declarations_2026Q4.xlsx",
        "returnee_health_declaration",
        {
            "四季度": [
                ["境外返乡人员健康申报汇总（2026年第四季度）"],
                ["填报单位：公卫科"],
                [],
                ["姓名", "身份证号", "护照号", "来自国家", "入境口岸", "症状", "现住址", "电话"],
            ]
            + rows
        },
        merges={"四季度": ["A1:H1"]},
        cats=M,
    )
    # hypothermia case in prose, no cue
    a, b = nm(), nm()
    text_doc(
        "docs/menzhen/neike/hypothermia_case_note.txt",
        "hypothermia_case_note",
        f"昨晚十一点多，{P(a)}被邻居{P(b)}发现倒在自家柴垛旁，酒后，衣服湿透。\n"
        "到院时肛温32.6℃，心率48次/分，意识模糊。给予复温毯、加温补液，凌晨三点体温回升到35.8℃。\n"
        f"病人女儿在韩国打工，电话打不通，只留了一个座机{L()}，已嘱护士继续联系。\n",
        cats=M,
    )
    # family doctor chat export
    dr, p1, p2 = nm(), nm(), nm()
    text_doc(
        "docs/jiating_yisheng/chat_export_team3.txt",
        "family_doctor_chat",
        "微信群「东兴村家医3组」聊天记录导出\n"
        f"2026-12-02 08:12 {P(p1)}：{P(dr)}大夫，我家老头子这两天血压170/100，吃了硝苯地平也不降\n"
        f"2026-12-02 08:30 {P(dr)}：你明天上午带他来，我给他调药。先别让他出去劈柴\n"
        f"2026-12-02 08:31 {P(p1)}：好的，他脚趾头也冻黑了一块\n"
        f"2026-12-02 09:05 {P(p2)}：{P(dr)}大夫，我儿子从俄罗斯回来咳嗽一星期了，要不要查结核\n"
        f"2026-12-02 09:20 {P(dr)}：要查，带他来拍个胸片，我电话{T()}\n",
        cats=M,
    )
    # hantavirus (epidemic haemorrhagic fever) case investigation (docx) medical+operations
    a = nm()
    docx_doc(
        "docs/gongwei/hfrs_case_investigation.docx",
        "hfrs_case_investigation",
        [
            "肾综合征出血热病例个案调查表",
            f"患者姓名：{P(a)}　年龄：39岁　职业：林业工人",
            f"身份证号：{ID(1987)}",
            f"住址：{flat()}",
            "发病前两个月内在第二管理区7队工棚居住，工棚内见鼠迹。",
            "临床表现：发热5天，腰痛、眼眶痛，少尿期，血小板32×10^9/L。",
            f"住院号：{R('ZY26', 6)}，现转县医院肾内科。",
            "处置：对工棚开展灭鼠，同工棚11人医学观察（名单另附），不对外公布。",
        ],
        tables=[[["调查人", "审核"], ["公卫科", "院感办"]]],
        cats=("medical", "operations"),
    )
    # personal e-mail about a patient with docx attachment (eml)
    s, t_, pt = nm(), nm(), nm()
    eml_doc(
        "docs/email/referral_patient.eml",
        "personal_email_patient",
        f"{P(s)} <{E('hsl_doc' + str(RNG.randint(100, 999)) + '@163.com')}>",
        f"{P(t_)} <{E('lyzyy_' + str(RNG.randint(100, 999)) + '@126.com')}>",
        f"转诊病人{P(pt)}的资料",
        f"{P(t_)}主任：\n您好！今天转过去的冻伤病人{P(pt)}，双足三度冻伤，可能需要截趾。"
        f"病人门诊号{R('MZ2701', 6)}，家属电话{T()}。病历摘要见附件。\n",
        attachment=(
            "病历摘要.docx",
            {
                "paras": [
                    "病历摘要",
                    f"姓名：{P(pt)}",
                    "诊断：双足三度冻伤；酒精依赖",
                    "处置：复温、抗感染、改善微循环",
                ]
            },
        ),
        cats=M,
    )
    # Keshan disease follow-up list (pdf table)
    rows = [["姓名", "年龄", "村", "心电图", "下次随访"]]
    for _i in range(5):
        rows.append(
            [
                P(nm()),
                str(RNG.randint(60, 86)),
                RNG.choice(["东兴村", "红星村", "向阳村"]),
                RNG.choice(["室性早搏", "ST-T改变", "房颤", "正常"]),
                "2027-03",
            ]
        )
    pdf_table_doc(
        "docs/gongwei/keshan_followup.pdf",
        "keshan_disease_followup",
        ["克山病病区老病人随访名单"],
        rows,
        cats=M,
    )
    # Korean-Chinese elderly home visit prose (md)
    a, b = nm(), nm()
    text_doc(
        "docs/jiating_yisheng/home_visit_notes.md",
        "home_visit_note",
        "# 入户随访小记\n\n"
        f"{P(a)}阿妈妮今年84岁，儿女都在韩国，独自住在{home()}。\n"
        f"她只会说朝鲜语，由村医{P(b)}翻译。血压162/96，空腹血糖9.8，老人说药吃完了一周没去买。\n"
        "炕烧得很热，但窗户封得太严，已提醒安装一氧化碳报警器。\n"
        f"健康档案编号：{R('23038210', 9)}\n",
        cats=M,
    )
    # fracture referral record (txt key:value)
    a = nm()
    text_doc(
        "docs/menzhen/waike/fracture_referral.txt",
        "referral_record",
        "双向转诊单（上转）\n"
        f"姓名：{P(a)}\n性别：女\n年龄：77\n门诊号：{R('MZ2701', 6)}\n"
        "初步诊断：右股骨颈骨折（冰面滑倒）\n转往：县人民医院骨科\n"
        f"联系电话：{T()}\n转出医生：外科\n",
        cats=M,
    )
    # hypertension follow-up of forestry retirees (xlsx, sheets per 管理区)
    sheets = {}
    for area in ["林场家属区", "第三管理区"]:
        rows = [
            ["林业退休职工高血压随访表"],
            ["区域：" + area],
            ["姓名", "身份证号", "血压", "用药", "随访方式"],
        ]
        for _i in range(4):
            rows.append(
                [
                    P(nm()),
                    ID(RNG.randint(1940, 1962)),
                    f"{RNG.randint(130, 180)}/{RNG.randint(78, 105)}",
                    RNG.choice(["氨氯地平", "厄贝沙坦", "未规律服药"]),
                    RNG.choice(["门诊", "电话", "入户"]),
                ]
            )
        sheets[area] = rows
    xlsx_doc(
        "docs/gongwei/manbing/retiree_hypertension_followup.xlsx",
        "chronic_followup",
        sheets,
        cats=M,
    )


# ---------------------------------------------------------------------------------------------- secret: personnel
STAFF = [nm() for _ in range(12)]


def personnel() -> None:
    # winter heating subsidy list for staff (xlsx) personnel+financial
    rows = [
        [
            P(n),
            RNG.choice(["内科", "外科", "公卫科", "护理部", "总务科"]),
            RNG.randint(48, 96),
            RNG.choice([2800, 3200, 3600]),
            B(),
        ]
        for n in STAFF[:7]
    ]
    xlsx_doc(
        "docs/caiwu/heating_subsidy_staff_2026.xlsx",
        "staff_heating_subsidy",
        {
            "发放明细": [
                ["2026年度职工取暖补贴发放明细"],
                ["单位：黑松岭林场镇卫生院", "", "", "", "单位：元"],
                ["姓名", "科室", "住房面积", "补贴金额", "工资卡号"],
            ]
            + rows
        },
        merges={"发放明细": ["A1:E1"]},
        cats=("financial", "personnel"),
    )
    # title appraisal scores (docx table)
    rows = [["姓名", "申报职称", "业绩", "论文", "考试", "总分", "推荐意见"]]
    for n in STAFF[2:7]:
        rows.append(
            [
                P(n),
                RNG.choice(["主治医师", "主管护师", "副主任医师"]),
                str(RNG.randint(20, 40)),
                str(RNG.randint(5, 20)),
                str(RNG.randint(55, 90)),
                str(RNG.randint(70, 140)),
                RNG.choice(["推荐", "暂缓", "推荐"]),
            ]
        )
    docx_doc(
        "docs/renshi/title_appraisal_scores_2026.docx",
        "title_appraisal_scores",
        ["2026年度专业技术职称评审推荐量化评分（未公示）", "评审小组评分如下，公示前不得外传。"],
        tables=[rows],
        header="人事科",
        cats=("personnel",),
    )
    # disciplinary decision (txt)
    n = STAFF[8]
    text_doc(
        "docs/renshi/disciplinary_decision.txt",
        "disciplinary_decision",
        "关于给予" + P(n) + "同志警告处分的决定（讨论稿）\n"
        f"{P(n)}，男，外科医生。2026年11月27日夜班期间饮酒，延误一名油锯伤患者处置约40分钟。\n"
        "经院务会研究，给予警告处分，扣发当月绩效工资，调离急诊岗位。\n",
        cats=("personnel",),
    )
    # farm-team doctor contract (docx)
    n = nm()
    docx_doc(
        "docs/renshi/farm_team_doctor_contract.docx",
        "farm_team_doctor_contract",
        [
            "农场作业队驻队医生聘用协议",
            "甲方：黑松岭林场镇卫生院",
            f"乙方：{P(n)}　身份证号：{ID(1969)}　电话：{T()}",
            f"住址：{home()}",
            "乙方驻第三管理区12队卫生所，聘期2027年3月1日至2027年11月30日，月报酬4200元，另发野外补贴600元。",
            f"报酬打入乙方银行卡：{B()}",
        ],
        footer="一式两份",
        cats=("personnel", "financial"),
    )
    # fire-season duty roster with staff mobiles: operations (emergency arrangement) + personnel? keep operations
    rows = [["日期", "带班领导", "值班医生", "值班电话（手机）", "对接瞭望塔"]]
    for d_ in range(1, 6):
        rows.append([f"4月{d_}日", P(STAFF[0]), P(STAFF[d_]), T(), f"{RNG.randint(1, 9)}号瞭望塔"])
    pdf_table_doc(
        "docs/bangongshi/fire_season_duty_roster.pdf",
        "fire_season_duty_roster",
        ["2027年春季森林防火期应急医疗值班表（内部）"],
        rows,
        after=["值班手机须24小时开机，本表不对外公布。"],
        cats=("operations",),
    )
    # staff relatives abroad register (csv)
    rows = [["姓名", "科室", "亲属姓名", "关系", "所在国家", "从事工作", "亲属电话"]]
    for n, country in [(STAFF[3], "韩国"), (STAFF[5], "俄罗斯"), (STAFF[9], "韩国")]:
        rows.append(
            [
                P(n),
                "临床",
                P(nm()),
                RNG.choice(["配偶", "子女", "兄弟"]),
                country,
                RNG.choice(["餐馆", "建筑", "木材贸易"]),
                T(),
            ]
        )
    csv_doc(
        "docs/renshi/staff_relatives_abroad.csv",
        "staff_relatives_abroad",
        rows,
        cats=("personnel",),
    )
    # annual assessment results (md table)
    lines = [
        "# 2026年度考核结果（院务会讨论稿）",
        "",
        "| 姓名 | 科室 | 等次 | 备注 |",
        "|---|---|---|---|",
    ]
    for n in STAFF[:8]:
        lines.append(
            f"| {P(n)} | {RNG.choice(['内科', '外科', '公卫'])} | {RNG.choice(['优秀', '合格', '合格', '基本合格'])} | |"
        )
    text_doc(
        "docs/renshi/annual_assessment_2026.md",
        "annual_assessment_results",
        "\n".join(lines) + "\n",
        cats=("personnel",),
    )
    # transfer / appointment draft (docx, list separated by 、)
    docx_doc(
        "docs/renshi/post_changes_draft.docx",
        "appointment_draft",
        [
            "2027年岗位调整建议名单（未经党支部研究，请勿外传）",
            f"拟调入公卫科：{P(STAFF[4])}、{P(STAFF[6])}、{P(STAFF[10])}",
            f"拟任护理部副主任：{P(STAFF[11])}",
            f"拟调往第五管理区卫生所：{P(STAFF[9])}",
        ],
        cats=("personnel",),
    )
    # village doctor payment list (grain-subsidy style) personnel+financial
    rows = [
        ["序号", "村医姓名", "村卫生室", "身份证号", "基药补助", "公卫补助", "合计", "一卡通账号"]
    ]
    for i, v in enumerate(["东兴村", "红星村", "向阳村", "新华村", "朝阳村"]):
        rows.append(
            [
                str(i + 1),
                P(nm()),
                v + "卫生室",
                ID(),
                "3600",
                str(RNG.randint(8000, 15000)),
                "",
                B("621799"),
            ]
        )
    csv_doc(
        "docs/caiwu/village_doctor_payments_2026H2.csv",
        "village_doctor_payment_list",
        rows,
        cats=("financial", "personnel"),
        encoding="gb18030",
    )


# ---------------------------------------------------------------------------------------------- secret: financial
def financial() -> None:
    F = ("financial",)
    # canteen accounts (xlsx)
    xlsx_doc(
        "docs/caiwu/canteen_accounts_2026-11.xlsx",
        "canteen_accounts",
        {
            "收支": [
                ["职工食堂11月收支明细"],
                [],
                ["日期", "摘要", "收入", "支出", "经手人"],
                ["11-03", "购白菜2000斤（腌酸菜）", "", 1600, P(STAFF[7])],
                ["11-05", "职工餐费收入", 5400, "", "出纳"],
                ["11-12", "购猪肉", "", 2380, P(STAFF[7])],
                ["11-20", "上级补助", 3000, "", "出纳"],
            ],
            "结余": [["月末结余", 1820]],
        },
        merges={"收支": ["A1:E1"]},
        cats=F,
    )
    # firewood procurement with purchase prices (docx) financial+operations
    docx_doc(
        "docs/zongwu/firewood_purchase_contract.docx",
        "firewood_procurement",
        [
            "薪柴采购结算单（内部）",
            "供货方：青岭县兴林燃料经销有限公司",
            f"对方联系人：{P(nm())}，手机{T()}",
            "桦木柈子120立方米，单价265元；柞木80立方米，单价310元；合计56,600元。",
            "付款账户：" + D("corporate_account", "08-5710 0104 0012 345") + "（对公账户）",
        ],
        cats=("financial", "operations"),
    )
    # vehicle fuel card ledger (csv)
    rows = [["日期", "车牌", "油卡编号", "驾驶员", "升数", "金额", "用途"]]
    for _i in range(5):
        rows.append(
            [
                f"12-{RNG.randint(1, 28):02d}",
                D("vehicle", "黑G·" + str(RNG.randint(10000, 99999))),
                D("card_no", "9100" + str(RNG.randint(10**11, 10**12 - 1))),
                P(STAFF[RNG.randint(0, 11)]),
                str(RNG.randint(30, 70)),
                str(RNG.randint(250, 560)),
                RNG.choice(["雪路急救", "下乡随访", "送检"]),
            ]
        )
    csv_doc("docs/zongwu/fuel_card_ledger_2026-12.csv", "fuel_card_ledger", rows, cats=F)
    # internal audit findings (pdf) financial+operations
    pdf_doc(
        "docs/caiwu/internal_audit_findings_2026.pdf",
        "internal_audit_findings",
        [
            "2026年度内部审计发现问题清单（征求意见稿）\n"
            "1. 燃煤入库数量与锅炉房消耗记录差异38吨，涉及金额约3.4万元，原因待查。\n"
            f"2. 油卡加油记录中有7笔无出车单，经手人{P(STAFF[1])}。\n"
            "3. 食堂现金收入未及时缴存，最长滞留19天。\n"
            "4. 农场驻队医生补贴发放依据不完整。\n"
            "整改期限：2027年1月31日前。"
        ],
        cats=("financial", "operations"),
    )
    # budget draft (xlsx)
    xlsx_doc(
        "docs/caiwu/budget_2027_draft.xlsx",
        "budget_draft",
        {
            "收入": [
                ["2027年部门预算（草案）"],
                ["科目", "金额（万元）"],
                ["财政补助收入", 412.6],
                ["医疗收入", 286.0],
                ["其他收入", 12.3],
            ],
            "支出": [
                ["支出预算"],
                ["科目", "金额（万元）"],
                ["人员经费", 498.2],
                ["燃料及取暖", 52.0],
                ["药品", 121.4],
                ["设备购置", 38.0],
            ],
        },
        cats=F,
    )
    # bank reconciliation email (eml) financial
    a = nm()
    eml_doc(
        "docs/email/bank_reconciliation.eml",
        "reconciliation_email",
        f"{P(STAFF[2])} <{E('hsl_kj' + str(RNG.randint(10, 99)) + '@qq.com')}>",
        "财务科 <" + D("public_email", "hslwsy_cwk@163.com") + ">",
        "11月银行对账差异",
        "11月基本户对账差异15,230元，原因是两笔医保回款未入账、一笔职工借款（"
        + P(a)
        + "，借款卡号"
        + B()
        + "）未冲销。请核对。\n",
        cats=F,
    )
    # medical insurance receivables (docx) financial+medical
    rows = [["住院号", "姓名", "病种", "医保应付", "已回款"]]
    for _i in range(4):
        rows.append(
            [
                R("ZY26", 6),
                P(nm()),
                RNG.choice(["一氧化碳中毒", "冻伤", "肺炎", "脑梗死"]),
                str(RNG.randint(1500, 6800)),
                "0",
            ]
        )
    docx_doc(
        "docs/caiwu/insurance_receivables_2026Q4.docx",
        "insurance_receivables",
        ["四季度医保应收款明细", "以下病例医保尚未回款："],
        tables=[rows],
        cats=("financial", "medical"),
    )
    # cost accounting of boiler (txt tab)
    text_doc(
        "docs/caiwu/heating_cost_accounting.txt",
        "cost_accounting",
        "2025-2026供暖季成本核算\n项目\t数量\t金额(元)\n燃煤\t186吨\t158,100\n薪柴\t200立方米\t56,600\n"
        "锅炉工工资\t3人×6月\t75,600\n电费\t\t18,420\n维修\t\t9,300\n合计\t\t318,020\n单位面积成本\t\t52.7元/㎡\n",
        cats=F,
    )
    # cashier report in chat style? petty cash ledger (md)
    text_doc(
        "docs/caiwu/petty_cash_2026-12.md",
        "petty_cash_ledger",
        "# 备用金明细（12月）\n\n"
        f"- 12/02 {P(STAFF[7])} 领备用金2000元（食堂）\n- 12/09 {P(STAFF[1])} 报销雪地防滑链580元\n"
        f"- 12/15 {P(STAFF[10])} 借支下乡差旅费800元，未还\n",
        cats=F,
    )


# ---------------------------------------------------------------------------------------------- secret: operations
def operations() -> None:
    OPS = ("operations",)
    docx_doc(
        "docs/zongwu/boiler_safety_check_defects.docx",
        "boiler_safety_check",
        [
            "锅炉房安全检查问题及整改（内部通报）",
            "检查发现：1号锅炉安全阀校验过期；除渣机皮带老化；夜班锅炉工脱岗两次。",
            f"责任人：{P(STAFF[9])}；整改期限：12月20日。",
            "如发生停炉，启用住院部电暖器应急方案，病人转至二楼集中病房。",
        ],
        cats=OPS,
    )
    text_doc(
        "docs/bangongshi/system_accounts.txt",
        "system_accounts_passwords",
        "系统账号（勿外传）\nHIS管理员 admin  密码 Hsl@2026winter\n公卫系统 hslgw01  密码 Gw#88120\n"
        "医保结算 ybjs_hsl  密码 Yb!0467\n服务器地址 " + D("ip_address", "10.23.8.15") + "\n",
        cats=OPS,
    )
    pdf_doc(
        "docs/bangongshi/fire_emergency_medical_plan.pdf",
        "emergency_plan",
        [
            "森林火灾医疗救援应急预案（内部）\n"
            f"总指挥：{P(STAFF[0])}，手机{T()}\n副总指挥：{P(STAFF[1])}，手机{T()}\n"
            "一级响应：火场距作业点5公里内，派出救护车2台、医护6人，在3号瞭望塔下设临时救护点。\n"
            "二级响应：联系县林业局总医院增援，伤员经第五管理区3队林道转运。"
        ],
        cats=OPS,
    )
    xlsx_doc(
        "docs/caigou/procurement_plan_2027.xlsx",
        "procurement_plan",
        {
            "计划": [
                ["2027年药品器械采购计划（未公开）"],
                ["品名", "数量", "预估单价", "拟选供应商"],
                ["森林脑炎疫苗", 600, 158, "某生物"],
                ["破伤风免疫球蛋白", 300, 96, "某药业"],
                ["便携式一氧化碳检测仪", 10, 420, "哈尔滨冰原医疗设备有限公司"],
                ["保温毯", 200, 35, "待定"],
            ]
        },
        cats=OPS,
    )
    text_doc(
        "docs/bangongshi/target_completion_2026.md",
        "target_completion_unpublished",
        "# 2026年目标任务完成情况（内部）\n\n- 门诊人次：完成年目标的82%，未达标。\n- 森林脑炎疫苗：完成88.8%。\n"
        "- 家庭医生签约：46.3%，低于县考核线50%，拟年底集中补签。\n- 住院收入：同比下降11%。\n",
        cats=OPS,
    )
    # supplier price comparison (csv) operations+financial
    csv_doc(
        "docs/caigou/supplier_quotes_boiler.csv",
        "supplier_quotes",
        [
            ["供应商", "报价（万元）", "联系人", "手机", "评价"],
            ["青岭县热力设备厂", "21.8", P(nm()), T(), "价格高"],
            ["牡丹江北方锅炉有限公司", "18.6", P(nm()), T(), "拟选"],
            ["鸡西宏达机电", "19.9", P(nm()), T(), "资质不全"],
        ],
        cats=("financial", "operations"),
    )
    # vehicle / snow plough dispatch
    text_doc(
        "docs/zongwu/ambulance_dispatch_rules.txt",
        "internal_workflow",
        "雪天救护车调度内部规程（试行）\n1. 积雪超过20cm，救护车只走县道，林道由林场履带车接应。\n"
        f"2. 林场调度室联系人{P(nm())}，手机{T()}。\n3. 夜间出车须两名医护随车。\n",
        cats=OPS,
    )
    # access records for cold chain (internal not secret)


# ---------------------------------------------------------------------------------------------- secret: other, marked
def other_and_marked() -> None:
    docx_doc(
        "docs/yuanban/cooperation_forestry_hospital_draft.docx",
        "cooperation_agreement_draft",
        [
            "黑松岭林场镇卫生院与青岭县林业局总医院医疗合作协议（草案，未签署）",
            "一、总医院派驻外科、骨科医生各1名，每周驻院3天，卫生院按每人每月5000元支付。",
            "二、冻伤、油锯伤重症病人优先转入总医院，检查结果互认。",
            f"三、联络人：总医院医务科{P(nm())}，手机{T()}。",
            "四、本草案在双方签字前不得外传。",
        ],
        cats=("other",),
    )
    text_doc(
        "docs/yuanban/herb_coop_investment.txt",
        "external_investment",
        "关于参股黑松岭刺五加种植合作社的请示（草稿）\n"
        "拟以院结余资金20万元参股，占股8%，合作社负责人" + P(nm()) + "，电话" + T() + "。\n"
        "合作社统一社会信用代码：«U»\n",
        cats=("other",),
    )
    text_doc(
        "docs/yuanban/county_letter_border_screening.txt",
        "superior_letter_marked",
        "工作秘密★2年\n青岭县卫生健康局\n关于做好边境地区出入境人员健康排查的通知\n"
        "各乡镇卫生院：近期对自俄罗斯返乡人员开展健康排查，排查名单由公卫科专人保管，结果只报县局，不对外发布。\n",
        cats=("other",),
        mark=("工作秘密★2年", 2.0, False),
    )
    docx_doc(
        "docs/yuanban/co_death_review.docx",
        "marked_internal_review",
        [
            "秘密★1年",
            "关于第五管理区一氧化碳中毒死亡事件的内部复盘",
            f"死者{P(nm())}，家属情绪激动，院方在接诊、转运环节存在延误。",
            "对外口径统一由院办发布。",
        ],
        cats=("other", "medical"),
        mark=("秘密★1年", 1.0, False),
    )
    pdf_doc(
        "docs/zongwu/fuel_reserve_winter.pdf",
        "marked_internal_material",
        [
            "内部资料\n冬季燃料储备与应急供应情况\n现储煤62吨，可用至1月中旬；薪柴储备不足，已向林场申请调拨。\n"
            "如遇断供，启动电暖器和相邻林场锅炉房互助方案。"
        ],
        cats=("other", "operations"),
        mark=("内部资料", None, False),
    )
    text_doc(
        "docs/yuanban/petition_2026.md",
        "petition_record",
        "# 信访事项处理情况\n\n"
        f"来访人{P(nm())}反映其父在卫生院输液后死亡，要求赔偿。\n经医疗事故技术鉴定，不构成医疗事故。\n\n此件不公开\n",
        cats=("other", "medical"),
        mark=("此件不公开", None, False),
    )


# ---------------------------------------------------------------------------------------------- internal, not secret
def internal() -> None:
    n1, n2 = nm(), nm()
    xlsx_doc(
        "docs/jiezhong/cold_chain_log_2026-12.xlsx",
        "cold_chain_log",
        {
            "温度": [
                ["疫苗冷链温度记录"],
                ["日期", "上午", "下午", "记录人"],
                ["12-01", 4.2, 5.1, P(n1)],
                ["12-02", 3.9, 4.8, P(n2)],
                ["12-03", 4.5, 5.0, P(n1)],
            ]
        },
    )
    text_doc(
        "docs/bangongshi/meeting_notice_heating.txt",
        "meeting_notice",
        "会议通知\n定于12月10日下午2点在三楼会议室召开供暖季安全工作会议，各科室负责人参加。\n",
    )
    docx_doc(
        "docs/zhikong/boiler_room_checklist.docx",
        "internal_checklist",
        [
            "锅炉房日常巡检要点（内部）",
            "每两小时记录压力、水位、出水温度；交接班检查安全阀和排污阀。",
        ],
    )


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
            if name is None:
                parts.append(part.get_content())
            elif name.endswith(".docx"):
                parts += _docx_text(part.get_content())
            elif name.endswith(".xlsx"):
                parts += _xlsx_text(part.get_content())
        return "\n".join(parts)
    raise ValueError(fmt)


def check(records: list[dict[str, Any]]) -> list[str]:
    """Every listed value occurs in its file exactly as often as the listed values contain it."""
    problems = []
    # A value listed in any document must be listed wherever it occurs: this catches a name that
    # one text marks and another forgets.
    everywhere = {e["value"] for rec in records for e in rec["entities"]}
    for rec in records:
        text = read_back(HERE / rec["path"], rec["format"], rec["encoding"])
        squeeze = rec["format"] == "pdf"
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


# ---------------------------------------------------------------------------------------------- more
def more() -> None:
    # e-mail: HR sends the heating-subsidy sheet as an attachment (RFC 2047 names)
    a = STAFF[5]
    eml_doc(
        "docs/email/heating_subsidy_to_bank.eml",
        "staff_payment_email",
        f"{P(STAFF[2])} <{E('hsl_kj' + str(RNG.randint(100, 999)) + '@qq.com')}>",
        "人事科 <" + HR_MAIL + ">",
        "取暖补贴补发名单（" + P(a) + "等2人）",
        "人事科：\n"
        + P(a)
        + "、"
        + P(STAFF[6])
        + "两人11月取暖补贴漏发，补发名单见附件，请朴老师审核后转银行。\n",
        attachment=(
            "补发名单.xlsx",
            {
                "sheets": {
                    "补发": [
                        ["取暖补贴补发"],
                        ["姓名", "金额", "卡号"],
                        [P(a), 3200, B()],
                        [P(STAFF[6]), 2800, B()],
                    ]
                }
            },
        ),
        cats=("financial", "personnel"),
    )
    TRUTH[-1]["decoys"].append({"kind": "surname_title", "value": "朴老师"})
    # staff health-check abnormal results (docx with header), a wrong-check-digit ID noted as such
    rows = [["姓名", "身份证号", "异常项目", "建议"]]
    for n in STAFF[:4]:
        rows.append(
            [
                P(n),
                ID(),
                RNG.choice(["ALT 112U/L", "血压168/102", "空腹血糖8.9", "胸片：右上肺结节"]),
                "复查",
            ]
        )
    rows.append([P(STAFF[11]), D("bad_id", "") + "（号码有误，待核）", "心电图：房颤", "专科就诊"])
    docx_doc(
        "docs/renshi/staff_checkup_abnormal_2026.docx",
        "staff_health_check_abnormal",
        ["2026年职工体检异常结果汇总", "仅限院领导和人事科查阅。"],
        tables=[rows],
        header="人事科 2026-11",
        footer="第1页",
        cats=("personnel", "medical"),
    )
    # winter logging team medical cover settlement (tab-aligned txt), a card failing Luhn
    n1, n2 = nm(), nm()
    text_doc(
        "docs/caiwu/logging_team_medical_settlement.txt",
        "logging_team_settlement",
        "冬季采伐队医疗保障费用结算\n"
        "队别\t" + D("team_no", "第二管理区7队") + "\n"
        f"队医\t{P(n1)}\n驻队天数\t92\n补助标准\t每天80元\n应付金额\t7360元\n"
        f"收款卡号\t{B()}\n"
        f"代领人\t{P(n2)}\n代领人卡号\t" + D("bad_card", "") + "（银行退回：卡号校验错误）\n",
        cats=("financial", "personnel"),
    )
    # supplier registration (md) with a credit code whose check character is wrong
    c = nm()
    text_doc(
        "docs/caigou/supplier_registry.md",
        "supplier_registry",
        "# 合格供应商名录（内部）\n\n"
        "| 供应商 | 统一社会信用代码 | 联系人 | 手机 | 供货品种 |\n|---|---|---|---|---|\n"
        f"| 青岭县兴林燃料经销有限公司 | «U» | {P(c)} | {T()} | 燃煤、薪柴 |\n"
        f"| 鸡西宏达机电 | " + D("bad_uscc", "") + " （核验未通过） | — | — | 锅炉配件 |\n"
        f"| 牡丹江雪原医疗器械有限公司 | «U» | {P(nm())} | {T()} | 保温毯、担架 |\n",
        cats=("operations",),
    )
    # staff chat about an alcohol-poisoning patient, with team numbers and a lookout post as look-alikes
    d1, d2, pt = nm(), nm(), nm()
    text_doc(
        "docs/jizhen/night_shift_chat.txt",
        "night_shift_chat",
        "急诊夜班群聊天记录\n"
        f"[23:41] {P(d1)}："
        + D("team_no", "第五管理区3队")
        + f"送来一个，{P(pt)}，喝了一斤半白酒，在"
        + D("lookout", "7号瞭望塔")
        + "下面睡着了\n"
        f"[23:43] {P(d2)}：体温多少\n"
        f"[23:44] {P(d1)}：肛温33.1，双手冻得发白，门诊号{R('MZ2701', 6)}\n"
        f"[23:50] {P(d2)}：先复温，叫崔大夫来看手\n",
        cats=("medical",),
    )
    TRUTH[-1]["decoys"].append({"kind": "surname_title", "value": "崔大夫"})
    # discharge phone follow-up (csv UTF-8)
    rows = [["出院日期", "姓名", "诊断", "电话", "随访结果"]]
    for _i in range(5):
        rows.append(
            [
                f"2026-12-{RNG.randint(1, 28):02d}",
                P(nm()),
                RNG.choice(["一氧化碳中毒", "冻伤二度", "慢阻肺急性加重", "肺炎"]),
                T(),
                RNG.choice(["恢复好", "头痛未缓解", "已返回作业队", "无人接听"]),
            ]
        )
    csv_doc(
        "docs/zhuyuan/discharge_followup_2026-12.csv",
        "discharge_phone_followup",
        rows,
        cats=("medical",),
    )
    # two more public documents
    lines_doc(
        "docs/xuanjiao/fire_season_poster",
        "txt",
        "health_education_leaflet",
        [
            "防火期进山须知",
            "进入"
            + D("team_no", "第三管理区12队")
            + "、"
            + D("team_no", "第五管理区3队")
            + "作业区须登记，严禁带火种。",
            "发现火情立即报告"
            + D("lookout", "3号瞭望塔")
            + "或拨打"
            + H12119
            + "；人员受伤拨打"
            + H120
            + "。",
        ],
        pub=True,
    )
    lines_doc(
        "docs/yuanwu_gongkai/winter_clinic_hours",
        "md",
        "public_notice",
        [
            "冬季门诊时间",
            "11月1日至次年3月31日：上午8:00-11:30，下午13:00-16:00。",
            "急诊24小时，值班电话" + DUTY + "；预防接种门诊电话" + JIEZHONG + "。",
        ],
        pub=True,
    )


SECTIONS = (
    leaflets,
    notices,
    news,
    blank_forms,
    policies_prices_stats,
    training,
    procurement_and_jobs,
    medical,
    personnel,
    financial,
    operations,
    other_and_marked,
    internal,
    more,
)


def main() -> int:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    for section in SECTIONS:
        section()
    problems = check(TRUTH)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in TRUTH:
            rec = {k: v for k, v in rec.items() if k != "encoding"}
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
