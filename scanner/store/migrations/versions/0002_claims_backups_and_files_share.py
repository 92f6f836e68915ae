"""claims, backups and files.share: the file-server daemon (issue 4)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Written by ``python -m scanner.store.migrations revision`` and tidied by hand. ``files.share`` is
added in place (SQLite ADD COLUMN; the batch context copies the table only when it must).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("files") as batch_op:
        batch_op.add_column(sa.Column("share", sa.Text(), nullable=True))
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("share", sa.String(length=255), nullable=False),
        sa.Column("relpath", sa.Text(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint(
            "share", "relpath", "version", name=op.f("uq_claims_share_relpath_version")
        ),
    )
    op.create_table(
        "backups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sealed_path", sa.Text(), nullable=False),
        sa.Column("backup_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("share", sa.String(length=255), nullable=False),
        sa.Column("backed_up_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backups")),
    )
    op.create_index(op.f("ix_backups_sealed_path"), "backups", ["sealed_path"])


def downgrade() -> None:
    op.drop_index(op.f("ix_backups_sealed_path"), table_name="backups")
    op.drop_table("backups")
    op.drop_table("claims")
    with op.batch_alter_table("files") as batch_op:
        batch_op.drop_column("share")
