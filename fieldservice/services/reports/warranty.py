"""Warranty: what repairs under warranty cost, and how soon products fail."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldservice.models import (
    LabourLine,
    Product,
    RepairOrder,
    StockMovement,
    Unit,
    WarrantyRegistration,
)
from fieldservice.services.coverage import CoverageStatus, add_months
from fieldservice.services.reports.common import (
    BEHIND,
    Arg,
    Count,
    Drill,
    Filters,
    Ids,
    Period,
    counted,
    in_period,
    live,
    order_filter,
    records,
)
from fieldservice.services.reports.parts import used_by_orders

CURVE_MONTHS = 24
_CENTS = Decimal("0.01")


@dataclass(frozen=True)
class WarrantyCost:
    """Parts (at the cost issued) and labour (minutes × the hourly rate logged) of
    the warranty orders of one product, model or month of sale."""

    key: str  # product SKU, model, or month of sale "YYYY-MM" ("" when unknown)
    parts: Decimal
    labour: Decimal
    orders: int
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)

    @property
    def total(self) -> Decimal:
        return self.parts + self.labour


@dataclass(frozen=True)
class FailurePoint:
    """Failures in month *month* of service (0 = the first month after sale), per
    100 registered units that had reached that month by the end of the period."""

    month: int
    failures: int
    units: int
    per_100: float | None
    drill: Drill | None = field(default=None, compare=False, repr=False, metadata=BEHIND)


@dataclass(frozen=True)
class Warranty:
    cost_total: Decimal
    cost_orders: Count  # the orders whose cost makes the total
    by_product: tuple[WarrantyCost, ...]
    by_model: tuple[WarrantyCost, ...]
    by_month_of_sale: tuple[WarrantyCost, ...]
    failure_curve: tuple[FailurePoint, ...]
    replacements: Count
    refunds: Count


def warranty(s: Session, period: Period, f: Filters) -> Warranty:
    """- warranty cost: orders delivered in the period that were accepted in
      warranty at intake (coverage "in warranty", so free to the customer);
      parts as in the parts report, labour as logged;
    - failure curve: fault repairs (not cancelled) of registered units opened in
      the period, by whole months from the date of sale to the day of intake;
      divided by the registrations (voided ones too: they were sold) whose unit
      had reached that month of service by the end of the period;
    - replacements and refunds: orders of those service types delivered in the
      period (that is how a granted replacement or refund is recorded)."""

    def drill(name: str, arg: Arg = None) -> Drill:
        return Drill("warranty", name, period, f, arg)

    warranty_orders = _warranty_orders(period, f)
    raw = BigInteger()
    parts_cost = dict(
        s.execute(
            select(
                StockMovement.order_id,
                func.sum(
                    type_coerce(StockMovement.quantity, raw)
                    * func.coalesce(type_coerce(StockMovement.unit_cost, raw), 0)
                ),
            )
            .where(used_by_orders(), StockMovement.order_id.in_(warranty_orders))
            .group_by(StockMovement.order_id)
        ).all()
    )
    labour_cost = dict(
        s.execute(
            select(
                LabourLine.order_id,
                func.sum(LabourLine.minutes * type_coerce(LabourLine.hourly_rate, raw)),
            )
            .where(live(LabourLine), LabourLine.order_id.in_(warranty_orders))
            .group_by(LabourLine.order_id)
        ).all()
    )
    orders = s.execute(
        warranty_orders.with_only_columns(
            RepairOrder.id, Product.sku, Product.model, WarrantyRegistration.purchase_date
        )
    ).all()
    # Raw sums: quantity in 10^-3 × money in 10^-4; minutes × money in 10^-4 per hour.
    cost = {
        order_id: (
            (-Decimal(int(parts_cost.get(order_id) or 0)) / 10**7).quantize(_CENTS),
            (Decimal(int(labour_cost.get(order_id) or 0)) / 10**4 / 60).quantize(_CENTS),
        )
        for order_id, *_ in orders
    }
    total = sum((p + lab for p, lab in cost.values()), Decimal(0))
    return Warranty(
        total,
        Count(len(orders), drill("cost_orders")),
        _grouped(orders, cost, lambda r: r[1], lambda key: drill("cost_by_product", key)),
        _grouped(orders, cost, lambda r: r[2], lambda key: drill("cost_by_model", key)),
        _grouped(
            orders,
            cost,
            lambda r: r[3].strftime("%Y-%m") if r[3] else "",
            lambda key: drill("cost_by_month_of_sale", key),
        ),
        _failure_curve(s, period, f),
        counted(s, drill("replacements")),
        counted(s, drill("refunds")),
    )


def _grouped(orders, cost, key, drill) -> tuple[WarrantyCost, ...]:
    groups: dict[str, list[uuid.UUID]] = {}
    for row in orders:
        groups.setdefault(key(row) or "", []).append(row[0])
    return tuple(
        WarrantyCost(
            name,
            sum((cost[i][0] for i in ids), Decimal(0)),
            sum((cost[i][1] for i in ids), Decimal(0)),
            len(ids),
            drill(name),
        )
        for name, ids in sorted(groups.items())
    )


def _warranty_orders(period: Period, f: Filters):
    """Orders delivered in the period that were accepted in warranty at intake, with
    their product and registration joined (for the groupings)."""
    return (
        select(RepairOrder.id)
        .join(Product, Product.id == RepairOrder.product_id)
        .outerjoin(
            WarrantyRegistration, WarrantyRegistration.id == RepairOrder.warranty_registration_id
        )
        .where(
            *order_filter(f),
            in_period(RepairOrder.delivered_at, period),
            RepairOrder.coverage == CoverageStatus.IN_WARRANTY.value,
        )
    )


@records("warranty", "cost_orders")
def _cost_orders(period: Period, f: Filters, _arg: Arg = None):
    return _warranty_orders(period, f)


@records("warranty", "cost_by_product")
def _cost_of_product(period: Period, f: Filters, sku: Arg):
    return _warranty_orders(period, f).where(Product.sku == sku)


@records("warranty", "cost_by_model")
def _cost_of_model(period: Period, f: Filters, model: Arg):
    return _warranty_orders(period, f).where(Product.model == model)


@records("warranty", "cost_by_month_of_sale")
def _cost_of_month_of_sale(period: Period, f: Filters, month: Arg):
    if not month:
        return _warranty_orders(period, f).where(WarrantyRegistration.purchase_date.is_(None))
    first = dt.date.fromisoformat(f"{month}-01")
    return _warranty_orders(period, f).where(
        WarrantyRegistration.purchase_date >= first,
        WarrantyRegistration.purchase_date < add_months(first, 1),
    )


def _granted(service_type: str, period: Period, f: Filters):
    return select(RepairOrder.id).where(
        *order_filter(f),
        in_period(RepairOrder.delivered_at, period),
        RepairOrder.service_type == service_type,
    )


@records("warranty", "replacements")
def _replacements(period: Period, f: Filters, _arg: Arg = None):
    return _granted("replacement", period, f)


@records("warranty", "refunds")
def _refunds(period: Period, f: Filters, _arg: Arg = None):
    return _granted("return_refund", period, f)


def months_in_service(sold: dt.date, day: dt.date) -> int:
    """Whole calendar months from *sold* to *day* (0 in the first month)."""
    months = (day.year - sold.year) * 12 + day.month - sold.month
    return months - 1 if add_months(sold, months) > day else months


def _failures(s: Session, period: Period, f: Filters) -> dict[int, list[uuid.UUID]]:
    """Fault repairs (not cancelled) of registered units opened in the period, by
    whole months in service at intake (the first CURVE_MONTHS months only)."""
    failures = s.execute(
        select(RepairOrder.id, RepairOrder.created_at, WarrantyRegistration.purchase_date)
        .join(WarrantyRegistration, WarrantyRegistration.id == RepairOrder.warranty_registration_id)
        .where(
            *order_filter(f),
            RepairOrder.service_type == "fault_repair",
            RepairOrder.status != "cancelled",
            in_period(RepairOrder.created_at, period),
        )
    ).all()
    by_month: dict[int, list[uuid.UUID]] = {}
    for order_id, opened, sold in failures:
        month = months_in_service(sold, opened.astimezone().date())
        if 0 <= month < CURVE_MONTHS:
            by_month.setdefault(month, []).append(order_id)
    return by_month


@records("warranty", "failures", computed=True)
def _failures_in_month(s: Session, period: Period, f: Filters, month: Arg) -> Ids:
    assert isinstance(month, int)
    return tuple(_failures(s, period, f).get(month, ()))


def _failure_curve(s: Session, period: Period, f: Filters) -> tuple[FailurePoint, ...]:
    by_month = _failures(s, period, f)
    # Registrations by date of sale (a few thousand dates at most), for the exposure.
    registered = select(WarrantyRegistration.purchase_date, func.count()).where(
        live(WarrantyRegistration), WarrantyRegistration.purchase_date <= period.end
    )
    if f.site:  # the units this centre sold, as its failures are its own repairs
        registered = registered.where(WarrantyRegistration.origin_site == f.site)
    if f.product_id is not None or f.brand:
        unit_products = select(Product.id)
        if f.product_id is not None:
            unit_products = unit_products.where(Product.id == f.product_id)
        if f.brand:
            unit_products = unit_products.where(Product.brand == f.brand)
        registered = registered.where(
            WarrantyRegistration.unit_id.in_(
                select(Unit.id).where(Unit.product_id.in_(unit_products))
            )
        )
    sold_on = s.execute(registered.group_by(WarrantyRegistration.purchase_date)).all()
    points = []
    for month in range(CURVE_MONTHS):
        units = sum(n for sold, n in sold_on if add_months(sold, month) <= period.end)
        failed = len(by_month.get(month, ()))
        per_100 = round(100.0 * failed / units, 2) if units else None
        points.append(
            FailurePoint(
                month, failed, units, per_100, Drill("warranty", "failures", period, f, month)
            )
        )
    return tuple(points)
