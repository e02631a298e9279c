"""Repair orders: intake to hand-back, with their status history, labour and targets."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, Money, SyncMixin


class PriorityTarget(SyncMixin, Base):
    """The promise made for a priority: first response and resolution within so many
    hours. A small table the manager edits; each centre has its own, so a code is
    unique within a centre only."""

    __tablename__ = "priority_target"

    code: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(40))
    rank: Mapped[int] = mapped_column(Integer)  # 1 = most urgent
    response_hours: Mapped[int] = mapped_column(Integer)
    resolution_hours: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("origin_site", "code"),)


class RepairOrder(SyncMixin, Base):
    """One job on one unit, owned by the centre that opened it."""

    __tablename__ = "repair_order"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    service_type: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(20))
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    fault_reported: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str] = mapped_column(Text, default="")
    condition: Mapped[str] = mapped_column(Text, default="")
    # Coverage decided at intake (a snapshot: later changes to the warranty do not
    # rewrite what this order was accepted under).
    coverage: Mapped[str] = mapped_column(String(20))
    coverage_note: Mapped[str] = mapped_column(Text, default="")
    warranty_registration_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("warranty_registration.id")
    )
    technician: Mapped[str] = mapped_column(String(100), default="")
    received_by: Mapped[str] = mapped_column(String(100), default="")
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    work_done: Mapped[str] = mapped_column(Text, default="")
    quote_amount: Mapped[decimal.Decimal | None] = mapped_column(Money())
    quote_approved_at: Mapped[dt.datetime | None] = mapped_column()
    response_due: Mapped[dt.datetime] = mapped_column()
    resolution_due: Mapped[dt.datetime] = mapped_column()
    responded_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    delivered_at: Mapped[dt.datetime | None] = mapped_column()
    # Time spent waiting for the customer does not count against the centre: while
    # waiting, the clock is stopped and the due times move on when it restarts.
    waiting_since: Mapped[dt.datetime | None] = mapped_column()
    waited_seconds: Mapped[int] = mapped_column(Integer, default=0)
    rework_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("repair_order.id"))
    # The unit is back with the same performance fault as the order it is a rework
    # of (marked at intake): the chain of such orders counts the repairs of one fault
    # for the 三包 rule (services/sanbao.py).
    same_fault: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The 三包 decision taken at intake ("repair", "exchange", "refund"; NULL when the
    # unit is not under 三包) and why, in words, as told to the customer.
    sanbao_decision: Mapped[str | None] = mapped_column(String(16))
    sanbao_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # With the delivery time: "was this unit back within 30 days" reads the index.
        Index("ix_repair_order_unit_id_delivered_at", "unit_id", "delivered_at"),
        Index("ix_repair_order_customer_id", "customer_id"),
        # Covering the overdue filter and the list's count, so neither reads the rows.
        Index("ix_repair_order_open_due", "is_open", "resolution_due", "status", "deleted"),
        Index("ix_repair_order_deleted", "deleted", "id"),
        Index("ix_repair_order_status", "status"),
        Index("ix_repair_order_technician_open", "technician", "is_open"),
        Index("ix_repair_order_product_id", "product_id"),
        # The reports count orders by when they were opened, answered, ready and
        # delivered in a period, and look up reworks.
        Index("ix_repair_order_created_at", "created_at"),
        Index("ix_repair_order_responded_at", "responded_at"),
        Index("ix_repair_order_resolved_at", "resolved_at"),
        Index("ix_repair_order_delivered_at", "delivered_at"),
        Index("ix_repair_order_rework_of_id", "rework_of_id"),
    )


class RepairOrderEvent(SyncMixin, Base):
    """A move of an order from one status to another: when, by whom, why."""

    __tablename__ = "repair_order_event"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repair_order.id"))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        # With the status moved to: an order's move into a status is one look-up,
        # and the database prefers it to a status index for one order's moves.
        Index("ix_repair_order_event_order_id_to_status", "order_id", "to_status"),
        # The reports find moves into and out of a status in a period.
        Index("ix_repair_order_event_to_status_created_at", "to_status", "created_at"),
        Index("ix_repair_order_event_from_status_created_at", "from_status", "created_at"),
    )


class LabourLine(SyncMixin, Base):
    """Time a technician spent on an order."""

    __tablename__ = "labour_line"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repair_order.id"))
    technician: Mapped[str] = mapped_column(String(100))
    minutes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    hourly_rate: Mapped[decimal.Decimal] = mapped_column(Money(), default=decimal.Decimal(0))

    __table_args__ = (
        Index("ix_labour_line_order_id", "order_id"),
        Index("ix_labour_line_created_at", "created_at"),
    )
