"""A protected document is read from the share once: its bytes are read into a snapshot (with
their SHA-256 on the way), and the scan, the labeler and the seal's intent all take them from
there. Counted here by wrapping every way Python opens and reads a file and asking, for each
descriptor, whether it is the original's inode: deterministic, no timing.

The daemon's worker does the same across its steps: it reads the file once (hash, then scan,
label and seal from those bytes). So does ``baomi protect`` across its processes: the runner's
worker reads and scans, its snapshot comes back with the result, and the parent labels and seals
it without reading the original (counted across the fork through a log file). A file written
while it is read, or between its scan and its seal, is not sealed.
"""

from __future__ import annotations

import builtins
import io
import json
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
from scanner.runner import ScanSettings, _Pool, scan_candidates_kept
from scanner.store import Store
from scanner.walk import Candidate
from scanner.watch.workers import FileWork, Job, WorkerContext
from scanner.workflows.policy import load_policy
from scanner.workflows.protect import CHANGED, FAILED, SEALED, Protector, run_protect
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


def patch_reads(
    monkeypatch: pytest.MonkeyPatch,
    read_bytes: Callable[[int, int], None],
    opened_by_path: Callable[[int, object], None],
) -> None:
    """Wrap every way Python reads a descriptor (``os.read``, ``os.pread``: ``read_bytes(fd,
    n)``) and opens a file object by a path (``open``, ``io.open``: ``opened_by_path(fd,
    name)``)."""
    real_pread, real_read = os.pread, os.read
    real_builtin, real_io = builtins.open, io.open

    def pread(fd: int, n: int, offset: int) -> bytes:
        data = real_pread(fd, n, offset)
        read_bytes(fd, len(data))
        return data

    def read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read_bytes(fd, len(data))
        return data

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def opened(file: Any, *args: Any, **kwargs: Any) -> Any:
            fh = real(file, *args, **kwargs)
            with_fd = getattr(fh, "fileno", None)
            if with_fd is not None:
                opened_by_path(with_fd(), file)
            return fh

        return opened

    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(os, "read", read)
    monkeypatch.setattr(builtins, "open", wrap(real_builtin))
    monkeypatch.setattr(io, "open", wrap(real_io))


@pytest.fixture
def count_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Reads]]:
    watched: list[Reads] = []

    def hit(fd: int) -> Reads | None:
        try:
            st = os.fstat(fd)
        except OSError:
            return None
        return next((r for r in watched if r.inode == (st.st_dev, st.st_ino)), None)

    real_open = os.open

    def os_open(*args: Any, **kwargs: Any) -> int:
        fd = real_open(*args, **kwargs)
        if (r := hit(fd)) is not None:
            r.secure_opens += 1
        return fd

    def read_bytes(fd: int, n: int) -> None:
        if (r := hit(fd)) is not None:
            r.nbytes += n

    def opened_by_path(fd: int, file: object) -> None:
        if (r := hit(fd)) is not None:
            # what a file object reads is not counted in bytes: such an open is the fault
            r.other_opens.append(str(file))

    monkeypatch.setattr(os, "open", os_open)
    patch_reads(monkeypatch, read_bytes, opened_by_path)

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


# -- ``baomi protect``'s whole path: the scan in a worker process, the seal in the parent ---------


@dataclass
class ForkedReads:
    """Bytes read from one inode per process and opens of it by a path, logged by every
    process forked from this one (the scan's workers) to one append-only file."""

    log: Path

    def lines(self) -> list[list[str]]:
        return [line.split(" ", 2) for line in self.log.read_text().splitlines()]

    def bytes_by_pid(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for pid, kind, value in self.lines():
            if kind == "read":
                out[int(pid)] = out.get(int(pid), 0) + int(value)
        return out

    def other_opens(self) -> list[str]:
        return [value for _pid, kind, value in self.lines() if kind == "open-by-path"]


@pytest.fixture
def count_forked_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Path], ForkedReads]]:
    """Like ``count_reads``, across ``fork``: the wrapped calls are inherited by the workers,
    which write what they read of the watched inode to a file opened with O_APPEND."""
    inodes: list[tuple[int, int]] = []
    log = tmp_path / "reads.log"
    log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def watched(fd: int) -> bool:
        try:
            st = os.fstat(fd)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in inodes

    def note(kind: str, value: object) -> None:
        os.write(log_fd, f"{os.getpid()} {kind} {value}\n".encode())

    def read_bytes(fd: int, n: int) -> None:
        if watched(fd):
            note("read", n)

    def opened_by_path(fd: int, file: object) -> None:
        if watched(fd):
            note("open-by-path", file)

    patch_reads(monkeypatch, read_bytes, opened_by_path)

    def watch(path: Path) -> ForkedReads:
        st = path.stat()
        inodes.append((st.st_dev, st.st_ino))
        return ForkedReads(log)

    try:
        yield watch
    finally:
        os.close(log_fd)


