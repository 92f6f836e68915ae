"""A county on one PostgreSQL: N centres' daemons claiming against one real server, and the
bureau's report over all sites at 1 M registered files (issue 13; docs/scaling.md).

Three parts, each on its own schema of the PostgreSQL named by ``--pg`` (default: the
``BAOMI_TEST_PG_URL`` of ``. /tmp/pgenv`` / ``.ci/postgres.sh``), dropped afterwards:

* ``claims``: N processes, one per centre (``Store.open(url, site=…)``), each claiming and
  finishing versions as a daemon in a burst does (one claim per file, its finished claims in
  the same transaction, ``Store.claim(..., finished=…)``). Claims per second over all of them,
  and p50/p95/p99 claim latency. This is what one PostgreSQL must carry for the county's
  daemons apart from the work on each server.
* ``daemons``: N installed ``baomi watch --once --site cNN`` processes, each over its own share
  of secret notes, all against the one server: files sealed per second over the county, and the
  same per daemon; every secret sealed, one claim per file, each under its centre's site.
* ``report``: 1 M registered files (rows made in bulk with ``generate_series``, 25 sites,
  with a label or a seal on most) and the time and peak RSS of ``gather`` (what ``baomi
  report`` reads and computes), each in a process of its own, over all sites and for one site,
  beside a bare ``count(*)`` of the files; ``--old`` the same for the in-memory computation the
  report used before (the tests' oracle), ``--explain`` the plans of the slowest statements.

Run: ``python benchmarks/bench_county.py [--part claims|daemons|report|all] [--sites N]
[--files N] [--short]``; ``--short`` is the CI smoke size (a few seconds per part).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

BAOMI = shutil.which("baomi") or "baomi"
CTX = multiprocessing.get_context("fork")


@contextmanager
def schema(base_url: str) -> Iterator[str]:
    """A store URL on a fresh schema of the server, dropped afterwards."""
    base = make_url(base_url)
    name = f"county_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# -- claims ----------------------------------------------------------------------------------------


def _centre(url: str, site: str, n: int, batch: int, barrier: object, out: object) -> None:
    from hashlib import sha256

    from scanner.store import Finished, Store

    lat: list[float] = []
    with Store.open(url, site=site) as store:
        barrier.wait(timeout=120)  # type: ignore[attr-defined]
        done: list[Finished] = []
        t0 = time.perf_counter()
        for i in range(n):
            key = (
                "门诊",
                f"病历/{i // 100:03d}/{i:06d}.docx",
                sha256(f"{site}{i}".encode()).hexdigest(),
            )
            finished = done if len(done) >= batch else []
            t = time.perf_counter()
            assert store.claim(*key, finished=finished)
            lat.append(time.perf_counter() - t)
            if finished:
                done = []
            done.append(Finished(*key, "sealed"))
        store.finish_claims(done)
        wall = time.perf_counter() - t0
        # then audit events, as each seal appends them: one chain for the whole county, so its
        # appends take one lock in turn — the serial part of a county's store
        events: list[float] = []
        barrier.wait(timeout=600)  # type: ignore[attr-defined]
        for i in range(max(1, n // 10)):
            t = time.perf_counter()
            store.record_event("watch", f"门诊:病历/{i:06d}.docx", {"n": i})
            events.append(time.perf_counter() - t)
    out.put((site, wall, lat, events))  # type: ignore[attr-defined]


def claims(url: str, sites: int, per_site: int, batch: int) -> None:
    from scanner.store import Store

    with Store.open(url) as store, store.engine.connect() as conn:  # migrated once, here
        rtt = []  # the floor: one round trip to the server from this machine, now
        for _ in range(200):
            t = time.perf_counter()
            conn.execute(text("SELECT 1"))
            rtt.append(time.perf_counter() - t)
    barrier = CTX.Barrier(sites)
    out = CTX.Queue()
    procs = [
        CTX.Process(target=_centre, args=(url, f"c{k:02d}", per_site, batch, barrier, out))
        for k in range(sites)
    ]
    t = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get(timeout=3600) for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - t
    lat = [x for _site, _w, lats, _e in results for x in lats]
    ev = [x for *_rest, events in results for x in events]
    total = sites * per_site
    with Store.open(url) as store, store.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*), count(DISTINCT site) FROM claims")).one()
        span = conn.execute(
            text(
                "SELECT count(*), extract(epoch FROM max(ts::timestamptz) - min(ts::timestamptz))"
                " FROM audit_events WHERE kind = 'watch'"
            )
        ).one()
    assert rows[0] == total and rows[1] == sites, rows
    assert span[0] == len(ev), span
    print(
        f"claims: {sites} centres x {per_site} files, finished claims in batches of {batch}: "
        f"{total / wall:,.0f} claims/s over the county ({total} in {wall:.1f} s); claim latency "
        f"p50 {pct(lat, 0.5) * 1000:.1f} ms, p95 {pct(lat, 0.95) * 1000:.1f} ms, "
        f"p99 {pct(lat, 0.99) * 1000:.1f} ms; a bare SELECT 1 round trip p50 "
        f"{pct(rtt, 0.5) * 1000:.2f} ms"
    )
    rate = span[0] / max(float(span[1]), 1e-9)
    print(
        f"audit: the same {sites} centres appending to the one chain: {rate:,.0f} "
        f"events/s over the county ({span[0]} events); append latency p50 "
        f"{pct(ev, 0.5) * 1000:.1f} ms, p95 {pct(ev, 0.95) * 1000:.1f} ms"
    )


# -- daemons ---------------------------------------------------------------------------------------


def daemons(url: str, sites: int, per_site: int, work: Path) -> None:
    from labelers.keys import generate_keypair, write_public_key
    from scanner.store import Store, fingerprint_key_path
    from tests.docmaker import make_text

    # Servers sharing one store share its audit key and fingerprint key (docs/store.md): made
    # here once, then every daemon points at them, as a county's servers get copies.
    with Store.open(url) as store:
        store.record_event("config", None, {"note": "county benchmark"})
        store._site_key()  # noqa: SLF001 - made now, so it can be handed to every server
        audit_key = store.audit.key_path
    fingerprint_key = fingerprint_key_path()
    work.mkdir(parents=True)
    key = generate_keypair("committee")
    pub = work / "committee.pub"
    write_public_key(pub, key.public)
    shares = []
    for k in range(sites):
        share = work / f"c{k:02d}" / "门诊"
        share.mkdir(parents=True)
        for i in range(per_site):
            make_text(
                share / f"随访{i:04d}.txt",
                f"高血压随访记录\n患者：陈静{i}  联系电话：13812345678\n诊断：原发性高血压。\n",
            )
        shares.append(share)
    t = time.perf_counter()
    procs = []
    for k, share in enumerate(shares):
        env = {
            **os.environ,
            "BAOMI_HOME": str(share.parent / "home"),
            "BAOMI_CONFIG": "",
            "BAOMI_AUDIT_KEY": str(audit_key),
            "BAOMI_FINGERPRINT_KEY": str(fingerprint_key),
        }
        procs.append(
            subprocess.Popen(
                [
                    BAOMI,
                    "--db",
                    url,
                    "watch",
                    str(share),
                    "--once",
                    "--site",
                    f"c{k:02d}",
                    "--recipient",
                    str(pub),
                    "--state-dir",
                    str(share.parent / "state"),
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(share.parent / "daemon.log", "w"),  # noqa: SIM115
            )
        )
    codes = [p.wait(timeout=7200) for p in procs]
    for share, code in zip(shares, codes, strict=True):
        if code:
            log = (share.parent / "daemon.log").read_text(encoding="utf-8", errors="replace")
            print(
                f"daemon {share.parent.name} exited {code}:\n"
                + "\n".join(line for line in log.splitlines() if "error" in line or "warn" in line)[
                    -3000:
                ]
            )
    wall = time.perf_counter() - t
    sealed = sum(1 for s in shares for p in s.iterdir() if p.name.endswith(".baomi"))
    with Store.open(url) as store, store.engine.connect() as conn:
        per = dict(conn.execute(text("SELECT site, count(*) FROM claims GROUP BY site")).all())
        # the working window, start-up (imports, rules, a warm detector) left out
        window = conn.execute(
            text("SELECT extract(epoch FROM max(finished_at) - min(claimed_at)) FROM claims")
        ).scalar()
    total = sites * per_site
    print(
        f"daemons: {sites} x `baomi watch --once --site cNN` ({per_site} secret notes each, "
        f"--jobs 1) on one PostgreSQL: {total} files in {wall:.1f} s with start-up; from the "
        f"first claim to the last finish {float(window or 0):.1f} s = "
        f"{total / max(float(window or 0), 1e-9):.1f} files/s over the county; exit codes "
        f"{sorted(set(codes))}, sealed {sealed}/{total}, claims by site "
        f"{min(per.values(), default=0)}-{max(per.values(), default=0)}"
    )
    assert sealed == total and codes == [0] * sites and len(per) == sites, (sealed, codes, per)


# -- report ----------------------------------------------------------------------------------------


FILL = """
INSERT INTO files (host, path, owner, size, mtime, format, categories, first_seen,
                   last_scanned, share, site)
