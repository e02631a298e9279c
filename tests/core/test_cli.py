"""The command line, as a script would use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command

from fieldservice import __version__, cli
from fieldservice.db import Database, alembic_config, head_revision, schema_state, sqlite_engine
from fieldservice.services import about, site


def run(capsys, *argv: str) -> tuple[int, dict | list | None, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    try:
        data = json.loads(captured.out)
    except json.JSONDecodeError:
        data = None
    return code, data, captured.out + captured.err


def test_init_demo_and_lookup_from_a_script(tmp_path, capsys):
    home = str(tmp_path / "centre")
    code, data, _ = run(
        capsys, "init", "--home", home, "--site-code", "ld01", "--site-name", "Leeds", "--json"
    )
    assert code == 0 and data["site"]["code"] == "LD01"

    code, data, _ = run(
        capsys,
        "demo",
        "--home",
        home,
        "--customers",
        "40",
        "--units",
        "90",
        "--parts",
        "30",
        "--movements",
        "200",
        "--json",
    )
    assert code == 0
    counts = data["counts"]
    assert (counts["customers"], counts["products"], counts["units"]) == (40, 80, 90)
    assert counts["parts"] == 30
    assert 0 < counts["warranties"] < 90  # most sold units are registered

    code, data, _ = run(capsys, "product", "list", "--home", home, "--json")
    sku = data[0]["sku"]
    code, data, _ = run(
        capsys,
        "unit",
        "add",
        "sn-77",
        "--product",
        sku,
        "--purchase-date",
        "2024-02-29",
        "--home",
        home,
        "--json",
    )
    assert code == 0 and data["serial"] == "SN-77" and data["purchase_date"] == "2024-02-29"

    code, data, _ = run(capsys, "lookup", "SN-77", "--home", home, "--json")
    assert code == 0 and data["kind"] == "unit" and data["record"]["product_sku"] == sku


def test_warranty_from_the_command_line(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    run(capsys, "product", "add", "AQU-DW600", "Dishwasher", "--home", home)
    code, data, _ = run(
        capsys,
        "warranty",
        "policy",
        "AQU-DW600",
        "--months",
        "24",
        "--service-months",
        "12",
        "--home",
        home,
        "--json",
    )
    assert code == 0 and data["warranty_months"] == 24
    code, data, _ = run(
        capsys,
        "warranty",
        "register",
        "aqd-1",
        "--product",
        "AQU-DW600",
        "--purchase-date",
        "2024-01-31",
        "--home",
        home,
        "--json",
    )
    assert code == 0 and data["number"] == "LD01-WC-000001"
    code, data, _ = run(
        capsys, "warranty", "status", "AQD-1", "--on", "2026-01-31", "--home", home, "--json"
    )
    assert (data["status"], data["warranty_end"]) == ("in_warranty", "2026-01-31")
    code, data, _ = run(
        capsys, "warranty", "status", "AQD-1", "--on", "2026-02-01", "--home", home, "--json"
    )
    assert data["status"] == "service_period"
    code, data, _ = run(capsys, "lookup", "LD01-WC-000001", "--home", home, "--json")
    assert data["kind"] == "warranty" and data["record"]["serial"] == "AQD-1"
    pdf = tmp_path / "certificate.pdf"
    code, _, _ = run(capsys, "warranty", "certificate", "AQD-1", "-o", str(pdf), "--home", home)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, data, text = run(
        capsys,
        "warranty",
        "register",
        "AQD-1",
        "--product",
        "AQU-DW600",
        "--purchase-date",
        "2024-02-01",
        "--home",
        home,
    )
    assert code == 1 and "already registered: certificate LD01-WC-000001" in text


def test_warranty_commands_find_a_serial_shaped_like_a_document_number(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    run(capsys, "product", "add", "AQU-DW600", "Dishwasher", "--home", home)
    run(capsys, "warranty", "policy", "AQU-DW600", "--months", "24", "--home", home)
    register = ("warranty", "register", "OLD-SN-1", "--product", "AQU-DW600")
    run(capsys, *register, "--purchase-date", "2024-01-31", "--home", home)

    code, data, _ = run(capsys, "warranty", "show", "old-sn-1", "--home", home, "--json")
    assert code == 0 and data["registration"]["serial"] == "OLD-SN-1"
    extend = ("warranty", "extend", "OLD-SN-1", "6", "--reason", "Goodwill")
    code, data, _ = run(capsys, *extend, "--home", home, "--json")
    assert code == 0 and data["extension_months"] == 6
    pdf = tmp_path / "certificate.pdf"
    code, _, _ = run(capsys, "warranty", "certificate", "OLD-SN-1", "-o", str(pdf), "--home", home)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    void = ("warranty", "void", "OLD-SN-1", "--reason", "Physical damage")
    code, data, _ = run(capsys, *void, "--home", home, "--json")
    assert code == 0 and data["void_reason"] == "Physical damage"
    code, _, text = run(capsys, "warranty", "show", "OLD-SN-2", "--home", home)
    assert code == 1 and "OLD-SN-2" in text


def test_stock_from_the_command_line(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    run(capsys, "stock", "location", "MAIN", "Main store", "--home", home)
    parts = tmp_path / "parts.csv"
    parts.write_text("part_number,description,pack_size\nFAN-120,Fan motor,4\n")
    code, data, _ = run(capsys, "stock", "import", str(parts), "--home", home, "--json")
    assert code == 0 and data["imported"] == 1
    run(
        capsys,
        "stock",
        "receive",
        "FAN-120",
        "3",
        "--location",
        "MAIN",
        "--cost",
        "12.5",
        "--home",
        home,
    )
    run(capsys, "product", "add", "AQU-DW600", "Dishwasher", "--home", home)
    run(capsys, "unit", "add", "AQD-1", "--product", "AQU-DW600", "--home", home)
    run(capsys, "order", "open", "--serial", "AQD-1", "--fault", "Noisy fan", "--home", home)
    code, _, text = run(
        capsys,
        "stock",
        "issue",
        "FAN-120",
        "5",
        "--location",
        "MAIN",
        "--order",
        "LD01-RO-000001",
        "--home",
        home,
    )
    assert code == 1 and "Only 3 × FAN-120 left in MAIN" in text
    run(
        capsys,
        "stock",
        "reorder",
        "FAN-120",
        "--location",
        "MAIN",
        "--point",
        "4",
        "--max",
        "10",
        "--home",
        home,
    )
    code, data, _ = run(capsys, "stock", "to-order", "--home", home, "--json")
    assert [(x["part_number"], x["suggested"]) for x in data] == [("FAN-120", "8")]
    code, data, _ = run(capsys, "stock", "on-hand", "FAN-120", "--home", home, "--json")
    assert data["on_hand"] == "3" and data["average_cost"] == "12.5"
    out = tmp_path / "stock.xlsx"
    code, _, _ = run(capsys, "stock", "export", "-o", str(out), "--home", home)
    assert code == 0 and out.stat().st_size > 0


def test_a_refused_command_says_why_and_exits_1(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    code, data, _ = run(
        capsys, "customer", "add", "Ann", "--email", "ann@", "--home", home, "--json"
    )
    assert code == 1
    assert data["field"] == "email" and "not a valid e-mail" in data["error"]
    code, _, text = run(capsys, "lookup", "nobody-here", "--home", home)
    assert code == 1 and "Nothing found" in text


def test_writing_before_setup_asks_for_the_centre_first(tmp_path, capsys):
    code, _, text = run(capsys, "customer", "add", "Ann", "--home", str(tmp_path))
    assert code == 1 and "not set up" in text


def test_python_dash_m_runs_the_cli(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fieldservice", "info", "--home", str(tmp_path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout)["site"] is None


def test_maintenance_from_the_command_line(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    run(capsys, "product", "add", "VOL-GN600", "Generator", "--home", home)
    run(capsys, "unit", "add", "GEN-1", "--product", "VOL-GN600", "--home", home)
    run(capsys, "maintenance", "reading", "GEN-1", "100", "--on", "2026-01-01", "--home", home)
    code, data, _ = run(
        capsys,
        "maintenance",
        "plan",
        "GEN-1",
        "--name",
        "Service",
        "--basis",
        "meter",
        "--meter-interval",
        "250",
        "--start",
        "2026-01-01",
        "--task",
        "Oil",
        "--home",
        home,
        "--json",
    )
    assert code == 0 and data["due_meter"] == "350" and data["checklist"] == ["Oil"]
    code, data, _ = run(
        capsys,
        "maintenance",
        "reading",
        "GEN-1",
        "250",
        "--on",
        "2026-01-31",
        "--home",
        home,
        "--json",
    )
    assert data["plans"][0]["due_on"] == "2026-02-20"  # 5 h a day, 100 h to go
    code, data, _ = run(
        capsys, "maintenance", "due", "--on", "2026-02-15", "--home", home, "--json"
    )
    assert [(x["serial"], x["bucket"]) for x in data] == [("GEN-1", "this_week")]
    code, _, text = run(capsys, "maintenance", "reading", "GEN-1", "10", "--home", home)
    assert code == 1 and "lower" in text


# -- --version: the version and where the database stands, changing nothing ---------------


def database_at(path: Path, revision: str) -> None:
    """A centre's database as an older version left it: made today, set up through
    the services, then taken back down to *revision*."""
    with Database.open(path=path) as db:
        site.setup_site(db, "LD01", "Leeds Service Centre", country="GB")
    engine = sqlite_engine(path)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def test_version_names_the_database_and_its_schema_revision(tmp_path, capsys):
    home = tmp_path / "centre"
    run(capsys, "init", "--home", str(home), "--site-code", "LD01", "--site-name", "Leeds")
    code, _, text = run(capsys, "--version", "--home", str(home))
    assert code == 0
    assert text.splitlines() == [
        f"fieldservice {__version__}",
        f"database: {home.resolve() / 'fieldservice.sqlite3'}, "
        f"schema {head_revision()} (up to date)",
    ]


def test_version_of_an_older_database_says_the_next_start_upgrades_it(tmp_path, capsys):
    home = tmp_path / "centre"
    home.mkdir()
    database_at(home / "fieldservice.sqlite3", "0007")
    before = sorted(p.name for p in home.iterdir())
    code, _, text = run(capsys, "--home", str(home), "--version")
    assert code == 0
    assert (
        f"schema 0007 (needs upgrade from 0007 to {head_revision()}; it happens on the next start)"
    ) in text
    # Neither upgraded nor backed up: only read.
    assert schema_state(home / "fieldservice.sqlite3").revision == "0007"
    assert sorted(p.name for p in home.iterdir()) == before


def test_version_makes_no_database_where_there_is_none(tmp_path, capsys, monkeypatch):
    home = tmp_path / "nowhere"
    monkeypatch.setenv("FIELDSERVICE_HOME", str(home))
    code, _, text = run(capsys, "--version")
    assert code == 0
    assert f"database: {home.resolve() / 'fieldservice.sqlite3'}, no database yet" in text
    assert not home.exists()


def test_version_of_a_database_from_a_newer_version_says_so(tmp_path):
    path = tmp_path / "fieldservice.sqlite3"
    Database.open(path=path).close()
    file = sqlite3.connect(path)
    file.execute("UPDATE alembic_version SET version_num = '9999'")
    file.commit()
    file.close()
    assert "schema 9999 (newer than this version of fieldservice, which knows up to " in (
        about.version_report(tmp_path)
    )


def test_version_of_a_file_that_is_not_a_database_says_it_cannot_be_read(tmp_path):
    (tmp_path / "fieldservice.sqlite3").write_text("not a database")
    assert "Cannot read the database" in about.version_report(tmp_path)


def test_python_dash_m_says_the_same(tmp_path):
    home = tmp_path / "centre"
    home.mkdir()
    database_at(home / "fieldservice.sqlite3", "0008")
    shown = subprocess.run(
        [sys.executable, "-m", "fieldservice", "--version", "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert shown.strip() == about.version_report(home)
    assert "schema 0008 (needs upgrade from 0008" in shown


def test_the_home_may_come_before_the_command(tmp_path, capsys):
    home = str(tmp_path / "centre")
    code, data, _ = run(
        capsys, "--home", home, "init", "--site-code", "LD01", "--site-name", "Leeds", "--json"
    )
    assert code == 0
    assert data["database"] == str(Path(home).resolve() / "fieldservice.sqlite3")


# -- parts, stock counts and follow-up calls from a script ------------------------------------


def centre_with_fan_motors(tmp_path, capsys) -> str:
    """Leeds, with 3 fan motors in bin A3 of the main store and drain pumps in B1."""
    home = str(tmp_path / "centre")
    run(capsys, "init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds")
    run(capsys, "stock", "location", "MAIN", "Main store", "--home", home)
    parts = tmp_path / "parts.csv"
    parts.write_text(
        "part_number,description,default_bin\nFAN-120,Fan motor,A3\nPUMP-7,Drain pump,B1\n"
    )
    run(capsys, "stock", "import", str(parts), "--home", home)
    run(capsys, "stock", "receive", "FAN-120", "3", "--location", "MAIN", "--home", home)
    return home


def test_looking_up_a_part_number_shows_the_part_and_its_stock_per_location(tmp_path, capsys):
    home = centre_with_fan_motors(tmp_path, capsys)

    code, data, _ = run(capsys, "lookup", "fan-120", "--home", home, "--json")
    assert code == 0 and data["kind"] == "part"
    assert data["record"]["part"]["part_number"] == "FAN-120"
    assert [(x["location"], x["on_hand"]) for x in data["record"]["locations"]] == [("MAIN", "3")]
    code, _, text = run(capsys, "lookup", "FAN-120", "--home", home)
    assert code == 0 and "Nothing found" not in text
    assert text.startswith("FAN-120  Fan motor") and "MAIN" in text and "A3" in text


def test_a_stock_count_is_started_entered_and_posted_from_a_script(tmp_path, capsys):
    home = centre_with_fan_motors(tmp_path, capsys)

    code, data, _ = run(capsys, "stock", "count", "start", "MAIN", "--home", home, "--json")
    assert code == 0 and data["number"] == "LD01-SC-000001" and data["status"] == "open"
    assert [(x["part_number"], x["bin"], x["expected"]) for x in data["lines"]] == [
        ("FAN-120", "A3", "3")
    ]
    code, data, _ = run(capsys, "stock", "count", "list", "--home", home, "--json")
    assert [(c["number"], c["location"], c["lines"], c["counted"]) for c in data] == [
        ("LD01-SC-000001", "MAIN", 1, 0)
    ]
    enter = ("stock", "count", "enter", "ld01-sc-000001")
    code, data, _ = run(capsys, *enter, "FAN-120", "2", "--home", home, "--json")
    assert code == 0 and (data["counted"], data["difference"]) == ("2", "-1")
    # A part found on the shelf that the sheet did not list is added to it.
    code, _, text = run(capsys, *enter, "PUMP-7", "1", "--home", home)
    assert code == 0 and "PUMP-7 in bin B1: counted 1" in text and "+1" in text

    code, _, text = run(capsys, "stock", "count", "finish", "LD01-SC-000001", "--home", home)
    assert code == 0
    assert "2 differences booked" in text and "FAN-120 in bin A3: -1" in text
    code, data, _ = run(capsys, "stock", "on-hand", "FAN-120", "--home", home, "--json")
    assert data["on_hand"] == "2"
    code, data, _ = run(capsys, "stock", "count", "list", "--home", home, "--json")
    assert data == []
    code, _, text = run(capsys, *enter, "FAN-120", "5", "--home", home)
    assert code == 1 and "no open stock count LD01-SC-000001" in text


def test_follow_up_calls_due_are_listed_and_a_call_is_recorded_with_scores_and_a_complaint(
    db, tmp_path, capsys
):
    import datetime as dt

    from fieldservice.services import products, repairs, units

    dishwasher = products.create_product(db, products.ProductDraft("AQU-DW600", "Dishwasher"))
    unit = units.create_unit(db, units.UnitDraft("AQD-1001", dishwasher.id))
    order = repairs.open_order(db, repairs.IntakeDraft(unit.id, "Not draining"))
    for status in ("diagnosing", "in_repair", "quality_check"):
        repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done="Cleared the pump")
    repairs.move(db, order.id, "ready")
    repairs.move(db, order.id, "delivered")  # the call is booked for three days later
    home = str(tmp_path)
    in_three_days = (dt.date.today() + dt.timedelta(days=3)).isoformat()

    code, _, text = run(capsys, "followup", "list", "--home", home)
    assert code == 0 and "No follow-up call is due" in text
    code, data, _ = run(capsys, "followup", "list", "--on", in_three_days, "--home", home, "--json")
    assert code == 0 and [c["order_number"] for c in data["calls"]] == [order.number]

    record = ("followup", "record", order.number, "--home", home)
    code, data, _ = run(capsys, *record, "--reached", "--json")
    assert code == 1 and data["field"] == "csat"  # a reached customer gives a score
    code, _, text = run(
        capsys,
        *record,
        "--reached",
        "--csat",
        "2",
        "--nps",
        "3",
        "--effort",
        "4",
        "--comment",
        "Took two weeks",
        "--complaint",
        "Waited two weeks for a pump",
        "--assign",
        "Sam",
    )
    assert code == 0 and "call recorded (CSAT 2, NPS 3, effort 4)" in text
    assert "Complaint LD01-CP-000001 recorded" in text
    code, data, _ = run(capsys, "followup", "complaints", "--home", home, "--json")
    assert [(c["order_number"], c["assigned_to"], c["status"]) for c in data] == [
        (order.number, "Sam", "investigating")
    ]
    code, _, text = run(capsys, *record, "--not-reached")
    assert code == 1 and "no follow-up call waiting" in text


def test_a_policy_under_sanbao_is_set_from_the_command_line(tmp_path, capsys):
    home = str(tmp_path / "centre")
    run(
        capsys,
        "init",
        "--home",
        home,
        "--site-code",
        "BJ01",
        "--site-name",
        "北京",
        "--country",
        "CN",
    )
    run(capsys, "product", "add", "HKA-XQG100", "滚筒洗衣机", "--home", home)
    code, data, _ = run(
        capsys,
        "warranty", "policy", "HKA-XQG100", "--months", "36",
        "--return-days", "7", "--exchange-days", "15", "--repairs-before-exchange", "2",
        "--home", home, "--json",
    )  # fmt: skip
    assert code == 0
    assert (data["return_days"], data["exchange_days"], data["repairs_before_exchange"]) == (
        7,
        15,
        2,
    )
    code, _data, said = run(
        capsys,
        "warranty", "policy", "HKA-XQG100", "--months", "36",
        "--return-days", "15", "--exchange-days", "7", "--home", home,
    )  # fmt: skip
    assert code == 1 and "exchange" in said.lower()
