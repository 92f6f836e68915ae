"""The benchmark scripts still run: ``--quick`` mode, as subprocesses, output shape only.

Benchmarks rot quietly when the engine's API moves under them; this catches that in CI. It
asserts nothing about speed — timings on a shared CI machine are noise, and a timed assertion
would fail for reasons unrelated to the change under test. The figures live in
benchmarks/README.md and come from runs by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO_ROOT / "benchmarks"
NUMBER = r"\d+(?:\.\d+)?"


@cache
def run_quick(script: str) -> str:
    """stdout of ``script --quick``; each script runs once per session, whatever asks."""
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"{script} exited {proc.returncode}:\n{proc.stderr[-3000:]}"
    return proc.stdout


@pytest.mark.parametrize(
    ("script", "ratio_line"),
    [
        (
            "bench_detect.py",
            rf"^detect: baomi {NUMBER} Mchar/s, presidio-baseline {NUMBER} Mchar/s, "
            rf"ratio {NUMBER}x$",
        ),
        ("bench_formats.py", rf"^jobs2/jobs1 speed-up {NUMBER}x$"),
        ("bench_scale.py", rf"^dense: .* ratio {NUMBER}x wall, {NUMBER}x CPU \| in process"),
        (
            "bench_classify.py",
            rf"^ratio new/old: {NUMBER}; classification / Presidio: {NUMBER} → {NUMBER}$",
        ),
        ("bench_regex_engines.py", rf"^dense +[\d,]+ +{NUMBER} +{NUMBER} +{NUMBER}% +{NUMBER}x"),
    ],
)
def test_quick_run_prints_its_ratio_line(script: str, ratio_line: str) -> None:
    out = run_quick(script)
    assert re.search(ratio_line, out, re.MULTILINE), (
        f"no ratio line in the output of {script}:\n{out}"
    )


def test_detect_prints_both_engines_findings_per_entity() -> None:
    out = run_quick("bench_detect.py")
    table = re.search(r"^entity\s+baomi\s+baseline$", out, re.MULTILINE)
    assert table, out
    assert re.search(r"^CN_RESIDENT_ID\s+\d+\s+\d+$", out, re.MULTILINE), out
