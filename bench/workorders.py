"""Printing work orders: the A4 and A5 sheets, both labels and the intake receipt.

Median time of one PDF of each (to memory), each next to its floor measured in
the same run: a bare ReportLab page of the same size with one line of text and
the same vector QR code. Run: ``python -m bench.workorders``; ``--screenshots``
renders the samples shown in docs/screenshots instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bench.common import machine, median_seconds, ms
from fieldservice.printing.data import CentreHeader, WorkOrderData
from fieldservice.printing.qr import draw_qr
from fieldservice.printing.workorders import PAGE_SIZES, render_intake_receipt, render_work_order

DOCS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
LONDON = dt.timezone(dt.timedelta(0), "GMT")  # the samples are opened in November

CENTRE = CentreHeader(
    code="LD01",
    name="Northgate Appliance Service Centre",
    address="Unit 4, Riverside Trading Estate, 112 Canal Road, London E15 2RT, United Kingdom",
    phone="+44 20 7946 0321",
    email="service@northgate-appliance.co.uk",
)
TERMS = (
    "The centre examines the product within two working days and, before any chargeable work "
    "begins, tells you the cost of parts and labour and waits for your consent. If you decline "
    "a quote for a product out of warranty, a diagnosis fee of £35 is charged. Warranty repairs "
    "need the original proof of purchase; without it the repair is chargeable. The centre is "
    "not responsible for data, settings or accessories not listed on this receipt: back up "
    "your data and remove memory cards before handing the product in. We will call you when "
    "the product is ready; products not collected within 90 days of that call may be disposed "
    "of as the law allows. Please bring this receipt, or quote the order number, to collect."
)


def sample(
    i: int = 123, *, chinese: bool = False, chargeable: bool = False, priority: str = "Urgent"
) -> WorkOrderData:
    """A realistic repair order; *chinese* gives a customer in Chinese (traditional script)."""
    customer = (
        ("陳美玲", "+852 2388 1234", "mei-ling.chan@example.hk", "香港九龍旺角彌敦道 688 號 12 樓")
        if chinese
        else (
            "Margaret O'Donnell",
            "+44 7700 900123",
            "m.odonnell@example.co.uk",
            "27 Willow Crescent\nStratford, London E15 4QA",
        )
    )
    return WorkOrderData(
        number=f"LD01-RO-{i:06d}",
        centre=CENTRE,
        opened_at=dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC),
        promised_by=dt.datetime(2026, 11, 27, 18, 0, tzinfo=dt.UTC),
        status="Received",
        priority=priority,
        service_type="Fault repair",
        channel="Walk-in",
        customer_name=customer[0],
        customer_phone=customer[1],
        customer_email=customer[2],
        customer_address=customer[3],
        product_name="Front-loading washing machine 9 kg",
        product_sku="WM-9014-WH",
        brand="Halden",
        model="AquaPro 9014 Steam",
        serial=f"HW9014{230000 + i:08d}",
        fault_reported=(
            "Stops mid-cycle with error E21 and does not drain; water stays in the drum. "
            "Started after a power cut last week. The door stays locked at the end of the cycle."
        ),
        accessories="Inlet hose, drain hose, power cord",
        condition="Scratches on the top panel, small dent on the left side; door seal intact.",
        coverage="Service period (chargeable)" if chargeable else "In warranty until 14 Mar 2028",
        chargeable=chargeable,
        technician="Tomasz Nowak",
        received_by="Priya Shah",
        terms=TERMS,
    )


def bare_page(number: str, pagesize: tuple[float, float], qr_size: float) -> bytes:
    """The floor: a page of *pagesize* with one line of text and the same vector QR code."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(8, pagesize[1] - 20, number)
    draw_qr(canvas, number, 4, 4, qr_size)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def screenshots() -> list[Path]:
    """Render the sample work orders, labels and receipt to PNG."""
    import pypdfium2 as pdfium

    jobs: list[tuple[str, Callable[[io.BytesIO], None], int]] = [
        ("work-order-a4.png", lambda out: render_work_order(sample(), out, timezone=LONDON), 110),
        (
            "work-order-a5.png",
            lambda out: render_work_order(
                sample(chinese=True, chargeable=True, priority="Normal"),
                out,
                "a5",
                timezone=LONDON,
            ),
            110,
        ),
        (
            "label-62mm.png",
            lambda out: render_work_order(sample(), out, "label62", timezone=LONDON),
            300,
        ),
        (
            "label-57x32.png",
            lambda out: render_work_order(sample(), out, "label57x32", timezone=LONDON),
            300,
        ),
        (
            "intake-receipt.png",
            lambda out: render_intake_receipt(sample(chargeable=True), out, timezone=LONDON),
            110,
        ),
    ]
    written = []
    for name, render, dpi in jobs:
        buffer = io.BytesIO()
        render(buffer)
        page = pdfium.PdfDocument(buffer.getvalue())[0]
        path = DOCS / name
        page.render(scale=dpi / 72).to_pil().save(path)
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--screenshots", action="store_true")
    args = parser.parse_args()
    if args.screenshots:
        for path in screenshots():
            print(f"wrote {path}")
        return

    counter = iter(range(10**9))
    # What is printed, with the QR square of the document it is measured against.
    documents: list[tuple[str, Callable[[WorkOrderData], None], str, float]] = [
        ("A4 work order", lambda d: render_work_order(d, io.BytesIO()), "a4", 88),
        ("A5 work order", lambda d: render_work_order(d, io.BytesIO(), "a5"), "a5", 70),
        ("62 mm label", lambda d: render_work_order(d, io.BytesIO(), "label62"), "label62", 110),
        (
            "57 × 32 mm label",
            lambda d: render_work_order(d, io.BytesIO(), "label57x32"),
            "label57x32",
            70,
        ),
        ("A4 intake receipt", lambda d: render_intake_receipt(d, io.BytesIO()), "a4", 88),
    ]
    rows = []
    for what, render, page, qr in documents:
        ours = median_seconds(lambda r=render: r(sample(next(counter))), repeat=args.repeat)
        size = PAGE_SIZES[page]
        floor = median_seconds(
            lambda s=size, q=qr: bare_page(f"LD01-RO-{next(counter):06d}", s, q),
            repeat=args.repeat,
        )
        rows.append((what, ours, floor))

    print(f"\nWork orders — {machine()}\n")
    print("| one PDF to memory (median) | fieldservice | floor (bare page, same QR) | ratio |")
    print("|---|---:|---:|---:|")
    for what, ours, floor in rows:
        print(f"| {what} | {ms(ours)} | {ms(floor)} | {ours / floor:.1f}× |")


if __name__ == "__main__":
    main()
