"""The head office's database: PostgreSQL in production (psycopg 3), a SQLite file
for a quick trial. It holds the replicated tables (the same models and
migrations as a centre's) and the head office's own (``headoffice.models``)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from fieldservice.db import alembic_config, sqlite_engine

# Pushes take this PostgreSQL advisory lock for their transaction: changes are then
# numbered and committed one push at a time, so a pull never sees number N+1
# before N is visible (sequences alone can commit out of order).
PUSH_LOCK = 0x46534831
# A database that does not answer a connection within this many seconds is
# unreachable (libpq would otherwise wait for the operating system's TCP timeout,
# minutes, holding a worker thread and a readiness probe).
CONNECT_TIMEOUT_SECONDS = 10
# What an administrator runs to bring the schema to this version's.
MIGRATE_COMMAND = "fieldservice-headoffice migrate"


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


@dataclass(frozen=True)
class History:
    """One of the database's two migration histories: where the database is (None:
    never migrated) and where this version's migrations end."""

    name: str
    current: str | None
    head: str
    known: bool  # False: the database is at a revision this version does not have


@dataclass(frozen=True)
class SchemaState:
    """Where the head office's database is against this version's migrations: the
    replicated tables' history, then the head office's own."""

    histories: tuple[History, ...]

    @property
    def current(self) -> str:
        """The database's revisions, e.g. ``0009+h004`` (``none``: never migrated)."""
        return "+".join(h.current or "none" for h in self.histories)

    @property
    def head(self) -> str:
        return "+".join(h.head for h in self.histories)

    @property
    def at_head(self) -> bool:
        return all(h.current == h.head for h in self.histories)

    @property
    def newer_than_known(self) -> bool:
        return not all(h.known for h in self.histories)

    def problem(self) -> str | None:
        """Why the server cannot work on this database, in words; None when it can."""
        if self.newer_than_known:
            return (
                f"schema {self.current} is newer than this version knows (head {self.head}):"
                " install the version that migrated it"
            )
        if not self.at_head:
            return f"schema {self.current}, head {self.head}: run {MIGRATE_COMMAND}"
        return None


# The two histories, each with its version table (see each migrations/env.py).
HISTORIES = (
    ("replicated tables", alembic_config, "alembic_version"),
    ("head-office tables", headoffice_alembic_config, "ho_alembic_version"),
)


@functools.cache
def _scripts() -> tuple[ScriptDirectory, ...]:
    # Read once per process: a readiness probe asks every few seconds.
    return tuple(ScriptDirectory.from_config(make()) for _, make, _ in HISTORIES)


def schema_state(conn: Connection) -> SchemaState:
    histories = []
    for (name, _, version_table), script in zip(HISTORIES, _scripts(), strict=True):
        context = MigrationContext.configure(conn, opts={"version_table": version_table})
        current = context.get_current_revision()
        head = script.get_current_head()
        assert head is not None
        try:
            known = current is None or script.get_revision(current) is not None
        except CommandError:
            known = False
        histories.append(History(name, current, head, known))
    return SchemaState(tuple(histories))


class HeadOfficeStore:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalise_url(url)
        self.is_postgres = self.url.startswith("postgresql")
        options: dict[str, Any] = (
            {"pool_size": pool_size, "max_overflow": 10} if self.is_postgres else {}
        )
        if self.is_postgres:
            if "connect_timeout" not in self.url:
                options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
            self.engine: Engine = create_engine(self.url, pool_pre_ping=True, **options)
        else:
            # A trial on a SQLite file: the centres' connection set-up, every unit of
            # work taking the write lock first (a head office mostly writes).
            path = Path(make_url(self.url).database or "")
            self.engine = sqlite_engine(path).execution_options(sqlite_begin="IMMEDIATE")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring both schemas up to date (safe to run again: nothing to do at head).
        An administrator's step (``fieldservice-headoffice migrate``): the server
        never migrates on its own."""
        for cfg in (alembic_config(), headoffice_alembic_config()):
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    def schema_state(self) -> SchemaState:
        """Where the database is against this version's migrations (raises
        SQLAlchemy's OperationalError when it cannot be reached)."""
        with self.engine.connect() as conn:
            return schema_state(conn)

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
