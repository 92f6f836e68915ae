"""Write the third held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand for a fictional centre (石塘镇卫生院, 临江县) that differs
from the first two sets' centres. The random generator (fixed seed) makes only check digits
(GB 11643 resident IDs, Luhn bank cards, GB 32100 credit codes) and the random digits of
mobiles, landlines and cards, so a rerun gives the same texts and the same truth (docx/xlsx/pdf/
pptx/eml carry their own timestamps or boundaries).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:骆兰芝»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«d.hotline:12320»`` a decoy of kind ``hotline``. The marks are removed from the
files and every value recorded, so the truth lists every occurrence exactly as written. At the end
every file is read back (python-docx including text boxes, openpyxl, pypdf, python-pptx, the
standard e-mail parser with its attachments) and each listed value must occur exactly as often as
the listed values contain it (``check``).

The mechanics (marks, check digits, read-back) follow benchmarks/heldout2/make_heldout2.py; the
documents do not.

Run: ``python benchmarks/heldout3/make_heldout3.py`` (writes docs/ and truth.jsonl here).
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

SEED = 20261208
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

# Real county codes around the fictional 临江县 (Anhui/Hubei), plus people who moved in.
AREAS = ["341523", "341523", "341523", "341522", "341502", "340123", "420281", "360428"]
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
LANDLINE_AREA = ["0564", "0564", "0564", "0551", "0716"]
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
    digits = 7 if area == "0564" else 8
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


# The script groups public and internal texts under "public/" and "neibu/"; the files go to the
# folders a share really has, so that no folder name tells a scanner what the truth is.
FOLDERS = {
    "health_education_leaflet": "xuanjiao",
    "health_lecture_slides": "xuanjiao/jiangzuo",
    "drug_information_sheet": "yaofang/shuoming",
    "published_drug_list": "yaofang",
    "blank_form_template": "biaoge_moban",
    "filling_guide": "biaoge_moban",
    "published_policy": "zhengce_wenjian",
    "published_fee_schedule": "shoufei",
    "published_statistics": "tongji",
    "news_item": "xinwen",
    "public_notice": "yuanwu_gongkai",
    "published_aid_list": "yuanwu_gongkai",
    "recruitment_announcement": "renshi/zhaopin",
    "recruitment_result_published": "renshi/zhaopin",
    "procurement_announcement": "caigou",
    "schedule": "bangongshi/paiban",
    "training_slides": "peixun",
    "training_material": "peixun",
    "meeting_notice": "bangongshi",
    "internal_memo": "bangongshi",
    "internal_directory": "bangongshi",
    "internal_checklist": "zhikong",
    "department_quality_indicators": "zhikong",
    "cold_chain_log": "jiezhong",
}


def _start(name: str, kind: str, cats: tuple[str, ...], pub: bool, mark: Mark) -> Path:
    _current.clear()
    group, _, base = name.partition("/")
    if group in ("public", "neibu"):
        name = f"{FOLDERS[kind]}/{base}"
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
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', path.stem)}@mail.shitang.invalid>"
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
SWITCH = "«d.public_phone:0564-8726120»"
DUTY = "«d.public_phone:0564-8726119»"
CENTRE_ADDR = "«d.public_address:临江县石塘镇振兴路102号»"
CENTRE_MAIL = "«d.public_email:stwsy_office@163.com»"
H12320 = "«d.hotline:12320»"
H12345 = "«d.hotline:12345»"
H12356 = "«d.hotline:12356»"
BUREAU = "«d.public_phone:0564-8211635»"


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

LEAFLETS: list[list[str]] = [
    [
        "冬春季流感防控小贴士",
        "流感是由流感病毒引起的急性呼吸道传染病，潮湿寒冷季节高发。",
        "60岁以上老人、慢性病患者、孕妇和6月龄以上儿童是重点接种人群。",
        "出现发热、咳嗽、咽痛，请戴口罩就诊，奥司他韦须在医生指导下使用，不要自行购买服用。",
        "石塘镇卫生院预防接种门诊每周二、四、六上午接种流感疫苗，咨询电话"
        + "«d.public_phone:0564-8726133»"
        + "。",
        "全国卫生热线：" + H12320,
    ],
    [
        "高血压患者自我管理十条",
        "1. 每天盐摄入不超过5克，一啤酒瓶盖约等于6克盐。",
        "2. 收缩压≥140mmHg和（或）舒张压≥90mmHg即可诊断为高血压。",
        "3. 氨氯地平、缬沙坦、吲达帕胺等降压药请遵医嘱，不可随意停药。",
        "4. 家庭自测血压：早晚各一次，每次测2遍，记录在随访手册上。",
        "5. 65岁以上老年人每年可在辖区卫生院免费体检一次。",
        "6. 签约家庭医生后可享受每季度一次面对面随访。",
    ],
    [
        "糖尿病足，早发现早治疗",
        "糖尿病病程超过10年的患者中，约有15%会出现足部溃疡。",
        "每天用温水（不超过37℃）洗脚，洗后用浅色毛巾擦干趾缝。",
        "发现水泡、裂口、颜色发黑，请立即到医院就诊。",
        "二甲双胍、格列美脲、胰岛素须按医嘱用药，空腹血糖控制目标4.4～7.0mmol/L。",
        "“药王”«d.famous:孙思邈»在《千金要方》中就记载了“消渴”一病，古人早已注意到饮食节制。",
    ],
    [
        "世界结核病日：咳嗽咳痰两周以上，要查结核",
        "肺结核主要通过咳嗽、打喷嚏、大声说话产生的飞沫传播。",
        "国家对肺结核患者免费提供一线抗结核药物和痰涂片检查。",
        "临江县结核病定点医院为县人民医院感染科，咨询电话" + "«d.public_phone:0564-8230512»" + "。",
        "坚持全程规律服药6～8个月，绝大多数患者可以治愈。",
    ],
    [
        "儿童免疫规划疫苗接种时间表（2026版）",
        "出生时：乙肝疫苗第1剂、卡介苗",
        "1月龄：乙肝疫苗第2剂；2月龄：脊灰灭活疫苗第1剂",
        "6月龄：乙肝疫苗第3剂、A群流脑多糖疫苗第1剂",
        "8月龄：麻腮风疫苗第1剂、乙脑减毒活疫苗第1剂",
        "接种前请携带《儿童预防接种证》，接种后留观30分钟。",
        "预约电话：" + "«d.public_phone:0564-8726133»" + "（工作日8:00-11:30）",
    ],
    [
        "读懂体检报告中的“箭头”",
        "谷丙转氨酶（ALT）正常参考值一般为9～50U/L，轻度升高可能与饮酒、熬夜有关。",
        "尿酸男性参考值208～428μmol/L，超过420即为高尿酸血症。",
        "低密度脂蛋白胆固醇（LDL-C）一般人群应低于3.4mmol/L。",
        "体检报告中的“↑”“↓”不等于生病，请拿报告到全科门诊咨询医生。",
    ],
    [
        "狂犬病暴露后处置",
        "被猫狗抓伤咬伤后，立即用肥皂水和流动清水交替冲洗伤口至少15分钟。",
        "Ⅲ级暴露需注射狂犬病人免疫球蛋白，并按“5针法”或“4针法”接种疫苗。",
        "狂犬病一旦发病，病死率几乎100%，但可防可控。",
        "石塘镇卫生院犬伤处置门诊24小时开放，电话" + DUTY + "。",
    ],
    [
        "慢阻肺：别把“老慢支”不当回事",
        "慢性阻塞性肺疾病是我国第三位死因，40岁以上人群患病率13.7%。",
        "肺功能检查是诊断慢阻肺的金标准，第一秒用力呼气容积/用力肺活量＜0.70。",
        "戒烟是最有效的干预措施，噻托溴铵等吸入剂要学会正确使用方法。",
        "«d.famous:钟南山»院士团队多年呼吁将肺功能检查纳入常规体检。",
    ],
    [
        "中医药文化角：艾灸的正确打开方式",
        "艾灸起源于先秦，«d.famous:李时珍»《本草纲目》载：艾叶“灸之则透诸经而治百种病邪”。",
        "常用穴位：足三里、关元、气海，每穴灸10～15分钟。",
        "孕妇腹部、腰骶部，以及发热、皮肤破损时不宜施灸。",
        "本院中医馆开设艾灸、拔罐、针刺等项目，价格按省定医疗服务价格执行。",
    ],
    [
        "孕期保健“五个一”",
        "孕12周前建立《母子健康手册》，全孕期至少产检5次。",
        "孕早期补充叶酸0.4mg/天，预防神经管缺陷。",
        "唐氏筛查、无创DNA、四维彩超的时间窗口请提前询问产科医生。",
        "出现阴道流血、头痛眼花、胎动减少，请立即拨打" + "«d.hotline:120»" + "。",
    ],
    [
        "老年人防跌倒指南",
        "跌倒是我国65岁以上老年人因伤致死的首位原因。",
        "卫生间安装扶手、铺防滑垫，夜间保留小夜灯。",
        "服用安眠药、降压药后起床要“三个半分钟”：醒后躺半分钟、坐半分钟、站半分钟。",
        "骨质疏松人群可在医生指导下补充钙剂和维生素D。",
    ],
    [
        "手足口病家长须知",
        "手足口病多见于5岁以下儿童，由肠道病毒（EV71、CA16等）引起。",
        "典型症状是手、足、口、臀部出现皮疹或疱疹，可伴发热。",
        "重症早期表现：持续高热、精神差、呕吐、肢体抖动，需立即就医。",
        "接种EV71疫苗可预防EV71感染引起的重症手足口病，自费，每剂约200元。",
    ],
    [
        "合理用药：抗生素不是消炎药",
        "普通感冒90%以上由病毒引起，抗生素无效。",
        "阿莫西林、头孢克肟等需凭处方购买，疗程未满不可擅自停药。",
        "滥用抗生素可导致耐药，“超级细菌”已成全球公共卫生问题。",
        "1928年«d.famous:弗莱明»发现青霉素，开启了抗生素时代。",
    ],
    [
        "心理健康：睡不着怎么办",
        "成年人每天7～8小时睡眠为宜，连续一个月入睡困难可视为失眠障碍。",
        "睡前1小时不看手机，固定起床时间比固定上床时间更重要。",
        "情绪低落持续两周以上、兴趣减退，请及时寻求专业帮助。",
        "全国心理援助热线："
        + "«d.hotline:400-161-9995»"
        + "；本省心理危机干预热线："
        + "«d.hotline:0551-63666903»",
    ],
    [
        "无偿献血知识问答",
        "问：献血会影响健康吗？答：一次献血200～400毫升，仅占总血量的5%～10%。",
        "问：哪些人不能献血？答：患有高血压、乙肝、艾滋病等疾病者不宜献血。",
        "问：献血后有什么优待？答：献血者本人及亲属用血可按规定报销。",
        "临江县中心血站地址：" + "«d.public_address:临江县城关镇人民路18号»" + "。",
    ],
    [
        "控烟：二手烟没有安全水平",
        "烟草烟雾中含有7000多种化学物质，其中69种为已知致癌物。",
        "戒烟门诊：县人民医院呼吸科每周三下午，戒烟热线" + "«d.hotline:400-888-5531»" + "。",
        "卫生院全院禁烟，请勿在候诊区、走廊、卫生间吸烟。",
    ],
    [
        "夏季防溺水、防中暑",
        "中暑先兆：大量出汗、口渴、头晕、乏力，应立即转移到阴凉通风处。",
        "重症中暑（热射病）死亡率可达50%以上，须立即拨打120。",
        "不到无安全设施、无救援人员的水域游泳，不私自下水。",
    ],
    [
        "认识阿尔茨海默病",
        "我国60岁以上人群中约有1500万痴呆患者，其中阿尔茨海默病约占六成。",
        "早期表现：近事遗忘、找不到回家的路、性格改变。",
        "1906年德国医生阿尔茨海默首次报告该病。",
        "家属发现异常可到县精神卫生中心记忆门诊做认知评估。",
    ],
    [
        "乙肝母婴阻断",
        "乙肝表面抗原阳性孕妇所生新生儿，应在出生后12小时内注射乙肝免疫球蛋白和乙肝疫苗。",
        "高病毒载量孕妇（HBV DNA≥2×10^5 IU/ml）孕晚期可口服替诺福韦。",
        "阻断成功率可达95%以上，母乳喂养不受影响。",
    ],
    [
        "健康素养66条（节选）",
        "健康不仅仅是没有疾病或虚弱，而是身体、心理和社会适应的完好状态。",
        "成年人正常血压为收缩压≥90mmHg且＜140mmHg，舒张压≥60mmHg且＜90mmHg。",
        "成年人腋下体温36℃～37℃，安静状态下脉搏60～100次/分钟。",
        "每个人都应当关爱、帮助、不歧视病残人员。",
        "发现病死禽畜要报告，不加工、不食用病死禽畜。",
    ],
]


def leaflets() -> None:
    fmts = ["txt", "md", "pdf", "docx", "pptx"]
    for i, lines in enumerate(LEAFLETS):
        lines_doc(
            f"public/jiankang_xuanjiao_{i + 1:02d}",
            fmts[i % 5],
            "health_education_leaflet",
            lines,
            pub=True,
        )


# ============================================================================================
# PUBLIC: notices, 公示, announcements, news
# ============================================================================================


def notices() -> None:
    text_doc(
        "public/tongzhi_chunjie_menzhen.txt",
        "public_notice",
        f"""
石塘镇卫生院2027年春节期间门诊安排的通知

广大群众：
    根据县卫健委统一部署，现将我院春节期间诊疗安排通知如下：
    一、2月16日（除夕）至2月19日（初三），全科门诊、急诊、住院部正常接诊，中医馆、口腔科、B超室暂停。
    二、2月20日起恢复全部门诊。
    三、春节期间预防接种门诊暂停，2月23日恢复，需补种的儿童请按接种证预约。
    四、急诊24小时值班电话：{DUTY}；院办电话：{SWITCH}。
    地址：{CENTRE_ADDR}

石塘镇卫生院
2027年1月28日
""",
        pub=True,
    )
    docx_doc(
        "public/gongshi_yibao_dingdian.docx",
        "public_notice",
        [
            "关于石塘镇卫生院医保结算系统升级的公告",
            "因县医保信息平台升级，2026年12月12日0:00至6:00暂停医保结算，期间就诊请先自费，升级完成后凭发票到一楼收费处补结算。",
            f"咨询电话：{SWITCH}；县医保局服务热线：«d.public_phone:0564-8236789»；政务服务便民热线：{H12345}。",
            "特此公告。",
        ],
        footer="石塘镇卫生院 院务公开",
        pub=True,
    )
    text_doc(
        "public/gongshi_xianjin_geren.md",
        "public_notice",
        f"""
# 2026年度县级“优秀家庭医生团队”推荐人选公示

经科室推荐、院务会研究，拟推荐以下团队参评县级优秀家庭医生团队，现予公示。

| 团队 | 队长 | 签约人数 | 重点人群签约率 |
|---|---|---|---|
| 石塘第一团队 | «P:冼丽华» | 1862 | 78.4% |
| 桥头第二团队 | «P:郜建民» | 1540 | 74.9% |

公示期：2026年11月25日至12月1日（5个工作日）。
如有异议，请以书面或电话形式向院纪检监察室反映，电话：{SWITCH}转8016。
""",
        pub=True,
    )
    pdf_doc(
        "public/gonggao_zhaopin_linshi.pdf",
        "recruitment_announcement",
        [
            f"""石塘镇卫生院2027年公开招聘编外工作人员公告
因工作需要，经县卫健委同意，我院面向社会公开招聘编外工作人员6名。
一、岗位：临床医师2名（执业医师及以上，内科或全科）、护士3名、药剂士1名。
二、待遇：试用期3个月，月工资3800～5200元（按学历与职称确定），缴纳五险一金。
三、报名：2027年1月4日至1月15日，报名表可在本院网站下载，填好后发至人事科邮箱{CENTRE_MAIL}。
四、联系人：人事科 «P:牟晓燕»；电话：«d.public_phone:0564-8726108»（工作日）。
五、监督电话：临江县卫健委 {BUREAU}。
石塘镇卫生院 2026年12月20日"""
        ],
        pub=True,
    )
    xlsx_doc(
        "public/gongshi_nipinyong.xlsx",
        "recruitment_result_published",
        {
            "公示": [
                ["石塘镇卫生院2026年公开招聘编外人员拟聘用人员名单公示", "", "", "", ""],
                ["", "", "", "", ""],
                ["序号", "岗位", "姓名", "性别", "综合成绩"],
                ["1", "临床医师", "«P:宓志强»", "男", "82.40"],
                ["2", "护士", "«P:印佳怡»", "女", "79.15"],
                ["3", "护士", "«P:羿晓雯»", "女", "77.60"],
                ["4", "药剂士", "«P:蓝天佑»", "男", "75.35"],
                ["公示期7天，监督电话：«d.public_phone:0564-8726108»", "", "", "", ""],
            ]
        },
        merges={"公示": ["A1:E1", "A8:E8"]},
        pub=True,
    )
    _current_note = "public/gonggao_caigou_zhongbiao.txt"
    text_doc(
        _current_note,
        "procurement_announcement",
        f"""
石塘镇卫生院医用耗材（2027年度）采购项目成交结果公告

一、项目编号：«d.order_no:LJCG-2026-1187»
二、采购人：石塘镇卫生院，地址：{CENTRE_ADDR}，联系电话：{SWITCH}
三、成交供应商：安徽恒济医疗器械有限公司，统一社会信用代码：«U»
    地址：«A:合肥市蜀山区长江西路688号»，联系电话：«d.public_phone:0551-65310872»
四、成交金额：人民币叁拾肆万陆仟元整（¥346,000.00）
五、代理机构：临江县公共资源交易中心，电话：«d.public_phone:0564-8219055»
六、公告期限：自发布之日起1个工作日。
""",
        pub=True,
    )
    docx_doc(
        "public/gonggao_caigou_xunjia.docx",
        "procurement_announcement",
        [
            "石塘镇卫生院DR设备维保服务询价公告",
            "一、采购内容：DR数字化X线摄影系统全保服务一年，最高限价48,000元。",
            "二、供应商资格：具有独立法人资格，近三年无重大违法记录，提供营业执照复印件。",
            "三、报价截止：2026年12月18日17:00，密封报价送至院办公室（行政楼302室）。",
            f"四、联系人：院办 «P:仉晓峰»，电话：«d.public_phone:0564-8726102»；邮箱：{CENTRE_MAIL}",
        ],
        pub=True,
    )
    text_doc(
        "public/gonggao_tijian_laonian.txt",
        "public_notice",
        f"""
【通知】65岁及以上老年人免费健康体检开始啦！

时间：2026年3月1日—5月31日，每天上午7:30—10:00（需空腹）
地点：石塘镇卫生院公共卫生服务中心一楼（{CENTRE_ADDR}）
对象：辖区常住1961年12月31日前出生的老年人
项目：血常规、尿常规、肝功能、肾功能、血脂、空腹血糖、心电图、腹部B超、中医体质辨识
请携带：身份证、医保卡
各村安排：
  3月 石塘社区、新桥村、桥头村
  4月 杨柳村、龙井村、白沙村
  5月 双河村、高峰村及补检
咨询：公卫科 «d.public_phone:0564-8726139»
""",
        pub=True,
    )
    csv_doc(
        "public/menzhen_paiban_gongkai.csv",
        "schedule",
        [
            ["石塘镇卫生院专家坐诊时间表（2026年12月）", "", "", ""],
            ["科室", "坐诊医生", "职称", "时间"],
            ["心血管内科", "«P:濮阳春生»（县医院）", "主任医师", "每周二上午"],
            ["妇产科", "«P:厉美琴»（县妇幼）", "副主任医师", "每周四全天"],
            ["中医科", "«P:褚良骥»", "主治医师", "周一至周五"],
            ["预约挂号：0564-8726100", "", "", ""],
        ],
        pub=True,
        encoding="utf-8-sig",
    )
    text_doc(
        "public/tongzhi_tingdian.txt",
        "public_notice",
        """
停电通知

