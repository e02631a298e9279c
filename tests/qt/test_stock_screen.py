"""The parts clerk's day on the Parts & stock screen: receiving, issuing to a repair
order (and a manager's override), transfers, counting with a scanner, what to
order, and importing a catalogue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldservice.services import repairs, stock, stockcount
from fieldservice.services.repairs import IntakeDraft
from fieldservice.services.stock import PartDraft
from ui.common.importreport import ImportReportDialog
from ui.parts.movements import IssueForm, ReceiveForm, TransferForm
from ui.parts.screen import StockScreen


@pytest.fixture
def store(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "VAN-1", "Van 1 (Sam Okafor)", "van", technician="Sam Okafor")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    fan = stock.create_part(
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
    stock.create_part(db, PartDraft("SEAL-9", "Door seal", default_bin="A3"))
    stock.create_part(db, PartDraft("PUMP-2", "Drain pump", default_bin="B1"))
    return fan


@pytest.fixture
def order(db, janes_dishwasher):
    return repairs.open_order(db, IntakeDraft(janes_dishwasher.id, "Fan noisy, not cooling"))


@pytest.fixture
def screen(qtbot, db, store):
    widget = StockScreen(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def on_hand(db, part, location=None):
    positions = stock.on_hand(db, part).positions
    return sum((p.on_hand for p in positions if location in (None, p.location)), Decimal(0))


def position_cells(screen: StockScreen) -> dict[str, list[str]]:
    """The detail's stock table: location -> [on hand, requested, on order, available]."""
    table = screen.catalogue.card.positions
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
        for r in range(table.rowCount())
        if table.item(r, 1) is not None
    }


