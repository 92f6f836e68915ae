"""Categories from the kind of document a heading names and from amounts of money (issue 9
item 5), each beside a public look-alike that must stay uncategorised. All text synthetic."""

from __future__ import annotations

import pytest


def _reasons(result, category: str) -> list[str]:
    return [r.split(":", 1)[0] for r in result.reasons.get(category, [])]


@pytest.mark.parametrize(
    ("text", "category", "reason"),
    [
        (
            "2026年上半年单病种成本测算\n项目 例均金额（元） 占比\n药品 1268.40 41%\n检查 622.10 20%",
            "financial",
            "financial-title",
        ),
        (
            "2026年度新职工岗前考试成绩\n姓名 科室 成绩\n王晓明 内科 88\n李春燕 护理部 92\n赵志刚 检验科 56",
            "personnel",
            "personnel-title",
        ),
        (
            "2026年1-9月基本公卫服务指标完成情况\n项目 任务数 完成数\n"
            "老年人健康管理 1200 986\n高血压患者管理 860 701",
            "operations",
            "operations-title",
        ),
        (
            "芦溪镇卫生院\n与县检验中心参股合作的可行性报告\n拟以设备作价出资45万元，占股15%，收益按股分配。",
            "other",
            "other-title",
        ),
        # the title under a letterhead that names the sender
        (
            "湖南省醴陵市芦溪镇中心卫生院\n2026年1-6月科室收支情况表\n科室 收入 支出\n"
            "内科 1204.5 982.1\n外科 880.2 803.4",
            "financial",
            "financial-title",
        ),
        (
            "资金支付审批单\n收款单位：湘南医药有限公司\n支付金额：86,500.00元\n支付事由：2026年3月药款\n"
            "经办人：王晓明 财务审核：李春燕 院长审批：赵志刚",
            "financial",
            "financial-title",
        ),
        (
            "2026年一季度公务接待费用明细\n日期 接待对象 人数 金额（元）\n1月12日 县卫健局检查组 5 680.00\n"
            "2月20日 医共体调研组 8 1,120.00\n3月6日 县医保局 4 520.00",
            "financial",
            "financial-title",
        ),
        (
            "0～6岁儿童健康检查记录表\n儿童：王小明 男 母亲：李春燕\n"
            "月龄 体重(kg) 身长(cm) 发育评估\n6月 7.2 66.0 通过\n12月 8.1 73.0 未通过\n"
            "体格发育评价：低体重，轻度贫血，补铁治疗。",
            "medical",
            "medical-title",
        ),
    ],
)
def test_heading_names_the_kind_of_document(scanner, text: str, category: str, reason: str) -> None:
    result = scanner.scan_text(text)
    assert category in result.categories
    assert reason in _reasons(result, category)
    assert result.public is False


@pytest.mark.parametrize(
    "text",
    [
        # a meeting notice names its subject, not its kind
        "关于召开2027年预算编制工作会议的通知\n各科室：定于11月20日下午3点在三楼会议室召开，请准时参加。",
        # a notice asking departments for their needs is an instruction, not the budget
        "关于编报2027年部门预算的通知\n各科室：请于11月20日前提交下年度设备购置需求，表格到财务室领取。",
        # a published recruitment announcement
        "2026年公开招聘编外工作人员公告\n招聘护士3名、药剂员1名。报名时间：3月1日至3月10日。",
        # published statistics
        "2025年度卫生健康事业发展统计公报\n全年门诊人次52310，住院人次3120，较上年增长4.2%。",
        # a published rule with its figures
        "差旅费报销规定\n- 住宿标准每人每天不超过350元。\n- 伙食补助每人每天100元。\n"
        "- 报销单须附发票，经科室负责人审核后报销。",
        # published spending on receptions and cars
        "2025年度三公经费支出情况公开\n因公出国（境）费0元，公务接待费3.2万元，公务用车运行维护费5.6万元。",
        # a published budget
        "2026年部门预算公开说明\n收入预算1200.50万元，支出预算1180.20万元，其中基本支出980.00万元。",
    ],
)
def test_public_look_alikes_stay_public(scanner, text: str) -> None:
    result = scanner.scan_text(text)
    assert result.categories == []
    assert result.label is None


