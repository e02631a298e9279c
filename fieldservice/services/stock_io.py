"""Spare parts in and out of spreadsheets: the catalogue and opening balances from
CSV; the stock list and the movements to CSV or Excel (XLSX).

Imports report every bad row by line number and import the good ones; importing
the same file again changes nothing (a catalogue row that matches the part is
"already there"; an opening balance sets on-hand to the file's quantity, so a
second run finds nothing to change).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.i18n import N_, _
from fieldservice.ids import new_id
from fieldservice.models import (
    Part,
    PartCompatibility,
    PartCost,
    PartSubstitute,
    Product,
    StockBalance,
    StockLocation,
    StockMovement,
)
from fieldservice.services import site, spreadsheets, stock
from fieldservice.services.csvfiles import (
    BATCH_ROWS,
    ImportReport,
    RowOutcome,
    import_in_batches,
    read_rows,
)

ZERO = Decimal(0)

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
    # Column names of Chinese catalogues and stock lists (Simplified and Traditional).
    **dict.fromkeys(
        ("零件号", "零件編號", "料号", "料號", "备件编码", "備件編號", "物料编码", "物料編號"),
        "part_number",
    ),
    **dict.fromkeys(
        ("名称", "名稱", "零件名称", "零件名稱", "备件名称", "備件名稱", "品名"), "description"
    ),
    **dict.fromkeys(("计量单位", "計量單位", "单位", "單位"), "unit"),
    **dict.fromkeys(("成本", "标准成本", "標準成本"), "standard_cost"),
    **dict.fromkeys(("供应商", "供應商"), "supplier"),
    **dict.fromkeys(("交货期", "交貨期", "交期"), "lead_time_days"),
    **dict.fromkeys(("包装数量", "包裝數量"), "pack_size"),
    **dict.fromkeys(("默认货位", "預設儲位"), "default_bin"),
    **dict.fromkeys(("适用产品", "適用產品", "适用机型", "適用機型"), "compatible"),
    **dict.fromkeys(("库位", "庫位", "仓库", "倉庫"), "location"),
    **dict.fromkeys(("货位", "儲位"), "bin"),
    **dict.fromkeys(("数量", "數量", "库存数量", "庫存數量"), "quantity"),
    **dict.fromkeys(("单位成本", "單位成本", "单价", "單價"), "unit_cost"),
}


def _list(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.replace("|", ";").split(";") if x.strip())


def _whole(value: str, field: str, label: str) -> int:
    try:
        return int(value) if value else 0
    except ValueError:
        raise InvalidInput(
            _("{label} “{value}” is not a whole number.").format(label=_(label), value=value),
            field=field,
        ) from None


def _part_draft(row: dict[str, str]) -> stock.PartDraft:
    return stock.PartDraft(
        row.get("part_number", ""),
        row.get("description", ""),
        unit=row.get("unit") or "pcs",
        standard_cost=row.get("standard_cost") or 0,
        supplier=row.get("supplier", ""),
        supplier_part_number=row.get("supplier_part_number", ""),
        lead_time_days=_whole(row.get("lead_time_days", ""), "lead_time", N_("Lead time")),
        pack_size=row.get("pack_size") or 1,
        default_bin=row.get("default_bin", ""),
        notes=row.get("notes", ""),
        compatible_skus=_list(row.get("compatible", "")),
        substitutes=_list(row.get("substitutes", "")),
    )


@dataclass
class _CatalogueRow:
    """A catalogue line, checked as far as it can be without the database: its
    values, the product codes it fits and its substitutes' part numbers (None if
    one cannot be read: :func:`stock.save_part` says why)."""

    draft: stock.PartDraft | None = None
    values: dict | None = None
    refused: FieldServiceError | None = None
    skus: frozenset[str] = frozenset()
    substitutes: frozenset[str] | None = frozenset()


def _check_part(row: dict[str, str]) -> _CatalogueRow:
    try:
        draft = _part_draft(row)
        stock.part_number(draft.part_number)
        values = stock.clean_part(draft)
    except FieldServiceError as refusal:
        return _CatalogueRow(refused=refusal)
    checked = _CatalogueRow(draft, values)
    checked.skus = frozenset(x.strip().upper() for x in draft.compatible_skus if x.strip())
    try:
        checked.substitutes = frozenset(
            stock.part_number(x, "substitutes") for x in draft.substitutes if x.strip()
        )
    except FieldServiceError:
        checked.substitutes = None
    return checked


@dataclass
class _NewParts:
    """The batch's new parts and their links, written together."""

    parts: list[dict] = field(default_factory=list)
    compatible: list[dict] = field(default_factory=list)
    substitutes: list[dict] = field(default_factory=list)

    def write(self, s: Session) -> None:
        bulk_insert(s, Part, self.parts)
        bulk_insert(s, PartCompatibility, self.compatible)
        bulk_insert(s, PartSubstitute, self.substitutes)
        self.parts, self.compatible, self.substitutes = [], [], []


