"""The printed repair order: the work order that travels with the device, its labels,
and the intake receipt the customer takes home.

``render_work_order`` writes the work order as a sheet (A4, or A5 to travel with
the device in a plastic sleeve) or as a label for a thermal printer (a 62 mm
continuous roll, or a 57 × 32 mm adhesive label). ``render_intake_receipt``
writes the customer's A4 receipt, with the centre's conditions and two
signature lines. Every one carries the order number in large type and as a QR
code; scanning it at the desk opens the order.

A new order's sheet leaves ruled lines for the technician's pen. Once work is
recorded, the sheet prints it instead: diagnosis, work done, the parts fitted
and the time spent with what each cost; once the work is finished, the dates
it was completed and handed back and the charges, with who pays them. That
paper is the record the customer keeps: nothing of it is cut, it goes on
overleaf when it does not fit.

Times are stored in UTC and printed in local time (the machine's, unless a
*timezone* is given), with the month in letters so no reader mistakes the day.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldservice import formatting
from fieldservice.i18n import N_
from fieldservice.printing.data import WorkOrderData
from fieldservice.printing.fonts import Weight, draw_text, text_width
from fieldservice.printing.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    Target,
    TextBlock,
    caps,
    caps_width,
    draw_block,
    draw_fitted,
    fit_size,
    format_date,
    format_money,
    label,
    label_depth,
    new_canvas,
    one_line,
    pdf_target,
    title,
    with_ellipsis,
    words,
    wrap,
)
from fieldservice.printing.qr import QUIET_ZONE, draw_qr, qr_matrix

FORMATS = ("a4", "a5", "label62", "label57x32")
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "a4": A4,
    "a5": A5,
    "label62": (62 * mm, 100 * mm),
    "label57x32": (57 * mm, 32 * mm),
}

# Coverage is told by a word as well as a colour: work orders are often
# copied or printed in black and white.
COVERED = colors.HexColor("#2e7d4f")
COVERED_TINT = colors.HexColor("#e9f5ee")
CHARGEABLE = colors.HexColor("#b45309")
CHARGEABLE_TINT = colors.HexColor("#fdf1e2")
URGENT = colors.HexColor("#b42318")
# Priorities printed plainly; any other one (Urgent, High, ...) stands out in red.
ROUTINE_PRIORITIES = frozenset({"", "normal", "low", "routine", "standard"})

# Conditions of service on the receipt shrink to fit, down to this size; below
# it they are cut with an ellipsis rather than run into the signatures.
TERMS_SIZES = (8.4, 8.0, 7.6, 7.2, 6.8, 6.4)

# The order's labels as the services pass them, in English: marked here so that a
# document translates them into its language (a label a centre typed itself, such
# as its own priority, prints as typed).
ORDER_WORDS = (
    N_("Received"),
    N_("Diagnosing"),
    N_("Waiting for parts"),
    N_("Waiting for customer approval"),
    N_("In repair"),
    N_("Quality check"),
    N_("Ready for pickup"),
    N_("Delivered"),
    N_("Cancelled"),
    N_("Urgent"),
    N_("High"),
    N_("Normal"),
    N_("Low"),
    N_("Installation"),
    N_("Commissioning"),
    N_("Training"),
    N_("Preventive maintenance"),
    N_("Fault repair"),
    N_("Replacement"),
    N_("Return / refund"),
    N_("Walk-in"),
    N_("Phone"),
    N_("Online"),
    N_("On-site visit"),
    N_("In warranty"),
    N_("Service period (chargeable)"),
    N_("Expired"),
    N_("Warranty void"),
    N_("Not registered"),
)

Translate = Callable[[str], str]

# Thermal label printers print black only: no tints, no grey text.
LABEL_INK = colors.black
LABEL_MARGIN = 2 * mm


def render_work_order(
    data: WorkOrderData,
    out: Target,
    format: str = "a4",
    *,
    timezone: dt.tzinfo | None = None,
) -> None:
    """Write the work order *data* as a PDF to *out*: one page, or more for a record
    of work too long for one (see above).

    *format* is ``"a4"`` or ``"a5"`` (the sheet that travels with the device),
    ``"label62"`` (62 × 100 mm on a 62 mm continuous roll) or ``"label57x32"``
    (a 57 × 32 mm adhesive label); any other raises ValueError. Times are printed
    in *timezone*, by default the machine's local time. *out* is a path (written
    to a temporary file beside it, then renamed) or a binary file object.
    """
    _check_format(format)
    _ = words(data.centre)
    with pdf_target(out) as target:
        canvas = new_canvas(
            target,
            PAGE_SIZES[format],
            _("Work order {number}").format(number=data.number),
            data.centre.name,
            _("Work order"),
        )
        draw_work_order(canvas, data, format, timezone=timezone)
        canvas.showPage()
        canvas.save()


def render_intake_receipt(
    data: WorkOrderData, out: Target, *, timezone: dt.tzinfo | None = None
) -> None:
    """Write the customer's intake receipt for *data* as an A4 PDF to *out*.

    It lists what the centre received (unit, serial, accessories, condition, the
    fault as reported), the coverage and the promised date, the centre's
    conditions (``data.terms``) and lines for the customer's and the clerk's
    signatures. It is one page; conditions too long for it even in small type
    go on over further pages rather than being cut. *out* is a path or a binary
    file object, as for :func:`render_work_order`.
    """
    _ = words(data.centre)
    with pdf_target(out) as target:
        canvas = new_canvas(
            target,
            A4,
            _("Intake receipt {number}").format(number=data.number),
            data.centre.name,
            _("Intake receipt"),
        )
        draw_intake_receipt(canvas, data, timezone=timezone)
        canvas.showPage()
        canvas.save()


def draw_work_order(
    canvas: Canvas, data: WorkOrderData, format: str = "a4", *, timezone: dt.tzinfo | None = None
) -> None:
    """Draw the work order on the canvas's current page, whose size is ``PAGE_SIZES[format]``
    (a record of work too long for it calls ``showPage`` and goes on; the caller ends
    the last page as usual)."""
    _check_format(format)
    if format == "label62":
        _label_62(canvas, data, timezone)
    elif format == "label57x32":
        _label_57x32(canvas, data, timezone)
    else:
        _work_order_sheet(canvas, data, SHEETS[format], timezone)


def _check_format(format: str) -> None:
    if format not in PAGE_SIZES:
        raise ValueError(
            f"Unknown work order format {format!r}; the formats are {', '.join(FORMATS)}."
        )


def draw_intake_receipt(
    canvas: Canvas, data: WorkOrderData, *, timezone: dt.tzinfo | None = None
) -> None:
    """Draw the intake receipt on the canvas's current page (A4, portrait).

    Conditions that do not fit go on over further pages: this then calls
    ``showPage`` itself, and the caller ends the last page as usual.
    """
    _receipt(canvas, data, SHEETS["a4"], timezone)


# -- dates and short forms -----------------------------------------------------------------


def local_time(moment: dt.datetime, timezone: dt.tzinfo | None = None) -> dt.datetime:
    """*moment* (UTC; a naive value is taken as UTC) in *timezone*, by default the machine's."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(timezone)


