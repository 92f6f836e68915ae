"""The rules' own category errors (issue 9 item 5, docs/categories.md "Identified people, and
the rules' own category errors"), through ``baomi scan`` on files made here — every name, ID,
card and phone invented:

- one employee's pay slip (its card in a 工资卡号： field) is personnel, not financial (salary is
  personnel, policy §2); a payroll of many people's cards stays financial and personnel;
- a patient's referral form that names the service (双向转诊) is medical, not a cooperation;
  an agreement of 双向转诊 between two bodies stays ``other``;
- an emergency plan's staff on duty with their phones beside the plan's subject (食物中毒) is
  operations, not medical; an investigation of named cases with phones stays medical.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.clirun import scan_share
from tests.docmaker import make_docx, make_text, make_xlsx

_SLIP = (
    "石门镇卫生院2026年11月工资条\n"
    "姓名：韦春燕    职称：主管护师\n"
    "岗位工资：2,760    薪级工资：1,720\n"
    "奖励性绩效：1,180    乡镇补贴：400\n"
    "代扣社保公积金个税：498.60    实发：5,561.40\n"
    "工资卡号：6217001234567890122    发放日期：2026-12-05\n"
)
_PAYROLL = [
    ["序号", "姓名", "科室", "应发工资", "实发金额", "工资卡号"],
    ["1", "韦春燕", "护理部", "5,560.00", "4,980.00", "6217001234567890122"],
    ["2", "蒙德贵", "内科", "6,120.00", "5,430.00", "6217009876543210981"],
    ["3", "覃玉芬", "药房", "4,870.00", "4,310.00", "6217005555666677770"],
    ["4", "黎秋生", "检验科", "5,010.00", "4,460.00", "6217001111222233338"],
]
_REFERRAL = [
    "双向转诊（转出）单",
    "临江县人民医院心内科：",
    "现有患者覃德贵，男，82岁，身份证号331122194203153015，住址临江县石门镇青竹村5组，"
    "因“反复胸闷10年，加重3天”于我院住院（住院号：ZY2026110345），需转入贵院进一步诊治，请予接诊。",
    "初步诊断：冠心病；高血压3级。",
    "家属：覃建国（长子） 13907715238",
    "转诊医生：蒙秀兰  2026年11月18日",
]
_AGREEMENT = [
    "双向转诊合作协议（讨论稿）",
    "甲方：临江县石门镇卫生院",
    "乙方：临江县人民医院",
    "为推进分级诊疗，双方就双向转诊、远程会诊开展合作，约定如下：",
    "一、乙方为甲方转诊患者开通绿色通道。",
    "二、合作期限三年。",
]
_PLAN = [
    "石门镇卫生院食物中毒事件应急处置预案（内部）",
    "一、组织机构：组长 韦春燕（院长，13907715238），副组长 蒙德贵（13977120456），"
    "负责食物中毒事件的现场救治与报告。",
    "二、处置流程：接报后30分钟内到达现场，组织救治、采样、登记，2小时内向县疾控中心报告。",
    "三、应急演练：每年至少组织一次。",
]
_CASES = [
    "石门镇青竹村食物中毒流行病学调查报告",
    "病例一：覃德贵，男，62岁，住临江县石门镇青竹村5组，联系电话13907715238，"
    "11月3日晚餐后出现呕吐、腹泻，诊断为食物中毒，已在我院输液治疗。",
    "病例二：黎秋生，男，58岁，联系电话13977120456，症状相同，留院观察。",
    "调查人：蒙秀兰",
]


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("card-care")
    share = root / "share"
    make_text(share / "工资条.txt", _SLIP)
    make_xlsx(share / "工资发放表.xlsx", {"Sheet1": _PAYROLL})
    make_docx(share / "转诊单.docx", _REFERRAL)
    make_docx(share / "合作协议.docx", _AGREEMENT)
    make_docx(share / "应急预案.docx", _PLAN)
    make_docx(share / "流调报告.docx", _CASES)
    return scan_share(share, root / "home", cli_mode)


def test_one_employee_s_pay_card_on_a_pay_slip_is_personnel(scanned: dict[str, Any]) -> None:
    rec = scanned["工资条.txt"]
    assert rec["categories"] == ["personnel"]
    assert "6217001234567890122" not in str(rec["reasons"])


def test_a_payroll_of_cards_stays_financial_and_personnel(scanned: dict[str, Any]) -> None:
    rec = scanned["工资发放表.xlsx"]
    assert rec["categories"] == ["financial", "personnel"]
    assert any(r.startswith("card-numbers:") for r in rec["reasons"]["financial"])


def test_a_referral_form_is_the_patient_s_care_not_a_cooperation(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["转诊单.docx"]
    assert rec["categories"] == ["medical"]
    assert not any("覃德贵" in r for r in rec["reasons"]["medical"])


def test_a_referral_agreement_stays_a_cooperation(scanned: dict[str, Any]) -> None:
    rec = scanned["合作协议.docx"]
    assert rec["categories"] == ["other"]
    assert any(r.startswith("cooperation:") for r in rec["reasons"]["other"])


def test_an_emergency_plan_s_duty_contacts_are_no_patients(scanned: dict[str, Any]) -> None:
    rec = scanned["应急预案.docx"]
    assert rec["categories"] == ["operations"]
    assert any(r.startswith("operations-title:") for r in rec["reasons"]["operations"])


def test_named_cases_with_phones_stay_medical(scanned: dict[str, Any]) -> None:
    rec = scanned["流调报告.docx"]
    assert rec["categories"] == ["medical"]
    assert not any("13907715238" in r or "覃德贵" in r for r in rec["reasons"]["medical"])
