"""Importing warranty registrations from a dealer's CSV list.

Columns (names matched loosely; order free): ``serial``, ``product`` (the SKU),
``purchase_date`` (YYYY-MM-DD) are required; ``customer_name``,
``customer_phone``, ``customer_email``, ``customer_address``,
``customer_company``, ``dealer``, ``invoice_ref`` and ``registered_on`` are
optional.

Every bad row is reported with its line number and why, and changes nothing;
every good row is imported (with its customer). A serial already registered
with the same product and purchase date counts as "already there", so importing
the same file twice creates nothing twice.

The rows go in batches (:data:`csvfiles.BATCH_ROWS` to a transaction): each row
is checked first, then the batch's new customers, units and registrations are
written together. A row whose serial is a unit the centre has already (or whose
product has no policy) is registered on its own by the rules of
:func:`warranty.register`, inside a savepoint, so its refusal is the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.i18n import N_, _
from fieldservice.ids import new_id
from fieldservice.models import (
    Customer,
    Product,
    Unit,
    WarrantyPolicy,
    WarrantyRegistration,
)
from fieldservice.services import customers, numbering, site, validation, warranty
from fieldservice.services.csvfiles import (
    BATCH_ROWS,
    ImportReport,
    RowOutcome,
    import_in_batches,
    read_rows,
)

REQUIRED = ("serial", "product", "purchase_date")
ALIASES = {
    "serial_no": "serial",
    "serial_number": "serial",
    "sku": "product",
    "product_code": "product",
    "purchased": "purchase_date",
    "date_of_purchase": "purchase_date",
    "name": "customer_name",
    "customer": "customer_name",
    "phone": "customer_phone",
    "email": "customer_email",
    "address": "customer_address",
    "company": "customer_company",
    "invoice": "invoice_ref",
    "invoice_no": "invoice_ref",
    "invoice_number": "invoice_ref",
    # Column names of Chinese dealers' lists (Simplified and Traditional).
    **dict.fromkeys(
        ("序列号", "序列號", "序號", "机身号", "機身號", "机身编码", "产品序列号", "sn"),
        "serial",
    ),
    **dict.fromkeys(
        ("型号", "型號", "产品型号", "產品型號", "产品编码", "產品編號", "商品编码", "物料编码"),
        "product",
    ),
    **dict.fromkeys(
        ("购买日期", "購買日期", "购机日期", "購機日期", "销售日期", "銷售日期", "发票日期"),
        "purchase_date",
    ),
    **dict.fromkeys(
        ("客户姓名", "客戶姓名", "客户", "客戶", "姓名", "用户姓名", "用戶姓名", "顾客姓名"),
        "customer_name",
    ),
    **dict.fromkeys(
        ("电话", "電話", "手机", "手機", "手机号", "手机号码", "手機號碼", "联系电话", "聯絡電話"),
        "customer_phone",
    ),
    **dict.fromkeys(("邮箱", "电子邮箱", "电子邮件", "電子郵件", "電郵"), "customer_email"),
    **dict.fromkeys(
        ("地址", "客户地址", "客戶地址", "安装地址", "安裝地址", "联系地址", "聯絡地址"),
        "customer_address",
    ),
    **dict.fromkeys(("公司", "单位", "單位", "公司名称", "公司名稱"), "customer_company"),
    **dict.fromkeys(("经销商", "經銷商", "销售商", "銷售商", "门店", "門市"), "dealer"),
    **dict.fromkeys(("发票号", "发票号码", "發票號碼", "发票", "發票"), "invoice_ref"),
    **dict.fromkeys(("登记日期", "登記日期", "登錄日期"), "registered_on"),
}


def _date(value: str, label: str, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            _("{label} “{value}” is not a date: write YYYY-MM-DD.").format(
                label=_(label), value=value
            ),
            field=field,
        ) from None


@dataclass
class _Row:
    """One line of the list, checked as far as it can be without the database.

    ``refused`` is a refusal found before the serial's registration is looked up
    (serial, product, dates unreadable); ``refused_later`` one found after it (the
    customer's details, the registration's own checks), so that a row already
    registered is "already there" whatever else it says.
    """

    values: dict[str, str]
    refused: FieldServiceError | None = None
    refused_later: FieldServiceError | None = None
    serial: str = ""
    product_id: uuid.UUID | None = None
    purchase: dt.date | None = None
    registered_on: dt.date | None = None
    owner: dict[str, str] | None = None
    checked: warranty.CheckedRegistration | None = None

    def draft(self, customer_id: uuid.UUID | None = None) -> warranty.RegistrationDraft:
        assert self.product_id is not None
        return warranty.RegistrationDraft(
            self.serial,
            self.product_id,
            self.purchase,
            customer_id=customer_id,
            dealer=self.values.get("dealer", ""),
            invoice_ref=self.values.get("invoice_ref", ""),
            channel="import",
            registered_on=self.registered_on,
        )


def _owner_draft(values: dict[str, str]) -> customers.CustomerDraft | None:
    name = values.get("customer_name", "")
    if not name:
        return None
    return customers.CustomerDraft(
        name,
        phone=values.get("customer_phone", ""),
        email=values.get("customer_email", ""),
        address=values.get("customer_address", ""),
        company=values.get("customer_company", ""),
    )


def check_rows(
    region: str, products: dict[str, uuid.UUID], batch: list[dict[str, str]]
) -> list[_Row]:
    """Each row of *batch* checked as far as it can be without the database, phone
    numbers read as numbers of *region*, products found by SKU in *products*."""
    return [_check(values, region, products) for values in batch]


def _check(values: dict[str, str], region: str, products: dict[str, uuid.UUID]) -> _Row:
    row = _Row(values)
    try:
        row.serial = validation.serial(values.get("serial", ""))
        sku = values.get("product", "").upper()
        if not sku:
            raise InvalidInput(_("No product code (SKU)."), field="product")
        row.product_id = products.get(sku)
        if row.product_id is None:
            raise InvalidInput(_("Unknown product code “{sku}”.").format(sku=sku), field="product")
        row.purchase = _date(values.get("purchase_date", ""), N_("Purchase date"), "purchase_date")
        if row.purchase is None:
            raise InvalidInput(_("No purchase date."), field="purchase_date")
        row.registered_on = _date(
            values.get("registered_on", ""), N_("Registration date"), "registered_on"
        )
    except FieldServiceError as refusal:
        row.refused = refusal
        return row
    try:
        owner = _owner_draft(values)
        row.owner = customers.clean_for_region(owner, region) if owner else None
        row.checked = warranty.check_registration(row.draft())
    except FieldServiceError as refusal:
        row.refused_later = refusal
    return row


@dataclass
class _Registered:
    """A serial registered already, or earlier in this batch (number given when
    the batch is written)."""

    purchase: dt.date
    product_id: uuid.UUID
    number: str = ""
    pending: dict | None = None

    def certificate(self) -> str:
        return self.pending["number"] if self.pending is not None else self.number


@dataclass
class _Owners:
    """Customers a row may name: the same name and phone (or e-mail) as one saved
    already or added earlier in the batch; the earliest such customer."""

    by_phone: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)
    by_email: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)

    def add(self, customer_id: uuid.UUID, name: str, phone_key: str, email: str) -> None:
        if phone_key:
            self.by_phone.setdefault((phone_key, name.lower()), customer_id)
        if email:
            self.by_email.setdefault((email, name.lower()), customer_id)

    def find(self, values: dict[str, str]) -> uuid.UUID | None:
        name = values["name"].lower()
        if values["phone_key"] and (values["phone_key"], name) in self.by_phone:
            return self.by_phone[(values["phone_key"], name)]
        if values["email"]:
            return self.by_email.get((values["email"], name))
        return None


@dataclass
class _NewRows:
    """The batch's new customers, units and registrations, written together."""

    customers: list[dict] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    registrations: list[dict] = field(default_factory=list)

    def write(self, s: Session, db: Database) -> None:
        customers.add_customers(s, db, self.customers)
        bulk_insert(s, Unit, self.units)
        numbers = numbering.reserve_numbers(
            s, db.require_site(), warranty.NUMBER_KIND, len(self.registrations)
        )
        for registration, number in zip(self.registrations, numbers, strict=True):
            registration["number"] = number
        bulk_insert(s, WarrantyRegistration, self.registrations)
        self.customers, self.units, self.registrations = [], [], []


