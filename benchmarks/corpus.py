"""Generate a synthetic, labelled evaluation corpus of township health-centre documents.

baomi's detection and classification are tuned on documents nobody may share (real patient records,
real payrolls), so accuracy is measured on made-up ones that look like them: the same kinds of
document, the same field labels and layouts, the same formats, and the same traps (order numbers,
dates, hotlines, ID-like numbers with a wrong check digit). Every value is synthetic: names,
resident IDs and phones come from ``Faker("zh_CN")``; bank cards, credit codes and passports are
built here with valid check digits so that validators accept them.

Two template *families* (``a`` and ``b``) use different titles, field labels and layouts for the
same kinds of document, so rules can be tuned on one family and checked on the other.

``truth.jsonl`` holds one object per document::

    {"path": "a/0001.docx", "kind": "lab_report", "family": "a", "format": "docx",
     "public": false, "categories": ["medical"],
     "entities": [{"entity_type": "CN_RESIDENT_ID", "value": "..."}],
     "decoys": [{"kind": "bad_id", "value": "..."}]}

``entities`` lists every occurrence inserted into the text, exactly as written (a name written twice
is listed twice). ``decoys`` are look-alikes that must *not* be reported; they are not entities and
are listed only so that the evaluator can say which traps a scanner fell into.

Run: ``python benchmarks/corpus.py --out /tmp/corpus --n 300 --seed 1 [--family a|b|all]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import string
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from faker import Faker  # noqa: E402

from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx  # noqa: E402

Cell = str | int | float
Table = list[list[Cell]]
Block = str | Table

# --------------------------------------------------------------------------------------------
# Places. Faker's zh_CN address() joins random provinces, cities and roads ("香港特别行政区南京市
# 朝阳张路..."), which no real document contains; a detector tuned on it would learn the wrong
# shapes. These are real counties with their GB/T 2260 code, telephone area code and postcode.
# --------------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class County:
    province: str
    city: str
    county: str
    code: str  # GB/T 2260 area code
    tel: str  # long-distance area code
    postcode: str


COUNTIES = (
    County("浙江省", "衢州市", "开化县", "330824", "0570", "324300"),
    County("浙江省", "杭州市", "淳安县", "330127", "0571", "311700"),
    County("江西省", "上饶市", "婺源县", "361130", "0793", "333200"),
    County("安徽省", "黄山市", "歙县", "341021", "0559", "245200"),
    County("湖南省", "湘西土家族苗族自治州", "凤凰县", "433123", "0743", "416200"),
    County("四川省", "南充市", "仪陇县", "511324", "0817", "637600"),
    County("河南省", "信阳市", "固始县", "411525", "0376", "465200"),
    County("山东省", "临沂市", "沂南县", "371321", "0539", "276300"),
    County("河北省", "保定市", "涞源县", "130630", "0312", "074300"),
    County("广西壮族自治区", "桂林市", "阳朔县", "450321", "0773", "541900"),
    County("云南省", "大理白族自治州", "宾川县", "532924", "0872", "671600"),
    County("贵州省", "遵义市", "湄潭县", "520328", "0851", "564100"),
    County("甘肃省", "天水市", "秦安县", "620522", "0938", "741600"),
    County("湖北省", "恩施土家族苗族自治州", "利川市", "422802", "0718", "445400"),
    County("江苏省", "盐城市", "射阳县", "320924", "0515", "224300"),
    County("福建省", "南平市", "武夷山市", "350782", "0599", "354300"),
    County("陕西省", "汉中市", "城固县", "610722", "0916", "723200"),
    County("广东省", "梅州市", "大埔县", "441422", "0753", "514200"),
    County("重庆市", "重庆市", "城口县", "500229", "023", "405900"),
)
TOWNS = _words(
    "城关镇 华埠镇 石桥镇 青山镇 龙泉镇 河口镇 白沙镇 东坝镇 金山乡 高桥镇"
    " 柳林镇 双河镇 太平镇 永安镇 长乐镇 清溪镇 大坪乡 三江镇 黄田镇 马金镇"
)
VILLAGES = _words(
    "金星村 红旗村 新民村 和平村 五星村 光明村 联合村 永丰村 东风村 胜利村"
    " 民主村 团结村 长岭村 桃源村 柏树村 上湾村 下坝村 石门村 高坪村 白鹤村"
)
ROADS = _words(
    "人民路 解放路 中山路 建设路 文化路 新华路 胜利路 健康路 朝阳路 府前街"
    " 沿江路 东大街 西大街 南环路 北关街 振兴路"
)
ESTATES = _words("幸福小区 锦绣花园 阳光家园 滨江苑 桂花园小区 供销社宿舍")

# Issuer prefixes (BINs) real Chinese payroll lists carry, with the card length they come in.
CARD_BINS = (
    ("622202", 19), ("621700", 19), ("623668", 19), ("625965", 16), ("436742", 19),
    ("622848", 19), ("621661", 19), ("622588", 16), ("621226", 19), ("623059", 19),
)  # fmt: skip
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com")
FAMOUS_PHYSICIANS = ("李时珍", "张仲景", "华佗", "孙思邈", "钟南山", "扁鹊", "葛洪")
COMPANY_SUFFIX = _words(
    "医药有限公司 医疗器械有限公司 医药连锁有限公司 生物科技有限公司 科技有限公司"
)
DEPARTMENTS = _words("全科门诊 中医科 住院部 检验科 放射科 公共卫生科 妇保科 药剂科 口腔科")
POSTS = _words("临床医师 护士 药剂师 检验技师 影像技师 会计 公卫医师 收费员 护士长")

# (diagnosis, chief complaint, treatment) triples; the wording of an ordinary outpatient record.
CASES = (
    ("高血压病2级", "反复头晕2年，加重3天", "硝苯地平缓释片20mg 口服 每日2次"),
    ("2型糖尿病", "口干、多饮、多尿半年", "盐酸二甲双胍片0.5g 口服 每日3次"),
    ("急性上呼吸道感染", "咽痛、流涕、发热1天", "连花清瘟胶囊4粒 口服 每日3次"),
    ("慢性胃炎", "上腹部隐痛不适1月余", "奥美拉唑肠溶胶囊20mg 口服 每日1次"),
    ("腰椎间盘突出症", "腰痛伴右下肢放射痛2周", "布洛芬缓释胶囊0.3g 口服 每日2次，针灸理疗"),
    ("慢性阻塞性肺疾病急性加重", "咳嗽、咳痰、气喘加重5天", "头孢呋辛酯片0.25g 口服 每日2次"),
    ("冠状动脉粥样硬化性心脏病", "活动后胸闷、气短1月", "阿司匹林肠溶片100mg 口服 每日1次"),
    ("急性胃肠炎", "腹泻、呕吐1天", "口服补液盐散Ⅲ 1袋 冲服，蒙脱石散3g 口服"),
    ("膝骨关节炎", "双膝关节疼痛3年，上下楼加重", "塞来昔布胶囊0.2g 口服 每日1次"),
    ("带状疱疹", "右侧胸背部疼痛伴簇状疱疹3天", "伐昔洛韦片0.3g 口服 每日2次"),
    ("社区获得性肺炎", "发热、咳嗽4天", "阿莫西林胶囊0.5g 口服 每日3次"),
    ("脑梗死恢复期", "左侧肢体乏力半年", "阿托伐他汀钙片20mg 口服 每晚1次，康复训练"),
)

# Chronic-disease follow-up lists a township centre keeps, with the diagnoses written on them.
FOLLOW_UP = (
    ("高血压", ("高血压病1级", "高血压病2级", "高血压病3级")),
    ("2型糖尿病", ("2型糖尿病", "2型糖尿病伴周围神经病变")),
    ("严重精神障碍", ("精神分裂症", "双相情感障碍")),
    ("肺结核", ("继发性肺结核", "肺结核（治疗中）")),
)

DRUGS = _words(
    "硝苯地平缓释片 盐酸二甲双胍片 连花清瘟胶囊 奥美拉唑肠溶胶囊 布洛芬缓释胶囊 头孢呋辛酯片"
    " 阿司匹林肠溶片 蒙脱石散 阿莫西林胶囊 阿托伐他汀钙片 氯化钠注射液 苯磺酸氨氯地平片"
)

LAB_PANELS = {
    "血常规": (
        ("白细胞计数", "WBC", 3.5, 9.5, "×10^9/L"),
        ("红细胞计数", "RBC", 3.8, 5.8, "×10^12/L"),
        ("血红蛋白", "HGB", 115, 175, "g/L"),
        ("血小板计数", "PLT", 125, 350, "×10^9/L"),
        ("中性粒细胞百分比", "NEUT%", 40, 75, "%"),
        ("淋巴细胞百分比", "LYMPH%", 20, 50, "%"),
    ),
    "肝功能": (
        ("丙氨酸氨基转移酶", "ALT", 9, 50, "U/L"),
        ("天门冬氨酸氨基转移酶", "AST", 15, 40, "U/L"),
        ("总胆红素", "TBIL", 3.4, 20.5, "μmol/L"),
        ("白蛋白", "ALB", 40, 55, "g/L"),
    ),
    "血脂血糖": (
        ("空腹血糖", "GLU", 3.9, 6.1, "mmol/L"),
        ("总胆固醇", "TC", 2.8, 5.2, "mmol/L"),
        ("甘油三酯", "TG", 0.56, 1.7, "mmol/L"),
        ("低密度脂蛋白胆固醇", "LDL-C", 1.5, 3.4, "mmol/L"),
        ("糖化血红蛋白", "HbA1c", 4.0, 6.0, "%"),
    ),
    "肾功能": (
        ("尿素", "UREA", 2.9, 8.2, "mmol/L"),
        ("肌酐", "CREA", 57, 111, "μmol/L"),
        ("尿酸", "UA", 208, 428, "μmol/L"),
    ),
}

# Labels that differ between the two families, so that a rule keyed on one spelling is caught out.
LABELS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (("姓名",), ("患者姓名", "姓 名")),
    "sex": (("性别",), ("性 别",)),
    "age": (("年龄",), ("年 龄",)),
    "id": (("身份证号", "身份证号码"), ("公民身份号码", "证件号码")),
    "phone": (("联系电话", "电话"), ("手机号码", "联系方式")),
    "addr": (("住址", "家庭住址"), ("现住址", "户籍地址")),
    "diag": (("诊断", "初步诊断"), ("临床诊断", "诊断意见")),
    "doctor": (("医师签名", "接诊医生"), ("经治医师", "医生")),
    "card": (("银行卡号", "工资卡号"), ("代发账号", "银行账号")),
    "contact": (("联系人",), ("经办人", "联络人")),
}

KIND_FORMATS: dict[str, tuple[str, ...]] = {}
KIND_BUILDERS: dict[str, Callable[[Synth, Doc], None]] = {}
KIND_CATEGORIES: dict[str, tuple[str, ...]] = {}


def kind(name: str, categories: Sequence[str], formats: Sequence[str]) -> Callable:
    """Register a document builder: one table, so adding a kind is one function, not three edits."""

    def register(builder: Callable[[Synth, Doc], None]) -> Callable[[Synth, Doc], None]:
        KIND_BUILDERS[name] = builder
        KIND_CATEGORIES[name] = tuple(categories)
        KIND_FORMATS[name] = tuple(formats)
        return builder

    return register


# --------------------------------------------------------------------------------------------
# Check characters. Validators in the scanner drop values whose check digit is wrong, so every
# synthetic secret must carry a correct one, and every decoy a wrong one.
# --------------------------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def uscc_check(body: str) -> str:
    """GB 32100 check character of the first 17 characters of a unified social credit code."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def id_check(body: str) -> str:
    """GB 11643 MOD 11-2 check character of the first 17 digits of a resident ID."""
    return ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def _org_code_check(body: str) -> str:
    # GB 11714 organisation code, the 9th-17th characters of a USCC: its own MOD 11 check.
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


