"""Fonts embedded in printed documents, and mixed Latin/CJK text on a ReportLab canvas.

Documents must print customers' names and addresses in Chinese (simplified and
traditional) on a machine that has no CJK fonts, so the fonts ship with the
application (``resources/fonts``) and are embedded (subset) in every PDF.

Latin text is set in Open Sans; characters it has no glyph for go to the
first fallback font that has one: Droid Sans Fallback (Chinese, Japanese kana,
full-width punctuation), then FieldService Han Ext-B (the ideographs of
Big5-HKSCS beyond the basic plane, as in Hong Kong names: 𨋢, 𡃁; a subset of
Noto Sans CJK HK), then FieldService Emoji (monochrome Noto Emoji). A line is
split into runs of one face each; :func:`draw_text`, :func:`text_width` and
:func:`wrap_text` work on such mixed text. The Chinese fonts have one weight
only, so bold Chinese runs are drawn filled and outlined (a thin stroke) to
keep the weight of the Latin text around them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fieldservice.shipped import resource_folder

Weight = Literal["regular", "semibold", "bold"]
Align = Literal["left", "right", "center"]

SANS = "FieldService-Sans"
SANS_SEMIBOLD = "FieldService-Sans-Semibold"
SANS_BOLD = "FieldService-Sans-Bold"
CJK = "FieldService-CJK"
HAN_EXT = "FieldService-HanExtB"
EMOJI = "FieldService-Emoji"
# Where a character the Latin face lacks is looked for, in order.
FALLBACKS: tuple[str, ...] = (CJK, HAN_EXT, EMOJI)

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
    HAN_EXT: "FieldServiceHanExtB.ttf",
    EMOJI: "FieldServiceEmoji.ttf",
}
# Faces drawn with a synthetic bold (filled and outlined) in bold text.
_EMBOLDENED = frozenset((CJK, HAN_EXT))
# Outline width of synthetic bold CJK, as a fraction of the font size.
_CJK_EMBOLDEN = {"regular": 0.0, "semibold": 0.022, "bold": 0.038}

# Line-breaking rules for CJK text (a simplified kinsoku): no line starts with
# closing punctuation and none ends with opening punctuation.
_NO_BREAK_BEFORE = frozenset("，。、．）」』】〕》〉！？：；・ー…‥〜％,.!?:;)]}%”’")
_NO_BREAK_AFTER = frozenset("（「『【〔《〈([{“‘")

# Invisible characters (Unicode's default ignorables: variation selectors, joiners,
# direction marks, tags). One that no font has a glyph for is left out of the
# runs, as a text renderer would, instead of printing as a box: a Hong Kong name
# may carry an ideographic variation selector (U+E0100...) after a character.
_IGNORABLE = frozenset(
    (
        0x034F,
        0x061C,
        0x115F,
        0x1160,
        0x17B4,
        0x17B5,
        0x3164,
        0xFEFF,
        0xFFA0,
        *range(0x180B, 0x1810),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        *range(0xFE00, 0xFE10),
        *range(0xFFF0, 0xFFF9),
        *range(0x1BCA0, 0x1BCA4),
        *range(0x1D173, 0x1D17B),
        *range(0xE0000, 0xE1000),
    )
)
# Characters that belong to the one before them (no line break between the two).
_SKIN_TONES = range(0x1F3FB, 0x1F400)


class Run(NamedTuple):
    """A stretch of text set in one font."""

    font: str
    text: str
    embolden: float  # outline width as a fraction of the size; 0 for none


@dataclass(frozen=True)
class _Coverage:
    latin: dict[str, frozenset[int]]
    cjk: frozenset[int]
    # Code point -> the first fallback face (FALLBACKS) with a glyph for it: one
    # dict look-up per character, however many fallback faces there are.
    fallback: dict[int, str]


_lock = threading.Lock()
_coverage: _Coverage | None = None


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap of a font subset, with characters beyond the BMP fixed.

    ReportLab writes U+20BB7 as ``<20BB7>``, which PDF readers take as U+20BB
    and a digit too many, so copied or searched text comes out wrong; the CMap
    needs the UTF-16 code units, ``<D842DFB7>``.
    """
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{utf16}>\n")
    return cmap


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
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
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
            fallback: dict[int, str] = {}
            for name in reversed(FALLBACKS):  # earlier faces win
                fallback.update(dict.fromkeys(fonts[name].face.charToGlyph, name))
            _coverage = _Coverage(
                latin={
                    weight: frozenset(fonts[name].face.charToGlyph)
                    for weight, name in LATIN_FACES.items()
                },
                cjk=frozenset(fonts[CJK].face.charToGlyph),
                fallback=fallback,
            )
        return _coverage


def runs(text: str, weight: Weight = "regular") -> list[Run]:
    """*text* split into runs of the Latin face and the fallback faces.

    A character goes to the Latin face when it has a glyph there, else to the
    first of :data:`FALLBACKS` that has one; anything none covers stays in the
    Latin face (it prints as a missing-glyph box rather than vanishing), except
    invisible characters (variation selectors, joiners), which are left out.
    """
    coverage = _faces()
    latin_font = LATIN_FACES[weight]
    if text.isascii():
        return [Run(latin_font, text, 0.0)] if text else []
    latin, fallback = coverage.latin[weight], coverage.fallback
    embolden = _CJK_EMBOLDEN[weight]
    found: list[Run] = []
    start = 0
    current = None
    for i, char in enumerate(text):
        code = ord(char)
        if code in latin:
            font = latin_font
        else:
            font = fallback.get(code, latin_font)
            if font is latin_font and code in _IGNORABLE:
                return runs(_visible(text, latin), weight)
        if font != current:
            if current is not None:
                found.append(_run(current, text[start:i], embolden))
            current, start = font, i
    if current is not None:
        found.append(_run(current, text[start:], embolden))
    return found


def _visible(text: str, latin: frozenset[int]) -> str:
    """*text* without the invisible characters that no font has a glyph for."""
    fallback = _faces().fallback
    return "".join(
        char
        for char in text
        if ord(char) not in _IGNORABLE or ord(char) in latin or ord(char) in fallback
    )


def _run(font: str, text: str, embolden: float) -> Run:
    return Run(font, text, embolden if font in _EMBOLDENED else 0.0)


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
        or 0x20000 <= code <= 0x3FFFF  # ideographs beyond the basic plane
    )


def _joins_previous(char: str) -> bool:
    """Whether *char* modifies the character before it (a selector, a skin tone, a mark)."""
    code = ord(char)
    return (
        code in _IGNORABLE
        or code in _SKIN_TONES
        or 0x0300 <= code <= 0x036F  # combining diacritical marks
        or 0x20D0 <= code <= 0x20FF  # combining marks for symbols (the keycap)
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
                and not _joins_previous(char)
                and last != "\u200d"  # zero-width joiner
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
        if (
            current
            and not _joins_previous(char)
            and current[-1] != "\u200d"
            and text_width(current + char, size, weight, char_space) > width
        ):
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return parts


def markup(text: str) -> str:
    """*text* as Platypus paragraph markup, its non-Latin runs wrapped in ``<font>`` tags.

    For documents laid out with ``Paragraph``, whose style's font should be
    ``FieldService-Sans`` (so that ``<b>`` around the result picks the bold face).
    """
    return "".join(
        escape(run.text)
        if run.font == SANS
        else f'<font face="{run.font}">{escape(run.text)}</font>'
        for run in runs(text)
    )
