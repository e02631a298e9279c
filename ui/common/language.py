"""The language the screens speak, and switching it while the program runs.

English is the source language and needs no catalogue; Simplified and Traditional
Chinese come from ``resources/translations/fieldservice_<lang>.qm`` (our screens)
and Qt's own ``qtbase_<lang>.qm`` (its standard buttons and dialogs).

:func:`use_language` switches everything at once: the installed catalogues, and
:func:`ui.common.formatting.use_language` (dates, numbers and the core's messages).
Qt then sends every window a ``QEvent.LanguageChange``; a window that can say its
texts again does so in ``changeEvent`` (the first-run dialog), the main window
rebuilds its menus and screens (``MainWindow.choose_language``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

import resources
from ui.common import formatting, settings

log = logging.getLogger("fieldservice.ui.language")

# Each language named in itself, as people look for it (never translated).
NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
# The languages that have a catalogue (English is the source).
TRANSLATED = ("zh_CN", "zh_TW")


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


def chosen() -> str:
    """The language to start in: the one chosen last (File → Language, first-run
    setup), else the system locale's."""
    code = settings.get(settings.LANGUAGE) or language_for(QLocale())
    return code if code in NAMES else "en"


def current() -> str:
    """The language the screens speak now."""
    return formatting.language()


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


# The catalogues use_language installed (removed again by the next switch).
_installed: list[QTranslator] = []


def use_language(code: str) -> None:
    """Speak *code* ("en", "zh_CN", "zh_TW") from now on: its catalogues replace
    the ones installed before, dates and numbers and the core's messages follow,
    and every window has had its ``LanguageChange`` when this returns.

    ValueError for a language the program does not speak; a missing catalogue
    is logged, and the screens then stay English.
    """
    if code not in NAMES:
        raise ValueError(f"Not a language of the program: {code!r}")
    formatting.use_language(code)
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if code in TRANSLATED:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
        try:
            folder = resources.path("translations")
        except FileNotFoundError:
            log.warning("no translations folder; the screens stay English")
        else:
            ours = Catalogue(code, app)
            if ours.load_from(folder):
                app.installTranslator(ours)
                _installed.append(ours)
            else:
                log.warning("no translation fieldservice_%s in %s", code, folder)
    # Qt posts the change to each window: delivered now, so that the windows speak
    # the new language as soon as this returns (and once, however many catalogues
    # changed: Qt folds the posted events into one).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
