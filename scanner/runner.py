"""Run a scan over many files, each in a worker process under a time limit and a memory ceiling.

Every file is read and searched in a forked worker (``--jobs`` of them, at least one), never in
the process that reports: a file that takes longer than ``file_timeout`` seconds gets its worker
killed (SIGKILL) and replaced, a file that needs more than ``file_memory_mib`` MiB meets the
worker's address-space limit (``RLIMIT_AS``) and fails its allocation. Either way the file gets a
record with ``status: error`` and a reason a clerk can act on, and the run goes on: a hostile or
broken file costs one worker and a bounded amount of time, never the run, and is never reported
as clean. The daemon's workers (scanner.watch.workers) use the same ceiling and reasons.

Results come back in walk order (so two runs print the same thing) and are handed to the caller
as soon as each file is done, which is what lets ``--format jsonl`` stream. Workers are processes,
not threads: detection is pure Python and the GIL would serialise it; they are forked from a
process that already holds the warmed scanner, so starting one costs milliseconds.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import recv_handle, send_handle
from pathlib import Path
from typing import Any

from scanner.detect.rulepacks import load_rules
from scanner.extract import OUT_OF_MEMORY
from scanner.extract.interface import DEFAULT_LIMITS, Limits
from scanner.fsutil import Snapshot
from scanner.limits import (
    DEFAULT_FILE_MEMORY_MIB,
    DEFAULT_FILE_TIMEOUT,
    died_reason,
    limit_memory,
    memory_reason,
    timeout_reason,
)
from scanner.pipeline import (
    STATUS_ERROR,
    STATUS_OK,
    FileResult,
    Scanner,
    snapshot_of,
    splice_findings,
)
from scanner.walk import Candidate

# Files handed out ahead of the one the caller waits for, per worker: enough to keep workers
# busy behind one slow file, few enough that results held for ordering stay small.
_AHEAD = 16
#: files from this size up are detected by their worker and its helpers together, when the run
#: has idle cores (the last files of a run, or one large file)
SPLIT_FROM_BYTES = 512 * 1024
#: a record whose findings, rendered, are this large or larger is sent as the record and then its
#: findings a batch at a time (never joined or pickled whole in the worker)
_PIECES_FROM_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ScanSettings:
    rules_dir: Path | None = None
    min_score: float = 0.5
    limits: Limits = DEFAULT_LIMITS
    file_timeout: float = DEFAULT_FILE_TIMEOUT
    file_memory_mib: int = DEFAULT_FILE_MEMORY_MIB
    #: workers render each record as its JSON Lines line (with raw values when ``reveal``) and
    #: send the line instead of the findings: the parent of a dense run then only writes bytes
    #: instead of unpickling, masking and encoding every finding one core after the other.
    #: Only for a caller that needs nothing of the findings but their count per entity type.
    render_jsonl: bool = False
    reveal: bool = False
    #: ``protect``: the worker reads each file once into a :class:`~scanner.fsutil.Snapshot`,
    #: scans it from there and, when the file is secret (it will be labeled and sealed), passes
    #: the snapshot's descriptor to the parent with the result (``SCM_RIGHTS`` over the pipe):
    #: the parent labels and seals those very bytes and never reads the original again
    keep_snapshots: bool = False

    def build(self) -> Scanner:
        return Scanner(load_rules(self.rules_dir), min_score=self.min_score, limits=self.limits)


_worker: Scanner | None = None


def _scan_one(
    scanner: Scanner, cand: Candidate, memory_mib: int, snap: Snapshot | None = None
) -> tuple[FileResult, bool]:
    """The record for one file (scanned from ``snap`` when given), and whether this worker
    must stop after it (memory ran out: what is left of its heap is not worth keeping)."""
    try:
        if snap is not None:
            result = scanner.scan_file(cand.path, snap.path())
        else:
            result = scanner.scan_candidate(cand)
    except MemoryError:
        return FileResult(str(cand.path), STATUS_ERROR, error=memory_reason(memory_mib)), True
    except Exception as exc:
        # A detection bug must cost one file, with a record, not the run with a traceback.
        return (
            FileResult(
                str(cand.path),
                STATUS_ERROR,
                error=f"扫描时内部错误（{type(exc).__name__}） / internal error while scanning "
                f"({type(exc).__name__})",
            ),
            False,
        )
    if result.error == OUT_OF_MEMORY:
        result.error = memory_reason(memory_mib)
        return result, True
    return result, False


def _helper_main(conn: Connection, scanner: Scanner) -> None:
    """Detect the texts a worker sends until it goes away (see :class:`_Helpers`); with a
    render job, make and render the batch's findings too (``Scanner.render_reveal``)."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: Any = scanner.helper_answer(job)
        except Exception as exc:  # MemoryError too: the worker turns it into the file's record
            answer = exc
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


