"""Categories from rules: signals, reasons, the "not yet public" test, and the label."""

from __future__ import annotations

import pytest

from scanner.detect.classify import label_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年第一季度科室成本核算表（内部）\n科室 收入 支出 成本 结余\n内科 120万元 80万元",
            ["financial"],
        ),
        (
            "关于张伟同志职务调整的请示\n经院务会研究，拟任命张伟同志为药剂科主任，免去其原职务。考核结果：优秀",
            ["personnel"],
        ),
        (
            "突发公共卫生事件应急预案（内部）\n一、应急处置流程\n二、值班安排：值班电话 0570-6012345\n三、应急演练",
            ["operations"],
        ),
        ("上级通知：以下事项要求保密，不得外传。\n关于医共体建设的合作意向", ["other"]),
        (
            "2025年3月工资表\n姓名 岗位工资 薪级工资 绩效工资 实发金额 银行卡号\n李娜 3200 1100 1800 6100 6222021234567890128",
            ["financial", "personnel"],
        ),
    ],
)
def test_categories(scanner, text: str, expected: list[str]) -> None:
    result = scanner.scan_text(text)
    assert sorted(result.categories) == expected
    for cat in expected:
        assert result.reasons[cat], "every category says which rules fired"


@pytest.mark.parametrize(
    "text",
    [
        "关于调整部分医疗服务项目收费标准的公示\n门诊诊查费 10元，住院床位费 30元/日。\n公示期：7天。咨询电话：0570-6012345",
        "健康教育：糖尿病患者的饮食与用药\n糖尿病患者应规律用药，定期检查血糖。孙思邈《千金方》……",
        "门诊病历（模板）\n姓名：______ 性别：____ 年龄：____\n主诉：________\n诊断：________\n处方：________",
        "2024年度业务统计公告\n全年门诊人次 52,310，住院人次 3,120，目标完成率 104%。",
        # a recruitment notice names 招聘 and 简历 (personnel words) but is published by nature
        "芦溪镇卫生院2025年招聘启事\n现招聘护士3名。应聘条件：大专学历。简历发送至招聘邮箱。",
        "关于调整门诊时间的通知\n各位居民：自7月1日起门诊时间调整为7:30-17:30，院内职工照常排班。",
    ],
)
def test_public_material_is_not_a_secret(scanner, text: str) -> None:
    result = scanner.scan_text(text)
    assert result.categories == []
    assert result.label is None
    assert result.public is True


def test_entities_still_reported_in_public_documents(scanner) -> None:
    result = scanner.scan_text(
        "便民服务公告\n本院总机：0570-6012345，急救电话 120。\n失物招领联系人手机：13857012345"
    )
    assert result.public and not result.categories
    # the switchboard is the centre's published number (recognizers/phone.py); so is the contact
    # mobile the notice publishes (issue 9: a notice's contact is the organisation's contact)
    assert [(f.entity_type, f.value) for f in result.findings] == []
    # a person's own line in the notice is still reported
    found = scanner.scan_text(
        "便民服务公告\n本院总机：0570-6012345。\n患者家属电话：13857012345"
    ).findings
    assert [(f.entity_type, f.value) for f in found] == [("CN_PHONE", "13857012345")]


def test_internal_marker_overrides_public(scanner) -> None:
    text = "关于调整收费标准的公示（征求意见稿，请勿外传）\n门诊诊查费拟由10元调整为15元，调整收费后预计年收入增加……"
    result = scanner.scan_text(text)
    assert result.public is False
    assert "financial" in result.categories


def test_list_of_individuals_is_not_public(scanner) -> None:
    rows = "\n".join(f"住院号：ZY2024{i:04d} 诊断：肺炎" for i in range(5))
    result = scanner.scan_text("出院患者名单公告\n" + rows)
    assert result.public is False
    assert result.categories == ["medical"]


def test_label_takes_the_longest_retention(ruleset) -> None:
    assert label_for([], ruleset.labels) is None
    lab = label_for(["operations", "medical"], ruleset.labels)
    assert lab is not None and lab.retention_years == 30 and lab.text == "秘密 保密期限：30年"
    lab = label_for(["operations"], ruleset.labels)
    assert lab is not None and lab.text == "秘密 保密期限：5年"


def test_a_notice_about_an_identified_resident_is_not_public(scanner) -> None:
    # one resident with an ID and a diagnosis: fewer identifiers than a list, but a private
    # person all the same
    result = scanner.scan_text(
        "关于居民健康随访的通知\n各位居民：\n"
        "王秀英，身份证号330824195803121230，诊断：2型糖尿病，请按时复诊。"
    )
    assert result.public is False
    assert "medical" in result.categories
