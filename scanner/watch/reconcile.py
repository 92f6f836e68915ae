"""The reconciliation walk: at start-up and on a schedule, so the daemon never misses a file.

Events are a fast path, not a guarantee: nothing is heard while the daemon is down, an event
queue can overflow, and a network mount may not report other clients' writes at all. The walk
looks at every document under the roots; the index makes it cheap (one ``stat`` per unchanged
file), and it forgets index entries of files that are gone.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from scanner.walk import is_document, is_work_file
from scanner.watch.index import FileIndex, version_of
from scanner.watch.status import Reconciliation, now_iso


def _documents(roots: Sequence[Path]) -> Iterator[tuple[str, os.stat_result]]:
    """Every document under each root, with its ``lstat``, named under the root as given.

    A root may be a mount reached through a symbolic link: its real folder is walked, and the
    files are named under the path the share is mounted at (claims and the index use it).
    Like scanner.walk it never follows a link and never enters a folder twice (bind mounts);
    unlike it, it works on strings and one ``stat`` per file — the walk runs every 15 minutes
    over the whole share, and an unchanged file should cost about that ``stat``.
    """
    for root in roots:
        real = os.path.realpath(root)
        named = str(root)
        visited: set[tuple[int, int]] = set()
        stack = [(real, named)]
        while stack:
            folder, shown = stack.pop()
            try:
                info = os.stat(folder)
                key = (info.st_dev, info.st_ino)
                if key in visited:
                    continue
                visited.add(key)
                scan = os.scandir(folder)
            except OSError:
                continue  # unreadable or gone: the next walk tries again
            with scan:
                for entry in scan:
                    try:
                        if entry.is_symlink() or is_work_file(entry.name):
                            continue
                        if entry.is_dir(follow_symlinks=False):
                            stack.append((entry.path, f"{shown}/{entry.name}"))
                        elif is_document(entry.name):
                            yield f"{shown}/{entry.name}", entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # vanished while we looked


def reconcile(
    roots: Sequence[Path],
    *,
    wants: Callable[[Path], bool],
    submit: Callable[[str, str], bool],
    index: FileIndex,
    stopping: Callable[[], bool],
    progress: Callable[[Reconciliation], None] | None = None,
) -> Reconciliation:
    """Walk ``roots``; a document the index knows as the same version (size, mtime, ctime,
    device, inode) is skipped at
    once; any other wanted one goes to ``submit(path, "reconcile")`` (True when queued).
    Stops early when ``stopping()``."""
    rec = Reconciliation(started=now_iso())
    t0 = time.perf_counter()
    seen: set[str] = set()
    complete = True
    for path, st in _documents(roots):
        if stopping():
            complete = False
            break
        seen.add(path)
        rec.files_seen += 1
        if index.unchanged(path, version_of(st)):
            rec.unchanged += 1
            continue
        try:
            wanted = wants(Path(path))
        except Exception:
            wanted = False
        if wanted and submit(path, "reconcile"):
            rec.enqueued += 1
        if progress is not None:
            progress(rec)
    if stopping():
        complete = False  # a submit that gave up waiting for room did not queue its file
    rec.complete = complete
    if complete:
        # Only after a whole walk: an interrupted one did not see everything that exists.
        gone = [p for root in roots for p in index.paths_under(str(root)) if p not in seen]
        rec.forgotten = index.drop_many(gone)
    rec.seconds = time.perf_counter() - t0
    return rec
