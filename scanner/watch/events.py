"""From filesystem events to files that are complete and ready to be worked on.

A file is never handed on while it may still be written:

- with inotify, a path becomes pending on close-after-write (``FileClosedEvent``), when a file
  is moved or renamed into the tree (the move's destination, or a creation when it came from
  outside the watched trees) or created; a write to a path already pending pushes it back;
- with polling (SMB/NFS mounts, where inotify sees nothing of other clients' writes), there
  are no close events: creations and modifications make a path pending;
- either way, a pending path is ready only when no event came for it for ``debounce`` seconds
  *and* two ``stat`` calls ``settle`` seconds apart gave the same size and mtime — a writer that
  closes between pieces (copy tools, some editors) keeps resetting that clock.

Deleted and moved-away files leave the pending table (and, through ``on_gone``, the index).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler


def stat_key(path: str) -> tuple[int, int] | None:
    """(size, mtime_ns) of a regular file; None when it is gone or not a regular file."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    import stat as stat_mod

    if not stat_mod.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns


@dataclass(slots=True)
class Pending:
    last_event: float
    stat: tuple[int, int] | None
    stable_since: float


class PendingTable:
    """Paths with recent events, waiting to be complete."""

    def __init__(
        self, debounce: float, settle: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.debounce = debounce
        self.settle = settle
        self._clock = clock
        self._lock = threading.Lock()
        self._items: dict[str, Pending] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, path: str) -> bool:
        return path in self._items

    def touch(self, path: str) -> None:
        """An event for ``path``: (re)start its quiet period."""
        now = self._clock()
        st = stat_key(path)
        with self._lock:
            p = self._items.get(path)
            if p is None:
                self._items[path] = Pending(now, st, now)
                return
            p.last_event = now
            if st != p.stat:
                p.stat, p.stable_since = st, now

    def drop(self, path: str) -> None:
        prefix = path.rstrip("/") + "/"
        with self._lock:
            for p in [p for p in self._items if p == path or p.startswith(prefix)]:
                del self._items[p]

    def ready(self, busy: Callable[[str], bool] = lambda _p: False) -> list[str]:
        """Take the paths that are complete now. A path being worked on (``busy``) waits: its
        current job will see the old content fail its checks, this one gets the new."""
        now = self._clock()
        with self._lock:
            due = [
                (path, p) for path, p in self._items.items() if now - p.last_event >= self.debounce
            ]
        out: list[str] = []
        for path, p in due:
            st = stat_key(path)  # outside the lock: a slow network mount must not block events
            with self._lock:
                if self._items.get(path) is not p:
                    continue
                if st is None:
                    del self._items[path]
                    continue
                if st != p.stat:
                    p.stat, p.stable_since = st, now
                    continue
                if now - p.stable_since < self.settle or busy(path):
                    continue
                del self._items[path]
            out.append(path)
        return out

    def next_check(self) -> float:
        """Seconds until something may become ready (for the settler's wait)."""
        return max(0.05, min(self.debounce, self.settle) / 4)


class WatchHandler(FileSystemEventHandler):
    """watchdog callbacks (on the observer's thread) → :class:`PendingTable`."""

    def __init__(
        self,
        table: PendingTable,
        *,
        wants: Callable[[Path], bool],
        on_gone: Callable[[str], None],
        on_folder: Callable[[Path], None],
        polling: bool,
        rename: Callable[[str], str] = lambda p: p,
    ) -> None:
        self.table = table
        self.rename = rename
        self.wants = wants
        self.on_gone = on_gone
        self.on_folder = on_folder
        self.polling = polling
        self.events = 0

    def _path(self, value: Any) -> str:
        # the observer watches a root's real folder; files are named under the root as given
        return self.rename(os.fsdecode(value))

    def _maybe(self, path: str) -> None:
        try:
            wanted = self.wants(Path(path))
        except Exception:  # a policy error must not kill the observer thread
            wanted = False
        if wanted:
            self.table.touch(path)

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events += 1

    def on_closed(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._maybe(self._path(event.src_path))

    def on_created(self, event: FileSystemEvent) -> None:
        # With inotify a file moved in from outside the watched trees is reported as created
        # (its IN_MOVED_TO has no IN_MOVED_FROM to pair with), and no close follows; a file
        # being written is safe here too: its writes keep it pending until it settles.
        if event.is_directory:
            self.on_folder(Path(self._path(event.src_path)))
        else:
            self._maybe(self._path(event.src_path))

    def on_modified(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        path = self._path(event.src_path)
        # inotify: wait for the close; but a write to a pending file restarts its quiet time
        if self.polling or path in self.table:
            self._maybe(path)

    def on_moved(self, event: FileSystemEvent) -> None:
        src = self._path(event.src_path)
        self.table.drop(src)
        self.on_gone(src)
        dest = self._path(event.dest_path) if event.dest_path else ""
        if not dest:
            return
        if event.is_directory:
            self.on_folder(Path(dest))  # a folder moved in brings files no event will name
        else:
            self._maybe(dest)

    def on_deleted(self, event: FileSystemEvent) -> None:
        path = self._path(event.src_path)
        self.table.drop(path)
        self.on_gone(path)
