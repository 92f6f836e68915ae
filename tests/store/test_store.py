"""The store on SQLite and PostgreSQL: migrations, registrations, fingerprints, no raw values,
clear errors. Real databases, real files; values are synthetic (Faker zh_CN)."""

from __future__ import annotations

import os
import pwd
import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from faker import Faker
from sqlalchemy import create_engine, inspect, select, text

from scanner.pipeline import FileResult, Finding, Scanner
from scanner.store import (
    Store,
    StoreError,
    data_dir,
    default_db_url,
    fingerprint_key_path,
    normalise,
)
from scanner.store.tables import metadata

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Hunter2-secret-pw"


def _result(
    path: Path, findings: list[Finding], categories: list[str] | None = None, status: str = "ok"
) -> FileResult:
    return FileResult(
        path=str(path),
        status=status,
        format="txt",
        categories=categories if categories is not None else ["personnel"],
        findings=findings,
    )


def _finding(entity: str, value: str, start: int = 0) -> Finding:
    return Finding(entity, 0.95, value, {"start": start, "end": start + len(value)})


# -- schema --------------------------------------------------------------------------------


def test_migrated_schema_equals_the_metadata(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert ctx.get_current_heads() == ("0009",)
        assert compare_metadata(ctx, metadata) == []
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "files",
        "findings",
        "labels",
        "seals",
        "openings",
        "audit_events",
        "settings",
        "claims",
        "backups",
    } <= tables


def test_the_comparison_would_see_a_difference(store: Store) -> None:
    # Guard for the test above: a column the migration lacks is reported.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import Column, MetaData, Table

    changed = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(changed)
    Table("files", changed, Column("extra", text_type()), extend_existing=True)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), changed)
    assert [d[0] for d in diff] == ["add_column"]


def text_type():
    from sqlalchemy import Text

    return Text()


def test_reopening_does_not_migrate_again(db_url: str) -> None:
    with Store.open(db_url) as s:
        s.record_event("test", None, {})
    with Store.open(db_url) as s:
        assert s.audit.count() == 1 and s.audit.verify().ok


def test_a_newer_schema_is_refused(db_url: str, raw) -> None:
    Store.open(db_url).close()
    raw.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    raw.commit()
    with pytest.raises(StoreError, match="newer than this baomi") as err:
        Store.open(db_url)
    assert "0999" in str(err.value) and "upgrade baomi" in str(err.value)


# -- registrations -----------------------------------------------------------------------


def test_register_and_replace_findings(store: Store, tmp_path: Path) -> None:
    fake = Faker("zh_CN")
    Faker.seed(7)
    doc = tmp_path / "员工名单.txt"
    doc.write_text("synthetic", encoding="utf-8")
    ssn, phone, name = fake.ssn(), fake.phone_number(), fake.name()
    first = _result(
        doc,
        [
            _finding("CN_RESIDENT_ID", ssn),
            _finding("CN_PHONE", phone, 30),
            _finding("PERSON", name, 50),
        ],
        ["personnel"],
    )
    file_id = store.register_scan(first, scanned_path=doc)
    assert isinstance(file_id, int)

    (rec,) = store.files()
    assert rec["id"] == file_id and rec["path"] == str(doc.resolve())
    assert rec["host"] and rec["size"] == doc.stat().st_size and rec["mtime"].tzinfo
    assert rec["owner"] == pwd.getpwuid(doc.stat().st_uid).pw_name
    assert rec["categories"] == ["personnel"]
    assert rec["findings"] == {"CN_PHONE": 1, "CN_RESIDENT_ID": 1, "PERSON": 1}
    stored = store.findings(file_id)
    assert [f["entity_type"] for f in stored] == ["CN_RESIDENT_ID", "CN_PHONE", "PERSON"]
    assert stored[0]["masked"] == f"{ssn[:4]}{'*' * 10}{ssn[-4:]}"
    assert stored[0]["fingerprint"] == store.fingerprint("CN_RESIDENT_ID", ssn)
    assert stored[1]["location"] == {"start": 30, "end": 30 + len(phone)}
    first_seen = rec["first_seen"]

    # Rescanned: same file id, the findings replaced, first_seen kept.
    second = _result(doc, [_finding("CN_RESIDENT_ID", ssn)], ["personnel", "medical"])
    assert store.register_scan(second, scanned_path=doc, owner="李会计") == file_id
    (rec,) = store.files()
    assert rec["findings"] == {"CN_RESIDENT_ID": 1}
    assert rec["categories"] == ["medical", "personnel"] and rec["owner"] == "李会计"
    assert rec["first_seen"] == first_seen and rec["last_scanned"] >= first_seen
    assert len(store.findings(file_id)) == 1

    scans = [e for e in store.audit.events() if e.kind == "scan"]
    assert [e.subject for e in scans] == [str(doc.resolve())] * 2
    assert scans[0].details == {
        "file_id": file_id,
        "categories": ["personnel"],
        "counts": {"CN_PHONE": 1, "CN_RESIDENT_ID": 1, "PERSON": 1},
    }
    assert store.audit.verify().ok


