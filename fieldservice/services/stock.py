"""Spare parts and stock: the parts clerk's day.

Stock is a ledger (DESIGN.md): every receipt, issue, return, transfer,
adjustment and count result is a ``stock_movement`` row, appended and never
changed; a mistake is undone by a reversing movement. On-hand per part,
location and bin is the ledger's sum, kept in ``stock_balance`` in the same
transaction as each movement.

Rules:

* a part cannot be issued beyond what is on hand where it is issued from; the
  refusal says how many are there and where else the part is in stock. A
  manager may override (recorded with their name and the reason);
* writes take the database's write lock first (``BEGIN IMMEDIATE``), so two
  clerks issuing the last unit at the same moment cannot both succeed;
* the average cost moves on every receipt: (stock × average + received × cost)
  / (stock + received);
* faulty parts returned from repairs go to a quarantine location and are not
  counted as available.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sqlalchemy import (
    ColumnElement,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import AlreadyExists, InvalidInput, NotFound, PartOutOfStock
from fieldservice.i18n import N_, _
from fieldservice.models import (
    Part,
    PartCompatibility,
    PartCost,
    PartRequest,
    PartSubstitute,
    Product,
    Quantity,
    ReorderRule,
    StockBalance,
    StockLocation,
    StockMovement,
    SupplierOrder,
)
from fieldservice.services import numbering, validation
from fieldservice.services import search as search_index

ZERO = Decimal(0)

# Names people read (marked for translation: shown as ``_(LOCATION_KINDS[kind])``).
LOCATION_KINDS = {"store": N_("Store"), "van": N_("Van stock"), "quarantine": N_("Quarantine")}

MOVEMENT_KINDS = {
    "receipt": N_("Receipt"),
    "issue": N_("Issue to order"),
    "return": N_("Return from order"),
    "faulty": N_("Faulty part returned"),
    "transfer_out": N_("Transfer out"),
    "transfer_in": N_("Transfer in"),
    "adjustment": N_("Adjustment"),
    "count": N_("Count result"),
    "opening": N_("Opening balance"),
    "reversal": N_("Reversal"),
}


def _quantity(expression):
    """An SQL expression over quantity columns, read back as a quantity (SQL
    arithmetic and coalesce() lose the column's type)."""
    return type_coerce(expression, Quantity())


# -- quantities -----------------------------------------------------------------------

# Quantities and money follow the shared rules (bounds, decimals, no exponents);
# the names stay here too, where the parts screens and the head office's
# catalogue import use them.
money = validation.money


def quantity(
    value: object,
    field: str = "quantity",
    *,
    allow_zero: bool = False,
    maximum: Decimal = validation.MAX_QUANTITY,
) -> Decimal:
    """A quantity typed by a clerk (see :func:`validation.quantity`); an empty field
    asks for one, and text that is no number says what to type."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInput(_("Enter a quantity."), field=field)
    try:
        return validation.quantity(value, field, allow_zero=allow_zero, maximum=maximum)
    except InvalidInput as exc:
        if exc.message == _("“{value}” is not a quantity.").format(value=value):
            raise InvalidInput(
                _("“{value}” is not a quantity: type a whole number such as 2").format(
                    value=str(value).strip()
                ),
                field=field,
            ) from None
        raise


def shown(value: Decimal) -> str:
    """A quantity as people write it: 2, 2.5 (never 2.500 or 2E+1)."""
    text = format(value.normalize(), "f")
    return text


# -- catalogue ------------------------------------------------------------------------


@dataclass(frozen=True)
class PartDraft:
    part_number: str
    description: str
    unit: str = "pcs"
    standard_cost: Decimal | str | int = 0
    supplier: str = ""
    supplier_part_number: str = ""
    lead_time_days: int = 0
    pack_size: Decimal | str | int = 1
    default_bin: str = ""
    notes: str = ""
    compatible_skus: tuple[str, ...] = ()
    substitutes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartRecord:
    id: uuid.UUID
    part_number: str
    description: str
    unit: str
    standard_cost: Decimal
    supplier: str
    supplier_part_number: str
    lead_time_days: int
    pack_size: Decimal
    default_bin: str
    notes: str
    compatible_skus: tuple[str, ...]
    substitutes: tuple[str, ...]

    def draft(self) -> PartDraft:
        return PartDraft(
            self.part_number,
            self.description,
            self.unit,
            self.standard_cost,
            self.supplier,
            self.supplier_part_number,
            self.lead_time_days,
            self.pack_size,
            self.default_bin,
            self.notes,
            self.compatible_skus,
            self.substitutes,
        )


_substitute = Part.__table__.alias("substitute")
# Built once: the clerk's on-hand look-up runs these all day.
_PART_LINKS = union_all(
    select(literal("compatible"), Product.sku)
    .join(PartCompatibility, PartCompatibility.product_id == Product.id)
    .where(PartCompatibility.part_id == bindparam("part_id"), ~PartCompatibility.deleted),
    select(literal("substitute"), _substitute.c.part_number)
    .join(PartSubstitute, PartSubstitute.substitute_id == _substitute.c.id)
    .where(PartSubstitute.part_id == bindparam("part_id"), ~PartSubstitute.deleted),
)


def _part_record(s: Session, p: Part) -> PartRecord:
    links: dict[str, list[str]] = {"compatible": [], "substitute": []}
    for kind, value in s.execute(_PART_LINKS, {"part_id": p.id}):
        links[kind].append(value)
    return PartRecord(
        p.id,
        p.part_number,
        p.description,
        p.unit,
        p.standard_cost,
        p.supplier,
        p.supplier_part_number,
        p.lead_time_days,
        p.pack_size,
        p.default_bin,
        p.notes,
        tuple(sorted(links["compatible"])),
        tuple(sorted(links["substitute"])),
    )


def part_number(value: str, field: str = "part_number") -> str:
    """A part number as stored and scanned: trimmed, no inner spaces, upper case."""
    text = "".join((value or "").split()).upper()
    if not text:
        raise InvalidInput(_("Enter the part number (scan the label or type it)."), field=field)
    return validation.limited(text, field, N_("part number"), 64)


def clean_part(draft: PartDraft) -> dict:
    """A part's values as stored, each checked; every problem found is raised at
    once, each naming its field."""
    problems = validation.Problems()
    values: dict = {}
    with problems.collected():
        values["part_number"] = part_number(draft.part_number)
    with problems.collected():
        values["description"] = validation.limited(
            validation.required(draft.description, "description", N_("description")),
            "description",
            N_("description"),
            300,
        )
    with problems.collected():
        values["unit"] = validation.limited(draft.unit or "pcs", "unit", N_("unit of measure"), 10)
    with problems.collected():
        values["standard_cost"] = money(draft.standard_cost, "standard_cost")
    with problems.collected():
        values["supplier"] = validation.limited(draft.supplier, "supplier", N_("supplier"), 200)
    with problems.collected():
        values["supplier_part_number"] = validation.limited(
            draft.supplier_part_number, "supplier_part_number", N_("supplier's part number"), 64
        )
    with problems.collected():
        lead = draft.lead_time_days
        if not isinstance(lead, int) or lead < 0 or lead > 730:
            raise InvalidInput(
                _("The lead time is a whole number of days (0 to 730)."), field="lead_time"
            )
        values["lead_time_days"] = lead
    with problems.collected():
        values["pack_size"] = quantity(draft.pack_size, "pack_size")
    with problems.collected():
        values["default_bin"] = validation.limited(
            draft.default_bin, "default_bin", N_("bin"), 32
        ).upper()
    with problems.collected():
        values["notes"] = validation.lines_of_text(draft.notes, "notes", N_("notes"))
    problems.raise_any()
    return values


def _links(s: Session, part: Part, draft: PartDraft) -> None:
    """Make the part's compatible products and substitutes what the draft says."""
    wanted_products = {}
    for sku in {x.strip().upper() for x in draft.compatible_skus if x.strip()}:
        product = s.scalar(select(Product).where(Product.sku == sku, ~Product.deleted))
        if product is None:
            raise InvalidInput(
                _("Unknown product code “{sku}”.").format(sku=sku), field="compatible"
            )
        wanted_products[product.id] = product
    current = {
        link.product_id: link
        for link in s.scalars(select(PartCompatibility).where(PartCompatibility.part_id == part.id))
    }
    for product_id in wanted_products:
        link = current.get(product_id)
        if link is None:
            s.add(PartCompatibility(part_id=part.id, product_id=product_id))
        elif link.deleted:
            link.deleted = False
    for product_id, link in current.items():
        if product_id not in wanted_products and not link.deleted:
            link.deleted = True

    wanted_parts = {}
    for number in {part_number(x, "substitutes") for x in draft.substitutes if x.strip()}:
        other = s.scalar(select(Part).where(Part.part_number == number, ~Part.deleted))
        if other is None:
            raise InvalidInput(
                _("Unknown part number “{number}”.").format(number=number), field="substitutes"
            )
        if other.id == part.id:
            raise InvalidInput(_("A part cannot be its own substitute."), field="substitutes")
        wanted_parts[other.id] = other
    current_subs = {
        link.substitute_id: link
        for link in s.scalars(select(PartSubstitute).where(PartSubstitute.part_id == part.id))
    }
    for other_id in wanted_parts:
        sub = current_subs.get(other_id)
        if sub is None:
            s.add(PartSubstitute(part_id=part.id, substitute_id=other_id))
        elif sub.deleted:
            sub.deleted = False
    for other_id, sub in current_subs.items():
        if other_id not in wanted_parts and not sub.deleted:
            sub.deleted = True


def _unique_number(s: Session, number: str, other_than: uuid.UUID | None) -> None:
    existing = s.scalar(select(Part).where(Part.part_number == number))
    if existing is not None and existing.id != other_than:
        raise AlreadyExists(
            _("Part number {number} is already in the catalogue: “{description}”.").format(
                number=number, description=existing.description
            ),
            field="part_number",
            existing_id=existing.id,
        )


def create_part(db: Database, draft: PartDraft) -> PartRecord:
    values = clean_part(draft)
    with db.write() as s:
        return _part_record(s, save_part(s, values, draft))


def update_part(db: Database, part_id: uuid.UUID, draft: PartDraft) -> PartRecord:
    values = clean_part(draft)
    with db.write() as s:
        return _part_record(s, save_part(s, values, draft, _get_part(s, part_id)))


def save_part(s: Session, values: dict, draft: PartDraft, part: Part | None = None) -> Part:
    """Add a part (or change *part*) with its compatible products and substitutes,
    inside the caller's unit of work; *values* are checked (see :func:`clean_part`).
    A part number used by another part, even a deleted one, is refused."""
    _unique_number(s, values["part_number"], part.id if part else None)
    if part is None:
        part = Part(**values)
        s.add(part)
        s.flush()
    else:
        for key, value in values.items():
            if getattr(part, key) != value:
                setattr(part, key, value)
    _links(s, part, draft)
    s.flush()
    return part


def _get_part(s: Session, part_id: uuid.UUID) -> Part:
    part = s.get(Part, part_id)
    if part is None or part.deleted:
        raise NotFound(_("That part is not in the catalogue."))
    return part


def _part_by_number(s: Session, number: str) -> Part:
    number = part_number(number)
    part = s.scalar(select(Part).where(Part.part_number == number, ~Part.deleted))
    if part is None:
        raise NotFound(_("Part {number} is not in the catalogue.").format(number=number))
    return part


def get_part(db: Database, number_or_id: str | uuid.UUID) -> PartRecord:
    with db.read() as s:
        return read_part(s, number_or_id)


def read_part(s: Session, number_or_id: str | uuid.UUID) -> PartRecord:
    """:func:`get_part` inside the caller's unit of work."""
    if isinstance(number_or_id, uuid.UUID):
        return _part_record(s, _get_part(s, number_or_id))
    return _part_record(s, _part_by_number(s, number_or_id))


@dataclass(frozen=True)
class PartRow:
    id: uuid.UUID
    part_number: str
    description: str
    unit: str
    supplier: str
    default_bin: str
    on_hand: Decimal
    average_cost: Decimal | None


def _part_filter(search: str):
    search = (search or "").strip()
    if not search:
        return None
    pattern = f"%{search}%"
    found = [
        Part.part_number.ilike(f"{''.join(search.split())}%"),
        Part.description.ilike(pattern),
        Part.supplier.ilike(pattern),
        Part.supplier_part_number.ilike(pattern),
    ]
    # Chinese names in either script, in pinyin, and any part of them (电源, 電源, dianyuan).
    chinese = search_index.chinese_filter("part", search)
    return or_(*found, *([chinese] if chinese is not None else []))


def count_parts(db: Database, search: str = "") -> int:
    query = select(func.count()).select_from(Part).where(~Part.deleted)
    where = _part_filter(search)
    if where is not None:
        query = query.where(where)
    with db.read() as s:
        return s.scalar(query) or 0


def list_parts(
    db: Database, search: str = "", *, offset: int = 0, limit: int = 100
) -> list[PartRow]:
    """One page of the catalogue with this centre's on-hand (quarantine excluded)."""
    stock = (
        select(StockBalance.part_id, func.sum(StockBalance.on_hand).label("on_hand"))
        .join(StockLocation, StockLocation.id == StockBalance.location_id)
        .where(StockLocation.kind != "quarantine")
        .group_by(StockBalance.part_id)
        .subquery()
    )
    query = (
        select(
            Part.id,
            Part.part_number,
            Part.description,
            Part.unit,
            Part.supplier,
            Part.default_bin,
            _quantity(func.coalesce(stock.c.on_hand, 0)),
            PartCost.average_cost,
        )
        .outerjoin(stock, stock.c.part_id == Part.id)
        .outerjoin(PartCost, PartCost.part_id == Part.id)
        .where(~Part.deleted)
        .order_by(Part.part_number)
        .offset(offset)
        .limit(limit)
    )
    where = _part_filter(search)
    if where is not None:
        query = query.where(where)
    with db.read() as s:
        rows = s.execute(query).all()
    return [
        PartRow(pid, number, text, unit, supplier, bin_code, have, cost)
        for pid, number, text, unit, supplier, bin_code, have, cost in rows
    ]


def parts_for_product(db: Database, product_id: uuid.UUID) -> list[PartRecord]:
    """The parts that fit a product (for the technician choosing parts)."""
    with db.read() as s:
        parts = s.scalars(
            select(Part)
            .join(PartCompatibility, PartCompatibility.part_id == Part.id)
            .where(
                PartCompatibility.product_id == product_id,
                ~PartCompatibility.deleted,
                ~Part.deleted,
            )
            .order_by(Part.part_number)
        )
        return [_part_record(s, p) for p in parts]


# -- locations ------------------------------------------------------------------------


@dataclass(frozen=True)
class LocationRecord:
    id: uuid.UUID
    code: str
    name: str
    kind: str
    technician: str


def _location_record(loc: StockLocation) -> LocationRecord:
    return LocationRecord(loc.id, loc.code, loc.name, loc.kind, loc.technician)


def create_location(
    db: Database, code: str, name: str, kind: str = "store", technician: str = ""
) -> LocationRecord:
    code = validation.printable("".join((code or "").split()).upper(), "code", N_("location code"))
    if not code or len(code) > 16:
        raise InvalidInput(_("The location code is 1 to 16 letters or digits."), field="code")
    if kind not in LOCATION_KINDS:
        raise InvalidInput(_("Unknown kind of location “{kind}”.").format(kind=kind), field="kind")
    name = validation.limited(
        validation.required(name, "name", N_("location's name")),
        "name",
        N_("location's name"),
        100,
    )
    technician = validation.limited(technician, "technician", N_("technician's name"), 100)
    with db.write() as s:
        found = select(StockLocation.id).where(_own_locations(db), StockLocation.code == code)
        if s.scalar(found) is not None:
            raise AlreadyExists(
                _("There is already a location {code}.").format(code=code), field="code"
            )
        location = StockLocation(code=code, name=name, kind=kind, technician=technician)
        s.add(location)
        s.flush()
        return _location_record(location)


def _own_locations(db: Database) -> ColumnElement[bool]:
    """This centre's locations: each centre names its own, so another centre may
    have one of the same code."""
    return StockLocation.origin_site == db.site_code


def list_locations(db: Database) -> list[LocationRecord]:
    """This centre's stock locations, by code."""
    with db.read() as s:
        return read_locations(s, db)


def read_locations(s: Session, db: Database) -> list[LocationRecord]:
    """:func:`list_locations` inside the caller's unit of work."""
    rows = s.scalars(
        select(StockLocation)
        .where(_own_locations(db), ~StockLocation.deleted)
        .order_by(StockLocation.code)
    )
    return [_location_record(loc) for loc in rows]


def _location(s: Session, db: Database, code: str) -> StockLocation:
    code = "".join((code or "").split()).upper()
    location = s.scalar(
        select(StockLocation).where(
            _own_locations(db), StockLocation.code == code, ~StockLocation.deleted
        )
    )
    if location is None:
        raise InvalidInput(
            _("There is no stock location {code}.").format(code=code), field="location"
        )
    return location


def _quarantine(s: Session, db: Database) -> StockLocation:
    location = s.scalar(
        select(StockLocation)
        .where(
            _own_locations(db),
            StockLocation.kind == "quarantine",
            ~StockLocation.deleted,
        )
        .order_by(StockLocation.code)
        .limit(1)
    )
    if location is None:
        raise InvalidInput(
            _("There is no quarantine location for faulty parts: add one first."),
            field="location",
        )
    return location


_BIN_PARTS = re.compile(r"\d+|\D+")


def bin_order(code: str) -> tuple[tuple[int, int, str], ...]:
    """A bin's place in shelf order: its letters as letters and its numbers as
    numbers, so E2 comes before E10 and E1 to E5 does not take in E11."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _BIN_PARTS.findall((code or "").strip().upper())
    )


def bin_in_range(code: str, bin_from: str, bin_to: str) -> bool:
    """Whether bin *code* lies from *bin_from* to *bin_to* in shelf order (an empty
    end is open)."""
    key = bin_order(code)
    if bin_from and key < bin_order(bin_from):
        return False
    return not (bin_to and key > bin_order(bin_to))


# -- the ledger -----------------------------------------------------------------------


def _balance(s: Session, part_id: uuid.UUID, location_id: uuid.UUID, bin: str) -> Decimal:
    value = s.scalar(
        select(StockBalance.on_hand).where(
            StockBalance.part_id == part_id,
            StockBalance.location_id == location_id,
            StockBalance.bin == bin,
        )
    )
    return value if value is not None else ZERO


def post_movement(
    s: Session,
    db: Database,
    *,
    part_id: uuid.UUID,
    location_id: uuid.UUID,
    bin: str,
    kind: str,
    quantity: Decimal,
    **details,
) -> StockMovement:
    """Append one movement and move the balance cache with it (same transaction).

    Every movement goes through here, so the cache can never drift from the ledger.
    """
    movement = StockMovement(
        part_id=part_id,
        location_id=location_id,
        bin=bin,
        kind=kind,
        quantity=quantity,
        by=db.user,
        **details,
    )
    s.add(movement)
    move_balances(
        s, [{"part_id": part_id, "location_id": location_id, "bin": bin, "on_hand": quantity}]
    )
    return movement


_MOVEMENT_DEFAULTS = {
    "unit_cost": None,
    "reference": "",
    "order_id": None,
    "order_number": "",
    "transfer_id": None,
    "reverses_id": None,
    "reason": "",
    "override_by": "",
}


def post_movements(s: Session, db: Database, movements: list[dict]) -> None:
    """Append many movements at once (a count, an opening stock list) with their
    outbox entries, and move the balance cache with them, in the caller's
    transaction. Each dict has part_id, location_id, bin, kind, quantity and any of
    the optional details."""
    rows = [{**_MOVEMENT_DEFAULTS, **m, "by": db.user} for m in movements]
    bulk_insert(s, StockMovement, rows)
    move_balances(
        s,
        [
            {
                "part_id": r["part_id"],
                "location_id": r["location_id"],
                "bin": r["bin"],
                "on_hand": r["quantity"],
            }
            for r in rows
        ],
    )


def move_balances(s: Session, changes: list[dict]) -> None:
    """Add each change to its (part, location, bin) balance, creating it if new."""
    if not changes:
        return
    statement = sqlite_insert(StockBalance)
    s.execute(
        statement.on_conflict_do_update(
            index_elements=["part_id", "location_id", "bin"],
            set_={"on_hand": StockBalance.on_hand + statement.excluded.on_hand},
        ),
        changes,
    )


def _average_cost(s: Session, part_id: uuid.UUID) -> Decimal | None:
    return s.scalar(select(PartCost.average_cost).where(PartCost.part_id == part_id))


def _order_cost(s: Session, part: Part) -> Decimal | None:
    """What one *part* is valued at when it goes to a repair order or comes back
    unused (and so what the order is charged): this centre's average cost; while
    no delivery has come with a cost, the catalogue's standard cost; None when
    neither is known."""
    average = _average_cost(s, part.id)
    if average is not None:
        return average
    return part.standard_cost or None


def _stock_total(s: Session, part_id: uuid.UUID) -> Decimal:
    total = s.scalar(
        select(func.sum(StockBalance.on_hand))
        .join(StockLocation, StockLocation.id == StockBalance.location_id)
        .where(StockBalance.part_id == part_id, StockLocation.kind != "quarantine")
    )
    return total if total is not None else ZERO


@dataclass(frozen=True)
class MovementRecord:
    id: uuid.UUID
    at: dt.datetime
    kind: str
    part_number: str
    location: str
    bin: str
    quantity: Decimal
    unit_cost: Decimal | None
    reference: str
    order_number: str
    reason: str
    by: str
    override_by: str
    transfer_id: uuid.UUID | None
    reverses_id: uuid.UUID | None

    @property
    def kind_label(self) -> str:
        """The kind of movement in words, in the program's language."""
        return _(MOVEMENT_KINDS[self.kind]) if self.kind in MOVEMENT_KINDS else self.kind


def _movement_query():
    return (
        select(
            StockMovement.id,
            StockMovement.created_at,
            StockMovement.kind,
            Part.part_number,
            StockLocation.code,
            StockMovement.bin,
            StockMovement.quantity,
            StockMovement.unit_cost,
            StockMovement.reference,
            StockMovement.order_number,
            StockMovement.reason,
            StockMovement.by,
            StockMovement.override_by,
            StockMovement.transfer_id,
            StockMovement.reverses_id,
        )
        .join(Part, Part.id == StockMovement.part_id)
        .join(StockLocation, StockLocation.id == StockMovement.location_id)
    )


def _records(s: Session, movements: Iterable[StockMovement]) -> list[MovementRecord]:
    ids = [m.id for m in movements]
    s.flush()
    rows = {
        row[0]: MovementRecord(*row)
        for row in s.execute(_movement_query().where(StockMovement.id.in_(ids)))
    }
    return [rows[i] for i in ids]


def _bin(value: str | None, part: Part) -> str:
    if value is None:
        return part.default_bin
    return validation.limited(value, "bin", "bin", 32).upper()


def receive(
    db: Database,
    part: str,
    qty: object,
    location: str,
    *,
    bin: str | None = None,
    unit_cost: object = None,
    supplier_ref: str = "",
    supplier_order: str = "",
) -> MovementRecord:
    """Book a delivery into stock. With a cost, the part's average cost moves; with a
    supplier order number, that order's outstanding quantity goes down."""
    amount = quantity(qty)
    cost = money(unit_cost) if unit_cost not in (None, "") else None
    with db.write() as s:
        p = _part_by_number(s, part)
        loc = _location(s, db, location)
        if cost is not None:
            before = _stock_total(s, p.id)
            old = _average_cost(s, p.id)
            if old is None or before <= 0:
                average = cost
            else:
                average = (before * old + amount * cost) / (before + amount)
            s.merge(
                PartCost(
                    part_id=p.id, average_cost=average.quantize(Decimal("0.0001"), ROUND_HALF_UP)
                )
            )
        if supplier_order:
            # A purchase order has a line per part and location: this part's line,
            # the one delivered here first.
            order = s.scalar(
                select(SupplierOrder)
                .where(
                    SupplierOrder.number == supplier_order.strip().upper(),
                    SupplierOrder.part_id == p.id,
                )
                .order_by(SupplierOrder.location_id != loc.id, SupplierOrder.id)
                .limit(1)
            )
            if order is None:
                raise InvalidInput(
                    _("Supplier order {order} is not an order for {part}.").format(
                        order=supplier_order, part=p.part_number
                    ),
                    field="supplier_order",
                )
            order.received = order.received + amount
            if order.received >= order.quantity:
                order.status = "closed"
        movement = post_movement(
            s,
            db,
            part_id=p.id,
            location_id=loc.id,
            bin=_bin(bin, p),
            kind="receipt",
            quantity=amount,
            unit_cost=cost,
            reference=validation.limited(
                supplier_ref, "supplier_ref", N_("supplier reference"), 100
            ),
        )
        return _records(s, [movement])[0]


def _elsewhere(
    s: Session, part_id: uuid.UUID, not_here: uuid.UUID
) -> list[tuple[str, str, Decimal]]:
    rows = s.execute(
        select(StockLocation.code, StockBalance.bin, StockBalance.on_hand)
        .join(StockLocation, StockLocation.id == StockBalance.location_id)
        .where(
            StockBalance.part_id == part_id,
            StockBalance.location_id != not_here,
            StockBalance.on_hand > 0,
            StockLocation.kind != "quarantine",
        )
        .order_by(StockBalance.on_hand.desc())
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _where(code: str, bin: str) -> str:
    return f"{code}/{bin}" if bin else code


def _take(
    s: Session,
    db: Database,
    part: Part,
    loc: StockLocation,
    bin: str | None,
    amount: Decimal,
    kind: str,
    override_by: str,
    **details,
) -> list[StockMovement]:
    """Take *amount* out of a location (from *bin*, or from its bins, default bin
    first), refusing to go below zero unless a manager overrides."""
    bins: list[tuple[str, Decimal]] = [
        (bin_code, qty)
        for bin_code, qty in s.execute(
            select(StockBalance.bin, StockBalance.on_hand).where(
                StockBalance.part_id == part.id,
                StockBalance.location_id == loc.id,
                StockBalance.on_hand > 0,
            )
        )
    ]
    if bin is not None:
        bin = bin.upper()
        bins = [b for b in bins if b[0] == bin]
    else:
        bins.sort(key=lambda b: (b[0] != part.default_bin, -b[1], b[0]))
    available = sum((b[1] for b in bins), ZERO)
    if available < amount and not override_by:
        elsewhere = _elsewhere(s, part.id, loc.id)
        where = _where(loc.code, bin) if bin else loc.code
        if elsewhere and available:
            message = _("Only {quantity} × {part} left in {where}; also {elsewhere}.")
        elif elsewhere:
            message = _("None × {part} left in {where}; also {elsewhere}.")
        elif available:
            message = _("Only {quantity} × {part} left in {where}.")
        else:
            message = _("None × {part} left in {where}.")
        others = validation.listed(
            _("{quantity} in {where}").format(quantity=shown(q), where=_where(code, b))
            for code, b, q in elsewhere[:4]
        )
        message = message.format(
            quantity=shown(available), part=part.part_number, where=where, elsewhere=others
        )
        raise PartOutOfStock(message, available=available, elsewhere=elsewhere)
    movements = []
    remaining = amount
    for bin_code, on_hand in bins:
        if remaining <= 0:
            break
        step = min(on_hand, remaining)
        movements.append(
            post_movement(
                s,
                db,
                part_id=part.id,
                location_id=loc.id,
                bin=bin_code,
                kind=kind,
                quantity=-step,
                override_by=override_by,
                **details,
            )
        )
        remaining -= step
    if remaining > 0:  # manager override: the rest goes below zero, in the chosen bin
        movements.append(
            post_movement(
                s,
                db,
                part_id=part.id,
                location_id=loc.id,
                bin=bin if bin is not None else part.default_bin,
                kind=kind,
                quantity=-remaining,
                override_by=override_by,
                **details,
            )
        )
    return movements


def _reason(reason: str) -> str:
    """A movement's reason, when one is not required."""
    return validation.lines_of_text(reason, "reason", N_("reason"))


def _override(override_by: str, reason: str) -> tuple[str, str]:
    override_by = validation.limited(override_by, "override_by", N_("manager's name"), 100)
    if override_by and not (reason or "").strip():
        raise InvalidInput(_("Say why the manager allowed stock below zero."), field="reason")
    return override_by, _reason(reason)


def issue_part_to_order(
    db: Database,
    part: str,
    qty: object,
    location: str,
    *,
    order_id: uuid.UUID,
    order_number: str,
    bin: str | None = None,
    override_by: str = "",
    reason: str = "",
) -> list[MovementRecord]:
    """Issue parts to a repair order from a location (and bin). Refused beyond what
    is on hand there, with the quantity available and where else it is in stock,
    unless *override_by* names the manager who allows it (with a reason)."""
    amount = quantity(qty)
    override_by, reason = _override(override_by, reason)
    with db.write() as s:
        p = _part_by_number(s, part)
        loc = _location(s, db, location)
        cost = _order_cost(s, p)
        movements = _take(
            s,
            db,
            p,
            loc,
            bin,
            amount,
            "issue",
            override_by,
            order_id=order_id,
            order_number=order_number,
            unit_cost=cost,
            reason=reason,
        )
        _request_progress(s, order_id, p.id, issued=amount)
        return _records(s, movements)


def return_part_from_order(
    db: Database,
    part: str,
    qty: object,
    location: str,
    *,
    order_id: uuid.UUID,
    order_number: str,
    bin: str | None = None,
    faulty: bool = False,
    reason: str = "",
) -> MovementRecord:
    """Take back an unused part from a repair order, or (``faulty=True``) the faulty
    part removed from the unit, which goes to quarantine for a claim against the
    supplier. Never more than the order was issued."""
    amount = quantity(qty)
    with db.write() as s:
        p = _part_by_number(s, part)
        issued = -(
            s.scalar(
                select(func.sum(StockMovement.quantity)).where(
                    StockMovement.order_id == order_id,
                    StockMovement.part_id == p.id,
                    StockMovement.kind.in_(("issue", "return")),
                )
            )
            or ZERO
        )
        if not faulty and amount > issued:
            raise InvalidInput(
                _(
                    "Order {order} has {quantity} × {part} issued and not returned: it cannot "
                    "return more."
                ).format(order=order_number, quantity=shown(issued), part=p.part_number),
                field="quantity",
            )
        loc = _quarantine(s, db) if faulty else _location(s, db, location)
        movement = post_movement(
            s,
            db,
            part_id=p.id,
            location_id=loc.id,
            bin=_bin(bin, p) if not faulty else _bin(bin or "", p),
            kind="faulty" if faulty else "return",
            quantity=amount,
            unit_cost=None if faulty else _order_cost(s, p),
            order_id=order_id,
            order_number=order_number,
            reason=_reason(reason),
        )
        if not faulty:
            _request_progress(s, order_id, p.id, returned=amount)
        return _records(s, [movement])[0]


def transfer(
    db: Database,
    part: str,
    qty: object,
    from_location: str,
    to_location: str,
    *,
    from_bin: str | None = None,
    to_bin: str | None = None,
    reason: str = "",
) -> list[MovementRecord]:
    """Move stock between locations or bins: a transfer out and a transfer in that
    share a transfer id."""
    amount = quantity(qty)
    reason = _reason(reason)
    with db.write() as s:
        p = _part_by_number(s, part)
        source = _location(s, db, from_location)
        target = _location(s, db, to_location)
        target_bin = _bin(to_bin, p)
        if source.id == target.id and from_bin is not None and from_bin.upper() == target_bin:
            raise InvalidInput(_("The stock is already there."), field="to_location")
        transfer_id = uuid.uuid4()
        out = _take(
            s,
            db,
            p,
            source,
            from_bin,
            amount,
            "transfer_out",
            "",
            transfer_id=transfer_id,
            reason=reason,
        )
        into = post_movement(
            s,
            db,
            part_id=p.id,
            location_id=target.id,
            bin=target_bin,
            kind="transfer_in",
            quantity=amount,
            transfer_id=transfer_id,
            reason=reason,
        )
        return _records(s, [*out, into])


def adjust(
    db: Database, part: str, change: object, location: str, *, reason: str, bin: str | None = None
) -> MovementRecord:
    """Correct on-hand by a signed quantity (found, damaged, lost), with a reason."""
    text = str(change).strip()
    negative = text.startswith("-")
    amount = quantity(text.lstrip("+-"), "change")
    reason = validation.required(reason, "reason", N_("reason for the adjustment"))
    with db.write() as s:
        p = _part_by_number(s, part)
        loc = _location(s, db, location)
        movement = post_movement(
            s,
            db,
            part_id=p.id,
            location_id=loc.id,
            bin=_bin(bin, p),
            kind="adjustment",
            quantity=-amount if negative else amount,
            reason=reason,
        )
        return _records(s, [movement])[0]


def reverse(db: Database, movement_id: uuid.UUID, reason: str) -> list[MovementRecord]:
    """Undo a movement by appending its opposite (both halves of a transfer)."""
    reason = validation.required(reason, "reason", N_("reason for the reversal"))
    with db.write() as s:
        original = s.get(StockMovement, movement_id)
        if original is None:
            raise NotFound(_("That stock movement does not exist."))
        group = [original]
        if original.transfer_id is not None:
            group = list(
                s.scalars(
                    select(StockMovement).where(StockMovement.transfer_id == original.transfer_id)
                )
            )
        ids = [m.id for m in group]
        if s.scalar(select(func.count()).where(StockMovement.reverses_id.in_(ids))):
            raise InvalidInput(_("That movement has already been reversed."), field="reason")
        done = [
            post_movement(
                s,
                db,
                part_id=m.part_id,
                location_id=m.location_id,
                bin=m.bin,
                kind="reversal",
                quantity=-m.quantity,
                unit_cost=m.unit_cost,
                reverses_id=m.id,
                order_id=m.order_id,
                order_number=m.order_number,
                reason=reason,
            )
            for m in group
        ]
        for m in group:
            if m.order_id is not None and m.kind in ("issue", "return"):
                _request_progress(
                    s,
                    m.order_id,
                    m.part_id,
                    issued=m.quantity if m.kind == "issue" else ZERO,
                    returned=-m.quantity if m.kind == "return" else ZERO,
                )
        return _records(s, done)


def movements(
    db: Database, part: str, *, offset: int = 0, limit: int = 100
) -> list[MovementRecord]:
    """A part's movement history, newest first."""
    with db.read() as s:
        return read_movements(s, part, offset=offset, limit=limit)


def read_movements(
    s: Session, part: str, *, offset: int = 0, limit: int = 100
) -> list[MovementRecord]:
    """:func:`movements` inside the caller's unit of work."""
    p = _part_by_number(s, part)
    rows = s.execute(
        _movement_query()
        .where(StockMovement.part_id == p.id)
        .order_by(StockMovement.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [MovementRecord(*row) for row in rows]


def count_movements(db: Database, part: str) -> int:
    """How many movements a part's history has (for paging through it)."""
    with db.read() as s:
        p = _part_by_number(s, part)
        return (
            s.scalar(
                select(func.count()).select_from(StockMovement).where(StockMovement.part_id == p.id)
            )
            or 0
        )


def reversal_links(
    db: Database, movement_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, MovementRecord]:
    """For each of *movement_ids* that reverses another movement or has been
    reversed: the movement on the other side (the original, or its reversal)."""
    ids = list(movement_ids)
    if not ids:
        return {}
    with db.read() as s:
        return read_reversal_links(s, ids)


def read_reversal_links(
    s: Session, movement_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, MovementRecord]:
    """:func:`reversal_links` inside the caller's unit of work."""
    ids = list(movement_ids)
    if not ids:
        return {}
    pairs = s.execute(
        select(StockMovement.id, StockMovement.reverses_id).where(
            StockMovement.reverses_id.is_not(None),
            or_(StockMovement.id.in_(ids), StockMovement.reverses_id.in_(ids)),
        )
    ).all()
    wanted = set(ids)
    other: dict[uuid.UUID, uuid.UUID] = {}
    for reversal, original in pairs:
        assert original is not None  # selected so
        if reversal in wanted:
            other[reversal] = original
        if original in wanted:
            other[original] = reversal
    if not other:
        return {}
    rows = {
        row[0]: MovementRecord(*row)
        for row in s.execute(_movement_query().where(StockMovement.id.in_(set(other.values()))))
    }
    return {mine: rows[theirs] for mine, theirs in other.items() if theirs in rows}


@dataclass(frozen=True)
class HistoryRow:
    """A movement as the part's history lists it, with the movement it reverses or
    that reversed it."""

    movement: MovementRecord
    linked: MovementRecord | None

    @property
    def id(self) -> uuid.UUID:
        return self.movement.id

    @property
    def reversed(self) -> bool:
        return self.linked is not None and self.movement.kind != "reversal"


def part_history_page(db: Database, part: str, offset: int, limit: int) -> list[HistoryRow]:
    """A page of a part's movements, newest first, each with its reversal link,
    read in one session."""
    with db.read() as s:
        found = read_movements(s, part, offset=offset, limit=limit)
        links = read_reversal_links(s, [m.id for m in found])
        return [HistoryRow(m, links.get(m.id)) for m in found]


@dataclass(frozen=True)
class BinContent:
    """A part kept in a bin: stocked there now, or the bin is its default."""

    part_number: str
    description: str
    location: str
    bin: str
    on_hand: Decimal


def parts_in_bin(db: Database, location: str, bin: str, *, limit: int = 500) -> list[BinContent]:
    """The parts kept in *bin* of *location* (for its shelf labels): those with
    stock there, then those whose default bin it is, by part number."""
    code = validation.limited(bin, "bin", N_("bin"), 32).strip().upper()
    if not code:
        raise InvalidInput(_("Enter the bin."), field="bin")
    with db.read() as s:
        loc = _location(s, db, location)
        stocked = s.execute(
            select(Part.part_number, Part.description, StockBalance.on_hand)
            .join(StockBalance, StockBalance.part_id == Part.id)
            .where(
                StockBalance.location_id == loc.id,
                StockBalance.bin == code,
                StockBalance.on_hand != 0,
                ~Part.deleted,
            )
            .order_by(Part.part_number)
            .limit(limit)
        ).all()
        found = {number: (text, qty) for number, text, qty in stocked}
        if loc.kind != "quarantine" and len(found) < limit:
            for number, text in s.execute(
                select(Part.part_number, Part.description)
                .where(Part.default_bin == code, ~Part.deleted)
                .order_by(Part.part_number)
                .limit(limit - len(found))
            ):
                found.setdefault(number, (text, ZERO))
    return [
        BinContent(number, text, loc.code, code, qty)
        for number, (text, qty) in sorted(found.items())
    ]


# -- labels ----------------------------------------------------------------------------------

LABEL_FORMATS = {"57x32": "57 × 32 mm label", "a4": "A4 sheet of 3 × 8 labels (70 × 37 mm)"}


def part_labels_pdf(db: Database, parts: Sequence[str], format: str = "57x32") -> bytes:
    """Labels for the parts numbered *parts*, in that order, each with its default
    bin, as PDF bytes (*format*: a key of ``LABEL_FORMATS``)."""
    from fieldservice.printing.labels import PartLabel, render_part_labels
    from fieldservice.services import documents

    numbers = [part_number(n) for n in parts]
    if not numbers:
        raise InvalidInput("Choose the parts to print labels for.", field="parts")
    found: dict[str, tuple[str, str]] = {}
    with db.read() as s:
        for start in range(0, len(numbers), 500):
            chunk = set(numbers[start : start + 500])
            for number, text, bin_code in s.execute(
                select(Part.part_number, Part.description, Part.default_bin).where(
                    Part.part_number.in_(chunk), ~Part.deleted
                )
            ):
                found[number] = (text, bin_code)
    missing = [n for n in numbers if n not in found]
    if missing:
        raise NotFound(f"Part {missing[0]} is not in the catalogue.")
    language = documents.document_settings(db).language
    labels = [PartLabel(n, *found[n], language=language) for n in numbers]
    out = io.BytesIO()
    render_part_labels(labels, out, _label_format(format))
    return out.getvalue()


def bin_labels_pdf(db: Database, location: str, bin: str, format: str = "57x32") -> bytes:
    """A label for every part kept in *bin* of *location* (see :func:`parts_in_bin`),
    naming the location and the bin, as PDF bytes."""
    from fieldservice.printing.labels import PartLabel, render_part_labels
    from fieldservice.services import documents

    found = parts_in_bin(db, location, bin)
    if not found:
        code = bin.strip().upper()
        raise InvalidInput(
            f"No part is kept in bin {code} of {location.strip().upper()}.", field="bin"
        )
    language = documents.document_settings(db).language
    labels = [PartLabel(c.part_number, c.description, c.bin, c.location, language) for c in found]
    out = io.BytesIO()
    render_part_labels(labels, out, _label_format(format))
    return out.getvalue()


def _label_format(format: str) -> str:
    if format not in LABEL_FORMATS:
        raise InvalidInput(f"Unknown label format “{format}”.", field="format")
    return format


# -- demand and supply --------------------------------------------------------------------


def _request_progress(
    s: Session,
    order_id: uuid.UUID,
    part_id: uuid.UUID,
    *,
    issued: Decimal = ZERO,
    returned: Decimal = ZERO,
) -> None:
    request = s.scalar(
        select(PartRequest)
        .where(
            PartRequest.order_id == order_id,
            PartRequest.part_id == part_id,
            PartRequest.status == "open",
        )
        .order_by(PartRequest.id)
        .limit(1)
    )
    if request is None:
        return
    if issued:
        request.issued = request.issued + issued
    if returned:
        request.returned = request.returned + returned
    if request.issued >= request.quantity:
        request.status = "done"


def request_part(
    db: Database,
    *,
    order_id: uuid.UUID,
    order_number: str,
    part: str,
    qty: object,
    location: str,
) -> uuid.UUID:
    """Record that a repair order needs a part (demand the to-order list counts)."""
    amount = quantity(qty)
    with db.write() as s:
        p = _part_by_number(s, part)
        loc = _location(s, db, location)
        request = PartRequest(
            order_id=order_id,
            order_number=order_number,
            part_id=p.id,
            location_id=loc.id,
            quantity=amount,
        )
        s.add(request)
        s.flush()
        return request.id


def open_requests(db: Database, order_id: uuid.UUID) -> list[tuple[str, Decimal, Decimal]]:
    """(part number, requested, issued) of a repair order's requests not yet issued."""
    with db.read() as s:
        rows = s.execute(
            select(Part.part_number, PartRequest.quantity, PartRequest.issued)
            .join(Part, Part.id == PartRequest.part_id)
            .where(PartRequest.order_id == order_id, PartRequest.status == "open")
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def order_from_supplier(
    db: Database,
    part: str,
    qty: object,
    location: str,
    *,
    supplier_ref: str = "",
    expected_on: dt.date | None = None,
) -> str:
    """Record an order of one part placed with its supplier; returns its number
    (``…-PO-…``). Without *expected_on*, it is expected after the part's lead time."""
    placed = place_purchase_orders(
        db,
        [OrderLine(part, qty, location)],
        supplier_ref=supplier_ref,
        expected_on=expected_on,
    )
    return placed[0].number


@dataclass(frozen=True)
class OrderLine:
    """A line the clerk orders: so many of a part, delivered to a location."""

    part_number: str
    quantity: object
    location: str


@dataclass(frozen=True)
class PurchaseOrderLine:
    part_number: str
    description: str
    supplier_part_number: str
    unit: str
    location: str
    location_name: str
    quantity: Decimal
    received: Decimal
    unit_cost: Decimal | None  # the catalogue's standard cost, when known
    lead_time_days: int


@dataclass(frozen=True)
class PurchaseOrder:
    """An order placed with one supplier: its lines share its number."""

    number: str
    supplier: str
    supplier_ref: str
    ordered_on: dt.date
    expected_on: dt.date | None
    status: str  # "open" while a line is still to be received
    lines: tuple[PurchaseOrderLine, ...]


def expected_date(ordered_on: dt.date, lead_times: Iterable[int]) -> dt.date:
    """When an order is expected: the day it is placed plus the longest lead time of
    its parts."""
    return ordered_on + dt.timedelta(days=max(lead_times, default=0))


def place_purchase_orders(
    db: Database,
    lines: Sequence[OrderLine],
    *,
    expected_on: Mapping[str, dt.date] | dt.date | None = None,
    supplier_ref: str = "",
) -> list[PurchaseOrder]:
    """Order *lines* from their parts' suppliers: one purchase order per supplier
    (in the order the suppliers first appear), numbered ``…-PO-…``, holding every
    line of that supplier (one line per part and location; the same part and
    location twice is one line of both quantities). Each is expected on
    *expected_on* (a date, or a date per supplier), else after the longest lead
    time of its parts. All are placed or, when one line is refused, none."""
    if not lines:
        raise InvalidInput(_("Choose the lines to order."), field="quantity")
    problems = validation.Problems()
    amounts: list[Decimal] = []
    for i, line in enumerate(lines, 1):
        with problems.collected():
            try:
                amounts.append(quantity(line.quantity))
            except InvalidInput as exc:
                raise InvalidInput(
                    _("Line {line} ({part}): {problem}").format(
                        line=i, part=line.part_number, problem=exc.message
                    ),
                    field="quantity",
                ) from None
    problems.raise_any()
    reference = validation.limited(supplier_ref, "supplier_ref", N_("supplier's reference"), 100)
    today = dt.date.today()
    with db.write() as s:
        site_code = db.require_site()
        groups: dict[str, dict[tuple[uuid.UUID, uuid.UUID], list]] = {}
        for line, amount in zip(lines, amounts, strict=True):
            p = _part_by_number(s, line.part_number)
            loc = _location(s, db, line.location)
            group = groups.setdefault(p.supplier, {})
            found = group.get((p.id, loc.id))
            if found is None:
                group[(p.id, loc.id)] = [p, loc, amount]
            else:
                found[2] += amount
        numbers = []
        for supplier, group in groups.items():
            chosen = expected_on.get(supplier) if isinstance(expected_on, Mapping) else expected_on
            expected = chosen or expected_date(
                today, (p.lead_time_days for p, _l, _q in group.values())
            )
            if expected < today:
                raise InvalidInput(
                    (
                        _("The order from {supplier} cannot be expected before today.").format(
                            supplier=supplier
                        )
                        if supplier
                        else _("The order from the supplier cannot be expected before today.")
                    ),
                    field="expected_on",
                )
            number = numbering.next_number(s, site_code, "PO")
            for p, loc, amount in group.values():
                s.add(
                    SupplierOrder(
                        number=number,
                        part_id=p.id,
                        location_id=loc.id,
                        quantity=amount,
                        supplier=supplier,
                        supplier_ref=reference,
                        ordered_on=today,
                        expected_on=expected,
                    )
                )
            numbers.append(number)
        s.flush()
        return [_purchase_order(s, number) for number in numbers]


def _purchase_order(s: Session, number: str) -> PurchaseOrder:
    rows = s.execute(
        select(SupplierOrder, Part, StockLocation)
        .join(Part, Part.id == SupplierOrder.part_id)
        .join(StockLocation, StockLocation.id == SupplierOrder.location_id)
        .where(SupplierOrder.number == number, ~SupplierOrder.deleted)
        .order_by(Part.part_number, StockLocation.code)
    ).all()
    if not rows:
        raise NotFound(_("There is no purchase order {number}.").format(number=number))
    first = rows[0][0]
    return PurchaseOrder(
        first.number,
        first.supplier,
        first.supplier_ref,
        first.ordered_on,
        first.expected_on,
        "open" if any(o.status == "open" for o, _p, _l in rows) else "closed",
        tuple(
            PurchaseOrderLine(
                p.part_number,
                p.description,
                p.supplier_part_number,
                p.unit,
                loc.code,
                loc.name,
                o.quantity,
                o.received,
                p.standard_cost or None,
                p.lead_time_days,
            )
            for o, p, loc in rows
        ),
    )


def purchase_order(db: Database, number: str) -> PurchaseOrder:
    """A purchase order with all its lines, by its number."""
    with db.read() as s:
        return _purchase_order(s, "".join((number or "").split()).upper())


def purchase_order_pdf(db: Database, number: str) -> bytes:
    """The purchase order *number* as an A4 PDF to send to the supplier: the
    centre's header, every line with the supplier's part numbers, where each is
    delivered, and the date it is expected."""
    from fieldservice.printing.data import PurchaseOrderData, PurchaseOrderItem
    from fieldservice.printing.purchaseorders import render_purchase_order
    from fieldservice.services.warranty import centre_header

    order = purchase_order(db, number)
    data = PurchaseOrderData(
        number=order.number,
        centre=centre_header(db),
        supplier=order.supplier,
        supplier_ref=order.supplier_ref,
        ordered_on=order.ordered_on,
        expected_on=order.expected_on,
        ordered_by=db.user,
        lines=tuple(
            PurchaseOrderItem(
                line.part_number,
                line.description,
                line.supplier_part_number,
                line.unit,
                f"{line.location} · {line.location_name}",
                line.quantity,
                line.unit_cost,
            )
            for line in order.lines
        ),
    )
    out = io.BytesIO()
    render_purchase_order(data, out)
    return out.getvalue()


def set_reorder_rule(
    db: Database,
    part: str,
    location: str,
    reorder_point: object,
    *,
    max_quantity: object = None,
    reorder_quantity: object = None,
) -> None:
    """When available stock of *part* at *location* falls to *reorder_point* or below,
    suggest ordering up to *max_quantity* (or *reorder_quantity*)."""
    point = quantity(reorder_point, "reorder_point", allow_zero=True)
    top = quantity(max_quantity, "max_quantity") if max_quantity not in (None, "") else None
    step = (
        quantity(reorder_quantity, "reorder_quantity")
        if reorder_quantity not in (None, "")
        else None
    )
    if top is None and step is None:
        raise InvalidInput(_("Give a maximum or a reorder quantity."), field="max_quantity")
    if top is not None and top <= point:
        raise InvalidInput(_("The maximum must be above the reorder point."), field="max_quantity")
    with db.write() as s:
        p = _part_by_number(s, part)
        loc = _location(s, db, location)
        rule = s.scalar(
            select(ReorderRule).where(
                ReorderRule.part_id == p.id, ReorderRule.location_id == loc.id
            )
        )
        if rule is None:
            rule = ReorderRule(part_id=p.id, location_id=loc.id)
            s.add(rule)
        rule.reorder_point, rule.max_quantity, rule.reorder_quantity = point, top, step
        rule.deleted = False


@dataclass(frozen=True)
class StockPosition:
    """One part at one location, as the clerk reads it."""

    part_number: str
    description: str
    location: str
    on_hand: Decimal
    requested: Decimal
    on_order: Decimal

    @property
    def available(self) -> Decimal:
        """What is free for new work: on hand, plus on order, less what open repair
        orders have requested and not yet been issued."""
        return self.on_hand + self.on_order - self.requested


@dataclass(frozen=True)
class PartStock:
    part: PartRecord
    average_cost: Decimal | None
    bins: tuple[tuple[str, str, Decimal], ...]  # (location, bin, on hand)
    positions: tuple[StockPosition, ...]

    @property
    def on_hand(self) -> Decimal:
        return sum((p.on_hand for p in self.positions), ZERO)


def _position_rows(s: Session, part_id: uuid.UUID | None = None):
    """(part id, location id, on hand, requested, on order) for every pair that has
    any of them; quarantine excluded."""
    balance = select(
        StockBalance.part_id.label("part_id"),
        StockBalance.location_id.label("location_id"),
        func.sum(StockBalance.on_hand).label("on_hand"),
    ).group_by(StockBalance.part_id, StockBalance.location_id)
    requested = (
        select(
            PartRequest.part_id.label("part_id"),
            PartRequest.location_id.label("location_id"),
            _quantity(func.sum(PartRequest.quantity - PartRequest.issued)).label("requested"),
        )
        .where(PartRequest.status == "open", ~PartRequest.deleted)
        .group_by(PartRequest.part_id, PartRequest.location_id)
    )
    ordered = (
        select(
            SupplierOrder.part_id.label("part_id"),
            SupplierOrder.location_id.label("location_id"),
            _quantity(func.sum(SupplierOrder.quantity - SupplierOrder.received)).label("on_order"),
        )
        .where(SupplierOrder.status == "open", ~SupplierOrder.deleted)
        .group_by(SupplierOrder.part_id, SupplierOrder.location_id)
    )
    if part_id is not None:
        balance = balance.where(StockBalance.part_id == part_id)
        requested = requested.where(PartRequest.part_id == part_id)
        ordered = ordered.where(SupplierOrder.part_id == part_id)
    return balance.subquery(), requested.subquery(), ordered.subquery()


_PART_BY_NUMBER = (
    select(Part, PartCost.average_cost)
    .outerjoin(PartCost, PartCost.part_id == Part.id)
    .where(Part.part_number == bindparam("number"), ~Part.deleted)
)
_PART_BINS = (
    select(StockLocation.code, StockLocation.kind, StockBalance.bin, StockBalance.on_hand)
    .join(StockLocation, StockLocation.id == StockBalance.location_id)
    .where(StockBalance.part_id == bindparam("part_id"), StockBalance.on_hand != 0)
    .order_by(StockLocation.code, StockBalance.bin)
)
_PART_FLOWS = union_all(
    select(
        literal(1),
        StockLocation.code,
        _quantity(func.sum(PartRequest.quantity - PartRequest.issued)),
    )
    .join(StockLocation, StockLocation.id == PartRequest.location_id)
    .where(PartRequest.part_id == bindparam("part_id"), PartRequest.status == "open")
    .group_by(StockLocation.code),
    select(
        literal(2),
        StockLocation.code,
        _quantity(func.sum(SupplierOrder.quantity - SupplierOrder.received)),
    )
    .join(StockLocation, StockLocation.id == SupplierOrder.location_id)
    .where(SupplierOrder.part_id == bindparam("part_id"), SupplierOrder.status == "open")
    .group_by(StockLocation.code),
)


def on_hand(db: Database, part: str) -> PartStock:
    """A part's stock at this centre: per bin, and per location with what is
    requested by open orders, on order from the supplier, and available
    (quarantine is listed per bin but is not stock to use)."""
    number = part_number(part)
    with db.read() as s:
        return read_on_hand(s, number)


def read_on_hand(s: Session, part: str) -> PartStock:
    """:func:`on_hand` inside the caller's unit of work."""
    number = part_number(part)
    found = s.execute(_PART_BY_NUMBER, {"number": number}).first()
    if found is None:
        raise NotFound(_("Part {number} is not in the catalogue.").format(number=number))
    p, average_cost = found
    stored = sorted(
        s.execute(_PART_BINS, {"part_id": p.id}).all(),
        key=lambda r: (r[0], bin_order(r[2])),
    )
    flows = s.execute(_PART_FLOWS, {"part_id": p.id}).all()
    totals: dict[str, list[Decimal]] = {}
    for code, kind, _bin_code, qty in stored:
        if kind != "quarantine":
            totals.setdefault(code, [ZERO, ZERO, ZERO])[0] += qty
    for column, code, qty in flows:
        totals.setdefault(code, [ZERO, ZERO, ZERO])[column] += qty
    positions = tuple(
        StockPosition(p.part_number, p.description, code, *values)
        for code, values in sorted(totals.items())
    )
    bins = tuple((code, bin_code, qty) for code, _kind, bin_code, qty in stored)
    return PartStock(_part_record(s, p), average_cost, bins, positions)


@dataclass(frozen=True)
class PartView:
    """What the catalogue's part card shows: the part's stock, and which of this
    centre's locations are quarantine (their bins are listed, not available)."""

    stock: PartStock
    quarantine: frozenset[str] = frozenset()


def part_view(db: Database, part_id: uuid.UUID) -> PartView:
    """The part card's stock and quarantine locations, read in one session."""
    with db.read() as s:
        found = read_on_hand(s, _get_part(s, part_id).part_number)
        quarantine = frozenset(
            loc.code for loc in read_locations(s, db) if loc.kind == "quarantine"
        )
        return PartView(found, quarantine)


@dataclass(frozen=True)
class ToOrderLine:
    part_number: str
    description: str
    location: str
    supplier: str
    on_hand: Decimal
    requested: Decimal
    on_order: Decimal
    reorder_point: Decimal
    max_quantity: Decimal | None
    pack_size: Decimal
    lead_time_days: int
    reorder_quantity: Decimal | None = None

    @property
    def available(self) -> Decimal:
        return self.on_hand + self.on_order - self.requested

    @property
    def suggested(self) -> Decimal:
        """Up to the maximum (or one reorder quantity), in whole supplier packs."""
        return suggest_quantity(
            self.available,
            self.reorder_point,
            self.max_quantity,
            self.reorder_quantity,
            self.pack_size,
        )


def suggest_quantity(
    available: Decimal,
    reorder_point: Decimal,
    max_quantity: Decimal | None,
    reorder_quantity: Decimal | None,
    pack_size: Decimal,
) -> Decimal:
    """How much to order: nothing above the reorder point; else enough to reach the
    maximum (or at least the reorder quantity and back above the reorder point),
    rounded up to whole packs."""
    if available > reorder_point:
        return ZERO
    if max_quantity is not None:
        need = max_quantity - available
    else:
        assert reorder_quantity is not None
        need = max(reorder_quantity, reorder_point - available + 1)
    pack = pack_size if pack_size > 0 else Decimal(1)
    packs = (need / pack).to_integral_value(ROUND_CEILING)
    return packs * pack


def to_order(db: Database) -> list[ToOrderLine]:
    """Every part and location at or below its reorder point, counting stock on order
    and requested by open repair orders, with the quantity to order."""
    with db.read() as s:
        balance, requested, ordered = _position_rows(s)
        rows = s.execute(
            select(
                Part.part_number,
                Part.description,
                StockLocation.code,
                Part.supplier,
                _quantity(func.coalesce(balance.c.on_hand, 0)),
                _quantity(func.coalesce(requested.c.requested, 0)),
                _quantity(func.coalesce(ordered.c.on_order, 0)),
                ReorderRule.reorder_point,
                ReorderRule.max_quantity,
                Part.pack_size,
                Part.lead_time_days,
                ReorderRule.reorder_quantity,
            )
            .select_from(ReorderRule)
            .join(Part, Part.id == ReorderRule.part_id)
            .join(StockLocation, StockLocation.id == ReorderRule.location_id)
            .outerjoin(
                balance,
                (balance.c.part_id == ReorderRule.part_id)
                & (balance.c.location_id == ReorderRule.location_id),
            )
            .outerjoin(
                requested,
                (requested.c.part_id == ReorderRule.part_id)
                & (requested.c.location_id == ReorderRule.location_id),
            )
            .outerjoin(
                ordered,
                (ordered.c.part_id == ReorderRule.part_id)
                & (ordered.c.location_id == ReorderRule.location_id),
            )
            .where(~ReorderRule.deleted, ~Part.deleted)
            .where(
                _quantity(func.coalesce(balance.c.on_hand, 0))
                + _quantity(func.coalesce(ordered.c.on_order, 0))
                - _quantity(func.coalesce(requested.c.requested, 0))
                <= ReorderRule.__table__.c.reorder_point
            )
            .order_by(Part.supplier, Part.part_number, StockLocation.code)
        ).all()
    return [
        ToOrderLine(
            number,
            text,
            loc,
            supplier,
            have,
            asked,
            coming,
            point,
            top,
            pack,
            lead,
            step,
        )
        for number, text, loc, supplier, have, asked, coming, point, top, pack, lead, step in rows
    ]


def rebuild_balances(s: Session) -> None:
    """Recompute the balance cache from the ledger (after a bulk load, or to check it)."""
    s.execute(delete(StockBalance))
    s.execute(
        insert(StockBalance).from_select(
            ["part_id", "location_id", "bin", "on_hand"],
            select(
                StockMovement.part_id,
                StockMovement.location_id,
                StockMovement.bin,
                func.sum(StockMovement.__table__.c.quantity),
            ).group_by(StockMovement.part_id, StockMovement.location_id, StockMovement.bin),
        )
    )
