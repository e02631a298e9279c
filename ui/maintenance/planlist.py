"""Every plan: by customer, product, basis, technician, or only those overdue; a
row opens its unit's plans.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.services import maintenance
from fieldservice.services.maintenance import PlanFilter, PlanRecord
from ui.common import theme
from ui.common.formatting import day_text
from ui.common.pagedmodel import Column
from ui.common.widgets import SearchBox, button, counted, label, make_table, wide_enough
from ui.maintenance.lists import UrgencyModel, list_with_empty_state
from ui.maintenance.words import basis_words, days_late, reading_text, rule_text, short_rule

Index = QModelIndex | QPersistentModelIndex


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

    widest = day_text(dt.date(2028, 12, 28))  # the widest day of a date column

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
        Column(view.tr("Last done"), last_done, width=wide_enough(view, widest, 116)),
        Column(
            view.tr("Next due"),
            next_due,
            width=wide_enough(view, widest, 150, extra=54),
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
