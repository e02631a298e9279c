"""Volume: how much work came in, went out, and is still on the benches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, literal, or_, select
from sqlalchemy.orm import Session

from fieldservice.models import RepairOrder, RepairOrderEvent
from fieldservice.services.reports.common import (
    Count,
    Filters,
    Period,
    cancelled_at,
    count,
    in_period,
    order_filter,
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
    where = order_filter(f)
    opened = count(
        s, select(RepairOrder.id).where(*where, in_period(RepairOrder.created_at, period))
    )
    delivered = count(
        s, select(RepairOrder.id).where(*where, in_period(RepairOrder.delivered_at, period))
    )
    cancelled = count(
        s,
        select(RepairOrder.id)
        .join(RepairOrderEvent, RepairOrderEvent.order_id == RepairOrder.id)
        .where(
            *where,
            RepairOrderEvent.to_status == "cancelled",
            ~RepairOrderEvent.deleted,
            in_period(RepairOrderEvent.created_at, period),
        ),
    )
    end = period.utc_end
    bucket = case(
        *(
            (RepairOrder.created_at > end - dt.timedelta(days=high + 1), label)
            for label, _low, high in AGE_BUCKETS
            if high is not None
        ),
        else_=literal(AGE_BUCKETS[-1][0]),
    )
    still_open = [
        *where,
        RepairOrder.created_at < end,
        or_(RepairOrder.delivered_at.is_(None), RepairOrder.delivered_at >= end),
        or_(RepairOrder.status != "cancelled", ~_cancelled_before(end)),
    ]
    rows = s.execute(
        select(RepairOrder.id, bucket).where(*still_open).order_by(RepairOrder.id)
    ).all()
    ageing = {
        label: Count(sum(1 for _, b in rows if b == label), tuple(i for i, b in rows if b == label))
        for label, _, _ in AGE_BUCKETS
    }
    backlog = Count(len(rows), tuple(i for i, _ in rows))
    return Volume(opened, delivered, cancelled, backlog, ageing)


def _cancelled_before(end):
    return and_(cancelled_at().is_not(None), cancelled_at() < end)
