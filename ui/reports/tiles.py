"""A KPI tile: a card with the figure, what it is made of, and its change against
the previous period; clicking it asks for the records behind it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fieldservice.services.reports.common import Drill
from ui.common import theme
from ui.common.formatting import money, number
from ui.common.widgets import counted

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


def tile_money(amount: Decimal) -> str:
    """An amount on a tile: whole units once the cents no longer matter (and no
    longer fit), with the cents below that."""
    if abs(amount) >= 100_000:
        return number(amount.quantize(Decimal(1)))
    return money(amount)


class TileWords(QObject):
    """What the tiles say: their titles, their figures worked out from the
    families' reports, and each figure's change against the previous period in
    words. One piece of code for the Reports area and the head-office view."""

    def tile_titles(self) -> dict[str, str]:
        return {
            "opened": self.tr("Orders opened"),
            "closed": self.tr("Orders closed"),
            "backlog": self.tr("Backlog at the end"),
            "repair_time": self.tr("Median time to repair"),
            "on_target": self.tr("Repaired on target"),
            "first_time_fix": self.tr("First-time fix"),
            "repeat_30": self.tr("Repeat repairs (30 days)"),
            "complaints": self.tr("Complaints per 100 orders"),
            "csat": self.tr("Customer satisfaction"),
            "nps": self.tr("Net promoter score"),
            "warranty_cost": self.tr("Warranty cost"),
            "parts_used": self.tr("Parts used"),
        }

    def figures_of(self, now: dict[str, Any]) -> dict[str, Figure]:
        """The tiles' figures from the families' reports."""
        t = self.tile_titles()
        v, sp, q, c, w, p = (
            now[k] for k in ("volume", "speed", "quality", "customers", "warranty", "parts")
        )

        def orders(n: int) -> str:
            return counted(n, self.tr("1 order"), self.tr("{n} orders"))

        def pct(value: float | None) -> str:
            return "–" if value is None else number(Decimal(str(value)), 1) + "%"

        def of(hits: int, base: int) -> str:
            return (
                self.tr("%1 of %2 orders").replace("%1", number(hits)).replace("%2", number(base))
            )

        aged = v.ageing.get("15+")
        figures = [
            Figure(
                "opened",
                t["opened"],
                number(v.opened.value),
                self.tr("taken in during the period"),
                v.opened.value,
                0,
                v.opened.drill,
            ),
            Figure(
                "closed",
                t["closed"],
                number(v.delivered.value),
                self.tr("handed back to the customer"),
                v.delivered.value,
                1,
                v.delivered.drill,
            ),
            Figure(
                "backlog",
                t["backlog"],
                number(v.backlog.value),
                self.tr("%1 open for 15 days or more").replace(
                    "%1", number(aged.value if aged else 0)
                ),
                v.backlog.value,
                -1,
                v.backlog.drill,
            ),
            Figure(
                "repair_time",
                t["repair_time"],
                "–"
                if sp.repair.median_hours is None
                else self.tr("%1 h").replace("%1", number(Decimal(str(sp.repair.median_hours)), 1)),
                self.tr("90% within %1 h · %2")
                .replace(
                    "%1",
                    "–"
                    if sp.repair.p90_hours is None
                    else number(Decimal(str(sp.repair.p90_hours)), 1),
                )
                .replace("%2", orders(sp.repair.count)),
                sp.repair.median_hours,
                -1,
                sp.repair.drill,
                delta_unit="h",
            ),
            self.rate("on_target", t["on_target"], sp.resolution_on_target, of, pct, 1),
            self.rate("first_time_fix", t["first_time_fix"], q.first_time_fix, of, pct, 1),
            self.rate("repeat_30", t["repeat_30"], q.repeat_30, of, pct, -1),
            Figure(
                "complaints",
                t["complaints"],
                "–"
                if c.complaints_per_100_orders is None
                else number(Decimal(str(c.complaints_per_100_orders)), 1),
                self.tr("%1 complaints").replace("%1", number(c.complaints.value)),
                c.complaints_per_100_orders,
                -1,
                c.complaints.drill,
                delta_unit="score",
            ),
            Figure(
                "csat",
                t["csat"],
                "–" if c.csat.value is None else number(Decimal(str(c.csat.value)), 2) + " / 5",
                self.tr("%1 answers").replace("%1", number(c.csat.count)),
                c.csat.value,
                1,
                c.csat.drill,
                delta_unit="score",
            ),
            Figure(
                "nps",
                t["nps"],
                "–" if c.nps.score is None else number(Decimal(str(c.nps.score)), 1),
                self.tr("%1 promoters · %2 detractors")
                .replace("%1", number(c.nps.promoters))
                .replace("%2", number(c.nps.detractors)),
                c.nps.score,
                1,
                c.nps.drill,
                delta_unit="score",
            ),
            Figure(
                "warranty_cost",
                t["warranty_cost"],
                tile_money(w.cost_total),
                self.tr("parts and labour · %1").replace("%1", orders(w.cost_orders.value)),
                float(w.cost_total),
                -1,
                w.cost_orders.drill,
                delta_unit="money",
            ),
            Figure(
                "parts_used",
                t["parts_used"],
                tile_money(p.consumed_cost),
                self.tr("at cost · %1").replace("%1", orders(p.consumed_orders.value)),
                float(p.consumed_cost),
                0,
                p.consumed_orders.drill,
                delta_unit="money",
            ),
        ]
        return {f.key: f for f in figures}

    def rate(
        self, key: str, title: str, r: Any, of: Callable, pct: Callable, better: int
    ) -> Figure:
        return Figure(
            key,
            title,
            pct(r.percent),
            of(r.hits, r.base),
            r.percent,
            better,
            r.base_drill,
            r.drill,
            delta_unit="pts",
        )

    def change_text(self, figure: Figure, previous: float | None) -> tuple[str, int]:
        """The change against the previous period in words, and its colour's sense."""
        if figure.value is None or previous is None:
            return self.tr("no figure to compare with"), 0
        delta = float(figure.value) - float(previous)
        if abs(delta) < 1e-9:
            return self.tr("= same as previous period"), 0
        arrow = "▲" if delta > 0 else "▼"
        size = abs(delta)
        if figure.delta_unit == "money":
            amount = tile_money(Decimal(str(round(size, 2))))
        elif figure.delta_unit == "pts":
            amount = self.tr("%1 pts").replace("%1", number(Decimal(str(round(size, 1))), 1))
        elif figure.delta_unit == "h":
            amount = self.tr("%1 h").replace("%1", number(Decimal(str(round(size, 1))), 1))
        elif figure.delta_unit == "score":
            amount = number(Decimal(str(round(size, 2))), 2 if size < 10 else 1)
        else:
            amount = number(round(size))
        text = self.tr("%1 %2 vs previous period").replace("%1", arrow).replace("%2", amount)
        sense = figure.better * (1 if delta > 0 else -1)
        return text, sense
