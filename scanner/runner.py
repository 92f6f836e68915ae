"""Run a scan over many files: in this process, or in ``--jobs N`` worker processes.

Results come back in walk order (so two runs print the same thing) and are handed to the caller
as soon as each file is done, which is what lets ``--format jsonl`` stream. Workers are processes,
not threads: detection is pure Python and the GIL would serialise it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from scanner.detect.rulepacks import load_rules
from scanner.extract.interface import DEFAULT_LIMITS, Limits
from scanner.pipeline import FileResult, Scanner
from scanner.walk import Candidate

# Tasks in flight per worker: enough to keep workers busy, few enough that an interrupt
# does not leave thousands queued.
_AHEAD = 4
# Files per task: one file per task spends as much on inter-process traffic as on a small file.
_PER_TASK = 4


def _chunks(items: Iterable[Candidate], size: int) -> Iterator[list[Candidate]]:
    chunk: list[Candidate] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True, slots=True)
class ScanSettings:
    rules_dir: Path | None = None
    min_score: float = 0.5
    limits: Limits = DEFAULT_LIMITS

    def build(self) -> Scanner:
        return Scanner(load_rules(self.rules_dir), min_score=self.min_score, limits=self.limits)


_worker: Scanner | None = None


def _init_worker(settings: ScanSettings) -> None:
    global _worker
    # Ctrl-C reaches the whole process group; the parent stops the run and reports what was
    # done, the workers just finish their task instead of printing a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _worker is None:  # forked workers inherit the parent's scanner, ready to use
        _worker = settings.build()


def _scan_in_worker(cands: list[Candidate]) -> list[FileResult]:
    assert _worker is not None
    return [_worker.scan_candidate(c) for c in cands]


def scan_candidates(
    candidates: Iterable[Candidate],
    settings: ScanSettings,
    jobs: int = 1,
    scanner: Scanner | None = None,
    on_start: Callable[[Candidate], None] | None = None,
) -> Iterator[FileResult]:
    """Yield a :class:`FileResult` per candidate, in order."""
    if jobs <= 1:
        scanner = scanner or settings.build()
        for cand in candidates:
            if on_start:
                on_start(cand)
            yield scanner.scan_candidate(cand)
        return
    # fork shares the parent's imported modules (presidio costs ~1 s to import) and jieba's
    # loaded dictionary; elsewhere spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    global _worker
    if method == "fork":
        # Build (and warm) the scanner once here; every forked worker starts with it.
        _worker = scanner or settings.build()
        _worker.detector.warm_up()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        pending: list[Future[list[FileResult]]] = []
        try:
            for chunk in _chunks(candidates, _PER_TASK):
                pending.append(pool.submit(_scan_in_worker, chunk))
                while len(pending) >= jobs * _AHEAD:
                    yield from pending.pop(0).result()
            while pending:
                yield from pending.pop(0).result()
        finally:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            _worker = None


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
