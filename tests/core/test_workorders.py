"""The desk prints a repair order as it comes in: the work order that travels with the
device (A4 or A5), a label for the unit (62 mm roll or 57 × 32 mm), and the intake
receipt the customer takes home.

Each PDF is opened again with pdfium: pages rendered to pixels so that the QR code is
decoded as a scanner would, text extracted and measured as a reader would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
from decimal import Decimal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from fieldservice.printing.data import (
    CentreHeader,
    LabourDone,
    PartUsed,
    WorkCharges,
    WorkOrderData,
)
from fieldservice.printing.layout import format_date
from fieldservice.printing.qr import QUIET_ZONE, qr_matrix
from fieldservice.printing.workorders import (
    FORMATS,
    format_time,
    render_intake_receipt,
    render_work_order,
)

# Fixed offsets rather than zoneinfo names: Windows has no time zone database
# unless the tzdata package is installed.
LONDON = dt.timezone(dt.timedelta(0), "GMT")
LONDON_SUMMER = dt.timezone(dt.timedelta(hours=1), "BST")
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
CENTRE = CentreHeader(
    "LD01",
    "Leeds Service Centre",
    "Unit 7, Kirkstall Industrial Park\nLeeds LS4 2AZ",
    "0113 496 0000",
    "desk@leeds-service.example",
)
TERMS = (
    "We examine the product within two working days and ask for your consent before any "
    "chargeable work. Products not collected within 90 days of our call may be disposed of."
)
# Size of each page, and how far from its edges every character must stay.
PAGES = {
    "a4": (A4, 40.0),
    "a5": (A5, 26.0),
    "label62": ((62 * mm, 100 * mm), 2 * mm),
    "label57x32": ((57 * mm, 32 * mm), 1.5 * mm),
}
# Rendering resolution: an office printer for sheets, a label printer for labels.
DPI = {"a4": 150, "a5": 150, "label62": 300, "label57x32": 300}


def order(number: str = "LD01-RO-000123", **changes) -> WorkOrderData:
    data = WorkOrderData(
        number=number,
        centre=CENTRE,
        opened_at=dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC),
        promised_by=dt.datetime(2026, 11, 27, 17, 0, tzinfo=dt.UTC),
        status="Received",
        priority="Urgent",
        service_type="Fault repair",
        channel="Walk-in",
        customer_name="Jane Smith",
        customer_phone="0113 496 0123",
        customer_email="jane.smith@example.com",
        customer_address="12 Mill Lane\nLeeds LS6 2AB",
        product_name="Aqualine Dishwasher DW600",
        product_sku="AQU-DW600",
        brand="Aqualine",
        model="DW600",
        serial="AQD-1001",
        fault_reported="Does not heat the water; error E09 after ten minutes.",
        accessories="Cutlery basket, power cord",
        condition="Scuff on the left side panel; door seal intact.",
        coverage="In warranty until 14 Mar 2027",
        chargeable=False,
        technician="Tomasz Nowak",
        received_by="Priya Shah",
        terms=TERMS,
    )
    return dataclasses.replace(data, **changes)


def long_order() -> WorkOrderData:
    """Everything as long as a careless clerk can make it."""
    return order(
        customer_name="Maximilian Alexander Christopher von Hohenzollern-Sigmaringen",
        customer_address="Flat 12, "
        + ", ".join(f"Building {i} Long Estate Road" for i in range(30)),
        customer_email="maximilian.alexander.hohenzollern.sigmaringen@very-long-domain.example",
        product_name="Combination steam oven with microwave and grill " * 4,
        brand="Hohenzollern Premium Kitchen Appliances International",
        model="Combi-Steam Professional Series 9000 XL Plus",
        serial="SN" + "7" * 60,
        fault_reported=" ".join(
            f"Symptom {i}: the oven trips the breaker when the grill is switched on."
            for i in range(40)
        ),
        accessories=", ".join(f"accessory {i} (baking tray, wire shelf)" for i in range(30)),
        condition=" ".join(f"Dent {i} on the door and a cracked knob." for i in range(30)),
        coverage="Out of warranty since 3 Feb 2024, service period until 3 Feb 2029 " * 3,
        chargeable=True,
        technician="Bartholomew Montgomery-Fitzgerald the Third",
        received_by="Anastasia Konstantinopoulou-Papadimitriou",
        terms=" ".join(f"Clause {i}: the centre repairs what it can." for i in range(120)),
    )


def worked(data: WorkOrderData, parts: int = 3, *, finished: bool = True) -> WorkOrderData:
    """*data* with its work recorded: diagnosis, work done, *parts* parts fitted, two
    lines of labour and, when *finished*, handed back with the charges."""
    return dataclasses.replace(
        data,
        status="Delivered" if finished else "In repair",
        diagnosis="Heating element open circuit; thermostat sticks at 40 °C.",
        work_done="Replaced the heating element and the thermostat; test wash at 65 °C.",
        parts_used=tuple(
            PartUsed(f"HE-{i:03d}", f"Heating element {i}, 2 kW", Decimal(1), Decimal("41.20"))
            for i in range(parts)
        ),
        labour=(
            LabourDone(40, "Element and thermostat replaced", "Tomasz Nowak", Decimal("32.00")),
            LabourDone(20, "Test wash", "Tomasz Nowak", Decimal("16.00")),
        ),
        charges=(
            WorkCharges(Decimal("41.20") * parts, Decimal("48.00"), Decimal(0), Decimal(0))
            if finished
            else None
        ),
        completed_at=dt.datetime(2026, 11, 27, 11, 40, tzinfo=dt.UTC) if finished else None,
        delivered_at=dt.datetime(2026, 11, 28, 9, 15, tzinfo=dt.UTC) if finished else None,
        work_finished=finished,
    )


def pdf_of(data: WorkOrderData, format: str = "a4") -> bytes:
    buffer = io.BytesIO()
    render_work_order(data, buffer, format, timezone=LONDON)
    return buffer.getvalue()


def receipt_of(data: WorkOrderData) -> bytes:
    buffer = io.BytesIO()
    render_intake_receipt(data, buffer, timezone=LONDON)
    return buffer.getvalue()


def only_page(pdf: bytes) -> pdfium.PdfPage:
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 1
    return document[0]


def qr_texts(page: pdfium.PdfPage, dpi: int) -> list[str]:
    image = page.render(scale=dpi / 72).to_pil()
    return [
        found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def text_of(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def flat(text: str) -> str:
    return "".join(text.split())


def char_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    return [box for box in boxes if box[2] > box[0]]


def qr_dark_squares(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """Bounds of the QR codes' dark modules: the paths with far more pieces than a rule."""
    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        if pdfium_c.FPDFPath_CountSegments(obj.raw) > 200:
            found.append(obj.get_bounds())
    return found


