"""Entities missed or invented on documents by other authors (issue 9, items 1-3, round 10).

Each case is a cause, not a string: a place's name read as a person's (柏树 + 坪镇卫生院), the
sample names of a filling guide (张三, 李四), a name masked on purpose (冯*贵), a role that names a
person (领取人, 责任人, 户主, 监考人), a name after 父/母 in a family line, a name joined to
another by 和, the first item of a list a verb runs into, a disease read whole as a name (静脉炎),
and visit numbers with a two-digit year (MZ26101844). Each is beside its look-alike, which must
stay unreported.

Real files (docx, xlsx, text, PDF) are written here and read by the installed ``baomi scan`` in
one subprocess; every name and number is invented.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.clirun import BAOMI, needs_script
from tests.docmaker import make_docx, make_table_pdf, make_text, make_xlsx

# file name -> (entity type, value) that must be found
SECRET: dict[str, list[tuple[str, str]]] = {
    "family.docx": [("PERSON", "邝明远"), ("PERSON", "祁永红"), ("PERSON", "秦素琴")],
    "keys.txt": [("PERSON", "卜爱玲"), ("PERSON", "扈秋菊")],
    "awards.docx": [("PERSON", "缑立新"), ("PERSON", "訾晓燕"), ("PERSON", "盖文杰")],
    "ledger.xlsx": [("PERSON", "谢国良"), ("PERSON", "卜秀英")],
    "visit.txt": [("PERSON", "伍长庚")],
    "news.txt": [("PERSON", "黄丽萍"), ("PERSON", "覃明月")],
    "adr.pdf": [
        ("CN_MEDICAL_RECORD_NO", "ZY2610-0287"),
        ("CN_MEDICAL_RECORD_NO", "MZ26101844"),
    ],
}
# file name -> values that must not be reported as entities
LOOK_ALIKES: dict[str, list[str]] = {
    "family.docx": ["母秦素琴", "父祁永红"],
    "notice.docx": ["柏树", "柏树坪"],
    "guide.md": ["张三", "李四", "王五"],
    "publicity.md": ["冯*贵", "杜*林", "柴*珍"],
    "adr.pdf": ["静脉炎"],
    "models.txt": ["MZ2613-05", "MZ26001844"],
    "blank.docx": ["申请人", "满意度"],
    "news.txt": ["黄丽", "覃明"],
}


def _write(folder: Path) -> None:
    make_docx(
        folder / "family.docx",
        ["拟聘人员政审材料"],
        tables=[
            [
                ["姓名", "邝明远"],
                ["家庭成员", "父祁永红，某镇干部；母秦素琴，务农"],
            ]
        ],
    )
    make_text(
        folder / "keys.txt",
        "四、危化品间：双人双锁，钥匙分别由卜爱玲和扈秋菊保管，督查期间不得交给他人。\n",
    )
    make_docx(
        folder / "awards.docx",
        ["经科室推荐、院务会研究，拟评选缑立新、訾晓燕、盖文杰三位同志为年度先进个人。"],
    )
    make_xlsx(
        folder / "ledger.xlsx",
        {
            "登记": [
                ["序号", "死亡原因", "领取人", "调拨责任人"],
                [1, "脑梗死", "谢国良", "卜秀英"],
            ]
        },
    )
    make_text(
        folder / "visit.txt",
        "第一户在枫树坪村3组，户主伍长庚72岁，去年做了胃癌手术，现在能吃半碗饭。\n",
    )
    make_text(
        folder / "news.txt",
        "12月2日，副县长黄丽萍一行到我院调研医共体建设。\n"
        "11月18日至22日，妇幼保健医生覃明月带队，在5个村完成两癌筛查。\n",
    )
    make_table_pdf(
        folder / "adr.pdf",
        [
            [
                ["姓名", "性别", "住院号", "可疑药品", "不良反应"],
                ["郑桂英", "女", "ZY2610-0287", "头孢曲松钠", "皮疹"],
                ["石国平", "男", "MZ26101844", "左氧氟沙星注射液", "静脉炎"],
            ]
        ],
        columns=[40, 110, 160, 260, 420],
        title="药品不良反应报告汇总",
    )
    make_docx(
        folder / "notice.docx",
        [
            "柏树坪镇卫生院：",
            "请于12月10日前报送材料。地址：洵河县柏树坪镇正街56号。",
            "新年寄语：守护柏树坪镇马道河村乡亲的健康。",
        ],
    )
    make_text(
        folder / "guide.md",
        "# 填写说明\n\n"
        "患者姓名：如 李四；母亲姓名：张三（填写身份证上的姓名）。\n\n"
        "| 姓名 | 王五 | 与人事档案一致 |\n",
    )
    make_text(
        folder / "publicity.md",
        "# 补助发放公示\n\n| 村 | 姓名 | 金额 |\n|---|---|---|\n"
        "| 椒园村 | 冯*贵 | 300 |\n| 黄草坝村 | 杜*林 | 300 |\n| 三岔河村 | 柴*珍 | 300 |\n",
    )
    make_text(folder / "models.txt", "设备型号 MZ2613-05 监护仪；出厂编码 MZ26001844。\n")
    make_docx(
        folder / "blank.docx",
        ["宿舍申请表"],
        tables=[[["申请人", "", "科室", ""], ["考核项目", "患者满意度", "签名", ""]]],
    )


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("other_authors")
    _write(folder)
    assert BAOMI is not None
    proc = subprocess.run(
        [BAOMI, "scan", str(folder), "--format", "jsonl", "--reveal"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 3), proc.stderr
    out: dict[str, list[tuple[str, str]]] = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        out[Path(record["path"]).name] = [
            (f["entity_type"], f["value"]) for f in record.get("findings") or []
        ]
    return out


@pytest.mark.slow
@needs_script
@pytest.mark.parametrize("name", sorted(SECRET))
def test_missed_entities_are_found(scanned: dict[str, list[tuple[str, str]]], name: str) -> None:
    found = scanned[name]
    for wanted in SECRET[name]:
        assert wanted in found, (name, wanted, found)


@pytest.mark.slow
@needs_script
@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alikes_are_not_reported(scanned: dict[str, list[tuple[str, str]]], name: str) -> None:
    values = [v for _t, v in scanned.get(name, [])]
    for word in LOOK_ALIKES[name]:
        assert word not in values, (name, word, values)
    if name in ("notice.docx", "guide.md", "publicity.md", "models.txt", "blank.docx"):
        assert not any(t in ("PERSON", "CN_MEDICAL_RECORD_NO") for t, _v in scanned[name])


@pytest.mark.slow
@needs_script
def test_reasons_carry_no_value(tmp_path: Path) -> None:
    """The table output (values masked) and the reasons never show a name found here."""
    _write(tmp_path)
    assert BAOMI is not None
    proc = subprocess.run(
        [BAOMI, "scan", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 3), proc.stderr
    for value in ("祁永红", "秦素琴", "扈秋菊", "缑立新", "谢国良", "伍长庚", "MZ26101844"):
        assert value not in proc.stdout
        assert value not in proc.stderr


# The same readings through the engine in this process (quick tier).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("家庭成员：父祁永红，某镇干部；母秦素琴，务农。", ["祁永红", "秦素琴"]),
        ("钥匙分别由卜爱玲和扈秋菊保管。", ["卜爱玲", "扈秋菊"]),
        ("拟评选缑立新、訾晓燕、盖文杰三位同志为先进个人。", ["缑立新", "訾晓燕", "盖文杰"]),
        ("户主伍长庚72岁，去年做了手术。", ["伍长庚"]),
        ("子女：訾子墨，某公司职员。", ["訾子墨"]),
        ("检测编号：VCT26-031，姓名（可化名）：阿明", []),
        ("姓名：阿依古丽，女，32岁", ["阿依古丽"]),
        ("子女均在外地务工，无子女随住。", []),
        ("报告人：訾建平，柏树坪镇卫生院院长", ["訾建平"]),
        ("其父母双亡，由祖母抚养。", []),
        ("王芳和高血压患者谈话。", ["王芳"]),
        ("明确责任人，落实整改。", []),
        ("柏树坪镇卫生院：", []),
        ("患者姓名：如 李四；母亲姓名：张三。", []),
        ("注：吴立军原登记卡号有误，本月起改用新卡。", ["吴立军"]),
        ("王秀英现住城关镇。", ["王秀英"]),
        ("考核项目：患者满意度", []),
        ("患者买买提，男，45岁", ["买买提"]),
        ("门诊退费登记\n退费方式：现金、微信、支付宝\n支付宝", []),
        ("脱敏处理后上报，经办人：支立新", ["支立新"]),
        ("12月2日，副县长黄丽萍一行到我院调研。", ["黄丽萍"]),
        ("11月18日，妇幼保健医生覃明月带队，在5个村完成筛查。", ["覃明月"]),
        ("会议由王芳主持，刘洋一行列席。", ["王芳", "刘洋"]),
    ],
)
def test_names_in_text(found, text: str, names: list[str]) -> None:
    persons = [v for t, v in found(text) if t == "PERSON"]
    assert sorted(persons) == sorted(names)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("郑桂英 女 63 ZY2611-0317 头孢呋辛钠 皮疹", "ZY2611-0317"),
        ("钱德明 男 45 MZ26110542 左氧氟沙星", "MZ26110542"),
        ("型号 MZ2613-05 监护仪", None),
        ("出厂编码 MZ26001844", None),
        ("门诊号：填写收据上的门诊号（如 MZ2026000000）。", None),
    ],
)
def test_visit_numbers_with_a_two_digit_year(found, text: str, number: str | None) -> None:
    numbers = [v for t, v in found(text) if t == "CN_MEDICAL_RECORD_NO"]
    assert numbers == ([number] if number else [])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("预约电话：0916-5831200，地址：洵河县柏树坪镇正街56号。", False),
        ("采购人：石塘镇卫生院（临江县石塘镇振兴路102号）", False),
        ("报价地点：洵河县柏树坪镇正街56号总务科。", False),
        ("预约电话：0916-5831200，住址：洵河县城关镇滨河路9号3栋201室", True),
        ("患者住址：洵河县城关镇滨河路9号3栋201室，电话：13700001234", True),
    ],
)
def test_the_centres_published_address(found, text: str, kept: bool) -> None:
    """The centre's own address beside a service line, in brackets after its name, or with one of
    its offices after it, is published; a home address on such a line stays."""
    addresses = [v for t, v in found(text) if t == "CN_ADDRESS"]
    assert bool(addresses) == kept, addresses
