"""A table model over a paged service query: never "load all rows".

The model knows how many rows match (``count(query)``) and fetches rows a page
at a time (``fetch(query, offset, limit)``) the first time a row of that page
is painted. Pages are kept in a small least-recently-used cache, so memory
stays bounded however far one scrolls through a million units.

Both functions run through :mod:`ui.common.ops` in a worker thread: the GUI never
waits for SQLite. While a page is on its way its rows show a quiet "…", and
when it arrives only those rows are repainted. Page 0 and the count are asked
for together when the query is set, and the first page is shown as soon as it
arrives (a count over a large table takes longer than a page), so the first
rows appear at once. Only one page is fetched at a time, the most recently
wanted one first: dragging the scroll bar through a long list fetches the
pages where it stops, not every page it passed.

The model is reused for every long list (customers, units, later orders and
parts): it takes the two functions and the columns as arguments::

    model = PagedTableModel(
        [Column("Serial", lambda r: r.serial), ...],
        count=lambda q: units.count_units(db, q),
        fetch=lambda q, offset, limit: units.list_units(db, q, offset=offset, limit=limit),
    )
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from fieldservice.errors import FieldServiceError
from ui.common import formatting, ops

log = logging.getLogger("fieldservice.ui.pagedmodel")

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PLACEHOLDER = "…"
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title and how to read its value from a row.

    ``value`` may return text, a number, a date or None. ``icon`` and ``tooltip``
    are optional, per row. ``width`` is the starting width in pixels; a
    ``stretch`` column takes the remaining space.
    """

    title: str
    value: Callable[[R], object]
    width: int = 140
    align: Qt.AlignmentFlag = _LEFT
    icon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    stretch: bool = False


