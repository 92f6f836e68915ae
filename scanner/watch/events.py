"""From filesystem events to files that are complete and ready to be worked on.

A file is never handed on while it may still be written:

- with inotify, a path becomes pending on close-after-write (``FileClosedEvent``), when a file
  is moved or renamed into the tree (the move's destination, or a creation when it came from
  outside the watched trees) or created; a write to a path already pending pushes it back;
- with polling (SMB/NFS mounts, where inotify sees nothing of other clients' writes), there
  are no close events: creations and modifications make a path pending.

When a pending path is ready:

- **closed after writing** (its last event was the close): after ``close_settle`` seconds
  (0.3 by default) in which its size and mtime stayed those seen at the close, and no
  process holds it open for writing (a second writer, or the same one that reopened it);
- **no close seen** (moved in, created, written) and the open descriptors of every process can
  be seen (``/proc``, the daemon running as root or as the only user writing there): the same
  check — unchanged for ``close_settle`` seconds and nobody holds it open for writing;
- otherwise (polling, or writers that cannot be seen): no event for ``debounce`` seconds *and*
  two ``stat`` calls ``settle`` seconds apart gave the same size and mtime — a writer that
  closes between pieces (copy tools, some editors) keeps resetting that clock; a writer seen
  holding it open still holds it back.

An editor that keeps a document open for writing, or a slow copy that pauses, keeps it pending
however long it waits: the waits are not fixed sleeps but the writer's own close.

Deleted and moved-away files leave the pending table (and, through ``on_gone``, the index).
"""

from __future__ import annotations

import os
import stat as stat_mod
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)

from scanner.walk import is_work_file
from scanner.watch.index import Version, version_of

# After a close-after-write (or a move in): how long the file must stay as it was, with nobody
# holding it open for writing (``baomi watch --close-settle``). A writer that closes between
# pieces reopens within it; short next to the work, so close → sealed stays under a second.
CLOSE_SETTLE = 0.3
# How often the settler looks while paths are pending.
TICK = 0.05
# A file held open for writing is looked at again after this long (its close wakes it sooner):
# reading every process's descriptors is not free on a busy server.
HELD_RECHECK = 1.0

# The events the handler acts on, given to the observer as its filter: inotify is then not asked
# for opens and read-only closes (IN_OPEN, IN_CLOSE_NOWRITE), of which every file the workers
# hash, read, label and seal makes several, each a trip through watchdog's thread.
EVENTS = (
    FileClosedEvent,
    FileCreatedEvent,
    DirCreatedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    DirMovedEvent,
    FileDeletedEvent,
    DirDeletedEvent,
)

FileKey = tuple[int, int]  # (st_dev, st_ino)
Writers = Callable[[Collection[FileKey]], "set[FileKey] | None"]


def stat_key(path: str) -> Version | None:
    """The :class:`~scanner.watch.index.Version` (size, mtime, ctime, device, inode) of a
    regular file; None when it is gone or not a regular file."""
    st = _stat(path)
    return None if st is None else version_of(st)


def _stat(path: str) -> os.stat_result | None:
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return st if stat_mod.S_ISREG(st.st_mode) else None


def open_for_writing(keys: Collection[FileKey]) -> set[FileKey] | None:
    """Which of these files (device, inode) some process holds open for writing, read from
    ``/proc/PID/fd`` (a descriptor's link carries the write bit of its open mode). None when
    that cannot be known: no ``/proc``, or a process whose descriptors this user may not read
    (a daemon not running as root, beside other users' processes)."""
    if not keys:
        return set()
    try:
        pids = [d for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return None
    found: set[FileKey] = set()
    complete = True
    for pid in pids:
        base = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(base)
        except PermissionError:
            complete = False
            continue
        except OSError:  # exited meanwhile
            continue
        for fd in fds:
            link = f"{base}/{fd}"
            try:
                if not os.lstat(link).st_mode & stat_mod.S_IWUSR:
                    continue
                st = os.stat(link)
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)
            if key in keys:
                found.add(key)
    return found if complete or found else None


@dataclass(slots=True)
class Pending:
    last_event: float
    stat: Version | None
    stable_since: float
    closed: bool = False  # the last event was a close after writing
    recheck: float = 0.0  # found held open for writing: look again then (or at its next event)


@dataclass(frozen=True, slots=True)
class Early:
    """A path handed on at its close, before ``close_settle`` has passed."""

    path: str
    settle_until: float  # time.monotonic() (system-wide on Linux: the same in a worker)
    closed_as: Version  # when it was closed


def still_complete(
    path: str,
    closed_as: Version,
    settle_until: float,
    writers: Writers = open_for_writing,
) -> bool:
    """For a file handed on at its close: once ``settle_until`` has come, is it still the file
    that was closed — same size and mtime, and no process holding it open for writing? The
    same test :meth:`PendingTable.ready` makes after ``close_settle``, made by the worker just
    before it seals, so the wait overlaps the work instead of preceding it."""
    wait = settle_until - time.monotonic()
    if wait > 0:
        threading.Event().wait(wait)
    st = _stat(path)
    if st is None or version_of(st) != closed_as:
        return False
    held = writers({(st.st_dev, st.st_ino)})
    return not held  # None: writers cannot be seen; the close is the evidence, as in ready()


