"""What makes a document published, against its internal look-alike: a heading that calls the
document a publication outweighs subject words (内部控制, 商业秘密, 严格保密) but not a draft or an
internal publicity; a reporter's byline makes news; the standard sections of a budget disclosure
make a disclosure; a teaching text that tells its reader to keep it in is no published teaching
(scanner/detect/classify.py ``_announced``, ``_published_shape``; rules/categories.yaml public)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_text


def _scan(scanner: Scanner, tmp_path: Path, text: str) -> tuple[list[str], bool]:
    result = scanner.scan_file(make_text(tmp_path / "doc.txt", text + "\n"))
    return list(result.categories), result.public


def _secret(scanner: Scanner, tmp_path: Path, text: str) -> list[str]:
    """The categories of a document that must not be called public."""
    cats, public = _scan(scanner, tmp_path, text)
    assert not public
    return cats


FINAL_ACCOUNTS = (
    "一、收入支出决算总体情况：2025年度收入总计523.47万元，支出总计518.90万元。\n"
    "二、财政拨款支出决算231.06万元。\n"
    "三、下一步将进一步加强内部控制，规范财务管理。"
)
RECRUITMENT = (
    "一、招聘岗位：临床医师1名、护士2名，月薪4000-5500元。\n"
    "二、报名时间：2026年3月1日至3月10日。\n"
    "三、我院对应聘人员个人信息严格保密。"
)
AWARD = (
    "中标供应商：湖南康远医疗器械有限公司，中标金额：119.8万元。\n"
    "评审过程中涉及供应商商业秘密的内容不予公开。"
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("青石镇卫生院2025年度部门决算公开说明", FINAL_ACCOUNTS),
        ("2026年青石镇卫生院公开招聘编外工作人员公告", RECRUITMENT),
        ("DR设备采购项目中标结果公告", AWARD + "\n特此公告。"),
    ],
)
def test_a_publication_heading_outweighs_subject_words(
    scanner: Scanner, tmp_path: Path, title: str, body: str
) -> None:
    assert _scan(scanner, tmp_path, f"{title}\n{body}") == ([], True)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("青石镇卫生院2025年度部门决算公开说明（内部）", FINAL_ACCOUNTS),  # 内部 in the heading
        ("2026年公开招聘编外工作人员公告（征求意见稿）", RECRUITMENT),  # a draft
        ("DR设备采购项目中标结果", AWARD),  # no publication in the heading
        ("2026年公开招聘面试成绩", RECRUITMENT),  # open recruitment is no publication
    ],
)
def test_the_internal_look_alikes_stay_secret(
    scanner: Scanner, tmp_path: Path, title: str, body: str
) -> None:
    assert _secret(scanner, tmp_path, f"{title}\n{body}")


NEWS = (
    "大坪镇卫生院召开2026年工作会议\n"
    "1月8日，大坪镇卫生院召开2026年工作会议，院长作工作报告。2025年全院门诊人次5.8万，"
    "完成年度目标任务的103%，业务收入同比增长6%。"
)


@pytest.mark.parametrize("byline", ["（记者 谭红 摄影 李娜）", "（供稿：大坪镇卫生院 办公室）"])
def test_news_signed_by_its_reporter_is_published(
    scanner: Scanner, tmp_path: Path, byline: str
) -> None:
    assert _scan(scanner, tmp_path, f"{NEWS}\n{byline}") == ([], True)


def test_a_plan_that_keeps_reporters_out_is_no_news(scanner: Scanner, tmp_path: Path) -> None:
    plan = (
        "青石镇卫生院突发事件应急处置方案\n"
        "一、信息报告：发生事件后30分钟内报告院长，院长1小时内报告县卫健局。\n"
        "二、信息发布：由院办公室统一发布，任何人不得擅自接受记者采访。\n"
        "三、物资保障：应急物资储备金5万元，由总务科管理。\n"
        "四、值班安排：院长陈志刚 13807391234"
    )
    assert "operations" in _secret(scanner, tmp_path, plan)


def test_the_same_figures_in_an_unsigned_report_are_operations(
    scanner: Scanner, tmp_path: Path
) -> None:
    assert "operations" in _secret(
        scanner, tmp_path, NEWS.replace("召开2026年工作会议\n", "工作会议材料\n")
    )


DISCLOSURE = (
    "今年1-6月，我院预算支出执行231.5万元，执行率47.6%。“三公”经费支出0.8万元。\n"
    "名词解释：基本支出指为保障机构正常运转发生的支出。"
)


def test_the_sections_of_a_budget_disclosure_make_it_published(
    scanner: Scanner, tmp_path: Path
) -> None:
    text = f"关于2026年部门预算执行情况的说明\n{DISCLOSURE}"
    assert _scan(scanner, tmp_path, text) == ([], True)


@pytest.mark.parametrize(
    "text",
    [
        f"关于2026年部门预算执行情况的说明（草案）\n{DISCLOSURE}",  # a draft
        # one section is a line of an internal report, not a disclosure
        "关于2026年部门预算执行情况的说明\n今年1-6月，我院预算支出执行231.5万元，执行率47.6%。"
        "“三公”经费支出0.8万元。",
    ],
)
def test_a_budget_report_with_one_section_or_a_draft_is_financial(
    scanner: Scanner, tmp_path: Path, text: str
) -> None:
    assert "financial" in _secret(scanner, tmp_path, text)


def test_a_test_paper_kept_in_is_secret_and_the_course_is_not(
    scanner: Scanner, tmp_path: Path
) -> None:
    paper = "保密知识试题（考前）\n1．工作秘密包括哪几类？\n2．借阅需经哪些人审批？\n3．销毁需几级审批？"
    assert _scan(scanner, tmp_path, paper) == ([], True)
    assert _secret(scanner, tmp_path, paper + "\n考前请勿外传。")


FEE_CHANGE = "经县医保局批准，自7月1日起调整以下项目：一般诊疗费由10元调整为12元。"


def test_a_fee_change_that_invites_supervision_is_published(
    scanner: Scanner, tmp_path: Path
) -> None:
    text = (
        f"关于2026年医疗服务价格调整的说明\n{FEE_CHANGE}\n欢迎群众监督。价格咨询电话：0739-5821006"
    )
    assert _scan(scanner, tmp_path, text) == ([], True)


@pytest.mark.parametrize(
    "text",
    [
        # a draft that gives a number to ask is still a draft
        f"关于医疗服务价格调整的方案（征求意见稿）\n{FEE_CHANGE}\n咨询电话：0739-5821006",
        # one number to call in an internal workflow is no invitation to the public
        "门诊投诉处理流程\n一、患者投诉由门诊办公室受理，投诉电话：8801。\n"
        "二、涉及赔偿的报院长审批，赔偿金额超过2000元的报院务会。\n"
        "三、投诉处理结果纳入科室绩效考核，每起扣绩效200元。",
    ],
)
def test_a_draft_or_a_workflow_with_a_phone_to_call_stays_secret(
    scanner: Scanner, tmp_path: Path, text: str
) -> None:
    assert _secret(scanner, tmp_path, text)


BUDGET_TABLES = (
    "部门收支总表 单位：万元\n"
    "一般公共预算拨款收入 212.5 事业收入 273.8 收入合计 486.3\n"
    "卫生健康支出 468.1 社会保障和就业支出 18.2 支出合计 486.3\n"
)


def test_the_disclosure_tables_of_a_budget_are_published(scanner: Scanner, tmp_path: Path) -> None:
    text = f"2026年部门预算\n{BUDGET_TABLES}一般公共预算“三公”经费支出表 公务接待费 0.8"
    assert _scan(scanner, tmp_path, text) == ([], True)


def test_the_same_tables_in_a_draft_are_financial(scanner: Scanner, tmp_path: Path) -> None:
    text = (
        f"2027年部门预算（征求意见稿）\n{BUDGET_TABLES}一般公共预算“三公”经费支出表 公务接待费 0.8"
    )
    assert "financial" in _secret(scanner, tmp_path, text)


def test_news_signed_by_its_editor_is_published(scanner: Scanner, tmp_path: Path) -> None:
    text = (
        "青石镇卫生院与湘雅医院签订远程会诊合作协议\n"
        "6月10日，青石镇卫生院与湘雅医院签订远程会诊合作协议，双方将开展远程会诊合作。\n"
        "编辑：罗小青"
    )
    assert _scan(scanner, tmp_path, text) == ([], True)
    cats, _ = _scan(scanner, tmp_path, text.replace("编辑：罗小青", "经办：罗小青"))
    assert "other" in cats


REQUEST = (
    "关于拟提任科室负责人的请示\n县卫健局：\n"
    "经院党支部研究，拟推荐谭志强任临床科主任、罗美玲任公卫科副科长，现将考察材料报上，请审批。"
)
REQUEST_MODEL = (
    "请示（范本）\n关于________的请示\n________：\n因________，拟________。妥否，请批示。\n"
    "附件：________\n单位：________ 日期：____年__月__日"
)
CONTROL_RULE = (
    "乡镇卫生院内部控制管理办法\n"
    "第一条 为加强乡镇卫生院内部控制，防范财务风险，制定本办法。\n"
    "第二条 卫生院应当建立预算、收支、采购、资产、合同等业务的内部控制制度。\n"
    "第三条 大额资金支出须经领导班子集体研究。\n"
    "第四条 本办法自印发之日起施行。"
)
CONTROL_EVALUATION = (
    "2025年度内部控制评价报告\n一、评价范围：预算、收支、采购业务。\n"
    "二、发现问题：采购业务未执行三家比价，涉及金额12.6万元；预算执行率偏低（78%）。"
)


@pytest.mark.parametrize(
    ("public", "secret", "category"),
    [
        # a request to a superior asks for what is not decided; its blank model is a template
        (REQUEST_MODEL, REQUEST, "personnel"),
        # 内部控制 is a subject: the county's rule is published, an evaluation with findings is not
        (CONTROL_RULE, CONTROL_EVALUATION, "financial"),
    ],
    ids=["request", "internal-control"],
)
def test_a_public_kind_and_its_secret_look_alike(
    scanner: Scanner, tmp_path: Path, public: str, secret: str, category: str
) -> None:
    assert _scan(scanner, tmp_path, public) == ([], True)
    assert category in _secret(scanner, tmp_path, secret)


SIGNED = (
    "大坪镇卫生院扎实推进医共体建设\n"
    "近年来，大坪镇卫生院加强内部管理，全年门诊人次5.8万，同比增长6%，完成年度目标任务的103%。"
)


def test_signed_news_that_praises_internal_management_is_published(
    scanner: Scanner, tmp_path: Path
) -> None:
    assert _scan(scanner, tmp_path, f"{SIGNED}\n（通讯员 刘敏）") == ([], True)


def test_signed_news_marked_internal_stays_secret(scanner: Scanner, tmp_path: Path) -> None:
    text = f"{SIGNED}\n（通讯员 刘敏）\n本稿发布前请勿外传。"
    assert "operations" in _secret(scanner, tmp_path, text)
