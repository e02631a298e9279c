"""三包 windows are part of a published warranty policy: the head office imports them
with the policy, centres get them by sync, and an order's 三包 decision reaches the
head office for its reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from fieldservice.headoffice import catalogue
from fieldservice.progress import run_to_end
from fieldservice.services import products, repairs, units, warranty
from fieldservice.sync import client
from fieldservice.wire import TABLES


def publish(head_office, text: bytes):
    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nMD-K1,Kettle K1\n"))
    return run_to_end(catalogue.import_policies(head_office.store, text))


def test_a_published_policy_carries_its_sanbao_windows_to_the_centres(enrolled, head_office):
    report = publish(
        head_office,
        b"sku,warranty_months,return_days,exchange_days,repairs_before_exchange\nMD-K1,12,7,15,2\n",
    )
    assert report.imported == 1
    shanghai = enrolled("SH01", "Shanghai")
    client.sync_round(shanghai)
    kettle = products.get_product_by_sku(shanghai, "MD-K1")
    policy = warranty.get_policy(shanghai, kettle.id)
    assert (policy.return_days, policy.exchange_days, policy.repairs_before_exchange) == (7, 15, 2)

    # A decision taken at intake goes up with the order, as a column reports count.
    unit = units.create_unit(shanghai, units.UnitDraft("K-1", kettle.id))
    warranty.register(
        shanghai,
        warranty.RegistrationDraft("K-1", kettle.id, dt.date.today() - dt.timedelta(days=2)),
    )
    order = repairs.open_order(
        shanghai, repairs.IntakeDraft(unit.id, "不加热", sanbao_decision="refund")
    )
    assert client.sync_round(shanghai).refused == 0
    table = TABLES["repair_order"]
    with head_office.store.session() as s:
        kept = s.execute(
            select(table.c.sanbao_decision, table.c.sanbao_reason).where(table.c.id == order.id)
        ).one()
    assert kept.sanbao_decision == "refund" and kept.sanbao_reason.startswith("Day 3")


def test_blank_sanbao_windows_publish_a_policy_not_under_sanbao(enrolled, head_office):
    report = publish(head_office, b"sku,warranty_months,return_days\nMD-K1,12,\n")
    assert report.imported == 1
    shanghai = enrolled("SH01", "Shanghai")
    client.sync_round(shanghai)
    policy = warranty.get_policy(shanghai, products.get_product_by_sku(shanghai, "MD-K1").id)
    assert (policy.return_days, policy.exchange_days, policy.repairs_before_exchange) == (
        None,
        None,
        None,
    )


def test_a_wrong_window_is_refused_with_its_line(head_office):
    report = publish(
        head_office,
        b"sku,warranty_months,return_days,exchange_days\nMD-K1,12,seven,15\nMD-K1,12,15,7\n",
    )
    assert report.imported == 0
    assert [e.message for e in report.errors] == [
        "The refund window (days) “seven” is not a whole number.",
        "The exchange window cannot be shorter than the refund window.",
    ]
