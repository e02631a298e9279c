"""Volume: how much work came in, went out, and is still on the benches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, literal, select, union
from sqlalchemy.orm import Session

from fieldservice.models import RepairOrder, RepairOrderEvent
from fieldservice.services.reports.common import (
    Arg,
    Count,
    Drill,
    Filters,
    Period,
    counted,
    in_period,
    live,
    order_filter,
    records,
    unindexed,
)

# The age buckets of the backlog, in whole days since intake: (label, from, to).
AGE_BUCKETS = (("0-2", 0, 2), ("3-7", 3, 7), ("8-14", 8, 14), ("15+", 15, None))


@dataclass(frozen=True)
class Volume:
    opened: Count
    delivered: Count
    cancelled: Count
    backlog: Count
    # Bucket label -> the backlog orders of that age at the end of the period.
    ageing: dict[str, Count]


def volume(s: Session, period: Period, f: Filters) -> Volume:
    """Orders opened in the period (cancelled ones included: the work came in);
    delivered in the period (closed); cancelled in the period (counted apart);
    the backlog: opened before the period's end and neither delivered nor
    cancelled by then (waiting for the customer included), with its age in whole
    days at the period's end."""

    def drill(name: str, arg: Arg = None) -> Drill:
        return Drill("volume", name, period, f, arg)

    end = period.utc_end
    bucket = case(
        *(
            (RepairOrder.created_at > end - dt.timedelta(days=high + 1), label)
            for label, _low, high in AGE_BUCKETS
            if high is not None
        ),
        else_=literal(AGE_BUCKETS[-1][0]),
    )
    by_age: dict[str, int] = dict(
        s.execute(select(bucket, func.count()).where(*still_open(period, f)).group_by(bucket)).all()
    )
    return Volume(
        counted(s, drill("opened")),
        counted(s, drill("delivered")),
        counted(s, drill("cancelled")),
        Count(sum(by_age.values()), drill("backlog")),
        {
            label: Count(by_age.get(label, 0), drill("ageing", label))
            for label, _low, _high in AGE_BUCKETS
        },
    )


@records("volume", "opened")
def _opened(period: Period, f: Filters, _arg: Arg = None):
    return select(RepairOrder.id).where(*order_filter(f), in_period(RepairOrder.created_at, period))


@records("volume", "delivered")
def _delivered(period: Period, f: Filters, _arg: Arg = None):
    return select(RepairOrder.id).where(
        *order_filter(f), in_period(RepairOrder.delivered_at, period)
    )


@records("volume", "cancelled")
def _cancelled(period: Period, f: Filters, _arg: Arg = None):
    return select(RepairOrder.id).where(
        *order_filter(f),
        RepairOrder.id.in_(
            select(RepairOrderEvent.order_id).where(
                RepairOrderEvent.to_status == "cancelled",
                live(RepairOrderEvent),
                in_period(RepairOrderEvent.created_at, period),
            )
        ),
    )


def still_open(period: Period, f: Filters) -> list[ColumnElement[bool]]:
    """Opened before the period's end and neither delivered nor cancelled by then.

    Found three indexed ways rather than by testing every order opened before the
    end: still open now, delivered after the end, or (still) cancelled, and that
    after the end. An order is open now exactly when it is neither delivered nor
    cancelled."""
    end = period.utc_end
    before = [*order_filter(f), unindexed(RepairOrder.created_at) < end]
    cancelled_after = select(RepairOrderEvent.order_id).where(
        RepairOrderEvent.to_status == "cancelled",
        live(RepairOrderEvent),
        RepairOrderEvent.created_at >= end,
    )
    ways_in = union(
        select(RepairOrder.id).where(*before, RepairOrder.is_open == True),  # noqa: E712
        select(RepairOrder.id).where(*before, RepairOrder.delivered_at >= end),
        select(RepairOrder.id).where(
            *before, RepairOrder.status == "cancelled", RepairOrder.id.in_(cancelled_after)
        ),
    )
    return [RepairOrder.id.in_(ways_in)]


@records("volume", "backlog")
def _backlog(period: Period, f: Filters, _arg: Arg = None):
    return select(RepairOrder.id).where(*still_open(period, f))


@records("volume", "ageing")
def _aged(period: Period, f: Filters, label: Arg):
    """The backlog orders of age bucket *label* at the period's end."""
    low, high = next((lo, hi) for name, lo, hi in AGE_BUCKETS if name == label)
    end = period.utc_end
    age = [RepairOrder.created_at <= end - dt.timedelta(days=low)] if low else []
    if high is not None:
        age.append(RepairOrder.created_at > end - dt.timedelta(days=high + 1))
    return select(RepairOrder.id).where(*still_open(period, f), *age)
