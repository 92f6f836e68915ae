"""indexes for the report's registry in SQL (issue 13)

``baomi report`` now decides each registered file's state in SQL from its newest
declassification and destruction, found by file id, or by path for those recorded by path
alone. SQLite looks these up once per registered file: without an index, a scan of the whole
table each time (quadratic in a store with many of them). Small tables, small indexes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("declassifications", "destructions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.create_index(batch.f(f"ix_{table}_file_id"), ["file_id"])
            batch.create_index(batch.f(f"ix_{table}_path"), ["path"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(batch.f(f"ix_{table}_path"))
            batch.drop_index(batch.f(f"ix_{table}_file_id"))
