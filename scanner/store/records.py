"""Records of what was done to files: registrations (with findings), labels, seals, openings,
settings digests and plain audit events. Each writes its row and its audit event in one
transaction, under the append lock of the audit chain (``AuditLog.transaction``)."""

from __future__ import annotations

import os
import pwd
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, delete, insert, select

from scanner.detect.masking import mask, mask_free_text
from scanner.store.audit import AuditEvent
from scanner.store.errors import StoreError
from scanner.store.fingerprints import Fingerprints
from scanner.store.helpers import compact_json, new_id, now
from scanner.store.tables import files as files_t
from scanner.store.tables import findings as findings_t
from scanner.store.tables import labels as labels_t
from scanner.store.tables import openings as openings_t
from scanner.store.tables import seals as seals_t
from scanner.store.tables import settings as settings_t

# Statement objects made once, their values passed as parameters: SQLAlchemy compiles each once
# and finds it again by identity, where ``insert(t).values(...)`` builds and hashes a new
# statement per row (the daemon's writer registers, labels and seals every file of a burst).
_INSERT_FILE = insert(files_t)
_INSERT_FINDING = insert(findings_t)
_INSERT_LABEL = insert(labels_t)
_INSERT_SEAL = insert(seals_t)


class ScannedFinding(Protocol):
    """One finding as the scanner made it (``scanner.pipeline.Finding``); the raw value is
    read here only to mask and fingerprint it."""

    @property
    def entity_type(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def location(self) -> Mapping[str, Any]: ...


class ScanOutcome(Protocol):
    """What the store needs of a scanned file (``scanner.pipeline.FileResult``)."""

    @property
    def status(self) -> str: ...
    @property
    def format(self) -> str | None: ...
    @property
    def categories(self) -> Sequence[str]: ...
    @property
    def findings(self) -> Sequence[ScannedFinding]: ...


def _mark_json(result: ScanOutcome) -> str | None:
    """The document's own secrecy mark as stored (its text names no person or value)."""
    mark = getattr(result, "existing_mark", None)
    if mark is None:
        return None
    d = mark.to_dict()
    return compact_json({k: d[k] for k in ("text", "retention_years", "state_secret")})


class Records(Fingerprints):
    def register_scan(
        self,
        result: ScanOutcome,
        *,
        scanned_path: Path,
        owner: str | None = None,
        share: str | None = None,
    ) -> int | None:
        """Register a file found to hold secrets and replace its findings.

        Returns the file id; None when the file holds no secrets and was never registered
        (or could not be read). A registered file found clean again keeps its row with no
        findings and no categories, so the committee sees it was cleaned. ``share``: the
        file server's share the file was seen in (the daemon's ``[[share]] name``); None
        keeps the share an earlier registration recorded.
        """
        if result.status != "ok":
            return None
        if result.findings:
            self._site_key()  # may write a setting in a transaction of its own: not in ours
        with self.transaction() as conn:
            return self._register(conn, result, scanned_path, owner, share)

    def _register(
        self,
        conn: Connection,
        result: ScanOutcome,
        scanned_path: Path,
        owner: str | None,
        share: str | None = None,
    ) -> int | None:
        path = str(Path(os.path.abspath(scanned_path)))
        categories = sorted(set(result.categories))
        rows: list[dict[str, Any]] = [
            {
                "entity_type": f.entity_type,
                "masked": mask(f.entity_type, f.value),
                "fingerprint": self.fingerprint(f.entity_type, f.value),
                "score": round(float(f.score), 4),
                "location": compact_json(dict(f.location)),
            }
            for f in result.findings
        ]
        holds_secrets = bool(categories or rows)
        size, mtime, file_owner = _stat(scanned_path, owner)
        when = now()
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["entity_type"]] = counts.get(r["entity_type"], 0) + 1
        existing = conn.execute(
            select(files_t.c.id).where(files_t.c.host == self._host, files_t.c.path == path)
        ).scalar_one_or_none()
        if existing is None and not holds_secrets:
            return None
        values = {
            "owner": file_owner,
            "size": size,
            "mtime": mtime,
            "format": result.format,
            "categories": compact_json(categories),
            "last_scanned": when,
            "existing_mark": _mark_json(result),
        }
        if share is not None:
            values["share"] = share
        if self.site is not None:  # a scan without a site keeps the centre that recorded it
            values["site"] = self.site
        if existing is None:
            file_id = new_id(
                conn.execute(
                    _INSERT_FILE, {"host": self._host, "path": path, "first_seen": when, **values}
                )
            )
        else:
            file_id = existing
            conn.execute(files_t.update().where(files_t.c.id == file_id).values(**values))
            conn.execute(delete(findings_t).where(findings_t.c.file_id == file_id))
        if rows:
            conn.execute(_INSERT_FINDING, [{"file_id": file_id, **r} for r in rows])
        details: dict[str, Any] = {
            "file_id": file_id,
            "categories": categories,
            "counts": dict(sorted(counts.items())),
        }
        if share is not None:
            details["share"] = share
        if not holds_secrets:
            details["cleared"] = True
        self.audit.append("scan", path, details, conn=conn)
        return int(file_id)

    def record_label(
        self,
        file_id: int,
        *,
        text: str,
        categories: Iterable[str],
        retention_years: int,
        expires: date,
        method: str,
    ) -> None:
        with self.transaction() as conn:
            self._label(
                conn,
                file_id,
                text=text,
                categories=categories,
                retention_years=retention_years,
                expires=expires,
                method=method,
            )

    def _label(
        self,
        conn: Connection,
        file_id: int,
        *,
        text: str,
        categories: Iterable[str],
        retention_years: int,
        expires: date,
        method: str,
        path: str | None = None,
    ) -> None:
        """``path``: the file's registered path when the caller has it (else read)."""
        cats = sorted(set(categories))
        if path is None:
            path = self._file_path(conn, file_id)
        conn.execute(
            _INSERT_LABEL,
            {
                "file_id": file_id,
                "text": text,
                "categories": compact_json(cats),
                "retention_years": int(retention_years),
                "expires": expires,
                "method": method,
                "labelled_at": now(),
            },
        )
        self.audit.append(
            "label",
            path,
            {
                "file_id": file_id,
                "text": text,
                "categories": cats,
                "retention_years": int(retention_years),
                "expires": expires.isoformat(),
                "method": method,
            },
            conn=conn,
        )

    def record_seal(
        self,
        file_id: int | None,
        *,
        original_path: Path,
        sealed_path: Path,
        recipients: list[dict[str, Any]],
        sealed_size: int,
        chunk_size: int,
        expires: date | None,
    ) -> None:
        with self.transaction() as conn:
            self._seal(
                conn,
                file_id,
                original_path=original_path,
                sealed_path=sealed_path,
                recipients=recipients,
                sealed_size=sealed_size,
                chunk_size=chunk_size,
                expires=expires,
            )

    def _seal(
        self,
        conn: Connection,
        file_id: int | None,
        *,
        original_path: Path,
        sealed_path: Path,
        recipients: list[dict[str, Any]],
        sealed_size: int,
        chunk_size: int,
        expires: date | None,
        registered: bool = False,
    ) -> None:
        """``registered``: the caller has just registered ``file_id`` in this transaction."""
        original = os.path.abspath(original_path)
        sealed = os.path.abspath(sealed_path)
        if file_id is not None and not registered:
            self._file_path(conn, file_id)
        conn.execute(
            _INSERT_SEAL,
            {
                "file_id": file_id,
                "host": self._host,
                "original_path": original,
                "sealed_path": sealed,
                "recipients": compact_json(recipients),
                "sealed_size": int(sealed_size),
                "chunk_size": int(chunk_size),
                "expires": expires,
                "sealed_at": now(),
            },
        )
        self.audit.append(
            "seal",
            original,
            {
                "file_id": file_id,
                "sealed_path": sealed,
                "recipients": recipients,
                "sealed_size": int(sealed_size),
                "expires": expires.isoformat() if expires else None,
            },
            conn=conn,
        )

    def record_protection(
        self,
        result: ScanOutcome,
        *,
        scanned_path: Path,
        owner: str | None,
        label: dict[str, Any] | None,
        seal: dict[str, Any] | None = None,
        share: str | None = None,
    ) -> int | None:
        """What ``protect`` did to one file — registration, label, seal — in one transaction
        (one commit and one head-file write per file instead of three).

        ``label``: the keyword arguments of :meth:`record_label` without ``file_id``;
        ``seal``: those of :meth:`record_seal` without ``file_id``; ``share``: as in
        :meth:`register_scan`.
        """
        if result.findings:
            self._site_key()  # may write a setting in a transaction of its own: not in ours
        with self.transaction() as conn:
            return self._protection(conn, result, scanned_path, owner, label, seal, share)

    def _protection(
        self,
        conn: Connection,
        result: ScanOutcome,
        scanned_path: Path,
        owner: str | None,
        label: dict[str, Any] | None,
        seal: dict[str, Any] | None,
        share: str | None,
    ) -> int | None:
        """:meth:`record_protection` in the caller's transaction (under the append lock; the
        site key already loaded when the result has findings)."""
        file_id = (
            self._register(conn, result, scanned_path, owner, share)
            if result.status == "ok"
            else None
        )
        # the row just written: its path is the one registered, no need to read it back
        registered = str(Path(os.path.abspath(scanned_path))) if file_id is not None else None
        if file_id is not None and label is not None:
            self._label(conn, file_id, **label, path=registered)
        if seal is not None:
            self._seal(conn, file_id, **seal, registered=registered is not None)
        return file_id

    def note_settings(self, digest: str, details: dict[str, Any]) -> bool:
        """Record a ``config`` audit event when this host's settings (rule packs, config file;
        see :mod:`scanner.workflows.configdigest`) differ from the ones it last recorded. Returns
        True when they changed (or were recorded for the first time)."""
        name = f"settings_digest:{self._host}"
        with self._errors("读设置 / reading settings"), self.engine.connect() as conn:
            stored = conn.execute(
                select(settings_t.c.value).where(settings_t.c.name == name)
            ).scalar_one_or_none()
        if stored == digest:
            return False
        with self.transaction() as conn:
            stored = conn.execute(
                select(settings_t.c.value).where(settings_t.c.name == name)
            ).scalar_one_or_none()
            if stored == digest:
                return False
            if stored is None:
                conn.execute(insert(settings_t).values(name=name, value=digest))
            else:
                conn.execute(
                    settings_t.update().where(settings_t.c.name == name).values(value=digest)
                )
            self.audit.append(
                "config", self._host, {**details, "digest": digest, "previous": stored}, conn=conn
            )
        return True

    def seal_recorded(self, sealed_path: Path) -> bool:
        """Is there a seal record for this sealed file (made on this host)? ``protect`` asks
        after a crash, to record a seal whose record was lost with the process."""
        sealed = os.path.abspath(sealed_path)
        with self._errors("读封存记录 / reading seals"), self.engine.connect() as conn:
            row = conn.execute(
                select(seals_t.c.id)
                .where(seals_t.c.host == self._host, seals_t.c.sealed_path == sealed)
                .limit(1)
            ).first()
        return row is not None

    def record_open(
        self,
        *,
        sealed_path: Path,
        actor: str,
        reason: str,
        out_path: Path,
        request_id: str | None,
        recipient_fingerprint: str,
    ) -> int:
        sealed = os.path.abspath(sealed_path)
        out = os.path.abspath(out_path)
        reason = mask_free_text(reason)  # people type numbers into reasons; the store keeps none
        with self.transaction() as conn:
            opening_id = new_id(
                conn.execute(
                    insert(openings_t).values(
                        host=self._host,
                        sealed_path=sealed,
                        actor=actor,
                        reason=reason,
                        out_path=out,
                        request_id=request_id,
                        recipient_fingerprint=recipient_fingerprint,
                        opened_at=now(),
                    )
                )
            )
            self.audit.append(
                "open",
                sealed,
                {
                    "opening_id": opening_id,
                    "reason": reason,
                    "out_path": out,
                    "request_id": request_id,
                    "recipient": recipient_fingerprint,
                },
                actor=actor,
                conn=conn,
            )
        return int(opening_id)

    def record_event(self, kind: str, subject: str | None, details: dict[str, Any]) -> AuditEvent:
        """An audit event with no record of its own: key generation, config changes, ..."""
        return self.audit.append(kind, subject, details)

    def _file_path(self, conn: Connection, file_id: int) -> str:
        path = conn.execute(
            select(files_t.c.path).where(files_t.c.id == file_id)
        ).scalar_one_or_none()
        if path is None:
            raise StoreError(f"登记中没有此文件 / no registered file with id {file_id}")
        return str(path)


def _stat(path: Path, owner: str | None) -> tuple[int | None, datetime | None, str | None]:
    try:
        st = os.stat(path)
    except OSError:
        return None, None, owner
    if owner is None:
        try:
            owner = pwd.getpwuid(st.st_uid).pw_name
        except KeyError:
            owner = str(st.st_uid)
    return st.st_size, datetime.fromtimestamp(st.st_mtime, UTC), owner
