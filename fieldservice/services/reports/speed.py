"""Speed: how quickly the centre answers and repairs, and whether it keeps its
promises (the priority targets)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.models import RepairOrder
from fieldservice.services.reports.common import (
    Durations,
    Filters,
    Period,
    Rate,
    durations,
    ids_of,
    in_period,
    order_filter,
    rate,
    seconds_between,
)


@dataclass(frozen=True)
class Speed:
    response: Durations
    repair: Durations
    turnaround: Durations
    response_on_target: Rate
    resolution_on_target: Rate


def speed(s: Session, period: Period, f: Filters) -> Speed:
    """Cancelled orders are left out of every figure here.

    - response time: intake to the first move out of "received", for orders
      answered in the period;
    - time to repair: intake to "ready for pickup", less the time spent waiting
      for the customer's approval (``waited_seconds``), for orders ready in the
      period;
    - turnaround: intake to delivery, as the customer lived it (waiting
      included), for orders delivered in the period;
    - on target: answered (ready) no later than the response (resolution) due
      time, which the repairs service moves on by every wait for the customer, so
      paused time is excluded the same way the desk's overdue list excludes it.
    """
    where = [*order_filter(f), RepairOrder.status != "cancelled"]
    answered = [*where, in_period(RepairOrder.responded_at, period)]
    ready = [*where, in_period(RepairOrder.resolved_at, period)]
    delivered = [*where, in_period(RepairOrder.delivered_at, period)]
    response = durations(
        s,
        seconds_between(RepairOrder.responded_at, RepairOrder.created_at),
        RepairOrder.id,
        answered,
    )
    repair = durations(
        s,
        seconds_between(RepairOrder.resolved_at, RepairOrder.created_at)
        - RepairOrder.waited_seconds,
        RepairOrder.id,
        ready,
    )
    turnaround = durations(
        s,
        seconds_between(RepairOrder.delivered_at, RepairOrder.created_at),
        RepairOrder.id,
        delivered,
    )
    response_met = ids_of(
        s,
        select(RepairOrder.id).where(
            *answered, RepairOrder.responded_at <= RepairOrder.response_due
        ),
    )
    resolution_met = ids_of(
        s,
        select(RepairOrder.id).where(*ready, RepairOrder.resolved_at <= RepairOrder.resolution_due),
    )
    return Speed(
        response,
        repair,
        turnaround,
        rate(response_met, response.ids),
        rate(resolution_met, repair.ids),
    )
