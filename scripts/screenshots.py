"""Render the screenshots of the documentation from a demo centre.

    python scripts/screenshots.py docs/screenshots [--areas desk ...] [--language zh_CN]

Builds a throw-away centre (LD01, demo customers, units, warranties, parts and
repair orders) in a temporary folder, drives the main window as its people
would, and saves 1280×800 PNGs. It never touches the user's data or settings.
Runs without a display (``QT_QPA_PLATFORM=offscreen`` unless another platform
is set). Maintenance and Follow-ups: ``python scripts/maintenance_scenes.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 800)

# The sample text typed into forms, in the language photographed (the demo data
# itself follows the centre's country).
SAMPLES: dict[str, dict[str, str]] = {
    "en": {
        "machine": "espresso",
        "enrolled": "Amelia Hart,Oskar Lind",
        "new_product": "Brewmaster Cold Brew Tower CB100",
        "refused": "Priya Natarajan,Tomasz Wójcik",
        "twin_name": "Abigail Turner",
        "twin_email": "abigail.turner@example.com",
        "twin_address": "7 Church Lane\nLeeds LS6 4NP",
        "form_name": "Amelia Hughes",
        "form_company": "Harbour Café",
        "form_phone": "0113 496 07",
        "form_email": "amelia.hughes@harbourcafe",
        "form_address": "4 Quay Street\nLeeds LS1 4DT",
        "form_notes": "Espresso machine collected on Tuesdays.",
        "amend_reason": "Invoice number mistyped at the desk",
        "extend_reason": "Goodwill after a repeated drain pump repair",
        "void_note": "Water marks on the control board",
        "dealer": "Kitchen World Leeds",
        "invoice": "INV-2026-1187",
        "since": ", since the weekend",
        "accessories": "Power cord",
        "condition": "Scratches on the top panel",
        "technician": "Priya Patel",
        "checked": "; checked with the service meter",
        "labour": "Diagnosis and part swap",
        "fault": "Stops mid-cycle with error E21; smells of burning",
        "accessories2": "Power cord, drain hose",
        "condition2": "Dent on the left side panel",
        "restock": "Restocking van 1",
        "twice": "Delivery note booked twice",
        "seized": "Bearing seized",
    },
    "zh_CN": {
        "machine": "",
        "enrolled": "刘晓燕,张伟",
        "new_product": "冷萃咖啡机 CB100",
        "refused": "周婷,吴俊杰",
        "twin_name": "王丽华",
        "twin_email": "wang.lihua@example.com",
        "twin_address": "上海市浦东新区世纪大道88号",
        "form_name": "赵敏",
        "form_company": "港湾咖啡馆",
        "form_phone": "138 0013 80",
        "form_email": "zhao.min@harbourcafe",
        "form_address": "上海市黄浦区中山东一路18号",
        "form_notes": "咖啡机每周二取件。",
        "amend_reason": "前台录入发票号有误",
        "extend_reason": "排水泵重复维修，延长保修以示歉意",
        "void_note": "控制板有水渍",
        "dealer": "苏宁易购浦东店",
        "invoice": "FP-2026-1187",
        "since": "，周末开始出现",
        "accessories": "电源线",
        "condition": "顶板有划痕",
        "technician": "陈志强",
        "checked": "；已用检测仪复核",
        "labour": "检测并更换备件",
        "fault": "运行中途停机，显示故障码 E21，有焦味",
        "accessories2": "电源线、排水管",
        "condition2": "左侧板有凹痕",
        "restock": "补充 1 号服务车库存",
        "twice": "送货单重复入库",
        "seized": "轴承卡死",
    },
    "zh_TW": {
        "machine": "",
        "enrolled": "劉曉燕,張偉",
        "new_product": "冷萃咖啡機 CB100",
        "refused": "周婷,吳俊傑",
        "twin_name": "王麗華",
        "twin_email": "wang.lihua@example.com",
        "twin_address": "台北市信義區松仁路100號",
        "form_name": "趙敏",
        "form_company": "港灣咖啡館",
        "form_phone": "0912 345 6",
        "form_email": "zhao.min@harbourcafe",
        "form_address": "台北市中山區南京東路二段88號",
        "form_notes": "咖啡機每週二取件。",
        "amend_reason": "櫃台輸入發票號碼有誤",
        "extend_reason": "排水馬達重複維修，延長保固以示歉意",
        "void_note": "控制板有水漬",
        "dealer": "燦坤內湖店",
        "invoice": "AB-20261187",
        "since": "，週末開始出現",
        "accessories": "電源線",
        "condition": "頂板有刮痕",
        "technician": "林志明",
        "checked": "；已用檢測儀複核",
        "labour": "檢測並更換零件",
        "fault": "運轉中途停機，顯示錯誤碼 E21，有焦味",
        "accessories2": "電源線、排水管",
        "condition2": "左側板有凹痕",
        "restock": "補充 1 號服務車庫存",
        "twice": "送貨單重複入庫",
        "seized": "軸承卡死",
    },
}


# The centre photographed in each language: its country gives the demo data (names,
# addresses, phones, products) and the phone region. The Maintenance and Follow-ups
# scenes (maintenance_scenes.py) use the same centres.
CENTRES = {
    "en": (
        "LD01",
        "Leeds Service Centre",
        "GB",
        "14 Kirkstall Road\nLeeds LS3 1LH",
        "0113 496 0000",
    ),
    "zh_CN": ("SH01", "上海浦东服务中心", "CN", "上海市浦东新区张杨路500号", "021 5081 2345"),
    "zh_TW": ("TP01", "台北內湖服務中心", "TW", "114台北市內湖區瑞光路100號", "02 2657 1234"),
}


class Studio:
    """A demo centre, its main window, and ways to photograph them."""

    CENTRES = CENTRES

    def __init__(
        self, scratch: Path, outdir: Path, customers: int, units: int, language: str = "en"
    ) -> None:
        from fieldservice import demo
        from fieldservice.db import Database
        from fieldservice.services import site
        from ui import app
        from ui.common import ops, settings

        settings.use_folder(scratch / "settings")
        settings.put(settings.LANGUAGE, language)
        self.qapp = app.create_application([sys.argv[0]])
        ops.set_synchronous(True)  # every list and card is filled before it is grabbed
        self.outdir = outdir
        self.text = SAMPLES[language]
        self.centre = self.CENTRES[language]
        self.db = Database.open(path=scratch / "fieldservice.sqlite3")
        code, name, country, address, phone = self.CENTRES[language]
        site.setup_site(
            self.db,
            code,
            name,
            country=country,
            address=address,
            phone=phone,
            email="service@example.com",
        )
        for _ in demo.generate(self.db, demo.DemoSize(customers=customers, units=units, seed=7)):
            pass
        from ui.mainwindow import MainWindow

        self.window = MainWindow(self.db)
        self.window.resize(*SIZE)
        self.window.show()
        # The status bar's sync words come with the Sync screen, right after the
        # first paint.
        while "sync" not in self.window.pages:
            self.settle()

    def settle(self) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(60, loop.quit)
        loop.exec()

    def save(self, widget, name: str) -> Path:
        self.settle()
        path = self.outdir / name
        widget.grab().save(str(path))
        print(path)
        return path

    def save_with_dialog(self, dialog, name: str) -> Path:
        """The window dimmed, with *dialog* in front of it, as a person sees it."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QColor, QPainter, QPixmap

        self.settle()
        background = self.window.grab()
        image = dialog.grab()
        shot = QPixmap(background.size())
        shot.fill(Qt.GlobalColor.white)
        painter = QPainter(shot)
        painter.drawPixmap(0, 0, background)
        painter.fillRect(shot.rect(), QColor(15, 23, 42, 70))
        place = QRect(QPoint(0, 0), image.size())
        place.moveCenter(shot.rect().center())
        for spread, alpha in ((10, 14), (6, 22), (3, 34)):
            painter.fillRect(
                place.adjusted(-spread, -spread, spread, spread), QColor(0, 0, 0, alpha)
            )
        painter.drawPixmap(place.topLeft(), image)
        painter.setPen(QColor("#b8c2cf"))
        painter.drawRect(place.adjusted(0, 0, -1, -1))
        painter.end()
        path = self.outdir / name
        shot.save(str(path))
        print(path)
        return path

    def close(self) -> None:
        from ui.common import ops

        self.window.close()
        ops.wait_for_all()
        self.db.close()


