"""Previewing a document before printing it or saving it."""

from __future__ import annotations

import io

from PySide6.QtPrintSupport import QPrinter

from fieldservice.printing.certificates import render_certificate
from fieldservice.services import warranty
from ui.common.pdfpreview import PdfPreviewDialog


def certificate_pdf(db, registration) -> bytes:
    out = io.BytesIO()
    render_certificate(warranty.certificate_data(db, registration.id), out)
    return out.getvalue()


def test_a_certificate_is_shown_then_printed_and_saved(qtbot, db, janes_warranty, tmp_path):
    pdf = certificate_pdf(db, janes_warranty)
    dialog = PdfPreviewDialog(pdf, "Certificate", f"{janes_warranty.number}.pdf")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    assert dialog.pages_label.text() == "1 page"

    printer = dialog.printer()
    assert printer.pageLayout().pageSize().id().name == "A4"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")

    saved = dialog.save_to(tmp_path / "copy")
    assert saved.name == "copy.pdf" and saved.read_bytes() == pdf
