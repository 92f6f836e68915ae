from __future__ import annotations

import re

import pytest

from scanner.detect.recognizers.firstchars import first_char_class
from scanner.detect.rulepacks import load_rules


@pytest.mark.parametrize(
    ("patterns", "starts", "not_starts"),
    [
        ([r"(?<![0-9])1[3-9]\d{9}"], ["1"], ["2", "a"]),
        ([r"(?:\+?86)?1\d", r"住院号\d+"], ["+", "8", "1", "住"], ["9", "门"]),
        ([r"[A-Z]?\d{3}"], ["A", "7"], ["a"]),
        ([r"(?:门诊|病案)号"], ["门", "病"], ["号"]),
    ],
)
def test_first_char_class(patterns: list[str], starts: list[str], not_starts: list[str]) -> None:
    cls = first_char_class(patterns)
    assert cls is not None
    rx = re.compile(cls)
    assert all(rx.fullmatch(ch) for ch in starts)
    assert not any(rx.fullmatch(ch) for ch in not_starts)


@pytest.mark.parametrize("patterns", [[r".+"], [r"\d*"], [r"[^a]b"]])
def test_unknown_or_empty_gives_no_prefilter(patterns: list[str]) -> None:
    assert first_char_class(patterns) is None


def test_every_shipped_pattern_start_is_covered() -> None:
    """Each pattern's own matches in its examples start with a character of the class."""
    rules = load_rules()
    cls = re.compile(first_char_class([p.regex for r in rules.patterns for p in r.patterns]) or ".")
    for rule in rules.patterns:
        for ex in rule.examples.positive:
            for pat in rule.patterns:
                for m in re.finditer(pat.regex, ex.text):
                    assert cls.match(ex.text, m.start()), (rule.id, ex.text)