接供电所通知，12月9日（周三）8:00—14:00石塘镇区线路检修停电。
期间我院启用备用发电机，急诊、住院部、疫苗冷库正常供电；
B超、DR、检验科暂停检查，请患者合理安排就诊时间。
给您带来不便，敬请谅解。
石塘镇卫生院总务科
""",
        pub=True,
        encoding="gb18030",
    )


def news() -> None:
    docx_doc(
        "public/xinwen_xianzhang_diaoyan.docx",
        "news_item",
        [
            "县委副书记、县长调研我镇基层医疗卫生工作",
            "12月3日，县委副书记、县长«P:贺振东»一行到石塘镇卫生院调研紧密型县域医共体建设。县卫健委主任«P:龚卫平»、镇党委书记«P:阚立新»陪同。",
            "«P:贺振东»一行先后察看了全科门诊、中医馆、远程心电诊断室，详细了解家庭医生签约、慢病管理等情况。",
            "«P:贺振东»指出，要持续推动优质医疗资源下沉，让群众在家门口看得上病、看得好病。",
            "（来源：临江县融媒体中心）",
        ],
        pub=True,
    )
    text_doc(
        "public/xinwen_zhongyi_yizhen.md",
        "news_item",
        """
# 名中医进乡村 义诊暖人心

11月16日，省名中医、安徽中医药大学第一附属医院教授«P:储茂林»带领专家团队来到石塘镇开展义诊活动。
活动现场，专家们为200余名群众提供了中医诊疗、健康咨询服务，发放《中医药健康养生手册》500余份。
«P:储茂林»教授表示，中医药是中华文明的瑰宝，从«d.famous:华佗»、«d.famous:张仲景»到«d.famous:李时珍»，历代医家都重视“治未病”。
卫生院院长«P:苗建华»表示，将依托名中医工作室，进一步提升基层中医药服务能力。
""",
        pub=True,
    )
    pdf_doc(
        "public/xinwen_quanguo_yiliao.pdf",
        "news_item",
        [
            """国家卫生健康委：2026年基层医疗卫生机构诊疗量持续增长
（转载自“健康中国”微信公众号）
国家卫生健康委员会新闻发言人在例行发布会上介绍，今年1—9月全国基层医疗卫生机构总诊疗人次达35.2亿，同比增长4.1%。
中国工程院院士«d.famous:钟南山»在接受采访时表示，基层是呼吸道疾病防控的第一道防线。
国家卫生健康委相关负责同志表示，下一步将推动县域医共体全覆盖，每个乡镇卫生院至少配备2名全科医生。
全国统一卫生健康服务热线12320。"""
        ],
        pub=True,
    )
    pptx_doc(
        "public/xuanjiang_yixue_mingjia.pptx",
        "training_slides",
        [
            (
                "中国医学史上的名家（院内读书会）",
                [
                    "«d.famous:扁鹊»：望闻问切四诊",
                    "«d.famous:华佗»：麻沸散与五禽戏",
                    "«d.famous:张仲景»：《伤寒杂病论》",
                    "«d.famous:孙思邈»：“大医精诚”",
                ],
                None,
                None,
            ),
            (
                "近现代",
                [
                    "«d.famous:林巧稚»：中国妇产科学奠基人",
                    "«d.famous:屠呦呦»：青蒿素，2015年诺贝尔生理学或医学奖",
                    "«d.famous:吴孟超»：中国肝胆外科之父",
                ],
                None,
                "主讲：院办组织，全体职工自愿参加",
            ),
        ],
        pub=False,
    )
    text_doc(
        "public/xinwen_jiating_yisheng.txt",
        "news_item",
        """
石塘镇：家庭医生“上门服务”让老人安心

“医生，我这血压又高了！”11月20日上午，桥头村82岁的«P:晏桂英»老人一见到家庭医生«P:郜建民»就拉着他的手说。
«P:郜建民»是石塘镇卫生院桥头第二团队队长，团队今年已上门服务失能、半失能老人312人次。
据统计，截至10月底，全镇家庭医生签约服务覆盖常住人口1.86万人，重点人群签约率76.2%。
（记者 «P:舒婷婷» 通讯员 «P:仉晓峰»）
""",
        pub=True,
    )


# ============================================================================================
# PUBLIC: blank forms and templates (labels without values)
# ============================================================================================

BLANK_FORMS: list[tuple[str, list[str]]] = [
    (
        "家庭医生签约服务协议书（空白）",
        [
            "甲方（家庭医生团队）：",
            "乙方（签约居民）姓名：",
            "性别：",
            "出生日期：",
            "身份证号：",
            "现住址：",
            "联系电话：",
            "签约服务包：□基础包 □慢病包 □老年人包 □孕产妇包",
            "乙方签字：",
            "签约日期：    年  月  日",
        ],
    ),
    (
        "预防接种知情同意书",
        [
            "受种者姓名：",
            "监护人姓名：",
            "疫苗名称：",
            "接种剂次：第  剂",
            "既往过敏史：□无 □有",
            "近3天是否发热：□否 □是",
            "监护人签字：",
            "联系电话：",
        ],
    ),
    (
        "职工体检登记表",
        ["姓名", "工号", "科室", "身份证号码", "手机", "既往病史", "体检套餐：A/B/C", "备注"],
    ),
    (
        "借款单",
        [
            "借款部门：",
            "借款人：",
            "借款事由：",
            "借款金额（大写）：",
            "￥：",
            "部门负责人：",
            "分管院长：",
            "财务审核：",
            "院长审批：",
        ],
    ),
    (
        "差旅费报销单",
        [
            "报销人：",
            "出差事由：",
            "起止日期：",
            "交通费：",
            "住宿费：",
            "伙食补助：",
            "合计：",
            "附单据    张",
            "收款人开户行及卡号：",
        ],
    ),
    (
        "车辆派车单",
        [
            "用车部门：",
            "用车人：",
            "事由：",
            "出发地：",
            "目的地：",
            "出车时间：",
            "返回时间：",
            "驾驶员：",
            "车号：",
            "里程：    公里",
        ],
    ),
    (
        "监控录像调阅登记表",
        [
            "调阅人：",
            "单位/科室：",
            "联系电话：",
            "调阅事由：",
            "调阅时段：",
            "调阅位置（摄像头编号）：",
            "批准人：",
            "陪同人：",
        ],
    ),
    (
        "门禁卡申领表",
        [
            "申请人：",
            "科室：",
            "卡号：",
            "开通区域：□行政楼 □药库 □档案室 □机房",
            "有效期至：",
            "科室负责人签字：",
            "信息科办理人：",
        ],
    ),
    (
        "信息系统账号申请表",
        [
            "申请人：",
            "工号：",
            "所在科室：",
            "申请系统：□HIS □LIS □PACS □公卫系统",
            "权限角色：",
            "手机号（接收验证码）：",
            "申请人承诺：不转借账号、不泄露密码。",
            "审批：",
        ],
    ),
    (
        "医疗纠纷投诉登记表",
        [
            "投诉人：",
            "与患者关系：",
            "联系电话：",
            "患者姓名：",
            "就诊科室：",
            "投诉内容：",
            "处理意见：",
            "接待人：",
            "登记日期：",
        ],
    ),
    (
        "严重精神障碍患者随访服务记录表",
        [
            "姓名：",
            "随访日期：",
            "危险性评估：0级 1级 2级 3级 4级 5级",
            "目前症状：",
            "自知力：",
            "服药依从性：",
            "下次随访日期：",
            "随访医生签名：",
        ],
    ),
    (
        "孕产妇高危因素筛查表",
        [
            "孕妇姓名：",
            "年龄：",
            "孕周：",
            "高危因素（勾选）：□年龄≥35岁 □瘢痕子宫 □妊娠期高血压 □妊娠期糖尿病",
            "评估颜色：绿 黄 橙 红 紫",
            "转诊医院：",
            "筛查医生：",
        ],
    ),
    (
        "冷链设备温度记录表",
        ["设备名称/编号：", "日期", "上午 时间/温度", "下午 时间/温度", "记录人", "异常处理"],
    ),
    (
        "药品盘点表",
        [
            "盘点日期：",
            "盘点库房：□西药库 □中药房 □门诊药房",
            "药品编码",
            "品名规格",
            "账面数量",
            "实盘数量",
            "盈亏",
            "盘点人：",
            "复核人：",
        ],
    ),
    (
        "固定资产报废申请表",
        [
            "资产编号：",
            "资产名称：",
            "规格型号：",
            "购置日期：",
            "原值：",
            "已提折旧：",
            "报废原因：",
            "使用科室意见：",
            "设备科意见：",
            "院长审批：",
        ],
    ),
    (
        "个人所得税专项附加扣除信息表",
        [
            "纳税人姓名：",
            "纳税人识别号：",
            "子女教育：子女姓名    身份证件号码",
            "住房贷款利息：房屋坐落地址",
            "赡养老人：被赡养人姓名",
            "纳税人签字：",
        ],
    ),
    (
        "劳务派遣人员登记表",
        ["姓名", "性别", "身份证号", "派遣单位", "岗位", "派遣期限", "紧急联系人及电话"],
    ),
    (
        "职称评审推荐表",
        [
            "姓名：",
            "现专业技术职务：",
            "申报职务：",
            "任现职以来主要业绩：",
            "论文及著作：",
            "考核情况：",
            "单位推荐意见：",
        ],
    ),
    (
        "院内感染病例报告卡",
        [
            "患者姓名：",
            "住院号：",
            "科室：",
            "床号：",
            "感染部位：",
            "病原学检查：",
            "易感因素：",
            "报告医生：",
        ],
    ),
    (
        "检验申请单（空白）",
        [
            "姓名：",
            "性别：",
            "年龄：",
            "门诊/住院号：",
            "临床诊断：",
            "检验项目：□血常规 □肝功 □肾功 □血糖 □血脂",
            "送检医生：",
            "采样时间：",
        ],
    ),
]


def blank_forms() -> None:
    fmts = ["docx", "xlsx", "pdf", "txt", "docx", "md"]
    for i, (title, fields) in enumerate(BLANK_FORMS):
        fmt = fmts[i % len(fmts)]
        stem = f"public/kongbai_biaoge_{i + 1:02d}"
        foot = (
            f"石塘镇卫生院 地址：{CENTRE_ADDR} 电话：{SWITCH}" if i % 4 == 0 else "石塘镇卫生院制"
        )
        if fmt == "docx":
            rows = [[f, ""] for f in fields]
            docx_doc(f"{stem}.docx", "blank_form_template", [title], [rows], footer=foot, pub=True)
        elif fmt == "xlsx":
            xlsx_doc(
                f"{stem}.xlsx",
                "blank_form_template",
                {
                    "表": [
                        [title] + [""] * (len(fields) - 1),
                        fields,
                        [""] * len(fields),
                        [""] * len(fields),
                        [foot] + [""] * (len(fields) - 1),
                    ]
                },
                merges={"表": [f"A1:{chr(64 + len(fields))}1"]},
                pub=True,
            )
        elif fmt == "pdf":
            pdf_doc(
                f"{stem}.pdf",
                "blank_form_template",
                ["\n".join([title, *(f + "＿＿＿＿＿＿" for f in fields), foot])],
                pub=True,
            )
        else:
            body = (
                "\n".join(
                    [
                        ("# " if fmt == "md" else "") + title,
                        "",
                        *(f"{f}____________" for f in fields),
                        "",
                        foot,
                    ]
                )
                + "\n"
            )
            text_doc(f"{stem}.{fmt}", "blank_form_template", body, pub=True)


def filling_guides() -> None:
    text_doc(
        "public/tianbiao_shuoming_qianyue.txt",
        "filling_guide",
        """
家庭医生签约协议填写说明（示例）

