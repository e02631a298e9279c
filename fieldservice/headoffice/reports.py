"""Consolidated lists across centres, for the head office's reporting: repair
orders, warranty registrations, and stock on hand per centre; the KPIs of the
chain or of one centre, and the league table of the centres."""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from fieldservice.errors import InvalidInput
from fieldservice.headoffice import figures
from fieldservice.headoffice.league import league
from fieldservice.headoffice.models import EnrolledSite, ReportUser
from fieldservice.headoffice.store import HeadOfficeStore, without_jit
from fieldservice.headoffice.sync import digest
from fieldservice.i18n import _
from fieldservice.services.reports import FAMILIES, Filters, Period
from fieldservice.services.reports.league import KPIS
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


# Figure fields that point at the records behind a figure (for a screen's drill
# down), not values: a report read over the API carries the values only.
_NOT_VALUES = frozenset(
    {"drill", "base_drill", "ids", "base_ids", "order_ids", "labour_ids"}
    | {"promoters", "passives", "detractors"}
)


def figures_as_json(value: Any) -> Any:
    """A family's result (frozen dataclasses of figures) as plain JSON values:
    numbers stay numbers, money and dates become text (as every report here), the
    drill-down references are left out, a computed total is kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {
            f.name: figures_as_json(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _NOT_VALUES
        }
        for name, member in vars(type(value)).items():
            if isinstance(member, property):
                out[name] = figures_as_json(getattr(value, name))
        return out
    if isinstance(value, dict):
        return {str(k): figures_as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [figures_as_json(v) for v in value]
    return json_value(value)


def centre_names(store: HeadOfficeStore) -> dict[str, str]:
    """Every centre the head office has registered: site code -> name."""
    with store.session() as s:
        return {
            code: name for code, name in s.execute(select(EnrolledSite.code, EnrolledSite.name))
        }


@contextlib.contextmanager
def _reading(store: HeadOfficeStore) -> Iterator[Session]:
    """A session for the KPIs: on PostgreSQL without just-in-time compilation
    (:func:`without_jit`)."""
    with store.session() as s:
        if store.is_postgres:
            without_jit(s)
            # Percentiles sort a period's turnarounds: in memory, not on disk.
            s.execute(text("SET LOCAL work_mem = '64MB'"))
        yield s


def kpis(store: HeadOfficeStore, family: str, period: Period, site: str = "") -> dict[str, Any]:
    """One family of KPIs (or "all") over *period*, for one centre or (*site* empty)
    the whole chain, as the centre's own ``fieldservice report`` counts them.

    Raises InvalidInput for a family that does not exist, and for a centre the
    head office does not know (field "site")."""
    site = site.strip().upper()
    if family != "all" and family not in FAMILIES:
        raise InvalidInput(
            _("Unknown report “{name}”: choose from {names}.").format(
                name=family, names=", ".join([*FAMILIES, "all"])
            ),
            field="family",
        )
    if site and site not in centre_names(store):
        raise InvalidInput(_("No centre has the code {site}.").format(site=site), field="site")
    filters = Filters(site=site)
    names = list(FAMILIES) if family == "all" else [family]
    with _reading(store) as s:
        figures = {name: figures_as_json(FAMILIES[name](s, period, filters)) for name in names}
    return {
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "site": site,
        "figures": figures if family == "all" else figures[family],
    }


def league_table(store: HeadOfficeStore, period: Period) -> dict[str, Any]:
    """Every centre's headline KPIs over *period*, each with its place among the
    centres (1 = best) and the chain's figure beside it, counting every change
    committed before the call (the orders' figures are refreshed first)."""
    names = centre_names(store)
    with store.session() as s:
        figures.refresh(s)
    with _reading(store) as s:
        table = league(s, period, Filters(), names=names)
    chain = table.chain
    return {
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "kpis": [
            {"key": k.key, "label": _(k.label), "higher_is_better": k.higher_is_better}
            for k in KPIS
        ],
        "chain": figures_as_json(chain),
        "centres": [
            {
                "site": row.site,
                "name": row.name,
                "figures": figures_as_json(row.figures),
                "ranks": dict(row.ranks),
                "standings": {
                    k.key: {
                        "value": json_value(row.figures.value(k.key)),
                        "rank": row.ranks[k.key],
                        "chain": json_value(chain.value(k.key)),
                    }
                    for k in KPIS
                },
            }
            for row in table.centres
        ],
    }
