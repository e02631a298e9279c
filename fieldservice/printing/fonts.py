"""Fonts embedded in printed documents, and mixed Latin/CJK text on a ReportLab canvas.

Documents must print customers' names and addresses in Chinese (simplified and
traditional) on a machine that has no CJK fonts, so the fonts ship with the
application (``resources/fonts``) and are embedded (subset) in every PDF.

Latin text is set in Open Sans; characters it has no glyph for (Chinese,
Japanese kana, full-width punctuation) are set in Droid Sans Fallback. A line
is split into runs of one face each; :func:`draw_text`, :func:`text_width` and
:func:`wrap_text` work on such mixed text. Droid Sans Fallback has one weight
only, so bold CJK runs are drawn filled and outlined (a thin stroke) to keep
the weight of the Latin text around them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fieldservice.shipped import resource_folder

Weight = Literal["regular", "semibold", "bold"]
Align = Literal["left", "right", "center"]

SANS = "FieldService-Sans"
SANS_SEMIBOLD = "FieldService-Sans-Semibold"
SANS_BOLD = "FieldService-Sans-Bold"
CJK = "FieldService-CJK"

LATIN_FACES: dict[str, str] = {
    "regular": SANS,
    "semibold": SANS_SEMIBOLD,
    "bold": SANS_BOLD,
}
FILES: dict[str, str] = {
    SANS: "OpenSans-Regular.ttf",
    SANS_SEMIBOLD: "OpenSans-Semibold.ttf",
    SANS_BOLD: "OpenSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
# Outline width of synthetic bold CJK, as a fraction of the font size.
_CJK_EMBOLDEN = {"regular": 0.0, "semibold": 0.022, "bold": 0.038}

# Line-breaking rules for CJK text (a simplified kinsoku): no line starts with
# closing punctuation and none ends with opening punctuation.
_NO_BREAK_BEFORE = frozenset("，。、．）」』】〕》〉！？：；・ー…‥〜％,.!?:;)]}%”’")
_NO_BREAK_AFTER = frozenset("（「『【〔《〈([{“‘")


class Run(NamedTuple):
    """A stretch of text set in one font."""

    font: str
    text: str
    embolden: float  # outline width as a fraction of the size; 0 for none


@dataclass(frozen=True)
class _Coverage:
    latin: dict[str, frozenset[int]]
    cjk: frozenset[int]


_lock = threading.Lock()
_coverage: _Coverage | None = None


def fonts_dir() -> Path:
    """The folder holding the font files (``resources/fonts``), also in a frozen build."""
    return resource_folder("fonts")


def register_fonts() -> None:
    """Register the document fonts with ReportLab (once per process; thread-safe).

    Also registers the Latin faces as the family ``FieldService-Sans`` so that
    ``<b>`` works in Platypus paragraphs. Raises FileNotFoundError when a font
    file is missing from the installation.
    """
    _faces()


def _faces() -> _Coverage:
    global _coverage
    found = _coverage
    if found is not None:
        return found
    with _lock:
        if _coverage is None:
            folder = fonts_dir()
            fonts = {}
            for name, filename in FILES.items():
                path = folder / filename
                if not path.exists():
                    raise FileNotFoundError(f"font {filename} is missing from {folder}")
                fonts[name] = TTFont(name, str(path))
                pdfmetrics.registerFont(fonts[name])
            for bold, face in ((0, SANS), (1, SANS_BOLD)):
                for italic in (0, 1):  # no italics are shipped: upright stands in
                    addMapping(SANS, bold, italic, face)
            _coverage = _Coverage(
                latin={
                    weight: frozenset(fonts[name].face.charToGlyph)
                    for weight, name in LATIN_FACES.items()
                },
                cjk=frozenset(fonts[CJK].face.charToGlyph),
            )
        return _coverage


def runs(text: str, weight: Weight = "regular") -> list[Run]:
    """*text* split into runs of the Latin face and the CJK face.

    A character goes to the Latin face when it has a glyph there, else to the
    CJK face when that has one; anything neither covers stays in the Latin face
    (it prints as a missing-glyph box rather than vanishing).
    """
    coverage = _faces()
    latin_font = LATIN_FACES[weight]
    if text.isascii():
        return [Run(latin_font, text, 0.0)] if text else []
    latin, cjk = coverage.latin[weight], coverage.cjk
    embolden = _CJK_EMBOLDEN[weight]
    found: list[Run] = []
    start = 0
    current = None
    for i, char in enumerate(text):
        code = ord(char)
        font = CJK if code not in latin and code in cjk else latin_font
        if font != current:
            if current is not None:
                found.append(_run(current, text[start:i], embolden))
            current, start = font, i
    if current is not None:
        found.append(_run(current, text[start:], embolden))
    return found


def _run(font: str, text: str, embolden: float) -> Run:
    return Run(font, text, embolden if font == CJK else 0.0)


def text_width(text: str, size: float, weight: Weight = "regular", char_space: float = 0) -> float:
    """The width in points of *text* set at *size* (mixed Latin/CJK)."""
    width = sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in runs(text, weight))
    return width + char_space * len(text)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    weight: Weight = "regular",
    *,
    align: Align = "left",
    char_space: float = 0,
) -> float:
    """Draw one line of mixed Latin/CJK *text* with its baseline at *y*.

    *x* is the left edge, the right edge or the centre, as *align* says. Uses
    the canvas's current fill colour. Returns the width drawn.
    """
    parts = runs(text, weight)
    if not parts:
        return 0.0
    width = sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in parts)
    width += char_space * len(text)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    embolden = any(r.embolden for r in parts)
    if embolden:
        canvas.saveState()
        canvas.setStrokeColor(canvas._fillColorObj)
        canvas.setLineWidth(size * _CJK_EMBOLDEN[weight])
        canvas.setLineJoin(1)
    line = canvas.beginText(x, y)
    if char_space:
        line.setCharSpace(char_space)
    for run in parts:
        line.setFont(run.font, size)
        if embolden:
            line.setTextRenderMode(2 if run.embolden else 0)
        line.textOut(run.text)
    if char_space:
        # Character spacing is part of the graphics state: reset it for later text.
        line.setCharSpace(0)
    canvas.drawText(line)
    if embolden:
        canvas.restoreState()
    return width


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, punctuation, kana, ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or code >= 0x20000  # ideographs beyond the basic plane
    )


def _pieces(paragraph: str) -> list[str]:
    """*paragraph* cut at every place a line may break; spaces are pieces of their own."""
    pieces: list[str] = []
    current = ""
    for char in paragraph:
        if char.isspace():
            if current:
                pieces.append(current)
            pieces.append(" ")
            current = ""
            continue
        if current:
            last = current[-1]
            breakable = (
                (_is_cjk(char) or _is_cjk(last))
                and char not in _NO_BREAK_BEFORE
                and last not in _NO_BREAK_AFTER
            )
            if breakable:
                pieces.append(current)
                current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


def wrap_text(
    text: str, width: float, size: float, weight: Weight = "regular", char_space: float = 0
) -> list[str]:
    """*text* broken into lines no wider than *width* points at *size*.

    Lines break at spaces and between CJK characters (never before closing
    punctuation); a word wider than the line is cut between characters. A
    newline in *text* always starts a new line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        line_width = 0.0
        pending_space = False
        space = text_width(" ", size, weight, char_space)
        for piece in _pieces(paragraph):
            if piece == " ":
                pending_space = bool(line)
                continue
            piece_width = text_width(piece, size, weight, char_space)
            gap = space if pending_space else 0.0
            if line and line_width + gap + piece_width <= width:
                line += (" " if pending_space else "") + piece
                line_width += gap + piece_width
            else:
                if line:
                    lines.append(line)
                line, line_width = "", 0.0
                if piece_width > width:
                    for part in _cut(piece, width, size, weight, char_space):
                        if line:
                            lines.append(line)
                        line = part
                    line_width = text_width(line, size, weight, char_space)
                else:
                    line, line_width = piece, piece_width
            pending_space = False
        lines.append(line)
    return lines


def _cut(word: str, width: float, size: float, weight: Weight, char_space: float) -> list[str]:
    parts: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, weight, char_space) > width:
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return parts


def markup(text: str) -> str:
    """*text* as Platypus paragraph markup, its CJK runs wrapped in ``<font>`` tags.

    For documents laid out with ``Paragraph``, whose style's font should be
    ``FieldService-Sans`` (so that ``<b>`` around the result picks the bold face).
    """
    return "".join(
        f'<font face="{CJK}">{escape(run.text)}</font>' if run.font == CJK else escape(run.text)
        for run in runs(text)
    )
