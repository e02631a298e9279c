"""The command line, as a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys

from fieldservice import cli


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
        capsys, "demo", "--home", home, "--customers", "40", "--units", "90", "--json"
    )
    assert code == 0
    assert data["counts"] == {"customers": 40, "products": 80, "units": 90}

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
