"""Drill-down: from a figure to the orders behind it, and the figures a
dashboard shows (this period and the one before, in one read).

A figure about follow-up calls or complaints carries *their* ids; the orders
they belong to are found here, so every tile can list orders.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.i18n import _
from fieldservice.models import (
    Complaint,
    Customer,
    FollowUp,
    LabourLine,
    Product,
    RepairOrder,
    Unit,
)
from fieldservice.services.coverage import add_months
from fieldservice.services.repairs import STATUSES
from fieldservice.services.reports.common import (
    Count,
    Drill,
    Filters,
    Ids,
    Period,
    at_centre,
    how_many,
    ids_behind,
    in_chunks,
    in_period,
    is_computed,
    kind_of,
    live,
    order_filter,
    query_of,
)
from fieldservice.services.spreadsheets import write_table

# SQLite takes a limited number of bound values in one statement.
_CHUNK = 500


@dataclass(frozen=True)
class DrillRow:
    """One order behind a figure."""

    id: uuid.UUID
    number: str
    status: str
    customer_name: str
    product_name: str
    serial: str
    technician: str
    opened_at: dt.datetime
    delivered_at: dt.datetime | None


def _order_rows():
    return (
        select(
            RepairOrder.id,
            RepairOrder.number,
            RepairOrder.status,
            func.coalesce(Customer.name, ""),
            Product.name,
            Unit.serial,
            RepairOrder.technician,
            RepairOrder.created_at,
            RepairOrder.delivered_at,
        )
        .join(Unit, Unit.id == RepairOrder.unit_id)
        .join(Product, Product.id == RepairOrder.product_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(live(RepairOrder))
    )


def orders_by_ids(db: Database, ids: Iterable[uuid.UUID]) -> list[DrillRow]:
    """The orders of *ids* (deleted ones left out), newest first."""
    wanted = list(dict.fromkeys(ids))
    rows: list[DrillRow] = []
    with db.read() as s:
        for chunk in in_chunks(wanted, _CHUNK):
            query = _order_rows().where(RepairOrder.id.in_(chunk))
            rows.extend(DrillRow(*row) for row in s.execute(query))
    rows.sort(key=lambda r: (r.opened_at, r.number), reverse=True)
    return rows


def orders_of(db: Database, kind: str, ids: Iterable[uuid.UUID]) -> tuple[uuid.UUID, ...]:
    """The order ids behind records of *kind* ("order", "follow_up", "complaint",
    "labour"): a complaint tied to no order has none."""
    wanted = list(dict.fromkeys(ids))
    if kind == "order":
        return tuple(wanted)
    column, key = {
        "follow_up": (FollowUp.order_id, FollowUp.id),
        "complaint": (Complaint.order_id, Complaint.id),
        "labour": (LabourLine.order_id, LabourLine.id),
    }[kind]
    found: list[uuid.UUID] = []
    with db.read() as s:
        for chunk in in_chunks(wanted, _CHUNK):
            found.extend(
                i for i in s.scalars(select(column).where(key.in_(chunk))) if i is not None
            )
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Behind:
    """The orders behind a figure: how many, and the newest *shown* of them; for a
    rate, which of those shown counted as hits."""

    total: int
    rows: tuple[DrillRow, ...]
    hits: frozenset[uuid.UUID] | None = None


def ids(db: Database, d: Drill) -> Ids:
    """The ids of the records behind *d* (of its own kind: orders, follow-up
    calls, complaints, …)."""
    with db.read() as s:
        return ids_behind(s, d)


def order_ids(db: Database, d: Drill) -> Ids:
    """The orders behind *d*: a figure about follow-up calls or complaints leads
    to the orders they are about."""
    return orders_of(db, kind_of(d), ids(db, d))


def orders_behind(
    db: Database, d: Drill, *, hits: Drill | None = None, shown: int = 2000
) -> Behind:
    """The orders behind *d*, newest first, at most *shown* of them (and how many
    there are in all); with *hits*, which of those shown are among its orders.

    Orders selected by a query are read in one statement, so a figure over a
    quarter of a large centre lists as fast as a page of the orders list."""
    if kind_of(d) == "order" and not is_computed(d):
        with db.read() as s:
            query = query_of(d)
            total = how_many(s, query)
            newest = (
                _order_rows()
                .where(RepairOrder.id.in_(query))
                .order_by(RepairOrder.created_at.desc(), RepairOrder.number.desc())
                .limit(shown)
            )
            rows = tuple(DrillRow(*row) for row in s.execute(newest))
    else:
        everything = orders_by_ids(db, order_ids(db, d))
        total, rows = len(everything), tuple(everything[:shown])
    marked = None if hits is None else _hits_among(db, hits, [r.id for r in rows])
    return Behind(total, rows, marked)


def _hits_among(db: Database, hits: Drill, shown: list[uuid.UUID]) -> frozenset[uuid.UUID]:
    """Which of the orders *shown* are among the orders behind *hits*: looked up
    for those orders only when the hits are orders a query selects (a rate's
    hits over a quarter can be tens of thousands; a list shows a few thousand)."""
    if kind_of(hits) != "order" or is_computed(hits):
        wanted = set(order_ids(db, hits))
        return frozenset(i for i in shown if i in wanted)
    found: set[uuid.UUID] = set()
    with db.read() as s:
        query = query_of(hits)
        order_id = query.selected_columns[0]
        for chunk in in_chunks(shown, _CHUNK):
            found.update(s.scalars(query.where(order_id.in_(chunk))))
    return frozenset(found)


def export_orders(db: Database, d: Drill, path: Path, *, hits: Drill | None = None) -> Path:
    """Write every order behind *d* (not only those a screen shows) to *path*, a
    ``.csv`` or ``.xlsx`` file, newest first; for a rate, whether each was a hit."""
    found = orders_behind(db, d, hits=hits, shown=_ALL)
    header = [
        _("Order"),
        _("Status now"),
        _("Customer"),
        _("Product"),
        _("Serial number"),
        _("Technician"),
        _("Opened"),
        _("Delivered"),
    ]
    if found.hits is not None:
        header.append(_("Counted"))

    def cells(row: DrillRow) -> list[object]:
        values: list[object] = [
            row.number,
            _(STATUSES[row.status]) if row.status in STATUSES else row.status,
            row.customer_name,
            row.product_name,
            row.serial,
            row.technician,
            _local(row.opened_at),
            _local(row.delivered_at),
        ]
        if found.hits is not None:
            values.append(_("yes") if row.id in found.hits else _("no"))
        return values

    return write_table(path, header, (cells(r) for r in found.rows), _("Orders"))


# As many orders as a file may take: an export lists them all.
_ALL = 10**9


def _local(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when is not None else ""


def whole_months(period: Period) -> int:
    """How many calendar months *period* spans when it is whole months (from a
    1st to a month's last day), else 0."""
    after = period.end + dt.timedelta(days=1)
    if period.start.day != 1 or after.day != 1:
        return 0
    return (after.year - period.start.year) * 12 + after.month - period.start.month


def previous(period: Period) -> Period:
    """The period to compare *period* with: the same number of calendar months
    before it when it is whole months (November with October, a quarter with the
    quarter before), otherwise the same number of days just before it."""
    months = whole_months(period)
    if months:
        return Period(add_months(period.start, -months), period.start - dt.timedelta(days=1))
    days = (period.end - period.start).days + 1
    end = period.start - dt.timedelta(days=1)
    return Period(end - dt.timedelta(days=days - 1), end)


# The families a dashboard shows and compares with the period before (its tiles).
DASHBOARD = ("volume", "speed", "quality", "customers", "warranty", "parts")
# The families it shows for the period alone (its tables, compared with nothing).
DETAILS = ("people",)


# Longer periods than this many weeks are shown month by month.
MANY_WEEKS = 16


@dataclass(frozen=True)
class Step:
    """The orders opened in one step of a period: a day, a week (Monday to
    Sunday) or a calendar month; its days within the period only."""

    first: dt.date  # the day, the Monday, or the 1st of the month
    by: str  # "day", "week" or "month"
    opened: Count

    @property
    def monthly(self) -> bool:
        return self.by == "month"


def opened_over_time(
    s: Session, period: Period, filters: Filters, by: str = ""
) -> tuple[Step, ...]:
    """The orders opened in *period* (as the volume report counts them), *by* local
    day, week or month of their intake; by default by week, or by month when the
    period is longer than MANY_WEEKS weeks. Each step drills down to its own days."""
    by = by or ("month" if (period.end - period.start).days + 1 > 7 * MANY_WEEKS else "week")

    def step_of(day: dt.date) -> dt.date:
        if by == "month":
            return day.replace(day=1)
        return day - dt.timedelta(days=day.weekday()) if by == "week" else day

    def after(first: dt.date) -> dt.date:
        if by == "month":
            return add_months(first, 1)
        return first + dt.timedelta(days=7 if by == "week" else 1)

    steps: dict[dt.date, int] = {}
    first = step_of(period.start)
    while first <= period.end:
        steps[first] = 0
        first = after(first)
    query = select(RepairOrder.created_at).where(
        *order_filter(filters), in_period(RepairOrder.created_at, period)
    )
    for opened in s.scalars(query):
        first = step_of(opened.astimezone().date())
        steps[first] = steps.get(first, 0) + 1

    def days(first: dt.date) -> Period:
        return Period(
            max(first, period.start), min(after(first) - dt.timedelta(days=1), period.end)
        )

    return tuple(
        Step(f, by, Count(n, Drill("volume", "opened", days(f), filters)))
        for f, n in sorted(steps.items())
    )


def figures_over(
    s: Session,
    period: Period,
    filters: Filters,
    families: Sequence[str] = DASHBOARD,
    details: Sequence[str] = DETAILS,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The *families* over *period* and over the period it is compared with
    (:func:`previous`), and the *details* over *period* only, in the session *s*."""
    from fieldservice.services.reports import FAMILIES

    before = previous(period)
    now = {name: FAMILIES[name](s, period, filters) for name in (*families, *details)}
    then = {name: FAMILIES[name](s, before, filters) for name in families}
    return now, then


def dashboard(
    db: Database, period: Period, filters: Filters
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The dashboard's figures (:func:`figures_over`) and the orders opened over
    time, in one read."""
    filters = at_centre(db, filters)
    with db.read() as s:
        now, then = figures_over(s, period, filters)
        now["steps"] = opened_over_time(s, period, filters)
    return now, then
