"""The public-NER benchmark's loaders and scorer, on tiny hand-written samples of each format.

The published sets are not in the repository, so these samples copy only their layouts: a
loader that slips an offset or drops a mention would shift the published figures silently, and
a scorer that counts a twice-named person once would flatter recall. baomi is not run here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "public_ner.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("public_ner", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


pn = _load()


# -- loaders ---------------------------------------------------------------------------------

CLUENER_LINES = [
    {
        "text": "主治医生刘海燕说，患者赵小川已出院。",
        "label": {
            "name": {"刘海燕": [[4, 6]], "赵小川": [[11, 13]]},
            "position": {"主治医生": [[0, 3]]},
        },
    },
    {
        "text": "社区卫生服务中心今天开放。",
        "label": {"organization": {"社区卫生服务中心": [[0, 7]]}},
    },
    {"text": "王芳给王芳的母亲打电话。", "label": {"name": {"王芳": [[0, 1], [3, 4]]}}},
]


def _write_cluener(path: Path, indent: int | None) -> None:
    if indent is None:  # the CLUE zip: one object a line
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in CLUENER_LINES) + "\n"
    else:  # mirrors that re-saved it pretty-printed, objects one after another
        text = "\n".join(json.dumps(r, ensure_ascii=False, indent=indent) for r in CLUENER_LINES)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("indent", [None, 4])
def test_cluener_names_from_json_lines_and_pretty_mirrors(
    tmp_path: Path, indent: int | None
) -> None:
    path = tmp_path / "dev.json"
    _write_cluener(path, indent)
    sentences = pn.load_cluener(path)
    assert [s.text for s in sentences] == [r["text"] for r in CLUENER_LINES]
    assert [s.values(["name"]) for s in sentences] == [["刘海燕", "赵小川"], [], ["王芳", "王芳"]]
    # Inclusive offsets become [start, end): the text slice is the mention.
    for s in sentences:
        for span in s.spans:
            assert s.text[span.start : span.end] == span.text


def test_cluener_unlabelled_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "test.json"
    path.write_text('{"id": 0, "text": "张三来了"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="unlabelled"):
        pn.load_cluener(path)


RESUME = """\
李 B-NAME
建 M-NAME
国 E-NAME
， O
男 O
。 O

曾 O
任 O
华 B-ORG
康 M-ORG
医 M-ORG
院 E-ORG
院 B-TITLE
长 E-TITLE

周 B-NAME
敏 E-NAME
、 O
吴 S-NAME
为 O
董 B-TITLE
事 E-TITLE
"""


def test_resume_bmes(tmp_path: Path) -> None:
    # A trailing space after a tag (the first line) and CRLF line ends must not lose a mention.
    path = tmp_path / "test.char.bmes"
    content = RESUME.replace("李 B-NAME\n", "李 B-NAME \n", 1).replace("\n", "\r\n")
    path.write_bytes(content.encode("utf-8"))
    sentences = pn.load_tagged(path)
    assert [s.text for s in sentences] == ["李建国，男。", "曾任华康医院院长", "周敏、吴为董事"]
    assert [s.values(["NAME"]) for s in sentences] == [["李建国"], [], ["周敏", "吴"]]
    assert sentences[1].values(["ORG"]) == ["华康医院"]


# The golden-horse layout: character, its place in a jieba word, a tab, a BIO tag.
WEIBO_ORIGINAL = """\
张0\tB-PER.NAM
伟1\tI-PER.NAM
医0\tB-PER.NOM
生1\tI-PER.NOM
说0\tO
10\tO
01\tO
次0\tO

谢0\tO
谢1\tO
小0\tB-PER.NAM
雨1\tI-PER.NAM
和0\tO
老0\tB-PER.NOM
师1\tI-PER.NOM
"""

# The same sentences as BMES mirrors (test.all.bmes) write them: no positions, space separated.
WEIBO_MIRROR = """\
张 B-PER.NAM
伟 E-PER.NAM
医 B-PER.NOM
生 E-PER.NOM
说 O
1 O
0 O
次 O

