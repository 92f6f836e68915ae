"""benchmarks/bench_county.py still runs in ``--short`` mode against the real PostgreSQL: centres
claiming at once, daemons with their site ids sealing every file once, and the report over all
sites and one. Shape and correctness (the script asserts them), not speed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import needs_script
from tests.store_fixtures import _pg_base_url

REPO_ROOT = Path(__file__).resolve().parents[2]
NUMBER = r"[\d,]+(?:\.\d+)?"
pytestmark = [needs_script, pytest.mark.slow]


def test_county_short() -> None:
    _pg_base_url()  # skips without a server, fails instead under BAOMI_TEST_PG_REQUIRED=1
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "bench_county.py"), "--short"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out[-3000:] + proc.stderr[-3000:]
    assert re.search(rf"{NUMBER} claims/s over the county .* p95 {NUMBER} ms", out), out
    assert "exit codes [0], sealed 15/15, claims by site 5-5" in out, out
    assert re.search(
        rf"new gather, all sites: {NUMBER} s, peak RSS {NUMBER} MiB .* a table of 5 sites", out
    ), out
    assert re.search(rf"new gather, site c03: {NUMBER} s, .* a table of 1 sites", out), out
