"""Chinese search on a mainland centre: 200,000 customers, 1,000,000 repair orders.

The demo data of a centre in China (``fieldservice demo --country CN``): names from
common surnames and given names, real city/district/street addresses, the fault
phrases, diagnoses and work notes of its product lines. Median time of customer
searches as a clerk types them (a given name, a surname, the full name, pinyin
initials, full pinyin, the Traditional form, part of an address) and of the
similar-repairs search on Chinese fault text and of the orders list searched by
fault or customer, through the services, each next to the same SQL in raw sqlite3
on the same file.
Run: ``python -m bench.search [--customers N --orders N]``.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select

from bench.common import bench_home, machine, median_seconds, raw_connection, raw_sql, table
from fieldservice.db import Database
from fieldservice.models import RepairOrder
from fieldservice.services import customers, repairs
from fieldservice.services import search as search_index

LIST_SQL = """
SELECT id, number, name, company, phone, email, address,
       possible_duplicate_of_id IS NOT NULL AND NOT duplicate_reviewed
FROM customer WHERE deleted = 0 AND customer.rowid IN ({rowids})
ORDER BY name, id LIMIT 50
"""
COUNT_SQL = """
SELECT count(*) FROM customer WHERE deleted = 0 AND customer.rowid IN ({rowids})
"""
SIMILAR_SQL = """
SELECT o.id, o.number, o.created_at, o.fault_reported, o.diagnosis, o.work_done, o.status,
       bm25(repair_order_fts_short, 1.0, 0.0) AS rank
