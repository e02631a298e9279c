"""the change log marks changes that are exactly as a centre sent them (echo_site)

A pull then sends that centre a stamp instead of the row it already has.

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


def downgrade() -> None:
    with op.batch_alter_table("ho_change") as batch:
        batch.drop_column("echo_site")
