"""Sync at scale, against PostgreSQL on loopback (the server started by
``scripts/postgres.sh``; ``FIELDSERVICE_TEST_PG_URL`` must be set).

1. A centre's first sync of about 100,000 changes (customers, units, warranty
   registrations made offline), next to the floor: the same rows upserted
   directly with psycopg in the same run.
2. An incremental round with nothing to do.
3. 50 centres pushing 100 changes each at once to a server with 4 workers: the
   latency of each push (median and 95th percentile).

Run: ``python -m bench.sync [--customers N --units N]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg
import requests
from sqlalchemy import create_engine, text

from bench.common import machine, table
from fieldservice.db import Database
from fieldservice.headoffice import catalogue, sync
from fieldservice.headoffice.process import serving
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services import demo, site
from fieldservice.services.csvfiles import run_to_end
from fieldservice.sync import client
from fieldservice.sync.rows import HEAD_OFFICE_DATA, TABLES, from_json


def schema_url(url: str, schema: str) -> str:
    with create_engine(url).begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    return url + f"?options=-csearch_path%3D{schema}"


def psycopg_floor(pg_url: str, ops: list[dict], *, checks: bool = True) -> float:
    """Upsert the rows of *ops* with psycopg's executemany, one statement per table,
    into a fresh copy of the head office's schema holding the same catalogue.

    With *checks* the schema's foreign keys are checked, as any real store must;
    without, they are switched off (replication role), which no live head office
    can do: a lower bound below the floor, shown for comparison.
    """
    schema = "bench_floor" if checks else "bench_floor_unchecked"
    store = HeadOfficeStore(schema_url(pg_url, schema))
    store.migrate()
    dialect = store.engine.dialect
    by_table: dict[str, list[dict]] = {}
    for op in ops:
        if op["entity"] in HEAD_OFFICE_DATA:
            continue  # refused by the head office: not part of what it stores
        by_table.setdefault(op["entity"], []).append(op)
    prepared = []
    for name, group in by_table.items():
        tbl = TABLES[name]
        columns = ["id", *(k for k in group[0]["changes"] if k not in ("id", "server_version"))]
        processors = [tbl.c[c].type.bind_processor(dialect) for c in columns]
        rows = []
        for op in group:
            values = from_json(tbl, {**op["changes"], "id": op["row_id"]})
            rows.append(
                tuple(
                    (p(values.get(c)) if p else values.get(c))
                    for c, p in zip(columns, processors, strict=True)
                )
            )
        sql = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
            f"({', '.join(['%s'] * len(columns))}) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
        )
        prepared.append((sql, rows))
    with psycopg.connect(raw(pg_url), options=f"-csearch_path={schema}") as conn:
        # The head office's catalogue, which the rows refer to.
        for name in CATALOGUE_ORDER:
            conn.execute(f"INSERT INTO {schema}.{name} SELECT * FROM bench_ho.{name}")
        conn.commit()
        if not checks:
            conn.execute("SET session_replication_role = replica")
        settle(pg_url)
        start = time.perf_counter()
        with conn.cursor() as cur:
            for sql, rows in prepared:
                cur.executemany(sql, rows)
        conn.commit()
        elapsed = time.perf_counter() - start
    store.dispose()
    # Dropped at once: nothing is left for the server's background work (autovacuum)
    # to do while the next figure is measured.
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return elapsed


def raw(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def settle(pg_url: str) -> None:
    """Start a measurement from a checkpoint: no dirty pages left by the one before."""
    with psycopg.connect(raw(pg_url), autocommit=True) as conn:
        conn.execute("CHECKPOINT")


# The head office's tables, in an order in which each refers only to earlier ones.
CATALOGUE_ORDER = (
    "site",
    "warranty_policy",
    "product",
    "part",
    "part_compatibility",
    "part_substitute",
)


def first_sync(pg_url: str, customers: int, units: int) -> list[tuple[str, float, float | None]]:
    url = schema_url(pg_url, "bench_ho")
    store = HeadOfficeStore(url)
    store.migrate()
    run_to_end(catalogue.import_products(store, demo.catalogue_csv()))
    with serving(url) as base:
        return _first_sync(pg_url, store, base, customers, units)


def _first_sync(
    pg_url: str, store: HeadOfficeStore, base: str, customers: int, units: int
) -> list[tuple[str, float, float | None]]:
    home = tempfile.TemporaryDirectory(prefix="fieldservice-bench-sync-")
    db = Database.open(path=Path(home.name) / "fieldservice.sqlite3")
    site.setup_site(db, "BM01", "Benchmark Centre")
    client.enroll(db, base, sync.add_site(store, "BM01", "Benchmark Centre"))
    client.sync_round(db)  # the catalogue arrives
    size = demo.DemoSize(customers=customers, units=units, parts=0, movements=0, orders=0, plans=0)
    for _ in demo.generate(db, size):
        pass
    ops = client.pending_ops(db)
    changes = len(ops)
    assert set(CATALOGUE_ORDER) == HEAD_OFFICE_DATA
    # The floors first, so that the 100,000 ops they need are not held through the
    # sync (a centre does not hold them; the garbage collector would walk them all).
    # They are quick: the best of three (the hardest to come near).
    floor = min(psycopg_floor(pg_url, ops) for _ in range(3))
    unchecked = min(psycopg_floor(pg_url, ops, checks=False) for _ in range(3))
    print(
        f"floor {floor:.2f} s (foreign keys checked), {unchecked:.2f} s (switched off)",
        flush=True,
    )
    del ops
    gc.collect()
    settle(pg_url)
    print(f"first sync of {changes:,} changes ...", flush=True)
    start = time.perf_counter()
    report = client.sync_round(db)
    elapsed = time.perf_counter() - start
    print(f"  {report.summary} in {elapsed:.1f} s", flush=True)
    idle = []
    for _ in range(20):
        started = time.perf_counter()
        client.sync_round(db)
        idle.append(time.perf_counter() - started)
    store.dispose()
    db.close()
    home.cleanup()
    return [
        (f"first sync, {changes:,} changes: push + pull (client.sync_round)", elapsed, floor),
        ("  the same, against the floor with foreign keys switched off", elapsed, unchecked),
        ("incremental round with nothing to do", statistics.median(idle), None),
    ]


def many_centres(pg_url: str, centres: int = 50, ops_each: int = 100, workers: int = 4):
    url = schema_url(pg_url, "bench_many")
    store = HeadOfficeStore(url)
    store.migrate()
    with serving(url, workers=workers) as base:
        tokens = []
        for n in range(centres):
            code = f"C{n:03d}"
            one_time = sync.add_site(store, code, code)
            tokens.append(
                (
                    code,
                    requests.post(
                        f"{base}/api/v1/enroll",
                        json={"site_code": code, "code": one_time},
                        timeout=10,
                    ).json()["token"],
                )
            )
        latencies: list[float] = []
        lock = threading.Lock()
        barrier = threading.Barrier(centres)

        def centre(code: str, token: str) -> None:
            ops = [
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "customer",
                    "row_id": str(uuid.uuid4()),
                    "op": "insert",
                    "hlc": f"{int(time.time() * 1000):016d}.0000.{code}",
                    "changes": {
                        "number": f"{code}-CU-{i:06d}",
                        "name": f"Customer {i}",
                        "company": "",
                        "phone": "",
                        "phone_key": "",
                        "email": "",
                        "address": "",
                        "notes": "",
                        "possible_duplicate_of_id": None,
                        "duplicate_reviewed": False,
                        "origin_site": code,
                        "created_at": "2026-11-25T10:00:00+00:00",
                        "updated_at": "2026-11-25T10:00:00+00:00",
                        "hlc": f"{int(time.time() * 1000):016d}.0000.{code}",
                        "deleted": False,
                    },
                }
                for i in range(ops_each)
            ]
            session = requests.Session()
            barrier.wait()
            started = time.perf_counter()
            answer = session.post(
                f"{base}/api/v1/sync/push",
                json={"ops": ops},
                headers={"Authorization": f"Bearer {token}"},
                timeout=120,
            )
            took = time.perf_counter() - started
            assert answer.status_code == 200, answer.text
            assert {r["result"] for r in answer.json()["results"]} == {"applied"}
            with lock:
                latencies.append(took)

        threads = [threading.Thread(target=centre, args=pair) for pair in tokens]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    store.dispose()
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    return statistics.median(latencies), p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=15_000)
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--first-only", action="store_true", help="skip the 50 centres")
    args = parser.parse_args()
    pg_url = os.environ.get("FIELDSERVICE_TEST_PG_URL")
    if not pg_url:
        raise SystemExit('start PostgreSQL first: eval "$(bash scripts/postgres.sh start)"')
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    rows = first_sync(pg_url, args.customers, args.units)
    print(f"\nSync against PostgreSQL on loopback — {machine()}\n")
    print(table(rows, floor="psycopg upserts of the same rows"))
    if args.first_only:
        return
    median, p95 = many_centres(pg_url)
    print(
        f"\n50 centres pushing 100 changes each at once, 4 workers: median {median * 1000:.0f} ms,"
        f" p95 {p95 * 1000:.0f} ms per push"
    )


if __name__ == "__main__":
    main()
