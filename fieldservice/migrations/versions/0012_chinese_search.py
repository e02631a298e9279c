"""Chinese search: any part of a name, address, fault, part or product name, in one
or two characters too, by pinyin and initials, Simplified and Traditional alike

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 13:00:00

Adds, beside the word indexes, a trigram index of the folded Chinese text and its
pinyin and an index of character pairs for customers, repair orders, parts and
products (fieldservice/migrations/searchtext.py), the triggers that note changed
rows in search_pending, and fills the indexes from the rows already there.
"""

from collections.abc import Sequence

from alembic import op

from fieldservice.migrations import fts, searchtext

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("customer", "repair_order", "part", "product")


def upgrade() -> None:
    for table in _TABLES:
        fts.create_chinese_search(table)


def downgrade() -> None:
    for table in _TABLES:
        fts.drop_chinese_search(table)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {searchtext.PENDING}")
