"""Access requests (查阅 consult / 借阅 borrow), their approvals, and transfers (传递): the rows
``scanner.workflows.access`` keeps. The workflow decides (roles, states, dates); this module only
reads and writes, each write with its audit event in the same transaction.

A decision is read-check-write: the workflow opens an :class:`AccessSession` (one transaction
under the audit lock), reads the request through it, checks, and records through it, so two
approvers deciding at once cannot both see the request pending.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from scanner.store.audit import AuditEvent, AuditLog
from scanner.store.base import StoreBase
from scanner.store.helpers import compact_json, new_id, now
from scanner.store.tables import access_requests as requests_t
from scanner.store.tables import approvals as approvals_t
from scanner.store.tables import openings as openings_t
from scanner.store.tables import seals as seals_t
from scanner.store.tables import transfers as transfers_t


@dataclass(frozen=True)
class ApprovalRecord:
    id: int
    role: str
    approver: str
    decision: str  # approve | reject
    note: str | None
    decided_at: datetime


@dataclass(frozen=True)
class RequestRecord:
    """One access request as stored; ``openings``: how many openings cited it (by its id)."""

    id: int
    kind: str
    sealed_path: str
    file_id: int | None
    purpose: str
    # None for requests made before requests were bound to content
    sealed_digest: str | None
    requester: str
    host: str
    created_at: datetime
    until: date
    status: str
    returned_at: datetime | None
    approvals: tuple[ApprovalRecord, ...] = ()
    openings: int = 0


@dataclass(frozen=True)
class TransferRecord:
    id: int
    sealed_path: str
    out_path: str
    recipient_name: str
    recipient_fingerprint: str
    method: str
    approved_by: list[dict[str, Any]]
    emergency: bool
    approved_after_at: datetime | None
    actor: str
    host: str
    transferred_at: datetime


def _request(
    row: Any, approvals: Sequence[ApprovalRecord] = (), openings: int = 0
) -> RequestRecord:
    return RequestRecord(
        id=row.id,
        kind=row.kind,
        sealed_path=row.sealed_path,
        file_id=row.file_id,
        purpose=row.purpose,
        sealed_digest=row.sealed_digest,
        requester=row.requester,
        host=row.host,
        created_at=row.created_at,
        until=row.until,
        status=row.status,
        returned_at=row.returned_at,
        approvals=tuple(approvals),
        openings=openings,
    )


def _approval(row: Any) -> ApprovalRecord:
    return ApprovalRecord(
        id=row.id,
        role=row.role,
        approver=row.approver,
        decision=row.decision,
        note=row.note,
        decided_at=row.decided_at,
    )


def _transfer(row: Any) -> TransferRecord:
    return TransferRecord(
        id=row.id,
        sealed_path=row.sealed_path,
        out_path=row.out_path,
        recipient_name=row.recipient_name,
        recipient_fingerprint=row.recipient_fingerprint,
        method=row.method,
        approved_by=json.loads(row.approved_by),
        emergency=bool(row.emergency),
        approved_after_at=row.approved_after_at,
        actor=row.actor,
        host=row.host,
        transferred_at=row.transferred_at,
    )


def load_requests(
    conn: Connection,
    query: Any,
    *,
    approvals_by_time: bool = False,
    count_openings: bool = True,
) -> list[RequestRecord]:
    """The requests ``query`` selects, each with its approvals (in the order they were made, or
    by decision time) and the number of openings that cited it."""
    rows = conn.execute(query).all()
    ids = [r.id for r in rows]
    decisions: dict[int, list[ApprovalRecord]] = {i: [] for i in ids}
    opened: dict[str, int] = {}
    if ids:
        order = (
            (approvals_t.c.decided_at, approvals_t.c.id)
            if approvals_by_time
            else (approvals_t.c.id,)
        )
        for a in conn.execute(
            select(approvals_t).where(approvals_t.c.request_id.in_(ids)).order_by(*order)
        ):
            decisions[a.request_id].append(_approval(a))
        if count_openings:
            keys = [str(i) for i in ids]
            opened = {
                str(k): int(n)
                for k, n in conn.execute(
                    select(openings_t.c.request_id, func.count())
                    .where(openings_t.c.request_id.in_(keys))
                    .group_by(openings_t.c.request_id)
                )
            }
    return [_request(r, decisions[r.id], opened.get(str(r.id), 0)) for r in rows]


class AccessSession:
    """One write transaction over access requests and transfers (see the module's docstring)."""

    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def request(self, request_id: int) -> RequestRecord | None:
        row = self._conn.execute(select(requests_t).where(requests_t.c.id == request_id)).first()
        return None if row is None else _request(row)

    def decisions(self, request_id: int) -> dict[str, str]:
        """role -> decision, for the roles that already decided this request."""
        return {
            r.role: r.decision
            for r in self._conn.execute(
                select(approvals_t.c.role, approvals_t.c.decision).where(
                    approvals_t.c.request_id == request_id
                )
            )
        }

    def signers(self, request_id: int) -> dict[str, str]:
        """role -> the name that signed it, for the roles that already decided this request."""
        return {
            r.role: r.approver
            for r in self._conn.execute(
                select(approvals_t.c.role, approvals_t.c.approver).where(
                    approvals_t.c.request_id == request_id
                )
            )
        }

    def add_approval(
        self, request_id: int, *, role: str, approver: str, decision: str, note: str | None
    ) -> None:
        self._conn.execute(
            insert(approvals_t).values(
                request_id=request_id,
                role=role,
                approver=approver,
                decision=decision,
                note=note,
                decided_at=now(),
            )
        )

    def set_request_status(self, request_id: int, status: str) -> None:
        self._conn.execute(
            update(requests_t).where(requests_t.c.id == request_id).values(status=status)
        )

    def mark_request_returned(self, request_id: int) -> None:
        self._conn.execute(
            update(requests_t)
            .where(requests_t.c.id == request_id)
            .values(status="returned", returned_at=now())
        )

    def openings_citing(self, request_id: int) -> int:
        """How many openings cited this request (by its id as typed)."""
        return int(
            self._conn.execute(
                select(func.count())
                .select_from(openings_t)
                .where(openings_t.c.request_id == str(request_id))
            ).scalar_one()
        )

    def transfer(self, transfer_id: int) -> TransferRecord | None:
        row = self._conn.execute(select(transfers_t).where(transfers_t.c.id == transfer_id)).first()
        return None if row is None else _transfer(row)

    def set_transfer_approvals(
        self, transfer_id: int, approved_by: list[dict[str, Any]], *, complete: bool
    ) -> None:
        """Replace a transfer's approvals; ``complete``: the last missing one came, now."""
        values: dict[str, Any] = {"approved_by": compact_json(approved_by, sort_keys=False)}
        if complete:
            values["approved_after_at"] = now()
        self._conn.execute(
            update(transfers_t).where(transfers_t.c.id == transfer_id).values(**values)
        )

    def audit(
        self, kind: str, subject: str | None, details: dict[str, Any], *, actor: str
    ) -> AuditEvent:
        return self._audit.append(kind, subject, details, actor=actor, conn=self._conn)


class Access(StoreBase):
    """Access requests and transfers in the store."""

    @contextlib.contextmanager
    def access_session(self) -> Iterator[AccessSession]:
        """A transaction for one decision on a request or a transfer; commits when the block
        ends without an exception, else nothing of it is kept."""
        with self.transaction() as conn:
            yield AccessSession(conn, self.audit)

    def record_request(
        self,
        *,
        kind: str,
        sealed_path: str,
        purpose: str,
        requester: str,
        until: date,
        roles: Sequence[str],
        categories: Sequence[str],
        sealed_digest: str | None = None,
    ) -> int:
        """A new pending request, linked to the registered file the sealed file was made from
        (its newest seal record naming one); ``roles`` and ``categories`` go into the audit
        event. Returns its id."""
        with self.transaction() as conn:
            file_id = conn.execute(
                select(seals_t.c.file_id)
                .where(seals_t.c.sealed_path == sealed_path, seals_t.c.file_id.is_not(None))
                .order_by(seals_t.c.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            request_id = new_id(
                conn.execute(
                    insert(requests_t).values(
                        kind=kind,
                        sealed_path=sealed_path,
                        sealed_digest=sealed_digest,
                        file_id=file_id,
                        purpose=purpose,
                        requester=requester,
                        host=self._host,
                        created_at=now(),
                        until=until,
                        status="pending",
                    )
                )
            )
            self.audit.append(
                "request",
                sealed_path,
                {
                    "request_id": request_id,
                    "kind": kind,
                    "purpose": purpose,
                    "until": until.isoformat(),
                    "requester": requester,
                    "roles": list(roles),
                    "categories": list(categories),
                },
                actor=requester,
                conn=conn,
            )
        return request_id

    def access_requests(
        self, *, sealed_path: str | None = None, request_id: int | None = None
    ) -> list[RequestRecord]:
        """Requests, newest first, with their approvals and how often each was cited."""
        query = select(requests_t).order_by(requests_t.c.id.desc())
        if sealed_path is not None:
            query = query.where(requests_t.c.sealed_path == sealed_path)
        if request_id is not None:
            query = query.where(requests_t.c.id == request_id)
        with self._read("读申请 / reading access requests") as conn:
            return load_requests(conn, query)

    def record_transfer(
        self,
        *,
        sealed_path: str,
        out_path: str,
        original_name: str | None,
        recipient_name: str,
        recipient_fingerprint: str,
        method: str,
        approved_by: list[dict[str, str]],
        emergency: bool,
        missing_approvals: list[str],
        actor: str,
        sender_key: str,
    ) -> int:
        """A transmission and its ``transfer`` audit event; returns the record's id."""
        with self.transaction() as conn:
            transfer_id = new_id(
                conn.execute(
                    insert(transfers_t).values(
                        sealed_path=sealed_path,
                        out_path=out_path,
                        recipient_name=recipient_name,
                        recipient_fingerprint=recipient_fingerprint,
                        method=method,
                        approved_by=compact_json(approved_by, sort_keys=False),
                        emergency=1 if emergency else 0,
                        approved_after_at=None,
                        actor=actor,
                        host=self._host,
                        transferred_at=now(),
                    )
                )
            )
            self.audit.append(
                "transfer",
                sealed_path,
                {
                    "transfer_id": transfer_id,
                    "out_path": out_path,
                    "original_name": original_name,
                    "recipient_name": recipient_name,
                    "recipient_fingerprint": recipient_fingerprint,
                    "method": method,
                    "approved_by": approved_by,
                    "emergency": bool(emergency),
                    "missing_approvals": missing_approvals,
                    "sender_key": sender_key,
                },
                actor=actor,
                conn=conn,
            )
        return transfer_id

    def transfers(self, *, pending: bool = False) -> list[TransferRecord]:
        """Transmissions, newest first; ``pending``: emergency ones still missing approvals."""
        query = select(transfers_t).order_by(transfers_t.c.id.desc())
        if pending:
            query = query.where(
                transfers_t.c.emergency == 1, transfers_t.c.approved_after_at.is_(None)
            )
        with self._read("读传递记录 / reading transfers") as conn:
            return [_transfer(r) for r in conn.execute(query)]
