"""The main window: areas, status bar, remembered geometry, demo data."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from fieldservice import demo
from fieldservice.db import Database
from fieldservice.services import customers, site, units
from ui.common import settings
from ui.mainwindow import MainWindow, screen_class

AREAS = [
    "Desk",
    "Repair orders",
    "Warranty",
    "Parts & stock",
    "Maintenance",
    "Customers",
    "Units",
    "Follow-ups & feedback",
    "Reports",
    "Sync",
]


def test_every_area_is_in_the_navigation_with_an_icon(window):
    nav = window.navigation
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == AREAS
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))
    assert window.current_area() == "desk"


def test_every_area_has_its_screen(window):
    for area in window.areas:
        window.open_area(area.key)
        page = window.stack.currentWidget()
        assert page is window.pages[area.key]
        assert isinstance(page, screen_class(area.key))  # built on its first visit
        assert window.page_title.text() == area.title
        # The top bar's scan field is on every page but the Desk (which has its own).
        assert window.scan_field.isVisible() is (area.key != "desk")


def test_the_status_bar_names_the_centre_database_counts_and_sync(qtbot, window, janes_dishwasher):
    window.refresh_counts()
    # Sync's words come right after the first paint.
    qtbot.waitUntil(lambda: window.sync_label.text() == "Sync: not set up")
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "LD01 · Leeds Service Centre" in texts
    assert f"Database: {window.db.path}" in texts
    assert "1 customer · 1 unit" in texts
    assert "Sync: not set up" in texts


def test_the_window_paints_before_sync_starts_and_its_screens_load(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    # Only the Desk is built before the first paint: nothing else to wait for.
    assert list(window.pages) == ["desk"]
    window.show()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Sync: not set up")
    assert set(window.pages) == {"desk", "sync"}
    window.scanner.remove()


def test_a_window_that_is_not_painted_still_starts_sync(qtbot, db, monkeypatch):
    monkeypatch.setattr("ui.mainwindow.AFTER_PAINT_AT_LATEST_MS", 50)
    window = MainWindow(db)  # never shown: as when started minimised
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "sync" in window.pages)
    assert window.sync_label.text() == "Sync: not set up"
    window.scanner.remove()


def test_the_window_remembers_its_geometry_and_area(qtbot, db, private_settings):
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(40, 50, 1111, 777))
    first.open_area("units")
    first.close()

    stored = QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        settings.ORGANISATION,
        settings.APPLICATION,
    ).fileName()
    assert stored.startswith(str(private_settings))  # never the user's own settings

    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (1111, 777)
    assert second.current_area() == "units"
    assert second.stack.currentWidget() is second.units
    second.close()


def test_opening_another_centres_database_does_not_reopen_the_first_ones_page(qtbot, db, tmp_path):
    leeds = MainWindow(db)
    qtbot.addWidget(leeds)
    leeds.show()
    qtbot.waitExposed(leeds)
    leeds.setGeometry(QRect(40, 50, 1111, 777))
    leeds.open_area("units")
    leeds.close()

    other = Database.open(path=tmp_path / "york" / "fieldservice.sqlite3")
    try:
        site.setup_site(other, "YO01", "York Service Centre", country="GB")
        york = MainWindow(other)
        qtbot.addWidget(york)
        assert york.current_area() == "desk"
        assert (york.width(), york.height()) == (1280, 800)
        york.open_area("customers")
        york.close()
    finally:
        other.close()

    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.current_area() == "units"  # Leeds's own last page, not York's
    again.scanner.remove()


def test_a_first_start_opens_on_the_desk_at_a_sensible_size(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 800)
    assert window.current_area() == "desk"
    window.scanner.remove()


def test_demo_data_is_added_with_progress_and_the_lists_follow(qtbot, window):
    window.open_area("customers")
    assert window.customers.model.rowCount() == 0
    window.add_demo_data(demo.DemoSize(customers=30, units=50, seed=11))
    assert customers.count_customers(window.db) == 30
    assert units.count_units(window.db) == 50
    assert window.customers.model.rowCount() == 30
    assert window.units.model.rowCount() == 50
    assert window.counts_label.text() == "30 customers · 50 units"
    assert "Demo data added" in window.statusBar().currentMessage()


def test_opening_a_unit_from_the_desk_shows_it_in_the_units_list(qtbot, window, janes_dishwasher):
    window.scan("AQD-1001")
    window.desk.unit_card.open_button.click()
    assert window.current_area() == "units"
    assert window.units.search.text() == "AQD-1001"
    assert window.units.table.currentIndex().row() == 0
    assert window.units.card.title.text() == "AQD-1001"
    window.units.card.owner_link.click()
    assert window.current_area() == "customers"
    assert window.customers.card.title.text() == "Jane Smith"


def test_the_main_lists_need_no_sideways_scrolling_at_1280_by_800(qtbot, window):
    window.add_demo_data(
        demo.DemoSize(customers=30, units=60, parts=20, movements=40, orders=20, plans=5)
    )
    window.resize(1280, 800)
    for key in ("repairs", "warranty", "parts", "customers", "units"):
        window.open_area(key)
        page = window.pages[key]
        page.refresh()
        QApplication.processEvents()
        shown = [table for table in page.findChildren(QTableView) if table.isVisible()]
        assert shown, key
        widest = max(shown, key=lambda table: table.width())
        assert widest.model().rowCount(), key
        assert not widest.horizontalScrollBar().isVisible(), key
