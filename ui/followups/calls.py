"""Today's calls: the follow-up calls due, and the panel where the caller records
whether the customer was reached and their scores (CSAT, NPS, effort).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
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
from fieldservice.services.followups import CallItem, CallOutcome
from ui.common import formatting, ops, theme
from ui.common.formatting import day_text
from ui.common.forms import plain_text
from ui.common.pagedmodel import ROW_ROLE, Column, PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)
from ui.followups.forms import ComplaintDialog

Index = QModelIndex | QPersistentModelIndex


ROW_HEIGHT = 46


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


def short_day(day: dt.date) -> str:
    return formatting.short_day(day)


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
        db, call_id = self.db, call.id
        csat = panel.csat.value() if reached else None
        nps = panel.nps.value() if reached else None
        effort = panel.effort.value() if reached else None
        recorded: list[CallOutcome] = []

        def done(outcome: CallOutcome) -> None:
            recorded.append(outcome)
            self._recorded(call, comment, outcome)

        ops.write(
            self,
            lambda: followups.record_call(
                db, call_id, reached=reached, csat=csat, nps=nps, effort=effort, comment=comment
            ),
        ).busy(panel).success(done).failure(self._refused).run()
        return recorded[0] if recorded else None

    def _refused(self, exc: BaseException) -> None:
        """A refusal beside its score (or above the list), the call kept as typed."""
        if isinstance(exc, FieldServiceError):
            if not self.panel.show_error(exc):
                self.banner.show_message("error", exc.message)
        elif ops.is_synchronous():
            raise exc
        else:
            ops.show_error(self, exc)

    def _recorded(self, call: CallItem, comment: str, outcome: CallOutcome) -> None:
        panel = self.panel
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

            def complain() -> None:
                self.open_complaint(call, comment)

            self.banner.show_message(
                "warning",
                self.tr("Call with %s saved. The customer is unhappy.") % name,
                [(self.tr("Open a complaint"), complain)],
            )
        else:
            self.banner.show_message("info", self.tr("Call with %s saved. Thank you!") % name)
        panel.call = None
        self.table.clearSelection()
        self.model.refresh()
        self.changed.emit()
        if outcome.unhappy:
            self.open_complaint(call, comment)

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
