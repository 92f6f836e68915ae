"""The audit trail: append-only, hash-chained events that an investigation can trust (POLICY §9).

Each event's ``hash`` is SHA-256 over a canonical encoding of all its other fields, including
``prev_hash`` (the previous event's hash; 64 zeros for the first), so editing, deleting or
reordering any event breaks the chain from there on. The encoding, for anyone re-implementing
the check::

    sha256(json.dumps([seq, ts, actor, host, kind, subject, details, prev_hash],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()

where ``details`` is the stored text (JSON with sorted keys and no spaces).

From the moment a store is keyed (``scanner/store/identity.py``), ``hash`` is instead
HMAC-SHA256 over the same bytes, with a key kept outside the database (``audit-<storeid>.key`` in
the data folder, 0600). Whoever can write the database but not read the key cannot make an
event that verifies; events written before keying are checked by hash only and reported as
"unkeyed before seq N". docs/security.md says what this proves and what it cannot.

Cutting off the newest events leaves a valid chain; that is caught by comparing with a *head*
(``SEQ:HASH``) kept outside the database: after every append the head is written to the store's
head file ``audit-<storeid>.head`` (atomically, and only ever forwards), and ``verify`` checks
that the chain still holds that event. A head file that is missing (for a chain that has
events), damaged or ahead of the chain is an alarm: never silently replaced, only by
``baomi audit head --reset``, which is itself an audit event.

Appends are serialised across processes and machines by the database itself: SQLite
``BEGIN IMMEDIATE``, PostgreSQL a transaction-level advisory lock, both taken by
:meth:`AuditLog.transaction`. So the chain never forks, whoever writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import hashlib
import hmac
import json
import logging
import os
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text

from scanner import fsutil
from scanner.names import escape_surrogates, json_safe
from scanner.store import identity
from scanner.store.errors import StoreError, translated
from scanner.store.tables import audit_events

log = logging.getLogger(__name__)

GENESIS = "0" * 64
# Execution option marking a connection whose transaction must take the write lock; the SQLite
# engine's "begin" hook (scanner/store/__init__.py) reads it to emit BEGIN IMMEDIATE.
WRITE_OPTION = "baomi_write"
# pg_advisory_xact_lock key: the bytes "baomiaud" as a signed 64-bit integer.
PG_LOCK_KEY = int.from_bytes(b"baomiaud", "big", signed=True)
_KIND = re.compile(r"[a-z][a-z0-9_.-]{0,31}")
_HASH = re.compile(r"[0-9a-f]{64}")
# How far around its place a moved event is looked for, to name a reordering as such.
_MOVE_WINDOW = 8


class HeadError(StoreError, ValueError):
    """A head (``SEQ:HASH``) that cannot be read."""


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    ts: str
    actor: str
    host: str
    kind: str
    subject: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "ts": self.ts,
            "actor": self.actor,
            "host": self.host,
            "kind": self.kind,
            "subject": self.subject,
            "details": self.details,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class Head:
    """The newest event as ``SEQ:HASH``: enough to prove later that nothing was cut off."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        seq, sep, digest = text.strip().partition(":")
        digest = digest.lower()
        if not sep or not seq.isdigit() or int(seq) < 1 or not _HASH.fullmatch(digest):
            shown = text.strip()[:80]
            raise HeadError(
                f"链头格式应为 序号:哈希 / a head is SEQ:HASH (e.g. 42:<64 hex "
                f"digits>), got {shown!r}"
            )
        return cls(int(seq), digest)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad: int | None
    reason: str
    head: Head | None  # the chain's newest event as read
    expected: Head | None = None  # the head checked against, if any
    expected_from: str | None = None  # where that head came from ("--head", a file path)
    # "missing", "damaged" or "ahead": the head kept outside does not confirm the chain's end
    head_problem: str | None = None
    key_problem: bool = False  # the audit key is missing, damaged or another store's
    keyed_from: int | None = None  # events from this seq on carry the key's HMAC


