"""What the printed documents share: colours, dates, wrapped text blocks, small caps
labels, and writing a PDF safely to a path or a file object.

The warranty certificate, the work order, its labels and the intake receipt are
one family: the same ink, accent and rules, the same spaced capitals over each
section, the same way of wrapping and cutting long text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from fieldservice import formatting, i18n
from fieldservice.printing.data import CentreHeader
from fieldservice.printing.fonts import (
    Align,
    Weight,
    draw_text,
    register_fonts,
    text_width,
    wrap_text,
)

Target = str | os.PathLike[str] | BinaryIO

INK = colors.HexColor("#1b2330")
MUTED = colors.HexColor("#5d6877")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c5d0dc")
TINT = colors.HexColor("#eef3f8")

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: dt.date, language: str = "en") -> str:
    """A date as printed on documents, unambiguous in any country: ``14 Mar 2025``,
    in Chinese ``2025年3月14日``."""
    if language != "en":
        return formatting.date(day, language)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_money(amount: Decimal, centre: CentreHeader) -> str:
    """An amount in the centre's currency: ``1,234.50``, ``−20.00`` on an English
    document (as it always printed); with the currency's sign in Chinese
    (``¥1,234.50``, ``NT$1,234``) when the centre's currency is known."""
    if centre.language == "en" or not centre.currency:
        text = f"{abs(amount):,.2f}"
    else:
        text = formatting.money(abs(amount), centre.currency, centre.language)
    return f"−{text}" if amount < 0 else text


# -- the document's words --------------------------------------------------------------------


class Term(str):
    """A word of a bilingual document in its language (Chinese) that remembers its
    English, printed smaller beside or beneath it by :func:`caps`, :func:`title`
    and :func:`label`."""

    english: str = ""


def words(centre: CentreHeader) -> Callable[[str], str]:
    """The ``_`` of a document from *centre*: its words in the centre's document
    language; on a bilingual document, each translated word also carries its
    English (a :class:`Term`)."""
    translate = i18n.translator(centre.language)
    if not centre.bilingual or centre.language == "en":
        return translate

    def bilingual(message: str) -> str:
        text = translate(message)
        if text == message:
            return text
        term = Term(text)
        term.english = message
        return term

    return bilingual


def english_of(text: str) -> str:
    """The English of a bilingual document's word, "" for any other text."""
    return getattr(text, "english", "")


def _has_cjk(text: str) -> bool:
    return any(ord(char) >= 0x2E80 for char in text)


@contextlib.contextmanager
def pdf_target(out: Target) -> Iterator[Target]:
    """Where the canvas writes: *out* itself for a file object; for a path, a
    temporary file beside it that replaces it only when the body succeeds."""
    if not isinstance(out, str | os.PathLike):
        yield out
        return
    final = Path(out)
    temporary = final.with_name(f".{final.name}.{secrets.token_hex(4)}.part")
    # Created with the user's umask (mkstemp would make it private to the owner).
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield str(temporary)
        os.replace(temporary, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def new_canvas(
    target: Target, pagesize: tuple[float, float], title: str, author: str, subject: str
) -> Canvas:
    """A compressed PDF canvas with the document fonts registered and its metadata set."""
    register_fonts()
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("fieldservice")
    return canvas


@dataclass
class TextBlock:
    """One wrapped block of text: its lines and how it is set."""

    lines: list[str]
    size: float
    weight: Weight
    leading: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def wrap(
    text: str,
    width: float,
    size: float,
    weight: Weight = "regular",
    *,
    leading: float | None = None,
    max_lines: int | None = None,
    at_word: bool = False,
) -> TextBlock:
    """*text* wrapped to *width* points, blank lines dropped, ``–`` when empty; past
    *max_lines* the last line kept ends with an ellipsis (after a whole word when
    *at_word* and the line has more than one)."""
    paragraphs = (" ".join(line.split()) for line in text.splitlines())
    lines = wrap_text("\n".join(p for p in paragraphs if p) or "–", width, size, weight)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = with_ellipsis(lines[-1], width, size, weight, at_word=at_word)
    return TextBlock(lines, size, weight, leading or size * 1.32)


def one_line(text: str) -> str:
    """A multi-line address as one line: ``12 Mill Lane, Leeds LS6 2AB``; a Chinese
    one with a space between its lines (``漕溪北路398号 12栋1502室``)."""
    parts = [part.strip().rstrip(",，") for part in text.splitlines() if part.strip()]
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        chinese = _has_cjk(joined[-1:]) or _has_cjk(part[:1])
        joined += (" " if chinese else ", ") + part
    return joined


def with_ellipsis(
    line: str, width: float, size: float, weight: Weight, *, at_word: bool = False
) -> str:
    """*line* shortened until it and a closing ellipsis fit in *width*; with *at_word*,
    cut after the last whole word that fits, when there is one."""
    if at_word:
        words = line.split(" ")
        while len(words) > 1 and len(wrap_text(" ".join(words) + " …", width, size, weight)) > 1:
            words.pop()
        if len(words) > 1 or len(wrap_text(words[0] + " …", width, size, weight)) == 1:
            return " ".join(words).rstrip(",;:.") + " …"
    while line and len(wrap_text(line + " …", width, size, weight)) > 1:
        line = line[:-1]
    return line.rstrip() + " …"


def fit_size(text: str, width: float, size: float, smallest: float, weight: Weight) -> float:
    """The largest size from *size* down to *smallest* at which *text* fits *width*."""
    widest = text_width(text, size, weight)
    if widest <= width:
        return size
    return max(smallest, size * width / widest)


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    width: float,
    size: float,
    smallest: float | None = None,
    weight: Weight = "regular",
    align: Align = "left",
) -> float:
    """Draw *text* on one line in *width*: shrunk down to *smallest* (a fifth off
    *size* when not given), then cut with an ellipsis; returns the size used."""
    text = " ".join(text.split()) or "–"
    used = fit_size(text, width, size, size * 0.8 if smallest is None else smallest, weight)
    if text_width(text, used, weight) > width:
        text = with_ellipsis(text, width, used, weight, at_word=True)
    draw_text(canvas, x, y, text, used, weight, align=align)
    return used


