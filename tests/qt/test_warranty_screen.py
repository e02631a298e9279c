"""The front desk keeps the warranty archive: registers sold units, answers "is it
still covered?", corrects, extends and voids warranties, prints certificates and
imports dealers' lists."""

from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication

from fieldservice.services import warranty
from fieldservice.services.coverage import CoverageStatus
from ui.common.pagedmodel import display
from ui.warranty.forms import RegisterDialog
from ui.warranty.screen import WarrantyScreen

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()
LAST_MONTH = TODAY - dt.timedelta(days=30)


@pytest.fixture
def screen(qtbot, db):
    view = WarrantyScreen(db)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def recent_warranty(db, dishwasher, dishwasher_policy, jane):
    """Jane's dishwasher, bought a month ago: in warranty whatever day the tests run."""
    return warranty.register(
        db,
        warranty.RegistrationDraft(
            "AQD-7007",
            dishwasher.id,
            LAST_MONTH,
            customer_id=jane.id,
            dealer="Kitchen World Leeds",
            invoice_ref="INV-7007",
            registered_on=LAST_MONTH,
        ),
    )


# Typing a product opens its completion pop-up, which the offscreen platform
# cannot raise nor give the keyboard to; it says so, and that is not our warning.
@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_a_warranty_registered_through_the_dialog_is_listed_and_shown(
    qtbot, screen, db, dishwasher, dishwasher_policy, jane
):
    qtbot.mouseClick(screen.new_button, LEFT)
    form = screen.form
    assert isinstance(form, RegisterDialog) and form.isVisible()

    qtbot.keyClicks(form.serial, "aqd-5005")
    qtbot.keyClick(form.serial, Qt.Key.Key_Return)  # a scanner's Enter moves on, not saves
    assert form.isVisible() and form.saved is None
    assert "new serial" in form.known_unit.text()
    assert form.focusWidget() is form.product
    qtbot.keyClicks(form.product.lineEdit(), "Aqualine Dishwasher DW600 (AQU-DW600)")
    assert "24 months warranty, then 36 months service" in form.policy_note.text()
    qtbot.keyClicks(form.owner.field, "riverside")
    qtbot.keyClick(form.owner.field, Qt.Key.Key_Return)
    form.owner.dialog.choose(jane.id)
    form.purchase_date.set_value(LAST_MONTH)
    qtbot.keyClicks(form.dealer, "Kitchen World Leeds")
    qtbot.keyClicks(form.invoice, "INV-5005")
    form.channel.setCurrentIndex(form.channel.findData("dealer"))
    qtbot.mouseClick(form.save_button, LEFT)

    assert not form.isVisible()
    saved = form.saved
    assert saved is not None and saved.number == "LD01-WC-000001"
    assert (saved.serial, saved.customer_id, saved.purchase_date) == (
        "AQD-5005",
        jane.id,
        LAST_MONTH,
    )
    assert (saved.dealer, saved.invoice_ref, saved.channel) == (
        "Kitchen World Leeds",
        "INV-5005",
        "dealer",
    )
    card = screen.card
    assert card.title.text() == "LD01-WC-000001"
    assert card.badge.status is CoverageStatus.IN_WARRANTY
    assert card.badge.headline.text() == f"In warranty until {display(saved.warranty_end)}"
    assert card.sale_facts.values["channel"].text() == "Dealer"
    assert "Jane Smith" in card.owner_facts.values["name"].text()
    assert card.history.texts() == ["Registered as LD01-WC-000001"]
    row = screen.model.find_key(saved.id)
    assert row is not None and screen.table.currentIndex().row() == row


