"""The engine keeps Presidio as its API and extension point, offline and without built-ins."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from scanner.detect.engine import Detector


def test_no_presidio_builtins_loaded(ruleset) -> None:
    d = Detector(ruleset)
    names = {r.name for r in d.registry.recognizers}
    assert names == {"BaomiRulePack", "BaomiPerson", "BaomiAddress"}
    assert set(d.supported_entities) >= {"CN_RESIDENT_ID", "CN_PHONE", "PERSON", "CN_ADDRESS"}
    assert "PHONE_NUMBER" not in d.supported_entities


def test_works_without_network(ruleset, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("baomi must never open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    d = Detector(ruleset)
    results = d.analyze("邮箱：zhangwei@example.com，电话 13812345678")
    assert {r.entity_type for r in results} == {"EMAIL_ADDRESS", "CN_PHONE"}


def test_site_recognizer_gets_chinese_context(ruleset) -> None:
    """A plain PatternRecognizer a site adds: its context words work on Chinese text."""
    d = Detector(ruleset)
    rec = PatternRecognizer(
        supported_entity="CN_INSURANCE_NO",
        patterns=[Pattern("insurance", r"(?<![0-9A-Z])YB\d{8}(?![0-9])", 0.3)],
        context=["农合证号"],
        supported_language="zh",
    )
    d.add_recognizer(rec)
    assert d.analyze("编号YB12345678") == []  # 0.3 is below the threshold
    hits = d.analyze("农合证号：YB12345678")
    assert [(h.entity_type, h.score >= 0.5) for h in hits] == [("CN_INSURANCE_NO", True)]


def test_tokens_only_when_asked(ruleset) -> None:
    d = Detector(ruleset)
    artifacts = d.analyzer.nlp_engine.process_text("患者张伟因发热就诊", "zh")
    assert "tokens" not in artifacts.__dict__  # nothing segmented yet
    assert artifacts.lemmas[0] == "患者"  # lemmas are the token texts, never empty
    assert artifacts.lemmas == [t.text for t in artifacts.tokens]


def test_fast_path_matches_analyzer_engine(ruleset) -> None:
    """Detector.analyze skips AnalyzerEngine's bookkeeping but finds exactly the same."""
    from scanner.detect.engine import resolve_overlaps

    d = Detector(ruleset)
    text = (
        "姓名：张伟  身份证号：11010519491231002X  联系电话：13812345678\n"
        "住址：浙江省衢州市开化县华埠镇金星村3组17号  订单号 110101199003074478\n"
        "主治医师：欧阳明  工资卡号：6222021234567890128  邮箱 zw@example.com"
    )
    ours = [(r.entity_type, r.start, r.end, r.score) for r in d.analyze(text)]
    via_presidio = resolve_overlaps(d.analyzer.analyze(text, language="zh", score_threshold=0.5))
    assert ours == [(r.entity_type, r.start, r.end, r.score) for r in via_presidio]
    assert len(ours) == 7


def _resolve_all_at_once(results: list[RecognizerResult]) -> list[RecognizerResult]:
    # The choice over all results at once, as resolve_overlaps made it before it cut them into
    # groups: the reference the grouped choice must equal.
    ranked = sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start))
    kept: list[RecognizerResult] = []
    for r in ranked:
        if all(k.end <= r.start or r.end <= k.start for k in kept):
            kept.append(r)
    return sorted(kept, key=lambda r: r.start)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from([0.4, 0.6, 0.85, 1.0])),
        max_size=40,
    )
)
def test_overlaps_resolved_by_groups_as_all_at_once(spans: list[tuple[int, int, float]]) -> None:
    from scanner.detect.engine import resolve_overlaps

    results = [
        RecognizerResult(f"E{i % 3}", start, start + length, score)
        for i, (start, length, score) in enumerate(spans)
    ]
    assert [id(r) for r in resolve_overlaps(results)] == [
        id(r) for r in _resolve_all_at_once(results)
    ]
