"""The manager's figures for March 2026, on a month built through the services,
each checked against arithmetic done by hand.

The month (times UTC, the test runs in UTC, so local days are UTC days):

- A  Jane's dishwasher (in warranty), urgent (response 2 h, resolution 24 h),
     technician Tom. Opened Mar 2 09:00, answered 11:00, ready Mar 3 11:00 (26 h:
     late), delivered Mar 4 09:00. 1 × PUMP-7 at 30, 90 min at 40/h. Follow-up
     answered: CSAT 5, NPS 10, effort 1.
- B  Bob's oven (not registered), normal (8 h / 120 h), technician Ann. Opened
     Mar 5 09:00, answered 10:00, waiting for the customer's approval from Mar 5
     12:00 to Mar 8 12:00 (72 h), ready Mar 11 09:00, delivered Mar 12 09:00.
     120 min at 30/h. Follow-up never answered (three attempts, given up).
- C  Bob's kettle, opened Mar 6 09:00, answered 17:30 (8.5 h), cancelled Mar 7.
- D  A's rework (same unit back 16 days after delivery), urgent, Tom. Opened Mar
     20 09:00, answered 10:00, waiting for parts 11:00-15:00, failed its quality
     check once, ready Mar 21 09:00 (24 h: just on target), delivered Mar 22
     09:00. 2 × PUMP-7 issued, 1 returned unused; 60 min at 40/h. Follow-up:
     CSAT 2, NPS 5, effort 4. A complaint opened Mar 22, resolved Mar 25.
- P  Bob's fridge, opened Jan 10, delivered Jan 20 (before the period).
- E  the same fridge back: opened Mar 25 09:00 (64 days after P), answered 18:00
     (9 h: late), still diagnosing at the end of March.
- F  Bob's fridge's neighbour, the heater: opened Feb 10, never touched.
- H  Bob's kettle again, opened Mar 30 10:00, still received.
Stock: PUMP-7 5 received Feb 1 at 30; SEAL-9 2 received 2025-01-15 at 5.
"""

from __future__ import annotations

import datetime as dt
import time
import types
import uuid
from decimal import Decimal

import pytest

from fieldservice import capture
from fieldservice.services import followups, products, repairs, stock, units
from fieldservice.services import reports as kpi
from fieldservice.services.repairs import IntakeDraft
from fieldservice.services.reports import Filters, Period
from fieldservice.services.reports import drill as reports_drill
from fieldservice.services.reports.common import Drill, ids_behind

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


class Clock:
    """The time the services see: set it, then act."""

    def __init__(self) -> None:
        self.now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, text: str) -> None:
        self.now = dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    now = Clock()

    class Today(dt.date):
        @classmethod
        def today(cls):
            return now().date()

    monkeypatch.setattr(capture, "utcnow", now)
    monkeypatch.setattr(repairs, "utcnow", now)
    monkeypatch.setattr(
        followups,
        "dt",
        types.SimpleNamespace(date=Today, datetime=dt.datetime, timedelta=dt.timedelta),
    )
    yield now
    monkeypatch.undo()
    time.tzset()


def walk(db, order, *statuses, reason=""):
    for status in statuses:
        order = repairs.move(db, order.id, status, reason)
    return order


