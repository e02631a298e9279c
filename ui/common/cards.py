"""The record cards: a unit with its owner, a customer with their units.

The Desk shows them as the answer to a scan; the Units and Customers screens
show them beside their lists. What a card shows comes from one view service
call (:mod:`fieldservice.services.desk`, run through :mod:`ui.common.ops`); the
cards only lay it out and say which button was pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldservice.services import repairs, warranty
from fieldservice.services.desk import CustomerView, UnitView
from ui.common import theme
from ui.common.badges import Badge, coverage_badge
from ui.common.pagedmodel import display
from ui.common.tables import clear_layout
from ui.common.widgets import (
    Banner,
    Facts,
    button,
    label,
    link_button,
    primary_button,
    section_title,
)
from ui.common.words import coverage_summary, status_words

# A customer card lists this many units; the rest are found on the Units screen.
UNITS_SHOWN = 100
# A unit card lists its newest orders; the Repair orders screen finds the rest by serial.
ORDERS_SHOWN = 8


def one_line(address: str) -> str:
    return ", ".join(part.strip() for part in (address or "").splitlines() if part.strip())


def town(address: str) -> str:
    """The last line of an address: the town and postcode, as lists show it."""
    lines = [part.strip() for part in (address or "").splitlines() if part.strip()]
    return lines[-1] if lines else ""


class Card(QFrame):
    """A white card: a header (icon, title, subtitle, buttons) and sections.

    Sections stack in one column when the card is narrow (beside a list) and
    sit side by side when it is wide (on the Desk).
    """

    WIDE = 640

    def __init__(self, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 18, 20, 18)
        self._layout.setSpacing(10)
        # Buttons sit right of the title, or under it when the card is narrow.
        self._header = QGridLayout()
        self._header.setHorizontalSpacing(14)
        self._header.setVerticalSpacing(10)
        self._header.setColumnStretch(1, 1)
        badge = QLabel()
        badge.setPixmap(theme.pixmap(icon, 36, theme.ACCENT))
        badge.setFixedSize(40, 40)
        self._header.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = label("", "cardTitle", wrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = label("", "cardSubtitle", wrap=True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self._header.addLayout(titles, 0, 1)
        self._button_row = QWidget()
        self.buttons = QHBoxLayout(self._button_row)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(8)
        self._header.addWidget(self._button_row, 0, 2, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(self._header)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(28)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self._layout.addLayout(self._grid)
        self._layout.addStretch(1)
        self._sections: list[tuple[QWidget, tuple[int, int, int]]] = []
        self._wide: bool | None = None

    def add_section(
        self, title: str, widget: QWidget, wide: tuple[int, int, int] | None = None
    ) -> QWidget:
        """Add a section; *wide* is its (row, column, column span) when the card is wide."""
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e6eaef;")
        layout.addWidget(line)
        layout.addWidget(section_title(title))
        layout.addWidget(widget)
        layout.addStretch(1)
        position = wide or (len(self._sections), 0, 2)
        self._sections.append((section, position))
        self._wide = None
        self._arrange(self.width() >= self.WIDE)
        return section

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self._header.removeWidget(self._button_row)
        if wide:
            self._header.addWidget(self._button_row, 0, 2, Qt.AlignmentFlag.AlignTop)
        else:
            self._header.addWidget(self._button_row, 1, 1, Qt.AlignmentFlag.AlignLeft)
        for section, _ in self._sections:
            self._grid.removeWidget(section)
        for number, (section, (row, column, span)) in enumerate(self._sections):
            if wide:
                self._grid.addWidget(section, row, column, 1, span)
            else:
                self._grid.addWidget(section, number, 0, 1, 2)

    def is_wide(self) -> bool:
        return bool(self._wide)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self.WIDE)
        self.width_changed(event.size().width())

    def width_changed(self, width: int) -> None:
        """Adapt details to the card's width (subclasses)."""

    def add_facts_section(
        self, title: str, link_text: str, wide: tuple[int, int, int] | None = None
    ) -> tuple[Facts, QPushButton]:
        """A section of facts with a link under them ("Open customer")."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        facts = Facts()
        layout.addWidget(facts)
        link = link_button(link_text, "open")
        layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_section(title, holder, wide)
        return facts, link

    def add_button(self, text: str, icon: str) -> QPushButton:
        result = button(text, icon)
        self.buttons.addWidget(result)
        return result


class UnitCard(Card):
    """A unit: what it is, who owns it, its warranty and its repairs."""

    editRequested = Signal(object)
    openUnitRequested = Signal(object)
    openCustomerRequested = Signal(object)
    newOrderRequested = Signal(object)
    openOrderRequested = Signal(object)

    def __init__(
        self,
        *,
        open_button: bool = False,
        order_button: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("units", parent)
        self.view: UnitView | None = None
        self.new_order_button: QPushButton | None = None
        if order_button:
            self.new_order_button = primary_button(self.tr("New repair order"), "repairs")
            self.new_order_button.setToolTip(self.tr("Take this unit in for repair"))
            self.buttons.addWidget(self.new_order_button)
        self.open_button = self.add_button(self.tr("Open unit"), "open") if open_button else None
        self.edit_button = self.add_button(self.tr("Edit"), "edit")
        self.unit_facts = Facts()
        self.add_section(self.tr("Unit"), self.unit_facts, (0, 0, 1))
        self.owner_facts, self.owner_link = self.add_facts_section(
            self.tr("Owner"), self.tr("Open customer"), (0, 1, 1)
        )
        self.add_section(self.tr("Warranty"), self._build_warranty(), (1, 0, 1))
        self.add_section(self.tr("Repair history"), self._build_history(), (1, 1, 1))
        self.edit_button.clicked.connect(self._edit)
        if self.open_button is not None:
            self.open_button.clicked.connect(self._open)
        if self.new_order_button is not None:
            self.new_order_button.clicked.connect(self._new_order)
        self.owner_link.clicked.connect(self._open_owner)

    def _build_warranty(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.coverage_badge = Badge()
        layout.addWidget(self.coverage_badge, 0, Qt.AlignmentFlag.AlignLeft)
        # The coverage in one sentence (what the desk tells the customer).
        self.warranty = label("", None, wrap=True)
        layout.addWidget(self.warranty)
        self.warranty_facts = Facts()
        layout.addWidget(self.warranty_facts)
        return box

    def _build_history(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # How many repairs, how many still open.
        self.history = label("", "muted", wrap=True)
        layout.addWidget(self.history)
        # One entry per order, newest first: number (opens it), status, day, fault.
        self.orders_list = QVBoxLayout()
        self.orders_list.setSpacing(8)
        layout.addLayout(self.orders_list)
        self.order_links: list[QPushButton] = []
        return box

    def show_unit(self, view: UnitView) -> None:
        self.view = view
        unit, owner = view.unit, view.owner
        self.title.setText(unit.serial)
        self.subtitle.setText(unit.product_name)
        brand_model = " ".join(p for p in (unit.product_brand, unit.product_model) if p)
        self.unit_facts.set_facts(
            [
                ("serial", "tag", self.tr("Serial"), unit.serial),
                ("product", "parts", self.tr("Product"), unit.product_name),
                ("sku", "tag", self.tr("SKU"), unit.product_sku),
                ("model", "units", self.tr("Brand / model"), brand_model),
                ("purchase_date", "calendar", self.tr("Purchased"), display(unit.purchase_date)),
                (
                    "install_address",
                    "address",
                    self.tr("Installed at"),
                    one_line(unit.install_address),
                ),
                ("notes", "edit", self.tr("Notes"), unit.notes),
            ]
        )
        if owner is None:
            self.owner_facts.set_facts(
                [("name", "user", self.tr("Owner"), self.tr("No owner recorded"))]
            )
            self.owner_link.hide()
        else:
            self.owner_facts.set_facts(
                [
                    ("name", "user", self.tr("Name"), f"{owner.name}  ({owner.number})"),
                    ("company", "building", self.tr("Company"), owner.company),
                    ("phone", "phone", self.tr("Phone"), owner.phone),
                    ("email", "email", self.tr("E-mail"), owner.email),
                    ("address", "address", self.tr("Address"), one_line(owner.address)),
                ]
            )
            self.owner_link.show()
        self._show_warranty(view.coverage)
        self._show_history(view.orders)

    def _show_warranty(self, cover: warranty.Coverage | None) -> None:
        if cover is None:
            self.coverage_badge.set_badge("", "grey")
            self.warranty.setText(self.tr("The coverage cannot be worked out for this unit."))
            self.warranty_facts.set_facts([])
            return
        self.coverage_badge.set_badge(*coverage_badge(cover.status.value))
        self.warranty.setText(coverage_summary(cover))
        if cover.registration_id is None:
            self.warranty_facts.set_facts([])
            return
        facts = [
            ("certificate", "warranty", self.tr("Certificate"), cover.certificate_number),
            ("warranty_end", "calendar", self.tr("Warranty until"), display(cover.warranty_end)),
        ]
        if cover.service_end and cover.service_end != cover.warranty_end:
            facts.append(
                ("service_end", "calendar", self.tr("Service until"), display(cover.service_end))
            )
        if cover.extension_months:
            facts.append(
                (
                    "extension",
                    "add",
                    self.tr("Extended by"),
                    self.tr("%d months") % cover.extension_months,
                )
            )
        self.warranty_facts.set_facts(facts)

    def _show_history(self, orders: tuple[repairs.OrderRow, ...]) -> None:
        still_open = sum(1 for o in orders if o.status in repairs.OPEN_STATUSES)
        if not orders:
            self.history.setText(self.tr("No repairs yet."))
        else:
            text = (
                self.tr("1 repair order")
                if len(orders) == 1
                else self.tr("%s repair orders") % display(len(orders))
            )
            if still_open:
                text += " · " + (
                    self.tr("1 open") if still_open == 1 else self.tr("%d open") % still_open
                )
            if len(orders) > ORDERS_SHOWN:
                text += " · " + self.tr("the newest %d are listed") % ORDERS_SHOWN
            self.history.setText(text)
        clear_layout(self.orders_list)
        self.order_links = []
        for order in orders[:ORDERS_SHOWN]:
            entry = QWidget()
            box = QVBoxLayout(entry)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            head = QHBoxLayout()
            head.setSpacing(8)
            link = link_button(order.number)
            link.setToolTip(self.tr("Open order %s") % order.number)
            link.clicked.connect(lambda _checked=False, i=order.id: self.openOrderRequested.emit(i))
            head.addWidget(link)
            status = label(status_words(order.status), "muted")
            if order.status in repairs.OPEN_STATUSES:
                status.setStyleSheet(f"color: {theme.ACCENT}; font-weight: 600;")
            head.addWidget(status)
            head.addStretch(1)
            head.addWidget(label(display(order.opened_at), "muted"))
            box.addLayout(head)
            fault = label(order.fault_reported, None, wrap=True)
            fault.setContentsMargins(4, 0, 0, 0)
            box.addWidget(fault)
            self.orders_list.addWidget(entry)
            self.order_links.append(link)

    def _new_order(self) -> None:
        if self.view is not None:
            self.newOrderRequested.emit(self.view.unit.id)

    def _edit(self) -> None:
        if self.view is not None:
            self.editRequested.emit(self.view.unit.id)

    def _open(self) -> None:
        if self.view is not None:
            self.openUnitRequested.emit(self.view.unit.id)

    def _open_owner(self) -> None:
        if self.view is not None and self.view.owner is not None:
            self.openCustomerRequested.emit(self.view.owner.id)


class CustomerCard(Card):
    """A customer: contact details, a possible-duplicate warning, their units."""

    editRequested = Signal(object)
    openCustomerRequested = Signal(object)
    openUnitRequested = Signal(object)
    newUnitRequested = Signal(object)
    notDuplicateRequested = Signal(object)

    def __init__(self, *, open_button: bool = False, parent: QWidget | None = None) -> None:
        super().__init__("user", parent)
        self.view: CustomerView | None = None
        self.open_button = (
            self.add_button(self.tr("Open customer"), "open") if open_button else None
        )
        self.edit_button = self.add_button(self.tr("Edit"), "edit")
        self.duplicate = Banner()
        self._layout.insertWidget(1, self.duplicate)  # right under the name
        self.facts = Facts()
        self.add_section(self.tr("Contact"), self.facts, (0, 0, 1))
        owned = QWidget()
        owned_layout = QVBoxLayout(owned)
        owned_layout.setContentsMargins(0, 0, 0, 0)
        owned_layout.setSpacing(6)
        self.units_summary = label("", "muted")
        owned_layout.addWidget(self.units_summary)
        self.units_table = QTableWidget(0, 3)
        self.units_table.setHorizontalHeaderLabels(
            [self.tr("Serial"), self.tr("Product"), self.tr("Purchased")]
        )
        self.units_table.verticalHeader().setVisible(False)
        self.units_table.verticalHeader().setDefaultSectionSize(28)
        self.units_table.setShowGrid(False)
        self.units_table.setAlternatingRowColors(True)
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.units_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.units_table.doubleClicked.connect(self._open_unit_at)
        owned_layout.addWidget(self.units_table)
        unit_buttons = QHBoxLayout()
        self.new_unit_button = link_button(self.tr("Register a unit for this customer"), "add")
        self.new_unit_button.clicked.connect(self._new_unit)
        unit_buttons.addWidget(self.new_unit_button)
        unit_buttons.addStretch(1)
        owned_layout.addLayout(unit_buttons)
        # A unit's card lists its repair orders; the customer's card points there.
        self.orders_hint = label(
            self.tr("Double-click a unit to see its repair orders."), "muted", wrap=True
        )
        owned_layout.addWidget(self.orders_hint)
        self.add_section(self.tr("Units"), owned, (1, 0, 2))
        self.edit_button.clicked.connect(self._edit)
        if self.open_button is not None:
            self.open_button.clicked.connect(self._open)

    def show_customer(self, view: CustomerView) -> None:
        self.view = view
        c = view.customer
        self.title.setText(c.name)
        self.subtitle.setText(" · ".join(p for p in (c.number, c.company) if p))
        self.facts.set_facts(
            [
                ("phone", "phone", self.tr("Phone"), c.phone),
                ("email", "email", self.tr("E-mail"), c.email),
                ("address", "address", self.tr("Address"), one_line(c.address)),
                ("company", "building", self.tr("Company"), c.company),
                ("notes", "edit", self.tr("Notes"), c.notes),
            ]
        )
        if c.flagged_duplicate:
            other = view.duplicate_of
            if other is not None:
                text = self.tr(
                    "Possible duplicate: %s (%s) has the same phone number. Check whether "
                    "they are the same customer."
                ) % (other.name, other.number)
            else:
                text = self.tr("Possible duplicate: another customer has the same phone number.")
            actions = []
            if other is not None:
                actions.append(
                    (
                        self.tr("Open %s") % other.name,
                        lambda: self.openCustomerRequested.emit(other.id),
                    )
                )
            actions.append(
                (self.tr("Not a duplicate"), lambda: self.notDuplicateRequested.emit(c.id))
            )
            self.duplicate.show_message("warning", text, actions)
        else:
            self.duplicate.clear()
        owned = view.units
        if not owned:
            self.units_summary.setText(self.tr("No units registered for this customer."))
        elif len(owned) == 1:
            self.units_summary.setText(self.tr("1 unit"))
        elif len(owned) > UNITS_SHOWN:
            self.units_summary.setText(
                self.tr("%s units; the newest %s are listed.") % (display(len(owned)), UNITS_SHOWN)
            )
        else:
            self.units_summary.setText(self.tr("%s units") % display(len(owned)))
        shown = owned[:UNITS_SHOWN]
        self.units_table.setRowCount(len(shown))
        for row, unit in enumerate(shown):
            serial = QTableWidgetItem(unit.serial)
            serial.setData(Qt.ItemDataRole.UserRole, unit.id)
            self.units_table.setItem(row, 0, serial)
            self.units_table.setItem(row, 1, QTableWidgetItem(unit.product_name))
            self.units_table.setItem(row, 2, QTableWidgetItem(display(unit.purchase_date)))
        self.units_table.setVisible(bool(shown))
        self.orders_hint.setVisible(bool(shown))
        visible_rows = min(max(len(shown), 1), 8)
        table = self.units_table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        table.setFixedHeight(height + table.verticalHeader().defaultSectionSize() * visible_rows)

    def width_changed(self, width: int) -> None:
        # Beside a list there is no room for the purchase date: the unit's card has it.
        self.units_table.setColumnHidden(2, width < 520)

    def _edit(self) -> None:
        if self.view is not None:
            self.editRequested.emit(self.view.customer.id)

    def _open(self) -> None:
        if self.view is not None:
            self.openCustomerRequested.emit(self.view.customer.id)

    def _new_unit(self) -> None:
        if self.view is not None:
            self.newUnitRequested.emit(self.view.customer.id)

    def _open_unit_at(self, index) -> None:
        item = self.units_table.item(index.row(), 0)
        if item is not None:
            self.openUnitRequested.emit(item.data(Qt.ItemDataRole.UserRole))
