"""What the desktop remembers between runs (window size, last area, splitters).

Settings are declared once here with their defaults. They live in the user's
settings store for organisation and application "fieldservice" (an INI file
on Linux, the registry on Windows); tests point ``QSettings`` at a temporary
folder with :func:`use_folder`.
"""

from __future__ import annotations

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


def store() -> QSettings:
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def use_folder(folder: str | Path) -> None:
    """Keep settings as INI files under *folder* (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def get(setting: Setting) -> Any:
    value = store().value(setting.key, setting.default)
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
    s.setValue(setting.key, value)
    s.sync()


def save_splitter(splitter: QSplitter, name: str) -> None:
    s = store()
    s.setValue(f"splitters/{name}", splitter.saveState())
    s.sync()


def restore_splitter(splitter: QSplitter, name: str) -> None:
    state = store().value(f"splitters/{name}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
