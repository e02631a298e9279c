"""Repair orders at scale: 1,000,000 orders on the 1M-unit demo centre.

Median time of opening an order by number (and by a desk scan), the first page
of the orders list with its count, the overdue filter, and the similar-repairs
search, through the services, each next to the same query in raw sqlite3 on
the same file. Run: ``python -m bench.repairs [--orders N]``.
"""

from __future__ import annotations

import argparse
import random

from sqlalchemy import func, select

from bench.common import bench_home, machine, median_seconds, raw_connection, raw_sql, table
from fieldservice import demo
from fieldservice.db import Database
from fieldservice.models import RepairOrder
from fieldservice.services import lookup, repairs
from fieldservice.services.distinct import values_in_order

ORDER_SQL = """
SELECT o.*, u.serial, p.name, p.sku, c.name FROM repair_order o
JOIN unit u ON u.id = o.unit_id JOIN product p ON p.id = o.product_id
LEFT JOIN customer c ON c.id = o.customer_id WHERE o.number = ? AND o.deleted = 0
"""
LIST_SQL = """
SELECT o.id, o.number, o.status, o.priority, o.created_at, o.resolution_due,
       o.waiting_since IS NOT NULL, u.serial, p.name, coalesce(c.name, ''), o.technician,
       o.coverage
FROM repair_order o JOIN unit u ON u.id = o.unit_id JOIN product p ON p.id = o.product_id
LEFT JOIN customer c ON c.id = o.customer_id WHERE o.deleted = 0 {where}
ORDER BY {order} LIMIT 100
"""
OVERDUE = "AND o.is_open AND o.resolution_due < ? AND o.status NOT IN ('ready', 'waiting_approval')"


SIMILAR_SQL = """
SELECT o.id, o.number, o.created_at, o.fault_reported, o.diagnosis, o.work_done, o.status,
       bm25(repair_order_fts, 0.0, 4.0, 2.0, 2.0) AS rank
FROM repair_order_fts JOIN repair_order o ON o.rowid = repair_order_fts.rowid
WHERE repair_order_fts MATCH ? AND o.id != ? AND o.deleted = 0
ORDER BY (o.work_done = ''), rank LIMIT 10
"""


def similar_floor(raw, order_id) -> None:
    """The same FTS query as repairs.similar_repairs, fault words included."""
    product, fault = raw.execute(
        "SELECT product_id, fault_reported FROM repair_order WHERE id = ?", (order_id.hex,)
    ).fetchone()
    words = [w.lower() for w in fault.replace(",", " ").split() if len(w) > 3][:12]
    query = f'product_id:"{product}" AND ({" OR ".join(f"{w}*" for w in words)})'
    raw.execute(SIMILAR_SQL, (query, order_id.hex)).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    args = parser.parse_args()
    home = bench_home(200_000, 1_000_000)
    db = Database.open(home)
    have = repairs.count_orders(db)
    if have < args.orders:
        print(f"adding {args.orders - have:,} repair orders ...", flush=True)
        for done, total, _what in demo.generate_orders(db, args.orders - have, seed=11):
            if done % 100_000 == 0 or done == total:
                print(f"  {done:,} / {total:,}", flush=True)
    raw = raw_connection(db.path)
    numbers = [
        r[0] for r in raw.execute("SELECT number FROM repair_order ORDER BY random() LIMIT 500")
    ]
    rng = random.Random(5)
    pick = lambda: rng.choice(numbers)  # noqa: E731
    open_ids = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM repair_order WHERE is_open AND status = 'diagnosing' LIMIT 200"
        )
    ]
    import uuid

    probes = [uuid.UUID(i) for i in open_ids]
    probe = lambda: rng.choice(probes)  # noqa: E731

    def first_page_floor(f):
        """The service's own two statements, run through raw sqlite3."""
        count = repairs._filtered(
            select(func.count()).select_from(RepairOrder).where(~RepairOrder.deleted), f
        )
        page = repairs._filtered(repairs._row_query(), f)
        order = (
            (RepairOrder.is_open, RepairOrder.resolution_due)
            if f.overdue
            else (RepairOrder.id.desc(),)
        )
        for statement in (count, page.order_by(*order).limit(100)):
            sql, params = raw_sql(statement, db.engine)
            raw.execute(sql, params).fetchall()

    def first_page(f):
        repairs.count_orders(db, f)
        return repairs.list_orders(db, f, limit=100)

    # The service's own statement, through raw sqlite3.
    technicians_sql = raw_sql(values_in_order(RepairOrder.technician), db.engine)
    rows = [
        (
            "open an order by number (repairs.get_order_by_number)",
            median_seconds(lambda: repairs.get_order_by_number(db, pick()), repeat=500),
            median_seconds(lambda: raw.execute(ORDER_SQL, (pick(),)).fetchall(), repeat=500),
        ),
        (
            "desk scan of an order number (lookup.lookup)",
            median_seconds(lambda: lookup.lookup(db, pick()), repeat=500),
            median_seconds(lambda: raw.execute(ORDER_SQL, (pick(),)).fetchall(), repeat=500),
        ),
        (
            "orders list: count + first 100 rows",
            median_seconds(lambda: first_page(repairs.OrderFilter()), repeat=20, warmup=2),
            median_seconds(lambda: first_page_floor(repairs.OrderFilter()), repeat=20, warmup=2),
        ),
        (
            "overdue filter: count + first 100 rows",
            median_seconds(
                lambda: first_page(repairs.OrderFilter(overdue=True)), repeat=20, warmup=2
            ),
            median_seconds(
                lambda: first_page_floor(repairs.OrderFilter(overdue=True)), repeat=20, warmup=2
            ),
        ),
        (
            "technicians for the list's filter (repairs.technicians)",
            median_seconds(lambda: repairs.technicians(db), repeat=50, warmup=3),
            median_seconds(lambda: raw.execute(*technicians_sql).fetchall(), repeat=50),
        ),
        (
            "similar repairs (repairs.similar_repairs)",
            median_seconds(lambda: repairs.similar_repairs(db, probe()), repeat=50, warmup=3),
            median_seconds(lambda: similar_floor(raw, probe()), repeat=50, warmup=3),
        ),
    ]
    total = raw.execute("SELECT count(*) FROM repair_order").fetchone()[0]
    print(f"\n{total:,} repair orders, 1,000,000 units — {machine()}\n")
    print(table(rows))
    db.close()


if __name__ == "__main__":
    main()
