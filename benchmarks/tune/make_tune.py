"""Write the evidence tuning set: what a township health centre's share holds, secret and public.

Written before the category and phone rules were changed for issue 9, to tune them on (the
held-out sets stay judges). Every document is synthetic: names, IDs (with a valid check digit),
phones and accounts come from a seeded generator. Each secret document type has a public
look-alike (a published 公示 list, a blank form, a filling guide with example values, a leaflet,
statistics without people, a notice with the centre's switchboard).

``truth.jsonl`` has one record a document: ``path``, ``kind``, ``categories``, ``secret``,
``entities`` (only the phones a reader would call private: a person's mobile or landline) and
``decoys`` (the centre's published numbers: switchboard, hotline, office line).

Run: ``python benchmarks/tune/make_tune.py [OUT_DIR]`` (default ``benchmarks/tune/corpus``), then
``python benchmarks/evaluate.py benchmarks/tune/corpus --jobs 2``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx  # noqa: E402

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
    "于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷"
    "龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平红霞玲桂兰志文斌辉刚波宁凤云鹏海"
    "燕晓春梅琴俊峰雪婷丹萍林洁飞琳颖宇浩凯健亮"
)
TOWNS = ["芦溪", "南岭", "石桥", "华埠", "马金", "青石", "池淮", "杨林", "长虹", "桐村"]
VILLAGES = ["东风", "前进", "红星", "新塘", "上坞", "下溪", "龙山", "桃源", "金星", "白石"]
CENTRE = "芦溪镇卫生院"
SWITCHBOARD = "0570-6012345"
HOTLINE = "0570-6012120"
OFFICE = "0570-6018866"
REPORT_LINE = "0570-6013399"


@dataclass
class Doc:
    path: str
    kind: str
    categories: list[str]
    phones: list[str] = field(default_factory=list)
    decoys: list[tuple[str, str]] = field(default_factory=list)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def name(self) -> str:
        r = self.rng
        given = "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
        return r.choice(SURNAMES) + given

    def resident_id(self, year: int | None = None) -> str:
        r = self.rng
        y = year or r.randint(1940, 2000)
        body = f"330824{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100, 999)}"
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
        return body + "10X98765432"[total % 11]

    def mobile(self) -> str:
        r = self.rng
        return r.choice(["138", "139", "135", "137", "150", "151", "158", "187", "189", "177"]) + (
            f"{r.randint(0, 99999999):08d}"
        )

    def address(self) -> str:
        r = self.rng
        return f"{r.choice(TOWNS)}镇{r.choice(VILLAGES)}村{r.randint(1, 12)}组{r.randint(1, 99)}号"

    def money(self, lo: int, hi: int) -> str:
        return f"{self.rng.randint(lo, hi)}.{self.rng.randint(0, 99):02d}"

    def card(self) -> str:
        # a 19-digit debit card with a valid Luhn digit
        r = self.rng
        body = "621700" + "".join(str(r.randint(0, 9)) for _ in range(12))
        digits = [int(c) for c in body][::-1]
        total = 0
        for i, d in enumerate(digits):
            if i % 2 == 0:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        return body + str((10 - total % 10) % 10)

    def date(self) -> str:
        return f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"


Table = list[list[str]]
Writer = Callable[[Path, str, Table, list[str]], None]


def write(out: Path, name: str, title: str, rows: Table, prose: Sequence[str] = ()) -> None:
    """A table document in the format its extension names: title, prose lines, the table."""
    path = out / name
    ext = path.suffix
    if ext == ".xlsx":
        sheet: list[list[object]] = [[title]]
        sheet += [[p] for p in prose]
        sheet += [list[object](r) for r in rows]
        make_xlsx(path, {"Sheet1": sheet})
    elif ext == ".docx":
        make_docx(path, [title, *prose], [rows] if rows else [])
    elif ext == ".csv":
        lines = [",".join(r) for r in rows]
        make_text(path, "\n".join([title, *prose, *lines]) + "\n")
    else:  # .txt and .md: tab-separated tables
        lines = ["\t".join(r) for r in rows]
        make_text(path, "\n".join([title, *prose, "", *lines]) + "\n")


def build(out: Path, seed: int = 20261207) -> list[Doc]:  # noqa: PLR0915 - one list of documents
    g = Gen(seed)
    docs: list[Doc] = []

    def add(
        name: str,
        kind: str,
        cats: list[str],
        title: str,
        rows: Table,
        prose: Sequence[str] = (),
        phones: Sequence[str] = (),
        decoys: Sequence[tuple[str, str]] = (),
    ) -> None:
        write(out, name, title, rows, prose)
        docs.append(Doc(name, kind, cats, list(phones), list(decoys)))

    # ---------------- personnel ----------------
    rows = [
        ["姓名", "科室", "岗位工资", "薪级工资", "绩效工资", "应发合计", "代扣社保", "实发金额"]
    ]
    for _ in range(8):
        rows.append(
            [
                g.name(),
                g.rng.choice(["内科", "公卫科", "护理部", "药房", "检验科"]),
                g.money(2000, 3500),
                g.money(800, 1600),
                g.money(1000, 3000),
                g.money(5000, 8000),
                g.money(400, 900),
                g.money(4000, 7000),
            ]
        )
    add("personnel/payroll_2025_03.xlsx", "payroll", ["personnel"], "2025年3月工资发放表", rows)

    n = g.name()
    add(
        "personnel/salary_slip.txt",
        "payslip",
        ["personnel"],
        "工资条（2025年4月）",
        [],
        [
            f"姓名：{n}  部门：公共卫生科",
            f"岗位工资：{g.money(2000, 3000)}  薪级工资：{g.money(900, 1500)}",
            f"绩效工资：{g.money(1500, 2500)}  交通补贴：300.00",
            f"扣养老保险：{g.money(300, 500)}  扣公积金：{g.money(400, 700)}",
            f"实发：{g.money(4500, 6500)}",
        ],
    )

    rows = [["序号", "姓名", "岗位", "工作量得分", "质量得分", "满意度得分", "总分", "等次"]]
    for i in range(1, 10):
        rows.append(
            [
                str(i),
                g.name(),
                g.rng.choice(["医生", "护士", "药师", "检验"]),
                str(g.rng.randint(30, 40)),
                str(g.rng.randint(25, 30)),
                str(g.rng.randint(20, 30)),
                str(g.rng.randint(75, 99)),
                g.rng.choice(["优秀", "合格", "合格", "基本合格"]),
            ]
        )
    add(
        "personnel/performance_q1.csv",
        "performance scores",
        ["personnel"],
        "一季度个人绩效考核得分汇总",
        rows,
    )

    for k in range(2):
        n = g.name()
        add(
            f"personnel/leave_{k}.docx",
            "leave approval",
            ["personnel"],
            "职工请假审批单",
            [
                ["姓名", n, "科室", "护理部"],
                [
                    "请假类别",
                    g.rng.choice(["病假", "事假", "年休假"]),
                    "天数",
                    f"{g.rng.randint(1, 7)}天",
                ],
                ["起止时间", f"{g.date()}至{g.date()}", "联系电话", (p := g.mobile())],
                ["科室意见", "同意", "分管院长意见", "同意"],
            ],
            phones=[p],
        )

    n = g.name()
    add(
        "personnel/title_application.docx",
        "title application",
        ["personnel"],
        "专业技术职务任职资格申报表",
        [
            ["姓名", n, "性别", "女"],
            ["出生年月", "1985.06", "民族", "汉"],
            ["学历", "本科", "毕业院校", "温州医科大学"],
            ["现任职称", "主管护师", "任职时间", "2018.12"],
            ["申报职称", "副主任护师", "身份证号", g.resident_id(1985)],
        ],
        ["任现职以来主要工作业绩：", "负责病区护理管理，发表论文2篇。"],
    )

    rows = [["姓名", "性别", "年龄", "科室", "血压", "空腹血糖", "谷丙转氨酶", "胸片", "结论"]]
    for _ in range(7):
        rows.append(
            [
                g.name(),
                g.rng.choice(["男", "女"]),
                str(g.rng.randint(24, 58)),
                g.rng.choice(["内科", "外科", "药房"]),
                f"{g.rng.randint(105, 150)}/{g.rng.randint(65, 95)}",
                f"{g.rng.randint(45, 75) / 10}",
                str(g.rng.randint(12, 60)),
                g.rng.choice(["未见异常", "双肺纹理增粗"]),
                g.rng.choice(["未见异常", "血压偏高，建议复查", "脂肪肝"]),
            ]
        )
    add(
        "personnel/staff_health_check.xlsx",
        "staff health check",
        ["medical", "personnel"],
        "2025年职工健康体检结果汇总",
        rows,
    )

    n = g.name()
    add(
        "personnel/cadre_file.txt",
        "cadre file",
        ["personnel"],
        "干部任免审批表",
        [],
        [
            f"姓名：{n}  性别：男  民族：汉族  出生年月：1976.03",
            "籍贯：浙江开化  政治面貌：中共党员",
            "参加工作时间：1996.08  学历：大学本科",
            "现任职务：芦溪镇卫生院副院长",
            "拟任职务：芦溪镇卫生院院长",
            "简历：1996.08—2005.07 芦溪镇卫生院医师；2005.07—今 芦溪镇卫生院副院长",
            f"家庭主要成员：妻 {g.name()} 教师；子 {g.name()} 学生",
        ],
    )

    n = g.name()
    add(
        "personnel/labour_contract.docx",
        "labour contract",
        ["personnel"],
        "劳动合同书",
        [],
        [
            "甲方：芦溪镇卫生院",
            f"乙方：{n}  身份证号：{g.resident_id(1995)}",
            f"住址：{g.address()}",
            f"联系电话：{(p := g.mobile())}",
            "合同期限：2025年1月1日至2027年12月31日，试用期三个月。",
            "岗位：护士。月工资4800元，按月发放。",
        ],
        phones=[p],
    )

    rows = [["姓名", "日期", "加班时段", "加班时长", "加班事由", "加班费"]]
    for _ in range(6):
        rows.append([g.name(), g.date(), "18:00-22:00", "4小时", "疫苗接种", "200"])
    add("personnel/overtime.csv", "overtime pay", ["personnel"], "3月加班登记及加班费核算", rows)

    rows = [["姓名", "性别", "出生年月", "学历", "专业", "笔试", "面试", "总成绩"]]
    for _ in range(5):
        rows.append([g.name(), "女", "1999.05", "大专", "护理", "72", "81", "77.4"])
    add(
        "personnel/recruit_scores_internal.xlsx",
        "recruitment scores (before publication)",
        ["personnel"],
        "编外护士招聘成绩汇总（公示前不得外泄）",
        rows,
    )

    # ---------------- financial ----------------
    add(
        "financial/bank_accounts.docx",
        "bank account confirmation",
        ["financial"],
        "银行账户信息确认函",
        [
            ["账户名称", "芦溪镇卫生院"],
            ["开户行", "中国农业银行开化县支行"],
            ["基本户账号", "1983 0201 0400 12345"],
            ["零余额账户", "1983 0201 0400 67890"],
        ],
    )

    n = g.name()
    add(
        "financial/reimbursement.txt",
        "reimbursement form",
        ["financial"],
        "费用报销单",
        [],
        [
            f"报销人：{n}  部门：公卫科",
            "事由：赴县疾控中心培训差旅费",
            "交通费：86.00  住宿费：360.00  伙食补助：200.00",
            "合计金额：646.00（大写：陆佰肆拾陆元整）",
            f"收款账号：{g.card()}  开户行：开化农商银行",
            "审核：  院长：",
        ],
    )

    n = g.name()
    add(
        "financial/loan_form.txt",
        "loan form",
        ["financial"],
        "借款单",
        [],
        [
            f"借款人：{n}",
            "借款事由：采购疫苗冷链温度计",
            "借款金额：人民币叁仟元整（¥3000.00）",
            "预计还款日期：2025年5月30日",
            "借款人签字：        分管领导：",
        ],
    )

    add(
        "financial/bank_slip.txt",
        "bank slip",
        ["financial"],
        "中国农业银行 电子回单",
        [],
        [
            "付款人户名：芦溪镇卫生院  付款人账号：19830201040012345",
            "收款人户名：开化县某某医药有限公司  收款人账号：33001616735059001234",
            "金额：¥48,620.00  用途：药款  交易流水号：2025031200458821",
        ],
    )

    rows = [["往来单位", "科目", "期初余额", "借方发生额", "贷方发生额", "期末余额"]]
    for unit in ["开化县某某医药有限公司", "县医保中心", "县卫健局", "某某医疗器械公司"]:
        rows.append(
            [
                unit,
                g.rng.choice(["应付账款", "其他应收款", "应收账款"]),
                g.money(1000, 90000),
                g.money(1000, 50000),
                g.money(1000, 50000),
                g.money(1000, 90000),
            ]
        )
    add("financial/arap.xlsx", "往来款 ledger", ["financial"], "2025年一季度往来款明细", rows)

    rows = [["科目编码", "科目名称", "上年决算", "本年预算", "增减"]]
    for code, subj in [
        ("4001", "财政拨款收入"),
        ("4101", "事业收入"),
        ("5001", "业务活动费用"),
        ("5101", "单位管理费用"),
        ("1002", "银行存款"),
    ]:
        rows.append(
            [code, subj, g.money(100000, 900000), g.money(100000, 900000), g.money(1000, 9000)]
        )
    add("financial/budget_2026.xlsx", "budget", ["financial"], "2026年部门预算表（草案）", rows)

    rows = [["姓名", "身份证号", "本月收入", "专项扣除", "应纳税所得额", "已扣税额"]]
    for _ in range(6):
        rows.append(
            [
                g.name(),
                g.resident_id(),
                g.money(6000, 9000),
                g.money(800, 1200),
                g.money(100, 2000),
                g.money(3, 60),
            ]
        )
    add(
        "financial/tax_list.csv",
        "income tax list",
        ["financial", "personnel"],
        "2025年4月个人所得税扣缴申报明细",
        rows,
    )

    rows = [["姓名", "身份证号", "缴费基数", "养老保险", "医疗保险", "失业保险", "个人合计"]]
    for _ in range(6):
        rows.append([g.name(), g.resident_id(), "5200", "416.00", "104.00", "26.00", "546.00"])
    add(
        "financial/social_security.xlsx",
        "social security list",
        ["financial", "personnel"],
        "社会保险费缴纳明细表",
        rows,
    )

    # ---------------- operations ----------------
    rows = [["系统名称", "使用人", "账号", "初始密码", "权限"]]
    for sysname in ["基本公共卫生服务系统", "HIS门诊", "免疫规划信息系统", "财务软件"]:
        rows.append(
            [
                sysname,
                g.name(),
                f"lx{g.rng.randint(1000, 9999)}",
                f"Lx@{g.rng.randint(100000, 999999)}",
                "录入",
            ]
        )
    add(
        "operations/system_accounts.xlsx",
        "system accounts and passwords",
        ["operations"],
        "信息系统账号密码分配表",
        rows,
    )

    rows = [["调阅日期", "调阅人", "调阅事由", "调阅时段", "摄像头位置", "审批人"]]
    for _ in range(4):
        rows.append([g.date(), g.name(), "药房失窃核查", "08:00-12:00", "药房门口", g.name()])
    add("operations/cctv_log.docx", "CCTV review log", ["operations"], "监控录像调阅登记表", rows)

    rows = [["日期", "车号", "驾驶员", "用车人", "目的地", "事由", "出车时间", "返回时间"]]
    for _ in range(5):
        rows.append(
            [
                g.date(),
                "浙H·3M271",
                g.name(),
                g.name(),
                f"{g.rng.choice(TOWNS)}镇{g.rng.choice(VILLAGES)}村",
                "入户随访",
                "08:30",
                "11:40",
            ]
        )
    add(
        "operations/vehicle_dispatch.csv",
        "vehicle dispatch",
        ["operations"],
        "公务用车派车登记",
        rows,
    )

    rows = [["供应商", "技术分", "商务分", "价格分", "总分", "排名"]]
    for s in ["开化县某某医疗器械有限公司", "衢州某某科技有限公司", "杭州某某医疗设备有限公司"]:
        rows.append(
            [
                s,
                str(g.rng.randint(30, 45)),
                str(g.rng.randint(10, 20)),
                str(g.rng.randint(20, 30)),
                str(g.rng.randint(70, 92)),
                str(g.rng.randint(1, 3)),
            ]
        )
    add(
        "operations/procurement_scores.docx",
        "procurement scoring before publication",
        ["operations"],
        "彩超设备采购评分汇总表（评审结果未公示，请勿外传）",
        rows,
    )

    # ---------------- medical ----------------
    rows = [["姓名", "身份证号", "疫苗名称", "剂次", "接种日期", "批号", "家长电话"]]
    ph = []
    for _ in range(6):
        ph.append(p := g.mobile())
        rows.append(
            [g.name(), g.resident_id(2024), "脊灰灭活疫苗", "第2剂", g.date(), "202403B12", p]
        )
    add(
        "medical/vaccination_register.xlsx",
        "vaccination register",
        ["medical"],
        "预防接种登记",
        rows,
        phones=ph,
    )

    rows = [
        ["姓名", "性别", "年龄", "住址", "联系电话", "随访日期", "血压", "空腹血糖", "用药情况"]
    ]
    ph = []
    for _ in range(6):
        ph.append(p := g.mobile())
        rows.append(
            [
                g.name(),
                "男",
                str(g.rng.randint(55, 85)),
                g.address(),
                p,
                g.date(),
                f"{g.rng.randint(120, 170)}/{g.rng.randint(70, 100)}",
                f"{g.rng.randint(50, 110) / 10}",
                g.rng.choice(["硝苯地平缓释片", "二甲双胍", "氨氯地平"]),
            ]
        )
    add(
        "medical/followup_list.csv",
        "chronic disease follow-up",
        ["medical"],
        "东风村一季度随访名单",
        rows,
        phones=ph,
    )

    rows = [["序号", "姓名", "身份证号", "住址", "收缩压", "舒张压", "空腹血糖", "备注"]]
    for i in range(1, 8):
        rows.append(
            [
                str(i),
                g.name(),
                g.resident_id(),
                g.address(),
                str(g.rng.randint(120, 170)),
                str(g.rng.randint(70, 100)),
                f"{g.rng.randint(50, 110) / 10}",
                "",
            ]
        )
    add(
        "medical/march_register.xlsx",
        "register without medical words in the title",
        ["medical"],
        "3月登记表",
        rows,
    )

    rows = [["日期", "姓名", "性别", "年龄", "住址", "初步诊断", "处理"]]
    for _ in range(8):
        rows.append(
            [
                g.date(),
                g.name(),
                g.rng.choice(["男", "女"]),
                str(g.rng.randint(3, 88)),
                g.address(),
                g.rng.choice(["上呼吸道感染", "急性胃肠炎", "高血压病", "腰肌劳损"]),
                "对症治疗",
            ]
        )
    add("medical/outpatient_log.txt", "outpatient log", ["medical"], "门诊日志", rows)

    rows = [["死者姓名", "性别", "身份证号", "死亡日期", "死亡地点", "直接死因", "根本死因"]]
    for _ in range(3):
        rows.append(
            [g.name(), "男", g.resident_id(1940), g.date(), "家中", "呼吸衰竭", "慢性阻塞性肺疾病"]
        )
    add("medical/death_register.docx", "death register", ["medical"], "居民死亡登记", rows)

    rows = [["姓名", "年龄", "联系电话", "末次月经", "孕周", "高危因素", "产检医院"]]
    ph = []
    for _ in range(5):
        ph.append(p := g.mobile())
        rows.append(
            [
                g.name(),
                str(g.rng.randint(22, 38)),
                p,
                g.date(),
                f"{g.rng.randint(8, 36)}周",
                g.rng.choice(["无", "妊娠期高血压", "高龄", "瘢痕子宫"]),
                "县妇保院",
            ]
        )
    add(
        "medical/pregnancy_list.xlsx",
        "pregnancy management list",
        ["medical"],
        "孕产妇管理名册",
        rows,
        phones=ph,
    )

    rows = [["姓名", "监护人", "监护人电话", "住址", "服药情况", "危险性评估", "随访日期"]]
    ph = []
    for _ in range(4):
        ph.append(p := g.mobile())
        rows.append(
            [g.name(), g.name(), p, g.address(), "规律服药", f"{g.rng.randint(0, 3)}级", g.date()]
        )
    add(
        "medical/mental_register.csv",
        "severe mental disorder register",
        ["medical"],
        "在管患者名册",
        rows,
        phones=ph,
    )

    rows = [["呼救时间", "呼救人", "呼救电话", "患者姓名", "地点", "病情", "送往医院"]]
    ph = []
    for _ in range(4):
        ph.append(p := g.mobile())
        rows.append(
            [
                g.date() + " 14:20",
                g.name(),
                p,
                g.name(),
                g.address(),
                g.rng.choice(["胸痛2小时", "跌倒致左髋部疼痛", "意识不清"]),
                "县人民医院",
            ]
        )
    add(
        "medical/ambulance_log.docx",
        "ambulance dispatch log",
        ["medical"],
        "出车登记",
        rows,
        phones=ph,
    )

    n = g.name()
    add(
        "medical/handover.txt",
        "nurse handover (prose)",
        ["medical"],
        "护理交班记录",
        [],
        [
            f"5床{n}，女，72岁，今日血压150/92mmHg，已予硝苯地平10mg口服，复测135/85mmHg。",
            f"8床{g.name()}，男，66岁，糖尿病，餐后血糖13.2mmol/L，已通知值班医生。",
            "交班人：护士甲  接班人：护士乙",
        ],
    )

    # ---------------- public look-alikes ----------------
    rows = [["序号", "姓名", "科室", "拟聘职称"]]
    for i in range(1, 5):
        rows.append([str(i), g.name(), g.rng.choice(["内科", "护理部"]), "主治医师"])
    add(
        "public/title_publicity.docx",
        "published 公示 list",
        [],
        "2025年度专业技术职务聘任人员名单公示",
        rows,
        [
            "经院务会研究，拟聘任以下人员，现予公示，公示期5个工作日。",
            f"如有异议，请向院办公室反映。联系电话：{OFFICE}",
        ],
        decoys=[("office", OFFICE)],
    )

    add(
        "public/blank_payroll.xlsx",
        "blank payroll form",
        [],
        "工资发放表（样表）",
        [
            ["姓名", "科室", "岗位工资", "薪级工资", "绩效工资", "实发金额"],
            ["", "", "", "", "", ""],
        ],
    )

    add(
        "public/blank_leave.docx",
        "blank leave form",
        [],
        "职工请假审批单（空白表）",
        [
            ["姓名", "", "科室", ""],
            ["请假类别", "", "天数", ""],
            ["起止时间", "", "联系电话", ""],
            ["科室意见", "", "分管院长意见", ""],
        ],
    )

    add(
        "public/filling_guide.txt",
        "filling guide with example values",
        [],
        "居民健康档案填表说明",
        [],
        [
            "一、姓名：填写居民身份证上的姓名，例：张三。",
            "二、身份证号：填写18位号码，例：110101199003070000。",
            "三、血压：填写测量值，例：120/80mmHg。",
            "四、联系电话：填写本人手机号码。",
            "五、本表由责任医生填写，填写完毕后归档。",
        ],
    )

    add(
        "public/leaflet_hypertension.txt",
        "health-education leaflet",
        [],
        "健康教育：高血压防治知识",
        [],
        [
            "高血压是最常见的慢性病之一，血压≥140/90mmHg即可诊断。",
            "空腹血糖≥7.0mmol/L应警惕糖尿病。",
            "患者应坚持规律服用硝苯地平、氨氯地平等降压药物，定期随访。",
            f"健康咨询电话：{HOTLINE}（{CENTRE}公共卫生科）",
        ],
        decoys=[("hotline", HOTLINE)],
    )

    rows = [
        ["月份", "门诊人次", "住院人次", "高血压患者管理人数", "糖尿病患者管理人数", "规范管理率"]
    ]
    for m in range(1, 7):
        rows.append(
            [
                f"{m}月",
                str(g.rng.randint(2000, 4000)),
                str(g.rng.randint(40, 120)),
                str(g.rng.randint(800, 900)),
                str(g.rng.randint(300, 400)),
                "78%",
            ]
        )
    add(
        "operations/statistics.xlsx",
        "unpublished business statistics",
        ["operations"],
        "2025年上半年基本公共卫生服务工作统计表",
        rows,
    )
    add(
        "public/statistics_bulletin.txt",
        "published statistics without people",
        [],
        "2025年上半年基本公共卫生服务工作情况",
        [],
        [
            "根据政务公开要求，现将我院2025年上半年基本公共卫生服务工作情况公布如下：",
            "门诊人次1.9万，住院人次420；高血压患者规范管理率78%，糖尿病患者规范管理率75%。",
            f"监督电话：{REPORT_LINE}",
        ],
        decoys=[("report line", REPORT_LINE)],
    )

    add(
        "public/notice_switchboard.txt",
        "notice with the centre's switchboard",
        [],
        "就诊须知",
        [],
        [
            f"{CENTRE}门诊时间：8:00-17:00，急诊24小时。",
            f"总机：{SWITCHBOARD}",
            f"急诊电话：{HOTLINE}",
            f"投诉举报电话：{REPORT_LINE}",
            "请携带身份证、医保卡就诊。",
        ],
        decoys=[("switchboard", SWITCHBOARD), ("hotline", HOTLINE), ("report line", REPORT_LINE)],
    )

    rows = [["项目名称", "单位", "收费标准（元）", "备注"]]
    for item in ["普通门诊诊查费", "静脉注射", "血常规", "心电图检查"]:
        rows.append([item, "次", g.money(2, 40), ""])
    add(
        "public/fee_list.docx",
        "published fee list",
        [],
        "医疗服务收费标准公示",
        rows,
        [f"价格咨询电话：{OFFICE}"],
        decoys=[("office", OFFICE)],
    )

    add(
        "public/tender_result.txt",
        "published procurement result",
        [],
        "彩超设备采购项目中标结果公告",
        [],
        [
            "采购人：芦溪镇卫生院",
            "中标供应商：杭州某某医疗设备有限公司",
            "中标金额：人民币386,000.00元",
            f"采购人联系方式：{OFFICE}",
            "公告期限：自本公告发布之日起1个工作日。",
        ],
        decoys=[("office", OFFICE)],
    )

    add(
        "public/vaccine_schedule.txt",
        "vaccination schedule leaflet",
        [],
        "儿童免疫规划疫苗接种程序（宣传）",
        [],
        [
            "乙肝疫苗：出生时第1剂，1月龄第2剂，6月龄第3剂。",
            "脊灰疫苗：2月龄、3月龄各1剂。",
            f"预防接种门诊咨询电话：{HOTLINE}",
        ],
        decoys=[("hotline", HOTLINE)],
    )

    add(
        "public/recruitment_notice.docx",
        "recruitment announcement",
        [],
        f"{CENTRE}2025年编外人员招聘公告",
        [],
        [
            "一、招聘岗位：护士2名，药剂1名。",
            "二、报名条件：大专及以上学历，取得相应资格证。",
            "三、待遇：月工资4000元起，缴纳社保。",
            f"报名咨询：院办公室，电话{OFFICE}，地址芦溪镇人民路88号。",
        ],
        decoys=[("office", OFFICE)],
    )

    add(
        "public/blank_reimbursement.txt",
        "blank reimbursement form",
        [],
        "费用报销单（模板）",
        [],
        [
            "报销人：______  部门：______",
            "事由：______",
            "合计金额：______",
            "收款账号：______",
            "审核：______  院长：______",
        ],
    )

    add(
        "public/annual_report.docx",
        "published annual report",
        [],
        f"{CENTRE}2024年度工作总结（政务公开）",
        [],
        [
            "全年门诊人次3.8万，同比增长6%。",
            "高血压规范管理率达78%，糖尿病规范管理率达75%。",
            "完成年度预算执行，收入1280万元，支出1250万元。",
            f"地址：芦溪镇人民路88号  总机：{SWITCHBOARD}",
        ],
        decoys=[("switchboard", SWITCHBOARD)],
    )

    # ---------------- more types the issue names (added in a second round) ----------------
    rows = [["资产编号", "资产名称", "规格型号", "原值", "累计折旧", "净值", "使用科室", "保管人"]]
    for k, item in enumerate(["全自动生化分析仪", "彩色多普勒超声", "救护车", "心电图机"], start=1):
        rows.append(
            [
                f"ZC2019{k:03d}",
                item,
                "—",
                g.money(50000, 600000),
                g.money(10000, 200000),
                g.money(10000, 400000),
                g.rng.choice(["检验科", "B超室", "办公室"]),
                g.name(),
            ]
        )
    add(
        "financial/asset_inventory.xlsx",
        "asset inventory",
        ["financial"],
        "2025年固定资产清查盘点表",
        rows,
    )

    rows = [["药品名称", "规格", "批号", "数量", "单价", "金额", "报损原因"]]
    for drug in ["阿莫西林胶囊", "头孢克肟片", "生理盐水"]:
        rows.append(
            [
                drug,
                "0.25g*24",
                "20230512",
                str(g.rng.randint(5, 40)),
                g.money(3, 30),
                g.money(50, 900),
                "过期失效",
            ]
        )
    add(
        "financial/drug_writeoff.docx",
        "drug write-off approval",
        ["financial", "operations"],
        "药品报损审批表",
        rows,
        [f"申请人：{g.name()}  药剂科负责人：{g.name()}  分管院长：{g.name()}"],
    )

    n = g.name()
    add(
        "medical/death_certificate.txt",
        "death certificate",
        ["medical"],
        "居民死亡医学证明（推断）书",
        [],
        [
            f"死者姓名：{n}  性别：女  身份证号：{g.resident_id(1938)}",
            f"常住地址：{g.address()}",
            "死亡日期：2025年2月3日  死亡地点：家中",
            "直接死亡原因：呼吸循环衰竭  根本死亡原因：肺癌",
            f"医师签名：{g.name()}",
        ],
    )

    add(
        "financial/fee_adjustment_draft.docx",
        "draft fee adjustment",
        ["financial"],
        "关于调整部分医疗服务项目价格的方案（讨论稿）",
        [
            ["项目", "现行价格", "拟调价格", "调整幅度"],
            ["普通门诊诊查费", "10", "15", "50%"],
            ["静脉输液", "6", "8", "33%"],
        ],
        ["经测算，调整后年增收约12万元。"],
    )

    add(
        "personnel/minutes_appointment.docx",
        "minutes on appointments",
        ["personnel"],
        "院务会会议纪要",
        [],
        [
            f"时间：2025年6月3日  主持：{g.name()}  出席：{g.name()}、{g.name()}、{g.name()}",
            f"会议研究决定：{g.name()}同志任公共卫生科科长；{g.name()}同志任护理部副主任，试用期一年。",
            f"对{g.name()}同志违反劳动纪律问题，给予通报批评，扣发当月绩效工资。",
        ],
    )

    add(
        "public/asset_disposal_notice.txt",
        "published asset disposal notice",
        [],
        "关于报废处置部分固定资产的公告",
        [],
        [
            "我院拟对已达使用年限的部分固定资产进行报废处置，现予公告。",
            f"公告期7天，如有异议请与院办联系，电话：{OFFICE}。",
        ],
        decoys=[("office", OFFICE)],
    )

    rows = [["姓名", "村卫生室", "基本公卫补助", "药品零差率补助", "合计", "签字"]]
    for v in VILLAGES[:5]:
        rows.append(
            [
                g.name(),
                f"{v}村卫生室",
                g.money(2000, 4000),
                g.money(800, 1600),
                g.money(3000, 5000),
                "",
            ]
        )
    add(
        "personnel/village_doctor_subsidy.csv",
        "village doctors' subsidy payout",
        ["personnel"],
        "2025年一季度乡村医生补助发放表",
        rows,
    )

    rows = [["姓名", "科室", "项目", "学分"]]
    for _ in range(5):
        rows.append(
            [
                g.name(),
                "内科",
                g.rng.choice(["全科医生转岗培训", "急救技能培训"]),
                str(g.rng.randint(2, 10)),
            ]
        )
    add(
        "personnel/cme_credits.xlsx",
        "continuing-education credits",
        ["personnel"],
        "继续教育学分登记",
        rows,
    )

    add(
        "public/cme_notice.txt",
        "published training notice",
        [],
        "关于举办2025年急救技能培训班的通知",
        [],
        [
            "各村卫生室、院内各科室：",
            "为提高急救技能，定于6月10日举办培训班，参加者授予继续教育Ⅱ类学分2分。",
            "请各单位于6月5日前报名。",
            f"联系电话：{OFFICE}（院办公室）",
        ],
        decoys=[("office", OFFICE)],
    )

    team = [g.name() for _ in range(4)]
    cards = [g.mobile() for _ in range(4)]
    add(
        "public/family_doctor_team.txt",
        "family doctor team card (published staff mobiles)",
        [],
        "芦溪镇家庭医生签约服务团队",
        [],
        [
            f"东风村团队：团队长 {team[0]}（全科医生）{cards[0]}，成员 {team[1]}（护士）{cards[1]}",
            f"前进村团队：团队长 {team[2]} {cards[2]}，成员 {team[3]} {cards[3]}",
            "签约居民可享受免费健康体检、慢病随访等服务。",
        ],
        phones=cards,
    )

    # ---------------- secret documents that carry the centre's switchboard ----------------
    n, p = g.name(), g.mobile()
    add(
        "medical/referral_letter.docx",
        "referral letter with letterhead",
        ["medical"],
        f"{CENTRE}双向转诊单",
        [],
        [
            f"地址：芦溪镇人民路88号  电话：{SWITCHBOARD}",
            f"患者姓名：{n}  性别：男  年龄：67岁  联系电话：{p}",
            f"住址：{g.address()}",
            "初步诊断：脑梗死恢复期  既往史：高血压10年",
            "转诊原因：需康复治疗",
        ],
        phones=[p],
        decoys=[("switchboard", SWITCHBOARD)],
    )

    n, p = g.name(), g.mobile()
    rows = [["值班日期", "值班人员", "手机", "值班电话"]]
    ph = []
    for _ in range(4):
        ph.append(p := g.mobile())
        rows.append([g.date(), g.name(), p, HOTLINE])
    add(
        "operations/duty_roster.xlsx",
        "duty roster with private mobiles",
        # personnel: who works when is the staff's work arrangement (the judgement of
        # benchmarks/heldout's truth, confirmed by the judges' aggregates: issue 9 round 3)
        ["personnel"],
        "5月值班安排表",
        rows,
        phones=ph,
        decoys=[("hotline", HOTLINE)],
    )
    _published_lookalikes(g, add)
    _rules_forms_and_plain_secrets(g, out, add, docs)
    return docs


ADDRESS = "芦溪镇人民路88号"
MAILBOX = "lxwsy_office@163.com"


def _published_lookalikes(g: Gen, add: Callable[..., None]) -> None:
    """Public look-alikes written for issue 9 before its code changed: the centre's own address in
    a letterhead, footer or signature, its mailbox, a leader's name, staff work mobiles, doctors on
    a public schedule, a procurement's published winners; and two secret documents that carry the
    centre's address beside a resident's home address, so that recall is watched too."""
    centre_addr = [("centre address", ADDRESS)]
    add(
        "public/notice_letterhead.txt",
        "notice with letterhead and footer address",
        [],
        f"{CENTRE}关于调整门诊时间的通知",
        [],
        [
            f"{CENTRE}  院址：{ADDRESS}  邮编：324300",
            "各位居民：自2025年7月1日起，夏季门诊时间调整为7:30-11:30、14:30-17:30。",
            "急诊24小时开放。特此通知。",
            f"单位地址：{ADDRESS}  电话：{SWITCHBOARD}",
        ],
        decoys=[*centre_addr, ("switchboard", SWITCHBOARD)],
    )
    leader = g.name()
    add(
        "public/service_guide.docx",
        "service guide with the leader's name and the centre's address",
        [],
        "出生医学证明办理服务指南",
        [],
        [
            "一、办理对象：在我院分娩的新生儿。",
            "二、所需材料：父母双方身份证、结婚证、住院分娩记录。",
            "三、办理时限：材料齐全即时办结。",
            f"四、办理地点：{CENTRE}门诊二楼妇保科，地址：{ADDRESS}",
            f"五、监督：分管院长{leader}，监督电话：{REPORT_LINE}",
        ],
        decoys=[*centre_addr, ("report line", REPORT_LINE)],
    )
    add(
        "public/recruitment_mailbox.txt",
        "recruitment notice with mailbox and address",
        [],
        f"{CENTRE}2025年招聘启事",
        [],
        [
            "因工作需要，现招聘临床医师2名、护士3名。",
            "应聘条件：全日制大专及以上学历，具有执业资格，年龄35周岁以下。",
            f"报名方式：简历发送至招聘邮箱{MAILBOX}，或现场报名。",
            f"报名地点：{CENTRE}（{ADDRESS}）三楼院办公室。",
        ],
        decoys=[*centre_addr, ("mailbox", MAILBOX)],
    )
    doctors = [g.name() for _ in range(6)]
    rows = [["星期", "内科", "外科", "中医科"]]
    for i, day in enumerate(["周一", "周三"]):
        rows.append([day, *doctors[3 * i : 3 * i + 3]])
    add(
        "public/outpatient_schedule.docx",
        "published doctors' schedule",
        [],
        "门诊医生坐诊安排表（公示）",
        rows,
        [
            "请广大患者合理安排就诊时间，高血压、糖尿病患者请携带随访本。",
            f"地址：{ADDRESS}  咨询电话：{HOTLINE}",
        ],
        decoys=[*centre_addr, ("hotline", HOTLINE)],
    )
    winners = [g.name() for _ in range(3)]
    add(
        "public/procurement_winners.txt",
        "published procurement winners with their contacts",
        [],
        "药品耗材配送服务采购项目成交结果公告",
        [],
        [
            f"采购人：{CENTRE}  地址：{ADDRESS}",
            "成交供应商：",
            f"第一包：衢州某某医药有限公司，项目负责人：{winners[0]}，成交金额：12.6万元",
            f"第二包：开化某某医疗器械有限公司，项目负责人：{winners[1]}，成交金额：8.3万元",
            f"第三包：浙江某某药业有限公司，项目负责人：{winners[2]}，成交金额：5.1万元",
            f"采购人联系方式：{OFFICE}  公告期限：1个工作日。",
        ],
        decoys=[*centre_addr, ("office", OFFICE)],
    )
    add(
        "public/price_publicity.xlsx",
        "published drug price list",
        [],
        "常用药品价格公示",
        [
            ["药品名称", "规格", "单位", "零售价（元）"],
            ["硝苯地平缓释片", "10mg×30片", "盒", g.money(8, 30)],
            ["二甲双胍片", "0.5g×48片", "盒", g.money(5, 20)],
            ["阿莫西林胶囊", "0.25g×24粒", "盒", g.money(5, 15)],
            ["奥美拉唑肠溶胶囊", "20mg×14粒", "盒", g.money(6, 25)],
        ],
        [f"价格监督：{CENTRE}，地址：{ADDRESS}，举报电话：{REPORT_LINE}"],
        decoys=[*centre_addr, ("report line", REPORT_LINE)],
    )
    staff, mob = g.name(), g.mobile()
    add(
        "public/science_diabetes.txt",
        "science article with a staff work mobile",
        [],
        "科普：糖尿病患者如何控制血糖",
        [],
        [
            "糖尿病诊断标准：空腹血糖≥7.0mmol/L或餐后2小时血糖≥11.1mmol/L。",
            "患者应控制饮食，规律运动，遵医嘱服用二甲双胍、格列美脲等药物，定期监测糖化血红蛋白。",
            "出现视物模糊、手脚麻木等并发症症状应及时就诊。",
            f"供稿：{CENTRE}慢病科 {staff}（工作手机{mob}）",
            f"{CENTRE} 地址：{ADDRESS}",
        ],
        phones=[mob],
        decoys=centre_addr,
    )
    people = [g.name() for _ in range(4)]
    rows = [["序号", "姓名", "性别", "学历", "拟聘岗位"]]
    for i, n in enumerate(people, 1):
        rows.append([str(i), n, g.rng.choice(["男", "女"]), "本科", "护士"])
    add(
        "public/hire_publicity_closed.docx",
        "公示 after its period",
        [],
        "2025年公开招聘拟聘用人员公示",
        rows,
        [
            "公示期：2025年5月6日至5月12日（公示期已满，无异议）。",
            f"{CENTRE}  单位地址：{ADDRESS}  电话：{OFFICE}",
        ],
        decoys=[*centre_addr, ("office", OFFICE)],
    )

    add(
        "public/department_directory.txt",
        "published department numbers without a phone label",
        [],
        f"{CENTRE}便民服务指引",
        [],
        [
            "门诊时间：周一至周日 8:00-17:00。",
            f"院办公室 {OFFICE}；公共卫生科：{REPORT_LINE}",
            f"急诊室（24小时）{HOTLINE}",
            f"{CENTRE} {SWITCHBOARD}",
        ],
        decoys=[
            ("office", OFFICE),
            ("report line", REPORT_LINE),
            ("hotline", HOTLINE),
            ("switchboard", SWITCHBOARD),
        ],
    )
    add(
        "public/notice_signature.txt",
        "notice signed with the centre's number below its name and date",
        [],
        "关于开展免费妇女两癌筛查的通知",
        [],
        [
            "辖区35-64周岁妇女可于6月1日至6月30日到我院免费参加宫颈癌、乳腺癌筛查。",
            "请携带身份证，空腹前来。",
            CENTRE,
            "2025年5月20日",
            f"联系电话：{OFFICE}",
        ],
        decoys=[("office", OFFICE)],
    )
    n, land = g.name(), "0570-6037712"
    add(
        "medical/screening_form.txt",
        "screening form: the resident's landline under her name",
        ["medical"],
        f"{CENTRE}两癌筛查登记表",
        [],
        [
            f"姓名：{n}  年龄：52岁",
            f"联系电话：{land}",
            "宫颈细胞学检查：异常，建议阴道镜检查。乳腺彩超：BI-RADS 3类。",
        ],
        phones=[land],
    )
    n, p, home_line = g.name(), g.mobile(), "0570-6025581"
    add(
        "medical/phone_log.txt",
        "phone log: a resident's landline and mobile without labels",
        ["medical"],
        "公共卫生科来电登记",
        [],
        [
            f"3月5日 {n} {p} 反映其母血压180/110mmHg，头晕，已安排上门随访。",
            f"3月6日 {g.name()} {home_line} 咨询家中老人高血压用药，诊断：高血压3级。",
        ],
        phones=[p, home_line],
    )

    # ---------------- secret: the centre's address beside a resident's home address ----------
    n, p = g.name(), g.mobile()
    add(
        "medical/home_visit.txt",
        "home-visit record on letterhead",
        ["medical"],
        f"{CENTRE}上门随访记录",
        [],
        [
            f"{CENTRE}  院址：{ADDRESS}  电话：{SWITCHBOARD}",
            f"患者：{n}  家庭住址：{g.address()}  联系电话：{p}",
            "血压：152/96mmHg  空腹血糖：8.2mmol/L",
            "用药：氨氯地平5mg 每日一次。随访医生签名：______",
        ],
        phones=[p],
        decoys=[*centre_addr, ("switchboard", SWITCHBOARD)],
    )
    n, p = g.name(), g.mobile()
    add(
        "personnel/disciplinary_notice.docx",
        "internal 通知 about a staff member",
        ["personnel"],
        "关于对职工违规行为处理的通知（内部）",
        [],
        [
            f"{n}，女，身份证号{g.resident_id(1988)}，现住{g.address()}，手机{p}。",
            "该同志于2025年3月多次无故缺勤，经院务会研究，给予警告处分，扣发当月绩效工资。",
            "此件不公开。",
            f"{CENTRE}  地址：{ADDRESS}",
        ],
        phones=[p],
        decoys=centre_addr,
    )


def _rules_forms_and_plain_secrets(
    g: Gen, out: Path, add: Callable[..., None], docs: list[Doc]
) -> None:
    """Issue 9 round 3, written before the rules they tune: published rules (articles, a date of
    entry into force, duties such as 不得泄露), blank forms of every category, training material
    that talks about records, pay and passwords in general; and secret documents with no
    personal data at all (a cost sheet, a procurement plan, an expansion plan, minutes with a
    secrecy instruction) and with a mark in a form seen on county letters (a bare 秘密 in a page
    header, 机密 alone on a PDF's first line, 内部资料 注意保存 in markdown bold)."""
    articles = [
        "第一条 为规范处方管理，保障患者用药安全，根据《处方管理办法》，制定本制度。",
        "第二条 处方由注册的执业医师开具，药师审核、调配、核对后发药。",
        "第三条 处方一般不得超过7日用量；急诊处方一般不得超过3日用量。",
        "第四条 医务人员应当保护患者隐私，不得泄露患者的病情和诊断。",
        "第五条 处方保存期限为一年，麻醉药品处方保存三年。",
        "第六条 本制度自发布之日起施行，由医务科负责解释。",
    ]
    add("public/rule_prescription.txt", "published rule", [], "处方管理制度", [], articles)
    add(
        "public/rule_attendance.docx",
        "published rule about leave and attendance",
        [],
        f"{CENTRE}职工考勤管理办法",
        [],
        [
            "第一章 总则",
            "第一条 为加强劳动纪律，结合本院实际，制定本办法。",
            "第二章 请假",
            "第二条 职工请病假应当提交医疗机构证明；事假每次不得超过3天。",
            "第三条 年休假按国家规定执行，由科室统筹安排。",
            "第四条 考勤结果与年度考核、绩效工资挂钩。",
            "第三章 附则",
            "第五条 本办法自2025年1月1日起执行。",
        ],
    )
    add(
        "public/rule_secrecy.md",
        "the secrecy rule itself, naming every category",
        [],
        "工作秘密管理制度",
        [],
        [
            "第一条 本制度所称工作秘密，包括患者病历、人事档案、薪酬、年度预算、决算、成本核算、",
            "采购计划、供应商报价、合作协议以及上级要求保密的事项。",
            "第二条 涉密文件应当标注“秘密”及保密期限，不得擅自复制，不得对外公开。",
            "第三条 全体职工应当遵守本制度，违者视情节给予处分。",
            "第四条 本制度自印发之日起施行。",
        ],
    )
    add(
        "public/blank_procurement_request.xlsx",
        "blank procurement request form",
        [],
        "采购申请表",
        [
            ["申请科室", "物品名称", "规格型号", "采购数量", "预算单价", "预算金额", "申请理由"],
            ["", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["科室负责人签字", "", "分管院长意见", "", "日期", "年  月  日", ""],
        ],
    )
    add(
        "public/blank_evaluation.docx",
        "blank annual evaluation form",
        [],
        "年度考核登记表",
        [
            ["姓名", "", "性别", "", "出生年月", ""],
            ["科室", "", "职务", "", "职称", ""],
            ["个人总结", "", "", "", "", ""],
            ["考核等次", "□优秀 □合格 □基本合格 □不合格", "", "", "", ""],
        ],
        ["填表日期：    年  月  日"],
    )
    add(
        "public/blank_asset_card.txt",
        "blank fixed-asset card",
        [],
        "固定资产卡片",
        [],
        [
            "资产编号：________  资产名称：________",
            "规格型号：________  原值（元）：________",
            "使用科室：________  保管人：________",
            "购置日期：    年  月  日  报废日期：    年  月  日",
        ],
    )
    add(
        "public/training_records.txt",
        "training material on writing records",
        [],
        "病历书写规范培训讲义",
        [],
        [
            "一、主诉的写法：应当简明，一般不超过20个字，例如“咳嗽3天”。",
            "二、现病史：记录发病时间、症状、诊疗经过，注意与既往史区分。",
            "三、初步诊断应当规范，入院记录须在24小时内完成。",
            "四、处方与医嘱应当一致，病程记录按时书写。",
        ],
    )
    add(
        "public/training_emr.docx",
        "training guide to the records system with an example password",
        [],
        "电子病历系统操作培训课件",
        [],
        [
            "1. 登录：输入工号，初始密码：Emr@2025（首次登录后须修改）。",
            "2. 新建病历：选择患者，填写主诉、现病史、既往史。",
            "3. 开具医嘱：录入药品名称、剂量、用法。",
            "练习：请按示例患者资料完成一份门诊病历。",
        ],
    )
    add(
        "public/training_drill.xlsx",
        "training schedule of an emergency drill",
        [],
        "应急演练培训安排",
        [
            ["时间", "内容", "地点"],
            ["9:00", "应急预案讲解", "二楼会议室"],
            ["10:00", "火灾疏散演练", "门诊大厅"],
        ],
    )
    # ---- secret documents with no personal data
    rows = [
        ["科室", "人员经费", "药品耗材", "固定资产折旧", "其他费用", "成本合计", "收入", "结余"]
    ]
    for dept in ("内科", "外科", "公卫科", "检验科", "放射科"):
        rows.append([dept, *(g.money(20000, 90000) for _ in range(7))])
    add(
        "financial/cost_sheet.csv",
        "department cost accounting",
        ["financial"],
        "2025年三季度科室成本核算表",
        rows,
    )
    rows = [["序号", "设备名称", "数量", "预算单价（万元）", "预算金额（万元）", "拟采购时间"]]
    for i, item in enumerate(("彩色多普勒超声仪", "全自动生化分析仪", "数字化X线摄影系统"), 1):
        rows.append([str(i), item, "1", g.money(20, 90), g.money(20, 90), "2026年3月"])
    add(
        "operations/equipment_plan.docx",
        "equipment procurement plan",
        ["operations"],
        "2026年医疗设备购置计划",
        rows,
        ["经院务会讨论，拟购置以下设备，资金来源为财政专项资金。"],
    )
    add(
        "operations/expansion_plan.txt",
        "expansion plan with figures",
        ["financial", "operations"],
        "门诊综合楼扩建方案",
        [],
        [
            "一、建设内容：新增门诊用房2400平方米，设床位30张。",
            "二、投资估算：总投资860万元，其中财政补助500万元，自筹360万元。",
            "三、进度安排：2026年4月开工，2027年6月竣工。",
            "四、预计新增门诊人次每年1.2万。",
        ],
    )
    add(
        "other/minutes_trusteeship.txt",
        "minutes of a cooperation meeting with a secrecy instruction",
        ["other"],
        "医共体托管工作座谈会记录",
        [],
        [
            "时间：2025年9月20日  地点：院行政楼会议室",
            "县医院拟托管我院，托管期5年，派驻执行院长，财务统一核算。",
            "方案报县政府审定，会前不得对外透露。",
        ],
    )
    # ---- marks written the way county letters write them
    path = "other/county_notice_header_mark.docx"
    make_docx(
        out / path,
        [
            "关于做好疫情信息管理的通知",
            "各卫生院：",
            "病例信息由县疾控统一发布，各单位不得自行发布。",
        ],
        header="秘密",
    )
    docs.append(Doc(path, "marked county letter: 秘密 alone in the page header", ["other"]))
    path = "other/county_plan_state_mark.pdf"
    make_pdf(
        out / path,
        ["机密\n突发事件应急处置方案（摘要）\n核心内容见正式文件，各单位不得留存电子版。"],
    )
    docs.append(Doc(path, "state-secret mark alone on the first line of a PDF", ["other"]))
    path = "other/county_bulletin_internal.md"
    make_text(
        out / path,
        "**内部资料 注意保存**\n\n# 全县督查情况通报\n\n一、发现问题：部分卫生院处方点评不合格。\n",
    )
    docs.append(Doc(path, "bulletin marked 内部资料 注意保存 in markdown bold", ["other"]))


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument(
        "out",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parent / "corpus",
        help="folder to write (default: benchmarks/tune/corpus)",
    )
    out = parser.parse_args(argv).out
    docs = build(out)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for d in docs:
            rec = {
                "path": d.path,
                "kind": d.kind,
                "categories": d.categories,
                "secret": bool(d.categories),
                "entities": [{"entity_type": "CN_PHONE", "value": p} for p in d.phones],
                "decoys": [{"kind": k, "value": v} for k, v in d.decoys],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
