"""What the learned reading of categories reads (scanner/detect/learned.py): the document's text
with its findings blanked and without the table cells' header markers — a marker can carry a
neighbouring cell's value (a row's name before a measurement's column), which the blanking of
findings does not reach (docs/categories.md, "A learned reading")."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from scanner.detect import learned
from scanner.detect.classify import Classifier, Decision, Evidence
from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_xlsx

# an invented health-check form and register: every name, ID and number is made up
_NAMES = ("覃秀兰", "蒙德贵", "韦春燕")
_FORM = [
    ["姓名", "覃秀兰", "性别", "女"],
    ["血压", "156/92 mmHg", "心率", "78次/分"],
    ["空腹血糖", "7.8 mmol/L", "心电图", "窦性心律"],
]
_REGISTER = [
    ["序号", "姓名", "性别", "血压", "血糖", "结论"],
    ["1", "蒙德贵", "男", "142/88", "6.1", "高血压1级"],
    ["2", "韦春燕", "女", "128/76", "5.2", "未见明显异常"],
]


class _Keeping(Classifier):
    """The scan's classifier, keeping the evidence of the document it decided last."""

    kept: Evidence | None = None

    def decide(self, ev: Evidence) -> Decision:
        self.kept = ev
        return super().decide(ev)


def _read(path: Path) -> Evidence:
    scanner = Scanner()
    scanner.classifier.__class__ = _Keeping
    scanner.scan_file(path)
    ev = scanner.classifier.kept  # type: ignore[attr-defined]
    assert ev is not None
    return ev


def _grams_of_names(grams: set[str]) -> set[str]:
    return {g for g in grams if len(g) >= 2 and any(g in n for n in _NAMES)}


def test_a_header_marker_is_not_read() -> None:
    text = "\ue000姓名：   \n\ue000怀玉兰 血压：156/92 mmHg\n\ue000怀玉兰 心电图：窦性心律\n"
    grams = learned.ngrams(text)
    assert "玉兰" not in grams and "怀玉" not in grams
    assert {"窦性", "心律"} <= grams  # the cells' own text stays
    assert "血压" not in grams  # a header is read where it stands as a cell, not in a marker


def test_no_name_reaches_the_model_from_a_docx_form(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "体检表.docx", ["老年人健康体检表"], tables=[_FORM])
    ev = _read(path)
    assert "\ue000" in ev.sample  # the pipeline marks the cells' headers
    grams = learned.ngrams(ev.sample)
    assert not _grams_of_names(grams)
    assert "窦性" in grams


def test_no_name_reaches_the_model_from_an_xlsx_register(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "体检汇总.xlsx", {"Sheet1": [["体检结果汇总"], *_REGISTER]})
    ev = _read(path)
    grams = learned.ngrams(ev.sample)
    assert not _grams_of_names(grams)
    assert "高血压" in grams


# an invented constitution-type register of three residents (a record of people:
# learned.MIN_LISTED names as entries), and the same with a fee column: one money word gives the
# rules a point of financial, below their threshold, and no category
_CONSTITUTION = [
    ["编号", "姓名", "性别", "年龄", "体质类型"],
    ["001", "蒙德贵", "男", "72", "阳虚质"],
    ["002", "韦春燕", "女", "58", "痰湿质"],
    ["003", "覃秀兰", "女", "66", "气虚质"],
]
_WITH_FEE = [[*row, cell] for row, cell in zip(_CONSTITUTION, ["费用", "0", "0", "0"], strict=True)]


def _points_only() -> learned.Model:
    """A model that reads nothing but the rules' financial points (weights invented for the
    test): financial when the rules half-saw it, nothing else."""
    weights = np.zeros((1, len(learned.CATEGORIES)))
    weights[0, learned.CATEGORIES.index("financial")] = 10.0
    return learned.Model([], ["score:financial"], weights, np.full(5, -3.0), np.full(5, 0.8))


def test_the_rules_points_below_their_threshold_reach_the_model(tmp_path: Path) -> None:
    plain = make_xlsx(tmp_path / "体质辨识.xlsx", {"Sheet1": _CONSTITUTION})
    fee = make_xlsx(tmp_path / "体质辨识收费.xlsx", {"Sheet1": _WITH_FEE})
    rules_only = Scanner()
    rules_only.classifier.learned = None
    assert rules_only.scan_file(plain).categories == []
    assert rules_only.scan_file(fee).categories == []
    scanner = Scanner()
    scanner.classifier.learned = _points_only()
    assert scanner.scan_file(plain).categories == []
    result = scanner.scan_file(fee)
    assert result.categories == ["financial"]
    assert result.reasons["financial"][-1].startswith("learned: financial p=")


def test_one_or_two_names_are_no_record_of_people(tmp_path: Path) -> None:
    # two residents: news prose shows as many names standing as entries, and the model does
    # not read it (benchmarks/public_pages.py)
    two = make_xlsx(tmp_path / "两人.xlsx", {"Sheet1": _WITH_FEE[:3]})
    scanner = Scanner()
    scanner.classifier.learned = _points_only()
    assert scanner.scan_file(two).categories == []


def test_one_listed_name_with_a_phone_is_a_record_of_people(tmp_path: Path) -> None:
    # an identified person (issue 9 item 5): one listed name and a way to reach that person —
    # a complaint letter's signature, a staff member's mail — is read; the same rows without
    # the phone (above) are not
    rows = [
        [*row, cell]
        for row, cell in zip(_WITH_FEE[:3], ["联系电话", "13907715238", ""], strict=True)
    ]
    path = make_xlsx(tmp_path / "两人电话.xlsx", {"Sheet1": rows})
    rules_only = Scanner()
    rules_only.classifier.learned = None
    first = rules_only.scan_file(path)
    assert first.categories == []
    assert "CN_PHONE" in {f.entity_type for f in first.findings}
    scanner = Scanner()
    scanner.classifier.learned = _points_only()
    assert scanner.scan_file(path).categories == ["financial"]


def test_record_of_people_reads_names_and_identifiers() -> None:
    assert learned.record_of_people(learned.MIN_LISTED, {})
    assert not learned.record_of_people(learned.MIN_LISTED - 1, {"PERSON": 2})
    assert learned.record_of_people(1, {"CN_PHONE": 1})
    assert learned.record_of_people(1, {"EMAIL_ADDRESS": 0.69})
    assert not learned.record_of_people(0, {"CN_PHONE": 3})
