"""The league table counted at the head office: the headline KPIs of every centre
side by side, and of the chain as a whole.

Each figure follows its family's rule exactly (docs/kpis.md): the rules are
applied once per order when the order changes (``headoffice.figures``), and the
league adds up a period's per-order figures for all centres at once, grouped by
the orders' centre (``origin_site``), in four statements.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, and_, case, cast, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from fieldservice.headoffice.figures import SHORT_DAYS
from fieldservice.headoffice.models import OrderFigures
from fieldservice.models import Complaint, RepairOrder
from fieldservice.services.reports.common import (
    Filters,
    Period,
    in_period,
    matching,
    order_filter,
    percent_of,
)
from fieldservice.services.reports.league import (
    KPIS,
    CentreStanding,
    League,
    LeagueFigures,
    LeagueKpi,
)

Figures = OrderFigures


def league(
    s: Session, period: Period, f: Filters, *, names: Mapping[str, str] | None = None
) -> League:
    """The headline figures of every centre over *period* (the orders matching *f*),
    ranked, with the chain's, from the orders' figures as last refreshed
    (``figures.refresh``).

    The centres are those with work to count in the period (opened, delivered, or
    open at its end) and every centre named in *names* (site code -> name: the
    head office's register of centres), so a centre with nothing to show is listed
    with zeros rather than left out. The chain's figures are over all orders
    together, not averages of the centres': its median is the median of every
    order's turnaround; its complaints include, without a filter, complaints tied
    to no order (as a centre's own report counts them)."""
    where = matching(f, Figures)
    sums: dict[str, dict[str, Any]] = {}

    def take(rows: Iterable[Any], *keys: str) -> None:
        for site, *values in rows:
            figures = sums.setdefault(site, {})
            for key, value in zip(keys, values, strict=True):
                figures[key] = value

    take(s.execute(_opened(period, where)), *_OPENED)
    if s.get_bind().dialect.name == "postgresql":
        spreads, chain_spread = {}, _spread(0, None, None)
        for site, *values, n, median, p90 in s.execute(_delivered_with_spread(period, where)):
            if site is None:  # the grouping set of every centre: the chain
                chain_spread = _spread(n, median, p90)
            else:
                take([(site, *values)], *_DELIVERED)
                spreads[site] = _spread(n, median, p90)
    else:
        take(s.execute(_delivered(period, where)), *_DELIVERED)
        spreads, chain_spread = _turnarounds(s, period, where)
    take(s.execute(_backlog(period, where)), "backlog")
    take(s.execute(_complaints(period, f)), "complaints")

    sites = sorted(set(sums) | set(spreads) | set(names or {}))
    figures = {site: _figures(sums.get(site, {}), spreads.get(site)) for site in sites}
    added = (*_OPENED, *_DELIVERED, "backlog", "complaints")
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


_OPENED = ("opened", "opened_kept", "repeat_30")
_DELIVERED = (
    *("delivered", "delivered_kept", "missed"),
    *("csat_n", "csat_sum", "nps_n", "promoters", "detractors"),
    *("parts_cents", "labour_cents"),
)
_KEPT = Figures.cancelled == False  # noqa: E712
Spread = tuple[int, float | None, float | None]  # orders, median hours, p90 hours


def _how_many(*conditions: ColumnElement[bool]):
    return func.sum(case((and_(*conditions), 1), else_=0))


def _opened(period: Period, where: list[ColumnElement[bool]]):
    """Volume's opened; quality's repeat repairs and their base (cancelled orders
    left out)."""
    return (
        select(
            Figures.origin_site,
            func.count(),
            _how_many(_KEPT),
            _how_many(_KEPT, Figures.back_within_30 == True),  # noqa: E712
        )
        .where(*where, in_period(Figures.opened_at, period))
        .group_by(Figures.origin_site)
    )


def _delivered(period: Period, where: list[ColumnElement[bool]]):
    """Volume's delivered; first-time fix counted by its misses (cancelled orders
    left out); customers' CSAT and NPS of the calls done about the orders delivered;
    warranty's cost of the orders in warranty delivered, in cents."""
    return (
        select(Figures.origin_site, *_delivered_sums())
        .where(*where, in_period(Figures.delivered_at, period))
        .group_by(Figures.origin_site)
    )


def _delivered_with_spread(period: Period, where: list[ColumnElement[bool]]):
    """:func:`_delivered` and speed's turnaround (intake to delivery, cancelled
    orders left out) in one pass, on PostgreSQL: per centre and, in the row whose
    centre is NULL, for the chain. The median is the mean of the two middle values
    for an even count (percentile_cont(0.5)); the 90th percentile the value at
    rank ⌈0.9·n⌉ (percentile_disc(0.9)). Centres are grouped by their codes'
    bytes (COLLATE "C"): sorting them by a language's rules cost more than the
    counting."""
    seconds = cast(Figures.turnaround_seconds, Float)
    site = Figures.origin_site.collate("C")
    return (
        select(
            site,
            *_delivered_sums(),
            func.count().filter(_KEPT),
            func.percentile_cont(0.5).within_group(seconds).filter(_KEPT),
            func.percentile_disc(0.9).within_group(seconds).filter(_KEPT),
        )
        .where(*where, in_period(Figures.delivered_at, period))
        .group_by(func.grouping_sets(tuple_(site), tuple_()))
    )


def _delivered_sums() -> tuple[ColumnElement[Any], ...]:
    in_warranty = Figures.in_warranty == True  # noqa: E712
    return (
        func.count(),
        _how_many(_KEPT),
        _how_many(_KEPT, Figures.fixed_first_time == False),  # noqa: E712
        func.sum(Figures.csat_answers),
        func.sum(Figures.csat_sum),
        func.sum(Figures.nps_answers),
        func.sum(Figures.promoters),
        func.sum(Figures.detractors),
        func.sum(case((in_warranty, Figures.parts_cents), else_=0)),
        func.sum(case((in_warranty, Figures.labour_cents), else_=0)),
    )


def _backlog(period: Period, where: list[ColumnElement[bool]]):
    """Volume's backlog: orders opened before the period's end and open until after
    it. One closed within SHORT_DAYS of its intake can only be open at the end if
    it came in during the last SHORT_DAYS days, so those are found by intake; the
    few open longer (or open now) by when they closed."""
    end = period.utc_end
    recent = and_(
        Figures.long_open == False,  # noqa: E712
        Figures.opened_at >= end - dt.timedelta(days=SHORT_DAYS),
        Figures.opened_at < end,
        Figures.open_until >= end,
    )
    long_open = and_(
        Figures.long_open == True,  # noqa: E712
        or_(Figures.open_until.is_(None), Figures.open_until >= end),
        Figures.opened_at < end,
    )
    return (
        select(Figures.origin_site, func.count())
        .where(*where, or_(recent, long_open))
        .group_by(Figures.origin_site)
    )


def _complaints(period: Period, f: Filters):
    """Customers' complaints opened on a day of the period, by the centre of the
    order they are about (a centre's report, filtered to the centre, counts only
    those)."""
    return (
        select(RepairOrder.origin_site, func.count(Complaint.id))
        .join(RepairOrder, RepairOrder.id == Complaint.order_id)
        .where(*order_filter(f), *_complaints_opened_in(period))
        .group_by(RepairOrder.origin_site)
    )


def _complaints_without_order(s: Session, period: Period) -> int:
    return (
        s.scalar(
            select(func.count(Complaint.id)).where(
                Complaint.order_id.is_(None), *_complaints_opened_in(period)
            )
        )
        or 0
    )


def _complaints_opened_in(period: Period) -> tuple[ColumnElement[bool], ...]:
    return (
        ~Complaint.deleted,
        Complaint.opened_on >= period.start,
        Complaint.opened_on <= period.end,
    )


def _turnarounds(
    s: Session, period: Period, where: list[ColumnElement[bool]]
) -> tuple[dict[str, Spread], Spread]:
    """Speed's turnaround per centre and for the chain where the database has no
    percentiles (SQLite, a trial head office with few orders): the values come
    back ordered and are ranked here, by the rules of :func:`_delivered_with_spread`."""
    seconds = cast(Figures.turnaround_seconds, Float)
    values: dict[str, list[float]] = {}
    for site, value in s.execute(
        select(Figures.origin_site, seconds)
        .where(*where, _KEPT, in_period(Figures.delivered_at, period))
        .order_by(Figures.origin_site, seconds)
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
    the next one skips (1, 2, 2, 4); a centre without a figure (or with nothing in
    the KPI's base) has no place."""
    values = {
        site: None if kpi.base and not f.value(kpi.base) else f.value(kpi.key)
        for site, f in figures.items()
    }
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
