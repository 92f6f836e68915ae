"""files.existing_mark: the secrecy mark a document already carries (issue 9)

A document may arrive marked (秘密★1年, 此件不公开, or 机密★/绝密★ — a state secret that does not
belong on the server). The scan reports it as ``existing_mark``; the store keeps the last one seen
so that the committee's report can list the state-secret documents.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("files", sa.Column("existing_mark", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.drop_column("existing_mark")
