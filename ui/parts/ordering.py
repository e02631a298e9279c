"""What to order: the parts at or below their reorder point, and the purchase
orders placed with suppliers for the lines chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import stock
from ui.common import ops, pdfpreview
from ui.common.datefield import DateField
from ui.common.pagedmodel import Column
from ui.common.widgets import Banner, EmptyState, button, counted, label, make_table, primary_button
from ui.parts.figures import NEGATIVE, RIGHT, quantity_text
from ui.parts.forms import ReorderRuleForm, StockForm
from ui.parts.lists import SnapshotList, StyledTableModel, plain_table

# -- to order ----------------------------------------------------------------------------------


def to_order_columns(widget: QWidget) -> list[Column[stock.ToOrderLine]]:
    def q(value: Decimal | None) -> str:
        return quantity_text(value) if value is not None else "—"

    def lead(line: stock.ToOrderLine) -> str:
        if not line.lead_time_days:
            return widget.tr("%s · no lead time recorded") % line.description
        return widget.tr("%s · lead time %d days") % (line.description, line.lead_time_days)

    return [
        Column(widget.tr("Part number"), lambda r: r.part_number, width=100, tooltip=lead),
        Column(widget.tr("Description"), lambda r: r.description, width=122, tooltip=lead),
        Column(widget.tr("Location"), lambda r: r.location, width=76),
        Column(widget.tr("On hand"), lambda r: q(r.on_hand), width=72, align=RIGHT),
        Column(widget.tr("Requested"), lambda r: q(r.requested), width=90, align=RIGHT),
        Column(widget.tr("On order"), lambda r: q(r.on_order), width=76, align=RIGHT),
        Column(widget.tr("Available"), lambda r: q(r.available), width=80, align=RIGHT),
        Column(widget.tr("Reorder at"), lambda r: q(r.reorder_point), width=88, align=RIGHT),
        Column(widget.tr("Max"), lambda r: q(r.max_quantity), width=48, align=RIGHT),
        Column(widget.tr("Pack"), lambda r: q(r.pack_size), width=50, align=RIGHT),
        Column(widget.tr("Suggested"), lambda r: q(r.suggested), width=90, align=RIGHT),
        Column(
            widget.tr("Supplier"),
            lambda r: r.supplier,
            width=120,
            stretch=True,
            tooltip=lambda r: r.supplier or None,
        ),
    ]


def _to_order_style(line: stock.ToOrderLine, column: int, role: int) -> Any:
    if column == 10 and role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if column == 6 and role == Qt.ItemDataRole.ForegroundRole and line.available <= 0:
        return QBrush(NEGATIVE)
    return None


class ToOrderView(QWidget):
    """Every part and location at or below its reorder point, with what to order."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form: QDialog | None = None
        self.preview_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        bar = QHBoxLayout()
        bar.setSpacing(10)
        intro = label(
            self.tr(
                "Parts at or below their reorder point, counting stock on order and what "
                "open repair orders have requested. The suggestion fills up to the maximum "
                "in whole supplier packs."
            ),
            "muted",
            wrap=True,
        )
        bar.addWidget(intro, 1)
        self.counter = label("", "counter")
        bar.addWidget(self.counter)
        self.rule_button = button(self.tr("Reorder rule…"), "maintenance")
        self.order_button = primary_button(self.tr("Order selected…"), "add")
        self.order_button.setEnabled(False)
        bar.addWidget(self.rule_button)
        bar.addWidget(self.order_button)
        layout.addLayout(bar)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.snapshot = SnapshotList(lambda _q: stock.to_order(db))
        self.model = StyledTableModel(
            to_order_columns(self),
            count=self.snapshot.count,
            fetch=self.snapshot.fetch,
            query=None,
            key=lambda line: (line.part_number, line.location),
            style=_to_order_style,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.empty = EmptyState(
            "check",
            self.tr("Nothing to order"),
            self.tr(
                "No part is at or below its reorder point. Set reorder rules for the parts "
                "you keep, and they are listed here when they run low."
            ),
        )
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.model.totalChanged.connect(self._total)
        self.model.loadFailed.connect(lambda m: self.banner.show_message("error", m))
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.table.activated.connect(lambda _i: self.edit_rule())
        self.order_button.clicked.connect(self.order_selected)
        self.rule_button.clicked.connect(self.edit_rule)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.model.query() is None:
            self.model.set_query("all")

    def refresh(self) -> None:
        self.snapshot.invalidate()
        if self.model.query() is None:
            self.model.set_query("all")
        else:
            self.model.refresh()

    def _total(self, total: int) -> None:
        self.counter.setText(counted(total, self.tr("1 line"), self.tr("{n} lines")))
        self.stack.setCurrentWidget(self.table if total else self.empty)

    def _selection(self, *_args) -> None:
        self.order_button.setEnabled(bool(self.selected_lines()))

    def selected_lines(self) -> list[stock.ToOrderLine]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.row(r) for r in rows]
        return [r for r in found if r is not None]

    def order_selected(self) -> SupplierOrderDialog | None:
        lines = self.selected_lines()
        if not lines:
            return None
        dialog = SupplierOrderDialog(self.db, lines, self)
        self.form = dialog
        dialog.accepted.connect(lambda: self._ordered(dialog))
        dialog.open()
        return dialog

    def _ordered(self, dialog: SupplierOrderDialog) -> None:
        orders = dialog.placed
        text = counted(
            len(orders),
            self.tr("Purchase order %s placed with %s; it counts as on order until received."),
            self.tr("{n} purchase orders placed: %s. They count as on order until received."),
        )
        if len(orders) == 1:
            text = text % (orders[0].number, orders[0].supplier or self.tr("no supplier"))
        else:
            text = text % ", ".join(f"{o.number} ({o.supplier or '—'})" for o in orders)

        def printing(number: str) -> Callable[[], None]:
            return lambda: self.print_order(number)

        actions = [
            (
                self.tr("Print %s…") % o.number if len(orders) > 1 else self.tr("Print order…"),
                printing(o.number),
            )
            for o in orders[:4]
        ]
        self.banner.show_message("info", text, actions)
        self.refresh()
        self.changed.emit()

    def print_order(self, number: str) -> None:
        """Draw purchase order *number* (in a worker thread) and preview it."""
        db = self.db
        ops.Op(self, lambda: stock.purchase_order_pdf(db, number)).with_progress(
            self.tr("Drawing the purchase order…")
        ).success(lambda pdf: self._show_order(number, pdf)).run()

    def _show_order(self, number: str, pdf: bytes) -> None:
        self.preview_dialog = pdfpreview.preview(
            self, pdf, self.tr("Purchase order %s") % number, f"{number}.pdf"
        )

    def edit_rule(self) -> ReorderRuleForm:
        lines = self.selected_lines()
        current = self.table.currentIndex()
        line = self.model.row(current.row()) if current.isValid() else None
        line = line or (lines[0] if lines else None)
        form = ReorderRuleForm(self.db, self, line=line)
        self.form = form
        form.accepted.connect(self._rule_saved)
        form.open()
        return form

    def _rule_saved(self) -> None:
        self.refresh()
        self.changed.emit()


