"""Change capture: every write to a synced table gets a ``sync_outbox`` entry
in the same transaction.

Features never call this module for ORM writes: the session events below stamp
the sync columns (origin site, times, hybrid logical clock) before a flush and
append the outbox entries right after it, on the same connection. Bulk loaders
that bypass the ORM (demo data, imports) use :func:`bulk_insert`, which writes
rows and outbox entries the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from fieldservice.clock import HybridLogicalClock
from fieldservice.errors import SiteNotInitialised
from fieldservice.ids import new_id
from fieldservice.models import SyncMixin, SyncOutbox, utcnow

# Columns the head office sets or that identify the row: never sent as "changes".
_NOT_CHANGES = frozenset({"id", "server_version"})


@dataclasses.dataclass
class CaptureContext:
    """What the session events need to know: who is writing, and their clock."""

    site: str | None
    clock: HybridLogicalClock | None

    def stamp(self) -> tuple[str, str]:
        if not self.site or self.clock is None:
            raise SiteNotInitialised(
                "This centre is not set up yet: enter its site code and name first."
            )
        return self.site, self.clock.now().encode()


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


def _outbox_row(
    entity: str, row_id: uuid.UUID, op: str, changes: Mapping[str, Any], base: int | None, hlc: str
) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "row_id": row_id,
        "op": op,
        "changes": json.dumps(
            {k: json_value(v) for k, v in changes.items() if k not in _NOT_CHANGES},
            ensure_ascii=False,
            sort_keys=True,
        ),
        "base_version": base,
        "hlc": hlc,
        "created_at": utcnow(),
    }


def _context(session: Session) -> CaptureContext | None:
    return session.info.get("capture")


def _synced(objects: Iterable[object]) -> list[SyncMixin]:
    return [obj for obj in objects if isinstance(obj, SyncMixin)]


@event.listens_for(Session, "before_flush")
def _stamp_sync_columns(session: Session, flush_context, instances) -> None:
    ctx = _context(session)
    if ctx is None:
        return
    for obj in _synced(session.deleted):
        raise RuntimeError(
            f"{type(obj).__name__} rows are synced and never deleted; set deleted=True instead"
        )
    now = utcnow()
    for obj in _synced(session.new):
        site, hlc = ctx.stamp()
        if obj.id is None:
            obj.id = new_id()
        obj.origin_site = obj.origin_site or site
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.hlc = hlc
        if obj.deleted is None:
            obj.deleted = False
    for obj in _synced(session.dirty):
        if session.is_modified(obj, include_collections=False):
            _, obj.hlc = ctx.stamp()
            obj.updated_at = now


@event.listens_for(Session, "after_flush")
def _append_outbox(session: Session, flush_context) -> None:
    ctx = _context(session)
    if ctx is None:
        return
    rows: list[dict[str, Any]] = []
    for obj in _synced(session.new):
        state = inspect(obj)
        values = {attr.key: getattr(obj, attr.key) for attr in state.mapper.column_attrs}
        rows.append(
            _outbox_row(
                state.mapper.local_table.name, obj.id, "insert", values, obj.server_version, obj.hlc
            )
        )
    for obj in _synced(session.dirty):
        state = inspect(obj)
        changes = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.added and history.has_changes():
                changes[attr.key] = history.added[0]
        if not changes:
            continue
        op = "delete" if changes.get("deleted") else "update"
        rows.append(
            _outbox_row(
                state.mapper.local_table.name, obj.id, op, changes, obj.server_version, obj.hlc
            )
        )
    if rows:
        session.connection().execute(insert(SyncOutbox), rows)


def bulk_insert(session: Session, model: type[SyncMixin], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows of a synced table without the ORM, with their outbox entries.

    Each dict holds the model's own columns; the sync columns are stamped here.
    """
    ctx = _context(session)
    if ctx is None:
        raise RuntimeError("bulk_insert needs a session opened by Database.write()")
    if not rows:
        return
    now = utcnow()
    table = model.__table__  # type: ignore[attr-defined]
    columns = [c for c in table.columns if c.key not in rows[0]]
    outbox: list[dict[str, Any]] = []
    for row in rows:
        site, hlc = ctx.stamp()
        row.setdefault("id", new_id())
        # A loader may say when a row was made (history being loaded); else now.
        row.setdefault("created_at", now)
        row.setdefault("updated_at", row["created_at"])
        row.update(origin_site=site, hlc=hlc, deleted=False, server_version=None)
        for column in columns:
            if column.key not in row and column.default is not None and column.default.is_scalar:
                row[column.key] = column.default.arg
        outbox.append(_outbox_row(table.name, row["id"], "insert", row, None, hlc))
    session.execute(insert(table), rows)
    session.execute(insert(SyncOutbox), outbox)
