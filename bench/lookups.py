"""Desk look-ups on a 1,000,000-unit / 200,000-customer centre.

Median time of: a unit by serial, customers by phone, and a name search,
through the service layer, each next to the same query in raw sqlite3 on the
same file. Run: ``python -m bench.lookups [--customers N --units N]``.
"""

from __future__ import annotations

import argparse
import random

from bench.common import bench_home, machine, median_seconds, raw_connection, table
from fieldservice.db import Database
from fieldservice.services import customers, lookup, units

UNIT_SQL = """
SELECT unit.id, unit.serial, unit.product_id, product.sku, product.name, product.brand,
       product.model, unit.customer_id, coalesce(customer.number, ''),
       coalesce(customer.name, ''), coalesce(customer.phone, ''), unit.purchase_date,
       unit.install_address, unit.notes, unit.created_at
FROM unit JOIN product ON product.id = unit.product_id
LEFT OUTER JOIN customer ON customer.id = unit.customer_id
WHERE unit.deleted = 0 AND unit.serial = ?
"""
PHONE_SQL = """
SELECT * FROM customer WHERE phone_key = ? AND deleted = 0 ORDER BY id LIMIT 50
"""
NAME_SQL = """
SELECT id, number, name, company, phone, email, address,
       possible_duplicate_of_id IS NOT NULL AND NOT duplicate_reviewed
FROM customer WHERE deleted = 0 AND id IN (
    SELECT customer.id FROM customer_fts JOIN customer ON customer.rowid = customer_fts.rowid
    WHERE customer_fts MATCH ?)
ORDER BY name, id LIMIT 50
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=500)
    args = parser.parse_args()

    home = bench_home(args.customers, args.units)
    db = Database.open(home)
    raw = raw_connection(db.path)
    rng = random.Random(1)
    serials = [r[0] for r in raw.execute("SELECT serial FROM unit ORDER BY random() LIMIT 500")]
    phones = [
        r[0] for r in raw.execute("SELECT phone_key FROM customer ORDER BY random() LIMIT 500")
    ]
    names = ["smith", "jack", "oliver taylor", "patel", "riverside", "wil"]

    def cycle(values):
        state = {"i": 0}

        def next_value():
            state["i"] = (state["i"] + 1) % len(values)
            return values[state["i"]]

        return next_value

    s1, s2, p1, p2 = cycle(serials), cycle(serials), cycle(phones), cycle(phones)
    n1, n2 = cycle(names), cycle(names)
    rng.shuffle(serials)

    rows = [
        (
            "unit by serial (units.find_by_serial)",
            median_seconds(lambda: units.find_by_serial(db, s1()), repeat=args.repeat),
            median_seconds(lambda: raw.execute(UNIT_SQL, (s2(),)).fetchall(), repeat=args.repeat),
        ),
        (
            "desk scan of a serial (lookup.lookup)",
            median_seconds(lambda: lookup.lookup(db, s1()), repeat=args.repeat),
            median_seconds(lambda: raw.execute(UNIT_SQL, (s2(),)).fetchall(), repeat=args.repeat),
        ),
        (
            "customers by phone (customers.find_by_phone)",
            median_seconds(lambda: customers.find_by_phone(db, p1()), repeat=args.repeat),
            median_seconds(lambda: raw.execute(PHONE_SQL, (p2(),)).fetchall(), repeat=args.repeat),
        ),
        (
            "name search, first 50 (customers.list_customers)",
            median_seconds(lambda: customers.list_customers(db, n1(), limit=50), repeat=50),
            median_seconds(
                lambda: raw.execute(NAME_SQL, (customers.fts_query(n2()),)).fetchall(), repeat=50
            ),
        ),
        (
            "name search count (customers.count_customers)",
            median_seconds(lambda: customers.count_customers(db, n1()), repeat=50),
            None,
        ),
    ]
    print(f"\n{args.units:,} units, {args.customers:,} customers — {machine()}\n")
    print(table(rows))
    db.close()


if __name__ == "__main__":
    main()
