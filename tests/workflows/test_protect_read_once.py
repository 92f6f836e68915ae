"""A protected document is read from the share once: its bytes are read into a snapshot (with
their SHA-256 on the way), and the scan, the labeler and the seal's intent all take them from
there. Counted here by wrapping every way Python opens and reads a file and asking, for each
descriptor, whether it is the original's inode: deterministic, no timing.

The daemon's worker does the same across its steps: it reads the file once (hash, then scan,
label and seal from those bytes). A file written while it is read is not sealed from a torn copy.
"""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from labelers.keys import generate_keypair
from scanner import fsutil
from scanner.detect.rulepacks import load_rules
from scanner.fsutil import FileChanged, Folder
from scanner.pipeline import Scanner
from scanner.store import Store
from scanner.watch.workers import FileWork, Job, WorkerContext
from scanner.workflows.policy import load_policy
from scanner.workflows.protect import CHANGED, FAILED, SEALED, Protector
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

LINES = [
    "门诊病历",
    "姓名：刘洋  性别：女  门诊号：MZ202500017",
    "身份证号：11010519491231002X  联系电话：13812345678",
    "初步诊断：原发性高血压2级；处理：调整降压方案，两周后复诊。",
]


def make(folder: Path, fmt: str) -> Path:
    p = folder / f"病历.{fmt}"
    if fmt == "docx":
        return make_docx(p, paragraphs=LINES * 4, header="某某镇卫生院")
    if fmt == "pdf":
        return make_pdf(p, ["\n".join(LINES * 4)])
    if fmt == "xlsx":
        rows: list[list[object]] = [["姓名", "身份证号", "联系电话", "诊断"]]
        rows += [["刘洋", "11010519491231002X", "13812345678", "原发性高血压2级"]] * 10
        return make_xlsx(p, {"门诊病人名单": rows})
    return make_text(p, "\n".join(LINES * 4) + "\n")


@dataclass
class Reads:
    """Opens and bytes read of one inode, by every path Python has to a file."""

    inode: tuple[int, int]
    secure_opens: int = 0  # fsutil's O_NOFOLLOW open of the original
    other_opens: list[str] = field(default_factory=list)  # a library reopening it by a path
    nbytes: int = 0


@pytest.fixture
def count_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Reads]]:
    watched: list[Reads] = []

    def hit(fd: int) -> Reads | None:
        try:
            st = os.fstat(fd)
        except OSError:
            return None
        return next((r for r in watched if r.inode == (st.st_dev, st.st_ino)), None)

    real_open, real_pread, real_read = os.open, os.pread, os.read
    real_builtin, real_io = builtins.open, io.open

    def os_open(*args: Any, **kwargs: Any) -> int:
        fd = real_open(*args, **kwargs)
        if (r := hit(fd)) is not None:
            r.secure_opens += 1
        return fd

    def pread(fd: int, n: int, offset: int) -> bytes:
        data = real_pread(fd, n, offset)
        if (r := hit(fd)) is not None:
            r.nbytes += len(data)
        return data

    def read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        if (r := hit(fd)) is not None:
            r.nbytes += len(data)
        return data

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def opened(file: Any, *args: Any, **kwargs: Any) -> Any:
            fh = real(file, *args, **kwargs)
            with_fd = getattr(fh, "fileno", None)
            if with_fd is not None and (r := hit(with_fd())) is not None:
                # what a file object reads is not counted in bytes: such an open is the fault
                r.other_opens.append(str(file))
            return fh

        return opened

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(os, "read", read)
    monkeypatch.setattr(builtins, "open", wrap(real_builtin))
    monkeypatch.setattr(io, "open", wrap(real_io))

    def watch(path: Path) -> Reads:
        st = path.stat()
        r = Reads((st.st_dev, st.st_ino))
        watched.append(r)
        return r

    yield watch


