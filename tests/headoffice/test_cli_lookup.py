"""A serial registered at another centre, looked up from the command line: the
centre asks the head office, as the desk does."""

from __future__ import annotations

import json

from fieldservice import cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_looking_up_a_serial_registered_at_another_centre_says_where(pump_sold_at_leeds, capsys):
    york, record = pump_sold_at_leeds
    home = str(york.path.parent)

    code, out, _ = run(capsys, "lookup", "sn-77", "--home", home)
    assert code == 0
    assert out.startswith("Unit SN-77: registered at centre LD01")
    assert "Pump (P-1)" in out and record.number in out

    code, out, _ = run(capsys, "lookup", "SN-77", "--home", home, "--json")
    data = json.loads(out)
    assert code == 0 and data["kind"] == "remote_unit"
    assert (data["record"]["centre"], data["record"]["product_sku"]) == ("LD01", "P-1")
    assert data["record"]["certificate_number"] == record.number
    # A serial no centre knows is not found anywhere.
    code, out, _ = run(capsys, "lookup", "NOPE-1", "--home", home)
    assert code == 1 and out.startswith("Nothing found for “NOPE-1”")


def test_warranty_status_of_a_serial_registered_at_another_centre_comes_from_the_head_office(
    pump_sold_at_leeds, capsys
):
    york, record = pump_sold_at_leeds
    home = str(york.path.parent)
    status = ("warranty", "status", "SN-77", "--home", home)

    code, out, _ = run(capsys, *status, "--on", "2026-01-01")
    assert code == 0
    assert out.startswith("SN-77: In warranty. In warranty until 14 Mar 2027")
    assert "Registered at centre LD01, as the head office has it: Pump (P-1)" in out
    code, out, _ = run(capsys, *status, "--on", "2027-03-15", "--json")
    data = json.loads(out)
    assert (data["status"], data["centre"]) == ("expired", "LD01")
    assert (data["certificate_number"], data["warranty_end"]) == (record.number, "2027-03-14")
    code, out, _ = run(capsys, "warranty", "status", "NOPE-1", "--home", home)
    assert code == 0 and out.startswith("NOPE-1: Not registered.")


def test_when_the_head_office_cannot_be_reached_the_look_up_says_so(enrolled, head_office, capsys):
    york = enrolled("YK01", "York")
    home = str(york.path.parent)
    head_office.stop()

    code, out, err = run(capsys, "lookup", "SN-77", "--home", home)
    assert code == 1 and out == ""
    assert err.startswith(
        "fieldservice: “SN-77” is not known here, and the head office could not be asked: "
        "The head office cannot be reached"
    )
    assert "Traceback" not in err
    code, out, err = run(capsys, "warranty", "status", "SN-77", "--home", home, "--json")
    assert code == 1
    assert json.loads(out)["error"].startswith(
        "Serial SN-77 is not known here, and the head office could not be asked"
    )
