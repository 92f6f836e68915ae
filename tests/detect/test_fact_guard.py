"""The classifier's fact alternation with a look-ahead per kind finds exactly what the plain
alternation finds (the look-ahead only refuses positions a kind cannot begin at)."""

from __future__ import annotations

import re
from pathlib import Path

from scanner.detect.classify import Classifier, _guarded
from scanner.detect.rulepacks import load_rules

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = """血压 130/85mmHg，体温 37.8℃，空腹血糖 6.1mmol/L，心率 78次/分，BMI 24.2kg/m2，血压(mmHg)：162/96
SpO2 88%，血糖13.6，结果：阳性，大便隐血（+），脑梗后遗症，无障碍通道，第2剂，加强针，疫苗批号：A2026
\ue000收缩压：150 \ue000金额：-12.5 主诉：头晕 职 称：主治医师 96万元 1,268.40 元 由每穴位5元调整为8元
调整部分诊疗项目价格 来源：临江县融媒体中心 T 36.5°C 38.2℃ 12×10^9/L 5 元/次 3元／盒"""


def _plain(classifier: Classifier) -> re.Pattern[str]:
    patterns = classifier.rules.fact_patterns
    return re.compile("|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(patterns)))


def _texts() -> list[str]:
    texts = [SAMPLES, SAMPLES.replace("\n", "")]
    for folder in ("heldout", "heldout2", "secret_dev"):
        for path in sorted((ROOT / "benchmarks" / folder / "docs").rglob("*")):
            if path.suffix in (".txt", ".md", ".csv"):
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_the_guarded_alternation_finds_what_the_plain_one_finds() -> None:
    classifier = Classifier(load_rules(None).categories)
    assert classifier._fact_re is not None
    plain = _plain(classifier)
    found = 0
    for text in _texts():
        ours = [(m.span(), m.lastgroup) for m in classifier._fact_re.finditer(text)]
        theirs = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert ours == theirs
        found += len(ours)
    assert found > 200  # the texts hold facts of many kinds


def test_a_pattern_whose_first_characters_cannot_be_told_is_left_as_it_is() -> None:
    assert _guarded(".元") == "(?:.元)"
    assert _guarded("血压|体温").startswith("(?=[")
