"""The three writers that once made their temporary files by path — the fingerprint key, the
transfer's new sealed file, declassification's unmarked and unsealed copies — against a share
writer who plants entries where baomi writes: a link at the name baomi used to use, a link in
place of the document, and a watch on the folder for any file baomi makes there that a share
writer could swap. Everything is real: links, files, a store, a watchdog inotify observer."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.inotify import InotifyObserver

from labelers.docx import DocxLabeler
from labelers.keys import generate_keypair
from labelers.seal import read_header, seal_file
from scanner.fsutil import is_temp_name
from scanner.store import Store
from scanner.store.fingerprints import KEY_BYTES, load_or_create_key
from scanner.workflows import lifecycle
from scanner.workflows.access import transfer_file
from scanner.workflows.lifecycle import LifecycleError
from tests.workflows.test_lifecycle import DECLASSIFY_OK, _labeled_docx, _sealed_docx

SECRET = b"attacker's file, must stay as it is\n"


class _Made(FileSystemEventHandler):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.names: list[str] = []

    def on_any_event(self, event: FileSystemEvent) -> None:
        for where in (event.src_path, getattr(event, "dest_path", "")):
            path = Path(os.fsdecode(where)) if where else None
            if (
                path is not None
                and path.parent == self.folder
                and event.event_type
                in (
                    "created",
                    "moved",
                )
            ):
                self.names.append(path.name)


@contextlib.contextmanager
def entries_made_in(folder: Path) -> Iterator[list[str]]:
    """Names of every entry created in ``folder`` (not below it) during the block, as a share
    writer watching with inotify sees them."""
    handler = _Made(folder)
    observer = InotifyObserver()
    observer.schedule(handler, str(folder), recursive=False)
    observer.start()
    try:
        yield handler.names
        # every event of the block is delivered before the marker's own
        marker = folder / "zz-marker"
        marker.write_bytes(b"")
        deadline = time.monotonic() + 10
        while "zz-marker" not in handler.names and time.monotonic() < deadline:
            time.sleep(0.01)
        marker.unlink()
        handler.names.remove("zz-marker")
    finally:
        observer.stop()
        observer.join()


def _only_private_work_folders(folder: Path, made: list[str], final: set[str]) -> None:
    """Besides the final names, baomi made nothing in the share but its private work folders
    (fsutil's: a random temp name, a folder, mode 0700) — no file a share writer could swap."""
    others = [n for n in made if n not in final]
    assert all(is_temp_name(n) and ".work." in n for n in others), others
    assert not [n for n in os.listdir(folder) if n.startswith(".")]  # and nothing left behind


def test_fingerprint_key_ignores_a_link_planted_at_the_old_temporary_name(tmp_path: Path) -> None:
    state, elsewhere = tmp_path / "state", tmp_path / "elsewhere"
    state.mkdir()
    elsewhere.mkdir()
    victim = elsewhere / "victim"
    victim.write_bytes(SECRET)
    key_path = state / "fingerprint.key"
    # the name the key was once written under, predictable from the process id
    os.symlink(victim, state / f".{key_path.name}.{os.getpid()}.tmp")
    key = load_or_create_key(key_path)
    assert len(key) == KEY_BYTES and key_path.read_bytes() == key
    info = key_path.lstat()
    assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600
    assert victim.read_bytes() == SECRET
    assert load_or_create_key(key_path) == key
    assert [n for n in os.listdir(state) if is_temp_name(n)] == []


def test_fingerprint_key_never_written_through_a_link_at_its_name(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    target = tmp_path / "planted-target"
    os.symlink(target, state / "fingerprint.key")
    with pytest.raises(Exception, match="fingerprint key"):
        load_or_create_key(state / "fingerprint.key")
    assert not target.exists()


def test_transfer_makes_no_swappable_file_in_the_share(store: Store, tmp_path: Path) -> None:
    committee, clinic = generate_keypair("committee"), generate_keypair("clinic")
    share = tmp_path / "share"
    share.mkdir()
    src = tmp_path / "门诊病历.txt"
    src.write_bytes("姓名：张伟 诊断：高血压\n".encode() * 500)
    sealed = share / "门诊病历.txt.baomi"
    seal_file(src, sealed, [committee.public], {"original_name": src.name}, chunk_size=4096)
    with entries_made_in(share) as made:
        rec = transfer_file(
            store,
            sealed,
            committee,
            clinic.public,
            method="network",
            approved_by=[],
            emergency=True,
            actor="t",
        )
    out = Path(rec["out_path"])
    assert out.parent == share and stat.S_IMODE(out.lstat().st_mode) == 0o600
    assert read_header(out).recipients[0].fingerprint == clinic.public.fingerprint
    _only_private_work_folders(share, made, {out.name})


def test_declassify_refuses_a_link_planted_in_place_of_the_document(
    store: Store, tmp_path: Path
) -> None:
    private, share = tmp_path / "private", tmp_path / "share"
    private.mkdir(mode=0o700)
    share.mkdir()
    real = _labeled_docx(store, private)
    before = real.read_bytes()
    planted = share / real.name
    os.symlink(real, planted)
    with pytest.raises(LifecycleError, match="link"):
        lifecycle.declassify(store, planted, "not-needed", DECLASSIFY_OK)
    # the link was not replaced by an unmarked copy of the private file
    assert planted.is_symlink() and real.read_bytes() == before
    assert sorted(os.listdir(share)) == [real.name]
    assert DocxLabeler().read(real) is not None


def test_declassify_labeled_makes_no_swappable_file_in_the_share(
    store: Store, tmp_path: Path
) -> None:
    path = _labeled_docx(store, tmp_path)
    with entries_made_in(tmp_path) as made:
        lifecycle.declassify(store, path, "not-needed", DECLASSIFY_OK)
    assert DocxLabeler().read(path) is None
    _only_private_work_folders(tmp_path, made, {path.name})


def test_declassify_sealed_makes_no_swappable_file_in_the_share(
    store: Store, tmp_path: Path
) -> None:
    key = generate_keypair("committee")
    folder = tmp_path / "docs"
    folder.mkdir()
    sealed = _sealed_docx(store, folder, key)
    with entries_made_in(folder) as made:
        done = lifecycle.declassify(store, sealed, "published", DECLASSIFY_OK, unseal=True, key=key)
    out = Path(done.out_path or "")
    assert DocxLabeler().read(out) is None
    _only_private_work_folders(folder, made, {out.name})


def test_audit_key_made_through_fsutil_never_over_a_planted_entry(tmp_path: Path) -> None:
    """The audit key (scanner/store/identity.py), made like the fingerprint key: a link planted
    at its name is neither followed nor replaced, and nothing of baomi's is left beside it."""
    from scanner.store.identity import AuditKeyError, create_key

    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    made = create_key(state / "audit-s1.key", "s1", 1)
    assert stat.S_IMODE((state / "audit-s1.key").stat().st_mode) == 0o600
    assert create_key(state / "audit-s1.key", "s1", 1).key == made.key  # never replaced
    target = tmp_path / "planted-target"
    os.symlink(target, state / "audit-s2.key")
    with pytest.raises(AuditKeyError):
        create_key(state / "audit-s2.key", "s2", 1)
    assert not target.exists() and (state / "audit-s2.key").is_symlink()
    assert sorted(os.listdir(state)) == ["audit-s1.key", "audit-s2.key"]
