"""Complaints: the list (unresolved or all), a complaint's facts, assigning and
resolving it.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import followups
from fieldservice.services.followups import ComplaintRecord
from ui.common import ops, theme
from ui.common.badges import Badge
from ui.common.formatting import day_text
from ui.common.pagedmodel import ROW_ROLE, Column, PagedTableModel
from ui.common.tables import panel
from ui.common.widgets import (
    Banner,
    EmptyState,
    Facts,
    button,
    counted,
    label,
    make_table,
    primary_button,
    section_title,
)
from ui.followups.calls import ROW_HEIGHT
from ui.followups.forms import AssignDialog, ComplaintDialog, ResolveDialog

Index = QModelIndex | QPersistentModelIndex


STATUS_KINDS = {"open": "red", "investigating": "amber", "resolved": "green"}


def complaint_status_words(widget: QWidget) -> dict[str, str]:
    return {
        "open": widget.tr("Open"),
        "investigating": widget.tr("Investigating"),
        "resolved": widget.tr("Resolved"),
    }


def complaint_columns(widget: QWidget) -> list[Column[ComplaintRecord]]:
    words = complaint_status_words(widget)
    return [
        Column(
            widget.tr("Complaint"),
            lambda c: f"{c.number}\n{day_text(c.opened_on)}",
            width=140,
        ),
        Column(
            widget.tr("Customer · order"),
            lambda c: f"{c.customer_name or '—'}\n{c.order_number}",
            width=170,
        ),
        Column(
            widget.tr("What the customer said"),
            lambda c: c.description.replace("\n", " "),
            width=220,
            stretch=True,
            tooltip=lambda c: c.description,
        ),
        Column(
            widget.tr("Status"),
            lambda c: f"{words.get(c.status, c.status)}\n{c.assigned_to}",
            width=124,
            tooltip=lambda c: (
                widget.tr("Assigned to %s") % c.assigned_to if c.assigned_to else None
            ),
        ),
    ]


class ComplaintsModel(PagedTableModel):
    COLOURS = {"open": QColor(theme.DANGER), "investigating": QColor(theme.WARNING)}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            complaint = super().data(index, ROW_ROLE)
            if complaint is None:
                return None
            return self.COLOURS.get(complaint.status, QColor("#1b6b3f"))
        return super().data(index, role)


class ComplaintsView(QWidget):
    """Complaints, unresolved first by default; assign and resolve the chosen one."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.current: ComplaintRecord | None = None
        self.dialog: QDialog | None = None
        self._select_when_loaded: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(label(self.tr("Show"), "fieldName"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Unresolved"), "unresolved")
        self.status.addItem(self.tr("All complaints"), "")
        for code, words in complaint_status_words(self).items():
            self.status.addItem(words, code)
        bar.addWidget(self.status)
        self.counter = label("", "counter")
        bar.addWidget(self.counter)
        bar.addStretch(1)
        self.new_button = primary_button(self.tr("New complaint…"), "add")
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.banner = Banner()
        layout.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.model = ComplaintsModel(
            complaint_columns(self),
            count=lambda status: followups.count_complaints(db, status),
            fetch=lambda status, offset, limit: followups.list_complaints_page(
                db, status, offset=offset, limit=limit
            ),
            query="unresolved",
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.empty = EmptyState("followups", "", "")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        splitter.addWidget(self.list_stack)

        card, card_layout = panel(self.tr("Complaint"))
        head = QHBoxLayout()
        self.title = label("", "cardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.badge = Badge()
        head.addWidget(self.badge)
        card_layout.insertLayout(0, head)
        self.facts = Facts()
        card_layout.addWidget(self.facts)
        card_layout.addWidget(section_title(self.tr("What the customer said")))
        self.description = label("", wrap=True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.description)
        self.resolution_title = section_title(self.tr("Resolution"))
        card_layout.addWidget(self.resolution_title)
        self.resolution = label("", wrap=True)
        self.resolution.setTextFormat(Qt.TextFormat.PlainText)
        card_layout.addWidget(self.resolution)
        buttons = QHBoxLayout()
        self.assign_button = button(self.tr("Assign…"), "user")
        self.resolve_button = primary_button(self.tr("Resolve…"), "check")
        buttons.addStretch(1)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.resolve_button)
        card_layout.addLayout(buttons)
        card_layout.addStretch(1)
        self.no_complaint = EmptyState(
            "followups", self.tr("Choose a complaint"), self.tr("Its details show here.")
        )
        self.detail = QStackedWidget()
        self.detail.addWidget(self.no_complaint)
        self.detail.addWidget(card)
        self.detail.setMinimumWidth(340)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])
        layout.addWidget(splitter, 1)

        self.status.currentIndexChanged.connect(
            lambda _i: self.model.set_query(self.status.currentData())
        )
        self.model.totalChanged.connect(self._show_total)
        self.model.pageLoaded.connect(lambda _p: self._page_loaded())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.assign_button.clicked.connect(lambda: self.assign())
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self._show_total(self.model.total())

    def refresh(self) -> None:
        self.model.refresh()
        if self.current is not None:
            self.show_complaint(self.current.id)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.counter.setText(self.tr("Counting…"))
            return
        self.counter.setText(counted(total, self.tr("1 complaint"), self.tr("{n} complaints")))
        if total:
            self.list_stack.setCurrentIndex(0)
            return
        if self.status.currentData() == "unresolved":
            self.empty.set_text(
                self.tr("No unresolved complaints"),
                self.tr("Every complaint recorded has been resolved."),
            )
        else:
            self.empty.set_text(
                self.tr("No complaints"),
                self.tr("Complaints come from follow-up calls or are recorded with New complaint…"),
            )
        self.list_stack.setCurrentIndex(1)

    def _page_loaded(self) -> None:
        if self._select_when_loaded is not None:
            row = self.model.find_key(self._select_when_loaded)
            if row is not None:
                self._select_when_loaded = None
                self.table.selectRow(row)

    def open_complaint(self, complaint_id: uuid.UUID) -> None:
        """Show one complaint (selected in the list when it is in view)."""
        self._select_when_loaded = complaint_id
        self.model.refresh()
        self._page_loaded()
        self.show_complaint(complaint_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        complaint = self.model.row(current.row()) if current.isValid() else None
        if complaint is not None:
            self._show(complaint)

    def show_complaint(self, complaint_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: followups.get_complaint(db, complaint_id)).success(self._show).run()

    def _show(self, complaint: ComplaintRecord) -> None:
        self.current = complaint
        words = complaint_status_words(self)
        self.title.setText(complaint.number)
        self.badge.set_badge(
            words.get(complaint.status, complaint.status),
            STATUS_KINDS.get(complaint.status, "grey"),
        )
        self.facts.set_facts(
            [
                ("customer", "user", self.tr("Customer"), complaint.customer_name),
                ("order", "repairs", self.tr("Order"), complaint.order_number),
                ("opened", "calendar", self.tr("Opened"), day_text(complaint.opened_on)),
                ("assigned", "user", self.tr("Assigned to"), complaint.assigned_to),
                ("resolved", "check", self.tr("Resolved"), day_text(complaint.resolved_on)),
            ]
        )
        self.description.setText(complaint.description)
        resolved = complaint.status == "resolved"
        self.resolution_title.setVisible(resolved)
        self.resolution.setVisible(resolved)
        self.resolution.setText(complaint.resolution)
        self.assign_button.setEnabled(not resolved)
        self.resolve_button.setEnabled(not resolved)
        self.detail.setCurrentIndex(1)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: Any) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        if isinstance(dialog, ResolveDialog):
            self.banner.show_message("info", self.tr("%s resolved.") % saved.number)
        self._show(saved)
        self.model.refresh()
        self.changed.emit()

    def new_complaint(self) -> QDialog:
        return self._open(ComplaintDialog(self.db, parent=self))

    def assign(self) -> QDialog | None:
        if self.current is None:
            return None
        return self._open(AssignDialog(self.db, self.current, self))

    def resolve(self) -> QDialog | None:
        if self.current is None:
            return None
        return self._open(ResolveDialog(self.db, self.current, self))
