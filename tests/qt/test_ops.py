"""Work off the GUI thread: results by signal, progress, cancel, errors in words."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from fieldservice.errors import InvalidInput
from ui.common import ops


@pytest.fixture
def threaded():
    ops.set_synchronous(False)
    yield
    assert ops.wait_for_all(5_000)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_result_comes_back_on_the_gui_thread(qtbot, threaded, parent):
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    ops.Op(parent, work).success(done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5_000)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_a_generator_reports_progress_and_returns_its_value(qtbot, threaded, parent):
    steps: list[tuple[int, int, str]] = []
    results: list[str] = []

    def work():
        for i in range(1, 4):
            yield i, 3, f"step {i}"
        return "finished"

    ops.Op(parent, work).progress(lambda *s: steps.append(s)).success(results.append).run()
    qtbot.waitUntil(lambda: results == ["finished"], timeout=5_000)
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_cancel_stops_the_work_at_its_next_step(qtbot, threaded, parent):
    started = threading.Event()
    go_on = threading.Event()
    steps_done: list[int] = []
    outcome: list[str] = []

    def work():
        for i in range(100):
            started.set()
            go_on.wait(5)
            steps_done.append(i)
            yield i, 100, "rows"
        return "all done"

    op = (
        ops.Op(parent, work)
        .with_progress("Importing", delay_ms=0)
        .success(lambda _r: outcome.append("finished"))
        .cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()  # the person presses Cancel
    go_on.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5_000)
    assert op.is_cancelled
    assert len(steps_done) < 100


def test_a_domain_error_is_shown_in_words(qtbot, threaded, parent):
    def work():
        raise InvalidInput("Only 2 × FAN-120 left in bin A3")

    ops.Op(parent, work).success(lambda _r: pytest.fail("should not succeed")).run()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None, timeout=5_000)
    box = parent.findChild(QMessageBox)
    assert box.text() == "Only 2 × FAN-120 left in bin A3"
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


def test_an_unexpected_error_gets_the_default_dialog_with_details(qtbot, threaded, parent):
    def work():
        raise ZeroDivisionError("division by zero")

    ops.Op(parent, work).run()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None, timeout=5_000)
    box = parent.findChild(QMessageBox)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Something went wrong" in box.text()
    assert "ZeroDivisionError" in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()


def test_a_failure_callback_replaces_the_dialog(qtbot, threaded, parent):
    errors: list[BaseException] = []
    ops.Op(parent, lambda: 1 / 0).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert parent.findChild(QMessageBox) is None


def test_synchronous_mode_runs_in_place_and_lets_bugs_surface(parent):
    results: list[int] = []
    ops.Op(parent, lambda: 7).success(results.append).run()
    assert results == [7]
    with pytest.raises(ZeroDivisionError):
        ops.Op(parent, lambda: 1 / 0).run()


def test_no_callback_after_the_window_is_gone(qtbot, threaded):
    widget = QWidget()
    gate = threading.Event()
    results: list[int] = []
    ops.Op(widget, lambda: gate.wait(5) and 1).success(results.append).run()
    widget.deleteLater()
    QApplication.processEvents()
    qtbot.wait(20)
    gate.set()
    assert ops.wait_for_all(5_000)
    qtbot.wait(50)
    assert results == []
    assert ops.running_count() == 0
