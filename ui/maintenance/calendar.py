"""The week calendar: booked visits, Monday to Sunday, one row per technician."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import maintenance
from fieldservice.services.maintenance import VisitJob, WeekVisits
from ui.common import ops
from ui.common.cards import one_line, town
from ui.common.formatting import day_text, short_day, weekday_day
from ui.common.widgets import EmptyState, button, counted, label
from ui.maintenance.words import local_time_text

Index = QModelIndex | QPersistentModelIndex


_CALENDAR_STYLE = """
#weekGrid { background: #ffffff; border: 1px solid #dde3ea; border-radius: 10px; }
#dayHead { color: #5b6b7d; font-weight: 600; font-size: 9pt; padding: 8px 6px; }
#dayHead[today="true"] { color: #1d4ed8; }
#techName { font-weight: 600; color: #1f2933; padding: 8px 6px; }
#dayCell { border-left: 1px solid #eef1f5; border-top: 1px solid #eef1f5; }
#dayCell[today="true"] { background: #f5f9ff; }
#visitCard { background: #eef4ff; border: 1px solid #c7dbfb; border-radius: 7px; }
#visitCard[done="true"] { background: #f1f8f3; border-color: #b5dfc4; }
#visitTime { font-weight: 700; color: #1e3a8a; }
#visitCard[done="true"] #visitTime { color: #1b6b3f; }
#visitAddress { color: #4b5a6b; font-size: 8.5pt; }
#visitCount { color: #4b5a6b; font-size: 8pt; }
#visitOrder { color: #1d4ed8; font-size: 8.5pt; }
#visitOrder:hover { text-decoration: underline; }
#visitOrderDone { color: #1b6b3f; font-size: 8.5pt; }
"""


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the room there is; the whole text in the tooltip.
    With ``clickable``, it looks and acts like a link."""

    clicked = Signal()

    def __init__(self, text: str, name: str | None = None, *, clickable: bool = False) -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.full_text = text
        self.clickable = clickable
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(20)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 2, 10)
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        )

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class VisitCard(QFrame):
    """One booked visit: its time, its orders (click one to complete it), the town."""

    def __init__(
        self, visit: maintenance.BookedVisit, jobs: dict[str, VisitJob], view: WeekCalendarView
    ) -> None:
        super().__init__()
        self.setObjectName("visitCard")
        self.visit = visit
        mine = [jobs[n] for n in visit.orders if n in jobs]
        done = bool(mine) and all(j.status == "done" for j in mine)
        self.setProperty("done", done)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 6, 6)
        layout.setSpacing(1)
        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(label(local_time_text(visit.visit_at), "visitTime"))
        head.addStretch(1)
        if len(visit.orders) > 1:
            head.addWidget(label(view.tr("%d units") % len(visit.orders), "visitCount"))
        layout.addLayout(head)
        self.order_buttons: dict[str, ElidedLabel] = {}
        for number in visit.orders:
            job = jobs.get(number)
            finished = job is not None and job.status == "done"
            link = ElidedLabel(
                ("✓ " if finished else "") + number,
                "visitOrderDone" if finished else "visitOrder",
                clickable=job is not None and not finished,
            )
            link.setToolTip(
                "\n".join(
                    p
                    for p in (
                        number,
                        f"{job.plan.serial} · {job.plan.product_name}" if job else "",
                        job.plan.name if job else "",
                        view.tr("Completed")
                        if finished
                        else view.tr("Click to complete the visit"),
                    )
                    if p
                )
            )
            if job is not None and not finished:
                link.clicked.connect(lambda j=job: view.completeRequested.emit(j.order_id))
            layout.addWidget(link)
            self.order_buttons[number] = link
        place = ElidedLabel(town(visit.address) or one_line(visit.address), "visitAddress")
        place.setToolTip(one_line(visit.address))
        layout.addWidget(place)


