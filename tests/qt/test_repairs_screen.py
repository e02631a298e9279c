"""The technician works through the repair orders: the list with its filters,
one order moved through its lifecycle, parts, labour, printing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from fieldservice.models import RepairOrder
from fieldservice.services import repairs, stock
from fieldservice.services.repairs import MOVES, IntakeDraft
from ui.common.pagedmodel import display
from ui.repairs.screen import RepairOrdersScreen


@pytest.fixture
def bench_unit(db, janes_warranty):
    """Jane's dishwasher, in warranty, at the desk."""
    return janes_warranty.unit_id


@pytest.fixture
def parts_store(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_location(db, "VAN-1", "Van 1 (Sam Okafor)", "van", "Sam Okafor")
    stock.create_location(db, "QUAR", "Quarantine", "quarantine")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump", default_bin="C2"))
    stock.receive(db, "PUMP-7", 1, "MAIN", unit_cost="30")
    stock.receive(db, "PUMP-7", 4, "VAN-1", unit_cost="30")
    return db


def open_order(db, unit_id, fault="Does not drain, water left in the bottom", **kw):
    return repairs.open_order(db, IntakeDraft(unit_id, fault, **kw))


def make_overdue(db, order, hours=3):
    """The order's resolution was due *hours* ago (as if it had been opened long ago)."""
    with db.write() as s:
        s.execute(
            update(RepairOrder)
            .where(RepairOrder.id == order.id)
            .values(resolution_due=dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours))
        )


@pytest.fixture
def screen(qtbot, db):
    view = RepairOrdersScreen(db)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# -- the list ------------------------------------------------------------------------------


def test_overdue_orders_stand_out_in_the_list(qtbot, db, bench_unit, screen):
    repairs.set_target(db, "urgent", 1, 1)
    late = open_order(db, bench_unit, priority="urgent")
    on_time = open_order(db, bench_unit, fault="Door seal torn")
    make_overdue(db, late)
    screen.refresh()

    model = screen.model
    assert model.rowCount() == 2
    rows = {model.key(r): r for r in range(model.rowCount())}
    late_row, on_time_row = rows[late.id], rows[on_time.id]
    clock = model.clock_column
    assert model.index(late_row, clock).data() == "Overdue 3 h"
    assert model.index(late_row, clock).data(Qt.ItemDataRole.ForegroundRole).name() == "#c4320a"
    assert model.index(late_row, clock).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(late_row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(late_row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Overdue"
    assert model.index(on_time_row, clock).data().endswith("left")
    assert model.index(on_time_row, clock).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(on_time_row, 0).data(Qt.ItemDataRole.DecorationRole) is None

    click(qtbot, screen.overdue)
    assert screen.model.rowCount() == 1
    assert screen.model.key(0) == late.id
    assert screen.counter.text() == "1 order"


def test_the_list_filters_by_status_technician_mine_coverage_and_search(
    qtbot, db, bench_unit, screen, monkeypatch
):
    mine = open_order(db, bench_unit, technician=db.user)
    sams = open_order(db, bench_unit, technician="Sam Okafor")
    done = open_order(db, bench_unit)
    repairs.move(db, done.id, "cancelled", "Customer withdrew")
    screen.refresh()
    assert screen.model.rowCount() == 2  # open orders by default

    screen.status.setCurrentIndex(screen.status.findData(""))
    assert screen.model.rowCount() == 3
    screen.status.setCurrentIndex(screen.status.findData("cancelled"))
    assert [screen.model.key(0)] == [done.id]
    screen.status.setCurrentIndex(screen.status.findData("open"))

    screen.technician.setCurrentIndex(screen.technician.findData("Sam Okafor"))
    assert [screen.model.key(r) for r in range(screen.model.rowCount())] == [sams.id]
    click(qtbot, screen.mine)
    assert not screen.technician.isEnabled()
    assert [screen.model.key(r) for r in range(screen.model.rowCount())] == [mine.id]
    click(qtbot, screen.mine)

    screen.coverage.setCurrentIndex(screen.coverage.findData("void"))
    assert screen.model.rowCount() == 0
    assert screen.list_stack.currentWidget() is screen.empty
    assert screen.empty.title.text() == "No order matches"
    screen.coverage.setCurrentIndex(screen.coverage.findData(""))
    screen.technician.setCurrentIndex(0)

    screen.search.set_search(mine.number.lower())
    assert [screen.model.key(r) for r in range(screen.model.rowCount())] == [mine.id]
    screen.search.set_search("jane")
    assert screen.model.rowCount() == 2
    assert screen.model.index(0, 3).data() == "Jane Smith"
    assert screen.model.index(0, 4).data() == "AQD-1001 · Aqualine Dishwasher DW600"


def test_an_empty_centre_says_how_orders_arrive(qtbot, db, screen):
    assert screen.model.rowCount() == 0
    assert screen.list_stack.currentWidget() is screen.empty
    assert screen.empty.title.text() == "No open repair orders"


# -- one order -----------------------------------------------------------------------------


def test_the_order_view_shows_only_the_allowed_moves_and_moving_works(
    qtbot, db, bench_unit, screen
):
    order = open_order(db, bench_unit, accessories="Power cord", condition="Dent on left side")
    screen.refresh()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    screen._activated(screen.model.index(0, 0))
    view = screen.view
    assert screen.showing() == screen.ORDER
    assert view.number.text() == order.number
    assert view.status_badge.text() == "Received"
    assert view.coverage_badge.text() == "Covered · in warranty"
    assert view.clock.text().startswith("4 d 23 h left") or "left" in view.clock.text()
    assert view.intake_facts.values["accessories"].text() == "Power cord"
    assert view.intake_facts.values["condition"].text() == "Dent on left side"
    assert set(view.move_buttons) == set(MOVES["received"]) == {"diagnosing", "cancelled"}

    click(qtbot, view.move_buttons["diagnosing"])
    assert repairs.get_order(db, order.id).status == "diagnosing"
    assert view.status_badge.text() == "Diagnosing"
    assert set(view.move_buttons) == set(MOVES["diagnosing"])
    assert "is now: diagnosing" in view.banner.label.text()
    history = [view.history_list.itemAt(i).widget() for i in range(view.history_list.count())]
    assert len(history) == 2  # newest first: the move, then the intake

    # Notes typed but not saved go with the move; a quote is needed to ask approval.
    view.diagnosis.setPlainText("Pump impeller blocked by glass")
    click(qtbot, view.move_buttons["waiting_approval"])
    assert view.errors.message("quote") == (
        "Enter the quote for the customer before asking for approval."
    )
    assert repairs.get_order(db, order.id).diagnosis == "Pump impeller blocked by glass"
    qtbot.keyClicks(view.quote, "95")
    click(qtbot, view.move_buttons["waiting_approval"])
    moved = repairs.get_order(db, order.id)
    assert (moved.status, moved.quote_amount) == ("waiting_approval", 95)
    assert "Clock stopped while waiting for the customer" in view.clock.text()
    assert view.charge_values["quote"].text() == "95.00"


def test_a_refused_move_shows_the_reason_in_words(qtbot, db, bench_unit, parts_store, screen):
    order = open_order(db, bench_unit)
    for status in ("diagnosing", "in_repair"):
        repairs.move(db, order.id, status)
    repairs.request_part(db, order.id, "PUMP-7", 3, "MAIN")
    screen.open_order(order.id)
    view = screen.view
    assert view.parts_table.item(0, 0).text() == "PUMP-7"
    assert view.parts_table.item(0, 2).text() == "3"

    click(qtbot, view.move_buttons["quality_check"])

    assert view.banner.isVisible()
    assert view.banner.label.text() == (
        "1 part requested for this order is not yet issued (3 × PUMP-7)."
    )
    assert repairs.get_order(db, order.id).status == "in_repair"


def test_cancelling_asks_for_a_reason(qtbot, db, bench_unit, screen):
    order = open_order(db, bench_unit)
    screen.open_order(order.id)
    view = screen.view

    click(qtbot, view.move_buttons["cancelled"])
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.errors.message("reason") == "Say why the order is cancelled."
    assert repairs.get_order(db, order.id).status == "received"

    qtbot.keyClicks(dialog.reason, "Customer bought a new one")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    cancelled = repairs.get_order(db, order.id)
    assert (cancelled.status, cancelled.cancel_reason) == (
        "cancelled",
        "Customer bought a new one",
    )
    assert view.move_buttons == {}
    assert "Cancelled: Customer bought a new one" in view.clock.text()


def test_a_part_short_where_asked_says_where_else_it_is_and_a_manager_may_allow_it(
    qtbot, db, bench_unit, parts_store, screen
):
    order = open_order(db, bench_unit)
    for status in ("diagnosing", "in_repair"):
        repairs.move(db, order.id, status)
    screen.open_order(order.id)
    view = screen.view

    dialog = view.part_action("issue")
    dialog.part.setEditText("pump-7")
    dialog.location.setCurrentIndex(dialog.location.findData("MAIN"))
    dialog.quantity.setText("2")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    message = dialog.errors.message("quantity")
    assert message == "Only 1 × PUMP-7 left in MAIN; also 4 in VAN-1/C2."
    assert dialog.elsewhere.isVisible() and dialog.override_box.isVisible()
    assert dialog.quantity.text() == "2"  # nothing typed is lost

    # A manager allows it, but must say why.
    dialog.override_box.setChecked(True)
    dialog.manager.setText("Alex Manager")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("reason") == "Say why the manager allowed stock below zero."
    dialog.override_reason.setText("Customer waiting at the counter")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert stock.on_hand(db, "PUMP-7").positions[0].on_hand == -1
    assert view.parts_table.item(0, 3).text() == "2"
    assert "2 × PUMP-7 issued" in view.banner.label.text()


def test_taking_the_part_from_where_it_is(qtbot, db, bench_unit, parts_store, screen):
    order = open_order(db, bench_unit)
    for status in ("diagnosing", "in_repair"):
        repairs.move(db, order.id, status)
    screen.open_order(order.id)
    dialog = screen.view.part_action("issue", "PUMP-7")
    dialog.location.setCurrentIndex(dialog.location.findData("MAIN"))
    dialog.quantity.setText("2")
    assert dialog.save() is False
    take = dialog.elsewhere_layout.itemAt(0).widget()
    assert take.text() == "Take from VAN-1/C2 (4 there)"
    click(qtbot, take)
    assert dialog.location.currentData() == "VAN-1"
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert stock.on_hand(db, "PUMP-7").on_hand == 3


def test_labour_is_logged_and_charged_to_whoever_pays(qtbot, db, bench_unit, screen):
    order = open_order(db, bench_unit)
    repairs.move(db, order.id, "diagnosing")
    screen.open_order(order.id)
    view = screen.view
    view.minutes.setValue(45)
    qtbot.keyClicks(view.labour_text, "Pump swap")
    qtbot.keyClicks(view.rate, "60")
    click(qtbot, view.log_button)
    assert view.labour_table.rowCount() == 1
    assert view.labour_table.item(0, 3).text() == "Pump swap"
    assert view.labour_table.item(0, 4).text() == "45.00"
    assert view.charge_values["labour"].text() == "45.00"
    assert view.charge_values["covered"].text() == "45.00"
    assert view.charge_values["chargeable"].text() == "0.00"

    view.rate.setText("sixty")
    click(qtbot, view.log_button)
    assert view.labour_error.isVisible()
    assert view.labour_table.rowCount() == 1


def test_similar_past_repairs_show_what_fixed_them(qtbot, db, bench_unit, dishwasher, screen):
    from fieldservice.services import units

    other = units.create_unit(db, units.UnitDraft("AQD-2002", dishwasher.id))
    fixed = open_order(db, other.id, fault="Water not draining, pump humming")
    for status in ("diagnosing", "in_repair"):
        repairs.move(db, fixed.id, status)
    repairs.update_work(
        db, fixed.id, diagnosis="Impeller blocked", work_done="Cleared impeller, new filter"
    )
    current = open_order(db, bench_unit, fault="Not draining at end of cycle")
    screen.open_order(current.id)
    view = screen.view
    item = view.similar_list.itemAt(0).widget()
    texts = [w.text() for w in item.findChildren(type(view.clock))]
    assert "Fixed: Cleared impeller, new filter" in texts
    link = item.findChildren(type(view.back_button))[0]
    assert link.text() == fixed.number
    click(qtbot, link)
    assert view.number.text() == fixed.number


def test_a_delivered_unit_back_is_reworked_on_a_linked_order(qtbot, db, bench_unit, screen):
    order = open_order(db, bench_unit)
    for status in ("diagnosing", "in_repair", "quality_check"):
        repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done="Replaced pump")
    for status in ("ready", "delivered"):
        repairs.move(db, order.id, status)
    screen.open_order(order.id)
    view = screen.view
    assert view.move_buttons == {}
    click(qtbot, view.rework_button)
    dialog = view.dialog
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("fault_reported")
    qtbot.keyClicks(dialog.fault, "Leaking again")
    click(qtbot, dialog.save_button)
    rework = dialog.saved
    assert rework is not None and rework.rework_of_id == order.id
    assert view.number.text() == rework.number
    assert view.rework_link.isVisible()
    assert order.number in view.rework_link.text()


def test_the_work_order_preview_opens(qtbot, db, bench_unit, screen):
    order = open_order(db, bench_unit)
    screen.open_order(order.id)
    view = screen.view
    titles = [a.text() for a in view.print_button.menu().actions() if a.text()]
    assert titles == [
        "Work order (A4)",
        "Work order (A5)",
        "Label 62 mm",
        "Label 57 × 32 mm",
        "Intake receipt",
    ]
    view.print_button.menu().actions()[0].trigger()
    preview = view.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() == 1
    assert preview.filename == f"{order.number}-work-order-a4.pdf"
    assert preview.printer().pageLayout().pageSize().id().name == "A4"
    preview.close()
    view.print_document("label62")
    label = view.preview_dialog
    assert label is not preview and label.document.pageCount() == 1
    label.close()


def test_targets_are_edited_per_priority(qtbot, db, screen):
    dialog = screen.edit_targets()
    response, resolution, error = dialog.rows["urgent"]
    response.setValue(10)
    resolution.setValue(8)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and error.isVisible()
    assert "no later than the resolution" in error.text()
    resolution.setValue(30)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    urgent = next(t for t in repairs.targets(db) if t.code == "urgent")
    assert (urgent.response_hours, urgent.resolution_hours) == (10, 30)


# -- in the main window --------------------------------------------------------------------


def test_scanning_an_order_number_in_the_main_window_opens_the_order(qtbot, db, bench_unit, window):
    order = open_order(db, bench_unit)
    window.open_area("customers")
    qtbot.keyClicks(window.scan_field, order.number.lower())
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)

    screen = window.pages["repairs"]
    assert window.current_area() == "repairs"
    assert window.page_title.text() == "Repair orders"
    assert screen.showing() == screen.ORDER
    assert screen.view.number.text() == order.number


