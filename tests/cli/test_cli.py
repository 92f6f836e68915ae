"""End-to-end: the installed ``baomi`` console script, run as a subprocess on real documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.clirun import BAOMI, baomi, jsonl
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

# Each test runs in this process (quick tier) and as the installed script (slow).
pytestmark = pytest.mark.usefixtures("cli_mode_env")

RECORD_FIELDS = {
    "path",
    "status",
    "error",
    "format",
    "categories",
    "label",
    "findings",
    "reasons",
    "public",
}
FINDING_FIELDS = {"entity_type", "score", "masked", "location"}

# Synthetic values (checksum-valid but made up); none of them may appear without --reveal.
ID = "11010519491231002X"
PHONE = "13812345678"
CARD = "6222021234567890128"
NAME = "张伟"
SECRETS = [ID, PHONE, CARD, NAME]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    make_docx(
        root / "病历" / "门诊病历.docx",
        paragraphs=[
            "门诊病历",
            f"姓名：{NAME}  性别：男  年龄：45岁",
            f"身份证号：{ID}",
            "主诉：咳嗽三天",
            "初步诊断：上呼吸道感染",
            "处方：阿莫西林胶囊",
        ],
        header="某某镇卫生院",
    )
    make_xlsx(
        root / "财务" / "工资表.xlsx",
        {
            "2025年3月": [
                ["姓名", "岗位工资", "绩效工资", "实发金额", "工资卡号"],
                ["李娜", 3200, 1800, 5000, CARD],
            ]
        },
    )
    make_pdf(
        root / "检验报告.pdf",
        [
            f"检验报告单\n姓名：王芳  门诊号：MZ2024031501\n"
            f"联系电话：{PHONE}\n检验项目 结果 参考范围\n白细胞 6.5 4-10"
        ],
    )
    make_text(
        root / "患者名单.csv",
        f"姓名,身份证号,联系电话,诊断\n{NAME},{ID},{PHONE},高血压\n",
        encoding="gbk",
    )
    make_text(
        root / "健康教育.txt",
        "健康教育：高血压的预防\n李时珍在《本草纲目》中记载……\n急救电话 120，健康热线 12320。\n",
    )
    return root


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad")
    (root / "空文件.txt").write_bytes(b"")
    (root / "旧格式.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (root / "损坏.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (root / "二进制.txt").write_bytes(bytes(range(256)) * 10)
    make_text(root / "正常.txt", f"联系电话：{PHONE}\n")
    return root


@pytest.mark.script_only
def test_help_is_quick_and_teaches() -> None:
    t = time.perf_counter()
    r = baomi("--help")
    elapsed = time.perf_counter() - t
    assert r.returncode == 0
    assert "scan" in r.stdout and "rules" in r.stdout
    r = baomi("scan", "--help")
    assert r.returncode == 0
    for word in ("--format", "--reveal", "--jobs", "--min-score", "--fail-on", "Exit codes"):
        assert word in r.stdout
    # not a timing assertion on the scan itself, just that --help does not import presidio
    assert "presidio" not in sys.modules or elapsed < 30


def test_jsonl_contract(corpus: Path) -> None:
    r = baomi("scan", str(corpus), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    records = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert set(records) == {
        "门诊病历.docx",
        "工资表.xlsx",
        "检验报告.pdf",
        "患者名单.csv",
        "健康教育.txt",
    }
    for rec in records.values():
        assert set(rec) == RECORD_FIELDS
        assert rec["status"] == "ok" and rec["error"] is None
        for f in rec["findings"]:
            assert set(f) == FINDING_FIELDS
            assert {"start", "end"} <= set(f["location"])
    rec = records["门诊病历.docx"]
    assert rec["format"] == "docx"
    assert rec["categories"] == ["medical"]
    assert rec["label"] == {"text": "秘密 保密期限：30年", "retention_years": 30}
    types = {f["entity_type"] for f in rec["findings"]}
    assert {"PERSON", "CN_RESIDENT_ID"} <= types
    pay = records["工资表.xlsx"]
    assert "personnel" in pay["categories"]
    card = [f for f in pay["findings"] if f["entity_type"] == "CN_BANK_CARD"]
    assert (
        card and card[0]["location"]["sheet"] == "2025年3月" and card[0]["location"]["cell"] == "E2"
    )
    pdf = records["检验报告.pdf"]
    assert pdf["categories"] == ["medical"]
    assert any(
        f["entity_type"] == "CN_MEDICAL_RECORD_NO" and f["location"]["page"] == 1
        for f in pdf["findings"]
    )
    assert records["患者名单.csv"]["format"] == "csv"
    assert {f["entity_type"] for f in records["患者名单.csv"]["findings"]} >= {
        "PERSON",
        "CN_RESIDENT_ID",
        "CN_PHONE",
    }
    leaflet = records["健康教育.txt"]
    assert leaflet["categories"] == [] and leaflet["label"] is None and leaflet["public"] is True
    assert leaflet["findings"] == []


def test_no_raw_value_without_reveal(corpus: Path) -> None:
    for fmt in ("jsonl", "json", "table"):
        out = baomi("scan", str(corpus), "--format", fmt, "--all").stdout
        for secret in SECRETS:
            assert secret not in out, f"{fmt} output leaks a value"
    revealed = baomi("scan", str(corpus), "--format", "jsonl", "--reveal").stdout
    for secret in SECRETS:
        assert secret in revealed
    values = [f["value"] for rec in jsonl(revealed) for f in rec["findings"]]
    assert ID in values and all(f"{v}" for v in values)


def test_json_wraps_records_with_summary(corpus: Path) -> None:
    r = baomi("scan", str(corpus), "--format", "json")
    doc = json.loads(r.stdout)
    assert set(doc) == {"files", "summary"}
    assert len(doc["files"]) == 5
    s = doc["summary"]
    assert s["files"] == 5 and s["errors"] == 0 and s["secret_files"] >= 3
    assert s["by_category"]["medical"] >= 2


def test_bad_inputs_get_records_and_exit_3(bad_inputs: Path) -> None:
    r = baomi("scan", str(bad_inputs), "--format", "jsonl")
    assert r.returncode == 3
    assert "Traceback" not in r.stderr + r.stdout
    records = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert records["空文件.txt"]["status"] == "skipped"
    # a .doc is read now; this one is a damaged OLE2 header, an error that names the format
    assert records["旧格式.doc"]["status"] == "error" and "Word" in records["旧格式.doc"]["error"]
    assert records["损坏.docx"]["status"] == "error" and records["损坏.docx"]["error"]
    assert records["二进制.txt"]["status"] == "error"
    assert records["正常.txt"]["status"] == "ok"
    table = baomi("scan", str(bad_inputs))
    assert table.returncode == 3 and "跳过" in table.stdout


def test_fail_on(corpus: Path) -> None:
    assert baomi("scan", str(corpus), "--format", "jsonl", "--fail-on", "secrets").returncode == 1
    leaflet = str(corpus / "健康教育.txt")
    assert baomi("scan", leaflet, "--fail-on", "secrets").returncode == 0
    assert baomi("scan", leaflet, "--fail-on", "findings").returncode == 0
    assert baomi("scan", str(corpus / "病历"), "--fail-on", "findings").returncode == 1


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    for args in (
        ["scan"],
        ["scan", ".", "--format", "xml"],
        ["scan", ".", "--min-score", "2"],
        ["--rules", str(tmp_path / "nope"), "scan", "."],
        ["frobnicate"],
    ):
        r = baomi(*args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
    bad_config = tmp_path / "baomi.toml"
    bad_config.write_text("[scan]\nformatt = 'json'\n", encoding="utf-8")
    r = baomi("--config", str(bad_config), "scan", ".")
    assert r.returncode == 2 and "formatt" in r.stderr


def test_missing_path_is_a_record(tmp_path: Path) -> None:
    r = baomi("scan", str(tmp_path / "不存在"), "--format", "jsonl")
    assert r.returncode == 3
    (rec,) = jsonl(r.stdout)
    assert rec["status"] == "error"


def test_config_file_and_env(corpus: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "baomi.toml"
    cfg.write_text('[scan]\nformat = "jsonl"\nmin-score = 0.99\n', encoding="utf-8")
    r = baomi("--config", str(cfg), "scan", str(corpus / "检验报告.pdf"))
    (rec,) = jsonl(r.stdout)
    assert all(f["score"] >= 0.99 for f in rec["findings"])
    # a flag beats the file; the environment beats the file too
    r = baomi("--config", str(cfg), "scan", str(corpus / "检验报告.pdf"), "--format", "json")
    assert "summary" in json.loads(r.stdout)
    r = baomi(
        "scan",
        str(corpus / "检验报告.pdf"),
        env={"BAOMI_CONFIG": str(cfg), "BAOMI_SCAN_FORMAT": "json"},
    )
    assert "summary" in json.loads(r.stdout)


@pytest.mark.script_only
def test_jobs_2_gives_the_same_records(corpus: Path) -> None:
    one = baomi("scan", str(corpus), "--format", "jsonl", "--jobs", "1")
    two = baomi("scan", str(corpus), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert jsonl(one.stdout) == jsonl(two.stdout)


def test_rules_swap_and_check(tmp_path: Path, corpus: Path) -> None:
    mine = tmp_path / "rules"
    assert baomi("rules", "export", str(mine)).returncode == 0
    assert baomi("--rules", str(mine), "rules", "check").returncode == 0
    labels = mine / "labels.yaml"
    labels.write_text(
        labels.read_text(encoding="utf-8").replace(
            'template: "秘密 保密期限：{N}年"', 'template: "秘密★{N}年"'
        ),
        encoding="utf-8",
    )
    r = baomi("--rules", str(mine), "scan", str(corpus / "病历"), "--format", "jsonl")
    assert jsonl(r.stdout)[0]["label"]["text"] == "秘密★30年"
    # a broken pack is a configuration error, named
    (mine / "recognizers" / "identity.yaml").write_text(
        "schema_version: 1\nrules:\n  - id: x\n", encoding="utf-8"
    )
    r = baomi("--rules", str(mine), "scan", str(corpus))
    assert r.returncode == 2 and "identity.yaml" in r.stderr


@pytest.mark.script_only
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupt_exits_130(tmp_path: Path, jobs: str) -> None:
    for i in range(300):
        make_text(tmp_path / f"f{i:03}.txt", f"联系电话：{PHONE}\n" * 200)
    # Its own process group, signalled as a whole: what Ctrl-C at a terminal does.
    proc = subprocess.Popen(
        [BAOMI, "scan", str(tmp_path), "--format", "jsonl", "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # the scan is under way
    os.killpg(proc.pid, signal.SIGINT)
    # read through the same text buffer that readline filled (communicate() would skip it)
    out = first + proc.stdout.read()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130
    assert "Traceback" not in err and "interrupted" in err
    done = jsonl(out)  # every record written is whole
    assert 0 < len(done) < 300  # stopped early, and what was done is reported
