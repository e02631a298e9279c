"""Running work off the GUI thread: the one way the UI does it.

::

    ops.Op(self, lambda: customers.count_customers(db, text)).success(self.show_count).run()

    ops.Op(self, lambda: demo.generate(db, size)).with_progress(
        self.tr("Loading demo data")
    ).success(self.reload).run()

    ops.write(self, lambda: customers.create_customer(db, draft)).busy(self).success(
        self.saved
    ).run()

``fn`` runs in a worker thread and must never touch a widget: it takes what it
needs from the closure and returns plain values (the services' dataclasses).
If it returns a generator, the generator is run to the end and each value it
yields, ``(done, total, what)``, moves the progress bar; a Cancel press stops
it at the next yield. The result (a generator's return value) comes back to the
GUI thread by a queued signal, where ``success`` is called with it.

Errors: a :class:`~fieldservice.errors.FieldServiceError` is shown in words
in a message box; anything else is logged and shown as an unexpected problem
with its details. ``failure(cb)`` replaces that default.

Reads run on a small pool of threads (SQLite serves readers in parallel).
Writes go through :func:`write`: they run one at a time on the one writer
thread, in the order they were asked for, like Anki's ``CollectionOp``. A write
that waits for the database's lock (a sync round writing, another program)
waits there, and the window keeps painting; ``busy(widget)`` disables the form
and shows a busy cursor meanwhile.

Tests call :func:`set_synchronous` (or use :func:`synchronous`): every op then
runs at once in the calling thread, callbacks included, and an unexpected
exception propagates to the caller so that the test fails on it.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from fieldservice.errors import FieldServiceError

log = logging.getLogger("fieldservice.ui.ops")

T = TypeVar("T")

_synchronous = False
_pool: QThreadPool | None = None
_writer: QThreadPool | None = None
# Ops whose result has not been delivered yet, by number.
_running: dict[int, Op] = {}
_numbers = 0


def set_synchronous(on: bool) -> None:
    """Run every op at once in the calling thread (tests)."""
    global _synchronous
    _synchronous = on


def is_synchronous() -> bool:
    return _synchronous


@contextlib.contextmanager
def synchronous() -> Iterator[None]:
    before = _synchronous
    set_synchronous(True)
    try:
        yield
    finally:
        set_synchronous(before)


def pool() -> QThreadPool:
    """The worker threads of the application's ops (a few: SQLite serves readers
    in parallel and queues writers on its lock)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)
        _pool.setExpiryTimeout(30_000)
    return _pool


def writer() -> QThreadPool:
    """The one thread every write runs on, so that writes queue in the order
    they were asked for instead of competing for the database's lock."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
        _writer.setExpiryTimeout(30_000)
    return _writer


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait until no op is running in a worker thread (before closing the database)."""
    return all(p is None or p.waitForDone(msecs) for p in (_writer, _pool))


def write(parent: QObject | None, fn: Callable[[], Any]) -> Op[Any]:
    """An op that changes data: it runs on the writer thread (see the module's text)."""
    return Op(parent, fn, writes=True)


def save(
    parent: QWidget,
    work: Callable[[], T],
    saved: Callable[[T], None],
    refused: Callable[[FieldServiceError], None],
    *,
    busy: QWidget | None = None,
) -> bool:
    """A save as people make it: *work* runs on the writer thread with *busy* (the
    form, a card) disabled meanwhile; then *saved* gets its result, or *refused* a
    refusal to show beside its field (anything else gets the usual error box).

    True when the save has completed on return: always in synchronous mode
    (tests), never otherwise."""
    outcome: list[bool] = []

    def done(result: T) -> None:
        outcome.append(True)
        saved(result)

    def failed(exc: BaseException) -> None:
        outcome.append(False)
        if isinstance(exc, FieldServiceError):
            refused(exc)
        elif _synchronous:
            raise exc
        else:
            show_error(parent, exc)

    write(parent, work).busy(busy or parent).success(done).failure(failed).run()
    return outcome == [True]


def long_write(parent: QObject | None, fn: Callable[[], Any]) -> Op[Any]:
    """A long op that changes data in short units of work, each taking the lock
    for a moment (a sync round): it runs beside the writer thread, so that the
    saves people make get in between its units instead of waiting for its end."""
    return Op(parent, fn, writes=True, queued=False)


def running_count() -> int:
    return len(_running)


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped at its next step."""


class _Relay(QObject):
    """Carries the workers' news to the GUI thread. There is one, living in the
    GUI thread, so its slots (queued connections) run there. News names its op
    by number; payloads travel wrapped in a tuple."""

    progressed = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, object)
    stopped = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_progressed, queued)
        self.finished.connect(self._on_finished, queued)
        self.failed.connect(self._on_failed, queued)
        self.stopped.connect(self._on_stopped, queued)

    @Slot(int, int, int, str)
    def _on_progressed(self, number: int, done: int, total: int, what: str) -> None:
        op = _running.get(number)
        if op is not None:
            op._progressed(done, total, what)

    @Slot(int, object)
    def _on_finished(self, number: int, payload: tuple) -> None:
        op = _running.pop(number, None)
        if op is not None:
            op._finished(payload[0])

    @Slot(int, object)
    def _on_failed(self, number: int, payload: tuple) -> None:
        op = _running.pop(number, None)
        if op is not None:
            op._failed(payload[0])

    @Slot(int)
    def _on_stopped(self, number: int) -> None:
        op = _running.pop(number, None)
        if op is not None:
            op._stopped()


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _work(op: Op, number: int, relay: _Relay) -> None:
    """The body of a worker thread's task."""
    try:
        result = op._execute(
            lambda done, total, what: relay.progressed.emit(number, done, total, what)
        )
    except Cancelled:
        relay.stopped.emit(number)
    except BaseException as exc:
        relay.failed.emit(number, (exc,))
    else:
        relay.finished.emit(number, (result,))


