"""Moments, spans, money and quantities as people read them on screen.

The words come from :mod:`fieldservice.formatting`, the one formatting module the
screens and printing share, in the language the UI speaks: ``ui.app`` calls
:func:`use_language` when it installs the translations ("en" until then).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fieldservice import formatting, i18n
from fieldservice.services import stock

_language = "en"


def use_language(code: str) -> None:
    """Show dates, numbers, money and spans in *code* ("en", "zh_CN", "zh_TW")
    from now on; ValueError for a language the program does not speak."""
    global _language
    formatting.locale(code)  # refuses a language not spoken
    _language = code
    # The core's messages (a service's refusal shown at its field) follow.
    i18n.use_language(code)


def language() -> str:
    """The language dates, numbers and spans are shown in ("en" unless told)."""
    return _language


# -- time and money ------------------------------------------------------------------------


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def when(moment: dt.datetime | None) -> str:
    """A moment in local time, with the month in letters: "25 Nov 2026, 14:02"
    (a naive moment is UTC)."""
    if moment is None:
        return ""
    return formatting.moment(moment, _language)


def duration(delta: dt.timedelta, *, short: bool = False) -> str:
    """A span in words people glance at: "2 d 4 h", "3 h 20 min", "12 min";
    *short* leaves out the minutes of a span of hours (for a list column)."""
    return formatting.duration(delta, _language, short=short)


def short_when(moment: dt.datetime) -> str:
    """A moment this year without the year: "25 Nov, 14:02"."""
    local = moment.astimezone()
    if local.year != dt.date.today().year:
        return when(moment)
    return formatting.moment(local, _language, style="short")


def clock(moment: dt.datetime) -> str:
    """The time of day of a moment, in local time: "14:02"."""
    return formatting.clock(moment.astimezone(), _language)


def money(amount: Decimal | None, currency: str | None = None) -> str:
    """An amount: the plain number with 2 decimals, or with *currency*'s sign."""
    if amount is None:
        return ""
    return formatting.money(amount, currency, _language)


def number(value: int | Decimal, decimals: int | None = None) -> str:
    """A count or a figure with the language's grouping: "1,234"."""
    return formatting.number(value, _language, decimals)


def quantity(amount: Decimal) -> str:
    return stock.shown(Decimal(amount))


def day_text(value: dt.date | None) -> str:
    """A day with its year: "7 Dec 2026", "2026年12月7日"."""
    if value is None:
        return ""
    return formatting.date(value, _language)


def short_day(value: dt.date | None, on: dt.date | None = None) -> str:
    """A day without the year when it is in the year of *on* (today): "7 Dec",
    else with it: "7 Dec 2025"."""
    if value is None:
        return ""
    same_year = value.year == (on or dt.date.today()).year
    return formatting.date(value, _language, style="short" if same_year else "medium")


def month_text(value: dt.date, *, short: bool = False) -> str:
    """The month a day falls in: "Dec 2026", "2026年12月"; *short*, without the
    year (under a chart's bars): "Dec", "12月"."""
    return formatting.date(value, _language, style="short_month" if short else "month")


def weekday_day(value: dt.date) -> str:
    """A day of a week on show: "Mon 7 Dec"."""
    return formatting.date(value, _language, style="weekday")
