"""``--site`` on ``scan --record`` and ``protect`` (issue 13): the centre a county's store records
a run for, given on the command line, by BAOMI_SITE or in the config file; a bad one refused
with a message. And ``report --site`` lists only that centre's state-secret documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from scanner.store.tables import files
from tests.clirun import MODE_VAR, baomi
from tests.docmaker import make_docx, make_text

PHONE = "13812345678"


@pytest.fixture
def env(tmp_path: Path, cli_mode: str) -> dict[str, str]:
    return {
        MODE_VAR: cli_mode,
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
        "BAOMI_SITE": "",
    }


def _secret(folder: Path, name: str) -> Path:
    return make_text(folder / name, f"高血压随访记录\n患者：刘洋  联系电话：{PHONE}\n")


def _sites(env: dict[str, str]) -> dict[str, str | None]:
    engine = create_engine(f"sqlite:///{env['BAOMI_HOME']}/baomi.db")
    with engine.connect() as conn:
        rows = conn.execute(select(files.c.path, files.c.site)).all()
    engine.dispose()
    return {Path(p).name: s for p, s in rows}


def test_scan_record_and_protect_record_the_site_given(tmp_path: Path, env: dict[str, str]) -> None:
    _secret(tmp_path / "a", "城关.txt")
    _secret(tmp_path / "b", "河口.txt")
    _secret(tmp_path / "c", "环境.txt")
    r = baomi("scan", str(tmp_path / "a"), "--record", "--site", "城关", env=env)
    assert r.returncode == 0, r.stderr
    r = baomi("protect", str(tmp_path / "b"), "--label-only", "--site", "河口", env=env)
    assert r.returncode == 0, r.stderr
    # the environment, as before the option existed
    r = baomi("scan", str(tmp_path / "c"), "--record", env={**env, "BAOMI_SITE": "c-03"})
    assert r.returncode == 0, r.stderr
    assert _sites(env) == {"城关.txt": "城关", "河口.txt": "河口", "环境.txt": "c-03"}


def test_the_config_file_names_the_site(tmp_path: Path, env: dict[str, str]) -> None:
    config = tmp_path / "baomi.toml"
    config.write_text('[scan]\nsite = "cg01"\n[protect]\nsite = "hk02"\n', encoding="utf-8")
    _secret(tmp_path / "a", "一.txt")
    _secret(tmp_path / "b", "二.txt")
    with_config = {**env, "BAOMI_CONFIG": str(config)}
    assert baomi("scan", str(tmp_path / "a"), "--record", env=with_config).returncode == 0
    r = baomi("protect", str(tmp_path / "b"), "--label-only", env=with_config)
    assert r.returncode == 0, r.stderr
    assert _sites(env) == {"一.txt": "cg01", "二.txt": "hk02"}


@pytest.mark.parametrize("command", ["scan", "protect"])
def test_a_bad_site_id_is_refused_with_a_message(
    tmp_path: Path, env: dict[str, str], command: str
) -> None:
    _secret(tmp_path / "a", "一.txt")
    extra = ["--record"] if command == "scan" else ["--label-only"]
    r = baomi(command, str(tmp_path / "a"), *extra, "--site", "a/b", env=env)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "site id" in r.stderr and "Traceback" not in r.stderr


def test_scan_without_record_opens_no_store_whatever_the_site(
    tmp_path: Path, env: dict[str, str]
) -> None:
    _secret(tmp_path / "a", "一.txt")
    r = baomi("scan", str(tmp_path / "a"), "--site", "城关", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    assert not (Path(env["BAOMI_HOME"]) / "baomi.db").exists()


def test_report_site_lists_only_that_centres_state_secret_documents(
    tmp_path: Path, env: dict[str, str]
) -> None:
    for site in ("城关", "河口"):
        make_docx(
            tmp_path / site / f"{site}纪要.docx",
            ["关于某项工作的会议纪要", "会议讨论了有关事项。"],
            header="机密★10年",
        )
        r = baomi("scan", str(tmp_path / site), "--record", "--site", site, env=env)
        assert r.returncode == 0, r.stderr
    out = {}
    for site in ("河口", None):
        page = tmp_path / f"{site or 'all'}.html"
        args = ["report", "--since", "2026-01-01", "--out", str(page)]
        r = baomi(*args, *(["--site", site] if site else []), env=env)
        assert r.returncode == 0, r.stderr
        out[site] = page.read_text(encoding="utf-8")
    assert "河口纪要.docx" in out["河口"] and "城关纪要.docx" not in out["河口"]
    assert "1 个文件带有国家秘密标志" in out["河口"]
    assert "城关纪要.docx" in out[None] and "2 个文件带有国家秘密标志" in out[None]
