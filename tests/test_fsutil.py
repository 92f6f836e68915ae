"""scanner.fsutil on a real filesystem: planted links and files at every name it may use, names
that are not UTF-8, errors half-way through a write."""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner import fsutil
from scanner.fsutil import Folder, UnsafeFile, WorkDir

# any byte but NUL and "/", and not "." or ".." — what a share may hold, UTF-8 or not
names = (
    st.binary(min_size=1, max_size=60)
    .map(lambda b: b.replace(b"\0", b"_").replace(b"/", b"_"))
    .filter(lambda b: b not in (b".", b".."))
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _fresh(tmp_path: Path, tag: str) -> Path:
    folder = tmp_path / f"{tag}-{os.urandom(4).hex()}"
    folder.mkdir()
    return folder


def _listing(folder: Path) -> set[bytes]:
    return set(os.listdir(os.fsencode(folder)))


@SETTINGS
@given(name=names, data=st.binary(max_size=5000))
def test_write_atomic_any_name_leaves_only_the_file(
    tmp_path: Path, name: bytes, data: bytes
) -> None:
    folder = _fresh(tmp_path, "w")
    target = folder / os.fsdecode(name)
    fsutil.write_atomic(target, data, mode=0o640)
    assert _listing(folder) == {name}
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@SETTINGS
@given(name=names, data=st.binary(min_size=1, max_size=2000))
def test_link_at_target_is_replaced_never_followed(
    tmp_path: Path, name: bytes, data: bytes
) -> None:
    folder = _fresh(tmp_path, "l")
    outside = _fresh(tmp_path, "outside") / "victim"
    outside.write_bytes(b"keep me")
    target = folder / os.fsdecode(name)
    target.symlink_to(outside)
    fsutil.write_atomic(target, data)
    assert outside.read_bytes() == b"keep me"
    assert not target.is_symlink() and target.read_bytes() == data


@SETTINGS
@given(name=names)
def test_never_overwrite_refuses_any_existing_entry(tmp_path: Path, name: bytes) -> None:
    folder = _fresh(tmp_path, "n")
    outside = _fresh(tmp_path, "outside") / "victim"
    outside.write_bytes(b"keep me")
    target = folder / os.fsdecode(name)
    target.symlink_to(outside)
    with pytest.raises(FileExistsError):
        fsutil.write_atomic(target, b"new", overwrite=False)
    assert _listing(folder) == {name}  # no temporary file left
    assert outside.read_bytes() == b"keep me"


@SETTINGS
@given(planted=st.lists(st.sampled_from(["link", "file", "dir", "fifo"]), min_size=1, max_size=5))
def test_planted_entries_at_temp_names_are_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: list[str]
) -> None:
    """Whoever guesses (or sees) the next temporary names and plants entries there gets them
    left alone: the write takes a name nobody holds."""
    folder = _fresh(tmp_path, "p")
    victim = _fresh(tmp_path, "outside") / "victim"
    victim.write_bytes(b"keep me")
    real = fsutil.random_name
    taken = [real() for _ in planted]
    for kind, name in zip(planted, taken, strict=True):
        entry = folder / name
        if kind == "link":
            entry.symlink_to(victim)
        elif kind == "file":
            entry.write_bytes(b"theirs")
        elif kind == "dir":
            entry.mkdir()
        else:
            os.mkfifo(entry)
    queue: Iterator[str] = iter(taken)
    monkeypatch.setattr(fsutil, "random_name", lambda kind="": next(queue, None) or real(kind))
    fsutil.write_atomic(folder / "doc.txt", b"mine")
    monkeypatch.undo()
    assert victim.read_bytes() == b"keep me"
    assert (folder / "doc.txt").read_bytes() == b"mine"
    assert _listing(folder) == {b"doc.txt", *(n.encode() for n in taken)}
    for kind, name in zip(planted, taken, strict=True):
        if kind == "file":
            assert (folder / name).read_bytes() == b"theirs"


def test_an_error_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "doc").write_bytes(b"old")
    with pytest.raises(RuntimeError), fsutil.atomic_writer(tmp_path / "doc") as out:
        out.write(b"half of the secret")
        raise RuntimeError("disk full")
    assert sorted(os.listdir(tmp_path)) == ["doc"]
    assert (tmp_path / "doc").read_bytes() == b"old"


