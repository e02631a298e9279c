"""The clerk adds and corrects customers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fieldservice.services import customers
from ui.common.customerform import CustomerForm
from ui.customers.screen import CustomersScreen


def fill(qtbot, form: CustomerForm, **values: str) -> None:
    for name in ("name", "company", "phone", "email"):
        if name in values:
            if values[name].isascii():
                qtbot.keyClicks(getattr(form, name), values[name])
            else:  # QTest types ASCII only
                getattr(form, name).insert(values[name])
    if "address" in values:
        form.address.setPlainText(values["address"])
    if "notes" in values:
        form.notes.setPlainText(values["notes"])


def test_a_bad_email_is_explained_next_to_it_and_nothing_typed_is_lost(qtbot, db):
    form = CustomerForm(db)
    qtbot.addWidget(form)
    form.show()
    fill(
        qtbot,
        form,
        name="Amelia Hughes",
        company="Harbour Café",
        phone="0113 496 0777",
        email="amelia.hughes@",
        address="4 Quay Street\nLeeds LS1 4DT",
        notes="Prefers a call after 5 pm",
    )

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible() and form.saved is None
    message = form.errors.message("email")
    assert message is not None and "not a valid e-mail address" in message
    assert "amelia.hughes@" in message
    error_label = form.errors.label("email")
    assert error_label.isVisible()
    # The message sits right under the e-mail field, in the same form row.
    assert error_label.parentWidget() is form.email.parentWidget()
    assert (
        error_label.mapTo(form, error_label.rect().topLeft()).y()
        > form.email.mapTo(form, form.email.rect().bottomLeft()).y() - 1
    )
    assert form.email.property("invalid") is True
    assert form.focusWidget() is form.email
    for other in ("name", "company", "phone", "address", "notes"):
        assert form.errors.message(other) is None
    assert form.name.text() == "Amelia Hughes"
    assert form.company.text() == "Harbour Café"
    assert form.phone.text() == "0113 496 0777"
    assert form.email.text() == "amelia.hughes@"
    assert form.address.toPlainText() == "4 Quay Street\nLeeds LS1 4DT"
    assert form.notes.toPlainText() == "Prefers a call after 5 pm"
    assert customers.count_customers(db) == 0

    # Correcting the field clears its message; saving then works.
    qtbot.keyClicks(form.email, "example.com")
    assert form.errors.message("email") is None
    assert form.email.property("invalid") is False
    assert form.save() is True
    assert form.saved is not None and form.saved.email == "amelia.hughes@example.com"


def test_a_bad_phone_and_a_bad_email_are_both_shown_after_one_save(qtbot, db):
    form = CustomerForm(db)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, name="Amelia Hughes", phone="0113 49", email="amelia.hughes@")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible() and form.saved is None
    phone, email = form.errors.message("phone"), form.errors.message("email")
    assert phone is not None and "not a valid phone number" in phone
    assert email is not None and "not a valid e-mail address" in email
    for field in ("phone", "email"):
        assert form.errors.label(field).isVisible()
        assert getattr(form, field).property("invalid") is True
    # The first problem has the focus; the banner does not repeat them.
    assert form.focusWidget() is form.phone
    assert not form.banner.isVisible()
    assert form.errors.message("name") is None

    # Correcting one leaves the other's message in place.
    qtbot.keyClicks(form.phone, "6 0777")
    assert form.errors.message("phone") is None
    assert form.errors.message("email") is not None
    qtbot.keyClicks(form.email, "example.com")
    assert form.save() is True


def test_a_missing_name_is_shown_next_to_the_name(qtbot, db):
    form = CustomerForm(db)
    qtbot.addWidget(form)
    fill(qtbot, form, phone="0113 496 0777")
    assert form.save() is False
    assert form.errors.message("name") == "Enter the customer's name."
    assert form.phone.text() == "0113 496 0777"


def test_a_phone_used_by_another_customer_is_pointed_out(qtbot, db, jane):
    form = CustomerForm(db)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, name="Tom Smith", phone="+44 113 496 0123")

    assert form.save() is False

    assert form.banner.isVisible()
    assert form.banner.property("kind") == "warning"
    text = form.banner.label.text()
    assert "Jane Smith" in text and jane.number in text
    assert [b.text() for b in form.banner.buttons] == ["Open Jane Smith", "Save anyway"]
    assert customers.count_customers(db) == 1

    form.banner.buttons[1].click()  # Save anyway

    assert form.saved is not None
    tom = customers.get_customer(db, form.saved.id)
    assert tom.flagged_duplicate and tom.possible_duplicate_of == jane.id


def test_the_clerk_can_open_the_customer_who_has_the_phone(qtbot, db, jane):
    form = CustomerForm(db)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, name="J Smith", phone="0113 496 0123")
    with qtbot.waitSignal(form.openExistingRequested) as opened:
        assert form.save() is False
        form.banner.buttons[0].click()
    assert opened.args == [jane.id]
    assert not form.isVisible()
    assert customers.count_customers(db) == 1


def test_editing_keeps_the_phone_without_a_warning(qtbot, db, jane):
    form = CustomerForm(db, customers.get_customer(db, jane.id))
    qtbot.addWidget(form)
    form.company.setText("Riverside Bakery Ltd")
    assert form.save() is True
    assert customers.get_customer(db, jane.id).company == "Riverside Bakery Ltd"


def screen(qtbot, db) -> CustomersScreen:
    result = CustomersScreen(db)
    qtbot.addWidget(result)
    result.resize(1100, 700)
    result.show()
    qtbot.waitExposed(result)
    return result


def test_the_list_searches_every_word_and_shows_the_selected_customer(
    qtbot, db, jane, janes_dishwasher
):
    customers.create_customer(db, customers.CustomerDraft("Oliver Brown", phone="0113 496 0999"))
    view = screen(qtbot, db)
    assert view.model.rowCount() == 2
    assert view.counter.text() == "2 customers"

    view.search.set_search("jan smi")

    assert view.model.rowCount() == 1
    assert view.counter.text() == "1 customer"
    view.table.selectRow(0)
    assert view.card.title.text() == "Jane Smith"
    assert view.card.units_table.rowCount() == 1
    assert view.card.units_table.item(0, 0).text() == "AQD-1001"
    assert view.edit_button.isEnabled()


def test_a_new_customer_is_saved_and_opened(qtbot, db):
    view = screen(qtbot, db)
    form = view.new_customer()
    fill(qtbot, form, name="Priya Patel", phone="07400 123456")
    assert form.save() is True
    assert view.model.rowCount() == 1
    assert view.card.title.text() == "Priya Patel"
    assert view.table.currentIndex().row() == 0


def test_a_flagged_duplicate_can_be_marked_not_a_duplicate(qtbot, db, jane):
    tom = customers.create_customer(db, customers.CustomerDraft("Tom Smith", phone="0113 496 0123"))
    view = screen(qtbot, db)
    flagged_row = view.model.find_key(tom.id)
    assert flagged_row is not None
    name_cell = view.model.index(flagged_row, 1)
    assert name_cell.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning badge
    assert (
        view.model.index(view.model.find_key(jane.id), 1).data(Qt.ItemDataRole.DecorationRole)
        is None
    )

    view.open_customer(tom.id)
    banner = view.card.duplicate
    assert banner.isVisible()
    assert "Jane Smith" in banner.label.text()
    assert [b.text() for b in banner.buttons] == ["Open Jane Smith", "Not a duplicate"]

    banner.buttons[1].click()

    assert not customers.get_customer(db, tom.id).flagged_duplicate
    assert not view.card.duplicate.isVisible()
    row = view.model.find_key(tom.id)
    assert view.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_customer_card_promises_nothing_that_is_not_there(qtbot, db, jane, janes_dishwasher):
    view = screen(qtbot, db)
    view.table.selectRow(0)
    texts = " ".join(label.text() for label in view.card.findChildren(QLabel))
    assert "once those modules are available" not in texts
    assert view.card.orders_hint.isVisible()
    assert "repair orders" in view.card.orders_hint.text()