def _import_parts_batch(db: Database, batch: list[dict[str, str]]) -> list[RowOutcome]:
    """A batch of catalogue lines in one transaction. A line that adds a new part
    whose links are all known goes in with the batch's other new parts; any other
    (a part already there, an unknown product or substitute) goes through
    :func:`stock.save_part` in a savepoint, as a single line would, after the new
    parts before it are written."""
    rows = [_check_part(values) for values in batch]
    numbers = {r.values["part_number"] for r in rows if r.values} | {
        n for r in rows for n in r.substitutes or ()
    }
    with db.write() as s:
        parts = {
            p.part_number: p for p in s.scalars(select(Part).where(Part.part_number.in_(numbers)))
        }
        part_ids = {number: p.id for number, p in parts.items() if not p.deleted}
        products = dict(s.execute(select(Product.sku, Product.id).where(~Product.deleted)).all())
        links = _current_links(s, [p.id for p in parts.values() if not p.deleted])
        new = _NewParts()
        outcomes: list[RowOutcome] = []
        for row in rows:
            if row.refused is not None:
                outcomes.append(row.refused)
                continue
            assert row.draft is not None and row.values is not None
            number = row.values["part_number"]
            known = number in parts or number in part_ids
            if not known and _links_known(row, number, products, part_ids):
                part_ids[number] = _add_part(row, products, part_ids, new)
                outcomes.append(True)
                continue
            existing = parts.get(number)
            if existing is not None and not existing.deleted and _unchanged(row, existing, links):
                outcomes.append(False)
                continue
            new.write(s)  # the rules below look for the parts before this one
            try:
                with s.begin_nested():
                    part, changed = _save_part(s, row.draft, row.values)
            except FieldServiceError as refusal:
                outcomes.append(refusal)
                continue
            outcomes.append(changed)
            # Later lines for this part go the same way: what was read of it is old.
            parts.pop(number, None)
            part_ids[number] = part.id
        new.write(s)
    return outcomes


def _links_known(row: _CatalogueRow, number: str, products: dict, part_ids: dict) -> bool:
    """Whether every product and substitute the line names is in the catalogue
    (and the part is not its own substitute)."""
    return (
        row.substitutes is not None
        and all(sku in products for sku in row.skus)
        and all(other in part_ids for other in row.substitutes)
        and number not in row.substitutes
    )


def _add_part(row: _CatalogueRow, products: dict, part_ids: dict, new: _NewParts) -> uuid.UUID:
    """Put the line's new part and its links in the batch's new rows."""
    assert row.values is not None and row.substitutes is not None
    part_id = new_id()
    new.parts.append({**row.values, "id": part_id})
    new.compatible.extend({"part_id": part_id, "product_id": products[sku]} for sku in row.skus)
    new.substitutes.extend(
        {"part_id": part_id, "substitute_id": part_ids[other]} for other in row.substitutes
    )
    return part_id


