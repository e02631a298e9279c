"""The head office reads the chain's KPIs and the centres' league table.

March 2026 at three centres (times UTC; the test runs in UTC, so local days are
UTC days), each built through its own services and synced:

- SH01 Shanghai. A: pump in warranty, opened Mar 2 09:00, delivered Mar 3 10:00
  (25 h), 1 × PUMP-7 at 30 and 90 min at 40/h (90.00); call: CSAT 5, NPS 10.
  B: pump in warranty, opened Mar 5 09:00, delivered Mar 8 09:00 (72 h); call:
  CSAT 4, NPS 8; a complaint about it on Mar 9. C: opened Mar 30, untouched.
- TP01 Taipei. D: pump in warranty, opened Mar 2 09:00, fails its quality
  check once, delivered Mar 4 09:00 (48 h), 60 min at 50/h (50.00); call: CSAT
  2, NPS 3. E: D's unit back, reopened as rework Mar 10 09:00, delivered Mar 12
  09:00 (48 h).
- HK01 Hong Kong. F: opened Mar 3 09:00, cancelled Mar 4. G: opened Feb 20,
  still diagnosing at the end of March.
"""

# ruff: noqa: F811  (the clock fixture is imported, then named as an argument)
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import requests

from fieldservice.headoffice import catalogue, figures
from fieldservice.headoffice import reports as ho_reports
from fieldservice.headoffice.figures import half_even
from fieldservice.headoffice.league import league
from fieldservice.headoffice.models import HeadOfficeBase
from fieldservice.progress import run_to_end
from fieldservice.services import followups, products, repairs, stock, units, warranty
from fieldservice.services import reports as kpi
from fieldservice.services.reports import Filters
from fieldservice.services.reports.league import KPIS
from fieldservice.sync import client

# The clock fixture and the month of tests/core/test_reports.py.
from tests.core.test_reports import MARCH, clock  # noqa: F401


