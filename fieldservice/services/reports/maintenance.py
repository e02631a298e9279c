"""Maintenance: visits done when they were due, and plans left overdue."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.models import MaintenanceJob, MaintenancePlan, RepairOrder
from fieldservice.services.reports.common import (
    Count,
    Filters,
    Period,
    Rate,
    count,
    in_period,
    order_filter,
    rate,
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
    jobs = s.execute(
        select(RepairOrder.id, MaintenanceJob.due_on, RepairOrder.delivered_at)
        .join(RepairOrder, RepairOrder.id == MaintenanceJob.order_id)
        .where(
            *order_filter(f),
            ~MaintenanceJob.deleted,
            MaintenanceJob.status == "done",
            in_period(RepairOrder.delivered_at, period),
        )
    ).all()
    done = tuple(j.id for j in jobs)
    on_time = tuple(j.id for j in jobs if j.delivered_at.astimezone().date() <= j.due_on)
    overdue = select(MaintenancePlan.id).where(
        ~MaintenancePlan.deleted,
        MaintenancePlan.active,
        MaintenancePlan.due_on < period.end,
    )
    if f.technician:
        overdue = overdue.where(MaintenancePlan.technician == f.technician)
    return Maintenance(rate(on_time, done), count(s, overdue))
