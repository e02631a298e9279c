"""A dealer sends a list of units sold; the front desk imports it."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.services import customers, warranty
from fieldservice.services.warranty_import import import_registrations

DELIVERY = """\
Serial No.,SKU,Purchase date,Customer name,Phone,Email,Address,Dealer,Invoice
AQD-3001,AQU-DW600,2025-05-02,Ann Lee,0113 496 0200,ann@example.com,1 Kirk St,Kitchen World,INV-9
AQD-3002,NOPE-1,2025-05-02,Bob Ray,,,,Kitchen World,INV-9
AQD-3003,AQU-DW600,02/05/2025,Cy Day,,,,Kitchen World,INV-9
AQD-3004,AQU-DW600,2025-05-02,Di Fox,0113 49,,,Kitchen World,INV-9
AQD-3005,AQU-DW600,2025-05-03,Ann Lee,0113 496 0200,,"Flat 2
1 Kirk St",Kitchen World,INV-9
,AQU-DW600,2025-05-02,Ed Gray,,,,Kitchen World,INV-9
AQD-3006,AQU-DW600,2025-05-04,Flo Hart,,flo@,,Kitchen World,INV-9
AQD-3007,AQU-DW600,2025-05-04,,,,,Kitchen World,INV-9
"""


def run(db, source):
    steps = import_registrations(db, source)
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as done:
        return done.value, progress


@pytest.fixture
def delivery(tmp_path):
    path = tmp_path / "kitchen-world.csv"
    path.write_text(DELIVERY, encoding="utf-8")
    return path


def test_good_rows_are_imported_and_each_bad_row_is_reported_by_line(
    db, dishwasher_policy, delivery
):
    report, progress = run(db, delivery)
    assert report.imported == 3  # 3001, 3005 (same customer), 3007 (no customer)
    assert [(e.line, e.message.split(" ")[0]) for e in report.errors] == [
        (3, "Unknown"),
        (4, "Purchase"),
        (5, "“0113"),
        (8, "Enter"),
        (9, "“flo@”"),
    ]
    assert "is not a date: write YYYY-MM-DD" in report.errors[1].message
    assert progress[-1] == (8, 8)
    ann = customers.find_by_phone(db, "0113 496 0200")
    assert len(ann) == 1  # the second row of Ann Lee reused her record
    assert warranty.find_by_serial(db, "AQD-3005").customer_id == ann[0].id
    record = warranty.find_by_serial(db, "AQD-3001")
    assert (record.channel, record.dealer, record.invoice_ref) == (
        "import",
        "Kitchen World",
        "INV-9",
    )
    assert record.registered_on == dt.date.today()


def test_importing_the_same_file_again_creates_nothing_twice(db, dishwasher_policy, delivery):
    run(db, delivery)
    registrations = warranty.count_registrations(db)
    people = customers.count_customers(db)
    again, _ = run(db, delivery)
    assert (again.imported, again.unchanged) == (0, 3)
    assert len(again.errors) == 5
    assert warranty.count_registrations(db) == registrations
    assert customers.count_customers(db) == people


def test_a_row_contradicting_an_existing_registration_is_refused(db, dishwasher_policy, delivery):
    run(db, delivery)
    changed = DELIVERY.replace("AQD-3001,AQU-DW600,2025-05-02", "AQD-3001,AQU-DW600,2025-04-01")
    report, _ = run(db, changed.encode())
    first = report.errors[0]
    assert first.line == 2
    assert "already registered on LD01-WC-000001" in first.message
    assert warranty.find_by_serial(db, "AQD-3001").purchase_date == dt.date(2025, 5, 2)


def test_a_semicolon_file_from_excel_with_a_byte_order_mark_is_read(db, dishwasher_policy):
    text = "\ufeffSerial;Product;Purchase_Date;Customer_Name\nAQD-9;AQU-DW600;2025-01-05;Zoë Ng\n"
    report, _ = run(db, text.encode("utf-8"))
    assert report.imported == 1 and not report.errors
    assert warranty.find_by_serial(db, "AQD-9").customer_name == "Zoë Ng"


def test_a_file_without_a_required_column_is_refused_whole(db, dishwasher_policy):
    with pytest.raises(InvalidInput, match="no column “purchase_date”"):
        run(db, b"serial,product\nAQD-1,AQU-DW600\n")


def test_stopping_an_import_keeps_the_rows_done(db, dishwasher_policy, delivery):
    steps = import_registrations(db, delivery)
    next(steps)
    steps.close()
    assert warranty.count_registrations(db) == 1