def test_an_owner_nobody_has_met_is_added_from_the_chooser_and_becomes_the_owner(
    qtbot, db, dishwasher, dishwasher_policy, jane
):
    form = RegisterDialog(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "AQD-6006")
    qtbot.keyClick(form.serial, Qt.Key.Key_Return)
    form.product.set_product(dishwasher.id)
    qtbot.keyClicks(form.owner.field, "Li Wei")
    qtbot.keyClick(form.owner.field, Qt.Key.Key_Return)
    chooser = form.owner.dialog
    assert chooser is not None and chooser.isVisible()
    qtbot.waitUntil(lambda: chooser.status.text() == "No customer matches.")

    assert chooser.new_button is not None
    qtbot.mouseClick(chooser.new_button, LEFT)
    new = chooser.customer_form
    assert new is not None and new.isVisible()
    assert (new.name.text(), new.phone.text()) == ("Li Wei", "")
    qtbot.keyClicks(new.phone, "0113 49")
    qtbot.mouseClick(new.save_button, LEFT)
    assert new.isVisible() and chooser.isVisible() and new.saved is None
    assert "not a valid phone number" in (new.errors.message("phone") or "")
    assert form.owner.customer_id is None

    new.phone.clear()
    qtbot.keyClicks(new.phone, "0113 496 0777")
    qtbot.mouseClick(new.save_button, LEFT)
    assert new.saved is not None and not new.isVisible() and not chooser.isVisible()
    assert form.owner.customer_id == new.saved.id
    assert form.owner.field.text().startswith("Li Wei · 0113 496 0777")

    form.purchase_date.set_value(LAST_MONTH)
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.saved is not None and not form.isVisible()
    assert form.saved.customer_id == new.saved.id != jane.id


def test_a_phone_number_searched_for_goes_to_the_new_customers_phone(qtbot, db):
    form = RegisterDialog(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.owner.field, "0113 496 0555")
    qtbot.keyClick(form.owner.field, Qt.Key.Key_Return)
    new = form.owner.dialog.new_customer()
    assert (new.name.text(), new.phone.text()) == ("", "0113 496 0555")
    new.discard()


def test_a_known_units_serial_fills_in_its_product_and_owner(
    qtbot, db, janes_dishwasher, dishwasher, dishwasher_policy, jane
):
    form = RegisterDialog(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "AQD-1001")
    qtbot.keyClick(form.serial, Qt.Key.Key_Return)

    assert form.saved is None and form.isVisible()
    assert form.product.product_id() == dishwasher.id
    assert form.owner.customer_id == jane.id
    assert form.purchase_date.value() == dt.date(2025, 3, 14)
    assert "Known unit: Aqualine Dishwasher DW600, owner Jane Smith" in form.known_unit.text()
    assert not form.open_existing.isVisible()  # known, but not registered yet


def test_a_duplicate_serial_is_refused_next_to_the_serial_naming_the_certificate(
    qtbot, db, janes_warranty
):
    form = RegisterDialog(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "aqd-1001")
    form.purchase_date.set_value(dt.date(2025, 4, 2))
    qtbot.keyClicks(form.dealer, "Appliance Depot")
    qtbot.keyClicks(form.invoice, "INV-0402")
    qtbot.keyClicks(form.notes, "Customer brought the box")

    qtbot.mouseClick(form.save_button, LEFT)

    assert form.saved is None and form.isVisible()
    message = form.errors.message("serial") or ""
    assert "AQD-1001 is already registered" in message
    assert janes_warranty.number in message and "Jane Smith" in message
    assert form.serial.property("invalid") is True
    assert form.open_existing.isVisible()
    assert form.open_existing.text() == f"Open certificate {janes_warranty.number}"
    # Nothing typed is lost.
    assert form.serial.text() == "aqd-1001"
    assert form.purchase_date.value() == dt.date(2025, 4, 2)
    assert (form.dealer.text(), form.invoice.text()) == ("Appliance Depot", "INV-0402")
    assert form.notes.toPlainText() == "Customer brought the box"
    assert warranty.count_registrations(db) == 1

    with qtbot.waitSignal(form.openExistingRequested) as opened:
        qtbot.mouseClick(form.open_existing, LEFT)
    assert opened.args == [janes_warranty.id]


def test_a_product_without_a_policy_is_refused_at_the_product(qtbot, db, coffee_machine):
    form = RegisterDialog(db)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.serial, "BRE-1")
    form.product.set_product(coffee_machine.id)
    assert "no warranty policy yet" in form.policy_note.text()
    form.purchase_date.set_value(LAST_MONTH)
    assert form.save() is False
    assert "There is no warranty policy for Brewmaster" in (form.errors.message("product") or "")

    qtbot.mouseClick(form.set_policy_link, LEFT)  # fixed on the spot
    policies = form.policies
    assert policies is not None and policies.product_id == coffee_machine.id
    policies.warranty_months.setValue(12)
    qtbot.mouseClick(policies.save_button, LEFT)
    policies.accept()
    assert form.errors.message("product") is None
    assert form.policy_note.text() == "12 months warranty, no service period"
    assert not form.set_policy_link.isVisible()
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.saved is not None and form.saved.warranty_months == 12


