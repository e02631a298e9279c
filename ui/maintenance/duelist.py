"""The due list: plans due by a day (overdue, due this week, upcoming), for a
technician or an area; several due items at one address are booked as one visit,
which makes one on-site maintenance order per unit.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.services import maintenance
from fieldservice.services.maintenance import DueFilter, DueItem
from ui.common import formatting, ops, theme
from ui.common.badges import Badge
from ui.common.cards import one_line, town
from ui.common.datefield import DateField
from ui.common.formatting import day_text
from ui.common.pagedmodel import Column
from ui.common.widgets import button, counted, label, make_table, primary_button
from ui.maintenance.forms import BookVisitDialog
from ui.maintenance.lists import UrgencyModel, list_with_empty_state
from ui.maintenance.words import basis_cell, days_late, rule_text

Index = QModelIndex | QPersistentModelIndex


HORIZONS = (7, 14, 30, 60, 90)


def _late_days(item: DueItem, on: dt.date) -> int:
    assert item.plan.due_on is not None
    return (on - item.plan.due_on).days


class DueModel(UrgencyModel):
    """The due list; the status column is coloured by urgency."""

    URGENT = 0

    def urgency(self, row: DueItem) -> str | None:
        return row.bucket(self.query().on)


def status_text(widget: QWidget, item: DueItem, on: dt.date) -> str:
    """How late or how soon: "12 days late", "Due today", "In 3 days"."""
    days = -_late_days(item, on)
    if days < 0:
        return days_late(widget, -days)
    if days == 0:
        return widget.tr("Due today")
    if days == 1:
        return widget.tr("Tomorrow")
    return widget.tr("In %d days") % days


def status_tooltip(widget: QWidget, item: DueItem, on: dt.date) -> str:
    words = {
        "overdue": widget.tr("Overdue"),
        "this_week": widget.tr("Due this week"),
        "upcoming": widget.tr("Upcoming"),
    }
    return f"{words[item.bucket(on)]} · {day_text(item.plan.due_on)}"


def short_day(day: dt.date | None, on: dt.date) -> str:
    """ "26 Oct" in the year of *on*, "26 Oct 2025" in another."""
    if day is None:
        return ""
    return formatting.short_day(day, on)


def due_columns(view: DueListView) -> list[Column[DueItem]]:
    icons = {
        "overdue": theme.icon("warning", theme.DANGER),
        "this_week": theme.icon("calendar", theme.WARNING),
        "upcoming": theme.icon("calendar", "#8a97a6"),
    }
    booked = theme.icon("check", "#1b6b3f")

    def on() -> dt.date:
        return view.model.query().on

    return [
        Column(
            view.tr("Status"),
            lambda i: f"{status_text(view, i, on())}\n{short_day(i.plan.due_on, on())}",
            width=146,
            icon=lambda i: icons[i.bucket(on())],
            tooltip=lambda i: status_tooltip(view, i, on()),
        ),
        Column(
            view.tr("Unit"),
            lambda i: f"{i.plan.serial}\n{i.plan.product_name}",
            width=236,
            tooltip=lambda i: f"{i.plan.serial}\n{i.plan.product_name}",
        ),
        Column(
            view.tr("Customer"),
            lambda i: f"{i.plan.customer_name}\n{i.plan.area or town(i.customer_address)}",
            width=180,
            tooltip=lambda i: "\n".join(
                p for p in (i.plan.customer_name, one_line(i.customer_address)) if p
            ),
        ),
        Column(
            view.tr("Plan"),
            lambda i: f"{i.plan.name}\n{basis_cell(view, i.plan)}",
            width=220,
            stretch=True,
            tooltip=lambda i: f"{i.plan.name}\n{rule_text(view, i.plan)}",
        ),
        Column(view.tr("Technician"), lambda i: i.plan.technician, width=112),
        Column(
            view.tr("Booked"),
            lambda i: view.tr("Booked") if i.booked else "",
            width=96,
            icon=lambda i: booked if i.booked else None,
        ),
    ]


class DueListView(QWidget):
    """What is due, what is late, and booking it."""

    changed = Signal()
    visitBooked = Signal(object)  # the visit's time (aware datetime)
    completeRequested = Signal(object)  # a plan id with a booked visit
    plansRequested = Signal(object)  # a unit id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: BookVisitDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.on = DateField()
        self.on.editor.setToolTip(self.tr("Due as of this day") + "\n" + self.on.editor.toolTip())
        self.horizon = QComboBox()
        for days in HORIZONS:
            self.horizon.addItem(self.tr("Next %d days") % days, days)
        self.horizon.setCurrentIndex(HORIZONS.index(30))
        self.technician = QComboBox()
        self.technician.setMinimumWidth(150)
        self.area = QComboBox()
        self.area.setMinimumWidth(130)
        for title, widget in (
            (self.tr("As of"), self.on),
            (self.tr("Show"), self.horizon),
            (self.tr("Technician"), self.technician),
            (self.tr("Area"), self.area),
        ):
            filters.addWidget(label(title, "fieldName"))
            filters.addWidget(widget)
            filters.addSpacing(4)
        filters.addStretch(1)
        layout.addLayout(filters)
        layout.addWidget(self.on.message)  # a mistyped day is explained under the filters

        summary = QHBoxLayout()
        summary.setSpacing(8)
        self.overdue_badge = Badge("", "red")
        self.week_badge = Badge("", "amber")
        self.later_badge = Badge("", "grey")
        for badge in (self.overdue_badge, self.week_badge, self.later_badge):
            summary.addWidget(badge)
        summary.addSpacing(6)
        self.selection_label = label("", "counter")
        summary.addWidget(self.selection_label)
        summary.addStretch(1)
        self.plans_button = button(self.tr("Plans of this unit"), "open")
        self.complete_button = button(self.tr("Complete visit…"), "check")
        self.book_button = primary_button(self.tr("Book visit…"), "calendar")
        self.book_button.setToolTip(
            self.tr("Select one or more due items at one address (Ctrl+click to add)")
        )
        for action in (self.plans_button, self.complete_button, self.book_button):
            action.setEnabled(False)
            summary.addWidget(action)
        layout.addLayout(summary)

        self.model = DueModel(
            due_columns(self),
            count=lambda f: maintenance.count_due(db, f),
            fetch=lambda f, offset, limit: maintenance.list_due(db, f, offset=offset, limit=limit),
            query=DueFilter(dt.date.today()),
            key=lambda item: item.plan.id,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Two lines a row: what and when; whose and where; which plan and by what.
        self.empty, self.stack = list_with_empty_state(self.table, layout)

        self._load_filters()
        self.on.valueChanged.connect(lambda _d: self._filter_changed())
        for box in (self.horizon, self.technician, self.area):
            box.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.model.totalChanged.connect(self._show_total)
        self.model.loadFailed.connect(lambda message: self.empty.set_text("", message))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.pageLoaded.connect(lambda _p: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self._activated())
        self.book_button.clicked.connect(self.book)
        self.complete_button.clicked.connect(self._complete)
        self.plans_button.clicked.connect(self._plans)
        self._summarise()
        self._show_total(self.model.total())

    # -- filters ------------------------------------------------------------------------------

    def _load_filters(self) -> None:
        for box, everyone, names in (
            (self.technician, self.tr("All technicians"), maintenance.plan_technicians(self.db)),
            (self.area, self.tr("All areas"), maintenance.plan_areas(self.db)),
        ):
            chosen = box.currentData() or ""
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, "")
            for name in names:
                box.addItem(name, name)
            index = box.findData(chosen)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def current_filter(self) -> DueFilter:
        return DueFilter(
            self.on.last_valid_value() or dt.date.today(),
            horizon_days=self.horizon.currentData(),
            technician=self.technician.currentData() or "",
            area=self.area.currentData() or "",
        )

    def _filter_changed(self) -> None:
        self.table.clearSelection()
        self.model.set_query(self.current_filter())
        self._summarise()

    def set_filter(self, *, on: dt.date | None = None, technician: str | None = None) -> None:
        if on is not None:
            self.on.set_value(on)
        if technician is not None:
            self.technician.setCurrentIndex(max(self.technician.findData(technician), 0))

    def refresh(self) -> None:
        self._load_filters()
        self.model.set_query(self.current_filter())
        self.model.refresh()
        self._summarise()

    def _summarise(self) -> None:
        f, db = self.current_filter(), self.db
        ops.Op(self, lambda: maintenance.due_summary(db, f)).success(
            lambda s: self._show_summary(f, s)
        ).run()

    def _show_summary(self, f: DueFilter, summary: maintenance.DueSummary) -> None:
        if f != self.current_filter():
            return
        self.summary = summary
        self.overdue_badge.set_badge(
            counted(summary.overdue, self.tr("1 overdue"), self.tr("{n} overdue"))
            if summary.overdue
            else "",
            "red",
        )
        self.week_badge.set_badge(
            counted(summary.this_week, self.tr("1 due this week"), self.tr("{n} due this week"))
            if summary.this_week
            else "",
            "amber",
        )
        self.later_badge.set_badge(
            counted(summary.upcoming, self.tr("1 upcoming"), self.tr("{n} upcoming"))
            if summary.upcoming
            else "",
            "grey",
        )

    def _show_total(self, total: int | None) -> None:
        if total == 0:
            f = self.current_filter()
            self.empty.set_text(
                self.tr("Nothing due"),
                self.tr(
                    "No maintenance is due within %d days of %s for this choice. Plans are "
                    "added under Unit plans, for one unit or for every unit of a product."
                )
                % (f.horizon_days, day_text(f.on)),
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    # -- selection and actions ------------------------------------------------------------------

    def selected_items(self) -> list[DueItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item for item in (self.model.row(r) for r in rows) if item is not None]

    def select_plans(self, plan_ids: list[uuid.UUID]) -> None:
        """Select the rows of *plan_ids* (those on loaded pages)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for plan_id in plan_ids:
            row = self.model.find_key(plan_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _selection_changed(self) -> None:
        items = self.selected_items()
        n = len(items)
        self.selection_label.setText(
            counted(n, self.tr("1 selected"), self.tr("{n} selected")) if n else ""
        )
        self.book_button.setEnabled(bool(items) and not any(i.booked for i in items))
        self.complete_button.setEnabled(n == 1 and items[0].booked)
        self.plans_button.setEnabled(n == 1)

    def book(self) -> BookVisitDialog | None:
        items = self.selected_items()
        if not items or any(i.booked for i in items):
            return None
        self.dialog = BookVisitDialog(self.db, items, self)
        self.dialog.accepted.connect(self._booked)
        self.dialog.open()
        return self.dialog

    def _booked(self) -> None:
        dialog = self.dialog
        if dialog is None or not dialog.order_ids:
            return
        self.refresh()
        self.visitBooked.emit((dialog.visit_at, dialog.order_ids))
        self.changed.emit()

    def _activated(self) -> None:
        """Double-click: complete a booked visit, book one that is not."""
        items = self.selected_items()
        if len(items) == 1 and items[0].booked:
            self._complete()
        else:
            self.book()

    def _complete(self) -> None:
        items = self.selected_items()
        if len(items) == 1 and items[0].booked:
            self.completeRequested.emit(items[0].plan.id)

    def _plans(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.plansRequested.emit(items[0].plan.unit_id)