def _current_links(s: Session, part_ids: list) -> dict:
    """(compatible product codes, substitute part numbers) of each part."""
    links: dict = {pid: (set(), set()) for pid in part_ids}
    substitute = Part.__table__.alias("substitute")
    for pid, sku in s.execute(
        select(PartCompatibility.part_id, Product.sku)
        .join(Product, Product.id == PartCompatibility.product_id)
        .where(PartCompatibility.part_id.in_(part_ids), ~PartCompatibility.deleted)
    ):
        links[pid][0].add(sku)
    for pid, number in s.execute(
        select(PartSubstitute.part_id, substitute.c.part_number)
        .join(substitute, substitute.c.id == PartSubstitute.substitute_id)
        .where(PartSubstitute.part_id.in_(part_ids), ~PartSubstitute.deleted)
    ):
        links[pid][1].add(number)
    return links


def _unchanged(row: _CatalogueRow, part: Part, links: dict) -> bool:
    """Whether the line says what the catalogue has already (values and links)."""
    assert row.values is not None
    skus, substitutes = links[part.id]
    return (
        all(getattr(part, key) == value for key, value in row.values.items())
        and row.skus == skus
        and row.substitutes == substitutes
    )


def _save_part(s: Session, draft: stock.PartDraft, values: dict) -> tuple[Part, bool]:
    """One catalogue line through the catalogue's own rules: a new part, or the
    part with this number changed; the part, and whether anything changed."""
    existing = s.scalar(
        select(Part).where(Part.part_number == values["part_number"], ~Part.deleted)
    )
    if existing is None:
        return stock.save_part(s, values, draft), True
    before = stock._part_record(s, existing)
    part = stock.save_part(s, values, draft, existing)
    return part, stock._part_record(s, part) != before


def import_parts(
    db: Database, source: str | Path | bytes, *, batch_rows: int = BATCH_ROWS
) -> Generator[tuple[int, int], None, ImportReport]:
    """Import the parts catalogue: ``part_number`` and ``description`` required; unit,
    standard_cost, supplier, supplier_part_number, lead_time_days, pack_size,
    default_bin, notes, compatible (product codes, ``;``-separated), substitutes.
    Yields (lines done, lines in all) after each batch of *batch_rows*."""
    total, rows, read_as = read_rows(
        source,
        required=("part_number", "description"),
        aliases=PART_ALIASES,
        region=site.region(db),
    )
    return (
        yield from import_in_batches(
            rows,
            total,
            lambda batch: _import_parts_batch(db, batch),
            batch_rows=batch_rows,
            read_as=read_as,
        )
    )


def _import_balances_batch(db: Database, batch: list[dict[str, str]]) -> list[RowOutcome]:
    """A batch of stock-list lines in one transaction: each line's part, location and
    bin is set to the line's quantity (an opening movement of the difference), the
    lines before it in the file counted."""
    checked: list[tuple[Decimal, Decimal | None] | FieldServiceError] = []
    for row in batch:
        try:
            target = stock.quantity(row.get("quantity", ""), allow_zero=True)
            cost = stock.money(row["unit_cost"]) if row.get("unit_cost") else None
            checked.append((target, cost))
        except FieldServiceError as refusal:
            checked.append(refusal)
    numbers = set()
    for row in batch:
        with contextlib.suppress(FieldServiceError):  # refused below, in the line's turn
            numbers.add(stock.part_number(row.get("part_number", "")))
    with db.write() as s:
        parts = {
            p.part_number: p
            for p in s.scalars(select(Part).where(Part.part_number.in_(numbers), ~Part.deleted))
        }
        ids = [p.id for p in parts.values()]
        balances = {
            (b.part_id, b.location_id, b.bin): b.on_hand
            for b in s.scalars(select(StockBalance).where(StockBalance.part_id.in_(ids)))
        }
        costed = set(s.scalars(select(PartCost.part_id).where(PartCost.part_id.in_(ids))))
        locations: dict[str, StockLocation | FieldServiceError] = {}
        costs: list[dict] = []
        movements: list[dict] = []
        outcomes: list[RowOutcome] = []
        for row, values in zip(batch, checked, strict=True):
            if isinstance(values, FieldServiceError):
                outcomes.append(values)
                continue
            target, cost = values
            try:
                part = _part(s, parts, row.get("part_number", ""))
                location = _location(s, db, locations, row.get("location", ""))
                bin_code = stock._bin(row.get("bin") or None, part)
            except FieldServiceError as refusal:
                outcomes.append(refusal)
                continue
            key = (part.id, location.id, bin_code)
            difference = target - balances.get(key, ZERO)
            if cost is not None and part.id not in costed:
                costs.append({"part_id": part.id, "average_cost": cost})
                costed.add(part.id)
            if not difference:
                outcomes.append(False)
                continue
            balances[key] = target
            movements.append(
                {
                    "part_id": part.id,
                    "location_id": location.id,
                    "bin": bin_code,
                    "kind": "opening",
                    "quantity": difference,
                    "unit_cost": cost,
                    "reference": "opening balance",
                }
            )
            outcomes.append(True)
        if costs:
            s.execute(insert(PartCost), costs)
        if movements:
            stock.post_movements(s, db, movements)
    return outcomes


