"""What every part of :class:`scanner.store.Store` stands on: the engine, the audit log, this
host's name, and the three ways to reach the database (a read, a write without the audit lock,
a write under it)."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL

from scanner.store.audit import WRITE_OPTION, AuditLog
from scanner.store.errors import translated
from scanner.store.paths import data_dir


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

    def dispose_inherited(self) -> None:
        """In a forked child: drop the parent's pooled connections without closing them (they
        are the parent's sockets), so the child opens its own."""
        self.engine.dispose(close=False)