def worth_splitting(cand: Candidate) -> bool:
    """Only a file of several detection batches gains from helpers; a small one would only
    wait for the pipe."""
    try:
        return cand.path.stat().st_size >= SPLIT_FROM_BYTES
    except OSError:
        return False


class _Helpers:
    """Processes forked by a worker to detect the batches of one large file while the worker
    turns their hits into findings, so that one big file uses the cores the run was given. Kept
    for the worker's life; each inherits its memory ceiling. Forked with ``os.fork``: a
    daemonic worker may not start multiprocessing children, and a helper needs nothing but the
    scanner already in memory."""

    def __init__(self, scanner: Scanner, worker_end: Connection) -> None:
        self.scanner = scanner
        # closed in each helper: were it kept open there, the parent would not see the worker die
        self.worker_end = worker_end
        self.links: list[Connection] = []
        self.pids: list[int] = []

    def take(self, n: int) -> list[Connection]:
        while len(self.links) < n:
            mine, theirs = multiprocessing.Pipe()
            pid = os.fork()
            if pid == 0:  # the helper
                code = 0
                try:
                    mine.close()
                    self.worker_end.close()
                    for other in self.links:
                        other.close()
                    _helper_main(theirs, self.scanner)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            theirs.close()
            self.links.append(mine)
            self.pids.append(pid)
        return self.links[:n]

    def close(self) -> None:
        for link in self.links:
            link.close()  # each helper sees the end of its pipe and leaves
        for pid in self.pids:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.links, self.pids = [], []


def _worker_main(
    conn: Connection,
    settings: ScanSettings,
    parent_ends: list[Connection],
    held: tuple[int, ...] = (),
) -> None:
    # Ctrl-C reaches the whole process group; the parent stops the run and reports what was
    # done, the workers are ended by it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in parent_ends:
        with contextlib.suppress(OSError):
            end.close()
    # the snapshots the parent held when it forked this worker (a replacement): not ours to keep
    for fd in held:
        with contextlib.suppress(OSError):
            os.close(fd)
    scanner = _worker if _worker is not None else settings.build()
    # When the record goes out as its line, its findings are rendered as JSON batch by batch
    # (by a split file's helpers, else here): what would be this process's serial tail (masking
    # and encoding every finding after the last batch) is spread over the helpers, and a large
    # file's findings are never all held as objects at once (a 4 M-character roster's 200,000
    # findings: ~460 MiB PSS for the worker of --jobs 1, see benchmarks/README.md).
    scanner.render_reveal = settings.reveal if settings.render_jsonl else None
    limit_memory(settings.file_memory_mib)
    # What the worker inherited (spaCy, Presidio, the rules, the name model: ~110,000 objects)
    # lives as long as it does: out of the collector's sight, a dense file's findings no longer
    # make every full collection walk it again (10-17 % of a dense scan_file's CPU).
    gc.freeze()
    helpers = _Helpers(scanner, conn)
    try:
        while True:
            try:
                item = conn.recv()
            except (EOFError, OSError):
                return
            if item is None:
                return
            index, cand, n_helpers = item
            if n_helpers < 2 or not worth_splitting(cand):
                n_helpers = 0  # one helper would only take the place of this process
            scanner.helpers = helpers.take(n_helpers) if n_helpers else ()
            snap = None
            if settings.keep_snapshots and cand.status is None:
                snap = snapshot_of(cand.path, settings.limits.max_file_bytes)
            try:
                result, stop = _scan_one(scanner, cand, settings.file_memory_mib, snap)
            except BaseException:
                if snap is not None:
                    snap.close()
                raise
            finally:
                scanner.helpers = ()
            if n_helpers and result.status == STATUS_ERROR:
                helpers.close()  # a helper may have failed with the file: start afresh
            # The rendered findings follow the record on the pipe, a message per batch: the
            # worker never joins them into the line, nor pickles a copy of it (a 4 M-character
            # roster's line is 32 MB of UTF-8); the parent splices them in.
            pieces: list[bytes] = []
            if settings.render_jsonl:
                from scanner.output.jsonlines import render_line

                pieces = [piece for piece in result.finding_fragments or () if piece]
                line = render_line(result, settings.reveal)
                if sum(map(len, pieces)) < _PIECES_FROM_BYTES:
                    # a small record goes in one message: a parent blocked reading the pieces
                    # of one worker is a parent not handing the other its next file
                    line, pieces = splice_findings(line, pieces) if pieces else line, []
                result.leave_findings(line)
            if snap is not None and not _secret(result):
                snap.close()  # left as it is: its bytes are not needed again
                snap = None
            try:
                kept = None if snap is None else (snap.info, snap.sha256)
                conn.send((index, result, kept, len(pieces)))
                pieces.reverse()
                while pieces:
                    conn.send_bytes(pieces.pop())  # and let it go
                if snap is not None:
                    send_handle(conn, snap.fd, os.getppid())
            finally:
                if snap is not None:
                    snap.close()  # the parent holds its own descriptor of the memory file now
            if stop:
                return
    finally:
        helpers.close()


