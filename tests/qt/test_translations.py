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


def english_left(root, sources: set[str]) -> list[str]:
    """Visible texts under *root* that are still an English source of the catalogue."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
        QTreeView,
        QWidget,
    )

    seen: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts: list[str] = [widget.windowTitle()] if widget.isWindow() else []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
        texts += [widget.toolTip()]
        for text in texts:
            plain = text.replace("&", "").strip()
            if plain and (plain in sources or text in sources):
                seen.append(f"{type(widget).__name__}: {text!r}")
    return sorted(set(seen))


def catalogue_sources(language: str) -> set[str]:
    """The English sources whose translation differs from them (so a screen
    showing one has not been translated)."""
    import xml.etree.ElementTree as ET

    found = set()
    ts = translations.catalogue(language)
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation.strip() and translation.strip() != source.strip():
            found.add(source)
    return found


def test_every_screen_under_zh_cn_shows_no_english_of_the_catalogue(
    qtbot, db, janes_dishwasher, speaking
):
    """Each area of the main window, and the forms people fill in most, walked
    under zh_CN: a text on screen that is still an English source string of the
    catalogue means a string reached the screen without its translation."""
    from ui.common.customerform import CustomerForm
    from ui.common.unitforms import UnitForm
    from ui.mainwindow import MainWindow
    from ui.parts.movements import ReceiveForm
    from ui.repairs.intake import IntakeDialog
    from ui.warranty.forms import RegisterDialog

    speaking("zh_CN")
    sources = catalogue_sources("zh_CN")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    left: dict[str, list[str]] = {}
    for area in window.areas:
        window.open_area(area.key)
        qtbot.wait(20)
        found = english_left(window, sources)
        if found:
            left[area.key] = found
    for make in (
        lambda: CustomerForm(db, parent=window),
        lambda: UnitForm(db, parent=window),
        lambda: IntakeDialog(db, window),
        lambda: ReceiveForm(db, window),
        lambda: RegisterDialog(db, window),
    ):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        found = english_left(dialog, sources)
        if found:
            left[type(dialog).__name__] = found
        dialog.discard()
    window.scanner.remove()
    assert left == {}


def test_the_language_is_chosen_in_the_file_menu_and_kept_for_the_next_start(window):
    """Chosen, it is spoken at once (tests/qt/test_language_switch.py) and kept."""
    from ui.common import language, settings

    assert window.language_actions["en"].isChecked()
    assert [a.text() for a in window.language_actions.values()] == [
        "English",
        "简体中文",
        "繁體中文",
    ]
    try:
        window.language_actions["zh_TW"].trigger()

        assert settings.get(settings.LANGUAGE) == "zh_TW"
        assert window.language_actions["zh_TW"].isChecked()
        assert not window.language_actions["en"].isChecked()
        assert window.choose_language("zh_CN") is None
        assert settings.get(settings.LANGUAGE) == "zh_CN"
        assert window.language_actions["zh_CN"].isChecked()
    finally:
        language.use_language("en")
