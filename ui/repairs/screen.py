"""The Repair orders screen: every order, filtered the way the workshop asks
("my open orders", "what is overdue"), and one order at a time to work on.

Overdue orders stand out in the list: a warning mark by the number and the
time they are late in red. Scanning an order's QR tag anywhere in the window
opens it here (``record_kinds``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import repairs
from fieldservice.services.coverage import CoverageStatus
from ui.common import theme
from ui.common.formatting import short_day, when
from ui.common.forms import EditingDialog, error_label, save_buttons
from ui.common.pagedmodel import ROW_ROLE, Column, PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    SearchBox,
    button,
    counted,
    label,
    make_table,
    primary_button,
    wide_enough,
)
from ui.common.words import coverage_words, priority_words, status_words
from ui.repairs.clock import row_clock
from ui.repairs.dialogs import NumberField
from ui.repairs.intake import IntakeDialog
from ui.repairs.orderview import OrderView

Index = QModelIndex | QPersistentModelIndex

# How often the "time left" column is brought up to date.
CLOCK_TICK_MS = 60_000

_TOGGLE_STYLE = (
    "QPushButton:checked { background: #dbeafe; border-color: #2563eb; color: #1e40af; }"
)


class OrderTableModel(PagedTableModel):
    """The orders list; an overdue order's time-left cell is red and bold."""

    def __init__(self, *args: Any, clock_column: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock_column = clock_column
        self._late = QColor(theme.DANGER)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if index.column() != self.clock_column:
                return None
            row = super().data(index, ROW_ROLE)
            if row is None or not row_clock(row)[1]:
                return None
            return self._late if role == Qt.ItemDataRole.ForegroundRole else self._bold
        return super().data(index, role)

    def tick(self) -> None:
        """Repaint the time-left column (time passes; nothing is fetched)."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.clock_column),
                self.index(self.rowCount() - 1, self.clock_column),
            )


def short_date(moment) -> str:
    """A day in the list: "25 Nov" this year, "25 Nov 2025" before."""
    return short_day(moment.astimezone().date())


def order_columns(widget: QWidget) -> list[Column[repairs.OrderRow]]:
    late = theme.icon("warning", theme.DANGER)
    return [
        Column(
            widget.tr("Number"),
            lambda r: r.number,
            width=162,
            icon=lambda r: late if row_clock(r)[1] else None,
            tooltip=lambda r: widget.tr("Overdue") if row_clock(r)[1] else None,
        ),
        Column(widget.tr("Status"), lambda r: status_words(r.status), width=135),
        Column(widget.tr("Priority"), lambda r: priority_words(r.priority), width=70),
        Column(widget.tr("Customer"), lambda r: r.customer_name, width=126),
        Column(
            widget.tr("Unit"),
            lambda r: f"{r.serial} · {r.product_name}",
            width=200,
            stretch=True,
            tooltip=lambda r: "\n".join(
                p for p in (r.product_name, r.serial, r.fault_reported) if p
            ),
        ),
        Column(widget.tr("Technician"), lambda r: r.technician, width=100),
        Column(
            widget.tr("Opened"),
            lambda r: short_date(r.opened_at),
            width=wide_enough(widget, short_day(dt.date.today().replace(month=12, day=28)), 72),
            tooltip=lambda r: when(r.opened_at),
        ),
        Column(widget.tr("Due / time left"), lambda r: row_clock(r)[0], width=152),
    ]


class TargetsDialog(EditingDialog):
    """The promise of each priority: first response and resolution, in hours."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Response and resolution targets"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Response and resolution targets"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Hours from intake within which an order is first looked at (response) "
                    "and made ready (resolution). Time waiting for the customer's approval "
                    "does not count. Orders already open keep the due times they got."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, text in enumerate(
            (
                self.tr("Priority"),
                self.tr("Respond within (hours)"),
                self.tr("Resolve within (hours)"),
            )
        ):
            grid.addWidget(label(text, "fieldName"), 0, column)
        self.targets = repairs.shown_targets(db)
        self.rows: dict[str, tuple[NumberField, NumberField, QLabel]] = {}
        for number, target in enumerate(self.targets):
            row = 1 + number * 2
            grid.addWidget(label(priority_words(target.code, target.label)), row, 0)
            response = NumberField(target.response_hours, 24 * 365)
            resolution = NumberField(target.resolution_hours, 24 * 365)
            grid.addWidget(response, row, 1)
            grid.addWidget(resolution, row, 2)
            error = error_label()
            grid.addWidget(error, row + 1, 0, 1, 3)
            self.rows[target.code] = (response, resolution, error)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        buttons, self.save_button = save_buttons(self, self.tr("Save targets"), "save")
        layout.addWidget(buttons)
        self.set_main_button(self.save_button)

    def save(self) -> bool:
        for response, _resolution, error in self.rows.values():
            error.hide()
            theme.set_property(response, "invalid", False)
        changes = [
            (target.code, response.value(), resolution.value())
            for target in self.targets
            for response, resolution, _error in (self.rows[target.code],)
            if (response.value(), resolution.value())
            != (target.response_hours, target.resolution_hours)
        ]
        db = self.db
        done: list[str] = []  # the codes saved so far

        def work() -> None:
            # One target after another, as before: those before a refusal stay saved.
            for code, response_hours, resolution_hours in changes:
                repairs.set_target(db, code, response_hours, resolution_hours)
                done.append(code)

        def refused(exc: FieldServiceError) -> None:
            response, _resolution, error = self.rows[changes[len(done)][0]]
            error.setText(exc.message)
            error.show()
            theme.set_property(response, "invalid", True)
            response.setFocus()

        return self.submit(work, lambda _result: self.accept(), refused)


class RepairOrdersScreen(QWidget):
    """The list of orders with its filters, and the order being worked on."""

    record_kinds = {"repair_order": "open_order"}

    changed = Signal()
    openUnitRequested = Signal(object)
    openCustomerRequested = Signal(object)

    LIST, ORDER = range(2)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog | None = None
        self._select_when_loaded: uuid.UUID | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_list())
        self.view = OrderView(db)
        self.pages.addWidget(self.view)
        self.view.backRequested.connect(self.show_list)
        self.view.openOrderRequested.connect(self.open_order)
        self.view.openUnitRequested.connect(self.openUnitRequested)
        self.view.openCustomerRequested.connect(self.openCustomerRequested)
        self.view.changed.connect(self._order_changed)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_TICK_MS)
        self.clock.timeout.connect(self.model.tick)
        self.clock.timeout.connect(self.view.tick)
        self.clock.start()

    # -- the list ---------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.search = SearchBox(self.tr("Search: order number, serial, customer's name or phone"))
        bar.addWidget(self.search, 3)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        bar.addWidget(self.counter, 1)
        self.targets_button = button(self.tr("Targets…"), "calendar")
        self.targets_button.setToolTip(self.tr("Response and resolution hours per priority"))
        self.targets_button.clicked.connect(self.edit_targets)
        bar.addWidget(self.targets_button)
        self.new_button = primary_button(self.tr("New repair order"), "add")
        self.new_button.setToolTip(self.tr("Intake: scan the unit and record the fault"))
        self.new_button.clicked.connect(lambda: self.new_order())
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open orders"), "open")
        self.status.addItem(self.tr("All orders"), "")
        for code in repairs.STATUSES:
            self.status.addItem(status_words(code), code)
        self.technician = QComboBox()
        self.technician.setMinimumWidth(150)
        self.coverage = QComboBox()
        self.coverage.addItem(self.tr("Any coverage"), "")
        for status in CoverageStatus:
            self.coverage.addItem(coverage_words(status.value), status.value)
        self.overdue = QPushButton(self.tr("Overdue"))
        self.overdue.setIcon(theme.icon("warning", theme.DANGER))
        self.overdue.setCheckable(True)
        self.overdue.setStyleSheet(_TOGGLE_STYLE)
        self.overdue.setToolTip(self.tr("Only open orders past their resolution target"))
        self.mine = QPushButton(self.tr("My orders"))
        self.mine.setIcon(theme.icon("user"))
        self.mine.setCheckable(True)
        self.mine.setStyleSheet(_TOGGLE_STYLE)
        self.mine.setToolTip(self.tr("Orders assigned to you (%s)") % self.db.user)
        for title, widget in (
            (self.tr("Status"), self.status),
            (self.tr("Technician"), self.technician),
            (self.tr("Coverage"), self.coverage),
        ):
            filters.addWidget(label(title, "fieldName"))
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.overdue)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.banner = Banner()
        layout.addWidget(self.banner)

        columns = order_columns(self)
        self.model = OrderTableModel(
            columns,
            count=lambda f: repairs.count_orders(self.db, f),
            fetch=lambda f, offset, limit: repairs.list_orders(
                self.db, f, offset=offset, limit=limit
            ),
            query=repairs.OrderFilter(status="open"),
            clock_column=len(columns) - 1,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = EmptyState("repairs", "", "")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        layout.addWidget(self.list_stack, 1)

        self._load_technicians()
        self.search.searchChanged.connect(lambda _text: self._filter_changed())
        for combo in (self.status, self.technician, self.coverage):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.overdue.toggled.connect(lambda _on: self._filter_changed())
        self.mine.toggled.connect(self._mine_toggled)
        self.model.totalChanged.connect(self._show_total)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(lambda message: self.banner.show_message("error", message))
        self._show_total(self.model.total())
        return page

    def _load_technicians(self) -> None:
        chosen = self.technician.currentData()
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("Anyone"), "")
        for name in repairs.technicians(self.db):
            self.technician.addItem(name, name)
        index = next(
            (i for i in range(self.technician.count()) if self.technician.itemData(i) == chosen),
            0,
        )
        self.technician.setCurrentIndex(index)
        self.technician.blockSignals(False)

    def order_filter(self) -> repairs.OrderFilter:
        technician = self.db.user if self.mine.isChecked() else self.technician.currentData()
        return repairs.OrderFilter(
            search=self.search.text().strip(),
            status=self.status.currentData() or "",
            technician=technician or "",
            overdue=self.overdue.isChecked(),
            coverage=self.coverage.currentData() or "",
        )

    def _filter_changed(self) -> None:
        self.model.set_query(self.order_filter())

    def _mine_toggled(self, on: bool) -> None:
        self.technician.setEnabled(not on)
        self._filter_changed()

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.counter.setText(self.tr("Counting…"))
            return
        self.counter.setText(counted(total, self.tr("1 order"), self.tr("{n} orders")))
        if total:
            self.list_stack.setCurrentWidget(self.table)
            return
        f = self.model.query()
        if f == repairs.OrderFilter(status="open") or f == repairs.OrderFilter():
            self.empty.set_text(
                self.tr("No open repair orders"),
                self.tr(
                    "Orders opened at the desk appear here. Press “New repair order” and "
                    "scan the unit to take one in."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No order matches"),
                self.tr("Try another status, technician or coverage, or fewer words."),
            )
        self.list_stack.setCurrentWidget(self.empty)

    def _activated(self, index: QModelIndex) -> None:
        key = self.model.key(index.row())
        if key is not None:
            self.open_order(key)

    def _page_loaded(self, _page: int = 0) -> None:
        if self._select_when_loaded is None:
            return
        row = self.model.find_key(self._select_when_loaded)
        if row is not None:
            self._select_when_loaded = None
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Orders change from the Desk and from other screens: show them as they are now.
        self._load_technicians()
        self.model.refresh()

    def refresh(self) -> None:
        self._load_technicians()
        self.model.refresh()
        if self.pages.currentIndex() == self.ORDER:
            self.view.reload()

    # -- one order -----------------------------------------------------------------------------

    def open_order(self, order_id: uuid.UUID) -> None:
        """Show one order (from the list, a scan, the Desk or a link)."""
        self._select_when_loaded = order_id
        self._page_loaded()
        self.pages.setCurrentIndex(self.ORDER)
        self.view.load(order_id)

    def show_list(self) -> None:
        if self.view.order_id is not None:
            self._select_when_loaded = self.view.order_id
        self.pages.setCurrentIndex(self.LIST)
        self.model.refresh()
        self._page_loaded()
        self.table.setFocus()

    def showing(self) -> int:
        return self.pages.currentIndex()

    def _order_changed(self) -> None:
        self.model.refresh()
        self.changed.emit()

    # -- intake and targets -------------------------------------------------------------------

    def new_order(self, unit_id: uuid.UUID | None = None) -> IntakeDialog:
        """Take a unit in: the intake dialog, then the new order opened here."""
        dialog = IntakeDialog(self.db, self, unit_id=unit_id)
        dialog.orderOpened.connect(self._opened)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _opened(self, order: repairs.OrderRecord) -> None:
        self._load_technicians()
        self.model.refresh()
        self.changed.emit()
        self.open_order(order.id)

    def edit_targets(self) -> TargetsDialog:
        dialog = TargetsDialog(self.db, self)
        dialog.accepted.connect(
            lambda: self.banner.show_message(
                "info", self.tr("Targets saved. New orders get the new due times.")
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog
