"""The report's registry numbers come from SQL aggregates and one page per list (issue 13); they
must say exactly what the in-memory computation said (tests/report/reference_report.py), field
by field and table by table, on SQLite and on the real PostgreSQL.

The store is filled with a few hundred files in every state the registry knows: several labels
and seals per file (the newest decides), seals older and newer than labels, declassified and
destroyed files (by their own record, and by a record naming only the path), relabelled after
a declassification, files expiring, expired and never expiring, several hosts, shares (none,
empty, named) and sites, relative and absolute paths, folders sorting around "/", ties in every
sort key, state-secret marks, and daemon claims that name some of the registered files.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from scanner.report.content import build
from scanner.report.data import LISTED, Period, ReportData, gather
from scanner.store import Store
from scanner.store.tables import claims, declassifications, destructions, files, labels, seals
from scanner.workflows.lifecycle import registry
from tests.report.reference_report import reference

TODAY = date(2026, 6, 15)
PERIOD = Period(date(2026, 1, 1), TODAY)
SITES = ["城关", "河口", "c-01"]
SHARES = [None, "", "门诊", "财务", "hr"]
FOLDERS = ["内科", "外科", "内科-急诊", "a b", "内科/二病区", ""]
CATEGORIES = ["[]", '["medical"]', '["financial"]', '["medical","personnel"]', '["personnel"]']
MARKS = [
    None,
    '{"retention_years":10,"state_secret":true,"text":"机密★10年"}',
    '{"retention_years":1,"state_secret":false,"text":"秘密★1年"}',
    '{"retention_years":null,"state_secret":true,"text":"绝密"}',
]


def _when(rng: random.Random, lo: date, hi: date) -> datetime:
    # whole minutes, so that ties in every time happen
    span = int((hi - lo).total_seconds() // 60)
    start = datetime(lo.year, lo.month, lo.day, tzinfo=UTC)
    return start + timedelta(minutes=rng.randrange(0, span) // 600 * 600)


def _expires(rng: random.Random) -> date:
    return rng.choice(
        [
            TODAY + timedelta(days=rng.randrange(0, 91)),  # expiring
            TODAY - timedelta(days=rng.randrange(1, 400)),  # expired
            TODAY + timedelta(days=rng.randrange(91, 4000)),  # later
            TODAY,
            TODAY + timedelta(days=90),
        ]
    )


def fill(store: Store, *, n: int, with_sites: bool, seed: int = 13) -> None:
    """Rows as the commands write them, made in bulk; claims share names and paths with files."""
    rng = random.Random(seed)
    file_rows, paths = [], []
    for i in range(n):
        host = rng.choice(["fs-a", "fs-b", "服务器三"])
        share = rng.choice(SHARES)
        root = {
            None: rng.choice(["/home/clerk", "docs"]),
            "": "/srv",
            "门诊": "/srv/门诊" if host != "fs-b" else "/mnt/门诊",
            "财务": "/srv/财务",
            "hr": "/data/shares/hr",
        }[share]
        folder = rng.choice(FOLDERS)
        # the same path on two hosts now and then: ties broken by id
        name = f"文件{i if rng.random() > 0.05 else 0:04d}.docx"
        path = "/".join(p for p in (root, folder, name) if p)
        if (host, path) in paths:
            continue
        paths.append((host, path))
        file_rows.append(
            {
                "host": host,
                "path": path,
                "owner": "clerk",
                "size": 1000 + i,
                "mtime": datetime(2026, 1, 1, tzinfo=UTC),
                "format": rng.choice(["docx", "xlsx", None]),
                "categories": rng.choice(CATEGORIES),
                "first_seen": _when(rng, date(2025, 6, 1), date(2026, 7, 1)),
                "last_scanned": datetime(2026, 6, 1, tzinfo=UTC),
                "share": share,
                "existing_mark": rng.choice(MARKS),
                "site": rng.choice([None, *SITES]) if with_sites else None,
            }
        )
    with store.engine.begin() as conn:
        conn.execute(insert(files), file_rows)
        ids = [r[0] for r in conn.execute(files.select().with_only_columns(files.c.id))]
        label_rows, seal_rows, declass_rows, destr_rows, claim_rows = [], [], [], [], []
        for fid in ids:
            roll = rng.random()
            for _ in range(rng.choice([0, 0, 0, 1, 2]) if roll < 0.85 else 0):
                label_rows.append(
                    {
                        "file_id": fid,
                        "text": "秘密",
                        "categories": "[]",
                        "retention_years": 10,
                        "expires": _expires(rng),
                        "method": "docx",
                        "labelled_at": _when(rng, date(2025, 6, 1), date(2026, 6, 1)),
                    }
                )
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                seal_rows.append(_seal(rng, fid, f"/sealed/{fid}.baomi"))
            if rng.random() < 0.12:
                declass_rows.append(_declass(rng, fid, f"/any/{fid}"))
            if rng.random() < 0.08:
                destr_rows.append(_destr(rng, fid, f"/any/{fid}"))
        for _host, path in rng.sample(paths, 12):  # recorded by path alone
            declass_rows.append(_declass(rng, None, path))
            if rng.random() < 0.3:
                destr_rows.append(_destr(rng, None, path))
        seal_rows.append(_seal(rng, None, "/sealed/orphan.baomi"))
        for k, (host, path) in enumerate(rng.sample(paths, 40)):
            parts = path.split("/")
            relpath = "/".join(parts[-rng.choice([1, 2]) :])
            share = next(r["share"] for r in file_rows if (r["host"], r["path"]) == (host, path))
            claim_rows.append(
                {
                    "share": share if share else "门诊",
                    "relpath": relpath,
                    "version": f"{k:064d}",
                    "host": host,
                    "pid": 1,
                    "claimed_at": _when(rng, date(2026, 1, 1), date(2026, 6, 1)),
                    "finished_at": _when(rng, date(2026, 1, 1), date(2026, 6, 1)),
                    "outcome": rng.choice(["retrying", "gave-up", "sealed", "retrying"]),
                    "reason": rng.choice([None, "磁盘已满 disk full 1381234", "超时 timed out"]),
                    "categories": rng.choice([None, '["medical"]', "[]"]),
                    "first_failed_at": rng.choice(
                        [None, _when(rng, date(2025, 12, 1), date(2026, 6, 1))]
                    ),
                    "site": rng.choice(["", *SITES]) if with_sites else "",
                }
            )
        for table, rows in (
            (labels, label_rows),
            (seals, seal_rows),
            (declassifications, declass_rows),
            (destructions, destr_rows),
            (claims, claim_rows),
        ):
            conn.execute(insert(table), rows)


def _seal(rng: random.Random, fid: int | None, sealed_path: str) -> dict[str, object]:
    return {
        "file_id": fid,
        "host": "fs-a",
        "original_path": "/x",
        "sealed_path": sealed_path,
        "recipients": "[]",
        "sealed_size": 10,
        "chunk_size": 65536,
        "expires": rng.choice([None, _expires(rng)]),
        "sealed_at": _when(rng, date(2025, 6, 1), date(2026, 6, 1)),
    }


def _declass(rng: random.Random, fid: int | None, path: str) -> dict[str, object]:
    return {
        "path": path,
        "file_id": fid,
        "reason": "published",
        "note": None,
        "approved_by": "[]",
        "action": "recorded",
        "actor": "t",
        "host": "fs-a",
        "declassified_at": _when(rng, date(2025, 6, 1), date(2026, 6, 1)),
    }


def _destr(rng: random.Random, fid: int | None, path: str) -> dict[str, object]:
    return {
        "path": path,
        "file_id": fid,
        "method": "shred",
        "reason": "期满",
        "approved_by": "[]",
        "people": "[]",
        "size": 1,
        "actor": "t",
        "host": "fs-a",
        "destroyed_at": _when(rng, date(2025, 6, 1), date(2026, 6, 1)),
        "keep_until": date(2036, 1, 1),
    }


def _compare(store: Store, site: str | None) -> ReportData:
    new = gather(store, PERIOD, site=site, today=TODAY)
    old = reference(store, PERIOD, site=site, today=TODAY, base=new)
    for f in dataclasses.fields(ReportData):
        assert getattr(new, f.name) == getattr(old, f.name), f.name
    assert build(new) == build(old)
    return new


@pytest.mark.parametrize("with_sites", [True, False], ids=["county", "one-server"])
def test_sql_aggregates_say_what_the_registry_in_memory_said(
    store: Store, with_sites: bool
) -> None:
    fill(store, n=1500, with_sites=with_sites)
    every = _compare(store, None)
    # the store was filled so that every list is longer than a page and every state occurs
    assert every.unsealed.total > LISTED and len(every.unsealed.rows) == LISTED
    assert every.pending.total > LISTED and every.closed > 0
    assert all(every.states.values()) and every.expiring.total and every.expired.total
    assert every.state_secret.total > 0 and every.new_in_period > 0
    # both kinds of waiting document: daemons' claims (some never read) and registered files
    assert len(every.pending_reasons) > 1 and every.pending_secret < every.pending.total
    if with_sites:
        one = _compare(store, "河口")
        assert one.only_site == "河口" and 0 < one.registered < every.registered
        assert one.state_secret.total < every.state_secret.total
    named = _compare(store, "某某镇卫生院")  # a name no record carries: every file
    assert named.registered == every.registered


def test_the_report_and_the_ledger_agree_on_every_files_state(store: Store) -> None:
    fill(store, n=300, with_sites=True, seed=5)
    ledger = {e["file_id"]: e["state"] for e in registry(store)}
    assert store.registry_states() == ledger
    assert set(ledger.values()) == {"sealed", "labeled", "unprotected", "declassified", "destroyed"}


def test_an_empty_store_reports_nothing_in_every_list(store: Store) -> None:
    data = _compare(store, None)
    assert data.registered == 0 and data.secret == 0 and not data.departments
    assert data.unsealed.total == 0 and data.pending.total == 0


def test_the_ledger_streamed_from_sql_is_the_registry_sorted(store: Store) -> None:
    """`baomi ledger` reads its rows from one streamed SELECT (a county's million files are
    never all in memory); they are exactly what the registry says, filtered and sorted by host
    and the file's present path in code-point order, ties by id — in batches smaller than the
    store, so that the stream is read across several fetches."""
    from scanner.workflows.lifecycle import LEDGER_COLUMNS, ledger

    fill(store, n=300, with_sites=True, seed=7)
    expected = []
    for e in registry(store):
        if not e["categories"] and e["state"] == "unprotected":
            continue
        shown = e["sealed_path"] if e["state"] == "sealed" else e["path"]
        expected.append((e["host"], shown, e["file_id"], e))
    expected.sort(key=lambda t: (t[0], t[1], t[2]))
    rows = list(store.ledger_rows(batch=7))
    assert len(rows) == len(expected) > 100
    keys = [k for k, _ in LEDGER_COLUMNS if k != "path"]
    for row, (_host, shown, file_id, e) in zip(rows, expected, strict=True):
        assert (row.file_id, row.path) == (file_id, shown)
        got = dataclasses.asdict(row)
        assert {k: got[k] for k in keys} == {k: e[k] for k in keys}
    assert {r.state for r in rows} == {
        "sealed",
        "labeled",
        "unprotected",
        "declassified",
        "destroyed",
    }
    streamed = ledger(store)
    assert not isinstance(streamed, list)
    assert [r["file_id"] for r in streamed] == [r.file_id for r in rows]
