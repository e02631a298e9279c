"""Every change to a synced table is in the outbox, in the same transaction."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from fieldservice.capture import bulk_insert
from fieldservice.errors import InvalidInput
from fieldservice.models import Customer, Product, SyncOutbox
from fieldservice.services import customers, products


def outbox(db) -> list[SyncOutbox]:
    with db.read() as s:
        return list(s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


def test_a_new_customer_is_stamped_and_queued_with_all_its_fields(db):
    before = len(outbox(db))
    jane = customers.create_customer(
        db, customers.CustomerDraft("Jane Smith", phone="07911 123456")
    )
    ops = outbox(db)[before:]
    assert [(op.entity, op.op, op.row_id) for op in ops] == [("customer", "insert", jane.id)]
    changes = json.loads(ops[0].changes)
    assert changes["name"] == "Jane Smith"
    assert changes["phone_key"] == "+447911123456"
    assert changes["origin_site"] == "LD01"
    assert changes["deleted"] is False
    with db.read() as s:
        row = s.get(Customer, jane.id)
        assert row.hlc == ops[0].hlc and row.origin_site == "LD01"


def test_an_edit_queues_only_the_changed_fields_with_a_later_clock(db, jane):
    customers.update_customer(
        db, jane.id, customers.CustomerDraft(**{**jane.draft().__dict__, "company": "Kiln Café"})
    )
    *_, insert, update = outbox(db)
    assert (update.op, update.row_id) == ("update", jane.id)
    changes = json.loads(update.changes)
    assert changes["company"] == "Kiln Café"
    assert set(changes) == {"company", "hlc", "updated_at"}
    assert update.hlc > insert.hlc


def test_saving_without_a_change_queues_nothing(db, jane):
    count = len(outbox(db))
    customers.update_customer(db, jane.id, jane.draft())
    assert len(outbox(db)) == count


def test_a_refused_change_leaves_neither_row_nor_outbox_entry(db, jane):
    count = len(outbox(db))
    with pytest.raises(InvalidInput):
        customers.update_customer(
            db, jane.id, customers.CustomerDraft("Jane Smith", email="not-an-address")
        )
    assert len(outbox(db)) == count
    assert customers.get_customer(db, jane.id).email == jane.email


def test_an_exception_inside_a_unit_of_work_rolls_back_the_outbox_too(db):
    count = len(outbox(db))
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Product(sku="X-1", name="Test product"))
        s.flush()
        raise RuntimeError("power cut")
    assert len(outbox(db)) == count
    assert products.count_products(db) == 0


def test_marking_deleted_is_queued_as_a_tombstone(db, jane):
    with db.write() as s:
        s.get(Customer, jane.id).deleted = True
    last = outbox(db)[-1]
    assert (last.op, last.row_id) == ("delete", jane.id)
    assert json.loads(last.changes)["deleted"] is True


def test_synced_rows_cannot_be_deleted_for_real(db, jane):
    with pytest.raises(RuntimeError, match="never deleted"), db.write() as s:
        s.delete(s.get(Customer, jane.id))
    assert customers.get_customer(db, jane.id).name == "Jane Smith"


def test_bulk_insert_writes_rows_and_outbox_entries_together(db):
    count = len(outbox(db))
    with db.write() as s:
        bulk_insert(s, Product, [{"sku": f"P-{i}", "name": f"Part {i}"} for i in range(3)])
    ops = outbox(db)[count:]
    assert [op.op for op in ops] == ["insert"] * 3
    assert len({op.hlc for op in ops}) == 3
    assert sorted(json.loads(op.changes)["sku"] for op in ops) == ["P-0", "P-1", "P-2"]
    assert products.get_product_by_sku(db, "P-1").name == "Part 1"


def test_rows_loaded_after_the_fact_keep_their_time_order():
    import datetime as dt

    from fieldservice.ids import id_at, new_id

    earlier = id_at(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    later = id_at(dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    assert earlier.version == 7 and earlier < later < new_id()
