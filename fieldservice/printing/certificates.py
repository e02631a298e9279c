"""The printed warranty certificate: one A4 page a customer keeps with the receipt.

``render_certificate`` writes one certificate; ``render_batch`` writes many into
one PDF (one per page) as a generator that reports progress after each page,
so the desk can show a progress bar and cancel a batch for a dealer delivery.
The certificate number is printed large and as a QR code; scanning it at the
desk opens the registration.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from fieldservice import i18n
from fieldservice.i18n import N_
from fieldservice.printing.data import CertificateData
from fieldservice.printing.fonts import Weight, draw_text
from fieldservice.printing.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    Target,
    caps,
    draw_block,
    format_date,
    label,
    label_depth,
    new_canvas,
    one_line,
    pdf_target,
    title,
    words,
    wrap,
)
from fieldservice.printing.qr import draw_qr

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 54.0  # content edge, inside the double frame
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
CONTENT_WIDTH = RIGHT - LEFT
TOP = PAGE_HEIGHT - MARGIN
QR_SIZE = 92.0

# Terms and conditions shrink to fit the page, down to this size; below it
# they are cut with an ellipsis rather than spill past the signature box.
TERMS_SIZES = (8.6, 8.2, 7.8, 7.4, 7.0, 6.6, 6.2)
# Printed when the product's policy has no terms of its own and the centre has
# not written its own (translated into the document's language).
DEFAULT_TERMS = N_(
    "Defects in materials or workmanship that appear during the warranty period are repaired "
    "free of charge at an authorised service centre, as set out in the manufacturer's warranty "
    "policy for this product."
)
# The conditions that void a warranty when a policy names none (the services
# pass them in English): marked here so that a document translates them.
VOID_CONDITION_WORDS = (
    N_("Physical damage"),
    N_("Liquid damage"),
    N_("Unauthorised repair or modification"),
    N_("Warranty seal broken or missing"),
    N_("Serial number removed or altered"),
    N_("Not installed or used as the manual says"),
)


def months(count: int, language: str = "en") -> str:
    """``1 month``, ``24 months`` (``24个月`` in Chinese)."""
    ngettext = i18n.catalogue(language).ngettext
    return ngettext("{count} month", "{count} months", count).format(count=count)


def render_certificate(data: CertificateData, out: Target) -> None:
    """Write the warranty certificate *data* as a one-page A4 PDF to *out*.

    *out* is a path (written to a temporary file beside it, then renamed, so a
    reader never sees half a file) or a binary file object.
    """
    with pdf_target(out) as target:
        _ = words(data.centre)
        heading = _("Warranty certificate {number}").format(number=data.number)
        canvas = _canvas(target, heading, data.centre.name, _("Warranty certificate"))
        draw_certificate(canvas, data)
        canvas.showPage()
        canvas.save()


def render_batch(
    items: Iterable[CertificateData], out: Target, total: int | None = None
) -> Iterator[tuple[int, int | None]]:
    """Write one PDF with one certificate per page, yielding ``(done, total)`` after each page.

    *total* defaults to ``len(items)`` when *items* has a length, else None.
    The PDF is complete once the last ``(done, total)`` has been yielded.
    Stopping early (``close()`` on the generator, or an error) writes nothing:
    when *out* is a path, no file is left there, nor any temporary file.
    Raises ValueError when *items* is empty.
    """
    if total is None and isinstance(items, Sized):
        total = len(items)
    source = iter(items)
    following = next(source, None)
    if following is None:
        raise ValueError("There are no warranty certificates to print.")
    with pdf_target(out) as target:
        _ = words(following.centre)
        canvas = _canvas(
            target, _("Warranty certificates"), following.centre.name, _("Warranty certificate")
        )
        done = 0
        while following is not None:
            current, following = following, next(source, None)
            draw_certificate(canvas, current)
            canvas.showPage()
            done += 1
            if following is None:
                # Save before the last report, so a caller that stops reading
                # at done == total still gets the whole file.
                canvas.save()
                break
            yield done, total
    yield done, total


def _canvas(target: Target, heading: str, author: str, subject: str) -> Canvas:
    return new_canvas(target, A4, heading, author, subject)


def draw_certificate(canvas: Canvas, data: CertificateData) -> None:
    """Draw the certificate *data* on the canvas's current page (A4, portrait)."""
    _frame(canvas)
    y = _header(canvas, data)
    y = _title(canvas, data, y - 18)
    y = _coverage(canvas, data, y - 16)
    y = _details(canvas, data, y - 20)
    signature_top = _signature(canvas, data)
    _terms(canvas, data, y - 16, signature_top + 18)
    _footer(canvas, data)


