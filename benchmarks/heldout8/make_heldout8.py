"""Write the eighth held-out corpus: a coastal fishing township's health centre, apart from the rules.

Every text below was written by hand for a fictional centre (东澳镇卫生院, 屿南县, southern
Fujian; switchboard 0595-86817120) that differs from the earlier sets' centres. The random
generator (fixed seed) makes only check digits (GB 11643 resident IDs, Luhn bank cards, GB 32100
credit codes), the random digits of mobiles, landlines, cards and record numbers, and the choice
of synthetic Minnan names from a hand-written list, so a rerun gives the same texts and truth.

Inside the texts a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:林海生»`` a PERSON, ``«T»`` a new random mobile, ``«L»`` a new private landline, ``«I»`` a
new resident ID, ``«d.boat_no:闽屿渔05123»`` a decoy of kind ``boat_no``. The marks are removed
from the files and every value recorded, so the truth lists every occurrence exactly as written.
At the end every file is read back (python-docx with headers/footers, openpyxl, pypdf, the
standard e-mail parser with its attachments) and each listed value must occur exactly as often as
the listed values contain it (``check``).

The mechanics (marks, check digits, read-back) follow benchmarks/heldout3/make_heldout3.py; the
documents, their kinds and the centre do not.

Run: ``python benchmarks/heldout8/make_heldout8.py`` (writes docs/ and truth.jsonl here).
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

SEED = 20261207
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

# Real county codes of Quanzhou and Zhangzhou (惠安, 石狮, 晋江, 南安, 漳浦, 东山), plus Fuzhou and
# Xiamen for people who moved in.
AREAS = ["350521", "350521", "350581", "350582", "350583", "350623", "350626", "350203", "350102"]
MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
    "176 177 178 180 181 182 183 185 186 187 188 189 191 193 195 198 199"
).split()
CARD_PREFIXES = ["622848", "621700", "622202", "623059", "621799", "622908", "621226", "622575"]

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
    # Quanzhou numbers have eight digits after 0595, Zhangzhou's seven after 0596.
    area = RNG.choice(["0595", "0595", "0595", "0596"])
    digits = 8 if area == "0595" else 7
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


def digits(n: int) -> str:
    return f"{RNG.randint(0, 10**n - 1):0{n}d}"


# --------------------------------------------------------------------------------------------
# synthetic Minnan names: hand-written surnames and given names, paired by the generator
# --------------------------------------------------------------------------------------------

SURNAMES = "林陈黄蔡洪许庄吴郑柯苏施颜卓粘曾傅康龚尤骆王杨谢"
GIVEN = (
    "海生 秀琴 文彬 丽华 志坚 金凤 国栋 淑贞 明辉 碧霞 荣发 美玲 建成 月娥 清泉 雅婷 俊杰 "
    "素珠 德旺 玉兰 水木 阿珍 添福 锦花 振华 丽芬 炳坤 婉如 宗辉 惠玲 天赐 秋菊 金狮 宝珠 "
    "进财 瑞莲 海龙 凤英 启明 丽娥 志鹏 佩琪 春生 银花 长顺 燕玲 木森 巧云 乌番 美娇 "
    "清水 雪芬 福来 碧云 文滔 晓燕 世杰 素梅 永泉 丽雪 渔生 灿辉 宝玉 两全 佳欣 梓涵 "
    "子轩 诗琪 欣怡 宇航 浩然 雨桐 家豪 思颖 承恩 阿扁 金标 罔市 玉霞 淑敏 志明 春娇"
).split()
STAFF = {
    "dean": "洪振南",
    "vice": "蔡雅琴",
    "finance": "许美凤",
    "hr": "庄志强",
    "phw": "颜丽娟",
    "headnurse": "卓秀珠",
    "doc1": "柯文彬",
    "doc2": "郑国栋",
    "doc3": "苏明辉",
    "pharm": "施碧霞",
    "cashier": "吴淑贞",
    "office": "林建成",
    "lab": "黄雅婷",
    "driver": "陈荣发",
    "dental": "粘俊杰",
    "nurse1": "曾佩琪",
    "nurse2": "傅晓燕",
    "it": "康世杰",
}
# hand-chosen names used in texts, kept out of the generated pool
RESERVED = {"骆惠珍", "许罔市", "吴天恩", "陈乌番", "黄阿珍", "郑添福", "柯两全", "蔡金狮"}
_USED = set(STAFF.values()) | RESERVED


def nm() -> str:
    """A new synthetic name, never used before in this set."""
    while True:
        name = RNG.choice(SURNAMES) + RNG.choice(GIVEN)
        if name not in _USED:
            _USED.add(name)
            return name


def P(name: str) -> str:
    return f"«P:{name}»"


def S(key: str) -> str:
    return f"«P:{STAFF[key]}»"


def FX(name: str) -> str:
    """A fixed, hand-chosen name (kept out of the generated pool)."""
    assert name in RESERVED, name
    return f"«P:{name}»"


def rec_no(prefix: str = "", n: int = 8) -> str:
    return f"«R:{prefix}{digits(n)}»"


# --------------------------------------------------------------------------------------------
# marks → values, documents → files
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"«([A-Za-z]+)(?:\.([a-z_]+))?(?::([^»]*))?»")
TRUTH: list[dict[str, Any]] = []
_current: dict[str, Any] = {}
_PEOPLE: dict[str, str] = {}


def _value(code: str, kind: str | None, given: str | None) -> str:
    if code == "I" and given and given.startswith("y"):
        # «I:y1958/tag»: born that year (or day); the same ID wherever the tag recurs
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
        "Ic": lambda: new_id(2013, 2021),
        "Io": lambda: new_id(1932, 1958),
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


def _docx_bytes(
    paras: list[str],
    tables: list[list[list[str]]],
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    import docx

    document = docx.Document()
    for text in paras:
        document.add_paragraph(text)
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
    """A PDF whose table is drawn as ruled cells, as report generators print exports."""
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
    """An e-mail as a mail client saves it (display names RFC 2047 encoded by the policy);
    ``attachment`` is ("NAME.docx", docx kwargs) or ("NAME.xlsx", {"sheets": ...})."""
    from datetime import datetime, timedelta, timezone

    path = _start(name, kind, cats, pub, mark)
    msg = EmailMessage()
    msg["From"] = r(sender)
    msg["To"] = r(to)
    msg["Subject"] = r(subject)
    y, mo, d, h, mi = sent
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=8))))
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9]', '-', path.stem)}@mail.dongao.invalid>"
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
    else:
        raise ValueError(fmt)


# The centre's published numbers and address, national hotlines: decoys everywhere.
CENTRE = "屿南县东澳镇卫生院"
SWITCH = "«d.public_phone:0595-86817120»"
DUTY = "«d.public_phone:0595-86817119»"
VACC = "«d.public_phone:0595-86817133»"
HRPHONE = "«d.public_phone:0595-86817126»"
CENTRE_ADDR = "«d.public_address:屿南县东澳镇海港路36号»"
CENTRE_MAIL = "«d.public_email:dawsy_yb@163.com»"
HR_MAIL = "«d.public_email:dawsy_rsk@163.com»"
BUREAU = "«d.public_phone:0595-86912345»"
H12320 = "«d.hotline:12320»"
H12345 = "«d.hotline:12345»"
H12395 = "«d.hotline:12395»"
H12356 = "«d.hotline:12356»"


def boat() -> str:
    return f"«d.boat_no:闽屿渔{digits(5)}»"


def mtp() -> str:
    """A Taiwan compatriots' permit (台胞证) number: eight digits, a decoy (see README)."""
    return f"«d.permit_no:{digits(8)}»"


# ============================================================================================
# PUBLIC: leaflets for fishermen, families and pupils
# ============================================================================================

LEAFLETS: list[tuple[str, list[str]]] = [
    ("hexian_guomin", [
        "吃海鲜前，先了解过敏这件事",
        "虾、蟹、贝类是成人最常见的食物过敏原，症状可在进食后几分钟到两小时内出现。",
        "轻者嘴唇发麻、皮肤风团，重者喉头水肿、呼吸困难、血压下降，须立即拨打急救电话。",
        "曾经过敏的人请随身携带过敏卡，外出吃酒席时主动告知厨师。",
        "氯雷他定、西替利嗪只能缓解皮肤症状，不能代替抢救用的肾上腺素。",
    ]),
    ("hetun_zhongdu", [
        "野生河豚，一口也别尝",
        "河豚毒素耐高温，煮沸、油炸、晒干都不能破坏，0.5毫克即可致人死亡。",
        "中毒多在食后10分钟至3小时出现口唇、指尖麻木，继而四肢无力、呼吸麻痹。",
        "渔船上捕到的河豚请单独存放，不要自行加工，更不要送给亲友。",
        "一旦误食，立即催吐并送医，途中保持呼吸道通畅。",
    ]),
    ("huxiao_hujiu", [
        "海水浴场和滩涂溺水，怎样施救",
        "看到有人落水，先呼救、再递竿、抛绳、扔救生圈，不会游泳不要下水。",
        "救上岸后检查呼吸，没有正常呼吸立即开始心肺复苏：按压深度5～6厘米，频率每分钟100～120次。",
        "不要倒挂控水，会耽误抢救时间。",
        "海上遇险请拨打水上搜救专线" + H12395 + "。",
    ]),
    ("taifeng_fangbing", [
        "台风过后，防病五件事",
        "一、积水退去后先清淤再消毒，含氯消毒剂按说明书稀释使用。",
        "二、被水浸泡过的食物、冰箱断电超过4小时的海产品一律丢弃。",
        "三、井水、山泉水要煮沸后饮用，自来水出现浑浊先不要喝。",
        "四、清理时穿胶鞋、戴手套，被铁钉、贝壳划伤要及时处理伤口，必要时注射破伤风疫苗。",
        "五、出现腹泻、发热、皮疹及时到卫生院就诊。",
    ]),
    ("dengre", [
        "登革热：清积水、防蚊叮",
        "登革热由伊蚊传播，南方夏秋季多发，花盆托盘、废旧轮胎、船舱积水都可能孳生蚊子。",
        "典型症状是突起高热、头痛、眼眶痛、全身肌肉骨关节痛，部分人出现皮疹。",
        "“翻盆倒罐”每周一次，家里装纱窗、用蚊帐，外出涂驱蚊液。",
        "从东南亚探亲回来两周内发热，请主动告诉医生旅行史。",
    ]),
    ("jianyabing", [
        "潜水捕捞作业者须知：减压病",
        "从深水快速上浮，溶解在血液里的氮气会形成气泡，引起关节疼痛、皮肤瘙痒、瘫痪甚至死亡。",
        "上浮速度每分钟不超过9米，按潜水深度和时间做好减压停留。",
        "潜水后24小时内不要乘飞机、不要饮酒。",
        "出现症状应尽快送有高压氧舱的医院，本镇最近的高压氧治疗点在县医院。",
    ]),
    ("shuimu_zheshang", [
        "赶海被水母蜇伤怎么办",
        "立即离开水面，用海水（不要用淡水）冲洗伤处，用卡片刮去残留触须。",
        "可用食醋湿敷15～30分钟，不要用手揉搓。",
        "出现胸闷、气促、全身皮疹，说明发生严重过敏，马上就医。",
    ]),
    ("yuci_hujiu", [
        "鱼刺、贝壳划伤，当心海洋创伤弧菌",
        "肝病、糖尿病、长期饮酒的人，被海鱼刺伤或伤口接触海水后，可能在24小时内出现红肿、水疱、发黑。",
        "这种感染进展极快，病死率高，千万不要自己挑破水疱、敷草药。",
        "处理海产品时戴防刺手套，手上有伤口不要下海。",
    ]),
    ("tongfeng", [
        "海鲜配啤酒，小心痛风找上门",
        "血尿酸男性超过420μmol/L、女性超过360μmol/L即为高尿酸血症。",
        "沙丁鱼、带鱼、贝类、动物内脏嘌呤含量高，啤酒和含糖饮料同样会升高尿酸。",
        "每天饮水2000毫升以上，急性发作期用药请遵医嘱，别/自己买秋水仙碱加量吃。".replace("/", ""),
    ]),
    ("yunchuan", [
        "晕船药怎么吃",
        "茶苯海明应在上船前30分钟服用，4小时后可再服一次。",
        "服药后会犯困，驾驶机动船只者、孕妇及2岁以下儿童慎用。",
        "坐在船的中部、看远处的海平线，也能减轻晕船。",
    ]),
    ("shoukoubing", [
        "幼儿园家长请注意：手足口病高发季",
        "手足口病多见于5岁以下儿童，表现为发热，手、足、口腔、臀部出现疱疹。",
        "EV71疫苗可预防重症，6月龄至5岁儿童可到预防接种门诊自愿自费接种。",
        "孩子精神差、呕吐、肢体抖动、呼吸急促，马上送医。",
        "接种咨询电话" + VACC + "（工作日上午）。",
    ]),
    ("kuangquanbing", [
        "被狗咬了，24小时内打狂犬疫苗",
        "伤口先用肥皂水和流动清水交替冲洗至少15分钟，再用碘伏消毒。",
        "狂犬病一旦发病，病死率几乎100%，暴露后规范接种疫苗可有效预防。",
        "本院犬伤处置门诊全天开放，节假日照常接诊。",
    ]),
    ("qiankang_gaowen", [
        "高温天出海作业，防中暑",
        "中午11点至下午3点尽量避免在甲板上暴晒作业，每小时补水一次，少量多次。",
        "出现头晕、恶心、大量出汗后皮肤干热，立即转移到阴凉处，用湿毛巾擦身。",
        "意识不清、体温超过40℃属于热射病，须紧急送医。",
    ]),
    ("laonian_diedao", [
        "独居老人防跌倒，家里改一改",
        "卫生间装扶手、铺防滑垫，夜间留一盏小灯。",
        "起床做到“三个半分钟”：醒后躺半分钟、坐起半分钟、双腿下垂半分钟。",
        "服用降压药、安眠药的老人，起身更要慢。",
        "子女在外地或海外的老人，可申请家庭医生签约，每季度上门随访。",
    ]),
    ("ertong_quchi", [
        "护好六龄齿",
        "6岁左右长出的第一恒磨牙叫“六龄齿”，咬合面沟窝深，最容易蛀牙。",
        "窝沟封闭是把流动树脂涂在沟窝里，像给牙齿穿上“雨衣”，不痛不用打麻药。",
        "学校组织的免费窝沟封闭请家长签署知情同意书后参加。",
        "每天早晚刷牙，每次两分钟，使用含氟牙膏。",
    ]),
    ("shili_baohu", [
        "近视防控，从户外两小时开始",
        "每天户外活动2小时，阳光下的活动对预防近视最有效。",
        "读写做到“一尺、一拳、一寸”，连续用眼40分钟休息10分钟。",
        "裸眼视力低于5.0请到医院散瞳验光，不要在眼镜店直接配镜。",
    ]),
    ("tingli", [
        "爱耳日：渔船机舱噪声伤耳朵",
        "长期在85分贝以上的噪声中工作，会造成不可逆的噪声性耳聋。",
        "进机舱请戴耳塞或耳罩，每年做一次纯音测听。",
        "老人听力下降影响交流，可到县医院耳鼻喉科评估后验配助听器。",
    ]),
    ("xianxue", [
        "无偿献血，你需要知道的",
        "18～55周岁健康公民可以献血，既往无献血反应、符合健康检查要求的多次献血者可延长至60周岁。",
        "男性体重不低于50公斤，女性不低于45公斤；献全血间隔不少于6个月。",
        "献血前一晚不熬夜、不饮酒，当天早餐清淡，不要空腹。",
        "献血者本人及其配偶、直系亲属用血可按规定报销。",
    ]),
    ("qiguan_juanxian", [
        "了解人体器官捐献",
        "公民逝世后自愿无偿捐献器官，是挽救终末期器官衰竭患者生命的善举。",
        "年满18周岁、具有完全民事行为能力的公民可以通过官方网站或红十字会登记捐献意愿，可随时变更或撤销。",
        "捐献须经配偶、成年子女、父母共同书面同意。",
    ]),
    ("xinli_rexian", [
        "心里有事，可以打这个电话",
        "失眠、情绪低落、对什么都提不起兴趣超过两周，可能是抑郁的信号。",
        "长期海上作业、与家人分离的渔民更要关注自己的情绪。",
        "全国心理援助热线" + H12356 + "，24小时有人接听；本院精防门诊每周三下午开诊。",
    ]),
    ("yinshui_anquan", [
        "海岛居民饮水安全小常识",
        "储水池、水窖每年清洗消毒一次，加盖防蚊防尘。",
        "自备井水出现异味、颜色发黄，请送检后再饮用。",
        "镇自来水厂出厂水每月由县疾控抽检，结果在镇政府公示栏公布。",
    ]),
    ("shitang_anquan", [
        "学校食堂食品安全“五要点”",
        "生熟分开：刀、砧板、容器分开使用并有明显标识。",
        "烧熟煮透：海产品中心温度达到70℃以上。",
        "留样：每餐每个品种留样不少于125克，冷藏保存48小时。",
        "从业人员每年健康体检，持健康证上岗。",
        "发现疑似食物中毒，立即停止供餐并报告。",
    ]),
    ("fuyong_zhongdu", [
        "副溶血性弧菌：沿海夏季腹泻的“元凶”",
        "生吃或未煮熟的海虾、海蟹、贝类，或生熟交叉污染的卤味，是常见感染来源。",
        "潜伏期一般为6～20小时，主要表现为阵发性腹痛、水样便，部分出现洗肉水样便。",
        "轻症口服补液盐即可，脱水明显请就医。",
    ]),
    ("jiaxun_kaoshi", [
        "南宋名医的启示：未病先防",
        "南宋泉州一带海上贸易繁盛，船医随商船远航，留下不少防治瘴疠的经验。",
        "“上工治未病”出自《黄帝内经》，«d.famous:张仲景»在《伤寒杂病论》中亦反复强调。",
        "今天的家庭医生签约服务，正是把“治未病”落到每一户人家。",
    ]),
]

