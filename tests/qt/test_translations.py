"""Chinese on screen: the catalogues cover every string of the UI in zh_CN and
zh_TW, the language follows the system's locale (Traditional for Taiwan, Hong
Kong and Macau), and a window built under it speaks it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui import app

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant_CN", "zh_TW"),
        ("en_GB", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_screens_speak_the_language_of_the_systems_locale(locale, language):
    assert app.language_for(QLocale(locale)) == language


def test_every_string_of_the_ui_is_translated_in_both_chineses():
    """lupdate run on a copy of the catalogues: nothing new, nothing unfinished."""
    assert translations.check() == []


@pytest.fixture
def speaking():
    """Install the compiled catalogue of a language for one test."""
    installed: list[QTranslator] = []

    def use(language: str) -> None:
        translations.build()
        translator = app.Catalogue(language)
        assert translator.load_from(ROOT / "resources" / "translations")
        QApplication.installTranslator(translator)
        installed.append(translator)

    yield use
    for translator in installed:
        QApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "repair_orders", "parts", "part_number"),
    [("zh_CN", "维修工单", "备件", "备件编号"), ("zh_TW", "維修工單", "零件", "料號")],
)
def test_the_main_window_built_under_a_chinese_catalogue_speaks_it(
    qtbot, db, speaking, language, repair_orders, parts, part_number
):
    from ui.mainwindow import MainWindow

    speaking(language)
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert any(repair_orders in title for title in titles), titles
    assert any(parts in title for title in titles), titles
    assert not any(title in ("Repair orders", "Desk", "Warranty") for title in titles)
    assert QCoreApplication.translate("", "Delivered") != "Delivered"
    # widget.tr() in a helper asks under the widget's class, not the one lupdate
    # filed the string under: found by its source text.
    assert QCoreApplication.translate("SomeOtherWidget", "Part number") == part_number
    window.scanner.remove()