# --------------------------------------------------------------------------------------------
# The document model: blocks of text and tables, plus the truth recorded as values are placed.
# --------------------------------------------------------------------------------------------


@dataclass
class Doc:
    """A document being written; ``ent`` places a secret and records it in the same call.

    Recording at the point of insertion is what keeps truth exact: a value is listed once per time
    it is written, spelled as written, and nothing is listed that is not in the text.
    """

    kind: str
    family: str
    fmt: str
    date: dt.date
    categories: tuple[str, ...]
    rng: random.Random
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    header: str | None = None
    footer: str | None = None
    entities: list[tuple[str, str]] = field(default_factory=list)
    decoys: list[tuple[str, str]] = field(default_factory=list)

    @property
    def public(self) -> bool:
        return not self.categories

    def ent(self, entity_type: str, value: str) -> str:
        self.entities.append((entity_type, value))
        return value

    def decoy(self, decoy_kind: str, value: str) -> str:
        self.decoys.append((decoy_kind, value))
        return value

    def label(self, key: str) -> str:
        options = LABELS[key][0 if self.family == "a" else 1]
        return self.rng.choice(options)

    def para(self, *lines: str) -> None:
        self.blocks.extend(lines)

    def table(self, rows: Table) -> None:
        self.blocks.append(rows)

    def fields(self, pairs: Sequence[tuple[str, Cell]], per_row: int = 3) -> None:
        """Lay out labelled values the way forms do: on one line, one per line, or as a grid."""
        layout = self.rng.choice(("inline", "lines", "grid") if self.fmt != "csv" else ("grid",))
        colon = self.rng.choice(("：", "：", ":"))
        if layout == "grid":
            width = 2 if self.fmt == "pdf" else per_row
            rows: Table = []
            for start in range(0, len(pairs), width):
                row: list[Cell] = []
                for lab, value in pairs[start : start + width]:
                    row += [lab, value]
                rows.append(row)
            self.table(rows)
        elif layout == "inline":
            for start in range(0, len(pairs), per_row):
                chunk = pairs[start : start + per_row]
                self.para("    ".join(f"{lab}{colon}{cell_text(v)}" for lab, v in chunk))
        else:
            self.para(*(f"{lab}{colon}{cell_text(v)}" for lab, v in pairs))

    def text(self) -> str:
        """All the text a reader of the file sees, for the self-check of truth against content."""
        parts = [self.title, self.header or "", self.footer or ""]
        for block in self.blocks:
            if isinstance(block, str):
                parts.append(block)
            else:
                parts.extend(cell_text(c) for row in block for c in row)
        return "\n".join(parts)


def cell_text(value: Cell) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


# --------------------------------------------------------------------------------------------
# Synthetic values
# --------------------------------------------------------------------------------------------


