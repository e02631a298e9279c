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

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fieldservice.db import Database
from fieldservice.services import followups
from ui.common.viewscreen import ViewScreen
from ui.common.widgets import button, counted, label
from ui.followups.calls import CallsView
from ui.followups.complaints import ComplaintsView

# ComplaintDialog is re-exported: tests/qt/test_typed_work_is_kept.py imports it from here.
from ui.followups.forms import ComplaintDialog as ComplaintDialog
from ui.followups.forms import DelayDialog


class FollowUpsScreen(ViewScreen):
    """Follow-ups & feedback: today's calls and the complaints."""

    changed = Signal()
    record_kinds: dict[str, str] = {}

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ("calls", self.tr("Today's calls"), "phone"),
                ("complaints", self.tr("Complaints"), "warning"),
            ],
            parent,
        )
        self.db = db
        self.dialog: DelayDialog | None = None
        self.delay = label("", "counter")
        self.header.addWidget(self.delay)
        self.delay_button = button(self.tr("Change…"), "calendar")
        self.delay_button.setToolTip(self.tr("How many days after delivery customers are called"))
        self.header.addWidget(self.delay_button)

        self.calls = CallsView(db)
        self.complaints = ComplaintsView(db)
        self.add_view("calls", self.calls)
        self.add_view("complaints", self.complaints)
        self.delay_button.clicked.connect(lambda: self.change_delay())
        self.calls.changed.connect(self._changed)
        self.complaints.changed.connect(self._changed)
        self.calls.complaintOpened.connect(lambda _id: self.complaints.refresh())
        self._show_delay()

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
