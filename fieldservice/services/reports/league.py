"""The league table: the headline KPIs of every centre side by side, and of the
chain as a whole, for a head office that holds every centre's orders.

Each figure follows its family's rule exactly (docs/kpis.md; the SQL pieces are
the families' own), but each is counted for all centres at once, in a handful of
queries grouped by the orders' centre (``origin_site``), not one report per
centre: the head office of a chain of fifty centres answers in one pass.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Float,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement, CompoundSelect

from fieldservice.i18n import N_
from fieldservice.models import (
    Complaint,
    FollowUp,
    LabourLine,
    RepairOrder,
    RepairOrderEvent,
    StockMovement,
)
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.reports.common import (
    Filters,
    Period,
    in_period,
    order_filter,
    percent_of,
    seconds_between,
)
from fieldservice.services.reports.parts import used_by_orders
from fieldservice.services.reports.quality import back_within, fixed_first_time
from fieldservice.services.reports.volume import still_open

Value = int | float | Decimal | None


@dataclass(frozen=True)
class LeagueKpi:
    """A column of the league table: its key, its label, and which way is better
    (rank 1 is the best: the highest figure, or the lowest)."""

    key: str
    label: str
    higher_is_better: bool


# The columns, in the order a manager reads them. Labels are the KPI's own (the
# same words the centre's reports use).
KPIS = (
    LeagueKpi("opened", N_("Orders opened"), True),
    LeagueKpi("delivered", N_("Orders delivered"), True),
    LeagueKpi("backlog", N_("Open at the end of the period"), False),
    LeagueKpi("turnaround_median_hours", N_("Turnaround, median (h)"), False),
    LeagueKpi("turnaround_p90_hours", N_("Turnaround, 90th percentile (h)"), False),
    LeagueKpi("first_time_fix_percent", N_("First-time fix (%)"), True),
    LeagueKpi("repeat_30_percent", N_("Repeat repairs within 30 days (%)"), False),
    LeagueKpi("complaints_per_100_delivered", N_("Complaints per 100 orders delivered"), False),
    LeagueKpi("csat", N_("Satisfaction (CSAT), average of 1-5"), True),
    LeagueKpi("nps", N_("NPS (-100 to 100)"), True),
    LeagueKpi("warranty_cost", N_("Warranty cost"), False),
)


@dataclass(frozen=True)
class LeagueFigures:
    """One centre's headline figures over the period (or the chain's), each by its
    family's rule; a rate or a mean with nothing to measure is None."""

    opened: int
    delivered: int
    backlog: int
    turnaround_orders: int  # delivered, not cancelled: the turnaround's base
    turnaround_median_hours: float | None
    turnaround_p90_hours: float | None
    first_time_fixes: int  # of turnaround_orders
    first_time_fix_percent: float | None
    repeat_30: int
    repeat_base: int  # opened in the period, not cancelled
    repeat_30_percent: float | None
    complaints: int
    complaints_per_100_delivered: float | None
    csat: float | None
    csat_answers: int
    nps: float | None
    nps_answers: int
    warranty_cost: Decimal

    def value(self, key: str) -> Value:
        return getattr(self, key)


@dataclass(frozen=True)
class CentreStanding:
    """A centre's row: its figures and, for each ranked KPI (:data:`KPIS`), its
    place among the centres (1 = best, equal figures share a place; None when the
    centre has no figure to rank)."""

    site: str
    name: str
    figures: LeagueFigures
    ranks: Mapping[str, int | None]


@dataclass(frozen=True)
class League:
    period: Period
    centres: tuple[CentreStanding, ...]  # by site code
    chain: LeagueFigures  # every centre's orders together


