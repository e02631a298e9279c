"""The front desk registers warranties; technicians ask whether a unit is covered."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldservice.errors import AlreadyExists, InvalidInput, NotFound
from fieldservice.services import customers, lookup, units, warranty
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.warranty import PolicyDraft, RegistrationDraft

D = dt.date


def test_registering_a_new_serial_creates_the_unit_and_a_certificate_number(
    db, dishwasher, dishwasher_policy, jane
):
    record = warranty.register(
        db, RegistrationDraft("aqd 2002", dishwasher.id, D(2025, 6, 1), customer_id=jane.id)
    )
    assert record.number == "LD01-WC-000001"
    assert record.serial == "AQD2002"
    assert (record.warranty_months, record.service_months) == (24, 36)
    assert record.warranty_end == D(2027, 6, 1)
    assert record.service_end == D(2030, 6, 1)
    unit = units.find_by_serial(db, "AQD2002")
    assert unit is not None and unit.customer_id == jane.id
    assert unit.purchase_date == D(2025, 6, 1)


def test_a_serial_is_registered_once_and_the_refusal_names_the_certificate(
    db, dishwasher, janes_warranty
):
    with pytest.raises(AlreadyExists) as refused:
        warranty.register(db, RegistrationDraft("AQD-1001", dishwasher.id, D(2025, 4, 1)))
    assert janes_warranty.number in refused.value.message
    assert "Jane Smith" in refused.value.message
    assert refused.value.existing_id == janes_warranty.id


def test_a_serial_of_another_product_is_refused(db, dishwasher, janes_dishwasher):
    from fieldservice.services import products

    dryer = products.create_product(db, products.ProductDraft("AQU-TD1", "Aqualine Dryer"))
    warranty.set_policy(db, PolicyDraft(dryer.id, 12))
    with pytest.raises(InvalidInput, match="belongs to a Aqualine Dishwasher"):
        warranty.register(db, RegistrationDraft("AQD-1001", dryer.id, D(2025, 4, 1)))


def test_a_product_without_a_policy_cannot_be_registered(db, dishwasher):
    with pytest.raises(InvalidInput, match="no warranty policy") as refused:
        warranty.register(db, RegistrationDraft("X-1", dishwasher.id, D(2025, 4, 1)))
    assert refused.value.field == "product"


@pytest.mark.parametrize(
    ("draft_changes", "field"),
    [
        ({"serial": " "}, "serial"),
        ({"purchase_date": None}, "purchase_date"),
        ({"purchase_date": dt.date.today() + dt.timedelta(days=2)}, "purchase_date"),
        ({"registered_on": D(2025, 1, 1)}, "registered_on"),
        ({"purchase_date": D(1, 1, 1)}, "purchase_date"),
        ({"registered_on": dt.date.today() + dt.timedelta(days=2)}, "registered_on"),
        ({"dealer": "Kitchen\x00World"}, "dealer"),
        ({"invoice_ref": "INV\t9"}, "invoice_ref"),
        ({"channel": "carrier pigeon"}, "channel"),
    ],
)
def test_bad_registrations_are_refused_naming_the_field(
    db, dishwasher, dishwasher_policy, draft_changes, field
):
    draft = {"serial": "X-1", "product_id": dishwasher.id, "purchase_date": D(2025, 4, 1)}
    with pytest.raises(InvalidInput) as refused:
        warranty.register(db, RegistrationDraft(**{**draft, **draft_changes}))
    assert refused.value.field == field


def test_a_purchase_date_typed_as_year_1_is_refused_in_words_a_clerk_reads(
    db, dishwasher, dishwasher_policy
):
    with pytest.raises(InvalidInput) as refused:
        warranty.register(db, RegistrationDraft("X-1", dishwasher.id, D(1, 1, 1)))
    assert refused.value.message == ("The purchase date 0001-01-01 is before 1970: check the year.")


def test_a_correction_to_a_purchase_date_before_1970_is_refused(db, janes_warranty):
    with pytest.raises(InvalidInput, match="before 1970") as refused:
        warranty.amend(db, janes_warranty.id, purchase_date=D(1900, 3, 1), reason="Typo")
    assert refused.value.field == "purchase_date"


def test_a_later_policy_change_does_not_change_warranties_already_given(
    db, dishwasher, janes_warranty
):
    warranty.set_policy(db, PolicyDraft(dishwasher.id, warranty_months=12))
    assert warranty.get_registration(db, janes_warranty.id).warranty_months == 24


def test_coverage_answers_each_status_with_its_dates(db, janes_warranty):
    on = warranty.coverage(db, "aqd-1001", on=D(2027, 3, 14))
    assert on.status is CoverageStatus.IN_WARRANTY
    assert on.warranty_end == D(2027, 3, 14) and on.service_end == D(2030, 3, 14)
    assert on.certificate_number == janes_warranty.number
    assert "0 days left" in on.summary
    assert warranty.coverage(db, "AQD-1001", D(2027, 3, 15)).status is CoverageStatus.SERVICE_PERIOD
    assert warranty.coverage(db, "AQD-1001", D(2030, 3, 15)).status is CoverageStatus.EXPIRED
    unknown = warranty.coverage(db, "NO-SUCH", D(2027, 1, 1))
    assert unknown.status is CoverageStatus.NOT_REGISTERED
    with pytest.raises(InvalidInput, match="before the unit was bought"):
        warranty.coverage(db, "AQD-1001", D(2025, 1, 1))


def test_an_extension_moves_the_end_and_is_in_the_history(db, janes_warranty):
    extended = warranty.extend(db, janes_warranty.id, 6, "Goodwill after repeat fault")
    assert extended.extension_months == 6
    assert extended.warranty_end == D(2027, 9, 14)
    assert warranty.coverage(db, "AQD-1001", D(2027, 9, 14)).status is CoverageStatus.IN_WARRANTY
    last = warranty.history(db, janes_warranty.id)[-1]
    assert (last.kind, last.reason) == ("extended", "Goodwill after repeat fault")
    assert last.text == "Extended by 6 months"
    with pytest.raises(InvalidInput):
        warranty.extend(db, janes_warranty.id, 0, "none")
    with pytest.raises(InvalidInput, match="reason"):
        warranty.extend(db, janes_warranty.id, 3, "  ")


def test_a_corrected_purchase_date_is_recorded_never_silently_overwritten(db, janes_warranty):
    amended = warranty.amend(
        db, janes_warranty.id, purchase_date=D(2025, 3, 1), reason="Invoice shows 1 March"
    )
    assert amended.purchase_date == D(2025, 3, 1)
    assert amended.warranty_end == D(2027, 3, 1)
    assert units.find_by_serial(db, "AQD-1001").purchase_date == D(2025, 3, 1)
    kinds = [(h.kind, h.field, h.old_value, h.new_value) for h in warranty.history(db, amended.id)]
    assert kinds == [
        ("registered", "", "", janes_warranty.number),
        ("amended", "purchase_date", "2025-03-14", "2025-03-01"),
    ]


def test_a_new_owner_is_recorded_by_name(db, janes_warranty):
    bob = customers.create_customer(db, customers.CustomerDraft("Bob Ray"))
    warranty.amend(db, janes_warranty.id, customer_id=bob.id, reason="Sold the house with it")
    line = warranty.history(db, janes_warranty.id)[-1]
    jane_number = customers.get_customer(db, janes_warranty.customer_id).number
    assert line.text == (
        f"Owner changed from “Jane Smith ({jane_number})” to “Bob Ray ({bob.number})”"
    )
    with pytest.raises(InvalidInput, match="Nothing was changed"):
        warranty.amend(db, janes_warranty.id, customer_id=bob.id, reason="again")


def test_a_technician_voids_a_warranty_for_a_listed_reason_only(db, janes_warranty):
    with pytest.raises(InvalidInput, match="Choose the reason from the policy's list"):
        warranty.void(db, janes_warranty.id, "Customer was rude")
    voided = warranty.void(db, janes_warranty.id, "Liquid damage", "Water marks on the board")
    assert voided.voided and voided.voided_by
    cover = warranty.coverage(db, "AQD-1001", D(2025, 6, 1))
    assert cover.status is CoverageStatus.VOID
    assert cover.void_reason == "Liquid damage"
    assert cover.summary == "Warranty void: Liquid damage."
    with pytest.raises(InvalidInput, match="void"):
        warranty.extend(db, janes_warranty.id, 3, "goodwill")

    back = warranty.reinstate(db, janes_warranty.id, "Fault was a leaking pump, not misuse")
    assert not back.voided
    assert warranty.coverage(db, "AQD-1001", D(2025, 6, 1)).status is CoverageStatus.IN_WARRANTY
    assert [h.kind for h in warranty.history(db, back.id)] == ["registered", "voided", "reinstated"]


def test_scanning_a_certificate_number_opens_the_registration(db, janes_warranty):
    found = lookup.lookup(db, janes_warranty.number.lower())
    assert (found.kind, found.id) == ("warranty", janes_warranty.id)


def test_a_serial_shaped_like_a_certificate_number_is_found_by_its_serial(
    db, dishwasher, dishwasher_policy, janes_warranty
):
    old = warranty.register(db, RegistrationDraft("OLD-SN-1", dishwasher.id, D(2024, 5, 1)))
    assert warranty.find_registration(db, "old-sn-1").id == old.id
    assert warranty.find_registration(db, janes_warranty.number).id == janes_warranty.id
    assert warranty.find_registration(db, "AQD-1001").id == janes_warranty.id
    with pytest.raises(NotFound, match="LD01-WC-000099"):
        warranty.find_registration(db, "LD01-WC-000099")
    with pytest.raises(NotFound, match="NO-SUCH-1"):
        warranty.find_registration(db, "no-such-1")


def test_registrations_are_found_by_number_serial_owner_or_dealer(db, janes_warranty):
    for search in (janes_warranty.number, "AQD", "smith", "kitchen world", "INV-2025-0314"):
        assert [r.id for r in warranty.list_registrations(db, search)] == [janes_warranty.id]
        assert warranty.count_registrations(db, search) == 1
    assert warranty.count_registrations(db, "nobody") == 0


def test_a_dealers_delivery_is_selected_for_batch_printing(db, dishwasher, janes_warranty):
    for i in range(3):
        warranty.register(
            db,
            RegistrationDraft(
                f"AQD-20{i}",
                dishwasher.id,
                D(2025, 5, 1),
                dealer="Kitchen World Leeds",
                invoice_ref="INV-77",
                registered_on=D(2025, 5, 2),
            ),
        )
    batch = warranty.registrations_for_batch(db, dealer="Kitchen World Leeds", invoice_ref="INV-77")
    assert len(batch) == 3
    warranty.void(db, batch[0], "Physical damage")
    assert warranty.registrations_for_batch(db, invoice_ref="INV-77") == batch[1:]
    warranty.reinstate(db, batch[0], "Damage was in transit, not the customer's")
    data = list(warranty.certificates(db, batch, chunk=2))
    assert [c.serial for c in data] == ["AQD-200", "AQD-201", "AQD-202"]
    assert all(c.centre.code == "LD01" for c in data)


def test_certificate_data_carries_everything_printed(db, janes_warranty):
    data = warranty.certificate_data(db, janes_warranty.id)
    assert data.number == janes_warranty.number
    assert data.customer_name == "Jane Smith" and "Mill Lane" in data.customer_address
    assert (data.warranty_end, data.service_end) == (D(2027, 3, 14), D(2030, 3, 14))
    assert data.terms.startswith("Parts and labour")
    assert "Liquid damage" in data.void_conditions
    assert data.centre.name == "Leeds Service Centre"


def test_each_listed_registration_says_whether_it_is_covered(db, dishwasher, janes_warranty):
    (row,) = warranty.list_registrations(db, "AQD-1001")
    assert (row.warranty_end, row.service_end) == (D(2027, 3, 14), D(2030, 3, 14))
    assert row.status_on(D(2027, 3, 14)) is CoverageStatus.IN_WARRANTY
    assert row.status_on(D(2027, 3, 15)) is CoverageStatus.SERVICE_PERIOD
    assert row.status_on(D(2030, 3, 15)) is CoverageStatus.EXPIRED
    warranty.void(db, janes_warranty.id, "Liquid damage")
    (row,) = warranty.list_registrations(db, "AQD-1001")
    assert row.voided and row.status_on(D(2025, 6, 1)) is CoverageStatus.VOID


def test_the_dealers_named_on_registrations_are_listed_once_each(db, dishwasher, janes_warranty):
    for serial, dealer in (
        ("AQD-301", "Kitchen World Leeds"),
        ("AQD-302", "Appliance Depot"),
        ("AQD-304", "Kitchen World Leeds"),
    ):
        warranty.register(
            db, RegistrationDraft(serial, dishwasher.id, D(2025, 5, 1), dealer=dealer)
        )
    warranty.register(db, RegistrationDraft("AQD-303", dishwasher.id, D(2025, 5, 1)))
    assert warranty.list_dealers(db) == ["Appliance Depot", "Kitchen World Leeds"]
    assert warranty.list_dealers(db, limit=1) == ["Appliance Depot"]


def test_products_without_a_policy_are_listed_until_one_is_set(db, dishwasher):
    from fieldservice.services import products

    kettle = products.create_product(db, products.ProductDraft("KET-1", "Steam Kettle"))
    assert [p.id for p in warranty.products_without_policy(db)] == [dishwasher.id, kettle.id]
    warranty.set_policy(db, PolicyDraft(dishwasher.id, warranty_months=12))
    assert [p.sku for p in warranty.products_without_policy(db)] == ["KET-1"]


def test_a_certificate_is_drawn_as_one_pdf_page(db, janes_warranty):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(warranty.certificate_pdf(db, janes_warranty.id))
    try:
        assert len(pdf) == 1
        assert janes_warranty.number in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_a_batch_of_certificates_is_one_page_each_and_stopping_leaves_no_file(
    db, dishwasher, janes_warranty, tmp_path
):
    import pypdfium2

    other = warranty.register(db, RegistrationDraft("AQD-401", dishwasher.id, D(2025, 5, 1)))
    ids = [janes_warranty.id, other.id]
    steps = list(warranty.write_certificates(db, ids, tmp_path / "batch.pdf"))
    assert steps[-1] == (2, 2)
    pdf = pypdfium2.PdfDocument(str(tmp_path / "batch.pdf"))
    try:
        assert len(pdf) == 2
    finally:
        pdf.close()

    stopped = warranty.write_certificates(db, ids, tmp_path / "stopped.pdf")
    assert next(stopped) == (1, 2)
    stopped.close()
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["batch.pdf"]
    assert not list(tmp_path.glob(".stopped*"))
