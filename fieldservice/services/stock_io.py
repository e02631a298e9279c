"""Spare parts in and out of spreadsheets: the catalogue and opening balances from
CSV; the stock list and the movements to CSV or Excel (XLSX).

Imports report every bad row by line number and import the good ones; importing
the same file again changes nothing (a catalogue row that matches the part is
"already there"; an opening balance sets on-hand to the file's quantity, so a
second run finds nothing to change).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Generator, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.models import Part, PartCost, StockBalance, StockLocation, StockMovement
from fieldservice.services import stock
from fieldservice.services.csvfiles import ImportReport, import_rows, read_rows

PART_ALIASES = {
    "part": "part_number",
    "part_no": "part_number",
    "number": "part_number",
    "name": "description",
    "uom": "unit",
    "unit_of_measure": "unit",
    "cost": "standard_cost",
    "lead_time": "lead_time_days",
    "pack": "pack_size",
    "bin": "default_bin",
    "compatible_products": "compatible",
    "fits": "compatible",
}


def _list(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.replace("|", ";").split(";") if x.strip())


def _whole(value: str, field: str, label: str) -> int:
    try:
        return int(value) if value else 0
    except ValueError:
        raise InvalidInput(f"{label} “{value}” is not a whole number.", field=field) from None


def _import_part(db: Database, row: dict[str, str]) -> bool:
    draft = stock.PartDraft(
        row.get("part_number", ""),
        row.get("description", ""),
        unit=row.get("unit") or "pcs",
        standard_cost=row.get("standard_cost") or 0,
        supplier=row.get("supplier", ""),
        supplier_part_number=row.get("supplier_part_number", ""),
        lead_time_days=_whole(row.get("lead_time_days", ""), "lead_time", "Lead time"),
        pack_size=row.get("pack_size") or 1,
        default_bin=row.get("default_bin", ""),
        notes=row.get("notes", ""),
        compatible_skus=_list(row.get("compatible", "")),
        substitutes=_list(row.get("substitutes", "")),
    )
    try:
        existing = stock.get_part(db, draft.part_number)
    except NotFound:
        existing = None
    if existing is None:
        stock.create_part(db, draft)
        return True
    updated = stock.update_part(db, existing.id, draft)
    return updated != existing


def import_parts(
    db: Database, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Import the parts catalogue: ``part_number`` and ``description`` required; unit,
    standard_cost, supplier, supplier_part_number, lead_time_days, pack_size,
    default_bin, notes, compatible (product codes, ``;``-separated), substitutes."""
    total, rows = read_rows(source, required=("part_number", "description"), aliases=PART_ALIASES)
    return (yield from import_rows(rows, total, lambda row: _import_part(db, row)))


def _import_balance(db: Database, row: dict[str, str]) -> bool:
    target = stock.quantity(row.get("quantity", ""), allow_zero=True)
    cost = stock.money(row["unit_cost"]) if row.get("unit_cost") else None
    with db.write() as s:
        part = stock._part_by_number(s, row.get("part_number", ""))
        location = stock._location(s, row.get("location", ""))
        bin_code = row["bin"].upper() if row.get("bin") else part.default_bin
        difference = target - stock._balance(s, part.id, location.id, bin_code)
        if cost is not None and s.get(PartCost, part.id) is None:
            s.add(PartCost(part_id=part.id, average_cost=cost))
        if not difference:
            return False
        stock.post_movement(
            s,
            db,
            part_id=part.id,
            location_id=location.id,
            bin=bin_code,
            kind="opening",
            quantity=difference,
            unit_cost=cost,
            reference="opening balance",
        )
    return True


def import_opening_balances(
    db: Database, source: str | Path | bytes
) -> Generator[tuple[int, int], None, ImportReport]:
    """Set on-hand from a stock list: ``part_number``, ``location``, ``quantity``
    required; ``bin`` (default: the part's default bin) and ``unit_cost`` optional."""
    total, rows = read_rows(
        source, required=("part_number", "location", "quantity"), aliases=PART_ALIASES
    )
    return (yield from import_rows(rows, total, lambda row: _import_balance(db, row)))


# -- export ---------------------------------------------------------------------------

STOCK_COLUMNS = (
    "part_number",
    "description",
    "location",
    "bin",
    "on_hand",
    "unit",
    "average_cost",
    "value",
)
MOVEMENT_COLUMNS = (
    "date",
    "kind",
    "part_number",
    "location",
    "bin",
    "quantity",
    "unit_cost",
    "reference",
    "order",
    "reason",
    "by",
    "override_by",
)


def stock_rows(db: Database) -> list[tuple]:
    """The stock list: every part with stock, per location and bin, with its value."""
    with db.read() as s:
        rows = s.execute(
            select(
                Part.part_number,
                Part.description,
                StockLocation.code,
                StockBalance.bin,
                StockBalance.on_hand,
                Part.unit,
                PartCost.average_cost,
            )
            .join(Part, Part.id == StockBalance.part_id)
            .join(StockLocation, StockLocation.id == StockBalance.location_id)
            .outerjoin(PartCost, PartCost.part_id == Part.id)
            .where(StockBalance.on_hand != 0)
            .order_by(Part.part_number, StockLocation.code, StockBalance.bin)
        ).all()
    return [
        (*row, (row[4] * row[6]).quantize(Decimal("0.01")) if row[6] is not None else None)
        for row in rows
    ]


def movement_rows(db: Database, since: dt.date | None = None) -> list[tuple]:
    query = stock._movement_query().order_by(StockMovement.id)
    if since is not None:
        query = query.where(
            StockMovement.created_at >= dt.datetime.combine(since, dt.time(), dt.UTC)
        )
    with db.read() as s:
        rows = s.execute(query).all()
    return [
        (
            m[1].astimezone().strftime("%Y-%m-%d %H:%M"),
            stock.MOVEMENT_KINDS.get(m[2], m[2]),
            m[3],
            m[4],
            m[5],
            m[6],
            m[7],
            m[8],
            m[9],
            m[10],
            m[11],
            m[12],
        )
        for m in rows
    ]


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence], title: str) -> Path:
    """Write rows to ``.csv`` or ``.xlsx``, chosen by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if v is None else v for v in row])
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook(write_only=False)
        sheet = book.active
        assert sheet is not None
        sheet.title = title[:31]
        sheet.append([c.replace("_", " ").capitalize() for c in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(50, width + 2)
        book.save(path)
    else:
        raise InvalidInput("Export to a .csv or .xlsx file.", field="output")
    return path


def export_stock(db: Database, path: Path) -> Path:
    return write_table(path, STOCK_COLUMNS, stock_rows(db), "Stock")


def export_movements(db: Database, path: Path, since: dt.date | None = None) -> Path:
    return write_table(path, MOVEMENT_COLUMNS, movement_rows(db, since), "Movements")
