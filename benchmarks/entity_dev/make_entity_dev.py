"""Write the entity development set: record numbers in HIS forms, and the organisation's published
contacts as decoys.

Written by the "ent" engineer on 2026-12-07 **before reading the recognizers or changing any rule**
(see README.md). Every value is synthetic and comes from a seeded generator: names, resident IDs
(valid check digit), mobiles, record numbers. Three groups of documents:

- ``r…`` record numbers as hospital information systems print them (门诊号, 住院号, 病案号, 健康档案
  编号, 就诊卡号, 医保号, 检验条码, 影像号 …) in registers whose header is on row 3, csv exports,
  PDF tables drawn one cell at a time, space/pipe-aligned text tables, prose, e-mails, file lists
  and barcode slips; with look-alike numbers (invoices, batches, orders, assets) as decoys;
- ``p…`` public documents carrying the centre's published phones, mailboxes and address (notices,
  公示 with a contact's mobile, recruitment, WeChat articles, rules, price lists): no entities, the
  published values listed as decoys;
- ``s…`` secret documents where a private phone or a personal mailbox sits beside published ones.

``truth.jsonl``: one record a document (evaluate.py's schema): ``path``, ``kind``, ``format``,
``public``, ``secret``, ``categories``, ``entities`` (type, value), ``decoys`` (kind, value).

Run: ``python benchmarks/entity_dev/make_entity_dev.py`` (writes ``benchmarks/entity_dev/docs``
and ``truth.jsonl``), then ``python benchmarks/evaluate.py benchmarks/entity_dev --jobs 2``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.docmaker import (  # noqa: E402
    make_docx,
    make_pdf,
    make_table_pdf,
    make_text,
    make_xlsx,
)

SEED = 20261207
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
    "顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = (
    "秀英桂兰玉珍凤霞建国志强海燕丽娟德明金花春生永康文华红梅晓东建华淑芬国庆玉梅家豪"
    "雨婷子涵浩然思远明辉卫东美玲秋菊长青福贵"
)
CENTRES = [
    ("芦溪镇卫生院", "0799", "芦溪镇解放路88号", "lxzwsy"),
    ("石桥镇中心卫生院", "0736", "石桥镇人民路12号", "sqzxwsy"),
    ("南岭乡卫生院", "0745", "南岭乡新街36号", "nlxwsy"),
    ("马金镇卫生院", "0570", "马金镇溪东路5号", "mjzwsy"),
]
TOWNS = ["芦溪镇", "石桥镇", "南岭乡", "马金镇", "青石镇", "杨林镇"]
VILLAGES = ["东风村", "红星村", "新塘村", "桃源村", "金星村", "白石村", "上坞村", "龙山村"]
TESTS = ["血常规", "生化全套", "尿常规", "糖化血红蛋白"]
DOCX_LISTS = ["死亡病例讨论名单", "危急值登记", "院感监测名单", "抗菌药物使用登记"]
DEPTS = ["内科", "外科", "妇产科", "儿科", "中医科", "公卫科", "检验科", "放射科"]
DIAG = [
    "高血压病",
    "2型糖尿病",
    "急性上呼吸道感染",
    "慢性阻塞性肺疾病",
    "腰椎间盘突出症",
    "冠心病",
    "急性胃肠炎",
    "社区获得性肺炎",
    "脑梗死恢复期",
    "骨关节炎",
]


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    public: bool
    categories: list[str]
    entities: list[tuple[str, str]] = field(default_factory=list)
    decoys: list[tuple[str, str]] = field(default_factory=list)

    def record(self) -> dict:
        return {
            "path": self.path,
            "kind": self.kind,
            "format": self.fmt,
            "public": self.public,
            "secret": not self.public,
            "categories": [] if self.public else self.categories,
            "entities": [{"entity_type": t, "value": v} for t, v in self.entities],
            "decoys": [{"kind": k, "value": v} for k, v in self.decoys],
            "existing_mark": None,
        }


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            s = self.r.choice(SURNAMES)
            if self.r.random() < 0.75:
                i = self.r.randrange(0, len(GIVEN) - 1, 2)
                g = GIVEN[i : i + 2]
            else:
                g = self.r.choice(GIVEN)
            n = s + g
            if n not in self.used:
                self.used.add(n)
                return n

    def mobile(self) -> str:
        return self.r.choice(
            [
                "138",
                "139",
                "137",
                "150",
                "151",
                "158",
                "159",
                "180",
                "186",
                "187",
                "189",
                "133",
                "177",
                "199",
                "152",
                "135",
            ]
        ) + "".join(self.r.choice("0123456789") for _ in range(8))

    def landline(self, area: str) -> str:
        return f"{area}-{self.r.randint(2, 8)}{self.r.randint(100000, 999999)}"

    def rid(self, region: str = "360321") -> str:
        y = self.r.randint(1940, 2015)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        body = f"{region}{y}{m:02d}{d:02d}{self.r.randint(100, 999)}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11]
        return body + c

    def address(self) -> str:
        return (
            f"{self.r.choice(TOWNS)}{self.r.choice(VILLAGES)}{self.r.randint(1, 12)}组"
            f"{self.r.randint(1, 99)}号"
        )

    def sex(self) -> str:
        return self.r.choice("男女")

    def age(self) -> int:
        return self.r.randint(3, 89)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Record-number forms: (header label, generator) as HIS print them
# ---------------------------------------------------------------------------------------------


def mrn_forms(g: Gen) -> dict[str, Callable[[], str]]:
    r = g.r
    return {
        "门诊号": lambda: r.choice(
            [
                f"MZ2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}",
                f"2026{r.randint(1000000, 9999999)}",
                f"M{r.randint(26000000, 26999999)}",
                f"MZ-2026-{r.randint(1, 99999):05d}",
            ]
        ),
        "住院号": lambda: r.choice(
            [
                f"ZY2026{r.randint(1, 9999):04d}",
                f"2026-{r.randint(1, 9999):04d}",
                f"Z2026/{r.randint(1, 9999):04d}",
                f"26{r.randint(10000, 99999)}",
                f"ZY-26-{r.randint(100, 9999)}",
            ]
        ),
        "病案号": lambda: r.choice(
            [
                f"BA{r.randint(100000, 999999)}",
                f"{r.randint(0, 999999):08d}",
                f"2026B{r.randint(1000, 9999)}",
            ]
        ),
        "健康档案编号": lambda: (
            f"36032110{r.randint(1, 9)}{r.randint(1, 30):03d}{r.randint(1, 99999):05d}"
        ),
        "就诊卡号": lambda: r.choice(
            [
                f"JZK{r.randint(10000000, 99999999)}",
                f"8800{r.randint(100000, 999999)}",
            ]
        ),
        "医保号": lambda: r.choice(
            [
                f"YB{r.randint(2000000000, 2999999999)}",
                f"360321{r.randint(10000000, 99999999)}",
            ]
        ),
        "检验条码": lambda: (
            f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1000, 9999)}"
        ),
        "影像号": lambda: r.choice(
            [
                f"CT2026-{r.randint(1, 99999):05d}",
                f"DR{r.randint(260000, 269999)}",
                f"US26{r.randint(10000, 99999)}",
            ]
        ),
        "病历号": lambda: f"BL{r.randint(2026000, 2026999)}",
        "登记号": lambda: f"DJ2026{r.randint(1000, 9999)}",
    }


# Header spellings a register uses for a record-number column, by the form's kind.
HEADER_VARIANTS = {
    "门诊号": ["门诊号", "门诊号码", "门诊ID", "门诊流水号"],
    "住院号": ["住院号", "住院号码", "住院病历号", "住院编号"],
    "病案号": ["病案号", "病案编号", "病案首页号"],
    "健康档案编号": ["健康档案编号", "档案编号", "居民健康档案号", "健康档案号"],
    "就诊卡号": ["就诊卡号", "诊疗卡号", "就诊卡"],
    "医保号": ["医保号", "医保卡号", "医保编号", "参保编号"],
    "检验条码": ["检验条码", "标本条码", "条码号", "样本号"],
    "影像号": ["影像号", "检查号", "影像检查号", "PACS号"],
    "病历号": ["病历号", "病历编号"],
    "登记号": ["登记号", "患者登记号"],
}


class Writer:
    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.g = Gen(seed)
        self.forms = mrn_forms(self.g)
        self.docs: list[Doc] = []
        self.n = 0

    def path(self, prefix: str, stem: str, ext: str) -> tuple[str, Path]:
        self.n += 1
        rel = f"docs/{prefix}{self.n:03d}_{stem}.{ext}"
        return rel, self.out / rel

    def add(self, doc: Doc) -> None:
        self.docs.append(doc)

    # -- helpers ---------------------------------------------------------------------------------

    def patient_rows(
        self, n: int, kinds: list[str], extra: list[str]
    ) -> tuple[list[list[str]], list[tuple[str, str]]]:
        """Rows of a register: name, sex, age, one value per record kind, then extra columns."""
        g = self.g
        rows: list[list[str]] = []
        ents: list[tuple[str, str]] = []
        for _ in range(n):
            name = g.name()
            row = [name, g.sex(), str(g.age())]
            ents.append(("PERSON", name))
            for k in kinds:
                v = self.forms[k]()
                row.append(v)
                ents.append(("CN_MEDICAL_RECORD_NO", v))
            for x in extra:
                if x == "诊断":
                    row.append(g.r.choice(DIAG))
                elif x == "科室":
                    row.append(g.r.choice(DEPTS))
                elif x == "就诊日期":
                    row.append(f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d}")
                elif x == "联系电话":
                    p = g.mobile()
                    row.append(p)
                    ents.append(("CN_PHONE", p))
                elif x == "费用(元)":
                    row.append(f"{g.r.randint(20, 3000)}.{g.r.randint(0, 99):02d}")
                elif x == "发票号":
                    row.append(f"{g.r.randint(10000000, 99999999)}")
                elif x == "床号":
                    row.append(f"{g.r.randint(1, 40)}床")
            rows.append(row)
        return rows, ents

    def headers(self, kinds: list[str]) -> list[str]:
        return [self.g.r.choice(HEADER_VARIANTS[k]) for k in kinds]


def build_records(w: Writer) -> None:
    g = w.g
    r = g.r
    kinds_all = list(HEADER_VARIANTS)
    # 1. xlsx registers, header on row 3 (title, unit/date, header)
    for i in range(10):
        kinds = r.sample(kinds_all, r.choice([1, 1, 2]))
        extra = r.sample(["诊断", "科室", "就诊日期", "联系电话", "费用(元)"], 2)
        rows, ents = w.patient_rows(r.randint(5, 9), kinds, extra)
        centre = r.choice(CENTRES)[0]
        header = ["姓名", "性别", "年龄", *w.headers(kinds), *extra]
        title = r.choice(
            [
                "门诊日志",
                "住院患者登记表",
                "慢病随访登记",
                "检验标本登记本",
                "影像检查登记",
                "出院病人登记",
                "转诊登记簿",
                "家庭医生签约患者名单",
            ]
        )
        sheet = [
            [f"{centre}{title}"],
            [f"填报科室：{r.choice(DEPTS)}", "", f"日期：2026年{r.randint(1, 11)}月"],
            ["序号", *header],
        ]
        sheet += [[str(j + 1), *row] for j, row in enumerate(rows)]
        rel, p = w.path("r", f"register_{i}", "xlsx")
        make_xlsx(p, {"Sheet1": sheet})
        w.add(Doc(rel, "register_xlsx", "xlsx", False, ["medical"], ents))
    # 2. csv exports from the HIS, header on row 3
    for i in range(6):
        kinds = r.sample(kinds_all, r.choice([1, 2]))
        extra = r.sample(["诊断", "科室", "就诊日期", "费用(元)", "发票号"], 2)
        rows, ents = w.patient_rows(r.randint(5, 8), kinds, extra)
        header = ["姓名", "性别", "年龄", *w.headers(kinds), *extra]
        lines = [
            f"导出时间：2026-11-{r.randint(1, 28):02d} 09:{r.randint(10, 59)}",
            "操作员：HIS系统",
            ",".join(header),
        ] + [",".join(row) for row in rows]
        decoys = (
            [("invoice_no", row[header.index("发票号")]) for row in rows]
            if "发票号" in header
            else []
        )
        rel, p = w.path("r", f"his_export_{i}", "csv")
        make_text(p, "\n".join(lines) + "\n", encoding=r.choice(["utf-8", "gbk"]))
        w.add(Doc(rel, "his_export_csv", "csv", False, ["medical"], ents, decoys))
    # 3. PDF tables, one cell per line in the text layer
    for i in range(7):
        kinds = r.sample(kinds_all, r.choice([1, 2]))
        extra = r.sample(["诊断", "科室", "就诊日期", "床号"], 1)
        rows, ents = w.patient_rows(r.randint(5, 8), kinds, extra)
        header = ["姓名", "性别", "年龄", *w.headers(kinds), *extra]
        cols = [56.0 + 80.0 * j for j in range(len(header))]
        kinds_of_list = ["出院病人一览表", "门诊患者明细", "检查申请汇总", "随访名单"]
        title = f"{r.choice(CENTRES)[0]}{r.choice(kinds_of_list)}"
        rel, p = w.path("r", f"table_pdf_{i}", "pdf")
        make_table_pdf(p, [[header, *rows]], cols, title=title)
        w.add(Doc(rel, "table_pdf", "pdf", False, ["medical"], ents))
    # 4. text tables: space-aligned and pipe tables with a title first
    for i in range(6):
        kinds = r.sample(kinds_all, 1)
        rows, ents = w.patient_rows(r.randint(4, 7), kinds, ["诊断"])
        header = ["姓名", "性别", "年龄", *w.headers(kinds), "诊断"]
        if i % 2:
            body = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            body += ["| " + " | ".join(row) + " |" for row in rows]
            ext = "md"
        else:
            widths = [max(len(x) for x in col) + 4 for col in zip(header, *rows, strict=True)]
            body = [
                "".join(
                    c.ljust(wd, "\u3000" if j == 0 else " ")
                    for j, (c, wd) in enumerate(zip(row, widths, strict=True))
                )
                for row in [header, *rows]
            ]
            ext = "txt"
        text = (
            f"{r.choice(CENTRES)[0]} {r.choice(DEPTS)}交班记录\n"
            f"日期：2026-11-{r.randint(1, 28):02d}\n\n" + "\n".join(body) + "\n\n交班医生签字：\n"
        )
        rel, p = w.path("r", f"text_table_{i}", ext)
        make_text(p, text)
        w.add(Doc(rel, "text_table", ext, False, ["medical"], ents))
    # 5. prose: case notes, handovers, incident reports
    templates = [
        "患者{n}，{s}，{a}岁，住院号{v}，因“{d}”于2026年11月{day}日入院。",
        "今日新入{n}（{k}：{v}），诊断{d}，已完善相关检查。",
        "{n}，{k}{v}，{d}，复诊，血压150/95mmHg，继续原方案治疗。",
        "关于{k}为{v}的患者{n}的投诉，经调查，系候诊时间过长所致。",
        "请调阅{k} {v}（{n}）的既往病历，于周五前送病案室。",
        "检验科回报：{n}，条码{v}，血钾3.1mmol/L，已电话通知主管医生。",
        "{n}的病案（{k}：{v}）已于11月{day}日复印，复印申请人为其女儿。",
        "放射科：{n}，影像号{v}，胸片示右下肺斑片影。",
    ]
    for i in range(8):
        lines = []
        ents: list[tuple[str, str]] = []
        for t in r.sample(templates, 3):
            k = (
                "检验条码"
                if "条码" in t
                else "影像号"
                if "影像号" in t
                else (
                    "住院号"
                    if "住院号" in t
                    else r.choice(
                        ["门诊号", "住院号", "病案号", "就诊卡号", "医保号", "健康档案编号"]
                    )
                )
            )
            v = w.forms[k]()
            if "住院号{v}" in t and r.random() < 0.5:
                v = f"2026-{r.randint(1, 9999):04d}"
            n = g.name()
            lines.append(
                t.format(
                    n=n, s=g.sex(), a=g.age(), v=v, d=r.choice(DIAG), k=k, day=r.randint(1, 28)
                )
            )
            ents += [("PERSON", n), ("CN_MEDICAL_RECORD_NO", v)]
        fmt = r.choice(["txt", "docx", "pdf"])
        rel, p = w.path("r", f"prose_{i}", fmt)
        paras = [f"{r.choice(DEPTS)}工作记录", *lines]
        if fmt == "txt":
            make_text(p, "\n".join(paras) + "\n")
        elif fmt == "docx":
            make_docx(p, paras)
        else:
            make_pdf(p, ["\n".join(paras)])
        w.add(Doc(rel, "prose", fmt, False, ["medical"], ents))
    # 6. e-mails carrying record numbers
    for i in range(5):
        centre, area, addr, mail = r.choice(CENTRES)
        ents = []
        body = [f"{g.name()}主任：", "", "以下患者需要转诊，请协调床位："]
        ents.append(("PERSON", body[0][:-3]))
        for _ in range(r.randint(2, 4)):
            n = g.name()
            k = r.choice(["住院号", "门诊号", "病案号"])
            v = w.forms[k]()
            body.append(f"  {n}  {k}:{v}  {r.choice(DIAG)}")
            ents += [("PERSON", n), ("CN_MEDICAL_RECORD_NO", v)]
        sender = g.name()
        ents.append(("PERSON", sender))
        office = f"{area}-{r.randint(2, 8)}{r.randint(100000, 999999)}"
        body += ["", sender, f"{centre} 医务科", f"电话：{office}", f"地址：{addr}"]
        msg = EmailMessage()
        msg["From"] = f"{mail}_yw@163.com"
        msg["To"] = "zhuanzhen@xrmyy.example.cn"  # the county hospital's referral office
        msg["Subject"] = "转诊患者名单"
        msg.set_content("\n".join(body))
        rel, p = w.path("r", f"mail_{i}", "eml")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(bytes(msg))
        w.add(
            Doc(
                rel,
                "email_mrn",
                "eml",
                False,
                ["medical"],
                ents,
                [
                    ("public_phone", office),
                    ("public_mailbox", f"{mail}_yw@163.com"),
                    ("public_address", addr),
                    ("public_mailbox", "zhuanzhen@xrmyy.example.cn"),
                ],
            )
        )
    # 7. file lists (scans named by record number) and barcode slips
    for i in range(4):
        ents = []
        lines = [f"病案扫描归档清单（2026年{r.randint(1, 11)}月）", ""]
        for j in range(r.randint(5, 8)):
            n = g.name()
            k = r.choice(["住院号", "病案号"])
            v = w.forms[k]().replace("/", "-")
            sep = r.choice(["_", "-", " "])
            lines.append(
                f"{j + 1}. 扫描件/{v}{sep}{n}.pdf"
                if r.random() < 0.5
                else f"{j + 1}. {k}{v}{sep}{n}_病案首页.jpg"
            )
            ents += [("CN_MEDICAL_RECORD_NO", v), ("PERSON", n)]
        rel, p = w.path("r", f"file_list_{i}", "txt")
        make_text(p, "\n".join(lines) + "\n")
        w.add(Doc(rel, "file_list", "txt", False, ["medical"], ents))
    for i in range(4):
        ents = []
        decoys = []
        lines = ["标本条码打印记录"]
        for _ in range(r.randint(3, 5)):
            n = g.name()
            v = w.forms["检验条码"]()
            lot = f"{r.randint(2025, 2026)}{r.randint(1000, 9999)}"
            lines += [
                f"*{v}*",
                f"{n}  {g.sex()}  {g.age()}岁  {r.choice(TESTS)}",
                f"试剂批号：{lot}",
            ]
            ents += [("CN_MEDICAL_RECORD_NO", v), ("PERSON", n)]
            decoys.append(("batch_no", lot))
        rel, p = w.path("r", f"barcode_{i}", r.choice(["txt", "pdf"]))
        if rel.endswith(".pdf"):
            make_pdf(p, ["\n".join(lines)])
        else:
            make_text(p, "\n".join(lines) + "\n")
        w.add(Doc(rel, "barcode", rel.rsplit(".", 1)[1], False, ["medical"], ents, decoys))
    # 8. docx tables with the header row and a form (label/value cells)
    for i in range(4):
        kinds = r.sample(kinds_all, 2)
        rows, ents = w.patient_rows(r.randint(4, 6), kinds, ["诊断"])
        header = ["姓名", "性别", "年龄", *w.headers(kinds), "诊断"]
        rel, p = w.path("r", f"docx_table_{i}", "docx")
        make_docx(
            p,
            [f"{r.choice(CENTRES)[0]}{r.choice(DOCX_LISTS)}"],
            tables=[[header, *rows]],
        )
        w.add(Doc(rel, "docx_table", "docx", False, ["medical"], ents))
    for i in range(3):
        n = g.name()
        k1, k2 = r.sample(["门诊号", "住院号", "病案号", "就诊卡号", "医保号", "健康档案编号"], 2)
        v1, v2 = w.forms[k1](), w.forms[k2]()
        rel, p = w.path("r", f"form_{i}", "docx")
        make_docx(
            p,
            ["双向转诊（转出）单"],
            tables=[
                [
                    ["姓名", n, "性别", g.sex()],
                    [k1, v1, k2, v2],
                    ["初步诊断", r.choice(DIAG), "转入医院", "县人民医院"],
                ]
            ],
        )
        w.add(
            Doc(
                rel,
                "referral_form",
                "docx",
                False,
                ["medical"],
                [("PERSON", n), ("CN_MEDICAL_RECORD_NO", v1), ("CN_MEDICAL_RECORD_NO", v2)],
            )
        )


# ---------------------------------------------------------------------------------------------
# Public documents with published contacts (decoys) and secret documents beside them
# ---------------------------------------------------------------------------------------------


def build_public(w: Writer) -> None:
    g = w.g
    r = g.r
    for i in range(34):
        centre, area, addr, mail = CENTRES[i % len(CENTRES)]
        board = g.landline(area)
        dept = g.landline(area)
        suffix = r.choice(["", "_rs", "bgs", "2019"])
        mailbox = f"{mail}{suffix}@{r.choice(['163.com', '126.com', 'qq.com', 'sina.com'])}"
        contact = g.name()
        cmobile = g.mobile()
        short = contact[0] + r.choice(["老师", "女士", "先生", "主任"])
        decoys = [("public_phone", board), ("public_mailbox", mailbox), ("public_address", addr)]
        kind = [
            "recruit",
            "gongshi",
            "notice",
            "wechat",
            "rules",
            "price",
            "vaccine",
            "signing",
            "free_clinic",
            "tender",
            "complaint_channel",
            "hours",
        ][i % 12]
        if kind == "recruit":
            lines = [
                f"{centre}2026年公开招聘编外专业技术人员公告",
                "根据工作需要，经研究决定，面向社会公开招聘临床医师2名、护士3名。",
                "一、报名时间：2026年12月10日至12月16日。",
                f"二、报名方式：将报名表发送至电子邮箱{mailbox}，邮件主题注明“姓名+岗位”。",
                f"三、咨询电话：{board}（办公室），联系人：{short}，手机{cmobile}。",
                f"四、报名地点：{addr}{centre}二楼人事科。",
                f"{centre}",
                "2026年12月5日",
            ]
            decoys.append(("public_phone", cmobile))
        elif kind == "gongshi":
            lines = [
                f"{centre}2026年度先进工作者评选结果公示",
                "经科室推荐、院务会研究，拟评选以下同志为2026年度先进工作者：",
                "内科、公卫科、护理部各一名（名单张贴于院务公开栏）。",
                "公示期为2026年12月8日至12月14日。如有异议，请在公示期内向院纪检监察室反映。",
                f"联系人：{contact}，联系电话：{cmobile}，{board}。",
                f"监督邮箱：{mailbox}",
                f"{centre}",
                "2026年12月7日",
            ]
            decoys += [("public_phone", cmobile), ("public_contact", contact)]
        elif kind == "notice":
            lines = [
                "关于开展2026年冬季老年人免费健康体检的通知",
                "各村（居）委会：",
                f"为落实国家基本公共卫生服务项目，{centre}将于12月15日起为辖区65岁及以上老年人免费体检。",
                "请携带身份证、医保卡，空腹前来。",
                f"体检地点：{addr}{centre}门诊楼三楼。",
                f"联系电话：公卫科 {dept}，总机 {board}。",
                f"{centre}",
                "2026年12月1日",
            ]
            decoys.append(("public_phone", dept))
        elif kind == "wechat":
            lines = [
                f"【健康{centre[:2]}】流感高发季，这份就诊指南请收好！",
                "近期气温骤降，流感进入高发期。出现发热、咳嗽请及时就诊。",
                f"发热门诊24小时开放，咨询电话：{dept}",
                f"预约挂号：{board}",
                f"地址：{addr}",
                f"投稿邮箱：{mailbox}",
                "（来源：院办宣传组 编辑：小林）",
            ]
            decoys.append(("public_phone", dept))
        elif kind == "rules":
            lines = [
                f"{centre}医德医风举报制度",
                "第一条 为加强行风建设，设立举报电话和举报信箱。",
                f"第二条 举报电话：{board}，举报邮箱：{mailbox}。",
                "第三条 纪检监察室负责受理，对举报人信息严格保密。",
                "第四条 本制度自发布之日起施行。",
                f"{centre}（{addr}）",
            ]
        elif kind == "price":
            lines = [
                f"{centre}常用医疗服务项目价格公示",
                "项目名称  计价单位  价格（元）",
                "普通门诊诊查费  次  10.00",
                "静脉输液  组  8.00",
                "血常规  次  15.00",
                "心电图  次  20.00",
                f"价格咨询电话：{board}  投诉电话：{dept}",
                f"物价监督邮箱：{mailbox}",
            ]
            decoys.append(("public_phone", dept))
        elif kind == "vaccine":
            lines = [
                "预防接种门诊服务时间调整的公告",
                f"自2026年12月起，{centre}预防接种门诊服务时间为每周二、四、六上午8:00-11:30。",
                f"接种咨询：{dept}；预约请拨打{board}。",
                f"接种门诊负责人：{contact} {cmobile}",
                f"地址：{addr}",
            ]
            decoys += [
                ("public_phone", dept),
                ("public_phone", cmobile),
                ("public_contact", contact),
            ]
        elif kind == "signing":
            doctors = [(g.name(), g.mobile()) for _ in range(3)]
            lines = [
                f"{centre}家庭医生签约服务团队公示",
                "为方便群众，现将各村家庭医生团队及联系方式公示如下：",
            ]
            lines += [f"{r.choice(VILLAGES)}团队：团队长{n}，联系电话{m}" for n, m in doctors]
            lines += [f"签约服务咨询：{board}", f"{centre}", "2026年11月20日"]
            decoys += [("public_phone", m) for _, m in doctors] + [
                ("public_contact", n) for n, _ in doctors
            ]
        elif kind == "free_clinic":
            lines = [
                f"“情系乡亲”义诊活动走进{r.choice(VILLAGES)}",
                f"12月3日，{centre}组织内科、中医科、公卫科医务人员在村部开展义诊，为群众测量血压、血糖120余人次。",
                f"活动联系人：{short}（{cmobile}）",
                f"欢迎来电咨询：{board}",
            ]
            decoys.append(("public_phone", cmobile))
        elif kind == "tender":
            lines = [
                f"{centre}医用耗材采购询价公告",
                "一、采购内容：一次性输液器、注射器等。",
                "二、报价截止时间：2026年12月20日17:00。",
                f"三、报价文件递交地址：{addr}{centre}总务科。",
                f"四、联系人：{short}；电话：{dept}；手机：{cmobile}；邮箱：{mailbox}",
                f"采购人：{centre}",
                "2026年12月6日",
            ]
            decoys += [("public_phone", dept), ("public_phone", cmobile)]
        elif kind == "complaint_channel":
            lines = [
                "院务公开",
                f"单位名称：{centre}",
                f"单位地址：{addr}",
                f"办公室电话：{board}",
                f"急诊电话：{dept}",
                f"电子邮箱：{mailbox}",
                "投诉受理时间：工作日8:00-17:30",
            ]
            decoys.append(("public_phone", dept))
        else:
            lines = [
                f"{centre}门诊就诊须知",
                "门诊时间：周一至周日 8:00-12:00，14:00-17:30。",
                f"总值班电话：{board}",
                f"检验科：{dept}",
                f"来院路线：乘2路公交至“卫生院站”下车，{addr}。",
                f"意见箱邮箱：{mailbox}",
            ]
            decoys.append(("public_phone", dept))
        fmt = ["txt", "docx", "pdf", "md"][i % 4]
        rel, p = w.path("p", kind, fmt)
        if fmt in ("txt", "md"):
            make_text(p, "\n".join(lines) + "\n")
        elif fmt == "docx":
            make_docx(p, lines)
        else:
            make_pdf(p, ["\n".join(lines)])
        w.add(Doc(rel, f"public_{kind}", fmt, True, [], [], decoys))


def build_secret_contacts(w: Writer) -> None:
    g = w.g
    r = g.r
    for i in range(16):
        centre, area, addr, mail = CENTRES[i % len(CENTRES)]
        board = g.landline(area)
        orgmail = f"{mail}@163.com"
        kind = [
            "complaint",
            "followup",
            "staff_mail",
            "roster",
            "handover",
            "referral",
            "leave",
            "visit",
        ][i % 8]
        ents: list[tuple[str, str]] = []
        decoys = [("public_phone", board)]
        if kind == "complaint":
            n, m = g.name(), g.mobile()
            lines = [
                f"{centre}投诉接待登记",
                f"投诉人：{n}  联系电话：{m}",
                f"家庭住址：{(a := g.address())}",
                "投诉内容：其父在我院输液后出现皮疹，要求解释。",
                f"处理：由医务科回复，回访电话由院办{board}拨出。",
            ]
            ents += [("PERSON", n), ("CN_PHONE", m), ("CN_ADDRESS", a)]
            cats = ["medical"]
        elif kind == "followup":
            lines = [f"{centre}高血压患者随访记录（本院电话：{board}）"]
            cats = ["medical"]
            for _ in range(4):
                n, m = g.name(), g.mobile()
                lines.append(
                    f"{n}，电话{m}，血压{r.randint(130, 170)}/{r.randint(80, 100)}mmHg，服药规律。"
                )
                ents += [("PERSON", n), ("CN_PHONE", m)]
        elif kind == "staff_mail":
            n = g.name()
            who = r.choice(["wang", "li", "zhang", "chen"]) + r.choice(["xy", "jh", "lm"])
            pm = f"{who}{r.randint(1970, 2000)}@qq.com"
            m = g.mobile()
            lines = [
                f"发件人：{pm}",
                f"抄送：{orgmail}",
                "主题：关于我的职称申报材料",
                "院办：",
                "本人申报副主任医师，材料已备齐，因家中有事，请将结果发到我私人邮箱。",
                f"我的手机{m}，院办电话{board}我打不通。",
                n,
            ]
            ents += [("EMAIL_ADDRESS", pm), ("CN_PHONE", m), ("PERSON", n)]
            decoys.append(("public_mailbox", orgmail))
            cats = ["personnel"]
        elif kind == "roster":
            lines = [f"{centre}12月值班表（内部）", f"总值班室：{board}"]
            for d in range(1, 6):
                n, m = g.name(), g.mobile()
                lines.append(f"12月{d}日  {n}  {m}")
                ents += [("PERSON", n), ("CN_PHONE", m)]
            cats = ["personnel"]
        elif kind == "handover":
            n1, n2, n3 = g.name(), g.name(), g.name()
            m = g.mobile()
            v = w.forms["住院号"]()
            lines = [
                f"护理交班 {centre}",
                f"交班人：{n1}  接班人：{n2}",
                f"3床{n3}，住院号{v}，夜间血压偏高，家属电话{m}。",
                f"如有急事联系护士站{board}。",
            ]
            ents += [
                ("PERSON", n1),
                ("PERSON", n2),
                ("PERSON", n3),
                ("CN_MEDICAL_RECORD_NO", v),
                ("CN_PHONE", m),
            ]
            cats = ["medical"]
        elif kind == "referral":
            n, m, rid = g.name(), g.mobile(), g.rid()
            lines = [
                "转诊联系单",
                f"转出单位：{centre}（{addr}，电话{board}）",
                f"患者：{n}  身份证号：{rid}  联系电话：{m}",
                f"诊断：{r.choice(DIAG)}",
            ]
            ents += [("PERSON", n), ("CN_RESIDENT_ID", rid), ("CN_PHONE", m)]
            decoys.append(("public_address", addr))
            cats = ["medical"]
        elif kind == "leave":
            n, m = g.name(), g.mobile()
            pm = f"{r.choice(['hua', 'mei', 'jun'])}{r.randint(100, 999)}@126.com"
            lines = [
                "请假审批单",
                f"申请人：{n}  科室：{r.choice(DEPTS)}",
                "请假事由：病假（附诊断证明：腰椎间盘突出症）",
                f"请假期间联系方式：{m}，邮箱{pm}",
                f"人事科电话：{board}  人事科邮箱：{orgmail}",
            ]
            ents += [("PERSON", n), ("CN_PHONE", m), ("EMAIL_ADDRESS", pm)]
            decoys.append(("public_mailbox", orgmail))
            cats = ["personnel"]
        else:
            n, m = g.name(), g.mobile()
            a = g.address()
            lines = [
                f"{centre}出诊登记",
                f"日期：2026-12-0{r.randint(1, 7)}",
                f"患者{n}，住{a}，电话{m}，卧床，请求上门换药。",
                f"出诊后回院报到，院总机{board}。",
            ]
            ents += [("PERSON", n), ("CN_ADDRESS", a), ("CN_PHONE", m)]
            cats = ["medical"]
        fmt = ["txt", "docx", "pdf"][i % 3]
        rel, p = w.path("s", kind, fmt)
        if fmt == "txt":
            make_text(p, "\n".join(lines) + "\n")
        elif fmt == "docx":
            make_docx(p, lines)
        else:
            make_pdf(p, ["\n".join(lines)])
        w.add(Doc(rel, f"secret_{kind}", fmt, False, cats, ents, decoys))


def main(out: Path = HERE) -> None:
    docs_dir = out / "docs"
    if docs_dir.exists():
        for f in docs_dir.iterdir():
            f.unlink()
    w = Writer(out, SEED)
    build_records(w)
    build_public(w)
    build_secret_contacts(w)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for d in w.docs:
            fh.write(json.dumps(d.record(), ensure_ascii=False) + "\n")
    print(f"{len(w.docs)} documents in {docs_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
