"""The declarative base, shared column types and the sync mixin."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    MetaData,
    String,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldservice.ids import new_id

# Stable constraint names, so that migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A point in time, stored as UTC and always returned timezone-aware (UTC).

    SQLite has no time zones; storing naive UTC and re-attaching UTC on load keeps
    every comparison right and makes a naive value a programming error.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class ScaledDecimal(TypeDecorator[decimal.Decimal]):
    """An exact decimal stored as a whole number of 1/10^scale units.

    Quantities (3 decimals: metres of hose, litres of coolant) and money (4
    decimals) stay exact in SQLite, which has no decimal type, and SUM() in SQL
    adds whole numbers, so a ledger's total is exact too.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 3) -> None:
        super().__init__()
        self.scale = scale
        self._factor = decimal.Decimal(10) ** scale

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        scaled = decimal.Decimal(value) * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (decimal.Decimal(int(value)) / self._factor).normalize() + 0


def Quantity() -> ScaledDecimal:
    return ScaledDecimal(3)


def Money() -> ScaledDecimal:
    return ScaledDecimal(4)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        dt.datetime: UTCDateTime(),
    }


class SyncMixin:
    """Columns every synced table has (DESIGN.md, "Sync columns").

    ``hlc`` is the hybrid-logical-clock time of the last local edit,
    ``server_version`` is set by the head office, and ``deleted`` is the
    tombstone: synced rows are never deleted, only marked.
    The values are stamped by :mod:`fieldservice.capture` at flush time.
    """

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    origin_site: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    hlc: Mapped[str] = mapped_column(String(40))
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


def live(entity: type[SyncMixin]) -> ColumnElement[bool]:
    """Not deleted, written ``deleted IS NOT true`` so that the database never
    reads by an index on ``deleted`` (which holds nearly every row) instead of the
    index that finds the few rows wanted: SQLite does for ``deleted = 0`` when it
    has no statistics (a new centre's database, or one that grew quickly)."""
    return entity.deleted.is_not(True)


SYNC_COLUMNS = frozenset(
    {"id", "origin_site", "created_at", "updated_at", "hlc", "server_version", "deleted"}
)
