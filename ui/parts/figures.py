"""How the parts screens write quantities, money and moments, and the colours
they show them in.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from fieldservice.services import stock
from ui.common import formatting

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NEGATIVE = QColor("#b42318")
MUTED = QColor("#6b7a8c")
REVERSED = QColor("#8a97a6")


def local_time(moment: dt.datetime | None) -> str:
    """A stored (UTC) moment as the clerk reads it: local time, month in letters."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{formatting.day_text(local)} {formatting.clock(local)}"


def quantity_text(value: Decimal | None) -> str:
    """A quantity as people write it (2, 2.5; never 2.000)."""
    return "" if value is None else stock.shown(value)


def signed(value: Decimal) -> str:
    """A movement's quantity with its sign: +5, −2."""
    text = quantity_text(abs(value))
    return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else text


def short_time(moment: dt.datetime) -> str:
    """A moment in local time, without the year when it is this year's."""
    local = moment.astimezone() if moment.tzinfo else moment
    if local.year != dt.date.today().year:
        return local_time(moment)
    return f"{formatting.short_day(local.date())} {formatting.clock(local)}"


def where(location: str, bin_code: str) -> str:
    return f"{location} / {bin_code}" if bin_code else location
