"""Importing warranty registrations from a dealer's CSV list.

Columns (names matched loosely; order free): ``serial``, ``product`` (the SKU),
``purchase_date`` (YYYY-MM-DD) are required; ``customer_name``,
``customer_phone``, ``customer_email``, ``customer_address``,
``customer_company``, ``dealer``, ``invoice_ref`` and ``registered_on`` are
optional.

Every good row is imported in its own transaction (with its customer); every
bad row is reported with its line number and why, and changes nothing. A
serial already registered with the same product and purchase date counts as
"already there", so importing the same file twice creates nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.models import Customer, Product, Unit, WarrantyRegistration
from fieldservice.services import customers, validation, warranty
from fieldservice.services.csvfiles import ImportReport, import_rows, read_rows

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
}


def _date(value: str, label: str, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"{label} “{value}” is not a date: write YYYY-MM-DD.", field=field
        ) from None


def _owner(s: Session, db: Database, row: dict[str, str]) -> Customer | None:
    """The customer the row names: an existing one with the same name and phone
    (or e-mail), else a new one."""
    name = row.get("customer_name", "")
    if not name:
        return None
    values = customers.clean(
        db,
        customers.CustomerDraft(
            name,
            phone=row.get("customer_phone", ""),
            email=row.get("customer_email", ""),
            address=row.get("customer_address", ""),
            company=row.get("customer_company", ""),
        ),
    )
    same_name = func.lower(Customer.name) == values["name"].lower()
    for key, column in (("phone_key", Customer.phone_key), ("email", Customer.email)):
        if values[key]:
            found = s.scalar(
                select(Customer).where(column == values[key], same_name, ~Customer.deleted)
            )
            if found is not None:
                return found
    return customers.insert_customer(s, db, values)


def _import_row(db: Database, row: dict[str, str], products: dict[str, Product]) -> bool:
    """Import one row; True if imported, False if it was there already."""
    serial = validation.serial(row.get("serial", ""))
    sku = row.get("product", "").upper()
    if not sku:
        raise InvalidInput("No product code (SKU).", field="product")
    product = products.get(sku)
    if product is None:
        raise InvalidInput(f"Unknown product code “{sku}”.", field="product")
    purchase = _date(row.get("purchase_date", ""), "Purchase date", "purchase_date")
    if purchase is None:
        raise InvalidInput("No purchase date.", field="purchase_date")
    registered_on = _date(row.get("registered_on", ""), "Registration date", "registered_on")
    with db.write() as s:
        existing = s.execute(
            select(WarrantyRegistration.number, WarrantyRegistration.purchase_date, Unit.product_id)
            .join(Unit, Unit.id == WarrantyRegistration.unit_id)
            .where(Unit.serial == serial, ~WarrantyRegistration.deleted)
        ).first()
        if existing is not None:
            number, bought, product_id = existing
            if bought == purchase and product_id == product.id:
                return False
            raise InvalidInput(
                f"Serial {serial} is already registered on {number} "
                f"(bought {bought:%d %b %Y}); the file says otherwise. Nothing changed.",
                field="serial",
            )
        owner = _owner(s, db, row)
        warranty._register(
            s,
            db,
            warranty.RegistrationDraft(
                serial,
                product.id,
                purchase,
                customer_id=owner.id if owner else None,
                dealer=row.get("dealer", ""),
                invoice_ref=row.get("invoice_ref", ""),
                channel="import",
                registered_on=registered_on,
            ),
        )
    return True


def import_registrations(
    db: Database, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Import a dealer's list; yields (rows done, rows in all) and returns the report.

    Stopping the iteration stops the import: the rows done so far stay imported.
    """
    total, rows = read_rows(source, required=REQUIRED, aliases=ALIASES)
    with db.read() as s:
        products = {p.sku: p for p in s.scalars(select(Product).where(~Product.deleted))}
    return (yield from import_rows(rows, total, lambda row: _import_row(db, row, products)))
