"""Sync at scale, against PostgreSQL on loopback (the server started by
``scripts/postgres.sh``; ``FIELDSERVICE_TEST_PG_URL`` must be set).

1. A centre's first sync of about 100,000 changes (customers, units, warranty
   registrations made offline), next to the floor: the same rows upserted
   directly with psycopg. In pairs, A B A B, each from a copy of the same head
   office database and of the same centre file.
2. An incremental round with nothing to do.
3. A second centre's first pull of those rows, next to a raw sqlite3 insert of
   the same rows into an empty centre database (the floor), and how many rows
   were stored one at a time or waited for rows they refer to.
4. While one centre's token sends 60 pushes at once, each naming a batch before
   that never comes, another centre's pull, next to the same pull when the head
   office is idle.
5. 50 centres pushing 100 changes each at once to a server with 4 workers, next
   to its floor (each centre's rows COPYed by psycopg on a connection of its own,
   at once), in pairs; then with 1, 2 and 4 workers, and 500 centres to 4: each
   push's latency (p50, p95, p99) and the changes applied per second over the
   burst.

Run: ``python -m bench.sync [--customers N --units N] [--first-pairs N]
[--first-only | --centres-only]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg
import requests
from sqlalchemy import create_engine, make_url, text

from bench.common import machine, table
from fieldservice import demo
from fieldservice.db import Database
from fieldservice.headoffice import catalogue, sync
from fieldservice.headoffice.process import free_port, serving
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.progress import run_to_end
from fieldservice.services import site
from fieldservice.sync import client
from fieldservice.wire import HEAD_OFFICE_DATA, TABLES, from_json
from tests.headoffice.conftest import customer_insert_op


def schema_url(url: str, schema: str) -> str:
    with create_engine(url).begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    return url + f"?options=-csearch_path%3D{schema}"


def database_url(pg_url: str, name: str) -> str:
    return make_url(pg_url).set(database=name).render_as_string(hide_password=False)


def fresh_database(pg_url: str, name: str, template: str | None = None) -> str:
    """Database *name* made anew (a copy of *template*, if given); its URL."""
    drop_database(pg_url, name)
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return database_url(pg_url, name)


def drop_database(pg_url: str, name: str) -> None:
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def floor_statements(ops: list[dict], dialect) -> list[tuple[str, list[tuple]]]:
    """The floor's work for *ops*: an upsert statement per table, with its rows as
    the driver takes them (made once, outside the timing)."""
    by_table: dict[str, list[dict]] = {}
    for op in ops:
        if op["entity"] in HEAD_OFFICE_DATA:
            continue  # refused by the head office: not part of what it stores
        by_table.setdefault(op["entity"], []).append(op)
    prepared = []
    for name, group in by_table.items():
        columns, rows = as_stored(TABLES[name], group, dialect)
        sql = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
            f"({', '.join(['%s'] * len(columns))}) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
        )
        prepared.append((sql, rows))
    return prepared


def psycopg_floor(
    db_url: str, prepared: list[tuple[str, list[tuple]]], *, checks: bool = True
) -> float:
    """Upsert the rows of :func:`floor_statements` with psycopg's executemany, one
    statement per table, in one transaction, into *db_url*: a copy of the head
    office as it was before the first sync (its catalogue, the centre enrolled).

    With *checks* the schema's foreign keys are checked, as any real store must;
    without, they are switched off (replication role), which no live head office
    can do: a lower bound below the floor, shown for comparison.
    """
    with psycopg.connect(raw(db_url)) as conn:
        if not checks:
            conn.execute("SET session_replication_role = replica")
        conn.commit()
        settle(db_url)
        start = time.perf_counter()
        with conn.cursor() as cur:
            for sql, rows in prepared:
                cur.executemany(sql, rows)
        conn.commit()
        return time.perf_counter() - start


def as_stored(tbl, ops: list[dict], dialect) -> tuple[list[str], list[tuple]]:
    """The columns and rows of *ops* (whole rows of table *tbl*) as the driver takes
    them: each value converted as the head office stores it."""
    columns = ["id", *(k for k in ops[0]["changes"] if k not in ("id", "server_version"))]
    processors = [tbl.c[c].type.bind_processor(dialect) for c in columns]
    rows = []
    for op in ops:
        values = from_json(tbl, {**op["changes"], "id": op["row_id"]})
        rows.append(
            tuple(
                (p(values.get(c)) if p else values.get(c))
                for c, p in zip(columns, processors, strict=True)
            )
        )
    return columns, rows


def raw(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def settle(pg_url: str) -> None:
    """Start a measurement from a checkpoint: no dirty pages left by the one before."""
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute("CHECKPOINT")


# The head office before a centre's first sync (its catalogue, the centre enrolled):
# each run of the first sync, and each of its floors, starts from a copy of it.
BEFORE_FIRST_SYNC = "bench_before_first_sync"


def first_sync(
    pg_url: str, customers: int, units: int, pairs: int
) -> list[tuple[str, float, float | None]]:
    """A centre's first sync and its floor, in *pairs* (A B A B), each from the same
    start: a copy of the head office's database as it was, and a copy of the
    centre's file with everything it made offline. Then, on the last run's head
    office, the idle round, a second centre's first pull and the stalled pull."""
    home = tempfile.TemporaryDirectory(prefix="fieldservice-bench-sync-")
    folder = Path(home.name)
    port = free_port()  # each run's head office at the same address, as the centre knows it
    before = fresh_database(pg_url, BEFORE_FIRST_SYNC)
    store = HeadOfficeStore(before)
    store.migrate()
    run_to_end(catalogue.import_products(store, demo.catalogue_csv()))
    with serving(before, port=port) as base:
        db = Database.open(path=folder / "centre" / "fieldservice.sqlite3")
        site.setup_site(db, "BM01", "Benchmark Centre")
        client.enroll(db, base, sync.add_site(store, "BM01", "Benchmark Centre"))
        client.sync_round(db)  # the catalogue arrives
    size = demo.DemoSize(customers=customers, units=units, parts=0, movements=0, orders=0, plans=0)
    for _ in demo.generate(db, size):
        pass
    ops = client.pending_ops(db)
    db.close()
    changes = len(ops)
    prepared = floor_statements(ops, store.engine.dialect)
    store.dispose()
    del ops
    # The floor's rows are held through the syncs: frozen, so that the garbage
    # collector does not walk them while the centre works.
    gc.collect()
    gc.freeze()
    floors, unchecked, syncs = [], [], []
    floor_db = "bench_first_sync_floor"
    for n in range(1, pairs + 1):
        floors.append(psycopg_floor(fresh_database(pg_url, floor_db, BEFORE_FIRST_SYNC), prepared))
        unchecked.append(
            psycopg_floor(
                fresh_database(pg_url, floor_db, BEFORE_FIRST_SYNC), prepared, checks=False
            )
        )
        drop_database(pg_url, floor_db)
        url = fresh_database(pg_url, "bench_first_sync", BEFORE_FIRST_SYNC)
        centre = folder / f"run{n}"
        shutil.copytree(folder / "centre", centre)
        with serving(url, port=port) as base:
            db = Database.open(path=centre / "fieldservice.sqlite3")
            settle(pg_url)
            start = time.perf_counter()
            report = client.sync_round(db)
            syncs.append(time.perf_counter() - start)
            print(
                f"pair {n}: floor {floors[-1]:.2f} s ({unchecked[-1]:.2f} s unchecked);"
                f" first sync {report.summary} in {syncs[-1]:.2f} s:"
                f" {syncs[-1] / floors[-1]:.2f}x",
                flush=True,
            )
            if n == pairs:
                others = after_first_sync(url, base, db, folder)
            db.close()
        if n < pairs:
            shutil.rmtree(centre)
    del prepared
    gc.unfreeze()
    drop_database(pg_url, "bench_first_sync")
    drop_database(pg_url, BEFORE_FIRST_SYNC)
    home.cleanup()
    ratios = [a / b for a, b in zip(syncs, floors, strict=True)]
    print(
        f"first sync against its floor, pair by pair: {[round(r, 2) for r in ratios]},"
        f" median {statistics.median(ratios):.2f}x; load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    return [
        (
            f"first sync, {changes:,} changes: push + pull (client.sync_round),"
            f" median of {pairs} pairs",
            statistics.median(syncs),
            statistics.median(floors),
        ),
        (
            "  the same, against the floor with foreign keys switched off",
            statistics.median(syncs),
            statistics.median(unchecked),
        ),
        *others,
    ]


def after_first_sync(
    url: str, base: str, db: Database, folder: Path
) -> list[tuple[str, float, float | None]]:
    """The idle round, a second centre's first pull and the stalled pull, on the
    head office at *url* (served at *base*) that *db*'s centre has just synced with."""
    # An idle round, next to its floor: one GET of the pull, on a new connection as
    # each round makes one; alternating.
    token = client.load_token(db, base)
    cursor = client.state(db).cursor

    def bare_pull() -> None:
        requests.get(
            f"{base}/api/v1/sync/pull",
            params={"cursor": cursor, "limit": 1000, "echoes": "stamp"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()

    idle, one_request = [], []
    for _ in range(20):
        for fn, times in ((lambda: client.sync_round(db), idle), (bare_pull, one_request)):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
    store = HeadOfficeStore(url)
    try:
        second = second_centre(store, base, folder)
        stall = stalled_pull(store, base, folder)
    finally:
        store.dispose()
    return [
        (
            "incremental round with nothing to do (floor: one GET of the pull)",
            statistics.median(idle),
            statistics.median(one_request),
        ),
        *second,
        *stall,
    ]


def second_centre(
    store: HeadOfficeStore, base: str, folder: Path
) -> list[tuple[str, float, float | None]]:
    """A centre joining a head office that holds another centre's rows: its first
    pull, next to a raw sqlite3 insert of the rows it ends with."""
    db = Database.open(path=folder / "second" / "fieldservice.sqlite3")
    site.setup_site(db, "BM02", "Second Centre")
    client.enroll(db, base, sync.add_site(store, "BM02", "Second Centre"))
    fell_back = waited = 0
    clash, waiting = client._Clash, client._waiting

    class CountedClash(clash):  # type: ignore[misc,valid-type]
        """A run the database refused whole, then stored row by row."""

        def __init__(self, refused) -> None:
            nonlocal fell_back
            fell_back += 1
            super().__init__(refused)

    def counted_waiting(s, pulled, refused):
        nonlocal waited
        found = waiting(s, pulled, refused)
        waited = max(waited, len(found))
        return found

    client._Clash, client._waiting = CountedClash, counted_waiting  # type: ignore[misc]
    try:
        gc.collect()
        start = time.perf_counter()
        report = client.sync_round(db)
        elapsed = time.perf_counter() - start
    finally:
        client._Clash, client._waiting = clash, waiting  # type: ignore[misc]
    problems = len(client.problems(db))
    db.close()
    rows, floor = sqlite_floor(folder / "second" / "fieldservice.sqlite3", folder / "floor")
    print(
        f"second centre's first pull: {report.pulled:,} rows received, {rows:,} stored in"
        f" {elapsed:.1f} s ({report.pulled / elapsed:,.0f} rows/s); raw sqlite3 {floor:.2f} s"
        f" ({rows / floor:,.0f} rows/s); runs stored row by row: {fell_back};"
        f" most rows waiting at once: {waited}; problems: {problems}",
        flush=True,
    )
    return [
        (
            f"second centre's first pull, {report.pulled:,} rows"
            f" ({report.pulled / elapsed:,.0f} rows/s)",
            elapsed,
            floor,
        )
    ]


def sqlite_floor(source: Path, folder: Path) -> tuple[int, float]:
    """The rows of every synced table of *source* inserted with raw sqlite3 into an
    empty centre database (foreign keys on, one transaction): the floor."""
    import sqlite3

    from fieldservice.models import Base

    Database.open(path=folder / "fieldservice.sqlite3").close()
    order = [t.name for t in Base.metadata.sorted_tables if t.name in TABLES]
    with sqlite3.connect(source) as conn:
        data = {name: conn.execute(f"SELECT * FROM {name}").fetchall() for name in order}
    total = sum(len(rows) for rows in data.values())
    conn = sqlite3.connect(folder / "fieldservice.sqlite3", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for name in order:
        conn.execute(f"DELETE FROM {name}")
    gc.collect()
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for name in order:
        rows = data[name]
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return total, elapsed


def stalled_pull(
    store: HeadOfficeStore, base: str, folder: Path, bogus: int = 60
) -> list[tuple[str, float, float | None]]:
    """Another centre's pull while one centre's token sends *bogus* pushes at once,
    each naming a batch before that never comes; next to the pull when idle."""
    db = Database.open(path=folder / "third" / "fieldservice.sqlite3")
    site.setup_site(db, "BM03", "Third Centre")
    client.enroll(db, base, sync.add_site(store, "BM03", "Third Centre"))
    token = client.load_token(db, base)
    rogue = requests.post(
        f"{base}/api/v1/enroll",
        json={"site_code": "BM04", "code": sync.add_site(store, "BM04", "Rogue")},
        timeout=10,
    ).json()["token"]
    http = requests.Session()

    def pull() -> float:
        started = time.perf_counter()
        answer = http.get(
            f"{base}/api/v1/sync/pull",
            params={"cursor": 0, "limit": 500},
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )
        assert answer.status_code == 200
        return time.perf_counter() - started

    for _ in range(5):
        pull()
    idle = statistics.median(pull() for _ in range(20))
    statuses: list[int] = []
    barrier = threading.Barrier(bogus + 1)

    def bogus_push() -> None:
        session = requests.Session()
        barrier.wait()
        answer = session.post(
            f"{base}/api/v1/sync/push",
            json={"ops": [], "after": str(uuid.uuid4())},
            headers={"Authorization": f"Bearer {rogue}"},
            timeout=120,
        )
        statuses.append(answer.status_code)

    threads = [threading.Thread(target=bogus_push) for _ in range(bogus)]
    for thread in threads:
        thread.start()
    barrier.wait()  # all at once; the pulls start with them
    busy_times = []
    while any(thread.is_alive() for thread in threads) or len(busy_times) < 20:
        busy_times.append(pull())
    for thread in threads:
        thread.join()
    busy = statistics.median(busy_times)
    db.close()
    print(
        f"pulls while {bogus} bogus pushes are out: median {busy * 1000:.1f} ms over"
        f" {len(busy_times)}, slowest {max(busy_times) * 1000:.1f} ms; idle {idle * 1000:.1f} ms"
        f" ({busy / idle:.2f}x); answers: {sorted(statuses).count(409)} of {bogus} 409",
        flush=True,
    )
    return [(f"a pull while one centre sends {bogus} bogus pushes at once", busy, idle)]


def new_customers(code: str, count: int, first: int = 0) -> list[dict]:
    """*count* new customers made at centre *code*, numbered from *first*, as its
    capture sends them. Each op's stamp is its row's own (the head office checks):
    the time once, a counter per op."""
    now_ms = int(time.time() * 1000)
    return [
        customer_insert_op(code, i, f"Customer {i}", hlc=f"{now_ms:016d}.{i % 10000:04d}.{code}")
        for i in range(first, first + count)
    ]


def burst(calls: list, warm: list | None = None) -> tuple[float, float, float, float]:
    """Run every call of *calls* at once (a barrier lets them go together), each
    after its *warm* step (made before the barrier): each call's latency (p50, p95,
    p99) and the calls per second over the burst, first start to last end."""
    latencies: list[float] = []
    ends: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(calls))

    def one(n: int) -> None:
        ready = warm[n]() if warm else None
        barrier.wait()
        started = time.perf_counter()
        calls[n](ready)
        ended = time.perf_counter()
        with lock:
            latencies.append(ended - started)
            ends.append(ended)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(len(calls))]
    for t in threads:
        t.start()
    burst_started = time.perf_counter()
    for t in threads:
        t.join()
    latencies.sort()

    def nth(p: float) -> float:
        return latencies[min(len(latencies) - 1, math.ceil(p * len(latencies)) - 1)]

    return nth(0.5), nth(0.95), nth(0.99), len(calls) / (max(ends) - burst_started)


def many_centres(pg_url: str, centres: int = 50, ops_each: int = 100, workers: int = 4):
    """*centres* centres pushing *ops_each* new customers each, all at once, to a
    server with *workers* processes: each push's latency (p50, p95, p99) and the
    ops applied per second over the burst (first push sent to last answer), then
    the p95 of the first burst.

    Two bursts: the first after the server has started, whose workers open their
    database connections as the pushes come; the second, measured, on a server
    that has been serving, as a head office's is (and as the floor's connections
    are opened before its burst)."""
    url = schema_url(pg_url, f"bench_many_{centres}_{workers}")
    store = HeadOfficeStore(url)
    store.migrate()
    with serving(url, workers=workers) as base:
        tokens = []
        for n in range(centres):
            code = f"C{n:03d}"
            one_time = sync.add_site(store, code, code)
            tokens.append(
                requests.post(
                    f"{base}/api/v1/enroll", json={"site_code": code, "code": one_time}, timeout=10
                ).json()["token"]
            )
        bursts = []
        for first in (0, ops_each):
            bodies = [
                # With the centre's time, as a centre's push sends it.
                json.dumps(
                    {
                        "ops": new_customers(f"C{n:03d}", ops_each, first),
                        "sent_at_ms": int(time.time() * 1000),
                    }
                )
                for n in range(centres)
            ]
            calls = [_pusher(base, token, body) for token, body in zip(tokens, bodies, strict=True)]
            bursts.append(burst(calls, [requests.Session] * centres))
    store.dispose()
    (_, cold_p95, _, _), (p50, p95, p99, per_second) = bursts
    return p50, p95, p99, per_second * ops_each, cold_p95


def _pusher(base: str, token: str, body: str):
    def push(session: requests.Session) -> None:
        answer = session.post(
            f"{base}/api/v1/sync/push",
            data=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=600,
        )
        assert answer.status_code == 200, answer.text
        assert {r["result"] for r in answer.json()["results"]} == {"applied"}

    return push


def many_centres_floor(pg_url: str, centres: int = 50, ops_each: int = 100):
    """The floor of :func:`many_centres`: the same new customers, each centre's on a
    psycopg connection of its own (opened before the burst), stored with one COPY
    into the head office's customer table and committed, all at once. No HTTP, no
    token, no checks, no change log: what the database alone takes for the rows."""
    schema = f"bench_many_floor_{centres}"
    store = HeadOfficeStore(schema_url(pg_url, schema))
    store.migrate()
    store.dispose()
    rows_of = []
    columns: list[str] = []
    for n in range(centres):
        ops = new_customers(f"C{n:03d}", ops_each)
        columns, rows = as_stored(TABLES["customer"], ops, store.engine.dialect)
        rows_of.append(rows)
    copy_sql = f"COPY customer ({', '.join(columns)}) FROM STDIN"

    def connect() -> psycopg.Connection:
        return psycopg.connect(raw(pg_url), options=f"-csearch_path={schema}")

    def storer(rows: list):
        def store_rows(conn: psycopg.Connection) -> None:
            with conn.cursor() as cur, cur.copy(copy_sql) as copy:
                for row in rows:
                    copy.write_row(row)
            conn.commit()
            conn.close()

        return store_rows

    p50, p95, p99, per_second = burst([storer(r) for r in rows_of], [connect] * centres)
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return p50, p95, p99, per_second * ops_each


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=15_000)
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--first-only", action="store_true", help="skip the 50 centres")
    parser.add_argument("--centres-only", action="store_true", help="only the 50 centres")
    parser.add_argument("--first-pairs", type=int, default=5, help="first sync and floor, A B")
    parser.add_argument("--pairs", type=int, default=5, help="50 centres and floor, A B")
    parser.add_argument("--pairs-only", action="store_true", help="not by workers, nor 500")
    args = parser.parse_args()
    if args.first_pairs < 1 or args.pairs < 1:
        parser.error("--first-pairs and --pairs take at least 1")
    pg_url = os.environ.get("FIELDSERVICE_TEST_PG_URL")
    if not pg_url:
        raise SystemExit('start PostgreSQL first: eval "$(bash scripts/postgres.sh start)"')
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if not args.centres_only:
        rows = first_sync(pg_url, args.customers, args.units, args.first_pairs)
        print(f"\nSync against PostgreSQL on loopback — {machine()}\n")
        print(table(rows, floor="psycopg upserts of the same rows"))
        if args.first_only:
            return
    print(f"\n{machine()}; load average {os.getloadavg()[0]:.2f}")
    # The figure and its floor in pairs, A B A B: the machine's noise hits both.
    ours, floor = [], []
    for _ in range(args.pairs):
        ours.append(many_centres(pg_url, centres=50, workers=4))
        floor.append(many_centres_floor(pg_url, centres=50))
    print(f"load average {os.getloadavg()[0]:.2f} after {args.pairs} pairs")
    print("| 50 centres × 100 changes at once | p50 | p95 | p99 | ops/s | p95, first burst |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, runs in (("head office, 4 workers", ours), ("floor: psycopg COPY", floor)):
        p50, p95, p99, rate = (statistics.median(r[k] for r in runs) for k in range(4))
        cold = f"{statistics.median(r[4] for r in runs) * 1000:.0f} ms" if len(runs[0]) > 4 else "–"
        print(
            f"| {name} | {p50 * 1000:.0f} ms | {p95 * 1000:.0f} ms | {p99 * 1000:.0f} ms"
            f" | {rate:,.0f} | {cold} |"
        )
    print(
        "p95 of each pair (ms):",
        [(round(a[1] * 1000), round(b[1] * 1000)) for a, b in zip(ours, floor, strict=True)],
    )
    if args.pairs_only:
        return
    print("\n| centres × 100 changes at once | workers | p50 | p95 | p99 | ops/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for centres, workers in ((50, 1), (50, 2), (50, 4), (500, 4)):
        p50, p95, p99, rate, _ = many_centres(pg_url, centres=centres, workers=workers)
        print(
            f"| {centres} | {workers} | {p50 * 1000:.0f} ms | {p95 * 1000:.0f} ms"
            f" | {p99 * 1000:.0f} ms | {rate:,.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
