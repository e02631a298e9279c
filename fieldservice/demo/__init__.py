"""Realistic demo data: customers, a product catalogue, and units they own.

``generate`` is a generator that yields ``(done, total, what)`` as it goes, so
the CLI can print progress and the UI can show a bar and a cancel button. Rows
are written in batches through :func:`fieldservice.capture.bulk_insert`,
so demo data has its outbox entries like any other data.

The texts follow the centre's country: Simplified Chinese in mainland China
(:mod:`fieldservice.demo.chinese`), Traditional Chinese in Taiwan and Hong Kong
(:mod:`fieldservice.demo.traditional`), English everywhere else
(:mod:`fieldservice.demo.english`). Counts, seeds and dates are the same in every
language; SKUs, part numbers and serials stay ASCII (they are scanned).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import phonenumbers
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.demo import chinese, history, traditional
from fieldservice.demo.english import (
    CATALOGUE,
    DEALERS,
    ENGLISH,
    FAULTS,
    GENERIC_FAULTS,
    MODEL_SIZES,
    PART_KINDS,
    PLAN_KINDS,
    SUPPLIERS,
    TECHNICIANS,
    TERMS,
)
from fieldservice.demo.history import PARTS_USED
from fieldservice.demo.words import Words
from fieldservice.ids import new_id
from fieldservice.models import (
    Customer,
    FollowUp,
    MaintenancePlan,
    MeterReading,
    Part,
    PartCompatibility,
    PartCost,
    Product,
    ReorderRule,
    RepairOrder,
    StockLocation,
    StockMovement,
    Unit,
    WarrantyPolicy,
    WarrantyRegistration,
)
from fieldservice.services import numbering, schedule, site
from fieldservice.services.stock import rebuild_balances

__all__ = [
    "CATALOGUE",
    "DEALERS",
    "FAULTS",
    "GENERIC_FAULTS",
    "MODEL_SIZES",
    "PARTS_USED",
    "PART_KINDS",
    "PLAN_KINDS",
    "SUPPLIERS",
    "TECHNICIANS",
    "TERMS",
    "DemoSize",
    "catalogue_csv",
    "generate",
    "generate_maintenance",
    "generate_orders",
    "generate_stock",
    "trial_head_office",
    "words_for",
]

BATCH = 10_000

# Warranty and service months by category; what a maker typically gives.
POLICY_MONTHS = {
    "Power tools": (12, 24),
    "Floor care": (12, 36),
    "Heating": (60, 60),
    "Air conditioning": (36, 48),
    "Generators": (24, 60),
    "Compressors": (24, 48),
}
DEFAULT_POLICY_MONTHS = (24, 36)
# The demo texts of a country, where it has its own; English elsewhere.
WORDS_BY_COUNTRY: dict[str, Words] = {
    "CN": chinese.MAINLAND,
    "TW": traditional.TAIWAN,
    "HK": traditional.HONG_KONG,
}


def words_for(country: str) -> Words:
    """The demo texts of a centre in *country* (its ISO code, e.g. CN, TW, GB)."""
    return WORDS_BY_COUNTRY.get((country or "").upper(), ENGLISH)


@dataclass(frozen=True)
class DemoSize:
    customers: int = 300
    units: int = 600
    parts: int = 120
    movements: int = 1500
    orders: int = 400
    plans: int = 150
    seed: int = 7


@contextlib.contextmanager
def trial_head_office(
    folder: Path, site_code: str, site_name: str, *, country: str = "GB"
) -> Iterator[tuple[str, str]]:
    """A head office on a SQLite file in *folder* that publishes the demo catalogue
    (in the language of *country*), served by ``fieldservice-headoffice`` in a
    process of its own: yields its address and the one-time code with which the
    centre *site_code* enrols."""
    from fieldservice.headoffice import catalogue
    from fieldservice.headoffice import sync as head_office
    from fieldservice.headoffice.process import serving
    from fieldservice.headoffice.store import HeadOfficeStore
    from fieldservice.progress import run_to_end

    path = folder / "headoffice.sqlite3"
    store = HeadOfficeStore(str(path))
    try:
        store.migrate()
        run_to_end(catalogue.import_products(store, catalogue_csv(country)))
        code = head_office.add_site(store, site_code, site_name)
    finally:
        store.dispose()
    with serving(str(path)) as url:
        yield url, code


def catalogue_csv(country: str = "GB") -> bytes:
    """The demo catalogue as the head office's product CSV (``fieldservice-headoffice
    catalogue import``): a trial head office publishes what demo centres sell."""
    lines = ["sku,name,brand,model,category"]
    for p in _catalogue(words_for(country)):
        lines.append(f"{p['sku']},{p['name']},{p['brand']},{p['model']},{p['category']}")
    return "\n".join(lines).encode()


def _catalogue(words: Words) -> list[dict]:
    rows = []
    for key, brand, code, stem, name, _prefix, sizes in words.catalogue:
        for size in sizes:
            model = f"{stem}{size}"
            rows.append(
                {
                    "sku": f"{code}-{model}",
                    "name": words.product_name.format(brand=brand, name=name, model=model),
                    "brand": brand,
                    "model": model,
                    "category": words.categories[key],
                }
            )
    return rows


def _customer_values(rng: random.Random, words: Words, region: str, number: str, i: int) -> dict:
    name, company, email, address = words.customer(rng, i)
    phone = words.phone(rng, region)
    return {
        "number": number,
        "name": name,
        "company": company,
        "phone": phone,
        "phone_key": phonenumbers.format_number(
            phonenumbers.parse(phone, region), phonenumbers.PhoneNumberFormat.E164
        ),
        "email": email,
        "address": address,
        "notes": "",
        "possible_duplicate_of_id": None,
        "duplicate_reviewed": False,
    }


def generate(db: Database, size: DemoSize) -> Iterator[tuple[int, int, str]]:
    """Add demo customers, products, units with their warranties, and spare parts
    with a stock history to this centre's database."""
    rng = random.Random(size.seed)
    region = site.region(db)
    words = words_for(region)
    total = size.customers + size.units
    done = 0
    catalogue = _catalogue(words)
    with db.write() as s:
        existing = {sku for (sku,) in s.query(Product.sku)}
        new_products = [p for p in catalogue if p["sku"] not in existing]
        bulk_insert(s, Product, new_products)
        products = [(pid, sku) for pid, sku in s.query(Product.id, Product.sku)]
        category = {
            pid: words.category_key(cat) for pid, cat in s.query(Product.id, Product.category)
        }
        with_policy = {pid for (pid,) in s.query(WarrantyPolicy.product_id)}
        bulk_insert(
            s,
            WarrantyPolicy,
            [
                {
                    "product_id": pid,
                    "warranty_months": POLICY_MONTHS.get(category[pid], DEFAULT_POLICY_MONTHS)[0],
                    "service_months": POLICY_MONTHS.get(category[pid], DEFAULT_POLICY_MONTHS)[1],
                    "terms": words.terms,
                    "void_conditions": "\n".join(words.void_conditions),
                }
                for pid, _sku in products
                if pid not in with_policy
            ],
        )
        months = {
            pid: POLICY_MONTHS.get(category[pid], DEFAULT_POLICY_MONTHS) for pid, _ in products
        }
    yield done, total, "products"

    customer_ids: list = []
    for start in range(0, size.customers, BATCH):
        count = min(BATCH, size.customers - start)
        with db.write() as s:
            numbers = numbering.reserve_numbers(s, db.require_site(), "CU", count)
            rows = [
                _customer_values(rng, words, region, n, start + k) for k, n in enumerate(numbers)
            ]
            bulk_insert(s, Customer, rows)
        customer_ids.extend(r["id"] for r in rows)
        done += count
        yield done, total, "customers"

    prefixes = {p["sku"]: prefix for p, prefix in zip(catalogue, _prefixes(words), strict=True)}
    today = dt.date.today()
    # The bad batch sold well: a promotion put many of them in homes within weeks.
    bad_sku = history.bad_batch_sku(words)
    bad = next((pid for pid, sku in products if sku == bad_sku), None)
    sold_from, sold_to = history.bad_batch_sold(today)
    serial_base = rng.randrange(10**6)
    for start in range(0, size.units, BATCH):
        count = min(BATCH, size.units - start)
        rows = []
        for k in range(count):
            product_id, sku = rng.choice(products)
            owner = rng.choice(customer_ids) if customer_ids and rng.random() < 0.97 else None
            bought = today - dt.timedelta(days=int(rng.expovariate(1 / 500)))
            if rng.random() < history.BAD_SHARE_OF_UNITS and bad is not None:
                product_id, sku = bad, bad_sku
                bought = sold_from + dt.timedelta(days=rng.randint(0, (sold_to - sold_from).days))
            rows.append(
                {
                    "id": new_id(),
                    "serial": f"{prefixes.get(sku, 'UN')}{serial_base:06d}{start + k:08d}",
                    "product_id": product_id,
                    "customer_id": owner,
                    "purchase_date": bought if owner else None,
                    "install_address": "",
                    "notes": "",
                }
            )
        sold = [r for r in rows if r["customer_id"] and rng.random() < 0.8]
        with db.write() as s:
            bulk_insert(s, Unit, rows)
            numbers = numbering.reserve_numbers(s, db.require_site(), "WC", len(sold))
            bulk_insert(
                s,
                WarrantyRegistration,
                [
                    {
                        "number": number,
                        "unit_id": unit["id"],
                        "customer_id": unit["customer_id"],
                        "purchase_date": unit["purchase_date"],
                        "warranty_months": months[unit["product_id"]][0],
                        "service_months": months[unit["product_id"]][1],
                        "dealer": rng.choice(words.dealers),
                        "invoice_ref": f"INV-{rng.randrange(10**6):06d}",
                        "registered_on": min(
                            today, unit["purchase_date"] + dt.timedelta(days=rng.randint(0, 20))
                        ),
                        "channel": rng.choice(("front_desk", "dealer", "online", "import")),
                        "registered_by": "demo",
                        "void_reason": None,
                        "void_note": "",
                        "voided_on": None,
                        "voided_by": "",
                        "notes": "",
                    }
                    for number, unit in zip(numbers, sold, strict=True)
                ],
            )
        done += count
        yield done, total, "units"
    yield from generate_stock(db, size.parts, size.movements, size.seed)
    # Plans first: the orders' history holds the visits made on them.
    yield from generate_maintenance(db, size.plans, size.seed)
    yield from generate_orders(db, size.orders, size.seed)


