"""The head office's catalogue: products, spare parts and warranty policies it
publishes to every centre (centres cannot change them).

A centre may propose a product or part the head office has not published (with
a product's warranty policy, a part's compatibility and substitutes); publishing
that code adopts the centre's row — same id, the head office's values — and from
then on it is the head office's."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, null, select, update
from sqlalchemy.orm import Session

from fieldservice.errors import InvalidInput
from fieldservice.headoffice.models import Proposal
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.headoffice.sync import (
    BELONGS_TO_PROPOSED,
    HEAD_OFFICE,
    head_office_clock,
    log_change,
)
from fieldservice.ids import new_id
from fieldservice.models import utcnow
from fieldservice.services import stock, validation, warranty
from fieldservice.services.csvfiles import ImportReport, import_rows, read_rows
from fieldservice.wire import TABLES


def publish(store: HeadOfficeStore, table: Table, key: str, values: dict[str, Any]) -> bool:
    """Add or change one catalogue row found by its *key* column; log the change for
    the centres to pull. False when the row was already so."""
    with store.push_session(HEAD_OFFICE) as s:
        existing = s.execute(select(table).where(table.c[key] == values[key])).mappings().first()
        now = utcnow()
        if existing is None:
            row_id = new_id()
            s.execute(
                insert(table).values(
                    id=row_id,
                    origin_site=HEAD_OFFICE,
                    created_at=now,
                    updated_at=now,
                    hlc=head_office_clock.now().encode(),
                    deleted=False,
                    **values,
                )
            )
        elif existing["origin_site"] == HEAD_OFFICE and all(
            existing[k] == v for k, v in values.items()
        ):
            return False
        else:
            # The same row, so every unit that refers to a product a centre proposed
            # keeps working; adopted, it is the head office's from now on.
            row_id = existing["id"]
            _take(s, table, row_id, now, values)
            if existing["origin_site"] != HEAD_OFFICE:
                _adopt_what_belongs(s, table.name, row_id, now)
                s.execute(
                    update(Proposal)
                    .where(Proposal.entity == table.name, Proposal.row_id == row_id)
                    .values(adopted_at=now)
                )
        log_change(s, table, row_id, HEAD_OFFICE, None)
    return True


def _take(s: Session, table: Table, row_id: Any, now: Any, values: dict[str, Any]) -> None:
    s.execute(
        update(table)
        .where(table.c.id == row_id)
        .values(
            updated_at=now,
            hlc=head_office_clock.now().encode(),
            origin_site=HEAD_OFFICE,
            deleted=False,
            **values,
        )
    )


def _adopt_what_belongs(s: Session, entity: str, row_id: Any, now: Any) -> None:
    """What the centre set for the product or part it proposed (a warranty policy,
    compatibility, substitutes) becomes the head office's with it (the head
    office may publish its own over it)."""
    for name, (column, parent) in BELONGS_TO_PROPOSED.items():
        if parent != entity:
            continue
        table = TABLES[name]
        found = s.scalars(
            select(table.c.id).where(table.c[column] == row_id, table.c.origin_site != HEAD_OFFICE)
        ).all()
        for found_id in found:
            _take(s, table, found_id, now, {})
            log_change(s, table, found_id, HEAD_OFFICE, None)


@dataclass(frozen=True)
class ProposedRow:
    """A product or spare part a centre added that the head office has not published."""

    kind: str  # product | part
    row_id: uuid.UUID
    code: str
    name: str
    site: str
    proposed_at: dt.datetime
    units: int | None  # registered against a product


def list_proposals(store: HeadOfficeStore) -> list[ProposedRow]:
    """Products and parts centres proposed that the head office has not adopted,
    oldest first; for a product, how many units are registered against it."""
    product, part, unit = TABLES["product"], TABLES["part"], TABLES["unit"]
    units = (
        select(func.count())
        .where(unit.c.product_id == product.c.id, ~unit.c.deleted)
        .scalar_subquery()
    )
    found: list[ProposedRow] = []
    with store.session() as s:
        for table, code, name, counted in (
            (product, product.c.sku, product.c.name, units),
            (part, part.c.part_number, part.c.description, null()),
        ):
            rows = s.execute(
                select(table.c.id, code, name, Proposal.site, Proposal.proposed_at, counted)
                .join(Proposal, (Proposal.row_id == table.c.id) & (Proposal.entity == table.name))
                .where(Proposal.adopted_at.is_(None), ~table.c.deleted)
            ).all()
            found.extend(ProposedRow(table.name, *row) for row in rows)
    return sorted(found, key=lambda p: (p.proposed_at, p.kind, p.code))


def _import(
    store: HeadOfficeStore,
    source: str | Path | bytes,
    table: Table,
    key: str,
    required: tuple[str, ...],
    aliases: dict[str, str],
    clean: Callable[[dict[str, str]], dict[str, Any]],
) -> Generator[tuple[int, int], None, ImportReport]:
    total, rows, read_as = read_rows(source, required=required, aliases=aliases)
    return (
        yield from import_rows(
            rows, total, lambda row: publish(store, table, key, clean(row)), read_as=read_as
        )
    )


def import_products(
    store: HeadOfficeStore, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Publish products from CSV (``sku``, ``name`` required; brand, model, category):
    new ones are added, changed ones updated, unchanged ones left alone."""

    def clean(row: dict[str, str]) -> dict[str, Any]:
        return {
            "sku": validation.required(row.get("sku", ""), "sku", "product code (SKU)").upper(),
            "name": validation.required(row.get("name", ""), "name", "product name"),
            "brand": row.get("brand", ""),
            "model": row.get("model", ""),
            "category": row.get("category", ""),
        }

    return (
        yield from _import(
            store, source, TABLES["product"], "sku", ("sku", "name"), {"product": "sku"}, clean
        )
    )


