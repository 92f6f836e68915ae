"""the site of every file record and claim: a county's centres on one PostgreSQL (issue 13)

Each centre's daemons and scans are configured with a site id (``baomi watch --site``,
``BAOMI_SITE``); the bureau's report reads all sites, or one. ``files.site`` and
``unreadable.site`` say which centre recorded a row (None: recorded without a site). A claim's
key gains the site: two centres may both name a share 门诊 and hold the same document, and each
must seal its own copy — ``claims.site`` is '' for claims made without a site, so the unique key
still holds for them (NULLs would never conflict). Audit events carry the site in their hashed
details, so the chain needs no new column.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.add_column(sa.Column("site", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_files_site"), ["site"])
    with op.batch_alter_table("unreadable") as batch:
        batch.add_column(sa.Column("site", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("site", sa.String(length=64), nullable=False, server_default=""))
        batch.drop_constraint("uq_claims_share_relpath_version", type_="unique")
        batch.create_unique_constraint(
            batch.f("uq_claims_site_share_relpath_version"),
            ["site", "share", "relpath", "version"],
        )


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_constraint("uq_claims_site_share_relpath_version", type_="unique")
        batch.create_unique_constraint(
            batch.f("uq_claims_share_relpath_version"), ["share", "relpath", "version"]
        )
        batch.drop_column("site")
    with op.batch_alter_table("unreadable") as batch:
        batch.drop_column("site")
    with op.batch_alter_table("files") as batch:
        batch.drop_index(batch.f("ix_files_site"))
        batch.drop_column("site")
