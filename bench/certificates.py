"""Printing warranty certificates: one page, and a batch of 1,000 into one file.

Median time of one certificate PDF (to memory) next to the floor: a bare
ReportLab page with the same vector QR code, in the same run. Then a batch of
1,000 certificates into one file: total time and peak memory. Run:
``python -m bench.certificates [--batch N]``; ``--screenshots`` also renders the
sample certificates shown in docs/screenshots.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

from bench.common import machine, median_seconds, ms
from fieldservice.printing.certificates import render_batch, render_certificate
from fieldservice.printing.data import CentreHeader, CertificateData
from fieldservice.printing.qr import draw_qr

DOCS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

CENTRE = CentreHeader(
    code="LD01",
    name="Northgate Appliance Service Centre",
    address="Unit 4, Riverside Trading Estate, 112 Canal Road, London E15 2RT, United Kingdom",
    phone="+44 20 7946 0321",
    email="service@northgate-appliance.co.uk",
)
TERMS = (
    "During the warranty period the manufacturer repairs or, at its option, replaces any part "
    "that fails through a defect in materials or workmanship, free of charge for parts and "
    "labour, at an authorised service centre. Replaced parts become the property of the "
    "manufacturer. A repair or replacement does not extend the warranty period. During the "
    "service period the centre continues to support the product; parts and labour are then "
    "charged at the published rates. Present this certificate together with the original "
    "proof of purchase when requesting service. Your statutory rights as a consumer are not "
    "affected."
)
VOID = (
    "the serial number or the warranty seal has been removed, altered or made illegible;",
    "the product was damaged by a fall, impact, liquid, fire, lightning or power surge;",
    "the product was opened, repaired or modified by anyone other than an authorised centre;",
    "the product was used commercially, installed or operated against the user manual;",
    "consumables and wear parts (filters, belts, bulbs, batteries, seals) are at issue.",
)


def sample(i: int = 123, *, chinese: bool = False) -> CertificateData:
    """A realistic certificate; *chinese* gives a customer in Chinese (traditional script)."""
    purchase = dt.date(2025, 3, 14)
    customer = (
        ("陳美玲", "香港九龍旺角彌敦道 688 號旺角中心第一期 12 樓 1203 室", "+852 2388 1234")
        if chinese
        else (
            "Margaret O'Donnell",
            "27 Willow Crescent, Stratford, London E15 4QA",
            "+44 7700 900123",
        )
    )
    return CertificateData(
        number=f"LD01-WC-{i:06d}",
        centre=CENTRE,
        product_name="Front-loading washing machine 9 kg, A-class energy rating",
        product_sku="WM-9014-WH",
        brand="Halden",
        model="AquaPro 9014 Steam",
        serial=f"HW9014{230000 + i:08d}",
        customer_name=customer[0],
        customer_address=customer[1],
        customer_phone=customer[2],
        purchase_date=purchase,
        warranty_end=dt.date(2028, 3, 14),
        service_end=dt.date(2033, 3, 14),
        warranty_months=24,
        service_months=60,
        extension_months=12,
        dealer="Bright Home Electricals Ltd, Stratford",
        invoice_ref="INV-2025-004817",
        registered_on=dt.date(2025, 3, 18),
        issued_on=dt.date(2025, 3, 18),
        terms=TERMS,
        void_conditions=VOID,
    )


def bare_page(number: str) -> bytes:
    """The floor: an A4 page with one line of text and the same vector QR code."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, number)
    draw_qr(canvas, number, 451, 680, 92)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def screenshots() -> list[Path]:
    """Render page 1 of the two sample certificates to PNG (about 110 dpi)."""
    import pypdfium2 as pdfium

    written = []
    for name, data in (
        ("warranty-certificate.png", sample(123)),
        ("warranty-certificate-cjk.png", sample(124, chinese=True)),
    ):
        buffer = io.BytesIO()
        render_certificate(data, buffer)
        page = pdfium.PdfDocument(buffer.getvalue())[0]
        path = DOCS / name
        page.render(scale=110 / 72).to_pil().save(path)
        written.append(path)
    return written


def batch_in_child(count: int) -> tuple[float, int, float]:
    """Render *count* certificates into one file in this (fresh) process.

    Returns seconds, file size in bytes and the process's peak RSS in MB.
    """
    items = [sample(i, chinese=i % 3 == 0) for i in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "batch.pdf"
        start = time.perf_counter()
        for _ in render_batch(items, target):
            pass
        seconds = time.perf_counter() - start
        size = target.stat().st_size
    return seconds, size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--screenshots", action="store_true")
    args = parser.parse_args()
    if args.screenshots:
        for path in screenshots():
            print(f"wrote {path}")
        return

    counter = iter(range(10**9))

    def one_certificate() -> None:
        render_certificate(sample(next(counter)), io.BytesIO())

    def floor() -> None:
        bare_page(f"LD01-WC-{next(counter):06d}")

    single = median_seconds(one_certificate, repeat=args.repeat)
    bare = median_seconds(floor, repeat=args.repeat)

    # Each batch runs in a fresh process, so that its peak RSS is its own; the
    # one-certificate process is the baseline (interpreter, libraries, fonts).
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        _, _, baseline_rss = pool.apply(batch_in_child, (1,))
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        batch, size, batch_rss = pool.apply(batch_in_child, (args.batch,))

    print(f"\nWarranty certificates — {machine()}\n")
    print("| what | fieldservice | floor (bare page, same QR) | ratio |")
    print("|---|---:|---:|---:|")
    print(
        f"| one certificate to memory (median) | {ms(single)} | {ms(bare)} | {single / bare:.1f}× |"
    )
    print(
        f"| {args.batch:,} certificates into one file | {batch:.2f} s "
        f"({ms(batch / args.batch)} a page) | – | – |"
    )
    print(
        f"\nbatch file {size / 1e6:.1f} MB; peak RSS of the batch process {batch_rss:.0f} MB "
        f"(a process that prints one certificate: {baseline_rss:.0f} MB)"
    )


if __name__ == "__main__":
    main()
