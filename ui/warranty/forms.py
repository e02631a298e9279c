"""The Warranty screen's forms: register a sold unit; amend, extend, void and
reinstate a registration.

Every form keeps what was typed when a save is refused and says why next to
the field the service names.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from fieldservice.errors import AlreadyExists, FieldServiceError, InvalidInput, NotFound
from fieldservice.services import customers, units, warranty
from fieldservice.services.coverage import warranty_end
from ui.common import theme
from ui.common.datefield import DateField
from ui.common.formdialog import FormDialog, grow, row_of
from ui.common.forms import plain_text
from ui.common.pagedmodel import display
from ui.common.pickers import CustomerPicker
from ui.common.unitforms import ProductPicker
from ui.common.widgets import EnterDoes, label, link_button, make_room
from ui.warranty.policies import PoliciesDialog, policy_summary

# Channels a person chooses when registering by hand ("import" is the dealer list's).
HAND_CHANNELS = ("front_desk", "dealer", "phone", "online")


def channel_names(widget: QObject) -> dict[str, str]:
    """The registration channels in the user's language."""
    return {
        "front_desk": widget.tr("Front desk"),
        "dealer": widget.tr("Dealer"),
        "online": widget.tr("Online"),
        "phone": widget.tr("Phone"),
        "import": widget.tr("Imported list"),
    }


class RegistrationForm(FormDialog):
    """A change to a registration: a title, an intro, fields with room for their
    errors, and Save / Cancel. Subclasses add the fields and return the change
    from :meth:`work`; the registration saved is kept in :attr:`saved`."""

    def __init__(
        self,
        title: str,
        heading: str,
        intro: str,
        save_text: str,
        parent: QWidget | None = None,
        *,
        width: int = 560,
    ) -> None:
        super().__init__(parent, width=width, spacing=14)
        self.set_texts(title, heading, intro, save_text)
        self.saved: warranty.RegistrationRecord | None = None

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        raise NotImplementedError

    def owner_not_chosen(self, picker: CustomerPicker) -> InvalidInput | None:
        if picker.customer_id is None and picker.field.text().strip():
            return InvalidInput(
                self.tr(
                    "Choose the owner from the list (press Enter to search; “New customer…” "
                    "there adds one), or click “No owner”."
                ),
                field="customer",
            )
        return None


# -- registering ---------------------------------------------------------------------------