def league(
    s: Session, period: Period, f: Filters, *, names: Mapping[str, str] | None = None
) -> League:
    """The headline figures of every centre over *period* (the orders matching *f*),
    ranked, with the chain's.

    The centres are those with work to count in the period (opened, delivered, or
    open at its end) and every centre named in *names* (site code -> name: the
    head office's register of centres), so a centre with nothing to show is listed
    with zeros rather than left out. The chain's figures are over all orders
    together, not averages of the centres': its median is the median of every
    order's turnaround; its complaints include, without a filter, complaints tied
    to no order (as a centre's own report counts them)."""
    where = order_filter(f)
    sums: dict[str, dict[str, Any]] = {}

    def take(rows: Iterable[Any], *keys: str) -> None:
        for site, *values in rows:
            figures = sums.setdefault(site, {})
            for key, value in zip(keys, values, strict=True):
                figures[key] = value

    take(s.execute(_orders_in_period(period, where)), *_ORDER_COUNTS)
    take(s.execute(_repeats(period, where)), "repeat_30")
    take(s.execute(_not_fixed_first_time(period, where)), "missed")
    take(
        s.execute(
            select(RepairOrder.origin_site, func.count())
            .where(*still_open(period, f))
            .group_by(RepairOrder.origin_site)
        ),
        "backlog",
    )
    take(s.execute(_scores(period, where)), *_SCORES)
    take(s.execute(_complaints(period, where)), "complaints")
    take(s.execute(_warranty_cents(period, where)), "parts_cents", "labour_cents")
    spreads, chain_spread = _turnarounds(s, period, where)

    sites = sorted(set(sums) | set(spreads) | set(names or {}))
    figures = {site: _figures(sums.get(site, {}), spreads.get(site)) for site in sites}
    added: tuple[str, ...] = (*_ORDER_COUNTS, "repeat_30", "missed", "backlog", *_SCORES)
    added += ("complaints", "parts_cents", "labour_cents")
    chain_sums = {key: sum(int(one.get(key) or 0) for one in sums.values()) for key in added}
    if not f.narrows_orders:
        chain_sums["complaints"] += _complaints_without_order(s, period)
    chain = _figures(chain_sums, chain_spread)
    ranks = {kpi.key: _ranks(figures, kpi) for kpi in KPIS}
    return League(
        period,
        tuple(
            CentreStanding(
                site,
                (names or {}).get(site, ""),
                figures[site],
                {key: ranks[key][site] for key in ranks},
            )
            for site in sites
        ),
        chain,
    )


# Counts taken in one pass over the orders opened or delivered in the period.
_ORDER_COUNTS = ("opened", "opened_kept", "delivered", "delivered_kept")
_SCORES = ("csat_n", "csat_sum", "nps_n", "promoters", "detractors")
REPEAT_DAYS = 30


def _orders_in_period(period: Period, where: list[ColumnElement[bool]]):
    """Volume's opened and delivered; quality's bases (cancelled orders left out)."""
    opened = in_period(RepairOrder.created_at, period)
    delivered = in_period(RepairOrder.delivered_at, period)
    kept = RepairOrder.status != "cancelled"

    def how_many(*conditions: ColumnElement[bool]):
        return func.sum(case((and_(*conditions), 1), else_=0))

    return (
        select(
            RepairOrder.origin_site,
            how_many(opened),
            how_many(opened, kept),
            how_many(delivered),
            how_many(delivered, kept),
        )
        .where(*where, or_(opened, delivered))
        .group_by(RepairOrder.origin_site)
    )


def _repeats(period: Period, where: list[ColumnElement[bool]]):
    """Quality's repeat repairs: orders opened in the period (not cancelled) whose
    unit had an order delivered at most 30 days before (the quality report's own
    test). Only units with a delivery between 30 days before the period and its
    end can pass it, so the database looks those up once and tests only their
    orders, rather than every order of the period one by one."""
    earlier = aliased(RepairOrder)
    delivered_lately = select(earlier.unit_id).where(
        earlier.status == "delivered",
        ~earlier.deleted,
        earlier.delivered_at >= period.utc_start - dt.timedelta(days=REPEAT_DAYS),
        earlier.delivered_at < period.utc_end,
    )
    return (
        select(RepairOrder.origin_site, func.count())
        .where(
            *where,
            RepairOrder.status != "cancelled",
            in_period(RepairOrder.created_at, period),
            RepairOrder.unit_id.in_(delivered_lately),
            back_within(REPEAT_DAYS),
        )
        .group_by(RepairOrder.origin_site)
    )


def _not_fixed_first_time(period: Period, where: list[ColumnElement[bool]]):
    """Quality's first-time fix, counted by its misses: orders delivered in the
    period (not cancelled) that :func:`fixed_first_time` says were not. Only an
    order that failed a quality check or that a rework links back to can miss, so
    the test runs on those few, not on every order of the period."""
    later = aliased(RepairOrder)
    could_miss: CompoundSelect = union_all(
        select(RepairOrderEvent.order_id).where(
            RepairOrderEvent.from_status == "quality_check",
            RepairOrderEvent.to_status == "in_repair",
        ),
        select(later.rework_of_id).where(later.rework_of_id.is_not(None)),
    )
    return (
        select(RepairOrder.origin_site, func.count())
        .where(
            *where,
            RepairOrder.status != "cancelled",
            in_period(RepairOrder.delivered_at, period),
            RepairOrder.id.in_(could_miss),
            ~fixed_first_time(),
        )
        .group_by(RepairOrder.origin_site)
    )


def _scores(period: Period, where: list[ColumnElement[bool]]):
    """Customers' CSAT and NPS: the calls done of the orders delivered in the period
    (a call done is never one still open and not yet due)."""
    return (
        select(
            RepairOrder.origin_site,
            func.count(FollowUp.csat),
            func.sum(FollowUp.csat),
            func.count(FollowUp.nps),
            func.sum(case((FollowUp.nps >= 9, 1), else_=0)),
            func.sum(case((FollowUp.nps <= 6, 1), else_=0)),
        )
        .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .where(
            *where,
            in_period(RepairOrder.delivered_at, period),
            ~FollowUp.deleted,
            FollowUp.status == "done",
        )
        .group_by(RepairOrder.origin_site)
    )


def _complaints(period: Period, where: list[ColumnElement[bool]]):
    """Customers' complaints opened on a day of the period, by the centre of the
    order they are about (a centre's report, filtered to the centre, counts only
    those)."""
    return (
        select(RepairOrder.origin_site, func.count(Complaint.id))
        .join(RepairOrder, RepairOrder.id == Complaint.order_id)
        .where(
            *where,
            ~Complaint.deleted,
            Complaint.opened_on >= period.start,
            Complaint.opened_on <= period.end,
        )
        .group_by(RepairOrder.origin_site)
    )


def _complaints_without_order(s: Session, period: Period) -> int:
    return (
        s.scalar(
            select(func.count(Complaint.id)).where(
                ~Complaint.deleted,
                Complaint.order_id.is_(None),
                Complaint.opened_on >= period.start,
                Complaint.opened_on <= period.end,
            )
        )
        or 0
    )


def _warranty_cents(period: Period, where: list[ColumnElement[bool]]):
    """Warranty's cost in cents: each order's parts and labour rounded to the cent
    as the warranty report rounds them (half to even), then added up."""
    raw = BigInteger()
    in_warranty = [
        *where,
        in_period(RepairOrder.delivered_at, period),
        RepairOrder.coverage == CoverageStatus.IN_WARRANTY.value,
    ]
    orders = select(RepairOrder.id).where(*in_warranty)
    parts = (
        select(
            StockMovement.order_id.label("order_id"),
            type_coerce(
                func.sum(
                    type_coerce(StockMovement.quantity, raw)
                    * func.coalesce(type_coerce(StockMovement.unit_cost, raw), 0)
                ),
                raw,
            ).label("raw"),
        )
        .where(used_by_orders(), StockMovement.order_id.in_(orders))
        .group_by(StockMovement.order_id)
        .subquery()
    )
    labour = (
        select(
            LabourLine.order_id.label("order_id"),
            type_coerce(
                func.sum(LabourLine.minutes * type_coerce(LabourLine.hourly_rate, raw)), raw
            ).label("raw"),
        )
        .where(~LabourLine.deleted, LabourLine.order_id.in_(orders))
        .group_by(LabourLine.order_id)
        .subquery()
    )
    # Raw sums: quantity in 10^-3 × money in 10^-4 (a cent is 10^5 of them), issues
    # negative; minutes × money in 10^-4 per hour (a cent is 6,000 of them).
    return (
        select(
            RepairOrder.origin_site,
            func.sum(_half_even(-func.coalesce(parts.c.raw, 0), 10**5)),
            func.sum(_half_even(func.coalesce(labour.c.raw, 0), 6000)),
        )
        .outerjoin(parts, parts.c.order_id == RepairOrder.id)
        .outerjoin(labour, labour.c.order_id == RepairOrder.id)
        .where(*in_warranty)
        .group_by(RepairOrder.origin_site)
    )


def _half_even(raw: ColumnElement[int], unit: int) -> ColumnElement[int]:
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


Spread = tuple[int, float | None, float | None]  # orders, median hours, p90 hours


