"""A KPI tile: a card with the figure, what it is made of, and its change against
the previous period; clicking it asks for the records behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fieldservice.services.reports.common import Drill
from ui.common import theme

GOOD = "#067647"


@dataclass(frozen=True)
class Figure:
    """What a tile shows, worked out from a report.

    *value* is the number compared with the previous period (None: no figure);
    *better* is +1 when up is good, -1 when up is bad, 0 when neither; *drill*
    finds the records behind it, and *hits*, for a rate, those among them that
    counted as hits."""

    key: str
    title: str
    text: str
    detail: str
    value: float | None
    better: int
    drill: Drill | None
    hits: Drill | None = None
    delta_unit: str = ""  # "", "pts", "h", "money"
    previous: float | None = field(default=None)


class KpiTile(QFrame):
    """One figure on a card; clicked (or Enter) emits :attr:`clicked` with its key."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.figure: Figure | None = None
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(128)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {theme.MUTED}; font-size: 10pt; font-weight: 600;")
        self.value = QLabel("–")
        self.value.setStyleSheet(f"color: {theme.INK}; font-size: 22pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setStyleSheet(f"color: {theme.MUTED}; font-size: 9pt;")
        self.detail.setWordWrap(True)
        self.change = QLabel()
        self.change.setStyleSheet("font-size: 9pt;")
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.change)
        self.setToolTip(self.tr("Click to see the orders behind this figure"))

    def show_figure(self, figure: Figure, change: str, direction: int) -> None:
        """Show *figure*; *change* is the change in words, *direction* +1 good, -1
        bad, 0 neutral (its colour)."""
        self.figure = figure
        self.title.setText(figure.title)
        self.value.setText(figure.text)
        self.detail.setText(figure.detail)
        colour = {1: GOOD, -1: theme.DANGER}.get(direction, theme.MUTED)
        self.change.setText(change)
        self.change.setStyleSheet(f"color: {colour}; font-size: 9pt;")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)
