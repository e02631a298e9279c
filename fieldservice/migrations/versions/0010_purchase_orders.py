"""a purchase order holds several lines: supplier order rows share its number,
one row per part and location

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 08:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ONE_PER_NUMBER = "uq_supplier_order_number"
_ONE_PER_LINE = "uq_supplier_order_number_part_id_location_id"


def upgrade() -> None:
    # No table refers to supplier_order, so SQLite's copy-and-rename batch mode is safe.
    with op.batch_alter_table("supplier_order", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_ONE_PER_NUMBER), type_="unique")
        batch_op.create_unique_constraint(op.f(_ONE_PER_LINE), ["number", "part_id", "location_id"])


def downgrade() -> None:
    shared = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT count(*) FROM (SELECT number FROM supplier_order GROUP BY number "
            "HAVING count(*) > 1) AS shared"
        )
        .scalar()
    )
    if shared:
        raise RuntimeError(
            f"{shared} purchase order(s) have several lines; an earlier version needs one "
            "line per order. Restore a backup taken before the upgrade instead."
        )
    with op.batch_alter_table("supplier_order", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_ONE_PER_LINE), type_="unique")
        batch_op.create_unique_constraint(op.f(_ONE_PER_NUMBER), ["number"])
