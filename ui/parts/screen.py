"""The Parts & stock screen: the parts clerk's day.

Three views under one header: the **Catalogue** (the parts, paged, with the
selected part's stock per location, its bins and its movement history below),
**To order** (parts at or below their reorder point, with the quantity to
order) and **Counts** (:mod:`ui.stockcount`). The header also holds the stock
locations, imports from CSV and exports to CSV or Excel.

The figures a clerk must be able to trust sit side by side for each location:
on hand, requested by open repair orders, on order from suppliers, and what is
available (on hand + on order − requested).
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.services import stock, stock_io
from fieldservice.services.csvfiles import ImportReport
from ui.common import ops, pdfpreview, settings, theme
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import Column, PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    ViewSwitch,
    button,
    counted,
    label,
    link_button,
    make_table,
    primary_button,
    section_title,
)
from ui.parts.count import CountsView
from ui.parts.forms import (
    AdjustForm,
    IssueForm,
    LocationPicker,
    LocationsDialog,
    PartForm,
    ReceiveForm,
    ReorderRuleForm,
    ReturnForm,
    ReverseForm,
    SnapshotList,
    StockForm,
    StyledTableModel,
    SupplierOrderDialog,
    TransferForm,
    local_time,
    money_text,
    quantity_text,
)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NEGATIVE = QColor("#b42318")
MUTED = QColor("#6b7a8c")
REVERSED = QColor("#8a97a6")


def signed(value: Decimal) -> str:
    """A movement's quantity with its sign: +5, −2."""
    text = quantity_text(abs(value))
    return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else text


def short_time(moment: dt.datetime) -> str:
    """A moment in local time, without the year when it is this year's."""
    local = moment.astimezone() if moment.tzinfo else moment
    if local.year != dt.date.today().year:
        return local_time(moment)
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, "d MMM HH:mm")


def where(location: str, bin_code: str) -> str:
    return f"{location} / {bin_code}" if bin_code else location


# -- the catalogue ---------------------------------------------------------------------------


def part_columns(widget: QWidget) -> list[Column[stock.PartRow]]:
    return [
        Column(widget.tr("Part number"), lambda r: r.part_number, width=140),
        Column(widget.tr("Description"), lambda r: r.description, width=280),
        Column(widget.tr("Unit"), lambda r: r.unit, width=60),
        Column(widget.tr("On hand"), lambda r: quantity_text(r.on_hand), width=84, align=_RIGHT),
        Column(
            widget.tr("Average cost"),
            lambda r: money_text(r.average_cost),
            width=104,
            align=_RIGHT,
        ),
        Column(widget.tr("Supplier"), lambda r: r.supplier, width=180),
        Column(widget.tr("Default bin"), lambda r: r.default_bin, width=100, stretch=True),
    ]


@dataclass(frozen=True)
class HistoryRow:
    """A movement as the history lists it, with the movement it reverses or that
    reversed it."""

    movement: stock.MovementRecord
    linked: stock.MovementRecord | None

    @property
    def id(self) -> uuid.UUID:
        return self.movement.id

    @property
    def reversed(self) -> bool:
        return self.linked is not None and self.movement.kind != "reversal"


def load_history(db: Database, part: str, offset: int, limit: int) -> list[HistoryRow]:
    """A page of a part's movements, newest first, with their reversal links."""
    if not part:
        return []
    found = stock.movements(db, part, offset=offset, limit=limit)
    links = stock.reversal_links(db, [m.id for m in found])
    return [HistoryRow(m, links.get(m.id)) for m in found]


def movement_kinds(widget: QWidget) -> dict[str, str]:
    return {
        "receipt": widget.tr("Receipt"),
        "issue": widget.tr("Issue to order"),
        "return": widget.tr("Return from order"),
        "faulty": widget.tr("Faulty part returned"),
        "transfer_out": widget.tr("Transfer out"),
        "transfer_in": widget.tr("Transfer in"),
        "adjustment": widget.tr("Adjustment"),
        "count": widget.tr("Count result"),
        "opening": widget.tr("Opening balance"),
        "reversal": widget.tr("Reversal"),
    }


