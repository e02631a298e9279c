"""The head office's database: PostgreSQL in production (psycopg 3), a SQLite file
for a quick trial. It holds the replicated tables (the same models and
migrations as a centre's) and the head office's own (``headoffice.models``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from fieldservice.db import alembic_config

# Pushes take this PostgreSQL advisory lock for their transaction: changes are then
# numbered and committed one push at a time, so a pull never sees number N+1
# before N is visible (sequences alone can commit out of order).
PUSH_LOCK = 0x46534831


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3; a bare path means a SQLite file."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def _ho_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "fieldservice.headoffice:migrations")
    return cfg


class HeadOfficeStore:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalise_url(url)
        self.is_postgres = self.url.startswith("postgresql")
        options = {"pool_size": pool_size, "max_overflow": 10} if self.is_postgres else {}
        self.engine: Engine = create_engine(self.url, pool_pre_ping=True, **options)
        if not self.is_postgres:
            _sqlite_setup(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring both schemas up to date (safe to run on every start)."""
        for cfg in (alembic_config(), _ho_config()):
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as s, s.begin():
            yield s

    @contextlib.contextmanager
    def push_session(self) -> Iterator[Session]:
        """A unit of work holding the push lock (see PUSH_LOCK)."""
        with self._sessions() as s, s.begin():
            if self.is_postgres:
                s.execute(_advisory_lock(), {"key": PUSH_LOCK})
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def _advisory_lock():
    return text("SELECT pg_advisory_xact_lock(:key)")


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
