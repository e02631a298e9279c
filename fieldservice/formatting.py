"""Dates, moments, numbers, money and spans of time as people read them, in one
of the languages the program speaks: the one formatting module, used by the
screens and by printing alike (DESIGN.md, "Languages").

Every function takes the language explicitly: ``"en"``, ``"zh_CN"`` or
``"zh_TW"`` (the UI's language codes; Babel's locales ``en``, ``zh_Hans_CN`` and
``zh_Hant_TW``). English is written as the screens always wrote it: the day
before the month in letters (``7 Dec 2026``), a 24-hour clock, and short unit
words for spans (``2 d 4 h``). Chinese is written as it is on paper in China and
Taiwan: ``2026年12月7日``, ``2天4小时`` / ``2天4小時``, ``¥1,234.50`` / ``NT$1,234.50``.

Aware moments are shown in the computer's local time; a naive one is taken as
UTC, the way moments are stored.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "zh_TW")
"""The languages the program speaks, as the UI names them."""

_LOCALES: dict[str, str] = {"en": "en", "zh_CN": "zh_Hans_CN", "zh_TW": "zh_Hant_TW"}

DateStyle = Literal["medium", "short", "weekday", "month", "short_month"]

# The day's patterns (CLDR pattern letters). English keeps the day-month-year
# order the screens have always used (Babel's "en" would say "Dec 7, 2026").
_DATE_PATTERNS: dict[str, dict[str, str]] = {
    "en": {
        "medium": "d MMM y",
        "short": "d MMM",
        "weekday": "EEE d MMM",
        "month": "MMM y",
        "short_month": "MMM",
    },
    "zh": {
        "medium": "y年M月d日",
        "short": "M月d日",
        "weekday": "M月d日EEE",
        "month": "y年M月",
        "short_month": "M月",
    },
}
_CLOCK = "HH:mm"

# Spans: the words for days, hours and minutes, and what stands between them.
_SPAN_WORDS: dict[str, tuple[str, str, str, str]] = {
    "en": ("%d d", "%d h", "%d min", " "),
    "zh_CN": ("%d天", "%d小时", "%d分钟", ""),
    "zh_TW": ("%d天", "%d小時", "%d分鐘", ""),
}


def locale(language: str) -> Locale:
    """The Babel locale of a UI language code; ValueError for a language not spoken."""
    try:
        return Locale.parse(_LOCALES[language])
    except KeyError:
        raise ValueError(f"Not a language of the program: {language!r}") from None


def _family(language: str) -> str:
    locale(language)  # refuses a language not spoken
    return "en" if language == "en" else "zh"


def _local(value: dt.datetime) -> dt.datetime:
    """*value* in local time (a naive moment is UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


# -- days and moments -----------------------------------------------------------------------


def date(value: dt.date, language: str, *, style: DateStyle = "medium") -> str:
    """A day with the month in letters (or, in Chinese, its own marks).

    ``medium``: en "7 Dec 2026", zh "2026年12月7日"; ``short``, for a day of this
    year, without the year: en "7 Dec", zh "12月7日"; ``weekday``, a day of a week
    on show: en "Mon 7 Dec", zh_CN "12月7日周一", zh_TW "12月7日週一"; ``month``, the
    month it falls in: en "Dec 2026", zh "2026年12月", and ``short_month`` without
    the year: en "Dec", zh "12月". A datetime
    is taken as its day as it stands (convert it to local time first).
    """
    pattern = _DATE_PATTERNS[_family(language)][style]
    day = dt.date(value.year, value.month, value.day)
    return babel_dates.format_date(day, pattern, locale=locale(language))


def clock(value: dt.datetime | dt.time, language: str) -> str:
    """A time of day on a 24-hour clock, "14:02"; a datetime in local time."""
    if isinstance(value, dt.datetime):
        value = _local(value).time()
    return babel_dates.format_time(value, _CLOCK, locale=locale(language))


def moment(
    value: dt.datetime, language: str, *, style: Literal["medium", "short"] = "medium"
) -> str:
    """A moment in local time: en "25 Nov 2026, 14:02", zh "2026年11月25日 14:02";
    ``short`` leaves out the year (en "25 Nov, 14:02", zh "11月25日 14:02")."""
    local = _local(value)
    separator = ", " if language == "en" else " "
    return f"{date(local, language, style=style)}{separator}{clock(local, language)}"


# -- numbers and money ----------------------------------------------------------------------


def number(value: int | float | Decimal, language: str, decimals: int | None = None) -> str:
    """A number with the language's grouping and decimal mark: "1,234.5".

    *decimals* given: exactly that many decimals, rounded half-even ("1,234.50"
    for 2, "1,235" for 0); not given: the digits the value has (a whole number
    has none).
    """
    where = locale(language)
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=where, decimal_quantization=False)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=where)


def money(amount: Decimal | int | float, currency: str | None, language: str) -> str:
    """An amount of money.

    Without a *currency*, the plain number with 2 decimals ("1,234.50"), as the
    screens show amounts in the centre's currency. With one, with the currency's
    sign where the language puts it and the currency's decimals: zh_CN CNY
    "¥1,234.50", zh_TW TWD "NT$1,234.50", en GBP "£1,234.50". A bare "$" is kept
    for US dollars only: another dollar gets its international sign (NT$, HK$).
    """
    if currency is None:
        return number(amount, language, 2)
    where = locale(language)
    text = babel_numbers.format_currency(amount, currency, locale=where)
    symbol = babel_numbers.get_currency_symbol(currency, locale=where)
    if symbol == "$" and currency != "USD":
        text = text.replace("$", babel_numbers.get_currency_symbol(currency, locale="en"), 1)
    return text


# -- spans of time --------------------------------------------------------------------------


def duration(delta: dt.timedelta, language: str, *, short: bool = False) -> str:
    """A span in whole minutes, its sign left out, in the two largest units that
    matter: en "2 d 4 h", "2 d", "3 h 20 min", "12 min"; zh_CN "2天4小时",
    "3小时20分钟", "12分钟"; zh_TW "2天4小時", "3小時20分鐘", "12分鐘".

    Days drop the minutes; hours drop the minutes when there are none or *short*
    asks (a list column); under an hour, the minutes alone ("0 min").
    """
    locale(language)  # refuses a language not spoken
    day_word, hour_word, minute_word, between = _SPAN_WORDS[language]
    minutes = int(abs(delta).total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return day_word % days + (between + hour_word % hours if hours else "")
    if hours:
        return hour_word % hours + (between + minute_word % mins if mins and not short else "")
    return minute_word % mins