class Synth:
    """Makes every synthetic value from one seeded ``random.Random`` and one seeded Faker."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.county = COUNTIES[0]
        self.town = TOWNS[0]
        self.centre = ""

    # -- the centre a document comes from ------------------------------------------------------
    def set_place(self) -> None:
        """Pick the centre a document comes from; its name stays the same within the document."""
        self.county = self.rng.choice(COUNTIES)
        self.town = self.rng.choice(TOWNS)
        suffix = "中心卫生院" if self.town.endswith("镇") and self.rng.random() < 0.4 else "卫生院"
        self.centre = f"{self.county.county}{self.town}{suffix}"

    @property
    def short_county(self) -> str:
        return self.county.county.rstrip("县市")

    # -- people --------------------------------------------------------------------------------
    def name(self, sex: str = "") -> str:
        """A person's name; with ``sex`` ("男"/"女") one that matches it, as on an ID-based form."""
        # Faker's zh_CN name_male() draws from the unisex given-name list, so build it here.
        given = {"男": self.fake.first_name_male, "女": self.fake.first_name_female}.get(sex)
        while True:
            value = self.fake.last_name() + given() if given else self.fake.name()
            # A famous physician's name as a patient would make the public leaflets ambiguous.
            if value not in FAMOUS_PHYSICIANS:
                return value

    def resident_id(
        self, when: dt.date, min_age: int = 18, max_age: int = 90
    ) -> tuple[str, str, int]:
        """A checksum-valid ID, with the sex and age (at ``when``) it encodes, so forms agree."""
        local = self.rng.random() < 0.6
        # Faker counts ages from today; documents are dated earlier, so shift the range with them.
        shift = dt.date.today().year - when.year
        value = self.fake.ssn(
            min_age=min_age + shift,
            max_age=max_age + shift,
            area_code=self.county.code if local else "",
        )
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
        age = max(when.year - born.year - ((when.month, when.day) < (born.month, born.day)), 0)
        return value, "男" if int(value[16]) % 2 else "女", age

    def mobile(self) -> str:
        value = self.fake.phone_number()
        style = self.rng.random()
        if style < 0.12:
            return f"{value[:3]} {value[3:7]} {value[7:]}"
        if style < 0.2:
            return f"{value[:3]}-{value[3:7]}-{value[7:]}"
        return value

    def landline(self) -> str:
        code = self.county.tel
        # Eight-digit local numbers, seven in some small counties with a four-digit area code.
        digits = 6 if len(code) == 4 and self.rng.random() < 0.3 else 7
        local = str(self.rng.randint(2, 8)) + "".join(self.rng.choices(string.digits, k=digits))
        style = self.rng.random()
        if style < 0.55:
            return f"{code}-{local}"
        if style < 0.8:
            return f"({code}){local}"
        if style < 0.9:
            return f"（{code}）{local}"
        return f"{code}{local}"

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.75 else self.landline()

    def email(self) -> str:
        if self.rng.random() < 0.3:
            return f"{self.rng.randint(10**7, 10**10)}@qq.com"
        return f"{self.fake.user_name()}{self.rng.choice(('', str(self.rng.randint(1, 99))))}@" + (
            self.rng.choice(EMAIL_DOMAINS)
        )

    def bank_card(self) -> str:
        prefix, length = self.rng.choice(CARD_BINS)
        body = prefix + "".join(self.rng.choices(string.digits, k=length - len(prefix) - 1))
        value = body + luhn_digit(body)
        if self.rng.random() < 0.15:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def uscc(self, authority: str = "91") -> str:
        org = "".join(self.rng.choices("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY", k=8))
        body = authority + self.rng.choice(COUNTIES).code + org + _org_code_check(org)
        return body + uscc_check(body)

    def passport(self) -> str:
        if self.rng.random() < 0.5:
            return "E" + "".join(self.rng.choices(string.digits, k=8))
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return "E" + self.rng.choice(letters) + "".join(self.rng.choices(string.digits, k=7))

    def address(self) -> str:
        """An address in one of the shapes rural and town records use, from full to short."""
        c, r = self.county, self.rng
        town = r.choice(TOWNS)
        prefix = c.province + (c.city if c.city != c.province else "") + c.county
        rural = f"{town}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 60)}号"
        urban = f"{town}{r.choice(ROADS)}{r.randint(1, 300)}号"
        if r.random() < 0.4:
            urban += f"{r.randint(1, 4)}单元{r.randint(1, 6)}0{r.randint(1, 4)}室"
        elif r.random() < 0.3:
            estate = f"{r.choice(ROADS)}{r.choice(ESTATES)}{r.randint(1, 20)}幢"
            urban = f"{town}{estate}{r.randint(1, 6)}0{r.randint(1, 4)}室"
        shape = r.random()
        local = rural if r.random() < 0.6 else urban
        if shape < 0.35:
            return prefix + local
        if shape < 0.6:
            return c.county + local
        if shape < 0.75:
            return c.city + c.county + local if c.city != c.province else prefix + local
        return local

    def centre_address(self) -> str:
        r = self.rng
        road = f"{self.town}{r.choice(ROADS)}{r.randint(1, 200)}号"
        return road if r.random() < 0.5 else self.county.county + road

    def company(self) -> str:
        return f"{self.short_county if self.rng.random() < 0.3 else self.fake.city_name()}" + (
            f"{self.fake.last_name()}{self.rng.choice(('康', '安', '泰', '瑞', '华', '和'))}"
            f"{self.rng.choice(COMPANY_SUFFIX)}"
        )

    def mrn(self, label: str, when: dt.date) -> str:
        """A medical record number in the shapes HIS systems print for that label."""
        r = self.rng
        if label.startswith("门诊") or label == "病历号":
            if r.random() < 0.6:
                return f"MZ{when:%Y%m%d}{r.randint(1, 999):03d}"
            return f"{when:%y%m%d}{r.randint(1, 9999):04d}"
        if label.startswith("住院"):
            if r.random() < 0.5:
                return f"ZY{when.year}{r.randint(1, 99999):05d}"
            return f"{when.year}{r.randint(1, 999999):06d}"
        return f"{r.choice(('BA', ''))}{r.randint(1, 9999999):07d}"

    # -- money, dates --------------------------------------------------------------------------
    def money(self, low: float, high: float) -> float:
        return round(self.rng.uniform(low, high), 2)

    def date_text(self, when: dt.date) -> str:
        return self.rng.choice(
            (f"{when.year}年{when.month}月{when.day}日", f"{when:%Y-%m-%d}", f"{when:%Y/%m/%d}")
        )

    # -- decoys: look like secrets, are not ----------------------------------------------------
    def bad_id(self, when: dt.date) -> str:
        value, _, _ = self.resident_id(when)
        wrong = [c for c in ID_CHECK if c != value[17]]
        return value[:17] + self.rng.choice(wrong)

    def bad_card(self) -> str:
        length = self.rng.randint(16, 19)
        lead = self.rng.choice(("62", "43", "10", "30", "88", "9"))
        while True:
            body = lead + "".join(self.rng.choices(string.digits, k=length - len(lead)))
            if luhn_digit(body[:-1]) != body[-1] and not _id_like_valid(body):
                return body

    def order_no(self, when: dt.date) -> str:
        # 18 digits starting with the year: province "20" does not exist, so never a resident ID.
        return f"{when:%Y%m%d}" + "".join(self.rng.choices(string.digits, k=10))

    def decoy_lines(self, d: Doc, count: int) -> list[str]:
        """``count`` lines of look-alikes that documents carry next to real secrets."""
        r, when = self.rng, d.date
        makers: list[Callable[[], str]] = [
            lambda: f"订单号：{d.decoy('order_no', self.order_no(when))}",
            lambda: f"流水号：{d.decoy('serial_no', self.order_no(when) + str(r.randint(10, 99)))}",
            lambda: f"发票号码：{d.decoy('invoice_no', ''.join(r.choices(string.digits, k=20)))}",
            lambda: (
                f"{r.choice(('档案编号', '受理编号', '原始登记号'))}："
                f"{d.decoy('bad_id', self.bad_id(when))}"
            ),
            lambda: (
                f"{r.choice(('交易流水号', '业务编号', '快递单号'))}："
                f"{d.decoy('bad_card', self.bad_card())}"
            ),
            lambda: f"打印日期：{d.decoy('date', f'{when:%Y%m%d}')}",
            lambda: f"邮编：{d.decoy('postcode', self.county.postcode)}",
            lambda: (
                f"{r.choice(('急救电话', '卫生健康热线', '政务服务热线'))}："
                f"{d.decoy('hotline', r.choice(('120', '12320', '12345')))}"
            ),
            lambda: f"批号：{d.decoy('batch_no', f'{when:%y%m%d}{r.randint(1, 99):02d}')}",
            lambda: (
                f"设备序列号：{d.decoy('serial_no', f'SN{when:%Y%m%d}{r.randint(1000, 9999)}')}"
            ),
            lambda: f"合计金额：{d.decoy('amount', f'{self.money(100, 99999):,.2f}')}元",
        ]
        # The traps a checksum validator must catch come up twice as often as the rest.
        makers += [makers[0], makers[3], makers[4]]
        return [r.choice(makers)() for _ in range(count)]


def _id_like_valid(digits: str) -> bool:
    """Whether an 18-character string would pass a resident-ID validator (area, date, check)."""
    if len(digits) != 18 or not digits[:17].isdigit() or digits[0] == "0":
        return False
    try:
        dt.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    except ValueError:
        return False
    return id_check(digits[:17]) == digits[17].upper()


# --------------------------------------------------------------------------------------------
# Document kinds. Each builder fills a Doc; ``d.family`` picks the wording and layout.
# --------------------------------------------------------------------------------------------


def _patient(s: Synth, d: Doc, with_id: bool = True, min_age: int = 18) -> list[tuple[str, Cell]]:
    """The identity block of a medical form, as label/value pairs, recording each entity."""
    pid, sex, age = s.resident_id(d.date, min_age=min_age)
    pairs: list[tuple[str, Cell]] = [
        (d.label("name"), d.ent("PERSON", s.name(sex))),
        (d.label("sex"), sex),
        (d.label("age"), f"{age}岁" if d.rng.random() < 0.7 else str(age)),
    ]
    if with_id:
        pairs.append((d.label("id"), d.ent("CN_RESIDENT_ID", pid)))
    pairs.append((d.label("phone"), d.ent("CN_PHONE", s.phone())))
    pairs.append((d.label("addr"), d.ent("CN_ADDRESS", s.address())))
    return pairs


def _doctor_line(s: Synth, d: Doc) -> str:
    return f"{d.label('doctor')}：{d.ent('PERSON', s.name())}    日期：{s.date_text(d.date)}"


@kind("outpatient_record", ["medical"], ["docx", "pdf", "txt", "md"])
def outpatient_record(s: Synth, d: Doc) -> None:
    diagnosis, complaint, treatment = d.rng.choice(CASES)
    mrn_label = d.rng.choice(("门诊号", "病历号") if d.family == "a" else ("门诊号", "就诊卡号"))
    d.title = f"{s.centre}门诊病历" if d.family == "a" else f"{s.centre}门（急）诊病历记录"
    head = [(mrn_label, d.ent("CN_MEDICAL_RECORD_NO", s.mrn("门诊号", d.date)))]
    d.fields(head + _patient(s, d, with_id=d.rng.random() < 0.7))
    history = d.rng.choice(("否认药物过敏史。", "既往体健，否认药物过敏史。", "有青霉素过敏史。"))
    if d.family == "a":
        d.para(
            f"就诊日期：{s.date_text(d.date)}    科别：{d.rng.choice(DEPARTMENTS[:3])}",
            f"主诉：{complaint}。",
            f"现病史：患者{complaint}，自行服药效果欠佳，今来我院就诊。{history}",
            f"查体：T 36.{d.rng.randint(2, 9)}℃，"
            f"BP {d.rng.randint(110, 170)}/{d.rng.randint(60, 100)}mmHg，"
            "神清，心肺听诊未见明显异常。",
            f"{d.label('diag')}：{diagnosis}",
            f"处理：{treatment}。定期复诊，不适随诊。",
        )
    else:
        d.para(
            f"【主诉】{complaint}",
            f"【现病史】{complaint}，未规律诊治。{history}",
            f"【体格检查】P {d.rng.randint(60, 100)}次/分，"
            f"R {d.rng.randint(16, 22)}次/分，一般情况可。",
            f"【辅助检查】随机血糖 {d.rng.uniform(4.5, 13):.1f}mmol/L。",
            f"【{d.label('diag')}】{diagnosis}",
            f"【处置】{treatment}",
        )
    d.para(_doctor_line(s, d), *s.decoy_lines(d, d.rng.randint(0, 2)))


