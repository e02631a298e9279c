"""The parts clerk's forms: a part in the catalogue, and each stock movement
(receive, issue to a repair order, return, transfer, adjust, reverse), the
locations, a reorder rule and an order placed with a supplier.

Every form shows a refusal in words next to the field it is about and keeps
what was typed. Part number fields take a scanner's burst: the Enter it sends
moves on to the quantity instead of saving the form.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound, PartOutOfStock
from fieldservice.services import repairs, stock
from ui.common import theme
from ui.common.datefield import DateField
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text
from ui.common.pagedmodel import PagedTableModel
from ui.common.widgets import Banner, button, label, link_button, make_room, primary_button

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def local_time(moment: dt.datetime | None) -> str:
    """A stored (UTC) moment as the clerk reads it: local time, month in letters."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, "d MMM yyyy HH:mm")


def quantity_text(value: Decimal | None) -> str:
    """A quantity as people write it (2, 2.5; never 2.000)."""
    return "" if value is None else stock.shown(value)


def money_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", 2)


# -- fields -------------------------------------------------------------------------------


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
                text += f" ({stock.LOCATION_KINDS.get(location.kind, location.kind)})"
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


def _bin_or_none(field: QLineEdit) -> str | None:
    text = field.text().strip()
    return text.upper() if text else None


# -- the shape of every stock form ---------------------------------------------------------


