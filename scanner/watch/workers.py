"""The work: a bounded queue feeding ``--jobs`` worker processes, each file under a timeout.

Workers are forked from the daemon, so each starts with the warmed :class:`Scanner`, the rules
and the policy already in memory; each opens its own store connection (an engine must not cross
a fork). One file at a time per worker, over a pipe:

    parent → worker   a Job; then the answer to each of the worker's requests
    worker → parent   ("claim", sha256) once it has hashed the file; ("write", a seal's intent
                      or a file's records) and waits for its commit; ("intent-done", id) once
                      the original is gone (no answer); ("done", result)

The claims and writes are committed by the daemon's one writer (:mod:`scanner.watch.writer`),
several files' in one transaction.

Claims go through the parent because a claim belongs to a process: a worker killed for taking
too long could not give its claim back, and its retry, in a new worker, would be refused until
the claim expired. The daemon's PID is stable for its whole life, so it can release the claim
of a file that timed out and retry it at once.

One slow or poisonous file never blocks the rest: past ``file_timeout`` its worker is killed
(SIGKILL), replaced, the error recorded and the file retried after a back-off (30 s, 5 min,
30 min by default), then on a slow schedule (hourly by default) for as long as the file
exists: a fault that outlasts the back-off (a disk full over lunch, the database away) must not
leave a secret in plaintext for good. An exception in a worker is a failed file, never a dead
daemon.

The queue is bounded, and ``submit`` waits for room instead of dropping: a walk over a large
share is slowed to the workers' pace, and nothing handed in is lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import itertools
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from scanner.detect.masking import mask_free_text
from scanner.fsutil import FileChanged, Folder, Snapshot, UnsafeFile
from scanner.limits import (
    DEFAULT_FILE_MEMORY_MIB,
    limit_memory,
    memory_reason,
    timeout_reason,
)
from scanner.logformat import without_quoted
from scanner.watch.events import stat_key, still_complete
from scanner.watch.index import FINAL, Version, version_of
from scanner.workflows.protect import LABELED, KnownDigest, ProtectRecord, Staged

if TYPE_CHECKING:
    from scanner.store import Store

# Outcomes of the daemon's own (besides scanner.workflows.protect's actions).
GONE = "gone"  # deleted or moved away before a worker got to it
IGNORED = "ignored"  # the (reloaded) policy does not want it
SAME = "same-content"  # touched, not changed: same SHA-256 as last time
ELSEWHERE = "elsewhere"  # another daemon (another server's mount of the share) has it
CHANGED = "changed"  # written to while it was read: back to the pending table
ERROR = "error"  # scanner.workflows.protect.FAILED
DEFAULT_BACKOFF = (30.0, 300.0, 1800.0)
DEFAULT_RETRY_SLOW = 3600.0
_HASH_CHUNK = 1 << 20
# seals a worker may have handed to its tail thread and not yet finished: beyond this the
# worker waits before it takes another file (each holds three descriptors, no file's bytes)
TAIL_DEPTH = 8
# threads finishing a worker's staged seals, each with a pipe of its own to the daemon: each
# seal's steps stay in order in one thread, and while one waits for its intent's or record's
# commit the others' writes join the same batch of the daemon's writer (group commit needs
# several writes waiting: with one tail thread a batch held 1.3-1.5 writes)
TAIL_THREADS = 3
_ERROR_CHARS = 400


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    share: str
    relpath: str
    known: tuple[Version | None, str | None, str] | None = None  # index: version, sha, outcome
    attempt: int = 0
    origin: str = "event"
    # handed on at its close (events.PendingTable.early): sealed only if, at settle_until, it
    # is still as closed_as with no writer (events.still_complete)
    settle_until: float = 0.0
    closed_as: Version | None = None


@dataclass(slots=True)
class Handoff:
    """A seal staged by a worker's main thread (sealed file complete in its work folder),
    for its tail thread to finish."""

    job: Job
    staged: Staged
    st: Version
    sha: str


@dataclass(slots=True)
class WorkerContext:
    """Everything a worker needs; built in the parent before the fork, so it is inherited."""

    scanner: Any
    policy: Any
    rules: Any
    recipients: list[Any]
    db_url: str | None
    backup_to: Path | None = None
    parent_store: Store | None = None  # the daemon's own engine: disposed (not closed) in the child
    close_fds: tuple[int, ...] = ()  # the daemon's lock files: a worker must not keep them
    # (path, st_dev, st_ino) of the SQLite store the daemon checked: a worker seals only while
    # that same file is there, never into a deleted or replaced one (scanner.store.identity)
    store_file: tuple[str, int, int] | None = None
    # how far one worker may grow while it handles a file (RLIMIT_AS, scanner.limits)
    file_memory_mib: int = DEFAULT_FILE_MEMORY_MIB
    site: str | None = None  # the centre its records are for (Store.site)


class StoreLost(Exception):
    """The store the daemon checked is gone or was replaced: nothing may be sealed."""


def check_store_file(key: tuple[str, int, int] | None) -> None:
    if key is None:
        return
    path, dev, ino = key
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise StoreLost(f"记录库文件不见了 / the store file is gone: {path}") from None
    except OSError as exc:
        raise StoreLost(
            f"无法读取记录库文件 / cannot read the store file {path}: {exc.strerror}"
        ) from None
    if (st.st_dev, st.st_ino) != (dev, ino):
        raise StoreLost(f"记录库文件被替换 / the store file was replaced: {path}")


# answer(claimed, error): called once the claim is decided (on the daemon's writer thread)
ClaimAnswer = Callable[[bool, str | None], None]


class Hooks(Protocol):
    def claim(self, job: Job, sha: str, answer: ClaimAnswer) -> None: ...
    def write(self, write: Any, reply: Callable[[Any, str | None], None]) -> None: ...
    def intent_done(self, intent_id: int) -> None: ...
    def release(self, job: Job, sha: str) -> None: ...
    def done(self, job: Job, result: dict[str, Any], sha: str | None) -> None: ...
    def failed(
        self,
        job: Job,
        error: str,
        *,
        sha: str | None,
        retry_in: float | None,
        categories: list[str] | None,
    ) -> None: ...
    def changed(self, job: Job) -> None: ...


def sha256_file(path: str) -> str:
    return hash_file(path)[0]


def hash_file(path: str) -> tuple[str, os.stat_result]:
    """SHA-256 of a file, and the ``fstat`` of the very file that was read."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        info = os.fstat(fh.fileno())
        while chunk := fh.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest(), info


