"""The store: registrations, findings, labels, seals, openings and the audit trail, in SQL.

SQLite by default (a file in the user's data folder, no setup); PostgreSQL by URL for a site
whose file servers share one store. One schema for both (``scanner/store/tables.py``), migrated by
Alembic when a store is opened (``scanner/store/migrations``, shipped in the wheel).

Never a raw secret value: a finding is kept as its masked form and a keyed fingerprint,
HMAC-SHA256 over the normalised value with a site key kept in a file outside the store, so
low-entropy values (ID numbers, phone numbers) cannot be guessed from the store alone.

Every record method writes its row and its audit event in one transaction, under the append
lock of the audit chain (``AuditLog.transaction``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import pwd
import re
import socket
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, CursorResult, make_url

from scanner.detect.masking import mask, mask_free_text
from scanner.store.audit import WRITE_OPTION, AuditEvent, AuditLog
from scanner.store.errors import StoreError, mask_url_text, scrub, translated
from scanner.store.tables import backups as backups_t
from scanner.store.tables import claims as claims_t
from scanner.store.tables import files as files_t
from scanner.store.tables import findings as findings_t
from scanner.store.tables import labels as labels_t
from scanner.store.tables import openings as openings_t
from scanner.store.tables import seals as seals_t
from scanner.store.tables import settings as settings_t

__all__ = [
    "Store",
    "StoreError",
    "data_dir",
    "default_db_url",
    "fingerprint_key_path",
    "head_file_path",
    "MIGRATIONS_DIR",
]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
KEY_BYTES = 32
FINGERPRINT_HEX = 32  # 128 bits of the HMAC: no collisions among a site's values
_KEY_ID_SETTING = "fingerprint_key_id"
_CATEGORY = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_OUTCOME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_POSTGRES_HINT = "pip install 'baomi[postgres]'"
# Number-like entities compare without separators and case: 1101-05… equals 110105….
_NUMBER_LIKE = {
    "CN_RESIDENT_ID",
    "CN_PHONE",
    "CN_BANK_CARD",
    "CN_USCC",
    "CN_MEDICAL_RECORD_NO",
    "CN_PASSPORT",
}


# -- where things live -----------------------------------------------------------------------


def data_dir() -> Path:
    """baomi's data folder ($BAOMI_HOME, else $XDG_DATA_HOME/baomi, else ~/.local/share/baomi)."""
    if os.environ.get("BAOMI_HOME"):
        folder = Path(os.environ["BAOMI_HOME"])
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / "baomi"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(
            f"无法创建数据文件夹 / cannot create the data folder {folder}: "
            f"{exc.strerror}; set BAOMI_HOME to a writable folder"
        ) from None
    return folder


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'baomi.db'}"


def fingerprint_key_path() -> Path:
    """$BAOMI_FINGERPRINT_KEY, else data_dir()/fingerprint.key."""
    env = os.environ.get("BAOMI_FINGERPRINT_KEY")
    return Path(env) if env else data_dir() / "fingerprint.key"


def head_file_path() -> Path:
    """$BAOMI_AUDIT_HEAD, else data_dir()/audit.head."""
    env = os.environ.get("BAOMI_AUDIT_HEAD")
    return Path(env) if env else data_dir() / "audit.head"


# -- engine ------------------------------------------------------------------------------------


