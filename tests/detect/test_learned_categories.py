"""The learned reading of categories (scanner/detect/learned.py, docs/categories.md "A learned
reading"): the shipped weights are what scripts/train_categories.py builds from the current
development sets, hold only 汉字 n-grams, load without pickle, and fill in a category only where
the rules find none and do not call the document public — with a reason that names the model's
probability and vocabulary words, never a value of the document."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from scanner.detect import learned
from scanner.detect.rulepacks import RulesError, load_rules
from scanner.pipeline import Scanner
from scripts.train_categories import THRESHOLD, inputs_sha256
from tests.clirun import baomi, jsonl
from tests.docmaker import make_text, make_xlsx

_LEARNED = re.compile(r"^learned: (\w+) p=(\d\.\d\d)(?: \((.+)\))?$")

# a constitution-type register (体质辨识) of six invented residents: the rules read no category
# in it (no ID, no phone, no vocabulary term), the model reads a register of people's health
# (four rows read p=0.79 as an xlsx once the cells' header markers were no longer read: the
# markers had repeated the column names on every cell)
_REGISTER = [
    ["编号", "姓名", "性别", "年龄", "体质类型", "调养建议"],
    ["001", "孙桂英", "女", "67", "气虚质", "多食山药、少劳累"],
    ["002", "郑德明", "男", "72", "阳虚质", "注意保暖、艾灸"],
    ["003", "韩春梅", "女", "58", "痰湿质", "清淡饮食、多运动"],
    ["004", "曹志远", "男", "64", "平和质", "保持作息"],
    ["005", "黎秋生", "男", "69", "气郁质", "舒畅情志、多交流"],
    ["006", "覃玉芬", "女", "61", "血瘀质", "适当活动、少熬夜"],
]
_NAMES = ("孙桂英", "郑德明", "韩春梅", "曹志远", "黎秋生", "覃玉芬")


def _register_csv(path: Path) -> Path:
    return make_text(path, "".join(",".join(row) + "\n" for row in _REGISTER))


def test_shipped_weights_were_built_from_the_current_development_sets() -> None:
    model = learned.shipped()
    assert model is not None, "scanner/detect/data/categories_model.npz is missing"
    # a changed truth file or document means: run scripts/train_categories.py again
    assert model.inputs_sha256 == inputs_sha256()
    assert list(model.thresholds) == [THRESHOLD] * len(learned.CATEGORIES)


def test_the_vocabulary_holds_han_ngrams_only() -> None:
    model = learned.shipped()
    assert model is not None
    han = re.compile(r"[\u4e00-\u9fff]{1,3}")
    assert all(han.fullmatch(g) for g in model.vocabulary)
    assert len(set(model.vocabulary)) == len(model.vocabulary)
    explainable = [g for g, ok in zip(model.vocabulary, model.explainable, strict=True) if ok]
    assert explainable and all(len(g) >= 2 for g in explainable)


def test_weights_round_trip_without_pickle(tmp_path: Path) -> None:
    model = learned.Model(
        ["病历", "预算", "考核"],
        ["entity:PERSON"],
        np.arange(20, dtype=float).reshape(4, 5) / 10,
        np.zeros(5),
        np.full(5, 0.8),
        "abc",
        np.array([True, True, False]),
    )
    path = tmp_path / "m.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as data:
        assert all(data[k].dtype != object for k in data.files)
    again = learned.Model.load(path)
    assert again.vocabulary == model.vocabulary and again.inputs_sha256 == "abc"
    text, ev = "预算和病历", {"entity:PERSON": 1.0}
    assert np.allclose(again.probabilities(again.vector(text, ev)), model.probabilities(
        model.vector(text, ev)), atol=1e-6)  # fmt: skip
    # a reason names only explainable n-grams (考核 is not, here)
    assert "考核" not in again.read("考核预算病历", ev).reason("medical")


def test_the_model_fills_a_register_the_rules_leave_open(tmp_path: Path) -> None:
    path = _register_csv(tmp_path / "体质辨识结果.csv")
    rules_only = Scanner()
    rules_only.classifier.learned = None
    assert rules_only.scan_file(path).categories == []
    result = Scanner().scan_file(path)
    assert result.categories == ["medical"]
    m = _LEARNED.match(result.reasons["medical"][-1])
    assert m is not None and m.group(1) == "medical" and float(m.group(2)) >= THRESHOLD


def test_the_model_never_outweighs_the_rules_public_verdict(tmp_path: Path) -> None:
    leaflet = make_text(
        tmp_path / "高血压自我管理.txt",
        "高血压患者的家庭自我管理\n"
        "一、每天定时测量血压，并做好记录。\n"
        "二、按医嘱规律服药，不要自行停药或减量。\n"
        "三、饮食宜清淡，每人每天食盐不超过5克。\n"
        "四、出现头痛、胸闷等不适，请及时到卫生院就诊。\n"
        "咨询电话：12320\n",
    )
    result = Scanner().scan_file(leaflet)
    assert result.public and result.categories == []


@pytest.mark.slow
def test_scan_gives_the_model_s_category_with_a_reason_that_names_no_value(
    tmp_path: Path,
) -> None:
    # the installed command, as a clerk runs it: an xlsx and a csv register, a leaflet
    share = tmp_path / "share"
    make_xlsx(share / "体质辨识.xlsx", {"Sheet1": _REGISTER})
    _register_csv(share / "体质辨识.csv")
    make_text(
        share / "须知.txt",
        "体质辨识服务须知\n一、65岁以上老年人每年可免费接受一次中医体质辨识。\n"
        "二、请携带身份证到卫生院中医科登记。\n咨询电话：12320\n",
    )
    env = {"BAOMI_HOME": str(tmp_path / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    r = baomi("scan", str(share), "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    records = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert records["须知.txt"]["categories"] == []
    model = learned.shipped()
    assert model is not None
    explainable = {g for g, ok in zip(model.vocabulary, model.explainable, strict=True) if ok}
    for name in ("体质辨识.xlsx", "体质辨识.csv"):
        rec = records[name]
        assert rec["categories"] == ["medical"], rec
        m = _LEARNED.match(rec["reasons"]["medical"][-1])
        assert m is not None
        assert set((m.group(3) or "").split("、")) - {""} <= explainable
    assert not any(n in r.stdout for n in _NAMES)


def _rules_with(tmp_path: Path, line: str) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
    cats = rules / "categories.yaml"
    text = cats.read_text(encoding="utf-8")
    assert "\nlearned_reading: true\n" in text
    cats.write_text(text.replace("\nlearned_reading: true\n", f"\n{line}\n"), encoding="utf-8")
    return rules


def test_a_site_can_read_by_its_rules_alone(tmp_path: Path) -> None:
    register = make_xlsx(tmp_path / "体质辨识.xlsx", {"Sheet1": _REGISTER})
    assert Scanner().scan_file(register).categories == ["medical"]
    alone = Scanner(load_rules(_rules_with(tmp_path, "learned_reading: false")))
    assert alone.classifier.learned is None
    result = alone.scan_file(register)
    assert result.categories == []
    assert not any(r.startswith(learned.REASON) for rs in result.reasons.values() for r in rs)


def test_the_switch_is_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="learned_reading must be true or false"):
        load_rules(_rules_with(tmp_path, "learned_reading: sometimes"))
