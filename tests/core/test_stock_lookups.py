"""What the Parts & stock screen asks of the ledger besides posting: how long a
part's history is, which movements undo which, what a bin holds, which counts
are still open."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from fieldservice.errors import InvalidInput, NotFound
from fieldservice.services import stock, stockcount
from fieldservice.services.stock import PartDraft

ORDER = uuid.uuid4()


@pytest.fixture
def store(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "VAN-1", "Van 1", "van")
    stock.create_part(db, PartDraft("FAN-120", "Condenser fan motor", default_bin="A3"))
    stock.create_part(db, PartDraft("SEAL-9", "Door seal", default_bin="A3"))
    stock.create_part(db, PartDraft("PUMP-2", "Drain pump", default_bin="B1"))
    return db


def test_the_history_length_counts_every_movement_of_the_part(store):
    assert stock.count_movements(store, "FAN-120") == 0
    stock.receive(store, "FAN-120", 5, "MAIN")
    stock.transfer(store, "FAN-120", 2, "MAIN", "VAN-1")
    stock.receive(store, "SEAL-9", 1, "MAIN")
    assert stock.count_movements(store, "fan-120") == 3
    assert len(stock.movements(store, "FAN-120")) == 3


def test_a_reversal_and_its_original_point_at_each_other(store):
    receipt = stock.receive(store, "FAN-120", 5, "MAIN")
    other = stock.receive(store, "FAN-120", 1, "MAIN")
    (reversal,) = stock.reverse(store, receipt.id, "Booked twice")
    links = stock.reversal_links(store, [receipt.id, reversal.id, other.id])
    assert links[receipt.id].id == reversal.id
    assert links[reversal.id].id == receipt.id
    assert links[reversal.id].kind == "receipt"
    assert other.id not in links
    assert stock.reversal_links(store, []) == {}


def test_a_bins_parts_are_those_stocked_there_and_those_it_is_the_default_of(store):
    stock.receive(store, "PUMP-2", 2, "MAIN", bin="A3")
    stock.receive(store, "FAN-120", 3, "MAIN")
    found = stock.parts_in_bin(store, "main", "a3")
    assert [(c.part_number, c.on_hand) for c in found] == [
        ("FAN-120", Decimal(3)),
        ("PUMP-2", Decimal(2)),
        ("SEAL-9", Decimal(0)),
    ]
    assert {c.bin for c in found} == {"A3"} and {c.location for c in found} == {"MAIN"}
    with pytest.raises(InvalidInput) as refused:
        stock.parts_in_bin(store, "MAIN", " ")
    assert refused.value.field == "bin"


def test_open_counts_are_listed_until_posted_or_cancelled(store):
    stock.receive(store, "FAN-120", 3, "MAIN")
    stock.receive(store, "SEAL-9", 2, "MAIN")
    first = stockcount.start_count(store, "MAIN")
    second = stockcount.start_count(store, "MAIN", "B1", "B9")
    stockcount.record_count(store, first.id, "FAN-120", 3)
    listed = stockcount.open_counts(store)
    assert [c.number for c in listed] == [second.number, first.number]
    assert (listed[1].lines, listed[1].counted, listed[1].location) == (2, 1, "MAIN")
    assert listed[1].started_at.tzinfo is not None
    stockcount.post_count(store, first.id)
    stockcount.cancel_count(store, second.id)
    assert stockcount.open_counts(store) == []


def test_labels_for_chosen_parts_and_for_a_bin_are_pdf_bytes(store):
    import pypdfium2 as pdfium

    pdf = stock.part_labels_pdf(store, ["seal-9", "FAN-120"], "57x32")
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 2
    assert "SEAL-9" in document[0].get_textpage().get_text_range()
    stock.receive(store, "PUMP-2", 1, "MAIN", bin="A3")
    sheet = pdfium.PdfDocument(stock.bin_labels_pdf(store, "MAIN", "A3", "a4"))
    text = sheet[0].get_textpage().get_text_range()
    assert len(sheet) == 1
    assert all(n in text for n in ("FAN-120", "SEAL-9", "PUMP-2"))


def test_labels_are_refused_for_an_empty_bin_an_unknown_part_or_format(store):
    with pytest.raises(InvalidInput) as empty:
        stock.bin_labels_pdf(store, "MAIN", "Z9")
    assert empty.value.field == "bin" and "Z9" in empty.value.message
    with pytest.raises(NotFound):
        stock.part_labels_pdf(store, ["FAN-120", "NOPE"])
    with pytest.raises(InvalidInput) as nothing:
        stock.part_labels_pdf(store, [])
    assert nothing.value.field == "parts"
    with pytest.raises(InvalidInput) as wrong:
        stock.part_labels_pdf(store, ["FAN-120"], "label62")
    assert wrong.value.field == "format"
