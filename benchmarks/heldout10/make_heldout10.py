# ruff: noqa: E501  (the texts are data inside code: long literal lines read better than split ones)
"""Write the tenth held-out corpus: documents of a Zhuang-county township health centre, apart from the rules.

Every text below was written by hand for a fictional centre (板烈镇卫生院, 那弄县, a Zhuang
autonomous county of north-western Guangxi under 河池市; switchboard 0778-5321120). The random
generator (fixed seed) makes only check digits (GB 11643 resident IDs, Luhn bank cards, GB 32100
credit codes) and the random digits of mobiles, landlines and cards, so a rerun gives the same
texts and the same truth (docx/xlsx/pdf/eml carry their own timestamps or boundaries).

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:韦秀妹»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID (``«I:y1961/韦秀妹»`` born that year, the same ID wherever the tag recurs),
``«d.place_name:弄团屯»`` a decoy of kind ``place_name``. The marks are removed from the files and
every value recorded, so the truth lists every occurrence exactly as written. At the end every
file is read back (python-docx with headers and footers, openpyxl, pypdf, the standard e-mail
parser with its attachments) and each listed value must occur exactly as often as the listed
values contain it (``check``); a value listed in any document must be listed wherever it occurs.

The mechanics (marks, check digits, read-back) follow benchmarks/heldout3/make_heldout3.py; the
documents, their kinds and texts do not.

Run: ``python benchmarks/heldout10/make_heldout10.py`` (writes docs/ and truth.jsonl here).
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

from tests.docmaker import CJK_FONT, make_text  # noqa: E402

SEED = 20261210
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

# Real county codes of Hechi (4512xx) and Baise (4510xx); the fictional 那弄县 sits among them.
AREAS = ["451224", "451224", "451224", "451223", "451227", "451228", "451203", "451027", "451026"]
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
LANDLINE_AREA = ["0778", "0778", "0778", "0776", "0769"]
CARD_PREFIXES = ["622848", "621700", "622202", "623059", "621799", "622908", "621226", "622575"]

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


def id_check(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def new_id(lo: int = 1958, hi: int = 2004) -> str:
    born = date.fromordinal(RNG.randint(date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()))
    first = RNG.choice(AREAS) + born.strftime("%Y%m%d") + f"{RNG.randint(0, 999):03d}"
    return first + id_check(first)


def bad_id() -> str:
    good = new_id()
    return good[:-1] + RNG.choice([c for c in "0123456789X" if c != good[-1]])


def mobile() -> str:
    return RNG.choice(MOBILE_PREFIXES) + f"{RNG.randint(0, 99999999):08d}"


def landline() -> str:
    area = RNG.choice(LANDLINE_AREA)
    digits = 8 if area == "0769" else 7
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
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(org, _ORG_WEIGHTS, strict=True))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    area = RNG.choice(["451224", "451200", "450100", "451000"])
    body = (kind or RNG.choice(["91", "91", "93", "12"])) + area + org
    check = (
        31 - sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True)) % 31
    ) % 31
    return body + _USCC_CHARS[check]


def bad_uscc() -> str:
    good = new_uscc()
    return good[:-1] + RNG.choice([c for c in _USCC_CHARS if c != good[-1]])


def uscc_ok(code: str) -> bool:
    body = code[:17]
    check = (
        31 - sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True)) % 31
    ) % 31
    return _USCC_CHARS[check] == code[17]


# --------------------------------------------------------------------------------------------
# marks → values, documents → files
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"«([A-Za-z]+)(?:\.([a-z_]+))?(?::([^»]*))?»")
TRUTH: list[dict[str, Any]] = []
_current: dict[str, Any] = {}
_PEOPLE: dict[str, str] = {}


def _value(code: str, kind: str | None, given: str | None) -> str:
    if code == "I" and given and given.startswith("y"):
        # «I:y1958/韦秀妹» born that year, «I:y19580312/…» that day; the same ID wherever it recurs
        if given not in _PEOPLE:
            born = given[1:].split("/")[0]
            if len(born) == 4:
                _PEOPLE[given] = new_id(int(born), int(born))
            else:
                first = RNG.choice(AREAS) + born + f"{RNG.randint(0, 999):03d}"
                _PEOPLE[given] = first + id_check(first)
        return _PEOPLE[given]
    if code in ("T", "L", "B", "U") and given and given.startswith("#"):
        # «T:#韦秀妹» the same random number wherever the tag recurs
        key = code + given
        if key not in _PEOPLE:
            _PEOPLE[key] = _value(code, kind, None)
        return _PEOPLE[key]
    if code == "B" and given and len(given) <= 6:
        return new_card(given)
    if code == "U" and given and len(given) == 2:
        return new_uscc(given)
    if given:
        return given
    generated = {
        "I": lambda: new_id(),
        "Ic": lambda: new_id(2025, 2026),
        "Io": lambda: new_id(1930, 1958),
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


def _codec(encoding: str) -> str:
    """make_text adds the byte-order mark itself: UTF-8 with BOM is written as utf-8 + bom."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


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
    make_text(path, r(text).lstrip("\n"), encoding=_codec(encoding), bom=encoding == "utf-8-sig")
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
    make_text(path, buf.getvalue(), encoding=_codec(encoding), bom=encoding == "utf-8-sig")
    _finish(encoding)


Block = str | list[list[str]]


