"""Units: serialised products, each usually owned by a customer.

A serial number identifies one unit across the whole network: it is stored
normalised (no spaces, upper case), so a scanned label and a typed number find
the same unit, and a second unit with the same serial is refused.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam, func, select, union
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import AlreadyExists, InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import Customer, Product, Unit
from fieldservice.models.base import live
from fieldservice.services import customers, validation


@dataclass(frozen=True)
class UnitDraft:
    serial: str
    product_id: uuid.UUID | None
    customer_id: uuid.UUID | None = None
    purchase_date: dt.date | None = None
    install_address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class UnitRecord:
    id: uuid.UUID
    serial: str
    product_id: uuid.UUID
    product_sku: str
    product_name: str
    product_brand: str
    product_model: str
    customer_id: uuid.UUID | None
    customer_number: str
    customer_name: str
    customer_phone: str
    purchase_date: dt.date | None
    install_address: str
    notes: str
    created_at: dt.datetime

    def draft(self) -> UnitDraft:
        return UnitDraft(
            self.serial,
            self.product_id,
            self.customer_id,
            self.purchase_date,
            self.install_address,
            self.notes,
        )


@dataclass(frozen=True)
class UnitRow:
    """One line of the units list."""

    id: uuid.UUID
    serial: str
    product_name: str
    product_sku: str
    customer_name: str
    customer_phone: str
    purchase_date: dt.date | None


_RECORD_COLUMNS = (
    Unit.id,
    Unit.serial,
    Unit.product_id,
    Product.sku,
    Product.name,
    Product.brand,
    Product.model,
    Unit.customer_id,
    func.coalesce(Customer.number, ""),
    func.coalesce(Customer.name, ""),
    func.coalesce(Customer.phone, ""),
    Unit.purchase_date,
    Unit.install_address,
    Unit.notes,
    Unit.created_at,
)


def _record_query():
    return (
        select(*_RECORD_COLUMNS)
        .join(Product, Product.id == Unit.product_id)
        .outerjoin(Customer, Customer.id == Unit.customer_id)
        .where(~Unit.deleted)
    )


def _clean(s: Session, draft: UnitDraft) -> dict:
    """Check every field; every problem found is raised at once, each naming its field."""
    problems = validation.Problems()
    values: dict = {"product_id": draft.product_id, "customer_id": draft.customer_id}
    with problems.collected():
        values["serial"] = validation.serial(draft.serial)
    with problems.collected():
        if draft.product_id is None:
            raise InvalidInput(_("Choose the product this unit is."), field="product")
        product = s.get(Product, draft.product_id)
        if product is None or product.deleted:
            raise InvalidInput(_("The chosen product is not in the catalogue."), field="product")
    with problems.collected():
        if draft.customer_id is not None:
            owner = s.get(Customer, draft.customer_id)
            if owner is None or owner.deleted:
                raise InvalidInput(_("The chosen customer no longer exists."), field="customer")
    with problems.collected():
        values["purchase_date"] = validation.past_date(
            draft.purchase_date, "purchase_date", N_("purchase date")
        )
    with problems.collected():
        values["install_address"] = validation.lines_of_text(
            draft.install_address, "install_address", N_("installation address")
        )
    with problems.collected():
        values["notes"] = validation.lines_of_text(draft.notes, "notes", N_("notes"))
    problems.raise_any()
    return values


def _check_unique_serial(s: Session, serial: str, other_than: uuid.UUID | None) -> None:
    existing = s.execute(
        _record_query()
        .where(Unit.serial == serial)
        .with_only_columns(Unit.id, Product.name, func.coalesce(Customer.name, ""))
    ).first()
    if existing is not None and existing[0] != other_than:
        if existing[2]:
            message = _("Serial {serial} is already registered: a {product} owned by {owner}.")
        else:
            message = _("Serial {serial} is already registered: a {product}.")
        raise AlreadyExists(
            message.format(serial=serial, product=existing[1], owner=existing[2]),
            field="serial",
            existing_id=existing[0],
        )


def create_unit(db: Database, draft: UnitDraft) -> UnitRecord:
    """Register a unit. Refused if the serial is empty or already registered."""
    with db.write() as s:
        values = _clean(s, draft)
        _check_unique_serial(s, values["serial"], None)
        unit = Unit(**values)
        s.add(unit)
        s.flush()
        return _load(s, unit.id)


def update_unit(db: Database, unit_id: uuid.UUID, draft: UnitDraft) -> UnitRecord:
    """Correct a unit's details or change its owner."""
    with db.write() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFound(_("That unit no longer exists."))
        values = _clean(s, draft)
        _check_unique_serial(s, values["serial"], unit.id)
        for key, value in values.items():
            if getattr(unit, key) != value:
                setattr(unit, key, value)
        s.flush()
        return _load(s, unit.id)