def desk_scenes(studio: Studio) -> None:
    """The Desk with a scanned unit; Customers; Units; a refused customer form."""
    from fieldservice.services import customers, repairs, units

    db, window = studio.db, studio.window
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
    studio.save(window, "main-window-desk.png")

    # Customers: a possible duplicate (same phone as another) selected.
    first = customers.list_customers(db, limit=1)[0]
    twin = customers.create_customer(
        db,
        customers.CustomerDraft(
            studio.text["twin_name"],
            phone=first.phone,
            email=studio.text["twin_email"],
            address=studio.text["twin_address"],
        ),
    )
    window.refresh_counts()
    window.open_area("customers")
    window.customers.refresh()
    row = window.customers.model.find_key(twin.id)
    if row is not None:
        window.customers.table.selectRow(row)
    studio.save(window, "customers.png")

    # Units: the newest units, the second one selected.
    window.open_area("units")
    window.units.refresh()
    window.units.table.selectRow(1)
    studio.save(window, "units.png")

    # The customer form refusing a phone number and an e-mail address at once,
    # everything typed kept.
    window.open_area("customers")
    form = window.customers.new_customer()
    form.name.setText(studio.text["form_name"])
    form.company.setText(studio.text["form_company"])
    form.phone.setText(studio.text["form_phone"])
    form.email.setText(studio.text["form_email"])
    form.address.setPlainText(studio.text["form_address"])
    form.notes.setPlainText(studio.text["form_notes"])
    form.save()
    studio.save_with_dialog(form, "customer-form-errors.png")
    form.discard()


