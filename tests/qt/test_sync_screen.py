"""The centre enrols with its head office, syncs, goes offline without losing
anything, and deals with the changes the head office refuses.

The head office is a real server on a loopback port (SQLite behind it)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fieldservice.db import Database
from fieldservice.headoffice import sync as head_office_sync
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services import customers, products, site
from fieldservice.sync import client as sync_client
from tests.headoffice.conftest import RunningServer, publish_dishwasher
from ui.common import ops
from ui.common.syncworker import SyncWorker
from ui.sync.screen import SyncScreen


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def head_office(tmp_path):
    store = HeadOfficeStore(str(tmp_path / "ho.sqlite3"))
    store.migrate()
    server = RunningServer(store)
    server.start()
    yield server
    server.stop()
    store.dispose()


@pytest.fixture
def screen(qtbot, db):
    widget = SyncScreen(db)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.worker.stop()


@pytest.fixture
def status_label(screen):
    shown = QLabel("Sync: not set up")
    opened: list[bool] = []
    screen.show_status_in(shown, lambda: opened.append(True))
    shown.opened = opened  # type: ignore[attr-defined]
    return shown


def enrol(qtbot, screen: SyncScreen, head_office: RunningServer, code: str | None = None):
    code = code or head_office_sync.add_site(head_office.store, "LD01", "Leeds Service Centre")
    form = screen.enrol_form
    qtbot.keyClicks(form.url, head_office.url)
    qtbot.keyClicks(form.code, code)
    qtbot.mouseClick(form.enrol_button, Qt.MouseButton.LeftButton)


def sync_now(qtbot, screen: SyncScreen) -> None:
    qtbot.mouseClick(screen.overview.sync_button, Qt.MouseButton.LeftButton)


def open_message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_centre_enrols_through_the_form_and_sync_now_sends_a_customer_made_here(
    qtbot, db, screen, status_label, head_office
):
    assert screen.pages.currentWidget() is not screen.overview
    assert status_label.text() == "Sync: not set up"

    enrol(qtbot, screen, head_office)

    # Enrolled, and the first round went at once: the centre's own details are sent.
    assert screen.pages.currentWidget() is screen.overview
    assert sync_client.head_office_url(db) == head_office.url
    overview = screen.overview
    assert overview.headline.text() == "Connected to the head office"
    assert overview.where.text() == f"Head office: {head_office.url}"
    assert overview.pending_tile.value.text() == "0"
    assert status_label.text().startswith("Sync: up to date · last ")

    customers.create_customer(db, customers.CustomerDraft("Jane Smith", phone="0113 496 0123"))
    screen.worker.refresh()
    assert overview.pending_tile.value.text() == "1"
    assert overview.pending_tile.detail.text() == "1 customer"
    assert "Sync: 1 pending · last " in status_label.text()

    sync_now(qtbot, screen)

    assert overview.pending_tile.value.text() == "0"
    assert sync_client.state(db).pending == 0
    report = screen.worker.status.report
    assert report is not None and (report.pushed, report.applied) == (1, 1)
    assert "sent 1 change(s) (1 taken" in overview.result.text()
    assert overview.last_tile.detail.text().startswith("Today · sent 1, received")
    assert overview.problems_stack.currentWidget() is overview.no_problems
    # A click on the status bar's label opens the Sync area.
    qtbot.mouseClick(status_label, Qt.MouseButton.LeftButton)
    assert status_label.opened == [True]  # type: ignore[attr-defined]


def test_a_wrong_code_is_explained_next_to_the_code_and_nothing_typed_is_lost(
    qtbot, db, screen, head_office
):
    head_office_sync.add_site(head_office.store, "LD01", "Leeds Service Centre")

    enrol(qtbot, screen, head_office, code="000000-000000-000000")

    form = screen.enrol_form
    message = form.errors.message("code")
    assert message == "The head office did not accept this code (wrong or used)."
    assert form.errors.label("code").isVisible()
    assert form.errors.label("code").parentWidget() is form.code.parentWidget()
    assert form.code.property("invalid") is True
    assert form.errors.message("url") is None
    assert form.url.text() == head_office.url
    assert form.code.text() == "000000-000000-000000"
    assert sync_client.head_office_url(db) is None
    assert screen.pages.currentWidget() is not screen.overview
    assert open_message_boxes() == []


def test_a_malformed_address_is_explained_next_to_the_address(qtbot, screen):
    form = screen.enrol_form
    qtbot.keyClicks(form.url, "headoffice.example.com")
    qtbot.keyClicks(form.code, "ABC")
    qtbot.mouseClick(form.enrol_button, Qt.MouseButton.LeftButton)
    assert "starts with https://" in (form.errors.message("url") or "")
    assert form.errors.message("code") is None
    assert form.url.text() == "headoffice.example.com"


def test_offline_sync_now_says_offline_keeps_the_changes_and_backs_off_then_catches_up(
    qtbot, db, screen, status_label, head_office
):
    enrol(qtbot, screen, head_office)
    customers.create_customer(db, customers.CustomerDraft("Jane Smith"))
    customers.create_customer(db, customers.CustomerDraft("Bob Ray"))
    head_office.stop()

    sync_now(qtbot, screen)

    overview = screen.overview
    status = screen.worker.status
    assert status.online is False and status.failures == 1
    assert overview.headline.text() == "Offline"
    assert overview.offline.isVisible()
    assert "every change is kept on this computer" in overview.offline.label.text()
    assert status_label.text().startswith("Sync: offline · 2 pending · last ")
    assert overview.pending_tile.value.text() == "2"
    assert sync_client.state(db).pending == 2  # nothing lost
    assert open_message_boxes() == []  # offline is not an error to dismiss
    # The next try waits 1 minute, then 2, then 4.
    assert screen.worker._timer.interval() == 60_000
    sync_now(qtbot, screen)
    assert screen.worker._timer.interval() == 120_000
    sync_now(qtbot, screen)
    assert screen.worker._timer.interval() == 240_000
    assert screen.worker.status.failures == 3
    assert "after 3 failed tries" in overview.next_tile.detail.text()
    assert [screen.worker.backoff_minutes(n) for n in (1, 2, 3, 4, 5, 6, 7, 20)] == [
        1,
        2,
        4,
        8,
        16,
        30,
        30,
        30,
    ]

    head_office.start()
    sync_now(qtbot, screen)

    assert screen.worker.status.online is True and screen.worker.status.failures == 0
    assert overview.headline.text() == "Connected to the head office"
    assert not overview.offline.isVisible()
    assert overview.pending_tile.value.text() == "0"
    assert sync_client.state(db).pending == 0
    assert screen.worker._timer.interval() == 5 * 60_000  # back to the normal interval
    assert status_label.text().startswith("Sync: up to date · last ")


def test_a_product_made_here_is_refused_listed_with_what_to_do_and_dismissed(
    qtbot, db, screen, status_label, head_office
):
    enrol(qtbot, screen, head_office)
    # The head office publishes the code after this centre's last pull: the
    # centre's own product of that code is refused (a new code would be proposed).
    publish_dishwasher(head_office)
    products.create_product(db, products.ProductDraft("AQU-DW600", "Aqualine Dishwasher"))

    sync_now(qtbot, screen)

    overview = screen.overview
    assert overview.problems_stack.currentWidget() is overview.list_row
    assert overview.model.rowCount() == 1
    assert overview.problems_counter.text() == "1 problem"
    model = overview.model
    assert model.index(0, 1).data() == "Refused"
    assert model.index(0, 2).data() == "Product AQU-DW600 · Aqualine Dishwasher"
    assert "kept by the head office" in model.index(0, 3).data()
    # The first problem is shown with what to do about it.
    card = overview.card
    assert card.isVisible()
    assert card.title.text() == "Product AQU-DW600 · Aqualine Dishwasher"
    assert "catalogue at the head office" in card.advice.text()
    assert overview.problems_tile.value.text() == "1"
    assert status_label.text().endswith("· 1 problem")

    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)

    assert sync_client.count_problems(db) == 0
    assert overview.model.rowCount() == 0
    assert overview.problems_stack.currentWidget() is overview.no_problems
    assert overview.problems_tile.value.text() == "0"
    assert "problem" not in status_label.text()


def test_a_conflict_says_to_contact_the_head_office_or_the_other_centre(screen):
    problem = sync_client.ProblemRecord(
        op_id=None,  # type: ignore[arg-type]
        entity="unit",
        row_id=None,  # type: ignore[arg-type]
        kind="conflict",
        reason="The unit with serial SN-1 is already registered at centre YK01.",
        what="SN-1",
    )
    assert screen.kind_words(problem) == "Conflict"
    assert screen.what_words(problem) == "Unit SN-1"
    assert "another centre" in screen.advice(problem)
    assert "head office or that centre" in screen.advice(problem)


def test_the_background_worker_never_runs_two_rounds_at_once(qtbot, db, head_office, monkeypatch):
    code = head_office_sync.add_site(head_office.store, "LD01", "Leeds Service Centre")
    sync_client.enroll(db, head_office.url, code)
    real_steps = sync_client.sync_steps
    lock = threading.Lock()
    active = {"now": 0, "most": 0, "done": 0}

    def slow_round(db, **kwargs):
        with lock:
            active["now"] += 1
            active["most"] = max(active["most"], active["now"])
        try:
            time.sleep(0.15)
            return (yield from real_steps(db, **kwargs))
        finally:
            with lock:
                active["now"] -= 1
                active["done"] += 1

    monkeypatch.setattr(sync_client, "sync_steps", slow_round)
    ops.set_synchronous(False)
    worker = SyncWorker(db)
    worker.minute_ms = 10  # a round every 50 ms (5 "minutes"), shorter than a round
    worker.start_delay_ms = 0
    impatient = QTimer()
    impatient.setInterval(7)
    impatient.timeout.connect(worker.sync_now)  # and Sync now pressed again and again
    worker.start()
    impatient.start()
    try:
        qtbot.waitUntil(lambda: active["done"] >= 4, timeout=15_000)
    finally:
        impatient.stop()
        worker.stop()
    assert ops.wait_for_all(10_000)
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=5_000)
    assert active["most"] == 1
    assert worker.rounds_started == active["done"]

    # Stopped: no round starts again, on the timer or on demand.
    done = active["done"]
    assert worker.sync_now() is False
    qtbot.wait(200)
    assert active["done"] == done
    worker.deleteLater()


def test_a_stopping_worker_makes_no_new_request(db):
    from ui.common.syncworker import stoppable_session

    stopping = threading.Event()
    stopping.set()
    with pytest.raises(Exception, match="closing"):
        stoppable_session(stopping).get("http://127.0.0.1:9/")


def test_the_status_bar_follows_sync_and_a_click_on_it_opens_the_sync_area(
    qtbot, db, window, head_office, tmp_path
):
    york = Database.open(path=tmp_path / "york" / "fs.sqlite3")
    site.setup_site(york, "YK01", "York Service Centre")
    sync_client.enroll(
        york, head_office.url, head_office_sync.add_site(head_office.store, "YK01", "York")
    )
    customers.create_customer(york, customers.CustomerDraft("Zoe Clark"))
    sync_client.sync_round(york)
    york.close()

    label = window.sync_label
    # Said once the window has painted (the Sync screen is built right after).
    qtbot.waitUntil(lambda: label.text() == "Sync: not set up")
    assert "not set up" in label.toolTip()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.current_area() == "sync"
    screen = window.pages["sync"]
    assert isinstance(screen, SyncScreen)

    customers.create_customer(db, customers.CustomerDraft("Jane Smith"))
    customers.create_customer(db, customers.CustomerDraft("Bob Ray"))
    products.create_product(db, products.ProductDraft("AQU-DW600", "Aqualine Dishwasher"))
    publish_dishwasher(head_office)  # the head office has the code: this centre's is refused
    enrol(qtbot, screen, head_office)
    sync_now(qtbot, screen)
    # York's customer arrived: the counts in the status bar include her.
    assert window.counts_label.text().startswith("3 customers")
    customers.create_customer(db, customers.CustomerDraft("Cy Day"))
    screen.worker.refresh()

    last = sync_client.last_round(db)
    assert last is not None
    shown = last.finished_at.astimezone().strftime("%H:%M")
    assert label.text() == f"Sync: 1 pending · last {shown} · 1 problem"
    assert f"Head office: {head_office.url}" in label.toolTip()
    window.open_area("desk")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.current_area() == "sync"
    assert window.stack.currentWidget() is screen


def test_a_withdrawn_centre_is_told_to_enrol_again_and_can(qtbot, db, screen, head_office):
    enrol(qtbot, screen, head_office)
    head_office_sync.revoke_site(head_office.store, "LD01")
    customers.create_customer(db, customers.CustomerDraft("Jane Smith"))

    sync_now(qtbot, screen)

    overview = screen.overview
    assert screen.worker.status.refused
    assert overview.refused.isVisible()
    assert "Nothing here is lost" in overview.refused.label.text()
    assert sync_client.state(db).pending == 1
    assert open_message_boxes() == []
    (again,) = overview.refused.buttons
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is not screen.overview
    assert screen.enrol_form.url.text() == head_office.url  # kept from the first enrolment

    code = head_office_sync.add_site(head_office.store, "LD01", "Leeds Service Centre")
    qtbot.keyClicks(screen.enrol_form.code, code)
    qtbot.mouseClick(screen.enrol_form.enrol_button, Qt.MouseButton.LeftButton)

    assert screen.pages.currentWidget() is screen.overview
    assert not overview.refused.isVisible()
    assert sync_client.state(db).pending == 0


def test_a_clock_far_off_the_head_offices_is_pointed_out(screen):
    from ui.common.syncworker import Snapshot, SyncStatus

    report = sync_client.SyncReport(
        pushed=1,
        applied=1,
        clock_skew_ms=62 * 60_000,
        warnings=["This centre's clock is 62 minutes ahead of the head office: set it right."],
    )
    snapshot = Snapshot("https://headoffice.example.com", 0, (), 0, None)
    screen.show_status(SyncStatus(snapshot, online=True, report=report))
    banner = screen.overview.clock
    assert banner.isVisible()
    assert "ahead of the head office's by about 62 minutes" in banner.label.text()

    report.clock_skew_ms, report.warnings = 800, []
    screen.show_status(SyncStatus(snapshot, online=True, report=report))
    assert not banner.isVisible()


@pytest.fixture
def registered_at_york(db, head_office, tmp_path):
    """The window's centre (LD01) is enrolled; York has a unit the head office knows."""
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end
    from fieldservice.services import units
    from fieldservice.sync import client

    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    client.enroll(db, head_office.url, head_office_sync.add_site(head_office.store, "LD01", "L"))
    york = Database.open(path=tmp_path / "york" / "fs.sqlite3")
    site.setup_site(york, "YK01", "York")
    client.enroll(york, head_office.url, head_office_sync.add_site(head_office.store, "YK01", "Y"))
    client.sync_round(york)
    pump = products.get_product_by_sku(york, "P-1")
    units.create_unit(york, units.UnitDraft("YRK-9", pump.id))
    client.sync_round(york)
    york.close()
    return "YRK-9"