def read_file(path: str) -> tuple[str, os.stat_result, Snapshot | None]:
    """SHA-256 of a file and the ``fstat`` of the very file read, and the bytes read
    (:class:`Snapshot`) for the scan, the label and the seal: the file is read from the share
    once. Opened without following a link; a link, a pipe, a file too large to hold, or one
    written while it was read is hashed as before (:func:`hash_file`), with no snapshot, and
    what follows decides about it as it always did."""
    where = Path(path)
    try:
        with Folder.open(where.parent) as folder, folder.open_original(where.name) as orig:
            snap = orig.snapshot()
    except (UnsafeFile, FileChanged, ValueError):
        snap = None
    if snap is not None:
        return snap.sha256, snap.info, snap
    sha, info = hash_file(path)
    return sha, info, None


def _short_error(exc: BaseException) -> str:
    """An unexpected error as the log, status.json and the store keep it: its type and its
    message up to the first quoted piece or SQL echo, digit runs masked — a library's message
    may quote the document it choked on (openpyxl's "could not convert string to float:
    '<a cell>'"), SQLAlchemy's ends with the statement's parameters; "database is locked" or
    "No space left on device" is what an operator needs and stays."""
    message = without_quoted(str(exc)).split("[SQL:", 1)[0].split("(Background on", 1)[0]
    text = mask_free_text(f"{type(exc).__name__}: {message.strip()}")
    return text if len(text) <= _ERROR_CHARS else text[:_ERROR_CHARS] + "…"


# -- in the worker process ------------------------------------------------------------------------


