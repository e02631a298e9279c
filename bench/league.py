"""The head office's league table over a chain of 50 centres × 100,000 repair
orders (5,000,000), against PostgreSQL on loopback (``FIELDSERVICE_TEST_PG_URL``
must be set: ``eval "$(bash scripts/postgres.sh start --own)"``).

The chain is made in SQL (INSERT … SELECT over generate_series), in a schema of
its own that is kept for the next run: two years of orders per centre (1 Jan
2025 to 1 Dec 2026), each centre with its own speed; 3 % cancelled, a few
forgotten; 5 % of units back within about two weeks (3 % reopened as rework);
4 % of delivered orders failed a quality check once; 40 % accepted in warranty,
with labour lines and parts issued (some returned, a few reversed); a follow-up
call for every delivered order (45 % answered with scores); a complaint on 1 %.
Each order has its first status move, cancelled ones their cancellation.

Timed: the league table (``headoffice.reports.league_table``: the centres'
names, the grouped queries, the JSON) over a month and over a quarter, median of
5 runs, next to the floor: the very statements it sent, replayed through psycopg
in the same run.

Run: ``python -m bench.league [--centres 50 --orders 100000] [--explain]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

import psycopg
from sqlalchemy import create_engine, delete, select, text

from bench.common import captured, machine, paired, table
from fieldservice.headoffice import figures, reports
from fieldservice.headoffice.models import FiguresMark
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services.reports import Period

SCHEMA = "bench_league"
RUNS = 5
START = "2025-01-01 00:00+00"
SPAN_DAYS = 700  # to 1 Dec 2026
NOW = "2026-12-01 00:00+00"  # the chain's "today": later orders do not exist yet

FILL = """
-- The rows are consistent by construction: their references are not checked one by one.
SET session_replication_role = replica;
SELECT setseed(0.2026);

INSERT INTO ho_site (code, name, revoked, created_at)
SELECT 'BM' || lpad(s::text, 2, '0'), 'Centre ' || s, false, now()
FROM generate_series(1, {centres}) s;

INSERT INTO product (id, sku, name, brand, model, category, origin_site, created_at,
                     updated_at, hlc, deleted)
SELECT md5('p' || p)::uuid, 'P-' || p, 'Product ' || p, 'Brand ' || (p % 4), 'M' || p, '',
       'HO', TIMESTAMPTZ '{start}', TIMESTAMPTZ '{start}', '0', false
FROM generate_series(1, 20) p;

INSERT INTO part (id, part_number, description, unit, standard_cost, supplier,
                  supplier_part_number, lead_time_days, pack_size, default_bin, notes,
                  origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('pt' || p)::uuid, 'PT-' || p, 'Part ' || p, 'pcs', 100000, '', '', 7, 1000, '', '',
       'HO', TIMESTAMPTZ '{start}', TIMESTAMPTZ '{start}', '0', false
FROM generate_series(0, 199) p;

INSERT INTO stock_location (id, code, name, kind, technician, origin_site, created_at,
                            updated_at, hlc, deleted)
SELECT md5('l' || s)::uuid, 'MAIN', 'Main store', 'store', '',
       'BM' || lpad(s::text, 2, '0'), TIMESTAMPTZ '{start}', TIMESTAMPTZ '{start}', '0', false
FROM generate_series(1, {centres}) s;

INSERT INTO unit (id, serial, product_id, install_address, notes, origin_site, created_at,
                  updated_at, hlc, deleted)
SELECT md5('u' || s || '-' || u)::uuid, 'SN' || s || '-' || u, md5('p' || (1 + u % 20))::uuid,
       '', '', 'BM' || lpad(s::text, 2, '0'), TIMESTAMPTZ '{start}', TIMESTAMPTZ '{start}',
       '0', false
FROM generate_series(0, {units} - 1) u, generate_series(1, {centres}) s;

INSERT INTO repair_order (
    id, number, unit_id, product_id, service_type, channel, priority, status, is_open,
    fault_reported, accessories, condition, coverage, coverage_note, technician,
    received_by, diagnosis, work_done, response_due, resolution_due, responded_at,
    resolved_at, delivered_at, waited_seconds, rework_of_id, same_fault, sanbao_reason,
    cancel_reason, origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('o' || s || '-' || k)::uuid,
       site || '-RO-' || k,
       md5('u' || s || '-' || unit_no)::uuid,
       md5('p' || (1 + unit_no % 20))::uuid,
       CASE WHEN r5 < 0.02 THEN 'replacement' ELSE 'fault_repair' END,
       CASE WHEN r7 < 0.7 THEN 'walk_in' ELSE 'phone' END,
       priority, status, status NOT IN ('delivered', 'cancelled'),
       'Fault', '', '',
       CASE WHEN r5 < 0.4 THEN 'in_warranty' WHEN r5 < 0.6 THEN 'expired'
            ELSE 'not_registered' END,
       '', 'Tech ' || s || '-' || (k % 8), '', '', '',
       created + CASE WHEN priority = 'urgent' THEN interval '2 hours'
                      ELSE interval '8 hours' END,
       created + CASE WHEN priority = 'urgent' THEN interval '24 hours'
                      ELSE interval '120 hours' END,
       CASE WHEN status <> 'received' THEN created + r3 * interval '6 hours' END,
       CASE WHEN status IN ('ready', 'delivered')
            THEN created + hours * 0.8 * interval '1 hour' END,
       CASE WHEN status = 'delivered' THEN created + hours * interval '1 hour' END,
       0,
       CASE WHEN r6 < 0.03 AND k >= 2000 THEN md5('o' || s || '-' || (k - 2000))::uuid END,
       false, '', '',
       site, created, created, '0', false
FROM (
    SELECT *,
           CASE WHEN r6 < 0.05 AND k >= 2000 THEN (k - 2000) % {units} ELSE k % {units} END
               AS unit_no,
           CASE WHEN r7 < 0.2 THEN 'urgent' ELSE 'normal' END AS priority,
           CASE
               WHEN created < TIMESTAMPTZ '{now}' - interval '45 days' THEN
                   CASE WHEN r2 < 0.03 THEN 'cancelled'
                        WHEN r2 < 0.033 THEN 'waiting_parts'
                        ELSE 'delivered' END
               WHEN r2 < 0.03 THEN 'cancelled'
               WHEN created + hours * interval '1 hour' < TIMESTAMPTZ '{now}' THEN 'delivered'
               WHEN created + hours * 0.8 * interval '1 hour' < TIMESTAMPTZ '{now}' THEN 'ready'
               WHEN r3 < 0.2 THEN 'received'
               WHEN r3 < 0.5 THEN 'diagnosing'
               WHEN r3 < 0.7 THEN 'waiting_parts'
               ELSE 'in_repair'
           END AS status
    FROM (
        SELECT s, k, 'BM' || lpad(s::text, 2, '0') AS site,
               TIMESTAMPTZ '{start}'
                   + (k::float8 * {span_days} / {orders}) * interval '1 day'
                   + random() * interval '10 hours' AS created,
               -- each centre its own pace: turnaround from about 2 hours to 12 days
               (2 + 200 * random() ^ 2) * (0.6 + (s % 7) * 0.15) AS hours,
               random() AS r2, random() AS r3, random() AS r5, random() AS r6, random() AS r7
        FROM generate_series(0, {orders} - 1) k, generate_series(1, {centres}) s
    ) g
) o
-- In the order the centres' pushes bring them: a head office stores orders by time,
-- not centre by centre.
ORDER BY created;

INSERT INTO repair_order_event (id, order_id, from_status, to_status, reason, "by",
                                origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('e1' || id)::uuid, id, 'received', 'diagnosing', '', '', origin_site,
       responded_at, responded_at, '0', false
FROM repair_order WHERE responded_at IS NOT NULL;

INSERT INTO repair_order_event (id, order_id, from_status, to_status, reason, "by",
                                origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('e2' || id)::uuid, id, 'diagnosing', 'cancelled', 'Customer withdrew', '',
       origin_site, created_at + interval '1 day', created_at + interval '1 day', '0', false
FROM repair_order WHERE status = 'cancelled';

INSERT INTO repair_order_event (id, order_id, from_status, to_status, reason, "by",
                                origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('e3' || id)::uuid, id, 'quality_check', 'in_repair', 'Failed check', '',
       origin_site, resolved_at - interval '1 hour', resolved_at, '0', false
FROM repair_order WHERE status = 'delivered' AND abs(hashtext(id::text)) % 25 = 0;

INSERT INTO follow_up (id, order_id, due_on, status, attempts, reached, csat, nps, effort,
                       comment, called_by, origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('f' || id)::uuid, id, due, status, CASE WHEN status = 'gave_up' THEN 3 ELSE 1 END,
       status = 'done',
       CASE WHEN status = 'done' THEN least(5, 1 + floor(sqrt(r) * 5))::int END,
       CASE WHEN status = 'done' THEN least(10, floor(r ^ 0.6 * 11))::int END,
       CASE WHEN status = 'done' THEN 1 + floor(random() * 5)::int END,
       '', '', origin_site, delivered_at, delivered_at, '0', false
FROM (
    SELECT id, origin_site, delivered_at, (delivered_at + interval '3 days')::date AS due,
           random() AS r,
           CASE WHEN delivered_at > TIMESTAMPTZ '{now}' - interval '10 days'
                     AND random() < 0.6 THEN 'open'
                WHEN random() < 0.82 THEN 'done'
                ELSE 'gave_up' END AS status
    FROM repair_order WHERE status = 'delivered'
) d;

INSERT INTO complaint (id, number, order_id, description, assigned_to, status, opened_on,
                       resolved_on, resolution, origin_site, created_at, updated_at, hlc,
                       deleted)
SELECT md5('c' || id)::uuid, number || '-C', id, 'Unhappy', '',
       CASE WHEN r < 0.8 THEN 'resolved' ELSE 'open' END,
       (delivered_at + interval '2 days')::date,
       CASE WHEN r < 0.8 THEN (delivered_at + interval '6 days')::date END,
       '', origin_site, delivered_at, delivered_at, '0', false
FROM (SELECT *, random() AS r FROM repair_order
      WHERE status = 'delivered' AND abs(hashtext(id::text)) % 100 = 7) d;

INSERT INTO labour_line (id, order_id, technician, minutes, description, hourly_rate,
                         origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('w' || id)::uuid, id, technician, 30 + abs(hashtext(id::text)) % 150, 'Work',
       400000 + (abs(hashtext(origin_site)) % 5) * 50000, origin_site,
       resolved_at, resolved_at, '0', false
FROM repair_order WHERE resolved_at IS NOT NULL AND (coverage = 'in_warranty' OR random() < 0.5);

INSERT INTO stock_movement (id, part_id, location_id, bin, kind, quantity, unit_cost,
                            reference, order_id, order_number, reason, "by", override_by,
                            origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('m' || id)::uuid, md5('pt' || (abs(hashtext(id::text)) % 200))::uuid,
       md5('l' || ltrim(substr(origin_site, 3), '0'))::uuid, '', 'issue', -1000,
       100000 + (abs(hashtext(id::text || 'c')) % 190) * 10000, '', id, number, '', '', '',
       origin_site, resolved_at - interval '2 hours', resolved_at, '0', false
FROM repair_order WHERE resolved_at IS NOT NULL AND random() < 0.6;

INSERT INTO stock_movement (id, part_id, location_id, bin, kind, quantity, unit_cost,
                            reference, order_id, order_number, reason, "by", override_by,
                            reverses_id, origin_site, created_at, updated_at, hlc, deleted)
SELECT md5('r' || id)::uuid, part_id, location_id, '',
       CASE WHEN r < 0.95 THEN 'return' ELSE 'reversal' END, 1000, unit_cost, '', order_id,
       order_number, '', '', '', CASE WHEN r >= 0.95 THEN id END, origin_site,
       created_at + interval '1 hour', created_at, '0', false
FROM (SELECT *, random() AS r FROM stock_movement WHERE kind = 'issue') i
WHERE abs(hashtext(id::text)) % 50 = 0;
"""


def libpq(url: str) -> str:
    """The URL as psycopg takes it (without SQLAlchemy's driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def schema_url(url: str) -> str:
    return url + f"?options=-csearch_path%3D{SCHEMA}"


def make_chain(pg_url: str, centres: int, orders: int) -> HeadOfficeStore:
    """The chain's head office (made once; kept in its schema for the next run)."""
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        made = conn.execute(
            text("SELECT count(*) FROM pg_namespace WHERE nspname = :s"), {"s": SCHEMA}
        ).scalar()
    store = HeadOfficeStore(schema_url(pg_url))
    if made:
        with store.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM repair_order")).scalar()
        if count == centres * orders:
            print(f"reusing the chain in schema {SCHEMA} ({count:,} orders)", flush=True)
            admin.dispose()
            return store
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    admin.dispose()
    store.migrate()
    sql = FILL.format(
        centres=centres,
        orders=orders,
        units=orders * 7 // 10,
        start=START,
        now=NOW,
        span_days=SPAN_DAYS,
    )
    print(f"making {centres} centres x {orders:,} orders in schema {SCHEMA} ...", flush=True)
    began = time.perf_counter()
    with psycopg.connect(libpq(pg_url), options=f"-csearch_path={SCHEMA}", autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '512MB'")
        for statement in sql.split(";\n"):
            if statement.strip():
                step = time.perf_counter()
                result = conn.execute(statement)
                first = statement.strip().splitlines()[0][:60]
                print(f"  {first} ... {result.rowcount:,} rows, {time.perf_counter() - step:.0f} s")
        conn.execute("VACUUM ANALYZE")
    print(f"made in {time.perf_counter() - began:.0f} s", flush=True)
    return store


def replay(raw: psycopg.Connection, statements: list[tuple[str, object]]):
    """The floor: *statements* sent again through psycopg, then rolled back."""

    def run() -> None:
        with raw.cursor() as cur:
            for sql, parameters in statements:
                cur.execute(sql, parameters)
                if cur.description is not None:
                    cur.fetchall()
        raw.rollback()

    return run


def build_figures(store: HeadOfficeStore, *, again: bool) -> None:
    """The orders' figures worked out from scratch, as an upgrade to h006 does them
    (timed once: it is done once), unless they are there and not asked *again*."""
    with store.session() as s:
        if s.get(FiguresMark, figures.MARK) is not None and not again:
            print("figures worked out in an earlier run", flush=True)
            return
        s.execute(delete(FiguresMark))
    began = time.perf_counter()
    with store.session() as s:
        orders = figures.refresh(s)
    print(f"figures of {orders:,} orders worked out in {time.perf_counter() - began:.1f} s")


def late_changes(store: HeadOfficeStore, raw: psycopg.Connection, how_many: int):
    """*how_many* orders delivered in November get a follow-up answer pushed late:
    the calls are changed and logged as a push logs them. Returns the timed pair:
    the refresh that takes them in (the mark set back before each run), and its
    statements replayed."""
    with store.session() as s:
        before = s.scalar(select(FiguresMark.seq).where(FiguresMark.name == figures.MARK))
        s.execute(
            text(
                "WITH late AS ("
                " SELECT f.id FROM follow_up f JOIN repair_order o ON o.id = f.order_id"
                " WHERE o.delivered_at >= '2026-11-01' AND f.status <> 'done'"
                " ORDER BY f.id LIMIT :n),"
                " answered AS ("
                " UPDATE follow_up SET status = 'done', csat = 4, nps = 9"
                " WHERE id IN (SELECT id FROM late) RETURNING id, origin_site)"
                " INSERT INTO ho_change (entity, row_id, origin_site, created_at)"
                " SELECT 'follow_up', id, origin_site, now() FROM answered"
            ),
            {"n": how_many},
        )

    def set_back() -> None:
        with store.session() as s:
            s.execute(
                text("UPDATE ho_figures_mark SET seq = :seq WHERE name = :name"),
                {"seq": before, "name": figures.MARK},
            )

    def ours() -> None:
        set_back()
        refresh(store)

    set_back()
    statements = [
        (sql, p) for sql, p in captured(store.engine, lambda: refresh(store)) if "jit" not in sql
    ]
    return ours, replay(raw, [(text_set_back, {"seq": before}), *statements])


text_set_back = "UPDATE ho_figures_mark SET seq = %(seq)s WHERE name = 'orders'"


def refresh(store: HeadOfficeStore) -> None:
    with store.session() as s:
        figures.refresh(s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--centres", type=int, default=50)
    parser.add_argument("--orders", type=int, default=100_000, help="per centre")
    parser.add_argument("--late", type=int, default=10_000, help="orders changed late")
    parser.add_argument("--explain", action="store_true", help="print each query's plan")
    parser.add_argument("--rebuild", action="store_true", help="work the figures out again")
    args = parser.parse_args()
    pg_url = os.environ["FIELDSERVICE_TEST_PG_URL"]
    # Local days are UTC days here, as on a head office run in UTC.
    os.environ["TZ"] = "UTC"
    time.tzset()
    store = make_chain(pg_url, args.centres, args.orders)
    print(f"load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    build_figures(store, again=args.rebuild)
    periods = {
        "a month (November 2026)": Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        "a quarter (July to September 2026)": Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    }
    rows = []
    with psycopg.connect(libpq(pg_url), options=f"-csearch_path={SCHEMA}") as raw:
        for name, period in periods.items():
            answer: dict = {}

            def ours(period=period, answer=answer) -> None:
                answer.update(reports.league_table(store, period))

            # The session's settings too (see reports._reading).
            queries = captured(store.engine, ours)
            if args.explain:
                with raw.cursor() as cur:
                    for sql, parameters in queries:
                        if not sql.lstrip().upper().startswith("SELECT"):
                            cur.execute(sql, parameters)
                            continue
                        began = time.perf_counter()
                        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters)
                        plan = "\n".join(r[0] for r in cur.fetchall())
                        took = time.perf_counter() - began
                        print(f"--- {took * 1000:.0f} ms\n{sql[:300]}\n{plan}\n")
                raw.rollback()
            chain = answer["chain"]
            print(
                f"{name}: {len(answer['centres'])} centres, {len(queries)} statements; chain"
                f" opened {chain['opened']:,}, delivered {chain['delivered']:,}, backlog"
                f" {chain['backlog']:,}, turnaround median {chain['turnaround_median_hours']} h",
                flush=True,
            )
            rows.append((f"league table, {name}", *paired(ours, replay(raw, queries), RUNS)))
        taken_in, floor = late_changes(store, raw, args.late)
        rows.append(
            (
                f"figures refreshed after {args.late:,} late follow-up answers",
                *paired(taken_in, floor, RUNS),
            )
        )
        settings = ", ".join(
            f"{name} {raw.execute(f'SHOW {name}').fetchone()[0]}"  # type: ignore[index]
            for name in ("shared_buffers", "work_mem", "random_page_cost", "jit")
        )
    print()
    print(machine())
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"{args.centres} centres x {args.orders:,} orders, PostgreSQL on loopback: {settings}")
    print(table(rows, floor="the same SQL through psycopg"))
    store.dispose()


if __name__ == "__main__":
    main()
