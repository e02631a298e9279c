"""the outbox is counted by kind of record through an index

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 18:55:00

The Sync screen and the status bar show how many changes wait to go, by kind of
record, after every round and at start. Over an outbox of 3,500,000 entries (a
large centre that has not synced for long) the count read the whole table:
1.9 s. By an index on the kind it reads the index: 0.3 s in the same test.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_sync_outbox_entity", "sync_outbox", ["entity"])


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_entity", table_name="sync_outbox")
