"""What every KPI shares: the period, the filters, the figure types, and the SQL
pieces that keep the counting in the database.

A period is a range of *local* days, both ends included; times are stored in
UTC, so a period becomes the UTC instants of local midnight at its start and
local midnight after its last day. Each figure carries the way to find the
records it counted (a :class:`Drill`) rather than their ids, so a report reads
counts only and a screen can still drill down to exactly those records.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Float, and_, exists, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.functions import FunctionElement

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.i18n import _
from fieldservice.models import Product, RepairOrder
from fieldservice.models.base import live

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
    # The centre whose orders count (its site code): a head office's store holds
    # every centre's; a centre's own holds its own and those pulled for look-ups.
    site: str = ""

    @property
    def narrows_orders(self) -> bool:
        """Whether the filters choose among a centre's orders (the centre alone
        does not: a complaint about no order is still the centre's)."""
        return bool(
            self.product_id or self.brand or self.service_type or self.channel or self.technician
        )


NO_FILTERS = Filters()


def at_centre(db: Database, f: Filters) -> Filters:
    """*f* at this centre: its own orders only, unless another centre is named (a
    centre's store also holds rows pulled from other centres for look-ups)."""
    return f if f.site or db.site_code is None else replace(f, site=db.site_code)


Arg = str | int | uuid.UUID | None
# The metadata of a figure's Drill field: not part of its value (not compared, not
# printed, not given to a script as JSON).
BEHIND = {"behind": True}


@dataclass(frozen=True)
class Drill:
    """Where the records behind a figure are found again: figure *figure* of the
    family *family* over *period* with *filters*, and for a row of a table the
    row's key (*arg*: a part, a product, a technician, an age bucket). A figure
    keeps this instead of its ids, so a report over a million orders reads only
    counts; :func:`drill.ids` runs the figure's query when someone asks."""

    family: str
    figure: str
    period: Period
    filters: Filters
    arg: Arg = None


# The query behind each figure: (family, figure) -> (builder, what the ids are).
# A builder returns a select of the records' ids, or (``computed``) the ids
# themselves, for the few figures whose rule is worked out in Python.
_FIGURES: dict[tuple[str, str], tuple[Callable[..., Any], str, bool]] = {}


def records(family: str, name: str, kind: str = "order", *, computed: bool = False):
    """Register the function that finds the records behind figure *name* of
    *family*; *kind* says what they are ("order", "follow_up", "complaint",
    "labour", "plan", "part")."""

    def register(builder):
        _FIGURES[(family, name)] = (builder, kind, computed)
        return builder

    return register


def kind_of(d: Drill) -> str:
    return _FIGURES[(d.family, d.figure)][1]


def is_computed(d: Drill) -> bool:
    """Whether the records behind *d* are worked out in Python (no query)."""
    return _FIGURES[(d.family, d.figure)][2]


def query_of(d: Drill) -> Select:
    """The select of the ids behind *d* (not for a computed figure)."""
    builder, _kind, computed = _FIGURES[(d.family, d.figure)]
    assert not computed, f"{d.family}.{d.figure} is worked out in Python"
    return builder(d.period, d.filters, d.arg)


def ids_behind(s: Session, d: Drill) -> Ids:
    """The ids of the records *d* counted, as the figure counted them."""
    builder, _kind, computed = _FIGURES[(d.family, d.figure)]
    if computed:
        return tuple(builder(s, d.period, d.filters, d.arg))
    return tuple(dict.fromkeys(s.scalars(query_of(d))))


def how_many(s: Session, query: Select) -> int:
    """The rows *query* selects, counted by the database."""
    return s.scalar(select(func.count()).select_from(query.subquery())) or 0


@dataclass(frozen=True)
class Count:
    """How many records, and where to find them."""

    value: int
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


@dataclass(frozen=True)
class Rate:
    """*hits* of *base* records, as a percentage (None when there is no base)."""

    hits: int
    base: int
    percent: float | None
    drill: Drill | None = field(
        default=None, compare=False, repr=False, metadata=BEHIND
    )  # the hits
    base_drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


@dataclass(frozen=True)
class Durations:
    """Elapsed times in hours over *count* records: median and 90th percentile."""

    count: int
    median_hours: float | None
    p90_hours: float | None
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


@dataclass(frozen=True)
class Average:
    """The mean of a score over *count* records (None when there are none)."""

    value: float | None
    count: int
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