def _parse_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except (sa_exc.ArgumentError, ValueError):
        raise StoreError(
            f"数据库地址无法识别 / not a database URL: {mask_url_text(raw)!r}; "
            "use sqlite:////path/to/baomi.db or "
            "postgresql://user:password@host/dbname"
        ) from None
    backend = url.get_backend_name()
    if backend == "postgres":  # the libpq spelling
        backend = "postgresql"
        url = url.set(drivername="postgresql")
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(
            f"不支持的数据库 / unsupported database {backend!r} in "
            f"{url.render_as_string(hide_password=True)}: baomi stores in SQLite "
            "or PostgreSQL"
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # psycopg 3, not SQLAlchemy's psycopg2
    return url


def _make_engine(url: URL) -> Engine:
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(url.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(
                f"数据库文件夹不存在 / the folder for the store does not exist: {folder} ({shown})"
            )
    try:
        engine = create_engine(url, pool_pre_ping=url.get_backend_name() == "postgresql")
    except ImportError as exc:
        raise StoreError(
            f"缺少数据库驱动 / the database driver is not installed ({exc.name}) "
            f"for {shown}: {_POSTGRES_HINT}"
        ) from None
    except sa_exc.NoSuchModuleError:
        raise StoreError(
            f"未知的数据库驱动 / unknown database driver {url.drivername!r} in "
            f"{shown}; use postgresql:// (psycopg, {_POSTGRES_HINT})"
        ) from None
    except (sa_exc.ArgumentError, TypeError, ValueError) as exc:
        raise StoreError(
            f"数据库地址有误 / bad database URL {shown}: {scrub(str(exc), url.password)}"
        ) from None
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    return engine


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below): sqlite3's own handling cannot say IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")  # wait for other writers, up to 30 s
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL: readers (verify, reports) do not block the daemon's writes, nor it them.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock at BEGIN, so two appenders cannot both read the same head;
        # a deferred transaction upgraded later would fail with "database is locked".
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# -- migrations --------------------------------------------------------------------------------


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _migrate(audit: AuditLog, shown: str) -> None:
    """Bring the schema to the newest revision; refuse a schema newer than this baomi."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {s.revision for s in script.walk_revisions()}
    with translated("打开 / opening", shown, audit._password):
        with audit.engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
        unknown = current - known
        if unknown:
            raise StoreError(
                f"数据库结构比本程序新 / the store {shown} has schema revision "
                f"{', '.join(sorted(unknown))}, newer than this baomi knows (newest {head}): "
                f"upgrade baomi on this machine (pip install -U baomi)"
            )
        if current == {head}:
            return
        # Under the append lock: two servers opening a new store at once migrate it once.
        try:
            with audit.transaction() as conn:
                command.upgrade(alembic_config(conn), "head")
        except CommandError as exc:
            raise StoreError(
                f"数据库结构无法升级 / cannot migrate the store {shown}: "
                f"{scrub(str(exc), audit._password)}"
            ) from None


# -- the store ---------------------------------------------------------------------------------


# Claim outcomes that do not finish a version: the daemon failed it and retries it later.
# "gave-up" was written by daemons before the slow retry schedule; their files are retried too.
RETRY_OUTCOMES = ("retrying", "gave-up")


class Store:
    """One store (SQLite file or PostgreSQL database). Use ``Store.open`` as a context manager."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url_for_display = url.render_as_string(hide_password=True)
        self._password = url.password if isinstance(url.password, str) else None
        self.audit = AuditLog(
            engine, head_path=head_file_path(), where=self.url_for_display, password=self._password
        )
        self._host = socket.gethostname()
        self._key: bytes | None = None

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) the store at ``url``; None means the default SQLite file."""
        parsed = _parse_url(url or default_db_url())
        engine = _make_engine(parsed)
        store = cls(engine, parsed)
        try:
            _migrate(store.audit, store.url_for_display)
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url_for_display!r})"

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction under the audit lock: pass it as ``conn=`` to ``audit.append``."""
        return self.audit.transaction()

    def _errors(self, what: str) -> contextlib.AbstractContextManager[None]:
        return translated(what, self.url_for_display, self._password)

    # -- fingerprints ----------------------------------------------------------------------

    def fingerprint(self, entity_type: str, value: str) -> str:
        """Keyed fingerprint of a value: equal values (after normalising) give equal hex."""
        key = self._site_key()
        msg = f"{entity_type}\0{normalise(entity_type, value)}".encode()
        return hmac.new(key, msg, hashlib.sha256).hexdigest()[:FINGERPRINT_HEX]

    def _site_key(self) -> bytes:
        if self._key is None:
            path = fingerprint_key_path()
            key = load_or_create_key(path)
            self._check_key_id(key, path)
            self._key = key
        return self._key

    def _check_key_id(self, key: bytes, path: Path) -> None:
        """Refuse a key other than the one the store's fingerprints were made with.

        Servers sharing a store must share the key file; one that made its own would write
        fingerprints that never match the others'.
        """
        key_id = hmac.new(key, b"baomi fingerprint key id", hashlib.sha256).hexdigest()[:16]
        with self._errors("读设置 / reading settings"), self.engine.connect() as conn:
            stored = conn.execute(
                select(settings_t.c.value).where(settings_t.c.name == _KEY_ID_SETTING)
            ).scalar_one_or_none()
        if stored is None:
            with self.transaction() as conn:
                stored = conn.execute(
                    select(settings_t.c.value).where(settings_t.c.name == _KEY_ID_SETTING)
                ).scalar_one_or_none()
                if stored is None:
                    conn.execute(insert(settings_t).values(name=_KEY_ID_SETTING, value=key_id))
                    self.audit.append("key", str(path), {"fingerprint_key_id": key_id}, conn=conn)
                    stored = key_id
        if stored != key_id:
            raise StoreError(
                f"指纹密钥与数据库不一致 / the fingerprint key {path} (id {key_id}) is not the "
                f"one this store was made with (id {stored}): copy the key file from the "
                f"server that first used the store (see docs/store.md)"
            )

    # -- records ---------------------------------------------------------------------------

    def register_scan(
        self, result: Any, *, scanned_path: Path, owner: str | None = None, share: str | None = None
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
        result: Any,
        scanned_path: Path,
        owner: str | None,
        share: str | None = None,
    ) -> int | None:
        path = str(Path(os.path.abspath(scanned_path)))
        categories = sorted(set(result.categories))
        rows = [
            {
                "entity_type": f.entity_type,
                "masked": mask(f.entity_type, f.value),
                "fingerprint": self.fingerprint(f.entity_type, f.value),
                "score": round(float(f.score), 4),
                "location": json.dumps(
                    f.location, sort_keys=True, separators=(",", ":"), default=str
                ),
            }
            for f in result.findings
        ]
        holds_secrets = bool(categories or rows)
        size, mtime, file_owner = _stat(scanned_path, owner)
        now = datetime.now(UTC)
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
            "categories": _json_list(categories),
            "last_scanned": now,
        }
        if share is not None:
            values["share"] = share
        if existing is None:
            file_id = _new_id(
                conn.execute(
                    insert(files_t).values(host=self._host, path=path, first_seen=now, **values)
                )
            )
        else:
            file_id = existing
            conn.execute(files_t.update().where(files_t.c.id == file_id).values(**values))
            conn.execute(delete(findings_t).where(findings_t.c.file_id == file_id))
        if rows:
            conn.execute(insert(findings_t), [{"file_id": file_id, **r} for r in rows])
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
    ) -> None:
        cats = sorted(set(categories))
        path = self._file_path(conn, file_id)
        conn.execute(
            insert(labels_t).values(
                file_id=file_id,
                text=text,
                categories=_json_list(cats),
                retention_years=int(retention_years),
                expires=expires,
                method=method,
                labelled_at=datetime.now(UTC),
            )
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
    ) -> None:
        original = os.path.abspath(original_path)
        sealed = os.path.abspath(sealed_path)
        if file_id is not None:
            self._file_path(conn, file_id)
        conn.execute(
            insert(seals_t).values(
                file_id=file_id,
                host=self._host,
                original_path=original,
                sealed_path=sealed,
                recipients=json.dumps(
                    recipients,
                    ensure_ascii=False,
                    sort_keys=True,
                    separators=(",", ":"),
                    default=str,
                ),
                sealed_size=int(sealed_size),
                chunk_size=int(chunk_size),
                expires=expires,
                sealed_at=datetime.now(UTC),
            )
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
        result: Any,
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
            file_id = (
                self._register(conn, result, scanned_path, owner, share)
                if result.status == "ok"
                else None
            )
            if file_id is not None and label is not None:
                self._label(conn, file_id, **label)
            if seal is not None:
                self._seal(conn, file_id, **seal)
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
            opening_id = _new_id(
                conn.execute(
                    insert(openings_t).values(
                        host=self._host,
                        sealed_path=sealed,
                        actor=actor,
                        reason=reason,
                        out_path=out,
                        request_id=request_id,
                        recipient_fingerprint=recipient_fingerprint,
                        opened_at=datetime.now(UTC),
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

    # -- the daemon's claims ----------------------------------------------------------------
    #
    # Several file servers may mount one share and see the same new file. A claim says which
    # host and process handles one version (the content's SHA-256) of one file of a share, so
    # exactly one of them seals it. Claims are bookkeeping: no audit event, the work itself
    # (registration, label, seal) is what the trail records.
    #
    # Atomic on both databases without a lock of our own: INSERT ... ON CONFLICT DO NOTHING
    # lets exactly one inserter win the unique (share, relpath, version) row (PostgreSQL makes
    # a concurrent inserter wait for the first one's commit, then do nothing); the take-over
    # is one conditional UPDATE whose WHERE re-checks the row, so of two processes taking over
    # the same stale claim the second finds it fresh and changes nothing (PostgreSQL
    # re-evaluates the WHERE on the row the first committed; SQLite runs writers one at a time
    # under BEGIN IMMEDIATE). SELECT ... FOR UPDATE SKIP LOCKED would need a row to exist
    # first and has no SQLite form. Ages are measured with each server's clock: keep the
    # servers on NTP; the default ttl (10 minutes) leaves room for some drift.

    def claim(self, share: str, relpath: str, version: str, *, ttl_seconds: int = 600) -> bool:
        """Claim one version of one file of a share for this host and process.

        True when this process now holds the claim: it inserted it, took over a claim left
        unfinished for longer than ``ttl_seconds`` (by anyone), or already held it (then the
        claim is renewed). False when another live claim exists or this version is finished.
        """
        _check_claim_key(share, relpath, version)
        if not isinstance(ttl_seconds, int) or ttl_seconds <= 0:
            raise ValueError(
                f"ttl_seconds must be a positive number of seconds, got {ttl_seconds!r}"
            )
        now = datetime.now(UTC)
        pid = os.getpid()
        mine = {"host": self._host, "pid": pid, "claimed_at": now}
        from sqlalchemy.dialects import postgresql, sqlite

        dialect_insert = (
            postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert
        )
        ins = (
            dialect_insert(claims_t)
            .values(share=share, relpath=relpath, version=version, **mine)
            .on_conflict_do_nothing(index_elements=["share", "relpath", "version"])
        )
        take_over = (
            claims_t.update()
            .where(
                _claim_key(share, relpath, version),
                or_(
                    and_(
                        claims_t.c.finished_at.is_(None),
                        or_(
                            claims_t.c.claimed_at < now - timedelta(seconds=ttl_seconds),
                            and_(claims_t.c.host == self._host, claims_t.c.pid == pid),
                        ),
                    ),
                    # failed and still to do (scanner.watch): any server may try it again
                    claims_t.c.outcome.in_(RETRY_OUTCOMES),
                ),
            )
            .values(**mine, finished_at=None, outcome=None)
        )
        with self._errors("认领文件 / claiming a file"), self._write() as conn:
            if conn.execute(ins).rowcount == 1:
                return True
            return bool(conn.execute(take_over).rowcount == 1)

    def finish_claim(self, share: str, relpath: str, version: str, outcome: str) -> None:
        """Mark a claimed version done (``outcome``: a short word such as sealed, labelled,
        clean, error). Done by any host means no host claims that version again."""
        _check_claim_key(share, relpath, version)
        if not isinstance(outcome, str) or not _OUTCOME.fullmatch(outcome):
            raise ValueError(f"outcome must be a short lowercase word, got {outcome!r}")
        done = (
            claims_t.update()
            .where(
                _claim_key(share, relpath, version),
                claims_t.c.finished_at.is_(None),
            )
            .values(
                finished_at=datetime.now(UTC), outcome=outcome, host=self._host, pid=os.getpid()
            )
        )
        with self._errors("完成认领 / finishing a claim"), self._write() as conn:
            if conn.execute(done).rowcount == 1:
                return
            exists = conn.execute(
                select(claims_t.c.id).where(_claim_key(share, relpath, version))
            ).first()
        if exists is None:
            raise StoreError(
                f"没有此认领 / no claim for {share}:{relpath} version "
                f"{version[:12]}…: claim it before finishing it"
            )
        log.debug("claim %s:%s %s was already finished", share, relpath, version[:12])

    def release_claim(self, share: str, relpath: str, version: str) -> bool:
        """Give up an unfinished claim this process holds (a daemon stopping before it did
        the work), so another server need not wait for the ttl. True when one was released."""
        _check_claim_key(share, relpath, version)
        gone = delete(claims_t).where(
            _claim_key(share, relpath, version),
            claims_t.c.finished_at.is_(None),
            claims_t.c.host == self._host,
            claims_t.c.pid == os.getpid(),
        )
        with self._errors("放弃认领 / releasing a claim"), self._write() as conn:
            return bool(conn.execute(gone).rowcount == 1)

    def release_dead_claims(self, alive: Callable[[int], bool]) -> int:
        """Give up this host's unfinished claims whose process is gone (``alive(pid)`` False):
        a daemon killed with SIGKILL cannot release its own, and the files would otherwise
        wait for the ttl. Called by a daemon when it starts. Returns how many were released."""
        with self._errors("放弃认领 / releasing claims"), self._write() as conn:
            rows = conn.execute(
                select(claims_t.c.id, claims_t.c.pid).where(
                    claims_t.c.host == self._host, claims_t.c.finished_at.is_(None)
                )
            ).all()
            dead = [r.id for r in rows if r.pid is None or not alive(int(r.pid))]
            if dead:
                conn.execute(
                    delete(claims_t).where(
                        claims_t.c.id.in_(dead), claims_t.c.finished_at.is_(None)
                    )
                )
        return len(dead)

    def claims(self, *, share: str | None = None) -> list[dict[str, Any]]:
        """The claims (newest first), for status reports and tests."""
        query = select(claims_t).order_by(claims_t.c.claimed_at.desc(), claims_t.c.id.desc())
        if share is not None:
            query = query.where(claims_t.c.share == share)
        with self._errors("读认领 / reading claims"), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            {
                "share": r.share,
                "relpath": r.relpath,
                "version": r.version,
                "host": r.host,
                "pid": r.pid,
                "claimed_at": r.claimed_at,
                "finished_at": r.finished_at,
                "outcome": r.outcome,
            }
            for r in rows
        ]

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """A short write transaction without the audit lock (claims are not audit events).
        SQLite: BEGIN IMMEDIATE, so the busy timeout covers waiting for another writer."""
        with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
            yield conn

    # -- backups -----------------------------------------------------------------------------

    def record_backup(
        self, *, sealed_path: Path, backup_path: Path, sha256: str, size: int, share: str
    ) -> int:
        """A verified copy of a sealed file on the backup site (scanner/workflows/backup.py),
        with its audit event (POLICY.md §5: the committee can show what was backed up and when)."""
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise ValueError(f"sha256 must be 64 lowercase hex digits, got {sha256!r}")
        sealed = os.path.abspath(sealed_path)
        copy = os.path.abspath(backup_path)
        with self.transaction() as conn:
            backup_id = _new_id(
                conn.execute(
                    insert(backups_t).values(
                        sealed_path=sealed,
                        backup_path=copy,
                        sha256=sha256,
                        size=int(size),
                        host=self._host,
                        share=share,
                        backed_up_at=datetime.now(UTC),
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

    def backups(self, *, host: str | None = None) -> list[dict[str, Any]]:
        """Backup records, newest first (``host``: only those made on that host)."""
        query = select(backups_t).order_by(backups_t.c.backed_up_at.desc(), backups_t.c.id.desc())
        if host is not None:
            query = query.where(backups_t.c.host == host)
        with self._errors("读备份记录 / reading backups"), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [_backup_dict(r) for r in rows]

    def seals_with_backups(self, *, host: str | None = None) -> list[dict[str, Any]]:
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
        by_sealed: dict[tuple[str, str], list[dict[str, Any]]] = {}
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

    # -- reading ---------------------------------------------------------------------------

    def files(self, *, category: str | None = None) -> list[dict[str, Any]]:
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
            latest_label: dict[int, dict[str, Any]] = {}
            latest_seal: dict[int, dict[str, Any]] = {}
            for chunk in _chunks(ids, 500):
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

    def findings(self, file_id: int) -> list[dict[str, Any]]:
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


# -- helpers -----------------------------------------------------------------------------------


def normalise(entity_type: str, value: str) -> str:
    """The form two spellings of one value share: full-width digits, spaces, dashes, case."""
    v = "".join(unicodedata.normalize("NFKC", value).split())
    if entity_type in _NUMBER_LIKE:
        v = "".join(ch for ch in v if ch.isalnum()).upper()
        if entity_type == "CN_PHONE" and len(v) == 13 and v.startswith("861"):
            v = v[2:]  # +86 138… is 138…
        return v
    return v.casefold()


def load_or_create_key(path: Path) -> bytes:
    """The site key in ``path``; made (32 random bytes, mode 0600) on first use."""
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _create_key(path)
    except OSError as exc:
        raise StoreError(
            f"无法读取指纹密钥 / cannot read the fingerprint key {path}: {exc.strerror}"
        ) from None
    if len(key) != KEY_BYTES:
        raise StoreError(
            f"指纹密钥文件已损坏 / the fingerprint key {path} is damaged "
            f"({len(key)} bytes, expected {KEY_BYTES}); restore it from a backup"
        )
    mode = path.stat().st_mode
    if mode & 0o077:
        log.warning(
            "指纹密钥可被他人读取 / the fingerprint key %s is readable by others "
            "(mode %o): chmod 600 it",
            path,
            mode & 0o777,
        )
    return key


def _create_key(path: Path) -> bytes:
    if not path.parent.is_dir():
        raise StoreError(
            f"指纹密钥的文件夹不存在 / the folder for the fingerprint key does not "
            f"exist: {path.parent}"
        )
    key = os.urandom(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            # link, not replace: if another process made the key first, theirs wins.
            os.link(tmp, path)
        except FileExistsError:
            key = path.read_bytes()
    except OSError as exc:
        raise StoreError(
            f"无法创建指纹密钥 / cannot create the fingerprint key {path}: {exc.strerror}"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return key


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


def _check_claim_key(share: str, relpath: str, version: str) -> None:
    if not isinstance(share, str) or not share or len(share) > 255:
        raise ValueError(f"share must be a share name (1-255 characters), got {share!r}")
    if not isinstance(relpath, str) or not relpath:
        raise ValueError(f"relpath must be a path relative to the share, got {relpath!r}")
    if not isinstance(version, str) or not _SHA256.fullmatch(version):
        raise ValueError(
            f"version must be the content's SHA-256 as 64 lowercase hex digits, got {version!r}"
        )


def _claim_key(share: str, relpath: str, version: str) -> Any:
    return and_(
        claims_t.c.share == share, claims_t.c.relpath == relpath, claims_t.c.version == version
    )


def _backup_dict(r: Any) -> dict[str, Any]:
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


def _new_id(result: CursorResult[Any]) -> int:
    # inserted_primary_key, not RETURNING: SQLite before 3.35 (older servers) has no RETURNING.
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _json_list(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def _chunks(items: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
