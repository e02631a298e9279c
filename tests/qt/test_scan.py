"""The technician at the desk scans a tag or types what the customer says."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fieldservice.services import customers, units
from ui.common.scan import ScannerInput
from ui.desk.screen import DeskScreen


def scan_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# Characters a keyboard-wedge scanner types with Shift held (a US keyboard layout).
SHIFTED_SYMBOLS = set('~!@#$%^&*()_+{}|:"<>?')


def scanner_types(qtbot, widget: QWidget, text: str) -> None:
    """Type *text* then Enter as a keyboard-wedge scanner does, with no pause between keys.

    For a capital (or a shifted symbol) the scanner presses Shift, then the key,
    which carries the Shift modifier and the capital as its text, then lets Shift go.
    """
    for ch in text:
        if ch.isupper() or ch in SHIFTED_SYMBOLS:
            qtbot.keyClick(widget, ch, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(widget, ch)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


LEADING_CAPITALS = "CLA34996700003376"
WHAT_SCANNERS_READ = [
    pytest.param(LEADING_CAPITALS, id="serial-with-leading-capitals"),
    pytest.param("AQD-2025/0042", id="capitals-digits-dash-slash"),
    pytest.param("https://ho.example.com/s/LD01-RO-000123", id="url-from-a-qr-code"),
    pytest.param("CLA34996700003376-RO/2025-XY99", id="thirty-characters"),
]


def test_scanning_a_serial_opens_the_unit_on_the_desk(qtbot, window, janes_dishwasher):
    window.open_area("customers")
    scan_into(qtbot, window.scan_field, " aqd-1001 ")  # as typed: spaces, lower case

    assert window.current_area() == "desk"
    assert window.desk.scan.text() == "aqd-1001"
    assert window.desk.showing() == DeskScreen.UNIT
    card = window.desk.unit_card
    assert card.title.text() == "AQD-1001"
    assert card.unit_facts.values["product"].text() == "Aqualine Dishwasher DW600"
    assert "Jane Smith" in card.owner_facts.values["name"].text()
    assert card.owner_facts.values["phone"].text() == "0113 496 0123"
    assert card.owner_facts.values["email"].text() == "jane.smith@example.com"
    assert card.owner_facts.values["address"].text() == "12 Mill Lane, Leeds LS6 2AB"
    assert card.unit_facts.values["purchase_date"].text() == "14 Mar 2025"
    # No warranty registered and no repairs yet: said plainly.
    assert card.warranty.text().startswith("Serial AQD-1001 has no warranty registration")
    assert card.history.text() == "No repairs yet."


def test_the_desk_field_looks_up_too(qtbot, window, janes_dishwasher):
    assert window.current_area() == "desk"
    assert window.scan_target() is window.desk.scan
    assert not window.scan_field.isVisible()  # the Desk has its own, larger field
    scan_into(qtbot, window.desk.scan, "AQD-1001")
    assert window.desk.unit_card.title.text() == "AQD-1001"


def test_scanning_a_phone_two_customers_share_offers_a_choice(qtbot, window, jane):
    john = customers.create_customer(
        window.db, customers.CustomerDraft("John Smith", phone="+44 113 496 0123")
    )
    scan_into(qtbot, window.desk.scan, "0113 496 0123")

    dialog = window.pick_dialog
    assert dialog is not None and dialog.isVisible()
    listed = {dialog.model.row(i).name for i in range(dialog.model.rowCount())}
    assert listed == {"Jane Smith", "John Smith"}
    assert "2 customers match" in dialog.findChild(type(dialog.status), "dialogIntro").text()

    dialog.choose(john.id)

    assert not dialog.isVisible()
    assert window.desk.showing() == DeskScreen.CUSTOMER
    assert window.desk.customer_card.title.text() == "John Smith"


def test_one_customer_found_by_name_opens_at_once(qtbot, window, jane):
    scan_into(qtbot, window.desk.scan, "riverside bak")
    assert window.pick_dialog is None
    assert window.desk.showing() == DeskScreen.CUSTOMER
    assert window.desk.customer_card.title.text() == "Jane Smith"


def test_nothing_found_is_said_plainly(qtbot, window, janes_dishwasher):
    scan_into(qtbot, window.desk.scan, "ZZ-404")
    assert window.desk.showing() == DeskScreen.MESSAGE
    assert window.desk.message.title.text() == "Nothing found for “ZZ-404”"


def test_a_scanner_burst_outside_text_fields_goes_to_the_scan_field(
    qtbot, window, janes_dishwasher
):
    window.open_area("units")
    window.activateWindow()
    table = window.units.table
    table.setFocus()
    assert QApplication.focusWidget() is table
    selected_before = table.currentIndex()

    # A scanner types the whole label within milliseconds, then Enter.
    qtbot.keyClicks(table, "AQD-1001")
    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert window.current_area() == "desk"
    assert window.desk.scan.text() == "AQD-1001"
    assert window.desk.unit_card.title.text() == "AQD-1001"
    # The table never saw the keys (no type-ahead jump, no Enter to edit).
    assert table.currentIndex() == selected_before
    assert window.units.form is None


def test_f2_puts_the_cursor_in_the_scan_field(qtbot, window):
    window.open_area("customers")
    window.activateWindow()
    window.customers.table.setFocus()
    qtbot.keyClick(window.customers.table, Qt.Key.Key_F2)
    assert window.focusWidget() is window.scan_field


class KeyRecorder(QWidget):
    """A widget that takes keys (like a list does) and remembers them."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.typed: list[str] = []

    def keyPressEvent(self, event) -> None:
        self.typed.append(event.text() if event.text().isprintable() else f"<{event.key()}>")