def test_amounts_complete_a_financial_document(scanner) -> None:
    text = (
        "三季度经济运行情况\n医疗收入 721.4万元，同比增长5.1%；药品收入 280.5万元；"
        "人员支出 410.2万元；药占比38.6%。应收医保款186.2万元尚未拨付。"
    )
    result = scanner.scan_text(text)
    assert "financial" in result.categories
    assert "amounts" in _reasons(result, "financial")


def test_amounts_alone_are_no_finance(scanner) -> None:
    # a leaflet with prices: amounts, and no word of the centre's books
    text = (
        "家庭医生签约服务包介绍\n基础包 免费；慢病包 120元/年；"
        "老年人包 150元/年；孕产妇包 200元/年。欢迎广大居民咨询签约。"
    )
    result = scanner.scan_text(text)
    assert result.categories == []


@pytest.mark.parametrize(
    "text",
    [
        # a negated publication
        "关于调整部分护理服务收费标准的请示（征求意见稿）\n拟调整项目 现行价格 拟调价格\n"
        "Ⅰ级护理 26元/日 32元/日\n静脉输液 8元/组 10元/组\n公示前不得外泄，不得对外公开。",
        # a report to the county on what the centre did is not news (关于我院开展…)
        "关于我院开展医保基金使用自查情况的报告\n县医保局：经自查，2025年发生医保结算费用"
        "612.3万元，其中违规收费2.1万元，涉及患者38人次，已全部退回。",
    ],
)
def test_words_of_publication_do_not_publish_a_financial_document(scanner, text: str) -> None:
    result = scanner.scan_text(text)
    assert result.public is False
    assert "financial" in result.categories


def test_a_fee_change_is_financial_and_its_publication_is_not(scanner) -> None:
    draft = (
        "关于调整部分中医诊疗项目价格的请示\n拟将针灸由每穴位5元调整为8元，拔罐由每罐3元调整为5元，"
        "预计年增收约4.2万元。"
    )
    result = scanner.scan_text(draft)
    assert result.categories == ["financial"]
    assert "fee-change" in _reasons(result, "financial")
    published = (
        "关于调整部分中医诊疗项目价格的公示\n针灸由每穴位5元调整为8元，拔罐由每罐3元调整为5元。"
        "公示期7天，欢迎广大群众监督。"
    )
    assert scanner.scan_text(published).categories == []


def test_a_cashier_post_is_no_fee_change(scanner) -> None:
    text = (
        "工作人员岗位调整审批表\n姓名：王晓明 原岗位：药房调剂员 拟调整岗位：门诊收费员\n"
        "调整原因：工作需要 科室意见：同意"
    )
    result = scanner.scan_text(text)
    assert "financial" not in result.categories
    assert "personnel" in result.categories


def test_an_agreement_naming_its_parties_is_about_something(scanner) -> None:
    signed = (
        "医联体合作协议\n甲方：县人民医院\n乙方：芦溪镇卫生院\n"
        "合作内容：远程会诊、专家下沉、双向转诊。合作期限：三年。"
    )
    result = scanner.scan_text(signed)
    assert result.categories == ["other"]
    template = "医联体合作协议（范本）\n甲方：________\n乙方：________\n合作内容：________\n合作期限：____年"
    assert scanner.scan_text(template).categories == []


@pytest.mark.parametrize(
    "text",
    [
        "我院召开2026年度工作会议\n3月2日，我院召开年度工作会议，院长总结了2025年工作，"
        "全年门诊人次52310，同比增长6.2%，住院人次3120。（通讯员 李华）",
        "医保政策问答\n问：门诊统筹报销比例是多少？\n答：一级医疗机构报销比例为60%，年度限额500元。"
        "\n问：住院起付线是多少？\n答：200元。",
    ],
)
def test_news_and_answers_to_the_public_stay_public(scanner, text: str) -> None:
    assert scanner.scan_text(text).categories == []


