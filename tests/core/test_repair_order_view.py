"""What the order view reads: labour, parts by part number, the unit's history
with its faults, and the printed documents as bytes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldservice.services import repairs, stock
from fieldservice.services.repairs import IntakeDraft


@pytest.fixture
def order(db, janes_warranty):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump", default_bin="C2"))
    stock.create_part(db, stock.PartDraft("SEAL-2", "Door seal"))
    stock.receive(db, "PUMP-7", 5, "MAIN", unit_cost="30")
    opened = repairs.open_order(
        db, IntakeDraft(janes_warranty.unit_id, "Does not drain", technician="Sam Okafor")
    )
    repairs.move(db, opened.id, "diagnosing")
    return repairs.move(db, opened.id, "in_repair")


def test_labour_lines_are_listed_with_their_amounts(db, order):
    repairs.log_labour(db, order.id, 45, "Pump swap", hourly_rate="60")
    repairs.log_labour(db, order.id, 20, "Test cycle")
    lines = repairs.labour_lines(db, order.id)
    assert [(line.minutes, line.description, line.technician) for line in lines] == [
        (45, "Pump swap", "Sam Okafor"),
        (20, "Test cycle", "Sam Okafor"),
    ]
    assert lines[0].amount == Decimal("45.00") and lines[1].amount == 0


def test_parts_of_an_order_say_what_is_requested_issued_returned_and_held(db, order):
    repairs.request_part(db, order.id, "PUMP-7", 3, "MAIN")
    repairs.request_part(db, order.id, "SEAL-2", 1, "MAIN")
    repairs.issue_part(db, order.id, "PUMP-7", 2, "MAIN")
    repairs.return_part(db, order.id, "PUMP-7", 1, "MAIN")
    repairs.return_part(db, order.id, "PUMP-7", 1, "QUAR", faulty=True)
    pump, seal = repairs.order_parts(db, order.id)
    assert (pump.part_number, pump.description) == ("PUMP-7", "Drain pump")
    assert (pump.requested, pump.issued, pump.returned, pump.faulty_returned) == (3, 2, 1, 1)
    assert pump.held == 1 and pump.waiting == 1
    assert (seal.requested, seal.issued, seal.held, seal.waiting) == (1, 0, 0, 1)


def test_the_units_history_carries_each_orders_fault(db, order):
    (row,) = repairs.orders_of_unit(db, order.unit_id)
    assert (row.number, row.fault_reported) == (order.number, "Does not drain")


def test_the_work_order_and_receipt_come_as_pdf_bytes(db, order):
    for format in ("a4", "a5", "label62", "label57x32"):
        assert repairs.work_order_pdf(db, order.id, format).startswith(b"%PDF")
    assert repairs.intake_receipt_pdf(db, order.id).startswith(b"%PDF")
    with pytest.raises(ValueError):
        repairs.work_order_pdf(db, order.id, "a3")
