"""QR codes drawn as vector rectangles, for every printed document that carries one.

The matrix comes from the ``qrcode`` library; it is drawn as filled rectangles
(one per horizontal run of dark modules, all in one path), so the code stays
sharp at any print resolution and costs a few hundred bytes in the PDF.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of light margin on each side, as ISO/IEC 18004 asks


def qr_matrix(text: str, *, error_correction: int = ERROR_CORRECT_M) -> list[list[bool]]:
    """The QR modules of *text* (True is dark), smallest version that fits, no quiet zone."""
    code = qrcode.QRCode(error_correction=error_correction, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    quiet_zone: int = QUIET_ZONE,
    color: colors.Color = colors.black,
    background: colors.Color | None = colors.white,
) -> None:
    """Draw *text* as a QR code (error correction M) in the square *size* points wide.

    (*x*, *y*) is the square's lower-left corner. The square includes the quiet
    zone of *quiet_zone* modules, painted in *background* (None leaves it
    transparent, for a page known to be light there).
    """
    modules = qr_matrix(text)
    count = len(modules)
    module = size / (count + 2 * quiet_zone)
    canvas.saveState()
    if background is not None:
        canvas.setFillColor(background)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(color)
    path = canvas.beginPath()
    left = x + quiet_zone * module
    top = y + size - quiet_zone * module
    for row, cells in enumerate(modules):
        bottom = top - (row + 1) * module
        col = 0
        while col < count:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < count and cells[col]:
                col += 1
            path.rect(left + start * module, bottom, (col - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QRFlowable(Flowable):
    """A QR code as a Platypus flowable: a square *size* points wide, quiet zone included."""

    def __init__(self, text: str, size: float, *, quiet_zone: int = QUIET_ZONE) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.quiet_zone = quiet_zone
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size, quiet_zone=self.quiet_zone)
