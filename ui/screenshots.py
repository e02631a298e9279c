"""Render the screenshots of the documentation from a demo centre.

    python -m ui.screenshots docs/screenshots

Builds a throw-away centre (LD01, demo customers and units) in a temporary
folder, drives the main window as a clerk would, and saves 1280×800 PNGs.
It never touches the user's data or settings. Runs without a display
(``QT_QPA_PLATFORM=offscreen`` is used unless another platform is set).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--units", type=int, default=600)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from fieldservice.db import Database
    from fieldservice.services import customers, demo, repairs, site, units
    from ui import app, ops, settings
    from ui.customers import CustomerForm

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldservice-screens-") as scratch:
        settings.use_folder(Path(scratch) / "settings")
        qapp = app.create_application([sys.argv[0]])
        ops.set_synchronous(True)  # every list and card is filled before it is grabbed
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
            for _ in demo.generate(
                db, demo.DemoSize(customers=args.customers, units=args.units, seed=7)
            ):
                pass

            from ui.mainwindow import MainWindow

            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()

            def settle() -> None:
                loop = QEventLoop()
                QTimer.singleShot(50, loop.quit)
                loop.exec()

            def save(widget, name: str) -> Path:
                settle()
                path = args.outdir / name
                widget.grab().save(str(path))
                print(path)
                return path

            # Desk: a scanned unit whose owner has a company and full details, and repairs.
            unit = next(
                u
                for u in units.list_units(db, limit=200)
                if u.customer_name
                and customers.find_by_phone(db, u.customer_phone)
                and customers.find_by_phone(db, u.customer_phone)[0].company
                and customers.find_by_phone(db, u.customer_phone)[0].email
                and len(repairs.orders_of_unit(db, u.id)) >= 2
            )
            window.scan(unit.serial)
            save(window, "main-window-desk.png")

            # Customers: a possible duplicate (same phone as another) selected.
            first = customers.list_customers(db, limit=1)[0]
            twin = customers.create_customer(
                db,
                customers.CustomerDraft(
                    "Abigail Turner",
                    phone=first.phone,
                    email="abigail.turner@example.com",
                    address="7 Church Lane\nLeeds LS6 4NP",
                ),
            )
            window.refresh_counts()
            window.open_area("customers")
            window.customers.refresh()
            row = window.customers.model.find_key(twin.id)
            if row is not None:
                window.customers.table.selectRow(row)
            save(window, "customers.png")

            # Units: the newest units, the second one selected.
            window.open_area("units")
            window.units.refresh()
            window.units.table.selectRow(1)
            save(window, "units.png")

            # The customer form refusing an e-mail address, everything typed kept.
            window.open_area("customers")
            form: CustomerForm = window.customers.new_customer()
            form.name.setText("Amelia Hughes")
            form.company.setText("Harbour Café")
            form.phone.setText("0113 496 0777")
            form.email.setText("amelia.hughes@harbourcafe")
            form.address.setPlainText("4 Quay Street\nLeeds LS1 4DT")
            form.notes.setPlainText("Espresso machine collected on Tuesdays.")
            form.save()
            settle()
            background = window.grab()
            dialog = form.grab()
            shot = QPixmap(background.size())
            shot.fill(Qt.GlobalColor.white)
            painter = QPainter(shot)
            painter.drawPixmap(0, 0, background)
            painter.fillRect(shot.rect(), QColor(15, 23, 42, 70))
            place = QRect(QPoint(0, 0), dialog.size())
            place.moveCenter(shot.rect().center())
            for spread, alpha in ((10, 14), (6, 22), (3, 34)):
                painter.fillRect(
                    place.adjusted(-spread, -spread, spread, spread), QColor(0, 0, 0, alpha)
                )
            painter.drawPixmap(place.topLeft(), dialog)
            painter.setPen(QColor("#b8c2cf"))
            painter.drawRect(place.adjusted(0, 0, -1, -1))
            painter.end()
            path = args.outdir / "customer-form-errors.png"
            shot.save(str(path))
            print(path)
            form.reject()
            window.close()
        finally:
            ops.wait_for_all()
            db.close()
        del qapp
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
