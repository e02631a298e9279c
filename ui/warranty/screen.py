"""The Warranty screen: the archive of registered warranties.

Found by certificate number, serial prefix, owner, dealer or invoice; the
selected registration is shown beside the list with a coverage badge (in
warranty, service period, expired, void), its dates, sale, owner, unit and
history. From here the front desk registers, amends, extends, voids and
reinstates warranties, prints certificates (one, or a batch for a dealer's
delivery), imports a dealer's list and keeps the products' policies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import warranty
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.warranty_import import import_registrations
from ui.common import ops, pdfpreview, theme
from ui.common.cards import _Card, one_line
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import Column, PagedTableModel, display
from ui.common.widgets import (
    EmptyState,
    Facts,
    button,
    counted,
    label,
    leave_out_first,
    link_button,
)
from ui.warranty.forms import (
    AmendDialog,
    BatchPrintDialog,
    ExtendDialog,
    ImportReportDialog,
    PoliciesDialog,
    RegisterDialog,
    ReinstateDialog,
    VoidDialog,
    _Form,
    channel_names,
    documents_folder,
    months_text,
)

# Colours of the coverage badge: (background, border, text).
BADGE_COLOURS = {
    CoverageStatus.IN_WARRANTY: ("#ecfdf3", "#abefc6", "#067647"),
    CoverageStatus.SERVICE_PERIOD: ("#fffaeb", "#fedf89", "#93370d"),
    CoverageStatus.EXPIRED: ("#f2f4f7", "#d0d5dd", "#344054"),
    CoverageStatus.VOID: ("#fef3f2", "#fecdca", "#b42318"),
    CoverageStatus.NOT_REGISTERED: ("#f2f4f7", "#d0d5dd", "#344054"),
}
BADGE_ICONS = {
    CoverageStatus.IN_WARRANTY: "check",
    CoverageStatus.SERVICE_PERIOD: "warranty",
    CoverageStatus.EXPIRED: "calendar",
    CoverageStatus.VOID: "warning",
    CoverageStatus.NOT_REGISTERED: "info",
}


@dataclass(frozen=True)
class RegistrationView:
    """What the registration's card shows."""

    record: warranty.RegistrationRecord
    history: list[warranty.HistoryLine]
    today: dt.date

    @property
    def status(self) -> CoverageStatus:
        return self.record.status_on(self.today)


def load_registration(db: Database, registration_id: uuid.UUID) -> RegistrationView:
    return RegistrationView(
        warranty.get_registration(db, registration_id),
        warranty.history(db, registration_id),
        dt.date.today(),
    )


def local_time(at: dt.datetime) -> str:
    """A stored (UTC) moment in the user's time zone and language."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, "d MMM yyyy, HH:mm")


def status_names(widget: QWidget) -> dict[CoverageStatus, str]:
    return {
        CoverageStatus.IN_WARRANTY: widget.tr("In warranty"),
        CoverageStatus.SERVICE_PERIOD: widget.tr("Service period"),
        CoverageStatus.EXPIRED: widget.tr("Expired"),
        CoverageStatus.VOID: widget.tr("Void"),
        CoverageStatus.NOT_REGISTERED: widget.tr("Not registered"),
    }


def days_left(widget: QWidget, days: int) -> str:
    if days <= 0:
        return widget.tr("last day today")
    return counted(days, widget.tr("1 day left"), widget.tr("{n} days left"))


def coverage_lines(widget: QWidget, view: RegistrationView) -> tuple[str, str]:
    """The badge's headline and the line under it."""
    r, today = view.record, view.today
    status = view.status
    if status is CoverageStatus.VOID:
        headline = widget.tr("Void: %s") % r.void_reason
        detail = widget.tr("Voided on %s by %s. Repairs are chargeable.") % (
            display(r.voided_on),
            r.voided_by or widget.tr("someone"),
        )
        if r.void_note:
            detail += "\n" + widget.tr("Note: %s") % r.void_note
        return headline, detail
    if status is CoverageStatus.IN_WARRANTY:
        headline = widget.tr("In warranty until %s") % display(r.warranty_end)
        detail = days_left(widget, (r.warranty_end - today).days).capitalize()
        if r.service_end > r.warranty_end:
            detail += " · " + widget.tr("then service period until %s") % display(r.service_end)
        return headline, detail
    if status is CoverageStatus.SERVICE_PERIOD:
        headline = widget.tr("Service period until %s") % display(r.service_end)
        detail = widget.tr("Warranty ended %s. Repairs are chargeable; %s of support.") % (
            display(r.warranty_end),
            days_left(widget, (r.service_end - today).days),
        )
        return headline, detail
    headline = widget.tr("Expired")
    detail = widget.tr("Warranty ended %s; service period ended %s.") % (
        display(r.warranty_end),
        display(r.service_end),
    )
    if r.service_end == r.warranty_end:
        detail = widget.tr("Warranty ended %s; no service period.") % display(r.warranty_end)
    return headline, detail


