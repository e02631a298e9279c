"""The Warranty screen's dialogs: register a sold unit, amend, extend, void and
reinstate a registration, print certificates in a batch, import a dealer's list
and its report, and the products' warranty policies.

Every dialog keeps what was typed when a save is refused and says why next to
the field the service names; long work (a batch of certificates, an import)
runs through :mod:`ui.common.ops` with a progress bar and Cancel.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.errors import AlreadyExists, FieldServiceError, InvalidInput, NotFound
from fieldservice.services import customers, units, warranty
from fieldservice.services.coverage import warranty_end
from fieldservice.services.csvfiles import ImportReport, RowError
from ui.common import ops, pdfpreview, theme
from ui.common.datefield import DateField
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text
from ui.common.pagedmodel import Column, PagedTableModel, display
from ui.common.pickers import CustomerPicker
from ui.common.widgets import (
    Banner,
    button,
    counted,
    label,
    link_button,
    make_room,
    make_table,
    primary_button,
)
from ui.units.screen import ProductPicker

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


def months_text(widget: QObject, count: int) -> str:
    return counted(count, widget.tr("1 month"), widget.tr("{n} months"))


def policy_summary(widget: QObject, policy: warranty.PolicyRecord) -> str:
    """ "24 months' warranty, then 36 months' service (chargeable)"."""
    if policy.service_months:
        return widget.tr("%s warranty, then %s service (chargeable)") % (
            months_text(widget, policy.warranty_months),
            months_text(widget, policy.service_months),
        )
    return widget.tr("%s warranty, no service period") % months_text(widget, policy.warranty_months)


def _grow(widget: QWidget) -> QWidget:
    """Let *widget* take the width of the form (combo boxes keep their text's width)."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    return widget


def _row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return row


class _Form(EditingDialog):
    """A dialog with a title, an intro, fields with room for their errors, and
    Save / Cancel. Subclasses add the fields and say what saving does."""

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
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.saved: warranty.RegistrationRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(heading, "dialogTitle", wrap=True))
        if intro:
            layout.addWidget(label(intro, "dialogIntro", wrap=True))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = form_layout()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.save_button = primary_button(save_text)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.set_main_button(self.save_button)
        layout.addWidget(buttons)

    def apply(self) -> warranty.RegistrationRecord:
        raise NotImplementedError

    def refused(self, exc: FieldServiceError) -> None:
        """Called after a refusal is shown (subclasses point at related records)."""

    def save(self) -> bool:
        """Save what is typed; on refusal, show why and keep the dialog open."""
        self.errors.clear()
        try:
            self.saved = self.apply()
        except FieldServiceError as exc:
            self.errors.show(exc)
            self.refused(exc)
            return False
        self.accept()
        return True

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