def generate_stock(
    db: Database, parts: int, movements: int, seed: int = 7
) -> Iterator[tuple[int, int, str]]:
    """Demo spare parts: a catalogue, three locations, a history of movements (bulk
    loaded, then the balance cache rebuilt from the ledger), reorder rules and
    a few open requests and supplier orders."""
    rng = random.Random(seed)
    words = words_for(site.region(db))
    total = parts + movements
    with db.write() as s:
        own = StockLocation.origin_site == db.require_site()
        existing = {code for (code,) in s.query(StockLocation.code).filter(own)}
        bulk_insert(
            s,
            StockLocation,
            [
                {"code": code, "name": name, "kind": kind, "technician": tech}
                for code, name, kind, tech in words.locations
                if code not in existing
            ],
        )
        locations = dict(s.query(StockLocation.code, StockLocation.id).filter(own))
        lines = _product_lines(s)
        known = {n for (n,) in s.query(Part.part_number)}
        rows = []
        compatible: list[dict] = []
        for i in range(parts):
            prefix, name, unit, cost, fits = PART_KINDS[i % len(PART_KINDS)]
            name = words.parts.get(prefix, name)
            number = f"{prefix}-{1000 + i:05d}"
            if number in known:
                continue
            rows.append(
                {
                    "id": new_id(),
                    "part_number": number,
                    "description": f"{name} {rng.choice('ABCSX')}{rng.randint(10, 99)}",
                    "unit": words.part_units.get(unit, unit),
                    "standard_cost": Decimal(cost) + Decimal(rng.randint(0, 99)) / 100,
                    "supplier": rng.choice(words.suppliers),
                    "supplier_part_number": f"S{rng.randrange(10**6):06d}",
                    "lead_time_days": rng.choice((2, 3, 5, 7, 14)),
                    "pack_size": Decimal(rng.choice((1, 1, 1, 2, 5, 10))),
                    "default_bin": f"{rng.choice('ABCDEF')}{rng.randint(1, 20)}",
                    "notes": "",
                }
            )
            # A spare part is made for one model line (a few sizes of it) of a
            # product family it belongs in: no door seals for air conditioners.
            candidates = [line for c in fits for line in lines.get(words.categories.get(c, c), ())]
            if candidates:
                line = rng.choice(candidates)
                sizes = rng.randint(1, min(3, len(line)))
                first = rng.randrange(len(line) - sizes + 1)
                for product_id in line[first : first + sizes]:
                    compatible.append({"part_id": rows[-1]["id"], "product_id": product_id})
        bulk_insert(s, Part, rows)
        bulk_insert(s, PartCompatibility, compatible)
        part_rows = [(r["id"], r["default_bin"], r["standard_cost"]) for r in rows]
        if part_rows:
            s.execute(
                insert(PartCost),
                [{"part_id": pid, "average_cost": cost} for pid, _b, cost in part_rows],
            )
    yield parts, total, "parts"
    if not part_rows:
        return
    stores = [locations["MAIN"], locations["MAIN"], locations["VAN-1"]]
    done: int = parts
    level: dict[tuple, Decimal] = {}
    while done < total:
        batch = []
        for _ in range(min(BATCH * 5, total - done)):
            part_id, bin_code, unit_cost = rng.choice(part_rows)
            loc = rng.choice(stores)
            key = (part_id, loc, bin_code)
            have = level.get(key, Decimal(0))
            if have < 3 or rng.random() < 0.35:
                kind, qty = "receipt", Decimal(rng.randint(2, 20))
            else:
                kind, qty = "issue", -Decimal(rng.randint(1, min(3, int(have))))
            level[key] = have + qty
            batch.append(
                {
                    "part_id": part_id,
                    "location_id": loc,
                    "bin": bin_code,
                    "kind": kind,
                    "quantity": qty,
                    "unit_cost": unit_cost,
                    "reference": "",
                    "order_id": None,
                    "order_number": "",
                    "transfer_id": None,
                    "reverses_id": None,
                    "reason": "",
                    "by": "demo",
                    "override_by": "",
                }
            )
        with db.write() as s:
            bulk_insert(s, StockMovement, batch)
        done += len(batch)
        yield done, total, "stock movements"
    with db.write() as s:
        rebuild_balances(s)
        rules = [
            {
                "part_id": pid,
                "location_id": locations["MAIN"],
                "reorder_point": Decimal(rng.randint(2, 6)),
                "max_quantity": Decimal(rng.randint(10, 30)),
                "reorder_quantity": None,
            }
            for pid, _b, _c in part_rows
        ]
        bulk_insert(s, ReorderRule, rules)