_FMT_CYCLE = ["txt", "md", "pdf", "docx"]


def leaflets() -> None:
    for i, (stem, lines) in enumerate(LEAFLETS):
        lines_doc(f"xuanjiao/{stem}", _FMT_CYCLE[i % 4], "health_education_leaflet", lines, pub=True)


# ============================================================================================
# PUBLIC: blank forms (labels, no values) — the secret kinds' empty templates
# ============================================================================================

BLANK_FORMS: list[tuple[str, str, list[str]]] = [
    ("yuye_gongshang_dengji", "渔业船员工伤事故登记表",
     ["姓名", "性别", "年龄", "身份证号", "船名船号", "受伤时间", "受伤部位", "事故经过", "船东签字", "经办人"]),
    ("haishang_zhuanyun", "海上伤病员转运交接单",
     ["伤病员姓名", "转运船只", "离港时间", "到达码头", "生命体征", "途中处置", "交接医生", "接收单位"]),
    ("dujulaoren_zoufang", "独居老人走访登记表",
     ["老人姓名", "住址", "联系电话", "子女联系方式", "健康状况", "走访日期", "走访人"]),
    ("qiguan_yixiang", "人体器官捐献意向登记表（样表）",
     ["登记人姓名", "证件号码", "捐献器官", "联系人", "联系人电话", "本人签名"]),
    ("xinli_rexian_jilu", "心理援助热线来电记录表",
     ["来电时间", "来电者称呼", "主要问题", "风险评估", "处置意见", "接线员"]),
    ("jiaotong_jijiu", "道路交通事故急救登记表",
     ["出车时间", "事故地点", "伤者姓名", "伤情", "送达医院", "交警中队", "随车医生"]),
    ("siwang_tongzhi", "居民死亡医学证明书领取登记表",
     ["死者姓名", "死亡日期", "死亡原因", "领取人", "与死者关系", "领取人身份证号", "发放人"]),
    ("beiyong_jin", "备用金领用登记簿",
     ["日期", "摘要", "领用人", "金额", "审批人", "归还日期"]),
    ("zhufang_fenpei", "职工周转房申请表",
     ["申请人", "科室", "家庭人口", "现住房情况", "申请理由", "科室意见", "院务会意见"]),
    ("jiezhang_shengqing", "职工借调审批表",
     ["姓名", "原科室", "借调单位", "借调期限", "工资福利发放单位", "本人意见", "院长签批"]),
    ("kouqiang_shaicha", "学生口腔健康检查表",
     ["学校", "班级", "姓名", "性别", "龋齿数", "窝沟封闭", "检查医生"]),
    ("tingshili_shaicha", "学龄前儿童视力听力筛查记录表",
     ["幼儿园", "姓名", "出生日期", "左眼", "右眼", "听力筛查结果", "复查建议"]),
    ("shitang_jiancha", "食堂食品安全检查记录表",
     ["检查单位", "检查时间", "证照情况", "从业人员健康证", "留样情况", "存在问题", "检查人签名"]),
    ("shuizhi_caiyang", "生活饮用水采样送检单",
     ["采样点", "水源类型", "采样时间", "余氯", "浑浊度", "采样人", "送检人"]),
    ("shebei_weixiu", "医疗设备维修申请单",
     ["设备名称", "资产编号", "故障现象", "申请科室", "维修厂家", "维修费用", "验收人"]),
    ("haiwai_qinshu_jiezhong", "出国（境）人员预防接种证明申请表",
     ["姓名", "护照号码", "前往国家或地区", "接种疫苗", "接种日期", "申请人签名"]),
    ("taifeng_zhiban", "防台风应急值班签到表",
     ["日期", "班次", "值班人员", "到岗时间", "交接事项", "带班领导"]),
    ("daoyu_xunzhen", "海岛巡回医疗登记簿",
     ["日期", "岛屿", "就诊人姓名", "主诉", "诊断", "处理", "巡诊医生"]),
    ("gonghui_fuli", "工会会员福利发放签收表",
     ["序号", "姓名", "部门", "发放物品", "数量", "签收"]),
    ("zhiji_jinsheng", "专业技术职务聘任推荐表",
     ["姓名", "现任职务", "拟聘职务", "任现职年限", "年度考核", "科室推荐意见"]),
]


def blank_forms() -> None:
    for i, (stem, title, labels) in enumerate(BLANK_FORMS):
        kind = "blank_form_template"
        name = f"biaoge/{stem}"
        fmt = ["docx", "xlsx", "pdf", "txt", "docx"][i % 5]
        if fmt == "docx":
            rows = [[labels[j], "", labels[j + 1] if j + 1 < len(labels) else "", ""]
                    for j in range(0, len(labels), 2)]
            docx_doc(f"{name}.docx", kind, [title, "填表日期：    年  月  日"], [rows],
                     footer=f"{CENTRE}制", pub=True)
        elif fmt == "xlsx":
            xlsx_doc(f"{name}.xlsx", kind,
                     {"表": [[title], ["单位：" + CENTRE], labels] + [[""] * len(labels)] * 3},
                     merges={"表": [f"A1:{chr(64 + len(labels))}1"]}, pub=True)
        elif fmt == "pdf":
            pdf_table_doc(f"{name}.pdf", kind, [title, "编号：__________"],
                          [labels[:4], [""] * 4, labels[4:8] or [""], [""] * 4], pub=True)
        else:
            text_doc(f"{name}.txt", kind,
                     title + "\n\n" + "\n".join(f"{x}：________________" for x in labels) + "\n",
                     pub=True)


# ============================================================================================
# PUBLIC: news, notices, policies, statistics, prices, procurement, jobs, training
# ============================================================================================


def news() -> None:
    k = "news_item"
    text_doc("xinwen/2026-06_daoyu_yiliao.txt", k, f"""
送医上岛：东澳镇卫生院开展海岛巡回医疗
6月18日清晨，{CENTRE}巡回医疗队搭乘渔政快艇登上大柑岛和小柑岛，为岛上留守老人和渔民免费测血压、测血糖、做心电图。
副院长{S('vice')}介绍，两座小岛常住人口不足三百人，最近的诊所在镇区，乘船要四十分钟。巡回医疗每月一次，台风季视海况调整。
当天共接诊老人86人次，发放健康手册120余册，为12名行动不便的老人上门服务。
全科医生{S('doc1')}说：“岛上老人最缺的是慢病药和有人说说话。”
""", pub=True)
    docx_doc("xinwen/2026-07_jiuzhu_yanlian.docx", k, [
        "海上伤员救治联合演练在东澳渔港举行",
        f"7月9日，县海事处、镇政府和{CENTRE}在东澳渔港开展海上伤员转运联合演练。",
        "演练模拟一艘渔船在作业时发生绞网事故，一名船员手臂严重受伤。接到报警后，搜救艇20分钟内抵达，"
        "卫生院急救小组在码头完成检伤分类、止血包扎和转运交接。",
        f"院长{S('dean')}在总结时表示，海上救援“黄金一小时”要靠平时练出来。",
        "海上遇险求助请拨打" + H12395 + "。",
    ], pub=True)
    pdf_doc("xinwen/2026-05_kouqiang_jinxiaoyuan.pdf", k, [
        "“小牙齿 大健康”口腔检查进校园\n"
        f"5月下旬，{CENTRE}口腔科医生{S('dental')}带队走进东澳中心小学和澳头小学，为一至三年级学生进行口腔检查。"
        "两所学校共检查学生742人，龋患率38.6%，为符合条件的312名学生完成第一恒磨牙窝沟封闭。\n"
        "检查结果已通过班主任反馈给家长，需要治疗的学生可持反馈单到卫生院口腔科就诊。"
    ], pub=True)
    text_doc("xinwen/2026-09_linqiaozhi_jinian.md", k, f"""
# 学习«d.famous:林巧稚»精神 做群众身边的好医生

9月的妇幼健康宣传周，{CENTRE}组织医护人员观看纪录片，重温“万婴之母”«d.famous:林巧稚»大夫的事迹。
林大夫出生在厦门鼓浪屿，一生接生五万多名婴儿，终身未婚，把全部精力献给了妇产科事业。
护士长{S('headnurse')}在分享时说，作为闽南人，更要把“一切为了母亲和孩子”的精神带到每一次产后访视中。
""", pub=True)
    docx_doc("xinwen/2026-10_huaqiao_juanzeng.docx", k, [
        "旅菲乡亲捐赠救护车一辆",
        f"10月12日，旅菲律宾东澳同乡会向{CENTRE}捐赠负压救护车一辆，价值约38万元。",
        "同乡会会长«P:吴天恩»先生在捐赠仪式上说，家乡的老人看病更方便，是海外游子最大的心愿。",
        "东澳镇是著名侨乡，旅居菲律宾、马来西亚、新加坡的乡亲逾两万人。爱国华侨«d.famous:陈嘉庚»先生"
        "“倾资兴学”的精神在这里代代相传。",
        f"院长{S('dean')}代表卫生院接受捐赠并颁发荣誉证书。",
    ], pub=True)
    text_doc("xinwen/2026-08_taifeng_zhiban.txt", k, f"""
【防御台风“海葵”】东澳镇卫生院24小时坚守
受今年第11号台风影响，8月3日至5日我镇出现12级阵风。{CENTRE}启动防台风Ⅱ级应急响应，全院取消休假，
组建3支医疗小分队分赴渔港避风点和3个安置点。
台风期间共处置外伤14人，转运危重病人2名，未发生因灾死亡。
""", pub=True)
    pdf_doc("xinwen/2026-11_xianxue.pdf", k, [
        "东澳镇开展“热血渔乡”无偿献血活动\n"
        "11月5日，县中心血站献血车开进东澳镇政府广场，渔民、教师、卫生院职工踊跃献血。\n"
        "当天成功献血96人次，献血量31200毫升。卫生院公卫科负责现场组织和献血前健康征询。\n"
        "中心血站地址：" + "«d.public_address:屿南县城关镇中山北路88号»" + "，咨询电话"
        + "«d.public_phone:0595-86931188»" + "。"
    ], pub=True)
    text_doc("xinwen/2026-04_yuanban_xinwen.txt", k, f"""
我院两名医生获评“屿南好医生”
4月26日，屿南县卫生健康局公布第三届“屿南好医生”评选结果，我院全科医生{S('doc2')}、护士{S('nurse1')}榜上有名。
{S('doc2')}扎根渔乡二十二年，随船出诊上百次；{S('nurse1')}在疫苗接种门诊连续七年零差错。
""", pub=True)


NOTICES: list[tuple[str, str, str]] = [
    ("gonggao/taifeng_tingzhen.txt", "public_notice",
     "关于台风期间调整门诊时间的通告\n受台风“海葵”影响，8月4日全天停诊，急诊照常。\n"
     f"急诊电话：{DUTY}\n{CENTRE}\n2026年8月3日\n"),
    ("gonggao/jiezhong_shijian.md", "public_notice",
     "# 预防接种门诊开诊时间\n\n- 周二、周四、周六上午 8:00—11:30\n- 国家法定节假日停诊\n"
     f"- 咨询电话：{VACC}\n- 地址：{CENTRE_ADDR}二楼\n"),
    ("gonggao/mianfei_tijian.txt", "public_notice",
     "东澳镇65岁及以上老年人免费健康体检通知\n体检时间：2026年4月1日至6月30日（周一至周五上午）\n"
     "请携带身份证、医保卡，空腹前往。行动不便者可预约上门。\n"
     f"预约电话：{SWITCH}\n"),
    ("gonggao/jijiu_peixun_zhaomu.md", "public_notice",
     "# 面向渔民的急救培训招募\n\n内容：心肺复苏、止血包扎、溺水救护。每期30人，免费，结业发证。\n"
     "报名：各村（社区）卫生所或拨打" + SWITCH + "。\n"),
    ("gonggao/jiage_tiaozheng.txt", "public_notice",
     "关于执行新版医疗服务价格的公告\n根据县医保局文件，自2026年12月1日起执行新版医疗服务项目价格，"
     "详见门诊大厅公示屏。\n监督电话：" + H12345 + "\n"),
    ("gonggao/yiliao_quan.txt", "public_notice",
     "关于发放2026年度渔民健康服务券的公告\n持有渔业船员证书的本镇户籍渔民，可凭身份证到户籍所在村委会领取健康服务券，"
     "每人每年一次，可用于胸片、心电图、肝功能检查。\n"),
    ("gonggao/yishi_tingzhen.md", "public_notice",
     "# 医师停诊公告\n\n口腔科因参加县级培训，11月20日至22日暂停门诊，急症请到县医院就诊。\n"),
    ("gonggao/wenjuan.txt", "public_notice",
     "患者满意度调查说明\n我院委托第三方开展2026年第四季度患者满意度调查，调查员会佩戴工作证进行电话回访，"
     "不会询问银行卡、验证码等信息，请谨防诈骗。\n"),
]


