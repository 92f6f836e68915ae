"""PERSON: where a name the model reads begins and ends — form lines with spaces, a verb glued
to a name, a name alone in a cell.

Every sentence and name here is invented for the test; none is taken from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scanner.detect.names import NameModel
from scanner.detect.recognizers.person import PersonRecognizer
from scanner.detect.recognizers.window import FIELD_MARK
from scanner.detect.rulepacks import RuleSet

Found = Callable[[str], list[tuple[str, str]]]


def names(found: Found, text: str) -> list[str]:
    return [v for e, v in found(text) if e == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ideographic space or a run of spaces between a form's fields ends the name
        ("体检人：邝志勇\u3000年龄：52岁", ["邝志勇"]),
        ("受检人：芦德海\u3000性别：男\u3000年龄：47岁", ["芦德海"]),
        ("复核 闵桂香 日期 2026-03-02", ["闵桂香"]),
    ],
)
def test_a_space_ends_a_name(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model reads on into the word after the name; the name keeps its true end
        ("周会由邵建平主持，陶德顺列席。", ["邵建平", "陶德顺"]),
        ("院务会由殷志刚主持，滕小红列席。", ["殷志刚", "滕小红"]),
        # a three-character name followed by a verb is not cut short
        ("张国庆祝贺大家。", ["张国庆"]),
        ("由欧阳明辉负责药品验收。", ["欧阳明辉"]),
    ],
)
def test_a_word_after_the_name_is_not_part_of_it(
    found: Found, text: str, expected: list[str]
) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize("text", ["言小平", "占小平"])
def test_a_name_alone_in_a_cell(found: Found, text: str) -> None:
    """A surname opening a cell has no left context; it passes a lower screen."""
    assert names(found, text) == [text]


def test_the_lower_screen_is_marked_on_the_span() -> None:
    model = NameModel.load()
    (alone,) = model.find("占小平")
    assert alone.edge
    (inside,) = model.find("会议由占小平主持。")
    assert inside.text == "占小平" and not inside.edge


@pytest.mark.parametrize(
    "text", ["单次", "其夫", "单次成本(元)", "询价单位：长沙迈瑞康医疗设备有限公司"]
)
def test_words_at_a_cell_start_are_no_names(found: Found, text: str) -> None:
    assert names(found, text) == []


@pytest.mark.parametrize(
    ("text", "start", "inside"),
    [
        ("该事项尚需院务会研究。", 2, True),  # 事项 + 项尚
        ("病区床位费按日结算。", 3, True),  # 床位 + 位费
        ("医生应给予健康宣教。", 4, True),  # 给予 + 健康
        ("实行剖宫产手术两例。", 3, True),  # 剖宫产
        ("市长于明华出席。", 2, False),  # 市长 + 于明华: the word before ends at the name
        ("会议由孙国平主持。", 3, False),
        ("谭秋月今日值班。", 0, False),
    ],
)
def test_a_model_name_never_begins_inside_a_word(text: str, start: int, inside: bool) -> None:
    assert PersonRecognizer._inside_word(text, start) is inside


@pytest.mark.parametrize("text", ["由家庭医生上门随访。", "由家庭医生签字确认。"])
def test_a_title_that_ends_a_word_has_no_name_before_it(found: Found, text: str) -> None:
    assert names(found, text) == []


@pytest.mark.parametrize(
    "text",
    ["南宋医官陈自明著书。", "北宋医官唐慎微编成本草。", "南宋医家陈言著三因方。"],
)
def test_a_dynasty_marks_a_historical_name(found: Found, text: str) -> None:
    assert names(found, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item between two names, or ending the clause after two, is a name though it reads
        # as a word on its own
        ("参加讨论：邵建平、殷志刚、向阳、陶德顺", ["邵建平", "殷志刚", "向阳", "陶德顺"]),
        ("参加讨论：邵建平、殷志刚、甘霖", ["邵建平", "殷志刚", "甘霖"]),
        # not every list item after names is one
        ("参加人员：张伟、李娜、全体护士", ["张伟", "李娜"]),
        ("高血压、糖尿病、冠心病患者随访。", []),
    ],
)
def test_names_in_a_list_of_names(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model alone gives a name beginning at 卿 / 禹 here under the veto's 0.005
        ("经研究，任命卿玉兰同志为办公室主任。", ["卿玉兰"]),
        ("任命禹雪英同志为护理部副主任。", ["禹雪英"]),
    ],
)
def test_a_cue_and_a_title_outweigh_the_models_doubt(
    found: Found, text: str, expected: list[str]
) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("今天去庞德明家中随访", "庞德明"), ("村医到冼桂英家中随访", "冼桂英")],
)
def test_a_name_read_on_to_the_window_edge_is_read_again(text: str, expected: str) -> None:
    """The decoding window ends six characters after the surname, and its edge reads like a
    sentence end: a name carried on to it is decoded again with more text in view."""
    assert [s.text for s in NameModel.load().find(text)] == [expected]


def _field(header: str, value: str) -> str:
    """A table cell as the pipeline hands it to the engine: mark, header, colon, value."""
    return f"{FIELD_MARK}{header}：{value}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header that names a thing: a "name" opening its value is a vaccine, a body part, a drug
        (_field("疫苗名称", "麻腮风"), []),
        (_field("伤口部位", "左小腿"), []),
        (_field("用药", "格列美脲 2mg qd"), []),
        # a person's header, alone or joined with a thing's, keeps the name
        (_field("备注", "邝德兰"), ["邝德兰"]),
        (_field("联系人 药品", "庞德明"), ["庞德明"]),
        (_field("姓名 药房", "庞德明"), ["庞德明"]),
    ],
)
def test_names_under_a_header_of_things(ruleset: RuleSet, text: str, expected: list[str]) -> None:
    rec = PersonRecognizer(ruleset.person)
    assert [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])] == expected
