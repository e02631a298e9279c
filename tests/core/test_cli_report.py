"""``fieldservice report``: the KPIs of a period for scripts, on screen, as JSON,
or written to a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import pytest

from fieldservice.services import repairs
from fieldservice.services.repairs import IntakeDraft
from tests.core.test_cli_language import english_afterwards, run  # noqa: F401  (a fixture)


@pytest.fixture
def todays_order(db, janes_warranty):
    """One order taken in and handed back today."""
    order = repairs.open_order(db, IntakeDraft(janes_warranty.unit_id, "Does not drain"))
    repairs.update_work(db, order.id, work_done="Replaced the pump")
    for status in ("diagnosing", "in_repair", "quality_check", "ready", "delivered"):
        order = repairs.move(db, order.id, status)
    return order


def today() -> str:
    return dt.date.today().isoformat()


def report(
    capsys,
    monkeypatch,
    home,
    kpi: str,
    *more: str,
    start: str = "",
    end: str = "",
    locale: str = "C",
) -> tuple[int, str]:
    """``fieldservice report KPI --from START --to END --home HOME MORE…`` (today
    by default)."""
    period = ("--from", start or today(), "--to", end or today())
    argv = ("report", kpi, *period, "--home", str(home), *more)
    return run(capsys, monkeypatch, locale, *argv)


def test_a_script_gets_the_figures_as_json(tmp_path, todays_order, capsys, monkeypatch):
    code, out = report(capsys, monkeypatch, tmp_path, "volume", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["from"], data["to"]) == (today(), today())
    assert data["volume"]["opened"] == {"value": 1}
    assert data["volume"]["delivered"] == {"value": 1}
    assert data["volume"]["backlog"] == {"value": 0}
    assert data["volume"]["ageing"]["0-2"] == {"value": 0}


def test_all_kpis_print_as_a_readable_list(tmp_path, todays_order, capsys, monkeypatch):
    code, out = report(capsys, monkeypatch, tmp_path, "all")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Volume"
    assert any(line.split() == ["Orders", "opened", "1"] for line in lines)
    assert any(line.split() == ["First-time", "fix", "(%)", "100"] for line in lines)
    assert any(
        line.split()[:3] == ["Satisfaction", "(CSAT),", "average"] and line.endswith("–")
        for line in lines
    )
    for family in ("Speed", "Quality", "Customers", "Warranty", "Parts", "Maintenance", "People"):
        assert family in lines


def test_the_table_goes_to_csv_and_xlsx_for_excel(tmp_path, todays_order, capsys, monkeypatch):
    sheet = tmp_path / "kpis.csv"
    code, out = report(capsys, monkeypatch, tmp_path, "volume", "--csv", str(sheet))
    assert code == 0 and out.strip() == f"Written {sheet}"
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Report", "KPI", "Value", "Records"]
    assert ["Volume", "Orders opened", "1", "1"] in rows
    book = tmp_path / "kpis.xlsx"
    code, _ = report(
        capsys, monkeypatch, tmp_path, "quality", "--xlsx", str(book), "--technician", "nobody"
    )
    assert code == 0
    cells = [[c.value for c in row] for row in openpyxl.load_workbook(book).active.iter_rows()]
    assert cells[0] == ["Report", "KPI", "Value", "Records"]
    # Nobody's orders: no first-time-fix rate at all (an empty cell, not 0).
    assert cells[1][:2] == ["Quality", "First-time fix (%)"] and cells[1][2] in (None, "")


def test_the_report_speaks_the_terminals_language(tmp_path, todays_order, capsys, monkeypatch):
    code, out = report(capsys, monkeypatch, tmp_path, "volume", locale="zh_CN.UTF-8")
    assert code == 0
    assert out.splitlines()[0] == "工单量"
    assert "新开工单" in out and "期末未结工单" in out


def test_a_wrong_period_is_refused_in_words(tmp_path, db, capsys, monkeypatch):
    code, out = report(capsys, monkeypatch, tmp_path, "speed", start="2026-03-31", end="2026-03-01")
    assert code == 1 and "The period ends (2026-03-01) before it starts (2026-03-31)." in out
    code, out = report(capsys, monkeypatch, tmp_path, "speed", start="2026-02-30", end="2026-03-01")
    assert code == 1 and "is not a date" in out
    with pytest.raises(SystemExit) as usage:
        report(capsys, monkeypatch, tmp_path, "happiness", start="2026-03-01", end="2026-03-02")
    assert usage.value.code == 2
