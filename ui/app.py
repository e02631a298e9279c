"""Starting the desktop application: Qt, the database, first-run setup, the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fieldservice import __version__, config
from fieldservice.db import Database, UpgradeDone
from fieldservice.errors import FieldServiceError
from fieldservice.services import site
from ui.common import language, ops, settings, theme
from ui.common.widgets import OnFirstPaint
from ui.firstrun import SiteSetupDialog
from ui.mainwindow import MainWindow

log = logging.getLogger("fieldservice.ui.app")


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the product's names, translations, look and icon."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationDisplayName("fieldservice")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("fieldservice")
    _install_translations(app)
    theme.apply(app)
    return app


# Kept here too, where the tests and the scripts have always found them.
LANGUAGES = language.TRANSLATED
language_for = language.language_for
Catalogue = language.Catalogue


def _install_translations(app: QApplication) -> None:
    """Speak the language chosen last, else the system locale's (no catalogue for
    English: nothing to install)."""
    language.use_language(language.chosen())


def open_database(home: str | Path | None) -> Database | None:
    try:
        return Database.open(home)
    except FieldServiceError as exc:
        QMessageBox.critical(
            None, QApplication.translate("app", "Cannot open the database"), exc.message
        )
    except Exception as exc:
        log.exception("cannot open the database")
        QMessageBox.critical(
            None,
            QApplication.translate("app", "Cannot open the database"),
            QApplication.translate("app", "The database in %s could not be opened:\n%s")
            % (config.data_dir(home), exc),
        )
    return None


def announce_upgrade(window: QWidget, done: UpgradeDone) -> QMessageBox:
    """Say once, on the start that did it, that the data was upgraded and where the
    copy from before is. Opened window-modal, not exec'd: start-up carries on."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QApplication.translate("app", "fieldservice was updated"),
        QApplication.translate(
            "app",
            "fieldservice was updated. Your data was upgraded (schema %1 → %2); "
            "a copy from before the upgrade is in %3.",
        )
        .replace("%1", done.from_revision)
        .replace("%2", done.to_revision)
        .replace("%3", str(done.backup_path)),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("upgradeNotice")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# Set, the desktop quits as soon as its main window has painted, saying so on
# stdout: how the start-up benchmark and the installed-program test see a real start.
QUIT_WHEN_SHOWN = "FIELDSERVICE_QUIT_WHEN_SHOWN"


def _quit_when_shown() -> None:
    print("fieldservice: main window shown", flush=True)
    QApplication.quit()


def run(argv: Sequence[str] | None = None, home: str | Path | None = None) -> int:
    """Start the desktop application; returns its exit status."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_application(argv)
    db = open_database(home)
    if db is None:
        return 1
    try:
        if not site.is_set_up(db):
            setup = SiteSetupDialog(db)
            if setup.exec() != QDialog.DialogCode.Accepted:
                return 0
        window = MainWindow(db)
        if os.environ.get(QUIT_WHEN_SHOWN):
            window.installEventFilter(OnFirstPaint(window, _quit_when_shown))
        window.show()
        if db.upgraded is not None:
            announce_upgrade(window, db.upgraded)
        return app.exec()
    finally:
        ops.wait_for_all()
        db.close()