def _import_batch(db: Database, rows: list[_Row]) -> list[RowOutcome]:
    """A batch of the list in one transaction: every row (checked by
    :func:`check_rows`), in the file's order, against what the centre has and the
    rows before it."""
    serials = {r.serial for r in rows if r.refused is None}
    owners = [r.owner for r in rows if r.owner is not None]
    with db.write() as s:
        registered = {
            serial: _Registered(bought, product_id, number)
            for serial, number, bought, product_id in s.execute(
                select(
                    Unit.serial,
                    WarrantyRegistration.number,
                    WarrantyRegistration.purchase_date,
                    Unit.product_id,
                )
                .join(Unit, Unit.id == WarrantyRegistration.unit_id)
                .where(Unit.serial.in_(serials), ~WarrantyRegistration.deleted)
            )
        }
        units_here = set(s.scalars(select(Unit.serial).where(Unit.serial.in_(serials))))
        policies = {
            p.product_id: p
            for p in s.scalars(select(WarrantyPolicy).where(~WarrantyPolicy.deleted))
        }
        known = _Owners()
        phones = {o["phone_key"] for o in owners if o["phone_key"]}
        emails = {o["email"] for o in owners if o["email"]}
        for customer_id, name, phone_key, email in s.execute(
            select(Customer.id, Customer.name, Customer.phone_key, Customer.email)
            .where(
                or_(Customer.phone_key.in_(phones), Customer.email.in_(emails)), ~Customer.deleted
            )
            .order_by(Customer.id)
        ):
            known.add(customer_id, name, phone_key, email)

        new = _NewRows()
        outcomes: list[RowOutcome] = []
        for row in rows:
            if row.refused is not None:
                outcomes.append(row.refused)
                continue
            assert row.product_id is not None and row.purchase is not None
            before = registered.get(row.serial)
            if before is not None:
                if before.purchase == row.purchase and before.product_id == row.product_id:
                    outcomes.append(False)
                    continue
                if before.pending is not None:
                    new.write(s, db)  # gives the earlier row its certificate number
                outcomes.append(
                    InvalidInput(
                        _(
                            "Serial {serial} is already registered on {certificate} (bought "
                            "{date}); the file says otherwise. Nothing changed."
                        ).format(
                            serial=row.serial,
                            certificate=before.certificate(),
                            date=validation.day(before.purchase),
                        ),
                        field="serial",
                    )
                )
                continue
            if row.refused_later is not None:
                outcomes.append(row.refused_later)
                continue
            if row.serial in units_here or row.product_id not in policies:
                new.write(s, db)  # the rules below look for the rows before this one
                number = _register_one_by_one(s, db, row, known)
                if isinstance(number, str):
                    registered[row.serial] = _Registered(row.purchase, row.product_id, number)
                    outcomes.append(True)
                else:
                    outcomes.append(number)
                continue
            registered[row.serial] = _add(db, row, policies[row.product_id], known, new)
            outcomes.append(True)
        new.write(s, db)
    return outcomes


