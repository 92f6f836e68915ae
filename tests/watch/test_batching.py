"""What a burst costs the daemon's own process: index changes written in batches (in order, none
lost when a batch cannot be written), baomi's own work folders not walked, claims built once."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from watchdog.events import DirCreatedEvent

from scanner.store import Store
from scanner.store.claims import Finished
from scanner.watch.events import PendingTable, WatchHandler
from scanner.watch.index import FLUSH_AFTER, FileIndex, Version

SHA_A = "a" * 64
SHA_B = "b" * 64


def _v(size: int, mtime_ns: int, *, ctime: int = 1, ino: int = 1) -> Version:
    """An index version for the tests: size and mtime as given, the rest fixed."""
    return Version(size, mtime_ns, ctime, 1, ino)


def _on_disk(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, outcome FROM files").fetchall()
    conn.close()
    return dict(rows)


def _failures_on_disk(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path FROM failures").fetchall()
    conn.close()
    return [r[0] for r in rows]


def test_index_changes_reach_the_file_in_one_batch_on_flush(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    index = FileIndex(db)
    index.put("/s/a.docx", _v(1, 1), "aa", "sealed")
    index.put("/s/b.docx", _v(2, 2), None, "retrying")
    assert index.unchanged("/s/a.docx", _v(1, 1))  # the dict answers at once
    assert _on_disk(db) == {}  # nothing written yet
    index.flush()
    assert _on_disk(db) == {"/s/a.docx": "sealed", "/s/b.docx": "retrying"}
    index.drop("/s/a.docx")
    index.close()  # close writes what is left
    assert _on_disk(db) == {"/s/b.docx": "retrying"}


def test_a_full_batch_is_written_without_waiting_for_the_flush(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    index = FileIndex(db)
    for i in range(FLUSH_AFTER):
        index.put(f"/s/{i}.txt", _v(1, i), None, "sealed")
    assert len(_on_disk(db)) == FLUSH_AFTER
    index.close()


def test_batched_failure_changes_keep_their_order(tmp_path: Path) -> None:
    # a cleared failure then a new one for the same file: the file must end with the new one
    db = tmp_path / "index.sqlite"
    index = FileIndex(db)
    index.note_failure("/s/a.docx", "disk full", True)
    index.flush()
    index.clear_failure("/s/a.docx")
    index.note_failure("/s/a.docx", "disk full again", True)
    index.flush()
    assert _failures_on_disk(db) == ["/s/a.docx"]
    index.close()
    again = FileIndex(db)
    assert [f.reason for f in again.failures()] == ["disk full again"]
    again.close()


def test_changes_that_could_not_be_written_are_kept_for_the_next_flush(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    index = FileIndex(db)
    index.put("/s/a.docx", _v(1, 1), "aa", "sealed")
    index._db.execute("PRAGMA busy_timeout = 0")  # fail at once rather than after 5 s
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    with pytest.raises(sqlite3.OperationalError):
        index.flush()
    blocker.execute("ROLLBACK")
    blocker.close()
    index.flush()
    assert _on_disk(db) == {"/s/a.docx": "sealed"}
    index.close()


def test_baomi_work_folders_are_not_walked_as_new_folders(tmp_path: Path) -> None:
    walked: list[Path] = []
    table = PendingTable(debounce=1.0, settle=1.0)
    h = WatchHandler(
        table, wants=lambda p: True, on_gone=lambda p: None, on_folder=walked.append, polling=False
    )
    h.dispatch(DirCreatedEvent(str(tmp_path / ".baomi-0123456789abcdef.work.baomi.tmp")))
    h.dispatch(DirCreatedEvent(str(tmp_path / "新科室")))
    assert walked == [tmp_path / "新科室"]


def test_claims_built_once_give_the_same_answers(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        assert store.claim("共享", "a.docx", SHA_A)
        assert store.claim("共享", "a.docx", SHA_A)  # held by this process: renewed
        assert store.claim(
            "共享", "b.docx", SHA_B, finished=[Finished("共享", "a.docx", SHA_A, "sealed")]
        )
        assert not store.claim("共享", "a.docx", SHA_A)  # that version is finished
        store.site = "乡镇卫生院"
        assert store.claim("共享", "a.docx", SHA_A)  # another site's key
        rows = {(r["site"], r["relpath"]): r["outcome"] for r in store.claims()}
    assert rows == {
        (None, "a.docx"): "sealed",
        (None, "b.docx"): None,
        ("乡镇卫生院", "a.docx"): None,
    }


def test_the_observer_is_not_asked_for_opens_and_reads(tmp_path: Path) -> None:
    # a real inotify observer with the daemon's filter: a file written, closed and read back
    # gives its creation, write and close, none of the reader's open and close
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers.inotify import InotifyObserver

    from scanner.watch.events import EVENTS

    seen: list[str] = []

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            seen.append(type(event).__name__)

    observer = InotifyObserver()
    observer.schedule(Handler(), str(tmp_path), recursive=True, event_filter=list(EVENTS))
    observer.start()
    try:
        f = tmp_path / "病历.txt"
        f.write_text("x", encoding="utf-8")
        assert f.read_text(encoding="utf-8") == "x"
        done = tmp_path / "done.txt"
        done.write_text("y", encoding="utf-8")  # the last event to wait for
        deadline = time.monotonic() + 10
        while seen.count("FileClosedEvent") < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        observer.stop()
        observer.join(10)
    assert seen.count("FileClosedEvent") == 2, seen
    assert not {"FileOpenedEvent", "FileClosedNoWriteEvent", "DirModifiedEvent"} & set(seen)