1. 乙方姓名：填写身份证上的姓名，如“«d.placeholder:张三»”。
2. 身份证号：18位，最后一位为X的请大写，如«d.bad_id»（示例号码，非真实）。
3. 联系电话：填写本人常用手机，如«d.placeholder_phone:139xxxx0000»，不要填写村委会电话。
4. 现住址：写到村民组或小区门牌，如“××村××组××号”。
5. 服务包：可多选，慢病包需经医生评估。
""",
        pub=True,
    )
    docx_doc(
        "public/tianbiao_shuoming_baoxiao.docx",
        "filling_guide",
        [
            "报销单据粘贴及填写规范",
            "一、发票必须为合规增值税发票，抬头为“石塘镇卫生院”，税号«U»。",
            "二、收款人卡号填写本人公务卡或工资卡，示例：6217 00** **** **** 123（请写完整卡号）。",
            "三、金额大写示例：人民币壹仟贰佰叁拾肆元伍角整。",
            "供应商信用代码、卡号请勿照抄示例（虚构）：«d.bad_uscc»、«d.bad_card»。",
            "四、出差人员姓名示例：王××、李××（须与审批单一致）。",
        ],
        pub=True,
    )
    xlsx_doc(
        "public/tianbiao_shili_jiezhong_yuyue.xlsx",
        "filling_guide",
        {
            "导入模板": [
                ["预防接种短信预约导入模板（示例行请删除后再导入）", "", "", "", ""],
                ["儿童姓名", "出生日期", "监护人手机", "预约疫苗", "预约日期"],
                [
                    "«d.placeholder:李小明»（示例）",
                    "2026-05-01",
                    "«d.placeholder_phone:13800000000»",
                    "麻腮风",
                    "2027-01-05",
                ],
            ],
            "说明": [["手机号必须为11位；出生日期格式YYYY-MM-DD；疫苗名称须与系统字典一致。"]],
        },
        merges={"导入模板": ["A1:E1"]},
        pub=True,
    )


# ============================================================================================
# PUBLIC: policies, price lists, published statistics, drug information
# ============================================================================================

POLICIES: list[list[str]] = [
    [
        "临江县城乡居民基本医疗保险住院报销政策（2027年）",
        "乡镇卫生院住院起付线200元，报销比例85%；县级医院起付线500元，报销比例75%。",
        "年度最高支付限额25万元，大病保险起付线1.5万元。",
        "脱贫人口、低保对象住院起付线降低50%。",
        "咨询电话：县医保局" + "«d.public_phone:0564-8236789»",
    ],
    [
        "按病组（DRG）付费改革答问",
        "问：DRG付费对患者报销有影响吗？答：不影响，患者仍按原政策结算。",
        "问：什么是权重？答：反映某一病组资源消耗相对于平均水平的程度，平均为1。",
        "问：乡镇卫生院有哪些病组？答：以常见病为主，如社区获得性肺炎、慢阻肺急性加重、2型糖尿病等。",
    ],
    [
        "基本公共卫生服务项目（14项）",
        "居民健康档案管理、健康教育、预防接种、0～6岁儿童健康管理、孕产妇健康管理、",
        "老年人健康管理、高血压和2型糖尿病患者健康管理、严重精神障碍患者管理、",
        "肺结核患者健康管理、中医药健康管理、传染病及突发公共卫生事件报告和处理、卫生监督协管。",
        "人均基本公共卫生服务经费补助标准2026年为94元。",
    ],
    [
        "严重精神障碍患者监护补助政策",
        "在册并规律服药的严重精神障碍患者，监护人每年可申领监护补助1200元。",
        "申请材料：监护人身份证、户口簿、患者诊断证明、监护协议。",
        "由村（居）委会初审、镇综治办复核，按季度发放。",
    ],
    [
        "院务公开制度（摘要）",
        "一、公开内容：机构基本情况、服务项目、收费标准、药品价格、医保政策、投诉渠道。",
        "二、公开形式：院务公开栏、电子显示屏、院网站、微信公众号。",
        "三、不予公开：涉及患者隐私、个人信息及工作秘密的内容。",
        "四、监督电话：" + BUREAU,
    ],
    [
        "医疗废物管理规定（摘要）",
        "医疗废物分为感染性、损伤性、病理性、药物性、化学性五类。",
        "医疗废物暂存时间不得超过48小时，交由有资质的单位集中处置。",
        "禁止转让、买卖医疗废物；违反者依照《医疗废物管理条例》处罚。",
    ],
    [
        "患者权利与义务",
        "患者有知情同意权、隐私权、选择权、投诉权。",
        "患者应如实提供病史，遵守医院规章制度，按规定缴纳医疗费用。",
        "如对诊疗服务不满意，可向医务科投诉，或拨打卫生健康服务热线12320。",
    ],
    [
        "预防接种异常反应补偿办法（摘要）",
        "受种者在接种免疫规划疫苗后发生异常反应，经调查诊断或鉴定属于预防接种异常反应的，给予一次性补偿。",
        "补偿费用由省级财政在预防接种工作经费中安排。",
        "申请受理：县疾控中心，电话" + "«d.public_phone:0564-8227310»" + "。",
    ],
    [
        "家庭医生签约服务收费标准",
        "基础包：免费（由基本公共卫生服务经费和医保基金承担）。",
        "个性化服务包：慢病管理包每人每年120元，其中医保基金支付70元、个人支付50元。",
        "老年人健康管理包：每人每年60元（个人支付20元）。",
    ],
    [
        "临江县乡镇卫生院绩效工资分配指导意见（公开版）",
        "绩效工资总量按上年度事业单位基准线的1.3倍核定。",
        "基础性绩效占60%，奖励性绩效占40%。",
        "院长年薪按本院职工平均工资的2～3倍确定。",
        "奖励性绩效向临床一线、业务骨干、家庭医生倾斜。",
    ],
    [
        "突发公共卫生事件报告时限（公众版）",
        "发现甲类传染病或疑似病例，应于2小时内报告。",
        "乙、丙类传染病在诊断后24小时内网络直报。",
        "群众发现不明原因的聚集性发热、腹泻，请及时向村医或卫生院报告。",
    ],
    [
        "临江县基层医疗卫生机构药品零差率销售说明",
        "自2015年起，基层医疗卫生机构销售的药品实行零差率销售。",
        "药品价格按省药品集中采购平台中标价执行，全县统一。",
        "价格投诉举报电话：12315。",
    ],
]

PRICES: list[list[str]] = [
    ["项目编码", "项目名称", "计价单位", "价格（元）", "备注"],
    ["«d.item_code:110200001»", "普通门诊诊查费", "次", "10.00", "医保支付"],
    ["«d.item_code:120400001»", "静脉注射", "次", "5.00", ""],
    ["«d.item_code:210102015»", "DR摄影（单部位）", "次", "70.00", ""],
    ["«d.item_code:220201001»", "腹部B超", "次", "60.00", ""],
    ["«d.item_code:310701001»", "常规心电图", "次", "15.00", ""],
    ["«d.item_code:450000001»", "针刺", "次", "12.00", "中医"],
    ["«d.item_code:450000007»", "艾灸", "每穴位", "6.00", "中医"],
]

STATS: list[tuple[str, list[list[str]]]] = [
    (
        "2026年1—10月家庭医生签约服务情况（已公开）",
        [
            ["村（社区）", "常住人口", "签约人数", "签约率", "重点人群签约率"],
            ["石塘社区", "4210", "1862", "44.2%", "78.4%"],
            ["新桥村", "2355", "980", "41.6%", "72.0%"],
            ["桥头村", "3120", "1540", "49.4%", "74.9%"],
            ["杨柳村", "1980", "820", "41.4%", "70.3%"],
            ["合计", "11665", "5202", "44.6%", "75.1%"],
        ],
    ),
    (
        "临江县2026年第三季度法定传染病疫情概况",
        [
            ["病种", "发病数", "死亡数", "发病率（/10万）"],
            ["肺结核", "37", "0", "9.12"],
            ["乙肝", "52", "0", "12.81"],
            ["手足口病", "118", "0", "29.07"],
            ["梅毒", "21", "0", "5.17"],
            ["合计", "228", "0", "56.17"],
        ],
    ),
    (
        "2026年石塘镇卫生院服务量统计（院务公开）",
        [
            ["指标", "1—6月", "同比"],
            ["门急诊人次", "41,230", "+6.3%"],
            ["出院人次", "1,086", "+2.1%"],
            ["平均住院日", "6.8", "-0.4"],
            ["次均门诊费用", "86.4元", "-1.2%"],
            ["次均住院费用", "3,412元", "+0.8%"],
        ],
    ),
    (
        "DRG病组权重及费率（县医保局公布，乡镇卫生院部分）",
        [
            ["病组编码", "病组名称", "权重", "基准费率（元）"],
            ["«d.item_code:ES35»", "呼吸系统感染/炎症", "0.62", "4,680"],
            ["«d.item_code:EX29»", "急性上呼吸道感染", "0.41", "4,680"],
            ["«d.item_code:KS19»", "糖尿病，不伴并发症", "0.55", "4,680"],
            ["«d.item_code:FR39»", "高血压", "0.48", "4,680"],
            ["«d.item_code:GS13»", "胃肠炎", "0.44", "4,680"],
        ],
    ),
    (
        "2025年度部门决算公开（节选）",
        [
            ["项目", "金额（万元）"],
            ["一般公共预算财政拨款收入", "612.35"],
            ["事业收入", "1,248.70"],
            ["基本支出", "1,536.18"],
            ["项目支出", "298.02"],
            ["年末结转和结余", "26.85"],
        ],
    ),
    (
        "临江县2026年孕产妇健康管理指标（公开）",
        [
            ["指标", "全县", "省目标"],
            ["早孕建册率", "93.6%", "≥90%"],
            ["产前检查率", "97.2%", "≥95%"],
            ["产后访视率", "95.8%", "≥90%"],
            ["孕产妇死亡率", "0", "≤12/10万"],
        ],
    ),
    (
        "2026年免疫规划疫苗接种率（县疾控通报公开版）",
        [
            ["疫苗", "应种", "实种", "接种率"],
            ["卡介苗", "1,204", "1,198", "99.50%"],
            ["乙肝3", "1,260", "1,247", "98.97%"],
            ["麻腮风1", "1,233", "1,221", "99.03%"],
            ["百白破4", "1,312", "1,285", "97.94%"],
        ],
    ),
    (
        "石塘镇卫生院2026年患者满意度调查结果（已公示）",
        [
            ["项目", "满意度"],
            ["门诊服务", "96.2%"],
            ["住院服务", "97.5%"],
            ["公共卫生服务", "95.1%"],
            ["收费透明度", "93.8%"],
            ["总体", "95.9%"],
        ],
    ),
]

DRUGS: list[list[str]] = [
    [
        "硝苯地平控释片说明书（摘要）",
        "【适应症】高血压、冠心病慢性稳定型心绞痛。",
        "【用法用量】每日一次，每次30mg，整片吞服，不可咀嚼或掰开。",
        "【不良反应】头痛、面部潮红、踝部水肿。",
        "【生产企业】（略）  批准文号：«d.approval_no:国药准字H20103722»",
    ],
    [
        "阿卡波糖片患者用药指导",
        "与第一口饭同时嚼服；单用不引起低血糖。",
        "常见不良反应为腹胀、排气增多，多在用药2～4周后减轻。",
        "如合用胰岛素出现低血糖，应口服葡萄糖而不是蔗糖。",
    ],
    [
        "布洛芬混悬液（儿童）使用须知",
        "用于儿童普通感冒或流感引起的发热，体温≥38.5℃时使用。",
        "按体重给药：每次5～10mg/kg，两次用药间隔不少于6小时，24小时不超过4次。",
        "不可与对乙酰氨基酚交替使用，除非医生建议。",
        "批号：«d.batch_no:B2610273»  有效期至2028年9月",
    ],
    [
        "国家基本药物目录（2018年版）乡镇卫生院常用品种",
        "化学药品和生物制品417种，中成药268种。",
        "常用：阿司匹林肠溶片、二甲双胍片、氨氯地平片、奥美拉唑肠溶胶囊、阿莫西林胶囊、头孢呋辛酯片、复方丹参滴丸。",
        "基层医疗卫生机构基本药物配备使用金额占比不低于60%。",
    ],
    [
        "胰岛素笔注射方法",
        "1. 洗手，检查胰岛素名称、剂量和有效期。",
        "2. 预混胰岛素注射前需水平滚动10次、上下摇动10次。",
        "3. 注射部位：腹部（脐周5cm以外）、大腿外侧、上臂外侧、臀部，轮换注射。",
        "4. 针头一次性使用，用后放入硬质容器。",
    ],
    [
        "中药饮片煎煮方法",
        "先用冷水浸泡30分钟，水面高出药面2～3厘米。",
        "一般药物武火煮沸后文火煎20～30分钟；解表药15分钟，滋补药40～60分钟。",
        "先煎：矿物、贝壳类；后下：薄荷、砂仁；包煎：车前子、旋覆花。",
    ],
]


def policies_prices_stats() -> None:
    fmts = ["docx", "pdf", "txt", "md"]
    for i, lines in enumerate(POLICIES):
        lines_doc(f"public/zhengce_{i + 1:02d}", fmts[i % 4], "published_policy", lines, pub=True)
    csv_doc(
        "public/shoufei_biaozhun_2026.csv",
        "published_fee_schedule",
        [["石塘镇卫生院医疗服务价格公示（部分）", "", "", "", ""], *PRICES],
        pub=True,
        encoding="gb18030",
    )
    xlsx_doc(
        "public/shoufei_gongshi_zhongyi.xlsx",
        "published_fee_schedule",
        {
            "价格公示": [
                ["中医适宜技术收费公示", "", "", "", ""],
                ["执行文件：皖医保发〔2025〕12号", "", "", "", ""],
                *PRICES,
                ["价格举报电话：12315", "", "", "", ""],
            ]
        },
        merges={"价格公示": ["A1:E1", "A2:E2"]},
        pub=True,
    )
    pdf_table_doc(
        "public/shoufei_yaopin_gongshi.pdf",
        "published_fee_schedule",
        ["常用药品价格公示（零差率）", "更新日期：2026年11月1日"],
        [
            ["品名", "规格", "单位", "零售价（元）"],
            ["二甲双胍片", "0.5g×48片", "盒", "4.32"],
            ["苯磺酸氨氯地平片", "5mg×28片", "盒", "3.15"],
            ["阿托伐他汀钙片", "20mg×14片", "盒", "5.88"],
            ["阿莫西林胶囊", "0.25g×24粒", "盒", "2.90"],
            ["奥美拉唑肠溶胶囊", "20mg×14粒", "盒", "1.74"],
        ],
        ["以上价格为省集中带量采购中选价。"],
        pub=True,
    )
    sfmts = ["xlsx", "csv", "pdf", "docx", "md", "xlsx", "txt", "csv"]
    for i, (title, rows) in enumerate(STATS):
        stem = f"public/tongji_gongkai_{i + 1:02d}"
        fmt = sfmts[i]
        if fmt == "xlsx":
            xlsx_doc(
                f"{stem}.xlsx",
                "published_statistics",
                {
                    "统计": [
                        [title] + [""] * (len(rows[0]) - 1),
                        ["数据来源：院务公开栏"] + [""] * (len(rows[0]) - 1),
                        *rows,
                    ]
                },
                merges={"统计": [f"A1:{chr(64 + len(rows[0]))}1"]},
                pub=True,
            )
        elif fmt == "csv":
            csv_doc(
                f"{stem}.csv",
                "published_statistics",
                [[title], *rows],
                pub=True,
                encoding="utf-8-sig" if i == 1 else "utf-8",
            )
        elif fmt == "pdf":
            pdf_table_doc(f"{stem}.pdf", "published_statistics", [title], rows, pub=True)
        elif fmt == "docx":
            docx_doc(
                f"{stem}.docx",
                "published_statistics",
                [title, "以下数据已在院务公开栏公布。"],
                [rows],
                pub=True,
            )
        else:
            sep = " | " if fmt == "md" else "\t"
            body = "\n".join([title, "", *(sep.join(row) for row in rows)]) + "\n"
            text_doc(f"{stem}.{fmt}", "published_statistics", body, pub=True)
    dfmts = ["pdf", "docx", "txt", "md", "pptx", "pdf"]
    for i, lines in enumerate(DRUGS):
        lines_doc(
            f"public/yaopin_shuoming_{i + 1:02d}",
            dfmts[i],
            "drug_information_sheet",
            lines,
            pub=True,
        )


LEAFLETS_2: list[list[str]] = [
    [
        "【转发】国家疾控局：诺如病毒感染高发季来了",
        "诺如病毒感染以呕吐、腹泻为主要症状，学校、托幼机构易发生聚集性疫情。",
        "含氯消毒剂（有效氯1000～2000mg/L）可有效灭活诺如病毒，75%酒精效果不佳。",
        "患者症状消失后72小时方可返校、返岗。",
    ],
    [
        "【科普】幽门螺杆菌要不要治？",
        "我国幽门螺杆菌感染率约为40%～50%。",
        "碳13、碳14呼气试验是常用检测方法，检测前需停用质子泵抑制剂2周、抗生素4周。",
        "1982年澳大利亚学者«d.famous:马歇尔»和«d.famous:沃伦»发现幽门螺杆菌，2005年获诺贝尔奖。",
        "推荐铋剂四联方案，疗程14天。",
    ],
    [
        "【健康中国行动】减盐、减油、减糖",
        "成人每天烹调油25～30克，添加糖不超过50克，最好控制在25克以下。",
        "一罐330毫升的含糖饮料约含35克糖。",
        "学会看营养成分表：钠含量超过30%NRV的食品属于高盐食品。",
    ],
    [
        "【妇幼】两癌筛查，免费！",
        "35～64岁农村适龄妇女可免费进行宫颈癌、乳腺癌筛查。",
        "宫颈癌筛查：HPV检测或TCT，每5年一次；乳腺癌筛查：乳腺彩超，每2年一次。",
        "报名：到所在村卫生室或卫生院妇保科登记。",
    ],
    [
        "【急救】海姆立克急救法",
        "适用于气道异物梗阻：患者不能说话、不能咳嗽、双手抓住喉咙。",
        "施救者站在患者背后，一手握拳，拳眼置于肚脐上两横指处，另一手包住拳头，快速向内上方冲击。",
        "1岁以下婴儿采用背部叩击加胸部按压法。",
        "该方法由美国医生亨利·海姆立克于1974年发明。",
    ],
    [
        "【慢病】痛风急性发作怎么办",
        "急性期可用秋水仙碱、非甾体抗炎药，尽早（24小时内）用药效果好。",
        "少吃动物内脏、海鲜、浓肉汤，戒啤酒，每天饮水2000毫升以上。",
        "降尿酸目标：血尿酸＜360μmol/L，有痛风石者＜300μmol/L。",
    ],
    [
        "【口腔】儿童窝沟封闭",
        "窝沟封闭是预防儿童恒牙龋齿最有效的方法，最佳年龄为6～8岁（第一恒磨牙）和11～13岁。",
        "适龄儿童在学校统一组织下免费封闭，家长签署知情同意书即可。",
        "封闭后仍需每天早晚刷牙、每半年检查一次。",
    ],
    [
        "【传染病】艾滋病检测咨询",
        "艾滋病的传播途径：性传播、血液传播、母婴传播，日常接触不会传播。",
        "发生高危行为后72小时内服用阻断药，越早越好。",
        "县疾控中心提供免费、保密的检测咨询，咨询电话" + "«d.public_phone:0564-8227316»" + "。",
        "全国艾滋病咨询热线：" + "«d.hotline:12320-5»",
    ],
    [
        "【营养】中国居民平衡膳食宝塔（2022）",
        "谷类200～300克，其中全谷物和杂豆50～150克，薯类50～100克。",
        "蔬菜300～500克，水果200～350克。",
        "奶及奶制品300～500克，大豆及坚果25～35克。",
        "每天主动身体活动6000步。",
    ],
    [
        "【职业健康】农药中毒的预防",
        "喷洒农药要穿长衣长裤，戴口罩手套，不逆风喷洒。",
        "有机磷农药中毒表现为头晕、多汗、流涎、瞳孔缩小，应立即脱离现场并就医。",
        "百草枯已全面禁用，家中存放的请交村委会统一处理。",
    ],
]

NEWS_2: list[list[str]] = [
    [
        "石塘镇卫生院开展“世界糖尿病日”主题宣传",
        "11月14日，院公卫科联合镇政府在集镇广场开展宣传活动，免费测血糖236人次，发放资料600余份。",
        "院长«P:苗建华»现场为群众讲解“五驾马车”控糖理念。",
    ],
    [
        "县人民医院专家团队常驻石塘 医共体建设再提速",
        "根据医共体帮扶协议，县人民医院每周派驻内科、外科、妇产科专家各1名到石塘镇卫生院坐诊。",
        "县人民医院院长«P:阎立强»表示，将把石塘镇卫生院建成区域医疗次中心。",
    ],
    [
        "我院通过“优质服务基层行”推荐标准复核",
        "12月1日，市卫健委复核组对我院开展现场复核，我院以总分91.6分通过推荐标准复核。",
        "复核组组长、市卫健委基层卫生健康科科长«P:郦海涛»对我院的慢病一体化门诊给予肯定。",
    ],
    [
        "【人民日报】让群众就近享有公平可及、系统连续的健康服务",
        "（转载）记者从国家卫生健康委获悉，全国已有2000多个县开展紧密型县域医共体建设。",
        "北京协和医院老院长«d.famous:林巧稚»曾说：“我是一辈子的值班医生。”这种精神激励着一代代基层医务工作者。",
    ],
    [
        "石塘镇开展2026年度应急演练 提升突发事件处置能力",
        "12月5日，镇卫生院联合镇派出所、消防救援站开展“食物中毒事件”应急处置演练。",
        "演练模拟某学校食堂发生20余名学生疑似食物中毒，卫生院启动应急预案，完成检伤分类、转运和流调。",
        "此次演练均为模拟情景，人员均为志愿者扮演。",
    ],
]


def more_public() -> None:
    fmts = ["md", "txt", "pptx", "docx", "pdf"]
    for i, lines in enumerate(LEAFLETS_2):
        lines_doc(
            f"public/weixin_zhuanfa_{i + 1:02d}",
            fmts[i % 5],
            "health_education_leaflet",
            lines,
            pub=True,
        )
    nfmts = ["txt", "docx", "md", "pdf", "docx"]
    for i, lines in enumerate(NEWS_2):
        lines_doc(f"public/xinwen_{i + 1:02d}", nfmts[i], "news_item", lines, pub=True)
    text_doc(
        "public/gonggao_caigou_lenglian.md",
        "procurement_announcement",
        f"""
# 石塘镇卫生院疫苗冷链设备采购竞争性磋商公告

- 项目编号：«d.order_no:LJCG-2026-1302»
- 采购内容：医用冷藏冰箱（2～8℃，容积≥300L）2台、冷链温度自动监测系统1套
- 预算金额：9.6万元
- 获取磋商文件：2026年12月10日至12月16日，临江县公共资源交易网免费下载
- 采购人：石塘镇卫生院，联系人：«P:仉晓峰»，电话：{SWITCH}
- 代理机构：安徽正信招标代理有限公司，地址：«d.public_address:临江县城关镇长安路66号»，电话：«d.public_phone:0564-8201577»
""",
        pub=True,
    )
    pdf_doc(
        "public/gonggao_caigou_yaopin_peisong.pdf",
        "procurement_announcement",
        [
            f"""石塘镇卫生院药品配送企业遴选结果公告
根据《临江县基层医疗卫生机构药品配送企业遴选办法》，经评审，确定以下配送企业：
1. 国药控股临江有限公司 统一社会信用代码：«U» 服务电话：«d.public_phone:0564-8255001»
2. 华润安徽医药有限公司 统一社会信用代码：«U» 服务电话：«d.public_phone:0551-62889320»
配送期限：2027年1月1日至2027年12月31日。
采购人：石塘镇卫生院（{CENTRE_ADDR}）"""
        ],
        pub=True,
    )
    docx_doc(
        "public/gonggao_zhaopin_cunyi.docx",
        "recruitment_announcement",
        [
            "石塘镇2027年乡村医生招聘启事",
            "为充实村卫生室力量，现招聘乡村医生3名，服务于龙井村、白沙村、高峰村卫生室。",
            "条件：具有乡村医生执业证书或执业（助理）医师资格，年龄45周岁以下，本镇户籍优先。",
            "待遇：基本公共卫生服务补助+一般诊疗费+基本药物补助，年收入约6～8万元；按规定参加养老保险。",
            "报名地点：卫生院行政楼二楼人事科；电话：«d.public_phone:0564-8726108»；报名邮箱："
            + CENTRE_MAIL,
        ],
        pub=True,
    )
    xlsx_doc(
        "public/gongshi_cunyi_buzhu.xlsx",
        "published_aid_list",
        {
            "公示": [
                ["石塘镇2026年乡村医生养老补助发放对象公示", "", "", ""],
                ["序号", "村", "姓名", "补助月数"],
                ["1", "龙井村", "«P:闻人志和»", "12"],
                ["2", "白沙村", "«P:亓官凤英»", "12"],
                ["3", "双河村", "«P:禄明远»", "9"],
                ["补助标准按县卫健委统一规定执行，公示期5天。", "", "", ""],
            ]
        },
        merges={"公示": ["A1:D1", "A6:D6"]},
        pub=True,
    )
    text_doc(
        "public/gongshi_xianjin_keshi.txt",
        "public_notice",
        """
关于2026年度院级先进科室的公示

经各科室申报、考核小组评议、院务会研究，拟评定以下科室为2026年度院级先进科室：
全科医疗科、公共卫生科、预防接种门诊、中医馆。
公示期：2026年12月28日至2027年1月3日。
""",
        pub=True,
    )
    csv_doc(
        "public/shijianbiao_jiezhong_menzhen.csv",
        "schedule",
        [
            ["接种门诊开放时间", "上午", "下午", "说明"],
            ["周二", "8:00-11:30", "—", "儿童常规免疫"],
            ["周四", "8:00-11:30", "14:30-16:30", "儿童常规免疫、成人疫苗"],
            ["周六", "8:00-11:30", "—", "入托入学查验"],
            ["狂犬疫苗", "全天", "全天", "急诊室"],
            ["预约电话", "0564-8726133", "", ""],
        ],
        pub=True,
    )
    text_doc(
        "public/shijianbiao_banche.txt",
        "schedule",
        """
石塘镇—县人民医院医共体转诊班车时刻表（2027年1月起）

石塘镇卫生院（振兴路）  07:00  10:30  14:00
新桥村路口              07:15  10:45  14:15
县人民医院门诊楼        07:50  11:20  14:50
返程：县人民医院 09:00 12:30 16:30
乘车凭转诊单免费，无转诊单每人次5元。
""",
        pub=True,
        encoding="gb18030",
    )
    md_rows = "\n".join(
        f"| {d} | {k} |"
        for d, k in [
            ("周一", "全科、中医、口腔"),
            ("周二", "全科、心内科专家"),
            ("周三", "全科、中医、B超"),
            ("周四", "全科、妇产科专家"),
            ("周五", "全科、中医、口腔"),
        ]
    )
    text_doc(
        "public/shijianbiao_menzhen.md",
        "schedule",
        f"# 门诊科室安排\n\n| 星期 | 开诊科室 |\n|---|---|\n{md_rows}\n\n挂号咨询：{SWITCH}\n",
        pub=True,
    )


# ============================================================================================
# INTERNAL but not secret: meeting notices, training slides, logs without private data
# ============================================================================================


def internal() -> None:
    text_doc(
        "neibu/huiyi_tongzhi_yuanganpeixun.txt",
        "meeting_notice",
        """
关于召开2026年第四季度院感防控培训会的通知

各科室：
定于12月11日（周五）下午3:00在行政楼四楼会议室召开院感防控培训会，请各科室负责人、护士长及全体护理人员准时参加。
培训内容：手卫生依从性、多重耐药菌防控、医疗废物分类。
请各科室于12月9日前将参会名单报院感办。
院感办
""",
    )
    docx_doc(
        "neibu/huiyi_tongzhi_dangzhibu.docx",
        "meeting_notice",
        [
            "关于召开12月份主题党日活动的通知",
            "各党小组：",
            "定于12月18日上午8:30在党员活动室开展“学条例、守纪律”主题党日活动，全体党员参加，请着正装、佩戴党徽。",
            "党支部 2026年12月14日",
        ],
    )
    pptx_doc(
        "neibu/peixun_huanjing_xiaodu.pptx",
        "training_slides",
        [
            (
                "医疗机构环境表面清洁与消毒",
                [
                    "低度风险区域：行政区、候诊区，每天湿式清洁1～2次",
                    "中度风险区域：普通病房、门诊，每天2次，必要时含氯消毒剂500mg/L",
                    "高度风险区域：手术室、治疗室、检验科，每天2次以上，1000mg/L",
                ],
                None,
                "本课件依据WS/T 512-2016编写",
            ),
            (
                "常见错误",
                ["同一块抹布擦拭多个床单元", "消毒剂浓度未监测", "拖把混用未分区"],
                [["区域", "颜色"], ["清洁区", "蓝色"], ["半污染区", "黄色"], ["污染区", "红色"]],
                None,
            ),
        ],
    )
    pptx_doc(
        "neibu/peixun_xinfeixiufu.pptx",
        "training_slides",
        [
            (
                "心肺复苏（CPR）培训",
                [
                    "判断意识：拍肩呼叫",
                    "呼救：拨打120，取AED",
                    "胸外按压：频率100～120次/分，深度5～6cm",
                    "按压与通气比例30:2",
                ],
                None,
                None,
            ),
            (
                "考核安排",
                ["全院医护人员12月底前完成CPR技能考核", "不合格者补考一次"],
                None,
                "考核由急诊科组织",
            ),
        ],
    )
    pptx_doc(
        "neibu/peixun_drg_bingan.pptx",
        "training_slides",
        [
            (
                "病案首页填写与DRG入组",
                [
                    "主要诊断选择原则：本次住院对健康危害最大、消耗医疗资源最多",
                    "其他诊断不得遗漏，影响并发症/合并症（CC/MCC）",
                    "手术操作编码使用ICD-9-CM-3",
                ],
                None,
                None,
            ),
            (
                "常见问题",
                [
                    "主要诊断写“高血压”而实为“脑梗死”",
                    "漏填呼吸衰竭导致低编",
                    "费用与诊疗不符被医保拒付",
                ],
                [["问题", "影响"], ["主诊断错误", "入组错误"], ["漏填MCC", "权重偏低"]],
                None,
            ),
        ],
    )
    xlsx_doc(
        "neibu/lenglian_wendu_2026_11.xlsx",
        "cold_chain_log",
        {
            "11月": [
                ["预防接种门诊冷链设备温度记录（2026年11月）", "", "", "", ""],
                ["设备：医用冷藏冰箱 «d.asset_no:ST-YF-0031»", "", "", "", ""],
                ["日期", "上午温度℃", "下午温度℃", "记录人", "备注"],
                ["11-02", "4.6", "5.1", "«P:戚秋月»", ""],
                ["11-03", "4.8", "5.3", "«P:戚秋月»", ""],
                ["11-04", "5.2", "9.1", "«P:颜梦溪»", "下午停电40分钟，已转移疫苗，报告科长"],
                ["11-05", "4.9", "5.0", "«P:颜梦溪»", ""],
            ]
        },
        merges={"11月": ["A1:E1", "A2:E2"]},
    )
    text_doc(
        "neibu/zhiban_dianhua_biao.txt",
        "internal_directory",
        f"""
