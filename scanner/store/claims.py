"""The daemon's work claims: which host and process handles one version of one file of a share."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple, TypedDict

from sqlalchemy import and_, bindparam, delete, func, or_, select

from scanner.detect.masking import mask_free_text
from scanner.store.base import StoreBase
from scanner.store.errors import StoreError
from scanner.store.helpers import compact_json, now
from scanner.store.tables import claims as claims_t

log = logging.getLogger(__name__)

SHA256 = re.compile(r"[0-9a-f]{64}")
_OUTCOME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_REASON_CHARS = 500


# Claim outcomes that do not finish a version: the daemon failed it and retries it later.
# "gave-up" was written by daemons before the slow retry schedule; their files are retried too.
RETRY_OUTCOMES = ("retrying", "gave-up")


class Finished(NamedTuple):
    """A claimed version done with a final outcome (not a retry), finished in a batch."""

    share: str
    relpath: str
    version: str
    outcome: str


class ClaimRow(TypedDict):
    share: str
    relpath: str
    version: str
    host: str
    pid: int
    claimed_at: datetime
    finished_at: datetime | None
    outcome: str | None
    site: str | None


class Claims(StoreBase):
    """Claims on the files of shared folders, for daemons on several servers."""

    # built on first use and kept: a daemon in a burst runs them every few milliseconds, and
    # building the expressions cost more than running them
    _claim_sql: tuple[Any, Any] | None = None
    _finish_sql: Any = None

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

    def claim(
        self,
        share: str,
        relpath: str,
        version: str,
        *,
        ttl_seconds: int = 600,
        finished: Sequence[Finished] = (),
    ) -> bool:
        """Claim one version of one file of a share for this host and process.

        True when this process now holds the claim: it inserted it, took over a claim left
        unfinished for longer than ``ttl_seconds`` (by anyone), or already held it (then the
        claim is renewed). False when another live claim exists or this version is finished.

        ``finished``: claims this process is done with, finished first in the same transaction
        (a daemon in a burst commits once per file, not twice). The commit does not wait for
        the disk (``_bookkeeping_write``): the seal that follows is recorded durably, and its
        commit carries the claim's with it.
        """
        _check_claim_key(share, relpath, version)
        _check_ttl(ttl_seconds)
        for f in finished:
            _check_finished(f)
        when = now()
        with self._errors("认领文件 / claiming a file"), self._bookkeeping_write() as conn:
            self._finish_all(conn, finished, when)
            return self._claim_in(conn, share, relpath, version, ttl_seconds, when)

    def _claim_in(
        self, conn: Any, share: str, relpath: str, version: str, ttl_seconds: int, when: datetime
    ) -> bool:
        """One claim in the caller's transaction (see :meth:`claim`)."""
        _check_claim_key(share, relpath, version)
        _check_ttl(ttl_seconds)
        ins, take_over = self._claim_statements()
        params = {
            "c_site": self._claim_site,
            "c_share": share,
            "c_relpath": relpath,
            "c_version": version,
            "c_host": self._host,
            "c_pid": os.getpid(),
            "c_when": when,
            "c_stale": when - timedelta(seconds=ttl_seconds),
        }
        if conn.execute(ins, params).rowcount == 1:
            return True
        return bool(conn.execute(take_over, params).rowcount == 1)

    def _claim_statements(self) -> tuple[Any, Any]:
        """The claim's insert and take-over, built once per store (SQLAlchemy's compiled
        cache then hits on the same statement objects)."""
        if self._claim_sql is not None:
            return self._claim_sql
        from sqlalchemy.dialects import postgresql, sqlite

        dialect_insert = (
            postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert
        )
        mine: dict[str, Any] = {
            "host": bindparam("c_host"),
            "pid": bindparam("c_pid"),
            "claimed_at": bindparam("c_when"),
        }
        ins = (
            dialect_insert(claims_t)
            .values(
                site=bindparam("c_site"),
                share=bindparam("c_share"),
                relpath=bindparam("c_relpath"),
                version=bindparam("c_version"),
                **mine,
            )
            .on_conflict_do_nothing(index_elements=["site", "share", "relpath", "version"])
        )
        take_over = (
            claims_t.update()
            .where(
                _bound_key("c_"),
                or_(
                    and_(
                        claims_t.c.finished_at.is_(None),
                        or_(
                            claims_t.c.claimed_at < bindparam("c_stale"),
                            and_(
                                claims_t.c.host == bindparam("c_host"),
                                claims_t.c.pid == bindparam("c_pid"),
                            ),
                        ),
                    ),
                    # failed and still to do (scanner.watch): any server may try it again
                    claims_t.c.outcome.in_(RETRY_OUTCOMES),
                ),
            )
            .values(**mine, finished_at=None, outcome=None)
        )
        self._claim_sql = (ins, take_over)
        return self._claim_sql

    def finish_claims(self, finished: Sequence[Finished]) -> None:
        """Finish many claimed versions in one transaction (see :meth:`finish_claim`); one
        already finished, or never claimed, is passed over."""
        for f in finished:
            _check_finished(f)
        if not finished:
            return
        with self._errors("完成认领 / finishing claims"), self._bookkeeping_write() as conn:
            self._finish_all(conn, finished, now())

    def _finish_all(self, conn: Any, finished: Sequence[Finished], when: datetime) -> None:
        if not finished:
            return
        if self._finish_sql is None:
            self._finish_sql = (
                claims_t.update()
                .where(
                    _bound_key("b_"),
                    claims_t.c.finished_at.is_(None),
                )
                .values(
                    finished_at=bindparam("b_when"),
                    outcome=bindparam("b_outcome"),
                    host=bindparam("b_host"),
                    pid=bindparam("b_pid"),
                )
            )
        site, host, pid = self._claim_site, self._host, os.getpid()
        conn.execute(
            self._finish_sql,
            [
                {
                    "b_site": site,
                    "b_host": host,
                    "b_pid": pid,
                    "b_when": when,
                    "b_share": f.share,
                    "b_relpath": f.relpath,
                    "b_version": f.version,
                    "b_outcome": f.outcome,
                }
                for f in finished
            ],
        )

    def finish_claim(
        self,
        share: str,
        relpath: str,
        version: str,
        outcome: str,
        *,
        reason: str | None = None,
        categories: Sequence[str] | None = None,
    ) -> None:
        """Mark a claimed version done (``outcome``: a short word such as sealed, labelled,
        clean, error). Done by any host means no host claims that version again.

        For a retry outcome, ``reason`` (why it failed; digit runs masked) and ``categories``
        (what the scan found, None when the file could not be read) are kept for the report's
        "not yet protected" list, and the time of the first failure is kept across retries."""
        _check_claim_key(share, relpath, version)
        if not isinstance(outcome, str) or not _OUTCOME.fullmatch(outcome):
            raise ValueError(f"outcome must be a short lowercase word, got {outcome!r}")
        when = now()
        values: dict[str, Any] = {
            "finished_at": when,
            "outcome": outcome,
            "host": self._host,
            "pid": os.getpid(),
        }
        if outcome in RETRY_OUTCOMES:
            values["reason"] = mask_free_text(reason)[:_REASON_CHARS] if reason else None
            values["categories"] = (
                compact_json(sorted(set(categories))) if categories is not None else None
            )
            values["first_failed_at"] = func.coalesce(claims_t.c.first_failed_at, when)
        done = (
            claims_t.update()
            .where(
                self._claim_key(share, relpath, version),
                claims_t.c.finished_at.is_(None),
            )
            .values(**values)
        )
        with self._errors("完成认领 / finishing a claim"), self._write() as conn:
            if conn.execute(done).rowcount == 1:
                return
            exists = conn.execute(
                select(claims_t.c.id).where(self._claim_key(share, relpath, version))
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
            self._claim_key(share, relpath, version),
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

    @property
    def _claim_site(self) -> str:
        return self.site or ""  # '' rather than NULL: the unique key must hold without a site

    def _claim_key(self, share: str, relpath: str, version: str) -> Any:
        return and_(
            claims_t.c.site == self._claim_site,
            claims_t.c.share == share,
            claims_t.c.relpath == relpath,
            claims_t.c.version == version,
        )

    def claims(self, *, share: str | None = None) -> list[ClaimRow]:
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
                "site": r.site or None,
            }
            for r in rows
        ]


