"""Who owns the catalogue: the head office publishes products and their warranty
policies; a centre may propose a product the head office has not published (a
unit came in whose model is not in the catalogue yet), which stays that centre's
until the head office publishes its code and so adopts it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import requests

from fieldservice import demo
from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.headoffice import catalogue, cli
from fieldservice.headoffice import sync as head_office_sync
from fieldservice.progress import run_to_end
from fieldservice.services import products, site, units, warranty
from fieldservice.sync import client
from tests.headoffice.conftest import publish_dishwasher, stamp_now

BOUGHT = dt.date(2026, 3, 14)


def proposals_listed(head_office, capsys) -> str:
    capsys.readouterr()
    assert cli.main(["catalogue", "proposals", "--db", head_office.store.url]) == 0
    return capsys.readouterr().out


def sync_until_done(db: Database) -> list[client.SyncReport]:
    reports = [client.sync_round(db)]
    while client.state(db).pending:
        reports.append(client.sync_round(db))
    return reports


def test_demo_centre_enrols_with_a_fresh_head_office_and_syncs_without_refusals(
    head_office, tmp_path, capsys
):
    centre = Database.open(path=tmp_path / "DEMO1" / "fieldservice.sqlite3")
    york = Database.open(path=tmp_path / "YK01" / "fieldservice.sqlite3")
    try:
        site.setup_site(centre, "DEMO1", "Demo Service Centre")
        size = demo.DemoSize(
            customers=30, units=60, parts=12, movements=80, orders=10, plans=5, seed=3
        )
        for _step in demo.generate(centre, size):
            pass
        made_units, made_registrations = (
            units.count_units(centre),
            warranty.count_registrations(centre),
        )
        assert made_units == 60 and made_registrations > 0

        code = head_office_sync.add_site(head_office.store, "DEMO1", "Demo Service Centre")
        client.enroll(centre, head_office.url, code)
        reports = sync_until_done(centre)
        assert sum(r.refused for r in reports) == 0
        assert client.problems(centre) == []

        site.setup_site(york, "YK01", "York")
        client.enroll(
            york, head_office.url, head_office_sync.add_site(head_office.store, "YK01", "York")
        )
        assert sum(r.refused for r in sync_until_done(york)) == 0
        assert client.problems(york) == []
        assert units.count_units(york) == made_units
        assert warranty.count_registrations(york) == made_registrations
        (registration,) = warranty.list_registrations(centre, limit=1)
        seen = warranty.find_by_serial(york, registration.serial)
        assert seen is not None and seen.number == registration.number

        # The head office sees what the demo centre proposed, and adopts a part of it.
        listed = proposals_listed(head_office, capsys).splitlines()
        parts = [line.split()[1] for line in listed if line.startswith("part ")]
        assert parts and any(line.startswith("product ") for line in listed)
        published = f"part_number,description\n{parts[0]},Published part\n".encode()
        assert run_to_end(catalogue.import_parts(head_office.store, published)).imported == 1
        assert parts[0] not in proposals_listed(head_office, capsys)
        assert sum(r.refused for r in sync_until_done(centre)) == 0
        assert client.problems(centre) == []
    finally:
        centre.close()
        york.close()


def test_a_product_a_centre_proposes_is_its_own_until_the_head_office_adopts_it(
    enrolled, head_office, capsys
):
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    # A heat pump comes in whose model the head office has not published yet.
    pump = products.create_product(leeds, products.ProductDraft("THR-HP9", "Heat pump HP9"))
    warranty.set_policy(leeds, warranty.PolicyDraft(pump.id, 12))
    registered = warranty.register(leeds, warranty.RegistrationDraft("HP-1", pump.id, BOUGHT))
    assert client.sync_round(leeds).refused == 0
    products.update_product(leeds, pump.id, products.ProductDraft("THR-HP9", "Heat pump HP9 Pro"))
    assert client.sync_round(leeds).refused == 0
    listed = proposals_listed(head_office, capsys)
    assert "THR-HP9" in listed and "Heat pump HP9 Pro" in listed and "LD01" in listed
    assert "1 unit(s)" in listed

    # York reads it, but cannot change it: here, nor by a change sent as it is.
    client.sync_round(york)
    assert products.get_product_by_sku(york, "THR-HP9").id == pump.id
    with pytest.raises(InvalidInput, match="Centre LD01 proposed SKU THR-HP9"):
        products.update_product(york, pump.id, products.ProductDraft("THR-HP9", "Mine"))
    with pytest.raises(InvalidInput, match="Centre LD01 proposed SKU THR-HP9"):
        warranty.set_policy(york, warranty.PolicyDraft(pump.id, 60))
    token = client.load_token(york, head_office.url)
    stamp = stamp_now("YK01")
    answer = requests.post(
        f"{head_office.url}/api/v1/sync/push",
        json={
            "ops": [
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "product",
                    "row_id": str(pump.id),
                    "op": "update",
                    "hlc": stamp,
                    "changes": {"name": "Mine", "hlc": stamp},
                }
            ]
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    (result,) = answer["results"]
    assert result["result"] == "rejected" and "proposed by centre LD01" in result["reason"]

    # A policy for it is published only with the product itself.
    early = run_to_end(
        catalogue.import_policies(head_office.store, b"sku,warranty_months\nTHR-HP9,60\n")
    )
    (error,) = early.errors
    assert "proposed by centre LD01: publish it first" in error.message

    # The head office publishes the code: it adopts the row, with its own values.
    report = run_to_end(
        catalogue.import_products(
            head_office.store, b"sku,name,brand\nthr-hp9,Heat pump HP9,Therma\n"
        )
    )
    assert report.imported == 1
    assert "THR-HP9" not in proposals_listed(head_office, capsys)
    for centre in (leeds, york):
        client.sync_round(centre)
        adopted = products.get_product_by_sku(centre, "THR-HP9")
        assert (adopted.id, adopted.name, adopted.brand) == (pump.id, "Heat pump HP9", "Therma")
        policy = warranty.get_policy(centre, pump.id)
        assert policy is not None and policy.warranty_months == 12
    found = warranty.find_by_serial(leeds, "HP-1")
    assert found is not None and found.number == registered.number
    assert (
        warranty.register(
            leeds, warranty.RegistrationDraft("HP-2", pump.id, BOUGHT)
        ).warranty_months
        == 12
    )

    # From now on the head office's: Leeds is told at once, not at its next sync.
    with pytest.raises(InvalidInput, match="The head office publishes SKU THR-HP9") as refused:
        products.update_product(leeds, pump.id, products.ProductDraft("THR-HP9", "Mine"))
    assert refused.value.field == "sku"
    with pytest.raises(InvalidInput, match="The head office publishes SKU THR-HP9"):
        warranty.set_policy(leeds, warranty.PolicyDraft(pump.id, 24))
    assert client.sync_round(leeds).refused == 0
    assert client.problems(leeds) == [] and client.problems(york) == []


def test_a_centres_product_with_a_code_the_head_office_publishes_is_refused_and_listed(
    enrolled, head_office
):
    publish_dishwasher(head_office, "Dishwasher of the head office")
    leeds = enrolled("LD01", "Leeds")
    # Made before Leeds first heard from the head office.
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Our dishwasher"))
    assert client.sync_round(leeds).refused == 1
    (problem,) = client.problems(leeds)
    assert problem.entity == "product" and problem.kind == "rejected"
    assert "kept by the head office" in problem.reason
    assert products.get_product_by_sku(leeds, "AQU-DW600").name == ("Dishwasher of the head office")
