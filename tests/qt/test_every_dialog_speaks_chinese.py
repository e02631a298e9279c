"""Every dialog of the program opened under zh_CN, with a Chinese demo centre's data
behind it, shows no English.

Each visible text (titles, labels, buttons, placeholders, combo items, tabs,
table headers and the first rows' cells, tool tips, group boxes, read-only text
boxes) is checked three ways: it is not an English source of the screens'
catalogue, not an English message of the core's catalogue, and holds no run of
English words at all (codes, e-mail addresses and the like aside). A dialog
class added to ui/ must be walked here or listed in NOT_WALKED with a reason,
so that none reaches a Chinese user untranslated unnoticed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

import ui
from tests.qt.test_translations import catalogue_sources, english_left

ROOT = Path(__file__).resolve().parents[2]
CORE_PO = ROOT / "resources/translations/core/zh_CN/LC_MESSAGES/fieldservice.po"

# Dialog classes not opened, and why.
NOT_WALKED = {
    "ui.common.formdialog.FormDialog": "a base class: its subclasses are walked",
    "ui.common.forms.EditingDialog": "a base class: its subclasses are walked",
    "ui.common.pickers.ListChoiceDialog": "a base class: its subclasses are walked",
    "ui.parts.forms.StockForm": "a base class: its subclasses are walked",
    "ui.parts.movements._OrderMovementForm": "a base class: its subclasses are walked",
    "ui.parts.movements._PartMovementForm": "a base class: its subclasses are walked",
    "ui.warranty.forms.RegistrationForm": "a base class: its subclasses are walked",
    "ui.reports.headoffice.HeadOfficeReports": "needs a head office with centres' data: walked"
    " under zh_CN with one in tests/qt/test_headoffice_reports.py",
}
# Not QDialog subclasses of ui/, so not found by the walk and not listed above:
# QFileDialog (the system's file dialog, translated by Qt's own qtbase catalogue)
# and QMessageBox boxes (their texts are the callers' tr() strings).

# Latin text allowed on a Chinese screen: codes, units, addresses of mail and web.
ALLOWED = re.compile(
    r"\b(?:SKU|CSV|PDF|QR|NPS|CSAT|ID|OK|UTF-8|GB18030|GBK|Big5|XLSX|PNG|ZPL|USB|A4|SQLite|"
    r"PostgreSQL|fieldservice|Ctrl\+\S+|\S+@\S+|https?://\S+|[A-Z0-9]+(?:-[A-Z0-9]+)+)\b"
)
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}(?:[ \-'’][A-Za-z]{3,})+")


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in ui/, by its dotted name."""
    found = {}
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{name}"] = value
    return found


def core_msgids() -> set[str]:
    """The core's English messages that zh_CN translates."""
    from babel.messages.pofile import read_po

    with CORE_PO.open("rb") as fh:
        catalogue = read_po(fh)
    found = set()
    for message in catalogue:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid, string in zip(ids, strings, strict=False):
            if string and string != msgid and "{" not in msgid:
                found.add(msgid)
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of every text a person sees in *root*, beyond what
    ``english_left`` reads: tool tips, list items, cells of the first rows of tables
    and read-only text boxes."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
    )

    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        kind = type(widget).__name__
        found = [widget.windowTitle()] if widget.isWindow() else []
        found.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.placeholderText()]
            if widget.isReadOnly():
                found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            found.append(widget.toPlainText())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit) and widget.isReadOnly():
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                columns = model.columnCount(QModelIndex())
                for orientation in (Qt.Orientation.Horizontal,):
                    found += [str(model.headerData(c, orientation) or "") for c in range(columns)]
                for row in range(min(model.rowCount(QModelIndex()), 5)):
                    for column in range(max(columns, 1)):
                        index = model.index(row, column)
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            value = model.data(index, role)
                            if isinstance(value, str):
                                found.append(value)
        texts += [(kind, text) for text in found if text and text.strip()]
    return texts


