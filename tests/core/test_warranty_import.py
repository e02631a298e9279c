"""A dealer sends a list of units sold; the front desk imports it."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.services import customers, units, warranty
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
    steps = import_registrations(db, delivery, batch_rows=2)
    assert next(steps) == (2, 8)  # line 2 imported, line 3 refused
    steps.close()
    assert warranty.count_registrations(db) == 1


def test_a_dealers_list_with_impossible_dates_or_control_characters_reports_each_line(
    db, dishwasher_policy
):
    listing = (
        "serial,product,purchase_date,customer_name,dealer,registered_on\n"
        "AQD-4001,AQU-DW600,0001-01-01,Ann Lee,Kitchen World,\n"
        "AQD-4002,AQU-DW600,2025-05-02,Bob\x07 Ray,Kitchen World,\n"
        "AQD-4003,AQU-DW600,2025-05-02,Cy Day,Kitchen World,2999-01-01\n"
        "AQD-4004,AQU-DW600,2025-05-02,Di Fox,Kitchen\x00World,\n"
        "AQD-4005,AQU-DW600,2025-05-02,Ed Gray,Kitchen World,\n"
    )
    report, _ = run(db, listing.encode())
    assert report.imported == 1
    assert [(e.line, e.message) for e in report.errors] == [
        (2, "The purchase date 0001-01-01 is before 1970: check the year."),
        (
            3,
            "The customer's name contains a control character (an invisible code, often "
            "pasted from another program): type it again without.",
        ),
        (4, "The registration date 01 Jan 2999 is in the future."),
        (
            5,
            "The dealer's name contains a control character (an invisible code, often "
            "pasted from another program): type it again without.",
        ),
    ]
    assert customers.count_customers(db) == 1


@pytest.mark.parametrize("batch_rows", [1, 3, 1000])
def test_a_list_read_in_batches_imports_as_if_row_by_row(
    db, dishwasher_policy, delivery, batch_rows
):
    report, progress = run_in_batches(db, delivery, batch_rows)
    assert report.imported == 3
    assert [e.line for e in report.errors] == [3, 4, 5, 8, 9]
    assert progress[-1] == (8, 8)
    numbers = {r.serial: r.number for r in warranty.list_registrations(db)}
    assert numbers == {
        "AQD-3001": "LD01-WC-000001",
        "AQD-3005": "LD01-WC-000002",
        "AQD-3007": "LD01-WC-000003",
    }
    ann = customers.find_by_phone(db, "0113 496 0200")
    assert [(c.number, c.name, c.address) for c in ann] == [
        ("LD01-CU-000001", "Ann Lee", "1 Kirk St")
    ]


def run_in_batches(db, source, batch_rows):
    steps = import_registrations(db, source, batch_rows=batch_rows)
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as done:
        return done.value, progress


def test_a_serial_twice_in_one_list_is_imported_once_and_a_contradiction_refused(
    db, dishwasher_policy
):
    listing = (
        "serial,product,purchase_date,customer_name,customer_phone\n"
        "AQD-5001,AQU-DW600,2025-05-02,Ann Lee,0113 496 0200\n"
        "aqd-5001 ,AQU-DW600,2025-05-02,Ann Lee,0113 496 0200\n"
        "AQD-5001,AQU-DW600,2025-05-03,Ann Lee,0113 496 0200\n"
        "AQD-5002,AQU-DW600,2025-05-02,Bob Lee,0113 496 0200\n"
    )
    for batch_rows in (1, 1000):
        report, _ = run_in_batches(db, listing.encode(), batch_rows)
        assert [(e.line, e.message) for e in report.errors] == [
            (
                4,
                "Serial AQD-5001 is already registered on LD01-WC-000001 (bought 02 May 2025); "
                "the file says otherwise. Nothing changed.",
            )
        ]
    assert warranty.count_registrations(db) == 2
    ann, bob = customers.find_by_phone(db, "0113 496 0200")
    assert (ann.name, ann.possible_duplicate_of) == ("Ann Lee", None)
    assert (bob.name, bob.possible_duplicate_of) == ("Bob Lee", ann.id)


def test_a_unit_already_at_the_desk_is_registered_from_the_list_keeping_its_owner(
    db, dishwasher_policy, janes_dishwasher
):
    listing = (
        "serial,product,purchase_date,dealer\n"
        "AQD-1001,AQU-DW600,2025-03-20,Kitchen World\n"
        "AQD-1002,AQU-DW600,2025-03-20,Kitchen World\n"
    )
    report, _ = run(db, listing.encode())
    assert (report.imported, report.errors) == (2, [])
    record = warranty.find_by_serial(db, "AQD-1001")
    assert (record.unit_id, record.customer_name) == (janes_dishwasher.id, "Jane Smith")
    assert units.find_by_serial(db, "AQD-1001").purchase_date == dt.date(2025, 3, 20)
