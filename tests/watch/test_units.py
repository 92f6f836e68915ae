"""The daemon's pieces one at a time, in this process: the pending table on a clock the test
moves, the handler fed watchdog's own event objects, the index and status files, the locks, the
queue bounds and the retry schedule. No observer thread, no worker process: a change to one of
these is checked in seconds (the end-to-end daemon tests are in test_daemon.py, marked slow)."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from watchdog.events import (
    DirCreatedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)

from scanner.cli.common import UsageError
from scanner.cli.watch import _backoff
from scanner.watch import AlreadyRunning
from scanner.watch.events import PendingTable, WatchHandler, open_for_writing, stat_key
from scanner.watch.index import FINAL, FileIndex, Version
from scanner.watch.locks import PID_FILE, DaemonLocks, HeldLock, pid_alive, read_pid
from scanner.watch.status import DaemonStatus, Reconciliation, read_status, write_status
from scanner.watch.workers import DEFAULT_RETRY_SLOW, Dispatcher, Job


class Clock:
    """The pending table's clock, moved by the test instead of waited for."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _v(size: int, mtime_ns: int, *, ctime: int = 1, ino: int = 1) -> Version:
    """An index version for the tests: size and mtime as given, the rest fixed."""
    return Version(size, mtime_ns, ctime, 1, ino)


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- stat_key ------------------------------------------------------------------------------------


