"""Maintenance: visits done when they were due, and plans left overdue."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.models import MaintenanceJob, MaintenancePlan, RepairOrder
from fieldservice.services.reports.common import (
    Arg,
    Count,
    Drill,
    Filters,
    Ids,
    Period,
    Rate,
    counted,
    in_period,
    live,
    order_filter,
    percent_of,
    records,
)


@dataclass(frozen=True)
class Maintenance:
    visits_on_time: Rate
    overdue_plans: Count


def maintenance(s: Session, period: Period, f: Filters) -> Maintenance:
    """- visits on time: of the maintenance visits completed in the period (their
      work order delivered then), those completed on or before the local day the
      plan was due (a visit keeps no done date of its own: its order's delivery
      stands for it). The ids are the visits' work orders;
    - overdue plans: active plans whose next due date is before the last day of the
      period, as the plans stand now (a plan keeps only its next due date); the
      ids are the plans'."""
    done = _visits(s, period, f)
    on_time = sum(1 for delivered, due in done.values() if delivered <= due)
    return Maintenance(
        Rate(
            on_time,
            len(done),
            percent_of(on_time, len(done)),
            Drill("maintenance", "on_time", period, f),
            Drill("maintenance", "visits", period, f),
        ),
        counted(s, Drill("maintenance", "overdue_plans", period, f)),
    )


def _visits(s: Session, period: Period, f: Filters) -> dict[uuid.UUID, tuple[dt.date, dt.date]]:
    """The maintenance visits done in the period: their work order -> (the local day
    it was delivered, the day the plan was due)."""
    jobs = s.execute(
        select(RepairOrder.id, RepairOrder.delivered_at, MaintenanceJob.due_on)
        .join(RepairOrder, RepairOrder.id == MaintenanceJob.order_id)
        .where(
            *order_filter(f),
            live(MaintenanceJob),
            MaintenanceJob.status == "done",
            in_period(RepairOrder.delivered_at, period),
        )
    ).all()
    return {
        order_id: (delivered.astimezone().date(), due)
        for order_id, delivered, due in jobs
        if delivered is not None
    }


@records("maintenance", "visits", computed=True)
def _visit_orders(s: Session, period: Period, f: Filters, _arg: Arg = None) -> Ids:
    return tuple(_visits(s, period, f))


@records("maintenance", "on_time", computed=True)
def _visits_on_time(s: Session, period: Period, f: Filters, _arg: Arg = None) -> Ids:
    return tuple(i for i, (done, due) in _visits(s, period, f).items() if done <= due)


@records("maintenance", "overdue_plans", "plan")
def _overdue(period: Period, f: Filters, _arg: Arg = None):
    overdue = select(MaintenancePlan.id).where(
        live(MaintenancePlan),
        MaintenancePlan.active,
        MaintenancePlan.due_on < period.end,
    )
    if f.technician:
        overdue = overdue.where(MaintenancePlan.technician == f.technician)
    if f.site:
        overdue = overdue.where(MaintenancePlan.origin_site == f.site)
    return overdue