@kind("inpatient_admission", ["medical"], ["docx", "pdf", "txt"])
def inpatient_admission(s: Synth, d: Doc) -> None:
    diagnosis, complaint, treatment = d.rng.choice(CASES)
    d.title = "入院记录" if d.family == "a" else f"{s.centre}住院病案首页（入院记录）"
    d.header = s.centre
    pairs: list[tuple[str, Cell]] = [
        ("住院号", d.ent("CN_MEDICAL_RECORD_NO", s.mrn("住院号", d.date))),
        ("床号", f"{d.rng.randint(1, 40)}床"),
    ]
    if d.family == "b":
        pairs.append(("病案号", d.ent("CN_MEDICAL_RECORD_NO", s.mrn("病案号", d.date))))
    pairs += _patient(s, d, with_id=d.rng.random() < 0.85, min_age=40)
    if d.rng.random() < 0.3:
        pairs.append(("护照号码", d.ent("CN_PASSPORT", s.passport())))
    relation = d.rng.choice(("儿子", "女儿", "配偶", "儿媳", "孙子"))
    pairs += [
        ("联系人", f"{d.ent('PERSON', s.name())}（{relation}）"),
        ("联系人电话", d.ent("CN_PHONE", s.mobile())),
        ("入院日期", s.date_text(d.date)),
        ("婚姻", d.rng.choice(("已婚", "丧偶", "已婚"))),
        ("职业", d.rng.choice(("农民", "退休", "个体", "无业"))),
    ]
    d.fields(pairs, per_row=2)
    d.para(
        f"主诉：{complaint}。",
        f"现病史：患者于{d.rng.randint(2, 10)}天前{complaint.split('，')[0]}，"
        f"经门诊以“{diagnosis}”收入院。",
        "既往史："
        + d.rng.choice(("高血压病史10年。", "否认肝炎、结核等传染病史。", "糖尿病史5年。")),
        "个人史：生于原籍，无疫区居住史。" + d.rng.choice(("吸烟30年，每日10支。", "无烟酒嗜好。")),
        f"体格检查：T 36.{d.rng.randint(3, 9)}℃  P {d.rng.randint(60, 110)}次/分  "
        f"BP {d.rng.randint(100, 180)}/{d.rng.randint(60, 105)}mmHg",
        f"{d.label('diag')}：{diagnosis}",
        f"诊疗计划：{treatment}，完善血常规、生化等检查。",
        _doctor_line(s, d),
    )
    d.para(*s.decoy_lines(d, d.rng.randint(0, 2)))


@kind("lab_report", ["medical"], ["pdf", "docx", "xlsx", "txt"])
def lab_report(s: Synth, d: Doc) -> None:
    panel = d.rng.choice(sorted(LAB_PANELS))
    d.title = f"{s.centre}检验报告单" if d.family == "a" else f"{s.centre} 临床检验结果报告"
    pid_label = d.rng.choice(("门诊号", "住院号", "病历号"))
    pairs = [
        (d.label("name"), d.ent("PERSON", s.name())),
        (d.label("sex"), d.rng.choice("男女")),
        (d.label("age"), f"{d.rng.randint(18, 88)}岁"),
        (pid_label, d.ent("CN_MEDICAL_RECORD_NO", s.mrn(pid_label, d.date))),
        ("标本类型", d.rng.choice(("静脉血", "血清", "全血"))),
        ("送检医生", d.ent("PERSON", s.name())),
        ("条码号", d.decoy("barcode", "".join(d.rng.choices(string.digits, k=12)))),
        ("检验项目", panel),
    ]
    if d.rng.random() < 0.3:
        pairs.insert(3, (d.label("phone"), d.ent("CN_PHONE", s.mobile())))
    d.fields(pairs)
    header = ["项目", "结果", "单位", "参考范围", "提示"]
    if d.family == "b":
        header = ["检验项目", "代号", "测定值", "参考区间", "单位", "异常"]
    rows: Table = [header]
    for cname, code, low, high, unit in LAB_PANELS[panel]:
        value = round(d.rng.uniform(low * 0.7, high * 1.3), 2)
        flag = "↑" if value > high else "↓" if value < low else ""
        ref = f"{low}-{high}"
        if d.family == "a":
            rows.append([cname, value, unit, ref, flag])
        else:
            rows.append([cname, code, value, ref, unit, flag])
    d.table(rows)
    d.para(
        f"采样时间：{d.date:%Y-%m-%d} 0{d.rng.randint(7, 9)}:{d.rng.randint(10, 59)}",
        f"检验者：{d.ent('PERSON', s.name())}    审核者：{d.ent('PERSON', s.name())}",
        f"仪器编号：{d.decoy('serial_no', 'BC' + ''.join(d.rng.choices(string.digits, k=10)))}",
        "本报告仅对所检标本负责。",
    )


@kind("referral_letter", ["medical"], ["docx", "pdf", "txt"])
def referral_letter(s: Synth, d: Doc) -> None:
    diagnosis, complaint, _ = d.rng.choice(CASES)
    hospital = f"{s.county.county}人民医院"
    doctor = s.name()
    pid, sex, age = s.resident_id(d.date, min_age=30)
    if d.family == "a":
        d.title = "双向转诊（转出）单"
        d.fields(
            [
                (d.label("name"), d.ent("PERSON", s.name(sex))),
                (d.label("sex"), sex),
                (d.label("age"), f"{age}岁"),
                (d.label("id"), d.ent("CN_RESIDENT_ID", pid)),
                (d.label("addr"), d.ent("CN_ADDRESS", s.address())),
                (d.label("phone"), d.ent("CN_PHONE", s.phone())),
                ("门诊号", d.ent("CN_MEDICAL_RECORD_NO", s.mrn("门诊号", d.date))),
            ]
        )
        d.para(
            f"转入单位：{hospital}    "
            f"科室：{d.rng.choice(('心内科', '呼吸内科', '神经内科', '骨科'))}",
            f"初步印象：{diagnosis}",
            f"主要现病史：{complaint}，在我院治疗效果不佳。",
            "转诊原因：病情需要进一步检查治疗。",
            f"转诊医生：{d.ent('PERSON', doctor)}    联系电话：{d.ent('CN_PHONE', s.landline())}",
            f"{s.centre}    {s.date_text(d.date)}",
        )
    else:
        patient = s.name(sex)
        d.title = "转诊介绍信"
        d.para(
            f"{hospital}：",
            f"    兹有我院患者{d.ent('PERSON', patient)}，{sex}，{age}岁，"
            f"身份证号{d.ent('CN_RESIDENT_ID', pid)}，家住{d.ent('CN_ADDRESS', s.address())}，"
            f"因{complaint}来我院就诊，考虑“{diagnosis}”，我院条件有限，现转至贵院进一步诊治，请予接洽。",
            f"    患者家属{d.ent('PERSON', s.name())}，电话{d.ent('CN_PHONE', s.mobile())}。"
            f"病历号：{d.ent('CN_MEDICAL_RECORD_NO', s.mrn('病历号', d.date))}。",
            f"    经办医生：{d.ent('PERSON', doctor)}",
            f"{s.centre}（盖章）",
            s.date_text(d.date),
        )
    d.para(*s.decoy_lines(d, d.rng.randint(0, 1)))


@kind("patient_list", ["medical"], ["xlsx", "csv", "docx"])
def patient_list(s: Synth, d: Doc) -> None:
    if d.family == "a":
        disease, diagnoses = d.rng.choice(FOLLOW_UP)
        d.title = f"{s.town}{disease}患者随访管理名单"
        rows: Table = [
            ["序号", "姓名", "性别", "年龄", "身份证号", "联系电话", "住址", "诊断", "随访日期"]
        ]
    else:
        d.title = f"{s.centre}家庭医生签约居民花名册（{d.date.year}年）"
        diagnoses = ("高血压", "2型糖尿病", "高血压、2型糖尿病", "慢阻肺", "无")
        rows = [
            [
                "编号",
                "居民姓名",
                "公民身份号码",
                "手机号码",
                "现住址",
                "疾病类型",
                "病历号",
                "家庭医生",
            ]
        ]
    doctor = s.name()
    as_int = d.fmt == "xlsx" and d.rng.random() < 0.4  # phones typed into Excel become numbers
    for i in range(1, d.rng.randint(6, 22)):
        pid, sex, age = s.resident_id(d.date, min_age=35)
        phone = s.fake.phone_number() if as_int else s.phone()
        phone_cell: Cell = int(d.ent("CN_PHONE", phone)) if as_int else d.ent("CN_PHONE", phone)
        diagnosis = d.rng.choice(diagnoses)
        if d.family == "a":
            rows.append(
                [
                    i,
                    d.ent("PERSON", s.name(sex)),
                    sex,
                    age,
                    d.ent("CN_RESIDENT_ID", pid),
                    phone_cell,
                    d.ent("CN_ADDRESS", s.address()),
                    diagnosis,
                    f"{d.date - dt.timedelta(days=d.rng.randint(0, 90)):%Y-%m-%d}",
                ]
            )
        else:
            doc_id = (
                d.ent("CN_PASSPORT", s.passport())
                if d.rng.random() < 0.05
                else d.ent("CN_RESIDENT_ID", pid)
            )
            rows.append(
                [
                    f"QY{i:04d}",
                    d.ent("PERSON", s.name()),
                    doc_id,
                    phone_cell,
                    d.ent("CN_ADDRESS", s.address()),
                    diagnosis,
                    d.ent("CN_MEDICAL_RECORD_NO", s.mrn("门诊号", d.date)),
                    d.ent("PERSON", doctor),
                ]
            )
    d.table(rows)
    d.para(f"制表：{d.ent('PERSON', s.name())}    {s.date_text(d.date)}")


