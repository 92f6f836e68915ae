"""Issue 10 (F1, F2, F6, F7, F12, F13) and issue 15 item 5, done as a share writer would do them:
real symlinks, sealed files forged with the public key, the installed console script."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from labelers.keys import generate_keypair, write_private_key, write_public_key
from labelers.seal import seal_file
from scanner.fsutil import is_temp_name
from tests.clirun import baomi, jsonl
from tests.docmaker import make_text

# each test runs in this process (quick tier) and as the installed script (slow), see
# tests/clirun.py; a test that only means something as a separate process is script_only
pytestmark = pytest.mark.usefixtures("cli_mode_env")

PHONE = "13812345678"
ID = "11010519491231002X"
SECRET_TEXT = f"随访记录\n患者：陈静  电话：{PHONE}\n身份证号：{ID}\n诊断：冠心病\n"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("keys")
    key = generate_keypair("committee")
    write_public_key(where / "committee.pub", key.public)
    # scrypt cost lowered as in test_protect.py: the real cost is tested with `keys generate`
    write_private_key(where / "committee.key", key, "正确的马电池订书钉-2026", scrypt_n=2**14)
    return where


def _protect(root: Path, keys: Path, home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return baomi(
        "protect",
        str(root),
        "--recipient",
        str(keys / "committee.pub"),
        "--format",
        "jsonl",
        "--jobs",
        "1",
        *extra,
        env={"BAOMI_HOME": str(home)},
    )


def _share(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "share"
    root.mkdir()
    doc = root / "随访.txt"
    make_text(doc, SECRET_TEXT)
    doc.chmod(0o600)
    return root, doc


def _audit_kinds(home: Path) -> list[str]:
    with sqlite3.connect(home / "baomi.db") as db:
        return [k for (k,) in db.execute("SELECT kind FROM audit_events ORDER BY seq")]


def test_links_planted_at_the_temporary_names_are_not_followed(tmp_path: Path, keys: Path) -> None:
    """F1: the names main used (.NAME.label.baomi.tmp, .NAME.seal.baomi.tmp) as links to the
    attacker's world-writable file and to a victim file elsewhere."""
    root, doc = _share(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    drop = outside / "drop"
    drop.write_bytes(b"")
    drop.chmod(0o666)
    victim = outside / "victim.conf"
    victim.write_bytes(b"setting = 1\n")
    victim.chmod(0o644)
    (root / ".随访.txt.label.baomi.tmp").symlink_to(drop)
    (root / ".随访.txt.seal.baomi.tmp").symlink_to(victim)
    r = _protect(root, keys, tmp_path / "home")
    assert r.returncode == 0, r.stdout + r.stderr
    assert drop.read_bytes() == b"", "labeled plaintext written through a planted link"
    assert victim.read_bytes() == b"setting = 1\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    sealed = root / "随访.txt.baomi"
    assert sealed.is_file() and not sealed.is_symlink()
    assert stat.S_IMODE(sealed.stat().st_mode) == 0o600
    assert not doc.exists()
    assert not [p for p in root.iterdir() if is_temp_name(p.name)]


def _forge(keys: Path, doc: Path) -> Path:
    """What anyone with the public key can make: a sealed decoy whose header claims ``doc``."""
    from labelers.keys import load_public_key

    decoy = doc.with_name("decoy.txt")
    decoy.write_text("nothing to see\n", encoding="utf-8")
    info = doc.stat()
    meta = {
        "original_name": doc.name,
        "original_size": info.st_size,
        "original_mtime_ns": info.st_mtime_ns,
        "categories": ["medical"],
        "label": {"text": "秘密 保密期限：30年", "level": "秘密", "retention_years": 30},
    }
    sealed = doc.with_name(doc.name + ".baomi")
    seal_file(decoy, sealed, [load_public_key(keys / "committee.pub")], meta)
    decoy.unlink()
    return sealed


def test_a_forged_sealed_file_deletes_nothing(tmp_path: Path, keys: Path) -> None:
    """F2: a forged X.baomi with X's name, size and mtime beside X."""
    root, doc = _share(tmp_path)
    home = tmp_path / "home"
    forged = _forge(keys, doc)
    forged_bytes = forged.read_bytes()
    r = _protect(root, keys, home)
    assert r.returncode == 3, r.stdout + r.stderr
    recs = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert recs["随访.txt"]["action"] == "suspicious"
    assert "forged" in recs["随访.txt"]["error"]
    assert doc.read_text(encoding="utf-8") == SECRET_TEXT
    assert forged.read_bytes() == forged_bytes
    assert "suspicious-seal" in _audit_kinds(home)
    assert baomi("audit", "verify", env={"BAOMI_HOME": str(home)}).returncode == 0


@pytest.mark.script_only
def test_a_forgery_put_over_a_real_leftover_deletes_nothing(tmp_path: Path, keys: Path) -> None:
    """F2 with a store intent present: a run killed after the rename, and the real X.baomi then
    swapped for a forgery. The intent names the real sealed file's digest, not the forgery's."""
    root, doc = _share(tmp_path)
    home = tmp_path / "home"
    r = baomi(
        "protect",
        str(root),
        "--recipient",
        str(keys / "committee.pub"),
        "--jobs",
        "1",
        env={"BAOMI_HOME": str(home), "BAOMI_TEST_CRASH_AT": "renamed"},
    )
    assert r.returncode == -signal.SIGKILL
    (root / "随访.txt.baomi").unlink()
    _forge(keys, doc)
    r = _protect(root, keys, home)
    assert r.returncode == 3
    assert [rec["action"] for rec in jsonl(r.stdout)] == ["suspicious"]
    assert doc.read_text(encoding="utf-8") == SECRET_TEXT


def test_a_file_swapped_for_a_link_after_the_scan_is_refused(tmp_path: Path, keys: Path) -> None:
    """F6: scanned as a regular file, then replaced by a link to a file in a 0700 folder."""
    from labelers.keys import load_public_key
    from scanner.pipeline import Scanner
    from scanner.workflows.protect import Protector

    root, doc = _share(tmp_path)
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    hidden = private / "工资.txt"
    make_text(hidden, f"工资卡号：6222021234567890128\n身份证号：{ID}\n")
    scanner = Scanner()
    result = scanner.scan_file(doc)
    assert result.categories
    doc.unlink()
    doc.symlink_to(hidden)
    protector = Protector(rules=scanner.rules, recipients=[load_public_key(keys / "committee.pub")])
    for label_only in (False, True):
        protector.label_only = label_only
        rec = protector.protect(result)
        assert rec.action == "error", rec
        assert "symbolic link" in (rec.error or "")
    assert sorted(p.name for p in root.iterdir()) == ["随访.txt"]
    assert doc.is_symlink()


@pytest.mark.script_only
def test_the_labeled_copy_is_never_readable_by_others(tmp_path: Path, keys: Path) -> None:
    """F7 and issue 15 item 5: killed right after writing the labeled plaintext copy (umask
    022), nothing new in the share is open to others; the next run removes the leftover."""
    root, doc = _share(tmp_path)
    home = tmp_path / "home"
    r = baomi(
        "protect",
        str(root),
        "--label-only",
        "--jobs",
        "1",
        env={"BAOMI_HOME": str(home), "BAOMI_TEST_CRASH_AT": "labeled"},
    )
    assert r.returncode == -signal.SIGKILL
    leftovers = [p for p in root.iterdir() if p.name != doc.name]
    assert leftovers and all(is_temp_name(p.name) for p in leftovers)
    for p in leftovers:
        assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0
        for inner in p.rglob("*"):
            if not inner.is_symlink():
                assert stat.S_IMODE(inner.stat().st_mode) & 0o077 == 0
    r = _protect(root, keys, home, "--label-only")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in root.iterdir()) == ["随访.txt"]
    assert stat.S_IMODE(doc.stat().st_mode) == 0o600
    assert doc.read_text(encoding="utf-8").startswith("秘密")


