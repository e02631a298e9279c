"""Full-text search tables (SQLite FTS5) kept in step with their tables by triggers.

Each index is an external-content FTS5 table named ``<table>_fts`` over some of
the table's columns, keyed by the table's rowid. A migration that rebuilds one of
these tables (Alembic batch mode copies it, and the copy gets new rowids and
loses its triggers) must call ``drop_search()`` before and ``create_search()``
after; the latter rebuilds the index from the table. On PostgreSQL (head office)
these are no-ops: it searches differently.

The Chinese indexes beside them (``<table>_fts_cjk``, ``<table>_fts_short``: see
``searchtext``) are made by ``create_chinese_search()``; a migration that rebuilds
one of their tables calls ``drop_chinese_search()`` before and
``create_chinese_search()`` after it as well.
"""

from __future__ import annotations

from alembic import op

from fieldservice.migrations import searchtext

CUSTOMER_COLUMNS = ("number", "name", "company", "phone", "email", "address", "notes")
REPAIR_ORDER_COLUMNS = ("product_id", "fault_reported", "diagnosis", "work_done")
SEARCH_INDEXES = {"customer": CUSTOMER_COLUMNS, "repair_order": REPAIR_ORDER_COLUMNS}


def is_search_index(name: str | None) -> bool:
    """Whether a table is one of these search indexes (not described by the models)."""
    if name is None:
        return False
    if name == searchtext.PENDING:
        return True
    return any(name.startswith(f"{t}_fts") for t in (*SEARCH_INDEXES, *searchtext.CHINESE_INDEXES))


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_search(table: str) -> None:
    if not _is_sqlite():
        return
    columns = SEARCH_INDEXES[table]
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def drop_search(table: str) -> None:
    if not _is_sqlite():
        return
    fts = f"{table}_fts"
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {fts}")


def create_chinese_search(table: str) -> None:
    """Make the Chinese indexes of *table* and fill them from its rows."""
    if not _is_sqlite():
        return
    index = searchtext.CHINESE_INDEXES[table]
    op.execute(searchtext.PENDING_SQL)
    for statement in searchtext.create_sql(index):
        op.execute(statement)
    searchtext.fill(op.get_bind(), index)


def drop_chinese_search(table: str) -> None:
    if not _is_sqlite():
        return
    for statement in searchtext.drop_sql(searchtext.CHINESE_INDEXES[table]):
        op.execute(statement)


# The names the first migration was written with.
def create_customer_search() -> None:
    create_search("customer")


def drop_customer_search() -> None:
    drop_search("customer")
