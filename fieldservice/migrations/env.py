"""Alembic environment for the local (SQLite) and head-office databases.

The application passes an open connection in ``config.attributes["connection"]``;
the ``alembic`` command line uses ``sqlalchemy.url`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from fieldservice.migrations.fts import is_search_index
from fieldservice.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, type_, parents: not is_search_index(name),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url to run the migrations from the command line")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():  # pragma: no cover - offline SQL scripts are not used
    raise SystemExit("fieldservice migrations run online only")
run_migrations_online()
