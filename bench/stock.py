"""Spare parts at scale: 5,000 parts × 3 locations with 2,000,000 movements.

Median time of a part's on-hand, the to-order list, and posting a 500-line count
through the services, each next to a floor measured in the same run on the same
file with raw sqlite3. Run: ``python -m bench.stock [--parts N --movements N]``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
import uuid

from bench.common import DATA, machine, median_seconds, raw_connection, table
from fieldservice import demo
from fieldservice.db import Database
from fieldservice.services import site, stock, stockcount


def stock_home(parts: int, movements: int):
    home = DATA / f"stock-p{parts}-m{movements}"
    if not (home / "fieldservice.sqlite3").exists():
        print(f"generating {parts:,} parts / {movements:,} movements in {home} ...", flush=True)
        with Database.open(home) as db:
            site.setup_site(db, "BM01", "Benchmark Centre")
            for done, total, what in demo.generate_stock(db, parts, movements):
                if done % 200_000 < 50_000 or done == total:
                    print(f"  {what}: {done:,} / {total:,}", flush=True)
    return home


TO_ORDER_SQL = """
SELECT p.part_number, l.code, coalesce(b.on_hand, 0), coalesce(q.requested, 0),
       coalesce(o.on_order, 0), r.reorder_point, r.max_quantity, p.pack_size
FROM reorder_rule r
JOIN part p ON p.id = r.part_id
JOIN stock_location l ON l.id = r.location_id
LEFT JOIN (SELECT part_id, location_id, sum(on_hand) AS on_hand FROM stock_balance
           GROUP BY part_id, location_id) b
       ON b.part_id = r.part_id AND b.location_id = r.location_id
LEFT JOIN (SELECT part_id, location_id, sum(quantity - issued) AS requested FROM part_request
           WHERE status = 'open' GROUP BY part_id, location_id) q
       ON q.part_id = r.part_id AND q.location_id = r.location_id
LEFT JOIN (SELECT part_id, location_id, sum(quantity - received) AS on_order
           FROM supplier_order WHERE status = 'open' GROUP BY part_id, location_id) o
       ON o.part_id = r.part_id AND o.location_id = r.location_id
WHERE coalesce(b.on_hand, 0) + coalesce(o.on_order, 0) - coalesce(q.requested, 0)
      <= r.reorder_point
"""


def on_hand_floor(raw: sqlite3.Connection, number: str) -> None:
    """The same reads as stock.on_hand, in raw sqlite3."""
    (part_id,) = raw.execute("SELECT id FROM part WHERE part_number = ?", (number,)).fetchone()
    raw.execute(
        "SELECT l.code, l.kind, b.bin, b.on_hand FROM stock_balance b JOIN stock_location l"
        " ON l.id = b.location_id WHERE b.part_id = ? AND b.on_hand != 0 ORDER BY l.code, b.bin",
        (part_id,),
    ).fetchall()
    raw.execute(
        "SELECT 1, l.code, sum(r.quantity - r.issued) FROM part_request r JOIN stock_location l"
        " ON l.id = r.location_id WHERE r.part_id = ? AND r.status = 'open' GROUP BY l.code"
        " UNION ALL SELECT 2, l.code, sum(o.quantity - o.received) FROM supplier_order o"
        " JOIN stock_location l ON l.id = o.location_id WHERE o.part_id = ? AND"
        " o.status = 'open' GROUP BY l.code",
        (part_id, part_id),
    ).fetchall()
    raw.execute(
        "SELECT p.sku FROM product p JOIN part_compatibility c ON c.product_id = p.id"
        " WHERE c.part_id = ? AND NOT c.deleted ORDER BY p.sku",
        (part_id,),
    ).fetchall()
    raw.execute(
        "SELECT p.part_number FROM part p JOIN part_substitute s ON s.substitute_id = p.id"
        " WHERE s.part_id = ? AND NOT s.deleted ORDER BY p.part_number",
        (part_id,),
    ).fetchall()
    raw.execute("SELECT average_cost FROM part_cost WHERE part_id = ?", (part_id,)).fetchone()


def count_floor(path, lines: list[tuple[str, str, int]]) -> float:
    """Raw sqlite3: append 500 movements and move 500 balances in one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=NORMAL")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for part_id, loc, bin_code in lines:
        conn.execute(
            "INSERT INTO stock_movement (id, part_id, location_id, bin, kind, quantity, reference,"
            " order_number, reason, by, override_by, origin_site, created_at, updated_at, hlc,"
            " deleted) VALUES (?, ?, ?, ?, 'count', 1000, '', '', '', '', '', 'BM01',"
            " '2026-01-01', '2026-01-01', 'x', 0)",
            (uuid.uuid4().hex, part_id, loc, bin_code),
        )
        conn.execute(
            "UPDATE stock_balance SET on_hand = on_hand + 1000 WHERE part_id = ? AND"
            " location_id = ? AND bin = ?",
            (part_id, loc, bin_code),
        )
    elapsed = time.perf_counter() - start
    conn.execute("ROLLBACK")
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", type=int, default=5_000)
    parser.add_argument("--movements", type=int, default=2_000_000)
    args = parser.parse_args()
    home = stock_home(args.parts, args.movements)
    db = Database.open(home)
    raw = raw_connection(db.path)
    numbers = [r[0] for r in raw.execute("SELECT part_number FROM part ORDER BY random()")]
    ids = dict(raw.execute("SELECT part_number, id FROM part"))
    i = {"a": 0, "b": 0}

    def next_part(key):
        i[key] = (i[key] + 1) % len(numbers)
        return numbers[i[key]]

    rows = [
        (
            "on-hand of a part (stock.on_hand)",
            median_seconds(lambda: stock.on_hand(db, next_part("a")), repeat=300),
            median_seconds(lambda: on_hand_floor(raw, next_part("b")), repeat=300),
        ),
        (
            "to-order list (stock.to_order)",
            median_seconds(lambda: stock.to_order(db), repeat=7, warmup=1),
            median_seconds(lambda: raw.execute(TO_ORDER_SQL).fetchall(), repeat=7, warmup=1),
        ),
    ]

    # A 500-line count of the main store: post it, measured once per fresh count.
    main_id = raw.execute("SELECT id FROM stock_location WHERE code = 'MAIN'").fetchone()[0]
    lines = raw.execute(
        "SELECT part_id, location_id, bin FROM stock_balance WHERE location_id = ? LIMIT 500",
        (main_id,),
    ).fetchall()
    post_times = []
    rng = random.Random(3)
    for _ in range(3):
        sheet = stockcount.start_count(db, "MAIN")
        by_id = {v: k for k, v in ids.items()}
        for part_id, _loc, bin_code in lines:
            stockcount.record_count(db, sheet.id, by_id[part_id], rng.randint(0, 30), bin=bin_code)
        start = time.perf_counter()
        stockcount.post_count(db, sheet.id)
        post_times.append(time.perf_counter() - start)
    rows.append(
        (
            "post a 500-line count (stockcount.post_count)",
            sorted(post_times)[1],
            sorted(count_floor(db.path, lines) for _ in range(3))[1],
        )
    )
    movements = raw.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
    print(f"\n{args.parts:,} parts, {movements:,} movements — {machine()}\n")
    print(table(rows))
    db.close()


if __name__ == "__main__":
    main()