@pytest.fixture
def march(db, clock, dishwasher, janes_warranty, jane):
    t = clock.at

    def go(order, *statuses, at, reason=""):
        """Move *order* through *statuses*, each at its time in *at*."""
        for status, when in zip(statuses, at, strict=True):
            t(when)
            order = repairs.move(db, order.id, status, reason)
        return order

    oven = products.create_product(db, products.ProductDraft("AQU-OV90", "Oven OV90", "Aqualine"))
    other = products.create_product(db, products.ProductDraft("KET-1", "Kettle", "Brewmaster"))
    u1 = janes_warranty.unit_id
    u2 = units.create_unit(db, units.UnitDraft("OVN-2001", oven.id, jane.id)).id
    u3 = units.create_unit(db, units.UnitDraft("KET-3001", other.id, jane.id)).id
    u4 = units.create_unit(db, units.UnitDraft("FRG-4001", oven.id, jane.id)).id
    u5 = units.create_unit(db, units.UnitDraft("HTR-5001", other.id, jane.id)).id

    t("2025-01-15T10:00")
    stock.create_location(db, "MAIN", "Main store")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump"))
    stock.create_part(db, stock.PartDraft("SEAL-9", "Door seal"))
    stock.receive(db, "SEAL-9", 2, "MAIN", unit_cost="5")

    def intake(unit, at, **kw):
        t(at)
        return repairs.open_order(db, IntakeDraft(unit, "Fault", **kw))

    def done(order):
        return repairs.update_work(db, order.id, work_done="Fixed")

    # P: January, before the period.
    p = intake(u4, "2026-01-10T09:00", technician="Ann")
    done(p)
    go(
        p,
        "diagnosing",
        "in_repair",
        "quality_check",
        "ready",
        "delivered",
        at=[
            "2026-01-10T10:00",
            "2026-01-11T09:00",
            "2026-01-12T09:00",
            "2026-01-13T09:00",
            "2026-01-20T09:00",
        ],
    )
    t("2026-02-01T09:00")
    stock.receive(db, "PUMP-7", 5, "MAIN", unit_cost="30")
    f = intake(u5, "2026-02-10T09:00")

    # A
    a = intake(u1, "2026-03-02T09:00", priority="urgent", technician="Tom")
    go(a, "diagnosing", "in_repair", at=["2026-03-02T11:00", "2026-03-02T12:00"])
    repairs.issue_part(db, a.id, "PUMP-7", 1, "MAIN")
    repairs.log_labour(db, a.id, 90, "Pump", technician="Tom", hourly_rate="40")
    done(a)
    go(
        a,
        "quality_check",
        "ready",
        "delivered",
        at=["2026-03-03T10:00", "2026-03-03T11:00", "2026-03-04T09:00"],
    )

    # B: paused while the customer decides.
    b = intake(u2, "2026-03-05T09:00", technician="Ann")
    go(b, "diagnosing", at=["2026-03-05T10:00"])
    repairs.update_work(db, b.id, quote_amount="80")
    go(b, "waiting_approval", "in_repair", at=["2026-03-05T12:00", "2026-03-08T12:00"])
    repairs.log_labour(db, b.id, 120, "Element", technician="Ann", hourly_rate="30")
    done(b)
    go(
        b,
        "quality_check",
        "ready",
        "delivered",
        at=["2026-03-10T09:00", "2026-03-11T09:00", "2026-03-12T09:00"],
    )

    # C: cancelled.
    c = intake(u3, "2026-03-06T09:00")
    go(c, "diagnosing", at=["2026-03-06T17:30"])
    go(c, "cancelled", at=["2026-03-07T09:00"], reason="Customer withdrew")

    # D: A's unit back: a rework that waits for a part and fails its check once.
    t("2026-03-20T09:00")
    d = repairs.reopen_as_rework(db, a.id, "Still does not drain")
    go(
        d,
        "diagnosing",
        "waiting_parts",
        "in_repair",
        at=["2026-03-20T10:00", "2026-03-20T11:00", "2026-03-20T15:00"],
    )
    repairs.issue_part(db, d.id, "PUMP-7", 2, "MAIN")
    repairs.return_part(db, d.id, "PUMP-7", 1, "MAIN")
    repairs.log_labour(db, d.id, 60, "Pump again", technician="Tom", hourly_rate="40")
    done(d)
    go(
        d,
        "quality_check",
        "in_repair",
        "quality_check",
        "ready",
        "delivered",
        at=[
            "2026-03-20T16:00",
            "2026-03-20T17:00",
            "2026-03-21T08:00",
            "2026-03-21T09:00",
            "2026-03-22T09:00",
        ],
    )
    t("2026-03-22T12:00")
    complaint = followups.open_complaint(db, "Came back twice", order_id=d.id)
    t("2026-03-25T12:00")
    followups.resolve_complaint(db, complaint.id, "Apologised, free descaling")

    # E: open at the end of the period (and a repeat within 90 days of P).
    e = intake(u4, "2026-03-25T09:00", technician="Ann")
    go(e, "diagnosing", at=["2026-03-25T18:00"])
    # H: opened two days before the end, untouched.
    h = intake(u3, "2026-03-30T10:00")

    # Follow-ups: A answered, B never, D unhappy.
    calls = {c.order_id: c for c in followups.calls_due(db, dt.date(2026, 3, 31))}
    followups.record_call(
        db, calls[a.id].id, reached=True, csat=5, nps=10, effort=1, on=dt.date(2026, 3, 7)
    )
    for day in (15, 16, 17):
        followups.record_call(db, calls[b.id].id, reached=False, on=dt.date(2026, 3, day))
    followups.record_call(
        db, calls[d.id].id, reached=True, csat=2, nps=5, effort=4, on=dt.date(2026, 3, 25)
    )
    t("2026-04-02T09:00")
    return types.SimpleNamespace(
        a=a.id,
        b=b.id,
        c=c.id,
        d=d.id,
        e=e.id,
        f=f.id,
        h=h.id,
        p=p.id,
        complaint=complaint.id,
        db=db,
    )