def history_columns(widget: QWidget) -> list[Column[HistoryRow]]:
    kinds = movement_kinds(widget)
    reversed_icon = theme.icon("history", theme.MUTED)

    def kind(row: HistoryRow) -> str:
        return kinds.get(row.movement.kind, row.movement.kind)

    def reference(row: HistoryRow) -> str:
        m = row.movement
        parts = []
        if row.linked is not None:
            other = kinds.get(row.linked.kind, row.linked.kind)
            if m.kind == "reversal":
                parts.append(widget.tr("↩ %s of %s") % (other, short_time(row.linked.at)))
            else:
                parts.append(widget.tr("Reversed %s") % short_time(row.linked.at))
        if m.order_number:
            parts.append(m.order_number)
        if m.reference:
            parts.append(m.reference)
        return " · ".join(parts)

    def reason(row: HistoryRow) -> str:
        m = row.movement
        if m.override_by:
            return widget.tr("Override by %s: %s") % (m.override_by, m.reason)
        return m.reason

    def tip(row: HistoryRow) -> str | None:
        if row.linked is None:
            return None
        other = row.linked
        text = f"{kinds.get(other.kind, other.kind)} {signed(other.quantity)} · "
        text += f"{where(other.location, other.bin)} · {local_time(other.at)}"
        if row.movement.kind == "reversal":
            return widget.tr("Reverses: %s") % text
        return widget.tr("Reversed by: %s") % text

    return [
        Column(
            widget.tr("When"),
            lambda r: short_time(r.movement.at),
            width=112,
            tooltip=lambda r: local_time(r.movement.at),
        ),
        Column(
            widget.tr("Movement"),
            kind,
            width=156,
            icon=lambda r: reversed_icon if r.linked is not None else None,
            tooltip=tip,
        ),
        Column(widget.tr("Qty"), lambda r: signed(r.movement.quantity), width=56, align=_RIGHT),
        Column(
            widget.tr("Where"),
            lambda r: where(r.movement.location, r.movement.bin),
            width=96,
        ),
        Column(widget.tr("Reference / order"), reference, width=170, tooltip=tip),
        Column(widget.tr("Reason"), reason, width=150, tooltip=lambda r: reason(r) or None),
        Column(widget.tr("By"), lambda r: r.movement.by, width=90, stretch=True),
    ]


