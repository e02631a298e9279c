"""The head office's side of sync: applying a centre's pushed changes, serving
the change log to pull, enrolling centres.

Rules by entity (DESIGN.md, "Conflict policy"):

* catalogue data (products, parts, warranty policies, sites) is the head
  office's: a centre's change to it is rejected — except a centre's own site row,
  and a product or part a centre proposes (a code the head office has not
  published) with what belongs to it, which are that centre's until the head
  office adopts them;
* customers are shared: any centre may edit any customer; each field keeps the
  value with the latest hybrid-logical-clock time (last writer wins per field);
* stock movements are only ever appended: an edit of one is rejected;
* everything else (units, registrations, orders, …) belongs to the centre that
  made it: only that centre may change it;
* a value that must be unique across the network (a serial, a document number)
  arriving from a second centre is a conflict, kept for a person to resolve.

Every accepted change is logged in ``ho_change`` as the row's full state, with a
number from one sequence; that number is the row's ``server_version``. Centres
push at once, so numbers may commit out of order: a pull serves the log only up
to a bound below which every number is committed (``last_visible_change``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import decimal
import hashlib
import json
import operator
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import (
    JSON,
    Connection,
    Table,
    Text,
    TypeDecorator,
    Uuid,
    any_,
    bindparam,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from fieldservice.clock import MAX_AHEAD_MS, STAMP, HybridLogicalClock
from fieldservice.db import HEAD_OFFICE_SITE
from fieldservice.headoffice.models import (
    AppliedOp,
    Change,
    Conflict,
    EnrolledSite,
    FieldClock,
    Proposal,
)
from fieldservice.headoffice.store import HeadOfficeStore, oldest_in_flight, push_channel
from fieldservice.models import ScaledDecimal, UTCDateTime, utcnow
from fieldservice.wire import (
    HEAD_OFFICE_DATA,
    TABLES,
    as_uuid,
    converters,
    from_json,
    json_default,
    json_value,
)

# Ops in a push: a batch costs its fixed share (the request, the checks, the
# transaction) once, so fewer, larger batches; the push lock is held for one batch.
MAX_OPS = 1000
# The head office's own site code: the origin of its catalogue, the writer of what
# it changes itself (a likely duplicate customer flagged).
HEAD_OFFICE = HEAD_OFFICE_SITE
head_office_clock = HybridLogicalClock(HEAD_OFFICE)
SHARED = frozenset({"customer"})
# What every centre may read, whoever made it: the catalogue, the centres, and the
# records a customer brings to any centre (themselves, their units, warranties).
READ_BY_ALL = HEAD_OFFICE_DATA | frozenset(
    {"customer", "unit", "warranty_registration", "warranty_extension", "warranty_event"}
)
APPEND_ONLY = frozenset({"stock_movement"})
# Catalogue data a centre may propose (a product or part whose code the head office
# has not published; its column of that code), and what belongs to such a row (its
# column naming the row, the row's table): the proposing centre's until the head
# office adopts it by publishing the code.
PROPOSED_BY_CODE = {"product": "sku", "part": "part_number"}
BELONGS_TO_PROPOSED = {
    "warranty_policy": ("product_id", "product"),
    "part_compatibility": ("part_id", "part"),
    "part_substitute": ("part_id", "part"),
}
PROVISIONAL = frozenset(PROPOSED_BY_CODE) | frozenset(BELONGS_TO_PROPOSED)
# Rows that are lines or history of a record (column naming it, its table): only
# the centre that owns the record may add or change them.
PART_OF = {
    "warranty_extension": ("registration_id", "warranty_registration"),
    "warranty_event": ("registration_id", "warranty_registration"),
    "repair_order_event": ("order_id", "repair_order"),
    "labour_line": ("order_id", "repair_order"),
    "follow_up": ("order_id", "repair_order"),
    "maintenance_job": ("plan_id", "maintenance_plan"),
    "stock_count_line": ("count_id", "stock_count"),
}
# Set when a row is made and never changed afterwards, by anyone.
FIXED_COLUMNS = ("origin_site", "created_at", "number")
SKEW_WARNING_MS = 2 * 60 * 1000
# The skew kept for a centre is shown in minutes, and moves by a few milliseconds
# of network time from one push to the next: it is written again only when it has
# moved by more than this.
SKEW_KEPT_WITHIN_MS = 1000
LAST_SEEN_EVERY = dt.timedelta(minutes=1)
# A refused run of new rows is halved and tried again until it is this short.
SPLIT_BELOW = 8
# A pull page looks at no more than this many times its limit of the change log.
PULL_WINDOW = 10
# A stamp is a few bytes and is read from nothing: a page holds up to this many
# times its limit, stamps and rows together (rows still at most the limit).
STAMPS_PER_ROW = 10


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
    """The centre a token belongs to; None for a wrong or revoked one. Checked on
    every call, so a revocation takes effect at once."""
    # On PostgreSQL read outside a transaction: one round trip, none to begin and
    # end one. (SQLite, a trial, has no such mode: there the last-seen time would
    # never be kept.)
    opened: contextlib.AbstractContextManager[Connection] = (
        store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        if store.is_postgres
        else store.engine.begin()
    )
    with opened as conn:
        found = conn.execute(
            select(EnrolledSite.code, EnrolledSite.revoked, EnrolledSite.last_seen_at).where(
                EnrolledSite.token_hash == digest(token)
            )
        ).first()
        if found is None or found.revoked:
            return None
        _note_seen(conn, found.code, found.last_seen_at)
        return found.code


def _note_seen(s: Session | Connection, site: str, last_seen_at: dt.datetime | None) -> None:
    """Keep when *site* was last seen: not on every call (a sync round makes
    several), once every LAST_SEEN_EVERY."""
    now = utcnow()
    if last_seen_at is None or now - last_seen_at > LAST_SEEN_EVERY:
        s.execute(update(EnrolledSite).where(EnrolledSite.code == site).values(last_seen_at=now))


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
    # For a refused op: the row as the head office has it (None: it has none), so
    # the centre can put it back in place of its refused change.
    row: dict[str, Any] | None = None


class Refused(Exception):
    def __init__(self, result: str, reason: str) -> None:
        super().__init__(reason)
        self.result, self.reason = result, reason


class OutOfOrder(Exception):
    """A batch whose batch before it has not been applied (not arrived, or lost)."""


# How long a batch waits for the one before it.
ORDER_WAIT_SECONDS = 10.0
# On a SQLite trial (one process), how often a waiting batch looks again.
ORDER_POLL_SECONDS = 0.02
# The advisory locks a waiting batch holds (with the centre's code and a slot): a
# centre has at most WAITING_PER_CENTRE batches waiting; one more is refused at once.
# A centre has one out at a time, two when a round is retried while the last
# round's is still out: more can only be a centre gone wrong.
WAIT_LOCK = 0x46535757
WAITING_PER_CENTRE = 4


# What a push's session gives it: the session, the centre, and the clock skew kept
# for that centre (None: none kept, or not known, so it is kept anew).
_InPush = tuple[Session, str, int | None]


def apply_push(
    store: HeadOfficeStore,
    site: str,
    ops: Sequence[Mapping[str, Any]],
    sent_at_ms: int | None = None,
    *,
    after: uuid.UUID | None = None,
) -> tuple[list[OpResult], int | None]:
    """Apply a centre's batch in one transaction, in the order sent; answer each op.
    Returns the answers and the centre's clock skew in milliseconds (when it sent
    its time).

    *after* is the last op of the centre's batch before this one: a centre sends
    its next batch while one is being applied, and the next waits until the one
    before is (OutOfOrder if it does not come), so batches are applied in the
    order they were made whatever order they arrive in.

    Runs of new rows for one table (the usual shape of a centre's work) are
    stored with one statement per run; a run the database refuses is halved until
    the refused rows are found, and they go op by op, like everything else, so
    every refusal is explained for its own op.
    """

    @contextlib.contextmanager
    def as_site() -> Iterator[_InPush]:
        with store.push_session(site) as s:
            yield s, site, None

    _, results, skew = _apply_push(as_site, store, ops, sent_at_ms, after)
    return results, skew


class NotSignedIn(Exception):
    """The token is wrong, or its centre was revoked."""


def apply_signed_push(
    store: HeadOfficeStore,
    token: str,
    ops: Sequence[Mapping[str, Any]],
    sent_at_ms: int | None = None,
    *,
    after: uuid.UUID | None = None,
) -> tuple[str, list[OpResult], int | None]:
    """:func:`apply_push` for the centre *token* belongs to, checked by the push's
    own first statement (NotSignedIn for a wrong or revoked token, with nothing
    written): the centre, its answers and its clock skew. A revocation takes
    effect at once, as with :func:`site_for_token`."""
    token_hash = digest(token)

    @contextlib.contextmanager
    def as_signed_in() -> Iterator[_InPush]:
        with store.signed_push_session(token_hash) as (s, signed_in):
            if signed_in is None:
                raise NotSignedIn
            _note_seen(s, signed_in.site, signed_in.last_seen_at)
            yield s, signed_in.site, signed_in.clock_skew_ms

    return _apply_push(as_signed_in, store, ops, sent_at_ms, after)


def _apply_push(
    push_session: Callable[[], contextlib.AbstractContextManager[_InPush]],
    store: HeadOfficeStore,
    ops: Sequence[Mapping[str, Any]],
    sent_at_ms: int | None,
    after: uuid.UUID | None,
) -> tuple[str, list[OpResult], int | None]:
    skew = None
    if sent_at_ms is not None:
        skew = int(sent_at_ms - utcnow().timestamp() * 1000)
    # First without a savepoint per run (the usual batch goes in whole); if the
    # database refuses a run, the whole batch again, carefully.
    careful = False
    # The usual case: the batch before is being applied as this one arrives. The
    # push lock is then its, and this batch, waiting for the lock, starts the moment
    # it commits. Only if the batch before is not there then does it wait for it.
    ready = after is None
    deadlocks = 0
    while True:
        try:
            with store.push_turns, push_session() as (s, site, kept_skew):
                if not ready and not _answered(s, after):  # type: ignore[arg-type]
                    raise _NotYet(site)
                _keep_skew(s, site, skew, kept_skew)
                # The commit wakes a batch of this centre waiting for this one (the
                # push session asked for the notice).
                return site, _apply_batch(s, site, ops, careful=careful), skew
        except _TakeCare:
            careful = True
        except OperationalError as exc:
            # Two centres' batches changing the same shared rows in opposite orders:
            # the database stops one of them, which is simply applied again.
            deadlocks += 1
            if not isinstance(exc.orig, psycopg.errors.DeadlockDetected) or deadlocks > 5:
                raise
        except _NotYet as not_yet:
            wait_for_batch_before(store, not_yet.site, after)  # type: ignore[arg-type]
            ready = True


class _NotYet(Exception):
    """The batch before this one has not been applied yet."""

    def __init__(self, site: str) -> None:
        super().__init__(site)
        self.site = site


def wait_for_batch_before(store: HeadOfficeStore, site: str, after: uuid.UUID) -> None:
    """Return once the op *after* has been answered (applied or refused); raise
    OutOfOrder if it is not within ORDER_WAIT_SECONDS, or if WAITING_PER_CENTRE
    batches of this centre are waiting already (more can only be a centre gone
    wrong, and must not tie up the head office).

    On PostgreSQL nothing is polled: the wait listens for the notice a push of this
    centre sends when it commits."""
    deadline = time.monotonic() + ORDER_WAIT_SECONDS
    if not store.is_postgres:  # a trial: one process, a poll is cheap
        while True:
            with store.session() as s:
                if _answered(s, after):
                    return
            if time.monotonic() > deadline:
                raise OutOfOrder(_NOT_ARRIVED)
            time.sleep(ORDER_POLL_SECONDS)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if _answered(conn, after):
            return  # applied since the caller looked
        key = None
        for slot in range(WAITING_PER_CENTRE):
            # Named in this schema: head offices sharing a database do not meet.
            wanted = {"lock": WAIT_LOCK, "name": f"{site}:{slot}"}
            if conn.scalar(_TRY_WAIT_LOCK, wanted):
                key = wanted
                break
        if key is None:
            raise OutOfOrder(
                "Too many batches of this centre are waiting for the ones before them."
            )
        try:
            conn.exec_driver_sql(f'LISTEN "{push_channel(site)}"')
            raw = conn.connection.driver_connection
            assert raw is not None
            while not _answered(conn, after):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise OutOfOrder(_NOT_ARRIVED)
                for _notice in raw.notifies(timeout=remaining, stop_after=1):
                    pass
        finally:
            conn.exec_driver_sql("UNLISTEN *")
            conn.execute(_WAIT_UNLOCK, key)


_TRY_WAIT_LOCK = text(
    "SELECT pg_try_advisory_lock(:lock, hashtext(current_schema() || ':' || :name))"
)
_WAIT_UNLOCK = text("SELECT pg_advisory_unlock(:lock, hashtext(current_schema() || ':' || :name))")
_NOT_ARRIVED = (
    "The batch sent before this one has not reached the head office: send that one first."
)


class _TakeCare(Exception):
    """The database refused a run of a batch tried without savepoints: the batch's
    transaction is lost, and the batch is tried again with them."""


def _answered(s: Session | Any, op_id: uuid.UUID) -> bool:
    """Has the op been applied (it is in the change log) or refused (registry)?"""
    return bool(
        s.scalar(
            select(
                or_(
                    exists().where(Change.op_id == op_id),
                    exists().where(AppliedOp.op_id == op_id),
                )
            )
        )
    )


def _keep_skew(s: Session, site: str, skew: int | None, kept: int | None) -> None:
    """Keep how far off the centre's clock is, when it has moved by more than
    SKEW_KEPT_WITHIN_MS from what is kept (or nothing is): not a write on every push."""
    if skew is not None and (kept is None or abs(skew - kept) > SKEW_KEPT_WITHIN_MS):
        s.execute(
            update(EnrolledSite)
            .where(EnrolledSite.code == site)
            .values(last_clock_skew_ms=skew)
            .execution_options(synchronize_session=False)
        )


def _apply_batch(
    s: Session, site: str, ops: Sequence[Mapping[str, Any]], *, careful: bool
) -> list[OpResult]:
    ids = [as_uuid(op["op_id"]) for op in ops]
    results: list[OpResult | None] = [None] * len(ops)
    # Refused before: a refusal is final, and a resent op gets the same answer
    # however often the reply was lost. The registry of refusals is small; every
    # op is looked up.
    refused_before = s.execute(
        select(AppliedOp.op_id, AppliedOp.result, AppliedOp.reason).where(
            among(s, AppliedOp.op_id, ids)
        )
    )
    for op_id, result, reason in refused_before:
        results[ids.index(op_id)] = OpResult(str(op_id), result, reason)
    answered_before = {i for i, r in enumerate(results) if r is not None}
    _check_stamps(s, site, ops, ids, results)
    # Applied before: in the change log. A run of new rows is not looked up: a
    # row already there makes the run fail, and then it goes op by op.
    runs = _runs(ops, results)
    _mark_applied_before(
        s, ids, [i for bulk, run in runs if not _together(bulk, run) for i in run], results
    )
    for bulk, run in runs:
        if _together(bulk, run):
            _apply_run(s, site, ops, ids, run, results, careful=careful)
        elif results[run[0]] is None:  # a single op, not answered before
            results[run[0]] = _apply_one(s, site, ops[run[0]])
    _flag_likely_duplicates(
        s,
        [
            as_uuid(op["row_id"])
            for op, result in zip(ops, results, strict=True)
            if op["entity"] == "customer"
            # A customer with no phone number shares none: not looked up at all.
            and (op.get("changes") or {}).get("phone_key")
            and result is not None
            and result.result == "applied"
        ],
    )
    refused = [
        i
        for i, r in enumerate(results)
        if r is not None
        and r.result in ("rejected", "conflict", "restamp")
        and i not in answered_before
    ]
    if refused:
        s.execute(
            insert(AppliedOp),
            [
                {
                    "op_id": ids[i],
                    "site": site,
                    "result": results[i].result,  # type: ignore[union-attr]
                    "reason": results[i].reason,  # type: ignore[union-attr]
                }
                for i in refused
            ],
        )
    return [
        _with_row(s, site, op, r) if r.result in ("rejected", "conflict") else r
        for op, r in zip(ops, results, strict=True)
        if r is not None
    ]


def _check_stamps(
    s: Session,
    site: str,
    ops: Sequence[Mapping[str, Any]],
    ids: list[uuid.UUID],
    results: list[OpResult | None],
) -> None:
    """Refuse, before anything is stored, the ops whose clock stamp is not one this
    centre may give: missing, malformed, another site's, not the row's own, or
    further ahead of the head office's time than MAX_AHEAD_MS (those: "restamp")."""
    limit = int(utcnow().timestamp() * 1000) + MAX_AHEAD_MS
    # The usual stamp, checked with string methods alone (a batch is 1,000 ops): this
    # centre's, its milliseconds (fixed width) compared as text with the limit's.
    limit_text, suffix = f"{limit:016d}", f".{site}"
    refused = []
    for i, op in enumerate(ops):
        if results[i] is not None:
            continue
        stamp = op.get("hlc")
        changes = op.get("changes")
        if (
            type(stamp) is str
            and len(stamp) == 21 + len(suffix)
            and stamp.endswith(suffix)
            and stamp[16] == "."
            and stamp[:16] <= limit_text
            and stamp[:21].replace(".", "", 1).isdigit()
            and stamp.isascii()
            and (type(changes) is not dict or changes.get("hlc", stamp) == stamp)
        ):
            continue
        found = STAMP.fullmatch(stamp) if isinstance(stamp, str) else None
        if found is None:
            reason = "The change has no valid clock stamp."
        elif found.group(3) != site:
            reason = f"The change is stamped by centre {found.group(3)}, not by this centre."
        elif int(found.group(1)) > limit:
            # Refused for good, as "restamp": the centre makes the same change again
            # with a stamp from its clock set right (nothing is lost).
            ahead = round((int(found.group(1)) - limit + MAX_AHEAD_MS) / 60000)
            results[i] = OpResult(
                str(ids[i]),
                "restamp",
                f"Made when this centre's clock was {ahead} minutes ahead of the head office.",
            )
            continue
        elif isinstance(changes, dict) and changes.get("hlc", stamp) != stamp:
            reason = "The row's clock stamp is not the change's own."
        else:
            continue
        results[i] = OpResult(str(ids[i]), "rejected", reason)
        refused.append(i)
    if refused:
        s.execute(
            insert(Conflict),
            [
                {
                    "site": site,
                    "op_id": ids[i],
                    "entity": str(ops[i].get("entity", ""))[:64],
                    "row_id": as_uuid(ops[i]["row_id"]),
                    "kind": "rejected",
                    "reason": results[i].reason,  # type: ignore[union-attr]
                    "changes": ops[i].get("changes") or {},
                    "created_at": utcnow(),
                    "resolved": False,
                }
                for i in refused
            ],
        )


def _with_row(s: Session, site: str, op: Mapping[str, Any], result: OpResult) -> OpResult:
    """A refusal with the row as the head office has it, for the centre to put back
    in place of its change; None when the head office has none, or none this centre
    may read."""
    table = TABLES.get(op["entity"])
    if table is None:
        return result
    row = row_json(s, table, as_uuid(op["row_id"]))
    if row is not None and not (
        table.name in READ_BY_ALL or row.get("origin_site") in (site, HEAD_OFFICE)
    ):
        row = None
    return dataclasses.replace(result, row=row)


def _apply_run(
    s: Session,
    site: str,
    ops: Sequence[Mapping[str, Any]],
    ids: list[uuid.UUID],
    run: list[int],
    results: list,
    *,
    careful: bool,
) -> None:
    """A run of new rows: all together if the database takes them; else the ops
    the log has already are answered as had, and the rest is halved and tried
    again, down to op by op for a few, so that a bad row among hundreds costs a
    few tries, not hundreds."""
    if _insert_run(s, site, ops, run, results, careful=careful):
        return
    _mark_applied_before(s, ids, run, results)
    rest = [i for i in run if results[i] is None]
    if len(rest) < SPLIT_BELOW:
        for i in rest:
            results[i] = _apply_one(s, site, ops[i])
        return
    half = len(rest) // 2
    _apply_run(s, site, ops, ids, rest[:half], results, careful=careful)
    _apply_run(s, site, ops, ids, rest[half:], results, careful=careful)


def _flag_likely_duplicates(s: Session, customer_ids: list[uuid.UUID]) -> None:
    """Customers new to the network, or with a new phone number, that share the
    number with another customer — usually one made at another centre, which that
    centre could not see — are flagged for a person to review, as a centre flags
    its own (pointing at the earliest such customer), and logged so that every
    centre sees the flag. Nothing is merged."""
    if not customer_ids:
        return
    customer = TABLES["customer"]
    other = customer.alias("other")
    earliest = (
        select(other.c.id)
        .where(
            other.c.phone_key == customer.c.phone_key,
            # Only an earlier customer (ids are made in time order): two new
            # customers never point at each other, the first is never flagged.
            other.c.id < customer.c.id,
            ~other.c.deleted,
        )
        .order_by(other.c.id)
        .limit(1)
        .scalar_subquery()
    )
    found = s.execute(
        select(customer.c.id, customer.c.origin_site, customer.c.hlc, earliest)
        .where(
            among(s, customer.c.id, customer_ids),
            customer.c.phone_key != "",
            customer.c.possible_duplicate_of_id.is_(None),
            ~customer.c.deleted,
        )
        .with_for_update(of=customer)  # their field clocks are read next (see _apply_change)
    ).all()
    flagged = [(row_id, origin, hlc, first) for row_id, origin, hlc, first in found if first]
    if not flagged:
        return
    clocks = {
        c.row_id: c
        for c in s.scalars(
            select(FieldClock).where(
                FieldClock.entity == "customer",
                among(s, FieldClock.row_id, [row_id for row_id, *_ in flagged]),
            )
        )
    }
    seqs = _next_change_numbers(s, len(flagged))
    now = utcnow()
    logged_at = _stored_value(Change.__table__.c.created_at, now, s.get_bind().dialect)  # type: ignore[attr-defined]
    log = []
    for (row_id, origin, hlc, first), seq in zip(flagged, seqs, strict=True):
        stamp = (head_office_clock.receive(hlc) if hlc else head_office_clock.now()).encode()
        flag = {
            "possible_duplicate_of_id": first,
            "duplicate_reviewed": False,
            "hlc": stamp,
            "updated_at": now,
        }
        values = _newer_fields(
            s, customer, row_id, flag, stamp, clock=clocks.get(row_id), row_clock=hlc or ""
        )
        if values:
            s.execute(
                update(customer).where(customer.c.id == row_id).values(server_version=seq, **values)
            )
            # Logged without a copy: a pull reads the row from its table.
            log.append([seq, "customer", row_id, origin, None, None, logged_at, None])
    if log:
        store_rows(s, Change.__table__, _LOG_COLUMNS, log)  # type: ignore[arg-type]


def _together(bulk: bool, run: list[int]) -> bool:
    return bulk and len(run) > 1


def _mark_applied_before(
    s: Session, ids: list[uuid.UUID], indexes: list[int], results: list
) -> None:
    """Answer the ops at *indexes* that the change log has already: duplicates."""
    if not indexes:
        return
    found = s.execute(
        select(Change.op_id, Change.seq).where(among(s, Change.op_id, [ids[i] for i in indexes]))
    )
    applied = {op_id: seq for op_id, seq in found}
    for i in indexes:
        if ids[i] in applied:
            results[i] = OpResult(str(ids[i]), "duplicate", server_version=applied[ids[i]])


def among(s: Session, column: Any, values: list[Any]) -> Any:
    """*column* is one of *values*: on PostgreSQL one array parameter (a batch's
    1,000 ids cost one value to send, not 1,000 to render and bind)."""
    if s.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=postgresql.ARRAY(column.type)))
    return column.in_(values)


