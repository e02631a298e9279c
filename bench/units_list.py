"""Opening the Units list on the 1,000,000-unit centre: time until the first rows
are painted, and the memory the process holds, next to the raw sqlite3 floor of
the same two queries (the count and the first page) in the same run.

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.units_list``.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from pathlib import Path

from bench.common import bench_home, machine, median_seconds, raw_connection, table

FIRST_PAGE_SQL = """
SELECT unit.id, unit.serial, product.name, product.sku, coalesce(customer.name, ''),
       coalesce(customer.phone, ''), unit.purchase_date
FROM unit JOIN product ON product.id = unit.product_id
LEFT OUTER JOIN customer ON customer.id = unit.customer_id
WHERE unit.deleted = 0 ORDER BY unit.id DESC LIMIT 200 OFFSET 0
"""


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from fieldservice.db import Database
    from ui.app import create_application
    from ui.units.screen import UnitsScreen

    home = bench_home(200_000, 1_000_000)
    app = create_application([])
    db = Database.open(home)
    raw = raw_connection(db.path)

    def open_units_list() -> float:
        start = time.perf_counter()
        screen = UnitsScreen(db)
        screen.resize(1280, 760)
        screen.show()
        loop = QEventLoop()
        screen.model.pageLoaded.connect(lambda _page: loop.quit())
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        screen.table.viewport().repaint()
        elapsed = time.perf_counter() - start
        assert screen.model.rowCount() > 0, "no rows shown"
        screen.close()
        screen.deleteLater()
        return elapsed

    times = [open_units_list() for _ in range(7)]
    rss = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor = median_seconds(
        lambda: (
            raw.execute("SELECT count(*) FROM unit WHERE deleted = 0").fetchone(),
            raw.execute(FIRST_PAGE_SQL).fetchall(),
        ),
        repeat=7,
        warmup=1,
    )
    units = raw.execute("SELECT count(*) FROM unit").fetchone()[0]
    print(f"\n{units:,} units — {machine()}\n")
    print(
        table([("Units list: first rows painted (median of 7)", statistics.median(times), floor)])
    )
    print(
        f"\nfirst open (cold): {times[0] * 1000:.0f} ms; memory after 7 opens: RSS {rss:.0f} MB, "
        f"peak {peak:.0f} MB"
    )
    db.close()
    del app


if __name__ == "__main__":
    main()
