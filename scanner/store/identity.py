"""Which store this is: a random id kept in the store itself, and for SQLite the file's
device and inode.

A daemon runs for months; under it the SQLite file can be deleted, truncated or replaced (a
restore, a clerk tidying the data folder) and a PostgreSQL URL can come to point at another
database. A process that kept sealing would record its seals into an unlinked file or the
wrong database, so the daemon notes both at start and checks them before it seals.

The id is a row of ``settings`` named ``store_id``; the audit trail's per-store id (issue 10)
can be the same row.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from scanner.store.errors import StoreError
from scanner.store.tables import settings as settings_t

STORE_ID = "store_id"


@dataclass(frozen=True, slots=True)
class StoreIdentity:
    store_id: str
    sqlite_file: tuple[str, int, int] | None  # (path, st_dev, st_ino)


def read_store_id(store: Any) -> str | None:
    """The store's id, or None when it has none (a new or a replaced store)."""
    with store._errors("读记录库标识 / reading the store id"), store.engine.connect() as conn:
        value = conn.execute(
            select(settings_t.c.value).where(settings_t.c.name == STORE_ID)
        ).scalar_one_or_none()
    return None if value is None else str(value)


def store_id(store: Any) -> str:
    """The store's id, made (a random one) the first time it is asked for."""
    found = read_store_id(store)
    if found is not None:
        return found
    new = uuid.uuid4().hex
    with store.transaction() as conn:
        again = conn.execute(
            select(settings_t.c.value).where(settings_t.c.name == STORE_ID)
        ).scalar_one_or_none()
        if again is not None:
            return str(again)
        conn.execute(insert(settings_t).values(name=STORE_ID, value=new))
    return new


def sqlite_path(store: Any) -> str | None:
    """The SQLite file behind ``store``; None for PostgreSQL or an in-memory database."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return os.path.abspath(url.database)


def sqlite_key(store: Any) -> tuple[str, int, int] | None:
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


def identity(store: Any) -> StoreIdentity:
    return StoreIdentity(store_id(store), sqlite_key(store))