def _frame(canvas: Canvas) -> None:
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.4)
    canvas.rect(22, 22, PAGE_WIDTH - 44, PAGE_HEIGHT - 44, stroke=1, fill=0)
    canvas.setLineWidth(0.45)
    canvas.rect(27, 27, PAGE_WIDTH - 54, PAGE_HEIGHT - 54, stroke=1, fill=0)


def _header(canvas: Canvas, data: CertificateData) -> float:
    _ = words(data.centre)
    centre = data.centre
    left_width = CONTENT_WIDTH * 0.72
    y = draw_block(canvas, wrap(centre.name, left_width, 14, "bold", max_lines=2), LEFT, TOP)
    if centre.address:
        y = draw_block(
            canvas,
            wrap(one_line(centre.address), left_width, 8.6, max_lines=3),
            LEFT,
            y - 3,
            MUTED,
        )
    contacts = "   ·   ".join(
        part
        for part in (
            _("Tel. {phone}").format(phone=centre.phone) if centre.phone else "",
            centre.email,
        )
        if part
    )
    if contacts:
        y = draw_block(canvas, wrap(contacts, left_width, 8.6, max_lines=2), LEFT, y - 1, MUTED)
    caps(canvas, RIGHT, TOP - 9, _("Authorised service centre"), align="right")
    canvas.setFillColor(INK)
    code = _("Centre {code}").format(code=centre.code)
    draw_text(canvas, RIGHT, TOP - 23, code, 9, "semibold", align="right")
    rule = min(y, TOP - 30) - 10
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, rule, RIGHT, rule)
    return rule


def _title(canvas: Canvas, data: CertificateData, top: float) -> float:
    _ = words(data.centre)
    text_width = CONTENT_WIDTH - QR_SIZE - 24
    canvas.setFillColor(ACCENT)
    y = top - 24
    title(canvas, LEFT, y, _("Warranty certificate"), 25)
    y -= 25
    caps(canvas, LEFT, y, _("Certificate number"))
    number = wrap(data.number, text_width, 19, "bold", max_lines=2, leading=23)
    y = draw_block(canvas, number, LEFT, y - 5)
    intro = _(
        "{centre} certifies that the product described below is registered "
        "for warranty service under the terms printed on this certificate."
    ).format(centre=data.centre.name)
    y = draw_block(canvas, wrap(intro, text_width, 8.6, max_lines=3), LEFT, y - 6, MUTED)
    qr_top = top
    draw_qr(canvas, data.number, RIGHT - QR_SIZE, qr_top - QR_SIZE, QR_SIZE)
    canvas.setFillColor(MUTED)
    draw_text(
        canvas,
        RIGHT - QR_SIZE / 2,
        qr_top - QR_SIZE - 7,
        _("Scan at the service desk"),
        6.4,
        align="center",
    )
    return min(y, qr_top - QR_SIZE - 10)


