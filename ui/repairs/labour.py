"""An order's labour on the order view: the time logged, and a row to log more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from fieldservice.db import Database
from fieldservice.services import repairs
from ui.common import ops
from ui.common.formatting import duration, money, short_when, when
from ui.common.forms import FieldErrors, error_label
from ui.common.tables import fill_table, small_table
from ui.common.widgets import Banner, button, label
from ui.repairs.dialogs import NumberField
from ui.repairs.orderpanels import card_layout


class LabourPanel(QWidget):
    """The time spent on an order, line by line; while it is open, a row to log
    more (minutes, what was done, the rate) by the technician the view names."""

    logged = Signal()

    def __init__(
        self,
        db: Database,
        banner: Banner,
        technician: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.technician = technician
        self.order: repairs.OrderRecord | None = None
        layout = card_layout(self, self.tr("Labour"))
        self.empty = label(self.tr("No time logged yet."), "muted")
        layout.addWidget(self.empty)
        self.table = small_table(
            [
                self.tr("When"),
                self.tr("Technician"),
                self.tr("Time"),
                self.tr("Work"),
                self.tr("Amount"),
            ],
            stretch=3,
        )
        layout.addWidget(self.table)
        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.minutes = NumberField(30, 24 * 60, step=15)
        self.minutes.setToolTip(self.tr("Minutes spent; Up and Down change it by 15"))
        minutes = QWidget()
        minutes_row = QHBoxLayout(minutes)
        minutes_row.setContentsMargins(0, 0, 0, 0)
        minutes_row.setSpacing(4)
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(label(self.tr("min"), "fieldName"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What was done"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("Rate per hour"))
        self.rate.setMaximumWidth(130)
        self.log_button = button(self.tr("Log time"), "add")
        self.log_button.clicked.connect(self.log_labour)
        self.text.returnPressed.connect(self.log_labour)
        grid.addWidget(minutes, 0, 0)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.rate, 0, 2)
        grid.addWidget(self.log_button, 0, 3)
        grid.setColumnStretch(1, 1)
        self.error = error_label()
        grid.addWidget(self.error, 1, 0, 1, 4)
        self.errors = FieldErrors(banner)
        self.errors.register("minutes", self.minutes, self.error)
        self.errors.register("hourly_rate", self.rate, self.error)
        layout.addWidget(self.form)

    def show_labour(self, order: repairs.OrderRecord, lines: list[repairs.LabourRecord]) -> None:
        self.order = order
        rows = [
            [
                short_when(line.at),
                line.technician,
                duration(dt.timedelta(minutes=line.minutes)),
                line.description,
                money(line.amount) if line.hourly_rate else "",
            ]
            for line in lines
        ]
        fill_table(self.table, rows, right=(2, 4))
        for row, line in enumerate(lines):
            tips = {0: when(line.at), 3: line.description}
            if line.hourly_rate:
                tips[4] = self.tr("%s at %s an hour") % (
                    duration(dt.timedelta(minutes=line.minutes)),
                    money(line.hourly_rate),
                )
            for column, tip in tips.items():
                item = self.table.item(row, column)
                if item is not None:
                    item.setToolTip(tip)
        self.empty.setVisible(not rows)
        self.form.setVisible(order.is_open)

    def log_labour(self) -> bool:
        """Log the time typed (on the writer thread); on refusal show why beside the field."""
        if self.order is None:
            return False
        self.errors.clear()
        db, order_id = self.db, self.order.id
        minutes, text, technician = self.minutes.value(), self.text.text(), self.technician()
        rate = self.rate.text().strip() or 0
        return ops.save(
            self,
            lambda: repairs.log_labour(db, order_id, minutes, text, technician, rate),
            lambda _result: self._logged(),
            self.errors.show,
            busy=self.form,
        )

    def _logged(self) -> None:
        self.text.clear()
        self.logged.emit()
