"""Starting the desktop application: Qt, the database, first-run setup, the window."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import resources
from fieldservice import __version__, config
from fieldservice.db import Database, UpgradeDone
from fieldservice.errors import FieldServiceError
from fieldservice.services import site
from ui.common import formatting, ops, settings, theme
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


# The languages the screens speak besides English (resources/translations).
LANGUAGES = ("zh_CN", "zh_TW")


def language_for(locale: QLocale) -> str:
    """The screens' language for a locale: Traditional Chinese (Taiwan usage) for
    the Traditional script and for Taiwan, Hong Kong and Macau; Simplified for
    other Chinese; English otherwise."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
        locale.territory()
        in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    )
    return "zh_TW" if traditional else "zh_CN"


class Catalogue(QTranslator):
    """The screens' catalogue of one language (``fieldservice_<lang>.qm``).

    Qt looks a string up under the class that asks (``widget.tr``); lupdate files
    it under the class whose code holds the call. They differ for helpers that
    take a widget (``widget.tr("Part number")`` in a column list), so a string
    the context does not have is looked up by its source text alone.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = language
        self.by_source: dict[str, str] = {}

    def load_from(self, folder: Path) -> bool:
        name = f"fieldservice_{self.code}"
        if not self.load(name, str(folder)):
            return False
        by_source = folder / f"{name}.json"
        if by_source.exists():
            self.by_source = json.loads(by_source.read_text(encoding="utf-8"))
        return True

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        return found or self.by_source.get(source, "")


def _install_translations(app: QApplication) -> None:
    chosen = settings.get(settings.LANGUAGE) or language_for(QLocale())
    if chosen not in LANGUAGES:
        return
    formatting.use_language(chosen)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{chosen}", qt_folder):
        app.installTranslator(qt)
    try:
        folder = resources.path("translations")
    except FileNotFoundError:
        return
    ours = Catalogue(chosen, app)
    if ours.load_from(folder):
        app.installTranslator(ours)
    else:
        log.warning("no translation fieldservice_%s in %s", chosen, folder)


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


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("fieldservice: main window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


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
            window.installEventFilter(_QuitOnFirstPaint(window))
        window.show()
        if db.upgraded is not None:
            announce_upgrade(window, db.upgraded)
        return app.exec()
    finally:
        ops.wait_for_all()
        db.close()