class StockForm(EditingDialog):
    """A titled form with a banner, fields with their error lines, and a save button.

    Subclasses add their fields to :attr:`form` and implement :meth:`submit`,
    which calls the service and returns what it returned.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, *, width: int = 540) -> None:
        super().__init__(parent)
        self.db = db
        self.result_value: object = None
        self.setMinimumWidth(width)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 18)
        self._layout.setSpacing(14)
        self.heading = label("", "dialogTitle")
        self._layout.addWidget(self.heading)
        self.intro = label("", "dialogIntro", wrap=True)
        self.intro.hide()
        self._layout.addWidget(self.intro)
        self.banner = Banner()
        self._layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = form_layout()
        self._layout.addLayout(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = primary_button("")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.set_main_button(self.save_button)
        self._layout.addWidget(self.buttons)

    def set_heading(self, heading: str, save_text: str, intro: str = "") -> None:
        self.setWindowTitle(heading)
        self.heading.setText(heading)
        self.save_button.setText(save_text)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def locations(self) -> list[stock.LocationRecord]:
        return stock.list_locations(self.db)

    def submit(self) -> object:
        raise NotImplementedError

    def refused(self, exc: FieldServiceError) -> None:
        self.errors.show(exc)

    def save(self) -> bool:
        """Save what is typed; on refusal, say why beside the field and keep it all."""
        self.errors.clear()
        try:
            self.result_value = self.submit()
        except FieldServiceError as exc:
            self.refused(exc)
            return False
        self.accept()
        return True


class _PartMovementForm(StockForm):
    """A movement of one part: the part field first, then the quantity."""

    def __init__(self, db: Database, parent: QWidget | None, *, part: str = "") -> None:
        super().__init__(db, parent)
        self.part = PartInput(db)
        self.errors.add_row(
            self.form, "part_number", self.tr("Part number"), self.part, control=self.part.field
        )
        self.quantity = quantity_field(self.tr("e.g. 2 or 1.5"))
        self.errors.add_row(self.form, "quantity", self.tr("Quantity"), self.quantity)
        self.part.field.next_field = self.quantity
        if part:
            self.part.set_number(part)
            self.quantity.setFocus()
        else:
            self.part.field.setFocus()

    def set_quantity_title(self, title: str) -> None:
        item = self.form.itemAt(1, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            item.widget().setText(title)

    def part_number(self) -> str:
        """The part typed, or a refusal beside the field when there is none."""
        number = self.part.number()
        if not number:
            raise InvalidInput(
                self.tr("Enter the part number (scan the label or type it)."),
                field="part_number",
            )
        return number

    def refused(self, exc: FieldServiceError) -> None:
        if isinstance(exc, NotFound) and exc.field is None and "catalogue" in exc.message:
            exc = InvalidInput(exc.message, field="part_number")
        super().refused(exc)

    def default_location(self, picker: LocationPicker) -> None:
        """The main store; where the part has most stock when it has none there
        but some elsewhere. Chosen again once a part is entered, until the clerk
        picks a location."""
        self._choose_default(picker)
        self.part.looked_up.connect(lambda: self._choose_default(picker))

    def _choose_default(self, picker: LocationPicker) -> None:
        if picker.chosen:
            return
        main = picker.main_store()
        found = self.part.found
        stocked = {
            p.location: p.on_hand
            for p in (found.positions if found is not None else ())
            if p.on_hand > 0 and p.location in picker.kinds
        }
        if main is not None and (main in stocked or not stocked):
            picker.set_code(main)
        elif stocked:
            picker.set_code(max(stocked, key=lambda code: stocked[code]))


class _OrderMixin:
    """A repair order typed or scanned, shown by its customer and unit."""

    db: Database
    order: QLineEdit
    order_info: QLabel

    def _order_row(self, form: QFormLayout, errors: FieldErrors, title: str) -> None:
        self.order = QLineEdit()
        self.order.setMaxLength(40)
        self.order.setPlaceholderText(self.tr("Scan the work order or type its number"))
        self.order.addAction(
            theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        self.order_info = label("", "muted", wrap=True)
        self.order_info.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.order)
        layout.addWidget(self.order_info)
        errors.add_row(form, "order", title, box, control=self.order)
        self.order.editingFinished.connect(self._show_order)
        self.order.textEdited.connect(lambda _t: self.order_info.hide())

    def _show_order(self) -> None:
        text = self.order.text().strip()
        if not text:
            self.order_info.hide()
            return
        try:
            found = repairs.get_order_by_number(self.db, text)
        except FieldServiceError:
            self.order_info.hide()
            return
        parts = [found.customer_name, found.product_name, found.serial]
        self.order_info.setText(" · ".join(p for p in parts if p))
        self.order_info.show()
        make_room(self.order_info)

    def resolve_order(self) -> repairs.OrderRecord:
        """The repair order typed; a refusal beside the field when there is none."""
        text = self.order.text().strip()
        if not text:
            raise InvalidInput(
                self.tr("Scan the work order or type the repair order number."),
                field="order",
            )
        try:
            found = repairs.get_order_by_number(self.db, text)
        except NotFound as exc:
            raise InvalidInput(exc.message, field="order") from None
        return found


# -- the catalogue -------------------------------------------------------------------------


class PartForm(StockForm):
    """Add a part to the catalogue or correct one."""

    def __init__(
        self, db: Database, part: stock.PartRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent, width=620)
        self.set_heading(
            self.tr("New part") if part is None else self.tr("Edit part %s") % part.part_number,
            self.tr("Save"),
        )
        self.part = part
        self.saved: stock.PartRecord | None = None
        self.number = PartNumberField()
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        self.number.next_field = self.description
        self.unit = QLineEdit()
        self.unit.setMaxLength(10)
        self.unit.setPlaceholderText(self.tr("pcs, m, l, kg"))
        self.unit.setMaximumWidth(160)
        self.standard_cost = quantity_field(self.tr("e.g. 12.50"))
        self.supplier = QLineEdit()
        self.supplier.setMaxLength(200)
        self.supplier_part_number = QLineEdit()
        self.supplier_part_number.setMaxLength(64)
        self.lead_time = QSpinBox()
        self.lead_time.setRange(0, 730)
        self.lead_time.setSuffix(self.tr(" days"))
        self.lead_time.setMaximumWidth(160)
        self.pack_size = quantity_field(self.tr("e.g. 1, 4 or 10"))
        self.default_bin = bin_field(self.tr("e.g. A3"))
        self.substitutes = QLineEdit()
        self.substitutes.setPlaceholderText(self.tr("Part numbers that can stand in, e.g. FAN-121"))
        self.compatible = QLineEdit()
        self.compatible.setPlaceholderText(self.tr("Product codes (SKU), e.g. AQU-DW600"))
        self.notes = plain_text(2)
        e, f = self.errors, self.form
        e.add_row(f, "part_number", self.tr("Part number"), self.number)
        e.add_row(f, "description", self.tr("Description"), self.description)
        e.add_row(f, "unit", self.tr("Unit"), self.unit)
        e.add_row(f, "standard_cost", self.tr("Standard cost"), self.standard_cost)
        e.add_row(f, "supplier", self.tr("Supplier"), self.supplier)
        e.add_row(
            f, "supplier_part_number", self.tr("Supplier's part no."), self.supplier_part_number
        )
        e.add_row(f, "lead_time", self.tr("Lead time"), self.lead_time)
        e.add_row(f, "pack_size", self.tr("Pack size"), self.pack_size)
        e.add_row(f, "default_bin", self.tr("Default bin"), self.default_bin)
        e.add_row(
            f,
            "substitutes",
            self.tr("Substitutes"),
            self.substitutes,
            hint=self.tr("Separate several with commas."),
        )
        e.add_row(f, "compatible", self.tr("Fits products"), self.compatible)
        e.add_row(f, "notes", self.tr("Notes"), self.notes)
        if part is not None:
            self.number.setText(part.part_number)
            self.description.setText(part.description)
            self.unit.setText(part.unit)
            self.standard_cost.setText(stock.shown(part.standard_cost))
            self.supplier.setText(part.supplier)
            self.supplier_part_number.setText(part.supplier_part_number)
            self.lead_time.setValue(part.lead_time_days)
            self.pack_size.setText(stock.shown(part.pack_size))
            self.default_bin.setText(part.default_bin)
            self.substitutes.setText(", ".join(part.substitutes))
            self.compatible.setText(", ".join(part.compatible_skus))
            self.notes.setPlainText(part.notes)
        else:
            self.unit.setText("pcs")
            self.pack_size.setText("1")
        self.number.setFocus()

    @staticmethod
    def _list(text: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in text.replace(";", ",").split(",") if x.strip())

    def draft(self) -> stock.PartDraft:
        return stock.PartDraft(
            part_number=self.number.text(),
            description=self.description.text(),
            unit=self.unit.text().strip() or "pcs",
            standard_cost=self.standard_cost.text().strip() or "0",
            supplier=self.supplier.text(),
            supplier_part_number=self.supplier_part_number.text(),
            lead_time_days=self.lead_time.value(),
            pack_size=self.pack_size.text().strip() or "1",
            default_bin=self.default_bin.text(),
            notes=self.notes.toPlainText(),
            compatible_skus=self._list(self.compatible.text()),
            substitutes=self._list(self.substitutes.text()),
        )

    def submit(self) -> stock.PartRecord:
        if self.part is None:
            self.saved = stock.create_part(self.db, self.draft())
        else:
            self.saved = stock.update_part(self.db, self.part.id, self.draft())
        return self.saved


# -- movements -----------------------------------------------------------------------------


class ReceiveForm(_PartMovementForm):
    """A delivery booked into stock."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, part: str = "") -> None:
        super().__init__(db, parent, part=part)
        self.set_heading(self.tr("Receive a delivery"), self.tr("Receive"))
        self.set_quantity_title(self.tr("Quantity received"))
        self.location = LocationPicker(self.locations(), kinds=("store", "van"))
        self.bin = bin_field(self.tr("The part's default bin"))
        self.unit_cost = quantity_field(self.tr("Price per unit"))
        self.supplier_ref = QLineEdit()
        self.supplier_ref.setMaxLength(100)
        self.supplier_ref.setPlaceholderText(self.tr("Delivery note or invoice"))
        self.supplier_order = QLineEdit()
        self.supplier_order.setMaxLength(32)
        self.supplier_order.setPlaceholderText(self.tr("e.g. LD01-PO-000012"))
        e, f = self.errors, self.form
        e.add_row(f, "location", self.tr("Into location"), self.location)
        e.add_row(f, "bin", self.tr("Bin"), self.bin)
        e.add_row(
            f,
            "unit_cost",
            self.tr("Unit cost"),
            self.unit_cost,
            hint=self.tr("With a cost, the part's average cost is updated."),
        )
        e.add_row(f, "supplier_ref", self.tr("Supplier's reference"), self.supplier_ref)
        e.add_row(f, "supplier_order", self.tr("Our order no."), self.supplier_order)
        if self.part.found is not None and self.part.found.part.default_bin:
            self.bin.setPlaceholderText(
                self.tr("Default bin %s") % self.part.found.part.default_bin
            )

    def submit(self) -> stock.MovementRecord:
        return stock.receive(
            self.db,
            self.part_number(),
            self.quantity.text(),
            self.location.code(),
            bin=_bin_or_none(self.bin),
            unit_cost=self.unit_cost.text().strip() or None,
            supplier_ref=self.supplier_ref.text(),
            supplier_order=self.supplier_order.text().strip(),
        )


