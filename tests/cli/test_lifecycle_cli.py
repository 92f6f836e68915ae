"""End-to-end: ``baomi expiring``, ``declassify``, ``destroy`` and ``ledger`` as a user runs them,
on a corpus protected by ``baomi protect`` (label-only and sealed) into one store."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import create_engine, select

from labelers.docx import DocxLabeler
from labelers.keys import generate_keypair, write_private_key, write_public_key
from labelers.text import TextBannerLabeler
from labelers.xlsx import XlsxLabeler
from scanner.store.tables import declassifications, destructions
from tests.clirun import MODE_VAR, baomi, jsonl
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

PASSPHRASE = "正确的马电池订书钉-2026"
ID = "11010519491231002X"
PHONE = "13812345678"
CARD = "6222021234567890128"
DECLASSIFY = ["--approved-by", "保密委员会主任:王芳", "--approved-by", "分管领导:李娜"]
DESTROY = [
    "--approved-by",
    "科室负责人:张伟",
    "--approved-by",
    "分管领导:李娜",
    "--approved-by",
    "保密委员会主任:王芳",
]
DOCX_BODY = ["门诊病历", "姓名：张伟  性别：男", f"身份证号：{ID}", "初步诊断：上呼吸道感染"]


def _corpus(root: Path) -> Path:
    make_docx(root / "门诊病历.docx", paragraphs=DOCX_BODY, header="某某镇卫生院")
    make_xlsx(
        root / "工资表.xlsx", {"3月": [["姓名", "实发金额", "工资卡号"], ["李娜", 5000, CARD]]}
    )
    make_pdf(
        root / "检验报告.pdf",
        [
            f"检验报告单\n姓名：王芳  门诊号：MZ2024031501\n"
            f"联系电话：{PHONE}\n检验项目 结果 参考范围\n白细胞 6.5 4-10"
        ],
    )
    make_text(root / "随访记录.txt", f"高血压随访记录\n患者：刘洋  联系电话：{PHONE}\n")
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, cli_mode: str) -> dict:
    home = tmp_path_factory.mktemp("home")
    env = {
        MODE_VAR: cli_mode,
        "BAOMI_HOME": str(home),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
        "BAOMI_TEST_TODAY": "",
    }
    keys = tmp_path_factory.mktemp("keys")
    key = generate_keypair("committee")
    write_private_key(keys / "committee.key", key, PASSPHRASE, scrypt_n=2**14)
    write_public_key(keys / "committee.pub", key.public)
    labeled = _corpus(tmp_path_factory.mktemp("labeled"))
    r = baomi("protect", str(labeled), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    assert {rec["action"] for rec in jsonl(r.stdout)} == {"labeled"}
    sealed = _corpus(tmp_path_factory.mktemp("sealed"))
    r = baomi(
        "protect",
        str(sealed),
        "--recipient",
        str(keys / "committee.pub"),
        "--format",
        "jsonl",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert {rec["action"] for rec in jsonl(r.stdout)} == {"sealed"}
    return {
        "env": env,
        "home": home,
        "key": keys / "committee.key",
        "labeled": labeled,
        "sealed": sealed,
    }


def _db(site: dict):
    return create_engine(f"sqlite:///{site['home'] / 'baomi.db'}")


def _far(years: int = 40) -> str:
    return (date.today() + timedelta(days=365 * years)).isoformat()


def test_expiring_lists_labeled_and_sealed(site: dict) -> None:
    env = site["env"]
    r = baomi("expiring", "--within", "90d", "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    assert jsonl(r.stdout) == []  # labeled today: nothing ends within 90 days
    r = baomi("expiring", "--within", "12w", env=env)
    assert r.returncode == 0 and "nothing expires" in r.stdout
    r = baomi(
        "expiring", "--within", "0d", "--format", "json", env={**env, "BAOMI_TEST_TODAY": _far()}
    )
    rows = {Path(row["path"]).name: row for row in jsonl(r.stdout)}
    for name in ("门诊病历.docx", "工资表.xlsx", "检验报告.pdf", "随访记录.txt"):
        if (site["labeled"] / name).exists():  # not yet declassified or destroyed by a test
            assert rows[name]["state"] == "labeled"
        if (site["sealed"] / f"{name}.baomi").exists():
            assert rows[f"{name}.baomi"]["state"] == "sealed"
    assert all(row["days_left"] < 0 for row in rows.values())
    assert rows and all(row["label"].startswith("秘密 保密期限：") for row in rows.values())
    bad = baomi("expiring", "--within", "soon", env=env)
    assert bad.returncode == 2 and "90d" in bad.stderr


def test_declassify_labeled_docx(site: dict) -> None:
    path = site["labeled"] / "门诊病历.docx"
    assert DocxLabeler().read(path) is not None
    r = baomi(
        "declassify",
        str(path),
        "--reason",
        "not-needed",
        *DECLASSIFY,
        "--note",
        "委员会决定 2026-01",
        env=site["env"],
    )
    assert r.returncode == 0, r.stderr
    assert DocxLabeler().read(path) is None
    document = Document(str(path))
    assert [p.text for p in document.paragraphs] == DOCX_BODY
    assert [p.text for p in document.sections[0].header.paragraphs] == ["某某镇卫生院"]
    with _db(site).connect() as conn:
        rows = conn.execute(
            select(declassifications).where(declassifications.c.path == str(path))
        ).all()
    assert len(rows) == 1 and rows[0].action == "unmarked" and rows[0].file_id is not None
    assert json.loads(rows[0].approved_by)[0] == {"role": "保密委员会主任", "name": "王芳"}


def test_declassify_refusals(site: dict) -> None:
    env = site["env"]
    path = site["labeled"] / "随访记录.txt"
    before = path.read_bytes()
    missing = baomi(
        "declassify", str(path), "--reason", "published", "--approved-by", "分管领导:李娜", env=env
    )
    assert missing.returncode == 2 and "保密委员会主任" in missing.stderr
    early = baomi("declassify", str(path), "--reason", "expired", *DECLASSIFY, env=env)
    assert early.returncode == 2 and "has not ended" in early.stderr
    bad = baomi("declassify", str(path), "--reason", "published", "--approved-by", "王芳", env=env)
    assert bad.returncode == 2 and "ROLE:NAME" in bad.stderr
    sealed = site["sealed"] / "随访记录.txt.baomi"
    no_key = baomi("declassify", str(sealed), "--reason", "published", *DECLASSIFY, env=env)
    assert no_key.returncode == 2 and "--unseal" in no_key.stderr
    assert path.read_bytes() == before and sealed.exists()
    later = baomi(
        "declassify",
        str(path),
        "--reason",
        "expired",
        *DECLASSIFY,
        env={**env, "BAOMI_TEST_TODAY": _far()},
    )
    assert later.returncode == 0, later.stderr
    assert TextBannerLabeler().read(path) is None
    assert path.read_text(encoding="utf-8").startswith("高血压随访记录\n")


def test_declassify_sealed_with_unseal(site: dict) -> None:
    sealed = site["sealed"] / "工资表.xlsx.baomi"
    r = baomi(
        "declassify",
        str(sealed),
        "--reason",
        "published",
        *DECLASSIFY,
        "--unseal",
        "--key",
        str(site["key"]),
        env=site["env"],
    )
    assert r.returncode == 0, r.stderr
    out = site["sealed"] / "工资表.xlsx"
    assert not sealed.exists() and out.exists()
    assert XlsxLabeler().read(out) is None
    sheet = load_workbook(str(out))["3月"]
    assert [c.value for c in sheet[2]] == ["李娜", 5000, CARD]
    assert "秘密" not in (sheet.oddHeader.center.text or "")


def test_destroy_with_record_and_audit(site: dict, tmp_path: Path) -> None:
    env = site["env"]
    sealed = site["sealed"] / "检验报告.pdf.baomi"
    size = sealed.stat().st_size
    unconfirmed = baomi("destroy", str(sealed), "--reason", "到期销毁", *DESTROY, env=env)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    config = tmp_path / "baomi.toml"
    config.write_text("[destroy]\nkeep-years = 7\n", encoding="utf-8")
    r = baomi(
        "destroy",
        str(sealed),
        "--reason",
        "到期销毁",
        *DESTROY,
        "--person",
        "赵敏",
        "--yes",
        env={**env, "BAOMI_CONFIG": str(config)},
    )
    assert r.returncode == 0, r.stderr
    assert not sealed.exists()
    assert "SSD" in r.stderr
    with _db(site).connect() as conn:
        row = conn.execute(select(destructions).where(destructions.c.path == str(sealed))).one()
    today = date.today()
    assert row.keep_until == today.replace(year=today.year + 7)
    assert row.size == size and row.method == "erase" and row.file_id is not None
    assert "赵敏" in json.loads(row.people)
    verify = baomi("audit", "verify", env=env)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_ledger_csv_and_xlsx_round_trip(
    site: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = site["env"]
    out_csv, out_xlsx = tmp_path / "登记台账.csv", tmp_path / "登记台账.xlsx"
    assert baomi("ledger", "--out", str(out_csv), env=env).returncode == 0
    r = baomi("ledger", "--out", str(out_xlsx), "--format", "xlsx", env=env)
    assert r.returncode == 0, r.stderr
    from scanner.store import Store
    from scanner.workflows.lifecycle import LEDGER_COLUMNS, ledger, ledger_cells

    monkeypatch.setenv("BAOMI_HOME", str(site["home"]))
    with Store.open(f"sqlite:///{site['home'] / 'baomi.db'}") as store:
        expected = [ledger_cells(row) for row in ledger(store)]
        files = store.files()
    assert len(expected) == len(files) == 8
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [title for _, title in LEDGER_COLUMNS]
    assert rows[1:] == expected
    sheet = load_workbook(str(out_xlsx)).active
    assert sheet.freeze_panes == "A2"
    got = [[c.value or "" for c in row] for row in sheet.iter_rows(min_row=2)]
    assert got == expected
    assert sheet.column_dimensions["A"].width > 20
    states = {Path(r[0]).name: r[9] for r in expected}
    assert states["门诊病历.docx.baomi"] == "sealed"
    assert {s for s in states.values()} <= {"labeled", "sealed", "declassified", "destroyed"}
