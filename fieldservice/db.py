"""The local database: opening, upgrading, and units of work.

``Database`` is the one object the rest of the application holds. Services take
it as their first argument and open a session per unit of work:

* ``with db.write() as s:`` starts ``BEGIN IMMEDIATE`` (the write lock is taken
  up front, so two writers queue instead of failing half-way) and commits at
  the end of the block, or rolls back if it raises;
* ``with db.read() as s:`` reads a consistent snapshot and never writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, NullPool, create_engine, event, select, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from fieldservice import config
from fieldservice.capture import CaptureContext
from fieldservice.clock import HybridLogicalClock
from fieldservice.errors import DatabaseError, SiteNotInitialised
from fieldservice.models import LocalSetting

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("fieldservice.db")

SITE_CODE_SETTING = "site_code"
# Where a centre enrolled with a head office keeps its address (unset: not enrolled).
HEAD_OFFICE_URL_SETTING = "headoffice_url"
# The site code of the head office's own rows (the catalogue it publishes).
HEAD_OFFICE_SITE = "HO"
# The newest clock stamp this centre has given out or received: saved in every
# unit of work that moves it, so the clock never goes back, across restarts and
# across processes writing the same file.
CLOCK_SETTING = "hlc_high_water"
# How far this PC's clock is from the head office's (ms, added to it), as last
# heard: stamps follow the network's time, not a wrong PC clock.
CLOCK_OFFSET_SETTING = "clock_offset_ms"
# The newest stamp known outside this centre (see HybridLogicalClock.confirmed).
CLOCK_CONFIRMED_SETTING = "hlc_confirmed"
_SAVE_CLOCK = text(
    "INSERT INTO local_setting (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)"
)
_READ_CLOCK = text("SELECT key, value FROM local_setting WHERE key IN (:last, :confirmed)")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own
        # transaction handling cannot do BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-32000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


# The newest migration's revision. Opening a database already at it needs no
# Alembic at all (importing it costs about half a second of every start); a test
# checks this against the migration scripts.
SCHEMA_HEAD = "0015"


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "fieldservice:migrations")
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision(cfg: Config | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(cfg or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_on(conn)


def revision_on(conn: Connection) -> str | None:
    """The schema revision of the database *conn* is connected to (None: no schema)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with plain SQL (None: none yet)."""
    with engine.connect() as conn:
        try:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError:  # no such table: a new file
            return None


@dataclass(frozen=True)
class SchemaState:
    """Where a database file's schema stands against this version's migrations."""

    path: Path
    exists: bool
    revision: str | None  # None: no file, or a file with no schema in it yet
    head: str  # the newest revision this version of fieldservice knows
    known: bool  # False: made by a newer version (a revision this one has not got)

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    @property
    def needs_upgrade(self) -> bool:
        """Behind this version: the next start takes a backup copy and upgrades it."""
        return self.revision is not None and self.known and self.revision != self.head


def schema_state(path: Path, cfg: Config | None = None) -> SchemaState:
    """The schema revision of the database file at *path*, read without creating,
    upgrading or writing anything (for ``fieldservice --version``).

    Raises DatabaseError if the file is there but cannot be read as a database.
    """
    from alembic.script import ScriptDirectory

    cfg = cfg or alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None
    if not path.is_file():
        return SchemaState(path, exists=False, revision=None, head=head, known=True)
    # mode=rw never creates the file; a read-only connection would leave the
    # WAL's side files behind, since it may not remove them when it closes.
    uri = f"{path.resolve().as_uri()}?mode=rw"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
    )
    try:
        revision = current_revision(engine)
    except (sqlite3.Error, SQLAlchemyError) as exc:
        cause = getattr(exc, "orig", None) or exc  # SQLite's words, not SQLAlchemy's wrapping
        raise DatabaseError(f"Cannot read the database {path}: {cause}") from exc
    finally:
        engine.dispose()
    known = revision is None or revision in {r.revision for r in script.walk_revisions()}
    return SchemaState(path, exists=True, revision=revision, head=head, known=known)


@dataclass(frozen=True)
class UpgradeDone:
    """The schema upgrade made when the database was opened, with the copy taken first."""

    from_revision: str
    to_revision: str
    backup_path: Path


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database consistently (SQLite's online backup API)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


class Database:
    """An open local database with its site identity and clock."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.site_code: str | None = None
        self.clock: HybridLogicalClock | None = None
        # Values derived from rows that change only through the services (e.g. this
        # centre's country); the service that changes the rows clears the entry.
        self.cache: dict[str, object] = {}
        # Who is working: recorded on history lines ("voided by", "extended by").
        self.user = os.environ.get("FIELDSERVICE_USER") or getpass.getuser()
        # The upgrade this opening made, if any (the desktop says so once).
        self.upgraded: UpgradeDone | None = None
        self._load_identity()

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, home: str | Path | None = None, *, path: Path | None = None) -> Database:
        """Open (creating if needed) the database in the data directory and bring its
        schema up to date, taking a backup copy first if an upgrade is due."""
        path = Path(path) if path else config.database_path(home)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = sqlite_engine(path)
        try:
            upgraded = (
                None if stored_revision(engine) == SCHEMA_HEAD else upgrade_schema(engine, path)
            )
        except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the file
            engine.dispose()
            raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
        db = cls(path, engine)
        db.upgraded = upgraded
        return db

    def close(self) -> None:
        # SQLite's advice for long-lived connections: refresh the planner's
        # statistics where they are stale (cheap; skipped when nothing changed).
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # pragma: no cover - closing must not fail on it
            log.warning("PRAGMA optimize failed on close", exc_info=True)
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- units of work -------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        session = self._write_sessions()
        session.info["capture"] = CaptureContext(self.site_code, self.clock)
        clock = self.clock
        try:
            with session.begin():
                stored: dict[str, str] = {}
                if clock is not None:
                    # Another process on this file may have moved the clock on.
                    stored = dict(
                        session.execute(
                            _READ_CLOCK,
                            {"last": CLOCK_SETTING, "confirmed": CLOCK_CONFIRMED_SETTING},
                        ).all()
                    )
                    if stored.get(CLOCK_SETTING):
                        clock.catch_up(stored[CLOCK_SETTING])
                    if stored.get(CLOCK_CONFIRMED_SETTING):
                        clock.confirm(stored[CLOCK_CONFIRMED_SETTING])
                yield session
                if clock is not None:
                    for key, now in (
                        (CLOCK_SETTING, clock.last.encode()),
                        (CLOCK_CONFIRMED_SETTING, clock.confirmed.encode()),
                    ):
                        if now != stored.get(key):
                            session.execute(_SAVE_CLOCK, {"key": key, "value": now})
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain read connection for hot look-ups (no ORM session overhead)."""
        with self.engine.connect() as conn:
            yield conn

    # -- identity ----------------------------------------------------------------

    def require_site(self) -> str:
        """This centre's site code; raises SiteNotInitialised before first-run setup."""
        if self.site_code is None:
            raise SiteNotInitialised(
                "This centre is not set up yet: enter its site code and name first."
            )
        return self.site_code

    def set_site(self, code: str) -> None:
        self.site_code = code
        self.clock = HybridLogicalClock(
            code,
            last=self.clock.last.encode() if self.clock else None,
            offset_ms=self.clock.offset_ms if self.clock else 0,
            confirmed=self.clock.confirmed.encode() if self.clock else None,
        )

    def _load_identity(self) -> None:
        with self.read() as s:
            settings = dict(s.execute(select(LocalSetting.key, LocalSetting.value)).all())
        code = settings.get(SITE_CODE_SETTING)
        if not code:
            return
        # The clock restarts from the newest stamp it ever gave out or received, so
        # it never goes back even if the machine's clock does.
        self.site_code = code
        self.clock = HybridLogicalClock(
            code,
            last=settings.get(CLOCK_SETTING),
            offset_ms=int(settings.get(CLOCK_OFFSET_SETTING) or 0),
            confirmed=settings.get(CLOCK_CONFIRMED_SETTING),
        )


KEEP_UPGRADE_BACKUPS = 3


def _prune_upgrade_backups(folder: Path, stem: str) -> None:
    """Keep the newest few copies taken before upgrades; a database can be large."""
    copies = sorted(folder.glob(f"{stem}-*-before-*.sqlite3"))
    for old in copies[:-KEEP_UPGRADE_BACKUPS]:
        old.unlink(missing_ok=True)


def upgrade_schema(engine: Engine, path: Path, cfg: Config | None = None) -> UpgradeDone | None:
    """Apply pending migrations; back the file up first if it already held data.

    Returns what was upgraded, from which revision, and where the copy is; None
    when nothing was (already up to date, or a new file given its schema).
    """
    from alembic import command

    cfg = cfg or alembic_config()
    current = current_revision(engine)
    head = head_revision(cfg)
    if current == head:
        return None
    done = None
    if current is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        target = path.parent / "backups" / f"{path.stem}-{stamp}-before-{head}.sqlite3"
        done = UpgradeDone(current, head, backup_file(path, target))
        log.info("backed up %s to %s before upgrading %s -> %s", path, target, current, head)
        _prune_upgrade_backups(target.parent, path.stem)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return done
