"""Warranty: policies per product, registrations of sold units, extensions, and
the recorded history of every correction."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, SyncMixin


class WarrantyPolicy(SyncMixin, Base):
    """The warranty a product is sold with (head-office data once sync runs).

    ``void_conditions`` is the pick list a technician chooses from when refusing
    warranty, one condition per line.

    The 三包 windows (mainland China's repair / exchange / refund rules, see
    services/sanbao.py) are NULL for a product not sold under them: a refund
    within ``return_days`` of purchase, an exchange within ``exchange_days``, and an
    exchange (or refund) once the same fault is back after ``repairs_before_exchange``
    repairs.
    """

    __tablename__ = "warranty_policy"

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"), unique=True)
    warranty_months: Mapped[int] = mapped_column(Integer)
    service_months: Mapped[int] = mapped_column(Integer, default=0)
    terms: Mapped[str] = mapped_column(Text, default="")
    void_conditions: Mapped[str] = mapped_column(Text, default="")
    return_days: Mapped[int | None] = mapped_column(Integer)
    exchange_days: Mapped[int | None] = mapped_column(Integer)
    repairs_before_exchange: Mapped[int | None] = mapped_column(Integer)


class WarrantyRegistration(SyncMixin, Base):
    """A sold unit's warranty. One per unit (so one per serial).

    The months are copied from the policy when the unit is registered: a later
    change of policy does not change warranties already given.
    """

    __tablename__ = "warranty_registration"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    purchase_date: Mapped[dt.date] = mapped_column(Date)
    warranty_months: Mapped[int] = mapped_column(Integer)
    service_months: Mapped[int] = mapped_column(Integer, default=0)
    dealer: Mapped[str] = mapped_column(String(200), default="")
    invoice_ref: Mapped[str] = mapped_column(String(100), default="")
    registered_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    registered_by: Mapped[str] = mapped_column(String(100), default="")
    void_reason: Mapped[str | None] = mapped_column(Text)
    void_note: Mapped[str] = mapped_column(Text, default="")
    voided_on: Mapped[dt.date | None] = mapped_column(Date)
    voided_by: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_warranty_registration_customer_id", "customer_id"),
        Index("ix_warranty_registration_dealer", "dealer"),
    )


class WarrantyExtension(SyncMixin, Base):
    """Extra warranty months granted on a registration (goodwill, paid extension)."""

    __tablename__ = "warranty_extension"

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warranty_registration.id"))
    months: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[str] = mapped_column(String(100), default="")
    granted_on: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (Index("ix_warranty_extension_registration_id", "registration_id"),)


class WarrantyEvent(SyncMixin, Base):
    """One line of a registration's history: registered, amended (with the old and
    new value), extended, voided, reinstated. Never edited."""

    __tablename__ = "warranty_event"

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warranty_registration.id"))
    kind: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(40), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index("ix_warranty_event_registration_id", "registration_id"),)
