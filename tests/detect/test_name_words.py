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