def test_write_new_removes_partial_file(tmp_path: Path) -> None:
    def fill(out: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        fsutil.write_new(tmp_path / "copy", fill)
    assert os.listdir(tmp_path) == []


def test_open_new_refuses_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep me")
    (tmp_path / "dst").symlink_to(victim)
    with pytest.raises(FileExistsError):
        fsutil.open_new(tmp_path / "dst")
    assert victim.read_bytes() == b"keep me"


def test_open_original_refuses_links_fifos_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "doc").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / "doc")
    os.mkfifo(tmp_path / "fifo")
    with Folder.open(tmp_path) as folder:
        with folder.open_original("doc") as orig:
            assert orig.sha256() == fsutil.sha256_fd(orig.fd)
            ident = orig.identity
        with pytest.raises(UnsafeFile):
            folder.open_original("link")
        with pytest.raises(UnsafeFile):
            folder.open_original("fifo")  # refused without blocking
        (tmp_path / "doc").unlink()
        (tmp_path / "doc").write_bytes(b"x")
        if (tmp_path / "doc").stat().st_ino != ident[1]:
            with pytest.raises(UnsafeFile):
                folder.open_original("doc", expect=ident)
        with pytest.raises(ValueError):
            folder.open_original("../doc")


def test_unlink_if_same_puts_a_swapped_file_back(tmp_path: Path) -> None:
    (tmp_path / "doc").write_bytes(b"original")
    with Folder.open(tmp_path) as folder, WorkDir.make(folder) as work:
        ident = fsutil.identity(folder.lstat("doc"))
        os.rename(tmp_path / "doc", tmp_path / "moved")
        (tmp_path / "doc").write_bytes(b"someone else's")
        assert not folder.unlink_if_same("doc", ident, work)
        assert (tmp_path / "doc").read_bytes() == b"someone else's"
        os.unlink(tmp_path / "doc")
        os.rename(tmp_path / "moved", tmp_path / "doc")
        assert folder.unlink_if_same("doc", ident, work)
    assert os.listdir(tmp_path) == []


def test_workdir_is_private_and_only_unlocked_leftovers_are_removed(tmp_path: Path) -> None:
    with Folder.open(tmp_path) as folder:
        live = WorkDir.make(folder)
        assert stat.S_IMODE(os.fstat(live.fd).st_mode) == 0o700
        dead = WorkDir.make(folder)
        (dead.path / "labeled copy").write_bytes(b"plaintext")
        dead_name = dead.name
        dead.close()  # a crash: the folder stays, its lock is gone
        (tmp_path / fsutil.random_name("label")).symlink_to("/etc/passwd")
        (tmp_path / ".doc.txt.label.baomi.tmp").write_bytes(b"not ours by name")
        removed = fsutil.remove_stale_workdirs(folder)
        assert removed == [dead_name]
        assert live.path.is_dir()
        # a lock taken through another open file description conflicts, as another process's
        other = os.open(live.path, os.O_RDONLY)
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.close(other)
        live.remove()
    assert len(os.listdir(tmp_path)) == 2  # the link and the file named otherwise


def test_tighten_narrows_what_we_own(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    state.chmod(0o755)
    (state / "baomi.db").write_bytes(b"")
    (state / "baomi.db").chmod(0o644)
    (state / "status.json").write_bytes(b"{}")
    (state / "status.json").chmod(0o600)
    problems = fsutil.tighten(state)
    assert len(problems) == 2 and all("/" in p for p in problems)
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert stat.S_IMODE((state / "baomi.db").stat().st_mode) == 0o600
    assert fsutil.tighten(state) == []


def test_tighten_leaves_a_file_a_person_put_there(tmp_path: Path) -> None:
    """Only what baomi makes in its folders is narrowed: a note, a copy of a key, a folder a
    clerk keeps in the data folder keep their modes (and their owner's intent)."""
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    theirs = {"说明.txt": 0o644, "backup-fingerprint.key": 0o640, "baomi.db.bak": 0o644}
    for name, mode in theirs.items():
        (state / name).write_bytes(b"x")
        (state / name).chmod(mode)
    (state / "共享").mkdir()
    (state / "共享").chmod(0o755)
    ours = {"baomi.db-wal": 0o644, "fingerprint.key": 0o640, "audit-3f9a0c.head": 0o644}
    for name, mode in ours.items():
        (state / name).write_bytes(b"x")
        (state / name).chmod(mode)
    problems = fsutil.tighten(state)
    assert sorted(p.split(" / ")[1].split()[0].rsplit("/", 1)[1] for p in problems) == sorted(ours)
    for name, mode in theirs.items():
        assert stat.S_IMODE((state / name).stat().st_mode) == mode, name
    assert stat.S_IMODE((state / "共享").stat().st_mode) == 0o755
    for name in ours:
        assert stat.S_IMODE((state / name).stat().st_mode) & 0o077 == 0, name


def test_fsync_dir_raises_real_errors(tmp_path: Path) -> None:
    fsutil.fsync_dir(tmp_path)
    with pytest.raises(FileNotFoundError):
        fsutil.fsync_dir(tmp_path / "missing")
