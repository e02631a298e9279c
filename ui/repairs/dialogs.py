"""The order view's dialogs: a reason for a move, a rework link, a part issued
or returned; and the whole-number field they use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, NotFound, PartOutOfStock
from fieldservice.services import repairs, stock
from ui.common import ops
from ui.common.formatting import quantity
from ui.common.forms import FieldErrors, form_layout, plain_text, save_buttons
from ui.common.tables import clear_layout
from ui.common.widgets import (
    Banner,
    label,
    link_button,
    make_room,
    primary_button,
)
from ui.common.words import tr

T = TypeVar("T")


class NumberField(QLineEdit):
    """A whole number typed in (minutes, hours); Up and Down step it."""

    def __init__(self, value: int, maximum: int, *, step: int = 1) -> None:
        super().__init__(str(value))
        self.maximum = maximum
        self.step = step
        self.setValidator(QIntValidator(0, maximum, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(90)

    def value(self) -> int:
        text = self.text().strip()
        return int(text) if text.isdigit() else 0

    def setValue(self, value: int) -> None:
        self.setText(str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = self.step if event.key() == Qt.Key.Key_Up else -self.step
            self.setValue(min(max(self.value() + step, 0), self.maximum))
            return
        super().keyPressEvent(event)


# -- dialogs -------------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Ask why (cancelling, a declined quote) and try the move; a refusal is shown
    beside the reason and nothing typed is lost."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        action: str,
        attempt: Callable[[str, QWidget, Callable[[FieldServiceError | None], None]], None],
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.moved = False
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "dialogTitle"))
        layout.addWidget(label(intro, "dialogIntro", wrap=True))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.reason = plain_text(3)
        self.errors.add_row(form, "reason", self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = primary_button(action)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self.confirm)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def confirm(self) -> bool:
        """Try the move with the reason typed: *attempt* makes it with this dialog
        busy, then answers None (done: close) or a refusal to show beside the
        reason. True when the dialog has closed on return."""
        self.errors.clear()
        self.attempt(self.reason.toPlainText(), self, self._answered)
        return self.moved

    def _answered(self, refused: FieldServiceError | None) -> None:
        if refused is None:
            self.moved = True
            self.accept()
        else:
            self.errors.show(refused)


class ReworkDialog(QDialog):
    """The customer is back with a delivered unit: what is wrong now."""

    def __init__(self, db: Database, order: repairs.OrderRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.order = order
        self.saved: repairs.OrderRecord | None = None
        self.setWindowTitle(self.tr("Rework"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Rework of %s") % order.number, "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "A delivered order stays as it was. The unit gets a new order, linked to "
                    "this one, with the same customer, priority and technician."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.fault = plain_text(3)
        self.fault.setPlaceholderText(self.tr("What the customer says is wrong now"))
        self.errors.add_row(form, "fault_reported", self.tr("Fault reported"), self.fault)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons, self.save_button = save_buttons(self, self.tr("Open rework order"))
        layout.addWidget(buttons)
        self.fault.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        db, order_id, fault = self.db, self.order.id, self.fault.toPlainText()
        return ops.save(
            self,
            lambda: repairs.reopen_as_rework(db, order_id, fault),
            self._saved,
            self.errors.show,
            busy=self,
        )

    def _saved(self, order: repairs.OrderRecord) -> None:
        self.saved = order
        self.accept()


PART_ACTIONS = {
    "request": (
        QT_TRANSLATE_NOOP("", "Request a part"),
        QT_TRANSLATE_NOOP("", "Request"),
        QT_TRANSLATE_NOOP(
            "repairs",
            "Record that this order needs a part. The order cannot pass its quality check "
            "until the part is issued.",
        ),
    ),
    "issue": (
        QT_TRANSLATE_NOOP("", "Issue a part"),
        QT_TRANSLATE_NOOP("", "Issue"),
        QT_TRANSLATE_NOOP("", "Take a part out of stock for this order."),
    ),
    "return": (
        QT_TRANSLATE_NOOP("", "Return a part"),
        QT_TRANSLATE_NOOP("", "Return"),
        QT_TRANSLATE_NOOP(
            "repairs",
            "Give back a part the order did not use, or hand in the faulty part taken "
            "out of the unit (it goes to quarantine).",
        ),
    ),
}


class PartDialog(QDialog):
    """Request, issue or return a part for an order. Too few in stock is said next
    to the quantity with where else the part is; a manager may allow it anyway."""

    def __init__(
        self,
        db: Database,
        details: repairs.OrderDetails,
        action: str,
        parent: QWidget,
        part: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.order = details.order
        self.action = action
        self.done_text = ""
        title, verb, intro = PART_ACTIONS[action]
        self.setWindowTitle(tr(title))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(f"{tr(title)} · {self.order.number}", "dialogTitle"))
        layout.addWidget(label(tr(intro), "dialogIntro", wrap=True))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()

        self.part = QComboBox()
        self.part.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.part.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Part number: scan or type"))
        fitting = stock.parts_for_product(db, self.order.product_id)
        for p in fitting:
            self.part.addItem(f"{p.part_number} · {p.description}", p.part_number)
        for used in details.parts:
            if all(used.part_number != f.part_number for f in fitting):
                self.part.addItem(f"{used.part_number} · {used.description}", used.part_number)
        completer = QCompleter(self.part.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.part.setCompleter(completer)
        self.part.setEditText(part)
        hint = self.tr("Parts that fit this product are listed; any part number can be typed.")
        self.errors.add_row(form, "part", self.tr("Part"), self.part, hint=hint)

        self.quantity = QLineEdit("1")
        self.quantity.setMaximumWidth(120)
        self.elsewhere = QWidget()
        self.elsewhere_layout = QHBoxLayout(self.elsewhere)
        self.elsewhere_layout.setContentsMargins(0, 0, 0, 0)
        self.elsewhere_layout.setSpacing(6)
        self.elsewhere.hide()
        self.errors.add_row(
            form, "quantity", self.tr("Quantity"), self.quantity, extra=self.elsewhere
        )

        self.location = QComboBox()
        self.location.setMinimumWidth(300)
        default = 0
        for loc in details.locations:
            if loc.kind == "quarantine":
                continue
            self.location.addItem(f"{loc.code} · {loc.name}", loc.code)
            if self.order.technician and loc.technician == self.order.technician:
                default = self.location.count() - 1
        self.location.setCurrentIndex(default)
        self.errors.add_row(form, "location", self.tr("From / to"), self.location)

        self.bin = QLineEdit()
        self.bin.setPlaceholderText(self.tr("Any bin (the part's usual bin first)"))
        self.bin.setMaximumWidth(260)
        if action != "request":
            self.errors.add_row(form, "bin", self.tr("Bin"), self.bin)

        self.faulty = QCheckBox(self.tr("Faulty part taken out of the unit (to quarantine)"))
        if action == "return":
            self.errors.add_row(form, "faulty", "", self.faulty)
            self.faulty.toggled.connect(lambda on: self.location.setEnabled(not on))

        self.override_box = QCheckBox(self.tr("A manager allows taking stock below zero"))
        self.override_box.hide()
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(self.tr("Manager's name"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why it is allowed"))
        self.override = QWidget()
        override_form = form_layout()
        override_layout = QVBoxLayout(self.override)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addLayout(override_form)
        self.errors.add_row(override_form, "override_by", self.tr("Manager"), self.manager)
        self.errors.add_row(override_form, "reason", self.tr("Reason"), self.override_reason)
        self.override.hide()
        self.override_box.toggled.connect(self.override.setVisible)
        self.override_box.toggled.connect(lambda _on: make_room(self.override))
        if action == "issue":
            form.addRow("", self.override_box)
            form.addRow("", self.override)
        layout.addLayout(form)
        layout.addStretch(1)

        buttons, self.save_button = save_buttons(self, tr(verb))
        layout.addWidget(buttons)
        self.part.setFocus()

    def part_number(self) -> str:
        text = self.part.currentText().strip()
        index = self.part.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.part.itemData(index))
        return text.split("·")[0].strip()

    def save(self) -> bool:
        self.errors.clear()
        typed, qty = self.part_number(), self.quantity.text().strip()
        location = str(self.location.currentData() or "")
        bin_code = self.bin.text().strip() or None
        try:
            part = stock.part_number(typed, "part")
        except FieldServiceError as exc:
            self._refused(exc)
            return False
        db, order_id, action = self.db, self.order.id, self.action
        override = self.override_box.isChecked()
        manager = self.manager.text() if override else ""
        reason = self.override_reason.text() if override else ""
        faulty = self.faulty.isChecked()
        if action == "request":
            done_text = self.tr("%s × %s requested.") % (qty, part)
        elif action == "issue":
            done_text = self.tr("%s × %s issued to this order.") % (qty, part)
        elif faulty:
            done_text = self.tr("Faulty %s handed in to quarantine.") % part
        else:
            done_text = self.tr("%s × %s returned to stock.") % (qty, part)

        def work() -> object:
            if action == "request":
                repairs.request_part(db, order_id, part, qty, location)
                return None
            if action == "issue":
                return repairs.issue_part(
                    db,
                    order_id,
                    part,
                    qty,
                    location,
                    bin=bin_code,
                    override_by=manager,
                    reason=reason,
                )
            return repairs.return_part(
                db, order_id, part, qty, location, bin=bin_code, faulty=faulty
            )

        return ops.save(
            self, work, lambda _result: self._saved(done_text), self._refused, busy=self
        )

    def _saved(self, done_text: str) -> None:
        self.done_text = done_text
        self.accept()

    def _refused(self, exc: FieldServiceError) -> None:
        if isinstance(exc, PartOutOfStock):
            self.errors.show(exc)
            self._offer_elsewhere(exc)
            return
        if exc.field in (None, "part_number") or isinstance(exc, NotFound):
            exc.field = "part"
        self.errors.show(exc)

    def _offer_elsewhere(self, exc: PartOutOfStock) -> None:
        clear_layout(self.elsewhere_layout)
        codes = [str(self.location.itemData(i)) for i in range(self.location.count())]
        for code, bin_code, qty in exc.elsewhere[:4]:
            if code not in codes:
                continue
            where = f"{code}/{bin_code}" if bin_code else code
            take = link_button(self.tr("Take from %s (%s there)") % (where, quantity(qty)))
            take.clicked.connect(lambda _checked=False, c=code, b=bin_code: self._take_from(c, b))
            self.elsewhere_layout.addWidget(take)
        self.elsewhere_layout.addStretch(1)
        self.elsewhere.setVisible(self.elsewhere_layout.count() > 1)
        self.override_box.setVisible(self.action == "issue")
        make_room(self.elsewhere)

    def _take_from(self, code: str, bin_code: str) -> None:
        for i in range(self.location.count()):
            if self.location.itemData(i) == code:
                self.location.setCurrentIndex(i)
        self.bin.setText(bin_code)
        self.errors.clear()
        self.elsewhere.hide()
