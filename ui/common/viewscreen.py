"""A screen of several views under one header, the header's switch choosing the view.

The Maintenance and Follow-ups screens are built on :class:`ViewScreen`; so can be
any other screen with the same shape (Parts & stock's Catalogue | To order |
Counts), without a change here::

    class StockScreen(ViewScreen):
        def __init__(self, db: Database, parent: QWidget | None = None) -> None:
            super().__init__(
                [
                    ("catalogue", self.tr("Catalogue"), "parts"),
                    ("to_order", self.tr("To order"), "reports"),
                    ("counts", self.tr("Counts"), "check"),
                ],
                parent,
            )
            self.header.addWidget(button(self.tr("Locations…"), "address"))  # after the stretch
            self.banner = Banner()
            self.add_above_views(self.banner)  # between the header and the views
            self.catalogue = CatalogueView(db)
            self.add_view("catalogue", self.catalogue)
            ...

(``self.tr`` may be called before ``super().__init__``: PySide6 takes the
translation context from the class.) A subclass that must act when a view is
shown — give a field the focus, say — overrides :meth:`ViewScreen.view_chosen`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.common.widgets import ViewSwitch


class ViewScreen(QWidget):
    """A header (the view switch, a stretch, then whatever a screen adds) above its
    views in a stack.

    ``choices`` are the switch's (key, title, icon), in the order shown. The
    attributes others use:

    * ``header`` — the header's row, for the screen's own buttons and figures;
    * ``views`` — the switch's button group (numbered in the order of ``choices``);
    * ``view_buttons`` — the switch's buttons by key;
    * ``stack`` — the views, each added with :meth:`add_view`.
    """

    def __init__(
        self, choices: Sequence[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view_keys = tuple(key for key, _title, _icon in choices)
        self._pages: dict[str, QWidget] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(20, 12, 20, 14)
        self._column.setSpacing(10)

        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        switch = ViewSwitch(list(choices))
        self.views = switch.group
        self.view_buttons = switch.buttons
        self.header.addWidget(switch)
        self.header.addStretch(1)
        self._column.addLayout(self.header)

        self.stack = QStackedWidget()
        self._column.addWidget(self.stack, 1)
        self.views.idClicked.connect(self._view_clicked)

    def add_above_views(self, widget: QWidget) -> None:
        """Put *widget* (a banner, say) between the header and the views."""
        self._column.insertWidget(self._column.indexOf(self.stack), widget)

    def add_view(self, key: str, view: QWidget) -> None:
        """Add the view the switch's *key* shows; the first one added is shown first."""
        if key not in self.view_keys:
            raise KeyError(f"no view {key!r} in the switch: {self.view_keys}")
        self._pages[key] = view
        self.stack.addWidget(view)
        if len(self._pages) == 1:
            self.view_buttons[key].setChecked(True)

    def current_view(self) -> str:
        """The key of the view shown."""
        shown = self.stack.currentWidget()
        return next(key for key, view in self._pages.items() if view is shown)

    def show_view(self, key: str) -> None:
        """Show the view *key*, as a click on its switch button does."""
        self.view_buttons[key].setChecked(True)
        self._show(key)

    def view_chosen(self, key: str) -> None:
        """Called once the view *key* is shown (by the switch or :meth:`show_view`);
        override to act on it. Does nothing here."""

    def _view_clicked(self, number: int) -> None:
        self._show(self.view_keys[number])

    def _show(self, key: str) -> None:
        self.stack.setCurrentWidget(self._pages[key])
        self.view_chosen(key)
