"""Starting the desktop application: Qt, the database, first-run setup, the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import resources
from fieldservice import __version__, config
from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import site
from ui import ops, settings, theme
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


def _install_translations(app: QApplication) -> None:
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    try:
        folder = str(resources.path("translations"))
    except FileNotFoundError:
        return
    if ours.load(locale, "fieldservice", "_", folder):
        app.installTranslator(ours)


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
        window.show()
        return app.exec()
    finally:
        ops.wait_for_all()
        db.close()
