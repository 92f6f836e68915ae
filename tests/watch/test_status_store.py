"""``baomi status`` and the committee's report give one answer to "what is not protected yet":
both read the store's failed claims (``Store.unprotected_claims``)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from scanner.store import Store
from scanner.watch.status import not_protected_in_store
from tests.watch.conftest import Site, baomi_argv


def _fail(store: Store, relpath: str, categories: list[str] | None, reason: str) -> None:
    version = hashlib.sha256(relpath.encode()).hexdigest()
    assert store.claim("门诊", relpath, version)
    store.finish_claim("门诊", relpath, version, "retrying", reason=reason, categories=categories)


def test_the_summary_counts_the_claims_the_report_lists(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'baomi.db'}") as store:
        _fail(store, "病历/a.docx", ["medical"], "磁盘已满 / disk full 11010519491231002X")
        _fail(store, "病历/b.pdf", None, "cannot read")
        claims = store.unprotected_claims()
    np = not_protected_in_store(claims)
    assert np["source"] == "store" and np["secret"] == 1 and np["unknown"] == 1
    assert [f["path"] for f in np["files"]] == ["门诊:病历/a.docx", "门诊:病历/b.pdf"]
    assert "disk full" in np["oldest_reason"] and "11010519491231002X" not in json.dumps(np)
    assert not_protected_in_store([])["secret"] == 0


@pytest.mark.slow  # the installed console script
def test_status_shows_the_stores_failed_claims_without_a_running_daemon(tmp_path: Path) -> None:
    site = Site(tmp_path)
    with Store.open(f"sqlite:///{site.home / 'baomi.db'}") as store:
        _fail(store, "病历/a.docx", ["medical"], "只读 / read-only file system")
    code, st = site.status()
    assert code == 3 and st["not_protected"]["source"] == "store"
    assert st["not_protected"]["secret"] == 1
    table = subprocess.run(
        [*baomi_argv(), "status", "--state-dir", str(site.state)],
        env=site.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert table.returncode == 3, table.stderr
    # no status.json yet: the "never ran here" line; the store is still the one answer in json
    assert "not running" in table.stdout