class FileWork:
    """One worker's per-file procedure (runs in the worker process)."""

    def __init__(
        self, ctx: WorkerContext, ask_claim: Callable[[str], bool], writer: Any = None
    ) -> None:
        self.ctx = ctx
        self.ask_claim = ask_claim
        # the seal's intent and the records go through the daemon's writer (batched with
        # the other workers'); None: this worker's own store (tests of FileWork alone)
        self.writer = writer
        # a seal stops when its sealed file is complete and is finished by the tail thread
        # (Handoff) while this one takes the next file; False: each file to its end here
        self.staging = False
        self.store: Store | None = None
        self.protector: Any = None
        self.hang_on = os.environ.get("BAOMI_TEST_HANG_ON", "")

    def _open(self) -> None:
        if self.store is None:
            from scanner.store import Store
            from scanner.workflows.protect import Protector

            self.store = Store.open(self.ctx.db_url, site=self.ctx.site)
            self.protector = Protector(
                rules=self.ctx.rules,
                recipients=self.ctx.recipients,
                store=self.store,
                writer=self.writer,
            )

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def run(self, job: Job) -> dict[str, Any] | Handoff:
        st = stat_key(job.path)
        if st is None:
            return {"outcome": GONE}
        path = Path(job.path)
        if not self.ctx.policy.wants(path):
            return {"outcome": IGNORED}
        known = job.known
        if known and known[0] == st and known[2] in FINAL:
            return {"outcome": SAME, "version": st, "sha": known[1]}
        if self.hang_on and path.name == self.hang_on:
            threading.Event().wait()  # test hook: a file that never finishes
        sha, read, snap = read_file(job.path)
        with snap if snap is not None else contextlib.nullcontext():
            return self._read(job, path, st, sha, read, snap)

    def _read(
        self,
        job: Job,
        path: Path,
        st: Version,
        sha: str,
        read: os.stat_result,
        snap: Snapshot | None,
    ) -> dict[str, Any] | Handoff:
        known = job.known
        if stat_key(job.path) != st or version_of(read) != st:
            return {"outcome": CHANGED}
        facts = {"version": st, "sha": sha}
        if known and known[1] == sha and known[2] in FINAL:
            return {"outcome": SAME, **facts}
        check_store_file(self.ctx.store_file)
        self._open()
        if not self.ask_claim(sha):
            return {"outcome": ELSEWHERE, **facts}
        # again after the claim: the daemon checked its store, this worker's connection must
        # still be to that same file when it records the seal
        check_store_file(self.ctx.store_file)
        rec = self.protector.finish_interrupted(path)
        if rec is None:
            # scanned from the bytes just hashed (the snapshot), not from the share again
            result = self.ctx.scanner.scan_file(
                path, source=snap.path() if snap is not None else None
            )
            if job.closed_as is not None and not still_complete(
                job.path, job.closed_as, job.settle_until
            ):
                # written again (or held open) since its close: the parent gives the claim
                # back and the file waits in the pending table for its next close
                return {"outcome": CHANGED}
            # a document that could not be read is a blind spot the committee's report lists
            assert self.store is not None
            self.store.note_read(result, scanned_path=path, share=job.share)
            action = self.ctx.policy.action_for(path, result.categories)
            # the hash just read goes into the seal's intent, not a second read of the file
            digest = KnownDigest.of(read, sha)
            rec = self.protector.protect_staged(
                result, action, share=job.share, known=digest, snapshot=snap, stage=self.staging
            )
            if isinstance(rec, Staged):
                return Handoff(job, rec, st, sha)
        return self._outcome(job, rec, st, sha)

    def finish(self, handoff: Handoff) -> dict[str, Any]:
        """The rest of a staged seal (in the worker's tail thread): intent, link, record,
        removal, in that order, then what the daemon is told."""
        return self._outcome(handoff.job, handoff.staged.finish(), handoff.st, handoff.sha)

    def _outcome(self, job: Job, rec: ProtectRecord, st: Version, sha: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "outcome": rec.action,
            "categories": list(rec.categories),
            "error": rec.error,
            "sealed": rec.sealed,
            "claimed": True,
        }
        if rec.sealed and self.ctx.backup_to is not None:
            out["backup_error"] = self._backup(job, Path(rec.sealed))
        after = stat_key(job.path)
        if after == st or (after is not None and rec.action != LABELED):
            # left alone: remembered as the version that was read. Changed by someone else
            # meanwhile (not by us), its next look finds another version and hashes it: what
            # was decided about the bytes read says nothing about bytes nobody has read.
            out.update(version=st, sha=sha)
        elif after is not None:  # labeled in place by us: remember the labeled file
            out.update(version=after, sha=sha256_file(job.path))
        return out

    def _backup(self, job: Job, sealed: Path) -> str | None:
        from scanner.workflows.backup import backup_sealed

        assert self.ctx.backup_to is not None and self.store is not None  # run() opened it
        relpath = str(Path(job.relpath).with_name(sealed.name))
        try:
            backup_sealed(self.store, sealed, self.ctx.backup_to, job.share, relpath)
        except Exception as exc:
            # The seal stands; the failure is logged and recorded, and `baomi backup verify`
            # lists the file as missing until a copy is made.
            return _short_error(exc)
        return None


