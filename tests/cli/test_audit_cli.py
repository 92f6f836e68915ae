"""`baomi audit verify/head/log` as a user runs them: the installed console script, a real
SQLite store, tampered with the sqlite3 module behind baomi's back."""

from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.pipeline import FileResult, Finding
from scanner.store import Store
from tests.clirun import IN_PROCESS, MODE_VAR, run_in_process

BAOMI = shutil.which("baomi") or str(Path(sys.executable).parent / "baomi")
# Until scanner/cli/__init__.py registers the group, the same main() runs with it added here.
SHIM = (
    "import sys; from scanner.cli import main, main_group; "
    "from scanner.cli.audit import audit; main_group.add_command(audit); sys.exit(main())"
)
PASSWORD = "Hunter2-secret-pw"


@functools.cache
def _registered() -> bool:
    proc = subprocess.run([BAOMI, "audit", "--help"], capture_output=True, text=True, timeout=60)
    return proc.returncode == 0


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_mode: str) -> dict[str, str]:
    home = tmp_path / "home"
    values = {"BAOMI_HOME": str(home), "BAOMI_DB": f"sqlite:///{tmp_path / 'store.db'}"}
    for name in ("BAOMI_FINGERPRINT_KEY", "BAOMI_AUDIT_HEAD", "BAOMI_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values, MODE_VAR: cli_mode}


def baomi(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    if env[MODE_VAR] == IN_PROCESS:
        return run_in_process(*args, env=env)
    cmd = [BAOMI, *args] if _registered() else [sys.executable, "-c", SHIM, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def _populate(n: int, tmp_path: Path) -> None:
    """n audit events: one registration (with findings) and n-1 plain events."""
    doc = tmp_path / "名单.txt"
    doc.write_text("x", encoding="utf-8")
    with Store.open(os.environ["BAOMI_DB"]) as store:
        result = FileResult(
            path=str(doc),
            status="ok",
            format="txt",
            categories=["personnel"],
            findings=[Finding("CN_PHONE", 0.9, "13912345678", {"start": 0})],
        )
        store.register_scan(result, scanned_path=doc)  # events 1 (key) and 2 (scan)
        for i in range(n - 2):
            store.record_event("config", "baomi.toml", {"change": i})


def _sql(tmp_path: Path, statement: str) -> None:
    with sqlite3.connect(tmp_path / "store.db") as db:
        db.execute(statement)
    db.close()


@pytest.mark.slow
def test_audit_group_is_registered_in_the_baomi_command() -> None:
    proc = subprocess.run([BAOMI, "audit", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (
        "scanner/cli/__init__.py must register the group: from scanner.cli.audit import audit"
    )
    for command in ("verify", "head", "log"):
        assert command in proc.stdout


def test_verify_intact_then_edited(env: dict[str, str], tmp_path: Path) -> None:
    _populate(6, tmp_path)
    ok = baomi(env, "audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("chain intact: 6 events, head 6:")
    assert "/audit-" in ok.stdout and ".head)" in ok.stdout

    _sql(tmp_path, "UPDATE audit_events SET details = '{\"change\":99}' WHERE seq = 4")
    bad = baomi(env, "audit", "verify")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "第 4 条事件被篡改 / event 4: hash mismatch (edited)" in bad.stdout
    assert "3 events before it are intact" in bad.stdout


def test_verify_names_a_deleted_event(env: dict[str, str], tmp_path: Path) -> None:
    _populate(5, tmp_path)
    _sql(tmp_path, "DELETE FROM audit_events WHERE seq = 2")
    proc = baomi(env, "audit", "verify")
    assert proc.returncode == 1 and "event 2: missing (deleted)" in proc.stdout


def test_tail_cut_against_exported_and_default_heads(env: dict[str, str], tmp_path: Path) -> None:
    _populate(5, tmp_path)
    shown = baomi(env, "audit", "head")
    assert shown.returncode == 0
    head = shown.stdout.strip()
    assert head.startswith("5:") and len(head) == 2 + 64
    exported = tmp_path / "safe" / "head.txt"
    exported.parent.mkdir()
    out = baomi(env, "audit", "head", "--out", str(exported))
    assert out.returncode == 0 and exported.read_text().strip() == head

    _sql(tmp_path, "DELETE FROM audit_events WHERE seq >= 4")
    cut = baomi(env, "audit", "verify")  # the store's head file remembers event 5
    assert cut.returncode == 4 and "event 4: missing" in cut.stdout
    assert "tail cut off" in cut.stdout and "AUDIT HEAD ALARM (ahead)" in cut.stdout
    # The attacker also removes the head file on this machine: that is an alarm of its own,
    # and the exported head still knows.
    (head_file,) = Path(env["BAOMI_HOME"]).glob("audit-*.head")
    head_file.unlink()
    unknown = baomi(env, "audit", "verify")
    assert unknown.returncode == 4 and "AUDIT HEAD ALARM (missing)" in unknown.stdout
    by_file = baomi(env, "audit", "verify", "--head-file", str(exported))
    assert by_file.returncode == 1 and "tail cut off" in by_file.stdout
    by_text = baomi(env, "audit", "verify", "--head", head)
    assert by_text.returncode == 1 and f"recorded head is {head}" in by_text.stdout
    older = baomi(env, "audit", "log", "--format", "jsonl")
    third = json.loads(older.stdout.splitlines()[2])
    still = baomi(env, "audit", "verify", "--head", f"3:{third['hash']}")
    assert still.returncode == 0 and "chain intact: 3 events" in still.stdout


def test_log_formats_and_limit(env: dict[str, str], tmp_path: Path) -> None:
    _populate(5, tmp_path)
    jsonl = baomi(env, "audit", "log", "--format", "jsonl")
    assert jsonl.returncode == 0
    events = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5]
    assert [e["kind"] for e in events[:3]] == ["key", "scan", "config"]
    assert events[1]["details"]["counts"] == {"CN_PHONE": 1}
    assert "13912345678" not in jsonl.stdout  # counts, never values

    last = baomi(env, "audit", "log", "--limit", "2", "--format", "jsonl")
    assert [json.loads(x)["seq"] for x in last.stdout.splitlines()] == [4, 5]
    table = baomi(env, "audit", "log")
    lines = table.stdout.splitlines()
    assert len(lines) == 5 and " scan " in lines[1] and "名单.txt" in lines[1]


def test_usage_and_store_errors_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    _populate(3, tmp_path)
    bad_head = baomi(env, "audit", "verify", "--head", "garbage")
    assert bad_head.returncode == 2 and "SEQ:HASH" in bad_head.stderr
    both = baomi(env, "audit", "verify", "--head", "1:" + "a" * 64, "--head-file", "x")
    assert both.returncode == 2 and "not both" in both.stderr
    missing = baomi(env, "audit", "verify", "--head-file", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "not found" in missing.stderr

    url = f"postgresql://baomi:{PASSWORD}@127.0.0.1:1/baomi"
    down = baomi(env, "--db", url, "audit", "verify")
    assert down.returncode == 2, down.stdout + down.stderr
    assert "cannot reach the store" in down.stderr
    assert PASSWORD not in down.stdout + down.stderr and "Traceback" not in down.stderr

    _sql(tmp_path, "UPDATE alembic_version SET version_num = '0999'")
    newer = baomi(env, "audit", "log")
    assert newer.returncode == 2 and "newer than this baomi" in newer.stderr