def canonical_json(details: dict[str, Any]) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the same bytes on every machine and dialect."""
    return json.dumps(
        details, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )


def event_hash(
    seq: int,
    ts: str,
    actor: str,
    host: str,
    kind: str,
    subject: str | None,
    details_json: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, ts, actor, host, kind, subject, details_json, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def event_mac(
    key: bytes,
    seq: int,
    ts: str,
    actor: str,
    host: str,
    kind: str,
    subject: str | None,
    details_json: str,
    prev_hash: str,
) -> str:
    """A keyed event's ``hash``: HMAC-SHA256 over the same bytes as :func:`event_hash`."""
    payload = json.dumps(
        [seq, ts, actor, host, kind, subject, details_json, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


# One statement object, values as parameters: SQLAlchemy compiles it once and finds it again by
# identity, where ``insert(...).values(...)`` builds and hashes a new statement for every event
# (~0.5 ms of CPU each; a daemon's writer appends three events per file of a burst).
_INSERT_EVENT = insert(audit_events)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # a container user without a passwd entry
        return f"uid{os.getuid()}"


def read_head_file(path: Path) -> Head | None:
    """The head in ``path``; None if there is no such file yet."""
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise HeadError(f"无法读取链头文件 / cannot read head file {path}: {exc}") from None
    try:
        return Head.parse(content)
    except HeadError as exc:
        raise HeadError(f"链头文件已损坏 / head file {path} is damaged: {exc}") from None


def write_head_file(path: Path, head: Head, *, forward_only: bool = True) -> bool:
    """Write ``head`` atomically (temp + os.replace); with ``forward_only`` never move it back.

    Appenders in several processes finish in any order; a lock file beside the head keeps the
    read-compare-replace whole, so the file only ever moves to a newer event. Returns whether
    it was written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    # 0600 and never through a link: the lock sits in the private state folder like the head
    fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if forward_only:
            # A damaged file raises: it is evidence, and only `audit head --reset` replaces it.
            current = read_head_file(path)
            if current is not None and current.seq >= head.seq:
                return False
        fsutil.write_atomic(path, f"{head}\n".encode(), mode=0o600)
    return True


class AuditLog:
    """The chain in the store's ``audit_events`` table, and its head file."""

    def __init__(
        self,
        engine: Engine,
        *,
        head_path: Path | None = None,
        state_dir: Path | None = None,
        where: str = "store",
        password: str | None = None,
    ) -> None:
        """``state_dir``: the data folder holding the store's head and key files (named by the
        store's id); ``head_path`` overrides the head file (BAOMI_AUDIT_HEAD). With neither,
        no head file and no key: a bare, unkeyed chain."""
        self.engine = engine
        self._head_override = head_path
        self._state_dir = state_dir
        self._where = where
        self._password = password
        self._host = socket.gethostname()
        self._sid: str | None = None
        # the centre (Store.site): in every event's hashed details, so it cannot be edited
        self.site: str | None = None

    # -- identity: the store's id, its head file and its key --------------------------------

    def store_id(self) -> str:
        """The store's own random id (settings.store_id), made on first use."""
        if self._sid is None:
            with self._errors("读设置 / reading settings"), self.engine.connect() as conn:
                sid = identity.store_id(conn, create=False)
            if sid is None:
                with self.transaction() as conn:
                    sid = identity.store_id(conn, create=True)
            self._sid = sid
        assert self._sid is not None
        return self._sid

    @property
    def head_path(self) -> Path | None:
        if self._head_override is not None:
            return self._head_override
        if self._state_dir is None:
            return None
        return identity.head_path(self._state_dir, self.store_id())

    @property
    def key_path(self) -> Path | None:
        if self._state_dir is None:
            return None
        return identity.key_path(self._state_dir, self.store_id())

    def _append_key(self, conn: Connection, seq: int) -> identity.AuditKey | None:
        """The key for an event with number ``seq``, made when the store has none yet.

        A store whose settings name a key id but whose key file is gone is an alarm: a new key
        would let whoever deleted the old one rewrite the trail.
        """
        if self._state_dir is None:
            return None
        sid = self._sid or identity.store_id(conn, create=True)
        assert sid is not None
        self._sid = sid
        path = identity.key_path(self._state_dir, sid)
        key = identity.read_key(path, sid)
        recorded = identity.recorded_key_id(conn)
        if key is None:
            if recorded is not None:
                raise identity.missing_key_error(path, recorded)
            key = identity.create_key(path, sid, seq)
            log.info("审计日志自第 %d 条起加密钥 / audit events keyed from seq %d", seq, seq)
        elif recorded is not None and recorded != key.key_id:
            raise identity.AuditKeyError(
                f"审计密钥与数据库记录不符 / the audit key {path} (id {key.key_id}) is not the "
                f"one this store's trail is keyed with (id {recorded}): restore the right key"
            )
        identity.record_key_id(conn, key)
        return key

    def _errors(self, what: str) -> contextlib.AbstractContextManager[None]:
        return translated(what, self._where, self._password)

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, head_later: list[Head] | None = None) -> Iterator[Connection]:
        """A write transaction holding the append lock; commits at the end of the block.

        Records and their audit events written through it commit together; the head file is
        written after the commit, so it never names an event that was rolled back. With
        ``head_later`` the head is put there instead, for the caller to write
        (:meth:`write_head`) once it has answered whoever waits for the commit — a head
        written late, or lost in a crash, is behind the chain, never ahead of it.
        """
        with self._errors("写入 / writing"):
            conn = self.engine.connect().execution_options(**{WRITE_OPTION: True})
            try:
                with conn.begin():
                    self._lock(conn)
                    yield conn
                    pending = conn.info.pop("baomi_pending_head", None)
            finally:
                conn.info.pop("baomi_pending_head", None)
                conn.info.pop("baomi_audit_key", None)
                conn.info.pop("baomi_last_event", None)
                conn.close()
        if pending is not None:
            if head_later is not None:
                head_later.append(pending)
            else:
                self._write_head(pending)

    def write_head(self, head: Head) -> None:
        """Move the head file forward to ``head`` (one from :meth:`transaction`'s
        ``head_later``); problems are logged, never raised."""
        self._write_head(head)

    def _lock(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            # Held to the end of the transaction; re-entrant within it.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
        # SQLite: BEGIN IMMEDIATE (the engine's begin hook) already holds the write lock.

    def append(
        self,
        kind: str,
        subject: str | None,
        details: dict[str, Any],
        *,
        actor: str | None = None,
        conn: Connection | None = None,
    ) -> AuditEvent:
        """Add one event at the end of the chain.

        ``conn``: a connection from :meth:`transaction` (or ``Store.transaction``), so a record
        and its event commit together; without it the event commits on its own.
        """
        if not _KIND.fullmatch(kind):
            raise ValueError(f"audit kind must be a short lowercase word, got {kind!r}")
        if not isinstance(details, dict):
            raise TypeError("audit details must be a dict")
        # A file name that is not UTF-8 is recorded (and hashed) in its escaped form.
        subject = None if subject is None else escape_surrogates(subject)
        details = json_safe(details)
        if self.site is not None and "site" not in details:
            details = {**details, "site": self.site}
        if conn is None:
            with self.transaction() as own:
                return self.append(kind, subject, details, actor=actor, conn=own)
        if not conn.get_execution_options().get(WRITE_OPTION):
            # A plain transaction would read the head without the lock and fork the chain.
            raise ValueError(
                "AuditLog.append(conn=...) needs a connection from "
                "Store.transaction() / AuditLog.transaction()"
            )
        with self._errors("写审计日志 / appending to the audit trail"):
            self._lock(conn)
            tx = conn.get_transaction()
            # The chain's end is read once per transaction: under the append lock nobody else
            # appends until it commits, so the next event follows the one appended last in it
            # (a record's three events, a batch of the daemon's writer: scanner.store.batch).
            mine = conn.info.get("baomi_last_event")
            if mine is not None and mine[0] is tx and mine[1] is self:
                seq, prev = mine[2].seq + 1, mine[2].hash
            else:
                last = conn.execute(
                    select(audit_events.c.seq, audit_events.c.hash)
                    .order_by(audit_events.c.seq.desc())
                    .limit(1)
                ).first()
                seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
            # one look at the key file and the key's id per transaction: a record's three
            # events, and a batch of the daemon's writer (scanner.store.batch), share it
            cached = conn.info.get("baomi_audit_key")
            if cached is None or cached[0] is not tx or cached[1] is not self:
                cached = (tx, self, self._append_key(conn, seq))
                conn.info["baomi_audit_key"] = cached
            key = cached[2]
            ts = datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
            who = actor or os_user()
            details_json = canonical_json(details)
            fields = (seq, ts, who, self._host, kind, subject, details_json, prev)
            if key is not None and seq >= key.keyed_from:
                digest = event_mac(key.key, *fields)
            else:
                digest = event_hash(*fields)
            conn.execute(
                _INSERT_EVENT,
                {
                    "seq": seq,
                    "ts": ts,
                    "actor": who,
                    "host": self._host,
                    "kind": kind,
                    "subject": subject,
                    "details": details_json,
                    "prev_hash": prev,
                    "hash": digest,
                },
            )
        conn.info["baomi_pending_head"] = Head(seq, digest)
        conn.info["baomi_last_event"] = (tx, self, Head(seq, digest))
        return AuditEvent(
            seq, ts, who, self._host, kind, subject, json.loads(details_json), prev, digest
        )

    def _write_head(self, head: Head) -> None:
        """Move the head file forward to ``head``, never over evidence.

        The event is committed: failing the caller now would make it look lost, so problems
        are logged and left for ``audit verify`` to report. A damaged file is kept as it is; a
        missing one is made again only for the chain's first event (or from the old per-home
        ``audit.head`` when that still matches this chain), because deleting the head file is
        how a cut-off tail would be hidden.
        """
        try:
            path = self.head_path
            if path is None:
                return
            if not path.exists() and head.seq != 1 and not self._adopt_legacy_head(path):
                log.warning(
                    "链头文件不存在，未重建 / the audit head file %s is missing and is not made "
                    "again silently: check the chain (baomi audit verify --head SEQ:HASH from the "
                    "committee's paper copy), then run `baomi audit head --reset`",
                    path,
                )
                return
            write_head_file(path, head)
        except HeadError as exc:
            log.error(
                "%s — 未替换 / left as it is: run `baomi audit verify`, then "
                "`baomi audit head --reset`",
                exc,
            )
        except (OSError, StoreError) as exc:
            log.warning("无法写链头文件 / cannot write the audit head file: %s", exc)

    def _adopt_legacy_head(self, path: Path) -> bool:
        """Carry the old per-home ``audit.head`` over to this store's head file, when the chain
        holds exactly that event (so it was this store's)."""
        if self._head_override is not None or self._state_dir is None:
            return False
        try:
            legacy = read_head_file(self._state_dir / "audit.head")
        except HeadError:
            return False
        if legacy is None or self._hash_at(legacy.seq) != legacy.hash:
            return False
        write_head_file(path, legacy)
        log.info("沿用旧链头 / adopted the old head file for this store: %s", legacy)
        return True

    def _hash_at(self, seq: int) -> str | None:
        with self._errors("读审计日志 / reading the audit trail"), self.engine.connect() as conn:
            value = conn.execute(
                select(audit_events.c.hash).where(audit_events.c.seq == seq)
            ).scalar_one_or_none()
        return None if value is None else str(value)

    def reset_head(self, *, actor: str | None = None) -> tuple[str, Head]:
        """Set the head file to the chain's end after a person checked it; audited.

        Only for a chain intact in itself. Returns (what the head file held before, new head);
        the event records the old value, so the reset itself stays on the trail.
        """
        path = self.head_path
        if path is None:
            raise StoreError("this store keeps no head file")
        checked = self.verify(use_head_file=False)
        if not checked.ok:
            raise StoreError(
                f"审计日志本身已损坏，不能重置链头 / the chain itself is broken, the head is "
                f"not reset: {checked.reason}"
            )
        try:
            old = read_head_file(path)
            previous = str(old) if old else "missing"
        except HeadError:
            previous = "damaged"
        with self.transaction() as conn:
            ev = self.append(
                "audit.head-reset",
                str(path),
                {"previous_head": previous, "chain_end": str(checked.head or "none")},
                actor=actor,
                conn=conn,
            )
            conn.info["baomi_pending_head"] = None  # written below, over the old file
        new = Head(ev.seq, ev.hash)
        write_head_file(path, new, forward_only=False)
        return previous, new

    def _verify_key(self) -> tuple[identity.AuditKey | None, str | None]:
        """(the key, None) or (None, why the keyed events cannot be checked)."""
        if self._state_dir is None:
            return None, None
        try:
            sid = self.store_id()
            path = identity.key_path(self._state_dir, sid)
            key = identity.read_key(path, sid)
        except identity.AuditKeyError as exc:
            return None, str(exc)
        with self._errors("读设置 / reading settings"), self.engine.connect() as conn:
            recorded = identity.recorded_key_id(conn)
        if key is None and recorded is not None:
            return None, str(identity.missing_key_error(path, recorded))
        if key is not None and recorded is not None and recorded != key.key_id:
            return None, (
                f"审计密钥与数据库记录不符 / the audit key {path} (id {key.key_id}) is not the "
                f"one this store's trail is keyed with (id {recorded})"
            )
        return key, None

    # -- reading ---------------------------------------------------------------------------

    def head(self) -> Head | None:
        with self._errors("读审计日志 / reading the audit trail"), self.engine.connect() as conn:
            row = conn.execute(
                select(audit_events.c.seq, audit_events.c.hash)
                .order_by(audit_events.c.seq.desc())
                .limit(1)
            ).first()
        return Head(row.seq, row.hash) if row else None

    def count(self) -> int:
        with self._errors("读审计日志 / reading the audit trail"), self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(audit_events)).scalar_one())

    def events(self, *, since: int = 0, limit: int | None = None) -> Iterator[AuditEvent]:
        """Events with seq > ``since``, oldest first, streamed."""
        query = select(audit_events).where(audit_events.c.seq > since).order_by(audit_events.c.seq)
        if limit is not None:
            query = query.limit(limit)
        with self._errors("读审计日志 / reading the audit trail"), self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=1000).execute(query):
                yield _event(row)

    def verify(
        self,
        expected: Head | None = None,
        *,
        use_head_file: bool = True,
        expected_from: str | None = None,
    ) -> VerifyResult:
        """Walk the whole chain; name the first bad event.

        ``expected``: a head kept outside the store (``--head``); when None, the store's head
        file is used. The check is "the chain holds event SEQ with hash HASH", so a store
        shared by several servers passes with each server's own head. A head file that is
        damaged, missing (while the chain has events) or ahead of the chain sets
        ``head_problem``; a missing or foreign key sets ``key_problem``.
        """
        head_problem: str | None = None
        head_note = ""
        from_file = False  # a head given by a person (--head) ahead of the chain is a cut tail
        if expected is None and use_head_file and self.head_path is not None:
            from_file = True
            path = self.head_path
            expected_from = str(path)
            try:
                expected = read_head_file(path)
            except HeadError as exc:
                head_problem, head_note = "damaged", str(exc)
            if expected is None and head_problem is None:
                with contextlib.suppress(HeadError, OSError, StoreError):
                    if self._adopt_legacy_head(path):
                        expected = read_head_file(path)
            if expected is None and head_problem is None:
                head_problem = "missing"
                head_note = (
                    f"链头文件不存在 / the head file {path} is missing: the newest events may "
                    f"have been cut off and the file deleted to hide it"
                )
        elif expected is not None and expected_from is None:
            expected_from = "--head"

        key, key_problem = self._verify_key()
        keyed_from = key.keyed_from if key is not None else None

        def result(
            ok: bool, checked: int, bad: int | None, reason: str, last: Head | None
        ) -> VerifyResult:
            return VerifyResult(
                ok,
                checked,
                bad,
                reason,
                last,
                expected,
                expected_from,
                head_problem=head_problem if not ok else None,
                key_problem=key_problem is not None,
                keyed_from=keyed_from,
            )

        if key_problem is not None:
            head_problem = None
            return result(False, 0, None, key_problem, None)

        def digest_of(row: Any, seq: int) -> str:
            fields = (
                seq,
                row.ts,
                row.actor,
                row.host,
                row.kind,
                row.subject,
                row.details,
                row.prev_hash,
            )
            if key is not None and seq >= key.keyed_from:
                return event_mac(key.key, *fields)
            return event_hash(*fields)

        checked = 0
        prev_hash = GENESIS
        want = 1
        last: Head | None = None
        expected_hash_seen: str | None = None
        # Read the head file first, then the chain: an event named by the head file was
        # committed before the file was written, so it is in what we read.
        with (
            self._errors("核验审计日志 / verifying the audit trail"),
            self.engine.connect() as conn,
        ):
            rows = conn.execution_options(yield_per=2000).execute(
                select(audit_events).order_by(audit_events.c.seq)
            )
            for row in rows:
                if row.seq < want:
                    head_problem = None
                    return result(
                        False,
                        checked,
                        row.seq,
                        f"第 {row.seq} 条事件是插入的 / event {row.seq}: not a valid "
                        f"sequence number (inserted)",
                        last,
                    )
                if row.seq > want:
                    head_problem = None
                    return result(
                        False,
                        checked,
                        want,
                        f"第 {want} 条事件缺失 / event {want}: missing (deleted); "
                        f"the next event is {row.seq}",
                        last,
                    )
                if digest_of(row, row.seq) != row.hash:
                    head_problem = None
                    keyed = key is not None and row.seq >= key.keyed_from
                    if (
                        keyed
                        and event_hash(
                            row.seq,
                            row.ts,
                            row.actor,
                            row.host,
                            row.kind,
                            row.subject,
                            row.details,
                            row.prev_hash,
                        )
                        == row.hash
                    ):
                        assert key is not None
                        return result(
                            False,
                            checked,
                            row.seq,
                            f"第 {row.seq} 条事件没有密钥签名 / event {row.seq}: not keyed, "
                            f"though every event from {key.keyed_from} on must be (rewritten "
                            f"by someone without the audit key)",
                            last,
                        )
                    moved = _moved_from(row, digest_of)
                    if moved is not None:
                        return result(
                            False,
                            checked,
                            row.seq,
                            f"第 {row.seq} 条事件位置被改动 / event {row.seq}: holds "
                            f"event {moved}'s content (reordered or moved)",
                            last,
                        )
                    return result(
                        False,
                        checked,
                        row.seq,
                        f"第 {row.seq} 条事件被篡改 / event {row.seq}: hash mismatch (edited)",
                        last,
                    )
                if row.prev_hash != prev_hash:
                    head_problem = None
                    before = "genesis" if row.seq == 1 else f"event {row.seq - 1}"
                    return result(
                        False,
                        checked,
                        row.seq,
                        f"第 {row.seq} 条事件与前一条不衔接 / event {row.seq}: "
                        f"prev_hash does not match {before} (deleted, inserted or "
                        f"reordered)",
                        last,
                    )
                if expected is not None and row.seq == expected.seq:
                    expected_hash_seen = row.hash
                checked += 1
                prev_hash = row.hash
                last = Head(row.seq, row.hash)
                want += 1
        if head_problem == "missing" and last is None:
            head_problem = None  # nothing written yet: no head to keep
        if head_problem is not None:
            return result(False, checked, None, head_note, last)
        if expected is not None:
            if last is None or last.seq < expected.seq:
                end = last.seq if last else 0
                head_problem = "ahead" if from_file else None
                return result(
                    False,
                    checked,
                    end + 1,
                    f"链头超出日志 / event {end + 1}: missing, the chain ends at {end} but "
                    f"the recorded head is {expected}: either the newest events were cut "
                    f"off (tail cut off) or the head file was set ahead. Compare with the "
                    f"committee's paper copy; once settled, `baomi audit head --reset`",
                    last,
                )
            if expected_hash_seen != expected.hash:
                return result(
                    False,
                    checked,
                    expected.seq,
                    f"第 {expected.seq} 条事件与记录的链头不符 / event {expected.seq}: "
                    f"does not match the recorded head {expected} (chain rewritten)",
                    last,
                )
        unkeyed = ""
        if keyed_from is not None and keyed_from > 1 and checked:
            unkeyed = (
                f"; unkeyed before seq {keyed_from} (written before keying, checked by hash only)"
            )
        return result(
            True,
            checked,
            None,
            f"chain intact: {_events(checked)}, head {last or 'none'}{unkeyed}",
            last,
        )


def _events(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


def _event(row: Any) -> AuditEvent:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {"unreadable": row.details}  # shown as is; verify reports the edit
    return AuditEvent(
        row.seq,
        row.ts,
        row.actor,
        row.host,
        row.kind,
        row.subject,
        details if isinstance(details, dict) else {"value": details},
        row.prev_hash,
        row.hash,
    )


def _moved_from(row: Any, digest_of: Callable[[Any, int], str]) -> int | None:
    """The seq this row's content was hashed under, if it is near its place (a reordering)."""
    for delta in range(1, _MOVE_WINDOW + 1):
        for seq in (row.seq - delta, row.seq + delta):
            if seq >= 1 and digest_of(row, seq) == row.hash:
                return seq
    return None