def history_texts(screen: StockScreen) -> list[tuple[str, str, str]]:
    """(movement, quantity, location / bin) of every history row, newest first."""
    model = screen.catalogue.card.history_model
    return [
        tuple(model.index(r, c).data() for c in (1, 2, 3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_receiving_through_the_form_updates_on_hand_in_the_detail(qtbot, db, screen, store):
    screen.open_part(store.id)
    card = screen.catalogue.card
    assert card.title.text() == "FAN-120"
    assert "No stock" in card.positions.item(0, 0).text()

    click(qtbot, card.receive_button)
    form = screen.catalogue.form
    assert isinstance(form, ReceiveForm)
    assert form.part.number() == "FAN-120"
    assert form.focusWidget() is form.quantity
    qtbot.keyClicks(form.quantity, "12")
    form.unit_cost.setText("9.50")
    form.supplier_ref.setText("DN-4471")
    click(qtbot, form.save_button)

    assert not form.isVisible()
    assert on_hand(db, "FAN-120", "MAIN") == 12
    assert position_cells(screen)["MAIN"] == ["12", "0", "0", "12"]
    assert "MAIN / A3: 12" in card.bins.text()
    assert ("Receipt", "+12", "MAIN / A3") in history_texts(screen)
    assert ("Average cost", "9.50") in card.fact_values(card.view.stock)
    assert "9.50" in card.facts.text()
    # The catalogue row shows it too.
    row = screen.catalogue.model.find_key(store.id)
    assert screen.catalogue.model.index(row, 3).data() == "12"


def test_a_refused_receipt_keeps_what_was_typed(qtbot, db, screen, store):
    screen.open_part(store.id)
    click(qtbot, screen.catalogue.card.receive_button)
    form = screen.catalogue.form
    qtbot.keyClicks(form.quantity, "2.5555")
    form.supplier_ref.setText("DN-1")
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "at most 3 decimals" in (form.errors.message("quantity") or "")
    assert form.quantity.text() == "2.5555" and form.supplier_ref.text() == "DN-1"
    assert on_hand(db, "FAN-120") == 0


def test_issuing_more_than_on_hand_shows_where_else_and_a_manager_may_override(
    qtbot, db, screen, store, order
):
    stock.receive(db, "FAN-120", 2, "MAIN")
    stock.receive(db, "FAN-120", 5, "VAN-1", bin="V2")
    screen.open_part(store.id)

    click(qtbot, screen.catalogue.card.issue_button)
    form = screen.catalogue.form
    assert isinstance(form, IssueForm)
    form.location.set_code("MAIN")
    qtbot.keyClicks(form.quantity, "4")
    qtbot.keyClicks(form.order, order.number.lower())
    click(qtbot, form.save_button)

    assert form.isVisible()
    message = form.errors.message("quantity") or ""
    assert "Only 2 × FAN-120 left in MAIN" in message
    assert "5 in VAN-1/V2" in message  # where else it is
    assert form.quantity.text() == "4"  # what was typed is kept
    assert form.quantity.property("invalid") is True
    assert form.override_box.isVisible()
    assert any("VAN-1" in b.text() for b in form.elsewhere_buttons)
    assert on_hand(db, "FAN-120", "MAIN") == 2

    # The override needs the manager's name, then a reason.
    click(qtbot, form.override_button)
    assert form.errors.message("override_by") == "Enter the name of the manager who allows it."
    qtbot.keyClicks(form.manager, "Priya Shah")
    click(qtbot, form.override_button)
    assert "Say why" in (form.errors.message("reason") or "")
    qtbot.keyClicks(form.reason, "Customer waiting; delivery due tomorrow")
    click(qtbot, form.override_button)

    assert not form.isVisible()
    assert on_hand(db, "FAN-120", "MAIN") == -2
    issued = [m for m in stock.movements(db, "FAN-120") if m.kind == "issue"]
    assert sum(m.quantity for m in issued) == -4
    assert {m.override_by for m in issued} == {"Priya Shah"}
    assert {m.order_number for m in issued} == {order.number}
    assert position_cells(screen)["MAIN"] == ["-2", "0", "0", "-2"]
    reasons = [
        screen.catalogue.card.history_model.index(r, 5).data()
        for r in range(screen.catalogue.card.history_model.rowCount())
    ]
    assert any("Override by Priya Shah" in (text or "") for text in reasons)


def test_the_issue_form_starts_on_the_main_store_even_when_the_van_holds_more(
    qtbot, db, screen, store
):
    stock.receive(db, "FAN-120", 2, "MAIN")
    stock.receive(db, "FAN-120", 5, "VAN-1", bin="V2")
    screen.open_part(store.id)
    click(qtbot, screen.catalogue.card.issue_button)
    form = screen.catalogue.form
    assert isinstance(form, IssueForm)
    assert form.location.code() == "MAIN"


def test_the_issue_form_starts_on_the_van_when_only_the_van_has_the_part(qtbot, db, screen, store):
    stock.receive(db, "PUMP-2", 3, "VAN-1")
    form = IssueForm(db, screen, part="PUMP-2")
    qtbot.addWidget(form)
    assert form.location.code() == "VAN-1"
    # A part typed after the form opened moves the default too.
    empty = IssueForm(db, screen)
    qtbot.addWidget(empty)
    assert empty.location.code() == "MAIN"
    empty.part.set_number("PUMP-2")
    assert empty.location.code() == "VAN-1"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Enter a quantity."),
        ("abc", "“abc” is not a quantity: type a whole number such as 2"),
    ],
)
def test_a_missing_or_mistyped_quantity_is_explained_beside_the_field(
    qtbot, db, screen, store, order, typed, said
):
    stock.receive(db, "FAN-120", 2, "MAIN")
    form = IssueForm(db, screen, part="FAN-120")
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.quantity, typed)
    qtbot.keyClicks(form.order, order.number)
    click(qtbot, form.save_button)
    assert form.errors.message("quantity") == said
    assert form.quantity.property("invalid") is True
    assert on_hand(db, "FAN-120", "MAIN") == 2


