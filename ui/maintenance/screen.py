"""The Maintenance screen: the service manager plans preventive maintenance.

Five views under one header:

* **Due list** — plans due by a day (overdue, due this week, upcoming), for a
  technician or an area; several due items at one address are booked as one
  visit, which makes one on-site maintenance order per unit;
* **All plans** — every plan, by customer, product, basis, technician, or
  only those overdue; a row opens its unit's plans;
* **Unit plans** — a unit's plans (scan its serial), added and changed, and the
  same plan for every unit of a product (a maintenance contract);
* **Meter readings** — log a reading (scanner first), see the unit's readings
  and when its meter plans are forecast to be due;
* **Week calendar** — booked visits, Monday to Sunday, one row per technician.

A booked visit is completed from the due list, the unit's plans or the
calendar: the checklist ticked, the meter read, the day — and the plan's next
due date moves (the screen says to when).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import maintenance, schedule, units
from fieldservice.services.maintenance import (
    DueFilter,
    DueItem,
    PlanFilter,
    PlanRecord,
    VisitJob,
)
from ui.common import ops, theme
from ui.common.cards import one_line, town
from ui.common.datefield import DateField
from ui.common.forms import FieldErrors, form_layout
from ui.common.pagedmodel import ROW_ROLE, Column, PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    Facts,
    SearchBox,
    ViewSwitch,
    button,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)
from ui.maintenance.forms import (
    BookVisitDialog,
    CompleteVisitDialog,
    PlanForm,
    UnitChooser,
    basis_cell,
    basis_words,
    day_text,
    local_time_text,
    reading_text,
    rule_text,
    short_rule,
)
from ui.repairs.orderview import Badge, fill_table, panel, small_table

Index = QModelIndex | QPersistentModelIndex

HORIZONS = (7, 14, 30, 60, 90)
ROW_HEIGHT = 46
OVERDUE = QColor(theme.DANGER)
THIS_WEEK = QColor(theme.WARNING)
LATER = QColor("#5b6b7d")
DONE = QColor("#1b6b3f")


def _late_days(item: DueItem, on: dt.date) -> int:
    assert item.plan.due_on is not None
    return (on - item.plan.due_on).days


# -- the due list ------------------------------------------------------------------------------


def list_with_empty_state(
    table: QTableView, layout: QVBoxLayout
) -> tuple[EmptyState, QStackedWidget]:
    """A maintenance list of two-line rows, and the empty state shown in its place,
    stacked into *layout*."""
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    empty = EmptyState("maintenance", "", "")
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    layout.addWidget(stack, 1)
    return empty, stack


class UrgencyModel(PagedTableModel):
    """A paged list whose column URGENT is coloured by how urgent its row is (bold
    when overdue): the due list and the plans list."""

    URGENT = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bold = QFont()
        self._bold.setBold(True)

    def urgency(self, row: Any) -> str | None:
        """ "overdue", "this_week" or "later"; None leaves the cell plain."""
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() == self.URGENT and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            row = super().data(index, ROW_ROLE)
            bucket = None if row is None else self.urgency(row)
            if bucket is not None:
                if role == Qt.ItemDataRole.FontRole:
                    return self._bold if bucket == "overdue" else None
                return {"overdue": OVERDUE, "this_week": THIS_WEEK}.get(bucket, LATER)
        return super().data(index, role)


class DueModel(UrgencyModel):
    """The due list; the status column is coloured by urgency."""

    URGENT = 0

    def urgency(self, row: DueItem) -> str | None:
        return row.bucket(self.query().on)


def days_late(widget: QWidget, days: int) -> str:
    """How late, in words: "1 day late", "12 days late"."""
    return widget.tr("1 day late") if days == 1 else widget.tr("%d days late") % days


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
    form = "d MMM" if day.year == on.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


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
        for widget in (self.plans_button, self.complete_button, self.book_button):
            widget.setEnabled(False)
            summary.addWidget(widget)
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


# -- every plan ---------------------------------------------------------------------------------


def _overdue(plan: PlanRecord, on: dt.date) -> bool:
    return plan.active and plan.due_on is not None and plan.due_on < on


class PlanListModel(UrgencyModel):
    """The plans list; a next due date that has passed is red, as in the due list."""

    URGENT = 4  # next due

    def urgency(self, row: PlanRecord) -> str | None:
        return "overdue" if _overdue(row, self.query().on) else None


def plan_list_columns(view: PlanListView) -> list[Column[PlanRecord]]:
    late = theme.icon("warning", theme.DANGER)
    bases = {
        "calendar": view.tr("Calendar"),
        "meter": view.tr("Meter"),
        "either": view.tr("Calendar or meter"),
    }

    def on() -> dt.date:
        return view.model.query().on

    def last_done(plan: PlanRecord) -> str:
        if plan.last_done_on is None:
            return view.tr("Never")
        reading = reading_text(view, plan.last_done_meter, plan.meter_unit)
        return "\n".join(p for p in (day_text(plan.last_done_on), reading) if p)

    def next_due(plan: PlanRecord) -> str:
        if plan.due_on is None:
            return view.tr("Not due")
        late_by = (on() - plan.due_on).days
        if not _overdue(plan, on()):
            return day_text(plan.due_on)
        return f"{day_text(plan.due_on)}\n{days_late(view, late_by)}"

    return [
        Column(
            view.tr("Unit"),
            lambda p: f"{p.serial}\n{p.product_name}",
            width=220,
            tooltip=lambda p: f"{p.serial}\n{p.product_name}",
        ),
        Column(
            view.tr("Customer"),
            lambda p: p.customer_name or view.tr("No owner"),
            width=160,
            tooltip=lambda p: p.customer_name or None,
        ),
        Column(
            view.tr("Plan"),
            lambda p: f"{p.name}\n{bases.get(p.basis, p.basis)} · {short_rule(view, p)}",
            width=250,
            stretch=True,
            tooltip=lambda p: f"{p.name}\n{rule_text(view, p)}",
        ),
        Column(view.tr("Last done"), last_done, width=116),
        Column(
            view.tr("Next due"),
            next_due,
            width=150,
            icon=lambda p: late if _overdue(p, on()) else None,
            tooltip=lambda p: view.tr("Overdue") if _overdue(p, on()) else None,
        ),
        Column(view.tr("Technician"), lambda p: p.technician, width=120),
    ]


class PlanListView(QWidget):
    """Every maintenance plan of the centre, filtered; a row opens its unit's plans."""

    plansRequested = Signal(object)  # (unit id, plan id)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.customer = SearchBox(self.tr("Customer: name, phone, town"))
        self.customer.setMinimumWidth(220)
        self.product = QComboBox()
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Any basis"), "")
        for key, words in basis_words(self).items():
            self.basis.addItem(words, key)
        self.technician = QComboBox()
        # Long product names and basis words must not push the filters off the screen.
        for box, letters in ((self.product, 16), (self.basis, 10), (self.technician, 12)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(letters)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        filters.addWidget(self.customer, 2)
        for title, widget in (
            (self.tr("Product"), self.product),
            (self.tr("Basis"), self.basis),
            (self.tr("Technician"), self.technician),
        ):
            filters.addSpacing(4)
            filters.addWidget(label(title, "fieldName"))
            filters.addWidget(widget, 1)
        layout.addLayout(filters)

        summary = QHBoxLayout()
        summary.setSpacing(8)
        summary.addWidget(self.overdue_only)
        summary.addSpacing(10)
        self.counter = label("", "counter")
        summary.addWidget(self.counter)
        summary.addStretch(1)
        self.open_button = button(self.tr("Plans of this unit"), "open")
        self.open_button.setEnabled(False)
        summary.addWidget(self.open_button)
        layout.addLayout(summary)

        db = self.db
        self.model = PlanListModel(
            plan_list_columns(self),
            count=lambda f: maintenance.list_plans(db, f, limit=1).total,
            fetch=lambda f, offset, limit: (
                maintenance.list_plans(db, f, offset=offset, limit=limit).plans
            ),
            query=PlanFilter(dt.date.today()),
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.empty, self.stack = list_with_empty_state(self.table, layout)

        self._load_filters()
        self.customer.searchChanged.connect(lambda _t: self._filter_changed())
        for box in (self.product, self.basis, self.technician):
            box.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.overdue_only.toggled.connect(lambda _on: self._filter_changed())
        self.model.totalChanged.connect(self._show_total)
        self.model.loadFailed.connect(lambda message: self.empty.set_text("", message))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.pageLoaded.connect(lambda _p: self._selection_changed())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self._show_total(self.model.total())

    # -- filters ------------------------------------------------------------------------------

    def _load_filters(self) -> None:
        # Ids as text: a combo box finds text data again, not a Python object.
        products = [(p.name, str(p.id)) for p in maintenance.plan_products(self.db)]
        technicians = [(name, name) for name in maintenance.plan_technicians(self.db)]
        for box, everything, choices in (
            (self.product, self.tr("All products"), products),
            (self.technician, self.tr("All technicians"), technicians),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in choices:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
            box.blockSignals(False)

    def current_filter(self) -> PlanFilter:
        product = self.product.currentData()
        return PlanFilter(
            dt.date.today(),
            customer=self.customer.text().strip(),
            product_id=uuid.UUID(product) if product else None,
            basis=self.basis.currentData() or "",
            technician=self.technician.currentData() or "",
            overdue_only=self.overdue_only.isChecked(),
        )

    def _filter_changed(self) -> None:
        self.table.clearSelection()
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        self._load_filters()
        self.model.set_query(self.current_filter())
        self.model.refresh()

    def _show_total(self, total: int | None) -> None:
        if total is None:
            return
        self.counter.setText(counted(total, self.tr("1 plan"), self.tr("{n} plans")))
        if total == 0:
            if self.current_filter() == PlanFilter(self.model.query().on):
                self.empty.set_text(
                    self.tr("No maintenance plans yet"),
                    self.tr(
                        "Plans are added under Unit plans, for one unit or for every "
                        "unit of a product."
                    ),
                )
            else:
                self.empty.set_text(
                    self.tr("No plan matches"),
                    self.tr("No maintenance plan matches this choice. Clear a filter to see more."),
                )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    # -- opening a plan -------------------------------------------------------------------------

    def selected_plan(self) -> PlanRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_plan() is not None)

    def open_selected(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self.plansRequested.emit((plan.unit_id, plan.id))


# -- a unit's plans ----------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitPlans:
    unit: units.UnitRecord
    plans: list[PlanRecord]
    booked: dict[uuid.UUID, VisitJob]


def load_unit_plans(db: Database, unit_id: uuid.UUID) -> UnitPlans:
    plans = maintenance.plans_of_unit(db, unit_id)
    booked = {}
    for plan in plans:
        job = maintenance.booked_job(db, plan.id)
        if job is not None:
            booked[plan.id] = job
    return UnitPlans(units.get_unit(db, unit_id), plans, booked)


class PlansView(QWidget):
    """One unit's maintenance plans, and plans for every unit of a product."""

    changed = Signal()
    completeRequested = Signal(object)  # an order id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.view: UnitPlans | None = None
        self.form: PlanForm | None = None
        self.unit_id: uuid.UUID | None = None
        self._plan_wanted: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.chooser = UnitChooser(db)
        bar.addWidget(self.chooser, 2)
        bar.addStretch(1)
        self.contract_button = button(self.tr("Plan for all units of a product…"), "units")
        self.edit_button = button(self.tr("Edit plan…"), "edit")
        self.new_button = primary_button(self.tr("New plan…"), "add")
        self.edit_button.setEnabled(False)
        self.new_button.setEnabled(False)
        for widget in (self.contract_button, self.edit_button, self.new_button):
            bar.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.empty = EmptyState(
            "maintenance",
            self.tr("Choose a unit"),
            self.tr(
                "Scan or type a serial number above to see the unit's maintenance plans, "
                "or make one plan for every unit of a product under contract."
            ),
        )
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        left, left_layout = panel(self.tr("Plans"))
        self.unit_title = label("", "cardTitle", wrap=True)
        self.unit_subtitle = label("", "cardSubtitle", wrap=True)
        left_layout.insertWidget(0, self.unit_subtitle)
        left_layout.insertWidget(0, self.unit_title)
        self.plans_table = small_table(
            [self.tr("Plan"), self.tr("Repeats"), self.tr("Next due")], 0
        )
        self.plans_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.plans_table.itemSelectionChanged.connect(self._plan_chosen)
        self.plans_table.doubleClicked.connect(lambda _i: self.edit_plan())
        left_layout.addWidget(self.plans_table)
        self.no_plans = label(
            self.tr("No maintenance plan for this unit yet. Click New plan… to add one."),
            "muted",
            wrap=True,
        )
        left_layout.addWidget(self.no_plans)
        left_layout.addStretch(1)
        right, right_layout = panel(self.tr("Selected plan"))
        self.plan_title = label("", "cardTitle", wrap=True)
        right_layout.addWidget(self.plan_title)
        self.facts = Facts()
        right_layout.addWidget(self.facts)
        right_layout.addWidget(section_title(self.tr("Checklist")))
        self.checklist = label("", wrap=True)
        right_layout.addWidget(self.checklist)
        self.complete_button = primary_button(self.tr("Complete booked visit…"), "check")
        self.complete_button.hide()
        self.complete_button.clicked.connect(self._complete)
        right_layout.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addStretch(1)
        self.detail = right
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([560, 420])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        layout.addWidget(self.stack, 1)

        self.chooser.unitChosen.connect(lambda unit: self.show_unit(unit.id))
        self.new_button.clicked.connect(lambda: self.new_plan())
        self.edit_button.clicked.connect(lambda: self.edit_plan())
        self.contract_button.clicked.connect(lambda: self.plan_for_product())

    def show_unit(self, unit_id: uuid.UUID, plan_id: uuid.UUID | None = None) -> None:
        """Show the plans of *unit_id*, with *plan_id* (or the plan chosen before) selected."""
        self.unit_id = unit_id
        self._plan_wanted = plan_id
        db = self.db
        ops.Op(self, lambda: load_unit_plans(db, unit_id)).success(self._show).run()

    def refresh(self) -> None:
        if self.unit_id is not None:
            self.show_unit(self.unit_id)

    def _show(self, view: UnitPlans) -> None:
        if view.unit.id != self.unit_id:
            return
        chosen = self.current_plan()
        wanted = self._plan_wanted or (chosen.id if chosen is not None else None)
        self._plan_wanted = None
        self.view = view
        unit = view.unit
        if self.chooser.unit is None or self.chooser.unit.id != unit.id:
            self.chooser.unit = unit
            self.chooser.field.setText(unit.serial)
        self.unit_title.setText(unit.serial)
        owner = unit.customer_name or self.tr("No owner recorded")
        self.unit_subtitle.setText(" · ".join(p for p in (unit.product_name, owner) if p))
        table = self.plans_table
        table.blockSignals(True)
        table.setRowCount(len(view.plans))
        for row, plan in enumerate(view.plans):
            values = [
                plan.name,
                short_rule(self, plan),
                day_text(plan.due_on) or self.tr("Not due"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, plan.id)
                if column == 2 and plan.due_on and plan.due_on < dt.date.today():
                    item.setForeground(OVERDUE)
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        table.setFixedHeight(height + 28 * min(max(len(view.plans), 1), 8))
        table.setVisible(bool(view.plans))
        table.blockSignals(False)
        self.no_plans.setVisible(not view.plans)
        self.new_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        ids = [p.id for p in view.plans]
        row = ids.index(wanted) if wanted in ids else 0
        if view.plans:
            table.selectRow(row)
        self._plan_chosen()

    def current_plan(self) -> PlanRecord | None:
        if self.view is None:
            return None
        row = self.plans_table.currentRow()
        if not 0 <= row < len(self.view.plans):
            return None
        return self.view.plans[row]

    def _plan_chosen(self) -> None:
        plan = self.current_plan()
        self.edit_button.setEnabled(plan is not None)
        self.detail.setVisible(plan is not None)
        if plan is None or self.view is None:
            return
        self.plan_title.setText(plan.name)
        job = self.view.booked.get(plan.id)
        booked = ""
        if job is not None:
            when = day_text(job.visit_at.astimezone().date()) if job.visit_at else ""
            booked = " · ".join(
                p
                for p in (job.order_number, when, local_time_text(job.visit_at), job.technician)
                if p
            )
        due = day_text(plan.due_on) or self.tr("Nothing due")
        if plan.due_meter is not None:
            due += " · " + self.tr("at %s") % reading_text(self, plan.due_meter, plan.meter_unit)
        last = day_text(plan.last_done_on) or self.tr("Never")
        if plan.last_done_meter is not None:
            last += " · " + reading_text(self, plan.last_done_meter, plan.meter_unit)
        self.facts.set_facts(
            [
                ("rule", "history", self.tr("Repeats"), rule_text(self, plan)),
                ("due", "calendar", self.tr("Next due"), due),
                ("last", "check", self.tr("Last done"), last),
                ("start", "calendar", self.tr("Started"), day_text(plan.start_on)),
                ("technician", "user", self.tr("Technician"), plan.technician),
                ("area", "address", self.tr("Area"), plan.area),
                ("contract", "warranty", self.tr("Contract ends"), day_text(plan.contract_end)),
                ("booked", "repairs", self.tr("Booked visit"), booked),
            ]
        )
        self.checklist.setText(
            "\n".join(f"•  {task}" for task in plan.checklist) or self.tr("No checklist.")
        )
        self.complete_button.setVisible(job is not None)

    def _complete(self) -> None:
        plan = self.current_plan()
        if plan is not None and self.view is not None and plan.id in self.view.booked:
            self.completeRequested.emit(self.view.booked[plan.id].order_id)

    def new_plan(self) -> PlanForm | None:
        if self.view is None:
            return None
        return self._open(PlanForm(self.db, unit=self.view.unit, parent=self))

    def edit_plan(self) -> PlanForm | None:
        plan = self.current_plan()
        if plan is None:
            return None
        return self._open(PlanForm(self.db, plan=plan, parent=self))

    def plan_for_product(self) -> PlanForm:
        form = PlanForm(self.db, for_product=True, parent=self)
        if self.view is not None:
            assert form.product is not None
            form.product.set_product(self.view.unit.product_id)
        return self._open(form)

    def _open(self, form: PlanForm) -> PlanForm:
        self.form = form
        form.accepted.connect(lambda: self._saved(form))
        form.open()
        return form

    def _saved(self, form: PlanForm) -> None:
        if form.for_product:
            self.banner.show_message(
                "info",
                counted(
                    form.made,
                    self.tr("1 plan made: the product has one unit."),
                    self.tr("{n} plans made, one for each unit of the product."),
                ),
            )
        elif form.saved is not None:
            self.banner.show_message(
                "info",
                self.tr("“%s” saved. Next due: %s.")
                % (form.saved.name, day_text(form.saved.due_on) or self.tr("nothing due")),
            )
        self.refresh()
        self.changed.emit()


# -- meter readings ----------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitMeter:
    unit: units.UnitRecord
    readings: list[maintenance.ReadingRecord]
    plans: list[PlanRecord]


def load_unit_meter(db: Database, unit_id: uuid.UUID) -> UnitMeter:
    plans = [p for p in maintenance.plans_of_unit(db, unit_id) if p.basis != "calendar"]
    return UnitMeter(
        units.get_unit(db, unit_id), maintenance.readings_of_unit(db, unit_id, limit=50), plans
    )


class ReadingsView(QWidget):
    """Log a meter reading — scan, type, Enter — and see where the meter stands."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meter: UnitMeter | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        entry, entry_layout = panel(self.tr("Log a meter reading"))
        entry.setFixedWidth(400)
        self.banner = Banner()
        entry_layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.chooser = UnitChooser(db)
        form.addRow(self.tr("Serial"), self.chooser)
        self.reading = QLineEdit()
        self.reading.setPlaceholderText(self.tr("What the meter shows"))
        self.errors.add_row(form, "reading", self.tr("Reading"), self.reading)
        self.read_on = DateField(field="read_on")
        self.errors.add_row(
            form, "read_on", self.tr("Read on"), self.read_on, control=self.read_on.editor
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. read by the customer on the phone"))
        self.errors.add_row(form, "note", self.tr("Note"), self.note)
        entry_layout.addLayout(form)
        self.log_button = primary_button(self.tr("Log reading"), "save")
        entry_layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignRight)
        entry_layout.addSpacing(8)
        entry_layout.addWidget(
            label(
                self.tr(
                    "Scan the unit's label: the cursor moves to the reading. Type it and "
                    "press Enter; the serial field is then ready for the next unit."
                ),
                "muted",
                wrap=True,
            )
        )
        entry_layout.addStretch(1)
        layout.addWidget(entry, 0)

        self.empty = EmptyState(
            "history",
            self.tr("No unit chosen"),
            self.tr(
                "Scan the unit's serial: its readings and the forecast of its meter-based "
                "plans appear here."
            ),
        )
        card, card_layout = panel(self.tr("Meter"))
        self.unit_title = label("", "cardTitle", wrap=True)
        self.unit_subtitle = label("", "cardSubtitle", wrap=True)
        card_layout.insertWidget(0, self.unit_subtitle)
        card_layout.insertWidget(0, self.unit_title)
        self.forecast = label("", wrap=True)
        self.forecast.setTextFormat(Qt.TextFormat.PlainText)
        card_layout.addWidget(self.forecast)
        card_layout.addWidget(section_title(self.tr("Readings")))
        self.readings_table = small_table(
            [self.tr("Read on"), self.tr("Reading"), self.tr("Note")], 2
        )
        self.readings_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        card_layout.addWidget(self.readings_table, 1)
        self.no_readings = label(self.tr("No readings yet."), "muted")
        card_layout.addWidget(self.no_readings)
        card_layout.addStretch(0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(card)
        layout.addWidget(self.stack, 1)

        self.chooser.unitChosen.connect(self._unit_chosen)
        self.reading.returnPressed.connect(self.log)
        self.log_button.clicked.connect(self.log)

    def _unit_chosen(self, unit: units.UnitRecord) -> None:
        self.show_unit(unit.id)
        self.reading.setFocus()
        self.reading.selectAll()

    def show_unit(self, unit_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: load_unit_meter(db, unit_id)).success(self._show).run()

    def _show(self, meter: UnitMeter) -> None:
        self.meter = meter
        unit = meter.unit
        if self.chooser.unit is None or self.chooser.unit.id != unit.id:
            self.chooser.unit = unit
            self.chooser.field.setText(unit.serial)
        self.unit_title.setText(unit.serial)
        self.unit_subtitle.setText(
            " · ".join(p for p in (unit.product_name, unit.customer_name) if p)
        )
        meter_unit = meter.plans[0].meter_unit if meter.plans else "hours"
        fill_table(
            self.readings_table,
            [
                [day_text(r.read_on), reading_text(self, r.reading, meter_unit), r.note]
                for r in meter.readings
            ],
            right=(1,),
        )
        self.readings_table.setMaximumHeight(16_777_215)
        self.readings_table.setMinimumHeight(0)
        self.no_readings.setVisible(not meter.readings)
        self.forecast.setText(self._forecast_text(meter))
        self.stack.setCurrentIndex(1)

    def _forecast_text(self, meter: UnitMeter) -> str:
        if not meter.plans:
            return self.tr(
                "This unit has no plan by meter reading; readings are kept for its history."
            )
        lines = []
        rate = schedule.usage_per_day([(r.read_on, r.reading) for r in meter.readings])
        for plan in meter.plans:
            due_at = reading_text(self, plan.due_meter, plan.meter_unit)
            if plan.due_on is not None:
                lines.append(
                    self.tr("%s: due at %s, forecast for %s.")
                    % (plan.name, due_at, day_text(plan.due_on))
                )
            else:
                lines.append(
                    self.tr("%s: due at %s; no forecast until two readings show the usage.")
                    % (plan.name, due_at)
                )
        if rate is not None:
            per_day = reading_text(self, rate.quantize(Decimal("0.1")), meter.plans[0].meter_unit)
            lines.append(self.tr("Recent use: about %s a day.") % per_day)
        return "\n".join(lines)

    def log(self) -> bool:
        """Log the reading typed for the unit in the serial field."""
        self.errors.clear()
        serial = self.chooser.field.text().strip()
        unit = self.chooser.unit
        if unit is None or unit.serial != serial.upper():
            self.chooser.find()
            unit = self.chooser.unit
            if unit is None or unit.serial != serial.upper():
                return False
        try:
            plans = maintenance.log_reading(
                self.db,
                unit.serial,
                self.reading.text().strip().replace(QLocale().groupSeparator(), ""),
                self.read_on.value(),
                note=self.note.text(),
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        value = self.reading.text().strip()
        text = self.tr("Reading %s logged for %s.") % (value, unit.serial)
        for plan in plans:
            if plan.due_on is not None:
                text += " " + self.tr("%s now due %s.") % (plan.name, day_text(plan.due_on))
        self.banner.show_message("info", text)
        self.reading.clear()
        self.note.clear()
        self.show_unit(unit.id)
        self.chooser.field.setFocus()
        self.chooser.field.selectAll()
        self.changed.emit()
        return True


# -- the week calendar -------------------------------------------------------------------------

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


@dataclass(frozen=True)
class WeekVisits:
    monday: dt.date
    visits: list[maintenance.BookedVisit]
    jobs: dict[str, VisitJob]  # by order number


def load_week(db: Database, monday: dt.date, technician: str) -> WeekVisits:
    visits = maintenance.week_calendar(db, monday, technician)
    jobs = {j.order_number: j for j in maintenance.jobs_in_week(db, monday, technician)}
    return WeekVisits(monday, visits, jobs)


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
        locale = QLocale()
        sunday = monday + dt.timedelta(days=6)
        first = locale.toString(
            QDate(monday.year, monday.month, monday.day),
            "d MMM" if monday.year == sunday.year else "d MMM yyyy",
        )
        self.title.setText(
            self.tr("%s – %s · week %d") % (first, day_text(sunday), monday.isocalendar().week)
        )
        ops.Op(self, lambda: load_week(db, monday, tech)).success(self._show).run()

    def reload(self) -> None:
        self._load_technicians()
        self.refresh()

    def _show(self, week: WeekVisits) -> None:
        if week.monday != self.monday:
            return
        self.week = week
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
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
        locale = QLocale()
        self.grid.addWidget(label("", "dayHead"), 0, 0)
        for column in range(7):
            day = self.monday + dt.timedelta(days=column)
            head = label(
                locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM"), "dayHead"
            )
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


# -- the screen --------------------------------------------------------------------------------


class MaintenanceScreen(QWidget):
    """Maintenance: the due list, every plan, a unit's plans, meter readings, the
    week's visits."""

    changed = Signal()
    record_kinds: dict[str, str] = {}

    VIEWS = ("due", "all_plans", "plans", "readings", "calendar")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(8)
        switcher = ViewSwitch(
            [
                ("due", self.tr("Due list"), "warning"),
                ("all_plans", self.tr("All plans"), "maintenance"),
                ("plans", self.tr("Unit plans"), "units"),
                ("readings", self.tr("Meter readings"), "history"),
                ("calendar", self.tr("Week calendar"), "calendar"),
            ]
        )
        self.views = switcher.group
        self.view_buttons = switcher.buttons
        header.addWidget(switcher)
        header.addStretch(1)
        layout.addLayout(header)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.due = DueListView(db)
        self.all_plans = PlanListView(db)
        self.plans = PlansView(db)
        self.readings = ReadingsView(db)
        self.calendar = WeekCalendarView(db)
        self.stack = QStackedWidget()
        for view in (self.due, self.all_plans, self.plans, self.readings, self.calendar):
            self.stack.addWidget(view)
        layout.addWidget(self.stack, 1)
        self.views.idClicked.connect(self._view_clicked)
        self.view_buttons["due"].setChecked(True)

        self.due.visitBooked.connect(self._visit_booked)
        self.due.completeRequested.connect(self.complete_plan_visit)
        self.due.plansRequested.connect(self.open_unit_plans)
        self.all_plans.plansRequested.connect(lambda ids: self.open_unit_plans(*ids))
        self.plans.completeRequested.connect(self.complete_order)
        self.calendar.completeRequested.connect(self.complete_order)
        for view in (self.due, self.plans, self.readings):
            view.changed.connect(self._changed)

    # -- views ----------------------------------------------------------------------------

    def current_view(self) -> str:
        return self.VIEWS[self.stack.currentIndex()]

    def show_view(self, key: str) -> None:
        chosen = self.view_buttons[key]
        chosen.setChecked(True)
        self._view_clicked(self.views.id(chosen))

    def _view_clicked(self, number: int) -> None:
        self.stack.setCurrentIndex(number)
        if self.VIEWS[number] == "plans" and self.plans.view is None:
            self.plans.chooser.setFocus()
        elif self.VIEWS[number] == "readings":
            self.readings.chooser.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Orders, units and plans change elsewhere: show them as they are now.
        self.refresh()

    def refresh(self) -> None:
        self.due.refresh()
        self.all_plans.refresh()
        self.plans.refresh()
        self.calendar.reload()

    def _changed(self) -> None:
        sender = self.sender()
        if sender is not self.due:
            self.due.refresh()
        self.all_plans.refresh()
        if sender is not self.plans:
            self.plans.refresh()
        self.calendar.reload()
        self.changed.emit()

    def open_unit_plans(self, unit_id: uuid.UUID, plan_id: uuid.UUID | None = None) -> None:
        self.show_view("plans")
        self.plans.show_unit(unit_id, plan_id)

    def open_unit_readings(self, unit_id: uuid.UUID) -> None:
        self.show_view("readings")
        self.readings.show_unit(unit_id)

    def _visit_booked(self, booked: tuple[dt.datetime | None, list[uuid.UUID]]) -> None:
        at, order_ids = booked
        when = ""
        if at is not None:
            when = f"{day_text(at.astimezone().date())} {local_time_text(at)}"
        self.banner.show_message(
            "info",
            counted(
                len(order_ids),
                self.tr("Visit booked for %s: 1 work order made."),
                self.tr("Visit booked for %s: {n} work orders made, one per unit."),
            )
            % when,
            [(self.tr("Show in the calendar"), lambda: self.show_calendar(at))],
        )
        self.calendar.reload()
        self.all_plans.refresh()
        self.plans.refresh()
        self.changed.emit()

    def show_calendar(self, day: dt.datetime | dt.date | None = None) -> None:
        self.show_view("calendar")
        if isinstance(day, dt.datetime):
            day = day.astimezone().date()
        self.calendar.show_week(day or dt.date.today())

    # -- completing visits ----------------------------------------------------------------

    def complete_plan_visit(self, plan_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: maintenance.booked_job(db, plan_id)).success(self._job_loaded).run()

    def complete_order(self, order_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: maintenance.visit_job(db, order_id)).success(self._job_loaded).run()

    def _job_loaded(self, job: VisitJob | None) -> None:
        if job is None:
            self.banner.show_message("warning", self.tr("No visit is booked for this plan."))
            return
        if job.status == "done":
            self.banner.show_message(
                "info",
                self.tr("Visit %s is already completed. %s is next due %s.")
                % (job.order_number, job.plan.name, day_text(job.plan.due_on) or "—"),
            )
            return
        dialog = CompleteVisitDialog(self.db, job, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._completed(dialog))
        dialog.open()

    def _completed(self, dialog: CompleteVisitDialog) -> None:
        plan = dialog.saved
        if plan is None:
            return
        if plan.due_on is not None:
            text = self.tr("Visit %s completed. %s of %s is next due %s.") % (
                dialog.job.order_number,
                plan.name,
                plan.serial,
                day_text(plan.due_on),
            )
        else:
            text = self.tr("Visit %s completed. Nothing more is due for %s of %s.") % (
                dialog.job.order_number,
                plan.name,
                plan.serial,
            )
        self.banner.show_message("info", text)
        self.due.refresh()
        self.all_plans.refresh()
        self.plans.refresh()
        self.calendar.reload()
        self.changed.emit()
