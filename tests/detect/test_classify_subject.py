"""A category needs evidence of its own when the heading names another (a budget's procurement
line, a plan's amounts), and pay as a sum of money is financial (docs/categories.md, issue 9)."""

from __future__ import annotations

from pathlib import Path

from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx


def test_audit_response_with_a_procurement_line_is_not_operations(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "整改.docx",
        [
            "关于县审计局审计发现问题的整改说明（内部讨论）",
            "一、审计指出我院违规列支会议费3.2万元，已责成办公室退回。",
            "二、审计指出部分耗材采购未履行比价程序（涉及金额12.5万元），正在补充材料。",
            "三、审计指出往来款长期挂账6.8万元，财务科正在清理。",
            "以上情况在审计结果正式公告前，不得对外透露。",
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == ["financial"]
    assert any(r.startswith("financial-title") for r in result.reasons["financial"])


def test_procurement_plan_with_amounts_is_operations_only(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "购置计划.txt",
        "2027年医疗设备购置计划（初步方案，待议）\n"
        "1. 彩色多普勒超声一台，预算86万元，拟申请专项债资金；\n"
        "2. 全自动生化分析仪一台，预算金额48万元，采购方式为公开招标；\n"
        "3. 心电监护仪六台，预算12万元，由院自有资金解决。\n"
        "本计划尚未报县卫健局，请勿外传。\n",
    )
    result = scanner.scan_file(path)
    assert result.categories == ["operations"]
    assert "financial" not in result.reasons


def test_expansion_plan_with_an_investment_section_stays_financial_too(
    scanner, tmp_path: Path
) -> None:
    # the plan's own budget section (投资估算 with 总投资, 财政补助, 自筹) is evidence of its own
    path = make_pdf(
        tmp_path / "扩建方案.pdf",
        [
            "住院楼改扩建方案（讨论稿）\n"
            "一、建设内容：新增病房1800平方米，床位40张。\n"
            "二、投资估算：总投资720万元，其中财政补助450万元，自筹270万元。\n"
            "三、进度安排：2027年3月开工，2028年5月竣工。"
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == ["financial", "operations"]


def test_pay_totals_by_department_are_financial_too(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "绩效总量.xlsx",
        {
            "Sheet1": [
                ["2027年度绩效工资总量测算（初稿）", "", "", ""],
                ["科室", "人数", "绩效总额(元)", "人均(元)"],
                ["内科", 11, 451000, 41000],
                ["公卫科", 13, 390000, 30000],
                ["护理部", 17, 527000, 31000],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert result.categories == ["financial", "personnel"]
    why = " ".join(result.reasons["financial"])
    assert "pay-totals:" in why and "nobody named" in why
    assert "451000" not in why  # kinds and counts, never a value


def test_a_payroll_of_named_people_stays_personnel(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "工资表.xlsx",
        {
            "Sheet1": [
                ["2027年3月工资表", "", "", ""],
                ["姓名", "岗位工资", "薪级工资", "实发金额(元)"],
                ["王建国", 3200, 1850, 6120],
                ["李秀英", 2900, 1600, 5480],
                ["赵丽萍", 2900, 1420, 5210],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert "personnel" in result.categories
    assert not any("pay-totals" in r for rs in result.reasons.values() for r in rs)
