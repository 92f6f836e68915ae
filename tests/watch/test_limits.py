"""The daemon's workers run under the same per-file memory ceiling as scan and protect
(scanner.limits): a file that needs more is recorded with the reason and retried later, the
other files are sealed, and the worker is not lost. A real daemon process, real files."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from labelers.keys import generate_keypair, write_public_key
from tests.extract.test_hostile_files import _docx_with_one_paragraph_of_text_boxes
from tests.watch.conftest import FAST, baomi_argv, secret_text

pytestmark = pytest.mark.slow


def test_a_file_over_the_memory_ceiling_is_recorded_and_the_rest_are_sealed(
    tmp_path: Path,
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    # docx is read by streaming: only one paragraph of 20 MB of text boxes, held whole until
    # the paragraph ends, still needs more than the 64 MiB ceiling
    big = _docx_with_one_paragraph_of_text_boxes(share / "big.docx", 20 * 1024 * 1024)
    secret = secret_text(share / "随访.txt")
    pub = tmp_path / "committee.pub"
    write_public_key(pub, generate_keypair("committee").public)
    state = tmp_path / "state"
    proc = subprocess.run(
        [*baomi_argv(), "watch", str(share), "--once", "--recipient", str(pub), *FAST,
         "--file-memory", "64", "--state-dir", str(state), "--log-format", "json"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "BAOMI_HOME": str(tmp_path / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""},
    )  # fmt: skip
    assert "Traceback" not in proc.stderr
    assert (share / "随访.txt.baomi").exists() and not secret.exists()
    assert big.exists()  # not read, so neither sealed nor lost
    logged = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    errors = [e.get("error") or "" for e in logged if e.get("path", "").endswith("big.docx")]
    assert any("out of memory" in e or "memory limit exceeded" in e for e in errors), proc.stderr[
        -2000:
    ]
    assert "readable by others" not in proc.stderr  # baomi makes its own files private
