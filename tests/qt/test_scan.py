"""The technician at the desk scans a tag or types what the customer says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fieldservice.services import customers
from ui.desk import DeskScreen
from ui.scan import ScannerInput


def scan_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


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
