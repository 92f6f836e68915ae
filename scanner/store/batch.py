"""Several files' writes in one transaction: the daemon's writer (``scanner.watch.writer``)
commits its workers' claims, seal intents and records together instead of each worker
committing each of them on its own.

One :meth:`Batches.write_batch` call is one transaction: the claims finished since the last
batch and the intents whose originals are gone go first, then each write in the order given.
Its durability is that of its strongest write — a record (registration, label, seal: audit
events) under the append lock, durable; a seal intent durable; claims and finishes alone do not
wait for the disk (as :meth:`Claims.claim`). Every write's answer is returned in order; a batch
that fails is rolled back whole and raises (the caller may then try its writes one by one).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from scanner.store.audit import Head
from scanner.store.claims import Claims, Finished, _check_finished
from scanner.store.helpers import now
from scanner.store.intents import finish_intents, insert_intent
from scanner.store.records import Records, ScanOutcome


@dataclass(frozen=True, slots=True)
class ClaimWrite:
    """:meth:`Claims.claim` of one version; answers whether this process holds it."""

    share: str
    relpath: str
    version: str
    ttl_seconds: int = 600


@dataclass(frozen=True, slots=True)
class IntentWrite:
    """:meth:`SealIntents.record`; answers the intent's id."""

    original: str
    sealed: str
    device: int
    inode: int
    size: int
    sha256: str
    sealed_sha256: str


@dataclass(slots=True)
class RecordWrite:
    """:meth:`Records.record_protection`; answers the file's id (or None)."""

    result: ScanOutcome
    scanned_path: str
    owner: str | None
    label: dict[str, Any] | None
    seal: dict[str, Any] | None = None
    share: str | None = None


Write = ClaimWrite | IntentWrite | RecordWrite


class Batches(Records, Claims):
    def write_batch(
        self,
        writes: Sequence[Write],
        *,
        finished: Sequence[Finished] = (),
        done_intents: Sequence[int] = (),
        head_later: list[Head] | None = None,
    ) -> list[Any]:
        """Commit ``writes`` (and the ``finished`` claims, the ``done_intents``) in one
        transaction; returns each write's answer, in order. ``head_later``: the audit head
        file is left for the caller (``AuditLog.transaction``), who answers first."""
        for f in finished:
            _check_finished(f)
        if any(isinstance(w, RecordWrite) and w.result.findings for w in writes):
            self._site_key()  # may write a setting in a transaction of its own: not in ours
        when = now()
        with (
            self._errors("批量写入 / writing a batch"),
            self._batch_conn(writes, head_later) as conn,
        ):
            self._finish_all(conn, finished, when)
            finish_intents(conn, done_intents)
            return [self._one(conn, w, when) for w in writes]

    def _batch_conn(
        self, writes: Sequence[Write], head_later: list[Head] | None
    ) -> contextlib.AbstractContextManager[Connection]:
        if any(isinstance(w, RecordWrite) for w in writes):
            # audit events: under the append lock, durable
            return self.audit.transaction(head_later)
        if any(isinstance(w, IntentWrite) for w in writes):
            return self._write()  # durable: the sealed file is linked once this commits
        return self._bookkeeping_write()

    def _one(self, conn: Connection, w: Write, when: Any) -> Any:
        if isinstance(w, ClaimWrite):
            return self._claim_in(conn, w.share, w.relpath, w.version, w.ttl_seconds, when)
        if isinstance(w, IntentWrite):
            return insert_intent(
                conn,
                self._host,
                w.original,
                w.sealed,
                device=w.device,
                inode=w.inode,
                size=w.size,
                sha256=w.sha256,
                sealed_sha256=w.sealed_sha256,
            )
        return self._protection(
            conn, w.result, Path(w.scanned_path), w.owner, w.label, w.seal, w.share
        )
