"""A large centre made from a demo centre: its year of orders copied into the
years before it (with their status moves, labour, follow-up calls, complaints
and stock movements), so that the history grows longer, not denser, as a real
centre's does. Writing 1,000,000 orders through the demo generator (and its sync
capture) takes hours; copying rows in SQL takes minutes.

    python -m bench.scaled SOURCE_HOME TARGET_HOME --copies 9 --movement-copies 37

The copy is for reading reports only: the Chinese search index and the sync
outbox do not know the copied rows.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from pathlib import Path

# (table, the columns that hold a row id to map to its copy, time columns, date
# columns, text columns made distinct per copy)
TABLES = (
    (
        "repair_order",
        ("id", "rework_of_id"),
        (
            "created_at",
            "updated_at",
            "response_due",
            "resolution_due",
            "responded_at",
            "resolved_at",
            "delivered_at",
            "waiting_since",
            "quote_approved_at",
        ),
        (),
        ("number",),
    ),
    ("repair_order_event", ("id", "order_id"), ("created_at", "updated_at"), (), ()),
    ("labour_line", ("id", "order_id"), ("created_at", "updated_at"), (), ()),
    ("follow_up", ("id", "order_id"), ("created_at", "updated_at"), ("due_on",), ()),
    (
        "complaint",
        ("id", "order_id"),
        ("created_at", "updated_at"),
        ("opened_on", "resolved_on"),
        ("number",),
    ),
)
MOVEMENTS = (
    "stock_movement",
    ("id", "order_id", "transfer_id", "reverses_id"),
    ("created_at", "updated_at"),
    (),
    (),
)


def copy_rows(conn: sqlite3.Connection, spec, k: int, days: int, last: int) -> int:
    """Copy the table's first rows (rowid up to *last*: the originals) once, ids
    mapped to copy *k*, times *days* back."""
    table, ids, times, dates, texts = spec
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    # The first four hex digits of a UUIDv7 are the top of its time, the same for
    # every row of a few years: a copy's id puts its own there. (Ids made in one
    # millisecond differ only at the end, so the end must stay.)
    tag = f"{0xF000 + k:04x}"

    def value(column: str) -> str:
        if column in ids:
            return f"CASE WHEN {column} IS NULL THEN NULL ELSE '{tag}' || substr({column}, 5) END"
        if column in times:
            return (
                f"CASE WHEN {column} IS NULL THEN NULL ELSE "
                f"strftime('%Y-%m-%d %H:%M:%f000', {column}, '-{days} days') END"
            )
        if column in dates:
            return f"CASE WHEN {column} IS NULL THEN NULL ELSE date({column}, '-{days} days') END"
        if column in texts:
            return f"{column} || '-{k}'"
        return column

    sql = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(value(c) for c in columns)} FROM {table} "
        f"WHERE rowid <= {last}"
    )
    return conn.execute(sql).rowcount


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--copies", type=int, default=9, help="copies of the orders")
    parser.add_argument("--movement-copies", type=int, default=37)
    parser.add_argument("--days", type=int, default=400, help="how far back each copy goes")
    args = parser.parse_args()
    args.target.mkdir(parents=True, exist_ok=True)
    target = args.target / "fieldservice.sqlite3"
    shutil.copyfile(args.source / "fieldservice.sqlite3", target)
    start = time.perf_counter()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    last = {
        spec[0]: conn.execute(f"SELECT max(rowid) FROM {spec[0]}").fetchone()[0] or 0
        for spec in (*TABLES, MOVEMENTS)
    }
    for k in range(1, args.copies + 1):
        for spec in TABLES:
            copy_rows(conn, spec, k, k * args.days, last[spec[0]])
        conn.commit()
        print(f"orders copy {k} of {args.copies}", flush=True)
    for k in range(1, args.movement_copies + 1):
        step = args.days * args.copies // args.movement_copies
        copy_rows(conn, MOVEMENTS, k, k * step, last[MOVEMENTS[0]])
        conn.commit()
    print("movements copied; balances and statistics ...", flush=True)
    conn.execute("DELETE FROM stock_balance")
    conn.execute(
        "INSERT INTO stock_balance (part_id, location_id, bin, on_hand) "
        "SELECT part_id, location_id, bin, sum(quantity) FROM stock_movement "
        "GROUP BY part_id, location_id, bin"
    )
    for _name, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("repair_order", "repair_order_event", "stock_movement")
    }
    print(f"done in {time.perf_counter() - start:.0f} s: {counts}")


if __name__ == "__main__":
    main()
