"""Scanner input: a USB scanner types like a keyboard, very fast, then Enter.

:class:`ScannerInput` watches the application's key presses. When the focus
is not in a text field (the list, a button, nothing at all) and keys arrive
in a rapid burst ending with Enter, the burst is a scan: the text goes to the
scan field and is looked up. Keys that turn out to be a person typing (a
pause, no Enter) are handed on to the widget they were meant for, unchanged.
Inside a text field nothing is intercepted: what is scanned there is typed
there, as the person expects.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

log = logging.getLogger("fieldservice.ui.scan")

# Scanners send a key every 1-20 ms; people rarely type two keys within 40 ms,
# and never a dozen in a row.
MAX_GAP_MS = 45
MIN_LENGTH = 3
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# A scanner types a capital as a person does: Shift down, the letter, Shift up.
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
    }
)


@dataclass(frozen=True)
class _Key:
    type: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def is_text_input(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return False


class ScannerInput(QObject):
    """An application event filter that routes a scanner's bursts to *on_scan*.

    Only key presses meant for a widget of *window* are looked at, so dialogs
    keep their keys.
    """

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        on_scan: Callable[[str], None] | None = None,
        *,
        max_gap_ms: int = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._max_gap = max_gap_ms / 1000
        self._min_length = min_length
        self._keys: list[_Key] = []
        self._pressed: set[int] = set()
        self._target: QWidget | None = None
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max_gap_ms + 15)
        self._timer.timeout.connect(self._hand_back)
        if on_scan is not None:
            self.scanned.connect(on_scan)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- the filter -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWidget) or not self._watching(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            if event.key() in self._pressed and not event.isAutoRepeat():
                self._keys.append(_Key(kind, event.key(), event.modifiers(), event.text()))
                return True
            return False
        return self._key_pressed(watched, event)

    def _watching(self, widget: QWidget) -> bool:
        """Is *widget* the one a key press is delivered to first, in our window?"""
        if not shiboken6.isValid(self._window) or widget.window() is not self._window:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and widget is not focus:
            return False  # the same event travelling up to a parent
        return not is_text_input(widget)

    def _key_pressed(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = time.monotonic()
        if self._keys and now - self._last > self._max_gap:
            self._hand_back()
        key, text = event.key(), event.text()
        if key in _ENTER:
            if self._keys and self._burst_length() >= self._min_length:
                scanned = "".join(k.text for k in self._keys if k.type == QEvent.Type.KeyPress)
                self._reset()
                log.debug("scan of %d characters", len(scanned))
                self.scanned.emit(scanned)
                return True
            self._hand_back()
            return False
        if key in _MODIFIER_KEYS:
            return self._modifier_pressed(event, now)
        printable = bool(text) and text.isprintable() and not (event.modifiers() & _MODIFIERS)
        if not printable or event.isAutoRepeat():
            self._hand_back()
            return False
        if not self._keys and text.isspace():
            return False  # a space on its own is a button press, never a scan's start
        if not self._keys:
            self._target = widget
        self._keys.append(_Key(event.type(), key, event.modifiers(), text))
        self._pressed.add(key)
        self._last = now
        self._timer.start()
        return True

    def _modifier_pressed(self, event: QKeyEvent, now: float) -> bool:
        """A modifier on its own neither starts nor ends a burst.

        Within a burst it is held with the burst's keys, so that a hand-back
        replays the keys in the order they came; the key it modifies carries
        the modifier and its own text (Shift+c arrives as "C").
        """
        if not self._keys:
            return False
        self._keys.append(_Key(event.type(), event.key(), event.modifiers(), ""))
        self._pressed.add(event.key())
        self._last = now
        self._timer.start()
        return True

    def _burst_length(self) -> int:
        return sum(1 for k in self._keys if k.type == QEvent.Type.KeyPress and k.text)

    def _reset(self) -> None:
        self._timer.stop()
        self._keys = []
        self._pressed = set()
        self._target = None

    def _hand_back(self) -> None:
        """Deliver held keys to the widget they were meant for: a person typed them."""
        keys, target = self._keys, self._target
        self._reset()
        if not keys or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for k in keys:
                QApplication.sendEvent(target, QKeyEvent(k.type, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False
