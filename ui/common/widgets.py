"""Small building blocks shared by the screens: search box, tables, banners,
card sections and empty states."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
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

from ui.common import theme
from ui.common.pagedmodel import PagedTableModel, display

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


def make_table(
    model: PagedTableModel, parent: QWidget | None = None, *, drop_first: Sequence[int] = ()
) -> QTableView:
    """A list table for a paged model: whole rows selected, fixed row height (so
    the view never measures rows it has not fetched), columns from the model,
    kept within the table's width (see :class:`ColumnFit`; the columns in
    *drop_first* are the ones to leave out first when even that is too wide)."""
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
    ColumnFit(view, model, drop_first)
    return view


class ColumnFit(QObject):
    """Keeps a list's columns within its width, so that a 1280-pixel screen with
    the card open needs no sideways scrolling: when the starting widths add up to
    more than there is room for, the columns in *drop_first* are left out, in that
    order (what a card beside the list shows anyway), until the rest fit; if they
    still do not, every column gives up the same share, none below 75 % of its
    starting width, and long values are elided. With room again, the starting
    widths and the columns left out come back."""

    SHRINK = 0.75

    def __init__(
        self, view: QTableView, model: PagedTableModel, drop_first: Sequence[int] = ()
    ) -> None:
        super().__init__(view)
        self.view = view
        self.widths = [column.width for column in model.columns]
        self.stretches = [column.stretch for column in model.columns]
        if not any(self.stretches) and self.stretches:
            self.stretches[-1] = True  # the last section stretches then
        self.drop_first = [i for i in drop_first if 0 <= i < len(self.widths)]
        self.dropped: set[int] = set()
        self.shrunk = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _floor(self, i: int) -> int:
        least = self.view.horizontalHeader().minimumSectionSize()
        return max(least, int(self.widths[i] * self.SHRINK))

    def fit(self) -> None:
        view = self.view
        room = view.viewport().width()
        # Hidden by the screen itself: not ours to show.
        shown = [
            i for i in range(len(self.widths)) if i in self.dropped or not view.isColumnHidden(i)
        ]
        drop = [i for i in self.drop_first if i in shown]
        while drop and sum(self.widths[i] for i in shown) > room:
            shown.remove(drop.pop(0))
        for i in sorted(self.dropped | set(range(len(self.widths)))):
            if i in self.dropped and i in shown:
                view.setColumnHidden(i, False)
                self.dropped.discard(i)
            elif i not in shown and not view.isColumnHidden(i):
                view.setColumnHidden(i, True)
                self.dropped.add(i)
        sized = [i for i in shown if not self.stretches[i]]
        room -= sum(self._floor(i) for i in shown if self.stretches[i])
        wanted = sum(self.widths[i] for i in sized)
        if wanted <= room:
            if self.shrunk:
                for i in sized:
                    view.setColumnWidth(i, self.widths[i])
                self.shrunk = False
            return
        widths = {i: self.widths[i] for i in sized}
        floored: set[int] = set()
        # Share out the room; a column that would go under its floor stays at it
        # and the others give up its part.
        while True:
            free = [i for i in sized if i not in floored]
            left = room - sum(self._floor(i) for i in floored)
            total = sum(self.widths[i] for i in free)
            if not free or total <= 0:
                break
            share = max(left, 0) / total
            low = [i for i in free if self.widths[i] * share < self._floor(i)]
            for i in free:
                widths[i] = max(self._floor(i), int(self.widths[i] * share))
            if not low:
                break
            floored.update(low)
        for i in sized:
            view.setColumnWidth(i, widths[i])
        self.shrunk = True


def leave_out_first(view: QTableView, columns: Sequence[int]) -> None:
    """The columns of a list made by :func:`make_table` to leave out first, in that
    order, when the others would not fit its width otherwise."""
    fit = view.findChild(ColumnFit)
    assert fit is not None, "not a list made by make_table"
    fit.drop_first = [i for i in columns if 0 <= i < len(fit.widths)]
    fit.fit()


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
    """A coloured message strip ("warning", "error" or "info") with optional actions.

    One message at a time per area: a banner that shows a message takes the place
    of any other banner still showing in its area (the main window's page, marked
    with the ``bannerArea`` property, or else its window), so that messages left
    on other tabs do not pile up above one another."""

    AREA = "bannerArea"

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
        self._replace_others()
        self.show()
        make_room(self)

    def _replace_others(self) -> None:
        area: QWidget = self
        while not area.isWindow() and not area.property(self.AREA):
            parent = area.parentWidget()
            if parent is None:
                break
            area = parent
        window = self.window()
        for other in area.findChildren(Banner):
            if other is not self and not other.isHidden() and other.window() is window:
                other.clear()

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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
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


class EnterDoes(QObject):
    """Enter (or Return) in *field* calls *action* and goes no further: a scanner
    ends its burst with Enter, which must look up what it read, not press the
    dialog's default button."""

    def __init__(self, field: QWidget, action: Callable[[], object]) -> None:
        super().__init__(field)
        self.action = action
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.action()
            return True
        return False


def wide_enough(widget: QWidget, sample: str, least: int, extra: int = 30) -> int:
    """A column's starting width: *least*, or what *sample* (a date in the language
    spoken, say) needs, if more: Chinese dates are wider than English ones."""
    return max(least, widget.fontMetrics().horizontalAdvance(sample) + extra)


class OnFirstPaint(QObject):
    """Calls *then* once the watched widget has painted for the first time (in the
    next turn of the event loop, so the paint is on screen first)."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
