"""`baomi config check` and `baomi backup verify` as a user runs them: a subprocess on real
files (config files, sealed files, a backup folder, a SQLite store)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from labelers.keys import generate_keypair
from labelers.seal import seal_file
from scanner.store import Store
from scanner.workflows.backup import backup_sealed
from tests.clirun import IN_PROCESS, MODE_VAR, run_in_process

BAOMI = shutil.which("baomi") or str(Path(sys.executable).parent / "baomi")
# Until scanner/cli/__init__.py registers the groups, the same main() runs with them added here.
SHIM = (
    "import sys; from scanner.cli import main, main_group; "
    "from scanner.cli.config import backup, config\n"
    "for c in (backup, config):\n"
    "    main_group.commands.get(c.name) or main_group.add_command(c)\n"
    "sys.exit(main())"
)
DOC = Path(__file__).resolve().parents[2] / "docs" / "watch-policy.md"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_mode: str) -> dict[str, str]:
    values = {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_DB": f"sqlite:///{tmp_path / 'store.db'}",
    }
    for name in ("BAOMI_FINGERPRINT_KEY", "BAOMI_AUDIT_HEAD", "BAOMI_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values, MODE_VAR: cli_mode}


def baomi(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    if env[MODE_VAR] == IN_PROCESS:
        return run_in_process(*args, env=env)
    from scanner.cli import main_group

    registered = {"config", "backup"} <= set(main_group.commands)
    cmd = [BAOMI, *args] if registered else [sys.executable, "-c", SHIM, *args]
    return subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL
    )


def _doc_example() -> str:
    """The full example of docs/watch-policy.md: the documented file must pass the check."""
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    (example,) = [b for b in blocks if "[[share]]" in b]
    return example


# -- config check ------------------------------------------------------------------------------


def test_the_documented_example_is_valid(env: dict[str, str], tmp_path: Path) -> None:
    cfg = tmp_path / "baomi.toml"
    cfg.write_text(_doc_example(), encoding="utf-8")
    proc = baomi(env, "config", "check", str(cfg))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        "配置有效 / config OK: 2 shares, actions: medical=seal, financial=seal, "
        "personnel=seal, operations=label, other=label"
    )
    assert "  finance: /srv/share/财务科  overrides: operations=seal" in lines
    assert "  clinic: /srv/share/门诊  overrides: medical=label" in lines
    assert "**/公开/**" in proc.stdout and proc.stderr == ""


def test_an_empty_config_is_valid(env: dict[str, str], tmp_path: Path) -> None:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("", encoding="utf-8")
    proc = baomi(env, "config", "check", str(cfg))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("配置有效 / config OK: 0 shares, actions: medical=seal")


def test_every_problem_is_named(env: dict[str, str], tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(
        "[scna]\njobs = 2\n\n[protect]\nlabel_only = true\nfrobnicate = 1\n\n"
        '[[share]]\nname = "finance"\npath = "/srv/share/财务科"\n'
        'policy = { medical = "encrypt" }\n',
        encoding="utf-8",
    )
    proc = baomi(env, "config", "check", str(cfg))
    assert proc.returncode == 2
    assert proc.stdout == ""
    err = proc.stderr
    assert (
        f"{cfg}: [[share]] #1 (finance) policy: medical = 'encrypt'" in err
        and "use one of detect, label, seal" in err
    )
    assert f"{cfg}: unknown section [scna]" in err
    assert "[protect] has no setting 'frobnicate'" in err
    assert "3 problems in" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (None, "config file not found"),
        ("[policy\nmedical = 1", "is not valid TOML"),
        (b"\xff\xfe[policy]", "not UTF-8 text"),
    ],
)
def test_unreadable_config(
    env: dict[str, str], tmp_path: Path, content: str | bytes | None, expect: str
) -> None:
    cfg = tmp_path / "c.toml"
    if isinstance(content, bytes):
        cfg.write_bytes(content)
    elif content is not None:
        cfg.write_text(content, encoding="utf-8")
    proc = baomi(env, "config", "check", str(cfg))
    assert proc.returncode == 2 and expect in proc.stderr and "Traceback" not in proc.stderr


# -- backup verify -----------------------------------------------------------------------------


def _seal_and_back_up(tmp_path: Path, names: list[str]) -> dict[str, Path]:
    key = generate_keypair("保密委员会")
    share = tmp_path / "share"
    share.mkdir(exist_ok=True)
    root = tmp_path / "backup"
    root.mkdir(exist_ok=True)
    copies = {}
    with Store.open(os.environ["BAOMI_DB"]) as store:
        for name in names:
            plain = share / name
            plain.write_text(f"病历 {name}\n" * 40, encoding="utf-8")
            sealed = share / f"{name}.baomi"
            res = seal_file(plain, sealed, [key.public], {"name": name})
            store.record_seal(
                None,
                original_path=plain,
                sealed_path=sealed,
                recipients=[{"name": key.name, "fingerprint": key.fingerprint}],
                sealed_size=res.sealed_size,
                chunk_size=65536,
                expires=None,
            )
            plain.unlink()
            copies[name] = backup_sealed(store, sealed, root, "clinic", name)
    return copies


def test_backup_verify_intact_then_broken(env: dict[str, str], tmp_path: Path) -> None:
    proc = baomi(env, "backup", "verify")
    assert proc.returncode == 0, proc.stderr
    assert (
        proc.stdout.strip() == "备份完好 / backups intact: 0 sealed files: 0 backed up, "
        "0 missing, 0 damaged"
    )
    copies = _seal_and_back_up(tmp_path, ["a.txt", "b.txt", "c.txt"])
    proc = baomi(env, "backup", "verify")
    assert proc.returncode == 0, proc.stderr
    assert "3 sealed files: 3 backed up, 0 missing, 0 damaged" in proc.stdout

    copies["a.txt"].unlink()
    with open(copies["b.txt"], "r+b") as fh:
        fh.seek(-3, os.SEEK_END)
        fh.write(b"xyz")
    proc = baomi(env, "backup", "verify")
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert re.search(r"缺失 MISSING  \S+a\.txt\.baomi  \(.+\)  .*the backup file is gone", out)
    assert re.search(r"损坏 DAMAGED  \S+b\.txt\.baomi  \(.+\)  .*SHA-256 differs", out)
    assert f"    backup: {copies['b.txt']}" in out
    assert out.strip().endswith(
        "备份有问题 / BACKUP PROBLEMS: 3 sealed files: 1 backed up, 1 missing, 1 damaged"
    )

    proc = baomi(env, "backup", "verify", "--format", "json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["counts"] == {"ok": 1, "missing": 1, "damaged": 1} and not report["intact"]
    assert report["damaged"][0]["backup_path"] == str(copies["b.txt"])

    proc = baomi(env, "backup", "verify", "--host", "no-such-server")
    assert proc.returncode == 0 and "0 sealed files" in proc.stdout


def test_backup_verify_cannot_open_the_store(env: dict[str, str], tmp_path: Path) -> None:
    proc = baomi(env, "--db", f"sqlite:///{tmp_path}/no/such/folder/x.db", "backup", "verify")
    assert proc.returncode == 2
    assert "cannot open the store" in proc.stderr and "Traceback" not in proc.stderr