def notices() -> None:
    for name, kind, text in NOTICES:
        text_doc(name, kind, text, pub=True)
    docx_doc("gonggao/yuanwu_gongkai_q3.docx", "public_notice", [
        "2026年第三季度院务公开",
        "一、门诊人次 18422，住院人次 611，家庭医生签约 9867 人。",
        "二、药品收入占比 38.2%，次均门诊费用 96.4 元。",
        "三、收到表扬信 6 封，投诉 2 件，已全部办结。",
        "监督电话：" + BUREAU,
    ], header="院务公开", pub=True)


def policies() -> None:
    k = "published_policy"
    lines_doc("zhengce/yumin_yibao", "txt", k, [
        "屿南县渔民大病补充医疗保险实施办法（摘要）",
        "第三条 参保对象为持证渔业船员及其家庭成员。",
        "第七条 年度内个人负担的合规医疗费用超过1.5万元的部分，按60%比例补偿，最高20万元。",
        "第九条 海上作业期间意外伤害的医疗费用，先由渔业互保赔付，不足部分按本办法补偿。",
    ], pub=True)
    lines_doc("zhengce/jiating_yisheng", "md", k, [
        "家庭医生签约服务包（2026版）",
        "基础包：免费，含健康评估、慢病随访、健康咨询。",
        "渔民包：每年60元，含出海前体检、急救包一个、远程心电一次。",
        "老年包：每年80元，含上门随访两次、用药指导。",
        "签约服务费由医保基金、基本公卫经费和个人共同承担。",
    ], pub=True)
    lines_doc("zhengce/wuchang_xianxue", "pdf", k, [
        "福建省献血者用血费用报销规定（摘录）",
        "献血量在800毫升以上的，献血者本人终身免费用血。",
        "献血者配偶、父母、子女可按献血量等量免费用血。",
        "报销凭身份证、无偿献血证、用血发票及出院小结，在省内任一血站或线上办理。",
    ], pub=True)
    lines_doc("zhengce/qiguan_juanxian_tiaoli", "docx", k, [
        "人体器官捐献和移植条例（节选）",
        "第八条 人体器官捐献应当遵循自愿、无偿的原则。",
        "第九条 具有完全民事行为能力的公民有权依法自主决定捐献其人体器官。",
        "第十条 公民表示捐献其人体器官的意愿，应当采用书面形式，也可以订立遗嘱。",
    ], pub=True)
    lines_doc("zhengce/chuanyuan_tijian", "txt", k, [
        "海船船员健康检查要求（摘要）",
        "视力：船长、驾驶员两眼裸眼视力均不低于0.5，或矫正视力不低于1.0。",
        "听力：在2米外能听清普通对话。",
        "有癫痫、精神障碍、严重心脏病者不得从事船上工作。",
        "体检证明有效期两年，18周岁以下船员一年。",
    ], pub=True)
    lines_doc("zhengce/jingshen_weisheng", "md", k, [
        "严重精神障碍患者监护补助政策问答",
        "问：谁可以申领？答：在册严重精神障碍患者的监护人，规律服药、无肇事肇祸。",
        "问：标准是多少？答：每户每年1200元，分两次发放。",
        "问：到哪里申请？答：户籍所在村委会，由镇综治办会同卫生院审核。",
    ], pub=True)
    lines_doc("zhengce/shitang_guanli", "pdf", k, [
        "屿南县学校食堂食品安全管理规定（2026年修订）",
        "第四条 学校食堂实行校长（园长）负责制。",
        "第十一条 禁止加工制售野生菌、河豚、四季豆凉拌菜等高风险食品。",
        "第十五条 每餐次食品留样不少于125克，保存48小时以上。",
    ], pub=True)
    lines_doc("zhengce/siwang_zhengming", "docx", k, [
        "居民死亡医学证明（推断）书管理办法问答",
        "在家中死亡的，由负责救治或正常死亡调查的基层医疗卫生机构出具。",
        "证明书第四联由死者家属保存，用于办理户籍注销和殡葬手续。",
        "遗失的，可凭户籍注销证明到原出具单位补办。",
    ], pub=True)


def statistics() -> None:
    k = "published_statistics"
    months = [f"{m}月" for m in range(1, 13)]
    xlsx_doc("tongji/2025_menzhen_renci.xlsx", k, {
        "月报": [["东澳镇卫生院2025年门急诊人次统计（已公开）"], [""],
                 ["月份", "门诊", "急诊", "出诊", "海岛巡诊"]]
        + [[m, 1200 + RNG.randint(0, 500), 80 + RNG.randint(0, 60), RNG.randint(5, 30),
            RNG.randint(40, 120)] for m in months],
        "说明": [["数据来源：院信息系统"], ["公开时间：2026年1月20日"]],
    }, merges={"月报": ["A1:E1"]}, pub=True)
    csv_doc("tongji/yuye_shanghai_fenlei.csv", k, [
        ["伤害类型", "2024年", "2025年", "说明"],
        ["绞网伤", "21", "17", "手部、前臂为主"],
        ["跌落", "13", "15", "含甲板滑倒"],
        ["溺水", "4", "2", ""],
        ["减压病", "3", "5", "潜捕作业"],
        ["鱼刺/贝壳刺伤感染", "29", "33", "夏季集中"],
    ], pub=True, encoding="utf-8-sig")
    csv_doc("tongji/haixian_zhongdu_nianbao.csv", k, [
        ["年份", "起数", "发病人数", "死亡", "主要致病因素"],
        ["2022", "3", "27", "0", "副溶血性弧菌"],
        ["2023", "2", "11", "0", "贝类麻痹性毒素"],
        ["2024", "4", "36", "1", "河豚毒素"],
        ["2025", "2", "19", "0", "副溶血性弧菌"],
    ], pub=True, encoding="gb18030")
    pdf_table_doc("tongji/kouqiang_shaicha_huizong.pdf", k,
                  ["2026年东澳镇小学生口腔健康检查汇总", "（不含个人信息，供学校和家长参考）"],
                  [["学校", "受检人数", "龋患人数", "龋患率", "窝沟封闭人数"],
                   ["东澳中心小学", "468", "176", "37.6%", "201"],
                   ["澳头小学", "274", "111", "40.5%", "111"],
                   ["合计", "742", "287", "38.7%", "312"]], pub=True)
    text_doc("tongji/shuizhi_jiance_gongshi.txt", k, """
东澳镇集中式供水水质监测结果公示（2026年第三季度）
采样点\t余氯(mg/L)\t浑浊度(NTU)\t菌落总数(CFU/mL)\t结论
水厂出厂水\t0.62\t0.3\t未检出\t合格
镇区末梢水\t0.35\t0.5\t12\t合格
澳头村末梢水\t0.18\t0.7\t26\t合格
大柑岛蓄水池\t0.06\t1.2\t85\t余氯偏低，已通知整改
监测单位：屿南县疾病预防控制中心
""", pub=True)
    xlsx_doc("tongji/jiezhong_wanchenglv.xlsx", k, {
        "2026前三季度": [["", "", ""], ["免疫规划疫苗接种率（镇级汇总）"],
                      ["疫苗", "应种", "实种", "接种率"],
                      ["乙肝疫苗", 412, 409, "99.3%"], ["脊灰疫苗", 398, 393, "98.7%"],
                      ["百白破疫苗", 405, 398, "98.3%"], ["麻腮风疫苗", 366, 360, "98.4%"]],
    }, pub=True)
    text_doc("tongji/manbing_guanli.md", k, """
# 2025年度基本公共卫生服务主要指标（公开版）

| 指标 | 目标 | 完成 |
|---|---|---|
| 高血压患者规范管理率 | 65% | 71.2% |
| 2型糖尿病患者规范管理率 | 65% | 68.9% |
| 65岁以上老年人健康管理率 | 70% | 73.4% |
| 严重精神障碍患者规范管理率 | 85% | 91.0% |
""", pub=True)
    pdf_table_doc("tongji/shili_shaicha_huizong.pdf", k,
                  ["2026年东澳镇学龄前儿童视力、听力筛查汇总"],
                  [["幼儿园", "筛查人数", "视力异常", "听力初筛未通过", "已转诊"],
                   ["镇中心幼儿园", "318", "22", "3", "25"],
                   ["澳头幼儿园", "146", "9", "1", "10"],
                   ["大柑岛幼儿班", "17", "2", "0", "2"]], pub=True)
    csv_doc("tongji/xianxue_tongji.csv", k, [
        ["年度", "献血人次", "献血量(毫升)", "其中首次献血"],
        ["2023", "204", "61400", "58"], ["2024", "231", "70200", "66"], ["2025", "258", "78800", "71"],
    ], pub=True)


def prices_procurement_jobs() -> None:
    xlsx_doc("shoufei/kouqiang_jiagebiao.xlsx", "published_fee_schedule", {
        "口腔": [["东澳镇卫生院口腔科收费标准（公示）"], ["执行日期：2026-12-01"],
                 ["项目编码", "项目名称", "单位", "价格(元)"],
                 ["«d.item_code:310511001»", "窝沟封闭", "每牙", 40],
                 ["«d.item_code:310510002»", "龋齿充填（树脂）", "每牙", 120],
                 ["«d.item_code:310513001»", "洁治", "全口", 100]],
        "检验": [["项目", "价格(元)"], ["血常规", 20], ["尿酸", 8], ["糖化血红蛋白", 60]],
    }, merges={"口腔": ["A1:D1"]}, pub=True)
    text_doc("shoufei/tijian_taocan.txt", "published_fee_schedule", """
出海船员健康体检套餐（公示价）
项目          价格(元)
内科检查        10
视力听力        15
心电图          25
胸部DR         60
血常规          20
肝功能          45
合计           175
""", pub=True)
    sup = new_uscc_cached("haiyan")
    text_doc("caigou/zhongbiao_gonggao_jiuhuche.txt", "procurement_announcement", f"""
{CENTRE}救护车车载设备采购项目中标结果公告
项目编号：«d.contract_no:YNZC-2026-0347»
中标供应商：泉州海晏医疗器械有限公司
统一社会信用代码：«U:{sup}»
地址：«A:泉州市丰泽区刺桐路218号海晏大厦6楼»
中标金额：人民币壹拾贰万陆仟元整（¥126,000.00）
采购代理机构：屿南县公共资源交易中心，电话：«d.public_phone:0595-86910020»
公告期限：自本公告发布之日起1个工作日。
""", pub=True)
    docx_doc("caigou/caigou_yixiang_shuizhi.docx", "procurement_announcement", [
        "水质快速检测设备采购意向公开",
        "采购单位：" + CENTRE,
        "采购内容：便携式余氯、浊度检测仪各2台，预算金额3.6万元。",
        "预计采购时间：2027年1月。",
        "联系人：办公室，联系电话：" + SWITCH,
        "本次公开的采购意向是本单位采购工作的初步安排，具体以最终发布的采购公告为准。",
    ], pub=True)
    pdf_doc("caigou/zhaobiao_weibao.pdf", "procurement_announcement", [
        "医疗设备年度维保服务招标公告\n"
        "一、项目名称：DR、彩超、全自动生化分析仪年度维保服务\n"
        "二、最高限价：9.8万元\n"
        "三、投标人资格：具有医疗器械经营许可或原厂授权\n"
        "四、获取文件时间：2026年11月10日至11月17日，地点：屿南县公共资源交易中心\n"
        "五、联系电话：" + "«d.public_phone:0595-86910020»"
    ], pub=True)
    k = "recruitment_announcement"
    text_doc("renshi/zhaopin/2026_hetongzhi_zhaopin.txt", k, f"""
{CENTRE}2026年公开招聘合同制工作人员公告
岗位：临床医师2名、护士3名、口腔医师1名（有海岛巡诊意愿者优先）。
报名时间：2026年12月10日至12月20日。
报名方式：将报名表发送至{HR_MAIL}，或到人事科现场报名。
咨询电话：{HRPHONE}（工作日 8:00-12:00，14:30-17:30）
""", pub=True)
    docx_doc("renshi/zhaopin/siji_zhaopin.docx", k, [
        "招聘救护车驾驶员1名",
        "要求：持B1以上驾驶证，5年以上驾龄，熟悉本镇及周边道路，能适应夜间和台风期间值班。",
        "待遇：按县卫健系统编外人员标准，缴纳五险。",
        "报名电话：" + HRPHONE + "，邮箱：" + HR_MAIL,
    ], pub=True)
    text_doc("renshi/zhaopin/xiangcun_yisheng.md", k, """
# 大柑岛村卫生所招聘乡村医生

- 人数：1名
- 条件：具有乡村医生执业证书或执业助理医师以上资格，能长期驻岛
- 补助：驻岛补贴每月1500元，另按服务人口核拨基本公卫补助
- 报名：镇卫生院人事科 """ + HRPHONE + "\n", pub=True)


_USCC_CACHE: dict[str, str] = {}


def new_uscc_cached(tag: str) -> str:
    if tag not in _USCC_CACHE:
        _USCC_CACHE[tag] = new_uscc()
    return _USCC_CACHE[tag]


def training() -> None:
    k = "training_material"
    lines_doc("peixun/haishang_jianshang", "docx", k, [
        "海上批量伤员检伤分类（START法）培训讲义",
        "第一步：能行走者标绿色，轻伤，延后处理。",
        "第二步：无自主呼吸，开放气道后仍无呼吸者标黑色。",
        "第三步：呼吸>30次/分、毛细血管再充盈>2秒或不能执行简单指令者标红色，优先转运。",
        "其余标黄色。",
        "练习：渔船火灾，6名船员，请按上述步骤分类。",
    ], pub=True)
    lines_doc("peixun/hetun_jiuzhi", "pdf", k, [
        "河豚毒素中毒的识别与救治——基层医生培训",
        "河豚毒素为钠通道阻滞剂，无特效解毒剂，救治关键在于呼吸支持。",
        "早期洗胃、导泻，活性炭吸附；出现呼吸肌麻痹立即气管插管、机械通气。",
        "大多数患者在24小时内度过危险期，预后良好。",
    ], pub=True)
    lines_doc("peixun/xinli_jiexian", "txt", k, [
        "心理援助热线接线员基本技能",
        "倾听为主，少评判，不急于给建议。",
        "识别自杀风险：是否有计划、有工具、有时间。",
        "高风险来电保持通话，同时由第二人联系当地派出所和家属。",
        "每次接线后填写记录表，由督导每周复核。",
    ], pub=True)
    lines_doc("peixun/taifeng_yingji_zhishi", "md", k, [
        "台风季基层医疗机构应急准备要点（培训课件文字稿）",
        "药品：外伤、腹泻、感冒常用药储备不少于两周用量。",
        "设备：发电机每月试机一次，燃油储备满足72小时。",
        "人员：实行AB岗，确保每个安置点至少一名医生、一名护士。",
        "信息：灾情和伤病员信息按规定时限上报县卫健局。",
    ], pub=True)
    lines_doc("peixun/kouqiang_caozuo", "docx", k, [
        "窝沟封闭操作规范",
        "适应证：窝沟深、有患龋倾向的第一、第二恒磨牙。",
        "步骤：清洁牙面、酸蚀、冲洗干燥、涂布封闭剂、光固化、检查。",
        "质量控制：一年后复查保留率应不低于85%。",
    ], pub=True)


# ============================================================================================
# SECRET: medical
# ============================================================================================

VILLAGES = ["澳头村", "东澳社区", "后垵村", "前港村", "大柑岛村", "小柑岛", "西埔村", "沙堤村", "浯江村"]
CORNERS = ["后厝", "顶厝", "下尾", "港墘", "新厝", "埕头", "渡口", "海墘"]


def addr() -> str:
    v = RNG.choice(VILLAGES)
    return f"«A:屿南县东澳镇{v}{RNG.choice(CORNERS)}{RNG.randint(1, 99)}号»"


def MED() -> tuple[str, ...]:
    return ("medical",)


def medical() -> None:
    k = "fisherman_injury_record"
    a, b = nm(), nm()
    docx_doc("menzhen/waike/yumin_gongshang_2026-10.docx", k, [
        "渔业船员工伤事故就诊记录",
        f"10月17日凌晨，{boat()}在东引渔场起网时绞网机卷入船员右手，船长{P(b)}电话报告后返航，"
        f"06:40抵达东澳渔港。",
    ], [[
        ["姓名", P(a), "性别", "男"],
        ["身份证号", "«I:y1979/inj1»", "联系电话", "«T»"],
        ["门诊号", rec_no("MZ", 8), "船东电话", "«T»"],
        ["初步诊断", "右手第2、3指开放性骨折，右前臂皮肤撕脱伤", "处置", "清创、夹板固定，转县医院手外科"],
        ["接诊医生", S("doc3"), "护士", S("nurse2")],
    ]], footer=f"{CENTRE} 外科", cats=MED())

    c = nm()
    text_doc("jijiu/haishang_zhuanyun_1103.txt", "maritime_transfer_note", f"""
海上伤病员转运交接单
伤病员：{P(c)}　男　54岁
来源船只：{boat()}（船长电话 «T»）
离港：大柑岛码头 11月3日 14:20　　到达：东澳渔港 15:05
主诉：胸闷、大汗1小时
途中：血压 92/60mmHg，心率 112次/分，予吸氧、阿司匹林300mg嚼服，心电图示下壁导联ST段抬高
交接：东澳镇卫生院{S('doc2')} → 县医院120急救车（车牌«d.vehicle:闽C·D3712»）
家属：妻子{P(nm())}，电话«T»
住院号（县医院回传）：{rec_no("ZY", 7)}
""", cats=MED())

    cases = [nm() for _ in range(6)]
    docx_doc("gongwei/chuanran/haixian_zhongdu_baogao.docx", "seafood_poisoning_report", [
        "关于澳头村一起疑似副溶血性弧菌食物中毒的调查报告（初稿）",
        f"9月21日晚，澳头村村民{P(cases[0])}家办“做十六岁”酒席，共12桌。次日凌晨起陆续有宾客出现腹痛、腹泻，"
        f"截至22日18时共发病23人，其中{P(cases[1])}、{P(cases[2])}因脱水留观。",
        "可疑食品为凉拌血蚶和卤虾蛄，厨师为流动厨师，砧板生熟不分。",
        "已采集剩余食品4份、病人肛拭子9份送县疾控（样品编号«d.sample_no:YN-CDC-20260922-07»至-15）。",
        "下一步：对厨师进行健康检查，对发病者逐一电话随访。",
        "附：重点病例一览",
    ], [[["姓名", "年龄", "联系电话", "住址", "门诊号", "转归"]] + [
        [P(n), str(RNG.randint(8, 78)), "«T»", addr(), rec_no("MZ", 8), RNG.choice(["好转", "留观", "痊愈"])]
        for n in cases
    ]], header="公卫科", cats=("medical", "operations"))

    rows = [["日期", "岛屿", "姓名", "性别", "年龄", "主诉", "诊断", "处理"]]
    for day, isle in [("11-05", "大柑岛"), ("11-05", "大柑岛"), ("11-05", "小柑岛"), ("11-06", "小柑岛"),
                      ("11-06", "大柑岛")]:
        rows.append([day, isle, P(nm()), RNG.choice(["男", "女"]), RNG.randint(58, 91),
                     RNG.choice(["头晕", "腰痛", "咳嗽", "血压高", "膝痛"]),
                     RNG.choice(["高血压", "腰肌劳损", "慢性支气管炎", "骨关节炎"]), "取药"])
    xlsx_doc("gongwei/xunzhen/daoyu_xunzhen_2026-11.xlsx", "island_outreach_log", {
        "巡诊登记": [["2026年11月海岛巡回医疗登记"], ["巡诊医生：" + S("doc1") + "、" + S("nurse1")]] + rows,
        "送药": [["姓名", "药品", "数量"], [rows[2][2], "硝苯地平控释片", "2盒"],
                 [rows[4][2], "氨溴索", "1盒"]],
    }, merges={"巡诊登记": ["A1:H1"]}, cats=MED())

    v = nm()
    pdf_doc("jiezhong/chujing_jiezhong_zhengming.pdf", "overseas_vaccination_certificate", [
        "预防接种证明（出国探亲）\n"
        f"姓名：{P(v)}　　性别：女　　出生日期：1961年3月14日\n"
        "身份证号：«I:y19610314/vac1»\n"
        "护照号码：«S:EK3719862»\n"
        "前往国家：菲律宾（探望在马尼拉经商的儿子）\n"
        "接种记录：流感疫苗 2026-10-09 批号«d.batch_no:202608C21»；23价肺炎球菌多糖疫苗 2026-10-09\n"
        f"接种单位：{CENTRE}预防接种门诊　　接种医生：{S('nurse1')}\n"
        f"联系电话：«T»"
    ], cats=MED())

    header = ["序号", "姓名", "年龄", "住址", "本人电话", "子女情况", "健康状况", "走访人"]
    lines = [",".join(header)]
    rows_c = [header]
    for i in range(1, 7):
        rows_c.append([str(i), P(nm()), str(RNG.randint(72, 93)), addr(), "«L»",
                       RNG.choice(["子女在菲律宾", "儿子在新加坡", "女儿在厦门", "无子女", "儿子远洋捕捞"]),
                       RNG.choice(["高血压", "独居，行动可", "糖尿病足", "轻度认知障碍", "失聪"]),
                       S("phw")])
    csv_doc("gongwei/laonian/duju_laoren_zoufang_Q4.csv", "living_alone_visit_register", rows_c,
            cats=MED(), encoding="gb18030")

    text_doc("gongwei/laonian/zoufang_jishi.txt", "home_visit_narrative", f"""
走访小记 11月8日
上午和{S('nurse2')}去后垵村看了{FX('许罔市')}阿嬷。她今年86岁，儿子一家在马来西亚，已经三年没回来。
进门时她正坐在门槛上剥海蛎，说左脚肿了半个月，鞋都穿不进去。量血压168/96，空腹血糖11.2，
左足背有个黄豆大的溃疡，边缘发红。交代她不要再泡海水剥蛎，下周三我们带换药包再来。
她家里的座机«L»白天常没人接，留了邻居{P(nm())}的手机«T»，有事先打给她。
""", cats=MED())

    school_rows = [["班级", "姓名", "性别", "龋齿数", "窝沟封闭", "需治疗", "家长电话"]]
    for cls in ["一(1)", "一(1)", "一(2)", "二(1)", "二(1)", "三(2)"]:
        school_rows.append([cls, P(nm()), RNG.choice(["男", "女"]), RNG.randint(0, 5),
                            RNG.choice(["已做", "未做", "家长拒绝"]), RNG.choice(["是", "否"]), "«T»"])
    xlsx_doc("kouqiang/aotou_xiaoxue_jiancha.xlsx", "school_dental_screening", {
        "封面": [["澳头小学学生口腔检查个人结果"], [""], ["检查医生：" + S("dental")], ["仅反馈班主任"]],
        "结果": [[""], ["", "", "", "第一批"]] + school_rows,
    }, cats=MED())

    vis = [["幼儿园", "姓名", "出生日期", "左眼", "右眼", "听力初筛", "建议"]]
    for _ in range(5):
        vis.append(["镇中心幼儿园", P(nm()), f"2021-0{RNG.randint(1, 9)}-{RNG.randint(10, 28)}",
                    RNG.choice(["4.8", "4.9", "5.0", "4.6"]), RNG.choice(["4.9", "5.0", "4.7"]),
                    RNG.choice(["通过", "通过", "未通过"]), RNG.choice(["无", "转县医院眼科", "一个月后复筛"])])
    csv_doc("gongwei/ertong/shili_tingli_mingdan.csv", "vision_hearing_screening", vis,
            cats=MED(), encoding="utf-8-sig")

    donors = [["献血码", "姓名", "身份证号", "手机", "血型", "献血量", "初筛"]]
    for i in range(6):
        donors.append([f"«d.barcode:=0{digits(9)}»", P(nm()), "«I»", "«T»",
                       RNG.choice(["A", "B", "O", "AB"]), RNG.choice(["200ml", "300ml", "400ml"]),
                       RNG.choice(["合格", "合格", "合格", "ALT偏高不宜献血"])])
    xlsx_doc("gongwei/xianxue/2026-11-05_xianxue_mingdan.xlsx", "blood_donation_list", {
        "名单": [["东澳镇2026年11月5日无偿献血登记名单"], ["", "", "", "", "", "", "县血站回执"]] + donors
        + [["备注", "现场另有1人登记身份证号«d.bad_id»校验不符，未采血"]],
    }, merges={"名单": ["A1:G1"]}, cats=MED())

    od = nm()
    docx_doc("gongwei/qiguan/juanxian_yixiang_dengji.docx", "organ_donation_intent", [
        "人体器官捐献意向登记（协调员记录）",
        f"登记人{P(od)}，男，1968年生，身份证号«I:y1968/od1»，家住{addr()}。",
        "本人因肝硬化失代偿在县医院住院期间，主动提出身后捐献角膜及可用器官。",
        f"配偶{P(nm())}（电话«T»）、儿子{P(nm())}（电话«T»）已口头同意，待签书面同意书。",
        f"住院号：{rec_no('ZY', 7)}　　协调员：{S('phw')}",
    ], cats=MED())

    calls = f"""
心理援助热线（镇转接点）来电记录 2026年11月
—— 11月2日 22:47 ——
来电者：{P(nm())}，女，自述38岁，丈夫随船在外半年未归，手机«T»
问题：长期失眠，最近两周“不想活了”，已经攒了一瓶安眠药。
评估：高风险。处置：保持通话，同事联系东澳派出所上门，通知其姐姐{P(nm())}（«T»）。
接线：{S('nurse2')}
—— 11月9日 20:15 ——
来电者：匿名男性，约60岁，渔船失事后反复做噩梦。
评估：低风险，建议周三到精防门诊找{S('doc1')}。
—— 11月15日 23:30 ——
来电者：{P(nm())}，男，17岁，学生，与父母冲突，«T»
评估：中风险，约好次日回访。
"""
    text_doc("jingfang/rexian_jilu_2026-11.txt", "mental_hotline_call_log", calls, cats=MED())

    t1 = nm()
    pdf_doc("jijiu/jiaotong_shigu_jilu_1024.pdf", "traffic_accident_emergency_record", [
        "院前急救病历（道路交通事故）\n"
        "出车时间：10月24日 19:52　地点：沿海大通道K23处（西埔村路口）\n"
        f"伤者：{P(t1)}，男，31岁，电动车与小货车相撞\n"
        "身份证号：«I:y1995/tr1»　电话：«T»\n"
        "伤情：GCS 13分，左侧颞部头皮血肿，左股骨畸形，血压108/70mmHg\n"
        f"处置：颈托、夹板固定、建立静脉通道；送县医院急诊（急诊号{rec_no('JZ', 8)}）\n"
        f"货车司机：{P(nm())}，车牌«d.vehicle:闽C·7K215»\n"
        f"随车医生：{S('doc3')}　司机：{S('driver')}"
    ], cats=MED())

    death = [["证明书编号", "死者姓名", "身份证号", "死亡日期", "根本死因", "领取人", "关系", "领取人电话"]]
    for _ in range(5):
        death.append([f"«d.cert_no:Y{digits(9)}»", P(nm()), "«Io»", f"2026-1{RNG.randint(0, 1)}-{RNG.randint(10, 28)}",
                      RNG.choice(["肺癌", "脑梗死", "慢性阻塞性肺病", "溺水", "心肌梗死"]),
                      P(nm()), RNG.choice(["儿子", "女儿", "配偶"]), "«T»"])
    csv_doc("gongwei/siwang/siwang_zhengming_lingqu.csv", "death_certificate_register", death, cats=MED())

    eml_doc("youjian/jianyabing_zhuanzhen.eml", "decompression_referral_email",
            f'"{S("doc2")}" <«E:zhengguodong_da@163.com»>',
            f'"{FX("骆惠珍")}" <«E:luohuizhen_hbo@126.com»>', "转诊：潜水员减压病一例，请安排高压氧",
            f"""{FX("骆惠珍")}主任：
您好！今早收治一名潜捕渔民{P(nm())}，男，42岁，门诊号{rec_no('MZ', 8)}，昨晚在38米深作业后快速上浮，
今晨出现双膝剧痛、皮肤大理石样花纹，现已吸纯氧。拟今天中午由{S('driver')}开车送到贵院，
家属电话«T»。麻烦安排高压氧舱。
{S('doc2')}
""", cats=MED())


