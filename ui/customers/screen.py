"""The Customers screen and the customer form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from fieldservice.db import Database
from fieldservice.services import customers, desk
from fieldservice.services.desk import CustomerView
from ui.common import ops
from ui.common.cards import CustomerCard
from ui.common.customerform import CustomerForm
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import PagedTableModel
from ui.common.pickers import customer_columns
from ui.common.widgets import EmptyState, leave_out_first


class CustomersScreen(ListScreen):
    """Every customer, searched by any words of their details, with the one
    selected shown beside the list."""

    openUnitRequested = Signal(object)
    newUnitRequested = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        card = CustomerCard()
        super().__init__(
            db,
            name="customers",
            model=PagedTableModel(
                customer_columns(card),
                count=lambda q: customers.count_customers(db, q),
                fetch=lambda q, offset, limit: customers.list_customers(
                    db, q, offset=offset, limit=limit
                ),
            ),
            card=card,
            search_placeholder=card.tr(
                "Search customers: name, phone, e-mail, company, town or number"
            ),
            new_text=card.tr("New customer"),
            empty=EmptyState(
                "customers",
                card.tr("No customer selected"),
                card.tr("Choose a customer in the list to see their details and units."),
            ),
            counted_as=(card.tr("1 customer"), card.tr("{n} customers")),
            parent=parent,
        )
        self.card: CustomerCard = card
        leave_out_first(self.table, (4, 2))  # e-mail, then company: both on the card
        self.form: CustomerForm | None = None
        card.editRequested.connect(self.edit_record)
        card.openCustomerRequested.connect(self.open_customer)
        card.openUnitRequested.connect(self.openUnitRequested)
        card.newUnitRequested.connect(self.newUnitRequested)
        card.notDuplicateRequested.connect(self.mark_not_duplicate)

    def load(self, record_id: uuid.UUID) -> CustomerView:
        return desk.customer_view(self.db, record_id)

    def show_view(self, view: CustomerView) -> None:
        self.card.show_customer(view)

    def view_id(self, view: CustomerView) -> uuid.UUID:
        return view.customer.id

    def open_customer(self, customer_id: uuid.UUID) -> None:
        """Open one customer: the list narrows to them, selected, details shown."""
        record = customers.get_customer(self.db, customer_id)
        self.open_record(customer_id, record.number)

    def mark_not_duplicate(self, customer_id: uuid.UUID) -> None:
        db = self.db
        ops.write(self, lambda: customers.mark_not_duplicate(db, customer_id)).busy(
            self.card
        ).success(lambda _result: self._marked()).run()

    def _marked(self) -> None:
        self.refresh()
        self.changed.emit()

    def new_record(self) -> CustomerForm:
        return self._open(CustomerForm(self.db, None, self))

    def new_customer(self) -> CustomerForm:
        return self.new_record()

    def edit_record(self, customer_id: uuid.UUID) -> CustomerForm:
        record = customers.get_customer(self.db, customer_id)
        return self._open(CustomerForm(self.db, record, self))

    def _open(self, form: CustomerForm) -> CustomerForm:
        form.openExistingRequested.connect(self.open_customer)
        return self.open_form(form, self._saved)

    def _saved(self, form: CustomerForm) -> None:
        if form.saved is None:
            return
        self.changed.emit()
        if form.customer is None:
            self.open_customer(form.saved.id)
        else:
            self.refresh()
