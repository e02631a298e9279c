"""Warranty policies are published by the head office: centres register units with
the published months, and a centre cannot change a published policy (only the
policy of a product it proposed, until the head office publishes it)."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.headoffice import catalogue, cli
from fieldservice.progress import run_to_end
from fieldservice.services import products, warranty
from fieldservice.sync import client

BOUGHT = dt.date(2026, 3, 14)


def publish_dishwasher(head_office) -> None:
    report = run_to_end(
        catalogue.import_products(head_office.store, b"sku,name\nAQU-DW600,Dishwasher DW600\n")
    )
    assert report.imported == 1


def publish_policies(head_office, tmp_path, text: str, capsys) -> tuple[int, str]:
    listing = tmp_path / "policies.csv"
    listing.write_text(text, encoding="utf-8")
    capsys.readouterr()
    status = cli.main(
        ["catalogue", "import", str(listing), "--policies", "--db", head_office.store.url]
    )
    return status, capsys.readouterr().out


def register(db, serial: str) -> warranty.RegistrationRecord:
    dishwasher = products.get_product_by_sku(db, "AQU-DW600")
    return warranty.register(db, warranty.RegistrationDraft(serial, dishwasher.id, BOUGHT))


def test_a_centre_registers_a_unit_with_the_warranty_the_head_office_published(
    enrolled, head_office, tmp_path, capsys
):
    publish_dishwasher(head_office)
    status, said = publish_policies(
        head_office,
        tmp_path,
        "sku,warranty_months,service_months,terms,void_conditions\n"
        "aqu-dw600,24,36,Two years parts and labour,Physical damage|Liquid damage\n"
        "NOPE-1,12,,,\n"
        "AQU-DW600,two,,,\n",
        capsys,
    )
    assert status == 1
    assert said.splitlines() == [
        "1 imported, 0 already there, 2 refused",
        "  line 3: There is no product NOPE-1 in the catalogue: publish it first.",
        "  line 4: Warranty months “two” is not a whole number.",
    ]
    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)

    dishwasher = products.get_product_by_sku(leeds, "AQU-DW600")
    policy = warranty.get_policy(leeds, dishwasher.id)
    assert policy is not None
    assert (policy.warranty_months, policy.service_months, policy.terms) == (
        24,
        36,
        "Two years parts and labour",
    )
    assert policy.void_conditions == ("Physical damage", "Liquid damage")
    registration = register(leeds, "DW-1")
    assert (registration.warranty_months, registration.service_months) == (24, 36)
    assert registration.warranty_end == dt.date(2028, 3, 14)
    assert client.sync_round(leeds).refused == 0
    assert client.problems(leeds) == []


def test_a_centres_change_to_a_published_policy_is_refused_at_once_and_the_policy_kept(
    enrolled, head_office, tmp_path, capsys
):
    publish_dishwasher(head_office)
    publish_policies(head_office, tmp_path, "sku,warranty_months\nAQU-DW600,24\n", capsys)
    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)
    dishwasher = products.get_product_by_sku(leeds, "AQU-DW600")

    with pytest.raises(InvalidInput, match="The head office publishes SKU AQU-DW600") as refused:
        warranty.set_policy(leeds, warranty.PolicyDraft(dishwasher.id, 6))
    assert refused.value.field == "product"
    policy = warranty.get_policy(leeds, dishwasher.id)
    assert policy is not None and policy.warranty_months == 24
    assert client.sync_round(leeds).refused == 0
    assert client.problems(leeds) == []
    assert register(leeds, "DW-1").warranty_months == 24


def test_a_policy_published_after_a_centre_made_its_own_replaces_it_for_new_units_only(
    enrolled, head_office, tmp_path, capsys
):
    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)
    # Before the head office publishes the product, Leeds adds it (a proposal), sets its
    # own policy and registers a unit.
    dishwasher = products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    warranty.set_policy(leeds, warranty.PolicyDraft(dishwasher.id, 12))
    assert register(leeds, "DW-1").warranty_months == 12
    assert client.sync_round(leeds).refused == 0
    publish_dishwasher(head_office)
    status, said = publish_policies(
        head_office, tmp_path, "sku,warranty_months,service_months\nAQU-DW600,24,36\n", capsys
    )
    assert status == 0 and said.startswith("1 imported")

    client.sync_round(leeds)
    assert client.problems(leeds) == []
    (policy,) = warranty.list_policies(leeds)
    assert (policy.warranty_months, policy.service_months) == (24, 36)
    assert warranty.find_by_serial(leeds, "DW-1").warranty_months == 12  # as registered
    assert register(leeds, "DW-2").warranty_months == 24

    # A change published later reaches the centre; registrations keep their months.
    publish_policies(head_office, tmp_path, "sku,warranty_months\nAQU-DW600,36\n", capsys)
    status, said = publish_policies(
        head_office, tmp_path, "sku,warranty_months\nAQU-DW600,36\n", capsys
    )
    assert said.startswith("0 imported, 1 already there")
    client.sync_round(leeds)
    (policy,) = warranty.list_policies(leeds)
    assert (policy.warranty_months, policy.service_months) == (36, 0)
    assert warranty.find_by_serial(leeds, "DW-2").warranty_months == 24
    assert register(leeds, "DW-3").warranty_months == 36
    assert client.problems(leeds) == []
