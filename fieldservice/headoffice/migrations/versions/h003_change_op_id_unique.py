"""the change log knows each applied op once (resent ops are found there)

Revision ID: h003
Revises: h002
Create Date: 2026-11-25 18:25:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "h003"
down_revision: str | None = "h002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ho_change") as batch:
        batch.create_unique_constraint("uq_ho_change_op_id", ["op_id"])


def downgrade() -> None:
    with op.batch_alter_table("ho_change") as batch:
        batch.drop_constraint("uq_ho_change_op_id", type_="unique")
