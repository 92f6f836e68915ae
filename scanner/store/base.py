"""What every part of :class:`scanner.store.Store` stands on: the engine, the audit log, this
host's name, and the three ways to reach the database (a read, a write without the audit lock,
a write under it)."""

from __future__ import annotations

import contextlib
import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL

from scanner.store.audit import WRITE_OPTION, AuditLog
from scanner.store.errors import StoreError, translated
from scanner.store.paths import data_dir

_SITE = re.compile(r"[^\s/][^/]{0,63}")


def check_site(value: str | None) -> str | None:
    """A site id: 1-64 characters, no ``/``, not starting with a space; '' and None: no site."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _SITE.fullmatch(value) or value != value.strip():
        raise StoreError(
            f"站点编号无效 / bad site id {value!r}: 1-64 characters, no '/', no leading or "
            "trailing spaces (e.g. 城关镇卫生院 or cg01)"
        )
    return value


class StoreBase:
    """The connection-level core the concern modules (records, claims, backups, ...) share."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url_for_display = url.render_as_string(hide_password=True)
        self._password = url.password if isinstance(url.password, str) else None
        # Head and key files are named by the store's own id (scanner/store/identity.py);
        # BAOMI_AUDIT_HEAD still names one head file explicitly.
        override = os.environ.get("BAOMI_AUDIT_HEAD")
        self.audit = AuditLog(
            engine,
            head_path=Path(override) if override else None,
            state_dir=data_dir(),
            where=self.url_for_display,
            password=self._password,
        )
        self._host = socket.gethostname()
        self._key: bytes | None = None
        self._site: str | None = None

    @property
    def site(self) -> str | None:
        """The centre this process records for (``--site`` / BAOMI_SITE); None: no site."""
        return self._site

    @site.setter
    def site(self, value: str | None) -> None:
        self._site = check_site(value)
        self.audit.site = self._site

    @property
    def host(self) -> str:
        """This machine's name, as the store records it."""
        return self._host

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction under the audit lock: pass it as ``conn=`` to ``audit.append``."""
        return self.audit.transaction()

    def _errors(self, what: str) -> contextlib.AbstractContextManager[None]:
        return translated(what, self.url_for_display, self._password)

    @contextlib.contextmanager
    def _read(self, what: str) -> Iterator[Connection]:
        """A read-only connection; database errors become a StoreError about ``what``."""
        with self._errors(what), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """A short write transaction without the audit lock (claims are not audit events).
        SQLite: BEGIN IMMEDIATE, so the busy timeout covers waiting for another writer."""
        with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def _bookkeeping_write(self) -> Iterator[Connection]:
        """A write transaction whose commit does not wait for the disk (claims): SQLite
        ``synchronous = NORMAL`` for it (WAL), PostgreSQL ``synchronous_commit = off``. Ordered
        before every later durable commit on the same database (one WAL), so only the last few
        of them can be lost at a power cut — and a lost claim is only work done again."""
        with self.engine.connect() as conn:
            raw: Any = None
            if self.engine.dialect.name == "sqlite":
                # outside any transaction: SQLite refuses to change it inside one
                raw = conn.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA synchronous = NORMAL")
            conn = conn.execution_options(**{WRITE_OPTION: True})
            try:
                with conn.begin():
                    if self.engine.dialect.name == "postgresql":
                        conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
                    yield conn
            finally:
                if raw is not None:
                    raw.execute("PRAGMA synchronous = FULL")  # the pooled connection's default

    def dispose_inherited(self) -> None:
        """In a forked child: drop the parent's pooled connections without closing them (they
        are the parent's sockets), so the child opens its own."""
        self.engine.dispose(close=False)
