"""The fields of the parts forms: a part number typed or scanned (a scanner's
Enter moves on instead of saving), the part found under it, a stock location,
a quantity and a bin.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.i18n import _
from fieldservice.services import stock
from ui.common import theme
from ui.common.widgets import label, make_room
from ui.parts.figures import quantity_text

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PartNumberField(QLineEdit):
    """A part number typed or scanned. A scanner ends its burst with Enter: that
    moves on to :attr:`next_field` (the quantity) rather than saving the form."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Scan the label or type the part number"))
        self.setMaxLength(64)
        self.addAction(theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition)
        self.next_field: QWidget | None = None

    def number(self) -> str:
        return "".join(self.text().split()).upper()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.entered.emit(self.number())
            target = self.next_field
            if target is not None and self.text().strip():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(target, QLineEdit):
                    target.selectAll()
            return
        super().keyPressEvent(event)


class PartInput(QWidget):
    """A part number field with a line under it naming the part found, and what
    is on hand, once the number is entered."""

    looked_up = Signal()  # the part typed was looked up (found or not)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.field = PartNumberField()
        layout.addWidget(self.field)
        self.info = label("", "muted", wrap=True)
        self.info.hide()
        layout.addWidget(self.info)
        self.found: stock.PartStock | None = None
        self.field.entered.connect(lambda _n: self.look_up())
        self.field.editingFinished.connect(self.look_up)
        self.field.textEdited.connect(self._edited)
        self._looked_up = ""

    def number(self) -> str:
        return self.field.number()

    def set_number(self, number: str) -> None:
        self.field.setText(number)
        self.look_up()

    def _edited(self, _text: str) -> None:
        self.found = None
        self.info.hide()

    def look_up(self) -> None:
        number = self.number()
        if not number or number == self._looked_up:
            return
        self._looked_up = number
        try:
            self.found = stock.on_hand(self.db, number)
        except FieldServiceError as exc:
            self.found = None
            self.info.setText(exc.message)
            self.info.show()
            self.looked_up.emit()
            return
        part = self.found.part
        where = ", ".join(
            f"{p.location} {quantity_text(p.on_hand)}" for p in self.found.positions if p.on_hand
        )
        text = self.tr("%s · on hand %s %s") % (
            part.description,
            quantity_text(self.found.on_hand),
            part.unit,
        )
        if where:
            text += f" ({where})"
        self.info.setText(text)
        self.info.show()
        make_room(self)
        self.looked_up.emit()


class LocationPicker(QComboBox):
    """The centre's stock locations, shown as ``MAIN · Main store``."""

    def __init__(
        self,
        locations: Sequence[stock.LocationRecord],
        parent: QWidget | None = None,
        *,
        kinds: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds: dict[str, str] = {}
        self.chosen = False  # the clerk picked a location: no default replaces it
        self.activated.connect(self._chosen)
        for location in locations:
            if kinds is not None and location.kind not in kinds:
                continue
            self.kinds[location.code] = location.kind
            text = f"{location.code} · {location.name}"
            if location.kind != "store":
                kind = stock.LOCATION_KINDS.get(location.kind)
                text += f" ({_(kind) if kind else location.kind})"
            self.addItem(text, location.code)

    def code(self) -> str:
        return self.currentData() or ""

    def _chosen(self, _index: int) -> None:
        self.chosen = True

    def main_store(self) -> str | None:
        """The centre's main store: the first location of kind store, by code."""
        stores = sorted(code for code, kind in self.kinds.items() if kind == "store")
        return stores[0] if stores else None

    def set_code(self, code: str | None) -> None:
        for i in range(self.count()):
            if self.itemData(i) == code:
                self.setCurrentIndex(i)
                return


def quantity_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(20)
    field.setPlaceholderText(placeholder)
    field.setMaximumWidth(160)
    return field


def bin_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(32)
    field.setPlaceholderText(placeholder)
    field.setMaximumWidth(200)
    return field


def bin_or_none(field: QLineEdit) -> str | None:
    text = field.text().strip()
    return text.upper() if text else None