def ids(*orders):
    return set(orders)


def behind(db, figure_drill):
    """The records a figure counted, found again through its drill."""
    return set(reports_drill.ids(db, figure_drill))


def test_volume_counts_in_out_and_the_backlog_by_age(march):
    m = march
    v = kpi.report(m.db, "volume", MARCH)
    # Opened in March: A B C D E H (P in January, F in February).
    assert behind(m.db, v.opened.drill) == ids(m.a, m.b, m.c, m.d, m.e, m.h) and v.opened.value == 6
    assert behind(m.db, v.delivered.drill) == ids(m.a, m.b, m.d)
    assert behind(m.db, v.cancelled.drill) == ids(m.c)
    # Open at Apr 1 00:00: E (6 d 15 h old), F (49 d 15 h), H (1 d 14 h).
    assert behind(m.db, v.backlog.drill) == ids(m.e, m.f, m.h)
    assert {k: behind(m.db, c.drill) for k, c in v.ageing.items()} == {
        "0-2": {m.h},
        "3-7": {m.e},
        "8-14": set(),
        "15+": {m.f},
    }


def test_the_backlog_at_an_earlier_end_still_holds_what_closed_later(march):
    m = march
    # At Mar 6 00:00: F (open), B (opened Mar 5, delivered Mar 12); A was delivered.
    v = kpi.report(m.db, "volume", Period(dt.date(2026, 3, 1), dt.date(2026, 3, 5)))
    assert behind(m.db, v.backlog.drill) == ids(m.b, m.f)
    # C was cancelled on Mar 7: open at Mar 7 00:00, gone at Mar 8 00:00.
    at_7th = kpi.report(m.db, "volume", Period(MARCH.start, dt.date(2026, 3, 6))).backlog
    at_8th = kpi.report(m.db, "volume", Period(MARCH.start, dt.date(2026, 3, 7))).backlog
    assert m.c in behind(m.db, at_7th.drill) and at_7th.value == 3
    assert m.c not in behind(m.db, at_8th.drill) and at_8th.value == 2


def test_speed_leaves_out_the_cancelled_order_and_the_customers_wait(march):
    m = march
    s = kpi.report(m.db, "speed", MARCH)
    # Response: A 2 h, B 1 h, D 1 h, E 9 h (C cancelled) -> 1, 1, 2, 9:
    # median (1 + 2) / 2 = 1.5; 90th at rank ceil(0.9 * 4) = 4 -> 9.
    assert (s.response.count, s.response.median_hours, s.response.p90_hours) == (4, 1.5, 9.0)
    assert behind(m.db, s.response.drill) == ids(m.a, m.b, m.d, m.e)
    # Repair: A 26 h; B 144 h less 72 h waiting = 72 h; D 24 h -> 24, 26, 72.
    assert (s.repair.count, s.repair.median_hours, s.repair.p90_hours) == (3, 26.0, 72.0)
    # Turnaround, waiting included: A 48 h, B 168 h, D 48 h.
    assert (s.turnaround.median_hours, s.turnaround.p90_hours) == (48.0, 168.0)
    assert behind(m.db, s.turnaround.drill) == ids(m.a, m.b, m.d)
    # Response targets: A 2 h of 2 (met), B 1 of 8, D 1 of 2, E 9 of 8 (missed): 3 / 4.
    assert (s.response_on_target.hits, s.response_on_target.base) == (3, 4)
    assert s.response_on_target.percent == 75.0
    assert behind(m.db, s.response_on_target.drill) == ids(m.a, m.b, m.d)
    # Resolution: A 26 h of 24 (missed); B due Mar 10 09:00 + 72 h wait = Mar 13 09:00,
    # ready Mar 11 (met, though late without the pause); D 24 h of 24 (met): 2 / 3.
    assert behind(m.db, s.resolution_on_target.drill) == ids(m.b, m.d)
    assert s.resolution_on_target.percent == 66.7