@kind("payroll", ["personnel", "financial"], ["xlsx", "csv", "pdf"])
def payroll(s: Synth, d: Doc) -> None:
    month = f"{d.date.year}年{d.date.month}月"
    if d.family == "a":
        d.title = f"{s.centre}{month}工资表"
        rows: Table = [
            [
                "序号",
                "姓名",
                "科室",
                "岗位工资",
                "薪级工资",
                "绩效",
                "扣社保",
                "实发金额",
                "银行卡号",
            ]
        ]
    else:
        d.title = f"{month}职工薪酬发放明细（代发）"
        rows = [
            [
                "工号",
                "姓名",
                "部门",
                "基本工资",
                "奖励性绩效",
                "应发合计",
                "代扣个税",
                "实发",
                "代发账号",
                "开户行",
            ]
        ]
    total = 0.0
    for i in range(1, d.rng.randint(6, 25)):
        base, grade, bonus = s.money(1800, 4200), s.money(600, 2600), s.money(1500, 6000)
        deduct = round((base + grade) * 0.225, 2)
        pay = round(base + grade + bonus - deduct, 2)
        total += pay
        dept = d.rng.choice(DEPARTMENTS)
        if d.family == "a":
            rows.append(
                [
                    i,
                    d.ent("PERSON", s.name()),
                    dept,
                    base,
                    grade,
                    bonus,
                    deduct,
                    pay,
                    d.ent("CN_BANK_CARD", s.bank_card()),
                ]
            )
        else:
            bank = d.rng.choice(("农商银行", "中国建设银行", "中国工商银行", "邮储银行"))
            rows.append(
                [
                    f"{d.rng.randint(1, 299):03d}",
                    d.ent("PERSON", s.name()),
                    dept,
                    base + grade,
                    bonus,
                    base + grade + bonus,
                    deduct,
                    pay,
                    d.ent("CN_BANK_CARD", s.bank_card()),
                    bank,
                ]
            )
    rows.append(["合计", "", "", "", "", "", "", round(total, 2)])
    d.table(rows)
    d.para(
        f"制表人：{d.ent('PERSON', s.name())}    审核：{d.ent('PERSON', s.name())}",
        f"代发批次号：{d.decoy('order_no', s.order_no(d.date))}",
    )


@kind("budget", ["financial"], ["xlsx", "md", "docx"])
def budget(s: Synth, d: Doc) -> None:
    year = d.date.year + (1 if d.family == "a" else -1)
    d.title = (
        f"{s.centre}{year}年度部门预算（草案）"
        if d.family == "a"
        else f"{s.centre}{year}年度财务决算说明"
    )
    income = ["财政补助收入", "医疗收入", "上级补助收入", "其他收入"]
    spend = ["人员经费支出", "公用经费支出", "药品支出", "卫生材料支出", "设备购置支出"]
    head = (
        ["项目", "预算数（万元）", "上年预算数", "增减率"]
        if d.family == "a"
        else ["科目", "决算数", "年初预算", "完成率"]
    )
    rows: Table = [head]
    for item in income + spend:
        now = s.money(20, 900)
        last = round(now * d.rng.uniform(0.8, 1.15), 2)
        rows.append([item, now, last, f"{(now / last - 1) * 100:.1f}%"])
    d.table(rows)
    d.para(
        "一、收入预算说明：医疗收入按近三年平均增长率测算。"
        if d.family == "a"
        else "一、决算收支总体情况：本年收支基本平衡，医疗收入较上年略有增长。",
        "二、支出重点：保障基本公共卫生服务项目，按绩效工资总量核定人员经费。",
        "本稿为内部讨论稿，未经院务会审定。",
    )
    if d.rng.random() < 0.6:
        d.para(
            f"编制人：{d.ent('PERSON', s.name())}  财务负责人：{d.ent('PERSON', s.name())}  "
            f"电话：{d.ent('CN_PHONE', s.phone())}"
        )


@kind("cost_accounting", ["financial"], ["xlsx", "docx", "csv"])
def cost_accounting(s: Synth, d: Doc) -> None:
    quarter = d.rng.randint(1, 4)
    d.title = (
        f"{d.date.year}年第{quarter}季度科室成本核算表"
        if d.family == "a"
        else f"{s.centre}成本核算分析报告（{d.date.year}年{quarter}季度）"
    )
    rows: Table = [["科室", "直接成本", "间接成本", "业务收入", "收支结余", "每诊次成本（元）"]]
    for dept in d.rng.sample(DEPARTMENTS, 6):
        direct, indirect, revenue = s.money(5, 80), s.money(1, 20), s.money(5, 120)
        rows.append(
            [
                dept,
                direct,
                indirect,
                revenue,
                round(revenue - direct - indirect, 2),
                s.money(40, 260),
            ]
        )
    d.table(rows)
    d.para(
        "说明：金额单位为万元，间接成本按人员比例分摊。",
        d.rng.choice(
            ("住院部收支结余为负，建议控制卫生材料消耗。", "药品零加成后药剂科成本上升。")
        ),
    )
    if d.rng.random() < 0.5:
        d.para(f"核算员：{d.ent('PERSON', s.name())}", *s.decoy_lines(d, 1))


@kind("fee_adjustment", ["financial"], ["docx", "md", "pdf"])
def fee_adjustment(s: Synth, d: Doc) -> None:
    d.title = (
        "关于调整部分医疗服务项目收费标准的请示（征求意见稿）"
        if d.family == "a"
        else f"{s.centre}拟调整收费项目价格对照表（内部讨论）"
    )
    d.para(
        f"{s.short_county}医疗保障局：" if d.family == "a" else "各科室：",
        "    根据成本测算结果，拟对以下项目收费标准进行调整，现将草案报请审议，请勿外传。",
    )
    items = (
        ("一般诊疗费", "次"),
        ("静脉输液", "组"),
        ("换药（小）", "次"),
        ("针灸", "穴位"),
        ("B超常规检查", "部位"),
        ("心电图", "次"),
        ("血常规", "项"),
    )
    rows: Table = [
        ["项目编码", "项目名称", "计价单位", "现行价格（元）", "拟调价格（元）", "调整幅度"]
    ]
    for name, unit in d.rng.sample(items, 5):
        old = s.money(3, 80)
        new = round(old * d.rng.uniform(1.05, 1.3), 2)
        code = f"{d.rng.randint(11, 33)}{d.rng.randint(1000000, 9999999)}"
        rows.append([code, name, unit, old, new, f"{(new / old - 1) * 100:.1f}%"])
    d.table(rows)
    d.para(
        f"{d.label('contact')}：{d.ent('PERSON', s.name())}  电话：{d.ent('CN_PHONE', s.phone())}",
        s.date_text(d.date),
    )


def _supplier(s: Synth, d: Doc) -> list[tuple[str, Cell]]:
    pairs: list[tuple[str, Cell]] = [
        ("供应商名称", s.company()),
        ("统一社会信用代码", d.ent("CN_USCC", s.uscc())),
        (d.label("contact"), d.ent("PERSON", s.name())),
        ("联系电话", d.ent("CN_PHONE", s.phone())),
        ("地址", d.ent("CN_ADDRESS", s.address())),
    ]
    if d.rng.random() < 0.4:
        pairs.append(("电子邮箱", d.ent("EMAIL_ADDRESS", s.email())))
    return pairs