def format_time(
    moment: dt.datetime, timezone: dt.tzinfo | None = None, language: str = "en"
) -> str:
    """A UTC moment as printed, in local time: ``25 Nov 2026 14:05``
    (``2026年11月25日 14:05``)."""
    local = local_time(moment, timezone)
    return f"{format_date(local.date(), language)} {local:%H:%M}"


def _day(data: WorkOrderData, moment: dt.datetime, timezone: dt.tzinfo | None) -> str:
    """The local day of *moment* in the document's language."""
    return format_date(local_time(moment, timezone).date(), data.centre.language)


def _when(data: WorkOrderData, moment: dt.datetime, timezone: dt.tzinfo | None) -> str:
    return format_time(moment, timezone, data.centre.language)


def _promised(data: WorkOrderData, timezone: dt.tzinfo | None, *, with_time: bool) -> str:
    _ = words(data.centre)
    if data.promised_by is None:
        return _("To be agreed")
    if with_time:
        return _when(data, data.promised_by, timezone)
    return _day(data, data.promised_by, timezone)


def _brand_model(data: WorkOrderData) -> str:
    return " ".join(part for part in (data.brand, data.model) if part)


def _short_name(name: str, width: float, size: float, weight: Weight) -> str:
    """The customer's name as it fits a label: whole, else initial and surname
    (``M. O'Donnell``), else cut with an ellipsis."""
    name = " ".join(name.split())
    if text_width(name, size, weight) <= width:
        return name
    parts = name.split(" ")
    if len(parts) > 1:
        short = f"{parts[0][0]}. {parts[-1]}"
        if text_width(short, size, weight) <= width:
            return short
    return with_ellipsis(name, width, size, weight, at_word=True)


# -- the sheet (A4 and A5) ------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    """The geometry of a work order sheet; *scale* sets type and spacing against A4."""

    page: tuple[float, float]
    margin: float
    scale: float
    qr: float  # side of the QR square, quiet zone included
    pitch: float  # distance between the ruled lines of the writing area
    fault_lines: int  # most lines of the fault as reported
    note_lines: int  # most lines of accessories and of visible condition
    compact: bool  # A5: no centre address, a footer strip instead of a tear-off tag

    @property
    def width(self) -> float:
        return self.page[0]

    @property
    def height(self) -> float:
        return self.page[1]

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def top(self) -> float:
        return self.height - self.margin

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    def pt(self, size: float) -> float:
        """*size* (points on A4) on this sheet."""
        return size * self.scale


SHEETS = {
    "a4": _Sheet(
        A4, margin=40, scale=1.0, qr=88, pitch=20, fault_lines=7, note_lines=7, compact=False
    ),
    "a5": _Sheet(
        A5, margin=26, scale=0.82, qr=70, pitch=17, fault_lines=5, note_lines=5, compact=True
    ),
}


def _work_order_sheet(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, timezone: dt.tzinfo | None
) -> None:
    _ = words(data.centre)
    p = sheet.pt
    # Finished work is a record the customer keeps, not a tag tied to the unit.
    if sheet.compact or data.work_finished:
        strip_top = _footer_strip(canvas, data, sheet, timezone)
    else:
        strip_top = _tear_off(canvas, data, sheet, timezone)
    y = _top(canvas, data, sheet, _("Work order"), _("Scan to open the order"))
    urgent = data.priority.strip().lower() not in ROUTINE_PRIORITIES
    facts: list[tuple[str, str, colors.Color | None]] = [
        (_("Opened"), _when(data, data.opened_at, timezone), None),
        (_("Promised by"), _promised(data, timezone, with_time=True), None),
        (_("Priority"), _(data.priority), URGENT if urgent else None),
        (_("Status"), _(data.status), None),
        (_("Service type"), _(data.service_type), None),
        (_("Channel"), _(data.channel), None),
        (_("Technician"), data.technician or _("Not assigned"), None),
        (_("Received by"), data.received_by, None),
    ]
    y = _facts(canvas, sheet, facts, 4, y - p(12))
    y = _customer_and_unit(canvas, data, sheet, y - p(14))
    y = _coverage(canvas, data, sheet, y - p(10), WORK_ORDER_NOTES)
    y = _sanbao(canvas, data, sheet, y)
    writing = (_("Diagnosis and work done"), _("Parts used"))
    y = _received(canvas, data, sheet, y - p(12))
    if data.work_finished:
        # The closing fields go beside the charges, at the end of the record.
        _record(_Pages(canvas, data, sheet, timezone, y - p(14), strip_top + p(14)))
        return
    bottom = _signoff(canvas, data, sheet, strip_top + p(20), timezone) + p(10)
    if not _has_record(data):
        _writing_area(canvas, sheet, y - p(14), bottom, writing, _)
        return
    pages = _Pages(canvas, data, sheet, timezone, y - p(14), bottom)
    y = _record(pages)
    more = (_("More work done"), _("More parts used"))
    _writing_area(canvas, sheet, y - p(16), pages.bottom, more, _)


def _header(canvas: Canvas, data: WorkOrderData, sheet: _Sheet) -> float:
    """The centre's name and contacts over an accent rule; returns the rule's y."""
    _ = words(data.centre)
    p = sheet.pt
    centre = data.centre
    left_width = sheet.content_width - p(150)
    top = sheet.top
    name = wrap(centre.name, left_width, p(13), "bold", max_lines=1)
    y = draw_block(canvas, name, sheet.left, top)
    contacts = "   ·   ".join(
        part
        for part in (
            _("Tel. {phone}").format(phone=centre.phone) if centre.phone else "",
            centre.email,
        )
        if part
    )
    for line in ("" if sheet.compact else one_line(centre.address), contacts):
        if line:
            block = wrap(line, left_width, p(8), max_lines=2)
            y = draw_block(canvas, block, sheet.left, y - p(1.5), MUTED)
    caps(canvas, sheet.right, top - p(8), _("Authorised service centre"), p(6.6), align="right")
    canvas.setFillColor(INK)
    code = _("Centre {code}").format(code=centre.code)
    draw_text(canvas, sheet.right, top - p(21), code, p(9), "semibold", align="right")
    rule = min(y, top - p(26)) - p(8)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(sheet.left, rule, sheet.right, rule)
    return rule


