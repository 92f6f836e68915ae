"""Issue 10 finding 5: the audit trail cannot be quietly rewritten. Done as the hostile user
would: the installed ``baomi`` writes the trail, the database file is edited with ``sqlite3``,
the head file beside it is deleted, damaged or set ahead, and ``baomi audit verify`` must say so
with its own exit code (docs/security.md: 1 broken, 4 head alarm, 5 key alarm)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from scanner.store.audit import GENESIS, event_hash
from tests.clirun import baomi, jsonl

# each test runs in this process (quick tier) and as the installed script (slow), see
# tests/clirun.py; a test that only means something as a separate process is script_only
pytestmark = pytest.mark.usefixtures("cli_mode_env")


def _env(tmp_path: Path, db: str = "store.db") -> dict[str, str]:
    return {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_DB": f"sqlite:///{tmp_path / db}",
        "BAOMI_CONFIG": "",
        "BAOMI_FINGERPRINT_KEY": "",
        "BAOMI_AUDIT_HEAD": "",
        "BAOMI_AUDIT_KEY": "",
    }


def _record(tmp_path: Path, env: dict[str, str], n: int) -> None:
    """n registrations through `scan --record` (each one audit event, plus the key event)."""
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i in range(n):
        (docs / f"名单{len(list(docs.iterdir()))}.txt").write_text(
            f"联系电话：1391234{5600 + i}\n", encoding="utf-8"
        )
    r = baomi("scan", str(docs), "--record", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr


def _verify(env: dict[str, str], *args: str) -> tuple[int, str]:
    r = baomi("audit", "verify", *args, env=env)
    assert "Traceback" not in r.stderr, r.stderr
    return r.returncode, r.stdout + r.stderr


def _rows(db: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM audit_events ORDER BY seq").fetchall()


def _head_file(tmp_path: Path) -> Path:
    (path,) = (tmp_path / "home").glob("audit-*.head")
    return path


def test_an_edited_and_rehashed_trail_does_not_verify(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _record(tmp_path, env, 4)
    assert _verify(env)[0] == 0
    db = tmp_path / "store.db"
    rows = _rows(db)
    # The attacker edits event 3 and recomputes every hash after it with the published
    # formula, then writes the new head into the head file beside the database.
    prev = rows[1]["hash"]
    with sqlite3.connect(db) as conn:
        for row in rows[2:]:
            details = '{"edited":true}' if row["seq"] == 3 else row["details"]
            fields = (row["seq"], row["ts"], row["actor"], row["host"], row["kind"])
            digest = event_hash(*fields, row["subject"], details, prev)
            conn.execute(
                "UPDATE audit_events SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (details, prev, digest, row["seq"]),
            )
            prev = digest
    _head_file(tmp_path).write_text(f"{rows[-1]['seq']}:{prev}\n")
    code, out = _verify(env)
    assert code == 1, out
    assert "AUDIT TRAIL BROKEN" in out and "event 3: not keyed" in out


def test_a_cut_tail_with_the_head_file_deleted_is_an_alarm(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _record(tmp_path, env, 5)
    with sqlite3.connect(tmp_path / "store.db") as conn:
        conn.execute("DELETE FROM audit_events WHERE seq > 3")
    _head_file(tmp_path).unlink()
    code, out = _verify(env)
    assert code == 4 and "AUDIT HEAD ALARM (missing)" in out, out
    # The next write does not quietly make a new head file that would bless the cut chain.
    _record(tmp_path, env, 1)
    assert not list((tmp_path / "home").glob("audit-*.head"))
    assert _verify(env)[0] == 4


def test_a_damaged_head_file_is_kept_and_reported(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _record(tmp_path, env, 2)
    head = _head_file(tmp_path)
    head.write_text("garbage\n")
    _record(tmp_path, env, 1)  # a write after the damage: the evidence stays
    assert head.read_text() == "garbage\n"
    code, out = _verify(env)
    assert code == 4 and "AUDIT HEAD ALARM (damaged)" in out, out


def test_a_head_set_ahead_is_reported_and_reset_with_an_audit_event(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _record(tmp_path, env, 2)
    head = _head_file(tmp_path)
    head.write_text(f"999999:{'a' * 64}\n")
    code, out = _verify(env)
    assert code == 4 and "AUDIT HEAD ALARM (ahead)" in out and "999999" in out, out
    reset = baomi("audit", "head", "--reset", env=env)
    assert reset.returncode == 0, reset.stderr
    assert _verify(env)[0] == 0
    # Not a permanent block: later writes move the head on again.
    _record(tmp_path, env, 1)
    rows = _rows(tmp_path / "store.db")
    assert head.read_text().strip() == f"{rows[-1]['seq']}:{rows[-1]['hash']}"
    assert _verify(env)[0] == 0
    events = jsonl(baomi("audit", "log", "--format", "jsonl", env=env).stdout)
    (event,) = [e for e in events if e["kind"] == "audit.head-reset"]
    assert event["details"]["previous_head"] == f"999999:{'a' * 64}"


def test_two_stores_from_one_account_keep_their_own_heads(tmp_path: Path) -> None:
    first, second = _env(tmp_path, "one.db"), _env(tmp_path, "two.db")
    _record(tmp_path, first, 2)
    _record(tmp_path, second, 3)
    _record(tmp_path, first, 1)
    assert _verify(first)[0] == 0
    code, out = _verify(second)
    assert code == 0 and "BROKEN" not in out, out
    assert len(list((tmp_path / "home").glob("audit-*.head"))) == 2
    assert len(list((tmp_path / "home").glob("audit-*.key"))) == 2


def test_a_missing_key_is_an_alarm_not_a_new_key(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _record(tmp_path, env, 2)
    (key,) = (tmp_path / "home").glob("audit-*.key")
    assert key.stat().st_mode & 0o777 == 0o600
    saved = key.read_bytes()
    key.unlink()
    code, out = _verify(env)
    assert code == 5 and "AUDIT KEY ALARM" in out and "missing" in out, out
    write = baomi("scan", str(tmp_path / "docs"), "--record", env=env)
    assert write.returncode != 0 and "Traceback" not in write.stderr
    assert "审计密钥不见了 / the audit key" in write.stderr
    assert not key.exists()
    key.write_bytes(saved)
    key.chmod(0o600)
    assert _verify(env)[0] == 0


def test_a_trail_from_before_keying_still_verifies(tmp_path: Path) -> None:
    env = _env(tmp_path)
    baomi("audit", "log", env=env)  # makes the (empty) store
    db = tmp_path / "store.db"
    # Three events as an older baomi wrote them: plain SHA-256, no key, no store id.
    prev = GENESIS
    with sqlite3.connect(db) as conn:
        for seq in (1, 2, 3):
            fields = (seq, f"2024-01-0{seq}T00:00:00.000000Z", "clerk", "old", "config", None)
            details = json.dumps({"i": seq}, separators=(",", ":"))
            digest = event_hash(*fields, details, prev)
            conn.execute(
                "INSERT INTO audit_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*fields, details, prev, digest),
            )
            prev = digest
    # The old per-home head file, from before heads were kept per store.
    (tmp_path / "home" / "audit.head").write_text(f"3:{prev}\n")
    _record(tmp_path, env, 1)
    code, out = _verify(env)
    assert code == 0, out
    assert "unkeyed before seq 4" in out
    # Editing an old, unkeyed event is still found by its hash.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_events SET actor = 'x' WHERE seq = 2")
    assert _verify(env)[0] == 1


@pytest.fixture(autouse=True)
def _quiet_home(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir(mode=0o700)