def assert_inside(boxes, size, margin):
    width, height = size
    # A point of slack: some glyphs (J, j) reach a little past the pen position.
    slack = 1.0
    assert boxes, "no text on the page"
    assert min(b[0] for b in boxes) >= margin - slack
    assert max(b[2] for b in boxes) <= width - margin + slack
    assert min(b[1] for b in boxes) >= margin - slack
    assert max(b[3] for b in boxes) <= height - margin + slack


def assert_no_lines_overlap(page: pdfium.PdfPage) -> None:
    textpage = page.get_textpage()
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    for a, b in itertools.combinations(rects, 2):
        overlap_x = min(a[2], b[2]) - max(a[0], b[0])
        overlap_y = min(a[3], b[3]) - max(a[1], b[1])
        assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)


# -- every format --------------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
def test_the_printed_qr_scans_to_the_order_number(format):
    page = only_page(pdf_of(order("LD01-RO-000123"), format))
    found = qr_texts(page, DPI[format])
    assert found and set(found) == {"LD01-RO-000123"}
    if format == "a4":
        assert len(found) == 2  # the tear-off tag scans too


@pytest.mark.parametrize("format", ["a4", "a5"])
def test_a_sheet_is_printed_on_its_paper_size(format):
    (width, height), _ = PAGES[format]
    page = only_page(pdf_of(order(), format))
    assert page.get_size() == pytest.approx((width, height), abs=0.5)