def test_scanning_a_certificate_number_opens_the_registration(qtbot, window, janes_warranty):
    window.desk.scan.clear()
    qtbot.keyClicks(window.desk.scan, janes_warranty.number.lower())
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_Return)

    assert window.current_area() == "warranty"
    page = window.pages["warranty"]
    assert isinstance(page, WarrantyScreen)
    assert page.card.title.text() == janes_warranty.number
    assert page.search.text() == janes_warranty.number
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 0)
    assert page.model.key(0) == janes_warranty.id

    # The owner opens in the Customers area.
    qtbot.mouseClick(page.card.owner_link, LEFT)
    assert window.current_area() == "customers"
    assert window.customers.card.title.text() == "Jane Smith"


def test_extending_and_voiding_update_the_badge_and_the_history_at_once(
    qtbot, screen, db, recent_warranty
):
    screen.open_registration(recent_warranty.id)
    card = screen.card
    assert card.badge.status is CoverageStatus.IN_WARRANTY
    before = recent_warranty.warranty_end

    qtbot.mouseClick(card.extend_button, LEFT)
    extend = screen.form
    extend.months.selectAll()
    qtbot.keyClicks(extend.months, "6")
    assert extend.months.value() == 6
    qtbot.mouseClick(extend.save_button, LEFT)
    assert extend.isVisible()  # the reason is required
    assert extend.errors.message("reason") == "Enter the reason for the change."
    qtbot.keyClicks(extend.reason, "Goodwill after a repeated pump repair")
    qtbot.mouseClick(extend.save_button, LEFT)

    assert not extend.isVisible()
    extended = warranty.get_registration(db, recent_warranty.id)
    assert extended.warranty_end > before
    assert card.badge.headline.text() == f"In warranty until {display(extended.warranty_end)}"
    assert card.coverage_facts.values["extension"].text() == "+ 6 months"
    assert card.history.texts()[0] == "Extended by 6 months"

    qtbot.mouseClick(card.void_button, LEFT)
    void = screen.form
    qtbot.mouseClick(void.save_button, LEFT)
    assert void.errors.message("reason") == "Choose the reason from the list."
    void.reason.setCurrentIndex(void.reason.findText("Liquid damage"))
    qtbot.keyClicks(void.note, "Water marks on the control board")
    qtbot.mouseClick(void.save_button, LEFT)

    assert not void.isVisible()
    assert card.badge.status is CoverageStatus.VOID
    assert card.badge.headline.text() == "Void: Liquid damage"
    assert "Water marks on the control board" in card.badge.detail.text()
    assert card.history.texts()[:2] == ["Voided: Liquid damage", "Extended by 6 months"]
    assert card.reinstate_button.isVisible() and not card.void_button.isVisible()
    assert not card.extend_button.isEnabled()
    assert not card.certificate_button.isEnabled()
    # The list marks it void too.
    row = screen.model.find_key(recent_warranty.id)
    status = screen.model.index(row, len(screen.model.columns) - 1)
    assert status.data() == "Void"
    assert screen.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    qtbot.mouseClick(card.reinstate_button, LEFT)
    reinstate = screen.form
    qtbot.keyClicks(reinstate.reason, "The leak came from a faulty inlet valve")
    qtbot.mouseClick(reinstate.save_button, LEFT)
    assert card.badge.status is CoverageStatus.IN_WARRANTY
    assert card.history.texts()[0] == "Reinstated (was void: Liquid damage)"