def test_a_serial_registered_at_another_centre_is_shown_from_the_head_office(
    qtbot, window, registered_at_york
):
    window.desk.scan.clear()
    qtbot.keyClicks(window.desk.scan, registered_at_york)
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "registered at another centre" in window.desk.message.title.text())
    assert "centre YK01" in window.desk.message.text.text()


def test_a_round_under_way_shows_how_far_it_is(
    qtbot, db, screen, status_label, head_office, monkeypatch
):
    from fieldservice.sync import client

    enrol(qtbot, screen, head_office)
    for name in ("Ann Lee", "Bob Ray", "Cy Day"):
        customers.create_customer(db, customers.CustomerDraft(name))
    monkeypatch.setattr(client, "BATCH", 2)
    shown: list[tuple[str, str]] = []
    screen.worker.statusChanged.connect(
        lambda status: (
            shown.append((status_label.text(), screen.overview.next_tile.detail.text()))
            if status.running
            else None
        )
    )
    sync_now(qtbot, screen)
    labels = [label for label, _ in shown]
    assert any(label.startswith("Sync: syncing: 2 of 3 changes sent") for label in labels)
    assert any(label.startswith("Sync: syncing: 3 of 3 changes sent") for label in labels)
    assert ("3 of 3 changes sent") in [detail for _, detail in shown]
    assert status_label.text().startswith("Sync: up to date")  # and done