def medical_2() -> None:
    # a WeChat group export: fishermen's wives and the family doctor
    w1, w2, w3 = nm(), nm(), nm()
    text_doc("jiatingyisheng/weixin_yuqi_qun.txt", "wechat_group_export", f"""
微信群聊“澳头村渔嫂健康群”导出 2026-11-12
[09:12] {P(w1)}：{P(STAFF['doc1'])}医生，我家那个出海回来一直咳，痰里有点血丝，要紧吗
[09:15] {P(STAFF['doc1'])}：咳多久了？有没有发烧、夜里出汗？
[09:16] {P(w1)}：快一个月了，他不肯来看，说船下礼拜又要出去
[09:18] {P(STAFF['doc1'])}：一定先来拍个胸片，咳嗽两周以上要排除肺结核，门诊号我帮你预约，{rec_no('MZ', 8)}
[09:40] {P(w2)}：«d.surname_title:柯医生»，我婆婆的降压药吃完了，还是那个氨氯地平吗
[09:41] {P(STAFF['doc1'])}：是的，让她下午来，带上医保卡
[10:02] {P(w3)}：我上次B超说子宫肌瘤3公分，现在月经量好多，吓死人
[10:05] «d.surname_title:柯医生»不在线，群公告：有急事请打值班电话{DUTY}
""", cats=MED())

    t = nm()
    text_doc("menzhen/taibao_jiuzhen.md", "taiwan_compatriot_visit", f"""
# 门诊病历摘要（台胞）

- 姓名：{P(t)}
- 性别：男　　年龄：66岁
- 台湾居民来往大陆通行证：{mtp()}
- 门诊号：{rec_no('MZ', 8)}
- 联系电话：«T»（大陆手机）
- 暂住地址：{addr()}（祖厝）
- 主诉：回乡祭祖后腹泻3天，每日6～7次
- 既往：高血压、痛风，在台中长期服用别嘌醇
- 诊断：急性胃肠炎，轻度脱水
- 处理：口服补液盐，蒙脱石散；嘱大便培养
- 医生：{S('doc3')}
""", cats=MED())

    v = nm()
    text_doc("menzhen/waike/chuangshang_hujun.md", "vibrio_case_report", f"""
# 创伤弧菌感染病例报告

患者{P(v)}，男，1963年生（身份证号«I:y1963/vib1»），住{addr()}，联系电话«T»。
10月2日下午在滩涂挖花蛤时左小腿被贝壳划伤，未处理，当晚发热39.6℃，次日晨左小腿红肿、出现血疱并迅速蔓延至膝上。
既往乙肝肝硬化多年，每天饮白酒半斤。
10月3日09:30到我院急诊（急诊号{rec_no('JZ', 8)}），血压80/50mmHg，考虑创伤弧菌脓毒症，
予头孢他啶联合多西环素、补液后，由{S('doc3')}随车转县医院，当日行切开减压术。
""", cats=MED())

    dog = [["日期", "姓名", "年龄", "电话", "暴露部位", "级别", "疫苗", "免疫球蛋白"]]
    for _ in range(6):
        dog.append([f"11-{RNG.randint(1, 28):02d}", P(nm()), RNG.randint(4, 80), "«T»",
                    RNG.choice(["右小腿", "左手背", "右手指", "面部"]), RNG.choice(["Ⅱ级", "Ⅲ级"]),
                    "人二倍体细胞 5针", RNG.choice(["是", "否"])])
    xlsx_doc("menzhen/quanshang/2026-11_quanshang.xlsx", "rabies_exposure_register", {
        "11月": [["犬伤门诊登记（11月）"], ["录入：" + S("nurse1")], [""]] + dog,
        "统计": [["Ⅱ级", 3], ["Ⅲ级", 3]],
    }, cats=MED())

    gout = "痛风门诊随访表（第四季度）\n| 姓名 | 门诊号 | 尿酸(μmol/L) | 用药 | 电话 |\n|---|---|---|---|---|\n"
    for _ in range(5):
        gout += f"| {P(nm())} | {rec_no('MZ', 8)} | {RNG.randint(380, 620)} | 非布司他 | «T» |\n"
    text_doc("menzhen/neike/tongfeng_suifang.txt", "gout_followup_table", gout, cats=MED())

    names = [nm() for _ in range(7)]
    text_doc("gongwei/xunzhen/daoshang_songyao.txt", "island_drug_delivery_list", f"""
大柑岛11月送药名单
降压药：{'、'.join(P(n) for n in names[:4])}
降糖药：{'、'.join(P(n) for n in names[4:6])}
精神科药物（单独封袋，交本人或监护人）：{P(names[6])}
共7户，由{S('nurse1')}随渔政船送达，回程带回空药盒。
""", cats=MED())

    dr = nm()
    docx_doc("jijiu/niushui_ertong_1007.docx", "drowning_resuscitation_record", [
        "溺水儿童抢救记录",
        f"10月7日16:20，沙堤村海滩，患儿{P(dr)}，男，9岁，出生日期2017年5月2日，身份证号«I:y20170502/dr1»。",
        "家长发现其漂浮于浅水区，捞起后无反应、无呼吸，由路人实施心肺复苏约4分钟。",
        f"16:33急救组到场，患儿恢复自主呼吸，SpO2 88%，予面罩吸氧、保暖，送我院急诊（急诊号{rec_no('JZ', 8)}）。",
        f"父亲{P(nm())}，电话«T»；母亲在外务工。",
        f"抢救医生：{S('doc2')}、{S('nurse2')}",
    ], footer="东澳镇卫生院急诊科", cats=MED())

    rf = nm()
    text_doc("menzhen/zhuanzhen/zhuanzhendan_1119.txt", "referral_letter", f"""
屿南县医院：
兹转诊患者{P(rf)}，女，47岁，身份证号«I:y1979/ref1»，电话«T»，住{addr()}。
门诊号{rec_no('MZ', 8)}。近2月右乳无痛性肿块，约2.5×2cm，质硬，活动度差，腋下可及肿大淋巴结。
B超：BI-RADS 4C类。请贵院乳腺外科进一步诊治。
转诊医生：{S('doc1')}
2026年11月19日
""", cats=MED())

    cols = ["姓名", "船名", "身份证号", "血压", "心电图", "视力", "听力", "结论"]
    rows = [cols]
    for _ in range(6):
        rows.append([P(nm()), boat(), "«I»", f"{RNG.randint(110, 165)}/{RNG.randint(70, 100)}",
                     RNG.choice(["正常", "窦性心动过缓", "ST-T改变"]), RNG.choice(["1.0", "0.8", "0.4"]),
                     RNG.choice(["正常", "左耳高频下降"]), RNG.choice(["合格", "合格", "暂缓出海，复查"])])
    xlsx_doc("tijian/chuanyuan_tijian_2026Q4.xlsx", "crew_health_check_results", {
        "说明": [["渔业船员出海前体检结果（第四季度）"], ["仅供船东和本人查询"]],
        "结果": [["", ""], ["", "体检日期：2026-10-10至10-20"], [""]] + rows,
    }, cats=MED())

    out = [["姓名", "电话", "发病时间", "症状", "就诊", "随访人"]]
    for _ in range(5):
        out.append([P(nm()), "«T»", f"9-22 {RNG.randint(1, 12):02d}:00", RNG.choice(["腹痛腹泻", "呕吐", "发热腹泻"]),
                    RNG.choice(["本院门诊", "未就诊", "县医院"]), S("phw")])
    csv_doc("gongwei/chuanran/zhongdu_dianhua_suifang.csv", "outbreak_phone_followup", out,
            cats=MED(), encoding="gb18030")

    ch = [["检查单位", "东澳中心小学食堂"], ["检查时间", "2026-11-13"],
          ["从业人员", "6人，其中1人健康证过期"]]
    workers = [["姓名", "岗位", "健康证有效期", "备注"]]
    for post in ["厨师", "厨师", "帮厨", "帮厨", "配餐", "采购"]:
        workers.append([P(nm()), post, f"2027-0{RNG.randint(1, 9)}-15", ""])
    workers[3][2] = "2026-08-30"
    workers[3][3] = "过期，另查手部有化脓性伤口，已调离"
    docx_doc("gongwei/shipin/shitang_jiancha_1113.docx", "canteen_food_safety_check", [
        "学校食堂食品安全检查记录（卫生院公卫科）",
        "留样冰箱温度8℃（应≤5℃），留样量不足125克；砧板生熟标识脱落。",
        "整改要求：3日内完成，{0}负责复查。".format(S("phw")),
    ], [ch, workers], cats=("medical", "operations"))

    ag = nm()
    eml_doc("youjian/zhongdu_bingli_huizong.eml", "outbreak_case_email",
            f'"{S("phw")}" <«E:yanlijuan1986@qq.com»>',
            f'"屿南县疾控中心传染病科" <«d.public_email:ynxcdc_crb@163.com»>',
            "澳头村食物中毒病例个案表（9月22日）",
            f"""疾控中心：
附件是澳头村聚餐食物中毒的病例个案表，共23例，重点病例已电话随访。
厨师{P(ag)}的肛拭子已由我院采集，编号«d.sample_no:YN-CDC-20260923-02»。
{S('phw')}
""", attachment=("个案表.xlsx", {"sheets": {"个案": [["病例个案表"], ["姓名", "年龄", "电话", "症状"]] + [
                [P(nm()), RNG.randint(5, 80), "«T»", RNG.choice(["腹泻", "腹痛", "呕吐"])] for _ in range(6)]}}),
            cats=("medical", "operations"))


# ============================================================================================
# SECRET: personnel
# ============================================================================================

PER = ("personnel",)


def personnel() -> None:
    docx_doc("renshi/jiediao/jiediao_xieyi_zheng.docx", "staff_secondment_agreement", [
        "职工借调协议书",
        f"甲方（派出单位）：{CENTRE}",
        "乙方（借调单位）：屿南县医院",
        f"借调人员：{S('doc2')}，身份证号«I:y1978/zgd»，手机«T»",
        "借调期限：2027年1月1日至2027年12月31日，借调期间人事关系、工资、社保仍在甲方，乙方每月另发补助2000元。",
        "借调期间年度考核由乙方出具意见、甲方确定等次。",
        "本人意见：同意。家属：妻子" + P(nm()) + "，知悉。",
    ], footer="本协议一式三份", cats=PER)

    rows = [["序号", "姓名", "科室", "现职务", "拟聘", "任现职年限", "近三年考核", "综合得分", "排名"]]
    pool = [(S("doc1"), "全科", "主治医师", "副主任医师"), (S("nurse1"), "预防接种", "护师", "主管护师"),
            (S("lab"), "检验", "检验技师", "主管检验技师"), (P(nm()), "中医", "医师", "主治医师"),
            (P(nm()), "护理", "护士", "护师"), (S("dental"), "口腔", "医师", "主治医师")]
    for i, (n, dept, cur, new) in enumerate(pool, 1):
        rows.append([i, n, dept, cur, new, RNG.randint(3, 12), RNG.choice(["优秀、合格、合格", "合格×3", "优秀×2、合格"]),
                     round(RNG.uniform(71, 93), 1), i])
    xlsx_doc("renshi/zhicheng/2026_pinren_tuijian_paiming.xlsx", "rank_promotion_list", {
        "排名": [["2026年度专业技术职务聘任推荐排名（院务会讨论稿，未公示）"], [""]] + rows,
        "评分细则": [["项目", "分值"], ["年度考核", 30], ["业绩", 40], ["下乡、巡岛", 10], ["民主测评", 20]],
    }, merges={"排名": ["A1:I1"]}, cats=PER)

    hs = [["房号", "姓名", "科室", "家庭人口", "积分", "月租(元)", "备注"]]
    for room in ["A201", "A202", "A301", "B102", "B203"]:
        hs.append([room, P(nm()), RNG.choice(["内科", "护理", "公卫", "药剂", "检验"]), str(RNG.randint(1, 4)),
                   str(RNG.randint(40, 90)), str(RNG.choice([150, 180, 220])), ""])
    hs[5][6] = "夫妻双职工，另一方在县医院"
    pdf_table_doc("renshi/zhufang/zhouzhuanfang_fenpei.pdf", "staff_housing_allocation",
                  ["职工周转房分配方案（拟）", "经2026年11月院务会研究，拟分配如下："], hs,
                  ["分配结果经院长办公会审定后通知本人，请勿外传。"], cats=("personnel", "financial"))

    welfare = [["序号", "姓名", "部门", "中秋福利(元)", "防台慰问(元)", "合计", "签收"]]
    for i in range(1, 9):
        a1, a2 = 300, RNG.choice([200, 300, 500])
        welfare.append([str(i), P(nm()), RNG.choice(["门诊", "公卫", "住院", "后勤"]), str(a1), str(a2), str(a1 + a2), ""])
    csv_doc("gonghui/2026_fuli_fafang.csv", "union_welfare_distribution", welfare,
            cats=("personnel", "financial"), encoding="utf-8-sig")

    docx_doc("renshi/kaohe/2026_niandu_kaohe_jieguo.docx", "annual_assessment_results", [
        "2026年度职工考核结果（院考核小组意见）",
        f"优秀（6人）：{S('doc1')}、{S('nurse1')}、{S('phw')}、{S('lab')}、{P(nm())}、{P(nm())}",
        f"基本合格（1人）：{FX('陈乌番')}——全年迟到14次，8月台风值班期间擅自离岗2小时。",
        "不合格：无",
        "其余人员为合格。",
        "以上结果待公示，公示前不得泄露。",
    ], header="人事科", cats=PER)

    iv = [["考号", "姓名", "岗位", "笔试", "面试", "总分", "是否进入体检"]]
    for i in range(1, 7):
        w, m = RNG.randint(55, 88), round(RNG.uniform(68, 90), 2)
        iv.append([f"«d.exam_no:DA2026{i:03d}»", P(nm()), RNG.choice(["临床医师", "护士"]), w, m,
                   round(w * 0.5 + m * 0.5, 2), RNG.choice(["是", "否"])])
    xlsx_doc("renshi/zhaopin/2026_mianshi_chengji_neibu.xlsx", "recruitment_interview_scores", {
        "成绩": [["", "", ""], ["2026年招聘笔试面试成绩汇总（未公布）"], [""]] + iv,
    }, cats=PER)

    eml_doc("youjian/diaodong_shenqing.eml", "transfer_request_email",
            f'"{S("hr")}" <«E:zhuangzhiqiang77@163.com»>', f'"{S("dean")}" <«E:hongzhennan@126.com»>',
            "关于护士" + S("nurse2") + "申请调动的情况",
            f"""«d.surname_title:洪院长»：
{S('nurse2')}昨天交来调动申请，想调到厦门海沧区的社区卫生服务中心，理由是丈夫在那边工作，孩子明年上小学。
她是我们急诊护理骨干，台风季排班很紧，我建议先谈一次，能否等明年6月后再放。
她的手机«T»，您看什么时候方便找她。
{S('hr')}
""", cats=PER)

    ns = [["姓名", "夜班数", "标准(元/班)", "金额", "银行卡号"]]
    for _ in range(6):
        n = RNG.randint(6, 12)
        ns.append([P(nm()), n, 60, n * 60, "«B»"])
    ns.append(["合计", "", "", "", ""])
    ns.append(["退回", "原登记卡号«d.bad_card»有误，已通知本人更正", "", "", ""])
    xlsx_doc("caiwu/gongzi/2026-10_yebanfei.xlsx", "night_shift_allowance", {
        "10月": [["2026年10月夜班费发放表"], ["科室：住院部、急诊"]] + ns,
    }, merges={"10月": ["A1:E1"]}, cats=("personnel", "financial"))

    hd = nm()
    text_doc("renshi/lizhi/lizhi_jiaojie.txt", "resignation_handover", f"""
离职交接单
离职人员：{P(hd)}　　科室：药剂科　　身份证号：«I»
离职原因：随家人移居马来西亚（已办护照 «S:EJ5820417»）
最后工作日：2026年12月15日
交接内容：药房钥匙2把、毒麻药品柜钥匙1把交{S('pharm')}；HIS账号由{S('it')}注销。
工资结算至12月15日，公积金封存。联系电话：«T»
""", cats=PER)

    docx_doc("renshi/jiangcheng/chacuo_chuli_jueding.docx", "medical_error_decision", [
        "关于一起给药差错的处理决定",
        f"11月2日，护士{P(nm())}在为住院患者{P(nm())}（住院号{rec_no('ZY', 7)}）静脉输液时，"
        "未严格执行查对制度，将同病室另一患者的头孢呋辛输入，发现及时，未造成不良后果。",
        "经护理质控小组讨论，决定：扣发当事人当月绩效500元，取消本年度评优资格，护士长负管理责任，扣发绩效200元。",
        f"护士长：{S('headnurse')}",
    ], cats=("personnel", "medical"))


