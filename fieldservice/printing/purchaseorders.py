"""The purchase order a centre sends to a supplier: every part ordered from that
supplier at once, where each is delivered, and the date the delivery is expected.

``render_purchase_order`` writes it on A4 in the family look of the work order
(the centre's header over an accent rule, spaced capitals over each section,
the tinted band of facts). The order number is printed large and as a QR code:
scanned at goods-in, it fills in the order on the receipt. Lines that do not
fit go on over further pages, the column names repeated; nothing is cut but a
description too long for two lines.
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from fieldservice.printing.data import PurchaseOrderData, PurchaseOrderItem
from fieldservice.printing.fonts import Align, draw_text
from fieldservice.printing.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    Target,
    caps,
    draw_block,
    draw_fitted,
    format_date,
    format_money,
    label,
    new_canvas,
    one_line,
    pdf_target,
    title,
    words,
    wrap,
)
from fieldservice.printing.qr import draw_qr

PAGE = A4
MARGIN = 40.0
LEFT, RIGHT = MARGIN, PAGE[0] - MARGIN
TOP, BOTTOM = PAGE[1] - MARGIN, MARGIN
WIDTH = RIGHT - LEFT
QR_SIDE = 78.0
FOOTER = 64.0  # room kept at the foot of every page (signature, page number)
ROW_SIZE = 9.0
ROW_LEADING = 11.6


def render_purchase_order(data: PurchaseOrderData, out: Target) -> int:
    """Write the purchase order *data* as an A4 PDF to *out*; returns the number of
    pages. *out* is a path (written to a temporary file beside it, then renamed)
    or a binary file object."""
    _ = words(data.centre)
    with pdf_target(out) as target:
        canvas = new_canvas(
            target,
            PAGE,
            _("Purchase order {number}").format(number=data.number),
            data.centre.name,
            _("Purchase order"),
        )
        # Drawn once to count the pages ("Page 1 of 2"), then for real.
        pages = _draw(Canvas(io.BytesIO(), pagesize=PAGE), data, 0)
        _draw(canvas, data, pages)
        canvas.save()
    return pages


def _money(amount: Decimal, cols: _Columns) -> str:
    """An amount in the centre's currency: ``1,234.50`` (``¥1,234.50``)."""
    return format_money(amount, cols.centre)


def _quantity(amount: Decimal) -> str:
    """A quantity without trailing zeros: ``12``, ``2.5``."""
    return f"{amount.normalize():f}"


def _header(canvas: Canvas, data: PurchaseOrderData) -> float:
    """The centre's name and contacts over an accent rule; returns the rule's y."""
    _ = words(data.centre)
    centre = data.centre
    left_width = WIDTH - 160
    y = draw_block(canvas, wrap(centre.name, left_width, 13, "bold", max_lines=1), LEFT, TOP)
    contacts = "   ·   ".join(
        part
        for part in (
            _("Tel. {phone}").format(phone=centre.phone) if centre.phone else "",
            centre.email,
        )
        if part
    )
    for line in (one_line(centre.address), contacts):
        if line:
            y = draw_block(canvas, wrap(line, left_width, 8, max_lines=2), LEFT, y - 1.5, MUTED)
    caps(canvas, RIGHT, TOP - 8, _("Authorised service centre"), 6.6, align="right")
    canvas.setFillColor(INK)
    code = _("Centre {code}").format(code=centre.code)
    draw_text(canvas, RIGHT, TOP - 21, code, 9, "semibold", align="right")
    rule = min(y, TOP - 26) - 8
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, rule, RIGHT, rule)
    return rule


def _heading(canvas: Canvas, text: str, x: float, top: float, width: float) -> float:
    """A section heading in accent capitals over a thin rule; returns the y below it."""
    caps(canvas, x, top - 7, text, 7.2, ACCENT, room=width)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x, top - 12, x + width, top - 12)
    return top - 19


