"""People: each technician's orders closed, hours logged and first-time fixes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.models import LabourLine, RepairOrder
from fieldservice.services.reports.common import (
    Count,
    Filters,
    Ids,
    Period,
    Rate,
    in_period,
    order_filter,
    rate,
)
from fieldservice.services.reports.quality import fixed_first_time


@dataclass(frozen=True)
class TechnicianFigures:
    technician: str
    delivered: Count  # orders delivered in the period, where they are the technician
    hours: float  # labour logged in the period by them, on any order
    labour_ids: Ids  # the labour lines behind the hours
    first_time_fix: Rate


def people(s: Session, period: Period, f: Filters) -> tuple[TechnicianFigures, ...]:
    """Per technician (the order's technician; labour by whoever logged it):
    orders delivered in the period (cancelled ones are not "closed" here), hours
    of labour logged in the period on orders matching the filters, and
    first-time fix as in :mod:`quality` over their delivered orders. An order with
    no technician is listed under "" (nobody)."""
    where = order_filter(f)
    delivered = s.execute(
        select(RepairOrder.technician, RepairOrder.id, fixed_first_time()).where(
            *where, in_period(RepairOrder.delivered_at, period)
        )
    ).all()
    labour = s.execute(
        select(LabourLine.technician, LabourLine.id, LabourLine.minutes)
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(*where, ~LabourLine.deleted, in_period(LabourLine.created_at, period))
    ).all()
    names = sorted({r[0] for r in delivered} | {r[0] for r in labour})
    result = []
    for name in names:
        mine = [r for r in delivered if r[0] == name]
        lines = [r for r in labour if r[0] == name]
        ids = tuple(r[1] for r in mine)
        result.append(
            TechnicianFigures(
                name,
                Count(len(ids), ids),
                round(sum(r[2] for r in lines) / 60.0, 2),
                tuple(r[1] for r in lines),
                rate(tuple(r[1] for r in mine if r[2]), ids),
            )
        )
    return tuple(result)
