"""Running the installed ``baomi`` console script as a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

BAOMI = shutil.which("baomi")
needs_script = pytest.mark.skipif(BAOMI is None, reason="the baomi console script is not installed")


def baomi(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    assert BAOMI is not None
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [BAOMI, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]
