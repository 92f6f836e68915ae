"""A value a guide shows as an example is not a secret; a real value beside the word 例 is
(scanner/detect/recognizers/examples.py)."""

from __future__ import annotations

import pytest

from scanner.pipeline import Scanner

CARD = "6228480402564890018"
ID = "430281200001013555"
MOBILE = "13912345678"


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.value) for f in scanner.scan_text(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        f"4. 银行卡支付请刷卡。\n   示意卡号 {CARD} 仅为格式样例。",
        f"身份证号码录入示例（虚构号码，仅作格式说明）：{ID}",
        f"联系电话：{MOBILE}（示例）",
        f"例如：患者张桂兰，电话{MOBILE}，住址青石镇上湾村4组。",
        f"填写样式：身份证号 {ID}",
        f"例：{MOBILE}",
    ],
)
def test_a_value_shown_as_an_example_is_dropped(scanner: Scanner, text: str) -> None:
    assert found(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the example is named in another sentence: this resident's values are real
        (f"本表填写示例见附件。姓名：王秀英 电话：{MOBILE}", MOBILE),
        # a case (病例), a case study (案例) and a regulation (条例) are not examples
        (f"芦溪镇卫生院接诊病例：訾梓豪（学生，家长訾建业 {MOBILE}）。", MOBILE),
        (f"案例：患者王秀英，身份证号{ID}，自述……", ID),
        (f"依据《条例》：患者王秀英，电话{MOBILE}", MOBILE),
        # a note further than a few characters after the value, past the end of its clause
        (f"电话：{MOBILE}；备注：下次随访时带上示例表格", MOBILE),
    ],
)
def test_a_real_value_near_the_word_stays(scanner: Scanner, text: str, value: str) -> None:
    assert value in [v for _, v in found(scanner, text)]
