"""The Sync area: this centre's exchange with the head office.

Before enrolment it is a form (the head office's address and the one-time code
it gave); a refused code or a malformed address is said next to its field.
Once enrolled it shows where the head office is, when the last round went
through and what it did, how many changes wait to be sent, whether the head
office can be reached, and the problems the head office found — each with what
to do about it in plain words, and a button to mark it handled.

The rounds themselves are run by :class:`ui.common.syncworker.SyncWorker`, in the
background every few minutes and at once on **Sync now**. The screen also
keeps the status bar's sync label up to date (:meth:`SyncScreen.show_status_in`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.sync import client as sync_client
from ui.common import formatting, ops, theme
from ui.common.syncworker import SyncStatus, SyncWorker
from ui.common.widgets import counted
from ui.sync.enrol import EnrolForm
from ui.sync.overview import SyncOverview
from ui.sync.words import clock_time, day_and_time, show_banner

OK = "#1b6b3f"


class SyncScreen(QWidget):
    """Enrolment, then the state of sync and its problems."""

    # Data arrived from the head office: other screens and the counts refresh.
    changed = Signal()

    def __init__(
        self, db: Database, worker: SyncWorker | None = None, parent: QWidget | None = None
    ) -> None:
        """*worker* is the application's (the main window owns and starts it); a
        screen made on its own makes and starts one of its own."""
        super().__init__(parent)
        self.db = db
        self.worker = worker or SyncWorker(db, self)
        self.status_label: QLabel | None = None
        # "Enrol again" shows the form while the old enrolment is still on record.
        self._enrolling_again = False
        self._open_area: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.enrol_form = EnrolForm(db)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.enrol_form)
        self.pages.addWidget(scroll)
        self.overview = SyncOverview(self)
        self.pages.addWidget(self.overview)
        self.overview.show_interval(self.worker.interval_minutes())
        self.enrol_form.enrolled.connect(self._enrolled)
        self.worker.statusChanged.connect(self.show_status)
        self.worker.roundFinished.connect(self._round_finished)
        self.show_status(self.worker.status)
        if worker is None:
            self.worker.start()

    # -- words -------------------------------------------------------------------------

    def when(self, moment: dt.datetime, *, capital: bool = False) -> str:
        """ "today 14:05" ("Today 14:05" at the start of a line), "yesterday …", "24 Nov …"."""
        if capital:
            return day_and_time(
                moment, today=self.tr("Today %s"), yesterday=self.tr("Yesterday %s")
            )
        return day_and_time(moment, today=self.tr("today %s"), yesterday=self.tr("yesterday %s"))

    def _entity_names(self, entity: str) -> tuple[str, str, str]:
        """A kind of record in words: its title, "1 …" and "{n} …"."""
        names = {
            "customer": (self.tr("Customer"), self.tr("1 customer"), self.tr("{n} customers")),
            "unit": (self.tr("Unit"), self.tr("1 unit"), self.tr("{n} units")),
            "product": (self.tr("Product"), self.tr("1 product"), self.tr("{n} products")),
            "part": (self.tr("Spare part"), self.tr("1 spare part"), self.tr("{n} spare parts")),
            "warranty_policy": (
                self.tr("Warranty policy"),
                self.tr("1 warranty policy"),
                self.tr("{n} warranty policies"),
            ),
            "warranty_registration": (
                self.tr("Warranty registration"),
                self.tr("1 warranty registration"),
                self.tr("{n} warranty registrations"),
            ),
            "repair_order": (
                self.tr("Repair order"),
                self.tr("1 repair order"),
                self.tr("{n} repair orders"),
            ),
            "repair_order_event": (
                self.tr("Order status change"),
                self.tr("1 order status change"),
                self.tr("{n} order status changes"),
            ),
            "labour_line": (
                self.tr("Labour line"),
                self.tr("1 labour line"),
                self.tr("{n} labour lines"),
            ),
            "stock_movement": (
                self.tr("Stock movement"),
                self.tr("1 stock movement"),
                self.tr("{n} stock movements"),
            ),
            "part_request": (
                self.tr("Part request"),
                self.tr("1 part request"),
                self.tr("{n} part requests"),
            ),
            "maintenance_plan": (
                self.tr("Maintenance plan"),
                self.tr("1 maintenance plan"),
                self.tr("{n} maintenance plans"),
            ),
            "maintenance_job": (
                self.tr("Maintenance visit"),
                self.tr("1 maintenance visit"),
                self.tr("{n} maintenance visits"),
            ),
            "follow_up": (
                self.tr("Follow-up call"),
                self.tr("1 follow-up call"),
                self.tr("{n} follow-up calls"),
            ),
            "complaint": (self.tr("Complaint"), self.tr("1 complaint"), self.tr("{n} complaints")),
            "site": (self.tr("Centre"), self.tr("1 centre"), self.tr("{n} centres")),
        }
        found = names.get(entity)
        if found is None:
            return (
                entity.replace("_", " ").capitalize(),
                self.tr("1 other change"),
                self.tr("{n} other changes"),
            )
        return found

    def entity_title(self, entity: str) -> str:
        """ "Customer", "Spare part" …"""
        return self._entity_names(entity)[0]

    def entity_count(self, entity: str, n: int) -> str:
        """ "1 customer", "3 spare parts" …"""
        _title, one, many = self._entity_names(entity)
        return counted(n, one, many)

    def kind_words(self, problem: sync_client.ProblemRecord) -> str:
        return {
            "conflict": self.tr("Conflict"),
            "rejected": self.tr("Refused"),
            "local": self.tr("Clash here"),
        }.get(problem.kind, problem.kind)

    def what_words(self, problem: sync_client.ProblemRecord) -> str:
        title = self.entity_title(problem.entity)
        return f"{title} {problem.what}" if problem.what else title

    def advice(self, problem: sync_client.ProblemRecord) -> str:
        """What a person does about *problem*, in plain words."""
        if problem.kind == "conflict":
            return self.tr(
                "The same serial number or document number is registered at another "
                "centre. This centre's record was undone here and the network's is shown "
                "(unless other records here refer to it: then it stays, as the reason "
                "says); what was entered is kept with this problem. Contact the head "
                "office or that centre to agree which record is right, then mark the "
                "problem as handled."
            )
        if problem.kind == "local":
            return self.tr(
                "A record from another centre clashes with one of this centre's (the same "
                "serial number, say) that has not reached the head office yet. The other "
                "centre's record waits; if the head office refuses this centre's, the "
                "other takes its place with the next sync and this problem closes by "
                "itself. Otherwise contact the head office or the other centre to agree "
                "which one is right, then mark the problem as handled."
            )
        if sync_client.owned_by_head_office(problem.entity):
            return self.tr(
                "Products, spare parts and warranty policies are edited in the catalogue at "
                "the head office, not at the centres, so the change was undone here. Ask "
                "the head office to add or correct it there; it reaches this centre with "
                "the next sync. Then mark the problem as handled."
            )
        return self.tr(
            "The head office did not take this change, for the reason above, and it was "
            "undone here. If it is not clear what to do, send the reason to the head "
            "office. Mark the problem as handled once it is sorted out."
        )

    # -- state -------------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        if status.enrolled and not self._enrolling_again:
            self.pages.setCurrentWidget(self.overview)
            self._show_overview(status)
        else:
            self.pages.setCurrentIndex(0)
        self.enrol_form.prefill(status.snapshot.url)
        if self.status_label is not None:
            self._show_in_label(status)

    def _show_overview(self, status: SyncStatus) -> None:
        view = self.overview
        snapshot = status.snapshot
        if status.running:
            headline, colour, icon = self.tr("Syncing with the head office…"), theme.ACCENT, "sync"
        elif status.refused:
            headline, colour, icon = (
                self.tr("The head office does not accept this centre"),
                theme.DANGER,
                "warning",
            )
        elif status.online is False:
            headline, colour, icon = self.tr("Offline"), theme.WARNING, "warning"
        elif status.online:
            headline, colour, icon = self.tr("Connected to the head office"), OK, "check"
        else:
            headline, colour, icon = self.tr("Enrolled with the head office"), theme.ACCENT, "sync"
        view.headline.setText(headline)
        view.badge.setPixmap(theme.pixmap(icon, 24, colour))
        tint = QColor(colour)
        view.badge.setStyleSheet(
            f"background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 28);"
            " border-radius: 20px;"
        )
        view.where.setText(self.tr("Head office: %s") % (snapshot.url or ""))
        view.sync_button.setEnabled(not status.running)
        view.sync_button.setText(self.tr("Syncing…") if status.running else self.tr("Sync now"))

        # Waiting to be sent.
        if snapshot.pending:
            kinds = [self.entity_count(e, n) for e, n in snapshot.pending_by_entity[:3]]
            rest = sum(n for _e, n in snapshot.pending_by_entity[3:])
            if rest:
                kinds.append(counted(rest, self.tr("1 other"), self.tr("{n} others")))
            detail = " · ".join(kinds)
        else:
            detail = self.tr("Nothing waiting: the head office has everything")
        view.pending_tile.show_figure(formatting.number(snapshot.pending), detail)

        # Last sync.
        last = snapshot.last
        if last is None:
            view.last_tile.show_figure(self.tr("Never"), self.tr("No round has gone through yet"))
            view.result.setText("")
        else:
            local = last.finished_at.astimezone()
            days = (dt.date.today() - local.date()).days
            day = (
                self.tr("Today")
                if days == 0
                else self.tr("Yesterday")
                if days == 1
                else formatting.day_text(local.date())
            )
            parts = [
                self.tr("sent %s") % formatting.number(last.pushed),
                self.tr("received %s") % formatting.number(last.pulled),
            ]
            if last.refused:
                parts.append(self.tr("%s refused") % formatting.number(last.refused))
            view.last_tile.show_figure(clock_time(local), f"{day} · " + ", ".join(parts))
            view.result.setText(self.tr("Last round: %s.") % last.summary)
        view.last_tile.setToolTip(last.summary if last else "")

        # Problems.
        if snapshot.problems:
            view.problems_tile.show_figure(
                formatting.number(snapshot.problems),
                counted(
                    snapshot.problems,
                    self.tr("Needs a look: see below"),
                    self.tr("Need a look: see below"),
                ),
                theme.WARNING,
            )
        else:
            view.problems_tile.show_figure("0", self.tr("None"))

        # Next sync.
        interval = self.worker.interval_minutes()
        if status.running:
            view.next_tile.show_figure(
                self.tr("Now"), self.progress_words(status) or self.tr("A round is under way")
            )
        elif status.next_round_at is not None:
            if status.failures:
                detail = counted(
                    status.failures,
                    self.tr("Trying again after a failed try"),
                    self.tr("Trying again after {n} failed tries"),
                )
            else:
                detail = counted(interval, self.tr("Every minute"), self.tr("Every {n} minutes"))
            view.next_tile.show_figure(clock_time(status.next_round_at), detail)
        else:
            view.next_tile.show_figure("—", self.tr("When Sync now is pressed"))

        # Banners.
        if status.online is False and not status.running:
            text = self.tr(
                "The head office cannot be reached. Work carries on here as usual: every "
                "change is kept on this computer and sent at the next sync."
            )
            if status.next_round_at is not None:
                text += " " + self.tr("Next try at %s.") % clock_time(status.next_round_at)
            show_banner(view.offline, "warning", text)
            view.offline.label.setToolTip(status.error)
        else:
            view.offline.clear()
        if status.refused:
            show_banner(
                view.refused,
                "error",
                self.tr(
                    "The head office no longer accepts this centre's key (it may have been "
                    "withdrawn, or the centre enrolled again elsewhere). Nothing here is "
                    "lost. Ask the head office for a new one-time code and enrol again."
                ),
                [(self.tr("Enrol again…"), self.enrol_again)],
            )
        else:
            view.refused.clear()
        skew = self._clock_skew(status)
        if skew:
            show_banner(
                view.clock,
                "warning",
                self.tr(
                    "This computer's clock is %s the head office's by about %s. Set the "
                    "date and time right: records are ordered by their time."
                )
                % (
                    self.tr("ahead of") if skew > 0 else self.tr("behind"),
                    counted(abs(skew) // 60_000, self.tr("1 minute"), self.tr("{n} minutes")),
                ),
            )
        else:
            view.clock.clear()

    def _clock_skew(self, status: SyncStatus) -> int:
        """The clock difference worth a warning (ms), from the last round; 0 if none."""
        report = status.report
        last = status.snapshot.last
        warnings = report.warnings if report is not None else list(last.warnings if last else ())
        skew = (
            report.clock_skew_ms
            if report is not None
            else (last.clock_skew_ms if last is not None else None)
        )
        if skew is None or not any("clock" in w for w in warnings):
            return 0
        return skew

    # -- the status bar ----------------------------------------------------------------

    def show_status_in(self, status_label: QLabel, open_area: Callable[[], None]) -> None:
        """Keep *status_label* (the status bar's) saying how sync stands; a click on it
        calls *open_area* (which opens this screen)."""
        self.status_label = status_label
        self._open_area = open_area
        status_label.setCursor(Qt.CursorShape.PointingHandCursor)
        status_label.installEventFilter(self)
        self._show_in_label(self.worker.status)

    def status_text(self, status: SyncStatus) -> str:
        snapshot = status.snapshot
        if not status.enrolled:
            return self.tr("Sync: not set up")
        parts: list[str] = []
        if status.running:
            progress = self.progress_words(status)
            parts.append(self.tr("syncing: %s") % progress if progress else self.tr("syncing…"))
        elif status.refused:
            parts.append(self.tr("not accepted"))
        elif status.online is False:
            parts.append(self.tr("offline"))
        if snapshot.pending:
            parts.append(self.tr("%s pending") % formatting.number(snapshot.pending))
        elif not parts:
            parts.append(self.tr("up to date"))
        if snapshot.last is not None:
            parts.append(self.tr("last %s") % clock_time(snapshot.last.finished_at))
        if snapshot.problems:
            parts.append(counted(snapshot.problems, self.tr("1 problem"), self.tr("{n} problems")))
        return self.tr("Sync: %s") % " · ".join(parts)

    def progress_words(self, status: SyncStatus) -> str:
        """How far the round under way is: "1,500 of 4,200 changes sent", "2,000
        received"; "" before its first step."""
        if status.progress is None:
            return ""
        done, total, what = status.progress
        number = formatting.number
        if what == sync_client.SENDING:
            return self.tr("%s of %s changes sent") % (number(done), number(total))
        return self.tr("%s changes received") % number(done)

    def _show_in_label(self, status: SyncStatus) -> None:
        target = self.status_label
        if target is None:
            return
        target.setText(self.status_text(status))
        snapshot = status.snapshot
        if not status.enrolled:
            tip = self.tr(
                "This centre works offline; head-office sync is not set up yet. Click to set it up."
            )
        else:
            lines = [self.tr("Head office: %s") % snapshot.url]
            if status.online is False:
                lines.append(self.tr("Offline: nothing is lost, changes wait here."))
            if snapshot.last is not None:
                lines.append(self.tr("Last sync: %s") % self.when(snapshot.last.finished_at))
            if status.next_round_at is not None and not status.running:
                lines.append(self.tr("Next sync: %s") % clock_time(status.next_round_at))
            lines.append(self.tr("Click to open Sync."))
            tip = "\n".join(lines)
        target.setToolTip(tip)
        if status.enrolled and (status.online is False or status.refused or snapshot.problems):
            target.setStyleSheet(f"color: {theme.WARNING};")
        else:
            target.setStyleSheet("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.status_label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._open_area is not None
        ):
            self._open_area()
            return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------

    def sync_now(self) -> bool:
        return self.worker.sync_now()

    def enrol_again(self) -> None:
        self._enrolling_again = True
        self.pages.setCurrentIndex(0)
        self.enrol_form.prefill(self.worker.status.snapshot.url)
        self.enrol_form.code.setFocus()

    def _enrolled(self) -> None:
        self._enrolling_again = False
        self.worker.enrolled()

    def _round_finished(self, report: sync_client.SyncReport) -> None:
        self.overview.reload_problems()
        if report.pulled:
            self.changed.emit()

    def dismiss_problem(self, op_id: uuid.UUID) -> None:
        db = self.db

        def dismissed(_result: Any) -> None:
            self.overview.reload_problems()
            self.worker.refresh()

        ops.write(self, lambda: sync_client.dismiss_problem(db, op_id)).success(dismissed).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.worker.refresh()
        self.overview.model.refresh()
