"""Tables of the parts screens: lists a service returns whole, paged models whose
rows may be coloured, and the look of a plain table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
)

from ui.common.pagedmodel import PagedTableModel


def plain_table(table: QTableWidget, *, stretch: int) -> None:
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


# -- lists the services return whole -------------------------------------------------------


class SnapshotList:
    """A list a service returns whole (the to-order list, a count sheet), shown
    through a :class:`~ui.common.pagedmodel.PagedTableModel`: loaded once per query in
    the worker thread, then handed out a page at a time. :meth:`invalidate`
    before ``model.refresh()`` loads it afresh."""

    def __init__(self, load: Callable[[Any], Sequence[Any]]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._query: Any = _STALE
        self._rows: list[Any] = []

    def rows(self, query: Any) -> list[Any]:
        with self._lock:
            if query is None:
                return []
            if self._query is _STALE or query != self._query:
                self._rows = list(self._load(query))
                self._query = query
            return self._rows

    def count(self, query: Any) -> int:
        return len(self.rows(query))

    def fetch(self, query: Any, offset: int, limit: int) -> list[Any]:
        return self.rows(query)[offset : offset + limit]

    def invalidate(self) -> None:
        with self._lock:
            self._query = _STALE


_STALE = object()


class StyledTableModel(PagedTableModel):
    """A paged model whose rows may be coloured: *style(row, column, role)* returns
    a brush, font or None for the foreground, background and font roles."""

    def __init__(self, *args: Any, style: Callable[[Any, int, int], Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._style = style

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in _STYLE_ROLES:
            row = self.row(index.row())
            if row is not None:
                styled = self._style(row, index.column(), role)
                if styled is not None:
                    return styled
        return super().data(index, role)


class TintDelegate(QStyledItemDelegate):
    """Paints a cell's background brush (a count difference) under its text; the
    application's style sheet draws table items without it otherwise."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if isinstance(brush, QBrush) and not selected:
            painter.fillRect(option.rect, brush)  # type: ignore[attr-defined]
        super().paint(painter, option, index)


_STYLE_ROLES = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
)