def _secret(result: FileResult) -> bool:
    """Will ``protect`` label and seal this file (and so need its bytes again)?"""
    return result.status == STATUS_OK and bool(result.categories) and result.label is not None


@dataclass(slots=True)
class _Worker:
    proc: Any
    conn: Connection
    index: int | None = None
    cand: Candidate | None = None
    started: float = 0.0


class _Pool:
    """``jobs`` forked workers, one file each at a time, each file under the limits."""

    def __init__(self, settings: ScanSettings, jobs: int) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._mp: Any = multiprocessing.get_context(method)
        self.settings = settings
        self.jobs = jobs
        self.workers: list[_Worker] = []
        #: the descriptors of the snapshots the parent holds (results waiting for their turn)
        self.held: Callable[[], tuple[int, ...]] = tuple

    def spawn(self) -> _Worker:
        parent_conn, child_conn = self._mp.Pipe()
        others = [parent_conn, *(w.conn for w in self.workers)]
        proc = self._mp.Process(
            target=_worker_main,
            args=(child_conn, self.settings, others, self.held()),
            name="baomi-scan-worker",
            daemon=True,
        )
        proc.start()
        child_conn.close()
        w = _Worker(proc, parent_conn)
        self.workers.append(w)
        return w

    def retire(self, w: _Worker, kill: bool) -> None:
        if w in self.workers:
            self.workers.remove(w)
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(w.proc.pid, signal.SIGKILL)
        else:
            with contextlib.suppress(OSError):
                w.conn.send(None)
        w.proc.join(5)
        if w.proc.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(w.proc.pid, signal.SIGKILL)
            w.proc.join()
        w.conn.close()

    def idle(self) -> _Worker | None:
        for w in self.workers:
            if w.index is None:
                return w
        return self.spawn() if len(self.workers) < self.jobs else None

    def close(self) -> None:
        for w in list(self.workers):
            # a file in flight is abandoned: its record would not be reported anyway
            self.retire(w, kill=w.index is not None)


class _Lookahead:
    """An iterator that can tell whether anything is left without losing it."""

    def __init__(self, items: Iterator[tuple[int, Candidate]]) -> None:
        self._items = items
        self._next: list[tuple[int, Candidate]] = []

    def __next__(self) -> tuple[int, Candidate]:
        if self._next:
            return self._next.pop()
        return next(self._items)

    def __iter__(self) -> _Lookahead:
        return self

    def empty(self) -> bool:
        if not self._next:
            item = next(self._items, None)
            if item is None:
                return True
            self._next.append(item)
        return False


