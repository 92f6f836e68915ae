"""Hand-written documents in styles the evaluation corpus does not use.

The corpus generator's templates are what the engine was tuned on; these texts are written
differently on purpose (prose, minutes, tab-separated lists, mixed layouts) to catch rules that
only fit the generator. Values are synthetic (Faker zh_CN, checksum-valid made-up numbers).
"""

from __future__ import annotations

from faker import Faker

fake = Faker("zh_CN")
Faker.seed(424242)
ID1, ID2 = fake.ssn(), fake.ssn()


def entities(scanner, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type, f.value) for f in scanner.scan_text(text).findings}


def test_referral_prose(scanner) -> None:
    text = (
        "转诊单\n兹有我院患者周小梅，女，58岁，身份证号码：" + ID1 + "，因“反复胸闷3年，加重2天”"
        "于2024年3月12日来我院就诊，初步诊断：冠心病。现转至县人民医院心内科进一步诊治。\n"
        "家属周大海，联系电话：13905712345。\n经治医师：陈立新"
    )
    got = entities(scanner, text)
    assert {
        ("PERSON", "周小梅"),
        ("PERSON", "周大海"),
        ("PERSON", "陈立新"),
        ("CN_RESIDENT_ID", ID1),
        ("CN_PHONE", "13905712345"),
    } <= got
    assert scanner.scan_text(text).categories == ["medical"]


def test_meeting_minutes_titles_before_names(scanner) -> None:
    text = (
        "院务会会议纪要（内部）\n时间：2024年5月8日\n参加人员：院长刘建国、副院长陈敏、护士长王丽\n"
        "会议研究了下半年药品采购计划和供应商遴选事宜。记录：赵小燕"
    )
    names = {v for e, v in entities(scanner, text) if e == "PERSON"}
    assert {"刘建国", "陈敏", "王丽", "赵小燕"} <= names


def test_tab_separated_staff_list(scanner) -> None:
    text = (
        "2024年职工体检名单\n序号\t姓名\t身份证号\t科室\n1\t林志远\t" + ID1 + "\t内科\n"
        "2\t欧阳晓\t" + ID2 + "\t检验科\n"
    )
    got = entities(scanner, text)
    assert {
        ("PERSON", "林志远"),
        ("PERSON", "欧阳晓"),
        ("CN_RESIDENT_ID", ID1),
        ("CN_RESIDENT_ID", ID2),
    } <= got


def test_public_notice_reports_a_relatives_number_not_its_contacts(scanner) -> None:
    text = (
        "关于开展65岁以上老年人免费体检的通告\n请符合条件的老年人携带身份证到卫生院体检。"
        "咨询电话：0570-6012345（公共卫生科），联系人：徐医生 13857012345"
    )
    result = scanner.scan_text(text)
    assert result.categories == [] and result.public
    # the 公共卫生科's published line is not a secret (recognizers/phone.py), nor the mobile of
    # the contact the notice names (issue 9); a relative's mobile on its own line is
    phones = {v for t, v in entities(scanner, text) if t == "CN_PHONE"}
    assert phones == set()
    own = text + "\n患者王秀英家属手机：13957012345"
    assert {v for t, v in entities(scanner, own) if t == "CN_PHONE"} == {"13957012345"}


def test_decoy_heavy_invoice(scanner) -> None:
    text = (
        "增值税普通发票\n发票代码：033002100111  发票号码：04586921\n"
        "开票日期：2024年03月15日  校验码：62220 21234 56789 01234\n"
        "购买方纳税人识别号：" + "12330100470117254X" + "\n金额合计：￥13812.50\n"
        "订单号：" + "4403051990010112" + "38  物流单号：SF1388888888888"
    )
    found = entities(scanner, text)
    assert not {e for e, _ in found} & {"CN_PHONE", "CN_BANK_CARD", "CN_RESIDENT_ID"}