def test_labels_are_cut_for_a_62_mm_roll_and_a_57_by_32_mm_label():
    width, _ = only_page(pdf_of(order(), "label62")).get_size()
    assert width == pytest.approx(175.75, abs=0.5)  # 62 mm
    assert only_page(pdf_of(order(), "label57x32")).get_size() == pytest.approx(
        (161.57, 90.71), abs=0.5
    )


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize(
    "data",
    [order(), long_order(), worked(order(), 2), worked(order(), 1, finished=False)],
    ids=["usual", "everything long", "delivered", "in repair"],
)
def test_every_character_stays_inside_the_page_margin(format, data):
    size, margin = PAGES[format]
    document = pdfium.PdfDocument(pdf_of(data, format))
    for page in document:
        assert_inside(char_boxes(page), size, margin)
        assert_no_lines_overlap(page)
    assert set(qr_texts(document[0], DPI[format])) == {data.number}


@pytest.mark.parametrize("format", FORMATS)
def test_nothing_is_printed_in_the_quiet_zone_around_a_qr_code(format):
    data = order(customer_name="Bartholomew Montgomery-Fitzgerald", serial="SN" + "7" * 40)
    page = only_page(pdf_of(data, format))
    width, height = page.get_size()
    squares = qr_dark_squares(page)
    assert squares
    modules = len(qr_matrix(data.number))
    for left, bottom, right, top in squares:
        assert right - left == pytest.approx(top - bottom, abs=0.1)
        quiet = (right - left) / modules * QUIET_ZONE
        zone = (left - quiet, bottom - quiet, right + quiet, top + quiet)
        assert zone[0] >= -0.5 and zone[1] >= -0.5
        assert zone[2] <= width + 0.5 and zone[3] <= height + 0.5
        for box in char_boxes(page):
            apart = box[2] <= zone[0] or box[0] >= zone[2] or box[3] <= zone[1] or box[1] >= zone[3]
            assert apart, (box, zone)


@pytest.mark.parametrize("format", ["label62", "label57x32"])
def test_a_label_qr_has_modules_a_handheld_scanner_reads(format):
    page = only_page(pdf_of(order(), format))
    ((left, _, right, _),) = qr_dark_squares(page)
    module = (right - left) / len(qr_matrix("LD01-RO-000123"))
    assert module >= 0.33 * mm
    # A 203 dpi thermal printer (8 dots a millimetre) still prints it scannable.
    assert qr_texts(page, 203) == ["LD01-RO-000123"]


@pytest.mark.parametrize("format", ["label62", "label57x32"])
def test_a_longer_order_number_still_fits_and_scans_on_a_label(format):
    number = "SH01-RO-0012345678"
    size, margin = PAGES[format]
    page = only_page(pdf_of(order(number), format))
    assert number in text_of(page)
    assert_inside(char_boxes(page), size, margin)
    assert qr_texts(page, 203) == [number]


@pytest.mark.parametrize("format", FORMATS)
def test_a_chinese_customer_name_prints_as_text_on_every_format(format):
    page = only_page(
        pdf_of(
            order(customer_name="王小明", customer_address="上海市浦东新区世纪大道 100 号"), format
        )
    )
    assert "王小明" in text_of(page)


def test_an_unknown_format_is_refused_with_the_formats_there_are(tmp_path):
    target = tmp_path / "order.pdf"
    with pytest.raises(ValueError, match="a4, a5, label62, label57x32"):
        render_work_order(order(), target, "letter")
    assert list(tmp_path.iterdir()) == []


# -- the sheet that travels with the device ------------------------------------------------


@pytest.mark.parametrize("format", ["a4", "a5"])
def test_the_work_order_says_who_what_and_by_when(format):
    text = text_of(only_page(pdf_of(order(), format)))
    for printed in (
        "Work order",
        "LD01-RO-000123",
        "Leeds Service Centre",
        "Centre LD01",
        "25 Nov 2026 14:05",  # opened, London time in winter is UTC
        "27 Nov 2026 17:00",  # promised by
        "Urgent",
        "Fault repair",
        "Walk-in",
        "Received",
        "Jane Smith",
        "0113 496 0123",
        "jane.smith@example.com",
        "12 Mill Lane, Leeds LS6 2AB",
        "Aqualine Dishwasher DW600",
        "Aqualine DW600",
        "AQU-DW600",
        "AQD-1001",
        "Does not heat the water; error E09 after ten minutes.",
        "Cutlery basket, power cord",
        "Scuff on the left side panel; door seal intact.",
        "In warranty until 14 Mar 2027",
        "Tomasz Nowak",
        "Priya Shah",
        "DIAGNOSIS AND WORK DONE",
        "PARTS USED",
    ):
        assert flat(printed) in flat(text), printed


