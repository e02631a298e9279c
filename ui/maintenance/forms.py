"""The service manager's maintenance forms: a unit's plan, the same plan for every
unit of a product (a maintenance contract), booking due visits, completing a
visit.

A refused save shows the service's message next to the field it names and keeps
everything typed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import maintenance, schedule, units
from fieldservice.services.maintenance import DueItem, PlanDraft, PlanRecord, VisitJob
from ui.common.cards import one_line
from ui.common.datefield import DateField
from ui.common.formatting import day_text
from ui.common.formdialog import FormDialog, WholeNumberEdit, grow, row_of, technician_box
from ui.common.forms import error_label, plain_text
from ui.common.tables import fill_table, small_table
from ui.common.unitforms import ProductPicker
from ui.common.widgets import counted, label
from ui.maintenance.words import (
    anchor_words,
    basis_words,
    interval_unit_words,
    local_moment,
    meter_unit_words,
    reading_text,
    rule_text,
    unit_line,
)


class PlanForm(FormDialog):
    """Add or change a unit's maintenance plan — or, given ``for_product=True``,
    make the same plan for every unit of a product (a maintenance contract)."""

    def __init__(
        self,
        db: Database,
        *,
        unit: units.UnitRecord | None = None,
        plan: PlanRecord | None = None,
        for_product: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=640)
        if for_product:
            title = heading = self.tr("Plan for all units of a product")
            intro = self.tr(
                "A maintenance contract: the same plan is made for every unit of the product "
                "registered here. Each plan takes its area from the owner's address unless "
                "you give one."
            )
            save_text = self.tr("Make the plans")
        elif plan is None:
            title = self.tr("New maintenance plan")
            heading = self.tr("New maintenance plan")
            intro = ""
            save_text = self.tr("Add plan")
        else:
            title = self.tr("Edit maintenance plan")
            heading = self.tr("Edit “%s”") % plan.name
            intro = ""
            save_text = self.tr("Save")
        self.set_texts(title, heading, intro, save_text)
        self.db = db
        self.unit = unit
        self.plan = plan
        self.for_product = for_product
        self.saved: PlanRecord | None = None
        self.made = 0
        f = self.form

        self.product: ProductPicker | None = None
        if for_product:
            self.product = ProductPicker(db)
            self.errors.add_row(f, "product", self.tr("Product"), self.product)
        else:
            serial = plan.serial if plan else unit.serial if unit else ""
            product = plan.product_name if plan else unit.product_name if unit else ""
            owner = plan.customer_name if plan else unit.customer_name if unit else ""
            self.unit_label = label(
                "\n".join(p for p in (serial, unit_line("", product, owner)) if p), wrap=True
            )
            self.errors.add_row(f, "unit", self.tr("Unit"), self.unit_label)

        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Quarterly inspection"))
        self.errors.add_row(f, "name", self.tr("Plan name"), self.name)

        self.basis = QComboBox()
        for code, words in basis_words(self).items():
            self.basis.addItem(words, code)
        self.errors.add_row(f, "basis", self.tr("Due"), grow(self.basis))

        self.interval_count = WholeNumberEdit(0, 1000, 3)
        self.interval_unit = QComboBox()
        for code, words in interval_unit_words(self).items():
            self.interval_unit.addItem(words, code)
        self.interval_unit.setCurrentIndex(schedule.UNITS.index("months"))
        every = label(self.tr("Every"))
        self.interval_row = row_of(every, self.interval_count, self.interval_unit)
        self.errors.add_row(
            f, "interval_count", self.tr("Repeat"), self.interval_row, control=self.interval_count
        )
        self.errors.register("interval_unit", self.interval_unit, error_label())

        self.anchor = QComboBox()
        for code, words in anchor_words(self).items():
            self.anchor.addItem(words, code)
        self.errors.add_row(
            f,
            "anchor",
            self.tr("Count"),
            grow(self.anchor),
            hint=self.tr(
                "Fixed dates keep the visits on the same days of the year, even when one "
                "is done early or late."
            ),
        )

        self.start_on = DateField(field="start_on")
        self.errors.add_row(
            f,
            "start_on",
            self.tr("Start date"),
            row_of(self.start_on),
            control=self.start_on.editor,
            hint=self.tr("The first visit is due on this day."),
        )

        self.meter_interval = QLineEdit()
        self.meter_interval.setPlaceholderText(self.tr("e.g. 500"))
        self.meter_interval.setMaximumWidth(120)
        self.meter_unit = QComboBox()
        for code, words in meter_unit_words(self).items():
            self.meter_unit.addItem(words, code)
        self.meter_row = row_of(label(self.tr("Every")), self.meter_interval, self.meter_unit)
        self.errors.add_row(
            f,
            "meter_interval",
            self.tr("Meter interval"),
            self.meter_row,
            control=self.meter_interval,
        )
        self.errors.register("meter_unit", self.meter_unit, error_label())

        self.checklist = plain_text(5)
        self.checklist.setPlaceholderText(
            self.tr("One task per line, e.g.\nCheck seals\nClean filter")
        )
        self.errors.add_row(f, "checklist", self.tr("Checklist"), self.checklist)

        self.technician = technician_box(db)
        self.errors.add_row(f, "technician", self.tr("Technician"), grow(self.technician))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. Leeds LS6 (to plan rounds by area)"))
        self.errors.add_row(f, "area", self.tr("Area"), self.area)
        self.contract_end = DateField(
            optional=True, not_known=self.tr("No end date"), field="contract_end"
        )
        self.errors.add_row(
            f,
            "contract_end",
            self.tr("Contract ends"),
            row_of(self.contract_end),
            control=self.contract_end.editor,
            hint=self.tr("Nothing is due after the contract ends."),
        )

        if plan is not None:
            self._fill(plan)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self._basis_changed()
        (self.product or self.name).setFocus()

    def _fill(self, plan: PlanRecord) -> None:
        self.name.setText(plan.name)
        self.basis.setCurrentIndex(self.basis.findData(plan.basis))
        if plan.interval_count:
            self.interval_count.setValue(plan.interval_count)
        self.interval_unit.setCurrentIndex(self.interval_unit.findData(plan.interval_unit))
        self.anchor.setCurrentIndex(self.anchor.findData(plan.anchor))
        self.start_on.set_value(plan.start_on)
        if plan.meter_interval is not None:
            self.meter_interval.setText(format(plan.meter_interval.normalize(), "f"))
        self.meter_unit.setCurrentIndex(self.meter_unit.findData(plan.meter_unit))
        self.checklist.setPlainText("\n".join(plan.checklist))
        self.technician.setEditText(plan.technician)
        self.area.setText(plan.area)
        self.contract_end.set_value(plan.contract_end)

    def _basis_changed(self, _index: int = 0) -> None:
        basis = self.basis.currentData()
        by_calendar = basis in ("calendar", "either")
        by_meter = basis in ("meter", "either")
        for widget in (self.interval_row, self.anchor):
            widget.setEnabled(by_calendar)
        self.meter_row.setEnabled(by_meter)

    def draft(self) -> PlanDraft:
        meter = self.meter_interval.text().strip().replace(QLocale().groupSeparator(), "")
        return PlanDraft(
            unit_id=self.plan.unit_id if self.plan else self.unit.id if self.unit else None,
            name=self.name.text(),
            basis=self.basis.currentData(),
            interval_count=self.interval_count.value(),
            interval_unit=self.interval_unit.currentData(),
            anchor=self.anchor.currentData(),
            start_on=self.start_on.value(),
            meter_interval=meter or None,
            meter_unit=self.meter_unit.currentData(),
            checklist=self.checklist.toPlainText(),
            technician=self.technician.currentText(),
            area=self.area.text(),
            contract_end=self.contract_end.value(),
        )

    def work(self) -> Callable[[], object]:
        draft = self.draft()  # may refuse a date that is not one
        db = self.db
        if self.for_product:
            assert self.product is not None
            product_id = self.product.product_id()
            if product_id is None:
                raise InvalidInput(self.tr("Choose the product from the list."), field="product")
            return lambda: maintenance.create_contract_plans(db, product_id, draft)
        plan = self.plan
        if plan is None:
            return lambda: maintenance.create_plan(db, draft)
        plan_id = plan.id
        return lambda: maintenance.update_plan(db, plan_id, draft)

    def saved_as(self, result: object) -> None:
        if self.for_product:
            assert isinstance(result, int)
            self.made = result
            self.accept()
            return
        super().saved_as(result)


# -- booking a visit --------------------------------------------------------------------------


class BookVisitDialog(FormDialog):
    """Book one visit for the chosen due items: one on-site maintenance order per
    unit, all at the same time with the same technician. Units at different
    addresses are not one visit; the dialog says so and books nothing."""

    def __init__(
        self, db: Database, items: Sequence[DueItem], parent: QWidget | None = None
    ) -> None:
        n = len(items)
        super().__init__(parent, width=720)
        self.set_texts(
            self.tr("Book a visit"),
            counted(n, self.tr("Book a visit for 1 unit"), self.tr("Book one visit for {n} units")),
            self.tr(
                "Each unit gets its own on-site maintenance order with the plan's checklist; "
                "the orders share this visit's time and technician."
            ),
            self.tr("Book visit"),
        )
        self.db = db
        self.items = list(items)
        self.order_ids: list[uuid.UUID] = []
        self.visit_at: dt.datetime | None = None
        self._at: dt.datetime | None = None
        table = small_table(
            [self.tr("Serial"), self.tr("Product"), self.tr("Plan"), self.tr("Due")], 2
        )
        fill_table(
            table,
            [
                [i.plan.serial, i.plan.product_name, i.plan.name, day_text(i.plan.due_on)]
                for i in self.items
            ],
        )
        self.body.insertWidget(0, table)
        addresses = {one_line(i.customer_address) for i in self.items}
        places = sorted(
            {
                " · ".join(p for p in (i.plan.customer_name, one_line(i.customer_address)) if p)
                for i in self.items
            }
        )
        self.where = label("\n".join(places) or self.tr("No address recorded"), wrap=True)
        self.errors.add_row(self.form, "address", self.tr("Where"), self.where)

        tomorrow = dt.date.today() + dt.timedelta(days=1)
        self.day = DateField(tomorrow, field="visit_at")
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setMinimumWidth(90)
        self.errors.add_row(
            self.form, "visit_at", self.tr("Date and time"), row_of(self.day, self.time)
        )
        planned = next((i.plan.technician for i in self.items if i.plan.technician), "")
        self.technician = technician_box(db, planned)
        self.errors.add_row(self.form, "technician", self.tr("Technician"), grow(self.technician))
        self.errors.register("plans", table, error_label())

        booked = [i.plan.serial for i in self.items if i.booked]
        if len(addresses) > 1:
            self.banner.show_message(
                "error",
                self.tr(
                    "These units are at %d different addresses, and a visit is at one "
                    "address. Choose units at one address, or book one address at a time."
                )
                % len(addresses),
            )
            self.save_button.setEnabled(False)
        elif booked:
            self.banner.show_message(
                "error",
                self.tr("A visit is already booked for %s.") % ", ".join(booked),
            )
            self.save_button.setEnabled(False)
        self.technician.setFocus()

    def work(self) -> Callable[[], object]:
        day = self.day.value()
        if day is None:
            raise InvalidInput(self.tr("Give the day of the visit."), field="visit_at")
        at = local_moment(day, self.time.time())
        technician = self.technician.currentText().strip()
        if not technician:
            raise InvalidInput(self.tr("Say who makes the visit."), field="technician")
        db, plan_ids = self.db, [i.plan.id for i in self.items]
        self._at = at
        return lambda: maintenance.book_visit(db, plan_ids, visit_at=at, technician=technician)

    def saved_as(self, result: object) -> None:
        assert isinstance(result, list)
        self.order_ids = result
        self.visit_at = self._at
        self.accept()


# -- completing a visit -----------------------------------------------------------------------


class CompleteVisitDialog(FormDialog):
    """Record a booked visit done: tick the checklist, the meter reading and the
    day. The plan's next due date moves from the day the work was done."""

    def __init__(self, db: Database, job: VisitJob, parent: QWidget | None = None) -> None:
        plan = job.plan
        super().__init__(parent, width=600)
        self.set_texts(
            self.tr("Complete visit"),
            self.tr("Complete visit %s") % job.order_number,
            "",
            self.tr("Complete visit"),
        )
        self.db = db
        self.job = job
        self.saved: PlanRecord | None = None
        self.intro.setText(
            "\n".join(
                p
                for p in (
                    unit_line(plan.serial, plan.product_name, plan.customer_name),
                    one_line(job.address),
                    self.tr("%s · due %s · %s")
                    % (plan.name, day_text(job.due_on), rule_text(self, plan)),
                )
                if p
            )
        )
        self.intro.show()

        tasks = QWidget()
        column = QVBoxLayout(tasks)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        self.tasks: list[QCheckBox] = []
        for task in plan.checklist:
            box = QCheckBox(task)
            column.addWidget(box)
            self.tasks.append(box)
        if not self.tasks:
            column.addWidget(label(self.tr("This plan has no checklist."), "muted"))
        self.errors.add_row(self.form, "checklist", self.tr("Checklist"), tasks)

        self.meter_reading = QLineEdit()
        self.meter_reading.setMaximumWidth(160)
        unit_word = meter_unit_words(self)[plan.meter_unit] if plan.meter_unit else ""
        self.meter_reading.setPlaceholderText(unit_word)
        hint = ""
        if plan.basis != "calendar":
            hint = self.tr("The next service is counted from this reading (due at %s).") % (
                reading_text(self, plan.due_meter, plan.meter_unit)
            )
        self.errors.add_row(
            self.form,
            "meter_reading",
            self.tr("Meter reading"),
            row_of(self.meter_reading),
            control=self.meter_reading,
            hint=hint,
        )
        self.done_on = DateField(field="done_on")
        self.errors.add_row(
            self.form,
            "done_on",
            self.tr("Done on"),
            row_of(self.done_on),
            control=self.done_on.editor,
        )
        self.notes = plain_text(3)
        self.notes.setPlaceholderText(self.tr("What was found or left for next time"))
        self.errors.add_row(self.form, "status", self.tr("Notes"), self.notes)
        (self.tasks[0] if self.tasks else self.meter_reading).setFocus()

    def checklist_result(self) -> str:
        lines = [f"{'☑' if box.isChecked() else '☐'} {box.text()}" for box in self.tasks]
        notes = self.notes.toPlainText().strip()
        if notes:
            lines.append(notes)
        return "\n".join(lines)

    def work(self) -> Callable[[], object]:
        reading = self.meter_reading.text().strip().replace(QLocale().groupSeparator(), "")
        db, order_id = self.db, self.job.order_id
        done_on, result = self.done_on.value(), self.checklist_result()
        return lambda: maintenance.complete_visit(
            db,
            order_id,
            done_on=done_on,
            checklist_result=result,
            meter_reading=reading or None,
        )
