"""Full-text search tables (SQLite FTS5) kept in step with their tables by triggers.

The index uses the content table's rowid. A migration that rebuilds one of these
tables (Alembic batch mode copies it, and the copy gets new rowids and loses its
triggers) must call ``drop_customer_search()`` before and
``create_customer_search()`` after; the latter rebuilds the index from the table.
On PostgreSQL (head office) these are no-ops: it searches differently.
"""

from __future__ import annotations

from alembic import op

CUSTOMER_COLUMNS = ("number", "name", "company", "phone", "email", "address", "notes")


def is_search_index(name: str | None) -> bool:
    """Whether a table is one of these search indexes (not described by the models)."""
    return name is not None and name.startswith("customer_fts")


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_customer_search() -> None:
    if not _is_sqlite():
        return
    cols = ", ".join(CUSTOMER_COLUMNS)
    new = ", ".join(f"new.{c}" for c in CUSTOMER_COLUMNS)
    old = ", ".join(f"old.{c}" for c in CUSTOMER_COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE customer_fts USING fts5({cols}, content='customer', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN "
        f"INSERT INTO customer_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN "
        f"INSERT INTO customer_fts(customer_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER customer_fts_update AFTER UPDATE ON customer BEGIN "
        f"INSERT INTO customer_fts(customer_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO customer_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")


def drop_customer_search() -> None:
    if not _is_sqlite():
        return
    for trigger in ("customer_fts_insert", "customer_fts_delete", "customer_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS customer_fts")