def _title(canvas: Canvas, data: PurchaseOrderData, top: float) -> float:
    """The title, the number in large type and its QR code; returns the y below."""
    _ = words(data.centre)
    y = top - 22
    canvas.setFillColor(ACCENT)
    title(canvas, LEFT, y, _("Purchase order"), 22)
    canvas.setFillColor(INK)
    draw_text(canvas, LEFT, y - 34, data.number, 28, "bold")
    qr_top = top + 4
    draw_qr(canvas, data.number, RIGHT - QR_SIDE, qr_top - QR_SIDE, QR_SIDE)
    canvas.setFillColor(MUTED)
    draw_text(canvas, RIGHT, qr_top - QR_SIDE - 7, _("Scan at goods-in"), 6.4, align="right")
    return min(y - 44, qr_top - QR_SIDE - 9)


def _parties(canvas: Canvas, data: PurchaseOrderData, cols: _Columns, top: float) -> float:
    """The supplier on the left, where to deliver on the right; returns the y below."""
    _ = words(data.centre)
    gap = 26
    width = (WIDTH - gap) / 2
    y = _heading(canvas, _("Supplier"), LEFT, top, width)
    supplier = data.supplier or _("Supplier not given")
    y = draw_block(canvas, wrap(supplier, width, 11, "bold", max_lines=2), LEFT, y)
    if data.supplier_ref:
        canvas.setFillColor(MUTED)
        label(canvas, LEFT, y - 12, _("Your reference"), 8, beneath=True)
        canvas.setFillColor(INK)
        draw_fitted(
            canvas, LEFT + 70, y - 12, data.supplier_ref, width - 70, 9.4, weight="semibold"
        )
        y -= 16
    left_bottom = y
    right = LEFT + width + gap
    centre = data.centre
    y = _heading(canvas, _("Deliver to"), right, top, width)
    y = draw_block(canvas, wrap(centre.name, width, 11, "bold", max_lines=2), right, y)
    if centre.address.strip():
        address = wrap(centre.address, width, 9.4, leading=12.4, max_lines=4)
        y = draw_block(canvas, address, right, y - 2)
    if centre.phone:
        canvas.setFillColor(MUTED)
        draw_text(canvas, right, y - 11, _("Tel. {phone}").format(phone=centre.phone), 8.4)
        y -= 13
    if data.lines and not cols.per_line_delivery:
        canvas.setFillColor(MUTED)
        into = label(canvas, right, y - 13, _("Into"), 8)
        canvas.setFillColor(INK)
        room = max(30.0, into + 8)
        draw_fitted(
            canvas,
            right + room,
            y - 13,
            data.lines[0].deliver_to,
            width - room,
            9.4,
            weight="semibold",
        )
        y -= 17
    return min(left_bottom, y)


def _facts(canvas: Canvas, facts: list[tuple[str, str, colors.Color]], top: float) -> float:
    """Label/value pairs in a tinted band; returns the band's bottom."""
    pad, height = 10.0, 45.0
    cell = WIDTH / len(facts)
    bottom = top - height
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(LEFT, bottom, WIDTH, height, 4, stroke=1, fill=1)
    for i, (name, value, color) in enumerate(facts):
        x = LEFT + i * cell + pad
        caps(canvas, x, top - pad - 6, name, 6.6, ACCENT, room=cell - 2 * pad)
        canvas.setFillColor(color)
        draw_fitted(canvas, x, top - pad - 20, value, cell - 2 * pad, 11, weight="bold")
        if i:
            canvas.setStrokeColor(RULE)
            canvas.line(LEFT + i * cell, bottom + pad - 2, LEFT + i * cell, top - pad + 2)
    return bottom


class _Columns:
    """Where each column of the lines table starts (or ends, for figures). Prices
    are shown when any line has one; where to deliver, when the lines go to more
    than one location (else it is said once, under "Deliver to")."""

    def __init__(self, data: PurchaseOrderData) -> None:
        self.centre = data.centre
        self.priced = any(line.unit_cost is not None for line in data.lines)
        self.per_line_delivery = len({line.deliver_to for line in data.lines}) > 1
        self.index = LEFT
        self.part = LEFT + 18
        self.supplier_part = self.part + 76
        self.description = self.supplier_part + 74
        self.amount = RIGHT
        self.price = RIGHT - (64 if self.priced else 0)
        self.quantity = self.price - (58 if self.priced else 0)
        self.deliver_width = 74.0 if self.per_line_delivery else 0.0
        self.deliver = self.quantity - 54 - self.deliver_width
        self.description_width = self.deliver - self.description - 10


