"""Choosing a unit by serial (scanner first) or by searching every unit: the
chooser the planning views and the plan form share.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import units
from ui.common import theme
from ui.common.forms import error_label
from ui.common.pagedmodel import PagedTableModel
from ui.common.pickers import ListChoiceDialog
from ui.common.unitforms import unit_columns
from ui.common.widgets import EnterDoes, SearchBox, counted, label


class PickUnitDialog(ListChoiceDialog):
    """Search every unit by serial, owner or product and choose one."""

    def __init__(self, db: Database, search: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a unit"))
        self.resize(880, 500)
        self.chosen: units.UnitRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.search = SearchBox(self.tr("Serial, owner's name or phone, product"))
        self.search.setText(search)
        layout.addWidget(self.search)
        self.model = PagedTableModel(
            unit_columns(self),
            count=lambda q: units.count_units(db, q),
            fetch=lambda q, offset, limit: units.list_units(db, q, offset=offset, limit=limit),
            query=search.strip(),
            parent=self,
        )
        self.search.searchChanged.connect(self.model.set_query)
        self.table = self.add_list(layout)
        buttons = QDialogButtonBox()
        choose = buttons.addButton(self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        choose.setProperty("primary", True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        self.status = label("", "counter")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.model.totalChanged.connect(
            lambda n: self.status.setText(counted(n, self.tr("1 unit"), self.tr("{n} units")))
        )


class UnitChooser(QWidget):
    """A serial field a scanner types into (Enter finds the unit) and Choose… to
    search. Says next to the field when no unit has that serial."""

    unitChosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit: units.UnitRecord | None = None
        self.dialog: PickUnitDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Scan or type the serial, then Enter"))
        self.field.addAction(
            theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        self.field.setMinimumWidth(260)
        EnterDoes(self.field, self.find_unit)
        self.field.textEdited.connect(lambda _t: self._clear_error())
        row.addWidget(self.field, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setToolTip(self.tr("Search the units by owner, phone or product"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.setFocusProxy(self.field)

    def _clear_error(self) -> None:
        self.error.hide()
        theme.set_property(self.field, "invalid", False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        theme.set_property(self.field, "invalid", True)
        self.field.setFocus()
        self.field.selectAll()

    def find_unit(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.choose()
            return
        try:
            unit = units.find_by_serial(self.db, text)
        except InvalidInput as exc:
            self.show_error(exc.message)
            return
        if unit is None:
            self.show_error(
                self.tr("No unit has the serial “%s”. Check it, or click Choose… to search.") % text
            )
            return
        self.set_unit(unit)

    def set_unit(self, unit: units.UnitRecord) -> None:
        self._clear_error()
        self.unit = unit
        self.field.setText(unit.serial)
        self.field.selectAll()
        self.unitChosen.emit(unit)

    def choose(self) -> PickUnitDialog:
        search = self.field.text().strip()
        if self.unit is not None and search == self.unit.serial:
            search = ""
        self.dialog = PickUnitDialog(self.db, search, self)
        self.dialog.accepted.connect(self._picked)
        self.dialog.open()
        return self.dialog

    def _picked(self) -> None:
        if self.dialog is not None and self.dialog.chosen is not None:
            self.set_unit(units.get_unit(self.db, self.dialog.chosen.id))
