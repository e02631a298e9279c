"""The Maintenance screen's two-line paged lists (the due list, every plan) and the
colours that say how urgent a row is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStackedWidget, QTableView, QVBoxLayout

from ui.common import theme
from ui.common.pagedmodel import ROW_ROLE, PagedTableModel
from ui.common.widgets import EmptyState

Index = QModelIndex | QPersistentModelIndex


ROW_HEIGHT = 46
OVERDUE = QColor(theme.DANGER)
THIS_WEEK = QColor(theme.WARNING)
LATER = QColor("#5b6b7d")
DONE = QColor("#1b6b3f")


def list_with_empty_state(
    table: QTableView, layout: QVBoxLayout
) -> tuple[EmptyState, QStackedWidget]:
    """A maintenance list of two-line rows, and the empty state shown in its place,
    stacked into *layout*."""
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    empty = EmptyState("maintenance", "", "")
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    layout.addWidget(stack, 1)
    return empty, stack


class UrgencyModel(PagedTableModel):
    """A paged list whose column URGENT is coloured by how urgent its row is (bold
    when overdue): the due list and the plans list."""

    URGENT = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bold = QFont()
        self._bold.setBold(True)

    def urgency(self, row: Any) -> str | None:
        """ "overdue", "this_week" or "later"; None leaves the cell plain."""
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() == self.URGENT and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            row = super().data(index, ROW_ROLE)
            bucket = None if row is None else self.urgency(row)
            if bucket is not None:
                if role == Qt.ItemDataRole.FontRole:
                    return self._bold if bucket == "overdue" else None
                return {"overdue": OVERDUE, "this_week": THIS_WEEK}.get(bucket, LATER)
        return super().data(index, role)
