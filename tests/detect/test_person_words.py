"""A two-character "name" that is a frequent word of another kind (初步, 支付, 单位, 权利) is not a
person (scanner/detect/recognizers/person.py: ``_common_word``); names that are also words of
jieba's name or place kinds (高明, 高峰) stay names."""

from __future__ import annotations

import runpy
from importlib import resources
from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx


def _names(scanner: Scanner, path: Path) -> list[str]:
    result = scanner.scan_file(path)
    assert result.status == "ok"
    return sorted(f.value for f in result.findings if f.entity_type == "PERSON")


def test_a_forms_label_cell_is_not_a_name(scanner: Scanner, tmp_path: Path) -> None:
    form = [
        ["姓名", "王秀英", "性别", "女"],
        ["门诊号", "MZ2026110", "住院号", "ZY20260011"],
        ["初步诊断", "高血压病", "转入医院", "县人民医院"],
    ]
    path = make_docx(tmp_path / "转诊单.docx", ["双向转诊（转出）单"], tables=[form])
    assert _names(scanner, path) == ["王秀英"]


@pytest.mark.parametrize("word", ["初步", "支付", "单位", "权利"])
def test_common_words_under_a_name_column_are_not_names(scanner: Scanner, word: str) -> None:
    text = f"姓名\t科室\n{word}\t内科\n王秀英\t外科\n"
    names = [f.value for f in scanner.scan_text(text).findings if f.entity_type == "PERSON"]
    assert names == ["王秀英"]


@pytest.mark.parametrize("name", ["高明", "高峰", "王平"])
def test_names_that_are_also_words_stay(scanner: Scanner, name: str) -> None:
    text = f"姓名：{name}\n"
    names = [f.value for f in scanner.scan_text(text).findings if f.entity_type == "PERSON"]
    assert names == [name]


def test_the_shipped_common_words_are_jiebas() -> None:
    """The list the recognizer reads (names/common_words.txt) is what
    scripts/build_common_words.py makes from the installed jieba's dict.txt: a jieba whose
    dictionary differs fails here until the list is built again."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_common_words.py"
    build = runpy.run_path(str(script))
    shipped = resources.files("scanner.detect.names").joinpath("common_words.txt")
    assert shipped.read_text(encoding="utf-8") == build["render"](build["common_words"]())
    assert {"初步", "支付", "单位", "权利"} <= set(build["common_words"]())
    assert not {"高明", "高峰", "张伟"} & set(build["common_words"]())
    cue = resources.files("scanner.detect.names").joinpath("cue_words.txt")
    assert cue.read_text(encoding="utf-8") == build["render_cue"](build["cue_words"]())
    assert {"满意度", "责任心"} <= set(build["cue_words"]())
    assert not {"张伟国", "王秀英"} & set(build["cue_words"]())
