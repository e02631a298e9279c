"""The one formatting module: days, moments, numbers, money and spans in English,
Simplified Chinese (China) and Traditional Chinese (Taiwan)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fieldservice import formatting


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    """Local time is UTC here, so that a moment's day and hour are known."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()
    yield
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("en", dt.date(2026, 12, 7), "7 Dec 2026"),
        ("en", dt.date(2024, 2, 29), "29 Feb 2024"),
        ("en", dt.date(2025, 9, 1), "1 Sep 2025"),
        ("zh_CN", dt.date(2026, 12, 7), "2026年12月7日"),
        ("zh_CN", dt.date(2024, 2, 29), "2024年2月29日"),
        ("zh_TW", dt.date(2026, 12, 7), "2026年12月7日"),
        ("zh_TW", dt.date(2024, 2, 29), "2024年2月29日"),
    ],
)
def test_a_day_has_its_year_and_the_month_in_the_languages_words(language, day, expected):
    assert formatting.date(day, language) == expected


@pytest.mark.parametrize(
    ("language", "short", "weekday"),
    [
        ("en", "29 Feb", "Thu 29 Feb"),
        ("zh_CN", "2月29日", "2月29日周四"),
        ("zh_TW", "2月29日", "2月29日週四"),
    ],
)
def test_a_day_of_this_year_may_leave_out_the_year(language, short, weekday):
    assert formatting.date(dt.date(2024, 2, 29), language, style="short") == short
    assert formatting.date(dt.date(2024, 2, 29), language, style="weekday") == weekday


def test_a_datetime_is_shown_as_its_day():
    assert formatting.date(dt.datetime(2024, 2, 29, 23, 59), "en") == "29 Feb 2024"


@pytest.mark.parametrize(
    ("language", "medium", "short"),
    [
        ("en", "25 Nov 2026, 14:02", "25 Nov, 14:02"),
        ("zh_CN", "2026年11月25日 14:02", "11月25日 14:02"),
        ("zh_TW", "2026年11月25日 14:02", "11月25日 14:02"),
    ],
)
def test_a_moment_is_its_day_and_a_24_hour_clock(language, medium, short):
    at = dt.datetime(2026, 11, 25, 14, 2, 59, tzinfo=dt.UTC)
    assert formatting.moment(at, language) == medium
    assert formatting.moment(at, language, style="short") == short
    assert formatting.clock(at, language) == "14:02"


def test_a_moment_is_shown_in_local_time_and_a_naive_one_is_utc(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Taipei")
    if not hasattr(time, "tzset"):
        pytest.skip("no time zones to set here")
    time.tzset()
    late = dt.datetime(2024, 2, 28, 16, 30, tzinfo=dt.UTC)  # 00:30 on the 29th in Taipei
    assert formatting.moment(late, "zh_TW") == "2024年2月29日 00:30"
    assert formatting.moment(late.replace(tzinfo=None), "en") == "29 Feb 2024, 00:30"
    assert formatting.moment(dt.datetime(2024, 2, 29, 15, 59, tzinfo=dt.UTC), "en") == (
        "29 Feb 2024, 23:59"
    )
    assert formatting.moment(dt.datetime(2024, 2, 29, 16, 0, tzinfo=dt.UTC), "en") == (
        "1 Mar 2024, 00:00"
    )


@pytest.mark.parametrize("language", formatting.LANGUAGES)
def test_numbers_are_grouped_with_the_decimals_asked_for(language):
    assert formatting.number(1234, language) == "1,234"
    assert formatting.number(Decimal("1234.5"), language) == "1,234.5"
    assert formatting.number(Decimal("1234.5"), language, 2) == "1,234.50"
    assert formatting.number(Decimal("7"), language, 0) == "7"
    assert formatting.number(0, language) == "0"


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", None, "1,234.50"),
        ("zh_CN", None, "1,234.50"),
        ("zh_TW", None, "1,234.50"),
        ("zh_CN", "CNY", "¥1,234.50"),
        ("zh_TW", "TWD", "NT$1,234.50"),
        ("en", "GBP", "£1,234.50"),
        ("en", "USD", "$1,234.50"),
        ("zh_TW", "USD", "US$1,234.50"),
    ],
)
def test_money_has_two_decimals_and_the_sign_of_its_currency(language, currency, expected):
    assert formatting.money(Decimal("1234.5"), currency, language) == expected


def test_money_without_a_currency_is_the_plain_number_the_screens_showed():
    assert formatting.money(Decimal("45"), None, "en") == "45.00"
    assert formatting.money(Decimal("0"), None, "en") == "0.00"
    assert formatting.money(Decimal("9.5"), None, "en") == "9.50"


SPANS = [
    (dt.timedelta(0), "0 min", "0分钟", "0分鐘"),
    (dt.timedelta(seconds=59), "0 min", "0分钟", "0分鐘"),
    (dt.timedelta(minutes=12), "12 min", "12分钟", "12分鐘"),
    (dt.timedelta(minutes=59), "59 min", "59分钟", "59分鐘"),
    (dt.timedelta(hours=1), "1 h", "1小时", "1小時"),
    (dt.timedelta(hours=3, minutes=20), "3 h 20 min", "3小时20分钟", "3小時20分鐘"),
    (dt.timedelta(days=1), "1 d", "1天", "1天"),
    (dt.timedelta(days=1, minutes=59), "1 d", "1天", "1天"),
    (dt.timedelta(days=2, hours=4, minutes=30), "2 d 4 h", "2天4小时", "2天4小時"),
    (dt.timedelta(days=4, hours=23, minutes=59), "4 d 23 h", "4天23小时", "4天23小時"),
    (-dt.timedelta(hours=3), "3 h", "3小时", "3小時"),
]


@pytest.mark.parametrize(("delta", "en", "zh_cn", "zh_tw"), SPANS)
def test_a_span_is_said_in_its_two_largest_units(delta, en, zh_cn, zh_tw):
    assert formatting.duration(delta, "en") == en
    assert formatting.duration(delta, "zh_CN") == zh_cn
    assert formatting.duration(delta, "zh_TW") == zh_tw


def test_a_short_span_of_hours_leaves_out_the_minutes():
    span = dt.timedelta(hours=3, minutes=20)
    assert formatting.duration(span, "en", short=True) == "3 h"
    assert formatting.duration(span, "zh_CN", short=True) == "3小时"
    assert formatting.duration(span, "zh_TW", short=True) == "3小時"
    assert formatting.duration(dt.timedelta(minutes=20), "en", short=True) == "20 min"


def test_a_language_the_program_does_not_speak_is_refused():
    with pytest.raises(ValueError, match="fr"):
        formatting.date(dt.date(2026, 1, 1), "fr")
    with pytest.raises(ValueError):
        formatting.duration(dt.timedelta(0), "zh")
    assert str(formatting.locale("zh_TW")) == "zh_Hant_TW"
    assert str(formatting.locale("zh_CN")) == "zh_Hans_CN"