def warranty_scenes(studio: Studio) -> None:
    """The Warranty list with an amended, extended registration; the register form."""
    from fieldservice.services import units, warranty

    db, window = studio.db, studio.window
    rows = warranty.list_registrations(db, limit=12)
    today = dt.date.today()
    chosen = next(
        r
        for r in rows
        if r.customer_name and r.dealer and r.status_on(today).value == "in_warranty"
    )
    record = warranty.get_registration(db, chosen.id)
    warranty.amend(
        db,
        chosen.id,
        reason=studio.text["amend_reason"],
        invoice_ref=record.invoice_ref.replace("INV-", "INV-2025-"),
    )
    warranty.extend(db, chosen.id, 12, studio.text["extend_reason"])
    void_row = next(r for r in rows if r.id != chosen.id)
    policy = warranty.get_policy(db, warranty.get_registration(db, void_row.id).product_id)
    reasons = policy.void_conditions if policy else warranty.DEFAULT_VOID_CONDITIONS
    warranty.void(db, void_row.id, reasons[min(1, len(reasons) - 1)], studio.text["void_note"])
    window.open_area("warranty")
    page = window.pages["warranty"]
    page.refresh()
    page.table.selectRow(page.model.find_key(chosen.id))
    studio.save(window, "warranty-list.png")

    registered = {r.serial for r in warranty.list_registrations(db, limit=2000)}
    unit = next(
        u for u in units.list_units(db, limit=600) if u.serial not in registered and u.customer_name
    )
    form = page.new_record()
    form.serial.setText(unit.serial)
    form.check_serial()
    form.dealer.setText(studio.text["dealer"])
    form.invoice.setText(studio.text["invoice"])
    form.channel.setCurrentIndex(form.channel.findData("dealer"))
    form.purchase_date.setFocus()
    studio.save_with_dialog(form, "warranty-register.png")
    form.discard()