def test_quality_first_time_fix_repeats_and_rework(march):
    m = march
    q = kpi.report(m.db, "quality", MARCH)
    # Delivered: A (came back as D), B, D (failed its check once): 1 / 3.
    assert behind(m.db, q.first_time_fix.base_drill) == ids(m.a, m.b, m.d)
    assert behind(m.db, q.first_time_fix.drill) == ids(m.b)
    assert q.first_time_fix.percent == 33.3
    # Opened, not cancelled: A B D E H. D: 16 days after A; E: 64 days after P.
    assert behind(m.db, q.repeat_30.base_drill) == ids(m.a, m.b, m.d, m.e, m.h)
    assert behind(m.db, q.repeat_30.drill) == ids(m.d) and q.repeat_30.percent == 20.0
    assert behind(m.db, q.repeat_90.drill) == ids(m.d, m.e) and q.repeat_90.percent == 40.0
    assert behind(m.db, q.rework.drill) == ids(m.d) and q.rework.percent == 20.0


def test_customers_scores_follow_ups_and_complaints(march):
    m = march
    c = kpi.report(m.db, "customers", MARCH)
    # Calls of A, B, D (delivered in March; due Mar 7, 15, 25): A and D answered.
    assert (c.csat.value, c.csat.count) == (3.5, 2)  # (5 + 2) / 2
    assert (c.effort.value, c.effort.count) == (2.5, 2)  # (1 + 4) / 2
    # NPS: one promoter (10), one detractor (5) of two: (1 - 1) / 2 * 100 = 0.
    assert c.nps.score == 0.0 and c.nps.answers == 2
    assert (c.nps.promoters, c.nps.detractors, c.nps.passives) == (1, 1, 0)
    assert len(behind(m.db, c.nps.drill)) == 2
    # Completion: 2 done of 3 due (B given up after three attempts) = 66.7 %.
    assert (c.follow_up_completion.hits, c.follow_up_completion.base) == (2, 3)
    assert c.follow_up_completion.percent == 66.7
    # One complaint, 3 orders delivered: 100 * 1 / 3 = 33.3; resolved in 3 days.
    assert behind(m.db, c.complaints.drill) == {m.complaint}
    assert c.complaints_per_100_orders == 33.3
    resolution = c.complaint_resolution_days
    assert (resolution.value, behind(m.db, resolution.drill)) == (3.0, {m.complaint})


def test_a_follow_up_not_yet_due_is_not_held_against_the_centre(march):
    m = march
    # H delivered Apr 2: its call is due Apr 5, so up to Apr 2 it is not yet due.
    repairs.update_work(m.db, m.h, work_done="Descaled")
    walk(
        m.db,
        repairs.get_order(m.db, m.h),
        "diagnosing",
        "in_repair",
        "quality_check",
        "ready",
        "delivered",
    )
    c = kpi.report(m.db, "customers", Period(MARCH.start, dt.date(2026, 4, 2)))
    # Still A and D done of A, B, D: 2 / 3 (not 2 / 4).
    assert (c.follow_up_completion.hits, c.follow_up_completion.base) == (2, 3)
    calls = reports_drill.order_ids(m.db, c.follow_up_completion.base_drill)
    assert set(calls) == ids(m.a, m.b, m.d)


def test_parts_consumption_stock_value_turnover_dead_stock_and_waits(march):
    m = march
    p = kpi.report(m.db, "parts", MARCH)
    # PUMP-7: A 1, D 2 issued - 1 returned = 2 used, at 30 = 60.00.
    [pump] = p.by_part
    assert (pump.label, pump.quantity, pump.cost) == ("PUMP-7", Decimal(2), Decimal("60.00"))
    assert behind(m.db, pump.drill) == ids(m.a, m.d)
    [product] = p.by_product
    assert (product.label, product.quantity, product.cost) == ("AQU-DW600", 2, Decimal("60.00"))
    # Stock value: Mar 1 PUMP-7 5 x 30 + SEAL-9 2 x 5 = 160; Apr 1 3 x 30 + 10 = 100.
    assert (p.stock_value_start, p.stock_value_end) == (Decimal(160), Decimal(100))
    # Turnover: 60 / ((160 + 100) / 2) = 0.4615...
    assert p.turnover == 0.46
    # SEAL-9 has not moved since 2025-01-15, more than 12 months before Apr 1.
    assert [(v.part_number, v.on_hand, v.value) for v in p.dead_stock] == [
        ("SEAL-9", 2, Decimal("10.00"))
    ]
    # D waited for a part 11:00-15:00.
    assert (p.waited_for_parts.count, p.waited_for_parts.median_hours) == (1, 4.0)
    assert behind(m.db, p.waited_for_parts.drill) == {m.d}