def _limit_file_size() -> None:
    # a disk that fills while the labeled copy is written: writes past 256 KiB fail (EFBIG)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))


@pytest.mark.script_only
def test_a_full_disk_leaves_no_partial_plaintext(tmp_path: Path, keys: Path) -> None:
    """Issue 15 item 5: the write of the labeled copy fails half-way."""
    root, doc = _share(tmp_path)
    make_text(doc, SECRET_TEXT + "检查结果正常。\n" * 40_000)  # ~ 0.9 MB
    home = tmp_path / "home"
    assert baomi("audit", "verify", env={"BAOMI_HOME": str(home)}).returncode == 0  # the store
    before = doc.read_bytes()
    for extra in ((), ("--label-only",)):
        r = subprocess.run(
            [
                shutil.which("baomi") or "baomi",
                "protect",
                str(root),
                "--recipient",
                str(keys / "committee.pub"),
                "--format",
                "jsonl",
                *extra,
            ],
            env={**os.environ, "BAOMI_HOME": str(home)},
            capture_output=True,
            text=True,
            preexec_fn=_limit_file_size,
            timeout=120,
        )
        assert r.returncode == 3, r.stdout + r.stderr
        assert "Traceback" not in r.stderr
        assert [rec["action"] for rec in jsonl(r.stdout)] == ["error"]
        assert sorted(p.name for p in root.iterdir()) == ["随访.txt"], "a partial copy was left"
        assert doc.read_bytes() == before


