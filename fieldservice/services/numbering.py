"""Human document numbers: ``<site>-<kind>-<sequence>``, e.g. ``SH01-RO-000123``."""

from __future__ import annotations

import re

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from fieldservice.models import NumberSequence

NUMBER_PATTERN = re.compile(
    r"^(?P<site>[A-Z][A-Z0-9]{1,7})-(?P<kind>[A-Z]{2,3})-(?P<seq>\d{1,12})$"
)


def next_number(session: Session, site_code: str, kind: str) -> str:
    """Give out the next number of *kind* at this site (see :func:`reserve_numbers`)."""
    return reserve_numbers(session, site_code, kind, 1)[0]


def format_number(site_code: str, kind: str, value: int) -> str:
    return f"{site_code}-{kind}-{value:06d}"


def reserve_numbers(session: Session, site_code: str, kind: str, count: int) -> list[str]:
    """Give out *count* consecutive numbers of *kind* at this site.

    Runs inside the caller's write transaction (``BEGIN IMMEDIATE`` holds the
    write lock), and the increment is one atomic statement, so two writers can
    never get the same number; a rolled-back transaction gives its numbers back.
    """
    if count <= 0:
        return []
    statement = (
        insert(NumberSequence)
        .values(kind=kind, last_value=count)
        .on_conflict_do_update(
            index_elements=[NumberSequence.kind],
            set_={"last_value": NumberSequence.last_value + count},
        )
        .returning(NumberSequence.last_value)
    )
    last = session.execute(statement).scalar_one()
    return [format_number(site_code, kind, v) for v in range(last - count + 1, last + 1)]


def parse_number(text: str) -> tuple[str, str, int] | None:
    """(site, kind, sequence) of a document number, or None if *text* is not one."""
    match = NUMBER_PATTERN.match(text.strip().upper())
    if not match:
        return None
    return match["site"], match["kind"], int(match["seq"])
