"""The Reports screen on the hand-worked March of tests/core/test_reports.py:
the tiles show its figures, each tile drills down to exactly the orders its
number counted, the period picker changes the figures, and it speaks Chinese."""

# ruff: noqa: F811  (the March fixtures are imported, then named as arguments)
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fieldservice.services import repairs
from fieldservice.services import reports as kpi
from tests.core.test_reports import MARCH, clock, march  # noqa: F401  (fixtures)
from ui.reports.period import period_for
from ui.reports.screen import ReportsScreen

FEBRUARY = (dt.date(2026, 2, 1), dt.date(2026, 2, 28))


@pytest.fixture
def screen(qtbot, march):
    widget = ReportsScreen(march.db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_period(MARCH.start, MARCH.end)
    return widget


def drilled(qtbot, screen, key):
    qtbot.mouseClick(screen.tiles[key], Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.drill
    return set(screen.drill.order_ids())


def test_the_tiles_show_the_figures_of_the_month(screen):
    tiles = screen.tiles
    assert tiles["opened"].value.text() == "6"
    assert tiles["closed"].value.text() == "3"
    assert tiles["backlog"].value.text() == "3"
    assert tiles["first_time_fix"].value.text() == "33.3%"
    assert tiles["repeat_30"].value.text() == "20.0%"
    assert tiles["csat"].value.text() == "3.50 / 5"
    # February opened one order (F): March is five up, which is neither good nor bad.
    assert tiles["opened"].change.text() == "▲ 5 vs previous period"
    assert "vs previous period" in tiles["closed"].change.text()


def test_a_tile_drills_down_to_exactly_the_orders_it_counted(qtbot, screen, march):
    m = march
    volume = kpi.report(m.db, "volume", MARCH)
    quality = kpi.report(m.db, "quality", MARCH)
    customers = kpi.report(m.db, "customers", MARCH)
    assert drilled(qtbot, screen, "opened") == {m.a, m.b, m.c, m.d, m.e, m.h}
    assert volume.opened.value == 6
    assert drilled(qtbot, screen, "backlog") == {m.e, m.f, m.h} and volume.backlog.value == 3
    assert drilled(qtbot, screen, "closed") == {m.a, m.b, m.d} and volume.delivered.value == 3
    # A rate lists its base and says which ones were hits.
    assert drilled(qtbot, screen, "first_time_fix") == {m.a, m.b, m.d}
    assert (quality.first_time_fix.base, quality.first_time_fix.hits) == (3, 1)
    table = screen.drill.table
    results = {
        table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(
            r, table.columnCount() - 1
        ).text()
        for r in range(table.rowCount())
    }
    assert results == {m.a: "Came back", m.b: "Fixed first time", m.d: "Came back"}
    # Follow-up and complaint figures list the orders they are about.
    assert drilled(qtbot, screen, "csat") == {m.a, m.d}
    assert drilled(qtbot, screen, "complaints") == {m.d} and customers.complaints.value == 1
    screen.drill.back_button.click()
    assert screen.stack.currentIndex() == 0


def test_a_double_click_opens_the_order(qtbot, screen, march):
    drilled(qtbot, screen, "closed")
    opened = []
    screen.openOrderRequested.connect(opened.append)
    table = screen.drill.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == march.b
    )
    table.cellDoubleClicked.emit(row, 0)
    assert opened == [march.b]


def test_the_period_picker_changes_the_figures(qtbot, screen, march):
    screen.set_period(*FEBRUARY)
    assert screen.tiles["opened"].value.text() == "1"
    assert drilled(qtbot, screen, "opened") == {march.f}
    # The choices of the picker mean the week, month and quarter of today.
    screen.today = lambda: dt.date(2026, 3, 18)
    screen.period_choice.setCurrentIndex(screen.period_choice.findData("quarter"))
    assert (screen.period.start, screen.period.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert screen.tiles["opened"].value.text() == "8"  # P, F and March's six
    screen.period_choice.setCurrentIndex(screen.period_choice.findData("month"))
    assert screen.tiles["opened"].value.text() == "6"
    assert period_for("week", dt.date(2026, 3, 18)) == kpi.Period(
        dt.date(2026, 3, 16), dt.date(2026, 3, 22)
    )


def test_a_filter_narrows_the_figures(qtbot, screen, march):
    screen.technician_choice.setCurrentIndex(screen.technician_choice.findData("Tom"))
    assert screen.tiles["opened"].value.text() == "2"  # A and D
    assert drilled(qtbot, screen, "opened") == {march.a, march.d}
    screen.technician_choice.setCurrentIndex(0)
    screen.brand_choice.setCurrentIndex(screen.brand_choice.findData("Brewmaster"))
    assert drilled(qtbot, screen, "opened") == {march.c, march.h}  # the kettle's orders
    screen.brand_choice.setCurrentIndex(0)
    screen.channel_choice.setCurrentIndex(screen.channel_choice.findData("on_site"))
    assert screen.tiles["opened"].value.text() == "0"


def test_the_screen_speaks_chinese(qtbot, march, chinese):
    widget = ReportsScreen(march.db)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_period(MARCH.start, MARCH.end)
    assert widget.tiles["opened"].title.text() == "新开工单"
    assert "上期" in widget.tiles["opened"].change.text()


def test_the_weekly_chart_counts_the_orders_opened_and_a_bar_drills_down(screen, march):
    weeks = screen.chart.steps
    assert sum(week.opened.value for week in weeks) == 6
    assert weeks[0].first == dt.date(2026, 2, 23) and not weeks[0].monthly  # the week of 1 March
    # The week of Monday 2 March: A, B and C.
    index = next(i for i, week in enumerate(weeks) if week.first == dt.date(2026, 3, 2))
    screen.chart.weekClicked.emit(index)
    assert set(screen.drill.order_ids()) == {march.a, march.b, march.c}


def test_in_the_window_a_double_click_opens_the_order_in_repair_orders(qtbot, march, window):
    window.open_area("reports")
    reports = window.pages["reports"]
    reports.set_period(MARCH.start, MARCH.end)
    qtbot.mouseClick(reports.tiles["closed"], Qt.MouseButton.LeftButton)
    table = reports.drill.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == march.b
    )
    table.cellDoubleClicked.emit(row, 0)
    assert window.current_area() == "repairs"
    assert window.repairs.view.order_id == march.b


def test_a_long_list_shows_its_newest_rows_and_says_how_many_there_are(
    qtbot,
    screen,
    march,
    monkeypatch,
):
    from ui.reports import drill

    monkeypatch.setattr(drill, "SHOWN", 2)
    assert len(drilled(qtbot, screen, "opened")) == 2
    assert screen.drill.table.rowCount() == 2
    assert screen.drill.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == march.h  # newest
    assert screen.drill.count.text() == "6 orders · the newest 2 shown"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_figures_and_a_drilled_list_are_exported_whole(
    qtbot, screen, march, tmp_path, monkeypatch, suffix
):
    from fieldservice.services.spreadsheets import workbook_rows
    from ui.reports import drill

    def table(path):
        if suffix == ".csv":
            import csv

            return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        return [cells for _line, cells in workbook_rows(path.read_bytes())]

    figures = tmp_path / f"kpis{suffix}"
    screen.export_figures(figures)
    rows = table(figures)
    assert rows[0] == ["Report", "KPI", "Value", "Records"]
    opened = next(r for r in rows if r[1] == "Orders opened")
    assert [str(v) for v in opened[2:]] == ["6", "6"]
    assert screen.notice.text() == f"Saved to {figures}."
    # The list shows two orders, the file has all six; a rate says which counted.
    monkeypatch.setattr(drill, "SHOWN", 2)
    drilled(qtbot, screen, "first_time_fix")
    listed = tmp_path / f"orders{suffix}"
    screen.export_drill(listed)
    rows = table(listed)
    assert rows[0][-1] == "Counted" and len(rows) == 1 + 3
    counted = {r[0]: r[-1] for r in rows[1:]}
    numbers = {i: repairs.get_order(march.db, i).number for i in (march.a, march.b, march.d)}
    assert counted == {numbers[march.a]: "no", numbers[march.b]: "yes", numbers[march.d]: "no"}


def test_the_monthly_report_opens_for_printing(qtbot, screen):
    import pypdfium2

    op = screen.monthly_report()
    assert op is not None
    dialog = screen.preview_dialog
    assert dialog is not None and dialog.isVisible()
    text = pypdfium2.PdfDocument(dialog.pdf)[0].get_textpage().get_text_range()
    assert "March 2026" in text
    dialog.close()


def test_the_details_show_the_curve_products_and_technicians_and_drill_down(screen, march):
    m = march
    people = screen.people_table
    rows = {people.item(r, 0).text(): r for r in range(people.rowCount())}
    assert (
        people.item(rows["Tom"], 1).text() == "2" and people.item(rows["Tom"], 3).text() == "0.0%"
    )
    assert people.item(rows["Ann"], 2).text() == "2.0"
    people.cellDoubleClicked.emit(rows["Tom"], 0)
    assert set(screen.drill.order_ids()) == {m.a, m.d}
    warranty = screen.warranty_table
    assert [warranty.item(0, c).text() for c in range(4)] == ["AQU-DW600", "2", "60.00", "100.00"]
    warranty.cellDoubleClicked.emit(0, 0)
    assert set(screen.drill.order_ids()) == {m.a, m.d}
    # The curve: A failed in month 11 of service (point 12), D in month 12 (point 13).
    assert {p.month: p.failures for p in screen.curve.points if p.failures} == {11: 1, 12: 1}
    screen.curve.monthClicked.emit(12)
    assert set(screen.drill.order_ids()) == {m.d}
