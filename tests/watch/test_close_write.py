"""When a file is complete, with a real inotify observer and the installed daemon: a file written
and closed once is handled on its close, not after fixed sleeps; a file still held open for
writing is never sealed half-written, however long its writer pauses."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.watch.conftest import Site, opened, secret_docx, wait_until

pytestmark = pytest.mark.slow


def _sealed(path: Path) -> Path:
    return path.with_name(path.name + ".baomi")


def test_a_writer_holding_the_file_open_through_long_pauses_is_waited_for(site: Site) -> None:
    # pauses far longer than --debounce + --settle + --close-settle: only the writer's close
    # may let the file go
    d = site.start("--debounce", "0.2", "--settle", "0.3", "--close-settle", "0.2")
    try:
        slow = site.share / "随访.txt"
        pieces = [f"高血压随访记录 第{i}段\n患者：刘洋  联系电话：13812345678\n" for i in range(3)]
        with open(slow, "w", encoding="utf-8") as fh:
            for piece in pieces:
                fh.write(piece)
                fh.flush()  # on disk, size and mtime settled: only the open descriptor says
                time.sleep(2.0)
                assert slow.exists() and not _sealed(slow).exists(), d.log.read_text()
        wait_until(
            lambda: _sealed(slow).exists() and not slow.exists(), 30, "sealed after close", d.log
        )
        text = opened(site, _sealed(slow)).decode("utf-8")
        assert all(p in text for p in pieces), text
        assert len(d.saw("file.done", path=str(slow), action="sealed")) == 1
    finally:
        code = d.stop(signal.SIGTERM)
    assert code == 0, d.log.read_text()


def test_a_file_closed_once_is_taken_on_its_close_not_after_debounce_and_settle(
    site: Site, tmp_path: Path
) -> None:
    # debounce + settle of a minute: a seal well before that came from the close-write path
    d = site.start("--debounce", "30", "--settle", "30")
    try:
        doc = secret_docx(tmp_path / "病历.docx")
        data = doc.read_bytes()
        target = site.share / "病历.docx"
        with open(target, "wb") as fh:
            fh.write(data)
        wait_until(lambda: _sealed(target).exists(), 25, "sealed on its close", d.log)
        assert opened(site, _sealed(target))  # a complete sealed file
    finally:
        code = d.stop(signal.SIGTERM)
    assert code == 0, d.log.read_text()


def test_a_file_reopened_after_its_close_is_not_sealed_from_that_close(site: Site) -> None:
    # The daemon starts on a file at its close (the wait for --close-settle overlaps the work)
    # and checks it once more before sealing: a writer that closes, reopens within that time
    # and holds it open, then writes the rest, gets one complete seal, and the claim taken on
    # the first close is given back rather than left behind.
    from scanner.store import Store

    d = site.start("--close-settle", "0.3")
    try:
        doc = site.share / "随访.txt"
        first = "高血压随访记录 第一段\n患者：刘洋  联系电话：13812345678\n"
        rest = "第二段：血压 150/95，调整用药。\n"
        with open(doc, "w", encoding="utf-8") as fh:
            fh.write(first)
        with open(doc, "a", encoding="utf-8") as fh:  # reopened at once, held through a pause
            time.sleep(1.5)
            assert doc.exists() and not _sealed(doc).exists(), d.log.read_text()
            fh.write(rest)
        wait_until(
            lambda: _sealed(doc).exists() and not doc.exists(), 30, "sealed after close", d.log
        )
        assert first + rest in opened(site, _sealed(doc)).decode("utf-8")  # after the label
        assert len(d.saw("file.done", path=str(doc), action="sealed")) == 1
    finally:
        code = d.stop(signal.SIGTERM)
    assert code == 0, d.log.read_text()
    with Store.open(f"sqlite:///{site.home / 'baomi.db'}") as store:
        rows = store.claims()
    assert [r["outcome"] for r in rows] == ["sealed"], rows  # the first close's claim released
