"""A burst with the daemon's batched writes (finished claims and index changes held for a
moment, then written together), with the installed console script: killed with SIGKILL while a
batch is held, a restarted daemon seals every file exactly once, every claim ends finished,
and the audit chain verifies."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from scanner.store import Store
from tests.faults.invariant import check_invariant, sealed_of
from tests.watch.conftest import FAST, Site, secret_text, wait_until

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

    again = site.start(*FAST, "--jobs", "2")
    try:
        wait_until(
            lambda: all(sealed_of(p).exists() and not p.exists() for p in docs),
            180,
            "every file sealed after the restart",
            again.log,
        )
    finally:
        assert again.stop(signal.SIGTERM) == 0, again.log.read_text()
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
    # is needed for it again. Every claim left is finished, none is still held.
    assert {c["relpath"] for c in claims} <= {p.name for p in docs}
    assert all(c["finished_at"] is not None and c["outcome"] == "sealed" for c in claims), [
        c for c in claims if c["outcome"] != "sealed"
    ]