def test_an_amendment_needs_a_reason_and_is_kept_in_the_history(qtbot, screen, db, recent_warranty):
    screen.open_registration(recent_warranty.id)
    qtbot.mouseClick(screen.card.amend_button, LEFT)
    amend = screen.form
    amend.dealer.clear()
    qtbot.keyClicks(amend.dealer, "Appliance Depot")
    qtbot.mouseClick(amend.save_button, LEFT)
    assert amend.errors.message("reason") == "Enter the reason for the change."
    assert amend.dealer.text() == "Appliance Depot"
    qtbot.keyClicks(amend.reason, "Sold by the depot, not Kitchen World")
    qtbot.mouseClick(amend.save_button, LEFT)

    assert screen.card.sale_facts.values["dealer"].text() == "Appliance Depot"
    assert screen.card.history.texts()[0] == (
        "Dealer changed from “Kitchen World Leeds” to “Appliance Depot”"
    )


def test_the_import_report_lists_every_refused_line(
    qtbot, screen, db, dishwasher, dishwasher_policy, tmp_path
):
    listing = tmp_path / "kitchen-world.csv"
    listing.write_text(
        "Serial No.,SKU,Purchase date,Customer name,Dealer\n"
        "AQD-8001,AQU-DW600,2025-05-02,Amelia Hughes,Kitchen World Leeds\n"
        "AQD-8002,XYZ-999,2025-05-02,Ben Carter,Kitchen World Leeds\n"
        "AQD-8003,AQU-DW600,2025-05-02,Chloe Davies,Kitchen World Leeds\n"
        "AQD-8004,AQU-DW600,02/05/2025,Dan Evans,Kitchen World Leeds\n",
        encoding="utf-8",
    )
    screen.import_file(listing)

    report = screen.dialog
    assert report is not None and report.isVisible()
    assert report.imported.number.text() == "2"
    assert report.unchanged.number.text() == "0"
    assert report.refused.number.text() == "2"
    lines = [report.model.row(i) for i in range(report.model.rowCount())]
    assert [e.line for e in lines] == [3, 5]
    assert lines[0].message == "Unknown product code “XYZ-999”."
    assert "02/05/2025" in lines[1].message
    assert report.model.index(0, 0).data() == "3"
    copied = report.copy_all()
    assert QGuiApplication.clipboard().text() == copied
    assert copied.splitlines()[0] == "3\tUnknown product code “XYZ-999”."
    assert screen.model.total() == 2  # the list shows the new registrations
    report.accept()

    screen.import_file(listing)  # the same file again changes nothing
    again = screen.dialog
    assert again.imported.number.text() == "0"
    assert again.unchanged.number.text() == "2"
    assert warranty.count_registrations(db) == 2


def _delivery(db, dishwasher) -> list[warranty.RegistrationRecord]:
    made = []
    for i, dealer in enumerate(["Kitchen World Leeds"] * 3 + ["Appliance Depot"]):
        made.append(
            warranty.register(
                db,
                warranty.RegistrationDraft(
                    f"AQD-90{i}",
                    dishwasher.id,
                    LAST_MONTH,
                    dealer=dealer,
                    invoice_ref="INV-900",
                    registered_on=LAST_MONTH,
                ),
            )
        )
    return made


def test_a_batch_is_written_one_certificate_per_page_and_previewed(
    qtbot, screen, db, dishwasher, dishwasher_policy, tmp_path
):
    _delivery(db, dishwasher)
    qtbot.mouseClick(screen.batch_button, LEFT)
    dialog = screen.dialog
    assert not dialog.write_button.isEnabled()
    qtbot.keyClicks(dialog.dealer.lineEdit(), "Kitchen World Leeds")
    qtbot.waitUntil(lambda: dialog.matches.text() == "3 certificates match.")
    assert dialog.write_button.isEnabled()

    target = tmp_path / "kitchen-world"
    dialog.write_to(target)

    written = tmp_path / "kitchen-world.pdf"
    assert dialog.written == written
    pdf = pypdfium2.PdfDocument(str(written))
    try:
        assert len(pdf) == 3
    finally:
        pdf.close()
    assert "3 certificates written to" in dialog.banner.label.text()
    (open_preview,) = dialog.banner.buttons
    qtbot.mouseClick(open_preview, LEFT)
    assert dialog.preview_dialog is not None and dialog.preview_dialog.isVisible()
    assert dialog.preview_dialog.document.pageCount() == 3


