"""The daemon's claims and the share of a registration, on SQLite and PostgreSQL.

Claimers are real processes (fork) on one real database: per version exactly one wins,
whatever the interleaving.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import update

from scanner.store import Finished, Store, StoreError, alembic_config
from scanner.store.tables import claims as claims_t

CTX = multiprocessing.get_context("fork")


def _version(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _claimer(url: str, jobs: list[tuple[str, str, str]], ttl: int, barrier: Any, out: Any) -> None:
    try:
        with Store.open(url) as store:
            barrier.wait(timeout=60)
            won = [job for job in jobs if store.claim(*job, ttl_seconds=ttl)]
        out.put((os.getpid(), won, None))
    except BaseException as exc:  # reported to the test, which fails with it
        out.put((os.getpid(), [], repr(exc)))


def _race(
    url: str, jobs: list[tuple[str, str, str]], processes: int, ttl: int = 600
) -> dict[tuple[str, str, str], list[int]]:
    barrier = CTX.Barrier(processes)
    out = CTX.Queue()
    procs = [
        CTX.Process(target=_claimer, args=(url, jobs, ttl, barrier, out)) for _ in range(processes)
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    winners: dict[tuple[str, str, str], list[int]] = {job: [] for job in jobs}
    for pid, won, error in results:
        assert error is None, error
        for job in won:
            winners[tuple(job)].append(pid)
    return winners


def _in_child(url: str, share: str, relpath: str, version: str) -> bool:
    """One claim from another process (another pid: not this process's claim)."""
    out = CTX.Queue()
    barrier = CTX.Barrier(1)
    p = CTX.Process(target=_claimer, args=(url, [(share, relpath, version)], 600, barrier, out))
    p.start()
    _pid, won, error = out.get(timeout=60)
    p.join(timeout=60)
    assert error is None, error
    return bool(won)


def _age(store: Store, share: str, relpath: str, version: str, seconds: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            update(claims_t)
            .where(
                claims_t.c.share == share,
                claims_t.c.relpath == relpath,
                claims_t.c.version == version,
            )
            .values(claimed_at=datetime.now(UTC) - timedelta(seconds=seconds))
        )


@pytest.mark.slow  # races between forked processes
def test_concurrent_claimers_one_winner_per_version(store: Store, db_url: str) -> None:
    jobs = [("finance", f"报表/2024年{i:02d}月.xlsx", _version(f"v{i}")) for i in range(12)]
    # Two versions of one file are two jobs: each gets its own winner.
    jobs.append(("finance", "报表/2024年00月.xlsx", _version("v0 edited")))
    winners = _race(db_url, jobs, processes=4)
    assert all(len(pids) == 1 for pids in winners.values()), winners
    claims = store.claims(share="finance")
    assert len(claims) == len(jobs)
    assert all(
        c["finished_at"] is None and c["pid"] in {p for ps in winners.values() for p in ps}
        for c in claims
    )
    assert store.audit.count() == 0  # bookkeeping, not audit events


@pytest.mark.slow  # races between forked processes
def test_a_stale_claim_is_taken_over_by_exactly_one(store: Store, db_url: str) -> None:
    job = ("medical", "病历/张三.docx", _version("stale"))
    assert _in_child(db_url, *job)  # a process that then died
    assert not store.claim(*job)  # live: refused
    _age(store, *job, seconds=700)
    winners = _race(db_url, [job], processes=4)
    assert len(winners[job]) == 1
    (claim,) = store.claims()
    assert claim["pid"] == winners[job][0]
    # Younger than the ttl asked for: still live.
    _age(store, *job, seconds=700)
    assert not store.claim(*job, ttl_seconds=3600)
    assert store.claim(*job, ttl_seconds=600)


def test_holding_finishing_and_new_versions(store: Store, db_url: str) -> None:
    v1, v2 = _version("first"), _version("second")
    assert store.claim("hr", "人事/名单.docx", v1)
    assert store.claim("hr", "人事/名单.docx", v1)  # already ours: renewed
    assert not _in_child(db_url, "hr", "人事/名单.docx", v1)  # another process: refused
    store.finish_claim("hr", "人事/名单.docx", v1, "sealed")
    (done,) = store.claims()
    assert done["outcome"] == "sealed" and done["finished_at"] >= done["claimed_at"]
    # Finished by any host: nobody claims that version again, however old.
    _age(store, "hr", "人事/名单.docx", v1, seconds=10_000)
    assert not store.claim("hr", "人事/名单.docx", v1)
    assert not _in_child(db_url, "hr", "人事/名单.docx", v1)
    store.finish_claim("hr", "人事/名单.docx", v1, "error")  # already done: kept
    assert store.claims()[0]["outcome"] == "sealed"
    # The file changed: its new version is new work.
    assert _in_child(db_url, "hr", "人事/名单.docx", v2)
    # The same path in another share is another file.
    assert store.claim("finance", "人事/名单.docx", v1)


def test_finished_claims_go_in_a_batch_or_with_the_next_claim(store: Store, db_url: str) -> None:
    a, b, c = (("hr", f"{n}.docx", _version(n)) for n in "abc")
    for job in (a, b):
        assert store.claim(*job)
    # with the next claim, in its transaction
    assert store.claim(*c, finished=[Finished(*a, "sealed")])
    outcomes = {r["relpath"]: r["outcome"] for r in store.claims()}
    assert outcomes == {"a.docx": "sealed", "b.docx": None, "c.docx": None}
    assert not _in_child(db_url, *a)  # finished: nobody claims that version again
    # on their own, many at once; one already finished (or never claimed) is passed over
    never = Finished("hr", "never.docx", _version("never"), "sealed")
    store.finish_claims([Finished(*b, "labeled"), Finished(*c, "sealed"), never])
    store.finish_claims([Finished(*a, "error")])
    outcomes = {r["relpath"]: r["outcome"] for r in store.claims()}
    assert outcomes == {"a.docx": "sealed", "b.docx": "labeled", "c.docx": "sealed"}
    with pytest.raises(ValueError, match="final outcome"):
        store.finish_claims([Finished(*a, "retrying")])
    if store.engine.dialect.name == "sqlite":
        # the claim's relaxed commit leaves the pooled connection as durable as before
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_release_lets_another_server_take_it_at_once(store: Store, db_url: str) -> None:
    job = ("finance", "a.docx", _version("a"))
    assert store.claim(*job)
    assert not _in_child(db_url, *job)
    assert store.release_claim(*job)
    assert not store.release_claim(*job)
    assert _in_child(db_url, *job)
    assert not store.release_claim(*job)  # not ours


@pytest.mark.slow  # races between forked processes
def test_claims_of_a_killed_daemon_are_released_when_it_restarts(store: Store, db_url: str) -> None:
    job = ("finance", "工资/3月.xlsx", _version("killed"))
    winners = _race(db_url, [job], processes=1)  # a process that claimed, then died
    assert len(winners[job]) == 1
    assert not store.claim(*job), "a live-looking claim of another process blocks"
    from scanner.watch.locks import pid_alive

    assert store.release_dead_claims(pid_alive) == 1
    assert store.claim(*job)
    assert store.release_dead_claims(pid_alive) == 0, "our own live claim stays"


def test_bad_claim_arguments(store: Store) -> None:
    with pytest.raises(StoreError, match="no claim"):
        store.finish_claim("finance", "x.docx", _version("x"), "sealed")
    with pytest.raises(ValueError, match="SHA-256"):
        store.claim("finance", "x.docx", "2024-05-01T10:00")
    with pytest.raises(ValueError, match="share"):
        store.claim("", "x.docx", _version("x"))
    with pytest.raises(ValueError, match="ttl"):
        store.claim("finance", "x.docx", _version("x"), ttl_seconds=0)
    assert store.claim("finance", "x.docx", _version("x"))
    with pytest.raises(ValueError, match="outcome"):
        store.finish_claim("finance", "x.docx", _version("x"), "Sealed OK!")


def _result(path: Path, categories: list[str]) -> SimpleNamespace:
    finding = SimpleNamespace(
        entity_type="CN_PHONE", value="13800138000", score=0.9, location={"start": 0, "end": 11}
    )
    return SimpleNamespace(
        path=str(path), status="ok", format="txt", categories=categories, findings=[finding]
    )


def test_registrations_say_their_share(store: Store, tmp_path: Path) -> None:
    doc = tmp_path / "通讯录.txt"
    doc.write_text("synthetic", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("synthetic", encoding="utf-8")
    fid = store.register_scan(_result(doc, ["personnel"]), scanned_path=doc, share="hr")
    store.register_scan(_result(other, ["personnel"]), scanned_path=other)
    by_path = {r["path"]: r for r in store.files()}
    assert by_path[str(doc)]["share"] == "hr" and by_path[str(other)]["share"] is None
    # A later scan that does not know the share keeps it; protect records it too.
    store.register_scan(_result(doc, ["personnel"]), scanned_path=doc)
    assert (
        store.record_protection(
            _result(other, ["personnel"]),
            scanned_path=other,
            owner=None,
            label=None,
            share="finance",
        )
        is not None
    )
    by_path = {r["path"]: r for r in store.files()}
    assert by_path[str(doc)]["share"] == "hr" and by_path[str(other)]["share"] == "finance"
    scans = [e for e in store.audit.events() if e.kind == "scan"]
    assert scans[0].details["share"] == "hr" and scans[0].details["file_id"] == fid
    assert "share" not in scans[1].details
    assert store.audit.verify().ok


def test_a_0001_store_is_upgraded_keeping_its_rows(db_url: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO files (host, path, categories, first_seen, last_scanned) "
                "VALUES ('old', '/srv/旧.docx', '[\"medical\"]', :t, :t)"
            ),
            {"t": datetime(2025, 1, 1, tzinfo=UTC)},
        )
    engine.dispose()
    with Store.open(db_url) as store:
        (rec,) = store.files()
        assert rec["path"] == "/srv/旧.docx" and rec["share"] is None
        assert store.claim("finance", "a.docx", _version("a"))