def _history_style(row: HistoryRow, column: int, role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        if row.reversed or row.movement.kind == "reversal":
            return QBrush(REVERSED)
        if column == 2 and row.movement.quantity < 0:
            return QBrush(NEGATIVE)
    return None


@dataclass(frozen=True)
class PartView:
    stock: stock.PartStock


def load_part(db: Database, part_id: uuid.UUID) -> PartView:
    return PartView(stock.on_hand(db, stock.get_part(db, part_id).part_number))


def _cell(text: str, *, right: bool = False, bold: bool = False, color: QColor | None = None):
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(_RIGHT)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if color is not None:
        item.setForeground(QBrush(color))
    return item


def small_table(columns: Sequence[str], stretch: int = 0) -> QTableWidget:
    """A short read-only table (a part's locations, a report's lines)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


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
            ]
        )
        self.positions.horizontalHeaderItem(4).setToolTip(
            self.tr("On hand + on order − requested by open repair orders")
        )
        for column in range(1, 5):
            self.positions.horizontalHeaderItem(column).setTextAlignment(_RIGHT)
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
            fetch=lambda q, offset, limit: load_history(db, q, offset, limit),
            query="",
            page_size=100,
            style=_history_style,
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
        self._show_bins(found)
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
            (self.tr("Average cost"), money_text(found.average_cost)),
            (self.tr("Standard"), money_text(part.standard_cost) if part.standard_cost else ""),
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
            total = [
                sum((getattr(p, f) for p in positions), Decimal(0))
                for f in ("on_hand", "requested", "on_order")
            ]
            self._position_row(
                len(positions),
                self.tr("Total"),
                *total,
                total[0] + total[2] - total[1],
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

    def _show_bins(self, found: stock.PartStock) -> None:
        if not found.bins:
            self.bins.setText(self.tr("Not in any bin."))
            return
        quarantine = {loc.code for loc in stock.list_locations(self.db) if loc.kind == "quarantine"}
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
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.layout().setSpacing(10)
        self.labels_button = button(self.tr("Print labels…"), "print")
        self.labels_button.setToolTip(self.tr("Labels for the selected parts, or for a bin"))
        bar = self.layout().itemAt(0).layout()
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
        return load_part(self.db, record_id)

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


# -- labels ---------------------------------------------------------------------------------


class LabelsDialog(StockForm):
    """Labels for the parts chosen in the catalogue, or for every part in a bin."""

    def __init__(
        self, db: Database, parts: Sequence[stock.PartRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent, width=560)
        self.set_heading(
            self.tr("Print labels"),
            self.tr("Preview…"),
            self.tr(
                "Each label carries the part number as text and as a QR code, the "
                "description and the bin. Scanning it types the part number."
            ),
        )
        self.parts = list(parts)
        self.preview_dialog: QDialog | None = None
        choice = QWidget()
        rows = QVBoxLayout(choice)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self.selected = QRadioButton(
            counted(
                len(self.parts),
                self.tr("The part selected in the list"),
                self.tr("The {n} parts selected in the list"),
            )
        )
        self.in_bin = QRadioButton(self.tr("Every part kept in a bin:"))
        group = QButtonGroup(self)
        group.addButton(self.selected)
        group.addButton(self.in_bin)
        rows.addWidget(self.selected)
        rows.addWidget(self.in_bin)
        self.form.addRow(self.tr("Labels for"), choice)
        self.location = LocationPicker(self.locations())
        self.bin = QLineEdit()
        self.bin.setMaxLength(32)
        self.bin.setPlaceholderText(self.tr("e.g. A3"))
        self.bin.setMaximumWidth(200)
        self.errors.add_row(self.form, "location", self.tr("Location"), self.location)
        self.errors.add_row(self.form, "bin", self.tr("Bin"), self.bin)
        self.format = QComboBox()
        self.format.addItem(self.tr("57 × 32 mm labels (label printer)"), "57x32")
        self.format.addItem(self.tr("A4 sheet of 3 × 8 labels, 70 × 37 mm"), "a4")
        self.errors.add_row(self.form, "format", self.tr("Print on"), self.format)
        self.selected.setEnabled(bool(self.parts))
        (self.selected if self.parts else self.in_bin).setChecked(True)
        self.in_bin.toggled.connect(self._source_changed)
        self.bin.textEdited.connect(lambda _t: self.in_bin.setChecked(True))
        self._source_changed(self.in_bin.isChecked())

    def _source_changed(self, in_bin: bool) -> None:
        self.location.setEnabled(in_bin)
        if in_bin:
            self.bin.setFocus()

    def submit(self) -> None:
        """Check what is asked for here; the labels are drawn in a worker thread."""
        if self.in_bin.isChecked() and not self.bin.text().strip():
            raise InvalidInput(self.tr("Enter the bin."), field="bin")

    def save(self) -> bool:
        """Draw the labels (in a worker thread); the preview opens when they are
        ready, or the reason they cannot be printed is shown beside its field."""
        self.errors.clear()
        try:
            self.submit()
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        db, fmt = self.db, self.format.currentData()
        if self.selected.isChecked():
            numbers = [p.part_number for p in self.parts]
            work = lambda: stock.part_labels_pdf(db, numbers, fmt)  # noqa: E731
        else:
            location, bin_code = self.location.code(), self.bin.text()
            work = lambda: stock.bin_labels_pdf(db, location, bin_code, fmt)  # noqa: E731
        self.save_button.setEnabled(False)
        ops.Op(self, work).with_progress(self.tr("Drawing the labels…")).success(
            self._show
        ).failure(self._failed).run()
        return True

    def _show(self, pdf: bytes) -> None:
        self.save_button.setEnabled(True)
        parent = self.parentWidget() or self
        self.accept()
        self.preview_dialog = pdfpreview.preview(
            parent, pdf, self.tr("Part labels"), "part-labels.pdf"
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)


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
        Column(widget.tr("On hand"), lambda r: q(r.on_hand), width=72, align=_RIGHT),
        Column(widget.tr("Requested"), lambda r: q(r.requested), width=90, align=_RIGHT),
        Column(widget.tr("On order"), lambda r: q(r.on_order), width=76, align=_RIGHT),
        Column(widget.tr("Available"), lambda r: q(r.available), width=80, align=_RIGHT),
        Column(widget.tr("Reorder at"), lambda r: q(r.reorder_point), width=88, align=_RIGHT),
        Column(widget.tr("Max"), lambda r: q(r.max_quantity), width=48, align=_RIGHT),
        Column(widget.tr("Pack"), lambda r: q(r.pack_size), width=50, align=_RIGHT),
        Column(widget.tr("Suggested"), lambda r: q(r.suggested), width=90, align=_RIGHT),
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
        actions = [
            (
                self.tr("Print %s…") % o.number if len(orders) > 1 else self.tr("Print order…"),
                lambda _c=False, n=o.number: self.print_order(n),
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


# -- import report -----------------------------------------------------------------------------


class _ErrorsModel(QAbstractTableModel):
    """The refused lines of an import (held in memory by the report)."""

    def __init__(self, report: ImportReport, titles: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.errors = report.errors
        self.titles = list(titles)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        error = self.errors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(error.line) if index.column() == 0 else error.message
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return error.message
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return _RIGHT
        return None


class ImportReportDialog(QDialog):
    """What an import did, with every refused line's number and reason."""

    def __init__(
        self, report: ImportReport, title: str, filename: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(title)
        self.setMinimumSize(640, 420 if report.errors else 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "dialogTitle"))
        layout.addWidget(label(filename, "muted"))
        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        for column, (value, text) in enumerate(
            (
                (report.imported, self.tr("imported")),
                (report.unchanged, self.tr("already there")),
                (len(report.errors), self.tr("refused")),
            )
        ):
            number = label(f"{value:,}", "cardTitle")
            if column == 2 and value:
                number.setStyleSheet("color: #b42318;")
            facts.addWidget(number, 0, column)
            facts.addWidget(label(text, "muted"), 1, column)
        facts.setColumnStretch(3, 1)
        layout.addLayout(facts)
        if report.cancelled:
            stopped = Banner()
            stopped.show_message(
                "warning",
                self.tr("The import was stopped before the end; the lines before stay imported."),
            )
            layout.addWidget(stopped)
        self.table: QTableView | None = None
        if report.errors:
            layout.addWidget(
                label(
                    self.tr(
                        "These lines were not imported. Correct them in the file and import "
                        "it again: lines already imported are not imported twice."
                    ),
                    "dialogIntro",
                    wrap=True,
                )
            )
            self.table = QTableView()
            self.table.setModel(_ErrorsModel(report, [self.tr("Line"), self.tr("Reason")], self))
            self.table.verticalHeader().setVisible(False)
            self.table.verticalHeader().setDefaultSectionSize(28)
            self.table.setShowGrid(False)
            self.table.setAlternatingRowColors(True)
            self.table.setWordWrap(False)
            self.table.setColumnWidth(0, 70)
            self.table.horizontalHeader().setStretchLastSection(True)
            self.table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            layout.addWidget(self.table, 1)
        else:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def refused_lines(self) -> list[tuple[int, str]]:
        return [(e.line, e.message) for e in self.report.errors]


# -- the screen ----------------------------------------------------------------------------------


class StockScreen(QWidget):
    """Parts & stock: the catalogue with each part's stock and history, what to
    order, and stock counts; locations, imports and exports in the header."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog | None = None
        self.last_op: ops.Op | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(8)
        switcher = ViewSwitch(
            [
                ("catalogue", self.tr("Catalogue"), "parts"),
                ("to_order", self.tr("To order"), "reports"),
                ("counts", self.tr("Counts"), "check"),
            ]
        )
        self.views = switcher.group
        self.view_buttons = switcher.buttons
        header.addWidget(switcher)
        header.addStretch(1)
        self.locations_button = button(self.tr("Locations…"), "address")
        self.import_button = button(self.tr("Import"), "database")
        self.export_button = button(self.tr("Export"), "save")
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("Catalogue from CSV…"), lambda: self.choose_import("parts"))
        import_menu.addAction(
            self.tr("Opening balances from CSV…"), lambda: self.choose_import("balances")
        )
        self.import_button.setMenu(import_menu)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Stock list…"), lambda: self.choose_export("stock"))
        export_menu.addAction(self.tr("Movements…"), lambda: self.choose_export("movements"))
        self.export_button.setMenu(export_menu)
        for widget in (self.locations_button, self.import_button, self.export_button):
            header.addWidget(widget)
        layout.addLayout(header)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.catalogue = CatalogueView(db)
        self.to_order = ToOrderView(db)
        self.counts = CountsView(db)
        self.stack = QStackedWidget()
        for view in (self.catalogue, self.to_order, self.counts):
            self.stack.addWidget(view)
            view.changed.connect(self._changed)
        layout.addWidget(self.stack, 1)
        self.views.idClicked.connect(self.stack.setCurrentIndex)
        self.view_buttons["catalogue"].setChecked(True)
        self.locations_button.clicked.connect(self.manage_locations)

    # -- views ----------------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        chosen = self.view_buttons[key]
        chosen.setChecked(True)
        self.stack.setCurrentIndex(self.views.id(chosen))

    # A scanned part label opens the part here (see MainWindow.open_record).
    record_kinds = {"part": "open_part"}

    def open_part(self, part_id: uuid.UUID) -> None:
        self.show_view("catalogue")
        self.catalogue.open_part(part_id)

    def refresh(self) -> None:
        self.catalogue.refresh()
        self.to_order.refresh()
        self.counts.refresh()

    def showEvent(self, event) -> None:
        # Work done elsewhere (a repair order's parts, demo data) shows on coming back.
        super().showEvent(event)
        self.refresh()

    def save_state(self) -> None:
        self.catalogue.save_state()

    def _changed(self) -> None:
        sender = self.sender()
        for view in (self.catalogue, self.to_order, self.counts):
            if view is not sender:
                view.refresh()
        self.changed.emit()

    def manage_locations(self) -> LocationsDialog:
        dialog = LocationsDialog(self.db, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- import and export ----------------------------------------------------------------

    def choose_import(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = (
            self.tr("Import the parts catalogue")
            if kind == "parts"
            else self.tr("Import opening balances")
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if chosen:
            self.import_file(kind, Path(chosen))

    def import_file(self, kind: str, path: Path) -> ops.Op:
        """Import *path* (``"parts"`` or ``"balances"``) with progress and Cancel,
        then show the report with every refused line."""
        db = self.db
        importer = stock_io.import_parts if kind == "parts" else stock_io.import_opening_balances
        what = self.tr("lines")
        title = (
            self.tr("Catalogue import") if kind == "parts" else self.tr("Opening balances import")
        )

        def work():
            steps = importer(db, path)
            while True:
                try:
                    done, total = next(steps)
                except StopIteration as finished:
                    return finished.value
                yield done, total, f"{done:,} / {total:,} {what}"

        def finished(report: ImportReport) -> None:
            self.show_import_report(report, title, path.name)
            self.refresh()
            self.changed.emit()

        def stopped() -> None:
            self.banner.show_message(
                "warning",
                self.tr("Import of %s stopped; the lines before stay imported.") % path.name,
            )
            self.refresh()

        self.last_op = (
            ops.Op(self, work)
            .with_progress(self.tr("Importing %s…") % path.name)
            .success(finished)
            .cancelled(stopped)
            .run()
        )
        return self.last_op

    def show_import_report(
        self, report: ImportReport, title: str, filename: str
    ) -> ImportReportDialog:
        dialog = ImportReportDialog(report, title, filename, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_export(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "stock.xlsx" if kind == "stock" else "stock-movements.xlsx"
        excel, csv_files = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the stock list") if kind == "stock" else self.tr("Export movements"),
            str(Path(folder) / name),
            f"{excel};;{csv_files}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if chosen_filter == csv_files else ".xlsx")
        self.export_to(kind, path)

    def export_to(self, kind: str, path: Path) -> ops.Op:
        """Write the stock list or the movements to *path* (.csv or .xlsx, by suffix)."""
        db = self.db
        write = stock_io.export_stock if kind == "stock" else stock_io.export_movements

        def saved(written: Path) -> None:
            self.banner.show_message("info", self.tr("Saved to %s.") % written)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FieldServiceError):
                self.banner.show_message("error", exc.message)
            else:
                ops.show_error(self, exc)

        self.last_op = (
            ops.Op(self, lambda: write(db, path))
            .with_progress(self.tr("Exporting to %s…") % path.name, cancellable=False)
            .success(saved)
            .failure(failed)
            .run()
        )
        return self.last_op
