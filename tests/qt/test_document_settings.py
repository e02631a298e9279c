"""File → Printed documents: a centre chooses the language its paper speaks, bilingual
or not, and writes its own conditions of service in each language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldservice.services import documents
from ui.documents import DocumentSettingsDialog


def opened(qtbot, db, parent=None) -> DocumentSettingsDialog:
    dialog = DocumentSettingsDialog(db, documents.document_settings(db), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: DocumentSettingsDialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def test_a_centre_prints_in_traditional_chinese_bilingual_with_its_own_terms(qtbot, db):
    dialog = opened(qtbot, db)
    assert dialog.chosen_language() == "en"  # a centre in GB
    assert not dialog.bilingual.isEnabled()

    choose(dialog, "zh_TW")
    assert dialog.bilingual.isEnabled()
    assert dialog.tabs.currentIndex() == 2  # its conditions in view
    qtbot.mouseClick(dialog.bilingual, Qt.MouseButton.LeftButton)
    dialog.terms["zh_TW"].setPlainText("本中心維修之機器保固三個月。\n\t請於30日內取件。")
    dialog.terms["en"].setPlainText("Repairs are guaranteed for three months.")

    assert dialog.save() is True

    assert dialog.result() == DocumentSettingsDialog.DialogCode.Accepted
    kept = documents.document_settings(db)
    assert kept == dialog.saved
    assert (kept.language, kept.bilingual) == ("zh_TW", True)
    assert kept.terms == {
        "zh_TW": "本中心維修之機器保固三個月。\n\t請於30日內取件。",
        "en": "Repairs are guaranteed for three months.",
    }
    # Opened again, it shows what was kept; an empty text prints the built-in one.
    again = opened(qtbot, db)
    assert again.chosen_language() == "zh_TW"
    assert again.bilingual.isChecked()
    assert again.terms["zh_TW"].toPlainText() == kept.terms["zh_TW"]
    assert again.terms["zh_CN"].toPlainText() == ""
    assert again.terms["zh_CN"].placeholderText()


@pytest.mark.parametrize("code", ["en", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("bilingual", [False, True])
def test_every_language_bilingual_or_not_is_accepted(qtbot, db, code, bilingual):
    dialog = opened(qtbot, db)
    choose(dialog, code)
    dialog.bilingual.setChecked(bilingual)
    assert dialog.save() is True
    kept = documents.document_settings(db)
    assert kept.language == code
    # An English document has no English beneath: the box was not even offered.
    assert kept.bilingual is (bilingual and code != "en")


@pytest.mark.parametrize(
    "terms",
    [
        "",
        "   ",
        "1. 保修期内免费维修。\n2. 请在30天内取机。",
        "「保固」條款：請妥善保存本單！",
        "Line one\r\nLine two\twith a tab",
        "x" * documents.TERMS_MAX_LENGTH,
    ],
)
def test_any_text_of_conditions_within_the_limit_is_accepted(qtbot, db, terms):
    dialog = opened(qtbot, db)
    dialog.terms["zh_CN"].setPlainText(terms)
    assert dialog.save() is True
    assert documents.document_settings(db).terms.get("zh_CN", "") == terms.strip().replace(
        "\r\n", "\n"
    )


def test_english_documents_are_never_bilingual(qtbot, db):
    dialog = opened(qtbot, db)
    choose(dialog, "zh_CN")
    dialog.bilingual.setChecked(True)
    choose(dialog, "en")
    assert not dialog.bilingual.isEnabled()
    assert not dialog.bilingual.isChecked()


def test_the_built_in_text_fills_the_conditions_and_one_undo_brings_back_the_typing(qtbot, db):
    dialog = opened(qtbot, db)
    edit = dialog.terms["zh_CN"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Our own terms")

    dialog.use_builtin("zh_CN")

    assert edit.toPlainText() == documents.builtin_terms("zh_CN")
    assert dialog.tabs.currentWidget().isAncestorOf(edit)
    edit.undo()
    assert edit.toPlainText() == "Our own terms"


def test_conditions_too_long_are_refused_at_their_field_and_nothing_typed_is_lost(qtbot, db):
    dialog = opened(qtbot, db)
    choose(dialog, "zh_TW")
    too_long = "條" * (documents.TERMS_MAX_LENGTH + 1)
    dialog.terms["zh_CN"].setPlainText(too_long)
    dialog.terms["en"].setPlainText("Our terms.")

    assert dialog.save() is False

    message = dialog.errors.message("terms")
    assert message is not None and str(documents.TERMS_MAX_LENGTH) in message
    assert dialog.errors.label("terms").isVisible()
    assert dialog.tabs.currentIndex() == 1  # the text at fault is shown
    assert dialog.focusWidget() is dialog.terms["zh_CN"]
    assert dialog.isVisible()
    assert dialog.terms["zh_CN"].toPlainText() == too_long
    assert dialog.terms["en"].toPlainText() == "Our terms."
    assert dialog.chosen_language() == "zh_TW"
    assert documents.document_settings(db).terms == {}  # nothing kept

    # Mended, the message goes and the save goes through.
    dialog.terms["zh_CN"].setPlainText("條款")
    assert dialog.errors.message("terms") is None
    assert dialog.save() is True


def test_the_file_menu_opens_the_printed_documents(qtbot, window):
    window.documents_action.trigger()
    dialog = window.documents_dialog
    assert dialog is not None and dialog.isVisible()
    choose(dialog, "zh_CN")
    assert dialog.save() is True
    assert documents.document_settings(window.db).language == "zh_CN"
    assert window.statusBar().currentMessage()
