"""A clerk at a Chinese centre finds customers, orders, parts and products by what
they type: any part of a name, one or two characters, pinyin or its initials, in
Simplified or Traditional characters."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid

import pytest

from fieldservice.db import SCHEMA_HEAD, Database
from fieldservice.services import customers, products, repairs, site, stock, units
from fieldservice.services.customers import CustomerDraft
from fieldservice.services.repairs import IntakeDraft, OrderFilter
from tests.conftest import add_as_before, database_at


@pytest.fixture
def shanghai(fresh_db):
    """The database of centre SH01 (Shanghai), country CN."""
    site.setup_site(fresh_db, "SH01", "上海服务中心", country="CN")
    return fresh_db


@pytest.fixture
def wang(shanghai):
    return customers.create_customer(
        shanghai, CustomerDraft("王小明", address="北京市朝阳区建国路88号", company="明达电子")
    )


@pytest.fixture
def people(shanghai, wang):
    """王小明 and a few others a search must not bring along."""
    others = {
        name: customers.create_customer(shanghai, CustomerDraft(name, address=address))
        for name, address in (
            ("李小红", "上海市浦东新区"),
            ("陳大文", "台北市信義區"),
            ("陈建国", "广州市天河区"),
            ("Jane Smith", "12 Mill Lane"),
        )
    }
    return {"王小明": wang, **others}


def names(db, search: str) -> list[str]:
    found = sorted(r.name for r in customers.list_customers(db, search))
    assert customers.count_customers(db, search) == len(found)
    return found


# -- customers -------------------------------------------------------------------------------


def test_a_two_character_given_name_finds_the_customer(shanghai, people):
    assert names(shanghai, "小明") == ["王小明"]


def test_one_character_finds_every_customer_with_it(shanghai, people):
    assert names(shanghai, "王") == ["王小明"]
    assert names(shanghai, "小") == ["李小红", "王小明"]
    assert names(shanghai, "文") == ["陳大文"]  # the last character of a name


def test_the_full_name_and_any_three_characters_find_the_customer(shanghai, people):
    assert names(shanghai, "王小明") == ["王小明"]
    assert names(shanghai, "朝阳区建国") == ["王小明"]


def test_pinyin_initials_and_full_pinyin_find_the_customer(shanghai, people):
    assert names(shanghai, "wxm") == ["王小明"]
    assert names(shanghai, "WXM") == ["王小明"]
    assert names(shanghai, "wangxiaoming") == ["王小明"]
    assert names(shanghai, "wang xiaoming") == ["王小明"]
    assert names(shanghai, "xiaoming") == ["王小明"]


def test_a_surname_is_found_by_its_reading_as_a_name(shanghai):
    customers.create_customer(shanghai, CustomerDraft("曾志伟"))
    assert names(shanghai, "zengzhiwei") == ["曾志伟"]
    assert names(shanghai, "zzw") == ["曾志伟"]


def test_simplified_and_traditional_find_each_other(shanghai, people):
    assert names(shanghai, "陈") == ["陈建国", "陳大文"]
    assert names(shanghai, "陳") == ["陈建国", "陳大文"]
    assert names(shanghai, "陈大文") == ["陳大文"]
    assert names(shanghai, "陳建國") == ["陈建国"]
    assert names(shanghai, "信义") == ["陳大文"]  # 信義區 typed in Simplified


def test_any_part_of_an_address_or_company_finds_the_customer(shanghai, people):
    assert names(shanghai, "朝阳") == ["王小明"]
    assert names(shanghai, "88号") == ["王小明"]
    assert names(shanghai, "浦东") == ["李小红"]
    assert names(shanghai, "明达") == ["王小明"]


def test_every_term_typed_must_match(shanghai, people):
    assert names(shanghai, "王 朝阳") == ["王小明"]
    assert names(shanghai, "王 浦东") == []
    assert names(shanghai, "小 上海") == ["李小红"]


def test_full_width_letters_are_read_as_plain_ones(shanghai, people):
    assert names(shanghai, "ｗｘｍ") == ["王小明"]


def test_english_search_is_unchanged_beside_chinese_customers(shanghai, people):
    assert names(shanghai, "jane smi") == ["Jane Smith"]
    assert names(shanghai, "mill") == ["Jane Smith"]
    assert names(shanghai, "ith") == []  # still a word prefix, not any part
    assert names(shanghai, "") == sorted(people)


def test_an_edit_is_found_under_the_new_name_only(shanghai, wang):
    customers.update_customer(shanghai, wang.id, CustomerDraft("王大明", address=wang.address))
    assert names(shanghai, "小明") == []
    assert names(shanghai, "大明") == ["王大明"]
    assert names(shanghai, "wdm") == ["王大明"]


def test_customers_loaded_in_bulk_are_found(shanghai):
    # The path of a dealer's list: checked rows added a batch at a time, past the ORM.
    rows = [
        customers.clean(shanghai, CustomerDraft(name, phone=phone, address=address))
        for name, phone, address in (
            ("赵丽颖", "13800138000", "杭州市西湖区"),
            ("周杰倫", "13900139000", "台北市"),
        )
    ]
    with shanghai.write() as s:
        customers.add_customers(s, shanghai, rows)
    assert names(shanghai, "丽颖") == ["赵丽颖"]
    assert names(shanghai, "zly") == ["赵丽颖"]
    assert names(shanghai, "西湖") == ["赵丽颖"]
    assert names(shanghai, "杰伦") == ["周杰倫"]


def test_a_row_written_outside_the_app_is_found_after_the_next_save(shanghai):
    with contextlib.closing(sqlite3.connect(shanghai.path)) as other, other:
        other.execute(
            "INSERT INTO customer (id, number, name, company, phone, phone_key, email, address,"
            " notes, duplicate_reviewed, origin_site, created_at, updated_at, hlc, deleted)"
            " VALUES (?, 'SH01-CU-900001', '孙悟空', '', '', '', '', '花果山', '', 0, 'SH01',"
            " '2026-11-20 09:00:00.000000', '2026-11-20 09:00:00.000000',"
            " '0001763629200000.0000.SH01', 0)",
            (uuid.uuid4().hex,),
        )
    customers.create_customer(shanghai, CustomerDraft("猪八戒"))
    assert names(shanghai, "悟空") == ["孙悟空"]


def test_orders_are_found_by_their_customers_chinese_name(shanghai, wang):
    washer = products.create_product(shanghai, products.ProductDraft("XD-100", "洗碗机"))
    unit = units.create_unit(shanghai, units.UnitDraft("XD-0001", washer.id, wang.id))
    order = repairs.open_order(shanghai, IntakeDraft(unit.id, "不排水"))
    for search in ("小明", "wxm", "王小明"):
        assert [o.id for o in repairs.list_orders(shanghai, OrderFilter(search=search))] == [
            order.id
        ]


# -- parts and products ----------------------------------------------------------------------


def test_parts_are_found_by_any_part_of_their_chinese_name(shanghai):
    stock.create_part(shanghai, stock.PartDraft("PSU-12", "电源适配器 12V", supplier="深圳华强"))
    stock.create_part(shanghai, stock.PartDraft("FAN-120", "散热风扇"))
    for search in ("电源", "適配", "电源适配器", "電源適配器", "源", "dianyuan", "dyspq", "华强"):
        assert [p.part_number for p in stock.list_parts(shanghai, search)] == ["PSU-12"], search
        assert stock.count_parts(shanghai, search) == 1
    assert [p.part_number for p in stock.list_parts(shanghai, "FAN")] == ["FAN-120"]


def test_products_are_found_by_any_part_of_their_chinese_name(shanghai):
    products.create_product(shanghai, products.ProductDraft("XD-100", "洗碗机", brand="美的"))
    products.create_product(shanghai, products.ProductDraft("AC-1", "空调", brand="格力"))
    for search in ("洗碗", "洗碗機", "碗", "xwj", "xiwanji", "美的", "XD-1"):
        assert [p.sku for p in products.list_products(shanghai, search)] == ["XD-100"], search


# -- similar past repairs --------------------------------------------------------------------


def test_a_fault_described_in_chinese_finds_similar_past_repairs(shanghai, wang):
    washer = products.create_product(shanghai, products.ProductDraft("XD-100", "洗碗机"))
    other = products.create_product(shanghai, products.ProductDraft("AC-1", "空调"))
    past = units.create_unit(shanghai, units.UnitDraft("XD-0001", washer.id, wang.id))
    fixed = repairs.open_order(shanghai, IntakeDraft(past.id, "开机没反应"))
    repairs.move(shanghai, fixed.id, "diagnosing")
    repairs.update_work(shanghai, fixed.id, diagnosis="电源板烧坏", work_done="更换电源板")
    lamp = repairs.open_order(shanghai, IntakeDraft(past.id, "指示燈不亮"))  # Traditional
    repairs.open_order(shanghai, IntakeDraft(past.id, "门封漏水"))  # another fault
    cooler = units.create_unit(shanghai, units.UnitDraft("AC-0001", other.id, wang.id))
    repairs.open_order(shanghai, IntakeDraft(cooler.id, "开机没反应"))  # another product
    now = units.create_unit(shanghai, units.UnitDraft("XD-0002", washer.id))
    current = repairs.open_order(shanghai, IntakeDraft(now.id, "开机无反应，指示灯不亮"))

    found = repairs.similar_repairs(shanghai, current.id)
    assert [r.number for r in found] == [fixed.number, lamp.number]  # the fixed one first
    assert found[0].work_done == "更换电源板"


def test_an_english_fault_still_finds_its_similar_repairs(shanghai, wang):
    washer = products.create_product(shanghai, products.ProductDraft("XD-100", "Dishwasher"))
    unit = units.create_unit(shanghai, units.UnitDraft("XD-0001", washer.id, wang.id))
    past = repairs.open_order(shanghai, IntakeDraft(unit.id, "Water not draining"))
    current = repairs.open_order(shanghai, IntakeDraft(unit.id, "Not draining at all"))
    assert [r.id for r in repairs.similar_repairs(shanghai, current.id)] == [past.id]


# -- a database from the version before --------------------------------------------------------


def test_a_database_from_before_chinese_search_is_upgraded_and_its_rows_found(tmp_path):
    path = tmp_path / "fieldservice.sqlite3"
    database_at(path, "0011")
    with contextlib.closing(sqlite3.connect(path)) as old, old:
        old.execute("INSERT INTO local_setting (key, value) VALUES ('site_code', 'SH01')")
        add_as_before(
            old,
            "customer",
            "SH01",
            number="SH01-CU-000001",
            name="陳小明",
            company="",
            phone="",
            phone_key="",
            email="",
            address="台北市信義區",
            notes="",
            duplicate_reviewed=0,
        )
        add_as_before(
            old,
            "part",
            "SH01",
            part_number="PSU-12",
            description="電源適配器",
            unit="pcs",
            standard_cost=0,
            supplier="",
            supplier_part_number="",
            lead_time_days=0,
            pack_size=1000,
            default_bin="",
            notes="",
        )

    with Database.open(path=path) as db:  # upgrades it
        assert db.upgraded is not None and db.upgraded.to_revision == SCHEMA_HEAD
        assert names(db, "小明") == ["陳小明"]
        assert names(db, "陈") == ["陳小明"]
        assert names(db, "cxm") == ["陳小明"]
        assert names(db, "信义区") == ["陳小明"]
        assert [p.part_number for p in stock.list_parts(db, "电源")] == ["PSU-12"]
        with db.connection() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM search_pending").scalar() == 0


def test_a_row_removed_outside_the_app_leaves_no_entries_behind(shanghai, people):
    with contextlib.closing(sqlite3.connect(shanghai.path)) as other, other:
        other.execute("DELETE FROM customer WHERE name = '李小红'")
    customers.create_customer(shanghai, CustomerDraft("猪八戒"))
    assert names(shanghai, "小") == ["王小明"]
    with shanghai.connection() as conn:
        left = conn.exec_driver_sql(
            "SELECT count(*) FROM customer_fts_short WHERE customer_fts_short MATCH ?",
            ('pairs : "小红"',),
        ).scalar()
        assert left == 0
        for fts in ("customer_fts_cjk", "customer_fts_short"):
            conn.exec_driver_sql(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")


def test_orders_are_found_by_any_part_of_their_chinese_fault(shanghai, wang):
    washer = products.create_product(shanghai, products.ProductDraft("XD-100", "洗碗机"))
    unit = units.create_unit(shanghai, units.UnitDraft("XD-0001", washer.id, wang.id))
    drain = repairs.open_order(shanghai, IntakeDraft(unit.id, "不排水，底部積水"))
    repairs.open_order(shanghai, IntakeDraft(unit.id, "门封漏水"))
    for search in ("排水", "积水", "不排水", "底部积水"):
        assert [o.id for o in repairs.list_orders(shanghai, OrderFilter(search=search))] == [
            drain.id
        ], search
        assert repairs.count_orders(shanghai, OrderFilter(search=search)) == 1
