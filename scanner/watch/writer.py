"""The daemon's one writer: its workers' claims, seal intents and records, committed several
files at a time (``Store.write_batch``) by one thread of the daemon, instead of each worker
taking SQLite's write lock and waiting for the disk once per write.

A worker asks and waits (:class:`PipeWriter`): its claim before it labels, its seal's intent
before it links ``NAME.baomi``, its record before it removes the original — each answered only
once the batch holding it has committed, so every step of docs/sealing.md keeps its order and a
``kill -9`` anywhere leaves what it left before (the intent on record before the sealed file
appears, the record on record before the plaintext goes). What needs no answer — a claim
finished, an intent whose original is gone — waits for the next batch (or at most
``IDLE_FLUSH`` seconds when nothing else comes, and at stop).

Batching is group commit: the thread takes every write waiting when it is free (at most
``MAX_BATCH``), so a lone file is written at once (no added latency) and a burst's writes,
arriving while the previous batch commits, share the next commit. A batch that fails is tried
again one write at a time, so one bad write fails alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from scanner.store.claims import Finished
from scanner.store.errors import StoreError
from scanner.watch.logs import emit

if TYPE_CHECKING:
    from scanner.store import IntentWrite, RecordWrite, Store, Write
    from scanner.store.audit import Head

MAX_BATCH = 64
IDLE_FLUSH = 2.0  # claims finished and intents done, written within this when nothing else comes

# reply(answer, error): error is None when the write committed, else what went wrong
Reply = Callable[[Any, str | None], None]

# Test hook: ``BAOMI_TEST_CRASH_AT=batch-committed:N`` kills the daemon with SIGKILL right
# after its N-th batch holding records committed, before any of its answers reached a worker
# (the records are in the store; no original of theirs has been removed).
_CRASH_AT = os.environ.get("BAOMI_TEST_CRASH_AT", "")


def _crash_point(recorded_batches: int) -> None:
    name, _, n = _CRASH_AT.partition(":")
    if name == "batch-committed" and n.isdigit() and recorded_batches >= int(n):
        os.kill(os.getpid(), signal.SIGKILL)


class StoreWriter:
    """One thread that commits the daemon's writes in batches."""

    def __init__(
        self,
        store: Store,
        *,
        before: Callable[[], None] = lambda: None,
        describe: Callable[[BaseException], str] = str,
        max_batch: int = MAX_BATCH,
    ) -> None:
        self.store = store
        self._before = before  # raises when the store must not be written (lost or replaced)
        self._describe = describe
        self.max_batch = max_batch
        self._cond = threading.Condition()
        self._queue: list[tuple[Write, Reply]] = []
        self._finished: list[Finished] = []
        self._done_intents: list[int] = []
        self._flush_at = 0.0  # time.monotonic() when waiting bookkeeping is written anyway
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="baomi-write", daemon=True)
        self.batches = 0  # transactions committed (for the benchmark and the tests)
        self.writes = 0
        self._recorded = 0  # batches holding records (the test hook)

    # -- any thread ---------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def submit(self, write: Write, reply: Reply) -> None:
        with self._cond:
            self._queue.append((write, reply))
            self._cond.notify()

    def finish_claim(self, item: Finished) -> None:
        with self._cond:
            self._finished.append(item)
            self._note_bookkeeping()

    def intent_done(self, intent_id: int) -> None:
        with self._cond:
            self._done_intents.append(intent_id)
            self._note_bookkeeping()

    def flush(self) -> None:
        """Write the waiting bookkeeping now (the daemon's idle tick)."""
        with self._cond:
            self._flush_at = time.monotonic()
            self._cond.notify()

    def stop(self, timeout: float = 60.0) -> None:
        """Write what is queued and waiting, then end the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if self._thread.is_alive():
            self._thread.join(timeout)
        else:  # never started: write the bookkeeping here
            self._drain()

    # -- the writer thread --------------------------------------------------------------------
    def _note_bookkeeping(self) -> None:
        if not self._flush_at:
            self._flush_at = time.monotonic() + IDLE_FLUSH
        if len(self._finished) + len(self._done_intents) >= self.max_batch:
            self._flush_at = time.monotonic()
        self._cond.notify()

    def _take(self) -> tuple[list[tuple[Write, Reply]], list[Finished], list[int]] | None:
        with self._cond:
            while True:
                due = self._flush_at and time.monotonic() >= self._flush_at
                if self._queue or (
                    (due or self._stopping) and (self._finished or self._done_intents)
                ):
                    break
                if self._stopping:
                    return None  # nothing left
                if due:
                    self._flush_at = 0.0  # a flush with nothing waiting
                wait = None if not self._flush_at else self._flush_at - time.monotonic()
                self._cond.wait(wait)
            batch = self._queue[: self.max_batch]
            del self._queue[: self.max_batch]
            finished, self._finished = self._finished, []
            done, self._done_intents = self._done_intents, []
            self._flush_at = 0.0
            return batch, finished, done

    def _run(self) -> None:
        while True:
            taken = self._take()
            if taken is None:
                return
            try:
                self._write(*taken)
            except Exception as exc:  # never a dead writer: every worker would wait for it
                emit("store.error", logging.ERROR, error=self._describe(exc))
                for _w, reply in taken[0]:
                    with contextlib.suppress(Exception):
                        reply(None, self._describe(exc))

    def _drain(self) -> None:
        while (taken := self._take()) is not None:
            self._write(*taken)

    def _give_back(self, finished: list[Finished], done: list[int]) -> None:
        with self._cond:
            self._finished[:0] = finished
            self._done_intents[:0] = done
            if finished or done:
                self._flush_at = self._flush_at or time.monotonic() + IDLE_FLUSH

    def _write(
        self, batch: list[tuple[Write, Reply]], finished: list[Finished], done: list[int]
    ) -> None:
        writes = [w for w, _ in batch]
        heads: list[Head] = []
        try:
            self._before()
            answers = self.store.write_batch(
                writes, finished=finished, done_intents=done, head_later=heads
            )
        except Exception as exc:
            if finished or done:
                # the bookkeeping waits for a later batch; the writes are tried without it. Not
                # at stop: there is no later batch, and giving it back would loop for ever (a
                # store deleted under the daemon) — the next start finishes what was left
                # (claims expire, intents are completed or undone, as after a crash)
                if not self._stopping:
                    self._give_back(finished, done)
                emit(
                    "claim.error",
                    logging.WARNING,
                    error=self._describe(exc),
                    claims=len(finished),
                    intents=len(done),
                    left_for_next_start=self._stopping,
                )
            if finished or done or len(batch) > 1:
                for item in batch:
                    self._write([item], [], [])
                return
            for _w, reply in batch:
                reply(None, self._describe(exc))
            return
        self.batches += 1
        self.writes += len(writes)
        if _CRASH_AT and any(type(w).__name__ == "RecordWrite" for w in writes):
            self._recorded += 1
            _crash_point(self._recorded)
        for (_w, reply), answer in zip(batch, answers, strict=True):
            reply(answer, None)
        # The audit head file after the answers: the workers go on while it is written (an
        # fsynced file and its folder), and the writes arriving meanwhile join the next batch.
        # It is written before that batch commits, so it still only moves forward; a crash
        # before it leaves the head behind the chain (as a crash after any commit could).
        for head in heads[-1:]:
            self.store.audit.write_head(head)


class PipeWriter:
    """A worker's side (``scanner.workflows.protect.SealWriter``): each write goes to the
    daemon's writer over the worker's pipe, and the worker waits for its commit."""

    def __init__(self, conn: Connection) -> None:
        self._default = conn
        self._local = threading.local()

    def bind(self, conn: Connection) -> None:
        """This thread's writes go on ``conn`` (the worker's tail thread: a pipe of its own)."""
        self._local.conn = conn

    @property
    def conn(self) -> Connection:
        conn: Connection = getattr(self._local, "conn", self._default)
        return conn

    def _ask(self, write: Write) -> Any:
        self.conn.send(("write", write))
        status, value = self.conn.recv()
        if status != "ok":
            raise StoreError(str(value))
        return value

    def record_intent(self, write: IntentWrite) -> int:
        return int(self._ask(write))

    def record_protection(self, write: RecordWrite) -> int | None:
        answer = self._ask(write)
        return None if answer is None else int(answer)

    def finish_intent(self, intent_id: int) -> None:
        with contextlib.suppress(OSError):  # a lost finish leaves a stale intent, nothing more
            self.conn.send(("intent-done", intent_id))