def _top(canvas: Canvas, data: WorkOrderData, sheet: _Sheet, heading: str, scan_hint: str) -> float:
    """Header, title, the order number in large type and its QR code; returns the y below."""
    p = sheet.pt
    top = _header(canvas, data, sheet) - p(12)
    width = sheet.content_width - sheet.qr - p(24)
    canvas.setFillColor(ACCENT)
    y = top - p(22)
    title(canvas, sheet.left, y, heading, p(22))
    canvas.setFillColor(INK)
    size = fit_size(data.number, width, p(34), p(16), "bold")
    number = wrap(data.number, width, size, "bold", max_lines=2, leading=size * 1.1)
    # The block's top is the em box; capitals and digits sit lower, so pull it up.
    y = draw_block(canvas, number, sheet.left, y - p(8) + size * 0.1)
    qr_top = top + p(4)
    draw_qr(canvas, data.number, sheet.right - sheet.qr, qr_top - sheet.qr, sheet.qr)
    canvas.setFillColor(MUTED)
    # The hint's capitals keep clear of the QR's quiet zone.
    draw_text(canvas, sheet.right, qr_top - sheet.qr - p(7), scan_hint, p(6.4), align="right")
    return min(y, qr_top - sheet.qr - p(9))


def _facts(
    canvas: Canvas,
    sheet: _Sheet,
    facts: list[tuple[str, str, colors.Color | None]],
    per_row: int,
    top: float,
) -> float:
    """Label/value pairs in a tinted band, *per_row* to a row; returns the band's bottom."""
    p = sheet.pt
    pad = p(10)
    cell = sheet.content_width / per_row
    rows = [facts[i : i + per_row] for i in range(0, len(facts), per_row)]
    row_height = p(30)
    height = 2 * pad + len(rows) * row_height - p(5)
    bottom = top - height
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(sheet.left, bottom, sheet.content_width, height, 4, stroke=1, fill=1)
    for r, row in enumerate(rows):
        row_top = top - pad - r * row_height
        for i, (name, value, color) in enumerate(row):
            x = sheet.left + i * cell + pad
            caps(canvas, x, row_top - p(6), name, p(6.6), ACCENT, room=cell - 2 * pad)
            canvas.setFillColor(color or INK)
            draw_fitted(canvas, x, row_top - p(19), value, cell - 2 * pad, p(10.5), p(7.5), "bold")
    canvas.setStrokeColor(RULE)
    for i in range(1, per_row):
        x = sheet.left + i * cell
        canvas.line(x, bottom + pad - p(2), x, top - pad + p(2))
    return bottom


def _section(
    canvas: Canvas,
    sheet: _Sheet,
    heading: str,
    rows: list[tuple[str, str, int, Weight]],
    x: float,
    top: float,
    width: float,
) -> float:
    """A headed list of label/value rows in a column; returns the y below it."""
    p = sheet.pt
    y = _heading(canvas, sheet, heading, x, top, width)
    label_width = p(64)
    for name, value, max_lines, weight in rows:
        size = p(10.2) if weight == "bold" else p(9.4)
        block = wrap(
            value,
            width - label_width,
            size,
            weight,
            leading=p(12.6),
            max_lines=max_lines,
            at_word=True,
        )
        canvas.setFillColor(MUTED)
        label(canvas, x, y - p(9.4), name, p(8), beneath=True)
        below = draw_block(canvas, block, x + label_width, y)
        y = min(below, y - p(9.4) - label_depth(name, p(8))) - p(3)
    return y


def _heading(
    canvas: Canvas, sheet: _Sheet, heading: str, x: float, top: float, width: float
) -> float:
    """A section heading in accent capitals over a thin rule; returns the y below it."""
    p = sheet.pt
    caps(canvas, x, top - p(7), heading, p(7.2), ACCENT, room=width)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x, top - p(12), x + width, top - p(12))
    return top - p(19)


def _columns(sheet: _Sheet) -> tuple[float, float, float]:
    """Left x, right x and width of two columns."""
    gap = sheet.pt(26)
    width = (sheet.content_width - gap) / 2
    return sheet.left, sheet.left + width + gap, width


def _customer_and_unit(canvas: Canvas, data: WorkOrderData, sheet: _Sheet, top: float) -> float:
    _ = words(data.centre)
    left, right, width = _columns(sheet)
    customer: list[tuple[str, str, int, Weight]] = [
        (_("Name"), data.customer_name, 2, "bold"),
        (_("Phone"), data.customer_phone, 1, "regular"),
        (_("E-mail"), data.customer_email, 1, "regular"),
        (_("Address"), one_line(data.customer_address), 3, "regular"),
    ]
    unit: list[tuple[str, str, int, Weight]] = [
        (_("Product"), data.product_name, 2, "regular"),
        (_("Brand, model"), _brand_model(data), 2, "regular"),
        (_("SKU"), data.product_sku, 1, "regular"),
        (_("Serial no."), data.serial, 2, "bold"),
    ]
    below_customer = _section(canvas, sheet, _("Customer"), customer, left, top, width)
    below_unit = _section(canvas, sheet, _("Unit"), unit, right, top, width)
    return min(below_customer, below_unit)


# What the coverage band says beside the coverage, for the technician and for the customer.
WORK_ORDER_NOTES = (
    N_("No charge to the customer."),
    N_("Parts and labour charged to the customer."),
)
RECEIPT_NOTES = (N_("Parts and labour are covered."), N_("Parts and labour are chargeable."))


def _coverage(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, top: float, notes: tuple[str, str]
) -> float:
    """The coverage in a band coloured by who pays, with the word saying it too."""
    _ = words(data.centre)
    p = sheet.pt
    color, tint = (CHARGEABLE, CHARGEABLE_TINT) if data.chargeable else (COVERED, COVERED_TINT)
    tag = str(_("Chargeable") if data.chargeable else _("Covered"))
    note = str(_(notes[1] if data.chargeable else notes[0]))
    coverage = str(_(data.coverage))
    height = p(30)
    bottom = top - height
    canvas.setFillColor(tint)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(0.8)
    canvas.roundRect(sheet.left, bottom, sheet.content_width, height, 4, stroke=1, fill=1)
    # The tag: the word in white capitals on the coverage colour.
    tag_size = p(8.2)
    tag_width = text_width(tag.upper(), tag_size, "bold", char_space=1.0) + p(16)
    tag_height = p(17)
    tag_x = sheet.left + p(7)
    tag_y = bottom + (height - tag_height) / 2
    canvas.setFillColor(color)
    canvas.roundRect(tag_x, tag_y, tag_width, tag_height, 3, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    draw_text(
        canvas,
        tag_x + tag_width / 2,
        tag_y + (tag_height - tag_size * 0.72) / 2,
        tag.upper(),
        tag_size,
        "bold",
        align="center",
        char_space=1.0,
    )
    x = tag_x + tag_width + p(12)
    room = sheet.right - p(10) - x
    # The coverage comes first; the note beside it only where both fit whole (the
    # tag already says who pays).
    gap = p(12)
    coverage_width = text_width(" ".join(coverage.split()), p(10.5), "bold")
    note_width = text_width(note, p(8))
    show_note = coverage_width + gap + note_width <= room
    baseline = bottom + height / 2 - p(10.5) * 0.36
    canvas.setFillColor(INK)
    coverage_room = room - note_width - gap if show_note else room
    draw_fitted(canvas, x, baseline, coverage, coverage_room, p(10.5), p(8), "bold")
    if show_note:
        canvas.setFillColor(color)
        draw_text(canvas, sheet.right - p(10), baseline, note, p(8), align="right")
    return bottom


def _sanbao(canvas: Canvas, data: WorkOrderData, sheet: _Sheet, top: float) -> float:
    """Under the coverage band, the 三包 decision taken at intake and its reason, on
    one line (nothing when none was taken); returns the y below it."""
    if not data.sanbao_decision:
        return top
    _ = words(data.centre)
    p = sheet.pt
    baseline = top - p(13)
    heading = str(_("三包 decision: {decision}")).format(decision=_(data.sanbao_decision))
    canvas.setFillColor(INK)
    used = draw_fitted(
        canvas, sheet.left, baseline, heading, sheet.content_width, p(9.5), p(8), "bold"
    )
    x = sheet.left + text_width(heading, used, "bold") + p(10)
    if data.sanbao_reason and sheet.right - x > p(40):
        x = sheet.left + text_width(heading, used, "bold") + p(10)
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, x, baseline, data.sanbao_reason, sheet.right - x, p(8.5), p(7))
    return baseline - p(3)


