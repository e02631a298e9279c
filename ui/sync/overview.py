"""The enrolled centre's view: the state of sync, its figures and the problems the
head office found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.sync import client as sync_client
from ui.common import theme
from ui.common.pagedmodel import Column, PagedTableModel
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

if TYPE_CHECKING:  # the screen builds this view
    from ui.sync.screen import SyncScreen

INTERVAL_CHOICES = (1, 2, 5, 10, 15, 30, 60)


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


class ProblemCard(QFrame):
    """The selected problem: what it is about, why, and what to do."""

    dismissRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.problem: sync_client.ProblemRecord | None = None
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
        self, problem: sync_client.ProblemRecord, kind: str, what: str, noticed: str, advice: str
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
        self.sync_screen = screen
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
            count=lambda _q: sync_client.count_problems(db),
            fetch=lambda _q, offset, limit: sync_client.list_problems(
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
        screen = self.sync_screen
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
        screen = self.sync_screen
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
