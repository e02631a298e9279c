"""Render the Maintenance and Follow-ups screenshots of the documentation.

    python scripts/maintenance_scenes.py docs/screenshots [--language zh_CN]

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

from screenshots import CENTRES  # beside this script

SIZE = (1280, 800)

# The sample text typed in each language (the centres are the screenshots' own).
SAMPLES: dict[str, dict[str, str]] = {
    "en": {
        "done": "All tasks done",
        "comment": "Waited two weeks for the part; nobody called to say why.",
        "assignee": "Priya Patel",
        "complaint": "Technician left without cleaning up the water on the floor.",
        "praise": "Quick and friendly; would like a reminder before the next service.",
    },
    "zh_CN": {
        "done": "全部项目已完成",
        "comment": "等备件等了两周，也没人打电话说明原因。",
        "assignee": "陈志强",
        "complaint": "技术员走时没有清理地上的水。",
        "praise": "又快又热情；希望下次保养前提醒一下。",
    },
    "zh_TW": {
        "done": "全部項目已完成",
        "comment": "等零件等了兩週，也沒有人打電話說明原因。",
        "assignee": "林志明",
        "complaint": "技術人員離開時沒有清理地上的水。",
        "praise": "又快又親切；希望下次保養前提醒一下。",
    },
}


def stage(db, text: dict[str, str] = SAMPLES["en"]) -> None:
    """This week's maintenance visits, one completed, and follow-up calls with a
    couple of complaints — on top of the demo data."""
    from fieldservice.services import followups, maintenance, repairs

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
                    db, order_id, done_on=at.date(), checklist_result=text["done"]
                )
    # Today's calls: orders handed back today are called today; two calls made already.
    days = followups.follow_up_days(db)
    followups.set_follow_up_days(db, 0)
    ready = repairs.list_orders(db, repairs.OrderFilter(status="ready"), limit=6)
    for order in ready:
        repairs.move(db, order.id, "delivered")
    followups.set_follow_up_days(db, days)
    calls = followups.calls_due(db, today, limit=20)
    if len(calls) > 2:
        followups.record_call(db, calls[0].id, reached=True, csat=5, nps=9, effort=1)
        comment = text["comment"]
        followups.record_call(
            db, calls[1].id, reached=True, csat=2, nps=4, effort=4, comment=comment
        )
        followups.open_complaint(
            db, comment, order_id=calls[1].order_id, assigned_to=text["assignee"]
        )
    followups.open_complaint(db, text["complaint"])


def _fits(summary) -> tuple[bool, int]:
    """How well a technician's due list shows every kind of item on one screen."""
    shown = summary.overdue + summary.this_week + summary.upcoming
    return (bool(summary.overdue and summary.this_week), -abs(shown - 10))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", choices=sorted(SAMPLES), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer

    from fieldservice import demo
    from fieldservice.db import Database
    from fieldservice.services import maintenance, site
    from fieldservice.services.maintenance import DueFilter
    from ui import app
    from ui.common import ops, settings

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldservice-screens-") as scratch:
        settings.use_folder(Path(scratch) / "settings")
        settings.put(settings.LANGUAGE, args.language)
        qapp = app.create_application([sys.argv[0]])
        ops.set_synchronous(True)
        db = Database.open(path=Path(scratch) / "fieldservice.sqlite3")
        try:
            code, name, country, address, phone = CENTRES[args.language]
            site.setup_site(
                db,
                code,
                name,
                country=country,
                address=address,
                phone=phone,
                email="service@example.com",
            )
            for _ in demo.generate(db, demo.DemoSize(customers=300, units=600, seed=7)):
                pass
            stage(db, SAMPLES[args.language])

            from ui.followups.screen import FollowUpsScreen
            from ui.maintenance.screen import MaintenanceScreen
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

            today = dt.date.today()
            window.open_area("maintenance")
            screen = window.pages["maintenance"]
            assert isinstance(screen, MaintenanceScreen)
            # One technician's round: a few overdue, some due this week, one booked.
            screen.show_view("due")
            due = screen.due
            due.refresh()
            best = max(
                maintenance.plan_technicians(db),
                key=lambda name: _fits(
                    maintenance.due_summary(db, DueFilter(today, technician=name))
                ),
            )
            due.set_filter(technician=best)
            free = next((r for r in range(due.model.rowCount()) if not due.model.row(r).booked), 0)
            due.table.selectRow(free)
            save("maintenance-due.png")

            screen.show_calendar(dt.date.today())
            save("maintenance-calendar.png")

            # Every plan of the same technician: the overdue ones first, in red.
            screen.show_view("all_plans")
            plans = screen.all_plans
            plans.refresh()
            plans.technician.setCurrentIndex(max(plans.technician.findData(best), 0))
            plans.table.selectRow(0)
            save("maintenance-plans.png")

            window.open_area("followups")
            calls = window.pages["followups"]
            assert isinstance(calls, FollowUpsScreen)
            calls.refresh()
            calls.calls.table.selectRow(0)
            panel = calls.calls.panel
            panel.reached.click()
            panel.csat.buttons[4].click()
            panel.nps.buttons[8].click()
            panel.effort.buttons[2].click()
            panel.comment.setPlainText(SAMPLES[args.language]["praise"])
            save("followups.png")
            window.close()
        finally:
            ops.wait_for_all()
            db.close()
        del qapp
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
