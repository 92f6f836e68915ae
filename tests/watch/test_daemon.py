"""``baomi watch`` end to end: a real daemon (subprocess), a real inotify or polling observer,
real documents, real SQLite / PostgreSQL stores."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from labelers.seal import read_header
from tests.docmaker import make_text
from tests.watch.conftest import (
    FAST,
    ID,
    Site,
    baomi_argv,
    leaflet,
    opened,
    secret_docx,
    secret_text,
    wait_until,
)

pytestmark = pytest.mark.slow


def _sealed(path: Path) -> Path:
    return path.with_name(path.name + ".baomi")


def _no_temps(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".baomi.tmp")]


def test_once_seals_secrets_leaves_leaflets_and_skips_unchanged(site: Site) -> None:
    doc = secret_docx(site.share / "门诊" / "病历.docx")
    flyer = leaflet(site.share / "健康教育.txt")
    before = flyer.read_bytes()
    r = site.once(*FAST)
    assert r.returncode == 0, r.stderr
    assert not doc.exists() and _sealed(doc).exists()
    header = read_header(_sealed(doc))
    assert header.meta["categories"] == ["medical"]
    assert flyer.read_bytes() == before and not _sealed(flyer).exists()
    assert ID not in r.stderr  # logs carry paths and actions, never a value
    code, st = site.status()
    assert code == 3 and st["running"] is False  # --once has exited
    assert st["status"]["processed"] == {"not-secret": 1, "sealed": 1}
    # the second pass costs a stat per file: the leaflet is skipped by the index
    again = site.once(*FAST)
    assert again.returncode == 0, again.stderr
    assert site.status()[1]["status"]["unchanged_skips"] == 1


def test_live_daemon_new_slow_moved_files_reload_lock_and_sigterm(
    site: Site, tmp_path: Path
) -> None:
    config = tmp_path / "baomi.toml"
    config.write_text('[policy]\nmedical = "seal"\n', encoding="utf-8")
    d = site.start(*FAST, config=config)
    try:
        assert d.proc.poll() is None, d.log.read_text()
        code, st = site.status()
        assert code == 0 and st["running"] and st["status"]["observer"] == "inotify"

        # a second daemon on the same tree is refused, naming the first one's PID
        second = site.once(*FAST)
        assert second.returncode == 2
        assert f"PID {d.proc.pid}" in second.stderr

        # a new secret document is labeled and sealed
        doc = secret_docx(site.share / "新病历.docx")
        wait_until(lambda: _sealed(doc).exists() and not doc.exists(), 30, "new docx sealed", d.log)
        assert "秘密" in read_header(_sealed(doc)).meta["label"]["text"]

        # a public leaflet is left alone
        flyer = leaflet(site.share / "宣传单.txt")
        d.wait_for("file.done", path=str(flyer), action="not-secret")
        assert flyer.exists() and not _sealed(flyer).exists()

        # written slowly in pieces, closed in between: sealed once, complete
        slow = site.share / "随访.txt"
        pieces = [f"高血压随访记录 第{i}段\n患者：刘洋  联系电话：13812345678\n" for i in range(6)]
        for piece in pieces:
            with open(slow, "a", encoding="utf-8") as fh:
                fh.write(piece)
            time.sleep(0.3)  # shorter than --settle: the writer is still at work
        wait_until(
            lambda: _sealed(slow).exists() and not slow.exists(), 30, "slow file sealed", d.log
        )
        text = opened(site, _sealed(slow)).decode("utf-8")
        assert all(p in text for p in pieces), text
        assert len(d.saw("file.done", path=str(slow), action="sealed")) == 1

        # moved in from outside the tree, and a folder moved in
        outside = tmp_path / "outside"
        moved = secret_docx(outside / "转入.docx")
        os.rename(moved, site.share / "转入.docx")
        folder = outside / "科室"
        secret_text(folder / "名单.txt")
        os.rename(folder, site.share / "科室")
        for p in (site.share / "转入.docx", site.share / "科室" / "名单.txt"):
            wait_until(lambda p=p: _sealed(p).exists() and not p.exists(), 30, f"{p} sealed", d.log)

        # Office lock files and baomi's own files are never looked at
        make_text(site.share / "~$新病历.docx", "lock")
        make_text(site.share / ".~lock.新病历.docx#", "lock")
        # SIGHUP: reload; an invalid config is refused and the old one kept
        d.signal(signal.SIGHUP)
        d.wait_for("reload.done")
        config.write_text('[policy]\nmedical = "shred"\n', encoding="utf-8")
        d.signal(signal.SIGHUP)
        d.wait_for("reload.failed")
        assert d.proc.poll() is None
        later = secret_docx(site.share / "重载后.docx")
        wait_until(lambda: _sealed(later).exists(), 30, "sealed after a refused reload", d.log)
        assert not any(
            "~$" in str(e.get("path")) or ".~lock" in str(e.get("path")) for e in d.events()
        )
    finally:
        code = d.stop(signal.SIGTERM)
    assert code == 0, d.log.read_text()
    assert d.saw("watch.stop")
    code, st = site.status()
    assert code == 3 and not st["running"] and st["status"]["state"] == "stopped"
    assert st["status"]["processed"]["sealed"] == 5


def test_kill_9_then_restart_finds_what_changed_while_down(site: Site) -> None:
    d = site.start(*FAST)
    first = secret_docx(site.share / "一.docx")
    wait_until(lambda: _sealed(first).exists(), 30, "first sealed", d.log)
    d.kill()
    # while it is down: a new document, a changed public one, a deleted one
    second = secret_text(site.share / "二.txt")
    flyer = leaflet(site.share / "三.txt")
    r = site.once(*FAST)  # the lock of the killed daemon died with it
    assert r.returncode == 0, r.stderr
    assert _sealed(second).exists() and not second.exists()
    assert flyer.exists()
    d2 = site.start(*FAST)
    try:
        secret_text(flyer, 3)  # the leaflet now holds a patient's data
        wait_until(lambda: _sealed(flyer).exists(), 30, "changed file sealed", d2.log)
    finally:
        assert d2.stop() == 0


def test_sigterm_in_a_burst_leaves_no_half_written_file(site: Site) -> None:
    d = site.start(*FAST, "--jobs", "2")
    files = [secret_text(site.share / f"记录{i:03}.txt", i) for i in range(40)]
    wait_until(lambda: any(_sealed(p).exists() for p in files), 60, "a first seal", d.log)
    assert d.stop(signal.SIGTERM) == 0, d.log.read_text()
    assert _no_temps(site.share) == []
    for p in files:
        # one of the two, never both, never neither; a sealed one is complete
        assert p.exists() != _sealed(p).exists(), p
        if _sealed(p).exists():
            assert f"{p.name[2:5].lstrip('0') or '0'}" in opened(site, _sealed(p)).decode()
    r = site.once(*FAST, "--jobs", "2")  # the next start finishes the rest
    assert r.returncode == 0, r.stderr
    assert all(_sealed(p).exists() and not p.exists() for p in files)


def test_poison_file_is_never_given_up_while_it_exists_and_the_rest_proceed(
    tmp_path: Path,
) -> None:
    """After the fast back-off the slow schedule keeps retrying it; status lists it as not yet
    protected; once it is gone the daemon forgets it."""
    site = Site(tmp_path, env={"BAOMI_TEST_HANG_ON": "卡住.txt"})
    stuck = secret_text(site.share / "卡住.txt")
    d = site.start(*FAST, "--retry-slow", "1", "--file-timeout", "1", "--jobs", "1")
    try:
        others = [secret_text(site.share / f"正常{i}.txt", i) for i in range(3)]
        for p in others:
            wait_until(lambda p=p: _sealed(p).exists(), 40, f"{p.name} sealed", d.log)
        # two fast retries (FAST's back-off), then slow ones: never a "gave up"
        wait_until(
            lambda: len(d.saw("file.error", path=str(stuck))) >= 4, 60, "slow retries", d.log
        )
        assert d.saw("file.gave_up") == []

        def listed() -> Any:
            st = site.status()[1]["status"] or {}
            np = st.get("not_protected") or {}
            return np if np.get("unknown", 0) + np.get("secret", 0) == 1 else None

        np = wait_until(listed, 10, "listed as not protected", d.log)
        assert np["files"][0]["path"] == str(stuck) and "超时" in np["oldest_reason"]
        table = subprocess.run(
            [*baomi_argv(), "status", "--state-dir", str(site.state)],
            env=site.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "not protected" in table.stdout and "timed out" in table.stdout, table.stdout
        stuck.unlink()

        def cleared() -> bool:
            np = (site.status()[1]["status"] or {}).get("not_protected") or {}
            return np.get("unknown") == 0 and np.get("secret") == 0

        wait_until(cleared, 30, "forgotten once gone", d.log)
    finally:
        assert d.stop() == 0
    assert _no_temps(site.share) == []
    db = sqlite3.connect(site.home / "baomi.db")
    rows = db.execute(
        "SELECT details FROM audit_events WHERE kind = 'watch' AND subject = ?", (str(stuck),)
    ).fetchall()
    assert len(rows) >= 4 and all('"gave_up":false' in r[0].replace(" ", "") for r in rows)


def test_small_queue_waits_for_room_and_drops_nothing(tmp_path: Path) -> None:
    site = Site(tmp_path)
    files = [secret_text(site.share / f"批量{i:03}.txt", i) for i in range(200)]
    files += [leaflet(site.share / f"宣传{i:03}.txt") for i in range(20)]
    r = site.once(*FAST, "--queue-size", "5", "--jobs", "2")
    assert r.returncode == 0, r.stderr[-3000:]
    assert all(_sealed(p).exists() and not p.exists() for p in files[:200])
    assert all(p.exists() for p in files[200:])
    assert "queue.full" not in r.stderr and "once.progress" in r.stderr
    db = sqlite3.connect(site.home / "baomi.db")
    assert db.execute("SELECT count(*) FROM seals").fetchone()[0] == 200


def test_polling_observer_sees_new_files(site: Site) -> None:
    d = site.start(*FAST, "--polling", "--poll-interval", "0.3")
    try:
        assert site.status()[1]["status"]["observer"] == "polling"
        doc = secret_docx(site.share / "轮询.docx")
        wait_until(lambda: _sealed(doc).exists() and not doc.exists(), 30, "polled seal", d.log)
    finally:
        assert d.stop() == 0


def test_backup_to_keeps_a_verified_sealed_copy(site: Site, tmp_path: Path) -> None:
    """POLICY §5: every sealed file has an intact copy elsewhere; `backup verify` proves it and
    names a copy that went missing or was damaged."""
    import json
    import subprocess

    from tests.watch.conftest import baomi_argv

    backup = tmp_path / "backup-disk"
    backup.mkdir()
    doc = secret_docx(site.share / "门诊" / "病历.docx")
    note = secret_text(site.share / "随访.txt")
    r = site.once(*FAST, "--backup-to", str(backup))
    assert r.returncode == 0, r.stderr
    copies = sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*.baomi"))
    assert set(copies) == {"share/随访.txt.baomi", "share/门诊/病历.docx.baomi"}
    for rel in copies:
        original = site.share / rel.split("/", 1)[1]
        assert (backup / rel).read_bytes() == original.read_bytes()
        assert ID.encode() not in (backup / rel).read_bytes()  # the backup site sees no plaintext

    def verify() -> tuple[int, dict]:
        v = subprocess.run(
            [*baomi_argv(), "backup", "verify", "--format", "json"],
            env=site.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return v.returncode, json.loads(v.stdout) if v.stdout.strip() else {}

    code, report = verify()
    assert code == 0, report
    damaged = backup / "share" / "随访.txt.baomi"
    damaged.write_bytes(damaged.read_bytes()[:-10])
    code, report = verify()
    assert code == 1 and "随访.txt.baomi" in json.dumps(report, ensure_ascii=False)
    assert not doc.exists() and not note.exists()
