"""The config file: sections are commands, keys are long flag names; mistakes are exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clirun import baomi, jsonl
from tests.docmaker import make_text

# Each test runs in this process (quick tier) and as the installed script (slow).
pytestmark = pytest.mark.usefixtures("cli_mode_env")


def test_config_sets_options_and_mistakes_are_named(tmp_path: Path) -> None:
    doc = make_text(
        tmp_path / "docs" / "随访.txt", "随访记录\n患者：陈静  电话：13812345678\n诊断：冠心病\n"
    )
    env = {"BAOMI_HOME": str(tmp_path / "home")}
    good = tmp_path / "good.toml"
    good.write_text(
        '[scan]\nformat = "jsonl"\nmin-score = 0.6\n\n[policy]\nmedical = "seal"\n\n'
        '[[share]]\nname = "docs"\npath = "/srv/docs"\n',
        encoding="utf-8",
    )
    r = baomi("--config", str(good), "scan", str(doc), env=env)
    assert r.returncode == 0, r.stderr
    assert jsonl(r.stdout)[0]["categories"] == ["medical"]
    for text, word in (
        ("[scna]\nformat = 'json'\n", "[scna]"),
        ("[scan]\nfromat = 'json'\n", "fromat"),
        ("colour = 1\n", "colour"),
        ("[scan\n", "TOML"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(text, encoding="utf-8")
        r = baomi("--config", str(bad), "scan", str(doc), env=env)
        assert r.returncode == 2 and word in r.stderr, (text, r.stderr)
        assert "Traceback" not in r.stderr
    r = baomi("scan", str(doc), env={**env, "BAOMI_CONFIG": str(good)})
    assert r.returncode == 0 and jsonl(r.stdout), "BAOMI_CONFIG is read like --config"