def test_nothing_to_register(store: Store, tmp_path: Path) -> None:
    doc = tmp_path / "通知.txt"
    doc.write_text("公开", encoding="utf-8")
    assert store.register_scan(_result(doc, [], []), scanned_path=doc) is None
    bad = _result(doc, [], [], status="error")
    assert store.register_scan(bad, scanned_path=doc) is None
    assert store.files() == [] and store.audit.count() == 0


def test_a_registered_file_found_clean_is_cleared(store: Store, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("x", encoding="utf-8")
    fid = store.register_scan(_result(doc, [_finding("CN_PHONE", "13800138000")]), scanned_path=doc)
    assert store.register_scan(_result(doc, [], []), scanned_path=doc) == fid
    (rec,) = store.files()
    assert rec["findings"] == {} and rec["categories"] == []
    assert list(store.audit.events())[-1].details["cleared"] is True


def test_label_seal_open_and_reports(store: Store, tmp_path: Path) -> None:
    med, fin = tmp_path / "病历.txt", tmp_path / "工资.txt"
    for p in (med, fin):
        p.write_text("x", encoding="utf-8")
    mid = store.register_scan(
        _result(med, [_finding("CN_MEDICAL_RECORD_NO", "ZY20240001")], ["medical"]),
        scanned_path=med,
    )
    fid = store.register_scan(
        _result(fin, [_finding("CN_BANK_CARD", "6222021234567890128")], ["financial"]),
        scanned_path=fin,
    )
    store.record_label(
        mid,
        text="秘密 保密期限：30年",
        categories=["medical"],
        retention_years=30,
        expires=date(2055, 1, 1),
        method="txt-banner",
    )
    sealed = tmp_path / "病历.txt.baomi"
    store.record_seal(
        mid,
        original_path=med,
        sealed_path=sealed,
        recipients=[{"name": "保密委员会", "fingerprint": "ab12"}],
        sealed_size=1234,
        chunk_size=65536,
        expires=date(2055, 1, 1),
    )
    store.record_seal(
        None,
        original_path=tmp_path / "unregistered.txt",
        sealed_path=tmp_path / "unregistered.txt.baomi",
        recipients=[],
        sealed_size=10,
        chunk_size=65536,
        expires=None,
    )
    oid = store.record_open(
        sealed_path=sealed,
        actor="王主任",
        reason="医疗纠纷调查",
        out_path=tmp_path / "out.txt",
        request_id="REQ-7",
        recipient_fingerprint="ab12",
    )
    assert isinstance(oid, int)

    assert [f["id"] for f in store.files(category="medical")] == [mid]
    assert [f["id"] for f in store.files(category="financial")] == [fid]
    assert store.files(category="operations") == []
    with pytest.raises(ValueError):
        store.files(category="%")
    (rec,) = store.files(category="medical")
    assert rec["label"]["text"] == "秘密 保密期限：30年"
    assert rec["label"]["expires"] == date(2055, 1, 1)
    assert rec["seal"]["sealed_path"] == str(sealed) and rec["seal"]["sealed_size"] == 1234

    events = list(store.audit.events())
    assert [e.kind for e in events] == ["key", "scan", "scan", "label", "seal", "seal", "open"]
    opened = events[-1]
    assert opened.actor == "王主任" and opened.subject == str(sealed)
    assert opened.details == {
        "opening_id": oid,
        "reason": "医疗纠纷调查",
        "out_path": str(tmp_path / "out.txt"),
        "request_id": "REQ-7",
        "recipient": "ab12",
    }
    with pytest.raises(StoreError, match="no registered file"):
        store.record_label(
            9999, text="x", categories=[], retention_years=1, expires=date(2030, 1, 1), method="m"
        )
    assert store.audit.verify().ok


def test_no_raw_value_anywhere_in_the_store(
    store: Store, db_url: str, tmp_path: Path, scanner: Scanner
) -> None:
    fake = Faker("zh_CN")
    Faker.seed(11)
    ssn, phone, name = fake.ssn(), fake.phone_number(), fake.name()
    doc = tmp_path / "职工信息.txt"
    doc.write_text(
        f"职工信息登记表\n姓名：{name}\n身份证号：{ssn}\n联系电话：{phone}\n", encoding="utf-8"
    )
    result = scanner.scan_file(doc)
    found = {f.entity_type: f.value for f in result.findings}
    assert found.get("CN_RESIDENT_ID") == ssn and found.get("CN_PHONE") == phone
    assert found.get("PERSON") == name
    fid = store.register_scan(result, scanned_path=doc)
    store.record_label(
        fid,
        text="秘密 保密期限：10年",
        categories=result.categories,
        retention_years=10,
        expires=date(2035, 1, 1),
        method="txt-banner",
    )
    store.record_open(
        sealed_path=tmp_path / "x.baomi",
        actor="tester",
        reason="audit",
        out_path=tmp_path / "x.txt",
        request_id=None,
        recipient_fingerprint="f",
    )
    store.close()

    secrets = [ssn, phone, name, ssn[6:14]]  # the birth date inside the ID too
    if db_url.startswith("sqlite"):
        blob = b"".join(p.read_bytes() for p in tmp_path.glob("store.db*"))
        masked = store_masked(db_url)
        assert masked and all(m.encode() in blob for m in masked)  # the findings are there
        for value in secrets:
            assert value.encode() not in blob, "raw value in the SQLite file"
    dump = _dump_rows(db_url)
    assert "*" in dump and "CN_RESIDENT_ID" in dump
    for value in secrets:
        assert value not in dump, "raw value in a table"


def store_masked(db_url: str) -> list[str]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("SELECT masked FROM findings"))]
    engine.dispose()
    return rows


