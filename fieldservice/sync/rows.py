"""Rows as they travel between a centre and the head office: JSON values in,
column values out, for every synced table."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, Table, Uuid

from fieldservice.models import ScaledDecimal, UTCDateTime, synced_models


def synced_tables() -> dict[str, Table]:
    return {m.__table__.name: m.__table__ for m in synced_models()}  # type: ignore[attr-defined]


TABLES = synced_tables()

# Data the head office keeps (its catalogue and the centres): a centre's change to
# it is refused by the head office (``fieldservice.headoffice.sync``).
HEAD_OFFICE_DATA = frozenset(
    {"product", "part", "part_compatibility", "part_substitute", "warranty_policy", "site"}
)


def from_json(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values of a row (or of some of its columns) as the columns want them."""
    convert = converters(table)
    out: dict[str, Any] = {}
    for key, value in values.items():
        try:
            to_column = convert[key]
        except KeyError:
            raise ValueError(f"{table.name} has no column {key!r}") from None
        out[key] = value if value is None or to_column is None else to_column(value)
    return out


_CONVERTERS: dict[str, dict[str, Callable[[Any], Any] | None]] = {}


def converters(table: Table) -> dict[str, Callable[[Any], Any] | None]:
    """For each column of *table*: how its JSON value becomes the column's value
    (None: taken as it is). Worked out once per table."""
    found = _CONVERTERS.get(table.name)
    if found is None:
        found = _CONVERTERS[table.name] = {c.key: _converter(c.type) for c in table.columns}
    return found


def _decimal(value: Any) -> decimal.Decimal:
    return decimal.Decimal(str(value))


def _moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def as_uuid(value: Any) -> uuid.UUID:
    """A UUID from its text (or itself)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _converter(kind: Any) -> Callable[[Any], Any] | None:
    if isinstance(kind, ScaledDecimal):
        return _decimal
    if isinstance(kind, UTCDateTime):
        return _moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Uuid):
        return as_uuid
    return None
