"""When maintenance is next due: the rule, pinned date by date (services/schedule.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fieldservice.services.schedule import (
    add_interval,
    effective_due,
    first_grid_date_after,
    forecast_meter_due,
    next_calendar_due,
    usage_per_day,
)

D = dt.date


def nxt(anchor, start, count, unit, due, done):
    return next_calendar_due(
        anchor=anchor, start=start, count=count, unit=unit, due=due, done_on=done
    )


def test_a_new_plan_is_first_due_on_its_start():
    assert nxt("completion", D(2026, 1, 10), 3, "months", None, None) == D(2026, 1, 10)


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        (D(2026, 4, 1), D(2026, 4, 1), D(2026, 7, 1)),  # on time
        (D(2026, 4, 1), D(2026, 3, 20), D(2026, 6, 20)),  # early: counts from the work
        (D(2026, 4, 1), D(2026, 4, 25), D(2026, 7, 25)),  # late: counts from the work
        (D(2026, 4, 1), D(2026, 5, 31), D(2026, 8, 31)),
        (D(2026, 4, 1), D(2026, 11, 30), D(2027, 2, 28)),  # month end clamped
    ],
)
def test_from_completion_the_next_visit_counts_from_the_day_the_work_was_done(due, done, expected):
    assert nxt("completion", D(2026, 1, 1), 3, "months", due, done) == expected


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        (D(2026, 4, 1), D(2026, 4, 1), D(2026, 7, 1)),  # on time: next grid date
        (D(2026, 4, 1), D(2026, 3, 20), D(2026, 7, 1)),  # early: the grid does not move
        (D(2026, 4, 1), D(2026, 4, 25), D(2026, 7, 1)),  # late: still the grid
        (D(2026, 4, 1), D(2026, 8, 10), D(2026, 10, 1)),  # very late: not already overdue
    ],
)
def test_fixed_plans_stay_on_their_grid(due, done, expected):
    assert nxt("fixed", D(2026, 1, 1), 3, "months", due, done) == expected


def test_a_fixed_monthly_grid_from_the_31st_follows_month_ends_without_drifting():
    start = D(2026, 1, 31)
    dates = [first_grid_date_after(start, D(2026, m, 1), 1, "months") for m in (2, 3, 4, 5)]
    assert dates == [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31)]


@pytest.mark.parametrize(
    ("count", "unit", "expected"),
    [
        (10, "days", D(2024, 3, 10)),
        (6, "weeks", D(2024, 4, 11)),
        (6, "months", D(2024, 8, 29)),
        (5, "years", D(2029, 2, 28)),  # from a leap day to a year without one
    ],
)
def test_intervals_in_days_weeks_months_and_years(count, unit, expected):
    assert add_interval(D(2024, 2, 29), count, unit) == expected


READINGS = [(D(2026, 1, 1), Decimal(1000)), (D(2026, 1, 31), Decimal(1300))]  # 10 h a day


def test_the_meter_forecast_projects_recent_usage():
    assert usage_per_day(READINGS) == 10
    assert forecast_meter_due(Decimal(1500), READINGS) == D(2026, 2, 20)


def test_usage_is_measured_over_the_last_90_days_only():
    old = [(D(2025, 1, 1), Decimal(0))]  # a year ago the unit ran very little
    assert usage_per_day(old + READINGS) == 10


def test_a_meter_already_past_the_due_reading_is_due_on_that_reading():
    readings = [*READINGS, (D(2026, 2, 10), Decimal(1600))]
    assert forecast_meter_due(Decimal(1500), readings) == D(2026, 2, 10)


def test_without_two_readings_there_is_no_forecast():
    assert forecast_meter_due(Decimal(1500), READINGS[:1]) is None
    assert forecast_meter_due(Decimal(1500), []) is None


def test_whichever_comes_first():
    cal, meter = D(2026, 3, 1), D(2026, 2, 20)
    assert effective_due("either", cal, meter) == meter
    assert effective_due("either", cal, None) == cal
    assert effective_due("calendar", cal, meter) == cal
    assert effective_due("meter", cal, meter) == meter
