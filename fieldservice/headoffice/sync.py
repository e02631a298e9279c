"""The head office's side of sync: applying a centre's pushed changes, serving
the change log to pull, enrolling centres.

Rules by entity (DESIGN.md, "Conflict policy"):

* catalogue data (products, parts, warranty policies, sites) is the head
  office's: a centre's change to it is rejected — except a centre's own site row;
* customers are shared: any centre may edit any customer; each field keeps the
  value with the latest hybrid-logical-clock time (last writer wins per field);
* stock movements are only ever appended: an edit of one is rejected;
* everything else (units, registrations, orders, …) belongs to the centre that
  made it: only that centre may change it;
* a value that must be unique across the network (a serial, a document number)
  arriving from a second centre is a conflict, kept for a person to resolve.

Every accepted change is logged in ``ho_change`` as the row's full state,
numbered in commit order; that number is the row's ``server_version``.
"""

from __future__ import annotations

import decimal
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldservice.headoffice.models import AppliedOp, Change, Conflict, EnrolledSite, FieldClock
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.models import utcnow
from fieldservice.sync.capture import json_value
from fieldservice.sync.rows import TABLES, from_json

MAX_OPS = 500
HEAD_OFFICE_OWNED = frozenset(
    {"product", "part", "part_compatibility", "part_substitute", "warranty_policy", "site"}
)
SHARED = frozenset({"customer"})
APPEND_ONLY = frozenset({"stock_movement"})
SKEW_WARNING_MS = 2 * 60 * 1000


def row_json(s: Session, table: Table, row_id: uuid.UUID) -> dict[str, Any] | None:
    row = s.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return {k: json_value(v) for k, v in row.items()} if row else None


# -- auth -----------------------------------------------------------------------------------


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def add_site(store: HeadOfficeStore, code: str, name: str) -> str:
    """Allow a centre to enrol; returns its one-time enrolment code (shown once)."""
    code = code.strip().upper()
    enrol = "-".join(secrets.token_hex(3).upper() for _ in range(3))
    with store.session() as s:
        site = s.get(EnrolledSite, code)
        if site is None:
            site = EnrolledSite(code=code, name=name.strip())
            s.add(site)
        site.name = name.strip() or site.name
        site.enrol_code_hash, site.revoked = digest(enrol), False
    return enrol


def enrol(store: HeadOfficeStore, code: str, enrolment_code: str) -> str | None:
    """Exchange a one-time code for the centre's token; None if the code is wrong."""
    with store.session() as s:
        site = s.get(EnrolledSite, code.strip().upper())
        if site is None or site.revoked or site.enrol_code_hash is None:
            return None
        if not secrets.compare_digest(site.enrol_code_hash, digest(enrolment_code.strip())):
            return None
        token = secrets.token_urlsafe(32)
        site.token_hash, site.enrol_code_hash = digest(token), None
        site.enrolled_at = utcnow()
        return token


def site_for_token(store: HeadOfficeStore, token: str) -> str | None:
    with store.session() as s:
        site = s.scalar(select(EnrolledSite).where(EnrolledSite.token_hash == digest(token)))
        if site is None or site.revoked:
            return None
        site.last_seen_at = utcnow()
        return site.code


def revoke_site(store: HeadOfficeStore, code: str) -> bool:
    with store.session() as s:
        site = s.get(EnrolledSite, code.strip().upper())
        if site is None:
            return False
        site.revoked, site.token_hash, site.enrol_code_hash = True, None, None
        return True


# -- push -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpResult:
    op_id: str
    result: str  # applied | duplicate | rejected | conflict
    reason: str = ""
    server_version: int | None = None


class Refused(Exception):
    def __init__(self, result: str, reason: str) -> None:
        super().__init__(reason)
        self.result, self.reason = result, reason


def apply_push(
    store: HeadOfficeStore, site: str, ops: list[dict[str, Any]], sent_at_ms: int | None = None
) -> tuple[list[OpResult], int | None]:
    """Apply a centre's batch in one transaction; answer each op. Returns the answers
    and the centre's clock skew in milliseconds (when it sent its time)."""
    skew = None
    if sent_at_ms is not None:
        skew = int(sent_at_ms - utcnow().timestamp() * 1000)
    results = []
    with store.push_session() as s:
        enrolled = s.get(EnrolledSite, site)
        if enrolled is not None and skew is not None:
            enrolled.last_clock_skew_ms = skew
        for op in ops:
            results.append(_apply_one(s, site, op))
    return results, skew


def _apply_one(s: Session, site: str, op: dict[str, Any]) -> OpResult:
    op_id = uuid.UUID(str(op["op_id"]))
    earlier = s.get(AppliedOp, op_id)
    if earlier is not None:
        return OpResult(str(op_id), "duplicate", earlier.reason)
    entity, row_id = op["entity"], uuid.UUID(str(op["row_id"]))
    try:
        with s.begin_nested():
            version = _apply_change(s, site, op_id, entity, row_id, op)
        result = OpResult(str(op_id), "applied", server_version=version)
    except Refused as refused:
        result = OpResult(str(op_id), refused.result, refused.reason)
        s.add(
            Conflict(
                site=site,
                op_id=op_id,
                entity=entity,
                row_id=row_id,
                kind=refused.result,
                reason=refused.reason,
                changes=op.get("changes") or {},
            )
        )
    s.add(AppliedOp(op_id=op_id, site=site, result=result.result, reason=result.reason))
    s.flush()
    return result


