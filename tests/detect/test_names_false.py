"""Words reported as names (issue 9, round 9): the start of a medical term read as a name (谷丙 of
谷丙转氨酶), by the model and after a cue, through ``baomi scan`` on real files. Each false case
stands beside a real name in the same place, which must still be found. Every name and text here
is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clirun import baomi, jsonl
from tests.docmaker import make_text

pytestmark = pytest.mark.usefixtures("cli_mode_env")  # in process (quick), the script (slow)


def _names(folder: Path) -> dict[str, list[str]]:
    result = baomi("scan", str(folder), "--format", "jsonl", "--reveal")
    assert result.returncode in (0, 1), result.stderr
    return {
        Path(r["path"]).name: sorted(
            f["value"] for f in r["findings"] if f["entity_type"] == "PERSON"
        )
        for r in jsonl(result.stdout)
    }


@pytest.mark.parametrize(
    ("term", "name"),
    [
        # the model alone, at a line's start
        (
            "肝功能复查结果\n谷丙转氨酶 52 U/L，偏高，建议复查。\n",
            "肝功能复查结果\n谷建峰 52岁，偏高，建议复查。\n",
        ),
        # after a cue (患者)
        ("随访记录\n患者谷丙转氨酶升高，已通知。\n", "随访记录\n患者谷建峰转院，已通知。\n"),
    ],
)
def test_the_start_of_a_medical_term_is_no_name(tmp_path: Path, term: str, name: str) -> None:
    make_text(tmp_path / "term.txt", term)
    make_text(tmp_path / "name.txt", name)
    found = _names(tmp_path)
    assert found["term.txt"] == []
    assert found["name.txt"] == ["谷建峰"]


def test_a_conjunction_glued_to_a_surname_and_a_title_is_no_name(tmp_path: Path) -> None:
    # 但 + 李先生: a bare surname and a title; 但斌先生 is a name of the rare surname 但
    make_text(tmp_path / "glued.txt", "来电记录\n大家都同意，但李先生表示反对。\n")
    make_text(tmp_path / "name.txt", "来电记录\n大家都同意，但斌先生表示反对。\n")
    found = _names(tmp_path)
    assert found["glued.txt"] == []
    assert found["name.txt"] == ["但斌"]


def test_an_office_of_a_bureau_is_no_name(tmp_path: Path) -> None:
    # 医管 + 股: the last character names an office (股, 组, 局, 办, 室, 处), not a given name's
    make_text(tmp_path / "office.txt", "抄送\n市卫生健康局医政医管股 2026年3月\n")
    make_text(tmp_path / "name.txt", "抄送\n县卫生健康局医政科管建军 2026年3月\n")
    found = _names(tmp_path)
    assert found["office.txt"] == []
    assert found["name.txt"] == ["管建军"]
