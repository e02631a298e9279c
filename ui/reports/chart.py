"""Orders opened per week of the period: a bar chart whose bars drill down too."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldservice.services.reports.drill import Week
from ui.common import theme
from ui.common.formatting import short_day
from ui.common.widgets import card, label


class WeeklyChart(QWidget):
    """A card with the orders opened each week; a bar clicked emits its index."""

    weekClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: tuple[Week, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame = card()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(18, 14, 18, 8)
        inner.setSpacing(4)
        title = label(self.tr("Orders opened per week"))
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

    def show_weeks(self, weeks: tuple[Week, ...]) -> None:
        self.weeks = weeks
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Orders opened"))
        bars.setColor(QColor(theme.ACCENT))
        bars.setBorderColor(QColor(theme.ACCENT))
        bars.setLabelColor(QColor(theme.INK))
        for week in weeks:
            bars.append(week.opened.value)
        bars.clicked.connect(self.weekClicked)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append([short_day(week.monday) for week in weeks])
        days.setGridLineVisible(False)
        days.setLabelsColor(QColor(theme.MUTED))
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
        counts = QValueAxis()
        top = max((week.opened.value for week in weeks), default=0)
        counts.setRange(0, max(4, top * 1.15))
        counts.setLabelFormat("%d")
        counts.setTickCount(5)
        counts.applyNiceNumbers()
        counts.setLabelsColor(QColor(theme.MUTED))
        counts.setGridLineColor(QColor("#e6eaef"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