def _coverage(canvas: Canvas, data: CertificateData, top: float) -> float:
    """The three dates that matter, in a tinted band: purchase, warranty end, service end."""
    _ = words(data.centre)
    language = data.centre.language
    warranty = months(data.warranty_months, language)
    if data.extension_months:
        warranty = _("{warranty} + {extension} extension").format(
            warranty=warranty, extension=months(data.extension_months, language)
        )
    service = (
        _("{months} after the warranty; repairs chargeable").format(
            months=months(data.service_months, language)
        )
        if data.service_months
        else _("No service period after the warranty")
    )
    columns = [
        (
            _("Purchased on"),
            format_date(data.purchase_date, language),
            _("The date on your proof of purchase"),
        ),
        (
            _("Warranty until"),
            format_date(data.warranty_end, language),
            _("{warranty} from purchase").format(warranty=warranty),
        ),
        (
            _("Service period until"),
            format_date(data.service_end, language) if data.service_months else "–",
            service,
        ),
    ]
    pad = 12
    width = CONTENT_WIDTH / 3
    notes = [wrap(note, width - 2 * pad, 7.6, max_lines=2) for *_head, note in columns]
    height = pad + 8 + 6 + 15 + 6 + max(n.height for n in notes) + pad - 4
    bottom = top - height
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(LEFT, bottom, CONTENT_WIDTH, height, 4, stroke=1, fill=1)
    for i, ((heading, value, _note), note) in enumerate(zip(columns, notes, strict=True)):
        x = LEFT + i * width + pad
        if i:
            canvas.setStrokeColor(RULE)
            canvas.line(LEFT + i * width, bottom + 10, LEFT + i * width, top - 10)
        y = top - pad - 7
        caps(canvas, x, y, heading, color=ACCENT, room=width - 2 * pad)
        y -= 20
        canvas.setFillColor(INK)
        draw_text(canvas, x, y, value, 15, "bold")
        draw_block(canvas, note, x, y - 6, MUTED)
    return bottom


def _details(canvas: Canvas, data: CertificateData, top: float) -> float:
    _ = words(data.centre)
    gap = 28
    column = (CONTENT_WIDTH - gap) / 2
    right = LEFT + column + gap
    serial, name = _("Serial no."), _("Name")
    product = [
        (_("Product"), data.product_name, 2),
        (_("Brand"), data.brand, 1),
        (_("Model"), data.model, 2),
        (_("SKU"), data.product_sku, 1),
        (serial, data.serial, 2),
    ]
    owner = [
        (name, data.customer_name, 2),
        (_("Address"), one_line(data.customer_address), 4),
        (_("Phone"), data.customer_phone, 1),
    ]
    purchase = [
        (_("Dealer"), data.dealer, 2),
        (_("Invoice"), data.invoice_ref, 1),
        (_("Registered"), format_date(data.registered_on, data.centre.language), 1),
    ]
    left = _section(canvas, _("Product"), product, LEFT, top, column, strong=serial)
    y = _section(canvas, _("Owner"), owner, right, top, column, strong=name)
    right_bottom = _section(canvas, _("Purchase"), purchase, right, y - 10, column)
    return min(left, right_bottom)


def _section(
    canvas: Canvas,
    heading: str,
    rows: list[tuple[str, str, int]],
    x: float,
    top: float,
    width: float,
    strong: str = "",
) -> float:
    """A headed list of label/value rows in a column; returns the y below it."""
    caps(canvas, x, top - 7, heading, 7.2, ACCENT, room=width)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x, top - 12, x + width, top - 12)
    label_width = 64
    y = top - 20
    for name, value, max_lines in rows:
        weight: Weight = "bold" if name == strong else "regular"
        block = wrap(value, width - label_width, 9.4, weight, leading=12.4, max_lines=max_lines)
        canvas.setFillColor(MUTED)
        label(canvas, x, y - 9.4, name, 8, beneath=True)
        y = min(draw_block(canvas, block, x + label_width, y), y - 9.4 - label_depth(name, 8)) - 3.5
    return y


def _sanbao_terms(data: CertificateData) -> list[str]:
    """The 三包 rights of the product's policy, one sentence each (none when it is
    not sold under 三包), in the document's language."""
    _ = words(data.centre)
    lines = []
    if data.return_days is not None:
        lines.append(
            _(
                "Within {days} days of purchase, a unit with a performance fault may be "
                "returned for a refund, exchanged or repaired."
            ).format(days=data.return_days)
        )
    if data.exchange_days is not None:
        lines.append(
            _(
                "Within {days} days of purchase, a unit with a performance fault may be "
                "exchanged or repaired."
            ).format(days=data.exchange_days)
        )
    if data.repairs_before_exchange is not None:
        lines.append(
            _(
                "In warranty, when the same performance fault is still present after "
                "{count} repairs, the unit is exchanged or the purchase refunded."
            ).format(count=data.repairs_before_exchange)
        )
    return lines


