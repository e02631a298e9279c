"""Small building blocks shared by the screens: search box, tables, banners,
card sections and empty states."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.pagedmodel import PagedTableModel, display

ROW_HEIGHT = 30


class SearchBox(QLineEdit):
    """A search field that says what to search once the typing pauses."""

    searchChanged = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, *, delay_ms: int = 250):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(theme.icon("search", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)
        self._last = ""
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)

    def set_search(self, text: str) -> None:
        """Put *text* in the box and search for it now."""
        self.setText(text)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.searchChanged.emit(text)


def make_table(model: PagedTableModel, parent: QWidget | None = None) -> QTableView:
    """A list table for a paged model: whole rows selected, fixed row height (so
    the view never measures rows it has not fetched), columns from the model."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setIconSize(QSize(16, 16))
    view.setSortingEnabled(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(60)
    stretch = False
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            stretch = True
    header.setStretchLastSection(not stretch)
    return view


def make_room(widget: QWidget) -> None:
    """Grow a dialog so that a message that appeared in it does not squeeze its fields."""
    window = widget.window()
    if not isinstance(window, QDialog) or not window.isVisible():
        return
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = window.sizeHint().height()
    if layout.hasHeightForWidth():
        # Wrapped messages need more height at the dialog's actual width.
        wanted = max(wanted, layout.totalHeightForWidth(window.width()))
    if wanted > window.height():
        window.resize(window.width(), wanted)


class Banner(QFrame):
    """A coloured message strip ("warning", "error" or "info") with optional actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        self._icon = QLabel()
        self._icon.setFixedSize(20, 20)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setSpacing(6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.label)
        self._actions = QHBoxLayout()
        self._actions.setSpacing(8)
        self._actions.addStretch(1)
        body.addLayout(self._actions)
        layout.addLayout(body, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(
        self,
        kind: str,
        text: str,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        theme.set_property(self, "kind", kind)
        colour = {"warning": theme.WARNING, "error": theme.DANGER}.get(kind, theme.ACCENT)
        name = "info" if kind == "info" else "warning"
        self._icon.setPixmap(theme.pixmap(name, 20, colour))
        self.label.setText(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for title, callback in actions or []:
            button = QPushButton(title)
            button.clicked.connect(callback)
            self._actions.insertWidget(self._actions.count() - 1, button)
            self.buttons.append(button)
        self.show()
        make_room(self)

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def counted(n: int, one: str, many: str) -> str:
    """*one* when n is 1, else *many* with ``{n}`` replaced by n in the user's digits."""
    return one if n == 1 else many.replace("{n}", display(n))


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    return frame


def label(text: str = "", name: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def section_title(text: str) -> QLabel:
    return label(text.upper(), "sectionTitle")


def link_button(text: str, icon: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if icon:
        button.setIcon(theme.icon(icon, theme.ACCENT))
    return button


def primary_button(text: str, icon: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", True)
    if icon:
        button.setIcon(theme.icon(icon, "#ffffff"))
    return button


def button(text: str, icon: str | None = None) -> QPushButton:
    result = QPushButton(text)
    if icon:
        result.setIcon(theme.icon(icon))
    return result


class Facts(QWidget):
    """Label / value pairs, each with a small icon, values selectable for copying."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(7)
        self._grid.setColumnStretch(2, 1)
        # The same label width in every block of facts, so values line up.
        self._grid.setColumnMinimumWidth(1, 92)
        self.values: dict[str, QLabel] = {}

    def set_facts(self, facts: list[tuple[str, str, str, str]]) -> None:
        """*facts*: (key, icon, label, value); empty values are shown as "—"."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.values = {}
        for row, (key, icon_name, title, value) in enumerate(facts):
            icon = QLabel()
            icon.setPixmap(theme.pixmap(icon_name, 16, theme.MUTED))
            icon.setFixedWidth(18)
            name = label(title, "fieldName")
            shown = label(value or "—", None if value else "muted", wrap=True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Long e-mail addresses must not widen the card: they wrap or are cut.
            shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            shown.setMinimumWidth(40)
            if value:
                shown.setToolTip(value)
            self._grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(shown, row, 2)
            self.values[key] = shown


class EmptyState(QWidget):
    """A centred icon, title and explanation, for "nothing here yet"."""

    def __init__(self, icon: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.icon = QLabel()
        self.icon.setPixmap(theme.pixmap(icon, 48, "#9aa8b8"))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.title = label(title, "emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.text = label(text, "emptyText", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        layout.addStretch(2)

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


def action(parent: QWidget, text: str, icon: str | None, slot: Callable[[], None]) -> QAction:
    result = QAction(text, parent)
    if icon:
        result.setIcon(theme.icon(icon))
    result.triggered.connect(slot)
    return result


class ViewSwitch(QFrame):
    """Segmented buttons that choose one of a screen's views (Catalogue | To order …).

    ``choices`` are (key, title, icon); ``group`` numbers the buttons in that order
    and ``buttons`` finds them by key. Styled by ``#viewSwitch`` in the style sheet.
    """

    def __init__(self, choices: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSwitch")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(3, 3, 3, 3)
        row.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        for number, (key, title, icon) in enumerate(choices):
            choice = QPushButton(theme.icon(icon, theme.MUTED, theme.ACCENT), title)
            choice.setCheckable(True)
            choice.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(choice, number)
            row.addWidget(choice)
            self.buttons[key] = choice