class RegisterDialog(RegistrationForm):
    """Register the warranty of a sold unit. A scanned serial of a known unit
    fills in its product and owner; a serial registered already is refused next
    to the field, naming the certificate, with a button to open it."""

    openExistingRequested = Signal(object)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Register a warranty"),
            self.tr("Register a warranty"),
            self.tr(
                "Scan or type the serial of the unit sold. The warranty and service months "
                "come from the product's policy."
            ),
            self.tr("Register"),
            parent,
            width=640,
        )
        self.db = db
        self._existing_id: uuid.UUID | None = None
        self._checked_serial: str | None = None

        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Scan the label or type the serial number"))
        self.serial.setMaxLength(80)
        self.serial.addAction(
            theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        EnterDoes(self.serial, self._serial_entered)
        serial_notes = QWidget()
        notes_layout = QVBoxLayout(serial_notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(2)
        self.known_unit = label("", "muted", wrap=True)
        self.known_unit.hide()
        notes_layout.addWidget(self.known_unit)
        self.open_existing = link_button("", "open")
        self.open_existing.hide()
        self.open_existing.clicked.connect(self._open_existing)
        notes_layout.addWidget(self.open_existing, 0, Qt.AlignmentFlag.AlignLeft)
        self.errors.add_row(
            self.form, "serial", self.tr("Serial number"), self.serial, extra=serial_notes
        )

        self.product = ProductPicker(db)
        grow(self.product)
        policy_box = QWidget()
        policy_layout = QVBoxLayout(policy_box)
        policy_layout.setContentsMargins(0, 0, 0, 0)
        policy_layout.setSpacing(2)
        self.policy_note = label("", "muted", wrap=True)
        policy_layout.addWidget(self.policy_note)
        self.set_policy_link = link_button(self.tr("Set its warranty policy…"), "warranty")
        self.set_policy_link.hide()
        self.set_policy_link.clicked.connect(self.set_policy)
        policy_layout.addWidget(self.set_policy_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.policies: PoliciesDialog | None = None
        self.errors.add_row(
            self.form, "product", self.tr("Product"), self.product, extra=policy_box
        )
        self.owner = CustomerPicker(db)
        self.errors.add_row(
            self.form, "customer", self.tr("Owner"), self.owner, control=self.owner.field
        )
        self.purchase_date = DateField.past("purchase_date", optional=True)
        self.errors.add_row(
            self.form,
            "purchase_date",
            self.tr("Purchase date"),
            row_of(self.purchase_date),
            control=self.purchase_date.editor,
            hint=self.tr("As on the invoice: the warranty counts from this day."),
        )
        self.dealer = QLineEdit()
        self.dealer.setMaxLength(200)
        self.dealer.setPlaceholderText(self.tr("Shop that sold it, if not this centre"))
        completer = QCompleter(warranty.list_dealers(db), self.dealer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.dealer.setCompleter(completer)
        self.errors.add_row(self.form, "dealer", self.tr("Dealer"), self.dealer)
        self.invoice = QLineEdit()
        self.invoice.setMaxLength(100)
        self.errors.add_row(self.form, "invoice_ref", self.tr("Invoice reference"), self.invoice)
        self.channel = QComboBox()
        self.channel.setMinimumWidth(160)
        names = channel_names(self)
        for key in HAND_CHANNELS:
            self.channel.addItem(names[key], key)
        self.registered_on = DateField.past("registered_on")
        self.errors.add_row(
            self.form, "channel", self.tr("Channel"), row_of(self.channel), control=self.channel
        )
        self.errors.add_row(
            self.form,
            "registered_on",
            self.tr("Registered on"),
            row_of(self.registered_on),
            control=self.registered_on.editor,
        )
        self.notes = plain_text(2)
        self.errors.add_row(self.form, "notes", self.tr("Notes"), self.notes)

        self.serial.textEdited.connect(self._serial_edited)
        self.serial.editingFinished.connect(self.check_serial)
        self.product.currentIndexChanged.connect(lambda _i: self._show_policy())
        self.product.editTextChanged.connect(lambda _t: self._show_policy())
        self._show_policy()
        self.serial.setFocus()

    # -- the serial --------------------------------------------------------------------

    def _serial_entered(self) -> None:
        # A scanner ends with Enter: look the serial up and move on, do not save yet.
        self.check_serial()
        self._next_field().setFocus(Qt.FocusReason.TabFocusReason)

    def _next_field(self) -> QWidget:
        if self.product.product_id() is None:
            return self.product
        if self.owner.customer_id is None:
            return self.owner.field
        return self.purchase_date

    def _serial_edited(self, _text: str) -> None:
        self.open_existing.hide()

    def check_serial(self) -> None:
        """Say what is known about the serial typed: a unit of ours (its product and
        owner are filled in) or a registration already made."""
        text = self.serial.text().strip()
        if text == self._checked_serial:
            return
        self._checked_serial = text
        self.known_unit.hide()
        self.open_existing.hide()
        if not text:
            return
        unit = units.find_by_serial(self.db, text)
        if unit is None:
            self.known_unit.setText(self.tr("A new serial: the unit is added as it is registered."))
            self.known_unit.show()
            return
        owner = self.tr("no owner recorded")
        if unit.customer_id is not None:
            record = customers.get_customer(self.db, unit.customer_id)
            self.owner.set_customer(record)
            owner = f"{record.name} ({record.number})"
        self.product.set_product(unit.product_id)
        if unit.purchase_date is not None and self.purchase_date.value() is None:
            self.purchase_date.set_value(unit.purchase_date)
        self.known_unit.setText(self.tr("Known unit: %s, owner %s.") % (unit.product_name, owner))
        self.known_unit.show()
        registered = warranty.find_by_serial(self.db, text)
        if registered is not None:
            self._point_at(registered.id, registered.number)
        make_room(self.known_unit)

    def _point_at(self, registration_id: uuid.UUID, number: str) -> None:
        self._existing_id = registration_id
        self.open_existing.setText(self.tr("Open certificate %s") % number)
        self.open_existing.show()
        make_room(self.open_existing)

    def _open_existing(self) -> None:
        if self._existing_id is not None:
            self.openExistingRequested.emit(self._existing_id)
            self.discard()

    # -- the product's policy ----------------------------------------------------------

    def _show_policy(self) -> None:
        product_id = self.product.product_id()
        if product_id is None:
            self.policy_note.hide()
            self.set_policy_link.hide()
            return
        policy = warranty.get_policy(self.db, product_id)
        if policy is None:
            self.policy_note.setText(
                self.tr("This product has no warranty policy yet: set one before registering.")
            )
        else:
            self.policy_note.setText(policy_summary(self, policy))
        self.policy_note.show()
        self.set_policy_link.setVisible(policy is None)

    def set_policy(self) -> PoliciesDialog:
        """Open the policies at the chosen product, to give it one."""
        self.policies = PoliciesDialog(self.db, self, select=self.product.product_id())
        self.policies.policySaved.connect(self._policy_set)
        self.policies.open()
        return self.policies

    def _policy_set(self, _policy: warranty.PolicyRecord) -> None:
        self._show_policy()
        self.errors.clear_field("product")

    # -- saving ------------------------------------------------------------------------

    def draft(self) -> warranty.RegistrationDraft:
        return warranty.RegistrationDraft(
            serial=self.serial.text(),
            product_id=self.product.product_id(),
            purchase_date=self.purchase_date.value(),
            customer_id=self.owner.customer_id,
            dealer=self.dealer.text(),
            invoice_ref=self.invoice.text(),
            channel=self.channel.currentData(),
            registered_on=self.registered_on.value(),
            notes=self.notes.toPlainText(),
        )

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        problem = self.owner_not_chosen(self.owner)
        if problem is not None:
            raise problem
        db, draft = self.db, self.draft()
        return lambda: warranty.register(db, draft)

    def refused(self, exc: FieldServiceError) -> None:
        super().refused(exc)
        if isinstance(exc, AlreadyExists) and exc.existing_id is not None:
            try:
                existing = warranty.get_registration(self.db, exc.existing_id)
            except NotFound:
                return
            self._point_at(existing.id, existing.number)


# -- changes after registration ------------------------------------------------------------


class AmendDialog(RegistrationForm):
    """Correct the purchase date, owner, dealer or invoice, with the reason."""

    def __init__(self, db, record: warranty.RegistrationRecord, parent=None) -> None:
        super().__init__(
            self.tr("Amend registration"),
            self.tr("Amend %s") % record.number,
            self.tr(
                "Correct what was recorded wrongly. Each change is kept in the history "
                "with the old value and your reason."
            ),
            self.tr("Save changes"),
            parent,
            width=600,
        )
        self.db = db
        self.record = record
        self.purchase_date = DateField.past("purchase_date", record.purchase_date, optional=True)
        self.errors.add_row(
            self.form,
            "purchase_date",
            self.tr("Purchase date"),
            row_of(self.purchase_date),
            control=self.purchase_date.editor,
        )
        self.owner = CustomerPicker(db)
        if record.customer_id is not None:
            try:
                self.owner.set_customer(customers.get_customer(db, record.customer_id))
            except NotFound:
                self.owner.set_customer(None)
        else:
            self.owner.set_customer(None)
        self.errors.add_row(
            self.form, "customer", self.tr("Owner"), self.owner, control=self.owner.field
        )
        self.dealer = QLineEdit(record.dealer)
        self.dealer.setMaxLength(200)
        self.errors.add_row(self.form, "dealer", self.tr("Dealer"), self.dealer)
        self.invoice = QLineEdit(record.invoice_ref)
        self.invoice.setMaxLength(100)
        self.errors.add_row(self.form, "invoice_ref", self.tr("Invoice reference"), self.invoice)
        self.reason = plain_text(2)
        self.reason.setPlaceholderText(self.tr("Why: e.g. the date on the invoice is the 14th"))
        self.errors.add_row(self.form, "reason", self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        problem = self.owner_not_chosen(self.owner)
        if problem is not None:
            raise problem
        db, record_id, reason = self.db, self.record.id, self.reason.toPlainText()
        purchase_date, customer_id = self.purchase_date.value(), self.owner.customer_id
        dealer, invoice_ref = self.dealer.text(), self.invoice.text()
        return lambda: warranty.amend(
            db,
            record_id,
            reason=reason,
            purchase_date=purchase_date,
            customer_id=customer_id,
            dealer=dealer,
            invoice_ref=invoice_ref,
        )


class ExtendDialog(RegistrationForm):
    """Add months to a warranty; the service period moves with it."""

    def __init__(self, db, record: warranty.RegistrationRecord, parent=None) -> None:
        super().__init__(
            self.tr("Extend warranty"),
            self.tr("Extend %s") % record.number,
            self.tr("The service period moves with the warranty's end."),
            self.tr("Extend"),
            parent,
            width=540,
        )
        self.db = db
        self.record = record
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.months.setMinimumWidth(140)
        self.new_end = label("", "muted", wrap=True)
        self.errors.add_row(
            self.form,
            "months",
            self.tr("Add"),
            row_of(self.months),
            control=self.months,
            extra=self.new_end,
        )
        self.reason = plain_text(2)
        self.reason.setPlaceholderText(self.tr("e.g. goodwill after a repeated repair"))
        self.errors.add_row(self.form, "reason", self.tr("Reason"), self.reason)
        self.months.valueChanged.connect(self._show_new_end)
        self._show_new_end()
        self.months.setFocus()
        self.months.selectAll()

    def _show_new_end(self) -> None:
        r = self.record
        end = warranty_end(
            r.purchase_date, r.warranty_months, r.extension_months + self.months.value()
        )
        self.new_end.setText(
            self.tr("The warranty will end on %s instead of %s.")
            % (display(end), display(r.warranty_end))
        )

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        db, record_id = self.db, self.record.id
        months, reason = self.months.value(), self.reason.toPlainText()
        return lambda: warranty.extend(db, record_id, months, reason)


class VoidDialog(RegistrationForm):
    """Refuse warranty for one of the policy's void conditions, with a note."""

    def __init__(self, db, record: warranty.RegistrationRecord, parent=None) -> None:
        super().__init__(
            self.tr("Void warranty"),
            self.tr("Void the warranty of %s") % record.serial,
            self.tr(
                "A void warranty covers nothing, whatever its dates: repairs are charged. "
                "It can be reinstated later, with a reason."
            ),
            self.tr("Void warranty"),
            parent,
            width=560,
        )
        self.db = db
        self.record = record
        policy = warranty.get_policy(db, record.product_id)
        conditions = policy.void_conditions if policy else warranty.DEFAULT_VOID_CONDITIONS
        self.reason = QComboBox()
        grow(self.reason)
        self.reason.addItems(list(conditions))
        self.reason.setPlaceholderText(self.tr("Choose the reason"))
        self.reason.setCurrentIndex(-1)
        self.errors.add_row(
            self.form,
            "reason",
            self.tr("Reason"),
            self.reason,
            hint=self.tr("The void conditions of the product's warranty policy."),
        )
        self.note = plain_text(3)
        self.note.setPlaceholderText(self.tr("What was found, e.g. water marks on the board"))
        self.errors.add_row(self.form, "note", self.tr("Note"), self.note)
        self.reason.setFocus()

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        if self.reason.currentIndex() < 0:
            raise InvalidInput(self.tr("Choose the reason from the list."), field="reason")
        db, record_id = self.db, self.record.id
        reason, note = self.reason.currentText(), self.note.toPlainText()
        return lambda: warranty.void(db, record_id, reason, note)


class ReinstateDialog(RegistrationForm):
    """Undo a void, with the reason."""

    def __init__(self, db, record: warranty.RegistrationRecord, parent=None) -> None:
        voided = record.void_reason or ""
        when = display(record.voided_on) if record.voided_on else ""
        super().__init__(
            self.tr("Reinstate warranty"),
            self.tr("Reinstate the warranty of %s") % record.serial,
            self.tr("It was voided for “%s” on %s by %s.")
            % (voided, when, record.voided_by or self.tr("someone")),
            self.tr("Reinstate"),
            parent,
            width=540,
        )
        self.db = db
        self.record = record
        self.reason = plain_text(3)
        self.reason.setPlaceholderText(
            self.tr("e.g. the fault was a leaking pump, not the customer's doing")
        )
        self.errors.add_row(self.form, "reason", self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def work(self) -> Callable[[], warranty.RegistrationRecord]:
        db, record_id, reason = self.db, self.record.id, self.reason.toPlainText()
        return lambda: warranty.reinstate(db, record_id, reason)
