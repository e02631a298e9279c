"""Part labels to print: for the parts chosen in the catalogue, or for every part
kept in a bin.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.services import stock
from ui.common import ops, pdfpreview
from ui.common.widgets import counted
from ui.parts.fields import LocationPicker
from ui.parts.forms import StockForm


class LabelsDialog(StockForm):
    """Labels for the parts chosen in the catalogue, or for every part in a bin."""

    def __init__(
        self, db: Database, parts: Sequence[stock.PartRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent, width=560)
        self.set_heading(
            self.tr("Print labels"),
            self.tr("Preview…"),
            self.tr(
                "Each label carries the part number as text and as a QR code, the "
                "description and the bin. Scanning it types the part number."
            ),
        )
        self.parts = list(parts)
        self.preview_dialog: QDialog | None = None
        choice = QWidget()
        rows = QVBoxLayout(choice)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self.selected = QRadioButton(
            counted(
                len(self.parts),
                self.tr("The part selected in the list"),
                self.tr("The {n} parts selected in the list"),
            )
        )
        self.in_bin = QRadioButton(self.tr("Every part kept in a bin:"))
        group = QButtonGroup(self)
        group.addButton(self.selected)
        group.addButton(self.in_bin)
        rows.addWidget(self.selected)
        rows.addWidget(self.in_bin)
        self.form.addRow(self.tr("Labels for"), choice)
        self.location = LocationPicker(self.locations())
        self.bin = QLineEdit()
        self.bin.setMaxLength(32)
        self.bin.setPlaceholderText(self.tr("e.g. A3"))
        self.bin.setMaximumWidth(200)
        self.errors.add_row(self.form, "location", self.tr("Location"), self.location)
        self.errors.add_row(self.form, "bin", self.tr("Bin"), self.bin)
        self.format = QComboBox()
        self.format.addItem(self.tr("57 × 32 mm labels (label printer)"), "57x32")
        self.format.addItem(self.tr("A4 sheet of 3 × 8 labels, 70 × 37 mm"), "a4")
        self.errors.add_row(self.form, "format", self.tr("Print on"), self.format)
        self.selected.setEnabled(bool(self.parts))
        (self.selected if self.parts else self.in_bin).setChecked(True)
        self.in_bin.toggled.connect(self._source_changed)
        self.bin.textEdited.connect(lambda _t: self.in_bin.setChecked(True))
        self._source_changed(self.in_bin.isChecked())

    def _source_changed(self, in_bin: bool) -> None:
        self.location.setEnabled(in_bin)
        if in_bin:
            self.bin.setFocus()

    def apply(self) -> None:
        """Check what is asked for here; the labels are drawn in a worker thread."""
        if self.in_bin.isChecked() and not self.bin.text().strip():
            raise InvalidInput(self.tr("Enter the bin."), field="bin")

    def save(self) -> bool:
        """Draw the labels (in a worker thread); the preview opens when they are
        ready, or the reason they cannot be printed is shown beside its field."""
        self.errors.clear()
        try:
            self.apply()
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        db, fmt = self.db, self.format.currentData()
        if self.selected.isChecked():
            numbers = [p.part_number for p in self.parts]
            work = lambda: stock.part_labels_pdf(db, numbers, fmt)  # noqa: E731
        else:
            location, bin_code = self.location.code(), self.bin.text()
            work = lambda: stock.bin_labels_pdf(db, location, bin_code, fmt)  # noqa: E731
        self.save_button.setEnabled(False)
        ops.Op(self, work).with_progress(self.tr("Drawing the labels…")).success(
            self._show
        ).failure(self._failed).run()
        return True

    def _show(self, pdf: bytes) -> None:
        self.save_button.setEnabled(True)
        parent = self.parentWidget() or self
        self.accept()
        self.preview_dialog = pdfpreview.preview(
            parent, pdf, self.tr("Part labels"), "part-labels.pdf"
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)
