"""Stock movements of one part: received, issued to a repair order (with a
manager's override when stock is short), returned from one, transferred,
adjusted and reversed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound, PartOutOfStock
from fieldservice.services import repairs, stock
from ui.common import theme
from ui.common.forms import FieldErrors, form_layout
from ui.common.widgets import button, label, link_button, make_room
from ui.parts.fields import LocationPicker, PartInput, bin_field, bin_or_none, quantity_field
from ui.parts.figures import local_time, quantity_text
from ui.parts.forms import StockForm


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
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            widget.setText(title)

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


class _OrderMovementForm(_PartMovementForm):
    """A movement to or from a repair order, typed or scanned and shown by its
    customer and unit."""

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

    def work(self) -> Callable[[], stock.MovementRecord]:
        db, number, quantity = self.db, self.part_number(), self.quantity.text()
        location, bin = self.location.code(), bin_or_none(self.bin)
        unit_cost = self.unit_cost.text().strip() or None
        supplier_ref = self.supplier_ref.text()
        supplier_order = self.supplier_order.text().strip()
        return lambda: stock.receive(
            db,
            number,
            quantity,
            location,
            bin=bin,
            unit_cost=unit_cost,
            supplier_ref=supplier_ref,
            supplier_order=supplier_order,
        )


class IssueForm(_OrderMovementForm):
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
        self.outer.insertWidget(self.outer.count() - 1, self.override_box)
        self._override = False
        self.elsewhere_buttons: list[QPushButton] = []

    def work(self) -> Callable[[], list[stock.MovementRecord]]:
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
        db, quantity, location, bin = (
            self.db,
            self.quantity.text(),
            self.location.code(),
            bin_or_none(self.bin),
        )
        return lambda: stock.issue_part_to_order(
            db,
            number,
            quantity,
            location,
            order_id=order.id,
            order_number=order.number,
            bin=bin,
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


class ReturnForm(_OrderMovementForm):
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

    def work(self) -> Callable[[], stock.MovementRecord]:
        number = self.part_number()
        order = self.resolve_order()
        db, quantity, location, bin = (
            self.db,
            self.quantity.text(),
            self.location.code(),
            bin_or_none(self.bin),
        )
        faulty, reason = self.faulty.isChecked(), self.reason.text()
        return lambda: stock.return_part_from_order(
            db,
            number,
            quantity,
            location,
            order_id=order.id,
            order_number=order.number,
            bin=bin,
            faulty=faulty,
            reason=reason,
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

    def work(self) -> Callable[[], list[stock.MovementRecord]]:
        db, number, quantity = self.db, self.part_number(), self.quantity.text()
        from_location, to_location = self.from_location.code(), self.to_location.code()
        from_bin, to_bin = bin_or_none(self.from_bin), bin_or_none(self.to_bin)
        reason = self.reason.text()
        return lambda: stock.transfer(
            db,
            number,
            quantity,
            from_location,
            to_location,
            from_bin=from_bin,
            to_bin=to_bin,
            reason=reason,
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

    def work(self) -> Callable[[], stock.MovementRecord]:
        db, number, change, location = (
            self.db,
            self.part_number(),
            self.change(),
            self.location.code(),
        )
        reason, bin = self.reason.text(), bin_or_none(self.bin)
        return lambda: stock.adjust(db, number, change, location, reason=reason, bin=bin)


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

    def work(self) -> Callable[[], list[stock.MovementRecord]]:
        db, movement_id, reason = self.db, self.movement.id, self.reason.text()
        return lambda: stock.reverse(db, movement_id, reason)
