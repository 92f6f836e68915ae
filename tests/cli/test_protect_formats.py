"""`baomi protect` on formats that cannot carry a mark inside (a legacy .doc, a zip): the file is
never rewritten; the label goes to the sidecar, or into the sealed header; opening gives back the
original bytes."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.clirun import baomi, jsonl
from tests.docmaker import make_docx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
PASSPHRASE = "correct horse battery staple 42"
MEDICAL = [
    "门诊病历",
    "姓名：张伟  性别：男",
    "身份证号：11010519491231002X",
    "初步诊断：上呼吸道感染",
]

# each test runs in this process (quick tier) and as the installed script (slow), see
# tests/clirun.py; a test that only means something as a separate process is script_only
pytestmark = pytest.mark.usefixtures("cli_mode_env")


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": f"sqlite:///{tmp_path / 'store.db'}",
        "BAOMI_CONFIG": "",
    }


def share(root: Path) -> Path:
    root.mkdir()
    shutil.copyfile(FIXTURES / "medical.doc", root / "病历.doc")
    docx = make_docx(root.parent / "病历.docx", paragraphs=MEDICAL)
    with zipfile.ZipFile(root / "资料.zip", "w") as archive:
        archive.write(docx, "门诊/病历.docx")
        archive.writestr("通知.txt", "明天上午开会")
    return root


def test_label_only_writes_sidecars_and_leaves_the_files(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = share(tmp_path / "share")
    before = {p.name: p.read_bytes() for p in root.iterdir()}
    r = baomi("protect", str(root), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    actions = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    for name in ("病历.doc", "资料.zip"):
        assert actions[name]["action"] == "labeled" and actions[name]["categories"] == ["medical"]
        assert (root / name).read_bytes() == before[name]  # never rewritten
        sidecar = json.loads((root / f"{name}.label.json").read_text(encoding="utf-8"))
        assert sidecar["mark"].startswith("秘密") and sidecar["file"] == name


def test_seal_and_the_member_that_made_the_zip_secret(tmp_path: Path, env: dict[str, str]) -> None:
    keys = tmp_path / "keys"
    assert (
        baomi("keys", "generate", "--name", "committee", "--out", str(keys), env=env).returncode
        == 0
    )
    root = share(tmp_path / "share")
    scan = baomi("scan", str(root / "资料.zip"), "--format", "jsonl", env=env)
    record = jsonl(scan.stdout)[0]
    assert {tuple(f["location"]["member"]) for f in record["findings"]} == {("门诊/病历.docx",)}
    r = baomi(
        "protect",
        str(root),
        "--recipient",
        str(keys / "committee.pub"),
        "--format",
        "jsonl",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in root.iterdir()) == ["病历.doc.baomi", "资料.zip.baomi"]
    info = baomi("info", str(root / "资料.zip.baomi"), env=env)
    assert "秘密" in info.stdout and "资料.zip" in info.stdout
