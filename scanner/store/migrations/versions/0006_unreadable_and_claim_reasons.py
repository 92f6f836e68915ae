"""files that could not be read; why a daemon's claim is still to do (issues 11, 15)

The committee's report must show the blind spots: documents no scan could read (encrypted,
corrupt, needing OCR, over a time or memory limit) and secret documents the daemon failed to
protect and retries. ``unreadable`` keeps one row per file and host; ``claims`` gains the reason
of the last failure, the categories known then, and when the version first failed (a retry
takes the claim again and renews ``claimed_at``, so its age would otherwise be lost).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "unreadable",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("share", sa.Text(), nullable=True),
        sa.Column("format", sa.String(length=16), nullable=True),
        sa.Column("reason_class", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen", _TS, nullable=False),
        sa.Column("last_seen", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unreadable")),
        sa.UniqueConstraint("host", "path", name=op.f("uq_unreadable_host_path")),
    )
    op.create_index(op.f("ix_unreadable_reason_class"), "unreadable", ["reason_class"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("categories", sa.Text(), nullable=True))
        batch.add_column(sa.Column("first_failed_at", _TS, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("first_failed_at")
        batch.drop_column("categories")
        batch.drop_column("reason")
    op.drop_index(op.f("ix_unreadable_reason_class"), table_name="unreadable")
    op.drop_table("unreadable")
