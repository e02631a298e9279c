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
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.services import warranty
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.csvfiles import ImportReport
from fieldservice.services.warranty_import import import_registrations
from ui.common import ops, pdfpreview, theme
from ui.common.importreport import ImportReportDialog
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import Column, PagedTableModel, display
from ui.common.widgets import EmptyState, button, leave_out_first, wide_enough
from ui.warranty.certificates import BatchPrintDialog, documents_folder
from ui.warranty.forms import (
    AmendDialog,
    ExtendDialog,
    RegisterDialog,
    RegistrationForm,
    ReinstateDialog,
    VoidDialog,
)
from ui.warranty.policies import PoliciesDialog
from ui.warranty.registration import (
    RegistrationCard,
    status_names,
)


def registration_columns(widget: QWidget) -> list[Column[warranty.RegistrationRow]]:
    names = status_names(widget)
    void_icon = theme.icon("warning", theme.DANGER)
    status_icons = {
        CoverageStatus.IN_WARRANTY: theme.icon("check", "#067647"),
        CoverageStatus.SERVICE_PERIOD: theme.icon("warranty", theme.WARNING),
        CoverageStatus.EXPIRED: theme.icon("calendar", theme.MUTED),
        CoverageStatus.VOID: void_icon,
    }

    day = display(dt.date(2028, 12, 28))  # the widest day of a date column

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
        Column(
            widget.tr("Purchased"), lambda r: r.purchase_date, width=wide_enough(widget, day, 105)
        ),
        Column(
            widget.tr("Warranty until"),
            lambda r: r.warranty_end,
            width=wide_enough(widget, day, 115),
        ),
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
        self.form: RegistrationForm | None = None
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
        total = self.model.total()
        if total is not None:
            self._explain_empty(total)
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
        for i in range(outer.count() if outer is not None else 0):
            item = outer.itemAt(i) if outer is not None else None
            row = item.layout() if item is not None else None
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

    def load(self, record_id: uuid.UUID) -> warranty.RegistrationView:
        return warranty.registration_view(self.db, record_id)

    def show_view(self, view: warranty.RegistrationView) -> None:
        self.card.show_registration(view)

    def view_id(self, view: warranty.RegistrationView) -> uuid.UUID:
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

    def _changed(self, form: RegistrationForm) -> None:
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

        def imported(report: ImportReport) -> None:
            self._imported(report, path)

        return (
            ops.write(self, work)
            .with_progress(self.tr("Importing %s…") % path.name)
            .success(imported)
            .cancelled(lambda: self._import_stopped(path))
            .run()
        )

    def _imported(self, report: ImportReport, path: Path) -> ImportReportDialog:
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
