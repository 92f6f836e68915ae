"""The daemon's worker hashes a file before it claims it; protect takes that digest for the
seal's intent instead of reading the original once more — only while the original it opened is
the very file that was hashed (device, inode, size, mtime, ctime)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest

from labelers.keys import generate_keypair
from scanner.detect.rulepacks import load_rules
from scanner.fsutil import Folder
from scanner.pipeline import Scanner
from scanner.store import Store
from scanner.workflows.protect import SEALED, KnownDigest, Protector
from tests.docmaker import make_text

SENTINEL = "0" * 64  # not the file's digest: returned only when no read was made


def test_a_digest_of_the_same_file_is_used_without_reading_it(tmp_path: Path) -> None:
    f = make_text(tmp_path / "随访.txt", "高血压随访记录\n")
    real = hashlib.sha256(f.read_bytes()).hexdigest()
    with Folder.open(tmp_path) as folder, folder.open_original(f.name) as orig:
        assert KnownDigest.of(orig.info, SENTINEL).sha256_of(orig) == SENTINEL
        same = KnownDigest.of(os.stat(f), SENTINEL)
        v = same.version
        for changed in (
            replace(same, version=v._replace(ino=v.ino + 1)),
            replace(same, version=v._replace(size=v.size + 1)),
            replace(same, version=v._replace(mtime_ns=v.mtime_ns + 1)),
            # written, size and mtime set back
            replace(same, version=v._replace(ctime_ns=v.ctime_ns + 1)),
        ):
            assert changed.sha256_of(orig) == real  # another file, or rewritten: read again


def test_protect_seals_with_the_digest_it_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAOMI_HOME", str(tmp_path / "home"))
    f = make_text(
        tmp_path / "share" / "随访.txt",
        "高血压随访记录\n患者：刘洋  身份证号：11010519491231002X  联系电话：13812345678\n",
    )
    with open(f, "rb") as fh:
        digest = KnownDigest.of(os.fstat(fh.fileno()), hashlib.sha256(fh.read()).hexdigest())
    scanner = Scanner(load_rules())
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        protector = Protector(
            rules=scanner.rules, recipients=[generate_keypair("c").public], store=store
        )
        rec = protector.protect(scanner.scan_file(f), known=digest)
        assert rec.action == SEALED, rec
        assert store.intents.for_original(f) == []  # finished and removed
    assert not f.exists() and Path(rec.sealed or "").exists()