def test_warranty_cost_failure_curve(march):
    m = march
    w = kpi.report(m.db, "warranty", MARCH)
    # In warranty and delivered: A (30 + 1.5 h x 40 = 90) and D (30 + 1 h x 40 = 70).
    assert w.cost_total == Decimal("160.00")
    [dishwasher] = w.by_product
    assert (dishwasher.key, dishwasher.parts, dishwasher.labour) == (
        "AQU-DW600",
        Decimal("60.00"),
        Decimal("100.00"),
    )
    assert behind(m.db, dishwasher.drill) == ids(m.a, m.d)
    assert [c.key for c in w.by_model] == ["DW600"]
    assert [c.key for c in w.by_month_of_sale] == ["2025-03"]
    # Sold 2025-03-14: A on Mar 2 2026 is in month 11, D on Mar 20 in month 12;
    # the one registered unit reached month 12 (on Mar 14) but not 13 by Mar 31.
    curve = {p.month: p for p in w.failure_curve}
    assert (curve[11].failures, curve[11].units, curve[11].per_100) == (1, 1, 100.0)
    assert behind(m.db, curve[12].drill) == {m.d}
    assert (curve[13].units, curve[13].per_100) == (0, None)
    assert sum(p.failures for p in w.failure_curve) == 2
    assert (w.replacements.value, w.refunds.value) == (0, 0)


def test_people_closed_hours_and_first_time_fix_per_technician(march):
    m = march
    people = {t.technician: t for t in kpi.report(m.db, "people", MARCH)}
    # Tom: A and D delivered, neither a first-time fix; 90 + 60 min = 2.5 h.
    # Ann: B delivered and fixed first time; 120 min = 2 h (P's labour was January).
    assert behind(m.db, people["Tom"].delivered.drill) == ids(m.a, m.d)
    assert (people["Tom"].hours, people["Tom"].first_time_fix.percent) == (2.5, 0.0)
    assert behind(m.db, people["Ann"].delivered.drill) == ids(m.b)
    assert (people["Ann"].hours, people["Ann"].first_time_fix.percent) == (2.0, 100.0)


def test_filters_narrow_every_figure_to_the_orders_that_match(march):
    m = march
    toms = Filters(technician="Tom")
    v = kpi.report(m.db, "volume", MARCH, toms)
    assert behind(m.db, v.opened.drill) == ids(m.a, m.d) and v.backlog.value == 0
    dishwashers = Filters(brand="Aqualine", service_type="fault_repair", channel="walk_in")
    # Aqualine: dishwasher (A, D), oven (B), fridge (E, P).
    opened = kpi.report(m.db, "volume", MARCH, dishwashers).opened
    assert behind(m.db, opened.drill) == ids(m.a, m.b, m.d, m.e)
    c = kpi.report(m.db, "customers", MARCH, Filters(technician="Ann"))
    assert c.complaints.value == 0 and c.follow_up_completion.base == 1