def _runs(ops: Sequence[Mapping[str, Any]], results: list) -> list[tuple[bool, list[int]]]:
    """The ops still to apply, in order, as runs: consecutive inserts into one table
    (which may go in together: True) or single other ops (False)."""
    runs: list[tuple[bool, list[int]]] = []
    last_table = None
    for i, op in enumerate(ops):
        if results[i] is not None:
            continue
        bulk = (
            op["op"] == "insert" and op["entity"] in TABLES and op["entity"] not in HEAD_OFFICE_DATA
        )
        if bulk and runs and runs[-1][0] and last_table == op["entity"]:
            runs[-1][1].append(i)
        else:
            runs.append((bulk, [i]))
        last_table = op["entity"] if bulk else None
    return runs


def _insert_run(
    s: Session,
    site: str,
    ops: Sequence[Mapping[str, Any]],
    indexes: list[int],
    results: list,
    *,
    careful: bool,
) -> bool:
    """Store a run of new rows with one statement per step; False (nothing done) if
    any of them cannot go in that way. Not *careful* (no savepoint), a refusal by
    the database loses the transaction: _TakeCare.

    Each op must carry the whole row, as a centre's capture sends a new row. The
    change log keeps no copy of these rows (a pull reads them from their table):
    the centre that sent them has them already, so its pulls get only stamps. No
    field clocks are written either (a shared row's fields all have the row's own
    clock until someone changes one).
    """
    run_ops = [ops[i] for i in indexes]
    entity = run_ops[0]["entity"]
    dialect = s.get_bind().dialect
    plan = _row_plan(TABLES[entity], dialect)
    for op in run_ops:
        changes = op.get("changes") or {}
        if changes.keys() != plan.sent or changes.get("origin_site") not in (None, site):
            return False
    try:
        row_ids = [as_uuid(op["row_id"]) for op in run_ops]
    except (ValueError, TypeError, AttributeError):
        return False
    if len(set(row_ids)) != len(row_ids):
        return False
    if entity in PART_OF:
        # Lines of a record only by its owner: if any is not, op by op, explained.
        column, parent = PART_OF[entity]
        parents = TABLES[parent]
        try:
            parent_ids = list({as_uuid(op["changes"][column]) for op in run_ops})
        except (ValueError, TypeError, AttributeError):
            return False
        if s.scalar(
            select(
                exists().where(among(s, parents.c.id, parent_ids), parents.c.origin_site != site)
            )
        ):
            return False
    # Number the changes first, so each row goes in with its server version and
    # each log entry with it: no second pass over either.
    seqs = _next_change_numbers(s, len(run_ops))

    def rows() -> Iterator[list[Any]]:
        """Made while COPY sends the ones before: the database stores those
        meanwhile. A value that cannot be converted stops the COPY."""
        own, steps = plan.own_values, plan.steps_at
        for op, row_id, seq in zip(run_ops, row_ids, seqs, strict=True):
            row = [row_id, seq, site, *own(op["changes"])]
            for i, step in steps:
                if (value := row[i]) is not None:
                    row[i] = step(value)
            yield row

    now = _stored_value(Change.__table__.c.created_at, utcnow(), dialect)  # type: ignore[attr-defined]
    try:
        with s.begin_nested() if careful else contextlib.nullcontext():
            store_rows(s, plan.table, plan.columns, rows())
            store_rows(
                s,
                Change.__table__,  # type: ignore[arg-type]
                _LOG_COLUMNS,
                (
                    [seq, entity, row_id, site, as_uuid(op["op_id"]), None, now, site]
                    for row_id, op, seq in zip(row_ids, run_ops, seqs, strict=True)
                ),
            )
    except (*REFUSED_BY_DATABASE, ValueError, TypeError, AttributeError, decimal.InvalidOperation):
        # A value that is not what its column holds, or a row the database refuses
        # (a row, a unique value or an op already there, a missing reference, a
        # value too long): go op by op, so each refusal is explained.
        if not careful:
            raise _TakeCare from None
        return False
    for i, op, seq in zip(indexes, run_ops, seqs, strict=True):
        results[i] = OpResult(str(op["op_id"]), "applied", server_version=seq)
    return True


