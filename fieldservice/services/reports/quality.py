"""Quality: fixed the first time, or back again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session, aliased

from fieldservice.models import RepairOrder, RepairOrderEvent
from fieldservice.services.reports.common import (
    Filters,
    Period,
    Rate,
    ids_of,
    in_period,
    order_filter,
    rate,
    seconds_between,
)

DAY = 86400


@dataclass(frozen=True)
class Quality:
    first_time_fix: Rate
    repeat_30: Rate
    repeat_90: Rate
    rework: Rate


def fixed_first_time() -> ColumnElement[bool]:
    """A delivered order was fixed the first time when it never failed its quality
    check (no move from "quality check" back to "in repair") and no rework order
    links back to it (``rework_of_id``)."""
    later = aliased(RepairOrder)
    failed_check = exists().where(
        RepairOrderEvent.order_id == RepairOrder.id,
        RepairOrderEvent.from_status == "quality_check",
        RepairOrderEvent.to_status == "in_repair",
        ~RepairOrderEvent.deleted,
    )
    # IN, not a correlated EXISTS: rework_of_id has no index, and the set of
    # reworked orders is small, so the database builds it once.
    reworked = RepairOrder.id.in_(
        select(later.rework_of_id).where(later.rework_of_id.is_not(None), ~later.deleted)
    )
    return and_(~failed_check, ~reworked)


def _back_within(days: int) -> ColumnElement[bool]:
    """The unit of this order had another order delivered at most *days* days
    before this one was opened."""
    earlier = aliased(RepairOrder)
    return exists().where(
        earlier.unit_id == RepairOrder.unit_id,
        earlier.id != RepairOrder.id,
        earlier.status == "delivered",
        ~earlier.deleted,
        earlier.delivered_at <= RepairOrder.created_at,
        seconds_between(RepairOrder.created_at, earlier.delivered_at) <= days * DAY,
    )


def quality(s: Session, period: Period, f: Filters) -> Quality:
    """Cancelled orders count in none of these figures.

    - first-time fix: of the orders delivered in the period, the share
      :func:`fixed_first_time` (it can fall later, when a unit comes back);
    - repeat repairs: of the orders opened in the period, the share whose unit had
      an earlier order delivered within 30 (90) days before this intake;
    - rework: of the orders opened in the period, the share linked to an earlier
      order as its rework (opened from it, or linked at intake because the unit
      came back within 30 days of delivery).
    """
    where = [*order_filter(f), RepairOrder.status != "cancelled"]
    delivered = [*where, in_period(RepairOrder.delivered_at, period)]
    opened = [*where, in_period(RepairOrder.created_at, period)]
    delivered_ids = ids_of(s, select(RepairOrder.id).where(*delivered))
    opened_ids = ids_of(s, select(RepairOrder.id).where(*opened))
    first_time = ids_of(s, select(RepairOrder.id).where(*delivered, fixed_first_time()))
    back_30 = ids_of(s, select(RepairOrder.id).where(*opened, _back_within(30)))
    back_90 = ids_of(s, select(RepairOrder.id).where(*opened, _back_within(90)))
    rework = ids_of(s, select(RepairOrder.id).where(*opened, RepairOrder.rework_of_id.is_not(None)))
    return Quality(
        rate(first_time, delivered_ids),
        rate(back_30, opened_ids),
        rate(back_90, opened_ids),
        rate(rework, opened_ids),
    )