def _received(
    canvas: Canvas,
    data: WorkOrderData,
    sheet: _Sheet,
    top: float,
    max_lines: tuple[int, int] | None = None,
) -> float:
    """What came in at the desk, side by side: the fault as the customer reported it,
    the accessories received and the unit's visible condition, each at most
    *max_lines* (fault, the others) long, by default as many as the sheet allows."""
    _ = words(data.centre)
    p = sheet.pt
    fault_lines, note_lines = max_lines or (sheet.fault_lines, sheet.note_lines)
    gap = p(18)
    shares = (0.48, 0.26, 0.26)
    room = sheet.content_width - gap * (len(shares) - 1)
    x = sheet.left
    bottoms = []
    for share, heading, text, most in (
        (shares[0], _("Fault reported by the customer"), data.fault_reported, fault_lines),
        (shares[1], _("Accessories received"), data.accessories or _("None"), note_lines),
        (shares[2], _("Visible condition"), data.condition, note_lines),
    ):
        width = room * share
        below = _heading(canvas, sheet, heading, x, top, width)
        block = wrap(text, width, p(9.4), leading=p(12.4), max_lines=most, at_word=True)
        bottoms.append(draw_block(canvas, block, x, below))
        x += width + gap
    return min(bottoms)


def _writing_area(
    canvas: Canvas,
    sheet: _Sheet,
    top: float,
    bottom: float,
    headings: tuple[str, str],
    _: Translate,
) -> None:
    """Ruled lines from *top* to *bottom*: the diagnosis and work done on the left, the
    parts used (description and quantity) on the right, for the technician's pen.
    Nothing is drawn where fewer than two lines fit."""
    p = sheet.pt
    if top - p(19) - 2 * sheet.pitch < bottom:
        return
    gap = p(18)
    parts_width = sheet.content_width * 0.34
    notes_width = sheet.content_width - parts_width - gap
    parts_x = sheet.left + notes_width + gap
    y = _heading(canvas, sheet, headings[0], sheet.left, top, notes_width)
    _heading(canvas, sheet, headings[1], parts_x, top, parts_width)
    qty_x = sheet.right - p(40)
    canvas.setFillColor(MUTED)
    label(canvas, parts_x, y - p(6), _("Part no. and description"), p(6.6))
    label(canvas, sheet.right, y - p(6), _("Qty"), p(6.6), align="right")
    # Spread the lines evenly, so the last one sits on *bottom*.
    first = y - sheet.pitch + p(3)
    if first < bottom:
        return
    count = round((first - bottom) / sheet.pitch) + 1
    pitch = (first - bottom) / (count - 1) if count > 1 else sheet.pitch
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for i in range(count):
        line = first - i * pitch
        canvas.line(sheet.left, line, sheet.left + notes_width, line)
        canvas.line(parts_x, line, sheet.right, line)
    canvas.line(qty_x - p(6), first + pitch - p(6), qty_x - p(6), bottom)


def _signoff(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, bottom: float, timezone: dt.tzinfo | None
) -> float:
    """Write-in fields for closing the job, with *bottom* at the labels, filled in as
    far as the order has got; returns the top."""
    p = sheet.pt
    fields = _closing_fields(data, timezone)
    gap = p(18)
    unit = (sheet.content_width - gap * (len(fields) - 1)) / sum(f[2] for f in fields)
    x = sheet.left
    for name, value, share in fields:
        width = unit * share
        _write_in(canvas, sheet, x, bottom, width, name, value)
        x += width + gap
    return bottom + p(24)


def _closing_fields(
    data: WorkOrderData, timezone: dt.tzinfo | None
) -> list[tuple[str, str, float]]:
    """(label, value, share of the width) of the fields that close the job; the
    signature is always left to the pen."""
    _ = words(data.centre)
    minutes = sum(line.minutes for line in data.labour)
    fields = [
        (_("Labour time"), _duration(minutes, data.centre.language) if minutes else "", 1.0),
        (_("Completed on"), _time_or_blank(data, data.completed_at, timezone), 1.2),
    ]
    if data.delivered_at is not None:
        fields.append((_("Delivered on"), _time_or_blank(data, data.delivered_at, timezone), 1.2))
    fields.append((_("Technician's signature"), "", 2.0))
    return fields


def _write_in(
    canvas: Canvas, sheet: _Sheet, x: float, bottom: float, width: float, name: str, value: str
) -> None:
    """A line to write on, its label under it at *bottom* and *value* on it, if any."""
    p = sheet.pt
    line_y = bottom + p(10)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(x, line_y, x + width, line_y)
    canvas.setFillColor(MUTED)
    label(canvas, x, bottom, name, p(7))
    if value:
        canvas.setFillColor(INK)
        draw_fitted(canvas, x, line_y + p(4), value, width, p(9.4), p(7.5), "semibold")


def _time_or_blank(
    data: WorkOrderData, moment: dt.datetime | None, timezone: dt.tzinfo | None
) -> str:
    return _when(data, moment, timezone) if moment is not None else ""


# -- the work as recorded ---------------------------------------------------------------------


def _duration(minutes: int, language: str = "en") -> str:
    """Time spent as people say it: ``45 min``, ``1 h``, ``2 h 15 min`` (in Chinese
    ``2小时15分钟``)."""
    if language != "en":
        # Hours and minutes, however many hours: time on a job is not counted in days.
        hours, rest = divmod(minutes, 60)
        hour_text = formatting.duration(dt.timedelta(hours=hours), language) if hours else ""
        rest_text = formatting.duration(dt.timedelta(minutes=rest), language)
        return hour_text + rest_text if rest or not hours else hour_text
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _money(amount: Decimal, data: WorkOrderData) -> str:
    """An amount in the centre's currency: ``1,234.50``, ``−20.00`` (``¥1,234.50``)."""
    return format_money(amount, data.centre)


