"""Speed: how quickly the centre answers and repairs, and whether it keeps its
promises (the priority targets)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldservice.models import RepairOrder
from fieldservice.services.reports.common import (
    Arg,
    Drill,
    Durations,
    Filters,
    Period,
    Rate,
    durations,
    not_cancelled_in,
    rated,
    records,
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

    def drill(name: str) -> Drill:
        return Drill("speed", name, period, f)

    response = durations(
        s, seconds_between(RepairOrder.responded_at, RepairOrder.created_at), drill("response")
    )
    repair = durations(
        s,
        seconds_between(RepairOrder.resolved_at, RepairOrder.created_at)
        - RepairOrder.waited_seconds,
        drill("repair"),
    )
    turnaround = durations(
        s, seconds_between(RepairOrder.delivered_at, RepairOrder.created_at), drill("turnaround")
    )
    return Speed(
        response,
        repair,
        turnaround,
        rated(s, drill("response_on_target"), drill("response")),
        rated(s, drill("resolution_on_target"), drill("repair")),
    )


@records("speed", "response")
def _answered(period: Period, f: Filters, _arg: Arg = None):
    return not_cancelled_in(RepairOrder.responded_at, period, f)


@records("speed", "repair")
def _ready(period: Period, f: Filters, _arg: Arg = None):
    return not_cancelled_in(RepairOrder.resolved_at, period, f)


@records("speed", "turnaround")
def _turned_around(period: Period, f: Filters, _arg: Arg = None):
    return not_cancelled_in(RepairOrder.delivered_at, period, f)


@records("speed", "response_on_target")
def _answered_in_time(period: Period, f: Filters, _arg: Arg = None):
    return _answered(period, f).where(RepairOrder.responded_at <= RepairOrder.response_due)


@records("speed", "resolution_on_target")
def _ready_in_time(period: Period, f: Filters, _arg: Arg = None):
    return _ready(period, f).where(RepairOrder.resolved_at <= RepairOrder.resolution_due)
