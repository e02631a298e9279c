"""products and parts proposed by centres (ho_proposal)

A centre may add a product or part the head office has not published; the head
office keeps who proposed it and when, until it adopts it by publishing its code.

Revision ID: h005
Revises: h004
Create Date: 2026-12-07 08:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fieldservice.models.base import UTCDateTime

revision: str = "h005"
down_revision: str | None = "h004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ho_proposal",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("site", sa.String(length=16), nullable=False),
        sa.Column("proposed_at", UTCDateTime(), nullable=False),
        sa.Column("adopted_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_ho_proposal")),
    )
    op.create_index("ix_ho_proposal_open", "ho_proposal", ["adopted_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ho_proposal_open", table_name="ho_proposal")
    op.drop_table("ho_proposal")
