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
    cats, public = _scan(scanner, tmp_path, f"{title}\n{body}")
    assert cats
    assert not public


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
    cats, public = _scan(scanner, tmp_path, plan)
    assert "operations" in cats
    assert not public


def test_the_same_figures_in_an_unsigned_report_are_operations(
    scanner: Scanner, tmp_path: Path
) -> None:
    cats, public = _scan(scanner, tmp_path, NEWS.replace("召开2026年工作会议\n", "工作会议材料\n"))
    assert "operations" in cats
    assert not public


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
    cats, public = _scan(scanner, tmp_path, text)
    assert "financial" in cats
    assert not public


def test_a_test_paper_kept_in_is_secret_and_the_course_is_not(
    scanner: Scanner, tmp_path: Path
) -> None:
    paper = "保密知识试题（考前）\n1．工作秘密包括哪几类？\n2．借阅需经哪些人审批？\n3．销毁需几级审批？"
    assert _scan(scanner, tmp_path, paper) == ([], True)
    cats, public = _scan(scanner, tmp_path, paper + "\n考前请勿外传。")
    assert cats
    assert not public
