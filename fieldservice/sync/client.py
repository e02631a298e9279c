"""The centre's side of sync: enrolment, and a sync round (push, then pull).

A round never loses a local write: outbox entries leave the outbox only when
the head office has answered for them — applied or already had (removed), or
refused (moved to ``sync_problem`` with the reason, for a person to see). A
network failure leaves everything where it was; the next round carries on. The
pull stores the rows and the cursor in one transaction, so an interrupted pull
resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import time
import uuid
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import String, bindparam, delete, func, select, type_coerce
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound
from fieldservice.models import LocalSetting, SyncOutbox, SyncProblem, utcnow
from fieldservice.services import stock
from fieldservice.services.csvfiles import run_to_end
from fieldservice.sync.rows import TABLES, from_json

URL_SETTING = "headoffice_url"
CURSOR_SETTING = "pull_cursor"
LAST_ROUND_SETTING = "last_sync_round"
KEYRING_SERVICE = "fieldservice"
BATCH = 1000  # ops in a push: the head office takes up to sync.MAX_OPS
PULL_LIMIT = 2000
TIMEOUT = (5, 60)


class SyncUnavailable(FieldServiceError):
    """The head office cannot be reached (or answered with an error); nothing lost."""


class NotEnrolled(FieldServiceError):
    """This centre has not been enrolled with a head office yet."""


# -- settings and token -------------------------------------------------------------------


def _setting(db: Database, key: str) -> str | None:
    with db.read() as s:
        return s.scalar(select(LocalSetting.value).where(LocalSetting.key == key))


def _token_file(db: Database) -> Path:
    return db.path.parent / "sync-token"


def save_token(db: Database, url: str, token: str) -> str:
    """Keep the token in the OS keyring where there is one, else in a file only the
    user can read. Returns where it went."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{db.require_site()}@{url}", token)
        _token_file(db).unlink(missing_ok=True)
        return "keyring"
    except Exception:
        path = _token_file(db)
        path.write_text(token, encoding="utf-8")
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        return str(path)


def load_token(db: Database, url: str) -> str | None:
    path = _token_file(db)
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, f"{db.require_site()}@{url}")
    except Exception:
        return None


def head_office_url(db: Database) -> str | None:
    return _setting(db, URL_SETTING)


def _check_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInput(
            "The head office address starts with https:// (or http://).", field="url"
        )
    return url


def enroll(db: Database, url: str, code: str, *, http: requests.Session | None = None) -> str:
    """Exchange the head office's one-time code for this centre's token."""
    url = _check_url(url)
    http = http or requests.Session()
    try:
        answer = http.post(
            f"{url}/api/v1/enroll",
            json={"site_code": db.require_site(), "code": code.strip()},
            timeout=TIMEOUT,
        )
    except requests.RequestException as exc:
        raise SyncUnavailable(f"The head office at {url} cannot be reached: {exc}") from None
    if answer.status_code == 401:
        raise InvalidInput(
            "The head office did not accept this code (wrong or used).", field="code"
        )
    if answer.status_code != 200:
        raise SyncUnavailable(f"The head office answered {answer.status_code}: {answer.text}")
    where = save_token(db, url, answer.json()["token"])
    with db.write() as s:
        s.merge(LocalSetting(key=URL_SETTING, value=url))
    return where


# -- a round ----------------------------------------------------------------------------------


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    refused: int = 0
    pulled: int = 0
    clock_skew_ms: int | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def summary(self) -> str:
        text = (
            f"sent {self.pushed} change(s) ({self.applied} taken, {self.duplicates} already "
            f"there, {self.refused} refused), received {self.pulled}"
        )
        return text + "".join(f"; {w}" for w in self.warnings)


def _configured(db: Database) -> tuple[str, str]:
    url = head_office_url(db)
    token = load_token(db, url) if url else None
    if not url or not token:
        raise NotEnrolled("This centre is not enrolled with a head office yet.")
    return url, token


def sync_round(db: Database, *, http: requests.Session | None = None) -> SyncReport:
    """Push every pending change, then pull everything new."""
    return run_to_end(sync_steps(db, http=http))


# What sync_steps says it is doing.
SENDING, RECEIVING = "sending", "receiving"


def sync_steps(
    db: Database, *, http: requests.Session | None = None
) -> Generator[tuple[int, int, str], None, SyncReport]:
    """A sync round that says how far it is: after each batch sent it yields
    ``(sent, to send, SENDING)``, after each page received ``(received, 0,
    RECEIVING)`` (how much is still to come is not known). Returns the report."""
    started = time.perf_counter()
    url, token = _configured(db)
    http = http or requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    report = SyncReport()
    yield from _push(db, url, http, report)
    yield from _pull(db, url, http, report)
    report.seconds = time.perf_counter() - started
    _remember_round(db, report)
    return report


