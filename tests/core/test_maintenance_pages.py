"""The pages and look-ups the maintenance and follow-up screens read."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.services import customers, followups, maintenance, products, repairs, units
from fieldservice.services.maintenance import DueFilter, PlanDraft, PlanFilter
from tests.conftest import query_plan, statements_sent

TODAY = dt.date.today()


@pytest.fixture
def unit_id(janes_dishwasher):
    return janes_dishwasher.id


def test_the_due_list_is_paged_and_counted_by_bucket(db, dishwasher, unit_id):
    other = units.create_unit(db, units.UnitDraft("AQD-2", dishwasher.id))
    third = units.create_unit(db, units.UnitDraft("AQD-3", dishwasher.id))
    for uid, start, tech in (
        (unit_id, TODAY - dt.timedelta(days=10), "Sam Okafor"),
        (other.id, TODAY + dt.timedelta(days=2), "Mei Chen"),
        (third.id, TODAY + dt.timedelta(days=20), "Sam Okafor"),
    ):
        maintenance.create_plan(
            db, PlanDraft(uid, "Inspection", start_on=start, technician=tech, area="Leeds LS6")
        )
    f = DueFilter(TODAY)
    assert maintenance.count_due(db, f) == 3
    first, second = (
        maintenance.list_due(db, f, offset=0, limit=2),
        maintenance.list_due(db, f, offset=2, limit=2),
    )
    assert [i.plan.serial for i in first + second] == ["AQD-1001", "AQD-2", "AQD-3"]
    assert maintenance.due_summary(db, f) == maintenance.DueSummary(1, 1, 1)
    sam = DueFilter(TODAY, technician="Sam Okafor")
    assert maintenance.count_due(db, sam) == 2
    assert maintenance.due_summary(db, DueFilter(TODAY, horizon_days=7)).upcoming == 0
    assert maintenance.plan_areas(db) == ["Leeds LS6"]
    assert maintenance.plan_technicians(db) == ["Mei Chen", "Sam Okafor"]


def test_changing_a_plans_interval_moves_its_next_date_from_the_last_visit(db, unit_id):
    plan = maintenance.create_plan(db, PlanDraft(unit_id, "Inspection", start_on=TODAY))
    (order_id,) = maintenance.book_visit(db, [plan.id])
    maintenance.complete_visit(db, order_id, done_on=TODAY)
    changed = maintenance.update_plan(
        db, plan.id, PlanDraft(unit_id, "Inspection", interval_count=1, start_on=TODAY)
    )
    assert changed.due_on == maintenance.schedule.add_interval(TODAY, 1, "months")
    with pytest.raises(InvalidInput) as refused:
        maintenance.update_plan(db, plan.id, PlanDraft(unit_id, "Inspection", interval_count=0))
    assert refused.value.field == "interval_count"


def test_a_booked_visit_is_found_from_its_order_its_plan_and_its_week(db, unit_id):
    plan = maintenance.create_plan(
        db, PlanDraft(unit_id, "Inspection", start_on=TODAY, checklist="Seals\nFilter")
    )
    assert maintenance.booked_job(db, plan.id) is None
    at = dt.datetime.combine(TODAY, dt.time(9, 30), dt.UTC)
    (order_id,) = maintenance.book_visit(db, [plan.id], visit_at=at, technician="Sam Okafor")
    job = maintenance.visit_job(db, order_id)
    assert (job.status, job.technician, job.plan.checklist) == (
        "booked",
        "Sam Okafor",
        ("Seals", "Filter"),
    )
    assert job.order_number == repairs.get_order(db, order_id).number
    assert "Mill Lane" in job.address
    assert maintenance.booked_job(db, plan.id) == job
    (in_week,) = maintenance.jobs_in_week(db, TODAY, "Sam Okafor")
    assert in_week.order_id == order_id
    assert maintenance.jobs_in_week(db, TODAY, "Mei Chen") == []
    maintenance.complete_visit(db, order_id, done_on=TODAY)
    assert maintenance.booked_job(db, plan.id) is None
    assert maintenance.visit_job(db, order_id).status == "done"


def test_a_units_readings_newest_first(db, unit_id):
    maintenance.log_reading(db, "AQD-1001", 100, TODAY - dt.timedelta(days=10))
    maintenance.log_reading(db, "AQD-1001", 180, TODAY, note="by phone")
    readings = maintenance.readings_of_unit(db, unit_id)
    assert [(r.reading, r.note) for r in readings] == [(180, "by phone"), (100, "")]


def delivered_order(db, unit_id):
    order = repairs.open_order(db, repairs.IntakeDraft(unit_id, "Not draining"))
    for status in ("diagnosing", "in_repair", "quality_check"):
        repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done="Cleared pump")
    repairs.move(db, order.id, "ready")
    return repairs.move(db, order.id, "delivered")


def test_calls_and_complaints_come_in_pages(db, unit_id):
    for _ in range(3):
        delivered_order(db, unit_id)
    day = TODAY + dt.timedelta(days=3)
    assert followups.count_calls_due(db, day) == 3
    assert followups.count_calls_due(db, TODAY) == 0
    page = followups.list_calls_due(db, day, offset=1, limit=5)
    assert [c.id for c in page] == [c.id for c in followups.calls_due(db, day)][1:]
    first = followups.open_complaint(db, "Late")
    second = followups.open_complaint(db, "Rude", assigned_to="Manager")
    followups.resolve_complaint(db, first.id, "Apologised")
    assert followups.count_complaints(db) == 2
    assert followups.count_complaints(db, "unresolved") == 1
    assert [c.number for c in followups.list_complaints_page(db, "", offset=0, limit=1)] == [
        second.number
    ]
    assert followups.get_complaint(db, first.id).resolution == "Apologised"


def test_the_plans_list_filters_by_customer_product_basis_technician_and_overdue(
    db, dishwasher, jane, unit_id
):
    boiler = products.create_product(
        db, products.ProductDraft("VAL-B30", "Valor Boiler B30", "Valor", "B30")
    )
    li = customers.create_customer(db, customers.CustomerDraft("Li Wei", phone="0113 496 0777"))
    li_boiler = units.create_unit(db, units.UnitDraft("VB-77", boiler.id, li.id))
    unowned = units.create_unit(db, units.UnitDraft("AQD-9", dishwasher.id))
    late = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id, "Inspection", start_on=TODAY - dt.timedelta(days=5), technician="Sam Okafor"
        ),
    )
    soon = maintenance.create_plan(
        db,
        PlanDraft(li_boiler.id, "Annual service", start_on=TODAY + dt.timedelta(days=3)),
    )
    by_meter = maintenance.create_plan(
        db,
        PlanDraft(
            li_boiler.id,
            "Burner check",
            basis="meter",
            interval_count=None,
            meter_interval=500,
            technician="Mei Chen",
        ),
    )
    later = maintenance.create_plan(
        db, PlanDraft(unowned.id, "Descale", start_on=TODAY + dt.timedelta(days=40))
    )

    def ids(**filters) -> list:
        page = maintenance.list_plans(db, PlanFilter(TODAY, **filters))
        assert page.total == len(page.plans)
        return [p.id for p in page.plans]

    # Soonest due first; a meter plan without readings has no date yet and comes last.
    assert ids() == [late.id, soon.id, later.id, by_meter.id]
    assert ids(customer="li") == [soon.id, by_meter.id]
    assert ids(customer="riverside bakery") == [late.id]
    assert ids(customer="nobody") == []
    assert ids(product_id=dishwasher.id) == [late.id, later.id]
    assert ids(basis="meter") == [by_meter.id]
    assert ids(basis="calendar", product_id=boiler.id) == [soon.id]
    assert ids(technician="Mei Chen") == [by_meter.id]
    assert ids(overdue_only=True) == [late.id]
    assert ids(overdue_only=True, customer="li") == []

    second = maintenance.list_plans(db, PlanFilter(TODAY), offset=1, limit=2)
    assert second.total == 4 and [p.id for p in second.plans] == [soon.id, later.id]
    row = second.plans[0]
    assert (row.serial, row.product_name, row.customer_name) == (
        "VB-77",
        "Valor Boiler B30",
        "Li Wei",
    )
    assert maintenance.list_plans(db, PlanFilter(TODAY), offset=10).total == 0
    assert [p.name for p in maintenance.plan_products(db)] == [
        "Aqualine Dishwasher DW600",
        "Valor Boiler B30",
    ]


def test_the_due_list_is_read_in_its_index_order_not_sorted_after(db, dishwasher, unit_id):
    """Real schedules put thousands of plans on one due date; sorting them in a
    temporary B-tree made one page of 300,000 plans take 0.7 s (issue: due list)."""
    maintenance.create_plan(db, PlanDraft(unit_id, "Inspection", start_on=TODAY))
    with statements_sent(db.engine) as sent:
        assert len(maintenance.list_due(db, DueFilter(TODAY))) == 1
    (statement, parameters), *_ = [
        (st, p) for st, p in sent if "maintenance_plan" in st and "LIMIT" in st
    ]
    plan = query_plan(db, statement, parameters)
    assert any("ix_maintenance_plan_active_due_id" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
