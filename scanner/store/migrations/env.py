"""Alembic environment: run inside the connection ``Store.open`` hands over (online only).

The store takes its cross-process lock before it calls us (SQLite ``BEGIN IMMEDIATE``,
PostgreSQL an advisory lock), so two servers opening a new store at once migrate it once.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine

from scanner.store.tables import UtcDateTime, metadata


def _render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    # A new revision spells the column type out, so it does not import baomi's code.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `python -m scanner.store revision` against a scratch database
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
