"""Every character a customer's name can hold prints: Hong Kong names with ideographs
beyond the basic plane (CJK Extension B, as 𨋢 and 𡃁) and emoji, as people type
them into names and notes.

PDFs are opened again with pdfium: text extracted as a reader would (a copied
name must come back as typed), glyphs rendered to pixels and compared with the
missing-glyph box of every font.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from fieldservice.printing import fonts
from fieldservice.services import customers, warranty
from tests.core.test_certificates import flat, fonts_used_by, pdf_of, text_of

NAME = "陳𠮷𨋢 😀"
ADDRESS = "香港九龍旺角𡃁𥄫街 1 號 👍 ❤️"
NOT_IN_ANY_FONT = "\U0002a700"  # CJK Extension C: prints as the missing-glyph box


def cmap(font: str) -> dict[int, int]:
    return pdfmetrics.getFont(font).face.charToGlyph


def big5_hkscs() -> set[str]:
    found: set[str] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                found.update(bytes([lead, trail]).decode("big5hkscs"))
            except UnicodeDecodeError:
                continue
    return found


@pytest.mark.parametrize("weight", ["regular", "semibold", "bold"])
def test_a_name_with_ext_b_and_emoji_is_set_in_fonts_that_have_every_glyph(weight):
    parts = fonts.runs(NAME + " " + ADDRESS, weight)
    assert "".join(run.text for run in parts) == NAME + " " + ADDRESS
    for run in parts:
        for char in run.text:
            assert ord(char) in cmap(run.font), (char, run.font)
    assert [(run.font, run.text) for run in fonts.runs(NAME, weight)] == [
        (fonts.CJK, "陳"),
        (fonts.HAN_EXT, "𠮷𨋢"),
        (fonts.LATIN_FACES[weight], " "),
        (fonts.EMOJI, "😀"),
    ]
    # Bold Chinese is drawn outlined, whichever Chinese font; emoji never are.
    emboldened = {run.font for run in parts if run.embolden}
    assert emboldened == ({fonts.CJK, fonts.HAN_EXT} if weight != "regular" else set())


def test_every_chinese_character_of_big5_hkscs_has_a_glyph():
    coverage = fonts._faces()
    chinese = [
        char for char in big5_hkscs() if ord(char) >= 0x20000 or unicodedata.category(char) == "Lo"
    ]
    assert len(chinese) > 17_000
    beyond_bmp = [char for char in chinese if ord(char) >= 0x20000]
    assert len(beyond_bmp) > 1_600
    assert [char for char in chinese if ord(char) not in coverage.fallback] == []
    assert all(coverage.fallback[ord(char)] == fonts.HAN_EXT for char in beyond_bmp)


def test_pinyin_and_common_emoji_have_glyphs():
    coverage = fonts._faces()
    latin = coverage.latin["regular"]
    for char in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü①②③★※℃":
        assert ord(char) in latin or ord(char) in coverage.fallback, char
    for char in "😀😂🤣😊😍🙏👍👌💯🔥⭐🌸🌹🎉🐱🐶🍎❤☺✌☎✈⚠":
        assert coverage.fallback.get(ord(char)) == fonts.EMOJI, char


def test_invisible_selectors_no_font_has_are_left_out_and_never_split_from_their_character():
    # An ideographic variation selector (no font here has one) would print as a box.
    assert [(run.font, run.text) for run in fonts.runs("葛\U000e0100城")] == [(fonts.CJK, "葛城")]
    # The emoji font has U+FE0F (an empty glyph), so "❤️" is kept whole.
    assert [(run.font, run.text) for run in fonts.runs("❤️")] == [(fonts.EMOJI, "❤️")]
    text = "陳葛\U000e0100城陳😀\ufe0f陳👍🏽陳👨\u200d👩\u200d👧"
    lines = fonts.wrap_text(text, 10, 10)  # narrower than one character
    assert "".join(lines) == text
    assert "😀\ufe0f" in lines and "👍🏽" in lines and "葛\U000e0100" in lines
    assert "👨\u200d👩\u200d👧" in lines


def test_a_certificate_for_a_hong_kong_name_embeds_the_fonts_and_reads_back(db, dishwasher_policy):
    owner = customers.create_customer(
        db, customers.CustomerDraft(NAME, phone="+852 9123 4567", address=ADDRESS)
    )
    record = warranty.register(
        db,
        warranty.RegistrationDraft(
            "AQD-3003", dishwasher_policy.product_id, dt.date(2025, 5, 2), customer_id=owner.id
        ),
    )
    page = pdfium.PdfDocument(pdf_of(warranty.certificate_data(db, record.id)))[0]

    # Characters beyond the basic plane come back as typed (not as U+20BB and a "7").
    text = text_of(page)
    assert NAME in text
    assert flat(ADDRESS) in flat(text)
    assert fonts_used_by(page, "𠮷𨋢") == {("FieldServiceHanExtB-Regular", True)}
    assert fonts_used_by(page, "𡃁𥄫") == {("FieldServiceHanExtB-Regular", True)}
    assert fonts_used_by(page, "😀") == {("FieldServiceEmoji-Regular", True)}
    assert fonts_used_by(page, "👍") == {("FieldServiceEmoji-Regular", True)}


def test_a_paragraph_marks_up_ext_b_and_emoji_in_their_fonts():
    fonts.register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10)
    markup = fonts.markup(f"Owner: {NAME} & family")
    assert f'<font face="{fonts.HAN_EXT}">𠮷𨋢</font>' in markup
    assert f'<font face="{fonts.EMOJI}">😀</font>' in markup
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(markup, style)])
    assert f"Owner: {NAME} & family" in text_of(pdfium.PdfDocument(buffer.getvalue())[0])


def rendered(text: str, font: str | None = None) -> Image.Image:
    """*text* drawn at 40 pt, as pixels: with draw_text, or in *font* alone."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(60, 60))
    if font is None:
        fonts.draw_text(canvas, 5, 15, text, 40)
    else:
        canvas.setFont(font, 40)
        canvas.drawString(5, 15, text)
    canvas.save()
    return pdfium.PdfDocument(buffer.getvalue())[0].render(scale=2).to_pil().convert("L")


def test_no_character_of_the_name_prints_as_a_missing_glyph_box():
    fonts.register_fonts()
    boxes = [rendered(NOT_IN_ANY_FONT, font) for font in (fonts.SANS, *fonts.FALLBACKS)]
    assert ImageChops.invert(rendered(NOT_IN_ANY_FONT)).getbbox() is not None
    for char in "陳𠮷𨋢😀𡃁𥄫👍❤":
        image = rendered(char)
        assert ImageChops.invert(image).getbbox() is not None, f"{char} drew nothing"
        for box in boxes:
            assert ImageChops.difference(image, box).getbbox() is not None, f"{char} is a box"
