"""Quality: fixed the first time, or back again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists
from sqlalchemy.orm import Session, aliased

from fieldservice.models import RepairOrder, RepairOrderEvent
from fieldservice.services.reports.common import (
    Arg,
    Drill,
    Filters,
    Period,
    Rate,
    live,
    not_cancelled_in,
    rated,
    records,
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
        live(RepairOrderEvent),
    )
    # A look-up of this order in the rework_of_id index, not the list of every
    # reworked order: with statistics SQLite built that list by reading the table.
    reworked = exists().where(later.rework_of_id == RepairOrder.id, live(later))
    return and_(~failed_check, ~reworked)


def back_within(days: int) -> ColumnElement[bool]:
    """The unit of this order had another order delivered at most *days* days
    before this one was opened (only a delivered order has a delivery time)."""
    earlier = aliased(RepairOrder)
    return exists().where(
        earlier.unit_id == RepairOrder.unit_id,
        earlier.delivered_at <= RepairOrder.created_at,
        earlier.id != RepairOrder.id,
        earlier.status == "delivered",
        live(earlier),
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

    def drill(name: str) -> Drill:
        return Drill("quality", name, period, f)

    return Quality(
        rated(s, drill("first_time_fix"), drill("delivered")),
        rated(s, drill("repeat_30"), drill("opened")),
        rated(s, drill("repeat_90"), drill("opened")),
        rated(s, drill("rework"), drill("opened")),
    )


@records("quality", "delivered")
def _delivered(period: Period, f: Filters, _arg: Arg = None):
    return not_cancelled_in(RepairOrder.delivered_at, period, f)


@records("quality", "opened")
def _opened(period: Period, f: Filters, _arg: Arg = None):
    return not_cancelled_in(RepairOrder.created_at, period, f)


@records("quality", "first_time_fix")
def _fixed_first_time(period: Period, f: Filters, _arg: Arg = None):
    return _delivered(period, f).where(fixed_first_time())


@records("quality", "repeat_30")
def _back_in_30(period: Period, f: Filters, _arg: Arg = None):
    return _opened(period, f).where(back_within(30))


@records("quality", "repeat_90")
def _back_in_90(period: Period, f: Filters, _arg: Arg = None):
    return _opened(period, f).where(back_within(90))


@records("quality", "rework")
def _reworks(period: Period, f: Filters, _arg: Arg = None):
    return _opened(period, f).where(RepairOrder.rework_of_id.is_not(None))