@kind("procurement_plan", ["operations"], ["docx", "xlsx", "pdf"])
def procurement_plan(s: Synth, d: Doc) -> None:
    quarter = d.rng.randint(1, 4)
    if d.family == "a":
        d.title = f"{d.date.year}年第{quarter}季度药品采购计划"
        rows: Table = [["品名", "规格", "单位", "数量", "采购单价", "金额", "批号"]]
        for drug in d.rng.sample(DRUGS, 6):
            qty, price = d.rng.randint(10, 500), s.money(2, 90)
            batch = d.decoy(
                "batch_no", f"{d.date:%y}{d.rng.randint(1, 12):02d}{d.rng.randint(1, 999):03d}"
            )
            rows.append(
                [
                    drug,
                    d.rng.choice(("0.5g*24片", "20mg*30片", "10ml*10支")),
                    "盒",
                    qty,
                    price,
                    round(qty * price, 2),
                    batch,
                ]
            )
    else:
        d.title = f"{s.centre}医疗设备采购计划及供应商比价表"
        rows = [["设备名称", "型号", "数量", "预算单价（元）", "供应商报价（元）", "出厂编号"]]
        for device in d.rng.sample(
            (
                "全自动生化分析仪",
                "十二导心电图机",
                "彩色多普勒超声",
                "除颤仪",
                "电子胃镜",
                "制氧机",
                "血细胞分析仪",
            ),
            4,
        ):
            budget_price = s.money(8000, 480000)
            rows.append(
                [
                    device,
                    f"{d.rng.choice('ABCMX')}-{d.rng.randint(100, 9000)}",
                    d.rng.randint(1, 3),
                    budget_price,
                    round(budget_price * d.rng.uniform(0.85, 1.02), 2),
                    d.decoy("serial_no", f"SN{d.rng.randint(10**11, 10**12)}"),
                ]
            )
    d.table(rows)
    d.para("供应商信息：" if d.family == "a" else "拟选供应商：")
    for _ in range(d.rng.randint(1, 2)):
        d.fields(_supplier(s, d), per_row=2)
    d.para(
        "本计划经院务会研究后报县卫健局审批，采购价格不得对外透露。",
        f"经办：{d.ent('PERSON', s.name())}",
    )


@kind("appointment", ["personnel"], ["docx", "txt", "pdf"])
def appointment(s: Synth, d: Doc) -> None:
    if d.family == "a":
        first, second, third = s.name(), s.name(), s.name()
        d.title = f"关于{d.ent('PERSON', first)}等同志职务任免的通知（草稿）"
        d.para(
            "院内各科室：",
            "    经院务会研究决定：",
            f"    任命{d.ent('PERSON', first)}为{d.rng.choice(DEPARTMENTS)}主任（试用期一年）；",
            f"    免去{d.ent('PERSON', second)}的{d.rng.choice(DEPARTMENTS)}负责人职务；",
            f"    {d.ent('PERSON', third)}同志由{d.rng.choice(DEPARTMENTS)}"
            f"调至{d.rng.choice(DEPARTMENTS)}工作。",
            "    以上人员任免待报县卫生健康局备案后正式发文，发文前请勿外传。",
            f"{s.centre}    {s.date_text(d.date)}",
        )
    else:
        d.title = "工作人员岗位调整审批表"
        pid, sex, _ = s.resident_id(d.date, min_age=24, max_age=58)
        pairs: list[tuple[str, Cell]] = [
            ("姓名", d.ent("PERSON", s.name(sex))),
            ("性别", sex),
            ("出生年月", f"{pid[6:10]}.{pid[10:12]}"),
            ("身份证号码", d.ent("CN_RESIDENT_ID", pid)),
            ("原岗位", f"{d.rng.choice(DEPARTMENTS)}{d.rng.choice(POSTS)}"),
            ("拟调整岗位", f"{d.rng.choice(DEPARTMENTS)}{d.rng.choice(POSTS)}"),
            ("调整原因", d.rng.choice(("工作需要", "本人申请", "年度考核不合格，低聘"))),
            ("手机", d.ent("CN_PHONE", s.mobile())),
        ]
        if d.rng.random() < 0.4:
            pairs.append(("个人邮箱", d.ent("EMAIL_ADDRESS", s.email())))
        if d.rng.random() < 0.3:
            pairs.append(("因公护照号码", d.ent("CN_PASSPORT", s.passport())))
        d.fields(pairs, per_row=2)
        d.para(
            "科室意见：同意。",
            f"分管领导：{d.ent('PERSON', s.name())}",
            "院长签字：",
            "（内部审批，注意保密）",
        )


@kind("evaluation_results", ["personnel"], ["xlsx", "docx", "csv"])
def evaluation_results(s: Synth, d: Doc) -> None:
    d.title = (
        f"{d.date.year - 1}年度工作人员考核结果汇总（未公示）"
        if d.family == "a"
        else f"{s.centre}绩效考核评分汇总表（内部）"
    )
    grades = ("优秀", "合格", "合格", "合格", "基本合格", "不合格")
    head = ["姓名", "科室", "岗位", "考核得分", "考核等次", "备注"]
    if d.family == "b":
        head = ["工号", "姓名", "科室", "医德医风", "工作量", "质量安全", "总分", "扣分原因"]
    rows: Table = [head]
    for _ in range(d.rng.randint(5, 20)):
        score = round(d.rng.uniform(58, 98), 1)
        if d.family == "a":
            rows.append(
                [
                    d.ent("PERSON", s.name()),
                    d.rng.choice(DEPARTMENTS),
                    d.rng.choice(POSTS),
                    score,
                    d.rng.choice(grades),
                    d.rng.choice(("", "", "病假超期", "患者投诉1次")),
                ]
            )
        else:
            rows.append(
                [
                    f"{d.rng.randint(1, 299):03d}",
                    d.ent("PERSON", s.name()),
                    d.rng.choice(DEPARTMENTS),
                    d.rng.randint(10, 20),
                    d.rng.randint(25, 40),
                    d.rng.randint(25, 40),
                    score,
                    d.rng.choice(("", "处方不合格2张", "迟到3次", "")),
                ]
            )
    d.table(rows)
    d.para("考核结果经考核领导小组审定前，不得对外公布。")


@kind("emergency_plan", ["operations"], ["docx", "txt", "md", "pdf"])
def emergency_plan(s: Synth, d: Doc) -> None:
    topic = d.rng.choice(
        ("突发公共卫生事件", "防汛防台", "院内感染暴发", "火灾事故", "群体性食物中毒")
    )
    d.title = (
        f"{s.centre}{topic}应急预案" if d.family == "a" else f"{topic}应急处置工作方案（内部）"
    )
    leader, deputy = s.name(), s.name()
    d.para(
        "一、组织机构",
        f"成立应急领导小组，组长：{d.ent('PERSON', leader)}（院长），"
        f"副组长：{d.ent('PERSON', deputy)}。",
        "二、职责分工",
        "医疗救治组负责伤病员救治和转运；后勤保障组负责物资、车辆；信息组负责信息报告。",
        "三、处置流程",
        f"发现疫情或险情后，值班人员立即报告组长，2小时内向{s.county.county}卫生健康局报告；"
        f"危重病人拨打{d.decoy('hotline', '120')}转运。",
        "四、应急值班联络表",
    )
    rows: Table = [["姓名", "职务", "手机", "办公电话"]]
    roles = ("组长", "副组长", "医疗救治组", "后勤保障组", "信息组")[: d.rng.randint(3, 5)]
    for role, known in zip(roles, (leader, deputy, None, None, None), strict=False):
        name = known or s.name()  # the leaders named above are on the duty list again
        rows.append(
            [
                d.ent("PERSON", name),
                role,
                d.ent("CN_PHONE", s.mobile()),
                d.ent("CN_PHONE", s.landline()),
            ]
        )
    d.table(rows)
    d.para(f"值班室电话：{d.decoy('office_line', s.landline())}", "本预案为内部资料，不得外传。")


@kind("cooperation_agreement", ["other"], ["docx", "pdf", "txt"])
def cooperation_agreement(s: Synth, d: Doc) -> None:
    topic = d.rng.choice(
        ("远程心电诊断服务", "第三方医学检验", "医共体托管", "中医馆共建", "体检业务")
    )
    d.title = f"{topic}合作协议（草签稿）" if d.family == "a" else f"{topic}合作框架协议（未签署）"
    company = s.company()
    d.para(
        f"甲方：{s.centre}",
        f"统一社会信用代码：{d.ent('CN_USCC', s.uscc('12'))}",
        f"乙方：{company}",
        f"统一社会信用代码：{d.ent('CN_USCC', s.uscc())}",
        f"住所：{d.ent('CN_ADDRESS', s.address())}",
        f"法定代表人：{d.ent('PERSON', s.name())}    联系电话：{d.ent('CN_PHONE', s.phone())}",
        "第一条 合作内容",
        f"    乙方为甲方提供{topic}，甲方提供场地及病人来源。",
        "第二条 费用及分成",
        f"    业务收入按甲方{d.rng.randint(30, 70)}%、乙方其余比例分成，按月结算。",
        "第三条 保密条款",
        "    双方对本协议内容及合作中知悉的对方商业信息负有保密义务，"
        "未经对方同意不得向第三方披露。",
        f"甲方代表：{d.ent('PERSON', s.name())}    乙方代表：{d.ent('PERSON', s.name())}",
    )
    if d.rng.random() < 0.4:
        d.para(f"乙方联络邮箱：{d.ent('EMAIL_ADDRESS', s.email())}")
    d.para(*s.decoy_lines(d, d.rng.randint(0, 2)))