def display(value: object) -> str:
    """A value as shown in a table cell (dates in the user's language)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return formatting.day_text(local.date())
    if isinstance(value, dt.date):
        return formatting.day_text(value)
    if isinstance(value, int):
        return formatting.number(value)
    return str(value)


def _default_key(row: Any) -> Any:
    return getattr(row, "id", None)


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows of a paged query, fetched lazily and cached a few pages at a time.

    ``count(query) -> int`` and ``fetch(query, offset, limit) -> rows`` are
    called in a worker thread and must not touch widgets. ``query`` is whatever
    those functions take (a search text for customers and units).
    """

    pageLoaded = Signal(int)
    totalChanged = Signal(int)
    loadFailed = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        count: Callable[[Any], int],
        fetch: Callable[[Any, int, int], Sequence[R]],
        *,
        query: Any = "",
        page_size: int = 200,
        max_pages: int = 25,
        key: Callable[[R], Any] = _default_key,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or max_pages < 2:
            raise ValueError("page_size must be at least 1 and max_pages at least 2")
        self.columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._key = key
        self.page_size = page_size
        self.max_pages = max_pages
        self._query = query
        # Bumped when the query changes (old results are thrown away) ...
        self._serial = 0
        # ... and on refresh too (old pages are still shown until fresh ones come).
        self._generation = 0
        self._total: int | None = None
        self._rows = 0
        self._pages: OrderedDict[int, tuple[int, list[R]]] = OrderedDict()
        self._last_page = -1
        self._wanted: OrderedDict[int, None] = OrderedDict()
        # (query serial, page) of the page on its way, if any.
        self._loading: tuple[int, int] | None = None
        self._in_data = False
        self._placeholder_color = QColor("#9aa6b4")
        # What was fetched, for tests and benchmarks.
        self.pages_fetched = 0
        self.rows_fetched = 0
        self.fetch_log: list[tuple[int, int]] = []
        self._start()

    # -- what the screens call ------------------------------------------------------

    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        """Show the rows matching *query* (from the first page, fetched afresh)."""
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._serial += 1
        self._pages.clear()
        self._wanted.clear()
        self._last_page = -1
        self._loading = None
        self._total = None
        self._rows = 0
        self.endResetModel()
        self._start()

    def refresh(self) -> None:
        """Fetch the count and the pages on screen again (after an edit), keeping
        the rows shown until the fresh ones arrive."""
        self._wanted.clear()
        self._start()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, len(self.columns) - 1)
            )

    def total(self) -> int | None:
        """How many rows match, once counted."""
        return self._total

    def row(self, row: int) -> R | None:
        """The row object at *row* if its page is loaded (never fetches)."""
        entry = self._pages.get(row // self.page_size)
        if entry is None:
            return None
        rows = entry[1]
        offset = row % self.page_size
        return rows[offset] if offset < len(rows) else None

    def key(self, row: int) -> Any:
        found = self.row(row)
        return None if found is None else self._key(found)

    def find_key(self, key: Any) -> int | None:
        """The row number of the row with *key*, if it is in a loaded page."""
        for page, (_gen, rows) in self._pages.items():
            for i, r in enumerate(rows):
                if self._key(r) == key:
                    return page * self.page_size + i
        return None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def cached_rows(self) -> int:
        return sum(len(rows) for _gen, rows in self._pages.values())

    def is_loading(self) -> bool:
        return self._loading is not None

    # -- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_number = index.row()
        page = row_number // self.page_size
        entry = self._pages.get(page)
        if entry is None or entry[0] != self._generation:
            self._in_data = True
            try:
                self._want(page)
            finally:
                self._in_data = False
            entry = self._pages.get(page)
        elif page != self._last_page:
            self._pages.move_to_end(page)
            self._last_page = page
        row = None
        if entry is not None:
            offset = row_number - page * self.page_size
            if offset < len(entry[1]):
                row = entry[1][offset]
        column = self.columns[index.column()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return PLACEHOLDER
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._placeholder_color
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == ROW_ROLE:
            return row
        return None

    # -- fetching ----------------------------------------------------------------------

    def _start(self) -> None:
        self._generation += 1
        serial, generation, query = self._serial, self._generation, self._query
        ops.Op(self, lambda: self._count(query)).success(
            lambda total: self._count_arrived(serial, generation, total)
        ).failure(lambda exc: self._failed(None, exc)).run()
        self._want(0)

    def _want(self, page: int) -> None:
        if page * self.page_size >= max(self._rows, 1):
            return
        if ops.is_synchronous():
            # Tests: fetch in place; the caller reads the page right after.
            if self._loading is None:
                self._load(page)
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > 8:
            self._wanted.popitem(last=False)
        self._pump()

    def _pump(self) -> None:
        while self._loading is None and self._wanted:
            page, _ = self._wanted.popitem(last=True)
            entry = self._pages.get(page)
            if entry is not None and entry[0] == self._generation:
                continue
            if page * self.page_size >= max(self._rows, 1):
                continue
            self._load(page)

    def _load(self, page: int) -> None:
        serial, generation, query = self._serial, self._generation, self._query
        self._loading = (serial, page)
        offset, limit = page * self.page_size, self.page_size
        ops.Op(self, lambda: list(self._fetch(query, offset, limit))).success(
            lambda rows: self._page_arrived(serial, generation, page, rows)
        ).failure(lambda exc: self._failed((serial, page), exc)).run()

    def _count_arrived(self, serial: int, generation: int, total: int) -> None:
        if serial != self._serial or generation != self._generation:
            return
        self._total = total
        self._resize(total)
        self.totalChanged.emit(total)

    def _page_arrived(self, serial: int, generation: int, page: int, rows: list[R]) -> None:
        if self._loading == (serial, page):
            self._loading = None
        self.pages_fetched += 1
        self.rows_fetched += len(rows)
        self.fetch_log.append((page * self.page_size, self.page_size))
        if serial != self._serial:
            self._pump()
            return
        self._pages[page] = (generation, rows)
        self._pages.move_to_end(page)
        self._last_page = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        if generation != self._generation:
            # Fetched before a refresh: shown for now, asked for again.
            self._wanted[page] = None
        elif self._total is None:
            # The count is still on its way: show what is known already.
            seen = page * self.page_size + len(rows)
            if len(rows) < self.page_size:
                self._total = seen
            if seen > self._rows and not self._in_data:
                self._resize(seen)
        if self._in_data:
            # Fetched in place while the view asks for a cell: it gets the value
            # directly, and must not be told about changes in the middle of painting.
            return
        first = page * self.page_size
        last = min(first + self.page_size, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.pageLoaded.emit(page)
        self._pump()

    def _resize(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            for page in [p for p in self._pages if p * self.page_size >= rows]:
                del self._pages[page]
            self.endRemoveRows()

    def _failed(self, loading: tuple[int, int] | None, exc: BaseException) -> None:
        if loading is not None and self._loading == loading:
            self._loading = None
            self._pump()
        if isinstance(exc, FieldServiceError):
            message = exc.message
        else:
            log.error("cannot load rows", exc_info=(type(exc), exc, exc.__traceback__))
            message = self.tr("The list could not be loaded: %s") % exc
        self.loadFailed.emit(message)
