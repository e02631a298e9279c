"""File > Printed documents: the language the centre's documents print in, whether
Chinese ones carry the English beneath, and the centre's own conditions of service
in each language (:mod:`fieldservice.services.documents`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import documents
from ui.common import language
from ui.common.formdialog import FormDialog
from ui.common.widgets import button


def _at_fault(text: str) -> bool:
    """Whether the service would refuse *text* as conditions of service (too long,
    or a control character other than a tab or a line break)."""
    text = text.strip()
    if len(text) > documents.TERMS_MAX_LENGTH:
        return True
    return any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in text)


class DocumentSettingsDialog(FormDialog):
    """How this centre's documents print: their language, bilingual or not, and the
    conditions of service printed on them (one text per language; an empty one
    prints the built-in text)."""

    def __init__(
        self, db: Database, current: documents.DocumentSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=680)
        self.db = db
        self.saved: documents.DocumentSettings | None = None
        self.set_texts(
            self.tr("Printed documents"),
            self.tr("Printed documents"),
            self.tr(
                "Work orders, intake receipts, warranty certificates and labels print in "
                "this language, whatever language the screens speak."
            ),
            self.tr("Save"),
        )
        self.language = QComboBox()
        for code, name in language.NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.errors.add_row(self.form, "language", self.tr("Document language"), self.language)
        self.bilingual = QCheckBox(self.tr("Bilingual (Chinese first, English beneath)"))
        self.bilingual.setChecked(current.bilingual)
        self.form.addRow(QLabel(), self.bilingual)

        self.tabs = QTabWidget()
        self.terms: dict[str, QPlainTextEdit] = {}
        for code, name in language.NAMES.items():
            self.tabs.addTab(self._terms_page(code, current.terms.get(code, "")), name)
        self.errors.add_row(
            self.form,
            "terms",
            self.tr("Conditions of service"),
            self.tabs,
            hint=self.tr(
                "Printed on the intake receipt in the document's language. Left empty, "
                "the built-in text is printed."
            ),
        )
        for edit in self.terms.values():
            edit.textChanged.connect(lambda: self.errors.clear_field("terms"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._language_chosen()
        self.language.setFocus()

    def _terms_page(self, code: str, text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Empty: the built-in text is printed."))
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 9 + 18)
        self.terms[code] = edit
        layout.addWidget(edit)
        row = QHBoxLayout()
        row.addStretch(1)
        use = button(self.tr("Use the built-in text"))
        use.setToolTip(
            self.tr("Puts the built-in text here, to print as it is or to change (Ctrl+Z undoes).")
        )
        use.clicked.connect(lambda _checked=False: self.use_builtin(code))
        row.addWidget(use)
        layout.addLayout(row)
        return page

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_chosen(self) -> None:
        code = self.chosen_language()
        chinese = code != "en"
        # Only a Chinese document has an English beneath.
        self.bilingual.setEnabled(chinese)
        if not chinese:
            self.bilingual.setChecked(False)
        self.tabs.setCurrentIndex(list(self.terms).index(code))

    def use_builtin(self, code: str) -> None:
        """Fill the conditions of *code* with the built-in text; one undo brings back
        what was there."""
        edit = self.terms[code]
        cursor = edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(documents.builtin_terms(code))
        edit.setTextCursor(cursor)
        self.tabs.setCurrentIndex(list(self.terms).index(code))
        edit.setFocus()

    def chosen(self) -> documents.DocumentSettings:
        code = self.chosen_language()
        return documents.DocumentSettings(
            language=code,
            bilingual=self.bilingual.isChecked() and code != "en",
            terms={lang: edit.toPlainText() for lang, edit in self.terms.items()},
        )

    def work(self) -> Callable[[], object]:
        db, chosen = self.db, self.chosen()
        return lambda: documents.save_document_settings(db, chosen)

    def refused(self, exc: FieldServiceError) -> None:
        if exc.field == "terms":
            # The service names no language: the text at fault is brought into view
            # and gets the red border and the focus.
            for index, edit in enumerate(self.terms.values()):
                if _at_fault(edit.toPlainText()):
                    self.tabs.setCurrentIndex(index)
                    self.errors.clear_field("terms")
                    self.errors.register("terms", edit, self.errors.label("terms"))
                    break
        self.errors.show(exc)

    def saved_as(self, result: object) -> None:
        assert isinstance(result, documents.DocumentSettings)
        self.saved = result
        self.accept()
