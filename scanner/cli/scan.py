"""``baomi scan``: walk, scan (in parallel when it pays), report, and choose the exit code."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scanner.cli.common import (
    EXIT_FOUND,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    GracefulStop,
    UsageError,
    progress_bar,
    short_name,
    warn_state_secrets,
)
from scanner.detect.rulepacks import RuleSet
from scanner.extract.interface import Limits, MiB
from scanner.interrupts import whole_record
from scanner.limits import DEFAULT_FILE_MEMORY_MIB, DEFAULT_FILE_TIMEOUT
from scanner.names import escape_name
from scanner.output import OutputFormat, Summary, writer_for
from scanner.pipeline import FileResult, Scanner
from scanner.runner import ScanSettings, default_jobs, scan_candidates, worth_splitting
from scanner.startup import startup_heap
from scanner.walk import Candidate, WalkStats, walk

if TYPE_CHECKING:
    from scanner.store import Store

# Below this many files a second process costs more (start-up) than it saves.
PARALLEL_FROM = 24


@contextlib.contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    from scanner.fsutil import atomic_text_writer

    # The records appear at the name when the scan ends: a link planted at it is replaced, not
    # written through, and an interrupted scan leaves the previous output (a stop after the
    # first Ctrl-C still finishes the file with the records done so far).
    try:
        with atomic_text_writer(output) as fh:
            yield fh
    except OSError as exc:
        name = escape_name(output)
        raise UsageError(f"无法写入 / cannot write {name}: {exc.strerror or exc}") from None


def _wants_ocr(result: FileResult) -> int:
    """How many pictures or pages of ``result`` were not read because the engine is missing."""
    from scanner.extract.ocr import NOT_INSTALLED

    return (result.error == NOT_INSTALLED) + sum(
        1 for item in result.unread if item.get("reason") == NOT_INSTALLED
    )


def exit_code(summary: Summary, results_secret: bool, results_found: bool, fail_on: str) -> int:
    if fail_on == "secrets" and results_secret:
        return EXIT_FOUND
    if fail_on == "findings" and results_found:
        return EXIT_FOUND
    if summary.errors or summary.skipped:
        return EXIT_INCOMPLETE
    return EXIT_OK


def run_scan(
    *,
    paths: tuple[Path, ...],
    rules: RuleSet,
    rules_dir: Path | None,
    fmt: str,
    reveal: bool,
    jobs: int,
    min_score: float,
    fail_on: str,
    max_file_mib: int,
    output: Path | None,
    show_all: bool,
    quiet: bool,
    store: Store | None = None,
    file_timeout: float = DEFAULT_FILE_TIMEOUT,
    file_memory_mib: int = DEFAULT_FILE_MEMORY_MIB,
    ocr: Mapping[str, Any] | None = None,
) -> int:
    """Scan ``paths`` and report; with a ``store``, register every file holding secrets in it
    and note every document that could not be read (``baomi scan --record``: the scan still
    never modifies a scanned file)."""
    started = time.perf_counter()
    stats = WalkStats()
    candidates: list[Candidate] = list(walk(paths, stats))
    to_read = sum(1 for c in candidates if c.status is None)
    if jobs == 0:
        jobs = default_jobs() if to_read >= PARALLEL_FROM else 1
    if jobs > to_read and not any(c.status is None and worth_splitting(c) for c in candidates):
        # More jobs than files pay only when a large file can use the spare cores for its own
        # batches (scanner.runner); otherwise they would cost the parent jieba's warm-up.
        jobs = max(1, to_read)
    settings = ScanSettings(
        rules_dir=rules_dir,
        min_score=min_score,
        limits=Limits(max_file_bytes=max_file_mib * MiB, **(ocr or {})),
        file_timeout=file_timeout,
        file_memory_mib=file_memory_mib,
        # the store registers findings, so it needs them in this process
        render_jsonl=OutputFormat(fmt) is OutputFormat.JSONL and store is None,
        reveal=reveal,
    )
    # Built here from the rules already loaded; with --jobs, forked workers inherit it. It
    # lives as long as the run, so the collector need not walk it (scanner.startup).
    with startup_heap():
        scanner = Scanner(rules, min_score=min_score, limits=settings.limits)

    summary = Summary(ignored=stats.ignored)
    show_progress = not quiet and sys.stderr.isatty() and len(candidates) > 1
    stop = GracefulStop()
    registered = unreadable = 0
    want_ocr = 0  # pictures and scanned pages left unread for want of the OCR extra
    with _open_output(output) as stream, stop:
        writer = writer_for(OutputFormat(fmt), stream, reveal=reveal, show_all=show_all)
        with progress_bar(len(candidates), show_progress) as progress:
            task = progress.add_task("scan", total=len(candidates), name="") if progress else None
            try:
                results = scan_candidates(candidates, settings, jobs=jobs, scanner=scanner)
                for result in warn_state_secrets(results):
                    summary.add(result)
                    want_ocr += _wants_ocr(result)
                    # the store stats the file for size, mtime and owner (POLICY §3)
                    if store is not None:
                        scanned = Path(result.path).resolve()
                        if store.register_scan(result, scanned_path=scanned) is not None:
                            registered += 1
                        # a document no scan could read is a blind spot the report must show
                        if store.note_read(result, scanned_path=scanned) is not None:
                            unreadable += 1
                    with whole_record():  # a stop, even a second Ctrl-C, waits for this
                        writer.write(result)
                    if progress is not None:
                        progress.update(task, advance=1, name=short_name(result))
                    if stop.requested:
                        break
            except KeyboardInterrupt:
                stop.requested = True  # a second Ctrl-C: leave now, mid-file
        summary.seconds = time.perf_counter() - started
        writer.finish(summary)
    if store is not None and not quiet:
        print(
            f"已登记 {registered} 个含秘密或敏感信息的文件 / registered {registered} files "
            f"with secrets or findings in {store.url_for_display}",
            file=sys.stderr,
        )
        if unreadable:
            print(
                f"已记录 {unreadable} 个无法读取的文件 / recorded {unreadable} files that "
                "could not be read (baomi report lists them)",
                file=sys.stderr,
            )
    if want_ocr and not quiet:
        print(
            f'{want_ocr} 个图片或扫描页因未安装 OCR 组件而未读取：pip install "baomi[ocr]" / '
            f"{want_ocr} images or scanned pages not read for want of OCR: install baomi[ocr]",
            file=sys.stderr,
        )
    interrupted = stop.requested
    if interrupted:
        print(
            "\n已中断，以上为已完成部分 / interrupted; the report covers the files done so far",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return exit_code(summary, summary.secret_files > 0, summary.findings > 0, fail_on)