def _terms(canvas: Canvas, data: CertificateData, top: float, bottom: float) -> None:
    """Coverage terms beside the conditions that void the warranty, shrunk to fit if long.

    The terms are the policy's own, else the centre's own (in the document's
    language), else the built-in ones, translated."""
    _ = words(data.centre)
    text = data.terms or data.centre.terms or str(_(DEFAULT_TERMS))
    sanbao = _sanbao_terms(data)
    if sanbao:
        text = "\n".join([text, *sanbao])
    conditions = [str(_(condition)) for condition in data.void_conditions]
    gap = 28
    column = (CONTENT_WIDTH - gap) / 2
    right = LEFT + column + gap
    bullet_indent = 9
    available = top - bottom - 16
    for size in TERMS_SIZES:
        leading = size * 1.36
        terms = wrap(text, column, size, leading=leading)
        voids = [wrap(c, column - bullet_indent, size, leading=leading) for c in conditions]
        if max(terms.height, sum(v.height + 2 for v in voids)) <= available:
            break
    else:
        # Still too long at the smallest size: cut each column at the bottom.
        room = int(available // leading)
        terms = wrap(text, column, size, leading=leading, max_lines=room)
        kept = []
        for condition in conditions:
            if room <= 0:
                break
            block = wrap(condition, column - bullet_indent, size, leading=leading, max_lines=room)
            kept.append(block)
            room -= len(block.lines) + 1
        voids = kept
    caps(canvas, LEFT, top - 7, _("Coverage terms"), 7.2, ACCENT, room=column)
    draw_block(canvas, terms, LEFT, top - 16)
    if voids:
        heading = _("The warranty does not apply when")
        caps(canvas, right, top - 7, heading, 7.2, ACCENT, room=column)
    y = top - 16
    for block in voids:
        canvas.setFillColor(ACCENT)
        canvas.circle(right + 2.2, y - block.size * 0.7, 1.2, stroke=0, fill=1)
        y = draw_block(canvas, block, right + bullet_indent, y) - 2


def _signature(canvas: Canvas, data: CertificateData) -> float:
    """Signature line and stamp box above the footer; returns the top of the area."""
    _ = words(data.centre)
    bottom = 70.0
    stamp_width, stamp_height = 150.0, 70.0
    top = bottom + stamp_height
    stamp_x = RIGHT - stamp_width
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    canvas.setDash(3, 2)
    canvas.roundRect(stamp_x, bottom, stamp_width, stamp_height, 4, stroke=1, fill=0)
    canvas.setDash()
    canvas.setFillColor(MUTED)
    label(canvas, stamp_x + stamp_width / 2, bottom + 6, _("Centre stamp"), 7, align="center")

    line_right = stamp_x - 36
    canvas.setFillColor(INK)
    issued = _("Issued on {date} by {centre}").format(
        date=format_date(data.issued_on, data.centre.language), centre=data.centre.name
    )
    block = wrap(issued, line_right - LEFT, 8.8, max_lines=2)
    draw_block(canvas, block, LEFT, top - 2)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, bottom + 18, line_right, bottom + 18)
    canvas.setFillColor(MUTED)
    label(canvas, LEFT, bottom + 6, _("Authorised signature"), 7)
    return top


def _footer(canvas: Canvas, data: CertificateData) -> None:
    _ = words(data.centre)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, 54, RIGHT, 54)
    canvas.setFillColor(MUTED)
    draw_text(
        canvas,
        LEFT,
        42,
        _(
            "Keep this certificate with your proof of purchase and bring both with the product "
            "when it needs service."
        ),
        6.8,
    )
    draw_text(canvas, RIGHT, 42, data.number, 6.8, "semibold", align="right")
