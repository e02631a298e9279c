"""The service manager's maintenance forms: a unit's plan, the same plan for every
unit of a product (a maintenance contract), booking due visits, completing a
visit; and the unit chooser the planning views share.

A refused save shows the service's message next to the field it names and keeps
everything typed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.services import maintenance, repairs, schedule, units
from fieldservice.services.maintenance import DueItem, PlanDraft, PlanRecord, VisitJob
from ui.common import ops, theme
from ui.common.cards import one_line
from ui.common.datefield import DateField
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text
from ui.common.pagedmodel import PagedTableModel
from ui.common.widgets import Banner, SearchBox, counted, label, make_table, primary_button
from ui.repairs.orderview import error_label, fill_table, small_table
from ui.units.screen import ProductPicker, unit_columns

# -- words ------------------------------------------------------------------------------------


def basis_words(widget: QObject) -> dict[str, str]:
    return {
        "calendar": widget.tr("By calendar"),
        "meter": widget.tr("By meter reading"),
        "either": widget.tr("Calendar or meter, whichever comes first"),
    }


def anchor_words(widget: QObject) -> dict[str, str]:
    return {
        "completion": widget.tr("From the day the last visit was done"),
        "fixed": widget.tr("On fixed dates (from the start date)"),
    }


def interval_unit_words(widget: QObject) -> dict[str, str]:
    return {
        "days": widget.tr("days"),
        "weeks": widget.tr("weeks"),
        "months": widget.tr("months"),
        "years": widget.tr("years"),
    }


def meter_unit_words(widget: QObject) -> dict[str, str]:
    return {"hours": widget.tr("running hours"), "cycles": widget.tr("cycles"), "km": "km"}


def reading_text(widget: QObject, value: Decimal | None, meter_unit: str) -> str:
    """A meter value with its unit: "1,500 h", "12,000 cycles"."""
    if value is None:
        return ""
    number = QLocale().toString(float(value), "f", 0 if value == value.to_integral() else 1)
    short = {"hours": widget.tr("h"), "cycles": widget.tr("cycles"), "km": "km"}
    return f"{number} {short.get(meter_unit, meter_unit)}"


def day_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def every_text(widget: QObject, count: int | None, unit: str) -> str:
    """ "every 3 months", "every year"."""
    if not count:
        return ""
    singular = {
        "days": widget.tr("every day"),
        "weeks": widget.tr("every week"),
        "months": widget.tr("every month"),
        "years": widget.tr("every year"),
    }
    if count == 1 and unit in singular:
        return singular[unit]
    return widget.tr("every %d %s") % (count, interval_unit_words(widget).get(unit, unit))


def rule_text(widget: QObject, plan: PlanRecord) -> str:
    """The plan's rule in one sentence: "Every 3 months, from the last visit"."""
    calendar = every_text(widget, plan.interval_count, plan.interval_unit)
    meter = ""
    if plan.meter_interval is not None:
        meter = widget.tr("every %s") % reading_text(widget, plan.meter_interval, plan.meter_unit)
    if plan.basis == "calendar":
        text = calendar
    elif plan.basis == "meter":
        text = meter
    else:
        text = widget.tr("%s or %s, whichever comes first") % (calendar, meter)
    if plan.basis != "meter":
        text += ", " + (
            widget.tr("on fixed dates")
            if plan.anchor == "fixed"
            else widget.tr("counted from the last visit")
        )
    return text[:1].upper() + text[1:]


def short_rule(widget: QObject, plan: PlanRecord) -> str:
    """The rule in a few words: "Every 3 months", "Every 500 h", "6 months or 500 h"."""
    meter = reading_text(widget, plan.meter_interval, plan.meter_unit)
    if plan.basis == "meter":
        return widget.tr("Every %s") % meter
    calendar = every_text(widget, plan.interval_count, plan.interval_unit)
    if plan.basis == "calendar":
        return calendar[:1].upper() + calendar[1:]
    count = plan.interval_count or 0
    words = interval_unit_words(widget).get(plan.interval_unit, plan.interval_unit)
    return widget.tr("%d %s or %s") % (count, words, meter)


