"""The desk's look-up, completed by the head office.

:func:`fieldservice.services.lookup.lookup` finds what this centre knows; what
nothing here names may be a serial registered at another centre, which the
head office is asked about on demand (when the centre is enrolled and online).
"""

from __future__ import annotations

import datetime as dt

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import units, validation, warranty
from fieldservice.services.coverage import CoverageStatus, service_end, warranty_end
from fieldservice.services.lookup import LookupResult, RemoteUnit, lookup
from fieldservice.sync import client


def head_office_unit(db: Database, serial: str) -> RemoteUnit | None:
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
    if client.head_office_url(db) is None:
        return None
    return client.look_up_serial(db, serial)


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
) -> tuple[warranty.Coverage, RemoteUnit | None]:
    """Whether the unit with *serial* is covered on day *on* (today): this centre's
    answer (``warranty.coverage``), else, for a unit not known here, the head
    office's (:func:`head_office_unit`).

    Returns (coverage, the head office's record or None when the answer is this
    centre's own)."""
    answer = warranty.coverage(db, serial, on)
    if answer.status is not CoverageStatus.NOT_REGISTERED:
        return answer, None
    remote = head_office_unit(db, serial)
    if remote is None or remote.purchase_date is None:
        return answer, remote
    warranty.check_bought_by(answer.on, remote.purchase_date)
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
