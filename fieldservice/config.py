"""Where the centre's data lives.

The data directory is ``FIELDSERVICE_HOME`` when set, else the user's data
directory for the platform (``platformdirs``). It holds the SQLite database,
the backups taken before each upgrade, and printed documents kept for reprint.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "fieldservice"
DATABASE_FILE = "fieldservice.sqlite3"


def data_dir(home: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: *home* if given, else $FIELDSERVICE_HOME, else the platform's."""
    chosen = home or os.environ.get("FIELDSERVICE_HOME")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def database_path(home: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(home) / DATABASE_FILE


def backup_dir(home: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(home) / "backups"