class Op(Generic[T]):
    """Work to run in a worker thread, with its callbacks on the GUI thread."""

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[], Any],
        *,
        writes: bool = False,
        queued: bool = True,
    ) -> None:
        self._parent = parent
        self._fn = fn
        self._writes = writes
        self._on_writer = writes and queued
        self._busy: QWidget | None = None
        self._held: QWidget | None = None
        self._focus: QWidget | None = None
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._progress_label: str | None = None
        self._cancellable = True
        self._delay_ms = 400
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None

    # -- building ------------------------------------------------------------------

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Handle errors yourself instead of the default message box."""
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Op[T]:
        self._on_cancelled = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Op[T]:
        """Be told of each ``(done, total, what)`` step (besides any progress dialog)."""
        self._on_progress = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = True, delay_ms: int = 400) -> Op[T]:
        """Show a progress dialog (after *delay_ms*, so quick work shows none)."""
        self._progress_label = label
        self._cancellable = cancellable
        self._delay_ms = delay_ms
        return self

    @property
    def writes(self) -> bool:
        """Whether this op changes data (it runs on the writer thread)."""
        return self._writes

    def busy(self, widget: QWidget) -> Op[T]:
        """Disable *widget* and show a busy cursor until the work is done; the
        focus goes back where it was."""
        self._busy = widget
        return self

    # -- running -------------------------------------------------------------------

    def run(self) -> Op[T]:
        if _synchronous:
            self._run_here()
            return self
        self._hold()
        global _numbers
        relay = _the_relay()
        _numbers += 1
        number = _numbers
        if self._progress_label is not None:
            self._dialog = self._make_dialog()
        _running[number] = self
        (writer() if self._on_writer else pool()).start(lambda: _work(self, number, relay))
        return self

    def _hold(self) -> None:
        widget = self._busy
        if widget is None or not shiboken6.isValid(widget):
            return
        self._focus = QApplication.focusWidget()
        self._held = widget
        widget.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _release(self) -> None:
        widget, self._held = self._held, None
        if widget is None:
            return
        QApplication.restoreOverrideCursor()
        if shiboken6.isValid(widget):
            widget.setEnabled(True)
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (a generator's next yield)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _execute(self, report: Callable[[int, int, str], None]) -> Any:
        """Runs in the worker thread (or in place when synchronous)."""
        if self._cancel.is_set():
            raise Cancelled
        result = self._fn()
        if not inspect.isgenerator(result):
            return result
        try:
            while True:
                step = next(result)
                if step is not None:
                    done, total, what = cast(tuple[int, int, str], step)
                    report(int(done), int(total), str(what))
                if self._cancel.is_set():
                    raise Cancelled
        except StopIteration as stop:
            return stop.value
        finally:
            result.close()

    def _run_here(self) -> None:
        try:
            result = self._execute(self._progressed)
        except Cancelled:
            self._stopped()
            return
        except FieldServiceError as exc:
            self._failed(exc)
            return
        except Exception as exc:
            if self._on_failure is None:
                raise
            self._failed(exc)
            return
        self._finished(result)

    # -- news from the worker (GUI thread) ---------------------------------------------

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _done(self) -> None:
        self._release()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        self._dialog = None

    def _progressed(self, done: int, total: int, what: str) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total, what)
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog) or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if what:
            dialog.setLabelText(f"{self._progress_label}\n{what}")

    def _finished(self, result: Any) -> None:
        self._done()
        if self._on_success is not None and self._alive():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if not self._alive():
            log.info("op failed after its window closed: %r", exc)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc)

    def _stopped(self) -> None:
        self._done()
        if self._on_cancelled is not None and self._alive():
            self._on_cancelled()

    def _make_dialog(self) -> QProgressDialog:
        parent = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(
            self._progress_label or "",
            QApplication.translate("ops", "Cancel") if self._cancellable else "",
            0,
            0,
            parent,
        )
        dialog.setWindowTitle(QApplication.translate("ops", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self._delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._cancel_pressed)
        dialog.setValue(0)
        return dialog

    def _cancel_pressed(self) -> None:
        self.cancel()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setLabelText(QApplication.translate("ops", "Stopping…"))


def show_error(parent: QObject | None, exc: BaseException) -> QMessageBox:
    """The default error message: in words for a domain error, with details for a bug.

    The box is opened without blocking (``open()``), so callers and tests carry on.
    """
    widget = parent if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None
    box = QMessageBox(widget)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(exc, FieldServiceError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("ops", "Cannot do that"))
        box.setText(exc.message)
    else:
        log.error(
            "unexpected error in background work",
            exc_info=(type(exc), exc, exc.__traceback__),
        )
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("ops", "Unexpected problem"))
        box.setText(
            QApplication.translate(
                "ops",
                "Something went wrong and the work was not finished. Your saved data is "
                "safe. If it happens again, send the details below to your support contact.",
            )
        )
        box.setInformativeText(f"{type(exc).__name__}: {exc}")
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.open()
    return box
