"""The head office's catalogue: products it publishes to every centre."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from sqlalchemy import insert, select, update

from fieldservice.clock import HybridLogicalClock
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.headoffice.sync import log_change
from fieldservice.ids import new_id
from fieldservice.models import utcnow
from fieldservice.services import validation
from fieldservice.services.csvfiles import ImportReport, import_rows, read_rows
from fieldservice.sync.rows import TABLES

HEAD_OFFICE = "HO"
_clock = HybridLogicalClock(HEAD_OFFICE)


def import_products(
    store: HeadOfficeStore, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Publish products from CSV (``sku``, ``name`` required; brand, model, category):
    new ones are added, changed ones updated, unchanged ones left alone."""
    total, rows = read_rows(source, required=("sku", "name"), aliases={"product": "sku"})
    table = TABLES["product"]

    def import_row(row: dict[str, str]) -> bool:
        sku = validation.required(row.get("sku", ""), "sku", "product code (SKU)").upper()
        values = {
            "sku": sku,
            "name": validation.required(row.get("name", ""), "name", "product name"),
            "brand": row.get("brand", ""),
            "model": row.get("model", ""),
            "category": row.get("category", ""),
        }
        with store.push_session() as s:
            existing = s.execute(select(table).where(table.c.sku == sku)).mappings().first()
            now = utcnow()
            if existing is None:
                row_id = new_id()
                s.execute(
                    insert(table).values(
                        id=row_id,
                        origin_site=HEAD_OFFICE,
                        created_at=now,
                        updated_at=now,
                        hlc=_clock.now().encode(),
                        deleted=False,
                        **values,
                    )
                )
            elif all(existing[k] == v for k, v in values.items()):
                return False
            else:
                row_id = existing["id"]
                s.execute(
                    update(table)
                    .where(table.c.id == row_id)
                    .values(updated_at=now, hlc=_clock.now().encode(), **values)
                )
            log_change(s, table, row_id, HEAD_OFFICE, None)
        return True

    return (yield from import_rows(rows, total, import_row))
