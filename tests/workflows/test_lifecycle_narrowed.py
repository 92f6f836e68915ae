"""``declassify``/``destroy`` find one file, ``expiring`` a window of files, without reading the
whole registry (issue 13: a county's registry holds a million files). The narrowed reads must
give exactly what the whole registry gave, on SQLite and PostgreSQL, over a registry in every
state tests/report/test_report_sql.py knows — plus files re-sealed to a new path, so that an
older seal's path must not find a file whose newest seal is elsewhere."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select

from scanner.store import Store
from scanner.store.tables import files, seals
from scanner.workflows import lifecycle
from tests.report.test_report_sql import TODAY, _seal, fill


def _resealed(store: Store) -> None:
    """Every tenth file gets a newer seal under another name (its old name stays in `seals`)."""
    import random

    rng = random.Random(7)
    with store.engine.begin() as conn:
        ids = [r[0] for r in conn.execute(select(files.c.id).order_by(files.c.id))][::10]
        rows = []
        for fid in ids:
            row = _seal(rng, fid, f"/resealed/{fid}.baomi")
            row["sealed_at"] = row["sealed_at"] + timedelta(days=400)  # type: ignore[operator]
            rows.append(row)
        conn.execute(insert(seals), rows)


def _found(entries: list[dict[str, Any]], host: str, path: str) -> list[dict[str, Any]]:
    return [e for e in entries if e["host"] == host and path in (e["path"], e["sealed_path"])]


def _expiring_from(entries: list[dict[str, Any]], limit: Any) -> list[int]:
    return sorted(
        e["file_id"]
        for e in entries
        if e["state"] in ("labeled", "sealed")
        and e["expires"] is not None
        and e["expires"] <= limit
    )


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store, n=300, with_sites=True)
    _resealed(store)
    return store


def test_finding_one_file_reads_what_the_whole_registry_said(filled: Store) -> None:
    whole = lifecycle.registry(filled)
    with filled.engine.connect() as conn:
        sealed_paths = {r[0] for r in conn.execute(select(seals.c.sealed_path))}
    asked = {(e["host"], e["path"]) for e in whole}
    asked |= {(host, p) for p in sealed_paths for host in ("fs-a", "fs-b", "服务器三")}
    asked |= {("fs-a", "/nowhere/at/all.docx")}
    hits = 0
    for host, path in sorted(asked):
        narrowed = lifecycle.registry(filled, at=(host, path))
        assert _found(narrowed, host, path) == _found(whole, host, path), (host, path)
        assert len(narrowed) < len(whole)
        hits += bool(_found(whole, host, path))
    assert hits > 300  # by path and by sealed path


def test_an_old_seals_path_no_longer_finds_the_file(filled: Store) -> None:
    whole = lifecycle.registry(filled)
    moved = [e for e in whole if e["sealed_path"] and e["sealed_path"].startswith("/resealed/")]
    assert moved
    for e in moved:
        old = f"/sealed/{e['file_id']}.baomi"
        assert _found(lifecycle.registry(filled, at=(e["host"], old)), e["host"], old) == []


@pytest.mark.parametrize("days", [0, 30, 90, 400, 5000])
def test_expiring_reads_what_the_whole_registry_said(filled: Store, days: int) -> None:
    limit = TODAY + timedelta(days=days)
    whole = lifecycle.registry(filled)
    narrowed = lifecycle.registry(filled, expiring_by=limit)
    assert _expiring_from(narrowed, limit) == _expiring_from(whole, limit)
    found = lifecycle.expiring(filled, timedelta(days=days), today=TODAY)
    assert sorted(r["file_id"] for r in found) == _expiring_from(whole, limit)
    if days < 400:
        assert len(narrowed) < len(whole)
