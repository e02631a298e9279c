"""A clerk never loses what was typed in a form by pressing Enter, Escape, Cancel or
the window's close button: Enter does the form's main action (or nothing), and
closing a form with something typed asks "Discard what you typed?" first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton

import ui.common.forms
import ui.warranty.certificates
from fieldservice.services import warranty
from ui.common.customerform import CustomerForm
from ui.common.unitforms import ProductForm, UnitForm
from ui.followups.screen import ComplaintDialog
from ui.parts.movements import ReceiveForm
from ui.repairs.intake import IntakeDialog
from ui.repairs.screen import TargetsDialog
from ui.warranty.certificates import BatchPrintDialog
from ui.warranty.forms import RegisterDialog

LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return
ESCAPE = Qt.Key.Key_Escape
LAST_MONTH = dt.date.today() - dt.timedelta(days=30)


class Questions:
    """Stands in for the "Discard what you typed?" box: counts the questions and
    gives the answer a test chose."""

    def __init__(self) -> None:
        self.asked = 0
        self.discard = False

    def __call__(self, _parent) -> bool:
        self.asked += 1
        return self.discard


@pytest.fixture
def questions(monkeypatch):
    answers = Questions()
    monkeypatch.setattr(ui.common.forms, "confirm_discard", answers)
    return answers


def _opened(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def open_dialogs(questions):
    """Dialogs a test opened; closed without a question when the test ends."""
    opened = []
    yield opened
    for dialog in opened:
        dialog.discard()
        dialog.deleteLater()


@pytest.fixture
def batch(qtbot, db, open_dialogs):
    dialog = _opened(qtbot, BatchPrintDialog(db))
    open_dialogs.append(dialog)
    return dialog


@pytest.fixture
def delivery(db, dishwasher, dishwasher_policy):
    """Three dishwashers Kitchen World Leeds sold last month."""
    for n in range(3):
        warranty.register(
            db,
            warranty.RegistrationDraft(
                f"AQD-81{n:02d}",
                dishwasher.id,
                LAST_MONTH,
                dealer="Kitchen World Leeds",
                invoice_ref="INV-8100",
                registered_on=LAST_MONTH,
            ),
        )


# -- the batch-print dialog ---------------------------------------------------------------


def test_enter_in_the_dealer_field_does_not_close_the_batch_print_dialog_or_lose_the_dealer(
    qtbot, batch, questions
):
    field = batch.dealer.lineEdit()
    qtbot.keyClicks(field, "Kitchen World Leeds")
    qtbot.keyClick(field, ENTER)

    assert batch.isVisible()
    assert batch.dealer.currentText() == "Kitchen World Leeds"
    assert questions.asked == 0


def test_enter_in_the_dealer_field_once_certificates_match_writes_them_as_the_button_does(
    qtbot, batch, delivery, monkeypatch, tmp_path
):
    target = tmp_path / "kitchen-world.pdf"
    chosen = []

    def save_file_name(*args):
        chosen.append(args)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(ui.warranty.certificates.QFileDialog, "getSaveFileName", save_file_name)
    field = batch.dealer.lineEdit()
    qtbot.keyClicks(field, "Kitchen World Leeds")
    qtbot.waitUntil(lambda: batch.matches.text() == "3 certificates match.")
    qtbot.keyClick(field, ENTER)

    assert len(chosen) == 1
    assert batch.written == target and target.exists()
    assert batch.isVisible()
    assert batch.dealer.currentText() == "Kitchen World Leeds"


def test_escape_on_the_batch_print_dialog_with_a_dealer_typed_asks_and_keep_editing_keeps_it(
    qtbot, batch, questions
):
    field = batch.dealer.lineEdit()
    qtbot.keyClicks(field, "Kitchen World")
    qtbot.keyClick(field, ESCAPE)

    assert questions.asked == 1
    assert batch.isVisible()
    assert batch.dealer.currentText() == "Kitchen World"


def test_close_on_the_batch_print_dialog_with_an_invoice_typed_discards_when_told_to(
    qtbot, batch, questions
):
    qtbot.keyClicks(batch.invoice, "INV-8100")
    questions.discard = True
    qtbot.mouseClick(batch.close_button, LEFT)

    assert questions.asked == 1
    assert not batch.isVisible()


def test_escape_on_an_untouched_batch_print_dialog_closes_it_at_once(qtbot, batch, questions):
    qtbot.keyClick(batch.dealer.lineEdit(), ESCAPE)

    assert questions.asked == 0
    assert not batch.isVisible()


# -- the forms of every screen --------------------------------------------------------------


# Each form, and the field typed into: (dialog class, field's attribute).
RECEIVE = pytest.param((ReceiveForm, "supplier_ref"), id="receive")
UNIT = pytest.param((UnitForm, "serial"), id="unit")
FORMS = [
    pytest.param((RegisterDialog, "serial"), id="register"),
    RECEIVE,
    pytest.param((ComplaintDialog, "description"), id="complaint"),
    pytest.param((CustomerForm, "name"), id="customer"),
    pytest.param((ProductForm, "sku"), id="product"),
    UNIT,
    pytest.param((IntakeDialog, "fault"), id="intake"),
]


@pytest.fixture
def form(qtbot, db, open_dialogs, request):
    dialog_class, field_name = request.param
    dialog = dialog_class(db)
    field = getattr(dialog, field_name)
    _opened(qtbot, dialog)
    open_dialogs.append(dialog)
    return dialog, field


def _text(field) -> str:
    return field.toPlainText() if hasattr(field, "toPlainText") else field.text()


@pytest.mark.parametrize("form", FORMS, indirect=True)
def test_escape_on_a_form_with_something_typed_asks_and_keep_editing_keeps_it(
    qtbot, form, questions
):
    dialog, field = form
    qtbot.keyClicks(field, "AQD-4242")
    qtbot.keyClick(field, ESCAPE)

    assert questions.asked == 1
    assert dialog.isVisible()
    assert _text(field) == "AQD-4242"


@pytest.mark.parametrize("form", FORMS, indirect=True)
def test_cancel_on_a_form_with_something_typed_asks_and_discard_closes_it(qtbot, form, questions):
    dialog, field = form
    qtbot.keyClicks(field, "AQD-4242")
    questions.discard = True
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, LEFT)

    assert questions.asked == 1
    assert not dialog.isVisible()


@pytest.mark.parametrize("form", FORMS, indirect=True)
def test_the_window_close_button_on_a_form_with_something_typed_asks_first(qtbot, form, questions):
    dialog, field = form
    qtbot.keyClicks(field, "AQD-4242")
    closing = QCloseEvent()
    dialog.closeEvent(closing)

    assert questions.asked == 1
    assert not closing.isAccepted()
    assert dialog.isVisible()
    assert _text(field) == "AQD-4242"


@pytest.mark.parametrize("form", FORMS, indirect=True)
def test_escape_on_an_untouched_form_closes_it_at_once(qtbot, form, questions):
    dialog, field = form
    qtbot.keyClick(field, ESCAPE)

    assert questions.asked == 0
    assert not dialog.isVisible()


@pytest.mark.parametrize("form", [RECEIVE], indirect=True)
def test_enter_in_a_form_field_saves_as_the_button_does_and_a_refusal_keeps_the_typing(
    qtbot, form, questions
):
    dialog, field = form
    qtbot.keyClicks(field, "DN-5531")
    qtbot.keyClick(field, ENTER)

    # Nothing to receive yet: the save is refused next to the part, the rest stays.
    assert dialog.isVisible()
    assert dialog.errors.message("part_number")
    assert field.text() == "DN-5531"
    assert questions.asked == 0


@pytest.mark.parametrize("form", [UNIT], indirect=True)
def test_enter_in_the_serial_of_a_new_unit_saves_and_a_refusal_keeps_the_serial(
    qtbot, form, questions
):
    dialog, field = form
    qtbot.keyClicks(field, "AQD-4242")
    qtbot.keyClick(field, ENTER)

    # No product chosen: the save is refused next to the product, the serial stays.
    assert dialog.isVisible()
    assert dialog.errors.message("product")
    assert field.text() == "AQD-4242"
    assert questions.asked == 0


def test_escape_on_the_targets_with_hours_changed_asks_and_keep_editing_keeps_them(
    qtbot, db, open_dialogs, questions
):
    dialog = _opened(qtbot, TargetsDialog(db))
    open_dialogs.append(dialog)
    response = next(iter(dialog.rows.values()))[0]
    response.selectAll()
    qtbot.keyClicks(response, "7")
    qtbot.keyClick(response, ESCAPE)

    assert questions.asked == 1
    assert dialog.isVisible()
    assert response.text() == "7"
