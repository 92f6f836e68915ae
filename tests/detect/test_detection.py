"""Detection through the whole engine: decoys, one value one entity, names, addresses, context."""

from __future__ import annotations

import pytest
from faker import Faker

fake = Faker("zh_CN")
Faker.seed(7)


def test_resident_id_is_one_entity(found) -> None:
    ident = "11010519491231002X"
    assert found(f"身份证号 {ident}") == [("CN_RESIDENT_ID", ident)]
    # an 18-digit valid ID is not also a credit code or a bank card
    digits = next(fake.ssn() for _ in range(100) if True)
    hits = found(f"证件号码：{digits}")
    assert [e for e, _ in hits] == ["CN_RESIDENT_ID"]


@pytest.mark.parametrize(
    "text",
    [
        "急救电话120，卫生热线12320，市民热线12345",
        "订单号：110101199003074478",
        "发票号码 44030519900101123X",
        "检验日期20240315，报告日期2024-03-16",
        "邮编 310012",
        "批号 20240315017，有效期至 2026-03",
        "流水号 6222021234567890128",
        "合计金额 13812.50 元",
        "设备序列号 SN13812345678",
    ],
)
def test_decoys_are_not_reported(found, text: str) -> None:
    assert found(text) == []


def test_chinese_digit_boundary(found) -> None:
    # \b never fires between 汉字 and a digit; the patterns use explicit look-arounds.
    assert found("电话13812345678转") == [("CN_PHONE", "13812345678")]
    assert found("号码138123456789") == []  # 12 digits: not a mobile


def test_context_raises_score(scanner) -> None:
    plain = scanner.scan_text("备注 0571 87654321 。").findings
    labelled = scanner.scan_text("联系电话 0571 87654321").findings
    assert labelled and labelled[0].score > (plain[0].score if plain else 0)


def test_min_score_is_configurable(ruleset) -> None:
    from scanner.pipeline import Scanner

    strict = Scanner(ruleset, min_score=0.95)
    text = "家属 15057112345"  # validated mobile without a phone label: 0.8
    assert strict.scan_text(text).findings == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("患者王芳今日复诊", "王芳"),
        ("本院王明华主任审核", "王明华"),
        ("参会人员：张伟、李娜、王强", "张伟"),
        ("家属：欧阳娜娜（女儿）", "欧阳娜娜"),
        ("经治医师 李建国", "李建国"),
    ],
)
def test_names_where_the_document_gives_a_reason(found, text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_name_list_after_label(found) -> None:
    names = [v for e, v in found("参会人员：张伟、李娜、王强") if e == "PERSON"]
    assert names == ["张伟", "李娜", "王强"]


@pytest.mark.parametrize(
    "text",
    [
        "华佗发明麻沸散，张仲景著《伤寒杂病论》，孙思邈被尊为药王。",
        "钟南山院士提醒：勤洗手、戴口罩。",
        "患者高血压病史十年",
        "王主任查房",
        "姓名：（  ）",
    ],
)
def test_no_false_names(found, text: str) -> None:
    assert [v for e, v in found(text) if e == "PERSON"] == []


def test_table_column_header_is_context(scanner) -> None:
    from scanner.extract.interface import Segment

    segs = [Segment("姓名", {"row": 1}), Segment("张伟", {"row": 2}, field="姓名")]
    result = scanner._scan_segments("t", "csv", segs)
    assert [(f.entity_type, f.value, f.location["row"]) for f in result.findings] == [
        ("PERSON", "张伟", 2)
    ]
    # the header itself (the field prefix) is never reported as a finding location
    assert all(f.location["start"] == 0 for f in result.findings)


def test_address_cut_at_next_label(found) -> None:
    hits = found("现住址：江西省上饶市婺源县紫阳镇星江路8号联系电话：13912345678")
    assert ("CN_ADDRESS", "江西省上饶市婺源县紫阳镇星江路8号") in hits
    assert ("CN_PHONE", "13912345678") in hits


def test_organisation_is_not_an_address(found) -> None:
    assert [v for e, v in found("浙江省杭州市卫生健康委员会印发") if e == "CN_ADDRESS"] == []
