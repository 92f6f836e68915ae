"""Write the second held-out corpus: township health-centre documents written apart from the rules.

Every text below was written by hand. The random generator (fixed seed) makes only check digits
(GB 11643 resident IDs, Luhn bank cards, GB 32100 credit codes) and the random digits of mobile
numbers and cards, so a rerun gives byte-identical texts (docx/xlsx/pdf carry their own
timestamps).

Inside the texts, a value to be listed in ``truth.jsonl`` is written between guillemets:
``«P:孔祥德»`` is a PERSON, ``«T»`` a new random mobile (CN_PHONE), ``«I»`` a new resident ID,
``«d.hotline:12320»`` a decoy of kind ``hotline``. The marks are removed from the files and the
values recorded, so the truth lists every occurrence exactly as written. At the end every file is
read back with the same libraries (python-docx, openpyxl, pypdf) and each listed value must occur
exactly as often as listed (``check``).

Run: ``python benchmarks/heldout2/make_heldout2.py`` (writes docs/ and truth.jsonl here).
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
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE.parent.parent))

from tests.docmaker import CJK_FONT, make_docx, make_pdf, make_text  # noqa: E402

SEED = 20261207
RNG = random.Random(SEED)

CODES = {
    "P": "PERSON",
    "I": "CN_RESIDENT_ID",
    "Ic": "CN_RESIDENT_ID",
    "Io": "CN_RESIDENT_ID",
    "T": "CN_PHONE",
    "A": "CN_ADDRESS",
    "R": "CN_MEDICAL_RECORD_NO",
    "B": "CN_BANK_CARD",
    "E": "EMAIL_ADDRESS",
    "U": "CN_USCC",
    "S": "CN_PASSPORT",
}

# County codes of the area the fictional 青溪镇 lies in, plus a few of people who moved there.
AREAS = ["331127", "331127", "331127", "331123", "331102", "330824", "362330", "522422"]
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
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]
CARD_PREFIXES = ["622848", "621700", "622202", "623059", "621799", "622908", "628288", "621226"]

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


# --------------------------------------------------------------------------------------------
# marks → values, documents → files
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"«([A-Za-z]+)(?:\.([a-z_]+))?(?::([^»]*))?»")
TRUTH: list[dict[str, Any]] = []
_current: dict[str, Any] = {}
_PEOPLE: dict[str, str] = {}


def _value(code: str, kind: str | None, given: str | None) -> str:
    if code == "I" and given and given.startswith("y"):
        # «I:y1955/帅金娥»: born that year (or on that day), the same ID wherever the tag recurs
        if given not in _PEOPLE:
            born = given[1:].split("/")[0]
            if len(born) == 4:
                _PEOPLE[given] = new_id(int(born), int(born))
            else:
                first = RNG.choice(AREAS) + born + f"{RNG.randint(0, 999):03d}"
                _PEOPLE[given] = first + id_check(first)
        return _PEOPLE[given]
    if code == "B" and given and len(given) <= 6:
        return new_card(given)  # «B:622848»: a new card of that issuer
    if given:
        return given
    if code == "I":
        return new_id()
    if code == "Ic":
        return new_id(2016, 2025)
    if code == "Io":
        return new_id(1936, 1962)
    if code == "T":
        return mobile()
    if code == "B":
        return new_card()
    if code == "U":
        return new_uscc()
    if code == "d" and kind == "bad_id":
        return bad_id()
    if code == "d" and kind == "bad_card":
        return bad_card()
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


def _start(name: str, kind: str, cats: tuple[str, ...], pub: bool, mark: Any) -> Path:
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
    mark: Any = None,
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
    mark: Any = None,
    encoding: str = "utf-8",
) -> None:
    path = _start(name, kind, cats, pub, mark)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow([r(c) for c in row])
    make_text(path, buf.getvalue(), encoding=encoding, bom=encoding == "utf-8-sig")
    _finish(encoding)


def docx_doc(
    name: str,
    kind: str,
    paras: list[str],
    tables: list[list[list[str]]] = (),  # type: ignore[assignment]
    header: str | None = None,
    footer: str | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Any = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    make_docx(
        path,
        [r(p) for p in paras],
        [[[r(c) for c in row] for row in t] for t in tables],
        header=r(header) if header else None,
        footer=r(footer) if footer else None,
    )
    _finish()


def xlsx_doc(
    name: str,
    kind: str,
    sheets: dict[str, list[list[Any]]],
    merges: dict[str, list[str]] | None = None,
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Any = None,
) -> None:
    from openpyxl import Workbook

    path = _start(name, kind, cats, pub, mark)
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title=title)
        for row in rows:
            sheet.append([None if c == "" else r(c) for c in row])
        for span in (merges or {}).get(title, []):
            sheet.merge_cells(span)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))
    _finish()


def pdf_doc(
    name: str,
    kind: str,
    pages: list[str],
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Any = None,
) -> None:
    path = _start(name, kind, cats, pub, mark)
    make_pdf(path, [r(p) for p in pages])
    _finish()


def pdf_table_doc(
    name: str,
    kind: str,
    before: list[str],
    table: list[list[str]],
    after: list[str] = (),  # type: ignore[assignment]
    cats: tuple[str, ...] = (),
    pub: bool = False,
    mark: Any = None,
    size: float = 9.0,
) -> None:
    """A PDF whose table is drawn as ruled cells: the header row is text far above most values."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    path = _start(name, kind, cats, pub, mark)
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    before_t = [r(x) for x in before]
    rows = [[r(c) for c in row] for row in table]
    after_t = [r(x) for x in after]
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
    pdf.setFont(CJK_FONT, 14)
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


# Often used marks: the centre's published numbers and well-known hotlines are decoys.
SWITCH = "«d.public_phone:0578-6213120»"
CENTRE_ADDR = "«d.public_address:桐溪县青溪镇和平街56号»"
H12320 = "«d.hotline:12320»"
H120 = "«d.hotline:120»"


# ============================================================================================
# PUBLIC: health-education leaflets
# ============================================================================================


