"""A save waits for the database's lock on the writer thread, never on the GUI
thread: while another program holds the lock, the window keeps painting, and
the save completes as soon as the lock is free."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

from fieldservice.services import customers
from ui.common import ops
from ui.common.customerform import CustomerForm

HOLD_SECONDS = 5

HOLD_THE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(time.monotonic())
        return False


def test_a_save_while_another_program_holds_the_lock_keeps_the_window_painting(qtbot, db, window):
    ops.set_synchronous(False)
    form = CustomerForm(db, parent=window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.name, "Ada Lovelace")
    qtbot.keyClicks(form.phone, "0113 496 0555")

    counter = PaintCounter()
    window.installEventFilter(counter)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(time.monotonic()), window.update()))
    timer.start(50)

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db.path), str(HOLD_SECONDS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        pressed = time.monotonic()
        form.save_button.click()
        # The form waits, disabled, with what was typed still in it.
        assert not form.isEnabled()
        assert form.name.text() == "Ada Lovelace"
        qtbot.waitUntil(lambda: holder.poll() is not None, timeout=(HOLD_SECONDS + 10) * 1000)
        released = time.monotonic()
        assert form.saved is None or released - pressed >= HOLD_SECONDS - 0.5
        qtbot.waitUntil(lambda: form.saved is not None, timeout=10_000)
    finally:
        timer.stop()
        window.removeEventFilter(counter)
        holder.kill()
        holder.wait()

    held = [t for t in ticks if pressed <= t <= released]
    gaps = [b - a for a, b in itertools.pairwise(held)]
    painted = [t for t in counter.paints if pressed <= t <= released]
    assert released - pressed >= HOLD_SECONDS - 0.5
    assert len(painted) >= 10 * HOLD_SECONDS, "the window stopped painting"
    assert max(gaps) < 0.5, f"the GUI thread was blocked for {max(gaps):.2f} s"
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.isEnabled()
    found = customers.find_by_phone(db, "0113 496 0555")
    assert [c.name for c in found] == ["Ada Lovelace"]
