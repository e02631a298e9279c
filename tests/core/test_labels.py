"""The parts clerk prints shelf and part labels: a 57 × 32 mm label for the thermal
printer, or an A4 sheet of 3 × 8 labels. Each one is opened again with pdfium:
rendered to pixels so its QR code is decoded as a scanner would, its text
extracted and measured."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from fieldservice.printing.labels import (
    FORMATS,
    SHEET_CELL,
    PartLabel,
    render_part_labels,
    sheet_cell,
)

FAN = PartLabel("FAN-00012", "Condenser fan motor 120 mm", "A3", "MAIN")
SEAL = PartLabel("SEAL-00013", "Door seal", "B12")
LONG = PartLabel(
    "PUMP-000000014-LONGER-NUMBER",
    "Drain pump assembly with filter housing, hoses and clips for dishwashers "
    "DW600, DW800 and DW900 of every year since 2015",
    "SHELF-C7-LOWER-BACK",
    "VAN-TECHNICIAN-1",
)
NO_BIN = PartLabel("HOSE-M", "Drain hose (per metre)")


def pdf_of(labels, format: str) -> bytes:
    out = io.BytesIO()
    render_part_labels(labels, out, format)
    return out.getvalue()


def qr_texts(page: pdfium.PdfPage, dpi: int) -> list[str]:
    image = page.render(scale=dpi / 72).to_pil()
    return [
        found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def char_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    return [box for box in boxes if box[2] > box[0]]


def text_of(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


@pytest.mark.parametrize(
    "label", [FAN, SEAL, LONG, NO_BIN], ids=["usual", "short", "long", "no bin"]
)
def test_a_57_by_32_label_scans_to_its_part_number_and_keeps_its_text_inside(label):
    document = pdfium.PdfDocument(pdf_of([label], "57x32"))
    assert len(document) == 1
    page = document[0]
    assert page.get_size() == pytest.approx((57 * mm, 32 * mm), abs=0.01)
    # A 203 dpi thermal printer prints it scannable.
    assert qr_texts(page, 203) == [label.part_number]
    boxes = char_boxes(page)
    assert boxes
    margin, slack = 1.5 * mm, 1.0
    width, height = page.get_size()
    assert min(b[0] for b in boxes) >= margin - slack
    assert max(b[2] for b in boxes) <= width - margin + slack
    assert min(b[1] for b in boxes) >= margin - slack
    assert max(b[3] for b in boxes) <= height - margin + slack


def test_each_label_of_a_roll_is_a_page_of_its_own():
    labels = [FAN, SEAL, LONG]
    document = pdfium.PdfDocument(pdf_of(labels, "57x32"))
    assert len(document) == 3
    for page, label in zip(document, labels, strict=True):
        assert page.get_size() == pytest.approx((57 * mm, 32 * mm), abs=0.01)
        assert qr_texts(page, 300) == [label.part_number]


def test_a_label_says_the_part_number_its_description_and_its_bin():
    page = pdfium.PdfDocument(pdf_of([FAN], "57x32"))[0]
    text = text_of(page)
    assert "FAN-00012" in text
    assert "Condenser fan motor" in " ".join(text.split())
    assert "A3" in text and "MAIN" in text


def test_an_a4_sheet_holds_3_by_8_labels_each_scanning_to_its_part():
    labels = [PartLabel(f"PART-{i:05d}", f"Spare part number {i}", f"A{i}") for i in range(24)]
    document = pdfium.PdfDocument(pdf_of(labels, "a4"))
    assert len(document) == 1
    page = document[0]
    assert page.get_size() == pytest.approx(A4, abs=0.01)
    assert sorted(qr_texts(page, 200)) == sorted(label.part_number for label in labels)
    cells = [sheet_cell(i) for i in range(24)]
    width, height = SHEET_CELL
    assert width == pytest.approx(70 * mm) and height == pytest.approx(37 * mm)
    # The grid is on the page, the cells do not overlap, and every character is
    # inside one cell's printable area.
    assert min(x for x, _ in cells) >= 0 and max(x for x, _ in cells) + width <= A4[0] + 0.01
    assert min(y for _, y in cells) >= 0 and max(y for _, y in cells) + height <= A4[1]
    inner = 2 * mm
    for box in char_boxes(page):
        assert any(
            x + inner - 1 <= box[0]
            and box[2] <= x + width - inner + 1
            and y + inner - 1 <= box[1]
            and box[3] <= y + height - inner + 1
            for x, y in cells
        ), box


def test_more_labels_than_a_sheet_holds_go_on_over_further_sheets():
    labels = [FAN, SEAL, LONG, NO_BIN] * 7  # 28 labels
    document = pdfium.PdfDocument(pdf_of(labels, "a4"))
    assert len(document) == 2
    assert sorted(qr_texts(document[1], 200)) == sorted(label.part_number for label in labels[24:])


def test_an_unknown_format_or_no_labels_is_refused():
    with pytest.raises(ValueError, match="57x32"):
        render_part_labels([FAN], io.BytesIO(), "label62")
    with pytest.raises(ValueError):
        render_part_labels([], io.BytesIO(), "a4")
    assert set(FORMATS) == {"57x32", "a4"}


def test_labels_are_written_to_a_path(tmp_path):
    target = tmp_path / "labels.pdf"
    assert render_part_labels([FAN, SEAL], target, "a4") == 1
    assert target.read_bytes().startswith(b"%PDF")
