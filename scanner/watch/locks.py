"""Locks that keep two daemons from processing one tree: a PID file in the state folder and
one lock file per watched tree (keyed by the tree's real path), both held with ``fcntl.flock``
for the life of the process, so a killed daemon never leaves a stale lock behind — the kernel
drops it with the process.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from pathlib import Path
from typing import IO

from scanner.watch import AlreadyRunning, WatchError

PID_FILE = "watch.pid"


def read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


class HeldLock:
    """An exclusive ``flock`` on a file holding our PID; released on close or process exit."""

    def __init__(self, path: Path, what_zh: str, what_en: str) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fh: IO[str] = open(path, "a+", encoding="ascii")  # noqa: SIM115 - held open
        except OSError as exc:
            raise WatchError(
                f"无法创建锁文件 / cannot create the lock file {path}: {exc.strerror}"
            ) from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            pid = read_pid(path)
            who = f"PID {pid}" if pid else "another process"
            raise AlreadyRunning(
                f"{what_zh}已由另一个 baomi watch 进程（{who}）处理 / {what_en} is already "
                f"handled by another baomi watch ({who}); stop it first (kill -TERM "
                f"{pid or '<pid>'}) or use another --state-dir",
                pid,
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh: IO[str] | None = fh

    def fileno(self) -> int | None:
        return self._fh.fileno() if self._fh is not None else None

    def release(self, remove: bool = False) -> None:
        if self._fh is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()
        self._fh = None


def tree_lock_path(locks_dir: Path, root: Path) -> Path:
    real = os.path.realpath(root)
    return locks_dir / f"{hashlib.sha256(real.encode('utf-8', 'surrogateescape')).hexdigest()}.lock"


class DaemonLocks:
    """The state folder's PID file plus one lock per tree; all or nothing."""

    def __init__(self, state_dir: Path, locks_dir: Path, roots: list[Path]) -> None:
        self.held: list[HeldLock] = []
        try:
            self.pid_lock = HeldLock(
                state_dir / PID_FILE, f"状态文件夹 {state_dir} ", f"the state folder {state_dir}"
            )
            self.held.append(self.pid_lock)
            for root in roots:
                self.held.append(
                    HeldLock(
                        tree_lock_path(locks_dir, root), f"文件夹 {root} ", f"the folder {root}"
                    )
                )
        except BaseException:
            self.release()
            raise

    def fds(self) -> tuple[int, ...]:
        return tuple(fd for lock in self.held if (fd := lock.fileno()) is not None)

    def release(self) -> None:
        # The PID file goes: `baomi status` then says "not running" rather than a dead PID.
        for i, lock in enumerate(reversed(self.held)):
            lock.release(remove=(i == len(self.held) - 1))
        self.held.clear()