class PendingTable:
    """Paths with recent events, waiting to be complete."""

    def __init__(
        self,
        debounce: float,
        settle: float,
        clock: Callable[[], float] = time.monotonic,
        *,
        writers: Writers | None = None,
        close_settle: float = CLOSE_SETTLE,
    ) -> None:
        self.debounce = debounce
        self.settle = settle
        # None: writers cannot be seen (tests of the timed rule)
        self.writers = writers
        # polling a network mount: other clients' writers are not in this server's /proc
        self.polling = False
        self.quick = close_settle
        self._clock = clock
        self._lock = threading.Lock()
        self._items: dict[str, Pending] = {}
        self.wake = threading.Event()  # set on every event: the settler looks at once

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, path: str) -> bool:
        return path in self._items

    def touch(self, path: str, *, closed: bool = False) -> None:
        """An event for ``path`` (``closed``: a close after writing): (re)start its quiet
        period."""
        now = self._clock()
        st = stat_key(path)
        with self._lock:
            p = self._items.get(path)
            if p is None:
                self._items[path] = Pending(now, st, now, closed)
            else:
                p.last_event, p.closed, p.recheck = now, closed, 0.0
                if st != p.stat:
                    p.stat, p.stable_since = st, now
        self.wake.set()

    def drop(self, path: str) -> None:
        prefix = path.rstrip("/") + "/"
        with self._lock:
            for p in [p for p in self._items if p == path or p.startswith(prefix)]:
                del self._items[p]

    def _timed(self, p: Pending, now: float) -> bool:
        return now - p.last_event >= self.debounce and now - p.stable_since >= self.settle

    def ready(self, busy: Callable[[str], bool] = lambda _p: False) -> list[str]:
        """Take the paths that are complete now. A path being worked on (``busy``) waits: its
        current job will see the old content fail its checks, this one gets the new."""
        now = self._clock()
        with self._lock:
            due = [
                (path, p)
                for path, p in self._items.items()
                if now - p.last_event >= self.quick and now >= p.recheck
            ]
        checked: list[tuple[str, Pending, FileKey, bool]] = []
        for path, p in due:
            st = _stat(path)  # outside the lock: a slow network mount must not block events
            key = None if st is None else version_of(st)
            with self._lock:
                if self._items.get(path) is not p:
                    continue
                if key is None:
                    del self._items[path]
                    continue
                if key != p.stat:
                    p.stat, p.stable_since = key, now
                    continue
                if busy(path):
                    continue
                quick = p.closed or (
                    not self.polling
                    and self.writers is not None
                    and now - p.stable_since >= self.quick
                )
                if not quick and not self._timed(p, now):
                    continue
            assert st is not None
            checked.append((path, p, (st.st_dev, st.st_ino), quick))
        if not checked:
            return []
        held = self.writers({k for _, _, k, _ in checked}) if self.writers is not None else None
        out: list[str] = []
        with self._lock:
            for path, p, file_key, quick in checked:
                if self._items.get(path) is not p:
                    continue
                if held is not None and file_key in held:
                    # still open for writing: its close (or the next look) decides
                    p.recheck = now + HELD_RECHECK
                    continue
                if held is None and quick and not p.closed and not self._timed(p, now):
                    continue  # no close, writers unseen this time: the timed rule
                del self._items[path]
                out.append(path)
        return out

    def early(self, busy: Callable[[str], bool] = lambda _p: False) -> list[Early]:
        """Take the paths closed after writing, at their close: the work (hashing, reading)
        runs while ``close_settle`` passes, and the worker checks the file is still as it was
        closed, with no writer, before it seals (:func:`still_complete`). Nothing under
        polling, where closes are not seen."""
        if self.polling:
            return []
        out: list[Early] = []
        with self._lock:
            for path, p in list(self._items.items()):
                if not p.closed or p.stat is None or busy(path):
                    continue
                del self._items[path]
                out.append(Early(path, p.last_event + self.quick, p.stat))
        return out

    def next_check(self) -> float:
        """Seconds until the settler looks again: a short tick while paths are pending (events
        wake it at once through ``wake``), a long nap when nothing is."""
        if not self._items:
            return 1.0
        return max(TICK, min(self.quick, self.debounce, self.settle) / 4)

    def wait(self, timeout: float) -> None:
        self.wake.wait(timeout)
        self.wake.clear()


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

    def _maybe(self, path: str, *, closed: bool = False) -> None:
        try:
            wanted = self.wants(Path(path))
        except Exception:  # a policy error must not kill the observer thread
            wanted = False
        if wanted:
            self.table.touch(path, closed=closed)

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events += 1

    def on_closed(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._maybe(self._path(event.src_path), closed=True)

    def on_created(self, event: FileSystemEvent) -> None:
        # With inotify a file moved in from outside the watched trees is reported as created
        # (its IN_MOVED_TO has no IN_MOVED_FROM to pair with), and no close follows; a file
        # being written is safe here too: its writes keep it pending until it settles.
        if event.is_directory:
            folder = Path(self._path(event.src_path))
            # baomi's own private work folder, one per file sealed: nothing in it is a document
            if not is_work_file(folder.name):
                self.on_folder(folder)
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
