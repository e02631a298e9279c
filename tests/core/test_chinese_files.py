"""A Chinese dealer's list, as Excel saves it in Beijing, Taipei or Hong Kong, imports
with its Chinese column names and every name intact, and says how it was read."""

from __future__ import annotations

import codecs
import io

import pytest
from openpyxl import Workbook

from fieldservice.errors import InvalidInput
from fieldservice.progress import run_to_end
from fieldservice.services import customers, products, site, stock, stock_io, warranty
from fieldservice.services.warranty_import import import_registrations

SIMPLIFIED = (
    "序列号,型号,购买日期,客户姓名,手机号,地址,经销商,发票号\n"
    "HR-1001,WM-1000,2025-05-02,李四,13800138000,北京市海淀区中关村大街1号,国美电器,FP-1\n"
    "HR-1002,WM-1000,2025-05-03,王小明,010-12345678,上海市徐汇区,苏宁易购,FP-2\n"
)
TRADITIONAL = (
    "序號,型號,購買日期,客戶姓名,電話,地址,經銷商,發票號碼\n"
    "HR-2001,WM-1000,2025-05-02,陳大文,0912345678,台北市信義區市府路1號,燦坤,FP-3\n"
    "HR-2002,WM-1000,2025-05-03,林淑芬,02-2345-6789,新北市板橋區,全國電子,FP-4\n"
)


@pytest.fixture
def centre(fresh_db, request):
    country = request.param
    site.setup_site(fresh_db, "BJ01" if country == "CN" else "TP01", "服务中心", country=country)
    washer = products.create_product(fresh_db, products.ProductDraft("WM-1000", "滚筒洗衣机"))
    warranty.set_policy(fresh_db, warranty.PolicyDraft(washer.id, 36, 12))
    return fresh_db


def _workbook(text: str) -> bytes:
    book = Workbook()
    for line in text.splitlines():
        book.active.append(line.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("centre", "listing", "encoded", "read_as"),
    [
        ("CN", SIMPLIFIED, SIMPLIFIED.encode("gbk"), "GB18030"),
        ("CN", SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode(), "UTF-8 with a byte-order mark"),
        ("CN", SIMPLIFIED, SIMPLIFIED.replace(",", "\t").encode("utf-16"), "UTF-16"),
        ("CN", SIMPLIFIED, _workbook(SIMPLIFIED), "Excel workbook"),
        ("TW", TRADITIONAL, TRADITIONAL.encode("big5"), "Big5"),
        ("TW", TRADITIONAL, TRADITIONAL.replace(",", "\t").encode("utf-16"), "UTF-16"),
        ("TW", TRADITIONAL, _workbook(TRADITIONAL), "Excel workbook"),
    ],
    indirect=["centre"],
)
def test_a_chinese_dealers_list_imports_with_its_names_intact(centre, listing, encoded, read_as):
    report = run_to_end(import_registrations(centre, encoded))
    assert (report.imported, report.errors) == (2, [])
    assert report.read_as.startswith(read_as)
    for line in listing.splitlines()[1:]:
        serial, _sku, _bought, name, _phone, address, dealer, invoice = line.split(",")
        registration = warranty.find_by_serial(centre, serial)
        assert (registration.dealer, registration.invoice_ref) == (dealer, invoice)
        owner = customers.get_customer(centre, registration.customer_id)
        assert (owner.name, owner.address) == (name, address)
    # Mainland mobiles and landlines, Taiwan numbers: read as the centre's country's.
    keys = {
        customers.get_customer(centre, c.id).phone_key for c in customers.list_customers(centre)
    }
    mainland = {"+8613800138000", "+861012345678"}
    assert keys == (mainland if "李四" in listing else {"+886912345678", "+886223456789"})


@pytest.mark.parametrize("centre", ["CN"], indirect=True)
def test_a_file_no_encoding_reads_is_refused_and_nothing_is_written(centre):
    garbled = bytes(range(0x80, 0x100)) * 20
    with pytest.raises(InvalidInput) as refused:
        run_to_end(import_registrations(centre, garbled))
    assert "CSV UTF-8" in refused.value.message
    assert warranty.count_registrations(centre) == 0
    assert customers.count_customers(centre) == 0


@pytest.mark.parametrize("centre", ["CN"], indirect=True)
def test_a_chinese_parts_catalogue_and_stock_list_import(centre):
    stock.create_location(centre, "MAIN", "主仓库")
    catalogue = "料号,名称,单位,成本,供应商,适用机型\nSA-220,减震器,个,90.00,海尔配件,WM-1000\n"
    report = run_to_end(stock_io.import_parts(centre, catalogue.encode("gb18030")))
    assert (report.imported, report.errors) == (1, [])
    assert report.read_as.startswith("GB18030")
    part = stock.get_part(centre, "SA-220")
    assert (part.description, part.unit, part.supplier) == ("减震器", "个", "海尔配件")
    listing = "料号,库位,货位,数量,单价\nSA-220,MAIN,A-01,6,90\n"
    report = run_to_end(stock_io.import_opening_balances(centre, _workbook(listing)))
    assert (report.imported, report.errors) == (1, [])
    held = stock.on_hand(centre, "SA-220")
    assert held.on_hand == 6
    assert held.bins == (("MAIN", "A-01", 6),)


@pytest.mark.parametrize("centre", ["CN"], indirect=True)
def test_a_stock_workbook_is_headed_in_the_programs_language(centre, tmp_path):
    from openpyxl import load_workbook

    from fieldservice import i18n

    stock.create_location(centre, "MAIN", "主仓库")
    i18n.use_language("zh_CN")
    try:
        path = stock_io.export_stock(centre, tmp_path / "库存.xlsx")
    finally:
        i18n.use_language("en")
    header = [c.value for c in load_workbook(path).active[1]]
    assert header[:4] == ["零件号", "名称规格", "库位", "货位"]
    csv_header = stock_io.export_stock(centre, tmp_path / "stock.csv").read_text("utf-8-sig")
    assert csv_header.startswith("part_number,description")  # imports back as it is