def test_the_opening_time_is_printed_in_the_centres_local_time():
    summer = order(opened_at=dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC))
    buffer = io.BytesIO()
    render_work_order(summer, buffer, timezone=LONDON_SUMMER)
    assert "1 Jul 2026 10:30" in text_of(only_page(buffer.getvalue()))
    # Past midnight in Shanghai, a naive time is taken as UTC.
    assert format_time(dt.datetime(2026, 7, 1, 23, 30), SHANGHAI) == "2 Jul 2026 07:30"


def test_by_default_times_are_printed_in_the_machines_local_time():
    opened = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)
    local = opened.astimezone()
    buffer = io.BytesIO()
    render_work_order(order(opened_at=opened), buffer)
    expected = f"{format_date(local.date())} {local:%H:%M}"
    assert expected in text_of(only_page(buffer.getvalue()))


def test_a_chargeable_repair_says_so_in_words_not_only_in_colour():
    chargeable = flat(text_of(only_page(pdf_of(order(chargeable=True, coverage="Service period")))))
    covered = flat(text_of(only_page(pdf_of(order()))))
    assert "CHARGEABLE" in chargeable and "COVERED" not in chargeable
    assert "COVERED" in covered and "CHARGEABLE" not in covered


@pytest.mark.parametrize("format", ["a4", "a5"])
def test_a_long_coverage_explanation_is_printed_whole(format):
    coverage = "Serial AQD54919900000018 has no warranty registration."
    text = text_of(only_page(pdf_of(order(chargeable=True, coverage=coverage), format)))
    assert coverage in text


def test_an_order_without_a_promised_date_says_it_is_to_be_agreed():
    assert "To be agreed" in text_of(only_page(pdf_of(order(promised_by=None))))


@pytest.mark.parametrize("format", ["a4", "a5"])
def test_a_long_fault_and_accessory_list_wrap_and_leave_room_to_write(format):
    data = long_order()
    page = only_page(pdf_of(data, format))
    text = text_of(page)
    assert "Symptom 0: the oven trips the breaker" in text
    assert "Symptom 1: the oven" in text  # wrapped onto further lines, not cut at one
    assert flat("accessory 0 (baking tray, wire shelf), accessory 1") in flat(text)
    # At least four ruled lines to write on are left under the diagnosis heading.
    searcher = page.get_textpage().search("DIAGNOSIS AND WORK DONE")
    index, _ = searcher.get_next()
    heading_bottom = page.get_textpage().get_charbox(index)[1]
    margin = PAGES[format][1]
    ruled = [
        (left, bottom, right, top)
        for left, bottom, right, top in (
            obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
        )
        if abs(left - margin) < 1 and top - bottom < 2 and right - left > 150
    ]
    below = [line for line in ruled if line[3] < heading_bottom - 10]
    assert len(below) >= 4


# -- labels --------------------------------------------------------------------------------


def test_the_62_mm_label_shows_serial_customer_dates_and_a_priority_that_is_not_routine():
    text = text_of(only_page(pdf_of(order(), "label62")))
    for printed in ("LD01-RO-000123", "AQD-1001", "Jane Smith", "25 Nov 2026", "27 Nov 2026"):
        assert printed in text, printed
    assert "URGENT" in text
    long_priority = order(priority="Critical: customer's production line stopped")
    size, margin = PAGES["label62"]
    assert_inside(char_boxes(only_page(pdf_of(long_priority, "label62"))), size, margin)
    assert "URGENT" not in text_of(only_page(pdf_of(order(priority="Normal"), "label62")))


def test_the_small_label_keeps_the_surname_of_a_long_name():
    data = order(customer_name="Maximilian Alexander von Hohenzollern")
    text = text_of(only_page(pdf_of(data, "label57x32")))
    assert "M. Hohenzollern" in text
    assert "AQD-1001" in text


