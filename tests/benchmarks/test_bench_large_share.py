"""benchmarks/bench_large_share.py still runs in ``--quick`` mode (2,000 files): the output's
shape, and that every secret ended sealed and recorded. Not speed."""

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


def test_large_share_quick() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "bench_large_share.py"), "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out[-3000:] + proc.stderr[-3000:]
    assert re.search(rf"baseline: baomi scan --jobs 1 {NUMBER} s \({NUMBER} files/s\)", out)
    assert re.search(rf"peak PSS {NUMBER} MiB, peak RSS summed {NUMBER} MiB", out), out
    assert re.search(rf"ratio: files/s watch/scan {NUMBER}x, peak PSS watch/scan {NUMBER}x", out)
    m = re.search(r"secret (\d+): sealed (\d+), recorded (\d+) \(seals in the store (\d+)\)", out)
    assert m and int(m[1]) > 0 and len(set(m.groups())) == 1, out
    assert "plaintext left 0; public sealed 0, public missing 0; temp files 0" in out