_LOG_COLUMNS = ["seq", "entity", "row_id", "origin_site", "op_id", "row", "created_at", "echo_site"]

# What the database says when it refuses a row (COPY raises the driver's own errors).
REFUSED_BY_DATABASE = (
    IntegrityError,
    DataError,
    psycopg.errors.IntegrityError,
    psycopg.errors.DataError,
)


@dataclass(frozen=True)
class _RowPlan:
    """How a new row of a synced table goes from a centre's JSON into the database."""

    table: Table
    columns: list[str]  # id, server_version, origin_site, then the row's own columns
    sent: frozenset[str]  # what a centre sends of a new row: all but id and server_version
    own_values: Callable[[Mapping[str, Any]], tuple[Any, ...]]  # a row's own, in order
    steps_at: list[tuple[int, Callable[[Any], Any]]]  # (place in *columns*, JSON to stored)


_PLANS: dict[tuple[str, str], _RowPlan] = {}


def _row_plan(table: Table, dialect: Any) -> _RowPlan:
    """Worked out once per table and kind of database. On PostgreSQL the values go
    to COPY as stored (through our column types' bind steps: UTC times stored
    plain, decimals scaled); elsewhere as the columns take them."""
    plan = _PLANS.get((table.name, dialect.name))
    if plan is None:
        fixed = ["id", "server_version", "origin_site"]
        own = [c.key for c in table.columns if c.key not in fixed]
        to_column = converters(table)
        steps = [
            _copy_step(table.c[c], to_column[c], dialect)
            if dialect.name == "postgresql"
            else to_column[c]
            for c in own
        ]
        # Every synced table has its sync columns besides the fixed ones: at least
        # two, so that itemgetter gives a tuple.
        assert len(own) > 1
        plan = _RowPlan(
            table=table,
            columns=fixed + own,
            sent=frozenset(table.c.keys()) - {"id", "server_version"},
            own_values=operator.itemgetter(*own),
            steps_at=[(len(fixed) + i, step) for i, step in enumerate(steps) if step is not None],
        )
        _PLANS[(table.name, dialect.name)] = plan
    return plan


