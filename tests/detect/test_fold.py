"""Full-width digits and zero-width characters are read as plain digits (scanner/detect/fold.py):
typed in full-width mode, pasted from a chat, or inserted on purpose to slip a number past the
scanner. A finding keeps the document's own characters and offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import RecognizerResult

from scanner.detect.fold import fold, unfold
from scanner.pipeline import Scanner

ID = "11010519491231002X"
WIDE = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def findings(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    result = scanner.scan_text(text)
    for f in result.findings:  # the value is the text at the finding's own offsets
        assert text[f.location["start"] : f.location["end"]] == f.value
    return [(f.entity_type, f.value) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (f"身份证号：{ID.translate(WIDE)}", "CN_RESIDENT_ID", ID.translate(WIDE)),
        ("手机：１３９１２３４５６７８，请回电", "CN_PHONE", "１３９１２３４５６７８"),
        (
            "邮箱：ｚｈａｎｇ２０２６＠１６３．ｃｏｍ",
            "EMAIL_ADDRESS",
            "ｚｈａｎｇ２０２６＠１６３．ｃｏｍ",
        ),
        (
            "身份证号：1101\u200b0519491231\u200c002X",
            "CN_RESIDENT_ID",
            "1101\u200b0519491231\u200c002X",
        ),
        ("手机：139\u20601234\ufeff5678", "CN_PHONE", "139\u20601234\ufeff5678"),
        ("银行卡号：6228\u00ad4804\u00ad0256\u00ad4890\u00ad018", "CN_BANK_CARD", None),
    ],
)
def test_wide_and_invisible_characters_do_not_hide_a_value(
    scanner: Scanner, text: str, entity: str, value: str | None
) -> None:
    found = findings(scanner, text)
    assert entity in [e for e, _ in found]
    if value is not None:
        assert (entity, value) in found


def test_offsets_after_removed_characters_still_point_at_the_value(scanner: Scanner) -> None:
    text = "患者王\u200b秀英，住址青石镇上湾村4组12号，手机139\u200b1234\u200b5678"
    found = findings(scanner, text)
    assert ("CN_ADDRESS", "青石镇上湾村4组12号") in found
    assert ("CN_PHONE", "139\u200b1234\u200b5678") in found


def test_plain_text_is_not_copied() -> None:
    text = "姓名：王秀英 手机：13912345678\n" * 100
    folded, origin = fold(text)
    assert folded is text and origin is None


_PIECES = st.lists(
    st.sampled_from(
        ["1", "3", "9", "１", "３", "Ｘ", "王", "\u200b", "\u200d", "\ufeff", " ", "-"]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(pieces=_PIECES)
def test_every_folded_match_maps_back_to_the_same_characters(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded, origin = fold(text)
    invisible = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
    for m in re.finditer(r"[0-9X]+|王+", folded):
        r = RecognizerResult("X", m.start(), m.end(), 1.0)
        (back,) = unfold([r], origin) if origin is not None else [r]
        original = text[back.start : back.end]
        assert invisible.sub("", original).translate(str.maketrans("１３Ｘ", "13X")) == m.group()
        assert not invisible.match(original) and not invisible.match(original[-1:])
