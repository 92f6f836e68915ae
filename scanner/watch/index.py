"""The incremental index: what the daemon last saw of each file, so an unchanged file costs a
``stat`` and nothing else.

"Unchanged" is judged by the file's :class:`Version` — size, mtime, **ctime**, device and inode —
not by size and mtime alone: anyone who can write to the share can put an mtime back
(``touch -d``, ``os.utime``) after writing other bytes of the same size, but not the ctime (the
kernel sets it to now on every write, every ``utime`` and every rename), and a file renamed over
the old one is another inode. An entry of an older index (no ctime, device, inode) is never
unchanged at a ``stat``: it is hashed once and, with the same SHA-256, skipped and rewritten
with its whole version.

One SQLite file in the state folder (stdlib ``sqlite3``, WAL), loaded into a dict at start.
Writes go to the dict at once and to the file in batches (:meth:`FileIndex.flush`: one
transaction every ``FLUSH_AFTER`` changes, every few seconds from the daemon's main loop, and
at close), so a burst does not pay a commit per file. It is a cache: deleting it costs one
full rescan (hashing, and a claim per file that the store refuses for versions already
done), nothing else — the store, not the index, is the record.
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

from scanner.fsutil import Version, version_of
from scanner.watch import WatchError

__all__ = ["FINAL", "Entry", "Failure", "FileIndex", "Version", "version_of"]


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
    }
)
# Not in FINAL on purpose: "retrying" (and "gave-up", written by versions before the slow
# retry schedule) means the file is still to be done, so every walk and restart submits it.
RETRYING = "retrying"


FLUSH_AFTER = 256  # changes held in memory before they are written in one transaction

_PUT = (
    "INSERT OR REPLACE INTO files (path, size, mtime_ns, ctime_ns, dev, ino, sha256, outcome,"
    " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_FILES_DDL = (
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, sha256 TEXT, outcome TEXT NOT NULL, updated REAL NOT NULL,"
    " ctime_ns INTEGER, dev INTEGER, ino INTEGER)"
)
# columns an index written before versions had (NULL there: such an entry is hashed once)
_ADDED = ("ctime_ns", "dev", "ino")
_DROP = "DELETE FROM files WHERE path = ?"
_DROP_FAILURE = "DELETE FROM failures WHERE path = ?"

_FAILURES_DDL = (
    "CREATE TABLE IF NOT EXISTS failures (path TEXT PRIMARY KEY, since REAL NOT NULL,"
    " last REAL NOT NULL, reason TEXT NOT NULL, secret INTEGER, attempts INTEGER NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that failed and is not done yet: what ``baomi status`` lists as not protected."""

    path: str
    since: float  # first failure of this run of failures (epoch seconds)
    last: float
    reason: str
    secret: bool | None  # None: it failed before its content was known
    attempts: int


@dataclass(frozen=True, slots=True)
class Entry:
    version: Version | None  # None: written by an index before versions (hash it once)
    sha256: str | None
    outcome: str
    updated: float


