"""The head office's database: PostgreSQL in production (psycopg 3), a SQLite file
for a quick trial. It holds the replicated tables (the same models and
migrations as a centre's) and the head office's own (``headoffice.models``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    String,
    TextualSelect,
    create_engine,
    make_url,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

from fieldservice.db import alembic_config, sqlite_engine
from fieldservice.models import UTCDateTime

# A push takes this PostgreSQL advisory lock with its centre's code for its
# transaction: one centre's batches are applied one at a time, in order, while
# other centres' are applied beside them.
PUSH_LOCK = 0x46534831
# How many pushes one process applies at a time. A push is mostly Python work
# holding the interpreter's lock, with short waits for the database between its
# statements: a dozen at once in one process only take turns at that lock, and
# each waits for it after every round trip. Two keep one working while the other
# waits for the database. (50 centres at once, 4 workers: the p95 was lowest with
# 2 in each of three rounds against 1 and no limit; docs/benchmarks.md.)
PUSHES_AT_ONCE = 2
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
    def __init__(
        self, url: str, *, pool_size: int = 10, pushes_at_once: int = PUSHES_AT_ONCE
    ) -> None:
        self.url = normalise_url(url)
        # Taken by a push for each try at its transaction (not while it waits for
        # the batch before it): see PUSHES_AT_ONCE.
        self.push_turns = threading.BoundedSemaphore(pushes_at_once)
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
    def push_session(self, site: str) -> Iterator[Session]:
        """A unit of work that writes the change log for *site* (a centre's push, or
        the head office's own edits as HEAD_OFFICE_SITE): one at a time for a site,
        any number of sites at once. On PostgreSQL it holds the site's push lock
        and is in flight (:func:`oldest_in_flight`) before it takes a number, and
        its commit is announced on :func:`push_channel`."""
        with self._sessions() as s, s.begin():
            if self.is_postgres:
                s.execute(_PUSH_AND_IN_FLIGHT, {"key": PUSH_LOCK, "site": site})
            yield s

    @contextlib.contextmanager
    def signed_push_session(self, token_hash: str) -> Iterator[tuple[Session, SignedIn | None]]:
        """:meth:`push_session` for the centre whose token has *token_hash*, found by
        the same statement that takes its locks: one round trip signs the push in
        and starts it. None for a wrong or revoked token (nothing is locked)."""
        with self._sessions() as s, s.begin():
            found = s.execute(
                _SIGNED_PUSH if self.is_postgres else _SIGNED_IN,
                {"key": PUSH_LOCK, "token_hash": token_hash},
            ).first()
            yield (
                s,
                SignedIn(found.code, found.last_seen_at, found.last_clock_skew_ms)
                if found is not None
                else None,
            )

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class SignedIn:
    """The centre a push's token belongs to, when it was last seen, and how far
    off its clock was last kept."""

    site: str
    last_seen_at: dt.datetime | None
    clock_skew_ms: int | None


def push_channel(site: str) -> str:
    """Where the commit of a push of *site* is announced (PostgreSQL's NOTIFY): a
    batch of that centre waiting for the one before it listens there."""
    return f"fs_push_{site}"


def without_jit(s: Session) -> None:
    """No just-in-time compilation for the rest of this PostgreSQL transaction: for
    the statements over millions of orders (the league's counts, the per-order
    figures), where the planner's costs call for it and compiling took longer
    (seconds a query) than the grouped work it was meant to speed up."""
    s.execute(text("SET LOCAL jit = off"))


# -- the safe bound of the change log (PostgreSQL) --------------------------------------
#
# Changes are numbered from one sequence by pushes that commit in any order: a
# pull that served everything visible could see number 12 committed while 11 is
# still being written, move its cursor past 11, and never see it. So a reader
# serves only up to a bound below which nothing can still appear:
#
# 1. A writer, before it takes its first number, takes a shared advisory lock
#    whose key holds the sequence's last value (k) at that moment. Its numbers,
#    taken later, are all above k. The lock goes at its commit, after its rows are
#    visible.
# 2. A reader takes the highest visible number (M), then reads the keys of the
#    locks held (pg_locks, outside any snapshot): bound = min(M, every k).
#
# Take any writer T and a number n of T's at or below the bound. If T registered
# before step 2 and was still in flight then, its k is read, and n > k >= bound:
# impossible. If T committed before step 2, its rows are visible to the reader's
# next statement (the page is read after step 2). If T registered after step 2,
# n was taken after M was read, so n > M >= bound: impossible. So every number at
# or below the bound is committed (or rolled back) and visible: a pull that stops
# there never skips a change. Keys are tagged with the schema (head offices may
# share a database); a collision of tags only makes a bound lower, never unsafe.
_TAG = "((hashtext(current_schema())::bigint & 4194303) + 1)"  # 1 to 2^22: no overflow
_KEY = "((classid::bigint << 32) | objid::bigint)"
# Both locks in one round trip: the site's first (a batch of the same centre still
# being applied is waited for), then the writer's registration, which is taken
# after the wait so that the bound is held low only while the push works. The
# notice of the push goes out at commit (NOTIFY is transactional), so it is asked
# for here too, rather than in a round trip of its own at the end.
_LOCKS = (
    "pg_advisory_xact_lock(:key, hashtext(current_schema() || ':' || {site})),"
    f" pg_advisory_xact_lock_shared(({_TAG}::bigint << 40) | coalesce("
    "pg_sequence_last_value(pg_get_serial_sequence('ho_change', 'seq')::regclass), 0)),"
    f" pg_notify('{push_channel('')}' || {{site}}, '')"
)
_PUSH_AND_IN_FLIGHT = text(f"SELECT {_LOCKS.format(site=':site')}")


def _signed_in(*also: str) -> TextualSelect:
    """The centre of a push's token (no row: wrong or revoked), with *also*
    worked out for that row only."""
    return text(
        f"SELECT {', '.join(('code', 'last_seen_at', 'last_clock_skew_ms', *also))}"
        " FROM ho_site WHERE token_hash = :token_hash AND NOT revoked"
    ).columns(code=String(), last_seen_at=UTCDateTime(), last_clock_skew_ms=BigInteger())


_SIGNED_IN = _signed_in()
# A centre's push: its token's centre, and then that centre's locks as above.
_SIGNED_PUSH = _signed_in(_LOCKS.format(site="code"))
_OLDEST_IN_FLIGHT = text(
    f"SELECT min({_KEY} & ((1::bigint << 40) - 1)) FROM pg_locks"
    " WHERE locktype = 'advisory' AND objsubid = 1"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    f" AND {_KEY} >> 40 = {_TAG}"
)


def oldest_in_flight(s: Session) -> int | None:
    """The lowest key of the writers of the change log still in flight (every
    number they take is above it), or None when none is (see the argument above)."""
    return s.scalar(_OLDEST_IN_FLIGHT)
