"""Part and bin labels: the part number in large type and as a QR code, what the
part is, and the bin it lives in.

``render_part_labels`` writes them for a thermal label printer (``"57x32"``:
one 57 × 32 mm label per page) or for an office printer on a sheet of A4 labels
(``"a4"``: 3 × 8 labels of 70 × 37 mm, the common sheet with no gaps between
labels). Scanning the QR code types the part number, so a shelf label starts a
count line or a receipt without typing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldservice import i18n
from fieldservice.printing.fonts import Weight, draw_text, text_width
from fieldservice.printing.layout import (
    Target,
    draw_block,
    fit_size,
    new_canvas,
    pdf_target,
    wrap,
)
from fieldservice.printing.qr import QUIET_ZONE, draw_qr, qr_matrix

FORMATS = ("57x32", "a4")
LABEL_SIZE = (57 * mm, 32 * mm)
SHEET_CELL = (70 * mm, 37 * mm)
SHEET_COLUMNS = 3
SHEET_ROWS = 8
# Nothing is printed nearer than this to a label's edge: thermal printers and
# label sheets both shift a little.
LABEL_MARGIN = 2 * mm
SHEET_PADDING = 3.5 * mm
# Labels print black only (thermal printers have no grey).
INK = colors.black


@dataclass(frozen=True)
class PartLabel:
    """What one label says: the part number (also in the QR code), its
    description, and where it is kept; its few words (``Bin``) in the centre's
    document *language*."""

    part_number: str
    description: str
    bin: str = ""
    location: str = ""
    language: str = "en"


def render_part_labels(labels: Sequence[PartLabel], out: Target, format: str = "57x32") -> int:
    """Write *labels* as a PDF to *out*; returns the number of pages.

    ``"57x32"`` puts one label on each 57 × 32 mm page; ``"a4"`` fills A4 sheets
    of 3 × 8 labels of 70 × 37 mm, left to right, top to bottom. Any other
    format raises ValueError, as does an empty list. *out* is a path (written to
    a temporary file beside it, then renamed) or a binary file object.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown label format {format!r}; the formats are {', '.join(FORMATS)}")
    if not labels:
        raise ValueError("no labels to print")
    page = LABEL_SIZE if format == "57x32" else A4
    _ = i18n.translator(labels[0].language)
    title = _("Part label") if len(labels) == 1 else _("Part labels")
    pages = 0
    with pdf_target(out) as target:
        canvas = new_canvas(target, page, title, "fieldservice", _("Part labels"))
        if format == "57x32":
            for item in labels:
                draw_part_label(canvas, item, 0, 0, *LABEL_SIZE, LABEL_MARGIN)
                canvas.showPage()
                pages += 1
        else:
            per_sheet = SHEET_COLUMNS * SHEET_ROWS
            for start in range(0, len(labels), per_sheet):
                for i, item in enumerate(labels[start : start + per_sheet]):
                    x, y = sheet_cell(i)
                    draw_part_label(canvas, item, x, y, *SHEET_CELL, SHEET_PADDING)
                canvas.showPage()
                pages += 1
        canvas.save()
    return pages


def sheet_cell(index: int) -> tuple[float, float]:
    """The lower-left corner of label *index* (0 to 23) on an A4 sheet: the 3 × 8
    grid is centred, so the sheet's half-millimetre of slack is shared top and
    bottom."""
    column, row = index % SHEET_COLUMNS, index // SHEET_COLUMNS
    width, height = A4
    left = (width - SHEET_COLUMNS * SHEET_CELL[0]) / 2
    top = height - (height - SHEET_ROWS * SHEET_CELL[1]) / 2
    return left + column * SHEET_CELL[0], top - (row + 1) * SHEET_CELL[1]


@functools.lru_cache(maxsize=512)
def _modules(text: str) -> int:
    return len(qr_matrix(text))


def _cut(text: str, width: float, size: float, weight: Weight) -> str:
    """*text* on one line, cut with an ellipsis if it is still too wide."""
    if text_width(text, size, weight) <= width:
        return text
    while text and text_width(text + "…", size, weight) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_part_label(
    canvas: Canvas,
    item: PartLabel,
    x: float,
    y: float,
    width: float,
    height: float,
    margin: float,
) -> None:
    """Draw one label in the box at (*x*, *y*) of *width* × *height*, nothing printed
    within *margin* of its edges except the QR code's blank quiet zone.

    The part number runs across the top; under it, the QR code on the left and,
    beside it, the description and the bin in large type.
    """
    _ = i18n.translator(item.language)
    number = " ".join(item.part_number.split())
    left, right, top = x + margin, x + width - margin, y + height - margin
    scale = height / LABEL_SIZE[1]
    modules = _modules(number)
    canvas.setFillColor(INK)

    # The number across the top, as large as fits (a first guess of its left edge,
    # corrected below once the QR code's quiet zone is known).
    size = fit_size(number, right - left, 15 * scale, 8, "bold")
    baseline = top - size * 0.74
    qr_top = baseline - size * 0.26 - 1.2
    # The QR code fills the height under the number. Its quiet zone is blank label
    # stock, so it may lie in the margin; its dark modules never do.
    side = qr_top - y
    quiet = side * QUIET_ZONE / (modules + 2 * QUIET_ZONE)
    inset = max(0.0, margin - quiet)
    side = min(qr_top - y - inset, (width - 2 * margin) * 0.5)
    quiet = side * QUIET_ZONE / (modules + 2 * QUIET_ZONE)
    qr_left, qr_bottom = x + inset, y + inset
    draw_qr(canvas, number, qr_left, qr_bottom, side, background=None)

    # The number lines up with the QR code's dark modules.
    text_left = max(left, qr_left + quiet)
    size = min(size, fit_size(number, right - text_left, size, 8, "bold"))
    number = _cut(number, right - text_left, size, "bold")
    draw_text(canvas, text_left, baseline, number, size, "bold")

    column = qr_left + side + 1.5
    room = right - column
    bottom = y + margin
    # The bin at the foot of the column: a small caption over the code in bold.
    where = " ".join(item.bin.split())
    location = " ".join(item.location.split())
    floor = bottom
    if where or location:
        code = where or location
        bin_size = fit_size(code, room, 14 * scale, 7, "bold")
        draw_text(
            canvas,
            column,
            bottom + bin_size * 0.02,
            _cut(code, room, bin_size, "bold"),
            bin_size,
            "bold",
        )
        caption_size = 5.4 * scale
        caption = _("Bin") if where else _("Location")
        if where and location:
            caption = _("Bin · {location}").format(location=location)
        caption_y = bottom + bin_size * 0.76 + 2
        draw_text(
            canvas,
            column,
            caption_y,
            _cut(caption.upper(), room, caption_size, "semibold"),
            caption_size,
            "semibold",
            char_space=0.4,
        )
        floor = caption_y + caption_size * 0.8 + 2.5
    # The description takes what is left between the number and the bin.
    text_top = qr_top - 0.5
    desc_size = 7.6 * scale
    leading = desc_size * 1.18
    lines = int((text_top - floor + (leading - desc_size)) // leading)
    if lines >= 1 and item.description.strip():
        block = wrap(
            item.description,
            room,
            desc_size,
            "regular",
            leading=leading,
            max_lines=lines,
            at_word=True,
        )
        draw_block(canvas, block, column, text_top, INK)