class RegisterDialog(_Form):
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
        self.serial.installEventFilter(self)
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
        _grow(self.product)
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
            _row_of(self.purchase_date),
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
            self.form, "channel", self.tr("Channel"), _row_of(self.channel), control=self.channel
        )
        self.errors.add_row(
            self.form,
            "registered_on",
            self.tr("Registered on"),
            _row_of(self.registered_on),
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner ends with Enter: look the serial up and move on, do not save yet.
        if (
            watched is self.serial
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.check_serial()
            self._next_field().setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

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

    def apply(self) -> warranty.RegistrationRecord:
        problem = self.owner_not_chosen(self.owner)
        if problem is not None:
            raise problem
        return warranty.register(self.db, self.draft())

    def refused(self, exc: FieldServiceError) -> None:
        if isinstance(exc, AlreadyExists) and exc.existing_id is not None:
            try:
                existing = warranty.get_registration(self.db, exc.existing_id)
            except NotFound:
                return
            self._point_at(existing.id, existing.number)


# -- changes after registration ------------------------------------------------------------


class AmendDialog(_Form):
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
            _row_of(self.purchase_date),
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

    def apply(self) -> warranty.RegistrationRecord:
        problem = self.owner_not_chosen(self.owner)
        if problem is not None:
            raise problem
        return warranty.amend(
            self.db,
            self.record.id,
            reason=self.reason.toPlainText(),
            purchase_date=self.purchase_date.value(),
            customer_id=self.owner.customer_id,
            dealer=self.dealer.text(),
            invoice_ref=self.invoice.text(),
        )


class ExtendDialog(_Form):
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
            _row_of(self.months),
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

    def apply(self) -> warranty.RegistrationRecord:
        return warranty.extend(
            self.db, self.record.id, self.months.value(), self.reason.toPlainText()
        )


class VoidDialog(_Form):
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
        _grow(self.reason)
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

    def apply(self) -> warranty.RegistrationRecord:
        if self.reason.currentIndex() < 0:
            raise InvalidInput(self.tr("Choose the reason from the list."), field="reason")
        return warranty.void(
            self.db, self.record.id, self.reason.currentText(), self.note.toPlainText()
        )


class ReinstateDialog(_Form):
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

    def apply(self) -> warranty.RegistrationRecord:
        return warranty.reinstate(self.db, self.record.id, self.reason.toPlainText())


# -- batch printing ------------------------------------------------------------------------


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class BatchPrintDialog(EditingDialog):
    """Certificates of a dealer's delivery, written into one PDF, one per page."""

    progressed = Signal(int, int)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids: list[uuid.UUID] = []
        self.written: Path | None = None
        self.op: ops.Op | None = None
        self.preview_dialog: pdfpreview.PdfPreviewDialog | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Print certificates"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Print certificates in a batch"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Choose a delivery by dealer, invoice or registration dates. Every "
                    "matching certificate is written into one PDF, one per page."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        form = form_layout()
        self.dealer = QComboBox()
        _grow(self.dealer)
        self.dealer.setEditable(True)
        self.dealer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.dealer.addItem("")
        self.dealer.addItems(warranty.list_dealers(db))
        self.dealer.lineEdit().setPlaceholderText(self.tr("Any dealer"))
        self.dealer.setCurrentIndex(0)
        form.addRow(self.tr("Dealer"), self.dealer)
        self.invoice = QLineEdit()
        self.invoice.setPlaceholderText(self.tr("Any invoice"))
        form.addRow(self.tr("Invoice reference"), self.invoice)
        self.registered_from = DateField(optional=True, not_known=self.tr("Any day"))
        self.registered_to = DateField(optional=True, not_known=self.tr("Any day"))
        dates = QWidget()
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.setSpacing(3)
        dates_layout.addWidget(
            _row_of(
                label(self.tr("from"), "muted"),
                self.registered_from,
                label(self.tr("to"), "muted"),
                self.registered_to,
            )
        )
        for day in (self.registered_from, self.registered_to):
            dates_layout.addWidget(day.message)  # under the row, not squeezed beside it
        form.addRow(self.tr("Registered"), dates)
        layout.addLayout(form)
        self.matches = label("", "batchCount", wrap=True)
        self.matches.setStyleSheet("font-size: 11pt; font-weight: 600; padding: 4px 0;")
        layout.addWidget(self.matches)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = button(self.tr("Close"))
        self.write_button = primary_button(self.tr("Write PDF…"), "print")
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.write_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.write_button.clicked.connect(self.choose_file)
        # Enter in a field writes the PDF (once certificates match), never Close.
        self.set_main_button(self.write_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recount)
        self.dealer.editTextChanged.connect(lambda _t: self._timer.start())
        self.invoice.textChanged.connect(lambda _t: self._timer.start())
        for day in (self.registered_from, self.registered_to):
            day.valueChanged.connect(lambda _d: self._timer.start())
            day.editor.textEdited.connect(lambda _t: self._timer.start())
        self.recount()

    def criteria(self) -> dict:
        return {
            "dealer": self.dealer.currentText().strip(),
            "invoice_ref": self.invoice.text().strip(),
            "registered_from": self.registered_from.value(),
            "registered_to": self.registered_to.value(),
        }

    def recount(self) -> None:
        """Count the certificates the choice selects (in a worker thread)."""
        self._timer.stop()
        self.ids = []
        self.write_button.setEnabled(False)
        try:
            criteria = self.criteria()
        except InvalidInput:
            self.matches.setText(
                self.tr("Correct the registration dates to count the certificates.")
            )
            return
        if not any(criteria.values()):
            self.matches.setText(self.tr("Choose a dealer, an invoice or registration dates."))
            return
        self._asked += 1
        asked = self._asked
        self.matches.setText(self.tr("Counting…"))
        db = self.db
        ops.Op(self, lambda: warranty.registrations_for_batch(db, **criteria)).success(
            lambda ids: self._counted(asked, ids)
        ).run()

    def _counted(self, asked: int, ids: list[uuid.UUID]) -> None:
        if asked != self._asked:
            return
        self.ids = ids
        if not ids:
            self.matches.setText(self.tr("No registration matches this choice."))
        else:
            self.matches.setText(
                counted(
                    len(ids),
                    self.tr("1 certificate matches."),
                    self.tr("{n} certificates match."),
                )
            )
        self.write_button.setEnabled(bool(ids))

    def suggested_name(self) -> str:
        c = self.criteria()
        words = [c["dealer"], c["invoice_ref"]]
        if c["registered_from"]:
            words.append(c["registered_from"].isoformat())
        stem = "-".join(
            "".join(ch if ch.isalnum() else "-" for ch in w).strip("-") for w in words if w
        )
        return f"{self.tr('warranty-certificates')}{'-' + stem if stem else ''}.pdf"

    def choose_file(self) -> ops.Op | None:
        if any(day.problem() for day in (self.registered_from, self.registered_to)):
            self.recount()  # says the dates must be corrected first
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write certificates to"),
            str(documents_folder() / self.suggested_name()),
            self.tr("PDF (*.pdf)"),
        )
        if not chosen:
            return None
        return self.write_to(Path(chosen))

    def write_to(self, path: Path) -> ops.Op:
        """Write the matching certificates to *path*, with progress and Cancel; a
        cancelled batch leaves no file."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        db, criteria = self.db, self.criteria()
        step = self.tr("Certificate %1 of %2")
        nothing = self.tr("No registration matches this choice any more: nothing was written.")

        def work():
            ids = warranty.registrations_for_batch(db, **criteria)
            if not ids:
                raise NotFound(nothing)
            pages = warranty.write_certificates(db, ids, path)
            try:
                for done, total in pages:
                    yield done, total, step.replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            finally:
                pages.close()
            return len(ids)

        self.banner.clear()
        self.written = None
        op = ops.Op(self, work).with_progress(self.tr("Writing warranty certificates…"))
        op.progress(lambda done, total, _what: self.progressed.emit(done, total))
        op.success(lambda count: self._written(path, count)).cancelled(self._stopped)
        self.op = op
        return op.run()

    def _written(self, path: Path, count: int) -> None:
        self.written = path
        self.banner.show_message(
            "info",
            counted(
                count,
                self.tr("1 certificate written to %s.") % path,
                self.tr("{n} certificates written to %s.") % path,
            ),
            [(self.tr("Open preview"), self.open_preview)],
        )

    def _stopped(self) -> None:
        self.banner.show_message("warning", self.tr("Stopped: no file was written."))

    def open_preview(self) -> pdfpreview.PdfPreviewDialog | None:
        if self.written is None:
            return None
        try:
            pdf = self.written.read_bytes()
        except OSError as exc:
            self.banner.show_message("error", self.tr("The file cannot be read: %s") % exc)
            return None
        self.preview_dialog = pdfpreview.preview(
            self, pdf, self.tr("Warranty certificates"), self.written.name
        )
        return self.preview_dialog


# -- importing a dealer's list ---------------------------------------------------------------


class _Tally(QFrame):
    """One number of an import report, with what it counts."""

    def __init__(self, number: int, text: str, colour: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.number = label(display(number))
        self.number.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {colour};")
        layout.addWidget(self.number)
        layout.addWidget(label(text, "muted"))


class ImportReportDialog(QDialog):
    """What an import did: imported, already there, refused with every refused
    line's number and reason (copyable)."""

    def __init__(self, report: ImportReport, filename: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 540 if report.errors else 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        title = self.tr("Import stopped") if report.cancelled else self.tr("Import finished")
        layout.addWidget(label(title, "dialogTitle"))
        layout.addWidget(label(filename, "dialogIntro", wrap=True))
        tallies = QHBoxLayout()
        tallies.setSpacing(12)
        self.imported = _Tally(report.imported, self.tr("imported"), "#067647")
        self.unchanged = _Tally(report.unchanged, self.tr("already there"), theme.MUTED)
        self.refused = _Tally(
            len(report.errors), self.tr("refused"), theme.DANGER if report.errors else theme.MUTED
        )
        for tally in (self.imported, self.unchanged, self.refused):
            tallies.addWidget(tally, 1)
        layout.addLayout(tallies)
        errors: Sequence[RowError] = list(report.errors)
        self.model = PagedTableModel(
            [
                Column(self.tr("Line"), lambda e: e.line, width=70),
                Column(self.tr("Why it was refused"), lambda e: e.message, stretch=True),
            ],
            count=lambda _q: len(errors),
            fetch=lambda _q, offset, limit: errors[offset : offset + limit],
            key=lambda e: e.line,
            parent=self,
        )
        self.table: QTableView = make_table(self.model, self)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        if errors:
            layout.addWidget(
                label(
                    self.tr(
                        "Refused rows changed nothing. Correct them in the file and import "
                        "it again: rows already imported are recognised and skipped."
                    ),
                    "muted",
                    wrap=True,
                )
            )
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            note = self.tr("Every row was imported or was there already.")
            if report.cancelled:
                note = self.tr("The rows imported before you stopped stay imported.")
            layout.addWidget(label(note, "muted", wrap=True))
            layout.addStretch(1)
        buttons = QHBoxLayout()
        self.copy_button = button(self.tr("Copy refused lines"))
        self.copy_button.setVisible(bool(errors))
        self.copy_button.clicked.connect(self.copy_all)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        close = primary_button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selected)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)

    @staticmethod
    def as_text(errors: Sequence[RowError]) -> str:
        return "".join(f"{e.line}\t{e.message}\n" for e in errors)

    def copy_all(self) -> str:
        """Put every refused line on the clipboard (line number, tab, reason)."""
        text = self.as_text(self.report.errors)
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_selected(self) -> str:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [e for e in (self.model.row(r) for r in rows) if e is not None]
        text = self.as_text(chosen)
        QGuiApplication.clipboard().setText(text)
        return text


