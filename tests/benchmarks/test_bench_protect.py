"""benchmarks/bench_protect.py still runs in ``--quick`` mode and prints one row per format with
its ratios against plain AES-GCM. Shape, not speed: timings belong to the benchmark."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
NUMBER = r"\d+(?:\.\d+)?"


def test_bench_protect_quick() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "bench_protect.py"), "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for fmt in ("docx", "xlsx", "pdf", "txt"):
        row = rf"^{fmt}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}x\s+{NUMBER}x$"
        assert re.search(row, proc.stdout, re.M), proc.stdout
        # the command's own path, the worker's snapshot handed over vs read again
        both = rf"^{fmt}: {NUMBER} vs {NUMBER} files/s = {NUMBER}x$"
        assert re.search(both, proc.stdout, re.M), proc.stdout


def test_bench_reads_one_format() -> None:
    """benchmarks/bench_reads.py prints a row per command with bytes read over size."""
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "bench_reads.py"),
            "--files",
            "1",
            "--formats",
            "txt",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for command in ("protect", "watch"):
        row = rf"^txt\s+{command}\s+(?:{NUMBER}x\s+{NUMBER}\s+{NUMBER}|not measured.*)$"
        assert re.search(row, proc.stdout, re.M), proc.stdout
