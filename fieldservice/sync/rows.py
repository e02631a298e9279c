"""Rows as they travel between a centre and the head office: JSON values in,
column values out, for every synced table."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
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
    out: dict[str, Any] = {}
    for key, value in values.items():
        column = table.c.get(key)
        if column is None:
            raise ValueError(f"{table.name} has no column {key!r}")
        out[key] = _convert(column.type, value)
    return out


def _convert(kind, value):
    if value is None:
        return None
    if isinstance(kind, ScaledDecimal):
        return decimal.Decimal(str(value))
    if isinstance(kind, UTCDateTime):
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    return value