def _worker_main(
    conn: Connection,
    tconns: list[Connection],
    ctx: WorkerContext,
    parent_ends: list[Connection],
    parent_pid: int,
) -> None:
    # The daemon decides when to stop: a SIGTERM to the whole service (systemd's default
    # KillMode) must not cut a file in half here; the parent finishes in-flight files first.
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    # A fork copies every descriptor: without this a worker outliving a killed daemon would
    # hold its locks (a restart would be refused) and the daemon's pipe ends (no EOF here).
    for fd in ctx.close_fds:
        with contextlib.suppress(OSError):
            os.close(fd)
    for end in parent_ends:
        with contextlib.suppress(OSError):
            end.close()
    if ctx.parent_store is not None:
        with contextlib.suppress(Exception):
            ctx.parent_store.dispose_inherited()

    def ask(sha: str) -> bool:
        conn.send(("claim", sha))
        return bool(conn.recv())

    from scanner.watch.writer import PipeWriter

    writer = PipeWriter(conn)
    work = FileWork(ctx, ask, writer)
    work.staging = True
    tails: queue.Queue[tuple[int, Handoff] | None] = queue.Queue(maxsize=TAIL_DEPTH)

    def tail(tconn: Connection) -> None:
        # The rest of each staged seal, in order, on a pipe of its own (its writes and their
        # answers, its "done"): the main thread's claim never waits behind a record.
        writer.bind(tconn)
        while (item := tails.get()) is not None:
            token, handoff = item
            try:
                result: dict[str, Any] = work.finish(handoff)
            except MemoryError:
                result = {"outcome": ERROR, "error": memory_reason(ctx.file_memory_mib)}
            except Exception as exc:
                result = {"outcome": ERROR, "error": _short_error(exc)}
            try:
                tconn.send(("done", token, result))
            except OSError:
                return  # the daemon is gone

    tail_threads = [
        threading.Thread(target=tail, args=(tconn,), name=f"baomi-tail-{i}", daemon=True)
        for i, tconn in enumerate(tconns)
    ]
    for t in tail_threads:
        t.start()
    token = 0
    # After the fork the worker already holds the rules, spaCy and jieba: only what a file
    # makes it allocate counts against the ceiling (as in scan and protect).
    limit_memory(ctx.file_memory_mib)
    try:
        while True:
            try:
                while not conn.poll(1.0):
                    if os.getppid() != parent_pid:
                        return  # the daemon was killed: leave, the next one redoes the queue
                job = conn.recv()
            except (EOFError, OSError):
                break
            if job is None:
                break
            try:
                result = work.run(job)
            except MemoryError:
                result = {"outcome": ERROR, "error": memory_reason(ctx.file_memory_mib)}
            except Exception as exc:
                result = {"outcome": ERROR, "error": _short_error(exc)}
            if isinstance(result, Handoff):
                token += 1
                conn.send(("handed", token))  # before its "done" can come on the other pipe
                tails.put((token, result))  # waits while TAIL_DEPTH are not finished
            else:
                conn.send(("done", result))
    finally:
        for _ in tail_threads:
            tails.put(None)  # one end for each
        for t in tail_threads:
            t.join()
        work.close()


# -- in the daemon ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Flight:
    """A file handed to a worker's tail thread: staged, its seal being finished."""

    job: Job
    started: float
    sha: str | None
    claimed: bool


@dataclass(slots=True)
class _Worker:
    proc: Any
    conn: Connection
    tconns: list[Connection]  # the worker's tail threads: their writes and their "done"
    generation: int
    job: Job | None = None
    started: float = 0.0
    sha: str | None = None
    claimed: bool = False
    claim_error: str | None = None  # the store could not be asked; the file is retried
    # the daemon's writer thread answers on conn too: never while it is being closed
    send_lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False
    flights: dict[int, _Flight] = field(default_factory=dict)

    def answer_tail(self, tconn: Connection, message: Any) -> None:
        with self.send_lock:
            if not self.closed:
                with contextlib.suppress(OSError, ValueError):
                    tconn.send(message)

    def files(self) -> list[tuple[Job, float, str | None]]:
        """Every file in this worker: (job, started, its claimed sha)."""
        out = [(f.job, f.started, f.sha if f.claimed else None) for f in self.flights.values()]
        if self.job is not None:
            out.append((self.job, self.started, self.sha if self.claimed else None))
        return out

    def answer(self, message: Any) -> None:
        """Send from another thread (the writer's); a worker killed meanwhile gets nothing."""
        with self.send_lock:
            if not self.closed:
                with contextlib.suppress(OSError, ValueError):
                    self.conn.send(message)