@kind("superior_confidential", ["other"], ["docx", "pdf", "txt"])
def superior_confidential(s: Synth, d: Doc) -> None:
    bureau = f"{s.county.county}卫生健康局"
    if d.family == "a":
        subject = d.rng.choice(("医保基金使用", "医疗质量", "安全生产"))
        d.title = f"{bureau}关于开展{subject}专项检查的通知"
        d.header = "内部文件 注意保密"
        d.para(
            "各乡镇卫生院：",
            f"    按上级要求，定于{d.date.month}月下旬对各单位开展不打招呼的专项检查，"
            "检查时间和对象请严格保密，不得提前透露。",
            "    检查组成员："
            + "、".join(d.ent("PERSON", s.name()) for _ in range(d.rng.randint(2, 4)))
            + "。",
            f"    联系人：{d.ent('PERSON', s.name())}，电话：{d.ent('CN_PHONE', s.landline())}。",
            f"文号：{s.short_county}卫发〔{d.date.year}〕{d.rng.randint(1, 90)}号",
        )
    else:
        # An outbreak screening list a superior hands down: patient data *and* a secrecy order.
        d.categories = ("medical", "other")
        d.title = "关于做好重点人员健康排查工作的通知（内部，请勿外传）"
        d.para(
            "各卫生院：",
            "    根据上级要求，现将排查名单下发，请于3日内完成排查，名单仅限工作人员掌握。",
        )
        rows: Table = [["姓名", "身份证号", "现住址", "联系电话", "排查结果"]]
        for _ in range(d.rng.randint(3, 10)):
            pid, _, _ = s.resident_id(d.date)
            rows.append(
                [
                    d.ent("PERSON", s.name()),
                    d.ent("CN_RESIDENT_ID", pid),
                    d.ent("CN_ADDRESS", s.address()),
                    d.ent("CN_PHONE", s.mobile()),
                    d.rng.choice(("正常", "发热，已转诊", "居家观察")),
                ]
            )
        d.table(rows)
        d.para(f"{bureau}疾控股    {s.date_text(d.date)}")


@kind("business_stats", ["operations"], ["xlsx", "md", "docx"])
def business_stats(s: Synth, d: Doc) -> None:
    month = d.rng.randint(3, 11)
    d.title = (
        f"{d.date.year}年1-{month}月业务工作统计表"
        if d.family == "a"
        else f"{s.centre}目标责任制完成情况通报（内部）"
    )
    rows: Table = [["指标", "年度目标", "累计完成", "完成率"]]
    for metric in (
        "门诊人次",
        "住院人次",
        "家庭医生签约人数",
        "65岁以上老年人体检人数",
        "高血压规范管理人数",
        "糖尿病规范管理人数",
        "病床使用率（%）",
    ):
        target = d.rng.randint(800, 60000) if "率" not in metric else 85
        done = round(target * d.rng.uniform(0.4, 1.1))
        rows.append([metric, target, done, f"{done / target * 100:.1f}%"])
    d.table(rows)
    d.para(
        "分析：门诊量同比增长，住院人次未达序时进度，下季度拟开展巡回义诊扩大业务。",
        "本统计数据未经上报审核，仅供院内参考。",
    )
    if d.rng.random() < 0.6:
        d.para(f"填报人：{d.ent('PERSON', s.name())}    电话：{d.ent('CN_PHONE', s.phone())}")


# -- public material: no category, but entities that do appear are still truth --------------


def _public_contact(s: Synth, d: Doc) -> list[str]:
    # the centre's published line is not a secret (scanner/detect/recognizers/phone.py)
    lines = [f"咨询电话：{d.decoy('public_phone', s.landline())}"]
    if d.rng.random() < 0.6:
        lines.append(f"地址：{d.decoy('public_address', s.centre_address())}")
    lines.append(f"卫生健康服务热线：{d.decoy('hotline', '12320')}")
    return lines


@kind("health_education", [], ["pdf", "docx", "md", "txt"])
def health_education(s: Synth, d: Doc) -> None:
    topic = d.rng.choice(("高血压防治", "冬春季流感预防", "中医四季养生", "糖尿病饮食", "合理用药"))
    d.title = f"健康教育宣传资料：{topic}" if d.family == "a" else f"{topic}知识问答"
    d.para(
        "明代医药学家李时珍在《本草纲目》中记载了许多药食同源的食物，合理膳食是健康的基础。",
        "东汉张仲景著《伤寒杂病论》，提出“辨证论治”；华佗创编五禽戏，至今仍是很好的健身方法。",
        "唐代孙思邈主张“上医治未病”，预防胜于治疗。钟南山院士也多次提醒：勤洗手、戴口罩、常通风。",
        f"{topic}要点：1. 控制食盐，每日不超过5克；2. 戒烟限酒；3. 适量运动；4. 定期体检。",
        f"出现胸痛、呼吸困难等急症，请立即拨打{d.decoy('hotline', '120')}。",
    )
    d.para(f"{s.centre}宣", *_public_contact(s, d))


@kind("fee_notice", [], ["pdf", "docx", "xlsx"])
def fee_notice(s: Synth, d: Doc) -> None:
    d.title = f"{s.centre}医疗服务价格公示" if d.family == "a" else "收费标准公示"
    rows: Table = [["项目名称", "计价单位", "价格（元）", "备注"]]
    for name, unit, price in (
        ("一般诊疗费", "次", 10.0),
        ("静脉输液", "组", 6.0),
        ("肌肉注射", "次", 2.5),
        ("换药（小）", "次", 12.0),
        ("心电图", "次", 18.0),
        ("B超", "部位", 35.0),
    ):
        rows.append([name, unit, price, d.rng.choice(("", "医保甲类", "含一次性材料"))])
    d.table(rows)
    d.para(
        f"以上收费标准依据{s.county.province}医疗服务价格项目规范执行，欢迎群众监督。",
        f"价格监督电话：{d.decoy('public_phone', s.landline())}    "
        f"价格举报：{d.decoy('hotline', '12345')}",
        f"邮编：{d.decoy('postcode', s.county.postcode)}",
        f"{s.centre}    {s.date_text(d.date)}",
    )


@kind("blank_template", [], ["docx", "xlsx", "txt"])
def blank_template(s: Synth, d: Doc) -> None:
    d.title = d.rng.choice(
        ("门诊病历（模板）", "职工年度考核登记表（空白）", "患者知情同意书（模板）")
    )
    blank = "____________" if d.family == "a" else "          "
    labels = ("姓名", "性别", "年龄", "身份证号", "联系电话", "住址", "诊断", "科室", "签名")
    if d.fmt == "xlsx" or d.rng.random() < 0.4:
        d.table([[lab, blank if d.family == "a" else ""] for lab in labels])
    else:
        d.para(*(f"{lab}：{blank}" for lab in labels))
    d.para("填表说明：请用黑色签字笔填写，字迹工整。", "年    月    日")


@kind("policy_text", [], ["pdf", "docx", "txt"])
def policy_text(s: Synth, d: Doc) -> None:
    d.title = d.rng.choice(
        (
            "医疗机构工作人员廉洁从业九项准则",
            "国家基本公共卫生服务规范（摘录）",
            "医疗机构病历管理规定（公开文本）",
        )
    )
    d.para(
        "第一条 为加强管理，保障医疗质量和医疗安全，根据有关法律法规，制定本规定。",
        "第二条 本规定适用于各级各类医疗机构。",
        "第三条 医疗机构应当严格执行国家有关规定，保护患者隐私。",
        "第四条 本规定自发布之日起施行。",
    )
    if d.family == "b":
        d.para(f"（{s.centre}转发，{s.date_text(d.date)}）")


@kind("recruitment_notice", [], ["docx", "txt", "pdf"])
def recruitment_notice(s: Synth, d: Doc) -> None:
    d.title = f"{s.centre}{d.date.year}年公开招聘编外工作人员公告"
    d.para(
        "因工作需要，经研究，决定面向社会公开招聘编外工作人员，现将有关事项公告如下：",
        f"一、招聘岗位：{d.rng.choice(POSTS)}{d.rng.randint(1, 3)}名，{d.rng.choice(POSTS)}1名。",
        "二、报名条件：具有相应执业资格，年龄35周岁以下。",
        f"三、报名方式：将简历发送至{d.ent('EMAIL_ADDRESS', s.email())}，或现场报名。",
        f"联系人：{d.ent('PERSON', s.name())}    电话：{d.ent('CN_PHONE', s.landline())}",
        f"{s.centre}    {s.date_text(d.date)}",
    )


# --------------------------------------------------------------------------------------------
# Writing files
# --------------------------------------------------------------------------------------------

PDF_LINE_POINTS = 470.0  # a little under the text width docmaker leaves on A4, so it never wraps
PDF_BREAKS = "，。；、 "


