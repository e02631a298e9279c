"""This service centre: first-run setup and its details."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from fieldservice.db import SITE_CODE_SETTING, Database
from fieldservice.errors import InvalidInput, SiteNotInitialised
from fieldservice.i18n import N_, _
from fieldservice.models import LocalSetting, Site
from fieldservice.services import validation

SITE_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    address: str
    phone: str
    email: str
    country: str


def _info(site: Site) -> SiteInfo:
    return SiteInfo(site.code, site.name, site.address, site.phone, site.email, site.country)


def _check_country(country: str) -> str:
    from phonenumbers import SUPPORTED_REGIONS  # loaded when a country is set, not at start

    country = (country or "").strip().upper()
    if country not in SUPPORTED_REGIONS:
        raise InvalidInput(
            _("“{country}” is not a country code: use two letters, e.g. GB, DE, CN.").format(
                country=country
            ),
            field="country",
        )
    return country


def setup_site(
    db: Database,
    code: str,
    name: str,
    *,
    country: str = "GB",
    address: str = "",
    phone: str = "",
    email: str = "",
) -> SiteInfo:
    """Make this installation the centre *code*. Done once; the code cannot change,
    because every document number the centre prints starts with it."""
    code = (code or "").strip().upper()
    if not SITE_CODE.match(code):
        raise InvalidInput(
            _("The site code is 2 to 8 letters or digits, starting with a letter (e.g. SH01)."),
            field="code",
        )
    name = validation.required(name, "name", N_("centre's name"))
    country = _check_country(country)
    phone_display, _phone_key = validation.phone(phone, country)
    email = validation.email(email)
    if db.site_code and db.site_code != code:
        raise InvalidInput(
            _(
                "This database already belongs to centre {centre}; its site code cannot be changed."
            ).format(centre=db.site_code),
            field="code",
        )
    db.set_site(code)
    db.cache.pop("region", None)
    with db.write() as s:
        site = s.scalar(select(Site).where(Site.code == code))
        if site is None:
            site = Site(code=code)
            s.add(site)
        site.name = name
        site.country = country
        site.address = (address or "").strip()
        site.phone = phone_display
        site.email = email
        s.merge(LocalSetting(key=SITE_CODE_SETTING, value=code))
        s.flush()
        return _info(site)


def is_set_up(db: Database) -> bool:
    return db.site_code is not None


def current_site(db: Database) -> SiteInfo:
    """The details of this centre; raises SiteNotInitialised before first-run setup."""
    code = db.require_site()
    with db.read() as s:
        site = s.scalar(select(Site).where(Site.code == code))
        if site is None:  # pragma: no cover - the setting and the row are written together
            raise SiteNotInitialised(
                _("The details of centre {centre} are missing.").format(centre=db.site_code)
            )
        return _info(site)


def update_site(
    db: Database, *, name: str, country: str, address: str = "", phone: str = "", email: str = ""
) -> SiteInfo:
    """Change this centre's name, address and contact details (not its code)."""
    return setup_site(
        db,
        current_site(db).code,
        name,
        country=country,
        address=address,
        phone=phone,
        email=email,
    )


def region(db: Database) -> str:
    """The country whose phone numbers can be typed without a country code here."""
    if "region" not in db.cache:
        db.cache["region"] = current_site(db).country
    return str(db.cache["region"])
