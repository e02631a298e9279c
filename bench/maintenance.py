"""The maintenance due list: 300,000 plans on 200,000 units of the 1M-unit centre.

Median time of the due list (overdue, this week and the next 30 days, first 1,000
rows; and filtered by technician) through the services, next to the same SQL
in raw sqlite3. Run: ``python -m bench.maintenance``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bench.common import bench_home, machine, median_seconds, raw_connection, raw_sql, table
from fieldservice import demo
from fieldservice.db import Database
from fieldservice.models import Customer, MaintenanceJob, MaintenancePlan
from fieldservice.services import maintenance


def main() -> None:
    home = bench_home(200_000, 1_000_000)
    db = Database.open(home)
    have = maintenance.count_plans(db)
    if have < 300_000:
        print(f"adding {300_000 - have:,} maintenance plans ...", flush=True)
        for done, total, _what in demo.generate_maintenance(
            db, 300_000 - have, seed=13, units=200_000
        ):
            if done % 100_000 == 0 or done == total:
                print(f"  {done:,} / {total:,}", flush=True)
    raw = raw_connection(db.path)
    today = dt.date.today()

    def floor(**filters):
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
            .limit(1000)
        )
        if filters.get("technician"):
            query = query.where(MaintenancePlan.technician == filters["technician"])
        sql, params = raw_sql(query, db.engine)
        return raw.execute(sql, params).fetchall()

    rows = [
        (
            "due list, next 30 days, first 1,000 (maintenance.due_list)",
            median_seconds(lambda: maintenance.due_list(db, today), repeat=15, warmup=2),
            median_seconds(lambda: floor(), repeat=15, warmup=2),
        ),
        (
            "due list of one technician",
            median_seconds(
                lambda: maintenance.due_list(db, today, technician="Mei Chen"),
                repeat=15,
                warmup=2,
            ),
            median_seconds(lambda: floor(technician="Mei Chen"), repeat=15, warmup=2),
        ),
    ]
    plans = raw.execute("SELECT count(*) FROM maintenance_plan").fetchone()[0]
    units = raw.execute("SELECT count(DISTINCT unit_id) FROM maintenance_plan").fetchone()[0]
    print(f"\n{plans:,} plans on {units:,} units — {machine()}\n")
    print(table(rows))
    db.close()


if __name__ == "__main__":
    main()
