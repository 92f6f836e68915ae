"""The daemon's one writer (scanner/watch/writer.py): its workers' claims, seal intents and
records committed several at a time on a real SQLite store, each answered in order, a bad write
failing alone, the bookkeeping (claims finished, intents done) going with the next batch."""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from scanner.pipeline import FileResult, Finding
from scanner.store import ClaimWrite, Finished, IntentWrite, RecordWrite, Store
from scanner.store.audit import read_head_file
from scanner.watch.writer import StoreWriter
from tests.docmaker import make_text


class Answers:
    """Each write's answer as the writer gives it, waited for with a deadline."""

    def __init__(self) -> None:
        self.got: dict[int, tuple[Any, str | None]] = {}
        self.cond = threading.Condition()

    def reply(self, n: int) -> Any:
        def reply(value: Any, error: str | None) -> None:
            with self.cond:
                self.got[n] = (value, error)
                self.cond.notify_all()

        return reply

    def wait(self, count: int) -> dict[int, tuple[Any, str | None]]:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.got) >= count, timeout=60), self.got
            return dict(self.got)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _record(path: Path, sealed: Path) -> RecordWrite:
    result = FileResult(
        str(path),
        "ok",
        format="txt",
        categories=["medical"],
        findings=[Finding("CN_PHONE", 1.0, "13812345678", {"line": 1, "start": 0, "end": 11})],
    )
    label = {
        "text": "秘密 保密期限：30年",
        "categories": ["medical"],
        "retention_years": 30,
        "expires": date(2056, 1, 1),
        "method": "text",
    }
    seal = {
        "original_path": path,
        "sealed_path": sealed,
        "recipients": [{"name": "committee", "fingerprint": "0" * 16}],
        "sealed_size": 100,
        "chunk_size": 65536,
        "expires": date(2056, 1, 1),
    }
    return RecordWrite(result, str(path), "nobody", label=label, seal=seal, share="s")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as s:
        yield s


def test_several_workers_writes_commit_together_answered_in_order(
    tmp_path: Path, store: Store
) -> None:
    docs = [make_text(tmp_path / f"随访{i}.txt", f"联系电话：1381234567{i}\n") for i in range(3)]
    store.fingerprint("CN_PHONE", "13800000000")  # the site key's id: a store's first write
    commits = [0]
    event.listen(store.engine, "commit", lambda _c: commits.__setitem__(0, commits[0] + 1))
    writer = StoreWriter(store)
    answers = Answers()
    # queued before the thread starts: what a burst's workers hand in while a batch commits
    writer.submit(ClaimWrite("s", "随访0.txt", _sha("0")), answers.reply(0))
    writer.submit(ClaimWrite("s", "随访1.txt", _sha("1")), answers.reply(1))
    info = docs[2].stat()
    writer.submit(
        IntentWrite(
            str(docs[2]),
            str(docs[2]) + ".baomi",
            info.st_dev,
            info.st_ino,
            info.st_size,
            _sha("2"),
            _sha("sealed 2"),
        ),
        answers.reply(2),
    )
    writer.submit(_record(docs[0], tmp_path / "随访0.txt.baomi"), answers.reply(3))
    writer.submit(ClaimWrite("s", "随访0.txt", _sha("0")), answers.reply(4))
    writer.start()
    got = answers.wait(5)
    writer.stop()
    assert [got[i][1] for i in range(5)] == [None] * 5
    assert got[0][0] is True and got[1][0] is True
    assert isinstance(got[2][0], int) and isinstance(got[3][0], int)
    assert got[4][0] is True  # held by this very process already: renewed, still ours
    assert commits[0] == 1  # five writes of three files, one transaction
    assert writer.batches == 1 and writer.writes == 5
    assert [i.sealed_path for i in store.intents.for_original(docs[2])] == [str(docs[2]) + ".baomi"]
    assert store.seal_recorded(tmp_path / "随访0.txt.baomi")
    checked = store.audit.verify()
    assert checked.ok
    # written after the answers, the head file still names the batch's last event
    assert store.audit.head_path is not None and checked.head is not None
    assert read_head_file(store.audit.head_path) == checked.head


def test_a_bad_write_fails_alone_and_the_others_commit(tmp_path: Path, store: Store) -> None:
    writer = StoreWriter(store)
    answers = Answers()
    writer.submit(ClaimWrite("s", "a.txt", _sha("a")), answers.reply(0))
    writer.submit(ClaimWrite("s", "b.txt", "not a sha"), answers.reply(1))
    writer.submit(ClaimWrite("s", "c.txt", _sha("c")), answers.reply(2))
    writer.start()
    got = answers.wait(3)
    writer.stop()
    assert got[0] == (True, None) and got[2] == (True, None)
    assert got[1][0] is None and "version" in str(got[1][1])
    assert {c["relpath"] for c in store.claims()} == {"a.txt", "c.txt"}


def test_finished_claims_and_done_intents_go_with_the_next_batch_or_at_stop(
    tmp_path: Path, store: Store
) -> None:
    writer = StoreWriter(store)
    answers = Answers()
    writer.start()
    writer.submit(ClaimWrite("s", "a.txt", _sha("a")), answers.reply(0))
    assert answers.wait(1)[0] == (True, None)
    intent = store.intents.record(
        tmp_path / "a.txt",
        tmp_path / "a.txt.baomi",
        device=1,
        inode=2,
        size=3,
        sha256=_sha("a"),
        sealed_sha256=_sha("sealed a"),
    )
    writer.finish_claim(Finished("s", "a.txt", _sha("a"), "sealed"))
    writer.intent_done(intent)
    writer.submit(ClaimWrite("s", "b.txt", _sha("b")), answers.reply(1))
    answers.wait(2)
    (row,) = [c for c in store.claims() if c["relpath"] == "a.txt"]
    assert row["outcome"] == "sealed" and row["finished_at"] is not None
    assert store.intents.for_original(tmp_path / "a.txt") == []
    # with nothing after it, a finish is written at stop
    writer.finish_claim(Finished("s", "b.txt", _sha("b"), "sealed"))
    writer.stop()
    assert all(c["outcome"] == "sealed" for c in store.claims())


def test_nothing_is_written_when_the_store_is_not_the_one_checked(
    tmp_path: Path, store: Store
) -> None:
    def lost() -> None:
        raise RuntimeError("the store file was replaced")

    writer = StoreWriter(store, before=lost)
    answers = Answers()
    writer.submit(ClaimWrite("s", "a.txt", _sha("a")), answers.reply(0))
    writer.submit(_record(tmp_path / "a.txt", tmp_path / "a.txt.baomi"), answers.reply(1))
    writer.start()
    got = answers.wait(2)
    writer.stop()
    assert all(v is None and "replaced" in str(e) for v, e in got.values())
    assert store.claims() == []
    assert not store.seal_recorded(tmp_path / "a.txt.baomi")


def test_bookkeeping_that_cannot_be_written_at_stop_is_left_for_the_next_start(
    store: Store,
) -> None:
    """A store deleted under the daemon: the finished claims cannot be written, and stop must
    end (it looped, giving them back to itself for ever); the next start finishes them."""

    def lost() -> None:
        raise RuntimeError("the store file is gone")

    writer = StoreWriter(store, before=lost)
    writer.start()
    writer.finish_claim(Finished("s", "a.txt", _sha("a"), "sealed"))
    writer.intent_done(12345)
    stopper = threading.Thread(target=writer.stop, kwargs={"timeout": 30.0})
    stopper.start()
    stopper.join(30.0)
    assert not stopper.is_alive() and not writer._thread.is_alive()
