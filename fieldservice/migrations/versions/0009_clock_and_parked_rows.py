"""the clock's high-water mark saved; pulled rows waiting for what they refer to;
customers found by e-mail

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 04:40:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import fieldservice.models.base

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables with the sync columns when this migration was written.
_SYNCED = (
    "site",
    "customer",
    "product",
    "unit",
    "warranty_policy",
    "warranty_registration",
    "warranty_extension",
    "warranty_event",
    "part",
    "part_compatibility",
    "part_substitute",
    "stock_location",
    "stock_movement",
    "reorder_rule",
    "supplier_order",
    "part_request",
    "stock_count",
    "stock_count_line",
    "priority_target",
    "repair_order",
    "repair_order_event",
    "labour_line",
    "maintenance_plan",
    "maintenance_job",
    "meter_reading",
    "follow_up",
    "complaint",
)


def upgrade() -> None:
    op.create_table(
        "sync_parked",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("row", sa.Text(), nullable=False),
        sa.Column("created_at", fieldservice.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_parked")),
    )
    op.create_index("ix_customer_email", "customer", ["email"])
    conn = op.get_bind()
    site = conn.execute(sa.text("SELECT value FROM local_setting WHERE key = 'site_code'")).scalar()
    if not site:
        return  # not a centre set up yet (or the head office's store)
    # Until now the clock restarted from the newest stamp in the outbox, forgetting
    # the ones it had received: start it from the newest stamp anywhere in the file
    # (none believed more than a day ahead of now).
    tables = set(sa.inspect(conn).get_table_names())
    limit = f"{int(dt.datetime.now(dt.UTC).timestamp() * 1000) + 86_400_000:016d}"
    newest = [
        conn.execute(
            sa.text(f"SELECT max(hlc) FROM {name} WHERE length(hlc) <= 40 AND hlc < :limit"),
            {"limit": limit},
        ).scalar()
        for name in (*_SYNCED, "sync_outbox")
        if name in tables
    ]
    known = conn.execute(
        sa.text("SELECT value FROM local_setting WHERE key = 'hlc_high_water'")
    ).scalar()
    top = max(filter(None, [*newest, known]), default=None)
    if top:
        # Every stamp in the file counts as known elsewhere too: the clock is never
        # brought back below it.
        for key in ("hlc_high_water", "hlc_confirmed"):
            conn.execute(
                sa.text(
                    "INSERT INTO local_setting (key, value) VALUES (:k, :v) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"k": key, "v": top},
            )


def downgrade() -> None:
    op.drop_index("ix_customer_email", table_name="customer")
    op.drop_table("sync_parked")