def _bound_key(prefix: str) -> Any:
    """The claim key (site, share, relpath, version) as parameters named ``prefix + column``."""
    return and_(
        *(
            claims_t.c[col] == bindparam(prefix + col)
            for col in ("site", "share", "relpath", "version")
        )
    )


def _check_ttl(ttl_seconds: int) -> None:
    if not isinstance(ttl_seconds, int) or ttl_seconds <= 0:
        raise ValueError(f"ttl_seconds must be a positive number of seconds, got {ttl_seconds!r}")


def _check_finished(f: Finished) -> None:
    _check_claim_key(f.share, f.relpath, f.version)
    if not _OUTCOME.fullmatch(f.outcome) or f.outcome in RETRY_OUTCOMES:
        raise ValueError(f"a batched finish takes a final outcome word, got {f.outcome!r}")


def _check_claim_key(share: str, relpath: str, version: str) -> None:
    if not isinstance(share, str) or not share or len(share) > 255:
        raise ValueError(f"share must be a share name (1-255 characters), got {share!r}")
    if not isinstance(relpath, str) or not relpath:
        raise ValueError(f"relpath must be a path relative to the share, got {relpath!r}")
    if not isinstance(version, str) or not SHA256.fullmatch(version):
        raise ValueError(
            f"version must be the content's SHA-256 as 64 lowercase hex digits, got {version!r}"
        )
