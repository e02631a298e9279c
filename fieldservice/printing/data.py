"""What each printed document shows, as plain data gathered by the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CentreHeader:
    """The issuing service centre, printed at the top of every document."""

    code: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class CertificateData:
    """A warranty certificate: everything printed on it.

    ``number`` (e.g. ``LD01-WC-000123``) is printed in text and encoded in the
    QR code; scanning it at the desk opens the registration.
    """

    number: str
    centre: CentreHeader
    product_name: str
    product_sku: str
    brand: str
    model: str
    serial: str
    customer_name: str
    customer_address: str
    customer_phone: str
    purchase_date: dt.date
    warranty_end: dt.date
    service_end: dt.date
    warranty_months: int
    service_months: int
    extension_months: int
    dealer: str
    invoice_ref: str
    registered_on: dt.date
    issued_on: dt.date
    terms: str
    void_conditions: tuple[str, ...]
