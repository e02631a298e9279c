"""The documents of an order (work order, labels, intake receipt), rendered off
the GUI thread and shown in the print preview.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QMenu,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import repairs
from ui.common import ops
from ui.common.pdfpreview import PdfPreviewDialog, preview
from ui.common.words import tr

# -- printing ------------------------------------------------------------------------------

DOCUMENTS = {
    "a4": QT_TRANSLATE_NOOP("", "Work order (A4)"),
    "a5": QT_TRANSLATE_NOOP("", "Work order (A5)"),
    "label62": QT_TRANSLATE_NOOP("", "Label 62 mm"),
    "label57x32": QT_TRANSLATE_NOOP("", "Label 57 × 32 mm"),
    "receipt": QT_TRANSLATE_NOOP("", "Intake receipt"),
}
_FILE_NAMES = {
    "a4": "work-order-a4",
    "a5": "work-order-a5",
    "label62": "label-62mm",
    "label57x32": "label-57x32",
    "receipt": "intake-receipt",
}


def print_order(
    parent: QWidget,
    db: Database,
    order_id: uuid.UUID,
    number: str,
    document: str,
    shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> None:
    """Render *document* ("a4", "a5", "label62", "label57x32" or "receipt") of an
    order off the GUI thread and show it in the print preview."""

    def render() -> bytes:
        if document == "receipt":
            return repairs.intake_receipt_pdf(db, order_id)
        return repairs.work_order_pdf(db, order_id, document)

    def ready(pdf: bytes) -> None:
        title = f"{tr(DOCUMENTS[document])} · {number}"
        dialog = preview(parent, pdf, title, f"{number}-{_FILE_NAMES[document]}.pdf")
        if shown is not None:
            shown(dialog)

    # A write: rendering reads the priority targets, stored the first time they are needed.
    ops.write(parent, render).with_progress(tr("Preparing the document…")).success(ready).run()


def print_menu(parent: QWidget, choose: Callable[[str], None]) -> QMenu:
    menu = QMenu(parent)
    for index, (document, text) in enumerate(DOCUMENTS.items()):
        if index == 4:
            menu.addSeparator()
        action = menu.addAction(tr(text))
        action.triggered.connect(lambda _checked=False, d=document: choose(d))
    return menu
