"""Choosing a customer: from the matches of a scan, or by searching."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import customers, lookup
from ui.common import theme
from ui.common.cards import one_line, town
from ui.common.pagedmodel import Column, PagedTableModel
from ui.common.widgets import EnterDoes, SearchBox, counted, label, make_table

if TYPE_CHECKING:
    from ui.common.customerform import CustomerForm


def customer_columns(widget: QWidget) -> list[Column[customers.CustomerRow]]:
    """The columns of a customers list (shared by the Customers screen and the pickers)."""
    flagged = theme.icon("warning", theme.WARNING)
    return [
        Column(widget.tr("Number"), lambda r: r.number, width=142),
        Column(
            widget.tr("Name"),
            lambda r: r.name,
            width=160,
            icon=lambda r: flagged if r.flagged_duplicate else None,
            tooltip=lambda r: (
                widget.tr("Possible duplicate: another customer has the same phone number")
                if r.flagged_duplicate
                else None
            ),
        ),
        Column(widget.tr("Company"), lambda r: r.company, width=150),
        Column(widget.tr("Phone"), lambda r: r.phone, width=120),
        Column(widget.tr("E-mail"), lambda r: r.email, width=230),
        Column(
            widget.tr("Town"),
            lambda r: town(r.address),
            width=150,
            stretch=True,
            tooltip=lambda r: one_line(r.address) or None,
        ),
    ]


class ListChoiceDialog(QDialog):
    """A dialog that chooses one row of a paged list: a double-click, Enter on a
    row, or Choose (the first row when none is selected)."""

    model: PagedTableModel
    table: QTableView
    chosen: object

    def add_list(self, layout: QVBoxLayout) -> QTableView:
        """The table of ``self.model``, added to *layout*."""
        table = make_table(self.model, self)
        table.doubleClicked.connect(self._choose_index)
        table.activated.connect(self._choose_index)
        layout.addWidget(table, 1)
        return table

    def _choose_index(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.chosen = row
            self.accept()

    def _choose_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._choose_index(index)


class PickCustomerDialog(ListChoiceDialog):
    """A list of customers to choose one from.

    Either the fixed *rows* (several customers matched a scan) or, given *db*,
    a search over all customers starting from *search*. A search also offers
    "New customer…": the customer form, filled in with what was searched, and
    the customer saved there is the one chosen.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        rows: Sequence[customers.CustomerRow] | None = None,
        db: Database | None = None,
        search: str = "",
        title: str = "",
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a customer"))
        self.resize(860, 480)
        self.db = db
        self.chosen: customers.CustomerRow | customers.CustomerRecord | None = None
        self.customer_form: CustomerForm | None = None
        self.new_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        if intro:
            layout.addWidget(label(intro, "dialogIntro", wrap=True))
        self.search: SearchBox | None = None
        if rows is not None:
            fixed = list(rows)
            self.model = PagedTableModel(
                customer_columns(self),
                count=lambda _q: len(fixed),
                fetch=lambda _q, offset, limit: fixed[offset : offset + limit],
                parent=self,
            )
        else:
            assert db is not None
            self.search = SearchBox(self.tr("Name, phone, e-mail, town or customer number"))
            self.search.setText(search)
            layout.addWidget(self.search)
            self.model = PagedTableModel(
                customer_columns(self),
                count=lambda q: customers.count_customers(db, q),
                fetch=lambda q, offset, limit: customers.list_customers(
                    db, q, offset=offset, limit=limit
                ),
                query=search.strip(),
                parent=self,
            )
            self.search.searchChanged.connect(self.model.set_query)
            self.search.returnPressed.connect(self._focus_table)
        self.table = self.add_list(layout)
        buttons = QDialogButtonBox()
        self.open_button: QPushButton = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setProperty("primary", True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if self.search is not None:
            self.new_button = buttons.addButton(
                self.tr("New customer…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.new_button.clicked.connect(self.new_customer)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("counter")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.model.totalChanged.connect(self._show_total)
        self.model.pageLoaded.connect(self._select_first)
        self._show_total(self.model.total())
        self._select_first()

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.status.clear()
        elif total == 0:
            self.status.setText(self.tr("No customer matches."))
        else:
            self.status.setText(counted(total, self.tr("1 customer"), self.tr("{n} customers")))

    def _select_first(self, _page: int = 0) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self._select_first()

    def choose(self, customer_id: uuid.UUID) -> None:
        """Choose the listed customer *customer_id* (as a double-click would)."""
        row = self.model.find_key(customer_id)
        if row is None:
            raise LookupError(f"customer {customer_id} is not listed")
        self._choose_index(self.model.index(row, 0))

    # -- a customer not found: added here --------------------------------------------

    def new_customer(self) -> CustomerForm:
        """Open the customer form (the one of the Customers screen), filled in with
        the search: a phone number goes to the phone, anything else to the name."""
        # Imported here: ui.customers lists customers with this module's columns.
        from ui.common.customerform import CustomerForm

        assert self.db is not None and self.search is not None
        form = CustomerForm(self.db, None, self)
        typed = self.search.text().strip()
        if lookup.looks_like_phone(typed):
            form.phone.setText(typed)
        else:
            form.name.setText(typed)
        form.accepted.connect(lambda: self._added(form))
        form.openExistingRequested.connect(self._choose_existing)
        self.customer_form = form
        form.open()
        return form

    def _added(self, form: CustomerForm) -> None:
        if form.saved is not None:
            self.chosen = form.saved
            self.accept()

    def _choose_existing(self, customer_id: uuid.UUID) -> None:
        # The form found the phone number on a customer already known: that is the one.
        assert self.db is not None
        self.chosen = customers.get_customer(self.db, customer_id)
        self.accept()


class CustomerPicker(QWidget):
    """The owner of a unit: shows the chosen customer; Choose… opens a search."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.customer_id: uuid.UUID | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Name or phone, then Enter"))
        self.field.addAction(
            theme.icon("user", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        EnterDoes(self.field, self.choose)
        self.field.textEdited.connect(self._typed)
        layout.addWidget(self.field, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(self.choose_button)
        self.clear_button = QPushButton(self.tr("No owner"))
        self.clear_button.clicked.connect(lambda: self.set_customer(None))
        layout.addWidget(self.clear_button)
        self.dialog: PickCustomerDialog | None = None
        self.setFocusProxy(self.field)

    def set_customer(
        self, customer: customers.CustomerRecord | customers.CustomerRow | None
    ) -> None:
        if customer is None:
            self.customer_id = None
            self.field.clear()
        else:
            self.customer_id = customer.id
            parts = [customer.name, customer.phone, customer.number]
            self.field.setText(" · ".join(p for p in parts if p))
            self.field.setCursorPosition(0)
        self.clear_button.setEnabled(customer is not None)

    def _typed(self, _text: str) -> None:
        # Typing replaces a chosen owner: the text is now a search, not a choice.
        self.customer_id = None
        self.clear_button.setEnabled(bool(self.field.text()))

    def choose(self) -> None:
        search = "" if self.customer_id is not None else self.field.text().strip()
        self.dialog = PickCustomerDialog(
            self,
            db=self.db,
            search=search,
            title=self.tr("Choose the owner"),
        )
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()

    def _chosen(self) -> None:
        if self.dialog is not None and self.dialog.chosen is not None:
            self.set_customer(self.dialog.chosen)
            self.field.setFocus()