def _load(s: Session, unit_id: uuid.UUID) -> UnitRecord:
    row = s.execute(_record_query().where(Unit.id == unit_id)).first()
    if row is None:
        raise NotFound(_("That unit no longer exists."))
    return UnitRecord(*row)


def get_unit(db: Database, unit_id: uuid.UUID) -> UnitRecord:
    with db.read() as s:
        return read_unit(s, unit_id)


def read_unit(s: Session, unit_id: uuid.UUID) -> UnitRecord:
    """:func:`get_unit` inside the caller's unit of work."""
    return _load(s, unit_id)


# Built once: the desk scans serials all day, and building the statement costs
# more than running it.
_BY_SERIAL = _record_query().where(Unit.serial == bindparam("serial"))


def find_by_serial(db: Database, serial: str) -> UnitRecord | None:
    """The unit with this serial (however it was typed or scanned), or None."""
    with db.connection() as conn:
        return read_by_serial(conn, serial)


def read_by_serial(s: Session | Connection, serial: str) -> UnitRecord | None:
    """:func:`find_by_serial` inside the caller's unit of work (or on a plain
    read connection, the hot path)."""
    try:
        serial = validation.serial(serial)
    except InvalidInput:
        return None
    row = s.execute(_BY_SERIAL, {"serial": serial}).first()
    return UnitRecord(*row) if row else None


def units_of_customer(db: Database, customer_id: uuid.UUID) -> list[UnitRow]:
    with db.read() as s:
        return read_units_of_customer(s, customer_id)


def read_units_of_customer(s: Session, customer_id: uuid.UUID) -> list[UnitRow]:
    """:func:`units_of_customer` inside the caller's unit of work: newest first."""
    rows = s.execute(
        _row_query(live(Unit)).where(Unit.customer_id == customer_id).order_by(Unit.id.desc())
    )
    return [UnitRow(*r) for r in rows]


# -- lists --------------------------------------------------------------------------


def _row_query(not_deleted: ColumnElement[bool] = ~Unit.deleted):
    """The list's row of each unit; *not_deleted* is how "not deleted" is written:
    ``deleted = 0`` for the pages of every unit (newest first through
    ``ix_unit_deleted``), :func:`live` for one customer's few units (through
    their own index, with or without planner statistics)."""
    return (
        select(
            Unit.id,
            Unit.serial,
            Product.name,
            Product.sku,
            func.coalesce(Customer.name, ""),
            func.coalesce(Customer.phone, ""),
            Unit.purchase_date,
        )
        .join(Product, Product.id == Unit.product_id)
        .outerjoin(Customer, Customer.id == Unit.customer_id)
        .where(not_deleted)
    )


def _matching_ids(search: str):
    """Ids of units whose serial starts with *search*, or whose owner or product
    matches it; None when there is nothing to search for."""
    search = (search or "").strip()
    if not search:
        return None
    parts = []
    prefix = "".join(search.split()).upper()
    parts.append(select(Unit.id).where(Unit.serial >= prefix, Unit.serial < prefix + "\U0010ffff"))
    owners = customers.matching_ids(search)
    if owners is not None:
        parts.append(select(Unit.id).where(Unit.customer_id.in_(owners)))
    pattern = f"%{search}%"
    parts.append(
        select(Unit.id).where(
            Unit.product_id.in_(
                select(Product.id).where(Product.sku.ilike(pattern) | Product.name.ilike(pattern))
            )
        )
    )
    return union(*parts)


def count_units(db: Database, search: str = "") -> int:
    """How many units match *search* (serial prefix, owner's details, product)."""
    query = select(func.count()).select_from(Unit).where(~Unit.deleted)
    ids = _matching_ids(search)
    if ids is not None:
        query = query.where(Unit.id.in_(ids))
    with db.read() as s:
        return s.scalar(query) or 0


def list_units(
    db: Database, search: str = "", *, offset: int = 0, limit: int = 100
) -> list[UnitRow]:
    """One page of the units matching *search*, newest first."""
    query = _row_query().order_by(Unit.id.desc()).offset(offset).limit(limit)
    ids = _matching_ids(search)
    if ids is not None:
        query = query.where(Unit.id.in_(ids))
    with db.read() as s:
        return [UnitRow(*row) for row in s.execute(query)]
