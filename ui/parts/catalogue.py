"""The spare-parts catalogue: the parts, paged, with the selected part's stock
per location (on hand, requested, on order and available side by side), its
bins, what it is, and its movement history below the list.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QMenu,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import stock
from fieldservice.services.stock import PartView
from ui.common import settings, theme
from ui.common.formatting import money
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import Column, PagedTableModel
from ui.common.tables import small_table
from ui.common.widgets import (
    EmptyState,
    button,
    counted,
    label,
    link_button,
    make_table,
    primary_button,
    section_title,
)
from ui.parts.figures import MUTED, NEGATIVE, RIGHT, quantity_text, where
from ui.parts.forms import PartForm, ReorderRuleForm, StockForm
from ui.parts.history import history_columns, history_style
from ui.parts.labels import LabelsDialog
from ui.parts.lists import StyledTableModel
from ui.parts.movements import (
    AdjustForm,
    IssueForm,
    ReceiveForm,
    ReturnForm,
    ReverseForm,
    TransferForm,
)


def part_columns(widget: QWidget) -> list[Column[stock.PartRow]]:
    return [
        Column(widget.tr("Part number"), lambda r: r.part_number, width=140),
        Column(widget.tr("Description"), lambda r: r.description, width=280),
        Column(widget.tr("Unit"), lambda r: r.unit, width=60),
        Column(widget.tr("On hand"), lambda r: quantity_text(r.on_hand), width=84, align=RIGHT),
        Column(
            widget.tr("Average cost"),
            lambda r: money(r.average_cost),
            width=104,
            align=RIGHT,
        ),
        Column(widget.tr("Supplier"), lambda r: r.supplier, width=180),
        Column(widget.tr("Default bin"), lambda r: r.default_bin, width=100, stretch=True),
    ]


def _cell(text: str, *, right: bool = False, bold: bool = False, color: QColor | None = None):
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if color is not None:
        item.setForeground(QBrush(color))
    return item


class PartCard(QFrame):
    """The selected part: its stock per location (on hand, requested, on order and
    available side by side), per bin, what it is, and its movement history."""

    actionRequested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.view: PartView | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(8)

        header = QHBoxLayout()
        header.setSpacing(10)
        badge = QLabel()
        badge.setPixmap(theme.pixmap("parts", 32, theme.ACCENT))
        badge.setFixedSize(36, 36)
        header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = label("", "cardTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = label("", "cardSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.receive_button = primary_button(self.tr("Receive"), "add")
        self.issue_button = button(self.tr("Issue"), "repairs")
        self.return_button = button(self.tr("Return"), "history")
        self.transfer_button = button(self.tr("Transfer"), "sync")
        self.adjust_button = button(self.tr("Adjust"), "edit")
        self.more_button = button(self.tr("More"))
        more = QMenu(self.more_button)
        more.addAction(
            theme.icon("maintenance"), self.tr("Reorder rule…"), lambda: self._ask("reorder")
        )
        more.addAction(theme.icon("print"), self.tr("Print label…"), lambda: self._ask("labels"))
        self.more_button.setMenu(more)
        for key, widget in (
            ("receive", self.receive_button),
            ("issue", self.issue_button),
            ("return", self.return_button),
            ("transfer", self.transfer_button),
            ("adjust", self.adjust_button),
        ):
            widget.clicked.connect(lambda _c=False, k=key: self._ask(k))
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        # What the part is, in one line of facts under the name.
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e6eaef;")
        layout.addWidget(line)

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(section_title(self.tr("Stock by location")))
        self.positions = small_table(
            [
                self.tr("Location"),
                self.tr("On hand"),
                self.tr("Requested"),
                self.tr("On order"),
                self.tr("Available"),
            ],
            selectable=False,
            scrolls=True,
        )
        available = self.positions.horizontalHeaderItem(4)
        if available is not None:
            available.setToolTip(self.tr("On hand + on order − requested by open repair orders"))
        for column in range(1, 5):
            figure = self.positions.horizontalHeaderItem(column)
            if figure is not None:
                figure.setTextAlignment(RIGHT)
            self.positions.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Fixed
            )
            self.positions.setColumnWidth(column, (72, 90, 76, 80)[column - 1])
        left.addWidget(self.positions)
        self.bins = label("", "muted", wrap=True)
        self.bins.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.bins)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(400)
        body.addWidget(left_box)

        right = QVBoxLayout()
        right.setSpacing(8)
        history_bar = QHBoxLayout()
        history_bar.addWidget(section_title(self.tr("Movement history")))
        history_bar.addStretch(1)
        self.history_count = label("", "counter")
        history_bar.addWidget(self.history_count)
        self.reverse_button = link_button(self.tr("Reverse…"), "history")
        self.reverse_button.setEnabled(False)
        self.reverse_button.setToolTip(
            self.tr("Undo the selected movement by booking its opposite")
        )
        self.reverse_button.clicked.connect(lambda: self._ask("reverse"))
        history_bar.addWidget(self.reverse_button)
        right.addLayout(history_bar)
        self.history_model = StyledTableModel(
            history_columns(self),
            count=lambda q: stock.count_movements(db, q) if q else 0,
            fetch=lambda q, offset, limit: (
                stock.part_history_page(db, q, offset, limit) if q else []
            ),
            query="",
            page_size=100,
            style=history_style,
            parent=self,
        )
        self.history = make_table(self.history_model, self)
        self.history.setMinimumHeight(118)
        self.history.selectionModel().currentRowChanged.connect(self._history_selected)
        self.history_model.totalChanged.connect(self._history_total)
        right.addWidget(self.history, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

    def _ask(self, action: str) -> None:
        if self.view is not None:
            self.actionRequested.emit(action)

    def part_number(self) -> str:
        return self.view.stock.part.part_number if self.view is not None else ""

    def show_part(self, view: PartView) -> None:
        self.view = view
        found, part = view.stock, view.stock.part
        self.title.setText(part.part_number)
        self.subtitle.setText(part.description)
        self._show_positions(found)
        self._show_bins(found, view.quarantine)
        self.facts.setText(self._facts_html(found))
        self.title.setToolTip(part.notes)
        if self.history_model.query() == part.part_number:
            self.history_model.refresh()
        else:
            self.history_model.set_query(part.part_number)
        self.reverse_button.setEnabled(False)

    def fact_values(self, found: stock.PartStock) -> list[tuple[str, str]]:
        """(label, value) of what the part is, as the line under its name shows them."""
        part = found.part
        supplier = part.supplier
        if part.supplier_part_number:
            supplier = (
                f"{supplier} ({part.supplier_part_number})"
                if supplier
                else part.supplier_part_number
            )
        lead = (
            counted(part.lead_time_days, self.tr("1 day"), self.tr("{n} days"))
            if part.lead_time_days
            else ""
        )
        return [
            (self.tr("Average cost"), money(found.average_cost)),
            (self.tr("Standard"), money(part.standard_cost) if part.standard_cost else ""),
            (self.tr("Supplier"), supplier),
            (self.tr("Lead time"), lead),
            (self.tr("Pack"), f"{quantity_text(part.pack_size)} {part.unit}"),
            (self.tr("Default bin"), part.default_bin),
            (self.tr("Substitutes"), ", ".join(part.substitutes)),
            (self.tr("Fits"), ", ".join(part.compatible_skus)),
        ]

    def _facts_html(self, found: stock.PartStock) -> str:
        shown = []
        for title, value in self.fact_values(found):
            value_html = (
                f'<span style="color:#1f2933">{html.escape(value)}</span>'
                if value
                else '<span style="color:#9aa6b4">—</span>'
            )
            shown.append(
                f'<span style="color:#5b6b7d">{html.escape(title)}</span>&nbsp;{value_html}'
            )
        return '<span style="color:#c5ced9">&nbsp; · &nbsp;</span>'.join(shown)

    def _show_positions(self, found: stock.PartStock) -> None:
        positions = list(found.positions)
        rows = len(positions) + (1 if len(positions) > 1 else 0)
        table = self.positions
        table.setRowCount(max(rows, 1))
        if not positions:
            table.setSpan(0, 0, 1, 5)
            table.setItem(
                0, 0, _cell(self.tr("No stock, none requested or on order."), color=MUTED)
            )
        else:
            table.clearSpans()
        for i, p in enumerate(positions):
            self._position_row(i, p.location, p.on_hand, p.requested, p.on_order, p.available)
        if len(positions) > 1:
            on_hand, requested, on_order = (
                sum((getattr(p, f) for p in positions), Decimal(0))
                for f in ("on_hand", "requested", "on_order")
            )
            self._position_row(
                len(positions),
                self.tr("Total"),
                on_hand,
                requested,
                on_order,
                on_hand + on_order - requested,
                bold=True,
            )
        height = table.horizontalHeader().sizeHint().height() + 28 * table.rowCount() + 4
        table.setFixedHeight(min(height, 28 * 7 + 34))

    def _position_row(
        self,
        row: int,
        location: str,
        on_hand: Decimal,
        requested: Decimal,
        on_order: Decimal,
        available: Decimal,
        *,
        bold: bool = False,
    ) -> None:
        table = self.positions
        table.setItem(row, 0, _cell(location, bold=bold))
        for column, value in ((1, on_hand), (2, requested), (3, on_order)):
            table.setItem(row, column, _cell(quantity_text(value), right=True, bold=bold))
        colour = NEGATIVE if available <= 0 else None
        table.setItem(row, 4, _cell(quantity_text(available), right=True, bold=True, color=colour))

    def _show_bins(self, found: stock.PartStock, quarantine: frozenset[str]) -> None:
        if not found.bins:
            self.bins.setText(self.tr("Not in any bin."))
            return
        shown = []
        for code, bin_code, qty in found.bins:
            text = f"{where(code, bin_code)}: {quantity_text(qty)}"
            if code in quarantine:
                text += " " + self.tr("(quarantine, not available)")
            shown.append(text)
        self.bins.setText(self.tr("In bins: %s") % " · ".join(shown))

    def _history_total(self, total: int) -> None:
        self.history_count.setText(
            counted(total, self.tr("1 movement"), self.tr("{n} movements")) if total else ""
        )

    def _history_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.reverse_button.setEnabled(self.selected_movement() is not None)

    def selected_movement(self) -> stock.MovementRecord | None:
        index = self.history.currentIndex()
        if not index.isValid():
            return None
        row = self.history_model.row(index.row())
        return row.movement if row is not None else None


class CatalogueView(ListScreen):
    """The spare-parts catalogue, found by part number, description or supplier,
    with the selected part's stock and history below the list."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        card = PartCard(db)
        super().__init__(
            db,
            name="parts",
            model=PagedTableModel(
                part_columns(card),
                count=lambda q: stock.count_parts(db, q),
                fetch=lambda q, offset, limit: stock.list_parts(db, q, offset=offset, limit=limit),
            ),
            card=card,
            search_placeholder=card.tr("Search parts: part number, description, supplier"),
            new_text=card.tr("New part"),
            empty=EmptyState(
                "parts",
                card.tr("No part selected"),
                card.tr(
                    "Choose a part in the list to see its stock in every location, "
                    "its bins and every movement."
                ),
            ),
            counted_as=(card.tr("1 part"), card.tr("{n} parts")),
            parent=parent,
        )
        self.card: PartCard = card
        self.form: QDialog | None = None
        layout = cast(QVBoxLayout, self.layout())
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.labels_button = button(self.tr("Print labels…"), "print")
        self.labels_button.setToolTip(self.tr("Labels for the selected parts, or for a bin"))
        bar = cast(QHBoxLayout, cast(QLayoutItem, layout.itemAt(0)).layout())
        bar.addWidget(self.labels_button)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.detail.setMinimumWidth(0)
        self.detail.setMinimumHeight(260)
        self.splitter.setSizes([250, 440])
        settings.restore_splitter(self.splitter, "parts")
        card.actionRequested.connect(self.act)

    # -- ListScreen ----------------------------------------------------------------------

    def load(self, record_id: uuid.UUID) -> PartView:
        return stock.part_view(self.db, record_id)

    def show_view(self, view: PartView) -> None:
        self.card.show_part(view)

    def view_id(self, view: PartView) -> uuid.UUID:
        return view.stock.part.id

    def new_record(self) -> PartForm:
        return self.open_form(PartForm(self.db, None, self), self._part_saved)

    def edit_record(self, part_id: uuid.UUID) -> PartForm:
        return self.open_form(
            PartForm(self.db, stock.get_part(self.db, part_id), self), self._part_saved
        )

    def _part_saved(self, form: PartForm) -> None:
        if form.saved is None:
            return
        self.changed.emit()
        if form.part is None or form.saved.part_number != form.part.part_number:
            self.open_part(form.saved.id)
        else:
            self.refresh()

    def open_part(self, part_id: uuid.UUID) -> None:
        """Open one part: the list narrows to its number, selected, details shown."""
        self.open_record(part_id, stock.get_part(self.db, part_id).part_number)

    def selected_parts(self) -> list[stock.PartRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.row(r) for r in rows]
        return [r for r in found if r is not None]

    # -- actions on the selected part ---------------------------------------------------

    def act(self, action: str) -> QDialog | None:
        """Open the form for *action* on the part shown below the list."""
        part = self.card.part_number()
        forms: dict[str, Callable[[], QDialog]] = {
            "receive": lambda: ReceiveForm(self.db, self, part=part),
            "issue": lambda: IssueForm(self.db, self, part=part),
            "return": lambda: ReturnForm(self.db, self, part=part),
            "transfer": lambda: TransferForm(self.db, self, part=part),
            "adjust": lambda: AdjustForm(self.db, self, part=part),
            "reorder": lambda: ReorderRuleForm(self.db, self, part=part),
        }
        if action == "labels":
            return self.print_labels()
        if action == "reverse":
            movement = self.card.selected_movement()
            if movement is None:
                return None
            return self.open_form(ReverseForm(self.db, movement, self), self._moved)
        make = forms.get(action)
        if make is None:
            return None
        return self.open_form(make(), self._moved)

    def _moved(self, _form: StockForm) -> None:
        self.changed.emit()
        self.refresh()

    def print_labels(self) -> LabelsDialog:
        parts = self.selected_parts()
        if not parts and self.card.view is not None:
            p = self.card.view.stock.part
            parts = [
                stock.PartRow(
                    p.id,
                    p.part_number,
                    p.description,
                    p.unit,
                    p.supplier,
                    p.default_bin,
                    Decimal(0),
                    None,
                )
            ]
        dialog = LabelsDialog(self.db, parts, self)
        self.form = dialog
        dialog.open()
        return dialog