院内科室电话（内线）
院办 8102    人事科 8108    财务科 8105    医务科 8111
公卫科 8139  接种门诊 8133  急诊室 8119    药房 8121
外线总机：{SWITCH}  急诊值班：{DUTY}
""",
    )
    docx_doc(
        "neibu/gongzuo_anpai_12yue.docx",
        "internal_memo",
        [
            "12月份重点工作安排",
            "1. 完成65岁以上老年人体检数据录入及质控，12月20日前完成。",
            "2. 做好流感疫苗接种，目标接种800剂。",
            "3. 迎接县卫健委年度绩效考核，各科室12月15日前完成自查。",
            "4. 完成年度固定资产盘点。",
        ],
        header="石塘镇卫生院 院办",
    )
    csv_doc(
        "neibu/peixun_qiandao_moban.csv",
        "internal_checklist",
        [
            ["院感培训签到表（2026-12-11）", "", ""],
            ["科室", "应到", "实到"],
            ["全科", "12", "11"],
            ["公卫科", "8", "8"],
            ["护理部", "21", "19"],
            ["药剂科", "5", "5"],
        ],
    )
    text_doc(
        "neibu/xinxi_jifang_xunjian.md",
        "internal_checklist",
        """
# 机房日常巡检表（模板说明）

- 巡检频次：每日上午9:00、下午16:00各一次
- 检查项目：UPS电量、空调温度（18～27℃）、服务器指示灯、交换机端口、备份任务状态
- 异常处理：立即报告信息科负责人并记录在《机房故障登记簿》
- 说明：本表不得记录任何系统密码
""",
    )
    eml_doc(
        "neibu/youjian_tongzhi_peixun.eml",
        "meeting_notice",
        "石塘镇卫生院院办 <" + CENTRE_MAIL + ">",
        "全院职工 <" + "«d.public_email:stwsy_all@163.com»" + ">",
        "转发：县卫健委关于参加基层卫生人才能力提升培训的通知",
        "各科室：\n\n转发县卫健委通知（见附件），请符合条件的人员于12月10日前到院办报名。\n\n院办\n",
        attachment=(
            "培训通知.docx",
            {
                "paras": [
                    "临江县卫健委关于开展2027年基层卫生人才能力提升培训的通知",
                    "培训对象：乡镇卫生院全科医生、护士。",
                    "培训时间：2027年3月至6月，脱产学习3个月。",
                    "培训地点：市第一人民医院。",
                ]
            },
        ),
    )


# ============================================================================================
# SECRET: medical
# ============================================================================================

MED = ("medical",)


def medical_a() -> None:
    csv_doc(
        "jianyanke/LIS_daochu_20261105.csv",
        "lis_export",
        [
            [
                "样本号",
                "条码",
                "门诊/住院号",
                "姓名",
                "性别",
                "年龄",
                "科别",
                "检验项目",
                "结果",
                "单位",
                "参考范围",
                "标志",
            ],
            [
                "«d.sample_no:20261105-037»",
                "«d.barcode:2611050037»",
                "«R:MZ2611050112»",
                "«P:骆兰芝»",
                "女",
                "68",
                "全科",
                "空腹血糖",
                "9.8",
                "mmol/L",
                "3.9-6.1",
                "H",
            ],
            [
                "«d.sample_no:20261105-038»",
                "«d.barcode:2611050038»",
                "«R:MZ2611050119»",
                "«P:晁天明»",
                "男",
                "57",
                "全科",
                "糖化血红蛋白",
                "8.2",
                "%",
                "4.0-6.0",
                "H",
            ],
            [
                "«d.sample_no:20261105-039»",
                "«d.barcode:2611050039»",
                "«R:ZY2026000871»",
                "«P:查玉凤»",
                "女",
                "81",
                "住院部",
                "肌酐",
                "156",
                "μmol/L",
                "41-81",
                "H",
            ],
            [
                "«d.sample_no:20261105-040»",
                "«d.barcode:2611050040»",
                "«R:MZ2611050133»",
                "«P:练小军»",
                "男",
                "34",
                "全科",
                "乙肝表面抗原",
                "阳性",
                "",
                "阴性",
                "*",
            ],
            [
                "«d.sample_no:20261105-041»",
                "«d.barcode:2611050041»",
                "«R:MZ2611050140»",
                "«P:弓秀兰»",
                "女",
                "45",
                "妇科",
                "梅毒螺旋体抗体",
                "阳性",
                "",
                "阴性",
                "*",
            ],
        ],
        cats=MED,
        encoding="gb18030",
    )
    pdf_table_doc(
        "jianyanke/xuechanggui_piliang_1106.pdf",
        "lis_export",
        ["石塘镇卫生院检验科 血常规结果汇总", "检验日期：2026-11-06  审核：«P:蒲晓航»"],
        [
            ["样本号", "住院号", "姓名", "WBC", "HGB", "PLT", "备注"],
            [
                "«d.sample_no:1106-012»",
                "«R:26-0412»",
                "«P:宰父永福»",
                "12.6",
                "118",
                "231",
                "感染？",
            ],
            ["«d.sample_no:1106-013»", "«R:26-0415»", "«P:桑梅香»", "5.2", "82", "190", "中度贫血"],
            [
                "«d.sample_no:1106-014»",
                "«R:26-0419»",
                "«P:庹建国»",
                "3.1",
                "131",
                "62",
                "血小板减少，已电话通知医生",
            ],
        ],
        ["危急值已于10:42电话报告住院部护士«P:颜梦溪»。"],
        cats=MED,
    )
    docx_doc(
        "bchao/Bchao_baogao_1118.docx",
        "ultrasound_report_batch",
        [
            "B超室 2026年11月18日报告汇总（打印存档）",
            "1. «P:冼秀娥»，女，52岁，门诊号«R:0037845»：肝内多发强回声，考虑肝内胆管结石；胆囊壁毛糙。",
            "2. «P:郝连城»，男，66岁，门诊号«R:0037851»：前列腺增大（52×41×38mm），伴钙化灶。",
            "3. «P:凤巧云»，女，29岁，孕23周，门诊号«R:0037860»：单活胎，胎盘下缘距宫颈内口1.2cm，提示低置胎盘，建议复查。",
            "4. «P:鄢德胜»，男，71岁，门诊号«R:0037866»：右肾囊肿（约3.1cm）；腹主动脉未见明显扩张。",
        ],
        footer="B超室 «P:邰静» 签发",
        cats=MED,
    )
    docx_doc(
        "xindian/xindian_yuancheng_1120.docx",
        "ecg_report_batch",
        ["远程心电诊断报告单（批量导出）"],
        [
            [
                ["患者", "病历号", "结论", "诊断医师"],
                ["«P:铁桂兰»", "«R:BL-2611-00563»", "窦性心律，ST-T改变", "«P:濮阳春生»"],
                ["«P:祁满仓»", "«R:BL-2611-00571»", "心房颤动，心室率92次/分", "«P:濮阳春生»"],
                [
                    "«P:后德明»",
                    "«R:BL-2611-00578»",
                    "窦性心动过缓，一度房室传导阻滞",
                    "«P:濮阳春生»",
                ],
            ]
        ],
        header="临江县人民医院远程心电诊断中心",
        cats=MED,
    )
    xlsx_doc(
        "fuyou/gaowei_yunchanfu_2026.xlsx",
        "high_risk_pregnancy_register",
        {
            "在管": [
                ["石塘镇2026年高危孕产妇专案管理登记", "", "", "", "", "", "", ""],
                ["填报单位：石塘镇卫生院妇保科", "", "", "", "", "", "", ""],
                ["", "", "", "", "", "", "", ""],
                ["姓名", "身份证号", "年龄", "孕周", "高危因素", "评估", "联系电话", "现住址"],
                [
                    "«P:凤巧云»",
                    "«I:y1997/凤巧云»",
                    "29",
                    "23+2",
                    "低置胎盘",
                    "黄",
                    "«T»",
                    "«A:石塘镇新桥村五组22号»",
                ],
                [
                    "«P:申屠慧»",
                    "«I:y1987/申屠慧»",
                    "39",
                    "31+5",
                    "高龄、瘢痕子宫",
                    "橙",
                    "«T»",
                    "«A:临江县石塘镇锦绣花园3栋2单元601室»",
                ],
                [
                    "«P:谷梁晓»",
                    "«I:y1994/谷梁晓»",
                    "32",
                    "18",
                    "妊娠期糖尿病",
                    "黄",
                    "«T»",
                    "«A:桥头村下湾组8号»",
                ],
                [
                    "«P:危春燕»",
                    "«I:y2001/危春燕»",
                    "25",
                    "35+1",
                    "重度子痫前期，已转县妇幼",
                    "红",
                    "«T»",
                    "«A:龙井村三组»",
                ],
            ],
            "结案": [
                ["姓名", "分娩日期", "结局"],
                ["«P:幸丽君»", "2026-10-03", "剖宫产，母婴平安"],
            ],
        },
        merges={"在管": ["A1:H1", "A2:H2"]},
        cats=MED,
    )
    text_doc(
        "gongwei/jingshen_suifang_sunhongbo.txt",
        "mental_disorder_followup",
        """
严重精神障碍患者随访记录（第四季度）

11月22日上午，我与村医«P:蓝守仁»到白沙村二组入户随访«P:鞠洪波»。其母«P:胥金凤»称近半月夜里不睡，自言自语，说有人要害他，停药约二十天（嫌药贵，利培酮没续上）。
患者本人在院子里劈柴，见到我们情绪尚稳定，问答切题但否认有病。危险性评估1级。
已电话联系县精神卫生中心主任«P:秦永安»（手机«T»），约定下周二家属陪同复诊；已告知其母可申请监护补助。
家属电话：«T»（母）、«T»（弟，在外打工）。
随访医生：«P:昌文静»
""",
        cats=MED,
    )
    text_doc(
        "gongwei/jingshen_suifang_huizong.md",
        "mental_disorder_followup",
        """
# 双河村在册严重精神障碍患者走访情况

本月走访4人。«P:奚长林»病情稳定，在镇上的砖厂做零工，每月由其妻«P:穆月娥»到卫生院领药（奥氮平，免费）。
«P:班小东»（精神分裂症）上月与邻居发生冲突，派出所已介入，目前住县精神卫生中心，住院号«R:JW2026-1187»。
«P:满德才»、«P:尉迟兰»两人外出务工，电话随访：«P:满德才»本人手机«T»无人接听，已请村委会协助联系。
""",
        cats=MED,
    )
    text_doc(
        "manbing/weixin_qun_tangniaobing.txt",
        "chat_export",
        """
微信群聊天记录导出 ——“石塘糖友之家（家医群）”
2026-11-12

«P:冼丽华»(家庭医生) 08:31
各位叔叔阿姨，本周四上午复查糖化血红蛋白，空腹来，带医保卡。

«P:骆兰芝» 08:45
医生，我上周测空腹9.8，是不是要加药了

«P:冼丽华»(家庭医生) 08:47
阿姨您周四来，我帮您看看，二甲双胍先别停

«P:晁天明» 09:02
我脚上那个口子还没好 [图片]

«P:冼丽华»(家庭医生) 09:05
叔叔这个要尽快来换药，不要自己涂药膏，我给您约了外科«P:缪永超»医生

«P:郝连城» 09:30
能不能帮我老伴也预约一下，她叫«P:甘玉珍»，手机«T»
""",
        cats=MED,
    )
    text_doc(
        "manbing/weixin_qun_xueya.txt",
        "chat_export",
        """
[聊天记录] 桥头村高血压随访群  导出时间 2026/11/28 17:02

«P:郜建民» 说：明天上午九点在村卫生室测血压，请大家互相转告。
«P:晏桂英» 说：医生我明天去不了，在县医院看眼睛
«P:郜建民» 说：奶奶没事，我下周上门。您血压药还有吗
«P:晏桂英» 说：还有半盒
«P:凌大海» 说：我爸«P:凌德旺»昨天晕了一下，量了是190/110
«P:郜建民» 说：马上带他来卫生院，或者打120。他在家吗？我现在过去，地址是不是«A:桥头村中湾组17号»？
«P:凌大海» 说：是的，我的电话«T»，到了打我
""",
        cats=MED,
    )


def medical_b() -> None:
    csv_doc(
        "jiezhong/duanxin_yuyue_daochu_202612.csv",
        "vaccination_sms_export",
        [
            ["发送时间", "接收号码", "短信内容", "状态"],
            [
                "2026-12-01 09:00:12",
                "«T»",
                "【石塘镇卫生院】«P:禹梓涵»家长您好，宝宝应于12月3日接种百白破第4剂，请携带接种证按时来院。退订回T",
                "成功",
            ],
            [
                "2026-12-01 09:00:13",
                "«T»",
                "【石塘镇卫生院】«P:焦一诺»家长您好，宝宝应于12月3日接种麻腮风第2剂，请携带接种证按时来院。退订回T",
                "成功",
            ],
            [
                "2026-12-01 09:00:15",
                "«T»",
                "【石塘镇卫生院】«P:殳浩然»家长您好，宝宝应于12月5日接种乙脑第2剂，请携带接种证按时来院。退订回T",
                "失败：空号",
            ],
            [
                "2026-12-01 09:00:16",
                "«T»",
                "【石塘镇卫生院】«P:逄可馨»家长您好，宝宝应于12月5日接种A群C群流脑第1剂，请携带接种证按时来院。退订回T",
                "成功",
            ],
        ],
        cats=MED,
        encoding="utf-8-sig",
    )
    xlsx_doc(
        "yuangan/yuangan_jiance_2026Q3.xlsx",
        "infection_surveillance",
        {
            "感染病例": [
                ["2026年第三季度医院感染病例监测表", "", "", "", "", ""],
                ["住院号", "姓名", "科室", "感染部位", "病原体", "处置"],
                [
                    "«R:ZY2026000632»",
                    "«P:车保华»",
                    "住院部",
                    "下呼吸道",
                    "肺炎克雷伯菌（产ESBL）",
                    "接触隔离",
                ],
                [
                    "«R:ZY2026000659»",
                    "«P:乐正秀英»",
                    "住院部",
                    "泌尿道",
                    "大肠埃希菌",
                    "拔除导尿管",
                ],
                [
                    "«R:ZY2026000701»",
                    "«P:那木生»",
                    "住院部",
                    "手术切口",
                    "金黄色葡萄球菌",
                    "换药、头孢唑林",
                ],
            ],
            "汇总": [
                ["监测指标", "本季度"],
                ["出院人数", "287"],
                ["感染例次", "3"],
                ["感染率", "1.05%"],
                ["手卫生依从率", "82.6%"],
            ],
        },
        merges={"感染病例": ["A1:F1"]},
        cats=MED,
    )
    xlsx_doc(
        "jiating_yisheng/qianyue_mingxi_xinqiao.xlsx",
        "family_doctor_signing_list",
        {
            "新桥村": [
                ["", "", "", "", "", "", ""],
                ["新桥村家庭医生签约明细（2026年度续约）", "", "", "", "", "", ""],
                ["序号", "姓名", "身份证号", "健康档案编号", "服务包", "联系电话", "家庭住址"],
                [
                    "1",
                    "«P:邴长福»",
                    "«I:y1948/邴长福»",
                    "«R:34152310100200345»",
                    "老年人包+慢病包",
                    "«T»",
                    "«A:新桥村一组6号»",
                ],
                [
                    "2",
                    "«P:綦翠萍»",
                    "«I:y1952/綦翠萍»",
                    "«R:34152310100200361»",
                    "老年人包",
                    "«L»",
                    "«A:新桥村一组9号»",
                ],
                [
                    "3",
                    "«P:邴晓东»",
                    "«I»",
                    "«R:34152310100200378»",
                    "基础包",
                    "«T»",
                    "«A:新桥村一组6号»",
                ],
                [
                    "4",
                    "«P:阙文辉»",
                    "«I:y1963/阙文辉»",
                    "«R:34152310100200394»",
                    "慢病包（糖尿病）",
                    "«T»",
                    "«A:临江县石塘镇新桥村四组31号»",
                ],
            ]
        },
        merges={"新桥村": ["A2:G2"]},
        cats=MED,
    )
    xlsx_doc(
        "yibao/DRG_ruzu_mingxi_202610.xlsx",
        "drg_grouping_detail",
        {
            "10月出院": [
                ["2026年10月出院病例DRG入组及费用明细（院内核对用）", "", "", "", "", "", ""],
                ["住院号", "姓名", "主要诊断", "DRG组", "权重", "总费用", "结余/超支"],
                [
                    "«R:ZY2026000611»",
                    "«P:桑梅香»",
                    "缺铁性贫血",
                    "«d.item_code:QS49»",
                    "0.52",
                    "3,210.40",
                    "+1,223.20",
                ],
                [
                    "«R:ZY2026000618»",
                    "«P:宰父永福»",
                    "社区获得性肺炎",
                    "«d.item_code:ES35»",
                    "0.62",
                    "5,018.90",
                    "-1,117.10",
                ],
                [
                    "«R:ZY2026000627»",
                    "«P:鄢德胜»",
                    "慢阻肺急性加重",
                    "«d.item_code:ET29»",
                    "0.78",
                    "6,402.00",
                    "-1,029.60",
                ],
            ],
            "说明": [["超支病例请临床科室说明原因，12月5日前交医保办。不得对外提供。"]],
        },
        merges={"10月出院": ["A1:G1"]},
        cats=("financial", "medical"),
    )
    eml_doc(
        "youjian/zhuanzhen_xiexin_qq.eml",
        "personal_email_patient",
        "«P:缪永超» <«E:miao.yongchao@qq.com»>",
        "«P:孟庆丰» <«E:mengqf_doc@163.com»>",
        "«d.surname_title:孟老师»，想请您帮忙看个病人",
        """«d.surname_title:孟老师»好：

我是石塘的«d.surname_title:小缪»。我们这有个病人«P:晁天明»，男，57岁，糖尿病十几年，左足第一跖骨头下溃疡两个月，
现在有渗液、异味，足背动脉搏动弱。门诊号«R:MZ2611050119»，糖化8.2。
想请您看看能不能收到您们科，他儿子«P:晁磊»的电话«T»，家住«A:石塘镇杨柳村七组41号»。
病人经济比较困难，低保户。照片我微信发您。