def _docx_bytes(blocks: list[Block], header: str | None = None, footer: str | None = None) -> bytes:
    """A Word file: paragraphs (str) and tables (rows of cells) in the given order."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        ncol = max(len(row) for row in block)
        table = document.add_table(rows=len(block), cols=ncol)
        table.style = "Table Grid"
        for ri, row in enumerate(block):
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


def _resolve_blocks(blocks: list[Block]) -> list[Block]:
    return [r(b) if isinstance(b, str) else [[r(c) for c in row] for row in b] for b in blocks]


def docx_doc(
    name: str,
    kind: str,
    blocks: list[Block],
    header: str | None = None,
    footer: str | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    data = _docx_bytes(
        _resolve_blocks(blocks),
        header=r(header) if header else None,
        footer=r(footer) if footer else None,
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


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def _estimate(text: str) -> str:
    """The marked text with each mark replaced by its value or a stand-in of the same width."""
    return MARK.sub(
        lambda m: m.group(3) if m.group(3) and m.group(3)[0] not in "#y" else "0" * 18, text
    )


def _wrap_marked(page: str, width: float, size: float = 10.5) -> list[str]:
    """Split too-long lines of a marked text after punctuation outside the marks, so that no
    value is ever split across lines."""
    from reportlab.pdfbase import pdfmetrics

    out = []
    for line in page.split("\n"):
        while pdfmetrics.stringWidth(_estimate(line), CJK_FONT, 14 if not out else size) > width:
            best = None
            depth = 0
            for i, ch in enumerate(line):
                depth += ch == "«"
                depth -= ch == "»"
                fits = pdfmetrics.stringWidth(_estimate(line[: i + 1]), CJK_FONT, size) <= width
                if depth == 0 and ch in "，。；、：）" and i < len(line) - 1 and fits:
                    best = i + 1
            if best is None:
                break
            out.append(line[:best])
            line = line[best:]
        out.append(line)
    return out


def pdf_doc(
    name: str,
    kind: str,
    pages: list[str],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Mark = None,
) -> None:
    """A PDF with a text layer, one string per page; a line never wraps (a too-long line fails
    the build, so that no value is split across lines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    path = _start(name, kind, cats, pub, mark)
    _font()
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pw, ph = A4
    for page in pages:
        y = ph - 56
        for i, line in enumerate(r(x) for x in _wrap_marked(page, pw - 100)):
            size = 14 if i == 0 else 10.5
            if pdfmetrics.stringWidth(line, CJK_FONT, size) > pw - 100:
                raise ValueError(f"{name}: line too long: {line}")
            pdf.setFont(CJK_FONT, size)
            pdf.drawString(50, y, line)
            y -= size * 1.6
            if y < 40:
                raise ValueError(f"{name}: page too long")
        pdf.showPage()
    pdf.save()
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
    """A PDF whose table is drawn as ruled cells, as report generators print exports."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    path = _start(name, kind, cats, pub, mark)
    _font()
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
    for line in before_t + after_t:
        if pdfmetrics.stringWidth(line, CJK_FONT, 14 if line == before_t[0] else 10) > pw - 60:
            raise ValueError(f"{name}: line too long: {line}")
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
    cc: str | None = None,
) -> None:
    """An e-mail as a mail client saves it (display names RFC 2047-encoded by the SMTP policy);
    ``attachment`` is ("NAME.docx", {"blocks": ...}) or ("NAME.xlsx", {"sheets": ...})."""
    from datetime import datetime, timedelta, timezone

    path = _start(name, kind, cats, pub, mark)
    msg = EmailMessage()
    msg["From"] = r(sender)
    msg["To"] = r(to)
    if cc:
        msg["Cc"] = r(cc)
    msg["Subject"] = r(subject)
    y, mo, d, h, mi = sent
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=8))))
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', path.stem)}@mail.banlie.invalid>"
    msg.set_content(r(body))
    if attachment is not None:
        fname, spec = attachment
        if fname.endswith(".docx"):
            data = _docx_bytes(_resolve_blocks(spec["blocks"]))
            sub = "vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            data = _xlsx_bytes(_resolve_sheets(spec["sheets"]), spec.get("merges"))
            sub = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        msg.add_attachment(data, maintype="application", subtype=sub, filename=fname)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=policy.SMTP))
    _finish()


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
        docx_doc(name, kind, list(lines), cats=cats, pub=pub, mark=mark)
    else:
        raise ValueError(fmt)


# The centre's published numbers and addresses, the county's offices and national hotlines are
# decoys wherever they occur.
SWITCH = "«d.public_phone:0778-5321120»"
DUTY = "«d.public_phone:0778-5321119»"
VACC = "«d.public_phone:0778-5321133»"
HR = "«d.public_phone:0778-5321106»"
CENTRE_ADDR = "«d.public_address:那弄县板烈镇圩亭街36号»"
CENTRE_MAIL = "«d.public_email:blzwsy@163.com»"
HR_MAIL = "«d.public_email:blzwsy_rsb@163.com»"
BUREAU = "«d.public_phone:0778-5210345»"
CDC = "«d.public_phone:0778-5213012»"
MCH = "«d.public_phone:0778-5218822»"
MCH_MAIL = "«d.public_email:nnxfby_dp@126.com»"
YIBAO = "«d.public_phone:0778-5219120»"
H12320 = "«d.hotline:12320»"
H120 = "«d.hotline:120»"
H12345 = "«d.hotline:12345»"


def place(name: str) -> str:
    """A hamlet (屯), karst depression (弄场) or village name standing alone: a decoy."""
    return f"«d.place_name:{name}»"


# ============================================================================================
# PUBLIC: leaflets for residents (xuanjiao/)
# ============================================================================================

LEAFLETS: list[tuple[str, str, list[str]]] = [
    (
        "dipin_zhishi",
        "md",
        [
            "地中海贫血，广西人要知道",
            "地中海贫血（简称地贫）是一种遗传性溶血性贫血，广西人群携带率约为20%，是全国最高的省区之一。",
            "夫妻双方都是同型地贫基因携带者，每次怀孕有1/4的可能生下重型地贫患儿。",
            "重型α地贫胎儿多在孕中晚期发生水肿；重型β地贫患儿需终身输血和除铁治疗。",
            "婚前、孕前做一次血常规和血红蛋白电泳，就能初步筛查是否携带。",
            "筛查阳性不等于生病，请到县妇幼保健院地贫门诊进一步做基因诊断，咨询电话" + MCH + "。",
        ],
    ),
    (
        "candoubing_huli",
        "txt",
        [
            "宝宝查出G6PD缺乏症（蚕豆病）怎么办",
            "G6PD缺乏症是一种常见的遗传病，男孩多见，平时和正常孩子一样，不需要吃药。",
            "关键是避免诱因：不吃蚕豆及蚕豆制品，不用樟脑丸（臭丸）存放衣物。",
            "看病时主动告诉医生孩子是蚕豆病，避免使用磺胺类、呋喃类药物和部分中药（如川莲、珍珠粉）。",
            "如果孩子突然脸色苍白、小便像浓茶或酱油，要立即送医院。",
            "哺乳期妈妈同样不要吃蚕豆。",
        ],
    ),
    (
        "shezhang_jijiu",
        "pdf",
        [
            "被蛇咬伤怎么办？记住“一看二绑三送”",
            "我县山区常见毒蛇有银环蛇、眼镜蛇、竹叶青和圆斑蝰，夏秋两季砍甘蔗、摘桑叶时最容易被咬。",
            "一看：看清蛇的样子，能拍照就拍照，不要去追打。",
            "二绑：用布带在伤口近心端绑扎，每隔20分钟放松1～2分钟，伤肢保持低位，不要跑动。",
            "三送：立即拨打"
            + H120
            + "或送到最近的卫生院，本院备有抗银环蛇毒血清和抗眼镜蛇毒血清。",
            "不要用嘴吸伤口，不要用刀乱切，不要喝酒，不要敷来历不明的草药。",
            "板烈镇卫生院急诊24小时电话：" + DUTY,
        ],
    ),
    (
        "baicaoku_weihai",
        "docx",
        [
            "百草枯：喝一口就可能要命",
            "百草枯（克无踪）是一种除草剂，国家早已禁止在国内销售和使用，但仍有农户家中存有旧药。",
            "百草枯中毒没有特效解毒药，口服一小口即可引起肺纤维化，死亡率很高。",
            "误服后立即催吐，用肥皂水或清水洗胃，口服白陶土或泥浆水，尽快送医院。",
            "请把家中剩余的百草枯交到镇农业服务中心统一处置，不要装在饮料瓶里。",
            "心理援助热线：" + "«d.hotline:400-161-9995»" + "。",
        ],
    ),
    (
        "ganzhe_poshangfeng",
        "txt",
        [
            "砍蔗季节，当心破伤风",
            "每年11月到次年3月是甘蔗砍收期，蔗刀割伤、竹签刺伤很常见。",
            "伤口深、有泥土铁锈污染时，要在24小时内到卫生院清创，并按医生意见注射破伤风抗毒素或免疫球蛋白。",
            "破伤风的早期表现是张口困难、牙关紧闭、颈部发硬，一旦出现要马上就医。",
            "上山砍蔗请穿长筒胶鞋、戴手套，随身带一卷干净纱布。",
        ],
    ),
    (
        "canshi_guomin",
        "md",
        [
            "养蚕户的健康提醒",
            "蚕房消毒用的含氯消毒剂、漂白粉要戴口罩和手套，用后开窗通风。",
            "部分养蚕户接触蚕沙、蚕蛹后出现皮疹、哮喘，称为蚕业过敏，症状持续请到卫生院就诊。",
            "桑园打药后要间隔足够的安全期才能采桑叶喂蚕，也防止人畜中毒。",
            "吃蚕蛹后出现头晕、呕吐、眼球震颤，可能是蚕蛹中毒，请立即就医。",
        ],
    ),
    (
        "chenfei_tixing",
        "pdf",
        [
            "从广东工厂回乡的乡亲们：请关注尘肺病",
            "在石材加工、陶瓷、金矿、打隧道等岗位工作过的人，是尘肺病的高危人群。",
            "早期症状不明显，后期出现胸闷、气短、咳嗽，一干活就喘。",
            "回乡后请到卫生院登记，免费拍一次胸片；已确诊的可申请农民工尘肺病救治救助。",
            "国家和自治区对尘肺病农民工有医疗救治、生活救助政策，详情咨询镇卫生院公卫科"
            + SWITCH
            + "。",
        ],
    ),
    (
        "zaoshenglong",
        "txt",
        [
            "噪声聋：工厂里的“隐形杀手”",
            "长期在85分贝以上的噪声环境中工作，会出现耳鸣、听力下降，早期是高频听力损失，自己不易发现。",
            "在五金、纺织、注塑车间工作请坚持佩戴耳塞或耳罩。",
            "回乡后如有耳鸣、听不清，请到县人民医院耳鼻喉科做纯音测听。",
        ],
    ),
    (
        "liushou_laoren_fanghan",
        "docx",
        [
            "留守老人冬季健康十提醒",
            "1. 天冷早晚加衣，山里屯子湿冷，注意保暖。",
            "2. 烧柴火取暖要开窗，防止一氧化碳中毒。",
            "3. 降压药每天按时吃，不要因为没症状就停药。",
            "4. 洗澡水温不要太高，时间不要太长，防止跌倒。",
            "5. 家里常备手电筒，夜里起床先开灯。",
            "6. 身体不舒服及时打电话给村医或子女，不要硬扛。",
            "7. 65岁以上老人每年可到卫生院免费体检一次。",
        ],
    ),
    (
        "xuexichong_zhishi",
        "md",
        [
            "血吸虫病：广西已消除，但外出要当心",
            "广西于上世纪八十年代末达到血吸虫病消除标准，至今未发现本地感染病例。",
            "湖南、湖北、江西、安徽等地的湖区仍有钉螺分布，外出务工、旅游时不要在有螺水域游泳、洗衣、捕鱼。",
            "从流行区返乡后出现发热、腹痛、腹泻，就诊时请告诉医生外出经历。",
            "镇卫生院可为返乡人员免费做血吸虫病血清学检查。",
        ],
    ),
    (
        "nueji_fanxiang",
        "pdf",
        [
            "境外务工回国人员疟疾防治须知",
            "非洲、东南亚是疟疾高发地区，到加纳、尼日利亚、安哥拉等地务工的人员回国后一年内都要警惕。",
            "回国后出现发冷、发热、出汗，要第一时间到医院查血片，并说明境外经历。",
            "恶性疟病情凶险，延误治疗可能致命，切勿自行服药。",
            "疟疾咨询：县疾控中心" + CDC + "。",
        ],
    ),
    (
        "gouduan_luoxuanti",
        "txt",
        [
            "稻田、水沟里干活，防钩端螺旋体病",
            "钩体病通过接触被鼠尿污染的水和泥土感染，秋收季节多发。",
            "下田请穿胶鞋、戴手套，手脚有伤口尽量不下水。",
            "出现高热、全身酸痛、小腿肚疼痛、眼睛发红，要尽快就医。",
        ],
    ),
    (
        "fangniushui",
        "docx",
        [
            "暑假防溺水“六不”",
            "不私自下水游泳；不擅自与他人结伴游泳；不在无家长带领的情况下游泳；",
            "不到无安全设施、无救援人员的水域游泳；不到不熟悉的水域游泳；不熟悉水性的学生不擅自下水施救。",
            "红水河、地下河出口和山塘水库水深流急，暗流多，严禁下水。",
        ],
    ),
    (
        "yuchan_dipin",
        "md",
        [
            "准爸爸准妈妈：地贫筛查一起做",
            "地贫筛查要夫妻双方一起做，只查一方不能判断胎儿风险。",
            "本县实行免费婚前医学检查和孕前优生健康检查，包含地贫初筛。",
            "双方都是同型携带者的，孕11～14周可做绒毛取样，孕16～22周可做羊水穿刺产前诊断。",
            "所有检查结果严格保密，只告知本人。",
        ],
    ),
    (
        "shouzukou",
        "txt",
        [
            "手足口病早知道",
            "手足口病多发于5岁以下儿童，春夏季高发。",
            "勤洗手、喝开水、吃熟食、勤通风、晒衣被是最简单有效的预防方法。",
            "孩子出现持续高热、精神差、呕吐、手脚抖动，要立即就医。",
        ],
    ),
    (
        "gaoxueya_weiri",
        "pdf",
        [
            "赶圩顺便量血压",
            "每逢圩日（农历三、六、九），卫生院在圩亭旁设免费测血压、测血糖点。",
            "高血压患者每季度至少测一次血压，血压控制在140/90mmHg以下。",
            "常用降压药：氨氯地平、硝苯地平缓释片、厄贝沙坦等，请遵医嘱服用。",
            "测量点地址：" + CENTRE_ADDR + "门口。",
        ],
    ),
    (
        "kuangquanbing",
        "md",
        [
            "被狗咬了，24小时内打疫苗",
            "狂犬病发病后几乎百分之百死亡，但及时处置可以预防。",
            "立即用肥皂水和流动清水交替冲洗伤口15分钟，再用碘伏消毒。",
            "到卫生院犬伤门诊按程序接种狂犬病疫苗，严重的还要注射被动免疫制剂。",
            "犬伤门诊电话：" + VACC + "。",
        ],
    ),
    (
        "yangwu_wenjian",
        "txt",
        [
            "夏秋季节防恙虫病",
            "恙虫病由恙螨叮咬传播，常见于草丛、灌木丛，甘蔗地和玉米地边也有。",
            "典型表现是发热和叮咬处的焦痂，像烟头烫过的黑痂，多在腋窝、腹股沟、腰部。",
            "野外劳动后洗澡换衣，发现发热和焦痂要及时就医，多西环素治疗效果好。",
        ],
    ),
]


def leaflets() -> None:
    for stem, fmt, lines in LEAFLETS:
        lines_doc(f"xuanjiao/{stem}", fmt, "health_education_leaflet", lines, pub=True)


# Health talks in Zhuang and Chinese (壮汉双语), read out by the village loudspeaker.
def zhuang_talks() -> None:
    text_doc(
        "xuanjiao/zhuangyu/guangbo_dipin.txt",
        "zhuang_health_talk_script",
        """
壮汉双语健康广播稿（第12期）：地贫筛查
【壮文】Boux bouxgyaeuj, mwngz ndei! Ngoenzneix gangj aen vwndiz bingh lwed noix.
【汉文】乡亲们好！今天讲一讲地中海贫血。
【壮文】Bouxsai caeuq mehmbwk caengz haq, gaiq ndeu bae genjcaz lwed.
【汉文】男女青年结婚前，一起去查一次血。
【汉文】婚前检查、孕前检查都是免费的，到镇卫生院妇幼保健室就可以做。
【汉文】检查结果只告诉本人，大家放心。咨询电话："""
        + SWITCH
        + """。
（播音：镇卫生院健康教育室；每周一、四早上7点在各屯广播播放）
""",
        pub=True,
    )
    text_doc(
        "xuanjiao/zhuangyu/guangbo_shezhang.md",
        "zhuang_health_talk_script",
        """
# 壮汉双语广播稿：防蛇咬

- 【壮文】Seizneix dwg seiz ngwz okdaeuj lai.
- 【汉文】现在是蛇出来最多的季节。
- 【壮文】Bae doengh, daenj haiz sang, dawz diuz faexcah.
- 【汉文】下地干活，穿高筒鞋，带一根棍子打草惊蛇。
- 【汉文】被蛇咬了，不要跑，不要用嘴吸，马上打"""
        + H120
        + """或者到卫生院。
- 【汉文】卫生院有抗蛇毒血清，24小时值班电话"""
        + DUTY
        + """。

播出安排："""
        + place("弄立屯")
        + "、"
        + place("坡豪屯")
        + "、"
        + place("陇桑屯")
        + """等屯广播站，农忙季节每天播一次。
""",
        pub=True,
    )
    docx_doc(
        "xuanjiao/zhuangyu/jiangkang_jiangzuo_laoren.docx",
        "zhuang_health_talk_script",
        [
            "壮汉双语健康讲座稿：老人家的血压",
            "【壮文】Bouxlaux, hezyaz sang mbouj miz yiengh, hoeng yungyiemj lai.",
            "【汉文】老人家，血压高平时没什么感觉，但是危险很大。",
            "【壮文】Moix ngoenz gwn yw, mbouj ndaej dingz.",
            "【汉文】每天吃药，不能停。",
            "【汉文】少吃咸菜、腊肉、酸嘢，多吃青菜。",
            "【汉文】村医每个季度上门量一次血压，有事打村卫生室电话。",
            "讲座地点：各村委会、圩日卫生院门口；讲座人：卫生院全科医生团队。",
        ],
        footer="板烈镇卫生院健康教育室",
        pub=True,
    )


# ============================================================================================
# PUBLIC: notices, news, policies, statistics, prices, procurement, job ads
# ============================================================================================


def notices() -> None:
    text_doc(
        "yuanwu_gongkai/weiri_yizhen_tongzhi.txt",
        "public_notice",
        """
板烈镇卫生院关于2026年冬季圩日巡回义诊的通知

各村委会、各屯群众：
为方便群众就近看病，卫生院定于12月逢圩日（农历三、六、九）在以下地点开展义诊：
  板烈圩亭：内科、妇科、中医、测血压血糖
  """
        + place("弄立村")
        + """村委会：慢病随访、老年人体检
  """
        + place("巴英屯")
        + "晒坪（"
        + place("陇桑村")
        + """）：儿童体检、预防接种咨询
  """
        + place("九弄十八场")
        + """（"""
        + place("弄团屯")
        + """一带）：留守老人上门服务，请各屯长提前通知
义诊当天免挂号费，药品按零差价销售。
联系电话："""
        + SWITCH
        + """
板烈镇卫生院
2026年11月28日
""",
        pub=True,
    )
    docx_doc(
        "yuanwu_gongkai/xinshenger_shaicha_gonggao.docx",
        "public_notice",
        [
            "关于免费开展新生儿疾病筛查的公告",
            "根据自治区新生儿疾病筛查项目要求，在我院分娩的新生儿，出生72小时后、充分哺乳后采集足跟血，免费筛查苯丙酮尿症、先天性甲状腺功能减低症、G6PD缺乏症和地中海贫血。",
            "在家分娩或在外院出生未筛查的婴儿，请家长在出生后20天内带孩子到卫生院妇幼保健室补采血。",
            "筛查结果约15个工作日后由县妇幼保健院反馈，可疑阳性的，工作人员会电话通知家长复查，请保持电话畅通。",
            "咨询电话：" + SWITCH + "（转妇幼保健室）；县妇幼保健院新筛中心：" + MCH + "。",
            "板烈镇卫生院 2026年10月9日",
        ],
        pub=True,
    )
    text_doc(
        "yuanwu_gongkai/hezuoshe_juanzeng_gongshi.md",
        "public_notice",
        """
# 关于接受社会捐赠的公示

2026年11月，以下单位向我院捐赠物资和资金，用于留守老人上门服务和圩日义诊，现予公示：

| 捐赠单位 | 捐赠内容 | 金额/数量 |
|---|---|---|
| «d.account_name:那弄县板烈镇桑蚕专业合作社» | 资金 | 5000.00元 |
| 那弄县红水河糖业有限公司 | 血压计、血糖仪 | 20套 |
| 板烈镇外出务工人员广东商会 | 资金 | 12800.00元 |

捐赠资金已存入卫生院捐赠专户：
户名：«d.account_name:那弄县板烈镇卫生院» 开户行：广西那弄农村商业银行板烈支行
账号：«d.corporate_account:450207201010000183462»
合作社回单户名：«d.account_name:那弄县板烈镇桑蚕专业合作社»，账号«d.corporate_account:450207201010000207718»
公示期：2026年12月1日至12月7日。监督电话："""
        + SWITCH
        + """
""",
        pub=True,
    )
    pdf_doc(
        "yuanwu_gongkai/jiating_yisheng_tuandui_gongshi.pdf",
        "public_notice",
        [
            """家庭医生签约服务团队公示
板烈镇卫生院共组建家庭医生团队5个，现将团队和负责片区公示如下：
第一团队  队长：«P:农国勇»（全科主治医师）  片区：板烈社区、"""
            + place("弄立村")
            + """
第二团队  队长：«P:梁文辉»（全科医师）  片区："""
            + place("坡豪村")
            + "、"
            + place("拉洞村")
            + """
第三团队  队长：«P:莫秀兰»（主管护师）  片区："""
            + place("陇桑村")
            + """
第四团队  队长：«P:蒙志强»（公卫医师）  片区："""
            + place("板江村")
            + """
第五团队  队长：«P:黄美妹»（妇幼专干）  片区：全镇孕产妇和0～6岁儿童
签约咨询："""
            + SWITCH
            + """；投诉电话："""
            + H12345
            + """
"""
        ],
        pub=True,
    )
    lines_doc(
        "yuanwu_gongkai/jiezhong_shijian_tiaozheng",
        "txt",
        "public_notice",
        [
            "预防接种门诊时间调整通知",
            "自2027年1月1日起，预防接种门诊接种时间调整为每周二、周五全天和每个圩日上午。",
            "新生儿乙肝疫苗、卡介苗仍在产科出生后24小时内接种。",
            "请带好《预防接种证》，接种后留观30分钟。咨询电话" + VACC + "。",
        ],
        pub=True,
    )
    lines_doc(
        "yuanwu_gongkai/tingdian_tongzhi",
        "md",
        "public_notice",
        [
            "停电通知",
            "因供电所线路检修，12月10日8:00—18:00卫生院停电，期间门诊照常，检验科、放射科暂停。",
            "急诊使用备用发电机，如有不便敬请谅解。急诊电话：" + DUTY,
        ],
        pub=True,
    )
    docx_doc(
        "yuanwu_gongkai/cunyi_yanglao_butie_shuoming.docx",
        "public_notice",
        [
            "关于乡村医生养老生活补助申报的说明",
            "根据县卫健局、县财政局文件，年满60周岁、在村卫生室连续工作满10年以上且已退出乡村医生岗位的老年乡村医生，可按工作年限申领养老生活补助。",
            "补助标准：每满一年每月补助20元，由县财政按季度通过“一卡通”发放。",
            "申报材料：身份证、乡村医生执业证书或原卫生院聘用证明、村委会证明、本人社保卡。",
            "受理地点：卫生院人事办公室；电话：" + HR + "。",
        ],
        header="板烈镇卫生院",
        pub=True,
    )
    text_doc(
        "yuanwu_gongkai/ganzhe_xunhui_yiliao.txt",
        "public_notice",
        """
2026/2027榨季蔗区巡回医疗安排（公开）

应那弄县红水河糖业有限公司板烈糖厂邀请，卫生院在榨季期间每周三派出医疗小分队到蔗区和糖厂医务室巡诊。
糖厂甘蔗收购合同、运输调度问题请咨询糖厂农务科，卫生院不受理；蔗农交蔗凭《甘蔗种植收购合同》（如 «d.contract_no:HSH-BL-2026-0718» 号）到糖厂地磅房办理。
巡诊路线：板烈糖厂医务室 → """
        + place("坡豪屯")
        + " → "
        + place("弄烈屯")
        + " → "
        + place("拉洞屯")
        + """ 蔗区
卫生院联系电话："""
        + SWITCH
        + """；糖厂医务室电话：«d.public_phone:0778-5336210»
""",
        pub=True,
    )


def news() -> None:
    text_doc(
        "xinwen/sanyuesan_gexu.txt",
        "news_item",
        """
“三月三”歌圩飘歌声  健康服务进圩场

4月20日是壮族传统节日“三月三”，板烈镇圩场人山人海，山歌对唱此起彼伏。镇卫生院在歌圩旁设立健康服务点，院长«P:韦建勇»带领12名医护人员为群众免费测血压、血糖，发放壮汉双语宣传资料1200余份。
“刘三姐唱山歌，我们唱健康歌。”副院长«P:覃丽姣»用壮话编了一段地贫防控山歌，引来不少青年围观。据了解，当天共有86对青年男女现场咨询婚前地贫筛查。
相传«d.famous:刘三姐»是壮族歌仙，“三月三”歌圩至今已有上千年历史。
（通讯员 «P:兰春花»）
""".replace("“刘三姐唱山歌", "“«d.famous:刘三姐»唱山歌"),
        pub=True,
    )
    docx_doc(
        "xinwen/dipin_xiangmu_qidong.docx",
        "news_item",
        [
            "我镇启动2026年免费地贫筛查项目",
            "9月15日，板烈镇2026年免费婚前孕前地贫筛查暨新生儿疾病筛查项目启动会在镇卫生院召开。县卫健局副局长«P:覃振华»、县妇幼保健院院长«P:陆海燕»出席会议。",
            "会上，卫生院妇幼专干«P:黄美妹»介绍了去年全镇地贫初筛情况：全年筛查育龄夫妇412对，检出夫妇双方同型携带11对，全部落实产前诊断，未出生一例重型地贫患儿。",
            "«P:覃振华»要求，各村卫生室要把地贫知识宣传到每个屯、每户人家。",
        ],
        pub=True,
    )
    pdf_doc(
        "xinwen/shezhang_peixun.pdf",
        "news_item",
        [
            """蛇伤救治培训走进村卫生室
7月8日，县人民医院急诊科主任«P:罗志刚»来到板烈镇卫生院，为全镇27名乡村医生讲授毒蛇咬伤的识别与救治。
培训采用“理论+实操”的方式，现场演示了伤口处理、绑扎方法和抗蛇毒血清皮试。
今年以来，卫生院已成功救治毒蛇咬伤患者19例，无一例死亡。
院长«P:韦建勇»表示，要把蛇伤急救知识送到每一个蔗农、桑农手中。
"""
        ],
        pub=True,
    )
    text_doc(
        "xinwen/liushou_laoren_guanai.md",
        "news_item",
        """
# 留守老人有了“家门口的医生”

在"""
        + place("弄团屯")
        + """，85岁的留守老人家里，村医«P:盘有福»每月都要上门一次：量血压、看药盒、问吃饭。
老人的儿子、儿媳都在广东东莞打工，一年只回来一次。“有«d.surname_title:盘医生»常来看看，我们在外面也放心。”
今年，板烈镇卫生院把全镇312名留守老人纳入家庭医生重点签约对象，由全科医生«P:农国勇»牵头，每季度入户随访一次。
""",
        pub=True,
    )
    lines_doc(
        "xinwen/gongzuo_huibao_zhaiyao",
        "docx",
        "news_item",
        [
            "县政协委员到板烈镇卫生院调研基层医疗工作",
            "11月12日，县政协副主席«P:岑永福»一行到板烈镇卫生院调研，先后察看了发热门诊、中医馆和新建的远程心电室。",
            "院长«P:韦建勇»汇报了卫生院在地贫防控、蛇伤救治和留守老人健康服务方面的做法。",
            "«P:岑永福»指出，要继续推进县域医共体建设，让群众在家门口看得上病、看得好病。",
        ],
        pub=True,
    )
    text_doc(
        "xinwen/fanxiang_nongmingong_tijian.txt",
        "news_item",
        """
春节返乡农民工免费职业健康检查
2月2日至8日，镇卫生院联合县疾控中心为春节返乡的务工人员开展免费职业健康检查，共检查436人，其中拍胸片211人、测听力180人。
对检查中发现的疑似尘肺病、噪声聋人员，卫生院已建立随访档案，并协助申请诊断和救助。
县疾控中心职业卫生科咨询电话："""
        + CDC
        + """
""",
        pub=True,
    )


def policies() -> None:
    docx_doc(
        "zhengce/dipin_fangkong_fangan_zhaiyao.docx",
        "published_policy",
        [
            "那弄县地中海贫血防控项目实施方案（摘要）",
            "一、目标：到2027年，全县婚前或孕前地贫筛查率达到90%以上，重型地贫胎儿产前诊断率达到95%以上。",
            "二、对象：全县计划怀孕的夫妇和孕产妇、新生儿。",
            "三、流程：乡镇卫生院初筛（血常规、血红蛋白分析）→县妇幼保健院复筛和基因诊断→市级产前诊断中心。",
            "四、经费：初筛、基因诊断、产前诊断费用由项目经费免费提供。",
            "五、要求：各乡镇卫生院指定专人负责，筛查信息严格保密。",
        ],
        pub=True,
    )
    text_doc(
        "zhengce/yibao_baoxiao_2027.txt",
        "published_policy",
        """
2027年度城乡居民基本医疗保险待遇政策（乡镇卫生院部分）
一、住院：乡镇卫生院起付线200元，政策范围内报销比例90%。
二、普通门诊：乡镇卫生院报销比例60%，年度限额300元。
三、门诊慢特病：高血压、糖尿病、重型地中海贫血、尘肺病等门诊用药按规定报销。
四、重型地中海贫血患儿的输血和除铁治疗纳入门诊特殊慢性病管理，年度限额5万元。
五、异地就医：外出务工人员在广东就医的，可通过“国家医保服务平台”APP备案后直接结算。
咨询：县医保局"""
        + YIBAO
        + """
""",
        pub=True,
    )
    pdf_doc(
        "zhengce/chenfei_jiuzhu_zhengce.pdf",
        "published_policy",
        [
            """尘肺病农民工救治救助政策问答
问：哪些人可以申请？
答：具有本县户籍、经职业病诊断机构确诊或经二级以上医院临床诊断为尘肺病的农民工。
问：能报销多少？
答：基本医保、大病保险报销后，政策范围内个人自付部分再按70%给予救助。
问：生活上有没有补助？
答：符合低保条件的纳入低保；丧失劳动能力的可申请临时救助。
问：到哪里申请？
答：向户籍所在地乡镇卫生院或乡镇民政办申请。卫生院电话"""
            + SWITCH
            + """。
"""
        ],
        pub=True,
    )
    lines_doc(
        "zhengce/jiben_gongwei_xiangmu",
        "md",
        "published_policy",
        [
            "2026年国家基本公共卫生服务项目清单（居民版）",
            "居民健康档案管理、健康教育、预防接种、0～6岁儿童健康管理、孕产妇健康管理、老年人健康管理。",
            "高血压和2型糖尿病患者健康管理、严重精神障碍患者管理、肺结核患者健康管理、中医药健康管理。",
            "传染病及突发公共卫生事件报告和处理、卫生监督协管。",
            "以上服务免费提供，人均经费标准由国家统一确定。",
        ],
        pub=True,
    )


def stats_prices() -> None:
    xlsx_doc(
        "tongji/2025_dipin_shaicha_tongji.xlsx",
        "published_statistics",
        {
            "汇总": [
                ["板烈镇2025年地中海贫血筛查情况统计（已在镇政务公开栏公布）"],
                [""],
                ["项目", "人数/对数", "阳性数", "阳性率"],
                ["婚前医学检查", 298, 61, "20.5%"],
                ["孕前优生健康检查（对）", 412, 87, "21.1%"],
                ["新生儿地贫筛查", 356, 79, "22.2%"],
                ["新生儿G6PD筛查", 356, 27, "7.6%"],
                ["夫妇双方同型携带（对）", 11, "", ""],
            ],
            "按村": [
                ["村", "新生儿筛查数", "G6PD阳性"],
                ["板烈社区", 88, 7],
                ["弄立村", 61, 5],
                ["坡豪村", 72, 6],
                ["陇桑村", 54, 4],
                ["拉洞村", 43, 3],
                ["板江村", 38, 2],
            ],
        },
        merges={"汇总": ["A1:D1"]},
        pub=True,
    )
    csv_doc(
        "tongji/shezhang_jidu_tongji.csv",
        "published_statistics",
        [
            ["季度", "蛇伤就诊人数", "使用抗蛇毒血清", "转诊", "死亡"],
            ["2026年第一季度", "2", "1", "0", "0"],
            ["2026年第二季度", "9", "6", "1", "0"],
            ["2026年第三季度", "11", "8", "2", "0"],
            ["合计", "22", "15", "3", "0"],
        ],
        pub=True,
        encoding="utf-8-sig",
    )
    text_doc(
        "tongji/menzhen_liang_gongkai.txt",
        "published_statistics",
        """
板烈镇卫生院2026年1—10月主要业务数据公开
门诊人次        41236
住院人次         1187
平均住院日        5.8天
次均门诊费用     63.40元
次均住院费用   2318.70元
药占比           38.2%
公开日期：2026-11-15   公开栏：卫生院门诊大厅
""",
        pub=True,
    )
    pdf_table_doc(
        "shoufei/yiliao_fuwu_jiage_gongshi.pdf",
        "published_fee_schedule",
        ["板烈镇卫生院部分医疗服务项目价格公示", "执行自治区医疗服务价格，2026年7月1日起"],
        [
            ["项目编码", "项目名称", "单位", "价格（元）"],
            ["«d.item_code:110200001»", "普通门诊诊查费", "次", "6.00"],
            ["«d.item_code:250102001»", "血常规（五分类）", "次", "20.00"],
            ["«d.item_code:250104006»", "血红蛋白电泳", "次", "45.00"],
            ["«d.item_code:250310012»", "葡萄糖-6-磷酸脱氢酶测定", "次", "30.00"],
            ["«d.item_code:120100001»", "I级护理", "日", "28.00"],
            ["«d.item_code:310300011»", "清创缝合（小）", "次", "80.00"],
        ],
        ["监督电话：" + SWITCH + "；价格举报：" + H12345],
        pub=True,
    )
    csv_doc(
        "shoufei/yaopin_jiage_gongshi.csv",
        "published_drug_list",
        [
            ["药品名称", "规格", "单位", "零售价（元）", "备注"],
            ["抗银环蛇毒血清", "10000U/支", "支", "1185.00", "急诊备用"],
            ["抗眼镜蛇毒血清", "2500U/支", "支", "826.00", "急诊备用"],
            ["破伤风抗毒素", "1500IU/支", "支", "18.50", ""],
            ["硝苯地平缓释片", "20mg*30片", "盒", "9.80", "集采"],
            ["二甲双胍片", "0.5g*60片", "盒", "6.20", "集采"],
            ["叶酸片", "0.4mg*31片", "盒", "免费", "孕前/孕早期"],
        ],
        pub=True,
        encoding="gb18030",
    )
    docx_doc(
        "shoufei/dipin_jiyin_jiance_shoufei.docx",
        "published_fee_schedule",
        [
            "地中海贫血基因检测收费标准（公示）",
            "以下项目属于自费项目，本县户籍计划怀孕夫妇符合项目条件的免费。",
            [
                ["项目", "收费（元）", "备注"],
                ["α地贫常见3种缺失型基因检测", "280", "县妇幼保健院检测"],
                ["β地贫17种突变基因检测", "400", "县妇幼保健院检测"],
                ["羊水穿刺产前诊断", "1600", "市级产前诊断中心"],
            ],
            "咨询：" + MCH,
        ],
        pub=True,
    )


def procurement_jobs() -> None:
    docx_doc(
        "caigou/kangshedu_xueqing_chengjiao_gonggao.docx",
        "procurement_announcement",
        [
            "板烈镇卫生院抗蛇毒血清及急救药品采购成交结果公告",
            "一、项目编号：«d.order_no:NNCG-2026-0917»",
            "二、成交供应商：广西桂西医药有限公司",
            "统一社会信用代码：«U:91»",
            "地址：«A:百色市右江区城东大道128号»",
            "联系电话：«d.public_phone:0776-2856610»",
            "三、成交金额：人民币186,400.00元",
            "四、公告期限：自本公告发布之日起1个工作日。",
            "采购人：板烈镇卫生院，地址：" + CENTRE_ADDR + "，联系电话：" + SWITCH,
        ],
        pub=True,
    )
    text_doc(
        "caigou/jiuhuche_caigou_gonggao.txt",
        "procurement_announcement",
        """
板烈镇卫生院负压救护车采购项目竞争性磋商公告
项目编号：«d.order_no:NNCG-2026-1102»
预算金额：42.8万元
采购需求：负压救护车1辆，适合山区道路，四驱
获取磋商文件时间：2026年11月20日至11月26日
采购代理机构：广西天正招标咨询有限公司那弄分公司，地址：«d.public_address:那弄县城南路22号»，电话：«d.public_phone:0778-5228163»
采购人联系人：卫生院办公室，电话："""
        + SWITCH
        + """
""",
        pub=True,
    )
    pdf_doc(
        "caigou/lenglian_bingxiang_zhongbiao.pdf",
        "procurement_announcement",
        [
            """疫苗冷链设备（医用冷藏箱）采购中标公告
中标单位：南宁康冷医疗设备有限公司
统一社会信用代码：«U:91»
中标金额：68,900.00元
供应商地址：«A:南宁市西乡塘区科园大道9号»
采购人：板烈镇卫生院  电话"""
            + SWITCH
            + """
"""
        ],
        pub=True,
    )
    text_doc(
        "renshi/zhaopin/2027_cunyi_zhaopin.txt",
        "recruitment_announcement",
        """
板烈镇卫生院2027年公开招聘乡村医生公告
一、岗位：村卫生室乡村医生3名（"""
        + place("拉洞村")
        + "、"
        + place("板江村")
        + "、"
        + place("陇桑村")
        + """各1名）
二、条件：具有乡村医生执业证书或执业（助理）医师资格，年龄45周岁以下，能讲壮话者优先。
三、待遇：按乡村医生补助政策执行，缴纳养老保险。
四、报名：2026年12月15日前携带身份证、资格证书到卫生院人事办公室报名。
联系电话："""
        + HR
        + """，邮箱："""
        + HR_MAIL
        + """
""",
        pub=True,
    )
    docx_doc(
        "renshi/zhaopin/hushi_zhaopin.docx",
        "recruitment_announcement",
        [
            "板烈镇卫生院招聘合同制护士公告",
            "招聘岗位：护士4名（急诊1名、住院部2名、预防接种门诊1名）",
            "报名条件：护理专业大专及以上学历，取得护士执业资格证，35周岁以下。",
            "薪酬：按卫生院合同制人员薪酬办法执行，试用期3个月。",
            "报名方式：将简历发至" + HR_MAIL + "，咨询电话" + HR + "。",
        ],
        header="板烈镇卫生院人事办公室",
        pub=True,
    )
    text_doc(
        "renshi/zhaopin/jianyan_zhaopin_jieguo.md",
        "recruitment_result_published",
        """
# 2026年公开招聘检验技师拟聘用人员公示

经报名、资格审查、笔试、面试和体检，拟聘用以下人员：

| 岗位 | 姓名 | 性别 | 学历 |
|---|---|---|---|
| 检验技师 | «P:罗海姣» | 女 | 本科 |
| 检验技师 | «P:蒙家强» | 男 | 大专 |

公示期7天，如有异议请向卫生院人事办公室反映，电话"""
        + HR
        + """。
""",
        pub=True,
    )


# ============================================================================================
# PUBLIC: blank forms, training material
# ============================================================================================


def blank_forms() -> None:
    docx_doc(
        "biaoge/xinshenger_shaicha_zhiqing_tongyishu.docx",
        "blank_form",
        [
            "新生儿疾病筛查知情同意书",
            "新生儿姓名：________  性别：□男 □女  出生日期：____年__月__日",
            "母亲姓名：________  身份证号：__________________  住院号：________",
            "家庭住址：____县____镇____村____屯____号",
            "联系电话：____________（请务必填写能联系上的电话）",
            "我已了解新生儿疾病筛查的目的和意义，□同意 □不同意 对我的孩子进行筛查。",
            "监护人签名：________  日期：________",
        ],
        footer="板烈镇卫生院妇幼保健室印制",
        pub=True,
    )
    xlsx_doc(
        "biaoge/shezhang_dengji_biao_kongbai.xlsx",
        "blank_form",
        {
            "登记表": [
                ["毒蛇咬伤患者登记表"],
                ["登记单位：", "", "", "年度：", ""],
                [
                    "序号",
                    "姓名",
                    "性别",
                    "年龄",
                    "住址",
                    "咬伤时间",
                    "咬伤部位",
                    "蛇种",
                    "血清名称",
                    "用量",
                    "批号",
                    "转归",
                ],
                ["", "", "", "", "", "", "", "", "", "", "", ""],
            ],
        },
        merges={"登记表": ["A1:L1"]},
        pub=True,
    )
    pdf_doc(
        "biaoge/liushou_laoren_tanfang_biao.pdf",
        "blank_form",
        [
            """留守老人入户探访记录表
老人姓名：__________  年龄：____  所在村屯：______________
子女姓名及电话：______________________________
居住情况：□独居 □与配偶同住 □与孙辈同住
血压：____/____mmHg  血糖：____mmol/L
用药情况：______________________________
存在问题及处理：________________________
探访人：________  探访日期：____年__月__日
"""
        ],
        pub=True,
    )
    csv_doc(
        "biaoge/weiri_yizhen_dengji_kongbai.csv",
        "blank_form",
        [
            ["圩日义诊登记表"],
            [
                "日期",
                "地点",
                "姓名",
                "性别",
                "年龄",
                "村屯",
                "主诉",
                "血压",
                "血糖",
                "处理",
                "医生签名",
            ],
            ["", "", "", "", "", "", "", "", "", "", ""],
        ],
        pub=True,
        encoding="gb18030",
    )
    docx_doc(
        "biaoge/cheliang_chuche_dengji_kongbai.docx",
        "blank_form",
        [
            "车辆出车登记表",
            [
                [
                    "出车日期",
                    "车牌号",
                    "驾驶员",
                    "用车科室",
                    "目的地（村/屯）",
                    "出车里程",
                    "回场里程",
                    "事由",
                    "审批人",
                ],
                ["", "", "", "", "", "", "", "", ""],
            ],
        ],
        pub=True,
    )
    text_doc(
        "biaoge/peixun_qiandao_kongbai.txt",
        "blank_form",
        """
业务培训签到表
培训主题：______________  时间：______  地点：______  主讲：______
序号 | 姓名 | 科室/村卫生室 | 联系电话 | 签到时间 | 签名
1    |      |               |          |          |
2    |      |               |          |          |
""",
        pub=True,
    )
    xlsx_doc(
        "biaoge/tousu_dengji_kongbai.xlsx",
        "blank_form",
        {
            "投诉登记": [
                ["板烈镇卫生院投诉接待登记表"],
                [
                    "受理编号",
                    "受理日期",
                    "投诉人",
                    "联系电话",
                    "被投诉科室/人员",
                    "投诉内容",
                    "处理结果",
                    "回访情况",
                ],
            ],
        },
        merges={"投诉登记": ["A1:H1"]},
        pub=True,
    )
    lines_doc(
        "biaoge/lenglian_guzhang_baogao_kongbai",
        "docx",
        "blank_form",
        [
            "疫苗/药品冷链故障报告表（空白）",
            "故障设备名称及编号：________  发现时间：________  发现人：________",
            "故障时温度记录：最高____℃  持续时间____小时",
            "涉及疫苗/药品品种、批号、数量：________________",
            "处置措施：□转移 □封存 □报废  报告县疾控时间：________",
            "科室负责人签字：________",
        ],
        pub=True,
    )
    lines_doc(
        "biaoge/baicaoku_geantiaocha_kongbai",
        "pdf",
        "blank_form",
        [
            "农药中毒病例个案调查表",
            "姓名：______ 性别：__ 年龄：__ 身份证号：__________________",
            "现住址：______________ 联系电话：____________",
            "农药名称：□百草枯 □敌敌畏 □草甘膦 □其他______",
            "中毒方式：□生产性 □非生产性（误服/自服）",
            "中毒时间：____年__月__日__时  就诊时间：____年__月__日__时",
            "转归：□治愈 □好转 □转院 □死亡   调查人：______",
        ],
        pub=True,
    )
    csv_doc(
        "biaoge/jixiao_kaohe_biao_moban.csv",
        "blank_form",
        [
            ["科室月度绩效考核表（模板）"],
            ["考核项目", "分值", "考核标准", "得分"],
            ["工作量", "40", "门诊/住院/公卫工作量完成率", ""],
            ["医疗质量", "30", "病历甲级率、处方合格率", ""],
            ["患者满意度", "15", "满意度调查结果", ""],
            ["医德医风", "15", "投诉、表扬情况", ""],
        ],
        pub=True,
    )
    text_doc(
        "biaoge/fuqi_dipin_zixun_jilu_kongbai.md",
        "blank_form",
        """
# 婚前/孕前地贫咨询记录（空白）

- 男方姓名：
- 女方姓名：
- 男方血红蛋白电泳结果：
- 女方血红蛋白电泳结果：
- 基因诊断结果：
- 咨询意见：
- 咨询医生：
- 日期：
""",
        pub=True,
    )


def training() -> None:
    text_doc(
        "peixun/shezhang_jiuzhi_jiangyi.md",
        "training_slides",
        """
# 毒蛇咬伤的诊断与救治（乡村医生培训讲义）

## 一、本地常见毒蛇
- 神经毒：银环蛇、金环蛇——伤口不痛不肿，数小时后眼睑下垂、呼吸困难，极易误诊
- 血循毒：竹叶青、圆斑蝰——局部肿痛明显，出血、凝血异常
- 混合毒：眼镜蛇、眼镜王蛇——局部坏死，可致呼吸肌麻痹

## 二、处理要点
1. 制动，伤肢低位，去除戒指手镯
2. 尽早、足量使用对应的抗蛇毒血清，皮试阴性后静脉滴注
3. 皮试阳性者脱敏注射，备好肾上腺素
4. 银环蛇咬伤观察至少24小时，呼吸困难立即气管插管并转诊

## 三、转诊
县人民医院急诊科，转诊联络电话«d.public_phone:0778-5212120»
""",
        pub=True,
    )
    docx_doc(
        "peixun/dipin_caixue_guifan.docx",
        "training_slides",
        [
            "新生儿足跟血采集规范（培训材料）",
            "1. 采血时间：出生72小时后、7天之内，并充分哺乳（至少6次）。",
            "2. 采血部位：足跟内侧或外侧缘，避开足跟中央。",
            "3. 每个血斑直径≥8mm，血滴自然渗透滤纸正反面，共采3个血斑。",
            "4. 血片在室温下自然干燥后装袋，2～8℃保存，5个工作日内递送县新筛中心。",
            "5. 血片卡编号（如«d.sample_no:XS2026-00001»）与登记本一一对应，字迹清楚。",
        ],
        header="妇幼保健业务培训",
        pub=True,
    )
    pdf_doc(
        "peixun/baicaoku_jiuzhi.pdf",
        "training_slides",
        [
            """急性百草枯中毒救治要点（培训）
1. 询问服毒量、时间、是否呕吐；尿液连二亚硫酸钠试验可快速定性。
2. 立即洗胃，口服吸附剂（白陶土、活性炭），导泻。
3. 尽早血液灌流，最好在服毒后6小时内。
4. 避免高浓度吸氧，除非严重低氧血症。
5. 做好心理疏导，评估自杀风险，告知家属预后。
6. 按规定填报农药中毒报告卡，24小时内网络直报。
"""
        ],
        pub=True,
    )
    text_doc(
        "peixun/yuangan_peixun_biji.txt",
        "training_material",
        """
院感培训笔记（2026年11月全院培训）
手卫生五个时刻：接触患者前、清洁无菌操作前、接触体液后、接触患者后、接触患者周围环境后。
医疗废物分类：感染性、损伤性、病理性、药物性、化学性，五类分开收集。
锐器伤处理：挤血、冲洗、消毒、报告、评估，48小时内完成登记。
含氯消毒剂配制：500mg/L用于一般物体表面，2000mg/L用于血液污染。
考核：全院书面测试，满分100分，80分合格。
""",
        pub=True,
    )


# ============================================================================================
# SECRET: medical
# ============================================================================================

MED = ("medical",)


def medical_screening() -> None:
    rows = [
        [
            "XS2026-00317",
            "«P:韦秀妹»",
            "«I:y1996/韦秀妹»",
            "«R:26110835»",
            "男",
            "2026-11-02",
            "2026-11-05",
            "«A:那弄县板烈镇弄立村弄团屯12号»",
            "«T:#韦秀妹»",
            "Hb Bart's 可疑",
            "正常",
        ],
        [
            "XS2026-00318",
            "«P:覃金姣»",
            "«I:y1999/覃金姣»",
            "«R:26110841»",
            "男",
            "2026-11-03",
            "2026-11-06",
            "«A:那弄县板烈镇坡豪村弄烈屯3号»",
            "«T:#覃金姣»",
            "正常",
            "活性降低",
        ],
        [
            "XS2026-00319",
            "«P:蒙小燕»",
            "«I:y2001/蒙小燕»",
            "«R:26110856»",
            "女",
            "2026-11-05",
            "2026-11-08",
            "«A:那弄县板烈镇板烈社区新街7号»",
            "«T»",
            "正常",
            "正常",
        ],
        [
            "XS2026-00320",
            "«P:陆美姣»",
            "«I:y1994/陆美姣»",
            "«R:26110860»",
            "女",
            "2026-11-06",
            "2026-11-09",
            "«A:那弄县板烈镇陇桑村巴英屯21号»",
            "«T:#陆美姣»",
            "HbH 可疑",
            "正常",
        ],
        [
            "XS2026-00321",
            "«P:黄丽妹»",
            "«I:y1998/黄丽妹»",
            "«R:26110872»",
            "男",
            "2026-11-09",
            "2026-11-12",
            "«A:那弄县板烈镇拉洞村拉洞屯45号»",
            "«T»",
            "正常",
            "正常",
        ],
        [
            "XS2026-00322",
            "«P:罗春桃»",
            "«I:y2000/罗春桃»",
            "«R:26110877»",
            "男",
            "2026-11-10",
            "2026-11-13",
            "«A:那弄县板烈镇板江村岩腊屯8号»",
            "«T»",
            "正常",
            "活性降低",
        ],
    ]
    for row in rows:
        row[0] = f"«d.sample_no:{row[0]}»"
    xlsx_doc(
        "gongwei/fuyou/2026_11_xinshenger_shaicha_dengji.xlsx",
        "newborn_screening_register",
        {
            "11月登记": [
                ["板烈镇卫生院新生儿疾病筛查（地贫/G6PD）采血登记"],
                ["填报人：妇幼保健室", "", "", "", "", "", "", "", "", "", "月份：2026年11月"],
                [
                    "血片卡号",
                    "母亲姓名",
                    "母亲身份证号",
                    "住院号",
                    "性别",
                    "出生日期",
                    "采血日期",
                    "家庭住址",
                    "联系电话",
                    "地贫初筛",
                    "G6PD",
                ],
            ]
            + rows,
            "召回": [
                ["可疑阳性召回跟踪"],
                ["母亲姓名", "住院号", "结果", "通知日期", "通知方式", "复查情况"],
                [
                    "«P:韦秀妹»",
                    "«R:26110835»",
                    "Hb Bart's 可疑",
                    "11-24",
                    "电话",
                    "已转县妇幼做基因检测",
                ],
                ["«P:覃金姣»", "«R:26110841»", "G6PD活性降低", "11-24", "上门", "已送达召回通知书"],
                [
                    "«P:陆美姣»",
                    "«R:26110860»",
                    "HbH 可疑",
                    "11-25",
                    "电话未接通，请村医«P:赵金秀»上门",
                    "待复查",
                ],
                [
                    "«P:罗春桃»",
                    "«R:26110877»",
                    "G6PD活性降低",
                    "11-26",
                    "电话",
                    "家长拒绝复查，已签字",
                ],
            ],
        },
        merges={"11月登记": ["A1:K1"], "召回": ["A1:F1"]},
        cats=MED,
    )

    docx_doc(
        "gongwei/fuyou/zhaohui_tongzhishu_qinjinjiao.docx",
        "g6pd_recall_letter",
        [
            "新生儿G6PD缺乏症筛查可疑阳性复查通知书",
            "«P:覃金姣»、«P:农建勇»：",
            "你们的孩子（母亲住院号：«R:26110841»，2026年11月3日出生）在新生儿疾病筛查中，G6PD酶活性测定值为1.8U/gHb，低于正常参考值，提示可能患有G6PD缺乏症（俗称蚕豆病）。",
            "请于接到通知后7日内，带孩子到县妇幼保健院新筛中心复查确诊。复查前，孩子和哺乳的妈妈都不要吃蚕豆，不要接触樟脑丸。",
            "如有疑问，请联系卫生院妇幼保健室«P:黄美妹»，电话«T:#黄美妹»。",
            "送达地址：«A:那弄县板烈镇坡豪村弄烈屯3号»",
            "家长签收：________  送达人：村医«P:赵金秀»  日期：2026年11月24日",
        ],
        footer="板烈镇卫生院妇幼保健室  " + SWITCH,
        cats=MED,
    )

    text_doc(
        "gongwei/fuyou/dipin_zhaohui_lumeijiao.txt",
        "thalassaemia_recall_letter",
        """
地贫筛查可疑阳性复查通知

«P:陆美姣»（身份证号«I:y1994/陆美姣»）：
您好！您在我院分娩的女婴（住院号«R:26110860»）新生儿地贫筛查结果为HbH可疑，
需要进一步做基因检测确诊。我们打了三次您的电话«T:#陆美姣»都没有接通，特请村医上门通知。
请您尽快带孩子和孩子爸爸«P:班绍强»一起到县妇幼保健院地贫门诊（电话"""
        + MCH
        + """）复查。
检查免费，结果只告诉你们本人。

板烈镇卫生院妇幼保健室  «P:黄美妹»
2026年11月25日
""",
        cats=MED,
        encoding="gb18030",
    )

    docx_doc(
        "gongwei/fuyou/hunqian_dipin_zixun_mengjiabao.docx",
        "couple_thalassaemia_counselling",
        [
            "婚前/孕前地中海贫血咨询记录",
            [
                ["项目", "男方", "女方"],
                ["姓名", "«P:蒙家宝»", "«P:韦玉姣»"],
                ["身份证号", "«I:y1997/蒙家宝»", "«I:y1999/韦玉姣»"],
                ["联系电话", "«T»", "«T:#韦玉姣»"],
                ["住址", "«A:那弄县板烈镇弄立村弄立屯6号»", "«A:那弄县板烈镇弄立村陇怀屯19号»"],
                ["MCV/MCH", "62.3fL / 19.8pg", "64.1fL / 20.5pg"],
                ["血红蛋白电泳", "HbA2 2.1%", "HbA2 2.3%"],
                ["基因诊断", "--SEA/αα（东南亚缺失型α地贫）", "--SEA/αα（东南亚缺失型α地贫）"],
            ],
            "咨询意见：夫妇双方均为东南亚缺失型α0地贫携带者，每次妊娠胎儿有25%可能为Hb Bart's水肿胎（重型α地贫）。",
            "已告知：怀孕后11～14周到市产前诊断中心做绒毛取样，或16～22周做羊水穿刺。双方表示理解，女方目前未孕。",
            "女方曾在广东东莞电子厂打工，计划明年春节后怀孕，已留女方电话«T:#韦玉姣»，孕后由妇幼专干跟踪。",
            "咨询医生：«P:黄美妹»  日期：2026年10月17日",
        ],
        header="板烈镇卫生院妇幼保健室",
        cats=MED,
    )

    pdf_doc(
        "gongwei/fuyou/kuaguo_hunyin_dipin_zixun.pdf",
        "couple_thalassaemia_counselling",
        [
            """跨国婚姻夫妇孕前地贫筛查及咨询记录
男方：«P:黄光荣»  身份证号：«I:y1990/黄光荣»  电话：«T»
住址：«A:那弄县板烈镇板江村板江屯33号»
女方：«P:Nguyen Thi Lan»（越南籍）  护照号码：«S:C4829163»
女方来华时间：2023年3月，经凭祥口岸入境，现已办理婚姻登记。
筛查结果：男方 MCV 78.2fL，HbA2 5.6%，提示β地贫携带；
女方 MCV 66.0fL，HbA2 5.9%，HbE 阳性，提示β地贫/HbE携带。
基因诊断（县妇幼）：男方 CD41-42(-TCTT)/βN；女方 CD26(HbE)/βN。
咨询意见：胎儿有25%可能为β地贫/HbE复合型，临床表现轻重不一。
建议孕后做产前诊断，已用越南语翻译卡和女方沟通，男方翻译。
咨询医生：«P:黄美妹»   复核：«P:覃丽姣»   2026年9月30日
"""
        ],
        cats=MED,
    )

    pdf_table_doc(
        "gongwei/fuyou/chanqian_zhenduan_zhuanzhen.pdf",
        "prenatal_diagnosis_referral",
        [
            "产前诊断转诊单（存根）",
            "转出单位：板烈镇卫生院  转入单位：河池市妇幼保健院产前诊断中心",
        ],
        [
            ["孕妇姓名", "«P:韦玉婷»", "年龄", "27岁"],
            ["身份证号", "«I:y1999/韦玉婷»", "门诊号", "«R:MZ2611070214»"],
            ["丈夫姓名", "«P:岑文斌»", "联系电话", "«T»"],
            ["住址", "«A:那弄县板烈镇拉洞村那纳屯2号»", "孕周", "13+2周"],
            ["转诊原因", "夫妇双方均为α0地贫携带者", "转诊医生", "«P:黄美妹»"],
        ],
        ["转诊日期：2026年11月7日  联系电话：" + SWITCH],
        cats=MED,
    )

    eml_doc(
        "gongwei/fuyou/youjian_dipin_fuqi_shangbao.eml",
        "screening_report_email",
        "«P:黄美妹» <«E:hmm_banlie@qq.com»>",
        "县妇幼保健院地贫办 <" + MCH_MAIL + ">",
        "板烈镇11月高风险夫妇名单（«P:黄美妹»报）",
        """地贫办老师：
附件是我镇11月筛查发现的夫妇双方同型携带者名单，共3对，已全部电话告知本人。
其中«P:韦玉婷»已孕13周，已转市产前诊断中心。
有问题请打我手机«T:#黄美妹»。

板烈镇卫生院妇幼保健室 «P:黄美妹»
""",
        attachment=(
            "11月高风险夫妇.xlsx",
            {
                "sheets": {
                    "名单": [
                        ["11月夫妇双方同型地贫携带者名单"],
                        ["女方", "女方身份证", "男方", "类型", "孕周", "处理"],
                        ["«P:韦玉婷»", "«I:y1999/韦玉婷»", "«P:岑文斌»", "α0/α0", "13+2", "已转诊"],
                        [
                            "«P:韦玉姣»",
                            "«I:y1999/韦玉姣»",
                            "«P:蒙家宝»",
                            "α0/α0",
                            "未孕",
                            "孕后跟踪",
                        ],
                        [
                            "«P:Nguyen Thi Lan»",
                            "«S:C4829163»",
                            "«P:黄光荣»",
                            "β/HbE",
                            "未孕",
                            "孕后跟踪",
                        ],
                    ]
                },
                "merges": {"名单": ["A1:F1"]},
            },
        ),
        cats=MED,
        sent=(2026, 11, 28, 16, 5),
    )


def medical_snake_and_poison() -> None:
    csv_doc(
        "jizhen/kangshedu_xueqing_shiyong_dengji.csv",
        "antivenom_use_log",
        [
            [
                "日期",
                "姓名",
                "性别",
                "年龄",
                "住址",
                "门诊/住院号",
                "蛇种",
                "血清",
                "用量",
                "批号",
                "皮试",
                "转归",
                "医生",
            ],
            [
                "2026-06-14",
                "«P:班德贵»",
                "男",
                "52",
                "«A:那弄县板烈镇坡豪村坡豪屯27号»",
                "«R:26060388»",
                "银环蛇",
                "抗银环蛇毒血清",
                "2支",
                "«d.batch_no:20251107»",
                "阴性",
                "痊愈",
                "«P:梁文辉»",
            ],
            [
                "2026-07-23",
                "«P:农秀英»",
                "女",
                "46",
                "«A:那弄县板烈镇弄立村弄团屯5号»",
                "«R:26070515»",
                "眼镜蛇",
                "抗眼镜蛇毒血清",
                "4支",
                "«d.batch_no:20260213»",
                "阴性",
                "好转",
                "«P:农国勇»",
            ],
            [
                "2026-08-02",
                "«P:赵老四»",
                "男",
                "61",
                "«A:那弄县板烈镇陇桑村岩洞屯1号»",
                "«R:26080047»",
                "竹叶青",
                "抗五步蛇毒血清",
                "1支",
                "«d.batch_no:20251219»",
                "阳性(脱敏)",
                "好转",
                "«P:梁文辉»",
            ],
            [
                "2026-09-11",
                "«P:莫振强»",
                "男",
                "38",
                "«A:那弄县板烈镇拉洞村拉洞屯16号»",
                "«R:26090231»",
                "银环蛇",
                "抗银环蛇毒血清",
                "3支",
                "«d.batch_no:20251107»",
                "阴性",
                "转县医院",
                "«P:农国勇»",
            ],
        ],
        cats=MED,
        encoding="gb18030",
    )

    text_doc(
        "jizhen/shezhang_bingli_zhaiyao.txt",
        "snake_bite_case_note",
        """
7月23日傍晚，«P:农秀英»在自家甘蔗地里砍草时被一条“饭铲头”咬伤左手食指，丈夫«P:韦德明»骑摩托车把她送到卫生院，路上用鞋带绑了手腕。
到院时伤后约50分钟，左手肿到腕部，伤口周围发黑，有少量渗血，神志清楚，无眼睑下垂。
值班医生«P:农国勇»判断为眼镜蛇咬伤，皮试阴性后给予抗眼镜蛇毒血清4支静滴，地塞米松、破伤风抗毒素，伤口切开减张。
次日肿胀到前臂中段，第三天开始消退，第五天伤口局部坏死约1cm×1.5cm，换药处理。
住院号«R:26070515»，8月4日出院，嘱门诊换药。患者家属联系电话«T»。
""",
        cats=MED,
    )

    docx_doc(
        "jizhen/baicaoku_zhongdu_bingli.docx",
        "pesticide_poisoning_case",
        [
            "急性百草枯中毒病例记录",
            "患者«P:蒙桂芳»，女，34岁，住院号«R:26050127»，家住«A:那弄县板烈镇板江村岩腊屯14号»。",
            "丈夫在广东佛山打工，半年未归，患者因家庭矛盾，于5月9日晚约9时在家中自服瓶装除草剂约20ml，瓶身标签为“克无踪”，系多年前所购。",
            "婆婆发现后催吐，邻居开车送来我院，到院时服毒后约1小时20分。查体：口腔黏膜糜烂，咽痛，神志清。",
            "处理：立即洗胃、口服白陶土、导泻，联系县人民医院行血液灌流，22时50分由我院救护车转诊，随车医生«P:梁文辉»。",
            "转归：患者于5月21日在县人民医院死亡。已填报农药中毒报告卡，并报镇综治办。",
            "家属联系人：婆婆«P:黄玉连»，电话«T»；丈夫«P:韦永强»，电话«T»。",
        ],
        header="住院部病历摘录（内部）",
        cats=MED,
    )

    text_doc(
        "gongwei/zhiye/xuexichong_fanxiang_jiancha.txt",
        "schistosomiasis_check_list",
        """
返乡人员血吸虫病血清学检查登记（2026年春节后）
姓名      | 性别 | 年龄 | 身份证号            | 外出地点           | 住址                         | IHA结果 | 电话
«P:陆永康»    | 男   | 45   | «I:y1981/陆永康» | 湖南岳阳华容县     | «A:那弄县板烈镇陇桑村陇桑屯9号» | 阴性    | «T»
«P:兰桂姣»    | 女   | 39   | «I:y1987/兰桂姣» | 湖北荆州洪湖市     | «A:那弄县板烈镇弄立村弄团屯30号» | 阴性    | «T»
«P:岑光辉»    | 男   | 51   | «I:y1975/岑光辉» | 江西九江都昌县     | «A:那弄县板烈镇坡豪村那纳屯11号» | 弱阳性  | «T»
备注：«P:岑光辉»已转县疾控做粪检，结果阴性，排除。
检查医生：«P:蒙志强»
""",
        cats=MED,
    )

    text_doc(
        "gongwei/zhiye/nueji_jingwai_fanguo.md",
        "malaria_returnee_report",
        """
# 境外返回人员疟疾筛查个案

- 姓名：«P:韦光明»
- 性别：男
- 出生年份：1983年
- 身份证号：«I:y1983/韦光明»
- 护照号：«S:EJ4820517»
- 境外地点：加纳阿散蒂省（金矿务工）
- 回国日期：2026年10月28日，经广州白云机场入境
- 现住址：«A:那弄县板烈镇坡豪村坡豪屯2号»
- 联系电话：«T»
- 症状：11月3日起畏寒、发热39.6℃，伴大汗
- 血片：恶性疟原虫阳性（县疾控复核）
- 处置：青蒿琥酯静脉注射后转县人民医院，报告县疾控«P:罗丽华»
- 报告人：«P:农国勇»
""",
        cats=MED,
    )


def medical_community() -> None:
    text_doc(
        "gongwei/jiayi/liushou_laoren_tanfang_2026q4.md",
        "left_behind_elderly_visit",
        """
# 留守老人入户探访记录（2026年第四季度，第一团队）

## 1
- 老人姓名：«P:韦秀英»
- 年龄：86岁
- 身份证号：«I:y1940/韦秀英»
- 住址：«A:那弄县板烈镇弄立村弄团屯4号»
- 居住情况：独居，儿子«P:黄志勇»、儿媳在东莞长安镇五金厂
- 子女电话：«T»；东莞住处座机«L:0769-85236147»
- 血压：168/94mmHg（未按时服氨氯地平，药盒里还剩20多片）
- 处理：重新讲解服药，药盒分格；请邻居«P:黄明达»每天提醒
- 探访人：«P:盘有福»、«P:农国勇»  日期：10月16日

## 2
- 老人姓名：«P:蒙老贵»
- 年龄：79岁
- 身份证号：«I:y1947/蒙老贵»
- 住址：«A:那弄县板烈镇弄立村弄立屯22号»
- 居住情况：与老伴、两个孙子同住，孙子在镇中心小学读书
- 子女电话：«T»
- 血糖：空腹11.2mmol/L，自述“吃了糖厂发的红糖”
- 处理：调整二甲双胍剂量，预约圩日到卫生院复查
- 探访人：«P:盘有福»  日期：10月16日

## 3
- 老人姓名：«P:黄妹仔»
- 年龄：91岁
- 住址：«A:那弄县板烈镇弄立村九弄屯1号»（弄场最里面，摩托车进不去，步行40分钟）
- 居住情况：独居，女儿«P:黄爱姣»嫁到巴马，每月回来一次，电话«T»
- 情况：右髋部疼痛一周，可能跌倒过，老人否认
- 处理：联系镇民政办，安排车辆接到卫生院拍片
- 探访人：«P:农国勇»  日期：11月2日
""",
        cats=MED,
    )

    text_doc(
        "gongwei/jiayi/weixinqun_daochu_longli.txt",
        "family_doctor_chat_export",
        """
弄立村家庭医生签约服务群 聊天记录导出
导出时间：2026-11-19 21:40

2026-11-18 08:12 «P:盘有福»：各位乡亲，明天圩日，卫生院在圩亭免费量血压测血糖，老人家有空就去。
2026-11-18 08:30 «P:韦金妹»：«d.surname_title:盘医生»，我阿妈的降压药吃完了，明天能开吗
2026-11-18 08:31 «P:盘有福»：可以的，带上慢病卡，«P:韦金妹»你阿妈是«P:韦秀英»吧，上次血压168，要去复查
2026-11-18 09:05 «P:黄志勇»：我是«P:韦秀英»儿子，在东莞，谢谢«d.surname_title:盘医生»，钱我转给«d.nickname:阿妹»了，她帮去拿药
2026-11-18 09:06 «P:韦金妹»：好的哥
2026-11-18 12:44 «P:蒙建强»：医生我爸«P:蒙老贵»昨晚又头晕，血糖仪显示13点几
2026-11-18 12:50 «P:农国勇»：@«P:蒙建强» 明天带他来，空腹来，不要吃早餐。有事打我电话«T:#农国勇»
2026-11-18 12:51 «P:蒙建强»：收到，谢谢«d.surname_title:农医生»
2026-11-18 20:15 «P:盘有福»：@«d.nickname:阿强» 你家老人家的药我放村卫生室了，明天来拿
2026-11-18 20:16 «P:蒙建强»：[表情]
""",
        cats=MED,
    )

    csv_doc(
        "gongwei/yizhen/2026_11_weiri_yizhen_dengji.csv",
        "market_day_clinic_register",
        [
            [
                "日期",
                "地点",
                "姓名",
                "性别",
                "年龄",
                "村屯",
                "电话",
                "主诉",
                "血压",
                "血糖",
                "处理",
                "医生",
            ],
            [
                "2026-11-19",
                "板烈圩亭",
                "«P:韦秀英»",
                "女",
                "86",
                "«A:弄立村弄团屯»",
                "",
                "头晕",
                "172/96",
                "",
                "氨氯地平5mg qd",
                "«P:农国勇»",
            ],
            [
                "2026-11-19",
                "板烈圩亭",
                "«P:蒙老贵»",
                "男",
                "79",
                "«A:弄立村弄立屯»",
                "«T»",
                "口干多饮",
                "138/82",
                "10.8",
                "二甲双胍加量，查糖化",
                "«P:农国勇»",
            ],
            [
                "2026-11-19",
                "板烈圩亭",
                "«P:陆金莲»",
                "女",
                "63",
                "«A:坡豪村那纳屯»",
                "«T»",
                "腰痛",
                "150/88",
                "",
                "布洛芬，建议拍片",
                "«P:梁文辉»",
            ],
            [
                "2026-11-19",
                "板烈圩亭",
                "«P:覃德才»",
                "男",
                "58",
                "«A:陇桑村巴英屯»",
                "«T»",
                "咳嗽三个月，曾在广东打石材",
                "126/80",
                "",
                "转拍胸片，疑尘肺",
                "«P:梁文辉»",
            ],
            [
                "2026-11-22",
                "弄立村委",
                "«P:罗秀姣»",
                "女",
                "71",
                "«A:弄立村陇怀屯»",
                "«T»",
                "视物模糊",
                "146/90",
                "7.9",
                "转县医院眼科",
                "«P:莫秀兰»",
            ],
        ],
        cats=MED,
        encoding="utf-8-sig",
    )

    xlsx_doc(
        "gongwei/zhiye/fanxiang_wugong_zhiyebing_suifang.xlsx",
        "occupational_followup",
        {
            "尘肺": [
                ["返乡务工人员职业健康随访台账"],
                ["（尘肺病及疑似）"],
                ["建档单位：板烈镇卫生院公卫科", "", "", "", "", "", "更新：2026-11-30"],
                [
                    "姓名",
                    "身份证号",
                    "原工作单位及岗位",
                    "接尘工龄",
                    "诊断",
                    "住址",
                    "电话",
                    "随访情况",
                ],
                [
                    "«P:覃德才»",
                    "«I:y1968/覃德才»",
                    "东莞某石材厂 切割工",
                    "11年",
                    "疑似尘肺，待职业病诊断",
                    "«A:那弄县板烈镇陇桑村巴英屯7号»",
                    "«T»",
                    "11-19圩日首诊，已约县疾控拍高千伏片",
                ],
                [
                    "«P:莫金福»",
                    "«I:y1972/莫金福»",
                    "深圳某隧道工程 风钻工",
                    "8年",
                    "矽肺贰期",
                    "«A:那弄县板烈镇坡豪村弄烈屯18号»",
                    "«T»",
                    "每月随访，已申请尘肺救助，家庭氧疗",
                ],
                [
                    "«P:韦光荣»",
                    "«I:y1975/韦光荣»",
                    "云浮某陶瓷厂 喷釉工",
                    "6年",
                    "矽肺壹期",
                    "«A:那弄县板烈镇板烈社区圩亭街58号»",
                    "«T»",
                    "合并肺结核，已转县结核病定点医院",
                ],
            ],
            "噪声": [
                ["姓名", "原工作单位及岗位", "接噪工龄", "纯音测听（高频平均）", "诊断", "电话"],
                [
                    "«P:蒙家强»",
                    "东莞某五金厂 冲压工",
                    "7年",
                    "右耳48dB 左耳52dB",
                    "疑似职业性噪声聋",
                    "«T»",
                ],
                [
                    "«P:班小勇»",
                    "中山某注塑厂 操作工",
                    "4年",
                    "右耳30dB 左耳33dB",
                    "观察对象",
                    "«T»",
                ],
            ],
        },
        merges={"尘肺": ["A1:H1", "A2:H2"]},
        cats=MED,
    )

    xlsx_doc(
        "bangongshi/tousu/2026_tousu_rexian_jilu.xlsx",
        "complaint_hotline_log",
        {
            "12345转办": [
                ["2026年12345热线及院长信箱投诉转办记录"],
                [""],
                ["受理日期", "来源", "投诉人", "电话", "投诉内容", "涉及人员", "处理结果"],
                [
                    "2026-08-06",
                    "12345转办",
                    "«P:韦德明»",
                    "«T»",
                    "妻子«P:农秀英»蛇伤住院，称换药时护士态度差、换药不及时",
                    "护士«P:莫丽萍»",
                    "约谈当事护士，扣当月绩效200元，已回访投诉人表示满意",
                ],
                [
                    "2026-09-15",
                    "院长信箱",
                    "«P:陆金莲»",
                    "«T»",
                    "圩日义诊开的布洛芬吃后胃痛，认为医生未问病史",
                    "«P:梁文辉»",
                    "核实患者有胃溃疡史未主动告知，已解释并免费复诊",
                ],
                [
                    "2026-10-30",
                    "12345转办",
                    "匿名",
                    "",
                    "新生儿筛查结果一个月未通知",
                    "妇幼保健室",
                    "系县新筛中心反馈延迟，已向县妇幼反映",
                ],
            ],
        },
        merges={"12345转办": ["A1:G1"]},
        cats=MED + ("personnel",),
    )

    docx_doc(
        "bangongshi/jiufen/huanzhe_jiashu_jiufen_huiyi_jiyao.docx",
        "dispute_meeting_minutes",
        [
            "关于患者«P:蒙桂芳»死亡事件与家属沟通会会议纪要",
            "时间：2026年5月28日上午9时  地点：卫生院三楼会议室",
            "参加人员：院长«P:韦建勇»、副院长«P:覃丽姣»、医务室«P:农国勇»、当班医生«P:梁文辉»；患者丈夫«P:韦永强»、婆婆«P:黄玉连»、叔叔«P:韦德忠»；镇司法所«P:覃海鹏»。",
            "家属意见：认为卫生院转诊不及时，在院期间耽误约1小时，要求赔偿20万元。",
            "卫生院意见：患者入院后立即洗胃、口服吸附剂，22时50分转诊，病历记录完整；百草枯中毒无特效解毒药，死亡与服毒量大有关。",
            "经医务室核查，当班医生«P:梁文辉»在转诊前未及时电话联系县人民医院，存在沟通延误，院务会决定对其通报批评并扣发季度绩效。",
            "双方同意申请县医疗纠纷人民调解委员会调解，卫生院出于人道给予家属困难慰问金5000元，不作为责任认定依据。",
            "记录人：«P:兰春花»",
        ],
        cats=MED + ("personnel",),
    )

    eml_doc(
        "gongwei/zhiye/youjian_gongchang_yishi_zhuanjie.eml",
        "returnee_referral_email",
        "«P:梁志坚» <«E:liangzj_doc@163.com»>",
        "«P:梁文辉» <«E:lwh_banlie@qq.com»>",
        "转介：返乡工人«P:覃德才»的既往检查资料",
        """«d.surname_title:梁医生»你好：
我是东莞长安镇社区卫生服务中心的«P:梁志坚»。你们镇的«P:覃德才»（身份证号«I:y1968/覃德才»）
在我们这里做过两次职业健康检查，2024年胸片提示两肺散在小阴影，当时建议他到职业病医院诊断，
后来他辞工回老家了。他电话«T»，家里座机«L:0778-5347216»。
现把两次检查结果发给你，请帮忙跟进。

«P:梁志坚»
东莞市长安镇社区卫生服务中心 «d.public_phone:0769-85331120»
""",
        cats=MED,
        sent=(2026, 11, 21, 10, 12),
    )

    pdf_table_doc(
        "gongwei/jiayi/gaoxueya_liushou_suifang_mingdan.pdf",
        "chronic_followup_list",
        ["第四季度留守老人高血压随访名单（第二团队）", "坡豪村、拉洞村  随访医生：«P:梁文辉»"],
        [
            ["姓名", "年龄", "村屯", "健康档案编号", "本次血压", "用药", "子女电话"],
            [
                "«P:岑老六»",
                "82",
                "«A:坡豪村那纳屯»",
                "«R:45122410200300417»",
                "158/92",
                "硝苯地平缓释片",
                "«T»",
            ],
            [
                "«P:陆金莲»",
                "63",
                "«A:坡豪村那纳屯»",
                "«R:45122410200300522»",
                "150/88",
                "厄贝沙坦",
                "«T»",
            ],
            [
                "«P:班玉妹»",
                "77",
                "«A:拉洞村拉洞屯»",
                "«R:45122410200501136»",
                "134/80",
                "氨氯地平",
                "«T»",
            ],
            [
                "«P:赵妹二»",
                "88",
                "«A:拉洞村岩洞屯»",
                "«R:45122410200501208»",
                "176/100",
                "未服药",
                "«T»",
            ],
        ],
        ["备注：«P:赵妹二»为瑶族独居老人，拒绝服药，已请村医«P:赵金秀»用瑶话做工作。"],
        cats=MED,
    )


# ============================================================================================
# SECRET: personnel, financial
# ============================================================================================

PER = ("personnel",)
FIN = ("financial",)
PF = ("personnel", "financial")


def personnel() -> None:
    xlsx_doc(
        "renshi/butie/2026q3_xiaxiang_butie.xlsx",
        "rural_posting_allowance",
        {
            "发放明细": [
                ["2026年第三季度下乡（驻村）工作补贴发放表"],
                ["单位：板烈镇卫生院", "", "", "", "", "标准：每天60元"],
                ["姓名", "科室", "驻点", "下乡天数", "金额（元）", "工资卡号"],
                ["«P:农国勇»", "全科", "弄立村", 38, 2280, "«B:#农国勇»"],
                ["«P:梁文辉»", "全科", "坡豪村", 35, 2100, "«B:#梁文辉»"],
                ["«P:莫秀兰»", "护理", "陇桑村", 22, 1320, "«B:#莫秀兰»"],
                ["«P:蒙志强»", "公卫", "板江村", 41, 2460, "«B:#蒙志强»"],
                ["«P:黄美妹»", "妇幼", "全镇", 30, 1800, "«B:#黄美妹»"],
                ["«P:班德强»", "司机", "全镇", 46, 2760, "«B:#班德强»"],
            ],
            "审批": [
                ["制表", "«P:岑小燕»", "2026-10-08"],
                ["科室负责人", "«P:蒙志强»", ""],
                ["院长", "«P:韦建勇»", "同意发放"],
            ],
        },
        merges={"发放明细": ["A1:F1"]},
        cats=PF,
    )

    xlsx_doc(
        "caiwu/jixiao/2026_10_jixiao_gongzi_fenpei.xlsx",
        "performance_pay_distribution",
        {
            "10月": [
                ["板烈镇卫生院2026年10月绩效工资分配表"],
                ["院务会审定稿，未经公示", "", "", "", "", "", "单位：元"],
                ["工号", "姓名", "岗位", "基础性绩效", "奖励性绩效", "扣发", "实发", "扣发原因"],
                ["«d.staff_no:BL001»", "«P:韦建勇»", "院长", 3200, 2600, 0, 5800, ""],
                ["«d.staff_no:BL002»", "«P:覃丽姣»", "副院长", 3000, 2300, 0, 5300, ""],
                ["«d.staff_no:BL011»", "«P:农国勇»", "全科主治", 2600, 2450, 0, 5050, ""],
                [
                    "«d.staff_no:BL012»",
                    "«P:梁文辉»",
                    "全科医师",
                    2400,
                    1900,
                    300,
                    4000,
                    "季度通报批评",
                ],
                ["«d.staff_no:BL021»", "«P:莫秀兰»", "护士长", 2400, 1850, 0, 4250, ""],
                ["«d.staff_no:BL024»", "«P:莫丽萍»", "护士", 1900, 1300, 200, 3000, "有效投诉1次"],
                ["«d.staff_no:BL031»", "«P:陆春姣»", "检验", 2100, 1500, 0, 3600, ""],
                ["«d.staff_no:BL041»", "«P:班德强»", "司机", 1600, 900, 500, 2000, "公车私用"],
            ],
            "说明": [
                ["奖励性绩效按工作量、质量、满意度综合计分，每分12.6元。"],
                ["扣发部分转入院长奖励基金。"],
            ],
        },
        merges={"10月": ["A1:H1"]},
        cats=PF,
    )

    pdf_table_doc(
        "renshi/cunyi/laonian_cunyi_yanglao_butie_mingdan.pdf",
        "village_doctor_pension_list",
        ["2026年第四季度老年乡村医生养老生活补助发放名单", "板烈镇（报县卫健局审核，未公示）"],
        [
            ["姓名", "身份证号", "原村卫生室", "工作年限", "月补助", "社保卡金融账号"],
            ["«P:盘老满»", "«I:y1946/盘老满»", "弄立村", "31", "620", "«B:623059»"],
            ["«P:黄金秀»", "«I:y1952/黄金秀»", "坡豪村", "24", "480", "«B:623059»"],
            ["«P:韦德昌»", "«I:y1949/韦德昌»", "陇桑村", "28", "560", "«B:622848»"],
            ["«P:罗世英»", "«I:y1955/罗世英»", "拉洞村", "19", "380", "«B:623059»"],
        ],
        [
            "说明：«P:韦德昌»另有一张旧存折«d.bad_card»，已停用，不予发放。",
            "«P:罗世英»申报表上的身份证号«d.bad_id»校验位有误，已按户口簿更正。",
            "经办：«P:兰春花»  复核：«P:岑小燕»",
        ],
        cats=PF,
    )

    docx_doc(
        "renshi/kaohe/2026_niandu_kaohe_dengci_chugao.docx",
        "annual_evaluation_draft",
        [
            "2026年度工作人员年度考核等次（院务会讨论初稿）",
            [
                ["姓名", "科室", "拟定等次", "主要依据"],
                ["«P:农国勇»", "全科", "优秀", "家庭医生签约完成率第一，蛇伤救治无差错"],
                ["«P:黄美妹»", "妇幼", "优秀", "地贫筛查全县第二"],
                ["«P:梁文辉»", "全科", "基本合格", "5月患者死亡事件中沟通延误，受通报批评"],
                ["«P:莫丽萍»", "护理", "合格", "有效投诉1次"],
                ["«P:班德强»", "后勤", "不定等次", "受党内警告处分，影响期内"],
            ],
            "优秀比例按不超过在编人数20%掌握，本稿不得外传，待县卫健局核定后公示。",
        ],
        header="院务会材料",
        cats=PER,
    )

    docx_doc(
        "renshi/renmian/nirenmian_fangan.docx",
        "appointment_draft",
        [
            "秘密★1年",
            "关于拟调整中层干部的方案（讨论稿）",
            "经院党支部研究，拟作如下调整，报县卫健局审批：",
            "一、拟任«P:黄美妹»为妇幼保健室主任（原副主任），试用期一年；",
            "二、拟任«P:农国勇»为医务室主任，免去其全科门诊组长职务；",
            "三、«P:莫秀兰»因身体原因申请辞去护士长职务，拟同意，由«P:莫丽萍»暂代；",
            "四、拟将«P:梁文辉»调整到陇桑村卫生室驻点一年。",
            "以上人选已征求本人意见，«P:梁文辉»表示有意见，已谈话。",
        ],
        cats=PER,
        mark=("秘密★1年", 1, False),
    )

    text_doc(
        "renshi/chufen/siji_weiji_chuli.txt",
        "disciplinary_decision",
        """
关于«P:班德强»同志公车私用问题的处理决定

«P:班德强»，男，1979年生，身份证号«I:y1979/班德强»，合同制驾驶员。
经查，2026年9月14日（周日）«P:班德强»未经审批，驾驶卫生院救护车（«d.vehicle:桂M·3C571»）回«A:那弄县板烈镇陇桑村岩洞屯»家中办酒，
行驶里程共86公里，期间卫生院有一名蛇伤病人需转诊，只能调用县急救中心车辆，延误约40分钟。
经院务会研究，决定：
一、给予«P:班德强»警告处分，扣发当月奖励性绩效500元；
二、由其承担油费及车辆损耗费用326元；
三、取消本年度评优评先资格。
如不服本决定，可在收到之日起15日内向院务会申请复核。

板烈镇卫生院
2026年9月25日
""",
        cats=PER,
    )

    eml_doc(
        "renshi/diaodong/youjian_diaodong_shenqing.eml",
        "transfer_request_email",
        "«P:陆春姣» <«E:luchunjiao1991@163.com»>",
        "«P:韦建勇» <«E:weijy_bl@126.com»>",
        "调动申请——检验科«P:陆春姣»",
        """«d.surname_title:韦院长»：
我在卫生院检验科工作已经9年，因丈夫在县人民医院工作，孩子明年在县城上小学，
申请调到县人民医院检验科，对方科室主任已同意接收，需要卫生院出具同意调出的意见。
我走后检验科只剩«P:罗海姣»一人，我可以把她带到能独立上岗后再走。
我的电话«T»。麻烦院长考虑。

«P:陆春姣»
""",
        attachment=(
            "调动申请表.docx",
            {
                "blocks": [
                    "工作人员调动申请表",
                    [
                        ["姓名", "«P:陆春姣»", "性别", "女"],
                        ["身份证号", "«I:y1991/陆春姣»", "现岗位", "检验科主管技师"],
                        ["拟调入单位", "那弄县人民医院", "调动原因", "夫妻分居"],
                        ["家庭住址", "«A:那弄县城厢镇江滨路66号3栋502室»", "", ""],
                    ],
                ]
            },
        ),
        cats=PER,
        sent=(2026, 11, 3, 21, 47),
    )

    text_doc(
        "renshi/peixun/daijiao_kaohe_xinhushi.md",
        "tutoring_evaluation",
        """
# 新入职护士带教考核记录（2026年下半年）

| 护士 | 带教老师 | 理论 | 操作 | 带教老师评语 | 结论 |
|---|---|---|---|---|---|
| «P:覃丽萍» | «P:莫秀兰» | 86 | 90 | 静脉穿刺熟练，夜班独立处理能力强 | 可独立上岗 |
| «P:兰海燕» | «P:莫秀兰» | 72 | 68 | 抗蛇毒血清皮试判读错误一次，需加强 | 延长带教三个月 |
| «P:韦金凤» | «P:莫丽萍» | 80 | 84 | 沟通好，能用壮话跟老人交流 | 可独立上岗 |

考核小组：«P:覃丽姣»、«P:莫秀兰»  2026年11月28日
""",
        cats=PER,
    )

    csv_doc(
        "renshi/zhaopin/2026_jianyan_mianshi_chengji.csv",
        "interview_scores_unpublished",
        [
            ["准考证号", "姓名", "身份证号", "手机", "笔试", "面试", "总成绩", "排名", "备注"],
            [
                "«d.exam_no:NN2026JY001»",
                "«P:罗海姣»",
                "«I:y2001/罗海姣»",
                "«T»",
                "78.5",
                "85.2",
                "81.85",
                "1",
                "拟录用",
            ],
            [
                "«d.exam_no:NN2026JY004»",
                "«P:蒙家强»",
                "«I:y1999/蒙家强»",
                "«T»",
                "74.0",
                "82.6",
                "78.30",
                "2",
                "拟录用",
            ],
            [
                "«d.exam_no:NN2026JY002»",
                "«P:韦小燕»",
                "«I:y2002/韦小燕»",
                "«T»",
                "76.0",
                "71.4",
                "73.70",
                "3",
                "",
            ],
            [
                "«d.exam_no:NN2026JY007»",
                "«P:黄志明»",
                "«I:y1998/黄志明»",
                "«T»",
                "69.5",
                "缺考",
                "",
                "",
                "面试缺考",
            ],
            [
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "«P:韦小燕»报名表所填身份证号«d.bad_id»有误，已核对原件",
            ],
        ],
        cats=PER,
    )

    text_doc(
        "peixun/qiandao/2026_07_shezhang_peixun_qiandao.txt",
        "training_sign_in",
        """
蛇伤救治培训签到表
时间：2026年7月8日下午  地点：卫生院三楼会议室  主讲：县人民医院急诊科
序号	姓名	单位
1	«P:盘有福»	弄立村卫生室
2	«P:赵金秀»	坡豪村卫生室
3	«P:黄光明»	陇桑村卫生室
4	«P:韦金凤»	住院部
5	«P:兰海燕»	住院部
6	«P:覃丽萍»	急诊
应到27人，实到25人（另19人签到页见背面）。
""",
    )


def financial() -> None:
    xlsx_doc(
        "caiwu/yibao/2026_10_yibao_jiesuan_duizhang.xlsx",
        "insurance_fund_reconciliation",
        {
            "汇总": [
                ["2026年10月城乡居民医保住院结算与县医保中心对账表"],
                ["", "", "", "", "单位：元"],
                ["项目", "人次", "医疗总费用", "统筹支付", "医院申报", "医保中心核定", "差额"],
                ["住院", 96, 221540.30, 178236.12, 178236.12, 171018.40, -7217.72],
                ["门诊慢特病", 412, 58311.00, 34986.60, 34986.60, 34986.60, 0],
            ],
            "拒付明细": [
                ["住院号", "姓名", "入院诊断", "拒付金额", "拒付原因"],
                ["«R:26100212»", "«P:黄妹仔»", "右股骨颈骨折（保守治疗）", 2860.00, "超适应症用药"],
                ["«R:26100335»", "«P:岑老六»", "高血压3级", 1920.50, "低标准入院"],
                ["«R:26100418»", "«P:莫金福»", "矽肺合并感染", 2437.22, "重复收费"],
            ],
        },
        merges={"汇总": ["A1:G1"]},
        cats=FIN + MED,
    )

    eml_doc(
        "caiwu/yibao/youjian_yibao_duizhang_chayi.eml",
        "insurance_reconciliation_email",
        "«P:岑小燕» <«E:cenxiaoyan86@163.com»>",
        "县医保中心结算股 <«d.public_email:nnxybzx_js@126.com»>",
        "板烈镇卫生院10月对账差额说明",
        """结算股各位老师：
10月我院住院统筹申报178236.12元，核定171018.40元，差额7217.72元。
其中重复收费2437.22元我院认可，将在11月申报时冲减；
超适应症用药、低标准入院两项共4780.50元我院有不同意见，已准备病历申请复核。
另：9月份预拨资金30万元至今未到账，请帮忙查询。收款户名«d.account_name:那弄县板烈镇卫生院»，
账号«d.corporate_account:450207201010000183462»。

财务室 «P:岑小燕»  «T»
""",
        cats=FIN,
        sent=(2026, 11, 14, 15, 30),
    )

    docx_doc(
        "caiwu/yusuan/2027_yusuan_caoan.docx",
        "budget_draft",
        [
            "板烈镇卫生院2027年度部门预算（草案）",
            "一、收入预算：医疗收入1,320万元，财政补助收入610万元（其中基本公共卫生项目经费286万元、地贫防控项目经费18万元），其他收入22万元。",
            "二、支出预算：人员支出1,105万元，药品及卫生材料支出560万元，公用经费190万元，负压救护车购置42.8万元。",
            [
                ["科目", "2026年预计", "2027年预算", "增减"],
                ["医疗收入", "1,246", "1,320", "5.9%"],
                ["财政补助", "598", "610", "2.0%"],
                ["人员支出", "1,062", "1,105", "4.0%"],
                ["药品支出", "541", "560", "3.5%"],
            ],
            "本草案经院务会讨论后报县卫健局、县财政局，正式批复前不得对外提供。",
        ],
        footer="财务室  2026年11月",
        cats=FIN,
    )

    csv_doc(
        "caiwu/chengben/dipin_shaicha_chengben_hesuan.csv",
        "screening_cost_analysis",
        [
            ["项目", "单位成本（元）", "收费/补助标准（元）", "2026年1-10月例数", "亏损（元）"],
            ["血常规初筛", "14.6", "12.0", "836", "-2173.6"],
            ["血红蛋白电泳", "39.2", "35.0", "602", "-2528.4"],
            ["G6PD定量", "21.8", "20.0", "356", "-640.8"],
            ["足跟血采集及送检", "16.5", "10.0", "356", "-2314.0"],
            ["合计", "", "", "", "-7656.8"],
            ["说明：成本含试剂、人工、冷链运输，人工按检验科2人折算，供内部核算使用。"],
        ],
        cats=FIN,
        encoding="gb18030",
    )

    text_doc(
        "caiwu/shoufei/shoufei_tiaozheng_qingshi.txt",
        "fee_adjustment_request",
        """
关于调整部分自主定价服务项目收费标准的请示（未报出）

县卫健局：
我院中医馆艾灸、壮医药线点灸、壮医刮痧等自主定价项目自2019年执行至今，成本上涨较大，拟调整如下：
  壮医药线点灸  由每次15元调整为25元
  艾灸（单穴）  由每穴8元调整为12元
  壮医刮痧      由每次30元调整为40元
预计年增收约6.8万元。妥否，请批示。
板烈镇卫生院  2026年11月
（内部讨论稿，院务会通过前勿外传）
""",
        cats=FIN,
    )

    text_doc(
        "caiwu/chuna/2026_11_yinhang_rijizhang.txt",
        "cashier_bank_journal",
        """
银行存款日记账（2026年11月）  开户行：广西那弄农村商业银行板烈支行  账号：«d.corporate_account:450207201010000183462»
日期    摘要                              借方        贷方        余额
11-01   上月结转                                                   1,286,430.55
11-05   县医保中心拨付9月统筹款      271,560.00                1,557,990.55
11-08   支付广西桂西医药有限公司药款              186,400.00  1,371,590.55
11-12   支付10月绩效工资                          198,320.00  1,173,270.55
11-15   收合作社捐赠（户名：«d.account_name:那弄县板烈镇桑蚕专业合作社»）  5,000.00  1,178,270.55
11-20   支付«P:韦德明»妻子蛇伤住院退费             1,268.40    1,177,002.15
出纳：«P:岑小燕»   会计：«P:谭金凤»
""",
        cats=FIN,
    )


# ============================================================================================
# SECRET: operations, other, marked
# ============================================================================================

OPS = ("operations",)
OTHER = ("other",)


def operations() -> None:
    docx_doc(
        "yaofang/lenglian/2026_08_lenglian_guzhang_baogao.docx",
        "cold_chain_failure_report",
        [
            "疫苗及冷藏药品冷链故障情况报告",
            "报告科室：预防接种门诊  报告人：«P:韦金凤»  报告时间：2026年8月17日",
            "8月16日（周日）晚镇区雷雨停电约9小时，接种门诊2号医用冷藏箱（«d.asset_no:BL-YL-0207»）未接入备用电源，温度记录仪显示最高14.8℃，超出2～8℃范围约6小时。",
            [
                ["品种", "生产企业", "批号", "数量", "处置"],
                ["乙肝疫苗（10μg）", "华兰生物", "«d.batch_no:202605B019»", "60支", "封存待评估"],
                ["脊灰灭活疫苗", "北京生物", "«d.batch_no:S202604117»", "35支", "封存待评估"],
                ["抗银环蛇毒血清", "上海赛伦", "«d.batch_no:20251107»", "6支", "移至药房冷库"],
                ["胰岛素注射液", "通化东宝", "«d.batch_no:C26030412»", "24支", "报废"],
            ],
            "原因：值班人员未按规定每日两次查看温度；备用发电机自动切换装置故障已两个月未修。",
            "整改：即日起冷链设备接入UPS，值班表增加周末巡查；损失金额约3.1万元，责任认定另行研究。",
            "已电话报告县疾控免疫规划科«P:覃秋菊»，待县疾控评估疫苗能否继续使用。",
        ],
        header="板烈镇卫生院",
        cats=OPS,
    )

    csv_doc(
        "houqin/cheliang/2026_11_chuche_jilu.csv",
        "vehicle_driver_log",
        [
            [
                "日期",
                "车辆",
                "驾驶员",
                "驾驶员电话",
                "用车科室",
                "路线",
                "出车里程",
                "回场里程",
                "事由",
            ],
            [
                "11-03",
                "«d.vehicle:桂M·3C571»",
                "«P:班德强»",
                "«T:#班德强»",
                "公卫科",
                "«d.route:卫生院-弄立村-九弄屯»",
                "58216",
                "58281",
                "留守老人季度随访",
            ],
            [
                "11-05",
                "«d.vehicle:桂M·3C571»",
                "«P:班德强»",
                "«T:#班德强»",
                "急诊",
                "«d.route:卫生院-县人民医院»",
                "58281",
                "58377",
                "转诊",
            ],
            [
                "11-09",
                "«d.vehicle:桂M·7F209»",
                "«P:韦海军»",
                "«T»",
                "妇幼",
                "«d.route:卫生院-坡豪村-弄烈屯»",
                "120433",
                "120470",
                "新筛召回送达",
            ],
            [
                "11-19",
                "«d.vehicle:桂M·7F209»",
                "«P:韦海军»",
                "",
                "全科",
                "«d.route:卫生院-板烈圩亭»",
                "120470",
                "120474",
                "圩日义诊拉物资",
            ],
            [
                "11-24",
                "«d.vehicle:桂M·3C571»",
                "«P:班德强»",
                "«T:#班德强»",
                "办公室",
                "«d.route:卫生院-县卫健局»",
                "58512",
                "58608",
                "报送材料",
            ],
        ],
        cats=OPS,
        encoding="utf-8-sig",
    )

    xlsx_doc(
        "caigou/jihua/2027_jijiu_yaopin_caigou_jihua.xlsx",
        "antivenom_procurement_plan",
        {
            "计划": [
                ["2027年急救药品及抗蛇毒血清采购计划（内部）"],
                ["编制：药房«P:罗金凤»", "", "", "", "", "审核：«P:覃丽姣»"],
                [""],
                ["品名", "规格", "计划数量", "意向供应商", "上次采购价", "谈判目标价", "备注"],
                [
                    "抗银环蛇毒血清",
                    "10000U",
                    30,
                    "广西桂西医药有限公司",
                    1120.00,
                    1080.00,
                    "近三年用量上升",
                ],
                ["抗眼镜蛇毒血清", "2500U", 40, "广西桂西医药有限公司", 780.00, 760.00, ""],
                [
                    "抗五步蛇毒血清",
                    "2000U",
                    10,
                    "百色康源药业有限公司",
                    690.00,
                    690.00,
                    "竹叶青咬伤备用",
                ],
                [
                    "盐酸戊乙奎醚注射液",
                    "1mg",
                    100,
                    "百色康源药业有限公司",
                    42.50,
                    40.00,
                    "有机磷中毒",
                ],
            ],
            "供应商联系人": [
                ["供应商", "联系人", "手机", "邮箱"],
                ["广西桂西医药有限公司", "«P:黄国栋»", "«T»", "«E:huanggd@gxgxyy.com»"],
                ["百色康源药业有限公司", "«P:陆秋菊»", "«T»", "«E:3382016745@qq.com»"],
            ],
        },
        merges={"计划": ["A1:G1"]},
        cats=OPS,
    )

    docx_doc(
        "bangongshi/yuan/shezhang_qunfa_yingji_yuan.docx",
        "antivenom_shortage_plan",
        [
            "板烈镇卫生院毒蛇咬伤群发事件及抗蛇毒血清短缺应急预案（内部）",
            "一、启动条件：24小时内收治毒蛇咬伤2例以上，或某一种抗蛇毒血清库存低于4支。",
            "二、组织：组长«P:韦建勇»（«T:#韦建勇»），副组长«P:覃丽姣»（«T»），成员：急诊、药房、司机。",
            "三、血清调剂：优先向县人民医院药剂科调剂，其次向相邻乡镇卫生院借用；夜间由药房«P:罗金凤»（«T:#罗金凤»）负责。",
            "四、转诊：银环蛇咬伤出现眼睑下垂的，立即联系县人民医院急诊科，由«P:班德强»（«T:#班德强»）出车。",
            "五、本预案仅供院内使用，不对外公布。",
        ],
        cats=OPS,
    )

    text_doc(
        "bangongshi/zongjie/2026_gongwei_zhibiao_wancheng.md",
        "indicator_ranking_circular",
        """
# 2026年1—11月基本公卫重点指标完成情况（院内通报，未上报）

| 指标 | 县下达目标 | 完成 | 完成率 | 排名（全县18个乡镇） |
|---|---|---|---|---|
| 高血压规范管理率 | 70% | 61.3% | 87.6% | 14 |
| 2型糖尿病规范管理率 | 70% | 58.9% | 84.1% | 16 |
| 65岁以上老人健康体检 | 3100人 | 2406人 | 77.6% | 15 |
| 孕前地贫筛查 | 400对 | 412对 | 103.0% | 2 |
| 留守老人季度随访 | 312人 | 288人 | 92.3% | — |

说明：高血压、糖尿病两项年底前完不成将被扣减项目经费，请各团队在12月圩日集中补录随访。
数据系统中有约140份随访记录为“电话随访”，县里抽查时可能不认可，请各团队队长心里有数。
""",
        cats=OPS,
    )

    pdf_doc(
        "caigou/tanpan/2027_kangshedu_xueqing_jiage_tanpan.pdf",
        "price_negotiation_minutes",
        [
            """抗蛇毒血清2027年供货价格谈判记录（内部）
时间：2026年11月30日  地点：卫生院药房会议室
我方：«P:覃丽姣»、«P:罗金凤»、«P:岑小燕»
广西桂西医药有限公司：业务经理«P:黄国栋»（手机«T»）
一、抗银环蛇毒血清：对方报价1120元/支，我方以县人民医院1068元/支的采购价为据，
最终议定1085元/支，年采购不少于30支，断货时对方须在24小时内从南宁调货。
二、抗眼镜蛇毒血清：维持780元/支，对方同意近效期产品无条件退换。
三、对方提出“学术赞助”每年5000元，我方明确拒绝，记录在案。
南宁康冷医疗设备有限公司（统一社会信用代码«U:91»）冷藏箱维保费另行谈判。
记录：«P:岑小燕»
"""
        ],
        cats=OPS,
    )

    text_doc(
        "xinxi/ukey_mima_jiaojie_jilu.txt",
        "ukey_handover_record",
        """
信息系统U盾（数字证书）及口令交接记录
交接原因：检验科«P:陆春姣»申请调出，妇幼专干岗位调整
交接时间：2026年11月30日 16:00  监交人：«P:覃丽姣»
1. 妇幼信息系统U盾（证书序号«d.cert_no:GXCA20250331087»）
   移交人：«P:黄美妹»  接收人：«P:韦金凤»  新口令：Fy#Wjf1130
2. LIS检验系统管理员账号 lis_admin
   移交人：«P:陆春姣»  接收人：«P:罗海姣»  新口令：Lis@Bl2026
3. 医保结算U盾（证书序号«d.cert_no:YBCA2024110206»）保管人不变：«P:岑小燕»，口令已按季度更换
4. 机房门禁密码同日更改为 731906，仅告知院长、信息员
交接双方签字后，本记录由办公室锁柜保存。
""",
        cats=OPS,
    )


def other_and_marked() -> None:
    docx_doc(
        "bangongshi/hezuo/tangchang_yiwushi_hezuo_xieyi.docx",
        "sugar_mill_clinic_contract",
        [
            "医疗服务合作协议（草签稿）",
            "甲方：那弄县红水河糖业有限公司（统一社会信用代码：«U:91»）",
            "乙方：板烈镇卫生院（统一社会信用代码：«U:12»）",
            "协议编号：«d.contract_no:HSH-YL-2026-009»",
            "一、甲方板烈糖厂医务室在榨季（每年11月至次年4月）由乙方派驻执业医师1名、护士1名，负责糖厂职工和蔗农的常见病诊治、外伤处理及转诊。",
            "二、甲方每个榨季向乙方支付服务费18.6万元，派驻人员的食宿由甲方负责；乙方派驻人员的下乡补贴另计。",
            "三、甲方职工年度体检由乙方承担，按每人120元结算，不低于800人。",
            "四、协议内容双方保密，未经对方同意不得向第三方披露服务费标准。",
            "甲方联系人：农务科«P:岑志刚»，手机«T»；乙方联系人：«P:覃丽姣»。",
        ],
        footer="草签稿  双方盖章前不生效",
        cats=OTHER,
    )

    text_doc(
        "bangongshi/shangji/xian_weijianju_anfang_tongzhi.txt",
        "covert_inspection_notice_marked",
        """
秘密★1年
那弄县卫生健康局
关于开展基层医疗机构医保基金使用暗访的通知

各乡镇卫生院院长：
经局党组研究，定于2026年12月中旬对部分乡镇卫生院开展医保基金使用情况暗访，暗访名单和时间不提前通知。
本通知仅发至院长本人，不得转发、复印，不得在工作群讨论。
联系人：局医政股«P:陆振华»，电话«T»。
那弄县卫生健康局
2026年11月26日
""",
        cats=OTHER,
        mark=("秘密★1年", 1, False),
    )

    docx_doc(
        "bangongshi/shangji/yigongti_zhenghe_fangan.docx",
        "merger_plan_header_marked",
        [
            "那弄县紧密型县域医共体乡镇卫生院整合方案（征求意见稿）",
            "拟将板烈镇卫生院与相邻的那坡乡卫生院整合为一个法人单位，那坡乡卫生院改为分院。",
            "整合后核定编制72名，现有在编人员按岗位重新竞聘，超编人员三年内逐步消化。",
            "请各院长于12月10日前反馈意见，期间不得向职工透露方案内容。",
        ],
        header="工作秘密★6个月",
        cats=OTHER + OPS,
        mark=("工作秘密★6个月", 0.5, False),
    )

    pdf_doc(
        "bangongshi/shangji/bianjing_yiqing_lianfang_huiyi.pdf",
        "border_meeting_minutes_marked",
        [
            """内部资料
边境地区卫生应急联防联控工作会议纪要（摘要）
时间：2026年10月20日  地点：百色市卫生健康委
一、近期境外登革热、疟疾输入病例增多，沿边地区各乡镇卫生院要加强发热病人筛查。
二、对跨国婚姻家庭和边民互市人员，由乡镇卫生院逐户建立健康档案。
三、各地口岸检疫信息和病例数据不得对外公布，统一由市卫健委发布。
与会人员：市卫健委应急办«P:农卫东»、县卫健局«P:覃振华»等。
"""
        ],
        cats=OTHER + OPS,
        mark=("内部资料", None, False),
    )

    docx_doc(
        "bangongshi/hezuo/hezuoshe_touzi_shuoming.docx",
        "external_investment_note",
        [
            "关于与桑蚕专业合作社合作建设康养站的情况说明",
            "合作社理事长«P:韦海东»提出，由合作社出资38万元、卫生院以设备和技术入股，在弄立村建设留守老人康养站，收益按6:4分配。",
            "合作社统一社会信用代码：«U:93»（另一份材料上写成«d.bad_uscc»，经核对为笔误）。",
            "院务会意见：卫生院为公益一类事业单位，不能以资产入股，建议改为技术服务协议，报县卫健局审批。",
            "此件不公开",
        ],
        cats=OTHER,
        mark=("此件不公开", None, False),
    )

    text_doc(
        "bangongshi/shangji/jimi_cuowu_guidang.txt",
        "misfiled_state_secret",
        """
机密★10年
关于边境管控区域卫生应急物资储备布点的通知（摘抄）
……储备点位置、数量及调运路线略……
（本件按规定应存放于保密室，误存入共享盘，已报院保密小组处理）
""",
        cats=OTHER,
        mark=("机密★10年", 10, True),
    )


# ============================================================================================
# more: public, internal, secret
# ============================================================================================


def more_public() -> None:
    docx_doc(
        "xuanjiao/ganzhe_hongtang_xuetang.docx",
        "health_education_leaflet",
        [
            "糖尿病人能不能嚼甘蔗、吃红糖？",
            "甘蔗汁含糖量约12%～18%，一根甘蔗相当于好几碗米饭的糖分，血糖控制不好的人最好不吃。",
            "红糖、片糖和白糖一样都是蔗糖，不能“降糖”，更不能代替药物。",
            "榨季糖厂发的红糖，送给亲戚可以，自己要少吃。",
            "空腹血糖超过7.0mmol/L，请到卫生院复查。",
        ],
        footer="板烈镇卫生院健康教育室",
        pub=True,
    )
    pdf_doc(
        "xuanjiao/liushou_ertong_jinshi.pdf",
        "health_education_leaflet",
        [
            """留守儿童爱眼护眼
爷爷奶奶带孩子，手机不能当“保姆”。
每天户外活动2小时，是预防近视最有效的办法。
看书写字做到“一拳一尺一寸”，连续用眼40分钟要休息远眺。
学校每学期查一次视力，发现视力下降请到县人民医院眼科验光。
"""
        ],
        pub=True,
    )
    text_doc(
        "xinwen/weiri_yizhen_xinwen.txt",
        "news_item",
        """
圩日义诊送健康到家门口
11月19日是板烈圩日，天刚亮，卫生院的义诊帐篷就在圩亭边搭了起来。全科医生«P:农国勇»、«P:梁文辉»和护士长«P:莫秀兰»轮流为赶圩群众量血压、测血糖、讲用药。
当天共服务群众213人次，发放壮汉双语宣传资料400余份，发现血压控制不佳的老人17人，已纳入家庭医生重点随访。
卫生院计划在每个圩日固定开展义诊，让群众“赶圩顺便看病”。
""",
        pub=True,
    )
    xlsx_doc(
        "tongji/2026_liushou_laoren_jiankang_tongji.xlsx",
        "published_statistics",
        {
            "统计": [
                ["板烈镇2026年留守老人健康服务情况（镇政府工作报告附表）"],
                ["村", "留守老人数", "签约数", "季度随访完成", "高血压患病", "糖尿病患病"],
                ["板烈社区", 41, 41, 39, 18, 5],
                ["弄立村", 73, 73, 70, 31, 9],
                ["坡豪村", 62, 60, 55, 25, 6],
                ["陇桑村", 58, 58, 52, 22, 7],
                ["拉洞村", 45, 44, 40, 19, 4],
                ["板江村", 33, 33, 32, 14, 3],
                ["合计", 312, 309, 288, 129, 34],
            ],
        },
        merges={"统计": ["A1:F1"]},
        pub=True,
    )
    docx_doc(
        "biaoge/kangshedu_xueqing_zhiqing_tongyishu.docx",
        "blank_form",
        [
            "抗蛇毒血清使用知情同意书",
            "患者姓名：______ 性别：__ 年龄：__ 住院号：______",
            "拟使用血清：□抗银环蛇毒血清 □抗眼镜蛇毒血清 □抗五步蛇毒血清 □抗蝮蛇毒血清",
            "可能的不良反应：过敏反应（皮疹、过敏性休克）、血清病等。皮试阳性者需脱敏注射。",
            "患者/家属签名：______ 与患者关系：______ 医生签名：______ 日期：______",
        ],
        pub=True,
    )
    xlsx_doc(
        "biaoge/cunyi_yanglao_butie_shenqingbiao.xlsx",
        "blank_form",
        {
            "申请表": [
                ["老年乡村医生养老生活补助申请表"],
                ["姓名", "", "性别", "", "出生年月", ""],
                ["身份证号", "", "", "联系电话", "", ""],
                ["原工作村卫生室", "", "", "工作起止年月", "", ""],
                ["社保卡金融账号", "", "", "", "", ""],
                ["村委会意见", "", "", "卫生院意见", "", ""],
            ],
        },
        merges={"申请表": ["A1:F1", "B3:C3", "B4:C4", "B5:F5"]},
        pub=True,
    )
    text_doc(
        "biaoge/cunyi_yanglao_tianxie_shuoming.md",
        "filling_guide",
        """
# 老年乡村医生养老生活补助申请表填写说明

1. 姓名：与身份证一致，如“«d.placeholder:韦某某»”。
2. 身份证号：18位，如«d.placeholder:451224XXXXXXXXXXXX»，末位是X的请大写。
3. 工作起止年月：以村委会证明为准，如“1982年3月—2015年12月”。
4. 社保卡金融账号：填写社保卡正面的银行卡号（一般为19位），不要填写社会保障号码。
5. 联系电话：填写本人或子女常用手机，如«d.placeholder_phone:138XXXXXXXX»。
6. 表格交村卫生室或卫生院人事办公室（"""
        + HR
        + """）。
""",
        pub=True,
    )


def internal() -> None:
    text_doc(
        "bangongshi/tongzhi/2026_12_yuanwuhui_tongzhi.md",
        "meeting_notice",
        """
# 关于召开12月院务会的通知

各科室负责人：
定于12月3日（周四）下午3点在三楼会议室召开院务会，议题：
1. 冬季圩日义诊安排；
2. 年度考核工作布置；
3. 冷链设备整改进度。
请准时参加，不得无故缺席。

院办公室  2026年12月1日
""",
    )


def more_secret() -> None:
    text_doc(
        "gongwei/fuyou/qq_qun_daochu_yunchanfu.txt",
        "prenatal_chat_export",
        """
消息记录（此消息记录为文本格式，不支持重新导入）
================================================================
消息分组:我的群聊
================================================================
消息对象:板烈镇孕产妇管理工作群
================================================================

2026-11-20 9:12:03 «P:黄美妹»(«d.qq_no:3382017745»)
@«P:赵金秀» 拉洞村那个在外打工的孕妇«P:班秋燕»，孕20周了还没建册，能联系上吗

2026-11-20 9:20:41 «P:赵金秀»(«d.qq_no:1216603587»)
她在佛山南海一个服装厂，电话«T:#班秋燕»，她说春节才回来

2026-11-20 9:23:17 «P:黄美妹»(«d.qq_no:3382017745»)
她老公«P:覃志强»也是携带者，去年婚检查的，要尽快做产前诊断，我打给她

2026-11-20 15:47:55 «P:黄美妹»(«d.qq_no:3382017745»)
打通了，她答应下周请假回来，先到县妇幼抽血。住址登记成«A:那弄县板烈镇拉洞村拉洞屯27号»

2026-11-20 15:50:02 «P:赵金秀»(«d.qq_no:1216603587»)
好的，我去她家跟她婆婆说一声
""",
        cats=MED,
    )

    eml_doc(
        "gongwei/fuyou/youjian_waichu_yunfu_zixun.eml",
        "pregnant_migrant_email",
        "«P:班秋燕» <«E:1457739021@qq.com»>",
        "«P:黄美妹» <«E:hmm_banlie@qq.com»>",
        "«d.surname_title:黄医生»，我的检查结果",
        """«d.surname_title:黄医生»你好，我是«d.place_name:拉洞屯»的«P:班秋燕»，身份证号«I:y1998/班秋燕»。
我在佛山这边医院做了B超，医生说孩子现在20周，一切正常，报告拍照发给你了。
我血常规的MCV是63，这边医生说我可能也是地贫，要和老公一起查基因。
我下周四请假回去，能不能帮我约县妇幼的号。我电话«T:#班秋燕»。
谢谢！
""",
        cats=MED,
        sent=(2026, 11, 21, 22, 8),
    )

    docx_doc(
        "gongwei/fuyou/chanhou_fangshi_jilu.docx",
        "postpartum_visit_record",
        [
            "产后访视记录",
            [
                ["产妇姓名", "«P:蒙小燕»", "住院号", "«R:26110856»"],
                ["身份证号", "«I:y2001/蒙小燕»", "联系电话", "«T»"],
                ["现住址", "«A:那弄县板烈镇板烈社区新街7号»", "访视日期", "2026-11-12"],
                ["体温", "36.8℃", "血压", "118/76mmHg"],
                ["乳房", "乳汁充足", "恶露", "血性，量少"],
                [
                    "心理",
                    "丈夫在广东打工未归，情绪低落，爱丁堡产后抑郁量表11分",
                    "新生儿",
                    "女，体重3.4kg，黄疸消退中",
                ],
            ],
            "指导：母乳喂养，注意休息；EPDS≥10分，建议两周后复评，已告知其母亲多陪伴。",
            "访视人：«P:黄美妹»",
        ],
        cats=MED,
    )

    xlsx_doc(
        "renshi/zhufang/zhouzhuanfang_fenpei_pingfen.xlsx",
        "staff_housing_allocation",
        {
            "评分": [
                ["职工周转房分配评分表（院务会审议稿，未公示）"],
                ["周转房共4套，按评分从高到低分配", "", "", "", "", "", "", ""],
                [""],
                ["姓名", "身份证号", "户籍地址", "手机", "在编/合同", "家庭情况", "评分", "拟分配"],
                [
                    "«P:黄美妹»",
                    "«I:y1988/黄美妹»",
                    "«A:那弄县板烈镇板烈社区新街21号»",
                    "«T:#黄美妹»",
                    "在编",
                    "丈夫在广州务工，独自带两个孩子",
                    "88",
                    "2栋301",
                ],
                [
                    "«P:罗金凤»",
                    "«I:y1985/罗金凤»",
                    "«A:那弄县板烈镇板烈社区民族路3号»",
                    "«T:#罗金凤»",
                    "在编",
                    "父亲瘫痪在床",
                    "85",
                    "2栋302",
                ],
                [
                    "«P:覃丽萍»",
                    "«I:y2000/覃丽萍»",
                    "«A:那弄县板烈镇坡豪村坡豪屯40号»",
                    "«T»",
                    "合同",
                    "新入职，家离院18公里",
                    "79",
                    "3栋101",
                ],
                [
                    "«P:班德强»",
                    "«I:y1979/班德强»",
                    "«A:那弄县板烈镇陇桑村岩洞屯»",
                    "«T:#班德强»",
                    "合同",
                    "受警告处分，影响期内扣10分",
                    "61",
                    "不分配",
                ],
                [
                    "«P:韦海军»",
                    "«I:y1990/韦海军»",
                    "«A:河池市宜州区庆远镇北山路9号»",
                    "«T»",
                    "合同",
                    "外县户籍",
                    "74",
                    "3栋102",
                ],
            ],
        },
        merges={"评分": ["A1:H1", "A2:H2"]},
        cats=PER,
    )

    docx_doc(
        "renshi/cunyi/2026_cunyi_niandu_kaohe.docx",
        "village_doctor_evaluation",
        [
            "2026年度乡村医生绩效考核结果（卫生院考核组，未反馈本人）",
            [
                [
                    "村卫生室",
                    "乡村医生",
                    "公卫任务得分",
                    "基本医疗得分",
                    "群众满意度",
                    "总分",
                    "等次",
                    "补助系数",
                ],
                ["弄立村", "«P:盘有福»", "38", "27", "18", "83", "良好", "1.0"],
                ["坡豪村", "«P:赵金秀»", "40", "28", "19", "87", "良好", "1.0"],
                ["陇桑村", "«P:黄光明»", "29", "22", "15", "66", "合格", "0.8"],
                ["拉洞村", "«P:韦海峰»", "24", "20", "12", "56", "不合格", "0.6"],
            ],
            "«P:韦海峰»存在虚报随访记录31份，扣减公卫补助4650元，约谈一次；«P:黄光明»随访记录不规范，限期整改。",
        ],
        header="考核组",
        cats=PF,
    )

    csv_doc(
        "caiwu/peixun/2026_xiabannian_daijiaofei_fafang.csv",
        "tutoring_fee_payment",
        [
            ["2026年下半年新入职人员及进修人员带教费发放表"],
            ["带教老师", "身份证号", "带教对象", "带教月数", "标准（元/月）", "金额", "工资卡号"],
            [
                "«P:莫秀兰»",
                "«I:y1975/莫秀兰»",
                "«P:覃丽萍»、«P:兰海燕»",
                "6",
                "300",
                "1800.00",
                "«B:#莫秀兰»",
            ],
            ["«P:莫丽萍»", "«I:y1989/莫丽萍»", "«P:韦金凤»", "6", "200", "1200.00", "«B:621700»"],
            [
                "«P:农国勇»",
                "«I:y1981/农国勇»",
                "进修医生«P:盘志明»（大化县）",
                "3",
                "400",
                "1200.00",
                "«B:#农国勇»",
            ],
            ["备注：«P:莫丽萍»原登记卡号«d.bad_card»校验不通过，已按本人新提供卡号发放。"],
            ["制表：«P:岑小燕»  审核：«P:覃丽姣»"],
        ],
        cats=PF,
        encoding="gb18030",
    )

    xlsx_doc(
        "yaofang/baosun/2026_xiaoqi_yaopin_baosun.xlsx",
        "drug_loss_writeoff",
        {
            "报损明细": [
                ["药品过期及冷链失效报损审批表"],
                ["科室：药房", "", "", "", "2026年11月"],
                ["品名", "批号", "数量", "进价", "金额", "原因"],
                ["胰岛素注射液", "«d.batch_no:C26030412»", 24, 52.80, 1267.20, "8月冷链故障"],
                ["抗五步蛇毒血清", "«d.batch_no:20241106»", 2, 690.00, 1380.00, "过期"],
                ["头孢曲松钠", "«d.batch_no:A2409213»", 60, 3.15, 189.00, "过期"],
                ["合计", "", "", "", 2836.20, ""],
            ],
            "意见": [
                ["药房", "«P:罗金凤»"],
                ["财务", "«P:岑小燕»", "损失计入当期管理费用"],
                ["院长", "«P:韦建勇»", "同意，冷链故障部分由责任人承担20%"],
            ],
        },
        merges={"报损明细": ["A1:F1"]},
        cats=OPS + FIN,
    )

    text_doc(
        "bangongshi/liucheng/dipin_yangxing_gaozhi_liucheng.txt",
        "internal_workflow",
        """
地贫/G6PD筛查阳性结果告知与随访工作流程（院内规范，2026年修订）
1. 县新筛中心反馈可疑阳性后，妇幼保健室当日登记，3个工作日内电话通知家长。
2. 电话三次未接通的，由村医上门送达书面通知，家长签收，签收单拍照上传。
3. 夫妇双方同型携带者，由妇幼专干建立专案，孕期每4周电话随访一次，直到产前诊断结果出来。
4. 家长拒绝复查的，须签署《拒绝复查知情书》，报院医务室备案。
5. 所有名单只能存放在妇幼保健室加密电脑，不得发到微信群、QQ群。
6. 本流程仅限院内使用。
""",
        cats=OPS,
    )

    text_doc(
        "bangongshi/shangji/yibaoju_jicha_fankui.txt",
        "insurance_inspection_feedback_marked",
        """
那弄县医疗保障局
关于板烈镇卫生院医保基金专项检查情况的反馈

板烈镇卫生院：
9月检查中抽查住院病历60份，发现低标准入院4份、串换项目收费2份，涉及金额11,426.70元，
应予追回，并按规定处违规金额1倍罚款。具体处理决定另行下达。
在处理决定下达前，请勿向其他医疗机构通报检查结果。

那弄县医疗保障局
2026年11月18日
此件不公开，阅后收回
""",
        cats=OTHER + FIN,
        mark=("此件不公开，阅后收回", None, False),
    )

    eml_doc(
        "bangongshi/hezuo/youjian_tangchang_fuwufei.eml",
        "cooperation_email",
        "«P:岑志刚» <«E:cenzg_hsh@163.com»>",
        "«P:覃丽姣» <«E:qinlj1982@qq.com»>",
        "关于糖厂医务室服务费的意见",
        """«d.surname_title:覃院长»：
协议草签稿我们公司领导看了，服务费18.6万元偏高，公司意见是15万元，
另外希望卫生院派驻医生能在榨季夜班时间在医务室值守。
如果同意，我们下周签正式协议。请不要把这个价格告诉其他两个糖厂。
«P:岑志刚» «T»
红水河糖业板烈糖厂农务科
""",
        cats=OTHER,
        sent=(2026, 11, 12, 11, 40),
    )


# ============================================================================================
# read-back check, truth, counts
# ============================================================================================


def _docx_text(data: bytes) -> list[str]:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
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
        return path.read_bytes().decode("utf-8-sig" if encoding.startswith("utf-8") else encoding)
    if fmt == "docx":
        return "\n".join(_docx_text(path.read_bytes()))
    if fmt == "xlsx":
        return "\n".join(_xlsx_text(path.read_bytes()))
    if fmt == "pdf":
        from pypdf import PdfReader

        return re.sub(
            r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        )
    if fmt == "eml":
        msg = BytesParser(policy=policy.default).parse(path.open("rb"))
        parts = [str(msg[h]) for h in ("From", "To", "Cc", "Subject") if msg[h] is not None]
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
        if rec["existing_mark"] is not None and rec["existing_mark"]["text"] not in text:
            problems.append(f"{rec['path']}: mark {rec['existing_mark']['text']} not in the file")
    # check digits of the listed values
    for rec in records:
        for e in rec["entities"]:
            v = e["value"]
            if e["entity_type"] == "CN_RESIDENT_ID":
                date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
                if id_check(v[:17]) != v[17]:
                    problems.append(f"{rec['path']}: bad ID {v}")
            if e["entity_type"] == "CN_BANK_CARD" and luhn_digit(v[:-1]) != v[-1]:
                problems.append(f"{rec['path']}: bad card {v}")
            if e["entity_type"] == "CN_USCC" and not uscc_ok(v):
                problems.append(f"{rec['path']}: bad USCC {v}")
        for d in rec["decoys"]:
            v = d["value"]
            if d["kind"] == "bad_id" and id_check(v[:17]) == v[17]:
                problems.append(f"{rec['path']}: decoy ID passes {v}")
            if d["kind"] == "bad_card" and luhn_digit(v[:-1]) == v[-1]:
                problems.append(f"{rec['path']}: decoy card passes {v}")
            if d["kind"] == "bad_uscc" and uscc_ok(v):
                problems.append(f"{rec['path']}: decoy USCC passes {v}")
    return problems


SECTIONS = (
    leaflets,
    zhuang_talks,
    notices,
    news,
    policies,
    stats_prices,
    procurement_jobs,
    blank_forms,
    training,
    medical_screening,
    medical_snake_and_poison,
    medical_community,
    personnel,
    financial,
    operations,
    other_and_marked,
    more_public,
    internal,
    more_secret,
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
