"""Customers: the people and companies who own units."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, SyncMixin


class Customer(SyncMixin, Base):
    __tablename__ = "customer"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    # As typed (for display) and in E.164 form (for finding the customer by phone).
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_key: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when another customer already had the same phone number: a person
    # decides whether they are the same customer; nothing is merged silently.
    possible_duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    duplicate_reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __table_args__ = (
        Index("ix_customer_phone_key", "phone_key"),
        Index("ix_customer_name", "name"),
        # A dealer's list finds owners by phone or e-mail, a batch at a time.
        Index("ix_customer_email", "email"),
    )
