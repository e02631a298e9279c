"""Preventive maintenance plans, meter readings, booked visits; follow-up calls and
complaints after service."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, Quantity, SyncMixin


class MaintenancePlan(SyncMixin, Base):
    """Regular servicing of one unit: by calendar, by meter, or whichever comes first.

    ``due_on`` is the date the next visit is due, kept up to date by the service
    (for meter plans, forecast from the unit's recent usage), so the due list is
    one indexed range query.
    """

    __tablename__ = "maintenance_plan"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    name: Mapped[str] = mapped_column(String(120))
    basis: Mapped[str] = mapped_column(String(10))  # calendar | meter | either
    interval_count: Mapped[int | None] = mapped_column(Integer)
    interval_unit: Mapped[str] = mapped_column(String(8), default="months")
    anchor: Mapped[str] = mapped_column(String(12), default="completion")  # or "fixed"
    start_on: Mapped[dt.date] = mapped_column(Date)
    meter_interval: Mapped[decimal.Decimal | None] = mapped_column(Quantity())
    meter_unit: Mapped[str] = mapped_column(String(12), default="hours")
    last_done_on: Mapped[dt.date | None] = mapped_column(Date)
    last_done_meter: Mapped[decimal.Decimal | None] = mapped_column(Quantity())
    calendar_due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_meter: Mapped[decimal.Decimal | None] = mapped_column(Quantity())
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    checklist: Mapped[str] = mapped_column(Text, default="")
    technician: Mapped[str] = mapped_column(String(100), default="")
    area: Mapped[str] = mapped_column(String(100), default="")
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        Index("ix_maintenance_plan_active_due_id", "active", "due_on", "id"),
        Index("ix_maintenance_plan_unit_id", "unit_id"),
    )


class MeterReading(SyncMixin, Base):
    """A reading of a unit's meter (running hours, cycles, km)."""

    __tablename__ = "meter_reading"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    reading: Mapped[decimal.Decimal] = mapped_column(Quantity())
    read_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_meter_reading_unit_id_read_on", "unit_id", "read_on"),)


class MaintenanceJob(SyncMixin, Base):
    """A due plan turned into a repair order (type preventive maintenance); orders
    booked together at one address share a visit id and time."""

    __tablename__ = "maintenance_job"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("maintenance_plan.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repair_order.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    visit_id: Mapped[uuid.UUID] = mapped_column()
    visit_at: Mapped[dt.datetime | None] = mapped_column()
    technician: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(12), default="booked")  # booked | done
    checklist_result: Mapped[str] = mapped_column(Text, default="")
    meter_reading: Mapped[decimal.Decimal | None] = mapped_column(Quantity())

    __table_args__ = (
        Index("ix_maintenance_job_order_id", "order_id"),
        Index("ix_maintenance_job_visit_at", "visit_at"),
    )


class FollowUp(SyncMixin, Base):
    """The call to a customer some days after their order was delivered."""

    __tablename__ = "follow_up"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repair_order.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | done | gave_up
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reached: Mapped[bool | None] = mapped_column(Boolean)
    csat: Mapped[int | None] = mapped_column(Integer)  # 1-5
    nps: Mapped[int | None] = mapped_column(Integer)  # 0-10
    effort: Mapped[int | None] = mapped_column(Integer)  # 1-5, 1 = very easy
    comment: Mapped[str] = mapped_column(Text, default="")
    called_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        Index("ix_follow_up_status_due", "status", "due_on"),
        Index("ix_follow_up_order_id", "order_id"),
    )


class Complaint(SyncMixin, Base):
    """A complaint: recorded, assigned, investigated, resolved with a note."""

    __tablename__ = "complaint"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("repair_order.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    description: Mapped[str] = mapped_column(Text)
    assigned_to: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(14), default="open")  # open|investigating|resolved
    opened_on: Mapped[dt.date] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    resolution: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_complaint_status", "status"),
        Index("ix_complaint_opened_on", "opened_on"),
        Index("ix_complaint_resolved_on", "resolved_on"),
    )
