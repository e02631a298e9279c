"""The Reports area's charts: orders opened per week (bars that drill down) and
the early-failure curve (points that drill down)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldservice.services.reports.drill import Step
from fieldservice.services.reports.warranty import FailurePoint
from ui.common import theme
from ui.common.formatting import month_text, short_day
from ui.common.widgets import card, label


class ChartCard(QWidget):
    """A card with a title and a chart, drawn again with :meth:`cleared`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame = card()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(18, 14, 18, 8)
        inner.setSpacing(4)
        self.title = title = label("")
        title.setStyleSheet(f"color: {theme.MUTED}; font-size: 10pt; font-weight: 600;")
        inner.addWidget(title)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        self.view.setStyleSheet("background: transparent;")
        inner.addWidget(self.view)
        layout.addWidget(frame)

    def cleared(self) -> QChart:
        """The chart, emptied of its series and axes."""
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def scale(self, series, low: float, high: float, label_format: str = "") -> QValueAxis:
        """The figures' axis on the left, from *low* to *high* in round numbers,
        attached to *series*."""
        axis = QValueAxis()
        axis.setRange(low, high)
        if label_format:
            axis.setLabelFormat(label_format)
        axis.setTickCount(5)
        axis.applyNiceNumbers()
        axis.setLabelsColor(QColor(theme.MUTED))
        axis.setGridLineColor(QColor("#e6eaef"))
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        return axis


class WeeklyChart(ChartCard):
    """A card with the orders opened each week (or month); a bar clicked emits
    its index."""

    weekClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: tuple[Step, ...] = ()
        self.title.setText(self.tr("Orders opened per week"))

    def show_steps(self, steps: tuple[Step, ...]) -> None:
        """Bars of the orders opened each week, or each month of a long period."""
        self.steps = steps
        monthly = bool(steps) and steps[0].monthly
        self.title.setText(
            self.tr("Orders opened per month") if monthly else self.tr("Orders opened per week")
        )
        chart = self.cleared()
        bars = QBarSet(self.tr("Orders opened"))
        bars.setColor(QColor(theme.ACCENT))
        bars.setBorderColor(QColor(theme.ACCENT))
        bars.setLabelColor(QColor(theme.INK))
        for step in steps:
            bars.append(step.opened.value)
        bars.clicked.connect(self.weekClicked)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append(
            [month_text(s.first, short=True) if s.monthly else short_day(s.first) for s in steps]
        )
        days.setGridLineVisible(False)
        days.setLabelsColor(QColor(theme.MUTED))
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
        top = max((step.opened.value for step in steps), default=0)
        self.scale(series, 0, max(4, top * 1.15), "%d")


class FailureCurve(ChartCard):
    """The early-failure curve: failures per 100 units sold, by month in service;
    a point clicked emits its month (0 = the first month after sale)."""

    monthClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[FailurePoint, ...] = ()
        self.title.setText(self.tr("Failures per 100 units, by month in service"))

    def show_curve(self, points: tuple[FailurePoint, ...]) -> None:
        self.points = tuple(p for p in points if p.per_100 is not None)
        chart = self.cleared()
        line = QLineSeries()
        line.setColor(QColor(theme.ACCENT))
        line.setPointsVisible(True)
        for p in self.points:
            line.append(p.month + 1, p.per_100 or 0.0)
        line.clicked.connect(self._clicked)
        chart.addSeries(line)
        months = QValueAxis()
        months.setRange(1, max(12, max((p.month + 1 for p in self.points), default=12)))
        months.setLabelFormat("%d")
        months.setTickCount(7)
        months.setTitleText(self.tr("Month in service"))
        months.setLabelsColor(QColor(theme.MUTED))
        months.setGridLineVisible(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(months)
        top = max((p.per_100 or 0.0 for p in self.points), default=0.0)
        self.scale(line, 0, max(1.0, top * 1.15), "%.1f")

    def _clicked(self, point) -> None:
        month = round(point.x()) - 1
        if any(p.month == month for p in self.points):
            self.monthClicked.emit(month)