谢 O
谢 O
小 B-PER.NAM
雨 E-PER.NAM
和 O
老 B-PER.NOM
师 E-PER.NOM
"""


@pytest.mark.parametrize(
    ("name", "content"),
    [("weiboNER_2nd_conll.test", WEIBO_ORIGINAL), ("test.all.bmes", WEIBO_MIRROR)],
)
def test_weibo_names_and_nominals(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    sentences = pn.load_tagged(path)
    # The position digit goes, the digit that is a character ("1" of "10") stays.
    assert [s.text for s in sentences] == ["张伟医生说10次", "谢谢小雨和老师"]
    assert [s.values(["PER.NAM"]) for s in sentences] == [["张伟"], ["小雨"]]
    assert [s.values(["PER.NOM"]) for s in sentences] == [["医生"], ["老师"]]


def test_decode_tags_is_lenient_about_stray_inside_tags() -> None:
    chars = list("的王明和李")
    tags = ["O", "I-PER.NAM", "I-PER.NAM", "O", "B-PER.NAM"]
    spans = pn.decode_tags(chars, tags)
    assert [(s.text, s.start, s.end) for s in spans] == [("王明", 1, 3), ("李", 4, 5)]


def test_load_set_finds_the_published_file_among_lookalikes(tmp_path: Path) -> None:
    # Another set's dev.json, and a converted copy in the set's own folder: both passed over.
    (tmp_path / "other").mkdir()
    _write_cluener(tmp_path / "other" / "dev.json", None)
    clue = tmp_path / "bert_crf" / "data" / "clue"
    (clue / "raw").mkdir(parents=True)
    (clue / "dev.json").write_text('{"input_ids": [101, 102], "labels": [0, 0]}\n', "utf-8")
    _write_cluener(clue / "raw" / "dev.json", None)
    weibo = tmp_path / "golden-horse" / "data" / "weiboNER_2nd_conll.test"
    weibo.parent.mkdir(parents=True)
    weibo.write_text(WEIBO_ORIGINAL, encoding="utf-8")

    path, sentences = pn.load_set(pn.SPECS["cluener"], tmp_path)
    assert path == clue / "raw" / "dev.json" and len(sentences) == 3
    assert pn.load_set(pn.SPECS["weibo"], tmp_path)[0] == weibo
    with pytest.raises(SystemExit, match="resume"):
        pn.load_set(pn.SPECS["resume"], tmp_path)


# -- scorer ----------------------------------------------------------------------------------


def test_score_counts_multisets_per_sentence() -> None:
    texts = ["a", "b", "c", "d"]
    gold = [["张伟", "张伟"], ["李娜"], [], ["王芳"]]
    predicted = [
        ["张伟"],  # the name twice, found once: 1 TP, 1 FN
        ["李娜", "医生"],  # 1 TP, 1 FP
        ["王芳"],  # right name, wrong sentence: 1 FP here ...
        [],  # ... and 1 FN here
    ]
    result = pn.score(texts, gold, predicted)
    c = result.counts
    assert (c.tp, c.fp, c.fn) == (2, 2, 2)
    assert c.precision == pytest.approx(0.5)
    assert c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(0.5)
    assert result.gold == 4 and result.sentences == 4
    assert [(e.index, e.missed, e.invented) for e in result.examples] == [
        (0, ["张伟"], []),
        (1, [], ["医生"]),
        (2, [], ["王芳"]),
        (3, ["王芳"], []),
    ]


def test_score_uneven_precision_and_recall() -> None:
    # 3 TP, 1 FP, 3 FN: P = 0.75, R = 0.5, F1 = 2PR / (P + R) = 0.6
    gold = [["甲乙", "丙丁", "戊己"], ["庚辛", "壬癸", "子丑"]]
    predicted = [["甲乙", "丙丁", "戊己", "寅卯"], []]
    c = pn.score(["x", "y"], gold, predicted).counts
    assert (c.tp, c.fp, c.fn) == (3, 1, 3)
    assert (c.precision, c.recall) == pytest.approx((0.75, 0.5))
    assert c.f1 == pytest.approx(0.6)


def test_score_ignored_mentions_are_no_false_alarms() -> None:
    gold = [["张伟"]]
    predicted = [["张伟", "医生", "医生", "护士"]]
    ignore = [["医生"]]  # one nominal mention: only one of the two predictions is forgiven
    c = pn.score(["t"], gold, predicted, ignore).counts
    assert (c.tp, c.fp, c.fn) == (1, 2, 0)


def test_score_without_names_and_example_cap() -> None:
    nothing = pn.score(["t"], [[]], [[]])
    assert (nothing.counts.tp, nothing.counts.fp, nothing.counts.fn, nothing.gold) == (0, 0, 0, 0)
    assert nothing.examples == []
    many = pn.score(["t"] * 10, [["甲"]] * 10, [[]] * 10, examples=3)
    assert len(many.examples) == 3 and many.counts.fn == 10
