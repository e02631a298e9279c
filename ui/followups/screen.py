"""The Follow-ups & feedback screen: calling customers back after service, and
the complaints that come of it.

**Today's calls** lists the follow-up calls due (some days after an order was
handed back; the delay is a setting in the header). The caller picks one, says
whether the customer was reached and, if so, records satisfaction (CSAT 1–5),
likelihood to recommend (NPS 0–10) and customer effort (1–5) with a comment.
A customer not reached is tried again the next day. An unhappy answer offers a
complaint at once, prefilled with what the customer said.

**Complaints** lists them (unresolved or all), to assign and to resolve — a
resolution always says what was done.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.services import followups
from fieldservice.services.followups import CallItem, CallOutcome, ComplaintRecord
from ui.common import ops, theme
from ui.common.forms import plain_text
from ui.common.pagedmodel import ROW_ROLE, Column, PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    Facts,
    ViewSwitch,
    button,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)
from ui.maintenance.forms import FormDialog, WholeNumberEdit, day_text, grow, row_of, technician_box
from ui.repairs.orderview import Badge, panel

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 46

STATUS_KINDS = {"open": "red", "investigating": "amber", "resolved": "green"}


def complaint_status_words(widget: QWidget) -> dict[str, str]:
    return {
        "open": widget.tr("Open"),
        "investigating": widget.tr("Investigating"),
        "resolved": widget.tr("Resolved"),
    }


# -- scores ------------------------------------------------------------------------------------


class ScoreButtons(QWidget):
    """A row of numbered buttons to pick one score from (e.g. CSAT 1 to 5), with the
    meaning of both ends written under it. Clicking the chosen one again clears it."""

    changed = Signal()

    _STYLE = """
    QPushButton { min-width: %dpx; max-width: %dpx; min-height: 24px; padding: 2px 0;
                  font-weight: 600; }
    QPushButton:checked { background: #2563eb; border-color: #1d4ed8; color: #ffffff; }
    QPushButton:checked:hover { background: #1d4ed8; }
    """

    def __init__(
        self, low: int, high: int, low_words: str, high_words: str, *, width: int = 34
    ) -> None:
        super().__init__()
        self.low, self.high = low, high
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        for value in range(low, high + 1):
            choice = QPushButton(str(value))
            choice.setCheckable(True)
            choice.setCursor(Qt.CursorShape.PointingHandCursor)
            choice.setStyleSheet(self._STYLE % (width - 4, width))
            self.group.addButton(choice, value)
            self.buttons[value] = choice
            row.addWidget(choice)
        row.addStretch(1)
        layout.addLayout(row)
        ends = QHBoxLayout()
        ends.setSpacing(0)
        ends.addWidget(label(f"{low} · {low_words}", "counter"))
        ends.addSpacing(16)
        ends.addWidget(label(f"{high} · {high_words}", "counter"))
        ends.addStretch(1)
        layout.addLayout(ends)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, value: int) -> None:
        for other, choice in self.buttons.items():
            if other != value:
                choice.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        for value, choice in self.buttons.items():
            if choice.isChecked():
                return value
        return None

    def set_value(self, value: int | None) -> None:
        for other, choice in self.buttons.items():
            choice.setChecked(other == value)

    def clear(self) -> None:
        self.set_value(None)


# -- dialogs -----------------------------------------------------------------------------------


class ComplaintDialog(FormDialog):
    """Record a complaint — about an order (from a follow-up call) or in general."""

    def __init__(
        self,
        db: Database,
        *,
        order_id: uuid.UUID | None = None,
        about: str = "",
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=580)
        self.set_texts(
            self.tr("Open a complaint"),
            self.tr("Open a complaint"),
            about,
            self.tr("Open complaint"),
        )
        self.db = db
        self.order_id = order_id
        self.saved: ComplaintRecord | None = None
        self.description = plain_text(5)
        self.description.setPlainText(description)
        self.description.setPlaceholderText(self.tr("What the customer complains about"))
        self.errors.add_row(self.form, "description", self.tr("Complaint"), self.description)
        self.assigned_to = technician_box(db)
        self.assigned_to.lineEdit().setPlaceholderText(self.tr("Who looks into it (optional)"))
        self.errors.add_row(self.form, "assigned_to", self.tr("Assign to"), grow(self.assigned_to))
        self.description.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = followups.open_complaint(
                self.db,
                self.description.toPlainText(),
                order_id=self.order_id,
                assigned_to=self.assigned_to.currentText(),
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True


class AssignDialog(FormDialog):
    """Give a complaint to someone to investigate."""

    def __init__(
        self, db: Database, complaint: ComplaintRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=480)
        self.set_texts(
            self.tr("Assign complaint"),
            self.tr("Assign %s") % complaint.number,
            complaint.description,
            self.tr("Assign"),
        )
        self.db = db
        self.complaint = complaint
        self.saved: ComplaintRecord | None = None
        self.person = technician_box(db, complaint.assigned_to)
        self.errors.add_row(self.form, "assigned_to", self.tr("Assign to"), grow(self.person))
        self.person.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = followups.assign_complaint(
                self.db, self.complaint.id, self.person.currentText()
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True


class ResolveDialog(FormDialog):
    """Close a complaint with a note saying what was done about it."""

    def __init__(
        self, db: Database, complaint: ComplaintRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=540)
        self.set_texts(
            self.tr("Resolve complaint"),
            self.tr("Resolve %s") % complaint.number,
            complaint.description,
            self.tr("Resolve"),
        )
        self.db = db
        self.complaint = complaint
        self.saved: ComplaintRecord | None = None
        self.resolution = plain_text(4)
        self.resolution.setPlaceholderText(
            self.tr("What was done, e.g. apologised and refunded the call-out charge")
        )
        self.errors.add_row(self.form, "resolution", self.tr("Resolution"), self.resolution)
        self.resolution.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = followups.resolve_complaint(
                self.db, self.complaint.id, self.resolution.toPlainText()
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True


class DelayDialog(FormDialog):
    """How many days after an order is handed back the customer is called."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=460)
        self.set_texts(
            self.tr("Follow-up calls"),
            self.tr("When to call customers back"),
            self.tr(
                "Orders handed back from now on get their call this many days later. "
                "Calls already planned keep their day."
            ),
            self.tr("Save"),
        )
        self.db = db
        self.days = WholeNumberEdit(0, 365, followups.follow_up_days(db), width=70)
        self.errors.add_row(
            self.form,
            "days",
            self.tr("Call"),
            row_of(self.days, label(self.tr("days after the order is handed back"))),
            control=self.days,
        )

    def save(self) -> bool:
        self.errors.clear()
        try:
            days = self.days.value()
            if days is None:
                raise InvalidInput(self.tr("Enter a number of days."), field="days")
            followups.set_follow_up_days(self.db, days)
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True


# -- today's calls -----------------------------------------------------------------------------


def short_day(day: dt.date) -> str:
    form = "d MMM" if day.year == dt.date.today().year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def call_columns(widget: QWidget) -> list[Column[CallItem]]:
    return [
        Column(
            widget.tr("Customer"),
            lambda c: f"{c.customer_name or widget.tr('No owner')}\n{c.customer_phone}",
            width=168,
            icon=lambda c: theme.icon("phone", theme.MUTED),
        ),
        Column(
            widget.tr("Order"),
            lambda c: f"{c.order_number}\n{c.serial}",
            width=176,
        ),
        Column(
            widget.tr("What was done"),
            lambda c: (c.work_done or "").replace("\n", " "),
            width=200,
            stretch=True,
            tooltip=lambda c: c.work_done or None,
        ),
        Column(
            widget.tr("Attempt"),
            lambda c: (
                widget.tr("Try %d of %d") % (c.attempts + 1, followups.MAX_ATTEMPTS)
                + "\n"
                + widget.tr("due %s") % short_day(c.due_on)
            ),
            width=100,
            tooltip=lambda c: widget.tr("Due since %s") % day_text(c.due_on),
        ),
    ]


class CallsModel(PagedTableModel):
    """Calls; one tried before shows its attempt count in amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            call = super().data(index, ROW_ROLE)
            if call is not None and call.attempts:
                return QColor(theme.WARNING)
            return None
        return super().data(index, role)


class CallPanel(QFrame):
    """The call in hand: who to ring, what was done, and the outcome to record."""

    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.call: CallItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.title = label("", "cardTitle", wrap=True)
        self.phone = label("", None)
        self.phone.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1d4ed8;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = label("", "cardSubtitle", wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.phone)
        layout.addWidget(self.subtitle)
        self.work_done = label("", wrap=True)
        self.work_done.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(section_title(self.tr("What was done")))
        layout.addWidget(self.work_done)

        layout.addWidget(section_title(self.tr("Outcome")))
        outcome = QHBoxLayout()
        outcome.setSpacing(8)
        self.reached = QPushButton(theme.icon("check", theme.ACCENT), self.tr("Reached"))
        self.not_reached = QPushButton(theme.icon("close", theme.MUTED), self.tr("Not reached"))
        self.outcome = QButtonGroup(self)
        for number, choice in enumerate((self.reached, self.not_reached)):
            choice.setCheckable(True)
            choice.setMinimumWidth(132)
            choice.setStyleSheet(
                "QPushButton:checked { background: #dbeafe; border-color: #2563eb;"
                " color: #1e40af; font-weight: 600; }"
            )
            self.outcome.addButton(choice, number)
            outcome.addWidget(choice)
        outcome.addStretch(1)
        layout.addLayout(outcome)
        self.reached_error = _error()
        layout.addWidget(self.reached_error)

        self.scores = QWidget()
        scores = QVBoxLayout(self.scores)
        scores.setContentsMargins(0, 4, 0, 0)
        scores.setSpacing(4)
        self.csat = ScoreButtons(1, 5, self.tr("very unhappy"), self.tr("very happy"))
        self.nps = ScoreButtons(0, 10, self.tr("not at all"), self.tr("certainly"), width=29)
        self.effort = ScoreButtons(1, 5, self.tr("very easy"), self.tr("very hard"))
        self.score_errors: dict[str, QLabel] = {}
        for field, title, widget in (
            ("csat", self.tr("How satisfied were you with the service? (CSAT)"), self.csat),
            ("nps", self.tr("Would you recommend us to a friend? (NPS)"), self.nps),
            ("effort", self.tr("How easy was it to get it sorted? (effort)"), self.effort),
        ):
            scores.addWidget(label(title, "fieldName", wrap=True))
            scores.addWidget(widget)
            error = _error()
            scores.addWidget(error)
            self.score_errors[field] = error
            widget.changed.connect(lambda f=field: self.score_errors[f].hide())
            scores.addSpacing(4)
        layout.addWidget(self.scores)
        layout.addWidget(label(self.tr("Comment"), "fieldName"))
        self.comment = plain_text(3)
        self.comment.setPlaceholderText(self.tr("What the customer said, in their words"))
        layout.addWidget(self.comment)
        self.save_button = primary_button(self.tr("Save call"), "save")
        self.save_button.setEnabled(False)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.outcome.idClicked.connect(lambda _n: self._outcome_chosen())
        self.save_button.clicked.connect(self.saveRequested)
        self.scores.setEnabled(False)

    def show_call(self, call: CallItem) -> None:
        changed = self.call is None or self.call.id != call.id
        self.call = call
        self.title.setText(call.customer_name or self.tr("No owner recorded"))
        self.phone.setText(call.customer_phone or self.tr("No phone number"))
        self.subtitle.setText(
            self.tr("Order %s · unit %s · try %d of %d")
            % (call.order_number, call.serial, call.attempts + 1, followups.MAX_ATTEMPTS)
        )
        self.work_done.setText(call.work_done or self.tr("Nothing written on the order."))
        if changed:
            self.clear_outcome()

    def clear_outcome(self) -> None:
        self.outcome.setExclusive(False)
        self.reached.setChecked(False)
        self.not_reached.setChecked(False)
        self.outcome.setExclusive(True)
        for scores in (self.csat, self.nps, self.effort):
            scores.clear()
        self.comment.clear()
        self.clear_errors()
        self._outcome_chosen()

    def clear_errors(self) -> None:
        self.reached_error.hide()
        for error in self.score_errors.values():
            error.hide()

    def show_error(self, exc: FieldServiceError) -> bool:
        """Show *exc* beside its field; False if it names none here."""
        error = self.score_errors.get(exc.field or "")
        if exc.field == "reached":
            error = self.reached_error
        if error is None:
            return False
        error.setText(exc.message)
        error.show()
        return True

    def _outcome_chosen(self) -> None:
        reached = self.reached.isChecked()
        self.scores.setEnabled(reached)
        self.save_button.setEnabled(reached or self.not_reached.isChecked())
        self.reached_error.hide()
        self.save_button.setText(
            self.tr("Save: not reached") if self.not_reached.isChecked() else self.tr("Save call")
        )


def _error() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.hide()
    return error


class CallsView(QWidget):
    """The calls due today (and overdue ones), and the one being made."""

    changed = Signal()
    complaintOpened = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.on = dt.date.today()
        self.dialog: ComplaintDialog | None = None
        self.last_outcome: CallOutcome | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.banner = Banner()
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        self.counter = label("", "counter")
        left_layout.addWidget(self.counter)
        self.model = CallsModel(
            call_columns(self),
            count=lambda on: followups.count_calls_due(db, on),
            fetch=lambda on, offset, limit: followups.list_calls_due(
                db, on, offset=offset, limit=limit
            ),
            query=self.on,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.empty = EmptyState(
            "followups",
            self.tr("No calls to make today"),
            self.tr(
                "A call is planned some days after each order is handed back; it shows "
                "here on its day."
            ),
        )
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        left_layout.addWidget(self.list_stack, 1)
        splitter.addWidget(left)
        self.panel = CallPanel()
        self.panel.setMinimumWidth(370)
        self.no_call = EmptyState(
            "phone", self.tr("Choose a call"), self.tr("Pick a customer from the list to call.")
        )
        # When a message above the list takes some height, the call scrolls rather
        # than squeezing the score buttons onto their captions.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.no_call)
        self.detail.addWidget(scroll)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 380])
        layout.addWidget(splitter, 1)

        self.model.totalChanged.connect(self._show_total)
        self.model.pageLoaded.connect(lambda _p: self._page_loaded())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.saveRequested.connect(self.save_call)
        self._show_total(self.model.total())

    def refresh(self) -> None:
        self.on = dt.date.today()
        self.model.set_query(self.on)
        self.model.refresh()

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.counter.setText(self.tr("Counting…"))
            return
        self.counter.setText(
            counted(total, self.tr("1 call to make"), self.tr("{n} calls to make")) if total else ""
        )
        self.list_stack.setCurrentIndex(0 if total else 1)
        if not total:
            self.detail.setCurrentIndex(0)

    def _page_loaded(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        # The row in hand may now hold another call (the one above was recorded).
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        call = self.model.row(current.row()) if current.isValid() else None
        if call is None:
            self.detail.setCurrentIndex(0)
            return
        if self.panel.call is None or self.panel.call != call:
            self.panel.show_call(call)
        self.detail.setCurrentIndex(1)

    def save_call(self) -> CallOutcome | None:
        panel = self.panel
        call = panel.call
        if call is None:
            return None
        panel.clear_errors()
        if not (panel.reached.isChecked() or panel.not_reached.isChecked()):
            panel.show_error(
                InvalidInput(self.tr("Say whether the customer answered."), field="reached")
            )
            return None
        reached = panel.reached.isChecked()
        comment = panel.comment.toPlainText()
        try:
            outcome = followups.record_call(
                self.db,
                call.id,
                reached=reached,
                csat=panel.csat.value() if reached else None,
                nps=panel.nps.value() if reached else None,
                effort=panel.effort.value() if reached else None,
                comment=comment,
            )
        except FieldServiceError as exc:
            if not panel.show_error(exc):
                self.banner.show_message("error", exc.message)
            return None
        self.last_outcome = outcome
        name = call.customer_name or call.order_number
        if outcome.status == "open":
            self.banner.show_message(
                "info",
                self.tr("%s not reached: the call is moved to %s (try %d of %d).")
                % (
                    name,
                    day_text(outcome.next_due_on),
                    call.attempts + 2,
                    followups.MAX_ATTEMPTS,
                ),
            )
        elif outcome.status == "gave_up":
            self.banner.show_message(
                "warning",
                self.tr("%s not reached after %d tries: the call is closed.")
                % (name, followups.MAX_ATTEMPTS),
            )
        elif outcome.unhappy:
            self.banner.show_message(
                "warning",
                self.tr("Call with %s saved. The customer is unhappy.") % name,
                [(self.tr("Open a complaint"), lambda: self.open_complaint(call, comment))],
            )
        else:
            self.banner.show_message("info", self.tr("Call with %s saved. Thank you!") % name)
        panel.call = None
        self.table.clearSelection()
        self.model.refresh()
        self.changed.emit()
        if outcome.unhappy:
            self.open_complaint(call, comment)
        return outcome

    def open_complaint(self, call: CallItem, comment: str) -> ComplaintDialog:
        about = self.tr("About order %s of %s (unit %s).") % (
            call.order_number,
            call.customer_name or self.tr("no owner"),
            call.serial,
        )
        dialog = ComplaintDialog(
            self.db, order_id=call.order_id, about=about, description=comment, parent=self
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._complaint_opened(dialog))
        dialog.open()
        return dialog

    def _complaint_opened(self, dialog: ComplaintDialog) -> None:
        if dialog.saved is None:
            return
        self.banner.show_message("info", self.tr("Complaint %s opened.") % dialog.saved.number)
        self.complaintOpened.emit(dialog.saved.id)
        self.changed.emit()


# -- complaints --------------------------------------------------------------------------------


def complaint_columns(widget: QWidget) -> list[Column[ComplaintRecord]]:
    words = complaint_status_words(widget)
    return [
        Column(
            widget.tr("Complaint"),
            lambda c: f"{c.number}\n{day_text(c.opened_on)}",
            width=140,
        ),
        Column(
            widget.tr("Customer · order"),
            lambda c: f"{c.customer_name or '—'}\n{c.order_number}",
            width=170,
        ),
        Column(
            widget.tr("What the customer said"),
            lambda c: c.description.replace("\n", " "),
            width=220,
            stretch=True,
            tooltip=lambda c: c.description,
        ),
        Column(
            widget.tr("Status"),
            lambda c: f"{words.get(c.status, c.status)}\n{c.assigned_to}",
            width=124,
            tooltip=lambda c: (
                widget.tr("Assigned to %s") % c.assigned_to if c.assigned_to else None
            ),
        ),
    ]


class ComplaintsModel(PagedTableModel):
    COLOURS = {"open": QColor(theme.DANGER), "investigating": QColor(theme.WARNING)}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            complaint = super().data(index, ROW_ROLE)
            if complaint is None:
                return None
            return self.COLOURS.get(complaint.status, QColor("#1b6b3f"))
        return super().data(index, role)


class ComplaintsView(QWidget):
    """Complaints, unresolved first by default; assign and resolve the chosen one."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.current: ComplaintRecord | None = None
        self.dialog: QDialog | None = None
        self._select_when_loaded: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(label(self.tr("Show"), "fieldName"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Unresolved"), "unresolved")
        self.status.addItem(self.tr("All complaints"), "")
        for code, words in complaint_status_words(self).items():
            self.status.addItem(words, code)
        bar.addWidget(self.status)
        self.counter = label("", "counter")
        bar.addWidget(self.counter)
        bar.addStretch(1)
        self.new_button = primary_button(self.tr("New complaint…"), "add")
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.banner = Banner()
        layout.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.model = ComplaintsModel(
            complaint_columns(self),
            count=lambda status: followups.count_complaints(db, status),
            fetch=lambda status, offset, limit: followups.list_complaints_page(
                db, status, offset=offset, limit=limit
            ),
            query="unresolved",
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.empty = EmptyState("followups", "", "")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        splitter.addWidget(self.list_stack)

        card, card_layout = panel(self.tr("Complaint"))
        head = QHBoxLayout()
        self.title = label("", "cardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.badge = Badge()
        head.addWidget(self.badge)
        card_layout.insertLayout(0, head)
        self.facts = Facts()
        card_layout.addWidget(self.facts)
        card_layout.addWidget(section_title(self.tr("What the customer said")))
        self.description = label("", wrap=True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.description)
        self.resolution_title = section_title(self.tr("Resolution"))
        card_layout.addWidget(self.resolution_title)
        self.resolution = label("", wrap=True)
        self.resolution.setTextFormat(Qt.TextFormat.PlainText)
        card_layout.addWidget(self.resolution)
        buttons = QHBoxLayout()
        self.assign_button = button(self.tr("Assign…"), "user")
        self.resolve_button = primary_button(self.tr("Resolve…"), "check")
        buttons.addStretch(1)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.resolve_button)
        card_layout.addLayout(buttons)
        card_layout.addStretch(1)
        self.no_complaint = EmptyState(
            "followups", self.tr("Choose a complaint"), self.tr("Its details show here.")
        )
        self.detail = QStackedWidget()
        self.detail.addWidget(self.no_complaint)
        self.detail.addWidget(card)
        self.detail.setMinimumWidth(340)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])
        layout.addWidget(splitter, 1)

        self.status.currentIndexChanged.connect(
            lambda _i: self.model.set_query(self.status.currentData())
        )
        self.model.totalChanged.connect(self._show_total)
        self.model.pageLoaded.connect(lambda _p: self._page_loaded())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.assign_button.clicked.connect(lambda: self.assign())
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self._show_total(self.model.total())

    def refresh(self) -> None:
        self.model.refresh()
        if self.current is not None:
            self.show_complaint(self.current.id)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.counter.setText(self.tr("Counting…"))
            return
        self.counter.setText(counted(total, self.tr("1 complaint"), self.tr("{n} complaints")))
        if total:
            self.list_stack.setCurrentIndex(0)
            return
        if self.status.currentData() == "unresolved":
            self.empty.set_text(
                self.tr("No unresolved complaints"),
                self.tr("Every complaint recorded has been resolved."),
            )
        else:
            self.empty.set_text(
                self.tr("No complaints"),
                self.tr("Complaints come from follow-up calls or are recorded with New complaint…"),
            )
        self.list_stack.setCurrentIndex(1)

    def _page_loaded(self) -> None:
        if self._select_when_loaded is not None:
            row = self.model.find_key(self._select_when_loaded)
            if row is not None:
                self._select_when_loaded = None
                self.table.selectRow(row)

    def open_complaint(self, complaint_id: uuid.UUID) -> None:
        """Show one complaint (selected in the list when it is in view)."""
        self._select_when_loaded = complaint_id
        self.model.refresh()
        self._page_loaded()
        self.show_complaint(complaint_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        complaint = self.model.row(current.row()) if current.isValid() else None
        if complaint is not None:
            self._show(complaint)

    def show_complaint(self, complaint_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: followups.get_complaint(db, complaint_id)).success(self._show).run()

    def _show(self, complaint: ComplaintRecord) -> None:
        self.current = complaint
        words = complaint_status_words(self)
        self.title.setText(complaint.number)
        self.badge.set_badge(
            words.get(complaint.status, complaint.status),
            STATUS_KINDS.get(complaint.status, "grey"),
        )
        self.facts.set_facts(
            [
                ("customer", "user", self.tr("Customer"), complaint.customer_name),
                ("order", "repairs", self.tr("Order"), complaint.order_number),
                ("opened", "calendar", self.tr("Opened"), day_text(complaint.opened_on)),
                ("assigned", "user", self.tr("Assigned to"), complaint.assigned_to),
                ("resolved", "check", self.tr("Resolved"), day_text(complaint.resolved_on)),
            ]
        )
        self.description.setText(complaint.description)
        resolved = complaint.status == "resolved"
        self.resolution_title.setVisible(resolved)
        self.resolution.setVisible(resolved)
        self.resolution.setText(complaint.resolution)
        self.assign_button.setEnabled(not resolved)
        self.resolve_button.setEnabled(not resolved)
        self.detail.setCurrentIndex(1)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: Any) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        if isinstance(dialog, ResolveDialog):
            self.banner.show_message("info", self.tr("%s resolved.") % saved.number)
        self._show(saved)
        self.model.refresh()
        self.changed.emit()

    def new_complaint(self) -> QDialog:
        return self._open(ComplaintDialog(self.db, parent=self))

    def assign(self) -> QDialog | None:
        if self.current is None:
            return None
        return self._open(AssignDialog(self.db, self.current, self))

    def resolve(self) -> QDialog | None:
        if self.current is None:
            return None
        return self._open(ResolveDialog(self.db, self.current, self))


# -- the screen --------------------------------------------------------------------------------


class FollowUpsScreen(QWidget):
    """Follow-ups & feedback: today's calls and the complaints."""

    changed = Signal()
    record_kinds: dict[str, str] = {}

    VIEWS = ("calls", "complaints")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: DelayDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(8)
        switcher = ViewSwitch(
            [
                ("calls", self.tr("Today's calls"), "phone"),
                ("complaints", self.tr("Complaints"), "warning"),
            ]
        )
        self.views = switcher.group
        self.view_buttons = switcher.buttons
        header.addWidget(switcher)
        header.addStretch(1)
        self.delay = label("", "counter")
        header.addWidget(self.delay)
        self.delay_button = button(self.tr("Change…"), "calendar")
        self.delay_button.setToolTip(self.tr("How many days after delivery customers are called"))
        header.addWidget(self.delay_button)
        layout.addLayout(header)

        self.calls = CallsView(db)
        self.complaints = ComplaintsView(db)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.calls)
        self.stack.addWidget(self.complaints)
        layout.addWidget(self.stack, 1)
        self.views.idClicked.connect(self.stack.setCurrentIndex)
        self.view_buttons["calls"].setChecked(True)
        self.delay_button.clicked.connect(lambda: self.change_delay())
        self.calls.changed.connect(self._changed)
        self.complaints.changed.connect(self._changed)
        self.calls.complaintOpened.connect(lambda _id: self.complaints.refresh())
        self._show_delay()

    def show_view(self, key: str) -> None:
        chosen = self.view_buttons[key]
        chosen.setChecked(True)
        self.stack.setCurrentIndex(self.views.id(chosen))

    def current_view(self) -> str:
        return self.VIEWS[self.stack.currentIndex()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.calls.refresh()
        self.complaints.refresh()
        self._show_delay()

    def _show_delay(self) -> None:
        days = followups.follow_up_days(self.db)
        self.delay.setText(
            counted(
                days,
                self.tr("Customers are called 1 day after delivery"),
                self.tr("Customers are called {n} days after delivery"),
            )
            if days
            else self.tr("Customers are called on the day of delivery")
        )

    def change_delay(self) -> DelayDialog:
        dialog = DelayDialog(self.db, self)
        self.dialog = dialog
        dialog.accepted.connect(self._show_delay)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.changed.emit()
