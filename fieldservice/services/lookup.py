"""The desk's scan field: one text in, the record it names out.

A USB scanner types a QR tag's text like a keyboard; a person types a serial,
a phone number or a name. ``lookup`` tries, in this order: a document number
(``SH01-CU-000042``: each kind of document registers how to find its record),
a unit serial, a part number, a phone number, then any words of a customer's
details. ``fieldservice.sync.lookup.lookup_anywhere`` then asks the head office
about what nothing here names (a serial registered at another centre, a
:class:`RemoteUnit`), when the centre is enrolled.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from fieldservice import formatting, i18n
from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.i18n import _
from fieldservice.services import customers, numbering, stock, units
from fieldservice.services.coverage import CoverageStatus, service_end, status_on, warranty_end


@dataclass(frozen=True)
class RemoteUnit:
    """A unit found at the head office (registered at another centre): read only."""

    serial: str
    centre: str
    product_sku: str
    product_name: str
    certificate_number: str | None
    registered_at: str | None
    purchase_date: dt.date | None
    warranty_months: int
    service_months: int
    extension_months: int
    dealer: str
    void_reason: str | None

    def summary(self, day: dt.date) -> str:
        """What the desk shows: where the unit is registered and whether it is covered."""
        if self.purchase_date is None or self.certificate_number is None:
            return _(
                "{product} ({sku}), known at centre {centre}. It has no warranty registration."
            ).format(product=self.product_name, sku=self.product_sku, centre=self.centre)
        language = i18n.current_language()
        ends = warranty_end(self.purchase_date, self.warranty_months, self.extension_months)
        support = service_end(
            self.purchase_date,
            self.warranty_months,
            self.service_months,
            self.extension_months,
        )
        values = {
            "product": self.product_name,
            "sku": self.product_sku,
            "centre": self.centre,
            "certificate": self.certificate_number,
            "registered_at": self.registered_at,
            "bought": formatting.date(self.purchase_date, language),
            "status": self.coverage_on(day).label,
            "reason": self.void_reason,
            "ends": formatting.date(ends, language),
            "support": formatting.date(support, language),
        }
        if self.void_reason:
            return _(
                "{product} ({sku}), known at centre {centre}. Warranty certificate "
                "{certificate} (centre {registered_at}), bought {bought}: {status} — {reason}."
            ).format(**values)
        return _(
            "{product} ({sku}), known at centre {centre}. Warranty certificate "
            "{certificate} (centre {registered_at}), bought {bought}: {status}; "
            "warranty until {ends}, service period until {support}."
        ).format(**values)

    def coverage_on(self, day: dt.date):
        """The coverage rule applied to the registration as the head office has it."""
        if self.purchase_date is None:
            return CoverageStatus.NOT_REGISTERED
        return status_on(
            day,
            self.purchase_date,
            self.warranty_months,
            self.service_months,
            self.extension_months,
            self.void_reason is not None,
        )


@dataclass(frozen=True)
class LookupResult:
    """What a scanned or typed text names.

    ``kind`` is the record kind ("unit", "customer", "part", or a document kind
    such as "repair_order"), with ``id`` of the one record; or "customers" with
    several ``matches`` to choose from; or "remote_unit", a serial registered at
    another centre, with the head office's ``remote`` record; or "none".
    """

    query: str
    kind: str
    id: uuid.UUID | None = None
    label: str = ""
    matches: tuple[customers.CustomerRow, ...] = field(default_factory=tuple)
    remote: RemoteUnit | None = None

    @property
    def found(self) -> bool:
        return self.kind != "none"


# Document kind code (the middle of a document number) -> finder.
# Each area registers its own; a finder returns None when the number is unknown.
DocumentFinder = Callable[[Database, str], LookupResult | None]
DOCUMENT_FINDERS: dict[str, DocumentFinder] = {}


def register_document_kind(kind: str, finder: DocumentFinder) -> None:
    DOCUMENT_FINDERS[kind] = finder


# The areas whose modules register document kinds when imported.
AREA_MODULES = ("fieldservice.services.warranty", "fieldservice.services.repairs")


def _load_areas() -> None:
    for name in AREA_MODULES:
        importlib.import_module(name)


def _find_customer_number(db: Database, number: str) -> LookupResult | None:
    try:
        c = customers.get_customer_by_number(db, number)
    except NotFound:
        return None
    return LookupResult(number, "customer", c.id, f"{c.name} ({c.number})")


register_document_kind(customers.NUMBER_KIND, _find_customer_number)

MAX_MATCHES = 50


def lookup(db: Database, text: str) -> LookupResult:
    """Find the record that *text* (scanned or typed) names."""
    with db.read() as s:
        return lookup_in(s, db, text)


def lookup_in(s: Session, db: Database, text: str) -> LookupResult:
    """:func:`lookup` inside the caller's unit of work. A unit or a customer is
    found in *s*; a document number or a part number is looked up by its own
    area's service, in a session of its own."""
    query = (text or "").strip()
    if not query:
        return LookupResult(query, "none")
    _load_areas()
    parsed = numbering.parse_number(query)
    if parsed is not None and parsed[1] in DOCUMENT_FINDERS:
        found = DOCUMENT_FINDERS[parsed[1]](db, query.upper())
        if found is not None:
            return found
    unit = units.read_by_serial(s, query)
    if unit is not None:
        return LookupResult(query, "unit", unit.id, f"{unit.product_name} · {unit.serial}")
    part = _find_part(db, query)
    if part is not None:
        return part
    by_phone = customers.read_by_phone(s, db, query) if looks_like_phone(query) else []
    if by_phone:
        rows = tuple(_row(c) for c in by_phone)
        return _one_or_many(query, rows)
    rows = tuple(customers.read_customers(s, query, limit=MAX_MATCHES))
    return _one_or_many(query, rows)


def _find_part(db: Database, query: str) -> LookupResult | None:
    """A spare part whose number is *query* (a scanned part or bin label)."""
    try:
        part = stock.get_part(db, query)
    except (NotFound, InvalidInput):
        return None
    return LookupResult(query, "part", part.id, f"{part.part_number} · {part.description}")


def looks_like_phone(query: str) -> bool:
    """Whether a search is a phone number rather than a name (six digits or more,
    nothing but digits and the signs written in phone numbers)."""
    digits = sum(ch.isdigit() for ch in query)
    return digits >= 6 and all(ch.isdigit() or ch in "+()-./ " for ch in query)


def _row(c: customers.CustomerRecord) -> customers.CustomerRow:
    return customers.CustomerRow(
        c.id, c.number, c.name, c.company, c.phone, c.email, c.address, c.flagged_duplicate
    )


def _one_or_many(query: str, rows: tuple[customers.CustomerRow, ...]) -> LookupResult:
    if not rows:
        return LookupResult(query, "none")
    if len(rows) == 1:
        c = rows[0]
        return LookupResult(query, "customer", c.id, f"{c.name} ({c.number})")
    return LookupResult(query, "customers", matches=rows)
