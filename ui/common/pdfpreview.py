"""Previewing a printed document, then printing it through Qt's print dialog or
saving it as a PDF.

The core draws documents with ReportLab into PDF bytes; this dialog shows those
bytes with Qt's PDF viewer and, on Print, renders each page at the printer's
resolution onto the printer chosen in the standard print dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import button, label, primary_button


class PdfPreviewDialog(QDialog):
    """A document ready to print: *pdf* is the PDF's bytes; *filename* is offered
    when saving."""

    def __init__(
        self, pdf: bytes, title: str, filename: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.filename = filename
        self.setWindowTitle(title)
        self.resize(QSize(820, 900))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 0)
        pages = self.document.pageCount()
        self.pages_label = label(
            self.tr("%n page(s)", "", pages) if pages != 1 else self.tr("1 page"), "muted"
        )
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        self.save_button = button(self.tr("Save as PDF…"), "save")
        self.print_button = primary_button(self.tr("Print…"), "print")
        close = button(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)
        close.clicked.connect(self.reject)
        self.print_button.setDefault(True)

    def save(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.filename), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        return self.save_to(Path(chosen))

    def save_to(self, path: Path) -> Path:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("The file could not be written:\n%s") % exc
            )
            raise
        return path

    def printer(self) -> QPrinter:
        """A printer set up for the document's first page size."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.filename)
        size = self.document.pagePointSize(0)
        if size.isValid():
            page = QPageSize(
                size, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch
            )
            portrait = size.height() >= size.width()
            printer.setPageLayout(
                QPageLayout(
                    page,
                    QPageLayout.Orientation.Portrait
                    if portrait
                    else QPageLayout.Orientation.Landscape,
                    QPageLayout(
                        page, QPageLayout.Orientation.Portrait, printer.pageLayout().margins()
                    ).margins(),
                )
            )
        printer.setFullPage(True)
        return printer

    def print_document(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %s") % self.windowTitle())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page onto *printer*; returns the number of pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Not printed"), self.tr("The printer could not be started.")
            )
            return 0
        try:
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            count = self.document.pageCount()
            for page in range(count):
                if page:
                    printer.newPage()
                image = self.document.render(page, target.size())
                painter.drawImage(target, image)
            return count
        finally:
            painter.end()


def preview(parent: QWidget, pdf: bytes, title: str, filename: str) -> PdfPreviewDialog:
    """Show a document for printing (non-blocking); returns the dialog."""
    dialog = PdfPreviewDialog(pdf, title, filename, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