def leaflets() -> None:
    text_doc(
        "pub_leaflet_高血压.txt",
        "health_education_leaflet",
        f"""
高血压防治小知识（青溪镇卫生院健康教育宣传栏）

一、什么是高血压？在未使用降压药物的情况下，非同日3次测量诊室血压，收缩压≥140mmHg和（或）舒张压≥90mmHg。
二、哪些人容易得高血压：口味重、爱吃腌菜咸肉的；超重肥胖的；长期饮酒的；家里父母有高血压的。
三、怎么办：每天食盐不超过5克（一啤酒瓶盖），戒烟限酒，每周运动5次、每次30分钟。
四、35岁以上居民每年至少测量一次血压。65岁以上老人可到卫生院免费测血压、建健康档案。
五、已经确诊的病人要按医嘱长期服药，不要血压一正常就自行停药，不要听信保健品广告。

咨询电话：{SWITCH}（工作日8:00-17:00）  卫生健康热线：{H12320}
""",
        pub=True,
    )

    text_doc(
        "pub_leaflet_糖尿病饮食.md",
        "health_education_leaflet",
        """
# 糖尿病病人怎么吃

> 青溪镇卫生院 慢病管理门诊 编印

## 主食
- 粗细搭配：米饭里掺一把糙米、燕麦或者玉米碴。
- 每餐主食一拳头大小（生重约 75 克）。

## 蔬菜和水果
- 每天蔬菜 500 克，绿叶菜占一半。
- 血糖控制好（空腹 < 7.0 mmol/L）时，两餐之间可吃半个苹果或一小把草莓。

## 不建议
- 稀饭、米粉汤一次喝很多；蜂蜜水、甜饮料；油炸果子。

## 监测
| 项目 | 目标 |
|---|---|
| 空腹血糖 | 4.4–7.0 mmol/L |
| 糖化血红蛋白 | < 7.0 % |
| 血压 | < 130/80 mmHg |

有疑问请到慢病门诊（门诊楼二楼 203 室）咨询。
""",
        pub=True,
    )

    pdf_doc(
        "pub_leaflet_肺结核.pdf",
        "health_education_leaflet",
        [
            f"""
肺结核防治核心信息

1. 肺结核是长期严重危害人民群众身体健康的慢性传染病。
2. 肺结核主要通过呼吸道传播，人人都有可能被感染。
3. 咳嗽、咳痰2周以上，应怀疑得了肺结核，要及时就诊。
4. 不随地吐痰，咳嗽、打喷嚏时掩口鼻，戴口罩可以减少肺结核的传播。
5. 规范全程治疗，绝大多数患者可以治愈，还可避免传染他人。
6. 出现肺结核可疑症状或被诊断为肺结核后，应当主动向学校或单位报告。
7. 国家对确诊的肺结核患者提供免费的一线抗结核药物。

青溪镇卫生院公共卫生科  宣
结核病定点医院：桐溪县人民医院感染科
健康咨询：{H12320}
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_leaflet_狂犬病暴露处置.docx",
        "health_education_leaflet",
        [
            "被猫狗咬伤、抓伤怎么办？",
            "第一步：立即用肥皂水（或其他弱碱性清洗剂）和流动清水交替冲洗伤口约15分钟。",
            "第二步：用稀释碘伏或其他具有病毒灭活效果的皮肤黏膜消毒剂涂擦伤口。",
            "第三步：尽快（24小时内）到狂犬病暴露预防处置门诊接种狂犬病疫苗，三级暴露还要注射被动免疫制剂。",
            "不要用嘴吸伤口，不要用布条紧扎，不要相信草药敷伤口。",
            "本镇狂犬病暴露预防处置门诊设在青溪镇卫生院一楼预防接种门诊东侧，24小时接诊。",
            "法国科学家"
            + "«d.famous:路易·巴斯德»"
            + "于1885年第一次用减毒疫苗救治了被狂犬咬伤的孩子。",
        ],
        footer="青溪镇卫生院 宣",
        pub=True,
    )

    text_doc(
        "pub_leaflet_手足口病.txt",
        "health_education_leaflet",
        """
【家长必读】手足口病预防“十五字”

洗净手、喝开水、吃熟食、勤通风、晒衣被

手足口病多发生于5岁以下儿童，主要症状为发热，手、足、口腔等部位出现皮疹或疱疹。
大多数孩子一周左右自愈；少数可出现脑膜炎、脑炎等，如果孩子持续高热、精神差、呕吐、肢体抖动，请马上到医院。
EV71疫苗属于自愿自费接种的第二类疫苗，6月龄至5岁儿童可以接种，详情咨询预防接种门诊。
托幼机构要做好晨午检，发现疑似病例及时让孩子回家休息并报告。
""",
        pub=True,
        encoding="gb18030",
    )

    pdf_doc(
        "pub_leaflet_流感疫苗.pdf",
        "health_education_leaflet",
        [
            f"""
2026—2027年度流感疫苗接种指引

推荐优先接种人群：医务人员；60岁及以上老年人；6月龄至5岁儿童；慢性病患者；孕妇。
接种时间：每年10月底前完成接种最好，整个流行季都可以接种。
接种地点：青溪镇卫生院预防接种门诊（周一至周五上午）。
费用：按省物价部门核定价格收取，60岁以上老人按县里政策减免，详见门诊公示栏。
接种后请留观30分钟。接种当天不要洗澡、不要剧烈运动。
如有疑问，可拨打卫生院总机 {SWITCH} 或全国卫生健康热线 {H12320}。
"""
        ],
        pub=True,
    )

    md = """
# 老年人健康管理服务（免费）

辖区内 65 岁及以上常住居民，每年可以到卫生院享受一次免费健康体检，包括：

1. 生活方式和健康状况评估；
2. 体格检查：身高、体重、腰围、血压、视力、听力、口腔；
3. 辅助检查：血常规、尿常规、肝功能、肾功能、空腹血糖、血脂、心电图、腹部B超；
4. 健康指导：告知体检结果并进行相应健康指导。

**请带上身份证和医保卡，体检当天早上空腹。**

体检时间：每年 4 月至 9 月，各村按卫生院排期通知（村医会提前入户告知）。
"""
    text_doc("pub_leaflet_老年人体检.md", "health_education_leaflet", md, pub=True)

    docx_doc(
        "pub_leaflet_孕期保健.docx",
        "health_education_leaflet",
        [
            "准妈妈须知：孕期至少5次产前检查",
            "孕13周前：建立《母子健康手册》，做第1次产前检查（免费）。",
            "孕16—20周、21—24周、28—36周、37—40周：各至少1次。",
            "高危孕妇（年龄≥35岁、有妊娠高血压、糖尿病、前置胎盘等）要按医生要求增加检查次数并到县妇幼保健院分娩。",
            "农村孕产妇住院分娩按县里政策给予补助，办理出院时直接结算。",
            "产后7天内和42天，社区医生会上门访视或请您到卫生院复查。",
        ],
        tables=[
            [
                ["检查时间", "主要内容"],
                ["孕早期", "建册、血常规、尿常规、血型、肝肾功能、乙肝、梅毒、艾滋病检测"],
                ["孕中期", "唐氏筛查或无创DNA（自愿）、B超大排畸"],
                ["孕晚期", "胎心监护、血常规复查"],
            ]
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_儿童接种程序.txt",
        "health_education_leaflet",
        """
国家免疫规划疫苗儿童免疫程序（简表）

  疫苗名称        出生  1月  2月  3月  4月  5月  6月  8月  9月  18月  2岁  3岁  4岁  5岁  6岁
  乙肝疫苗         1    2                        3
  卡介苗           1
  脊灰灭活疫苗               1    2
  脊灰减毒活疫苗                       3                                      4
  百白破疫苗                      1    2    3                 4
  白破疫苗                                                                                 5
  麻腮风疫苗                                          1              2
  乙脑减毒活疫苗                                      1                  2
  A群流脑多糖疫苗                              1         2
  A群C群流脑多糖疫苗                                                     1              2
  甲肝减毒活疫苗                                                  1

说明：以上为免费疫苗。请带好预防接种证按时接种；错过时间请及时补种。
""",
        pub=True,
    )

    pdf_doc(
        "pub_leaflet_艾滋病.pdf",
        "health_education_leaflet",
        [
            """
世界艾滋病日宣传：共抗艾滋 共享健康

艾滋病是一种危害大、病死率高的重大传染病，目前尚无可预防的疫苗和治愈的药物。
艾滋病通过性接触、血液和母婴三种途径传播。一般日常生活接触不会传播艾滋病。
青溪镇卫生院提供免费艾滋病咨询与检测（VCT），检测结果保密。
发生高危行为后72小时内可以到县疾控中心进行暴露后预防用药。
全国艾滋病咨询热线：«d.hotline:12320»
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_心肺复苏.md",
        "health_education_leaflet",
        f"""
# 人人学急救：心肺复苏五步法

1. **评估环境**：确认现场安全。
2. **判断意识**：拍打双肩，大声呼喊。
3. **呼救**：请旁人拨打 {H120}，取来 AED。
4. **胸外按压**：两乳头连线中点，深度 5–6 厘米，频率每分钟至少 100 次。
5. **开放气道、人工呼吸**：按压 30 次后吹气 2 次。

持续进行，直到专业急救人员到达或病人恢复自主呼吸。
""",
        pub=True,
    )

    docx_doc(
        "pub_leaflet_中医药养生.docx",
        "health_education_leaflet",
        [
            "冬季中医养生小贴士",
            "«d.famous:孙思邈»"
            + "在《千金要方》中说：“冬三月，早卧晚起，必待日光。”冬季宜早睡晚起，保养阳气。",
            "饮食上可以适当吃些羊肉、萝卜、山药；老年人少吃生冷。",
            "«d.famous:李时珍»" + "《本草纲目》记载山药“益肾气，健脾胃”。",
            "本院中医馆开展艾灸、拔罐、穴位贴敷（三九贴）服务，价格按公示执行。",
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_食品安全.txt",
        "health_education_leaflet",
        """
野生蘑菇不要采、不要吃！

每年夏秋季是毒蘑菇中毒高发期。有毒蘑菇和可食用蘑菇外观很难区分，民间“颜色鲜艳的有毒”“与大蒜同煮变黑的有毒”等说法都不可靠。
一旦误食出现恶心、呕吐、腹痛、腹泻，应立即催吐并尽快就医，最好带上剩下的蘑菇样品。
青溪镇卫生院 桐溪县疾病预防控制中心 联合宣传
""",
        pub=True,
    )

    text_doc(
        "pub_leaflet_慢阻肺.txt",
        "health_education_leaflet",
        """
慢阻肺：别把“老慢支”不当回事

长期咳嗽、咳痰、活动后气喘，特别是抽烟20年以上的人，要警惕慢性阻塞性肺疾病。
肺功能检查是诊断的“金标准”，本院已开展简易肺功能筛查，40岁以上吸烟者建议每年查一次。
戒烟是最有效的防治措施。稳定期规律吸入药物，冬季接种流感疫苗和肺炎球菌疫苗。
""",
        pub=True,
    )

    pdf_doc(
        "pub_leaflet_合理用药.pdf",
        "health_education_leaflet",
        [
            """
合理用药十大核心信息（节选）

1. 合理用药是指安全、有效、经济、适当地使用药物。优先使用基本药物。
2. 用药要遵循能不用就不用、能少用就不多用，能口服不肌注、能肌注不输液的原则。
3. 抗菌药物是处方药，不能自行购买；抗菌药物对病毒性感冒无效。
4. 家中储存药品要放在儿童拿不到的地方，定期检查有效期。
5. 不要轻信广告，保健食品不能代替药品。

青溪镇卫生院药剂科
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_碘盐.md",
        "health_education_leaflet",
        """
# 5月15日 全国防治碘缺乏病日

- 碘是人体必需的微量元素，缺碘可导致甲状腺肿，孕妇缺碘影响胎儿智力发育。
- 我县属于碘缺乏地区，除甲状腺疾病病人遵医嘱外，都应食用加碘盐。
- 碘盐要放在有盖的容器里，菜快出锅时再放盐。
""",
        pub=True,
    )

    docx_doc(
        "pub_leaflet_严重精神障碍关爱.docx",
        "health_education_leaflet",
        [
            "关爱精神健康 共建和谐家庭",
            "精神疾病和高血压、糖尿病一样，是可以治疗的疾病。早发现、早治疗、坚持服药，大多数病人可以回归家庭和社会。",
            "国家基本公共卫生服务为辖区严重精神障碍患者每年提供至少4次随访和1次健康体检，免费。",
            "家里有人出现言行异常、整夜不睡、无故打人毁物，请及时到县精神卫生中心就诊，也可以向村医、卫生院反映。",
            "心理援助热线：«d.hotline:12356»",
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_登革热.txt",
        "health_education_leaflet",
        """
清积水 灭蚊虫 防登革热

登革热由伊蚊（花斑蚊）叮咬传播。伊蚊喜欢在花盆托盘、废旧轮胎、竹筒、积水容器里产卵。
请每周清理一次房前屋后的积水容器：翻盆倒罐，轮胎打孔或堆放避雨。
从东南亚等地旅行回来后两周内出现发热、头痛、肌肉关节痛、皮疹，请及时就诊并主动说明旅行史。
""",
        pub=True,
    )

    pdf_doc(
        "pub_leaflet_口腔健康.pdf",
        "health_education_leaflet",
        [
            """
儿童口腔健康 从小做起

- 每天早晚刷牙，晚上睡前刷牙后不再进食。
- 3岁以上儿童使用含氟牙膏，用量豌豆大小。
- 6—9岁儿童第一恒磨牙萌出后，可以做窝沟封闭，本县适龄儿童免费（学校统一组织）。
- 每半年到一年检查一次口腔。
"""
        ],
        pub=True,
    )

    csv_doc(
        "pub_leaflet_健康素养66条目录.csv",
        "health_education_leaflet",
        [
            ["序号", "条目", "类别"],
            [
                "1",
                "健康不仅仅是没有疾病或虚弱，而是身体、心理和社会适应的完好状态",
                "基本知识和理念",
            ],
            ["2", "每个人都有维护自身和他人健康的责任", "基本知识和理念"],
            ["3", "环境与健康息息相关，保护环境，促进健康", "基本知识和理念"],
            ["4", "无偿献血，助人利己", "基本知识和理念"],
            [
                "25",
                "健康生活方式主要包括合理膳食、适量运动、戒烟限酒、心理平衡四个方面",
                "健康生活方式与行为",
            ],
            ["26", "成年人每日应进行6—10千步当量的身体活动", "健康生活方式与行为"],
            ["50", "会测量腋下体温", "基本技能"],
            ["51", "会测量脉搏", "基本技能"],
            ["54", "发生创伤出血量较多时，应立即止血、包扎", "基本技能"],
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_控烟.txt",
        "health_education_leaflet",
        f"""
卫生院全面禁烟告示

根据《桐溪县公共场所控制吸烟条例》，本院门诊楼、住院楼、院内所有室内区域全面禁止吸烟。
吸烟有害健康，二手烟同样危害家人。想戒烟的朋友可以到全科门诊咨询，或拨打戒烟热线 «d.hotline:400-888-5531»、{H12320}。
""",
        pub=True,
    )

    docx_doc(
        "pub_leaflet_家庭医生签约.docx",
        "health_education_leaflet",
        [
            "签约家庭医生 健康有人管",
            "家庭医生团队由卫生院全科医生、护士、公卫人员和村医组成。",
            "签约后可以享受：优先就诊、预约转诊、慢病长处方、上门随访、个性化健康指导。",
            "基础包免费，个人不需要交钱；个性化服务包按县里公布的价格自愿选择。",
            "签约方式：到卫生院一楼家庭医生服务站，或者找本村村医登记。带身份证、医保卡。",
            "服务站地址：" + CENTRE_ADDR + "门诊楼一楼；电话：" + SWITCH + "转8101。",
        ],
        pub=True,
    )


# ============================================================================================
# PUBLIC: notices, policies, fees, statistics, news, announcements
# ============================================================================================


def notices() -> None:
    text_doc(
        "pub_notice_春节门诊安排.txt",
        "public_notice",
        f"""
青溪镇卫生院2027年春节期间门诊安排

各位居民：
春节期间（2月16日至2月22日），本院急诊、住院24小时正常开放，普通门诊每天上午8:00—11:30开诊，预防接种门诊暂停，2月23日起恢复正常。
急诊电话：{SWITCH}；急救请拨打{H120}。
祝大家新春快乐，身体健康！
青溪镇卫生院
2027年2月10日
""",
        pub=True,
    )

    docx_doc(
        "pub_notice_停电停诊.docx",
        "public_notice",
        [
            "停电检修通知",
            "因供电所线路检修，本院将于«d.date:2026年12月12日»（星期六）8:00—14:00停电。停电期间放射科、检验科暂停服务，门诊挂号改为手工登记，急诊照常。",
            "给您带来的不便，敬请谅解。",
            "青溪镇卫生院办公室",
        ],
        pub=True,
    )

    text_doc(
        "pub_notice_免费体检通知.md",
        "public_notice",
        """
# 关于开展2027年度65岁以上老年人免费体检的通知

各村（居）民委员会：

根据县卫生健康局年度工作安排，卫生院将于3月至6月分批到各村开展老年人免费健康体检。

| 日期 | 村 | 地点 |
|---|---|---|
| 3月4日—3月6日 | 上坪村、下宅村 | 上坪村文化礼堂 |
| 3月11日—3月13日 | 枫树湾村 | 村卫生室 |
| 3月18日—3月20日 | 石门村、白沙村 | 石门村老年活动中心 |
| 3月25日—3月27日 | 乌龙坑村 | 村委会 |

请村委会提前通知到户，提醒老人空腹、带身份证和医保卡。行动不便的老人请村医登记，体检队安排上门。
""",
        pub=True,
    )

    pdf_doc(
        "pub_notice_狂犬疫苗价格.pdf",
        "public_notice",
        [
            """
关于狂犬病疫苗价格调整的公告

根据桐溪县医疗保障局《关于调整部分第二类疫苗收费的通知》，自2026年11月1日起：
人用狂犬病疫苗（Vero细胞）每剂次疫苗费用按中标价执行，接种服务费每剂次«d.amount:20元»。
被动免疫制剂按实际使用规格收费。详见收费公示栏。
监督电话：桐溪县医疗保障局 «d.public_phone:0578-6123345»
青溪镇卫生院
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_notice_医保缴费.txt",
        "public_notice",
        """
温馨提示：2027年度城乡居民医保开始缴费啦

缴费时间：2026年9月1日至12月31日
个人缴费标准：每人每年«d.amount:400元»（具体以县医保局公告为准）
缴费方式：微信搜索“浙里办”或到村便民服务中心代缴。
参加医保后在卫生院住院，起付线以上部分报销比例较高，具体按当年政策。
医保咨询：«d.hotline:12393»
""",
        pub=True,
    )

    text_doc(
        "pub_notice_义诊预告.txt",
        "public_notice",
        """
【预告】“服务百姓健康行动”大型义诊

时间：2026年9月10日上午8:30—11:30
地点：青溪镇人民广场
内容：县人民医院、县中医院专家与卫生院医生一起免费测血压、测血糖、看病咨询，发放健康资料。
欢迎广大群众参加！
""",
        pub=True,
    )

    docx_doc(
        "pub_notice_新冠接种.docx",
        "public_notice",
        [
            "关于调整预防接种门诊时间的通知",
            "为方便群众，自2027年1月起，预防接种门诊时间调整为：每周一、三、五全天；每周二、四上午。",
            "儿童预防接种请提前在“金苗宝”小程序预约，带好接种证。",
        ],
        header="青溪镇卫生院",
        pub=True,
    )

    text_doc(
        "pub_notice_门诊搬迁.md",
        "public_notice",
        f"""
## 口腔科搬迁公告

口腔科已于12月1日搬至新门诊楼三楼东侧（原体检中心）。原址改为中医理疗室。
咨询：{SWITCH}
卫生院地址：{CENTRE_ADDR}
""",
        pub=True,
    )

    pdf_doc(
        "pub_notice_献血.pdf",
        "public_notice",
        [
            """
无偿献血倡议书

亲爱的乡亲们：
每一滴血都承载着生命的希望。县中心血站采血车将于12月20日停在青溪镇政府门口。
18—55周岁、体重男≥50公斤女≥45公斤、身体健康的居民均可参加。
献血前一天晚上不要喝酒，当天早上吃清淡早餐。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_notice_流感高发.txt",
        "public_notice",
        f"""
健康提示：近期流感进入高发期

近期我县流感样病例明显增多。请大家：勤洗手、戴口罩、少聚集；出现发热、咳嗽请及时就诊，儿童发热不要上学；老年人和慢性病人尽快接种流感疫苗。
发热门诊24小时开放，位于院区北侧独立诊室。咨询：{SWITCH}
""",
        pub=True,
    )

    csv_doc(
        "pub_notice_专家坐诊安排.csv",
        "public_notice",
        [
            ["青溪镇卫生院 县医共体专家下沉坐诊安排（2027年1月）", "", "", ""],
            ["", "", "", ""],
            ["日期", "科室", "派出医院", "坐诊时间"],
            ["1月5日", "心血管内科", "桐溪县人民医院", "8:00-11:30"],
            ["1月12日", "骨科", "桐溪县中医院", "8:00-11:30"],
            ["1月19日", "妇科", "桐溪县妇幼保健院", "8:00-11:30"],
            ["1月26日", "儿科", "桐溪县人民医院", "8:00-11:30"],
            ["备注：专家姓名以当日门诊公示为准，挂号费按普通门诊收取。", "", "", ""],
        ],
        pub=True,
    )

    text_doc(
        "pub_notice_结核筛查.txt",
        "public_notice",
        """
关于开展学校新生入学结核病筛查的通知

各中小学校、幼儿园：
根据《中国学校结核病防控指南》，请各校于9月底前组织新生完成结核病症状筛查和结核菌素皮肤试验（高中和寄宿制初中）。
卫生院将派人到校，请学校安排场地并收集家长知情同意书（模板附后，可到公共卫生科领取）。
""",
        pub=True,
    )

    docx_doc(
        "pub_notice_优化就医流程.docx",
        "public_notice",
        [
            "关于实行“先诊疗后付费”的公告",
            "自2027年1月1日起，参加本县城乡居民医保的患者在本院住院，入院时无需缴纳押金，出院时一次性结算个人自付部分。",
            "门诊可使用医保电子凭证、支付宝、微信扫码支付。",
            "特困、低保人员按政策享受医疗救助，结算窗口直接减免。",
        ],
        footer="青溪镇卫生院 二〇二六年十二月",
        pub=True,
    )

    text_doc(
        "pub_notice_寻找失主.txt",
        "public_notice",
        """
招领启事

12月3日上午，本院门诊大厅拾到黑色钱包一个，内有现金若干及银行卡两张。请失主带有效证件到一楼收费处认领。
""",
        pub=True,
    )

    pdf_doc(
        "pub_notice_食堂对外.pdf",
        "public_notice",
        [
            """
关于职工食堂暂停对外供餐的通知

因食堂改造，自12月15日起食堂暂停向住院病人家属供餐，具体恢复时间另行通知。
病人营养餐可向护士站预订。
青溪镇卫生院后勤保障科
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_notice_医疗废物.md",
        "public_notice",
        """
# 告知

本院医疗废物由桐溪县医疗废物集中处置中心统一收集处置。
请患者和家属不要将生活垃圾投入黄色医疗废物桶，也不要私自拿走输液瓶（袋）。
""",
        pub=True,
    )


def policies() -> None:
    docx_doc(
        "pub_policy_城乡居民医保报销.docx",
        "published_policy",
        [
            "桐溪县2027年城乡居民基本医疗保险待遇（摘要）",
            "一、门诊：在乡镇卫生院就诊，政策范围内费用报销60%，年度限额1500元。",
            "二、住院：乡镇卫生院起付线300元，起付线以上报销85%；县级医院起付线600元，报销75%。",
            "三、慢性病门诊：高血压、糖尿病等门诊用药按规定比例报销，不设起付线。",
            "四、转诊：未按规定办理转诊手续到县外就医的，报销比例降低10个百分点。",
            "以上内容摘自县医疗保障局公开文件，最终以官方文件为准。",
        ],
        tables=[
            [
                ["医疗机构级别", "起付线（元）", "报销比例"],
                ["乡镇卫生院", "300", "85%"],
                ["县级医院", "600", "75%"],
                ["市级及以上", "1200", "60%"],
            ]
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_基本公卫服务项目.txt",
        "published_policy",
        """
国家基本公共卫生服务项目（免费）

1. 居民健康档案管理
2. 健康教育
3. 预防接种
4. 0—6岁儿童健康管理
5. 孕产妇健康管理
6. 老年人健康管理
7. 慢性病患者健康管理（高血压、2型糖尿病）
8. 严重精神障碍患者管理
9. 肺结核患者健康管理
10. 中医药健康管理
11. 传染病及突发公共卫生事件报告和处理
12. 卫生计生监督协管

以上服务由国家财政按人头补助，辖区常住居民均可免费享受。
""",
        pub=True,
    )

    pdf_doc(
        "pub_policy_预防接种工作规范摘要.pdf",
        "published_policy",
        [
            """
预防接种服务须知（根据《中华人民共和国疫苗管理法》）

第四十五条 医疗卫生人员实施接种，应当告知受种者或者其监护人所接种疫苗的品种、作用、禁忌、不良反应以及现场留观等注意事项，询问受种者的健康状况以及是否有接种禁忌等情况，并如实记录告知和询问情况。
第四十七条 国家对儿童实行预防接种证制度。在儿童出生后一个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位或者出生医院为其办理预防接种证。
第四十八条 儿童入托、入学时，托幼机构、学校应当查验预防接种证。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_家医签约政策.md",
        "published_policy",
        """
# 桐溪县家庭医生签约服务包（2027版，公开）

| 服务包 | 对象 | 收费 | 主要内容 |
|---|---|---|---|
| 基础包 | 全体居民 | 免费 | 基本公卫服务、健康咨询 |
| 慢病包 | 高血压、糖尿病患者 | 每年 120 元，医保支付 100 元 | 季度随访、血糖血脂检测、用药指导 |
| 老年包 | 65 岁以上 | 每年 80 元，医保支付 60 元 | 年度体检解读、中医体质辨识 |
| 母婴包 | 孕产妇、0–3 岁儿童 | 每年 100 元 | 产后访视、儿童保健 |

签约周期一年，期满可续签或更换家庭医生。
""",
        pub=True,
    )

    docx_doc(
        "pub_policy_医疗救助.docx",
        "published_policy",
        [
            "困难群众医疗救助政策问答",
            "问：哪些人可以享受医疗救助？答：特困供养人员、最低生活保障对象、防止返贫监测对象等。",
            "问：怎么报？答：在县内定点医疗机构就医，医保报销后剩余的政策范围内个人自付部分，按规定比例直接在结算窗口减免，不需要另外申请。",
            "问：救助比例是多少？答：特困人员100%，低保对象80%，其他对象按县民政局公布的标准。",
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_患者权利义务.txt",
        "published_policy",
        """
患者的权利与义务（院内公示）

患者的权利：
1. 享有平等医疗的权利；2. 享有知情同意的权利；3. 享有隐私保护的权利，医务人员不得泄露患者的病情和个人信息；4. 享有查阅、复印病历资料的权利；5. 享有投诉和申请医疗纠纷调解的权利。
患者的义务：
1. 如实提供病史；2. 遵守医院规章制度；3. 尊重医务人员；4. 按规定缴纳医疗费用。
""",
        pub=True,
    )

    pdf_doc(
        "pub_policy_病历复印.pdf",
        "published_policy",
        [
            f"""
病历复印须知

一、可以申请复印的人：患者本人或其委托代理人；死亡患者的法定继承人或其代理人。
二、需要提供的材料：申请人有效身份证明；代理人还需提供授权委托书和代理人身份证明。
三、可以复印的内容：门（急）诊病历、住院志、体温单、医嘱单、检验报告、医学影像检查资料、手术及麻醉记录、护理记录、出院记录等。
四、办理地点：住院楼一楼病案室，工作日8:00—17:00。复印费按物价标准每页«d.amount:0.5元»。
咨询：{SWITCH}
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_出生医学证明办理.txt",
        "published_policy",
        """
《出生医学证明》办理须知（公开）

1. 在本院出生的新生儿，出院前由父母双方携带身份证、结婚证（或户口本）到产科护士站填写申请表。
2. 在家中或途中分娩的，需提供接生人员证明、血型或亲子鉴定材料，到县妇幼保健院办理。
3. 证件遗失补发：到签发机构申请，提供公安机关户籍证明。
4. 首次签发免费。
""",
        pub=True,
    )

    docx_doc(
        "pub_policy_死亡医学证明说明.docx",
        "published_policy",
        [
            "关于《居民死亡医学证明（推断）书》开具的说明",
            "在医疗卫生机构死亡的，由负责救治的执业医师开具。",
            "在家中、养老机构死亡的，由本辖区社区卫生服务机构或乡镇卫生院负责调查的执业（助理）医师根据死亡申报材料、调查询问结果并进行死因推断后开具。",
            "家属办理时请携带死者身份证、户口本及办理人身份证。证明书共四联，第二联交公安机关办理户籍注销。",
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_投诉处理.md",
        "published_policy",
        f"""
# 青溪镇卫生院投诉管理办法（公开）

- 投诉受理部门：院办公室（门诊楼二楼）。
- 投诉方式：现场、书面、电话 {SWITCH}、意见箱。
- 一般投诉 5 个工作日内答复，情况复杂的 15 个工作日内答复。
- 对处理结果不满意的，可以向桐溪县卫生健康局投诉，或拨打 «d.hotline:12345» 政务服务便民热线。
- 医疗纠纷可以申请桐溪县医疗纠纷人民调解委员会调解，调解不收费。
""",
        pub=True,
    )

    pdf_doc(
        "pub_policy_残疾评定流程.pdf",
        "published_policy",
        [
            """
残疾人证办理流程（公开）

1. 申请人或监护人到户籍所在地乡镇（街道）残联提交申请，携带户口本、身份证、近期免冠照片。
2. 到县残联指定的评定医院进行残疾等级评定（视力、听力、言语、肢体、智力、精神）。
3. 评定结果经县残联审核后公示7天，无异议的发放残疾人证。
注：青溪镇卫生院不承担残疾评定，只提供一般体检。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_大病保险.txt",
        "published_policy",
        """
城乡居民大病保险说明

参保人员一个年度内发生的高额医疗费用，经基本医保报销后，个人负担的合规医疗费用超过大病保险起付标准的部分，由大病保险按比例再报销。
起付标准、报销比例由县医疗保障局每年公布，不需要个人另外缴费，也不需要申请，结算时自动计算。
""",
        pub=True,
    )


def fees_stats() -> None:
    xlsx_doc(
        "pub_fee_医疗服务价格公示.xlsx",
        "published_fee_schedule",
        {
            "价格公示": [
                ["青溪镇卫生院医疗服务项目价格公示（执行桐溪县医保局2026年文件）"],
                ["公示日期：2026年11月1日", "", "", ""],
                ["项目编码", "项目名称", "计价单位", "价格（元）"],
                ["«d.item_code:110200001»", "普通门诊诊查费", "次", 10],
                ["«d.item_code:110200005»", "急诊诊查费", "次", 12],
                ["«d.item_code:120100001»", "床位费（三人间）", "日", 30],
                ["«d.item_code:120400001»", "肌肉注射", "次", 3.5],
                ["«d.item_code:120400006»", "静脉输液", "组", 8],
                ["«d.item_code:310701001»", "常规心电图检查", "次", 25],
                ["«d.item_code:250101015»", "血常规（五分类）", "次", 20],
                ["监督电话：", "«d.public_phone:0578-6123345»", "", ""],
            ]
        },
        merges={"价格公示": ["A1:D1"]},
        pub=True,
    )

    csv_doc(
        "pub_fee_药品价格公示.csv",
        "published_fee_schedule",
        [
            ["通用名", "剂型", "规格", "生产企业", "零售价(元)"],
            ["硝苯地平缓释片", "片剂", "20mg*30片", "某某制药有限公司", "9.80"],
            ["二甲双胍片", "片剂", "0.5g*48片", "某某药业股份有限公司", "6.32"],
            ["阿莫西林胶囊", "胶囊剂", "0.25g*24粒", "某某制药厂", "4.15"],
            ["复方甘草片", "片剂", "100片", "某某药业", "3.60"],
            ["氨氯地平片", "片剂", "5mg*28片", "某某制药", "1.12"],
            ["说明：以上为国家基本药物，执行零差率销售。", "", "", "", ""],
        ],
        pub=True,
        encoding="utf-8-sig",
    )

    pdf_table_doc(
        "pub_fee_中医理疗价格.pdf",
        "published_fee_schedule",
        ["中医馆服务项目价格公示", "自2026年12月1日起执行"],
        [
            ["项目", "单位", "价格（元）", "医保"],
            ["普通针刺", "次", "25", "甲类"],
            ["艾灸", "每个穴位", "5", "乙类"],
            ["拔罐", "每罐", "3", "乙类"],
            ["穴位贴敷", "每个穴位", "6", "乙类"],
            ["推拿（颈椎）", "次", "40", "乙类"],
        ],
        ["以上价格含材料费，不得另外收费。"],
        pub=True,
    )

    docx_doc(
        "pub_stats_院务公开.docx",
        "published_statistics",
        [
            "青溪镇卫生院2025年度院务公开",
            "一、业务情况：全年门急诊8.6万人次，同比增长4.2%；出院1,210人次；平均住院日6.3天。",
            "二、公共卫生：建立居民电子健康档案2.9万份，规范管理高血压患者2,814人、糖尿病患者903人；65岁以上老年人健康管理率72.5%。",
            "三、次均费用：门诊次均费用«d.amount:96.4元»，住院次均费用«d.amount:3,280元»，均低于全县平均水平。",
            "四、群众满意度：第三方调查满意度93.1%。",
            "欢迎社会各界监督。监督电话：" + SWITCH,
        ],
        pub=True,
    )

    text_doc(
        "pub_stats_传染病疫情简报.txt",
        "published_statistics",
        """
桐溪县2026年10月法定传染病疫情概况（公开发布）

本月全县共报告法定传染病12种367例，无甲类传染病报告。
乙类传染病报告发病数居前三位的为：病毒性肝炎41例、肺结核23例、梅毒19例。
丙类传染病报告发病数居前三位的为：流行性感冒198例、其他感染性腹泻病52例、手足口病21例。
与上月相比，流感发病数上升明显，请各单位做好防控。
（资料来源：桐溪县疾病预防控制中心）
""",
        pub=True,
    )

    xlsx_doc(
        "pub_stats_公卫服务统计.xlsx",
        "published_statistics",
        {
            "2025": [
                ["基本公共卫生服务项目绩效（公开数据）", "", ""],
                ["", "", ""],
                ["", "", ""],
                ["指标", "目标值", "完成值"],
                ["健康档案电子建档率", "≥90%", "93.4%"],
                ["高血压患者规范管理率", "≥65%", "68.9%"],
                ["糖尿病患者规范管理率", "≥65%", "66.1%"],
                ["适龄儿童免疫规划疫苗接种率", "≥90%", "98.7%"],
                ["孕产妇系统管理率", "≥90%", "95.2%"],
                ["肺结核患者规范管理率", "≥90%", "94.0%"],
            ]
        },
        merges={"2025": ["A1:C2"]},
        pub=True,
    )

    pdf_doc(
        "pub_stats_预算公开.pdf",
        "published_budget",
        [
            """
青溪镇卫生院2027年部门预算公开说明

一、收入预算：总计«d.amount:2,846.3万元»，其中财政拨款收入«d.amount:1,102.5万元»，事业收入«d.amount:1,690.0万元»，其他收入«d.amount:53.8万元»。
二、支出预算：基本支出«d.amount:2,210.4万元»，项目支出«d.amount:635.9万元»。
三、“三公”经费：公务接待费«d.amount:0.8万元»，公务用车运行维护费«d.amount:3.2万元»，无因公出国（境）费用。
四、政府采购预算：«d.amount:186万元»，主要用于DR设备更新。
本预算已经桐溪县财政局批复，按规定向社会公开。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_stats_决算公开.md",
        "published_final_accounts",
        """
# 青溪镇卫生院2025年度决算公开（摘要）

| 项目 | 金额（万元） |
|---|---:|
| 本年收入合计 | 2,731.55 |
| 财政拨款收入 | 1,068.20 |
| 事业收入 | 1,611.02 |
| 本年支出合计 | 2,702.17 |
| 基本支出 | 2,130.88 |
| 项目支出 | 571.29 |

说明：收支相抵结余 29.38 万元，按规定结转下年使用。
""",
        pub=True,
    )

    csv_doc(
        "pub_stats_出生死亡统计.csv",
        "published_statistics",
        [
            ["年份", "出生人数", "死亡人数", "孕产妇死亡", "婴儿死亡率(‰)"],
            ["2021", "312", "405", "0", "2.1"],
            ["2022", "287", "438", "0", "1.9"],
            ["2023", "251", "462", "0", "2.4"],
            ["2024", "239", "471", "0", "1.6"],
            ["2025", "226", "489", "0", "1.3"],
            ["资料来源：青溪镇卫生院妇幼保健年报（已公开）", "", "", "", ""],
        ],
        pub=True,
    )


def news_and_announcements() -> None:
    text_doc(
        "pub_news_义诊进村.txt",
        "news_item",
        """
青溪镇卫生院开展“健康进万家”义诊进村活动

11月18日，青溪镇卫生院家庭医生团队走进乌龙坑村，为村民免费测量血压、血糖，开展健康咨询和用药指导。活动共服务群众160余人次，发放宣传资料300余份，为12位行动不便的老人上门随访。
据了解，今年以来卫生院已开展义诊进村活动21场，覆盖全镇所有行政村。
""",
        pub=True,
    )

    docx_doc(
        "pub_news_技能竞赛.docx",
        "news_item",
        [
            "我院在全县基层卫生岗位练兵和技能竞赛中获佳绩",
            "12月2日，桐溪县2026年基层卫生岗位练兵和技能竞赛落下帷幕。我院选派的3名选手参加全科医疗、护理、公共卫生三个组别的比赛，获团体三等奖。其中全科医疗组«P:濮阳春晓»获个人二等奖，护理组«P:禤丽娟»获个人三等奖。",
            "卫生院将以赛促学，进一步提升基层医务人员服务能力。",
        ],
        pub=True,
    )

    text_doc(
        "pub_news_白求恩精神.md",
        "news_item",
        """
# 传承«d.famous:白求恩»精神 争做人民好医生

11月12日是«d.famous:白求恩»同志逝世纪念日。卫生院党支部组织全体党员重温《纪念«d.famous:白求恩»》，学习“毫不利己专门利人”的精神。
支部书记在党课上讲述了«d.famous:林巧稚»、«d.famous:吴孟超»等医学大家扎根临床、服务人民的故事，号召大家立足岗位，把群众的健康放在心上。
""",
        pub=True,
    )

    pdf_doc(
        "pub_news_屠呦呦.pdf",
        "news_item",
        [
            """
中医药文化进校园：青蒿素的故事

12月5日，卫生院中医馆医生走进青溪镇中心小学，为五年级学生讲述«d.famous:屠呦呦»团队从东晋«d.famous:葛洪»《肘后备急方》“青蒿一握，以水二升渍，绞取汁，尽服之”中得到启发，提取青蒿素、挽救数百万疟疾患者生命的故事。
同学们还认识了薄荷、金银花、艾叶等常见中草药，亲手制作了香囊。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_news_医共体.txt",
        "news_item",
        """
县域医共体建设让群众在家门口看好病

今年以来，青溪镇卫生院作为桐溪县人民医院医共体成员单位，每周有县级专家下沉坐诊，远程心电、远程影像实现县镇同质化诊断，全年上转病人386人次、下转康复病人92人次。
“以前做个心电图还要跑县城，现在镇上做完，县医院的专家半小时就出报告。”一位前来复查的村民说。
""",
        pub=True,
    )

    docx_doc(
        "pub_news_护士节.docx",
        "news_item",
        [
            "庆祝5·12国际护士节暨表彰大会召开",
            "5月12日，卫生院召开国际护士节庆祝大会，纪念现代护理学创始人«d.famous:南丁格尔»。会上表彰了年度优秀护士，护理部主任«P:母雪梅»带领全体护士重温«d.famous:南丁格尔»誓言。",
        ],
        pub=True,
    )

    text_doc(
        "pub_news_家医签约进展.txt",
        "news_item",
        """
全镇家庭医生签约服务覆盖率达到48%

截至11月底，青溪镇共组建家庭医生团队9个，重点人群签约率达到81.6%，较去年提高5个百分点。
卫生院推出“慢病长处方”“送药上门”等措施，签约居民获得感明显增强。
""",
        pub=True,
    )

    text_doc(
        "pub_news_院史.md",
        "news_item",
        """
# 院史回眸：从联合诊所到中心卫生院

青溪镇卫生院的前身是1952年由几位乡村医生创办的青溪联合诊所。1958年改为公社卫生院，1984年更名为青溪乡卫生院，2011年成为中心卫生院。
七十多年来，一代代青溪医务工作者秉承“大医精诚”的古训——这四个字出自唐代医家«d.famous:孙思邈»——守护着一方百姓的健康。
""",
        pub=True,
    )

    pdf_doc(
        "pub_news_急救培训进企业.pdf",
        "news_item",
        [
            f"""
急救知识进企业

11月26日，卫生院急诊科医生走进青溪工业园区，为130余名企业员工开展心肺复苏和AED使用培训。
培训中，医生讲解了“黄金4分钟”的重要性，提醒大家遇到有人倒地，先确认环境安全，再拨打{H120}，并立即开始胸外按压。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_news_张仲景.txt",
        "news_item",
        """
中医馆开展“冬病夏治”三伏贴服务

三伏贴源于清代«d.famous:张璐»《张氏医通》，是依据“春夏养阳”理论、在三伏天将药物贴敷于穴位的外治方法。
«d.famous:张仲景»在《伤寒杂病论》中奠定了辨证论治的基础，中医馆医生将根据每个人的体质辨证选用贴敷方。今年共为1,860人次提供了三伏贴服务。
""",
        pub=True,
    )

    docx_doc(
        "pub_news_廉政.docx",
        "news_item",
        [
            "卫生院召开党风廉政建设工作会议",
            "会议传达了县纪委关于医药领域腐败问题集中整治的工作部署，要求全院职工严守“九不准”，坚决拒收红包回扣。",
            "会上签订了党风廉政建设责任书。",
        ],
        pub=True,
    )


def procurement_recruit() -> None:
    pdf_doc(
        "pub_proc_DR招标公告.pdf",
        "procurement_announcement",
        [
            f"""
青溪镇卫生院数字化X射线摄影系统（DR）采购项目公开招标公告

项目编号：«d.order_no:TXCG-2026-0417»
采购预算：«d.amount:180万元»（最高限价）
采购需求：数字化X射线摄影系统（双立柱）1套，具体详见招标文件。
投标人资格：具有独立承担民事责任能力；具有医疗器械经营许可证；近三年无重大违法记录。
获取招标文件时间：2026年11月20日至11月27日，在桐溪县公共资源交易网下载。
开标时间：2026年12月11日9:30
采购人：青溪镇卫生院  地址：{CENTRE_ADDR}  联系电话：{SWITCH}
代理机构：桐溪县诚信招标代理有限公司  联系电话：«d.public_phone:0578-6135577»
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_proc_中标结果公告.docx",
        "procurement_announcement",
        [
            "青溪镇卫生院数字化X射线摄影系统（DR）采购项目中标结果公告",
            "项目编号：«d.order_no:TXCG-2026-0417»",
            "中标供应商：浙江康健医疗设备有限公司",
            "统一社会信用代码：«U»",
            "中标金额：«d.amount:1,738,000.00元»",
            "公告期限：自本公告发布之日起1个工作日。对中标结果有异议的，可在公告期满之日起7个工作日内以书面形式提出质疑。",
        ],
        pub=True,
    )

    text_doc(
        "pub_proc_询价公告.txt",
        "procurement_announcement",
        f"""
青溪镇卫生院病房窗帘及隔帘采购询价公告

一、采购内容：住院部病房窗帘、床间隔帘，共42套（含安装），阻燃面料。
二、报价截止时间：2026年12月18日17:00前，密封报价送至卫生院总务科。
三、报价须附营业执照复印件，并写明联系人及联系方式。
四、本次采购以最低价成交，成交结果在院务公开栏公示。
地址：{CENTRE_ADDR}
""",
        pub=True,
    )

    text_doc(
        "pub_proc_成交公示.md",
        "procurement_announcement",
        """
# 病房窗帘采购成交公示

| 供应商 | 报价（元） | 结果 |
|---|---:|---|
| 桐溪县美居布艺店 | 23,560.00 | 成交 |
| 青溪镇锦绣窗帘行 | 25,100.00 | 未成交 |
| 丽水市华艺装饰有限公司 | 27,980.00 | 未成交 |

公示期3天。
""",
        pub=True,
    )

    pdf_doc(
        "pub_recruit_招聘公告.pdf",
        "recruitment_announcement",
        [
            f"""
青溪镇卫生院2027年公开招聘编外合同制工作人员公告

一、招聘岗位：临床医生2名（临床医学专业，大专及以上，具有执业助理医师及以上资格）；护士3名（护理专业，具有护士执业资格）；药剂员1名。
二、待遇：签订劳动合同，缴纳五险一金，薪酬按卫生院编外人员薪酬办法执行。
三、报名：2026年12月15日至12月25日，携带身份证、学历证书、资格证书原件及复印件到卫生院办公室报名。
四、考试：笔试占40%，面试占60%。
报名咨询：{SWITCH}（办公室）
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_recruit_拟聘用公示.docx",
        "recruitment_result_published",
        [
            "青溪镇卫生院2026年公开招聘编外工作人员拟聘用人员公示",
            "经笔试、面试、体检和考察，现将拟聘用人员名单公示如下，公示期5个工作日。对公示人员有异议的，请以书面形式向卫生院办公室反映。",
        ],
        tables=[
            [
                ["序号", "姓名", "性别", "岗位", "总成绩"],
                ["1", "«P:亓官若兰»", "女", "护士", "82.40"],
                ["2", "«P:庹继明»", "男", "临床医生", "79.15"],
                ["3", "«P:郗婷»", "女", "药剂员", "76.80"],
            ]
        ],
        footer="监督电话：" + SWITCH,
        pub=True,
    )

    text_doc(
        "pub_recruit_规培招生.txt",
        "recruitment_announcement",
        """
桐溪县2027年助理全科医生培训招生简章（转发）

培训对象：临床医学专业三年制专科毕业生。培训时间：2年。培训期间享受生活补助。
有意者请于12月31日前到县卫生健康局科教科报名。
""",
        pub=True,
    )


def hospital_info() -> None:
    text_doc(
        "pub_info_就诊指南.txt",
        "hospital_public_info",
        f"""
青溪镇卫生院就诊指南

地址：{CENTRE_ADDR}（镇政府东侧200米）
总机：{SWITCH}    急救：{H120}
门诊时间：夏季 7:30—11:30，14:30—17:30；冬季 8:00—11:30，14:00—17:00
一楼：挂号收费、全科门诊、预防接种、药房
二楼：中医馆、口腔科、慢病门诊、妇保门诊
三楼：检验科、B超室、心电图室、体检中心
住院部：内科、外科、康复科，床位56张
""",
        pub=True,
    )

    docx_doc(
        "pub_info_科室介绍.docx",
        "hospital_public_info",
        [
            "中医馆简介",
            "青溪镇卫生院中医馆于2019年建成，面积420平方米，设中医诊室4间、治疗室6间，开展针刺、艾灸、推拿、拔罐、刮痧、穴位贴敷、中药熏蒸等适宜技术20余项。",
            "中医馆是桐溪县中医院专科联盟成员单位，县中医院专家每周二上午坐诊。",
        ],
        pub=True,
    )

    text_doc(
        "pub_info_内设机构.md",
        "hospital_public_info",
        f"""
# 机构设置（院务公开）

- 行政职能科室：院办公室、财务科、医务科、护理部、公共卫生科、总务科
- 临床科室：全科医学科、内科、外科、中医科、口腔科、康复科、急诊科
- 医技科室：检验科、影像科、药剂科
- 核定床位 56 张，在编在岗职工 68 人，编外合同制 31 人
联系电话：{SWITCH}   邮编：«d.postcode:323300»
""",
        pub=True,
    )

    pdf_doc(
        "pub_info_服务承诺.pdf",
        "hospital_public_info",
        [
            """
青溪镇卫生院服务承诺

1. 急诊病人随到随诊，危重病人先抢救后付费。
2. 检验常规项目2小时内出报告，急诊检验30分钟内出报告。
3. 不开大处方、不乱收费，收费项目和标准全部公示。
4. 保护患者隐私，不泄露患者个人信息。
5. 对群众投诉5个工作日内答复。
"""
        ],
        pub=True,
    )

    xlsx_doc(
        "pub_info_各村卫生室.xlsx",
        "hospital_public_info",
        {
            "村卫生室": [
                ["青溪镇村卫生室一览（对外公开）"],
                ["村卫生室", "地址", "服务时间"],
                ["上坪村卫生室", "«d.public_address:上坪村村委会一楼»", "8:00-17:00"],
                ["下宅村卫生室", "«d.public_address:下宅村文化礼堂旁»", "8:00-17:00"],
                ["枫树湾村卫生室", "«d.public_address:枫树湾村中心路»", "8:00-12:00"],
                ["石门村卫生室", "«d.public_address:石门村村委会»", "8:00-17:00"],
                ["白沙村卫生室", "«d.public_address:白沙村老年活动中心»", "8:00-12:00"],
            ]
        },
        merges={"村卫生室": ["A1:C1"]},
        pub=True,
    )


def drug_sheets() -> None:
    text_doc(
        "pub_drug_硝苯地平缓释片.txt",
        "drug_information_sheet",
        """
硝苯地平缓释片（Ⅱ）用药指导单

【适应症】高血压、冠心病慢性稳定型心绞痛。
【用法用量】口服，一次20mg，一日2次，整片吞服，不可掰开或嚼碎。
【不良反应】面部潮红、头痛、踝部水肿、心悸。
【注意事项】不要与西柚汁同服；起床时动作要慢，防止体位性低血压。
【贮藏】遮光，密封保存。
批号示例：«d.batch_no:20260817»（以包装为准）
""",
        pub=True,
    )

    pdf_doc(
        "pub_drug_二甲双胍.pdf",
        "drug_information_sheet",
        [
            """
盐酸二甲双胍片 用药须知

用法：随餐或餐后服用，从小剂量开始，逐渐加量。
常见不良反应：胃肠道反应（腹泻、恶心、食欲减退），多数在继续服药后减轻。
需要做增强CT等含碘造影剂检查时，请告诉医生，检查前后可能需要暂停服药。
有严重肝肾功能不全者禁用。
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_drug_胰岛素注射.docx",
        "drug_information_sheet",
        [
            "胰岛素笔使用方法",
            "1. 洗手，核对胰岛素种类和有效期。",
            "2. 预混胰岛素使用前水平滚动10次、上下摇动10次，直到呈均匀白色混悬液。",
            "3. 安装针头，排气2单位。",
            "4. 选择腹部（肚脐周围5厘米以外）、大腿外侧或上臂外侧，轮换注射部位。",
            "5. 注射后针头在皮下停留10秒以上再拔出。",
            "6. 未开封的胰岛素冷藏保存（2—8℃），开封后室温保存不超过28天。",
        ],
        pub=True,
    )

    text_doc(
        "pub_drug_抗凝药.md",
        "drug_information_sheet",
        """
# 华法林：每一片都要按时吃

- 每天固定时间服用，漏服不要第二天补双倍。
- 定期抽血查 **INR**，目标值一般 2.0–3.0。
- 菠菜、西兰花等绿叶菜含维生素K，可以吃，但每天的量尽量稳定。
- 刷牙出血、皮肤淤青、黑便、尿色发红要及时就诊。
- 看牙、做手术前告诉医生您在吃华法林。
""",
        pub=True,
    )

    csv_doc(
        "pub_drug_基本药物目录节选.csv",
        "drug_information_sheet",
        [
            ["序号", "品种名称", "剂型", "备注"],
            ["1", "青霉素", "注射用无菌粉末", ""],
            ["2", "阿莫西林", "片剂、胶囊", ""],
            ["3", "头孢拉定", "胶囊", ""],
            ["4", "阿奇霉素", "片剂、胶囊", ""],
            ["5", "左氧氟沙星", "片剂", "18岁以下禁用"],
            ["6", "甲硝唑", "片剂", ""],
        ],
        pub=True,
    )

    text_doc(
        "pub_drug_儿童退烧药.txt",
        "drug_information_sheet",
        f"""
儿童退烧药怎么用？

体温超过38.5℃，或者孩子明显不舒服时，可以用退烧药。
常用：对乙酰氨基酚（2月龄以上）、布洛芬（6月龄以上），按体重计算剂量，两次用药间隔4—6小时，24小时内不超过4次。
不要两种退烧药交替使用，不要用成人药掰开给孩子吃，不要用酒精擦身。
3个月以下婴儿发热、或孩子精神萎靡、抽搐，请立即就医。夜间急诊：{SWITCH}
""",
        pub=True,
    )


def blank_forms() -> None:
    docx_doc(
        "pub_form_健康体检表空白.docx",
        "blank_form_template",
        [
            "居民健康体检表（空白模板，请勿填写样例）",
            "姓名：＿＿＿＿＿＿  性别：□男 □女  出生日期：＿＿年＿＿月＿＿日",
            "身份证号：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿  联系电话：＿＿＿＿＿＿＿＿＿",
            "现住址：＿＿＿＿乡（镇）＿＿＿＿村＿＿＿＿组＿＿＿＿号",
            "责任医生：＿＿＿＿  体检日期：＿＿＿＿＿＿",
        ],
        tables=[
            [
                ["项目", "结果", "项目", "结果"],
                ["血压（左）", "   /   mmHg", "血压（右）", "   /   mmHg"],
                ["身高", "    cm", "体重", "    kg"],
                ["心电图", "□正常 □异常＿＿＿＿", "腹部B超", "□正常 □异常＿＿＿＿"],
                ["体检结论", "", "", ""],
            ]
        ],
        pub=True,
    )

    text_doc(
        "pub_form_预防接种知情同意书.txt",
        "blank_form_template",
        """
预防接种知情同意书（模板）

受种者姓名：__________  出生日期：____年__月__日  接种证编号：__________
监护人姓名：__________  与受种者关系：______  联系电话：______________
本次接种疫苗：______________  剂次：第__剂

我已阅读疫苗相关信息，了解接种的作用、禁忌、可能出现的不良反应和注意事项，如实提供了受种者健康状况。
□同意接种  □不同意接种
监护人签字：__________    日期：____年__月__日
""",
        pub=True,
    )

    pdf_doc(
        "pub_form_转诊单空白.pdf",
        "blank_form_template",
        [
            """
双向转诊（转出）单

存根
患者姓名＿＿＿＿ 性别＿＿ 年龄＿＿ 档案编号＿＿＿＿＿＿
家庭住址＿＿＿＿＿＿＿＿＿＿＿＿ 联系电话＿＿＿＿＿＿＿
于＿＿年＿＿月＿＿日因病情需要，转入＿＿＿＿＿＿＿单位＿＿＿＿＿科室＿＿＿＿＿接诊医生。
转诊医生（签字）：＿＿＿＿

------------------------------------------------------------

＿＿＿＿＿＿＿＿（机构名称）：
现有患者＿＿＿＿因病情需要，需转入贵单位，请予以接诊。
初步印象：＿＿＿＿＿＿＿＿
主要现病史（转出原因）：＿＿＿＿＿＿＿＿
"""
        ],
        pub=True,
    )

    xlsx_doc(
        "pub_form_预防接种登记表空白.xlsx",
        "blank_form_template",
        {
            "登记表": [
                ["预防接种登记表（空白）", "", "", "", "", "", ""],
                ["接种单位：", "", "", "接种日期：", "", "", ""],
                [
                    "序号",
                    "受种者姓名",
                    "出生日期",
                    "监护人",
                    "联系电话",
                    "疫苗名称及批号",
                    "接种部位",
                ],
                [1, "", "", "", "", "", ""],
                [2, "", "", "", "", "", ""],
                [3, "", "", "", "", "", ""],
            ]
        },
        merges={"登记表": ["A1:G1"]},
        pub=True,
    )

    csv_doc(
        "pub_form_慢病随访表空白.csv",
        "blank_form_template",
        [
            ["高血压患者随访服务记录表（空白）", "", "", ""],
            ["姓名", "", "编号", ""],
            ["随访日期", "", "随访方式", "□门诊 □家庭 □电话"],
            ["症状", "□无症状 □头痛头晕 □恶心呕吐 □眼花耳鸣", "", ""],
            ["血压(mmHg)", "", "体重(kg)", ""],
            ["服药依从性", "□规律 □间断 □不服药", "", ""],
            ["随访医生签名", "", "", ""],
        ],
        pub=True,
    )

    docx_doc(
        "pub_form_传染病报告卡空白.docx",
        "blank_form_template",
        [
            "中华人民共和国传染病报告卡（空白）",
            "卡片编号：＿＿＿＿＿＿  报卡类别：□初次报告 □订正报告",
            "患者姓名*：＿＿＿＿＿＿（患儿家长姓名：＿＿＿＿＿＿）",
            "有效证件号*：□□□□□□□□□□□□□□□□□□  性别*：□男 □女",
            "出生日期*：＿＿年＿＿月＿＿日（如出生日期不详，实足年龄：＿＿）",
            "工作单位(学校)：＿＿＿＿＿＿  联系电话：＿＿＿＿＿＿",
            "现住址（详填）*：＿＿＿＿省＿＿＿＿市＿＿＿＿县（区）＿＿＿＿乡（镇、街道）＿＿＿＿村＿＿＿＿（门牌号）",
            "病例分类*：□疑似病例 □临床诊断病例 □确诊病例 □病原携带者",
        ],
        pub=True,
    )

    text_doc(
        "pub_form_家庭医生签约协议空白.md",
        "blank_form_template",
        """
# 家庭医生签约服务协议书（范本）

甲方（签约居民）：＿＿＿＿＿＿  身份证号：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
联系电话：＿＿＿＿＿＿＿＿  家庭住址：＿＿＿＿＿＿＿＿＿＿＿＿＿＿

乙方（家庭医生团队）：青溪镇卫生院＿＿＿＿团队  团队长：＿＿＿＿＿＿

一、乙方为甲方提供基础服务包规定的服务。
二、甲方自愿选择个性化服务包：□慢病包 □老年包 □母婴包。
三、协议有效期一年，自签约之日起计算。

甲方签字：＿＿＿＿＿＿      乙方签字：＿＿＿＿＿＿
签约日期：＿＿＿＿年＿＿月＿＿日
""",
        pub=True,
    )

    pdf_doc(
        "pub_form_死亡医学证明样表.pdf",
        "blank_form_template",
        [
            """
居民死亡医学证明（推断）书 样表

死者姓名＿＿＿＿ 性别＿＿ 民族＿＿ 国家或地区＿＿＿＿
有效身份证件类别＿＿＿＿ 证件号码＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
常住地址＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
死亡日期＿＿年＿＿月＿＿日＿＿时＿＿分 死亡地点＿＿＿＿＿＿
致死的主要疾病诊断：(a)直接死亡原因＿＿＿＿ 发病至死亡大概间隔时间＿＿＿
(b)引起(a)的疾病或情况＿＿＿＿
生前主要疾病最高诊断单位＿＿＿＿ 医师签名＿＿＿＿ 填表日期＿＿＿＿
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_form_投诉登记表空白.txt",
        "blank_form_template",
        """
投诉登记表

投诉人：________  联系电话：________  投诉日期：________
被投诉科室/人员：________________
投诉事由：
________________________________________________________________
________________________________________________________________
处理意见：______________________  处理人：________
""",
        pub=True,
    )

    xlsx_doc(
        "pub_form_固定资产卡片空白.xlsx",
        "blank_form_template",
        {
            "资产卡片": [
                ["固定资产卡片", "", "", ""],
                ["资产编号", "", "资产名称", ""],
                ["规格型号", "", "购置日期", ""],
                ["使用科室", "", "保管人", ""],
                ["原值（元）", "", "存放地点", ""],
            ]
        },
        merges={"资产卡片": ["A1:D1"]},
        pub=True,
    )

    docx_doc(
        "pub_form_个人简历模板.docx",
        "blank_form_template",
        [
            "应聘人员登记表",
        ],
        tables=[
            [
                ["姓名", "", "性别", "", "照片"],
                ["出生年月", "", "民族", "", ""],
                ["身份证号", "", "", "", ""],
                ["联系电话", "", "电子邮箱", "", ""],
                ["家庭住址", "", "", "", ""],
                ["学习及工作经历", "", "", "", ""],
            ]
        ],
        pub=True,
    )

    text_doc(
        "pub_form_银行账户确认函模板.txt",
        "blank_form_template",
        """
银行账户信息确认函（格式）

致：青溪镇卫生院
我单位银行账户信息如下，请将款项汇入以下账户：
户名：____________________
开户行：____________________
账号：____________________
统一社会信用代码：____________________
如账户信息变更，我单位将书面通知贵院。
单位（盖章）：            日期：
""",
        pub=True,
    )

    csv_doc(
        "pub_form_加班申请表空白.csv",
        "blank_form_template",
        [
            ["加班申请审批表", "", "", "", ""],
            ["科室", "姓名", "加班日期", "加班时长(小时)", "事由"],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
            ["科室负责人意见：", "", "分管院长意见：", "", ""],
        ],
        pub=True,
    )

    pdf_doc(
        "pub_form_药品报损单空白.pdf",
        "blank_form_template",
        [
            """
药品报损审批单（空白）

报损科室：＿＿＿＿＿＿  填报日期：＿＿＿＿＿＿
药品名称＿＿＿＿ 规格＿＿＿＿ 批号＿＿＿＿ 数量＿＿＿＿ 金额＿＿＿＿
报损原因：□过期 □破损 □霉变 □其他＿＿＿＿
科室负责人：＿＿＿＿ 药剂科：＿＿＿＿ 财务科：＿＿＿＿ 分管院长：＿＿＿＿
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_form_出生登记空白.md",
        "blank_form_template",
        """
# 新生儿出生登记表（模板）

| 项目 | 填写 |
|---|---|
| 新生儿姓名 | |
| 性别 | |
| 出生时间 | 年 月 日 时 分 |
| 出生体重 | g |
| 母亲姓名 | |
| 母亲身份证号 | |
| 父亲姓名 | |
| 父亲身份证号 | |
| 家庭住址 | |
""",
        pub=True,
    )

    docx_doc(
        "pub_form_精神障碍患者随访表空白.docx",
        "blank_form_template",
        [
            "严重精神障碍患者随访服务记录表（空白）",
            "姓名：＿＿＿＿＿＿ 编号：□□□-□□□□□",
            "随访日期：＿＿＿＿ 本次随访形式：□门诊 □家庭访视 □电话",
            "危险性评估：□0级 □1级 □2级 □3级 □4级 □5级",
            "目前症状：□幻觉 □交流困难 □猜疑 □喜怒无常 □行为怪异 □兴奋话多 □伤人毁物 □悲观厌世 □无故外走 □自语自笑 □孤僻懒散 □其他",
            "随访医生签名：＿＿＿＿＿＿",
        ],
        pub=True,
    )


def published_lists() -> None:
    docx_doc(
        "pub_gs_家庭医生团队公示.docx",
        "published_staff_list",
        [
            "青溪镇家庭医生签约服务团队公示",
            "为方便群众签约和联系，现将各团队负责区域和联系方式公布如下，欢迎签约。",
        ],
        tables=[
            [
                ["团队", "团队长", "服务村", "签约咨询电话"],
                ["第一团队", "«P:欧阳振华»", "上坪村、下宅村", "«T»"],
                ["第二团队", "«P:钭美玲»", "枫树湾村、后溪村", "«T»"],
                ["第三团队", "«P:璩建国»", "石门村、白沙村、塘坞村", "«T»"],
            ]
        ],
        footer="青溪镇卫生院 2026年3月",
        pub=True,
    )

    pdf_table_doc(
        "pub_gs_村医公示.pdf",
        "published_staff_list",
        ["青溪镇乡村医生执业信息公示", "根据《乡村医生从业管理条例》，公示如下"],
        [
            ["村卫生室", "乡村医生", "执业类别", "注册有效期至"],
            ["上坪村卫生室", "«P:笪德顺»", "临床", "2028年12月"],
            ["下宅村卫生室", "«P:揭秋萍»", "临床", "2027年6月"],
            ["枫树湾村卫生室", "«P:茹长林»", "中医", "2029年3月"],
            ["石门村卫生室", "«P:檀友根»", "临床", "2027年12月"],
        ],
        ["如对上述人员执业有异议，请向桐溪县卫生健康局反映。"],
        pub=True,
    )

    text_doc(
        "pub_gs_先进表彰.txt",
        "published_staff_list",
        """
关于表彰2026年度先进集体和先进个人的决定（院务公开）

经科室推荐、职工代表评议、院务会研究，决定授予：
先进集体：公共卫生科、护理部
先进个人：«P:阙志勇»、«P:巫马丽华»、«P:冼家豪»、«P:东方秀英»、«P:仉建新»
希望受表彰的集体和个人再接再厉。
青溪镇卫生院
2026年12月28日
""",
        pub=True,
    )

    xlsx_doc(
        "pub_gs_医疗救助公示.xlsx",
        "published_aid_list",
        {
            "公示": [
                ["青溪镇2026年第三季度困难群众医疗救助结果公示", "", "", ""],
                ["序号", "姓名", "身份证号（脱敏）", "救助金额（元）"],
                [1, "«P:寿福根»", "«d.masked_id:331127********2417»", "2,860.00"],
                [2, "«P:邬桂香»", "«d.masked_id:331127********0646»", "1,125.50"],
                [3, "«P:虞阿土»", "«d.masked_id:331123********5213»", "4,300.00"],
                ["公示期：7天。监督电话：", "«d.public_phone:0578-6211012»", "", ""],
            ]
        },
        merges={"公示": ["A1:D1"]},
        pub=True,
    )


def more_public() -> None:
    text_doc(
        "pub_leaflet_防溺水.md",
        "health_education_leaflet",
        f"""
# 暑期防溺水“六不”

1. 不私自下水游泳；2. 不擅自与他人结伴游泳；3. 不在无家长或教师带领的情况下游泳；
4. 不到无安全设施、无救援人员的水域游泳；5. 不到不熟悉的水域游泳；6. 不熟悉水性的学生不擅自下水施救。

发现有人溺水，大声呼救，拨打 {H120} 和 «d.hotline:110»。
""",
        pub=True,
    )

    text_doc(
        "pub_leaflet_心理健康.txt",
        "health_education_leaflet",
        """
睡不好、心里烦？这些方法可以试试

规律作息，睡前一小时放下手机；白天适当晒太阳、散步；
有心事找家人朋友说说；如果连续两周以上情绪低落、对什么都没兴趣、甚至有轻生念头，请一定到医院心理门诊或精神科就诊。
全国心理援助热线：«d.hotline:400-161-9995»
""",
        pub=True,
    )

    pdf_doc(
        "pub_notice_疫苗批签发.pdf",
        "public_notice",
        [
            """
预防接种门诊在用疫苗信息公示（2026年12月）

乙肝疫苗（酿酒酵母）  批号：«d.batch_no:202607A031»  有效期至2028-07
百白破疫苗  批号：«d.batch_no:Z202609014»  有效期至2028-03
麻腮风联合减毒活疫苗  批号：«d.batch_no:202605M117»  有效期至2027-11
以上疫苗均经中国食品药品检定研究院批签发，可在“中国食品药品检定研究院”网站查询。
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_news_村医培训.docx",
        "news_item",
        [
            "全镇乡村医生集中培训顺利举办",
            "11月30日，卫生院组织全镇38名乡村医生开展季度集中培训。培训内容包括高血压用药调整、基层常见传染病识别与报告、医保政策解读。",
            "培训结束后进行了闭卷考试，全员合格。",
        ],
        pub=True,
    )

    text_doc(
        "pub_policy_预约挂号.txt",
        "published_policy",
        f"""
预约挂号方式

1. 电话预约：{SWITCH}（工作日8:00—17:00）
2. 微信公众号“青溪镇卫生院”——预约挂号
3. 现场预约：一楼挂号窗口
4. 家庭医生签约居民可通过家庭医生预约县级医院专家号
预约后请提前15分钟到院，凭身份证或医保电子凭证取号。
""",
        pub=True,
    )

    csv_doc(
        "pub_stats_门诊量月报.csv",
        "published_statistics",
        [
            ["青溪镇卫生院2026年1-10月门急诊人次（院务公开）", "", ""],
            ["月份", "门急诊人次", "同比"],
            ["1月", "7,412", "+3.1%"],
            ["2月", "6,018", "-2.4%"],
            ["3月", "7,506", "+5.0%"],
            ["4月", "7,129", "+4.4%"],
            ["5月", "6,955", "+1.9%"],
            ["6月", "6,802", "+2.2%"],
            ["7月", "7,330", "+6.7%"],
            ["8月", "7,281", "+3.8%"],
            ["9月", "6,994", "+2.0%"],
            ["10月", "7,048", "+4.1%"],
        ],
        pub=True,
    )

    text_doc(
        "pub_leaflet_脑卒中.md",
        "health_education_leaflet",
        f"""
# 识别中风“BE FAST”

- **B**alance 平衡：突然走路不稳
- **E**yes 眼睛：突然看不清
- **F**ace 脸：口角歪斜
- **A**rms 手臂：一侧手臂无力
- **S**peech 言语：说话含糊
- **T**ime 时间：立即拨打 {H120}

溶栓治疗的黄金时间是发病后 4.5 小时内，越早越好。桐溪县人民医院是县卒中中心。
""",
        pub=True,
    )

    docx_doc(
        "pub_notice_两癌筛查.docx",
        "public_notice",
        [
            "关于开展2027年农村妇女“两癌”免费筛查的通知",
            "对象：本镇户籍35—64岁农村妇女，两年内未参加过筛查的。",
            "项目：宫颈癌筛查（HPV检测）、乳腺癌筛查（乳腺彩超）。",
            "时间：2027年3月1日至4月30日，每周二、四上午，卫生院妇保门诊。",
            "请携带身份证，避开月经期，检查前三天不要冲洗阴道。",
        ],
        pub=True,
    )

    pdf_doc(
        "pub_leaflet_痛风.pdf",
        "health_education_leaflet",
        [
            """
痛风病人饮食“红绿灯”

红灯（少吃或不吃）：动物内脏、浓肉汤、海鲜、啤酒、含糖饮料。
黄灯（适量）：瘦肉、豆腐、蘑菇。
绿灯（放心吃）：新鲜蔬菜、牛奶、鸡蛋、米面。
每天喝水2000毫升以上。急性发作时冷敷、休息，及时就医。
"""
        ],
        pub=True,
    )

    text_doc(
        "pub_info_微信公众号介绍.txt",
        "hospital_public_info",
        """
关注“青溪镇卫生院”微信公众号，您可以：
预约挂号、查询检验报告（需本人实名认证）、查看专家坐诊安排、阅读健康科普文章、在线投诉建议。
""",
        pub=True,
    )


# ============================================================================================
# INTERNAL, NOT SECRET: training, meeting notices, schedules without private data
# ============================================================================================


def internal() -> None:
    text_doc(
        "int_train_手卫生.md",
        "training_slides",
        """
# 院感培训：手卫生（第1页/共8页）

## 两前三后
- 接触患者前
- 进行清洁（无菌）操作前
- 接触患者后
- 接触患者体液后
- 接触患者周围环境后

## 七步洗手法
内、外、夹、弓、大、立、腕，每步至少 15 秒。

## 本院 2026 年第三季度手卫生依从率
| 科室 | 依从率 |
|---|---|
| 内科 | 78% |
| 外科 | 81% |
| 急诊 | 69% |

> 课后测验 10 题，答对 8 题合格。
""",
    )

    pdf_doc(
        "int_train_病历书写.pdf",
        "training_slides",
        [
            """
病历书写规范培训（医务科）

一、门诊病历：主诉不超过20个字，写症状+持续时间，如“反复咳嗽、咳痰3年，加重1周”。
二、现病史：围绕主诉，写清起病情况、主要症状特点、伴随症状、诊治经过。
三、住院病历：入院记录24小时内完成；首次病程记录8小时内完成。
四、常见问题：复制粘贴导致性别错误；诊断与治疗不一致；签名不全。
案例讨论：患者李某，男，62岁（已脱敏），“胸闷3天”——请指出这份病历的问题。
""",
            """
五、知情同意：有创操作、输血、使用自费药品前必须签知情同意书。
六、危急值：接到危急值报告后6小时内在病程记录中记录处理情况。
七、本季度病历质控甲级率：89.6%（目标≥90%）。
""",
        ],
    )

    docx_doc(
        "int_train_急救演练脚本.docx",
        "training_slides",
        [
            "门诊突发心脏骤停应急演练脚本",
            "场景：门诊大厅一名候诊患者突然倒地（由护士扮演）。",
            "第1分钟：导医发现，呼叫“门诊大厅需要急救”，拨打院内急救电话（内线8120）。",
            "第2分钟：全科门诊医生到场，判断无意识无呼吸，开始胸外按压；护士取AED。",
            "第4分钟：AED分析、除颤；急诊科接手，建立静脉通道。",
            "第10分钟：转运至急诊抢救室。演练结束，进行点评。",
            "评分要点：反应时间、按压质量、团队配合、记录完整。",
        ],
    )

    text_doc(
        "int_train_消防知识.txt",
        "training_slides",
        """
消防安全培训要点（总务科）

1. “四个能力”：检查消除火灾隐患、扑救初起火灾、组织人员疏散逃生、消防宣传教育。
2. 灭火器使用：提、拔、握、压。
3. 病房着火时先疏散不能行走的病人，用床单拖拽法转移。
4. 氧气瓶远离火源，放置在阴凉通风处。
5. 每季度组织一次消防演练。
""",
    )

    pdf_doc(
        "int_train_院感.pdf",
        "training_slides",
        [
            """
医疗废物分类管理

感染性废物：黄色袋，被病人血液、体液污染的物品。
损伤性废物：利器盒，针头、刀片、玻璃安瓿。
病理性废物：黄色袋，手术切除的组织。
药物性废物：过期的药品，单独收集。
化学性废物：废弃的消毒剂。
医疗废物暂存时间不超过48小时，交接要登记。
"""
        ],
    )

    text_doc(
        "int_train_传染病报告.md",
        "training_slides",
        """
# 传染病报告时限（公卫科培训）

- 甲类及按甲类管理的乙类：**2 小时**内网络直报
- 其他乙类、丙类：**24 小时**内
- 不明原因肺炎、聚集性病例：立即电话报告县疾控，2 小时内网报

常见错误：报告卡现住址只写到村；职业写“其他”；出生日期与身份证不一致。
""",
    )

    docx_doc(
        "int_train_护理培训计划.docx",
        "training_slides",
        [
            "2027年护理人员分层培训计划",
            "N0级（工作1年内）：基础护理操作、核心制度、医院感染防控，每月一次。",
            "N1—N2级：专科护理、急救技能、护理文书，每季度一次。",
            "N3级以上：护理管理、教学查房。",
            "考核：理论每半年一次，操作每季度抽考。",
        ],
        tables=[
            [
                ["月份", "培训主题", "授课科室"],
                ["1月", "静脉输液并发症", "内科"],
                ["2月", "压疮预防", "康复科"],
                ["3月", "心肺复苏", "急诊科"],
            ]
        ],
    )

    text_doc(
        "int_train_医保政策培训.txt",
        "training_slides",
        """
医保结算窗口业务培训

1. 门诊慢病结算：需在系统中确认慢病资格；处方药品须在慢病目录内。
2. 住院结算：入院24小时内办理医保登记；出院带药不超过7天量。
3. 常见扣款原因：超限定支付范围用药、分解住院、重复收费、串换项目。
4. 自查：每月由医保办抽查20份出院病历。
""",
    )

    text_doc(
        "int_meet_院务会通知.txt",
        "meeting_notice",
        """
会议通知

定于12月9日（周三）下午3:00在三楼会议室召开12月院务会，请各科室负责人准时参加，无故不得缺席。
议题：1. 年终考核工作安排；2. 冬季安全生产检查；3. 医保年度清算准备。
院办公室
""",
    )

    docx_doc(
        "int_meet_职工大会.docx",
        "meeting_notice",
        [
            "关于召开2026年度职工大会的通知",
            "时间：2027年1月8日下午2:30",
            "地点：镇政府三楼大会议室",
            "参会人员：全体在编、编外职工（值班人员除外）",
            "请各科室合理安排工作，准时参会，会场请将手机调至静音。",
        ],
    )

    text_doc(
        "int_meet_支部学习.md",
        "meeting_notice",
        """
## 党支部 12 月主题党日

- 时间：12 月 15 日 16:30
- 地点：党员活动室
- 内容：学习《中国共产党纪律处分条例》第三章；缴纳党费
- 请全体党员带好笔记本
""",
    )

    pdf_doc(
        "int_meet_质控会.pdf",
        "meeting_notice",
        [
            """
关于召开第四季度医疗质量与安全管理委员会会议的通知

时间：12月17日15:00
地点：三楼会议室
内容：通报第四季度病历质控、处方点评、院感监测情况，研究整改措施。
请各科室提前准备汇报材料（5分钟以内）。
医务科
"""
        ],
    )

    csv_doc(
        "int_meet_培训签到表空白.csv",
        "meeting_notice",
        [
            ["院感知识培训签到表", "", ""],
            ["日期：2026年12月10日", "地点：三楼会议室", ""],
            ["科室", "签名", "备注"],
            ["", "", ""],
            ["", "", ""],
        ],
    )

    xlsx_doc(
        "int_sched_消防演练安排.xlsx",
        "schedule",
        {
            "演练安排": [
                ["2027年消防演练安排", "", ""],
                ["季度", "演练场景", "牵头科室"],
                ["第一季度", "住院部夜间火灾疏散", "总务科"],
                ["第二季度", "门诊楼火灾疏散", "总务科"],
                ["第三季度", "药库火灾扑救", "药剂科"],
                ["第四季度", "配电房火灾处置", "总务科"],
            ]
        },
        merges={"演练安排": ["A1:C1"]},
    )

    text_doc(
        "int_sched_卫生大扫除.txt",
        "schedule",
        """
年终卫生大扫除安排

时间：2027年1月15日下午
分工：各科室负责本科室办公区域；公共区域按楼层划分：一楼——门诊各科，二楼——中医馆、口腔科、慢病门诊，三楼——医技科室，院内道路——总务科。
检查：院办公室组织检查评比，结果纳入科室月度考核。
""",
    )

    docx_doc(
        "int_sched_设备保养计划.docx",
        "schedule",
        [
            "2027年医疗设备预防性维护计划",
        ],
        tables=[
            [
                ["设备", "维护周期", "负责"],
                ["DR", "每季度", "影像科/厂家工程师"],
                ["全自动生化分析仪", "每月", "检验科"],
                ["除颤仪", "每周自检", "急诊科"],
                ["救护车车载设备", "每月", "急诊科"],
            ]
        ],
    )

    text_doc(
        "int_sched_学习计划.md",
        "schedule",
        """
# 全科医生 2027 年业务学习计划

| 月份 | 主题 |
|---|---|
| 1 | 高血压指南更新 |
| 2 | 糖尿病胰岛素起始治疗 |
| 3 | 慢阻肺稳定期管理 |
| 4 | 儿童常见病合理用药 |
| 5 | 基层常见皮肤病 |
""",
    )

    text_doc(
        "int_dir_科室内线.txt",
        "internal_directory",
        """
院内电话（内线）

院办公室 8001    财务科 8002    医务科 8003    护理部 8004
公共卫生科 8010  预防接种门诊 8011  家庭医生服务站 8101
急诊科 8120      住院部护士站 8201  药房 8301
外线请拨总机后转分机。
""",
    )

    docx_doc(
        "int_memo_着装规范.docx",
        "internal_memo",
        [
            "关于规范工作人员着装和佩戴工作牌的通知",
            "各科室：近期检查发现部分职工上班未穿工作服、未佩戴工作牌。请各科室负责人加强管理，自下周一起院办公室不定期抽查，结果纳入科室考核。",
        ],
    )

    text_doc(
        "int_memo_冬季用电.txt",
        "internal_memo",
        """
冬季用电安全提醒

1. 办公室下班前关闭电暖器、空调、电脑。
2. 禁止在办公室、值班室使用电热毯、电炉。
3. 发现电线老化、插座发热，请及时报总务科维修（内线8006）。
""",
    )

    xlsx_doc(
        "int_check_院感检查评分.xlsx",
        "internal_checklist",
        {
            "11月": [
                ["11月院感质控检查评分（按科室）", "", "", ""],
                ["", "", "", ""],
                ["科室", "手卫生", "医疗废物", "总分"],
                ["内科", 18, 19, 92],
                ["外科", 17, 20, 90],
                ["急诊科", 15, 18, 85],
                ["检验科", 19, 19, 95],
            ]
        },
        merges={"11月": ["A1:D1"]},
    )

    text_doc(
        "int_check_处方点评汇总.txt",
        "internal_checklist",
        """
11月门诊处方点评汇总（医务科）

抽查处方：600张
不合理处方：18张（3.0%）
主要问题：用法用量不适宜7张；联合用药不适宜5张；无适应症用药4张；超说明书用药2张。
整改要求：各开方医生自查，下月复查。
""",
    )


# ============================================================================================
# SECRET: medical
# ============================================================================================

MED = ("medical",)


def medical_a() -> None:
    docx_doc(
        "sec_体检报告_帅金娥.docx",
        "health_check_report",
        [
            "青溪镇卫生院 健康体检报告",
            "体检编号：«d.exam_no:TJ20261104017»    体检日期：2026年11月4日",
            "姓名：«P:帅金娥»   性别：女   年龄：71岁",
            "身份证号：«I:y1955/帅金娥»",
            "住址：«A:青溪镇上坪村3组17号»   联系电话：«T»",
            "健康档案编号：«R:33112710201200345»",
        ],
        tables=[
            [
                ["项目", "结果", "参考范围"],
                ["血压", "168/96 mmHg", "<140/90"],
                ["空腹血糖", "7.8 mmol/L", "3.9-6.1"],
                ["总胆固醇", "6.4 mmol/L", "<5.2"],
                ["心电图", "窦性心律，ST-T改变", ""],
                ["腹部B超", "脂肪肝（轻度），胆囊结石", ""],
            ],
            [
                [
                    "体检结论",
                    "1. 高血压2级（已服药，控制不佳）；2. 空腹血糖受损，建议复查OGTT；3. 高胆固醇血症；4. 胆囊结石。建议：到慢病门诊调整降压方案，低盐低脂饮食。",
                ],
                ["主检医生", "«P:上官文博»"],
            ],
        ],
        header="青溪镇卫生院体检中心",
        footer="本报告仅供受检者本人及其授权人查阅",
        cats=MED,
    )

    pdf_doc(
        "sec_体检报告_喻根生.pdf",
        "health_check_report",
        [
            """
青溪镇卫生院 老年人健康体检报告单

姓名 «P:喻根生»   性别 男   出生日期 1949-03-12
证件号码 «I:y19490312/喻根生»
地址 «A:青溪镇乌龙坑村岭头12号»
联系人 «P:喻小军»（儿子） «T»

一般检查：身高 163cm 体重 58kg BMI 21.8 腰围 80cm
血压：左 152/88mmHg 右 148/86mmHg
心电图：心房颤动，心室率 96次/分
血常规：血红蛋白 108g/L（↓）
尿常规：尿蛋白 +
肾功能：肌酐 132μmol/L（↑）
B超：双肾皮质回声增强

结论：1. 心房颤动（新发现），建议县人民医院心内科进一步检查；2. 轻度贫血；3. 慢性肾功能不全待排。
主检医生：«P:濮阳春晓»    审核：«P:上官文博»
"""
        ],
        cats=MED,
    )

    text_doc(
        "sec_体检报告_茅小芬.txt",
        "health_check_report",
        """
=====================================
    青溪镇卫生院  入职体检报告
=====================================
受检单位：青溪镇中心小学（教师入职）
姓名：«P:茅小芬»        性别：女      年龄：24
身份证：«I:y2002/茅小芬»
电话：«T»

内科：心肺听诊未见异常
外科：未见异常
胸部DR：双肺纹理清晰，未见明显实质性病变
肝功能：ALT 86 U/L（↑）  AST 51 U/L（↑）
乙肝两对半：HBsAg（+） HBeAg（-） HBcAb（+）

结论：乙肝表面抗原阳性，肝功能轻度异常，建议感染科就诊。
（依据国家规定，入职体检不得将乙肝项目结论告知用人单位，本页仅交本人。）
医师：«P:令狐晓燕»
""",
        cats=MED,
    )

    xlsx_doc(
        "sec_预防接种登记_12月.xlsx",
        "vaccination_register",
        {
            "12月第1周": [
                ["青溪镇卫生院预防接种门诊接种登记", "", "", "", "", "", "", ""],
                ["", "", "", "", "", "", "", ""],
                [
                    "接种日期",
                    "儿童姓名",
                    "出生日期",
                    "身份证号",
                    "监护人",
                    "联系电话",
                    "疫苗及剂次",
                    "批号",
                ],
                [
                    "2026-12-01",
                    "«P:钮梓萱»",
                    "2026-06-02",
                    "«I:y20260602/钮梓萱»",
                    "«P:钮永强»",
                    "«T»",
                    "乙肝3",
                    "«d.batch_no:202607A031»",
                ],
                [
                    "2026-12-01",
                    "«P:韶一诺»",
                    "2025-06-11",
                    "«I:y20250611/韶一诺»",
                    "«P:俞春燕»",
                    "«T»",
                    "麻腮风1",
                    "«d.batch_no:202605M117»",
                ],
                [
                    "2026-12-02",
                    "«P:殳浩然»",
                    "2026-09-28",
                    "«I:y20260928/殳浩然»",
                    "«P:殳建伟»",
                    "«T»",
                    "百白破1",
                    "«d.batch_no:Z202609014»",
                ],
                [
                    "2026-12-03",
                    "«P:贲雨桐»",
                    "2022-12-01",
                    "«I:y20221201/贲雨桐»",
                    "«P:孟秀芳»",
                    "«T»",
                    "乙脑2",
                    "«d.batch_no:202604J022»",
                ],
                [
                    "2026-12-03",
                    "«P:禄子墨»",
                    "2021-11-20",
                    "«I:y20211120/禄子墨»",
                    "«P:禄海军»",
                    "«T»",
                    "白破",
                    "«d.batch_no:202603B008»",
                ],
            ]
        },
        merges={"12月第1周": ["A1:H1"]},
        cats=MED,
    )

    csv_doc(
        "sec_成人疫苗接种登记.csv",
        "vaccination_register",
        [
            ["序号", "姓名", "性别", "年龄", "联系电话", "疫苗", "剂次", "接种护士"],
            ["1", "«P:柯银土»", "男", "67", "«T»", "流感疫苗(四价)", "1", "«P:司徒嘉怡»"],
            ["2", "«P:过菊仙»", "女", "73", "«T»", "流感疫苗(四价)", "1", "«P:司徒嘉怡»"],
            ["3", "«P:竺德明»", "男", "45", "«T»", "狂犬病疫苗", "第3针", "«P:司徒嘉怡»"],
            ["4", "«P:仝玉兰»", "女", "66", "«T»", "23价肺炎", "1", "«P:公孙丽»"],
            ["5", "«P:郜长根»", "男", "52", "«T»", "破伤风", "1", "«P:公孙丽»"],
        ],
        cats=MED,
        encoding="gb18030",
    )

    text_doc(
        "sec_120出车记录_11月.txt",
        "ambulance_dispatch_log",
        """
青溪镇卫生院 120急救出车记录（11月）

日期    接警时间  出车  到达  呼救地址                          患者           病情/处置                         随车医生
11-02   06:41    06:44 06:58 «A:白沙村沙洲组11号»                «P:陶有富» 男 78   突发意识不清，左侧肢体无力，疑脑卒中，转县人民医院   «P:第五志远»
11-05   21:15    21:18 21:40 «A:溪口镇塘坞村7组»                  «P:郁彩凤» 女 35   孕38周，规律腹痛，转县妇幼                      «P:第五志远»
11-09   13:02    13:05 13:12 «A:青溪镇新街小区3幢1单元502室»      «P:苏阿四» 男 60   胸痛1小时，心电图示急性下壁心梗，转县人民医院胸痛中心  «P:尉迟刚»
11-17   02:30    02:34 02:51 «A:石门村石门街42号»                  «P:卢阿毛» 男 84   呼吸困难，慢阻肺急性加重，收住院                  «P:尉迟刚»

呼救电话登记：11-02 «T»；11-05 «T»；11-09 «T»；11-17 «T»
车辆：«d.vehicle:浙K·A1205»
""",
        cats=MED,
    )

    docx_doc(
        "sec_120出车记录_单次.docx",
        "ambulance_dispatch_log",
        [
            "院前急救病历",
            "编号：«d.order_no:JJ-2026-1182»",
            "呼救时间：2026年11月21日 19:07   呼救电话：«T»",
            "现场地址：«A:枫树湾村5组王家弄3号»",
            "患者«P:乐金莲»，女，约70岁，家属诉傍晚在厨房跌倒后右髋部疼痛不能站立。",
            "查体：BP 146/80mmHg，P 92次/分，右下肢短缩外旋畸形。",
            "初步诊断：右股骨颈骨折？",
            "处置：夹板固定，平车转运至桐溪县中医院骨科，19:58交接，接诊医生签收。",
            "出诊医生：«P:第五志远»  护士：«P:皇甫秋菊»  驾驶员：«P:訾建林»",
        ],
        cats=MED,
    )

    pdf_doc(
        "sec_死亡医学证明_存根.pdf",
        "death_certificate",
        [
            """
居民死亡医学证明（推断）书  第一联（存根）

编号：«d.cert_no:M331127202600213»
死者姓名：«P:卫长庚»  性别：男  民族：汉  年龄：88岁
身份证件号码：«I:y1938/卫长庚»
常住地址：«A:青溪镇下宅村后垄自然村8号»
死亡日期：2026年10月30日 04时20分   死亡地点：家中
(a)直接死亡原因：呼吸衰竭   发病到死亡间隔：2天
(b)引起(a)的疾病：慢性阻塞性肺疾病急性加重
(c)其他疾病：肺源性心脏病
生前主要疾病最高诊断单位：县级医院
死者家属姓名：«P:卫国良»  联系电话：«T»
家庭住址：同上
医师签名：«P:欧阳振华»   单位：青溪镇卫生院   填表日期：2026年10月30日
"""
        ],
        cats=MED,
    )

    docx_doc(
        "sec_死亡病例讨论.docx",
        "death_certificate",
        [
            "死亡病例讨论记录",
            "时间：2026年11月12日  地点：医生办公室",
            "主持人：«P:糜建军»（医务科）",
            "参加人员：«P:上官文博»、«P:濮阳春晓»、«P:尉迟刚»、«P:母雪梅»",
            "患者«P:毋阿香»，女，81岁，住院号«R:ZY20260932»，因“反复气喘10年，加重伴发热3天”入院，诊断：慢性阻塞性肺疾病急性加重、Ⅱ型呼吸衰竭、肺部感染。",
            "入院第3天夜间出现意识障碍，血气分析PaCO2 92mmHg，家属拒绝转上级医院行有创通气，于11月9日03:40死亡。",
            "讨论意见：«P:上官文博»认为，入院时CO2潴留已明显，应更早与家属沟通转院，告知风险记录应更详细。",
            "结论：死亡原因为Ⅱ型呼吸衰竭；存在沟通记录不全问题，由医务科督促整改。",
        ],
        cats=MED,
    )


def medical_b() -> None:
    text_doc(
        "sec_护理交接班_内科.txt",
        "nursing_handover",
        """
内科病区护理交接班记录   2026年12月3日 夜班→白班

原有18人，入院2人，出院1人，现有19人。病危1人，病重2人。

3床«P:过菊仙» 慢阻肺急性加重，今晨血氧90%（鼻导管2L/min），夜间咳嗽频繁，已按医嘱雾化。
5床«P:柯银土» 住院号«R:2026001587»，糖尿病足，右足第2趾破溃换药，渗出减少；凌晨3点末梢血糖3.6，予口服葡萄糖后复测6.2，已告知值班医生。
新入8床，«P:戚阿宝»，男，79岁，跌倒致头皮裂伤缝合后留观，请白班注意瞳孔和意识。
11床老太太（«P:邰金花»）夜里想回家，情绪激动，已与她女儿«P:单丽萍»电话沟通（«T»），今天上午家属来院。
交班人：«P:司徒嘉怡»    接班人：«P:皇甫秋菊»
""",
        cats=MED,
    )

    docx_doc(
        "sec_医生交接班.docx",
        "nursing_handover",
        [
            "医师交接班本",
            "12月5日 «P:尉迟刚»交«P:上官文博»：",
            "2床«P:帅金娥»血压仍在170/100上下，夜间加用硝苯地平一次，今晨158/92，白天请调整方案。",
            "7床«P:喻根生»的儿子打电话说上午来办出院，出院带药已开好，出院小结在电脑里，住院号«R:2026001602»。",
            "急诊留观：«P:甘小龙»，12岁，误服奶奶的降糖药2片，血糖监测每小时一次，夜间最低4.1，继续观察到中午。",
        ],
        cats=MED,
    )

    text_doc(
        "sec_电话随访_糖尿病.md",
        "phone_call_log",
        """
# 慢病电话随访记录（第四季度）

**12月1日 09:20** 拨打 «T»，接电话者自称是患者«P:竺德明»的爱人，说老竺去县城打工了，最近两个月药没按时吃，血糖自己没测。已嘱其转告按时服药，下月回来到卫生院测血糖。

**12月1日 09:35** 拨打 «T»，本人接听。«P:仝玉兰»，空腹血糖自测 6.8，诉脚麻，预约 12 月 8 日复诊。

**12月2日 14:10** 来电：一位男士自称«P:郜志明»，说他父亲«P:郜长根»吃了二甲双胍拉肚子，想换药。告知带病人来门诊，不建议自行停药。回拨号码 «T»。

随访人：«P:钭美玲»
""",
        cats=MED,
    )

    csv_doc(
        "sec_电话随访_产后.csv",
        "phone_call_log",
        [
            ["产后42天电话随访登记", "", "", "", ""],
            ["日期", "产妇", "电话", "情况", "随访人"],
            ["11-28", "«P:郁彩凤»", "«T»", "恶露已净，母乳喂养，情绪可", "«P:闻人佳»"],
            [
                "11-29",
                "«P:庞晓燕»",
                "«T»",
                "剖宫产切口愈合好，诉失眠，建议来院复查并做EPDS量表",
                "«P:闻人佳»",
            ],
            ["11-30", "«P:喻丹»", "«T»", "未接通，12-01再拨", "«P:闻人佳»"],
        ],
        cats=MED,
    )

    docx_doc(
        "sec_家庭医生签约协议_已签.docx",
        "family_doctor_contract",
        [
            "家庭医生签约服务协议书",
            "甲方（签约居民）：«P:陶有富»  身份证号：«Io»",
            "联系电话：«T»  家庭住址：«A:白沙村沙洲组11号»",
            "家庭成员同签：«P:陶菊英»（配偶），身份证号：«Io»",
            "乙方（家庭医生团队）：青溪镇卫生院第三团队  团队长：«P:璩建国»",
            "甲方选择服务包：■基础包 ■慢病包（高血压、脑梗死后遗症）",
            "健康状况：高血压病史15年，2026年11月脑梗死，遗留左侧肢体无力。",
            "甲方签字：陶有富（手印）   乙方签字：璩建国".replace("陶有富", "«P:陶有富»").replace(
                "璩建国", "«P:璩建国»"
            ),
            "签约日期：2026年12月2日",
        ],
        cats=MED,
    )

    xlsx_doc(
        "sec_家医签约名单_上坪村.xlsx",
        "family_doctor_contract",
        {
            "上坪村": [
                ["2026年第四季度新签约居民名单（上坪村）", "", "", "", "", ""],
                ["团队：第一团队", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["姓名", "身份证号", "住址", "电话", "服务包", "重点人群"],
                [
                    "«P:帅金娥»",
                    "«I:y1955/帅金娥»",
                    "«A:上坪村3组17号»",
                    "«T»",
                    "慢病包",
                    "高血压、老年人",
                ],
                ["«P:宓阿兴»", "«Io»", "«A:上坪村1组4号»", "«T»", "老年包", "老年人"],
                ["«P:单于春花»", "«I»", "«A:上坪村6组22号»", "«T»", "母婴包", "孕产妇"],
                ["«P:蒯天佑»", "«Ic»", "«A:上坪村6组22号»", "«T»", "母婴包", "0-6岁儿童"],
            ]
        },
        merges={"上坪村": ["A1:F1"]},
        cats=MED,
    )

    pdf_table_doc(
        "sec_高血压随访_11月.pdf",
        "chronic_disease_followup",
        ["高血压患者随访汇总（11月）", "责任医生：第二团队"],
        [
            ["姓名", "档案号", "随访日期", "血压", "服药", "下次随访"],
            ["«P:邰金花»", "«R:33112710203100871»", "11-03", "150/92", "规律", "12-03"],
            ["«P:苏阿四»", "«R:33112710203100412»", "11-05", "132/84", "规律", "02-05"],
            ["«P:谯永福»", "«R:33112710203101105»", "11-08", "172/104", "间断", "11-22"],
            ["«P:戚阿宝»", "«R:33112710203100966»", "11-12", "138/78", "规律", "02-12"],
            ["«P:辜秀兰»", "«R:33112710203100530»", "11-19", "160/96", "不服药", "12-03"],
        ],
        [
            "备注：谯永福血压控制不满意，两周内复访；辜秀兰拒绝服药，已做健康教育。".replace(
                "谯永福", "«P:谯永福»"
            ).replace("辜秀兰", "«P:辜秀兰»")
        ],
        cats=MED,
    )

    text_doc(
        "sec_糖尿病随访_单人.txt",
        "chronic_disease_followup",
        """
2型糖尿病患者随访服务记录表

姓名：«P:蔺长水»                编号：«R:33112710204200317»
随访日期：2026-11-26            随访方式：家庭
症状：多饮、视力模糊
体征：血压 138/82  体重 71kg  足背动脉搏动：减弱（双侧）
空腹血糖：9.6 mmol/L
用药：二甲双胍 0.5g tid；格列美脲 2mg qd
服药依从性：间断（自述经常忘记中午那顿）
此次随访分类：控制不满意
转诊：建议县人民医院内分泌科，眼底检查
随访医生签名：«P:慕容海»
""",
        cats=MED,
    )

    docx_doc(
        "sec_转诊单_卢阿毛.docx",
        "referral_letter",
        [
            "双向转诊（转出）单",
            "桐溪县人民医院呼吸内科：",
            "现有患者«P:卢阿毛»，男，84岁，身份证号«I:y1942/卢阿毛»，住址«A:石门村石门街42号»，因“反复咳喘20年，加重伴下肢水肿5天”于我院住院（住院号：«R:2026001611»），经抗感染、平喘、利尿治疗效果不佳，需转入贵院进一步诊治，请予接诊。",
            "初步印象：慢性阻塞性肺疾病急性加重；慢性肺源性心脏病；心功能Ⅲ级。",
            "家属：«P:卢建平»（长子） «T»",
            "转诊医生：«P:尉迟刚»   2026年11月18日",
        ],
        cats=MED,
    )

    pdf_doc(
        "sec_转诊回执.pdf",
        "referral_letter",
        [
            """
双向转诊（回转）单

青溪镇卫生院：
患者«P:苏阿四»因急性下壁心肌梗死于11月9日转入我院，行PCI术植入支架1枚，现病情稳定，转回贵院继续康复治疗。
门诊号：«R:MZ2026110345»   住院号：«R:2026-11-2218»
出院诊断：急性下壁心肌梗死 PCI术后；高血压3级（很高危）；高脂血症
治疗建议：阿司匹林100mg qd、替格瑞洛90mg bid（至少12个月）、阿托伐他汀20mg qn、美托洛尔缓释片47.5mg qd。
一个月后来我院心内科门诊复查。
接诊医生：«P:濮阳霖» 桐溪县人民医院心内科 2026年11月16日
"""
        ],
        cats=MED,
    )

    docx_doc(
        "sec_传染病报告卡_肺结核.docx",
        "infectious_disease_report",
        [
            "中华人民共和国传染病报告卡",
            "卡片编号：«d.card_no:3311270202611007»   报卡类别：初次报告",
            "患者姓名：«P:敖志成»   有效证件号：«I:y19860415/敖志成»   性别：男",
            "出生日期：1986年4月   工作单位：青溪工业园区浙南五金厂   联系电话：«T»",
            "病人属于：本县区   现住址：«A:青溪镇白沙村沙洲组3号»",
            "人群分类：工人   病例分类：临床诊断病例",
            "发病日期：2026-11-10   诊断日期：2026-11-24",
            "疾病名称：乙类 肺结核（利福平耐药未知）",
            "报告单位：青溪镇卫生院   报告医生：«P:上官文博»   填卡日期：2026-11-24",
        ],
        cats=MED,
    )

    text_doc(
        "sec_孕产妇保健手册摘录.md",
        "maternal_health_record",
        """
# 母子健康手册（孕产妇部分）摘录 —— 供转诊用

- 孕妇姓名：«P:单于春花»　年龄：29　身份证：见首页
- 丈夫姓名：«P:蒯立新»　电话：«T»
- 现住址：«A:上坪村6组22号»
- 末次月经：2026-04-03　预产期：2027-01-10
- 孕次 3　产次 1　流产史：人工流产 1 次（2021 年）

| 孕周 | 血压 | 宫高 | 胎心 | 异常 |
|---|---|---|---|---|
| 12+2 | 108/70 | — | — | 无 |
| 20+1 | 112/72 | 19 | 146 | OGTT 1h 10.6（↑） |
| 28+3 | 128/84 | 27 | 140 | 妊娠期糖尿病，饮食控制 |
| 34+0 | 138/90 | 31 | 138 | 血压偏高，转县妇幼 |

高危评分：黄色（妊娠期糖尿病、血压偏高），已于 11 月 30 日转诊。
""",
        cats=MED,
    )

    xlsx_doc(
        "sec_孕产妇管理台账.xlsx",
        "maternal_health_record",
        {
            "在册孕妇": [
                ["姓名", "年龄", "电话", "住址", "预产期", "高危因素", "管理医生"],
                [
                    "«P:单于春花»",
                    29,
                    "«T»",
                    "«A:上坪村6组22号»",
                    "2027-01-10",
                    "妊娠期糖尿病",
                    "«P:闻人佳»",
                ],
                [
                    "«P:庞晓燕»",
                    36,
                    "«T»",
                    "«A:城关镇翠苑小区5栋2单元301室»",
                    "2027-02-14",
                    "高龄、瘢痕子宫",
                    "«P:闻人佳»",
                ],
                ["«P:喻丹»", 22, "«T»", "«A:乌龙坑村岭头9号»", "2027-03-22", "无", "«P:闻人佳»"],
                [
                    "«P:韦巧玲»",
                    31,
                    "«T»",
                    "«A:溪口镇塘坞村2组15号»",
                    "2027-01-28",
                    "乙肝携带",
                    "«P:闻人佳»",
                ],
            ]
        },
        cats=MED,
    )


def medical_c() -> None:
    docx_doc(
        "sec_流调报告_诺如.docx",
        "epidemiological_investigation",
        [
            "青溪镇中心小学一起诺如病毒感染聚集性疫情流行病学调查报告（初报）",
            "2026年11月27日10时，青溪镇中心小学校医«P:桑晓琴»（«T»）电话报告：三年级（2）班自11月26日起陆续出现呕吐、腹泻学生7人。卫生院公卫科«P:酆永福»、«P:慕容海»于11时到达现场开展调查。",
            "首发病例：«P:柴思远»，男，9岁，11月26日早晨在家中呕吐3次，家长«P:柴国栋»（«T»）称孩子前一天晚上在外婆家吃过凉拌菜。家住«A:青溪镇新街小区3幢2单元601室»。",
            "续发病例：«P:淳于萌»、«P:滕可馨»、«P:邴子轩»等6人，均为同班同学，发病时间集中在26日下午至27日上午。",
            "采集肛拭子8份送县疾控，初步检测诺如病毒GⅡ型阳性5份。",
            "措施：病例居家隔离至症状消失后72小时；教室、卫生间含氯消毒剂消毒；停止班级集体活动；加强晨午检。",
        ],
        header="内部资料 请勿外传",
        cats=MED,
        mark=("内部资料", None, False),
    )

    xlsx_doc(
        "sec_严重精神障碍患者台账.xlsx",
        "mental_disorder_register",
        {
            "在管患者": [
                ["青溪镇严重精神障碍患者管理台账", "", "", "", "", "", "", ""],
                ["更新日期：2026-11-30", "", "", "", "", "", "", ""],
                ["", "", "", "", "", "", "", ""],
                [
                    "姓名",
                    "身份证号",
                    "诊断",
                    "危险性评估",
                    "监护人",
                    "监护人电话",
                    "住址",
                    "服药情况",
                ],
                [
                    "«P:冉国庆»",
                    "«I»",
                    "精神分裂症",
                    "1级",
                    "«P:冉春梅»",
                    "«T»",
                    "«A:下宅村4组6号»",
                    "规律",
                ],
                [
                    "«P:汲小红»",
                    "«I:y1987/汲小红»",
                    "双相情感障碍",
                    "0级",
                    "«P:汲有才»",
                    "«T»",
                    "«A:枫树湾村2组19号»",
                    "间断",
                ],
                [
                    "«P:逄建军»",
                    "«I»",
                    "精神分裂症",
                    "3级",
                    "«P:逄阿菊»",
                    "«T»",
                    "«A:石门村石门街7号»",
                    "不服药",
                ],
            ]
        },
        merges={"在管患者": ["A1:H1"]},
        cats=MED,
    )

    pdf_doc(
        "sec_残疾评定_体检意见.pdf",
        "disability_assessment",
        [
            """
残疾人残疾评定 体检意见书（肢体）

申请人：«P:岑有根»   性别：男   年龄：57
身份证号：«I:y1969/岑有根»
户籍地址：«A:青溪镇枫树湾村5组王家弄8号»
致残原因：2024年工地高处坠落，T12椎体爆裂骨折，双下肢不全瘫。
检查：双下肢肌力3级，需助行器行走，二便功能部分障碍。
评定意见：肢体残疾三级（建议）。
评定医师：«P:褚良才»（桐溪县人民医院）
"""
        ],
        cats=MED,
    )

    csv_doc(
        "sec_出生医学证明登记.csv",
        "birth_certificate_register",
        [
            ["出生医学证明签发登记（2026年11月）", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            [
                "证号",
                "新生儿姓名",
                "出生日期",
                "母亲姓名",
                "母亲身份证号",
                "父亲姓名",
                "父亲身份证号",
            ],
            [
                "«d.cert_no:Q331027651»",
                "«P:郁晨阳»",
                "2026-11-06",
                "«P:郁彩凤»",
                "«I»",
                "«P:项伟»",
                "«I»",
            ],
            [
                "«d.cert_no:Q331027652»",
                "«P:韦乐瑶»",
                "2026-11-19",
                "«P:韦巧玲»",
                "«I»",
                "«P:莘宏亮»",
                "«I»",
            ],
        ],
        cats=MED,
    )

    docx_doc(
        "sec_医疗纠纷调解记录.docx",
        "medical_dispute_mediation",
        [
            "医疗纠纷调解会议记录",
            "时间：2026年11月25日 14:00—16:30    地点：桐溪县医疗纠纷人民调解委员会调解室",
            "申请方：«P:毋建华»（患者«P:毋阿香»之子），身份证号«I»，电话«T»，住址«A:城关镇解放街128号»",
            "被申请方：青溪镇卫生院，委托代理人«P:糜建军»",
            "调解员：«P:黎春生»",
            "申请方陈述：其母于11月9日凌晨在卫生院住院期间死亡，认为卫生院未及时转院，要求赔偿各项损失共«d.amount:38万元»。",
            "被申请方陈述：入院时已告知病情危重，建议转院，家属签字拒绝转院（有签字记录），不存在过错；但沟通记录不够详细。",
            "调解结果：经调解，双方同意由卫生院一次性补偿«d.amount:3.5万元»，申请方不再以任何方式追究。",
        ],
        cats=("medical", "other"),
    )

    text_doc(
        "sec_投诉处理_输液.txt",
        "complaint_record",
        """
投诉处理记录

投诉时间：2026年12月2日 10:15      受理人：«P:隗明»（院办）
投诉人：«P:邬春生»，电话«T»，称其妻子«P:欧淑芬»12月1日在急诊输液时针头脱落、手背肿起，护士态度冷淡，半小时才来处理。
调查：当班护士«P:令狐晓燕»说明当时急诊同时有两名外伤病人；监控显示从呼叫到护士到场约12分钟。
处理：向投诉人当面道歉；护理部对当班护士批评教育，扣当月绩效«d.amount:200元»；急诊夜间增加一名护士。
投诉人意见：接受处理。
""",
        cats=("medical", "personnel"),
    )

    csv_doc(
        "sec_信访件登记.csv",
        "complaint_record",
        [
            ["收件日期", "来源", "反映人", "联系方式", "反映内容", "承办科室", "办结情况"],
            [
                "2026-11-03",
                "12345转办",
                "«P:段干梅»",
                "«T»",
                "母亲«P:过菊仙»住院期间被收取不必要检查费",
                "医保办",
                "已核查，退费2项",
            ],
            [
                "2026-11-19",
                "来信",
                "«P:羊舌斌»",
                "«A:白沙村沙洲组20号»",
                "反映村医«P:檀友根»出诊收费高",
                "公卫科",
                "调查中",
            ],
            [
                "2026-11-28",
                "来电",
                "匿名",
                "",
                "反映夜间急诊医生离岗",
                "医务科",
                "已核实，当事医生已书面检讨",
            ],
        ],
        cats=("medical", "personnel"),
    )

    text_doc(
        "sec_聊天记录_病区群.txt",
        "chat_export",
        """
微信群“内科病区工作群”聊天记录导出（2026-12-04）

«P:母雪梅» 07:52
今天7床出院，喻根生家属9点到，出院带药在药房了，@«P:皇甫秋菊» 记得宣教

«P:皇甫秋菊» 07:55
收到

«P:上官文博» 10:35
12床那个新来的，«P:酆阿满»，老年痴呆的，家属电话一直打不通，谁有他女儿别的号码？

«P:司徒嘉怡» 10:38
入院登记上还有一个 «T»，我刚打通了，她说下午过来

«P:上官文博» 10:39
好，顺便让她把老人以前在县医院的出院小结带来，病案号«R:0031256»那次的
""".replace("喻根生家属", "«P:喻根生»家属"),
        cats=MED,
    )

    text_doc(
        "sec_住院患者一览.txt",
        "inpatient_census",
        """
内科住院病人一览表  2026-12-04

床号  患者        性别 年龄 住院号          诊断                       医生
 1    «P:戚阿宝»      男   79   «R:2026001598»      头皮裂伤缝合术后             尉迟刚
 3    «P:过菊仙»      女   73   «R:2026001575»      慢阻肺急性加重               上官文博
 5    «P:柯银土»      男   67   «R:2026001587»      2型糖尿病足                  上官文博
 7    «P:喻根生»      男   77   «R:2026001602»      心房颤动、慢性肾功能不全      濮阳春晓
11    «P:邰金花»      女   85   «R:2026001590»      高血压3级、脑梗死后遗症      濮阳春晓
12    «P:酆阿满»      男   82   «R:2026001615»      阿尔茨海默病、肺部感染        上官文博

5床赵某某已于12-03转县医院（见转诊登记）。
""".replace("尉迟刚", "«P:尉迟刚»")
        .replace("上官文博", "«P:上官文博»")
        .replace("濮阳春晓", "«P:濮阳春晓»")
        .replace("5床赵某某", "5床«d.pseudonym:赵某某»"),
        cats=MED,
    )

    text_doc(
        "sec_门诊日志.md",
        "outpatient_log",
        """
# 全科门诊工作日志 2026-12-03（上午）

| 序号 | 门诊号 | 姓名 | 性别 | 年龄 | 住址 | 初步诊断 |
|---|---|---|---|---|---|---|
| 1 | «R:MZ2026120031» | «P:尚官福» | 男 | 58 | «A:石门村4组» | 上呼吸道感染 |
| 2 | «R:MZ2026120032» | «P:饶玉珍» | 女 | 64 | «A:下宅村2组31号» | 高血压病 |
| 3 | «R:MZ2026120035» | «P:宦小宝» | 男 | 6 | «A:青溪镇和平街12号» | 急性扁桃体炎 |
| 4 | «R:MZ2026120036» | «P:厍丽萍» | 女 | 41 | «A:白沙村沙洲组15号» | 腰椎间盘突出症 |
| 5 | «R:MZ2026120040» | «P:诸葛红英» | 女 | 70 | «A:枫树湾村3组» | 2型糖尿病 |

接诊医生：«P:钭美玲»
""",
        cats=MED,
    )

    pdf_table_doc(
        "sec_检验报告_肝功能.pdf",
        "lab_report",
        [
            "青溪镇卫生院检验报告单",
            "姓名：«P:敖志成»   性别：男   年龄：40岁   门诊号：«R:MZ2026112407»   送检医生：«P:上官文博»",
        ],
        [
            ["项目", "结果", "单位", "参考区间"],
            ["丙氨酸氨基转移酶(ALT)", "126", "U/L", "9-50"],
            ["天门冬氨酸氨基转移酶(AST)", "88", "U/L", "15-40"],
            ["总胆红素(TBIL)", "21.3", "μmol/L", "3.4-20.5"],
            ["白蛋白(ALB)", "36.2", "g/L", "40-55"],
        ],
        [
            "检验者：«P:赫连伟»   审核者：«P:蔺淑珍»   报告时间：2026-11-24 10:52",
            "标本号：«d.sample_no:20261124-0087»",
        ],
        cats=MED,
    )

    docx_doc(
        "sec_处方_精二类.docx",
        "prescription",
        [
            "青溪镇卫生院 精二处方",
            "费别：医保   门诊号：«R:0012-26-9931»   科别：全科",
            "姓名：«P:汲小红»  性别：女  年龄：39  身份证号：«I:y1987/汲小红»",
            "临床诊断：双相情感障碍，失眠",
            "Rp：艾司唑仑片 1mg×14片  用法：1mg 睡前口服",
            "医师：«P:钭美玲»  审核/调配：«P:蔺淑珍»  处方编号：«d.rx_no:2026120300417»",
        ],
        cats=MED,
    )


# ============================================================================================
# SECRET: personnel
# ============================================================================================

PER = ("personnel",)


def personnel() -> None:
    xlsx_doc(
        "sec_加班费发放表_11月.xlsx",
        "overtime_pay_sheet",
        {
            "11月": [
                ["青溪镇卫生院2026年11月加班费发放表", "", "", "", "", "", ""],
                ["单位：元", "", "", "", "", "", ""],
                ["序号", "科室", "姓名", "加班时长(h)", "标准(元/h)", "金额", "银行卡号"],
                [1, "急诊科", "«P:第五志远»", 36, 45, 1620, "«B:622848»"],
                [2, "急诊科", "«P:尉迟刚»", 28, 45, 1260, "«B:622848»"],
                [3, "内科", "«P:皇甫秋菊»", 16, 35, 560, "«B:621700»"],
                [4, "公卫科", "«P:慕容海»", 20, 35, 700, "«B:623059»"],
                [5, "公卫科", "«P:酆永福»", 24, 35, 840, "«B:622202»"],
                ["合计", "", "", 124, "", 4980, ""],
                ["制表：«P:鞠晓红»", "", "审核：«P:宓国平»", "", "", "", ""],
            ]
        },
        merges={"11月": ["A1:G1", "A2:G2"]},
        cats=PER,
    )

    csv_doc(
        "sec_加班费_疫情防控.csv",
        "overtime_pay_sheet",
        [
            ["诺如疫情处置加班补助（11月26日-12月1日）", "", "", ""],
            ["姓名", "身份证号", "天数", "补助(元)"],
            ["«P:酆永福»", "«I»", "5", "750"],
            ["«P:慕容海»", "«I»", "5", "750"],
            ["«P:申屠建平»", "«I:y19910518/申屠建平»", "3", "450"],
            ["«P:闻人佳»", "«I»", "2", "300"],
        ],
        cats=PER,
    )

    text_doc(
        "sec_值班表_12月.txt",
        "duty_roster",
        """
青溪镇卫生院2026年12月行政总值班及临床值班表

日期      行政总值班     手机             临床一线     手机             临床二线
12-01    «P:宓国平»       «T»      «P:尉迟刚»       «T»      «P:上官文博»
12-02    «P:訾春燕»       «T»      «P:第五志远»     «T»      «P:濮阳春晓»
12-03    «P:糜建军»       «T»      «P:欧阳振华»     «T»      «P:上官文博»
12-04    «P:鞠晓红»       «T»      «P:璩建国»       «T»      «P:濮阳春晓»

值班室固定电话：«d.public_phone:0578-6213121»（24小时）
值班人员手机须24小时开机，不得私自换班，确需调班报院办公室备案。
""",
        cats=PER,
    )

    docx_doc(
        "sec_护理排班表.docx",
        "duty_roster",
        [
            "内科病区护理排班（12月第1周）",
        ],
        tables=[
            [
                ["姓名", "一", "二", "三", "四", "五", "六", "日", "联系电话"],
                ["«P:母雪梅»", "A", "A", "A", "A", "A", "休", "休", "«T»"],
                ["«P:皇甫秋菊»", "P", "P", "N", "休", "A", "A", "P", "«T»"],
                ["«P:司徒嘉怡»", "N", "休", "A", "P", "P", "N", "休", "«T»"],
                ["«P:令狐晓燕»", "休", "N", "P", "N", "休", "P", "A", "«T»"],
            ]
        ],
        footer="A：8:00-16:00  P：16:00-24:00  N：0:00-8:00",
        cats=PER,
    )

    pdf_table_doc(
        "sec_职工体检汇总.pdf",
        "staff_health_check_summary",
        ["2026年职工健康体检异常结果汇总", "（仅供院领导和工会查阅）"],
        [
            ["姓名", "科室", "年龄", "异常项目", "建议"],
            ["«P:宓国平»", "院办", "54", "血压156/98，尿酸520", "心内科就诊"],
            ["«P:鞠晓红»", "财务科", "47", "乳腺结节4a类", "乳腺外科穿刺"],
            ["«P:苟长青»", "总务科", "58", "空腹血糖8.1", "内分泌科"],
            ["«P:蔺淑珍»", "药剂科", "45", "甲状腺结节TI-RADS 3类", "半年复查"],
            ["«P:赫连伟»", "检验科", "33", "HBsAg阳性，ALT 72", "感染科"],
        ],
        cats=("personnel", "medical"),
    )

    docx_doc(
        "sec_个人简历_申屠建平.docx",
        "resume",
        [
            "个人简历",
            "«P:申屠建平»：男，汉族，1991年5月生，中共党员，预防医学本科。",
            "身份证号：«I:y19910518/申屠建平»    手机：«T»    邮箱：«E:shentu.jp1991@163.com»",
            "家庭住址：«A:城关镇翠苑小区2栋1单元402室»",
            "工作经历：2014.07—2019.06 桐溪县疾病预防控制中心 免疫规划科；2019.07至今 青溪镇卫生院公共卫生科。",
            "家庭成员：妻«P:项丽君»，桐溪县第二中学教师；女儿«P:申屠可欣»，7岁。",
            "奖惩情况：2022年度县卫生系统优秀共产党员；2024年因疫苗出入库登记不规范受院内通报批评。",
        ],
        cats=PER,
    )

    text_doc(
        "sec_个人简历_应聘护士.md",
        "resume",
        """
# 求职简历

**«P:亓官若兰»**　女　汉族　2002 年 8 月生

- 电话：«T»
- 邮箱：«E:ruolan_qg@qq.com»
- 住址：«A:溪口镇塘坞村7组26号»
- 身份证：«I:y20020826/亓官若兰»

## 教育
2020.09—2023.06　丽水护士学校（现丽水学院护理分院）护理专业　大专

## 实习与工作
2022.07—2023.05　桐溪县人民医院　实习护士
2023.07—2026.10　桐溪县城关镇社区卫生服务中心　合同制护士（离职原因：家庭搬迁）

## 证书
护士执业资格证；BLS 证书
""",
        cats=PER,
    )

    xlsx_doc(
        "sec_绩效考核_第三季度.xlsx",
        "staff_evaluation",
        {
            "季度考核": [
                ["", "", "", "", "", ""],
                ["2026年第三季度职工绩效考核得分汇总", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["科室", "姓名", "工作量", "质量", "满意度", "总分"],
                ["全科", "«P:钭美玲»", 38, 27, 19, 84],
                ["全科", "«P:欧阳振华»", 35, 28, 18, 81],
                ["内科", "«P:上官文博»", 40, 29, 19, 88],
                ["内科", "«P:濮阳春晓»", 37, 25, 17, 79],
                ["急诊", "«P:第五志远»", 39, 22, 15, 76],
                ["备注：总分低于80分者扣发当季绩效10%，由科室主任约谈。", "", "", "", "", ""],
            ]
        },
        merges={"季度考核": ["A2:F2"]},
        cats=PER,
    )

    text_doc(
        "sec_年度考核_不称职.txt",
        "staff_evaluation",
        """
2026年度考核结果（拟定，未公示，请勿外传）

优秀（15%）：«P:上官文博» «P:母雪梅» «P:酆永福» «P:司徒嘉怡» «P:钭美玲» «P:鞠晓红»
基本称职：«P:第五志远»（全年病历甲级率低于80%，2次投诉）
不称职：«P:訾建林»（驾驶员，全年旷工5天，酒后上班被发现1次）
其余人员为称职。
院务会 2026-12-22
""",
        cats=PER,
    )

    pdf_table_doc(
        "sec_村医工资发放表.pdf",
        "village_doctor_pay",
        ["青溪镇乡村医生2026年第三季度补助发放表"],
        [
            ["村卫生室", "姓名", "基本补助", "公卫补助", "合计", "账号"],
            ["上坪村", "«P:笪德顺»", "2400", "3160", "5560", "«B:623059»"],
            ["下宅村", "«P:揭秋萍»", "2400", "2870", "5270", "«B:622848»"],
            ["枫树湾村", "«P:茹长林»", "2400", "3025", "5425", "«B:621799»"],
            ["石门村", "«P:檀友根»", "2400", "2655", "5055", "«B:623059»"],
        ],
        ["经办：«P:鞠晓红»   审核：«P:訾春燕»"],
        cats=PER,
    )

    docx_doc(
        "sec_会议纪要_干部任免.docx",
        "meeting_minutes",
        [
            "院务会会议纪要（第23期）",
            "2026年12月1日，院长«P:宓国平»主持召开院务会，«P:訾春燕»、«P:糜建军»、«P:母雪梅»、«P:鞠晓红»出席，«P:隗明»记录。",
            "一、关于科室负责人调整：拟任命«P:濮阳春晓»为内科副主任（试用期一年）；免去«P:第五志远»急诊科副主任职务，保留主治医师待遇。报县卫健局备案后公布。",
            "二、关于编外人员招聘：同意录用«P:亓官若兰»等3人，起薪按编外人员薪酬办法二档执行。",
            "三、关于驾驶员«P:訾建林»违纪问题：给予警告处分，调离驾驶岗位。",
            "以上事项在正式文件下发前不得对外透露。",
        ],
        cats=PER,
    )

    csv_doc(
        "sec_职工花名册.csv",
        "staff_roster",
        [
            ["工号", "姓名", "性别", "身份证号", "手机", "现住址", "用工性质"],
            [
                "«d.staff_no:QX0012»",
                "«P:宓国平»",
                "男",
                "«I»",
                "«T»",
                "«A:城关镇解放街128号3单元»",
                "在编",
            ],
            [
                "«d.staff_no:QX0031»",
                "«P:鞠晓红»",
                "女",
                "«I»",
                "«T»",
                "«A:青溪镇和平街20号»",
                "在编",
            ],
            [
                "«d.staff_no:QX0058»",
                "«P:皇甫秋菊»",
                "女",
                "«I»",
                "«T»",
                "«A:下宅村2组8号»",
                "合同制",
            ],
            [
                "«d.staff_no:QX0077»",
                "«P:訾建林»",
                "男",
                "«I»",
                "«T»",
                "«A:石门村石门街16号»",
                "临时聘用",
            ],
        ],
        cats=PER,
        encoding="utf-8-sig",
    )

    docx_doc(
        "sec_调动审批表.docx",
        "staff_transfer",
        [
            "事业单位工作人员调动审批表",
        ],
        tables=[
            [
                ["姓名", "«P:淳于静»", "性别", "女"],
                ["身份证号", "«I»", "", ""],
                ["现单位", "青溪镇卫生院", "拟调入单位", "桐溪县妇幼保健院"],
                ["调动理由", "夫妻两地分居，配偶«P:邓国华»在县城工作", "", ""],
                ["单位意见", "同意（院长«P:宓国平»签字）", "", ""],
            ]
        ],
        cats=PER,
    )

    text_doc(
        "sec_职称推荐.txt",
        "staff_evaluation",
        """
2026年度卫生高级职称推荐人选（院内评议结果，未公示）

参评人数：4人  推荐名额：1人
投票结果：«P:上官文博» 11票（推荐）；«P:濮阳春晓» 7票；«P:欧阳振华» 5票；«P:钭美玲» 3票。
«P:濮阳春晓»对评议过程有意见，已由«P:訾春燕»副院长谈话。
""",
        cats=PER,
    )

    text_doc(
        "sec_奖惩决定_草稿.md",
        "reward_punishment",
        """
# 关于对«P:第五志远»同志的处理决定（草稿，待院务会审定）

«P:第五志远»，男，急诊科主治医师。2026 年 11 月 28 日夜班期间擅自离岗 2 小时，致急诊患者«P:邝宝生»等候 40 分钟无人接诊，造成投诉。

经院务会研究，决定：
1. 给予通报批评；
2. 扣发 2026 年 11 月绩效工资 1500 元；
3. 取消 2026 年度评优资格。
""",
        cats=PER,
    )


# ============================================================================================
# SECRET: financial
# ============================================================================================

FIN = ("financial",)


def financial() -> None:
    docx_doc(
        "sec_银行账户确认函_本院.docx",
        "bank_account_confirmation",
        [
            "银行账户信息确认函",
            "桐溪县财政局国库科：",
            "我院银行账户信息如下，特此确认：",
            "单位名称：青溪镇卫生院    统一社会信用代码：«U»",
            "基本存款账户：中国农业银行桐溪青溪支行  账号：«d.corporate_account:19-635101040006217»",
            "医保资金专户：浙江桐溪农村商业银行青溪支行  账号：«d.corporate_account:201000215674219»",
            "单位公务卡：院长«P:宓国平» 卡号«B:628288»；财务科«P:鞠晓红» 卡号«B:628288»",
            "财务负责人：«P:鞠晓红»  联系电话：«T»",
            "青溪镇卫生院（盖章） 2026年11月20日",
        ],
        cats=FIN,
    )

    pdf_doc(
        "sec_银行账户确认函_供应商.pdf",
        "bank_account_confirmation",
        [
            """
收款账户确认函

致：青溪镇卫生院
我公司与贵院签订的《医用耗材供货合同》（合同编号：«d.contract_no:QXWSY-HC-2026-08»）项下货款，请支付至以下账户：
户名：丽水市仁和医疗器械有限公司
统一社会信用代码：«U»
开户行：中国建设银行丽水分行营业部
账号：«d.corporate_account:33050166623500001847»
联系人：«P:滑晓东»  手机：«T»  邮箱：«E:hxd@renhe-med.cn»
公司地址：«A:丽水市莲都区紫金路18号华通大厦1205室»
"""
        ],
        cats=("financial", "operations"),
    )

    docx_doc(
        "sec_收费标准调整_征求意见稿.docx",
        "fee_standard_adjustment_draft",
        [
            "青溪镇卫生院部分医疗服务项目收费标准调整方案（征求意见稿）",
            "（内部征求意见，请勿外传）",
            "一、调整原因：自2023年以来人力成本上涨18%，部分项目收不抵支。",
            "二、拟调整项目：",
            "三、测算：调整后年增收约«d.amount:46.8万元»，其中医保基金支付约«d.amount:31万元»。",
            "四、请各科室于12月10日前将意见反馈财务科«P:鞠晓红»。",
        ],
        tables=[
            [
                ["项目", "现价（元）", "拟调价（元）", "年服务量"],
                ["中医针刺", "25", "32", "6,200"],
                ["康复训练", "30", "40", "3,100"],
                ["家庭病床查床费", "15", "25", "1,480"],
                ["上门服务费", "0", "30", "980"],
            ]
        ],
        cats=FIN,
    )

    text_doc(
        "sec_收费调整_院务会意见.txt",
        "fee_standard_adjustment_draft",
        """
关于收费标准调整方案的院务会意见（内部）

一、上门服务费30元/次的标准偏高，先按20元/次报县医保局审批。
二、中医针刺按32元报批；康复训练暂不调整，等县里统一政策。
三、调价前不得向患者透露拟调价格，避免集中就诊。
四、由财务科测算2027年预算收入时按新价格的80%计。
""",
        cats=FIN,
    )

    xlsx_doc(
        "sec_医保基金对账_10月.xlsx",
        "insurance_reconciliation",
        {
            "对账": [
                ["2026年10月医保基金结算对账单", "", "", "", ""],
                ["", "", "", "", ""],
                ["项目", "医院申报（元）", "医保中心审核（元）", "差额（元）", "原因"],
                ["门诊统筹", 412330.5, 409812.0, 2518.5, "超限定支付范围用药"],
                ["住院统筹", 1286455.2, 1270103.7, 16351.5, "分解住院1例、串换项目2项"],
                ["慢病门诊", 188760.0, 188760.0, 0, ""],
                ["合计", 1887545.7, 1868675.7, 18870.0, ""],
            ],
            "扣款明细": [
                ["住院号", "患者", "扣款金额", "扣款原因", "责任医生"],
                [
                    "«R:2026001412»",
                    "«P:宦金土»",
                    8460.0,
                    "15日内再次入院，认定分解住院",
                    "«P:濮阳春晓»",
                ],
                ["«R:2026001450»", "«P:尤满仓»", 4120.5, "康复理疗串换为针刺", "«P:上官文博»"],
                ["«R:2026001477»", "«P:岳金凤»", 3771.0, "无指征使用人血白蛋白", "«P:上官文博»"],
            ],
        },
        merges={"对账": ["A1:E1"]},
        cats=("financial", "medical"),
    )

    csv_doc(
        "sec_医保对账_慢病.csv",
        "insurance_reconciliation",
        [
            ["结算月份", "参保人", "医保卡号", "病种", "申报金额", "审核金额"],
            [
                "2026-10",
                "«P:邰金花»",
                "«d.insurance_no:H33112700418811»",
                "高血压",
                "186.40",
                "186.40",
            ],
            [
                "2026-10",
                "«P:蔺长水»",
                "«d.insurance_no:H33112700522906»",
                "糖尿病",
                "312.80",
                "298.10",
            ],
            [
                "2026-10",
                "«P:谯永福»",
                "«d.insurance_no:H33112700613375»",
                "高血压",
                "95.60",
                "95.60",
            ],
        ],
        cats=("financial", "medical"),
    )

    pdf_table_doc(
        "sec_固定资产盘点表.pdf",
        "asset_inventory",
        ["2026年度固定资产盘点表（医疗设备类）", "盘点日期：2026年12月5日"],
        [
            ["资产编号", "名称", "型号", "原值(元)", "使用科室", "保管人", "盘点结果"],
            [
                "«d.asset_no:QXWSY-ZC-0217»",
                "彩色多普勒超声",
                "LOGIQ P9",
                "586000",
                "B超室",
                "«P:公冶晓梅»",
                "相符",
            ],
            [
                "«d.asset_no:QXWSY-ZC-0231»",
                "全自动生化分析仪",
                "BS-480",
                "312000",
                "检验科",
                "«P:赫连伟»",
                "相符",
            ],
            [
                "«d.asset_no:QXWSY-ZC-0288»",
                "除颤监护仪",
                "BeneHeart D6",
                "68000",
                "急诊科",
                "«P:第五志远»",
                "相符",
            ],
            [
                "«d.asset_no:QXWSY-ZC-0302»",
                "心电图机",
                "ECG-1250",
                "21500",
                "心电图室",
                "«P:闻人佳»",
                "盘亏",
            ],
            [
                "«d.asset_no:QXWSY-ZC-0315»",
                "救护车",
                "福特全顺",
                "398000",
                "急诊科",
                "«P:訾建林»",
                "相符",
            ],
        ],
        [
            "盘亏说明：心电图机（ECG-1250）2025年已报废未销账，待补办报废手续。",
            "盘点人：«P:苟长青» «P:鞠晓红»",
        ],
        cats=FIN,
    )

    xlsx_doc(
        "sec_办公设备盘点.xlsx",
        "asset_inventory",
        {
            "电脑": [
                ["办公电脑及打印机盘点", "", "", "", ""],
                ["资产编号", "设备", "存放位置", "保管人", "状态"],
                ["«d.asset_no:QXWSY-BG-1021»", "台式机", "财务科", "«P:鞠晓红»", "在用"],
                ["«d.asset_no:QXWSY-BG-1022»", "台式机", "院办", "«P:隗明»", "在用"],
                [
                    "«d.asset_no:QXWSY-BG-1040»",
                    "笔记本",
                    "公卫科",
                    "«P:申屠建平»",
                    "在用（存有疫苗接种数据，已加密）",
                ],
                ["«d.asset_no:QXWSY-BG-1055»", "打印机", "药房", "«P:蔺淑珍»", "故障"],
            ]
        },
        cats=FIN,
    )

    text_doc(
        "sec_药品报损审批.txt",
        "drug_writeoff_approval",
        """
药品报损审批单

报损科室：药剂科                       填报日期：2026-11-30
序号  药品名称                规格           批号          数量   金额(元)   原因
1     人血白蛋白              10g:50ml       «d.batch_no:20240516»      3瓶    1,140.00   过期
2     注射用头孢曲松钠        1.0g           «d.batch_no:A2407021»      40支   96.00      过期
3     胰岛素注射液（预混）    3ml:300IU      «d.batch_no:2506117»      5支    310.00     冷藏冰箱故障，温度超标
合计                                                               1,546.00
说明：11月22日夜间药库冷藏冰箱停机约6小时，值班人员«P:苟长青»未及时发现。
科室负责人：«P:蔺淑珍»   药剂科：«P:蔺淑珍»   财务科：«P:鞠晓红»   分管院长：«P:訾春燕»
""",
        cats=FIN,
    )

    docx_doc(
        "sec_药品报损_破损.docx",
        "drug_writeoff_approval",
        [
            "药品报损申请",
            "11月18日住院部护士«P:令狐晓燕»在配药时不慎打碎丙种球蛋白2瓶（批号«d.batch_no:20250903»），金额«d.amount:1,360.00元»。",
            "申请按破损报损，个人承担20%。",
            "护理部意见：同意（«P:母雪梅»）",
        ],
        cats=FIN,
    )

    text_doc(
        "sec_预算草案_2027.md",
        "budget_draft",
        """
# 2027 年预算编制草案（未报批，仅供院务会讨论）

| 项目 | 2026 预计 | 2027 草案 | 说明 |
|---|---:|---:|---|
| 医疗收入 | 1,702 万 | 1,830 万 | 含调价增收 37 万 |
| 财政补助 | 1,105 万 | 1,060 万 | 县里口头通知压减 4% |
| 人员支出 | 1,540 万 | 1,628 万 | 新增编外 6 人 |
| 设备购置 | 210 万 | 95 万 | DR 已在 2026 年完成 |
| 结余 | 29 万 | -12 万 | 需与财政局争取 |

> 注意：“财政补助压减”口径尚未正式下文，不得外传。
""",
        cats=FIN,
    )

    csv_doc(
        "sec_成本核算_科室.csv",
        "cost_accounting",
        [
            ["2026年1-10月科室成本核算（院内）", "", "", "", ""],
            ["科室", "收入(万元)", "直接成本(万元)", "分摊成本(万元)", "结余(万元)"],
            ["全科门诊", "286.4", "141.2", "63.8", "81.4"],
            ["内科住院", "412.7", "266.9", "98.5", "47.3"],
            ["中医馆", "138.2", "61.0", "35.6", "41.6"],
            ["急诊科", "96.5", "88.1", "31.2", "-22.8"],
            ["口腔科", "72.9", "40.3", "18.4", "14.2"],
        ],
        cats=FIN,
    )

    pdf_doc(
        "sec_公务卡报销汇总.pdf",
        "fund_operation_record",
        [
            """
11月公务卡消费还款汇总

持卡人 «P:苟长青»  卡号 «B:628288»
11-03 桐溪五金建材 采购水管配件 «d.amount:486.00元»
11-15 丽水高铁站 差旅 «d.amount:231.50元»
持卡人 «P:隗明»  卡号 «B:628288»
11-20 青溪镇文印店 打印健康宣传资料 «d.amount:1,860.00元»
作废卡号（已注销）：«d.bad_card»
经办：«P:鞠晓红»
"""
        ],
        cats=FIN,
    )


# ============================================================================================
# SECRET: operations, other, documents already marked
# ============================================================================================

OPS = ("operations",)


def operations() -> None:
    docx_doc(
        "sec_采购合同_医用耗材.docx",
        "procurement_contract",
        [
            "医用耗材供货合同",
            "合同编号：«d.contract_no:QXWSY-HC-2026-08»",
            "甲方：青溪镇卫生院",
            "乙方：丽水市仁和医疗器械有限公司  统一社会信用代码：«U»",
            "乙方地址：«A:丽水市莲都区紫金路18号华通大厦1205室»  法定代表人：«P:滑宏伟»",
            "乙方联系人：«P:滑晓东»  手机：«T»",
            "一、供货内容及价格（含税）：一次性输液器 1.35元/套；一次性注射器5ml 0.28元/支；医用外科口罩 0.32元/只；留置针 6.80元/支。",
            "二、价格在合同期内不变，不高于乙方供给县内其他医疗机构的价格。",
            "三、结算：每月对账，次月15日前付款至乙方账户（开户行：中国建设银行丽水分行营业部，账号：«d.corporate_account:33050166623500001847»）。",
            "四、合同期：2026年8月1日至2027年7月31日。",
        ],
        cats=("operations", "financial"),
    )

    pdf_doc(
        "sec_采购合同_药品配送.pdf",
        "procurement_contract",
        [
            """
药品配送协议（补充条款）

甲方：青溪镇卫生院   乙方：浙江桐康医药有限公司（统一社会信用代码：«U»）
1. 乙方在接到订单后24小时内配送到位；急救药品4小时内。
2. 配送费：按药品采购金额的1.2%另行计付（不得计入药品价格）。
3. 乙方业务员«P:晏子涵»（«T»）每月到院核对库存，近效期药品（6个月内）乙方负责调换。
4. 乙方地址：«A:桐溪县城关镇工业路9号»
"""
        ],
        cats=OPS,
    )

    text_doc(
        "sec_食堂外包合同.txt",
        "outsourcing_contract",
        """
职工食堂委托经营合同（摘要）

甲方：青溪镇卫生院
乙方：桐溪县味鲜餐饮管理有限公司   统一社会信用代码：«U»
乙方地址：«A:桐溪县城关镇人民路233号»
1. 甲方无偿提供食堂场地及设备，乙方自负盈亏。
2. 职工早餐4元、中餐12元、晚餐10元；病人营养餐按乙方报价表执行，价格调整须甲方同意。
3. 甲方每月补贴乙方«d.amount:8,000元»，按季度考核满意度发放。
4. 乙方收款账户：浙江桐溪农村商业银行城关支行 «d.corporate_account:201000198325604»
合同期三年，自2026年1月1日起。
""",
        cats=OPS,
    )

    docx_doc(
        "sec_保洁外包合同.docx",
        "outsourcing_contract",
        [
            "保洁服务外包合同",
            "甲方：青溪镇卫生院   乙方：丽水洁康物业服务有限公司（统一社会信用代码：«U»）",
            "服务范围：门诊楼、住院楼、行政楼公共区域及院区道路保洁，医疗废物院内转运。",
            "人员：乙方派驻保洁员6名，主管«P:贝月娥»（«T»）。",
            "服务费：每月«d.amount:27,600元»，每季度考核，不合格扣减5%—20%。",
            "本合同价格及考核标准属商业信息，双方均不得向第三方透露。",
        ],
        cats=OPS,
    )

    xlsx_doc(
        "sec_供应商目录与报价.xlsx",
        "supplier_list",
        {
            "供应商": [
                ["合格供应商目录（2026年）", "", "", "", ""],
                ["供应商", "统一社会信用代码", "联系人", "电话", "主要品种及协议价"],
                ["浙江桐康医药有限公司", "«U»", "«P:晏子涵»", "«T»", "基药配送，加价率0"],
                [
                    "丽水市仁和医疗器械有限公司",
                    "«U»",
                    "«P:滑晓东»",
                    "«T»",
                    "输液器1.35元/套，留置针6.80元/支",
                ],
                [
                    "杭州明达检验试剂有限公司",
                    "«U»",
                    "«P:乜春雷»",
                    "«T»",
                    "生化试剂，年框架价格较市价下浮12%",
                ],
            ]
        },
        merges={"供应商": ["A1:E1"]},
        cats=OPS,
    )

    text_doc(
        "sec_采购计划_2027.txt",
        "procurement_plan",
        """
2027年医疗设备采购计划（院务会讨论稿）

序号 设备                   数量  预算(万元)  拟采购方式   备注
1    便携式彩超             1     28         询价         家庭医生上门用
2    全自动血细胞分析仪     1     16         询价         替换2015年旧机
3    中医熏蒸治疗机         2     6          直接采购
4    救护车（负压）         1     45         公开招标     争取县里专项
合计                              95
说明：救护车项目若县专项未落实则推迟至2028年。已初步询价三家，最低报价暂不公开。
""",
        cats=OPS,
    )

    pdf_doc(
        "sec_业务统计_未发布.pdf",
        "unpublished_statistics",
        [
            """
2026年1-11月主要业务指标完成情况（院内通报，未对外发布）

门急诊人次：7.9万（年度目标9.0万，完成87.8%）
出院人次：1,096（目标1,300，完成84.3%）
医疗收入：1,552万元（目标1,760万元，完成88.2%）
药占比：41.6%（控制目标≤40%，未达标）
医保基金扣款：累计«d.amount:21.4万元»，同比增加63%
分析：住院量下降主要原因是内科两名医生外出进修；12月需冲刺，各科室务必完成任务。
"""
        ],
        cats=OPS,
    )

    docx_doc(
        "sec_应急预案_停电.docx",
        "emergency_plan",
        [
            "青溪镇卫生院突发停电应急预案（内部）",
            "一、应急领导小组：组长«P:宓国平»（«T»），副组长«P:苟长青»（«T»）。",
            "二、发电机房钥匙由总务科«P:苟长青»和值班电工保管，柴油储量不少于200升。",
            "三、ICU式监护病人的呼吸机、监护仪由UPS供电，续航30分钟，超过20分钟未恢复则启动转院。",
            "四、供电所抢修联系人：«P:钮振东» «T»。",
        ],
        cats=OPS,
    )

    text_doc(
        "sec_会议纪要_采购谈判.md",
        "meeting_minutes",
        """
# 便携式彩超采购谈判纪要

- 时间：2026 年 11 月 24 日
- 地点：三楼小会议室
- 我方：«P:訾春燕»（主持）、«P:苟长青»、«P:鞠晓红»、«P:公冶晓梅»
- 供方：杭州华医科技有限公司区域经理«P:第二伟»

纪要：
1. 供方首轮报价 31.8 万元，经谈判降至 27.5 万元，含三年保修和两个探头。
2. 我方要求再降 5000 元或加送一个心脏探头，供方表示需请示公司。
3. 底价（26 万元）仅限在场人员掌握，不得透露给其他报价单位。
""",
        cats=("operations",),
    )

    text_doc(
        "sec_聊天记录_采购群.txt",
        "chat_export",
        """
[2026-11-25 08:41] «P:苟长青»: 华医那边回话了，同意再降三千，加送一个线阵探头
[2026-11-25 08:43] «P:訾春燕»: 那另外两家报价多少？
[2026-11-25 08:45] «P:苟长青»: 迈瑞代理报28.9，开立代理报29.6，都比华医高
[2026-11-25 08:47] «P:訾春燕»: 行，按华医走询价程序，其他两家的报价不要外传
[2026-11-25 09:02] «P:鞠晓红»: 付款账户让他们出确认函，联系人手机发我一下
[2026-11-25 09:03] «P:苟长青»: «P:第二伟» «T»
""",
        cats=OPS,
    )


def other_and_marked() -> None:
    docx_doc(
        "sec_合作协议_县医院.docx",
        "cooperation_agreement",
        [
            "紧密型医共体专科共建协议（签署稿）",
            "甲方：桐溪县人民医院   乙方：青溪镇卫生院",
            "一、甲方心内科每周派驻主治以上医师1名到乙方坐诊，派驻专家«P:濮阳霖»。",
            "二、乙方向甲方上转的胸痛病人，甲方开通绿色通道；下转康复病人由乙方承接。",
            "三、专家坐诊收入分配：挂号费归乙方，诊查费甲乙双方按6:4分成（本条不对外公开）。",
            "四、协议期三年。",
        ],
        cats=("other",),
    )

    pdf_doc(
        "sec_对外投资意向.pdf",
        "external_investment",
        [
            """
关于与桐溪县康养投资有限公司合作建设医养结合中心的意向（院务会内部讨论材料）

一、拟合作方式：卫生院以闲置的老住院楼（建筑面积1,860平方米）作价入股，占股30%；对方投资改造并运营。
二、预计总投资«d.amount:1,200万元»，床位80张。
三、风险：资产处置须报县国资和卫健部门审批；人员编制问题未明确。
四、对方联系人：«P:乐正鸿» «T»，尚处初步接触阶段，请勿外传。
"""
        ],
        cats=("other", "operations"),
    )

    text_doc(
        "sec_县局来文_秘密1年.txt",
        "superior_letter_marked",
        """
秘密★1年

桐溪县卫生健康局
关于做好2027年春节前后重点人员稳控工作的通知

各乡镇卫生院：
根据县委政法委工作部署，请各单位对本辖区在管的严重精神障碍患者中危险性评估3级以上人员逐一落实监护责任人，春节期间每周随访一次，发现异常立即报告。
青溪镇重点人员：«P:逄建军»（«A:石门村石门街7号»），监护人«P:逄阿菊»。
请于12月20日前将落实情况报县局疾控科«P:左丘明哲»（«T»）。
桐溪县卫生健康局
2026年12月4日
""",
        cats=("other", "medical"),
        mark=("秘密★1年", 1, False),
    )

    docx_doc(
        "sec_县局来文_工作秘密.docx",
        "superior_letter_marked",
        [
            "工作秘密★2年",
            "桐溪县卫生健康局关于开展医疗机构医保基金使用专项检查的通知（内部）",
            "各医疗卫生单位：",
            "县医保局将于2027年1月对全县医疗机构开展不打招呼的医保基金使用专项检查，重点检查分解住院、串换项目、挂床住院。检查时间和名单不得提前泄露。",
            "请各单位于12月底前完成自查，将自查报告报局医政科。",
        ],
        header="工作秘密★2年",
        cats=("other",),
        mark=("工作秘密★2年", 2, False),
    )

    pdf_doc(
        "sec_县局来文_不公开.pdf",
        "superior_letter_marked",
        [
            """
此件不公开，阅后收回

桐溪县卫生健康局
关于2027年乡镇卫生院院长调整的预通知

经局党委研究，拟对部分乡镇卫生院院长进行交流调整，青溪镇卫生院院长«P:宓国平»拟交流至溪口镇卫生院，青溪镇卫生院院长人选另行研究。
本预通知仅限院长本人知悉，正式文件以县委组织部批复为准。
"""
        ],
        cats=("other", "personnel"),
        mark=("此件不公开", None, False),
    )

    text_doc(
        "sec_县局来文_内部资料.md",
        "superior_letter_marked",
        """
**内部资料 注意保存**

# 全县乡镇卫生院 2026 年三季度运行监测排名

| 排名 | 单位 | 门急诊同比 | 医保扣款 | 综合得分 |
|---|---|---|---|---|
| 1 | 溪口镇卫生院 | +8.2% | 3.1 万 | 91.5 |
| 5 | 青溪镇卫生院 | +2.4% | 12.6 万 | 78.0 |
| 9 | 安仁镇卫生院 | -6.8% | 20.3 万 | 62.4 |

排名靠后的单位院长将由局领导约谈。
""",
        cats=("other", "operations"),
        mark=("内部资料", None, False),
    )

    docx_doc(
        "sec_县局来文_机密.docx",
        "state_secret_marked",
        [
            "机密★5年",
            "桐溪县突发公共卫生事件应急指挥部",
            "关于下达边境口岸输入性传染病应急处置物资储备任务的通知",
            "青溪镇卫生院：",
            "根据上级指示，请你院按附表储备应急物资，储备数量、存放地点属国家秘密，不得在任何公开场合和非涉密网络传输。",
            "储备地点：本院原住院楼地下室。联络员：«P:酆永福»。",
        ],
        header="机密★5年",
        cats=("other",),
        mark=("机密★5年", 5, True),
    )

    text_doc(
        "sec_县局来文_机密_电报.txt",
        "state_secret_marked",
        """
机密★长期

明传电报（仅限指定人员阅知）
关于重大活动期间卫生保障方案的通知
各乡镇卫生院院长：
保障方案见附件（另以机要件送达），本电报内容不得复印、不得拍照。
阅后请签收：«P:宓国平»  签收时间：2026年12月1日
""",
        cats=("other",),
        mark=("机密★长期", None, True),
    )


def extras() -> None:
    """Passports, old 15-digit IDs, look-alike numbers and example values in forms."""
    xlsx_doc(
        "sec_因私出国境审批.xlsx",
        "travel_abroad_approval",
        {
            "备案": [
                ["", "", "", "", "", "", ""],
                ["青溪镇卫生院职工因私出国（境）证件备案及审批登记", "", "", "", "", "", ""],
                ["填报：院办公室", "", "", "", "", "", ""],
                ["姓名", "身份证号", "护照号码", "前往国家", "出行日期", "返回日期", "审批人"],
                [
                    "«P:宓国平»",
                    "«I»",
                    "«S:E67329104»",
                    "泰国",
                    "«d.date:2027-01-25»",
                    "«d.date:2027-02-01»",
                    "县卫健局",
                ],
                [
                    "«P:鞠晓红»",
                    "«I»",
                    "«S:EB5831276»",
                    "日本",
                    "«d.date:2027-02-10»",
                    "«d.date:2027-02-16»",
                    "«P:宓国平»",
                ],
                [
                    "«P:上官文博»",
                    "«I»",
                    "«S:E45019873»",
                    "新加坡",
                    "«d.date:2027-04-03»",
                    "«d.date:2027-04-08»",
                    "«P:宓国平»",
                ],
                ["说明：护照统一由院办保管，回国后7日内交回。", "", "", "", "", "", ""],
            ]
        },
        merges={"备案": ["A2:G2"]},
        cats=PER,
    )

    docx_doc(
        "sec_外籍孕妇建档.docx",
        "maternal_health_record",
        [
            "外籍孕产妇建档登记",
            "孕妇«P:阮氏秋»（«P:NGUYEN THI THU»），越南籍，护照号«S:C4702918»，与本镇居民«P:包国强»（身份证号«I»）于2023年登记结婚。",
            "现住址：«A:青溪镇后溪村3组10号»   联系电话：«T»（丈夫）",
            "孕12周建档，乙肝表面抗原阳性，已告知阻断措施，预约孕16周复查。",
            "建档医生：«P:闻人佳»   «d.date:2026年11月20日»",
        ],
        cats=MED,
    )

    csv_doc(
        "sec_工资卡变更登记.csv",
        "salary_card_change",
        [
            ["工资卡变更登记（财务科）", "", "", "", ""],
            ["姓名", "身份证号", "原卡号", "新卡号", "变更原因"],
            ["«P:皇甫秋菊»", "«I»", "«B:621700»", "«B:622848»", "原卡挂失"],
            ["«P:令狐晓燕»", "«I»", "«B:622202»", "«B:623059»", "工资代发行变更"],
            [
                "«P:尉迟刚»",
                "«d.bad_id»",
                "«d.bad_card»",
                "«B:621226»",
                "身份证号登记有误，待本人核对",
            ],
        ],
        cats=("personnel", "financial"),
    )

    text_doc(
        "sec_老职工档案_15位身份证.txt",
        "staff_file",
        """
退休职工档案摘录（1999年建档，身份证为旧版15位）

«P:竺美华»  女  身份证 «I:331127520314022»  原护理部护士长，2007年退休，现住«A:城关镇解放街96号»，电话«T»
«P:闾丘德才»  男  身份证 «I:331127480907051»  原外科医生，2008年退休，现住«A:青溪镇和平街31号»
«P:官根娣»  女  身份证 «I:331123550612084»  原药剂员，2010年退休，住女儿家（«A:城关镇翠苑小区8栋1单元201室»）
养老金发放卡号：竺美华 «B:622848»
""".replace("卡号：竺美华", "卡号：«P:竺美华»"),
        cats=PER,
        encoding="gb18030",
    )

    docx_doc(
        "pub_form_填写说明.docx",
        "blank_form_template",
        [
            "《居民健康档案》封面填写说明（附示例）",
            "姓名：填写居民身份证上的姓名，例如“«d.placeholder:张三»”。",
            "身份证号：18位，最后一位是X的用大写，例如«d.bad_id:110101199003071234»（示例号码，非真实）。",
            "联系电话：填写本人常用手机号，例如«d.placeholder_phone:138xxxxxxxx»。",
            "现住址：写到村（居）组和门牌号，例如“××村××组××号”。",
            "档案编号：17位，前12位为所在地行政区划及村（居）委会编码，后5位为顺序号，由系统自动生成。",
        ],
        pub=True,
    )

    xlsx_doc(
        "sec_AEFI报告.xlsx",
        "aefi_report",
        {
            "AEFI": [
                ["疑似预防接种异常反应个案报告", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["受种者", "身份证号", "监护人电话", "疫苗", "接种日期", "反应"],
                [
                    "«P:韶一诺»",
                    "«I:y20250611/韶一诺»",
                    "«T»",
                    "麻腮风",
                    "«d.date:2026-12-01»",
                    "接种后第8天发热39.2℃，皮疹",
                ],
                [
                    "«P:殳浩然»",
                    "«I:y20260928/殳浩然»",
                    "«T»",
                    "百白破",
                    "«d.date:2026-12-02»",
                    "注射部位红肿直径3cm",
                ],
                ["报告人：«P:司徒嘉怡»  审核：«P:酆永福»", "", "", "", "", ""],
            ]
        },
        merges={"AEFI": ["A1:F2"]},
        cats=MED,
    )

    xlsx_doc(
        "sec_门诊收费日报.xlsx",
        "cashier_daily_report",
        {
            "12-03": [
                ["门诊收费日报表  2026年12月3日", "", "", ""],
                ["收费员", "票据起止号", "笔数", "金额（元）"],
                ["«P:桂丽芳»", "«d.invoice_no:0033120451»-«d.invoice_no:0033120688»", 238, 21766.4],
                ["«P:雍晓庆»", "«d.invoice_no:0033120689»-«d.invoice_no:0033120803»", 115, 9820.1],
                ["退费", "«P:岳金凤»（重复收费B超一次）", 1, -120.0],
                ["合计", "", 354, 31466.5],
            ]
        },
        merges={"12-03": ["A1:D1"]},
        cats=FIN,
    )

    xlsx_doc(
        "sec_职工通讯录_含私人邮箱.xlsx",
        "staff_contact_list",
        {
            "通讯录": [
                ["科室", "姓名", "手机", "个人邮箱", "家庭住址"],
                ["院办", "«P:隗明»", "«T»", "«E:weiming_qx@163.com»", "«A:青溪镇和平街8号»"],
                ["财务科", "«P:鞠晓红»", "«T»", "«E:jxh0719@126.com»", "«A:青溪镇和平街20号»"],
                ["公卫科", "«P:酆永福»", "«T»", "«E:fengyongfu@qq.com»", "«A:下宅村5组2号»"],
                [
                    "检验科",
                    "«P:赫连伟»",
                    "«T»",
                    "«E:helianwei88@sina.com»",
                    "«A:城关镇翠苑小区5栋3单元602室»",
                ],
            ]
        },
        cats=PER,
    )

    xlsx_doc(
        "sec_住院费用清单.xlsx",
        "inpatient_bill",
        {
            "清单": [
                ["青溪镇卫生院住院费用清单", "", "", ""],
                ["姓名：«P:过菊仙»", "住院号：«R:2026001575»", "入院：«d.date:2026-11-27»", ""],
                ["", "", "", ""],
                ["项目", "数量", "单价", "金额"],
                ["床位费", 7, 30, 210],
                ["注射用哌拉西林他唑巴坦", 14, 18.6, 260.4],
                ["布地奈德混悬液（雾化）", 14, 7.2, 100.8],
                ["血气分析", 2, 60, 120],
                ["合计", "", "", 691.2],
            ]
        },
        merges={"清单": ["A1:D1"]},
        cats=("medical", "financial"),
    )


def more_public_2() -> None:
    text_doc(
        "pub_news_骗保案例通报.txt",
        "news_item",
        """
桐溪县医疗保障局关于欺诈骗取医保基金典型案例的通报（公开）

案例一：参保人«d.pseudonym:李某某»将本人医保卡出借给亲属«d.pseudonym:王某»使用，在县内两家药店购药共计«d.amount:8,642元»。县医保局已追回医保基金，暂停«d.pseudonym:李某某»医保卡联网结算6个月。
案例二：某乡镇卫生院通过分解住院方式多申报医保基金«d.amount:2.3万元»，已被追回并处以罚款，相关责任人被约谈。
举报电话：«d.hotline:12393»。经查实的，按规定给予举报人奖励。
""",
        pub=True,
    )

    text_doc(
        "pub_leaflet_常用电话.md",
        "health_education_leaflet",
        f"""
# 家中常备：紧急求助电话

| 事项 | 电话 |
|---|---|
| 医疗急救 | {H120} |
| 报警 | «d.hotline:110» |
| 火警 | «d.hotline:119» |
| 卫生健康咨询 | {H12320} |
| 政务服务便民热线 | «d.hotline:12345» |
| 青溪镇卫生院总机 | {SWITCH} |

拨打急救电话时说清楚：在哪里（村、组、门牌号或明显标志）、谁病了、什么症状、回拨电话。
""",
        pub=True,
    )

    pdf_doc(
        "pub_proc_招标答疑.pdf",
        "procurement_announcement",
        [
            f"""
青溪镇卫生院数字化X射线摄影系统（DR）采购项目答疑公告

项目编号：«d.order_no:TXCG-2026-0417»
问1：平板探测器是否接受无线平板？答：接受，须满足招标文件技术参数。
问2：是否需要提供三年原厂保修？答：需要。
问3：开标时间是否变更？答：不变更。
本答疑公告是招标文件的组成部分。采购人地址：{CENTRE_ADDR}
"""
        ],
        pub=True,
    )

    docx_doc(
        "pub_policy_隐私保护告知.docx",
        "published_policy",
        [
            "患者个人信息保护告知书",
            "本院在诊疗过程中收集您的姓名、身份证号、联系电话、住址、病史、检查检验结果等信息，仅用于诊疗、医保结算和国家规定的公共卫生服务。",
            "除法律法规规定或经您本人同意外，本院不会向任何第三方提供您的个人信息。",
            "您可以查询、复印您的病历资料，可以要求更正错误的信息。",
            "如发现个人信息被泄露，请向院办公室反映（电话：" + SWITCH + "）。",
        ],
        pub=True,
    )

    xlsx_doc(
        "pub_stats_满意度调查.xlsx",
        "published_statistics",
        {
            "满意度": [
                ["2026年第三季度患者满意度调查结果（院务公开）", "", ""],
                ["调查样本：门诊300人、住院120人", "", ""],
                ["", "", ""],
                ["项目", "门诊", "住院"],
                ["服务态度", "95.2%", "96.7%"],
                ["等候时间", "86.4%", "—"],
                ["费用透明", "92.1%", "94.2%"],
                ["环境卫生", "90.8%", "93.3%"],
            ]
        },
        merges={"满意度": ["A1:C1"]},
        pub=True,
    )

    text_doc(
        "pub_leaflet_结核密切接触者.txt",
        "health_education_leaflet",
        """
家里有人得了肺结核，家人该怎么办？

1. 家人（密切接触者）应到县疾控中心或卫生院做结核病筛查（症状询问、胸片、结核菌素试验）。
2. 病人治疗的头两个月传染性较强，尽量单独居住一个房间，开窗通风，咳嗽时捂住口鼻。
3. 督促病人每天按时服药，不能自行停药。治疗期间的随访检查和抗结核药品免费。
4. 家人出现咳嗽、咳痰两周以上，要及时检查。
""",
        pub=True,
    )


# ============================================================================================
# read back and check, then write truth.jsonl
# ============================================================================================


def read_back(path: Path, fmt: str, encoding: str) -> str:
    """The text of a written file, read with the same libraries an extractor would use."""
    if fmt in ("txt", "md", "csv"):
        return path.read_bytes().decode("utf-8-sig" if encoding == "utf-8" else encoding)
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        for section in document.sections:
            for hf in (section.header, section.footer):
                parts += [p.text for p in hf.paragraphs]
        return "\n".join(parts)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(str(path))
        return "\n".join(
            str(c.value)
            for s in book.worksheets
            for row in s.iter_rows()
            for c in row
            if c.value is not None
        )
    if fmt == "pdf":
        from pypdf import PdfReader

        return re.sub(
            r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        )
    raise ValueError(fmt)


def check(records: list[dict[str, Any]]) -> list[str]:
    """Every listed value occurs in its file exactly as often as the listed values contain it."""
    problems = []
    for rec in records:
        text = read_back(HERE / rec["path"], rec["format"], rec["encoding"])
        squeeze = rec["format"] == "pdf"
        spans = [x["value"] for x in rec["entities"] + rec["decoys"]]
        if squeeze:
            spans = [re.sub(r"\s+", "", s) for s in spans]
        for value in sorted(set(spans)):
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
    for section in (
        leaflets,
        notices,
        policies,
        fees_stats,
        news_and_announcements,
        procurement_recruit,
        hospital_info,
        drug_sheets,
        blank_forms,
        published_lists,
        more_public,
        internal,
        medical_a,
        medical_b,
        medical_c,
        personnel,
        financial,
        operations,
        other_and_marked,
        extras,
        more_public_2,
    ):
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
