"""PERSON: cues of kinship (其父, 其姐, 我爸), a bed number before a patient (5床…), the first
and the last item of a list of names, and placeholders (李某, 赵某某) that name nobody.

Every name and sentence here is invented for the test; none is taken from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_text


def names(found, text: str) -> list[str]:
    return [v for e, v in found(text) if e == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("反映其父盛长林在住院期间跌倒。", ["盛长林"]),
        ("由其姐左玉芬监督服药。", ["左玉芬"]),
        ("来电人自称其母亲葛秀梅在家中晕倒。", ["葛秀梅"]),
        ("我爸蒋德旺昨天晕了一下。", ["蒋德旺"]),
    ],
)
def test_kinship_cues(found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


def test_a_bed_number_before_a_patient(scanner: Scanner, tmp_path: Path) -> None:
    log = make_text(
        tmp_path / "值班记录.txt",
        "02:10 住院部5床陶根生高热39.4℃，予物理降温。\n06:00 12号床：钱德明，术后第2天。\n"
        "3床出院，5床加床，共20床位。\n",
    )
    found = [f.value for f in scanner.scan_file(log).findings if f.entity_type == "PERSON"]
    assert found == ["陶根生", "钱德明"]


def test_the_first_and_last_items_of_a_list(scanner: Scanner, tmp_path: Path) -> None:
    doc = make_docx(
        tmp_path / "通知.docx",
        paragraphs=[
            "存在为未到场的3名老人（邴福来、王秀梅、李长林、赵德胜）补录数据的问题。",
            "续发病例：钱德明、葛秀梅、高福来等6人，均为同班同学。",
        ],
    )
    found = [f.value for f in scanner.scan_file(doc).findings if f.entity_type == "PERSON"]
    assert "邴福来" in found
    assert "高福来" in found


@pytest.mark.parametrize(
    "text", ["案例讨论：患者李某，男，62岁（已脱敏）。", "5床赵某某，女，71岁，今日出院。"]
)
def test_placeholders_name_nobody(found, text: str) -> None:
    assert names(found, text) == []
