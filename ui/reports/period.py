"""The period picker of the Reports area and the head-office view: this week,
this month, last month, this quarter, or two days of one's own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fieldservice.services.reports import Period
from ui.common.datefield import DateField


def start_of_quarter(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_for(choice: str, today: dt.date) -> Period | None:
    """The period a choice of the picker means on *today* (None: custom)."""
    if choice == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return Period(monday, monday + dt.timedelta(days=6))
    if choice == "month":
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return Period(first, following - dt.timedelta(days=1))
    if choice == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return Period(last.replace(day=1), last)
    if choice == "quarter":
        first = start_of_quarter(today)
        following = start_of_quarter(first + dt.timedelta(days=95))
        return Period(first, following - dt.timedelta(days=1))
    return None


class PeriodPicker(QWidget):
    """A choice of period; "Custom…" shows two date fields, filled with the
    period shown until then. Emits :attr:`changed` when the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.shown: Period | None = None  # the period on screen, for "Custom…"
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Period")))
        self.choice = QComboBox()
        for key, text in (
            ("week", self.tr("This week")),
            ("month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("quarter", self.tr("This quarter")),
            ("custom", self.tr("Custom…")),
        ):
            self.choice.addItem(text, key)
        self.choice.setCurrentIndex(1)
        self.choice.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.choice)
        month = period_for("month", dt.date.today())
        assert month is not None
        self.start_field = DateField(month.start, field="start")
        self.end_field = DateField(month.end, field="end")
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.start_field, self.to_label, self.end_field):
            row.addWidget(widget)
        for field in (self.start_field, self.end_field):
            field.valueChanged.connect(lambda _v: self.changed.emit())
        self._show_custom(False)

    def _show_custom(self, on: bool) -> None:
        for widget in (self.start_field, self.end_field, self.to_label):
            widget.setVisible(on)

    def _fill(self, start: dt.date, end: dt.date) -> None:
        for field, value in ((self.start_field, start), (self.end_field, end)):
            field.blockSignals(True)
            field.set_value(value)
            field.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        custom = self.choice.currentData() == "custom"
        if custom and self.shown is not None:
            self._fill(self.shown.start, self.shown.end)
        self._show_custom(custom)
        self.changed.emit()

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        """Choose the days *start* to *end* (without emitting :attr:`changed`)."""
        self._fill(start, end)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData("custom"))
        self.choice.blockSignals(False)
        self._show_custom(True)

    def chosen(self) -> Period | None:
        """The period chosen (None: custom days that end before they start)."""
        choice = self.choice.currentData()
        if choice != "custom":
            return period_for(choice, self.today())
        start, end = self.start_field.last_valid_value(), self.end_field.last_valid_value()
        if start is None or end is None or end < start:
            return None
        return Period(start, end)
