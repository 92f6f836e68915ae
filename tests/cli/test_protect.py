"""End-to-end: ``baomi keys generate``, ``protect``, ``info`` and ``open`` as a user runs them."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from labelers.keys import generate_keypair, write_private_key, write_public_key
from tests.clirun import MODE_VAR, baomi, jsonl
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

PASSPHRASE = "正确的马电池订书钉-2026"
ID = "11010519491231002X"
ID2 = "110101199003074477"
PHONE = "13812345678"
CARD = "6222021234567890128"
MARK30 = "秘密 保密期限：30年"
SECRET_DOCS = ["门诊病历.docx", "工资表.xlsx", "检验报告.pdf", "患者名单.csv", "随访记录.txt"]
PUBLIC_DOCS = ["健康教育.txt"]


def make_corpus(root: Path) -> Path:
    make_docx(
        root / "门诊病历.docx",
        paragraphs=[
            "门诊病历",
            "姓名：张伟  性别：男  年龄：45岁",
            f"身份证号：{ID}",
            "主诉：咳嗽三天",
            "初步诊断：上呼吸道感染",
        ],
        header="某某镇卫生院",
    )
    make_xlsx(
        root / "工资表.xlsx",
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
            f"联系电话：{PHONE}\n检验项目 结果 参考范围\n白细胞 6.5 4-10",
            "第二页\n审核医师：赵敏",
        ],
    )
    make_text(
        root / "患者名单.csv",
        f"姓名,身份证号,联系电话,诊断\n张伟,{ID},{PHONE},高血压\n李秀兰,{ID2},13912345678,糖尿病\n",
        encoding="gbk",
    )
    make_text(
        root / "随访记录.txt",
        f"高血压随访记录\r\n患者：刘洋  联系电话：{PHONE}\r\n"
        "诊断：原发性高血压，血压 150/95，调整用药。\r\n",
    )
    make_text(
        root / "健康教育.txt",
        "健康教育：高血压的预防\n李时珍在《本草纲目》中记载……\n急救电话 120，健康热线 12320。\n",
    )
    return root


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, cli_mode: str) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    return {
        MODE_VAR: cli_mode,
        "BAOMI_HOME": str(home),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
    }


@pytest.fixture(scope="module")
def no_request_rules(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """The shipped rules, except that opening needs no access request (the request flow has
    its own tests in test_access_cli.py; these are about sealing and opening)."""
    where = tmp_path_factory.mktemp("rules") / "rules"
    assert baomi("rules", "export", str(where), env=env).returncode == 0
    approvals = where / "approvals.yaml"
    text = approvals.read_text(encoding="utf-8")
    approvals.write_text(
        re.sub(r"open_requires_request:.*", "open_requires_request: []", text), encoding="utf-8"
    )
    return where


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """The committee's pair, with a cheap scrypt cost: every `open` below derives the key again,
    and at the real cost that was most of this module's time. `keys generate` itself (with
    the real cost) is tested in test_keys_are_a_protected_pair."""
    where = tmp_path_factory.mktemp("keys")
    key = generate_keypair("committee")
    write_private_key(where / "committee.key", key, PASSPHRASE, scrypt_n=2**14)
    write_public_key(where / "committee.pub", key.public)
    return where


@pytest.fixture(scope="module")
def sealed_tree(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], keys: Path
) -> tuple[Path, list[dict], dict[str, bytes]]:
    root = make_corpus(tmp_path_factory.mktemp("share"))
    originals = {p.name: p.read_bytes() for p in root.iterdir()}
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
    return root, jsonl(r.stdout), originals


def test_keys_are_a_protected_pair(tmp_path: Path, env: dict[str, str]) -> None:
    keys = tmp_path / "keys"
    keys.mkdir()
    r = baomi("keys", "generate", "--name", "committee", "--out", str(keys), env=env)
    assert r.returncode == 0, r.stderr
    assert "committee.pub" in r.stdout
    key = keys / "committee.key"
    assert key.stat().st_mode & 0o077 == 0, "the private key must be readable by its owner only"
    r = baomi("keys", "list", str(keys), "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    rows = {row["kind"]: row for row in json.loads(r.stdout)}
    assert rows["private"]["name"] == rows["public"]["name"] == "committee"
    assert rows["private"]["fingerprint"] == rows["public"]["fingerprint"]
    again = baomi("keys", "generate", "--name", "committee", "--out", str(keys), env=env)
    assert again.returncode == 2 and "exists" in again.stderr
    short = baomi(
        "keys",
        "generate",
        "--name",
        "x",
        "--out",
        str(keys),
        env={**env, "BAOMI_PASSPHRASE": "short"},
    )
    assert short.returncode == 2 and "8" in short.stderr


def test_protect_seals_secret_documents_and_leaves_the_rest(sealed_tree) -> None:
    root, records, originals = sealed_tree
    actions = {Path(r["path"]).name: r["action"] for r in records}
    assert actions == {
        **{n: "sealed" for n in SECRET_DOCS},
        **{n: "not-secret" for n in PUBLIC_DOCS},
    }
    names = sorted(p.name for p in root.iterdir())
    assert names == sorted([n + ".baomi" for n in SECRET_DOCS] + PUBLIC_DOCS)
    for name in PUBLIC_DOCS:
        assert (root / name).read_bytes() == originals[name]
    for rec in records:
        if rec["action"] == "sealed":
            assert rec["sealed"] == rec["path"] + ".baomi"
            assert rec["label"].startswith("秘密 保密期限：")


def test_sealed_files_hold_no_readable_secret(sealed_tree) -> None:
    root, _, _ = sealed_tree
    for name in SECRET_DOCS:
        data = (root / (name + ".baomi")).read_bytes()
        for value in (ID, PHONE, CARD, "张伟", "王芳"):
            for enc in ("utf-8", "gbk", "utf-16-le", "utf-16-be"):
                assert value.encode(enc) not in data, (name, value, enc)


def test_info_reads_the_header_without_a_key(sealed_tree, keys: Path, env) -> None:
    root, _, _ = sealed_tree
    r = baomi("info", str(root / "门诊病历.docx.baomi"), "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["label"]["text"] == MARK30
    assert info["categories"] == ["medical"]
    assert info["original_name"] == "门诊病历.docx"
    assert info["expired"] is False and info["expires"] > info["sealed_at"][:10]
    pub = json.loads(
        baomi("keys", "list", str(keys / "committee.pub"), "--format", "json", env=env).stdout
    )[0]
    assert info["recipients"] == [{"name": "committee", "fingerprint": pub["fingerprint"]}]
    table = baomi("info", str(root / "工资表.xlsx.baomi"), env=env)
    assert table.returncode == 0 and "personnel" in table.stdout and "committee" in table.stdout
    bad = baomi("info", str(root / "健康教育.txt"), env=env)
    assert bad.returncode == 3 and "健康教育.txt" in bad.stdout


def test_open_needs_a_reason_and_gives_back_the_labeled_document(
    sealed_tree, keys: Path, env, tmp_path: Path, no_request_rules: Path
) -> None:
    root, _, originals = sealed_tree
    sealed = root / "门诊病历.docx.baomi"
    key = str(keys / "committee.key")
    out = tmp_path / "opened.docx"
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(sealed),
        "--key",
        key,
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 2 and "reason" in r.stderr and not out.exists()
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(sealed),
        "--key",
        key,
        "--reason",
        "门诊复查调阅",
        "--out",
        str(out),
        env={**env, "BAOMI_PASSPHRASE": "not the passphrase"},
    )
    assert r.returncode == 2 and "passphrase" in r.stderr and not out.exists()
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(sealed),
        "--key",
        key,
        "--reason",
        "门诊复查调阅",
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 0, r.stderr
    doc = Document(str(out))
    body = [p.text for p in doc.paragraphs]
    assert body == [
        "门诊病历",
        "姓名：张伟  性别：男  年龄：45岁",
        f"身份证号：{ID}",
        "主诉：咳嗽三天",
        "初步诊断：上呼吸道感染",
    ]
    header_text = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert header_text.count(MARK30) == 1 and "某某镇卫生院" in header_text
    again = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(sealed),
        "--key",
        key,
        "--reason",
        "再次调阅",
        "--out",
        str(out),
        env=env,
    )
    assert again.returncode == 2 and "exists" in again.stderr

    # the csv is sealed as it was: its label lives in the sealed header
    csv_out = tmp_path / "名单.csv"
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(root / "患者名单.csv.baomi"),
        "--key",
        key,
        "--reason",
        "核对名单",
        "--out",
        str(csv_out),
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert csv_out.read_bytes() == originals["患者名单.csv"]

    pdf_out = tmp_path / "report.pdf"
    assert (
        baomi(
            "--rules",
            str(no_request_rules),
            "open",
            str(root / "检验报告.pdf.baomi"),
            "--key",
            key,
            "--reason",
            "复核报告",
            "--out",
            str(pdf_out),
            env=env,
        ).returncode
        == 0
    )
    for page in PdfReader(str(pdf_out)).pages:
        assert (page.extract_text() or "").count("秘密 保密期限：30年") == 1

    xlsx_out = tmp_path / "pay.xlsx"
    assert (
        baomi(
            "--rules",
            str(no_request_rules),
            "open",
            str(root / "工资表.xlsx.baomi"),
            "--key",
            key,
            "--reason",
            "工资核对",
            "--out",
            str(xlsx_out),
            env=env,
        ).returncode
        == 0
    )
    sheet = load_workbook(str(xlsx_out)).worksheets[0]
    assert "秘密 保密期限：30年" in (sheet.oddHeader.center.text or "") + (
        sheet.oddHeader.left.text or ""
    ) + (sheet.oddHeader.right.text or "")
    assert sheet["E2"].value == CARD

    txt_out = tmp_path / "随访.txt"
    assert (
        baomi(
            "--rules",
            str(no_request_rules),
            "open",
            str(root / "随访记录.txt.baomi"),
            "--key",
            key,
            "--reason",
            "随访",
            "--out",
            str(txt_out),
            env=env,
        ).returncode
        == 0
    )
    text = txt_out.read_bytes().decode("utf-8")
    assert text.startswith(MARK30 + "\r\n")
    assert text.endswith(originals["随访记录.txt"].decode("utf-8"))


def test_running_again_seals_nothing_twice(sealed_tree, keys: Path, env) -> None:
    root, _, _ = sealed_tree
    before = tree_digest(root)
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
    assert {rec["action"] for rec in jsonl(r.stdout)} == {"not-secret"}
    assert tree_digest(root) == before


def test_dry_run_changes_nothing(tmp_path: Path, env) -> None:
    root = make_corpus(tmp_path / "share")
    before = tree_digest(root)
    r = baomi("protect", str(root), "--dry-run", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    actions = {Path(rec["path"]).name: rec["action"] for rec in jsonl(r.stdout)}
    assert actions["门诊病历.docx"] == "would-seal" and actions["健康教育.txt"] == "not-secret"
    assert tree_digest(root) == before


def test_label_only_marks_in_place_once(tmp_path: Path, env) -> None:
    root = make_corpus(tmp_path / "share")
    originals = {p.name: p.read_bytes() for p in root.iterdir()}
    r = baomi("protect", str(root), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    actions = {Path(rec["path"]).name: rec["action"] for rec in jsonl(r.stdout)}
    assert actions == {
        **{n: "labeled" for n in SECRET_DOCS},
        **{n: "not-secret" for n in PUBLIC_DOCS},
    }
    doc = Document(str(root / "门诊病历.docx"))
    assert sum(p.text.count(MARK30) for p in doc.sections[0].header.paragraphs) == 1
    # csv keeps its bytes; the label is in the sidecar
    assert (root / "患者名单.csv").read_bytes() == originals["患者名单.csv"]
    sidecar = json.loads((root / "患者名单.csv.label.json").read_text(encoding="utf-8"))
    assert sidecar["mark"] == MARK30 and sidecar["categories"] == ["medical"]
    first = tree_digest(root)
    r = baomi("protect", str(root), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    again = {Path(rec["path"]).name: rec["action"] for rec in jsonl(r.stdout)}
    assert {again[n] for n in SECRET_DOCS} == {"unchanged"}
    assert tree_digest(root) == first
    assert not list(root.glob(".*"))


def test_usage_errors_are_clear(tmp_path: Path, env) -> None:
    root = make_corpus(tmp_path / "share")
    r = baomi("protect", str(root), env=env)
    assert r.returncode == 2 and "--recipient" in r.stderr
    r = baomi("protect", str(root), "--recipient", str(tmp_path / "nope.pub"), env=env)
    assert r.returncode == 2 and "nope.pub" in r.stderr
    assert "Traceback" not in r.stderr


def test_unreadable_documents_are_reported_and_the_rest_sealed(
    tmp_path: Path, keys: Path, env
) -> None:
    root = make_corpus(tmp_path / "share")
    (root / "损坏.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (root / "空.txt").write_bytes(b"")
    r = baomi(
        "protect",
        str(root),
        "--recipient",
        str(keys / "committee.pub"),
        "--format",
        "jsonl",
        env=env,
    )
    assert r.returncode == 3, r.stderr
    recs = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert recs["损坏.docx"]["status"] == "error" and recs["损坏.docx"]["error"]
    assert recs["空.txt"]["status"] == "skipped"
    assert all(recs[n]["action"] == "sealed" for n in SECRET_DOCS)
    assert (root / "损坏.docx").exists()


def test_copying_a_tree_keeps_sealed_files_openable(
    sealed_tree, keys: Path, env, tmp_path: Path, no_request_rules: Path
) -> None:
    """Sealed files are self-contained: a backup copy elsewhere opens the same."""
    root, _, _ = sealed_tree
    backup = tmp_path / "backup"
    shutil.copytree(root, backup)
    out = tmp_path / "x.csv"
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(backup / "患者名单.csv.baomi"),
        "--key",
        str(keys / "committee.key"),
        "--reason",
        "备份核对",
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 0, r.stderr


def test_recorded_runs_note_settings_changes_in_the_audit_trail(
    tmp_path: Path, cli_mode: str
) -> None:
    env = {
        MODE_VAR: cli_mode,
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
    }
    root = make_corpus(tmp_path / "share")

    def config_events() -> list[dict]:
        r = baomi("audit", "log", "--format", "jsonl", env=env)
        assert r.returncode == 0, r.stderr
        return [e for e in jsonl(r.stdout) if e["kind"] == "config"]

    assert baomi("scan", str(root), "--record", env=env).returncode == 0
    assert baomi("scan", str(root), "--record", env=env).returncode == 0
    first = config_events()
    assert len(first) == 1 and first[0]["details"]["rules"] == "built-in"
    rules = tmp_path / "rules"
    assert baomi("rules", "export", str(rules), env=env).returncode == 0
    assert baomi("--rules", str(rules), "scan", str(root), "--record", env=env).returncode == 0
    assert len(config_events()) == 1, "the same rules from another folder are the same settings"
    labels = rules / "labels.yaml"
    labels.write_text(
        labels.read_text(encoding="utf-8").replace("medical: 30", "medical: 20"), encoding="utf-8"
    )
    r = baomi("--rules", str(rules), "scan", str(root), "--record", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    events = config_events()
    assert len(events) == 2
    assert events[1]["details"]["previous"] == events[0]["details"]["digest"]
    assert events[1]["details"]["rules"] == str(rules.resolve())
    assert baomi("audit", "verify", env=env).returncode == 0


def test_info_copes_with_a_header_written_by_something_else(tmp_path: Path, env) -> None:
    """The header is readable without keys, so it is unauthenticated until opened: odd
    values in it are shown, never a traceback."""
    from labelers.keys import generate_keypair
    from labelers.seal import seal_file

    src = tmp_path / "x.txt"
    src.write_bytes(b"hello")
    sealed = tmp_path / "x.txt.baomi"
    seal_file(
        src,
        sealed,
        [generate_keypair("k").public],
        {"label": "not a dict", "categories": "medical", "expires": "soon"},
    )
    r = baomi("info", str(sealed), env=env)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    r = baomi("info", str(sealed), "--format", "json", env=env)
    assert json.loads(r.stdout)["expired"] is None


def test_opening_a_medical_file_needs_an_approved_request_by_default(
    sealed_tree, keys: Path, env, tmp_path: Path
) -> None:
    root, _, _ = sealed_tree
    out = tmp_path / "x.docx"
    r = baomi(
        "open",
        str(root / "门诊病历.docx.baomi"),
        "--key",
        str(keys / "committee.key"),
        "--reason",
        "门诊复查调阅",
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 2 and "--request" in r.stderr and not out.exists()


def test_a_number_typed_into_the_reason_is_not_kept(
    sealed_tree, keys: Path, env, tmp_path: Path, no_request_rules: Path
) -> None:
    root, _, _ = sealed_tree
    out = tmp_path / "report.pdf"
    r = baomi(
        "--rules",
        str(no_request_rules),
        "open",
        str(root / "检验报告.pdf.baomi"),
        "--key",
        str(keys / "committee.key"),
        "--reason",
        f"核对身份证 {ID2} 的检验结果",
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 0, r.stderr
    db = Path(env["BAOMI_HOME"]) / "baomi.db"
    data = b"".join(p.read_bytes() for p in db.parent.glob("baomi.db*"))
    assert ID2.encode() not in data
    log = baomi("audit", "log", "--format", "jsonl", env=env)
    assert ID2 not in log.stdout and "核对身份证" in log.stdout
