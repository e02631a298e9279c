"""Units and products as every area edits and picks them: the unit form, the
product form and picker, and the unit list's columns.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import AlreadyExists, FieldServiceError, InvalidInput
from fieldservice.services import customers, products, units
from ui.common.datefield import DateField
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text, save_buttons
from ui.common.pagedmodel import Column
from ui.common.pickers import CustomerPicker
from ui.common.widgets import Banner, label, link_button, make_room


class ProductPicker(QComboBox):
    """The catalogue's products; typing any part of a name or code filters them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has one
        self.edit: QLineEdit = edit
        self.edit.setPlaceholderText(self.tr("Type part of the name or code"))
        self.currentIndexChanged.connect(self._show_start)
        self.reload()

    def _show_start(self, _index: int) -> None:
        # A long name chosen elsewhere is shown from its start, not scrolled to its end.
        if not self.edit.hasFocus():
            self.edit.setCursorPosition(0)

    def reload(self, select: uuid.UUID | None = None) -> None:
        chosen = select or self.product_id()
        self.blockSignals(True)
        self.clear()
        for product in products.list_products(self.db):
            self.addItem(product.label, product.id)
        self.blockSignals(False)
        self.set_product(chosen)

    def set_product(self, product_id: uuid.UUID | None) -> None:
        # Not findData(): it compares Python objects wrapped in QVariants by identity.
        index = next((i for i in range(self.count()) if self.itemData(i) == product_id), -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.edit.setCursorPosition(0)  # show the start of a long name

    def product_id(self) -> uuid.UUID | None:
        """The product whose name is in the field, or None if the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None


class ProductForm(EditingDialog):
    """Add a product to the local catalogue (until the head office provides it)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved: products.ProductRecord | None = None
        self.setWindowTitle(self.tr("New product"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("New product"), "dialogTitle"))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.sku = QLineEdit()
        self.name = QLineEdit()
        self.brand = QLineEdit()
        self.model_name = QLineEdit()
        self.category = QLineEdit()
        self.errors.add_row(form, "sku", self.tr("Product code (SKU)"), self.sku)
        self.errors.add_row(form, "name", self.tr("Name"), self.name)
        self.errors.add_row(form, "brand", self.tr("Brand"), self.brand)
        self.errors.add_row(form, "model", self.tr("Model"), self.model_name)
        self.errors.add_row(form, "category", self.tr("Category"), self.category)
        layout.addLayout(form)
        buttons, self.save_button = save_buttons(self, self.tr("Add to catalogue"))
        layout.addWidget(buttons)
        self.set_main_button(self.save_button)

    def save(self) -> bool:
        self.errors.clear()
        db = self.db
        draft = products.ProductDraft(
            self.sku.text(),
            self.name.text(),
            self.brand.text(),
            self.model_name.text(),
            self.category.text(),
        )
        return self.submit(lambda: products.create_product(db, draft), self._saved)

    def _saved(self, record: products.ProductRecord) -> None:
        self.saved = record
        self.accept()


class UnitForm(EditingDialog):
    """Register or correct a unit. A refused save says why next to the field
    (a serial already registered names its owner) and keeps what was typed."""

    openExistingRequested = Signal(object)

    def __init__(
        self,
        db: Database,
        unit: units.UnitRecord | None = None,
        parent: QWidget | None = None,
        *,
        owner: customers.CustomerRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.unit = unit
        self.saved: units.UnitRecord | None = None
        self._existing_id: uuid.UUID | None = None
        self.product_form: ProductForm | None = None
        self.setWindowTitle(self.tr("New unit") if unit is None else self.tr("Edit unit"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        heading = (
            self.tr("Register a unit") if unit is None else self.tr("Edit unit %s") % unit.serial
        )
        layout.addWidget(label(heading, "dialogTitle"))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()

        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Scan the label or type the serial number"))
        self.serial.setMaxLength(80)
        self.open_existing = link_button(self.tr("Open the registered unit"), "open")
        self.open_existing.hide()
        self.open_existing.clicked.connect(self._open_existing)
        self.errors.add_row(
            form, "serial", self.tr("Serial number"), self.serial, extra=self.open_existing
        )

        product_row = QWidget()
        product_layout = QHBoxLayout(product_row)
        product_layout.setContentsMargins(0, 0, 0, 0)
        product_layout.setSpacing(6)
        self.product = ProductPicker(db)
        product_layout.addWidget(self.product, 1)
        self.new_product_button = QPushButton(self.tr("New product…"))
        self.new_product_button.clicked.connect(self.new_product)
        product_layout.addWidget(self.new_product_button)
        hint = (
            ""
            if self.product.count()
            else self.tr(
                "The catalogue is empty. Products come from the head office once sync is set "
                "up; until then add them here."
            )
        )
        self.errors.add_row(
            form, "product", self.tr("Product"), product_row, control=self.product, hint=hint
        )

        self.owner = CustomerPicker(db)
        self.errors.add_row(
            form, "customer", self.tr("Owner"), self.owner, control=self.owner.field
        )

        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        self.purchase_date = DateField.past("purchase_date", optional=True)
        date_layout.addWidget(self.purchase_date)
        date_layout.addStretch(1)
        self.errors.add_row(
            form,
            "purchase_date",
            self.tr("Purchase date"),
            date_row,
            control=self.purchase_date.editor,
        )
        self.install_address = plain_text(2)
        self.install_address.setPlaceholderText(
            self.tr("Where the unit is installed, if not the owner's address")
        )
        self.errors.add_row(form, "install_address", self.tr("Installed at"), self.install_address)
        self.notes = plain_text(3)
        self.errors.add_row(form, "notes", self.tr("Notes"), self.notes)
        layout.addLayout(form)

        buttons, self.save_button = save_buttons(self, self.tr("Save"))
        layout.addWidget(buttons)
        self.set_main_button(self.save_button)
        self.serial.textEdited.connect(lambda _t: self.open_existing.hide())

        if unit is not None:
            self.serial.setText(unit.serial)
            self.product.set_product(unit.product_id)
            if unit.customer_id is not None:
                self.owner.set_customer(customers.get_customer(db, unit.customer_id))
            self.purchase_date.set_value(unit.purchase_date)
            self.install_address.setPlainText(unit.install_address)
            self.notes.setPlainText(unit.notes)
        elif owner is not None:
            self.owner.set_customer(owner)
        else:
            self.owner.set_customer(None)
        self.serial.setFocus()

    def draft(self) -> units.UnitDraft:
        return units.UnitDraft(
            serial=self.serial.text(),
            product_id=self.product.product_id(),
            customer_id=self.owner.customer_id,
            purchase_date=self.purchase_date.value(),
            install_address=self.install_address.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> bool:
        """Save what is typed; on refusal, show why and keep the dialog open."""
        self.errors.clear()
        self.open_existing.hide()
        if self.owner.customer_id is None and self.owner.field.text().strip():
            self.errors.show(
                InvalidInput(
                    self.tr(
                        "Choose the owner from the list (press Enter to search), "
                        "or click “No owner”."
                    ),
                    field="customer",
                )
            )
            return False
        db, unit = self.db, self.unit
        try:
            draft = self.draft()
        except FieldServiceError as exc:
            self._refused(exc)
            return False
        if unit is None:
            return self.submit(lambda: units.create_unit(db, draft), self._saved, self._refused)
        return self.submit(
            lambda: units.update_unit(db, unit.id, draft), self._saved, self._refused
        )

    def _saved(self, record: units.UnitRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: FieldServiceError) -> None:
        self.errors.show(exc)
        if isinstance(exc, AlreadyExists) and exc.existing_id is not None:
            self._existing_id = exc.existing_id
            self.open_existing.show()
            make_room(self.open_existing)

    def _open_existing(self) -> None:
        if self._existing_id is not None:
            self.openExistingRequested.emit(self._existing_id)
            self.discard()

    def new_product(self) -> ProductForm:
        self.product_form = ProductForm(self.db, self)
        self.product_form.accepted.connect(self._product_added)
        self.product_form.open()
        return self.product_form

    def _product_added(self) -> None:
        if self.product_form is not None and self.product_form.saved is not None:
            self.product.reload(select=self.product_form.saved.id)
            self.errors.clear_field("product")


def unit_columns(widget: QWidget) -> list[Column[units.UnitRow]]:
    return [
        Column(widget.tr("Serial"), lambda r: r.serial, width=170),
        Column(widget.tr("Product"), lambda r: r.product_name, width=250),
        Column(widget.tr("SKU"), lambda r: r.product_sku, width=110),
        Column(widget.tr("Owner"), lambda r: r.customer_name, width=170),
        Column(widget.tr("Phone"), lambda r: r.customer_phone, width=130),
        Column(widget.tr("Purchased"), lambda r: r.purchase_date, width=110, stretch=True),
    ]