def percent_of(hits: int, base: int) -> float | None:
    return round(100.0 * hits / base, 1) if base else None


def counted(s: Session, d: Drill) -> Count:
    """The Count of the records behind *d*, counted by the database."""
    return Count(how_many(s, query_of(d)), d)


def rated(s: Session, hits: Drill, base: Drill) -> Rate:
    """The share of *base*'s records that *hits* selects (a subset of them)."""
    n, of = how_many(s, query_of(hits)), how_many(s, query_of(base))
    return Rate(n, of, percent_of(n, of), hits, base)


def in_chunks(ids: Sequence[uuid.UUID], size: int) -> Iterator[Sequence[uuid.UUID]]:
    """*ids* in slices of at most *size*: a list of ids too long for one statement's
    parameters, looked up a slice at a time."""
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def in_period(column, period: Period) -> ColumnElement[bool]:
    """A UTC time column within the period."""
    return and_(column >= period.utc_start, column < period.utc_end)


def of_matching_order(order_id, f: Filters) -> ColumnElement[bool]:
    """*order_id* (of a movement, a complaint, …) is an order *f* matches: a
    look-up of that one order, not a list of every order that matches."""
    return (
        exists().where(RepairOrder.id == order_id, *order_filter(f)).correlate_except(RepairOrder)
    )


def order_filter(f: Filters) -> list[ColumnElement[bool]]:
    """The conditions on ``repair_order`` for the filters, plus "not deleted"."""
    return [live(RepairOrder), *matching(f, RepairOrder)]


def matching(f: Filters, orders) -> list[ColumnElement[bool]]:
    """The filters' conditions on *orders*: ``repair_order``, or a table with its
    product, service type, channel, technician and centre columns (the head
    office's figures of each order)."""
    conditions: list[ColumnElement[bool]] = []
    if f.product_id is not None:
        conditions.append(orders.product_id == f.product_id)
    if f.brand:
        conditions.append(orders.product_id.in_(select(Product.id).where(Product.brand == f.brand)))
    if f.service_type:
        conditions.append(orders.service_type == f.service_type)
    if f.channel:
        conditions.append(orders.channel == f.channel)
    if f.technician:
        conditions.append(orders.technician == f.technician)
    if f.site:
        conditions.append(orders.origin_site == f.site)
    return conditions


def not_cancelled_in(column, period: Period, f: Filters) -> Select:
    """The orders matching *f*, not cancelled, whose time *column* (opened,
    answered, ready, delivered) falls in the period."""
    return select(RepairOrder.id).where(
        *order_filter(f), RepairOrder.status != "cancelled", in_period(column, period)
    )


class unindexed(FunctionElement[Any]):
    """``unindexed(column)``: the column's value, which SQLite may not read through
    an index (written ``+column``). For a condition that holds for most rows (all
    orders opened before a recent day) when another one in the same WHERE finds
    the few rows wanted (the orders open now): with statistics that do not know
    how few those are, SQLite would otherwise read most of the table by the
    first."""

    inherit_cache = True
    name = "unindexed"

    @property
    def type(self):  # type: ignore[override]
        return self.clauses.clauses[0].type


@compiles(unindexed)
def _unindexed(element, compiler, **kw) -> str:
    return compiler.process(element.clauses.clauses[0], **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw) -> str:
    return "+" + compiler.process(element.clauses.clauses[0], **kw)


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


def durations(s: Session, seconds: ColumnElement[float], d: Drill) -> Durations:
    """Median and 90th percentile of *seconds* over the orders behind *d*.

    The database sorts the values and sends them in one pass: cheaper than a
    count and one ranked look-up per percentile, each of which read the period's
    orders again. The median of an even number of values is the mean of the two
    in the middle; the 90th percentile is the nearest rank: the value at rank
    ⌈0.9·n⌉."""
    values = query_of(d).with_only_columns(seconds.label("v")).subquery()
    ranked = [float(v) for v in s.scalars(select(values.c.v).order_by(values.c.v))]
    n = len(ranked)
    if n == 0:
        return Durations(0, None, None, d)
    median = (ranked[(n - 1) // 2] + ranked[n // 2]) / 2
    p90 = ranked[max(1, math.ceil(0.9 * n)) - 1]
    return Durations(n, _hours(median), _hours(p90), d)


def _hours(seconds: float) -> float:
    return round(seconds / 3600.0, 2)
