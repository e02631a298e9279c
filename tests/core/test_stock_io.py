"""The clerk loads the catalogue and opening stock from spreadsheets and exports the
stock list."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from fieldservice.progress import run_to_end
from fieldservice.services import stock, stock_io

CATALOGUE = """\
Part No,Description,UoM,Cost,Supplier,Lead time,Pack,Bin,Fits
FAN-120,Condenser fan motor,pcs,12.50,Polar Parts,5,4,A3,AQU-DW600
HOSE-M,Drain hose,m,1.2,Polar Parts,2,10,B1,
,No number,pcs,1,,,,,
BELT-9,Drive belt,pcs,abc,,,,,
PUMP-7,Drain pump,pcs,30,Aqua Spares,x,1,C2,
SEAL-2,Door seal,pcs,4,,,1,A4,NOPE-1
"""

BALANCES = """\
part_number,location,bin,quantity,unit_cost
FAN-120,MAIN,,8,12.50
HOSE-M,MAIN,B1,25.5,
FAN-120,NOWHERE,,1,
UNKNOWN,MAIN,,1,
HOSE-M,MAIN,B1,-3,
"""


def test_the_catalogue_is_imported_with_bad_rows_reported_by_line(db, dishwasher):
    report = run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    assert report.imported == 2
    assert [(e.line, e.message) for e in report.errors] == [
        (4, "Enter the part number (scan the label or type it)."),
        (5, "“abc” is not an amount of money."),
        (6, "Lead time “x” is not a whole number."),
        (7, "Unknown product code “NOPE-1”."),
    ]
    fan = stock.get_part(db, "FAN-120")
    assert (fan.standard_cost, fan.pack_size, fan.default_bin) == (Decimal("12.5"), 4, "A3")
    assert fan.compatible_skus == ("AQU-DW600",)
    assert stock.count_parts(db) == 2

    again = run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    assert (again.imported, again.unchanged) == (0, 2)


def test_opening_balances_set_on_hand_once(db, dishwasher):
    stock.create_location(db, "MAIN", "Main store")
    run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    report = run_to_end(stock_io.import_opening_balances(db, BALANCES.encode()))
    assert report.imported == 2
    assert [e.line for e in report.errors] == [4, 5, 6]
    assert "no stock location NOWHERE" in report.errors[0].message
    assert stock.on_hand(db, "HOSE-M").on_hand == Decimal("25.5")
    assert stock.on_hand(db, "FAN-120").average_cost == Decimal("12.5")

    again = run_to_end(stock_io.import_opening_balances(db, BALANCES.encode()))
    assert (again.imported, again.unchanged) == (0, 2)
    assert stock.on_hand(db, "FAN-120").on_hand == 8


def test_the_stock_list_exports_to_csv_and_excel(db, dishwasher, tmp_path):
    stock.create_location(db, "MAIN", "Main store")
    run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    run_to_end(stock_io.import_opening_balances(db, BALANCES.encode()))

    with stock_io.export_stock(db, tmp_path / "stock.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(stock_io.STOCK_COLUMNS)
    assert rows[1] == ["FAN-120", "Condenser fan motor", "MAIN", "A3", "8", "pcs", "12.5", "100.00"]

    book = load_workbook(stock_io.export_stock(db, tmp_path / "stock.xlsx"))
    sheet = book["Stock"]
    assert sheet["A1"].value == "Part number"
    assert (sheet["A2"].value, sheet["E2"].value, sheet["H2"].value) == ("FAN-120", 8, 100)

    book = load_workbook(stock_io.export_movements(db, tmp_path / "moves.xlsx"))
    kinds = [row[1].value for row in book["Movements"].iter_rows(min_row=2)]
    assert kinds == ["Opening balance", "Opening balance"]


def test_a_stock_import_with_an_absurd_quantity_reports_the_line_and_stops_nothing(db, dishwasher):
    stock.create_location(db, "MAIN", "Main store")
    run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    listing = (
        "part_number,location,bin,quantity,unit_cost\n"
        "FAN-120,MAIN,,8,12.50\n"
        "HOSE-M,MAIN,B1,99999999999999999999999,\n"
        "FAN-120,MAIN,A9,1,99999999999999999999999\n"
        "HOSE-M,MAIN,B1,1e9,\n"
        "HOSE-M,MAIN,B1,25.5,\n"
    )
    report = run_to_end(stock_io.import_opening_balances(db, listing.encode()))
    assert report.imported == 2
    assert [e.line for e in report.errors] == [3, 4, 5]
    assert "too large a quantity (at most 1,000,000)" in report.errors[0].message
    assert "too large an amount" in report.errors[1].message
    assert "write it with digits only" in report.errors[2].message
    assert stock.on_hand(db, "HOSE-M").on_hand == Decimal("25.5")
    assert stock.on_hand(db, "FAN-120").on_hand == 8


def test_a_catalogue_line_with_a_control_character_is_reported_by_line(db, dishwasher):
    listing = "part_number,description\nFAN-120,Fan\x07 motor\nHOSE-M,Drain hose\n"
    report = run_to_end(stock_io.import_parts(db, listing.encode()))
    assert report.imported == 1
    assert [(e.line, e.message) for e in report.errors] == [
        (
            2,
            "The description contains a control character (an invisible code, often pasted "
            "from another program): type it again without.",
        ),
    ]


LINE_BY_LINE = """\
part_number,description,substitutes,fits
FAN-120,Condenser fan motor,,AQU-DW600
FAN-121,Fan motor (newer),FAN-120,
FAN-121,Fan motor (newer),FAN-120,
FAN-122,Fan,FAN-122,
FAN-123,Fan,FAN-999,
FAN-120,Condenser fan motor 120 mm,,AQU-DW600
FAN-124,Fan,,NOPE-1
"""


@pytest.mark.parametrize("batch_rows", [1, 2, 1000])
def test_a_catalogue_read_in_batches_imports_as_if_line_by_line(db, dishwasher, batch_rows):
    steps = stock_io.import_parts(db, LINE_BY_LINE.encode(), batch_rows=batch_rows)
    report = run_to_end(steps)
    assert (report.imported, report.unchanged) == (3, 1)
    assert [(e.line, e.message) for e in report.errors] == [
        (5, "A part cannot be its own substitute."),
        (6, "Unknown part number “FAN-999”."),
        (8, "Unknown product code “NOPE-1”."),
    ]
    assert stock.get_part(db, "FAN-121").substitutes == ("FAN-120",)
    fan = stock.get_part(db, "FAN-120")
    assert (fan.description, fan.compatible_skus) == ("Condenser fan motor 120 mm", ("AQU-DW600",))
    assert stock.count_parts(db) == 2


@pytest.mark.parametrize("batch_rows", [1, 2, 1000])
def test_a_stock_list_naming_a_bin_twice_counts_the_line_before(db, dishwasher, batch_rows):
    stock.create_location(db, "MAIN", "Main store")
    run_to_end(stock_io.import_parts(db, CATALOGUE.encode()))
    listing = (
        "part_number,location,quantity,unit_cost\n"
        "FAN-120,MAIN,8,12.50\n"
        "FAN-120,MAIN,10,20\n"
        "FAN-120,MAIN,10,\n"
        "HOSE-M,NOWHERE,1,\n"
    )
    steps = stock_io.import_opening_balances(db, listing.encode(), batch_rows=batch_rows)
    report = run_to_end(steps)
    assert (report.imported, report.unchanged) == (2, 1)
    assert [e.line for e in report.errors] == [5]
    fan = stock.on_hand(db, "FAN-120")
    assert (fan.on_hand, fan.average_cost) == (10, Decimal("12.5"))
    assert stock.count_movements(db, "FAN-120") == 2
