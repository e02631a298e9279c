"""Codes a centre chooses for itself (stock locations, priority targets) are its
own: every centre may have a MAIN store and the default priorities."""

from __future__ import annotations

from decimal import Decimal

from fieldservice.headoffice import catalogue, reports
from fieldservice.progress import run_to_end
from fieldservice.services import repairs, stock
from fieldservice.sync import client


def test_two_centres_each_with_a_main_store_and_the_default_priorities_sync_their_stock(
    enrolled, head_office
):
    run_to_end(catalogue.import_parts(head_office.store, b"part_number,description\nFAN-120,Fan\n"))
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    for centre in (leeds, york):
        client.sync_round(centre)  # the catalogue
        stock.create_location(centre, "MAIN", "Main store")
        repairs.targets(centre)  # the four default priorities, made on first use
        stock.receive(centre, "FAN-120", 2, "MAIN")

    for centre in (leeds, york):
        report = client.sync_round(centre)
        assert (report.pushed, report.refused) == (6, 0)  # location, 4 targets, receipt
        assert client.problems(centre) == []

    # York's next movement is taken too, in York's own MAIN.
    stock.receive(york, "FAN-120", 3, "MAIN")
    report = client.sync_round(york)
    assert (report.applied, report.refused) == (1, 0)
    on_hand = {
        (row["centre"], row["location"]): Decimal(row["on_hand"])
        for row in reports.stock_on_hand(head_office.store)["rows"]
    }
    assert on_hand == {("LD01", "MAIN"): 2, ("YK01", "MAIN"): 5}

    # Each centre still works with its own.
    repairs.set_target(york, "urgent", 1, 4)
    assert client.sync_round(york).refused == 0
    client.sync_round(leeds)
    assert repairs.targets(leeds)[0].resolution_hours != 4
    assert [loc.code for loc in stock.list_locations(leeds)] == ["MAIN"]
    assert stock.on_hand(leeds, "FAN-120").on_hand == 2
