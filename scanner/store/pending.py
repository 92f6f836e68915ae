"""Secret documents the daemon has not protected yet, as the store knows them.

A daemon that fails a file (disk full, the database away, a share read-only) finishes its
claim with the outcome ``retrying`` instead of releasing it, and any server may claim it again
(``Store.claim``). Those rows are what the committee's report lists: the files found on a
share and still to be sealed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from scanner.store.claims import RETRY_OUTCOMES
from scanner.store.tables import claims as claims_t


def unprotected(store: Any, *, share: str | None = None) -> list[dict[str, Any]]:
    """Claims failed and not yet done, the longest-waiting first: share, relpath, host,
    ``last_attempt`` (when the last try failed)."""
    query = (
        select(claims_t.c.share, claims_t.c.relpath, claims_t.c.host, claims_t.c.finished_at)
        .where(claims_t.c.outcome.in_(RETRY_OUTCOMES))
        .order_by(claims_t.c.finished_at, claims_t.c.id)
    )
    if share is not None:
        query = query.where(claims_t.c.share == share)
    with (
        store._errors("读未保护文件 / reading files not yet protected"),
        store.engine.connect() as c,
    ):
        rows = c.execute(query).all()
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        # one line per file: an older version that failed and a newer one count once
        latest[(r.share, r.relpath)] = {
            "share": r.share,
            "relpath": r.relpath,
            "host": r.host,
            "last_attempt": r.finished_at,
        }
    return sorted(latest.values(), key=lambda d: d["last_attempt"] or datetime.min)
