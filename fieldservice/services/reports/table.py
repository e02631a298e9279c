"""The KPIs as rows of a table (report, KPI, value, records): what the command
line prints and exports, in the program's language. Values stay numbers (None
when there is nothing to measure) so that a spreadsheet can add them up."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from fieldservice.db import Database
from fieldservice.i18n import N_, _
from fieldservice.services.reports.common import (
    BEHIND,
    Average,
    Count,
    Drill,
    Durations,
    Filters,
    Period,
    Rate,
)
from fieldservice.services.reports.customers import Customers
from fieldservice.services.reports.maintenance import Maintenance
from fieldservice.services.reports.parts import Parts
from fieldservice.services.reports.people import TechnicianFigures
from fieldservice.services.reports.quality import Quality
from fieldservice.services.reports.speed import Speed
from fieldservice.services.reports.volume import Volume
from fieldservice.services.reports.warranty import Warranty
from fieldservice.services.spreadsheets import write_table

FAMILY_LABELS = {
    "volume": N_("Volume"),
    "speed": N_("Speed"),
    "quality": N_("Quality"),
    "customers": N_("Customers"),
    "warranty": N_("Warranty"),
    "parts": N_("Parts"),
    "maintenance": N_("Maintenance"),
    "people": N_("People"),
}

Value = int | float | Decimal | str | None


@dataclass(frozen=True)
class KpiRow:
    family: str  # the report's label
    kpi: str  # the KPI's label
    value: Value
    records: int | None  # how many records are behind the value (None: not counted)
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


def write(path: Path, rows: list[KpiRow], period: Period) -> Path:
    """The KPI rows as a ``.csv`` or ``.xlsx`` file (by *path*'s suffix)."""
    title = _("KPIs {start} to {end}").format(
        start=period.start.isoformat(), end=period.end.isoformat()
    )
    return write_table(path, header(), [as_cells(row) for row in rows], title)


def export(db: Database, period: Period, filters: Filters, path: Path) -> Path:
    """Every KPI of the period, one per row, written to *path*."""
    from fieldservice.services.reports import report_all

    results = report_all(db, period, filters)
    return write(path, [r for name, result in results.items() for r in rows(name, result)], period)


def header() -> list[str]:
    return [_("Report"), _("KPI"), _("Value"), _("Records")]


def as_cells(row: KpiRow) -> list[object]:
    return [
        row.family,
        row.kpi,
        "" if row.value is None else row.value,
        "" if row.records is None else row.records,
    ]


def rows(family: str, result: Any) -> list[KpiRow]:
    """The rows of one family's result (as returned by ``reports.report``)."""
    label = _(FAMILY_LABELS[family])
    out: list[KpiRow] = []

    def add(kpi: str, value: Value, records: int | None = None, drill: Drill | None = None) -> None:
        out.append(KpiRow(label, kpi, value, records, drill))

    def count(kpi: str, c: Count) -> None:
        add(kpi, c.value, c.value, c.drill)

    def percent(kpi: str, r: Rate) -> None:
        add(kpi, r.percent, r.hits, r.drill)

    def average(kpi: str, a: Average) -> None:
        add(kpi, a.value, a.count, a.drill)

    def spread(median: str, p90: str, d: Durations) -> None:
        add(median, d.median_hours, d.count, d.drill)
        add(p90, d.p90_hours, d.count, d.drill)

    if isinstance(result, Volume):
        count(_("Orders opened"), result.opened)
        count(_("Orders delivered"), result.delivered)
        count(_("Orders cancelled"), result.cancelled)
        count(_("Open at the end of the period"), result.backlog)
        for bucket, c in result.ageing.items():
            count(_("Open at the end, {days} days old").format(days=bucket), c)
    elif isinstance(result, Speed):
        spread(
            _("Response time, median (h)"), _("Response time, 90th percentile (h)"), result.response
        )
        spread(
            _("Time to repair, median (h)"), _("Time to repair, 90th percentile (h)"), result.repair
        )
        spread(_("Turnaround, median (h)"), _("Turnaround, 90th percentile (h)"), result.turnaround)
        percent(_("Response on target (%)"), result.response_on_target)
        percent(_("Resolution on target (%)"), result.resolution_on_target)
    elif isinstance(result, Quality):
        percent(_("First-time fix (%)"), result.first_time_fix)
        percent(_("Repeat repairs within 30 days (%)"), result.repeat_30)
        percent(_("Repeat repairs within 90 days (%)"), result.repeat_90)
        percent(_("Rework (%)"), result.rework)
    elif isinstance(result, Customers):
        average(_("Satisfaction (CSAT), average of 1-5"), result.csat)
        nps = result.nps
        add(_("NPS (-100 to 100)"), nps.score, nps.answers, nps.drill)
        average(_("Customer effort, average of 1-5 (1 = very easy)"), result.effort)
        percent(_("Follow-up calls completed (%)"), result.follow_up_completion)
        count(_("Complaints"), result.complaints)
        add(
            _("Complaints per 100 orders delivered"),
            result.complaints_per_100_orders,
            result.complaints.value,
            result.complaints.drill,
        )
        average(_("Days to resolve a complaint, average"), result.complaint_resolution_days)
    elif isinstance(result, Warranty):
        count_cost = result.cost_orders
        add(_("Warranty cost"), result.cost_total, count_cost.value, count_cost.drill)
        for w in result.by_product:
            add(_("Warranty cost of product {sku}").format(sku=w.key), w.total, w.orders, w.drill)
        for w in result.by_model:
            add(
                _("Warranty cost of model {model}").format(model=w.key or "-"),
                w.total,
                w.orders,
                w.drill,
            )
        for w in result.by_month_of_sale:
            add(
                _("Warranty cost of units sold in {month}").format(month=w.key or "-"),
                w.total,
                w.orders,
                w.drill,
            )
        for p in result.failure_curve:
            if p.units:
                add(
                    _("Failures per 100 units in month {month} of service").format(
                        month=p.month + 1
                    ),
                    p.per_100,
                    p.failures,
                    p.drill,
                )
        count(_("Replacements granted"), result.replacements)
        count(_("Refunds granted"), result.refunds)
    elif isinstance(result, Parts):
        for u in result.by_part:
            add(_("Parts used: {part}").format(part=u.label), u.quantity, u.orders, u.drill)
        for u in result.by_product:
            add(_("Cost of parts used on {sku}").format(sku=u.label), u.cost, u.orders, u.drill)
        consumers = result.consumed_orders
        add(_("Cost of parts used"), result.consumed_cost, consumers.value, consumers.drill)
        add(_("Stock value at the start"), result.stock_value_start)
        add(_("Stock value at the end"), result.stock_value_end)
        add(_("Stock turnover in the period"), result.turnover)
        add(
            _("Dead stock value"),
            result.dead_stock_value,
            len(result.dead_stock),
        )
        spread(
            _("Wait for parts, median (h)"),
            _("Wait for parts, 90th percentile (h)"),
            result.waited_for_parts,
        )
    elif isinstance(result, Maintenance):
        percent(_("Maintenance visits on time (%)"), result.visits_on_time)
        count(_("Overdue maintenance plans"), result.overdue_plans)
    elif isinstance(result, tuple):  # people
        for t in result:
            assert isinstance(t, TechnicianFigures)
            name = t.technician or _("(nobody)")
            count(_("Orders delivered by {technician}").format(technician=name), t.delivered)
            add(
                _("Hours logged by {technician}").format(technician=name),
                t.hours,
                t.labour.value,
                t.labour.drill,
            )
            percent(
                _("First-time fix of {technician} (%)").format(technician=name), t.first_time_fix
            )
    return out