def test_an_unknown_repair_order_is_refused_beside_its_field(qtbot, db, screen, store):
    stock.receive(db, "FAN-120", 2, "MAIN")
    screen.open_part(store.id)
    click(qtbot, screen.catalogue.card.issue_button)
    form = screen.catalogue.form
    qtbot.keyClicks(form.quantity, "1")
    qtbot.keyClicks(form.order, "LD01-RO-999999")
    click(qtbot, form.save_button)
    assert "There is no repair order LD01-RO-999999" in (form.errors.message("order") or "")
    assert form.order.text() == "LD01-RO-999999"
    assert on_hand(db, "FAN-120") == 2


def test_a_transfer_shows_both_movements(qtbot, db, screen, store):
    stock.receive(db, "FAN-120", 6, "MAIN")
    screen.open_part(store.id)
    click(qtbot, screen.catalogue.card.transfer_button)
    form = screen.catalogue.form
    assert isinstance(form, TransferForm)
    form.from_location.set_code("MAIN")
    form.to_location.set_code("VAN-1")
    qtbot.keyClicks(form.quantity, "2")
    form.to_bin.setText("v4")
    form.reason.setText("Restocking van 1")
    click(qtbot, form.save_button)

    assert not form.isVisible()
    rows = history_texts(screen)
    assert ("Transfer out", "\u22122", "MAIN / A3") in rows
    assert ("Transfer in", "+2", "VAN-1 / V4") in rows
    cells = position_cells(screen)
    assert cells["MAIN"][0] == "4" and cells["VAN-1"][0] == "2"
    assert cells["Total"] == ["6", "0", "0", "6"]


