"""When is preventive maintenance next due? The arithmetic, in one place.

Calendar plans repeat every N days, weeks, months or years:

* **from completion** (``anchor="completion"``): the next visit is due one
  interval after the day the last one was actually done — early or late;
* **fixed** (``anchor="fixed"``): visits are due on the plan's own grid, start
  plus whole intervals (months counted from the start, clamped to the month's
  last day, so 31 Jan gives 28/29 Feb, 31 Mar, 30 Apr, …). Completing a visit
  moves the plan to the first grid date after both the date that was due and
  the day of the work, so doing it early never brings the next one forward and
  doing it very late does not leave it already overdue.

Meter plans are due when the unit's meter reaches the reading of the last
service plus the interval (e.g. every 500 running hours). Their due *date* is
forecast from recent usage: the rate between the earliest and latest readings
of the last 90 days, projected from the latest reading. With no usable rate the
forecast is unknown — unless the meter has already reached the due reading,
which makes the plan due on the day of that reading.

"Whichever comes first" plans take the earlier of the calendar date and the
meter forecast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from fieldservice.services.coverage import add_months

UNITS = ("days", "weeks", "months", "years")
USAGE_WINDOW_DAYS = 90


def add_interval(day: dt.date, count: int, unit: str) -> dt.date:
    """*day* plus *count* days, weeks, months or years (months clamped to month end)."""
    if unit == "days":
        return day + dt.timedelta(days=count)
    if unit == "weeks":
        return day + dt.timedelta(weeks=count)
    if unit == "months":
        return add_months(day, count)
    if unit == "years":
        return add_months(day, 12 * count)
    raise ValueError(f"unknown interval unit {unit!r}")


def grid_date(start: dt.date, n: int, count: int, unit: str) -> dt.date:
    """The *n*-th date of a fixed plan's grid, counted from the start (no drift)."""
    return add_interval(start, n * count, unit)


def first_grid_date_after(start: dt.date, after: dt.date, count: int, unit: str) -> dt.date:
    """The first grid date strictly after *after* (the start itself if it is later)."""
    if start > after:
        return start
    # Jump close by elapsed days, then step: grid dates are at most an interval apart.
    span = (add_interval(start, count, unit) - start).days
    n = max(0, (after - start).days // span - 1)
    while grid_date(start, n, count, unit) <= after:
        n += 1
    return grid_date(start, n, count, unit)


def next_calendar_due(
    *,
    anchor: str,
    start: dt.date,
    count: int,
    unit: str,
    due: dt.date | None,
    done_on: dt.date | None,
) -> dt.date:
    """The calendar due date after a visit done on *done_on* that served the visit
    due on *due* (both None for a new plan: the first visit is due on the start)."""
    if done_on is None:
        return start
    if anchor == "completion":
        return add_interval(done_on, count, unit)
    if anchor == "fixed":
        return first_grid_date_after(start, max(done_on, due or done_on), count, unit)
    raise ValueError(f"unknown anchor {anchor!r}")


def usage_per_day(readings: Sequence[tuple[dt.date, Decimal]]) -> Decimal | None:
    """Meter units per day over the last 90 days of *readings* (date, value), or None
    when there are not two readings on different days there."""
    if not readings:
        return None
    ordered = sorted(readings)
    latest_day = ordered[-1][0]
    recent = [r for r in ordered if (latest_day - r[0]).days <= USAGE_WINDOW_DAYS]
    first, last = recent[0], recent[-1]
    days = (last[0] - first[0]).days
    if days <= 0 or last[1] <= first[1]:
        return None
    return (last[1] - first[1]) / days


def forecast_meter_due(
    due_meter: Decimal, readings: Sequence[tuple[dt.date, Decimal]]
) -> dt.date | None:
    """The day the meter is expected to reach *due_meter*."""
    if not readings:
        return None
    latest_day, latest = max(readings)
    if latest >= due_meter:
        # Reached: due on the first reading at or past the due value.
        return min(day for day, value in readings if value >= due_meter)
    rate = usage_per_day(readings)
    if rate is None:
        return None
    days = (due_meter - latest) / rate
    return latest_day + dt.timedelta(days=int(days.to_integral_value(rounding="ROUND_CEILING")))


def effective_due(
    basis: str, calendar_due: dt.date | None, meter_forecast: dt.date | None
) -> dt.date | None:
    """The date a plan is due: by calendar, by meter, or whichever comes first."""
    if basis == "calendar":
        return calendar_due
    if basis == "meter":
        return meter_forecast
    candidates = [d for d in (calendar_due, meter_forecast) if d is not None]
    return min(candidates) if candidates else None
