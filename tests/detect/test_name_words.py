"""Words that are not names (issue 9, names precision): each cause of a false PERSON found on the
development sets, on a real file, with a real name in the same place still found
(scanner/detect/recognizers/person.py). All names, places and texts here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_text


def _names(scanner: Scanner, path: Path) -> list[str]:
    result = scanner.scan_file(path)
    assert result.status == "ok"
    return sorted(f.value for f in result.findings if f.entity_type == "PERSON")


# -- a leaflet's list of actions (勤 and 戴 are surnames, 勤洗手 and 戴口罩 things to do) -------


@pytest.mark.parametrize(
    "advice",
    [
        "预防措施：接种流感疫苗；勤洗手、戴口罩；保持室内通风。",
        "冬季提示：接种流感疫苗；戴口罩、勤洗手；保持室内通风。",
        "预防措施：接种流感疫苗；勤洗手，戴口罩，多喝水。",
        "勤洗手、戴口罩；保持室内通风。",
    ],
)
def test_a_list_of_actions_is_no_list_of_names(
    scanner: Scanner, tmp_path: Path, advice: str
) -> None:
    path = make_docx(tmp_path / "流感防控宣传.docx", ["流感防控小知识", advice])
    assert _names(scanner, path) == []


@pytest.mark.parametrize(
    "text",
    [
        "参加培训的有戴海燕、王丽华、张建国三位同志。",
        "值班安排：接种流感疫苗；戴海燕、王丽华负责登记。",
    ],
)
def test_a_name_with_such_a_surname_in_a_list_stays(
    scanner: Scanner, tmp_path: Path, text: str
) -> None:
    path = make_text(tmp_path / "通知.txt", text + "\n")
    names = _names(scanner, path)
    assert "戴海燕" in names and "王丽华" in names


# -- a four-character "name" that is two words (基本 + 合格, 秋冬 + 季节) ------------------------


def test_two_words_are_no_four_character_name(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "宣传.docx",
        ["流感防控小知识", "秋冬季节：接种流感疫苗；戴口罩、勤洗手；保持室内通风。"],
    )
    assert _names(scanner, path) == []
    staff = make_text(
        tmp_path / "档案.txt",
        "姓名：韦春兰\n学历：大专 2024年度考核：基本合格 2025年受到警告处分一次\n",
    )
    assert _names(scanner, staff) == ["韦春兰"]


def test_four_character_names_in_the_same_place_stay(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "纪要.docx",
        ["欧阳晓峰：接种流感疫苗的通知已发到各村。", "会议由司马建国主持，扎西顿珠出席。"],
    )
    assert _names(scanner, path) == ["司马建国", "扎西顿珠", "欧阳晓峰"]


# -- a duty roster's shift (白班) is the row's key under the 姓名 column, not a name ----------


def test_a_rosters_shift_is_no_name(scanner: Scanner, tmp_path: Path) -> None:
    roster = [
        ["班次", "姓名", "科室"],
        ["白班", "陈秀兰", "内科"],
        ["中班", "戴海燕", "外科"],
        ["夜班", "韦春兰", "急诊科"],
    ]
    path = make_docx(tmp_path / "值班安排表.docx", ["卫生院值班安排表"], tables=[roster])
    assert _names(scanner, path) == ["戴海燕", "陈秀兰", "韦春兰"]


def test_a_name_as_the_rows_key_stays(scanner: Scanner, tmp_path: Path) -> None:
    sheet = [["姓名", "联系人", "科室"], ["王建军", "李春梅", "内科"], ["赵桂芝", "孙国平", "外科"]]
    path = make_docx(tmp_path / "联系表.docx", ["家属联系表"], tables=[sheet])
    assert _names(scanner, path) == ["孙国平", "李春梅", "王建军", "赵桂芝"]


# -- the "surname" ends a rare word of another kind (住院楼 + 维修, 总务科 + 维修) --------------


def test_a_surname_that_ends_a_building_or_department_is_no_name(
    scanner: Scanner, tmp_path: Path
) -> None:
    path = make_text(
        tmp_path / "公告.txt",
        "项目名称：青石镇卫生院住院楼维修改造工程\n插座发热，请及时报总务科维修（内线8006）。\n",
    )
    assert _names(scanner, path) == []


def test_a_name_after_such_a_word_stays(scanner: Scanner, tmp_path: Path) -> None:
    path = make_text(
        tmp_path / "通知.txt", "请总务科王建军及时维修。\n住院楼周丽萍护士今晚值班。\n"
    )
    assert _names(scanner, path) == ["周丽萍", "王建军"]


# -- a two-character "name" cut from a common word across its end (院领 + 导) ------------------


def test_a_word_cut_short_is_no_name(scanner: Scanner, tmp_path: Path) -> None:
    path = make_text(tmp_path / "分配方案.txt", "二、分配：院领导按全院平均2倍执行。\n")
    assert _names(scanner, path) == []


def test_a_sure_name_before_such_a_word_stays(scanner: Scanner, tmp_path: Path) -> None:
    path = make_text(tmp_path / "纪要.txt", "会上刘敏感谢大家，王芳说明了情况。\n")
    assert _names(scanner, path) == ["刘敏", "王芳"]
