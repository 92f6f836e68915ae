"""A file closed after writing is handed on at its close and checked again just before it is
sealed (scanner.watch.events.PendingTable.early, still_complete): the wait for close_settle
overlaps the work instead of preceding it, and a file written again, or held open, in that time
is never sealed from its first close."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from scanner.watch.events import PendingTable, still_complete
from scanner.watch.index import Version, version_of


def _key(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return (st.st_dev, st.st_ino)


def _version(path: Path) -> Version:
    return version_of(os.stat(path))


def _nobody(keys: Any) -> set[tuple[int, int]]:
    return set()


def test_a_closed_file_is_handed_on_at_its_close_with_its_deadline(tmp_path: Path) -> None:
    table = PendingTable(debounce=1.0, settle=2.0, close_settle=0.3)
    closed = tmp_path / "病历.docx"
    closed.write_bytes(b"x")
    moved = tmp_path / "moved.docx"
    moved.write_bytes(b"y")
    before = time.monotonic()
    table.touch(str(closed), closed=True)
    table.touch(str(moved))  # no close seen: the ordinary rule, later
    busy = {str(tmp_path / "other.docx")}
    out = table.early(busy.__contains__)
    assert [e.path for e in out] == [str(closed)]
    assert out[0].closed_as == _version(closed)
    assert before + 0.3 <= out[0].settle_until <= time.monotonic() + 0.3
    assert str(closed) not in table and str(moved) in table
    assert table.early() == []  # handed on once


def test_a_file_in_hand_or_under_polling_is_not_handed_on_early(tmp_path: Path) -> None:
    table = PendingTable(debounce=1.0, settle=2.0)
    f = tmp_path / "a.docx"
    f.write_bytes(b"x")
    table.touch(str(f), closed=True)
    assert table.early(lambda p: True) == [] and str(f) in table  # its job is still running
    table.polling = True  # no close events on a network mount: the timed rule only
    assert table.early() == [] and str(f) in table


def test_still_complete_waits_for_the_deadline_then_checks(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("part 1", encoding="utf-8")
    closed_as = _version(f)
    start = time.monotonic()
    assert still_complete(str(f), closed_as, start + 0.2, writers=_nobody)
    assert time.monotonic() - start >= 0.2
    # writers that cannot be seen: the close is the evidence
    assert still_complete(str(f), closed_as, 0.0, writers=lambda keys: None)


def test_a_file_written_again_or_held_open_or_gone_is_not_complete(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("part 1", encoding="utf-8")
    closed_as = _version(f)
    held = {_key(f)}
    assert not still_complete(str(f), closed_as, 0.0, writers=lambda keys: held & set(keys))
    before = os.stat(f)
    time.sleep(0.02)  # past the kernel's timestamp tick (1-10 ms), as any later writer is
    with open(f, "r+b") as fh:  # other bytes of the same size, the mtime put back
        fh.write(b"PART 1")
    os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert not still_complete(str(f), closed_as, 0.0, writers=_nobody)
    with open(f, "a", encoding="utf-8") as fh:
        fh.write(" part 2")
    assert not still_complete(str(f), closed_as, 0.0, writers=_nobody)
    f.unlink()
    assert not still_complete(str(f), closed_as, 0.0, writers=_nobody)
