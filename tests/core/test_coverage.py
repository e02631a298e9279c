"""The coverage rule, read like the rule (services/coverage.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldservice.services.coverage import (
    CoverageStatus,
    add_months,
    service_end,
    status_on,
    warranty_end,
)

D = dt.date
IN, SERVICE, EXPIRED, VOID = (
    CoverageStatus.IN_WARRANTY,
    CoverageStatus.SERVICE_PERIOD,
    CoverageStatus.EXPIRED,
    CoverageStatus.VOID,
)


@pytest.mark.parametrize(
    ("bought", "months", "ends"),
    [
        (D(2025, 3, 14), 12, D(2026, 3, 14)),  # same day, a year on
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # February is shorter: its last day
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # ... 29th in a leap year
        (D(2024, 2, 29), 12, D(2025, 2, 28)),  # bought on a leap day
        (D(2024, 2, 29), 48, D(2028, 2, 29)),  # four years later there is a 29th again
        (D(2025, 8, 31), 1, D(2025, 9, 30)),  # 30-day month
        (D(2025, 12, 15), 1, D(2026, 1, 15)),  # across the year end
        (D(2025, 5, 31), 0, D(2025, 5, 31)),  # no warranty months: ends the day of purchase
    ],
)
def test_the_warranty_ends_n_calendar_months_after_purchase_clamped_to_month_end(
    bought, months, ends
):
    assert warranty_end(bought, months) == ends


def test_the_last_day_is_still_in_warranty_and_the_next_is_service_period():
    bought = D(2025, 1, 31)
    assert status_on(D(2025, 2, 28), bought, 1, 6) is IN
    assert status_on(D(2025, 3, 1), bought, 1, 6) is SERVICE


def test_the_service_period_runs_m_further_months_counted_from_purchase():
    bought = D(2024, 1, 31)
    # 1 month warranty ends 29 Feb; 2 more service months end 30 Apr (not 29 Apr).
    assert service_end(bought, 1, 2) == D(2024, 4, 30)
    assert status_on(D(2024, 4, 30), bought, 1, 2) is SERVICE
    assert status_on(D(2024, 5, 1), bought, 1, 2) is EXPIRED


def test_without_a_service_period_the_warranty_end_is_also_the_end_of_support():
    bought = D(2025, 6, 1)
    assert service_end(bought, 24, 0) == warranty_end(bought, 24)
    assert status_on(D(2027, 6, 2), bought, 24, 0) is EXPIRED


def test_extensions_add_to_the_end_and_move_the_service_period_with_it():
    bought = D(2025, 1, 31)
    assert warranty_end(bought, 12, extension_months=1) == D(2026, 2, 28)
    assert service_end(bought, 12, 12, extension_months=6) == D(2027, 7, 31)
    assert status_on(D(2026, 2, 15), bought, 12, 12) is SERVICE
    assert status_on(D(2026, 2, 15), bought, 12, 12, extension_months=1) is IN


def test_a_void_warranty_covers_nothing_whatever_the_dates():
    assert status_on(D(2025, 2, 1), D(2025, 1, 31), 24, 12, voided=True) is VOID


def test_only_in_warranty_is_free_of_charge():
    assert not IN.chargeable
    assert all(s.chargeable for s in (SERVICE, EXPIRED, VOID, CoverageStatus.NOT_REGISTERED))


@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    st.integers(min_value=0, max_value=120),
    st.integers(min_value=0, max_value=120),
)
def test_adding_months_keeps_the_day_or_falls_to_the_month_end(day, a, b):
    later = add_months(day, a)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == a
    assert later.day == day.day or (later.day < day.day and (later + dt.timedelta(1)).day == 1)
    # Counting from purchase, never step by step: never earlier than stepping.
    assert add_months(day, a + b) >= add_months(add_months(day, a), b)
