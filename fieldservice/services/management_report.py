"""The monthly management report: a calendar month of the centre's figures, with
the month before for comparison, gathered in one read and printed on two A4 pages
(``printing/management.py``) in the centre's document language.

The figures are the KPIs of docs/kpis.md over the month's local days, counted for
this centre's own orders (not the rows it pulled from other centres for look-ups).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.i18n import _
from fieldservice.models import Part, Product
from fieldservice.printing.management import (
    AgeBucket,
    Change,
    CostLine,
    FailureRate,
    MonthlyReportData,
    PartLine,
    TechnicianLine,
    monthly_report_pdf,
)
from fieldservice.services.reports import NO_FILTERS, Period
from fieldservice.services.reports.common import at_centre
from fieldservice.services.reports.drill import figures_over, opened_over_time
from fieldservice.services.reports.volume import AGE_BUCKETS
from fieldservice.services.warranty import centre_header


def month_period(year: int, month: int) -> Period:
    """The local days of calendar month *month* of *year*."""
    if not 1 <= month <= 12:
        raise InvalidInput(
            _("There is no month {month}: write the month as YYYY-MM.").format(month=month),
            field="month",
        )
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return Period(first, following - dt.timedelta(days=1))


def last_complete_month(today: dt.date | None = None) -> tuple[int, int]:
    """The month before the one *today* falls in (this month is not over yet)."""
    today = today or dt.date.today()
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-11" as (2026, 11); a clear refusal for anything else."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
    except ValueError:
        raise InvalidInput(
            _("“{value}” is not a month: write it as YYYY-MM.").format(value=text), field="month"
        ) from None
    month_period(year, month)  # refuses month 13
    return year, month


def monthly_figures(db: Database, year: int, month: int) -> MonthlyReportData:
    """Everything the report of *month* prints: the KPIs of that month and of the
    month before (for the tiles' changes), the orders opened each day, and the
    names of the products and parts its tables list, in one read."""
    period = month_period(year, month)
    centre = centre_header(db)
    filters = at_centre(db, NO_FILTERS)
    with db.read() as s:
        # A whole month is compared with the month before (drill.previous).
        now, then = figures_over(s, period, filters)
        people = now["people"]
        by_day = tuple(
            (step.first, step.opened.value)
            for step in opened_over_time(s, period, filters, by="day")
        )
        skus = {c.key for c in now["warranty"].by_product}
        product_names = dict(
            s.execute(select(Product.sku, Product.name).where(Product.sku.in_(skus))).all()
        )
        part_ids = {c.key_id for c in now["parts"].by_part}
        descriptions = dict(
            s.execute(select(Part.id, Part.description).where(Part.id.in_(part_ids))).all()
        )
    v, vb = now["volume"], then["volume"]
    sp, spb = now["speed"], then["speed"]
    q, qb = now["quality"], then["quality"]
    c, cb = now["customers"], then["customers"]
    w, wb = now["warranty"], then["warranty"]
    p, pb = now["parts"], then["parts"]

    def rate(this, last) -> Change:
        return Change(this.percent, last.percent, this.hits, this.base)

    return MonthlyReportData(
        centre=centre,
        year=year,
        month=month,
        opened=Change(v.opened.value, vb.opened.value),
        delivered=Change(v.delivered.value, vb.delivered.value),
        backlog=Change(v.backlog.value, vb.backlog.value),
        repair_hours=Change(sp.repair.median_hours, spb.repair.median_hours, sp.repair.count),
        repair_p90_hours=sp.repair.p90_hours,
        first_time_fix=rate(q.first_time_fix, qb.first_time_fix),
        repeat_30=rate(q.repeat_30, qb.repeat_30),
        response_on_target=rate(sp.response_on_target, spb.response_on_target),
        resolution_on_target=rate(sp.resolution_on_target, spb.resolution_on_target),
        csat=Change(c.csat.value, cb.csat.value, c.csat.count),
        nps=Change(c.nps.score, cb.nps.score, c.nps.answers),
        complaints_per_100=Change(
            c.complaints_per_100_orders, cb.complaints_per_100_orders, c.complaints.value
        ),
        warranty_cost=Change(w.cost_total, wb.cost_total),
        parts_cost=Change(p.consumed_cost, pb.consumed_cost),
        opened_by_day=by_day,
        failure_curve=tuple(
            FailureRate(point.month + 1, point.failures, point.units, point.per_100)
            for point in w.failure_curve
        ),
        warranty_by_product=tuple(
            CostLine(product_names.get(cost.key, ""), cost.key, cost.parts, cost.labour)
            for cost in w.by_product
        ),
        warranty_by_month_of_sale=tuple(
            CostLine(cost.key, "", cost.parts, cost.labour) for cost in w.by_month_of_sale
        ),
        parts_used=tuple(
            PartLine(used.label, descriptions.get(used.key_id, ""), used.quantity, used.cost)
            for used in p.by_part
        ),
        technicians=tuple(
            TechnicianLine(t.technician, t.delivered.value, t.hours, t.first_time_fix.percent)
            for t in people
        ),
        ageing=tuple(
            AgeBucket(low, high, v.ageing[name].value if name in v.ageing else 0)
            for name, low, high in AGE_BUCKETS
        ),
        printed_on=dt.date.today(),
        others=(
            ("cancelled", Change(v.cancelled.value, vb.cancelled.value)),
            ("response_hours", Change(sp.response.median_hours, spb.response.median_hours)),
            ("turnaround_hours", Change(sp.turnaround.median_hours, spb.turnaround.median_hours)),
            ("repeat_90", rate(q.repeat_90, qb.repeat_90)),
            ("rework", rate(q.rework, qb.rework)),
            ("follow_ups", rate(c.follow_up_completion, cb.follow_up_completion)),
            ("effort", Change(c.effort.value, cb.effort.value, c.effort.count)),
            (
                "complaint_days",
                Change(c.complaint_resolution_days.value, cb.complaint_resolution_days.value),
            ),
            ("replacements", Change(w.replacements.value, wb.replacements.value)),
            ("refunds", Change(w.refunds.value, wb.refunds.value)),
            ("stock_value", Change(p.stock_value_end, pb.stock_value_end)),
            ("turnover", Change(p.turnover, pb.turnover)),
            ("dead_stock", Change(p.dead_stock_value, pb.dead_stock_value)),
            (
                "parts_wait_hours",
                Change(p.waited_for_parts.median_hours, pb.waited_for_parts.median_hours),
            ),
        ),
    )


def monthly_report(db: Database, year: int, month: int) -> bytes:
    """The management report of *month* of *year* as an A4 PDF."""
    return monthly_report_pdf(monthly_figures(db, year, month))