def _quantity(amount: Decimal) -> str:
    """A quantity without trailing zeros: ``2``, ``0.5``."""
    return f"{amount.normalize():f}"


def _has_record(data: WorkOrderData) -> bool:
    """Whether anything of the work has been recorded (else the sheet is left to the pen)."""
    return bool(
        data.work_finished
        or data.diagnosis.strip()
        or data.work_done.strip()
        or data.parts_used
        or data.labour
    )


class _Pages:
    """Where the record goes on: the y reached on the current page, and a new page
    (continued header, footer strip) when what comes next does not fit above
    *bottom*. Nothing of the record is cut: it is what the customer keeps."""

    def __init__(
        self,
        canvas: Canvas,
        data: WorkOrderData,
        sheet: _Sheet,
        timezone: dt.tzinfo | None,
        top: float,
        bottom: float,
    ) -> None:
        self.canvas, self.data, self.sheet, self.timezone = canvas, data, sheet, timezone
        self.y, self.bottom = top, bottom
        self.page = 1
        self.fresh = False  # nothing drawn yet on this page below its header

    def fits(self, height: float) -> bool:
        return self.y - height >= self.bottom

    def room_for(self, height: float) -> bool:
        """Make room for *height*; True when a new page had to be started for it."""
        if self.fits(height) or self.fresh:
            return False
        self.next_page()
        return True

    def next_page(self) -> None:
        canvas, data, sheet = self.canvas, self.data, self.sheet
        p = sheet.pt
        canvas.showPage()
        self.page += 1
        self.bottom = _footer_strip(canvas, data, sheet, self.timezone, self.page) + p(20)
        top = _header(canvas, data, sheet) - p(14)
        canvas.setFillColor(ACCENT)
        _ = words(data.centre)
        title(canvas, sheet.left, top - p(16), _("Work order, continued"), p(16))
        canvas.setFillColor(INK)
        draw_text(canvas, sheet.right, top - p(16), data.number, p(16), "bold", align="right")
        self.y = top - p(30)
        self.fresh = True


def _record(pages: _Pages) -> float:
    """The work as recorded: diagnosis and work done, then the parts fitted and the
    time spent with what each cost, then (once the work is finished) the closing
    fields beside the charges and who pays them. Returns the y below it, on the
    page it ends on."""
    canvas, data, sheet = pages.canvas, pages.data, pages.sheet
    _ = words(data.centre)
    p = sheet.pt
    leading = p(12.4)
    label_width = p(64)
    heading = _("Diagnosis and work done")
    pages.room_for(p(19) + leading)
    pages.y = _heading(canvas, sheet, heading, sheet.left, pages.y, sheet.content_width)
    pages.fresh = False
    notes = [
        (name, wrap(text, sheet.content_width - label_width, p(9.4), leading=leading).lines)
        for name, text in ((_("Diagnosis"), data.diagnosis), (_("Work done"), data.work_done))
        if text.strip()
    ]
    if not notes:
        canvas.setFillColor(MUTED)
        draw_text(canvas, sheet.left, pages.y - p(9.4), _("Nothing written down."), p(9.4))
        pages.y -= leading
    for name, lines in notes:
        floor = pages.y  # the foot of the label (its English, on a bilingual sheet)
        for i, line in enumerate(lines):
            if pages.room_for(leading):
                pages.y = _heading(canvas, sheet, heading, sheet.left, pages.y, sheet.content_width)
            if i == 0 or pages.fresh:
                canvas.setFillColor(MUTED)
                label(canvas, sheet.left, pages.y - p(9.4), name, p(8), beneath=True)
                floor = pages.y - p(9.4) - label_depth(name, p(8))
            block = TextBlock([line], p(9.4), "regular", leading)
            pages.y = draw_block(canvas, block, sheet.left + label_width, pages.y)
            pages.fresh = False
        pages.y = min(pages.y, floor) - p(3)
    pages.y -= p(11)
    _work_table(pages)
    if data.charges is not None:
        _closing(pages)
    return pages.y


def _work_table(pages: _Pages) -> None:
    """Part number (or Labour), description, quantity (or time) and amount, a line
    each; the heading and column names start again on a new page."""
    canvas, data, sheet = pages.canvas, pages.data, pages.sheet
    _ = words(data.centre)
    language = data.centre.language
    p = sheet.pt
    size, row = p(9.4), p(14)
    rows = [
        (part.part_number, part.description, _quantity(part.quantity), _money(part.amount, data))
        for part in data.parts_used
    ] + [
        (
            str(_("Labour")),
            " · ".join(x for x in (line.description, line.technician) if x.strip()),
            _duration(line.minutes, language),
            _money(line.amount, data),
        )
        for line in data.labour
    ]
    number_width = p(84)
    quantity_x = sheet.right - p(74)
    describe_x = sheet.left + number_width
    describe_width = quantity_x - p(58) - describe_x

    def head() -> None:
        pages.y = _heading(
            canvas, sheet, _("Parts and labour"), sheet.left, pages.y, sheet.content_width
        )
        canvas.setFillColor(MUTED)
        y = pages.y - p(6)
        label(canvas, sheet.left, y, _("Part no."), p(6.6))
        label(canvas, describe_x, y, _("Description"), p(6.6))
        label(canvas, quantity_x, y, _("Qty / time"), p(6.6), align="right")
        label(canvas, sheet.right, y, _("Amount"), p(6.6), align="right")
        pages.y -= p(9)
        pages.fresh = False

    pages.room_for(p(19) + p(9) + row)
    head()
    if not rows:
        canvas.setFillColor(MUTED)
        nothing = _("No parts used, no time logged.")
        draw_text(canvas, sheet.left, pages.y - size - p(2), nothing, size)
        pages.y -= row
        return
    for number, description, quantity, amount in rows:
        if pages.room_for(row):
            head()
        baseline = pages.y - p(10.4)
        canvas.setFillColor(INK)
        draw_fitted(
            canvas, sheet.left, baseline, number, number_width - p(8), size, p(7), "semibold"
        )
        draw_fitted(canvas, describe_x, baseline, description, describe_width, size, p(7.5))
        draw_fitted(canvas, quantity_x, baseline, quantity, p(50), size, p(7.5), align="right")
        draw_fitted(canvas, sheet.right, baseline, amount, p(66), size, p(7.5), align="right")
        pages.y -= row
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(sheet.left, pages.y + p(0.4), sheet.right, pages.y + p(0.4))


