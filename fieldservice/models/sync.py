"""The sync outbox: every local change to a synced table, in commit order."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, utcnow


class SyncOutbox(Base):
    """One change waiting to be pushed to the head office.

    Written in the same transaction as the change itself (see
    :mod:`fieldservice.capture`), so a change can never be committed
    without its outbox entry, nor an entry without its change.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    # "insert", "update" or "delete" (a tombstone: the row stays, marked deleted).
    op: Mapped[str] = mapped_column(String(8))
    # JSON object of the changed columns and their new values.
    changes: Mapped[str] = mapped_column(Text)
    base_version: Mapped[int | None] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    # What waits to go is counted by kind after every round (0015).
    __table_args__ = (Index("ix_sync_outbox_entity", "entity"),)


class SyncProblem(Base):
    """A local change the head office refused or found in conflict: kept, with the
    reason, for a person to deal with (never silently dropped)."""

    __tablename__ = "sync_problem"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    op: Mapped[str] = mapped_column(String(8))
    changes: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12))  # conflict | rejected | local
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SyncParked(Base):
    """A pulled row that refers to a row this centre does not have yet (one further
    on in the head office's log, or one that arrived in a page of its own): kept
    here, and stored as soon as what it refers to is here."""

    __tablename__ = "sync_parked"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # The change number it came with: a later change of the same row replaces it.
    seq: Mapped[int] = mapped_column(BigInteger)
    origin_site: Mapped[str] = mapped_column(String(16))
    row: Mapped[str] = mapped_column(Text)  # JSON, as pulled
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
