"""Messages on screen: one at a time in an area, never a pile of old ones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime

from fieldservice.services import maintenance
from fieldservice.services.maintenance import PlanDraft
from ui.common.widgets import Banner
from ui.maintenance.screen import MaintenanceScreen


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def visible_banners(widget):
    return [banner for banner in widget.findChildren(Banner) if banner.isVisible()]


def test_a_message_left_on_another_tab_gives_way_to_the_new_one(qtbot, db, janes_dishwasher):
    maintenance.create_plan(
        db,
        PlanDraft(
            janes_dishwasher.id,
            "Quarterly inspection",
            start_on=dt.date.today() - dt.timedelta(days=5),
            technician="Sam Okafor",
        ),
    )
    screen = MaintenanceScreen(db)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    due = screen.due
    due.table.selectAll()
    click(qtbot, due.book_button)
    dialog = due.dialog
    dialog.day.set_value(dt.date.today())
    dialog.time.setTime(QTime(10, 30))
    type_into(qtbot, dialog.technician.lineEdit(), "Mei Chen")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert visible_banners(screen) == [screen.banner]  # the visit is booked

    screen.show_view("plans")
    plans = screen.plans
    type_into(qtbot, plans.chooser.field, "aqd-1001")
    qtbot.keyClick(plans.chooser.field, Qt.Key.Key_Return)
    click(qtbot, plans.new_button)
    form = plans.form
    type_into(qtbot, form.name, "Monthly check")
    type_into(qtbot, form.interval_count, "1")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible())

    assert visible_banners(screen) == [plans.banner]
    assert "Monthly check" in plans.banner.label.text()


def test_a_banner_in_a_dialog_leaves_the_page_behind_it_alone(qtbot, db):
    screen = MaintenanceScreen(db)
    qtbot.addWidget(screen)
    screen.show()
    screen.banner.show_message("info", "Visit booked.")
    form = screen.plans.plan_for_product()
    form.banner.show_message("error", "Choose a product.")
    assert screen.banner.isVisible() and form.banner.isVisible()
    form.reject()
