"""Centres work offline, sync with the head office, and end with the same data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldservice.services import customers, products, units
from fieldservice.sync import client
from fieldservice.wire import TABLES
from tests.conftest import statements_sent
from tests.headoffice.conftest import publish_dishwasher


def rows(db, table_name: str) -> dict:
    table = TABLES[table_name]
    with db.read() as s:
        return {r.id: r for r in s.execute(select(table)).all()}


def test_two_centres_sync_and_end_with_the_same_data(enrolled, head_office):
    publish_dishwasher(head_office)
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    # Work offline at each.
    jane = customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    bob = customers.create_customer(york, customers.CustomerDraft("Bob Ray"))
    dishwasher = products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))

    first = client.sync_round(leeds)
    assert first.pushed == 3 and first.applied == 2 and first.refused == 1  # product: HO's
    client.sync_round(york)
    client.sync_round(leeds)

    for table in ("customer", "site"):
        assert set(rows(leeds, table)) == set(rows(york, table))
    assert {c.name for c in customers.list_customers(york)} == {"Jane Smith", "Bob Ray"}
    assert {c.name for c in customers.list_customers(leeds)} == {"Jane Smith", "Bob Ray"}
    # The product Leeds made is refused (the head office publishes its code) and shown.
    (problem,) = client.problems(leeds)
    assert problem.entity == "product" and "head office" in problem.reason
    assert client.state(leeds).pending == 0
    assert jane.id in rows(york, "customer") and bob.id in rows(leeds, "customer")
    del dishwasher


def test_a_retried_push_changes_nothing_twice(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    # Send the same batch twice by hand: the second answer is "duplicate".

    import requests

    ops = client.pending_ops(leeds)
    token = client.load_token(leeds, head_office.url)
    for expected in ("applied", "duplicate"):
        answer = requests.post(
            f"{head_office.url}/api/v1/sync/push",
            json={"ops": ops},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()
        assert {r["result"] for r in answer["results"]} == {expected}
    report = client.sync_round(leeds)
    assert report.duplicates == len(ops) and report.applied == 0


def test_the_same_serial_registered_at_two_centres_is_a_conflict_for_a_person(
    enrolled, head_office, capsys
):
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end

    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    report = run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    assert report.imported == 1
    client.sync_round(leeds)
    client.sync_round(york)
    pump = products.get_product_by_sku(york, "P-1")
    assert products.get_product_by_sku(leeds, "P-1").id == pump.id  # one catalogue

    units.create_unit(leeds, units.UnitDraft("SN-1", pump.id))
    units.create_unit(york, units.UnitDraft("SN-1", pump.id))
    client.sync_round(leeds)
    york_round = client.sync_round(york)
    assert york_round.refused == 1
    (problem,) = client.problems(york)
    assert problem.kind == "conflict"
    assert problem.reason == (
        "The unit with serial SN-1 is already registered at centre LD01. "
        "Removed here: the head office does not have it."
    )
    # York's refused unit is undone, and Leeds' unit takes its place: York shows
    # what the network has, and its own attempt is listed for a person (with what
    # was entered, in the problem's changes).
    assert units.find_by_serial(york, "SN-1").id == units.find_by_serial(leeds, "SN-1").id

    # The head office sees it too: in its list, and in York's (not Leeds').
    import requests

    from fieldservice.headoffice import cli

    def centre_list(db) -> list[dict]:
        token = client.load_token(db, head_office.url)
        return requests.get(
            f"{head_office.url}/api/v1/sync/conflicts",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()

    (seen,) = centre_list(york)
    assert seen["kind"] == "conflict" and "already registered at centre LD01" in seen["reason"]
    assert centre_list(leeds) == []
    assert cli.main(["conflicts", "list", "--db", head_office.store.url]) == 0
    listed = capsys.readouterr().out
    assert "YK01" in listed and "SN-1 is already registered" in listed
    number = int(listed.split()[0].lstrip("#"))
    assert cli.main(["conflicts", "resolve", str(number), "--db", head_office.store.url]) == 0
    assert centre_list(york) == []
    assert cli.main(["conflicts", "list", "--all", "--db", head_office.store.url]) == 0
    assert "resolved" in capsys.readouterr().out


def test_enrol_and_sync_from_the_command_line(head_office, tmp_path, capsys):
    import json

    from fieldservice import cli
    from fieldservice.headoffice import sync

    home = str(tmp_path / "centre")
    cli.main(["init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds"])
    code = sync.add_site(head_office.store, "LD01", "Leeds")
    capsys.readouterr()
    assert cli.main(["enroll", "--home", home, "--url", head_office.url, "--code", "WRONG"]) == 1
    assert "did not accept" in capsys.readouterr().err
    assert cli.main(["enroll", "--home", home, "--url", head_office.url, "--code", code]) == 0
    cli.main(["customer", "add", "Jane Smith", "--home", home])
    capsys.readouterr()
    assert cli.main(["sync", "--home", home, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] == 2 and report["pending"] == 0 and report["problems"] == []


def test_a_serial_registered_at_another_centre_is_looked_up_at_the_head_office(
    pump_sold_at_leeds,
):
    import datetime as dt

    from fieldservice.services.coverage import CoverageStatus

    york, record = pump_sold_at_leeds
    found = client.look_up_serial(york, " sn-77 ")
    assert found is not None
    assert (found.centre, found.product_name) == ("LD01", "Pump")
    assert found.certificate_number == record.number
    assert found.coverage_on(dt.date(2026, 1, 1)) is CoverageStatus.IN_WARRANTY
    assert client.look_up_serial(york, "NOPE-1") is None


def test_looking_up_while_the_head_office_is_down_says_so(enrolled, head_office):
    york = enrolled("YK01", "York")
    head_office.stop()
    with pytest.raises(client.SyncUnavailable):
        client.look_up_serial(york, "SN-1")


def test_the_head_office_lists_its_centres_with_last_sync_clock_and_problems(
    enrolled, head_office, monkeypatch, capsys
):
    from fieldservice.headoffice import cli, sync

    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    sync.add_site(head_office.store, "MC01", "Manchester")
    publish_dishwasher(head_office)
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    client.sync_round(leeds)  # the product is refused: one to resolve
    wall = york.clock._wall  # type: ignore[union-attr]
    york.clock._wall = lambda: wall() + 3600 * 1000  # type: ignore[union-attr]
    client.sync_round(york)  # with a clock an hour fast
    assert cli.main(["site", "list", "--db", head_office.store.url]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["LD01"].split()[-1] == "1" and " right " in lines["LD01"]
    assert "60 min fast" in lines["YK01"] and lines["YK01"].split()[-1] == "0"
    assert "waiting for enrolment" in lines["MC01"] and " never " in lines["MC01"]


def test_the_same_customer_made_at_two_centres_is_flagged_everywhere_and_kept_twice(enrolled):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    # The same person walks into both centres while they are offline.
    ann = customers.create_customer(
        leeds, customers.CustomerDraft("Ann Lee", phone="0113 496 0001")
    )
    customers.create_customer(leeds, customers.CustomerDraft("Bob Ray", phone="0113 496 0002"))
    also_ann = customers.create_customer(
        york, customers.CustomerDraft("Ann Lee-Smith", phone="+44 113 496 0001")
    )
    assert not also_ann.flagged_duplicate  # York could not know
    client.sync_round(leeds)
    client.sync_round(york)
    client.sync_round(leeds)
    for db in (leeds, york):
        listed = {c.id: c for c in customers.list_customers(db)}
        assert len(listed) == 3  # both kept: nothing merged, nothing dropped
        assert listed[also_ann.id].flagged_duplicate and not listed[ann.id].flagged_duplicate
        assert customers.get_customer(db, also_ann.id).possible_duplicate_of == ann.id
    # A person at York looks and says they are two people: that wins everywhere.
    customers.mark_not_duplicate(york, also_ann.id)
    client.sync_round(york)
    client.sync_round(leeds)
    assert not customers.get_customer(leeds, also_ann.id).flagged_duplicate


def test_a_round_with_nothing_to_do_is_one_request_and_two_reads_at_the_head_office(
    enrolled, head_office
):
    """Synced and idle: the round asks only whether anything is new; the head office
    checks the token and compares the cursor with its log, and nothing else."""
    import requests

    leeds = enrolled("LD01", "Leeds")
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    client.sync_round(leeds)
    client.sync_round(leeds)  # the head office's last-seen time is fresh

    class Counted(requests.Session):
        calls: list[str] = []

        def request(self, method, url, *args, **kwargs):
            self.calls.append(f"{method} {url.rsplit('/', 1)[-1]}")
            return super().request(method, url, *args, **kwargs)

    recorded = client.last_round(leeds)
    assert recorded is not None and (recorded.pushed, recorded.pulled) == (0, 0)
    with statements_sent(head_office.store.engine) as sent:
        report = client.sync_round(leeds, http=Counted())
    statements = [" ".join(statement.split()[:8]) for statement, _ in sent]
    assert Counted.calls == ["GET pull"]
    assert (report.pushed, report.pulled) == (0, 0)
    # The idle round before was recorded moments ago: this one writes nothing here.
    assert client.last_round(leeds) == recorded
    # The token; the log's last number (a trial on SQLite begins each, too).
    assert [st for st in statements if not st.startswith("BEGIN")] == [
        "SELECT ho_site.code, ho_site.revoked, ho_site.last_seen_at FROM ho_site"
        " WHERE ho_site.token_hash",
        "SELECT max(ho_change.seq) AS max_1 FROM ho_change",
    ]


def test_a_push_is_signed_in_by_its_own_first_statement(enrolled, head_office):
    """The token is checked in the push's transaction, by the statement that also
    takes the centre's push lock and asks for the notice of its commit: no round
    trip of its own (a wrong or revoked token: test_security)."""
    leeds = enrolled("LD01", "Leeds")
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    client.sync_round(leeds)
    customers.create_customer(leeds, customers.CustomerDraft("Bob Ray"))
    with statements_sent(head_office.store.engine) as sent:
        report = client.sync_round(leeds)
    assert report.pushed == 1
    statements = [s for s, _ in sent if not s.startswith("BEGIN")]
    signing_in = [s for s in statements if "token_hash" in s]
    assert len(signing_in) == 2  # the push's, then the pull's
    assert statements[0] == signing_in[0]
    if head_office.store.is_postgres:
        assert "pg_advisory_xact_lock(" in signing_in[0] and "pg_notify(" in signing_in[0]
        assert sum("pg_notify(" in s for s in statements) == 1


def test_a_centres_clock_is_kept_without_a_write_on_every_push(enrolled, head_office):
    """The head office keeps how far off a centre's clock is (its site list shows it
    in minutes). It moves by milliseconds of network time from one push to the
    next: kept again only when it has moved by more than a second."""
    from fieldservice.headoffice import sync
    from fieldservice.headoffice.models import EnrolledSite

    york = enrolled("YK01", "York")
    wall = york.clock._wall  # type: ignore[union-attr]
    hour = 3600 * 1000

    def sync_with_clock_behind(ms: int) -> tuple[int | None, list[str]]:
        york.clock._wall = lambda: wall() - ms  # type: ignore[union-attr]
        customers.create_customer(york, customers.CustomerDraft("Ann Lee"))
        with statements_sent(head_office.store.engine) as sent:
            assert client.sync_round(york).pushed >= 1
        with head_office.store.session() as s:
            kept = s.scalar(
                select(EnrolledSite.last_clock_skew_ms).where(EnrolledSite.code == "YK01")
            )
        return kept, [s for s, _ in sent if "last_clock_skew_ms=" in s]

    first, written = sync_with_clock_behind(hour)
    assert first is not None and abs(first + hour) < 60_000 and len(written) == 1
    again, written = sync_with_clock_behind(hour)
    assert again == first and written == []  # moved by milliseconds: not written
    moved, written = sync_with_clock_behind(hour + 30_000)
    assert moved is not None and abs(first - moved - 30_000) < 1_000 and len(written) == 1
    assert abs(moved - first) > sync.SKEW_KEPT_WITHIN_MS
