"""The head office's own tables, beside the replicated ones (``fieldservice.models``).

They live in their own metadata and their own migration history
(``ho_alembic_version``), so a centre's database never has them.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldservice.models.base import NAMING_CONVENTION, UTCDateTime, utcnow

# A 64-bit counter on PostgreSQL; SQLite (quick trials) numbers rows only with INTEGER.
Counter = BigInteger().with_variant(Integer(), "sqlite")


class HeadOfficeBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}


class EnrolledSite(HeadOfficeBase):
    """A centre allowed to sync: its one-time enrolment code and its token are kept
    only as hashes."""

    __tablename__ = "ho_site"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    enrol_code_hash: Mapped[str | None] = mapped_column(String(128))
    token_hash: Mapped[str | None] = mapped_column(String(128), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column()
    last_seen_at: Mapped[dt.datetime | None] = mapped_column()
    last_clock_skew_ms: Mapped[int | None] = mapped_column(BigInteger)


class Change(HeadOfficeBase):
    """The head office's change log: every applied change, as the row's full state
    after it, numbered in commit order. Centres pull it by number."""

    __tablename__ = "ho_change"

    seq: Mapped[int] = mapped_column(Counter, Identity(), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    origin_site: Mapped[str] = mapped_column(String(16))
    op_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    # The row's whole state after the change. None where the log keeps no second
    # copy (new rows taken whole from a centre, the head office's duplicate flags):
    # a pull reads the row from its table.
    row: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The centre that sent this change, when the logged row is exactly what it sent
    # (a new row taken whole): that centre has the row already, so its pull gets
    # only a stamp (the change number), not the row.
    echo_site: Mapped[str | None] = mapped_column(String(16))


class AppliedOp(HeadOfficeBase):
    """Every op the head office refused, so a resent one is answered the same way
    (an applied op is known by its entry in the change log)."""

    __tablename__ = "ho_applied_op"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")


class FieldClock(HeadOfficeBase):
    """The clock of the last accepted write of each field of a row (last writer wins
    per field for shared rows such as customers)."""

    __tablename__ = "ho_field_clock"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    clocks: Mapped[dict] = mapped_column(JSON)


class Conflict(HeadOfficeBase):
    """A change the head office could not take, kept for a person to resolve."""

    __tablename__ = "ho_conflict"

    id: Mapped[int] = mapped_column(Counter, Identity(), primary_key=True)
    site: Mapped[str] = mapped_column(String(16))
    op_id: Mapped[uuid.UUID] = mapped_column()
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    kind: Mapped[str] = mapped_column(String(12))  # conflict | rejected
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_ho_conflict_site", "site", "resolved"),)


class ReportUser(HeadOfficeBase):
    """A person at the head office allowed to read every centre's data (reports);
    the token is kept only as a hash."""

    __tablename__ = "ho_report_user"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Proposal(HeadOfficeBase):
    """A product or spare part a centre added that the head office had not published
    (a unit came in whose model is not in the catalogue yet): who proposed it and
    when. Until the head office adopts it (publishes its code), the row and what
    belongs to it (a product's warranty policy, a part's compatibility and
    substitutes) are that centre's to change."""

    __tablename__ = "ho_proposal"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(16))
    proposed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    adopted_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (Index("ix_ho_proposal_open", "adopted_at"),)


class OrderFigures(HeadOfficeBase):
    """What the league table counts of one repair order (``headoffice.figures``),
    worked out by the centres' own rules when the order or a row of its changes, so
    that the league counts a period's orders in one pass over narrow rows instead
    of following each order to its events, calls, labour and parts.

    A deleted order has none. Times are UTC, as the order's."""

    __tablename__ = "ho_order_figures"

    order_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    origin_site: Mapped[str] = mapped_column(String(16))
    # What the reports' filters choose by (a brand is the product's, looked up).
    product_id: Mapped[uuid.UUID | None] = mapped_column()
    service_type: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(16))
    technician: Mapped[str] = mapped_column(String(100))
    # Which other orders' figures depend on this one's: those of the same unit
    # (repeat repairs) and the order it reworks (first-time fix).
    unit_id: Mapped[uuid.UUID | None] = mapped_column()
    rework_of_id: Mapped[uuid.UUID | None] = mapped_column()
    opened_at: Mapped[dt.datetime] = mapped_column()
    delivered_at: Mapped[dt.datetime | None] = mapped_column()
    # Until when the order counted as open: delivered or cancelled (None: open now).
    open_until: Mapped[dt.datetime | None] = mapped_column()
    # Open now, or open longer than figures.SHORT_DAYS: the backlog looks these up
    # apart, so it reads only the last few weeks' orders for the rest.
    long_open: Mapped[bool] = mapped_column(Boolean)
    cancelled: Mapped[bool] = mapped_column(Boolean)
    in_warranty: Mapped[bool] = mapped_column(Boolean)
    turnaround_seconds: Mapped[float | None] = mapped_column(Float)
    fixed_first_time: Mapped[bool] = mapped_column(Boolean)
    back_within_30: Mapped[bool] = mapped_column(Boolean)
    # Parts used at cost and labour, each rounded to the cent as the warranty
    # report rounds an order's.
    parts_cents: Mapped[int] = mapped_column(BigInteger)
    labour_cents: Mapped[int] = mapped_column(BigInteger)
    # Its follow-up calls done: CSAT answers and their sum, NPS answers,
    # promoters (9-10) and detractors (0-6).
    csat_answers: Mapped[int] = mapped_column(Integer)
    csat_sum: Mapped[int] = mapped_column(Integer)
    nps_answers: Mapped[int] = mapped_column(Integer)
    promoters: Mapped[int] = mapped_column(Integer)
    detractors: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_ho_order_figures_opened", "opened_at"),
        Index("ix_ho_order_figures_delivered", "delivered_at"),
        Index("ix_ho_order_figures_long_open", "long_open", "open_until"),
    )


class FiguresMark(HeadOfficeBase):
    """How far the per-order figures are up to date: the last change number folded
    in. No row: they were never worked out (a new or upgraded head office)."""

    __tablename__ = "ho_figures_mark"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Counter)
