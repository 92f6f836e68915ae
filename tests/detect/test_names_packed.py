"""The name model a scan loads (``model.npz``) is the crfsuite dump's, exactly, and up to date."""

from __future__ import annotations

import random
from importlib import resources

import numpy as np
import pytest

from scanner.detect.names import NameModel
from scanner.detect.names.fast import CompiledCRF
from scanner.detect.names.model import (
    MODEL_FILE,
    PACKED_FILE,
    SURNAME_FILE,
    pack,
    read_packed,
    source_digest,
)

HERE = resources.files("scanner.detect.names")
# Synthetic sentences: names from common surnames and given-name characters, in the places a
# health-centre document puts them, among words and digits and clause ends.
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋"
_COMPOUNDS = ("欧阳", "司马", "诸葛", "上官")
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉萍红"
_FRAMES = (
    "会议由{n}主持，{m}记录。",
    "{d}床{n}血压偏高，请{m}复查",
    "患者{n}，{d}岁，住芦溪镇东风村{d}组；联系人{m}",
    "{n} {d}:35 收到 {m}",
    "经办人：{n}  审核：{m}\n",
    "今天下午{n}和{m}去卫生院开会！",
    "Patient {n} aged {d}, 电话139{d}{d}",
    "大王庄的张家口路{d}号门诊部",
    "欢迎{n}·{m}同志指导工作",
    "{n}{m}{d}",
)


def _name(rng: random.Random) -> str:
    head = rng.choice(_COMPOUNDS) if rng.random() < 0.1 else rng.choice(_SURNAMES)
    return head + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2, 3))))


def _sentences(count: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(_FRAMES).format(n=_name(rng), m=_name(rng), d=rng.randint(1, 99))
        for _ in range(count)
    ]


@pytest.fixture(scope="module")
def packed() -> NameModel:
    return NameModel.load()


@pytest.fixture(scope="module")
def dump(packed: NameModel) -> NameModel:
    """The same model compiled from the crfsuite dump, as before the arrays shipped."""
    return NameModel(
        (HERE / MODEL_FILE).read_bytes(),
        packed.surnames,
        packed.compounds,
        given=packed.given,
    )


def test_packed_arrays_are_up_to_date_with_the_dump() -> None:
    arrays = read_packed((HERE / PACKED_FILE).read_bytes())
    expected = source_digest((HERE / MODEL_FILE).read_bytes(), (HERE / SURNAME_FILE).read_bytes())
    assert str(arrays["source_sha256"]) == expected, (
        "model.npz is older than model.crfsuite/surnames.json: "
        "run python scripts/train_names.py --pack"
    )


def test_packed_arrays_equal_the_compiled_dump(dump: NameModel) -> None:
    arrays = read_packed((HERE / PACKED_FILE).read_bytes())
    compiled = dump.compile_dump().to_arrays()
    assert set(arrays) == set(compiled) | {"source_sha256"}
    for name, value in compiled.items():
        assert arrays[name].dtype == value.dtype, name
        assert np.array_equal(arrays[name], value), name


def test_packed_model_tags_as_the_dump_on_hundreds_of_sentences(
    packed: NameModel, dump: NameModel
) -> None:
    fast, slow = packed.compiled(), dump.compiled()
    sentences = _sentences(400)
    found = 0
    for text in sentences:
        for crf_a, crf_b in ((fast, slow),):
            em_a = crf_a.emissions(crf_a.code_points(text))
            em_b = crf_b.emissions(crf_b.code_points(text))
            assert np.array_equal(em_a, em_b)
            whole = ([0], [len(text)])
            assert np.array_equal(crf_a.viterbi(em_a, *whole), crf_b.viterbi(em_b, *whole))
            assert np.array_equal(crf_a.marginals(em_a, *whole), crf_b.marginals(em_b, *whole))
        spans = packed.find(text)
        assert spans == dump.find(text)
        found += len(spans)
    # The sentences are full of names: the comparison is about names found, not empty lists.
    assert found > len(sentences) // 2


def test_a_model_without_arrays_compiles_its_dump(dump: NameModel) -> None:
    assert dump.find("会议由孙国平主持。")[0].text == "孙国平"


def test_pack_round_trips_through_bytes() -> None:
    model, meta = (HERE / MODEL_FILE).read_bytes(), (HERE / SURNAME_FILE).read_bytes()
    arrays = read_packed(pack(model, meta))
    crf = CompiledCRF.from_arrays(arrays)
    assert crf.size == int(arrays["scalars"][0])
    assert str(arrays["source_sha256"]) == source_digest(model, meta)
