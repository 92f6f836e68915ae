"""Backups of sealed files: real sealed files, a real backup folder, the store on SQLite and
PostgreSQL; verification finds missing, stale and damaged copies without any key."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest
from faker import Faker

from labelers.keys import generate_keypair
from labelers.seal import seal_file
from scanner.store import Store
from scanner.workflows.backup import BackupError, backup_sealed, verify_backups

KEY = generate_keypair("保密委员会")


def _sealed(folder: Path, name: str, store: Store, seed: int = 1) -> tuple[Path, bytes]:
    """A real document sealed to the committee's key and registered as sealed."""
    fake = Faker("zh_CN")
    Faker.seed(seed)
    plain = folder / name
    text = f"姓名：{fake.name()} 身份证：{fake.ssn()} 诊断：高血压\n".encode()
    plain.write_bytes(text * 50)
    sealed = folder / f"{name}.baomi"
    result = seal_file(plain, sealed, [KEY.public], {"name": name})
    store.record_seal(
        None,
        original_path=plain,
        sealed_path=sealed,
        recipients=[{"name": KEY.name, "fingerprint": KEY.fingerprint}],
        sealed_size=result.sealed_size,
        chunk_size=65536,
        expires=None,
    )
    return sealed, text


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "srv" / "财务科" / "2024"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def backup_root(tmp_path: Path) -> Path:
    root = tmp_path / "backup-disk"
    root.mkdir()
    return root


def test_backup_and_verify(store: Store, share: Path, backup_root: Path) -> None:
    sealed, text = _sealed(share, "工资表.xlsx", store)
    dst = backup_sealed(store, sealed, backup_root, "finance", "2024/工资表.xlsx")
    assert dst == backup_root / "finance" / "2024" / "工资表.xlsx.baomi"
    assert dst.read_bytes() == sealed.read_bytes()
    # The backup site holds sealed bytes only, and no temporary file is left.
    files = [p for p in backup_root.rglob("*") if p.is_file()]
    assert files == [dst] and text[:20] not in dst.read_bytes()
    (rec,) = store.backups()
    assert rec["backup_path"] == str(dst) and rec["sealed_path"] == str(sealed)
    assert rec["size"] == sealed.stat().st_size and rec["share"] == "finance"
    assert rec["host"] == socket.gethostname() and len(rec["sha256"]) == 64
    (event,) = [e for e in store.audit.events() if e.kind == "backup"]
    assert event.subject == str(sealed) and event.details["sha256"] == rec["sha256"]

    report = verify_backups(store)
    assert report.intact and [i.sealed_path for i in report.ok] == [str(sealed)]
    assert report.to_dict()["counts"] == {"ok": 1, "missing": 0, "damaged": 0}

    # Again: the identical copy is kept and not recorded twice (relpath may name the .baomi).
    mtime = dst.stat().st_mtime_ns
    assert backup_sealed(store, sealed, backup_root, "finance", "2024/工资表.xlsx.baomi") == dst
    assert dst.stat().st_mtime_ns == mtime and len(store.backups()) == 1
    assert store.audit.verify().ok


def test_a_resealed_file_needs_a_new_backup(store: Store, share: Path, backup_root: Path) -> None:
    sealed, _ = _sealed(share, "名单.docx", store)
    dst = backup_sealed(store, sealed, backup_root, "hr", "名单.docx")
    old = dst.read_bytes()
    sealed.unlink()
    _sealed(share, "名单.docx", store, seed=2)  # edited and sealed again: a newer seal
    report = verify_backups(store)
    (stale,) = report.missing
    assert "older than the newest seal" in stale.reason
    assert backup_sealed(store, sealed, backup_root, "hr", "名单.docx") == dst
    assert dst.read_bytes() == sealed.read_bytes() != old
    assert verify_backups(store).intact
    assert len(store.backups()) == 2


