"""The report's registry numbers computed the way ``baomi report`` computed them before they
moved into SQL (issue 13): every registered file read into Python through the ledger's
``registry`` and counted there. Kept as the oracle the SQL aggregates are compared with, field
by field (tests/report/test_report_sql.py); the product no longer runs it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from scanner.report.data import (
    CLOSED_STATES,
    DETECT_ONLY,
    EXPIRING_DAYS,
    LABELED_ONLY,
    LISTED,
    NO_SHARE,
    NO_SITE,
    ROOT_FOLDER,
    SEALED,
    STATES,
    UNPROTECTED,
    FileRow,
    Listed,
    PendingRow,
    Period,
    ReportData,
    claim_row,
)
from scanner.store import Store
from scanner.store.tables import declassifications, destructions, files, seals
from scanner.workflows.lifecycle import registry


@dataclasses.dataclass
class _File:
    row: FileRow
    department: str
    closed: str | None


def reference(
    store: Store, period: Period, *, site: str | None, today: date, base: ReportData
) -> ReportData:
    """``base`` (the new report's data) with every registry-derived field recomputed in memory."""
    site_ids = store.sites()
    only = site if site in site_ids else None
    with store.engine.connect() as conn:
        site_of = {r.id: r.site for r in conn.execute(select(files.c.id, files.c.site))}
        closed_paths: dict[str, str] = {}
        for table, what in ((declassifications, "declassified"), (destructions, "destroyed")):
            for r in conn.execute(select(table.c.path).where(table.c.file_id.is_(None))):
                closed_paths[r.path] = what
        registered_at = [r[0] for r in conn.execute(select(files.c.first_seen))]
        sealed_at = [r[0] for r in conn.execute(select(seals.c.sealed_at))]
        marks = conn.execute(
            select(files.c.host, files.c.path, files.c.existing_mark, files.c.site).where(
                files.c.existing_mark.is_not(None)
            )
        ).all()
    all_files = _files(store)
    registered = len(all_files)
    registered_by_site: dict[str, int] = {}
    if site_ids:
        for f in all_files:
            f.row.site = site_of[f.row.id]
        registered_by_site = dict(Counter(f.row.site or NO_SITE for f in all_files))
        if only is not None:
            all_files = [f for f in all_files if f.row.site == only]
            registered = len(all_files)
    secret: list[_File] = []
    closed = 0
    for f in all_files:
        f.closed = f.closed or closed_paths.get(f.row.path)
        if f.closed:
            closed += 1
        elif f.row.categories:
            secret.append(f)
    rows = [f.row for f in secret]
    new_in_period = sum(
        1 for f in all_files if period.start <= f.row.first_seen < period.end and f.row.categories
    )
    horizon = today + timedelta(days=EXPIRING_DAYS)
    expiring = sorted(
        (f for f in rows if f.expires and today <= f.expires <= horizon),
        key=lambda f: (f.expires, f.path),
    )
    expired = sorted(
        (f for f in rows if f.expires and f.expires < today), key=lambda f: (f.expires, f.path)
    )
    pending = _pending(store, rows, only)
    states_counter = Counter(f.state for f in rows)
    states = {s: states_counter.get(s, 0) for s in STATES}
    cats: dict[str, dict[str, int]] = {}
    for f in rows:
        for c in f.categories:
            cats.setdefault(c, dict.fromkeys(STATES, 0))[f.state] += 1
    site_states: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
    for f in rows:
        site_states[f.site or NO_SITE][f.state] += 1
    pending_by_site = Counter(p.site or NO_SITE for p in pending)
    by_registered = {only: registered} if only else registered_by_site
    names = set(site_states) | set(pending_by_site) | set(by_registered)
    sites = sorted(
        ((s, by_registered.get(s, 0), site_states[s], pending_by_site.get(s, 0)) for s in names),
        key=lambda r: (-r[2][UNPROTECTED] - r[3], r[0]),
    )
    reasons: dict[str, int] = {}
    for p in pending:
        reasons[p.reason] = reasons.get(p.reason, 0) + 1
    days = [d for p in pending if (d := p.days(today)) is not None]
    unsealed = [f for f in rows if f.state != SEALED]
    state_secret = sorted(
        (host, path, str(json.loads(raw).get("text", "")))
        for host, path, raw, where in marks
        if json.loads(raw).get("state_secret") and (only is None or where == only)
    )
    return dataclasses.replace(
        base,
        registered=registered,
        secret=len(rows),
        states=states,
        categories=dict(sorted(cats.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))),
        shares=_groups(secret, "share"),
        departments=_groups(secret, "department"),
        unsealed=_listed(unsealed),
        new_in_period=new_in_period,
        trend=_trend(period, registered_at, sealed_at),
        expiring=_listed(expiring),
        expired=_listed(expired),
        closed=closed,
        pending=_listed(pending),
        pending_secret=sum(1 for p in pending if p.categories),
        pending_reasons=dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        oldest_pending_days=max(days) if days else None,
        state_secret=_listed(state_secret),
        site_ids=site_ids,
        only_site=only,
        sites=sites,
    )