谢谢！
«P:缪永超»
""",
        cats=MED,
    )
    eml_doc(
        "youjian/fuyou_tongbao_fujian.eml",
        "personal_email_patient",
        "«P:幸红梅» <«E:xinghongmei1986@126.com»>",
        "县妇幼保健院高危管理办 <«d.public_email:ljfy_gwb@163.com»>",
        "石塘镇11月新增高危孕产妇名单（附件）",
        "老师好，附件是我镇11月新增高危孕产妇名单，其中«P:危春燕»已于11月30日转诊贵院，请查收。\n石塘镇卫生院妇保科 «P:幸红梅»\n",
        attachment=(
            "11月高危孕产妇.xlsx",
            {
                "sheets": {
                    "Sheet1": [
                        ["姓名", "身份证号", "孕周", "高危因素", "手机"],
                        ["«P:危春燕»", "«I:y2001/危春燕»", "35+1", "重度子痫前期", "«T»"],
                        ["«P:谷梁晓»", "«I:y1994/谷梁晓»", "18", "妊娠期糖尿病", "«T»"],
                    ]
                }
            },
        ),
        cats=MED,
    )
    pptx_doc(
        "bingli_taolun/bingli_huibao_feiyan.pptx",
        "case_presentation",
        [
            (
                "病例汇报：老年重症肺炎一例",
                [
                    "患者：«P:宰父永福»，男，79岁，住院号«R:ZY2026000618»",
                    "主诉：咳嗽、咳痰伴发热5天，气促1天",
                    "既往史：慢阻肺10年，吸烟40年",
                ],
                None,
                "汇报人：«P:廉思远»",
            ),
            (
                "检查结果",
                ["血常规WBC 12.6×10^9/L，中性粒细胞87%", "胸片：右下肺大片渗出影"],
                [["日期", "体温", "SpO2"], ["11-04", "39.1", "88%"], ["11-06", "37.6", "94%"]],
                None,
            ),
            (
                "讨论",
                [
                    "CURB-65评分3分，是否应当上转县医院？",
                    "家属（其子«P:宰父建军»）拒绝转院，已签字",
                ],
                None,
                None,
            ),
        ],
        cats=MED,
    )
    pptx_doc(
        "bingli_taolun/bingli_huibao_yunfu.pptx",
        "case_presentation",
        [
            (
                "孕产妇转诊病例回顾",
                [
                    "«P:危春燕»，25岁，G1P0，孕35+1周",
                    "11月30日产检血压168/112mmHg，尿蛋白+++",
                    "门诊号«R:MZ2611300027»",
                ],
                None,
                None,
            ),
            (
                "处置过程",
                [
                    "硫酸镁静滴、拉贝洛尔口服",
                    "120转运至县妇幼保健院，全程约40分钟",
                    "转运护士：«P:颜梦溪»",
                ],
                None,
                "本次转诊及时，无不良结局",
            ),
        ],
        cats=MED,
    )


def medical_c() -> None:
    docx_doc(
        "yiwuke/yiliao_jiufen_jilu_2026-07.docx",
        "medical_dispute_record",
        [
            "医疗纠纷处理记录",
            "纠纷编号：«d.case_no:YLJF-2026-007»",
            "患者«P:梁丘桂珍»，女，74岁，2026年9月12日因“反复胸闷3天”在我院住院（住院号«R:ZY2026000544»），9月14日凌晨突发室颤，抢救无效死亡。",
            "家属（长子«P:梁丘国强»，手机«T»；女婿«P:茹志刚»）认为值班医生«P:廉思远»未及时上转，要求赔偿38万元。",
            "9月20日医务科«P:沙永红»、分管院长«P:苗建华»与家属第一次协商，家属情绪激动，在门诊大厅拉横幅。",
            "10月9日经镇人民调解委员会调解，双方达成协议：院方一次性补偿人民币12万元，家属不再追究。补偿款由医疗责任险承担8万元。",
            "该事件对«P:廉思远»予以诫勉谈话，扣发第四季度奖励性绩效。",
        ],
        header="医务科 · 内部存档",
        cats=("medical", "personnel", "other"),
    )
    text_doc(
        "yiwuke/tousu_chuli_1102.txt",
        "complaint_handling",
        """
投诉处理单
受理日期：2026-11-02   受理人：«P:沙永红»
投诉人：«P:蒯玉兰»（患者本人），电话«T»
投诉事由：10月30日在口腔科拔牙，术后出血不止，夜间到急诊无人处理，候诊1小时。
调查：当晚急诊值班医生«P:梅启航»在处置一名车祸伤员；值班护士«P:戚秋月»未及时安排其他医生。
处理：向患者当面道歉，退还当次挂号费及处置费共计46元；对急诊护理排班提出整改。
患者意见：满意（签字）
""",
        cats=("medical", "personnel"),
    )
    docx_doc(
        "bangongshi/xinfang_dengji_2026-11.docx",
        "petition_record",
        [
            "信访事项登记（转办件）",
            "来源：县信访局网上信访平台转办，件号«d.case_no:LJXF20261105033»",
        ],
        [
            [
                ["信访人", "«P:仇德海»", "联系电话", "«T»"],
                ["住址", "«A:石塘镇双河村六组15号»", "身份证号", "«I»"],
                [
                    "信访内容",
                    "反映其父«P:仇长贵»在卫生院住院期间（住院号«R:ZY2026000590»）跌倒骨折，卫生院推卸责任，要求承担全部医疗费用。",
                    "",
                    "",
                ],
                [
                    "办理意见",
                    "请卫生院于15个工作日内核实并书面答复信访人，同时报县卫健委。",
                    "",
                    "",
                ],
            ]
        ],
        cats=("medical", "other"),
    )
    text_doc(
        "jizhen/zhiban_jilu_1203.txt",
        "duty_log",
        """
12月3日 夜班值班记录（急诊）

20:15 «P:庞家旺»，男，约40岁，酒后骑电动车摔伤，左额部裂伤约4cm，清创缝合6针，注射破伤风。其妻«P:柏小琴»陪同，留电话«T»。
23:40 杨柳村«P:宗卫东»来电，其母呼吸困难，出车接回，到院时SpO2 82%，考虑心衰急性加重，已请示«P:廉思远»后转县医院（120车，随车护士«P:戚秋月»）。
02:10 住院部5床«P:那木生»高热39.4℃，予物理降温，抽血培养。
05:30 派出所送来一名醉酒男子，拒绝透露姓名，身上无证件，观察至天亮自行离开。
交班人：«P:梅启航»   接班人：«P:缪永超»
""",
        cats=MED,
    )
    text_doc(
        "jizhen/zhiban_jilu_1205_zhuyuanbu.md",
        "duty_log",
        """
# 住院部护理值班记录 12月5日

- 白班：«P:颜梦溪»、«P:印佳怡»；夜班：«P:羿晓雯»
- 在院患者14人，新入2人：«P:桓秀珍»（住院号«R:ZY2026000902»，脑梗死恢复期），«P:宫本立»（住院号«R:ZY2026000903»，2型糖尿病酮症）
- 出院1人：«P:车保华»
- 特殊情况：3床«P:查玉凤»肌酐升高，家属（女儿，电话«T»）要求转院，已告知主管医生
- 备注：病房呼叫器3号床故障，已报总务科
""",
        cats=MED,
    )
    xlsx_doc(
        "gongwei/jiating_bingchuang_2026.xlsx",
        "home_bed_register",
        {
            "家庭病床": [
                ["", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["家庭病床建床登记（2026）", "", "", "", "", ""],
                ["建床号", "患者", "诊断", "住址", "联系人及电话", "责任医生"],
                [
                    "«d.bed_no:JC2026-03»",
                    "«P:綦翠萍»",
                    "脑梗死后遗症，长期卧床",
                    "«A:新桥村一组9号»",
                    "«P:邴晓东» «T»",
                    "«P:冼丽华»",
                ],
                [
                    "«d.bed_no:JC2026-04»",
                    "«P:栾福生»",
                    "晚期肺癌，安宁疗护",
                    "«A:石塘镇振兴路锦苑小区8栋1单元302»",
                    "«P:栾晓菲» «T»",
                    "«P:郜建民»",
                ],
            ]
        },
        merges={"家庭病床": ["A3:F3"]},
        cats=MED,
    )
    csv_doc(
        "zhongyi/tizhi_bianshi_jieguo.csv",
        "tcm_constitution_results",
        [
            ["体检编号", "姓名", "性别", "年龄", "主要体质", "兼夹体质", "健康指导"],
            [
                "«d.exam_no:TJ26-1033»",
                "«P:司寇德厚»",
                "男",
                "71",
                "痰湿质",
                "气虚质",
                "饮食清淡，艾灸足三里",
            ],
            [
                "«d.exam_no:TJ26-1034»",
                "«P:钭月琴»",
                "女",
                "67",
                "阳虚质",
                "",
                "注意保暖，当归生姜羊肉汤",
            ],
            ["«d.exam_no:TJ26-1035»", "«P:皇甫耀宗»", "男", "69", "平和质", "", "保持"],
        ],
        cats=MED,
    )
    docx_doc(
        "fuyou/xinshenger_fangshi_1115.docx",
        "newborn_visit",
        ["新生儿家庭访视记录表"],
        [
            [
                ["新生儿姓名", "«P:邝沐阳»", "性别", "男"],
                ["出生日期", "2026-11-08", "出生体重", "3350g"],
                ["母亲姓名", "«P:幸丽君»", "母亲电话", "«T»"],
                ["家庭住址", "«A:石塘镇桥头村上湾组3号»", "", ""],
                [
                    "访视情况",
                    "黄疸（面部、躯干），经皮胆红素11.2mg/dl；脐带已脱落；母乳喂养",
                    "",
                    "",
                ],
                ["访视医生", "«P:幸红梅»", "访视日期", "2026-11-15"],
            ]
        ],
        cats=MED,
    )
    text_doc(
        "gongwei/jiehe_huanzhe_guanli.txt",
        "tb_patient_management",
        """
肺结核患者督导服药记录（第2个月）

患者：«P:龙建业»  登记号：«d.reg_no:TB341523-2026-0088»
方案：2HRZE/4HR
10月31日督导：患者自述乏力、食欲下降，查肝功能ALT 128U/L，已联系县结核病定点医院调整方案。
患者在县城«A:城关镇凤凰花园12幢402»暂住，由其姐«P:龙美玲»（«T»）监督服药。
患者在建筑工地打工，暂未告知工友病情，请注意保密。
督导医生：«P:蓝守仁»（村医）
""",
        cats=MED,
    )
    text_doc(
        "gongwei/xingbing_suifang.txt",
        "std_followup",
        """
梅毒阳性者随访（保密件）
«P:弓秀兰»，女，45岁，门诊号«R:MZ2611050140»，11月5日TPPA阳性，TRUST 1:8。
11月8日电话通知本人（«T»），本人要求不要告诉家人。已转介县疾控性病门诊，苄星青霉素240万U每周一次共3次。
其配偶«P:包长海»是否检测：本人拒绝提供配偶联系方式。
""",
        cats=MED,
        encoding="gb18030",
    )


# ============================================================================================
# SECRET: personnel
# ============================================================================================

PER = ("personnel",)

PAYSLIPS = [
    ("戚秋月", "护师", "2,980", "1,860", "1,420", "600", "562.30", "6,297.70"),
    ("缪永超", "主治医师", "3,560", "2,410", "2,260", "800", "847.15", "8,182.85"),
    ("蒲晓航", "检验技师", "2,760", "1,720", "1,180", "400", "498.60", "5,561.40"),
]


def personnel() -> None:
    for i, (name, title, base, grade, perf, sub, ded, net) in enumerate(PAYSLIPS):
        stem = f"caiwu/gongzitiao_2026-11_{i + 1:02d}"
        rows = [
            ["姓名", f"«P:{name}»", "职称", title],
            ["岗位工资", base, "薪级工资", grade],
            ["奖励性绩效", perf, "乡镇补贴", sub],
            ["代扣社保公积金个税", ded, "实发", net],
            ["工资卡号", "«B:622848»", "发放日期", "2026-12-05"],
        ]
        if i == 0:
            docx_doc(
                f"{stem}.docx",
                "payslip",
                ["石塘镇卫生院2026年11月工资条"],
                [rows],
                footer="本工资条仅限本人查看",
                cats=PER,
            )
        elif i == 1:
            pdf_table_doc(
                f"{stem}.pdf",
                "payslip",
                ["石塘镇卫生院2026年11月工资条"],
                rows,
                ["如有疑问请于5日内联系财务科。"],
                cats=PER,
            )
        else:
            body = (
                "石塘镇卫生院2026年11月工资条\n"
                + "\n".join(f"{a}：{b}    {c}：{d}" for a, b, c, d in rows)
                + "\n"
            )
            text_doc(f"{stem}.txt", "payslip", body, cats=PER)
    xlsx_doc(
        "caiwu/geshui_zhuanxiang_kouchu_2027.xlsx",
        "tax_declaration",
        {
            "子女教育": [
                ["2027年度个人所得税专项附加扣除汇总", "", "", "", ""],
                ["纳税人", "纳税人身份证号", "子女姓名", "子女身份证号", "扣除比例"],
                ["«P:缪永超»", "«I»", "«P:缪思琪»", "«Ic»", "100%"],
                ["«P:沙永红»", "«I»", "«P:聂宇航»", "«Ic»", "50%"],
            ],
            "住房贷款": [
                ["纳税人", "房屋坐落", "贷款银行", "月扣除额"],
                ["«P:廉思远»", "«A:临江县城关镇翰林苑5号楼1203室»", "建设银行临江支行", "1000"],
            ],
            "赡养老人": [
                ["纳税人", "被赡养人", "被赡养人身份证号", "分摊方式"],
                ["«P:蒲晓航»", "«P:蒲德顺»", "«Io»", "独生子女"],
            ],
        },
        merges={"子女教育": ["A1:E1"]},
        cats=("personnel", "financial"),
    )
    xlsx_doc(
        "caiwu/gongjijin_jiaocun_202611.xlsx",
        "housing_fund_list",
        {
            "汇缴": [
                [
                    "住房公积金汇缴清册  单位：石塘镇卫生院  单位账号：«d.corporate_account:341523010008867»",
                    "",
                    "",
                    "",
                    "",
                ],
                ["", "", "", "", ""],
                ["个人账号", "姓名", "身份证号", "缴存基数", "月缴存额"],
                ["«d.fund_account:100382417561»", "«P:戚秋月»", "«I»", "5,420", "1,300.80"],
                ["«d.fund_account:100382417579»", "«P:颜梦溪»", "«I»", "5,060", "1,214.40"],
                ["«d.fund_account:100382417588»", "«P:梅启航»", "«I»", "6,880", "1,651.20"],
            ]
        },
        merges={"汇缴": ["A1:E1"]},
        cats=("personnel", "financial"),
    )
    csv_doc(
        "renshi/shebao_canbao_mingdan.csv",
        "social_insurance_list",
        [
            ["社会保障号码", "姓名", "参保险种", "缴费基数", "参保日期", "手机号码"],
            ["«I»", "«P:印佳怡»", "养老、医疗、失业、工伤", "4800", "2026-09", "«T»"],
            ["«I»", "«P:羿晓雯»", "养老、医疗、失业、工伤", "4800", "2026-09", "«T»"],
            ["«I»", "«P:宓志强»", "养老、医疗、失业、工伤", "5600", "2026-09", "«T»"],
            ["«I»", "«P:蓝天佑»", "养老、医疗、失业、工伤", "4500", "2026-09", "«T»"],
            ["«d.bad_id»", "«P:封海燕»", "校验不通过，退回派遣公司核实", "", "", ""],
        ],
        cats=PER,
        encoding="gb18030",
    )
    docx_doc(
        "renshi/laowu_paiqian_hetong_feng.docx",
        "labor_dispatch_contract",
        [
            "劳务派遣协议书（派遣员工）",
            "用工单位：石塘镇卫生院",
            "派遣单位：临江县人力资源开发有限公司，统一社会信用代码«U»",
            "派遣员工：«P:封海燕»，身份证号«I»，户籍地址«A:舒城县干汊河镇团结村刘圩组»，联系电话«T»",
            "岗位：收费员；派遣期限：2027年1月1日至2028年12月31日",
            "劳动报酬：每月2,600元，另加绩效200～600元，由派遣单位代发至员工本人银行卡«B:623059»",
            "紧急联系人：«P:封德贵»（父），电话«T»",
        ],
        cats=PER,
    )
    docx_doc(
        "renshi/zhicheng_pingshen_cailiao_sha.docx",
        "title_evaluation_materials",
        [
            "2026年度卫生系列副高级职称申报材料（«P:沙永红»）",
            "任现职以来主要业绩：主持全院医疗质量管理，牵头建设慢病一体化门诊。",
            "近五年年度考核：2021合格、2022优秀、2023合格、2024优秀、2025合格。",
            "单位推荐排序：第1名（共2人申报，另一人为«P:廉思远»，排第2名）。",
            "申报人身份证号：«I»；联系电话：«T»",
        ],
        textbox=["推荐意见：同意推荐", "院长签字：«P:苗建华»"],
        header="申报材料 不得外传",
        cats=PER,
    )
    xlsx_doc(
        "renshi/ganbu_dangan_mulu.xlsx",
        "personnel_file_index",
        {
            "目录": [
                ["干部人事档案目录（正本）", "", "", "", ""],
                ["档案编号", "姓名", "出生年月", "档案材料类别", "页数"],
                [
                    "«d.file_no:ST-DA-017»",
                    "«P:苗建华»",
                    "1972.03",
                    "一类履历、四类考核、九类任免",
                    "86",
                ],
                [
                    "«d.file_no:ST-DA-021»",
                    "«P:沙永红»",
                    "1980.11",
                    "四类考核、八类奖惩（2019年警告处分一份）",
                    "62",
                ],
                ["«d.file_no:ST-DA-033»", "«P:仉晓峰»", "1990.06", "二类自传、五类政审", "41"],
            ]
        },
        merges={"目录": ["A1:E1"]},
        cats=PER,
    )
    xlsx_doc(
        "renshi/jixiao_kaohe_2026Q3.xlsx",
        "performance_scores",
        {
            "临床": [
                ["", "", "", "", "", ""],
                ["2026年第三季度个人绩效考核得分（院务会审定稿）", "", "", "", "", ""],
                ["科室", "姓名", "工作量", "质量安全", "满意度", "总分"],
                ["全科", "«P:缪永超»", "38.5", "27", "18", "83.5"],
                ["全科", "«P:廉思远»", "36.0", "21", "17", "74.0"],
                ["急诊", "«P:梅启航»", "34.5", "25", "19", "78.5"],
            ],
            "公卫": [
                ["姓名", "总分", "备注"],
                ["«P:冼丽华»", "91.0", "签约超额"],
                ["«P:郜建民»", "88.5", ""],
                ["«P:昌文静»", "61.0", "随访造假1例，扣20分"],
            ],
        },
        merges={"临床": ["A2:F2"]},
        cats=PER,
    )
    docx_doc(
        "jijian/tanhua_tixing_han.docx",
        "discipline_letter",
        [
            "临江县纪委监委驻县卫健委纪检监察组",
            "谈话提醒通知书",
            "«P:昌文静»同志：",
            "经核查，你在2026年老年人健康体检工作中，存在为未到场的3名老人（«P:邴长福»、«P:綦翠萍»、«P:栾福生»）补录体检数据的问题。",
            "根据有关规定，决定对你进行谈话提醒，请于12月10日上午9时到县卫健委三楼纪检组办公室。",
            "2026年12月4日",
        ],
        cats=("personnel", "other"),
    )
    text_doc(
        "dangzhibu/zhibu_huiyi_jilu_1120.txt",
        "party_branch_minutes",
        """