def _add(
    db: Database, row: _Row, policy: WarrantyPolicy, known: _Owners, new: _NewRows
) -> _Registered:
    """Put the row's customer (unless known already), unit and registration in the
    batch's new rows."""
    assert row.product_id is not None and row.purchase is not None and row.checked is not None
    owner_id = None
    if row.owner is not None:
        owner_id = known.find(row.owner)
        if owner_id is None:
            owner_id = new_id()
            new.customers.append({**row.owner, "id": owner_id})
            known.add(owner_id, row.owner["name"], row.owner["phone_key"], row.owner["email"])
    unit_id = new_id()
    new.units.append(
        {
            "id": unit_id,
            "serial": row.serial,
            "product_id": row.product_id,
            "customer_id": owner_id,
            "purchase_date": row.purchase,
            "install_address": "",
            "notes": "",
        }
    )
    checked = row.checked
    registration = {
        "number": "",
        "unit_id": unit_id,
        "customer_id": owner_id,
        "purchase_date": checked.purchase_date,
        "warranty_months": policy.warranty_months,
        "service_months": policy.service_months,
        "dealer": checked.dealer,
        "invoice_ref": checked.invoice_ref,
        "registered_on": checked.registered_on,
        "channel": checked.channel,
        "registered_by": db.user,
        "void_reason": None,
        "void_note": "",
        "voided_on": None,
        "voided_by": "",
        "notes": checked.notes,
    }
    new.registrations.append(registration)
    return _Registered(row.purchase, row.product_id, pending=registration)


def _register_one_by_one(
    s: Session, db: Database, row: _Row, known: _Owners
) -> str | FieldServiceError:
    """Register the row through the warranty's own rules (for a unit the centre has
    already, or a product without a policy) in a savepoint, so that a refusal undoes
    the row's new customer too; the certificate number, or the refusal."""
    try:
        with s.begin_nested():
            owner = _owner(s, db, row.values)
            registration_id = warranty._register(s, db, row.draft(owner.id if owner else None))
    except FieldServiceError as refusal:
        return refusal
    if owner is not None:
        known.add(owner.id, owner.name, owner.phone_key, owner.email)
    registration = s.get(WarrantyRegistration, registration_id)
    assert registration is not None
    return registration.number


def _owner(s: Session, db: Database, row: dict[str, str]) -> Customer | None:
    """The customer the row names: an existing one with the same name and phone
    (or e-mail), else a new one."""
    draft = _owner_draft(row)
    if draft is None:
        return None
    values = customers.clean(db, draft)
    same_name = func.lower(Customer.name) == values["name"].lower()
    for key, column in (("phone_key", Customer.phone_key), ("email", Customer.email)):
        if values[key]:
            found = s.scalar(
                select(Customer)
                .where(column == values[key], same_name, ~Customer.deleted)
                .order_by(Customer.id)
            )
            if found is not None:
                return found
    return customers.insert_customer(s, db, values)


def import_registrations(
    db: Database, source: str | Path | bytes, *, batch_rows: int = BATCH_ROWS
) -> Generator[tuple[int, int], None, ImportReport]:
    """Import a dealer's list; yields (rows done, rows in all) after each batch of
    *batch_rows* and returns the report.

    Stopping the iteration stops the import: the batches done so far stay imported.
    """
    total, rows, read_as = read_rows(
        source, required=REQUIRED, aliases=ALIASES, region=site.region(db)
    )
    with db.read() as s:
        found = s.execute(select(Product.sku, Product.id).where(~Product.deleted))
        products = {sku: product_id for sku, product_id in found}
    return (
        yield from import_in_batches(
            rows,
            total,
            lambda batch: _import_batch(db, batch),
            batch_rows=batch_rows,
            check=functools.partial(check_rows, site.region(db), products),
            read_as=read_as,
        )
    )
