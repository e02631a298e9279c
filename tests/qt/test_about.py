"""Help > About says what this installation is; the first start after an upgrade
says, once, that the data was upgraded and where the copy from before is."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fieldservice import __version__
from fieldservice.db import head_revision
from tests.core.test_cli import database_at
from ui import app
from ui.mainwindow import MainWindow


def test_about_shows_the_version_the_database_and_its_schema_revision(window, db):
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    details = dialog.details_text()
    assert f"Version: {__version__}" in details
    assert f"Schema revision: {head_revision()} (up to date)" in details
    assert f"Database: {db.path}" in details
    assert f"Data directory: {db.path.parent}" in details
    assert "Centre: LD01 · Leeds Service Centre" in details
    assert f"Qt: {qVersion()}" in details
    assert "PySide6: " in details and "Python: 3." in details
    shown = dialog.findChild(QLabel, "about_schema")
    assert shown is not None and shown.isVisible() and shown.text().startswith(head_revision())
    dialog.copy_details()
    assert QApplication.clipboard().text().startswith(f"fieldservice {__version__}\n")
    dialog.close()


def _start_desktop(monkeypatch, home: Path) -> str | None:
    """Run the desktop on *home* until its window is shown; the upgrade notice's
    text, if one was shown over the window."""
    seen: list[str | None] = []

    def instead_of_the_event_loop(*_args) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        notice = window.findChild(QMessageBox, "upgradeNotice")
        seen.append(notice.text() if notice is not None and notice.isVisible() else None)
        if notice is not None:
            notice.close()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", instead_of_the_event_loop)
    assert app.run(["fieldservice"], home=home) == 0
    assert len(seen) == 1
    return seen[0]


def test_the_first_start_after_an_upgrade_says_so_once(monkeypatch, tmp_path):
    home = tmp_path / "centre"
    home.mkdir()
    database_at(home / "fieldservice.sqlite3", "0007")

    notice = _start_desktop(monkeypatch, home)
    assert notice is not None
    assert notice.startswith(
        f"fieldservice was updated. Your data was upgraded (schema 0007 → {head_revision()}); "
        "a copy from before the upgrade is in "
    )
    backup = Path(re.search(r"is in (.+)\.$", notice).group(1))
    assert backup.exists() and backup.parent == home.resolve() / "backups"

    assert _start_desktop(monkeypatch, home) is None  # nothing upgraded this time
