"""Drill-down: from a figure's ids to the orders behind it, and the figures a
dashboard shows (this period and the one before, in one read).

A figure about follow-up calls or complaints carries *their* ids; the orders
they belong to are found here, so every tile can list orders.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.models import Complaint, Customer, FollowUp, Product, RepairOrder, Unit
from fieldservice.services.reports.common import Filters, Period, in_period, order_filter

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


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def orders_by_ids(db: Database, ids: Iterable[uuid.UUID]) -> list[DrillRow]:
    """The orders of *ids* (deleted ones left out), newest first."""
    wanted = list(dict.fromkeys(ids))
    rows: list[DrillRow] = []
    with db.read() as s:
        for chunk in _chunks(wanted):
            query = (
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
                .where(~RepairOrder.deleted, RepairOrder.id.in_(chunk))
            )
            rows.extend(DrillRow(*row) for row in s.execute(query))
    rows.sort(key=lambda r: (r.opened_at, r.number), reverse=True)
    return rows


def orders_of(db: Database, kind: str, ids: Iterable[uuid.UUID]) -> tuple[uuid.UUID, ...]:
    """The order ids behind records of *kind* ("order", "follow_up", "complaint"):
    a complaint tied to no order has none."""
    wanted = list(dict.fromkeys(ids))
    if kind == "order":
        return tuple(wanted)
    column, key = {
        "follow_up": (FollowUp.order_id, FollowUp.id),
        "complaint": (Complaint.order_id, Complaint.id),
    }[kind]
    found: list[uuid.UUID] = []
    with db.read() as s:
        for chunk in _chunks(wanted):
            found.extend(
                i for i in s.scalars(select(column).where(key.in_(chunk))) if i is not None
            )
    return tuple(dict.fromkeys(found))


def previous(period: Period) -> Period:
    """The period of the same length just before *period*."""
    days = (period.end - period.start).days + 1
    end = period.start - dt.timedelta(days=1)
    return Period(end - dt.timedelta(days=days - 1), end)


# The families a dashboard shows.
DASHBOARD = ("volume", "speed", "quality", "customers", "warranty", "parts")


@dataclass(frozen=True)
class Week:
    """The orders opened in one week (Monday to Sunday) of a period, its days
    within the period only."""

    monday: dt.date
    ids: tuple[uuid.UUID, ...]


def opened_by_week(s: Session, period: Period, filters: Filters) -> tuple[Week, ...]:
    """The orders opened in *period* (as the volume report counts them), by the
    local week of their intake."""
    first = period.start - dt.timedelta(days=period.start.weekday())
    weeks: dict[dt.date, list[uuid.UUID]] = {}
    monday = first
    while monday <= period.end:
        weeks[monday] = []
        monday += dt.timedelta(days=7)
    query = select(RepairOrder.id, RepairOrder.created_at).where(
        *order_filter(filters), in_period(RepairOrder.created_at, period)
    )
    for order_id, opened in s.execute(query):
        day = opened.astimezone().date()
        weeks.setdefault(day - dt.timedelta(days=day.weekday()), []).append(order_id)
    return tuple(Week(m, tuple(ids)) for m, ids in sorted(weeks.items()))


def dashboard(
    db: Database, period: Period, filters: Filters, families: Sequence[str] = DASHBOARD
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The *families* over *period* and over the period before it, in one read."""
    from fieldservice.services.reports import FAMILIES

    before = previous(period)
    with db.read() as s:
        now = {name: FAMILIES[name](s, period, filters) for name in families}
        then = {name: FAMILIES[name](s, before, filters) for name in families}
        now["weeks"] = opened_by_week(s, period, filters)
    return now, then
