"""What ``scanner.report`` reads for a period: registrations and seals by time, audit events by
kind, requests, openings, overdue borrowings, transfers, declassifications and destructions.

Rows come back as stored: JSON lists (approvals, people) stay text, for the report to show (it
also copes with rows written by hand or by older versions)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, case, func, select

from scanner.store.access import RequestRecord, load_requests
from scanner.store.base import StoreBase
from scanner.store.tables import access_requests as requests_t
from scanner.store.tables import audit_events as audit_t
from scanner.store.tables import claims as claims_t
from scanner.store.tables import declassifications as declass_t
from scanner.store.tables import destructions as destr_t
from scanner.store.tables import files as files_t
from scanner.store.tables import openings as openings_t
from scanner.store.tables import seals as seals_t
from scanner.store.tables import transfers as transfers_t


@dataclass(frozen=True, slots=True)
class FormatCount:
    format: str | None  # None: registered by a version that did not record it
    files: int
    secret: int  # of them, with a category now


class OpeningRow(TypedDict):
    id: int
    host: str
    sealed_path: str
    actor: str
    reason: str
    out_path: str
    request_id: str | None
    recipient_fingerprint: str
    opened_at: datetime


class TransferRow(TypedDict):
    id: int
    sealed_path: str
    out_path: str
    recipient_name: str
    recipient_fingerprint: str
    method: str
    approved_by: str  # JSON list of {"role", "name"}
    emergency: int
    approved_after_at: datetime | None
    actor: str
    host: str
    transferred_at: datetime


class DeclassificationRow(TypedDict):
    id: int
    path: str
    file_id: int | None
    reason: str
    note: str | None
    approved_by: str  # JSON list
    action: str
    actor: str
    host: str
    declassified_at: datetime


class DestructionRow(TypedDict):
    id: int
    path: str
    file_id: int | None
    method: str
    reason: str
    approved_by: str  # JSON list
    people: str  # JSON list
    size: int | None
    actor: str
    host: str
    destroyed_at: datetime
    keep_until: date


class ReportReads(StoreBase):
    """Reads for ``baomi report``; ``start`` inclusive, ``end`` exclusive, both aware UTC."""

    def registrations_by_month(self, start: datetime, end: datetime) -> dict[str, int]:
        """Files first registered in the period, counted by month ("2026-03", UTC)."""
        return self._by_month(files_t.c.first_seen, start, end, "读登记 / reading registrations")

    def seals_by_month(self, start: datetime, end: datetime) -> dict[str, int]:
        """Seals made in the period, counted by month ("2026-03", UTC)."""
        return self._by_month(seals_t.c.sealed_at, start, end, "读封存记录 / reading seals")

    def _by_month(self, when: Any, start: datetime, end: datetime, what: str) -> dict[str, int]:
        if self.engine.dialect.name == "sqlite":
            # stored as "YYYY-MM-DD HH:MM:SS…" in UTC
            month: Any = func.substr(when, 1, 7)
        else:
            month = func.to_char(func.timezone("UTC", when), "YYYY-MM")
        query = select(month, func.count()).where(when >= start, when < end).group_by(month)
        with self._read(what) as conn:
            return {str(m): int(n) for m, n in conn.execute(query)}

    def audit_kinds_between(self, start: datetime, end: datetime) -> dict[str, int]:
        """Audit events in the period, counted by kind (sorted by kind)."""
        # Audit timestamps are ISO-8601 UTC text; the same text order is time order.
        lo, hi = start.isoformat()[:19], end.isoformat()[:19]
        with self._read("读审计记录 / reading the audit trail") as conn:
            rows = conn.execute(
                select(audit_t.c.kind, func.count())
                .where(audit_t.c.ts >= lo, audit_t.c.ts < hi)
                .group_by(audit_t.c.kind)
            ).all()
        return {k: int(n) for k, n in sorted(rows)}

    def requests_created_between(self, start: datetime, end: datetime) -> list[RequestRecord]:
        """Requests made in the period, oldest first, their approvals in the order decided."""
        query = (
            select(requests_t)
            .where(requests_t.c.created_at >= start, requests_t.c.created_at < end)
            .order_by(requests_t.c.id)
        )
        with self._read("读申请 / reading access requests") as conn:
            return load_requests(conn, query, approvals_by_time=True, count_openings=False)

    def unreturned_borrows(self, due_before: date) -> list[RequestRecord]:
        """Borrow requests due back before ``due_before``, neither returned nor rejected,
        soonest due first (whether a copy is out depends on its openings)."""
        query = (
            select(requests_t)
            .where(
                requests_t.c.kind == "borrow",
                requests_t.c.returned_at.is_(None),
                requests_t.c.status != "returned",
                requests_t.c.status != "rejected",
                requests_t.c.until < due_before,
            )
            .order_by(requests_t.c.until)
        )
        with self._read("读申请 / reading access requests") as conn:
            return load_requests(conn, query, count_openings=False)

    def openings_between(self, start: datetime, end: datetime) -> list[OpeningRow]:
        """Openings in the period, in the order they happened."""
        query = (
            select(openings_t)
            .where(openings_t.c.opened_at >= start, openings_t.c.opened_at < end)
            .order_by(openings_t.c.opened_at, openings_t.c.id)
        )
        with self._read("读打开记录 / reading openings") as conn:
            return [_row(r) for r in conn.execute(query)]

    def request_citations(self) -> list[tuple[str, datetime]]:
        """(request id as typed, opened at) for every opening that cited a request, oldest
        record first."""
        with self._read("读打开记录 / reading openings") as conn:
            return [
                (r.request_id, r.opened_at)
                for r in conn.execute(
                    select(openings_t.c.request_id, openings_t.c.opened_at)
                    .where(openings_t.c.request_id.is_not(None))
                    .order_by(openings_t.c.id)
                )
            ]

    def transfers_between(self, start: datetime, end: datetime) -> list[TransferRow]:
        when = transfers_t.c.transferred_at
        query = (
            select(transfers_t).where(when >= start, when < end).order_by(when, transfers_t.c.id)
        )
        with self._read("读传递记录 / reading transfers") as conn:
            return [_row(r) for r in conn.execute(query)]

    def declassifications_between(
        self, start: datetime, end: datetime
    ) -> list[DeclassificationRow]:
        when = declass_t.c.declassified_at
        query = select(declass_t).where(when >= start, when < end).order_by(when, declass_t.c.id)
        with self._read("读解密记录 / reading declassifications") as conn:
            return [_row(r) for r in conn.execute(query)]

    def destructions_between(self, start: datetime, end: datetime) -> list[DestructionRow]:
        when = destr_t.c.destroyed_at
        query = select(destr_t).where(when >= start, when < end).order_by(when, destr_t.c.id)
        with self._read("读销毁记录 / reading destructions") as conn:
            return [_row(r) for r in conn.execute(query)]

    def sites(self) -> list[str]:
        """The site ids the store's files and claims were recorded for (a county's centres)."""
        with self._read("读站点 / reading sites") as conn:
            found = {
                r[0]
                for table in (files_t, claims_t)
                for r in conn.execute(select(table.c.site).distinct())
                if r[0]
            }
        return sorted(found)

    def files_by_format(self) -> list[FormatCount]:
        """Registered files counted by format (as the scan named it), most first."""
        fmt = files_t.c.format
        secret = func.sum(case((files_t.c.categories == "[]", 0), else_=1))
        with self._read("读登记 / reading registrations") as conn:
            rows = conn.execute(select(fmt, func.count(), secret).group_by(fmt)).all()
        out = [FormatCount(f, int(n), int(k or 0)) for f, n, k in rows]
        return sorted(out, key=lambda r: (-r.files, r.format or ""))

    def state_secret_marks(
        self, *, site: str | None = None, limit: int = 300
    ) -> tuple[list[tuple[str, str, str]], int]:
        """Files whose last scan found a state-secret mark (机密, 绝密), of ``site`` if given:
        the first ``limit`` as (host, path, mark) by host and path, and how many in all."""
        f = files_t.c
        # canonical JSON (compact_json): inside a string value the quotes would be escaped
        wanted: list[ColumnElement[bool]] = [f.existing_mark.like('%"state_secret":true%')]
        if site is not None:
            wanted.append(f.site == site)
        text_order = (
            (lambda c: c) if self.engine.dialect.name == "sqlite" else (lambda c: c.collate("C"))
        )
        with self._read("读文件的密级标志 / reading the files' secrecy marks") as conn:
            total = conn.execute(select(func.count()).where(*wanted)).scalar_one()
            rows = conn.execute(
                select(f.host, f.path, f.existing_mark)
                .where(*wanted)
                .order_by(text_order(f.host), text_order(f.path))
                .limit(max(0, limit))
            ).all()
        return [
            (host, path, str(json.loads(raw).get("text", ""))) for host, path, raw in rows
        ], int(total)


def _row(row: Any) -> Any:
    """A result row as the TypedDict of its table (the columns are the keys)."""
    return dict(row._mapping)