党支部委员会会议记录
时间：2026年11月20日  地点：党员活动室
主持：«P:苗建华»  记录：«P:仉晓峰»
出席：«P:沙永红»、«P:冼丽华»、«P:郜建民»
议题一：发展党员。确定«P:印佳怡»为入党积极分子；«P:蓝天佑»政审材料不全，暂缓。
议题二：«P:昌文静»同志体检数据问题。委员一致意见，待纪检组谈话后，年度民主评议拟评“基本合格”。
议题三：«P:沙永红»同志申报副高，支部同意推荐。
""",
        cats=PER,
    )
    docx_doc(
        "renshi/gangwei_tiaozheng_cao.docx",
        "post_adjustment_draft",
        [
            "关于部分人员岗位调整的意见（讨论稿）",
            "1. «P:廉思远»由全科医疗科调整至公共卫生科，不再担任全科主治岗位。",
            "2. «P:印佳怡»试用期满，安排至住院部。",
            "3. «P:封海燕»（派遣）由收费室调整至挂号室。",
            "以上意见经院务会研究后执行，执行前不得外传。",
        ],
        cats=PER,
    )
    docx_doc(
        "renshi/zhigong_tijian_geren_mei.docx",
        "staff_health_check_individual",
        ["石塘镇卫生院2026年职工健康体检报告（个人）"],
        [
            [
                ["姓名", "«P:梅启航»", "工号", "«d.staff_no:ST0057»"],
                ["身份证号", "«I:y1983/梅启航»", "年龄", "43"],
                ["异常结果", "谷丙转氨酶96U/L↑；甘油三酯4.12mmol/L↑；乙肝表面抗原阳性", "", ""],
                ["结论与建议", "慢性乙型肝炎病毒携带，建议感染科随诊，复查HBV-DNA", "", ""],
            ]
        ],
        cats=("personnel", "medical"),
    )
    pdf_doc(
        "renshi/zhigong_tijian_geren_yan.pdf",
        "staff_health_check_individual",
        [
            "石塘镇卫生院2026年职工健康体检报告（个人）\n姓名：«P:颜梦溪»  性别：女  体检编号：«d.exam_no:ZG26-0112»\n身份证号：«I»\n异常：甲状腺结节（TI-RADS 4a类），建议进一步穿刺活检。\n乳腺增生。\n主检医师：«P:厉美琴»"
        ],
        cats=("personnel", "medical"),
    )
    xlsx_doc(
        "renshi/bingjia_taizhang_2026.xlsx",
        "sick_leave_ledger",
        {
            "病假": [
                ["2026年职工病假台账", "", "", "", ""],
                ["姓名", "科室", "起止日期", "天数", "病因"],
                ["«P:戚秋月»", "护理", "03-02至03-20", "19", "腰椎间盘突出"],
                ["«P:蒲晓航»", "检验", "06-11至07-10", "30", "甲状腺癌术后"],
                ["«P:禄明远»", "村医", "09-01至09-07", "7", "带状疱疹"],
            ]
        },
        merges={"病假": ["A1:E1"]},
        cats=("personnel", "medical"),
    )


# ============================================================================================
# SECRET: financial
# ============================================================================================

FIN = ("financial",)


def financial() -> None:
    docx_doc(
        "caiwu/jiekuandan_1108.docx",
        "loan_voucher",
        ["借 款 单"],
        [
            [
                ["借款部门", "公卫科", "借款日期", "2026-11-08"],
                ["借款人", "«P:冼丽华»", "借款事由", "预付老年人体检试剂运输费及村级体检点误餐费"],
                ["金额（大写）", "人民币叁仟伍佰元整", "￥", "3,500.00"],
                ["收款卡号", "«B:621700»", "开户行", "建行石塘分理处"],
                ["审批", "部门：«P:冼丽华»  分管：«P:沙永红»  院长：«P:苗建华»", "", ""],
            ]
        ],
        cats=FIN,
    )
    xlsx_doc(
        "caiwu/baoxiao_mingxi_2026-11.xlsx",
        "reimbursement_list",
        {
            "11月报销": [
                ["2026年11月差旅及公务报销明细（待付）", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["凭证号", "报销人", "事由", "金额", "公务卡/工资卡号", "审核"],
                [
                    "«d.voucher_no:记-1107»",
                    "«P:仉晓峰»",
                    "赴合肥参加医共体培训",
                    "1,286.00",
                    "«B:622575»",
                    "已审",
                ],
                [
                    "«d.voucher_no:记-1112»",
                    "«P:幸红梅»",
                    "送孕产妇转诊误餐",
                    "85.00",
                    "«B:621700»",
                    "已审",
                ],
                [
                    "«d.voucher_no:记-1113»",
                    "«P:幸红梅»",
                    "更正：原登记卡号«d.bad_card»有误",
                    "0.00",
                    "见上行",
                    "已更正",
                ],
                [
                    "«d.voucher_no:记-1120»",
                    "«P:蓝守仁»",
                    "村医培训交通费",
                    "120.00",
                    "«B:622848»",
                    "退回：无发票",
                ],
            ]
        },
        merges={"11月报销": ["A1:F1"]},
        cats=FIN,
    )
    pdf_doc(
        "caiwu/yinhang_huidan_1201.pdf",
        "bank_receipt",
        [
            "中国农业银行 网上银行电子回单\n回单编号：«d.receipt_no:2026120100387215»\n付款人：石塘镇卫生院  账号：«d.corporate_account:12345601040008867»\n收款人：«P:栾晓菲»  账号：«B:622848»  开户行：农业银行临江支行\n金额：人民币（大写）捌仟元整  ¥8,000.00\n用途：家庭病床临终关怀慰问金（院务会2026-11-27决定）\n交易时间：2026-12-01 10:14:22"
        ],
        cats=FIN,
    )
    pdf_doc(
        "caiwu/yinhang_huidan_gongying.pdf",
        "bank_receipt",
        [
            "中国建设银行 单位客户专用回单\n付款人全称：石塘镇卫生院  付款账号：«d.corporate_account:34050162880800000417»\n收款人全称：安徽恒济医疗器械有限公司  收款账号：«d.corporate_account:1305021209200088512»\n金额：¥115,333.00\n摘要：医用耗材第一期货款（合同«d.contract_no:STWSY-HT-2026-031»）\n经办：«P:包雅琴»"
        ],
        cats=("financial", "operations"),
    )
    xlsx_doc(
        "caiwu/wanglaikuan_duizhang_2026.xlsx",
        "accounts_reconciliation",
        {
            "应付账款": [
                ["往来款项对账表（截至2026-11-30）", "", "", "", ""],
                ["单位", "期初", "本期增加", "本期支付", "期末余额"],
                ["国药控股临江有限公司", "286,410.55", "412,330.20", "500,000.00", "198,740.75"],
                ["华润安徽医药有限公司", "133,205.00", "96,880.40", "120,000.00", "110,085.40"],
                ["安徽恒济医疗器械有限公司", "0.00", "346,000.00", "115,333.00", "230,667.00"],
            ],
            "个人往来": [
                ["姓名", "事由", "借款", "已还", "余额"],
                ["«P:冼丽华»", "体检预付", "3,500.00", "0.00", "3,500.00"],
                ["«P:郝连城»", "住院欠费（患者）", "2,180.40", "500.00", "1,680.40"],
            ],
        },
        merges={"应付账款": ["A1:E1"]},
        cats=FIN,
    )
    docx_doc(
        "zongwu/guding_zichan_chuzhi_2026.docx",
        "asset_disposal",
        [
            "关于申请处置部分固定资产的请示（草稿）",
            "县卫健委、县财政局：",
            "我院下列资产已达使用年限且无维修价值，拟申请报废处置，账面原值合计186,420元，净值3,150元。",
        ],
        [
            [
                ["资产编号", "名称", "购置年份", "原值（元）", "净值（元）"],
                ["«d.asset_no:ST-ZC-2009-014»", "全自动生化分析仪", "2009", "128,000", "0"],
                [
                    "«d.asset_no:ST-ZC-2012-031»",
                    "救护车（皖P·«d.vehicle:3A627»）",
                    "2012",
                    "46,800",
                    "2,340",
                ],
                ["«d.asset_no:ST-ZC-2014-008»", "电脑及打印机11台", "2014", "11,620", "810"],
            ]
        ],
        cats=FIN,
    )
    xlsx_doc(
        "caiwu/chengben_hesuan_2026Q3.xlsx",
        "cost_accounting",
        {
            "科室成本": [
                ["2026年第三季度科室成本核算表（未经审计）", "", "", "", ""],
                ["科室", "收入（万元）", "直接成本", "分摊成本", "收支结余"],
                ["全科医疗科", "168.42", "112.30", "38.61", "17.51"],
                ["住院部", "96.17", "88.95", "21.40", "-14.18"],
                ["中医馆", "31.26", "18.07", "6.12", "7.07"],
                ["口腔科", "22.80", "16.31", "4.02", "2.47"],
            ]
        },
        merges={"科室成本": ["A1:E1"]},
        cats=("financial",),
    )
    xlsx_doc(
        "yaofang/yaopin_pandian_2026-11.xlsx",
        "pharmacy_stocktake",
        {
            "西药库": [
                ["西药库2026年11月末盘点表", "", "", "", "", "", ""],
                ["盘点人：«P:蓝天佑»  复核：«P:包雅琴»", "", "", "", "", "", ""],
                ["药品编码", "品名规格", "批号", "进价", "账面", "实盘", "盈亏金额"],
                [
                    "«d.item_code:XY0131»",
                    "阿托伐他汀钙片 20mg×14",
                    "«d.batch_no:A26080312»",
                    "5.12",
                    "420",
                    "418",
                    "-10.24",
                ],
                [
                    "«d.item_code:XY0207»",
                    "注射用头孢曲松钠 1g",
                    "«d.batch_no:C2605117»",
                    "1.86",
                    "1,200",
                    "1,140",
                    "-111.60",
                ],
                [
                    "«d.item_code:XY0355»",
                    "盐酸曲马多片 50mg×10",
                    "«d.batch_no:Q2603021»",
                    "7.40",
                    "60",
                    "52",
                    "-59.20",
                ],
            ],
            "说明": [["头孢曲松差60支、曲马多差8盒，原因待查，已报院长，暂不上报。"]],
        },
        merges={"西药库": ["A1:G1", "A2:G2"]},
        cats=("financial", "operations"),
    )
    docx_doc(
        "caiwu/shenji_zhenggai_caogao.docx",
        "audit_rectification_draft",
        [
            "关于县审计局审计发现问题的整改报告（征求意见稿）",
            "一、违规发放津补贴问题：2024—2025年向全院职工发放“防暑降温费”超标准14.6万元。整改：已由个人退回9.2万元，剩余5.4万元于2027年3月底前从绩效中扣回。",
            "二、医保基金使用问题：部分住院病例存在分解住院，涉及医保基金3.8万元，已全额退回。",
            "三、药品采购问题：部分药品未在平台采购，涉及金额22.3万元。",
            "（本稿未经院务会审定，请勿外传）",
        ],
        cats=("financial", "other"),
    )
    csv_doc(
        "caiwu/shouru_ribao_1204.csv",
        "cashier_daily_report",
        [
            ["收费员", "现金", "微信", "支付宝", "医保统筹", "合计"],
            ["«P:封海燕»", "1,320.50", "4,806.00", "2,115.40", "9,873.60", "18,115.50"],
            ["«P:包雅琴»", "860.00", "3,221.80", "1,402.00", "7,114.25", "12,598.05"],
            ["合计", "2,180.50", "8,027.80", "3,517.40", "16,987.85", "30,713.55"],
        ],
        cats=FIN,
    )
    xlsx_doc(
        "caiwu/zhuyuan_qianfei_2026.xlsx",
        "patient_arrears",
        {
            "欠费": [
                ["住院患者欠费清单（催收用）", "", "", "", ""],
                ["住院号", "患者", "欠费金额", "联系电话", "住址"],
                ["«R:ZY2026000487»", "«P:郝连城»", "1,680.40", "«T»", "«A:石塘镇龙井村二组12号»"],
                ["«R:ZY2026000553»", "«P:庹建国»", "3,912.00", "«L»", "«A:白沙村老街26号»"],
            ]
        },
        merges={"欠费": ["A1:E1"]},
        cats=("financial", "medical"),
    )
    text_doc(
        "caiwu/zhuanxiang_zijin_shiyong.md",
        "fund_operation_record",
        """
# 2026年基本公共卫生服务项目资金使用情况（内部）

| 项目 | 到位资金（万元） | 已支出 | 拨付村卫生室 | 结余 |
|---|---|---|---|---|
| 基本公卫 | 109.6 | 86.2 | 43.8 | 23.4 |
| 家庭医生签约 | 21.5 | 17.9 | 6.0 | 3.6 |
| 重大公卫（妇幼） | 8.4 | 5.1 | 0 | 3.3 |

说明：结余资金中有12万元拟调剂用于DR设备维保，需报县卫健委批准后方可使用。
""",
        cats=FIN,
    )


# ============================================================================================
# SECRET: operations
# ============================================================================================

OPS = ("operations",)


def operations() -> None:
    xlsx_doc(
        "xinxike/xitong_zhanghao_mima.xlsx",
        "system_accounts_passwords",
        {
            "账号": [
                ["信息系统账号密码登记表（信息科留存，严禁外传）", "", "", "", ""],
                ["系统", "地址", "账号", "密码", "使用人"],
                ["HIS数据库", "«d.ip_address:192.168.10.21»", "sa", "St@his2026!", "«P:屠鹏飞»"],
                [
                    "公卫系统（省平台）",
                    "«d.url:https://gw.ahwjw.invalid»",
                    "st_gw01",
                    "Gw#8812qq",
                    "«P:冼丽华»",
                ],
                [
                    "医保结算前置机",
                    "«d.ip_address:10.34.152.8»",
                    "ybadmin",
                    "Yb_ljx_0601",
                    "«P:屠鹏飞»",
                ],
                ["防火墙管理", "«d.ip_address:192.168.10.1»", "admin", "Fw!ST2025", "«P:屠鹏飞»"],
                [
                    "院办邮箱",
                    "«d.public_email:stwsy_office@163.com»",
                    "stwsy_office",
                    "Office8726",
                    "«P:仉晓峰»",
                ],
            ]
        },
        merges={"账号": ["A1:E1"]},
        cats=OPS,
    )
    text_doc(
        "xinxike/jiankong_diaoyue_dengji.txt",
        "cctv_access_log",
        """
监控录像调阅登记
2026-10-10  调阅人：石塘派出所民警«P:鄂志远»（警号«d.badge_no:041327»）  事由：门诊大厅手机被盗  时段：10-09 14:00-15:00  批准：«P:沙永红»  陪同：«P:屠鹏飞»
2026-10-21  调阅人：«P:仇德海»（患者家属，电话«T»）  事由：其父住院期间跌倒  时段：10-18 全天 住院部走廊  批准：未批准，告知须经医务科  陪同：—
2026-11-03  调阅人：医务科«P:沙永红»  事由：口腔科投诉核查  时段：10-30 19:00-21:00 急诊  陪同：«P:屠鹏飞»
""",
        cats=OPS,
    )
    csv_doc(
        "zongwu/paichedan_2026-11.csv",
        "vehicle_dispatch",
        [
            [
                "派车单号",
                "日期",
                "用车人",
                "事由",
                "目的地",
                "驾驶员",
                "驾驶员手机",
                "车号",
                "里程",
            ],
            [
                "«d.order_no:PC2611-021»",
                "11-05",
                "«P:幸红梅»",
                "送孕妇转诊",
                "县妇幼保健院",
                "«P:焦德林»",
                "«T»",
                "皖P·«d.vehicle:3B815»",
                "46",
            ],
            [
                "«d.order_no:PC2611-022»",
                "11-06",
                "«P:仉晓峰»",
                "县卫健委送材料",
                "县卫健委",
                "«P:焦德林»",
                "«T»",
                "皖P·«d.vehicle:8C021»",
                "44",
            ],
            [
                "«d.order_no:PC2611-023»",
                "11-12",
                "«P:冼丽华»",
                "入户随访（新桥村）",
                "«A:新桥村一组9号»",
                "«P:覃小兵»",
                "«T»",
                "皖P·«d.vehicle:8C021»",
                "12",
            ],
        ],
        cats=OPS,
    )
    xlsx_doc(
        "caigou/gongyingshang_pingjia_2026.xlsx",
        "supplier_evaluation",
        {
            "评价": [
                ["2026年度供应商履约评价（内部）", "", "", "", "", ""],
                ["供应商", "联系人", "联系人手机", "到货及时率", "质量问题", "评价等级"],
                ["国药控股临江有限公司", "«P:邬志鹏»", "«T»", "96%", "无", "A"],
                ["华润安徽医药有限公司", "«P:慕容晴»", "«T»", "88%", "冷链断链1次", "B"],
                [
                    "安徽恒济医疗器械有限公司",
                    "«P:钮建平»",
                    "«T»",
                    "79%",
                    "耗材批号不符2次",
                    "C（建议约谈）",
                ],
            ]
        },
        merges={"评价": ["A1:F1"]},
        cats=OPS,
    )
    docx_doc(
        "caigou/pingbiao_pingfen_dr_weibao.docx",
        "bid_scoring_unpublished",
        [
            "DR设备维保服务询价评分表（结果公示前，评审专用）",
            "评审日期：2026-12-19   评审小组：«P:沙永红»、«P:屠鹏飞»、«P:包雅琴»",
        ],
        [
            [
                ["供应商", "报价（元）", "价格分", "服务分", "总分", "排名"],
                ["合肥康达医疗设备维修有限公司", "39,800", "60.0", "31", "91.0", "1"],
                ["安徽恒济医疗器械有限公司", "45,600", "52.4", "33", "85.4", "2"],
                [
                    "临江县金桥电子科技有限公司",
                    "36,200",
                    "—",
                    "—",
                    "—",
                    "资格审查不通过（无维保资质）",
                ],
            ]
        ],
        cats=OPS,
    )
    pdf_doc(
        "caigou/caigou_jihua_2027_yaopin.pdf",
        "procurement_plan",
        [
            "2027年第一季度药品及耗材采购计划（报院务会）\n一、西药：预计采购金额62.5万元，较上年同期增长8%，重点增加胰岛素、他汀类。\n二、中药饮片：18.2万元，拟更换饮片供应商（现供应商质量评价C级）。\n三、耗材：21.0万元，其中血糖试纸拟由“恒济”改为县医共体统一采购，预计降价23%。\n四、议价目标：与国药控股谈判配送费率由2.5%降至2.0%。\n经办：«P:包雅琴»  审核：«P:沙永红»"
        ],
        cats=OPS,
    )
    docx_doc(
        "yingji/yingji_yuan_shiwu_zhongdu.docx",
        "emergency_plan",
        [
            "石塘镇卫生院食物中毒事件应急处置预案（2026修订，内部）",
            "一、应急领导小组：组长«P:苗建华»（手机«T»），副组长«P:沙永红»（手机«T»）。",
            "二、现场救治组：组长«P:廉思远»；流调组：组长«P:冼丽华»；后勤保障组：«P:仉晓峰»。",
            "三、启动条件：一次中毒10人以上，或出现死亡病例。",
            "四、储备：阿托品、解磷定、洗胃机2台（存放于急诊室），储备清单每季度核对。",
        ],
        header="内部使用",
        cats=OPS,
    )
    xlsx_doc(
        "yewu/mubiao_wancheng_1-11yue.xlsx",
        "target_completion_unpublished",
        {
            "1-11月": [
                ["2026年1—11月主要业务指标完成情况（未公开，供院务会）", "", "", ""],
                ["指标", "年度目标", "完成", "完成率"],
                ["门急诊人次", "88,000", "76,415", "86.8%"],
                ["出院人次", "2,300", "1,962", "85.3%"],
                ["家庭医生签约人数", "19,000", "18,604", "97.9%"],
                ["医疗收入（万元）", "2,600", "2,187", "84.1%"],
                ["县考核排名", "—", "全县19家卫生院第14名", ""],
            ]
        },
        merges={"1-11月": ["A1:D1"]},
        cats=OPS,
    )
    xlsx_doc(
        "xinxike/menjin_ka_fafang.xlsx",
        "access_card_list",
        {
            "发卡记录": [
                ["门禁卡号", "持卡人", "科室", "开通区域", "手机"],
                ["«d.card_no:0013584762»", "«P:蓝天佑»", "药剂科", "药库、麻精药品库", "«T»"],
                ["«d.card_no:0013584779»", "«P:屠鹏飞»", "信息科", "机房、档案室", "«T»"],
                ["«d.card_no:0013584781»", "«P:包雅琴»", "财务科", "财务室、档案室", "«T»"],
            ]
        },
        cats=OPS,
    )
    eml_doc(
        "youjian/vpn_zhanghao_kaitong.eml",
        "system_account_email",
        "«P:屠鹏飞» <«E:tupengfei88@163.com»>",
        "«P:邬志鹏» <«E:wuzp@gkljyy.com»>",
        "药品配送系统VPN账号",
        """«d.surname_title:邬经理»：

按你们要求给贵司开通了我院药库VPN账号，用于对接配送订单：
地址：«d.ip_address:61.191.24.77» 端口 10443
账号：gykg_peisong  初始密码：Gy@2026st
仅限订单查询，请勿外传，三个月后请改密码。

信息科 «P:屠鹏飞»
手机：«T»
""",
        cats=OPS,
    )
    text_doc(
        "yewu/kuozhan_jihua_2027.txt",
        "expansion_plan",
        """
