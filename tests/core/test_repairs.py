"""A technician's day: intake, the lifecycle move by move, parts, targets, history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from fieldservice.errors import InvalidInput
from fieldservice.models import RepairOrder
from fieldservice.services import lookup, repairs, stock, warranty
from fieldservice.services.repairs import MOVES, OPEN_STATUSES, STATUSES, IntakeDraft


@pytest.fixture
def bench_unit(db, janes_warranty):
    """Jane's dishwasher, in warranty, at the desk."""
    return janes_warranty.unit_id


@pytest.fixture
def parts_store(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump", default_bin="C2"))
    stock.receive(db, "PUMP-7", 5, "MAIN", unit_cost="30")
    return db


def open_order(db, unit_id, fault="Does not drain, water left in the bottom", **kw):
    return repairs.open_order(db, IntakeDraft(unit_id, fault, **kw))


def walk(db, order, *statuses, reason=""):
    for status in statuses:
        order = repairs.move(db, order.id, status, reason)
    return order


def set_work_done(db, order):
    return repairs.update_work(db, order.id, work_done="Replaced drain pump, tested 2 cycles")


# -- intake -------------------------------------------------------------------------


def test_intake_decides_coverage_from_the_warranty_and_keeps_it(db, bench_unit, janes_warranty):
    order = open_order(db, bench_unit, accessories="Power cord", condition="Dent on left side")
    assert order.number == "LD01-RO-000001"
    assert (order.status, order.coverage) == ("received", "in_warranty")
    assert order.coverage_note.startswith("In warranty until 14 Mar 2027")
    assert not order.chargeable
    assert order.warranty_registration_id == janes_warranty.id
    assert order.customer_name == "Jane Smith"


def test_a_technician_refusing_warranty_at_intake_voids_it_with_the_reason(db, bench_unit):
    order = open_order(
        db,
        bench_unit,
        refuse_warranty_reason="Liquid damage",
        refuse_warranty_note="Coffee inside the control panel",
    )
    assert order.coverage == "void" and order.chargeable
    assert order.coverage_note == "Warranty void: Liquid damage."
    assert warranty.coverage(db, "AQD-1001").void_reason == "Liquid damage"


def test_intake_refuses_an_empty_fault_and_unknown_choices(db, bench_unit):
    with pytest.raises(InvalidInput, match="fault as reported") as refused:
        open_order(db, bench_unit, fault="  ")
    assert refused.value.field == "fault_reported"
    with pytest.raises(InvalidInput, match="priority"):
        open_order(db, bench_unit, priority="whenever")
    with pytest.raises(InvalidInput, match="channel"):
        open_order(db, bench_unit, channel="pigeon")


def test_scanning_the_order_number_opens_the_order(db, bench_unit):
    order = open_order(db, bench_unit)
    found = lookup.lookup(db, order.number.lower())
    assert (found.kind, found.id) == ("repair_order", order.id)


# -- the lifecycle, move by move ---------------------------------------------------------

ALL_MOVES = [(a, b) for a in STATUSES for b in STATUSES if a != b]


def _order_in(db, unit_id, status):
    """An order brought to *status* through allowed moves."""
    order = open_order(db, unit_id)
    repairs.update_work(db, order.id, quote_amount="95")
    path = {
        "received": [],
        "diagnosing": ["diagnosing"],
        "waiting_parts": ["diagnosing", "waiting_parts"],
        "waiting_approval": ["diagnosing", "waiting_approval"],
        "in_repair": ["diagnosing", "in_repair"],
        "quality_check": ["diagnosing", "in_repair", "quality_check"],
        "ready": ["diagnosing", "in_repair", "quality_check", "ready"],
        "delivered": ["diagnosing", "in_repair", "quality_check", "ready", "delivered"],
        "cancelled": ["cancelled"],
    }[status]
    if "ready" in path:
        set_work_done(db, order)
    return walk(db, order, *path, reason="test")


@pytest.mark.parametrize(("from_status", "to_status"), ALL_MOVES)
def test_every_move_is_allowed_or_refused_as_the_lifecycle_says(
    db, bench_unit, from_status, to_status
):
    order = _order_in(db, bench_unit, from_status)
    if to_status == "ready" and order.is_open:
        set_work_done(db, order)
    if to_status in MOVES[from_status]:
        moved = repairs.move(db, order.id, to_status, "because")
        assert moved.status == to_status
        assert moved.is_open == (to_status in OPEN_STATUSES)
    else:
        with pytest.raises(InvalidInput) as refused:
            repairs.move(db, order.id, to_status, "because")
        assert refused.value.field == "status"
        assert repairs.get_order(db, order.id).status == from_status


def test_the_lifecycle_allows_cancelling_from_every_open_status_only():
    assert all("cancelled" in MOVES[s] for s in OPEN_STATUSES)
    assert MOVES["delivered"] == () and MOVES["cancelled"] == ()


def test_every_move_is_kept_with_who_and_why(db, bench_unit):
    order = _order_in(db, bench_unit, "waiting_parts")
    moves = repairs.history(db, order.id)
    assert [(m[1], m[2]) for m in moves] == [
        ("", "received"),
        ("received", "diagnosing"),
        ("diagnosing", "waiting_parts"),
    ]
    assert all(m[3] == db.user for m in moves)


def test_cancelling_needs_a_reason(db, bench_unit):
    order = open_order(db, bench_unit)
    with pytest.raises(InvalidInput, match="Say why") as refused:
        repairs.move(db, order.id, "cancelled")
    assert refused.value.field == "reason"
    cancelled = repairs.move(db, order.id, "cancelled", "Customer took it back unrepaired")
    assert (cancelled.status, cancelled.cancel_reason) == (
        "cancelled",
        "Customer took it back unrepaired",
    )


def test_asking_for_approval_needs_a_quote_and_approval_is_recorded(db, bench_unit):
    order = walk(db, open_order(db, bench_unit), "diagnosing")
    with pytest.raises(InvalidInput, match="quote") as refused:
        repairs.move(db, order.id, "waiting_approval")
    assert refused.value.field == "quote"
    repairs.update_work(db, order.id, quote_amount="120.50")
    order = walk(db, order, "waiting_approval", "in_repair")
    assert order.quote_amount == Decimal("120.5") and order.quote_approved_at is not None


def test_a_declined_quote_sends_the_unit_back_unrepaired_with_the_reason(db, bench_unit):
    order = walk(db, open_order(db, bench_unit), "diagnosing")
    repairs.update_work(db, order.id, quote_amount="300")
    order = walk(db, order, "waiting_approval")
    with pytest.raises(InvalidInput, match="unrepaired"):
        repairs.move(db, order.id, "ready")
    assert repairs.move(db, order.id, "ready", "Declined: too expensive").status == "ready"


def test_ready_needs_a_note_of_what_was_done(db, bench_unit):
    order = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair", "quality_check")
    with pytest.raises(InvalidInput, match="Write what was done") as refused:
        repairs.move(db, order.id, "ready")
    assert refused.value.field == "work_done"


# -- parts ----------------------------------------------------------------------------------


def test_an_order_cannot_pass_quality_check_with_requested_parts_not_issued(
    db, bench_unit, parts_store
):
    order = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair")
    repairs.request_part(db, order.id, "PUMP-7", 3, "MAIN")
    with pytest.raises(InvalidInput) as refused:
        repairs.move(db, order.id, "quality_check")
    assert refused.value.message == (
        "1 part requested for this order is not yet issued (3 × PUMP-7)."
    )
    repairs.issue_part(db, order.id, "PUMP-7", 3, "MAIN")
    assert repairs.move(db, order.id, "quality_check").status == "quality_check"


def test_cancelling_with_parts_still_issued_is_refused_until_they_are_returned(
    db, bench_unit, parts_store
):
    order = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair")
    repairs.issue_part(db, order.id, "PUMP-7", 2, "MAIN")
    with pytest.raises(InvalidInput, match=r"not returned \(2 × PUMP-7\)"):
        repairs.move(db, order.id, "cancelled", "Customer withdrew")
    repairs.return_part(db, order.id, "PUMP-7", 2, "MAIN")
    assert repairs.move(db, order.id, "cancelled", "Customer withdrew").status == "cancelled"
    assert stock.on_hand(db, "PUMP-7").on_hand == 5


def test_charges_split_between_the_warranty_and_the_customer(db, bench_unit, parts_store):
    covered = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair")
    repairs.issue_part(db, covered.id, "PUMP-7", 1, "MAIN")
    repairs.log_labour(db, covered.id, 45, "Pump swap", hourly_rate="60")
    money = repairs.charges(db, covered.id)
    assert (money.parts, money.labour, money.covered, money.chargeable) == (30, 45, 75, 0)

    warranty.void(db, warranty.find_by_serial(db, "AQD-1001").id, "Physical damage")
    paid = walk(db, open_order(db, bench_unit, fault="Door hinge broken"), "diagnosing")
    repairs.log_labour(db, paid.id, 30, hourly_rate="60")
    assert repairs.charges(db, paid.id).chargeable == 30


def test_parts_received_without_a_cost_are_charged_at_the_catalogue_standard_cost(
    db, bench_unit, parts_store
):
    stock.create_part(db, stock.PartDraft("FAN-120", "Fan motor", standard_cost="12.50"))
    stock.receive(db, "FAN-120", 4, "MAIN")  # the delivery note had no prices
    warranty.void(db, warranty.find_by_serial(db, "AQD-1001").id, "Physical damage")
    order = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair")
    repairs.issue_part(db, order.id, "FAN-120", 2, "MAIN")
    assert repairs.charges(db, order.id).parts == Decimal("25.00")
    repairs.return_part(db, order.id, "FAN-120", 1, "MAIN")
    assert repairs.charges(db, order.id).chargeable == Decimal("12.50")


def test_the_average_cost_is_charged_when_a_cost_was_received(db, bench_unit, parts_store):
    stock.create_part(db, stock.PartDraft("FAN-120", "Fan motor", standard_cost="12.50"))
    stock.receive(db, "FAN-120", 4, "MAIN", unit_cost="11")
    order = walk(db, open_order(db, bench_unit), "diagnosing", "in_repair")
    repairs.issue_part(db, order.id, "FAN-120", 1, "MAIN")
    assert repairs.charges(db, order.id).parts == Decimal("11.00")


# -- repeat repairs ---------------------------------------------------------------------------


def test_a_unit_back_within_30_days_is_linked_as_a_repeat_repair(db, bench_unit):
    first = _order_in(db, bench_unit, "delivered")
    again = open_order(db, bench_unit, fault="Still not draining")
    assert again.rework_of_id == first.id


def test_a_unit_back_after_30_days_is_a_new_job(db, bench_unit):
    first = _order_in(db, bench_unit, "delivered")
    with db.write() as s:
        s.execute(
            update(RepairOrder)
            .where(RepairOrder.id == first.id)
            .values(delivered_at=first.delivered_at - dt.timedelta(days=31))
        )
    assert open_order(db, bench_unit).rework_of_id is None


def test_reopening_a_delivered_order_makes_a_linked_rework_order(db, bench_unit):
    first = _order_in(db, bench_unit, "delivered")
    with pytest.raises(InvalidInput, match="open a rework order"):
        repairs.move(db, first.id, "in_repair")
    rework = repairs.reopen_as_rework(db, first.id, "Leaking again after the repair")
    assert rework.rework_of_id == first.id and rework.status == "received"
    assert repairs.get_order(db, first.id).status == "delivered"  # history untouched


# -- targets ------------------------------------------------------------------------------------


def test_due_times_come_from_the_priority_targets(db, bench_unit):
    repairs.set_target(db, "urgent", 1, 8)
    order = open_order(db, bench_unit, priority="urgent")
    assert order.response_due - order.opened_at == dt.timedelta(hours=1)
    assert order.resolution_due - order.opened_at == dt.timedelta(hours=8)
    with pytest.raises(InvalidInput):
        repairs.set_target(db, "urgent", 10, 8)


def test_waiting_for_the_customer_does_not_count_against_the_centre(db, bench_unit):
    order = walk(db, open_order(db, bench_unit), "diagnosing")
    repairs.update_work(db, order.id, quote_amount="80")
    order = walk(db, order, "waiting_approval")
    assert order.time_left() is None  # the clock is stopped
    two_days_ago = order.waiting_since - dt.timedelta(days=2)
    with db.write() as s:
        s.execute(
            update(RepairOrder).where(RepairOrder.id == order.id).values(waiting_since=two_days_ago)
        )
    approved = repairs.move(db, order.id, "in_repair")
    moved_by = approved.resolution_due - order.resolution_due
    assert dt.timedelta(days=2) <= moved_by < dt.timedelta(days=2, minutes=1)


def test_overdue_orders_stand_out_in_the_list(db, bench_unit):
    late = open_order(db, bench_unit)
    on_time = open_order(db, bench_unit)
    with db.write() as s:
        s.execute(
            update(RepairOrder)
            .where(RepairOrder.id == late.id)
            .values(resolution_due=late.opened_at - dt.timedelta(hours=1))
        )
    rows = repairs.list_orders(db, repairs.OrderFilter(overdue=True))
    assert [r.id for r in rows] == [late.id]
    assert rows[0].overdue()
    assert repairs.count_orders(db, repairs.OrderFilter(overdue=True)) == 1
    assert not next(r for r in repairs.list_orders(db) if r.id == on_time.id).overdue()


def test_the_list_filters_by_status_technician_coverage_and_search(db, bench_unit):
    mine = open_order(db, bench_unit, technician="Sam Okafor")
    open_order(db, bench_unit)
    count = lambda **f: repairs.count_orders(db, repairs.OrderFilter(**f))  # noqa: E731
    assert count(technician="Sam Okafor") == 1
    assert count(status="open") == 2 and count(status="delivered") == 0
    assert count(coverage="in_warranty") == 2
    assert count(search="smith") == 2 and count(search="AQD") == 2
    assert count(search=mine.number) == 1
    assert repairs.technicians(db) == ["Sam Okafor"]


def test_the_technician_filter_names_each_technician_once_in_order(db, bench_unit):
    for name in ("Sam Okafor", "Mei Chen", "", "Sam Okafor", "Li Wei", "Mei Chen"):
        open_order(db, bench_unit, technician=name)
    assert repairs.technicians(db) == ["Li Wei", "Mei Chen", "Sam Okafor"]


# -- knowledge from history -------------------------------------------------------------------


def test_past_repairs_of_the_same_product_with_a_similar_fault_are_shown(
    db, bench_unit, dishwasher
):
    from fieldservice.services import units

    other_unit = units.create_unit(db, units.UnitDraft("AQD-2002", dishwasher.id))
    fixed = walk(
        db,
        open_order(db, other_unit.id, fault="Water not draining, pump humming"),
        "diagnosing",
        "in_repair",
    )
    repairs.update_work(
        db,
        fixed.id,
        diagnosis="Pump impeller blocked by glass",
        work_done="Cleared impeller, replaced pump filter",
    )
    open_order(db, other_unit.id, fault="Door seal torn")  # same product, other fault
    current = open_order(db, bench_unit, fault="Not draining at end of cycle")
    found = repairs.similar_repairs(db, current.id)
    assert [r.number for r in found] == [fixed.number]
    assert found[0].work_done == "Cleared impeller, replaced pump filter"


def test_a_quote_can_be_withdrawn_but_not_while_the_customer_decides(db, bench_unit):
    order = walk(db, open_order(db, bench_unit), "diagnosing")
    assert repairs.update_work(db, order.id, quote_amount="95").quote_amount == 95
    assert repairs.update_work(db, order.id, quote_amount="").quote_amount is None
    repairs.update_work(db, order.id, quote_amount="120")
    walk(db, order, "waiting_approval")
    with pytest.raises(InvalidInput, match="deciding") as refused:
        repairs.update_work(db, order.id, quote_amount="")
    assert refused.value.field == "quote"
    assert repairs.get_order(db, order.id).quote_amount == 120
