"""Reading registrations: registered files with their finding counts and newest label and seal,
and a file's findings (masked values and fingerprints, never raw values)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, TypedDict

from sqlalchemy import func, select

from scanner.store.base import StoreBase
from scanner.store.helpers import chunks
from scanner.store.tables import files as files_t
from scanner.store.tables import findings as findings_t
from scanner.store.tables import labels as labels_t
from scanner.store.tables import seals as seals_t

_CATEGORY = re.compile(r"[a-z][a-z0-9_-]{0,31}")


class LabelInfo(TypedDict):
    text: str
    categories: list[str]
    retention_years: int
    expires: date
    method: str
    labelled_at: datetime


class SealInfo(TypedDict):
    sealed_path: str
    sealed_size: int
    expires: date | None
    sealed_at: datetime
    recipients: list[dict[str, Any]]


class FileEntry(TypedDict):
    id: int
    host: str
    path: str
    owner: str | None
    size: int | None
    mtime: datetime | None
    format: str | None
    categories: list[str]
    first_seen: datetime
    last_scanned: datetime
    share: str | None
    findings: dict[str, int]
    label: LabelInfo | None
    seal: SealInfo | None


class FindingRow(TypedDict):
    entity_type: str
    masked: str
    fingerprint: str
    score: float
    location: dict[str, Any]


class Reads(StoreBase):
    def files(self, *, category: str | None = None) -> list[FileEntry]:
        """Registered files, newest scan first, with finding counts and the latest label/seal."""
        query = select(files_t).order_by(files_t.c.last_scanned.desc(), files_t.c.id)
        if category is not None:
            if not _CATEGORY.fullmatch(category):
                raise ValueError(f"not a category id: {category!r}")
            query = query.where(files_t.c.categories.contains(f'"{category}"', autoescape=True))
        with self._errors("读登记 / reading registrations"), self.engine.connect() as conn:
            rows = conn.execute(query).all()
            ids = [r.id for r in rows]
            counts: dict[int, dict[str, int]] = {i: {} for i in ids}
            latest_label: dict[int, LabelInfo] = {}
            latest_seal: dict[int, SealInfo] = {}
            for chunk in chunks(ids, 500):
                for fid, etype, n in conn.execute(
                    select(findings_t.c.file_id, findings_t.c.entity_type, func.count())
                    .where(findings_t.c.file_id.in_(chunk))
                    .group_by(findings_t.c.file_id, findings_t.c.entity_type)
                ):
                    counts[fid][etype] = int(n)
                for lab in conn.execute(
                    select(labels_t).where(labels_t.c.file_id.in_(chunk)).order_by(labels_t.c.id)
                ):
                    latest_label[lab.file_id] = {
                        "text": lab.text,
                        "categories": json.loads(lab.categories),
                        "retention_years": lab.retention_years,
                        "expires": lab.expires,
                        "method": lab.method,
                        "labelled_at": lab.labelled_at,
                    }
                for seal in conn.execute(
                    select(seals_t).where(seals_t.c.file_id.in_(chunk)).order_by(seals_t.c.id)
                ):
                    latest_seal[seal.file_id] = {
                        "sealed_path": seal.sealed_path,
                        "sealed_size": seal.sealed_size,
                        "expires": seal.expires,
                        "sealed_at": seal.sealed_at,
                        "recipients": json.loads(seal.recipients),
                    }
        return [
            {
                "id": r.id,
                "host": r.host,
                "path": r.path,
                "owner": r.owner,
                "size": r.size,
                "mtime": r.mtime,
                "format": r.format,
                "categories": json.loads(r.categories),
                "first_seen": r.first_seen,
                "last_scanned": r.last_scanned,
                "share": r.share,
                "findings": dict(sorted(counts[r.id].items())),
                "label": latest_label.get(r.id),
                "seal": latest_seal.get(r.id),
            }
            for r in rows
        ]

    def findings(self, file_id: int) -> list[FindingRow]:
        """A registered file's findings: masked values and fingerprints, never raw values."""
        with self._errors("读发现 / reading findings"), self.engine.connect() as conn:
            rows = conn.execute(
                select(findings_t).where(findings_t.c.file_id == file_id).order_by(findings_t.c.id)
            ).all()
        return [
            {
                "entity_type": r.entity_type,
                "masked": r.masked,
                "fingerprint": r.fingerprint,
                "score": r.score,
                "location": json.loads(r.location),
            }
            for r in rows
        ]
