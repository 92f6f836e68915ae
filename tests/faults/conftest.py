"""Real faults (a full tmpfs, a read-only remount, the store deleted, a root renamed, an
SQLite write lock, ``kill -9``), each followed by the same invariant check.

They mount filesystems, so they run as root (CI runs them as root) and are skipped otherwise.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labelers.seal import read_header
from tests.watch.conftest import Site, baomi_argv, opened

pytestmark = [pytest.mark.slow]

needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="fault injection mounts tmpfs and remounts read-only: needs root"
)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Any]:
    """mount(folder, size): a tmpfs over ``folder``; every one is unmounted afterwards."""
    mounted: list[Path] = []

    def mount(where: Path, size: str) -> Path:
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True
        )
        mounted.append(where)
        return where

    yield mount
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill the filesystem of ``folder`` to the last byte (a file that is not a document)."""
    filler = folder / "filler.fill"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # unbuffered: down to the last byte
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def sealed_of(path: Path) -> Path:
    return path.with_name(path.name + ".baomi")


def temps(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def check_invariant(
    site: Site,
    originals: dict[Path, str],
    *,
    all_sealed: bool,
    db: Path | None = None,
    temps_during_fault: bool = False,
) -> None:
    """Every original present in plaintext or as a complete sealed file that opens to the
    labeled content; the store accounts for every sealed file; `baomi audit verify` passes;
    no temp file left; with ``all_sealed``, every secret is sealed.

    ``temps_during_fault``: while a disk is still full, a failed label copy leaves its temp
    file today (issue 15 item 5, the secure-write change on another branch removes them);
    once the fault clears the retry replaces and removes it, and that check is never skipped.
    """
    for path, marker in originals.items():
        sealed = sealed_of(path)
        if sealed.exists():
            header = read_header(sealed)
            assert header.meta.get("label", {}).get("text"), sealed
            assert marker in opened(site, sealed).decode("utf-8", "replace"), sealed
            assert not path.exists(), f"sealed and still plaintext: {path}"
        else:
            assert not all_sealed, f"not sealed after the fault cleared: {path}"
            assert marker in path.read_text(encoding="utf-8"), path
    on_disk = {str(p) for p in site.share.rglob("*.baomi")}
    store = sqlite3.connect(db or site.home / "baomi.db")
    recorded = {r[0] for r in store.execute("SELECT sealed_path FROM seals")}
    store.close()
    assert on_disk <= recorded, f"sealed but not in the store: {sorted(on_disk - recorded)[:5]}"
    if not temps_during_fault:
        assert temps(site.share) == []
    r = subprocess.run(
        [*baomi_argv(), "audit", "verify"],
        env=site.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr
