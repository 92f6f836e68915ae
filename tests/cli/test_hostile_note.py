"""Issue 10 finding 11: a note typed into approve/reject is free text, masked before it reaches
the audit trail, as the approvals table already masks it. Done as a clerk would: the installed
``baomi``, a real sealed file, then ``audit log`` and the database file read byte for byte."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_protect import PASSPHRASE, make_corpus
from tests.clirun import baomi, jsonl

# each test runs in this process (quick tier) and as the installed script (slow), see
# tests/clirun.py; a test that only means something as a separate process is script_only
pytestmark = pytest.mark.usefixtures("cli_mode_env")

# Synthetic: the GB 11643 example number and a made-up mobile number.
ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"


def _ok(*args: str, env: dict[str, str]) -> str:
    r = baomi(*args, env=env)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r.stdout


def test_approve_and_reject_notes_are_masked_in_the_audit_trail(tmp_path: Path) -> None:
    env = {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
    }
    _ok("keys", "generate", "--name", "committee", "--out", str(tmp_path / "keys"), env=env)
    share = make_corpus(tmp_path / "share")
    _ok("protect", str(share), "--recipient", str(tmp_path / "keys" / "committee.pub"), env=env)
    sealed = sorted(share.rglob("*.baomi"))
    assert sealed
    until = (date.today() + timedelta(days=3)).isoformat()
    ids = []
    for _ in range(2):
        out = _ok(
            "request", "create", "--file", str(sealed[0]), "--purpose", "医疗纠纷调查",
            "--until", until, "--kind", "consult", env=env,
        )  # fmt: skip
        ids.append(out.split("request ")[1].split(":")[0])
    _ok("request", "approve", ids[0], "--as", "科室负责人", "--by", "王主任",
        "--note", f"患者身份证 {ID_NUMBER} 已核对", env=env)  # fmt: skip
    _ok("request", "reject", ids[1], "--as", "科室负责人", "--by", "王主任",
        "--note", f"请先电话 {PHONE} 联系", env=env)  # fmt: skip

    table = _ok("audit", "log", env=env)
    events = jsonl(_ok("audit", "log", "--format", "jsonl", env=env))
    notes = [e["details"]["note"] for e in events if e["kind"] in ("approve", "reject")]
    assert len(notes) == 2
    assert notes[0].startswith("患者身份证 11") and notes[0].endswith("2X 已核对")
    assert "*" in notes[0] and "*" in notes[1]
    for secret in (ID_NUMBER, PHONE):
        assert secret not in table
        assert all(secret not in n for n in notes)
    db = (tmp_path / "home" / "baomi.db").read_bytes()
    assert ID_NUMBER.encode() not in db and PHONE.encode() not in db
    # Masking happens before hashing, so the chain still verifies.
    assert baomi("audit", "verify", env=env).returncode == 0


@pytest.fixture(autouse=True)
def _no_outside_store(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BAOMI_FINGERPRINT_KEY", "BAOMI_AUDIT_HEAD"):
        monkeypatch.delenv(name, raising=False)