def _dump_rows(db_url: str) -> str:
    engine = create_engine(db_url)
    out = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(select(text("*")).select_from(text(table))):
                out.append(repr(tuple(row)))
    engine.dispose()
    return "\n".join(out)


# -- fingerprints --------------------------------------------------------------------------


def test_fingerprints_are_keyed_and_stable(
    db_url: str, baomi_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ssn = Faker("zh_CN").ssn()
    with Store.open(db_url) as s:
        fp = s.fingerprint("CN_RESIDENT_ID", ssn)
        assert len(fp) == 32 and int(fp, 16) >= 0
        # Normalised: case of the check character, spaces, full-width digits.
        assert s.fingerprint("CN_RESIDENT_ID", f" {ssn[:6]} {ssn[6:].lower()} ") == fp
        full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in ssn)
        assert s.fingerprint("CN_RESIDENT_ID", full_width) == fp
        assert s.fingerprint("CN_PHONE", "+86 138-0013-8000") == s.fingerprint(
            "CN_PHONE", "13800138000"
        )
        # The entity type is part of the message.
        assert s.fingerprint("CN_PASSPORT", ssn) != fp
    key = fingerprint_key_path()
    # in the config folder, apart from the store's folder (docs/security.md F12)
    assert key == Path(os.environ["XDG_CONFIG_HOME"]) / "baomi" / "fingerprint.key"
    assert len(key.read_bytes()) == 32 and not (baomi_home / "fingerprint.key").exists()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    with Store.open(db_url) as s:
        assert s.fingerprint("CN_RESIDENT_ID", ssn) == fp  # the same key, the same print

    # Another site (another key, another store) gets another print for the same value.
    monkeypatch.setenv("BAOMI_FINGERPRINT_KEY", str(tmp_path / "other.key"))
    with Store.open(f"sqlite:///{tmp_path / 'other.db'}") as other:
        assert other.fingerprint("CN_RESIDENT_ID", ssn) != fp
    assert (tmp_path / "other.key").exists()


