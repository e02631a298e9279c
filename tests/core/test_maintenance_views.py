"""The maintenance screens' data comes from one view service call each: one trip
into the database for the week calendar, a unit's plans and a unit's meter."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from fieldservice.errors import NotFound
from fieldservice.services import maintenance, repairs, units
from fieldservice.services.maintenance import PlanDraft
from tests.core.test_views import trips

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday())


@pytest.fixture
def unit_id(janes_dishwasher):
    return janes_dishwasher.id


def test_the_week_calendar_is_one_trip_with_every_visit_and_each_units_part(
    db, dishwasher, unit_id
):
    other = units.create_unit(db, units.UnitDraft("AQD-2", dishwasher.id))
    plans = [
        maintenance.create_plan(db, PlanDraft(u, "Inspection", start_on=TODAY)).id
        for u in (unit_id, other.id)
    ]
    at = dt.datetime.combine(MONDAY, dt.time(10, 0), dt.UTC)
    orders = maintenance.book_visit(db, plans, visit_at=at, technician="Mei Chen")
    numbers = sorted(repairs.get_order(db, o).number for o in orders)

    with trips(db) as taken:
        week = maintenance.week_view(db, MONDAY, "Mei Chen")

    assert len(taken) == 1
    assert week.monday == MONDAY
    (visit,) = week.visits
    assert visit.visit_at == at and sorted(visit.orders) == numbers
    assert sorted(week.jobs) == numbers
    assert {j.plan.serial for j in week.jobs.values()} == {"AQD-1001", "AQD-2"}
    assert all(j.technician == "Mei Chen" and j.status == "booked" for j in week.jobs.values())
    assert maintenance.week_view(db, MONDAY, "Sam Okafor").visits == []


def test_a_units_plans_are_one_trip_however_many_plans_it_has(db, unit_id):
    inspection, descale, filters = (
        maintenance.create_plan(db, PlanDraft(unit_id, name, start_on=TODAY))
        for name in ("Inspection", "Descale", "Filters")
    )
    at = dt.datetime.combine(TODAY, dt.time(9, 30), dt.UTC)
    (booked_order,) = maintenance.book_visit(
        db, [inspection.id], visit_at=at, technician="Sam Okafor"
    )
    (done_order,) = maintenance.book_visit(db, [descale.id], visit_at=at)
    maintenance.complete_visit(db, done_order, done_on=TODAY)

    with trips(db) as taken:
        view = maintenance.unit_plans_view(db, unit_id)

    assert len(taken) == 1
    assert view.unit.serial == "AQD-1001"
    assert {p.name for p in view.plans} == {"Inspection", "Descale", "Filters"}
    # Only the plan whose visit is still to do has one booked.
    assert list(view.booked) == [inspection.id]
    job = view.booked[inspection.id]
    assert (job.order_id, job.technician, job.visit_at) == (booked_order, "Sam Okafor", at)
    assert job == maintenance.booked_job(db, inspection.id)
    assert maintenance.booked_job(db, filters.id) is None


def test_the_old_way_to_a_units_plans_took_a_trip_per_plan_and_two_more(db, unit_id):
    plans = [
        maintenance.create_plan(db, PlanDraft(unit_id, name, start_on=TODAY))
        for name in ("Inspection", "Descale", "Filters")
    ]

    with trips(db) as taken:
        for plan in maintenance.plans_of_unit(db, unit_id):
            maintenance.booked_job(db, plan.id)
        units.get_unit(db, unit_id)

    assert len(taken) == len(plans) + 2


def test_a_unit_with_no_plans_shows_none_in_one_trip(db, unit_id):
    with trips(db) as taken:
        view = maintenance.unit_plans_view(db, unit_id)

    assert len(taken) == 1
    assert (view.unit.id, view.plans, view.booked) == (unit_id, [], {})


def test_a_units_meter_is_one_trip_with_its_readings_and_only_its_meter_plans(db, unit_id):
    maintenance.create_plan(db, PlanDraft(unit_id, "Quarterly inspection", start_on=TODAY))
    meter_plan = maintenance.create_plan(
        db,
        PlanDraft(
            unit_id,
            "Service every 500 h",
            basis="meter",
            interval_count=None,
            meter_interval=500,
            start_on=TODAY - dt.timedelta(days=30),
        ),
    )
    maintenance.log_reading(db, "AQD-1001", 100, TODAY - dt.timedelta(days=10))
    maintenance.log_reading(db, "AQD-1001", 180, TODAY, note="by phone")

    with trips(db) as taken:
        meter = maintenance.unit_meter_view(db, unit_id)

    assert len(taken) == 1
    assert meter.unit.serial == "AQD-1001"
    assert [(r.reading, r.note) for r in meter.readings] == [(180, "by phone"), (100, "")]
    assert [p.id for p in meter.plans] == [meter_plan.id]
    assert meter.plans[0].due_meter is not None


def test_a_unit_that_is_not_there_is_not_found_by_its_views(db):
    nowhere = uuid.uuid4()
    with pytest.raises(NotFound):
        maintenance.unit_plans_view(db, nowhere)
    with pytest.raises(NotFound):
        maintenance.unit_meter_view(db, nowhere)