def _part(s: Session, parts: dict[str, Part], number: str) -> Part:
    """The part a line names (found with the batch's), or the catalogue's refusal."""
    try:
        found = parts.get(stock.part_number(number))
    except FieldServiceError:
        found = None
    return found if found is not None else stock._part_by_number(s, number)


def _location(
    s: Session, db: Database, found: dict[str, StockLocation | FieldServiceError], code: str
) -> StockLocation:
    """The location a line names, looked up once a batch (a list names few)."""
    if code not in found:
        try:
            found[code] = stock._location(s, db, code)
        except FieldServiceError as refusal:
            found[code] = refusal
    location = found[code]
    if isinstance(location, FieldServiceError):
        raise location
    return location


def import_opening_balances(
    db: Database, source: str | Path | bytes, *, batch_rows: int = BATCH_ROWS
) -> Generator[tuple[int, int], None, ImportReport]:
    """Set on-hand from a stock list: ``part_number``, ``location``, ``quantity``
    required; ``bin`` (default: the part's default bin) and ``unit_cost`` optional.
    Yields (lines done, lines in all) after each batch of *batch_rows*."""
    total, rows, read_as = read_rows(
        source,
        required=("part_number", "location", "quantity"),
        aliases=PART_ALIASES,
        region=site.region(db),
    )
    return (
        yield from import_in_batches(
            rows,
            total,
            lambda batch: _import_balances_batch(db, batch),
            batch_rows=batch_rows,
            read_as=read_as,
        )
    )


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
# A workbook's header: the columns as people read them, in the program's language.
COLUMN_NAMES = {
    "part_number": N_("Part number"),
    "description": N_("Description"),
    "location": N_("Location"),
    "bin": N_("Bin"),
    "on_hand": N_("On hand"),
    "unit": N_("Unit"),
    "average_cost": N_("Average cost"),
    "value": N_("Value"),
    "date": N_("Date"),
    "kind": N_("Kind"),
    "quantity": N_("Quantity"),
    "unit_cost": N_("Unit cost"),
    "reference": N_("Reference"),
    "order": N_("Order"),
    "reason": N_("Reason"),
    "by": N_("By"),
    "override_by": N_("Override by"),
}


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
    """Write rows to ``.csv`` or ``.xlsx``, chosen by the file's suffix: a CSV file
    headed by the column keys (it imports back as it is), a workbook by the
    columns' names as people read them ("Part number", 零件号)."""
    header = list(columns)
    if Path(path).suffix.lower() == ".xlsx":
        header = [_(COLUMN_NAMES[c]) for c in columns]
    return spreadsheets.write_table(path, header, rows, title)


def export_stock(db: Database, path: Path) -> Path:
    return write_table(path, STOCK_COLUMNS, stock_rows(db), "Stock")


def export_movements(db: Database, path: Path, since: dt.date | None = None) -> Path:
    return write_table(path, MOVEMENT_COLUMNS, movement_rows(db, since), "Movements")