def import_parts(
    store: HeadOfficeStore, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Publish spare parts from CSV (``part_number``, ``description`` required; unit,
    standard_cost, supplier, supplier_part_number, lead_time_days, pack_size,
    default_bin), checked as the centres' own catalogue form checks them."""

    def clean(row: dict[str, str]) -> dict[str, Any]:
        lead = row.get("lead_time_days", "") or "0"
        if not lead.isdigit():
            raise InvalidInput(f"Lead time “{lead}” is not a whole number.", field="lead_time")
        return {
            "part_number": stock.part_number(row.get("part_number", "")),
            "description": validation.required(
                row.get("description", ""), "description", "description"
            ),
            "unit": row.get("unit") or "pcs",
            "standard_cost": stock.money(row.get("standard_cost") or 0, "standard_cost"),
            "supplier": row.get("supplier", ""),
            "supplier_part_number": row.get("supplier_part_number", ""),
            "lead_time_days": int(lead),
            "pack_size": stock.quantity(row.get("pack_size") or 1, "pack_size"),
            "default_bin": (row.get("default_bin") or "").upper(),
            "notes": row.get("notes", ""),
        }

    return (
        yield from _import(
            store,
            source,
            TABLES["part"],
            "part_number",
            ("part_number", "description"),
            {"part": "part_number"},
            clean,
        )
    )


def _months(row: dict[str, str], key: str, label: str, *, blank: int | None = None) -> int:
    value = row.get(key, "")
    if not value and blank is not None:
        return blank
    if not value:
        raise InvalidInput(f"Enter the {label} months.", field=key)
    if not value.isdigit():
        raise InvalidInput(
            f"{label.capitalize()} months “{value}” is not a whole number.", field=key
        )
    return int(value)


def _count(row: dict[str, str], key: str, label: str) -> int | None:
    """An optional whole number (the 三包 windows): blank is None."""
    value = row.get(key, "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InvalidInput(f"The {label} “{value}” is not a whole number.", field=key)
    return int(value)


def import_policies(
    store: HeadOfficeStore, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Publish warranty policies from CSV (``sku``, ``warranty_months`` required;
    service_months, terms, void_conditions separated by ``|`` or line breaks, the
    usual list when left empty; the 三包 windows return_days, exchange_days and
    repairs_before_exchange, blank when not sold under 三包), one per product,
    found by its SKU: publish the product first. Checked as a centre's policy form checks them."""
    product = TABLES["product"]

    def clean(row: dict[str, str]) -> dict[str, Any]:
        sku = validation.required(row.get("sku", ""), "sku", "product code (SKU)").upper()
        with store.session() as s:
            found = s.execute(
                select(product.c.id, product.c.origin_site).where(
                    product.c.sku == sku, ~product.c.deleted
                )
            ).first()
        if found is None:
            raise InvalidInput(
                f"There is no product {sku} in the catalogue: publish it first.", field="sku"
            )
        product_id, proposer = found
        if proposer != HEAD_OFFICE:
            raise InvalidInput(
                f"Product {sku} was proposed by centre {proposer}: publish it first "
                "(catalogue import), which adopts it.",
                field="sku",
            )
        listed = row.get("void_conditions", "").replace("|", "\n").splitlines()
        conditions = tuple(c.strip() for c in listed if c.strip())
        draft = warranty.PolicyDraft(
            product_id,
            _months(row, "warranty_months", "warranty"),
            _months(row, "service_months", "service", blank=0),
            row.get("terms", ""),
            conditions or warranty.DEFAULT_VOID_CONDITIONS,
            _count(row, "return_days", "refund window (days)"),
            _count(row, "exchange_days", "exchange window (days)"),
            _count(row, "repairs_before_exchange", "repairs before an exchange"),
        )
        return {"product_id": product_id, **warranty.policy_values(draft)}

    return (
        yield from _import(
            store,
            source,
            TABLES["warranty_policy"],
            "product_id",
            ("sku", "warranty_months"),
            {"product": "sku", "warranty": "warranty_months", "service": "service_months"},
            clean,
        )
    )