def _closing(pages: _Pages) -> None:
    """The fields that close the job on the left (labour time, completed, delivered,
    signature), the charges on the right with the amount to pay in a tinted band,
    kept together on one page."""
    canvas, data, sheet = pages.canvas, pages.data, pages.sheet
    assert data.charges is not None
    _ = words(data.centre)
    p = sheet.pt
    c = data.charges
    total_label = _("Total")
    rows: list[tuple[str, Decimal]] = [
        (_("Parts"), c.parts),
        (_("Labour"), c.labour),
        (total_label, c.total),
    ]
    if c.covered:
        rows.append((_("Covered by the warranty"), -c.covered))
    row = p(14)
    summary_height = len(rows) * row + row + p(4)
    fields = _closing_fields(data, pages.timezone)
    field_height = p(34)
    height = max(summary_height, field_height * 2) + p(10)
    pages.room_for(height)
    top = pages.y - p(10)
    pages.fresh = False

    width = p(220)
    x = sheet.right - width
    fields_width = x - p(24) - sheet.left
    half = (fields_width - p(18)) / 2
    for i, (name, value, _share) in enumerate(fields):
        last_alone = i == len(fields) - 1 and i % 2 == 0
        fx = sheet.left + (i % 2) * (half + p(18))
        bottom = top - (i // 2 + 1) * field_height + p(6)
        _write_in(canvas, sheet, fx, bottom, fields_width if last_alone else half, name, value)

    pad = p(8)
    y = top
    for name, amount in rows:
        baseline = y - p(10.5)
        total = name is total_label
        if total:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x, y, sheet.right, y)
        weight: Weight = "semibold" if total else "regular"
        canvas.setFillColor(INK if total else MUTED)
        label(canvas, x + pad, baseline, name, p(8.6), weight)
        canvas.setFillColor(INK)
        draw_text(
            canvas, sheet.right - pad, baseline, _money(amount, data), p(9.4), weight, align="right"
        )
        y -= row
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y - row - p(4), width, row + p(4), stroke=0, fill=1)
    canvas.line(x, y, sheet.right, y)
    baseline = y - p(12.5)
    caps(canvas, x + pad, baseline, _("To pay"), p(7.6), ACCENT)
    canvas.setFillColor(INK)
    to_pay = _money(c.to_pay, data)
    draw_text(canvas, sheet.right - pad, baseline, to_pay, p(11), "bold", align="right")
    pages.y = top - height + p(10)


def _scissors(canvas: Canvas, x: float, y: float, size: float, color: colors.Color) -> None:
    """A small pair of scissors at the left end of a cut line, blades pointing right."""
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * 0.09)
    ring = size * 0.17
    canvas.circle(x + ring, y + size * 0.24, ring, stroke=1, fill=0)
    canvas.circle(x + ring, y - size * 0.24, ring, stroke=1, fill=0)
    canvas.line(x + ring * 1.9, y + size * 0.16, x + size, y - size * 0.1)
    canvas.line(x + ring * 1.9, y - size * 0.16, x + size, y + size * 0.1)
    canvas.restoreState()


def _tear_off(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, timezone: dt.tzinfo | None
) -> float:
    """The tag at the foot of the sheet, torn off and tied to the unit or its shelf:
    number, QR, customer, unit, dates. Returns the y of the cut line."""
    _ = words(data.centre)
    p = sheet.pt
    qr = p(62)
    # The QR's quiet zone is blank paper: let it reach past the margin, so that its
    # dark modules line up with the text above.
    quiet = _quiet_zone(data.number, qr)
    bottom = sheet.margin - quiet
    cut = bottom + qr + p(10)
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.line(sheet.left + p(17), cut, sheet.right, cut)
    canvas.restoreState()
    _scissors(canvas, sheet.left, cut, p(12), MUTED)
    hint = _("Tear off and tie to the unit")
    hint_width = caps_width(hint, p(6))
    canvas.setFillColor(colors.white)
    canvas.rect(sheet.right - hint_width - p(8), cut - p(4), hint_width + p(8), p(8), 0, 1)
    caps(canvas, sheet.right, cut - p(2.2), hint, p(6), align="right")

    draw_qr(canvas, data.number, sheet.left - quiet, bottom, qr)
    x = sheet.left - quiet + qr + p(6)
    right_column = p(112)
    width = sheet.right - right_column - p(24) - x  # clear of the rule before the dates
    top = cut - quiet - p(2)
    canvas.setFillColor(INK)
    draw_fitted(canvas, x, top - p(17), data.number, width, p(22), p(12), "bold")
    y = top - p(35)
    name = " · ".join(part for part in (data.customer_name, data.customer_phone) if part)
    canvas.setFillColor(INK)
    draw_fitted(canvas, x, y, name, width, p(9.6), p(7.5), "semibold")
    y -= p(12.5)
    unit = " · ".join(
        part
        for part in (
            data.product_name,
            _("S/N {serial}").format(serial=data.serial) if data.serial else "",
        )
        if part
    )
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, x, y, unit, width, p(8.6), p(7))

    x = sheet.right - right_column
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x - p(12), sheet.margin, x - p(12), top - p(2))
    y = top - p(6)
    for name, value in (
        (_("Date in"), _day(data, data.opened_at, timezone)),
        (_("Promised by"), _promised(data, timezone, with_time=False)),
    ):
        caps(canvas, x, y, name, p(6.2), room=right_column)
        canvas.setFillColor(INK)
        draw_fitted(canvas, x, y - p(12.5), value, right_column, p(10), p(7.5), "semibold")
        y -= p(26)
    return cut


def _footer_strip(
    canvas: Canvas,
    data: WorkOrderData,
    sheet: _Sheet,
    timezone: dt.tzinfo | None,
    page: int = 1,
) -> float:
    """One line at the foot of a compact sheet (or of a finished order's record)
    repeating the number, customer and serial; returns the y of its rule."""
    _ = words(data.centre)
    p = sheet.pt
    baseline = sheet.margin + p(3)  # descenders stay inside the margin
    rule = baseline + p(16)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(sheet.left, rule, sheet.right, rule)
    canvas.setFillColor(INK)
    number = (
        data.number
        if page == 1
        else _("{number} · page {page}").format(number=data.number, page=page)
    )
    width = draw_text(canvas, sheet.left, baseline, number, p(13), "bold")
    if data.delivered_at is not None:
        promised = _("Delivered {date}").format(date=_day(data, data.delivered_at, timezone))
    else:
        promised = _("Promised by {date}").format(date=_promised(data, timezone, with_time=False))
    promised_width = draw_text(
        canvas, sheet.right, baseline, promised, p(8.6), "semibold", align="right"
    )
    x = sheet.left + width + p(12)
    who = " · ".join(
        part
        for part in (
            data.customer_name,
            _("S/N {serial}").format(serial=data.serial) if data.serial else "",
        )
        if part
    )
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, x, baseline, who, sheet.right - promised_width - p(12) - x, p(8.6), p(7))
    return rule


# -- labels ---------------------------------------------------------------------------------


def _label_field(
    canvas: Canvas,
    x: float,
    top: float,
    width: float,
    label: str,
    value: str,
    size: float,
    weight: Weight = "semibold",
    *,
    caption: float = 5.6,
    max_lines: int = 1,
) -> float:
    """A caption in small capitals over its value, from *top*; returns the y below."""
    canvas.setFillColor(LABEL_INK)
    y = top - caption * 0.75
    draw_text(canvas, x, y, label.upper(), caption, "semibold", char_space=0.5)
    if max_lines == 1:
        size = fit_size(" ".join(value.split()) or "–", width, size, size * 0.8, weight)
    block = wrap(value, width, size, weight, leading=size * 1.18, max_lines=max_lines, at_word=True)
    return draw_block(canvas, block, x, y - 1.2, LABEL_INK)


