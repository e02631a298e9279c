"""the change log marks changes that are exactly as a centre sent them (echo_site)
and keeps no copy of new rows taken whole (row may be null)

A pull then sends that centre a stamp instead of the row it already has, and reads
new rows without a copy from their tables.

Revision ID: h004
Revises: h003
Create Date: 2026-11-25 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h004"
down_revision: str | None = "h003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ho_change") as batch:
        batch.add_column(sa.Column("echo_site", sa.String(length=16), nullable=True))
        batch.alter_column("row", existing_type=sa.JSON(), nullable=True)


def downgrade() -> None:
    uncopied = op.get_bind().scalar(sa.text("SELECT count(*) FROM ho_change WHERE row IS NULL"))
    if uncopied:
        raise RuntimeError(
            f"{uncopied} changes in the log have no copy of their row; an earlier version "
            "cannot serve them. Restore a backup taken before the upgrade instead."
        )
    with op.batch_alter_table("ho_change") as batch:
        batch.alter_column("row", existing_type=sa.JSON(), nullable=False)
        batch.drop_column("echo_site")