def _protect_command(
    tmp_path: Path,
    f: Path,
    scan: Callable[[Callable[[list[Candidate]], Any], list[Candidate]], Any] | None = None,
) -> list[dict[str, Any]]:
    """What ``baomi protect`` does with ``f``: the runner's forked worker scans it (keeping its
    snapshot, as the command asks), the parent labels, seals and records it."""
    rules = load_rules()
    scanner = Scanner(rules)
    scanner.read_once = True
    settings = ScanSettings(keep_snapshots=True)

    def kept(todo: list[Candidate]) -> Any:
        return scan_candidates_kept(todo, settings, jobs=1, scanner=scanner)

    out = io.StringIO()
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        protector = Protector(rules=rules, recipients=[generate_keypair("c").public], store=store)
        run_protect(
            candidates=[Candidate(f)],
            protector=protector,
            scan=(lambda todo: scan(kept, todo)) if scan is not None else kept,
            fmt="jsonl",
            out=out,
            verbose=False,
        )
        assert store.intents.for_original(f) == []  # no seal begun, or the seal finished
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_protect_command_reads_each_original_once(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count_forked_reads: Any
) -> None:
    """The worker reads the original once (its snapshot, hashed on the way) and scans it; the
    parent labels and seals the snapshot it was handed and reads nothing of the original."""
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make(tmp_path / "share", fmt)
    size = f.stat().st_size
    reads = count_forked_reads(f)
    (rec,) = _protect_command(tmp_path, f)
    assert rec["action"] == SEALED, rec
    assert not f.exists() and (f.parent / (f.name + ".baomi")).exists()
    by_pid = reads.bytes_by_pid()
    assert reads.other_opens() == []
    assert os.getpid() not in by_pid  # the parent: nothing
    assert list(by_pid.values()) == [size]  # one worker, the file once


def _append(f: Path) -> None:
    with open(f, "ab") as fh:
        fh.write("补记：复诊改期。\n".encode())


def _replace(f: Path) -> None:
    new = f.with_name("new.tmp")
    new.write_bytes(f.read_bytes().replace("刘洋".encode(), "王芳".encode()))
    os.replace(new, f)


@pytest.mark.parametrize("change", [_append, _replace])
def test_a_file_changed_between_scan_and_seal_is_left_as_it_is(
    change: Callable[[Path], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written (or replaced) after the worker scanned it and before the parent seals it: the
    scanned snapshot is not of the file now there, which is recorded as changed and kept —
    neither the old bytes sealed over a newer file nor the new, unscanned bytes sealed."""
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make(tmp_path / "share", "txt")
    before = f.read_bytes()
    written: list[bytes] = []

    def scan(kept: Callable[[list[Candidate]], Any], todo: list[Candidate]) -> Any:
        for result, snap in kept(todo):
            assert snap is not None  # a secret file: its snapshot comes with it
            change(f)
            written.append(f.read_bytes())
            yield result, snap

    (rec,) = _protect_command(tmp_path, f, scan)
    assert rec["action"] == FAILED and rec["error"] == CHANGED, rec
    assert written[0] != before
    assert f.read_bytes() == written[0]  # the writer's version, untouched
    assert sorted(p.name for p in f.parent.iterdir()) == [f.name]  # no seal, no leftovers


def test_a_replacement_worker_does_not_keep_the_parents_snapshots(tmp_path: Path) -> None:
    """A worker forked while the parent holds snapshots (results waiting for their turn, when a
    killed worker is replaced) closes its copies of them: it would otherwise keep those files'
    bytes in memory for the rest of the run."""
    f = make_text(tmp_path / "a.txt", "一二三\n")
    with Folder.open(tmp_path) as folder, folder.open_original(f.name) as orig:
        snap = orig.snapshot()
    assert snap is not None
    with snap:
        pool = _Pool(ScanSettings(), 1)
        pool.held = lambda: (snap.fd,)
        w = pool.spawn()
        try:
            w.conn.send((0, Candidate(f), 0))
            _index, result, kept, _pieces = w.conn.recv()  # past its start: one file scanned
            assert result.status == "ok" and kept is None
            fds = Path(f"/proc/{w.proc.pid}/fd")
            theirs = [os.readlink(fds / n) for n in os.listdir(fds)]
        finally:
            pool.close()
    assert not [t for t in theirs if t.startswith("/memfd:baomi-snapshot")], theirs