@functools.lru_cache(maxsize=256)
def _modules(number: str) -> int:
    """How many modules wide the QR code of *number* is (the layout needs it before
    drawing; making the code takes a few milliseconds, so it is done once)."""
    return len(qr_matrix(number))


def _quiet_zone(number: str, side: float) -> float:
    """The width of the quiet zone of *number*'s QR code drawn *side* points wide."""
    return side * QUIET_ZONE / (_modules(number) + 2 * QUIET_ZONE)


def _label_62(canvas: Canvas, data: WorkOrderData, timezone: dt.tzinfo | None) -> None:
    """62 × 100 mm, portrait on the roll: number, a large QR, then who, what and when."""
    _ = words(data.centre)
    width, height = PAGE_SIZES["label62"]
    margin = 3 * mm
    left, right = margin, width - margin
    content = right - left
    canvas.setFillColor(LABEL_INK)
    y = height - margin - 5.2
    centre = f"{data.centre.code} · {data.centre.name}"
    draw_fitted(canvas, left, y, centre, content, 6.8, 6, "semibold")
    y -= 4.5
    canvas.setStrokeColor(LABEL_INK)
    canvas.setLineWidth(0.8)
    canvas.line(left, y, right, y)
    size = fit_size(data.number, content, 20, 10, "bold")
    y -= 5 + size * 0.73
    draw_text(canvas, width / 2, y, data.number, size, "bold", align="center")
    # Four modules of blank label stock around the QR, with nothing printed in them.
    dark = 27 * mm
    count = _modules(data.number)
    side = dark * (count + 2 * QUIET_ZONE) / count
    qr_top = y - size * 0.25 - 1
    draw_qr(canvas, data.number, (width - side) / 2, qr_top - side, side, background=None)
    y = qr_top - side
    if data.priority.strip().lower() not in ROUTINE_PRIORITIES:
        # A non-routine priority in reversed type, the first thing seen on the shelf.
        badge = " ".join(_(data.priority).split()).upper()
        badge_width = min(content, text_width(badge, 7.6, "bold") + 10)
        canvas.setFillColor(LABEL_INK)
        canvas.rect(left, y - 11, badge_width, 11, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        draw_fitted(canvas, left + 5, y - 8.2, badge, badge_width - 10, 7.6, 6, "bold")
        y -= 15
    serial = _("Serial no.")
    y = _label_field(canvas, left, y, content, serial, data.serial, 11.5, "bold") - 4
    name = _short_name(data.customer_name, content, 10, "semibold")
    y = _label_field(canvas, left, y, content, _("Customer"), name, 10) - 4
    y = _label_field(canvas, left, y, content, _("Unit"), data.product_name, 8, "regular") - 4
    half = (content - 6) / 2
    opened = _day(data, data.opened_at, timezone)
    promised = _promised(data, timezone, with_time=False)
    _label_field(canvas, left, y, half, _("Date in"), opened, 8.6)
    y = _label_field(canvas, left + half + 6, y, half, _("Promised by"), promised, 8.6) - 4
    # The fault takes whatever room is left above the bottom margin.
    room = y - margin - 5.6 - 1.2
    lines = int(room // (7.6 * 1.18))
    if lines >= 1:
        _label_field(
            canvas,
            left,
            y,
            content,
            _("Fault"),
            data.fault_reported,
            7.6,
            "regular",
            max_lines=lines,
        )


def _label_57x32(canvas: Canvas, data: WorkOrderData, timezone: dt.tzinfo | None) -> None:
    """57 × 32 mm: the number across the top, the QR under it on the left, and beside
    the QR the serial, a short name and the date in."""
    _ = words(data.centre)
    width, height = PAGE_SIZES["label57x32"]
    margin = LABEL_MARGIN
    right = width - margin
    # The QR takes the height under the number, down to the label's bottom edge: its
    # quiet zone is blank label stock that may cover the margin. The number and the
    # fields line up with its dark modules.
    size = fit_size(data.number, right - 3 * margin, 15, 8, "bold")
    baseline = height - margin - size * 0.73
    side = baseline - size * 0.2 - 1
    quiet = _quiet_zone(data.number, side)
    left = max(margin, quiet)
    size = min(size, fit_size(data.number, right - left, size, 8, "bold"))
    canvas.setFillColor(LABEL_INK)
    draw_text(canvas, left, baseline, data.number, size, "bold")
    draw_qr(canvas, data.number, left - quiet, 0, side, background=None)
    x = left - quiet + side + 1
    room = right - x
    name = _short_name(data.customer_name, room, 8, "semibold")
    y = side - quiet + 1
    serial = _("Serial no.")
    y = _label_field(canvas, x, y, room, serial, data.serial, 8.6, "bold", caption=5) - 2.6
    y = _label_field(canvas, x, y, room, _("Customer"), name, 8, caption=5) - 2.6
    opened = _day(data, data.opened_at, timezone)
    _label_field(canvas, x, y, room, _("Date in"), opened, 7.6, "regular", caption=5)


# -- the intake receipt ---------------------------------------------------------------------


def _receipt(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, timezone: dt.tzinfo | None
) -> None:
    _ = words(data.centre)
    p = sheet.pt
    _receipt_footer(canvas, data, sheet)
    collection_top = _collection(canvas, sheet, 68, _)
    signatures_top = _signatures(canvas, data, sheet, collection_top + p(22))
    y = _top(canvas, data, sheet, _("Intake receipt"), _("Quote this number when you call"))
    facts: list[tuple[str, str, colors.Color | None]] = [
        (_("Received on"), _when(data, data.opened_at, timezone), None),
        (_("Promised by"), _promised(data, timezone, with_time=False), None),
        (_("Service"), _(data.service_type), None),
        (_("Received by"), data.received_by, None),
    ]
    y = _facts(canvas, sheet, facts, 4, y - p(14))
    y = _customer_and_unit(canvas, data, sheet, y - p(16))
    y = _coverage(canvas, data, sheet, y - p(10), RECEIPT_NOTES)
    y = _sanbao(canvas, data, sheet, y)
    # Fewer lines of what was received than on the work order, to leave room for the terms.
    y = _received(canvas, data, sheet, y - p(14), max_lines=(5, 5))
    if not data.terms.strip():
        return
    rest = _receipt_terms(canvas, data, sheet, y - p(18), signatures_top + p(16))
    page = 1
    while rest is not None:
        page += 1
        canvas.showPage()
        _receipt_footer(canvas, data, sheet, page)
        top = _header(canvas, data, sheet) - p(14)
        canvas.setFillColor(ACCENT)
        title(canvas, sheet.left, top - p(16), _("Intake receipt"), p(16))
        canvas.setFillColor(INK)
        draw_text(canvas, sheet.right, top - p(16), data.number, p(16), "bold", align="right")
        heading = _("Conditions of service, continued")
        y = _heading(canvas, sheet, heading, sheet.left, top - p(32), sheet.content_width)
        rest = _flow_columns(canvas, sheet, rest, y - p(4), 72, page, _)


def _receipt_terms(
    canvas: Canvas, data: WorkOrderData, sheet: _Sheet, top: float, bottom: float
) -> TextBlock | None:
    """The centre's conditions in two balanced columns, shrunk to fit the room above the
    signatures; returns the lines that still did not fit, for the next page."""
    _ = words(data.centre)
    heading = _("Conditions of service")
    y = _heading(canvas, sheet, heading, sheet.left, top, sheet.content_width)
    width = _columns(sheet)[2]
    for size in TERMS_SIZES:
        leading = size * 1.34
        block = wrap(data.terms, width, size, leading=leading)
        if -(-len(block.lines) // 2) * leading <= y - bottom:
            starts = _paragraph_starts(data.terms, width, size, len(block.lines))
            return _flow_columns(canvas, sheet, block, y, bottom, 1, _, starts)
    # Too long for the page even in the smallest type: they are the centre's
    # conditions, so they are never cut; they go on in readable type overleaf.
    size = TERMS_SIZES[0]
    block = wrap(data.terms, width, size, leading=size * 1.34)
    return _flow_columns(canvas, sheet, block, y, bottom, 1, _)


def _paragraph_starts(text: str, width: float, size: float, count: int) -> frozenset[int]:
    """The lines of *text* wrapped as :func:`wrap` does that start a paragraph (a
    numbered condition); none when they do not add up to *count* lines."""
    starts, line = set(), 0
    for paragraph in text.splitlines():
        paragraph = " ".join(paragraph.split())
        if paragraph:
            starts.add(line)
            line += len(wrap(paragraph, width, size).lines)
    return frozenset(starts) if line == count else frozenset()


# A column may run this many lines longer than the other so that the second one
# starts with a paragraph rather than in the middle of a sentence.
PARAGRAPH_SLACK = 3


def _flow_columns(
    canvas: Canvas,
    sheet: _Sheet,
    block: TextBlock,
    top: float,
    bottom: float,
    page: int,
    _: Translate,
    starts: frozenset[int] = frozenset(),
) -> TextBlock | None:
    """*block* in two balanced columns from *top* down to *bottom* (the second starting
    at one of the paragraph *starts* where that keeps them nearly balanced); when it
    does not fit, the last line says so and the lines left over are returned."""
    left, right, _width = _columns(sheet)
    room = max(1, int((top - bottom) // block.leading))
    lines = block.lines
    rows = -(-len(lines) // 2)
    at_paragraph = [
        start for start in sorted(starts) if rows <= start <= min(room, rows + PARAGRAPH_SLACK)
    ]
    if at_paragraph and rows not in starts:
        rows = at_paragraph[0]
    rest = None
    if rows > room:
        rows = room
        shown = 2 * room - 1
        lines, rest = (
            lines[:shown],
            TextBlock(lines[shown:], block.size, block.weight, block.leading),
        )
    columns = [lines[:rows], lines[rows:]]
    for x, column in zip((left, right), columns, strict=True):
        if column:
            draw_block(canvas, TextBlock(column, block.size, block.weight, block.leading), x, top)
    if rest is not None:
        continued = _("Continued on page {page}").format(page=page + 1)
        note = TextBlock([continued], block.size, "semibold", block.leading)
        draw_block(canvas, note, right, top - len(columns[1]) * block.leading, ACCENT)
    return rest


def _signatures(canvas: Canvas, data: WorkOrderData, sheet: _Sheet, bottom: float) -> float:
    """The customer's and the clerk's signatures at intake, from *bottom*; returns the top."""
    _ = words(data.centre)
    p = sheet.pt
    left, right, width = _columns(sheet)
    line_y = bottom + p(22)
    statement = (
        _(
            "I confirm that the product, its accessories and its condition are as described "
            "above and accept the conditions of service."
        )
        if data.terms.strip()
        else _(
            "I confirm that the product, its accessories and its condition are as described above."
        )
    )
    block = wrap(statement, width, p(8.2), max_lines=3)
    top = line_y + p(40) + block.height
    draw_block(canvas, block, left, top, INK)
    received_for = _("Received for {centre}.").format(centre=data.centre.name)
    received = wrap(received_for, width, p(8.2), max_lines=3)
    draw_block(canvas, received, right, top, INK)
    for x, signed, name in (
        (left, _("Customer's signature"), data.customer_name),
        (right, _("Received by"), data.received_by),
    ):
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x, line_y, x + width * 0.68, line_y)
        canvas.line(x + width * 0.74, line_y, x + width, line_y)
        canvas.setFillColor(MUTED)
        label(canvas, x, line_y - p(10), signed, p(7))
        label(canvas, x + width * 0.74, line_y - p(10), _("Date"), p(7))
        canvas.setFillColor(INK)
        draw_fitted(canvas, x, line_y - p(22), name, width * 0.68, p(8.6), p(7), "semibold")
    return top


def _collection(canvas: Canvas, sheet: _Sheet, bottom: float, _: Translate) -> float:
    """A box signed when the customer collects the unit; returns its top."""
    p = sheet.pt
    height = p(56)
    top = bottom + height
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    canvas.roundRect(sheet.left, bottom, sheet.content_width, height, 4, stroke=1, fill=0)
    pad = p(12)
    caps(canvas, sheet.left + pad, top - p(13), _("On collection"), p(7.2), ACCENT)
    fields = [
        (_("Collected on"), 1.0),
        (_("Customer's signature"), 1.8),
        (_("Handed over by"), 1.4),
    ]
    gap = p(18)
    room = sheet.content_width - 2 * pad - gap * (len(fields) - 1)
    unit = room / sum(share for _, share in fields)
    x = sheet.left + pad
    line_y = bottom + p(20)
    for name, share in fields:
        width = unit * share
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x, line_y, x + width, line_y)
        canvas.setFillColor(MUTED)
        label(canvas, x, line_y - p(10), name, p(7))
        x += width + gap
    return top


def _receipt_footer(canvas: Canvas, data: WorkOrderData, sheet: _Sheet, page: int = 1) -> None:
    _ = words(data.centre)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(sheet.left, 54, sheet.right, 54)
    canvas.setFillColor(MUTED)
    draw_text(
        canvas,
        sheet.left,
        42,
        _(
            "Keep this receipt: please bring it, or quote the order number, when you collect "
            "the product."
        ),
        6.8,
    )
    number = (
        data.number
        if page == 1
        else _("{number} · page {page}").format(number=data.number, page=page)
    )
    draw_text(canvas, sheet.right, 42, number, 6.8, "semibold", align="right")
