"""A unit's plans (scan its serial), added and changed, and the same plan for
every unit of a product (a maintenance contract).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import maintenance
from fieldservice.services.maintenance import PlanRecord, UnitPlans
from ui.common import ops
from ui.common.formatting import day_text
from ui.common.tables import panel, small_table
from ui.common.widgets import (
    Banner,
    EmptyState,
    Facts,
    button,
    counted,
    label,
    primary_button,
    section_title,
)
from ui.maintenance.chooser import UnitChooser
from ui.maintenance.forms import PlanForm
from ui.maintenance.lists import OVERDUE
from ui.maintenance.words import local_time_text, reading_text, rule_text, short_rule

Index = QModelIndex | QPersistentModelIndex


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
        ops.Op(self, lambda: maintenance.unit_plans_view(db, unit_id)).success(self._show).run()

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
