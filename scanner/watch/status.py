"""``status.json`` in the state folder: what ``baomi status`` shows, written atomically every
few seconds and at exit, so a reader never sees half a file."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner import fsutil
from scanner.names import json_safe
from scanner.watch.index import Failure

if TYPE_CHECKING:
    from scanner.store.pending import PendingClaim

STATUS_FILE = "status.json"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Reconciliation:
    started: str | None = None
    seconds: float = 0.0
    files_seen: int = 0
    enqueued: int = 0
    forgotten: int = 0  # index entries of files that are gone
    unchanged: int = 0  # known to the index with the same size and mtime: one stat each
    complete: bool = True  # walked to the end (not stopped half-way)

    def to_dict(self) -> dict[str, Any]:
        return {
            "time": self.started,
            "seconds": round(self.seconds, 3),
            "files_seen": self.files_seen,
            "enqueued": self.enqueued,
            "unchanged": self.unchanged,
            "forgotten": self.forgotten,
        }


@dataclass
class DaemonStatus:
    """Counters the daemon's threads update under one lock."""

    roots: list[str]
    observer: str
    started: str = field(default_factory=now_iso)
    processed: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    unchanged_skips: int = 0
    reconciliations: int = 0
    last_reconciliation: Reconciliation = field(default_factory=Reconciliation)
    last_error: dict[str, Any] | None = None
    alarm: str | None = None  # the daemon stopped sealing: what the operator must do
    state: str = "starting"
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def snapshot(
        self,
        *,
        queue_length: int,
        in_flight: int,
        pending: int,
        retrying: int,
        workers: int,
        index_size: int,
        failures: Sequence[Failure] = (),
    ) -> dict[str, Any]:
        with self.lock:
            return {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "state": self.state,
                "started": self.started,
                "updated": now_iso(),
                "updated_epoch": time.time(),
                "roots": list(self.roots),
                "observer": self.observer,
                "workers": workers,
                "queue_length": queue_length,
                "in_flight": in_flight,
                "pending": pending,
                "retrying": retrying,
                "processed": dict(sorted(self.processed.items())),
                "processed_total": sum(self.processed.values()),
                "unchanged_skips": self.unchanged_skips,
                "errors": self.errors,
                "index_size": index_size,
                "reconciliations": self.reconciliations,
                "last_reconciliation": self.last_reconciliation.to_dict(),
                "last_error": self.last_error,
                "alarm": self.alarm,
                "not_protected": not_protected(failures),
            }


def not_protected(failures: Sequence[Failure], limit: int = 20) -> dict[str, Any]:
    """Files that failed and are still to be done: secret ones (still plaintext on the share)
    and ones that failed before their content was known."""
    now = time.time()
    secret = [f for f in failures if f.secret]
    unknown = [f for f in failures if f.secret is None]
    first = secret or unknown or list(failures)
    oldest = first[0] if first else None
    return {
        "secret": len(secret),
        "unknown": len(unknown),
        "other": len(failures) - len(secret) - len(unknown),
        "oldest_since": (
            datetime.fromtimestamp(oldest.since, UTC).isoformat(timespec="seconds")
            if oldest
            else None
        ),
        "oldest_age_seconds": round(now - oldest.since) if oldest else None,
        "oldest_reason": oldest.reason if oldest else None,
        "files": [
            {
                "path": f.path,
                "secret": f.secret,
                "since": datetime.fromtimestamp(f.since, UTC).isoformat(timespec="seconds"),
                "attempts": f.attempts,
                "reason": f.reason,
            }
            for f in (secret + unknown)[:limit]
        ],
    }


def not_protected_in_store(claims: Sequence[PendingClaim], limit: int = 20) -> dict[str, Any]:
    """The same summary from the store's failed claims (``Store.unprotected_claims``), the rows
    the committee's report lists: what every daemon on the store still has to protect."""
    now = datetime.now(UTC)
    secret = [c for c in claims if c.secret]
    unknown = [c for c in claims if c.secret is None]
    first = secret or unknown
    oldest = first[0] if first else None
    since = (oldest.first_failed or oldest.last_attempt) if oldest else None
    return {
        "source": "store",
        "secret": len(secret),
        "unknown": len(unknown),
        "other": len(claims) - len(secret) - len(unknown),
        "oldest_since": since.isoformat(timespec="seconds") if since else None,
        "oldest_age_seconds": round((now - since).total_seconds()) if since else None,
        "oldest_reason": oldest.reason if oldest else None,
        "files": [
            {
                "path": f"{c.share}:{c.relpath}",
                "host": c.host,
                "secret": c.secret,
                "since": when.isoformat(timespec="seconds")
                if (when := c.first_failed or c.last_attempt)
                else None,
                "reason": c.reason,
            }
            for c in (secret + unknown)[:limit]
        ],
    }


def write_status(state_dir: Path, data: dict[str, Any]) -> None:
    text = json.dumps(json_safe(data), ensure_ascii=False, indent=1) + "\n"
    fsutil.write_atomic(state_dir / STATUS_FILE, text.encode("utf-8"), mode=0o600)


def read_status(state_dir: Path) -> dict[str, Any] | None:
    with contextlib.suppress(FileNotFoundError):
        text = (state_dir / STATUS_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
        return data if isinstance(data, dict) else None
    return None
