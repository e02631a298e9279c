"""The service manager plans maintenance; the desk calls customers back."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.services import followups, maintenance, repairs
from fieldservice.services.maintenance import PlanDraft

D = dt.date
TODAY = dt.date.today()


@pytest.fixture
def unit_id(janes_dishwasher):
    return janes_dishwasher.id


def test_a_quarterly_plan_is_due_on_its_start_then_three_months_after_the_work(db, unit_id):
    plan = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id,
            "Quarterly inspection",
            interval_count=3,
            start_on=TODAY,
            checklist="Check seals\nClean filter\n\nTest drain",
        ),
    )
    assert plan.due_on == TODAY and plan.checklist == ("Check seals", "Clean filter", "Test drain")
    (item,) = maintenance.due_list(db, TODAY)
    assert item.bucket(TODAY) == "this_week" and not item.booked

    (order_id,) = maintenance.book_visit(db, [plan.id], technician="Sam Okafor")
    order = repairs.get_order(db, order_id)
    assert (order.service_type, order.channel, order.technician) == (
        "preventive_maintenance",
        "on_site",
        "Sam Okafor",
    )
    assert "☐ Clean filter" in order.fault_reported
    assert maintenance.due_list(db, TODAY)[0].booked

    done = maintenance.complete_visit(db, order_id, done_on=TODAY, checklist_result="All OK")
    assert done.last_done_on == TODAY
    assert done.due_on == maintenance.schedule.add_interval(TODAY, 3, "months")


def test_a_meter_plan_is_forecast_from_usage_and_due_when_the_meter_gets_there(db, unit_id):
    plan = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id,
            "Service every 500 h",
            basis="meter",
            interval_count=None,
            meter_interval=500,
            start_on=D(2026, 1, 1),
        ),
    )
    assert plan.due_on is None  # no readings yet: no forecast
    maintenance.log_reading(db, "AQD-1001", 1000, D(2026, 1, 1))
    (after,) = maintenance.log_reading(db, "AQD-1001", 1300, D(2026, 1, 31))
    assert after.due_meter == 1500
    assert after.due_on == D(2026, 2, 20)  # 10 h a day, 200 h to go
    with pytest.raises(InvalidInput, match="lower"):
        maintenance.log_reading(db, "AQD-1001", 1200, D(2026, 2, 1))


def test_whichever_comes_first_takes_the_earlier(db, unit_id):
    plan = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id,
            "Service",
            basis="either",
            interval_count=6,
            meter_interval=500,
            start_on=D(2026, 1, 1),
        ),
    )
    maintenance.log_reading(db, "AQD-1001", 1000, D(2026, 1, 1))
    (plan,) = maintenance.log_reading(db, "AQD-1001", 1300, D(2026, 1, 31))
    # Calendar: due on the start (1 Jan); the meter forecast (20 Feb) is later.
    assert plan.due_on == D(2026, 1, 1)


def test_nothing_is_due_after_the_contract_ends(db, unit_id):
    plan = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id,
            "Yearly",
            interval_count=1,
            interval_unit="years",
            start_on=D(2026, 1, 1),
            contract_end=D(2026, 6, 30),
        ),
    )
    assert plan.due_on == D(2026, 1, 1)
    (order_id,) = maintenance.book_visit(db, [plan.id])
    assert maintenance.complete_visit(db, order_id, done_on=D(2026, 1, 5)).due_on is None


def test_a_plan_for_every_unit_of_a_product_under_contract(db, dishwasher, janes_dishwasher):
    from fieldservice.services import units

    units.create_unit(db, units.UnitDraft("AQD-2", dishwasher.id))
    made = maintenance.create_contract_plans(
        db,
        dishwasher.id,
        PlanDraft(
            None,
            "Contract service",
            interval_count=6,
            start_on=TODAY,
            contract_end=TODAY + dt.timedelta(days=730),
        ),
    )
    assert made == 2
    assert maintenance.count_plans(db) == 2
    assert {i.plan.serial for i in maintenance.due_list(db, TODAY)} == {"AQD-1001", "AQD-2"}
    areas = {i.plan.area for i in maintenance.due_list(db, TODAY)}
    assert "Leeds LS6" in areas  # town and postcode district of the owner's address


def test_visits_booked_together_share_a_slot_in_the_week_calendar(db, dishwasher, unit_id):
    from fieldservice.services import units

    other = units.create_unit(db, units.UnitDraft("AQD-2", dishwasher.id))
    plans = [
        maintenance.create_plan(db, PlanDraft(u, "Inspection", start_on=TODAY)).id
        for u in (unit_id, other.id)
    ]
    at = dt.datetime.combine(TODAY, dt.time(10, 0), dt.UTC)
    orders = maintenance.book_visit(db, plans, visit_at=at, technician="Mei Chen")
    (visit,) = maintenance.week_calendar(db, TODAY, "Mei Chen")
    assert len(visit.orders) == 2 and visit.visit_at == at
    assert sorted(visit.orders) == sorted(repairs.get_order(db, o).number for o in orders)


def test_bad_plans_are_refused_naming_the_field(db, unit_id):
    for draft, field in (
        (PlanDraft(unit_id, " "), "name"),
        (PlanDraft(unit_id, "X", interval_count=0), "interval_count"),
        (PlanDraft(unit_id, "X", basis="meter", interval_count=None), "meter_interval"),
        (PlanDraft(unit_id, "X", contract_end=D(2000, 1, 1)), "contract_end"),
    ):
        with pytest.raises(InvalidInput) as refused:
            maintenance.create_plan(db, draft)
        assert refused.value.field == field


# -- follow-ups -------------------------------------------------------------------------------


def delivered_order(db, unit_id):
    order = repairs.open_order(db, repairs.IntakeDraft(unit_id, "Not draining"))
    for status in ("diagnosing", "in_repair", "quality_check"):
        repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done="Cleared pump")
    repairs.move(db, order.id, "ready")
    return repairs.move(db, order.id, "delivered")


def test_delivering_an_order_books_a_call_three_days_later(db, unit_id):
    order = delivered_order(db, unit_id)
    assert followups.calls_due(db, TODAY + dt.timedelta(days=2)) == []
    (call,) = followups.calls_due(db, TODAY + dt.timedelta(days=3))
    assert call.order_number == order.number and call.customer_name == "Jane Smith"


def test_the_follow_up_delay_is_a_setting(db, unit_id):
    followups.set_follow_up_days(db, 7)
    delivered_order(db, unit_id)
    assert followups.calls_due(db, TODAY + dt.timedelta(days=6)) == []
    assert len(followups.calls_due(db, TODAY + dt.timedelta(days=7))) == 1


def test_a_customer_not_reached_is_tried_again_three_times_in_all(db, unit_id):
    delivered_order(db, unit_id)
    day = TODAY + dt.timedelta(days=3)
    for _attempt in (1, 2):
        (call,) = followups.calls_due(db, day)
        outcome = followups.record_call(db, call.id, reached=False, on=day)
        day = outcome.next_due_on
        assert outcome.status == "open" and day is not None
    (call,) = followups.calls_due(db, day)
    assert followups.record_call(db, call.id, reached=False, on=day).status == "gave_up"
    assert followups.calls_due(db, day + dt.timedelta(days=30)) == []


def test_an_unhappy_answer_opens_a_complaint_that_is_resolved_with_a_note(db, unit_id):
    order = delivered_order(db, unit_id)
    (call,) = followups.calls_due(db, TODAY + dt.timedelta(days=3))
    with pytest.raises(InvalidInput, match="from 0 to 10") as refused:
        followups.record_call(db, call.id, reached=True, csat=2, nps=11)
    assert refused.value.field == "nps"
    outcome = followups.record_call(
        db, call.id, reached=True, csat=2, nps=3, effort=4, comment="Took two weeks"
    )
    assert outcome.unhappy
    complaint = followups.open_complaint(db, "Repair took two weeks", order_id=order.id)
    assert complaint.number == "LD01-CP-000001" and complaint.customer_name == "Jane Smith"
    complaint = followups.assign_complaint(db, complaint.id, "Service manager")
    assert complaint.status == "investigating"
    done = followups.resolve_complaint(db, complaint.id, "Apologised; free descaling")
    assert (done.status, done.resolved_on) == ("resolved", TODAY)
    assert followups.list_complaints(db, "unresolved") == []


def test_completing_a_visit_closes_its_work_order_with_the_checklist(db, unit_id):
    plan = maintenance.create_plan(
        db, PlanDraft(unit_id, "Quarterly inspection", start_on=TODAY, checklist="Seals")
    )
    (order_id,) = maintenance.book_visit(db, [plan.id])
    maintenance.complete_visit(db, order_id, done_on=TODAY, checklist_result="☑ Seals: OK")
    order = repairs.get_order(db, order_id)
    assert order.status == "delivered"
    assert "☑ Seals: OK" in order.work_done
    assert [m[2] for m in repairs.history(db, order_id)][-1] == "delivered"
    with pytest.raises(InvalidInput, match="already completed"):
        maintenance.complete_visit(db, order_id)