def _turnarounds(
    s: Session, period: Period, where: list[ColumnElement[bool]]
) -> tuple[dict[str, Spread], Spread]:
    """Speed's turnaround (intake to delivery, cancelled orders left out) per centre
    and for the chain: the median (the mean of the two middle values for an even
    count) and the 90th percentile by nearest rank (rank ⌈0.9·n⌉).

    PostgreSQL works both out in the grouped query (percentile_cont(0.5) is the
    mean of the middle two; percentile_disc(0.9) the value at rank ⌈0.9·n⌉);
    SQLite has neither, so there the values come back ordered and are ranked here
    (a trial head office holds few orders)."""
    seconds = cast(seconds_between(RepairOrder.delivered_at, RepairOrder.created_at), Float)
    delivered = [
        *where,
        RepairOrder.status != "cancelled",
        in_period(RepairOrder.delivered_at, period),
    ]
    bind = s.get_bind()
    if bind.dialect.name == "postgresql":
        figures = (
            func.count(),
            func.percentile_cont(0.5).within_group(seconds),
            func.percentile_disc(0.9).within_group(seconds),
        )
        by_site = {
            site: _spread(n, median, p90)
            for site, n, median, p90 in s.execute(
                select(RepairOrder.origin_site, *figures)
                .where(*delivered)
                .group_by(RepairOrder.origin_site)
            )
        }
        n, median, p90 = s.execute(select(*figures).where(*delivered)).one()
        return by_site, _spread(n, median, p90)
    values: dict[str, list[float]] = {}
    for site, value in s.execute(
        select(RepairOrder.origin_site, seconds)
        .where(*delivered)
        .order_by(RepairOrder.origin_site, seconds)
    ):
        values.setdefault(site, []).append(float(value))
    chain = sorted(v for one in values.values() for v in one)
    return {site: _ranked(one) for site, one in values.items()}, _ranked(chain)


def _ranked(ordered: list[float]) -> Spread:
    n = len(ordered)
    if not n:
        return (0, None, None)
    middle = ordered[(n - 1) // 2 : n // 2 + 1]
    return _spread(n, sum(middle) / len(middle), ordered[max(1, math.ceil(0.9 * n)) - 1])


def _spread(n: int, median: float | None, p90: float | None) -> Spread:
    if not n or median is None or p90 is None:
        return (0, None, None)
    return (n, _hours(float(median)), _hours(float(p90)))


def _hours(seconds: float) -> float:
    return round(seconds / 3600.0, 2)


def _figures(sums: Mapping[str, Any], spread: Spread | None) -> LeagueFigures:
    def n(key: str) -> int:
        return int(sums.get(key) or 0)

    orders, median, p90 = spread or (0, None, None)
    answers, promoters, detractors = n("nps_n"), n("promoters"), n("detractors")
    first_time = n("delivered_kept") - n("missed")
    return LeagueFigures(
        opened=n("opened"),
        delivered=n("delivered"),
        backlog=n("backlog"),
        turnaround_orders=orders,
        turnaround_median_hours=median,
        turnaround_p90_hours=p90,
        first_time_fixes=first_time,
        first_time_fix_percent=percent_of(first_time, n("delivered_kept")),
        repeat_30=n("repeat_30"),
        repeat_base=n("opened_kept"),
        repeat_30_percent=percent_of(n("repeat_30"), n("opened_kept")),
        complaints=n("complaints"),
        complaints_per_100_delivered=(
            round(100.0 * n("complaints") / n("delivered"), 1) if n("delivered") else None
        ),
        csat=round(n("csat_sum") / n("csat_n"), 2) if n("csat_n") else None,
        csat_answers=n("csat_n"),
        nps=round(100.0 * (promoters - detractors) / answers, 1) if answers else None,
        nps_answers=answers,
        warranty_cost=(Decimal(n("parts_cents") + n("labour_cents")) / 100).quantize(
            Decimal("0.01")
        ),
    )


def _ranks(figures: Mapping[str, LeagueFigures], kpi: LeagueKpi) -> dict[str, int | None]:
    """Each centre's place on *kpi*: 1 for the best; equal figures share a place and
    the next one skips (1, 2, 2, 4); a centre without a figure has no place."""
    values = {site: f.value(kpi.key) for site, f in figures.items()}
    ranked = [v for v in values.values() if v is not None]
    places: dict[str, int | None] = {}
    for site, value in values.items():
        if value is None:
            places[site] = None
        elif kpi.higher_is_better:
            places[site] = 1 + sum(1 for other in ranked if other > value)  # type: ignore[operator]
        else:
            places[site] = 1 + sum(1 for other in ranked if other < value)  # type: ignore[operator]
    return places
