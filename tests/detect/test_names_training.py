"""The name model's training helpers (scripts/train_names.py) on invented sentences and names."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from scanner.detect.names.features import BEGIN, INSIDE, OUTSIDE, sentence_features
from scripts.train_names import GIVEN_MIN, load_given, substituted


def _tagged(text: str, names: list[str]) -> tuple[list[str], list[str]]:
    tags = [OUTSIDE] * len(text)
    for name in names:
        at = text.index(name)
        tags[at] = BEGIN
        for k in range(at + 1, at + len(name)):
            tags[k] = INSIDE
    return list(text), tags


def _names(chars: list[str], tags: list[str]) -> list[str]:
    out: list[str] = []
    for k, tag in enumerate(tags):
        if tag == BEGIN:
            out.append(chars[k])
        elif tag == INSIDE:
            out[-1] += chars[k]
    return out


def test_substituted_swaps_chinese_names_and_keeps_the_context() -> None:
    surnames = {"王": 1, "李": 1, "蒯": 4}
    given = ["建国", "秀英", "明"]
    sentences = [
        _tagged("会议由王小平主持，约翰·史密斯出席。", ["王小平", "约翰·史密斯"]),
        _tagged("今天天气晴。", []),
    ]
    out = list(substituted(random.Random(1), sentences, surnames, given))
    assert len(out) == 1  # a sentence without a Chinese-form name is not copied
    chars, tags = out[0]
    assert len(chars) == len(tags)
    new, foreign = _names(chars, tags)
    assert foreign == "约翰·史密斯"  # a transliterated name stays as it was
    assert new[0] in surnames and new[1:] in given
    text = "".join(chars)
    assert text.startswith("会议由") and text.endswith("主持，约翰·史密斯出席。")


def test_given_name_buckets_from_a_traditional_script_list(tmp_path: Path) -> None:
    pytest.importorskip("opencc")
    common = ["張偉華", "李偉", "王偉明", "趙華", "孫華東", "周華"]
    rare = ["錢驍", "吳驍", "鄭驍勇"]
    once = ["馮曌"]  # a character seen fewer than GIVEN_MIN times gets no bucket
    unknown = ["阿八哈", "Smith"]  # no known surname, or not Han
    path = tmp_path / "names.txt"
    path.write_text("\n".join(["By@someone", "", *common, *rare, *once, *unknown]), "utf-8")
    surnames = {s: 1 for s in "张李王赵孙周钱吴郑冯"}
    buckets = load_given(path, surnames, [])
    assert GIVEN_MIN == 3
    assert buckets["伟"] == 1 and buckets["华"] == 1 and buckets["骁"] == 1
    assert "曌" not in buckets and "八" not in buckets


def test_given_name_features_only_with_a_given_map() -> None:
    surnames, compounds = {"王": 1}, frozenset({"欧阳"})
    plain = sentence_features(list("王建国"), surnames, compounds)
    assert not any(f.startswith("g") for feats in plain for f in feats)
    with_given = sentence_features(list("王建国"), surnames, compounds, {"建": 2, "国": 1})
    assert "g0=0" in with_given[0] and "g1=2" in with_given[0] and "g2=1" in with_given[0]
    assert "g-1=0" in with_given[1] and "g0=2" in with_given[1]


def test_dictionary_words_are_negatives_of_surname_characters() -> None:
    """jieba's common words that begin with a surname character (单位, 占用) train the model
    that such a word alone in a cell is no name; words tagged as names are not among them."""
    from scripts.train_names import dictionary_words, synthetic

    surnames = {"单": 2, "王": 1, "占": 3}
    words = dictionary_words(surnames)
    assert "单位" in words and words and all(w[0] in surnames for w in words)
    assert "王小二" not in words
    rng = random.Random(3)
    made = list(synthetic(rng, 400, surnames, ["欧阳"], ["小平", "德明"], words))
    first = ["".join(c).split("\t")[0].split("：")[0].split("（")[0] for c, _t in made]
    negatives = [t for f, (_c, t) in zip(first, made, strict=True) if f in words]
    assert negatives and all(set(t) == {OUTSIDE} for t in negatives)
    # the new templates: names glued to role words and verbs are tagged as names
    named = [_names(c, t) for c, t in made]
    assert sum(bool(n) for n in named) > 200
    assert all(n[0] in surnames or n[:2] == "欧阳" for ns in named for n in ns)
