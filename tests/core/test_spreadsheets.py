"""Dealers' files as Chinese offices save them: GBK and Big5 from Excel's "CSV",
UTF-16 "Unicode text", UTF-8 with a byte-order mark, and XLSX workbooks."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import random
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from fieldservice.errors import InvalidInput
from fieldservice.services import spreadsheets

SIMPLIFIED = "序列号,型号,购买日期,客户姓名,电话\nSN-1,AQU-DW600,2025-05-02,李四,13800138000\n"
TRADITIONAL = "序號,型號,購買日期,客戶姓名,電話\nSN-1,AQU-DW600,2025-05-02,陳大文,0912345678\n"


@pytest.mark.parametrize(
    ("raw", "region", "text", "encoding"),
    [
        (SIMPLIFIED.encode("gbk"), "CN", SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), "TW", SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), "TW", TRADITIONAL, "big5"),
        (TRADITIONAL.encode("big5"), "HK", TRADITIONAL, "big5hkscs"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode(), "GB", SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode(), "GB", SIMPLIFIED, "utf-8"),
        (SIMPLIFIED.replace(",", "\t").encode("utf-16"), "CN", None, "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), "CN", SIMPLIFIED, "utf-16-le"),
        ("serial,name\nSN-1,José Müller\n".encode("cp1252"), "GB", None, "cp1252"),
        ("serial,name\nSN-1,José Müller\n".encode("cp1252"), "CN", None, "cp1252"),
    ],
)
def test_a_file_is_read_in_the_encoding_it_was_saved_in(raw, region, text, encoding):
    decoded = spreadsheets.decode(raw, region)
    assert decoded.encoding == encoding
    if text is not None:
        assert decoded.text == text
    assert "Müller" in decoded.text or "李四" in decoded.text or "陳大文" in decoded.text
    assert decoded.described  # said in the import's report


def test_two_chinese_characters_read_as_the_centres_own_encoding():
    # The GBK bytes of 李四 are also valid Big5 (as other characters): the
    # centre's country settles it.
    raw = "serial,name\nSN-1,李四\n".encode("gbk")
    assert spreadsheets.decode(raw, "CN").text.endswith("李四\n")
    big5 = "serial,name\nSN-1,陳大文\n".encode("big5")
    assert spreadsheets.decode(big5, "TW").text.endswith("陳大文\n")


def test_a_file_no_encoding_reads_is_refused_with_the_way_out():
    rng = random.Random(4)
    noise = bytes(rng.randrange(128, 256) for _ in range(3000))
    with pytest.raises(InvalidInput) as refused:
        spreadsheets.decode(noise, "CN")
    assert "CSV UTF-8" in refused.value.message


def _workbook(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbooks_cells_are_read_as_a_person_sees_them():
    raw = _workbook(
        [
            ["序列号", "型号", "购买日期", "客户姓名", "电话", "数量"],
            ["SN-1", "AQU-DW600", dt.datetime(2025, 5, 2), "李四", 13800138000, 2.5],
            [None, None, None, None, None, None],
            ["SN-2", "AQU-DW600", dt.date(2025, 5, 3), "王小明", "010-12345678", 3],
        ]
    )
    assert spreadsheets.is_workbook(raw)
    assert spreadsheets.workbook_rows(raw) == [
        (1, ["序列号", "型号", "购买日期", "客户姓名", "电话", "数量"]),
        (2, ["SN-1", "AQU-DW600", "2025-05-02", "李四", "13800138000", "2.5"]),
        (4, ["SN-2", "AQU-DW600", "2025-05-03", "王小明", "010-12345678", "3"]),
    ]


def test_a_damaged_workbook_is_refused():
    raw = _workbook([["serial"], ["SN-1"]])
    with pytest.raises(InvalidInput) as refused:
        spreadsheets.workbook_rows(raw[: len(raw) // 2])
    assert "not an Excel workbook" in refused.value.message


def test_an_export_opens_in_chinese_excel(tmp_path):
    header = ["零件号", "名称", "数量"]
    rows = [["P-1", "冷凝风扇电机（大号）", Decimal("2.5")], ["P-22", "Fan", 3]]
    csv_file = spreadsheets.write_table(tmp_path / "stock.csv", header, rows, "库存")
    raw = csv_file.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # else Excel reads it as GBK
    assert spreadsheets.decode(raw, "CN").text.splitlines()[1] == "P-1,冷凝风扇电机（大号）,2.5"
    book = load_workbook(spreadsheets.write_table(tmp_path / "stock.xlsx", header, rows, "库存"))
    sheet = book["库存"]
    assert [c.value for c in sheet[2]] == ["P-1", "冷凝风扇电机（大号）", 2.5]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    # Ten Chinese characters need twenty columns' width, not ten.
    assert sheet.column_dimensions["B"].width == 22
    assert sheet.column_dimensions["A"].width == 8  # 零件号: three wide characters


def test_an_export_to_another_kind_of_file_is_refused(tmp_path):
    with pytest.raises(InvalidInput) as refused:
        spreadsheets.write_table(tmp_path / "stock.ods", ["a"], [], "x")
    assert refused.value.field == "output"