2027年业务拓展设想（院长办公会讨论，未定稿）
1. 与县人民医院合作开设血液透析室（8台机），预计投入310万元，县医院派驻1名医生、2名护士；合作分成比例待谈。
2. 康复科扩建：租用原石塘粮站仓库约600平方米，年租金约9万元，已与镇政府初步接洽。
3. 口腔科引进民营合作方（临江县皓齿口腔门诊部，联系人«P:汤俊杰»，«T»），拟采用“设备投放+收入分成”模式。
以上事项在上级批复前不得对外透露。
""",
        cats=("operations", "other"),
    )


# ============================================================================================
# SECRET: other (cooperation, investment, superiors' marked letters)
# ============================================================================================

OTHER = ("other",)


def other_and_marked() -> None:
    docx_doc(
        "hezuo/hezuo_xieyi_yaoqi_caogao.docx",
        "cooperation_agreement_draft",
        [
            "合作协议（草案，仅供双方洽谈）",
            "甲方：石塘镇卫生院",
            "乙方：安徽济世堂药业有限公司（统一社会信用代码«U»）",
            "合作内容：乙方在甲方中医馆设立“名医工作站”，提供中药配方颗粒设备及人员培训，甲方采购乙方配方颗粒，年采购额不低于30万元。",
            "乙方联系人：«P:司马雅婷»，手机«T»，邮箱«E:simayt@jishitang.com»",
            "本草案内容在双方签署前负有保密义务。",
        ],
        cats=("other", "operations"),
    )
    text_doc(
        "hezuo/duiwai_touzi_yanglao.txt",
        "external_investment",
        """
关于参股石塘镇医养结合养老中心的情况说明（呈院长）
镇政府拟引入社会资本建设医养结合养老中心（床位120张），邀请我院以设备和技术入股，占股15%，评估作价约85万元。
我院派出护士2名、医生1名常驻，人员工资由养老中心承担。
目前仅为意向，镇政府要求在项目立项前不对外公开。
经办：«P:仉晓峰»  2026-11-25
""",
        cats=OTHER,
    )
    text_doc(
        "shangji/xian_weijianwei_mijian_2026-41.txt",
        "superior_letter_marked",
        """
秘密★1年
临江县卫生健康委员会
关于做好重大活动期间医疗保障工作的通知
临卫发〔2026〕41号

各乡镇卫生院：
12月中旬省级重要会议在我县召开，石塘镇为代表考察线路途经点。请石塘镇卫生院做好以下工作：
一、12月14日至16日安排救护车1辆、医生1名、护士1名在镇政府待命，人员名单于12月10日前报委应急办（联系人«P:鲍启明»，手机«T»）。
二、考察路线及时间不得向无关人员透露。
""",
        cats=OTHER,
        mark=("秘密★1年", 1, False),
    )
    docx_doc(
        "shangji/xian_yibaoju_neibu_tongbao.docx",
        "superior_letter_marked",
        [
            "内部资料",
            "临江县医疗保障局",
            "关于2026年医保基金专项检查发现问题的通报",
            "经查，石塘镇卫生院存在以下问题：超标准收取诊查费142人次；串换项目（将普通针刺串换为电针）共计3,416元；挂床住院2例（住院号«R:ZY2026000377»、«R:ZY2026000382»）。",
            "请于30日内整改，追回基金，并对相关责任人作出处理。",
        ],
        cats=("other", "financial", "medical"),
        mark=("内部资料", None, False),
    )
    pdf_doc(
        "shangji/shi_weijianwei_gongzuo_mimi.pdf",
        "superior_letter_marked",
        [
            "工作秘密★2年\n市卫生健康委员会办公室\n关于印发2027年基层医疗卫生机构绩效考核方案（征求意见稿）的函\n各县区卫生健康委：\n现将考核方案（征求意见稿）印发给你们，请组织辖区乡镇卫生院讨论，于12月25日前反馈意见。\n考核指标中“家庭医生签约有效率”权重拟由8分调整为12分，“次均费用增幅”扣分标准拟加严。\n征求意见稿在正式印发前不得对外公开、不得上网。"
        ],
        cats=OTHER,
        mark=("工作秘密★2年", 2, False),
    )
    text_doc(
        "shangji/yiqing_chuzhi_jimi.md",
        "state_secret_marked",
        """
机密★10年

# 关于某重点人员健康保障有关事项的通知

（本件按规定不得在联网计算机存储，请立即删除并报告）
""",
        cats=OTHER,
        mark=("机密★10年", 10, True),
    )
    docx_doc(
        "shangji/zhenzhengfu_buyu_gongkai.docx",
        "superior_letter_marked",
        [
            "石塘镇人民政府办公室",
            "关于石塘镇卫生院迁建选址的会议纪要",
            "会议确定卫生院新院址拟选在新桥村集镇规划区（原农机站地块），征地约32亩，涉及农户11户，征迁补偿方案另行研究。",
            "参会：镇长«P:蒯国栋»、副镇长«P:符雪梅»、卫生院院长«P:苗建华»。",
            "此件不公开",
        ],
        cats=("other", "operations"),
        mark=("此件不公开", None, False),
    )
    eml_doc(
        "youjian/geren_xin_huanzhe_jiashu.eml",
        "personal_email_patient",
        "«P:乐正晓东» <«E:yzxd_1979@sina.com»>",
        "«P:缪永超» <«E:miao.yongchao@qq.com»>",
        "我母亲的检查结果",
        """«d.surname_title:缪医生»您好：

我是«P:乐正秀英»的儿子«P:乐正晓东»，在杭州打工，没法回来。麻烦您把我母亲在您院住院的情况（住院号«R:ZY2026000659»）
和尿培养结果跟我说一下，她身份证号«I:y1946/乐正秀英»，我的电话«T»。
出院后她一个人住在«A:石塘镇双河村二组老屋5号»，我想给她请个保姆。

谢谢！
""",
        cats=MED,
        sent=(2026, 9, 28, 21, 5),
    )


# ============================================================================================
# SECRET: more (passports, emails with attachments, registers with addresses)
# ============================================================================================


def more_secret() -> None:
    xlsx_doc(
        "renshi/yinsi_chuguo_beian.xlsx",
        "travel_abroad_register",
        {
            "备案": [
                ["因私出国（境）证照登记备案表", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["姓名", "身份证号", "证件类型", "证件号码", "保管情况", "备注"],
                [
                    "«P:苗建华»",
                    "«I:y1972/苗建华»",
                    "普通护照",
                    "«S:EJ4827361»",
                    "交院办统一保管",
                    "科级干部",
                ],
                [
                    "«P:沙永红»",
                    "«I:y1980/沙永红»",
                    "普通护照",
                    "«S:E83920475»",
                    "交院办统一保管",
                    "",
                ],
                [
                    "«P:沙永红»",
                    "«I:y1980/沙永红»",
                    "往来港澳通行证",
                    "«d.permit_no:C61528437»",
                    "交院办统一保管",
                    "",
                ],
            ]
        },
        merges={"备案": ["A1:F1"]},
        cats=PER,
    )
    text_doc(
        "menzhen/waiji_huanzhe_jiuzhen.txt",
        "foreign_patient_record",
        """
外籍人员就诊登记
姓名：«P:AUNG KYAW MIN»（中文名：«P:昂觉敏»）  国籍：缅甸  护照号：«S:MB1738264»
工作单位：石塘镇光明服装厂（工友«P:蒙小刚»陪同，电话«T»）
门诊号：«R:MZ2612010045»
主诉：右手被缝纫机针刺伤2小时。处理：清创、破伤风免疫球蛋白注射。
费用：自费186元，已结清。
接诊医生：«P:缪永超»
""",
        cats=MED,
    )
    csv_doc(
        "gongwei/shineng_laoren_shangmen.csv",
        "disabled_elderly_list",
        [
            ["石塘镇失能老人上门服务名单（2026年12月）"],
            ["姓名", "年龄", "失能等级", "住址", "照护人", "照护人电话", "家庭医生"],
            [
                "«P:栾福生»",
                "78",
                "重度",
                "«A:石塘镇振兴路锦苑小区8栋1单元302»",
                "«P:栾晓菲»",
                "«T»",
                "«P:郜建民»",
            ],
            ["«P:铁桂兰»", "86", "中度", "«A:杨柳村后山组4号»", "«P:铁志强»", "«L»", "«P:冼丽华»"],
            [
                "«P:后德明»",
                "82",
                "中度",
                "«A:临江县石塘镇高峰村茶场队21号»",
                "«P:邹彩霞»",
                "«T»",
                "«P:郜建民»",
            ],
            ["«P:司寇德厚»", "71", "轻度", "«A:白沙村老街9号附1号»", "本人", "«L»", "«P:冼丽华»"],
        ],
        cats=MED,
        encoding="utf-8-sig",
    )
    docx_doc(
        "manbing/chang_chufang_mingdan.docx",
        "long_prescription_list",
        [
            "慢性病长期处方患者名单（12周处方）",
            "以下患者经评估可开具长期处方，由家庭医生团队每月电话随访。",
        ],
        [
            [
                ["门诊号", "患者", "诊断", "处方药品", "随访电话"],
                ["«R:0037901»", "«P:阙文辉»", "2型糖尿病", "二甲双胍缓释片、达格列净", "«T»"],
                [
                    "«R:0037912»",
                    "«P:邴长福»",
                    "高血压3级、冠心病",
                    "氨氯地平、美托洛尔、阿司匹林",
                    "«T»",
                ],
                ["«R:0037920»", "«P:钭月琴»", "慢阻肺", "噻托溴铵吸入粉雾剂", "«L»"],
            ]
        ],
        footer="全科医疗科",
        cats=MED,
    )
    docx_doc(
        "caiwu/yiliao_jiuzhu_shenqing.docx",
        "medical_aid_application",
        [
            "临江县困难群众医疗救助申请审批表",
            "申请人：«P:庹建国»  身份证号：«I»  家庭住址：«A:石塘镇白沙村老街26号»",
            "联系电话：«L»  低保证号：«d.cert_no:LJ-DB-2019-00472»",
            "患病情况：免疫性血小板减少症，2026年住院3次，住院号«R:ZY2026000553»，自付费用合计12,486元。",
            "救助金发放账户（本人社保卡金融账户）：«B:623059»",
            "卫生院初审意见：情况属实，建议按70%比例救助。 经办：«P:包雅琴»",
        ],
        cats=("medical", "financial"),
    )
    xlsx_doc(
        "renshi/nianzhongjiang_fenpei_fangan.xlsx",
        "bonus_distribution",
        {
            "分配": [
                ["2026年度奖励性绩效（年终）分配方案（第二稿）", "", "", ""],
                ["总额：86.4万元（县卫健委核定）", "", "", ""],
                ["姓名", "岗位系数", "考核系数", "拟发金额（元）"],
                ["«P:苗建华»", "2.5", "1.0", "48,600"],
                ["«P:沙永红»", "1.8", "1.0", "34,990"],
                ["«P:缪永超»", "1.5", "1.05", "30,620"],
                ["«P:昌文静»", "1.2", "0.6", "13,990"],
            ]
        },
        merges={"分配": ["A1:D1", "A2:D2"]},
        cats=("personnel", "financial"),
    )
    pptx_doc(
        "bangongshi/nianzhong_zongjie_neibu.pptx",
        "annual_review_internal",
        [
            (
                "2026年度工作总结（院务会内部版）",
                [
                    "门急诊人次完成年度目标的86.8%，未完成",
                    "全县卫生院考核预计排名第14位（19家）",
                    "医保基金专项检查被通报，追回基金3,416元",
                ],
                None,
                "请勿在职工大会上播放本版本",
            ),
            (
                "人员情况",
                [
                    "全年离职3人：«P:晏子豪»（辞职）、«P:宓志刚»（调县医院）、«P:桓丽丽»（合同到期不续签）",
                    "拟解聘派遣人员1人",
                ],
                [["科室", "缺编"], ["全科", "2"], ["护理", "3"]],
                None,
            ),
        ],
        cats=("operations", "personnel"),
    )
    eml_doc(
        "youjian/luyong_tongzhi_xinchou.eml",
        "offer_email",
        "石塘镇卫生院人事科 <«d.public_email:stwsy_hr@163.com»>",
        "«P:宓志强» <«E:mi_zhiqiang97@163.com»>",
        "录用通知及薪酬说明",
        """«P:宓志强»同志：

你已被我院录用为编外临床医师。试用期月工资4,600元，转正后岗位工资3,120元+薪级工资1,480元+绩效，
另享受乡镇工作补贴600元/月。请于2027年1月4日携身份证、执业证书原件到人事科报到。
薪酬信息请勿对外透露。

人事科 «P:牟晓燕»
""",
        cats=PER,
    )
    eml_doc(
        "youjian/duizhang_hanzhe_gongyingshang.eml",
        "reconciliation_email",
        "«P:包雅琴» <«E:baoyaqin_cw@126.com»>",
        "«P:钮建平» <«E:niujp1985@163.com»>",
        "2026年往来对账（请核对后回复）",
        "«d.surname_title:钮经理»：\n附件为我院与贵司截至11月30日的往来对账单，余额230,667.00元，请核对盖章后寄回。\n财务科 «P:包雅琴» «T»\n",
        attachment=(
            "对账单.xlsx",
            {
                "sheets": {
                    "对账": [
                        ["日期", "摘要", "借方", "贷方", "余额"],
                        ["2026-03-15", "医用耗材合同签订", "", "346,000.00", "346,000.00"],
                        ["2026-12-01", "支付第一期", "115,333.00", "", "230,667.00"],
                        ["收款账户", "«d.corporate_account:1305021209200088512»", "", "", ""],
                    ]
                }
            },
        ),
        cats=("financial", "operations"),
    )
    eml_doc(
        "youjian/jiankang_dangan_zhuanyi.eml",
        "record_transfer_email",
        "«P:冼丽华» <«E:xianlihua_gw@163.com»>",
        "城关镇社区卫生服务中心公卫科 <«d.public_email:ljcgsq_gw@163.com»>",
        "居民健康档案迁出（请接收）",
        "老师好，以下居民已搬到城关镇居住，请在系统中接收其健康档案，附件为档案摘要。\n",
        attachment=(
            "档案摘要.docx",
            {
                "paras": ["居民健康档案迁出摘要"],
                "tables": [
                    [
                        ["姓名", "健康档案编号", "新住址", "慢病"],
                        [
                            "«P:龙建业»",
                            "«R:34152310100300912»",
                            "«A:城关镇凤凰花园12幢402»",
                            "肺结核（治疗中）",
                        ],
                        [
                            "«P:栾晓菲»",
                            "«R:34152310100200455»",
                            "«A:城关镇长安路翰林苑3号楼2单元701»",
                            "无",
                        ],
                    ]
                ],
            },
        ),
        cats=MED,
    )
    text_doc(
        "renshi/zhigong_jinji_lianxiren.md",
        "staff_emergency_contacts",
        """
# 职工紧急联系人登记（护理部）

