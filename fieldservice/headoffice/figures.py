"""The head office's figures of each repair order (``OrderFigures``): what the
league table counts of an order, worked out once by the centres' own rules
(``services.reports``) and kept up to date from the change log.

Counting a month of a chain's orders from their rows means following each order
to its unit, events, calls, labour and parts: some ten index look-ups an order,
about ten seconds for fifty centres. The figures hold the outcome of those
look-ups in one narrow row per order, so the league reads a period's rows and
adds them up.

They are kept correct under sync without slowing a push: every accepted change
is in the change log, numbered, and :func:`refresh` reads it up to the bound a
pull reads it to (below which every change is committed), works out again the
orders that the changes since its mark touched (an order, its events,
calls, labour or parts), with every order whose figures depend on theirs (the
other orders of the same unit: repeat repairs; the order a rework reworks:
first-time fix), then moves the mark. A change that arrives late, from a centre
that was offline for a week, is counted by the next refresh like any other.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import (
    BigInteger,
    Boolean,
    and_,
    case,
    delete,
    false,
    func,
    insert,
    select,
    text,
    true,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, CompoundSelect, Select

from fieldservice.headoffice.models import Change, FiguresMark, OrderFigures
from fieldservice.headoffice.store import without_jit
from fieldservice.headoffice.sync import last_visible_change
from fieldservice.models import FollowUp, LabourLine, RepairOrder, RepairOrderEvent, StockMovement
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.reports.common import in_chunks, live, seconds_between
from fieldservice.services.reports.parts import used_by_orders
from fieldservice.services.reports.quality import back_within, fixed_first_time
from fieldservice.wire import TABLES

# An order closed within this many days of its intake is looked up by its intake
# when the backlog is counted (the period's last SHORT_DAYS days of intake); one
# open longer, or open now, is "long open" and looked up by when it closed.
SHORT_DAYS = 31
REPEAT_DAYS = 30
# Refreshes take this advisory lock (PostgreSQL): two league requests at once
# work the same orders out once, one after the other.
FIGURES_LOCK = 0x46534832
MARK = "orders"
# Orders worked out per statement.
CHUNK = 2000
# The rows whose changes change an order's figures: the order's, and its own rows.
OF_AN_ORDER = ("repair_order_event", "follow_up", "labour_line", "stock_movement")

_COLUMNS = [c.name for c in OrderFigures.__table__.columns]


def refresh(s: Session) -> int:
    """Bring the figures up to date with every change committed before now; how
    many orders were worked out (every order the first time)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIGURES_LOCK})
        without_jit(s)
    top = last_visible_change(s)
    mark = s.get(FiguresMark, MARK)
    if mark is None:
        s.execute(delete(OrderFigures))
        # In order of intake, as later orders are added: a period's rows then lie
        # together on disk, and the league reads a month's, not the whole table.
        everything = figures_of(None).order_by(RepairOrder.created_at)
        s.execute(insert(OrderFigures).from_select(_COLUMNS, everything))
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("ANALYZE ho_order_figures"))  # the planner's view of them
        s.add(FiguresMark(name=MARK, seq=top))
        return s.scalar(select(func.count()).select_from(OrderFigures)) or 0
    if top <= mark.seq:
        return 0
    orders = _with_dependants(s, _touched(s, mark.seq, top))
    for chunk in in_chunks(sorted(orders), CHUNK):
        s.execute(delete(OrderFigures).where(OrderFigures.order_id.in_(chunk)))
        s.execute(insert(OrderFigures).from_select(_COLUMNS, figures_of(chunk)))
    mark.seq = top
    return len(orders)


def _touched(s: Session, after: int, upto: int) -> set[uuid.UUID]:
    """The orders whose own row or rows changed in changes after..upto."""
    changed: dict[str, set[uuid.UUID]] = {}
    for entity, row_id in s.execute(
        select(Change.entity, Change.row_id).where(
            Change.seq > after,
            Change.seq <= upto,
            Change.entity.in_(("repair_order", *OF_AN_ORDER)),
        )
    ):
        changed.setdefault(entity, set()).add(row_id)
    orders = changed.pop("repair_order", set())
    for entity, ids in changed.items():
        table = TABLES[entity]
        for chunk in in_chunks(list(ids), CHUNK):
            orders.update(
                s.scalars(
                    select(table.c.order_id).where(
                        table.c.id.in_(chunk), table.c.order_id.is_not(None)
                    )
                )
            )
    return orders


def _with_dependants(s: Session, orders: set[uuid.UUID]) -> set[uuid.UUID]:
    """*orders* and the orders whose figures depend on theirs: every order of their
    units (a delivery makes a later intake of the unit a repeat repair) and the
    orders they rework (a rework means the first fix was not), as the orders are
    now and as their figures last had them (an order moved to another unit, or a
    rework linked to another order)."""
    found = set(orders)
    for chunk in in_chunks(sorted(orders), CHUNK):
        units: CompoundSelect = union(
            select(RepairOrder.unit_id).where(RepairOrder.id.in_(chunk)),
            select(OrderFigures.unit_id).where(OrderFigures.order_id.in_(chunk)),
        )
        found.update(
            s.scalars(
                union(
                    select(RepairOrder.id).where(RepairOrder.unit_id.in_(units)),
                    select(RepairOrder.rework_of_id).where(
                        RepairOrder.id.in_(chunk), RepairOrder.rework_of_id.is_not(None)
                    ),
                    select(OrderFigures.rework_of_id).where(
                        OrderFigures.order_id.in_(chunk), OrderFigures.rework_of_id.is_not(None)
                    ),
                )
            )
        )
    return found


