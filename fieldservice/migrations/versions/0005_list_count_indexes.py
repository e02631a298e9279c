"""indexes that let list counts and the overdue filter read indexes only

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX: no table is copied, so the search indexes stay valid.
    op.drop_index("ix_repair_order_open_due", table_name="repair_order")
    op.create_index(
        "ix_repair_order_open_due",
        "repair_order",
        ["is_open", "resolution_due", "status", "deleted"],
    )
    # (deleted, id): the count reads this index only, and the newest-first list
    # walks it backwards without sorting.
    op.create_index("ix_repair_order_deleted", "repair_order", ["deleted", "id"])
    op.create_index("ix_unit_deleted", "unit", ["deleted", "id"])


def downgrade() -> None:
    op.drop_index("ix_unit_deleted", table_name="unit")
    op.drop_index("ix_repair_order_deleted", table_name="repair_order")
    op.drop_index("ix_repair_order_open_due", table_name="repair_order")
    op.create_index("ix_repair_order_open_due", "repair_order", ["is_open", "resolution_due"])
