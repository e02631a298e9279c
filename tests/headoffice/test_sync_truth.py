"""Sync keeps its promise: every centre ends with the same data, and every edit
lands or is listed for a person. One test per way it was found to break."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid

import requests
from sqlalchemy import select

from fieldservice.db import Database
from fieldservice.headoffice import catalogue, sync
from fieldservice.headoffice.models import Change
from fieldservice.models import SyncParked
from fieldservice.progress import run_to_end
from fieldservice.services import customers, products, units, warranty
from fieldservice.sync import client
from tests.headoffice.conftest import publish_dishwasher, stamp_now

HOUR_MS = 3600 * 1000


def push(head_office, db, ops):
    return requests.post(
        f"{head_office.url}/api/v1/sync/push",
        json={"ops": ops},
        headers={"Authorization": f"Bearer {client.load_token(db, head_office.url)}"},
        timeout=30,
    )


def publish_pump(head_office) -> None:
    """The head office publishes a pump and its two-year warranty."""
    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    run_to_end(
        catalogue.import_policies(
            head_office.store, b"sku,warranty_months,service_months\nP-1,24,36\n"
        )
    )


def reopened(db: Database) -> Database:
    """The same centre's database opened by a new process (the app restarted)."""
    path = db.path
    db.close()
    return Database.open(path=path)


def test_an_edit_made_after_seeing_a_fast_clocks_value_wins_everywhere(enrolled):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    client.sync_round(leeds)
    client.sync_round(york)
    # Leeds' clock runs five minutes fast (within what the head office accepts).
    wall = leeds.clock._wall  # type: ignore[union-attr]
    leeds.clock._wall = lambda: wall() + 5 * 60 * 1000  # type: ignore[union-attr]
    customers.update_customer(leeds, ann.id, customers.CustomerDraft("Ann Lee", notes="fast"))
    client.sync_round(leeds)
    client.sync_round(york)
    assert customers.get_customer(york, ann.id).notes == "fast"
    # York restarts (its outbox is empty) and changes what it saw: its edit is later.
    york = reopened(york)
    try:
        customers.update_customer(york, ann.id, customers.CustomerDraft("Ann Lee", notes="later"))
        client.sync_round(york)
        client.sync_round(leeds)
        assert customers.get_customer(leeds, ann.id).notes == "later"
        assert customers.get_customer(york, ann.id).notes == "later"
    finally:
        york.close()


def test_a_centre_restarted_never_stamps_behind_what_it_received(enrolled):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    client.sync_round(leeds)
    client.sync_round(york)
    received = york.clock.last  # type: ignore[union-attr]
    assert client.state(york).pending == 0  # nothing in the outbox to restart from
    york = reopened(york)
    try:
        assert york.clock.last >= received  # type: ignore[operator]
        assert york.clock.now() > received  # type: ignore[union-attr]
    finally:
        york.close()


def test_a_corrected_fast_clock_does_not_lose_the_centres_own_later_edit(enrolled):
    leeds = enrolled("LD01", "Leeds")
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    client.sync_round(leeds)
    wall = leeds.clock._wall  # type: ignore[union-attr]
    leeds.clock._wall = lambda: wall() + 3 * HOUR_MS  # type: ignore[union-attr]
    customers.update_customer(leeds, ann.id, customers.CustomerDraft("Ann Lee", notes="fast"))
    leeds.clock._wall = wall  # type: ignore[union-attr]  # someone sets the clock right
    leeds = reopened(leeds)
    try:
        customers.update_customer(leeds, ann.id, customers.CustomerDraft("Ann Lee", notes="right"))
        client.sync_round(leeds)
        york = enrolled("YK01", "York")
        client.sync_round(york)
        assert customers.get_customer(york, ann.id).notes == "right"
        assert customers.get_customer(leeds, ann.id).notes == "right"
    finally:
        leeds.close()


