"""The public-pages false-alarm benchmark: pages, tallies, and one real scan by the installed baomi.

The published sets are not in the repository; an invented folder in their layout stands in, so a
page builder that drops a sentence, or a tally that counts a page twice or reads the wrong page's
text, would shift the published false-alarm figures silently.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "public_pages.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("public_pages", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pp = _load()


def test_pages_keep_every_sentence_in_order() -> None:
    sents = [f"第{i}句。" for i in range(23)]
    got = pp.pages(sents, 10)
    assert [len(p.splitlines()) for p in got] == [10, 10, 3]
    assert "\n".join(got).splitlines() == sents
    assert pp.pages(sents, 1) == sents
    with pytest.raises(ValueError):
        pp.pages(sents, 0)


def test_tally_counts_pages_with_categories_and_their_reason_kinds() -> None:
    texts = ["甲新闻。\n乙新闻。", "丙新闻。", "丁新闻。"]
    records = [
        {"path": "/x/000000.txt", "status": "ok", "categories": [], "reasons": {}},
        {
            "path": "/x/000001.txt",
            "status": "ok",
            "categories": ["financial", "operations"],
            "reasons": {
                "financial": ["money-terms: 价格", "register: PERSON ×4"],
                "operations": ["procurement: 成交价", "register: PERSON ×4"],
            },
        },
        {"path": "/x/000002.txt", "status": "error", "error": "unreadable"},
    ]
    t = pp.tally(records, texts, show=5)
    assert (t.pages, t.secret, t.failed) == (3, 1, 1)
    assert t.categories == {"financial": 1, "operations": 1}
    # a kind is counted once per page, however many categories name it
    assert t.reasons == {"money-terms": 1, "register": 1, "procurement": 1}
    assert t.share == pytest.approx(1 / 3)
    assert len(t.shown) == 1 and "page 1" in t.shown[0] and "丙新闻" in t.shown[0]


def test_main_on_an_invented_copy_of_the_published_layouts(tmp_path: Path, capsys) -> None:
    """The whole script, the installed baomi as a subprocess: news pages stay public, and a page
    that is a patient's record (invented, with a valid check digit) is counted as called secret."""
    data = tmp_path / "data"
    (data / "cluener").mkdir(parents=True)
    lines = [
        {"text": "温格的球队终于又踢了一场经典的比赛，2比1战胜曼联。", "label": {}},
        {
            "text": "彭小军认为，国内银行现在走的是台湾的发卡模式。",
            "label": {"name": {"彭小军": [[0, 2]]}},
        },
        {
            "text": "患者赵小川，身份证号110105194912310020，住院号2026-0451，诊断：2型糖尿病，"
            "空腹血糖11.2mmol/L，家住城关镇解放路12号2单元301室。",
            "label": {"name": {"赵小川": [[2, 4]]}},
        },
    ]
    (data / "cluener" / "dev.json").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    (data / "weibo").mkdir()
    (data / "weibo" / "weiboNER_2nd_conll.test").write_text(
        "".join(f"{c}\tO\n" for c in "今天天气真好")
        + "\n"
        + "".join(
            f"{c}\t{t}\n"
            for c, t in zip(
                "和李华吃火锅", ["O", "B-PER.NAM", "I-PER.NAM", "O", "O", "O"], strict=True
            )
        ),
        encoding="utf-8",
    )
    assert pp.main(["--data", str(data), "--per-page", "2", "--show", "3"]) == 0
    out = capsys.readouterr().out
    rows = {line[:26].strip(): line.split() for line in out.splitlines()[1:6] if line.strip()}
    assert rows["cluener (1)"][2:5] == ["3", "1", "0.333"]
    assert rows["weibo (1)"][2:5] == ["2", "0", "0.000"]
    assert "page 2: medical" in out
