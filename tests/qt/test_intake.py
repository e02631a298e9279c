"""Intake at the desk: scan the unit, say what is wrong, open the order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fieldservice.services import customers, repairs, warranty
from ui.repairs.intake import IntakeDialog


@pytest.fixture
def intake(qtbot, db):
    dialog = IntakeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot, field, text):
    """A USB scanner types the characters, then Enter."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_scanning_a_serial_and_ctrl_enter_opens_an_order_covered_by_the_warranty(
    qtbot, db, janes_warranty, intake
):
    assert intake.focusWidget() is intake.serial
    scan(qtbot, intake.serial, "aqd-1001")

    assert intake.isVisible() and intake.saved is None  # Enter finds, never saves
    assert intake.serial.text() == "AQD-1001"
    panel = intake.unit_panel
    assert panel.title.text() == "Aqualine Dishwasher DW600 · AQD-1001"
    assert panel.owner.text() == "Owner: Jane Smith · 0113 496 0123"
    assert panel.badge.text() == "Covered · in warranty"
    assert panel.summary.text().startswith("In warranty until 14 Mar 2027")
    assert janes_warranty.number in panel.summary.text()
    assert intake.focusWidget() is intake.fault  # on to what the customer says
    assert intake.refuse.isEnabled()

    qtbot.keyClicks(intake.fault, "Does not drain")
    intake.accessories.setText("Power cord")
    with qtbot.waitSignal(intake.orderOpened) as opened:
        qtbot.keyClick(intake.fault, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    order = opened.args[0]
    assert order.number == "LD01-RO-000001"
    assert (order.coverage, order.chargeable) == ("in_warranty", False)
    assert order.fault_reported == "Does not drain"
    assert order.accessories == "Power cord"
    assert order.received_by == db.user
    assert intake.done_page.isVisible() and not intake.form_page.isVisible()
    assert intake.done_title.text() == "Order LD01-RO-000001 is open"
    assert intake.done_badge.text() == "Covered · in warranty"
    assert repairs.count_orders(db) == 1
    # A second Ctrl+Enter does not open the order twice.
    qtbot.keyClick(intake.done_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repairs.count_orders(db) == 1


def test_an_empty_fault_is_refused_next_to_the_fault_with_everything_else_kept(
    qtbot, db, janes_warranty, intake
):
    scan(qtbot, intake.serial, "AQD-1001")
    intake.channel.setCurrentIndex(intake.channel.findData("phone"))
    intake.priority.setCurrentIndex(intake.priority.findData("high"))
    intake.accessories.setText("Power cord, basket")
    intake.condition.setText("Dent on the left side")
    intake.technician.setEditText("Sam Okafor")

    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)

    assert intake.saved is None and intake.isVisible()
    assert intake.errors.message("fault_reported") == "Enter the fault as reported."
    assert intake.fault.property("invalid") is True
    assert intake.focusWidget() is intake.fault
    assert not intake.banner.isVisible()
    assert intake.serial.text() == "AQD-1001"
    assert intake.unit_panel.isVisible()
    assert intake.channel.currentData() == "phone"
    assert intake.priority.currentData() == "high"
    assert intake.accessories.text() == "Power cord, basket"
    assert intake.condition.text() == "Dent on the left side"
    assert intake.technician.currentText() == "Sam Okafor"
    assert repairs.count_orders(db) == 0

    qtbot.keyClicks(intake.fault, "Leaks")
    assert intake.errors.message("fault_reported") is None  # gone once the fault is typed
    assert intake.save() is True
    order = intake.saved
    assert (order.channel, order.priority, order.technician) == ("phone", "high", "Sam Okafor")


def test_the_form_is_walked_with_tab_in_reading_order(qtbot, db, janes_warranty, intake):
    expected = [
        intake.service_type,
        intake.channel,
        intake.priority,
        intake.fault,
        intake.accessories,
        intake.condition,
        intake.technician,
        intake.refuse,
    ]
    scan(qtbot, intake.serial, "AQD-1001")
    intake.serial.setFocus()
    for widget in expected:
        qtbot.keyClick(intake.focusWidget(), Qt.Key.Key_Tab)
        assert intake.focusWidget() is widget


def test_enter_in_a_one_line_field_moves_on_and_never_saves(qtbot, db, janes_warranty, intake):
    scan(qtbot, intake.serial, "AQD-1001")
    intake.accessories.setFocus()
    qtbot.keyClicks(intake.accessories, "Power cord")
    qtbot.keyClick(intake.accessories, Qt.Key.Key_Return)
    assert intake.focusWidget() is intake.condition
    assert intake.saved is None


def test_refusing_warranty_records_the_reason_from_the_policy(qtbot, db, janes_warranty, intake):
    scan(qtbot, intake.serial, "AQD-1001")
    qtbot.keyClicks(intake.fault, "Does not start")
    intake.refuse.setChecked(True)
    assert intake.refusal.isVisible()
    reasons = [intake.refuse_reason.itemText(i) for i in range(intake.refuse_reason.count())]
    assert reasons == list(warranty.get_policy(db, janes_warranty.product_id).void_conditions)
    intake.refuse_reason.setCurrentText("Liquid damage")
    intake.refuse_note.setText("Coffee inside the control panel")

    assert intake.save() is True
    assert intake.saved.coverage == "void" and intake.saved.chargeable
    assert intake.done_badge.text() == "Chargeable · warranty void"
    voided = warranty.find_by_serial(db, "AQD-1001")
    assert (voided.void_reason, voided.void_note) == (
        "Liquid damage",
        "Coffee inside the control panel",
    )


def test_a_unit_without_registration_is_chargeable_and_cannot_have_warranty_refused(
    qtbot, db, janes_dishwasher, intake
):
    scan(qtbot, intake.serial, "AQD-1001")
    assert intake.unit_panel.badge.text() == "Chargeable · not registered"
    assert not intake.refuse.isEnabled()
    assert "no warranty registration" in intake.refuse.toolTip()


def test_an_unknown_serial_is_registered_from_the_intake(qtbot, db, dishwasher, jane, intake):
    scan(qtbot, intake.serial, "AQD-7007")
    panel = intake.unit_panel
    assert panel.title.text() == "No unit has the serial “AQD-7007”."
    assert panel.create_row.isVisible()
    qtbot.keyClicks(intake.fault, "Noisy pump")
    # Ctrl+Enter now says what is missing, beside the serial.
    assert intake.save() is False
    assert "No unit has this serial" in intake.errors.message("unit")

    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    form = intake.form_dialog
    assert form.serial.text() == "AQD-7007"
    form.product.set_product(dishwasher.id)
    form.owner.set_customer(jane)
    form.purchase_date.set_value(dt.date(2026, 1, 5))
    assert form.save() is True

    assert panel.title.text() == "Aqualine Dishwasher DW600 · AQD-7007"
    assert panel.owner.text().startswith("Owner: Jane Smith")
    assert intake.fault.toPlainText() == "Noisy pump"  # nothing typed is lost
    assert intake.save() is True
    assert intake.saved.serial == "AQD-7007" and intake.saved.customer_name == "Jane Smith"


def test_a_new_customer_and_unit_from_the_intake(qtbot, db, dishwasher, intake):
    scan(qtbot, intake.serial, "AQD-8008")
    qtbot.mouseClick(intake.unit_panel.new_owner_button, Qt.MouseButton.LeftButton)
    customer_form = intake.form_dialog
    customer_form.name.setText("Oliver Brown")
    customer_form.phone.setText("0113 496 0999")
    assert customer_form.save() is True
    unit_form = intake.form_dialog
    assert unit_form is not customer_form
    assert unit_form.owner.customer_id == customers.find_by_phone(db, "0113 496 0999")[0].id
    assert unit_form.serial.text() == "AQD-8008"
    unit_form.product.set_product(dishwasher.id)
    assert unit_form.save() is True
    assert intake.found is not None and intake.found.unit.customer_name == "Oliver Brown"


def test_a_unit_with_an_open_order_is_pointed_out(qtbot, db, janes_warranty, intake):
    first = repairs.open_order(db, repairs.IntakeDraft(janes_warranty.unit_id, "Leaks"))
    scan(qtbot, intake.serial, "AQD-1001")
    assert intake.unit_panel.open_orders.isVisible()
    assert f"{first.number} (received)" in intake.unit_panel.open_orders.text()


def test_after_saving_the_receipt_and_work_order_are_offered(qtbot, db, janes_warranty, intake):
    scan(qtbot, intake.serial, "AQD-1001")
    qtbot.keyClicks(intake.fault, "Does not drain")
    assert intake.save() is True
    qtbot.mouseClick(intake.print_buttons["receipt"], Qt.MouseButton.LeftButton)
    receipt = intake.preview_dialog
    assert receipt is not None and receipt.isVisible()
    assert receipt.filename == "LD01-RO-000001-intake-receipt.pdf"
    assert receipt.document.pageCount() == 1
    receipt.close()
    qtbot.mouseClick(intake.print_buttons["label62"], Qt.MouseButton.LeftButton)
    label = intake.preview_dialog
    assert label is not receipt and label.filename == "LD01-RO-000001-label-62mm.pdf"
    label.close()
    qtbot.mouseClick(intake.done_button, Qt.MouseButton.LeftButton)
    assert not intake.isVisible()


def test_intake_started_for_a_unit_shows_it_at_once(qtbot, db, janes_warranty):
    dialog = IntakeDialog(db, unit_id=janes_warranty.unit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.serial.text() == "AQD-1001"
    assert dialog.unit_panel.badge.text() == "Covered · in warranty"


def test_a_scan_while_the_focus_is_on_a_list_lands_in_the_serial_field(
    qtbot, db, janes_warranty, intake
):
    from PySide6.QtWidgets import QApplication

    intake.activateWindow()
    intake.priority.setFocus()
    assert QApplication.focusWidget() is intake.priority
    before = intake.priority.currentData()
    qtbot.keyClicks(intake.priority, "AQD-1001")
    qtbot.keyClick(intake.priority, Qt.Key.Key_Return)

    assert intake.serial.text() == "AQD-1001"
    assert intake.unit_panel.badge.text() == "Covered · in warranty"
    assert intake.priority.currentData() == before  # the list never saw the keys
