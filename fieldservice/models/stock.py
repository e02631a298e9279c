"""Spare parts: the catalogue, locations, the stock ledger and what it feeds.

The ledger (``stock_movement``) is appended to and never edited: on-hand is the
sum of its quantities. ``stock_balance`` and ``part_cost`` are caches of this
centre's ledger, updated in the same transaction as each movement and never
synced (every site can rebuild them from the ledger).
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, Money, Quantity, SyncMixin


class Part(SyncMixin, Base):
    """A spare part of the catalogue (head-office data once sync runs)."""

    __tablename__ = "part"

    part_number: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(10), default="pcs")
    standard_cost: Mapped[decimal.Decimal] = mapped_column(Money(), default=decimal.Decimal(0))
    supplier: Mapped[str] = mapped_column(String(200), default="")
    supplier_part_number: Mapped[str] = mapped_column(String(64), default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=0)
    pack_size: Mapped[decimal.Decimal] = mapped_column(Quantity(), default=decimal.Decimal(1))
    default_bin: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PartCompatibility(SyncMixin, Base):
    """A product a part fits."""

    __tablename__ = "part_compatibility"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))

    __table_args__ = (
        UniqueConstraint("part_id", "product_id"),
        Index("ix_part_compatibility_product_id", "product_id"),
    )


class PartSubstitute(SyncMixin, Base):
    """A part that may be used instead of another."""

    __tablename__ = "part_substitute"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    substitute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))

    __table_args__ = (UniqueConstraint("part_id", "substitute_id"),)


class StockLocation(SyncMixin, Base):
    """Where stock is kept at this centre: the main store, a technician's van, quarantine.

    Each centre names its own locations, so a code is unique within a centre only:
    every centre may have a ``MAIN``."""

    __tablename__ = "stock_location"

    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12), default="store")
    technician: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("origin_site", "code"),)


class StockMovement(SyncMixin, Base):
    """One line of the stock ledger. Never edited or deleted: a mistake is undone by
    a reversing movement (``reverses_id``)."""

    __tablename__ = "stock_movement"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_location.id"))
    bin: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(16))
    # Signed: receipts and returns add, issues and transfers out take away.
    quantity: Mapped[decimal.Decimal] = mapped_column(Quantity())
    unit_cost: Mapped[decimal.Decimal | None] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(100), default="")
    order_id: Mapped[uuid.UUID | None] = mapped_column()
    order_number: Mapped[str] = mapped_column(String(32), default="")
    transfer_id: Mapped[uuid.UUID | None] = mapped_column()
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stock_movement.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")
    override_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        # With the time last, the last movement of a part at a location is one look-up.
        Index(
            "ix_stock_movement_part_id_location_id_created_at",
            "part_id",
            "location_id",
            "created_at",
        ),
        Index("ix_stock_movement_created_at", "created_at"),
        Index("ix_stock_movement_order_id", "order_id"),
        Index("ix_stock_movement_transfer_id", "transfer_id"),
    )


class StockBalance(Base):
    """On-hand per part, location and bin: the ledger's sum, kept as a cache."""

    __tablename__ = "stock_balance"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"), primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stock_location.id"), primary_key=True
    )
    bin: Mapped[str] = mapped_column(String(32), primary_key=True, default="")
    on_hand: Mapped[decimal.Decimal] = mapped_column(Quantity(), default=decimal.Decimal(0))


class PartCost(Base):
    """This centre's moving average cost of a part, updated on each receipt."""

    __tablename__ = "part_cost"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"), primary_key=True)
    average_cost: Mapped[decimal.Decimal] = mapped_column(Money())


class ReorderRule(SyncMixin, Base):
    """When to reorder a part for a location, and how much."""

    __tablename__ = "reorder_rule"

    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_location.id"))
    reorder_point: Mapped[decimal.Decimal] = mapped_column(Quantity())
    max_quantity: Mapped[decimal.Decimal | None] = mapped_column(Quantity())
    reorder_quantity: Mapped[decimal.Decimal | None] = mapped_column(Quantity())

    __table_args__ = (UniqueConstraint("part_id", "location_id"),)


class SupplierOrder(SyncMixin, Base):
    """Parts ordered from a supplier and not yet (all) received: "on order". One row
    is one line of a purchase order: the lines of one order share its number."""

    __tablename__ = "supplier_order"

    number: Mapped[str] = mapped_column(String(32))
    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_location.id"))
    quantity: Mapped[decimal.Decimal] = mapped_column(Quantity())
    received: Mapped[decimal.Decimal] = mapped_column(Quantity(), default=decimal.Decimal(0))
    supplier: Mapped[str] = mapped_column(String(200), default="")
    supplier_ref: Mapped[str] = mapped_column(String(100), default="")
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    expected_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")

    __table_args__ = (
        UniqueConstraint("number", "part_id", "location_id"),
        Index("ix_supplier_order_part_id_status", "part_id", "status"),
    )


class PartRequest(SyncMixin, Base):
    """A part asked for by a repair order: demand that stock must cover."""

    __tablename__ = "part_request"

    order_id: Mapped[uuid.UUID] = mapped_column()
    order_number: Mapped[str] = mapped_column(String(32), default="")
    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_location.id"))
    quantity: Mapped[decimal.Decimal] = mapped_column(Quantity())
    issued: Mapped[decimal.Decimal] = mapped_column(Quantity(), default=decimal.Decimal(0))
    returned: Mapped[decimal.Decimal] = mapped_column(Quantity(), default=decimal.Decimal(0))
    status: Mapped[str] = mapped_column(String(12), default="open")

    __table_args__ = (
        Index("ix_part_request_order_id", "order_id"),
        Index("ix_part_request_part_id_status", "part_id", "status"),
    )


class StockCount(SyncMixin, Base):
    """A count of a location, or of a range of its bins."""

    __tablename__ = "stock_count"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_location.id"))
    bin_from: Mapped[str] = mapped_column(String(32), default="")
    bin_to: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    started_by: Mapped[str] = mapped_column(String(100), default="")
    posted_by: Mapped[str] = mapped_column(String(100), default="")
    posted_at: Mapped[dt.datetime | None] = mapped_column()


class StockCountLine(SyncMixin, Base):
    """One part in one bin of a count: what the books said, what was counted."""

    __tablename__ = "stock_count_line"

    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_count.id"))
    part_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("part.id"))
    bin: Mapped[str] = mapped_column(String(32), default="")
    expected: Mapped[decimal.Decimal] = mapped_column(Quantity())
    counted: Mapped[decimal.Decimal | None] = mapped_column(Quantity())

    __table_args__ = (UniqueConstraint("count_id", "part_id", "bin"),)