class CoverageBadge(QFrame):
    """A coloured strip saying whether the unit is covered today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageBadge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        self.icon = QLabel()
        self.icon.setFixedSize(24, 24)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.headline = label("", wrap=True)
        self.detail = label("", wrap=True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        layout.addLayout(texts, 1)
        self.status: CoverageStatus | None = None

    def show_status(self, status: CoverageStatus, headline: str, detail: str) -> None:
        self.status = status
        background, border, ink = BADGE_COLOURS[status]
        self.setStyleSheet(
            f"#coverageBadge {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 8px; }}"
            f" #coverageBadge QLabel {{ color: {ink}; background: transparent; }}"
        )
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.icon.setPixmap(theme.pixmap(BADGE_ICONS[status], 24, ink))
        self.headline.setText(headline)
        self.detail.setText(detail)


class HistoryList(QWidget):
    """The history of a registration, newest first: what, who, when, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.lines: list[QLabel] = []

    def set_history(self, history: list[warranty.HistoryLine], channels: dict[str, str]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines = []
        icons = {
            "registered": "add",
            "amended": "edit",
            "extended": "calendar",
            "voided": "warning",
            "reinstated": "check",
        }
        for line in reversed(history):
            entry = QWidget()
            grid = QGridLayout(entry)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(1)
            grid.setColumnStretch(1, 1)
            icon = QLabel()
            colour = theme.DANGER if line.kind == "voided" else theme.MUTED
            icon.setPixmap(theme.pixmap(icons.get(line.kind, "history"), 16, colour))
            icon.setFixedWidth(18)
            grid.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignTop)
            text = label(line.text, wrap=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(text, 0, 1)
            meta = label(f"{line.by or '—'} · {local_time(line.at)}", "muted", wrap=True)
            meta.setStyleSheet("font-size: 9pt;")
            grid.addWidget(meta, 1, 1)
            if line.kind == "registered":
                why = self.tr("Channel: %s") % channels.get(line.reason, line.reason)
                reason = label(why, "muted", wrap=True) if line.reason else None
            elif line.reason:
                reason = label(f"“{line.reason}”", wrap=True)
                reason.setStyleSheet("color: #394755; font-style: italic;")
            else:
                reason = None
            if reason is not None:
                reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(reason, 2, 1)
            self._layout.addWidget(entry)
            self.lines.append(text)

    def texts(self) -> list[str]:
        return [line.text() for line in self.lines]


class RegistrationCard(_Card):
    """A registration: coverage badge, dates, sale, owner, unit and history."""

    certificateRequested = Signal(object)
    amendRequested = Signal(object)
    extendRequested = Signal(object)
    voidRequested = Signal(object)
    reinstateRequested = Signal(object)
    openCustomerRequested = Signal(object)
    openUnitRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("warranty", parent)
        self.view: RegistrationView | None = None
        self.certificate_button = self.add_button(self.tr("Certificate"), "print")
        self.certificate_button.setToolTip(self.tr("Preview and print the warranty certificate"))
        self.badge = CoverageBadge()
        self._layout.insertWidget(1, self.badge)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.amend_button = button(self.tr("Amend…"), "edit")
        self.extend_button = button(self.tr("Extend…"), "calendar")
        self.void_button = button(self.tr("Void…"), "close")
        self.reinstate_button = button(self.tr("Reinstate…"), "check")
        for widget in (
            self.amend_button,
            self.extend_button,
            self.void_button,
            self.reinstate_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        self._layout.insertLayout(2, actions)

        self.coverage_facts = Facts()
        self.add_section(self.tr("Warranty"), self.coverage_facts, (0, 0, 1))
        # Beside the list the sections stack in this order; on a wide card the
        # history spans the width under the dates and the sale.
        self.history = HistoryList()
        self.add_section(self.tr("History"), self.history, (1, 0, 2))
        self.sale_facts = Facts()
        self.add_section(self.tr("Sale and registration"), self.sale_facts, (0, 1, 1))
        owner = QWidget()
        owner_layout = QVBoxLayout(owner)
        owner_layout.setContentsMargins(0, 0, 0, 0)
        owner_layout.setSpacing(6)
        self.owner_facts = Facts()
        owner_layout.addWidget(self.owner_facts)
        self.owner_link = link_button(self.tr("Open customer"), "open")
        owner_layout.addWidget(self.owner_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_section(self.tr("Owner"), owner, (2, 0, 1))
        unit = QWidget()
        unit_layout = QVBoxLayout(unit)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.setSpacing(6)
        self.unit_facts = Facts()
        unit_layout.addWidget(self.unit_facts)
        self.unit_link = link_button(self.tr("Open unit"), "open")
        unit_layout.addWidget(self.unit_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_section(self.tr("Unit"), unit, (2, 1, 1))

        self.certificate_button.clicked.connect(lambda: self._emit(self.certificateRequested))
        self.amend_button.clicked.connect(lambda: self._emit(self.amendRequested))
        self.extend_button.clicked.connect(lambda: self._emit(self.extendRequested))
        self.void_button.clicked.connect(lambda: self._emit(self.voidRequested))
        self.reinstate_button.clicked.connect(lambda: self._emit(self.reinstateRequested))
        self.owner_link.clicked.connect(self._open_owner)
        self.unit_link.clicked.connect(lambda: self._emit_unit())

    def _emit(self, signal) -> None:
        if self.view is not None:
            signal.emit(self.view.record.id)

    def _emit_unit(self) -> None:
        if self.view is not None:
            self.openUnitRequested.emit(self.view.record.unit_id)

    def _open_owner(self) -> None:
        if self.view is not None and self.view.record.customer_id is not None:
            self.openCustomerRequested.emit(self.view.record.customer_id)

    def show_registration(self, view: RegistrationView) -> None:
        self.view = view
        r = view.record
        channels = channel_names(self)
        self.title.setText(r.number)
        self.subtitle.setText(f"{r.product_name} · {r.serial}")
        self.badge.show_status(view.status, *coverage_lines(self, view))
        voided = r.voided
        self.certificate_button.setEnabled(not voided)
        self.certificate_button.setToolTip(
            self.tr("A void warranty has no certificate; reinstate it to print one")
            if voided
            else self.tr("Preview and print the warranty certificate")
        )
        self.void_button.setVisible(not voided)
        self.reinstate_button.setVisible(voided)
        self.extend_button.setEnabled(not voided)
        self.extend_button.setToolTip(
            self.tr("Reinstate the warranty before extending it") if voided else ""
        )
        extension = (
            "+ " + months_text(self, r.extension_months) if r.extension_months else self.tr("None")
        )
        self.coverage_facts.set_facts(
            [
                ("purchase_date", "calendar", self.tr("Purchased"), display(r.purchase_date)),
                (
                    "warranty_end",
                    "warranty",
                    self.tr("Warranty until"),
                    f"{display(r.warranty_end)}  ({months_text(self, r.warranty_months)})",
                ),
                (
                    "service_end",
                    "maintenance",
                    self.tr("Service until"),
                    f"{display(r.service_end)}  ({months_text(self, r.service_months)})"
                    if r.service_months
                    else self.tr("No service period"),
                ),
                ("extension", "add", self.tr("Extensions"), extension),
            ]
        )
        sale = [
            ("dealer", "building", self.tr("Dealer"), r.dealer),
            ("invoice_ref", "tag", self.tr("Invoice"), r.invoice_ref),
            ("channel", "phone", self.tr("Channel"), channels.get(r.channel, r.channel)),
            (
                "registered",
                "user",
                self.tr("Registered"),
                self.tr("%s by %s") % (display(r.registered_on), r.registered_by or "—"),
            ),
        ]
        if r.notes:
            sale.append(("notes", "edit", self.tr("Notes"), r.notes))
        self.sale_facts.set_facts(sale)
        if r.customer_id is None:
            self.owner_facts.set_facts(
                [("name", "user", self.tr("Owner"), self.tr("No owner recorded"))]
            )
            self.owner_link.hide()
        else:
            self.owner_facts.set_facts(
                [
                    ("name", "user", self.tr("Name"), f"{r.customer_name}  ({r.customer_number})"),
                    ("phone", "phone", self.tr("Phone"), r.customer_phone),
                    ("address", "address", self.tr("Address"), one_line(r.customer_address)),
                ]
            )
            self.owner_link.show()
        brand_model = " ".join(p for p in (r.product_brand, r.product_model) if p)
        self.unit_facts.set_facts(
            [
                ("serial", "tag", self.tr("Serial"), r.serial),
                ("product", "parts", self.tr("Product"), r.product_name),
                ("sku", "tag", self.tr("SKU"), r.product_sku),
                ("model", "units", self.tr("Brand / model"), brand_model),
            ]
        )
        self.history.set_history(view.history, channels)


def registration_columns(widget: QWidget) -> list[Column[warranty.RegistrationRow]]:
    names = status_names(widget)
    void_icon = theme.icon("warning", theme.DANGER)
    status_icons = {
        CoverageStatus.IN_WARRANTY: theme.icon("check", "#067647"),
        CoverageStatus.SERVICE_PERIOD: theme.icon("warranty", theme.WARNING),
        CoverageStatus.EXPIRED: theme.icon("calendar", theme.MUTED),
        CoverageStatus.VOID: void_icon,
    }

    def status(row: warranty.RegistrationRow) -> CoverageStatus:
        return row.status_on(dt.date.today())

    return [
        Column(
            widget.tr("Certificate"),
            lambda r: r.number,
            width=168,
            icon=lambda r: void_icon if r.voided else None,
            tooltip=lambda r: widget.tr("Warranty void") if r.voided else None,
        ),
        Column(widget.tr("Serial"), lambda r: r.serial, width=180),
        Column(widget.tr("Product"), lambda r: r.product_name, width=220),
        Column(widget.tr("Owner"), lambda r: r.customer_name, width=150),
        Column(widget.tr("Purchased"), lambda r: r.purchase_date, width=105),
        Column(widget.tr("Warranty until"), lambda r: r.warranty_end, width=115),
        Column(widget.tr("Dealer"), lambda r: r.dealer, width=170),
        Column(
            widget.tr("Status"),
            lambda r: names[status(r)],
            width=130,
            stretch=True,
            icon=lambda r: status_icons.get(status(r)),
        ),
    ]


class WarrantyScreen(ListScreen):
    """Every registered warranty, with the one selected shown beside the list."""

    openCustomerRequested = Signal(object)
    openUnitRequested = Signal(object)

    # A desk scan of a certificate number (LD01-WC-000123) opens it here.
    record_kinds = {"warranty": "open_registration"}

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        card = RegistrationCard()
        super().__init__(
            db,
            name="warranty",
            model=PagedTableModel(
                registration_columns(card),
                count=lambda q: warranty.count_registrations(db, q),
                fetch=lambda q, offset, limit: warranty.list_registrations(
                    db, q, offset=offset, limit=limit
                ),
            ),
            card=card,
            search_placeholder=card.tr("Certificate, serial, owner, dealer, invoice"),
            new_text=card.tr("Register warranty"),
            empty=EmptyState(
                "warranty",
                card.tr("No registration selected"),
                card.tr(
                    "Choose a registration in the list to see whether it is covered, "
                    "its dates and its history."
                ),
            ),
            counted_as=(card.tr("1 registration"), card.tr("{n} registrations")),
            parent=parent,
        )
        self.card: RegistrationCard = card
        # At 1280 pixels with the card open: dealer, purchase date, serial and
        # product (all on the card) give way before the rest squeeze.
        leave_out_first(self.table, (6, 4, 1, 2))
        self.form: _Form | None = None
        self.dialog: QWidget | None = None
        self.preview_dialog: pdfpreview.PdfPreviewDialog | None = None
        self._window_connected = False
        # Amend, extend and void are on the registration's card.
        self.edit_button.hide()

        bar = self._toolbar()
        self.batch_button = button(self.tr("Print batch…"), "print")
        self.batch_button.setToolTip(self.tr("Print the certificates of a dealer's delivery"))
        self.import_button = button(self.tr("Import…"), "open")
        self.import_button.setToolTip(self.tr("Import a dealer's list of registrations (CSV)"))
        self.policies_button = button(self.tr("Policies"), "warranty")
        self.policies_button.setToolTip(self.tr("Each product's warranty policy"))
        for widget in (self.batch_button, self.import_button, self.policies_button):
            bar.addWidget(widget)
        self.batch_button.clicked.connect(self.print_batch)
        self.import_button.clicked.connect(self.import_list)
        self.policies_button.clicked.connect(lambda: self.edit_policies())

        self.model.totalChanged.connect(self._explain_empty)
        if self.model.total() is not None:
            self._explain_empty(self.model.total())
        card.certificateRequested.connect(self.print_certificate)
        card.amendRequested.connect(self.edit_record)
        card.extendRequested.connect(self.extend)
        card.voidRequested.connect(self.void)
        card.reinstateRequested.connect(self.reinstate)
        card.openCustomerRequested.connect(self.openCustomerRequested)
        card.openUnitRequested.connect(self.openUnitRequested)

    def _toolbar(self) -> QHBoxLayout:
        """The bar holding the search box and the New button."""
        outer = self.layout()
        for i in range(outer.count()):
            row = outer.itemAt(i).layout()
            if isinstance(row, QHBoxLayout) and row.indexOf(self.new_button) >= 0:
                return row
        raise LookupError("the list screen has no button bar")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._window_connected and not event.spontaneous():
            # Owners and units may have changed in other areas meanwhile.
            self.refresh()
        self._connect_window()

    def _connect_window(self) -> None:
        # The main window opens customers and units; it is found once the screen is in it.
        if self._window_connected:
            return
        window = self.window()
        open_customer = getattr(window, "open_customer", None)
        open_unit = getattr(window, "open_unit", None)
        if open_customer is None or open_unit is None:
            return
        self.openCustomerRequested.connect(open_customer)
        self.openUnitRequested.connect(open_unit)
        self._window_connected = True

    def _explain_empty(self, total: int) -> None:
        """Say why nothing is shown, and what to do: the archive may be empty, or
        the search may find nothing."""
        search = self.model.query()
        if total == 0 and not search:
            self.empty.set_text(
                self.tr("No warranties registered yet"),
                self.tr(
                    "Register the warranty of a unit sold with “Register warranty”, or "
                    "import a dealer's list of sold units with “Import…”."
                ),
            )
        elif total == 0:
            self.empty.set_text(
                self.tr("Nothing matches “%s”") % search,
                self.tr(
                    "Search by certificate number, the start of a serial, the owner's name "
                    "or phone, the dealer or the invoice reference."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No registration selected"),
                self.tr(
                    "Choose a registration in the list to see whether it is covered, "
                    "its dates and its history."
                ),
            )

    def hideEvent(self, event) -> None:
        self.save_state()
        super().hideEvent(event)

    # -- the list and the card ------------------------------------------------------------

    def load(self, record_id: uuid.UUID) -> RegistrationView:
        return load_registration(self.db, record_id)

    def show_view(self, view: RegistrationView) -> None:
        self.card.show_registration(view)

    def view_id(self, view: RegistrationView) -> uuid.UUID:
        return view.record.id

    def open_registration(self, registration_id: uuid.UUID) -> None:
        """Open one registration: the list narrows to its certificate number, the
        registration is selected and shown."""
        record = warranty.get_registration(self.db, registration_id)
        self.open_record(registration_id, record.number)

    def current_record(self) -> warranty.RegistrationRecord | None:
        view = self.card.view
        if view is None or view.record.id != self.current_id:
            return None
        return view.record

    # -- registering and changing -----------------------------------------------------------

    def new_record(self) -> RegisterDialog:
        form = RegisterDialog(self.db, self)
        form.openExistingRequested.connect(self.open_registration)
        return self.open_form(form, self._registered)

    def new_registration(self) -> RegisterDialog:
        return self.new_record()

    def _registered(self, form: RegisterDialog) -> None:
        if form.saved is None:
            return
        self.changed.emit()
        self.open_registration(form.saved.id)

    def edit_record(self, registration_id: uuid.UUID) -> AmendDialog:
        record = warranty.get_registration(self.db, registration_id)
        return self.open_form(AmendDialog(self.db, record, self), self._changed)

    def extend(self, registration_id: uuid.UUID) -> ExtendDialog:
        record = warranty.get_registration(self.db, registration_id)
        return self.open_form(ExtendDialog(self.db, record, self), self._changed)

    def void(self, registration_id: uuid.UUID) -> VoidDialog:
        record = warranty.get_registration(self.db, registration_id)
        return self.open_form(VoidDialog(self.db, record, self), self._changed)

    def reinstate(self, registration_id: uuid.UUID) -> ReinstateDialog:
        record = warranty.get_registration(self.db, registration_id)
        return self.open_form(ReinstateDialog(self.db, record, self), self._changed)

    def _changed(self, form: _Form) -> None:
        if form.saved is None:
            return
        self.changed.emit()
        self.refresh()

    # -- certificates -------------------------------------------------------------------------

    def print_certificate(self, registration_id: uuid.UUID) -> ops.Op:
        """Draw the certificate (in a worker thread) and show it for printing."""
        db = self.db

        def draw() -> tuple[str, bytes]:
            record = warranty.get_registration(db, registration_id)
            return record.number, warranty.certificate_pdf(db, registration_id)

        return (
            ops.Op(self, draw)
            .with_progress(self.tr("Preparing the certificate…"), cancellable=False)
            .success(self._show_certificate)
            .run()
        )

    def _show_certificate(self, drawn: tuple[str, bytes]) -> None:
        number, pdf = drawn
        self.preview_dialog = pdfpreview.preview(
            self, pdf, self.tr("Warranty certificate %s") % number, f"{number}.pdf"
        )

    def print_batch(self) -> BatchPrintDialog:
        dialog = BatchPrintDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- importing ------------------------------------------------------------------------------

    def import_list(self) -> ops.Op | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a dealer's list"),
            str(documents_folder()),
            self.tr("CSV lists (*.csv *.txt);;All files (*)"),
        )
        if not chosen:
            return None
        return self.import_file(Path(chosen))

    def import_file(self, path: Path) -> ops.Op:
        """Import the registrations in *path* with progress and Cancel, then report."""
        db = self.db
        step = self.tr("Row %1 of %2")

        def work():
            steps = import_registrations(db, path)
            try:
                while True:
                    try:
                        done, total = next(steps)
                    except StopIteration as finished:
                        return finished.value
                    yield done, total, step.replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            finally:
                steps.close()

        return (
            ops.Op(self, work)
            .with_progress(self.tr("Importing %s…") % path.name)
            .success(lambda report: self._imported(report, path))
            .cancelled(lambda: self._import_stopped(path))
            .run()
        )

    def _imported(self, report, path: Path) -> ImportReportDialog:
        self.changed.emit()
        self.model.refresh()
        dialog = ImportReportDialog(report, str(path), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _import_stopped(self, path: Path) -> None:
        self.changed.emit()
        self.model.refresh()
        self.banner.show_message(
            "warning",
            self.tr(
                "The import of %s was stopped. The rows imported before stay imported; "
                "import the file again to finish: those rows are skipped."
            )
            % path.name,
        )

    # -- policies -------------------------------------------------------------------------------

    def edit_policies(self, product_id: uuid.UUID | None = None) -> PoliciesDialog:
        dialog = PoliciesDialog(self.db, self, select=product_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