# ============================================================================================
# SECRET: financial
# ============================================================================================

FIN = ("financial",)


def financial() -> None:
    book = [["日期", "凭证号", "摘要", "经手人", "收入", "支出", "余额"]]
    bal = 5000
    for d, what in [("11-02", "购买台风沙袋"), ("11-05", "渔政船燃油补贴（巡诊）"), ("11-09", "快递检验标本"),
                    ("11-14", "购买换药包"), ("11-20", "补充备用金"), ("11-26", "打印耗材")]:
        if what.startswith("补充"):
            inc, out = 3000, 0
        else:
            inc, out = 0, RNG.randint(80, 900)
        bal += inc - out
        book.append([d, f"«d.voucher_no:记-{RNG.randint(100, 399)}»", what, P(nm()), inc or "", out or "", bal])
    xlsx_doc("caiwu/beiyongjin/2026-11_beiyongjin_zhang.xlsx", "petty_cash_book", {
        "11月": [["备用金登记簿（2026年11月）"], ["保管人：" + S("cashier")], [""]] + book,
        "10月": [["（已结账）"], ["月末余额", 5000]],
    }, merges={"11月": ["A1:G1"]}, cats=FIN)

    docx_doc("caiwu/xiangmu/qiaolian_zizhu_shenqing.docx", "grant_application", [
        "关于申请侨联“侨爱渔乡”健康项目资助的报告（送审稿）",
        "一、项目内容：为大柑岛、小柑岛建设远程心电和视频问诊点各1个。",
        "二、预算：设备14.2万元，网络三年2.7万元，培训1.1万元，合计18万元；申请资助15万元，单位自筹3万元。",
        "三、我院2025年收支结余为负12.6万元，自筹部分拟从2026年公卫结余中列支。",
        f"项目负责人：{S('vice')}，手机«T»",
        "收款账户：" + CENTRE + "，开户行：农行东澳分理处，账号«d.corporate_account:13660101040008817»",
    ], cats=("financial", "other"))

    sheets = {
        "封面": [["审计工作底稿"], ["被审计单位：" + CENTRE], ["审计期间：2025年度"],
                 ["编制人：" + P(nm()), "复核人：" + P(nm())]],
        "货币资金": [["索引号", "«d.file_no:A-3-1»"], [""], ["项目", "账面数", "审定数", "差异"],
                     ["库存现金", 4821.5, 4321.5, 500], ["银行存款", 1386204.33, 1386204.33, 0]],
        "往来款": [["", ""], ["单位/个人", "账龄", "余额", "说明"],
                    [P(nm()), "2年以上", 8600, "原出纳借款未还"],
                    ["泉州海晏医疗器械有限公司", "1年以内", 42000, "设备预付款"]],
    }
    xlsx_doc("caiwu/shenji/2025_shenji_digao.xlsx", "audit_working_papers", sheets, cats=FIN)

    text_doc("caiwu/yusuan/2027_yusuan_cao.md", "budget_draft", f"""
# 2027年部门预算编制说明（初稿，未报县财政）

| 项目 | 2026年预算 | 2027年建议 | 增减 |
|---|---:|---:|---:|
| 基本支出 | 612.4 | 640.0 | 27.6 |
| 基本公卫 | 188.0 | 196.5 | 8.5 |
| 海岛巡诊 | 12.0 | 18.0 | 6.0 |
| 设备购置 | 35.0 | 80.0 | 45.0 |

说明：设备购置增加主要是拟更换DR；若县里不安排，考虑向银行贷款。
编制：{S('finance')}　审核：{S('dean')}
""", cats=FIN)

    aid = [["序号", "姓名", "身份证号", "事由", "补助金额", "银行卡号", "开户行"]]
    for i in range(1, 6):
        aid.append([str(i), P(nm()), "«I»", RNG.choice(["绞网伤截指", "海上落水肺炎", "鱼刺感染截肢", "脑出血"]),
                    str(RNG.choice([2000, 3000, 5000])), "«B»", RNG.choice(["农行", "农商行", "邮储"])])
    aid.append(["6", P(nm()), "«d.bad_id»", "减压病", "3000", "«d.bad_card»", "农商行"])
    csv_doc("caiwu/jiuzhu/yumin_jiuzhu_fafang.csv", "fisherman_medical_aid_payout", aid,
            cats=("financial", "medical"), encoding="gb18030")

    text_doc("caiwu/juanzeng/jiuhuche_juankuan_shiyong.txt", "donation_fund_use", f"""
旅菲同乡会捐赠款使用情况（内部）
收到捐款：38万元（车辆）＋5万元（配套设备）
已支出：车辆上牌、保险1.26万元；车载呼吸机4.8万元（超出配套款部分从事业基金垫付）
余额：-1.06万元
同乡会财务{P(nm())}要求明年1月提供明细和发票复印件，请{S('finance')}准备。
""", cats=("financial", "other"))

    text_doc("caiwu/fenxi/2026-10_shouzhi_fenxi.txt", "income_expense_analysis", """
2026年10月收支分析（院务会材料）
医疗收入 86.3万元，同比-7.9%，主要因台风停诊4天、渔船休渔期结束后船员外出。
药品收入占比 41.2%，高于县里考核线（40%）。
人员支出 64.1万元，占总支出 58%。
10月结余 -3.4万元，连续第二个月亏损。
建议：压缩办公费，暂缓采购二手彩超。
""", cats=FIN)

    bo = nm()
    docx_doc("caiwu/baoxiao/zuchuan_baoxiao.docx", "boat_rental_reimbursement", [
        "海岛巡诊租船费用报销单",
        "事由：11月5日至6日大柑岛、小柑岛巡诊，渔政船检修，临时租用渔船。",
    ], [[["船名", boat(), "船主", P(bo)],
         ["船主身份证号", "«I»", "船主电话", "«T»"],
         ["收款卡号", "«B:622848»", "金额", "1600.00"],
         ["经办人", S("doc1"), "审批", S("dean")]]], cats=FIN)

    eml_doc("youjian/gongzi_tuihui.eml", "salary_bounce_email",
            f'"{S("finance")}" <«E:xumeifeng_cw@163.com»>',
            f'"农行东澳分理处对公柜台" <«d.public_email:abc_dongao@163.com»>',
            "10月工资代发退回3笔，请核对",
            f"""您好：
10月工资代发有3笔退回，请协助查询原因：
1. {P(nm())}，卡号«B»，金额6432.18
2. {P(nm())}，卡号«B»，金额5120.00
3. {P(nm())}，卡号«B»，金额3988.60
我院代发账号«d.corporate_account:13660101040008817»。谢谢！
{S('finance')}　«L»
""", cats=("financial", "personnel"))


# ============================================================================================
# SECRET: operations
# ============================================================================================

OPS = ("operations",)


def operations() -> None:
    duty = [["日期", "带班领导", "医生", "护士", "司机", "领导手机"]]
    for d in ["7-28", "7-29", "7-30", "7-31"]:
        duty.append([d, S(RNG.choice(["dean", "vice"])), S(RNG.choice(["doc1", "doc2", "doc3"])),
                     S(RNG.choice(["nurse1", "nurse2", "headnurse"])), S("driver"), "«T»"])
    docx_doc("yuanban/yingji/2026_fangtai_zhiban_fangan.docx", "typhoon_duty_plan", [
        "2026年防台风应急值班方案",
        "一、Ⅳ级响应：常规值班加一名机动医生；Ⅲ级：取消休假；Ⅱ级以上：全员在岗，分三队进驻安置点。",
        "二、发电机由后勤负责，储油不少于400升；院内低洼处（药库一层）提前转移药品。",
        "三、渔港避风点联络：港务站值班电话" + "«d.public_phone:0595-86817655»" + "，渔船安全员"
        + P(nm()) + "（«T»）。",
        "四、值班表（7月底第一轮）",
    ], [duty], header="院办", cats=OPS)

    contacts = "海上救援联动内部联络表（不对外）\n"
    for role in ["大柑岛码头船老大", "小柑岛村医", "渔政中队快艇驾驶员", "东澳渔港调度", "县医院急诊科主任"]:
        contacts += f"{role}\t{P(nm())}\t«T»\n"
    contacts += f"卫生院急救组长\t{S('doc2')}\t«T»\n"
    text_doc("jijiu/haishang_jiuyuan_lianluo.txt", "rescue_liaison_list", contacts, cats=OPS)

    pdf_table_doc("zhaobiao/weibao_pingfen_neibu.pdf", "tender_scoring_unpublished",
                  ["医疗设备年度维保服务评标打分汇总（内部，未公布）", "评委：" + P(nm()) + "、" + P(nm()) + "、"
                   + S("vice")],
                  [["投标人", "报价(万元)", "价格分", "技术分", "商务分", "总分", "排序"],
                   ["泉州海晏医疗器械有限公司", "8.60", "28.4", "44", "17", "89.4", "1"],
                   ["厦门鹭健医疗设备维修有限公司", "7.90", "30.0", "38", "15", "83.0", "2"],
                   ["晋江安达医疗技术服务部", "9.50", "25.7", "35", "12", "72.7", "3"]],
                  ["备注：第二名报价最低但无DR原厂授权，技术分扣6分。",
                   "第三名投标文件所附统一社会信用代码«d.bad_uscc»与营业执照不一致，按无效处理。"], cats=OPS)

    sup1 = new_uscc_cached("haiyan")
    docx_doc("hetong/shebei_weibao_hetong.docx", "equipment_maintenance_contract", [
        "医疗设备维保服务合同",
        f"甲方：{CENTRE}",
        f"乙方：泉州海晏医疗器械有限公司（统一社会信用代码«U:{sup1}»）",
        "乙方地址：«A:泉州市丰泽区刺桐路218号海晏大厦6楼»",
        "合同金额：8.6万元/年，含DR球管以外的全部配件；响应时间4小时，台风期间不超过24小时。",
        f"乙方项目经理：{P(nm())}，手机«T»，邮箱«E:haiyan_service.lin@163.com»",
        "乙方开户行：兴业银行泉州分行，账号«d.corporate_account:155010100100238877»",
        f"甲方代表：{S('dean')}",
    ], footer="合同编号：«d.contract_no:DAWSY-HT-2026-019»", cats=("operations", "other"))

    text_doc("yaojian/yaopin_tanpan_jiyao.txt", "drug_price_negotiation_minutes", f"""
药品议价会议纪要
时间：2026年11月12日下午　地点：三楼会议室
参加：{S('dean')}、{S('pharm')}、{S('finance')}；配送企业代表{P(nm())}（«T»）
1. 复方甘草口服液：原价9.8元/瓶，对方同意降至8.6元，年用量约3000瓶。
2. 口服补液盐Ⅲ：台风季备货500盒，对方承诺48小时到货，价格不变。
3. 抗蛇毒血清：对方暂无货源，{S('pharm')}联系市疾控调剂。
以上价格为双方口头商定，不对外公布，待县集采平台挂网后执行。
""", cats=("operations", "financial"))

    xlsx_doc("yaojian/fangtai_yaopin_caigou_jihua.xlsx", "typhoon_drug_procurement_plan", {
        "计划": [["", "", ""], ["台风季应急药品采购计划（2027年）"],
                 ["品名", "规格", "数量", "预计单价", "供应商"],
                 ["破伤风抗毒素", "1500IU", 200, 18.5, "泉州海晏医疗器械有限公司"],
                 ["口服补液盐Ⅲ", "5.125g×6袋", 500, 4.2, "闽南医药配送公司"],
                 ["聚维酮碘", "500ml", 120, 9.8, "闽南医药配送公司"]],
    }, cats=OPS)

    text_doc("xinxi/his_yuancheng_weihu.txt", "his_remote_maintenance_note", f"""
HIS服务器远程维护记录
11月18日晚，厂商工程师{P(nm())}（«T»）远程升级电子病历模块。
VPN地址：«d.ip_address:10.35.8.12»　临时账号：whyz_1118　密码：Dawsy@1118（次日已改）
数据库备份路径 D:\\backup\\his_20261118.bak
操作人：{S('it')}
""", cats=OPS)

    lines_doc("yuanban/daoyu_fenzhendian_fangan", "docx", "expansion_plan", [
        "大柑岛分诊点建设方案（讨论稿）",
        "拟租用大柑岛原村小学两间教室，改造为分诊点，设诊室、观察室、药房各一间。",
        "人员：从本院抽调医生1名、护士1名轮驻，每周一轮换。",
        "投资：改造费约22万元，拟申请侨联资助及镇政府配套。",
        f"联系人：{S('vice')}",
    ], cats=("operations",))

    text_doc("tongji/yuanwu/2026_mubiao_wancheng.txt", "target_completion_unpublished", """
2026年1—10月目标任务完成情况（院内通报，未上报）
门诊人次：目标 24000，完成 18422（76.8%），落后进度
家庭医生签约率：目标 45%，完成 39.1%
高血压规范管理率：目标 65%，完成 58.3%（县考核前需补录随访）
海岛巡诊：目标 12次，完成 9次（台风取消3次）
""", cats=OPS)

    sp = nm()
    text_doc("houqin/shitang_gongying_bijia.md", "supplier_price_comparison", f"""
# 职工食堂水产品供应商比价

| 供应商 | 联系人 | 电话 | 带鱼(元/斤) | 小管(元/斤) |
|---|---|---|---|---|
| 东澳渔港鲜货档 | {P(sp)} | «T» | 18 | 26 |
| 前港村水产 | {P(nm())} | «T» | 17 | 28 |

建议选第一家，每月结算一次，收款卡«B»（户名{P(sp)}）。
""", cats=OPS)


