"""Paper comes back to the desk: scanning the QR printed on a certificate or a work
order opens its record."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import zxingcpp

from fieldservice.printing.certificates import render_certificate
from fieldservice.printing.workorders import render_work_order
from fieldservice.services import lookup, repairs, warranty


def scanned(pdf: bytes) -> list[str]:
    """What a scanner reads from the first page, printed at 150 dpi."""
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def test_the_certificates_qr_opens_the_registration(db, janes_warranty):
    out = io.BytesIO()
    render_certificate(warranty.certificate_data(db, janes_warranty.id), out)
    (text,) = scanned(out.getvalue())
    found = lookup.lookup(db, text)
    assert (found.kind, found.id) == ("warranty", janes_warranty.id)


def test_the_work_orders_qr_opens_the_order(db, janes_warranty):
    order = repairs.open_order(db, repairs.IntakeDraft(janes_warranty.unit_id, "Not draining"))
    for paper in ("a4", "label62", "label57x32"):
        out = io.BytesIO()
        render_work_order(repairs.work_order_data(db, order.id), out, paper)
        texts = set(scanned(out.getvalue()))
        assert texts == {order.number}, paper
        found = lookup.lookup(db, texts.pop())
        assert (found.kind, found.id) == ("repair_order", order.id)
