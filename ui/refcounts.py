"""Spare references to None, True and False, for PySide6 builds that lose them.

PySide6 6.12.0 on CPython 3.11 returns None from methods that return nothing
(``QLabel.setText``, ``processEvents``…) without adding a reference to it, and
drops references to True and False passed to some methods. CPython before
3.12 counts references to these objects (3.12 made them immortal), so every
such call takes one away, and after some thousands of calls the interpreter
aborts: "Fatal Python error: none_dealloc: deallocating None". Measured here:
about 40 references to None lost per scan at the desk, i.e. a crash after
roughly a thousand scans.

Until the binding is fixed or Python 3.12 is the minimum, :func:`install`
checks at start whether the running binding has the defect and, only then,
adds spare references to the three objects and tops them up while the
application runs. The count is raised in place (never lowered), so nothing is
ever released twice, also when the interpreter exits.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

log = logging.getLogger("fieldservice.ui.refcounts")

SPARE = 10_000_000
LOW = 1_000_000
CHECK_EVERY_MS = 5_000
_PROBE_CALLS = 64


def binding_loses_references() -> bool:
    """Does a method returning nothing take a reference to None away?"""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    probe = QLabel()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setText("")
    lost = before - sys.getrefcount(None)
    probe.deleteLater()
    return lost >= _PROBE_CALLS // 2


def _add_references(obj: object, count: int) -> None:
    # CPython keeps an object's reference count in its first field.
    ctypes.c_ssize_t.from_address(id(obj)).value += count


class SpareReferences(QObject):
    """Keeps None, True and False far from a zero reference count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.added = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.top_up)
        self._timer.start()
        self.top_up()

    def top_up(self) -> None:
        for obj in (None, True, False):
            if sys.getrefcount(obj) < LOW:
                _add_references(obj, SPARE)
                self.added += SPARE


def install(parent: QObject) -> SpareReferences | None:
    """Guard the running application if its Qt binding has the defect."""
    if not binding_loses_references():
        return None
    log.warning(
        "this PySide6 build loses references to None on Python %s; keeping spare references "
        "(use Python 3.12 or a fixed PySide6 to do without)",
        platform.python_version(),
    )
    return SpareReferences(parent)
