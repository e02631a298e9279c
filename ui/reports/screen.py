"""The Reports screen: the figures a service manager runs the centre on.

A period (this week, month, quarter, last month, or two days typed) and filters
(product, technician) choose what is counted; twelve tiles show the figures,
each with its change against the period of the same length just before. Every
tile drills down to the orders it counted, and a double-click on one opens it.
The figures are worked out off the GUI thread (``ops.Op``); meanwhile the
screen says so and keeps painting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import management_report, products, repairs
from fieldservice.services.reports import Filters, Period
from fieldservice.services.reports import drill as reports_drill
from fieldservice.services.reports import table as reports_table
from fieldservice.services.reports.common import Drill
from ui.common import ops, pdfpreview
from ui.common.formatting import day_text, money, month_text, number
from ui.common.tables import fill_table, panel, small_table
from ui.common.widgets import button, label, section_title
from ui.common.words import channel_words, service_type_words
from ui.reports import drill as drill_view
from ui.reports.chart import FailureCurve, WeeklyChart
from ui.reports.drill import DrillView
from ui.reports.period import PeriodPicker
from ui.reports.tiles import Figure, KpiTile, TileWords

# The tiles, by row: (section, keys).
ROWS = (
    ("work", ("opened", "closed", "backlog", "repair_time")),
    ("quality", ("on_target", "first_time_fix", "repeat_30", "complaints")),
    ("customers", ("csat", "nps", "warranty_cost", "parts_used")),
)


class ReportsScreen(QWidget):
    """Reports: KPI tiles over a period, each drilling down to its orders."""

    changed = Signal()
    record_kinds: dict[str, str] = {}
    openOrderRequested = Signal(object)  # uuid.UUID
    exported = Signal(str)  # the file written

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today: Callable[[], dt.date] = dt.date.today
        self.figures: dict[str, Figure] = {}
        self.period: Period | None = None
        self._generation = 0
        self._loaded = False
        self._filters_loaded = False
        self.words = TileWords(self)
        self.last_op: ops.Op | None = None
        self.preview_dialog: QWidget | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(12)
        column.addLayout(self._build_header())
        column.addLayout(self._build_more_filters())
        self.stack = QStackedWidget()
        self.tiles_page = self._build_tiles()
        self.stack.addWidget(self.tiles_page)
        self.drill = DrillView()
        self.drill.back.connect(lambda: self.stack.setCurrentIndex(0))
        self.drill.openOrder.connect(self.open_order)
        self.drill.exportRequested.connect(self.choose_drill_export)
        self.stack.addWidget(self.drill)
        column.addWidget(self.stack, 1)

    # -- layout ------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        # The area's name is in the top bar: the header says which days are counted.
        self.period_label = label("", "cardTitle")
        self.period_label.setStyleSheet("font-size: 13pt;")
        self.compared_label = label("", "cardSubtitle")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.period_label)
        titles.addWidget(self.compared_label)
        row.addLayout(titles)
        row.addStretch(1)
        row.addWidget(self._build_filters())
        row.addSpacing(8)
        self.notice = label("", "muted")
        self.notice.hide()
        row.addWidget(self.notice)
        self.busy_label = label(self.tr("Working out the figures…"), "muted")
        self.busy_label.hide()
        row.addWidget(self.busy_label)
        self.refresh_button = button(self.tr("Refresh"), "sync")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        return row

    def _build_filters(self) -> PeriodPicker:
        self.picker = PeriodPicker()
        self.picker.today = lambda: self.today()
        self.picker.changed.connect(self.refresh)
        # The picker's parts, by the names the screen has always had.
        self.period_choice = self.picker.choice
        self.start_field, self.end_field = self.picker.start_field, self.picker.end_field
        return self.picker

    def _build_more_filters(self) -> QHBoxLayout:
        """The filters on the orders counted: each choice's first item says what it
        chooses ("All products"), so the row needs no labels."""
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Orders of")))

        def choice(everything: str, empty: object) -> QComboBox:
            box = QComboBox()
            box.addItem(everything, empty)
            # As wide as its "All …" in the screen's language, plus the arrow: the
            # row fits beside the navigation at 1280 px, and no word is cut.
            width = box.fontMetrics().horizontalAdvance(everything) + 44
            box.setMinimumWidth(width)
            box.setMaximumWidth(width + 120)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            row.addWidget(box)
            return box

        self.product_choice = choice(self.tr("All products"), None)
        self.brand_choice = choice(self.tr("All brands"), "")
        self.technician_choice = choice(self.tr("All technicians"), "")
        self.service_type_choice = choice(self.tr("All service types"), "")
        for code in repairs.SERVICE_TYPES:
            self.service_type_choice.addItem(service_type_words(code), code)
        self.channel_choice = choice(self.tr("All channels"), "")
        for code in repairs.CHANNELS:
            self.channel_choice.addItem(channel_words(code), code)
        row.addStretch(1)
        self.export_button = button(self.tr("Export…"), "save")
        self.export_button.setToolTip(
            self.tr("Every figure of the period, as an Excel workbook or a CSV file")
        )
        self.export_button.clicked.connect(self.choose_export)
        row.addWidget(self.export_button)
        self.monthly_button = button(self.tr("Monthly PDF"), "print")
        self.monthly_button.setToolTip(
            self.tr("The management report of the month the period starts in")
        )
        self.monthly_button.clicked.connect(self.monthly_report)
        row.addWidget(self.monthly_button)
        return row

    def _build_tiles(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        sections = {
            "work": self.tr("Work"),
            "quality": self.tr("Quality"),
            "customers": self.tr("Customers and cost"),
        }
        titles = self.words.tile_titles()
        self.tiles: dict[str, KpiTile] = {}
        line = 0
        for section, keys in ROWS:
            grid.addWidget(section_title(sections[section]), line, 0, 1, 4)
            for i, key in enumerate(keys):
                tile = self.tiles[key] = KpiTile(key, titles[key])
                tile.clicked.connect(self.drill_down)
                grid.addWidget(tile, line + 1, i)
            line += 2
        grid.addWidget(section_title(self.tr("Trend")), line, 0, 1, 4)
        self.chart = WeeklyChart()
        self.chart.weekClicked.connect(self.drill_week)
        grid.addWidget(self.chart, line + 1, 0, 1, 4)
        line += 2
        grid.addWidget(section_title(self.tr("Warranty and people")), line, 0, 1, 4)
        self.curve = FailureCurve()
        self.curve.monthClicked.connect(self.drill_month_in_service)
        grid.addWidget(self.curve, line + 1, 0, 1, 2)
        products_panel, products_layout = panel(self.tr("Warranty cost by product"))
        self.warranty_table = small_table(
            [self.tr("Product"), self.tr("Orders"), self.tr("Parts"), self.tr("Labour")], 0
        )
        self.warranty_table.cellDoubleClicked.connect(
            lambda row, _c: self.drill_row(self.warranty_rows, row)
        )
        products_layout.addWidget(self.warranty_table)
        products_layout.addStretch(1)
        grid.addWidget(products_panel, line + 1, 2, 1, 2)
        people_panel, people_layout = panel(self.tr("Technicians"))
        self.people_table = small_table(
            [
                self.tr("Technician"),
                self.tr("Orders delivered"),
                self.tr("Hours logged"),
                self.tr("First-time fix"),
            ],
            0,
        )
        self.people_table.cellDoubleClicked.connect(
            lambda row, _c: self.drill_row(self.people_rows, row)
        )
        people_layout.addWidget(self.people_table)
        grid.addWidget(people_panel, line + 2, 0, 1, 4)
        self.warranty_rows: list[tuple[str, Drill | None, Drill | None]] = []
        self.people_rows: list[tuple[str, Drill | None, Drill | None]] = []
        line += 3
        for i in range(4):
            grid.setColumnStretch(i, 1)
        grid.setRowStretch(line, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        page.setStyleSheet("background: transparent;")
        return scroll

    # -- choosing --------------------------------------------------------------------------

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose a custom period (and work out its figures)."""
        self.picker.set_custom(start, end)
        self.refresh()

    def chosen_period(self) -> Period | None:
        return self.picker.chosen()

    def chosen_filters(self) -> Filters:
        product = self.product_choice.currentData()
        return Filters(
            product_id=product if isinstance(product, uuid.UUID) else None,
            brand=self.brand_choice.currentData() or "",
            service_type=self.service_type_choice.currentData() or "",
            channel=self.channel_choice.currentData() or "",
            technician=self.technician_choice.currentData() or "",
        )

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._filters_loaded:
            self.load_filters()
        if not self._loaded:
            self.refresh()

    def load_filters(self) -> None:
        """Fill the product and technician choices from the services."""
        self._filters_loaded = True
        db = self.db

        def read() -> tuple[list[tuple[uuid.UUID, str]], list[str], list[str]]:
            found = products.list_products(db)
            items = sorted(((p.id, f"{p.name} · {p.sku}") for p in found), key=lambda i: i[1])
            brands = sorted({p.brand for p in found if p.brand})
            return items, brands, repairs.technicians(db)

        ops.Op(self, read).success(self._show_filters).run()

    def _show_filters(
        self, found: tuple[list[tuple[uuid.UUID, str]], list[str], list[str]]
    ) -> None:
        items, brands, technicians = found
        boxes = (self.product_choice, self.brand_choice, self.technician_choice)
        for box in boxes:
            box.blockSignals(True)
        for product_id, text in items:
            self.product_choice.addItem(text, product_id)
        for brand in brands:
            self.brand_choice.addItem(brand, brand)
        for name in technicians:
            if name:
                self.technician_choice.addItem(name, name)
        for box in boxes:
            box.blockSignals(False)

    def refresh(self) -> None:
        """Work out the figures of the chosen period and filters, off the GUI thread."""
        period = self.chosen_period()
        if period is None:
            self.compared_label.setText(
                self.tr("Choose a period: the end cannot come before the start.")
            )
            return
        self._loaded = True
        self.period = self.picker.shown = period
        before = reports_drill.previous(period)
        self.period_label.setText(self.days_text(period))
        if reports_drill.whole_months(period):
            compared = self.tr("Compared with %1, the months before")
        else:
            compared = self.tr("Compared with %1, the same number of days before")
        self.compared_label.setText(compared.replace("%1", self.days_text(before)))
        self._generation += 1
        generation = self._generation
        db, filters = self.db, self.chosen_filters()
        self._busy(True)

        def done(result: tuple[dict[str, Any], dict[str, Any]]) -> None:
            if generation == self._generation:
                self._busy(False)
                self.show_reports(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._busy(False)
                ops.show_error(self, exc)

        ops.Op(self, lambda: reports_drill.dashboard(db, period, filters)).success(done).failure(
            failed
        ).run()

    @staticmethod
    def days_text(period: Period) -> str:
        return f"{day_text(period.start)} – {day_text(period.end)}"

    def _busy(self, on: bool) -> None:
        self.busy_label.setVisible(on)
        self.refresh_button.setEnabled(not on)
        self.tiles_page.setEnabled(not on)

    # -- showing ---------------------------------------------------------------------------

    def show_reports(self, now: dict[str, Any], then: dict[str, Any]) -> None:
        self.figures = self.words.figures_of(now)
        self.chart.show_steps(now.get("steps", ()))
        self.show_details(now["warranty"], now["people"])
        before = self.words.figures_of(then)
        for key, figure in self.figures.items():
            change, direction = self.words.change_text(figure, before[key].value)
            self.tiles[key].show_figure(figure, change, direction)

    def show_details(self, warranty: Any, people: tuple) -> None:
        """The failure curve, the costliest products under warranty, the technicians."""
        self.curve.show_curve(warranty.failure_curve)
        costliest = sorted(warranty.by_product, key=lambda c: c.total, reverse=True)[:8]
        self.warranty_rows = [
            (self.tr("Warranty orders of %1").replace("%1", c.key), c.drill, None)
            for c in costliest
        ]
        fill_table(
            self.warranty_table,
            [[c.key, number(c.orders), money(c.parts), money(c.labour)] for c in costliest],
            right=(1, 2, 3),
        )
        self.people_rows = [
            (
                self.tr("Orders delivered by %1").replace("%1", t.technician or self.tr("nobody")),
                t.delivered.drill,
                t.first_time_fix.drill,
            )
            for t in people
        ]
        fill_table(
            self.people_table,
            [
                [
                    t.technician or self.tr("(nobody)"),
                    number(t.delivered.value),
                    number(Decimal(str(t.hours)), 1),
                    "–"
                    if t.first_time_fix.percent is None
                    else number(Decimal(str(t.first_time_fix.percent)), 1) + "%",
                ]
                for t in people
            ],
            right=(1, 2, 3),
        )

    # -- drilling down ---------------------------------------------------------------------

    def drill_down(self, key: str) -> None:
        """List the orders behind the tile *key*."""
        figure = self.figures.get(key)
        if figure is None:
            return
        words = {
            "on_target": (self.tr("On target"), self.tr("Late")),
            "first_time_fix": (self.tr("Fixed first time"), self.tr("Came back")),
            "repeat_30": (self.tr("Repeat"), self.tr("First visit")),
        }.get(key, ("", ""))
        self.show_behind(figure.title, figure.drill, figure.hits, words)

    def drill_row(self, rows: list[tuple[str, Drill | None, Drill | None]], row: int) -> None:
        """List the orders behind a row of a details table."""
        if 0 <= row < len(rows):
            title, behind, hits = rows[row]
            words = (self.tr("Fixed first time"), self.tr("Came back"))
            self.show_behind(title, behind, hits, words if hits is not None else ("", ""))

    def drill_month_in_service(self, month: int) -> None:
        """List the fault repairs of units in month *month* of service."""
        point = next((p for p in self.curve.points if p.month == month), None)
        if point is not None:
            title = self.tr("Failures in month %1 of service").replace("%1", str(month + 1))
            self.show_behind(title, point.drill, None)

    def show_behind(
        self,
        title: str,
        behind: Drill | None,
        hits: Drill | None,
        words: tuple[str, str] = ("", ""),
        *,
        dated: bool = True,
    ) -> None:
        """Show the orders behind *behind* (and which are *hits*) in the drill view;
        *dated*: the title says the period."""
        if behind is None:
            return
        if dated and self.period is not None:
            title = f"{title} · {day_text(self.period.start)} – {day_text(self.period.end)}"
        self.drill.loading(title)
        self.stack.setCurrentIndex(1)
        self.drill.behind, self.drill.hits_behind = behind, hits
        db = self.db
        ops.Op(
            self, lambda: reports_drill.orders_behind(db, behind, hits=hits, shown=drill_view.SHOWN)
        ).success(lambda found: self.drill.show_rows(title, found, words)).run()

    def drill_week(self, index: int) -> None:
        """List the orders opened in the week of bar *index*."""
        if 0 <= index < len(self.chart.steps):
            step = self.chart.steps[index]
            if step.monthly:
                title = self.tr("Orders opened in %1").replace("%1", month_text(step.first))
            else:
                title = self.tr("Orders opened in the week of %1").replace(
                    "%1", day_text(step.first)
                )
            self.show_behind(title, step.opened.drill, None, dated=False)

    # -- exporting ------------------------------------------------------------------------

    def save_path(self, title: str, name: str) -> Path | None:
        """Ask where to save a table: an Excel workbook or a CSV file."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        excel, csv_files = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), f"{excel};;{csv_files}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if chosen_filter == csv_files else ".xlsx")
        return path

    def choose_export(self) -> None:
        if self.period is None:
            return
        name = f"kpis-{self.period.start.isoformat()}-{self.period.end.isoformat()}.xlsx"
        path = self.save_path(self.tr("Export the figures"), name)
        if path is not None:
            self.export_figures(path)

    def export_figures(self, path: Path) -> ops.Op | None:
        """Write every KPI of the period, with the filters, to *path*."""
        if self.period is None:
            return None
        db, period, filters = self.db, self.period, self.chosen_filters()
        return self._export(lambda: reports_table.export(db, period, filters, path), path)

    def choose_drill_export(self) -> None:
        if self.drill.behind is None:
            return
        path = self.save_path(self.tr("Export the list"), "orders.xlsx")
        if path is not None:
            self.export_drill(path)

    def export_drill(self, path: Path) -> ops.Op | None:
        """Write every order behind the list shown (not only the newest) to *path*."""
        behind, hits = self.drill.behind, self.drill.hits_behind
        if behind is None:
            return None
        db = self.db
        return self._export(lambda: reports_drill.export_orders(db, behind, path, hits=hits), path)

    def _export(self, write: Callable[[], Path], path: Path) -> ops.Op:
        self.last_op = (
            ops.Op(self, write)
            .with_progress(self.tr("Exporting to %1…").replace("%1", path.name), cancellable=False)
            .success(self._saved)
            .run()
        )
        return self.last_op

    def _saved(self, written: Path) -> None:
        self.notice.setText(self.tr("Saved to %1.").replace("%1", str(written)))
        self.notice.show()
        self.exported.emit(str(written))

    def monthly_report(self) -> ops.Op | None:
        """Build the management report of the month the period starts in, and show
        it for printing or saving."""
        if self.period is None:
            return None
        year, month = self.period.start.year, self.period.start.month
        db = self.db
        name = f"management-report-{year}-{month:02d}.pdf"
        title = self.tr("Monthly management report")

        def shown(pdf: bytes) -> None:
            self.preview_dialog = pdfpreview.preview(self, pdf, title, name)

        self.last_op = (
            ops.Op(self, lambda: management_report.monthly_report(db, year, month))
            .with_progress(self.tr("Preparing the monthly report…"), cancellable=False)
            .success(shown)
            .run()
        )
        return self.last_op

    def open_order(self, order_id: uuid.UUID) -> None:
        """Open an order in the Repair orders area (through the main window)."""
        self.openOrderRequested.emit(order_id)
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener("repair_order", order_id)
