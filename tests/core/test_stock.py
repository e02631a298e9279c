"""The parts clerk's day: receiving, issuing, returning, moving and counting stock."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from fieldservice.errors import AlreadyExists, InvalidInput, PartOutOfStock
from fieldservice.services import stock
from fieldservice.services.stock import PartDraft

ORDER = uuid.uuid4()


@pytest.fixture
def store(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "VAN-JS", "John's van", "van", technician="John Smith")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    stock.create_part(
        db,
        PartDraft(
            "FAN-120",
            "Condenser fan motor 120 mm",
            supplier="Polar Parts Ltd",
            lead_time_days=5,
            pack_size=4,
            default_bin="A3",
        ),
    )
    stock.create_part(db, PartDraft("HOSE-M", "Drain hose (per metre)", unit="m"))
    return db


def on_hand(db, part, location=None):
    positions = stock.on_hand(db, part).positions
    return sum((p.on_hand for p in positions if location in (None, p.location)), Decimal(0))


def test_a_delivery_is_received_into_the_default_bin(store):
    movement = stock.receive(store, "fan-120", 10, "MAIN", unit_cost="12.50", supplier_ref="DN-881")
    assert (movement.kind, movement.bin, movement.quantity) == ("receipt", "A3", Decimal(10))
    assert on_hand(store, "FAN-120") == 10
    assert stock.on_hand(store, "FAN-120").bins == (("MAIN", "A3", Decimal(10)),)


def test_the_average_cost_moves_on_each_receipt(store):
    stock.receive(store, "FAN-120", 10, "MAIN", unit_cost="10")
    stock.receive(store, "FAN-120", 30, "MAIN", unit_cost="14")
    assert stock.on_hand(store, "FAN-120").average_cost == Decimal("13")
    stock.issue_part_to_order(store, "FAN-120", 40, "MAIN", order_id=ORDER, order_number="RO-1")
    stock.receive(store, "FAN-120", 5, "MAIN", unit_cost="20")  # nothing left: the new cost
    assert stock.on_hand(store, "FAN-120").average_cost == Decimal("20")


def test_quantities_in_metres_stay_exact(store):
    for length in ("0.1", "0.2", "2.7"):
        stock.receive(store, "HOSE-M", length, "MAIN")
    assert on_hand(store, "HOSE-M") == Decimal("3")
    with pytest.raises(InvalidInput, match="at most 3 decimals"):
        stock.receive(store, "HOSE-M", "0.0001", "MAIN")


def test_issuing_more_than_on_hand_is_refused_saying_what_is_where(store):
    stock.receive(store, "FAN-120", 2, "MAIN")
    stock.receive(store, "FAN-120", 5, "VAN-JS", bin="")
    with pytest.raises(PartOutOfStock) as refused:
        stock.issue_part_to_order(store, "FAN-120", 3, "MAIN", order_id=ORDER, order_number="RO-1")
    assert refused.value.message == "Only 2 × FAN-120 left in MAIN; also 5 in VAN-JS."
    assert refused.value.available == 2
    assert on_hand(store, "FAN-120") == 7  # nothing moved


def test_a_manager_may_override_and_it_is_recorded(store):
    stock.receive(store, "FAN-120", 1, "MAIN")
    with pytest.raises(InvalidInput, match="Say why"):
        stock.issue_part_to_order(
            store, "FAN-120", 2, "MAIN", order_id=ORDER, order_number="RO-1", override_by="Mo"
        )
    issued = stock.issue_part_to_order(
        store,
        "FAN-120",
        2,
        "MAIN",
        order_id=ORDER,
        order_number="RO-1",
        override_by="Mo Patel",
        reason="Delivery on the van, booked in tomorrow",
    )
    assert sum(m.quantity for m in issued) == -2
    assert all(m.override_by == "Mo Patel" for m in issued)
    assert on_hand(store, "FAN-120") == -1


def test_an_issue_takes_from_the_default_bin_first_then_others(store):
    stock.receive(store, "FAN-120", 2, "MAIN", bin="B9")
    stock.receive(store, "FAN-120", 1, "MAIN")  # A3, the default bin
    issued = stock.issue_part_to_order(
        store, "FAN-120", 3, "MAIN", order_id=ORDER, order_number="RO-1"
    )
    assert [(m.bin, m.quantity) for m in issued] == [("A3", -1), ("B9", -2)]


def test_unused_parts_come_back_but_never_more_than_were_issued(store):
    stock.receive(store, "FAN-120", 4, "MAIN")
    stock.issue_part_to_order(store, "FAN-120", 3, "MAIN", order_id=ORDER, order_number="RO-1")
    stock.return_part_from_order(store, "FAN-120", 2, "MAIN", order_id=ORDER, order_number="RO-1")
    assert on_hand(store, "FAN-120") == 3
    with pytest.raises(InvalidInput, match="1 × FAN-120 issued and not returned"):
        stock.return_part_from_order(
            store, "FAN-120", 2, "MAIN", order_id=ORDER, order_number="RO-1"
        )


def test_a_faulty_part_goes_to_quarantine_and_is_not_available(store):
    stock.receive(store, "FAN-120", 1, "MAIN")
    stock.issue_part_to_order(store, "FAN-120", 1, "MAIN", order_id=ORDER, order_number="RO-1")
    back = stock.return_part_from_order(
        store,
        "FAN-120",
        1,
        "MAIN",
        order_id=ORDER,
        order_number="RO-1",
        faulty=True,
        reason="Bearing seized after 3 weeks",
    )
    assert (back.kind, back.location) == ("faulty", "QUAR")
    assert on_hand(store, "FAN-120") == 0  # quarantine is not stock to use
    assert ("QUAR", "", Decimal(1)) in stock.on_hand(store, "FAN-120").bins


def test_a_transfer_is_two_movements_sharing_a_transfer_id(store):
    stock.receive(store, "FAN-120", 5, "MAIN")
    out, into = stock.transfer(store, "FAN-120", 2, "MAIN", "VAN-JS", to_bin="")
    assert (out.kind, out.quantity, into.kind, into.quantity) == (
        "transfer_out",
        -2,
        "transfer_in",
        2,
    )
    assert out.transfer_id == into.transfer_id is not None
    assert (on_hand(store, "FAN-120", "MAIN"), on_hand(store, "FAN-120", "VAN-JS")) == (3, 2)
    with pytest.raises(PartOutOfStock):
        stock.transfer(store, "FAN-120", 9, "MAIN", "VAN-JS")


def test_an_adjustment_needs_a_reason(store):
    stock.receive(store, "FAN-120", 5, "MAIN")
    with pytest.raises(InvalidInput, match="reason"):
        stock.adjust(store, "FAN-120", "-1", "MAIN", reason=" ")
    moved = stock.adjust(store, "FAN-120", "-1", "MAIN", reason="Dropped, housing cracked")
    assert moved.quantity == -1 and moved.kind == "adjustment"
    assert on_hand(store, "FAN-120") == 4


def test_a_mistake_is_undone_by_a_reversing_movement_never_by_editing(store):
    wrong = stock.receive(store, "FAN-120", 50, "MAIN", unit_cost="9")
    (undo,) = stock.reverse(store, wrong.id, "Typed 50 instead of 5")
    assert (undo.kind, undo.quantity, undo.reverses_id) == ("reversal", -50, wrong.id)
    assert on_hand(store, "FAN-120") == 0
    history = stock.movements(store, "FAN-120")
    assert [m.kind for m in history] == ["reversal", "receipt"]
    with pytest.raises(InvalidInput, match="already been reversed"):
        stock.reverse(store, wrong.id, "again")


def test_reversing_one_half_of_a_transfer_reverses_both(store):
    stock.receive(store, "FAN-120", 5, "MAIN")
    out, _into = stock.transfer(store, "FAN-120", 2, "MAIN", "VAN-JS", to_bin="")
    assert len(stock.reverse(store, out.id, "Wrong van")) == 2
    assert (on_hand(store, "FAN-120", "MAIN"), on_hand(store, "FAN-120", "VAN-JS")) == (5, 0)


def test_the_catalogue_refuses_a_second_part_with_the_same_number(store):
    with pytest.raises(AlreadyExists, match="Condenser fan motor"):
        stock.create_part(store, PartDraft(" fan-120 ", "Another fan"))


def test_substitutes_and_compatible_products_are_kept(store, dishwasher):
    stock.create_part(store, PartDraft("FAN-120B", "Fan motor, later model"))
    part = stock.get_part(store, "FAN-120")
    updated = stock.update_part(
        store,
        part.id,
        PartDraft(
            **{
                **part.draft().__dict__,
                "substitutes": ("fan-120b",),
                "compatible_skus": ("AQU-DW600",),
            }
        ),
    )
    assert updated.substitutes == ("FAN-120B",)
    assert [p.part_number for p in stock.parts_for_product(store, dishwasher.id)] == ["FAN-120"]
    with pytest.raises(InvalidInput, match="Unknown product code"):
        stock.update_part(
            store, part.id, PartDraft(**{**part.draft().__dict__, "compatible_skus": ("X",)})
        )


# -- reordering ---------------------------------------------------------------------


def test_the_to_order_list_counts_stock_on_order_and_requested_by_open_orders(store):
    stock.set_reorder_rule(store, "FAN-120", "MAIN", 4, max_quantity=12)
    stock.receive(store, "FAN-120", 6, "MAIN")
    assert stock.to_order(store) == []  # 6 available, above 4

    stock.request_part(
        store, order_id=ORDER, order_number="RO-1", part="FAN-120", qty=3, location="MAIN"
    )
    (line,) = stock.to_order(store)
    assert (line.on_hand, line.requested, line.on_order, line.available) == (6, 3, 0, 3)
    # Up to the maximum of 12: 9 more, in packs of 4 -> 12.
    assert line.suggested == 12

    stock.order_from_supplier(store, "FAN-120", 8, "MAIN", supplier_ref="PO-PP-17")
    assert stock.to_order(store) == []  # 3 + 8 on order = 11 available


def test_issuing_a_requested_part_closes_the_demand(store):
    stock.set_reorder_rule(store, "FAN-120", "MAIN", 1, reorder_quantity=4)
    stock.receive(store, "FAN-120", 3, "MAIN")
    stock.request_part(
        store, order_id=ORDER, order_number="RO-1", part="FAN-120", qty=2, location="MAIN"
    )
    assert stock.to_order(store)[0].available == 1
    stock.issue_part_to_order(store, "FAN-120", 2, "MAIN", order_id=ORDER, order_number="RO-1")
    assert stock.open_requests(store, ORDER) == []
    (line,) = stock.to_order(store)  # on hand 1, nothing requested: still at the point
    assert (line.on_hand, line.requested, line.suggested) == (1, 0, 4)


def test_receiving_against_a_supplier_order_reduces_what_is_on_order(store):
    number = stock.order_from_supplier(store, "FAN-120", 8, "MAIN")
    assert number == "LD01-PO-000001"
    stock.receive(store, "FAN-120", 5, "MAIN", supplier_order=number)
    (position,) = stock.on_hand(store, "FAN-120").positions
    assert (position.on_hand, position.on_order, position.available) == (5, 3, 8)
    stock.receive(store, "FAN-120", 3, "MAIN", supplier_order=number)
    assert stock.on_hand(store, "FAN-120").positions[0].on_order == 0


@pytest.mark.parametrize(
    ("available", "point", "top", "step", "pack", "expected"),
    [
        (5, 4, 12, None, 1, 0),  # above the point: nothing
        (4, 4, 12, None, 1, 8),  # at the point: up to the maximum
        (-2, 4, 12, None, 1, 14),  # owed to orders: more
        (3, 4, 12, None, 4, 12),  # 9 rounded up to packs of 4
        (0, 2, None, 5, 1, 5),  # no maximum: the reorder quantity
        (0, 10, None, 5, 1, 11),  # ... or enough to get back above the point
        (0, 2, None, 5, 6, 6),  # ... in whole packs
    ],
)
def test_the_suggested_quantity(available, point, top, step, pack, expected):
    d = lambda v: None if v is None else Decimal(v)  # noqa: E731
    assert stock.suggest_quantity(d(available), d(point), d(top), d(step), d(pack)) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("1e9", "write it with digits only"),
        ("1E3", "write it with digits only"),
        ("1000000.001", "too large a quantity"),
        ("99999999999999999999999", "too large a quantity"),
    ],
)
def test_a_quantity_no_stock_room_holds_is_refused_before_it_is_booked(store, typed, words):
    with pytest.raises(InvalidInput, match=words) as refused:
        stock.receive(store, "FAN-120", typed, "MAIN")
    assert refused.value.field == "quantity"
    assert stock.count_movements(store, "FAN-120") == 0


def test_the_largest_movement_allowed_is_a_million(store):
    assert stock.receive(store, "HOSE-M", "1000000", "MAIN").quantity == 1_000_000


def test_a_unit_cost_beyond_any_part_is_refused(store):
    with pytest.raises(InvalidInput, match="too large an amount") as refused:
        stock.receive(store, "FAN-120", 1, "MAIN", unit_cost="99999999999999999999999")
    assert refused.value.field == "unit_cost"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (PartDraft("FAN-9", "Fan\x00motor"), "description"),
        (PartDraft("FAN-9", "Fan motor", supplier="Polar\x1bParts"), "supplier"),
        (PartDraft("FAN\x7f-9", "Fan motor"), "part_number"),
        (PartDraft("FAN-9", "Fan motor", notes="Fits\x0cmost"), "notes"),
    ],
)
def test_a_part_with_a_control_character_in_its_text_is_refused(store, draft, field):
    with pytest.raises(InvalidInput, match="control character") as refused:
        stock.create_part(store, draft)
    assert refused.value.field == field


def test_every_problem_of_a_part_is_told_at_once(store):
    draft = PartDraft(" ", " ", standard_cost="abc", lead_time_days=-1, pack_size="0")
    with pytest.raises(InvalidInput) as refused:
        stock.create_part(store, draft)
    fields = [p.field for p in refused.value.problems]
    assert fields == ["part_number", "description", "standard_cost", "lead_time", "pack_size"]


def test_a_parts_notes_keep_their_lines(store):
    part = stock.create_part(
        store, PartDraft("FAN-9", "Fan motor", notes="Fits DW600\r\nNot DW500")
    )
    assert part.notes == "Fits DW600\nNot DW500"


def test_a_movement_reason_with_a_control_character_is_refused(store):
    with pytest.raises(InvalidInput, match="control character") as refused:
        stock.adjust(store, "FAN-120", "+1", "MAIN", reason="Found\x00 in bin")
    assert refused.value.field == "reason"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Enter a quantity."),
        ("  ", "Enter a quantity."),
        ("abc", "“abc” is not a quantity: type a whole number such as 2"),
    ],
)
def test_a_missing_or_mistyped_quantity_says_what_to_type(store, typed, said):
    with pytest.raises(InvalidInput) as refused:
        stock.receive(store, "FAN-120", typed, "MAIN")
    assert (refused.value.message, refused.value.field) == (said, "quantity")


@pytest.fixture
def suppliers(store):
    stock.create_part(
        store,
        PartDraft(
            "BELT-1",
            "Drive belt",
            supplier="Polar Parts Ltd",
            supplier_part_number="PP-BLT-01",
            lead_time_days=12,
            standard_cost="4.50",
        ),
    )
    stock.create_part(
        store, PartDraft("PUMP-7", "Drain pump", supplier="Nordic Pumps AB", lead_time_days=3)
    )
    for part in ("FAN-120", "BELT-1", "PUMP-7"):
        stock.set_reorder_rule(store, part, "MAIN", 2, max_quantity=10)
    return store


def test_the_lines_to_order_from_one_supplier_go_on_one_purchase_order(suppliers):
    lines = stock.to_order(suppliers)
    orders = stock.place_purchase_orders(
        suppliers, [stock.OrderLine(x.part_number, x.suggested, x.location) for x in lines]
    )
    by_supplier = {o.supplier: o for o in orders}
    assert sorted(by_supplier) == ["Nordic Pumps AB", "Polar Parts Ltd"]
    polar = by_supplier["Polar Parts Ltd"]
    assert [(x.part_number, x.quantity) for x in polar.lines] == [("BELT-1", 10), ("FAN-120", 12)]
    assert len({o.number for o in orders}) == 2
    assert stock.purchase_order(suppliers, polar.number).lines == polar.lines
    # Expected after the longest lead time of the supplier's parts (12 days, not 5).
    assert polar.expected_on == dt.date.today() + dt.timedelta(days=12)
    assert by_supplier["Nordic Pumps AB"].expected_on == dt.date.today() + dt.timedelta(days=3)
    assert stock.to_order(suppliers) == []  # all on order now

    # A delivery of one line is booked against that line of the order.
    stock.receive(suppliers, "BELT-1", 10, "MAIN", supplier_order=polar.number)
    assert stock.on_hand(suppliers, "BELT-1").positions[0].on_order == 0
    assert stock.on_hand(suppliers, "FAN-120").positions[0].on_order == 12


def test_the_expected_date_of_a_purchase_order_can_be_changed(suppliers):
    later = dt.date.today() + dt.timedelta(days=30)
    (order,) = stock.place_purchase_orders(
        suppliers,
        [stock.OrderLine("FAN-120", 4, "MAIN"), stock.OrderLine("BELT-1", 2, "MAIN")],
        expected_on={"Polar Parts Ltd": later},
    )
    assert order.expected_on == later
    with pytest.raises(InvalidInput) as refused:
        stock.place_purchase_orders(
            suppliers,
            [stock.OrderLine("FAN-120", 4, "MAIN")],
            expected_on=dt.date.today() - dt.timedelta(days=1),
        )
    assert refused.value.field == "expected_on"


def test_no_purchase_order_is_placed_when_one_line_is_refused(suppliers):
    with pytest.raises(InvalidInput, match="Line 2 \\(PUMP-7\\)"):
        stock.place_purchase_orders(
            suppliers,
            [stock.OrderLine("FAN-120", 4, "MAIN"), stock.OrderLine("PUMP-7", "", "MAIN")],
        )
    assert len(stock.to_order(suppliers)) == 3


def test_the_printed_purchase_order_lists_every_line_of_the_supplier_and_the_date(suppliers):
    import pypdfium2 as pdfium

    from fieldservice.printing.layout import format_date

    (order,) = stock.place_purchase_orders(
        suppliers,
        [stock.OrderLine("FAN-120", 12, "MAIN"), stock.OrderLine("BELT-1", 10, "MAIN")],
        supplier_ref="Q-2291",
    )
    pdf = pdfium.PdfDocument(stock.purchase_order_pdf(suppliers, order.number))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    for words in (
        order.number,
        "Polar Parts Ltd",
        "FAN-120",
        "Condenser fan motor 120 mm",
        "BELT-1",
        "PP-BLT-01",
        "Drive belt",
        "Q-2291",
        format_date(dt.date.today() + dt.timedelta(days=12)),
    ):
        assert words in text
    assert "PUMP-7" not in text  # another supplier's part
