"""The Units screen, the unit form, and a short form for a new catalogue product."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import customers, desk, units
from fieldservice.services.desk import UnitView
from ui.common.cards import UnitCard
from ui.common.listscreen import ListScreen
from ui.common.pagedmodel import PagedTableModel
from ui.common.unitforms import UnitForm, unit_columns
from ui.common.widgets import EmptyState, leave_out_first


class UnitsScreen(ListScreen):
    """Every unit, found by serial prefix, owner or product, with the one
    selected shown beside the list."""

    openCustomerRequested = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        card = UnitCard()
        super().__init__(
            db,
            name="units",
            model=PagedTableModel(
                unit_columns(card),
                count=lambda q: units.count_units(db, q),
                fetch=lambda q, offset, limit: units.list_units(db, q, offset=offset, limit=limit),
            ),
            card=card,
            search_placeholder=card.tr("Search units: serial, owner's name or phone, product"),
            new_text=card.tr("New unit"),
            empty=EmptyState(
                "units",
                card.tr("No unit selected"),
                card.tr("Choose a unit in the list to see what it is and who owns it."),
            ),
            counted_as=(card.tr("1 unit"), card.tr("{n} units")),
            parent=parent,
        )
        self.card: UnitCard = card
        leave_out_first(self.table, (2, 4))  # SKU, then the owner's phone: both on the card
        self.form: UnitForm | None = None
        card.editRequested.connect(self.edit_record)
        card.openCustomerRequested.connect(self.openCustomerRequested)

    def load(self, record_id: uuid.UUID) -> UnitView:
        return desk.unit_view(self.db, record_id)

    def show_view(self, view: UnitView) -> None:
        self.card.show_unit(view)

    def view_id(self, view: UnitView) -> uuid.UUID:
        return view.unit.id

    def open_unit(self, unit_id: uuid.UUID) -> None:
        """Open one unit: the list narrows to its serial, selected, details shown."""
        self.open_record(unit_id, units.get_unit(self.db, unit_id).serial)

    def new_record(self, owner_id: uuid.UUID | None = None) -> UnitForm:
        owner = customers.get_customer(self.db, owner_id) if owner_id is not None else None
        return self._open(UnitForm(self.db, None, self, owner=owner))

    def new_unit(self, owner_id: uuid.UUID | None = None) -> UnitForm:
        return self.new_record(owner_id)

    def edit_record(self, unit_id: uuid.UUID) -> UnitForm:
        return self._open(UnitForm(self.db, units.get_unit(self.db, unit_id), self))

    def _open(self, form: UnitForm) -> UnitForm:
        form.openExistingRequested.connect(self.open_unit)
        return self.open_form(form, self._saved)

    def _saved(self, form: UnitForm) -> None:
        if form.saved is None:
            return
        self.changed.emit()
        if form.unit is None:
            self.open_unit(form.saved.id)
        else:
            self.refresh()
