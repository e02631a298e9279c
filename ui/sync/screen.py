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

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTime, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import site
from fieldservice.services import sync as sync_service
from ui.common import ops, theme
from ui.common.forms import FieldErrors, form_layout
from ui.common.pagedmodel import Column, PagedTableModel
from ui.common.syncworker import SyncStatus, SyncWorker
from ui.common.widgets import (
    Banner,
    EmptyState,
    button,
    card,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)

OK = "#1b6b3f"
INTERVAL_CHOICES = (1, 2, 5, 10, 15, 30, 60)


def clock_time(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def day_and_time(moment: dt.datetime, *, today: str, yesterday: str) -> str:
    """ "14:05" today, "yesterday 14:05", else "24 Nov 14:05"."""
    local = moment.astimezone()
    time = clock_time(local)
    days = (dt.date.today() - local.date()).days
    if days == 0:
        return today % time
    if days == 1:
        return yesterday % time
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
    return f"{day} {time}"


def show_banner(
    banner: Banner,
    kind: str,
    text: str,
    actions: list[tuple[str, Callable[[], None]]] | None = None,
) -> None:
    """Show *banner*, its text in the colours of its new kind (the style sheet picks
    the text colour by the banner's kind, so the text is styled again)."""
    banner.show_message(kind, text, actions)
    style = banner.label.style()
    style.unpolish(banner.label)
    style.polish(banner.label)


class _Tile(QWidget):
    """One figure of the status card: a small title, a big value, a line below."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(section_title(title))
        self.value = label("", None)
        self.value.setStyleSheet("font-size: 17pt; font-weight: 600; color: #14202e;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.value)
        self.detail = label("", "muted", wrap=True)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str, colour: str | None = None) -> None:
        self.value.setText(value)
        style = "font-size: 17pt; font-weight: 600; color: %s;" % (colour or "#14202e")
        self.value.setStyleSheet(style)
        self.detail.setText(detail)


class EnrolForm(QWidget):
    """The head office's address and the one-time code; errors next to the field."""

    enrolled = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(620)
        outer.addWidget(column, 6)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(theme.pixmap("sync", 48, theme.ACCENT))
        layout.addWidget(picture)
        layout.addWidget(
            label(self.tr("Connect this centre to the head office"), "placeholderTitle")
        )
        layout.addWidget(
            label(
                self.tr(
                    "This centre works on its own database and keeps working without a "
                    "connection. Once it is enrolled, it sends its work to the head office "
                    "every few minutes and receives the shared catalogue and the other "
                    "centres' customers."
                ),
                "placeholderText",
                wrap=True,
            )
        )
        layout.addSpacing(6)
        box = card()
        form_box = QVBoxLayout(box)
        form_box.setContentsMargins(22, 18, 22, 18)
        form_box.setSpacing(12)
        self.banner = Banner()
        form_box.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://headoffice.example.com"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. 4F2A9C-0B7D1E-93C0AA"))
        self.errors.add_row(form, "url", self.tr("Head office address"), self.url)
        self.errors.add_row(
            form,
            "code",
            self.tr("One-time code"),
            self.code,
            hint=self.tr(
                "The head office gives this code once, when it adds the centre. "
                "It works for one enrolment only."
            ),
        )
        form_box.addLayout(form)
        row = QHBoxLayout()
        self.centre = label("", "muted")
        row.addWidget(self.centre, 1)
        self.enrol_button = primary_button(self.tr("Enrol this centre"), "sync")
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol)
        row.addWidget(self.enrol_button)
        form_box.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(2)
        self.url.returnPressed.connect(self.code.setFocus)
        self.code.returnPressed.connect(self.enrol)
        try:
            here = site.current_site(db)
            self.centre.setText(self.tr("This centre: %s · %s") % (here.code, here.name))
        except FieldServiceError:
            pass

    def prefill(self, url: str | None) -> None:
        if url and not self.url.text():
            self.url.setText(url)

    def enrol(self) -> ops.Op | None:
        """Exchange the code for this centre's token (in a worker thread)."""
        self.errors.clear()
        url, code = self.url.text(), self.code.text()
        if not code.strip():
            self.errors.show(
                FieldServiceError(
                    self.tr("Enter the one-time code from the head office."), field="code"
                )
            )
            return None
        db = self.db
        self.enrol_button.setEnabled(False)
        return (
            ops.Op(self, lambda: sync_service.enroll(db, url, code))
            .with_progress(self.tr("Contacting the head office…"), cancellable=False)
            .success(self._enrolled)
            .failure(self._refused)
            .run()
        )

    def _enrolled(self, _where: str) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.enrolled.emit()

    def _refused(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if isinstance(exc, sync_service.SyncUnavailable):
            show_banner(
                self.banner,
                "error",
                self.tr(
                    "The head office cannot be reached at this address. Check the address "
                    "and this computer's connection, then try again."
                ),
            )
            self.banner.label.setToolTip(exc.message)
        elif isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)


