"""The wire format between a centre and the head office, one module both sides use.

- rows: every synced table (:data:`TABLES`), and how a row's JSON values become
  column values (:func:`from_json`, strict, naming the column on a wrong value);
- value encoding: a column value as JSON (:func:`json_value`, :func:`json_default`);
- the op encoder: outbox entries as the ops of a push (:func:`ops_json`,
  :func:`push_body`), read with :data:`OP_COLUMNS`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    SmallInteger,
    String,
    Table,
    Uuid,
    type_coerce,
)

from fieldservice.models import ScaledDecimal, SyncOutbox, UTCDateTime, synced_models


def synced_tables() -> dict[str, Table]:
    return {m.__table__.name: m.__table__ for m in synced_models()}  # type: ignore[attr-defined]


TABLES = synced_tables()

# Data the head office keeps (its catalogue and the centres): a centre's change to
# it is refused by the head office (``fieldservice.headoffice.sync``), except its
# own site row and a product or part it proposes until the head office adopts it.
HEAD_OFFICE_DATA = frozenset(
    {"product", "part", "part_compatibility", "part_substitute", "warranty_policy", "site"}
)


# -- values ----------------------------------------------------------------------------------


def json_value(value: Any) -> Any:
    """A column value as JSON (UUIDs, dates and decimals as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def json_default(value: Any) -> Any:
    """What json.dumps cannot write itself, as json_value writes it."""
    converted = json_value(value)
    if converted is value:
        raise TypeError(f"{type(value).__name__} is not a column value")
    return converted


# -- ops -------------------------------------------------------------------------------------

# What a push sends of each outbox entry, ids as the database keeps them (32 hex
# digits): read without turning each into a UUID object and back.
OP_COLUMNS = (
    SyncOutbox.seq,
    type_coerce(SyncOutbox.op_id, String).label("op_id"),
    SyncOutbox.entity,
    type_coerce(SyncOutbox.row_id, String).label("row_id"),
    SyncOutbox.op,
    SyncOutbox.changes,
    SyncOutbox.base_version,
    SyncOutbox.hlc,
)


def ops_json(entries: Sequence[Any]) -> str:
    """The ops of a push, as JSON (without the brackets): the outbox keeps each
    change as JSON text, which goes in as it is; entity, op and clock are words of
    ours (no quoting needed). *entries* are outbox rows read with OP_COLUMNS."""
    return ",".join(
        f'{{"op_id":"{e.op_id}","entity":"{e.entity}","row_id":"{e.row_id}",'
        f'"op":"{e.op}","changes":{e.changes},'
        f'"base_version":{"null" if e.base_version is None else int(e.base_version)},'
        f'"hlc":"{e.hlc}"}}'
        for e in entries
    )


def push_body(ops: str, sent_at_ms: int, after: str | None) -> bytes:
    """A push request: the ops' JSON, the centre's time, and the last op of the
    batch before (an op id as the outbox keeps it: 32 hex digits, no quoting)."""
    follows = f',"after":"{after}"' if after else ""
    return f'{{"ops":[{ops}],"sent_at_ms":{sent_at_ms}{follows}}}'.encode()


# -- rows ------------------------------------------------------------------------------------


def from_json(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values of a row (or of some of its columns) as the columns want them.
    ValueError, naming the column, for a value that is not of the column's kind."""
    convert = converters(table)
    out: dict[str, Any] = {}
    for key, value in values.items():
        try:
            to_column = convert[key]
        except KeyError:
            raise ValueError(f"{table.name} has no column {key!r}") from None
        out[key] = value if to_column is None else to_column(value)
    return out


_CONVERTERS: dict[str, dict[str, Callable[[Any], Any] | None]] = {}


def converters(table: Table) -> dict[str, Callable[[Any], Any] | None]:
    """For each column of *table*: how its JSON value becomes the column's value
    (None: taken as it is, for JSON columns). Worked out once per table.

    A conversion is strict: it takes only the JSON kind of the column's type, in
    the column's range, and null only where the column is nullable; anything
    else raises ValueError naming the column."""
    found = _CONVERTERS.get(table.name)
    if found is None:
        found = _CONVERTERS[table.name] = {c.key: _converter(c) for c in table.columns}
    return found


def as_uuid(value: Any) -> uuid.UUID:
    """A UUID from its text (or itself)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    kind = column.type
    name = f"{column.table.name}.{column.key}"
    nullable = bool(column.nullable)
    # Our own types first: they are TypeDecorators over the plain ones below.
    if isinstance(kind, ScaledDecimal):
        return _scaled_decimal(name, nullable, kind.scale)
    if isinstance(kind, UTCDateTime):
        return _moment(name, nullable)
    if isinstance(kind, JSON):
        return None
    if isinstance(kind, Boolean):
        return _boolean(name, nullable)
    if isinstance(kind, Integer):  # BigInteger and SmallInteger too
        bits = 64 if isinstance(kind, BigInteger) else 16 if isinstance(kind, SmallInteger) else 32
        return _whole_number(name, nullable, bits)
    if isinstance(kind, String):  # Text too
        return _text(name, nullable, kind.length)
    if isinstance(kind, Date):
        return _date(name, nullable)
    if isinstance(kind, Uuid):
        return _uuid(name, nullable)
    raise TypeError(f"{name}: no conversion from JSON for a column of type {kind!r}")


def _refuse(name: str, nullable: bool, value: Any, wanted: str) -> Any:
    """The slow path of every conversion: null where it is allowed, else the
    reason the value is refused."""
    if value is None:
        if nullable:
            return None
        raise ValueError(f"{name} must not be null")
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    raise ValueError(f"{name} must be {wanted}, not {shown}")


def _boolean(name: str, nullable: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is True or value is False:
            return value
        return _refuse(name, nullable, value, "true or false")

    return convert


def _whole_number(name: str, nullable: bool, bits: int) -> Callable[[Any], Any]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    wanted = f"a whole number from {low} to {high}"

    def convert(value: Any) -> Any:
        if type(value) is int and low <= value <= high:  # a bool is not a number here
            return value
        return _refuse(name, nullable, value, wanted)

    return convert


def _text(name: str, nullable: bool, length: int | None) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is str and "\x00" not in value:
            if length is None or len(value) <= length:
                return value
            raise ValueError(f"{name} must be at most {length} characters (not {len(value)})")
        if type(value) is str:  # PostgreSQL stores no NUL in text
            raise ValueError(f"{name} must not contain a NUL character")
        return _refuse(name, nullable, value, "text")

    return convert


def _date(name: str, nullable: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        # Only YYYY-MM-DD: fromisoformat alone also reads 20260228 and 2026-W09-1.
        if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return _refuse(name, nullable, value, "a date as YYYY-MM-DD")

    return convert


def _moment(name: str, nullable: bool) -> Callable[[Any], Any]:
    """An ISO 8601 time; one without an offset is UTC."""

    def convert(value: Any) -> Any:
        if type(value) is str:
            try:
                moment = dt.datetime.fromisoformat(value)
                if moment.tzinfo is None:
                    return moment.replace(tzinfo=dt.UTC)
                # In UTC now: a time at the ends of the calendar may not fit there.
                return moment if moment.tzinfo is dt.UTC else moment.astimezone(dt.UTC)
            except (ValueError, OverflowError):
                pass
        return _refuse(name, nullable, value, "an ISO 8601 time in years 1 to 9999")

    return convert


def _uuid(name: str, nullable: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is str:
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
        elif type(value) is uuid.UUID:
            return value
        return _refuse(name, nullable, value, "a UUID")

    return convert


# A number as JSON writes one, or as text: no spaces, no "_", no NaN or Infinity.
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
# Exact, or an error: a result with more digits than fit is refused, never rounded.
_EXACT = decimal.Context(
    prec=40, Emax=40, Emin=-40, traps=[decimal.Inexact, decimal.InvalidOperation, decimal.Overflow]
)


def _scaled_decimal(name: str, nullable: bool, scale: int) -> Callable[[Any], Any]:
    """A decimal that ScaledDecimal stores exactly: at most *scale* decimals, and a
    whole number of 1/10^scale units that fits in 64 bits."""
    low, high = decimal.Decimal(-(2**63)), decimal.Decimal(2**63 - 1)
    wanted = (
        f"a decimal number with at most {scale} decimals, "
        f"from {low.scaleb(-scale)} to {high.scaleb(-scale)}"
    )
    fits = _NUMBER.fullmatch

    def convert(value: Any) -> Any:
        kind = type(value)
        if (kind is str and fits(value)) or kind is int:
            number = decimal.Decimal(value)
        elif kind is float:
            number = decimal.Decimal(repr(value))  # 0.1 is "0.1", not its binary value
        else:
            return _refuse(name, nullable, value, wanted)
        if number.is_finite():
            try:
                units = number.scaleb(scale, _EXACT)
            except ArithmeticError:
                pass
            else:
                if units == units.to_integral_value() and low <= units <= high:
                    return number
        return _refuse(name, nullable, value, wanted)

    return convert