# -- the intake receipt --------------------------------------------------------------------


def test_the_intake_receipt_lists_what_was_received_and_the_centres_conditions():
    page = only_page(receipt_of(order(chargeable=True, coverage="Service period (chargeable)")))
    assert page.get_size() == pytest.approx(A4, abs=0.5)
    text = flat(text_of(page))
    for printed in (
        "Intake receipt",
        "LD01-RO-000123",
        "Leeds Service Centre",
        "0113 496 0000",
        "desk@leeds-service.example",
        "AQD-1001",
        "Aqualine Dishwasher DW600",
        "Cutlery basket, power cord",
        "Scuff on the left side panel",
        "Does not heat the water",
        "Service period (chargeable)",
        "CHARGEABLE",
        "27 Nov 2026",
        TERMS,
        "Customer's signature",
        "Received by",
    ):
        assert flat(printed) in text, printed
    assert set(qr_texts(page, 150)) == {"LD01-RO-000123"}


def test_longer_conditions_shrink_to_fit_above_the_signatures():
    terms = " ".join(f"Clause {i}: the centre repairs what it can." for i in range(40))
    page = only_page(receipt_of(order(terms=terms)))
    text = text_of(page)
    assert flat(terms) in flat(text)
    assert "Customer's signature" in text
    assert_inside(char_boxes(page), A4, 40)
    assert_no_lines_overlap(page)


def test_conditions_too_long_for_one_page_go_on_overleaf_uncut():
    data = long_order()
    document = pdfium.PdfDocument(receipt_of(data))
    assert len(document) >= 2
    first, following = document[0], list(document)[1:]
    assert "Continued on page 2" in text_of(first)
    assert "Customer's signature" in text_of(first)
    assert set(qr_texts(first, 150)) == {data.number}
    # Every clause is printed once, the last one whole.
    printed = flat("".join(text_of(page) for page in document))
    for i in range(120):
        assert printed.count(flat(f"Clause {i}:")) == 1, i
    assert flat("Clause 119: the centre repairs what it can.") in printed
    for page in document:
        assert page.get_size() == pytest.approx(A4, abs=0.5)
        assert_inside(char_boxes(page), A4, 40)
        assert_no_lines_overlap(page)
    assert data.number in text_of(following[0])


def test_a_receipt_for_a_chinese_customer_carries_the_name(tmp_path):
    target = tmp_path / "receipt.pdf"
    render_intake_receipt(order(customer_name="陳美玲"), target, timezone=LONDON)
    page = only_page(target.read_bytes())
    assert "陳美玲" in text_of(page)
    assert list(tmp_path.iterdir()) == [target]


# -- the work as recorded ------------------------------------------------------------------

DIAGNOSIS = "Drain pump impeller jammed by broken glass; door seal split at the hinge."
WORK_DONE = "Replaced the drain pump and the door seal, cleared the sump, ran a test wash."


@pytest.fixture
def delivered_order(db, janes_dishwasher):
    """Jane's dishwasher (no warranty registered: chargeable), repaired and handed back."""
    from fieldservice.services import repairs, stock

    stock.create_location(db, "MAIN", "Main store")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump 230 V"))
    stock.create_part(db, stock.PartDraft("SEAL-22", "Door seal, lower"))
    stock.receive(db, "PUMP-7", 3, "MAIN", unit_cost="38.40")
    stock.receive(db, "SEAL-22", 5, "MAIN", unit_cost="6.25")
    order = repairs.open_order(
        db, repairs.IntakeDraft(janes_dishwasher.id, "Does not drain; water left in the bottom")
    )
    repairs.move(db, order.id, "diagnosing")
    repairs.update_work(db, order.id, diagnosis=DIAGNOSIS, technician="Tomasz Nowak")
    repairs.move(db, order.id, "in_repair")
    repairs.issue_part(db, order.id, "PUMP-7", 1, "MAIN")
    repairs.issue_part(db, order.id, "SEAL-22", 2, "MAIN")
    repairs.log_labour(db, order.id, 45, "Pump and seal replaced", "Tomasz Nowak", "40")
    repairs.log_labour(db, order.id, 15, "Test wash", "Tomasz Nowak", "40")
    repairs.update_work(db, order.id, work_done=WORK_DONE)
    for status in ("quality_check", "ready", "delivered"):
        repairs.move(db, order.id, status)
    return repairs.get_order(db, order.id)


