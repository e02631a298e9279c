"""The parts clerk's forms apart from stock movements: a part in the catalogue,
the stock locations and a reorder rule, and the base every parts form shares.

Every form shows a refusal in words next to the field it is about and keeps
what was typed. Part number fields take a scanner's burst: the Enter it sends
moves on to the quantity instead of saving the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import stock
from ui.common.formdialog import FormDialog
from ui.common.forms import plain_text
from ui.common.widgets import button, label, primary_button
from ui.parts.fields import LocationPicker, PartInput, PartNumberField, bin_field, quantity_field
from ui.parts.figures import quantity_text
from ui.parts.lists import plain_table

# -- the shape of every parts form -----------------------------------------------------------


class StockForm(FormDialog):
    """A parts form: a titled form with a banner, fields with their error lines,
    and a save button.

    Subclasses add their fields to :attr:`form` and implement :meth:`work`,
    which reads what is typed and returns the service call that saves it.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, *, width: int = 540) -> None:
        super().__init__(parent, width=width, spacing=14)
        self.db = db

    def set_heading(self, heading: str, save_text: str, intro: str = "") -> None:
        """The heading, which is also the window's title, and the save button's text."""
        self.set_texts(heading, heading, intro, save_text)

    def locations(self) -> list[stock.LocationRecord]:
        return stock.list_locations(self.db)


# -- the catalogue -------------------------------------------------------------------------


class PartForm(StockForm):
    """Add a part to the catalogue or correct one."""

    def __init__(
        self, db: Database, part: stock.PartRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent, width=620)
        self.set_heading(
            self.tr("New part") if part is None else self.tr("Edit part %s") % part.part_number,
            self.tr("Save"),
        )
        self.part = part
        self.saved: stock.PartRecord | None = None
        self.number = PartNumberField()
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        self.number.next_field = self.description
        self.unit = QLineEdit()
        self.unit.setMaxLength(10)
        self.unit.setPlaceholderText(self.tr("pcs, m, l, kg"))
        self.unit.setMaximumWidth(160)
        self.standard_cost = quantity_field(self.tr("e.g. 12.50"))
        self.supplier = QLineEdit()
        self.supplier.setMaxLength(200)
        self.supplier_part_number = QLineEdit()
        self.supplier_part_number.setMaxLength(64)
        self.lead_time = QSpinBox()
        self.lead_time.setRange(0, 730)
        self.lead_time.setSuffix(self.tr(" days"))
        self.lead_time.setMaximumWidth(160)
        self.pack_size = quantity_field(self.tr("e.g. 1, 4 or 10"))
        self.default_bin = bin_field(self.tr("e.g. A3"))
        self.substitutes = QLineEdit()
        self.substitutes.setPlaceholderText(self.tr("Part numbers that can stand in, e.g. FAN-121"))
        self.compatible = QLineEdit()
        self.compatible.setPlaceholderText(self.tr("Product codes (SKU), e.g. AQU-DW600"))
        self.notes = plain_text(2)
        e, f = self.errors, self.form
        e.add_row(f, "part_number", self.tr("Part number"), self.number)
        e.add_row(f, "description", self.tr("Description"), self.description)
        e.add_row(f, "unit", self.tr("Unit"), self.unit)
        e.add_row(f, "standard_cost", self.tr("Standard cost"), self.standard_cost)
        e.add_row(f, "supplier", self.tr("Supplier"), self.supplier)
        e.add_row(
            f, "supplier_part_number", self.tr("Supplier's part no."), self.supplier_part_number
        )
        e.add_row(f, "lead_time", self.tr("Lead time"), self.lead_time)
        e.add_row(f, "pack_size", self.tr("Pack size"), self.pack_size)
        e.add_row(f, "default_bin", self.tr("Default bin"), self.default_bin)
        e.add_row(
            f,
            "substitutes",
            self.tr("Substitutes"),
            self.substitutes,
            hint=self.tr("Separate several with commas."),
        )
        e.add_row(f, "compatible", self.tr("Fits products"), self.compatible)
        e.add_row(f, "notes", self.tr("Notes"), self.notes)
        if part is not None:
            self.number.setText(part.part_number)
            self.description.setText(part.description)
            self.unit.setText(part.unit)
            self.standard_cost.setText(stock.shown(part.standard_cost))
            self.supplier.setText(part.supplier)
            self.supplier_part_number.setText(part.supplier_part_number)
            self.lead_time.setValue(part.lead_time_days)
            self.pack_size.setText(stock.shown(part.pack_size))
            self.default_bin.setText(part.default_bin)
            self.substitutes.setText(", ".join(part.substitutes))
            self.compatible.setText(", ".join(part.compatible_skus))
            self.notes.setPlainText(part.notes)
        else:
            self.unit.setText("pcs")
            self.pack_size.setText("1")
        self.number.setFocus()

    @staticmethod
    def _list(text: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in text.replace(";", ",").split(",") if x.strip())

    def draft(self) -> stock.PartDraft:
        return stock.PartDraft(
            part_number=self.number.text(),
            description=self.description.text(),
            unit=self.unit.text().strip() or "pcs",
            standard_cost=self.standard_cost.text().strip() or "0",
            supplier=self.supplier.text(),
            supplier_part_number=self.supplier_part_number.text(),
            lead_time_days=self.lead_time.value(),
            pack_size=self.pack_size.text().strip() or "1",
            default_bin=self.default_bin.text(),
            notes=self.notes.toPlainText(),
            compatible_skus=self._list(self.compatible.text()),
            substitutes=self._list(self.substitutes.text()),
        )

    def work(self) -> Callable[[], stock.PartRecord]:
        db, draft, part = self.db, self.draft(), self.part
        if part is None:
            return lambda: stock.create_part(db, draft)
        return lambda: stock.update_part(db, part.id, draft)