# -- policies ------------------------------------------------------------------------------


class PoliciesDialog(EditingDialog):
    """Each product's warranty policy: months of warranty and service, terms and
    void conditions. Products without one are listed first, to be fixed. Enter
    saves the policy shown; closing with changes to it not saved asks first."""

    policySaved = Signal(object)

    def __init__(self, db, parent: QWidget | None = None, *, select: uuid.UUID | None = None):
        super().__init__(parent)
        self.db = db
        self.product_id: uuid.UUID | None = None
        self._loaded: tuple | None = None  # the policy shown, as it was loaded
        self.setWindowTitle(self.tr("Warranty policies"))
        self.resize(1080, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Warranty policies"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "How long each product is in warranty and in its service period, its "
                    "terms, and the conditions that void it. Registrations already made keep "
                    "the months they were given."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.missing_banner = Banner()
        layout.addWidget(self.missing_banner)
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter products"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(
            theme.icon("search", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        left.addWidget(self.filter)
        self.products = QTableWidget(0, 3)
        self.products.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Warranty"), self.tr("Service")]
        )
        self.products.verticalHeader().setVisible(False)
        self.products.verticalHeader().setDefaultSectionSize(30)
        self.products.setShowGrid(False)
        self.products.setAlternatingRowColors(True)
        self.products.setWordWrap(False)
        self.products.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.products.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.products.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.products.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.products, 1)
        body.addLayout(left, 1)

        editor = QFrame()
        editor.setObjectName("card")
        column = QVBoxLayout(editor)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        self.product_title = label("", "cardTitle", wrap=True)
        column.addWidget(self.product_title)
        self.product_state = label("", "muted", wrap=True)
        column.addWidget(self.product_state)
        self.banner = Banner()
        column.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.warranty_months = QSpinBox()
        self.warranty_months.setRange(0, 600)
        self.warranty_months.setSuffix(self.tr(" months"))
        self.warranty_months.setMinimumWidth(140)
        self.service_months = QSpinBox()
        self.service_months.setRange(0, 600)
        self.service_months.setSuffix(self.tr(" months"))
        self.service_months.setMinimumWidth(140)
        self.errors.add_row(
            form,
            "warranty_months",
            self.tr("Warranty"),
            _row_of(self.warranty_months),
            control=self.warranty_months,
        )
        self.errors.add_row(
            form,
            "service_months",
            self.tr("Service period"),
            _row_of(self.service_months),
            control=self.service_months,
            hint=self.tr("After the warranty: supported, chargeable. 0 for none."),
        )
        self.terms = plain_text(4)
        self.terms.setPlaceholderText(self.tr("Printed on the certificate"))
        self.errors.add_row(form, "terms", self.tr("Terms"), self.terms)
        self.conditions = plain_text(6)
        self.errors.add_row(
            form,
            "void_conditions",
            self.tr("Void conditions"),
            self.conditions,
            hint=self.tr("One per line. A technician voiding a warranty chooses one of these."),
        )
        column.addLayout(form)
        column.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.save_button = primary_button(self.tr("Save policy"), "save")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        column.addLayout(actions)
        self.editor = editor
        body.addWidget(editor, 1)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = button(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.set_main_button(self.save_button)

        self.products.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.filter.textChanged.connect(self._filter)
        self.reload(select)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """List the products: those without a policy first, then every policy."""
        missing = warranty.products_without_policy(self.db)
        policies = warranty.list_policies(self.db)
        flagged = theme.icon("warning", theme.WARNING)
        none = self.tr("No policy")
        rows: list[tuple[QTableWidgetItem, str, str]] = []
        for product in missing:
            item = QTableWidgetItem(flagged, product.name)
            item.setData(Qt.ItemDataRole.UserRole, (product.id, None, product))
            item.setToolTip(
                product.label
                + "\n"
                + self.tr("No warranty policy: its units cannot be registered yet.")
            )
            rows.append((item, none, ""))
        for policy in policies:
            name = f"{policy.product_name} ({policy.product_sku})"
            item = QTableWidgetItem(policy.product_name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, (policy.product_id, policy, None))
            service = months_text(self, policy.service_months) if policy.service_months else "—"
            rows.append((item, months_text(self, policy.warranty_months), service))
        self.products.blockSignals(True)
        self.products.clearContents()
        self.products.setRowCount(len(rows))
        for number, (item, months, service) in enumerate(rows):
            self.products.setItem(number, 0, item)
            months_item = QTableWidgetItem(months)
            if item.data(Qt.ItemDataRole.UserRole)[1] is None:
                months_item.setForeground(QColor(theme.WARNING))
            self.products.setItem(number, 1, months_item)
            self.products.setItem(number, 2, QTableWidgetItem(service))
        self.products.blockSignals(False)
        if missing:
            self.missing_banner.show_message(
                "warning",
                counted(
                    len(missing),
                    self.tr(
                        "1 product has no warranty policy: its units cannot be registered "
                        "until one is set. It is listed first."
                    ),
                    self.tr(
                        "{n} products have no warranty policy: their units cannot be "
                        "registered until one is set. They are listed first."
                    ),
                ),
            )
        else:
            self.missing_banner.clear()
        self._filter(self.filter.text())
        if not rows:
            self.editor.setEnabled(False)
            self.product_title.setText(self.tr("The catalogue is empty"))
            self.product_state.setText(
                self.tr("Products come from the head office, or are added with a unit.")
            )
            return
        row = self.row_of(select) if select is not None else None
        self.products.setCurrentCell(row if row is not None else 0, 0)
        self._chosen(self.products.currentRow())

    def row_of(self, product_id: uuid.UUID) -> int | None:
        for row in range(self.products.rowCount()):
            item = self.products.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole)[0] == product_id:
                return row
        return None

    def has_policy(self, product_id: uuid.UUID) -> bool:
        row = self.row_of(product_id)
        return (
            row is not None
            and self.products.item(row, 0).data(Qt.ItemDataRole.UserRole)[1] is not None
        )

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.products.rowCount()):
            item = self.products.item(row, 0)
            text = f"{item.text()} {item.toolTip()}".lower() if item is not None else ""
            shown = all(w in text for w in words)
            self.products.setRowHidden(row, not shown)

    def _chosen(self, row: int) -> None:
        item = self.products.item(row, 0) if row >= 0 else None
        if item is None:
            return
        product_id, policy, product = item.data(Qt.ItemDataRole.UserRole)
        if product_id == self.product_id and self.editor.isEnabled():
            return
        self.product_id = product_id
        self.errors.clear()
        self.banner.clear()
        self.editor.setEnabled(True)
        if policy is None:
            self.product_title.setText(product.name)
            self.product_state.setText(
                self.tr("%s · No policy yet: check the months and save to set one.") % product.sku
            )
            self.warranty_months.setValue(12)
            self.service_months.setValue(0)
            self.terms.setPlainText("")
            self.conditions.setPlainText("\n".join(warranty.DEFAULT_VOID_CONDITIONS))
        else:
            self.product_title.setText(policy.product_name)
            self.product_state.setText(f"{policy.product_sku} · {policy_summary(self, policy)}")
            self.warranty_months.setValue(policy.warranty_months)
            self.service_months.setValue(policy.service_months)
            self.terms.setPlainText(policy.terms)
            self.conditions.setPlainText("\n".join(policy.void_conditions))
        self._loaded = self._editor_values()

    def _editor_values(self) -> tuple:
        return (
            self.warranty_months.value(),
            self.service_months.value(),
            self.terms.toPlainText(),
            self.conditions.toPlainText(),
        )

    def has_typing(self) -> bool:
        """Whether the policy shown has changes not saved (the filter and the
        list of products are not typing)."""
        return (
            self.editor.isEnabled()
            and self._loaded is not None
            and self._editor_values() != self._loaded
        )

    def choose(self, product_id: uuid.UUID) -> None:
        row = self.row_of(product_id)
        if row is None:
            raise LookupError(f"product {product_id} is not listed")
        self.products.setCurrentCell(row, 0)

    def draft(self) -> warranty.PolicyDraft:
        assert self.product_id is not None
        lines = self.conditions.toPlainText().splitlines()
        return warranty.PolicyDraft(
            self.product_id,
            warranty_months=self.warranty_months.value(),
            service_months=self.service_months.value(),
            terms=self.terms.toPlainText(),
            void_conditions=tuple(line.strip() for line in lines if line.strip()),
        )

    def save(self) -> bool:
        if self.product_id is None:
            return False
        self.errors.clear()
        try:
            saved = warranty.set_policy(self.db, self.draft())
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.product_id = None  # shown afresh from what was saved
        self.reload(saved.product_id)
        self.banner.show_message("info", self.tr("Policy saved."))
        self.policySaved.emit(saved)
        return True
