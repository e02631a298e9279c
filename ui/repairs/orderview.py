"""A repair order as the technician works on it: where it stands and what may
happen next, the work notes, labour and parts, what it costs and who pays, its
history, and how past repairs of the same product were fixed.

Also the small pieces the repair screens share with the Desk: badges for
status, priority and coverage, and the time left in words.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, NotFound, PartOutOfStock
from fieldservice.services import repairs, stock, warranty
from fieldservice.services.coverage import CoverageStatus
from ui.common import ops, theme
from ui.common.forms import FieldErrors, form_layout, plain_text, save_buttons
from ui.common.pagedmodel import display
from ui.common.pdfpreview import PdfPreviewDialog, preview
from ui.common.widgets import (
    Banner,
    Facts,
    button,
    label,
    link_button,
    make_room,
    primary_button,
    section_title,
)

CONTEXT = "repairs"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- words ---------------------------------------------------------------------------------

STATUS_WORDS = {
    "received": QT_TRANSLATE_NOOP("repairs", "Received"),
    "diagnosing": QT_TRANSLATE_NOOP("repairs", "Diagnosing"),
    "waiting_parts": QT_TRANSLATE_NOOP("repairs", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("repairs", "Waiting for approval"),
    "in_repair": QT_TRANSLATE_NOOP("repairs", "In repair"),
    "quality_check": QT_TRANSLATE_NOOP("repairs", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("repairs", "Ready for pickup"),
    "delivered": QT_TRANSLATE_NOOP("repairs", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("repairs", "Cancelled"),
}
PRIORITY_WORDS = {
    "urgent": QT_TRANSLATE_NOOP("repairs", "Urgent"),
    "high": QT_TRANSLATE_NOOP("repairs", "High"),
    "normal": QT_TRANSLATE_NOOP("repairs", "Normal"),
    "low": QT_TRANSLATE_NOOP("repairs", "Low"),
}
SERVICE_TYPE_WORDS = {
    "installation": QT_TRANSLATE_NOOP("repairs", "Installation"),
    "commissioning": QT_TRANSLATE_NOOP("repairs", "Commissioning"),
    "training": QT_TRANSLATE_NOOP("repairs", "Training"),
    "preventive_maintenance": QT_TRANSLATE_NOOP("repairs", "Preventive maintenance"),
    "fault_repair": QT_TRANSLATE_NOOP("repairs", "Fault repair"),
    "replacement": QT_TRANSLATE_NOOP("repairs", "Replacement"),
    "return_refund": QT_TRANSLATE_NOOP("repairs", "Return / refund"),
}
CHANNEL_WORDS = {
    "walk_in": QT_TRANSLATE_NOOP("repairs", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("repairs", "Phone"),
    "online": QT_TRANSLATE_NOOP("repairs", "Online"),
    "on_site": QT_TRANSLATE_NOOP("repairs", "On-site visit"),
}
COVERAGE_WORDS = {
    "in_warranty": QT_TRANSLATE_NOOP("repairs", "In warranty"),
    "service_period": QT_TRANSLATE_NOOP("repairs", "Service period"),
    "expired": QT_TRANSLATE_NOOP("repairs", "Warranty expired"),
    "void": QT_TRANSLATE_NOOP("repairs", "Warranty void"),
    "not_registered": QT_TRANSLATE_NOOP("repairs", "Not registered"),
}

# What the button moving an order to a status says, by (from, to) or by the target.
MOVE_WORDS = {
    "diagnosing": QT_TRANSLATE_NOOP("repairs", "Start diagnosis"),
    "waiting_parts": QT_TRANSLATE_NOOP("repairs", "Wait for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("repairs", "Ask the customer to approve"),
    "in_repair": QT_TRANSLATE_NOOP("repairs", "Start repair"),
    "quality_check": QT_TRANSLATE_NOOP("repairs", "Repair done: quality check"),
    "ready": QT_TRANSLATE_NOOP("repairs", "Ready for pickup"),
    "delivered": QT_TRANSLATE_NOOP("repairs", "Hand back to the customer"),
    "cancelled": QT_TRANSLATE_NOOP("repairs", "Cancel order…"),
    ("waiting_parts", "diagnosing"): QT_TRANSLATE_NOOP("repairs", "Back to diagnosis"),
    ("waiting_parts", "in_repair"): QT_TRANSLATE_NOOP("repairs", "Parts here: repair"),
    ("waiting_approval", "in_repair"): QT_TRANSLATE_NOOP("repairs", "Approved: repair"),
    ("waiting_approval", "ready"): QT_TRANSLATE_NOOP("repairs", "Declined: return unrepaired…"),
    ("quality_check", "in_repair"): QT_TRANSLATE_NOOP("repairs", "Failed: back to repair"),
    ("quality_check", "ready"): QT_TRANSLATE_NOOP("repairs", "Passed: ready for pickup"),
}


def status_words(code: str) -> str:
    return _t(STATUS_WORDS[code]) if code in STATUS_WORDS else code


def priority_words(code: str, fallback: str = "") -> str:
    return _t(PRIORITY_WORDS[code]) if code in PRIORITY_WORDS else (fallback or code)


def service_type_words(code: str) -> str:
    return _t(SERVICE_TYPE_WORDS[code]) if code in SERVICE_TYPE_WORDS else code


def channel_words(code: str) -> str:
    return _t(CHANNEL_WORDS[code]) if code in CHANNEL_WORDS else code


def coverage_words(code: str) -> str:
    return _t(COVERAGE_WORDS[code]) if code in COVERAGE_WORDS else code


def move_words(from_status: str, to_status: str) -> str:
    text = MOVE_WORDS.get((from_status, to_status)) or MOVE_WORDS.get(to_status) or to_status
    return _t(text)


def needs_reason(from_status: str, to_status: str) -> bool:
    """Moves the lifecycle records only with a reason (see ``repairs.move``)."""
    return to_status == "cancelled" or (from_status, to_status) == ("waiting_approval", "ready")


# -- badges --------------------------------------------------------------------------------

# (background, text, border) of each kind of badge.
BADGE_COLOURS = {
    "green": ("#e7f6ec", "#1b6b3f", "#b5dfc4"),
    "amber": ("#fff4e5", "#93370d", "#f7d19e"),
    "red": ("#fef3f2", "#b42318", "#fecdca"),
    "blue": ("#eef4ff", "#1e40af", "#c7dbfb"),
    "grey": ("#eef2f7", "#394755", "#dde3ea"),
}
STATUS_KINDS = {
    "received": "blue",
    "diagnosing": "blue",
    "waiting_parts": "amber",
    "waiting_approval": "amber",
    "in_repair": "blue",
    "quality_check": "blue",
    "ready": "green",
    "delivered": "grey",
    "cancelled": "grey",
}
PRIORITY_KINDS = {"urgent": "red", "high": "amber"}


class Badge(QLabel):
    """A short coloured word or two: a status, a priority, covered or chargeable."""

    def __init__(self, text: str = "", kind: str = "grey", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = ""
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_badge(text, kind)

    def set_badge(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if kind == self.kind:
            return
        self.kind = kind
        background, colour, border = BADGE_COLOURS.get(kind, BADGE_COLOURS["grey"])
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {border};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; font-size: 9pt; }"
        )


def coverage_badge(status: str) -> tuple[str, str]:
    """(text, kind) of the badge saying whether repairs are covered or charged."""
    if status == CoverageStatus.IN_WARRANTY:
        return _t("Covered · in warranty"), "green"
    words = _t(COVERAGE_WORDS[status]) if status in COVERAGE_WORDS else status
    kind = "red" if status == CoverageStatus.VOID else "amber"
    return _t("Chargeable · %s") % words.lower(), kind


def coverage_summary(coverage: warranty.Coverage) -> str:
    """The coverage in one sentence, as the desk says it to the customer."""
    status = coverage.status
    if status is CoverageStatus.NOT_REGISTERED:
        return _t("Serial %s has no warranty registration: repairs are chargeable.") % (
            coverage.serial
        )
    if status is CoverageStatus.VOID:
        return _t("Warranty void: %s. Repairs are chargeable.") % (coverage.void_reason or "")
    if status is CoverageStatus.IN_WARRANTY:
        left = (coverage.warranty_end - coverage.on).days if coverage.warranty_end else 0
        return _t("In warranty until %s (%s days left).") % (
            display(coverage.warranty_end),
            display(left),
        )
    if status is CoverageStatus.SERVICE_PERIOD:
        return _t("Warranty ended %s; service period (chargeable) until %s.") % (
            display(coverage.warranty_end),
            display(coverage.service_end),
        )
    return _t("Warranty and service period ended %s.") % display(coverage.service_end)


# -- time and money ------------------------------------------------------------------------


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def when(moment: dt.datetime | None) -> str:
    """A moment in local time, with the month in letters: "25 Nov 2026, 14:02"."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=dt.UTC).astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return f"{day}, {locale.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def duration(delta: dt.timedelta, *, short: bool = False) -> str:
    """A span in words people glance at: "2 d 4 h", "3 h 20 min", "12 min";
    *short* leaves out the minutes of a span of hours (for a list column)."""
    minutes = int(abs(delta).total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _t("%d d %d h") % (days, hours) if hours else _t("%d d") % days
    if hours:
        return _t("%d h %d min") % (hours, mins) if mins and not short else _t("%d h") % hours
    return _t("%d min") % mins


def row_clock(row: repairs.OrderRow, at: dt.datetime | None = None) -> tuple[str, bool]:
    """(text, overdue) of the list's "due" column for *row*."""
    if row.status == "delivered":
        return _t("Delivered"), False
    if row.status == "cancelled":
        return _t("Cancelled"), False
    if row.status == "ready":
        return _t("Done"), False
    if row.waiting:
        return _t("Clock stopped"), False
    left = row.resolution_due - (at or now())
    if left < dt.timedelta(0):
        return _t("Overdue %s") % duration(left, short=True), True
    return _t("%s left") % duration(left, short=True), False


def order_clock(order: repairs.OrderRecord, at: dt.datetime | None = None) -> tuple[str, bool]:
    """(text, overdue) of the order view's clock line."""
    if order.status == "delivered":
        return _t("Handed back %s.") % when(order.delivered_at), False
    if order.status == "cancelled":
        return _t("Cancelled: %s") % (order.cancel_reason or _t("no reason given")), False
    if order.resolved_at is not None or order.status == "ready":
        return _t("Ready since %s.") % when(order.resolved_at), False
    if order.waiting_since is not None:
        return (
            _t("Clock stopped while waiting for the customer (since %s).")
            % when(order.waiting_since),
            False,
        )
    left = order.time_left(at or now())
    if left is None:
        return "", False
    if left < dt.timedelta(0):
        return (
            _t("Overdue by %s · the repair was due %s")
            % (duration(left), when(order.resolution_due)),
            True,
        )
    return _t("%s left · due %s") % (duration(left), when(order.resolution_due)), False


def short_when(moment: dt.datetime) -> str:
    """A moment this year without the year: "25 Nov, 14:02"."""
    local = moment.astimezone()
    if local.year != dt.date.today().year:
        return when(moment)
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM")
    return f"{day}, {locale.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return QLocale().toString(float(amount), "f", 2)


def quantity(amount: Decimal) -> str:
    return stock.shown(Decimal(amount))


# -- what the order view shows ------------------------------------------------------------


# The best matches among past repairs shown beside an order.
SIMILAR_SHOWN = 3


@dataclass(frozen=True)
class OrderDetails:
    order: repairs.OrderRecord
    history: list[tuple[dt.datetime, str, str, str, str]]
    labour: list[repairs.LabourRecord]
    parts: list[repairs.OrderPart]
    charges: repairs.Charges
    similar: list[repairs.SimilarRepair]
    targets: list[repairs.Target]
    technicians: list[str]
    locations: list[stock.LocationRecord]
    rework_of: str


def load_order(db: Database, order_id: uuid.UUID) -> OrderDetails:
    """Gather what the order view shows (run it through :mod:`ui.common.ops`)."""
    order = repairs.get_order(db, order_id)
    rework_of = ""
    if order.rework_of_id is not None:
        try:
            rework_of = repairs.get_order(db, order.rework_of_id).number
        except NotFound:
            rework_of = ""
    return OrderDetails(
        order=order,
        history=repairs.history(db, order_id),
        labour=repairs.labour_lines(db, order_id),
        parts=repairs.order_parts(db, order_id),
        charges=repairs.charges(db, order_id),
        similar=repairs.similar_repairs(db, order_id, limit=SIMILAR_SHOWN),
        targets=repairs.targets(db),
        technicians=repairs.technicians(db),
        locations=stock.list_locations(db),
        rework_of=rework_of,
    )


# -- printing ------------------------------------------------------------------------------

DOCUMENTS = {
    "a4": QT_TRANSLATE_NOOP("repairs", "Work order (A4)"),
    "a5": QT_TRANSLATE_NOOP("repairs", "Work order (A5)"),
    "label62": QT_TRANSLATE_NOOP("repairs", "Label 62 mm"),
    "label57x32": QT_TRANSLATE_NOOP("repairs", "Label 57 × 32 mm"),
    "receipt": QT_TRANSLATE_NOOP("repairs", "Intake receipt"),
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
        title = f"{_t(DOCUMENTS[document])} · {number}"
        dialog = preview(parent, pdf, title, f"{number}-{_FILE_NAMES[document]}.pdf")
        if shown is not None:
            shown(dialog)

    ops.Op(parent, render).with_progress(_t("Preparing the document…")).success(ready).run()


def print_menu(parent: QWidget, choose: Callable[[str], None]) -> QMenu:
    menu = QMenu(parent)
    for index, (document, text) in enumerate(DOCUMENTS.items()):
        if index == 4:
            menu.addSeparator()
        action = menu.addAction(_t(text))
        action.triggered.connect(lambda _checked=False, d=document: choose(d))
    return menu


# -- small building blocks --------------------------------------------------------------------


def panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A white card with a section title."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 12, 18, 16)
    layout.setSpacing(8)
    layout.addWidget(section_title(title))
    return frame, layout


def small_table(headers: list[str], stretch: int) -> QTableWidget:
    """A short, read-only table sized to its rows (an order's labour or parts)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    table.setFixedHeight(height + table.verticalHeader().defaultSectionSize() * max(len(rows), 1))
    table.setVisible(bool(rows))


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.hide()
    return error


class NumberField(QLineEdit):
    """A whole number typed in (minutes, hours); Up and Down step it."""

    def __init__(self, value: int, maximum: int, *, step: int = 1) -> None:
        super().__init__(str(value))
        self.maximum = maximum
        self.step = step
        self.setValidator(QIntValidator(0, maximum, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(90)

    def value(self) -> int:
        text = self.text().strip()
        return int(text) if text.isdigit() else 0

    def setValue(self, value: int) -> None:
        self.setText(str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = self.step if event.key() == Qt.Key.Key_Up else -self.step
            self.setValue(min(max(self.value() + step, 0), self.maximum))
            return
        super().keyPressEvent(event)


# -- dialogs -------------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Ask why (cancelling, a declined quote) and try the move; a refusal is shown
    beside the reason and nothing typed is lost."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        action: str,
        attempt: Callable[[str], FieldServiceError | None],
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "dialogTitle"))
        layout.addWidget(label(intro, "dialogIntro", wrap=True))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.reason = plain_text(3)
        self.errors.add_row(form, "reason", self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = primary_button(action)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self.confirm)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def confirm(self) -> bool:
        self.errors.clear()
        refused = self.attempt(self.reason.toPlainText())
        if refused is None:
            self.accept()
            return True
        self.errors.show(refused)
        return False


class ReworkDialog(QDialog):
    """The customer is back with a delivered unit: what is wrong now."""

    def __init__(self, db: Database, order: repairs.OrderRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.order = order
        self.saved: repairs.OrderRecord | None = None
        self.setWindowTitle(self.tr("Rework"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Rework of %s") % order.number, "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "A delivered order stays as it was. The unit gets a new order, linked to "
                    "this one, with the same customer, priority and technician."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.fault = plain_text(3)
        self.fault.setPlaceholderText(self.tr("What the customer says is wrong now"))
        self.errors.add_row(form, "fault_reported", self.tr("Fault reported"), self.fault)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons, self.save_button = save_buttons(self, self.tr("Open rework order"))
        layout.addWidget(buttons)
        self.fault.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = repairs.reopen_as_rework(self.db, self.order.id, self.fault.toPlainText())
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True


PART_ACTIONS = {
    "request": (
        QT_TRANSLATE_NOOP("repairs", "Request a part"),
        QT_TRANSLATE_NOOP("repairs", "Request"),
        QT_TRANSLATE_NOOP(
            "repairs",
            "Record that this order needs a part. The order cannot pass its quality check "
            "until the part is issued.",
        ),
    ),
    "issue": (
        QT_TRANSLATE_NOOP("repairs", "Issue a part"),
        QT_TRANSLATE_NOOP("repairs", "Issue"),
        QT_TRANSLATE_NOOP("repairs", "Take a part out of stock for this order."),
    ),
    "return": (
        QT_TRANSLATE_NOOP("repairs", "Return a part"),
        QT_TRANSLATE_NOOP("repairs", "Return"),
        QT_TRANSLATE_NOOP(
            "repairs",
            "Give back a part the order did not use, or hand in the faulty part taken "
            "out of the unit (it goes to quarantine).",
        ),
    ),
}


class PartDialog(QDialog):
    """Request, issue or return a part for an order. Too few in stock is said next
    to the quantity with where else the part is; a manager may allow it anyway."""

    def __init__(
        self,
        db: Database,
        details: OrderDetails,
        action: str,
        parent: QWidget,
        part: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.order = details.order
        self.action = action
        self.done_text = ""
        title, verb, intro = PART_ACTIONS[action]
        self.setWindowTitle(_t(title))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(f"{_t(title)} · {self.order.number}", "dialogTitle"))
        layout.addWidget(label(_t(intro), "dialogIntro", wrap=True))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()

        self.part = QComboBox()
        self.part.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.part.lineEdit().setPlaceholderText(self.tr("Part number: scan or type"))
        fitting = stock.parts_for_product(db, self.order.product_id)
        for p in fitting:
            self.part.addItem(f"{p.part_number} · {p.description}", p.part_number)
        for p in details.parts:
            if all(p.part_number != f.part_number for f in fitting):
                self.part.addItem(f"{p.part_number} · {p.description}", p.part_number)
        completer = QCompleter(self.part.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.part.setCompleter(completer)
        self.part.setEditText(part)
        hint = self.tr("Parts that fit this product are listed; any part number can be typed.")
        self.errors.add_row(form, "part", self.tr("Part"), self.part, hint=hint)

        self.quantity = QLineEdit("1")
        self.quantity.setMaximumWidth(120)
        self.elsewhere = QWidget()
        self.elsewhere_layout = QHBoxLayout(self.elsewhere)
        self.elsewhere_layout.setContentsMargins(0, 0, 0, 0)
        self.elsewhere_layout.setSpacing(6)
        self.elsewhere.hide()
        self.errors.add_row(
            form, "quantity", self.tr("Quantity"), self.quantity, extra=self.elsewhere
        )

        self.location = QComboBox()
        self.location.setMinimumWidth(300)
        default = 0
        for loc in details.locations:
            if loc.kind == "quarantine":
                continue
            self.location.addItem(f"{loc.code} · {loc.name}", loc.code)
            if self.order.technician and loc.technician == self.order.technician:
                default = self.location.count() - 1
        self.location.setCurrentIndex(default)
        self.errors.add_row(form, "location", self.tr("From / to"), self.location)

        self.bin = QLineEdit()
        self.bin.setPlaceholderText(self.tr("Any bin (the part's usual bin first)"))
        self.bin.setMaximumWidth(260)
        if action != "request":
            self.errors.add_row(form, "bin", self.tr("Bin"), self.bin)

        self.faulty = QCheckBox(self.tr("Faulty part taken out of the unit (to quarantine)"))
        if action == "return":
            self.errors.add_row(form, "faulty", "", self.faulty)
            self.faulty.toggled.connect(lambda on: self.location.setEnabled(not on))

        self.override_box = QCheckBox(self.tr("A manager allows taking stock below zero"))
        self.override_box.hide()
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(self.tr("Manager's name"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why it is allowed"))
        self.override = QWidget()
        override_form = form_layout()
        override_layout = QVBoxLayout(self.override)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addLayout(override_form)
        self.errors.add_row(override_form, "override_by", self.tr("Manager"), self.manager)
        self.errors.add_row(override_form, "reason", self.tr("Reason"), self.override_reason)
        self.override.hide()
        self.override_box.toggled.connect(self.override.setVisible)
        self.override_box.toggled.connect(lambda _on: make_room(self.override))
        if action == "issue":
            form.addRow("", self.override_box)
            form.addRow("", self.override)
        layout.addLayout(form)
        layout.addStretch(1)

        buttons, self.save_button = save_buttons(self, _t(verb))
        layout.addWidget(buttons)
        self.part.setFocus()

    def part_number(self) -> str:
        text = self.part.currentText().strip()
        index = self.part.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.part.itemData(index))
        return text.split("·")[0].strip()

    def save(self) -> bool:
        self.errors.clear()
        part, qty = self.part_number(), self.quantity.text().strip()
        location = str(self.location.currentData() or "")
        bin_code = self.bin.text().strip() or None
        try:
            part = stock.part_number(part, "part")
            if self.action == "request":
                repairs.request_part(self.db, self.order.id, part, qty, location)
                self.done_text = self.tr("%s × %s requested.") % (qty, part)
            elif self.action == "issue":
                repairs.issue_part(
                    self.db,
                    self.order.id,
                    part,
                    qty,
                    location,
                    bin=bin_code,
                    override_by=self.manager.text() if self.override_box.isChecked() else "",
                    reason=self.override_reason.text() if self.override_box.isChecked() else "",
                )
                self.done_text = self.tr("%s × %s issued to this order.") % (qty, part)
            else:
                faulty = self.faulty.isChecked()
                repairs.return_part(
                    self.db, self.order.id, part, qty, location, bin=bin_code, faulty=faulty
                )
                self.done_text = (
                    self.tr("Faulty %s handed in to quarantine.") % part
                    if faulty
                    else self.tr("%s × %s returned to stock.") % (qty, part)
                )
        except PartOutOfStock as exc:
            self.errors.show(exc)
            self._offer_elsewhere(exc)
            return False
        except FieldServiceError as exc:
            if exc.field in (None, "part_number") or isinstance(exc, NotFound):
                exc.field = "part"
            self.errors.show(exc)
            return False
        self.accept()
        return True

    def _offer_elsewhere(self, exc: PartOutOfStock) -> None:
        clear_layout(self.elsewhere_layout)
        codes = [str(self.location.itemData(i)) for i in range(self.location.count())]
        for code, bin_code, qty in exc.elsewhere[:4]:
            if code not in codes:
                continue
            where = f"{code}/{bin_code}" if bin_code else code
            take = link_button(self.tr("Take from %s (%s there)") % (where, quantity(qty)))
            take.clicked.connect(lambda _checked=False, c=code, b=bin_code: self._take_from(c, b))
            self.elsewhere_layout.addWidget(take)
        self.elsewhere_layout.addStretch(1)
        self.elsewhere.setVisible(self.elsewhere_layout.count() > 1)
        self.override_box.setVisible(self.action == "issue")
        make_room(self.elsewhere)

    def _take_from(self, code: str, bin_code: str) -> None:
        for i in range(self.location.count()):
            if self.location.itemData(i) == code:
                self.location.setCurrentIndex(i)
        self.bin.setText(bin_code)
        self.errors.clear()
        self.elsewhere.hide()


# -- the order view -----------------------------------------------------------------------------


class OrderView(QWidget):
    """One repair order, worked on from top to bottom."""

    backRequested = Signal()
    openOrderRequested = Signal(object)
    openUnitRequested = Signal(object)
    openCustomerRequested = Signal(object)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.order_id: uuid.UUID | None = None
        self.details: OrderDetails | None = None
        self.move_buttons: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        # The notes as last loaded: what was typed since is kept over a reload.
        self._loaded_notes: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        self.scroll = scroll
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 12, 20, 20)
        column.setSpacing(12)

        back_row = QHBoxLayout()
        self.back_button = link_button(self.tr("‹  All repair orders"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.backRequested)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        column.addLayout(back_row)
        back = QShortcut(QKeySequence("Alt+Left"), self, self.backRequested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        column.addWidget(self._build_header())
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(12)
        right = QVBoxLayout()
        right.setSpacing(12)
        left.addWidget(self._build_intake())
        left.addWidget(self._build_work())
        left.addWidget(self._build_labour())
        left.addWidget(self._build_parts())
        left.addStretch(1)
        # What helps the diagnosis comes first: how the same fault was fixed before.
        right.addWidget(self._build_similar())
        right.addWidget(self._build_history())
        right.addWidget(self._build_charges())
        right.addWidget(self._build_unit())
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        column.addLayout(columns)
        column.addStretch(1)

    # -- building ------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(10)
        icon = QLabel()
        icon.setPixmap(theme.pixmap("repairs", 32, theme.ACCENT))
        top.addWidget(icon)
        self.number = label("", "cardTitle")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.number)
        self.status_badge = Badge()
        self.priority_badge = Badge()
        self.coverage_badge = Badge()
        for badge in (self.status_badge, self.priority_badge, self.coverage_badge):
            top.addWidget(badge)
        top.addStretch(1)
        self.print_button = button(self.tr("Print"), "print")
        self.print_button.setMenu(print_menu(self, lambda d: self.print_document(d)))
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.subtitle = label("", "cardSubtitle", wrap=True)
        layout.addWidget(self.subtitle)
        clock = QHBoxLayout()
        clock.setSpacing(6)
        self.clock_icon = QLabel()
        self.clock_icon.setFixedSize(18, 18)
        clock.addWidget(self.clock_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.clock = label("", None, wrap=True)
        clock.addWidget(self.clock, 1)
        layout.addLayout(clock)
        self.rework_link = link_button("", "history")
        self.rework_link.clicked.connect(self._open_reworked)
        layout.addWidget(self.rework_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(4)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        layout.addLayout(self.actions)
        self.banner = Banner()
        layout.addWidget(self.banner)
        return frame

    def _build_intake(self) -> QWidget:
        frame, layout = panel(self.tr("At intake"))
        self.intake_facts = Facts()
        layout.addWidget(self.intake_facts)
        return frame

    def _build_work(self) -> QWidget:
        frame, layout = panel(self.tr("Diagnosis and work"))
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.diagnosis = plain_text(3)
        self.diagnosis.setPlaceholderText(self.tr("What was found"))
        self.work_done = plain_text(3)
        self.work_done.setPlaceholderText(self.tr("What was done, parts fitted, tests run"))
        self.technician = QComboBox()
        self.technician.setEditable(True)
        self.technician.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.technician.lineEdit().setPlaceholderText(self.tr("Not assigned"))
        self.technician.setMinimumWidth(240)
        self.priority = QComboBox()
        self.priority.setMinimumWidth(160)
        self.quote = QLineEdit()
        self.quote.setPlaceholderText(self.tr("Amount quoted to the customer"))
        self.quote.setMaximumWidth(220)
        self.errors.add_row(form, "diagnosis", self.tr("Diagnosis"), self.diagnosis)
        self.errors.add_row(form, "work_done", self.tr("Work done"), self.work_done)
        self.errors.add_row(form, "technician", self.tr("Technician"), self.technician)
        self.errors.add_row(form, "priority", self.tr("Priority"), self.priority)
        self.errors.add_row(form, "quote", self.tr("Quote"), self.quote)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.saved_note = label("", "muted")
        row.addWidget(self.saved_note, 1)
        self.save_button = primary_button(self.tr("Save"), "save")
        self.save_button.setToolTip(self.tr("Save the notes, technician, priority and quote"))
        self.save_button.clicked.connect(self.save_work)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        for edit in (self.diagnosis, self.work_done):
            edit.textChanged.connect(lambda: self.saved_note.clear())
        return frame

    def _build_labour(self) -> QWidget:
        frame, layout = panel(self.tr("Labour"))
        self.labour_empty = label(self.tr("No time logged yet."), "muted")
        layout.addWidget(self.labour_empty)
        self.labour_table = small_table(
            [
                self.tr("When"),
                self.tr("Technician"),
                self.tr("Time"),
                self.tr("Work"),
                self.tr("Amount"),
            ],
            stretch=3,
        )
        layout.addWidget(self.labour_table)
        self.labour_form = QWidget()
        grid = QGridLayout(self.labour_form)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.minutes = NumberField(30, 24 * 60, step=15)
        self.minutes.setToolTip(self.tr("Minutes spent; Up and Down change it by 15"))
        minutes = QWidget()
        minutes_row = QHBoxLayout(minutes)
        minutes_row.setContentsMargins(0, 0, 0, 0)
        minutes_row.setSpacing(4)
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(label(self.tr("min"), "fieldName"))
        self.labour_text = QLineEdit()
        self.labour_text.setPlaceholderText(self.tr("What was done"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("Rate per hour"))
        self.rate.setMaximumWidth(130)
        self.log_button = button(self.tr("Log time"), "add")
        self.log_button.clicked.connect(self.log_labour)
        self.labour_text.returnPressed.connect(self.log_labour)
        grid.addWidget(minutes, 0, 0)
        grid.addWidget(self.labour_text, 0, 1)
        grid.addWidget(self.rate, 0, 2)
        grid.addWidget(self.log_button, 0, 3)
        grid.setColumnStretch(1, 1)
        self.labour_error = error_label()
        grid.addWidget(self.labour_error, 1, 0, 1, 4)
        self.labour_errors = FieldErrors(self.banner)
        self.labour_errors.register("minutes", self.minutes, self.labour_error)
        self.labour_errors.register("hourly_rate", self.rate, self.labour_error)
        layout.addWidget(self.labour_form)
        return frame

    def _build_parts(self) -> QWidget:
        frame, layout = panel(self.tr("Parts"))
        self.parts_empty = label(self.tr("No parts requested or used."), "muted")
        layout.addWidget(self.parts_empty)
        self.parts_table = small_table(
            [
                self.tr("Part"),
                self.tr("Description"),
                self.tr("Requested"),
                self.tr("Issued"),
                self.tr("Returned"),
                self.tr("With order"),
            ],
            stretch=1,
        )
        layout.addWidget(self.parts_table)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.request_button = button(self.tr("Request…"), "add")
        self.issue_button = button(self.tr("Issue…"), "parts")
        self.return_button = button(self.tr("Return…"), "history")
        self.request_button.setToolTip(self.tr("Record that this order needs a part"))
        self.issue_button.setToolTip(self.tr("Take a part out of stock for this order"))
        self.return_button.setToolTip(
            self.tr("Give back an unused part, or hand in the faulty one")
        )
        for widget, action in (
            (self.request_button, "request"),
            (self.issue_button, "issue"),
            (self.return_button, "return"),
        ):
            widget.clicked.connect(lambda _checked=False, a=action: self.part_action(a))
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _build_charges(self) -> QWidget:
        frame, layout = panel(self.tr("Charges"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        self.charge_values: dict[str, QLabel] = {}
        rows = (
            ("parts", self.tr("Parts")),
            ("labour", self.tr("Labour")),
            ("covered", self.tr("Covered by the warranty")),
            ("chargeable", self.tr("To pay")),
            ("quote", self.tr("Quoted")),
        )
        for number, (key, title) in enumerate(rows):
            name = label(title, "fieldName")
            value = label("")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "chargeable":
                name.setStyleSheet("font-weight: 600; color: #1f2933;")
                value.setStyleSheet("font-weight: 600;")
            grid.addWidget(name, number, 0)
            grid.addWidget(value, number, 1)
            self.charge_values[key] = value
            if key == "quote":
                self.quote_name = name
        layout.addLayout(grid)
        return frame

    def _build_unit(self) -> QWidget:
        frame, layout = panel(self.tr("Unit and customer"))
        self.unit_facts = Facts()
        layout.addWidget(self.unit_facts)
        row = QHBoxLayout()
        self.open_unit_button = link_button(self.tr("Open unit"), "open")
        self.open_customer_button = link_button(self.tr("Open customer"), "open")
        self.open_unit_button.clicked.connect(self._open_unit)
        self.open_customer_button.clicked.connect(self._open_customer)
        row.addWidget(self.open_unit_button)
        row.addWidget(self.open_customer_button)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _build_similar(self) -> QWidget:
        frame, layout = panel(self.tr("Similar past repairs"))
        self.similar_intro = label("", "muted", wrap=True)
        layout.addWidget(self.similar_intro)
        self.similar_list = QVBoxLayout()
        self.similar_list.setSpacing(10)
        layout.addLayout(self.similar_list)
        return frame

    def _build_history(self) -> QWidget:
        frame, layout = panel(self.tr("History"))
        self.history_list = QVBoxLayout()
        self.history_list.setSpacing(8)
        layout.addLayout(self.history_list)
        return frame

    # -- loading ---------------------------------------------------------------------------

    def load(self, order_id: uuid.UUID) -> None:
        if order_id != self.order_id:
            self._loaded_notes = {}
            self.banner.clear()
            self.errors.clear()
            self.scroll.verticalScrollBar().setValue(0)
        self.order_id = order_id
        ops.Op(self, lambda: load_order(self.db, order_id)).success(self._loaded).run()

    def reload(self) -> None:
        if self.order_id is not None:
            self.load(self.order_id)

    def _loaded(self, details: OrderDetails) -> None:
        if details.order.id != self.order_id:
            return  # another order was opened meanwhile
        self.show_details(details)

    def show_details(self, details: OrderDetails) -> None:
        self.details = details
        order = details.order
        self.number.setText(order.number)
        self.status_badge.set_badge(status_words(order.status), STATUS_KINDS[order.status])
        target = next((t for t in details.targets if t.code == order.priority), None)
        self.priority_badge.set_badge(
            priority_words(order.priority, target.label if target else ""),
            PRIORITY_KINDS.get(order.priority, "grey"),
        )
        self.coverage_badge.set_badge(*coverage_badge(order.coverage))
        self.coverage_badge.setToolTip(order.coverage_note)
        self.subtitle.setText(
            " · ".join(
                p
                for p in (
                    order.product_name,
                    order.serial,
                    order.customer_name,
                    order.customer_phone,
                )
                if p
            )
        )
        self._show_clock(order)
        self.rework_link.setVisible(bool(details.rework_of))
        self.rework_link.setText(self.tr("Rework of %s: open it") % details.rework_of)
        self._show_actions(order)
        self._show_intake(order)
        self._show_work(details)
        self._show_labour(details)
        self._show_parts(details)
        self._show_charges(details)
        self._show_unit(order)
        self._show_similar(details)
        self._show_history(details)

    def tick(self) -> None:
        """Bring the time left up to date (time passes; nothing is fetched)."""
        if self.details is not None:
            self._show_clock(self.details.order)

    def _show_clock(self, order: repairs.OrderRecord) -> None:
        text, overdue = order_clock(order)
        self.clock.setText(text)
        colour = theme.DANGER if overdue else theme.MUTED
        self.clock.setStyleSheet(
            f"color: {theme.DANGER}; font-weight: 600;" if overdue else f"color: {theme.MUTED};"
        )
        self.clock_icon.setPixmap(theme.pixmap("warning" if overdue else "calendar", 16, colour))

    def _show_actions(self, order: repairs.OrderRecord) -> None:
        clear_layout(self.actions)
        self.move_buttons = {}
        forward = [s for s in repairs.MOVES[order.status] if s != "cancelled"]
        for number, status in enumerate(forward):
            text = move_words(order.status, status)
            widget = primary_button(text) if number == 0 else button(text)
            widget.clicked.connect(lambda _checked=False, s=status: self.move_to(s))
            self.actions.addWidget(widget)
            self.move_buttons[status] = widget
        self.rework_button: QPushButton | None = None
        if order.status == "delivered":
            self.rework_button = button(self.tr("Unit is back: rework…"), "history")
            self.rework_button.clicked.connect(self.rework)
            self.actions.addWidget(self.rework_button)
        self.actions.addStretch(1)
        if "cancelled" in repairs.MOVES[order.status]:
            cancel = button(move_words(order.status, "cancelled"), "close")
            cancel.clicked.connect(lambda: self.move_to("cancelled"))
            self.actions.addWidget(cancel)
            self.move_buttons["cancelled"] = cancel
        if not self.move_buttons and self.rework_button is None:
            self.actions.addWidget(label(self.tr("This order is closed."), "muted"))

    def _show_intake(self, order: repairs.OrderRecord) -> None:
        received = when(order.opened_at)
        if order.received_by:
            received = self.tr("%s by %s") % (received, order.received_by)
        self.intake_facts.set_facts(
            [
                ("fault", "warning", self.tr("Fault reported"), order.fault_reported),
                ("accessories", "parts", self.tr("Accessories"), order.accessories),
                ("condition", "info", self.tr("Condition"), order.condition),
                (
                    "service",
                    "repairs",
                    self.tr("Service"),
                    f"{service_type_words(order.service_type)} · {channel_words(order.channel)}",
                ),
                ("coverage", "warranty", self.tr("Coverage"), order.coverage_note),
                ("received", "calendar", self.tr("Received"), received),
            ]
        )

    def _set_note(self, key: str, edit, value: str) -> None:
        current = edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()
        # Keep what was typed since the last load; take the saved value otherwise.
        untouched = key not in self._loaded_notes or current == self._loaded_notes[key]
        if untouched and current != value:
            if hasattr(edit, "setPlainText"):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self._loaded_notes[key] = value

    def _show_work(self, details: OrderDetails) -> None:
        order = details.order
        self._set_note("diagnosis", self.diagnosis, order.diagnosis)
        self._set_note("work_done", self.work_done, order.work_done)
        self._set_note("quote", self.quote, money(order.quote_amount))
        typed_technician = self.technician.currentText()
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItems(details.technicians)
        self.technician.blockSignals(False)
        if "technician" in self._loaded_notes and typed_technician != self._loaded_notes.get(
            "technician"
        ):
            self.technician.setEditText(typed_technician)
        else:
            self.technician.setEditText(order.technician)
        self._loaded_notes["technician"] = order.technician
        self.priority.blockSignals(True)
        self.priority.clear()
        for target in details.targets:
            self.priority.addItem(priority_words(target.code, target.label), target.code)
            if target.code == order.priority:
                self.priority.setCurrentIndex(self.priority.count() - 1)
        self.priority.blockSignals(False)
        editable = order.is_open
        for widget in (self.diagnosis, self.work_done):
            widget.setReadOnly(not editable)
        for widget in (self.technician, self.priority, self.quote, self.save_button):
            widget.setEnabled(editable)

    def _show_labour(self, details: OrderDetails) -> None:
        rows = [
            [
                short_when(line.at),
                line.technician,
                duration(dt.timedelta(minutes=line.minutes)),
                line.description,
                money(line.amount) if line.hourly_rate else "",
            ]
            for line in details.labour
        ]
        fill_table(self.labour_table, rows, right=(2, 4))
        for row, line in enumerate(details.labour):
            self.labour_table.item(row, 0).setToolTip(when(line.at))
            self.labour_table.item(row, 3).setToolTip(line.description)
            if line.hourly_rate:
                self.labour_table.item(row, 4).setToolTip(
                    self.tr("%s at %s an hour")
                    % (duration(dt.timedelta(minutes=line.minutes)), money(line.hourly_rate))
                )
        self.labour_empty.setVisible(not rows)
        self.labour_form.setVisible(details.order.is_open)

    def _show_parts(self, details: OrderDetails) -> None:
        rows = [
            [
                p.part_number,
                p.description,
                quantity(p.requested) if p.requested else "",
                quantity(p.issued) if p.issued else "",
                quantity(p.returned + p.faulty_returned) if p.returned or p.faulty_returned else "",
                quantity(p.held),
            ]
            for p in details.parts
        ]
        fill_table(self.parts_table, rows, right=(2, 3, 4, 5))
        # Columns with nothing in them take no room from the description.
        self.parts_table.setColumnHidden(2, not any(p.requested for p in details.parts))
        self.parts_table.setColumnHidden(
            4, not any(p.returned or p.faulty_returned for p in details.parts)
        )
        for row, p in enumerate(details.parts):
            if p.waiting:
                item = self.parts_table.item(row, 2)
                item.setForeground(QColor(theme.WARNING))
                item.setToolTip(self.tr("%s not yet issued") % quantity(p.waiting))
        self.parts_empty.setVisible(not rows)
        is_open = details.order.is_open
        self.request_button.setVisible(is_open)
        self.issue_button.setVisible(is_open)
        self.return_button.setVisible(any(p.held > 0 for p in details.parts))

    def _show_charges(self, details: OrderDetails) -> None:
        c = details.charges
        values = {
            "parts": money(c.parts),
            "labour": money(c.labour),
            "covered": money(c.covered),
            "chargeable": money(c.chargeable),
            "quote": money(details.order.quote_amount),
        }
        for key, value in values.items():
            self.charge_values[key].setText(value)
        has_quote = details.order.quote_amount is not None
        self.charge_values["quote"].setVisible(has_quote)
        self.quote_name.setVisible(has_quote)

    def _show_unit(self, order: repairs.OrderRecord) -> None:
        brand_model = " ".join(p for p in (order.product_brand, order.product_model) if p)
        self.unit_facts.set_facts(
            [
                ("product", "units", self.tr("Product"), order.product_name),
                ("serial", "tag", self.tr("Serial"), order.serial),
                ("model", "parts", self.tr("Brand / model"), brand_model),
                ("customer", "user", self.tr("Customer"), order.customer_name),
                ("phone", "phone", self.tr("Phone"), order.customer_phone),
                ("email", "email", self.tr("E-mail"), order.customer_email),
            ]
        )
        self.open_customer_button.setVisible(order.customer_id is not None)

    def _show_similar(self, details: OrderDetails) -> None:
        clear_layout(self.similar_list)
        found = details.similar
        if not found:
            self.similar_intro.setText(
                self.tr("No past repair of this product had a fault like this one.")
            )
            return
        self.similar_intro.setText(
            self.tr("Repairs of the same product with a fault like this one, best match first.")
        )
        for repair in found:
            item = QWidget()
            box = QVBoxLayout(item)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            head = QHBoxLayout()
            head.setSpacing(6)
            link = link_button(repair.number)
            link.setToolTip(self.tr("Open %s") % repair.number)
            link.clicked.connect(
                lambda _checked=False, i=repair.id: self.openOrderRequested.emit(i)
            )
            head.addWidget(link)
            head.addWidget(label(display(repair.opened_at), "muted"))
            head.addStretch(1)
            box.addLayout(head)
            box.addWidget(label(repair.fault_reported, None, wrap=True))
            if repair.diagnosis:
                box.addWidget(label(self.tr("Found: %s") % repair.diagnosis, "muted", wrap=True))
            if repair.work_done:
                fixed = label(self.tr("Fixed: %s") % repair.work_done, None, wrap=True)
                fixed.setStyleSheet("color: #1b6b3f;")
                box.addWidget(fixed)
            else:
                box.addWidget(
                    label(
                        self.tr("Not fixed yet (%s)") % status_words(repair.status).lower(),
                        "muted",
                    )
                )
            self.similar_list.addWidget(item)

    def _show_history(self, details: OrderDetails) -> None:
        clear_layout(self.history_list)
        for at, from_status, to_status, by, reason in reversed(details.history):
            item = QWidget()
            box = QVBoxLayout(item)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            if from_status:
                title = f"{status_words(from_status)}  →  {status_words(to_status)}"
            else:
                title = self.tr("Opened: %s") % status_words(to_status).lower()
            head = label(title)
            head.setStyleSheet("font-weight: 600;")
            box.addWidget(head)
            meta = when(at) + (f" · {by}" if by else "")
            box.addWidget(label(meta, "muted"))
            if reason:
                box.addWidget(label(f"“{reason}”", None, wrap=True))
            self.history_list.addWidget(item)

    # -- actions ---------------------------------------------------------------------------

    def _work_changed(self) -> bool:
        if self.details is None:
            return False
        order = self.details.order
        return (
            self.diagnosis.toPlainText().strip() != order.diagnosis
            or self.work_done.toPlainText().strip() != order.work_done
            or self.technician.currentText().strip() != order.technician
            or self.priority.currentData() != order.priority
            or self.quote.text().strip() != money(order.quote_amount)
        )

    def _save_work(self) -> bool:
        """Save the work fields; on refusal show why beside the field."""
        if self.details is None:
            return False
        order = self.details.order
        quote = self.quote.text().strip()
        try:
            repairs.update_work(
                self.db,
                order.id,
                diagnosis=self.diagnosis.toPlainText(),
                work_done=self.work_done.toPlainText(),
                technician=self.technician.currentText(),
                quote_amount=quote if quote != money(order.quote_amount) else None,
                priority=self.priority.currentData(),
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        return True

    def save_work(self) -> bool:
        self.errors.clear()
        if not self._save_work():
            return False
        self.saved_note.setText(self.tr("Saved."))
        self._loaded_notes = {}
        self._changed()
        return True

    def move_to(self, status: str) -> None:
        if self.details is None:
            return
        current = self.details.order.status
        if needs_reason(current, status):
            if status == "cancelled":
                title = self.tr("Cancel %s") % self.details.order.number
                intro = self.tr(
                    "Say why the order is cancelled. The reason is kept in its history. "
                    "Parts issued to it must be returned first."
                )
                action = self.tr("Cancel order")
            else:
                title = self.tr("Return %s unrepaired") % self.details.order.number
                intro = self.tr(
                    "The customer did not approve the quote: the unit goes back unrepaired. "
                    "Say why; it is kept in the order's history."
                )
                action = self.tr("Return unrepaired")
            self.dialog = ReasonDialog(
                self, title, intro, action, lambda reason: self._move(status, reason, True)
            )
            self.dialog.open()
            return
        self._move(status, "", False)

    def _move(self, status: str, reason: str, asked: bool) -> FieldServiceError | None:
        """Make the move; a refusal about the reason goes back to the reason dialog,
        any other is shown here, in words, next to its field."""
        assert self.details is not None
        # What the last move said is stale once another is tried.
        self.banner.clear()
        self.errors.clear()
        if self.details.order.is_open and self._work_changed() and not self._save_work():
            return None
        try:
            order = repairs.move(self.db, self.details.order.id, status, reason)
        except FieldServiceError as exc:
            if asked and exc.field == "reason":
                return exc
            self.errors.show(exc)
            return None
        self.banner.show_message(
            "info", self.tr("%s is now: %s.") % (order.number, status_words(order.status).lower())
        )
        self._loaded_notes = {}
        self._changed()
        return None

    def log_labour(self) -> bool:
        if self.details is None:
            return False
        self.labour_errors.clear()
        try:
            repairs.log_labour(
                self.db,
                self.details.order.id,
                self.minutes.value(),
                self.labour_text.text(),
                self.technician.currentText().strip(),
                self.rate.text().strip() or 0,
            )
        except FieldServiceError as exc:
            self.labour_errors.show(exc)
            return False
        self.labour_text.clear()
        self._changed()
        return True

    def part_action(self, action: str, part: str = "") -> PartDialog | None:
        if self.details is None:
            return None
        dialog = PartDialog(self.db, self.details, action, self, part)
        dialog.accepted.connect(lambda: self._part_done(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _part_done(self, dialog: PartDialog) -> None:
        self.banner.show_message("info", dialog.done_text)
        self._changed()

    def rework(self) -> ReworkDialog | None:
        if self.details is None:
            return None
        dialog = ReworkDialog(self.db, self.details.order, self)
        dialog.accepted.connect(lambda: self._reworked(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reworked(self, dialog: ReworkDialog) -> None:
        self.changed.emit()
        if dialog.saved is not None:
            self.openOrderRequested.emit(dialog.saved.id)

    def print_document(self, document: str) -> None:
        if self.details is None:
            return
        order = self.details.order
        print_order(self, self.db, order.id, order.number, document, self._previewed)

    def _previewed(self, dialog: PdfPreviewDialog) -> None:
        self.preview_dialog = dialog

    def _changed(self) -> None:
        self.changed.emit()
        self.reload()

    def _open_reworked(self) -> None:
        if self.details is not None and self.details.order.rework_of_id is not None:
            self.openOrderRequested.emit(self.details.order.rework_of_id)

    def _open_unit(self) -> None:
        if self.details is not None:
            self.openUnitRequested.emit(self.details.order.unit_id)

    def _open_customer(self) -> None:
        if self.details is not None and self.details.order.customer_id is not None:
            self.openCustomerRequested.emit(self.details.order.customer_id)