class WeekCalendarView(QWidget):
    """Monday to Sunday, one row per technician, each booked visit a card."""

    completeRequested = Signal(object)  # an order id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.monday = self._monday_of(dt.date.today())
        self.week: WeekVisits | None = None
        self.cards: list[VisitCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.previous_button = button(self.tr("‹ Previous"))
        self.today_button = button(self.tr("This week"))
        self.next_button = button(self.tr("Next ›"))
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(10)
        self.title = label("", "dialogTitle")
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.counter = label("", "counter")
        bar.addWidget(self.counter)
        bar.addSpacing(8)
        bar.addWidget(label(self.tr("Technician"), "fieldName"))
        self.technician = QComboBox()
        self.technician.setMinimumWidth(150)
        bar.addWidget(self.technician)
        layout.addLayout(bar)

        self.grid_frame = QFrame()
        self.grid_frame.setObjectName("weekGrid")
        self.grid_frame.setStyleSheet(_CALENDAR_STYLE)
        self.grid = QGridLayout(self.grid_frame)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid_frame)
        self.empty = EmptyState("calendar", "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self._load_technicians()
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(7)))
        self.today_button.clicked.connect(lambda: self.show_week(dt.date.today()))
        self.technician.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    @staticmethod
    def _monday_of(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday())

    def _load_technicians(self) -> None:
        chosen = self.technician.currentData() or ""
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("Everyone"), "")
        for name in maintenance.plan_technicians(self.db):
            self.technician.addItem(name, name)
        self.technician.setCurrentIndex(max(self.technician.findData(chosen), 0))
        self.technician.blockSignals(False)

    def show_week(self, day: dt.date) -> None:
        self.monday = self._monday_of(day)
        self.refresh()

    def refresh(self) -> None:
        db, monday, tech = self.db, self.monday, self.technician.currentData() or ""
        sunday = monday + dt.timedelta(days=6)
        first = short_day(monday, on=sunday)
        self.title.setText(
            self.tr("%s – %s · week %d") % (first, day_text(sunday), monday.isocalendar().week)
        )
        ops.Op(self, lambda: maintenance.week_view(db, monday, tech)).success(self._show).run()

    def reload(self) -> None:
        self._load_technicians()
        self.refresh()

    def _show(self, week: WeekVisits) -> None:
        if week.monday != self.monday:
            return
        self.week = week
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        units_count = sum(len(v.orders) for v in week.visits)
        self.counter.setText(
            counted(len(week.visits), self.tr("1 visit"), self.tr("{n} visits"))
            + " · "
            + counted(units_count, self.tr("1 unit"), self.tr("{n} units"))
            if week.visits
            else ""
        )
        if not week.visits:
            self.empty.set_text(
                self.tr("No visits this week"),
                self.tr("Visits booked from the due list appear here, one row per technician."),
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        today = dt.date.today()
        self.grid.addWidget(label("", "dayHead"), 0, 0)
        for column in range(7):
            day = self.monday + dt.timedelta(days=column)
            head = label(weekday_day(day), "dayHead")
            head.setProperty("today", day == today)
            self.grid.addWidget(head, 0, column + 1)
        busy = {
            (v.visit_at.astimezone().date() - self.monday).days
            for v in week.visits
            if v.visit_at is not None
        }
        for column in range(7):
            # A weekend without visits takes less room than a working day.
            self.grid.setColumnStretch(column + 1, 3 if column < 5 or column in busy else 2)
        self.grid.setColumnMinimumWidth(0, 110)
        by_technician: dict[str, list[maintenance.BookedVisit]] = defaultdict(list)
        for visit in week.visits:
            by_technician[visit.technician].append(visit)
        names = sorted(by_technician, key=lambda n: (n == "", n.casefold()))
        for row, name in enumerate(names, start=1):
            tech = label(name or self.tr("Unassigned"), "techName", wrap=True)
            tech.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell_frame = QFrame()
            cell_frame.setObjectName("dayCell")
            wrap = QVBoxLayout(cell_frame)
            wrap.setContentsMargins(10, 4, 6, 4)
            wrap.addWidget(tech)
            wrap.addStretch(1)
            self.grid.addWidget(cell_frame, row, 0)
            days: dict[int, list[maintenance.BookedVisit]] = defaultdict(list)
            for visit in by_technician[name]:
                if visit.visit_at is None:
                    continue
                local = visit.visit_at.astimezone().date()
                offset = (local - self.monday).days
                if 0 <= offset < 7:
                    days[offset].append(visit)
            for column in range(7):
                day = self.monday + dt.timedelta(days=column)
                cell = QFrame()
                cell.setObjectName("dayCell")
                cell.setProperty("today", day == today)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(5, 5, 5, 5)
                cell_layout.setSpacing(5)
                for visit in days.get(column, []):
                    card = VisitCard(visit, week.jobs, self)
                    cell_layout.addWidget(card)
                    self.cards.append(card)
                cell_layout.addStretch(1)
                self.grid.addWidget(cell, row, column + 1)
        self.grid.setRowStretch(len(names) + 1, 1)
        filler = QWidget()
        self.grid.addWidget(filler, len(names) + 1, 0, 1, 8)

    def orders_shown(self) -> list[str]:
        """The order numbers on the calendar's cards, in order (for tests and checks)."""
        return [number for card in self.cards for number in card.visit.orders]
