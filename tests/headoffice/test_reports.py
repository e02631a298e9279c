"""The head office reads every centre's work; centres cannot read each other's."""

from __future__ import annotations

import requests

from fieldservice.headoffice import catalogue, reports
from fieldservice.progress import run_to_end
from fieldservice.services import products, repairs, stock, units
from fieldservice.sync import client


def get(server, path, token, **params):
    return requests.get(
        f"{server.url}{path}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_consolidated_orders_and_stock_across_centres(enrolled, head_office):
    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    parts = run_to_end(
        catalogue.import_parts(
            head_office.store,
            b"part_number,description,pack_size\nFAN-120,Fan motor,4\nBAD,,1\n",
        )
    )
    assert parts.imported == 1 and [e.line for e in parts.errors] == [3]
    centres = {code: enrolled(code, code) for code in ("LD01", "YK01")}
    for code, db in centres.items():
        client.sync_round(db)
        pump = products.get_product_by_sku(db, "P-1")
        unit = units.create_unit(db, units.UnitDraft(f"{code}-SN", pump.id))
        repairs.open_order(db, repairs.IntakeDraft(unit.id, "Noisy"))
        stock.create_location(db, f"{code}-MAIN", "Main store")
        stock.receive(db, "FAN-120", 3 if code == "LD01" else 5, f"{code}-MAIN")
        client.sync_round(db)
    token = reports.add_report_user(head_office.store, "Finance")

    everything = get(head_office, "/api/v1/report/orders", token).json()
    assert everything["total"] == 2
    assert {r["centre"] for r in everything["rows"]} == {"LD01", "YK01"}
    leeds = get(head_office, "/api/v1/report/orders", token, site="ld01").json()
    assert [r["serial"] for r in leeds["rows"]] == ["LD01-SN"]
    assert get(head_office, "/api/v1/report/orders", token, status="delivered").json()["total"] == 0
    on_hand = get(head_office, "/api/v1/report/stock", token).json()["rows"]
    assert sorted((r["centre"], r["part_number"], r["on_hand"]) for r in on_hand) == [
        ("LD01", "FAN-120", "3"),
        ("YK01", "FAN-120", "5"),
    ]

    centre_token = client.load_token(centres["LD01"], head_office.url)
    assert get(head_office, "/api/v1/report/orders", centre_token).status_code == 403
    assert get(head_office, "/api/v1/report/orders", "nonsense").status_code == 401
    assert get(head_office, "/api/v1/report/registrations", token).json()["total"] == 0