def test_missing_and_damaged_backups_are_reported(
    store: Store, share: Path, backup_root: Path
) -> None:
    names = ["a.docx", "b.docx", "c.docx", "d.docx", "e.docx"]
    sealed = {n: _sealed(share, n, store, seed=i)[0] for i, n in enumerate(names)}
    copies = {n: backup_sealed(store, sealed[n], backup_root, "finance", n) for n in names[:4]}
    copies["a.docx"].unlink()  # gone
    with open(copies["b.docx"], "r+b") as fh:  # truncated
        fh.truncate(100)
    data = bytearray(copies["c.docx"].read_bytes())  # one byte flipped
    data[-5] ^= 0x01
    copies["c.docx"].write_bytes(bytes(data))
    # e.docx was never backed up; d.docx is intact.
    report = verify_backups(store)
    assert not report.intact
    assert [i.sealed_path for i in report.ok] == [str(sealed["d.docx"])]
    missing = {Path(i.sealed_path).name: i.reason for i in report.missing}
    damaged = {Path(i.sealed_path).name: i.reason for i in report.damaged}
    assert set(missing) == {"a.docx.baomi", "e.docx.baomi"}
    assert "gone" in missing["a.docx.baomi"] and "never backed up" in missing["e.docx.baomi"]
    assert set(damaged) == {"b.docx.baomi", "c.docx.baomi"}
    assert "size 100 bytes" in damaged["b.docx.baomi"]
    assert "SHA-256 differs" in damaged["c.docx.baomi"]
    assert report.summary() == "5 sealed files: 1 backed up, 2 missing, 2 damaged"
    # Only this host's seals, or another host's (none).
    assert len(verify_backups(store, host=socket.gethostname()).missing) == 2
    assert verify_backups(store, host="other-server").summary().startswith("0 sealed")


def test_a_copy_that_is_not_a_sealed_file_is_damaged(
    store: Store, share: Path, backup_root: Path
) -> None:
    sealed, _ = _sealed(share, "a.pdf", store)
    dst = backup_sealed(store, sealed, backup_root, "finance", "a.pdf")
    # Replaced by something else, and the record made to match it: the header check sees it.
    dst.write_bytes(b"not a sealed file at all" * 10)
    store.record_backup(
        sealed_path=sealed,
        backup_path=dst,
        sha256=hashlib.sha256(dst.read_bytes()).hexdigest(),
        size=dst.stat().st_size,
        share="finance",
    )
    (bad,) = verify_backups(store).damaged
    assert "not a readable sealed file" in bad.reason


def test_refusals(store: Store, share: Path, backup_root: Path, tmp_path: Path) -> None:
    plain = share / "明文.docx"
    plain.write_bytes(b"PK\x03\x04 plaintext")
    with pytest.raises(BackupError, match="only sealed files"):
        backup_sealed(store, plain, backup_root, "finance", "明文.docx")
    sealed, _ = _sealed(share, "b.docx", store)
    unmounted = tmp_path / "mnt" / "backup"
    with pytest.raises(BackupError, match="mount the backup disk"):
        backup_sealed(store, sealed, unmounted, "finance", "b.docx")
    assert not unmounted.exists()
    for relpath in ("../b.docx", "/etc/b.docx", ""):
        with pytest.raises(BackupError, match="inside the share"):
            backup_sealed(store, sealed, backup_root, "finance", relpath)
    with pytest.raises(BackupError, match="share name"):
        backup_sealed(store, sealed, backup_root, "../x", "b.docx")
    # Backing a file up onto itself is no backup.
    with pytest.raises(BackupError, match="different disk"):
        backup_sealed(store, sealed, share.parent.parent, "财务科", "2024/b.docx")
    # A file where the share's backup folder should be: a clear error, not a traceback.
    (backup_root / "blocked").write_bytes(b"")
    with pytest.raises(BackupError, match="cannot create the backup folder"):
        backup_sealed(store, sealed, backup_root, "blocked", "b.docx")
    (backup_root / "blocked").unlink()
    assert store.backups() == [] and [p for p in backup_root.rglob("*") if p.is_file()] == []
