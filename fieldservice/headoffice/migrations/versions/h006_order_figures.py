"""per-order figures for the league table (ho_order_figures, ho_figures_mark)

What the league counts of each repair order, kept up to date from the change log
(``headoffice.figures``). The table starts empty and without a mark: the first
refresh (``fieldservice-headoffice migrate`` runs one) works every order out.

Revision ID: h006
Revises: h005
Create Date: 2026-12-07 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fieldservice.models.base import UTCDateTime

revision: str = "h006"
down_revision: str | None = "h005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Counter = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "ho_order_figures",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("service_type", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("technician", sa.String(length=100), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("rework_of_id", sa.Uuid(), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("delivered_at", UTCDateTime(), nullable=True),
        sa.Column("open_until", UTCDateTime(), nullable=True),
        sa.Column("long_open", sa.Boolean(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("in_warranty", sa.Boolean(), nullable=False),
        sa.Column("turnaround_seconds", sa.Float(), nullable=True),
        sa.Column("fixed_first_time", sa.Boolean(), nullable=False),
        sa.Column("back_within_30", sa.Boolean(), nullable=False),
        sa.Column("parts_cents", sa.BigInteger(), nullable=False),
        sa.Column("labour_cents", sa.BigInteger(), nullable=False),
        sa.Column("csat_answers", sa.Integer(), nullable=False),
        sa.Column("csat_sum", sa.Integer(), nullable=False),
        sa.Column("nps_answers", sa.Integer(), nullable=False),
        sa.Column("promoters", sa.Integer(), nullable=False),
        sa.Column("detractors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_ho_order_figures")),
    )
    op.create_index("ix_ho_order_figures_opened", "ho_order_figures", ["opened_at"])
    op.create_index("ix_ho_order_figures_delivered", "ho_order_figures", ["delivered_at"])
    op.create_index(
        "ix_ho_order_figures_long_open", "ho_order_figures", ["long_open", "open_until"]
    )
    op.create_table(
        "ho_figures_mark",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("seq", Counter, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_ho_figures_mark")),
    )


def downgrade() -> None:
    op.drop_table("ho_figures_mark")
    op.drop_index("ix_ho_order_figures_long_open", table_name="ho_order_figures")
    op.drop_index("ix_ho_order_figures_delivered", table_name="ho_order_figures")
    op.drop_index("ix_ho_order_figures_opened", table_name="ho_order_figures")
    op.drop_table("ho_order_figures")