def test_edits_of_different_fields_at_two_centres_both_reach_both(enrolled):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    client.sync_round(leeds)
    client.sync_round(york)
    customers.update_customer(leeds, ann.id, customers.CustomerDraft("Ann Lee", notes="VIP"))
    customers.update_customer(york, ann.id, customers.CustomerDraft("Ann Lee-Smith"))
    client.sync_round(york)
    client.sync_round(leeds)
    client.sync_round(york)
    for db in (leeds, york):
        record = customers.get_customer(db, ann.id)
        assert (record.name, record.notes) == ("Ann Lee-Smith", "VIP")


def test_customers_sharing_a_phone_reach_every_centre_flagged_one_way(enrolled):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    first = customers.create_customer(
        leeds, customers.CustomerDraft("Ann Lee", phone="0113 496 0123")
    )
    second = customers.create_customer(
        leeds, customers.CustomerDraft("A. Lee", phone="0113 496 0123")
    )
    client.sync_round(leeds)
    client.sync_round(york)
    client.sync_round(leeds)
    for db in (leeds, york):
        assert customers.get_customer(db, first.id).possible_duplicate_of is None
        assert customers.get_customer(db, second.id).possible_duplicate_of == first.id
        assert client.problems(db) == []


def test_a_refusal_whose_reply_was_lost_is_still_listed_at_the_centre(enrolled, head_office):
    from tests.headoffice.test_faults import flaky_session

    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    publish_dishwasher(head_office)  # before Leeds' product reaches it
    with contextlib.suppress(client.SyncUnavailable):
        client.sync_round(leeds, http=flaky_session(1))  # refused, and the reply lost
    assert client.problems(leeds) == []
    again = client.sync_round(leeds)
    assert again.refused == 1 and again.duplicates == 0
    (problem,) = client.problems(leeds)
    assert problem.entity == "product" and "head office" in problem.reason


def test_a_warranty_voided_at_a_centre_that_does_not_own_it_is_undone_there(enrolled, head_office):
    publish_pump(head_office)
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    registration = warranty.register(
        leeds, warranty.RegistrationDraft("SN-1", pump.id, dt.date.today() - dt.timedelta(days=30))
    )
    client.sync_round(leeds)
    client.sync_round(york)
    warranty.void(york, registration.id, "Physical damage", note="dropped")
    report = client.sync_round(york)
    assert report.refused == 2  # the void and the history line that went with it
    kinds = {p.entity for p in client.problems(york)}
    assert kinds == {"warranty_registration", "warranty_event"}
    for db in (york, leeds):
        assert warranty.get_registration(db, registration.id).void_reason is None
        assert "voided" not in {line.kind for line in warranty.history(db, registration.id)}


def test_the_head_office_refuses_what_a_centre_may_not_write(enrolled, head_office):
    publish_pump(head_office)
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    registration = warranty.register(
        leeds, warranty.RegistrationDraft("SN-1", pump.id, dt.date.today() - dt.timedelta(days=30))
    )
    client.sync_round(leeds)
    before = _logged(head_office)

    def op(entity, row_id, kind, changes, hlc=None):
        return {
            "op_id": str(uuid.uuid4()),
            "entity": entity,
            "row_id": str(row_id),
            "op": kind,
            "changes": changes,
            "hlc": stamp_now("YK01") if hlc is None else hlc,
        }

    far = f"{int(time.time() * 1000) + 10 * 365 * 24 * HOUR_MS:016d}.0000.YK01"
    ops = [
        op("customer", ann.id, "update", {"notes": "frozen forever"}, hlc=far),
        op("customer", ann.id, "update", {"number": "YK01-CU-999999"}),
        op(
            "warranty_extension",
            uuid.uuid4(),
            "insert",
            {
                "registration_id": str(registration.id),
                "months": 120,
                "reason": "mine now",
                "granted_by": "x",
                "granted_on": dt.date.today().isoformat(),
            },
        ),
        {
            k: v
            for k, v in op("customer", ann.id, "update", {"notes": "no stamp"}).items()
            if k != "hlc"
        },
        op("customer", ann.id, "update", {"notes": "another's stamp"}, hlc=stamp_now("LD01")),
        # Digits of another script: int() reads them, but they sort anywhere as text.
        op("customer", ann.id, "update", {"notes": "odd digits"}, hlc="\u0663" * 16 + ".0000.YK01"),
    ]
    results = push(head_office, york, ops).json()["results"]
    assert [r["result"] for r in results] == [
        "restamp",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
    ]
    assert "no valid clock stamp" in results[5]["reason"]
    assert "never changes" in results[1]["reason"]
    assert "belongs to centre LD01" in results[2]["reason"]
    assert "no valid clock stamp" in results[3]["reason"]
    assert "stamped by centre LD01" in results[4]["reason"]
    assert _logged(head_office) == before
    # The refused rows come back as the head office has them (to undo with).
    assert results[1]["row"]["number"] == ann.number
    client.sync_round(york)
    assert customers.get_customer(york, ann.id).notes == ""
    # A stamp ten years ahead moved nobody's clock.
    assert york.clock.last.wall_ms < time.time() * 1000 + HOUR_MS  # type: ignore[union-attr]


def _logged(head_office) -> int:
    with head_office.store.session() as s:
        return len(s.scalars(select(Change.seq)).all())


def test_a_centre_cannot_tie_up_the_head_office_with_batches_that_wait(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    token = client.load_token(leeds, head_office.url)
    store = head_office.store
    if not store.is_postgres:
        return  # a SQLite trial runs one process: nothing to bound
    import concurrent.futures

    def bogus() -> tuple[int, float]:
        started = time.perf_counter()
        answer = requests.post(
            f"{head_office.url}/api/v1/sync/push",
            json={"ops": [], "after": str(uuid.uuid4())},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
        return answer.status_code, time.perf_counter() - started

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(lambda _: bogus(), range(20)))
    assert {status for status, _ in answers} == {409}
    quick = [seconds for _, seconds in answers if seconds < 2]
    assert len(quick) >= 20 - sync.WAITING_PER_CENTRE


def test_a_second_centres_first_pull_stores_rows_that_refer_to_later_ones(
    enrolled, head_office, monkeypatch
):
    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    # Customers sharing a phone point at each other's rows; units at their owners.
    made = []
    for i in range(12):
        owner = customers.create_customer(
            leeds, customers.CustomerDraft(f"Owner {i}", phone="0113 496 0999")
        )
        made.append(units.create_unit(leeds, units.UnitDraft(f"SN-{i}", pump.id, owner.id)))
    client.sync_round(leeds)
    york = enrolled("YK01", "York")
    monkeypatch.setattr(client, "PULL_LIMIT", 5)  # rows and what they refer to in other pages
    client.sync_round(york)
    assert client.problems(york) == []
    assert all(units.find_by_serial(york, u.serial) is not None for u in made)
    assert customers.count_customers(york) == 12
    with york.read() as s:
        assert s.scalars(select(SyncParked.row_id)).all() == []


def test_a_serial_arriving_while_the_same_one_waits_to_go_is_taken_once_ours_is_undone(
    enrolled, head_office, monkeypatch
):
    publish_pump(head_office)
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    client.sync_round(leeds)
    client.sync_round(york)
    pump = products.get_product_by_sku(leeds, "P-1")
    theirs = units.create_unit(leeds, units.UnitDraft("SN-1", pump.id))
    client.sync_round(leeds)
    # York registers the same serial while its round is under way: past its push,
    # before its pull.
    units.create_unit(york, units.UnitDraft("SN-1", pump.id))
    with monkeypatch.context() as during:
        during.setattr(client, "_push", lambda *args: iter(()))
        client.sync_round(york)
    (clash,) = client.problems(york)
    assert clash.kind == "local"  # Leeds' unit waits: York has its own SN-1 still to go
    client.sync_round(york)  # York's unit is refused, undone; Leeds' goes in
    assert units.find_by_serial(york, "SN-1").id == theirs.id
    assert [p.kind for p in client.problems(york)] == ["conflict"]
    with york.read() as s:
        assert s.scalars(select(SyncParked.row_id)).all() == []