def test_a_cancelled_batch_leaves_no_file(
    qtbot, screen, db, dishwasher, dishwasher_policy, tmp_path
):
    _delivery(db, dishwasher)
    dialog = screen.print_batch()
    qtbot.keyClicks(dialog.invoice, "INV-900")
    qtbot.waitUntil(lambda: dialog.matches.text() == "4 certificates match.")
    steps = []

    def press_cancel(done: int, total: int) -> None:
        steps.append((done, total))
        dialog.op.cancel()

    folder = tmp_path / "certificates"
    folder.mkdir()
    dialog.progressed.connect(press_cancel)
    dialog.write_to(folder / "cancelled.pdf")

    assert steps == [(1, 4)]
    assert list(folder.iterdir()) == []  # neither the PDF nor a part of it
    assert dialog.written is None
    assert dialog.banner.label.text() == "Stopped: no file was written."


def test_the_certificate_preview_opens_with_one_page(qtbot, screen, janes_warranty):
    screen.open_registration(janes_warranty.id)
    qtbot.mouseClick(screen.card.certificate_button, LEFT)
    preview = screen.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() == 1
    assert preview.filename == f"{janes_warranty.number}.pdf"


def test_products_without_a_policy_are_listed_first_and_can_be_given_one(
    qtbot, screen, db, dishwasher, dishwasher_policy, coffee_machine
):
    dialog = screen.edit_policies()
    assert dialog.missing_banner.isVisible()
    assert "1 product has no warranty policy" in dialog.missing_banner.label.text()
    assert dialog.products.item(0, 0).text() == "Brewmaster Espresso Machine CM450"
    assert dialog.product_id == coffee_machine.id

    dialog.warranty_months.setValue(18)
    dialog.service_months.setValue(24)
    dialog.terms.setPlainText("Parts and labour for manufacturing defects.")
    dialog.conditions.setPlainText("Physical damage\n\nScale not removed as the manual says\n")
    qtbot.mouseClick(dialog.save_button, LEFT)

    policy = warranty.get_policy(db, coffee_machine.id)
    assert policy is not None and (policy.warranty_months, policy.service_months) == (18, 24)
    assert policy.void_conditions == ("Physical damage", "Scale not removed as the manual says")
    assert not dialog.missing_banner.isVisible()
    assert dialog.has_policy(coffee_machine.id)
    assert dialog.product_id == coffee_machine.id


def test_new_warranty_registration_from_the_menu_opens_the_register_dialog(window):
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "&Warranty registration…"]
    action.trigger()
    assert window.current_area() == "warranty"
    form = window.pages["warranty"].form
    assert isinstance(form, RegisterDialog) and form.isVisible()
    form.reject()


def test_an_empty_archive_and_a_search_finding_nothing_say_what_to_do(qtbot, screen, db):
    assert screen.empty.title.text() == "No warranties registered yet"
    assert "Import…" in screen.empty.text.text()
    screen.search.set_search("LD01-WC-999999")
    assert screen.empty.title.text() == "Nothing matches “LD01-WC-999999”"


def test_escape_in_the_policies_dialog_asks_before_losing_changed_months_and_enter_saves(
    qtbot, screen, db, dishwasher, dishwasher_policy, monkeypatch
):
    import ui.common.forms

    asked = []
    monkeypatch.setattr(
        ui.common.forms, "confirm_discard", lambda _parent: asked.append(1) or False
    )
    dialog = screen.edit_policies(dishwasher.id)
    qtbot.waitExposed(dialog)
    months = dialog.warranty_months
    months.setFocus()
    months.selectAll()
    qtbot.keyClicks(months, "36")

    qtbot.keyClick(months, Qt.Key.Key_Escape)
    assert len(asked) == 1  # "Discard what you typed?" answered Keep editing
    assert dialog.isVisible() and months.value() == 36

    qtbot.keyClick(months, Qt.Key.Key_Return)
    assert warranty.get_policy(db, dishwasher.id).warranty_months == 36
    assert dialog.isVisible()

    # Saved: nothing is lost by closing now, so nothing is asked.
    qtbot.keyClick(dialog.warranty_months, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert not dialog.isVisible()
