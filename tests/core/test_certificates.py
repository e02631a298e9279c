"""The front desk prints warranty certificates, one or a dealer's batch, that customers keep.

Each PDF is opened again with pdfium: pages rendered to pixels so that the QR
code is decoded as a scanner would, text extracted as a reader would.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime as dt
import io
import itertools
import os
import stat
import threading
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from fieldservice.printing import fonts
from fieldservice.printing.certificates import (
    LEFT,
    RIGHT,
    format_date,
    render_batch,
    render_certificate,
)
from fieldservice.printing.data import CentreHeader, CertificateData
from fieldservice.printing.qr import QRFlowable, draw_qr, qr_matrix
from fieldservice.services import customers, warranty

D = dt.date
CENTRE = CentreHeader(
    "LD01",
    "Leeds Service Centre",
    "Unit 7, Kirkstall Industrial Park\nLeeds LS4 2AZ",
    "0113 496 0000",
    "desk@leeds-service.example",
)


def certificate(number: str = "LD01-WC-000123", **changes) -> CertificateData:
    data = CertificateData(
        number=number,
        centre=CENTRE,
        product_name="Aqualine Dishwasher DW600",
        product_sku="AQU-DW600",
        brand="Aqualine",
        model="DW600",
        serial="AQD-1001",
        customer_name="Jane Smith",
        customer_address="12 Mill Lane\nLeeds LS6 2AB",
        customer_phone="0113 496 0123",
        purchase_date=D(2025, 3, 14),
        warranty_end=D(2028, 3, 14),
        service_end=D(2031, 3, 14),
        warranty_months=24,
        service_months=36,
        extension_months=12,
        dealer="Kitchen World Leeds",
        invoice_ref="INV-2025-0314",
        registered_on=D(2025, 3, 20),
        issued_on=D(2025, 3, 21),
        terms="Parts and labour for manufacturing defects.",
        void_conditions=("The seal is broken.", "Liquid damage."),
    )
    return dataclasses.replace(data, **changes)


def pdf_of(data: CertificateData) -> bytes:
    buffer = io.BytesIO()
    render_certificate(data, buffer)
    return buffer.getvalue()


def qr_texts(page: pdfium.PdfPage, dpi: int = 150) -> list[str]:
    image = page.render(scale=dpi / 72).to_pil()
    return [
        found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def text_of(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def flat(text: str) -> str:
    return "".join(text.split())


def fonts_used_by(page: pdfium.PdfPage, fragment: str) -> set[tuple[str, bool]]:
    """(base font name, embedded?) of every text object on *page* containing *fragment*."""
    textpage = page.get_textpage()
    found = set()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFTextObj_GetText(
            obj.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size
        )
        text = buffer.raw[: size - 2].decode("utf-16-le")
        if fragment not in text:
            continue
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        name = ctypes.create_string_buffer(length)
        pdfium_c.FPDFFont_GetBaseFontName(font, name, length)
        found.add((name.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return found


# -- one certificate ---------------------------------------------------------------------


def test_the_certificate_qr_scans_to_the_certificate_number(db, janes_warranty, tmp_path: Path):
    folder = tmp_path / "printed"
    folder.mkdir()
    target = folder / "certificate.pdf"
    render_certificate(warranty.certificate_data(db, janes_warranty.id), target)

    document = pdfium.PdfDocument(target)
    assert len(document) == 1
    assert document[0].get_size() == pytest.approx(A4, abs=0.5)
    assert qr_texts(document[0]) == [janes_warranty.number]
    assert list(folder.iterdir()) == [target]  # no temporary file left beside it


def test_a_saved_certificate_gets_the_usual_file_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "certificate.pdf"
        render_certificate(certificate(), target)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_the_certificate_states_who_what_and_until_when(db, janes_warranty):
    data = warranty.certificate_data(db, janes_warranty.id)
    text = text_of(pdfium.PdfDocument(pdf_of(data))[0])

    for printed in (
        "Warranty certificate",
        janes_warranty.number,
        "Leeds Service Centre",
        "Aqualine Dishwasher DW600",
        "AQU-DW600",
        janes_warranty.serial,
        "Jane Smith",
        "12 Mill Lane, Leeds LS6 2AB",
        "0113 496 0123",
        "Kitchen World Leeds",
        "INV-2025-0314",
        "14 Mar 2025",  # purchase
        "14 Mar 2027",  # warranty end: 24 months
        "14 Mar 2030",  # service end: 36 more months
        "24 months from purchase",
        "20 Mar 2025",  # registered
        "Parts and labour for manufacturing defects.",
        "Authorised signature",
    ):
        assert flat(printed) in flat(text), printed


def test_an_extension_is_printed_with_the_months_it_adds():
    text = text_of(pdfium.PdfDocument(pdf_of(certificate(extension_months=12)))[0])
    assert flat("24 months + 12 months extension from purchase") in flat(text)
    assert "14 Mar 2028" in text


def test_dates_are_printed_with_the_month_in_letters():
    assert format_date(D(2025, 3, 4)) == "4 Mar 2025"
    assert format_date(D(2031, 12, 31)) == "31 Dec 2031"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("王小明", "上海市浦东新区世纪大道 100 号 环球金融中心 25 楼"),
        ("陳美玲", "香港九龍旺角彌敦道 688 號 旺角中心 12 樓"),
    ],
    ids=["simplified", "traditional"],
)
def test_a_chinese_name_and_address_print_as_real_glyphs(db, dishwasher_policy, name, address):
    owner = customers.create_customer(
        db, customers.CustomerDraft(name, phone="0113 496 0456", address=address)
    )
    record = warranty.register(
        db,
        warranty.RegistrationDraft(
            "AQD-2002", dishwasher_policy.product_id, D(2025, 5, 2), customer_id=owner.id
        ),
    )
    page = pdfium.PdfDocument(pdf_of(warranty.certificate_data(db, record.id)))[0]

    text = text_of(page)
    assert name in text
    assert flat(address) in flat(text)
    used = fonts_used_by(page, name)
    assert used, "the name is not set as text"
    assert all(embedded and "DroidSansFallback" in font for font, embedded in used)
    coverage = fonts._faces().cjk
    assert all(ord(char) in coverage for char in flat(name + address) if not char.isascii())
    assert qr_texts(page) == [record.number]


def test_a_very_long_address_and_terms_wrap_within_the_page():
    address = "Flat 12, " + ", ".join(
        f"Building {i} Long Industrial Estate Road" for i in range(40)
    )
    terms = " ".join(
        f"Clause {i}: the manufacturer repairs defects in materials and workmanship."
        for i in range(90)
    )
    data = certificate(
        customer_address=address,
        product_name="Combination steam oven " * 12,
        serial="X" * 90,
        terms=terms,
        void_conditions=tuple(f"Condition {i}: " + "misuse of the product " * 6 for i in range(14)),
    )
    document = pdfium.PdfDocument(pdf_of(data))
    assert len(document) == 1
    page = document[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    assert "Flat 12, Building 0 Long Industrial" in text
    assert "Clause 0: the manufacturer repairs" in text

    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    boxes = [(left, bottom, right, top) for left, bottom, right, top in boxes if right > left]
    assert min(box[0] for box in boxes) >= LEFT - 0.5
    assert max(box[2] for box in boxes) <= RIGHT + 0.5
    assert min(box[1] for box in boxes) >= 30

    # No line of text runs into another one.
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    for a, b in itertools.combinations(rects, 2):
        overlap_x = min(a[2], b[2]) - max(a[0], b[0])
        overlap_y = min(a[3], b[3]) - max(a[1], b[1])
        assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)
    assert qr_texts(page) == [data.number]


def test_a_policy_without_terms_or_conditions_still_prints_coverage_terms():
    text = text_of(pdfium.PdfDocument(pdf_of(certificate(terms="", void_conditions=())))[0])
    assert "Defects in materials or workmanship" in text
    assert "does not apply" not in text.lower()


# -- a dealer's batch --------------------------------------------------------------------


def batch_items(count: int) -> list[CertificateData]:
    names = ["Jane Smith", "王小明", "陳美玲", "Łukasz Wójcik"]
    return [
        certificate(f"LD01-WC-{i:06d}", customer_name=names[i % len(names)], serial=f"AQD-{i}")
        for i in range(1, count + 1)
    ]


def test_a_batch_prints_one_page_per_certificate_each_scanning_to_its_own_number(tmp_path):
    items = batch_items(5)
    target = tmp_path / "delivery.pdf"

    progress = list(render_batch(items, target))

    assert progress == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    document = pdfium.PdfDocument(target)
    assert len(document) == 5
    for page, item in zip(document, items, strict=True):
        assert qr_texts(page) == [item.number]
        assert item.customer_name in text_of(page)


def test_a_batch_from_a_generator_reports_the_total_it_is_given(tmp_path):
    items = (item for item in batch_items(3))
    assert list(render_batch(items, tmp_path / "b.pdf", total=3))[-1] == (3, 3)
    assert list(render_batch(iter(batch_items(2)), tmp_path / "c.pdf")) == [(1, None), (2, None)]


def test_the_file_is_complete_when_the_last_progress_arrives(tmp_path):
    target = tmp_path / "delivery.pdf"
    batch = render_batch(batch_items(3), target)
    assert list(itertools.islice(batch, 3))[-1] == (3, 3)  # the caller stops reading here
    assert len(pdfium.PdfDocument(target)) == 3


def test_cancelling_a_batch_leaves_no_file(tmp_path):
    target = tmp_path / "delivery.pdf"
    batch = render_batch(batch_items(10), target)
    assert next(batch) == (1, 10)
    assert next(batch) == (2, 10)

    batch.close()

    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_cancelling_a_reprint_keeps_the_earlier_file(tmp_path):
    target = tmp_path / "delivery.pdf"
    target.write_bytes(b"%PDF earlier print")
    batch = render_batch(batch_items(4), target)
    next(batch)
    batch.close()
    assert target.read_bytes() == b"%PDF earlier print"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failure_halfway_through_a_batch_leaves_no_file(tmp_path):
    def items():
        yield from batch_items(2)
        raise RuntimeError("database went away")

    target = tmp_path / "delivery.pdf"
    with pytest.raises(RuntimeError, match="went away"):
        list(render_batch(items(), target))
    assert list(tmp_path.iterdir()) == []


def test_an_empty_batch_is_refused_without_writing(tmp_path):
    with pytest.raises(ValueError, match="no warranty certificates"):
        list(render_batch([], tmp_path / "empty.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_a_batch_goes_to_a_file_object_too():
    buffer = io.BytesIO()
    assert list(render_batch(batch_items(2), buffer))[-1] == (2, 2)
    assert len(pdfium.PdfDocument(buffer.getvalue())) == 2


# -- QR codes, reused by work orders and labels -------------------------------------------


def test_a_qr_code_is_drawn_as_vectors_not_as_an_image():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200))
    draw_qr(canvas, "LD01-RO-000042", 20, 20, 160)
    canvas.save()
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    kinds = {obj.type for obj in page.get_objects()}
    assert kinds == {pdfium_c.FPDF_PAGEOBJ_PATH}
    assert qr_texts(page, dpi=100) == ["LD01-RO-000042"]


def test_a_qr_code_on_a_dark_label_keeps_its_light_quiet_zone():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(120, 120))
    canvas.setFillColor(colors.HexColor("#202020"))
    canvas.rect(0, 0, 120, 120, stroke=0, fill=1)
    draw_qr(canvas, "SH01-RO-000123", 20, 20, 80)
    canvas.save()
    image = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=4).to_pil().convert("L")
    modules = len(qr_matrix("SH01-RO-000123")) + 8
    quiet = 4 * 80 / modules * 4  # the quiet zone in pixels
    inset = int(20 * 4 + quiet - 2)
    # Just inside the quiet zone, every pixel is light.
    assert min(image.getpixel((x, 480 - inset)) for x in range(inset, 480 - inset)) > 240
    assert qr_texts(pdfium.PdfDocument(buffer.getvalue())[0], dpi=300) == ["SH01-RO-000123"]


def test_a_qr_flowable_lays_out_in_a_document_with_a_chinese_paragraph():
    fonts.register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10)
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(fonts.markup("Owner: 陳美玲 & family"), style), QRFlowable("LD01-WO-7", 90)]
    )
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    assert "Owner: 陳美玲 & family" in text_of(page)
    assert qr_texts(page) == ["LD01-WO-7"]


# -- fonts and line breaking ---------------------------------------------------------------


def test_the_shipped_fonts_are_present_licensed_and_small():
    folder = fonts.fonts_dir()
    for filename in fonts.FILES.values():
        assert (folder / filename).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines
    assert (folder / "LICENSE-Apache-2.0.txt").exists()
    assert sum(f.stat().st_size for f in folder.iterdir()) < 6_000_000


def test_fonts_register_once_when_many_threads_print_at_once():
    errors = []

    def print_one():
        try:
            pdf_of(certificate())
        except Exception as error:  # pragma: no cover - shown by the assertion
            errors.append(error)

    threads = [threading.Thread(target=print_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert fonts._faces() is fonts._faces()


def test_mixed_text_is_split_into_latin_and_cjk_runs():
    assert [(run.font, run.text) for run in fonts.runs("Room 12 陳美玲 Ltd")] == [
        (fonts.SANS, "Room 12 "),
        (fonts.CJK, "陳美玲"),
        (fonts.SANS, " Ltd"),
    ]
    assert fonts.runs("陳", "bold")[0].embolden > 0


def test_chinese_lines_break_between_characters_but_not_before_a_comma():
    lines = fonts.wrap_text("香港九龍旺角彌敦道，旺角中心第一期十二樓", 40, 10)
    assert len(lines) > 3
    assert all(fonts.text_width(line, 10) <= 40 for line in lines)
    assert not any(line.startswith("，") for line in lines)
    assert "".join(lines) == "香港九龍旺角彌敦道，旺角中心第一期十二樓"


mixed_text = st.text(
    alphabet=st.sampled_from(list("abcdefghij XYZ-,.0123456789") + list("王小明陳美玲香港，。")),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(text=mixed_text, width=st.floats(min_value=15, max_value=400))
def test_wrapping_never_overflows_and_never_loses_a_character(text, width):
    lines = fonts.wrap_text(text, width, 9)
    assert flat("".join(lines)) == flat(text)
    for line in lines:
        assert len(line) <= 1 or fonts.text_width(line, 9) <= width + 1e-6
