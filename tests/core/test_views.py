"""The desk's cards come from one view service call: one trip into the database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import event

from fieldservice.db import Database
from fieldservice.services import customers, desk, lookup, repairs, units, warranty
from fieldservice.services.coverage import CoverageStatus
from tests.conftest import query_plan, statements_sent


@contextlib.contextmanager
def trips(db: Database) -> Iterator[list[object]]:
    """Count the connections taken from the pool meanwhile: each session, and
    each plain connection, is one trip into the database."""
    taken: list[object] = []

    def checkout(dbapi_connection, record, proxy) -> None:
        taken.append(record)

    event.listen(db.engine.pool, "checkout", checkout)
    try:
        yield taken
    finally:
        event.remove(db.engine.pool, "checkout", checkout)


def test_a_desk_scan_of_a_serial_is_one_trip_and_brings_the_whole_card(
    db, janes_dishwasher, jane, janes_warranty
):
    order = repairs.open_order(db, repairs.IntakeDraft(janes_dishwasher.id, "Does not drain"))

    with trips(db) as taken:
        answer = desk.scan(db, " aqd-1001 ")

    assert len(taken) == 1
    assert (answer.found.kind, answer.found.id) == ("unit", janes_dishwasher.id)
    view = answer.unit
    assert view is not None and answer.customer is None
    assert view.unit.serial == "AQD-1001"
    assert view.owner is not None and view.owner.id == jane.id
    assert view.coverage is not None
    assert view.coverage.registration_id == janes_warranty.id
    assert view.coverage.status is not CoverageStatus.NOT_REGISTERED
    assert [o.id for o in view.orders] == [order.id]


def test_the_old_way_to_the_same_card_took_five_trips(db, janes_dishwasher, janes_warranty):
    with trips(db) as taken:
        found = lookup.lookup(db, "AQD-1001")
        assert found.id is not None
        unit = units.get_unit(db, found.id)
        assert unit.customer_id is not None
        customers.get_customer(db, unit.customer_id)
        warranty.coverage(db, unit.serial)
        repairs.orders_of_unit(db, unit.id)

    assert len(taken) == 5


def test_a_unit_card_is_read_in_one_trip(db, janes_dishwasher, jane):
    with trips(db) as taken:
        view = desk.unit_view(db, janes_dishwasher.id)

    assert len(taken) == 1
    assert view.owner is not None and view.owner.id == jane.id
    assert view.coverage is not None
    assert view.coverage.status is CoverageStatus.NOT_REGISTERED
    assert view.orders == ()


def test_a_customer_card_is_read_in_one_trip_with_units_and_the_possible_duplicate(
    db, janes_dishwasher, jane
):
    john = customers.create_customer(db, customers.CustomerDraft("John Smith", phone=jane.phone))

    with trips(db) as taken:
        view = desk.customer_view(db, john.id)

    assert len(taken) == 1
    assert view.customer.id == john.id
    assert view.units == []
    assert view.duplicate_of is not None and view.duplicate_of.id == jane.id
    assert [u.id for u in desk.customer_view(db, jane.id).units] == [janes_dishwasher.id]


def test_a_scan_that_names_a_customer_brings_their_card(db, janes_dishwasher, jane):
    answer = desk.scan(db, jane.number)

    assert (answer.found.kind, answer.found.id) == ("customer", jane.id)
    assert answer.unit is None and answer.customer is not None
    assert [u.id for u in answer.customer.units] == [janes_dishwasher.id]


def test_a_scan_that_names_nothing_brings_no_card(db, jane):
    answer = desk.scan(db, "nobody-here-by-that-name")

    assert answer.found.kind == "none"
    assert answer.unit is None and answer.customer is None


def test_the_order_view_is_one_trip_with_the_stock_locations_in_it(db, janes_dishwasher):
    order = repairs.open_order(db, repairs.IntakeDraft(janes_dishwasher.id, "Does not drain"))

    with trips(db) as taken:
        details = repairs.order_view(db, order.id)

    assert len(taken) == 1
    assert details.order.id == order.id
    assert [t.code for t in details.targets] == ["urgent", "high", "normal", "low"]
    assert details.history and details.history[0][2] == "received"


def test_the_desk_cards_and_the_orders_count_read_by_their_own_index(
    db, janes_dishwasher, jane, janes_warranty
):
    """A new centre's database has no planner statistics: SQLite then took
    ``deleted = 0`` for a selective condition and read every order through the
    (deleted, id) index, 4 s a scan at 1,000,000 orders."""
    repairs.open_order(
        db, repairs.IntakeDraft(janes_dishwasher.id, "Does not drain", technician="Sam Okafor")
    )
    with statements_sent(db.engine) as sent:
        desk.unit_view(db, janes_dishwasher.id)
        desk.customer_view(db, jane.id)
        customers.units_owned(db, jane.id)
        repairs.count_orders(db, repairs.OrderFilter(technician="Sam Okafor"))
        repairs.count_orders(db, repairs.OrderFilter(status="diagnosing"))
    steps = [
        step
        for statement, parameters in sent
        if statement.lstrip().upper().startswith(("SELECT", "WITH"))
        for step in query_plan(db, statement, parameters)
    ]

    # (A look-up by id may read that index: "deleted=? AND id=?" is one row.)
    assert steps
    assert not [step for step in steps if "(deleted=?)" in step], steps
