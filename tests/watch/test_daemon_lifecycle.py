"""Daemon.run's start and stop in this process: when a piece fails to start, every piece started
before it is stopped again, in reverse order — no lock, signal handler or worker left behind."""

from __future__ import annotations

import multiprocessing
import signal
from pathlib import Path
from typing import Any

import pytest

from scanner.detect.rulepacks import RuleSet
from scanner.store import Store, StoreError
from scanner.watch import WatchError
from scanner.watch.daemon import INDEX_FILE, Daemon, WatchSettings
from scanner.watch.locks import PID_FILE, DaemonLocks
from scanner.watch.status import read_status
from scanner.workflows.policy import load_policy


class WatchedStore:
    """A real store that notes, when it is closed, how far the shutdown had come."""

    def __init__(self, url: str, state_dir: Path) -> None:
        self._store = Store.open(url)
        self._state_dir = state_dir
        self.at_close: dict[str, Any] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def close(self) -> None:
        status = read_status(self._state_dir)
        self.at_close = {
            "status": status and status["state"],
            "pid_file": (self._state_dir / PID_FILE).exists(),
        }
        self._store.close()


def _daemon(tmp_path: Path, ruleset: RuleSet, roots: list[Path], factory: Any, **kw: Any) -> Daemon:
    settings = WatchSettings(
        roots=roots, state_dir=tmp_path / "state", locks_dir=tmp_path / "locks", **kw
    )
    return Daemon(settings, rules=ruleset, policy=load_policy({}, roots), store_factory=factory)


def _handlers() -> list[Any]:
    return [signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)]


def test_a_store_that_cannot_open_leaves_no_lock_handler_or_index_open(
    tmp_path: Path, ruleset: RuleSet, baomi_home: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    before = _handlers()
    d = _daemon(
        tmp_path,
        ruleset,
        [share],
        lambda: Store.open(f"sqlite:///{tmp_path}/no/such/folder/x.db"),
    )
    with pytest.raises(StoreError):
        d.run()
    assert _handlers() == before
    assert not (tmp_path / "state" / PID_FILE).exists()
    assert not (tmp_path / "state" / (INDEX_FILE + "-wal")).exists()  # checkpointed and closed
    # the tree's lock was released: another daemon may take it at once
    DaemonLocks(tmp_path / "state2", tmp_path / "locks", [share]).release()


@pytest.mark.slow  # forks the daemon's worker process
def test_an_observer_that_cannot_start_stops_the_workers_then_the_rest_in_reverse(
    tmp_path: Path, ruleset: RuleSet, baomi_home: Path
) -> None:
    gone = tmp_path / "unmounted"  # a share whose mount went away: polling cannot watch it
    before = _handlers()
    stores: list[WatchedStore] = []

    def factory() -> WatchedStore:
        stores.append(WatchedStore(f"sqlite:///{tmp_path / 'store.db'}", tmp_path / "state"))
        return stores[0]

    d = _daemon(tmp_path, ruleset, [gone], factory, polling=True, jobs=1)
    with pytest.raises(WatchError, match="cannot watch the folders"):
        d.run()
    assert not [p for p in multiprocessing.active_children() if p.name == "baomi-watch-worker"]
    # the store was closed after the workers stopped and the status said so, before the locks
    assert stores[0].at_close == {"status": "stopped", "pid_file": True}
    assert read_status(tmp_path / "state")["workers"] == 0  # type: ignore[index]
    assert not (tmp_path / "state" / PID_FILE).exists()
    assert _handlers() == before
    DaemonLocks(tmp_path / "state2", tmp_path / "locks", [gone]).release()