class IssueForm(_PartMovementForm, _OrderMixin):
    """Parts issued to a repair order. Beyond what is on hand the form says how
    many are there and where else the part is, and offers a manager's override."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, part: str = "") -> None:
        super().__init__(db, parent, part=part)
        self.set_heading(self.tr("Issue to a repair order"), self.tr("Issue"))
        self.location = LocationPicker(self.locations(), kinds=("store", "van"))
        self.default_location(self.location)
        self.bin = bin_field(self.tr("Any bin"))
        self.bin.setToolTip(self.tr("Empty: taken from the default bin first, then the others"))
        e, f = self.errors, self.form
        e.add_row(f, "location", self.tr("From location"), self.location)
        e.add_row(f, "bin", self.tr("Bin"), self.bin)
        self._order_row(f, e, self.tr("Repair order"))
        self.refusal: PartOutOfStock | None = None

        # A manager's override, offered once the stock there is short.
        self.override_box = QFrame()
        self.override_box.setObjectName("card")
        box = QVBoxLayout(self.override_box)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(8)
        box.addWidget(label(self.tr("MANAGER'S OVERRIDE"), "sectionTitle"))
        box.addWidget(
            label(
                self.tr(
                    "A manager may allow issuing more than the books show here; stock there "
                    "then goes below zero until it is received or counted. Their name and "
                    "the reason are kept with the movement."
                ),
                "muted",
                wrap=True,
            )
        )
        self.elsewhere_row = QHBoxLayout()
        self.elsewhere_row.setSpacing(8)
        box.addLayout(self.elsewhere_row)
        override_form = form_layout()
        self.manager = QLineEdit()
        self.manager.setMaxLength(100)
        self.manager.setPlaceholderText(self.tr("Name of the manager who allows it"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. customer waiting; stock arriving tomorrow"))
        e.add_row(override_form, "override_by", self.tr("Manager"), self.manager)
        e.add_row(override_form, "reason", self.tr("Reason"), self.reason)
        box.addLayout(override_form)
        self.override_button = button(self.tr("Issue with override"), "warning")
        self.override_button.clicked.connect(self.issue_with_override)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.override_button)
        box.addLayout(actions)
        self.override_box.hide()
        self._layout.insertWidget(self._layout.count() - 1, self.override_box)
        self._override = False
        self.elsewhere_buttons: list[QPushButton] = []

    def submit(self) -> list[stock.MovementRecord]:
        number = self.part_number()
        order = self.resolve_order()
        if not order.is_open:
            raise InvalidInput(
                self.tr("Repair order %s is closed: parts cannot be issued to it.") % order.number,
                field="order",
            )
        override_by = reason = ""
        if self._override:
            override_by = self.manager.text().strip()
            reason = self.reason.text().strip()
            if not override_by:
                raise InvalidInput(
                    self.tr("Enter the name of the manager who allows it."), field="override_by"
                )
        return stock.issue_part_to_order(
            self.db,
            number,
            self.quantity.text(),
            self.location.code(),
            order_id=order.id,
            order_number=order.number,
            bin=_bin_or_none(self.bin),
            override_by=override_by,
            reason=reason,
        )

    def issue_with_override(self) -> bool:
        self._override = True
        try:
            return self.save()
        finally:
            self._override = False

    def refused(self, exc: FieldServiceError) -> None:
        super().refused(exc)
        if isinstance(exc, PartOutOfStock):
            self.refusal = exc
            self._offer_override(exc)

    def _offer_override(self, exc: PartOutOfStock) -> None:
        for old in self.elsewhere_buttons:
            old.deleteLater()
        self.elsewhere_buttons = []
        here = self.location.code()
        codes: dict[str, Decimal] = {}
        for code, _bin, qty in exc.elsewhere:
            if code != here:
                codes[code] = codes.get(code, Decimal(0)) + qty
        if codes:
            self.elsewhere_row.addWidget(label(self.tr("Issue from:"), "muted"))
        for code, qty in list(codes.items())[:3]:
            choice = link_button(self.tr("%s (%s on hand)") % (code, quantity_text(qty)), "parts")
            choice.clicked.connect(lambda _c=False, c=code: self._choose_location(c))
            self.elsewhere_row.addWidget(choice)
            self.elsewhere_buttons.append(choice)
        self.elsewhere_row.addStretch(1)
        self.override_box.show()
        make_room(self.override_box)

    def _choose_location(self, code: str) -> None:
        self.location.chosen = True
        self.location.set_code(code)
        self.bin.clear()
        self.errors.clear()
        self.quantity.setFocus()


class ReturnForm(_PartMovementForm, _OrderMixin):
    """Parts back from a repair order: unused, or the faulty part removed (to quarantine)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, part: str = "") -> None:
        super().__init__(db, parent, part=part)
        self.set_heading(self.tr("Return from a repair order"), self.tr("Return"))
        e, f = self.errors, self.form
        self._order_row(f, e, self.tr("Repair order"))
        self.faulty = QCheckBox(self.tr("Faulty part removed from the unit → quarantine"))
        self.faulty.setToolTip(
            self.tr("Faulty parts go to the quarantine location for a claim, not back to stock.")
        )
        e.add_row(f, "faulty", "", self.faulty)
        self.location = LocationPicker(self.locations(), kinds=("store", "van"))
        self.default_location(self.location)
        self.bin = bin_field(self.tr("The part's default bin"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        e.add_row(f, "location", self.tr("Back to location"), self.location)
        e.add_row(f, "bin", self.tr("Bin"), self.bin)
        e.add_row(f, "reason", self.tr("Note"), self.reason)
        self.faulty.toggled.connect(self._faulty_toggled)

    def _faulty_toggled(self, faulty: bool) -> None:
        self.location.setEnabled(not faulty)
        self.bin.setPlaceholderText(
            self.tr("Quarantine bin, if any") if faulty else self.tr("The part's default bin")
        )

    def submit(self) -> stock.MovementRecord:
        number = self.part_number()
        order = self.resolve_order()
        return stock.return_part_from_order(
            self.db,
            number,
            self.quantity.text(),
            self.location.code(),
            order_id=order.id,
            order_number=order.number,
            bin=_bin_or_none(self.bin),
            faulty=self.faulty.isChecked(),
            reason=self.reason.text(),
        )


class TransferForm(_PartMovementForm):
    """Stock moved between locations or bins (a van restocked, a shelf reorganised)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, part: str = "") -> None:
        super().__init__(db, parent, part=part)
        self.set_heading(self.tr("Transfer stock"), self.tr("Transfer"))
        locations = self.locations()
        self.from_location = LocationPicker(locations)
        self.default_location(self.from_location)
        self.from_bin = bin_field(self.tr("Any bin"))
        self.from_bin.setToolTip(
            self.tr("Empty: taken from the default bin first, then the others")
        )
        self.to_location = LocationPicker(locations)
        self.to_bin = bin_field(self.tr("The part's default bin"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. restocking van 1"))
        e, f = self.errors, self.form
        e.add_row(f, "from_location", self.tr("From location"), self.from_location)
        e.add_row(f, "from_bin", self.tr("From bin"), self.from_bin)
        e.add_row(f, "to_location", self.tr("To location"), self.to_location)
        e.add_row(f, "to_bin", self.tr("To bin"), self.to_bin)
        e.add_row(f, "reason", self.tr("Note"), self.reason)
        if self.to_location.count() > 1 and self.to_location.code() == self.from_location.code():
            self.to_location.setCurrentIndex(1)

    def refused(self, exc: FieldServiceError) -> None:
        if isinstance(exc, InvalidInput) and exc.field == "location":
            exc = InvalidInput(exc.message, field="from_location")
        super().refused(exc)

    def submit(self) -> list[stock.MovementRecord]:
        return stock.transfer(
            self.db,
            self.part_number(),
            self.quantity.text(),
            self.from_location.code(),
            self.to_location.code(),
            from_bin=_bin_or_none(self.from_bin),
            to_bin=_bin_or_none(self.to_bin),
            reason=self.reason.text(),
        )


class AdjustForm(_PartMovementForm):
    """On-hand corrected up (found) or down (damaged, lost), always with a reason."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, part: str = "") -> None:
        super().__init__(db, parent, part=part)
        self.set_heading(self.tr("Adjust stock"), self.tr("Adjust"))
        self.set_quantity_title(self.tr("By"))
        direction = QWidget()
        row = QHBoxLayout(direction)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.add = QRadioButton(self.tr("+ Add to stock (found)"))
        self.take = QRadioButton(self.tr("− Take off stock (damaged, lost)"))
        self.take.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.add)
        group.addButton(self.take)
        row.addWidget(self.add)
        row.addWidget(self.take)
        row.addStretch(1)
        self.form.insertRow(1, self.tr("Direction"), direction)
        self.location = LocationPicker(self.locations())
        self.default_location(self.location)
        self.bin = bin_field(self.tr("The part's default bin"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Required: what happened"))
        e, f = self.errors, self.form
        e.add_row(f, "location", self.tr("Location"), self.location)
        e.add_row(f, "bin", self.tr("Bin"), self.bin)
        e.add_row(f, "reason", self.tr("Reason"), self.reason)
        # The service names the signed quantity "change".
        e.register("change", self.quantity, e.label("quantity"))

    def change(self) -> str:
        text = self.quantity.text().strip().lstrip("+-")
        return ("" if self.add.isChecked() else "-") + text

    def submit(self) -> stock.MovementRecord:
        return stock.adjust(
            self.db,
            self.part_number(),
            self.change(),
            self.location.code(),
            reason=self.reason.text(),
            bin=_bin_or_none(self.bin),
        )


class ReverseForm(StockForm):
    """Undo a movement by booking its opposite (both halves of a transfer)."""

    def __init__(
        self, db: Database, movement: stock.MovementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.set_heading(
            self.tr("Reverse a movement"),
            self.tr("Reverse"),
            self.tr(
                "The movement stays in the history; an opposite movement is booked beside "
                "it. A transfer is reversed in both locations."
            ),
        )
        self.movement = movement
        where = movement.location + (f" / {movement.bin}" if movement.bin else "")
        sign = "+" if movement.quantity > 0 else ""
        summary = label(
            f"{stock.MOVEMENT_KINDS.get(movement.kind, movement.kind)} · "
            f"{movement.part_number} · {sign}{quantity_text(movement.quantity)} · {where} · "
            f"{local_time(movement.at)}",
            None,
            wrap=True,
        )
        summary.setObjectName("fieldName")
        self.form.addRow(self.tr("Movement"), summary)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Required: e.g. booked twice"))
        self.errors.add_row(self.form, "reason", self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def submit(self) -> list[stock.MovementRecord]:
        return stock.reverse(self.db, self.movement.id, self.reason.text())


# -- locations, reorder rules, supplier orders -----------------------------------------------


class LocationForm(StockForm):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.set_heading(self.tr("New location"), self.tr("Add location"))
        self.saved: stock.LocationRecord | None = None
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("e.g. VAN-2"))
        self.code.setMaximumWidth(200)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.kind = QComboBox()
        for key, title in (
            ("store", self.tr("Store")),
            ("van", self.tr("Van stock")),
            ("quarantine", self.tr("Quarantine (faulty parts)")),
        ):
            self.kind.addItem(title, key)
        self.technician = QLineEdit()
        self.technician.setPlaceholderText(self.tr("Who drives the van"))
        e, f = self.errors, self.form
        e.add_row(f, "code", self.tr("Code"), self.code)
        e.add_row(f, "name", self.tr("Name"), self.name)
        e.add_row(f, "kind", self.tr("Kind"), self.kind)
        e.add_row(f, "technician", self.tr("Technician"), self.technician)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.technician.setEnabled(self.kind.currentData() == "van")
        )
        self.technician.setEnabled(False)
        self.code.setFocus()

    def submit(self) -> stock.LocationRecord:
        self.saved = stock.create_location(
            self.db,
            self.code.text(),
            self.name.text(),
            self.kind.currentData(),
            self.technician.text() if self.kind.currentData() == "van" else "",
        )
        return self.saved


class LocationsDialog(QDialog):
    """The centre's stock locations: stores, vans, quarantine."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form: LocationForm | None = None
        self.setWindowTitle(self.tr("Stock locations"))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Stock locations"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Where parts are kept: stores, technicians' vans, and a quarantine "
                    "location for faulty parts (never counted as available)."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Technician")]
        )
        _plain_table(self.table, stretch=1)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = primary_button(self.tr("Add location…"), "add")
        self.add_button.clicked.connect(self.add_location)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        kinds = {
            "store": self.tr("Store"),
            "van": self.tr("Van stock"),
            "quarantine": self.tr("Quarantine"),
        }
        rows = stock.list_locations(self.db)
        self.table.setRowCount(len(rows))
        for i, loc in enumerate(rows):
            for j, text in enumerate(
                (loc.code, loc.name, kinds.get(loc.kind, loc.kind), loc.technician)
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def add_location(self) -> LocationForm:
        self.form = LocationForm(self.db, self)
        self.form.accepted.connect(self.reload)
        self.form.open()
        return self.form


class ReorderRuleForm(StockForm):
    """When to reorder a part at a location, and how much."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        part: str = "",
        location: str = "",
        line: stock.ToOrderLine | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.set_heading(
            self.tr("Reorder rule"),
            self.tr("Save rule"),
            self.tr(
                "When available stock (on hand + on order − requested) falls to the reorder "
                "point, the part is listed to order: up to the maximum, or one reorder "
                "quantity, in whole supplier packs."
            ),
        )
        self.part = PartInput(db)
        self.location = LocationPicker(self.locations(), kinds=("store", "van"))
        self.reorder_point = quantity_field(self.tr("e.g. 2"))
        self.max_quantity = quantity_field(self.tr("e.g. 10"))
        self.reorder_quantity = quantity_field(self.tr("or a fixed quantity"))
        self.part.field.next_field = self.reorder_point
        e, f = self.errors, self.form
        e.add_row(f, "part_number", self.tr("Part number"), self.part, control=self.part.field)
        e.add_row(f, "location", self.tr("Location"), self.location)
        e.add_row(f, "reorder_point", self.tr("Reorder point"), self.reorder_point)
        e.add_row(f, "max_quantity", self.tr("Order up to"), self.max_quantity)
        e.add_row(f, "reorder_quantity", self.tr("Or order"), self.reorder_quantity)
        if line is not None:
            part, location = line.part_number, line.location
            self.reorder_point.setText(quantity_text(line.reorder_point))
            self.max_quantity.setText(quantity_text(line.max_quantity))
            self.reorder_quantity.setText(quantity_text(line.reorder_quantity))
        if part:
            self.part.set_number(part)
            self.reorder_point.setFocus()
        else:
            self.part.field.setFocus()
        if location:
            self.location.set_code(location)

    def submit(self) -> None:
        number = self.part.number()
        if not number:
            raise InvalidInput(self.tr("Enter the part number."), field="part_number")
        stock.set_reorder_rule(
            self.db,
            number,
            self.location.code(),
            self.reorder_point.text().strip(),
            max_quantity=self.max_quantity.text().strip() or None,
            reorder_quantity=self.reorder_quantity.text().strip() or None,
        )


class SupplierOrderDialog(StockForm):
    """Order the selected to-order lines: the lines of one supplier go on one
    purchase order, expected after the longest lead time of its parts (the date
    may be changed); each quantity may be changed first (the suggestion is
    already in whole packs)."""

    def __init__(
        self,
        db: Database,
        lines: Sequence[stock.ToOrderLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent, width=720)
        self.lines = list(lines)
        self.placed: list[stock.PurchaseOrder] = []
        self.suppliers: dict[str, list[stock.ToOrderLine]] = {}
        for line in self.lines:
            self.suppliers.setdefault(line.supplier, []).append(line)
        self.set_heading(
            self.tr("Order from suppliers"),
            self.tr("Place orders") if len(self.suppliers) > 1 else self.tr("Place order"),
            self.tr(
                "The lines of one supplier go on one purchase order, to print or send. "
                "What is ordered counts as on order until it is received."
            ),
        )
        self.table = QTableWidget(len(self.lines), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Location"),
                self.tr("Supplier"),
                self.tr("Suggested"),
                self.tr("Order"),
            ]
        )
        _plain_table(self.table, stretch=2)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for i, line in enumerate(self.lines):
            cells = (
                line.part_number,
                line.location,
                line.supplier or "—",
                quantity_text(line.suggested),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if j == 3:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(i, j, item)
            amount = QTableWidgetItem(quantity_text(line.suggested))
            amount.setTextAlignment(_RIGHT)
            amount.setToolTip(self.tr("Double-click to change the quantity"))
            self.table.setItem(i, 4, amount)
        self.table.setMinimumHeight(min(320, 44 + 30 * len(self.lines)))
        self.errors.add_row(self.form, "quantity", self.tr("Lines"), self.table)
        self.supplier_ref = QLineEdit()
        self.supplier_ref.setMaxLength(100)
        self.supplier_ref.setPlaceholderText(self.tr("The supplier's order or quote reference"))
        self.errors.add_row(self.form, "supplier_ref", self.tr("Reference"), self.supplier_ref)
        # One expected date per purchase order: after its parts' longest lead time.
        today = dt.date.today()
        self.expected: dict[str, DateField] = {}
        for i, (supplier, ordered) in enumerate(self.suppliers.items()):
            day = stock.expected_date(today, (line.lead_time_days for line in ordered))
            field = DateField(day, minimum=today, field=f"expected_on_{i}")
            self.expected[supplier] = field
            title = (
                self.tr("Expected on")
                if len(self.suppliers) == 1
                else self.tr("Expected from %s") % (supplier or self.tr("(no supplier)"))
            )
            self.errors.add_row(self.form, f"expected_on_{i}", title, field, control=field.editor)

    def quantities(self) -> list[str]:
        return [self.table.item(i, 4).text().strip() for i in range(len(self.lines))]

    def submit(self) -> list[stock.PurchaseOrder]:
        amounts = self.quantities()
        for i, amount in enumerate(amounts):
            try:
                stock.quantity(amount)
            except InvalidInput as exc:
                self.table.setCurrentCell(i, 4)
                raise InvalidInput(
                    self.tr("Line %d (%s): %s") % (i + 1, self.lines[i].part_number, exc.message),
                    field="quantity",
                ) from None
        expected = {supplier: field.value() for supplier, field in self.expected.items()}
        self.placed = stock.place_purchase_orders(
            self.db,
            [
                stock.OrderLine(line.part_number, amount, line.location)
                for line, amount in zip(self.lines, amounts, strict=True)
            ],
            expected_on={k: v for k, v in expected.items() if v is not None},
            supplier_ref=self.supplier_ref.text(),
        )
        return self.placed


def _plain_table(table: QTableWidget, *, stretch: int) -> None:
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


# -- lists the services return whole -------------------------------------------------------


class SnapshotList:
    """A list a service returns whole (the to-order list, a count sheet), shown
    through a :class:`~ui.common.pagedmodel.PagedTableModel`: loaded once per query in
    the worker thread, then handed out a page at a time. :meth:`invalidate`
    before ``model.refresh()`` loads it afresh."""

    def __init__(self, load: Callable[[Any], Sequence[Any]]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._query: Any = _STALE
        self._rows: list[Any] = []

    def rows(self, query: Any) -> list[Any]:
        with self._lock:
            if query is None:
                return []
            if self._query is _STALE or query != self._query:
                self._rows = list(self._load(query))
                self._query = query
            return self._rows

    def count(self, query: Any) -> int:
        return len(self.rows(query))

    def fetch(self, query: Any, offset: int, limit: int) -> list[Any]:
        return self.rows(query)[offset : offset + limit]

    def invalidate(self) -> None:
        with self._lock:
            self._query = _STALE


_STALE = object()


class StyledTableModel(PagedTableModel):
    """A paged model whose rows may be coloured: *style(row, column, role)* returns
    a brush, font or None for the foreground, background and font roles."""

    def __init__(self, *args: Any, style: Callable[[Any, int, int], Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._style = style

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in _STYLE_ROLES:
            row = self.row(index.row())
            if row is not None:
                styled = self._style(row, index.column(), role)
                if styled is not None:
                    return styled
        return super().data(index, role)


class TintDelegate(QStyledItemDelegate):
    """Paints a cell's background brush (a count difference) under its text; the
    application's style sheet draws table items without it otherwise."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if isinstance(brush, QBrush) and not selected:
            painter.fillRect(option.rect, brush)  # type: ignore[attr-defined]
        super().paint(painter, option, index)


_STYLE_ROLES = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
)
