"""An issued circular's shape — a salutation to many on a line of its own, the issuer and the date
closing it — makes a document public although its subject is pay, rewards or evaluation (issue 9:
a published 考核结果通报 was called personnel), unless it lists the amounts of an internal circular,
lacks the closing issuer and date, or says it is not for everyone (scanner/detect/classify.py ``_circular``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_pdf, make_text

AWARD = (
    "关于表彰2026年度先进集体的决定\n"
    "各乡镇卫生院、村卫生室：\n"
    "为弘扬职业精神，县卫生健康局决定授予10个集体先进称号，各奖励人民币2,000元，绩效考核加分。\n"
    "希望受表彰的单位珍惜荣誉，再接再厉。\n"
    "县卫生健康局\n"
    "2026年8月19日\n"
)
MEETING = (
    "关于召开职工代表大会的通知\n"
    "各科室：\n"
    "经研究，定于2026年12月28日上午在院三楼会议室召开职工代表大会。\n"
    "会议议程：审议年度财务预算报告；审议绩效分配方案修订稿；审议工资调整办法。\n"
    "院工会\n"
    "2026年12月10日\n"
)


def _scan(scanner: Scanner, path: Path) -> tuple[list[str], bool]:
    result = scanner.scan_file(path)
    return list(result.categories), result.public


def test_a_circular_to_units_is_public(scanner: Scanner, tmp_path: Path) -> None:
    assert _scan(scanner, make_text(tmp_path / "award.txt", AWARD)) == ([], True)


def test_a_circular_to_departments_as_docx_and_pdf_is_public(
    scanner: Scanner, tmp_path: Path
) -> None:
    lines = MEETING.strip().split("\n")
    assert _scan(scanner, make_docx(tmp_path / "meeting.docx", lines)) == ([], True)
    assert _scan(scanner, make_pdf(tmp_path / "meeting.pdf", [MEETING])) == ([], True)


@pytest.mark.parametrize(
    "text",
    [
        # an internal circular with the departments' amounts is their budget, not news
        "关于下达2027年科室预算控制数的通知\n各科室：\n现将科室预算控制数下达如下：内科支出控制数"
        "86.5万元，外科72.3万元，公卫科41.0万元，护理部58.6万元，行政后勤33.2万元。\n"
        "请按控制数编制科室预算。\n财务室\n2026年12月1日\n",
        # no issuer and date closing it
        MEETING.replace("院工会\n2026年12月10日\n", "请各科室做好准备。\n"),
        # a circular that is not for everyone
        AWARD.replace("希望受表彰", "此通知仅发至各院主要负责人，请勿转发。希望受表彰"),
    ],
)
def test_what_a_circulars_shape_does_not_make_public(
    scanner: Scanner, tmp_path: Path, text: str
) -> None:
    _cats, public = _scan(scanner, make_text(tmp_path / "doc.txt", text))
    assert not public
