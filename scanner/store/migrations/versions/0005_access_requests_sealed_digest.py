"""access requests bound to the sealed file's content, not only its path (issue 10)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Null for requests made before: those stay bound by path alone, as they were approved.
    with op.batch_alter_table("access_requests") as batch:
        batch.add_column(sa.Column("sealed_digest", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_column("sealed_digest")
