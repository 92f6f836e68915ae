"""The store: registrations, findings, labels, seals, openings and the audit trail, in SQL.

SQLite by default (a file in the user's data folder, no setup); PostgreSQL by URL for a site
whose file servers share one store. One schema for both (``scanner/store/tables.py``), migrated by
Alembic when a store is opened (``scanner/store/migrations``, shipped in the wheel).

This package is the only one that speaks SQL (an import-linter contract in pyproject.toml keeps
SQLAlchemy and Alembic out of every other package): the workflows, the daemon and the report call
:class:`Store`'s named methods and get dataclasses or TypedDicts back. :class:`Store` is put
together from one class per concern, each in its own module:

- ``base``: engine, audit log, host; reads, writes, transactions under the audit lock;
- ``fingerprints``: the site key and keyed fingerprints of values;
- ``records``: registrations with findings, labels, seals, openings, settings digests, events;
- ``claims``: the daemon's work claims on shared folders;
- ``batch``: several files' claims, seal intents and records in one transaction (the daemon);
- ``backups``: copies of sealed files on the backup site;
- ``reads``: registered files and their findings;
- ``access``: access requests, approvals and transfers;
- ``lifecycle``: the registry, declassifications and destructions;
- ``reports``: what the report reads for a period;
- ``registry_report``: the registry counted and paged for the report, in SQL;
- ``pending``: files the daemon failed and retries (claims marked ``retrying``);
- ``unreadable``: files of a document type no scan could read, by format and reason;
- ``engine`` and ``paths``: opening a database, migrating it, where things live by default.

Never a raw secret value: a finding is kept as its masked form and a keyed fingerprint.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from scanner.store.access import (
    Access,
    AccessSession,
    ApprovalRecord,
    RequestRecord,
    TransferRecord,
)
from scanner.store.backups import BackupRow, Backups, SealWithBackups
from scanner.store.batch import Batches, ClaimWrite, IntentWrite, RecordWrite, Write
from scanner.store.claims import ClaimRow, Claims, Finished
from scanner.store.engine import MIGRATIONS_DIR, alembic_config, make_engine, migrate, parse_url
from scanner.store.errors import StoreError
from scanner.store.fingerprints import load_or_create_key, normalise
from scanner.store.lifecycle import Lifecycle, RegisteredFile
from scanner.store.paths import data_dir, default_db_url, fingerprint_key_path, head_file_path
from scanner.store.pending import Pending, PendingClaim
from scanner.store.reads import FileEntry, FindingRow, Reads
from scanner.store.records import Records, ScanOutcome
from scanner.store.registry_report import RegistryReport
from scanner.store.reports import (
    DeclassificationRow,
    DestructionRow,
    FormatCount,
    OpeningRow,
    ReportReads,
    TransferRow,
)
from scanner.store.unreadable import Unreadable, UnreadableCount, UnreadableFile

__all__ = [
    "MIGRATIONS_DIR",
    "AccessSession",
    "ApprovalRecord",
    "BackupRow",
    "ClaimRow",
    "ClaimWrite",
    "IntentWrite",
    "RecordWrite",
    "Write",
    "Finished",
    "DeclassificationRow",
    "DestructionRow",
    "FileEntry",
    "FindingRow",
    "FormatCount",
    "OpeningRow",
    "PendingClaim",
    "RegisteredFile",
    "RequestRecord",
    "ScanOutcome",
    "SealWithBackups",
    "Store",
    "StoreError",
    "TransferRecord",
    "TransferRow",
    "UnreadableCount",
    "UnreadableFile",
    "alembic_config",
    "data_dir",
    "default_db_url",
    "fingerprint_key_path",
    "head_file_path",
    "load_or_create_key",
    "normalise",
]


if TYPE_CHECKING:
    from scanner.store.intents import SealIntents


class Store(
    Batches,
    Records,
    Claims,
    Backups,
    Reads,
    Access,
    Lifecycle,
    ReportReads,
    RegistryReport,
    Pending,
    Unreadable,
):
    """One store (SQLite file or PostgreSQL database). Use ``Store.open`` as a context manager."""

    @classmethod
    def open(cls, url: str | None = None, *, site: str | None = None) -> Store:
        """Open (and create or migrate) the store at ``url``; None means the default SQLite file.
        ``site``: the centre every file record, claim and audit event is recorded for (default
        ``BAOMI_SITE``; none when unset)."""
        parsed = parse_url(url or default_db_url())
        engine = make_engine(parsed)
        store = cls(engine, parsed)
        try:
            store.site = site if site is not None else os.environ.get("BAOMI_SITE") or None
        except BaseException:
            engine.dispose()
            raise
        try:
            migrate(store.audit, store.url_for_display)
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    @property
    def intents(self) -> SealIntents:
        """What a seal is about to do, recorded before it does it (scanner.store.intents)."""
        from scanner.store.intents import SealIntents

        return SealIntents(self)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url_for_display!r})"
