"""Copies of sealed files on the backup site (docs/policy.md §5), and the seals they copy."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, TypedDict

from sqlalchemy import insert, select

from scanner.store.base import StoreBase
from scanner.store.claims import SHA256
from scanner.store.helpers import new_id, now
from scanner.store.tables import backups as backups_t
from scanner.store.tables import seals as seals_t


class BackupRow(TypedDict):
    id: int
    sealed_path: str
    backup_path: str
    sha256: str
    size: int
    host: str
    share: str
    backed_up_at: datetime


class SealWithBackups(TypedDict):
    seal_id: int
    host: str
    sealed_path: str
    original_path: str
    sealed_size: int
    sealed_at: datetime
    backups: list[BackupRow]


class Backups(StoreBase):
    def record_backup(
        self, *, sealed_path: Path, backup_path: Path, sha256: str, size: int, share: str
    ) -> int:
        """A verified copy of a sealed file on the backup site (scanner/workflows/backup.py),
        with its audit event (docs/policy.md §5: the committee can show what was backed up and
        when)."""
        if not isinstance(sha256, str) or not SHA256.fullmatch(sha256):
            raise ValueError(f"sha256 must be 64 lowercase hex digits, got {sha256!r}")
        sealed = os.path.abspath(sealed_path)
        copy = os.path.abspath(backup_path)
        with self.transaction() as conn:
            backup_id = new_id(
                conn.execute(
                    insert(backups_t).values(
                        sealed_path=sealed,
                        backup_path=copy,
                        sha256=sha256,
                        size=int(size),
                        host=self._host,
                        share=share,
                        backed_up_at=now(),
                    )
                )
            )
            self.audit.append(
                "backup",
                sealed,
                {
                    "backup_id": backup_id,
                    "backup_path": copy,
                    "sha256": sha256,
                    "size": int(size),
                    "share": share,
                },
                conn=conn,
            )
        return backup_id

    def backup_recorded(self, *, sealed_path: Path, backup_path: Path, sha256: str) -> bool:
        """Is this very copy (same source, place and SHA-256) already on record?"""
        with self._errors("读备份记录 / reading backups"), self.engine.connect() as conn:
            row = conn.execute(
                select(backups_t.c.id)
                .where(
                    backups_t.c.sealed_path == os.path.abspath(sealed_path),
                    backups_t.c.backup_path == os.path.abspath(backup_path),
                    backups_t.c.sha256 == sha256,
                    backups_t.c.host == self._host,
                )
                .limit(1)
            ).first()
        return row is not None

    def backups(self, *, host: str | None = None) -> list[BackupRow]:
        """Backup records, newest first (``host``: only those made on that host)."""
        query = select(backups_t).order_by(backups_t.c.backed_up_at.desc(), backups_t.c.id.desc())
        if host is not None:
            query = query.where(backups_t.c.host == host)
        with self._errors("读备份记录 / reading backups"), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [_backup_dict(r) for r in rows]

    def seals_with_backups(self, *, host: str | None = None) -> list[SealWithBackups]:
        """Every sealed file the store knows (its newest seal record per host and path), each
        with its backup records, newest first: what ``baomi backup verify`` checks."""
        seal_query = select(seals_t).order_by(seals_t.c.id)
        backup_query = select(backups_t).order_by(
            backups_t.c.backed_up_at.desc(), backups_t.c.id.desc()
        )
        if host is not None:
            seal_query = seal_query.where(seals_t.c.host == host)
            backup_query = backup_query.where(backups_t.c.host == host)
        with self._errors("读封存记录 / reading seals"), self.engine.connect() as conn:
            seal_rows = conn.execute(seal_query).all()
            backup_rows = conn.execute(backup_query).all()
        by_sealed: dict[tuple[str, str], list[BackupRow]] = {}
        for b in backup_rows:
            by_sealed.setdefault((b.host, b.sealed_path), []).append(_backup_dict(b))
        newest: dict[tuple[str, str], Any] = {}
        for seal in seal_rows:  # by id: a later seal of the same path replaces the earlier
            newest[(seal.host, seal.sealed_path)] = seal
        return [
            {
                "seal_id": s.id,
                "host": s.host,
                "sealed_path": s.sealed_path,
                "original_path": s.original_path,
                "sealed_size": s.sealed_size,
                "sealed_at": s.sealed_at,
                "backups": by_sealed.get(key, []),
            }
            for key, s in sorted(newest.items())
        ]

    def backup_copies(self, sealed_path: str) -> list[str]:
        """Where the backups on record of one sealed file (any host) were copied to, oldest
        first, each place once: what a destruction must destroy with it."""
        with self._read("读备份记录 / reading backups") as conn:
            copies = [
                r.backup_path
                for r in conn.execute(
                    select(backups_t.c.backup_path)
                    .where(backups_t.c.sealed_path == sealed_path)
                    .order_by(backups_t.c.id)
                )
            ]
        return list(dict.fromkeys(copies))


def _backup_dict(r: Any) -> BackupRow:
    return {
        "id": r.id,
        "sealed_path": r.sealed_path,
        "backup_path": r.backup_path,
        "sha256": r.sha256,
        "size": r.size,
        "host": r.host,
        "share": r.share,
        "backed_up_at": r.backed_up_at,
    }
