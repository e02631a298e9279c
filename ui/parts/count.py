"""Stock counts on the Parts & stock screen: start a count of a location (or a
range of its bins), enter what is on the shelves with a scanner, see the
differences, then post them or cancel the count.

Entry is made for a scanner: scanning a part's label types its number and an
Enter, which moves to the quantity; Enter there records the line and brings
the cursor back to the part field for the next label. Lines not counted are
left as they are when the count is posted, never set to zero, and the screen
says so.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound
from fieldservice.services import stock, stockcount
from ui.common import ops, theme
from ui.common.forms import FieldErrors, form_layout
from ui.common.pagedmodel import Column
from ui.common.widgets import (
    Banner,
    EmptyState,
    button,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)
from ui.parts.fields import LocationPicker, PartNumberField
from ui.parts.figures import RIGHT, local_time, quantity_text, signed
from ui.parts.lists import SnapshotList, StyledTableModel, TintDelegate

DIFFERENCE_TINT = QColor("#fff4e0")
MATCH = QColor("#2e7d4f")
SHORT = QColor("#b42318")
MUTED = QColor("#8a97a6")

T = TypeVar("T")


def sheet_columns(widget: QWidget) -> list[Column[stockcount.CountLine]]:
    def counted_text(line: stockcount.CountLine) -> str:
        return widget.tr("not counted") if line.counted is None else quantity_text(line.counted)

    def difference(line: stockcount.CountLine) -> str:
        if line.difference is None:
            return "—"
        return signed(line.difference)

    return [
        Column(widget.tr("Bin"), lambda r: r.bin or "—", width=80),
        Column(widget.tr("Part number"), lambda r: r.part_number, width=140),
        Column(widget.tr("Description"), lambda r: r.description, width=260),
        Column(
            widget.tr("Expected"),
            lambda r: quantity_text(r.expected),
            width=90,
            align=RIGHT,
            tooltip=lambda r: widget.tr("On the books when the count started"),
        ),
        Column(
            widget.tr("On hand now"),
            lambda r: quantity_text(r.on_hand),
            width=112,
            align=RIGHT,
            tooltip=lambda r: widget.tr("On the books now: posting compares the count with this"),
        ),
        Column(widget.tr("Counted"), counted_text, width=100, align=RIGHT),
        Column(widget.tr("Difference"), difference, width=100, align=RIGHT, stretch=True),
    ]


def _sheet_style(line: stockcount.CountLine, column: int, role: int) -> Any:
    diff = line.difference
    if role == Qt.ItemDataRole.BackgroundRole and diff:
        return QBrush(DIFFERENCE_TINT)
    if role == Qt.ItemDataRole.ForegroundRole:
        if line.counted is None and column in (5, 6):
            return QBrush(MUTED)
        if column == 6 and diff is not None:
            return QBrush(MATCH if diff == 0 else SHORT)
    if role == Qt.ItemDataRole.FontRole:
        if line.counted is None and column == 5:
            font = QFont()
            font.setItalic(True)
            return font
        if column == 6 and diff:
            font = QFont()
            font.setBold(True)
            return font
    return None


class CountsView(QWidget):
    """Start a count, pick an open one up again, count with a scanner, post."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.count_id: uuid.UUID | None = None
        self.sheet: stockcount.CountSheet | None = None
        self.last_line: stockcount.CountLine | None = None
        self.confirm: QMessageBox | None = None
        self.post_button_of_confirm: QPushButton | None = None
        self._select_when_loaded: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_sheet())
        layout.addWidget(self.pages, 1)
        self.reload_open_counts()

    # -- starting a count ---------------------------------------------------------------------

    def _build_start(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        start = QFrame()
        self.start_card = start
        start.setObjectName("card")
        start.setFixedWidth(400)
        box = QVBoxLayout(start)
        box.setContentsMargins(20, 18, 20, 18)
        box.setSpacing(12)
        box.addWidget(label(self.tr("Start a count"), "dialogTitle"))
        box.addWidget(
            label(
                self.tr(
                    "The count sheet lists what the books say for each part and bin of the "
                    "location. Scan each part on the shelf and enter what you find; parts "
                    "not on the sheet are added as you scan them."
                ),
                "muted",
                wrap=True,
            )
        )
        self.start_banner = Banner()
        box.addWidget(self.start_banner)
        self.start_errors = FieldErrors(self.start_banner)
        form = form_layout()
        self.location = LocationPicker(stock.list_locations(self.db))
        self.bin_from = QLineEdit()
        self.bin_from.setPlaceholderText(self.tr("First bin (optional)"))
        self.bin_to = QLineEdit()
        self.bin_to.setPlaceholderText(self.tr("Last bin (optional)"))
        self.start_errors.add_row(form, "location", self.tr("Location"), self.location)
        self.start_errors.add_row(form, "bin_from", self.tr("From bin"), self.bin_from)
        self.start_errors.add_row(form, "bin_to", self.tr("To bin"), self.bin_to)
        box.addLayout(form)
        self.start_button = primary_button(self.tr("Start count"), "check")
        self.start_button.clicked.connect(self.start)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        box.addLayout(actions)
        box.addStretch(1)
        row.addWidget(start)

        open_box = QVBoxLayout()
        open_box.setSpacing(8)
        bar = QHBoxLayout()
        bar.addWidget(section_title(self.tr("Counts in progress")))
        bar.addStretch(1)
        self.continue_button = button(self.tr("Continue counting"), "open")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._continue_selected)
        bar.addWidget(self.continue_button)
        open_box.addLayout(bar)
        self.open_table = QTableWidget(0, 5)
        self.open_table.setHorizontalHeaderLabels(
            [
                self.tr("Count"),
                self.tr("Location"),
                self.tr("Bins"),
                self.tr("Started"),
                self.tr("Counted"),
            ]
        )
        self.open_table.verticalHeader().setVisible(False)
        self.open_table.verticalHeader().setDefaultSectionSize(30)
        self.open_table.setShowGrid(False)
        self.open_table.setAlternatingRowColors(True)
        self.open_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.open_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.open_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.open_table.itemSelectionChanged.connect(
            lambda: self.continue_button.setEnabled(bool(self.open_table.selectedItems()))
        )
        self.open_table.itemActivated.connect(lambda _item: self._continue_selected())
        self.open_stack = QStackedWidget()
        self.open_stack.addWidget(self.open_table)
        self.open_stack.addWidget(
            EmptyState(
                "check",
                self.tr("No count in progress"),
                self.tr("Start a count of a location, or of a range of its bins, on the left."),
            )
        )
        open_box.addWidget(self.open_stack, 1)
        row.addLayout(open_box, 1)
        return page

    def reload_open_counts(self) -> None:
        self.open_counts = stockcount.open_counts(self.db)
        table = self.open_table
        table.setRowCount(len(self.open_counts))
        for i, c in enumerate(self.open_counts):
            bins = (
                f"{c.bin_from or '…'} – {c.bin_to or '…'}"
                if c.bin_from or c.bin_to
                else self.tr("All")
            )
            started = local_time(c.started_at) + (f" · {c.started_by}" if c.started_by else "")
            progress = self.tr("%s of %s lines") % (c.counted, c.lines)
            for j, text in enumerate((c.number, c.location, bins, started, progress)):
                table.setItem(i, j, QTableWidgetItem(text))
        self.open_stack.setCurrentIndex(0 if self.open_counts else 1)
        self.continue_button.setEnabled(False)

    def refresh(self) -> None:
        locations = stock.list_locations(self.db)
        chosen = self.location.code()
        self.location.clear()
        for loc in locations:
            self.location.addItem(f"{loc.code} · {loc.name}", loc.code)
        self.location.set_code(chosen)
        self.reload_open_counts()
        if self.count_id is not None:
            self.reload_sheet()

    def start(self) -> bool:
        self.start_errors.clear()
        db, location = self.db, self.location.code()
        bin_from, bin_to = self.bin_from.text(), self.bin_to.text()
        return ops.save(
            self,
            lambda: stockcount.start_count(db, location, bin_from, bin_to),
            self._started,
            self.start_errors.show,
            busy=self.start_card,
        )

    def _started(self, sheet: stockcount.CountSheet) -> None:
        self.bin_from.clear()
        self.bin_to.clear()
        self.reload_open_counts()
        self.open_count(sheet.id)

    def _continue_selected(self) -> None:
        row = self.open_table.currentRow()
        if 0 <= row < len(self.open_counts):
            self.open_count(self.open_counts[row].id)

    # -- the sheet ----------------------------------------------------------------------------

    def _build_sheet(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.sheet_title = label("", "cardTitle")
        self.sheet_subtitle = label("", "cardSubtitle")
        titles.addWidget(self.sheet_title)
        titles.addWidget(self.sheet_subtitle)
        header.addLayout(titles, 1)
        self.back_button = button(self.tr("All counts"))
        self.cancel_button = button(self.tr("Cancel count…"), "close")
        self.post_button = primary_button(self.tr("Post count…"), "check")
        self.back_button.clicked.connect(self.show_start)
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.post_button.clicked.connect(self.confirm_post)
        for widget in (self.back_button, self.cancel_button, self.post_button):
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        entry = QFrame()
        self.entry = entry
        entry.setObjectName("card")
        grid = QGridLayout(entry)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.entry_banner = Banner()
        self.entry_errors = FieldErrors(self.entry_banner)
        self.part = PartNumberField()
        self.part.setMinimumWidth(300)
        self.part.setPlaceholderText(self.tr("Scan or type the part number"))
        self.bin = QLineEdit()
        self.bin.setMaxLength(32)
        self.bin.setPlaceholderText(self.tr("Default bin"))
        self.bin.setFixedWidth(120)
        self.quantity = QLineEdit()
        self.quantity.setMaxLength(20)
        self.quantity.setPlaceholderText(self.tr("Found"))
        self.quantity.setFixedWidth(120)
        self.part.next_field = self.quantity
        self.record_button = primary_button(self.tr("Record"))
        self.record_button.setAutoDefault(False)
        self.quantity.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        for column, (title, control, field) in enumerate(
            (
                (self.tr("Part number"), self.part, "part_number"),
                (self.tr("Bin"), self.bin, "bin"),
                (self.tr("Counted"), self.quantity, "counted"),
            )
        ):
            grid.addWidget(label(title, "fieldName"), 0, column)
            grid.addWidget(control, 1, column)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(error, 2, column, 1, 4 - column if column == 0 else 1)
            self.entry_errors.register(field, control, error)
        grid.addWidget(self.record_button, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(4, 1)
        # Says how to count until the first line is recorded, then what was recorded.
        self.hint = self.tr(
            "Scan a part's label: the cursor moves to Counted; Enter records the line and "
            "returns to the part number. Leave Bin empty for the part's default bin."
        )
        self.feedback = label(self.hint, "muted", wrap=True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.feedback, 3, 0, 1, 5)
        grid.addWidget(self.entry_banner, 4, 0, 1, 5)
        layout.addWidget(entry)

        summary = QHBoxLayout()
        self.summary = label("", "counter")
        summary.addWidget(self.summary)
        summary.addStretch(1)
        icon = QLabel()
        icon.setPixmap(theme.pixmap("info", 16, theme.ACCENT))
        summary.addWidget(icon)
        self.not_counted_note = label(
            self.tr(
                "Lines not counted are left as they are when the count is posted: they are "
                "not set to zero."
            ),
            "muted",
        )
        summary.addWidget(self.not_counted_note)
        layout.addLayout(summary)

        self.snapshot = SnapshotList(self._load_lines)
        self.model = StyledTableModel(
            sheet_columns(self),
            count=self.snapshot.count,
            fetch=self.snapshot.fetch,
            query=None,
            key=lambda line: (line.part_number, line.bin),
            style=_sheet_style,
            page_size=200,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setItemDelegate(TintDelegate(self.table))
        layout.addWidget(self.table, 1)
        self.model.totalChanged.connect(lambda _t: self._show_summary())
        self.model.pageLoaded.connect(self._page_loaded)
        return page

    def _load_lines(self, query: Any) -> tuple[stockcount.CountLine, ...]:
        count_id, _generation = query
        sheet = stockcount.count_sheet(self.db, count_id)
        self.sheet = sheet
        return sheet.lines

    def open_count(self, count_id: uuid.UUID) -> None:
        """Show the sheet of an open count, ready for the first scan."""
        self.count_id = count_id
        self.last_line = None
        self.feedback.setText(self.hint)
        self.entry_errors.clear()
        self.banner.clear()
        self.snapshot.invalidate()
        self.model.set_query((count_id, 0))
        self._show_header()
        self.pages.setCurrentIndex(1)
        self.part.setFocus()

    def reload_sheet(self) -> None:
        if self.count_id is None:
            return
        self.snapshot.invalidate()
        self.model.refresh()

    def show_start(self) -> None:
        self.count_id = None
        self.reload_open_counts()
        self.pages.setCurrentIndex(0)

    def _show_header(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        self.sheet_title.setText(self.tr("Count %s") % sheet.number)
        if sheet.bin_from or sheet.bin_to:
            scope = self.tr("%s, bins %s to %s") % (
                sheet.location,
                sheet.bin_from or "…",
                sheet.bin_to or "…",
            )
        else:
            scope = self.tr("%s, every bin") % sheet.location
        self.sheet_subtitle.setText(scope)

    def _show_summary(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        self._show_header()
        lines = len(sheet.lines)
        not_counted = len(sheet.not_counted)
        parts = [
            counted(lines, self.tr("1 line"), self.tr("{n} lines")),
            counted(lines - not_counted, self.tr("1 counted"), self.tr("{n} counted")),
            counted(len(sheet.differences), self.tr("1 difference"), self.tr("{n} differences")),
            counted(not_counted, self.tr("1 not counted"), self.tr("{n} not counted")),
        ]
        self.summary.setText(" · ".join(parts))

    def _page_loaded(self, _page: int) -> None:
        key = self._select_when_loaded
        if key is None:
            return
        row = self.model.find_key(key)
        if row is not None:
            self._select_when_loaded = None
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def record(self) -> bool:
        """Record what was found of the part in the field; back to the part field."""
        if self.count_id is None:
            return False
        self.entry_errors.clear()
        number = self.part.number()
        if not number:
            self._not_recorded(
                InvalidInput(
                    self.tr("Scan the part's label or type its number."), field="part_number"
                )
            )
            return False
        db, count_id, quantity = self.db, self.count_id, self.quantity.text()
        bin = self.bin.text().strip() or None
        return ops.save(
            self,
            lambda: stockcount.record_count(db, count_id, number, quantity, bin),
            self._recorded,
            self._not_recorded,
            busy=self.entry,
        )

    def _not_recorded(self, exc: FieldServiceError) -> None:
        if isinstance(exc, NotFound):
            self.entry_errors.show(InvalidInput(exc.message, field="part_number"))
        elif exc.field == "count":
            self.entry_banner.show_message("error", exc.message)
        else:
            self.entry_errors.show(exc)

    def _recorded(self, line: stockcount.CountLine) -> None:
        self.last_line = line
        difference = line.difference or Decimal(0)
        self.feedback.setText(
            self.tr("Recorded: %s in bin %s, counted %s, on hand %s, difference %s")
            % (
                line.part_number,
                line.bin or "—",
                quantity_text(line.counted),
                quantity_text(line.on_hand),
                signed(difference),
            )
        )
        self.part.clear()
        self.quantity.clear()
        self.bin.clear()
        self._select_when_loaded = (line.part_number, line.bin)
        self.reload_sheet()
        self.part.setFocus()

    # -- posting and cancelling -------------------------------------------------------------

    def confirm_post(self) -> QMessageBox | None:
        if self.count_id is None:
            return None
        sheet = stockcount.count_sheet(self.db, self.count_id)
        differences = len(sheet.differences)
        not_counted = len(sheet.not_counted)
        text = counted(
            differences,
            self.tr("1 line differs from the books: its difference is booked as a count movement."),
            self.tr(
                "{n} lines differ from the books: their differences are booked as count movements."
            ),
        )
        if not differences:
            text = self.tr("Every counted line matches the books: nothing is booked.")
        if not_counted:
            text += "\n\n" + counted(
                not_counted,
                self.tr("1 line was not counted: it is left as it is, not set to zero."),
                self.tr("{n} lines were not counted: they are left as they are, not set to zero."),
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Post count %s") % sheet.number)
        box.setText(self.tr("Post count %s?") % sheet.number)
        box.setInformativeText(text)
        post = box.addButton(self.tr("Post count"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        post.clicked.connect(self.post)
        self.confirm = box
        self.post_button_of_confirm = post
        box.open()
        return box

    def post(self) -> bool:
        if self.count_id is None:
            return False
        db, count_id = self.db, self.count_id
        return ops.save(
            self, lambda: stockcount.post_count(db, count_id), self._posted, self._show_refusal
        )

    def _show_refusal(self, exc: FieldServiceError) -> None:
        self.banner.show_message("error", exc.message)

    def _posted(self, sheet: stockcount.CountSheet) -> None:
        posted = len([line for line in sheet.lines if line.counted is not None])
        left = len(sheet.not_counted)
        message = self.tr("Count %s posted: %s counted, %s left as they were.") % (
            sheet.number,
            counted(posted, self.tr("1 line"), self.tr("{n} lines")),
            counted(left, self.tr("1 line not counted"), self.tr("{n} lines not counted")),
        )
        self.show_start()
        self.banner.show_message("info", message)
        self.changed.emit()

    def confirm_cancel(self) -> QMessageBox | None:
        if self.count_id is None or self.sheet is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cancel count %s") % self.sheet.number)
        box.setText(self.tr("Cancel count %s?") % self.sheet.number)
        box.setInformativeText(
            self.tr("What was entered is dropped and nothing is booked. Stock is not changed.")
        )
        drop = box.addButton(self.tr("Cancel count"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep counting"), QMessageBox.ButtonRole.RejectRole)
        drop.clicked.connect(self.cancel_count)
        self.confirm = box
        box.open()
        return box

    def cancel_count(self) -> None:
        if self.count_id is None:
            return
        number = self.sheet.number if self.sheet is not None else ""
        db, count_id = self.db, self.count_id
        ops.save(
            self,
            lambda: stockcount.cancel_count(db, count_id),
            lambda _result: self._cancelled(number),
            self._show_refusal,
        )

    def _cancelled(self, number: str) -> None:
        self.show_start()
        self.banner.show_message("info", self.tr("Count %s cancelled; stock unchanged.") % number)