# -- locations and reorder rules ----------------------------------------------------------------


class LocationForm(StockForm):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.set_heading(self.tr("New location"), self.tr("Add location"))
        self.saved: stock.LocationRecord | None = None
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("e.g. VAN-2"))
        self.code.setMaximumWidth(200)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.kind = QComboBox()
        for key, title in (
            ("store", self.tr("Store")),
            ("van", self.tr("Van stock")),
            ("quarantine", self.tr("Quarantine (faulty parts)")),
        ):
            self.kind.addItem(title, key)
        self.technician = QLineEdit()
        self.technician.setPlaceholderText(self.tr("Who drives the van"))
        e, f = self.errors, self.form
        e.add_row(f, "code", self.tr("Code"), self.code)
        e.add_row(f, "name", self.tr("Name"), self.name)
        e.add_row(f, "kind", self.tr("Kind"), self.kind)
        e.add_row(f, "technician", self.tr("Technician"), self.technician)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.technician.setEnabled(self.kind.currentData() == "van")
        )
        self.technician.setEnabled(False)
        self.code.setFocus()

    def work(self) -> Callable[[], stock.LocationRecord]:
        db, code, name, kind = self.db, self.code.text(), self.name.text(), self.kind.currentData()
        technician = self.technician.text() if kind == "van" else ""
        return lambda: stock.create_location(db, code, name, kind, technician)


class LocationsDialog(QDialog):
    """The centre's stock locations: stores, vans, quarantine."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form: LocationForm | None = None
        self.setWindowTitle(self.tr("Stock locations"))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Stock locations"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Where parts are kept: stores, technicians' vans, and a quarantine "
                    "location for faulty parts (never counted as available)."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Technician")]
        )
        plain_table(self.table, stretch=1)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = primary_button(self.tr("Add location…"), "add")
        self.add_button.clicked.connect(self.add_location)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        kinds = {
            "store": self.tr("Store"),
            "van": self.tr("Van stock"),
            "quarantine": self.tr("Quarantine"),
        }
        rows = stock.list_locations(self.db)
        self.table.setRowCount(len(rows))
        for i, loc in enumerate(rows):
            for j, text in enumerate(
                (loc.code, loc.name, kinds.get(loc.kind, loc.kind), loc.technician)
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def add_location(self) -> LocationForm:
        self.form = LocationForm(self.db, self)
        self.form.accepted.connect(self.reload)
        self.form.open()
        return self.form


class ReorderRuleForm(StockForm):
    """When to reorder a part at a location, and how much."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        part: str = "",
        location: str = "",
        line: stock.ToOrderLine | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.set_heading(
            self.tr("Reorder rule"),
            self.tr("Save rule"),
            self.tr(
                "When available stock (on hand + on order − requested) falls to the reorder "
                "point, the part is listed to order: up to the maximum, or one reorder "
                "quantity, in whole supplier packs."
            ),
        )
        self.part = PartInput(db)
        self.location = LocationPicker(self.locations(), kinds=("store", "van"))
        self.reorder_point = quantity_field(self.tr("e.g. 2"))
        self.max_quantity = quantity_field(self.tr("e.g. 10"))
        self.reorder_quantity = quantity_field(self.tr("or a fixed quantity"))
        self.part.field.next_field = self.reorder_point
        e, f = self.errors, self.form
        e.add_row(f, "part_number", self.tr("Part number"), self.part, control=self.part.field)
        e.add_row(f, "location", self.tr("Location"), self.location)
        e.add_row(f, "reorder_point", self.tr("Reorder point"), self.reorder_point)
        e.add_row(f, "max_quantity", self.tr("Order up to"), self.max_quantity)
        e.add_row(f, "reorder_quantity", self.tr("Or order"), self.reorder_quantity)
        if line is not None:
            part, location = line.part_number, line.location
            self.reorder_point.setText(quantity_text(line.reorder_point))
            self.max_quantity.setText(quantity_text(line.max_quantity))
            self.reorder_quantity.setText(quantity_text(line.reorder_quantity))
        if part:
            self.part.set_number(part)
            self.reorder_point.setFocus()
        else:
            self.part.field.setFocus()
        if location:
            self.location.set_code(location)

    def work(self) -> Callable[[], object]:
        number = self.part.number()
        if not number:
            raise InvalidInput(self.tr("Enter the part number."), field="part_number")
        db, location, point = self.db, self.location.code(), self.reorder_point.text().strip()
        max_quantity = self.max_quantity.text().strip() or None
        reorder_quantity = self.reorder_quantity.text().strip() or None
        return lambda: stock.set_reorder_rule(
            db,
            number,
            location,
            point,
            max_quantity=max_quantity,
            reorder_quantity=reorder_quantity,
        )