def _listed(items: list[Any]) -> Listed[Any]:
    return Listed(items[:LISTED], len(items))


def _files(store: Store) -> list[_File]:
    entries = registry(store)
    departments = _departments([(e["share"] or e["host"], e["path"]) for e in entries])
    out = []
    for e in entries:
        closed = e["state"] if e["state"] in CLOSED_STATES else None
        state = (
            e["state"]
            if closed is None
            else (SEALED if e["sealed_path"] else LABELED_ONLY if e["label"] else UNPROTECTED)
        )
        row = FileRow(
            id=e["file_id"],
            host=e["host"],
            path=e["path"],
            share=e["share"] or NO_SHARE,
            categories=list(e["categories"]),
            state=state,
            expires=e["expires"],
            first_seen=e["first_seen"],
        )
        out.append(_File(row, departments[(e["share"] or e["host"], e["path"])], closed))
    return out


def _groups(files_: list[_File], key: str) -> list[tuple[str, dict[str, int]]]:
    groups: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
    for f in files_:
        name = f.row.share if key == "share" else f"{f.row.share} / {f.department}"
        groups[name][f.row.state] += 1
    return sorted(groups.items(), key=lambda kv: (-kv[1][UNPROTECTED], -kv[1][LABELED_ONLY], kv[0]))


def _pending(store: Store, secret: list[FileRow], site: str | None) -> list[PendingRow]:
    claims = store.unprotected_claims(site=site)
    out = [claim_row(c) for c in claims]
    named = {(c.share, c.relpath) for c in claims}
    for f in secret:
        if f.state != UNPROTECTED:
            continue
        parts = f.path.split("/")
        if any((f.share, "/".join(parts[i:])) in named for i in range(1, len(parts))):
            continue
        out.append(
            PendingRow(
                f.path, f.host, f.categories, f.first_seen, DETECT_ONLY, "registered", f.site
            )
        )
    oldest = datetime.max.replace(tzinfo=UTC)
    return sorted(out, key=lambda p: (p.since or oldest, p.where))


def _departments(items: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    by_group: dict[str, list[str]] = defaultdict(list)
    for group, path in items:
        by_group[group].append(path)
    out: dict[tuple[str, str], str] = {}
    for group, paths in by_group.items():
        folders = [os.path.dirname(p) for p in paths]
        try:
            root = os.path.commonpath(folders) if folders else ""
        except ValueError:
            root = ""
        for p in paths:
            rel = os.path.relpath(os.path.dirname(p), root) if root else os.path.dirname(p)
            top = rel.split(os.sep)[0] if rel not in (".", "") else ""
            out[(group, p)] = top or ROOT_FOLDER
    return out


def _trend(
    period: Period, registered_at: list[datetime], sealed_at: list[datetime]
) -> list[tuple[str, int, int]]:
    def month(ts: datetime) -> str:
        return f"{ts.year:04d}-{ts.month:02d}"

    regs = Counter(month(t) for t in registered_at if period.start <= t < period.end)
    made = Counter(month(t) for t in sealed_at if period.start <= t < period.end)
    return [(m, regs.get(m, 0), made.get(m, 0)) for m in period.months()]