def _table_head(canvas: Canvas, cols: _Columns, top: float) -> float:
    _ = words(cols.centre)
    y = _heading(canvas, _("Lines ordered"), LEFT, top, WIDTH)
    canvas.setFillColor(MUTED)
    names: list[tuple[float, str, Align]] = [
        (cols.index, "#", "left"),
        (cols.part, _("Our part no."), "left"),
        (cols.supplier_part, _("Your part no."), "left"),
        (cols.description, _("Description"), "left"),
        (cols.quantity, _("Quantity"), "right"),
    ]
    if cols.per_line_delivery:
        names.append((cols.deliver, _("Deliver to"), "left"))
    if cols.priced:
        names += [(cols.price, _("Unit price"), "right"), (cols.amount, _("Amount"), "right")]
    bilingual = any(getattr(name, "english", "") for _x, name, _a in names)
    for x, name, align in names:
        label(canvas, x, y - 6, name, 6.8, align=align, beneath=True)
    # A bilingual head has the English under each name.
    return y - (17 if bilingual else 11)


def _row(canvas: Canvas, cols: _Columns, i: int, line: PurchaseOrderItem, top: float) -> float:
    """One line of the order; returns the y below it."""
    description = wrap(
        line.description, cols.description_width, ROW_SIZE, leading=ROW_LEADING, max_lines=3
    )
    deliver = wrap(line.deliver_to, cols.deliver_width or 1, 8, leading=10.4, max_lines=2)
    height = max(description.height, deliver.height if cols.per_line_delivery else 0) + 8
    baseline = top - 4 - ROW_SIZE
    canvas.setFillColor(MUTED)
    draw_text(canvas, cols.index, baseline, str(i), 8.4)
    canvas.setFillColor(INK)
    draw_fitted(canvas, cols.part, baseline, line.part_number, 72, ROW_SIZE, weight="semibold")
    draw_fitted(
        canvas, cols.supplier_part, baseline, line.supplier_part_number or "–", 70, ROW_SIZE
    )
    draw_block(canvas, description, cols.description, top - 4)
    if cols.per_line_delivery:
        draw_block(canvas, deliver, cols.deliver, top - 4.6, MUTED)
    canvas.setFillColor(INK)
    amount = f"{_quantity(line.quantity)} {line.unit}"
    draw_fitted(canvas, cols.quantity, baseline, amount, 52, ROW_SIZE, weight="bold", align="right")
    if cols.priced:
        price = _money(line.unit_cost, cols) if line.unit_cost is not None else "–"
        total = _money(line.unit_cost * line.quantity, cols) if line.unit_cost is not None else "–"
        draw_fitted(canvas, cols.price, baseline, price, 54, ROW_SIZE, align="right")
        draw_fitted(canvas, cols.amount, baseline, total, 60, ROW_SIZE, align="right")
    bottom = top - height
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, bottom, RIGHT, bottom)
    return bottom


def _total(canvas: Canvas, data: PurchaseOrderData, cols: _Columns, top: float) -> float:
    """The order's value at catalogue prices, in a tinted band; returns the y below."""
    _ = words(data.centre)
    known = [line for line in data.lines if line.unit_cost is not None]
    total = sum((line.unit_cost * line.quantity for line in known if line.unit_cost), Decimal(0))
    height = 24.0
    width = 220.0
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(RIGHT - width, top - 6 - height, width, height, 3, stroke=1, fill=1)
    baseline = top - 6 - height + 8.5
    caps(canvas, RIGHT - width + 10, baseline, _("Total"), 7.2, ACCENT)
    canvas.setFillColor(INK)
    draw_text(canvas, cols.amount - 8, baseline, _money(total, cols), 11, "bold", align="right")
    if len(known) < len(data.lines):
        canvas.setFillColor(MUTED)
        unpriced = _("Lines without a price not included")
        draw_text(canvas, RIGHT - width, top - height - 17, unpriced, 7)
    return top - 6 - height - 12


