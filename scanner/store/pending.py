"""Secret documents the daemon has not protected yet, as the store knows them (issue 15).

A daemon that fails a file (disk full, the database away, a share read-only, a file it could
not read) finishes its claim with the outcome ``retrying`` instead of releasing it, with the
reason and the categories known then, and any server may claim it again (``Store.claim``).
Those rows are what ``baomi status`` and the committee's report list: files found on a share
and still to be protected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from scanner.store.base import StoreBase
from scanner.store.claims import RETRY_OUTCOMES
from scanner.store.tables import claims as claims_t


@dataclass(frozen=True, slots=True)
class PendingClaim:
    """One file of a share the daemon failed and retries (the newest failed version)."""

    share: str
    relpath: str
    host: str
    outcome: str
    reason: str | None  # None: written by a daemon before the store kept reasons
    # what the scan found; empty or None: not known (a failed claim of a file read and found
    # clean never happens, as nothing is done to it)
    categories: tuple[str, ...] | None
    first_failed: datetime | None  # None: written before the store kept it
    last_attempt: datetime | None
    site: str | None = None  # the centre whose daemon claimed it (None: no site)

    @property
    def secret(self) -> bool | None:
        """True when the scan found secrets, None when it is not known."""
        return True if self.categories else None


class Pending(StoreBase):
    def unprotected_claims(
        self, *, share: str | None = None, site: str | None = None
    ) -> list[PendingClaim]:
        """Claims failed and not yet done, one per file, the longest-waiting first; ``site``:
        only that centre's."""
        c = claims_t.c
        query = (
            select(
                c.share,
                c.relpath,
                c.host,
                c.outcome,
                c.reason,
                c.categories,
                c.first_failed_at,
                c.finished_at,
                c.site,
            )
            .where(c.outcome.in_(RETRY_OUTCOMES))
            .order_by(c.finished_at, c.id)
        )
        if share is not None:
            query = query.where(c.share == share)
        if site is not None:
            query = query.where(c.site == site)
        with self._read("读未保护文件 / reading files not yet protected") as conn:
            rows = conn.execute(query).all()
        latest: dict[tuple[str, str, str], PendingClaim] = {}
        for r in rows:
            # one line per file: an older version that failed and a newer one count once, the
            # age from the first failure of either
            earlier = latest.get((r.site, r.share, r.relpath))
            first = r.first_failed_at or r.finished_at
            if earlier is not None and earlier.first_failed is not None:
                first = min(earlier.first_failed, first) if first else earlier.first_failed
            latest[(r.site, r.share, r.relpath)] = PendingClaim(
                share=r.share,
                relpath=r.relpath,
                host=r.host,
                outcome=r.outcome,
                reason=r.reason,
                categories=_categories(r.categories),
                first_failed=first,
                last_attempt=r.finished_at,
                site=r.site or None,
            )
        return sorted(latest.values(), key=lambda p: p.first_failed or p.last_attempt or _EPOCH)


def _categories(raw: str | None) -> tuple[str, ...] | None:
    if raw is None:
        return None
    try:
        items = json.loads(raw)
    except ValueError:
        return None
    return tuple(str(x) for x in items) if isinstance(items, list) else None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
