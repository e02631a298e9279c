"""Consolidated lists across centres, for the head office's reporting: repair
orders, warranty registrations, and stock on hand per centre."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import func, select

from fieldservice.headoffice.models import ReportUser
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.headoffice.sync import digest
from fieldservice.wire import TABLES, json_value

MAX_PAGE = 1000


def add_report_user(store: HeadOfficeStore, name: str) -> str:
    """A token for a person at the head office to read reports (shown once)."""
    token = secrets.token_urlsafe(32)
    with store.session() as s:
        user = s.get(ReportUser, name.strip())
        if user is None:
            user = ReportUser(name=name.strip(), token_hash=digest(token))
            s.add(user)
        user.token_hash, user.revoked = digest(token), False
    return token


def report_user_for_token(store: HeadOfficeStore, token: str) -> str | None:
    with store.session() as s:
        user = s.scalar(select(ReportUser).where(ReportUser.token_hash == digest(token)))
        return None if user is None or user.revoked else user.name


def _page(store: HeadOfficeStore, query, count_query, offset: int, limit: int) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    with store.session() as s:
        total = s.scalar(count_query) or 0
        rows = s.execute(query.offset(max(0, offset)).limit(limit)).mappings().all()
    return {
        "total": total,
        "rows": [{k: json_value(v) for k, v in row.items()} for row in rows],
    }


def repair_orders(
    store: HeadOfficeStore,
    *,
    site: str = "",
    status: str = "",
    offset: int = 0,
    limit: int = 200,
) -> dict[str, Any]:
    """Every centre's repair orders, newest first (a centre, a status, or all)."""
    order, unit, product = TABLES["repair_order"], TABLES["unit"], TABLES["product"]
    customer = TABLES["customer"]
    where = [~order.c.deleted]
    if site:
        where.append(order.c.origin_site == site.upper())
    if status == "open":
        where.append(order.c.is_open)
    elif status:
        where.append(order.c.status == status)
    query = (
        select(
            order.c.number,
            order.c.origin_site.label("centre"),
            order.c.status,
            order.c.priority,
            order.c.service_type,
            order.c.coverage,
            order.c.created_at.label("opened_at"),
            order.c.resolution_due,
            order.c.delivered_at,
            unit.c.serial,
            product.c.sku,
            product.c.name.label("product"),
            func.coalesce(customer.c.name, "").label("customer"),
        )
        .join(unit, unit.c.id == order.c.unit_id)
        .join(product, product.c.id == order.c.product_id)
        .outerjoin(customer, customer.c.id == order.c.customer_id)
        .where(*where)
        .order_by(order.c.created_at.desc(), order.c.number)
    )
    return _page(store, query, select(func.count()).select_from(order).where(*where), offset, limit)


def registrations(
    store: HeadOfficeStore, *, site: str = "", offset: int = 0, limit: int = 200
) -> dict[str, Any]:
    """Every centre's warranty registrations, newest first."""
    reg, unit, product = TABLES["warranty_registration"], TABLES["unit"], TABLES["product"]
    where = [~reg.c.deleted]
    if site:
        where.append(reg.c.origin_site == site.upper())
    query = (
        select(
            reg.c.number,
            reg.c.origin_site.label("centre"),
            unit.c.serial,
            product.c.sku,
            product.c.name.label("product"),
            reg.c.purchase_date,
            reg.c.warranty_months,
            reg.c.service_months,
            reg.c.dealer,
            reg.c.void_reason,
            reg.c.registered_on,
        )
        .join(unit, unit.c.id == reg.c.unit_id)
        .join(product, product.c.id == unit.c.product_id)
        .where(*where)
        .order_by(reg.c.registered_on.desc(), reg.c.number)
    )
    return _page(store, query, select(func.count()).select_from(reg).where(*where), offset, limit)


def stock_on_hand(store: HeadOfficeStore, *, site: str = "") -> dict[str, Any]:
    """On hand per centre, location and part: the sum of each centre's ledger."""
    movement, part, location = (TABLES["stock_movement"], TABLES["part"], TABLES["stock_location"])
    query = (
        select(
            movement.c.origin_site.label("centre"),
            location.c.code.label("location"),
            location.c.kind,
            part.c.part_number,
            part.c.description,
            func.sum(movement.c.quantity).label("on_hand"),
        )
        .join(part, part.c.id == movement.c.part_id)
        .join(location, location.c.id == movement.c.location_id)
        .where(~movement.c.deleted)
        .group_by(
            movement.c.origin_site,
            location.c.code,
            location.c.kind,
            part.c.part_number,
            part.c.description,
        )
        .order_by(movement.c.origin_site, part.c.part_number, location.c.code)
    )
    if site:
        query = query.where(movement.c.origin_site == site.upper())
    with store.session() as s:
        rows = s.execute(query).mappings().all()
    return {"rows": [{k: json_value(v) for k, v in row.items()} for row in rows]}
