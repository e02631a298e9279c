"""The desk scan field: whatever is scanned or typed opens the right record."""

from __future__ import annotations

from fieldservice.services import customers, lookup


def test_scanning_a_serial_opens_the_unit(db, janes_dishwasher):
    found = lookup.lookup(db, "aqd-1001")
    assert (found.kind, found.id) == ("unit", janes_dishwasher.id)


def test_a_customer_number_opens_the_customer(db, jane):
    found = lookup.lookup(db, jane.number.lower())
    assert (found.kind, found.id) == ("customer", jane.id)


def test_a_phone_shared_by_two_customers_offers_both(db, jane):
    john = customers.create_customer(db, customers.CustomerDraft("John Smith", phone=jane.phone))
    found = lookup.lookup(db, "+44 113 496 0123")
    assert found.kind == "customers"
    assert {m.id for m in found.matches} == {jane.id, john.id}


def test_a_name_opens_the_one_customer_it_matches(db, jane):
    found = lookup.lookup(db, "Smith")
    assert (found.kind, found.id) == ("customer", jane.id)


def test_nothing_found_says_so(db, jane):
    assert lookup.lookup(db, "QQ-404").kind == "none"
    assert not lookup.lookup(db, "   ").found


def test_other_areas_register_their_document_numbers(db, janes_dishwasher, monkeypatch):
    def find_order(db_, number):
        return lookup.LookupResult(number, "repair_order", janes_dishwasher.id, number)

    monkeypatch.setitem(lookup.DOCUMENT_FINDERS, "RO", find_order)
    found = lookup.lookup(db, "ld01-ro-000007")
    assert (found.kind, found.label) == ("repair_order", "LD01-RO-000007")


def test_a_scanned_part_label_opens_the_part(db):
    from fieldservice.services import stock

    part = stock.create_part(db, stock.PartDraft("FAN-120", "Fan motor"))
    found = lookup.lookup(db, "fan-120")
    assert (found.kind, found.id) == ("part", part.id)
