"""Checks and normalisation of what people type, with messages they understand."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal

from fieldservice import formatting, i18n
from fieldservice.errors import InvalidFields, InvalidInput
from fieldservice.i18n import N_, _

_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")

# The local part (before the @) of most addresses: ASCII letters, digits and the
# other characters RFC 5322 allows unquoted, in dot-separated runs. Such a part is
# always valid and stays as typed (see :func:`email`).
_PLAIN_LOCAL_PART = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z"
)

# Characters no keyboard or scanner types into a field: the C0 and C1 control
# codes and DEL. They come in pasted from other programs or in exported files,
# and would show as boxes (or move the cursor) on screens, labels and printouts.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline allowed

# The earliest purchase or registration date taken: an earlier one is a typing
# mistake (a year 1 or 1900 from a spreadsheet), not an appliance still in service.
EARLIEST_DATE = dt.date(1970, 1, 1)

# The most of a part one movement, count line or reorder rule may name: more than
# any service centre's store holds, far inside what the ledger's 64-bit columns keep.
MAX_QUANTITY = Decimal(1_000_000)
# A meter reading (running hours, cycles, pages, km) can grow larger than a quantity.
MAX_METER_READING = Decimal(1_000_000_000)
# The most one amount of money may be: a unit cost, an hourly rate, a quote.
MAX_AMOUNT = Decimal(1_000_000)

# A number as people type it: digits with an optional decimal point or comma.
# Exponents ("1e9") are refused: they are a spreadsheet's way of showing a long
# number, so the digits meant are unknown.
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_EXPONENT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)[eE][+-]?\d+$")


def day(value: dt.date) -> str:
    """A day as a message shows it, in the program's language: English as messages
    have always written it ("07 Jan 2027"), Chinese as the formatting module does
    ("2027年1月7日")."""
    language = i18n.current_language()
    if language == "en":
        return f"{value:%d %b %Y}"
    return formatting.date(value, language)


def country_name(code: str) -> str:
    """A country as a message names it: its code in English, as messages always
    have ("GB"); its name in Chinese (中国, 台灣)."""
    language = i18n.current_language()
    if language == "en":
        return code
    return formatting.locale(language).territories.get(code.upper(), code)


def listed(items: Iterable[str]) -> str:
    """Items named in a message one after the other, in the program's language:
    "A, B, C" in English, "A、B、C" in Chinese."""
    return (", " if i18n.current_language() == "en" else "、").join(items)


class Problems:
    """The problems of one form, gathered field by field so that all are told at
    once: each check runs in ``with problems.collected():``, and
    :meth:`raise_any` raises what was found (the one problem itself, or
    :class:`InvalidFields` holding each in the form's order)."""

    def __init__(self) -> None:
        self.found: list[InvalidInput] = []

    @contextmanager
    def collected(self) -> Iterator[None]:
        try:
            yield
        except InvalidInput as problem:
            self.found.append(problem)

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise InvalidFields(self.found)


# The *label* a check takes names the field in its messages ("Enter the {label}."):
# an English noun marked with ``N_`` where it is written (``N_("customer's name")``)
# and translated here, in the message.


def printable(value: str, field: str, label: str, *, multiline: bool = False) -> str:
    """*value* unchanged if it holds no control characters (tab and newline are
    allowed in a *multiline* field); refused otherwise, saying which."""
    found = (_CONTROL_BUT_LINES if multiline else _CONTROL).search(value)
    if found is None:
        return value
    if found.group() == "\t":
        message = _("The {label} contains a tab: use a space instead.")
    elif found.group() in "\r\n":
        message = _("The {label} is one line: remove the line break.")
    else:
        message = _(
            "The {label} contains a control character (an invisible code, often pasted "
            "from another program): type it again without."
        )
    raise InvalidInput(message.format(label=_(label)), field=field)


def required(value: str, field: str, label: str) -> str:
    """The value trimmed; refused if empty or holding control characters other
    than tab and newline (a notes-like field may hold several lines)."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(_("Enter the {label}.").format(label=_(label)), field=field)
    return printable(value, field, label, multiline=True)


def limited(value: str, field: str, label: str, max_length: int) -> str:
    """A one-line text (a name, a reference, a code): trimmed, at most *max_length*
    characters, no control characters (no tab or line break either)."""
    value = printable((value or "").strip(), field, label)
    if len(value) > max_length:
        raise InvalidInput(
            _("The {label} is too long ({length} characters; at most {max_length}).").format(
                label=_(label), length=len(value), max_length=max_length
            ),
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
            _(
                "“{value}” is not a phone number: use digits, spaces and an optional + "
                "with the country code."
            ).format(value=value),
            field=field,
        )
    import phonenumbers  # its tables load when the first number is checked, not at start

    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        parsed = None
    # The number's own region, looked up once: is_valid_number() would look it up
    # a second time (an import checks a number a row). Most numbers are the
    # centre's country's, so that is tried first.
    number_region: str | None = region
    if parsed is not None and not phonenumbers.is_valid_number_for_region(parsed, region):
        number_region = phonenumbers.region_code_for_number(parsed)
        if number_region is not None and not phonenumbers.is_valid_number_for_region(
            parsed, number_region
        ):
            number_region = None
    if parsed is None or number_region is None:
        prefix = phonenumbers.country_code_for_region(region)
        raise InvalidInput(
            _(
                "“{value}” is not a valid phone number for {region}: check the digits, or "
                "start with + and the country code (e.g. +{prefix})."
            ).format(value=value, region=country_name(region), prefix=prefix),
            field=field,
        )
    key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    same_country = number_region == region
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
    local, at, domain = value.rpartition("@")
    # The common case, quickly (an import checks an address a row): a plain ASCII
    # local part stays as typed, and the domain is checked once per domain.
    plain = at and value.isascii() and len(local) <= 64 and len(value) <= 254
    if plain and _PLAIN_LOCAL_PART.match(local):
        checked = _email_domain(domain)
        if isinstance(checked, str):
            return f"{local}@{checked}"
    from email_validator import EmailNotValidError, validate_email  # loaded when first used

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(
            _("“{value}” is not a valid e-mail address: {reason}").format(
                value=value, reason=_(str(exc)) if str(exc) in EMAIL_REASONS else exc
            ),
            field=field,
        ) from None


# The reasons email_validator gives most often, translated where shown.
EMAIL_REASONS = frozenset(
    (
        N_("An email address must have an @-sign."),
        N_("There must be something after the @-sign."),
        N_("There must be something before the @-sign."),
        N_("The part after the @-sign is not valid. It should have a period."),
        N_("The part after the @-sign is not valid. It is not within a valid top-level domain."),
        N_("An email address cannot have two periods in a row."),
        N_("An email address cannot have a period and a hyphen next to each other."),
        N_("The email address contains an invalid character."),
        N_("The email address contains invalid characters before the @-sign."),
        N_("There can't be anything after the email address."),
    )
)


@functools.lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str | None:
    """The domain of an address as :func:`email` normalises it; None if an address
    there is refused (the whole address is then checked, for the reason)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(f"a@{domain}", check_deliverability=False).domain
    except EmailNotValidError:
        return None


def lines_of_text(value: str, field: str, label: str) -> str:
    """A text of several lines (an address, notes): trimmed, line ends made "\\n";
    tabs and line breaks allowed, other control characters refused."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return printable(value, field, label, multiline=True)


def past_date(value: dt.date | None, field: str, label: str) -> dt.date | None:
    """A day that has happened (a purchase, a registration): from 1 Jan 1970 to
    today, by this computer's calendar. None (not given) stays None."""
    if value is None:
        return None
    if value < EARLIEST_DATE:
        raise InvalidInput(
            _("The {label} {date} is before {year}: check the year.").format(
                label=_(label), date=value.isoformat(), year=EARLIEST_DATE.year
            ),
            field=field,
        )
    if value > dt.date.today():
        raise InvalidInput(
            _("The {label} {date} is in the future.").format(label=_(label), date=day(value)),
            field=field,
        )
    return value


def _number(value: object, field: str, not_this: str, digits_only: str) -> Decimal:
    """*value* (typed text, an int or a Decimal) as a finite Decimal; typed text in
    digits, with a decimal point or comma. *not_this* is the (translated) message
    for text that is no number, *digits_only* for a number with an exponent; both
    take ``{value}``."""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
    else:
        text = str(value if value is not None else "").strip()
        if not _NUMBER.match(text):
            if _EXPONENT.match(text):
                raise InvalidInput(digits_only.format(value=value), field=field)
            raise InvalidInput(not_this.format(value=value), field=field)
        number = Decimal(text.replace(",", "."))
    if not number.is_finite():
        raise InvalidInput(not_this.format(value=value), field=field)
    return number


def quantity(
    value: object,
    field: str = "quantity",
    *,
    allow_zero: bool = False,
    maximum: Decimal = MAX_QUANTITY,
) -> Decimal:
    """A quantity typed by a person: a number above zero (or zero when allowed), at
    most *maximum*, with at most 3 decimals."""
    number = _number(
        value,
        field,
        _("“{value}” is not a quantity."),
        _("“{value}” is not a quantity: write it with digits only (like 12 or 2.5)."),
    )
    if number < 0 or (number == 0 and not allow_zero):
        raise InvalidInput(_("Enter a quantity above zero."), field=field)
    if number > maximum:
        raise InvalidInput(
            _("“{value}” is too large a quantity (at most {maximum}).").format(
                value=value, maximum=f"{maximum:,}"
            ),
            field=field,
        )
    if number != number.quantize(Decimal("0.001")):
        raise InvalidInput(
            _("“{value}” is not a quantity (at most 3 decimals).").format(value=value),
            field=field,
        )
    return number


def money(value: object, field: str = "unit_cost") -> Decimal:
    """An amount of money: not negative, at most MAX_AMOUNT, rounded to 4 decimals."""
    not_money = _("“{value}” is not an amount of money.")
    number = _number(
        value,
        field,
        not_money,
        _("“{value}” is not an amount of money: write it with digits only (like 12 or 2.5)."),
    )
    if number < 0:
        raise InvalidInput(not_money.format(value=value), field=field)
    if number > MAX_AMOUNT:
        raise InvalidInput(
            _("“{value}” is too large an amount (at most {maximum}).").format(
                value=value, maximum=f"{MAX_AMOUNT:,.2f}"
            ),
            field=field,
        )
    return number.quantize(Decimal("0.0001"), ROUND_HALF_UP)


def serial(value: str, field: str = "serial") -> str:
    """A serial number as stored and matched: trimmed, inner spaces removed, upper case."""
    value = re.sub(r"\s+", "", (value or "")).upper()
    if not value:
        raise InvalidInput(_("Enter the serial number (scan the label or type it)."), field=field)
    printable(value, field, N_("serial number"))
    if len(value) > 80:
        raise InvalidInput(_("The serial number is too long (at most 80 characters)."), field=field)
    return value
