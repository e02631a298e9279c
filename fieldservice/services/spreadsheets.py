"""Spreadsheets as offices save them: the text of a CSV file in whatever encoding
Excel used, and the cells of an XLSX workbook.

Excel saves "CSV" in the computer's own code page: GB18030/GBK on a mainland
Chinese Windows, Big5 in Taiwan and Hong Kong, Windows-1252 in western Europe;
"CSV UTF-8" with a byte-order mark; "Unicode text" as UTF-16 with one. A file
says nothing of which, and a short one can read as several (the GBK bytes of
李四 are also valid Big5). So: a byte-order mark decides; text that is valid
UTF-8 is UTF-8; UTF-16 without a mark shows by its zero bytes; otherwise every
legacy encoding that reads the file is scored by charset-normalizer's measure
of mess (mojibake scores high), and a tie goes to the encoding of the centre's
country. A file no encoding reads cleanly is refused, never imported as
mojibake.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from charset_normalizer.md import mess_ratio

from fieldservice.errors import InvalidInput
from fieldservice.i18n import N_, _

# The legacy encodings tried, in the order a tie is settled for each country.
_BY_REGION: dict[str, tuple[str, ...]] = {
    "CN": ("gb18030", "big5hkscs", "cp1252"),
    "TW": ("big5", "gb18030", "cp1252"),
    "HK": ("big5hkscs", "gb18030", "cp1252"),
    "MO": ("big5hkscs", "gb18030", "cp1252"),
}
_ELSEWHERE = ("cp1252", "gb18030", "big5hkscs")

# Above this share of odd characters a reading is mojibake (charset-normalizer's
# own threshold for "not this encoding" is 0.2).
_MOST_MESS = 0.2

ENCODING_NAMES: dict[str, str] = {
    "utf-8": N_("UTF-8"),
    "utf-8-sig": N_("UTF-8 with a byte-order mark"),
    "utf-16": N_("UTF-16 (Unicode text)"),
    "utf-16-le": N_("UTF-16 (Unicode text)"),
    "utf-16-be": N_("UTF-16 (Unicode text)"),
    "gb18030": N_("GB18030 (Simplified Chinese, GBK)"),
    "big5": N_("Big5 (Traditional Chinese)"),
    "big5hkscs": N_("Big5-HKSCS (Traditional Chinese, Hong Kong)"),
    "cp1252": N_("Windows-1252 (Western European)"),
    "xlsx": N_("Excel workbook (XLSX)"),
}


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in (a key of ENCODING_NAMES)."""

    text: str
    encoding: str

    @property
    def described(self) -> str:
        return _(ENCODING_NAMES[self.encoding])


def decode(raw: bytes, region: str = "") -> Decoded:
    """The text of a CSV file, read in the encoding it was saved in (see the module's
    note); *region* is the centre's country, which settles a tie."""
    if raw.startswith(codecs.BOM_UTF8):
        return Decoded(raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(raw, "utf-16")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    sample = raw[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        # Half the bytes of Latin text in UTF-16 are zeros: which half says the order.
        odd_zeros = sample[1::2].count(0) > sample[0::2].count(0)
        return _utf16(raw, "utf-16-le" if odd_zeros else "utf-16-be")
    readings = []
    for order, encoding in enumerate(_BY_REGION.get(region.upper(), _ELSEWHERE)):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((mess_ratio(text[:20_000], maximum_threshold=1.0), order, text, encoding))
    if readings:
        mess, _order, text, encoding = min(readings)
        if mess < _MOST_MESS:
            return Decoded(text, encoding)
    raise InvalidInput(
        _(
            "The file's characters cannot be read in any encoding a spreadsheet saves "
            "(UTF-8, UTF-16, GB18030, Big5, Windows-1252). Save it from Excel as "
            "“CSV UTF-8” and import it again."
        )
    )


def _utf16(raw: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(raw.decode(encoding), encoding)
    except UnicodeDecodeError:
        raise InvalidInput(
            _("The file starts as UTF-16 text but is damaged further on; nothing was imported.")
        ) from None


def is_workbook(raw: bytes) -> bool:
    """An XLSX workbook (a ZIP file) rather than text."""
    return raw.startswith(b"PK\x03\x04")


def workbook_rows(raw: bytes) -> list[tuple[int, list[str]]]:
    """The first sheet of an XLSX workbook: (row number as Excel shows it, cells as
    text) for each row with something in it, the header first.

    Cells are read as a person sees them: a whole number without ".0" (a phone
    number typed into a number cell, 13800138000), a date as YYYY-MM-DD.
    """
    from openpyxl import load_workbook  # only an XLSX import needs it

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InvalidInput(
            _("The file is not an Excel workbook that can be read ({reason}).").format(
                reason=type(exc).__name__
            )
        ) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [_cell_text(value) for value in cells]
            if any(v.strip() for v in values):
                rows.append((number, values))
        return rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def display_width(text: str) -> int:
    """Columns *text* takes in a spreadsheet: a Chinese character (East Asian wide or
    full-width) takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_table(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], title: str
) -> Path:
    """Write a table to ``.csv`` or ``.xlsx``, chosen by the file's suffix, so that
    Excel opens it right in any language: CSV in UTF-8 with a byte-order mark (Excel
    reads a CSV without one in the computer's code page, and Chinese turns to
    mojibake), XLSX with a bold, frozen header and columns as wide as their widest
    cell counting a Chinese character as two."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for row in rows:
                writer.writerow(["" if v is None else v for v in row])
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = title[:31]
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(display_width(_cell_text(c.value)) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
        book.save(path)
    else:
        raise InvalidInput(_("Export to a .csv or .xlsx file."), field="output")
    return path