def test_minutes_that_mention_a_meeting_are_not_news(scanner) -> None:
    text = (
        "院务会会议纪要\n3月2日我院召开院务会，研究决定：任命王晓明同志为内科主任，免去李春燕同志"
        "内科副主任职务；2026年奖励性绩效工资总额按96万元核定。"
    )
    result = scanner.scan_text(text)
    assert "personnel" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        # the form, blank: a label read as a name must not make it a record
        "2型糖尿病患者随访服务记录表\n姓名：__________ 编号□□□-□□□□□\n随访日期\n随访方式\n"
        "1门诊 2家庭 3电话\n症状 □无症状 □多饮 □多食\n空腹血糖值 mmol/L\n随访医生签名",
        "事业单位工作人员年度考核登记表\n姓名\n性别\n出生年月\n单位及职务\n"
        "考核等次建议：□优秀 □合格 □基本合格 □不合格\n本人意见\n考核委员会意见",
        # a leaflet about a disease
        "儿童健康检查须知\n0～6岁儿童应按时到卫生院进行健康检查，3岁以内每年4次。请携带保健手册。",
    ],
)
def test_blank_forms_and_leaflets_of_records_stay_public(scanner, text: str) -> None:
    assert scanner.scan_text(text).categories == []


def test_a_filled_form_ticks_its_boxes(scanner) -> None:
    text = (
        "事业单位工作人员年度考核登记表\n姓名：王晓明 科室：内科\n"
        "考核等次：☑优秀 □合格 □基本合格 □不合格\n主管领导评语：工作认真负责\n本人签字：王晓明"
    )
    assert "personnel" in scanner.scan_text(text).categories


@pytest.mark.parametrize(
    ("ticked", "public"), [("□优秀 □合格 □基本合格", True), ("☑优秀 □合格 □基本合格", False)]
)
def test_one_name_read_on_a_blank_form(scanner, ticked: str, public: bool) -> None:
    # the recognizer reading one label as a name (as 单位及职务 or 随访医生签名 can be) must not
    # make a blank form someone's record; a ticked box says it is filled
    from scanner.detect.classify import Evidence

    text = (
        "年度考核登记表\n姓名：________\n单位及职务：________\n"
        f"考核等次：{ticked} □不合格\n本人意见：\n考核委员会意见：\n年  月  日"
    )
    ev = Evidence()
    scanner.classifier.observe(ev, text)
    scanner.classifier.count_entities(ev, ["PERSON"])
    decision = scanner.classifier.decide(ev)
    assert decision.public is public
    assert bool(decision.categories) is not public


def test_a_rule_under_a_letterhead_names_no_kind(scanner) -> None:
    text = (
        "芦溪镇卫生院\n财务管理制度\n一、预算管理：每年编制预算1次。\n"
        "二、收支管理：收入支出按月核算，金额1000元以上须审批，5000元以上须院务会研究。\n"
        "三、资金管理：专项资金专款专用，结余资金按规定上缴。"
    )
    result = scanner.scan_text(text)
    assert result.categories == []
    assert result.public is True  # a rule text, though its title stands under the letterhead


def test_open_recruitment_is_no_publication(scanner) -> None:
    sheet = (
        "2026年公开招聘工作人员面试成绩汇总表\n姓名 报考岗位 笔试 面试 总成绩\n"
        "王晓明 临床医生 72.5 81.0 77.6\n李春燕 护士 68.0 85.2 78.3\n赵志刚 护士 70.5 79.0 75.6"
    )
    result = scanner.scan_text(sheet)
    assert result.public is False
    assert "personnel" in result.categories
    brochure = (
        "2026年公开招聘工作人员简章\n一、招聘岗位：临床医生2名，护士3名。\n"
        "二、报名条件：全日制大专以上学历。\n三、报名方式：现场报名。"
    )
    result = scanner.scan_text(brochure)
    assert result.public is True
    assert result.categories == []


def test_collected_after_the_meeting_is_a_declaration(scanner) -> None:
    text = "关于下一步工作的几点想法\n一、与镇政府再沟通一次。\n会后收回，严禁对外泄露。"
    result = scanner.scan_text(text)
    assert result.categories == ["other"]
    assert any(r.startswith("declared-secret: ") for r in result.reasons["other"])
