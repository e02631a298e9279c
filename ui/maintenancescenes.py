"""Render the Maintenance and Follow-ups screenshots of the documentation.

    python -m ui.maintenancescenes docs/screenshots

Builds a throw-away demo centre in a temporary folder (demo customers, units,
orders and maintenance plans), books this week's visits, records a few calls
and complaints through the services, and saves 1280×800 PNGs of the main
window. It never touches the user's data or settings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SIZE = (1280, 800)


def stage(db) -> None:
    """This week's maintenance visits, one completed, and follow-up calls with a
    couple of complaints — on top of the demo data."""
    from fieldservice.services import followups, maintenance

    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    items = [i for i in maintenance.due_list(db, today, horizon_days=14, limit=400) if not i.booked]
    # Mostly what is due around now; a few of the long overdue ones too.
    recent = [i for i in items if i.plan.due_on >= today - dt.timedelta(days=4)]
    late = [i for i in items if i.plan.due_on < today - dt.timedelta(days=4)]
    by_address = defaultdict(list)
    for item in recent + late[:6]:
        by_address[(item.customer_address, item.plan.technician)].append(item)
    groups = sorted(by_address.values(), key=len, reverse=True)[:12]
    technicians = sorted({i.plan.technician for i in items if i.plan.technician})[:4]
    slots = [(day, hour) for day in range(5) for hour in (8, 10, 13, 15)]
    for n, group in enumerate(groups):
        if not technicians:
            break
        day, hour = slots[(n * 7) % len(slots)]
        technician = technicians[n % len(technicians)]
        at = dt.datetime.combine(monday + dt.timedelta(days=day), dt.time(hour, 0)).astimezone()
        orders = maintenance.book_visit(
            db, [i.plan.id for i in group[:3]], visit_at=at, technician=technician
        )
        if at.date() < today:  # the visits of the days gone by are done
            for order_id in orders:
                maintenance.complete_visit(
                    db, order_id, done_on=at.date(), checklist_result="All tasks done"
                )
    # Leave the calls list with a history of outcomes and two complaints.
    calls = followups.calls_due(db, today, limit=20)
    for call in calls[:3]:
        followups.record_call(db, call.id, reached=True, csat=5, nps=9, effort=1)
    if len(calls) > 4:
        followups.record_call(
            db,
            calls[3].id,
            reached=True,
            csat=2,
            nps=4,
            effort=4,
            comment="Waited two weeks for the pump; nobody called to say why.",
        )
        followups.open_complaint(
            db,
            "Waited two weeks for the pump; nobody called to say why.",
            order_id=calls[3].order_id,
            assigned_to="Priya Shah",
        )
    followups.open_complaint(db, "Technician left without cleaning up the water on the floor.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer

    from fieldservice.db import Database
    from fieldservice.services import demo, site
    from ui import app, ops, settings

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldservice-screens-") as scratch:
        settings.use_folder(Path(scratch) / "settings")
        qapp = app.create_application([sys.argv[0]])
        ops.set_synchronous(True)
        db = Database.open(path=Path(scratch) / "fieldservice.sqlite3")
        try:
            site.setup_site(
                db,
                "LD01",
                "Leeds Service Centre",
                country="GB",
                address="14 Kirkstall Road\nLeeds LS3 1LH",
                phone="0113 496 0000",
                email="service@example.com",
            )
            for _ in demo.generate(db, demo.DemoSize(customers=300, units=600, seed=7)):
                pass
            stage(db)

            from ui.followups import FollowUpsScreen
            from ui.maintenance import MaintenanceScreen
            from ui.mainwindow import MainWindow

            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()

            def settle() -> None:
                loop = QEventLoop()
                QTimer.singleShot(60, loop.quit)
                loop.exec()

            def save(name: str) -> None:
                settle()
                path = args.outdir / name
                window.grab().save(str(path))
                print(path)

            window.open_area("maintenance")
            screen = window.pages["maintenance"]
            assert isinstance(screen, MaintenanceScreen)
            screen.show_view("due")
            screen.due.refresh()
            screen.due.table.selectRow(0)
            save("maintenance-due.png")

            screen.show_calendar(dt.date.today())
            save("maintenance-calendar.png")

            window.open_area("followups")
            calls = window.pages["followups"]
            assert isinstance(calls, FollowUpsScreen)
            calls.refresh()
            calls.calls.table.selectRow(0)
            save("followups.png")
            window.close()
        finally:
            ops.wait_for_all()
            db.close()
        del qapp
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