# ============================================================================================
# SECRET: other, and documents already marked
# ============================================================================================

OTHER = ("other",)


def other_and_marked() -> None:
    docx_doc("yuanban/hezuo/tongxianghui_juanzeng_xieyi_cao.docx", "donation_agreement_draft", [
        "捐赠协议（草案）",
        "甲方：旅菲律宾东澳同乡会　　乙方：" + CENTRE,
        "第一条 甲方分三年向乙方捐赠人民币120万元，用于海岛分诊点建设及医护人员培训。",
        "第二条 乙方分诊点以甲方指定名称冠名，冠名期十年。",
        "第三条 本协议在双方签字盖章前，任何一方不得对外公布捐赠金额和冠名事项。",
        f"甲方联络人：{P(nm())}，菲律宾护照«S:P4418207B»，中国手机«T»",
    ], cats=OTHER)

    text_doc("yuanban/hezuo/kouqiang_hezuo_touzi.txt", "dental_joint_venture_note", f"""
关于与瑞齿口腔合作设立镇口腔诊疗中心的初步意向（院长办公会，不外传）
对方：晋江瑞齿口腔门诊部，统一社会信用代码«U»，负责人{P(nm())}
方案：对方投入设备约60万元，我院提供场地和医生，收益按4:6分成，期限8年。
风险：分成比例未经县卫健局审批；我院医生在对方处执业需备案。
下一步：{S('vice')}本月底前与对方再谈一次。
""", cats=("other", "operations"))

    docx_doc("yuanban/hezuo/liangan_jiaoliu_jihua.docx", "cross_strait_exchange_plan", [
        "两岸基层医疗交流合作方案（未报批）",
        "拟与台湾金门一家基层诊所建立对口交流关系，2027年互派医生各2人次，交流渔民职业病防治。",
        f"对方联系人：{P(nm())}医师，台湾居民来往大陆通行证{mtp()}",
        "本方案需经县台办、卫健局审批后方可实施，审批前请勿对外提及。",
    ], cats=OTHER)

    text_doc("shangji/2026-45_hao_tongzhi.txt", "superior_letter_marked", f"""
秘密★1年
屿南县卫生健康局
关于配合做好渔船涉外纠纷伤员医疗保障的通知
{CENTRE}：
近期我县一艘渔船在外海作业时与外籍船只发生纠纷，两名船员受伤，将于本周内返港。
请你院做好接诊准备，伤情和诊疗情况只向我局报告，不得接受媒体采访，不得在工作群中讨论。
联系人：局医政股{P(nm())}，电话«T»
""", cats=OTHER, mark=("秘密★1年", 1, False))

    text_doc("shangji/gongzuo_mimi_tongbao.md", "superior_letter_marked", """
工作秘密

# 关于全县基层医疗机构药品收入占比排名的通报

各卫生院：
1—9月全县11家卫生院药品收入占比由低到高排名如下：……东澳镇卫生院第9名（41.2%）。
本通报仅供各院领导班子掌握，不得转发。
""", cats=OTHER, mark=("工作秘密", None, False))

    docx_doc("yuanban/neibu_ziliao_yuanzhang_jianghua.docx", "internal_speech_marked", [
        "内部资料",
        "院长在2026年度工作务虚会上的讲话（整理稿）",
        "今年我们的账面是亏的，明年如果DR不换，影像这一块就要外包给县医院。",
        f"人员方面，{S('doc2')}借调一年，急诊要顶上来，我考虑从公卫科抽{S('nurse2')}回急诊。",
        "侨联那笔钱还没落地，请大家不要在外面说。",
    ], cats=("operations", "personnel", "other"), mark=("内部资料", None, False))

    text_doc("shangji/buqie_gongkai_diaocha.txt", "complaint_investigation_report", f"""
县卫健局医政股：
关于群众反映我院{S('doc3')}医生收受红包一事，经调查，情况如下：
反映人{P(nm())}（电话«T»）称其父在我院住院期间（住院号{rec_no('ZY', 7)}）送过两条烟，经核实已于次日退回，有病区护士{S('nurse1')}作证。
拟对{S('doc3')}进行诫勉谈话。
东澳镇卫生院
2026年11月20日
此件不公开
""", cats=("other", "personnel", "medical"), mark=("此件不公开", None, False))

    docx_doc("shangji/haiyu_anquan_banfa.docx", "superior_letter_marked", [
        "关于加强台风期间渔船人员医疗保障信息报送的通知",
        "各镇卫生院：台风期间渔船人员伤亡信息统一由县防指发布，各单位只报告、不发布。",
        f"报送人：{S('phw')}；报送邮箱：«d.public_email:ynxwjj_yzg@163.com»",
    ], header="秘密★6个月", cats=OTHER, mark=("秘密★6个月", 0.5, False))

    text_doc("shangji/jimi_bianjing_wenjian.txt", "state_secret_marked", """
机密★5年
关于海防重点区域民兵伤员医疗保障预案
（本件应在涉密计算机上处理，不得存放在卫生院文件服务器）
一、保障对象、人数及集结地点（略）
二、药品器材储备数量（略）
""", cats=OTHER, mark=("机密★5年", 5, True))

    text_doc("shangji/yiliao_jiufen_changqi.txt", "superior_letter_marked", f"""
秘密★长期
关于{P(nm())}医疗纠纷调解情况的报告
患者家属{P(nm())}（身份证号«I»）对其母亲在我院救治过程有异议，经县医调委调解，
我院一次性补偿4.5万元，双方签订协议后不得再就此事主张权利，协议内容保密。
""", cats=("other", "medical", "financial"), mark=("秘密★长期", None, False))


# ============================================================================================
# INTERNAL, NOT SECRET
# ============================================================================================


def internal() -> None:
    text_doc("yuanban/huiyi_tongzhi_1201.txt", "meeting_notice", f"""
会议通知
定于12月1日（周一）下午3点在三楼会议室召开全院职工大会，传达县卫生健康工作会议精神。
请各科室负责人通知到人，值班人员除外。
院办 {S('office')}
""", )
    text_doc("yuanban/neibu_dianhua.txt", "internal_extension_list", f"""
院内分机号（2026年12月）
院长室 8001　副院长室 8002　财务室 8010　人事科 8012
门诊护士站 8101　急诊 8120　预防接种 8133　药房 8140　口腔科 8150
总值班 8119（外线{DUTY}）
信息维护：{S('it')} 分机 8018
""")
    eml_doc("youjian/zhuanfa_peixun_tongzhi.eml", "training_forward_email",
            f'"{S("office")}" <«d.public_email:dawsy_yb@163.com»>', f'"全院" <«d.public_email:dawsy_all@163.com»>',
            "转发：县卫健局关于举办海上急救技能培训班的通知",
            "各科室：\n转发县局通知，培训时间12月8日至9日，地点县医院，每科报1人，12月3日前报院办。\n院办\n")
    xlsx_doc("houqin/shebei_xunjian_11.xlsx", "equipment_inspection_checklist", {
        "巡检": [["11月设备巡检表"], ["设备", "状态", "巡检人"],
                 ["发电机", "正常，试机15分钟", S("driver")], ["除颤仪", "正常，电量满", S("headnurse")],
                 ["负压救护车", "正常", S("driver")]],
    })
    text_doc("houqin/shitang_caipu.md", "staff_canteen_menu", """
# 职工食堂本周菜谱

- 周一：卤面、煎带鱼、炒包菜
- 周二：海蛎煎、紫菜蛋汤、清炒地瓜叶
- 周三：咸饭、土笋冻、白灼虾
- 周四：面线糊、炸醋肉、炒豆芽
- 周五：姜母鸭、炒芥菜
""")
    csv_doc("peixun/qiandao_tongji_11.csv", "training_signin_count", [
        ["科室", "应到", "实到", "缺席原因"],
        ["门诊", "12", "11", "1人下乡"], ["公卫", "9", "9", ""], ["住院", "10", "8", "2人夜班"],
    ])


# ============================================================================================
# SECRET: more kinds
# ============================================================================================


def more_secret() -> None:
    # foreign crew on a local boat: Latin-script names and their passports
    c1, c2 = "NGUYEN VAN THANH", "BUDI SANTOSO"
    eml_doc("youjian/waiji_chuanyuan_tijian.eml", "foreign_crew_health_email",
            f'"{P(nm())}" <«E:ylyy_chuandong88@qq.com»>', f'"{S("doc3")}" <«E:sumh_dawsy@163.com»>',
            "外籍船员体检安排", f"""苏医生：
我船{boat()}新来两个外籍船员，下周一上午来体检，麻烦安排：
{P(c1)}，越南籍，护照«S:C4127736»，左手被钢丝绳割伤还没好；
{P(c2)}，印尼籍，护照«S:B6254491»，说晚上咳嗽。
中介说要出具体检结论才能上船。
""", attachment=("船员名单.docx", {"paras": ["船员名单"], "tables": [[["姓名", "国籍", "护照号"],
                                                                    [P(c1), "越南", "«S:C4127736»"],
                                                                    [P(c2), "印度尼西亚", "«S:B6254491»"]]]}),
            cats=MED())

    tb = [["序号", "姓名", "与指示病例关系", "年龄", "电话", "PPD/IGRA", "胸片", "结论"]]
    for i, rel in enumerate(["同船船员", "同船船员", "同船船员", "妻子", "儿子"], 1):
        tb.append([str(i), P(nm()), rel, str(RNG.randint(12, 60)), "«T»", RNG.choice(["阴性", "阳性"]),
                   RNG.choice(["未见异常", "右上肺斑片影"]), RNG.choice(["排除", "预防性服药", "转结防所"])])
    pdf_table_doc("gongwei/jiehe/mijie_shaicha.pdf", "tb_contact_screening",
                  ["肺结核密切接触者筛查登记", f"指示病例：{P(nm())}（{boat()}轮机长）"], tb,
                  cats=MED())

    ae = nm()
    docx_doc("jiezhong/aefi_baogao_1021.docx", "aefi_report", [
        "疑似预防接种异常反应个案报告",
        f"受种者：{P(ae)}，女，出生日期2025年6月11日，身份证号«I:y20250611/ae1»",
        f"监护人：{P(nm())}，电话«T»，住址{addr()}",
        "疫苗：百白破（批号«d.batch_no:202605B14»），10月21日09:10接种于左上臂。",
        "反应：接种后约6小时体温39.2℃，接种部位红肿直径4cm，次日好转。",
        f"报告人：{S('nurse1')}",
    ], header="预防接种门诊", cats=MED())

    hc = nm()
    pdf_doc("tijian/qianzheng_jiankang_zhengming.pdf", "visa_health_certificate", [
        "健康证明（赴新加坡探亲签证用）\n"
        f"姓名：{P(hc)}　性别：男　出生：1952年\n"
        "护照号：«S:EH0937651»　身份证号：«I:y1952/hc1»\n"
        "检查结果：胸部DR未见活动性病变；HIV抗体阴性；血压148/88mmHg\n"
        "结论：未发现传染性疾病，高血压1级，目前服药控制。\n"
        f"体检医生：{S('doc1')}"
    ], cats=MED())

    ab = [nm() for _ in range(6)]
    text_doc("gongwei/laonian/tijian_yichang_tongzhi.txt", "elderly_check_abnormal_list", f"""
老年人体检异常结果需复诊名单（请各村医通知到人）
血糖≥11.1：{'、'.join(P(n) for n in ab[:2])}
肝功能ALT>120：{P(ab[2])}
心电图房颤：{P(ab[3])}、{P(ab[4])}
胸片肺部肿块：{P(ab[5])}（已电话通知家属，儿子电话«T»）
""", cats=MED())

    text_doc("jijiu/120_diaodu_zhuanxie.txt", "dispatch_call_transcript", f"""
120调度电话转写 2026-11-22 02:14
调度：这里是120，请讲。
来电：我爸晕倒了，叫不醒，在«A:前港村新厝17号»
调度：病人多大年纪？有没有呼吸？
来电：七十多了，好像还有喘气，嘴巴歪了。
调度：你叫什么名字？电话多少？
来电：我叫{P(nm())}，电话«T»。
调度：不要搬动他，侧过来防止呕吐物呛到，救护车马上到。
（派车：东澳镇卫生院，{S('doc3')}、{S('driver')}）
""", cats=MED())

    ob = "急诊留观登记（11月第4周）\n"
    ob += f"{'入观时间':<10}{'姓名':<6}{'住院号':<12}{'诊断':<14}{'去向':<6}\n"
    for _ in range(5):
        ob += (f"{'11-' + str(RNG.randint(22, 28)) + ' ' + str(RNG.randint(10, 23)) + ':00':<12}{P(nm())}  "
               f"{rec_no('ZY', 7)}  {RNG.choice(['急性胃肠炎', '酒精中毒', '头皮裂伤', '哮喘发作', '低钾血症']):<10}"
               f"{RNG.choice(['离院', '转县医院', '收住院'])}\n")
    text_doc("jizhen/liuguan_dengji_w48.txt", "emergency_observation_register", ob, cats=MED())

    rj = [["结算单号", "患者", "住院号", "拒付项目", "拒付金额", "原因", "责任医生"]]
    for _ in range(4):
        rj.append([f"«d.order_no:JS{digits(10)}»", P(nm()), rec_no("ZY", 7),
                   RNG.choice(["头孢曲松", "心电监护", "中药熏洗"]), RNG.choice(["86.40", "240.00", "132.80"]),
                   RNG.choice(["超适应证", "重复收费", "无医嘱"]), S(RNG.choice(["doc1", "doc2", "doc3"]))])
    xlsx_doc("caiwu/yibao/2026Q3_jujfu_mingxi.xlsx", "insurance_rejection_detail", {
        "拒付": [["医保结算拒付明细（第三季度）"], ["", "", "", "", "合计", "1,284.60"], [""]] + rj,
    }, cats=("financial", "medical"))

    zd = [["姓名", "驻岛天数", "补贴标准", "金额", "卡号"]]
    for _ in range(4):
        days = RNG.randint(6, 20)
        zd.append([P(nm()), str(days), "80元/天", str(days * 80), "«B»"])
    csv_doc("caiwu/butie/zhudao_butie_11.csv", "island_posting_allowance", zd,
            cats=("personnel", "financial"), encoding="utf-8-sig")

    docx_doc("renshi/gangwei/2027_gangwei_shezhi_fangan.docx", "post_establishment_plan", [
        "2027年岗位设置及人员调整方案（征求意见稿）",
        "核定编制48人，现有在编41人、编外19人。",
        f"拟撤销后勤保障科，并入院办；原科长{P(nm())}改任院办副主任。",
        f"急诊科主任暂由{S('doc3')}兼任；{S('doc2')}借调期间保留职务。",
        "编外人员工资拟统一调整为每月3600元起。",
    ], footer="征求意见稿 请勿外传", cats=PER)

    jp = [["竞聘岗位", "姓名", "演讲", "民主测评", "领导评议", "总分", "结果"]]
    for post in ["公卫科科长", "公卫科科长", "护理部副主任", "药剂科科长"]:
        jp.append([post, P(nm()), RNG.randint(70, 92), RNG.randint(60, 95), RNG.randint(70, 95), "", ""])
    jp[1][6] = "拟任"
    jp[3][6] = "拟任"
    xlsx_doc("renshi/jingpin/zhongceng_jingpin_defen.xlsx", "middle_manager_selection", {
        "得分": [["中层干部竞聘得分（班子会用）"], [""]] + jp,
    }, cats=PER)

    edu = [["姓名", "子女姓名", "就读学校", "补助(元)"]]
    for _ in range(4):
        edu.append([P(nm()), P(nm()), RNG.choice(["东澳中心小学", "屿南一中", "泉州师院"]), RNG.choice(["500", "800", "1000"])])
    text_doc("gonghui/zinv_jiaoyu_buzhu.md", "staff_child_education_grant",
             "# 职工子女助学补助名单（工会）\n\n" + "\n".join("| " + " | ".join(map(str, row)) + " |" for row in edu) + "\n",
             cats=("personnel", "financial"))

    sq = [["供应商", "联系人", "手机", "邮箱", "资质到期", "审查意见"]]
    for comp in ["闽南医药配送公司", "厦门鹭健医疗设备维修有限公司", "晋江安达医疗技术服务部"]:
        sq.append([comp, P(nm()), "«T»", f"«E:{RNG.choice(['sales', 'lin', 'chen', 'huang'])}{digits(4)}@{RNG.choice(['qq.com', '163.com'])}»",
                   f"2027-0{RNG.randint(1, 9)}-30", RNG.choice(["合格", "补交授权书", "暂停合作"])])
    xlsx_doc("caigou/gongyingshang_zizhi_shencha.xlsx", "supplier_qualification_review", {
        "审查": [["", ""], ["", ""], ["2026年度供应商资质审查"]] + sq,
    }, cats=OPS)

    text_doc("xinxi/wangluo_peizhi.txt", "network_config_passwords", f"""
网络设备配置备忘（信息科）
核心交换机 «d.ip_address:192.168.10.1»　admin / Dawsy#2026sw
防火墙 «d.ip_address:192.168.10.254»　管理口令 Fw@dongao88
无线AP 密码（职工网）：dawsy8888　　访客网：不设密码，认证页
医保专线路由由电信维护，故障报修«d.public_phone:0595-86810000»
记录人：{S('it')}
""", cats=OPS)

    eml_doc("youjian/guanming_shiyi.eml", "donation_naming_email",
            f'"{S("dean")}" <«E:hongzhennan@126.com»>', f'"{FX("蔡金狮")}" <«E:caijinshi.ph@gmail.com»>',
            "分诊点冠名事宜",
            f"""{FX('蔡金狮')}会长：
您好！关于大柑岛分诊点冠名，县卫健局原则同意，但要求冠名期不超过五年，协议草案见附件，请同乡会研究。
在正式签约前，捐赠金额和冠名暂不对外宣传。
{S('dean')}
""", attachment=("协议修改稿.docx", {"paras": ["捐赠协议（修改稿）", "冠名期五年。", "捐赠金额：人民币壹佰贰拾万元。"]}),
            cats=OTHER)

    ff = nm()
    docx_doc("gongwei/siwang/sangzang_tongzhi.docx", "death_notification", [
        "死亡报告及殡葬告知书",
        f"死者{P(ff)}，男，身份证号«Io»，生前住{addr()}。",
        "2026年11月29日凌晨在家中死亡，根本死因：肺癌晚期（县医院住院号" + rec_no("ZY", 7) + "）。",
        f"家属{P(nm())}（«T»）已领取《居民死亡医学证明（推断）书》第四联。",
        "请于3日内到镇民政办理火化手续，殡仪馆咨询电话" + "«d.public_phone:0595-86900110»" + "。",
        f"经办人：{S('phw')}",
    ], cats=MED())

    pc = nm()
    text_doc("jingfang/peidui_jishi.txt", "home_care_diary_prose", f"""
12月1日　阴
下午随{S('doc1')}去西埔村看{P(pc)}。他去年出海时船翻了，同船三个人只有他活下来，之后就不大出门，
夜里常惊醒，喝酒越来越多。他母亲说他把船卖了，钱都放在床底下，谁也不让碰。
{S('doc1')}跟他聊了快一个小时，他答应下周三来门诊，先从睡眠问题开始治。
他母亲的电话«T»，他自己不接电话。
""", cats=MED())

    text_doc("caiwu/yibao/zicha_weigui.txt", "insurance_self_check", f"""
医保基金使用自查发现的问题（内部）
1. 挂床住院1例：患者{P(nm())}，住院号{rec_no('ZY', 7)}，住院期间夜间不在院，已退回医保基金1846元。
2. 串换项目：口腔科将“树脂充填”按“复杂充填”收费12例，涉及金额960元。
3. 责任人：{S('dental')}、{S('headnurse')}，拟扣发当月绩效。
""", cats=("financial", "medical", "personnel"))