def _apply_change(
    s: Session, site: str, op_id: uuid.UUID, entity: str, row_id: uuid.UUID, op: dict[str, Any]
) -> int:
    table = TABLES.get(entity)
    if table is None:
        raise Refused("rejected", f"“{entity}” is not data that is synced.")
    changes = dict(op.get("changes") or {})
    changes.pop("server_version", None)
    changes.pop("id", None)
    try:
        values = from_json(table, changes)
    except (ValueError, TypeError, decimal.InvalidOperation) as exc:
        raise Refused("rejected", f"The change is malformed: {exc}") from None
    existing = s.execute(
        select(table.c.origin_site).where(table.c.id == row_id)
    ).scalar_one_or_none()
    if entity in HEAD_OFFICE_OWNED and not (
        entity == "site" and values.get("code", site) == site and (existing in (None, site))
    ):
        raise Refused(
            "rejected",
            f"{entity.replace('_', ' ').capitalize()} data is kept by the head office;"
            " centres cannot change it.",
        )
    if op["op"] == "insert" and existing is None:
        if values.get("origin_site") not in (None, site):
            raise Refused("rejected", "A centre can only create rows as itself.")
        values["origin_site"] = site
        _insert(s, table, row_id, values)
        if entity in SHARED:
            _newer_fields(s, entity, row_id, values, op.get("hlc", ""))
    else:
        if existing is None:
            raise Refused("rejected", f"The head office has no {entity} {row_id} to change.")
        if entity in APPEND_ONLY:
            raise Refused("rejected", "Stock movements are never changed: post a reversal.")
        if entity not in SHARED and existing != site:
            raise Refused(
                "rejected", f"This {entity.replace('_', ' ')} belongs to centre {existing}."
            )
        values.pop("origin_site", None)
        if entity in SHARED:
            values = _newer_fields(s, entity, row_id, values, op.get("hlc", ""))
        if values:
            _update(s, table, row_id, values)
    return log_change(s, table, row_id, existing or site, op_id)


def log_change(
    s: Session, table: Table, row_id: uuid.UUID, origin: str, op_id: uuid.UUID | None
) -> int:
    """Number an accepted change, stamp the row's server version, and log its state."""
    change = Change(entity=table.name, row_id=row_id, origin_site=origin, op_id=op_id, row={})
    s.add(change)
    s.flush()
    s.execute(update(table).where(table.c.id == row_id).values(server_version=change.seq))
    change.row = row_json(s, table, row_id) or {}
    return change.seq


def _insert(s: Session, table: Table, row_id: uuid.UUID, values: dict[str, Any]) -> None:
    try:
        with s.begin_nested():
            s.execute(insert(table).values(id=row_id, **values))
    except IntegrityError as exc:
        raise Refused(*_explain(s, table, values, exc)) from None


def _update(s: Session, table: Table, row_id: uuid.UUID, values: dict[str, Any]) -> None:
    try:
        with s.begin_nested():
            s.execute(update(table).where(table.c.id == row_id).values(**values))
    except IntegrityError as exc:
        raise Refused(*_explain(s, table, values, exc)) from None


def _explain(
    s: Session, table: Table, values: dict[str, Any], exc: IntegrityError
) -> tuple[str, str]:
    """A refusal in words: which unique value is taken (a conflict for a person), or
    which missing row it refers to (rejected)."""
    for constraint in table.constraints:
        columns = [c.name for c in getattr(constraint, "columns", [])]
        if constraint.__class__.__name__ != "UniqueConstraint" or not columns:
            continue
        if not all(c in values for c in columns):
            continue
        query = select(table.c.origin_site).where(*(table.c[c] == values[c] for c in columns))
        other = s.execute(query).scalar_one_or_none()
        if other is not None:
            shown = ", ".join(f"{c} {values[c]}" for c in columns)
            return "conflict", (
                f"The {table.name.replace('_', ' ')} with {shown} is already registered "
                f"at centre {other}."
            )
    for fk in table.foreign_keys:
        value = values.get(fk.parent.name)
        if value is None:
            continue
        target = fk.column.table
        found = s.execute(select(target.c.id).where(fk.column == value)).first()
        if found is None:
            return "rejected", (
                f"It refers to a {target.name.replace('_', ' ')} ({value}) the head office "
                "does not have: that change was refused or has not arrived."
            )
    return "rejected", f"The head office could not store it: {exc.orig}"


def _newer_fields(
    s: Session, entity: str, row_id: uuid.UUID, values: dict[str, Any], hlc: str
) -> dict[str, Any]:
    """Keep only the fields this change is the latest writer of (by HLC)."""
    clock = s.get(FieldClock, {"entity": entity, "row_id": row_id})
    clocks = dict(clock.clocks) if clock else {}
    newer = {k: v for k, v in values.items() if hlc > clocks.get(k, "")}
    for key in newer:
        clocks[key] = hlc
    if clock is None:
        s.add(FieldClock(entity=entity, row_id=row_id, clocks=clocks))
    else:
        clock.clocks = clocks
    return newer


# -- pull -------------------------------------------------------------------------------------


def pull(store: HeadOfficeStore, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Changes after *cursor*, in order: (changes, new cursor, more to come).

    Pushes commit one at a time under the push lock, so every change numbered
    below one that is visible is visible too: serving everything committed is safe.
    """
    limit = max(1, min(limit, 2000))
    with store.session() as s:
        rows = s.execute(
            select(Change.seq, Change.entity, Change.row_id, Change.origin_site, Change.row)
            .where(Change.seq > cursor)
            .order_by(Change.seq)
            .limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        {"seq": seq, "entity": entity, "row_id": str(row_id), "origin_site": origin, "row": row}
        for seq, entity, row_id, origin, row in rows
    ]
    return changes, (rows[-1][0] if rows else cursor), more
