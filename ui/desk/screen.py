"""The Desk: scan a tag or type what the customer says, and see the record.

The big field takes a serial, a phone number, a customer or document number
or a name; the main window has it looked up (:meth:`DeskScreen.look_up`: one
trip into the core that brings the card with the answer) and shows the answer
here as a card.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import customers, desk, lookup, units
from fieldservice.services.desk import CustomerView, ScanResult, UnitView
from ui.common import ops, theme
from ui.common.cards import CustomerCard, UnitCard
from ui.common.customerform import CustomerForm
from ui.common.unitforms import UnitForm
from ui.common.widgets import EmptyState, label

CONTENT_WIDTH = 920


class ScanEntry(QLineEdit):
    """The Desk's large scan field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heroScan")
        self.setPlaceholderText(
            self.tr("Scan a tag, or type a serial, phone, customer number or name")
        )
        self.setClearButtonEnabled(True)
        self.addAction(theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition)


class DeskScreen(QWidget):
    """Scan prompt on top, the record found below."""

    lookupRequested = Signal(str)
    openUnitRequested = Signal(object)
    openCustomerRequested = Signal(object)
    # Intake for a unit, and one of its orders, open on the Repair orders screen.
    newRepairOrderRequested = Signal(object)
    openOrderRequested = Signal(object)
    changed = Signal()

    WELCOME, UNIT, CUSTOMER, MESSAGE = range(4)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form: CustomerForm | UnitForm | None = None
        self.unit_view: UnitView | None = None
        self.customer_view: CustomerView | None = None
        # The answer to the scan being handled: its card is shown without a second trip.
        self._answer: ScanResult | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        row = QHBoxLayout(page)
        row.setContentsMargins(28, 26, 28, 26)
        row.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(CONTENT_WIDTH)
        column.setMinimumWidth(min(CONTENT_WIDTH, 560))
        row.addWidget(column, 8)
        row.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        layout.addWidget(label(self.tr("What is in front of you?"), "placeholderTitle"))
        self.scan = ScanEntry()
        layout.addWidget(self.scan)
        self.hint = label(
            self.tr(
                "A USB scanner works from anywhere in the window: just scan. "
                "Press F2 or Ctrl+K to come back to this field."
            ),
            "scanHint",
            wrap=True,
        )
        layout.addWidget(self.hint)
        layout.addSpacing(8)

        # One answer shown at a time; the hidden ones take no room (a stacked
        # widget would be as tall as the tallest of them).
        self.results = QVBoxLayout()
        self.results.setContentsMargins(0, 0, 0, 0)
        self._showing = self.WELCOME
        self.welcome = EmptyState(
            "desk",
            self.tr("Ready for the next customer"),
            self.tr(
                "Scan the QR tag or the serial label of a unit to see its owner and details, "
                "or look a customer up by phone number, customer number or name."
            ),
        )
        self.unit_card = UnitCard(open_button=True, order_button=True)
        self.customer_card = CustomerCard(open_button=True)
        self.message = EmptyState("search", "", "")
        self._answers = (self.welcome, self.unit_card, self.customer_card, self.message)
        for widget in self._answers:
            self.results.addWidget(widget)
        layout.addLayout(self.results)
        self._show(self.WELCOME)
        layout.addStretch(1)

        self.scan.returnPressed.connect(self._scanned)
        self.unit_card.openUnitRequested.connect(self.openUnitRequested)
        self.unit_card.openCustomerRequested.connect(self.show_customer)
        self.unit_card.editRequested.connect(self.edit_unit)
        self.unit_card.newOrderRequested.connect(self.newRepairOrderRequested)
        self.unit_card.openOrderRequested.connect(self.openOrderRequested)
        self.customer_card.openCustomerRequested.connect(self.openCustomerRequested)
        self.customer_card.openUnitRequested.connect(self.show_unit)
        self.customer_card.editRequested.connect(self.edit_customer)
        self.customer_card.newUnitRequested.connect(self.new_unit_for)
        self.customer_card.notDuplicateRequested.connect(self._not_duplicate)

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if text:
            self.lookupRequested.emit(text)
        self.scan.selectAll()

    def showing(self) -> int:
        return self._showing

    def _show(self, which: int) -> None:
        self._showing = which
        for number, widget in enumerate(self._answers):
            widget.setVisible(number == which)

    # -- answers --------------------------------------------------------------------

    def look_up(self, text: str, done: Callable[[lookup.LookupResult], None]) -> None:
        """Look *text* up in one trip into the core (:func:`desk.scan`), then hand
        what it names to *done*; while *done* runs, :meth:`show_unit` and
        :meth:`show_customer` show the card that came with the answer."""
        ops.Op(self, lambda: desk.scan(self.db, text)).success(
            lambda answer: self._answered(answer, done)
        ).run()

    def _answered(self, answer: ScanResult, done: Callable[[lookup.LookupResult], None]) -> None:
        self._answer = answer
        try:
            done(answer.found)
        finally:
            self._answer = None

    def show_unit(self, unit_id: uuid.UUID) -> None:
        answer = self._answer
        if answer is not None and answer.unit is not None and answer.unit.unit.id == unit_id:
            self._show_unit_view(answer.unit)
            return
        ops.Op(self, lambda: desk.unit_view(self.db, unit_id)).success(self._show_unit_view).run()

    def _show_unit_view(self, view: UnitView) -> None:
        self.unit_view = view
        self.unit_card.show_unit(view)
        self._show(self.UNIT)

    def show_customer(self, customer_id: uuid.UUID) -> None:
        answer = self._answer
        if (
            answer is not None
            and answer.customer is not None
            and answer.customer.customer.id == customer_id
        ):
            self._show_customer_view(answer.customer)
            return
        ops.Op(self, lambda: desk.customer_view(self.db, customer_id)).success(
            self._show_customer_view
        ).run()

    def _show_customer_view(self, view: CustomerView) -> None:
        self.customer_view = view
        self.customer_card.show_customer(view)
        self._show(self.CUSTOMER)

    def show_message(self, icon: str, title: str, text: str) -> None:
        self.message.icon.setPixmap(theme.pixmap(icon, 48, "#9aa8b8"))
        self.message.set_text(title, text)
        self._show(self.MESSAGE)

    def show_not_found(self, text: str) -> None:
        self.show_message(
            "search",
            self.tr("Nothing found for “%s”") % text,
            self.tr(
                "No unit has this serial number, and no customer has this phone number, "
                "customer number or name. Check the spelling, try fewer words, or register "
                "the unit or customer."
            ),
        )

    def show_remote_unit(self, query: str, summary: str) -> None:
        """A serial known at the head office only (registered at another centre)."""
        self.show_message(
            "sync",
            self.tr("“%s” is registered at another centre") % query,
            summary
            + " "
            + self.tr("Shown read only, as the head office has it; the record stays there."),
        )

    def refresh(self) -> None:
        current = self._showing
        if current == self.UNIT and self.unit_view is not None:
            self.show_unit(self.unit_view.unit.id)
        elif current == self.CUSTOMER and self.customer_view is not None:
            self.show_customer(self.customer_view.customer.id)

    # -- editing from the desk ------------------------------------------------------

    def edit_unit(self, unit_id: uuid.UUID) -> UnitForm:
        form = UnitForm(self.db, units.get_unit(self.db, unit_id), self)
        form.openExistingRequested.connect(self.show_unit)
        return self._open(form)

    def new_unit_for(self, customer_id: uuid.UUID) -> UnitForm:
        form = UnitForm(self.db, None, self, owner=customers.get_customer(self.db, customer_id))
        form.openExistingRequested.connect(self.show_unit)
        return self._open(form)

    def edit_customer(self, customer_id: uuid.UUID) -> CustomerForm:
        form = CustomerForm(self.db, customers.get_customer(self.db, customer_id), self)
        form.openExistingRequested.connect(self.show_customer)
        return self._open(form)

    def _open(self, form):
        self.form = form
        form.accepted.connect(self._saved)
        form.open()
        return form

    def _saved(self) -> None:
        self.changed.emit()
        self.refresh()

    def _not_duplicate(self, customer_id: uuid.UUID) -> None:
        db = self.db
        ops.write(self, lambda: customers.mark_not_duplicate(db, customer_id)).busy(
            self.customer_card
        ).success(lambda _result: self._marked(customer_id)).run()

    def _marked(self, customer_id: uuid.UUID) -> None:
        self.changed.emit()
        self.show_customer(customer_id)
