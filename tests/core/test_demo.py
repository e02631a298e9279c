"""The demo data as a service manager trying the product would read it: parts that
fit the products they are listed for, maintenance dates in order, repair orders
whose steps follow one another."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from fieldservice import demo
from fieldservice.db import Database
from fieldservice.models import (
    MaintenancePlan,
    Part,
    PartCompatibility,
    Product,
    RepairOrder,
    StockBalance,
    StockMovement,
)
from fieldservice.progress import run_to_end
from fieldservice.services import site

# Parts a customer would laugh at on the wrong product, and what they do fit.
WHAT_THEY_FIT = {
    "Door seal": {"Washing machines", "Dishwashers", "Refrigeration"},
    "Drum bearing kit": {"Washing machines", "Tumble dryers"},
    "Drain pump": {"Washing machines", "Dishwashers"},
    "Drain hose": {"Washing machines", "Dishwashers"},
    "Pump gasket": {"Coffee machines"},
    "Compressor": {"Refrigeration", "Air conditioning", "Heating"},
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database.open(path=tmp_path_factory.mktemp("demo") / "fieldservice.sqlite3")
    site.setup_site(db, "LD01", "Leeds Service Centre", country="GB")
    size = demo.DemoSize(customers=300, units=800, parts=150, movements=300, orders=300)
    run_to_end(demo.generate(db, size))
    yield db
    db.close()


def _fits(db):
    with db.read() as s:
        return s.execute(
            select(Part.part_number, Part.description, Product.category, Product.brand)
            .join(PartCompatibility, PartCompatibility.part_id == Part.id)
            .join(Product, Product.id == PartCompatibility.product_id)
        ).all()


def test_no_door_seal_or_drum_bearing_is_listed_for_an_air_conditioner(demo_db):
    fits = _fits(demo_db)
    assert fits
    wrong = [
        (number, description, category)
        for number, description, category, _brand in fits
        for name, families in WHAT_THEY_FIT.items()
        if description.startswith(name + " ") and category not in families
    ]
    assert wrong == []


def test_every_part_fits_products_of_one_family_it_is_made_for(demo_db):
    made_for = {name: set(categories) for _p, name, _u, _c, categories in demo.PART_KINDS}
    families = defaultdict(set)
    for number, description, category, brand in _fits(demo_db):
        name = description.rsplit(" ", 1)[0]
        assert category in made_for[name], f"{number} {description} listed for {category}"
        families[number].add((category, brand))
    assert all(len(family) == 1 for family in families.values())


def test_every_plan_is_next_due_after_it_was_last_done(demo_db):
    with demo_db.read() as s:
        plans = s.execute(
            select(
                MaintenancePlan.name,
                MaintenancePlan.start_on,
                MaintenancePlan.last_done_on,
                MaintenancePlan.due_on,
            )
        ).all()
    assert plans
    today = dt.date.today()
    for name, start, last, due in plans:
        assert last is not None and due is not None
        assert start <= last <= today, (name, start, last)
        assert due > last, f"{name}: next due {due} but last done {last}"
    # Some plans are overdue, as at any real centre; still done before they fell due.
    assert any(due < today for *_, due in plans)


def test_repair_order_steps_follow_one_another(demo_db):
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with demo_db.read() as s:
        orders = s.execute(
            select(
                RepairOrder.number,
                RepairOrder.created_at,
                RepairOrder.responded_at,
                RepairOrder.resolved_at,
                RepairOrder.delivered_at,
                RepairOrder.waiting_since,
            )
        ).all()
    assert orders

    def naive(moment):
        return None if moment is None else moment.replace(tzinfo=None)

    for number, *steps in orders:
        opened, responded, resolved, delivered, waiting = (naive(m) for m in steps)
        in_order = [m for m in (opened, responded, resolved, delivered) if m is not None]
        assert in_order == sorted(in_order), number
        assert in_order[-1] <= now + dt.timedelta(minutes=1), number
        assert waiting is None or opened <= waiting, number


def test_parts_issued_to_an_order_fit_the_product_in_for_repair(demo_db):
    with demo_db.read() as s:
        issued = s.execute(
            select(
                RepairOrder.number,
                RepairOrder.status,
                RepairOrder.created_at,
                StockMovement.created_at,
                StockMovement.part_id,
                RepairOrder.product_id,
            ).join(RepairOrder, RepairOrder.id == StockMovement.order_id)
        ).all()
        fitting = set(s.execute(select(PartCompatibility.part_id, PartCompatibility.product_id)))
        shelves = s.scalars(select(StockBalance.on_hand)).all()
    assert issued  # finished repairs used parts
    for number, status, opened, taken, part_id, product_id in issued:
        assert (part_id, product_id) in fitting, number
        assert status in demo.PARTS_USED, number
        assert opened.replace(tzinfo=None) <= taken.replace(tzinfo=None), number
    assert min(shelves) >= 0  # nothing issued that was not on the shelf
