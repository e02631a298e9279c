"""The head office's reports on a desktop: a manager signs in with the head office's
address and a reporting token, then reads the league table of the centres and,
for the chain or one centre, the same KPI tiles as the Reports area.

The figures are the head office's (``fieldservice.sync.reporting``), rebuilt as
the core's own dataclasses, so the tiles are worked out by the Reports area's own
code (:class:`ui.reports.tiles.TileWords`, in the same words).
The records behind a figure stay at the head office: the tiles here do not drill
down and do not look as if they did.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.i18n import _
from fieldservice.services.reports import Period
from fieldservice.services.reports.drill import previous
from fieldservice.services.reports.league import KPIS, League, LeagueFigures
from fieldservice.sync import client as sync_client
from fieldservice.sync import reporting
from ui.common import ops, theme
from ui.common.formatting import day_text, number
from ui.common.forms import EditingDialog, FieldErrors, form_layout
from ui.common.widgets import Banner, button, label, primary_button, section_title
from ui.reports.chart import ChartCard, FailureCurve
from ui.reports.period import PeriodPicker, period_for
from ui.reports.screen import ROWS
from ui.reports.tiles import GOOD, Figure, KpiTile, TileWords

# A tint behind the best and the worst centre of a column.
BEST_TINT, WORST_TINT = "#e3f4ea", "#fdecea"
PAGE_MARGIN = 24  # left and right of the reports' page


class HeadOfficeSignIn(EditingDialog):
    """The head office's address and a reporting token. The token may be kept in
    the OS keyring (it is never shown again); a refused token is said next to it
    and everything typed stays. Accepted: :attr:`reports` is the open view."""

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Head-office reports"))
        self.setMinimumWidth(560)
        self.reports: HeadOfficeReports | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Read the figures of every centre"), "cardTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "The head office gives a reporting token to the people who may read "
                    "every centre's figures. The figures are the head office's, as of "
                    "the centres' last sync."
                ),
                "muted",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://headoffice.example.com"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, "url", self.tr("Head office address"), self.url)
        self.errors.add_row(form, "token", self.tr("Reporting token"), self.token)
        self.remember = QCheckBox(self.tr("Remember the token on this computer"))
        self.remember.setToolTip(
            self.tr("Kept in the system's keyring, never in a file; it is not shown again.")
        )
        form.addRow("", self.remember)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.open_button = primary_button(self.tr("Open the reports"), "reports")
        self.open_button.clicked.connect(self.open_reports)
        self.set_main_button(self.open_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._remembered: str | None = None
        self.url.editingFinished.connect(self._look_for_token)
        if db is not None:
            self.url.setText(sync_client.head_office_url(db) or "")
        self._look_for_token()

    def _look_for_token(self) -> None:
        """Offer the token kept for this address, without showing it."""
        url = self.url.text().strip()
        try:
            self._remembered = reporting.remembered_token(url) if url else None
        except FieldServiceError:  # not an address yet
            self._remembered = None
        if self._remembered:
            self.token.setPlaceholderText(self.tr("Remembered on this computer"))
            self.remember.setChecked(True)
        else:
            self.token.setPlaceholderText(self.tr("Paste the token from the head office"))

    def open_reports(self) -> ops.Op | None:
        """Read this month's league with the token (off the GUI thread); then open
        the reports and close this dialog."""
        self.errors.clear()
        url, token = self.url.text(), self.token.text().strip() or self._remembered or ""
        keep = self.remember.isChecked()
        period = period_for("month", self.today())
        assert period is not None
        try:
            reader = reporting.ReportingClient(url, token)
        except FieldServiceError as exc:
            self.errors.show(exc)
            return None
        self.open_button.setEnabled(False)

        def read() -> tuple[League, bool]:
            league = reader.league(period)
            # Kept only once the head office has taken it; the keyring may be slow
            # to answer (a locked one asks its owner), so here too.
            if keep:
                return league, reporting.remember_token(reader.url, reader.token)
            reporting.forget_token(reader.url)
            return league, True

        return (
            ops.Op(self, read)
            .with_progress(self.tr("Asking the head office…"), cancellable=False)
            .success(lambda answer: self._signed_in(reader, *answer))
            .failure(self._refused)
            .run()
        )

    def _signed_in(self, reader: reporting.ReportingClient, league: League, kept: bool) -> None:
        self.open_button.setEnabled(True)
        self.reports = HeadOfficeReports(reader, self.parentWidget())
        self.reports.today = self.today
        self.reports.show_league(league)
        if not kept:
            self.reports.banner.show_message(
                "warning", self.tr("This computer has no keyring: the token is not kept.")
            )
        self.reports.show()
        self.discard()

    def _refused(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        if isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)


def without_nps_split(figures_of: Callable[[dict[str, Any]], dict[str, Figure]], answers: str):
    """*figures_of* for the head office's values: the promoters and detractors are
    not among what it sends, so the NPS tile says how many answered (*answers*,
    with %1 for the number) instead."""

    def figures(now: dict[str, Any]) -> dict[str, Figure]:
        customers = now["customers"]
        if customers.nps.promoters is not None:
            return figures_of(now)
        nps = dataclasses.replace(customers.nps, promoters=0, passives=0, detractors=0)
        shown = figures_of({**now, "customers": dataclasses.replace(customers, nps=nps)})
        shown["nps"] = dataclasses.replace(
            shown["nps"], detail=answers.replace("%1", number(customers.nps.answers))
        )
        return shown

    return figures


class _Cell(QTableWidgetItem):
    """A league cell that sorts by its figure (none last), not by its text."""

    def __init__(self, text: str, key: float | None) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", None)
        if mine is not None and theirs is not None:
            return mine < theirs
        if mine is None and theirs is None:
            return False
        # A centre without a figure goes last whichever way the column is sorted
        # (Qt sorts descending by this comparison reversed).
        table = self.tableWidget()
        descending = (
            table is not None
            and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
        return mine is None if descending else theirs is None


class HeadOfficeReports(QDialog):
    """The chain's figures: a period, the league table of the centres (each figure
    with the centre's place, the best and worst coloured), and the KPI tiles of the
    chain or of the centre chosen."""

    def __init__(self, reader: reporting.ReportingClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.today: Callable[[], dt.date] = dt.date.today
        self.league: League | None = None
        self.period: Period | None = None
        self.words = TileWords(self)
        self.figures_of = without_nps_split(self.words.figures_of, self.tr("%1 answers"))
        self._generation = 0
        self.setWindowTitle(self.tr("Head-office reports"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 800)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(PAGE_MARGIN, 18, PAGE_MARGIN, 18)
        column.setSpacing(10)
        column.addLayout(self._build_header())
        self.banner = Banner()
        column.addWidget(self.banner)
        column.addWidget(section_title(self.tr("League of the centres")))
        column.addWidget(self._build_league())
        column.addLayout(self._build_chosen())
        column.addWidget(self._build_tiles())
        column.addLayout(self._build_charts())
        column.addStretch(1)
        self.page_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer.addWidget(scroll)

    # -- layout ------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.period_label = label("", "cardTitle")
        self.period_label.setStyleSheet("font-size: 13pt;")
        self.where_label = label(
            self.tr("Head office: %1").replace("%1", self.reader.url), "cardSubtitle"
        )
        titles.addWidget(self.period_label)
        titles.addWidget(self.where_label)
        row.addLayout(titles)
        row.addStretch(1)
        self.picker = PeriodPicker()
        self.picker.today = lambda: self.today()
        self.picker.changed.connect(self.refresh)
        self.period_choice = self.picker.choice
        self.start_field, self.end_field = self.picker.start_field, self.picker.end_field
        row.addWidget(self.picker)
        self.busy_label = label(self.tr("Asking the head office…"), "muted")
        self.busy_label.hide()
        row.addWidget(self.busy_label)
        self.refresh_button = button(self.tr("Refresh"), "sync")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        return row

    def league_titles(self) -> dict[str, str]:
        """Short column titles (the KPI's full name is the column's tool tip)."""
        return {
            "opened": self.tr("Opened"),
            "delivered": self.tr("Delivered"),
            "backlog": self.tr("Open at end"),
            "turnaround_median_hours": self.tr("Turnaround\nmedian (h)"),
            "turnaround_p90_hours": self.tr("Turnaround\n90% (h)"),
            "first_time_fix_percent": self.tr("First-time\nfix"),
            "repeat_30_percent": self.tr("Repeats\n30 days"),
            "complaints_per_100_delivered": self.tr("Complaints\nper 100"),
            "csat": self.tr("CSAT"),
            "nps": self.tr("NPS"),
            "warranty_cost": self.tr("Warranty\ncost"),
        }

    def _build_league(self) -> QTableWidget:
        titles = self.league_titles()
        self.table = QTableWidget(0, 1 + len(KPIS))
        headers = [self.tr("Centre"), *(titles[k.key] for k in KPIS)]
        self.table.setHorizontalHeaderLabels(headers)
        for i, kpi in enumerate(KPIS, start=1):
            # The KPI's full name, in the core's words (the league's own labels).
            header_item = self.table.horizontalHeaderItem(i)
            assert header_item is not None
            header_item.setToolTip(_(kpi.label))
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        return self.table

    def _build_chosen(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.tiles_title = section_title(self.tr("Figures of the chain"))
        row.addWidget(self.tiles_title)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Figures of")))
        self.centre_choice = QComboBox()
        self.centre_choice.setMinimumWidth(220)
        self.centre_choice.addItem(self.tr("The whole chain"), "")
        self.centre_choice.currentIndexChanged.connect(lambda _i: self.refresh_tiles())
        row.addWidget(self.centre_choice)
        self.compared_label = label("", "muted")
        return row

    def _build_tiles(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        titles = self.words.tile_titles()
        self.tiles: dict[str, KpiTile] = {}
        for line, (_section, keys) in enumerate(ROWS):
            for i, key in enumerate(keys):
                tile = self.tiles[key] = KpiTile(key, titles[key])
                # The orders behind a figure are at the head office: not clickable.
                tile.setCursor(Qt.CursorShape.ArrowCursor)
                tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                tile.setToolTip("")
                tile.setMinimumHeight(116)
                grid.addWidget(tile, line, i)
        for i in range(4):
            grid.setColumnStretch(i, 1)
        grid.addWidget(self.compared_label, len(ROWS), 0, 1, 4)
        return page

    def _build_charts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare the centres on")))
        self.compare_choice = QComboBox()
        for kpi in KPIS:
            self.compare_choice.addItem(_(kpi.label), kpi.key)
        self.compare_choice.setCurrentIndex(self.compare_choice.findData("turnaround_median_hours"))
        self.compare_choice.currentIndexChanged.connect(lambda _i: self.show_comparison())
        row.addWidget(self.compare_choice)
        row.addStretch(1)
        grid.addLayout(row, 0, 0)
        self.comparison = LeagueChart()
        self.failures = FailureCurve()
        grid.addWidget(self.comparison, 1, 0)
        grid.addWidget(self.failures, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- choosing ----------------------------------------------------------------------

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose a custom period (and read its figures)."""
        self.picker.set_custom(start, end)
        self.refresh()

    def chosen_period(self) -> Period | None:
        return self.picker.chosen()

    def chosen_site(self) -> str:
        return self.centre_choice.currentData() or ""

    def choose_centre(self, site: str) -> None:
        """Show the tiles of the centre *site* ("" for the chain)."""
        index = self.centre_choice.findData(site)
        if index >= 0:
            self.centre_choice.setCurrentIndex(index)

    def _row_chosen(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) == 1:
            item = self.table.item(rows.pop(), 0)
            if item is not None:
                self.choose_centre(item.data(Qt.ItemDataRole.UserRole) or "")

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the league of the chosen period (off the GUI thread), then the tiles."""
        period = self.chosen_period()
        if period is None:
            self.banner.show_message(
                "error", self.tr("Choose a period: the end cannot come before the start.")
            )
            return
        self.banner.clear()
        reader = self.reader
        self._generation += 1
        generation = self._generation
        self._busy(True)

        def done(league: League) -> None:
            if generation == self._generation:
                self._busy(False)
                self.show_league(league)

        ops.Op(self, lambda: reader.league(period)).success(done).failure(
            lambda exc: self._failed(generation, exc)
        ).run()

    def refresh_tiles(self) -> None:
        """Read the KPIs of the chosen centre (or the chain) and of the period it is
        compared with, and show them on the tiles."""
        if self.period is None:
            return
        reader, period, site = self.reader, self.period, self.chosen_site()
        self._generation += 1
        generation = self._generation
        self._busy(True)
        name = self.centre_choice.currentText()
        self.tiles_title.setText(
            self.tr("Figures of %1").replace("%1", name).upper()
            if site
            else self.tr("Figures of the chain").upper()
        )

        def done(result: tuple[dict[str, Any], dict[str, Any]]) -> None:
            if generation == self._generation:
                self._busy(False)
                self.show_tiles(*result)

        ops.Op(self, lambda: reader.dashboard(period, site)).success(done).failure(
            lambda exc: self._failed(generation, exc)
        ).run()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        if isinstance(exc, FieldServiceError):
            self.banner.show_message("error", exc.message)
        else:
            ops.show_error(self, exc)

    def _busy(self, on: bool) -> None:
        self.busy_label.setVisible(on)
        self.refresh_button.setEnabled(not on)

    # -- showing -----------------------------------------------------------------------

    def show_league(self, league: League) -> None:
        """Fill the league table (and the centre choice), then read the tiles."""
        self.league = league
        self.period = self.picker.shown = league.period
        self.period_label.setText(
            f"{day_text(league.period.start)} – {day_text(league.period.end)}"
        )
        before = previous(league.period)
        self.compared_label.setText(
            self.tr("Each tile is compared with %1.").replace(
                "%1", f"{day_text(before.start)} – {day_text(before.end)}"
            )
        )
        chosen = self.chosen_site()
        self.centre_choice.blockSignals(True)
        self.centre_choice.clear()
        self.centre_choice.addItem(self.tr("The whole chain"), "")
        for centre in league.centres:
            self.centre_choice.addItem(self.centre_name(centre.site, centre.name), centre.site)
        index = self.centre_choice.findData(chosen)
        self.centre_choice.setCurrentIndex(max(index, 0))
        self.centre_choice.blockSignals(False)

        table = self.table
        table.setSortingEnabled(False)
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(league.centres) + 1)
        worst = {
            k.key: max((r for c in league.centres if (r := c.ranks.get(k.key))), default=None)
            for k in KPIS
        }
        for row, centre in enumerate(league.centres):
            name = QTableWidgetItem(self.centre_name(centre.site, centre.name))
            name.setData(Qt.ItemDataRole.UserRole, centre.site)
            table.setItem(row, 0, name)
            for i, kpi in enumerate(KPIS, start=1):
                rank = centre.ranks.get(kpi.key)
                cell = self._figure_cell(centre.figures, kpi.key, rank)
                if rank is not None and worst[kpi.key] not in (None, 1):
                    if rank == 1:
                        cell.setBackground(QBrush(QColor(BEST_TINT)))
                        cell.setForeground(QBrush(QColor(GOOD)))
                    elif rank == worst[kpi.key]:
                        cell.setBackground(QBrush(QColor(WORST_TINT)))
                        cell.setForeground(QBrush(QColor(theme.DANGER)))
                table.setItem(row, i, cell)
        chain_row = len(league.centres)
        bold = QFont()
        bold.setBold(True)
        chain = QTableWidgetItem(self.tr("The whole chain"))
        chain.setData(Qt.ItemDataRole.UserRole, "")
        chain.setFont(bold)
        table.setItem(chain_row, 0, chain)
        for i, kpi in enumerate(KPIS, start=1):
            cell = self._figure_cell(league.chain, kpi.key, None)
            cell.setFont(bold)
            table.setItem(chain_row, i, cell)
        table.blockSignals(False)
        # In the head office's order (by centre code, the chain last) until a
        # column's title is clicked.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        self.fit_columns()
        self.show_comparison()
        self.refresh_tiles()

    def fit_columns(self) -> None:
        """Each column as wide as its figures, the room left shared out evenly (equal
        widths would cut "100.0% #1" while "Opened" has room to spare)."""
        table = self.table
        header = table.horizontalHeader()
        metrics = header.fontMetrics()

        def title_width(i: int) -> int:
            item = table.horizontalHeaderItem(i)
            lines = item.text().split("\n") if item is not None else [""]
            return max(metrics.horizontalAdvance(line) for line in lines) + 16

        widths = [
            max(table.sizeHintForColumn(i), title_width(i)) for i in range(table.columnCount())
        ]
        # The room is the window's (the page's margins and scroll bar aside), not the
        # table's own: the table grows with its columns and would ask for more.
        room = (
            self.width()
            - 2 * PAGE_MARGIN
            - self.page_scroll.verticalScrollBar().sizeHint().width()
            - 2 * table.frameWidth()
        )
        extra = max(0, room - sum(widths)) // len(widths)
        for i, width in enumerate(widths):
            table.setColumnWidth(i, width + extra)
        table.setFixedHeight(
            table.horizontalHeader().height()
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
            + 2 * table.frameWidth()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def show_comparison(self) -> None:
        """The centres and the chain side by side on the KPI chosen."""
        if self.league is None:
            return
        key = self.compare_choice.currentData()
        self.comparison.show_kpi(
            self.league,
            key,
            self.compare_choice.currentText(),
            lambda figures: self.figure_text(figures, key),
            self.tr("Chain"),
        )

    def centre_name(self, site: str, name: str) -> str:
        return f"{site} · {name}" if name else site

    def figure_text(self, figures: LeagueFigures, key: str) -> str:
        """A league figure as the Reports area writes it ("–" for none)."""
        value = figures.value(key)
        if value is None:
            return "–"
        if key == "warranty_cost":  # whole units: the league compares, the tile counts
            return number(Decimal(value), 0)
        if key in ("opened", "delivered", "backlog"):
            return number(int(value))
        if key.endswith("_hours"):  # the column's title says hours
            return number(Decimal(str(value)), 1)
        if key.endswith("_percent"):
            return number(Decimal(str(value)), 1) + "%"
        if key == "csat":
            return number(Decimal(str(value)), 2)
        return number(Decimal(str(value)), 1)

    def _figure_cell(self, figures: LeagueFigures, key: str, rank: int | None) -> _Cell:
        value = figures.value(key)
        text = self.figure_text(figures, key)
        if rank is not None:
            text = self.tr("%1 #%2").replace("%1", text).replace("%2", str(rank))
        cell = _Cell(text, None if value is None else float(value))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if rank is not None:
            cell.setToolTip(
                self.tr("Place %1 among the centres (1 is the best)").replace("%1", str(rank))
            )
        return cell

    def show_tiles(self, now: dict[str, Any], then: dict[str, Any]) -> None:
        """Show the figures of the period and their change against the one before,
        as the Reports area shows them."""
        self.figures = self.figures_of(now)
        before = self.figures_of(then)
        for key, figure in self.figures.items():
            change, direction = self.words.change_text(figure, before[key].value)
            self.tiles[key].show_figure(figure, change, direction)
        self.failures.show_curve(now["warranty"].failure_curve)


class LeagueChart(ChartCard):
    """One KPI of every centre as bars, the chain's beside them in another colour."""

    def show_kpi(
        self,
        league: League,
        key: str,
        title: str,
        text_of: Callable[[LeagueFigures], str],
        chain_name: str,
    ) -> None:
        self.title.setText(title)
        chart = self.cleared()
        centres, chain = QBarSet(""), QBarSet("")
        centres.setColor(QColor(theme.ACCENT))
        centres.setBorderColor(QColor(theme.ACCENT))
        chain.setColor(QColor(theme.MUTED))
        chain.setBorderColor(QColor(theme.MUTED))
        names = []
        for centre in league.centres:
            value = centre.figures.value(key)
            centres.append(float(value or 0))
            chain.append(0.0)
            names.append(f"{centre.site}: {text_of(centre.figures)}")
        centres.append(0.0)
        chain.append(float(league.chain.value(key) or 0))
        names.append(f"{chain_name}: {text_of(league.chain)}")
        # Stacked, so that each category has one bar of its own colour.
        series = QStackedBarSeries()
        series.append(centres)
        series.append(chain)
        series.setBarWidth(0.55)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(names)
        axis.setGridLineVisible(False)
        axis.setLabelsColor(QColor(theme.INK))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = [float(v) for v in (*(c.figures.value(key) for c in league.centres),) if v]
        values.append(float(league.chain.value(key) or 0))
        self.scale(series, min(0.0, *values), max(1.0, *values) * 1.15)


def open_head_office_reports(db: Database | None, parent: QWidget) -> HeadOfficeSignIn:
    """Ask for the head office's address and a reporting token, then open the view."""
    dialog = HeadOfficeSignIn(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog
