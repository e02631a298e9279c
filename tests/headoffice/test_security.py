"""Only enrolled centres may sync, and each only what is its own."""

from __future__ import annotations

import uuid

import requests
from sqlalchemy import func, select

from fieldservice.headoffice import sync
from fieldservice.headoffice.models import Change
from fieldservice.services import customers, products, units
from fieldservice.sync import client
from tests.headoffice.conftest import publish_dishwasher, stamp_now


def push(server, token, ops, **extra):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return requests.post(
        f"{server.url}/api/v1/sync/push", json={"ops": ops, **extra}, headers=headers, timeout=10
    )


def changes_logged(server) -> int:
    with server.store.session() as s:
        return s.scalar(select(func.count()).select_from(Change)) or 0


def test_no_wrong_or_revoked_token_gets_401_and_writes_nothing(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    ops = client.pending_ops(leeds)
    before = changes_logged(head_office)
    assert push(head_office, None, ops).status_code == 401
    assert push(head_office, "not-a-token", ops).status_code == 401
    token = client.load_token(leeds, head_office.url)
    assert sync.revoke_site(head_office.store, "LD01")
    assert push(head_office, token, ops).status_code == 401
    pulled = requests.get(
        f"{head_office.url}/api/v1/sync/pull",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert pulled.status_code == 401
    assert changes_logged(head_office) == before


def test_a_centre_cannot_change_another_centres_unit(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end

    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    unit = units.create_unit(leeds, units.UnitDraft("SN-1", pump.id))
    client.sync_round(leeds)
    client.sync_round(york)
    forged = [
        {
            "op_id": str(uuid.uuid4()),
            "entity": "unit",
            "row_id": str(unit.id),
            "op": "update",
            "changes": {"notes": "mine now"},
            "hlc": stamp_now("YK01"),
        }
    ]
    answer = push(head_office, client.load_token(york, head_office.url), forged).json()
    (result,) = answer["results"]
    assert result["result"] == "rejected"
    assert result["reason"] == "This unit belongs to centre LD01."
    client.sync_round(york)
    assert units.find_by_serial(york, "SN-1").notes == ""


def test_oversized_and_malformed_batches_are_refused_whole(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    token = client.load_token(leeds, head_office.url)
    before = changes_logged(head_office)
    op = {
        "op_id": str(uuid.uuid4()),
        "entity": "customer",
        "row_id": str(uuid.uuid4()),
        "op": "insert",
        "changes": {"name": "X"},
        "hlc": stamp_now("LD01"),
    }
    too_many = [dict(op, op_id=str(uuid.uuid4())) for _ in range(sync.MAX_OPS + 1)]
    assert push(head_office, token, too_many).status_code == 422
    assert push(head_office, token, [dict(op, op="explode")]).status_code == 422
    huge = requests.post(
        f"{head_office.url}/api/v1/sync/push",
        data=b"x" * (17 * 1024 * 1024),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert huge.status_code == 413
    unannounced = requests.post(  # sent in chunks, no length said beforehand
        f"{head_office.url}/api/v1/sync/push",
        data=(b"x" * (1024 * 1024) for _ in range(17)),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert unannounced.status_code == 413
    bad_value = dict(op, changes={"name": "X", "created_at": "not a date"})
    (result,) = push(head_office, token, [bad_value]).json()["results"]
    assert result["result"] == "rejected" and "malformed" in result["reason"]
    assert changes_logged(head_office) == before


def test_a_product_code_the_head_office_publishes_is_read_only_at_the_centres(
    enrolled, head_office
):
    publish_dishwasher(head_office)
    leeds = enrolled("LD01", "Leeds")
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Local product"))
    report = client.sync_round(leeds)
    assert report.refused == 1
    (problem,) = client.problems(leeds)
    assert problem.entity == "product" and problem.kind == "rejected"


def test_a_centre_reads_shared_records_but_not_another_centres_work(enrolled, head_office):
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end
    from fieldservice.services import repairs

    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    jane = customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    unit = units.create_unit(leeds, units.UnitDraft("SN-1", pump.id, jane.id))
    order = repairs.open_order(leeds, repairs.IntakeDraft(unit.id, "Noisy"))
    client.sync_round(leeds)
    client.sync_round(york)
    # The customer and the unit travel (the customer may walk into York) …
    assert units.find_by_serial(york, "SN-1") is not None
    assert customers.get_customer(york, jane.id).name == "Jane Smith"
    # … Leeds' repair order does not.
    assert repairs.count_orders(york) == 0
    assert repairs.get_order(leeds, order.id).number == order.number
