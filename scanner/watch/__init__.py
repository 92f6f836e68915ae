"""``baomi watch``: the file-server daemon that labels and seals documents as they arrive.

One concern per module:

- :mod:`.events` — filesystem events → a per-path pending table; a file is handed on only
  once it is complete (closed or moved in, then unchanged across a settle period);
- :mod:`.index` — the incremental index (path, version: size, mtime, ctime, device, inode;
  SHA-256, outcome) that lets an
  unchanged file be skipped at the cost of a ``stat``;
- :mod:`.reconcile` — the walk at start-up and on a schedule that catches what events missed;
- :mod:`.workers` — the bounded queue, the worker processes, timeouts, retries;
- :mod:`.locks` — the PID file and the per-tree lock; :mod:`.status` — ``status.json``;
- :mod:`.logs` — structured (text or JSON) log lines; :mod:`.daemon` — the lifecycle.
"""

from __future__ import annotations

from scanner.errors import BaomiError


class WatchError(BaomiError):
    """The daemon cannot start or go on; the message says why, for a person (中文 / English)."""


class AlreadyRunning(WatchError):
    """Another daemon holds the state folder or one of the watched trees."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid
