"""scanner.workflows.lifecycle on SQLite and PostgreSQL: expiry, declassification, destruction, ledger."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from labelers.docx import DocxLabeler
from labelers.interface import LabelSpec
from labelers.keys import generate_keypair
from labelers.seal import seal_file
from scanner.pipeline import FileResult, Finding
from scanner.store import Store
from scanner.store.tables import declassifications, destructions
from scanner.workflows import lifecycle
from scanner.workflows.lifecycle import LifecycleError
from tests.docmaker import make_docx, make_text

MARK = "秘密 保密期限：10年"
LABELED_AT = datetime(2016, 5, 1, 8, 0, tzinfo=UTC)  # expires 2026-05-01
DECLASSIFY_OK = [("保密委员会主任", "王芳"), ("分管领导", "李娜")]
DESTROY_OK = [("科室负责人", "张伟"), ("分管领导", "李娜"), ("保密委员会主任", "王芳")]
BODY = ["职工工资表", "张伟 身份证号 110105194912310025"]


def _result(path: Path, fmt: str = "docx") -> FileResult:
    value = "110105194912310025"
    return FileResult(
        path=str(path),
        status="ok",
        format=fmt,
        categories=["personnel"],
        findings=[Finding("CN_RESIDENT_ID", 0.95, value, {"start": 0, "end": 18})],
    )


def _labeled_docx(store: Store, folder: Path, name: str = "工资.docx", years: int = 10) -> Path:
    src = make_docx(folder / f"src-{name}", BODY)
    spec = LabelSpec.make(MARK.replace("10", str(years)), "秘密", ("personnel",), years, LABELED_AT)
    path = folder / name
    DocxLabeler().label(src, path, spec)
    src.unlink()
    store.record_protection(
        _result(path),
        scanned_path=path,
        owner="clerk",
        label={
            "text": spec.text,
            "categories": ["personnel"],
            "retention_years": years,
            "expires": spec.expires,
            "method": "header",
        },
    )
    return path


def _sealed_docx(store: Store, folder: Path, key) -> Path:
    plain = folder / "病历.docx"
    labeled = folder / ".labeled.docx"
    make_docx(folder / "src.docx", BODY)
    spec = LabelSpec.make(MARK, "秘密", ("personnel",), 10, LABELED_AT)
    DocxLabeler().label(folder / "src.docx", labeled, spec)
    sealed = folder / "病历.docx.baomi"
    meta = {
        "label": {"text": MARK, "level": "秘密", "retention_years": 10},
        "categories": ["personnel"],
        "expires": spec.expires.isoformat(),
        "original_name": plain.name,
        "format": "docx",
    }
    res = seal_file(labeled, sealed, [key.public], meta)
    store.record_protection(
        _result(plain),
        scanned_path=plain,
        owner="clerk",
        label={
            "text": MARK,
            "categories": ["personnel"],
            "retention_years": 10,
            "expires": spec.expires,
            "method": "header",
        },
        seal={
            "original_path": plain,
            "sealed_path": sealed,
            "recipients": [{"name": key.public.name, "fingerprint": key.public.fingerprint}],
            "sealed_size": res.sealed_size,
            "chunk_size": res.header.chunk_size,
            "expires": spec.expires,
        },
    )
    for p in (labeled, folder / "src.docx"):
        p.unlink()
    return sealed


def test_durations_and_approvers() -> None:
    assert lifecycle.parse_duration("90d") == timedelta(days=90)
    assert lifecycle.parse_duration("12w") == timedelta(days=84)
    assert lifecycle.parse_duration("6M") == timedelta(days=180)
    assert lifecycle.parse_duration(" 1y ") == timedelta(days=365)
    for bad in ("", "90", "d", "-3d", "3x", "1.5d"):
        with pytest.raises(LifecycleError, match="duration"):
            lifecycle.parse_duration(bad)
    assert lifecycle.parse_approver("分管领导：李娜") == ("分管领导", "李娜")
    for bad in ("李娜", ":李娜", "分管领导:"):
        with pytest.raises(LifecycleError, match="ROLE:NAME"):
            lifecycle.parse_approver(bad)


def test_required_roles_default_and_from_rules(tmp_path: Path) -> None:
    assert lifecycle.required_roles("declassify", tmp_path) == ("保密委员会主任", "分管领导")
    (tmp_path / "approvals.yaml").write_text(
        "schema_version: 1\nroles:\n  declassify: [保密委员会主任]\n", encoding="utf-8"
    )
    assert lifecycle.required_roles("declassify", tmp_path) == ("保密委员会主任",)
    assert len(lifecycle.required_roles("destroy", tmp_path)) == 3


def test_expiring_lists_labeled_and_sealed(store: Store, tmp_path: Path) -> None:
    soon = _labeled_docx(store, tmp_path, "近期.docx", years=10)
    _labeled_docx(store, tmp_path, "远期.docx", years=30)
    sealed = _sealed_docx(store, tmp_path, generate_keypair("committee"))
    found = lifecycle.expiring(store, timedelta(days=90), today=date(2026, 3, 1))
    assert [(r["path"], r["state"]) for r in found] == sorted(
        [(str(soon), "labeled"), (str(sealed), "sealed")]
    )
    assert all(r["expires"] == date(2026, 5, 1) and r["days_left"] == 61 for r in found)
    assert found[0]["categories"] == ["personnel"]
    assert lifecycle.expiring(store, timedelta(days=30), today=date(2026, 3, 1)) == []
    late = lifecycle.expiring(store, timedelta(days=0), today=date(2027, 1, 1))
    assert {r["days_left"] for r in late} == {-245}


def test_declassify_labeled_removes_mark_and_records(store: Store, tmp_path: Path) -> None:
    path = _labeled_docx(store, tmp_path)
    done = lifecycle.declassify(store, path, "not-needed", DECLASSIFY_OK, note="已归档")
    assert done.action == "unmarked"
    assert DocxLabeler().read(path) is None
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs] == BODY
    assert MARK not in "".join(p.text for s in document.sections for p in s.header.paragraphs)
    with store.engine.connect() as conn:
        row = conn.execute(select(declassifications)).one()
    assert row.reason == "not-needed" and row.action == "unmarked" and row.note == "已归档"
    assert json.loads(row.approved_by) == [{"role": r, "name": n} for r, n in DECLASSIFY_OK]
    events = [e for e in store.audit.events() if e.kind == "declassify"]
    assert len(events) == 1 and events[0].details["declassification_id"] == row.id
    assert store.audit.verify().ok
    assert lifecycle.expiring(store, timedelta(days=9999), today=date(2026, 3, 1)) == []
    assert [r["state"] for r in lifecycle.ledger(store)] == ["declassified"]


def test_declassify_refusals(store: Store, tmp_path: Path) -> None:
    path = _labeled_docx(store, tmp_path)
    before = path.read_bytes()
    with pytest.raises(LifecycleError, match="分管领导"):
        lifecycle.declassify(store, path, "published", [("保密委员会主任", "王芳")])
    with pytest.raises(LifecycleError, match="not an allowed reason yet"):
        lifecycle.declassify(store, path, "expired", DECLASSIFY_OK, today=date(2026, 4, 30))
    with pytest.raises(LifecycleError, match="reason must be one of"):
        lifecycle.declassify(store, path, "bored", DECLASSIFY_OK)
    assert path.read_bytes() == before
    with store.engine.connect() as conn:
        assert conn.execute(select(declassifications)).all() == []
    done = lifecycle.declassify(store, path, "expired", DECLASSIFY_OK, today=date(2026, 5, 1))
    assert done.action == "unmarked"


def test_declassify_sealed_needs_unseal_then_writes_plain(store: Store, tmp_path: Path) -> None:
    key = generate_keypair("committee")
    folder = tmp_path / "docs"
    folder.mkdir()
    sealed = _sealed_docx(store, folder, key)
    with pytest.raises(LifecycleError, match="--unseal"):
        lifecycle.declassify(store, sealed, "published", DECLASSIFY_OK)
    assert sealed.exists()
    done = lifecycle.declassify(store, sealed, "published", DECLASSIFY_OK, unseal=True, key=key)
    out = folder / "病历.docx"
    assert done.action == "unsealed" and done.out_path == str(out)
    assert not sealed.exists()
    assert DocxLabeler().read(out) is None
    assert [p.text for p in docx.Document(str(out)).paragraphs] == BODY
    assert sorted(p.name for p in folder.iterdir()) == ["病历.docx"]  # no temporary left
    assert [r["state"] for r in lifecycle.ledger(store)] == ["declassified"]


def test_destroy_overwrites_records_and_takes_backups(store: Store, tmp_path: Path) -> None:
    key = generate_keypair("committee")
    sealed = _sealed_docx(store, tmp_path, key)
    backup = tmp_path / "backup" / sealed.name
    backup.parent.mkdir()
    backup.write_bytes(sealed.read_bytes())
    store.record_backup(
        sealed_path=sealed,
        backup_path=backup,
        sha256="0" * 64,
        size=backup.stat().st_size,
        share="docs",
    )
    gone = tmp_path / "backup" / "gone.baomi"
    store.record_backup(sealed_path=sealed, backup_path=gone, sha256="1" * 64, size=1, share="docs")
    size = sealed.stat().st_size
    with pytest.raises(LifecycleError, match="科室负责人"):
        lifecycle.destroy(store, sealed, reason="到期销毁", approved_by=DESTROY_OK[1:])
    done = lifecycle.destroy(
        store,
        sealed,
        reason="到期销毁",
        approved_by=DESTROY_OK,
        people=["赵敏"],
        keep_years=15,
        today=date(2026, 6, 1),
    )
    assert not sealed.exists() and not backup.exists()
    assert done.backups == [str(backup)] and done.backups_missing == [str(gone)]
    assert done.size == size and done.keep_until == date(2041, 6, 1)
    with store.engine.connect() as conn:
        row = conn.execute(select(destructions)).one()
    assert row.method == "erase" and row.keep_until == date(2041, 6, 1) and row.size == size
    people = json.loads(row.people)
    assert people[1:] == ["张伟", "李娜", "王芳", "赵敏"] and people[0] == row.actor
    assert row.host == os.uname().nodename
    assert store.audit.verify().ok
    assert [r["state"] for r in lifecycle.ledger(store)] == ["destroyed"]


def test_destroy_refuses_links_and_rolls_back(store: Store, tmp_path: Path) -> None:
    target = make_text(tmp_path / "a.txt", "x" * 5000)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(LifecycleError, match="regular file"):
        lifecycle.destroy(store, link, reason="测试", approved_by=DESTROY_OK)
    with pytest.raises(LifecycleError, match="keep-years"):
        lifecycle.destroy(store, target, reason="测试", approved_by=DESTROY_OK, keep_years=0)
    assert target.read_text() == "x" * 5000
    with store.engine.connect() as conn:
        assert conn.execute(select(destructions)).all() == []


def test_overwrite_really_overwrites_the_inode(tmp_path: Path) -> None:
    path = make_text(tmp_path / "s.txt", "机密内容" * 100_000)
    keep = tmp_path / "hardlink.txt"
    os.link(path, keep)  # the same inode seen under another name shows what was written
    size = lifecycle.overwrite_and_remove(path)
    assert size == len(("机密内容" * 100_000).encode())
    assert not path.exists()
    assert keep.stat().st_size == 0  # truncated after the passes


def test_ledger_rows_match_the_store(store: Store, tmp_path: Path) -> None:
    labeled = _labeled_docx(store, tmp_path)
    sealed = _sealed_docx(store, tmp_path, generate_keypair("committee"))
    plain = tmp_path / "名单.txt"
    plain.write_text("x", encoding="utf-8")
    store.register_scan(_result(plain, "txt"), scanned_path=plain, share="docs")
    rows = {r["path"]: r for r in lifecycle.ledger(store)}
    assert set(rows) == {str(labeled), str(sealed), str(plain)}
    assert rows[str(labeled)]["state"] == "labeled"
    assert rows[str(sealed)]["state"] == "sealed"
    assert rows[str(plain)]["state"] == "unprotected" and rows[str(plain)]["share"] == "docs"
    assert rows[str(labeled)]["label"] == MARK and rows[str(labeled)]["retention_years"] == 10
    files = {f["path"]: f for f in store.files()}
    assert rows[str(labeled)]["first_seen"] == files[str(labeled)]["first_seen"]
    assert rows[str(labeled)]["owner"] == "clerk"
    csv_out, xlsx_out = tmp_path / "l.csv", tmp_path / "l.xlsx"
    lifecycle.write_ledger_csv(list(rows.values()), csv_out)
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    lifecycle.write_ledger_xlsx(lambda: rows.values(), xlsx_out)
    import openpyxl

    sheet = openpyxl.load_workbook(str(xlsx_out)).active
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 4


def test_an_xlsx_ledger_longer_than_a_sheet_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        {k: None for k, _ in lifecycle.LEDGER_COLUMNS} | {"path": f"/srv/{i}.docx", "host": "h"}
        for i in range(4)
    ]
    monkeypatch.setattr(lifecycle, "XLSX_MAX_ROWS", 3)
    out = tmp_path / "台账.xlsx"
    with pytest.raises(lifecycle.LedgerTooLong):
        lifecycle.write_ledger_xlsx(lambda: iter(rows), out)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    monkeypatch.setattr(lifecycle, "XLSX_MAX_ROWS", 4)
    assert lifecycle.write_ledger_xlsx(lambda: iter(rows), out) == 4
    import openpyxl

    sheet = openpyxl.load_workbook(str(out)).active
    assert sheet.max_row == 5 and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:K5"
    assert sheet["A1"].font.bold and sheet.column_dimensions["A"].width >= len("/srv/0.docx")