- «P:戚秋月»：丈夫«P:鲁建设»，«T»；家庭住址«A:石塘镇振兴路农机站宿舍2栋4号»
- «P:颜梦溪»：母亲«P:项淑芬»，«L»；家庭住址«A:临江县城关镇人民路梧桐巷7号»
- «P:印佳怡»：父亲«P:印国华»，«T»；家庭住址«A:舒城县杭埠镇新河村»
- «P:羿晓雯»：本人未婚，联系人姐姐«P:羿晓霞»，«T»
""",
        cats=PER,
    )
    pdf_table_doc(
        "caiwu/cunyi_buzhu_fafang_202611.pdf",
        "village_doctor_subsidy",
        ["2026年11月乡村医生基本公卫补助发放表", "发放方式：银行代发"],
        [
            ["村卫生室", "乡村医生", "身份证号", "银行卡号", "金额（元）"],
            ["龙井村", "«P:闻人志和»", "«I»", "«B:622848»", "3,860.00"],
            ["白沙村", "«P:亓官凤英»", "«I»", "«B:621700»", "3,420.50"],
            ["白沙村", "«P:蓝守仁»", "«I»", "«B:622848»", "4,105.00"],
        ],
        ["制表：«P:包雅琴»  审核：«P:沙永红»"],
        cats=("financial", "personnel"),
    )
    text_doc(
        "gongwei/jiankang_dangan_daochu.csv",
        "health_record_export",
        "档案编号,姓名,性别,出生日期,身份证号,联系电话,现住址,责任医生\r\n"
        + "«R:34152310100400127»,«P:凌德旺»,男,1951-04-02,«I:y19510402/凌德旺»,«L»,«A:桥头村中湾组17号»,«P:郜建民»\r\n"
        + "«R:34152310100400133»,«P:晏桂英»,女,1944-10-19,«I:y19441019/晏桂英»,«T»,«A:桥头村上湾组2号»,«P:郜建民»\r\n"
        + "«R:34152310100400148»,«P:凌大海»,男,1976-08-30,«I:y19760830/凌大海»,«T»,«A:桥头村中湾组17号»,«P:郜建民»\r\n",
        cats=MED,
        encoding="gb18030",
    )


# ============================================================================================
# PUBLIC: third batch (lectures for residents, more forms, announcements, statistics)
# ============================================================================================

LEAFLETS_3: list[list[str]] = [
    [
        "脑卒中识别“BE FAST”口诀",
        "B（Balance）平衡：突然走路不稳",
        "E（Eyes）眼睛：突然视物模糊",
        "F（Face）面部：口角歪斜",
        "A（Arms）手臂：单侧无力",
        "S（Speech）言语：说话含糊",
        "T（Time）时间：立即拨打急救电话，溶栓黄金时间4.5小时",
    ],
    [
        "骨质疏松症防治",
        "50岁以上女性约三分之一患骨质疏松。",
        "双能X线骨密度检测T值≤-2.5即可诊断。",
        "每天摄入钙1000～1200mg，晒太阳15～30分钟。",
        "阿仑膦酸钠须空腹用一满杯白开水送服，服药后30分钟内不能躺下。",
    ],
    [
        "甲状腺结节别恐慌",
        "超声检出率高达20%～70%，其中恶性约占5%～15%。",
        "TI-RADS 3类以下多为良性，定期复查即可；4类以上建议细针穿刺。",
        "碘盐与甲状腺结节无明确因果关系，普通人群不必停用碘盐。",
    ],
    [
        "儿童近视防控",
        "每天户外活动2小时以上，是预防近视最有效的措施。",
        "20-20-20法则：看近20分钟，远眺20英尺（6米）外20秒。",
        "0.01%低浓度阿托品、角膜塑形镜须到正规医院验配。",
        "6岁以下儿童每年至少检查2次视力。",
    ],
    [
        "带状疱疹：疼起来要人命",
        "50岁以上人群发病率明显增高，约10%～20%会发生后遗神经痛。",
        "发病72小时内使用抗病毒药物（阿昔洛韦、伐昔洛韦）效果最好。",
        "重组带状疱疹疫苗接种2剂，保护效力90%以上，自费约1600元/剂。",
    ],
    [
        "家庭药箱怎么备",
        "常备：体温计、创可贴、碘伏、退烧药、止泻药、口服补液盐。",
        "过期药品不要随意丢弃，可交到卫生院药房回收点。",
        "处方药请遵医嘱，不要把自己的药给别人吃。",
    ],
    [
        "乡村振兴·健康先行：农村改厕知识",
        "三格式化粪池能杀灭大部分肠道致病菌和寄生虫卵。",
        "粪液须在第三格贮存30天以上再用于施肥。",
        "改厕咨询：镇爱卫办（镇政府二楼）。",
    ],
    [
        "冬季一氧化碳中毒预防",
        "燃煤取暖必须安装烟囱并保持通畅，门窗留缝通风。",
        "轻度中毒表现为头痛、头晕、恶心，应立即开窗并离开现场。",
        "重度中毒需高压氧治疗，请拨打120。",
    ],
    [
        "献给新手爸妈：新生儿黄疸",
        "足月儿生理性黄疸多在生后2～3天出现，4～6天达高峰，2周内消退。",
        "黄疸出现过早（24小时内）、过重或消退后又出现，须及时就诊。",
        "多喂奶、多排便有助于胆红素排出，晒太阳不能代替蓝光治疗。",
    ],
    [
        "中医“冬病夏治”三伏贴",
        "适应症：慢性支气管炎、过敏性鼻炎、哮喘缓解期、虚寒性胃痛。",
        "贴敷时间：成人4～6小时，儿童1～2小时，皮肤起泡须停贴。",
        "孕妇、皮肤过敏者、发热患者不宜贴敷。",
        "三伏贴源于清代«d.famous:张璐»《张氏医通》的白芥子涂法。",
    ],
    [
        "老年人能力评估是什么",
        "评估内容：日常生活活动、精神状态、感知觉与社会参与。",
        "评估结果分为能力完好、轻度失能、中度失能、重度失能、完全失能。",
        "评估结果可作为申请长期护理保险、养老服务补贴的依据。",
    ],
    [
        "母乳喂养好处多",
        "世界卫生组织建议婴儿出生后6个月内纯母乳喂养，并继续母乳喂养至2岁或以上。",
        "母乳含有抗体，可降低婴儿腹泻和呼吸道感染风险。",
        "我院妇产科设有母婴室，欢迎咨询。",
    ],
]

LECTURES: list[list[Slide]] = [
    [
        (
            "健康大讲堂：高血压的前世今生",
            [
                "1733年英国牧师«d.famous:黑尔斯»首次测量马的血压",
                "1896年意大利医生里瓦-罗奇发明袖带血压计",
                "我国高血压患病率27.5%，知晓率仅51.6%",
            ],
            None,
            None,
        ),
        (
            "您的血压达标了吗",
            ["一般患者＜140/90mmHg", "糖尿病、肾病患者＜130/80mmHg"],
            [["年龄", "目标"], ["＜65岁", "＜130/80"], ["≥65岁", "＜140/90"]],
            "讲座地点：各村文化礼堂",
        ),
    ],
    [
        (
            "健康大讲堂：科学认识“三高”",
            ["高血压、高血糖、高血脂常常“结伴而行”", "合并存在时心脑血管病风险成倍增加"],
            None,
            None,
        ),
        ("我们能做的", ["每年免费体检", "签约家庭医生", "规律服药不擅自停药"], None, None),
    ],
    [
        (
            "孕妇学校第3课：分娩准备",
            [
                "临产征兆：规律宫缩、见红、破水",
                "待产包清单：证件、产妇用品、新生儿用品",
                "无痛分娩（椎管内镇痛）安全有效",
            ],
            None,
            "孕妇学校每月第二个周六上午开课，地点卫生院三楼",
        ),
        ("产后注意", ["产后42天复查", "产后抑郁早识别"], None, None),
    ],
    [
        (
            "老年人健康管理服务介绍",
            [
                "服务对象：65岁及以上常住居民",
                "内容：生活方式和健康状况评估、体格检查、辅助检查、健康指导",
                "全部免费",
            ],
            None,
            None,
        ),
        (
            "历年服务人数",
            [],
            [
                ["年份", "体检人数", "体检率"],
                ["2024", "3,862", "68.1%"],
                ["2025", "4,105", "70.4%"],
                ["2026", "4,377", "72.6%"],
            ],
            None,
        ),
    ],
]

MORE_FORMS: list[tuple[str, list[str]]] = [
    (
        "银行回单粘贴单",
        ["回单编号：", "付款单位：", "收款单位：", "金额：", "用途：", "经办人：", "会计："],
    ),
    (
        "往来款对账函（空白）",
        [
            "致：",
            "截至    年  月  日，贵单位与我单位往来余额为：",
            "□相符 □不符，不符金额：",
            "单位盖章：",
            "经办人：",
            "联系电话：",
        ],
    ),
    (
        "医疗纠纷告知书",
        [
            "患者（家属）：",
            "您可以通过以下途径解决纠纷：1.双方自愿协商；2.申请人民调解；3.申请行政调解；4.向人民法院提起诉讼。",
            "签收人：",
            "签收日期：",
        ],
    ),
    (
        "信访事项受理告知书",
        [
            "信访人：",
            "您于    年  月  日提出的信访事项，经审查，符合受理条件，本机关予以受理。",
            "承办人：",
            "联系电话：",
        ],
    ),
    (
        "党员组织关系介绍信（存根）",
        [
            "同志（男/女），  岁，  族，系中共正式/预备党员，组织关系由    转到    。",
            "党员联系电话：",
            "党员身份证号：",
        ],
    ),
    (
        "值班记录本（空白页）",
        ["日期：", "值班人员：", "时间", "事件", "处理情况", "交班人：", "接班人："],
    ),
    (
        "公积金缴存基数调整表",
        ["单位名称：", "单位账号：", "个人账号", "姓名", "原基数", "新基数", "经办人："],
    ),
    (
        "供应商评价表（空白）",
        [
            "供应商名称：",
            "供货品种：",
            "到货及时率：",
            "质量问题次数：",
            "服务评价：□优 □良 □中 □差",
            "评价人：",
        ],
    ),
]


def public_3() -> None:
    fmts = ["pptx", "pdf", "docx", "txt", "md", "pdf"]
    for i, lines in enumerate(LEAFLETS_3):
        lines_doc(
            f"public/jiankang_zhishi_{i + 1:02d}",
            fmts[i % len(fmts)],
            "health_education_leaflet",
            lines,
            pub=True,
        )
    for i, deck in enumerate(LECTURES):
        pptx_doc(
            f"public/jiangzuo_kejian_{i + 1:02d}.pptx", "health_lecture_slides", deck, pub=True
        )
    ffmts = ["xlsx", "docx", "pdf", "docx", "txt", "xlsx", "md", "docx"]
    for i, (title, fields) in enumerate(MORE_FORMS):
        stem = f"public/kongbai_biaoge_b{i + 1:02d}"
        fmt = ffmts[i]
        if fmt == "xlsx":
            xlsx_doc(
                f"{stem}.xlsx",
                "blank_form_template",
                {"Sheet1": [[title], [""], *([f, ""] for f in fields)]},
                merges={"Sheet1": ["A1:B1"]},
                pub=True,
            )
        elif fmt == "docx":
            docx_doc(
                f"{stem}.docx",
                "blank_form_template",
                [title, *(f + "＿＿＿＿" for f in fields)],
                header="石塘镇卫生院",
                pub=True,
            )
        elif fmt == "pdf":
            pdf_doc(f"{stem}.pdf", "blank_form_template", ["\n".join([title, *fields])], pub=True)
        else:
            text_doc(
                f"{stem}.{fmt}",
                "blank_form_template",
                "\n".join([("# " if fmt == "md" else "") + title, *fields]) + "\n",
                pub=True,
            )


POLICIES_2: list[list[str]] = [
    [
        "临江县紧密型县域医共体章程（摘要）",
        "医共体由县人民医院牵头，县中医院、县妇幼保健院和19家乡镇卫生院组成。",
        "实行人员统筹、财务统管、药械统配、信息统一。",
        "医共体内转诊实行“首诊在基层、大病不出县”。",
    ],
    [
        "医保个人账户家庭共济政策问答",
        "问：个人账户可以给谁用？答：配偶、父母、子女。",
        "问：怎么绑定？答：通过“皖事通”APP或到乡镇便民服务中心办理。",
        "问：能买保健品吗？答：不能。",
    ],
    [
        "乡镇卫生院服务能力标准（2022版）要点",
        "基本标准：床位、人员、设备、科室设置达到要求。",
        "推荐标准：能识别和初步诊治常见病、多发病100种以上。",
        "2026年全县已有12家卫生院达到推荐标准。",
    ],
    [
        "临江县免费孕前优生健康检查项目",
        "对象：计划怀孕的夫妇（含流动人口）。",
        "项目：病史询问、体格检查、实验室检查19项、影像学检查1项。",
        "检查地点：县妇幼保健院及各乡镇卫生院，全部免费。",
    ],
    [
        "《中华人民共和国基本医疗卫生与健康促进法》节选",
        "第九十二条 国家保护公民个人健康信息，确保公民个人健康信息安全。",
        "任何组织或者个人不得非法收集、使用、加工、传输公民个人健康信息，不得非法买卖、提供或者公开公民个人健康信息。",
    ],
    [
        "医疗机构工作人员廉洁从业九项准则",
        "一、合法按劳取酬，不接受商业提成。",
        "二、严守诚信原则，不参与欺诈骗保。",
        "三、依据规范行医，不实施过度诊疗。",
        "四、遵守工作规程，不违规接受捐赠。",
        "五、恪守保密准则，不泄露患者隐私。",
    ],
]

NEWS_3: list[list[str]] = [
    [
        "市委书记到临江县调研医疗卫生工作",
        "11月28日，市委书记«P:卓文斌»到临江县调研，先后来到县人民医院、石塘镇卫生院。",
        "«P:卓文斌»强调，要坚持以基层为重点，持续深化医药卫生体制改革。",
        "市委常委、秘书长«P:向东明»，县委书记«P:甄晓光»陪同调研。",
    ],
    [
        "【喜报】我院两名医生获评“临江好医生”",
        "在临江县第三届“临江好医生”评选中，我院全科医生«P:冼丽华»、村医«P:蓝守仁»光荣入选。",
        "«P:蓝守仁»扎根白沙村卫生室32年，被村民称为“赤脚医生的最后一代”。",
    ],
    [
        "“三下乡”义诊走进双河村",
        "12月2日，县医共体联合我院开展“文化科技卫生三下乡”活动，免费发放常用药品价值2万余元。",
        "活动邀请了省立医院退休专家«P:祁国华»教授现场坐诊。",
    ],
    [
        "«d.famous:屠呦呦»与青蒿素：从古籍中找到灵感",
        "（科普转载）1971年，«d.famous:屠呦呦»从东晋«d.famous:葛洪»《肘后备急方》“青蒿一握，以水二升渍，绞取汁，尽服之”中得到启发。",
        "青蒿素类药物挽救了全球数百万疟疾患者的生命。",
    ],
]


def public_4() -> None:
    fmts = ["pdf", "docx", "txt", "md", "docx", "pdf"]
    for i, lines in enumerate(POLICIES_2):
        lines_doc(f"public/zhengce_b{i + 1:02d}", fmts[i], "published_policy", lines, pub=True)
    nfmts = ["docx", "txt", "md", "pdf"]
    for i, lines in enumerate(NEWS_3):
        lines_doc(f"public/xinwen_b{i + 1:02d}", nfmts[i], "news_item", lines, pub=True)
    docx_doc(
        "public/gonggao_caigou_zhongyaoyinpian.docx",
        "procurement_announcement",
        [
            "石塘镇卫生院中药饮片采购项目公开招标公告",
            "项目编号：«d.order_no:LJCG-2027-0015»；预算金额：18.2万元；采购需求：中药饮片约320个品规，供货期一年。",
            "投标人资格：具有《药品生产许可证》（饮片）或《药品经营许可证》，近三年无药品质量不良记录。",
            "开标时间：2027年1月20日9:30；地点：临江县公共资源交易中心（«d.public_address:临江县城关镇政务服务中心四楼»）。",
            f"采购人联系方式：石塘镇卫生院，{SWITCH}；代理机构：安徽正信招标代理有限公司，«d.public_phone:0564-8201577»。",
        ],
        pub=True,
    )
    text_doc(
        "public/gonggao_zichan_paimai.txt",
        "public_notice",
        """
石塘镇卫生院报废救护车公开拍卖公告

经县财政局批准（临财资〔2026〕88号），我院一辆报废救护车委托临江县产权交易中心公开拍卖。
标的：依维柯救护车，2012年购置，车况一般，参考价2,340元。
看样时间：12月22日至23日，地点：卫生院后院停车场。
报名电话：临江县产权交易中心«d.public_phone:0564-8209912»。
""",
        pub=True,
    )
    csv_doc(
        "public/gongkai_yaopin_peibei_mulu.csv",
        "published_drug_list",
        [
            ["石塘镇卫生院基本药物配备目录（公开）"],
            ["序号", "通用名", "剂型", "规格"],
            ["1", "阿司匹林", "肠溶片", "100mg"],
            ["2", "硝苯地平", "控释片", "30mg"],
            ["3", "格列齐德", "缓释片", "30mg"],
            ["4", "阿莫西林", "胶囊", "0.25g"],
            ["5", "蒙脱石", "散剂", "3g"],
        ],
        pub=True,
        encoding="gb18030",
    )
    xlsx_doc(
        "public/tongji_gongkai_renyuan.xlsx",
        "published_statistics",
        {
            "人员": [
                ["石塘镇卫生院基本情况（院务公开）", "", ""],
                ["项目", "数量", "备注"],
                ["编制床位", "40", ""],
                ["在职职工", "76", "其中在编48人"],
                ["执业（助理）医师", "21", "全科医生9人"],
                ["注册护士", "26", ""],
                ["村卫生室", "9", "乡村医生14人"],
            ]
        },
        merges={"人员": ["A1:C1"]},
        pub=True,
    )
    pdf_table_doc(
        "public/tongji_gongkai_manbing.pdf",
        "published_statistics",
        ["2026年石塘镇慢性病管理情况（年报公开数据）"],
        [
            ["病种", "在管人数", "规范管理率", "控制率"],
            ["高血压", "2,846", "78.2%", "63.5%"],
            ["2型糖尿病", "1,032", "76.4%", "58.9%"],
            ["严重精神障碍", "61", "93.4%", "—"],
            ["肺结核", "9", "100%", "—"],
        ],
        ["数据来源：国家基本公共卫生服务项目管理信息系统。"],
        pub=True,
    )
    text_doc(
        "public/gongshi_shoufei_xiangmu_tiaozheng.md",
        "public_notice",
        """
# 关于执行新版医疗服务价格的公告

根据省医保局、省卫健委《关于调整部分医疗服务价格的通知》，自2027年1月1日起：

- 一般诊疗费：由10元调整为12元，医保基金支付10元，个人支付2元；
- 中医辨证论治费：新增，每次8元；
- 普通针刺：由12元调整为15元。

价格咨询及投诉：卫生院收费处，电话0564-8726100；价格举报12315。
""",
        pub=True,
    )
    docx_doc(
        "public/gonggao_zhaopin_weixiu.docx",
        "recruitment_announcement",
        [
            "招聘后勤维修工1名",
            "要求：持有电工证，有医院或工厂维修经验者优先，年龄50岁以下。",
            "待遇：月薪3,500元起，包午餐。",
            "有意者请携带身份证、电工证到总务科面试，联系电话：«d.public_phone:0564-8726115»（总务科）。",
        ],
        pub=True,
    )
    text_doc(
        "public/gongshi_jiankang_dangan_chaxun.txt",
        "public_notice",
        f"""
居民健康档案查询方式
1. 下载“皖事通”APP，进入“健康档案”模块，实名认证后查询本人档案。
2. 携带身份证到石塘镇卫生院公卫科（一楼东侧）现场查询、打印。
3. 如发现档案信息有误，请联系公卫科更正：{SWITCH}转8139。
为保护个人隐私，他人代查须提供委托书及双方身份证。
""",
        pub=True,
    )


# ============================================================================================
# Last batch: a few of each kind to balance the share
# ============================================================================================


def last_batch() -> None:
    text_doc(
        "yewu/cunwei_shiwu_zhongdu_liudiao.txt",
        "outbreak_investigation",
        """
双河村宴席聚集性腹泻流行病学调查（初步）

12月6日晚，双河村村民«P:符大勇»家办满月酒，共8桌约80人。7日凌晨起陆续有23人出现腹泻、呕吐，其中«P:符小娟»（7岁）、«P:邹永福»（79岁）症状较重，已收住我院（住院号«R:ZY2026000951»、«R:ZY2026000952»）。
厨师«P:熊二毛»（手机«T»）自述凉拌菜于下午2点制作，室温放置至晚上6点。
已采集剩余食品及患者肛拭子送县疾控。初步判断为细菌性食物中毒。
调查人：«P:冼丽华»、«P:昌文静»
（调查报告未经县疾控审核，不得对外发布）
""",
        cats=("medical", "operations"),
    )
    xlsx_doc(
        "caiwu/yibao_jiesuan_kouk_202610.xlsx",
        "insurance_deduction",
        {
            "扣款明细": [
                ["", "", "", "", ""],
                ["2026年10月医保结算审核扣款明细", "", "", "", ""],
                ["住院号", "患者", "扣款原因", "扣款金额", "责任医生"],
                [
                    "«R:ZY2026000611»",
                    "«P:桑梅香»",
                    "超说明书用药（蔗糖铁）",
                    "412.00",
                    "«P:廉思远»",
                ],
                ["«R:ZY2026000627»", "«P:鄢德胜»", "重复收取吸氧费", "96.00", "«P:缪永超»"],
                ["合计", "", "", "508.00", ""],
            ]
        },
        merges={"扣款明细": ["A2:E2"]},
        cats=("financial", "medical", "personnel"),
    )
    docx_doc(
        "renshi/jiepin_tongzhi_paiqian.docx",
        "dismissal_notice",
        [
            "解除劳务派遣用工退回通知（拟）",
            "临江县人力资源开发有限公司：",
            "贵司派遣至我院的«P:封海燕»（身份证号«I»），在收费岗位工作期间多次出现现金短款（累计1,240元），经警示仍未改正。根据派遣协议第九条，我院拟于2027年1月31日将其退回贵司。",
            "石塘镇卫生院（盖章）",
        ],
        cats=PER,
    )
    text_doc(
        "xinxike/shuju_beifen_jilu.md",
        "backup_log",
        """
# HIS数据库备份与恢复演练记录（内部）

- 备份服务器：«d.ip_address:192.168.10.30»，账号 backup / 密码 Bk#st2026
- 11月30日恢复演练：耗时47分钟，恢复至11月29日23:00数据，校验门诊记录412,870条无丢失
- 发现问题：异地备份（县医共体数据中心）11月17日起中断，原因为VPN证书过期，已联系«P:邬海波»（医共体信息中心，«T»）处理
- 演练人：«P:屠鹏飞»
""",
        cats=OPS,
    )
    pdf_doc(
        "public/tongzhi_liugan_yimiao_daoda.pdf",
        "public_notice",
        [
            f"2026—2027年度流感疫苗已到货\n品种：四价流感病毒裂解疫苗（3岁及以上）、三价流感减毒活疫苗（鼻喷，3～17岁）\n价格：四价疫苗每剂128元（含接种服务费），鼻喷疫苗每剂298元。\n60岁以上户籍老人免费接种一剂（县政府民生实事项目）。\n接种地点：预防接种门诊（{CENTRE_ADDR}）\n咨询电话：«d.public_phone:0564-8726133»"
        ],
        pub=True,
    )
    docx_doc(
        "public/gonggao_yiliao_zeren_xian.docx",
        "procurement_announcement",
        [
            "医疗责任保险采购结果公告",
            "经县医共体统一采购，2027年度医疗责任保险由中国人民财产保险股份有限公司临江支公司承保。",
            "统一社会信用代码：«U»；服务电话：«d.hotline:95518»。",
            "保险期间：2027年1月1日至12月31日；每次事故赔偿限额50万元。",
        ],
        pub=True,
    )
    text_doc(
        "public/xinwen_zhiyuanzhe.txt",
        "news_item",
        """
“银龄医生”志愿服务队成立
12月1日，石塘镇“银龄医生”志愿服务队正式成立，首批12名退休医务人员加入。
志愿服务队将定期深入各村开展健康讲座、慢病随访等服务。
中国工程院院士、老一辈医学家«d.famous:吴孟超»“只要我还能拿得动手术刀”的精神激励着大家。
如有退休医务人员愿意加入，请联系卫生院院办，电话0564-8726102。
""",
        pub=True,
    )
    csv_doc(
        "public/tongji_gongkai_jiezhong_yuedu.csv",
        "published_statistics",
        [
            ["月份", "接种剂次", "其中免疫规划", "其中非免疫规划"],
            ["2026-07", "1,218", "1,002", "216"],
            ["2026-08", "1,364", "1,120", "244"],
            ["2026-09", "1,587", "1,233", "354"],
            ["2026-10", "1,902", "1,108", "794"],
        ],
        pub=True,
    )
    text_doc(
        "neibu/peixun_kaoshi_tiku.txt",
        "training_material",
        """
院感知识考试题库（节选）
1. 手卫生的五个时刻是什么？
2. 含氯消毒剂擦拭被血液污染的物体表面，有效氯浓度应为多少？（答：2000～5000mg/L）
3. 医疗废物暂存时间不得超过几小时？（答：48小时）
4. 发生针刺伤后的第一步处理是什么？（答：从近心端向远心端挤压，流动水冲洗）
""",
    )
    xlsx_doc(
        "neibu/zhibiao_zhikong_keshi.xlsx",
        "department_quality_indicators",
        {
            "质控": [
                ["2026年11月科室质控指标", "", ""],
                ["指标", "全科", "住院部"],
                ["病历甲级率", "92%", "88%"],
                ["处方合格率", "97%", "—"],
                ["抗菌药物使用率", "18.6%", "42.1%"],
            ]
        },
        merges={"质控": ["A1:C1"]},
    )


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


SECTIONS = (
    leaflets,
    notices,
    news,
    blank_forms,
    filling_guides,
    policies_prices_stats,
    more_public,
    internal,
    medical_a,
    medical_b,
    medical_c,
    personnel,
    financial,
    operations,
    other_and_marked,
    more_secret,
    public_3,
    public_4,
    last_batch,
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