def test_a_reversed_movement_is_linked_to_its_reversal(qtbot, db, screen, store):
    stock.receive(db, "FAN-120", 5, "MAIN", supplier_ref="DN-1")
    screen.open_part(store.id)
    card = screen.catalogue.card
    card.history.selectRow(0)
    assert card.reverse_button.isEnabled()
    click(qtbot, card.reverse_button)
    form = screen.catalogue.form
    click(qtbot, form.save_button)
    assert "reason" in (form.errors.message("reason") or "")
    qtbot.keyClicks(form.reason, "Booked twice")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert on_hand(db, "FAN-120") == 0
    model = card.history_model
    assert model.rowCount() == 2
    reversal, original = (
        [model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())
    )
    assert reversal[1] == "Reversal" and reversal[2] == "\u22125"
    assert reversal[4].startswith("↩ Receipt of")
    assert original[4].startswith("Reversed ")
    assert "Reverses: Receipt +5" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_count_by_scanning_shows_differences_and_posting_leaves_uncounted_parts(
    qtbot, db, screen, store
):
    stock.receive(db, "FAN-120", 5, "MAIN")
    stock.receive(db, "SEAL-9", 3, "MAIN")
    stock.receive(db, "PUMP-2", 2, "MAIN")
    screen.show_view("counts")
    counts = screen.counts
    counts.location.set_code("MAIN")
    click(qtbot, counts.start_button)
    assert counts.pages.currentIndex() == 1
    assert counts.model.rowCount() == 3
    assert counts.focusWidget() is counts.part or QApplication.focusWidget() is counts.part

    # A scanner types the label and an Enter: the cursor moves on to the quantity.
    counts.part.setFocus()
    qtbot.keyClicks(counts.part, "fan-120")
    qtbot.keyClick(counts.part, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is counts.quantity
    qtbot.keyClicks(counts.quantity, "4")
    qtbot.keyClick(counts.quantity, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is counts.part
    assert counts.part.text() == "" and counts.quantity.text() == ""
    assert "difference \u22121" in counts.feedback.text()

    qtbot.keyClicks(counts.part, "SEAL-9")
    qtbot.keyClick(counts.part, Qt.Key.Key_Return)
    qtbot.keyClicks(counts.quantity, "3")
    qtbot.keyClick(counts.quantity, Qt.Key.Key_Return)

    lines = {
        counts.model.index(r, 1).data(): [counts.model.index(r, c).data() for c in (3, 4, 5, 6)]
        for r in range(counts.model.rowCount())
    }
    assert lines["FAN-120"] == ["5", "5", "4", "\u22121"]
    assert lines["SEAL-9"] == ["3", "3", "3", "0"]
    assert lines["PUMP-2"] == ["2", "2", "not counted", "—"]
    fan_row = next(r for r in range(3) if counts.model.index(r, 1).data() == "FAN-120")
    assert counts.model.index(fan_row, 6).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert counts.summary.text() == "3 lines · 2 counted · 1 difference · 1 not counted"
    assert "not set to zero" in counts.not_counted_note.text()

    box = counts.confirm_post()
    assert "1 line differs" in box.informativeText()
    assert "1 line was not counted: it is left as it is, not set to zero." in (
        box.informativeText()
    )
    click(qtbot, counts.post_button_of_confirm)

    assert on_hand(db, "FAN-120") == 4
    assert on_hand(db, "SEAL-9") == 3
    assert on_hand(db, "PUMP-2") == 2  # not counted: left as it was
    assert counts.pages.currentIndex() == 0
    assert "posted" in counts.banner.label.text()
    assert stockcount.open_counts(db) == []


def test_an_unknown_part_scanned_during_a_count_is_said_beside_the_field(qtbot, db, screen, store):
    stock.receive(db, "FAN-120", 5, "MAIN")
    screen.show_view("counts")
    counts = screen.counts
    counts.location.set_code("MAIN")
    counts.start()
    qtbot.keyClicks(counts.part, "NOPE-1")
    qtbot.keyClick(counts.part, Qt.Key.Key_Return)
    qtbot.keyClicks(counts.quantity, "2")
    qtbot.keyClick(counts.quantity, Qt.Key.Key_Return)
    assert "NOPE-1 is not in the catalogue" in (counts.entry_errors.message("part_number") or "")
    assert counts.part.text() == "NOPE-1" and counts.quantity.text() == "2"


def test_the_to_order_view_lists_a_part_below_its_reorder_point_with_the_suggestion(
    qtbot, db, screen, store
):
    stock.receive(db, "FAN-120", 1, "MAIN")
    stock.receive(db, "SEAL-9", 20, "MAIN")
    stock.set_reorder_rule(db, "FAN-120", "MAIN", 3, max_quantity=10)
    stock.set_reorder_rule(db, "SEAL-9", "MAIN", 3, max_quantity=10)
    screen.show_view("to_order")
    view = screen.to_order
    view.refresh()
    assert view.model.rowCount() == 1
    cells = [view.model.index(0, c).data() for c in range(12)]
    assert cells[0] == "FAN-120" and cells[2] == "MAIN" and cells[11] == "Polar Parts Ltd"
    assert cells[3:7] == ["1", "0", "0", "1"]  # on hand, requested, on order, available
    assert cells[7:10] == ["3", "10", "4"]  # reorder point, max, pack
    assert cells[10] == "12"  # 9 needed, in packs of 4

    view.table.selectRow(0)
    dialog = view.order_selected()
    assert dialog.quantities() == ["12"]
    dialog.supplier_ref.setText("Q-2291")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert "LD01-PO-" in view.banner.label.text()
    assert view.model.rowCount() == 0  # now on order: above the reorder point
    assert stock.on_hand(db, "FAN-120").positions[0].on_order == 12


def test_the_selected_lines_of_one_supplier_are_ordered_on_one_purchase_order(
    qtbot, db, screen, store
):
    stock.create_part(
        db, PartDraft("BELT-1", "Drive belt", supplier="Polar Parts Ltd", lead_time_days=12)
    )
    stock.create_part(
        db, PartDraft("HOSE-M", "Drain hose", supplier="Nordic Hoses AB", lead_time_days=2)
    )
    for part in ("FAN-120", "BELT-1", "HOSE-M"):
        stock.set_reorder_rule(db, part, "MAIN", 3, max_quantity=10)
    screen.show_view("to_order")
    view = screen.to_order
    view.refresh()
    assert view.model.rowCount() == 3
    view.table.selectAll()
    dialog = view.order_selected()
    assert sorted(dialog.expected) == ["Nordic Hoses AB", "Polar Parts Ltd"]
    today = dt.date.today()
    # Expected after the longest lead time of each supplier's parts; it may be changed.
    assert dialog.expected["Polar Parts Ltd"].value() == today + dt.timedelta(days=12)
    assert dialog.expected["Nordic Hoses AB"].value() == today + dt.timedelta(days=2)
    later = today + dt.timedelta(days=20)
    dialog.expected["Polar Parts Ltd"].set_value(later)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    polar = next(o for o in dialog.placed if o.supplier == "Polar Parts Ltd")
    assert len(dialog.placed) == 2
    assert [line.part_number for line in polar.lines] == ["BELT-1", "FAN-120"]
    assert stock.purchase_order(db, polar.number).expected_on == later
    assert polar.number in view.banner.label.text()
    assert view.model.rowCount() == 0

    printing = next(b for b in view.banner.buttons if polar.number in b.text())
    click(qtbot, printing)
    preview = view.preview_dialog
    assert preview is not None and preview.document.pageCount() == 1
    preview.close()


def test_the_import_report_lists_refused_lines(qtbot, db, screen, tmp_path):
    source = tmp_path / "catalogue.csv"
    source.write_text(
        "part_number,description,lead_time,pack_size\n"
        "BELT-1,Drive belt,3,1\n"
        ",No number here,2,1\n"
        "BELT-2,Another belt,soon,1\n"
        "BELT-3,,1,1\n",
        encoding="utf-8",
    )
    screen.import_file("parts", source)
    dialog = screen.dialog
    assert isinstance(dialog, ImportReportDialog)
    assert dialog.report.imported == 1
    refused = dict(dialog.refused_lines())
    assert sorted(refused) == [3, 4, 5]
    assert "part number" in refused[3]
    assert "soon" in refused[4]
    assert "description" in refused[5].lower()
    table = dialog.table
    assert table is not None and table.model().rowCount() == 3
    assert table.model().index(1, 0).data() == "4"
    assert stock.get_part(db, "BELT-1").description == "Drive belt"
    assert screen.catalogue.model.total() == 4  # the fixture's three and BELT-1


def test_labels_for_the_selected_parts_are_previewed(qtbot, db, screen, store):
    stock.receive(db, "SEAL-9", 1, "MAIN")
    screen.catalogue.refresh()
    screen.catalogue.table.selectAll()
    dialog = screen.catalogue.print_labels()
    assert "3 parts" in dialog.selected.text()
    dialog.format.setCurrentIndex(1)
    click(qtbot, dialog.save_button)
    preview = dialog.preview_dialog
    assert preview is not None and preview.document.pageCount() == 1
    preview.close()

    dialog = screen.catalogue.print_labels()
    dialog.in_bin.setChecked(True)
    dialog.location.set_code("MAIN")
    qtbot.keyClicks(dialog.bin, "Z9")
    click(qtbot, dialog.save_button)
    assert "No part is kept in bin Z9" in (dialog.errors.message("bin") or "")
    dialog.bin.setText("A3")
    click(qtbot, dialog.save_button)
    assert dialog.preview_dialog is not None
    assert dialog.preview_dialog.document.pageCount() == 2  # FAN-120 and SEAL-9
    dialog.preview_dialog.close()


def test_a_new_part_refused_for_a_duplicate_number_keeps_what_was_typed(qtbot, db, screen, store):
    form = screen.catalogue.new_record()
    qtbot.keyClicks(form.number, "fan-120")
    qtbot.keyClicks(form.description, "Another fan")
    form.supplier.setText("Aqua Spares")
    click(qtbot, form.save_button)
    assert "already in the catalogue" in (form.errors.message("part_number") or "")
    assert form.number.text() == "fan-120" and form.supplier.text() == "Aqua Spares"
    form.number.setText("FAN-121")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert screen.catalogue.card.title.text() == "FAN-121"


def test_a_location_is_added_from_the_locations_dialog(qtbot, db, screen):
    dialog = screen.manage_locations()
    assert dialog.table.rowCount() == 3
    form = dialog.add_location()
    form.code.setText("van-2")
    form.name.setText("Van 2")
    form.kind.setCurrentIndex(1)
    form.technician.setText("Ada Byrne")
    click(qtbot, form.save_button)
    assert dialog.table.rowCount() == 4
    assert [loc.code for loc in stock.list_locations(db)] == ["MAIN", "QUAR", "VAN-1", "VAN-2"]


def test_the_parts_area_of_the_main_window_is_this_screen(window, store):
    window.open_area("parts")
    page = window.stack.currentWidget()
    assert isinstance(page, StockScreen)
    assert window.page_title.text() == "Parts & stock"
    assert page.catalogue.model.total() == 3


def test_an_adjustment_needs_a_reason_and_a_faulty_return_goes_to_quarantine(
    qtbot, db, screen, store, order
):
    stock.receive(db, "FAN-120", 3, "MAIN")
    stock.issue_part_to_order(
        db, "FAN-120", 1, "MAIN", order_id=order.id, order_number=order.number
    )
    screen.open_part(store.id)
    card = screen.catalogue.card

    click(qtbot, card.adjust_button)
    form = screen.catalogue.form
    form.location.set_code("MAIN")
    qtbot.keyClicks(form.quantity, "1")
    click(qtbot, form.save_button)
    assert "reason" in (form.errors.message("reason") or "")
    assert form.quantity.text() == "1"
    qtbot.keyClicks(form.reason, "Dropped, housing cracked")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert on_hand(db, "FAN-120", "MAIN") == 1

    click(qtbot, card.return_button)
    form = screen.catalogue.form
    qtbot.keyClicks(form.quantity, "1")
    qtbot.keyClicks(form.order, order.number)
    form.faulty.setChecked(True)
    assert not form.location.isEnabled()
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert on_hand(db, "FAN-120", "MAIN") == 1  # quarantine is not stock to use
    assert "QUAR: 1 (quarantine, not available)" in card.bins.text()
    assert ("Faulty part returned", "+1", "QUAR") in history_texts(screen)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_stock_list_and_movements_are_exported(qtbot, db, screen, store, tmp_path, suffix):
    stock.receive(db, "FAN-120", 3, "MAIN")
    screen.export_to("stock", tmp_path / f"stock{suffix}")
    assert (tmp_path / f"stock{suffix}").stat().st_size > 0
    assert "Saved to" in screen.banner.label.text()
    screen.export_to("movements", tmp_path / f"moves{suffix}")
    assert (tmp_path / f"moves{suffix}").exists()
    screen.export_to("stock", tmp_path / "stock.pdf")
    assert "Export to a .csv or .xlsx file." in screen.banner.label.text()


def test_scanning_a_part_label_opens_the_part(qtbot, window):
    from fieldservice.services import stock as stock_service

    part = stock_service.create_part(window.db, stock_service.PartDraft("FAN-120", "Fan motor"))
    window.desk.scan.clear()
    qtbot.keyClicks(window.desk.scan, "fan-120")
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_Return)
    assert window.current_area() == "parts"
    screen = window.pages["parts"]
    qtbot.waitUntil(lambda: screen.catalogue.model.rowCount() > 0)
    assert screen.catalogue.model.key(screen.catalogue.table.currentIndex().row()) == part.id
