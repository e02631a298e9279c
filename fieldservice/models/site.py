"""The service centres (sites), local settings and document number sequences."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldservice.models.base import Base, SyncMixin


class Site(SyncMixin, Base):
    """A service centre of the network. Owned by the head office once sync runs;
    the local centre's own row is created at first-run setup."""

    __tablename__ = "site"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # ISO 3166 region used to read phone numbers typed without a country code.
    country: Mapped[str] = mapped_column(String(2), default="GB")


class LocalSetting(Base):
    """Settings of this installation (never synced): which site this is, and the like."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """The last number given out for one kind of document at this site.

    Numbers are ``<site>-<kind>-<seq>``; because site codes are unique across the
    network, so are the numbers. Never synced: each site counts its own.
    """

    __tablename__ = "number_sequence"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
