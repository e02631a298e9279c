"""codes a centre chooses for itself (stock locations, priority targets) are unique
per centre, not across the network

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import fieldservice.models.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("created_at", fieldservice.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", fieldservice.models.base.UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
    ]


def _stock_location(*unique: str) -> list[sa.Column | sa.Constraint]:
    return [
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("technician", sa.String(length=100), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_location")),
        sa.UniqueConstraint(*unique, name=op.f(f"uq_stock_location_{'_'.join(unique)}")),
    ]


def _priority_target(*unique: str) -> list[sa.Column | sa.Constraint]:
    return [
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("response_hours", sa.Integer(), nullable=False),
        sa.Column("resolution_hours", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_target")),
        sa.UniqueConstraint(*unique, name=op.f(f"uq_priority_target_{'_'.join(unique)}")),
    ]


TABLES = {"stock_location": _stock_location, "priority_target": _priority_target}


def _make_unique(table: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f(f"uq_{table}_{'_'.join(old)}"), table, type_="unique")
        op.create_unique_constraint(op.f(f"uq_{table}_{'_'.join(new)}"), table, list(new))
        return
    # SQLite cannot drop a unique constraint, so the table is made again. Batch mode
    # would rename a copy into place after dropping the table, which the foreign keys
    # (on while upgrading) refuse: other tables point at stock locations. Instead the
    # rows are kept aside, the table dropped and created, and the rows put back, with
    # the foreign keys checked at commit, when every row they point at is back.
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute(f"CREATE TEMP TABLE kept_{table} AS SELECT * FROM {table}")
    op.drop_table(table)
    items = TABLES[table](*new)
    op.create_table(table, *items)
    columns = ", ".join(c.name for c in items if isinstance(c, sa.Column))
    op.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM kept_{table}")
    op.execute(f"DROP TABLE kept_{table}")


def upgrade() -> None:
    for table in TABLES:
        _make_unique(table, ("code",), ("origin_site", "code"))


def downgrade() -> None:
    for table in TABLES:
        shared = op.get_bind().scalar(
            sa.text(
                f"SELECT count(*) FROM (SELECT code FROM {table} GROUP BY code "
                "HAVING count(*) > 1) AS shared"
            )
        )
        if shared:
            raise RuntimeError(
                f"Centres share {shared} {table.replace('_', ' ')} code(s); an earlier "
                "version needs each to be unique. Restore a backup taken before the upgrade "
                "instead."
            )
    for table in TABLES:
        _make_unique(table, ("origin_site", "code"), ("code",))
