"""scripts/faults.py in ``--short`` mode: a seeded random schedule of real faults during a
burst of ~100 documents, then the invariant (tests/faults/invariant.py) on each share."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import needs_root

REPO_ROOT = Path(__file__).resolve().parents[2]
pytestmark = [needs_root, pytest.mark.slow]


def test_short_random_schedule_keeps_the_invariant(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "faults.py"),
            "--short",
            "--seed",
            "11",
            "--work",
            str(tmp_path / "run"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out[-4000:] + proc.stderr[-3000:]
    assert len(re.findall(r"^wave \d+: .* cleared$", out, re.M)) == 3, out
    shares = re.findall(
        r"^(\w+): secret (\d+), sealed (\d+), plaintext left 0, lost 0, unrecorded seals 0, "
        r"bad seals 0, public \d+ \(sealed 0\), temp files 0, audit ok",
        out,
        re.M,
    )
    assert shares and all(int(secret) == int(sealed) > 0 for _, secret, sealed in shares), out
    assert "seed 11: invariant held" in out