SELECT 'fs-' || (g % :sites), '/srv/share/科室' || (g % 40) || '/文件' || g || '.docx', 'clerk',
       10000 + g % 5000, now(), 'docx',
       CASE g % 4 WHEN 0 THEN '["medical"]' WHEN 1 THEN '["financial"]'
            WHEN 2 THEN '["personnel"]' ELSE '[]' END,
       now() - (g % 365) * interval '1 day', now(), '门诊', 'c' || lpad((g % :sites)::text, 2, '0')
FROM generate_series(1, :n) AS g;
INSERT INTO labels (file_id, text, categories, retention_years, expires, method, labelled_at)
SELECT id, '秘密 保密期限：10年', categories, 10, date '2036-01-01', 'docx', now()
FROM files WHERE categories <> '[]' AND id % 10 <> 0;
INSERT INTO seals (file_id, host, original_path, sealed_path, recipients, sealed_size,
                   chunk_size, expires, sealed_at)
SELECT id, host, path, path || '.baomi', '[]', size, 65536, date '2036-01-01', now()
FROM files WHERE categories <> '[]' AND id % 10 > 2;
ANALYZE files; ANALYZE labels; ANALYZE seals;
"""


def _measure(url: str, what: str, site: str | None, out: object) -> None:
    """One report's data gathered in a fresh process (so its peak RSS is its own): ``new`` is
    what ``baomi report`` runs; ``old`` the in-memory computation it replaced, kept as the
    tests' oracle (tests/report/reference_report.py). Also the SQL statements' own times."""
    import resource

    from sqlalchemy import event

    from scanner.report import Period
    from scanner.report.data import gather
    from scanner.store import Store

    statements: list[tuple[float, str, object]] = []
    with Store.open(url) as store:

        def before(_conn: object, _cur: object, stmt: str, params: object, ctx: object,
                   _many: bool) -> None:  # fmt: skip
            ctx._t0 = time.perf_counter()  # type: ignore[attr-defined]

        def after(_conn: object, _cur: object, stmt: str, params: object, ctx: object,
                  _many: bool) -> None:  # fmt: skip
            statements.append((time.perf_counter() - ctx._t0, stmt, params))  # type: ignore[attr-defined]

        event.listen(store.engine, "before_cursor_execute", before)
        event.listen(store.engine, "after_cursor_execute", after)
        today = datetime.now(UTC).date()
        period = Period(date(today.year, 1, 1), today)
        t = time.perf_counter()
        data = gather(store, period, site=site, today=today)
        if what == "old":
            from tests.report.reference_report import reference

            data = reference(store, period, site=site, today=today, base=data)
        took = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slowest = sorted(statements, key=lambda s: -s[0])[:3]
    out.put(  # type: ignore[attr-defined]
        (took, peak, data.secret, len(data.sites), len(data.site_ids), slowest, len(statements))
    )


def _measure_ledger(url: str, what: str, out: object) -> None:
    """``baomi ledger`` to a CSV in a fresh process: ``new`` streams the rows from one SELECT
    (what the command runs); ``old`` the registry read whole and sorted in Python, as the
    ledger was made before (the tests' oracle for it)."""
    import resource

    from scanner.store import Store
    from scanner.workflows.lifecycle import ledger, registry, write_ledger_csv

    with tempfile.TemporaryDirectory() as tmp, Store.open(url) as store:
        target = Path(tmp) / "ledger.csv"
        t = time.perf_counter()
        if what == "new":
            rows = write_ledger_csv(ledger(store), target)
        else:
            listed = [
                {**e, "path": e["sealed_path"] if e["state"] == "sealed" else e["path"]}
                for e in registry(store)
                if e["categories"] or e["state"] != "unprotected"
            ]
            listed.sort(key=lambda r: (r["host"], r["path"]))
            rows = write_ledger_csv(listed, target)
        took = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put((took, peak, rows))  # type: ignore[attr-defined]


def report(url: str, sites: int, n: int, old: bool, explain: bool) -> None:
    from scanner.store import Store

    with Store.open(url) as store:
        t = time.perf_counter()
        with store.engine.begin() as conn:
            for stmt in FILL.split(";"):
                if stmt.strip():
                    conn.execute(text(stmt), {"n": n, "sites": sites})
        fill = time.perf_counter() - t
        t = time.perf_counter()
        with store.engine.connect() as conn:
            counted = conn.execute(text("SELECT count(*) FROM files")).scalar()
        bare = time.perf_counter() - t
    assert counted == n, counted
    print(
        f"report: {n:,} registered files over {sites} sites (made in {fill:.0f} s); "
        f"bare count(*) {bare * 1000:.0f} ms"
    )
    # the old way for all sites only: for one site it read everything too, and took longer
    runs = [("new", None), ("new", "c03")] + ([("old", None)] if old else [])
    for what, site in runs:
        q = CTX.Queue()
        p = CTX.Process(target=_measure, args=(url, what, site, q))
        p.start()
        took, peak, secret, table, found, slowest, count = q.get(timeout=7200)
        p.join()
        assert found == sites, found
        print(
            f"  {what} gather, {'site ' + site if site else 'all sites'}: {took:.1f} s, "
            f"peak RSS {peak:,.0f} MiB ({secret:,} secret files, a table of {table} sites; "
            f"{count} SQL statements, the slowest "
            + ", ".join(f"{s:.1f} s" for s, _stmt, _p in slowest)
            + ")"
        )
        if explain and what == "new" and site is None:
            with create_engine(url).connect() as conn:
                conn.exec_driver_sql("SET jit = off")  # as the report's reads run them
                for _s, stmt, params in slowest[:2]:
                    plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + stmt, params)
                    lines = [r[0] for r in plan]
                    print("    EXPLAIN ANALYZE of a " + f"{_s:.1f} s statement:")
                    print("\n".join("      " + line for line in lines))
    # the registration ledger over the same registry: streamed, and (--old) read whole
    for what in ["new"] + (["old"] if old else []):
        q = CTX.Queue()
        p = CTX.Process(target=_measure_ledger, args=(url, what, q))
        p.start()
        took, peak, rows = q.get(timeout=7200)
        p.join()
        print(
            f"  {what} ledger (csv), all sites: {took:.1f} s, "
            f"peak RSS {peak:,.0f} MiB ({rows:,} rows)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["claims", "daemons", "report", "all"], default="all")
    ap.add_argument("--pg", default=os.environ.get("BAOMI_TEST_PG_URL"))
    ap.add_argument("--sites", type=int, default=8, help="centres (processes) for claims/daemons")
    ap.add_argument("--claims", type=int, default=2000, help="claims per centre")
    ap.add_argument("--batch", type=int, default=8, help="finished claims per claim transaction")
    ap.add_argument("--notes", type=int, default=100, help="secret notes per daemon's share")
    ap.add_argument("--files", type=int, default=1_000_000, help="registered files for report")
    ap.add_argument("--report-sites", type=int, default=25)
    ap.add_argument("--short", action="store_true", help="CI smoke sizes")
    ap.add_argument(
        "--old",
        action="store_true",
        help="also time the in-memory computation the report used before its SQL aggregates",
    )
    ap.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest SQL")
    args = ap.parse_args(argv)
    if not args.pg:
        ap.error("no PostgreSQL: give --pg URL or set BAOMI_TEST_PG_URL (. /tmp/pgenv)")
    if args.short:
        args.sites, args.claims, args.notes, args.files, args.report_sites = 3, 100, 5, 5000, 5
    with tempfile.TemporaryDirectory(prefix="baomi-bench-county-") as tmp:
        os.environ["BAOMI_HOME"] = str(Path(tmp) / "home")
        if args.part in ("claims", "all"):
            with schema(args.pg) as url:
                claims(url, args.sites, args.claims, args.batch)
        if args.part in ("daemons", "all"):
            with schema(args.pg) as url:
                daemons(url, args.sites, args.notes, Path(tmp) / "d")
        if args.part in ("report", "all"):
            with schema(args.pg) as url:
                report(url, args.report_sites, args.files, args.old, args.explain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
