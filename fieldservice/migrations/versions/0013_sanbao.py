"""三包 rights: the repair / exchange / refund windows of a warranty policy, and the
decision taken at intake on the repair order

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:00:00

Adds to warranty_policy the return and exchange windows (days from purchase) and
the number of repairs of one fault after which an exchange is due, all NULL for
a product not sold under 三包; to repair_order whether it is back with the same
fault as the order it is a rework of, and the 三包 decision ("repair", "exchange",
"refund", NULL when none) with its reason.

Plain ADD COLUMN, not batch mode: copying repair_order would drop the Chinese
search triggers 0012 put on it, and every column here is nullable or has a
default, which both SQLite and PostgreSQL add in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_POLICY = ("return_days", "exchange_days", "repairs_before_exchange")


def upgrade() -> None:
    for name in _POLICY:
        op.add_column("warranty_policy", sa.Column(name, sa.Integer(), nullable=True))
    op.add_column(
        "repair_order", sa.Column("same_fault", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column("repair_order", sa.Column("sanbao_decision", sa.String(16), nullable=True))
    op.add_column(
        "repair_order", sa.Column("sanbao_reason", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no table copy, so the triggers stay).
    for name in ("sanbao_reason", "sanbao_decision", "same_fault"):
        op.drop_column("repair_order", name)
    for name in reversed(_POLICY):
        op.drop_column("warranty_policy", name)
