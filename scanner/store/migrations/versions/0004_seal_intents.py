"""seal intents: proof that a leftover NAME.baomi was made from NAME (issue 10)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "seal_intents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("original_path", sa.Text(), nullable=False),
        sa.Column("device", sa.BigInteger(), nullable=False),
        sa.Column("inode", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sealed_path", sa.Text(), nullable=True),
        sa.Column("sealed_sha256", sa.String(length=64), nullable=True),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal_intents")),
    )
    op.create_index(op.f("ix_seal_intents_original_path"), "seal_intents", ["original_path"])


def downgrade() -> None:
    op.drop_index(op.f("ix_seal_intents_original_path"), table_name="seal_intents")
    op.drop_table("seal_intents")