def test_the_desk_shows_the_units_coverage_and_repair_history(
    qtbot, db, bench_unit, janes_warranty, window
):
    first = open_order(db, bench_unit, fault="Door seal torn")
    repairs.move(db, first.id, "cancelled", "Customer withdrew")
    second = open_order(db, bench_unit, fault="Does not drain")
    qtbot.keyClicks(window.desk.scan, "AQD-1001")
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_Return)

    card = window.desk.unit_card
    assert card.coverage_badge.text() == "Covered · in warranty"
    assert card.warranty.text().startswith("In warranty until 14 Mar 2027")
    assert card.warranty_facts.values["certificate"].text() == janes_warranty.number
    assert card.warranty_facts.values["warranty_end"].text() == "14 Mar 2027"
    assert card.history.text() == "2 repair orders · 1 open"
    assert [link.text() for link in card.order_links] == [second.number, first.number]
    entries = [card.orders_list.itemAt(i).widget() for i in range(card.orders_list.count())]
    texts = [[w.text() for w in e.findChildren(type(card.history))] for e in entries]
    assert texts[0] == ["Received", display(second.opened_at), "Does not drain"]
    assert texts[1] == ["Cancelled", display(first.opened_at), "Door seal torn"]

    click(qtbot, card.order_links[1])
    screen = window.pages["repairs"]
    assert window.current_area() == "repairs"
    assert screen.view.number.text() == first.number