# -- purchase orders ---------------------------------------------------------------------------


class SupplierOrderDialog(StockForm):
    """Order the selected to-order lines: the lines of one supplier go on one
    purchase order, expected after the longest lead time of its parts (the date
    may be changed); each quantity may be changed first (the suggestion is
    already in whole packs)."""

    def __init__(
        self,
        db: Database,
        lines: Sequence[stock.ToOrderLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent, width=720)
        self.lines = list(lines)
        self.placed: list[stock.PurchaseOrder] = []
        self.suppliers: dict[str, list[stock.ToOrderLine]] = {}
        for line in self.lines:
            self.suppliers.setdefault(line.supplier, []).append(line)
        self.set_heading(
            self.tr("Order from suppliers"),
            self.tr("Place orders") if len(self.suppliers) > 1 else self.tr("Place order"),
            self.tr(
                "The lines of one supplier go on one purchase order, to print or send. "
                "What is ordered counts as on order until it is received."
            ),
        )
        self.table = QTableWidget(len(self.lines), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Location"),
                self.tr("Supplier"),
                self.tr("Suggested"),
                self.tr("Order"),
            ]
        )
        plain_table(self.table, stretch=2)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for i, line in enumerate(self.lines):
            cells = (
                line.part_number,
                line.location,
                line.supplier or "—",
                quantity_text(line.suggested),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if j == 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(i, j, item)
            amount = QTableWidgetItem(quantity_text(line.suggested))
            amount.setTextAlignment(RIGHT)
            amount.setToolTip(self.tr("Double-click to change the quantity"))
            self.table.setItem(i, 4, amount)
        self.table.setMinimumHeight(min(320, 44 + 30 * len(self.lines)))
        self.errors.add_row(self.form, "quantity", self.tr("Lines"), self.table)
        self.supplier_ref = QLineEdit()
        self.supplier_ref.setMaxLength(100)
        self.supplier_ref.setPlaceholderText(self.tr("The supplier's order or quote reference"))
        self.errors.add_row(self.form, "supplier_ref", self.tr("Reference"), self.supplier_ref)
        # One expected date per purchase order: after its parts' longest lead time.
        today = dt.date.today()
        self.expected: dict[str, DateField] = {}
        for i, (supplier, ordered) in enumerate(self.suppliers.items()):
            day = stock.expected_date(today, (line.lead_time_days for line in ordered))
            field = DateField(day, minimum=today, field=f"expected_on_{i}")
            self.expected[supplier] = field
            title = (
                self.tr("Expected on")
                if len(self.suppliers) == 1
                else self.tr("Expected from %s") % (supplier or self.tr("(no supplier)"))
            )
            self.errors.add_row(self.form, f"expected_on_{i}", title, field, control=field.editor)

    def quantities(self) -> list[str]:
        items = (self.table.item(i, 4) for i in range(len(self.lines)))
        return [item.text().strip() if item is not None else "" for item in items]

    def work(self) -> Callable[[], list[stock.PurchaseOrder]]:
        amounts = self.quantities()
        for i, amount in enumerate(amounts):
            try:
                stock.quantity(amount)
            except InvalidInput as exc:
                self.table.setCurrentCell(i, 4)
                raise InvalidInput(
                    self.tr("Line %d (%s): %s") % (i + 1, self.lines[i].part_number, exc.message),
                    field="quantity",
                ) from None
        expected = {supplier: field.value() for supplier, field in self.expected.items()}
        db, supplier_ref = self.db, self.supplier_ref.text()
        lines = [
            stock.OrderLine(line.part_number, amount, line.location)
            for line, amount in zip(self.lines, amounts, strict=True)
        ]
        expected_on = {k: v for k, v in expected.items() if v is not None}
        return lambda: stock.place_purchase_orders(
            db, lines, expected_on=expected_on, supplier_ref=supplier_ref
        )

    def saved_as(self, result: object) -> None:
        self.placed = cast(list[stock.PurchaseOrder], result)
        super().saved_as(result)