class ProblemCard(QFrame):
    """The selected problem: what it is about, why, and what to do."""

    dismissRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.problem: sync_service.ProblemRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        self.kind = label("", None)
        self.kind.setStyleSheet(f"color: {theme.WARNING}; font-weight: 600; font-size: 9pt;")
        layout.addWidget(self.kind)
        self.title = label("", None, wrap=True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #14202e;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.noticed = label("", "cardSubtitle")
        layout.addWidget(self.noticed)
        layout.addSpacing(4)
        # Reasons and advice can be long: they scroll, the button stays in view.
        text = QWidget()
        text.setObjectName("page")
        text_layout = QVBoxLayout(text)
        text_layout.setContentsMargins(0, 0, 4, 0)
        text_layout.setSpacing(6)
        text_layout.addWidget(section_title(self.tr("Reason given")))
        self.reason = label("", None, wrap=True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text_layout.addWidget(self.reason)
        text_layout.addSpacing(6)
        text_layout.addWidget(section_title(self.tr("What to do")))
        self.advice = label("", None, wrap=True)
        text_layout.addWidget(self.advice)
        text_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(text)
        layout.addWidget(scroll, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.dismiss_button = button(self.tr("Mark as handled"), "check")
        self.dismiss_button.setToolTip(
            self.tr("The problem leaves this list once it has been sorted out")
        )
        self.dismiss_button.clicked.connect(self._dismiss)
        actions.addWidget(self.dismiss_button)
        layout.addLayout(actions)

    def show_problem(
        self, problem: sync_service.ProblemRecord, kind: str, what: str, noticed: str, advice: str
    ) -> None:
        self.problem = problem
        self.kind.setText(kind.upper())
        self.title.setText(what)
        self.noticed.setText(noticed)
        self.reason.setText(problem.reason)
        self.advice.setText(advice)

    def _dismiss(self) -> None:
        if self.problem is not None:
            self.dismissRequested.emit(self.problem.op_id)


class SyncOverview(QWidget):
    """The enrolled centre's view: state, figures, problems."""

    def __init__(self, screen: SyncScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.db = screen.db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)

        status = card()
        body = QVBoxLayout(status)
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(14)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.badge = QLabel()
        self.badge.setFixedSize(40, 40)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(1)
        self.headline = label("", "cardTitle")
        self.where = label("", "cardSubtitle")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.headline)
        titles.addWidget(self.where)
        header.addLayout(titles, 1)
        header.addWidget(
            label(self.tr("Sync by itself"), "fieldName"), 0, Qt.AlignmentFlag.AlignVCenter
        )
        self.interval = QComboBox()
        for minutes in INTERVAL_CHOICES:
            self.interval.addItem(
                counted(minutes, self.tr("every minute"), self.tr("every {n} minutes")), minutes
            )
        self.interval.setToolTip(
            self.tr("How often this centre syncs by itself; Sync now syncs at once")
        )
        header.addWidget(self.interval, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(8)
        self.sync_button = primary_button(self.tr("Sync now"), "sync")
        self.sync_button.setMinimumWidth(120)
        header.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignVCenter)
        body.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e6eaef;")
        body.addWidget(line)
        tiles = QHBoxLayout()
        tiles.setSpacing(24)
        self.pending_tile = _Tile(self.tr("Waiting to be sent"))
        self.last_tile = _Tile(self.tr("Last sync"))
        self.problems_tile = _Tile(self.tr("Problems"))
        self.next_tile = _Tile(self.tr("Next sync"))
        for i, tile in enumerate(
            (self.pending_tile, self.last_tile, self.problems_tile, self.next_tile)
        ):
            if i:
                divider = QFrame()
                divider.setFrameShape(QFrame.Shape.VLine)
                divider.setStyleSheet("color: #e6eaef;")
                tiles.addWidget(divider)
            tiles.addWidget(tile, 1)
        body.addLayout(tiles)
        self.result = label("", "muted", wrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.result)
        layout.addWidget(status)

        self.offline = Banner()
        self.clock = Banner()
        self.refused = Banner()
        layout.addWidget(self.offline)
        layout.addWidget(self.refused)
        layout.addWidget(self.clock)

        problems_bar = QHBoxLayout()
        problems_bar.addWidget(section_title(self.tr("Problems to look at")))
        problems_bar.addStretch(1)
        self.problems_counter = label("", "counter")
        problems_bar.addWidget(self.problems_counter)
        layout.addLayout(problems_bar)

        db = self.db
        self.model: PagedTableModel = PagedTableModel(
            self.problem_columns(),
            count=lambda _q: sync_service.count_problems(db),
            fetch=lambda _q, offset, limit: sync_service.list_problems(
                db, offset=offset, limit=limit
            ),
            page_size=100,
            key=lambda p: p.op_id,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.card = ProblemCard()
        self.card.setFixedWidth(360)
        self.card.hide()
        self.list_row = QWidget()
        row = QHBoxLayout(self.list_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.table, 1)
        row.addWidget(self.card)
        self.no_problems = EmptyState(
            "check",
            self.tr("No problems"),
            self.tr(
                "Everything this centre has sent was taken by the head office. A change "
                "the head office refuses is listed here, with what to do about it."
            ),
        )
        self.problems_stack = QStackedWidget()
        self.problems_stack.addWidget(self.no_problems)
        self.problems_stack.addWidget(self.list_row)
        layout.addWidget(self.problems_stack, 1)

        self.interval.currentIndexChanged.connect(
            lambda index: screen.worker.set_interval_minutes(self.interval.itemData(index))
        )
        self.sync_button.clicked.connect(screen.sync_now)
        self.model.totalChanged.connect(self._problems_counted)
        self.model.pageLoaded.connect(lambda _page: self._select_first())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.card.dismissRequested.connect(screen.dismiss_problem)

    def show_interval(self, minutes: int) -> None:
        index = self.interval.findData(minutes)
        if index < 0:  # a value set elsewhere: offered as it is
            self.interval.addItem(
                counted(minutes, self.tr("every minute"), self.tr("every {n} minutes")), minutes
            )
            index = self.interval.count() - 1
        self.interval.blockSignals(True)
        self.interval.setCurrentIndex(index)
        self.interval.blockSignals(False)

    # -- problems ----------------------------------------------------------------------

    def problem_columns(self) -> list[Column]:
        screen = self.screen
        warning = theme.icon("warning", theme.WARNING)
        return [
            Column(
                self.tr("Noticed"),
                lambda p: screen.when(p.noticed_at, capital=True) if p.noticed_at else "",
                width=112,
            ),
            Column(self.tr("Kind"), screen.kind_words, width=104, icon=lambda p: warning),
            Column(self.tr("What"), screen.what_words, width=210, tooltip=screen.what_words),
            Column(self.tr("Reason"), lambda p: p.reason, stretch=True, tooltip=lambda p: p.reason),
        ]

    def _problems_counted(self, total: int) -> None:
        self.problems_counter.setText(
            counted(total, self.tr("1 problem"), self.tr("{n} problems")) if total else ""
        )
        self.problems_stack.setCurrentIndex(1 if total else 0)
        if not total:
            self.card.hide()
        self._select_first()

    def _select_first(self) -> None:
        selection = self.table.selectionModel()
        if self.model.row(0) is not None and not selection.hasSelection():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = self.model.row(current.row()) if current.isValid() else None
        if problem is None:
            self.card.hide()
            return
        screen = self.screen
        noticed = (
            self.tr("Noticed %s") % screen.when(problem.noticed_at) if problem.noticed_at else ""
        )
        self.card.show_problem(
            problem,
            screen.kind_words(problem),
            screen.what_words(problem),
            noticed,
            screen.advice(problem),
        )
        self.card.show()

    def reload_problems(self) -> None:
        self.table.selectionModel().clear()
        self.card.hide()
        self.model.refresh()


class SyncScreen(QWidget):
    """Enrolment, then the state of sync and its problems."""

    # Data arrived from the head office: other screens and the counts refresh.
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = SyncWorker(db, self)
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

    def kind_words(self, problem: sync_service.ProblemRecord) -> str:
        return {
            "conflict": self.tr("Conflict"),
            "rejected": self.tr("Refused"),
            "local": self.tr("Clash here"),
        }.get(problem.kind, problem.kind)

    def what_words(self, problem: sync_service.ProblemRecord) -> str:
        title = self.entity_title(problem.entity)
        return f"{title} {problem.what}" if problem.what else title

    def advice(self, problem: sync_service.ProblemRecord) -> str:
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
        if problem.entity in sync_service.HEAD_OFFICE_DATA:
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
        view.pending_tile.show_figure(QLocale().toString(snapshot.pending), detail)

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
                else QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
            )
            parts = [
                self.tr("sent %s") % QLocale().toString(last.pushed),
                self.tr("received %s") % QLocale().toString(last.pulled),
            ]
            if last.refused:
                parts.append(self.tr("%s refused") % QLocale().toString(last.refused))
            view.last_tile.show_figure(clock_time(local), f"{day} · " + ", ".join(parts))
            view.result.setText(self.tr("Last round: %s.") % last.summary)
        view.last_tile.setToolTip(last.summary if last else "")

        # Problems.
        if snapshot.problems:
            view.problems_tile.show_figure(
                QLocale().toString(snapshot.problems),
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
            parts.append(self.tr("%s pending") % QLocale().toString(snapshot.pending))
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
        number = QLocale().toString
        if what == sync_service.SENDING:
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

    def _round_finished(self, report: sync_service.SyncReport) -> None:
        self.overview.reload_problems()
        if report.pulled:
            self.changed.emit()

    def dismiss_problem(self, op_id: uuid.UUID) -> None:
        db = self.db

        def dismissed(_result: Any) -> None:
            self.overview.reload_problems()
            self.worker.refresh()

        ops.Op(self, lambda: sync_service.dismiss_problem(db, op_id)).success(dismissed).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.worker.refresh()
        self.overview.model.refresh()
