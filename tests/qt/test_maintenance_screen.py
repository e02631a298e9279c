"""The service manager plans preventive maintenance: what is due, booking visits,
completing them, plans and meter readings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt, QTime

from fieldservice.services import maintenance, repairs, schedule, units
from fieldservice.services.maintenance import PlanDraft
from ui.maintenance.forms import BookVisitDialog, CompleteVisitDialog, PlanForm
from ui.maintenance.screen import MaintenanceScreen

TODAY = dt.date.today()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def janes_coffee_machine(db, coffee_machine, jane):
    return units.create_unit(db, units.UnitDraft("BCM-2002", coffee_machine.id, jane.id))


@pytest.fixture
def two_due_plans(db, janes_dishwasher, janes_coffee_machine):
    """Two of Jane's units at her bakery: one overdue, one due in three days."""
    late = maintenance.create_plan(
        db,
        PlanDraft(
            janes_dishwasher.id,
            "Quarterly inspection",
            start_on=TODAY - dt.timedelta(days=5),
            checklist="Check seals\nClean filter",
            technician="Sam Okafor",
        ),
    )
    soon = maintenance.create_plan(
        db,
        PlanDraft(
            janes_coffee_machine.id,
            "Descale",
            interval_count=6,
            start_on=TODAY + dt.timedelta(days=3),
            checklist="Descale boiler",
        ),
    )
    return late, soon


@pytest.fixture
def screen(qtbot, db):
    view = MaintenanceScreen(db)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def book_both(qtbot, screen):
    due = screen.due
    due.table.selectAll()
    click(qtbot, due.book_button)
    dialog = due.dialog
    assert isinstance(dialog, BookVisitDialog) and dialog.isVisible()
    dialog.day.set_value(TODAY)
    dialog.time.setTime(QTime(10, 30))
    type_into(qtbot, dialog.technician.lineEdit(), "Mei Chen")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog


def test_the_due_list_says_what_is_overdue_and_what_is_due_this_week(db, two_due_plans, screen):
    model = screen.due.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data().startswith("5 days late\n")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#c4320a"
    assert model.index(1, 0).data().startswith("In 3 days\n")
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#b54708"
    assert model.index(0, 1).data() == "AQD-1001\nAqualine Dishwasher DW600"
    assert model.index(0, 3).data() == "Quarterly inspection\nCalendar"
    assert screen.due.overdue_badge.text() == "1 overdue"
    assert screen.due.week_badge.text() == "1 due this week"

    screen.due.technician.setCurrentIndex(screen.due.technician.findData("Sam Okafor"))
    assert model.rowCount() == 1 and model.index(0, 1).data().startswith("AQD-1001")


def test_booking_two_due_items_as_one_visit_makes_two_orders_on_the_calendar(
    qtbot, db, two_due_plans, screen
):
    dialog = book_both(qtbot, screen)

    assert len(dialog.order_ids) == 2
    orders = [repairs.get_order(db, order_id) for order_id in dialog.order_ids]
    assert {o.serial for o in orders} == {"AQD-1001", "BCM-2002"}
    assert {(o.service_type, o.channel, o.technician) for o in orders} == {
        ("preventive_maintenance", "on_site", "Mei Chen")
    }
    model = screen.due.model
    assert [model.index(r, 5).data() for r in range(2)] == ["Booked", "Booked"]
    assert not screen.due.book_button.isEnabled()

    (show,) = screen.banner.buttons
    click(qtbot, show)
    assert screen.current_view() == "calendar"
    calendar = screen.calendar
    assert sorted(calendar.orders_shown()) == sorted(o.number for o in orders)
    (card,) = calendar.cards
    assert card.visit.technician == "Mei Chen"
    assert "Mill Lane" in card.visit.address


def test_completing_the_visit_moves_the_plans_due_date(qtbot, db, two_due_plans, screen):
    late, _soon = two_due_plans
    dialog = book_both(qtbot, screen)
    order = repairs.get_order(db, dialog.order_ids[0])
    screen.show_calendar(TODAY)
    (card,) = screen.calendar.cards
    click(qtbot, card.order_buttons[order.number])

    complete = screen.dialog
    assert isinstance(complete, CompleteVisitDialog) and complete.isVisible()
    assert [box.text() for box in complete.tasks] == ["Check seals", "Clean filter"]
    for box in complete.tasks:
        click(qtbot, box)
    click(qtbot, complete.save_button)
    qtbot.waitUntil(lambda: not complete.isVisible())

    plan = maintenance.get_plan(db, late.id)
    next_due = schedule.add_interval(TODAY, 3, "months")
    assert plan.last_done_on == TODAY and plan.due_on == next_due
    assert next_due.strftime("%Y") in screen.banner.label.text()
    assert "next due" in screen.banner.label.text()
    assert maintenance.visit_job(db, order.id).checklist_result.startswith("☑ Check seals")
    # The list no longer shows the serviced unit as due.
    screen.show_view("due")
    model = screen.due.model
    units_due = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert units_due == ["BCM-2002\nBrewmaster Espresso Machine CM450"]


def test_a_plan_with_interval_zero_is_refused_next_to_the_interval(
    qtbot, db, screen, janes_dishwasher
):
    screen.show_view("plans")
    plans = screen.plans
    type_into(qtbot, plans.chooser.field, "aqd-1001")
    qtbot.keyClick(plans.chooser.field, Qt.Key.Key_Return)
    assert plans.unit_title.text() == "AQD-1001"
    assert plans.no_plans.isVisible()

    click(qtbot, plans.new_button)
    form = plans.form
    assert isinstance(form, PlanForm) and form.isVisible()
    type_into(qtbot, form.name, "Monthly check")
    type_into(qtbot, form.interval_count, "0")
    click(qtbot, form.save_button)

    assert form.isVisible()
    message = form.errors.message("interval_count")
    assert message and "1 or more" in message
    assert form.interval_count.property("invalid") is True
    assert form.name.text() == "Monthly check"
    assert maintenance.plans_of_unit(db, janes_dishwasher.id) == []

    type_into(qtbot, form.interval_count, "1")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible())
    (plan,) = maintenance.plans_of_unit(db, janes_dishwasher.id)
    assert (plan.name, plan.interval_count) == ("Monthly check", 1)
    assert plans.plans_table.item(0, 0).text() == "Monthly check"


def test_a_lower_meter_reading_is_refused_next_to_the_field(qtbot, db, screen, janes_dishwasher):
    maintenance.create_plan(
        db,
        PlanDraft(
            janes_dishwasher.id,
            "Service every 500 h",
            basis="meter",
            meter_interval=500,
            start_on=TODAY - dt.timedelta(days=30),
        ),
    )
    maintenance.log_reading(db, "AQD-1001", 1000, TODAY - dt.timedelta(days=30))
    screen.show_view("readings")
    readings = screen.readings
    type_into(qtbot, readings.chooser.field, "AQD-1001")
    qtbot.keyClick(readings.chooser.field, Qt.Key.Key_Return)
    assert readings.reading.hasFocus()
    qtbot.keyClicks(readings.reading, "900")
    qtbot.keyClick(readings.reading, Qt.Key.Key_Return)

    message = readings.errors.message("reading")
    assert message and "lower" in message
    assert readings.reading.text() == "900"
    assert len(maintenance.readings_of_unit(db, janes_dishwasher.id)) == 1

    type_into(qtbot, readings.reading, "1300")
    qtbot.keyClick(readings.reading, Qt.Key.Key_Return)
    assert readings.errors.message("reading") is None
    assert readings.readings_table.rowCount() == 2
    assert readings.readings_table.item(0, 1).text() == QLocale().toString(1300) + " h"
    # 300 h in 30 days: 10 h a day, 200 h to go.
    assert "forecast for" in readings.forecast.text()
    assert "about 10 h a day" in readings.forecast.text()


def test_the_main_window_opens_maintenance_and_follow_ups(window):
    from ui.followups.screen import FollowUpsScreen

    window.open_area("maintenance")
    assert isinstance(window.stack.currentWidget(), MaintenanceScreen)
    assert window.page_title.text() == "Maintenance"
    window.open_area("followups")
    assert isinstance(window.stack.currentWidget(), FollowUpsScreen)


def test_units_at_two_addresses_are_not_booked_as_one_visit(
    qtbot, db, two_due_plans, dishwasher, screen
):
    from fieldservice.services import customers

    tom = customers.create_customer(
        db, customers.CustomerDraft("Tom Baker", address="3 High Street\nOtley LS21 1AA")
    )
    toms = units.create_unit(db, units.UnitDraft("AQD-3003", dishwasher.id, tom.id))
    maintenance.create_plan(db, PlanDraft(toms.id, "Inspection", start_on=TODAY))
    screen.due.refresh()
    assert screen.due.model.rowCount() == 3
    screen.due.table.selectAll()
    click(qtbot, screen.due.book_button)
    dialog = screen.due.dialog
    assert "2 different addresses" in dialog.banner.label.text()
    assert not dialog.save_button.isEnabled()
    assert "Otley" in dialog.where.text() and "Mill Lane" in dialog.where.text()
    dialog.reject()
    assert repairs.count_orders(db) == 0


def test_a_maintenance_contract_plans_every_unit_of_the_product(
    qtbot, db, dishwasher, janes_dishwasher, screen
):
    units.create_unit(db, units.UnitDraft("AQD-2002", dishwasher.id))
    screen.show_view("plans")
    form = screen.plans.plan_for_product()
    assert form.product is not None
    form.product.set_product(dishwasher.id)
    type_into(qtbot, form.name, "Contract service")
    form.contract_end.set_value(TODAY + dt.timedelta(days=365))
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.made == 2
    assert "2 plans made" in screen.plans.banner.label.text()
    assert maintenance.count_plans(db) == 2
    screen.show_view("due")
    assert screen.due.model.rowCount() == 2


def test_the_calendar_moves_week_by_week(qtbot, db, two_due_plans, screen):
    book_both(qtbot, screen)
    screen.show_calendar(TODAY)
    calendar = screen.calendar
    assert len(calendar.cards) == 1
    click(qtbot, calendar.next_button)
    assert calendar.monday == TODAY - dt.timedelta(days=TODAY.weekday()) + dt.timedelta(7)
    assert calendar.cards == [] and calendar.empty.isVisible()
    click(qtbot, calendar.previous_button)
    assert len(calendar.cards) == 1
    assert f"week {TODAY.isocalendar().week}" in calendar.title.text()


@pytest.fixture
def unowned_meter_plan(db, coffee_machine):
    """A coffee machine nobody owns yet, serviced every 500 hours (no reading yet)."""
    unowned = units.create_unit(db, units.UnitDraft("BCM-3003", coffee_machine.id))
    return maintenance.create_plan(
        db,
        PlanDraft(
            unowned.id,
            "Grinder check",
            basis="meter",
            interval_count=None,
            meter_interval=500,
            technician="Mei Chen",
        ),
    )


def test_all_plans_are_listed_filtered_and_a_row_opens_its_units_plans(
    qtbot, db, two_due_plans, unowned_meter_plan, coffee_machine, screen
):
    _late, soon = two_due_plans
    click(qtbot, screen.view_buttons["all_plans"])
    assert screen.current_view() == "all_plans"
    view = screen.all_plans
    model = view.model

    def serials() -> list[str]:
        return [model.index(r, 0).data().split("\n")[0] for r in range(model.rowCount())]

    assert serials() == ["AQD-1001", "BCM-2002", "BCM-3003"]
    assert view.counter.text() == "3 plans"
    assert model.index(0, 1).data() == "Jane Smith"
    assert model.index(0, 2).data() == "Quarterly inspection\nCalendar · Every 3 months"
    assert model.index(0, 3).data() == "Never"
    assert model.index(0, 4).data().endswith("\n5 days late")
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).name() == "#c4320a"
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 5).data() == "Sam Okafor"
    assert model.index(2, 1).data() == "No owner"
    assert model.index(2, 4).data() == "Not due"

    view.customer.set_search("jane")
    assert serials() == ["AQD-1001", "BCM-2002"]
    view.product.setCurrentIndex(view.product.findText(coffee_machine.name))
    assert serials() == ["BCM-2002"]
    view.customer.set_search("")
    assert serials() == ["BCM-2002", "BCM-3003"]
    view.basis.setCurrentIndex(view.basis.findData("meter"))
    assert serials() == ["BCM-3003"]
    view.basis.setCurrentIndex(0)
    view.product.setCurrentIndex(0)
    view.technician.setCurrentIndex(view.technician.findData("Sam Okafor"))
    assert serials() == ["AQD-1001"]
    view.technician.setCurrentIndex(0)
    click(qtbot, view.overdue_only)
    assert serials() == ["AQD-1001"] and view.counter.text() == "1 plan"
    view.customer.set_search("nobody at all")
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No plan matches"

    view.customer.set_search("")
    click(qtbot, view.overdue_only)
    view.table.selectRow(1)
    click(qtbot, view.open_button)
    assert screen.current_view() == "plans"
    assert screen.plans.unit_id == soon.unit_id
    assert screen.plans.current_plan().id == soon.id
