"""File discovery: order, what is ignored, links never followed, loops, unreadable folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scanner import walk as walk_module
from scanner.walk import (
    DIR_REPEATED,
    DIR_UNREADABLE,
    LINK_BROKEN,
    LINK_INSIDE,
    LINK_OUTSIDE,
    MISSING,
    Candidate,
    WalkStats,
    walk,
)


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def run(*roots: Path) -> tuple[list[Candidate], WalkStats]:
    stats = WalkStats()
    return list(walk(list(roots), stats)), stats


def rel(candidates: list[Candidate], base: Path) -> list[tuple[str, str | None]]:
    return [(c.path.relative_to(base).as_posix(), c.status) for c in candidates]


def test_sorted_recursive_and_ignored_count(tmp_path: Path) -> None:
    for name in [
        "b.docx",
        "a.txt",
        "sub/z.pdf",
        "sub/a.XLSX",
        "c.doc",
        "setup.exe",
        "photo.jpg",
        "sub/data.bin",
        "sealed.docx.baomi",
    ]:
        touch(tmp_path / name)
    candidates, stats = run(tmp_path)
    assert rel(candidates, tmp_path) == [
        ("a.txt", None),
        ("b.docx", None),
        ("c.doc", None),
        ("photo.jpg", None),  # yielded so that its record says it needs OCR
        ("sub/a.XLSX", None),
        ("sub/z.pdf", None),
    ]
    assert stats.ignored == 3
    assert stats.directories == 2


def test_lock_and_temporary_files_are_ignored(tmp_path: Path) -> None:
    for name in ["~$报告.docx", ".~lock.名单.xlsx#", "病历.docx.baomi.tmp", "病历.docx"]:
        touch(tmp_path / name)
    candidates, stats = run(tmp_path)
    assert rel(candidates, tmp_path) == [("病历.docx", None)]
    assert stats.ignored == 3


def test_explicit_file_is_always_yielded(tmp_path: Path) -> None:
    setup = touch(tmp_path / "setup.exe")
    lock = touch(tmp_path / "~$a.docx")
    candidates, _ = run(setup, lock)
    assert candidates == [Candidate(setup), Candidate(lock)]


def test_missing_root(tmp_path: Path) -> None:
    candidates, _ = run(tmp_path / "nope")
    assert candidates == [Candidate(tmp_path / "nope", "error", MISSING)]


def test_links_inside_outside_broken(tmp_path: Path) -> None:
    scanned, elsewhere = tmp_path / "share", tmp_path / "elsewhere"
    inside_target = touch(scanned / "docs" / "名单.xlsx")
    outside_target = touch(elsewhere / "工资.xlsx")
    touch(elsewhere / "more" / "x.docx")
    (scanned / "a-inside.xlsx").symlink_to(inside_target)
    (scanned / "b-outside.xlsx").symlink_to(outside_target)
    (scanned / "c-broken.docx").symlink_to(scanned / "deleted.docx")
    (scanned / "d-outside-dir").symlink_to(elsewhere / "more")
    (scanned / "e-lib.so").symlink_to(outside_target)  # not a document by its name...
    (scanned / "f-broken.so").symlink_to(scanned / "nothing")
    candidates, stats = run(scanned)
    assert [(c.path.name, c.status, c.reason) for c in candidates] == [
        ("a-inside.xlsx", "skipped", LINK_INSIDE),
        ("b-outside.xlsx", "skipped", LINK_OUTSIDE),
        ("c-broken.docx", "skipped", LINK_BROKEN),
        ("d-outside-dir", "skipped", LINK_OUTSIDE),
        ("名单.xlsx", None, None),  # docs/: the inside target, at its real path
        # ...but its target is one, so the link is reported rather than ignored
        ("e-lib.so", "skipped", LINK_OUTSIDE),
    ]
    assert stats.ignored == 1  # the broken link named like a library


def test_link_to_an_ancestor_is_no_loop(tmp_path: Path) -> None:
    touch(tmp_path / "a" / "b" / "x.txt")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path / "a")
    candidates, _ = run(tmp_path / "a")
    assert rel(candidates, tmp_path) == [("a/b/up", "skipped"), ("a/b/x.txt", None)]
    assert candidates[0].reason == LINK_INSIDE


def test_explicit_link_root_is_not_followed(tmp_path: Path) -> None:
    target = touch(tmp_path / "real" / "a.docx")
    link = tmp_path / "link.docx"
    link.symlink_to(target)
    assert run(link)[0] == [Candidate(link, "skipped", LINK_OUTSIDE)]


def test_same_folder_twice_is_walked_once(tmp_path: Path) -> None:
    # the (st_dev, st_ino) guard that also stops bind-mount loops
    touch(tmp_path / "sub" / "a.txt")
    candidates, _ = run(tmp_path, tmp_path / "sub")
    assert rel(candidates, tmp_path) == [("sub/a.txt", None), ("sub", "skipped")]
    assert candidates[1].reason == DIR_REPEATED


def test_unreadable_folder_is_an_error_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    touch(tmp_path / "a-locked" / "secret.docx")
    touch(tmp_path / "b-open" / "a.txt")
    locked = tmp_path / "a-locked"
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str):  # type: ignore[no-untyped-def]
        # root reads any folder, so a chmod 000 would prove nothing in CI
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    candidates, _ = run(tmp_path)
    assert rel(candidates, tmp_path) == [("a-locked", "error"), ("b-open/a.txt", None)]
    assert candidates[0].reason == DIR_UNREADABLE
