"""What heldout2 and heldout3 showed (docs/categories.md "Issue 9, round 4"): a register keeps
the category it reached, a department or a form in the heading is not the document's kind, and a
handling note from a body outside the centre is what that body asks to keep; public material
that says so without a publication word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scanner.detect.rulepacks import load_rules
from tests.clirun import baomi, jsonl
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


# -- public material that says so without a publication word (commit C) ---------------------


def test_a_news_item_with_only_its_source_line_is_public(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "新闻.docx",
        [
            "县委副书记、县长调研我镇基层医疗卫生工作",
            "12月3日，县长贺振东一行到城关镇卫生院调研紧密型县域医共体建设。县卫健委主任龚卫平、"
            "镇党委书记阚立新陪同。",
            "贺振东一行先后察看了全科门诊、中医馆、远程心电诊断室，详细了解家庭医生签约情况。",
            "（来源：临江县融媒体中心）",
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == [] and result.public


def test_a_data_source_line_is_no_media_source() -> None:
    pattern = re.compile(dict(load_rules().categories.fact_patterns)["media-source"])
    assert pattern.search("（来源：临江县融媒体中心）")
    assert pattern.search("（转载自“健康中国”微信公众号）")
    assert not pattern.search("数据来源：2026年统计报表")
    assert not pattern.search("来源：12345转办")


POLICY = (
    "临江县城乡居民基本医疗保险住院报销政策（2027年）\n"
    "{top}"
    "乡镇卫生院住院起付线200元，报销比例85%；县级医院起付线500元，报销比例75%。\n"
    "年度最高支付限额25万元，大病保险起付线1.5万元。\n"
    "{bottom}"
)
CALL = "咨询电话：县医保局0564-8236789\n"


def test_a_policy_closing_on_a_number_to_call_is_public(scanner, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "政策.docx", POLICY.format(top="", bottom=CALL).splitlines())
    result = scanner.scan_file(path)
    assert result.categories == [] and result.public


def test_a_number_to_call_in_the_body_does_not_close_it(scanner, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "政策.docx", POLICY.format(top=CALL, bottom="").splitlines())
    result = scanner.scan_file(path)
    assert "financial" in result.categories


def test_a_leaflet_that_teaches_reading_a_report_is_public(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "读懂.txt",
        "读懂体检报告中的“箭头”\n"
        "谷丙转氨酶（ALT）正常参考值一般为9～50U/L，轻度升高可能与饮酒、熬夜有关。\n"
        "尿酸男性参考值208～428μmol/L，超过420即为高尿酸血症。\n"
        "体检报告中的“↑”“↓”不等于生病，请拿报告到全科门诊咨询医生。\n",
    )
    result = scanner.scan_file(path)
    assert result.categories == []


def test_a_recruitment_notice_to_whoever_reads_it_is_public(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "招聘.docx",
        [
            "招聘后勤维修工1名",
            "要求：持有电工证，有医院维修经验者优先，年龄50岁以下。",
            "待遇：月薪3,500元起，包午餐。",
            "有意者请携带身份证、电工证到总务科面试。",
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == [] and result.public


def test_health_education_given_to_the_people_of_a_list_is_no_leaflet(
    scanner, tmp_path: Path
) -> None:
    path = make_text(
        tmp_path / "随访.txt",
        "慢病随访情况说明\n"
        "患者王建国，电话13812345678，住城关镇解放路12号，血压172/104mmHg，间断服药。\n"
        "患者李秀英，电话13912345678，住青溪镇和平街31号，血压160/96mmHg，拒绝服药。\n"
        "患者张桂芳，电话13712345678，住城关镇东风村3组8号，血压138/78mmHg，规律服药。\n"
        "以上三人均已做健康教育。\n",
    )
    result = scanner.scan_file(path)
    assert not result.public
    assert "medical" in result.categories


@pytest.mark.slow
def test_scan_reports_a_news_item_as_public(tmp_path: Path) -> None:
    # the installed command, as a clerk runs it
    share = tmp_path / "share"
    make_text(
        share / "新闻.txt",
        "国家卫生健康委：2026年基层医疗卫生机构诊疗量持续增长\n"
        "（转载自“健康中国”微信公众号）\n"
        "今年1—9月全国基层医疗卫生机构总诊疗人次达35.2亿，同比增长4.1%。\n",
    )
    env = {"BAOMI_HOME": str(tmp_path / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    r = baomi("scan", str(share), "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    [record] = jsonl(r.stdout)
    assert record["categories"] == [] and record["public"] is True


# -- evidence words (commit D) ----------------------------------------------------------------


def test_a_follow_up_register_is_medical(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "产后随访.csv",
        "产后42天电话随访登记\n"
        "日期,产妇,电话,情况,随访人\n"
        "11-28,郁彩凤,19532521421,恶露已净，母乳喂养,闻佳\n"
        "11-29,庞晓燕,19884334129,剖宫产切口愈合好，诉失眠,闻佳\n",
    )
    result = scanner.scan_file(path)
    assert "medical" in result.categories
    assert any(r.startswith("medical-title:") for r in result.reasons["medical"])


def test_a_maternal_record_s_fields_are_clinical(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "保健手册.md",
        "# 母子健康手册摘录\n"
        "- 孕妇姓名：单于春花　年龄：29\n"
        "- 丈夫姓名：蒯立新　电话：15969556826\n"
        "- 现住址：上坪村6组22号\n"
        "- 末次月经：2026-04-03　预产期：2027-01-10\n"
        "- 孕次：3　产次：1\n",
    )
    result = scanner.scan_file(path)
    assert "medical" in result.categories


def test_an_access_card_number_is_no_bank_account(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "门禁卡.xlsx",
        {
            "Sheet1": [
                ["门禁卡发放登记", "", ""],
                ["姓名", "门禁卡号", "权限"],
                ["王丽娟", "门禁卡号 0012345678", "药房"],
                ["李建国", "门禁卡号 0012345679", "机房"],
                ["张秀兰", "门禁卡号 0012345680", "库房"],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert "financial" not in result.categories
    assert "operations" in result.categories


def test_a_retired_staff_file_is_personnel(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "档案.txt",
        "退休职工档案摘录\n"
        "竺美华  女  身份证 110101195203140228  原护理部护士长，2007年退休，现住城关镇解放街96号\n"
        "闾德才  男  身份证 110101194809070513  原外科医生，2008年退休，现住青溪镇和平街31号\n"
        "官根娣  女  身份证 110101195506120842  原药剂员，2010年退休，现住城关镇翠苑小区8栋1单元201室\n",
    )
    result = scanner.scan_file(path)
    assert "personnel" in result.categories


def test_an_outsourcing_contract_is_operations(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "保洁.docx",
        [
            "保洁服务外包合同",
            "甲方：城关镇卫生院   乙方：某某物业服务有限公司",
            "服务范围：门诊楼、住院楼公共区域保洁，医疗废物院内转运。",
            "服务费：每月27,600元，每季度考核，不合格扣减5%—20%。",
            "本合同价格及考核标准属商业信息，双方均不得向第三方透露。",
        ],
    )
    result = scanner.scan_file(path)
    assert "operations" in result.categories


def test_a_password_after_a_space_is_a_credential(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "备份.md",
        "# HIS数据库备份与恢复演练记录\n"
        "- 备份服务器：192.168.10.30，账号 backup / 密码 Bk#st2026\n"
        "- 11月30日恢复演练：耗时47分钟，无丢失\n",
    )
    result = scanner.scan_file(path)
    assert "operations" in result.categories
    assert any(r.startswith("credentials:") for r in result.reasons["operations"])
    assert not any("Bk#st2026" in r for rs in result.reasons.values() for r in rs)


def test_a_blank_password_field_is_no_credential(scanner) -> None:
    result = scanner.scan_text("系统账号申请表\n申请人：\n账号 \n密码 ________\n")
    assert "operations" not in result.categories


def test_party_branch_minutes_on_members_are_personnel(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "支部.txt",
        "党支部委员会会议记录\n"
        "主持：苗建华  记录：仉晓峰\n"
        "出席：沙永红、冼丽华、郜建民\n"
        "议题一：发展党员。确定印佳怡为入党积极分子；蓝天佑政审材料不全，暂缓。\n"
        "议题二：昌文静同志年度民主评议拟评“基本合格”。\n",
    )
    result = scanner.scan_file(path)
    assert "personnel" in result.categories


def test_a_cashier_s_daily_takings_are_financial(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "日报.xlsx",
        {
            "Sheet1": [
                ["门诊收费日报表  2026年12月3日", "", "", ""],
                ["收费员", "票据起止号", "笔数", "金额（元）"],
                ["桂丽芳", "0033120451-0033120688", 238, 21766.4],
                ["雍晓庆", "0033120689-0033120803", 115, 9820.1],
                ["合计", "", 353, 31586.5],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert result.categories == ["financial"]


def test_a_complaint_s_handling_that_punishes_a_nurse_is_personnel(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "投诉.txt",
        "投诉处理记录\n"
        "投诉人：邬春生，电话18267780036，称其妻子12月1日在急诊输液时针头脱落，护士态度冷淡。\n"
        "调查：当班护士令狐晓燕说明当时急诊同时有两名外伤病人。\n"
        "处理：向投诉人当面道歉；护理部对当班护士批评教育，扣当月绩效200元。\n",
    )
    result = scanner.scan_file(path)
    assert "personnel" in result.categories


# -- staff health (commit E) ------------------------------------------------------------------


def test_a_staff_sick_leave_ledger_is_medical_and_personnel(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "病假.xlsx",
        {
            "Sheet1": [
                ["2026年职工病假台账", "", "", "", ""],
                ["姓名", "科室", "起止日期", "天数", "病因"],
                ["戚秋月", "护理", "03-02至03-20", 19, "腰椎间盘突出"],
                ["蒲晓航", "检验", "06-11至07-10", 30, "甲状腺癌术后"],
                ["禄明远", "村医", "09-01至09-07", 7, "带状疱疹"],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert set(result.categories) == {"medical", "personnel"}
    assert any(r.startswith("staff-health:") for r in result.reasons["medical"])


def test_a_staff_list_with_no_health_fact_stays_personnel(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "体检安排.xlsx",
        {
            "Sheet1": [
                ["2026年职工健康体检分组安排（内部）", "", ""],
                ["姓名", "科室", "体检日期"],
                ["戚秋月", "护理", "11-02"],
                ["蒲晓航", "检验", "11-03"],
                ["禄明远", "村医", "11-04"],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert "medical" not in result.categories


def test_a_resident_s_health_check_is_not_personnel(scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "体检.txt",
        "老年人健康体检报告\n"
        "姓名：王建国  身份证号：110101194212116791  电话：13598417716\n"
        "血压 150/92mmHg  空腹血糖 7.8mmol/L\n"
        "体检结论：高血压，2型糖尿病\n",
    )
    result = scanner.scan_file(path)
    assert result.categories == ["medical"]