@pytest.mark.script_only  # the warning a clerk sees on the process's stderr
def test_the_state_folder_is_narrowed_at_start(tmp_path: Path) -> None:
    """F12: a state folder made 0755 by hand, a store file 0644."""
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    assert baomi("audit", "verify", env={"BAOMI_HOME": str(home)}).returncode == 0
    (home / "baomi.db").chmod(0o644)
    home.chmod(0o755)
    r = baomi("audit", "verify", env={"BAOMI_HOME": str(home)})
    assert r.returncode == 0
    assert "readable by others" in r.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for p in home.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p


@pytest.mark.script_only
def test_a_fresh_state_folder_is_private_whatever_the_umask(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    r = subprocess.run(
        [shutil.which("baomi") or "baomi", "audit", "verify"],
        env={**os.environ, "BAOMI_HOME": str(home)},
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o000) and None,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for p in home.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p


def test_a_private_key_open_to_others_is_refused(tmp_path: Path, keys: Path) -> None:
    """F13: a private key file with mode 0666."""
    root, doc = _share(tmp_path)
    home = tmp_path / "home"
    assert _protect(root, keys, home).returncode == 0
    loose = tmp_path / "loose.key"
    shutil.copy(keys / "committee.key", loose)
    loose.chmod(0o666)
    r = baomi(
        "open",
        str(root / "随访.txt.baomi"),
        "--key",
        str(loose),
        "--out",
        str(tmp_path / "opened.txt"),
        "--reason",
        "门诊复查调阅",
        env={"BAOMI_HOME": str(home), "BAOMI_PASSPHRASE": "正确的马电池订书钉-2026"},
    )
    assert r.returncode != 0
    assert "chmod 600" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "opened.txt").exists()


def test_a_public_key_whose_name_holds_a_slash_is_refused(tmp_path: Path, keys: Path) -> None:
    """F13: a .pub handed over with a name that would choose a folder."""
    root, _doc = _share(tmp_path)
    bad = tmp_path / "bad.pub"
    text = (keys / "committee.pub").read_text(encoding="utf-8")
    bad.write_text(text.replace('"name": "committee"', '"name": "../../etc/x"'), "utf-8")
    assert "../../etc/x" in bad.read_text(encoding="utf-8")
    r = baomi(
        "protect",
        str(root),
        "--recipient",
        str(bad),
        env={"BAOMI_HOME": str(tmp_path / "home")},
    )
    assert r.returncode != 0
    assert "invalid key name" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr
