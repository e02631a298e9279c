"""The desk calls customers back after service and handles their complaints."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from fieldservice.services import followups, repairs
from ui.followups.forms import ComplaintDialog, DelayDialog, ResolveDialog
from ui.followups.screen import FollowUpsScreen

TODAY = dt.date.today()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def deliver(db, unit_id, work_done="Replaced the drain pump"):
    order = repairs.open_order(db, repairs.IntakeDraft(unit_id, "Not draining"))
    for status in ("diagnosing", "in_repair", "quality_check"):
        repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done=work_done)
    repairs.move(db, order.id, "ready")
    return repairs.move(db, order.id, "delivered")


@pytest.fixture
def call_due_today(db, janes_dishwasher):
    """Jane's dishwasher was handed back; the centre calls on the day of delivery."""
    followups.set_follow_up_days(db, 0)
    return deliver(db, janes_dishwasher.id)


@pytest.fixture
def screen(qtbot, db):
    view = FollowUpsScreen(db)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_todays_calls_show_who_to_ring_and_what_was_done(db, call_due_today, screen):
    calls = screen.calls
    assert calls.model.rowCount() == 1
    assert calls.model.index(0, 0).data() == "Jane Smith\n0113 496 0123"
    assert calls.model.index(0, 1).data() == f"{call_due_today.number}\nAQD-1001"
    panel = calls.panel
    assert panel.isVisible()
    assert panel.phone.text() == "0113 496 0123"
    assert panel.work_done.text() == "Replaced the drain pump"
    assert not panel.save_button.isEnabled()
    assert screen.delay.text() == "Customers are called on the day of delivery"


def test_a_customer_not_reached_is_called_again_tomorrow(qtbot, db, call_due_today, screen):
    panel = screen.calls.panel
    click(qtbot, panel.not_reached)
    assert not panel.scores.isEnabled()
    assert panel.save_button.text() == "Save: not reached"
    click(qtbot, panel.save_button)

    assert followups.calls_due(db, TODAY) == []
    (call,) = followups.calls_due(db, TODAY + dt.timedelta(days=1))
    assert call.attempts == 1
    assert screen.calls.model.rowCount() == 0
    assert screen.calls.empty.isVisible()
    assert screen.calls.detail.currentWidget() is screen.calls.no_call
    assert "moved to" in screen.calls.banner.label.text()
    assert "try 2 of 3" in screen.calls.banner.label.text()


def test_a_reached_customer_needs_a_score(qtbot, db, call_due_today, screen):
    panel = screen.calls.panel
    click(qtbot, panel.reached)
    click(qtbot, panel.save_button)
    assert panel.score_errors["csat"].isVisible()
    assert "CSAT" in panel.score_errors["csat"].text()
    assert len(followups.calls_due(db, TODAY)) == 1
    click(qtbot, panel.csat.buttons[5])
    assert not panel.score_errors["csat"].isVisible()
    click(qtbot, panel.nps.buttons[10])
    click(qtbot, panel.save_button)
    assert followups.calls_due(db, TODAY) == []
    assert screen.calls.dialog is None


def test_an_unhappy_answer_opens_a_complaint_resolved_only_with_a_note(
    qtbot, db, call_due_today, screen
):
    panel = screen.calls.panel
    click(qtbot, panel.reached)
    click(qtbot, panel.csat.buttons[2])
    click(qtbot, panel.nps.buttons[3])
    click(qtbot, panel.effort.buttons[4])
    panel.comment.setFocus()
    qtbot.keyClicks(panel.comment, "Took two weeks and nobody called")
    click(qtbot, panel.save_button)

    dialog = screen.calls.dialog
    assert isinstance(dialog, ComplaintDialog) and dialog.isVisible()
    assert dialog.description.toPlainText() == "Took two weeks and nobody called"
    assert call_due_today.number in dialog.intro.text()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (complaint,) = followups.list_complaints(db, "unresolved")
    assert complaint.order_number == call_due_today.number
    assert complaint.customer_name == "Jane Smith"

    click(qtbot, screen.view_buttons["complaints"])
    complaints = screen.complaints
    assert complaints.model.rowCount() == 1
    complaints.table.selectRow(0)
    assert complaints.title.text() == complaint.number
    click(qtbot, complaints.resolve_button)
    resolve = complaints.dialog
    assert isinstance(resolve, ResolveDialog)
    click(qtbot, resolve.save_button)
    assert resolve.isVisible()
    assert resolve.errors.message("resolution") == "Enter the resolution note."
    assert followups.list_complaints(db, "unresolved") != []

    resolve.resolution.setFocus()
    qtbot.keyClicks(resolve.resolution, "Apologised; free descaling")
    click(qtbot, resolve.save_button)
    qtbot.waitUntil(lambda: not resolve.isVisible())
    assert followups.list_complaints(db, "unresolved") == []
    assert complaints.model.rowCount() == 0
    assert complaints.resolution.text() == "Apologised; free descaling"
    assert not complaints.resolve_button.isEnabled()


def test_complaints_are_assigned_to_someone(qtbot, db, screen):
    screen.show_view("complaints")
    complaints = screen.complaints
    click(qtbot, complaints.new_button)
    dialog = complaints.dialog
    assert isinstance(dialog, ComplaintDialog)
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("description") == "Enter the complaint."
    qtbot.keyClicks(dialog.description, "Engineer was rude on the phone")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert complaints.model.rowCount() == 1
    complaints.table.selectRow(0)
    click(qtbot, complaints.assign_button)
    assign = complaints.dialog
    assign.person.setEditText("Priya Shah")
    click(qtbot, assign.save_button)
    qtbot.waitUntil(lambda: not assign.isVisible())
    (complaint,) = followups.list_complaints(db, "investigating")
    assert complaint.assigned_to == "Priya Shah"
    assert complaints.badge.text() == "Investigating"


def test_the_call_back_delay_is_a_setting(qtbot, db, screen):
    dialog = screen.change_delay()
    assert isinstance(dialog, DelayDialog) and dialog.days.value() == 3
    dialog.days.setValue(5)
    click(qtbot, dialog.save_button)
    assert followups.follow_up_days(db) == 5
    assert screen.delay.text() == "Customers are called 5 days after delivery"


def test_after_a_call_the_next_customer_is_in_hand(qtbot, db, janes_dishwasher, screen):
    followups.set_follow_up_days(db, 0)
    first = deliver(db, janes_dishwasher.id)
    second = deliver(db, janes_dishwasher.id, work_done="Descaled and new door seal")
    screen.refresh()
    panel = screen.calls.panel
    assert panel.call.order_number == first.number
    click(qtbot, panel.reached)
    click(qtbot, panel.csat.buttons[4])
    click(qtbot, panel.save_button)

    assert screen.calls.model.rowCount() == 1
    assert panel.call is not None and panel.call.order_number == second.number
    assert panel.work_done.text() == "Descaled and new door seal"
    assert panel.csat.value() is None and not panel.reached.isChecked()


def test_after_a_saved_call_the_score_buttons_still_sit_above_their_captions(
    qtbot, db, janes_dishwasher, window
):
    followups.set_follow_up_days(db, 0)
    for _ in range(2):
        deliver(db, janes_dishwasher.id)
    window.resize(1280, 800)
    window.open_area("followups")
    calls = window.pages["followups"].calls
    panel = calls.panel
    click(qtbot, panel.reached)
    click(qtbot, panel.csat.buttons[5])
    click(qtbot, panel.save_button)
    assert calls.banner.isVisible()  # "call saved": the list and the call lose height

    click(qtbot, panel.reached)
    for scores, value in ((panel.csat, 4), (panel.nps, 8), (panel.effort, 2)):
        click(qtbot, scores.buttons[value])
    qtbot.wait(10)
    for scores in (panel.csat, panel.nps, panel.effort):
        captions = [c for c in scores.findChildren(QLabel) if c.text()]
        for choice in scores.buttons.values():
            bottom = choice.mapTo(panel, QPoint(0, choice.height())).y()
            assert choice.height() >= choice.minimumSizeHint().height()
            for caption in captions:
                assert bottom <= caption.mapTo(panel, QPoint(0, 0)).y(), choice.text()
