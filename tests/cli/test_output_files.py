"""Files a command writes at a name its user gave (``scan -o``, ``ledger --out``) go through the
one secure write: a link planted at the name is replaced, never written through; the new file is
private; a folder that is not there is a one-line error, not a traceback."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.clirun import MODE_VAR, baomi, jsonl
from tests.docmaker import make_text

SECRET_NOTE = "患者王秀英，身份证号110101199003071232，手机13912345678，诊断：2型糖尿病。\n"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file someone wants overwritten (in real life: another user's, or a system file)."""
    path = tmp_path / "victim.txt"
    path.write_text("do not touch\n", encoding="utf-8")
    return path


def _planted(at: Path, victim: Path) -> Path:
    at.symlink_to(victim)
    return at


def _assert_replaced_not_followed(at: Path, victim: Path) -> None:
    assert victim.read_text(encoding="utf-8") == "do not touch\n"
    info = at.lstat()
    assert stat.S_ISREG(info.st_mode), "the link itself must be replaced by the new file"
    assert stat.S_IMODE(info.st_mode) == 0o600


def test_scan_output_replaces_a_planted_link(
    tmp_path: Path, victim: Path, cli_mode_env: str
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_text(docs / "note.txt", SECRET_NOTE)
    out = _planted(tmp_path / "scan.jsonl", victim)
    r = baomi("scan", str(docs), "--format", "jsonl", "--output", str(out))
    assert r.returncode == 0, r.stderr
    _assert_replaced_not_followed(out, victim)
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [rec["status"] for rec in records] == ["ok"]
    assert "13912345678" not in out.read_text(encoding="utf-8")  # masked unless --reveal


def test_scan_output_keeps_the_old_file_when_the_folder_is_missing(
    tmp_path: Path, cli_mode_env: str
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_text(docs / "note.txt", SECRET_NOTE)
    r = baomi("scan", str(docs), "--output", str(tmp_path / "missing" / "scan.jsonl"))
    assert r.returncode == 2
    assert "cannot write" in r.stderr and "Traceback" not in r.stderr + r.stdout


def test_scan_output_overwrites_its_own_previous_output(tmp_path: Path, cli_mode_env: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_text(docs / "note.txt", SECRET_NOTE)
    out = tmp_path / "scan.jsonl"
    out.write_text("an older, longer report\n" * 100, encoding="utf-8")
    assert baomi("scan", str(docs), "--format", "jsonl", "-o", str(out)).returncode == 0
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 1


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_ledger_replaces_a_planted_link(
    tmp_path: Path, victim: Path, suffix: str, cli_mode: str
) -> None:
    home = tmp_path / "home"
    docs = tmp_path / "docs"
    docs.mkdir()
    make_text(docs / "note.txt", SECRET_NOTE)
    env = {"BAOMI_HOME": str(home), MODE_VAR: cli_mode}
    scanned = baomi("scan", str(docs), "--record", env=env)
    assert scanned.returncode == 0, scanned.stderr
    out = _planted(tmp_path / f"登记台账{suffix}", victim)
    r = baomi("ledger", "--out", str(out), env=env)
    assert r.returncode == 0, r.stderr
    _assert_replaced_not_followed(out, victim)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        rows = [[c.value or "" for c in row] for row in load_workbook(str(out)).active.iter_rows()]
    assert len(rows) == 2 and rows[1][0] == str((docs / "note.txt").resolve())


def test_ledger_into_a_missing_folder_is_a_clear_error(tmp_path: Path, cli_mode: str) -> None:
    env = {"BAOMI_HOME": str(tmp_path / "home"), MODE_VAR: cli_mode}
    r = baomi("ledger", "--out", str(tmp_path / "missing" / "台账.csv"), env=env)
    assert r.returncode == 2
    assert "cannot write" in r.stderr and "Traceback" not in r.stderr + r.stdout
    assert not os.path.lexists(tmp_path / "missing")
