"""The clerk registers units: serial, product, owner, purchase date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from fieldservice.services import customers, units
from ui.common.unitforms import UnitForm
from ui.units.screen import UnitsScreen


def test_a_serial_already_registered_is_refused_naming_its_owner(
    qtbot, db, janes_dishwasher, coffee_machine
):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "aqd-1001")
    form.product.set_product(coffee_machine.id)
    form.purchase_date.set_value(dt.date(2024, 6, 1))
    form.notes.setPlainText("Left at the desk by the courier")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.saved is None and form.isVisible()
    message = form.errors.message("serial")
    assert message is not None
    assert "AQD-1001 is already registered" in message
    assert "Jane Smith" in message  # who owns it
    assert form.serial.property("invalid") is True
    assert form.focusWidget() is form.serial
    assert form.open_existing.isVisible()
    # Nothing typed is lost.
    assert form.serial.text() == "aqd-1001"
    assert form.product.product_id() == coffee_machine.id
    assert form.purchase_date.value() == dt.date(2024, 6, 1)
    assert form.notes.toPlainText() == "Left at the desk by the courier"
    assert units.count_units(db) == 1

    with qtbot.waitSignal(form.openExistingRequested) as opened:
        form.open_existing.click()
    assert opened.args == [janes_dishwasher.id]


def test_an_empty_serial_is_asked_for(qtbot, db, dishwasher):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.product.set_product(dishwasher.id)
    assert form.save() is False
    assert form.errors.message("serial") == "Enter the serial number (scan the label or type it)."


def test_a_unit_needs_a_product(qtbot, db, dishwasher):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.serial.setText("AQD-2002")
    form.product.setEditText("a dishwasher of some kind")  # names no product
    assert form.save() is False
    assert form.errors.message("product") == "Choose the product this unit is."
    assert form.product.property("invalid") is True
    assert form.product.currentText() == "a dishwasher of some kind"


def test_a_purchase_date_in_the_future_is_refused(qtbot, db, dishwasher):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.serial.setText("AQD-2002")
    form.product.set_product(dishwasher.id)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    form.purchase_date.set_value(tomorrow)
    assert form.save() is False
    assert "is in the future" in (form.errors.message("purchase_date") or "")
    assert form.purchase_date.text() == form.purchase_date.text_of(tomorrow)  # kept


def test_typing_the_product_filters_the_catalogue(qtbot, db, dishwasher, coffee_machine):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.show()
    completer = form.product.completer()
    completer.setCompletionPrefix("espresso")
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("Brewmaster Espresso Machine CM450")


def test_a_unit_is_registered_to_an_owner_found_by_search(qtbot, db, dishwasher, jane):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "AQD-3003")
    form.product.set_product(dishwasher.id)
    qtbot.keyClicks(form.owner.field, "riverside")
    qtbot.keyClick(form.owner.field, Qt.Key.Key_Return)

    chooser = form.owner.dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.model.rowCount() == 1
    chooser.choose(jane.id)

    assert form.owner.customer_id == jane.id
    assert "Jane Smith" in form.owner.field.text()
    assert form.save() is True
    assert form.saved is not None and form.saved.customer_name == "Jane Smith"
    assert form.saved.purchase_date is None  # left as "Not known"


def test_an_owner_typed_but_not_chosen_is_pointed_out(qtbot, db, dishwasher, jane):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.serial.setText("AQD-3003")
    form.product.set_product(dishwasher.id)
    qtbot.keyClicks(form.owner.field, "Jane")
    assert form.save() is False
    assert "Choose the owner from the list" in (form.errors.message("customer") or "")


def test_a_product_can_be_added_from_the_unit_form(qtbot, db):
    form = UnitForm(db)
    qtbot.addWidget(form)
    assert form.product.count() == 0
    product_form = form.new_product()
    product_form.sku.setText("pol-rf600")
    product_form.name.setText("Polar Fridge Freezer RF600")
    assert product_form.save() is True
    assert form.product.product_id() == product_form.saved.id
    assert form.product.currentText() == "Polar Fridge Freezer RF600 (POL-RF600)"


def test_the_units_list_finds_by_owner_and_shows_the_unit(qtbot, db, janes_dishwasher, dishwasher):
    other = customers.create_customer(db, customers.CustomerDraft("Oliver Brown"))
    units.create_unit(db, units.UnitDraft("AQD-5005", dishwasher.id, other.id))
    view = UnitsScreen(db)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    assert view.model.rowCount() == 2

    view.search.set_search("jane")

    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "AQD-1001"
    assert view.model.index(0, 3).data() == "Jane Smith"
    assert view.model.index(0, 5).data() == "14 Mar 2025"
    view.table.selectRow(0)
    assert view.card.title.text() == "AQD-1001"
    assert view.card.owner_facts.values["phone"].text() == "0113 496 0123"
