"""PERSON: compound surnames beyond the common ones (第五, 乐正, 梁丘), the ordinal 第五 that is
no surname, and rare surnames only the name model's table holds (毋, 仉, 邴) after a cue or a
label — where the model agrees that a name begins there.

Every name and sentence here is invented for the test; none is taken from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_xlsx


def names_in(scanner: Scanner, path: Path) -> list[str]:
    return [f.value for f in scanner.scan_file(path).findings if f.entity_type == "PERSON"]


def test_compound_surnames_in_a_word_document(scanner: Scanner, tmp_path: Path) -> None:
    doc = make_docx(
        tmp_path / "纪要.docx",
        paragraphs=[
            "患者梁丘淑芬，女，68岁，因头晕入院。",
            "我是乐正淑芬的儿子乐正明宇，在外地打工。",
            "关于对第五国栋同志的处理决定（草稿）",
        ],
    )
    assert names_in(scanner, doc) == ["梁丘淑芬", "乐正淑芬", "乐正明宇", "第五国栋"]


def test_a_compound_surname_under_a_name_column(scanner: Scanner, tmp_path: Path) -> None:
    sheet = make_xlsx(
        tmp_path / "加班.xlsx",
        {"11月": [["科室", "姓名", "时长"], ["急诊科", "第五国栋", 12], ["内科", "乐正淑芬", 8]]},
    )
    assert names_in(scanner, sheet) == ["第五国栋", "乐正淑芬"]


@pytest.mark.parametrize(
    "text",
    ["第五次院务会于周一召开。", "第五条 患者有权查阅病历。", "第五届职工代表大会", "第五名：内科"],
)
def test_the_ordinal_is_no_surname(found, text: str) -> None:
    assert [v for e, v in found(text) if e == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申请方：钱国庆（患者毋翠兰之子），电话另附。", ["钱国庆", "毋翠兰"]),
        ("采购人：某镇卫生院，联系人：仉海波，请于工作日联系。", ["仉海波"]),
    ],
)
def test_rare_surnames_after_a_cue(found, text: str, expected: list[str]) -> None:
    assert [v for e, v in found(text) if e == "PERSON"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the table's rare "surnames" 过, 随, 建, 院, 须 begin words here, not names
        "联系人：过去三个月内由科室统一安排。",
        "随车医生：待定",
        "孕12周建档，乙肝表面抗原阴性。",
        "联系人：院办 值班室",
        "危重患者须先抢救、后转科。",
    ],
)
def test_rare_surnames_need_the_models_word(found, text: str) -> None:
    assert [v for e, v in found(text) if e == "PERSON"] == []
