"""Choosing the screens' language while the program runs: in the first-run dialog
before the centre exists, and in File → Language afterwards. The new language is
spoken at once, nothing typed is lost, and the choice is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

import ui.common.forms
from fieldservice import i18n
from fieldservice.services import site
from tests.qt.test_translations import catalogue_sources, english_left
from ui.common import formatting, language, settings
from ui.common.customerform import CustomerForm
from ui.firstrun import SiteSetupDialog


@pytest.fixture(autouse=True)
def english_again():
    """Every test here changes the program's language: English again after it."""
    yield
    language.use_language("en")


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def choose(dialog: SiteSetupDialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


# -- first start ---------------------------------------------------------------------------


def test_the_first_run_dialog_offers_each_language_in_its_own_words(qtbot, fresh_db):
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "简体中文", "繁體中文"]
    # Preset to the language the screens speak (the system locale's at a first start).
    assert dialog.chosen_language() == "en"
    assert dialog.language_label.text() == "Language"


def test_switched_to_simplified_chinese_the_first_run_dialog_speaks_it_at_once_and_keeps_the_typing(
    qtbot, fresh_db
):
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, "sh01")
    dialog.name.setText("上海浦东服务中心")
    dialog.address.setPlainText("上海市浦东新区张杨路500号")
    dialog.country.setText("CN")
    qtbot.keyClicks(dialog.phone, "021 5081 2345")

    choose(dialog, "zh_CN")

    assert dialog.windowTitle() == tr("SiteSetupDialog", "Set up this service centre")
    assert dialog.windowTitle() != "Set up this service centre"
    assert dialog.title.text() == tr("SiteSetupDialog", "Welcome to fieldservice")
    assert dialog.title.text() != "Welcome to fieldservice"
    assert dialog.language_label.text() == "语言"
    assert dialog.save_button.text() == tr("SiteSetupDialog", "Set up centre")
    code_title = dialog.form.labelForField(dialog.code.parentWidget())
    assert isinstance(code_title, QLabel)
    assert code_title.text() == tr("SiteSetupDialog", "Site code") != "Site code"
    assert english_left(dialog, catalogue_sources("zh_CN")) == []
    # Nothing typed was touched; dates, numbers and the core's messages follow.
    assert (dialog.code.text(), dialog.name.text(), dialog.country.text()) == (
        "SH01",
        "上海浦东服务中心",
        "CN",
    )
    assert dialog.address.toPlainText() == "上海市浦东新区张杨路500号"
    assert dialog.phone.text() == "021 5081 2345"
    assert formatting.language() == "zh_CN" and i18n.current_language() == "zh_CN"

    assert dialog.save() is True

    assert site.current_site(fresh_db).name == "上海浦东服务中心"
    assert settings.get(settings.LANGUAGE) == "zh_CN"


def test_the_first_run_dialog_goes_back_to_english_as_readily(qtbot, fresh_db):
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Leeds Service Centre")
    choose(dialog, "zh_TW")
    assert dialog.language_label.text() == "語言"
    choose(dialog, "en")
    assert dialog.windowTitle() == "Set up this service centre"
    assert dialog.save_button.text() == "Set up centre"
    assert dialog.name.text() == "Leeds Service Centre"


def test_only_choosing_a_language_is_not_typing_to_be_asked_about(qtbot, fresh_db, monkeypatch):
    asked = []
    monkeypatch.setattr(ui.common.forms, "confirm_discard", lambda _p: asked.append(1) or True)
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(dialog, "zh_TW")
    dialog.reject()
    assert asked == []
    assert not dialog.isVisible()
    # Left without setting up: nothing is kept for the next start.
    assert settings.get(settings.LANGUAGE) == ""


# -- File → Language -------------------------------------------------------------------------


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_file_language_traditional_chinese_speaks_it_in_the_running_window(
    qtbot, window, janes_dishwasher
):
    window.open_area("customers")
    assert menu_titles(window)[0] == "&File"

    window.language_actions["zh_TW"].trigger()

    # The menu bar, the navigation and the current screen, without a restart.
    assert menu_titles(window)[0] == tr("MainWindow", "&File") == "檔案(&F)"
    assert "&File" not in menu_titles(window)
    assert window.current_area() == "customers"
    assert window.page_title.text() == tr("MainWindow", "Customers")
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "維修工單" in titles and "Repair orders" not in titles
    qtbot.wait(20)
    assert english_left(window, catalogue_sources("zh_TW")) == []
    assert window.customers.model.rowCount() == 1  # the screen built anew, with its rows
    assert "繁體中文" in window.statusBar().currentMessage()
    assert window.language_actions["zh_TW"].isChecked()
    assert not window.language_actions["en"].isChecked()
    assert settings.get(settings.LANGUAGE) == "zh_TW"
    assert formatting.language() == "zh_TW"

    # And back; the menus are not doubled by being built again.
    window.language_actions["en"].trigger()
    assert menu_titles(window) == ["&File", "&New", "&Go", "&Help"]
    assert window.page_title.text() == "Customers"
    assert len(window.findChildren(type(window.menuBar()))) == 1
    f2 = [a for a in window.actions() if QKeySequence("F2") in a.shortcuts()]
    assert len(f2) == 1  # one Scan or search, not one per language spoken so far


def test_the_screens_visited_before_are_built_anew_on_their_next_visit(window):
    window.open_area("repairs")
    window.open_area("desk")
    window.choose_language("zh_CN")
    assert "repairs" not in window.pages
    window.open_area("repairs")
    assert english_left(window.pages["repairs"], catalogue_sources("zh_CN")) == []


def test_the_desk_keeps_what_was_looked_up(qtbot, window, janes_dishwasher):
    window.open_area("desk")
    window.desk.scan.setText("AQD-1001")
    window.choose_language("zh_CN")
    assert window.current_area() == "desk"
    assert window.desk.scan.text() == "AQD-1001"


def test_typing_not_saved_on_a_screen_keeps_the_language_until_the_next_start(qtbot, window):
    window.open_area("sync")
    enrol = window.sync_screen.enrol_form
    qtbot.keyClicks(enrol.code, "4F2A9C")
    menus_before = menu_titles(window)

    said = window.choose_language("zh_CN")

    assert said is not None
    assert "Sync" in said.text() and "简体中文" in said.text()
    assert "next time it starts" in said.text()
    assert enrol.code.text() == "4F2A9C"  # the same field, untouched
    assert menu_titles(window) == menus_before
    assert window.language_actions["en"].isChecked()
    assert formatting.language() == "en"
    assert settings.get(settings.LANGUAGE) == "zh_CN"  # for the next start
    said.close()

    # Once the typing is gone, choosing again speaks it at once.
    enrol.code.clear()
    assert window.choose_language("zh_CN") is None
    assert menu_titles(window)[0] == "文件(&F)"


def test_typing_in_an_open_form_keeps_the_language_until_the_next_start(qtbot, window, db):
    form = CustomerForm(db, parent=window)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.name, "Jane Doe")

    said = window.choose_language("zh_TW")

    assert said is not None and form.windowTitle() in said.text()
    assert form.isVisible() and form.name.text() == "Jane Doe"
    assert formatting.language() == "en"
    said.close()
    form.discard()


def test_choosing_the_language_spoken_changes_nothing(window):
    menus = window.menuBar()
    assert window.choose_language("en") is None
    assert window.menuBar() is menus
    assert settings.get(settings.LANGUAGE) == "en"
