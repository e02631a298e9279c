"""What this installation is: its version, the database file and its schema
revision, the centre. For Help > About and ``fieldservice --version``."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from fieldservice import __version__, config
from fieldservice.db import Database, head_revision, revision_on, schema_state
from fieldservice.errors import DatabaseError
from fieldservice.i18n import _
from fieldservice.models import Site

PRODUCT = "fieldservice"


@dataclass(frozen=True)
class Installation:
    product: str
    version: str
    database: Path
    data_directory: Path
    schema_revision: str | None
    newest_revision: str  # the newest schema this version knows
    site_code: str | None
    site_name: str | None
    python_version: str

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.newest_revision


def installation(db: Database) -> Installation:
    """The version, the open database's file and schema revision, and the centre,
    read in one session."""
    with db.read() as s:
        revision = revision_on(s.connection())
        name = (
            s.scalar(select(Site.name).where(Site.code == db.site_code)) if db.site_code else None
        )
    return Installation(
        product=PRODUCT,
        version=__version__,
        database=db.path,
        data_directory=db.path.parent,
        schema_revision=revision,
        newest_revision=head_revision(),
        site_code=db.site_code,
        site_name=name,
        python_version=platform.python_version(),
    )


def version_report(home: str | Path | None = None) -> str:
    """What ``fieldservice --version`` prints: this version, and where the database
    of the data directory (*home*, else $FIELDSERVICE_HOME, else the user's) stands.

    Only reads: the database is neither created nor upgraded here; an upgrade
    that is due happens on the next start, after a backup copy.
    """
    path = config.database_path(home)
    try:
        state = schema_state(path)
    except DatabaseError as exc:
        database = exc.message
    else:
        if not state.exists:
            database = _("{path}, no database yet")
        elif state.revision is None:
            database = _("{path}, empty (its tables are made on the next start)")
        elif state.up_to_date:
            database = _("{path}, schema {revision} (up to date)")
        elif state.needs_upgrade:
            database = _(
                "{path}, schema {revision} (needs upgrade from {revision} to {head}; it "
                "happens on the next start)"
            )
        else:
            database = _(
                "{path}, schema {revision} (newer than this version of {product}, which "
                "knows up to {head})"
            )
        database = database.format(
            path=path, revision=state.revision, head=state.head, product=PRODUCT
        )
    return f"{PRODUCT} {__version__}\n" + _("database: {database}").format(database=database)