FORMATS = ["docx", "xlsx", "pdf", "txt"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_protect_reads_the_original_once(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count_reads: Any
) -> None:
    """``baomi protect``'s seal step (its scan runs in a worker process, see the next test):
    one secure open, the file's size in bytes, no library reopening it by a path."""
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make(tmp_path / "share", fmt)
    size = f.stat().st_size
    scanner = Scanner(load_rules())
    result = scanner.scan_file(f)
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        protector = Protector(
            rules=scanner.rules, recipients=[generate_keypair("c").public], store=store
        )
        reads = count_reads(f)
        rec = protector.protect(result)
    assert rec.action == SEALED, rec
    assert reads.other_opens == []
    assert reads.secure_opens == 1
    assert reads.nbytes == size


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_scan_of_protect_reads_the_file_once(
    fmt: str, tmp_path: Path, count_reads: Any
) -> None:
    f = make(tmp_path, fmt)
    scanner = Scanner(load_rules())
    plain = scanner.scan_file(f)
    scanner.read_once = True
    reads = count_reads(f)
    once = scanner.scan_file(f)
    assert reads.other_opens == [] and reads.secure_opens == 1
    assert reads.nbytes == f.stat().st_size
    # the same record either way
    assert once.to_dict(reveal=True) == plain.to_dict(reveal=True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_daemon_worker_reads_the_file_once(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count_reads: Any
) -> None:
    """Hash, claim, scan, label, seal and record: the worker's whole procedure, from one read."""
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    share = tmp_path / "share"
    f = make(share, fmt)
    size = f.stat().st_size
    rules = load_rules()
    claims: list[str] = []
    ctx = WorkerContext(
        scanner=Scanner(rules),
        policy=load_policy({}, [share]),
        rules=rules,
        recipients=[generate_keypair("c").public],
        db_url=f"sqlite:///{tmp_path / 'baomi.db'}",
    )
    work = FileWork(ctx, lambda sha: claims.append(sha) or True)
    try:
        reads = count_reads(f)
        out = work.run(Job(path=str(f), share="share", relpath=f.name))
    finally:
        work.close()
    assert out["outcome"] == SEALED, out
    assert len(claims) == 1 and len(claims[0]) == 64
    assert reads.other_opens == []
    assert reads.nbytes == size
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        assert store.intents.for_original(f) == []  # the seal finished


def test_a_file_written_while_it_is_read_is_not_sealed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot is checked against the file after the read: a writer appending meanwhile
    makes it a changed file (left as it is, done next run), never a seal of a torn copy."""
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make(tmp_path / "share", "txt")
    scanner = Scanner(load_rules())
    result = scanner.scan_file(f)
    before = f.read_bytes()
    real_pread = os.pread
    written: list[bool] = []

    def pread(fd: int, n: int, offset: int) -> bytes:
        data = real_pread(fd, n, offset)
        if not written:
            written.append(True)
            with open(f, "ab") as fh:
                fh.write("补记：复诊改期。\n".encode())
        return data

    monkeypatch.setattr(fsutil.os, "pread", pread)
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        protector = Protector(
            rules=scanner.rules, recipients=[generate_keypair("c").public], store=store
        )
        rec = protector.protect(result)
        assert store.intents.for_original(f) == []
    assert rec.action == FAILED and rec.error == CHANGED
    assert f.read_bytes().startswith(before) and f.read_bytes() != before
    assert sorted(p.name for p in f.parent.iterdir()) == [f.name]  # no seal, no leftovers


def test_a_snapshot_is_of_the_file_opened(tmp_path: Path) -> None:
    f = make_text(tmp_path / "a.txt", "一二三\n")
    with Folder.open(tmp_path) as folder, folder.open_original(f.name) as orig:
        snap = orig.snapshot()
        assert snap is not None
        with snap:
            assert snap.path().read_bytes() == f.read_bytes()
            assert snap.same_file(os.stat(f))
            os.utime(f, ns=(1, 1))
            assert not snap.same_file(os.stat(f))
        assert orig.snapshot(limit=2) is None  # too large to hold: read from the disk


def test_a_torn_read_is_refused(tmp_path: Path) -> None:
    f = make_text(tmp_path / "a.txt", "一二三\n")
    with Folder.open(tmp_path) as folder, folder.open_original(f.name) as orig:
        with open(f, "ab") as fh:
            fh.write(b"more")
        with pytest.raises(FileChanged):
            orig.snapshot()


def test_a_seal_commits_its_intent_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seal's intent is written in one transaction, when the sealed file is complete and
    before it is linked: the original's identity and digest with the sealed file's name and
    digest (the first half, written before sealing, proved nothing alone). Four commits per
    seal on this store, one less than when the intent took two."""
    from sqlalchemy import event

    from scanner.store.intents import SealIntents

    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make(tmp_path / "share", "txt")
    scanner = Scanner(load_rules())
    result = scanner.scan_file(f)
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        protector = Protector(
            rules=scanner.rules, recipients=[generate_keypair("c").public], store=store
        )
        writes: list[str] = []
        real = SealIntents.record

        def record(self: SealIntents, *args: Any, **kwargs: Any) -> int:
            assert kwargs["sealed_sha256"] and Path(args[1]).name == f.name + ".baomi"
            assert not Path(args[1]).exists()  # written before the link
            writes.append("intent")
            return real(self, *args, **kwargs)

        monkeypatch.setattr(SealIntents, "record", record)
        commits = [0]
        event.listen(store.engine, "commit", lambda _conn: commits.__setitem__(0, commits[0] + 1))
        rec = protector.protect(result)
    assert rec.action == SEALED, rec
    assert writes == ["intent"]
    assert commits[0] == 4
