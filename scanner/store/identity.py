"""Who a store is, and the audit key kept for it outside the database.

Every store carries its own random id (``settings.store_id``), so the files kept for it in the
data folder are named by it: ``audit-<id>.head`` (the newest event this machine wrote) and
``audit-<id>.key`` (the HMAC key of its audit events). Two stores used from one account never
share a head file, and a key copied to the wrong store is recognised as such.

The key file is JSON, mode 0600, created on first use with ``O_EXCL`` (never replaced)::

    {"store_id": "<32 hex>", "key": "<64 hex>", "keyed_from": N, "created": "<UTC time>"}

``keyed_from`` is the first event sequence number keyed with it: events before it were written
before keying (plain SHA-256, verified by hash only) and every event from it on must carry the
key's HMAC. It sits in the key file, not in the database, so a database writer cannot move it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select

from scanner import fsutil
from scanner.store.errors import StoreError
from scanner.store.tables import settings as settings_t

log = logging.getLogger(__name__)

STORE_ID_SETTING = "store_id"
AUDIT_KEY_ID_SETTING = "audit_key_id"
_STORE_ID = re.compile(r"[0-9a-f]{32}")
_KEY_HEX = re.compile(r"[0-9a-f]{64}")

if TYPE_CHECKING:
    from scanner.store import Store


class AuditKeyError(StoreError):
    """The audit key is missing, damaged or belongs to another store: an alarm, never re-keyed."""


@dataclass(frozen=True)
class AuditKey:
    store_id: str
    key: bytes
    keyed_from: int
    path: Path

    @property
    def key_id(self) -> str:
        return hmac.new(self.key, b"baomi audit key id", hashlib.sha256).hexdigest()[:16]


def _setting(conn: Connection, name: str) -> str | None:
    value = conn.execute(
        select(settings_t.c.value).where(settings_t.c.name == name)
    ).scalar_one_or_none()
    return None if value is None else str(value)


def store_id(conn: Connection, *, create: bool) -> str | None:
    """The store's id; with ``create`` (a write transaction) made on first use."""
    value = _setting(conn, STORE_ID_SETTING)
    if value is None and create:
        value = secrets.token_hex(16)
        conn.execute(insert(settings_t).values(name=STORE_ID_SETTING, value=value))
    if value is not None and not _STORE_ID.fullmatch(value):
        raise StoreError(
            f"数据库中的 store_id 已损坏 / the store id in the settings table is damaged "
            f"({value[:40]!r}): restore the database from a backup"
        )
    return value


def recorded_key_id(conn: Connection) -> str | None:
    return _setting(conn, AUDIT_KEY_ID_SETTING)


def record_key_id(conn: Connection, key: AuditKey) -> None:
    if recorded_key_id(conn) is None:
        conn.execute(insert(settings_t).values(name=AUDIT_KEY_ID_SETTING, value=key.key_id))


def head_path(folder: Path, sid: str) -> Path:
    return folder / f"audit-{sid}.head"


def key_path(folder: Path, sid: str) -> Path:
    """$BAOMI_AUDIT_KEY (servers sharing one store share one key file), else the data folder."""
    env = os.environ.get("BAOMI_AUDIT_KEY")
    return Path(env) if env else folder / f"audit-{sid}.key"


def read_key(path: Path, sid: str) -> AuditKey | None:
    """The key in ``path``; None if there is none. Damaged or foreign keys raise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AuditKeyError(
            f"无法读取审计密钥 / cannot read the audit key {path}: {exc.strerror}"
        ) from None
    try:
        obj = json.loads(raw.decode("utf-8"))
        key = AuditKey(str(obj["store_id"]), bytes.fromhex(obj["key"]), obj["keyed_from"], path)
        ok = (
            _KEY_HEX.fullmatch(obj["key"]) is not None
            and type(key.keyed_from) is int
            and key.keyed_from >= 1
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        ok = False
    if not ok:
        raise AuditKeyError(
            f"审计密钥文件已损坏 / the audit key {path} is damaged: restore it from the "
            f"backup of the data folder (the audit events after it cannot be checked without it)"
        )
    if key.store_id != sid:
        raise AuditKeyError(
            f"审计密钥属于另一个数据库 / the audit key {path} belongs to store {key.store_id}, "
            f"not to this store ({sid}): point BAOMI_AUDIT_KEY at this store's key"
        )
    mode = path.stat().st_mode
    if mode & 0o077:
        log.warning(
            "审计密钥可被他人读取 / the audit key %s is readable by others (mode %o): chmod 600 it",
            path,
            mode & 0o777,
        )
    return key


def create_key(path: Path, sid: str, keyed_from: int) -> AuditKey:
    """Make the store's audit key (0600, never replacing one that is there)."""
    key = secrets.token_bytes(32)
    body = json.dumps(
        {
            "store_id": sid,
            "key": key.hex(),
            "keyed_from": keyed_from,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        # linked, never renamed over: a key that is there (another process's) is never replaced
        fsutil.write_atomic(path, body, mode=0o600, overwrite=False)
    except FileExistsError:
        pass
    except OSError as exc:
        raise AuditKeyError(
            f"无法创建审计密钥 / cannot create the audit key {path}: {exc.strerror}"
        ) from None
    made = read_key(path, sid)
    if made is None:
        # an entry is at the name, yet nothing can be read through it: a link to nowhere
        raise AuditKeyError(
            f"审计密钥的位置被占用，无法读取 / {path} is taken by something that is not a "
            f"key file (a link to nowhere?): remove it, then run again"
        )
    return made


def missing_key_error(path: Path, key_id: str) -> AuditKeyError:
    return AuditKeyError(
        f"审计密钥不见了 / the audit key {path} is missing, but this store's audit trail "
        f"is keyed (key id {key_id}): restore the key file from the backup of the data folder, "
        f"or copy it from the server that first wrote to this store. baomi does not make a "
        f"new key for a keyed trail — that would let anyone rewrite it."
    )


# -- the daemon's check that its store is still the one it started with ------------------------
# A daemon runs for months; under it the SQLite file can be deleted, truncated or replaced (a
# restore, a clerk tidying the data folder) and a PostgreSQL URL can come to point at another
# database. A process that kept sealing would record its seals into an unlinked file or the
# wrong database, so the daemon notes the store's id (and for SQLite the file's device and
# inode) at start and checks them before it seals (scanner.watch.daemon).


@dataclass(frozen=True, slots=True)
class StoreIdentity:
    store_id: str
    sqlite_file: tuple[str, int, int] | None  # (path, st_dev, st_ino)


def read_store_id(store: Store) -> str | None:
    """The store's id, or None when it has none (a new or a replaced store)."""
    with store._errors("读记录库标识 / reading the store id"), store.engine.connect() as conn:
        return store_id(conn, create=False)


def ensure_store_id(store: Store) -> str:
    """The store's id, made (a random one) the first time it is asked for."""
    found = read_store_id(store)
    if found is not None:
        return found
    with store.transaction() as conn:
        made = store_id(conn, create=True)
    assert made is not None
    return made


def sqlite_path(store: Store) -> str | None:
    """The SQLite file behind ``store``; None for PostgreSQL or an in-memory database."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return os.path.abspath(url.database)


def sqlite_key(store: Store) -> tuple[str, int, int] | None:
    path = sqlite_path(store)
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError as exc:
        raise StoreError(
            f"无法读取记录库文件 / cannot read the store file {path}: {exc.strerror}"
        ) from None
    return path, st.st_dev, st.st_ino


def identity(store: Store) -> StoreIdentity:
    return StoreIdentity(ensure_store_id(store), sqlite_key(store))