def make_scanner_window(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    recorder = KeyRecorder()
    field = QLineEdit()
    layout.addWidget(recorder)
    layout.addWidget(field)
    qtbot.addWidget(window)
    scans: list[str] = []
    scanner = ScannerInput(window, scans.append)
    scanner.install()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    recorder.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is recorder)
    return window, recorder, field, scanner, scans


def test_a_burst_ending_with_enter_is_a_scan_and_reaches_no_one_else(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        assert QApplication.focusWidget() is recorder
        target = recorder
        qtbot.keyClicks(target, "SN12345")
        qtbot.keyClick(target, Qt.Key.Key_Return)
        assert scans == ["SN12345"]
        assert recorder.typed == []
    finally:
        scanner.remove()


def test_keys_typed_by_a_person_reach_the_widget_they_were_meant_for(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        target = recorder
        for ch in "ab":
            qtbot.keyClick(target, ch)
            qtbot.wait(120)  # people pause between keys
        qtbot.keyClick(target, Qt.Key.Key_Return)
        assert scans == []
        assert recorder.typed[:2] == ["a", "b"]
        assert recorder.typed[2] == f"<{int(Qt.Key.Key_Return.value)}>"
    finally:
        scanner.remove()


def test_inside_a_text_field_a_scan_is_typed_there(qtbot):
    _window, _recorder, field, scanner, scans = make_scanner_window(qtbot)
    try:
        field.setFocus()
        qtbot.keyClicks(field, "SN12345")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert scans == []
        assert field.text() == "SN12345"
    finally:
        scanner.remove()


def test_a_short_burst_is_not_a_scan(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        target = recorder
        qtbot.keyClicks(target, "ok")
        qtbot.keyClick(target, Qt.Key.Key_Return)
        assert scans == []
        assert recorder.typed[:2] == ["o", "k"]
    finally:
        scanner.remove()


def test_the_filter_ignores_other_events(qtbot):
    _window, recorder, _field, scanner, _scans = make_scanner_window(qtbot)
    try:
        assert scanner.eventFilter(recorder, QEvent(QEvent.Type.FocusIn)) is False
    finally:
        scanner.remove()


# -- scanners type capitals with Shift -----------------------------------------------------


@pytest.fixture
def unit_with_leading_capitals(db, dishwasher, jane):
    return units.create_unit(
        db, units.UnitDraft(LEADING_CAPITALS, dishwasher.id, jane.id, dt.date(2025, 3, 14))
    )


def looked_up(window) -> list[str]:
    queries: list[str] = []
    window.lookupFinished.connect(lambda result: queries.append(result.query))
    return queries


def focus_on_the_units_table(window) -> QWidget:
    window.open_area("units")
    window.activateWindow()
    table = window.units.table
    table.setFocus()
    assert QApplication.focusWidget() is table
    return table


def test_a_scanner_serial_with_leading_capitals_arrives_whole_from_any_page(
    qtbot, window, unit_with_leading_capitals
):
    table = focus_on_the_units_table(window)
    selected_before = table.currentIndex()

    scanner_types(qtbot, table, LEADING_CAPITALS)

    assert window.current_area() == "desk"
    assert window.desk.scan.text() == LEADING_CAPITALS
    assert window.desk.showing() == DeskScreen.UNIT
    assert window.desk.unit_card.title.text() == LEADING_CAPITALS
    assert table.currentIndex() == selected_before
    assert window.units.form is None


def test_a_scanner_serial_with_leading_capitals_arrives_whole_in_the_desk_field(
    qtbot, window, unit_with_leading_capitals
):
    window.activateWindow()
    window.desk.scan.setFocus()

    scanner_types(qtbot, window.desk.scan, LEADING_CAPITALS)

    assert window.desk.scan.text() == LEADING_CAPITALS
    assert window.desk.showing() == DeskScreen.UNIT
    assert window.desk.unit_card.title.text() == LEADING_CAPITALS


@pytest.mark.parametrize("label", WHAT_SCANNERS_READ)
def test_what_a_scanner_reads_is_looked_up_whole_from_any_page(qtbot, window, label):
    queries = looked_up(window)
    table = focus_on_the_units_table(window)

    scanner_types(qtbot, table, label)

    assert queries == [label]
    assert window.current_area() == "desk"
    assert window.desk.scan.text() == label


@pytest.mark.parametrize("label", WHAT_SCANNERS_READ)
def test_what_a_scanner_reads_is_looked_up_whole_in_the_desk_field(qtbot, window, label):
    queries = looked_up(window)
    window.activateWindow()
    window.desk.scan.setFocus()

    scanner_types(qtbot, window.desk.scan, label)

    assert queries == [label]
    assert window.desk.scan.text() == label


@pytest.mark.parametrize("label", WHAT_SCANNERS_READ)
def test_a_scan_with_capitals_reaches_no_widget_but_the_scan(qtbot, label):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        scanner_types(qtbot, recorder, label)
        assert scans == [label]
        # At most the bare Shift before the first capital, which starts no scan.
        assert "".join(recorder.typed) == ""
    finally:
        scanner.remove()


def test_thirty_characters_at_scanner_speed_arrive_as_one_scan(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    label = "CLA34996700003376-RO/2025-XY99"
    assert len(label) == 30
    try:
        scanner_types(qtbot, recorder, label)
        assert scans == [label]
    finally:
        scanner.remove()


def test_a_capital_typed_by_a_person_reaches_the_widget_as_a_capital(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        qtbot.keyClick(recorder, "A", Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(120)
        qtbot.keyClick(recorder, "b")
        qtbot.wait(120)
        assert scans == []
        assert "".join(recorder.typed) == "Ab"  # a bare Shift press carries no text
    finally:
        scanner.remove()


def test_keys_typed_quickly_with_a_capital_and_no_enter_are_handed_on_in_order(qtbot):
    _window, recorder, _field, scanner, scans = make_scanner_window(qtbot)
    try:
        qtbot.keyClick(recorder, "a")
        qtbot.keyClick(recorder, "B", Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(recorder, "c")
        qtbot.waitUntil(lambda: "".join(recorder.typed) == "aBc")
        assert scans == []
    finally:
        scanner.remove()
