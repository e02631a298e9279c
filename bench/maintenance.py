"""The maintenance due list at two sizes, 30,000 and 300,000 plans, so growth shows.

Each size is a demo centre of its own (plans on two units in three, due dates
clustered as the demo's meter forecasts and contracts cluster them: thousands of
plans fall due on one day). Median time through the services of the due list
(next 30 days, first 1,000 rows; one technician's) and of the screen's first page
(200 rows, ``list_due``), each next to the same SQL in raw sqlite3.
Run: ``python -m bench.maintenance [--plans 30000 300000]``.
"""

from __future__ import annotations

import argparse
import datetime as dt

from sqlalchemy import func, select

from bench.common import bench_home, machine, median_seconds, raw_connection, raw_sql, table
from fieldservice import demo
from fieldservice.db import Database
from fieldservice.models import Customer, MaintenanceJob, MaintenancePlan
from fieldservice.services import maintenance
from fieldservice.services.maintenance import DueFilter


def centre_with_plans(plans: int) -> Database:
    units = plans * 2 // 3
    db = Database.open(bench_home(units // 5, units))
    have = maintenance.count_plans(db)
    if have < plans:
        print(f"adding {plans - have:,} maintenance plans ...", flush=True)
        for done, total, _what in demo.generate_maintenance(db, plans - have, seed=13, units=units):
            if done % 100_000 == 0 or done == total:
                print(f"  {done:,} / {total:,}", flush=True)
    return db


def measure(db: Database) -> list[tuple[str, float, float]]:
    raw = raw_connection(db.path)
    today = dt.date.today()

    def floor(limit: int, technician: str = ""):
        """The due list's own statement, run through raw sqlite3."""
        booked = (
            select(MaintenanceJob.plan_id)
            .where(MaintenanceJob.status == "booked", ~MaintenanceJob.deleted)
            .scalar_subquery()
        )
        query = (
            maintenance._plan_query()
            .add_columns(func.coalesce(Customer.address, ""), MaintenancePlan.id.in_(booked))
            .where(
                MaintenancePlan.active,
                MaintenancePlan.due_on.is_not(None),
                MaintenancePlan.due_on <= today + dt.timedelta(days=30),
            )
            .order_by(MaintenancePlan.due_on, MaintenancePlan.id)
            .limit(limit)
        )
        if technician:
            query = query.where(MaintenancePlan.technician == technician)
        sql, params = raw_sql(query, db.engine)
        return raw.execute(sql, params).fetchall()

    def timed(fn) -> float:
        return median_seconds(fn, repeat=15, warmup=2)

    rows = [
        (
            "due list, next 30 days, first 1,000 (due_list)",
            timed(lambda: maintenance.due_list(db, today)),
            timed(lambda: floor(1000)),
        ),
        (
            "due list of one technician",
            timed(lambda: maintenance.due_list(db, today, technician="Mei Chen")),
            timed(lambda: floor(1000, "Mei Chen")),
        ),
        (
            "the screen's first page, 200 rows (list_due)",
            timed(lambda: maintenance.list_due(db, DueFilter(today), limit=200)),
            timed(lambda: floor(200)),
        ),
    ]
    plans = raw.execute("SELECT count(*) FROM maintenance_plan").fetchone()[0]
    busiest = raw.execute(
        "SELECT count(*) FROM maintenance_plan GROUP BY due_on ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    print(f"\n{plans:,} plans, at most {busiest:,} due on one day")
    raw.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, nargs="+", default=[30_000, 300_000])
    args = parser.parse_args()
    print(machine())
    for plans in args.plans:
        db = centre_with_plans(plans)
        print(table(measure(db)))
        db.close()


if __name__ == "__main__":
    main()