def test_a_store_refuses_a_different_key(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_url) as s:
        s.fingerprint("PERSON", "张三")
    # A second server that made its own key instead of copying the first one's.
    monkeypatch.setenv("BAOMI_FINGERPRINT_KEY", str(tmp_path / "server2.key"))
    with Store.open(db_url) as s, pytest.raises(StoreError, match="copy the key file"):
        s.fingerprint("PERSON", "张三")


def test_a_key_kept_beside_the_store_still_works_and_can_be_moved(
    db_url: str, baomi_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A site set up before the key moved has it in the data folder: it is used (with a
    warning naming the move), and after the documented move (docs/store.md) the same key from
    the config folder gives the same prints."""
    baomi_home.mkdir(parents=True, exist_ok=True)
    old = baomi_home / "fingerprint.key"
    old.write_bytes(bytes(range(32)))
    old.chmod(0o600)
    with caplog.at_level("WARNING", logger="scanner.store"), Store.open(db_url) as s:
        before = s.fingerprint("CN_PHONE", "13800138000")
    assert fingerprint_key_path() == old
    assert any("beside the store" in r.getMessage() for r in caplog.records)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "baomi"
    assert not (config / "fingerprint.key").exists()  # nothing new was made
    # the move: mkdir -m 700 -p ~/.config/baomi && mv <data folder>/fingerprint.key there
    config.mkdir(mode=0o700, parents=True, exist_ok=True)
    old.rename(config / "fingerprint.key")
    assert fingerprint_key_path() == config / "fingerprint.key"
    with Store.open(db_url) as s:
        assert s.fingerprint("CN_PHONE", "13800138000") == before


def test_a_damaged_key_is_refused(store: Store) -> None:
    fingerprint_key_path().write_bytes(b"short")
    with pytest.raises(StoreError, match="damaged"):
        store.fingerprint("PERSON", "张三")


def test_normalise() -> None:
    assert normalise("CN_BANK_CARD", "6222 0212 3456 7890 128") == "6222021234567890128"
    assert normalise("EMAIL_ADDRESS", "Zhang.San@Example.COM") == "zhang.san@example.com"
    assert normalise("PERSON", " 张 三 ") == "张三"
    assert normalise("PERSON", "王\u200b秀英") == normalise("PERSON", "王秀英")
    assert normalise("CN_PHONE", "１３９\u200d１２３４５６７８") == "13912345678"


# -- where things live, and errors ------------------------------------------------------------


def test_default_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BAOMI_HOME", "BAOMI_FINGERPRINT_KEY", "BAOMI_AUDIT_HEAD", "BAOMI_AUDIT_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "baomi" and data_dir().is_dir()
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "u"))
    assert data_dir() == tmp_path / "u" / ".local" / "share" / "baomi"
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "bh"))
    assert default_db_url() == f"sqlite:///{tmp_path / 'bh' / 'baomi.db'}"
    with Store.open() as s:
        s.record_event("test", None, {})
        assert s.url_for_display == default_db_url()
        sid = s.audit.store_id()
    assert sorted(
        p.name
        for p in (tmp_path / "bh").iterdir()
        if not p.name.endswith(("-wal", "-shm", ".lock"))
    ) == [f"audit-{sid}.head", f"audit-{sid}.key", "baomi.db"]


@pytest.mark.parametrize(
    "url,expect",
    [
        ("nonsense-without-scheme:" + PASSWORD + "@", "not a database URL"),
        ("mysql://u:" + PASSWORD + "@db.example/x", "unsupported database"),
        ("postgresql+psycopg2://u:" + PASSWORD + "@db.example/x", "pip install 'baomi[postgres]'"),
        ("postgresql+nosuchdriver://u:" + PASSWORD + "@db.example/x", "unknown database driver"),
        # Nothing listens on port 1: refused at once, no network beyond this machine.
        ("postgresql://u:" + PASSWORD + "@127.0.0.1:1/x", "cannot reach the store"),
        ("sqlite:////nonexistent-folder-xyz/baomi.db", "folder for the store does not exist"),
    ],
)
def test_bad_urls_give_a_clear_error_without_the_password(
    url: str, expect: str, baomi_home: Path
) -> None:
    with pytest.raises(StoreError) as err:
        Store.open(url)
    message = str(err.value)
    assert expect in message
    assert PASSWORD not in message and PASSWORD not in repr(err.value)
    # No library traceback chained to it (the password could be in one).
    assert err.value.__cause__ is None
    assert err.value.__context__ is None or err.value.__suppress_context__


@pytest.mark.slow
def test_wrong_password_is_a_clear_error(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url).set(password=PASSWORD).render_as_string(hide_password=False)
    with pytest.raises(StoreError, match="cannot reach the store") as err:
        Store.open(url)
    assert PASSWORD not in str(err.value) and "***" in str(err.value)


@pytest.mark.slow
def test_missing_psycopg_names_the_extra(tmp_path: Path) -> None:
    # A machine without the postgres extra: the import of psycopg fails.
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from scanner.store import Store, StoreError\n"
        "try:\n"
        f"    Store.open('postgresql://u:{PASSWORD}@127.0.0.1:1/x')\n"
        "except StoreError as e:\n"
        "    print(e)\n"
    )
    env = {**os.environ, "BAOMI_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "pip install 'baomi[postgres]'" in proc.stdout and "psycopg" in proc.stdout
    assert PASSWORD not in proc.stdout + proc.stderr


def test_unwritable_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BAOMI_HOME", str(blocker / "sub"))
    with pytest.raises(StoreError, match="BAOMI_HOME"):
        data_dir()


# -- the wheel -----------------------------------------------------------------------------


@pytest.mark.slow
def test_migrations_ship_in_the_wheel_and_run_from_it(tmp_path: Path) -> None:
    out = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (whl,) = out.glob("baomi-*.whl")
    names = set(zipfile.ZipFile(whl).namelist())
    assert {
        "scanner/store/migrations/env.py",
        "scanner/store/migrations/script.py.mako",
        "scanner/store/migrations/versions/0001_initial_schema.py",
        "scanner/store/migrations/versions/0002_claims_backups_and_files_share.py",
        "scanner/store/migrations/versions/0003_access_transfers_declassify_destroy.py",
        "scanner/store/migrations/versions/0004_seal_intents.py",
        "scanner/store/migrations/versions/0005_access_requests_sealed_digest.py",
        "scanner/store/migrations/versions/0006_unreadable_and_claim_reasons.py",
        "scanner/store/tables.py",
        "scanner/store/__init__.py",
        "scanner/store/audit.py",
        "scanner/cli/audit.py",
    } <= names
    # Installed = unpacked: run the store from the unpacked wheel, away from the source tree.
    site = tmp_path / "site"
    zipfile.ZipFile(whl).extractall(site)
    code = (
        "import scanner.store as s; from scanner.store import Store\n"
        f"assert s.__file__.startswith({str(site)!r}), s.__file__\n"
        f"st = Store.open('sqlite:///{tmp_path / 'w.db'}')\n"
        "st.record_event('test', None, {})\n"
        "from sqlalchemy import text\n"
        "with st.engine.connect() as c:\n"
        "    print(c.execute(text('select version_num from alembic_version')).scalar())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "BAOMI_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd="/", timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0009"
