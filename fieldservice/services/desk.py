"""What the record cards show, each read in one unit of work.

The Desk answers a scan with a card: a unit with its owner, warranty and repair
history, or a customer with their units. The Units and Customers screens show
the same cards beside their lists. :func:`unit_view` and :func:`customer_view`
read a card's contents in one session; :func:`scan` looks the text up and reads
the card of the one unit or customer it names in that same session, so a desk
scan is one trip into the core. :func:`unit_at_desk` reads what intake needs to
know about the unit on the counter, likewise in one session.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, NotFound
from fieldservice.services import customers, lookup, repairs, units, warranty
from fieldservice.services.coverage import CoverageStatus


@dataclass(frozen=True)
class UnitView:
    """A unit's card: the unit, its owner, its coverage today and its repair orders."""

    unit: units.UnitRecord
    owner: customers.CustomerRecord | None
    # None when the coverage cannot be worked out (e.g. a purchase date after today).
    coverage: warranty.Coverage | None = None
    orders: tuple[repairs.OrderRow, ...] = ()


@dataclass(frozen=True)
class CustomerView:
    """A customer's card: the customer, their units, and the customer they may
    duplicate (while the flag is not reviewed)."""

    customer: customers.CustomerRecord
    units: list[units.UnitRow]
    duplicate_of: customers.CustomerRecord | None


@dataclass(frozen=True)
class ScanResult:
    """What a scanned or typed text names, with the card of the unit or the
    customer when it names one."""

    found: lookup.LookupResult
    unit: UnitView | None = None
    customer: CustomerView | None = None


def unit_view(db: Database, unit_id: uuid.UUID) -> UnitView:
    """The unit's card, read in one session."""
    with db.read() as s:
        return read_unit_view(s, unit_id)


def read_unit_view(s: Session, unit_id: uuid.UUID) -> UnitView:
    """:func:`unit_view` inside the caller's unit of work."""
    unit = units.read_unit(s, unit_id)
    owner = None
    if unit.customer_id is not None:
        try:
            owner = customers.read_customer(s, unit.customer_id)
        except NotFound:
            owner = None
    try:
        cover: warranty.Coverage | None = warranty.read_coverage(s, unit.serial)
    except FieldServiceError:  # e.g. a purchase date after today: no answer to give
        cover = None
    return UnitView(unit, owner, cover, tuple(repairs.read_orders_of_unit(s, unit.id)))


def customer_view(db: Database, customer_id: uuid.UUID) -> CustomerView:
    """The customer's card, read in one session."""
    with db.read() as s:
        return read_customer_view(s, customer_id)


def read_customer_view(s: Session, customer_id: uuid.UUID) -> CustomerView:
    """:func:`customer_view` inside the caller's unit of work."""
    customer = customers.read_customer(s, customer_id)
    owned = units.read_units_of_customer(s, customer_id)
    other = None
    if customer.flagged_duplicate and customer.possible_duplicate_of is not None:
        try:
            other = customers.read_customer(s, customer.possible_duplicate_of)
        except NotFound:
            other = None
    return CustomerView(customer, owned, other)


def scan(db: Database, text: str) -> ScanResult:
    """Look *text* up (:func:`lookup.lookup`) and read the card of the unit or
    customer it names, in the same session. A document or part number is found by
    its own area (see :func:`lookup.lookup_in`); other kinds come without a card."""
    with db.read() as s:
        found = lookup.lookup_in(s, db, text)
        if found.id is None:
            return ScanResult(found)
        if found.kind == "unit":
            return ScanResult(found, unit=read_unit_view(s, found.id))
        if found.kind == "customer":
            return ScanResult(found, customer=read_customer_view(s, found.id))
        return ScanResult(found)


@dataclass(frozen=True)
class UnitAtDesk:
    """The unit on the counter at intake: what it is, whose, and whether it is covered."""

    unit: units.UnitRecord
    coverage: warranty.Coverage
    registration: warranty.RegistrationRecord | None
    void_conditions: tuple[str, ...]
    open_orders: list[repairs.OrderRow]

    @property
    def refusable(self) -> bool:
        """Warranty can be refused only on a registration that is not void yet."""
        return self.registration is not None and not self.registration.voided


def unit_at_desk(
    db: Database, serial: str = "", unit_id: uuid.UUID | None = None
) -> UnitAtDesk | None:
    """The unit with *serial* (or *unit_id*) and its coverage today, read in one
    session; None if unknown."""
    with db.read() as s:
        unit = (
            units.read_unit(s, unit_id) if unit_id is not None else units.read_by_serial(s, serial)
        )
        if unit is None:
            return None
        registration = warranty.read_by_serial(s, unit.serial)
        try:
            cover = warranty.read_coverage(s, unit.serial)
        except FieldServiceError:  # bought "in the future": a wrong date, not a covered unit
            cover = warranty.Coverage(unit.serial, dt.date.today(), CoverageStatus.NOT_REGISTERED)
        policy = warranty.read_policy(s, unit.product_id)
        conditions = policy.void_conditions if policy else warranty.DEFAULT_VOID_CONDITIONS
        open_orders = [
            o for o in repairs.read_orders_of_unit(s, unit.id) if o.status in repairs.OPEN_STATUSES
        ]
        return UnitAtDesk(unit, cover, registration, tuple(conditions), open_orders)
