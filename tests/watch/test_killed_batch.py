"""A burst with the daemon's batched writes (finished claims and index changes held for a
moment, then written together), with the installed console script: killed with SIGKILL while a
batch is held, a restarted daemon seals every file exactly once, every claim ends finished,
and the audit chain verifies."""

from __future__ import annotations

import os
import signal
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from scanner.store import Store
from tests.faults.invariant import check_invariant, sealed_of
from tests.watch.conftest import FAST, Daemon, Site, secret_text, wait_until

pytestmark = pytest.mark.slow


def test_a_daemon_killed_with_a_batch_unwritten_loses_nothing(tmp_path: Path) -> None:
    site = Site(tmp_path)
    d = site.start(*FAST, "--jobs", "2")
    docs = {}
    for i in range(40):
        docs[secret_text(site.share / f"随访{i:03}.txt", i)] = f"高血压随访记录 {i}"
    # a few done, well inside the two seconds before the batch would be written
    wait_until(lambda: len(d.saw("file.done")) >= 3, 120, "some files sealed", d.log)
    d.proc.send_signal(signal.SIGKILL)
    d.proc.wait(30)
    d._fh.close()

    _restart_until_sealed(site, docs)
    check_invariant(site, docs, all_sealed=True)  # includes `baomi audit verify`
    db = sqlite3.connect(site.home / "baomi.db")
    try:
        assert db.execute("SELECT count(*) FROM seals").fetchone()[0] == len(docs)  # once each
    finally:
        db.close()
    with Store.open(f"sqlite:///{site.home / 'baomi.db'}") as store:
        claims = store.claims()
    # A claim the killed daemon had finished in memory only is released at the restart as a
    # dead process's (Store.release_dead_claims); its file is sealed and recorded, so no claim
    # is needed for it again. Every claim left is finished, none is still held; a seal the
    # kill cut after its link is finished at the restart ("completed").
    assert {c["relpath"] for c in claims} <= {p.name for p in docs}
    done = ("sealed", "completed")
    assert all(c["finished_at"] is not None and c["outcome"] in done for c in claims), [
        c for c in claims if c["outcome"] not in done
    ]


def _restart_until_sealed(site: Site, docs: dict[Path, str], **kw: Any) -> Daemon:
    """A daemon started again on the site, stopped once every document is sealed."""
    again = site.start(*FAST, "--jobs", "2", **kw)
    try:
        wait_until(
            lambda: all(sealed_of(p).exists() and not p.exists() for p in docs),
            180,
            "every file sealed after the restart",
            again.log,
        )
    finally:
        assert again.stop(signal.SIGTERM) == 0, again.log.read_text()
    return again


def _processes_on(share: Path) -> list[int]:
    """PIDs whose command line names ``share``: a killed daemon's workers, until they leave."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if os.fsencode(str(share)) in argv:
            out.append(int(entry.name))
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_daemon_killed_right_after_a_batch_committed_finishes_each_seal_once(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    """The daemon's writer commits its workers' records in batches. Killed with SIGKILL right
    after a batch holding records committed and before any worker heard of it (so those
    originals are still there beside their recorded NAME.baomi), a restarted daemon finishes
    those seals (their intents prove them) and seals the rest: every file sealed and recorded
    exactly once, every claim finished, the audit chain intact."""
    db = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    kw = {"db": db} if db else {}
    site = Site(tmp_path)
    site.env["BAOMI_TEST_CRASH_AT"] = "batch-committed:3"
    d = site.start(*FAST, "--jobs", "2", **kw)
    del site.env["BAOMI_TEST_CRASH_AT"]  # the restarted daemon runs to the end
    docs = {}
    for i in range(40):
        docs[secret_text(site.share / f"随访{i:03}.txt", i)] = f"高血压随访记录 {i}"
    try:
        assert d.proc.wait(180) == -signal.SIGKILL, d.log.read_text()
    finally:
        d._fh.close()
    wait_until(lambda: not _processes_on(site.share), 60, "the killed daemon's workers to go")
    half_done = [p for p in docs if p.exists() and sealed_of(p).exists()]
    assert half_done, "the kill left no original beside its recorded sealed file"

    again = _restart_until_sealed(site, docs, **kw)
    completed = {e["path"] for e in again.saw("file.done", action="completed")}
    assert {str(p) for p in half_done} <= completed
    check_invariant(site, docs, all_sealed=True, db=db)  # includes `baomi audit verify`
    url = db or f"sqlite:///{site.home / 'baomi.db'}"
    with Store.open(url) as store:
        claims = store.claims()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT original_path FROM seals")).scalars().all()
    finally:
        engine.dispose()
    seals = Counter(Path(r).name for r in rows)
    assert seals == Counter({p.name: 1 for p in docs}), seals  # recorded once each
    assert {c["relpath"] for c in claims} <= {p.name for p in docs}
    assert all(c["outcome"] in ("sealed", "completed") for c in claims), claims
