"""The records behind a figure: a list of orders, opened with a double-click."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.services.reports.common import Drill
from fieldservice.services.reports.drill import Behind, DrillRow
from ui.common import theme
from ui.common.formatting import number, short_when
from ui.common.widgets import button, card, counted, label
from ui.common.words import status_words
from ui.reports.tiles import GOOD

# More rows than this are not put in the table (a quarter of a large centre):
# the newest are, and the count says how many there are in all.
SHOWN = 2000


class DrillView(QWidget):
    """The orders a tile counted: number, status, customer, product, dates; for a
    rate, whether each one counted as a hit."""

    back = Signal()
    openOrder = Signal(object)  # uuid.UUID
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = button("← " + self.tr("Back to the figures"))
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        self.title = label("", "cardTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.count = label("", "muted")
        top.addWidget(self.count)
        top.addSpacing(8)
        self.export_button = button(self.tr("Export list…"))
        self.export_button.setToolTip(self.tr("Every order of the list, not only those shown"))
        self.export_button.clicked.connect(self.exportRequested)
        top.addWidget(self.export_button)
        column.addLayout(top)
        frame = card()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 12, 12, 12)
        self.hint = label(self.tr("Double-click an order to open it."), "muted")
        inner.addWidget(self.hint)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.cellDoubleClicked.connect(self._open_row)
        inner.addWidget(self.table, 1)
        column.addWidget(frame, 1)
        self.rows: list[DrillRow] = []
        # What the list shows: the figure's records (and, for a rate, its hits).
        self.behind: Drill | None = None
        self.hits_behind: Drill | None = None

    def loading(self, title: str) -> None:
        self.title.setText(title)
        self.count.setText(self.tr("Loading…"))
        self.table.setRowCount(0)

    def show_rows(self, title: str, found: Behind, words: tuple[str, str] = ("", "")) -> None:
        """List the orders *found*; for a rate, a last column says which counted as
        hits (*words*: what a hit and a miss are called)."""
        rows, hits = list(found.rows), found.hits
        self.rows = rows
        self.title.setText(title)
        count = counted(found.total, self.tr("1 order"), self.tr("{n} orders"))
        if found.total > len(rows):
            count += " · " + self.tr("the newest %1 shown").replace("%1", number(len(rows)))
        self.count.setText(count)
        headers = [
            self.tr("Order"),
            self.tr("Status now"),
            self.tr("Customer"),
            self.tr("Product"),
            self.tr("Technician"),
            self.tr("Opened"),
            self.tr("Delivered"),
        ]
        if hits is not None:
            headers.append(self.tr("Result"))
        table = self.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(min(len(rows), SHOWN))
        for r, row in enumerate(rows[:SHOWN]):
            values = [
                row.number,
                status_words(row.status),
                row.customer_name,
                row.product_name,
                row.technician,
                short_when(row.opened_at),
                short_when(row.delivered_at) if row.delivered_at else "",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                table.setItem(r, c, item)
            if hits is not None:
                hit = row.id in hits
                item = QTableWidgetItem(words[0] if hit else words[1])
                item.setForeground(QBrush(QColor(GOOD if hit else theme.DANGER)))
                table.setItem(r, len(values), item)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for c in (2, 3):  # the customer and the product share what is left
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        for c in range(len(headers)):
            head = table.horizontalHeaderItem(c)
            if head is not None:
                head.setToolTip(headers[c])
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def order_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.rows]

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.openOrder.emit(item.data(Qt.ItemDataRole.UserRole))
