"""What travels between a centre and the head office: stamps instead of rows a
centre sent itself, whole rows for a database that lost them, bounded pull pages,
runs of new rows stored together yet refused one by one."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from fieldservice.db import Database, backup_file
from fieldservice.headoffice import sync
from fieldservice.headoffice.models import Change
from fieldservice.services import customers, site, stock
from fieldservice.sync import client
from fieldservice.wire import TABLES
from tests.headoffice.conftest import customer_insert_op, stamp_now


def pull_page(head_office, db, cursor=0, **params) -> dict:
    answer = requests.get(
        f"{head_office.url}/api/v1/sync/pull",
        params={"cursor": cursor, "limit": 500, **params},
        headers={"Authorization": f"Bearer {client.load_token(db, head_office.url)}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def push(head_office, db, ops, **fields) -> requests.Response:
    return requests.post(
        f"{head_office.url}/api/v1/sync/push",
        json={"ops": ops, **fields},
        headers={"Authorization": f"Bearer {client.load_token(db, head_office.url)}"},
        timeout=10,
    )


def customer_rows(db) -> dict[uuid.UUID, tuple]:
    table = TABLES["customer"]
    with db.read() as s:
        return {
            r.id: (r.name, r.phone, r.server_version)
            for r in s.execute(
                select(table.c.id, table.c.name, table.c.phone, table.c.server_version)
            )
        }


def head_office_customer(head_office, row_id: uuid.UUID):
    table = TABLES["customer"]
    with head_office.store.session() as s:
        return s.execute(select(table).where(table.c.id == row_id)).one()


def test_a_centre_gets_stamps_for_the_rows_it_sent_and_others_get_the_rows(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    made = [
        customers.create_customer(leeds, customers.CustomerDraft(name))
        for name in ("Ann Lee", "Bob Ray", "Cy Day")
    ]
    report = client.sync_round(leeds)
    assert report.applied == 4  # the centre's own site row and three customers
    assert report.pulled == 0  # back came only stamps: nothing new was received
    # The push's answer stamped the rows: the head office has them at these versions.
    versions = {row_id: version for row_id, (_, _, version) in customer_rows(leeds).items()}
    assert all(versions[c.id] for c in made)

    stamped = pull_page(head_office, leeds, echoes="stamp")["changes"]
    mine = [c for c in stamped if c["entity"] == "customer"]
    assert [c["row"] for c in mine] == [None, None, None]
    assert {uuid.UUID(c["row_id"]): c["seq"] for c in mine} == {c.id: versions[c.id] for c in made}
    whole = pull_page(head_office, leeds, echoes="row")["changes"]
    assert sorted(c["row"]["name"] for c in whole if c["entity"] == "customer") == [
        "Ann Lee",
        "Bob Ray",
        "Cy Day",
    ]
    # Another centre gets the rows themselves.
    york = enrolled("YK01", "York")
    assert client.sync_round(york).pulled == 4  # Leeds (its site row, three customers)
    assert {row_id: name for row_id, (name, _, _) in customer_rows(york).items()} == {
        c.id: c.name for c in made
    }


def test_a_page_holds_many_more_stamps_than_rows(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    ops = [customer_insert_op("LD01", n, f"Customer {n}") for n in range(1, 31)]
    assert push(head_office, leeds, ops).status_code == 200
    york = enrolled("YK01", "York")
    client.sync_round(york)  # York's site row: a row for Leeds to read among its stamps

    def walk(echoes: str) -> list[list[dict]]:
        pages, cursor, more = [], 0, True
        while more:
            page = pull_page(head_office, leeds, cursor, limit=5, echoes=echoes)
            pages.append(page["changes"])
            cursor, more = page["cursor"], page["more"]
        return pages

    stamped, whole = walk("stamp"), walk("row")
    # Ten times the limit in all, and never more rows than the limit.
    assert all(len(page) <= 50 for page in stamped)
    assert all(sum(c["row"] is not None for c in page) <= 5 for page in stamped)
    assert len(stamped) == 1 and len(whole) == 7  # 32 changes: 31 stamps and York's row
    assert [c["seq"] for page in stamped for c in page] == [
        c["seq"] for page in whole for c in page
    ]


def test_a_database_made_anew_gets_back_every_row_it_had_sent(enrolled, head_office, tmp_path):
    leeds = enrolled("LD01", "Leeds")
    for name in ("Ann Lee", "Bob Ray"):
        customers.create_customer(leeds, customers.CustomerDraft(name))
    client.sync_round(leeds)
    # The centre's computer is replaced: a new database, enrolled again.
    fresh = Database.open(path=tmp_path / "new-pc" / "fieldservice.sqlite3")
    try:
        site.setup_site(fresh, "LD01", "Leeds")
        client.enroll(fresh, head_office.url, sync.add_site(head_office.store, "LD01", "Leeds"))
        client.sync_round(fresh)
        assert customer_rows(fresh) == customer_rows(leeds)
    finally:
        fresh.close()


def test_a_database_restored_from_a_backup_gets_back_what_it_lost(enrolled, head_office, tmp_path):
    leeds = enrolled("LD01", "Leeds")
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    restored_home = tmp_path / "restored"
    backup_file(leeds.path, restored_home / "fieldservice.sqlite3")
    shutil.copy(leeds.path.parent / "sync-token", restored_home / "sync-token")
    bob = customers.create_customer(leeds, customers.CustomerDraft("Bob Ray"))
    client.sync_round(leeds)  # Ann and Bob reach the head office; then the disk fails

    restored = Database.open(path=restored_home / "fieldservice.sqlite3")
    try:
        assert set(customer_rows(restored)) == {ann.id}
        again = client.sync_round(restored)
        assert again.duplicates == 2 and again.applied == 0  # its site row and Ann: had them
        assert customer_rows(restored) == customer_rows(leeds)
        assert {bob.id, ann.id} <= set(customer_rows(restored))
        assert client.state(restored).pending == 0
    finally:
        restored.close()


def test_a_centre_pages_through_a_long_log_it_reads_little_of(enrolled, head_office, monkeypatch):
    york = enrolled("YK01", "York")
    for n in range(8):  # York's own stock locations: not for other centres
        stock.create_location(york, f"VAN{n}", f"Van {n}", kind="van")
    bob = customers.create_customer(york, customers.CustomerDraft("Bob Ray"))
    client.sync_round(york)
    leeds = enrolled("LD01", "Leeds")
    # Pages of two changes, each looking at no more than two entries of the log.
    monkeypatch.setattr(client, "PULL_LIMIT", 2)
    monkeypatch.setattr(sync, "PULL_WINDOW", 1)
    pages = []
    original = client._store_pulled
    monkeypatch.setattr(
        client, "_store_pulled", lambda db, answer: (pages.append(answer), original(db, answer))
    )
    client.sync_round(leeds)
    assert any(page["changes"] == [] and page["more"] for page in pages)
    assert pages[-1]["more"] is False
    with head_office.store.session() as s:
        top = s.scalar(select(func.max(Change.seq)))
    assert client.state(leeds).cursor == top
    assert bob.id in customer_rows(leeds)
    assert not any(location.code.startswith("VAN") for location in stock.list_locations(leeds))
    seen = [c["entity"] for page in pages for c in page["changes"]]
    assert "stock_location" not in seen and "customer" in seen


def test_fields_of_a_customer_taken_whole_keep_the_latest_writer(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    ann, _ = (
        customers.create_customer(leeds, customers.CustomerDraft(name))
        for name in ("Ann Lee", "Bob Ray")
    )
    client.sync_round(leeds)  # two new customers in one run: stored together
    client.sync_round(york)
    customers.update_customer(york, ann.id, customers.CustomerDraft("Ann Lee-Smith"))
    client.sync_round(york)
    # A late edit of the name, made before the row was even created, loses...
    stale = {
        "op_id": str(uuid.uuid4()),
        "entity": "customer",
        "row_id": str(ann.id),
        "op": "update",
        "changes": {"name": "Stale Name", "phone": "0113 496 0000"},
        "hlc": "0000000000000001.0000.LD01",
    }
    answer = push(head_office, leeds, [stale])
    assert answer.json()["results"][0]["result"] == "applied"
    row = head_office_customer(head_office, ann.id)
    assert (row.name, row.phone) == ("Ann Lee-Smith", "")
    # ... while a newer edit of one field wins that field only.
    newer = dict(stale, op_id=str(uuid.uuid4()), hlc=stamp_now("LD01"))
    newer["changes"] = {"phone": "0113 496 0000"}
    push(head_office, leeds, [newer])
    row = head_office_customer(head_office, ann.id)
    assert (row.name, row.phone) == ("Ann Lee-Smith", "0113 496 0000")


def test_one_bad_row_in_a_run_is_refused_alone(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    ops = [customer_insert_op("LD01", n, f"Customer {n}") for n in range(1, 8)]
    ops[3]["changes"]["number"] = ops[1]["changes"]["number"]  # a number taken twice
    ops[6]["changes"]["created_at"] = "last Tuesday"  # not a time
    if head_office.store.is_postgres:
        ops[4]["changes"]["name"] = "x" * 500  # longer than the column holds
    answer = push(head_office, leeds, ops)
    assert answer.status_code == 200
    results = [r["result"] for r in answer.json()["results"]]
    bad = {3, 4, 6} if head_office.store.is_postgres else {3, 6}
    assert [i for i, r in enumerate(results) if r != "applied"] == sorted(bad)
    assert results[3] == "conflict"
    assert results[6] == "rejected"
    assert "malformed" in answer.json()["results"][6]["reason"]
    if head_office.store.is_postgres:
        assert results[4] == "rejected"
        assert "malformed" in answer.json()["results"][4]["reason"]
    with head_office.store.session() as s:
        stored = s.scalar(select(func.count()).select_from(TABLES["customer"]))
    assert stored == 7 - len(bad)


def test_a_batch_is_applied_only_after_the_batch_before_it(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    first = [customer_insert_op("LD01", n, f"Customer {n}") for n in (1, 2, 3)]
    second = [customer_insert_op("LD01", n, f"Customer {n}") for n in (4, 5, 6)]
    with ThreadPoolExecutor(max_workers=1) as other:
        # The second batch arrives first, naming the first as the one before it.
        early = other.submit(push, head_office, leeds, second, after=first[-1]["op_id"])
        time.sleep(0.5)
        assert not early.done()  # it waits for the first
        assert head_office_customers(head_office) == 0
        answer = push(head_office, leeds, first)
        later = early.result(timeout=10)
    assert answer.status_code == later.status_code == 200
    versions = [r["server_version"] for r in answer.json()["results"] + later.json()["results"]]
    assert versions == sorted(versions) and len(set(versions)) == 6  # in the order made


def test_a_batch_whose_batch_before_never_comes_is_refused_whole(
    enrolled, head_office, monkeypatch
):
    leeds = enrolled("LD01", "Leeds")
    monkeypatch.setattr(sync, "ORDER_WAIT_SECONDS", 0.3)
    ops = [customer_insert_op("LD01", 1, "Ann")]
    answer = push(head_office, leeds, ops, after=str(uuid.uuid4()))
    assert answer.status_code == 409
    assert "send that one first" in answer.json()["detail"]
    assert head_office_customers(head_office) == 0


def head_office_customers(head_office) -> int:
    with head_office.store.session() as s:
        return s.scalar(select(func.count()).select_from(TABLES["customer"])) or 0


def test_times_in_a_run_are_stored_as_the_moments_they_name(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    written = {
        1: "2026-11-25T10:00:00+00:00",
        2: "2026-11-25T12:00:00+02:00",  # the same moment, seen from elsewhere
        3: "2026-11-25T10:00:00.250000+00:00",
        4: "2026-11-25T10:00:00",  # no zone: UTC, as a centre means it
    }
    ops = [customer_insert_op("LD01", n, f"Customer {n}") for n in written]
    for op, when in zip(ops, written.values(), strict=True):
        op["changes"]["created_at"] = when
    results = push(head_office, leeds, ops).json()["results"]  # taken as one run
    assert [r["result"] for r in results] == ["applied"] * 4
    stored = {
        n: head_office_customer(head_office, uuid.UUID(op["row_id"])).created_at
        for n, op in zip(written, ops, strict=True)
    }
    ten = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
    assert stored == {1: ten, 2: ten, 3: ten + dt.timedelta(milliseconds=250), 4: ten}
    no_such_day = customer_insert_op("LD01", 5, "Customer 5")
    no_such_day["changes"]["created_at"] = "2026-13-45T10:00:00+00:00"  # shaped like a time
    (result,) = push(head_office, leeds, [no_such_day]).json()["results"]
    assert result["result"] == "rejected" and "malformed" in result["reason"]


def test_a_push_with_an_op_id_that_is_no_uuid_is_refused_whole(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    good, bad = customer_insert_op("LD01", 1, "Ann"), customer_insert_op("LD01", 2, "Bob")
    bad["op_id"] = "not-a-uuid-but-long-enough-to-pass-a-length-check"
    answer = push(head_office, leeds, [good, bad])
    assert answer.status_code == 422
    assert "op_id" in str(answer.json()["detail"])
    with head_office.store.session() as s:
        assert s.scalar(select(func.count()).select_from(TABLES["customer"])) == 0


def test_duplicates_are_answered_with_the_version_first_given(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    ops = [customer_insert_op("LD01", n, f"Customer {n}") for n in range(1, 4)]
    first = push(head_office, leeds, ops).json()["results"]
    again = push(head_office, leeds, ops).json()["results"]
    assert [r["result"] for r in again] == ["duplicate"] * 3
    assert [r["server_version"] for r in again] == [r["server_version"] for r in first]
    assert all(r["server_version"] for r in first)


def test_the_openapi_document_describes_the_push(head_office):
    document = requests.get(f"{head_office.url}/openapi.json", timeout=10).json()
    body = document["paths"]["/api/v1/sync/push"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PushRequest"
    }
    schemas = document["components"]["schemas"]
    assert schemas["PushRequest"]["properties"]["ops"]["maxItems"] == sync.MAX_OPS
    assert schemas["Op"]["properties"]["op_id"]["format"] == "uuid"
    assert "PushAnswer" in schemas and "PullAnswer" in schemas


@pytest.mark.parametrize("echoes", ["row", "stamp"])
def test_an_empty_log_pulls_as_an_empty_page(enrolled, head_office, echoes):
    leeds = enrolled("LD01", "Leeds")
    top = pull_page(head_office, leeds, echoes=echoes)
    page = pull_page(head_office, leeds, cursor=top["cursor"], echoes=echoes)
    assert page == {"changes": [], "cursor": top["cursor"], "more": False}


def test_an_op_sent_again_with_another_row_is_answered_as_had(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    first = [customer_insert_op("LD01", n, f"Customer {n}") for n in (1, 2)]
    push(head_office, leeds, first)
    again = customer_insert_op("LD01", 3, "Customer 3")
    again["op_id"] = first[0]["op_id"]  # the same op, now with another row
    answer = push(head_office, leeds, [again, customer_insert_op("LD01", 4, "Customer 4")])
    assert answer.status_code == 200
    assert [r["result"] for r in answer.json()["results"]] == ["duplicate", "applied"]
    with head_office.store.session() as s:
        assert s.scalar(select(func.count()).select_from(TABLES["customer"])) == 3


def test_a_bad_row_among_hundreds_costs_a_few_tries(enrolled, head_office, monkeypatch):
    leeds = enrolled("LD01", "Leeds")
    ops = [customer_insert_op("LD01", n, f"Customer {n}") for n in range(1, 301)]
    ops[57]["changes"]["number"] = ops[3]["changes"]["number"]
    ops[250]["changes"]["number"] = ops[10]["changes"]["number"]
    one_by_one = []
    apply_one = sync._apply_one
    monkeypatch.setattr(
        sync, "_apply_one", lambda s, site, op: one_by_one.append(op) or apply_one(s, site, op)
    )
    results = [r["result"] for r in push(head_office, leeds, ops).json()["results"]]
    assert [i for i, r in enumerate(results) if r != "applied"] == [57, 250]
    assert results[57] == results[250] == "conflict"
    assert len(one_by_one) < 2 * sync.SPLIT_BELOW  # not 300
    with head_office.store.session() as s:
        assert s.scalar(select(func.count()).select_from(TABLES["customer"])) == 298


def test_a_round_says_how_far_it_is(enrolled, head_office, monkeypatch):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    for n in range(5):
        customers.create_customer(york, customers.CustomerDraft(f"York customer {n}"))
    client.sync_round(york)
    for n in range(5):
        customers.create_customer(leeds, customers.CustomerDraft(f"Leeds customer {n}"))
    monkeypatch.setattr(client, "BATCH", 2)
    monkeypatch.setattr(client, "PULL_LIMIT", 4)
    steps = client.sync_steps(leeds)
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as finished:
            report = finished.value
            break
    sent = [(done, total) for done, total, what in seen if what == client.SENDING]
    received = [done for done, _, what in seen if what == client.RECEIVING]
    assert sent == [(2, 6), (4, 6), (6, 6)]  # its site row and five customers
    assert received == sorted(received) and received[-1] == report.pulled == 6  # York's
    assert report.pushed == 6