@dataclass(frozen=True, slots=True)
class _Unread:
    """A file's read that did not finish, as ``Store.note_read`` takes it."""

    error: str
    status: str = "error"
    format: str | None = None


@dataclass(order=True, slots=True)
class _Retry:
    due: float
    seq: int
    job: Job = field(compare=False)


class Dispatcher:
    """Owns the queue and the workers; runs on its own thread in the daemon."""

    def __init__(
        self,
        *,
        jobs: int,
        queue_size: int,
        file_timeout: float,
        backoff: tuple[float, ...],
        retry: bool,
        retry_slow: float = DEFAULT_RETRY_SLOW,
        make_context: Callable[[], WorkerContext],
        hooks: Hooks,
    ) -> None:
        self.jobs = jobs
        self.file_timeout = file_timeout
        self.backoff = backoff
        self.retry = retry
        self.retry_slow = retry_slow
        self.make_context = make_context
        self.hooks = hooks
        self.queue: queue.Queue[Job] = queue.Queue(maxsize=queue_size)
        self._mp = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        self._retries: list[_Retry] = []
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._busy_paths: set[str] = set()  # queued, in a worker, or waiting to be retried
        self._generation = 0
        self._ctx: WorkerContext | None = None
        self._accepting = True
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="baomi-dispatch", daemon=True)
        self.idle = threading.Event()  # set whenever nothing is queued, running or retrying

    # -- called from other threads -------------------------------------------------------
    def start(self) -> None:
        self._ctx = self.make_context()
        for _ in range(self.jobs):
            self._spawn()
        self._thread.start()

    def submit(self, job: Job, stopping: Callable[[], bool] = lambda: False) -> bool:
        """Queue a job, waiting for room when the queue is full; False when that path is
        already in hand, or the dispatcher (or ``stopping()``) stops before there was room."""
        with self._lock:
            if job.path in self._busy_paths or not self._accepting:
                return False
            self._busy_paths.add(job.path)
            self.idle.clear()
        # The wait is outside the lock: the dispatcher thread takes the lock to hand out work.
        while True:
            try:
                self.queue.put(job, timeout=0.2)
                break
            except queue.Full:
                with self._lock:
                    accepting = self._accepting
                if not accepting or stopping():
                    self._finish_path(job)
                    return False
        self._wake.set()
        return True

    def busy(self, path: str) -> bool:
        with self._lock:
            return path in self._busy_paths

    def reload(self) -> None:
        """New rules or policy: workers are replaced as soon as each is idle."""
        ctx = self.make_context()
        with self._lock:
            self._ctx = ctx
            self._generation += 1
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        """Stop taking work, let in-flight files finish (each within its timeout), stop the
        workers. Queued files are left: the next start's reconciliation finds them."""
        with self._lock:
            self._accepting = False
        self._wake.set()
        self._thread.join(timeout)

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {
                "queue_length": self.queue.qsize(),
                "in_flight": sum((w.job is not None) + len(w.flights) for w in self._workers),
                "retrying": len(self._retries),
                "workers": len(self._workers),
            }

    # -- the dispatcher thread --------------------------------------------------------------
    def _spawn(self) -> _Worker:
        assert self._ctx is not None
        parent_conn, child_conn = self._mp.Pipe()
        tails = [self._mp.Pipe() for _ in range(TAIL_THREADS)]
        parent_ends = [parent_conn, *(p for p, _c in tails)]
        for other in self._workers:
            parent_ends += [other.conn, *other.tconns]
        proc = self._mp.Process(
            target=_worker_main,
            args=(child_conn, [c for _p, c in tails], self._ctx, parent_ends, os.getpid()),
            name="baomi-watch-worker",
            daemon=True,
        )
        proc.start()
        child_conn.close()
        for _p, c in tails:
            c.close()
        w = _Worker(proc, parent_conn, [p for p, _c in tails], self._generation)
        self._workers.append(w)
        return w

    def _retire(self, w: _Worker, kill: bool = False) -> None:
        if w in self._workers:
            self._workers.remove(w)
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(w.proc.pid, signal.SIGKILL)
        else:
            with contextlib.suppress(OSError, BrokenPipeError):
                w.conn.send(None)
        w.proc.join(5 if not kill else None)
        if w.proc.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(w.proc.pid, signal.SIGKILL)
            w.proc.join()
        with w.send_lock:
            w.closed = True
            w.conn.close()
            for tconn in w.tconns:
                tconn.close()

    def _next_job(self, now: float) -> Job | None:
        with self._lock:
            if self._retries and self._retries[0].due <= now:
                return heapq.heappop(self._retries).job
        try:
            return self.queue.get_nowait()
        except queue.Empty:
            return None

    def _finish_path(self, job: Job) -> None:
        with self._lock:
            self._busy_paths.discard(job.path)

    def _fail(
        self,
        job: Job,
        error: str,
        categories: list[str] | None = None,
        *,
        sha: str | None = None,
    ) -> None:
        attempt = job.attempt + 1
        if not self.retry:
            self.hooks.failed(job, error, sha=sha, retry_in=None, categories=categories)
            self._finish_path(job)
            return
        # Never given up: after the fast back-off, the slow schedule, until the file is done
        # or gone (a worker finds it gone and the path leaves the retries).
        delay = self.backoff[attempt - 1] if attempt <= len(self.backoff) else self.retry_slow
        with self._lock:
            heapq.heappush(
                self._retries,
                _Retry(time.monotonic() + delay, next(self._seq), replace(job, attempt=attempt)),
            )
        self.hooks.failed(job, error, sha=sha, retry_in=delay, categories=categories)

    def _clear(self, w: _Worker) -> None:
        w.job, w.sha, w.claimed, w.claim_error = None, None, False, None

    def _handle(self, w: _Worker) -> None:
        job = w.job
        try:
            kind, payload = w.conn.recv()
        except (EOFError, OSError):
            self._lost(w)
            return
        if kind == "intent-done":
            self.hooks.intent_done(int(payload))
            return
        if job is None:
            return
        if kind == "claim":
            w.sha = str(payload)

            def answer(claimed: bool, error: str | None, w: _Worker = w) -> None:
                # the worker waits for it; set before it is sent, so the worker's next
                # message ("done") finds it. An error: "no", and the file is then failed.
                w.claimed, w.claim_error = claimed, error
                w.answer(claimed)

            try:
                self.hooks.claim(job, w.sha, answer)
            except Exception as exc:
                answer(False, _short_error(exc))
            return
        if kind == "write":

            def reply(value: Any, error: str | None, w: _Worker = w) -> None:
                w.answer(("ok", value) if error is None else ("error", error))

            try:
                self.hooks.write(payload, reply)
            except Exception as exc:
                reply(None, _short_error(exc))
            return
        if kind == "handed":  # staged: its tail thread finishes it, this one takes another
            w.flights[int(payload)] = _Flight(job, w.started, w.sha, w.claimed)
            self._clear(w)
            return
        self._complete(job, w.started, w.sha if w.claimed else None, w.claim_error, payload)
        self._clear(w)

    def _handle_tail(self, w: _Worker, tconn: Connection) -> None:
        try:
            kind, *rest = tconn.recv()
        except (EOFError, OSError):
            self._lost(w)
            return
        if kind == "write":

            def reply(value: Any, error: str | None, w: _Worker = w) -> None:
                w.answer_tail(tconn, ("ok", value) if error is None else ("error", error))

            try:
                self.hooks.write(rest[0], reply)
            except Exception as exc:
                reply(None, _short_error(exc))
        elif kind == "intent-done":
            self.hooks.intent_done(int(rest[0]))
        elif kind == "done":
            token, result = int(rest[0]), rest[1]
            # its "handed" was sent first, on the other pipe: read up to it
            while token not in w.flights and not w.closed and w.conn.poll():
                self._handle(w)
            flight = w.flights.pop(token, None)
            if flight is not None:
                sha = flight.sha if flight.claimed else None
                self._complete(flight.job, flight.started, sha, None, result)

    def _lost(self, w: _Worker) -> None:
        """The worker died (or its pipe broke): every file in it failed, retried."""
        code = w.proc.exitcode
        files = w.files()
        self._retire(w, kill=True)
        for job, _started, sha in files:
            self._fail(
                job, f"工作进程意外退出 / the worker process died (exit code {code})", sha=sha
            )
        if self._accepting:
            self._spawn()

    def _complete(
        self,
        job: Job,
        started: float,
        sha: str | None,
        claim_error: str | None,
        result: dict[str, Any],
    ) -> None:
        result["seconds"] = time.monotonic() - started
        if claim_error is not None:
            self._fail(job, claim_error, sha=sha)
        elif result.get("outcome") == ERROR:
            self._fail(
                job, str(result.get("error") or "unknown error"), result.get("categories"), sha=sha
            )
        elif result.get("outcome") == CHANGED:
            if sha is not None:
                self.hooks.release(job, sha)  # not done: any server may claim it again
            self._finish_path(job)
            self.hooks.changed(job)
        else:
            try:
                self.hooks.done(job, result, sha)
            finally:
                self._finish_path(job)
            if job.attempt:
                # an earlier attempt on a read-only or full disk could not remove its work
                # folder (and a worker sweeps each folder only once); this one could write
                _remove_temps(job.path)

    def _check_timeouts(self, now: float) -> None:
        for w in list(self._workers):
            files = w.files()
            if not any(now - started > self.file_timeout for _j, started, _s in files):
                continue
            self._retire(w, kill=True)
            for job, started, sha in files:
                _remove_temps(job.path)
                if now - started > self.file_timeout:
                    error = timeout_reason(self.file_timeout)
                    self._note_unread(job, error)
                else:  # its seal staged in the same worker: finished or undone on its retry
                    error = (
                        "工作进程因另一文件超时被结束 / the worker was stopped for another "
                        "file's timeout"
                    )
                self._fail(job, error, sha=sha)
            self._spawn()

    def _note_unread(self, job: Job, error: str) -> None:
        """A file killed for taking too long: listed as unreadable until a try reads it."""
        store = self._ctx.parent_store if self._ctx is not None else None
        if store is None:
            return
        # the retry and the daemon's log line of the failure are what matter if this fails
        with contextlib.suppress(Exception):
            check_store_file(self._ctx.store_file if self._ctx is not None else None)
            store.note_read(_Unread(error), scanned_path=Path(job.path), share=job.share)

    def _run(self) -> None:
        while True:
            now = time.monotonic()
            with self._lock:
                accepting, generation = self._accepting, self._generation
            for w in list(self._workers):
                idle = w.job is None and not w.flights
                if idle and (w.generation != generation or not w.proc.is_alive()):
                    self._retire(w, kill=not w.proc.is_alive())
                    if accepting:
                        self._spawn()
            if accepting:
                for w in self._workers:
                    if w.job is not None:
                        continue
                    job = self._next_job(now)
                    if job is None:
                        break
                    w.job, w.started = job, time.monotonic()
                    try:
                        w.conn.send(job)
                    except OSError:
                        self._fail(job, "工作进程无法接收任务 / the worker process is gone")
                        self._clear(w)
            busy = [w for w in self._workers if w.job is not None or w.flights]
            if not accepting and not busy:
                break
            with self._lock:  # under the lock: submit() clears it under the same lock
                # _busy_paths: queued, in a worker, retrying, or waiting for room in the queue
                if not busy and not self._busy_paths:
                    self.idle.set()
            ends = [end for w in busy for end in (w.conn, *w.tconns)]
            ready = wait(ends, timeout=0.05) if busy else []
            if not busy:
                self._wake.wait(0.1)
                self._wake.clear()
            for end in ready:
                for w in busy:
                    if w.closed:
                        continue
                    if w.conn is end:
                        self._handle(w)
                    elif any(t is end for t in w.tconns):
                        self._handle_tail(w, end)  # type: ignore[arg-type]
            self._check_timeouts(time.monotonic())
        for w in list(self._workers):
            self._retire(w)


def _remove_temps(path: str) -> None:
    """A killed worker's work folder is garbage: the original still exists, or a complete
    sealed file took its place (protect's protocol). Only baomi's own, unlocked leftovers go."""
    from scanner import fsutil

    with contextlib.suppress(OSError), fsutil.Folder.open(Path(path).parent) as folder:
        fsutil.remove_stale_workdirs(folder)