FROM repair_order_fts_short JOIN repair_order o ON o.rowid = repair_order_fts_short.rowid
WHERE repair_order_fts_short MATCH ? AND o.id != ? AND o.deleted = 0
ORDER BY (o.work_done = ''), rank LIMIT 10
"""

# What a clerk types, and what it is.
SEARCHES = (
    ("晓明", "given name, 2 characters"),
    ("王", "surname, 1 character"),
    ("王晓明", "full name, 3 characters"),
    ("wxm", "pinyin initials"),
    ("wangxiaoming", "full pinyin"),
    ("陳建國", "Traditional form of 陈建国"),
    ("朝阳区", "part of an address"),
)

ORDER_SEARCHES = (
    ("不排水", "part of a fault"),
    ("门封圈", "part of a diagnosis"),
    ("王晓明", "the customer's name"),
)


def chinese_home(customers_: int, units: int, orders: int) -> Path:
    """The data directory of a generated mainland centre of this size (made once)."""
    return bench_home(customers_, units, orders=orders, country="CN", site=("SH01", "上海服务中心"))


def customer_sql(search: str) -> tuple[str, str, dict]:
    """The list and count statements customers.list_customers / count_customers send."""
    found = search_index.rowids_matching("customer", search, customers.fts_query)
    assert found is not None
    rowids, params = found
    return LIST_SQL.format(rowids=rowids), COUNT_SQL.format(rowids=rowids), params


def similar_floor(raw, order_id: uuid.UUID) -> None:
    """The same statement as repairs.similar_repairs sends for a Chinese fault."""
    product, fault = raw.execute(
        "SELECT product_id, fault_reported FROM repair_order WHERE id = ?", (order_id.hex,)
    ).fetchone()
    pairs = search_index.fault_pairs(fault)
    query = f'grp : "{product}" AND pairs : ({" OR ".join(pairs)})'
    raw.execute(SIMILAR_SQL, (query, order_id.hex)).fetchall()


def upgrade_cost(path: Path) -> list[tuple[str, float]]:
    """How long migration 0012 takes to index the rows already there: on a copy of
    the file, each table's Chinese indexes dropped, made and filled again."""
    from fieldservice.db import backup_file, sqlite_engine
    from fieldservice.migrations import searchtext

    copy = backup_file(path, path.with_name("upgrade-copy.sqlite3"))
    engine = sqlite_engine(copy)
    spent = []
    try:
        for name in ("customer", "repair_order"):
            index = searchtext.CHINESE_INDEXES[name]
            with engine.begin() as conn:
                for statement in searchtext.drop_sql(index):
                    conn.exec_driver_sql(statement)
            start = time.perf_counter()
            with engine.begin() as conn:
                for statement in searchtext.create_sql(index):
                    conn.exec_driver_sql(statement)
                searchtext.fill(conn, index)
            spent.append((name, time.perf_counter() - start))
    finally:
        engine.dispose()
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--units", type=int, default=200_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument(
        "--upgrade", action="store_true", help="also time indexing the rows already there"
    )
    args = parser.parse_args()

    home = chinese_home(args.customers, args.units, args.orders)
    db = Database.open(home)
    raw = raw_connection(db.path)
    repeat = args.repeat

    rows = []
    for text, what in SEARCHES:
        listed, counted, params = customer_sql(text)
        hits = customers.count_customers(db, text)
        rows.append(
            (
                f"customers: {text} ({what}; {hits:,} found), first 50",
                median_seconds(
                    lambda t=text: customers.list_customers(db, t, limit=50), repeat=repeat
                ),
                median_seconds(
                    lambda s=listed, p=params: raw.execute(s, p).fetchall(), repeat=repeat
                ),
            )
        )
        rows.append(
            (
                f"customers: {text}, count",
                median_seconds(lambda t=text: customers.count_customers(db, t), repeat=repeat),
                median_seconds(
                    lambda s=counted, p=params: raw.execute(s, p).fetchall(), repeat=repeat
                ),
            )
        )

    rng = random.Random(5)
    probes = [
        uuid.UUID(r[0])
        for r in raw.execute(
            "SELECT id FROM repair_order WHERE is_open AND status = 'diagnosing' "
            "ORDER BY random() LIMIT 200"
        )
    ]
    pick = lambda: rng.choice(probes)  # noqa: E731
    shown = repairs.similar_repairs(db, probes[0])
    fault = repairs.get_order(db, probes[0]).fault_reported
    rows.append(
        (
            "similar repairs on Chinese fault text (repairs.similar_repairs)",
            median_seconds(lambda: repairs.similar_repairs(db, pick()), repeat=repeat, warmup=3),
            median_seconds(lambda: similar_floor(raw, pick()), repeat=repeat, warmup=3),
        )
    )

    def first_page(f):
        repairs.count_orders(db, f)
        return repairs.list_orders(db, f, limit=100)

    def first_page_floor(f):
        """The service's own two statements, run through raw sqlite3."""
        count = repairs._filtered(
            select(func.count()).select_from(RepairOrder).where(~RepairOrder.deleted), f
        )
        page = repairs._filtered(repairs._row_query(), f).order_by(RepairOrder.id.desc())
        for statement in (count, page.limit(100)):
            sql, params = raw_sql(statement, db.engine)
            raw.execute(sql, params).fetchall()

    for text, what in ORDER_SEARCHES:
        f = repairs.OrderFilter(search=text)
        hits = repairs.count_orders(db, f)
        rows.append(
            (
                f"orders list: {text} ({what}; {hits:,} found), count + first 100",
                median_seconds(lambda f=f: first_page(f), repeat=10, warmup=2),
                median_seconds(lambda f=f: first_page_floor(f), repeat=10, warmup=2),
            )
        )
    total = raw.execute("SELECT count(*) FROM repair_order").fetchone()[0]
    people = raw.execute("SELECT count(*) FROM customer").fetchone()[0]
    print(f"\n{people:,} customers, {total:,} repair orders — {machine()}\n")
    print(table(rows))
    print(f"\nexample: {fault} -> {[r.fault_reported for r in shown[:3]]}")
    sizes = (
        raw.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE '%fts%' "
            "GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        if _has_dbstat(raw)
        else []
    )
    by_index: dict[str, int] = {}
    for name, size in sizes:
        base = name.rsplit("_", 1)[0] if name.endswith(_SHADOWS) else name
        by_index[base] = by_index.get(base, 0) + size
    print("index sizes: " + ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in by_index.items()))
    db.close()
    if args.upgrade:
        for name, seconds in upgrade_cost(db.path):
            print(f"indexing every {name} row (migration 0012): {seconds:.1f} s")


_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def _has_dbstat(raw) -> bool:
    try:
        raw.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
    except Exception:
        return False
    return True


if __name__ == "__main__":
    main()