def get(server, path, token, **params):
    return requests.get(
        f"{server.url}{path}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


class Centre:
    """One centre's desk, with the clock in hand."""

    def __init__(self, db, clock) -> None:
        self.db, self.clock = db, clock

    def registered(self, serial: str):
        pump = products.get_product_by_sku(self.db, "P-1")
        record = warranty.register(
            self.db, warranty.RegistrationDraft(serial, pump.id, dt.date(2025, 6, 1))
        )
        return record.unit_id

    def unit(self, serial: str):
        pump = products.get_product_by_sku(self.db, "P-1")
        return units.create_unit(self.db, units.UnitDraft(serial, pump.id)).id

    def intake(self, unit_id, at: str, **kw):
        self.clock.at(at)
        return repairs.open_order(self.db, repairs.IntakeDraft(unit_id, "Fault", **kw))

    def go(self, order, *steps: tuple[str, str], reason: str = ""):
        """Move *order* through (status, time) steps."""
        for status, at in steps:
            self.clock.at(at)
            if status == "quality_check":
                repairs.update_work(self.db, order.id, work_done="Fixed")
            order = repairs.move(self.db, order.id, status, reason)
        return order

    def call(self, order, *, csat: int, nps: int, on: dt.date) -> None:
        due = {c.order_id: c for c in followups.calls_due(self.db, dt.date(2026, 3, 31))}
        followups.record_call(
            self.db, due[order.id].id, reached=True, csat=csat, nps=nps, effort=2, on=on
        )


def through(day: str, *hours: str) -> list[tuple[str, str]]:
    """diagnosing, in repair, quality check, ready, delivered at the given times."""
    statuses = ("diagnosing", "in_repair", "quality_check", "ready", "delivered")
    return [(s, f"{day}T{h}" if "T" not in h else h) for s, h in zip(statuses, hours, strict=True)]


@pytest.fixture
def march_chain(enrolled, head_office, clock):
    store = head_office.store
    run_to_end(catalogue.import_products(store, b"sku,name\nP-1,Pump\n"))
    run_to_end(catalogue.import_policies(store, b"sku,warranty_months\nP-1,24\n"))
    run_to_end(
        catalogue.import_parts(store, b"part_number,description,pack_size\nPUMP-7,Drain pump,1\n")
    )
    clock.at("2026-01-05T09:00")
    dbs = {
        code: enrolled(code, name)
        for code, name in (("SH01", "Shanghai"), ("TP01", "Taipei"), ("HK01", "Hong Kong"))
    }
    for db in dbs.values():
        client.sync_round(db)
    sh, tp, hk = (Centre(dbs[code], clock) for code in ("SH01", "TP01", "HK01"))

    clock.at("2026-02-01T09:00")
    stock.create_location(sh.db, "MAIN", "Main store")
    stock.receive(sh.db, "PUMP-7", 5, "MAIN", unit_cost="30")
    a = sh.intake(sh.registered("SH-1"), "2026-03-02T09:00", technician="Li")
    a = sh.go(a, ("diagnosing", "2026-03-02T10:00"), ("in_repair", "2026-03-02T11:00"))
    repairs.issue_part(sh.db, a.id, "PUMP-7", 1, "MAIN")
    repairs.log_labour(sh.db, a.id, 90, "Pump", technician="Li", hourly_rate="40")
    a = sh.go(
        a,
        ("quality_check", "2026-03-03T08:00"),
        ("ready", "2026-03-03T09:00"),
        ("delivered", "2026-03-03T10:00"),
    )
    b = sh.intake(sh.registered("SH-2"), "2026-03-05T09:00")
    b = sh.go(
        b,
        *through(
            "2026-03-05",
            "10:00",
            "11:00",
            "2026-03-07T09:00",
            "2026-03-07T10:00",
            "2026-03-08T09:00",
        ),
    )
    clock.at("2026-03-09T12:00")
    followups.open_complaint(sh.db, "Took three days", order_id=b.id)
    sh.intake(sh.unit("SH-3"), "2026-03-30T09:00")
    sh.call(a, csat=5, nps=10, on=dt.date(2026, 3, 20))
    sh.call(b, csat=4, nps=8, on=dt.date(2026, 3, 20))

    d = tp.intake(tp.registered("TP-1"), "2026-03-02T09:00", technician="Chen")
    d = tp.go(d, ("diagnosing", "2026-03-02T10:00"), ("in_repair", "2026-03-02T11:00"))
    repairs.log_labour(tp.db, d.id, 60, "Seal", technician="Chen", hourly_rate="50")
    d = tp.go(
        d,
        ("quality_check", "2026-03-03T09:00"),
        ("in_repair", "2026-03-03T10:00"),
        ("quality_check", "2026-03-03T12:00"),
        ("ready", "2026-03-03T13:00"),
        ("delivered", "2026-03-04T09:00"),
    )
    clock.at("2026-03-10T09:00")
    e = repairs.reopen_as_rework(tp.db, d.id, "Leaks again")
    tp.go(e, *through("2026-03-10", "10:00", "11:00", "12:00", "13:00", "2026-03-12T09:00"))
    tp.call(d, csat=2, nps=3, on=dt.date(2026, 3, 20))

    f = hk.intake(hk.unit("HK-1"), "2026-03-03T09:00")
    hk.go(f, ("cancelled", "2026-03-04T09:00"), reason="Customer withdrew")
    g = hk.intake(hk.unit("HK-2"), "2026-02-20T09:00")
    hk.go(g, ("diagnosing", "2026-02-20T10:00"))

    clock.at("2026-04-02T09:00")
    for db in dbs.values():
        client.sync_round(db)
    return dbs


def test_the_league_ranks_each_centre_against_the_others_and_the_chain(march_chain, head_office):
    token = ho_reports.add_report_user(head_office.store, "Operations")
    answer = get(
        head_office, "/api/v1/report/league", token, **{"from": "2026-03-01", "to": "2026-03-31"}
    )
    assert answer.status_code == 200, answer.text
    table = answer.json()
    assert [k["key"] for k in table["kpis"]] == [k.key for k in KPIS]
    rows = {row["site"]: row for row in table["centres"]}
    assert {code: row["name"] for code, row in rows.items()} == {
        "HK01": "Hong Kong",
        "SH01": "Shanghai",
        "TP01": "Taipei",
    }

    def column(key: str) -> dict[str, tuple]:
        return {
            code: (r["standings"][key]["value"], r["standings"][key]["rank"])
            for code, r in rows.items()
        }

    # Opened: SH A B C, TP D E, HK F (G in February).
    assert column("opened") == {"SH01": (3, 1), "TP01": (2, 2), "HK01": (1, 3)}
    # Delivered: SH A B, TP D E: a tie shares first place, the next is third.
    assert column("delivered") == {"SH01": (2, 1), "TP01": (2, 1), "HK01": (0, 3)}
    # Open at Apr 1: SH C, HK G (F was cancelled). Fewer is better.
    assert column("backlog") == {"SH01": (1, 2), "TP01": (0, 1), "HK01": (1, 2)}
    # Turnaround: SH 25 h and 72 h -> median 48.5, p90 (rank 2 of 2) 72; TP 48, 48.
    assert column("turnaround_median_hours") == {
        "SH01": (48.5, 2),
        "TP01": (48.0, 1),
        "HK01": (None, None),
    }
    assert column("turnaround_p90_hours")["SH01"] == (72.0, 2)
    # First-time fix: SH 2 of 2; TP: D failed its check and came back, E did not.
    assert column("first_time_fix_percent") == {
        "SH01": (100.0, 1),
        "TP01": (50.0, 2),
        "HK01": (None, None),
    }
    # Repeats: E of D E (6 days after D's delivery); HK's only March order cancelled.
    assert column("repeat_30_percent") == {
        "SH01": (0.0, 1),
        "TP01": (50.0, 2),
        "HK01": (None, None),
    }
    assert column("complaints_per_100_delivered") == {
        "SH01": (50.0, 2),
        "TP01": (0.0, 1),
        "HK01": (None, None),
    }
    assert column("csat") == {"SH01": (4.5, 1), "TP01": (2.0, 2), "HK01": (None, None)}
    # NPS: SH one promoter (10), one passive (8): 50; TP one detractor (3): -100.
    assert column("nps") == {"SH01": (50.0, 1), "TP01": (-100.0, 2), "HK01": (None, None)}
    # Warranty: SH A's pump 30 + 1.5 h x 40; TP D's 1 h x 50. Lower is better; HK
    # delivered nothing, so it has no place (not the best with 0.00).
    assert column("warranty_cost") == {
        "SH01": ("90.00", 2),
        "TP01": ("50.00", 1),
        "HK01": ("0.00", None),
    }

    # The chain: every order together (its median is of all four turnarounds:
    # 25, 48, 48, 72), and each row shows it beside the centre's figure.
    chain = table["chain"]
    assert (chain["opened"], chain["delivered"], chain["backlog"]) == (6, 4, 2)
    assert (chain["turnaround_median_hours"], chain["turnaround_p90_hours"]) == (48.0, 72.0)
    assert (chain["first_time_fix_percent"], chain["repeat_30_percent"]) == (75.0, 20.0)
    assert (chain["complaints_per_100_delivered"], chain["csat"], chain["nps"]) == (25.0, 3.67, 0.0)
    assert chain["warranty_cost"] == "140.00"
    assert rows["TP01"]["standings"]["csat"]["chain"] == 3.67


def league_rows(head_office, token) -> dict[str, dict]:
    month = {"from": "2026-03-01", "to": "2026-03-31"}
    answer = get(head_office, "/api/v1/report/league", token, **month)
    assert answer.status_code == 200, answer.text
    return {r["site"]: r["figures"] for r in answer.json()["centres"]}


def assert_each_centre_counts_as_itself(head_office, token, dbs) -> None:
    """Each centre's row of the March league has the figures of the centre's own
    reports on its own database."""
    rows = league_rows(head_office, token)
    for code, db in dbs.items():
        own = Filters(site=code)
        volume = kpi.report(db, "volume", MARCH, own)
        speed = kpi.report(db, "speed", MARCH, own)
        quality = kpi.report(db, "quality", MARCH, own)
        customers = kpi.report(db, "customers", MARCH, own)
        cost = kpi.report(db, "warranty", MARCH, own).cost_total
        assert rows[code] == rows[code] | {
            "opened": volume.opened.value,
            "delivered": volume.delivered.value,
            "backlog": volume.backlog.value,
            "turnaround_median_hours": speed.turnaround.median_hours,
            "turnaround_p90_hours": speed.turnaround.p90_hours,
            "first_time_fix_percent": quality.first_time_fix.percent,
            "repeat_30_percent": quality.repeat_30.percent,
            "complaints_per_100_delivered": customers.complaints_per_100_orders,
            "csat": customers.csat.value,
            "nps": customers.nps.score,
            "nps_answers": customers.nps.answers,
        }, code
        # Money as text: "0.00" here where the centre's sum of nothing is 0.
        assert Decimal(rows[code]["warranty_cost"]) == cost, code


def test_the_head_office_counts_each_centre_as_the_centre_counts_itself(march_chain, head_office):
    """The strongest check: each centre's own report on its own database, for the
    same month, gives the figures the head office shows for it."""
    token = ho_reports.add_report_user(head_office.store, "Operations")
    month = {"from": "2026-03-01", "to": "2026-03-31"}
    assert_each_centre_counts_as_itself(head_office, token, march_chain)
    for code, db in march_chain.items():
        own = Filters(site=code)
        speed = kpi.report(db, "speed", MARCH, own)

        # One centre's KPIs over the API: the same values as its own report.
        read = get(
            head_office, "/api/v1/report/kpis", token, site=code.lower(), family="speed", **month
        )
        assert read.status_code == 200, read.text
        assert read.json()["site"] == code
        turnaround = read.json()["figures"]["turnaround"]
        assert turnaround == {
            "count": speed.turnaround.count,
            "median_hours": speed.turnaround.median_hours,
            "p90_hours": speed.turnaround.p90_hours,
        }

    # The chain as a whole: every family at once, money as text, no record ids.
    everything = get(head_office, "/api/v1/report/kpis", token, **month).json()
    assert everything["site"] == ""
    assert everything["figures"]["volume"]["opened"] == {"value": 6}
    assert everything["figures"]["warranty"]["cost_total"] == "140.00"
    assert everything["figures"]["quality"]["first_time_fix"] == {
        "hits": 3,
        "base": 4,
        "percent": 75.0,
    }
    assert "promoters" not in everything["figures"]["customers"]["nps"]


def test_a_change_that_reaches_the_head_office_later_is_in_the_next_league(
    march_chain, head_office, clock
):
    """The league adds up figures the head office keeps per order: a change pushed
    after a table was read counts in the next one, and so does what it changes of
    other orders (a rework makes its original's first fix a miss)."""
    store = head_office.store
    token = ho_reports.add_report_user(store, "Operations")
    before = league_rows(head_office, token)
    assert (before["SH01"]["first_time_fix_percent"], before["TP01"]["csat"]) == (100.0, 2.0)
    with store.session() as s:
        assert figures.refresh(s) == 0  # nothing changed since the table was read

    # April 3: B (delivered Mar 8) comes back to Shanghai as a rework; Taipei
    # reaches E's customer (E delivered Mar 12).
    sh, tp = Centre(march_chain["SH01"], clock), Centre(march_chain["TP01"], clock)
    clock.at("2026-04-03T09:00")
    b = repairs.get_order_by_number(sh.db, "SH01-RO-000002")
    repairs.reopen_as_rework(sh.db, b.id, "Noisy again")
    e = repairs.get_order_by_number(tp.db, "TP01-RO-000002")
    tp.call(e, csat=5, nps=10, on=dt.date(2026, 4, 3))
    for db in (sh.db, tp.db):
        client.sync_round(db)

    after = league_rows(head_office, token)
    assert (after["SH01"]["first_time_fix_percent"], after["SH01"]["opened"]) == (50.0, 3)
    assert (after["TP01"]["csat"], after["TP01"]["nps_answers"]) == (3.5, 2)
    assert after["HK01"] == before["HK01"]
    assert_each_centre_counts_as_itself(head_office, token, march_chain)


def test_only_a_reporting_token_reads_the_figures_and_bad_requests_say_why(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    token = ho_reports.add_report_user(head_office.store, "Operations")
    month = {"from": "2026-03-01", "to": "2026-03-31"}
    for path in ("/api/v1/report/kpis", "/api/v1/report/league"):
        assert get(head_office, path, "nonsense", **month).status_code == 401
        assert requests.get(f"{head_office.url}{path}", params=month, timeout=10).status_code == 401
        centre = client.load_token(leeds, head_office.url)
        assert get(head_office, path, centre, **month).status_code == 403

        backwards = get(head_office, path, token, **{"from": "2026-03-31", "to": "2026-03-01"})
        assert backwards.status_code == 400
        assert (
            backwards.json()["detail"]
            == "The period ends (2026-03-01) before it starts (2026-03-31)."
        )
        assert (
            get(head_office, path, token, **{"from": "2026-02-30", "to": "2026-03-31"}).status_code
            == 422
        )
        assert get(head_office, path, token, to="2026-03-31").status_code == 422

    unknown = get(head_office, "/api/v1/report/kpis", token, family="profit", **month)
    assert unknown.status_code == 400
    assert unknown.json()["detail"].startswith("Unknown report “profit”: choose from volume, speed")
    nowhere = get(head_office, "/api/v1/report/kpis", token, site="XX99", **month)
    assert nowhere.status_code == 404
    assert nowhere.json()["detail"] == "No centre has the code XX99."
    # A chain with no work yet: every centre registered, with zeros and no places.
    empty = get(head_office, "/api/v1/report/league", token, **month).json()
    [row] = empty["centres"]
    assert (row["site"], row["figures"]["opened"], row["standings"]["csat"]) == (
        "LD01",
        0,
        {"value": None, "rank": None, "chain": None},
    )

    document = requests.get(f"{head_office.url}/openapi.json", timeout=10).json()
    for path in ("/api/v1/report/kpis", "/api/v1/report/league"):
        described = document["paths"][path]["get"]
        assert {"401", "403", "400"} <= set(described["responses"])
        assert {p["name"] for p in described["parameters"]} >= {"from", "to"}
    assert "404" in document["paths"]["/api/v1/report/kpis"]["get"]["responses"]


# --- league() itself, on a SQLite store ------------------------------------


@pytest.fixture
def small_month(db, clock):
    """LD01, March 2026.

    - A: pump in warranty, opened Mar 2 09:00, delivered 15:00 (6 h); 1 × SEAL at
      12.345 (12.34: half a cent goes to the even cent, as the warranty report
      rounds) and 30 min at 25.01/h (12.505: 12.50): 24.84.
    - B: opened Mar 3 09:00, delivered Mar 4 09:00 (24 h), chargeable.
    - C: opened Mar 4 09:00, cancelled Mar 5.
    - D: opened Feb 27, still diagnosing at the end of March.
    """
    from fieldservice.services import warranty as warranties

    desk = Centre(db, clock)
    clock.at("2026-01-05T09:00")
    pump = products.create_product(db, products.ProductDraft("P-1", "Pump"))
    warranties.set_policy(db, warranties.PolicyDraft(pump.id, warranty_months=24))
    stock.create_location(db, "MAIN", "Main store")
    stock.create_part(db, stock.PartDraft("SEAL", "Door seal"))
    stock.receive(db, "SEAL", 1, "MAIN", unit_cost="12.345")
    a = desk.intake(desk.registered("LD-1"), "2026-03-02T09:00")
    a = desk.go(a, ("diagnosing", "2026-03-02T10:00"), ("in_repair", "2026-03-02T11:00"))
    repairs.issue_part(db, a.id, "SEAL", 1, "MAIN")
    repairs.log_labour(db, a.id, 30, "Seal", hourly_rate="25.01")
    desk.go(
        a,
        ("quality_check", "2026-03-02T13:00"),
        ("ready", "2026-03-02T14:00"),
        ("delivered", "2026-03-02T15:00"),
    )
    b = desk.intake(desk.unit("LD-2"), "2026-03-03T09:00")
    desk.go(b, *through("2026-03-03", "10:00", "11:00", "12:00", "13:00", "2026-03-04T09:00"))
    c = desk.intake(desk.unit("LD-3"), "2026-03-04T09:00")
    desk.go(c, ("cancelled", "2026-03-05T09:00"), reason="Customer withdrew")
    d = desk.intake(desk.unit("LD-4"), "2026-02-27T09:00")
    desk.go(d, ("diagnosing", "2026-02-27T10:00"))
    clock.at("2026-04-02T09:00")
    return db


def test_league_on_sqlite_counts_a_month_worked_out_by_hand(small_month):
    """The league of a trial head office on SQLite: the head office's tables beside
    a store of orders, the figures worked out for every order, then counted."""
    db = small_month
    HeadOfficeBase.metadata.create_all(db.engine)
    with db.write() as s:
        assert figures.refresh(s) == 4
    with db.read() as s:
        table = league(s, MARCH, Filters(), names={"LD01": "Leeds", "YK01": "York"})
    leeds, york = table.centres
    f = leeds.figures
    assert (leeds.site, leeds.name, york.site, york.name) == ("LD01", "Leeds", "YK01", "York")
    assert (f.opened, f.delivered, f.backlog) == (3, 2, 1)
    # Turnaround 6 h and 24 h: median 15, 90th percentile at rank ceil(1.8) = 2.
    assert (f.turnaround_orders, f.turnaround_median_hours, f.turnaround_p90_hours) == (
        2,
        15.0,
        24.0,
    )
    assert (f.first_time_fixes, f.first_time_fix_percent) == (2, 100.0)
    assert (f.repeat_30, f.repeat_base, f.repeat_30_percent) == (0, 2, 0.0)
    assert (f.complaints, f.complaints_per_100_delivered) == (0, 0.0)
    assert (f.csat, f.nps) == (None, None)
    assert f.warranty_cost == Decimal("24.84")
    assert kpi.report(db, "warranty", MARCH).cost_total == f.warranty_cost
    # York has no order: listed with zeros, placed only where zero is a figure.
    assert (york.figures.opened, york.figures.warranty_cost) == (0, Decimal("0.00"))
    assert (leeds.ranks["opened"], york.ranks["opened"]) == (1, 2)
    assert (leeds.ranks["backlog"], york.ranks["backlog"]) == (2, 1)
    assert (leeds.ranks["turnaround_median_hours"], york.ranks["turnaround_median_hours"]) == (
        1,
        None,
    )
    assert table.chain == f


def test_half_even_rounding_in_sql_is_decimals(db):
    """Cents from raw sums, as Decimal.quantize rounds them (half to even), on both
    sides of zero."""
    from sqlalchemy import literal, select

    raws = [-250000, -150000, -50001, -50000, 0, 49999, 50000, 150000, 250000, 1234567]
    with db.read() as s:
        found = [s.scalar(select(half_even(literal(raw), 10**5))) for raw in raws]
    expected = [int((Decimal(raw) / 10**5).quantize(Decimal(1))) for raw in raws]
    assert found == expected == [-2, -2, -1, 0, 0, 0, 0, 2, 2, 12]