def english_in(root: QWidget, qt_sources: set[str], core: set[str], typed: set[str]) -> list[str]:
    left = english_left(root, qt_sources)
    for kind, text in visible_texts(root):
        plain = text.replace("&", "").strip()
        if plain in qt_sources:
            left.append(f"{kind}: {text!r}")
            continue
        if plain in core:
            left.append(f"{kind}: core {text!r}")
            continue
        rest = ALLOWED.sub(" ", plain)
        for value in typed:
            rest = rest.replace(value, " ")
        words = ENGLISH_WORDS.findall(rest)
        if words:
            left.append(f"{kind}: {text!r} ({words[0]!r})")
    return sorted(set(left))


@dataclass
class Centre:
    """A Chinese demo centre and the records the dialogs are opened on."""

    db: object
    parent: QWidget
    customer: object
    unit: object
    registration: object
    void_registration: object
    open_order: object
    delivered_order: object
    part: object
    movement: object
    plan: object
    due: list
    job: object
    complaint: object
    typed: set[str]


def chinese_centre(db, parent: QWidget) -> Centre:
    """SH01, a Shanghai centre, with the Chinese demo data and one of everything a
    dialog is opened on, made through the services."""
    from fieldservice import demo
    from fieldservice.services import (
        customers,
        followups,
        maintenance,
        repairs,
        site,
        stock,
        units,
        warranty,
    )

    site.setup_site(
        db,
        "SH01",
        "上海浦东服务中心",
        country="CN",
        address="上海市浦东新区张杨路500号",
        phone="021 5081 2345",
        email="service@example.com",
    )
    size = demo.DemoSize(customers=40, units=80, parts=30, movements=200, orders=60, plans=30)
    for _ in demo.generate(db, size):
        pass
    today = dt.date.today()
    rows = warranty.list_registrations(db, limit=50)
    registered = [r for r in rows if r.customer_name and r.status_on(today).value == "in_warranty"]
    registration = warranty.get_registration(db, registered[0].id)
    void_row = registered[1]
    void_record = warranty.get_registration(db, void_row.id)
    policy = warranty.get_policy(db, void_record.product_id)
    reasons = policy.void_conditions if policy else warranty.DEFAULT_VOID_CONDITIONS
    void_registration = warranty.void(db, void_row.id, reasons[0], "控制板有水渍")
    unit = units.find_by_serial(db, registration.serial)
    assert unit is not None
    customer = customers.get_customer(db, unit.customer_id)
    open_rows = repairs.list_orders(db, repairs.OrderFilter(status="open"), limit=20)
    open_order = repairs.get_order(db, open_rows[0].id)
    part = max(stock.list_parts(db, limit=100), key=lambda p: p.on_hand)
    store = next(loc for loc in stock.list_locations(db) if loc.kind == "store")
    repairs.request_part(db, open_order.id, part.part_number, 1, store.code)
    repairs.issue_part(db, open_order.id, part.part_number, 1, store.code)
    repairs.log_labour(db, open_order.id, 30, "检测并更换备件", hourly_rate="80")
    delivered = repairs.list_orders(db, repairs.OrderFilter(status="delivered"), limit=5)
    delivered_order = repairs.get_order(db, delivered[0].id)
    movement = stock.receive(db, part.part_number, 5, store.code, unit_cost="21.90")
    due = maintenance.list_due(db, maintenance.DueFilter(today), limit=10)
    assert len(due) >= 2
    plan = maintenance.get_plan(db, due[0].plan.id)
    at = dt.datetime.combine(today, dt.time(10, 0)).astimezone()
    booked = maintenance.book_visit(db, [due[1].plan.id], visit_at=at, technician="陈志强")
    job = maintenance.visit_job(db, booked[0])
    complaint = followups.open_complaint(
        db, "等备件等了两周，也没人打电话说明原因。", order_id=delivered_order.id
    )
    return Centre(
        db,
        parent,
        customer,
        unit,
        registration,
        void_registration,
        open_order,
        delivered_order,
        stock.get_part(db, part.id),
        movement,
        plan,
        due[2:4] or due[:1],
        job,
        complaint,
        typed={"service@example.com"},
    )


def _import_report():
    from fieldservice.services.csvfiles import ImportReport, RowError

    return ImportReport(imported=3, unchanged=1, errors=[RowError(4, "序列号为空。")])


def _pdf(c: Centre) -> bytes:
    from fieldservice.services import stock

    return stock.part_labels_pdf(c.db, [c.part.part_number])


