"""Customers: create, edit, find by phone or by any word of their details.

A second customer with the same phone number is allowed (families and
companies share phones) but is flagged as a possible duplicate for a person to
review; customers are never merged silently.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import NotFound
from fieldservice.i18n import N_, _
from fieldservice.ids import new_id
from fieldservice.models import Customer, Unit
from fieldservice.models.base import live
from fieldservice.services import numbering, site, validation
from fieldservice.services import search as search_index

NUMBER_KIND = "CU"


@dataclass(frozen=True)
class CustomerDraft:
    """What a clerk types into the customer form."""

    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    company: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CustomerRecord:
    id: uuid.UUID
    number: str
    name: str
    company: str
    phone: str
    phone_key: str
    email: str
    address: str
    notes: str
    possible_duplicate_of: uuid.UUID | None
    duplicate_reviewed: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def flagged_duplicate(self) -> bool:
        return self.possible_duplicate_of is not None and not self.duplicate_reviewed

    def draft(self) -> CustomerDraft:
        return CustomerDraft(
            self.name, self.phone, self.email, self.address, self.company, self.notes
        )


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers list."""

    id: uuid.UUID
    number: str
    name: str
    company: str
    phone: str
    email: str
    address: str
    flagged_duplicate: bool


_RECORD_COLUMNS = (
    Customer.id,
    Customer.number,
    Customer.name,
    Customer.company,
    Customer.phone,
    Customer.phone_key,
    Customer.email,
    Customer.address,
    Customer.notes,
    Customer.possible_duplicate_of_id,
    Customer.duplicate_reviewed,
    Customer.created_at,
    Customer.updated_at,
)


def _record(c: Customer) -> CustomerRecord:
    return CustomerRecord(*(getattr(c, column.key) for column in _RECORD_COLUMNS))


def clean(db: Database, draft: CustomerDraft) -> dict[str, str]:
    """Check every field; every problem found is raised at once, each naming its
    field (see :class:`validation.Problems`)."""
    return clean_for_region(draft, site.region(db))


def clean_for_region(draft: CustomerDraft, region: str) -> dict[str, str]:
    """:func:`clean`, with phone numbers read as numbers of *region* (no database
    needed: a large import checks its rows in another process)."""
    problems = validation.Problems()
    values: dict[str, str] = {}
    with problems.collected():
        name = validation.required(draft.name, "name", N_("customer's name"))
        values["name"] = validation.limited(name, "name", N_("customer's name"), 200)
    with problems.collected():
        values["company"] = validation.limited(draft.company, "company", N_("company name"), 200)
    with problems.collected():
        values["phone"], values["phone_key"] = validation.phone(draft.phone, region)
    with problems.collected():
        values["email"] = validation.email(draft.email)
    with problems.collected():
        values["address"] = validation.lines_of_text(draft.address, "address", N_("address"))
    with problems.collected():
        values["notes"] = validation.lines_of_text(draft.notes, "notes", N_("notes"))
    problems.raise_any()
    return values


def _first_with_phone(s: Session, phone_key: str, other_than: uuid.UUID | None) -> uuid.UUID | None:
    if not phone_key:
        return None
    query = select(Customer.id).where(Customer.phone_key == phone_key, ~Customer.deleted)
    if other_than is not None:
        query = query.where(Customer.id != other_than)
    return s.scalar(query.order_by(Customer.id).limit(1))


def create_customer(db: Database, draft: CustomerDraft) -> CustomerRecord:
    """Add a customer. If another customer has the same phone number, the new one
    is saved and flagged as a possible duplicate of the earliest such customer."""
    values = clean(db, draft)
    with db.write() as s:
        return _record(insert_customer(s, db, values))


def insert_customer(s: Session, db: Database, values: dict[str, str]) -> Customer:
    """Add a customer inside the caller's unit of work (*values* already checked)."""
    customer = Customer(
        number=numbering.next_number(s, db.require_site(), NUMBER_KIND),
        possible_duplicate_of_id=_first_with_phone(s, values["phone_key"], None),
        **values,
    )
    s.add(customer)
    s.flush()
    return customer


def add_customers(s: Session, db: Database, rows: list[dict]) -> None:
    """Add a batch of customers at once inside the caller's unit of work (a
    dealer's list, a thousand at a time).

    Each row holds checked values (see :func:`clean`) and may carry its ``id``;
    numbers are given in the rows' order. As with :func:`create_customer`, a
    customer is flagged as a possible duplicate of the earliest customer with the
    same phone number, saved before or earlier in *rows*.
    """
    if not rows:
        return
    keys = {r["phone_key"] for r in rows if r["phone_key"]}
    first_with: dict[str, uuid.UUID] = {}
    for key, found in s.execute(
        select(Customer.phone_key, Customer.id)
        .where(Customer.phone_key.in_(keys), ~Customer.deleted)
        .order_by(Customer.id)
    ):
        first_with.setdefault(key, found)
    numbers = numbering.reserve_numbers(s, db.require_site(), NUMBER_KIND, len(rows))
    for row, number in zip(rows, numbers, strict=True):
        if "id" not in row:
            row["id"] = new_id()
        row["number"] = number
        row["possible_duplicate_of_id"] = first_with.get(row["phone_key"])
        row["duplicate_reviewed"] = False
        if row["phone_key"]:
            first_with.setdefault(row["phone_key"], row["id"])
    bulk_insert(s, Customer, rows)


def update_customer(db: Database, customer_id: uuid.UUID, draft: CustomerDraft) -> CustomerRecord:
    """Change a customer's details; a changed phone number is checked for duplicates again."""
    values = clean(db, draft)
    with db.write() as s:
        customer = _get(s, customer_id)
        if values["phone_key"] != customer.phone_key:
            customer.possible_duplicate_of_id = _first_with_phone(
                s, values["phone_key"], customer.id
            )
            customer.duplicate_reviewed = False
        for key, value in values.items():
            if getattr(customer, key) != value:
                setattr(customer, key, value)
        s.flush()
        return _record(customer)


