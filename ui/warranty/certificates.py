"""Warranty certificates printed in a batch: those of a dealer's delivery,
written into one PDF, one per page, in a worker thread with progress and
Cancel.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from fieldservice.errors import InvalidInput, NotFound
from fieldservice.services import warranty
from ui.common import ops, pdfpreview
from ui.common.datefield import DateField
from ui.common.formdialog import grow, row_of
from ui.common.forms import EditingDialog, form_layout
from ui.common.widgets import Banner, button, counted, label, primary_button


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
        grow(self.dealer)
        self.dealer.setEditable(True)
        self.dealer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.dealer.addItem("")
        self.dealer.addItems(warranty.list_dealers(db))
        dealer_editor = self.dealer.lineEdit()
        if dealer_editor is not None:
            dealer_editor.setPlaceholderText(self.tr("Any dealer"))
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
            row_of(
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
        op: ops.Op[int] = ops.Op(self, work).with_progress(
            self.tr("Writing warranty certificates…")
        )
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
            [(self.tr("Open preview"), self._preview_written)],
        )

    def _preview_written(self) -> None:
        self.open_preview()

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