def _notes(canvas: Canvas, data: PurchaseOrderData, cols: _Columns, top: float) -> float:
    _ = words(data.centre)
    deliver = (
        _(
            "Deliver each line to the location named; tell us at once if the date cannot be "
            "met or a part is replaced by another."
        )
        if cols.per_line_delivery
        else _(
            "Deliver to the address above; tell us at once if the date cannot be met or a "
            "part is replaced by another."
        )
    )
    lines = [
        _("Please quote order {number} on the delivery note and the invoice.").format(
            number=data.number
        ),
        deliver,
    ]
    y = _heading(canvas, _("Instructions"), LEFT, top, WIDTH)
    for text in lines:
        y = draw_block(canvas, wrap(text, WIDTH, 8.6, leading=11.6), LEFT, y) - 2
    return y


def _footer(canvas: Canvas, data: PurchaseOrderData, page: int, pages: int) -> None:
    """The signature line and who ordered on the last page; the page number on each."""
    _ = words(data.centre)
    if page == pages or not pages:
        y = BOTTOM + 30
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(RIGHT - 200, y, RIGHT, y)
        canvas.setFillColor(MUTED)
        label(canvas, RIGHT - 200, y - 10, _("Authorised by (signature and date)"), 7.4)
        if data.ordered_by:
            caps(canvas, LEFT, y + 8, _("Ordered by"), 6.6, ACCENT)
            canvas.setFillColor(INK)
            draw_text(canvas, LEFT, y - 6, data.ordered_by, 10, "semibold")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, BOTTOM + 4, RIGHT, BOTTOM + 4)
    canvas.setFillColor(MUTED)
    draw_text(canvas, LEFT, BOTTOM - 6, f"{data.centre.name} · {data.number}", 7)
    page_of = _("Page {page} of {pages}").format(page=page, pages=pages)
    draw_text(canvas, RIGHT, BOTTOM - 6, page_of, 7, align="right")


def _continued(canvas: Canvas, data: PurchaseOrderData) -> float:
    """The top of a following page: the header and the order number; returns the y below."""
    _ = words(data.centre)
    y = _header(canvas, data) - 20
    canvas.setFillColor(ACCENT)
    draw_text(canvas, LEFT, y, _("Purchase order {number}").format(number=data.number), 13, "bold")
    canvas.setFillColor(MUTED)
    label(canvas, RIGHT, y, _("continued"), 8.4, align="right")
    return y - 14


def _row_height(cols: _Columns, line: PurchaseOrderItem) -> float:
    description = wrap(
        line.description, cols.description_width, ROW_SIZE, leading=ROW_LEADING, max_lines=2
    )
    deliver = wrap(line.deliver_to, cols.deliver_width, 8, leading=10.4, max_lines=2)
    return max(description.height, deliver.height) + 8


CLOSING = 24 + 18 + 12 + 10 + 19 + 2 * 24  # the total and the instructions


def _draw(canvas: Canvas, data: PurchaseOrderData, total_pages: int) -> int:
    """Draw every page; returns how many there were. *total_pages* is printed as
    "of N" in the footers (0 while counting them)."""
    _ = words(data.centre)
    language = data.centre.language
    cols = _Columns(data)
    expected = format_date(data.expected_on, language) if data.expected_on else _("To be confirmed")
    page = 1
    y = _title(canvas, data, _header(canvas, data) - 12)
    y = _parties(canvas, data, cols, y - 14)
    facts: list[tuple[str, str, colors.Color]] = [
        (_("Ordered on"), format_date(data.ordered_on, language), INK),
        (_("Expected by"), expected, ACCENT),
        (_("Lines"), str(len(data.lines)), INK),
        (_("Centre"), data.centre.code, INK),
    ]
    y = _facts(canvas, facts, y - 14) - 16
    y = _table_head(canvas, cols, y)
    for i, line in enumerate(data.lines, 1):
        if y - _row_height(cols, line) < BOTTOM + FOOTER:
            _footer(canvas, data, page, total_pages)
            canvas.showPage()
            page += 1
            y = _table_head(canvas, cols, _continued(canvas, data))
        y = _row(canvas, cols, i, line, y)
    if y - CLOSING < BOTTOM + FOOTER:
        _footer(canvas, data, page, total_pages)
        canvas.showPage()
        page += 1
        y = _continued(canvas, data)
    if cols.priced:
        y = _total(canvas, data, cols, y)
    _notes(canvas, data, cols, y - 10)
    _footer(canvas, data, page, total_pages)
    canvas.showPage()
    return page
