"""What the desktop remembers between runs (window size, last area, splitters).

Settings are declared once here with their defaults. They live in the user's
settings store for organisation and application "fieldservice" (an INI file
on Linux, the registry on Windows); tests point ``QSettings`` at a temporary
folder with :func:`use_folder`.

What belongs to one centre's work (window, last area, splitters, sync interval)
is kept per database file: opening another centre's database must not reopen
the first one's page or layout. :func:`use_database` says which one is open.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter

ORGANISATION = "fieldservice"
APPLICATION = "fieldservice"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray)
CURRENT_AREA = Setting("window/area", "desk", str)
# The screens' language ("zh_CN", "zh_TW", "en"; empty: from the system's locale),
# kept by the first-run setup and by File → Language (ui.common.language).
# Read before any centre's database is open: one for the whole computer user.
LANGUAGE = Setting("language", "", str)

# The settings group of the database in use ("" until one is opened).
_centre = ""


def use_database(path: str | Path, site_code: str = "") -> None:
    """Keep the settings that follow from here under the database file *path*
    (the site code only makes the group readable in the INI file)."""
    global _centre
    digest = hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:12]
    _centre = f"centres/{site_code or 'centre'}-{digest}/"


def _key(key: str) -> str:
    return _centre + key


def store() -> QSettings:
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def use_folder(folder: str | Path) -> None:
    """Keep settings as INI files under *folder* (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    global _centre
    _centre = ""


def get(setting: Setting) -> Any:
    value = store().value(_key(setting.key), setting.default)
    if value is None:
        return setting.default
    if setting.kind is QByteArray:
        return value if isinstance(value, QByteArray) else setting.default
    try:
        return setting.kind(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    s = store()
    s.setValue(_key(setting.key), value)
    s.sync()


def save_splitter(splitter: QSplitter, name: str) -> None:
    s = store()
    s.setValue(_key(f"splitters/{name}"), splitter.saveState())
    s.sync()


def restore_splitter(splitter: QSplitter, name: str) -> None:
    state = store().value(_key(f"splitters/{name}"))
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
