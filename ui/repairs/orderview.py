"""A repair order as the technician works on it: where it stands and what may
happen next, the work notes, labour and parts, and the panels of
:mod:`ui.repairs.orderpanels` (what it costs and who pays, its history, and how
past repairs of the same product were fixed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import repairs
from ui.common import ops, theme
from ui.common.badges import PRIORITY_KINDS, STATUS_KINDS, Badge, coverage_badge
from ui.common.formatting import money, quantity
from ui.common.forms import FieldErrors, form_layout, plain_text
from ui.common.pdfpreview import PdfPreviewDialog
from ui.common.tables import clear_layout, fill_table, panel, small_table
from ui.common.widgets import (
    Banner,
    button,
    label,
    link_button,
    primary_button,
)
from ui.common.words import move_words, needs_reason, priority_words, status_words
from ui.repairs.clock import order_clock
from ui.repairs.dialogs import PartDialog, ReasonDialog, ReworkDialog
from ui.repairs.documents import print_menu, print_order
from ui.repairs.labour import LabourPanel
from ui.repairs.orderpanels import (
    ChargesPanel,
    HistoryPanel,
    IntakePanel,
    SimilarRepairsPanel,
    UnitAndCustomerPanel,
)


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
        self.details: repairs.OrderDetails | None = None
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
        self.page_scroll = scroll
        # The name the view has always given it (QWidget.scroll is a method it hides).
        self.scroll = scroll  # type: ignore[method-assign, assignment]
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
        self.intake = IntakePanel()
        left.addWidget(self.intake)
        left.addWidget(self._build_work())
        self.labour = LabourPanel(db, self.banner, lambda: self.technician.currentText().strip())
        self.labour.logged.connect(self._changed)
        left.addWidget(self.labour)
        left.addWidget(self._build_parts())
        left.addStretch(1)
        # What helps the diagnosis comes first: how the same fault was fixed before.
        self.similar = SimilarRepairsPanel()
        self.similar.openOrderRequested.connect(self.openOrderRequested)
        self.history = HistoryPanel()
        self.charges = ChargesPanel()
        self.unit = UnitAndCustomerPanel()
        self.unit.openUnitRequested.connect(self.openUnitRequested)
        self.unit.openCustomerRequested.connect(self.openCustomerRequested)
        for widget in (self.similar, self.history, self.charges, self.unit):
            right.addWidget(widget)
        right.addStretch(1)
        # The panels' parts under the names the view has always given them.
        self.intake_facts = self.intake.facts
        self.labour_table, self.labour_error = self.labour.table, self.labour.error
        self.minutes, self.labour_text = self.labour.minutes, self.labour.text
        self.rate, self.log_button = self.labour.rate, self.labour.log_button
        self.similar_list, self.history_list = self.similar.items, self.history.items
        self.charge_values = self.charges.values
        self.open_unit_button = self.unit.open_unit_button
        self.open_customer_button = self.unit.open_customer_button
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
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        layout.addLayout(self.action_row)
        self.banner = Banner()
        layout.addWidget(self.banner)
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
        editor = self.technician.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Not assigned"))
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

    # -- loading ---------------------------------------------------------------------------

    def load(self, order_id: uuid.UUID) -> None:
        if order_id != self.order_id:
            self._loaded_notes = {}
            self.banner.clear()
            self.errors.clear()
            self.page_scroll.verticalScrollBar().setValue(0)
        self.order_id = order_id
        ops.Op(self, lambda: repairs.order_view(self.db, order_id)).success(self._loaded).run()

    def reload(self) -> None:
        if self.order_id is not None:
            self.load(self.order_id)

    def _loaded(self, details: repairs.OrderDetails) -> None:
        if details.order.id != self.order_id:
            return  # another order was opened meanwhile
        self.show_details(details)

    def show_details(self, details: repairs.OrderDetails) -> None:
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
        self.intake.show_order(order)
        self._show_work(details)
        self.labour.show_labour(order, details.labour)
        self._show_parts(details)
        self.charges.show_charges(details.charges, order.quote_amount)
        self.unit.show_order(order)
        self.similar.show_repairs(details.similar)
        self.history.show_history(details.history)

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
        clear_layout(self.action_row)
        self.move_buttons = {}
        forward = [s for s in repairs.MOVES[order.status] if s != "cancelled"]
        for number, status in enumerate(forward):
            text = move_words(order.status, status)
            widget = primary_button(text) if number == 0 else button(text)
            widget.clicked.connect(lambda _checked=False, s=status: self.move_to(s))
            self.action_row.addWidget(widget)
            self.move_buttons[status] = widget
        self.rework_button: QPushButton | None = None
        if order.status == "delivered":
            self.rework_button = button(self.tr("Unit is back: rework…"), "history")
            self.rework_button.clicked.connect(self.rework)
            self.action_row.addWidget(self.rework_button)
        self.action_row.addStretch(1)
        if "cancelled" in repairs.MOVES[order.status]:
            cancel = button(move_words(order.status, "cancelled"), "close")
            cancel.clicked.connect(lambda: self.move_to("cancelled"))
            self.action_row.addWidget(cancel)
            self.move_buttons["cancelled"] = cancel
        if not self.move_buttons and self.rework_button is None:
            self.action_row.addWidget(label(self.tr("This order is closed."), "muted"))

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

    def _show_work(self, details: repairs.OrderDetails) -> None:
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
        for field in (self.technician, self.priority, self.quote, self.save_button):
            field.setEnabled(editable)

    def _show_parts(self, details: repairs.OrderDetails) -> None:
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
                if item is None:
                    continue
                item.setForeground(QColor(theme.WARNING))
                item.setToolTip(self.tr("%s not yet issued") % quantity(p.waiting))
        self.parts_empty.setVisible(not rows)
        is_open = details.order.is_open
        self.request_button.setVisible(is_open)
        self.issue_button.setVisible(is_open)
        self.return_button.setVisible(any(p.held > 0 for p in details.parts))

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

    def _save_work(
        self,
        then: Callable[[], None],
        busy: QWidget | None = None,
        failed: Callable[[], None] | None = None,
    ) -> bool:
        """Save the work fields (on the writer thread), then call *then*; on refusal
        show why beside the field, then call *failed*."""
        if self.details is None:
            return False
        order = self.details.order
        quote = self.quote.text().strip()
        db, order_id = self.db, order.id
        diagnosis, work_done = self.diagnosis.toPlainText(), self.work_done.toPlainText()
        technician, priority = self.technician.currentText(), self.priority.currentData()
        quote_amount = quote if quote != money(order.quote_amount) else None

        def refused(exc: FieldServiceError) -> None:
            self.errors.show(exc)
            if failed is not None:
                failed()

        return ops.save(
            self,
            lambda: repairs.update_work(
                db,
                order_id,
                diagnosis=diagnosis,
                work_done=work_done,
                technician=technician,
                quote_amount=quote_amount,
                priority=priority,
            ),
            lambda _result: then(),
            refused,
            busy=self if busy is None else busy,
        )

    def save_work(self) -> bool:
        self.errors.clear()
        return self._save_work(self._work_saved)

    def _work_saved(self) -> None:
        self.saved_note.setText(self.tr("Saved."))
        self._loaded_notes = {}
        self._changed()

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
                self,
                title,
                intro,
                action,
                lambda reason, busy, answer: self._move(status, reason, busy, answer),
            )
            self.dialog.open()
            return
        self._move(status, "", self)

    def _move(
        self,
        status: str,
        reason: str,
        busy: QWidget,
        answer: Callable[[FieldServiceError | None], None] | None = None,
    ) -> None:
        """Make the move (the work typed is saved first). A refusal about the reason
        goes back to the reason dialog (*answer*), any other is shown here, in words,
        next to its field; *answer* then hears None, as it does when the move is made."""
        assert self.details is not None
        # What the last move said is stale once another is tried.
        self.banner.clear()
        self.errors.clear()
        db, order_id = self.db, self.details.order.id

        def answered() -> None:
            if answer is not None:
                answer(None)

        def moved(order: repairs.OrderRecord) -> None:
            self.banner.show_message(
                "info",
                self.tr("%s is now: %s.") % (order.number, status_words(order.status).lower()),
            )
            self._loaded_notes = {}
            self._changed()
            answered()

        def refused(exc: FieldServiceError) -> None:
            if answer is not None and exc.field == "reason":
                answer(exc)
                return
            self.errors.show(exc)
            answered()

        def move() -> None:
            ops.save(
                self, lambda: repairs.move(db, order_id, status, reason), moved, refused, busy=busy
            )

        if self.details.order.is_open and self._work_changed():
            self._save_work(move, busy, answered)
        else:
            move()

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