def repairs_scenes(studio: Studio) -> None:
    """The orders list; an order with parts, labour and similar past repairs; intake."""
    from fieldservice.services import repairs, stock, units, warranty

    db, window = studio.db, studio.window
    delivered = repairs.list_orders(db, repairs.OrderFilter(status="delivered"), limit=400)
    registered = {r.serial for r in warranty.list_registrations(db, limit=1000)}
    covered = [
        u
        for u in units.list_units(db, limit=600)
        if u.serial in registered
        and u.customer_name
        and warranty.coverage(db, u.serial).status.value == "in_warranty"
    ]
    past, unit = next(
        (repairs.get_order(db, p.id), u)
        for p in delivered
        for u in covered
        if u.product_name == p.product_name
        and u.id != repairs.get_order(db, p.id).unit_id
        and not p.fault_reported.startswith(("Annual", "Intermittent", "Does not power"))
    )
    order = repairs.open_order(
        db,
        repairs.IntakeDraft(
            unit.id,
            past.fault_reported + studio.text["since"],
            priority="high",
            accessories=studio.text["accessories"],
            condition=studio.text["condition"],
            technician=studio.text["technician"],
        ),
    )
    repairs.move(db, order.id, "diagnosing")
    repairs.update_work(db, order.id, diagnosis=past.diagnosis + studio.text["checked"])
    part = next(p for p in stock.list_parts(db, limit=200) if p.on_hand >= 2)
    store = next(loc for loc in stock.list_locations(db) if loc.kind == "store")
    repairs.request_part(db, order.id, part.part_number, 1, store.code)
    repairs.move(db, order.id, "waiting_parts")
    repairs.issue_part(db, order.id, part.part_number, 1, store.code)
    repairs.move(db, order.id, "in_repair")
    repairs.log_labour(db, order.id, 40, studio.text["labour"], hourly_rate="48")

    window.open_area("repairs")
    screen = window.pages["repairs"]
    screen.model.refresh()
    studio.settle()
    screen.table.selectRow(0)
    studio.save(window, "repair-orders.png")
    window.open_record("repair_order", order.id)
    studio.save(window, "repair-order.png")

    # "Ready" refused without the work done: the message in sight, the field focused.
    screen.view.move_buttons["quality_check"].click()
    studio.settle()
    screen.view.move_buttons["ready"].click()
    studio.save(window, "order-errors-in-view.png")

    screen.show_list()
    other = next(u for u in covered if u.id != unit.id)
    dialog = screen.new_order()
    dialog.serial.setText(other.serial.lower())
    dialog.look_up_serial()
    dialog.fault.setPlainText(studio.text["fault"])
    dialog.accessories.setText(studio.text["accessories2"])
    dialog.condition.setText(studio.text["condition2"])
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.fault.setFocus()
    studio.save_with_dialog(dialog, "intake.png")
    dialog.discard()


def parts_scenes(studio: Studio) -> None:
    """A part with a busy history; the to-order list; a count being entered."""
    from PySide6.QtCore import QItemSelectionModel

    from fieldservice.services import repairs, stock, stockcount

    db, window = studio.db, studio.window
    part = max(stock.list_parts(db, limit=120), key=lambda r: r.on_hand)
    order = next(o for o in repairs.list_orders(db, repairs.OrderFilter(status="open"), limit=50))
    number = part.part_number
    stock.transfer(db, number, 3, "MAIN", "VAN-1", to_bin="V1", reason=studio.text["restock"])
    repairs.issue_part(db, order.id, number, 2, "MAIN")
    twice = stock.receive(db, number, 10, "MAIN", unit_cost="21.90", supplier_ref="DN-20931")
    stock.reverse(db, twice.id, studio.text["twice"])
    stock.receive(db, number, 10, "MAIN", unit_cost="21.90", supplier_ref="DN-20931")
    repairs.return_part(db, order.id, number, 1, "MAIN", faulty=True, reason=studio.text["seized"])
    repairs.request_part(db, order.id, number, 2, "MAIN")
    stock.order_from_supplier(db, number, 20, "MAIN")

    window.open_area("parts")
    screen = window.pages["parts"]
    catalogue = screen.catalogue
    catalogue.refresh()
    catalogue.open_part(part.id)
    catalogue.search.set_search("")  # the whole catalogue, with the part still open
    catalogue.refresh()
    row = catalogue.model.find_key(part.id)
    if row is not None:
        catalogue.table.selectRow(row)
        catalogue.table.scrollTo(catalogue.model.index(row, 0))
    studio.save(window, "parts-catalogue.png")

    screen.show_view("to_order")
    screen.to_order.refresh()
    selection = screen.to_order.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for chosen in (0, 2, 5):
        selection.select(screen.to_order.model.index(chosen, 0), flags)
    studio.save(window, "parts-to-order.png")

    screen.show_view("counts")
    counts = screen.counts
    counts.location.set_code("MAIN")
    counts.bin_from.setText("A1")
    counts.bin_to.setText("B9")
    counts.start()
    sheet = stockcount.count_sheet(db, counts.count_id)
    for i, line in enumerate(sheet.lines[:9]):
        counts.part.setText(line.part_number)
        counts.bin.setText(line.bin)
        counts.quantity.setText(str(line.on_hand + (-1 if i % 4 == 1 else 2 if i % 4 == 3 else 0)))
        counts.record()
    studio.save(window, "parts-count.png")


