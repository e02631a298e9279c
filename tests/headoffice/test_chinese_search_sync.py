"""Rows another centre made, or the head office published, are found at this centre
by Chinese, pinyin and the other script, as soon as a sync has brought them."""

from __future__ import annotations

import pytest

from fieldservice.headoffice import catalogue
from fieldservice.progress import run_to_end
from fieldservice.services import customers, products
from fieldservice.sync import client


@pytest.mark.parametrize("head_office_store", ["sqlite"], indirect=True)
def test_pulled_customers_and_products_are_found_in_chinese(enrolled, head_office):
    run_to_end(catalogue.import_products(head_office.store, "sku,name\nXD-100,洗碗機\n".encode()))
    shanghai = enrolled("SH01", "Shanghai")
    taipei = enrolled("TP01", "Taipei")
    wang = customers.create_customer(taipei, customers.CustomerDraft("王小明", address="臺北市"))
    client.sync_round(taipei)
    client.sync_round(shanghai)

    for search in ("小明", "wxm", "台北"):
        assert [c.id for c in customers.list_customers(shanghai, search)] == [wang.id]
    assert [p.sku for p in products.list_products(shanghai, "洗碗机")] == ["XD-100"]
    # An edit made elsewhere replaces what is found here.
    customers.update_customer(taipei, wang.id, customers.CustomerDraft("王大明"))
    client.sync_round(taipei)
    client.sync_round(shanghai)
    assert customers.list_customers(shanghai, "小明") == []
    assert [c.id for c in customers.list_customers(shanghai, "大明")] == [wang.id]
