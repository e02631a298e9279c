"""The panels of the order view that only show what the order holds: what came
in at intake, the unit and its customer, the charges, the order's history, and
past repairs like it. The panels the technician types into stay on the view
(:mod:`ui.repairs.orderview`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fieldservice.services import repairs
from ui.common.formatting import money, when
from ui.common.pagedmodel import display
from ui.common.tables import clear_layout, panel
from ui.common.widgets import Facts, label, link_button
from ui.common.words import channel_words, service_type_words, status_words


def card_layout(widget: QWidget, title: str) -> QVBoxLayout:
    """Make *widget* a white card titled *title*; returns the card's layout."""
    frame, layout = panel(title)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(frame)
    return layout


class IntakePanel(QWidget):
    """What was recorded when the unit came in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_layout(self, self.tr("At intake"))
        self.facts = Facts()
        layout.addWidget(self.facts)

    def show_order(self, order: repairs.OrderRecord) -> None:
        received = when(order.opened_at)
        if order.received_by:
            received = self.tr("%s by %s") % (received, order.received_by)
        facts = [
            ("fault", "warning", self.tr("Fault reported"), order.fault_reported),
            ("accessories", "parts", self.tr("Accessories"), order.accessories),
            ("condition", "info", self.tr("Condition"), order.condition),
            (
                "service",
                "repairs",
                self.tr("Service"),
                f"{service_type_words(order.service_type)} · {channel_words(order.channel)}",
            ),
            ("coverage", "warranty", self.tr("Coverage"), order.coverage_note),
            ("received", "calendar", self.tr("Received"), received),
        ]
        if order.sanbao_decision:
            # The 三包 decision taken at intake, beside the coverage.
            facts.insert(
                5,
                (
                    "sanbao",
                    "warranty",
                    self.tr("三包"),
                    f"{order.sanbao_label} · {order.sanbao_reason}",
                ),
            )
        self.facts.set_facts(facts)


class ChargesPanel(QWidget):
    """What the parts and labour cost, what the warranty covers, what is to pay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_layout(self, self.tr("Charges"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("parts", self.tr("Parts")),
            ("labour", self.tr("Labour")),
            ("covered", self.tr("Covered by the warranty")),
            ("chargeable", self.tr("To pay")),
            ("quote", self.tr("Quoted")),
        )
        for number, (key, title) in enumerate(rows):
            name = label(title, "fieldName")
            value = label("")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "chargeable":
                name.setStyleSheet("font-weight: 600; color: #1f2933;")
                value.setStyleSheet("font-weight: 600;")
            grid.addWidget(name, number, 0)
            grid.addWidget(value, number, 1)
            self.values[key] = value
            if key == "quote":
                self.quote_name = name
        layout.addLayout(grid)

    def show_charges(self, c: repairs.Charges, quote_amount: Decimal | None) -> None:
        values = {
            "parts": money(c.parts),
            "labour": money(c.labour),
            "covered": money(c.covered),
            "chargeable": money(c.chargeable),
            "quote": money(quote_amount),
        }
        for key, value in values.items():
            self.values[key].setText(value)
        has_quote = quote_amount is not None
        self.values["quote"].setVisible(has_quote)
        self.quote_name.setVisible(has_quote)


class UnitAndCustomerPanel(QWidget):
    """The unit repaired and its customer, each a click away."""

    openUnitRequested = Signal(object)
    openCustomerRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order: repairs.OrderRecord | None = None
        layout = card_layout(self, self.tr("Unit and customer"))
        self.facts = Facts()
        layout.addWidget(self.facts)
        row = QHBoxLayout()
        self.open_unit_button = link_button(self.tr("Open unit"), "open")
        self.open_customer_button = link_button(self.tr("Open customer"), "open")
        self.open_unit_button.clicked.connect(self._open_unit)
        self.open_customer_button.clicked.connect(self._open_customer)
        row.addWidget(self.open_unit_button)
        row.addWidget(self.open_customer_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_order(self, order: repairs.OrderRecord) -> None:
        self.order = order
        brand_model = " ".join(p for p in (order.product_brand, order.product_model) if p)
        self.facts.set_facts(
            [
                ("product", "units", self.tr("Product"), order.product_name),
                ("serial", "tag", self.tr("Serial"), order.serial),
                ("model", "parts", self.tr("Brand / model"), brand_model),
                ("customer", "user", self.tr("Customer"), order.customer_name),
                ("phone", "phone", self.tr("Phone"), order.customer_phone),
                ("email", "email", self.tr("E-mail"), order.customer_email),
            ]
        )
        self.open_customer_button.setVisible(order.customer_id is not None)

    def _open_unit(self) -> None:
        if self.order is not None:
            self.openUnitRequested.emit(self.order.unit_id)

    def _open_customer(self) -> None:
        if self.order is not None and self.order.customer_id is not None:
            self.openCustomerRequested.emit(self.order.customer_id)


class SimilarRepairsPanel(QWidget):
    """Past repairs of the same product with a fault like this one, and what fixed them."""

    openOrderRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_layout(self, self.tr("Similar past repairs"))
        self.intro = label("", "muted", wrap=True)
        layout.addWidget(self.intro)
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        layout.addLayout(self.items)

    def show_repairs(self, found: list[repairs.SimilarRepair]) -> None:
        clear_layout(self.items)
        if not found:
            self.intro.setText(self.tr("No past repair of this product had a fault like this one."))
            return
        self.intro.setText(
            self.tr("Repairs of the same product with a fault like this one, best match first.")
        )
        for repair in found:
            self.items.addWidget(self._item(repair))

    def _item(self, repair: repairs.SimilarRepair) -> QWidget:
        item = QWidget()
        box = QVBoxLayout(item)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(6)
        link = link_button(repair.number)
        link.setToolTip(self.tr("Open %s") % repair.number)
        link.clicked.connect(lambda _checked=False, i=repair.id: self._open(i))
        head.addWidget(link)
        head.addWidget(label(display(repair.opened_at), "muted"))
        head.addStretch(1)
        box.addLayout(head)
        box.addWidget(label(repair.fault_reported, None, wrap=True))
        if repair.diagnosis:
            box.addWidget(label(self.tr("Found: %s") % repair.diagnosis, "muted", wrap=True))
        if repair.work_done:
            fixed = label(self.tr("Fixed: %s") % repair.work_done, None, wrap=True)
            fixed.setStyleSheet("color: #1b6b3f;")
            box.addWidget(fixed)
        else:
            box.addWidget(
                label(
                    self.tr("Not fixed yet (%s)") % status_words(repair.status).lower(),
                    "muted",
                )
            )
        return item

    def _open(self, order_id: uuid.UUID) -> None:
        self.openOrderRequested.emit(order_id)


class HistoryPanel(QWidget):
    """The order's moves from status to status, newest first, with who and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_layout(self, self.tr("History"))
        self.items = QVBoxLayout()
        self.items.setSpacing(8)
        layout.addLayout(self.items)

    def show_history(self, history: list[tuple[dt.datetime, str, str, str, str]]) -> None:
        clear_layout(self.items)
        for at, from_status, to_status, by, reason in reversed(history):
            item = QWidget()
            box = QVBoxLayout(item)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            if from_status:
                title = f"{status_words(from_status)}  →  {status_words(to_status)}"
            else:
                title = self.tr("Opened: %s") % status_words(to_status).lower()
            head = label(title)
            head.setStyleSheet("font-weight: 600;")
            box.addWidget(head)
            meta = when(at) + (f" · {by}" if by else "")
            box.addWidget(label(meta, "muted"))
            if reason:
                box.addWidget(label(f"“{reason}”", None, wrap=True))
            self.items.addWidget(item)