def sync_scenes(studio: Studio) -> None:
    """A new centre enrolling with its head office; the Sync area with work waiting
    to go and a change the head office refused; the same when the head office
    cannot be reached."""
    from fieldservice import demo
    from fieldservice.db import Database
    from fieldservice.services import customers, products, site, units
    from ui.mainwindow import MainWindow

    folder = studio.db.path.parent / "sync"
    folder.mkdir()
    db = Database.open(path=folder / "fieldservice.sqlite3")
    code, name, country = studio.centre[:3]
    site.setup_site(db, code, name, country=country)
    window = MainWindow(db)
    window.resize(*SIZE)
    window.show()
    try:
        window.open_area("sync")
        screen = window.pages["sync"]
        with demo.trial_head_office(folder, code, name, country=country) as (url, one_time):
            screen.enrol_form.url.setText(url)
            screen.enrol_form.code.setText(one_time)
            studio.save(window, "sync-enrol.png")
            screen.enrol_form.enrol()  # enrols, then a first round brings the catalogue
            machine = products.list_products(db, studio.text["machine"], limit=1)[0]
            for person, serial in zip(
                studio.text["enrolled"].split(","), ("BRE-7731042", "BRE-7731877"), strict=True
            ):
                owner = customers.create_customer(db, customers.CustomerDraft(person))
                units.create_unit(db, units.UnitDraft(serial, machine.id, owner.id))
            products.create_product(
                db, products.ProductDraft("BRE-CB100", studio.text["new_product"])
            )
            screen.sync_now()  # proposed to the head office: taken, listed for it to adopt
            for person in studio.text["refused"].split(","):
                owner = customers.create_customer(db, customers.CustomerDraft(person))
            units.create_unit(db, units.UnitDraft("BRE-7732310", machine.id, owner.id))
            screen.worker.refresh()
            screen.overview.reload_problems()
            window.refresh_counts()  # the data was made here, not through the window
            studio.save(window, "sync.png")
        screen.sync_now()  # the head office has gone: offline, nothing lost
        screen.worker.refresh()
        studio.save(window, "sync-offline.png")
    finally:
        window.close()
        db.close()


def reports_scenes(studio: Studio) -> None:
    """The Reports area over last month: the tiles, and one tile drilled down."""
    window = studio.window
    window.open_area("reports")
    screen = window.pages["reports"]
    screen.period_choice.setCurrentIndex(screen.period_choice.findData("last_month"))
    studio.save(window, "reports.png")
    bar = screen.tiles_page.verticalScrollBar()
    bar.setValue(bar.maximum())
    studio.save(window, "reports-trend.png")
    bar.setValue(0)
    screen.drill_down("backlog")
    studio.save(window, "reports-drill.png")
    screen.drill.back.emit()


SCENES: dict[str, Callable[[Studio], None]] = {
    "desk": desk_scenes,
    "warranty": warranty_scenes,
    "repairs": repairs_scenes,
    "parts": parts_scenes,
    "sync": sync_scenes,
    "reports": reports_scenes,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--areas", nargs="+", choices=sorted(SCENES), default=list(SCENES))
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--units", type=int, default=600)
    parser.add_argument("--language", choices=("en", "zh_CN", "zh_TW"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldservice-screens-") as scratch:
        studio = Studio(Path(scratch), args.outdir, args.customers, args.units, args.language)
        try:
            for area in args.areas:
                SCENES[area](studio)
        finally:
            studio.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