def _pdf_lines(line: str) -> list[str]:
    """Break a long line at punctuation or double spaces, never inside a value.

    docmaker wraps at any character, which would cut an ID or a card number in two on a line end
    and make truth unreadable from the page; breaking here first keeps every value on one line.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.docmaker import CJK_FONT, PDF_FONT_SIZE

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    out: list[str] = []
    while stringWidth(line, CJK_FONT, PDF_FONT_SIZE) > PDF_LINE_POINTS:
        cut = 0
        for i, ch in enumerate(line):
            if stringWidth(line[: i + 1], CJK_FONT, PDF_FONT_SIZE) > PDF_LINE_POINTS:
                break
            if ch in PDF_BREAKS and (ch != " " or line[i - 1 : i] == " "):
                cut = i + 1
        if cut == 0:
            break  # one unbreakable value: let docmaker wrap it
        out.append(line[:cut].rstrip())
        line = "    " + line[cut:].lstrip()
    out.append(line)
    return out


def _text_lines(d: Doc, table_sep: str) -> list[str]:
    lines = [d.title, ""]
    for block in d.blocks:
        if isinstance(block, str):
            lines.append(block)
        else:
            lines.extend(table_sep.join(cell_text(c) for c in row) for row in block)
            lines.append("")
    return lines


def _markdown(d: Doc) -> str:
    lines = [f"# {d.title}", ""]
    for block in d.blocks:
        if isinstance(block, str):
            lines += [block, ""]
        else:
            lines.append("| " + " | ".join(cell_text(c) for c in block[0]) + " |")
            lines.append("|" + "---|" * len(block[0]))
            lines += ["| " + " | ".join(cell_text(c) for c in row) + " |" for row in block[1:]]
            lines.append("")
    return "\n".join(lines)


def _csv(d: Doc) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([d.title])
    for block in d.blocks:
        if isinstance(block, str):
            writer.writerow([block])
        else:
            writer.writerows([cell_text(c) for c in row] for row in block)
    return buffer.getvalue()


def _xlsx_sheets(d: Doc) -> dict[str, list[list[object]]]:
    first: list[list[object]] = [[d.title]]
    sheets = {"Sheet1": first}
    tables_seen = 0
    for block in d.blocks:
        if isinstance(block, str):
            first.append([block])
        elif not tables_seen or d.rng.random() < 0.5:
            first.extend([list(row) for row in block] + [[]])
        else:  # a later table on a sheet of its own, as workbooks often have
            sheets[f"Sheet{len(sheets) + 1}"] = [list(row) for row in block]
        tables_seen += not isinstance(block, str)
    return sheets


def _encoding(d: Doc) -> tuple[str, bool]:
    # Offices save Chinese text as GBK (Notepad, Excel "CSV") as often as UTF-8; a few add a BOM.
    roll = d.rng.random()
    gbk_share = 0.5 if d.fmt == "csv" else 0.3
    if roll < gbk_share:
        try:
            d.text().encode("gbk")
            return "gbk", False
        except UnicodeEncodeError:
            pass
    return "utf-8", roll > 0.85


def write_doc(d: Doc, path: Path, encoding: str | None = None) -> str:
    """Write ``d`` to ``path`` in ``d.fmt``; returns the text encoding used (or "").

    ``encoding`` fixes the codec of a text format (the examples want one GBK file for certain);
    by default it is drawn the way offices save files.
    """
    if d.fmt == "docx":
        paragraphs = [d.title] + [b for b in d.blocks if isinstance(b, str)]
        tables = [
            [[cell_text(c) for c in row] for row in b] for b in d.blocks if not isinstance(b, str)
        ]
        make_docx(path, paragraphs=paragraphs, tables=tables, header=d.header, footer=d.footer)
        return ""
    if d.fmt == "pdf":
        lines = [d.header] if d.header else []
        lines += [piece for line in _text_lines(d, "  ") for piece in _pdf_lines(line)]
        if d.footer:
            lines.append(d.footer)
        make_pdf(path, ["\n".join(lines[i : i + 48]) for i in range(0, len(lines), 48)])
        return ""
    if d.fmt == "xlsx":
        make_xlsx(path, _xlsx_sheets(d))
        return ""
    encoding, bom = (encoding, False) if encoding else _encoding(d)
    if d.fmt == "md":
        body = _markdown(d)
    elif d.fmt == "csv":
        body = _csv(d)
    else:
        sep = d.rng.choice(("\t", "  ", " | "))
        body = "\n".join(([d.header, ""] if d.header else []) + _text_lines(d, sep))
        if d.footer:
            body += "\n" + d.footer
        if d.rng.random() < 0.3:
            body = body.replace("\n", "\r\n")
    make_text(path, body, encoding=encoding, bom=bom)
    return encoding + ("-sig" if bom else "")


def build_doc(
    s: Synth, kind_name: str, family: str, fmt: str | None = None, new_place: bool = True
) -> Doc:
    """Make one document of ``kind_name`` (content only; ``write_doc`` puts it on disk).

    ``new_place=False`` keeps the centre of the previous document, for a set that should read as
    one centre's files (the shipped examples).
    """
    if new_place or not s.centre:
        s.set_place()
    fmt = fmt or s.rng.choice(KIND_FORMATS[kind_name])
    start = dt.date(2023, 1, 1)
    when = start + dt.timedelta(days=s.rng.randint(0, 1000))
    d = Doc(kind_name, family, fmt, when, KIND_CATEGORIES[kind_name], s.rng)
    KIND_BUILDERS[kind_name](s, d)
    if s.rng.random() < 0.5:
        # Print stamps, order and invoice numbers end up on any kind of page, public ones too.
        d.para(*s.decoy_lines(d, s.rng.randint(1, 2)))
    if d.fmt == "docx" and d.header is None and s.rng.random() < 0.5:
        d.header = s.centre if s.rng.random() < 0.7 else "内部资料 注意保密"
    if d.fmt == "docx" and d.footer is None and s.rng.random() < 0.3:
        # the centre's own letterhead: published, not a secret (recognizers/phone.py)
        address = d.decoy("public_address", s.centre_address())
        d.footer = f"地址：{address}  电话：{d.decoy('public_phone', s.landline())}"
    _check_truth(d)
    return d


def _check_truth(d: Doc) -> None:
    """Every listed entity must be in the text as many times as it is listed: fail loudly if not."""
    text = d.text()
    counts: dict[str, int] = {}
    for _, value in d.entities:
        counts[value] = counts.get(value, 0) + 1
    for value, n in counts.items():
        if text.count(value) < n:
            raise AssertionError(
                f"{d.kind}: {value!r} listed {n}x but written {text.count(value)}x"
            )


def truth_record(d: Doc, rel: str, encoding: str) -> dict:
    return {
        "path": rel,
        "kind": d.kind,
        "family": d.family,
        "format": d.fmt,
        "encoding": encoding,
        "public": d.public,
        "categories": sorted(d.categories),
        "entities": [{"entity_type": t, "value": v} for t, v in d.entities],
        "decoys": [{"kind": k, "value": v} for k, v in d.decoys],
    }


def schedule(n: int, family: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, family) for each document: every pair once per round, rounds shuffled.

    Round-robin rather than independent draws, so that even a small corpus covers every kind in
    every family it asks for.
    """
    families = ("a", "b") if family == "all" else (family,)
    pairs = [(k, f) for k in KIND_BUILDERS for f in families]
    plan: list[tuple[str, str]] = []
    while len(plan) < n:
        round_ = pairs[:]
        rng.shuffle(round_)
        plan.extend(round_)
    return plan[:n]


def generate(out: Path, n: int, seed: int, family: str = "all") -> list[dict]:
    """Write ``n`` documents and ``truth.jsonl`` under ``out``; return the truth records."""
    if family not in ("a", "b", "all"):
        raise ValueError(f"family must be a, b or all, not {family!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    s = Synth(seed)
    records = []
    for i, (kind_name, fam) in enumerate(schedule(n, family, s.rng), start=1):
        d = build_doc(s, kind_name, fam)
        rel = f"{fam}/{i:04d}.{d.fmt}"
        encoding = write_doc(d, out / rel)
        records.append(truth_record(d, rel, encoding))
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def summarize(records: Sequence[dict]) -> str:
    """Counts per kind, format, category and entity type: what the corpus covers."""
    from collections import Counter

    def line(title: str, counter: Counter) -> str:
        return f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))

    categories = Counter(c for r in records for c in r["categories"] or ["(public)"])
    return "\n".join(
        [
            f"documents: {len(records)}",
            line("kinds", Counter(r["kind"] for r in records)),
            line("formats", Counter(r["format"] for r in records)),
            line("families", Counter(r["family"] for r in records)),
            line("categories", categories),
            line("entities", Counter(e["entity_type"] for r in records for e in r["entities"])),
            line("decoys", Counter(x["kind"] for r in records for x in r["decoys"])),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--n", type=int, default=300, help="number of documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--family", choices=("a", "b", "all"), default="all")
    args = parser.parse_args(argv)
    records = generate(args.out, args.n, args.seed, args.family)
    print(summarize(records))
    print(f"truth: {args.out / 'truth.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
