"""The head office's database: PostgreSQL in production (psycopg 3), a SQLite file
for a quick trial. It holds the replicated tables (the same models and
migrations as a centre's) and the head office's own (``headoffice.models``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from fieldservice.db import alembic_config, sqlite_engine

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


def headoffice_alembic_config() -> Config:
    """Alembic for the head office's own tables (their own history)."""
    cfg = Config()
    cfg.set_main_option("script_location", "fieldservice.headoffice:migrations")
    return cfg


class HeadOfficeStore:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalise_url(url)
        self.is_postgres = self.url.startswith("postgresql")
        options = {"pool_size": pool_size, "max_overflow": 10} if self.is_postgres else {}
        if self.is_postgres:
            self.engine: Engine = create_engine(self.url, pool_pre_ping=True, **options)
        else:
            # A trial on a SQLite file: the centres' connection set-up, every unit of
            # work taking the write lock first (a head office mostly writes).
            path = Path(make_url(self.url).database or "")
            self.engine = sqlite_engine(path).execution_options(sqlite_begin="IMMEDIATE")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring both schemas up to date (safe to run on every start)."""
        for cfg in (alembic_config(), headoffice_alembic_config()):
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
