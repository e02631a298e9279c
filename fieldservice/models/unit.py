"""Units: one serialised product, usually owned by a customer."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, SyncMixin


class Unit(SyncMixin, Base):
    __tablename__ = "unit"

    # Stored normalised (trimmed, upper case) so that a scan finds it whatever the case.
    serial: Mapped[str] = mapped_column(String(80), unique=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    install_address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_unit_customer_id", "customer_id"),
        Index("ix_unit_product_id", "product_id"),
        # Lets the list's count read a small index instead of every row.
        Index("ix_unit_deleted", "deleted", "id"),
    )
