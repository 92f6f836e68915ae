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

from scanner.walk import walk
from scanner.watch.index import FileIndex
from scanner.watch.status import Reconciliation, now_iso


def _documents(roots: Sequence[Path]) -> Iterator[str]:
    """The documents under each root, named under the root as given. A root may be a mount
    reached through a symbolic link (the walk never follows links, so it walks the real
    folder); claims and the index use the path the share is mounted at."""
    for root in roots:
        real = Path(os.path.realpath(root))
        for cand in walk([real]):
            if cand.status is not None:
                continue  # links and unreadable folders: the walk's own records
            rel = cand.path.relative_to(real)
            yield str(root / rel) if rel.parts else str(root)


def reconcile(roots: Sequence[Path], *, wants: Callable[[Path], bool],
              submit: Callable[[str, str], bool], index: FileIndex,
              stopping: Callable[[], bool]) -> Reconciliation:
    """Walk ``roots``; ``submit(path, "reconcile")`` every wanted document (it decides, with
    the index, whether there is work; True when queued). Stops early when ``stopping()``."""
    rec = Reconciliation(started=now_iso())
    t0 = time.perf_counter()
    seen: set[str] = set()
    complete = True
    for path in _documents(roots):
        if stopping():
            complete = False
            break
        seen.add(path)
        rec.files_seen += 1
        try:
            wanted = wants(Path(path))
        except Exception:
            wanted = False
        if wanted and submit(path, "reconcile"):
            rec.enqueued += 1
    if complete:
        # Only after a whole walk: an interrupted one did not see everything that exists.
        gone = [p for root in roots for p in index.paths_under(str(root)) if p not in seen]
        rec.forgotten = index.drop_many(gone)
    rec.seconds = time.perf_counter() - t0
    return rec
