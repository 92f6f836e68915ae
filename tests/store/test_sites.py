"""A county's centres on one store: the site id of every file record, claim and audit event,
and the report of one centre or of all (issue 13). On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from scanner.report import Period
from scanner.report.content import build
from scanner.report.data import gather
from scanner.store import Store, StoreError
from scanner.store.tables import audit_events, files
from tests.store.test_claims import _result


def _v(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _doc(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text("synthetic", encoding="utf-8")
    return p


def test_two_centres_with_a_share_of_the_same_name_each_claim_their_copy(db_url: str) -> None:
    with Store.open(db_url, site="城关") as a, Store.open(db_url, site="河口") as b:
        key = ("门诊", "病历/张三.docx", _v("same document"))
        assert a.claim(*key)
        assert b.claim(*key), "another centre's copy is its own work"
        assert a.claim(*key[:2], _v("other"))  # a new version: new work
        b.finish_claim(*key, "retrying", reason="disk full", categories=["medical"])
        assert [c.site for c in a.unprotected_claims()] == ["河口"]
        assert a.unprotected_claims(site="城关") == []
        assert {c["site"] for c in a.claims()} == {"城关", "河口"}
    with Store.open(db_url) as none:  # no site: claims of its own, as before sites
        assert none.claim(*key)
        assert none.claim(*key)  # already its own: renewed
        assert none.site is None


def test_files_and_audit_events_carry_the_site(db_url: str, tmp_path: Path) -> None:
    doc = _doc(tmp_path / "城关", "名单.txt")
    with Store.open(db_url, site="城关") as store:
        fid = store.register_scan(_result(doc, ["personnel"]), scanned_path=doc, share="hr")
        with store.engine.connect() as conn:
            assert conn.execute(select(files.c.site).where(files.c.id == fid)).scalar() == "城关"
            details = [json.loads(r[0]) for r in conn.execute(select(audit_events.c.details))]
        assert details and all(d.get("site") == "城关" for d in details)
        assert store.audit.verify().ok  # the site is inside the hashed details
    with Store.open(db_url) as later:  # a scan without a site keeps the centre that recorded it
        later.register_scan(_result(doc, ["personnel"]), scanned_path=doc, share="hr")
        with later.engine.connect() as conn:
            assert conn.execute(select(files.c.site).where(files.c.id == fid)).scalar() == "城关"
        assert later.sites() == ["城关"]


@pytest.mark.parametrize("bad", ["a/b", " lead", "x" * 65, "trail "])
def test_a_bad_site_id_is_refused_with_a_message(db_url: str, bad: str) -> None:
    with pytest.raises(StoreError, match="site id"):
        Store.open(db_url, site=bad)


def test_the_report_of_all_centres_has_a_table_by_site_and_one_centre_its_own(
    db_url: str, tmp_path: Path
) -> None:
    for site, n in (("城关", 3), ("河口", 2)):
        with Store.open(db_url, site=site) as store:
            for i in range(n):
                doc = _doc(tmp_path / site, f"名单{i}.txt")
                store.register_scan(_result(doc, ["personnel"]), scanned_path=doc, share="hr")
            store.claim("门诊", "a.docx", _v(site))
            store.finish_claim("门诊", "a.docx", _v(site), "retrying", categories=["medical"])
    today = datetime.now(UTC).date()
    period = Period(date(2026, 1, 1), today)
    with Store.open(db_url) as store:
        every = gather(store, period, today=today)
        one = gather(store, period, site="河口", today=today)
        named = gather(store, period, site="某某镇卫生院", today=today)
    assert every.site_ids == ["城关", "河口"] and every.only_site is None
    rows = {
        site: (reg, states["unprotected"], pending) for site, reg, states, pending in every.sites
    }
    assert rows == {"城关": (3, 3, 4), "河口": (2, 2, 3)}
    assert every.secret == 5 and every.pending.total == 7
    assert one.only_site == "河口" and one.site == "河口" and one.registered == 2
    assert one.secret == 2 and {f.site for f in one.unsealed.rows} == {"河口"}
    assert one.pending.total == 3
    _facts, sections = build(every)
    tables = [b for b in sections[0].blocks if getattr(b, "headers", [""])[0] == "站点 Site"]
    assert [r[0] for r in tables[0].rows] == ["城关", "河口"]
    # a name no record carries is the header's only, as before sites existed
    assert named.only_site is None and named.site == "某某镇卫生院" and named.secret == 5
