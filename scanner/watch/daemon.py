"""The daemon's lifecycle: locks, signals, observer, settler, reconciliation, status, shutdown.

Threads in the daemon process: the main thread (signals, reconciliation, status, reload), the
watchdog observer (events → pending table), the settler (pending → queue), the dispatcher
(queue → worker processes) and the writer (the workers' claims, seal intents and records, several
files per transaction: scanner/watch/writer.py). The main thread waits on an Event, never in a
sleep loop, so a signal is acted on at once.

Signals: SIGTERM / SIGINT stop accepting work, let the files in hand finish, flush the index
and the status, and exit 0. SIGHUP reloads the config file, the rule packs and the policy,
says what changed, and keeps the old ones (saying so) when the new ones are invalid.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import threading
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner import fsutil
from scanner.limits import DEFAULT_FILE_MEMORY_MIB
from scanner.store.claims import Finished
from scanner.watch import WatchError
from scanner.watch.events import (
    CLOSE_SETTLE,
    EVENTS,
    Early,
    PendingTable,
    WatchHandler,
    open_for_writing,
    stat_key,
)
from scanner.watch.index import RETRYING, FileIndex, Version
from scanner.watch.locks import DaemonLocks, pid_alive
from scanner.watch.logs import emit
from scanner.watch.reconcile import reconcile
from scanner.watch.status import DaemonStatus, write_status
from scanner.watch.workers import (
    DEFAULT_BACKOFF,
    DEFAULT_RETRY_SLOW,
    ELSEWHERE,
    GONE,
    IGNORED,
    SAME,
    ClaimAnswer,
    Dispatcher,
    Job,
    WorkerContext,
    _short_error,
)
from scanner.watch.writer import StoreWriter

EXIT_STORE_LOST = 2  # the daemon stopped because its store vanished or was replaced

INDEX_FILE = "index.sqlite"
STATUS_EVERY = 2.0
CHECK_EVERY = 2.0  # the roots' and the store's identity
PROGRESS_EVERY = 5.0  # --once: a progress line on stderr
_GONE_AFTER = frozenset({"sealed", "completed", GONE})

if TYPE_CHECKING:
    from scanner.store import Store


@dataclass
class WatchSettings:
    roots: list[Path]
    state_dir: Path
    locks_dir: Path
    recipients: list[Any] = field(default_factory=list)  # loaded public keys
    db_url: str | None = None
    rules_dir: Path | None = None
    config_path: Path | None = None
    config_data: Mapping[str, Any] = field(default_factory=dict)
    polling: bool = False
    poll_interval: float = 5.0
    debounce: float = 1.0
    settle: float = 2.0
    close_settle: float = CLOSE_SETTLE
    jobs: int = 1
    queue_size: int = 10_000
    file_timeout: float = 300.0
    file_memory_mib: int = DEFAULT_FILE_MEMORY_MIB
    reconcile_every: float = 900.0
    backup_to: Path | None = None
    once: bool = False
    backoff: tuple[float, ...] = DEFAULT_BACKOFF
    retry_slow: float = DEFAULT_RETRY_SLOW
    min_score: float = 0.5
    max_file_mib: int = 200
    # the OCR fields of Limits (--ocr, --ocr-page-timeout, the cache folder)
    ocr: Mapping[str, Any] = field(default_factory=dict)
    site: str | None = None  # the centre (county store): every record and claim carries it


@dataclass
class _Loaded:
    """What SIGHUP reloads together: all of it, or none."""

    config_data: Mapping[str, Any]
    rules: Any
    policy: Any
    scanner: Any
    digest: str


class Daemon:
    def __init__(
        self,
        settings: WatchSettings,
        *,
        rules: Any,
        policy: Any,
        store_factory: Callable[[], Store],
    ) -> None:
        self.s = settings
        self.roots = settings.roots
        self._store_factory = store_factory
        self.loaded = self._build(settings.config_data, rules, policy)
        self.status = DaemonStatus(
            roots=[str(r) for r in self.roots],
            observer="none" if settings.once else "polling" if settings.polling else "inotify",
        )
        self._stop = False
        self._reload = False
        self._wake = threading.Event()
        self._halt = threading.Event()  # for the settler thread
        self.table = PendingTable(
            settings.debounce,
            settings.settle,
            writers=open_for_writing,
            close_settle=settings.close_settle,
        )
        self.table.polling = settings.polling
        self.index: FileIndex | None = None
        self.store: Store | None = None
        self.dispatcher: Dispatcher | None = None
        self._observer: Any = None
        self._claim_ttl = max(600, int(settings.file_timeout) + 60)
        self._lock_fds: tuple[int, ...] = ()
        self._identity: Any = None  # scanner.store.identity.StoreIdentity, noted at start
        self.store_lost: str | None = None  # why sealing stopped; then the exit code is 2
        self._root_keys: dict[Path, tuple[int, int] | None] = {}
        self._walk_complete = True
        self._once_finished = False
        self._left = 0  # failures still in the index when the daemon stopped (_count_left)
        self._progress_at = 0.0
        self.writer: StoreWriter | None = None

    # -- loading -----------------------------------------------------------------------------
    def _build(self, data: Mapping[str, Any], rules: Any, policy: Any) -> _Loaded:
        from scanner.extract.interface import Limits, MiB
        from scanner.pipeline import Scanner
        from scanner.workflows.configdigest import settings_digest

        scanner = Scanner(
            rules,
            min_score=self.s.min_score,
            limits=Limits(max_file_bytes=self.s.max_file_mib * MiB, **self.s.ocr),
        )
        scanner.detector.warm_up()  # once here; every forked worker starts warm
        digest = settings_digest(self.s.rules_dir, self.s.config_path)[0]
        return _Loaded(data, rules, policy, scanner, digest)

    def _make_context(self) -> WorkerContext:
        return WorkerContext(
            scanner=self.loaded.scanner,
            policy=self.loaded.policy,
            rules=self.loaded.rules,
            recipients=list(self.s.recipients),
            db_url=self.s.db_url,
            backup_to=self.s.backup_to,
            parent_store=self.store,
            close_fds=self._lock_fds,
            store_file=self._identity.sqlite_file if self._identity is not None else None,
            file_memory_mib=self.s.file_memory_mib,
            site=self.s.site,
        )

    def reload(self) -> None:
        from scanner.detect.rulepacks import RulesError, load_rules
        from scanner.workflows.policy import PolicyError, load_policy

        old = self.loaded
        try:
            data: Mapping[str, Any] = old.config_data
            if self.s.config_path is not None:
                data = tomllib.loads(self.s.config_path.read_text(encoding="utf-8"))
            rules = load_rules(self.s.rules_dir)
            policy = load_policy(data, self.roots)
            new = self._build(data, rules, policy)
        except (
            OSError,
            UnicodeDecodeError,
            tomllib.TOMLDecodeError,
            RulesError,
            PolicyError,
        ) as exc:
            emit(
                "reload.failed",
                logging.ERROR,
                error=f"新配置无效，继续使用原配置 / the new settings are invalid; still "
                f"running with the old ones: {exc}",
            )
            return
        changed = []
        if new.digest != old.digest:
            changed.append("rules-or-config")
        if new.policy != old.policy:
            changed.append("policy")
        self.loaded = new
        assert self.dispatcher is not None
        self.dispatcher.reload()
        emit(
            "reload.done",
            changed=changed or ["nothing"],
            shares=[sh.name for sh in new.policy.shares],
        )

    # -- work in --------------------------------------------------------------------------------
    def wants(self, path: Path) -> bool:
        return bool(self.loaded.policy.wants(path))

    def submit(self, path: str, origin: str, early: Early | None = None) -> bool:
        assert self.index is not None and self.dispatcher is not None
        if self._stop:
            return False
        share = self.loaded.policy.share_for(Path(path))
        st = stat_key(path)
        if share is None or st is None:
            return False
        if self.index.unchanged(path, st):
            with self.status.lock:
                self.status.unchanged_skips += 1
            return False
        e = self.index.get(path)
        job = Job(
            path=path,
            share=share.name,
            relpath=share.relpath(Path(path)),
            known=(e.version, e.sha256, e.outcome) if e else None,
            origin=origin,
            settle_until=early.settle_until if early is not None else 0.0,
            closed_as=early.closed_as if early is not None else None,
        )
        # waits for room: a full queue slows the walk (or the settler) down, drops nothing
        return self.dispatcher.submit(job, stopping=lambda: self._stop)

    def _progress(self, rec: Any) -> None:
        """--once: a line on stderr every few seconds, so a long pass shows it is moving."""
        now = time.monotonic()
        if rec is not None and now - self._progress_at < PROGRESS_EVERY:
            return
        self._progress_at = now
        assert self.dispatcher is not None
        c = self.dispatcher.counts()
        with self.status.lock:
            done = sum(self.status.processed.values())
            errors = self.status.errors
        emit(
            "once.progress",
            walked=rec.files_seen if rec is not None else None,
            queued=c["queue_length"],
            in_flight=c["in_flight"],
            processed=done,
            errors=errors,
        )

    def _gone(self, path: str) -> None:
        if self.index is not None:
            self.index.drop(path)

    def _folder(self, folder: Path) -> None:
        from scanner.walk import walk

        for cand in walk([folder]):
            if cand.status is None and self.wants(cand.path):
                self.table.touch(str(cand.path))

    def _settler(self) -> None:
        assert self.dispatcher is not None
        while not self._halt.is_set():
            for early in self.table.early(self.dispatcher.busy):
                self.submit(early.path, "event", early)
            for path in self.table.ready(self.dispatcher.busy):
                self.submit(path, "event")
            self.table.wait(self.table.next_check())  # an event wakes it at once

    # -- hooks from the dispatcher (its thread) -----------------------------------------------
    def claim(self, job: Job, sha: str, answer: ClaimAnswer) -> None:
        # Before each file is sealed: a claim in a store that is not the one noted at start
        # would let a seal go unrecorded.
        from scanner.store import ClaimWrite

        self.check_store(full=False)
        if self.store_lost is not None:
            raise RuntimeError(self.store_lost)

        def decided(value: Any, error: str | None) -> None:
            if error is not None:
                self.check_store(full=True)  # a truncated SQLite file fails here first
            answer(bool(value) and error is None, error)

        self._writes.submit(
            ClaimWrite(job.share, job.relpath, sha, ttl_seconds=self._claim_ttl), decided
        )

    def write(self, write: Any, reply: Callable[[Any, str | None], None]) -> None:
        """A worker's seal intent or records: committed with the other workers' (writer)."""
        self._writes.submit(write, reply)

    def intent_done(self, intent_id: int) -> None:
        self._writes.intent_done(intent_id)

    def _before_write(self) -> None:
        """Before each batch: never write into a store that is not the one noted at start."""
        from scanner.watch.workers import StoreLost

        self.check_store(full=False)
        if self.store_lost is not None:
            raise StoreLost(self.store_lost)

    @property
    def _writes(self) -> StoreWriter:
        assert self.writer is not None, "the daemon's writer is made at start"
        return self.writer

    def _flush_index(self) -> None:
        if self.index is None:
            return
        try:
            self.index.flush()
        except sqlite3.Error as exc:  # a cache: the changes stay queued for the next try
            emit("index.error", logging.WARNING, error=str(exc))

    def release(self, job: Job, sha: str) -> None:
        with contextlib.suppress(Exception):
            self._db.release_claim(job.share, job.relpath, sha)

    def done(self, job: Job, result: dict[str, Any], sha: str | None) -> None:
        assert self.index is not None
        outcome = str(result.get("outcome"))
        self.index.clear_failure(job.path)
        if sha is not None and self.store_lost is None:
            # finished with the next batch (or within IDLE_FLUSH seconds)
            self._writes.finish_claim(Finished(job.share, job.relpath, sha, outcome))
        if outcome in _GONE_AFTER:
            self.index.drop(job.path)
        elif outcome != IGNORED and result.get("version") is not None:
            self.index.put(job.path, Version(*result["version"]), result.get("sha"), outcome)
        with self.status.lock:
            self.status.processed[outcome] += 1
        level = logging.DEBUG if outcome in (SAME, GONE, IGNORED, ELSEWHERE) else logging.INFO
        emit(
            "file.done",
            level,
            path=job.path,
            action=outcome,
            categories=result.get("categories") or None,
            seconds=result.get("seconds"),
            share=job.share,
            error=result.get("error"),
        )
        if result.get("backup_error"):
            self._record_failure(
                job, f"备份失败 / backup failed: {result['backup_error']}", final=False
            )

    def failed(
        self,
        job: Job,
        error: str,
        *,
        sha: str | None,
        retry_in: float | None,
        categories: list[str] | None,
    ) -> None:
        assert self.index is not None
        st = stat_key(job.path)
        if st is not None:
            # still to do: not FINAL, so every walk, restart and --once submits it again
            self.index.put(job.path, st, sha, RETRYING)
            self.index.note_failure(job.path, error, bool(categories) if categories else None)
        if sha is not None and self.store_lost is None:
            # finished as "retrying", not released: the row tells the report (and every
            # server) that this version is still to do; any server may claim it again
            with contextlib.suppress(Exception):
                self._db.finish_claim(
                    job.share, job.relpath, sha, RETRYING, reason=error, categories=categories
                )
        self._record_failure(job, error, final=False, retry_in=retry_in)

    def changed(self, job: Job) -> None:
        # still being written: wait for it to settle again; an entry its writer's newer close
        # already made is left as it is (a close makes it quick)
        if not self.s.once and job.path not in self.table:
            self.table.touch(job.path)

    def _record_failure(
        self, job: Job, error: str, *, final: bool, retry_in: float | None = None
    ) -> None:
        with self.status.lock:
            self.status.errors += 1
            self.status.last_error = {
                "path": job.path,
                "error": error,
                "attempt": job.attempt + 1,
                "retry_in": retry_in,
                "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
        emit(
            "file.error",
            logging.WARNING,
            path=job.path,
            error=error,
            attempt=job.attempt + 1,
            retry_in=retry_in,
        )
        if self.store_lost is not None:
            return  # never write (nor an audit head) into a store that is not the one noted
        try:
            self._db.record_event(
                "watch",
                job.path,
                {"error": error, "attempt": job.attempt + 1, "gave_up": final, "share": job.share},
            )
        except Exception as exc:  # the store is down: the log line above still says it
            emit("store.error", logging.ERROR, path=job.path, error=str(exc))

    # -- lifecycle ---------------------------------------------------------------------------
    def _signal(self, signum: int, _frame: Any) -> None:
        if signum == signal.SIGHUP:
            self._reload = True
        else:
            self._stop = True
        self._wake.set()

    def _start_observer(self) -> None:
        from watchdog.observers.inotify import InotifyObserver
        from watchdog.observers.polling import PollingObserver

        # A root reached through a symbolic link (a mount point made that way) is watched at
        # its real folder; inotify does not follow the link, and events name real paths.
        reals = [(os.path.realpath(r), str(r)) for r in self.roots]

        def rename(path: str) -> str:
            for real, given in reals:
                if path == real or path.startswith(real + os.sep):
                    return given + path[len(real) :]
            return path

        handler = WatchHandler(
            self.table,
            wants=self.wants,
            on_gone=self._gone,
            on_folder=self._folder,
            polling=self.s.polling,
            rename=rename,
        )
        observer: Any
        if self.s.polling:
            observer = PollingObserver(timeout=self.s.poll_interval)
        else:
            observer = InotifyObserver()
        try:
            for real, _given in reals:
                observer.schedule(handler, real, recursive=True, event_filter=list(EVENTS))
            observer.start()
        except OSError as exc:
            if self.s.polling:
                raise WatchError(f"无法监视文件夹 / cannot watch the folders: {exc}") from None
            # inotify limits (max_user_watches) or a filesystem without it: poll instead
            emit(
                "observer.fallback",
                logging.WARNING,
                error=f"inotify 不可用，改为轮询 / inotify unavailable ({exc}); polling every "
                f"{self.s.poll_interval:g} s",
            )
            handler.polling = self.table.polling = True
            observer = PollingObserver(timeout=self.s.poll_interval)
            for real, _given in reals:
                observer.schedule(handler, real, recursive=True, event_filter=list(EVENTS))
            observer.start()
            self.status.observer = "polling"
        self._observer = observer

    def _write_status(self) -> None:
        assert self.dispatcher is not None and self.index is not None
        c = self.dispatcher.counts()
        data = self.status.snapshot(
            queue_length=c["queue_length"],
            in_flight=c["in_flight"],
            pending=len(self.table),
            retrying=c["retrying"],
            workers=c["workers"],
            index_size=len(self.index),
            failures=self.index.failures(),
        )
        if self.writer is not None:  # the writer's transactions: commits per file in a burst
            data["store_writes"] = {"batches": self.writer.batches, "writes": self.writer.writes}
        try:
            write_status(self.s.state_dir, data)
        except OSError as exc:
            emit("status.error", logging.WARNING, error=str(exc))

    # -- the store's and the roots' identity -----------------------------------------------------
    def _note_identity(self) -> None:
        from scanner.store.identity import identity

        self._identity = identity(self._db)
        self._root_keys = {r: _dir_key(r) for r in self.roots}

    def check_store(self, *, full: bool) -> None:
        """Is the store still the one noted at start? ``full`` also reads its id (a query);
        otherwise only the SQLite file's device and inode (a ``stat``). A store that vanished,
        was replaced or cannot be read stops the daemon (exit code 2); a PostgreSQL server
        that cannot be reached is a failed file and a retry, as before."""
        from scanner.store import StoreError
        from scanner.store.identity import read_store_id
        from scanner.watch.workers import StoreLost, check_store_file

        if self._identity is None or self.store_lost is not None:
            return
        try:
            check_store_file(self._identity.sqlite_file)
            if not full:
                return
            try:
                found = read_store_id(self._db)
            except StoreError as exc:
                if self._identity.sqlite_file is None:
                    return  # the server is away: wait and retry, as for any file
                raise StoreLost(f"无法读取记录库 / the store cannot be read: {exc}") from None
            if found != self._identity.store_id:
                raise StoreLost(
                    "记录库已不是启动时的那个（被替换或重建）/ the store is not the one this "
                    f"daemon started with (replaced or recreated): {self._db.url_for_display}"
                )
        except StoreLost as exc:
            self._store_lost(str(exc))

    def _store_lost(self, reason: str) -> None:
        with self.status.lock:
            if self.store_lost is not None:
                return
            self.store_lost = reason
            self.status.alarm = (
                f"{reason}；已停止封存，请恢复记录库后重新启动 / sealing stopped: restore the "
                "store (or start afresh with a new one) and restart the daemon"
            )
        emit("store.lost", logging.CRITICAL, error=reason)
        self._stop = True
        self._wake.set()

    def _check_roots(self) -> None:
        """A watched folder renamed away or deleted is watched again once a folder of that
        name exists: the old watch would follow the moved folder, not the name."""
        rearm = False
        for root, key in list(self._root_keys.items()):
            now = _dir_key(root)
            if now == key:
                continue
            if now is None:
                emit(
                    "root.lost",
                    logging.ERROR,
                    path=str(root),
                    error="监视的文件夹被移走或删除，等待同名文件夹出现 / the watched folder "
                    "was moved or deleted; waiting for a folder of that name",
                )
            else:
                emit("root.rearmed", logging.WARNING, path=str(root))
                rearm = True
            self._root_keys[root] = now
        if rearm and not self.s.once:
            if self._observer is not None:
                with contextlib.suppress(Exception):
                    self._observer.stop()
                    self._observer.join(10)
                self._observer = None
            try:
                self._start_observer()
            except WatchError as exc:
                emit("observer.error", logging.ERROR, error=str(exc))
            self._reconcile()  # what was put into the new folder before the watch

    def _reconcile(self) -> None:
        assert self.index is not None
        emit("reconcile.start", logging.DEBUG)
        rec = reconcile(
            self.roots,
            wants=self.wants,
            submit=self.submit,
            index=self.index,
            stopping=lambda: self._stop,
            progress=self._progress if self.s.once else None,
        )
        self._walk_complete = rec.complete
        self.index.forget_failures_missing()
        with self.status.lock:
            self.status.reconciliations += 1
            self.status.unchanged_skips += rec.unchanged
            self.status.last_reconciliation = rec
        emit(
            "reconcile.done",
            seconds=rec.seconds,
            files_seen=rec.files_seen,
            enqueued=rec.enqueued,
            forgotten=rec.forgotten,
        )

    def run(self) -> int:
        """Run until SIGTERM/SIGINT (or, with ``once``, until everything found is done).
        Returns the exit code: 0, or 3 when ``once`` met files it could not process."""
        try:
            fsutil.private_dir(self.s.state_dir)  # 0700/0600, narrowed with a warning if wider
        except OSError as exc:
            raise WatchError(
                f"无法创建状态文件夹 / cannot create the state folder "
                f"{self.s.state_dir}: {exc.strerror}"
            ) from None
        # Each piece's undoing is pushed as soon as it has started, so whatever fails later —
        # a store that cannot be opened, an observer that cannot watch — everything started
        # before it is stopped, in reverse order: settler and observer (no new work), then the
        # workers (files in hand finish), the final status, the store, the index, the signal
        # handlers, and last the locks (a second daemon may start only once all is down).
        with contextlib.ExitStack() as stack:
            locks = DaemonLocks(self.s.state_dir, self.s.locks_dir, self.roots)
            stack.callback(locks.release)
            self._lock_fds = locks.fds()
            previous = {
                sig: signal.signal(sig, self._signal)
                for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
            }
            stack.callback(_restore_signals, previous)
            self.index = FileIndex(self.s.state_dir / INDEX_FILE)
            stack.callback(self.index.close)
            # counted once the workers stopped and before the index closes (callbacks run in
            # reverse): secret documents still to be protected decide --once's exit code
            stack.callback(self._count_left)
            self.store = self._store_factory()
            stack.callback(self._close_store)
            self._note_identity()
            # A daemon killed with SIGKILL left its claims; its files need not wait for the ttl.
            released = self.store.release_dead_claims(pid_alive)
            if released:
                emit("claims.released", count=released)
            self.dispatcher = Dispatcher(
                jobs=self.s.jobs,
                queue_size=self.s.queue_size,
                file_timeout=self.s.file_timeout,
                backoff=self.s.backoff,
                retry=not self.s.once,
                retry_slow=self.s.retry_slow,
                make_context=self._make_context,
                hooks=self,
            )
            stack.callback(self._final_status)
            self.writer = StoreWriter(self.store, before=self._before_write, describe=_short_error)
            # once the workers stopped, before the store: what is queued and waiting
            stack.callback(self.writer.stop)
            self.dispatcher.start()  # fork the workers before any other thread exists
            self.writer.start()
            stack.callback(self.dispatcher.stop)
            if not self.s.once:
                self._start_observer()
                stack.callback(self._stop_observer)
                settler = threading.Thread(target=self._settler, name="baomi-settle", daemon=True)
                settler.start()
                stack.callback(self._stop_settler, settler)
            stack.callback(self._set_state, "stopping")
            self._set_state("running")
            emit(
                "watch.start",
                roots=[str(r) for r in self.roots],
                observer=self.status.observer,
                jobs=self.s.jobs,
                pid=os.getpid(),
                index=len(self.index),
            )
            self._main_loop()
        left = self._left
        emit(
            "watch.stop",
            processed=sum(self.status.processed.values()),
            errors=self.status.errors,
            not_yet_protected=left,
        )
        if self.store_lost is not None:
            return EXIT_STORE_LOST
        if self.s.once and (self.status.errors or left or not self._once_finished):
            return 3
        return 0

    # -- stopping, one piece at a time (run's ExitStack) ----------------------------------------
    @property
    def _db(self) -> Store:
        """The store, opened at start before any claim, event or check can need it."""
        assert self.store is not None, "the daemon's store is opened at start"
        return self.store

    def _count_left(self) -> None:
        self._left = len(self.index.failures()) if self.index is not None else 0

    def _set_state(self, state: str) -> None:
        with self.status.lock:
            self.status.state = state

    def _stop_settler(self, settler: threading.Thread) -> None:
        self._halt.set()
        self.table.wake.set()
        settler.join(10)

    def _stop_observer(self) -> None:
        if self._observer is not None:
            with contextlib.suppress(Exception):
                self._observer.stop()
                self._observer.join(10)

    def _final_status(self) -> None:
        self._set_state("stopped")
        if self.dispatcher is not None and self.index is not None:
            self._write_status()

    def _close_store(self) -> None:
        if self.store is not None:
            with contextlib.suppress(Exception):
                self.store.close()

    def _main_loop(self) -> None:
        assert self.dispatcher is not None
        next_reconcile = time.monotonic()
        next_status = time.monotonic()
        next_check = time.monotonic() + CHECK_EVERY
        while not self._stop:
            if self._reload:
                self._reload = False
                self.reload()
            now = time.monotonic()
            if now >= next_reconcile:
                self._reconcile()
                next_reconcile = time.monotonic() + self.s.reconcile_every
                if self.s.once:
                    next_progress = time.monotonic() + PROGRESS_EVERY
                    while not self._stop and not self.dispatcher.idle.wait(0.2):
                        if time.monotonic() >= next_progress:
                            self._progress(None)
                            next_progress = time.monotonic() + PROGRESS_EVERY
                        if time.monotonic() >= next_check:
                            self.check_store(full=True)
                            next_check = time.monotonic() + CHECK_EVERY
                    self._once_finished = self._walk_complete and not self._stop
                    return
            if now >= next_check:
                self.check_store(full=True)
                self._check_roots()
                next_check = time.monotonic() + CHECK_EVERY
            if now >= next_status:
                self._writes.flush()
                self._flush_index()
                self._write_status()
                next_status = time.monotonic() + STATUS_EVERY
            timeout = max(0.0, min(next_status, next_reconcile, next_check) - time.monotonic())
            self._wake.wait(timeout)
            self._wake.clear()


def _dir_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if os.path.isdir(path) else None


def _restore_signals(previous: Mapping[signal.Signals, Any]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)
