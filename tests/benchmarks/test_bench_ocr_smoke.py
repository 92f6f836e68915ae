"""benchmarks/bench_ocr.py still runs (``--quick``, as a subprocess): output shape only, no speed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.extract import ocr

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ocr.installed(), reason="OCR engine not installed (.[ocr])"),
]

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_bench_ocr_quick_prints_accuracy_and_speed() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "bench_ocr.py"), "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert re.search(
        r"^rapidocr\s+scan\s+[01]\.\d{3}\s+[01]\.\d{3}\s+\d+\.\d\d$", proc.stdout, re.M
    )
    assert re.search(r"^rapidocr \d+\.\d\d pages/s$", proc.stdout, re.M), proc.stdout
    assert re.search(
        r"^entity recall scan: scan \d+/\d+ of born digital = [01]\.\d{3}$", proc.stdout, re.M
    )
