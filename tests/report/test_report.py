"""``baomi report`` end to end: a store filled by real ``protect`` (sealed), ``protect
--label-only`` and ``scan --record`` runs of a small corpus, lifecycle rows as the access and
lifecycle commands write them, then HTML (opened in headless chromium) and PDF (rendered with
pdftoppm, text extracted with pypdf), numbers checked against the store.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from labelers.keys import generate_keypair, write_public_key
from scanner.store import Store
from scanner.store.tables import (
    access_requests,
    approvals,
    declassifications,
    destructions,
    openings,
)
from scanner.store.tables import transfers as transfers_t
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

PASSPHRASE = "正确的马电池订书钉-2026"
ID = "11010519491231002X"
ID2 = "110101199003074477"
PHONE = "13812345678"
CARD = "6222021234567890128"
RAW_VALUES = (ID, ID2, PHONE, CARD, "13912345678")
TOOLS_REQUIRED = os.environ.get("BAOMI_TEST_TOOLS_REQUIRED") == "1"
HEADINGS = (
    "一、总体情况",
    "二、未保护的涉密文件",
    "三、尚未保护的涉密文件",
    "四、无法读取的文件",
    "五、每月趋势",
    "六、保密期限",
    "七、查阅、借阅与解封",
    "八、传递",
    "九、解密与销毁",
    "十、审计日志",
)


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if TOOLS_REQUIRED:
            pytest.fail(f"{name} is required (BAOMI_TEST_TOOLS_REQUIRED=1) but not installed")
        pytest.skip(f"{name} not installed")
    return path


def make_corpus(root: Path) -> dict[str, Path]:
    sealed = root / "sealed"
    make_docx(
        sealed / "内科" / "门诊病历.docx",
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
        sealed / "财务科" / "工资表.xlsx",
        {
            "2025年3月": [
                ["姓名", "岗位工资", "绩效工资", "实发金额", "工资卡号"],
                ["李娜", 3200, 1800, 5000, CARD],
            ]
        },
    )
    make_pdf(
        sealed / "检验科" / "检验报告.pdf",
        [
            f"检验报告单\n姓名：王芳  门诊号：MZ2024031501\n联系电话：{PHONE}\n"
            "检验项目 结果 参考范围\n白细胞 6.5 4-10"
        ],
    )
    labeled = root / "labeled"
    make_text(
        labeled / "公卫科" / "随访记录.txt",
        f"高血压随访记录\n患者：刘洋  联系电话：{PHONE}\n诊断：原发性高血压，血压 150/95。\n",
    )
    loose = root / "loose"
    make_text(
        loose / "办公室" / "患者名单.csv",
        f"姓名,身份证号,联系电话,诊断\n张伟,{ID},{PHONE},高血压\n李秀兰,{ID2},13912345678,糖尿病\n",
    )
    make_text(loose / "办公室" / "健康教育.txt", "健康教育：高血压的预防\n急救电话 120。\n")
    return {"sealed": sealed, "labeled": labeled, "loose": loose}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    base = tmp_path_factory.mktemp("report")
    home = base / "home"
    env = {
        "BAOMI_HOME": str(home),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
    }
    key = generate_keypair("committee")
    write_public_key(base / "committee.pub", key.public)
    trees = make_corpus(base / "corpus")
    # In this process (the command objects the console script runs): three subprocesses would
    # each load the NLP engine again, which made this fixture the slowest thing in the quick tier.
    from click.testing import CliRunner

    from scanner.cli import main_group

    for args in (
        ("protect", str(trees["sealed"]), "--recipient", str(base / "committee.pub")),
        ("protect", str(trees["labeled"]), "--label-only"),
        ("scan", str(trees["loose"]), "--record"),
    ):
        r = CliRunner().invoke(main_group, list(args), env=env, catch_exceptions=False)
        assert r.exit_code in (0, 1), (args, r.stdout, r.stderr)
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        with Store.open() as store:
            sealed_paths = _lifecycle_rows(store)
            yield {
                "base": base,
                "env": env,
                "store": store,
                "trees": trees,
                "sealed_paths": sealed_paths,
            }
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _lifecycle_rows(store: Store) -> list[str]:
    """Rows as the access and lifecycle commands write them (their tables, migration 0003)."""
    files = store.files()
    sealed = [f["seal"]["sealed_path"] for f in files if f.get("seal")]
    assert sealed, files
    now = datetime.now(UTC)
    today = now.date()
    with store.engine.begin() as conn:
        ok = conn.execute(
            insert(access_requests).values(
                kind="consult",
                sealed_path=sealed[0],
                purpose="医保稽核核对",
                requester="王主任",
                host="srv1",
                created_at=now,
                until=today + timedelta(days=10),
                status="approved",
            )
        ).inserted_primary_key[0]
        late = conn.execute(
            insert(access_requests).values(
                kind="borrow",
                sealed_path=sealed[1],
                purpose=f"复印给患者，身份证 {ID}",
                requester="李医生",
                host="srv1",
                created_at=now - timedelta(days=20),
                until=today - timedelta(days=3),
                status="approved",
            )
        ).inserted_primary_key[0]
        for rid in (ok, late):
            conn.execute(
                insert(approvals).values(
                    request_id=rid,
                    role="科室负责人",
                    approver="赵科长",
                    decision="approve",
                    decided_at=now,
                )
            )
        for rid, actor in ((ok, "王主任"), (late, "李医生")):
            conn.execute(
                insert(openings).values(
                    host="srv1",
                    sealed_path=sealed[0] if rid == ok else sealed[1],
                    actor=actor,
                    reason="核对费用",
                    out_path="/tmp/x",
                    request_id=str(rid),
                    recipient_fingerprint="ab" * 16,
                    opened_at=now,
                )
            )
        conn.execute(
            insert(transfers_t).values(
                sealed_path=sealed[0],
                out_path=sealed[0] + ".to-county.baomi",
                recipient_name="县卫健局",
                recipient_fingerprint="cd" * 16,
                method="专人送达",
                approved_by=json.dumps(
                    [{"role": "分管领导", "name": "孙院长"}], ensure_ascii=False
                ),
                emergency=1,
                actor="王主任",
                host="srv1",
                transferred_at=now,
            )
        )
        conn.execute(
            insert(declassifications).values(
                path="/srv/old/公示名单.docx",
                reason="published",
                note="已在院务公开栏公示",
                approved_by=json.dumps(["孙院长"], ensure_ascii=False),
                action="unmarked",
                actor="王主任",
                host="srv1",
                declassified_at=now,
            )
        )
        conn.execute(
            insert(destructions).values(
                path="/srv/old/2015年工资表.xlsx",
                method="erase",
                reason="保管期满",
                approved_by=json.dumps(["孙院长"], ensure_ascii=False),
                people=json.dumps(["王主任", "赵科长"], ensure_ascii=False),
                size=12345,
                actor="王主任",
                host="srv1",
                destroyed_at=now,
                keep_until=today + timedelta(days=3650),
            )
        )
    return sealed


def run_report(*args: str, db: str | None = None) -> tuple[int, str, str]:
    """``baomi report`` in this process (the command object, as scanner/cli/__init__.py registers it)."""
    from click.testing import CliRunner

    from scanner.cli import main_group

    pre = ["--db", db] if db else []
    r = CliRunner().invoke(main_group, [*pre, "report", *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _expected(store: Store) -> dict[str, object]:
    files = [f for f in store.files() if f["categories"]]
    cats: dict[str, int] = {}
    for f in files:
        for c in f["categories"]:
            cats[c] = cats.get(c, 0) + 1
    sealed = sum(1 for f in files if f.get("seal"))
    labeled = sum(1 for f in files if not f.get("seal") and f.get("label"))
    return {
        "secret": len(files),
        "sealed": sealed,
        "labeled": labeled,
        "unprotected": len(files) - sealed - labeled,
        "cats": cats,
    }


def _cell(html: str, label: str) -> str:
    m = re.search(rf"<td>{re.escape(label)}</td><td class=\"n\">([^<]*)</td>", html)
    assert m, label
    return m.group(1)


@pytest.fixture(scope="module")
def html_report(filled: dict) -> Path:
    out = filled["base"] / "报告.html"
    code, stdout, stderr = run_report(
        "--since", "2026-01-01", "--out", str(out), "--site", "某某镇卫生院"
    )
    assert code == 0, stderr
    assert "report written" in stdout
    return out


@pytest.fixture(scope="module")
def pdf_report(filled: dict) -> Path:
    out = filled["base"] / "report.pdf"
    code, _stdout, stderr = run_report(
        "--since", "2026-01-01", "--out", str(out), "--site", "某某镇卫生院"
    )
    assert code == 0, stderr
    return out


def test_numbers_match_the_store(filled: dict, html_report: Path) -> None:
    store: Store = filled["store"]
    want = _expected(store)
    # The corpus gives all three states: protect sealed 3, --label-only labeled 1, scan 1.
    assert want["sealed"] == 3 and want["labeled"] == 1 and want["unprotected"] == 1, want
    html = html_report.read_text(encoding="utf-8")
    assert _cell(html, "登记文件 Registered files") == str(len(store.files()))
    assert _cell(html, "涉密文件 Secret files") == str(want["secret"])
    assert _cell(html, "已加密 sealed") == str(want["sealed"])
    assert _cell(html, "仅标志未加密 labeled only") == str(want["labeled"])
    assert _cell(html, "未标志未加密 unprotected") == str(want["unprotected"])
    names = {
        "medical": "医疗信息",
        "financial": "财务信息",
        "personnel": "人事信息",
        "operations": "业务运营",
        "other": "其他",
    }
    for cat, n in want["cats"].items():
        row = re.search(rf"<tr><td>{names[cat]}</td>((?:<td class=\"n\">\d+</td>)+)</tr>", html)
        assert row, cat
        assert re.findall(r"\d+", row.group(1))[-1] == str(n), cat
    # Violations by share folder ("department"): the loose csv and the labeled txt.
    assert "办公室" in html and "公卫科" in html
    assert re.search(r"<td>[^<]*患者名单\.csv</td><td>[^<]*</td><td>未标志未加密", html)
    assert re.search(r"<td>[^<]*随访记录\.txt</td><td>[^<]*</td><td>仅标志未加密", html)
    # The site, the period and the store without a password.
    assert "某某镇卫生院" in html and "2026-01-01 至" in html
    assert store.url_for_display in html


def test_lifecycle_sections(filled: dict, html_report: Path) -> None:
    html = html_report.read_text(encoding="utf-8")
    assert "医保稽核核对" in html and "科室负责人 赵科长 同意" in html
    overdue = html.split("逾期未还 Overdue borrowed copies：")[1].split("</table>")[0]
    assert overdue.startswith("1<") and "李医生" in overdue
    assert re.search(r"<td class=\"n\">3</td></tr>", overdue)  # days overdue
    assert "县卫健局" in html and "是，待补批" in html
    assert "已公开（已在院务公开栏公示）" in html and "去除标志" in html
    assert "2015年工资表.xlsx" in html and "王主任；赵科长" in html


def test_chain_status_and_head(filled: dict, html_report: Path, pdf_report: Path) -> None:
    store: Store = filled["store"]
    head = store.audit.head()
    html = html_report.read_text(encoding="utf-8")
    assert f"完整 intact：{store.audit.count()} 条事件 events" in html
    # The head is printed for the committee to keep on paper: sequence number and hash.
    assert f"序号 seq {head.seq}，哈希 hash {head.hash}" in html
    assert f"baomi audit verify --head {head}" in html
    text = _pdf_text(pdf_report)
    assert "完整 intact" in text and head.hash[:40] in text.replace("\n", "")


def test_no_raw_values_anywhere(html_report: Path, pdf_report: Path) -> None:
    html = html_report.read_text(encoding="utf-8")
    text = _pdf_text(pdf_report)
    for value in RAW_VALUES:
        assert value not in html, value
        assert value not in text, value
    assert "身份证 11**************2X" in html  # the ID typed into a purpose, masked


def test_html_is_self_contained(html_report: Path) -> None:
    html = html_report.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    assert "<script" not in html.lower() and "@import" not in html
    assert not re.search(r"url\((?!#)", html)  # only references inside the page
    assert not re.search(r"\s(src|href)=", html)
    assert html.count("<svg") == 3
    for heading in HEADINGS:
        assert heading in html


@pytest.mark.slow
def test_html_in_headless_chromium(filled: dict, html_report: Path) -> None:
    chromium = need_tool("chromium")
    base = filled["base"]
    flags = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={base / 'chromium'}",
    ]
    shot = base / "shot.png"
    r = subprocess.run(
        [*flags, f"--screenshot={shot}", "--window-size=1200,3000", html_report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    r = subprocess.run(
        [*flags, "--enable-logging=stderr", "--v=0", "--dump-dom", html_report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "<h1>某某镇卫生院 保密工作检查报告</h1>" in r.stdout
    assert "十、审计日志" in r.stdout
    console = [line for line in r.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console


def test_pdf_extracts_with_its_font(filled: dict, pdf_report: Path) -> None:
    text = _pdf_text(pdf_report)
    for heading in HEADINGS:
        assert heading in text, heading
    assert "某某镇卫生院 保密工作检查报告" in text
    reader = PdfReader(pdf_report)
    from scanner.report.fonts import report_font

    if report_font().embedded:
        assert _embedded_fonts(reader), "the CJK font should be embedded"


@pytest.mark.slow
def test_pdf_rasterises_with_pdftoppm(filled: dict, pdf_report: Path) -> None:
    reader = PdfReader(pdf_report)
    pdftoppm = need_tool("pdftoppm")
    prefix = filled["base"] / "page"
    r = subprocess.run(
        [pdftoppm, "-r", "40", "-png", str(pdf_report), str(prefix)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    pages = sorted(prefix.parent.glob("page-*.png"))
    assert len(pages) == len(reader.pages) >= len(HEADINGS)
    assert all(p.stat().st_size > 1000 for p in pages)
    assert "Syntax Error" not in r.stderr


def test_broken_chain_is_named(
    filled: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = Path(filled["env"]["BAOMI_HOME"]) / "baomi.db"
    copy = tmp_path / "copy.db"
    with sqlite3.connect(src) as a, sqlite3.connect(copy) as b:
        a.backup(b)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE audit_events SET details = '{\"edited\":1}' WHERE seq = 2")
    out = tmp_path / "r.html"
    monkeypatch.setenv("BAOMI_AUDIT_HEAD", str(tmp_path / "no.head"))
    code, stdout, stderr = run_report(
        "--since", "2026-01-01", "--out", str(out), db=f"sqlite:///{copy}"
    )
    assert code == 0, stderr
    html = out.read_text(encoding="utf-8")
    assert "不完整 BROKEN：第 2 条事件起有问题" in html and "被篡改" in html
    assert "CHAIN BROKEN at event 2" in stdout


def test_empty_store_says_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    out = tmp_path / "empty.pdf"
    code, _, stderr = run_report(
        "--since",
        "2026-01-01",
        "--until",
        "2026-03-31",
        "--out",
        str(out),
        db=f"sqlite:///{tmp_path / 'e.db'}",
    )
    assert code == 0, stderr
    text = _pdf_text(out)
    assert "无 / none" in text and "没有登记的涉密文件" in text
    html_out = tmp_path / "empty.htm"
    code, _, stderr = run_report(
        "--since",
        "2026-01-01",
        "--until",
        "2026-03-31",
        "--out",
        str(html_out),
        db=f"sqlite:///{tmp_path / 'e.db'}",
    )
    assert code == 0, stderr
    html = html_out.read_text(encoding="utf-8")
    assert html.count("<td>2026-0") == 3  # one trend row per month, Jan to Mar


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2026-13-01", "--out", "r.html"], "wants a date like"),
        (["--since", "2026-05-01", "--until", "2026-04-01", "--out", "r.html"], "before it starts"),
        (["--since", "2026-01-01", "--out", "r.docx"], "cannot tell the format"),
        (["--since", "2026-01-01", "--out", "no/such/folder/r.pdf"], "does not exist"),
    ],
)
def test_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run_report(*args, db=f"sqlite:///{tmp_path / 'e.db'}")
    assert code == 2
    assert message in stderr and "Traceback" not in stderr


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _embedded_fonts(reader: PdfReader) -> list[str]:
    found = []
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for t in targets:
                desc = t.get("/FontDescriptor")
                if desc is not None and any(
                    k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
                ):
                    found.append(str(t.get("/BaseFont")))
    return found


def test_period_months() -> None:
    from scanner.report import Period

    assert Period(date(2025, 11, 15), date(2026, 2, 1)).months() == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_report_and_ledger_agree_on_a_file_protected_again_after_declassification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One notion of a file's state (scanner.workflows.lifecycle.registry) serves the ledger and the
    report: a declassification followed by a new label is a labeled secret file again."""
    from datetime import date as _date

    from scanner.pipeline import FileResult
    from scanner.report.data import Period, gather
    from scanner.store.tables import declassifications
    from scanner.workflows.lifecycle import registry

    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    doc = tmp_path / "通知.txt"
    doc.write_text("内部通知", encoding="utf-8")
    label = {
        "text": "秘密 保密期限：5年",
        "categories": ["operations"],
        "retention_years": 5,
        "expires": _date(2031, 1, 1),
        "method": "banner",
    }
    result = FileResult(str(doc), "ok", format="txt", categories=["operations"])
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        file_id = store.record_protection(result, scanned_path=doc, owner=None, label=label)
        with store.transaction() as conn:
            conn.execute(
                declassifications.insert().values(
                    path=str(doc),
                    file_id=file_id,
                    reason="published",
                    note=None,
                    approved_by="[]",
                    action="unmarked",
                    actor="t",
                    host="h",
                    declassified_at=datetime.now(UTC),
                )
            )
        assert [e["state"] for e in registry(store)] == ["declassified"]
        data = gather(store, Period(_date(2026, 1, 1), _date(2030, 1, 1)))
        assert data.closed == 1 and not data.secret
        store.record_label(file_id, **label)  # protected again later
        assert [e["state"] for e in registry(store)] == ["labeled"]
        data = gather(store, Period(_date(2026, 1, 1), _date(2030, 1, 1)))
        assert not data.closed and data.secret == 1 and data.states["labeled"] == 1