def mark_not_duplicate(db: Database, customer_id: uuid.UUID) -> CustomerRecord:
    """A person checked: this customer is not the same as the one sharing its phone."""
    with db.write() as s:
        customer = _get(s, customer_id)
        customer.duplicate_reviewed = True
        s.flush()
        return _record(customer)


def _get(s: Session, customer_id: uuid.UUID) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFound(_("That customer no longer exists (it may have been deleted)."))
    return customer


def get_customer(db: Database, customer_id: uuid.UUID) -> CustomerRecord:
    with db.read() as s:
        return read_customer(s, customer_id)


def read_customer(s: Session, customer_id: uuid.UUID) -> CustomerRecord:
    """:func:`get_customer` inside the caller's unit of work."""
    return _record(_get(s, customer_id))


def get_customer_by_number(db: Database, number: str) -> CustomerRecord:
    with db.read() as s:
        customer = s.scalar(
            select(Customer).where(Customer.number == number.strip().upper(), ~Customer.deleted)
        )
        if customer is None:
            raise NotFound(_("There is no customer {number}.").format(number=number))
        return _record(customer)


_BY_PHONE = (
    select(*_RECORD_COLUMNS)
    .where(Customer.phone_key == bindparam("key"), ~Customer.deleted)
    .order_by(Customer.id)
    .limit(50)
)


def find_by_phone(db: Database, phone: str) -> list[CustomerRecord]:
    """Customers whose phone number is *phone*, however it was typed."""
    with db.connection() as conn:
        return read_by_phone(conn, db, phone)


def read_by_phone(s: Session | Connection, db: Database, phone: str) -> list[CustomerRecord]:
    """:func:`find_by_phone` inside the caller's unit of work (or on a plain read
    connection)."""
    key = validation.phone_key_or_none(phone, site.region(db))
    if key is None:
        return []
    rows = s.execute(_BY_PHONE, {"key": key}).all()
    return [CustomerRecord(*row) for row in rows]  # type: ignore[call-arg]


def possible_duplicates(db: Database, customer_id: uuid.UUID) -> list[CustomerRecord]:
    """Other customers with the same phone number as this one."""
    with db.read() as s:
        customer = _get(s, customer_id)
        if not customer.phone_key:
            return []
        found = s.scalars(
            select(Customer)
            .where(
                Customer.phone_key == customer.phone_key,
                Customer.id != customer.id,
                ~Customer.deleted,
            )
            .order_by(Customer.id)
        )
        return [_record(c) for c in found]


# -- search -------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(search: str) -> str | None:
    """An FTS5 query matching rows that have every typed word as a word prefix.

    ``"jan smi"`` becomes ``"jan"* AND "smi"*``; punctuation is dropped so that
    nothing typed can be read as FTS syntax.
    """
    words = _WORD.findall(search or "")
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def matching_ids(search: str):
    """A SELECT of the ids of customers matching *search* (None: nothing to search).

    Every term typed must match: as a word prefix (``smi`` finds Smith), or, in
    Chinese, as any part of the name, company, address or notes (小明 and 王 find
    王小明, 陈 finds 陳), or as pinyin of the name (``wxm``, ``wangxiaoming``); see
    :mod:`fieldservice.services.search`."""
    found = search_index.rowids_matching("customer", search, fts_query)
    if found is None:
        return None
    sql, params = found
    return (
        select(text("customer.id"))
        .select_from(text("customer"))
        .where(text(f"customer.rowid IN ({sql})").bindparams(**params))
    )


def search_filter(search: str):
    """A WHERE clause for customers matching *search* (None: all customers)."""
    found = search_index.rowids_matching("customer", search, fts_query)
    if found is None:
        return None
    # By rowid, as the indexes give them: a common part of an address matches
    # thousands (11,000 of 200,000 for 朝阳区), and going through their ids took
    # three times as long (bench/search.py).
    sql, params = found
    return text(f"customer.rowid IN ({sql})").bindparams(**params)


def count_customers(db: Database, search: str = "") -> int:
    """How many customers match *search* (every word, as a word prefix, in any field)."""
    query = select(func.count()).select_from(Customer).where(~Customer.deleted)
    where = search_filter(search)
    if where is not None:
        query = query.where(where)
    with db.read() as s:
        return s.scalar(query) or 0


def list_customers(
    db: Database, search: str = "", *, offset: int = 0, limit: int = 100
) -> list[CustomerRow]:
    """One page of the customers matching *search*, by name."""
    with db.read() as s:
        return read_customers(s, search, offset=offset, limit=limit)


def read_customers(
    s: Session, search: str = "", *, offset: int = 0, limit: int = 100
) -> list[CustomerRow]:
    """:func:`list_customers` inside the caller's unit of work."""
    query = (
        select(
            Customer.id,
            Customer.number,
            Customer.name,
            Customer.company,
            Customer.phone,
            Customer.email,
            Customer.address,
            Customer.possible_duplicate_of_id.is_not(None) & ~Customer.duplicate_reviewed,
        )
        .where(~Customer.deleted)
        .order_by(Customer.name, Customer.id)
        .offset(offset)
        .limit(limit)
    )
    where = search_filter(search)
    if where is not None:
        query = query.where(where)
    return [CustomerRow(*row) for row in s.execute(query)]


def units_owned(db: Database, customer_id: uuid.UUID) -> int:
    with db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(Unit)
                .where(Unit.customer_id == customer_id, live(Unit))
            )
            or 0
        )
