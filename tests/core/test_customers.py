"""The front desk adds and finds customers."""

from __future__ import annotations

import pytest

from fieldservice.errors import InvalidInput, NotFound
from fieldservice.services import customers
from fieldservice.services.customers import CustomerDraft


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (CustomerDraft("   "), "name", "Enter the customer's name"),
        (CustomerDraft("Ann Lee", phone="0113 49ab"), "phone", "is not a phone number"),
        (CustomerDraft("Ann Lee", phone="0113 49"), "phone", "not a valid phone number for GB"),
        (CustomerDraft("Ann Lee", email="ann@"), "email", "is not a valid e-mail address"),
        (CustomerDraft("A" * 201), "name", "too long"),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_the_field(db, draft, field, words):
    with pytest.raises(InvalidInput) as refused:
        customers.create_customer(db, draft)
    assert refused.value.field == field
    assert words in refused.value.message
    assert customers.count_customers(db) == 0


def test_every_problem_of_a_customer_is_told_at_once(db):
    draft = CustomerDraft("   ", phone="0113 49", email="ann@", company="Lee\nLtd")
    with pytest.raises(InvalidInput) as refused:
        customers.create_customer(db, draft)
    problems = {p.field: p.message for p in refused.value.problems}
    assert list(problems) == ["name", "company", "phone", "email"]
    assert problems["name"] == "Enter the customer's name."
    assert "is one line" in problems["company"]
    assert "not a valid phone number for GB" in problems["phone"]
    assert "is not a valid e-mail address" in problems["email"]
    # Said in one go where only one message fits (a message box, an import report).
    assert refused.value.field == "name"
    assert all(message in refused.value.message for message in problems.values())
    assert customers.count_customers(db) == 0


def test_phone_numbers_are_stored_in_one_form_however_they_are_typed(db):
    a = customers.create_customer(db, CustomerDraft("Ann Lee", phone="+44 (0)113 496 0123"))
    assert a.phone == "0113 496 0123"
    assert a.phone_key == "+441134960123"
    foreign = customers.create_customer(db, CustomerDraft("Li Na", phone="+86 138 0013 8000"))
    assert foreign.phone == "+86 138 0013 8000"
    assert [c.id for c in customers.find_by_phone(db, "01134960123")] == [a.id]


def test_a_second_customer_with_the_same_phone_is_saved_and_flagged_not_merged(db, jane):
    husband = customers.create_customer(db, CustomerDraft("John Smith", phone="+441134960123"))
    assert husband.id != jane.id
    assert husband.possible_duplicate_of == jane.id
    assert husband.flagged_duplicate
    assert not customers.get_customer(db, jane.id).flagged_duplicate
    assert [c.id for c in customers.possible_duplicates(db, jane.id)] == [husband.id]

    reviewed = customers.mark_not_duplicate(db, husband.id)
    assert not reviewed.flagged_duplicate
    assert customers.count_customers(db) == 2


def test_changing_the_phone_to_another_customers_flags_it_again(db, jane):
    ann = customers.create_customer(db, CustomerDraft("Ann Lee", phone="07911 123457"))
    moved = customers.update_customer(db, ann.id, CustomerDraft("Ann Lee", phone="0113 496 0123"))
    assert moved.possible_duplicate_of == jane.id


@pytest.mark.parametrize(
    "search",
    [
        "jane",
        "smi",
        "Jane Smi",
        "riverside",
        "bakery",
        "jane.smith",
        "example.com",
        "mill lane",
        "LS6",
        "0113 496",
        "LD01-CU-000001",
    ],
)
def test_a_customer_is_found_by_any_word_of_their_details(db, jane, search):
    customers.create_customer(db, CustomerDraft("Bob Ray", phone="07911 123458"))
    assert [r.id for r in customers.list_customers(db, search)] == [jane.id]
    assert customers.count_customers(db, search) == 1


def test_chinese_names_are_found_by_their_first_characters(db):
    wang = customers.create_customer(db, CustomerDraft("王小明", address="上海市 南京路 100号"))
    customers.create_customer(db, CustomerDraft("李娜"))
    assert [r.id for r in customers.list_customers(db, "王")] == [wang.id]
    assert [r.id for r in customers.list_customers(db, "上海市")] == [wang.id]


def test_search_text_is_never_read_as_query_syntax(db, jane):
    for text in ['"', "jane OR", "NEAR(", "*", "-smith", "jane AND (bob"]:
        customers.list_customers(db, text)  # no error
    assert [r.id for r in customers.list_customers(db, "(jane)")] == [jane.id]


def test_an_edit_is_found_under_the_new_name_only(db, jane):
    customers.update_customer(db, jane.id, CustomerDraft("Jane Doe", phone=jane.phone))
    assert customers.count_customers(db, "smith") == 0
    assert customers.count_customers(db, "doe") == 1


def test_the_list_is_paged_in_name_order(db):
    for name in ["Cara", "Abe", "Dan", "Bea", "Eve"]:
        customers.create_customer(db, CustomerDraft(name))
    first = customers.list_customers(db, offset=0, limit=2)
    second = customers.list_customers(db, offset=2, limit=2)
    assert [r.name for r in first + second] == ["Abe", "Bea", "Cara", "Dan"]
    assert customers.count_customers(db) == 5


def test_an_unknown_customer_number_says_so(db):
    with pytest.raises(NotFound, match="LD01-CU-999999"):
        customers.get_customer_by_number(db, "LD01-CU-999999")


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (CustomerDraft("Ann\x00Lee"), "name", "The customer's name contains a control character"),
        (CustomerDraft("Ann Lee\tSmith"), "name", "contains a tab: use a space instead"),
        (CustomerDraft("Ann Lee", company="Lee\nLtd"), "company", "is one line"),
        (CustomerDraft("Ann Lee", address="1 Kirk St\x1b[2J"), "address", "control character"),
        (CustomerDraft("Ann Lee", notes="Call after 5\x07"), "notes", "control character"),
    ],
)
def test_a_customer_with_a_control_character_pasted_in_is_refused_at_that_field(
    db, draft, field, words
):
    with pytest.raises(InvalidInput, match=words) as refused:
        customers.create_customer(db, draft)
    assert refused.value.field == field
    assert customers.count_customers(db) == 0


def test_an_address_and_notes_keep_their_lines_and_tabs(db):
    ann = customers.create_customer(
        db, CustomerDraft("Ann Lee", address="Flat 2\r\n1 Kirk St", notes="Gate code:\t1234")
    )
    assert (ann.address, ann.notes) == ("Flat 2\n1 Kirk St", "Gate code:\t1234")
