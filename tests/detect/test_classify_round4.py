"""What heldout2 and heldout3 showed (docs/categories.md "Issue 9, round 4"): a register keeps
the category it reached, a department or a form in the heading is not the document's kind, and a
handling note from a body outside the centre is what that body asks to keep."""

from __future__ import annotations

from pathlib import Path

from tests.docmaker import make_docx, make_text, make_xlsx


def test_a_register_with_a_category_of_its_own_takes_no_stray_word(scanner, tmp_path: Path) -> None:
    # an evaluation list is personnel by its own words; the driver among the staff (驾驶员) is
    # a post, not the centre's logistics
    path = make_xlsx(
        tmp_path / "年度考核.xlsx",
        {
            "Sheet1": [
                ["2026年度职工年度考核结果（院务会审定稿，暂不公开）", "", "", ""],
                ["姓名", "科室", "岗位", "考核等次"],
                ["张秀兰", "内科", "护士", "优秀"],
                ["李建国", "办公室", "驾驶员", "称职"],
                ["王丽娟", "药房", "药剂员", "基本称职"],
                ["赵国平", "公卫科", "医生", "不称职"],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert result.categories == ["personnel"]
    assert any(r.startswith("register:") for r in result.reasons["personnel"])


def test_a_register_with_no_category_of_its_own_still_takes_its_words(
    scanner, tmp_path: Path
) -> None:
    # nothing reaches the threshold by itself: the register's lower threshold reads 驾驶员/派车
    path = make_text(
        tmp_path / "出车.txt",
        "12月派车记录\n"
        "用车人：张秀兰，身份证号110101198001011237，住城关镇解放路12号\n"
        "用车人：李建国，身份证号110101197505052316，住青溪镇和平街31号\n"
        "驾驶员：王志强\n",
    )
    result = scanner.scan_file(path)
    assert "operations" in result.categories
    assert any(r.startswith("register:") for r in result.reasons["operations"])


def test_a_department_in_the_heading_is_not_the_kind_of_document(scanner, tmp_path: Path) -> None:
    # the first row of a phone list (人事科 8108, 财务科 8105) names departments, not a personnel
    # or a financial document
    path = make_text(
        tmp_path / "内线.txt",
        "院内科室电话（内线）\n"
        "院办 8102    人事科 8108    财务科 8105    医务科 8111\n"
        "公卫科 8139  接种门诊 8133  急诊室 8119    药房 8121\n",
    )
    result = scanner.scan_file(path)
    assert result.categories == []


def test_the_same_word_as_the_kind_still_counts(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "调整.txt",
        "人事调整方案（讨论稿）\n拟将公卫科王丽娟调至内科，免去其公卫科副科长职务，试用期一年。\n",
    )
    result = scanner.scan_file(path)
    assert "personnel" in result.categories
    assert any(r.startswith("personnel-title:") for r in result.reasons["personnel"])


def test_an_agreement_whose_heading_names_a_resident_s_care_is_no_cooperation(
    scanner, tmp_path: Path
) -> None:
    path = make_docx(
        tmp_path / "签约.docx",
        [
            "家庭医生签约服务协议书（签约居民）",
            "甲方（签约居民）：陶有富  身份证号：110101194212116791",
            "联系电话：13598417716  家庭住址：白沙村沙洲组11号",
            "乙方（家庭医生团队）：城关镇卫生院第三团队",
            "健康状况：高血压病史15年，2型糖尿病。双方签订本协议，有效期一年。",
        ],
    )
    result = scanner.scan_file(path)
    assert "medical" in result.categories
    assert "other" not in result.categories


def test_an_agreement_that_names_no_other_kind_stays_other(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "调解.txt",
        "医疗纠纷调解协议书\n"
        "甲方：患者家属王建国    乙方：城关镇卫生院\n"
        "经县医调委调解，双方达成如下协议：乙方一次性补偿甲方人民币38,000元，甲方不再追究。\n"
        "本协议内容双方均不得对外透露。\n",
    )
    result = scanner.scan_file(path)
    assert "other" in result.categories


def test_a_county_bureau_s_handling_note_is_what_it_asks_to_keep(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "通报.docx",
        [
            "内部资料",
            "临江县医疗保障局",
            "关于2026年医保基金专项检查发现问题的通报",
            "经查，城关镇卫生院存在以下问题：超标准收取诊查费142人次；挂床住院2例"
            "（住院号ZY2026000377、ZY2026000382）。",
            "请于30日内整改，追回基金，并对相关责任人作出处理。",
        ],
    )
    result = scanner.scan_file(path)
    assert "other" in result.categories
    assert any(r.startswith("existing-mark:") for r in result.reasons["other"])


def test_the_centre_s_own_handling_note_adds_no_other(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "检验.docx",
        [
            "内部资料",
            "城关镇卫生院检验科",
            "检验报告单",
            "姓名：王丽娟  住院号：ZY2026000377  身份证号：110101198001011237",
            "检验项目：血常规  结果：白细胞 12.6×10^9/L  临床诊断：肺炎",
        ],
    )
    result = scanner.scan_file(path)
    assert "medical" in result.categories
    assert "other" not in result.categories
