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
import json
import operator
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from fieldservice.clock import HybridLogicalClock
from fieldservice.errors import SiteNotInitialised
from fieldservice.ids import new_id
from fieldservice.models import SyncMixin, SyncOutbox, utcnow
from fieldservice.wire import json_default

# Columns the head office sets or that identify the row: never sent as "changes".
_NOT_CHANGES = frozenset({"id", "server_version"})

# Plain values are written by json itself; json_default is asked only for the others
# (ids, times, dates, decimals): the same text, much quicker. One encoder for every
# entry (json.dumps would build one an entry).
_changes_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=json_default).encode


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


def _outbox_row(
    entity: str,
    row_id: uuid.UUID,
    op: str,
    changes: Mapping[str, Any],
    base: int | None,
    hlc: str,
    now: dt.datetime,
) -> dict[str, Any]:
    values = dict(changes)
    for key in _NOT_CHANGES:
        values.pop(key, None)
    return {
        "op_id": new_id(),
        "entity": entity,
        "row_id": row_id,
        "op": op,
        "changes": _changes_json(values),
        "base_version": base,
        "hlc": hlc,
        "created_at": now,
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
    now = utcnow()
    for obj in _synced(session.new):
        state = inspect(obj)
        values = {attr.key: getattr(obj, attr.key) for attr in state.mapper.column_attrs}
        rows.append(
            _outbox_row(
                state.mapper.local_table.name,
                obj.id,
                "insert",
                values,
                obj.server_version,
                obj.hlc,
                now,
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
                state.mapper.local_table.name, obj.id, op, changes, obj.server_version, obj.hlc, now
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
        if "id" not in row:
            row["id"] = new_id()
        # A loader may say when a row was made (history being loaded); else now.
        row.setdefault("created_at", now)
        row.setdefault("updated_at", row["created_at"])
        row.update(origin_site=site, hlc=hlc, deleted=False, server_version=None)
        for column in columns:
            if column.key not in row and column.default is not None and column.default.is_scalar:
                row[column.key] = column.default.arg
        outbox.append(_outbox_row(table.name, row["id"], "insert", row, None, hlc, now))
    insert_rows(session, table, rows)
    insert_rows(session, SyncOutbox.__table__, outbox)  # type: ignore[arg-type]


def insert_rows(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows that all have the same keys, through the driver: each value
    through its column's own bind step (as the ORM would store it), without
    building a statement's parameters row by row (thousands of rows a batch)."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    keys = list(rows[0])
    # Only the columns whose type has a bind step cost anything a value.
    steps = [
        (place, step)
        for place, key in enumerate(keys)
        if (step := table.c[key].type.bind_processor(dialect)) is not None
    ]
    values = operator.itemgetter(*keys)
    # A batch's rows often share a value (the time they were stamped, a product):
    # each column remembers its last value and what the bind step made of it.
    last: list[tuple[Any, Any]] = [(None, None)] * len(keys)
    stored = []
    for row in rows:
        one = list(values(row))
        for place, step in steps:
            value = one[place]
            if value is None:
                continue
            seen, made = last[place]
            if value is not seen:
                made = step(value)
                last[place] = (value, made)
            one[place] = made
        stored.append(tuple(one))
    names = ", ".join(f'"{key}"' for key in keys)
    marks = ", ".join("?" * len(keys))
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks})", stored
    )
