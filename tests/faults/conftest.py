"""Real faults (a full tmpfs, a read-only remount, the store deleted, a root renamed, an
SQLite write lock, ``kill -9``), each followed by the same invariant check.

They mount filesystems, so they run as root (CI runs them as root) and are skipped otherwise.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the invariant and the fault helpers live in a plain module that scripts/faults.py shares
from tests.faults.invariant import check_invariant, fill, sealed_of, temps

__all__ = ["check_invariant", "fill", "needs_root", "sealed_of", "temps", "tmpfs"]

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
