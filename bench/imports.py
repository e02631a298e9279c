"""CSV imports of 100,000 rows: a dealer's list of sold units, a parts catalogue,
an opening stock list.

Each import runs through the service (as ``fieldservice warranty import`` and
``fieldservice stock import`` do) on a fresh centre; its floor, in the same run,
inserts the very rows the import wrote (read back from its database, outbox
entries included) with raw sqlite3 ``executemany`` into a copy of the centre as it
was before the import, in one transaction. Run:
``python -m bench.imports [--rows N] [--only warranty|parts|balances]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Generator
from pathlib import Path

from bench.common import DATA, machine
from fieldservice.db import Database
from fieldservice.progress import run_to_end
from fieldservice.services import products, site, stock, stock_io, warranty
from fieldservice.services.csvfiles import ImportReport
from fieldservice.services.warranty_import import import_registrations

PRODUCTS = 20


def dealer_list(rows: int, rng: random.Random) -> bytes:
    """Sold units, each with its own customer (name, phone, e-mail, address)."""
    lines = ["Serial No.,SKU,Purchase date,Customer name,Phone,Email,Address,Dealer,Invoice"]
    start = dt.date(2024, 1, 1)
    for i in range(rows):
        bought = start + dt.timedelta(days=rng.randrange(500))
        phone = f"0113 {rng.randint(200, 499)} {rng.randrange(10_000):04d}"
        lines.append(
            f"BM-{i:07d},SKU-{i % PRODUCTS},{bought},Customer {i},{phone},c{i}@example.com,"
            f'"{i} Mill Lane\nLeeds",Dealer {i % 50},INV-{i // 20:06d}'
        )
    return "\n".join(lines).encode()


def catalogue(rows: int) -> bytes:
    lines = ["Part No,Description,UoM,Cost,Supplier,Lead time,Pack,Bin,Fits"]
    for i in range(rows):
        fits = f"SKU-{i % PRODUCTS}" if i % 4 == 0 else ""
        lines.append(f"P-{i:07d},Part {i},pcs,{i % 100}.50,Supplier {i % 30},5,1,A{i % 40},{fits}")
    return "\n".join(lines).encode()


def stock_list(rows: int) -> bytes:
    lines = ["part_number,location,bin,quantity,unit_cost"]
    for i in range(rows):
        lines.append(f"P-{i:07d},MAIN,,{i % 50 + 1},{i % 100}.25")
    return "\n".join(lines).encode()


def centre(home: Path, rows: int, kind: str) -> None:
    """A fresh centre with what the import needs: products and their policies,
    a store, and (for an opening stock list) the parts."""
    shutil.rmtree(home, ignore_errors=True)
    with Database.open(home) as db:
        site.setup_site(db, "BM01", "Benchmark Centre", country="GB")
        for k in range(PRODUCTS):
            product = products.create_product(db, products.ProductDraft(f"SKU-{k}", f"Product {k}"))
            warranty.set_policy(db, warranty.PolicyDraft(product.id, 24, 12))
        stock.create_location(db, "MAIN", "Main store")
        if kind == "balances":
            run_to_end(stock_io.import_parts(db, catalogue(rows)))


# What each import writes: the tables, in the order the floor fills them.
TABLES = {
    "warranty": ("customer", "unit", "warranty_registration"),
    "parts": ("part", "part_compatibility"),
    "balances": ("part_cost", "stock_movement", "stock_balance"),
}


def new_rows(before: Path, after: Path, tables: tuple[str, ...]) -> dict[str, tuple]:
    """The rows of *tables* (and of the sync outbox) in *after* and not in *before*:
    (column names, rows) by table."""
    found = {}
    conn = sqlite3.connect(after)
    conn.execute("ATTACH DATABASE ? AS before", (str(before),))
    for table in (*tables, "sync_outbox"):
        cursor = conn.execute(f"SELECT * FROM main.{table} EXCEPT SELECT * FROM before.{table}")
        found[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    conn.close()
    return found


def floor(path: Path, rows: dict[str, tuple]) -> float:
    """Raw sqlite3: executemany the rows into their tables, in one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA cache_size=-32000")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, (columns, values) in rows.items():
        marks = ", ".join("?" for _ in columns)
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
            values,
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def importer(kind: str, rows: int) -> Callable[[Database], Generator]:
    if kind == "warranty":
        listing = dealer_list(rows, random.Random(7))
        return lambda db: import_registrations(db, listing)
    if kind == "parts":
        parts = catalogue(rows)
        return lambda db: stock_io.import_parts(db, parts)
    balances = stock_list(rows)
    return lambda db: stock_io.import_opening_balances(db, balances)


def measure(kind: str, rows: int) -> tuple[float, float, ImportReport, int]:
    """(import seconds, floor seconds, the import's report, rows the floor wrote)."""
    home, ready, copy = (DATA / f"imports-{kind}-{suffix}" for suffix in ("run", "ready", "floor"))
    centre(home, rows, kind)
    for target in (ready, copy):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(home, target)
    steps = importer(kind, rows)
    with Database.open(home) as db:
        start = time.perf_counter()
        report = run_to_end(steps(db))
        seconds = time.perf_counter() - start
    written = new_rows(ready / "fieldservice.sqlite3", home / "fieldservice.sqlite3", TABLES[kind])
    floor_seconds = floor(copy / "fieldservice.sqlite3", written)
    return seconds, floor_seconds, report, sum(len(v) for _c, v in written.values())


WHAT = {
    "warranty": "dealer's list: customer, unit, registration a row (warranty import)",
    "parts": "parts catalogue, a quarter with a compatible product (stock import)",
    "balances": "opening stock list: a movement a row (stock import --kind balances)",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--only", choices=sorted(WHAT))
    args = parser.parse_args()
    lines = [
        "| import | fieldservice | floor (raw sqlite3, same rows) | ratio |",
        "|---|---:|---:|---:|",
    ]
    notes = []
    for kind in [args.only] if args.only else list(WHAT):
        seconds, floor_seconds, report, written = measure(kind, args.rows)
        lines.append(
            f"| {WHAT[kind]} | {seconds:.1f} s | {floor_seconds:.1f} s | "
            f"{seconds / floor_seconds:.1f}× |"
        )
        notes.append(f"{kind}: {report.summary}; {written:,} rows written (outbox included)")
    print(f"\n{args.rows:,} rows a file — {machine()}\n")
    print("\n".join(lines))
    print("\n".join(["", *notes]))


if __name__ == "__main__":
    main()
