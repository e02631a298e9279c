"""Parts: what the repairs used, what the shelves hold, and what repairs waited for."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import BigInteger, and_, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from fieldservice.models import (
    Part,
    PartCost,
    Product,
    RepairOrder,
    RepairOrderEvent,
    StockBalance,
    StockLocation,
    StockMovement,
)
from fieldservice.services.coverage import add_months
from fieldservice.services.reports.common import (
    BEHIND,
    Arg,
    Count,
    Drill,
    Durations,
    Filters,
    Ids,
    Period,
    counted,
    in_period,
    live,
    of_matching_order,
    order_filter,
    records,
)

DEAD_STOCK_MONTHS = 12
# Quantity is stored in thousandths and money in ten-thousandths (models.base):
# the product of the raw columns is in 10^-7.
_RAW_COST_SCALE = Decimal(10) ** 7
_RAW_QUANTITY_SCALE = Decimal(1000)


@dataclass(frozen=True)
class Consumption:
    """Parts used by repair orders: issued less returned unused, at the cost they
    were issued at."""

    key_id: uuid.UUID  # the part, or the product
    label: str  # part number, or product SKU
    quantity: Decimal
    cost: Decimal
    orders: int
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


@dataclass(frozen=True)
class PartValue:
    part_id: uuid.UUID
    part_number: str
    on_hand: Decimal
    value: Decimal
    last_moved: dt.date | None


@dataclass(frozen=True)
class Parts:
    by_part: tuple[Consumption, ...]
    by_product: tuple[Consumption, ...]
    consumed_cost: Decimal
    consumed_orders: Count  # the orders that used parts in the period
    stock_value_start: Decimal
    stock_value_end: Decimal
    turnover: float | None
    dead_stock: tuple[PartValue, ...]
    dead_stock_value: Decimal
    waited_for_parts: Durations


def used_by_orders():
    """Movements that count as use by an order: issues, returns of unused parts,
    and reversals of either (a faulty part taken out of a unit is not a return)."""
    original = aliased(StockMovement)
    # EXISTS on the reversed movement's id, not IN (every issue and return): on
    # PostgreSQL a set of millions that outgrows work_mem is scanned again for
    # each reversal; by id it is one look-up.
    reversed_use = exists().where(
        original.id == StockMovement.reverses_id, original.kind.in_(("issue", "return"))
    )
    return and_(
        StockMovement.order_id.is_not(None),
        or_(
            StockMovement.kind.in_(("issue", "return")),
            and_(StockMovement.kind == "reversal", reversed_use),
        ),
    )


def _raw(column):
    return type_coerce(column, BigInteger())


def parts(
    s: Session, period: Period, f: Filters, *, dead_after_months: int = DEAD_STOCK_MONTHS
) -> Parts:
    """- consumption: movements of use (:func:`used_by_orders`) made in the period,
      by part and by the order's product; quantity = issued - returned, cost at
      the unit cost recorded on each movement;
    - stock value at a moment: the ledger's on-hand per part at that moment
      (quarantine excluded: faulty parts are not stock) times the part's present
      average cost (the catalogue's standard cost while none is known);
    - turnover: cost consumed in the period / the mean of the stock values at its
      start and end (times the stock turned over in the period);
    - dead stock: parts on hand at the end of the period with no movement of any
      kind in the *dead_after_months* months before it;
    - waited for parts: orders that left "waiting for parts" in the period, with
      the hours they spent in that status (every spell added up).
    Filters apply to consumption and waits; stock figures are the whole centre's.
    """

    def drill(name: str, arg: Arg = None) -> Drill:
        return Drill("parts", name, period, f, arg)

    by_part = _consumption(s, _use(period, f), "by_part", drill)
    by_product = _consumption(s, _use(period, f), "by_product", drill)
    consumed = sum((c.cost for c in by_part), Decimal(0))
    start_values = _stock_values(s, period.utc_start, f.site)
    end_values = _stock_values(s, period.utc_end, f.site)
    start_total = sum((v.value for v in start_values), Decimal(0))
    end_total = sum((v.value for v in end_values), Decimal(0))
    mean = (start_total + end_total) / 2
    turnover = round(float(consumed / mean), 2) if mean else None
    cutoff = add_months(period.end + dt.timedelta(days=1), -dead_after_months)
    dead = tuple(
        v for v in end_values if v.on_hand > 0 and (v.last_moved is None or v.last_moved < cutoff)
    )
    return Parts(
        by_part,
        by_product,
        consumed,
        counted(s, drill("consumed_orders")),
        start_total,
        end_total,
        turnover,
        dead,
        sum((v.value for v in dead), Decimal(0)),
        _waits(s, period, f),
    )


def _use(period: Period, f: Filters) -> list:
    """Movements of use by an order in the period, of orders matching the filters."""
    use = [used_by_orders(), in_period(StockMovement.created_at, period)]
    if f.narrows_orders or f.site:
        use.append(of_matching_order(StockMovement.order_id, f))
    return use


# What consumption is grouped by: the key, its label, and the joins that reach them.
_GROUPINGS = {
    "by_part": (Part.id, Part.part_number, ((Part, Part.id == StockMovement.part_id),)),
    "by_product": (
        Product.id,
        Product.sku,
        (
            (RepairOrder, RepairOrder.id == StockMovement.order_id),
            (Product, Product.id == RepairOrder.product_id),
        ),
    ),
}


def _joined(query, grouping: str):
    query = query.select_from(StockMovement)
    for entity, on in _GROUPINGS[grouping][2]:
        query = query.join(entity, on)
    return query


def _consumption(s: Session, where: list, grouping: str, drill) -> tuple[Consumption, ...]:
    key, label, _joins = _GROUPINGS[grouping]
    rows = s.execute(
        _joined(
            select(
                key,
                label,
                func.sum(_raw(StockMovement.quantity)),
                func.sum(
                    _raw(StockMovement.quantity) * func.coalesce(_raw(StockMovement.unit_cost), 0)
                ),
                func.count(StockMovement.order_id.distinct()),
            ),
            grouping,
        )
        .where(*where)
        .group_by(key, label)
        .order_by(label)
    ).all()
    return tuple(
        Consumption(
            key_id,
            name,
            -Decimal(int(quantity or 0)) / _RAW_QUANTITY_SCALE + 0,
            (-Decimal(int(cost or 0)) / _RAW_COST_SCALE).quantize(Decimal("0.01")),
            orders,
            drill(grouping, str(key_id)),
        )
        for key_id, name, quantity, cost, orders in rows
    )


@records("parts", "consumed_orders")
def _consumers(period: Period, f: Filters, _arg: Arg = None):
    return select(StockMovement.order_id).distinct().where(*_use(period, f))


@records("parts", "by_part")
def _consumers_of_part(period: Period, f: Filters, part_id: Arg):
    return _consumers(period, f).where(StockMovement.part_id == uuid.UUID(str(part_id)))


@records("parts", "by_product")
def _consumers_for_product(period: Period, f: Filters, product_id: Arg):
    return _joined(_consumers(period, f), "by_product").where(
        Product.id == uuid.UUID(str(product_id))
    )


def _stock_values(s: Session, at: dt.datetime, site: str) -> list[PartValue]:
    """Per part: on hand at *at* in the centre's stock (quarantine excluded; all
    centres' when *site* is empty), its value, and the local day of its last
    movement before then.

    On hand at a moment is the ledger's sum before it. A centre keeps that sum as a
    balance cache, so it reads the cache less what moved since (a few rows for a
    recent period) instead of adding up the whole ledger; a store without the
    cache (the head office's) adds up the ledger."""
    locations = select(StockLocation.id).where(StockLocation.kind != "quarantine")
    if site:
        locations = locations.where(StockLocation.origin_site == site)
    moved = StockMovement.location_id.in_(locations)
    if s.scalar(select(StockBalance.part_id).limit(1)) is not None:
        now = (
            select(StockBalance.part_id, _raw(StockBalance.on_hand).label("quantity"))
            .where(StockBalance.location_id.in_(locations))
            .union_all(
                select(StockMovement.part_id, -_raw(StockMovement.quantity)).where(
                    moved, StockMovement.created_at >= at
                )
            )
            .subquery()
        )
        ledger = select(now.c.part_id, func.sum(now.c.quantity).label("quantity")).group_by(
            now.c.part_id
        )
    else:
        ledger = (
            select(StockMovement.part_id, func.sum(_raw(StockMovement.quantity)).label("quantity"))
            .where(moved, StockMovement.created_at < at, live(StockMovement))
            .group_by(StockMovement.part_id)
        )
    on_hand = ledger.subquery()
    # The last movement: one look-up per part and location in the index on
    # (part, location, time), rather than a pass over the ledger.
    place = aliased(StockLocation)
    last_here = (
        select(func.max(StockMovement.created_at))
        .where(
            StockMovement.part_id == Part.id,
            StockMovement.location_id == place.id,
            StockMovement.created_at < at,
        )
        .correlate_except(StockMovement)
        .scalar_subquery()
    )
    last = (
        select(func.max(last_here))
        .select_from(place)
        .where(place.id.in_(locations))
        .scalar_subquery()
    )
    rows = s.execute(
        select(
            Part.id,
            Part.part_number,
            on_hand.c.quantity,
            last,
            PartCost.average_cost,
            Part.standard_cost,
        )
        .join(on_hand, on_hand.c.part_id == Part.id)
        .outerjoin(PartCost, PartCost.part_id == Part.id)
        .order_by(Part.part_number)
    ).all()
    values = []
    for part_id, number, raw_quantity, last_moved, average, standard in rows:
        if last_moved is None:
            continue  # nothing had moved yet: not stock at that moment
        on_hand_then = Decimal(int(raw_quantity or 0)) / _RAW_QUANTITY_SCALE + 0
        cost = average if average is not None else (standard or Decimal(0))
        last_day = _as_utc(last_moved).astimezone().date()
        value = (on_hand_then * cost).quantize(Decimal("0.01"))
        values.append(PartValue(part_id, number, on_hand_then, value, last_day))
    return values


def _as_utc(value) -> dt.datetime:
    # max() loses the column's type: SQLite gives back text, others a naive datetime.
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _spells(s: Session, period: Period, f: Filters) -> dict[uuid.UUID, float]:
    """Seconds each order spent in "waiting for parts", over its spells that ended
    in the period: each move out of it pairs with the latest move into it before."""
    into = aliased(RepairOrderEvent)
    entered = (
        select(func.max(into.created_at))
        .where(
            into.order_id == RepairOrderEvent.order_id,
            into.to_status == "waiting_parts",
            into.created_at <= RepairOrderEvent.created_at,
            live(into),
        )
        .scalar_subquery()
    )
    rows = s.execute(
        select(RepairOrderEvent.order_id, RepairOrderEvent.created_at, entered)
        .join(RepairOrder, RepairOrder.id == RepairOrderEvent.order_id)
        .where(
            *order_filter(f),
            RepairOrderEvent.from_status == "waiting_parts",
            live(RepairOrderEvent),
            in_period(RepairOrderEvent.created_at, period),
        )
    ).all()
    spent: dict[uuid.UUID, float] = {}
    for order_id, left, came in rows:
        if came is None:
            continue
        seconds = (_as_utc(left) - _as_utc(came)).total_seconds()
        spent[order_id] = spent.get(order_id, 0.0) + seconds
    return spent


@records("parts", "waited_for_parts", computed=True)
def _waited(s: Session, period: Period, f: Filters, _arg: Arg = None) -> Ids:
    return tuple(_spells(s, period, f))


def _waits(s: Session, period: Period, f: Filters) -> Durations:
    drill = Drill("parts", "waited_for_parts", period, f)
    values = sorted(v / 3600.0 for v in _spells(s, period, f).values())
    if not values:
        return Durations(0, None, None, drill)
    n = len(values)
    median = (values[(n - 1) // 2] + values[n // 2]) / 2
    p90 = values[max(1, -(-9 * n // 10)) - 1]
    return Durations(n, round(median, 2), round(p90, 2), drill)
