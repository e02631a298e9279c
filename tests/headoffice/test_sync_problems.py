"""What the centre's Sync area reads: the last round, pending changes by kind,
and problems a person can look at and mark as handled."""

from __future__ import annotations

import pytest

from fieldservice.errors import NotFound
from fieldservice.services import customers, products
from fieldservice.sync import client
from fieldservice.wire import HEAD_OFFICE_DATA
from tests.headoffice.conftest import publish_dishwasher


def test_the_last_round_is_remembered_with_what_it_did(enrolled):
    leeds = enrolled("LD01", "Leeds")
    assert client.last_round(leeds) is None
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    report = client.sync_round(leeds)
    last = client.last_round(leeds)
    assert last is not None
    assert last.summary == report.summary
    assert (last.pushed, last.refused) == (report.pushed, 0)
    assert last.finished_at.tzinfo is not None


def test_pending_changes_are_counted_by_kind_of_record(enrolled):
    leeds = enrolled("LD01", "Leeds")
    client.sync_round(leeds)
    customers.create_customer(leeds, customers.CustomerDraft("Jane Smith"))
    customers.create_customer(leeds, customers.CustomerDraft("Bob Ray"))
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    assert client.state(leeds).pending_by_entity == {"customer": 2, "product": 1}
    client.sync_round(leeds)
    assert client.state(leeds).pending_by_entity == {}


def test_a_refused_product_is_named_and_can_be_dismissed_once_handled(enrolled, head_office):
    publish_dishwasher(head_office)
    leeds = enrolled("LD01", "Leeds")
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    client.sync_round(leeds)
    assert client.count_problems(leeds) == 1
    (problem,) = client.list_problems(leeds, offset=0, limit=10)
    assert problem.kind == "rejected" and problem.entity in HEAD_OFFICE_DATA
    assert problem.what == "AQU-DW600 · Dishwasher"
    assert problem.noticed_at is not None
    assert client.list_problems(leeds, offset=1, limit=10) == []

    client.dismiss_problem(leeds, problem.op_id)
    assert client.count_problems(leeds) == 0
    assert client.problems(leeds) == []
    assert client.state(leeds).problems == 0
    with pytest.raises(NotFound):
        client.dismiss_problem(leeds, problem.row_id)


def test_a_problem_with_an_update_is_named_from_the_row_itself(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    # Leeds proposes a product; the head office publishes its code (adopts it) before
    # Leeds hears of it, and Leeds' change made meanwhile is refused.
    dishwasher = products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    client.sync_round(leeds)
    publish_dishwasher(head_office)
    products.update_product(
        leeds, dishwasher.id, products.ProductDraft("AQU-DW600", "Dishwasher", brand="Aqualine")
    )
    client.sync_round(leeds)
    (problem,) = client.problems(leeds)
    assert problem.what == "AQU-DW600 · Dishwasher"
    # The refused change is undone here: the head office's product is shown again.
    assert products.get_product_by_sku(leeds, "AQU-DW600").brand == ""
    assert "Undone here" in problem.reason


def test_a_refused_new_row_is_removed_here_and_listed(enrolled, head_office):
    publish_dishwasher(head_office, "Dishwasher of the head office")
    leeds = enrolled("LD01", "Leeds")
    products.create_product(leeds, products.ProductDraft("AQU-DW600", "Dishwasher"))
    client.sync_round(leeds)
    (problem,) = client.problems(leeds)
    assert problem.kind == "rejected" and "Removed here" in problem.reason
    # The head office never took it: this centre shows the head office's instead.
    assert products.get_product_by_sku(leeds, "AQU-DW600").name == ("Dishwasher of the head office")
