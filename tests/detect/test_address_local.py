"""Local address forms and the shipped list of administrative divisions."""

from __future__ import annotations

import pytest

from scanner.detect.divisions import load_divisions, short_form


def test_the_shipped_list_reaches_the_counties() -> None:
    d = load_divisions()
    assert len(d.provinces) == 34
    assert len(d.prefectures) > 330 and len(d.counties) > 2800
    assert {"开化县", "三台县", "浦东新区"} <= d.counties
    assert {"浙江", "衢州", "广西", "新疆", "黔南"} <= d.names  # short forms people write


def test_the_province_words_of_the_rule_pack_are_in_the_list(ruleset) -> None:
    shorts = {short_form(p) for p in load_divisions().provinces}
    assert set(ruleset.address["provinces"]) <= shorts


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("广西壮族自治区", "广西"),
        ("恩施土家族苗族自治州", "恩施"),
        ("新疆维吾尔自治区", "新疆"),
        ("香港特别行政区", "香港"),
        ("衢州市", "衢州"),
        ("和县", "和县"),
    ],
)
def test_short_forms(full: str, short: str) -> None:
    assert short_form(full) == short


def test_a_run_of_divisions_before_a_town_is_found_whole() -> None:
    text = "患者家住浙江衢州市开化县华埠镇"
    assert text[load_divisions().ends_at(text, text.index("华埠")) :] == "浙江衢州市开化县华埠镇"


def _addresses(scanner, text: str) -> list[tuple[str, float]]:
    found = scanner.scan_text(text).findings
    return [(f.value, f.score) for f in found if f.entity_type == "CN_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("患者系芦溪镇东风村8组70号村民", "芦溪镇东风村8组70号"),
        ("住南岭镇石桥村3组。", "南岭镇石桥村3组"),
        ("现住幸福小区5栋2单元301室", "幸福小区5栋2单元301室"),
        ("家住三台县芦溪镇东风村8组70号，电话13812345678", "三台县芦溪镇东风村8组70号"),
        ("送至城关镇解放路12号2单元301室", "城关镇解放路12号2单元301室"),
        ("户籍地开化县华埠镇金星村，现在外务工", "开化县华埠镇金星村"),
        ("\n大路口乡新民村二组", "大路口乡新民村二组"),
    ],
)
def test_local_forms(scanner, text: str, value: str) -> None:
    assert value in [v for v, _s in _addresses(scanner, text)]


def test_a_confirmed_county_or_a_cue_scores_higher_than_the_form_alone(scanner) -> None:
    (alone,) = _addresses(scanner, "芦溪镇东风村8组70号")
    (county,) = _addresses(scanner, "三台县芦溪镇东风村8组70号")
    (cue,) = _addresses(scanner, "家住芦溪镇东风村8组70号")
    assert alone[1] < county[1] and alone[1] < cue[1]


@pytest.mark.parametrize(
    "text",
    [
        "请到三楼会议室3号座位签到",
        "讨论分第3组进行，每组5人",
        "全镇各村3组以上人员参加",
        "芦溪镇卫生院召开会议",
        "东风村8组村民代表参会",  # a village and a group alone: a mention, not where one lives
        "各乡镇卫生院：请于3月10日前上报",
        "城南街道办事处2楼会议室",
    ],
)
def test_forms_that_are_not_addresses(scanner, text: str) -> None:
    assert _addresses(scanner, text) == []
