"""The incremental index: what the daemon last saw of each file, so an unchanged file costs a
``stat`` and nothing else.

One SQLite file in the state folder (stdlib ``sqlite3``, WAL), loaded into a dict at start.
It is a cache: deleting it costs one full rescan (hashing, and a claim per file that the
store refuses for versions already done), nothing else — the store, not the index, is the
record.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scanner.watch import WatchError

# Outcomes after which the same content needs nothing more (the rest are retried).
FINAL = frozenset(
    {
        "sealed",
        "completed",
        "labeled",
        "unchanged",
        "not-secret",
        "recorded",
        "skipped",
        "elsewhere",
        "gave-up",
    }
)


@dataclass(frozen=True, slots=True)
class Entry:
    size: int
    mtime_ns: int
    sha256: str | None
    outcome: str
    updated: float


class FileIndex:
    """path → :class:`Entry`, in memory and in ``index.sqlite``; safe to use from threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            # made 0600 before SQLite makes it with the umask's mode (its WAL copies the mode)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")  # a cache: losing a moment is fine
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
                " mtime_ns INTEGER NOT NULL, sha256 TEXT, outcome TEXT NOT NULL,"
                " updated REAL NOT NULL)"
            )
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, sha256, outcome, updated FROM files"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            # A cache that cannot be read is rebuilt, not mended: start again from nothing.
            with contextlib.suppress(Exception):
                self._db.close()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()
            try:
                self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
                self._db.execute(
                    "CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
                    " mtime_ns INTEGER NOT NULL, sha256 TEXT, outcome TEXT NOT NULL,"
                    " updated REAL NOT NULL)"
                )
            except sqlite3.DatabaseError as again:
                raise WatchError(
                    f"无法创建索引文件 / cannot create the index {path}: {again} (after: {exc})"
                ) from None
            rows = []
        self._mem: dict[str, Entry] = {r[0]: Entry(*r[1:]) for r in rows}

    def __len__(self) -> int:
        return len(self._mem)

    def get(self, path: str) -> Entry | None:
        return self._mem.get(path)

    def unchanged(self, path: str, size: int, mtime_ns: int) -> bool:
        """Seen with this size and mtime, and nothing left to do with it."""
        e = self._mem.get(path)
        return e is not None and e.size == size and e.mtime_ns == mtime_ns and e.outcome in FINAL

    def put(self, path: str, size: int, mtime_ns: int, sha256: str | None, outcome: str) -> None:
        entry = Entry(int(size), int(mtime_ns), sha256, outcome, time.time())
        with self._lock:
            self._mem[path] = entry
            self._db.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, outcome, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (path, entry.size, entry.mtime_ns, sha256, outcome, entry.updated),
            )

    def drop(self, path: str) -> None:
        """Forget a file and, when it is a folder, everything under it."""
        prefix = path.rstrip("/") + "/"
        with self._lock:
            gone = [p for p in self._mem if p == path or p.startswith(prefix)]
            for p in gone:
                del self._mem[p]
            if gone:
                self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])

    def drop_many(self, paths: Iterable[str]) -> int:
        paths = [p for p in paths if p in self._mem]
        with self._lock:
            for p in paths:
                self._mem.pop(p, None)
            self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in paths])
        return len(paths)

    def paths_under(self, root: str) -> Iterator[str]:
        prefix = root.rstrip("/") + "/"
        return iter([p for p in list(self._mem) if p.startswith(prefix)])

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