def test_stat_key_only_for_regular_files(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", "abc")
    st = os.stat(f)
    assert stat_key(f) == (3, st.st_mtime_ns, st.st_ctime_ns, st.st_dev, st.st_ino)
    assert stat_key(str(tmp_path)) is None
    (tmp_path / "link").symlink_to(f)
    assert stat_key(str(tmp_path / "link")) is None  # not followed
    assert stat_key(str(tmp_path / "missing")) is None


# -- PendingTable: debounce and settle -----------------------------------------------------------


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def table(clock: Clock) -> PendingTable:
    return PendingTable(debounce=1.0, settle=2.0, clock=clock)


def test_a_quiet_unchanged_file_is_ready_after_debounce_and_settle(
    tmp_path: Path, clock: Clock, table: PendingTable
) -> None:
    path = _write(tmp_path / "a.txt", "病历")
    table.touch(path)
    assert path in table and len(table) == 1
    assert table.ready() == []  # no quiet time yet
    clock.advance(1.0)
    assert table.ready() == []  # quiet long enough, but not stable long enough
    clock.advance(1.0)
    assert table.ready() == [path]
    assert path not in table and table.ready() == []


def test_each_event_restarts_the_quiet_time(
    tmp_path: Path, clock: Clock, table: PendingTable
) -> None:
    path = _write(tmp_path / "a.txt", "x")
    table.touch(path)
    for _ in range(5):
        clock.advance(0.9)
        table.touch(path)  # the writer is still at work
        assert table.ready() == []
    clock.advance(1.0)
    assert table.ready() == [path]  # stable since the first event (same size and mtime)


def test_a_growing_file_waits_for_a_settle_period_without_change(
    tmp_path: Path, clock: Clock, table: PendingTable
) -> None:
    f = tmp_path / "copy.xlsx"
    path = _write(f, "part 1")
    table.touch(path)
    clock.advance(1.5)
    with open(f, "a", encoding="utf-8") as fh:  # written without an event (e.g. over SMB)
        fh.write(" part 2")
    assert table.ready() == []  # the stat changed: the settle clock starts again now
    clock.advance(1.9)
    assert table.ready() == []
    clock.advance(0.1)
    assert table.ready() == [path]


def test_a_file_gone_before_it_settled_leaves_the_table(
    tmp_path: Path, clock: Clock, table: PendingTable
) -> None:
    path = _write(tmp_path / "tmp.docx", "x")
    table.touch(path)
    os.unlink(path)
    clock.advance(5)
    assert table.ready() == [] and path not in table


def test_a_busy_path_waits_until_its_job_is_done(
    tmp_path: Path, clock: Clock, table: PendingTable
) -> None:
    path = _write(tmp_path / "a.txt", "x")
    table.touch(path)
    clock.advance(5)
    busy = {path}
    assert table.ready(busy.__contains__) == [] and path in table
    busy.clear()
    assert table.ready(busy.__contains__) == [path]


def test_drop_takes_a_path_and_everything_under_it(tmp_path: Path, table: PendingTable) -> None:
    (tmp_path / "科室").mkdir()
    inside = _write(tmp_path / "科室" / "a.txt", "x")
    beside = _write(tmp_path / "科室2.txt", "x")
    table.touch(inside)
    table.touch(beside)
    table.drop(str(tmp_path / "科室") + "/")
    assert inside not in table and beside in table


def test_next_check_is_a_short_tick_while_paths_wait_and_a_nap_when_none_do(
    tmp_path: Path,
) -> None:
    table = PendingTable(1.0, 2.0)
    assert table.next_check() == 1.0  # nothing pending: only an event wakes it (table.wake)
    table.touch(_write(tmp_path / "a.txt", "x"))
    assert table.wake.is_set()
    assert table.next_check() == 0.3 / 4  # a quarter of the shortest wait, at least 0.05
    assert PendingTable(0.0, 0.0).next_check() == 1.0


# -- PendingTable: close-after-write and writers --------------------------------------------------


class Writers:
    """The open-for-writing check, answered by the test: which (device, inode) are held."""

    def __init__(self) -> None:
        self.held: set[tuple[int, int]] | None = set()
        self.asked = 0

    def hold(self, path: str) -> None:
        st = os.stat(path)
        assert self.held is not None
        self.held.add((st.st_dev, st.st_ino))

    def __call__(self, keys: Any) -> set[tuple[int, int]] | None:
        self.asked += 1
        return None if self.held is None else self.held & set(keys)


def _fast(clock: Clock, writers: Writers | None) -> PendingTable:
    return PendingTable(debounce=1.0, settle=2.0, clock=clock, writers=writers, close_settle=0.25)


def test_a_closed_file_is_ready_after_close_settle_not_debounce_and_settle(
    tmp_path: Path, clock: Clock
) -> None:
    for writers in (Writers(), None):  # the close is evidence even when writers are unseen
        table = _fast(clock, writers)
        path = _write(tmp_path / "a.docx", "病历")
        table.touch(path, closed=True)
        clock.advance(0.125)
        assert table.ready() == []
        clock.advance(0.125)
        assert table.ready() == [path]


def test_a_closed_file_still_held_open_for_writing_waits_for_its_writer(
    tmp_path: Path, clock: Clock
) -> None:
    writers = Writers()
    table = _fast(clock, writers)
    path = _write(tmp_path / "a.docx", "病历")
    writers.hold(path)  # a second writer, or the first one reopened it
    table.touch(path, closed=True)
    clock.advance(5)
    assert table.ready() == [] and path in table
    asked = writers.asked
    clock.advance(0.5)
    assert table.ready() == [] and writers.asked == asked  # not every tick: /proc costs
    clock.advance(1.0)
    assert table.ready() == [] and writers.asked == asked + 1
    writers.held = set()
    table.touch(path, closed=True)  # its close: looked at again after close_settle
    clock.advance(0.25)
    assert table.ready() == [path]


def test_a_file_changed_after_its_close_starts_its_wait_again(tmp_path: Path, clock: Clock) -> None:
    table = _fast(clock, Writers())
    f = tmp_path / "a.txt"
    path = _write(f, "part 1")
    table.touch(path, closed=True)
    clock.advance(0.25)
    with open(f, "a", encoding="utf-8") as fh:  # written with no event seen yet
        fh.write(" part 2")
    assert table.ready() == []
    clock.advance(0.25)
    assert table.ready() == [path]


def test_no_close_seen_is_quick_only_when_writers_can_be_seen(tmp_path: Path, clock: Clock) -> None:
    writers = Writers()
    table = _fast(clock, writers)
    moved = _write(tmp_path / "moved-in.docx", "x")
    table.touch(moved)  # moved in: no close will come
    clock.advance(0.125)
    assert table.ready() == []
    clock.advance(0.125)
    assert table.ready() == [moved]  # unchanged since the event, and nobody writes it
    writing = _write(tmp_path / "writing.docx", "x")
    writers.hold(writing)  # created and open: a slow copy in a pause
    table.touch(writing)
    clock.advance(10)
    assert table.ready() == [] and writing in table
    # writers unseen (not root beside other users): the timed rule, debounce and settle
    writers.held = None
    table.touch(writing)
    clock.advance(0.6)
    assert table.ready() == []
    clock.advance(2.0)
    assert table.ready() == [writing]


def test_polling_keeps_the_timed_rule_even_when_local_writers_are_seen(
    tmp_path: Path, clock: Clock
) -> None:
    table = _fast(clock, Writers())
    table.polling = True  # another client's writer on the mount is not in this /proc
    path = _write(tmp_path / "a.xlsx", "x")
    table.touch(path)
    clock.advance(1.0)
    assert table.ready() == []
    clock.advance(1.0)
    assert table.ready() == [path]


def test_open_for_writing_reads_the_descriptors_of_processes(tmp_path: Path) -> None:
    f = tmp_path / "a.docx"
    f.write_bytes(b"x")
    st = os.stat(f)
    key = (st.st_dev, st.st_ino)
    other = tmp_path / "b.docx"
    other.write_bytes(b"y")
    ost = os.stat(other)
    okey = (ost.st_dev, ost.st_ino)
    with open(f, "rb"):
        # read-only is no writer (None: another user's processes could not be read here)
        assert open_for_writing({key, okey}) in (set(), None)
    with open(f, "ab"):
        assert open_for_writing({key, okey}) == {key}
    assert open_for_writing(set()) == set()


# -- WatchHandler: watchdog events → the table ---------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.gone: list[str] = []
        self.folders: list[Path] = []

    def handler(self, table: PendingTable, *, polling: bool, wants: Any = None) -> WatchHandler:
        return WatchHandler(
            table,
            wants=wants or (lambda p: p.suffix != ".tmp"),
            on_gone=self.gone.append,
            on_folder=self.folders.append,
            polling=polling,
        )


def test_inotify_waits_for_the_close_and_moves_count_as_new(
    tmp_path: Path, table: PendingTable
) -> None:
    rec = Recorder()
    h = rec.handler(table, polling=False)
    a = _write(tmp_path / "a.txt", "x")
    h.dispatch(FileModifiedEvent(a))
    assert a not in table  # a write alone: the file may be half written
    h.dispatch(FileClosedEvent(a))
    assert a in table
    b = _write(tmp_path / "b.txt", "x")
    h.dispatch(FileCreatedEvent(b))  # moved in from outside the watched trees
    assert b in table
    h.dispatch(FileCreatedEvent(_write(tmp_path / "c.tmp", "x")))
    assert str(tmp_path / "c.tmp") not in table  # the policy does not want it
    dest = str(tmp_path / "renamed.txt")
    os.rename(a, dest)
    h.dispatch(FileMovedEvent(a, dest))
    assert a not in table and dest in table and rec.gone == [a]
    os.unlink(b)
    h.dispatch(FileDeletedEvent(b))
    assert b not in table and rec.gone == [a, b]
    assert h.events == 6


def test_polling_has_no_close_so_modifications_count(tmp_path: Path, table: PendingTable) -> None:
    h = Recorder().handler(table, polling=True)
    a = _write(tmp_path / "a.txt", "x")
    h.dispatch(FileModifiedEvent(a))
    assert a in table


def test_folders_created_or_moved_in_are_walked(tmp_path: Path, table: PendingTable) -> None:
    rec = Recorder()
    h = rec.handler(table, polling=False)
    h.dispatch(DirCreatedEvent(str(tmp_path / "新科室")))
    h.dispatch(DirMovedEvent(str(tmp_path / "old"), str(tmp_path / "moved")))
    assert rec.folders == [tmp_path / "新科室", tmp_path / "moved"]
    assert rec.gone == [str(tmp_path / "old")] and len(table) == 0


def test_a_policy_error_does_not_kill_the_observer_thread(
    tmp_path: Path, table: PendingTable
) -> None:
    def broken(_p: Path) -> bool:
        raise ValueError("bad glob")

    h = Recorder().handler(table, polling=True, wants=broken)
    h.dispatch(FileClosedEvent(_write(tmp_path / "a.txt", "x")))
    assert len(table) == 0


# -- FileIndex -----------------------------------------------------------------------------------


def test_index_remembers_across_restarts_and_skips_only_final_outcomes(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    index = FileIndex(db)
    index.put("/share/a.docx", _v(10, 111), "aa", "sealed")
    index.put("/share/b.docx", _v(20, 222), None, "error")
    assert index.unchanged("/share/a.docx", _v(10, 111))
    assert not index.unchanged("/share/a.docx", _v(11, 111))  # size changed
    assert not index.unchanged("/share/a.docx", _v(10, 112))  # mtime changed
    assert not index.unchanged("/share/a.docx", _v(10, 111, ctime=2))  # written, mtime set back
    assert not index.unchanged("/share/a.docx", _v(10, 111, ino=8))  # another file renamed over
    assert not index.unchanged("/share/b.docx", _v(20, 222))  # an error is tried again
    assert not index.unchanged("/share/c.docx", _v(1, 1))
    index.close()
    again = FileIndex(db)
    assert len(again) == 2
    entry = again.get("/share/a.docx")
    assert entry is not None and (entry.version, entry.sha256, entry.outcome) == (
        _v(10, 111),
        "aa",
        "sealed",
    )
    again.close()
    assert "error" not in FINAL and "sealed" in FINAL


def test_an_index_of_the_old_format_keeps_its_entries_and_hashes_each_once(
    tmp_path: Path,
) -> None:
    # the index as versions before ctime/device/inode wrote it
    db = tmp_path / "index.sqlite"
    with sqlite3.connect(db) as old:
        old.execute(
            "CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
            " mtime_ns INTEGER NOT NULL, sha256 TEXT, outcome TEXT NOT NULL,"
            " updated REAL NOT NULL)"
        )
        old.execute("INSERT INTO files VALUES ('/s/a.txt', 3, 111, 'aa', 'not-secret', 1.0)")
    old.close()
    index = FileIndex(db)
    entry = index.get("/s/a.txt")
    assert entry is not None and (entry.version, entry.sha256) == (None, "aa")  # kept
    assert not index.unchanged("/s/a.txt", _v(3, 111))  # size and mtime alone prove nothing
    index.put("/s/a.txt", _v(3, 111), "aa", "not-secret")  # hashed: the same content
    index.close()
    again = FileIndex(db)
    assert again.unchanged("/s/a.txt", _v(3, 111))
    again.close()


def test_index_forgets_folders_and_lists_paths_under_a_root(tmp_path: Path) -> None:
    index = FileIndex(tmp_path / "index.sqlite")
    for p in ("/s/科室/a", "/s/科室/b", "/s/科室2/c", "/t/d"):
        index.put(p, _v(1, 1), None, "labeled")
    index.drop("/s/科室")
    assert sorted(index.paths_under("/s")) == ["/s/科室2/c"]
    assert index.drop_many(["/s/科室2/c", "/nope"]) == 1
    assert list(index.paths_under("/s/")) == [] and len(index) == 1
    index.close()
    with sqlite3.connect(tmp_path / "index.sqlite") as db:
        assert db.execute("SELECT path FROM files").fetchall() == [("/t/d",)]
    db.close()


def test_a_damaged_index_is_rebuilt_empty(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    index = FileIndex(db)
    assert len(index) == 0
    index.put("/s/a", _v(1, 1), None, "sealed")
    index.close()
    reopened = FileIndex(db)
    assert reopened.get("/s/a") is not None
    reopened.close()


# -- status.json ---------------------------------------------------------------------------------


def test_status_snapshot_is_written_whole_and_read_back(tmp_path: Path) -> None:
    status = DaemonStatus(roots=["/share"], observer="inotify")
    status.processed["sealed"] += 2
    status.processed["labeled"] += 1
    status.last_reconciliation = Reconciliation(started="t", seconds=1.23456, files_seen=3)
    data = status.snapshot(
        queue_length=4, in_flight=1, pending=2, retrying=1, workers=2, index_size=9
    )
    assert data["processed_total"] == 3 and data["processed"] == {"labeled": 1, "sealed": 2}
    assert data["pid"] == os.getpid() and data["state"] == "starting"
    assert data["last_reconciliation"]["seconds"] == 1.235
    write_status(tmp_path, data)
    assert read_status(tmp_path) == json.loads(json.dumps(data))
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]  # no temporary left


def test_read_status_without_a_daemon(tmp_path: Path) -> None:
    assert read_status(tmp_path) is None
    (tmp_path / "status.json").write_text("[1, 2]", encoding="utf-8")
    assert read_status(tmp_path) is None


# -- locks ---------------------------------------------------------------------------------------


def test_a_held_lock_refuses_a_second_holder_naming_the_pid(tmp_path: Path) -> None:
    lock = HeldLock(tmp_path / "x.lock", "状态文件夹 ", "the state folder")
    assert read_pid(tmp_path / "x.lock") == os.getpid()
    with pytest.raises(AlreadyRunning) as err:
        HeldLock(tmp_path / "x.lock", "状态文件夹 ", "the state folder")
    assert err.value.pid == os.getpid() and f"kill -TERM {os.getpid()}" in str(err.value)
    lock.release()
    HeldLock(tmp_path / "x.lock", "状态文件夹 ", "the state folder").release(remove=True)
    assert not (tmp_path / "x.lock").exists()


def test_daemon_locks_are_all_or_nothing(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    first = DaemonLocks(tmp_path / "state1", tmp_path / "locks", [share])
    assert len(first.fds()) == 2
    # another state folder on the same tree: refused, and its own PID file not left locked
    with pytest.raises(AlreadyRunning, match="share"):
        DaemonLocks(tmp_path / "state2", tmp_path / "locks", [share])
    first.release()
    assert not (tmp_path / "state1" / PID_FILE).exists()  # status then says "not running"
    second = DaemonLocks(tmp_path / "state2", tmp_path / "locks", [share])
    second.release()


def test_pid_helpers(tmp_path: Path) -> None:
    assert read_pid(tmp_path / "none") is None
    (tmp_path / "p").write_text("12a\n", encoding="ascii")
    assert read_pid(tmp_path / "p") is None
    assert pid_alive(os.getpid()) and not pid_alive(None) and not pid_alive(0)
    assert not pid_alive(2**30)  # above any pid_max


# -- the queue and the retry schedule ------------------------------------------------------------


class Hooks:
    """The daemon's side of the dispatcher, recorded."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def claim(self, job: Job, sha: str, answer: Any) -> None:
        answer(True, None)

    def write(self, write: Any, reply: Any) -> None:
        reply(None, "no store here")

    def intent_done(self, intent_id: int) -> None:
        self.calls.append(("intent-done", intent_id))

    def release(self, job: Job, sha: str) -> None:
        self.calls.append(("release", job.attempt, sha))

    def done(self, job: Job, result: dict[str, Any], sha: str | None) -> None:
        self.calls.append(("done", job.attempt))

    def failed(
        self,
        job: Job,
        error: str,
        *,
        sha: str | None,
        retry_in: float | None,
        categories: list[str] | None = None,
    ) -> None:
        self.calls.append(("failed", job.attempt, retry_in, sha))

    def changed(self, job: Job) -> None:
        self.calls.append(("changed", job.attempt))


def _dispatcher(hooks: Hooks, *, queue_size: int = 10, retry: bool = True) -> Dispatcher:
    # Never started: no worker is forked, no thread runs; the test drives its methods.
    return Dispatcher(
        jobs=1,
        queue_size=queue_size,
        file_timeout=60,
        backoff=(30.0, 300.0),
        retry=retry,
        make_context=lambda: pytest.fail("no worker context in unit tests"),
        hooks=hooks,
    )


def _job(path: str = "/share/a.docx", attempt: int = 0) -> Job:
    return Job(path=path, share="share", relpath=Path(path).name, attempt=attempt)


def test_the_queue_is_bounded_waits_for_room_and_a_path_is_in_hand_once() -> None:
    d = _dispatcher(Hooks(), queue_size=2)
    assert d.submit(_job("/s/a")) and d.submit(_job("/s/b"))
    assert not d.submit(_job("/s/a"))  # already queued: not twice
    assert d.busy("/s/a") and not d.busy("/s/c")
    # Full: a submit waits for room (backpressure, nothing dropped); it gives the path back
    # only when the daemon stops meanwhile.
    assert not d.submit(_job("/s/c"), stopping=lambda: True)
    assert not d.busy("/s/c")
    assert d.counts() == {"queue_length": 2, "in_flight": 0, "retrying": 0, "workers": 0}
    assert not d.idle.is_set()
    got: list[bool] = []
    waiting = threading.Thread(target=lambda: got.append(d.submit(_job("/s/c"))))
    waiting.start()
    assert d._next_job(time.monotonic()) == _job("/s/a")  # room for one more
    waiting.join(10)
    assert got == [True] and d.busy("/s/c")


def test_retry_schedule_backs_off_then_retries_slowly_forever() -> None:
    hooks = Hooks()
    d = _dispatcher(hooks)
    assert d.submit(_job())
    job = d._next_job(time.monotonic())
    assert job is not None and job.attempt == 0

    before = time.monotonic()
    d._fail(job, "TimeoutError: too slow", sha="ab12")
    after = time.monotonic()
    assert d.counts()["retrying"] == 1 and d.busy(job.path)
    due = d._retries[0].due
    assert before + 30.0 <= due <= after + 30.0  # the first back-off
    assert d._next_job(due - 1) is None  # not before it is due
    retry = d._next_job(due)
    assert retry is not None and retry.attempt == 1

    d._fail(retry, "TimeoutError: too slow", sha="ab12")
    second_due = d._retries[0].due
    assert second_due >= before + 300.0  # the second back-off
    last = d._next_job(second_due)
    assert last is not None and last.attempt == 2

    d._fail(last, "TimeoutError: too slow", sha="ab12")  # past the fast schedule: the slow one
    assert d.counts()["retrying"] == 1 and d.busy(job.path)
    assert d._retries[0].due >= before + DEFAULT_RETRY_SLOW
    assert hooks.calls == [
        ("failed", 0, 30.0, "ab12"),
        ("failed", 1, 300.0, "ab12"),
        ("failed", 2, DEFAULT_RETRY_SLOW, "ab12"),  # never a final "gave up"
    ]


def test_once_does_not_retry() -> None:
    hooks = Hooks()
    d = _dispatcher(hooks, retry=False)
    assert d.submit(_job())
    job = d._next_job(time.monotonic())
    assert job is not None
    d._fail(job, "boom")
    assert hooks.calls == [("failed", 0, None, None)]  # no retry; not claimed: no sha
    assert d.counts()["retrying"] == 0 and not d.busy(job.path)


@pytest.mark.parametrize(
    ("value", "want"), [("30,300,1800", (30.0, 300.0, 1800.0)), ("0.5, 0.5", (0.5, 0.5))]
)
def test_retry_backoff_option(value: str, want: tuple[float, ...]) -> None:
    assert _backoff(value) == want


@pytest.mark.parametrize("value", ["", ",", "soon", "30,-1"])
def test_retry_backoff_option_refuses(value: str) -> None:
    with pytest.raises(UsageError, match="--retry-backoff"):
        _backoff(value)


def test_an_unexpected_error_reaches_the_log_without_the_numbers_it_quotes() -> None:
    """Finding 13: a library's message may quote the document; digit runs are masked."""
    from scanner.watch.workers import _short_error

    text = _short_error(ValueError("bad cell '11010519491231002X' near 13812345678"))
    assert text.startswith("ValueError: ")
    assert "11010519491231002X" not in text and "13812345678" not in text
    assert len(_short_error(RuntimeError("x" * 5000))) <= 401