def figures_of(orders: Sequence[uuid.UUID] | None) -> Select:
    """The figures of *orders* (None: of every order), in ``OrderFigures``' columns."""

    def chosen(order_id) -> ColumnElement[bool]:
        return order_id.in_(orders) if orders is not None else true()

    raw = BigInteger()
    cancelled_on = (
        select(
            RepairOrderEvent.order_id.label("order_id"),
            func.max(RepairOrderEvent.created_at).label("at"),
        )
        .where(
            RepairOrderEvent.to_status == "cancelled",
            live(RepairOrderEvent),
            chosen(RepairOrderEvent.order_id),
        )
        .group_by(RepairOrderEvent.order_id)
        .subquery()
    )
    # Raw sums: quantity in 10^-3 × money in 10^-4 (a cent is 10^5 of them), issues
    # negative; minutes × money in 10^-4 per hour (a cent is 6,000 of them).
    parts = _per_order(
        StockMovement.order_id,
        type_coerce(StockMovement.quantity, raw)
        * func.coalesce(type_coerce(StockMovement.unit_cost, raw), 0),
        used_by_orders(),
        chosen(StockMovement.order_id),
    )
    labour = _per_order(
        LabourLine.order_id,
        LabourLine.minutes * type_coerce(LabourLine.hourly_rate, raw),
        ~LabourLine.deleted,
        chosen(LabourLine.order_id),
    )
    calls = (
        select(
            FollowUp.order_id.label("order_id"),
            func.count(FollowUp.csat).label("csat_answers"),
            func.coalesce(func.sum(FollowUp.csat), 0).label("csat_sum"),
            func.count(FollowUp.nps).label("nps_answers"),
            func.sum(case((FollowUp.nps >= 9, 1), else_=0)).label("promoters"),
            func.sum(case((FollowUp.nps <= 6, 1), else_=0)).label("detractors"),
        )
        .where(~FollowUp.deleted, FollowUp.status == "done", chosen(FollowUp.order_id))
        .group_by(FollowUp.order_id)
        .subquery()
    )
    opened = RepairOrder.created_at
    cancelled = RepairOrder.status == "cancelled"
    # Closed when delivered or cancelled, whichever came last (an order delivered,
    # reopened and cancelled was open until the cancellation); never before intake.
    closed = _latest(
        opened,
        _latest(
            func.coalesce(RepairOrder.delivered_at, opened),
            func.coalesce(case((cancelled, cancelled_on.c.at)), opened),
        ),
    )
    open_until = case((RepairOrder.is_open == True, None), else_=closed)  # noqa: E712
    long_open = case(
        (RepairOrder.is_open == True, true()),  # noqa: E712
        (seconds_between(closed, opened) > SHORT_DAYS * 86400, true()),
        else_=false(),
    )

    def count(column) -> ColumnElement[int]:
        return func.coalesce(column, 0)

    return (
        select(
            RepairOrder.id,
            RepairOrder.origin_site,
            RepairOrder.product_id,
            RepairOrder.service_type,
            RepairOrder.channel,
            RepairOrder.technician,
            RepairOrder.unit_id,
            RepairOrder.rework_of_id,
            opened,
            RepairOrder.delivered_at,
            open_until,
            type_coerce(long_open, Boolean()),
            type_coerce(cancelled, Boolean()),
            type_coerce(RepairOrder.coverage == CoverageStatus.IN_WARRANTY.value, Boolean()),
            seconds_between(RepairOrder.delivered_at, opened),
            type_coerce(fixed_first_time(), Boolean()),
            type_coerce(back_within(REPEAT_DAYS), Boolean()),
            half_even(-count(parts.c.raw), 10**5),
            half_even(count(labour.c.raw), 6000),
            count(calls.c.csat_answers),
            count(calls.c.csat_sum),
            count(calls.c.nps_answers),
            count(calls.c.promoters),
            count(calls.c.detractors),
        )
        .outerjoin(cancelled_on, cancelled_on.c.order_id == RepairOrder.id)
        .outerjoin(parts, parts.c.order_id == RepairOrder.id)
        .outerjoin(labour, labour.c.order_id == RepairOrder.id)
        .outerjoin(calls, calls.c.order_id == RepairOrder.id)
        .where(live(RepairOrder), chosen(RepairOrder.id))
    )


def _per_order(order_id, amount, *where: ColumnElement[bool]):
    """The sum of *amount* (a raw integer) for each order, as ``order_id``, ``raw``."""
    total = type_coerce(func.sum(amount), BigInteger())
    return (
        select(order_id.label("order_id"), total.label("raw"))
        .where(*where)
        .group_by(order_id)
        .subquery()
    )


def _latest(a, b):
    return case((a >= b, a), else_=b)


def half_even(raw: ColumnElement[int], unit: int) -> ColumnElement[int]:
    """*raw* ÷ *unit* rounded to a whole number, half to even (as Decimal.quantize),
    in integer arithmetic both databases do alike: floor and remainder, then up
    when past half, or at half when the floor is odd."""
    remainder = ((raw % unit) + unit) % unit
    floor = type_coerce((raw - remainder) // unit, BigInteger())
    return floor + case(
        (remainder * 2 > unit, 1),
        (and_(remainder * 2 == unit, floor % 2 != 0), 1),
        else_=0,
    )
