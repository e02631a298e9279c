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
import decimal
import json
import operator
import os
import stat
import time
import uuid
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Uuid, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldservice.clock import MAX_AHEAD_MS
from fieldservice.db import CLOCK_OFFSET_SETTING, CLOCK_SETTING, HEAD_OFFICE_URL_SETTING, Database
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound
from fieldservice.i18n import _
from fieldservice.ids import new_id
from fieldservice.models import (
    LocalSetting,
    ScaledDecimal,
    SyncOutbox,
    SyncProblem,
    UTCDateTime,
    utcnow,
)
from fieldservice.progress import run_to_end
from fieldservice.services import stock
from fieldservice.services.lookup import RemoteUnit
from fieldservice.wire import HEAD_OFFICE_DATA, OP_COLUMNS, TABLES, ops_json, push_body

if TYPE_CHECKING:
    import requests  # at run time loaded by the first request, not at start

URL_SETTING = HEAD_OFFICE_URL_SETTING
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
    import requests

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
    # Made again with a stamp from the clock set right (see _restamp).
    restamped: int = 0
    pulled: int = 0
    clock_skew_ms: int | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def summary(self) -> str:
        text = _(
            "sent {pushed} change(s) ({applied} taken, {duplicates} already there, "
            "{refused} refused), received {pulled}"
        ).format(
            pushed=self.pushed,
            applied=self.applied,
            duplicates=self.duplicates,
            refused=self.refused,
            pulled=self.pulled,
        )
        if self.restamped:
            text += "; " + _("{count} stamped again by the head office's time").format(
                count=self.restamped
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
    import requests

    http = http or requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    report = SyncReport()
    yield from _push(db, url, http, report)
    if report.restamped:
        yield from _push(db, url, http, report)  # the changes made again, stamped right
    yield from _pull(db, url, http, report)
    report.seconds = time.perf_counter() - started
    _remember_round(db, report)
    return report


# A clock this close to the head office's is left alone (the answer's own travel
# time is in the measure).
CLOCK_SLACK_MS = 2000


def _correct_clock(db: Database, s: Session, skew_ms: int | None) -> None:
    """Stamp edits by the head office's time from now on: the PC's clock plus the
    difference the head office measured (it refuses stamps far ahead of its own)."""
    if skew_ms is None or db.clock is None:
        return
    offset = -int(skew_ms)
    if abs(offset - db.clock.offset_ms) <= CLOCK_SLACK_MS:
        return
    db.clock.offset_ms = offset if abs(offset) > CLOCK_SLACK_MS else 0
    s.merge(LocalSetting(key=CLOCK_OFFSET_SETTING, value=str(db.clock.offset_ms)))


def _restamp(db: Database, s: Session, ops: list[Any]) -> None:
    """Make again, in order, changes the head office refused because they were
    stamped by a clock far ahead of its own: same change, a new op, a stamp from
    the clock set right. Every stamp past the head office's limit was refused, so
    the clock may come back to it."""
    if not ops or db.clock is None:
        return
    # Half the head office's tolerance: room for the measure's own error.
    db.clock.hold_back(db.clock.wall_ms() + MAX_AHEAD_MS // 2)
    s.execute(  # saved as it is now (saving only ever moves it on)
        update(LocalSetting)
        .where(LocalSetting.key == CLOCK_SETTING)
        .values(value=db.clock.last.encode())
    )
    for op in ops:
        stamp = db.clock.now().encode()
        changes = json.loads(op.changes)
        if "hlc" in changes:
            changes["hlc"] = stamp
        s.execute(
            insert(SyncOutbox).values(
                op_id=new_id(),
                entity=op.entity,
                row_id=uuid.UUID(op.row_id),
                op=op.op,
                changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
                base_version=op.base_version,
                hlc=stamp,
                created_at=utcnow(),
            )
        )
        table = TABLES.get(op.entity)
        if table is not None:
            s.execute(
                table.update()
                .where(table.c.id == uuid.UUID(op.row_id), table.c.hlc == op.hlc)
                .values(hlc=stamp)
            )


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


# A round that did nothing is recorded at most this often: the last sync shown
# stays true to the minute, and a centre syncing every few seconds does not write
# its database each time to say so.
IDLE_RECORDED_EVERY = dt.timedelta(seconds=60)


def _remember_round(db: Database, report: SyncReport) -> None:
    if not (report.pushed or report.pulled or report.warnings):
        last = last_round(db)
        if (
            last is not None
            and not (last.pushed or last.pulled or last.warnings)
            and utcnow() - last.finished_at < IDLE_RECORDED_EVERY
        ):
            return
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
    import requests

    try:
        answer = http.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as exc:
        raise SyncUnavailable(f"The head office cannot be reached: {exc}") from None
    if answer.status_code == 401:
        raise NotEnrolled("The head office does not accept this centre's token any more.")
    if answer.status_code != 200:
        raise SyncUnavailable(f"The head office answered {answer.status_code}: {answer.text[:300]}")
    return answer.json()


def pending_ops(db: Database, limit: int | None = None) -> list[dict]:
    """The changes waiting to go, oldest first, as a push sends them."""
    with db.read() as s:
        query = select(*OP_COLUMNS).order_by(SyncOutbox.seq)
        entries = s.execute(query.limit(limit) if limit else query).all()
    return json.loads(f"[{ops_json(entries)}]")


@dataclass(frozen=True)
class _Batch:
    entries: Sequence[Any]  # outbox rows (wire.OP_COLUMNS)
    ops: str  # their JSON


def _next_batch(db: Database, after: int) -> _Batch | None:
    with db.read() as s:
        # Through the connection: plain rows, without the ORM's loading of each.
        entries = (
            s.connection()
            .execute(
                select(*OP_COLUMNS)
                .where(SyncOutbox.seq > after)
                .order_by(SyncOutbox.seq)
                .limit(BATCH)
            )
            .all()
        )
    return _Batch(entries, ops_json(entries)) if entries else None


def _push(
    db: Database, url: str, http: requests.Session, report: SyncReport
) -> Generator[tuple[int, int, str], None, None]:
    """Send the outbox a batch at a time, in order. The next batch goes while one is
    being applied, naming the last op of the one before it: the head office applies
    it only after that one (so the wire is never idle while the head office works,
    and the order holds whatever order the two arrive in). The next batch is read,
    and an answer recorded, while batches are out."""

    def sent_at() -> int:
        # The machine's own clock, uncorrected: the head office says how far off it is.
        return db.clock.machine_ms() if db.clock else int(time.time() * 1000)

    def send(batch: _Batch, after: str | None) -> dict:
        return _call(
            http,
            "POST",
            f"{url}/api/v1/sync/push",
            data=push_body(batch.ops, sent_at(), after),
            headers={"Content-Type": "application/json"},
        )

    batch = _next_batch(db, after=0)
    if batch is None:
        return  # nothing to send: no request
    with db.read() as s:
        to_send = _pending(s)
    wire = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sync-push")
    try:
        out: Future[dict] | None = wire.submit(send, batch, None)
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
    stamp their rows' server versions; refused ones are undone here (the head
    office's row put back, or a row it never took removed) and become problems
    for a person."""
    report.clock_skew_ms = answer.get("clock_skew_ms")
    report.warnings.extend(w for w in answer.get("warnings", []) if w not in report.warnings)
    sent = {o.op_id: o for o in batch}
    # The head office has these rows now, at these versions.
    versions: dict[str, list[tuple[int, str]]] = {}
    refused: list[tuple[Any, dict]] = []
    restamped: list[Any] = []
    taken = ""  # the newest stamp of ours the head office took (all ours: text order)
    with db.write() as s:
        _correct_clock(db, s, answer.get("clock_skew_ms"))
        for result in answer["results"]:
            op = sent[result["op_id"].replace("-", "")]
            kind = result["result"]
            if kind == "applied":
                report.applied += 1
            elif kind == "duplicate":
                report.duplicates += 1
            elif kind == "restamp":
                restamped.append(op)
                continue
            if kind in ("applied", "duplicate"):
                taken = max(taken, op.hlc)
                if result.get("server_version") is not None:
                    versions.setdefault(op.entity, []).append((result["server_version"], op.row_id))
                continue
            report.refused += 1
            refused.append((op, result))
        if taken and db.clock is not None:
            db.clock.confirm(taken)
        for entity, stamps in versions.items():
            if entity in TABLES:
                _stamp_versions(s, entity, stamps)
        _restamp(db, s, restamped)
        report.restamped += len(restamped)
        outcomes = _undo_refused(s, refused, after_seq=batch[-1].seq)
        for op, result in refused:
            s.merge(
                SyncProblem(
                    op_id=uuid.UUID(op.op_id),
                    entity=op.entity,
                    row_id=uuid.UUID(op.row_id),
                    op=op.op,
                    changes=op.changes,
                    hlc=op.hlc,
                    kind=result["result"],
                    reason=" ".join(
                        filter(None, [result.get("reason", ""), outcomes.get(op.op_id)])
                    ),
                )
            )
        s.execute(
            delete(SyncOutbox)
            .where(SyncOutbox.seq.between(batch[0].seq, batch[-1].seq))
            .execution_options(synchronize_session=False)  # none of them is loaded
        )
    report.pushed += len(batch)


def _undo_refused(s: Session, refused: list[tuple[Any, dict]], *, after_seq: int) -> dict[str, str]:
    """Undo the local effect of refused changes, so this centre ends with what the
    head office has: its row put back, or a row it never took removed (kept when
    other records here refer to it). A row with changes of ours still waiting after
    this batch is left as it is: their answers will tell. Returns, by op, what was
    done, in words."""
    outcomes: dict[str, str] = {}
    if not refused:
        return outcomes
    # Rows with changes still to go after this batch: one look at the outbox's tail.
    later = _ids_among(
        s,
        "SELECT DISTINCT row_id FROM sync_outbox WHERE seq > ? "
        "AND row_id IN (SELECT value FROM json_each(?))",
        [op.row_id for op, _ in refused],
        after_seq,
    )
    done: set[tuple[str, str]] = set()
    for op, result in reversed(refused):
        table = TABLES.get(op.entity)
        if table is None or (op.entity, op.row_id) in done or op.row_id in later:
            continue
        done.add((op.entity, op.row_id))
        row = result.get("row")
        row_id = uuid.UUID(op.row_id)
        if row is not None:
            stored = _stored_row(table, row)
            here = s.scalar(select(table.c.id).where(table.c.id == row_id)) is not None
            existing = {stored[0]} if here else set()
            with s.begin_nested():
                _upsert_stored(s, table, [stored], existing)
            outcomes[op.op_id] = "Undone here: the head office's record is shown."
            continue
        gone = s.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if gone is None:
            continue
        try:
            with s.begin_nested():
                s.execute(table.delete().where(table.c.id == row_id))
                if table.name == "stock_movement":
                    stock.move_balances(
                        s,
                        [
                            {
                                "part_id": gone["part_id"],
                                "location_id": gone["location_id"],
                                "bin": gone["bin"],
                                "on_hand": -gone["quantity"],
                            }
                        ],
                    )
        except IntegrityError:
            outcomes[op.op_id] = "Kept here, because other records here refer to it."
        else:
            outcomes[op.op_id] = "Removed here: the head office does not have it."
    return outcomes


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
    answer = fetch(cursor)
    nothing_new = not answer["changes"] and answer["cursor"] == cursor and not answer["more"]
    # Unless this round's push settled changes that rows pulled before were waiting
    # for (they go in when a page is stored), nothing to store: the usual idle
    # round writes nothing here.
    if nothing_new and not report.pushed:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as wire:
        while True:
            coming: Future[dict] | None = (
                wire.submit(fetch, answer["cursor"]) if answer["more"] else None
            )
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
            if coming is None:
                break
            answer = coming.result()


def _store_pulled(db: Database, answer: dict) -> None:
    with db.write() as s:
        _store_page(s, db, answer["changes"])
        s.merge(LocalSetting(key=CURSOR_SETTING, value=str(answer["cursor"])))


# -- storing pulled rows ------------------------------------------------------------------
#
# Pulled rows go into SQLite as SQLAlchemy would store them, converted once per
# value from the head office's JSON by steps worked out once per table, and in by
# plain SQL (a page is thousands of rows: no ORM, no per-row statement objects).


def _stored_time(value: str) -> str:
    # The usual form (isoformat of a UTC time) is cut to shape; any other is parsed.
    if len(value) == 32 and value.endswith("+00:00") and value[10] == "T":
        return f"{value[:10]} {value[11:26]}"
    if len(value) == 25 and value.endswith("+00:00") and value[10] == "T":
        return f"{value[:10]} {value[11:19]}.000000"
    # A UTC time as PostgreSQL writes it (no zone).
    if len(value) == 26 and value[10] == "T" and value[19] == ".":
        return f"{value[:10]} {value[11:]}"
    if len(value) == 19 and value[10] == "T":
        return f"{value[:10]} {value[11:]}.000000"
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _stored_step(kind: Any):
    """How a JSON value of a column of this type is stored in the centre's SQLite
    (as SQLAlchemy stores it: ids as 32 hex digits, UTC times without zone, exact
    decimals as scaled whole numbers, booleans as 0/1); None: as it is."""
    if isinstance(kind, Uuid):
        return lambda value: value.replace("-", "")
    if isinstance(kind, UTCDateTime):
        return _stored_time
    if isinstance(kind, ScaledDecimal):
        factor = decimal.Decimal(10) ** kind.scale
        return lambda value: int(decimal.Decimal(str(value)) * factor)
    if isinstance(kind, Boolean):
        return lambda value: 1 if value else 0
    return None


@dataclass(frozen=True)
class _TablePlan:
    columns: tuple[str, ...]
    steps: tuple[tuple[int, Any], ...]  # (column's place, its step) where one is needed
    values: Any  # a row's values in column order, from its JSON (operator.itemgetter)
    insert: str
    upsert: str
    references: tuple[tuple[int, str], ...]  # (column's place, table it refers to)


_PLANS: dict[str, _TablePlan] = {}


def _plan(table) -> _TablePlan:
    plan = _PLANS.get(table.name)
    if plan is None:
        # The id first: a stored row is known by its first value.
        ordered = [table.c.id, *(c for c in table.columns if c.name != "id")]
        columns = tuple(c.name for c in ordered)
        names = ", ".join(columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        insert = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})"
        steps = ((i, _stored_step(c.type)) for i, c in enumerate(ordered))
        plan = _PLANS[table.name] = _TablePlan(
            columns=columns,
            steps=tuple((i, step) for i, step in steps if step is not None),
            values=operator.itemgetter(*columns),
            insert=insert,
            upsert=f"{insert} ON CONFLICT (id) DO UPDATE SET {updates}",
            references=tuple(
                (columns.index(fk.parent.name), fk.column.table.name)
                for fk in table.foreign_keys
                if fk.column.table.name in TABLES
            ),
        )
    return plan


def _stored_row(table, row: dict, plan: _TablePlan | None = None) -> tuple:
    """A pulled row (JSON) as the tuple of its stored values, id first."""
    plan = plan or _plan(table)
    try:
        values = list(plan.values(row))
    except KeyError:  # a row without some columns (a head office of another version)
        values = [row.get(column) for column in plan.columns]
    for place, step in plan.steps:
        value = values[place]
        if value is not None:
            values[place] = step(value)
    return tuple(values)


# A pulled row is known by (table, id as stored).
_Key = tuple[str, str]


@dataclass
class _Pulled:
    seq: int
    origin_site: str
    row: dict  # as pulled (JSON)
    stored: tuple  # as stored, in column order (id first)


class _Clash(Exception):
    """Rows of a page the database refused (a unique value this centre has already)."""

    def __init__(self, refused: dict[_Key, str]) -> None:
        super().__init__(f"{len(refused)} row(s) refused")
        self.refused = refused


def _ids_among(s: Session, sql: str, ids: Sequence[str], *before: Any) -> set[str]:
    """The ids (as stored) among *ids* that *sql* (``… IN (SELECT value FROM
    json_each(?))``, after the parameters *before*) finds: one parameter for the
    ids, however many."""
    found = s.connection().exec_driver_sql(sql, (*before, json.dumps(list(ids))))
    return {row[0] for row in found}


def _store_page(s: Session, db: Database, changes: list[dict]) -> None:
    """Store a page of rows as the head office has them, with the rows that were
    waiting for rows they refer to.

    Foreign keys are checked when the page commits, not row by row, so rows that
    refer to each other within a page (in any order) go in together. A row that
    refers to a row this centre does not have and that is not in the page waits in
    ``sync_parked`` (so does a row that refers to a waiting one), and goes in with
    the page that brings what it refers to. A row this centre still has changes of
    its own waiting to go keeps its local values (only the server version is taken;
    the head office's answer to those changes brings the merged row). A stamp
    (``row`` null: a row exactly as this centre sent it) needs nothing when the
    push's answer stamped the row already. A row that clashes with one of this
    centre's (the same serial, say) is kept as a problem and waits too: once the
    head office refuses this centre's own row and it is undone, the row goes in.
    """
    s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    pulled: dict[_Key, _Pulled] = {}
    stamps: dict[str, list[dict]] = {}
    newest = ""
    for change in changes:
        entity = change["entity"]
        if entity not in TABLES:
            continue
        row = change.get("row")
        if row is None:
            stamps.setdefault(entity, []).append(change)
            continue
        table = TABLES[entity]
        stored = _stored_row(table, row, _plan(table))
        pulled[(entity, stored[0])] = _Pulled(change["seq"], change["origin_site"], row, stored)
        newest = max(newest, row.get("hlc") or "")
    for entity, its_stamps in stamps.items():
        _check_stamps(s, TABLES[entity], its_stamps)
    if db.clock is not None and newest:
        db.clock.receive(newest)
    parked = s.connection().exec_driver_sql(
        "SELECT entity, row_id, seq, origin_site, row FROM sync_parked"
    )
    waited: set[_Key] = set()
    for entity, row_id, seq, origin, text in parked:
        if (entity, row_id) not in pulled and entity in TABLES:
            row = json.loads(text)
            pulled[(entity, row_id)] = _Pulled(seq, origin, row, _stored_row(TABLES[entity], row))
            waited.add((entity, row_id))
    if not pulled:
        return
    refused: dict[_Key, str] = {}
    while True:
        waiting = _waiting(s, pulled, refused)
        try:
            with s.begin_nested():
                _store_rows(
                    s, {key: p for key, p in pulled.items() if key not in waiting | set(refused)}
                )
            break
        except _Clash as clash:
            refused.update(clash.refused)  # left out, and what refers to them waits
    for (entity, row_id), reason in refused.items():
        p = pulled[(entity, row_id)]
        s.merge(
            SyncProblem(
                op_id=uuid.uuid5(uuid.NAMESPACE_URL, f"pull:{p.seq}"),
                entity=entity,
                row_id=uuid.UUID(row_id),
                op="pull",
                changes=json.dumps(p.row, ensure_ascii=False),
                hlc=p.row.get("hlc") or "",
                kind="local",
                reason=f"A {entity.replace('_', ' ')} from centre {p.origin_site} clashes "
                f"with one of this centre's: {reason}",
            )
        )
    # A clashing row waits too, and goes in once this centre's own row is gone (a
    # change of ours the head office refused is undone); its problem then closes.
    waiting |= set(refused)
    settled = [row_id for _entity, row_id in waited - waiting]
    if settled:
        s.connection().exec_driver_sql(
            "UPDATE sync_problem SET dismissed = 1 WHERE op = 'pull' AND kind = 'local' "
            "AND row_id IN (SELECT value FROM json_each(?))",
            (json.dumps(settled),),
        )
    s.connection().exec_driver_sql("DELETE FROM sync_parked")
    if waiting:
        now = _stored_time(utcnow().isoformat())
        s.connection().exec_driver_sql(
            "INSERT INTO sync_parked (entity, row_id, seq, origin_site, row, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    entity,
                    row_id,
                    pulled[(entity, row_id)].seq,
                    pulled[(entity, row_id)].origin_site,
                    json.dumps(pulled[(entity, row_id)].row, ensure_ascii=False),
                    now,
                )
                for entity, row_id in waiting
            ],
        )


def _waiting(s: Session, pulled: dict[_Key, _Pulled], refused: dict[_Key, str]) -> set[_Key]:
    """The pulled rows that must wait: each refers to a row that is neither here nor
    among the pulled rows that can go in (refused ones cannot)."""
    wanted: dict[str, set[str]] = {}
    for (entity, _row_id), p in pulled.items():
        for place, target in _plan(TABLES[entity]).references:
            value = p.stored[place]
            if value is not None and (target, value) not in pulled:
                wanted.setdefault(target, set()).add(value)
    here: set[_Key] = set()
    missing = False
    for target, ids in wanted.items():
        found = _ids_among(
            s, f"SELECT id FROM {target} WHERE id IN (SELECT value FROM json_each(?))", list(ids)
        )
        here.update((target, row_id) for row_id in found)
        missing = missing or len(found) < len(ids)
    if not missing and not refused:
        return set()  # the usual page: everything it refers to is here or in it
    waiting: set[_Key] = set(refused)
    changed = True
    while changed:
        changed = False
        for key, p in pulled.items():
            if key in waiting:
                continue
            for place, target in _plan(TABLES[key[0]]).references:
                value = p.stored[place]
                if value is None:
                    continue
                ref = (target, value)
                if ref in here or (ref in pulled and ref not in waiting):
                    continue
                waiting.add(key)
                changed = True
                break
    return waiting - set(refused)


def _store_rows(s: Session, rows: dict[_Key, _Pulled]) -> None:
    """Store pulled rows table by table; _Clash names the rows the database refused."""
    by_table: dict[str, list[tuple]] = {}
    for (entity, _row_id), p in rows.items():
        by_table.setdefault(entity, []).append(p.stored)
    refused: dict[_Key, str] = {}
    for entity, stored in by_table.items():
        table = TABLES[entity]
        ids = [row[0] for row in stored]
        pending = _ids_among(
            s,
            "SELECT DISTINCT row_id FROM sync_outbox "
            "WHERE row_id IN (SELECT value FROM json_each(?))",
            ids,
        )
        existing = _ids_among(
            s, f"SELECT id FROM {entity} WHERE id IN (SELECT value FROM json_each(?))", ids
        )
        # Rows with changes of ours still to go keep our values.
        mine = [row for row in stored if row[0] in pending and row[0] in existing]
        theirs = [row for row in stored if not (row[0] in pending and row[0] in existing)]
        if mine:
            place = _plan(table).columns.index("server_version")
            s.connection().exec_driver_sql(
                f"UPDATE {entity} SET server_version = ? WHERE id = ?",
                [(row[place], row[0]) for row in mine],
            )
        try:
            with s.begin_nested():
                _upsert_stored(s, table, theirs, existing)
        except IntegrityError:
            for row in theirs:
                try:
                    with s.begin_nested():
                        _upsert_stored(s, table, [row], existing)
                except IntegrityError as exc:
                    refused[(entity, row[0])] = str(exc.orig)
    if refused:
        raise _Clash(refused)


_BALANCE = (
    "INSERT INTO stock_balance (part_id, location_id, bin, on_hand) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (part_id, location_id, bin) DO UPDATE SET on_hand = on_hand + excluded.on_hand"
)


def _upsert_stored(s: Session, table, rows: list[tuple], existing: set[str]) -> None:
    """Insert or replace rows given as stored; a new stock movement moves its balance."""
    if not rows:
        return
    plan = _plan(table)
    new_rows = [row for row in rows if row[0] not in existing]
    if new_rows:  # a plain insert: much quicker than an upsert that finds nothing
        s.connection().exec_driver_sql(plan.insert, new_rows)
    if len(new_rows) < len(rows):
        s.connection().exec_driver_sql(plan.upsert, [row for row in rows if row[0] in existing])
    if table.name == "stock_movement":
        part, location, bin_, quantity = (
            plan.columns.index(c) for c in ("part_id", "location_id", "bin", "quantity")
        )
        moved = [(row[part], row[location], row[bin_], row[quantity]) for row in new_rows]
        if moved:
            s.connection().exec_driver_sql(_BALANCE, moved)


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


# -- state ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncState:
    url: str | None
    pending: int
    problems: int
    cursor: int
    # The pending changes by kind of record (e.g. {"customer": 3}).
    pending_by_entity: dict[str, int] = field(default_factory=dict)


def _pending(s: Session) -> int:
    """How many changes wait in the outbox to be sent."""
    return s.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def state(db: Database) -> SyncState:
    """What the status bar shows: where, how many changes wait (and of which kinds:
    one pass over the outbox's index gives both), how many problems."""
    with db.read() as s:
        rows = s.execute(select(SyncOutbox.entity, func.count()).group_by(SyncOutbox.entity))
        by_entity = {entity: count for entity, count in rows}
        problems = (
            s.scalar(select(func.count()).select_from(SyncProblem).where(~SyncProblem.dismissed))
            or 0
        )
    return SyncState(
        head_office_url(db),
        sum(by_entity.values()),
        problems,
        int(_setting(db, CURSOR_SETTING) or 0),
        by_entity,
    )


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


def owned_by_head_office(entity: str) -> bool:
    """Whether records of *entity* are the head office's (the shared catalogue):
    a centre's change to one is undone, never kept."""
    return entity in HEAD_OFFICE_DATA


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


# -- asking the head office -------------------------------------------------------------------

LOOKUP_CACHE_SECONDS = 600


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
    import requests

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
