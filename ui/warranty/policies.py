"""The products' warranty policies: months of warranty and service, terms and
void conditions.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.services import warranty
from ui.common import theme
from ui.common.formdialog import row_of
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text
from ui.common.widgets import Banner, button, counted, label, primary_button


def months_text(widget: QObject, count: int) -> str:
    return counted(count, widget.tr("1 month"), widget.tr("{n} months"))


def policy_summary(widget: QObject, policy: warranty.PolicyRecord) -> str:
    """ "24 months' warranty, then 36 months' service (chargeable)"."""
    if policy.service_months:
        return widget.tr("%s warranty, then %s service (chargeable)") % (
            months_text(widget, policy.warranty_months),
            months_text(widget, policy.service_months),
        )
    return widget.tr("%s warranty, no service period") % months_text(widget, policy.warranty_months)


class PoliciesDialog(EditingDialog):
    """Each product's warranty policy: months of warranty and service, terms and
    void conditions. Products without one are listed first, to be fixed. Enter
    saves the policy shown; closing with changes to it not saved asks first."""

    policySaved = Signal(object)

    def __init__(self, db, parent: QWidget | None = None, *, select: uuid.UUID | None = None):
        super().__init__(parent)
        self.db = db
        self.product_id: uuid.UUID | None = None
        self._loaded: tuple | None = None  # the policy shown, as it was loaded
        self.setWindowTitle(self.tr("Warranty policies"))
        self.resize(1080, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Warranty policies"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "How long each product is in warranty and in its service period, its "
                    "terms, and the conditions that void it. Registrations already made keep "
                    "the months they were given."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.missing_banner = Banner()
        layout.addWidget(self.missing_banner)
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter products"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(
            theme.icon("search", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        left.addWidget(self.filter)
        self.products = QTableWidget(0, 3)
        self.products.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Warranty"), self.tr("Service")]
        )
        self.products.verticalHeader().setVisible(False)
        self.products.verticalHeader().setDefaultSectionSize(30)
        self.products.setShowGrid(False)
        self.products.setAlternatingRowColors(True)
        self.products.setWordWrap(False)
        self.products.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.products.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.products.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.products.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.products, 1)
        body.addLayout(left, 1)

        editor = QFrame()
        editor.setObjectName("card")
        column = QVBoxLayout(editor)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        self.product_title = label("", "cardTitle", wrap=True)
        column.addWidget(self.product_title)
        self.product_state = label("", "muted", wrap=True)
        column.addWidget(self.product_state)
        self.banner = Banner()
        column.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.warranty_months = QSpinBox()
        self.warranty_months.setRange(0, 600)
        self.warranty_months.setSuffix(self.tr(" months"))
        self.warranty_months.setMinimumWidth(140)
        self.service_months = QSpinBox()
        self.service_months.setRange(0, 600)
        self.service_months.setSuffix(self.tr(" months"))
        self.service_months.setMinimumWidth(140)
        self.errors.add_row(
            form,
            "warranty_months",
            self.tr("Warranty"),
            row_of(self.warranty_months),
            control=self.warranty_months,
        )
        self.errors.add_row(
            form,
            "service_months",
            self.tr("Service period"),
            row_of(self.service_months),
            control=self.service_months,
            hint=self.tr("After the warranty: supported, chargeable. 0 for none."),
        )
        self._build_sanbao(form)
        self.terms = plain_text(3)
        self.terms.setPlaceholderText(self.tr("Printed on the certificate"))
        self.errors.add_row(form, "terms", self.tr("Terms"), self.terms)
        self.conditions = plain_text(6)
        self.errors.add_row(
            form,
            "void_conditions",
            self.tr("Void conditions"),
            self.conditions,
            hint=self.tr("One per line. A technician voiding a warranty chooses one of these."),
        )
        column.addLayout(form)
        column.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.save_button = primary_button(self.tr("Save policy"), "save")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        column.addLayout(actions)
        self.editor = editor
        body.addWidget(editor, 1)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = button(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.set_main_button(self.save_button)

        self.products.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.filter.textChanged.connect(self._filter)
        self.reload(select)

    def _build_sanbao(self, form: QFormLayout) -> None:
        """The 三包 windows: 0 (shown as "none") when the product is not sold under them."""
        none = self.tr("none")
        self.return_days = QSpinBox()
        self.exchange_days = QSpinBox()
        self.repairs_before_exchange = QSpinBox()
        for box, top, suffix in (
            (self.return_days, 365, self.tr(" days")),
            (self.exchange_days, 365, self.tr(" days")),
            (self.repairs_before_exchange, 10, self.tr(" repairs")),
        ):
            box.setRange(0, top)
            box.setSpecialValueText(none)
            box.setSuffix(suffix)
            box.setMinimumWidth(110)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        for text, box in (
            (self.tr("Refund within"), self.return_days),
            (self.tr("exchange within"), self.exchange_days),
            (self.tr("exchange after"), self.repairs_before_exchange),
        ):
            line.addWidget(label(text, "fieldName"))
            line.addWidget(box)
        line.addStretch(1)
        error = self.errors.add_row(
            form,
            "return_days",
            self.tr("三包"),
            row,
            control=self.return_days,
            hint=self.tr("Days from purchase; repairs of one fault. None: not sold under 三包."),
        )
        self.errors.register("exchange_days", self.exchange_days, error)
        self.errors.register("repairs_before_exchange", self.repairs_before_exchange, error)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """List the products: those without a policy first, then every policy."""
        missing = warranty.products_without_policy(self.db)
        policies = warranty.list_policies(self.db)
        flagged = theme.icon("warning", theme.WARNING)
        none = self.tr("No policy")
        rows: list[tuple[QTableWidgetItem, str, str]] = []
        for product in missing:
            item = QTableWidgetItem(flagged, product.name)
            item.setData(Qt.ItemDataRole.UserRole, (product.id, None, product))
            item.setToolTip(
                product.label
                + "\n"
                + self.tr("No warranty policy: its units cannot be registered yet.")
            )
            rows.append((item, none, ""))
        for policy in policies:
            name = f"{policy.product_name} ({policy.product_sku})"
            item = QTableWidgetItem(policy.product_name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, (policy.product_id, policy, None))
            service = months_text(self, policy.service_months) if policy.service_months else "—"
            rows.append((item, months_text(self, policy.warranty_months), service))
        self.products.blockSignals(True)
        self.products.clearContents()
        self.products.setRowCount(len(rows))
        for number, (item, months, service) in enumerate(rows):
            self.products.setItem(number, 0, item)
            months_item = QTableWidgetItem(months)
            if item.data(Qt.ItemDataRole.UserRole)[1] is None:
                months_item.setForeground(QColor(theme.WARNING))
            self.products.setItem(number, 1, months_item)
            self.products.setItem(number, 2, QTableWidgetItem(service))
        self.products.blockSignals(False)
        if missing:
            self.missing_banner.show_message(
                "warning",
                counted(
                    len(missing),
                    self.tr(
                        "1 product has no warranty policy: its units cannot be registered "
                        "until one is set. It is listed first."
                    ),
                    self.tr(
                        "{n} products have no warranty policy: their units cannot be "
                        "registered until one is set. They are listed first."
                    ),
                ),
            )
        else:
            self.missing_banner.clear()
        self._filter(self.filter.text())
        if not rows:
            self.editor.setEnabled(False)
            self.product_title.setText(self.tr("The catalogue is empty"))
            self.product_state.setText(
                self.tr("Products come from the head office, or are added with a unit.")
            )
            return
        row = self.row_of(select) if select is not None else None
        self.products.setCurrentCell(row if row is not None else 0, 0)
        self._chosen(self.products.currentRow())

    def row_of(self, product_id: uuid.UUID) -> int | None:
        for row in range(self.products.rowCount()):
            item = self.products.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole)[0] == product_id:
                return row
        return None

    def has_policy(self, product_id: uuid.UUID) -> bool:
        row = self.row_of(product_id)
        item = self.products.item(row, 0) if row is not None else None
        return item is not None and item.data(Qt.ItemDataRole.UserRole)[1] is not None

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.products.rowCount()):
            item = self.products.item(row, 0)
            text = f"{item.text()} {item.toolTip()}".lower() if item is not None else ""
            shown = all(w in text for w in words)
            self.products.setRowHidden(row, not shown)

    def _chosen(self, row: int) -> None:
        item = self.products.item(row, 0) if row >= 0 else None
        if item is None:
            return
        product_id, policy, product = item.data(Qt.ItemDataRole.UserRole)
        if product_id == self.product_id and self.editor.isEnabled():
            return
        self.product_id = product_id
        self.errors.clear()
        self.banner.clear()
        self.editor.setEnabled(True)
        if policy is None:
            self.product_title.setText(product.name)
            self.product_state.setText(
                self.tr("%s · No policy yet: check the months and save to set one.") % product.sku
            )
            self.warranty_months.setValue(12)
            self.service_months.setValue(0)
            self.terms.setPlainText("")
            self.conditions.setPlainText("\n".join(warranty.DEFAULT_VOID_CONDITIONS))
            for box in (self.return_days, self.exchange_days, self.repairs_before_exchange):
                box.setValue(0)
        else:
            self.product_title.setText(policy.product_name)
            self.product_state.setText(f"{policy.product_sku} · {policy_summary(self, policy)}")
            self.warranty_months.setValue(policy.warranty_months)
            self.service_months.setValue(policy.service_months)
            self.terms.setPlainText(policy.terms)
            self.conditions.setPlainText("\n".join(policy.void_conditions))
            self.return_days.setValue(policy.return_days or 0)
            self.exchange_days.setValue(policy.exchange_days or 0)
            self.repairs_before_exchange.setValue(policy.repairs_before_exchange or 0)
        self._loaded = self._editor_values()

    def _editor_values(self) -> tuple:
        return (
            self.warranty_months.value(),
            self.service_months.value(),
            self.terms.toPlainText(),
            self.conditions.toPlainText(),
            self.return_days.value(),
            self.exchange_days.value(),
            self.repairs_before_exchange.value(),
        )

    def has_typing(self) -> bool:
        """Whether the policy shown has changes not saved (the filter and the
        list of products are not typing)."""
        return (
            self.editor.isEnabled()
            and self._loaded is not None
            and self._editor_values() != self._loaded
        )

    def choose(self, product_id: uuid.UUID) -> None:
        row = self.row_of(product_id)
        if row is None:
            raise LookupError(f"product {product_id} is not listed")
        self.products.setCurrentCell(row, 0)

    def draft(self) -> warranty.PolicyDraft:
        assert self.product_id is not None
        lines = self.conditions.toPlainText().splitlines()
        return warranty.PolicyDraft(
            self.product_id,
            warranty_months=self.warranty_months.value(),
            service_months=self.service_months.value(),
            terms=self.terms.toPlainText(),
            void_conditions=tuple(line.strip() for line in lines if line.strip()),
            return_days=self.return_days.value() or None,
            exchange_days=self.exchange_days.value() or None,
            repairs_before_exchange=self.repairs_before_exchange.value() or None,
        )

    def save(self) -> bool:
        if self.product_id is None:
            return False
        self.errors.clear()
        db, draft = self.db, self.draft()
        return self.submit(lambda: warranty.set_policy(db, draft), self._saved)

    def _saved(self, saved: warranty.PolicyRecord) -> None:
        self.product_id = None  # shown afresh from what was saved
        self.reload(saved.product_id)
        self.banner.show_message("info", self.tr("Policy saved."))
        self.policySaved.emit(saved)
