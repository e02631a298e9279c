"""What each printed document shows, as plain data gathered by the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CentreHeader:
    """The issuing service centre, printed at the top of every document."""

    code: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    # The document language ("en", "zh_CN", "zh_TW") and whether headings and
    # labels carry the English too (Chinese first); see services/documents.py.
    language: str = "en"
    bilingual: bool = False
    # The centre's own warranty terms / conditions of service in that language
    # ("" = the built-in text), and its currency (None = amounts without a sign).
    terms: str = ""
    currency: str | None = None


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
    # The policy's 三包 windows (None: not sold under 三包), printed in the terms.
    return_days: int | None = None
    exchange_days: int | None = None
    repairs_before_exchange: int | None = None


@dataclass(frozen=True)
class PartUsed:
    """A part fitted in the unit: issued to the order and not given back."""

    part_number: str
    description: str
    quantity: Decimal
    amount: Decimal  # what the parts cost the order


@dataclass(frozen=True)
class LabourDone:
    """One line of time spent on the order."""

    minutes: int
    description: str
    technician: str
    amount: Decimal


@dataclass(frozen=True)
class WorkCharges:
    """What the work cost and who pays it, in the centre's currency."""

    parts: Decimal
    labour: Decimal
    covered: Decimal  # by the warranty
    to_pay: Decimal  # by the customer

    @property
    def total(self) -> Decimal:
        return self.parts + self.labour


@dataclass(frozen=True)
class WorkOrderData:
    """A repair order as printed: the work order that travels with the device, its
    labels, and the customer's intake receipt.

    ``number`` (e.g. ``LD01-RO-000123``) is printed large and encoded in the QR
    code; scanning it at the desk opens the order.
    """

    number: str
    centre: CentreHeader
    opened_at: dt.datetime  # UTC; printed in local time
    promised_by: dt.datetime | None  # the resolution target, UTC
    status: str  # "Received", "In repair", ...
    priority: str  # "Normal", "Urgent", ...
    service_type: str  # "Fault repair", "Installation", ...
    channel: str  # "Walk-in", "Phone", ...
    customer_name: str
    customer_phone: str
    customer_email: str
    customer_address: str
    product_name: str
    product_sku: str
    brand: str
    model: str
    serial: str
    fault_reported: str
    accessories: str
    condition: str
    coverage: str  # "In warranty until 14 Mar 2027", "Service period (chargeable)", ...
    chargeable: bool
    technician: str
    received_by: str
    terms: str  # printed on the intake receipt above the signature line
    # The work as recorded so far. What is there is printed in place of the ruled
    # lines left for the technician's pen; while the work goes on, lines stay
    # below it for the rest.
    diagnosis: str = ""
    work_done: str = ""
    parts_used: tuple[PartUsed, ...] = ()
    labour: tuple[LabourDone, ...] = ()
    charges: WorkCharges | None = None  # the sum, once the work is finished
    completed_at: dt.datetime | None = None  # ready for pickup (UTC)
    delivered_at: dt.datetime | None = None  # handed back to the customer (UTC)
    work_finished: bool = False  # ready, delivered or cancelled: nothing left to write in
    # The 三包 decision taken at intake ("repair", "exchange", "refund"; "" for none)
    # and its reason as recorded.
    sanbao_decision: str = ""
    sanbao_reason: str = ""


@dataclass(frozen=True)
class PurchaseOrderItem:
    """One line of a purchase order: a part, how many, and where it is delivered."""

    part_number: str
    description: str
    supplier_part_number: str
    unit: str
    deliver_to: str  # the stock location, e.g. "MAIN · Main store"
    quantity: Decimal
    unit_cost: Decimal | None  # the catalogue's cost; None when not known


@dataclass(frozen=True)
class PurchaseOrderData:
    """A purchase order as sent to the supplier: every line ordered from them at
    once, and the date the centre expects the delivery."""

    number: str
    centre: CentreHeader
    supplier: str
    supplier_ref: str
    ordered_on: dt.date
    expected_on: dt.date | None
    ordered_by: str
    lines: tuple[PurchaseOrderItem, ...]
