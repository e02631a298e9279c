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

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from fieldservice.db import Database
from fieldservice.services import maintenance
from fieldservice.services.maintenance import VisitJob
from ui.common import ops
from ui.common.formatting import day_text
from ui.common.viewscreen import ViewScreen
from ui.common.widgets import Banner, counted
from ui.maintenance.calendar import WeekCalendarView
from ui.maintenance.duelist import DueListView
from ui.maintenance.forms import CompleteVisitDialog
from ui.maintenance.planlist import PlanListView
from ui.maintenance.plans import PlansView
from ui.maintenance.readings import ReadingsView
from ui.maintenance.words import local_time_text


class MaintenanceScreen(ViewScreen):
    """Maintenance: the due list, every plan, a unit's plans, meter readings, the
    week's visits."""

    changed = Signal()
    record_kinds: dict[str, str] = {}

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ("due", self.tr("Due list"), "warning"),
                ("all_plans", self.tr("All plans"), "maintenance"),
                ("plans", self.tr("Unit plans"), "units"),
                ("readings", self.tr("Meter readings"), "history"),
                ("calendar", self.tr("Week calendar"), "calendar"),
            ],
            parent,
        )
        self.db = db
        self.dialog: QDialog | None = None
        self.banner = Banner()
        self.add_above_views(self.banner)

        self.due = DueListView(db)
        self.all_plans = PlanListView(db)
        self.plans = PlansView(db)
        self.readings = ReadingsView(db)
        self.calendar = WeekCalendarView(db)
        self.add_view("due", self.due)
        self.add_view("all_plans", self.all_plans)
        self.add_view("plans", self.plans)
        self.add_view("readings", self.readings)
        self.add_view("calendar", self.calendar)

        self.due.visitBooked.connect(self._visit_booked)
        self.due.completeRequested.connect(self.complete_plan_visit)
        self.due.plansRequested.connect(self.open_unit_plans)
        self.all_plans.plansRequested.connect(lambda ids: self.open_unit_plans(*ids))
        self.plans.completeRequested.connect(self.complete_order)
        self.calendar.completeRequested.connect(self.complete_order)
        for view in (self.due, self.plans, self.readings):
            view.changed.connect(self._changed)

    # -- views ----------------------------------------------------------------------------

    def view_chosen(self, key: str) -> None:
        # A unit's plans and readings start from its serial: be ready for the scanner.
        if key == "plans" and self.plans.view is None:
            self.plans.chooser.setFocus()
        elif key == "readings":
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
