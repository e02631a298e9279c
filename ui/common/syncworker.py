"""Background sync: a round with the head office every few minutes and on demand.

One :class:`SyncWorker` per window. It runs :func:`fieldservice.sync.client.sync_steps`
through :func:`ui.common.ops.long_write` (never on the GUI thread; beside the writer
thread, so that saves get in between the round's short units of work), one round at
a time: a round asked for while one is running is not started twice. After a
failure the next try waits 1, 2, 4 … minutes, at most 30; a round that goes through
brings back the normal interval (the ``sync/interval_minutes`` setting, 5 by default).

A head office that cannot be reached is not an error for a person to dismiss:
the worker says "offline" and keeps every local change for the next round.
Whoever shows the state (the Sync screen, the status bar) listens to
:attr:`SyncWorker.statusChanged`, which carries a :class:`SyncStatus`.

:meth:`SyncWorker.stop` (called when the application quits) stops the timers,
and a round under way stops before its next request to the head office; what a
round has stored is stored whole, so nothing is half-done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.sync import client as sync_client
from ui.common import ops, settings

if TYPE_CHECKING:
    import requests

log = logging.getLogger("fieldservice.ui.sync")

INTERVAL_MINUTES = settings.Setting("sync/interval_minutes", 5, int)
MAX_BACKOFF_MINUTES = 30
# The first round waits a little after the window opens, so the window comes first.
START_DELAY_MS = 3_000
# How often pending changes and problems are counted again between rounds.
POLL_MS = 15_000


@dataclass(frozen=True)
class Snapshot:
    """What the database says about sync (read in a worker thread)."""

    url: str | None
    pending: int
    pending_by_entity: tuple[tuple[str, int], ...]
    problems: int
    last: sync_client.LastRound | None


def read_snapshot(db: Database) -> Snapshot:
    state = sync_client.state(db)
    by_entity = sorted(state.pending_by_entity.items(), key=lambda item: (-item[1], item[0]))
    return Snapshot(
        state.url, state.pending, tuple(by_entity), state.problems, sync_client.last_round(db)
    )


# What a round hands back: its report, and the sync state after it.
RoundResult = tuple[sync_client.SyncReport, Snapshot]


@dataclass(frozen=True)
class SyncStatus:
    """Everything the Sync screen and the status bar show."""

    snapshot: Snapshot
    running: bool = False
    # None until a round was tried in this session; False after "cannot be reached".
    online: bool | None = None
    # The head office refused this centre's token (revoked, or enrolled elsewhere).
    refused: bool = False
    # What went wrong in the last try ("" when it went through).
    error: str = ""
    failures: int = 0
    next_round_at: dt.datetime | None = None
    # The report of the last round of this session that went through.
    report: sync_client.SyncReport | None = None
    # How far the round under way is: (done, total — 0 when not known —, SENDING or
    # RECEIVING); None before its first step.
    progress: tuple[int, int, str] | None = None

    @property
    def enrolled(self) -> bool:
        return self.snapshot.url is not None


def stoppable_session(stopping: threading.Event) -> requests.Session:
    """An HTTP session that makes no new request once the worker is stopping
    (requests is loaded by the first round, not at start)."""
    import requests

    class StoppableSession(requests.Session):
        def request(self, method, url, *args, **kwargs):  # type: ignore[override]
            if stopping.is_set():
                raise requests.ConnectionError("sync stopped: the application is closing")
            return super().request(method, url, *args, **kwargs)

    return StoppableSession()


class SyncWorker(QObject):
    """Runs sync rounds off the GUI thread, on a timer and on demand."""

    statusChanged = Signal(object)
    roundFinished = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # One minute, in milliseconds; tests shorten it to drive the back-off fast.
        self.minute_ms = 60_000
        self.start_delay_ms = START_DELAY_MS
        self.rounds_started = 0
        self._status = SyncStatus(Snapshot(None, 0, (), 0, None))
        self._stopping = threading.Event()
        self._stopped = False
        self._round: ops.Op | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timer_fired)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- state ---------------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    def is_running(self) -> bool:
        return self._round is not None

    def interval_minutes(self) -> int:
        return max(1, settings.get(INTERVAL_MINUTES))

    def set_interval_minutes(self, minutes: int) -> None:
        settings.put(INTERVAL_MINUTES, max(1, int(minutes)))
        if not self.is_running() and self._status.failures == 0 and self._status.enrolled:
            self._schedule(self.interval_minutes() * self.minute_ms)
            self._publish()

    def backoff_minutes(self, failures: int) -> int:
        """How long to wait after *failures* failed tries in a row: 1, 2, 4 … 30."""
        return min(2 ** max(failures - 1, 0), MAX_BACKOFF_MINUTES)

    def _update(self, **changes) -> None:
        self._status = dataclasses.replace(self._status, **changes)
        self.statusChanged.emit(self._status)

    def _publish(self) -> None:
        self._update()

    # -- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """Count what waits, and plan the first round if this centre is enrolled."""
        self._stopped = False
        self._stopping.clear()
        self._poll.start()
        self.refresh(plan_first_round=True)

    def stop(self) -> None:
        """No more rounds: timers stopped; a round under way stops before its next request."""
        self._stopped = True
        self._stopping.set()
        self._timer.stop()
        self._poll.stop()

    def refresh(self, plan_first_round: bool = False) -> None:
        """Count pending changes and problems again (in a worker thread)."""
        db = self.db

        def arrived(snapshot: Snapshot) -> None:
            self._update(snapshot=snapshot)
            if plan_first_round and snapshot.url is not None and not self._timer.isActive():
                self._schedule(self.start_delay_ms)
                self._publish()

        ops.Op(self, lambda: read_snapshot(db)).success(arrived).failure(
            lambda exc: log.warning("cannot read the sync state: %r", exc)
        ).run()

    def enrolled(self) -> None:
        """This centre was just enrolled: sync at once."""
        self._update(refused=False, error="", failures=0)
        self.sync_now()

    # -- rounds ------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a round now; False if one is running already (or the worker stopped)."""
        if self._stopped or self._round is not None:
            return False
        self._timer.stop()
        db, stopping = self.db, self._stopping
        self.rounds_started += 1

        def work() -> Generator[tuple[int, int, str], None, RoundResult]:
            report = yield from sync_client.sync_steps(db, http=stoppable_session(stopping))
            return report, read_snapshot(db)

        # Beside the writer, not on it: the round's short units of work let people's
        # saves in between instead of queueing them behind the whole round.
        self._round = (
            ops.long_write(self, work)
            .progress(self._progressed)
            .success(self._succeeded)
            .failure(self._failed)
        )
        self._update(running=True, next_round_at=None, progress=None)
        self._round.run()
        return True

    def _progressed(self, done: int, total: int, what: str) -> None:
        self._update(progress=(done, total, what))

    def _timer_fired(self) -> None:
        if self._status.enrolled:
            self.sync_now()

    def _schedule(self, delay_ms: int) -> None:
        if self._stopped:
            return
        self._timer.start(max(int(delay_ms), 0))
        self._status = dataclasses.replace(
            self._status,
            next_round_at=dt.datetime.now().astimezone() + dt.timedelta(milliseconds=delay_ms),
        )

    def _succeeded(self, result: RoundResult) -> None:
        report, snapshot = result
        self._round = None
        self._schedule(self.interval_minutes() * self.minute_ms)
        self._update(
            snapshot=snapshot,
            running=False,
            progress=None,
            online=True,
            refused=False,
            error="",
            failures=0,
            report=report,
        )
        self.roundFinished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._round = None
        failures = self._status.failures + 1
        changes: dict = {"running": False, "progress": None, "failures": failures}
        if isinstance(exc, sync_client.SyncUnavailable):
            changes.update(online=False, refused=False, error=exc.message)
        elif isinstance(exc, sync_client.NotEnrolled):
            changes.update(online=True, refused=True, error=exc.message)
        elif isinstance(exc, FieldServiceError):
            changes.update(error=exc.message)
        else:
            log.error("sync round failed", exc_info=(type(exc), exc, exc.__traceback__))
            changes.update(error=f"{type(exc).__name__}: {exc}")
        self._schedule(self.backoff_minutes(failures) * self.minute_ms)
        self._update(**changes)
        # The round may have sent part of the changes before it failed.
        self.refresh()
