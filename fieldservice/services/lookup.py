"""The desk's scan field: one text in, the record it names out.

A USB scanner types a QR tag's text like a keyboard; a person types a serial,
a phone number or a name. ``lookup`` tries, in this order: a document number
(``SH01-CU-000042``: each kind of document registers how to find its record),
a unit serial, a phone number, then any words of a customer's details.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.services import customers, numbering, stock, units


@dataclass(frozen=True)
class LookupResult:
    """What a scanned or typed text names.

    ``kind`` is the record kind ("unit", "customer", or a document kind such as
    "repair_order"), with ``id`` of the one record; or "customers" with several
    ``matches`` to choose from; or "none".
    """

    query: str
    kind: str
    id: uuid.UUID | None = None
    label: str = ""
    matches: tuple[customers.CustomerRow, ...] = field(default_factory=tuple)

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
    query = (text or "").strip()
    if not query:
        return LookupResult(query, "none")
    _load_areas()
    parsed = numbering.parse_number(query)
    if parsed is not None and parsed[1] in DOCUMENT_FINDERS:
        found = DOCUMENT_FINDERS[parsed[1]](db, query.upper())
        if found is not None:
            return found
    unit = units.find_by_serial(db, query)
    if unit is not None:
        return LookupResult(query, "unit", unit.id, f"{unit.product_name} · {unit.serial}")
    part = _find_part(db, query)
    if part is not None:
        return part
    by_phone = customers.find_by_phone(db, query) if _looks_like_phone(query) else []
    if by_phone:
        rows = tuple(_row(c) for c in by_phone)
        return _one_or_many(query, rows)
    rows = tuple(customers.list_customers(db, query, limit=MAX_MATCHES))
    return _one_or_many(query, rows)


def _find_part(db: Database, query: str) -> LookupResult | None:
    """A spare part whose number is *query* (a scanned part or bin label)."""
    try:
        part = stock.get_part(db, query)
    except (NotFound, InvalidInput):
        return None
    return LookupResult(query, "part", part.id, f"{part.part_number} · {part.description}")


def _looks_like_phone(query: str) -> bool:
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