@dataclass(frozen=True)
class LastRound:
    """The last round that went through: when it ended and what it did."""

    finished_at: dt.datetime
    summary: str
    pushed: int
    refused: int
    pulled: int
    clock_skew_ms: int | None
    warnings: tuple[str, ...]


def _remember_round(db: Database, report: SyncReport) -> None:
    record = {
        "finished_at": utcnow().isoformat(),
        "summary": report.summary,
        "pushed": report.pushed,
        "refused": report.refused,
        "pulled": report.pulled,
        "clock_skew_ms": report.clock_skew_ms,
        "warnings": report.warnings,
    }
    with db.write() as s:
        s.merge(LocalSetting(key=LAST_ROUND_SETTING, value=json.dumps(record)))


def last_round(db: Database) -> LastRound | None:
    """The last sync round that reached the head office, or None if none did yet."""
    text = _setting(db, LAST_ROUND_SETTING)
    if not text:
        return None
    try:
        record = json.loads(text)
        return LastRound(
            finished_at=dt.datetime.fromisoformat(record["finished_at"]),
            summary=record["summary"],
            pushed=int(record["pushed"]),
            refused=int(record["refused"]),
            pulled=int(record["pulled"]),
            clock_skew_ms=record.get("clock_skew_ms"),
            warnings=tuple(record.get("warnings") or ()),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _call(http: requests.Session, method: str, url: str, **kwargs) -> dict:
    try:
        answer = http.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as exc:
        raise SyncUnavailable(f"The head office cannot be reached: {exc}") from None
    if answer.status_code == 401:
        raise NotEnrolled("The head office does not accept this centre's token any more.")
    if answer.status_code != 200:
        raise SyncUnavailable(f"The head office answered {answer.status_code}: {answer.text[:300]}")
    return answer.json()


def as_op(entry: SyncOutbox) -> dict:
    """An outbox entry as the head office's push takes it."""
    return {
        "op_id": str(entry.op_id),
        "entity": entry.entity,
        "row_id": str(entry.row_id),
        "op": entry.op,
        "changes": json.loads(entry.changes),
        "base_version": entry.base_version,
        "hlc": entry.hlc,
    }


def pending_ops(db: Database, limit: int | None = None) -> list[dict]:
    """The changes waiting to go, oldest first, as push ops."""
    with db.read() as s:
        query = select(SyncOutbox).order_by(SyncOutbox.seq)
        return [as_op(o) for o in s.scalars(query.limit(limit) if limit else query)]


# What a push sends of each outbox entry, ids as the database keeps them (32 hex
# digits): read without turning each into a UUID object and back.
_OUTBOX = (
    SyncOutbox.seq,
    type_coerce(SyncOutbox.op_id, String).label("op_id"),
    SyncOutbox.entity,
    type_coerce(SyncOutbox.row_id, String).label("row_id"),
    SyncOutbox.op,
    SyncOutbox.changes,
    SyncOutbox.base_version,
    SyncOutbox.hlc,
)


def _ops_json(entries: Sequence[Any]) -> str:
    """The ops of a push, as JSON: the outbox keeps each change as JSON text, which
    goes in as it is; entity, op and clock are words of ours (no quoting needed)."""
    return ",".join(
        f'{{"op_id":"{e.op_id}","entity":"{e.entity}","row_id":"{e.row_id}",'
        f'"op":"{e.op}","changes":{e.changes},'
        f'"base_version":{"null" if e.base_version is None else int(e.base_version)},'
        f'"hlc":"{e.hlc}"}}'
        for e in entries
    )


def _push_body(ops: str, sent_at_ms: int, after: str | None) -> bytes:
    """A push request: the ops' JSON, the centre's time, and the last op of the
    batch before (an op id as the outbox keeps it: 32 hex digits, no quoting)."""
    follows = f',"after":"{after}"' if after else ""
    return f'{{"ops":[{ops}],"sent_at_ms":{sent_at_ms}{follows}}}'.encode()


@dataclass(frozen=True)
class _Batch:
    entries: Sequence[Any]  # outbox rows (_OUTBOX)
    ops: str  # their JSON


def _next_batch(db: Database, after: int) -> _Batch | None:
    with db.read() as s:
        entries = s.execute(
            select(*_OUTBOX).where(SyncOutbox.seq > after).order_by(SyncOutbox.seq).limit(BATCH)
        ).all()
    return _Batch(entries, _ops_json(entries)) if entries else None


def _push(
    db: Database, url: str, http: requests.Session, report: SyncReport
) -> Generator[tuple[int, int, str], None, None]:
    """Send the outbox a batch at a time, in order. The next batch goes while one is
    being applied, naming the last op of the one before it: the head office applies
    it only after that one (so the wire is never idle while the head office works,
    and the order holds whatever order the two arrive in). The next batch is read,
    and an answer recorded, while batches are out."""

    def send(batch: _Batch, after: str | None) -> dict:
        return _call(
            http,
            "POST",
            f"{url}/api/v1/sync/push",
            data=_push_body(batch.ops, int(time.time() * 1000), after),
            headers={"Content-Type": "application/json"},
        )

    to_send = state(db).pending
    wire = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sync-push")
    try:
        batch = _next_batch(db, after=0)
        out = wire.submit(send, batch, None) if batch else None
        while batch is not None and out is not None:
            following = _next_batch(db, after=batch.entries[-1].seq)
            coming = wire.submit(send, following, batch.entries[-1].op_id) if following else None
            answer = out.result()
            _record_answer(db, batch.entries, answer, report)
            batch, out = following, coming
            yield report.pushed, max(to_send, report.pushed), SENDING
    finally:
        # A batch still out when this stops (its batch before failed) is left to end
        # on its own: refused as out of order, or applied (then the next round hears
        # "duplicate" for it). Nothing waits for it here.
        wire.shutdown(wait=False)


def _record_answer(db: Database, batch: Sequence[Any], answer: dict, report: SyncReport) -> None:
    """Take a push's answer: applied and already-had changes leave the outbox and
    stamp their rows' server versions; refused ones become problems for a person."""
    report.clock_skew_ms = answer.get("clock_skew_ms")
    report.warnings.extend(w for w in answer.get("warnings", []) if w not in report.warnings)
    sent = {o.op_id: o for o in batch}
    # The head office has these rows now, at these versions.
    versions: dict[str, list[tuple[int, str]]] = {}
    with db.write() as s:
        for result in answer["results"]:
            op = sent[result["op_id"].replace("-", "")]
            kind = result["result"]
            if kind == "applied":
                report.applied += 1
            elif kind == "duplicate":
                report.duplicates += 1
            if kind in ("applied", "duplicate"):
                if result.get("server_version") is not None:
                    versions.setdefault(op.entity, []).append((result["server_version"], op.row_id))
                continue
            report.refused += 1
            s.merge(
                SyncProblem(
                    op_id=uuid.UUID(op.op_id),
                    entity=op.entity,
                    row_id=uuid.UUID(op.row_id),
                    op=op.op,
                    changes=op.changes,
                    hlc=op.hlc,
                    kind=kind,
                    reason=result.get("reason", ""),
                )
            )
        for entity, stamps in versions.items():
            if entity in TABLES:
                _stamp_versions(s, entity, stamps)
        s.execute(
            delete(SyncOutbox)
            .where(SyncOutbox.seq.between(batch[0].seq, batch[-1].seq))
            .execution_options(synchronize_session=False)  # none of them is loaded
        )
    report.pushed += len(batch)


def _stamp_versions(s: Session, entity: str, stamps: list[tuple[int, str]]) -> None:
    """Set the server version of rows the head office has taken (never backwards).
    *stamps* are (version, row id as stored); one statement for them all."""
    s.connection().exec_driver_sql(
        f"UPDATE {entity} SET server_version = ?1 "
        "WHERE id = ?2 AND coalesce(server_version, 0) < ?1",
        stamps,
    )


class _RowsWanted(Exception):
    """A pulled stamp is for a row this centre does not have as sent (a database
    restored from a backup or made anew): the page is asked for again with rows."""


def _pull(
    db: Database, url: str, http: requests.Session, report: SyncReport
) -> Generator[tuple[int, int, str], None, None]:
    """Pull pages in order, each stored with the cursor after it; the next page is
    asked for while one is stored."""

    def fetch(cursor: int, echoes: str = "stamp") -> dict:
        params = {"cursor": cursor, "limit": PULL_LIMIT, "echoes": echoes}
        return _call(http, "GET", f"{url}/api/v1/sync/pull", params=params)

    cursor = int(_setting(db, CURSOR_SETTING) or 0)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as wire:
        coming: Future[dict] | None = wire.submit(fetch, cursor)
        while coming is not None:
            answer = coming.result()
            coming = wire.submit(fetch, answer["cursor"]) if answer["more"] else None
            try:
                _store_pulled(db, answer)
            except _RowsWanted:
                if coming is not None:
                    coming.result()  # asked for from a cursor about to change: dropped
                answer = wire.submit(fetch, cursor, "row").result()
                coming = wire.submit(fetch, answer["cursor"]) if answer["more"] else None
                _store_pulled(db, answer)
            # Stamps are acknowledgements, not data: what was received is rows.
            report.pulled += sum(change.get("row") is not None for change in answer["changes"])
            cursor = answer["cursor"]
            yield report.pulled, 0, RECEIVING


def _store_pulled(db: Database, answer: dict) -> None:
    with db.write() as s:
        _store_page(s, db, answer["changes"])
        s.merge(LocalSetting(key=CURSOR_SETTING, value=str(answer["cursor"])))


_UPSERTS: dict[str, object] = {}


def _upsert(table):
    """INSERT … ON CONFLICT(id) DO UPDATE of every column, built once per table."""
    statement = _UPSERTS.get(table.name)
    if statement is None:
        base = sqlite_insert(table)
        statement = base.on_conflict_do_update(
            index_elements=["id"],
            set_={c.name: base.excluded[c.name] for c in table.columns if c.name != "id"},
        )
        _UPSERTS[table.name] = statement
    return statement


def _store_page(s: Session, db: Database, changes: list[dict]) -> None:
    """Store a page of rows as the head office has them, a run of one table at a time.

    A row this centre still has changes of its own waiting to go keeps its local
    values (only the server version is taken), and so does a row the head office
    sends back as this centre wrote it (same clock). A stamp (``row`` null: a row
    exactly as this centre sent it) needs nothing when the push's answer stamped
    the row already. A row that clashes with one of this centre's (the same serial,
    say) is not stored and is kept as a problem.
    """
    runs: list[list[dict]] = []
    for change in changes:
        if change["entity"] not in TABLES:
            continue
        if runs and runs[-1][0]["entity"] == change["entity"]:
            runs[-1].append(change)
        else:
            runs.append([change])
    for run in runs:
        table = TABLES[run[0]["entity"]]
        full = [change for change in run if change.get("row") is not None]
        _check_stamps(s, table, [change for change in run if change.get("row") is None])
        if not full:
            continue
        rows = [from_json(table, change["row"]) for change in full]
        stamps = [r["hlc"] for r in rows if r.get("hlc")]
        if db.clock is not None and stamps:
            db.clock.receive(max(stamps))
        ids = [r["id"] for r in rows]
        pending = set(s.scalars(select(SyncOutbox.row_id).where(SyncOutbox.row_id.in_(ids))))
        clocks = dict(s.execute(select(table.c.id, table.c.hlc).where(table.c.id.in_(ids))).all())
        existing = set(clocks)
        # Rows with changes of ours still to go keep our values; rows the head office
        # sends back as we wrote them (same clock) need only their server version.
        mine = [
            r
            for r in rows
            if r["id"] in existing and (r["id"] in pending or clocks[r["id"]] == r.get("hlc"))
        ]
        kept = {r["id"] for r in mine}
        theirs = [r for r in rows if r["id"] not in kept]
        if mine:
            s.execute(
                table.update()
                .where(table.c.id == bindparam("row_id"))
                .values(server_version=bindparam("version")),
                [{"row_id": r["id"], "version": r["server_version"]} for r in mine],
            )
        try:
            with s.begin_nested():
                _store_rows(s, table, theirs, existing)
        except IntegrityError:
            for row, change in zip(rows, full, strict=True):
                if row in theirs:
                    _store_one(s, table, row, change, existing)


def _check_stamps(s: Session, table, stamps: list[dict]) -> None:
    """Stamps are for rows this centre sent: each must be here at that version or
    later (its push's answer stamped it), or have changes of ours still to go.
    Otherwise the database lost rows it had sent (restored from a backup, or made
    anew): the page is asked for again with rows. One statement checks them all."""
    if not stamps:
        return
    # Each stamp as [row id as stored (32 hex digits), version].
    wanted = json.dumps([[c["row_id"].replace("-", ""), c["seq"]] for c in stamps])
    lost = s.connection().exec_driver_sql(
        "SELECT 1 FROM json_each(?) AS stamp "
        f"LEFT JOIN {table.name} AS kept ON kept.id = json_extract(stamp.value, '$[0]') "
        "WHERE coalesce(kept.server_version, 0) < json_extract(stamp.value, '$[1]') "
        "AND NOT EXISTS (SELECT 1 FROM sync_outbox "
        "WHERE sync_outbox.row_id = json_extract(stamp.value, '$[0]')) LIMIT 1",
        (wanted,),
    )
    if lost.first() is not None:
        raise _RowsWanted


def _store_rows(s: Session, table, rows: list[dict], existing: set) -> None:
    if not rows:
        return
    s.execute(_upsert(table), rows)
    if table.name == "stock_movement":
        new = [r for r in rows if r["id"] not in existing]
        stock.move_balances(
            s,
            [
                {
                    "part_id": r["part_id"],
                    "location_id": r["location_id"],
                    "bin": r["bin"],
                    "on_hand": r["quantity"],
                }
                for r in new
            ],
        )


def _store_one(s: Session, table, row: dict, change: dict, existing: set) -> None:
    try:
        with s.begin_nested():
            _store_rows(s, table, [row], existing)
    except IntegrityError as exc:
        s.merge(
            SyncProblem(
                op_id=uuid.uuid5(uuid.NAMESPACE_URL, f"pull:{change['seq']}"),
                entity=table.name,
                row_id=row["id"],
                op="pull",
                changes=json.dumps(change["row"]),
                hlc=row.get("hlc") or "",
                kind="local",
                reason=f"A {table.name.replace('_', ' ')} from centre {change['origin_site']} "
                f"clashes with one of this centre's: {exc.orig}",
            )
        )


# -- state ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncState:
    url: str | None
    pending: int
    problems: int
    cursor: int


def state(db: Database) -> SyncState:
    """What the status bar shows: where, how many changes wait, how many problems."""
    with db.read() as s:
        pending = s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
        problems = (
            s.scalar(select(func.count()).select_from(SyncProblem).where(~SyncProblem.dismissed))
            or 0
        )
    return SyncState(head_office_url(db), pending, problems, int(_setting(db, CURSOR_SETTING) or 0))


@dataclass(frozen=True)
class ProblemRecord:
    op_id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    kind: str
    reason: str
    # What the change was about in the users' words (a serial, a number, a name).
    what: str = ""
    noticed_at: dt.datetime | None = None


def problems(db: Database) -> list[ProblemRecord]:
    """Every problem not dismissed yet, oldest first."""
    return list_problems(db, limit=None)


def count_problems(db: Database) -> int:
    """How many problems wait for a person (not dismissed)."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(SyncProblem).where(~SyncProblem.dismissed))
            or 0
        )


def list_problems(db: Database, *, offset: int = 0, limit: int | None = 100) -> list[ProblemRecord]:
    """A page of the problems not dismissed yet, oldest first."""
    with db.read() as s:
        query = (
            select(
                SyncProblem.op_id,
                SyncProblem.entity,
                SyncProblem.row_id,
                SyncProblem.kind,
                SyncProblem.reason,
                SyncProblem.changes,
                SyncProblem.created_at,
            )
            .where(~SyncProblem.dismissed)
            .order_by(SyncProblem.created_at, SyncProblem.op_id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            ProblemRecord(
                op_id, entity, row_id, kind, reason, _what(s, entity, row_id, changes), created_at
            )
            for op_id, entity, row_id, kind, reason, changes, created_at in s.execute(query)
        ]


# The columns that name a row to a person, by entity, most telling first.
_NAMING_COLUMNS = {
    "customer": ("number", "name"),
    "unit": ("serial",),
    "product": ("sku", "name"),
    "part": ("part_number", "description"),
    "site": ("code", "name"),
    "stock_location": ("code", "name"),
    "priority_target": ("code", "label"),
    "stock_movement": ("order_number", "reference"),
    "part_request": ("order_number",),
}


def _what(s: Session, entity: str, row_id: uuid.UUID, changes: str) -> str:
    """The row's number, serial or name: from the change's values, or (for a change
    that did not touch them) from the row as this centre has it; empty if unknown."""
    columns = _NAMING_COLUMNS.get(entity, ("number", "serial", "name"))
    try:
        values = json.loads(changes)
    except ValueError:
        values = {}
    if not isinstance(values, dict):
        values = {}
    table = TABLES.get(entity)
    if table is not None and not any(values.get(c) for c in columns):
        present = [table.c[c] for c in columns if c in table.c]
        if present:
            row = s.execute(select(*present).where(table.c.id == row_id)).first()
            if row is not None:
                values = dict(row._mapping)
    return " · ".join(str(values[c]) for c in columns if values.get(c))


def dismiss_problem(db: Database, op_id: uuid.UUID) -> None:
    """Mark a problem handled: it leaves the list (and the count) but is kept on record."""
    with db.write() as s:
        problem = s.get(SyncProblem, op_id)
        if problem is None:
            raise NotFound("This sync problem is not on record.")
        problem.dismissed = True


def pending_by_entity(db: Database) -> dict[str, int]:
    """How many changes wait to be sent, by kind of record (e.g. {"customer": 3})."""
    with db.read() as s:
        rows = s.execute(select(SyncOutbox.entity, func.count()).group_by(SyncOutbox.entity)).all()
    return {entity: count for entity, count in rows}


# -- asking the head office -------------------------------------------------------------------

LOOKUP_CACHE_SECONDS = 600


@dataclass(frozen=True)
class RemoteUnit:
    """A unit found at the head office (registered at another centre): read only."""

    serial: str
    centre: str
    product_sku: str
    product_name: str
    certificate_number: str | None
    registered_at: str | None
    purchase_date: dt.date | None
    warranty_months: int
    service_months: int
    extension_months: int
    dealer: str
    void_reason: str | None

    def summary(self, day: dt.date) -> str:
        """What the desk shows: where the unit is registered and whether it is covered."""
        from fieldservice.services.coverage import service_end, warranty_end

        text = f"{self.product_name} ({self.product_sku}), known at centre {self.centre}."
        if self.purchase_date is None or self.certificate_number is None:
            return text + " It has no warranty registration."
        status = self.coverage_on(day)
        ends = warranty_end(self.purchase_date, self.warranty_months, self.extension_months)
        support = service_end(
            self.purchase_date,
            self.warranty_months,
            self.service_months,
            self.extension_months,
        )
        text += (
            f" Warranty certificate {self.certificate_number} (centre {self.registered_at}),"
            f" bought {self.purchase_date:%d %b %Y}: {status.label}"
        )
        if self.void_reason:
            return text + f" — {self.void_reason}."
        return text + f"; warranty until {ends:%d %b %Y}, service period until {support:%d %b %Y}."

    def coverage_on(self, day: dt.date):
        """The coverage rule applied to the registration as the head office has it."""
        from fieldservice.services.coverage import CoverageStatus, status_on

        if self.purchase_date is None:
            return CoverageStatus.NOT_REGISTERED
        return status_on(
            day,
            self.purchase_date,
            self.warranty_months,
            self.service_months,
            self.extension_months,
            self.void_reason is not None,
        )


def look_up_serial(
    db: Database, serial: str, *, http: requests.Session | None = None
) -> RemoteUnit | None:
    """Ask the head office about a serial this centre does not know (answers are kept
    for ten minutes). None: not known anywhere. Raises SyncUnavailable when the head
    office cannot be reached, NotEnrolled before enrolment."""
    key = "".join(serial.split()).upper()
    cache = db.cache.setdefault("remote_serials", {})
    assert isinstance(cache, dict)
    hit = cache.get(key)
    if hit is not None and time.monotonic() - hit[0] < LOOKUP_CACHE_SECONDS:
        return hit[1]
    url, token = _configured(db)
    http = http or requests.Session()
    try:
        answer = http.get(
            f"{url}/api/v1/lookup/serial/{requests.utils.quote(key)}",
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
    except requests.RequestException as exc:
        raise SyncUnavailable(f"The head office cannot be reached: {exc}") from None
    if answer.status_code == 404:
        found = None
    elif answer.status_code == 401:
        raise NotEnrolled("The head office does not accept this centre's token any more.")
    elif answer.status_code != 200:
        raise SyncUnavailable(f"The head office answered {answer.status_code}.")
    else:
        data = answer.json()
        reg = data.get("registration") or {}
        found = RemoteUnit(
            serial=data["serial"],
            centre=data["centre"],
            product_sku=data["product_sku"],
            product_name=data["product_name"],
            certificate_number=reg.get("number"),
            registered_at=reg.get("centre"),
            purchase_date=dt.date.fromisoformat(reg["purchase_date"]) if reg else None,
            warranty_months=reg.get("warranty_months", 0),
            service_months=reg.get("service_months", 0),
            extension_months=reg.get("extension_months", 0),
            dealer=reg.get("dealer", ""),
            void_reason=reg.get("void_reason"),
        )
    cache[key] = (time.monotonic(), found)
    return found
