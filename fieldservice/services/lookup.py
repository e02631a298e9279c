"""The desk's scan field: one text in, the record it names out.

A USB scanner types a QR tag's text like a keyboard; a person types a serial,
a phone number or a name. ``lookup`` tries, in this order: a document number
(``SH01-CU-000042``: each kind of document registers how to find its record),
a unit serial, a part number, a phone number, then any words of a customer's
details. ``lookup_anywhere`` then asks the head office about what nothing here
names (a serial registered at another centre), when the centre is enrolled.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.services import customers, numbering, stock, units, validation
from fieldservice.services import sync as head_office
from fieldservice.services.coverage import CoverageStatus, service_end, warranty_end

if TYPE_CHECKING:
    from fieldservice.services import warranty


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
    remote: head_office.RemoteUnit | None = None

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
    by_phone = customers.find_by_phone(db, query) if looks_like_phone(query) else []
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


# -- here, else the head office ------------------------------------------------------------


def head_office_unit(db: Database, serial: str) -> head_office.RemoteUnit | None:
    """The head office's record of a serial this centre does not know (a unit
    registered at another centre).

    The head office is asked only when no unit here has the serial and the
    centre is enrolled: None when the unit is here, when there is nobody to ask,
    or when no centre knows the serial. Raises ``SyncUnavailable`` when the head
    office cannot be reached, ``NotEnrolled`` when it refuses this centre's token.
    """
    try:
        serial = validation.serial(serial)
    except InvalidInput:
        return None  # not something a serial can be
    if units.find_by_serial(db, serial) is not None:
        return None
    if head_office.head_office_url(db) is None:
        return None
    return head_office.look_up_serial(db, serial)


def ask_head_office(db: Database, result: LookupResult) -> LookupResult:
    """*result* of a look-up here, completed by the head office: what nothing here
    names is asked about there (:func:`head_office_unit`); a serial it knows comes
    back as kind "remote_unit". Anything found here is returned as it is."""
    if result.found:
        return result
    remote = head_office_unit(db, result.query)
    if remote is None:
        return result
    label = f"{remote.product_name} · {remote.serial} (centre {remote.centre})"
    return LookupResult(result.query, "remote_unit", label=label, remote=remote)


def lookup_anywhere(db: Database, text: str) -> LookupResult:
    """:func:`lookup` here, else at the head office (see :func:`ask_head_office`)."""
    return ask_head_office(db, lookup(db, text))


def coverage_anywhere(
    db: Database, serial: str, on: dt.date | None = None
) -> tuple[warranty.Coverage, head_office.RemoteUnit | None]:
    """Whether the unit with *serial* is covered on day *on* (today): this centre's
    answer (``warranty.coverage``), else, for a unit not known here, the head
    office's (:func:`head_office_unit`).

    Returns (coverage, the head office's record or None when the answer is this
    centre's own)."""
    from fieldservice.services import warranty  # it registers itself here: imported late

    answer = warranty.coverage(db, serial, on)
    if answer.status is not CoverageStatus.NOT_REGISTERED:
        return answer, None
    remote = head_office_unit(db, serial)
    if remote is None or remote.purchase_date is None:
        return answer, remote
    if answer.on < remote.purchase_date:
        raise InvalidInput(
            f"{answer.on:%d %b %Y} is before the unit was bought "
            f"({remote.purchase_date:%d %b %Y}).",
            field="on",
        )
    months = (remote.warranty_months, remote.extension_months)
    return (
        warranty.Coverage(
            serial=remote.serial,
            on=answer.on,
            status=remote.coverage_on(answer.on),
            certificate_number=remote.certificate_number or "",
            purchase_date=remote.purchase_date,
            warranty_end=warranty_end(remote.purchase_date, *months),
            service_end=service_end(
                remote.purchase_date,
                remote.warranty_months,
                remote.service_months,
                remote.extension_months,
            ),
            extension_months=remote.extension_months,
            void_reason=remote.void_reason,
        ),
        remote,
    )
