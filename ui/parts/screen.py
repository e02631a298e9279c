"""The Parts & stock screen: the parts clerk's day.

Three views under one header: the **Catalogue** (the parts, paged, with the
selected part's stock per location, its bins and its movement history below),
**To order** (parts at or below their reorder point, with the quantity to
order) and **Counts** (:mod:`ui.parts.count`). The header also holds the stock
locations, imports from CSV and exports to CSV or Excel.

The figures a clerk must be able to trust sit side by side for each location:
on hand, requested by open repair orders, on order from suppliers, and what is
available (on hand + on order − requested).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import stock_io
from fieldservice.services.csvfiles import ImportReport
from ui.common import ops
from ui.common.importreport import ImportReportDialog
from ui.common.widgets import Banner, ViewSwitch, button
from ui.parts.catalogue import CatalogueView
from ui.parts.count import CountsView
from ui.parts.forms import LocationsDialog
from ui.parts.ordering import ToOrderView

# -- the screen ----------------------------------------------------------------------------------


class StockScreen(QWidget):
    """Parts & stock: the catalogue with each part's stock and history, what to
    order, and stock counts; locations, imports and exports in the header."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog | None = None
        self.last_op: ops.Op | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(8)
        switcher = ViewSwitch(
            [
                ("catalogue", self.tr("Catalogue"), "parts"),
                ("to_order", self.tr("To order"), "reports"),
                ("counts", self.tr("Counts"), "check"),
            ]
        )
        self.views = switcher.group
        self.view_buttons = switcher.buttons
        header.addWidget(switcher)
        header.addStretch(1)
        self.locations_button = button(self.tr("Locations…"), "address")
        self.import_button = button(self.tr("Import"), "database")
        self.export_button = button(self.tr("Export"), "save")
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("Catalogue from CSV…"), lambda: self.choose_import("parts"))
        import_menu.addAction(
            self.tr("Opening balances from CSV…"), lambda: self.choose_import("balances")
        )
        self.import_button.setMenu(import_menu)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Stock list…"), lambda: self.choose_export("stock"))
        export_menu.addAction(self.tr("Movements…"), lambda: self.choose_export("movements"))
        self.export_button.setMenu(export_menu)
        for widget in (self.locations_button, self.import_button, self.export_button):
            header.addWidget(widget)
        layout.addLayout(header)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.catalogue = CatalogueView(db)
        self.to_order = ToOrderView(db)
        self.counts = CountsView(db)
        self.stack = QStackedWidget()
        for view in (self.catalogue, self.to_order, self.counts):
            self.stack.addWidget(view)
            view.changed.connect(self._changed)
        layout.addWidget(self.stack, 1)
        self.views.idClicked.connect(self.stack.setCurrentIndex)
        self.view_buttons["catalogue"].setChecked(True)
        self.locations_button.clicked.connect(self.manage_locations)

    # -- views ----------------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        chosen = self.view_buttons[key]
        chosen.setChecked(True)
        self.stack.setCurrentIndex(self.views.id(chosen))

    # A scanned part label opens the part here (see MainWindow.open_record).
    record_kinds = {"part": "open_part"}

    def open_part(self, part_id: uuid.UUID) -> None:
        self.show_view("catalogue")
        self.catalogue.open_part(part_id)

    def refresh(self) -> None:
        self.catalogue.refresh()
        self.to_order.refresh()
        self.counts.refresh()

    def showEvent(self, event) -> None:
        # Work done elsewhere (a repair order's parts, demo data) shows on coming back.
        super().showEvent(event)
        self.refresh()

    def save_state(self) -> None:
        self.catalogue.save_state()

    def _changed(self) -> None:
        sender = self.sender()
        for view in (self.catalogue, self.to_order, self.counts):
            if view is not sender:
                view.refresh()
        self.changed.emit()

    def manage_locations(self) -> LocationsDialog:
        dialog = LocationsDialog(self.db, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- import and export ----------------------------------------------------------------

    def choose_import(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = (
            self.tr("Import the parts catalogue")
            if kind == "parts"
            else self.tr("Import opening balances")
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if chosen:
            self.import_file(kind, Path(chosen))

    def import_file(self, kind: str, path: Path) -> ops.Op:
        """Import *path* (``"parts"`` or ``"balances"``) with progress and Cancel,
        then show the report with every refused line."""
        db = self.db
        importer = stock_io.import_parts if kind == "parts" else stock_io.import_opening_balances
        what = self.tr("lines")
        title = (
            self.tr("Catalogue import") if kind == "parts" else self.tr("Opening balances import")
        )

        def work():
            steps = importer(db, path)
            while True:
                try:
                    done, total = next(steps)
                except StopIteration as finished:
                    return finished.value
                yield done, total, f"{done:,} / {total:,} {what}"

        def finished(report: ImportReport) -> None:
            self.show_import_report(report, title, path.name)
            self.refresh()
            self.changed.emit()

        def stopped() -> None:
            self.banner.show_message(
                "warning",
                self.tr("Import of %s stopped; the lines before stay imported.") % path.name,
            )
            self.refresh()

        self.last_op = (
            ops.write(self, work)
            .with_progress(self.tr("Importing %s…") % path.name)
            .success(finished)
            .cancelled(stopped)
            .run()
        )
        return self.last_op

    def show_import_report(
        self, report: ImportReport, title: str, filename: str
    ) -> ImportReportDialog:
        dialog = ImportReportDialog(report, filename, self, title=title)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_export(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "stock.xlsx" if kind == "stock" else "stock-movements.xlsx"
        excel, csv_files = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the stock list") if kind == "stock" else self.tr("Export movements"),
            str(Path(folder) / name),
            f"{excel};;{csv_files}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if chosen_filter == csv_files else ".xlsx")
        self.export_to(kind, path)

    def export_to(self, kind: str, path: Path) -> ops.Op:
        """Write the stock list or the movements to *path* (.csv or .xlsx, by suffix)."""
        db = self.db
        write = stock_io.export_stock if kind == "stock" else stock_io.export_movements

        def saved(written: Path) -> None:
            self.banner.show_message("info", self.tr("Saved to %s.") % written)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FieldServiceError):
                self.banner.show_message("error", exc.message)
            else:
                ops.show_error(self, exc)

        self.last_op = (
            ops.Op(self, lambda: write(db, path))
            .with_progress(self.tr("Exporting to %s…") % path.name, cancellable=False)
            .success(saved)
            .failure(failed)
            .run()
        )
        return self.last_op
