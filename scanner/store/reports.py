"""What ``scanner.report`` reads for a period: registrations and seals by time, audit events by
kind, requests, openings, overdue borrowings, transfers, declassifications and destructions.

Rows come back as stored: JSON lists (approvals, people) stay text, for the report to show (it
also copes with rows written by hand or by older versions)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypedDict

from sqlalchemy import case, func, select

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

    def registrations_between(self, start: datetime, end: datetime) -> list[datetime]:
        """When each file first registered in the period was first seen."""
        with self._read("读登记 / reading registrations") as conn:
            return [
                ts
                for (ts,) in conn.execute(
                    select(files_t.c.first_seen).where(
                        files_t.c.first_seen >= start, files_t.c.first_seen < end
                    )
                )
            ]

    def seals_between(self, start: datetime, end: datetime) -> list[datetime]:
        """When each seal made in the period was made."""
        with self._read("读封存记录 / reading seals") as conn:
            return [
                ts
                for (ts,) in conn.execute(
                    select(seals_t.c.sealed_at).where(
                        seals_t.c.sealed_at >= start, seals_t.c.sealed_at < end
                    )
                )
            ]

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

    def file_sites(self) -> dict[int, str]:
        """file id → site id, for the files recorded with one."""
        with self._read("读站点 / reading sites") as conn:
            rows = conn.execute(
                select(files_t.c.id, files_t.c.site).where(files_t.c.site.is_not(None))
            )
            return {r.id: r.site for r in rows}

    def files_by_format(self) -> list[FormatCount]:
        """Registered files counted by format (as the scan named it), most first."""
        fmt = files_t.c.format
        secret = func.sum(case((files_t.c.categories == "[]", 0), else_=1))
        with self._read("读登记 / reading registrations") as conn:
            rows = conn.execute(select(fmt, func.count(), secret).group_by(fmt)).all()
        out = [FormatCount(f, int(n), int(k or 0)) for f, n, k in rows]
        return sorted(out, key=lambda r: (-r.files, r.format or ""))

    def closed_unregistered(self) -> dict[str, str]:
        """Paths declassified or destroyed that name no registered file: path -> "declassified"
        or "destroyed" (a destruction wins over a declassification of the same path)."""
        paths: dict[str, str] = {}
        with self._read("读解密与销毁记录 / reading declassifications and destructions") as conn:
            for table, what in ((declass_t, "declassified"), (destr_t, "destroyed")):
                for r in conn.execute(select(table.c.path).where(table.c.file_id.is_(None))):
                    paths[r.path] = what
        return paths

    def state_secret_marks(self) -> list[tuple[str, str, str]]:
        """Files whose last scan found a state-secret mark (机密, 绝密): (host, path, mark)."""
        with self._read("读文件的密级标志 / reading the files' secrecy marks") as conn:
            rows = conn.execute(
                select(files_t.c.host, files_t.c.path, files_t.c.existing_mark)
                .where(files_t.c.existing_mark.is_not(None))
                .order_by(files_t.c.host, files_t.c.path)
            ).all()
        out = []
        for host, path, raw in rows:
            mark = json.loads(raw)
            if mark.get("state_secret"):
                out.append((host, path, str(mark.get("text", ""))))
        return out


def _row(row: Any) -> Any:
    """A result row as the TypedDict of its table (the columns are the keys)."""
    return dict(row._mapping)
