"""The part card, a page of its movement history, the registration card and the
order view's stock locations each come from one view service call: one trip
into the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fieldservice.services import repairs, stock, warranty
from fieldservice.services.coverage import CoverageStatus
from tests.core.test_views import trips


@pytest.fixture
def fan(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    part = stock.create_part(
        db, stock.PartDraft("FAN-120", "Condenser fan motor 120 mm", default_bin="A3")
    )
    stock.receive(db, "FAN-120", 10, "MAIN", unit_cost="12.50")
    stock.transfer(db, "FAN-120", 2, "MAIN", "QUAR", to_bin="Q1", reason="Dented")
    return part


def test_a_part_card_is_read_in_one_trip_with_its_stock_and_quarantine(db, fan):
    with trips(db) as taken:
        view = stock.part_view(db, fan.id)

    assert len(taken) == 1
    assert view.stock.part.part_number == "FAN-120"
    assert view.stock.average_cost == Decimal("12.50")
    assert view.stock.bins == (("MAIN", "A3", Decimal(8)), ("QUAR", "Q1", Decimal(2)))
    assert [(p.location, p.on_hand) for p in view.stock.positions] == [("MAIN", Decimal(8))]
    assert view.quarantine == {"QUAR"}


def test_the_old_way_to_the_same_part_card_took_three_trips(db, fan):
    with trips(db) as taken:
        number = stock.get_part(db, fan.id).part_number
        stock.on_hand(db, number)
        stock.list_locations(db)

    assert len(taken) == 3


def test_a_page_of_a_parts_history_is_one_trip_with_each_reversal_linked(db, fan):
    receipt = stock.receive(db, "FAN-120", 1, "MAIN")
    (reversal,) = stock.reverse(db, receipt.id, "Booked twice")

    with trips(db) as taken:
        page = stock.part_history_page(db, "FAN-120", 0, 100)

    assert len(taken) == 1
    assert [r.movement.kind for r in page] == [
        "reversal",
        "receipt",
        "transfer_in",
        "transfer_out",
        "receipt",
    ]
    assert page[0].linked is not None and page[0].linked.id == receipt.id
    assert page[1].id == receipt.id and page[1].reversed
    assert page[1].linked is not None and page[1].linked.id == reversal.id
    assert all(r.linked is None and not r.reversed for r in page[2:])
    assert [r.id for r in stock.part_history_page(db, "FAN-120", 1, 2)] == [r.id for r in page[1:3]]


def test_a_registration_card_is_read_in_one_trip_with_its_history(db, janes_warranty, jane):
    warranty.extend(db, janes_warranty.id, 12, "Goodwill after a late repair")

    with trips(db) as taken:
        view = warranty.registration_view(db, janes_warranty.id)

    assert len(taken) == 1
    assert view.record.id == janes_warranty.id
    assert view.record.customer_id == jane.id
    assert view.record.extension_months == 12
    assert [line.kind for line in view.history] == ["registered", "extended"]
    assert view.today == dt.date.today()
    assert view.status is view.record.status_on(dt.date.today())
    assert view.status is not CoverageStatus.NOT_REGISTERED


def test_an_order_view_brings_the_stock_locations_in_the_same_trip(db, fan, janes_dishwasher):
    order = repairs.open_order(db, repairs.IntakeDraft(janes_dishwasher.id, "Does not drain"))

    with trips(db) as taken:
        details = repairs.order_view(db, order.id)

    assert len(taken) == 1
    assert [(loc.code, loc.kind) for loc in details.locations] == [
        ("MAIN", "store"),
        ("QUAR", "quarantine"),
    ]
