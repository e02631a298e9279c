"""Moments, spans, money and quantities as people read them on screen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from fieldservice.services import stock
from ui.common.words import tr

# -- time and money ------------------------------------------------------------------------


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def when(moment: dt.datetime | None) -> str:
    """A moment in local time, with the month in letters: "25 Nov 2026, 14:02"."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=dt.UTC).astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return f"{day}, {locale.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def duration(delta: dt.timedelta, *, short: bool = False) -> str:
    """A span in words people glance at: "2 d 4 h", "3 h 20 min", "12 min";
    *short* leaves out the minutes of a span of hours (for a list column)."""
    minutes = int(abs(delta).total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr("%d d %d h") % (days, hours) if hours else tr("%d d") % days
    if hours:
        return tr("%d h %d min") % (hours, mins) if mins and not short else tr("%d h") % hours
    return tr("%d min") % mins


def short_when(moment: dt.datetime) -> str:
    """A moment this year without the year: "25 Nov, 14:02"."""
    local = moment.astimezone()
    if local.year != dt.date.today().year:
        return when(moment)
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM")
    return f"{day}, {locale.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return QLocale().toString(float(amount), "f", 2)


def quantity(amount: Decimal) -> str:
    return stock.shown(Decimal(amount))


def day_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