def draw_block(
    canvas: Canvas, block: TextBlock, x: float, top: float, color: colors.Color = INK
) -> float:
    """Draw *block* with its first line's top at *top*; returns the y below it."""
    canvas.setFillColor(color)
    y = top - block.size
    for line in block.lines:
        draw_text(canvas, x, y, line, block.size, block.weight)
        y -= block.leading
    return top - block.height


def caps(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float = 6.8,
    color: colors.Color = MUTED,
    *,
    align: Align = "left",
    room: float | None = None,
) -> float:
    """A small label in spaced capitals (``CERTIFICATE NUMBER``); returns its width.

    Chinese has no capitals: it is set a little larger instead, to read as well;
    a bilingual word has its English in small capitals after it (``产品 PRODUCT``),
    unless that would be wider than *room*.
    """
    canvas.setFillColor(color)
    english = english_of(text)
    main = str(text) if _has_cjk(text) else text.upper()
    main_size = size * 1.12 if _has_cjk(text) else size
    small = size * 0.86
    gap = size * 0.8
    first = text_width(main, main_size, "semibold", char_space=0.9)
    total = first + gap + text_width(english.upper(), small, "semibold", char_space=0.6)
    if not english or (room is not None and total > room):
        return draw_text(canvas, x, y, main, main_size, "semibold", align=align, char_space=0.9)
    start = {"left": x, "right": x - total, "center": x - total / 2}[align]
    draw_text(canvas, start, y, main, main_size, "semibold", char_space=0.9)
    draw_text(canvas, start + first + gap, y, english.upper(), small, "semibold", char_space=0.6)
    return total


def caps_width(text: str, size: float = 6.8) -> float:
    """How wide :func:`caps` sets *text* at *size*."""
    main = str(text) if _has_cjk(text) else text.upper()
    main_size = size * 1.12 if _has_cjk(text) else size
    width = text_width(main, main_size, "semibold", char_space=0.9)
    english = english_of(text)
    if english:
        width += size * 0.8 + text_width(english.upper(), size * 0.86, "semibold", char_space=0.6)
    return width


def title(
    canvas: Canvas, x: float, y: float, text: str, size: float, english_color: colors.Color = MUTED
) -> float:
    """A document's title in bold; a bilingual one has its English after it, smaller,
    on the same baseline (``保修卡  Warranty certificate``). Returns its width."""
    width = draw_text(canvas, x, y, text, size, "bold")
    english = english_of(text)
    if english:
        canvas.setFillColor(english_color)
        width += size * 0.45 + draw_text(
            canvas, x + width + size * 0.45, y, english, size * 0.46, "semibold"
        )
    return width


def label_depth(text: str, size: float) -> float:
    """How far below its baseline a :func:`label` set *beneath* reaches (its English
    on a bilingual document, else the descenders)."""
    if english_of(text):
        return size * 0.98 + size * 0.74 * 0.3
    return size * 0.25


def label(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    weight: Weight = "regular",
    *,
    align: Align = "left",
    beneath: bool = False,
) -> float:
    """A field's label at baseline *y* in the current colour; a bilingual one has its
    English in smaller type beneath it (*beneath*) or after it. Returns the width."""
    english = english_of(text)
    if not english:
        return draw_text(canvas, x, y, text, size, weight, align=align)
    small = size * 0.74
    if beneath:
        width = draw_text(canvas, x, y, text, size, weight, align=align)
        return max(width, draw_text(canvas, x, y - size * 0.98, english, small, align=align))
    gap = size * 0.5
    first = text_width(text, size, weight)
    total = first + gap + text_width(english, small)
    start = {"left": x, "right": x - total, "center": x - total / 2}[align]
    draw_text(canvas, start, y, text, size, weight)
    draw_text(canvas, start + first + gap, y, english, small)
    return total