def _bind_step(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """What a column value of ours needs before COPY takes it."""
    if isinstance(column.type, JSON):
        return Jsonb
    if isinstance(column.type, TypeDecorator):
        return column.type.bind_processor(dialect)
    return None


# Text that PostgreSQL reads exactly as our conversion would store it, so COPY may
# take it as the centre wrote it: a UUID in its usual form, and a UTC time as
# ``isoformat`` writes it (a column without time zone drops the "+00:00", rightly).
_AS_WRITTEN = {
    Uuid: re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    UTCDateTime: re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?\+00:00"),
}


def _copy_step(
    column: Any, to_column: Callable[[Any], Any] | None, dialect: Any
) -> Callable[[Any], Any] | None:
    """What a centre's JSON value of *column* needs before COPY takes it."""
    step = _then(to_column, _bind_step(column, dialect))
    as_written = _AS_WRITTEN.get(type(column.type))
    if as_written is None or step is None:
        return step
    fits = as_written.fullmatch
    return lambda value: value if type(value) is str and fits(value) else step(value)


def _then(
    first: Callable[[Any], Any] | None, second: Callable[[Any], Any] | None
) -> Callable[[Any], Any] | None:
    if first is None or second is None:
        return first or second
    return lambda value: second(first(value))


def _stored_value(column: Any, value: Any, dialect: Any) -> Any:
    """*value* as *column* stores it on this kind of database (for COPY)."""
    step = _bind_step(column, dialect) if dialect.name == "postgresql" else None
    return value if step is None else step(value)


def store_rows(s: Session, table: Table, columns: list[str], rows: Iterable[list[Any]]) -> None:
    """Insert many new rows of one table, values in *columns* order: as stored, into
    PostgreSQL's COPY; as the columns take them, elsewhere (one executemany). A
    refused row (a unique value taken, a missing reference) raises, and the
    caller's savepoint undoes the whole lot."""
    if s.get_bind().dialect.name != "postgresql":
        values = [dict(zip(columns, row, strict=True)) for row in rows]
        if values:
            s.execute(insert(table), values)
        return
    raw = s.connection().connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


_NUMBERS = text(
    "SELECT array(SELECT nextval(pg_get_serial_sequence('ho_change', 'seq'))"
    " FROM generate_series(1, :n))"
)


def _next_change_numbers(s: Session, count: int) -> list[int]:
    """*count* change numbers, in order, taken inside the push (pushes of other
    centres take theirs meanwhile, so they need not follow one another)."""
    if s.get_bind().dialect.name == "postgresql":
        # One row holding them all: 1,000 rows cost more to fetch than to number.
        return sorted(s.scalar(_NUMBERS, {"n": count}))
    # SQLite (a trial): the write lock is held, numbering from the highest is safe.
    top = s.scalar(select(func.coalesce(func.max(Change.seq), 0))) or 0
    return list(range(top + 1, top + 1 + count))


def _apply_one(s: Session, site: str, op: Mapping[str, Any]) -> OpResult:
    """Apply one op in its own savepoint; a refusal is kept as a conflict record."""
    op_id = as_uuid(op["op_id"])
    entity, row_id = op["entity"], as_uuid(op["row_id"])
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
        s.flush()
    return result


def _apply_change(
    s: Session, site: str, op_id: uuid.UUID, entity: str, row_id: uuid.UUID, op: Mapping[str, Any]
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
    found = select(table).where(table.c.id == row_id)
    if entity in SHARED:
        # Centres push at once: a shared row is locked before its field clocks are
        # read, so a second centre's change to it waits and then merges with the
        # first's rather than with what was there before.
        found = found.with_for_update()
    current = s.execute(found).mappings().first()
    existing = current["origin_site"] if current is not None else None
    if entity in PROVISIONAL:
        _check_provisional(s, site, entity, values, dict(current) if current is not None else None)
    elif entity in HEAD_OFFICE_DATA and not (
        entity == "site" and values.get("code", site) == site and (existing in (None, site))
    ):
        raise Refused(
            "rejected",
            f"{entity.replace('_', ' ').capitalize()} data is kept by the head office;"
            " centres cannot change it.",
        )
    _check_part_of(s, site, entity, values, dict(current) if current is not None else None)
    if op["op"] == "insert" and existing is None:
        if values.get("origin_site") not in (None, site):
            raise Refused("rejected", "A centre can only create rows as itself.")
        values["origin_site"] = site
        _insert(s, table, row_id, values)
        if entity in PROPOSED_BY_CODE:
            s.add(Proposal(entity=entity, row_id=row_id, site=site))
            s.flush()
        # A new row taken whole is, in the log, exactly what the centre has.
        whole = changes.keys() == set(table.c.keys()) - {"id", "server_version"}
        return log_change(s, table, row_id, site, op_id, echo_site=site if whole else None)
    if existing is None:
        raise Refused("rejected", f"The head office has no {entity} {row_id} to change.")
    if entity in APPEND_ONLY:
        raise Refused("rejected", "Stock movements are never changed: post a reversal.")
    if entity not in SHARED and existing != site:
        raise Refused("rejected", f"This {entity.replace('_', ' ')} belongs to centre {existing}.")
    assert current is not None
    for column in FIXED_COLUMNS:
        if column in values and values[column] != current[column]:
            raise Refused(
                "rejected",
                f"The {column.replace('_', ' ')} of a {entity.replace('_', ' ')} is set when "
                "it is made and never changes.",
            )
    values.pop("origin_site", None)
    if entity in SHARED:
        values = _newer_fields(s, table, row_id, values, op.get("hlc", ""))
    if values:
        _update(s, table, row_id, values)
    return log_change(s, table, row_id, existing or site, op_id)


def _check_provisional(
    s: Session,
    site: str,
    entity: str,
    values: Mapping[str, Any],
    current: Mapping[str, Any] | None,
) -> None:
    """The catalogue rule for products and spare parts: a centre may propose one
    whose code the head office has neither published nor had proposed by another
    centre, with what belongs to it (a product's warranty policy, a part's
    compatibility and substitutes); they stay that centre's until the head office
    publishes the code (adopts them), and are the head office's from then on."""
    if entity in PROPOSED_BY_CODE:
        table, key = TABLES[entity], PROPOSED_BY_CODE[entity]
        if current is None:
            taken = s.execute(
                select(table.c.origin_site).where(table.c[key] == values.get(key))
            ).first()
            if taken is not None:
                raise Refused("rejected", _kept_by(entity, values.get(key), taken.origin_site))
        elif current["origin_site"] != site:
            raise Refused("rejected", _kept_by(entity, current[key], current["origin_site"]))
        return
    column, parent = BELONGS_TO_PROPOSED[entity]
    parent_id = values.get(column, current[column] if current is not None else None)
    table, key = TABLES[parent], PROPOSED_BY_CODE[parent]
    found = s.execute(
        select(table.c[key], table.c.origin_site).where(table.c.id == parent_id)
    ).first()
    if found is None:
        return  # refused as a missing reference when stored
    what = f"its {entity.replace('_', ' ')}"
    if found.origin_site != site:
        raise Refused("rejected", _kept_by(parent, found[0], found.origin_site, what))
    if current is not None and current["origin_site"] != site:
        raise Refused("rejected", _kept_by(parent, found[0], current["origin_site"], what))


def _kept_by(entity: str, code: Any, owner: str, what: str = "it") -> str:
    named = f"{entity.replace('_', ' ').capitalize()} {code}"
    if owner == HEAD_OFFICE:
        return (
            f"{named} is kept by the head office (it publishes it): centres cannot change {what}."
        )
    return (
        f"{named} was proposed by centre {owner}: until the head office publishes "
        f"it, only that centre changes {what}."
    )


def _check_part_of(
    s: Session,
    site: str,
    entity: str,
    values: Mapping[str, Any],
    current: Mapping[str, Any] | None,
) -> None:
    """A line or history of a record (PART_OF) is written only by the centre that
    owns the record."""
    if entity not in PART_OF:
        return
    column, parent = PART_OF[entity]
    parent_id = values.get(column, current[column] if current is not None else None)
    if parent_id is None:
        return
    table = TABLES[parent]
    owner = s.execute(
        select(table.c.origin_site).where(table.c.id == parent_id)
    ).scalar_one_or_none()
    if owner is not None and owner != site:
        raise Refused(
            "rejected",
            f"This {parent.replace('_', ' ')} belongs to centre {owner}: only that centre "
            f"adds to its {entity.replace('_', ' ')}s.",
        )


def log_change(
    s: Session,
    table: Table,
    row_id: uuid.UUID,
    origin: str,
    op_id: uuid.UUID | None,
    *,
    echo_site: str | None = None,
) -> int:
    """Number an accepted change, stamp the row's server version, and log its state
    (*echo_site*: the centre that has this state already, see ``Change``)."""
    change = Change(
        entity=table.name,
        row_id=row_id,
        origin_site=origin,
        op_id=op_id,
        row={},
        echo_site=echo_site,
    )
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
    except DataError as exc:
        raise Refused("rejected", f"The change is malformed: {exc.orig}") from None


def _update(s: Session, table: Table, row_id: uuid.UUID, values: dict[str, Any]) -> None:
    try:
        with s.begin_nested():
            s.execute(update(table).where(table.c.id == row_id).values(**values))
    except IntegrityError as exc:
        raise Refused(*_explain(s, table, values, exc)) from None
    except DataError as exc:
        raise Refused("rejected", f"The change is malformed: {exc.orig}") from None


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
    s: Session,
    table: Table,
    row_id: uuid.UUID,
    values: dict[str, Any],
    hlc: str,
    *,
    clock: FieldClock | None = None,
    row_clock: str | None = None,
) -> dict[str, Any]:
    """Keep only the fields this change is the latest writer of (by HLC), and
    record their clocks. *clock* and *row_clock*: already read by the caller.

    A row with no field clocks yet (new, never changed since) has every field at
    the clock of the row itself."""
    if clock is None:
        clock = s.get(FieldClock, {"entity": table.name, "row_id": row_id})
    if clock is not None:
        clocks = dict(clock.clocks)
    else:
        if row_clock is None:
            row_clock = s.execute(select(table.c.hlc).where(table.c.id == row_id)).scalar()
        clocks = dict.fromkeys(table.c.keys(), row_clock or "")
    newer = {k: v for k, v in values.items() if hlc > clocks.get(k, "")}
    for key in newer:
        clocks[key] = hlc
    if clock is None:
        s.add(FieldClock(entity=table.name, row_id=row_id, clocks=clocks))
    else:
        clock.clocks = clocks
    return newer


# -- conflicts for a person ---------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRecord:
    """A change the head office could not take, as a person sees it."""

    id: int
    site: str
    op_id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    kind: str  # conflict | rejected
    reason: str
    created_at: dt.datetime
    resolved: bool


def list_conflicts(
    store: HeadOfficeStore, site: str | None = None, *, resolved: bool = False, limit: int = 500
) -> list[ConflictRecord]:
    """Refused changes, oldest first: one centre's or all; waiting ones, or all."""
    query = select(Conflict).order_by(Conflict.id).limit(limit)
    if site:
        query = query.where(Conflict.site == site.strip().upper())
    if not resolved:
        query = query.where(~Conflict.resolved)
    with store.session() as s:
        return [
            ConflictRecord(
                id=c.id,
                site=c.site,
                op_id=c.op_id,
                entity=c.entity,
                row_id=c.row_id,
                kind=c.kind,
                reason=c.reason,
                created_at=c.created_at,
                resolved=c.resolved,
            )
            for c in s.scalars(query)
        ]


def resolve_conflict(store: HeadOfficeStore, conflict_id: int) -> bool:
    """Mark a refused change dealt with (it stays on record); False if there is none."""
    with store.session() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            return False
        conflict.resolved = True
        return True


# -- pull -------------------------------------------------------------------------------------


def pull(
    store: HeadOfficeStore, site: str, cursor: int, limit: int, *, stamps: bool = False
) -> bytes:
    """Changes after *cursor* that *site* may read, in order, as the JSON document
    the pull answers with: ``{"changes": [...], "cursor": N, "more": bool}``.

    A centre reads the head office's data, the network's shared records
    (customers, units and their warranties) and its own work — not other centres'
    orders, stock or plans. With *stamps*, a change that is exactly what this
    centre sent comes as a stamp (its number, ``"row": null``) instead of the row
    the centre has already. A page holds at most *limit* changes with rows, and
    stamps besides, up to ten times *limit* in all.

    Served up to :func:`last_visible_change`, so a pull never skips a change.
    The rows are served as the log keeps them (JSON text), never decoded here.
    """
    limit = max(1, min(limit, 2000))
    echo = (Change.echo_site == site) if stamps else literal(False)
    with store.session() as s:
        top = last_visible_change(s, cursor)
        if top <= cursor:  # the usual idle round: nothing new
            return f'{{"changes":[],"cursor":{cursor},"more":false}}'.encode()
        # A page looks at a bounded stretch of the log, whatever the planner knows
        # of it: a centre that reads little of a long log still gets its pages
        # quickly (some of them empty, the cursor moved on).
        bound = min(top, cursor + PULL_WINDOW * limit)
        rows = s.execute(
            select(
                Change.seq,
                Change.entity,
                cast(Change.row_id, Text),  # sent as text: no UUID made and undone
                Change.origin_site,
                case((echo, None), else_=cast(Change.row, Text)),
                echo,
            )
            .where(
                Change.seq > cursor,
                Change.seq <= bound,
                Change.origin_site.in_((site, HEAD_OFFICE)) | Change.entity.in_(READ_BY_ALL),
            )
            .order_by(Change.seq)
            .limit(limit * (STAMPS_PER_ROW if stamps else 1) + 1)
        ).all()
        end = _page_end(rows, limit)
        if end < len(rows):
            rows, more = rows[:end], True
            new_cursor = rows[-1][0]
        else:
            new_cursor, more = max(cursor, bound), bound < top
        # Entries logged without a copy: their rows are read from their tables,
        # found by the id as this page has it.
        wanted: dict[str, dict[uuid.UUID, str]] = {}
        for _, entity, row_id, _, row, is_echo in rows:
            if row is None and not is_echo:
                wanted.setdefault(entity, {})[uuid.UUID(row_id)] = row_id
        now = {
            wanted[entity][found]: text
            for entity, ids in wanted.items()
            for found, text in _rows_as_json(s, TABLES[entity], list(ids)).items()
        }
    # Entity names and site codes are words of ours: no quoting needed.
    changes = ",".join(
        f'{{"seq":{seq},"entity":"{entity}","row_id":"{row_id}","origin_site":"{origin}",'
        f'"row":{row or now.get(row_id, "null")}}}'
        for seq, entity, row_id, origin, row, _echo in rows
    )
    more_json = "true" if more else "false"
    return f'{{"changes":[{changes}],"cursor":{new_cursor},"more":{more_json}}}'.encode()


def last_visible_change(s: Session, after: int = 0) -> int:
    """The highest change number at or below which every change is committed and
    visible: how far a reader of the log (a centre's pull, the head office's
    figures) may go and later take up again after it, never missing a change.

    On PostgreSQL pushes of different centres commit in any order, so the highest
    visible number is lowered below every writer still in flight (the argument is
    in ``headoffice.store``). A reader already at the top (*after*) needs no more
    than the highest number. SQLite (a trial) has one writer at a time."""
    top = s.scalar(select(func.max(Change.seq))) or 0
    if top <= after or s.get_bind().dialect.name != "postgresql":
        return top
    oldest = oldest_in_flight(s)
    return top if oldest is None else min(top, oldest)


def _page_end(entries: Sequence[Any], limit: int) -> int:
    """How many of *entries* (ending with whether each is a stamp) make a page: at
    most *limit* with rows, and as many stamps besides as fit in ten times that."""
    with_rows = 0
    for i, entry in enumerate(entries[: limit * STAMPS_PER_ROW]):
        if not entry[-1]:
            with_rows += 1
            if with_rows > limit:
                return i
    return min(len(entries), limit * STAMPS_PER_ROW)


def _rows_as_json(s: Session, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Rows of *table* as they are now, each as JSON text.

    On PostgreSQL, PostgreSQL writes the JSON (``row_to_json``) of a table whose
    columns it writes as we would: ids and dates alike, times in ISO form without
    the zone (they are UTC), numbers as numbers; not where an exact decimal is
    stored scaled (it would write the whole number)."""
    if s.get_bind().dialect.name == "postgresql" and not any(
        isinstance(c.type, ScaledDecimal) for c in table.columns
    ):
        found = s.execute(
            text(
                f"SELECT t.id, row_to_json(t)::text FROM {table.name} AS t WHERE t.id = ANY(:ids)"
            ),
            {"ids": ids},
        )
        return {row_id: row for row_id, row in found}
    rows = s.execute(select(table).where(among(s, table.c.id, ids))).mappings()
    return {
        row["id"]: json.dumps(dict(row), ensure_ascii=False, default=json_default) for row in rows
    }


# -- look-ups for the centres -------------------------------------------------------------


def registration_of_serial(store: HeadOfficeStore, serial: str) -> dict[str, Any] | None:
    """A unit anywhere in the network and its warranty registration, if any: what a
    centre shows when a serial registered at another centre is scanned."""
    unit, product, registration = TABLES["unit"], TABLES["product"], TABLES["warranty_registration"]
    extension = TABLES["warranty_extension"]
    serial = "".join(serial.split()).upper()
    with store.session() as s:
        found = s.execute(
            select(unit.c.id, unit.c.serial, unit.c.origin_site, product.c.sku, product.c.name)
            .join(product, product.c.id == unit.c.product_id)
            .where(unit.c.serial == serial, ~unit.c.deleted)
        ).first()
        if found is None:
            return None
        answer: dict[str, Any] = {
            "serial": found.serial,
            "centre": found.origin_site,
            "product_sku": found.sku,
            "product_name": found.name,
            "registration": None,
        }
        reg = (
            s.execute(
                select(registration).where(
                    registration.c.unit_id == found.id, ~registration.c.deleted
                )
            )
            .mappings()
            .first()
        )
        if reg is not None:
            months = s.execute(
                select(func.coalesce(func.sum(extension.c.months), 0)).where(
                    extension.c.registration_id == reg["id"], ~extension.c.deleted
                )
            ).scalar_one()
            answer["registration"] = {
                "number": reg["number"],
                "centre": reg["origin_site"],
                "purchase_date": reg["purchase_date"].isoformat(),
                "warranty_months": reg["warranty_months"],
                "service_months": reg["service_months"],
                "extension_months": int(months),
                "dealer": reg["dealer"],
                "void_reason": reg["void_reason"],
                "registered_on": reg["registered_on"].isoformat(),
            }
        return answer
