"""The centre's reports over a large history: 1,000,000 repair orders and
2,000,000 stock movements (the demo generator's year-on-year history).

Each KPI family of a month (and the whole dashboard: every family over the
period and the one before) is timed through the services, next to its floor:
the very same SQL statements, captured as the family sends them, run through
raw sqlite3 on the same file in the same run (no ORM, no Python afterwards).
Figure and floor run as pairs, A B A B. Run:
``python -m bench.reports [--orders N --movements N --runs 5]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import DATA, captured, machine, ms, paired, raw_connection
from fieldservice.db import Database
from fieldservice.services import reports
from fieldservice.services.reports import drill


def report_home(customers: int, units: int, orders: int, movements: int) -> Path:
    """A demo centre of this size (made once, kept under bench/.data)."""
    import subprocess
    import sys

    home = DATA / f"reports-c{customers}-u{units}-o{orders}-m{movements}"
    if not (home / "fieldservice.sqlite3").exists():
        print(f"generating {orders:,} orders / {movements:,} movements in {home} ...", flush=True)
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "fieldservice",
                "demo",
                "--home",
                str(home),
                "--customers",
                str(customers),
                "--units",
                str(units),
                "--parts",
                "5000",
                "--movements",
                str(movements),
                "--orders",
                str(orders),
                "--site-code",
                "BM01",
                "--site-name",
                "Benchmark Centre",
            ],
            check=True,
        )
        print(f"generated in {time.perf_counter() - start:.0f} s", flush=True)
    return home


def _reads(statement: str) -> bool:
    return statement.lstrip().upper().startswith(("SELECT", "WITH"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--units", type=int, default=400_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--movements", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", type=Path, help="an existing centre's data directory")
    args = parser.parse_args()
    home = args.home or report_home(args.customers, args.units, args.orders, args.movements)
    path = home / "fieldservice.sqlite3"
    with Database.open(home) as db:
        with db.read() as s:
            from sqlalchemy import func, select

            from fieldservice.models import RepairOrder, StockMovement

            orders = s.scalar(select(func.count()).select_from(RepairOrder)) or 0
            moves = s.scalar(select(func.count()).select_from(StockMovement)) or 0
            newest = s.scalar(select(func.max(RepairOrder.created_at)))
        assert newest is not None
        last = newest.astimezone().date().replace(day=1) - dt.timedelta(days=1)
        month = reports.Period(last.replace(day=1), last)
        with db.read() as s:
            in_month = s.scalar(
                select(func.count()).where(
                    RepairOrder.created_at >= month.utc_start,
                    RepairOrder.created_at < month.utc_end,
                )
            )
        raw = raw_connection(path)

        def floor_of(statements: list[tuple[str, object]]) -> Callable[[], None]:
            def run() -> None:
                for sql, params in statements:
                    raw.execute(sql, params).fetchall()  # type: ignore[arg-type]

            return run

        cases: list[tuple[str, Callable[[], object]]] = [
            (f"{family}, one month", lambda family=family: reports.report(db, family, month))
            for family in reports.FAMILIES
        ]
        cases.append(
            (
                "the dashboard (6 families, month and month before)",
                lambda: drill.dashboard(db, month, reports.NO_FILTERS),
            )
        )
        print(f"# {machine()}")
        print(f"# load average {os.getloadavg()[0]:.2f} at the start")
        print(
            f"# {orders:,} orders ({in_month:,} opened in {month.start:%B %Y}), "
            f"{moves:,} stock movements"
        )
        print("| report | fieldservice (median) | floor: same SQL, raw sqlite3 | ratio |")
        print("|---|---:|---:|---:|")
        for what, run in cases:
            run()  # warm the page cache and SQLAlchemy's statement cache
            floor = floor_of(captured(db.engine, run, keep_if=_reads))
            a, b = paired(run, floor, args.runs)
            print(f"| {what} | {ms(a)} | {ms(b)} | {a / b:.2f}× |", flush=True)
        print(f"# load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
