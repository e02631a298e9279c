"""Checks and normalisation of what people type, with messages they understand."""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from fieldservice.errors import InvalidInput

_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


def required(value: str, field: str, label: str) -> str:
    """The value trimmed; refused if empty."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(f"Enter the {label}.", field=field)
    return value


def limited(value: str, field: str, label: str, max_length: int) -> str:
    value = (value or "").strip()
    if len(value) > max_length:
        raise InvalidInput(
            f"The {label} is too long ({len(value)} characters; at most {max_length}).",
            field=field,
        )
    return value


def phone(value: str, region: str, field: str = "phone") -> tuple[str, str]:
    """A phone number as (display form, E.164 key); ("", "") when left empty.

    Numbers without a country code are read as numbers of *region* (the centre's
    country). Letters, too few or too many digits are refused.
    """
    value = (value or "").strip()
    if not value:
        return "", ""
    if not _PHONE_CHARS.match(value):
        raise InvalidInput(
            f"“{value}” is not a phone number: use digits, spaces and an optional + "
            "with the country code.",
            field=field,
        )
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        prefix = phonenumbers.country_code_for_region(region)
        raise InvalidInput(
            f"“{value}” is not a valid phone number for {region}: check the digits, or "
            f"start with + and the country code (e.g. +{prefix}).",
            field=field,
        )
    key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    same_country = phonenumbers.region_code_for_number(parsed) == region
    display = phonenumbers.format_number(
        parsed,
        phonenumbers.PhoneNumberFormat.NATIONAL
        if same_country
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    )
    return display, key


def phone_key_or_none(value: str, region: str) -> str | None:
    """The E.164 form of *value* if it reads as a phone number, else None (no error)."""
    try:
        return phone(value, region)[1] or None
    except InvalidInput:
        return None


def email(value: str, field: str = "email") -> str:
    """An e-mail address, normalised; "" when left empty."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(f"“{value}” is not a valid e-mail address: {exc}", field=field) from None


def not_in_future(value: dt.date | None, field: str, label: str) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise InvalidInput(
            f"The {label} {value:%d %b %Y} is in the future.",
            field=field,
        )
    return value


def serial(value: str, field: str = "serial") -> str:
    """A serial number as stored and matched: trimmed, inner spaces removed, upper case."""
    value = re.sub(r"\s+", "", (value or "")).upper()
    if not value:
        raise InvalidInput("Enter the serial number (scan the label or type it).", field=field)
    if len(value) > 80:
        raise InvalidInput("The serial number is too long (at most 80 characters).", field=field)
    return value