def _reason_dialog(c: Centre):
    from ui.repairs.dialogs import ReasonDialog

    return ReasonDialog(c.parent, "取消工单", "说明原因。", "取消工单", lambda *a: None)


# How each dialog is opened, by its class's dotted name.
WALKED: dict[str, Callable[[Centre], QDialog]] = {
    "ui.about.AboutDialog": lambda c: _about(c),
    "ui.common.customerform.CustomerForm": lambda c: _m("ui.common.customerform").CustomerForm(
        c.db, c.customer, c.parent
    ),
    "ui.common.forms.DiscardQuestion": lambda c: _m("ui.common.forms").DiscardQuestion(c.parent),
    "ui.common.importreport.ImportReportDialog": lambda c: _m(
        "ui.common.importreport"
    ).ImportReportDialog(_import_report(), "保修登记.csv", c.parent),
    "ui.common.pdfpreview.PdfPreviewDialog": lambda c: _m("ui.common.pdfpreview").PdfPreviewDialog(
        _pdf(c), "备件标签", "labels.pdf", c.parent
    ),
    "ui.common.pickers.PickCustomerDialog": lambda c: _m("ui.common.pickers").PickCustomerDialog(
        c.parent, db=c.db
    ),
    "ui.common.unitforms.ProductForm": lambda c: _m("ui.common.unitforms").ProductForm(
        c.db, c.parent
    ),
    "ui.common.unitforms.UnitForm": lambda c: _m("ui.common.unitforms").UnitForm(
        c.db, c.unit, c.parent
    ),
    "ui.documents.DocumentSettingsDialog": lambda c: _m("ui.documents").DocumentSettingsDialog(
        c.db, _m("fieldservice.services.documents").document_settings(c.db), c.parent
    ),
    "ui.firstrun.SiteSetupDialog": lambda c: _m("ui.firstrun").SiteSetupDialog(c.db, c.parent),
    "ui.followups.forms.AssignDialog": lambda c: _m("ui.followups.forms").AssignDialog(
        c.db, c.complaint, c.parent
    ),
    "ui.followups.forms.ComplaintDialog": lambda c: _m("ui.followups.forms").ComplaintDialog(
        c.db, order_id=c.delivered_order.id, parent=c.parent
    ),
    "ui.followups.forms.DelayDialog": lambda c: _m("ui.followups.forms").DelayDialog(
        c.db, c.parent
    ),
    "ui.followups.forms.ResolveDialog": lambda c: _m("ui.followups.forms").ResolveDialog(
        c.db, c.complaint, c.parent
    ),
    "ui.maintenance.chooser.PickUnitDialog": lambda c: _m("ui.maintenance.chooser").PickUnitDialog(
        c.db, "", c.parent
    ),
    "ui.maintenance.forms.BookVisitDialog": lambda c: _m("ui.maintenance.forms").BookVisitDialog(
        c.db, c.due, c.parent
    ),
    "ui.maintenance.forms.CompleteVisitDialog": lambda c: _m(
        "ui.maintenance.forms"
    ).CompleteVisitDialog(c.db, c.job, c.parent),
    "ui.maintenance.forms.PlanForm": lambda c: _m("ui.maintenance.forms").PlanForm(
        c.db, plan=c.plan, parent=c.parent
    ),
    "ui.mainwindow.DemoDataDialog": lambda c: _m("ui.mainwindow").DemoDataDialog(c.parent),
    "ui.parts.forms.LocationForm": lambda c: _m("ui.parts.forms").LocationForm(c.db, c.parent),
    "ui.parts.forms.LocationsDialog": lambda c: _m("ui.parts.forms").LocationsDialog(
        c.db, c.parent
    ),
    "ui.parts.forms.PartForm": lambda c: _m("ui.parts.forms").PartForm(c.db, c.part, c.parent),
    "ui.parts.forms.ReorderRuleForm": lambda c: _m("ui.parts.forms").ReorderRuleForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.labels.LabelsDialog": lambda c: _m("ui.parts.labels").LabelsDialog(
        c.db, _m("fieldservice.services.stock").list_parts(c.db, limit=3), c.parent
    ),
    "ui.parts.movements.AdjustForm": lambda c: _m("ui.parts.movements").AdjustForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.movements.IssueForm": lambda c: _m("ui.parts.movements").IssueForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.movements.ReceiveForm": lambda c: _m("ui.parts.movements").ReceiveForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.movements.ReturnForm": lambda c: _m("ui.parts.movements").ReturnForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.movements.ReverseForm": lambda c: _m("ui.parts.movements").ReverseForm(
        c.db, c.movement, c.parent
    ),
    "ui.parts.movements.TransferForm": lambda c: _m("ui.parts.movements").TransferForm(
        c.db, c.parent, part=c.part.part_number
    ),
    "ui.parts.ordering.SupplierOrderDialog": lambda c: _m("ui.parts.ordering").SupplierOrderDialog(
        c.db, _m("fieldservice.services.stock").to_order(c.db)[:3], c.parent
    ),
    "ui.repairs.dialogs.PartDialog": lambda c: _m("ui.repairs.dialogs").PartDialog(
        c.db,
        _m("fieldservice.services.repairs").order_view(c.db, c.open_order.id),
        "issue",
        c.parent,
    ),
    "ui.repairs.dialogs.ReasonDialog": _reason_dialog,
    "ui.reports.headoffice.HeadOfficeSignIn": lambda c: _m(
        "ui.reports.headoffice"
    ).HeadOfficeSignIn(c.db, c.parent),
    "ui.repairs.dialogs.ReworkDialog": lambda c: _m("ui.repairs.dialogs").ReworkDialog(
        c.db, c.delivered_order, c.parent
    ),
    "ui.repairs.intake.IntakeDialog": lambda c: _m("ui.repairs.intake").IntakeDialog(
        c.db, c.parent, unit_id=c.unit.id
    ),
    "ui.repairs.screen.TargetsDialog": lambda c: _m("ui.repairs.screen").TargetsDialog(
        c.db, c.parent
    ),
    "ui.warranty.certificates.BatchPrintDialog": lambda c: _m(
        "ui.warranty.certificates"
    ).BatchPrintDialog(c.db, c.parent),
    "ui.warranty.forms.AmendDialog": lambda c: _m("ui.warranty.forms").AmendDialog(
        c.db, c.registration, c.parent
    ),
    "ui.warranty.forms.ExtendDialog": lambda c: _m("ui.warranty.forms").ExtendDialog(
        c.db, c.registration, c.parent
    ),
    "ui.warranty.forms.RegisterDialog": lambda c: _m("ui.warranty.forms").RegisterDialog(
        c.db, c.parent
    ),
    "ui.warranty.forms.ReinstateDialog": lambda c: _m("ui.warranty.forms").ReinstateDialog(
        c.db, c.void_registration, c.parent
    ),
    "ui.warranty.forms.VoidDialog": lambda c: _m("ui.warranty.forms").VoidDialog(
        c.db, c.registration, c.parent
    ),
    "ui.warranty.policies.PoliciesDialog": lambda c: _m("ui.warranty.policies").PoliciesDialog(
        c.db, c.parent
    ),
}


def _m(name: str):
    return importlib.import_module(name)


def _about(c: Centre):
    from fieldservice.services import about

    return _m("ui.about").AboutDialog(about.installation(c.db), c.parent)


def test_every_dialog_class_of_the_ui_is_walked_or_listed_with_its_reason():
    found = set(dialog_classes())
    assert sorted(found - set(WALKED) - set(NOT_WALKED)) == [], (
        "a new dialog: open it in WALKED (or list it in NOT_WALKED, with the reason)"
    )
    assert sorted((set(WALKED) | set(NOT_WALKED)) - found) == [], "gone from ui/: take it out"


def test_every_dialog_under_zh_cn_shows_no_english(qtbot, fresh_db, chinese):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1280, 800)
    parent.show()
    centre = chinese_centre(fresh_db, parent)
    qt_sources = catalogue_sources("zh_CN")
    core = core_msgids()
    left: dict[str, list[str]] = {}
    for name, make in WALKED.items():
        dialog = make(centre)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(10)
        found = english_in(dialog, qt_sources, core, centre.typed)
        if found:
            left[name] = found
        if hasattr(dialog, "discard"):
            dialog.discard()
        else:
            dialog.reject()
        dialog.deleteLater()
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())
