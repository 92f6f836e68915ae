"""benchmarks/bench_seal.py still runs in ``--quick`` mode and prints its table and ratio lines.

Like test_bench_smoke.py this checks shape, not speed — except the memory figure, which is not
noise: sealing and opening 32 MiB must not grow peak RSS by more than a few chunks."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
NUMBER = r"\d+(?:\.\d+)?"


def test_bench_seal_quick() -> None:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "bench_seal.py"), "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert re.search(r"^operation\s+baomi MiB/s\s+plain AES-GCM MiB/s\s+baomi/plain", out, re.M), (
        out
    )
    for op in ("seal", "open"):
        assert re.search(rf"^{op}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}x", out, re.M), out
        assert re.search(
            rf"^{op}: baomi {NUMBER} MiB/s, plain-aesgcm {NUMBER} MiB/s, ratio {NUMBER}x$",
            out,
            re.M,
        ), out
    rss = re.search(rf"grew peak RSS by ({NUMBER}) MiB, opening it by ({NUMBER}) MiB", out)
    assert rss, out
    assert float(rss.group(1)) < 16 and float(rss.group(2)) < 16, out
    # The brief asks quick mode to stay under 10 s; the margin absorbs a loaded CI machine.
    assert elapsed < 30, f"--quick took {elapsed:.1f} s"
