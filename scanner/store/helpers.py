"""Small parts every module of the store shares, kept once: new row ids, canonical JSON, the
clock, and batching for ``IN (...)`` lists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import CursorResult


def new_id(result: CursorResult[Any]) -> int:
    """The id of the row an INSERT made."""
    # inserted_primary_key, not RETURNING: SQLite before 3.35 (older servers) has no RETURNING.
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def compact_json(value: Any, *, sort_keys: bool = True) -> str:
    """Lists and mappings as the store keeps them (``scanner/store/tables.py``): sorted keys, no
    spaces, text as written, so SQLite and PostgreSQL hold the same bytes. ``sort_keys=False``
    where a reader shows the objects' keys in the order they were given."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":"), default=str
    )


def now() -> datetime:
    return datetime.now(UTC)


def chunks(items: list[int], n: int) -> Iterator[list[int]]:
    """``items`` in slices of ``n``: a database caps how many values one ``IN`` may hold."""
    for i in range(0, len(items), n):
        yield items[i : i + n]
