"""File names that are not UTF-8 (issue 10, finding 3): carried as bytes end to end.

Linux names are bytes; a share written from an old Windows client holds GBK names that are not
valid UTF-8. Such a name once made `scan --record` print a traceback and the daemon crash-loop on
status.json. Now every place a name leaves the process writes it escaped (``\\xNN``,
scanner.names) and the escaped form leads back to the exact bytes of the file.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.names import escape_name, escape_surrogates, json_safe, unescape_name
from scanner.output.jsonlines import JsonLinesWriter
from scanner.pipeline import Scanner
from scanner.store import Store
from tests.clirun import BAOMI, baomi, jsonl, needs_script

SECRET = "患者姓名：张伟\n身份证号：11010519491231002X\n联系电话：13812345678\n诊断：高血压\n"
# 中文病历 in GBK, then bytes that are valid in no encoding: not UTF-8 by any reading.
GBK_NAME = "中文病历".encode("gbk") + b"\xff\xfe.txt"

# Byte names a share can hold: anything but "/" and NUL, not "." or "..".
byte_names = (
    st.binary(min_size=1, max_size=40)
    .map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))
    .filter(lambda b: b not in (b".", b".."))
)


def _write(folder: Path, raw_name: bytes, text: str = SECRET) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw_name)))
    path.write_text(text, encoding="utf-8")
    return path


@given(raw=byte_names)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_byte_name_scans_into_a_valid_json_line_that_leads_back(
    tmp_path: Path, scanner: Scanner, raw: bytes
) -> None:
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + os.urandom(6).hex().encode()))
    folder.mkdir()
    path = _write(folder, raw + b".txt")
    out = io.StringIO()
    JsonLinesWriter(out, reveal=False).write(scanner.scan_file(path))
    line = out.getvalue()
    line.encode("utf-8")  # valid UTF-8: no lone surrogate left
    record = json.loads(line)
    assert unescape_name(record["path"]) == os.fsencode(path)
    assert record["categories"] == ["medical"]


@given(raw=byte_names)
@settings(max_examples=60, deadline=None)
def test_escape_round_trips_and_is_printable(raw: bytes) -> None:
    name = os.fsdecode(raw)
    shown = escape_name(name)
    assert unescape_name(shown) == raw
    assert shown.isprintable()
    shown.encode("utf-8")
    # The store's form: only undecodable bytes escaped, and escaping twice changes nothing.
    stored = escape_surrogates(name)
    stored.encode("utf-8")
    assert escape_surrogates(stored) == stored
    json.dumps(json_safe({"path": name, "list": [name]}), ensure_ascii=False).encode("utf-8")


def test_the_store_records_a_byte_name_and_finds_it_again(
    tmp_path: Path, scanner: Scanner, baomi_home: Path
) -> None:
    path = _write(tmp_path, GBK_NAME)
    result = scanner.scan_file(path)
    with Store.open(f"sqlite:///{tmp_path / 'b.db'}") as store:
        file_id = store.register_scan(result, scanned_path=path)
        assert file_id is not None
        store.record_event("test", str(path), {"path": str(path)})
        # Registering the same file again finds its row (the query uses the same escape).
        assert store.register_scan(result, scanned_path=path) == file_id
        report = store.audit.verify()
        assert report.ok and report.head_problem is None, report


@needs_script
@pytest.mark.slow
def test_scan_protect_watch_and_report_on_a_byte_name(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    path = _write(share, GBK_NAME)
    env = {"BAOMI_HOME": str(tmp_path / "home"), "BAOMI_PASSPHRASE": "odd-names-passphrase"}

    proc = subprocess.run(
        [str(BAOMI), "scan", str(share), "--format", "jsonl"],
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (record,) = jsonl(proc.stdout.decode("utf-8"))  # strict UTF-8
    assert unescape_name(record["path"]) == os.fsencode(path)

    proc2 = baomi("scan", str(share), "--record", "--format", "jsonl", env=env)
    assert proc2.returncode == 0, proc2.stderr
    assert "Traceback" not in proc2.stderr

    keys = tmp_path / "keys"
    assert baomi("keys", "generate", "--name", "c", "--out", str(keys), env=env).returncode == 0
    proc3 = baomi("protect", str(share), "--recipient", str(keys / "c.pub"), env=env)
    assert proc3.returncode == 0, proc3.stdout + proc3.stderr
    assert "Traceback" not in proc3.stderr
    sealed = Path(os.fsdecode(os.fsencode(path) + b".baomi"))
    assert sealed.exists() and not path.exists()
    assert "\\xff\\xfe" in proc3.stdout  # shown escaped, not as raw bytes

    # The daemon, one pass over a second odd name: status.json stays valid and names it.
    path2 = _write(share, b"\xb5\xda\xb6\xfe" + b"\x80.txt")
    state = tmp_path / "state"
    proc4 = baomi(
        "watch", str(share), "--once", "--recipient", str(keys / "c.pub"),
        "--state-dir", str(state), env=env,
    )  # fmt: skip
    assert proc4.returncode == 0, proc4.stderr
    assert "Traceback" not in proc4.stderr
    status = json.loads((state / "status.json").read_bytes().decode("utf-8"))
    assert status
    assert Path(os.fsdecode(os.fsencode(path2) + b".baomi")).exists()

    assert baomi("audit", "verify", env=env).returncode == 0
    out = tmp_path / "r.html"
    proc5 = baomi("report", "--since", "2020-01-01", "--out", str(out), env=env)
    assert proc5.returncode == 0, proc5.stderr
    out.read_bytes().decode("utf-8")
