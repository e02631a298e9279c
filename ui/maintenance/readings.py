"""Meter readings: log a reading (scanner first), see the unit's readings and when
its meter plans are forecast to be due.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QWidget

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import maintenance, schedule, units
from fieldservice.services.maintenance import PlanRecord, UnitMeter
from ui.common import ops
from ui.common.datefield import DateField
from ui.common.formatting import day_text
from ui.common.forms import FieldErrors, form_layout
from ui.common.tables import fill_table, panel, small_table
from ui.common.widgets import Banner, EmptyState, label, primary_button, section_title
from ui.maintenance.chooser import UnitChooser
from ui.maintenance.words import reading_text

Index = QModelIndex | QPersistentModelIndex


class ReadingsView(QWidget):
    """Log a meter reading — scan, type, Enter — and see where the meter stands."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meter: UnitMeter | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        entry, entry_layout = panel(self.tr("Log a meter reading"))
        entry.setFixedWidth(400)
        self.entry = entry
        self.banner = Banner()
        entry_layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.chooser = UnitChooser(db)
        form.addRow(self.tr("Serial"), self.chooser)
        self.reading = QLineEdit()
        self.reading.setPlaceholderText(self.tr("What the meter shows"))
        self.errors.add_row(form, "reading", self.tr("Reading"), self.reading)
        self.read_on = DateField(field="read_on")
        self.errors.add_row(
            form, "read_on", self.tr("Read on"), self.read_on, control=self.read_on.editor
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. read by the customer on the phone"))
        self.errors.add_row(form, "note", self.tr("Note"), self.note)
        entry_layout.addLayout(form)
        self.log_button = primary_button(self.tr("Log reading"), "save")
        entry_layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignRight)
        entry_layout.addSpacing(8)
        entry_layout.addWidget(
            label(
                self.tr(
                    "Scan the unit's label: the cursor moves to the reading. Type it and "
                    "press Enter; the serial field is then ready for the next unit."
                ),
                "muted",
                wrap=True,
            )
        )
        entry_layout.addStretch(1)
        layout.addWidget(entry, 0)

        self.empty = EmptyState(
            "history",
            self.tr("No unit chosen"),
            self.tr(
                "Scan the unit's serial: its readings and the forecast of its meter-based "
                "plans appear here."
            ),
        )
        card, card_layout = panel(self.tr("Meter"))
        self.unit_title = label("", "cardTitle", wrap=True)
        self.unit_subtitle = label("", "cardSubtitle", wrap=True)
        card_layout.insertWidget(0, self.unit_subtitle)
        card_layout.insertWidget(0, self.unit_title)
        self.forecast = label("", wrap=True)
        self.forecast.setTextFormat(Qt.TextFormat.PlainText)
        card_layout.addWidget(self.forecast)
        card_layout.addWidget(section_title(self.tr("Readings")))
        self.readings_table = small_table(
            [self.tr("Read on"), self.tr("Reading"), self.tr("Note")], 2
        )
        self.readings_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        card_layout.addWidget(self.readings_table, 1)
        self.no_readings = label(self.tr("No readings yet."), "muted")
        card_layout.addWidget(self.no_readings)
        card_layout.addStretch(0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(card)
        layout.addWidget(self.stack, 1)

        self.chooser.unitChosen.connect(self._unit_chosen)
        self.reading.returnPressed.connect(self.log)
        self.log_button.clicked.connect(self.log)

    def _unit_chosen(self, unit: units.UnitRecord) -> None:
        self.show_unit(unit.id)
        self.reading.setFocus()
        self.reading.selectAll()

    def show_unit(self, unit_id: uuid.UUID) -> None:
        db = self.db
        ops.Op(self, lambda: maintenance.unit_meter_view(db, unit_id)).success(self._show).run()

    def _show(self, meter: UnitMeter) -> None:
        self.meter = meter
        unit = meter.unit
        if self.chooser.unit is None or self.chooser.unit.id != unit.id:
            self.chooser.unit = unit
            self.chooser.field.setText(unit.serial)
        self.unit_title.setText(unit.serial)
        self.unit_subtitle.setText(
            " · ".join(p for p in (unit.product_name, unit.customer_name) if p)
        )
        meter_unit = meter.plans[0].meter_unit if meter.plans else "hours"
        fill_table(
            self.readings_table,
            [
                [day_text(r.read_on), reading_text(self, r.reading, meter_unit), r.note]
                for r in meter.readings
            ],
            right=(1,),
        )
        self.readings_table.setMaximumHeight(16_777_215)
        self.readings_table.setMinimumHeight(0)
        self.no_readings.setVisible(not meter.readings)
        self.forecast.setText(self._forecast_text(meter))
        self.stack.setCurrentIndex(1)

    def _forecast_text(self, meter: UnitMeter) -> str:
        if not meter.plans:
            return self.tr(
                "This unit has no plan by meter reading; readings are kept for its history."
            )
        lines = []
        rate = schedule.usage_per_day([(r.read_on, r.reading) for r in meter.readings])
        for plan in meter.plans:
            due_at = reading_text(self, plan.due_meter, plan.meter_unit)
            if plan.due_on is not None:
                lines.append(
                    self.tr("%s: due at %s, forecast for %s.")
                    % (plan.name, due_at, day_text(plan.due_on))
                )
            else:
                lines.append(
                    self.tr("%s: due at %s; no forecast until two readings show the usage.")
                    % (plan.name, due_at)
                )
        if rate is not None:
            per_day = reading_text(self, rate.quantize(Decimal("0.1")), meter.plans[0].meter_unit)
            lines.append(self.tr("Recent use: about %s a day.") % per_day)
        return "\n".join(lines)

    def log(self) -> bool:
        """Log the reading typed for the unit in the serial field."""
        self.errors.clear()
        serial = self.chooser.field.text().strip()
        unit = self.chooser.unit
        if unit is None or unit.serial != serial.upper():
            self.chooser.find_unit()
            unit = self.chooser.unit
            if unit is None or unit.serial != serial.upper():
                return False
        try:
            read_on = self.read_on.value()
        except FieldServiceError as exc:  # a date that is not one
            self.errors.show(exc)
            return False
        db, serial, note = self.db, unit.serial, self.note.text()
        reading = self.reading.text().strip().replace(QLocale().groupSeparator(), "")
        value = self.reading.text().strip()
        logged: list[bool] = []

        def done(plans: list[PlanRecord]) -> None:
            logged.append(True)
            self._logged(unit, value, plans)

        ops.write(
            self, lambda: maintenance.log_reading(db, serial, reading, read_on, note=note)
        ).busy(self.entry).success(done).failure(self._refused).run()
        return bool(logged)

    def _logged(self, unit: units.UnitRecord, value: str, plans: list[PlanRecord]) -> None:
        text = self.tr("Reading %s logged for %s.") % (value, unit.serial)
        for plan in plans:
            if plan.due_on is not None:
                text += " " + self.tr("%s now due %s.") % (plan.name, day_text(plan.due_on))
        self.banner.show_message("info", text)
        self.reading.clear()
        self.note.clear()
        self.show_unit(unit.id)
        self.chooser.field.setFocus()
        self.chooser.field.selectAll()
        self.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        """A refusal beside its field, everything typed kept."""
        if isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        elif ops.is_synchronous():
            raise exc
        else:
            ops.show_error(self, exc)
