"""The shape every list screen shares: a search bar with New and Edit, a lazily
fetched table, and the selected record's card beside it.

The Customers and Units screens are built on it; repair orders and parts will
be too. A subclass gives the model, the card and how to load one record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from ui.common import ops, settings
from ui.common.pagedmodel import PagedTableModel
from ui.common.widgets import (
    Banner,
    EmptyState,
    SearchBox,
    button,
    counted,
    make_table,
    primary_button,
)


class ListScreen(QWidget):
    """Search, list, and the selected record's card."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        name: str,
        model: PagedTableModel,
        card: QWidget,
        search_placeholder: str,
        new_text: str,
        empty: EmptyState,
        counted_as: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.name = name
        self.model = model
        self.card = card
        self.current_id: Any = None
        self._select_when_loaded: Any = None
        self._counted_as = counted_as
        model.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.search = SearchBox(search_placeholder)
        bar.addWidget(self.search, 3)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        bar.addWidget(self.counter, 1)
        self.new_button = primary_button(new_text, "add")
        self.edit_button = button(self.tr("Edit"), "edit")
        self.edit_button.setEnabled(False)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.table = make_table(model, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.detail = QStackedWidget()
        self.empty = empty
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(card)
        self.detail.addWidget(empty)
        self.detail.addWidget(scroll)
        self.detail.setMinimumWidth(340)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([615, 405])
        layout.addWidget(self.splitter, 1)

        self.search.searchChanged.connect(model.set_query)
        model.totalChanged.connect(self._show_total)
        model.pageLoaded.connect(self._page_loaded)
        model.loadFailed.connect(lambda message: self.banner.show_message("error", message))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.new_button.clicked.connect(lambda: self.new_record())
        self.edit_button.clicked.connect(self.edit_current)
        self._show_total(model.total())
        settings.restore_splitter(self.splitter, name)

    # -- for subclasses ---------------------------------------------------------------

    def load(self, record_id: Any) -> Any:
        """Gather what the card shows (runs in a worker thread)."""
        raise NotImplementedError

    def show_view(self, view: Any) -> None:
        raise NotImplementedError

    def view_id(self, view: Any) -> Any:
        raise NotImplementedError

    def new_record(self) -> Any:
        raise NotImplementedError

    def edit_record(self, record_id: Any) -> Any:
        raise NotImplementedError

    # -- list -------------------------------------------------------------------------

    def save_state(self) -> None:
        settings.save_splitter(self.splitter, self.name)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.counter.setText(self.tr("Counting…"))
        else:
            self.counter.setText(counted(total, *self._counted_as))

    def _page_loaded(self, _page: int = 0) -> None:
        if self._select_when_loaded is None:
            return
        row = self.model.find_key(self._select_when_loaded)
        if row is not None:
            self._select_when_loaded = None
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key(current.row()) if current.isValid() else None
        if key is not None and key != self.current_id:
            self.show_record(key)

    def refresh(self) -> None:
        """Fetch the list and the card again (after a change elsewhere)."""
        self.model.refresh()
        if self.current_id is not None:
            self.show_record(self.current_id)

    def open_record(self, record_id: Any, search: str) -> None:
        """Narrow the list to *search* (the record's number or serial), select the
        record when its row arrives, and show its card."""
        self._select_when_loaded = record_id
        self.search.set_search(search)
        self._page_loaded()
        self.show_record(record_id)

    # -- detail -----------------------------------------------------------------------

    def show_record(self, record_id: Any) -> None:
        self.current_id = record_id
        self.edit_button.setEnabled(True)
        ops.Op(self, lambda: self.load(record_id)).success(self._loaded).run()

    def _loaded(self, view: Any) -> None:
        if self.view_id(view) != self.current_id:
            return  # another record was chosen meanwhile
        self.show_view(view)
        self.detail.setCurrentIndex(1)

    def edit_current(self) -> None:
        if self.current_id is not None:
            self.edit_record(self.current_id)

    def open_form(self, form: Any, on_saved: Callable[[Any], None]) -> Any:
        """Open *form* without blocking; *on_saved(form)* once it saved."""
        self.form = form
        form.accepted.connect(lambda: on_saved(form))
        form.open()
        return form
