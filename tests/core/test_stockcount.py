"""Counting a store: differences shown before posting, nothing uncounted zeroed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.services import stock, stockcount
from fieldservice.services.stock import PartDraft


@pytest.fixture
def shelves(db):
    stock.create_location(db, "MAIN", "Main store")
    for number, bin_code in (("BELT-1", "A1"), ("FAN-120", "A3"), ("PUMP-7", "B2")):
        stock.create_part(db, PartDraft(number, f"Part {number}", default_bin=bin_code))
        stock.receive(db, number, 10, "MAIN")
    return db


def on_hand(db, part):
    return stock.on_hand(db, part).positions[0].on_hand


def test_a_count_lists_what_the_books_say_in_its_bin_range(shelves):
    sheet = stockcount.start_count(shelves, "MAIN", "A1", "A9")
    assert sheet.number == "LD01-SC-000001"
    assert [(line.part_number, line.bin, line.expected) for line in sheet.lines] == [
        ("BELT-1", "A1", 10),
        ("FAN-120", "A3", 10),
    ]
    assert len(sheet.not_counted) == 2


def test_differences_are_shown_before_posting_and_posted_as_count_movements(shelves):
    sheet = stockcount.start_count(shelves, "MAIN")
    stockcount.record_count(shelves, sheet.id, "belt-1", 8)
    stockcount.record_count(shelves, sheet.id, "FAN-120", 10)
    stockcount.record_count(shelves, sheet.id, "FAN-120", "11")  # recounted: replaces
    before = stockcount.count_sheet(shelves, sheet.id)
    assert {(d.part_number, d.difference) for d in before.differences} == {
        ("BELT-1", Decimal(-2)),
        ("FAN-120", Decimal(1)),
    }
    assert on_hand(shelves, "BELT-1") == 10  # nothing booked yet

    posted = stockcount.post_count(shelves, sheet.id)
    assert posted.status == "posted"
    assert (on_hand(shelves, "BELT-1"), on_hand(shelves, "FAN-120")) == (8, 11)
    last = stock.movements(shelves, "BELT-1")[0]
    assert (last.kind, last.quantity, last.reference) == ("count", -2, sheet.number)


def test_a_part_that_was_not_counted_is_never_zeroed(shelves):
    sheet = stockcount.start_count(shelves, "MAIN")
    stockcount.record_count(shelves, sheet.id, "BELT-1", 10)
    posted = stockcount.post_count(shelves, sheet.id)
    assert [line.part_number for line in posted.not_counted] == ["FAN-120", "PUMP-7"]
    assert on_hand(shelves, "PUMP-7") == 10


def test_stock_that_moves_during_the_count_is_not_lost(shelves):
    sheet = stockcount.start_count(shelves, "MAIN")
    stockcount.record_count(shelves, sheet.id, "PUMP-7", 10)
    stock.receive(shelves, "PUMP-7", 5, "MAIN")  # delivery booked after the shelf was counted
    stockcount.post_count(shelves, sheet.id)
    # The count says 10 are there now; the books follow the count.
    assert on_hand(shelves, "PUMP-7") == 10


def test_a_scanned_part_missing_from_the_sheet_is_added(shelves):
    stock.create_part(shelves, PartDraft("SEAL-9", "Door seal", default_bin="A2"))
    sheet = stockcount.start_count(shelves, "MAIN", "A1", "A9")
    found = stockcount.record_count(shelves, sheet.id, "SEAL-9", 3)
    assert (found.expected, found.difference) == (0, 3)
    with pytest.raises(InvalidInput, match="outside this count"):
        stockcount.record_count(shelves, sheet.id, "PUMP-7", 1)
    stockcount.post_count(shelves, sheet.id)
    assert on_hand(shelves, "SEAL-9") == 3


def test_a_posted_count_cannot_be_changed(shelves):
    sheet = stockcount.start_count(shelves, "MAIN")
    stockcount.post_count(shelves, sheet.id)
    with pytest.raises(InvalidInput, match="already posted"):
        stockcount.record_count(shelves, sheet.id, "BELT-1", 1)
    with pytest.raises(InvalidInput, match="already posted"):
        stockcount.post_count(shelves, sheet.id)


def test_counting_bins_e1_to_e5_leaves_out_e11_e17_and_e20(db):
    stock.create_location(db, "MAIN", "Main store")
    bins = ("E1", "E2", "E5", "E10", "E11", "E17", "E18", "E20")
    for bin_code in bins:
        stock.create_part(
            db, PartDraft(f"P-{bin_code}", f"Part in {bin_code}", default_bin=bin_code)
        )
        stock.receive(db, f"P-{bin_code}", 3, "MAIN")
    sheet = stockcount.start_count(db, "MAIN", "E1", "E5")
    assert [line.bin for line in sheet.lines] == ["E1", "E2", "E5"]
    with pytest.raises(InvalidInput, match="outside this count"):
        stockcount.record_count(db, sheet.id, "P-E11", 3)

    whole = stockcount.start_count(db, "MAIN", "E2", "E17")
    assert [line.bin for line in whole.lines] == ["E2", "E5", "E10", "E11", "E17"]


def test_a_range_from_e10_to_e2_is_refused_as_back_to_front(shelves):
    with pytest.raises(InvalidInput, match="first bin comes after the last"):
        stockcount.start_count(shelves, "MAIN", "E10", "E2")