def test_a_new_repair_order_from_the_desk_starts_intake_for_that_unit(
    qtbot, db, bench_unit, window
):
    window.desk.show_unit(bench_unit)
    card = window.desk.unit_card
    qtbot.mouseClick(card.new_order_button, Qt.MouseButton.LeftButton)

    screen = window.pages["repairs"]
    intake = screen.dialog
    assert window.current_area() == "repairs"
    assert intake.isVisible() and intake.serial.text() == "AQD-1001"
    assert intake.unit_panel.badge.text() == "Covered · in warranty"
    qtbot.keyClicks(intake.fault, "Does not drain")
    qtbot.keyClick(intake.fault, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    order = intake.saved
    assert order is not None and order.unit_id == bench_unit
    assert screen.showing() == screen.ORDER and screen.view.number.text() == order.number
    intake.accept()
    # Back at the desk, the card lists the new order.
    window.open_area("desk")
    assert card.history.text() == "1 repair order · 1 open"


def test_the_new_menu_opens_intake(qtbot, db, window):
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in (menu.menu().actions() if menu.menu() else [])
        if a.text() == "&Repair order…"
    )
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    intake = window.pages["repairs"].dialog
    assert window.current_area() == "repairs"
    assert intake.isVisible() and intake.serial.text() == ""
    intake.reject()


def test_the_order_view_opens_the_unit_and_the_customer(qtbot, db, bench_unit, jane, window):
    order = open_order(db, bench_unit)
    window.open_record("repair_order", order.id)
    view = window.pages["repairs"].view
    click(qtbot, view.open_customer_button)
    assert window.current_area() == "customers"
    assert window.customers.current_id == jane.id
    window.open_record("repair_order", order.id)
    click(qtbot, view.open_unit_button)
    assert window.current_area() == "units"
    assert window.units.current_id == bench_unit


def test_an_order_listed_on_the_units_screen_opens(qtbot, db, bench_unit, window):
    order = open_order(db, bench_unit)
    window.open_unit(bench_unit)
    card = window.units.card
    assert card.history.text() == "1 repair order · 1 open"
    click(qtbot, card.order_links[0])
    assert window.current_area() == "repairs"
    assert window.pages["repairs"].view.number.text() == order.number


# -- refusals seen where the technician looks ----------------------------------------------


def shown_in_view(view, widget) -> bool:
    """Whether *widget* is shown and lies wholly inside the order page's visible part."""
    if not widget.isVisible():
        return False
    viewport = view.scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def settle(qtbot) -> None:
    """Let the page lay itself out again, as it does before the next paint."""
    qtbot.wait(50)


@pytest.fixture
def busy_order_page(qtbot, db, bench_unit, parts_store, window):
    """An order page as it looks after a morning's work, in a 1280×800 window, moved
    to its status with the page's own buttons."""

    def open_at(*statuses: str):
        order = open_order(
            db,
            bench_unit,
            "Does not drain at the end of the programme: water stays in the bottom, the "
            "display shows E24 and the pump hums when it should be draining",
            accessories="Power cord, cutlery basket",
            condition="Scratched lid",
        )
        repairs.update_work(db, order.id, diagnosis="Impeller blocked by glass")
        for minutes, text in ((20, "Stripped the sump"), (15, "Cleared the impeller")):
            repairs.log_labour(db, order.id, minutes, text, "Sam Okafor", 0)
        repairs.issue_part(db, order.id, "PUMP-7", 1, "VAN-1")
        window.resize(1280, 800)
        window.open_record("repair_order", order.id)
        view = window.pages["repairs"].view
        for status in statuses:
            click(qtbot, view.move_buttons[status])
        settle(qtbot)
        return order, view

    return open_at


def test_technician_sees_why_ready_is_refused_without_scrolling(db, qtbot, busy_order_page):
    order, view = busy_order_page("diagnosing", "in_repair", "quality_check")
    assert "is now: quality check" in view.banner.label.text()

    click(qtbot, view.move_buttons["ready"])
    settle(qtbot)

    assert repairs.get_order(db, order.id).status == "quality_check"
    # What the last move said is gone: it no longer stands above a refusal.
    assert not view.banner.isVisible()
    error = view.errors.label("work_done")
    assert error.text() == "Write what was done before the unit is ready."
    assert shown_in_view(view, error)
    assert shown_in_view(view, view.work_done)
    assert view.window().focusWidget() is view.work_done
    assert view.work_done.property("invalid") is True


def test_asking_approval_without_a_quote_points_at_the_quote_in_view(db, qtbot, busy_order_page):
    order, view = busy_order_page("diagnosing")

    click(qtbot, view.move_buttons["waiting_approval"])
    settle(qtbot)

    assert repairs.get_order(db, order.id).status == "diagnosing"
    error = view.errors.label("quote")
    assert error.text() == "Enter the quote for the customer before asking for approval."
    assert shown_in_view(view, error)
    assert shown_in_view(view, view.quote)
    assert view.window().focusWidget() is view.quote
