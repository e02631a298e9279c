"""What every KPI shares: the period, the filters, the figure types, and the SQL
pieces that keep the counting in the database.

A period is a range of *local* days, both ends included; times are stored in
UTC, so a period becomes the UTC instants of local midnight at its start and
local midnight after its last day. Each figure carries the ids of the records
it counted, so a screen can drill down to exactly those records.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass

from sqlalchemy import Float, and_, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.functions import FunctionElement

from fieldservice.errors import InvalidInput
from fieldservice.i18n import _
from fieldservice.models import Product, RepairOrder, RepairOrderEvent

Ids = tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class Period:
    """Local days *start* to *end*, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                _("The period ends ({end}) before it starts ({start}).").format(
                    start=self.start.isoformat(), end=self.end.isoformat()
                ),
                field="period",
            )

    @property
    def utc_start(self) -> dt.datetime:
        """Local midnight at the start of the first day, in UTC."""
        return _local_midnight(self.start)

    @property
    def utc_end(self) -> dt.datetime:
        """Local midnight after the last day, in UTC (excluded)."""
        return _local_midnight(self.end + dt.timedelta(days=1))


def _local_midnight(day: dt.date) -> dt.datetime:
    # A naive time given to astimezone() is read as the computer's local time.
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


@dataclass(frozen=True)
class Filters:
    """Optional filters on the orders counted; empty means all."""

    product_id: uuid.UUID | None = None
    brand: str = ""
    service_type: str = ""
    channel: str = ""
    technician: str = ""

    @property
    def any(self) -> bool:
        return bool(
            self.product_id or self.brand or self.service_type or self.channel or self.technician
        )


NO_FILTERS = Filters()


@dataclass(frozen=True)
class Count:
    """How many records, and which."""

    value: int
    ids: Ids


@dataclass(frozen=True)
class Rate:
    """*hits* of *base* records, as a percentage (None when there is no base)."""

    hits: int
    base: int
    percent: float | None
    ids: Ids  # the hits
    base_ids: Ids


@dataclass(frozen=True)
class Durations:
    """Elapsed times in hours over *count* records: median and 90th percentile."""

    count: int
    median_hours: float | None
    p90_hours: float | None
    ids: Ids


@dataclass(frozen=True)
class Average:
    """The mean of a score over *count* records (None when there are none)."""

    value: float | None
    count: int
    ids: Ids


def rate(hits: Ids, base: Ids) -> Rate:
    percent = round(100.0 * len(hits) / len(base), 1) if base else None
    return Rate(len(hits), len(base), percent, hits, base)


def count(s: Session, query: Select) -> Count:
    """A Count of the ids *query* selects (its first column)."""
    ids = tuple(s.scalars(query))
    return Count(len(ids), ids)


def ids_of(s: Session, query: Select) -> Ids:
    return tuple(s.scalars(query))


def in_period(column, period: Period) -> ColumnElement[bool]:
    """A UTC time column within the period."""
    return and_(column >= period.utc_start, column < period.utc_end)


def order_filter(f: Filters) -> list[ColumnElement[bool]]:
    """The conditions on ``repair_order`` for the filters, plus "not deleted"."""
    conditions: list[ColumnElement[bool]] = [~RepairOrder.deleted]
    if f.product_id is not None:
        conditions.append(RepairOrder.product_id == f.product_id)
    if f.brand:
        conditions.append(
            RepairOrder.product_id.in_(select(Product.id).where(Product.brand == f.brand))
        )
    if f.service_type:
        conditions.append(RepairOrder.service_type == f.service_type)
    if f.channel:
        conditions.append(RepairOrder.channel == f.channel)
    if f.technician:
        conditions.append(RepairOrder.technician == f.technician)
    return conditions


def cancelled_at() -> ColumnElement[dt.datetime]:
    """When the order was cancelled (its move to "cancelled"), or NULL: the order
    keeps no cancel time of its own."""
    return (
        select(func.max(RepairOrderEvent.created_at))
        .where(
            RepairOrderEvent.order_id == RepairOrder.id,
            RepairOrderEvent.to_status == "cancelled",
            ~RepairOrderEvent.deleted,
        )
        .correlate(RepairOrder)
        .scalar_subquery()
    )


class seconds_between(FunctionElement[float]):
    """``seconds_between(later, earlier)``: the seconds from one UTC time to another,
    computed by the database (SQLite's julianday, PostgreSQL's epoch)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between)
def _seconds_between_postgres(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later} - {earlier}))"


@compiles(seconds_between, "sqlite")
def _seconds_between_sqlite(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


def durations(s: Session, seconds: ColumnElement[float], id_column, where: list) -> Durations:
    """Median and 90th percentile of *seconds* over the rows *where* selects, found
    by the database (ordered, one value fetched by its rank), not by loading them.

    The median of an even number of values is the mean of the two in the middle;
    the 90th percentile is the nearest rank: the value at rank ⌈0.9·n⌉."""
    values = select(seconds.label("v")).where(*where).subquery()
    ids = ids_of(s, select(id_column).where(*where))
    n = len(ids)
    if n == 0:
        return Durations(0, None, None, ids)

    def at(rank: int, how_many: int = 1) -> list[float]:
        query = select(values.c.v).order_by(values.c.v).offset(rank - 1).limit(how_many)
        return [float(v) for v in s.scalars(query)]

    middle = at((n + 1) // 2, 1 if n % 2 else 2)
    median = sum(middle) / len(middle)
    p90 = at(max(1, math.ceil(0.9 * n)))[0]
    return Durations(n, _hours(median), _hours(p90), ids)


def _hours(seconds: float) -> float:
    return round(seconds / 3600.0, 2)
