"""scripts/soak.py in its short mode: the daemon under churn, then the tree and the store are
checked (nothing missed, nothing doubled, chain intact, memory bounded). The long run belongs
to a test server: ``python scripts/soak.py --minutes 600``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import needs_script

REPO_ROOT = Path(__file__).resolve().parent.parent
pytestmark = [needs_script, pytest.mark.slow]


def test_soak_quick() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "soak.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "all checks passed" in proc.stdout
