"""Make the two subset fonts in resources/fonts (run once by hand; not part of the build).

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto-cjk
    npm pack @expo-google-fonts/noto-emoji && tar xzf expo-google-fonts-noto-emoji-*.tgz
    /tmp/fontvenv/bin/python scripts/subset_fonts.py \\
        /tmp/noto-cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \\
        package/400Regular/NotoEmoji_400Regular.ttf resources/fonts

* ``FieldServiceHanExtB.ttf``: the ideographs of Big5-HKSCS (Python's
  ``big5hkscs`` codec: HKSCS-2004) beyond the basic plane (CJK Extension B and
  the compatibility supplement), plus 𠮷 (U+20BB7), and the few HKSCS characters
  of the basic plane that Open Sans and Droid Sans Fallback lack (pinyin vowels
  with tone marks, circled and Roman numerals, box drawing, ★ ※ ℃ ...), taken
  from Noto Sans CJK HK Regular. Its cubic (CFF) outlines are converted to
  TrueType quadratic ones within 2/1000 em, since ReportLab embeds only
  TrueType outlines.
* ``FieldServiceEmoji.ttf``: every emoji (and emoji component) of Noto Emoji
  Regular, the monochrome outline Noto Emoji, without its ligatures (ReportLab
  does no shaping: flags, skin tones and ZWJ families print as their parts);
  its outlines re-fitted within 1/512 em to fewer points.

Both are renamed, as the SIL Open Font License asks of modified versions, and
have no hinting or layout tables. Printed at 12 pt, the outlines move by less
than 0.03 pt, far below a printer's dot.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.qu2cuPen import Qu2CuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem

EXTRA_HAN = {0x20BB7}  # 𠮷, the "tsuchi-yoshi" variant of 吉, common in family names
HAN_EM = 1000
HAN_MAX_ERR = 2.0  # font units at HAN_EM
EMOJI_EM = 512
EMOJI_MAX_ERR = 1.0  # font units at EMOJI_EM


def han_characters(shipped: Path) -> set[int]:
    """The characters of Big5-HKSCS beyond the basic plane, and those in it that the
    shipped fonts (Open Sans, Droid Sans Fallback) have no glyph for, plus 𠮷."""
    hkscs: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                text = bytes([lead, trail]).decode("big5hkscs")
            except UnicodeDecodeError:
                continue
            hkscs.update(ord(c) for c in text)
    covered: set[int] = set()
    for name in ("OpenSans-Regular.ttf", "DroidSansFallbackFull.ttf"):
        covered.update(TTFont(str(shipped / name), lazy=True).getBestCmap())
    return {c for c in hkscs if c >= 0x20000 or (c >= 0x80 and c not in covered)} | EXTRA_HAN


def emoji_characters(font: TTFont) -> set[int]:
    return {
        code
        for code in font.getBestCmap()
        if 0x2000 <= code < 0xE0000  # not ASCII digits, #, *, tags or private use
    } | {0x200D, 0xFE0F, 0x20E3}


def subset_font(font: TTFont, characters: set[int]) -> None:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "STAT", "DSIG"]
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont, max_err: float) -> None:
    """Replace the CFF outlines of *font* with TrueType quadratic ones."""
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph(dropImpliedOnCurves=True)
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = glyphs
    del font["CFF "]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}


def refit(font: TTFont, max_err: float) -> None:
    """Re-fit the quadratic outlines of *font* (to cubics and back) with fewer points."""
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Qu2CuPen(Cu2QuPen(pen, max_err), max_err, all_cubic=True))
        glyf[name] = pen.glyph(dropImpliedOnCurves=True)


def rename(font: TTFont, family: str, postscript: str, notice: str) -> None:
    names = font["name"]
    names.names = [n for n in names.names if n.nameID in (0, 13, 14)]
    for name_id, value in (
        (1, family),
        (2, "Regular"),
        (3, f"{postscript};subset"),
        (4, family),
        (5, "Version 1.000"),
        (6, postscript),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
    names.setName(notice, 10, 3, 1, 0x409)


def main(noto_cjk: Path, noto_emoji: Path, out: Path) -> None:
    collection = TTCollection(str(noto_cjk))
    han = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK HK")
    subset_font(han, han_characters(out))
    cff_to_glyf(han, HAN_MAX_ERR)
    scale_upem(han, HAN_EM)
    rename(
        han,
        "FieldService Han Ext-B",
        "FieldServiceHanExtB-Regular",
        "Subset of Noto Sans CJK HK Regular: the Big5-HKSCS ideographs beyond the BMP.",
    )
    han.save(str(out / "FieldServiceHanExtB.ttf"))

    emoji = TTFont(str(noto_emoji))
    subset_font(emoji, emoji_characters(emoji))
    scale_upem(emoji, EMOJI_EM)
    refit(emoji, EMOJI_MAX_ERR)
    rename(
        emoji,
        "FieldService Emoji",
        "FieldServiceEmoji-Regular",
        "Subset of Noto Emoji Regular (monochrome), without ligatures.",
    )
    emoji.save(str(out / "FieldServiceEmoji.ttf"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
