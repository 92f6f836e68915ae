"""SidecarLabeler: a CSV stays byte for byte; its label goes to NAME.csv.label.json."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from labelers.interface import LabelError, LabelSpec
from labelers.sidecar import SidecarLabeler, sidecar_path

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2025, 5, 4, 10, 0, tzinfo=UTC)


def spec(text: str = MARK10, years: int = 10, cats: tuple[str, ...] = ("financial",)) -> LabelSpec:
    return LabelSpec.make(text, "秘密", cats, years, WHEN)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "工资.csv"
    path.write_bytes("姓名,实发工资\r\n吴静,5230.50\r\n".encode("gbk"))
    return path


def test_copy_and_sidecar(csv_file: Path, tmp_path: Path) -> None:
    dst = tmp_path / "工资.csv.tmp"
    outcome = SidecarLabeler().label(csv_file, dst, spec())
    assert outcome.method == "sidecar" and outcome.changed
    assert outcome.detail == str(sidecar_path(dst))
    assert dst.read_bytes() == csv_file.read_bytes()
    assert not sidecar_path(csv_file).exists()  # nothing written beside src
    text = sidecar_path(dst).read_text(encoding="utf-8")
    assert MARK10 in text  # ensure_ascii=False: a person can read it
    assert json.loads(text) == {
        "version": 1,
        "mark": MARK10,
        "level": "秘密",
        "categories": ["financial"],
        "retention_years": 10,
        "expires": "2035-05-04",
        "labeled_at": "2025-05-04T10:00:00+00:00",
        "file": "工资.csv",
        "sha256": hashlib.sha256(csv_file.read_bytes()).hexdigest(),
    }
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left no temp file


def test_read_again_and_relabel(csv_file: Path, tmp_path: Path) -> None:
    labeler = SidecarLabeler()
    assert labeler.read(csv_file) is None
    labeled = tmp_path / "labeled" / "工资.csv"
    labeled.parent.mkdir()
    labeler.label(csv_file, labeled, spec())
    assert labeler.read(labeled) == {
        "text": MARK10,
        "level": "秘密",
        "categories": ["financial"],
        "retention_years": 10,
        "expires": datetime(2035, 5, 4).date(),
        "labeled_at": WHEN,
    }
    # the same label again: unchanged, the sidecar moves along byte for byte
    twice = tmp_path / "twice.csv"
    later = LabelSpec.make(MARK10, "秘密", ("financial",), 10, datetime(2026, 1, 1, tzinfo=UTC))
    assert not labeler.label(labeled, twice, later).changed
    assert sidecar_path(twice).read_bytes() == sidecar_path(labeled).read_bytes()
    # another retention: a new sidecar
    again = tmp_path / "again.csv"
    assert labeler.label(labeled, again, spec(MARK30, 30, ("personnel",))).changed
    assert labeler.read(again)["text"] == MARK30


def test_edited_file_loses_its_label(csv_file: Path, tmp_path: Path) -> None:
    labeler = SidecarLabeler()
    labeled = tmp_path / "labeled.csv"
    labeler.label(csv_file, labeled, spec())
    with labeled.open("ab") as out:
        out.write("郑强,4800.00\r\n".encode("gbk"))
    assert labeler.read(labeled) is None
    relabeled = tmp_path / "relabeled.csv"
    assert labeler.label(labeled, relabeled, spec()).changed
    assert labeler.read(relabeled)["text"] == MARK10


def test_damaged_sidecar(csv_file: Path, tmp_path: Path) -> None:
    labeler = SidecarLabeler()
    sidecar_path(csv_file).write_text("{not json", encoding="utf-8")
    with pytest.raises(LabelError, match="damaged"):
        labeler.read(csv_file)
    out = tmp_path / "out.csv"
    assert labeler.label(csv_file, out, spec()).changed  # replaced by a good one
    assert labeler.read(out)["retention_years"] == 10


def test_bad_paths(csv_file: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="dst"):
        SidecarLabeler().label(csv_file, csv_file, spec())
    with pytest.raises(LabelError, match="not found"):
        SidecarLabeler().label(tmp_path / "missing.csv", tmp_path / "out.csv", spec())
