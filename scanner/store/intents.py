"""Seal intents: the store's word that a ``NAME.baomi`` beside ``NAME`` was made by baomi from
that very file (issue 10).

Once the sealed file is complete, and before it gets its final name, :meth:`SealIntents.record`
writes, in one transaction, the document's path, identity (device, inode), size and content
SHA-256, where the sealed file goes and the SHA-256 of its bytes. (Until then nothing outside
baomi's private work folder has changed, so a run that dies earlier leaves nothing a row would
have to prove: the row was once written in two steps, before and after sealing, and its first
half proved nothing.) A run that dies
after the rename leaves ``NAME`` and ``NAME.baomi``; the next run deletes ``NAME`` only when
:meth:`SealIntents.matching` finds a row that names both and agrees with the bytes now on disk.
Anyone with the public key can forge a ``NAME.baomi`` whose header claims ``NAME``; no one
without the store can forge the row, so a forgery deletes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select

from scanner.store.tables import seal_intents as intents_t

# one statement object, compiled once (see scanner.store.records)
_INSERT_INTENT = insert(intents_t)

if TYPE_CHECKING:
    from scanner.store import Store


@dataclass(frozen=True, slots=True)
class Intent:
    id: int
    original_path: str
    device: int
    inode: int
    size: int
    sha256: str
    sealed_path: str | None
    sealed_sha256: str | None


class SealIntents:
    """The ``seal_intents`` table of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(
        self,
        original: os.PathLike[str] | str,
        sealed: os.PathLike[str] | str,
        *,
        device: int,
        inode: int,
        size: int,
        sha256: str,
        sealed_sha256: str,
    ) -> int:
        """Record that ``sealed`` (complete, these bytes, not yet given its name) was made from
        ``original`` (this identity and content); an older unfinished intent for the same path
        is replaced (its run is over). One durable transaction, before the sealed file is
        linked into the share."""
        with (
            self.store._errors("记录封存意图 / recording a seal intent"),
            self.store._write() as conn,
        ):
            return insert_intent(
                conn,
                self.store.host,
                original,
                sealed,
                device=device,
                inode=inode,
                size=size,
                sha256=sha256,
                sealed_sha256=sealed_sha256,
            )

    def finish(self, intent_id: int) -> None:
        with (
            self.store._errors("记录封存意图 / recording a seal intent"),
            self.store._write() as conn,
        ):
            finish_intents(conn, [intent_id])

    def for_original(self, original: os.PathLike[str] | str) -> list[Intent]:
        path = os.path.abspath(original)
        with (
            self.store._errors("读封存意图 / reading seal intents"),
            self.store.engine.connect() as conn,
        ):
            rows = conn.execute(
                select(intents_t).where(intents_t.c.original_path == path).order_by(intents_t.c.id)
            ).all()
        return [_intent(r) for r in rows]

    def matching(
        self,
        original: os.PathLike[str] | str,
        sealed: os.PathLike[str] | str,
        *,
        device: int,
        inode: int,
        size: int,
        sha256: str,
        sealed_sha256: str,
    ) -> Intent | None:
        """The intent that proves ``sealed`` was made from this very ``original``, or None."""
        where = os.path.abspath(sealed)
        for intent in self.for_original(original):
            if (
                intent.sealed_path == where
                and intent.sealed_sha256 == sealed_sha256
                and (intent.device, intent.inode, intent.size, intent.sha256)
                == (device, inode, size, sha256)
            ):
                return intent
        return None


def insert_intent(
    conn: Connection,
    host: str,
    original: os.PathLike[str] | str,
    sealed: os.PathLike[str] | str,
    *,
    device: int,
    inode: int,
    size: int,
    sha256: str,
    sealed_sha256: str,
) -> int:
    """The row of :meth:`SealIntents.record`, in the caller's transaction (a batch of the
    daemon's writer, ``scanner.store.batch``); an older intent for the same path goes."""
    path = os.path.abspath(original)
    conn.execute(delete(intents_t).where(intents_t.c.original_path == path))
    result = conn.execute(
        _INSERT_INTENT,
        {
            "original_path": path,
            "device": device,
            "inode": inode,
            "size": size,
            "sha256": sha256,
            "sealed_path": os.path.abspath(sealed),
            "sealed_sha256": sealed_sha256,
            "host": host,
            "created_at": datetime.now(UTC),
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def finish_intents(conn: Connection, ids: Sequence[int]) -> None:
    """Remove finished intents (their original is gone), in the caller's transaction."""
    if ids:
        conn.execute(delete(intents_t).where(intents_t.c.id.in_(list(ids))))


def _intent(r: Any) -> Intent:
    return Intent(
        id=r.id,
        original_path=r.original_path,
        device=r.device,
        inode=r.inode,
        size=r.size,
        sha256=r.sha256,
        sealed_path=r.sealed_path,
        sealed_sha256=r.sealed_sha256,
    )