def _entry(
    size: int,
    mtime_ns: int,
    ctime_ns: int | None,
    dev: int | None,
    ino: int | None,
    sha256: str | None,
    outcome: str,
    updated: float,
) -> Entry:
    if ctime_ns is None or dev is None or ino is None:
        return Entry(None, sha256, outcome, updated)
    return Entry(Version(size, mtime_ns, ctime_ns, dev, ino), sha256, outcome, updated)


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
            self._db.execute(_FILES_DDL)
            have = {r[1] for r in self._db.execute("PRAGMA table_info(files)")}
            for column in _ADDED:  # an index of an older version: its entries are kept
                if column not in have:
                    self._db.execute(f"ALTER TABLE files ADD COLUMN {column} INTEGER")
            self._db.execute(_FAILURES_DDL)
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, ctime_ns, dev, ino, sha256, outcome, updated"
                " FROM files"
            ).fetchall()
            failures = self._db.execute(
                "SELECT path, since, last, reason, secret, attempts FROM failures"
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
                self._db.execute(_FILES_DDL)
                self._db.execute(_FAILURES_DDL)
            except sqlite3.DatabaseError as again:
                raise WatchError(
                    f"无法创建索引文件 / cannot create the index {path}: {again} (after: {exc})"
                ) from None
            rows, failures = [], []
        # written by flush(), in order: (statement, parameters)
        self._unwritten: list[tuple[str, tuple[object, ...]]] = []
        self._mem: dict[str, Entry] = {r[0]: _entry(*r[1:]) for r in rows}
        self._failures: dict[str, Failure] = {
            r[0]: Failure(r[0], r[1], r[2], r[3], None if r[4] is None else bool(r[4]), r[5])
            for r in failures
        }

    def __len__(self) -> int:
        return len(self._mem)

    def get(self, path: str) -> Entry | None:
        return self._mem.get(path)

    def unchanged(self, path: str, version: Version) -> bool:
        """Seen as this very version (size, mtime, ctime, device, inode), and nothing left to
        do with it."""
        e = self._mem.get(path)
        return e is not None and e.version == version and e.outcome in FINAL

    def put(self, path: str, version: Version, sha256: str | None, outcome: str) -> None:
        v = Version(*(int(x) for x in version))
        entry = Entry(v, sha256, outcome, time.time())
        with self._lock:
            self._mem[path] = entry
            self._later(_PUT, (path, *v, sha256, outcome, entry.updated))

    def _later(self, sql: str, params: tuple[object, ...]) -> None:
        """Queue one change (under the lock); a full queue is written at once."""
        self._unwritten.append((sql, params))
        if len(self._unwritten) >= FLUSH_AFTER:
            self._write_unwritten()

    def _write_unwritten(self) -> None:
        if not self._unwritten:
            return
        self._db.execute("BEGIN")
        try:
            for sql, params in self._unwritten:
                self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise  # kept: the next flush writes them again
        self._unwritten = []

    def flush(self) -> None:
        """Write the changes held in memory, in one transaction."""
        with self._lock:
            self._write_unwritten()

    def drop(self, path: str) -> None:
        """Forget a file and, when it is a folder, everything under it."""
        prefix = path.rstrip("/") + "/"
        with self._lock:
            gone = [p for p in self._mem if p == path or p.startswith(prefix)]
            for p in gone:
                del self._mem[p]
            for p in gone:
                self._later(_DROP, (p,))
            failed = [p for p in self._failures if p == path or p.startswith(prefix)]
            for p in failed:
                del self._failures[p]
                self._later(_DROP_FAILURE, (p,))

    # -- files that failed and are still to be done -------------------------------------------
    def note_failure(self, path: str, reason: str, secret: bool | None) -> Failure:
        """Record one more failed attempt; ``since`` stays that of the first."""
        now = time.time()
        with self._lock:
            old = self._failures.get(path)
            if old is not None and secret is None:
                secret = old.secret  # a later attempt that failed earlier knows less
            f = Failure(
                path,
                old.since if old else now,
                now,
                reason,
                secret,
                (old.attempts if old else 0) + 1,
            )
            self._failures[path] = f
            self._later(
                "INSERT OR REPLACE INTO failures (path, since, last, reason, secret, attempts)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    path,
                    f.since,
                    f.last,
                    reason,
                    None if secret is None else int(secret),
                    f.attempts,
                ),
            )
        return f

    def clear_failure(self, path: str) -> None:
        with self._lock:
            if self._failures.pop(path, None) is not None:
                self._later(_DROP_FAILURE, (path,))

    def failures(self) -> list[Failure]:
        """Oldest first."""
        with self._lock:
            return sorted(self._failures.values(), key=lambda f: f.since)

    def drop_many(self, paths: Iterable[str]) -> int:
        paths = [p for p in paths if p in self._mem]
        with self._lock:
            for p in paths:
                self._mem.pop(p, None)
                self._failures.pop(p, None)
                self._later(_DROP, (p,))
                self._later(_DROP_FAILURE, (p,))
        return len(paths)

    def forget_failures_missing(self) -> int:
        """Failures of files that no longer exist are not work left (a deleted secret is not
        plaintext on the share any more)."""
        gone = [p for p in list(self._failures) if not os.path.lexists(p)]
        with self._lock:
            for p in gone:
                self._failures.pop(p, None)
                self._later(_DROP_FAILURE, (p,))
        return len(gone)

    def paths_under(self, root: str) -> Iterator[str]:
        prefix = root.rstrip("/") + "/"
        return iter([p for p in list(self._mem) if p.startswith(prefix)])

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._write_unwritten()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
