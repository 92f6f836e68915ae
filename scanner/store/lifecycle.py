"""The end of a file's life in the store: the registration ledger's raw material (each file with
its newest label, seal, declassification and destruction) and the declassification and
destruction records that ``scanner.workflows.lifecycle`` writes.

A decision is recorded by a context manager: the row and its audit event are written in a
transaction that commits only when the caller's block (the change to the file itself) ends
without an exception, so a failed change leaves no record and a record means it was done.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, union

from scanner.store.base import StoreBase
from scanner.store.helpers import compact_json, new_id, now
from scanner.store.tables import declassifications as declass_t
from scanner.store.tables import destructions as destr_t
from scanner.store.tables import files as files_t
from scanner.store.tables import labels as labels_t
from scanner.store.tables import seals as seals_t


@dataclass(frozen=True)
class RegisteredFile:
    """A registered file with the newest of each record about it (None: there is none)."""

    file_id: int
    path: str
    host: str
    share: str | None
    owner: str | None
    format: str | None
    categories: list[str]
    first_seen: datetime
    last_scanned: datetime
    label_text: str | None
    retention_years: int | None
    label_expires: date | None
    labelled_at: datetime | None
    sealed_path: str | None
    seal_expires: date | None
    sealed_at: datetime | None
    declassified_at: datetime | None
    destroyed_at: datetime | None


class Lifecycle(StoreBase):
    """Declassifications, destructions and the registry they are judged against."""

    def registered_files(
        self,
        *,
        at: tuple[str, str] | None = None,
        expiring_by: date | None = None,
    ) -> list[RegisteredFile]:
        """Registered files, by id, with their newest label, seal, declassification and
        destruction: every one, or only those that may answer a question asked of a few —
        ``at=(host, path)``: registered at that path on that host, or sealed to that path by
        any seal; ``expiring_by``: with any label or seal expiring by that day. The caller
        still judges the newest records (a superset is read, never the whole registry)."""
        narrowed: list[Any] = []
        if at is not None:
            host, path = at
            narrowed.append(
                union(
                    select(files_t.c.id).where(files_t.c.host == host, files_t.c.path == path),
                    select(seals_t.c.file_id).where(seals_t.c.sealed_path == path),
                )
            )
        if expiring_by is not None:
            narrowed.append(
                union(
                    select(labels_t.c.file_id).where(labels_t.c.expires <= expiring_by),
                    select(seals_t.c.file_id).where(seals_t.c.expires <= expiring_by),
                )
            )

        def of(table: Any, column: Any) -> Any:
            query = select(table).order_by(table.c.id)
            for ids in narrowed:
                query = query.where(column.in_(ids.scalar_subquery()))
            return query

        with self._read("读登记 / reading registrations") as conn:
            files = conn.execute(of(files_t, files_t.c.id)).all()
            labels = {r.file_id: r for r in conn.execute(of(labels_t, labels_t.c.file_id))}
            seals = {
                r.file_id: r
                for r in conn.execute(of(seals_t, seals_t.c.file_id))
                if r.file_id is not None
            }
            declass = {
                r.file_id: r.declassified_at
                for r in conn.execute(of(declass_t, declass_t.c.file_id))
                if r.file_id is not None
            }
            destr = {
                r.file_id: r.destroyed_at
                for r in conn.execute(of(destr_t, destr_t.c.file_id))
                if r.file_id is not None
            }
        out = []
        for f in files:
            label, seal = labels.get(f.id), seals.get(f.id)
            out.append(
                RegisteredFile(
                    file_id=f.id,
                    path=f.path,
                    host=f.host,
                    share=f.share,
                    owner=f.owner,
                    format=f.format,
                    categories=json.loads(f.categories),
                    first_seen=f.first_seen,
                    last_scanned=f.last_scanned,
                    label_text=label.text if label else None,
                    retention_years=label.retention_years if label else None,
                    label_expires=label.expires if label else None,
                    labelled_at=label.labelled_at if label else None,
                    sealed_path=seal.sealed_path if seal else None,
                    seal_expires=seal.expires if seal else None,
                    sealed_at=seal.sealed_at if seal else None,
                    declassified_at=declass.get(f.id),
                    destroyed_at=destr.get(f.id),
                )
            )
        return out

    @contextlib.contextmanager
    def declassification(
        self,
        *,
        path: str,
        file_id: int | None,
        reason: str,
        note: str | None,
        approved_by: list[dict[str, str]],
        action: str,
        out_path: str | None,
        actor: str,
    ) -> Iterator[int]:
        """Record a declassification (yields its id); kept only if the block succeeds."""
        with self.transaction() as conn:
            record_id = new_id(
                conn.execute(
                    insert(declass_t).values(
                        path=path,
                        file_id=file_id,
                        reason=reason,
                        note=note,
                        approved_by=compact_json(approved_by),
                        action=action,
                        actor=actor,
                        host=self._host,
                        declassified_at=now(),
                    )
                )
            )
            self.audit.append(
                "declassify",
                path,
                {
                    "declassification_id": record_id,
                    "file_id": file_id,
                    "reason": reason,
                    "note": note,
                    "approved_by": approved_by,
                    "action": action,
                    "out_path": out_path,
                },
                actor=actor,
                conn=conn,
            )
            yield record_id

    @contextlib.contextmanager
    def destruction(
        self,
        *,
        path: str,
        file_id: int | None,
        method: str,
        reason: str,
        approved_by: list[dict[str, str]],
        people: Sequence[str],
        size: int,
        keep_until: date,
        backups: Sequence[str],
        backups_missing: Sequence[str],
        actor: str,
    ) -> Iterator[int]:
        """Record a destruction (yields its id); kept only if the block succeeds."""
        details: dict[str, Any] = {
            "file_id": file_id,
            "method": method,
            "reason": reason,
            "approved_by": approved_by,
            "people": list(people),
            "size": size,
            "keep_until": keep_until.isoformat(),
            "backups": list(backups),
            "backups_missing": list(backups_missing),
        }
        with self.transaction() as conn:
            record_id = new_id(
                conn.execute(
                    insert(destr_t).values(
                        path=path,
                        file_id=file_id,
                        method=method,
                        reason=reason,
                        approved_by=compact_json(approved_by),
                        people=compact_json(list(people)),
                        size=size,
                        actor=actor,
                        host=self._host,
                        destroyed_at=now(),
                        keep_until=keep_until,
                    )
                )
            )
            self.audit.append(
                "destroy",
                path,
                {"destruction_id": record_id, **details},
                actor=actor,
                conn=conn,
            )
            yield record_id