# ============================================================================================
# PUBLIC: more — published lists, schedules, reposts, a filling guide
# ============================================================================================

MORE_LEAFLETS: list[tuple[str, list[str]]] = [
    ("beilei_zhongdu", [
        "贝类毒素：煮熟了也可能中毒",
        "赤潮期间，贻贝、牡蛎、扇贝可能富集麻痹性贝类毒素，高温烹煮不能去除。",
        "食后半小时内出现口唇、四肢麻木，应立即就医。",
        "请留意海洋渔业部门发布的赤潮预警，预警期间不采挖、不购买、不食用。",
    ]),
    ("haishe_yaoshang", [
        "渔网里的海蛇，别徒手抓",
        "海蛇毒性强，咬伤后局部可不痛不肿，数小时后出现肌肉疼痛、酱油色尿。",
        "被咬后保持安静，伤肢制动、低于心脏，尽快送医，不要切开伤口用嘴吸。",
    ]),
    ("yuanyang_chuanyuan", [
        "远洋船员出海前，这些药要备好",
        "常用药：退热药、止泻药、口服补液盐、抗过敏药、创可贴和弹力绷带。",
        "慢性病患者按航程带足药量，另备一份处方复印件。",
        "出海前到卫生院做一次体检，拿好健康证明。",
    ]),
    ("zhongyao_xiangnang", [
        "端午香囊的来历",
        "端午佩香囊的习俗由来已久，传说与纪念«d.famous:屈原»有关。",
        "香囊多装苍术、藿香、白芷、艾叶，气味芳香，但不能代替驱蚊措施。",
        "对香料过敏的儿童不宜长时间佩戴。",
    ]),
    ("xuexi_zhuanjia", [
        "高血压用药的五个误区",
        "误区一：没症状就不用吃药。误区二：血压正常了就停药。",
        "误区三：保健品可以代替降压药。误区四：降压越快越好。",
        "误区五：别人吃什么药我也吃什么药。",
    ]),
    ("laoren_yimiao", [
        "老年人为什么要打肺炎疫苗",
        "肺炎链球菌是老年人社区获得性肺炎最常见的病原体。",
        "60岁以上老人接种23价肺炎球菌多糖疫苗，一般只需接种一剂。",
        "本镇户籍65岁以上老人可免费接种，请携带身份证到接种门诊。",
    ]),
    ("zhengchenggong_yaoshu", [
        "从«d.famous:郑成功»驻军说起：闽南的防疫传统",
        "明末«d.famous:郑成功»驻军厦门、金门一带，军中设医官，流行病时令“煮水而饮”。",
        "今天提倡喝开水、勤洗手，道理是一样的。",
    ]),
    ("shuihou_fupan", [
        "暴雨后的鼠咬热和钩体病",
        "洪水过后老鼠活动增多，赤脚下田、涉水容易感染钩端螺旋体。",
        "出现发热、小腿肌肉疼痛、眼结膜充血，请及时就诊并说明涉水史。",
    ]),
]


def more_public() -> None:
    for i, (stem, lines) in enumerate(MORE_LEAFLETS):
        lines_doc(f"xuanjiao/{stem}", ["md", "pdf", "docx", "txt"][i % 4], "health_education_leaflet",
                  lines, pub=True)

    names = [nm() for _ in range(4)]
    text_doc("gonggao/2026_pinren_gongshi.txt", "published_appointment_list", f"""
2026年度专业技术职务拟聘人员公示
经个人申报、科室推荐、院务会研究，拟聘任以下人员：
副主任医师：{S('doc1')}
主管护师：{S('nurse1')}
主治医师：{P(names[0])}、{S('dental')}
公示期：2026年12月10日至12月16日。如有异议，请向院纪检监督员反映，电话{SWITCH}。
""", pub=True)

    sched = [["日期", "上午", "下午", "科室"]]
    for d in ["周一", "周二", "周三", "周四", "周五"]:
        sched.append([d, S(RNG.choice(["doc1", "doc2", "doc3"])), S(RNG.choice(["doc1", "doc2", "doc3"])), "全科"])
    sched.append(["周三下午", "", P(names[1]) + "（县医院精神科，对口支援）", "精防门诊"])
    xlsx_doc("gonggao/zuozhen_paiban_12.xlsx", "published_clinic_schedule", {
        "12月": [["12月门诊坐诊安排（门诊大厅公示）"], [""]] + sched,
    }, pub=True)

    hon = "2025年度无偿献血表彰名单（县献血办公布）\n献血奉献奖金奖：" + "、".join(P(nm()) for _ in range(3))
    hon += "\n献血奉献奖银奖：" + "、".join(P(nm()) for _ in range(4)) + "\n"
    text_doc("xinwen/xianxue_biaozhang.txt", "published_honour_list", hon, pub=True)

    text_doc("renshi/zhaopin/2025_ni_luyong_gongshi.md", "recruitment_result_published", f"""
# 2025年公开招聘拟录用人员公示

| 岗位 | 姓名 | 性别 | 毕业院校 |
|---|---|---|---|
| 临床医师 | {P(names[2])} | 男 | 福建医科大学 |
| 护士 | {P(names[3])} | 女 | 泉州医学高等专科学校 |

公示期7天，监督电话：{HRPHONE}，{BUREAU}
""", pub=True)

    sup = new_uscc_cached("haiyan")
    pdf_doc("caigou/weibao_zhongbiao_gonggao.pdf", "procurement_announcement", [
        "医疗设备年度维保服务中标结果公告\n"
        "中标人：泉州海晏医疗器械有限公司\n"
        f"统一社会信用代码：«U:{sup}»\n"
        "中标金额：8.6万元/年\n"
        "评标委员会：依法组建（名单略）\n"
        "代理机构电话：«d.public_phone:0595-86910020»"
    ], pub=True)

    lines_doc("zhengce/yumin_huzhu", "docx", "published_policy", [
        "渔业互助保险船员伤害保障简介",
        "保障范围：渔船船员在海上作业期间的意外伤害和疾病身故。",
        "保额：每人每年30万、50万、80万元三档，船东为船员统一投保。",
        "理赔材料：事故证明、病历、费用清单，由船东向互保协会办事处申请。",
    ], pub=True)
    lines_doc("zhengce/laonian_youdai", "txt", "published_policy", [
        "东澳镇老年人就医优待措施",
        "70岁以上老人免收普通门诊挂号费。",
        "独居、失能老人可预约家庭医生上门服务。",
        "海岛老人乘渔政船到镇区就医，凭就诊凭证享受免费船票。",
    ], pub=True)

    csv_doc("shoufei/changyong_yaopin_jiage.csv", "published_drug_price_list", [
        ["药品名称", "规格", "单位", "零售价(元)"],
        ["硝苯地平控释片", "30mg×7片", "盒", "12.60"], ["二甲双胍片", "0.5g×48片", "盒", "8.90"],
        ["口服补液盐Ⅲ", "5.125g×6袋", "盒", "4.20"], ["茶苯海明片", "25mg×12片", "盒", "3.50"],
    ], pub=True, encoding="gb18030")

    text_doc("xuanjiao/gongzhonghao_zhuanfa_hanchao.txt", "wechat_article_repost", """
【转发】寒潮来袭，老人孩子注意这几点
来源：健康屿南公众号
1. 室内外温差大，出门加衣戴帽。
2. 心脑血管病患者晨起不要马上外出晨练。
3. 使用炭火取暖务必开窗通风，防止一氧化碳中毒。
健康咨询请拨打""" + H12320 + "\n", pub=True)

    text_doc("biaoge/tianxie_shili_jiezhong.txt", "filling_guide", """
出国（境）人员预防接种证明申请表 填写示例
姓名：«d.placeholder:张三»
护照号码：«d.placeholder:E00000000»
前往国家或地区：菲律宾
联系电话：«d.placeholder_phone:138xxxxxxxx»
注：示例信息为虚构，请据实填写本人信息。
""", pub=True)

    lines_doc("peixun/jiaotong_jiuzhu", "pdf", "training_material", [
        "道路交通伤院前急救要点",
        "先确保现场安全，放置警示标志，再接近伤员。",
        "怀疑颈椎损伤时手法固定头颈部，上颈托后再搬运。",
        "大出血优先止血，止血带需记录上带时间。",
    ], pub=True)
    lines_doc("peixun/xianxue_zixun", "md", "training_material", [
        "献血前健康征询要点（公卫科培训）",
        "询问近期用药、拔牙、纹身、出境旅行史。",
        "血压、体重、血红蛋白快速检测须符合标准。",
        "征询表由献血者本人签字，血站留存。",
    ], pub=True)
    lines_doc("peixun/siwang_baogao", "docx", "training_material", [
        "居民死亡医学证明书填写规范",
        "根本死因只填一个，应为引起死亡的起始疾病。",
        "不能以“心跳呼吸衰竭”“多器官衰竭”作为根本死因。",
        "家中死亡、无法确定死因的，按死因推断流程处理。",
    ], pub=True)

    xlsx_doc("tongji/xingzheng_cun_renkou.xlsx", "published_statistics", {
        "人口": [["", ""], ["东澳镇各村（社区）常住人口及65岁以上老人数（2025年末，公开）"],
                 ["村（社区）", "常住人口", "65岁以上", "独居老人"],
                 ["东澳社区", 8412, 1104, 96], ["澳头村", 3920, 655, 71], ["大柑岛村", 236, 98, 23]],
    }, pub=True)


SECTIONS = (
    leaflets,
    blank_forms,
    news,
    notices,
    policies,
    statistics,
    prices_procurement_jobs,
    training,
    medical,
    medical_2,
    personnel,
    financial,
    operations,
    other_and_marked,
    internal,
    more_secret,
    more_public,
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
