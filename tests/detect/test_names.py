"""The shipped name model: loads from the package, reads names in prose with no cue."""

from __future__ import annotations

import pytest

from scanner.detect.names import NameModel
from scanner.detect.rulepacks import load_rules


@pytest.fixture(scope="module")
def model() -> NameModel:
    return NameModel.load(exclude=load_rules().person.get("famous") or ())


def names(model: NameModel, text: str) -> list[str]:
    found = model.find(text)
    for span in found:
        assert text[span.start : span.end] == span.text
        assert 0.0 < span.score <= 1.0
    return [s.text for s in found]


def test_loads_from_the_package() -> None:
    model = NameModel.load()
    assert len(model.surnames) > 500 and "欧阳" in model.compounds
    # given-name character buckets from the public name list (scripts/train_names.py)
    assert model.given is not None and model.given["华"] == 1 and "骁" in model.given
    assert model.find("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议由孙国平主持，吴晓燕、冯丽萍出席。", ["孙国平", "吴晓燕", "冯丽萍"]),
        ("患者由其子王建国陪同来院就诊。", ["王建国"]),
        ("5床赵秀英，体温37.8℃，夜间咳嗽加重。", ["赵秀英"]),
        ("交班人：郑海燕  接班人：刘春梅", ["郑海燕", "刘春梅"]),
        ("王丽娟 10:35\n收到，我马上去药房。", ["王丽娟"]),
        ("今天江海涛医生在二楼坐诊。", ["江海涛"]),
        ("司机蒯明亮于14:20出车。", ["蒯明亮"]),
    ],
)
def test_finds_names_without_a_cue(model: NameModel, text: str, expected: list[str]) -> None:
    assert names(model, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "钟南山院士提醒大家注意防护。",
        "明代医学家李时珍著《本草纲目》。",
        "高级会计师、注册会计师各一名。",
        "经会计师事务所审计，收支平衡。",
        "请在签名和盖章处签字。",
        "全体成员参加，全天值班。",
        "2024年度预算金额合计35.6万元。",
    ],
)
def test_leaves_famous_names_and_words_alone(model: NameModel, text: str) -> None:
    assert names(model, text) == []


def test_offsets_point_into_long_text(model: NameModel) -> None:
    line = "3床陈桂兰，血压偏高。"
    text = "体检记录\n" + "，".join(["今日阴"] * 200) + "\n" + line
    (span,) = model.find(text)
    assert text[span.start : span.end] == "陈桂兰"


def test_text_without_surname_characters_is_not_tagged(model: NameModel) -> None:
    assert model.find("1234-5678 ABC xyz。。。；；\n\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "会议由孙国平主持，吴晓燕、冯丽萍出席",
        "经会计师事务所审计，欧阳明辉、司马青同志参加了培训",
        "3床陈桂兰血压偏高 王丽娟 10:35 收到",
        "Patient 李秀英 aged 62, 电话13912345678，住芦溪镇东风村8组",
    ],
)
def test_array_inference_equals_crfsuite(model: NameModel, text: str) -> None:
    """fast.py decodes with the model's own weights: the same tags as crfsuite, same marginals."""
    from scanner.detect.names.fast import LABELS
    from scanner.detect.names.features import sentence_features

    crf = model.compiled()
    emissions = crf.emissions(crf.code_points(text))
    tags = crf.viterbi(emissions, [0], [len(text)])
    marginals = crf.marginals(emissions, [0], [len(text)])
    tagger = model._tagger()
    expected = tagger.tag(
        sentence_features(list(text), model.surnames, model.compounds, model.given)
    )
    assert [LABELS[t] for t in tags[0, : len(text)]] == expected
    for k, label in enumerate(expected):
        got = marginals[0, k, LABELS.index(label)]
        assert got == pytest.approx(tagger.marginal(label, k), abs=1e-4)  # float32 tables


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约翰·史密斯昨日来院参观。", "约翰·史密斯"),
        ("外籍专家玛丽·安德森为大家授课。", "玛丽·安德森"),
    ],
)
def test_transliterated_names_without_a_surname(model: NameModel, text: str, expected: str) -> None:
    """A foreign name in Chinese script has no surname to start from; the model still reads it,
    and marks it as such so the recognizer can ask more of it."""
    spans = [s for s in model.find(text) if s.text == expected]
    assert len(spans) == 1 and spans[0].surname is False


def test_transliterated_names_can_be_switched_off() -> None:
    model = NameModel.load(foreign_prescreen=None)
    assert [s.text for s in model.find("约翰·史密斯昨日来院参观。")] == []


@pytest.mark.parametrize(
    "text",
    [
        "给予阿莫西林胶囊0.5g口服，每日三次。",
        "奥美拉唑肠溶胶囊、多潘立酮片、蒙脱石散各一盒。",
        "左氧氟沙星注射液静滴，阿司匹林100mg口服。",
        "布洛芬缓释胶囊、克拉霉素、维生素C片。",
        "赴莫斯科、维也纳、悉尼参加学术会议。",
    ],
)
def test_transliterated_drugs_and_places_are_no_names(model: NameModel, text: str) -> None:
    assert names(model, text) == []


def test_transliterated_name_at_a_clause_end(model: NameModel) -> None:
    """A window cut by a full stop is not a window cut short: the name before it is whole."""
    text = "今天来访的是约翰·史密斯。"
    assert [s.text for s in model.find(text) if not s.surname] == ["约翰·史密斯"]
