"""The customer form: a new customer or an edit, from any area that needs one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.services import customers
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text, save_buttons
from ui.common.widgets import Banner, counted, label


class CustomerForm(EditingDialog):
    """Add or edit a customer. A refused save says why next to the field and keeps
    everything typed; a phone number used by another customer is pointed out."""

    openExistingRequested = Signal(object)

    def __init__(
        self,
        db: Database,
        customer: customers.CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.customer = customer
        self.saved: customers.CustomerRecord | None = None
        self._accepted_phone: str | None = None
        self.setWindowTitle(
            self.tr("New customer") if customer is None else self.tr("Edit customer")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        heading = (
            self.tr("New customer") if customer is None else self.tr("Edit %s") % customer.number
        )
        layout.addWidget(label(heading, "dialogTitle"))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.company = QLineEdit()
        self.company.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0113 496 0123 or +49 30 1234567"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.address = plain_text(3)
        self.notes = plain_text(3)
        self.errors.add_row(form, "name", self.tr("Name"), self.name)
        self.errors.add_row(form, "company", self.tr("Company"), self.company)
        self.errors.add_row(form, "phone", self.tr("Phone"), self.phone)
        self.errors.add_row(form, "email", self.tr("E-mail"), self.email)
        self.errors.add_row(form, "address", self.tr("Address"), self.address)
        self.errors.add_row(form, "notes", self.tr("Notes"), self.notes)
        layout.addLayout(form)
        buttons, self.save_button = save_buttons(self, self.tr("Save"))
        layout.addWidget(buttons)
        self.set_main_button(self.save_button)
        self.phone.editingFinished.connect(self._check_phone)
        if customer is not None:
            self.name.setText(customer.name)
            self.company.setText(customer.company)
            self.phone.setText(customer.phone)
            self.email.setText(customer.email)
            self.address.setPlainText(customer.address)
            self.notes.setPlainText(customer.notes)
        self.name.setFocus()

    def draft(self) -> customers.CustomerDraft:
        return customers.CustomerDraft(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            company=self.company.text(),
            notes=self.notes.toPlainText(),
        )

    # -- the phone number shared with someone else -----------------------------------

    def others_with_phone(self) -> list[customers.CustomerRecord]:
        """Other customers with the phone number typed (none if it is unchanged)."""
        phone = self.phone.text().strip()
        if not phone:
            return []
        found = customers.find_by_phone(self.db, phone)
        if self.customer is not None:
            if any(c.phone_key == self.customer.phone_key for c in found):
                return []  # the number did not change: it was checked when it was saved
            found = [c for c in found if c.id != self.customer.id]
        return found

    def _check_phone(self) -> None:
        others = self.others_with_phone()
        if others and self._accepted_phone != self.phone.text().strip():
            self._warn_phone(others)
        elif self.banner.property("kind") == "warning":
            self.banner.clear()

    def _warn_phone(self, others: list[customers.CustomerRecord]) -> None:
        first = others[0]
        text = self.tr("This phone number is already used by %s (%s).") % (
            first.name,
            first.number,
        )
        if len(others) > 1:
            text += " " + counted(
                len(others) - 1,
                self.tr("1 other customer has it too."),
                self.tr("{n} other customers have it too."),
            )
        text += " " + self.tr(
            "If it is the same person, open their record instead. Families and companies "
            "sometimes share a phone: then save anyway, and the new record is marked as a "
            "possible duplicate for someone to check."
        )
        self.banner.show_message(
            "warning",
            text,
            [
                (self.tr("Open %s") % first.name, lambda: self._open_existing(first.id)),
                (self.tr("Save anyway"), self.save_anyway),
            ],
        )

    def _open_existing(self, customer_id: uuid.UUID) -> None:
        self.openExistingRequested.emit(customer_id)
        self.discard()

    def save_anyway(self) -> None:
        self._accepted_phone = self.phone.text().strip()
        self.save()

    # -- saving ---------------------------------------------------------------------

    def save(self) -> bool:
        """Save what is typed; on refusal, show why and keep the dialog open."""
        self.errors.clear()
        others = self.others_with_phone()
        if others and self._accepted_phone != self.phone.text().strip():
            self._warn_phone(others)
            return False
        db, draft, customer = self.db, self.draft(), self.customer
        if customer is None:
            return self.submit(lambda: customers.create_customer(db, draft), self._saved)
        return self.submit(lambda: customers.update_customer(db, customer.id, draft), self._saved)

    def _saved(self, record: customers.CustomerRecord) -> None:
        self.saved = record
        self.accept()
