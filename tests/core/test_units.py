"""Units: registering a serialised product and finding it again by scan."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import AlreadyExists, InvalidInput
from fieldservice.services import units
from fieldservice.services.units import UnitDraft


def test_a_scanned_serial_finds_the_unit_whatever_the_case_or_spaces(db, janes_dishwasher):
    found = units.find_by_serial(db, "  aqd-1001\n")
    assert found is not None and found.id == janes_dishwasher.id
    assert found.customer_name == "Jane Smith"
    assert found.product_sku == "AQU-DW600"


def test_an_empty_serial_is_refused(db, dishwasher):
    with pytest.raises(InvalidInput, match="Enter the serial number") as refused:
        units.create_unit(db, UnitDraft("  ", dishwasher.id))
    assert refused.value.field == "serial"


def test_a_serial_registered_already_is_refused_naming_the_owner(db, dishwasher, janes_dishwasher):
    with pytest.raises(AlreadyExists) as refused:
        units.create_unit(db, UnitDraft("aqd-1001", dishwasher.id))
    assert refused.value.field == "serial"
    assert "Jane Smith" in refused.value.message
    assert "Aqualine Dishwasher DW600" in refused.value.message
    assert refused.value.existing_id == janes_dishwasher.id


def test_a_purchase_date_in_the_future_is_refused(db, dishwasher):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="in the future") as refused:
        units.create_unit(db, UnitDraft("X1", dishwasher.id, purchase_date=tomorrow))
    assert refused.value.field == "purchase_date"


@pytest.mark.parametrize("bought", [dt.date(1, 1, 1), dt.date(1969, 12, 31)])
def test_a_purchase_date_before_1970_is_refused_as_a_typing_mistake(db, dishwasher, bought):
    with pytest.raises(InvalidInput, match="before 1970") as refused:
        units.create_unit(db, UnitDraft("X1", dishwasher.id, purchase_date=bought))
    assert refused.value.field == "purchase_date"
    assert units.count_units(db) == 0


def test_a_unit_bought_on_the_first_day_of_1970_or_today_is_accepted(db, dishwasher):
    units.create_unit(db, UnitDraft("X1", dishwasher.id, purchase_date=dt.date(1970, 1, 1)))
    units.create_unit(db, UnitDraft("X2", dishwasher.id, purchase_date=dt.date.today()))
    assert units.count_units(db) == 2


def test_unit_notes_with_a_control_character_are_refused(db, dishwasher):
    with pytest.raises(InvalidInput, match="control character") as refused:
        units.create_unit(db, UnitDraft("X1", dishwasher.id, notes="Scratched\x00 lid"))
    assert refused.value.field == "notes"


def test_a_serial_with_a_control_character_is_refused(db, dishwasher):
    with pytest.raises(InvalidInput, match="control character") as refused:
        units.create_unit(db, UnitDraft("X1\x00", dishwasher.id))
    assert refused.value.field == "serial"


def test_a_unit_needs_a_product(db):
    with pytest.raises(InvalidInput, match="Choose the product") as refused:
        units.create_unit(db, UnitDraft("X1", None))
    assert refused.value.field == "product"


def test_every_problem_of_a_unit_is_told_at_once(db):
    future = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(InvalidInput) as refused:
        units.create_unit(db, UnitDraft("", None, purchase_date=future))
    assert [p.field for p in refused.value.problems] == ["serial", "product", "purchase_date"]
    assert "in the future" in refused.value.problems[-1].message


def test_changing_the_owner_keeps_the_serial(db, dishwasher, janes_dishwasher):
    from fieldservice.services import customers

    bob = customers.create_customer(db, customers.CustomerDraft("Bob Ray"))
    moved = units.update_unit(db, janes_dishwasher.id, UnitDraft("AQD-1001", dishwasher.id, bob.id))
    assert moved.customer_name == "Bob Ray"
    assert [u.id for u in units.units_of_customer(db, bob.id)] == [janes_dishwasher.id]


def test_the_units_list_is_searched_by_serial_prefix_owner_or_product(
    db, dishwasher, jane, janes_dishwasher
):
    units.create_unit(db, UnitDraft("ZZ-2", dishwasher.id))
    assert [u.serial for u in units.list_units(db, "aqd")] == ["AQD-1001"]
    assert [u.serial for u in units.list_units(db, "smith")] == ["AQD-1001"]
    assert {u.serial for u in units.list_units(db, "DW600")} == {"AQD-1001", "ZZ-2"}
    assert units.count_units(db, "") == 2
    assert [u.serial for u in units.list_units(db, "", limit=1)] == ["ZZ-2"]  # newest first