def test_all_families_come_from_one_read_and_an_unknown_one_is_refused(march):
    everything = kpi.report_all(march.db, MARCH)
    assert list(everything) == list(kpi.FAMILIES)
    from fieldservice.errors import InvalidInput

    with pytest.raises(InvalidInput, match="Unknown report"):
        kpi.report(march.db, "happiness", MARCH)
    with pytest.raises(InvalidInput, match="ends"):
        Period(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_maintenance_visits_on_time_and_plans_left_overdue(db, clock, janes_dishwasher):
    from fieldservice.services import maintenance
    from fieldservice.services.maintenance import PlanDraft

    unit = janes_dishwasher.id

    def plan(name, start):
        return maintenance.create_plan(db, PlanDraft(unit, name, start_on=start)).id

    clock.at("2026-03-01T08:00")
    early = plan("Filter", dt.date(2026, 3, 10))
    late = plan("Seals", dt.date(2026, 3, 5))
    forgotten = plan("Descale", dt.date(2026, 2, 15))
    plan("Pump check", dt.date(2026, 4, 20))  # due after March: not overdue
    (early_visit,) = maintenance.book_visit(db, [early])
    (late_visit,) = maintenance.book_visit(db, [late])
    clock.at("2026-03-09T15:00")  # due Mar 10: on time
    maintenance.complete_visit(db, early_visit, done_on=dt.date(2026, 3, 9))
    clock.at("2026-03-12T15:00")  # due Mar 5: a week late
    maintenance.complete_visit(db, late_visit, done_on=dt.date(2026, 3, 12))

    m = kpi.report(db, "maintenance", MARCH)
    # 1 of the 2 visits done in March was on time.
    assert behind(db, m.visits_on_time.base_drill) == {early_visit, late_visit}
    assert behind(db, m.visits_on_time.drill) == {early_visit}
    assert m.visits_on_time.percent == 50.0
    # Done plans moved on to June; Descale (due Feb 15) was never booked.
    assert behind(db, m.overdue_plans.drill) == {forgotten}


def test_postgresql_gives_the_same_figures(march, pg_engine):
    """The head office counts in PostgreSQL: the month copied there, row for row,
    must give every family's figures exactly as SQLite does."""
    from alembic import command
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from fieldservice.db import alembic_config
    from fieldservice.models import Base

    config = alembic_config()
    with pg_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with march.db.read() as source, pg_engine.begin() as target:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in source.execute(select(table))]
            if rows and table.name != "alembic_version":
                target.execute(insert(table), rows)
    with march.db.read() as s:
        expected = {name: run(s, MARCH, kpi.NO_FILTERS) for name, run in kpi.FAMILIES.items()}
    with Session(pg_engine) as s:
        got = {name: run(s, MARCH, kpi.NO_FILTERS) for name, run in kpi.FAMILIES.items()}
    for name in kpi.FAMILIES:
        assert _comparable(got[name]) == _comparable(expected[name]), name
    # And every figure's records, found again, are the same orders (calls, …).
    drills = list(_drills(expected))
    assert len(drills) > 40
    with march.db.read() as here, Session(pg_engine) as there:
        for d in drills:
            assert set(ids_behind(there, d)) == set(ids_behind(here, d)), (d.family, d.figure)


def _drills(value):
    """Every Drill in a report's result."""
    import dataclasses

    if isinstance(value, Drill):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _drills(getattr(value, f.name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _drills(v)
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _drills(v)


def _comparable(value):
    """A result with every tuple of ids as a set (the two databases may list them in
    another order)."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _comparable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, tuple):
        items = [_comparable(v) for v in value]
        return frozenset(items) if all(isinstance(v, uuid.UUID) for v in value) else items
    return value


def test_a_month_is_compared_with_the_month_before_and_other_periods_with_as_many_days():
    from fieldservice.services.reports.drill import previous

    assert previous(MARCH) == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    winter = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert previous(winter) == Period(dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    ten_days = Period(dt.date(2026, 3, 5), dt.date(2026, 3, 14))
    assert previous(ten_days) == Period(dt.date(2026, 2, 23), dt.date(2026, 3, 4))
    # A month that ends early is a run of days, not a month.
    assert previous(Period(dt.date(2026, 3, 1), dt.date(2026, 3, 30))).start == dt.date(2026, 1, 30)


def test_a_long_period_counts_its_orders_month_by_month_and_each_month_drills_down(march):
    m = march
    half_year = Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    with m.db.read() as s:
        steps = reports_drill.opened_over_time(s, half_year, kpi.NO_FILTERS)
    assert [(st.first, st.monthly, st.opened.value) for st in steps] == [
        (dt.date(2026, 1, 1), True, 1),  # P
        (dt.date(2026, 2, 1), True, 1),  # F
        (dt.date(2026, 3, 1), True, 6),
        (dt.date(2026, 4, 1), True, 0),
        (dt.date(2026, 5, 1), True, 0),
        (dt.date(2026, 6, 1), True, 0),
    ]
    assert behind(m.db, steps[2].opened.drill) == ids(m.a, m.b, m.c, m.d, m.e, m.h)
    # A quarter is still counted week by week.
    with m.db.read() as s:
        weeks = reports_drill.opened_over_time(
            s, Period(MARCH.start, dt.date(2026, 5, 31)), kpi.NO_FILTERS
        )
    assert not weeks[0].monthly and weeks[0].first == dt.date(2026, 2, 23)
