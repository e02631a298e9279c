"""What people type, checked and put in one form: the quick paths an import takes
row after row give exactly what the full checks give."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldservice.errors import InvalidInput
from fieldservice.services import validation

_LOCAL = st.text(
    alphabet=st.sampled_from("abcXYZ019.+-_!#'\"(),:;<>@[] é王"), min_size=0, max_size=70
)
_DOMAIN = st.sampled_from(
    [
        "example.com",
        "QQ.COM",
        "163.com",
        "mail.example.org",
        "localhost",
        "invalid",
        "x.test",
        "-bad.com",
        "bad..com",
        "[127.0.0.1]",
        "例子.中国",
        "a" * 250 + ".com",
        "",
    ]
)


def _full_check(address: str) -> str | None:
    try:
        return validate_email(address.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _ours(address: str) -> str | None:
    try:
        return validation.email(address)
    except InvalidInput:
        return None


@settings(max_examples=400, deadline=None)
@given(local=_LOCAL, domain=_DOMAIN)
def test_an_address_is_taken_or_refused_as_the_full_check_would(local, domain):
    address = f"{local}@{domain}"
    assert _ours(address) == _full_check(address)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Wang.Xiaoming@QQ.COM", "Wang.Xiaoming@qq.com"),
        ("  li+shop@163.com ", "li+shop@163.com"),
        ("李@例子.中国", "李@例子.中国"),
    ],
)
def test_an_address_keeps_its_local_part_and_lowers_its_domain(typed, kept):
    assert validation.email(typed) == kept


@pytest.mark.parametrize("typed", ["ann@", "ann@localhost", "a..b@example.com", "a@b@c.com"])
def test_a_bad_address_is_refused_with_the_reason(typed):
    with pytest.raises(InvalidInput) as refused:
        validation.email(typed)
    assert refused.value.field == "email"
    assert "is not a valid e-mail address:" in refused.value.message


@pytest.mark.parametrize(
    ("typed", "region", "shown", "key"),
    [
        ("0113 496 0123", "GB", "0113 496 0123", "+441134960123"),
        ("13800138000", "CN", "138 0013 8000", "+8613800138000"),
        ("010-12345678", "CN", "010 1234 5678", "+861012345678"),
        ("+44 113 496 0123", "CN", "+44 113 496 0123", "+441134960123"),
        ("0912 345 678", "TW", "0912 345 678", "+886912345678"),
        ("9123 4567", "HK", "9123 4567", "+85291234567"),
        # A Jersey mobile typed at a British centre: valid, shown as international.
        ("07797 123456", "GB", "+44 7797 123456", "+447797123456"),
    ],
)
def test_a_phone_number_is_shown_nationally_only_when_it_is_the_centres_country(
    typed, region, shown, key
):
    assert validation.phone(typed, region) == (shown, key)


@pytest.mark.parametrize(("typed", "region"), [("0113 49", "GB"), ("1380013800", "CN")])
def test_a_phone_number_too_short_for_any_country_is_refused(typed, region):
    with pytest.raises(InvalidInput) as refused:
        validation.phone(typed, region)
    assert f"not a valid phone number for {region}" in refused.value.message


@pytest.mark.parametrize(
    ("language", "region", "named"),
    [("en", "CN", "for CN"), ("zh_CN", "CN", "中国"), ("zh_TW", "TW", "台灣")],
)
def test_a_bad_phone_number_names_the_country_in_the_programs_language(language, region, named):
    from fieldservice import i18n

    i18n.use_language(language)
    try:
        with pytest.raises(InvalidInput) as refused:
            validation.phone("0912", region)
    finally:
        i18n.use_language("en")
    assert named in refused.value.message