def basis_cell(widget: QObject, plan: PlanRecord) -> str:
    """The due list's basis column: "Calendar", "Meter · 1,500 h", "Either · 1,500 h"."""
    if plan.basis == "calendar":
        return widget.tr("Calendar")
    due = reading_text(widget, plan.due_meter, plan.meter_unit)
    word = widget.tr("Meter") if plan.basis == "meter" else widget.tr("Either")
    return f"{word} · {due}" if due else word


def unit_line(serial: str, product: str, customer: str) -> str:
    return " · ".join(p for p in (serial, product, customer) if p)


def grow(widget: QWidget) -> QWidget:
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    return widget


def row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return row


class WholeNumberEdit(QLineEdit):
    """A short field for a whole number (digits only); empty means none given."""

    def __init__(self, low: int, high: int, value: int | None = None, width: int = 80) -> None:
        super().__init__()
        self.setValidator(QIntValidator(low, high, self))
        self.setMaximumWidth(width)
        self.setMinimumWidth(width)
        self.setValue(value)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def setValue(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


def technician_box(db: Database, current: str = "") -> QComboBox:
    """An editable list of the technicians known from plans, visits and orders."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = sorted(
        set(repairs.technicians(db)) | set(maintenance.plan_technicians(db)), key=str.casefold
    )
    box.addItem("")
    box.addItems(names)
    box.setEditText(current)
    box.lineEdit().setPlaceholderText(box.tr("Name of the technician"))
    return box


def local_moment(day: dt.date, time: QTime) -> dt.datetime:
    """A local date and time as the aware UTC moment the services store."""
    naive = dt.datetime.combine(day, dt.time(time.hour(), time.minute()))
    return naive.astimezone().astimezone(dt.UTC)


def local_time_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


# -- choosing a unit --------------------------------------------------------------------------


class PickUnitDialog(QDialog):
    """Search every unit by serial, owner or product and choose one."""

    def __init__(self, db: Database, search: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a unit"))
        self.resize(880, 500)
        self.chosen: units.UnitRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.search = SearchBox(self.tr("Serial, owner's name or phone, product"))
        self.search.setText(search)
        layout.addWidget(self.search)
        self.model = PagedTableModel(
            unit_columns(self),
            count=lambda q: units.count_units(db, q),
            fetch=lambda q, offset, limit: units.list_units(db, q, offset=offset, limit=limit),
            query=search.strip(),
            parent=self,
        )
        self.search.searchChanged.connect(self.model.set_query)
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(self._choose_index)
        self.table.activated.connect(self._choose_index)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        choose = buttons.addButton(self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        choose.setProperty("primary", True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        self.status = label("", "counter")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.model.totalChanged.connect(
            lambda n: self.status.setText(counted(n, self.tr("1 unit"), self.tr("{n} units")))
        )

    def _choose_index(self, index) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.chosen = row
            self.accept()

    def _choose_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._choose_index(index)


class UnitChooser(QWidget):
    """A serial field a scanner types into (Enter finds the unit) and Choose… to
    search. Says next to the field when no unit has that serial."""

    unitChosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit: units.UnitRecord | None = None
        self.dialog: PickUnitDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Scan or type the serial, then Enter"))
        self.field.addAction(
            theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        self.field.setMinimumWidth(260)
        self.field.installEventFilter(self)
        self.field.textEdited.connect(lambda _t: self._clear_error())
        row.addWidget(self.field, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setToolTip(self.tr("Search the units by owner, phone or product"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.setFocusProxy(self.field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter finds the unit; it must not reach a dialog's default button as well.
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.find()
            return True
        return False

    def _clear_error(self) -> None:
        self.error.hide()
        theme.set_property(self.field, "invalid", False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        theme.set_property(self.field, "invalid", True)
        self.field.setFocus()
        self.field.selectAll()

    def find(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.choose()
            return
        try:
            unit = units.find_by_serial(self.db, text)
        except InvalidInput as exc:
            self.show_error(exc.message)
            return
        if unit is None:
            self.show_error(
                self.tr("No unit has the serial “%s”. Check it, or click Choose… to search.") % text
            )
            return
        self.set_unit(unit)

    def set_unit(self, unit: units.UnitRecord) -> None:
        self._clear_error()
        self.unit = unit
        self.field.setText(unit.serial)
        self.field.selectAll()
        self.unitChosen.emit(unit)

    def choose(self) -> PickUnitDialog:
        search = self.field.text().strip()
        if self.unit is not None and search == self.unit.serial:
            search = ""
        self.dialog = PickUnitDialog(self.db, search, self)
        self.dialog.accepted.connect(self._picked)
        self.dialog.open()
        return self.dialog

    def _picked(self) -> None:
        if self.dialog is not None and self.dialog.chosen is not None:
            self.set_unit(units.get_unit(self.db, self.dialog.chosen.id))


# -- the plan form ----------------------------------------------------------------------------


class FormDialog(EditingDialog):
    """Title, intro, a banner for messages that name no field, a form, buttons."""

    def __init__(self, parent: QWidget | None, *, width: int = 620) -> None:
        super().__init__(parent)
        self.setMinimumWidth(width)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 20, 24, 18)
        self.outer.setSpacing(12)
        self.heading = label("", "dialogTitle", wrap=True)
        self.outer.addWidget(self.heading)
        self.intro = label("", "dialogIntro", wrap=True)
        self.intro.hide()
        self.outer.addWidget(self.intro)
        self.banner = Banner()
        self.outer.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = form_layout()
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.body.addLayout(self.form)
        self.outer.addLayout(self.body)
        self.buttons = QDialogButtonBox()
        self.save_button = primary_button("")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.set_main_button(self.save_button)
        self.outer.addWidget(self.buttons)

    def set_texts(self, title: str, heading: str, intro: str, save_text: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.save_button.setText(save_text)

    def save(self) -> bool:
        raise NotImplementedError


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
        self.op: ops.Op | None = None
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

    def save(self) -> bool:
        """Save what is typed; on refusal, say why next to the field and keep it all."""
        self.errors.clear()
        try:
            draft = self.draft()
        except FieldServiceError as exc:  # a date that is not one
            self.errors.show(exc)
            return False
        if self.for_product:
            assert self.product is not None
            product_id = self.product.product_id()
            if product_id is None:
                self.errors.show(
                    InvalidInput(self.tr("Choose the product from the list."), field="product")
                )
                return False
            db = self.db
            self.save_button.setEnabled(False)
            self.op = (
                ops.Op(self, lambda: maintenance.create_contract_plans(db, product_id, draft))
                .with_progress(self.tr("Making the plans…"), cancellable=False)
                .success(self._made)
                .failure(self._refused)
                .run()
            )
            return self.result() == QDialog.DialogCode.Accepted
        try:
            if self.plan is None:
                self.saved = maintenance.create_plan(self.db, draft)
            else:
                self.saved = maintenance.update_plan(self.db, self.plan.id, draft)
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True

    def _made(self, count: int) -> None:
        self.save_button.setEnabled(True)
        self.made = count
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)


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

    def save(self) -> bool:
        self.errors.clear()
        try:
            at = local_moment(self.day.value(), self.time.time())
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        technician = self.technician.currentText().strip()
        if not technician:
            self.errors.show(InvalidInput(self.tr("Say who makes the visit."), field="technician"))
            return False
        try:
            self.order_ids = maintenance.book_visit(
                self.db, [i.plan.id for i in self.items], visit_at=at, technician=technician
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.visit_at = at
        self.accept()
        return True


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

    def save(self) -> bool:
        self.errors.clear()
        reading = self.meter_reading.text().strip().replace(QLocale().groupSeparator(), "")
        try:
            self.saved = maintenance.complete_visit(
                self.db,
                self.job.order_id,
                done_on=self.done_on.value(),
                checklist_result=self.checklist_result(),
                meter_reading=reading or None,
            )
        except FieldServiceError as exc:
            self.errors.show(exc)
            return False
        self.accept()
        return True