def _run_pool(
    candidates: Iterable[Candidate],
    settings: ScanSettings,
    jobs: int,
    on_start: Callable[[Candidate], None] | None,
) -> Iterator[tuple[FileResult, Snapshot | None]]:
    pool = _Pool(settings, jobs)
    todo = _Lookahead(enumerate(candidates))
    exhausted = False
    done: dict[int, tuple[FileResult, Snapshot | None]] = {}
    pool.held = lambda: tuple(snap.fd for _result, snap in done.values() if snap is not None)
    next_out = 0
    pulled = 0  # candidates taken from the walk so far
    try:
        while True:
            # hand out files, in order, while a worker is free and the look-ahead allows
            while not exhausted and pulled - next_out < jobs * _AHEAD:
                if sum(1 for w in pool.workers if w.index is not None) >= jobs:
                    break
                item = next(todo, None)
                if item is None:
                    exhausted = True
                    break
                index, cand = item
                pulled = index + 1
                if cand.status is not None:  # refused by the walk: nothing to read
                    done[index] = (FileResult(str(cand.path), cand.status, error=cand.reason), None)
                    continue
                w = pool.idle()
                assert w is not None  # fewer than ``jobs`` are busy
                if on_start:
                    on_start(cand)
                w.index, w.cand, w.started = index, cand, time.monotonic()
                # The last file may use the cores no other file will: its worker hands its
                # batches to one helper per job and only coordinates. One per job even while
                # other workers still finish their files: counting only the cores free at
                # this moment gave a large last file no helper at all when another worker
                # was busy with a small one, which then left its core idle for the rest of
                # the run; the helpers merely share the cores until the others are done.
                helpers = jobs if todo.empty() else 0
                w.conn.send((index, cand, helpers))
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy_workers = [w for w in pool.workers if w.index is not None]
            if not busy_workers:
                if exhausted and not done:
                    return
                continue
            now = time.monotonic()
            deadline = min(w.started for w in busy_workers) + settings.file_timeout
            ready = wait([w.conn for w in busy_workers], timeout=max(0.0, deadline - now))
            for w in busy_workers:
                if w.conn not in ready:
                    continue
                assert w.index is not None and w.cand is not None
                snap: Snapshot | None = None
                try:
                    index, result, kept, n_pieces = w.conn.recv()
                    if n_pieces:
                        pieces = [w.conn.recv_bytes() for _ in range(n_pieces)]
                        assert result.rendered is not None
                        result.rendered = splice_findings(result.rendered, pieces)
                        del pieces
                    if kept is not None:
                        snap = Snapshot(recv_handle(w.conn), *kept)
                except (EOFError, OSError):
                    code = w.proc.exitcode if not w.proc.is_alive() else None
                    if code is None:
                        w.proc.join(1)
                        code = w.proc.exitcode
                    done[w.index] = (
                        FileResult(str(w.cand.path), STATUS_ERROR, error=died_reason(code)),
                        None,
                    )
                    pool.retire(w, kill=True)
                    continue
                done[index] = (result, snap)
                w.index, w.cand = None, None
                if result.error == memory_reason(settings.file_memory_mib):
                    pool.retire(w, kill=False)  # it leaves by itself; a fresh one replaces it
            now = time.monotonic()
            for w in [w for w in pool.workers if w.index is not None]:
                if now - w.started >= settings.file_timeout:
                    assert w.index is not None and w.cand is not None
                    done[w.index] = (
                        FileResult(
                            str(w.cand.path),
                            STATUS_ERROR,
                            error=timeout_reason(settings.file_timeout),
                        ),
                        None,
                    )
                    pool.retire(w, kill=True)
    finally:
        pool.close()
        for _result, held in done.values():
            if held is not None:
                held.close()  # results the caller will not take: their snapshots go with them


def scan_candidates(
    candidates: Iterable[Candidate],
    settings: ScanSettings,
    jobs: int = 1,
    scanner: Scanner | None = None,
    on_start: Callable[[Candidate], None] | None = None,
) -> Iterator[FileResult]:
    """Yield a :class:`FileResult` per candidate, in order, each file scanned in a worker under
    ``settings.file_timeout`` and ``settings.file_memory_mib``."""
    for result, snap in scan_candidates_kept(candidates, settings, jobs, scanner, on_start):
        if snap is not None:
            snap.close()
        yield result


def scan_candidates_kept(
    candidates: Iterable[Candidate],
    settings: ScanSettings,
    jobs: int = 1,
    scanner: Scanner | None = None,
    on_start: Callable[[Candidate], None] | None = None,
) -> Generator[tuple[FileResult, Snapshot | None]]:
    """:func:`scan_candidates`, each result with the :class:`Snapshot` it was scanned from when
    ``settings.keep_snapshots`` and the file is secret (else None). The caller owns each
    snapshot it is given and closes it."""
    global _worker
    # Forked workers start with this scanner, ready to use; with several, warm it once here.
    _worker = scanner or settings.build()
    if jobs > 1:
        _worker.detector.warm_up()
    try:
        yield from _run_pool(candidates, settings, max(1, jobs), on_start)
    finally:
        _worker = None


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