def _product_lines(s: Session) -> dict[str, list[list]]:
    """Product ids by category, then by model line (brand and model letters), in size
    order: the products a part of that category can be made for."""
    lines: dict[tuple[str, str, str], list[tuple[str, object]]] = {}
    for pid, category, brand, model in s.query(
        Product.id, Product.category, Product.brand, Product.model
    ):
        stem = model.rstrip("0123456789")
        lines.setdefault((category, brand, stem), []).append((model, pid))
    by_category: dict[str, list[list]] = {}
    for (category, _brand, _stem), models in sorted(lines.items()):
        models.sort(key=lambda m: (len(m[0]), m[0]))
        by_category.setdefault(category, []).append([pid for _m, pid in models])
    return by_category


def generate_orders(db: Database, count: int, seed: int = 7) -> Iterator[tuple[int, int, str]]:
    """Demo repair orders over the last two years (the last one in full), each with
    its whole history: status moves, labour, parts, the follow-up call, complaints,
    reworks and maintenance visits; seasons, a bad batch and a slow technician for
    the reports to find (:mod:`fieldservice.demo.history`)."""
    region = site.region(db)
    yield from history.generate(db, words_for(region), region, count, seed)


def generate_maintenance(
    db: Database, count: int, seed: int = 7, *, units: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """Demo maintenance plans on units of the products that need them, meter readings
    for meter plans, and follow-up calls for recently delivered orders."""
    if count <= 0:
        return
    rng = random.Random(seed + 2)
    words = words_for(site.region(db))
    planned = [words.categories.get(key, key) for key in PLAN_KINDS]
    today = dt.date.today()
    with db.read() as s:
        pool = s.execute(
            select(Unit.id, Product.category, func.coalesce(Customer.address, ""))
            .join(Product, Product.id == Unit.product_id)
            .outerjoin(Customer, Customer.id == Unit.customer_id)
            .where(Product.category.in_(planned), Unit.customer_id.is_not(None))
            .limit(units or max(count, 1000))
        ).all()
        delivered = s.execute(
            select(RepairOrder.id, RepairOrder.delivered_at)
            .where(
                ~RepairOrder.id.in_(select(FollowUp.order_id)),
                RepairOrder.status == "delivered",
                RepairOrder.delivered_at >= dt.datetime.now(dt.UTC) - dt.timedelta(days=10),
            )
            .limit(5000)
        ).all()
    if not pool:
        return
    pool = list(pool)
    rng.shuffle(pool)
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        plans: list[dict] = []
        readings: list[dict] = []
        for _ in range(n):
            # Every unit of the pool gets a plan before any gets a second one.
            unit_id, category, address = pool[(done + len(plans)) % len(pool)]
            key = words.category_key(category)
            _name, basis, every, unit, meter, _checklist = PLAN_KINDS[key]
            name, checklist = words.plans[key]
            anchor = rng.choice(("completion", "fixed"))
            # Most plans were serviced within their interval (by calendar or by the
            # meter, whichever comes first); some slipped past it.
            rate = Decimal(rng.randint(2, 16))
            span = (schedule.add_interval(today, every, unit) - today).days if every else 10**6
            if meter:
                span = min(span, int(meter / rate))
            last = today - dt.timedelta(days=rng.randint(5, max(6, int(span * 1.05))))
            start = last - dt.timedelta(days=rng.randint(0, 400))
            calendar_due = (
                schedule.next_calendar_due(
                    anchor=anchor, start=start, count=every, unit=unit, due=None, done_on=last
                )
                if every
                else None
            )
            plan = {
                "unit_id": unit_id,
                "name": name,
                "basis": basis,
                "interval_count": every,
                "interval_unit": unit,
                "anchor": anchor,
                "start_on": start,
                "meter_interval": Decimal(meter) if meter else None,
                "meter_unit": "hours",
                "last_done_on": last,
                "last_done_meter": None,
                "calendar_due_on": calendar_due,
                "due_meter": None,
                "due_on": calendar_due,
                "checklist": checklist,
                "technician": rng.choice(words.technicians),
                "area": words.area(address),
                "contract_end": None,
                "active": True,
            }
            if meter:
                # The meter runs at a steady rate; the reading at the last visit is
                # where it stood that day, so the next service falls after it.
                since = (today - last).days
                base = Decimal(rng.randint(2000, 9000)) + rate * since
                past = [(today - dt.timedelta(d), base - rate * d) for d in (60, 30, 1)]
                readings.extend(
                    {"unit_id": unit_id, "read_on": day, "reading": value, "note": ""}
                    for day, value in past
                )
                done_meter = base - rate * since
                due_meter = done_meter + Decimal(meter)
                plan["last_done_meter"] = done_meter
                plan["due_meter"] = due_meter
                forecast = schedule.forecast_meter_due(due_meter, past)
                plan["due_on"] = schedule.effective_due(basis, calendar_due, forecast)
            plans.append(plan)
        with db.write() as s:
            bulk_insert(s, MaintenancePlan, plans)
            bulk_insert(s, MeterReading, readings)
        done += n
        yield done, count, "maintenance plans"
    with db.write() as s:
        bulk_insert(
            s,
            FollowUp,
            [
                history.open_call(order_id, at.date() + dt.timedelta(days=history.FOLLOW_UP_DAYS))
                for order_id, at in delivered
                if at is not None
            ],
        )


def _prefixes(words: Words) -> list[str]:
    return [prefix for *_, prefix, sizes in words.catalogue for _size in sizes]
