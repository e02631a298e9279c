"""People: each technician's orders closed, hours logged and first-time fixes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from fieldservice.models import LabourLine, RepairOrder
from fieldservice.services.reports.common import (
    Arg,
    Count,
    Drill,
    Filters,
    Period,
    Rate,
    in_period,
    live,
    order_filter,
    percent_of,
    records,
)
from fieldservice.services.reports.quality import fixed_first_time


@dataclass(frozen=True)
class TechnicianFigures:
    technician: str
    delivered: Count  # orders delivered in the period, where they are the technician
    hours: float  # labour logged in the period by them, on any order
    labour: Count  # the labour lines behind the hours
    first_time_fix: Rate


def people(s: Session, period: Period, f: Filters) -> tuple[TechnicianFigures, ...]:
    """Per technician (the order's technician; labour by whoever logged it):
    orders delivered in the period (cancelled ones are not "closed" here), hours
    of labour logged in the period on orders matching the filters, and
    first-time fix as in :mod:`quality` over their delivered orders. An order with
    no technician is listed under "" (nobody)."""
    fixed = func.sum(case((fixed_first_time(), 1), else_=0))
    delivered = {
        name: (n, int(first or 0))
        for name, n, first in s.execute(
            select(RepairOrder.technician, func.count(), fixed)
            .where(*order_filter(f), in_period(RepairOrder.delivered_at, period))
            .group_by(RepairOrder.technician)
        )
    }
    labour = {
        name: (n, minutes or 0)
        for name, n, minutes in s.execute(
            select(LabourLine.technician, func.count(), func.sum(LabourLine.minutes))
            .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
            .where(*_logged(period, f))
            .group_by(LabourLine.technician)
        )
    }
    result = []
    for name in sorted(delivered.keys() | labour.keys()):
        closed, first = delivered.get(name, (0, 0))
        lines, minutes = labour.get(name, (0, 0))
        result.append(
            TechnicianFigures(
                name,
                Count(closed, Drill("people", "delivered", period, f, name)),
                round(minutes / 60.0, 2),
                Count(lines, Drill("people", "labour", period, f, name)),
                Rate(
                    first,
                    closed,
                    percent_of(first, closed),
                    Drill("people", "first_time_fix", period, f, name),
                    Drill("people", "delivered", period, f, name),
                ),
            )
        )
    return tuple(result)


def _logged(period: Period, f: Filters) -> list:
    return [*order_filter(f), live(LabourLine), in_period(LabourLine.created_at, period)]


@records("people", "delivered")
def _delivered_by(period: Period, f: Filters, name: Arg):
    return select(RepairOrder.id).where(
        *order_filter(f),
        in_period(RepairOrder.delivered_at, period),
        RepairOrder.technician == name,
    )


@records("people", "first_time_fix")
def _fixed_first_time_by(period: Period, f: Filters, name: Arg):
    return _delivered_by(period, f, name).where(fixed_first_time())


@records("people", "labour", "labour")
def _labour_of(period: Period, f: Filters, name: Arg):
    return (
        select(LabourLine.id)
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(*_logged(period, f), LabourLine.technician == name)
    )