def test_a_delivered_order_prints_what_was_found_done_fitted_and_charged(
    db, delivered_order, tmp_path
):
    from fieldservice.services import repairs

    path = tmp_path / "work-order.pdf"
    path.write_bytes(repairs.work_order_pdf(db, delivered_order.id))
    page = only_page(path.read_bytes())
    text = flat(page.get_textpage().get_text_range())
    delivered_on = format_date(delivered_order.delivered_at.astimezone().date())
    for printed in (
        DIAGNOSIS,
        WORK_DONE,
        "PUMP-7",
        "Drain pump 230 V",
        "SEAL-22",
        "Door seal, lower",
        "Pump and seal replaced",
        "1 h",  # the labour time
        "38.40",  # the parts: 38.40 + 2 × 6.25
        "12.50",
        "50.90",
        "40.00",  # the labour: an hour at 40
        "90.90",  # the total, all of it for the customer to pay
        "TO PAY",
        f"Delivered {delivered_on}",
    ):
        assert flat(printed) in text, printed
    assert text.count(flat("90.90")) == 2  # the total, and the customer's share of it
    assert set(qr_texts(page, 150)) == {delivered_order.number}
    assert_inside(char_boxes(page), A4, 40)
    assert_no_lines_overlap(page)


def test_a_new_order_leaves_lines_to_write_on_and_an_order_in_repair_keeps_some():
    def ruled(page):
        return [
            bounds
            for bounds in (
                obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
            )
            if abs(bounds[0] - 40) < 1 and bounds[3] - bounds[1] < 2 and bounds[2] - bounds[0] > 150
        ]

    new = only_page(pdf_of(order()))
    assert "DIAGNOSISANDWORKDONE" in flat(text_of(new))
    assert len(ruled(new)) >= 8

    in_repair = only_page(pdf_of(worked(order(), 1, finished=False)))
    text = flat(text_of(in_repair))
    assert flat("Heating element open circuit; thermostat sticks at 40 °C.") in text
    assert "HE-000" in text and "TOPAY" not in text
    assert flat("1 h") in text  # the labour time so far, in its write-in field
    # Its tag still tears off with the order number and QR code.
    assert qr_texts(in_repair, 150) == ["LD01-RO-000123"] * 2

    diagnosed = only_page(
        pdf_of(dataclasses.replace(order(), diagnosis="Heating element open circuit."))
    )
    assert "MOREWORKDONE" in flat(text_of(diagnosed))
    assert 4 <= len(ruled(diagnosed)) < len(ruled(new))


def test_a_covered_repair_shows_the_warranty_paying_it_all():
    covered = dataclasses.replace(
        worked(order(), 1),
        charges=WorkCharges(Decimal("41.20"), Decimal("48.00"), Decimal("89.20"), Decimal(0)),
    )
    text = flat(text_of(only_page(pdf_of(covered))))
    assert flat("Covered by the warranty −89.20") in text
    assert flat("TO PAY 0.00") in text


@pytest.mark.parametrize("format", ["a4", "a5"])
def test_a_record_longer_than_a_page_goes_on_overleaf_uncut(format):
    data = worked(long_order(), 40)
    document = pdfium.PdfDocument(pdf_of(data, format))
    assert len(document) >= 2
    printed = flat("".join(text_of(page) for page in document))
    for i in range(40):
        assert printed.count(f"HE-{i:03d}") == 1, i
    assert flat("Heating element open circuit; thermostat sticks at 40 °C.") in printed
    assert flat("Replaced the heating element and the thermostat;") in printed
    assert "TOPAY" in flat(text_of(document[len(document) - 1]))
    size, margin = PAGES[format]
    for number, page in enumerate(document, start=1):
        assert page.get_size() == pytest.approx(size, abs=0.5)
        assert_inside(char_boxes(page), size, margin)
        assert_no_lines_overlap(page)
        if number > 1:
            assert f"{data.number}·page{number}" in flat(text_of(page))
    assert set(qr_texts(document[0], 150)) == {data.number}
