"""benchmarks/bench_watch.py still runs in ``--quick`` mode: the reconciliation walk against a
bare os.scandir walk, and a burst drained exactly once next to ``baomi protect``. Shape and
exactly-once, not speed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import needs_script

REPO_ROOT = Path(__file__).resolve().parents[2]
NUMBER = r"\d+(?:\.\d+)?"
pytestmark = [needs_script, pytest.mark.slow]


def run(part: str) -> str:
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "bench_watch.py"),
            "--quick",
            "--part",
            part,
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc.stdout


def test_reconcile_quick() -> None:
    out = run("reconcile")
    assert re.search(rf"bare os.scandir {NUMBER} s = {NUMBER} µs/file \(ratio {NUMBER}x\)", out)


def test_burst_quick() -> None:
    out = run("burst")
    assert re.search(rf"ratio {NUMBER}x", out)
    assert "missed 0, doubled/unexpected 0" in out
