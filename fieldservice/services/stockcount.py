"""Stock counts: count a location (or a range of its bins), see the differences,
post them as count movements.

A count lists what the books say for each part and bin in its range when it
starts. Counted quantities are entered as they are found (a scanned part that
was not on the list is added). Posting writes, for every counted line, one
``count`` movement of (counted − on hand now), so stock that moved during the
count is not lost. A line that was not counted is never zeroed: it is left as
it is and reported.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import (
    Part,
    StockBalance,
    StockCount,
    StockCountLine,
    StockLocation,
    utcnow,
)
from fieldservice.services import numbering, stock, validation


@dataclass(frozen=True)
class CountLine:
    part_number: str
    description: str
    bin: str
    expected: Decimal  # on the books when the count started
    on_hand: Decimal  # on the books now
    counted: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        """What posting will book: counted less on hand now (None: not counted)."""
        return None if self.counted is None else self.counted - self.on_hand


@dataclass(frozen=True)
class CountSheet:
    id: uuid.UUID
    number: str
    location: str
    bin_from: str
    bin_to: str
    status: str
    lines: tuple[CountLine, ...]

    @property
    def not_counted(self) -> tuple[CountLine, ...]:
        return tuple(line for line in self.lines if line.counted is None)

    @property
    def differences(self) -> tuple[CountLine, ...]:
        return tuple(line for line in self.lines if line.difference)


def start_count(db: Database, location: str, bin_from: str = "", bin_to: str = "") -> CountSheet:
    """Open a count of *location*, or of its bins from *bin_from* to *bin_to*."""
    bin_from, bin_to = bin_from.strip().upper(), bin_to.strip().upper()
    if bin_from and bin_to and stock.bin_order(bin_from) > stock.bin_order(bin_to):
        raise InvalidInput(_("The first bin comes after the last bin."), field="bin_to")
    with db.write() as s:
        loc = stock._location(s, db, location)
        count = StockCount(
            number=numbering.next_number(s, db.require_site(), "SC"),
            location_id=loc.id,
            bin_from=bin_from,
            bin_to=bin_to,
            started_by=db.user,
        )
        s.add(count)
        s.flush()
        # Bins are compared in shelf order (E2 before E10), which SQL's text order
        # is not; a location has few bins, so its balances are filtered here.
        balances = [
            (part_id, bin_code, qty)
            for part_id, bin_code, qty in s.execute(
                select(StockBalance.part_id, StockBalance.bin, StockBalance.on_hand).where(
                    StockBalance.location_id == loc.id, StockBalance.on_hand != 0
                )
            )
            if stock.bin_in_range(bin_code, bin_from, bin_to)
        ]
        bulk_insert(
            s,
            StockCountLine,
            [
                {
                    "count_id": count.id,
                    "part_id": part_id,
                    "bin": bin_code,
                    "expected": qty,
                    "counted": None,
                }
                for part_id, bin_code, qty in balances
            ],
        )
        count_id = count.id
    return count_sheet(db, count_id)


def record_count(
    db: Database, count_id: uuid.UUID, part: str, counted: object, bin: str | None = None
) -> CountLine:
    """Enter what was found of *part* (in *bin*): replaces an earlier entry. A part
    not on the sheet is added, so a scanner can be used shelf by shelf."""
    amount = stock.quantity(counted, "counted", allow_zero=True)
    with db.write() as s:
        count = _open_count(s, count_id)
        p = stock._part_by_number(s, part)
        bin_code = p.default_bin if bin is None else validation.limited(bin, "bin", N_("bin"), 32)
        bin_code = bin_code.upper()
        if not stock.bin_in_range(bin_code, count.bin_from, count.bin_to):
            outside = (
                _("Bin {bin} is outside this count ({first} to {last}).")
                if bin_code
                else _("Bin (none) is outside this count ({first} to {last}).")
            )
            raise InvalidInput(
                outside.format(bin=bin_code, first=count.bin_from or "…", last=count.bin_to or "…"),
                field="bin",
            )
        line = s.scalar(
            select(StockCountLine).where(
                StockCountLine.count_id == count.id,
                StockCountLine.part_id == p.id,
                StockCountLine.bin == bin_code,
            )
        )
        if line is None:
            line = StockCountLine(
                count_id=count.id,
                part_id=p.id,
                bin=bin_code,
                expected=stock._balance(s, p.id, count.location_id, bin_code),
            )
            s.add(line)
        line.counted = amount
        s.flush()
        return CountLine(
            p.part_number,
            p.description,
            bin_code,
            line.expected,
            stock._balance(s, p.id, count.location_id, bin_code),
            amount,
        )


def _open_count(s, count_id: uuid.UUID) -> StockCount:
    count = s.get(StockCount, count_id)
    if count is None:
        raise NotFound(_("That stock count does not exist."))
    if count.status != "open":
        if count.status == "posted":
            message = _("Count {number} is already posted.")
        elif count.status == "cancelled":
            message = _("Count {number} is already cancelled.")
        else:
            message = _("Count {number} is already {status}.")
        raise InvalidInput(message.format(number=count.number, status=count.status), field="count")
    return count


def count_sheet(db: Database, count_id: uuid.UUID) -> CountSheet:
    """The count with, per line, what the books said, say now, and what was counted."""
    with db.read() as s:
        count = s.get(StockCount, count_id)
        if count is None:
            raise NotFound(_("That stock count does not exist."))
        location = s.get(StockLocation, count.location_id)
        rows = s.execute(
            select(
                Part.part_number,
                Part.description,
                StockCountLine.bin,
                StockCountLine.expected,
                StockBalance.on_hand,
                StockCountLine.counted,
            )
            .join(Part, Part.id == StockCountLine.part_id)
            .outerjoin(
                StockBalance,
                (StockBalance.part_id == StockCountLine.part_id)
                & (StockBalance.location_id == count.location_id)
                & (StockBalance.bin == StockCountLine.bin),
            )
            .where(StockCountLine.count_id == count.id)
        ).all()
        lines = tuple(
            CountLine(number, text, bin_code, expected, now or stock.ZERO, counted)
            for number, text, bin_code, expected, now, counted in sorted(
                rows, key=lambda r: (stock.bin_order(r[2]), r[0])
            )
        )
        return CountSheet(
            count.id,
            count.number,
            location.code if location else "",
            count.bin_from,
            count.bin_to,
            count.status,
            lines,
        )


def post_count(db: Database, count_id: uuid.UUID) -> CountSheet:
    """Book the differences of every counted line as count movements and close the
    count. Lines not counted are left as they are."""
    with db.write() as s:
        count = _open_count(s, count_id)
        lines = s.execute(
            select(StockCountLine.part_id, StockCountLine.bin, StockCountLine.counted).where(
                StockCountLine.count_id == count.id, StockCountLine.counted.is_not(None)
            )
        ).all()
        balances = dict(
            ((part_id, bin_code), qty)
            for part_id, bin_code, qty in s.execute(
                select(StockBalance.part_id, StockBalance.bin, StockBalance.on_hand).where(
                    StockBalance.location_id == count.location_id
                )
            )
        )
        changes = []
        for part_id, bin_code, counted in lines:
            assert counted is not None  # selected so
            difference = counted - balances.get((part_id, bin_code), stock.ZERO)
            if difference:
                changes.append(
                    {
                        "part_id": part_id,
                        "location_id": count.location_id,
                        "bin": bin_code,
                        "kind": "count",
                        "quantity": difference,
                        "reference": count.number,
                    }
                )
        stock.post_movements(s, db, changes)
        count.status = "posted"
        count.posted_by = db.user
        count.posted_at = utcnow()
    return count_sheet(db, count_id)


@dataclass(frozen=True)
class CountSummary:
    """An open count, for picking it up again."""

    id: uuid.UUID
    number: str
    location: str
    bin_from: str
    bin_to: str
    started_at: dt.datetime
    started_by: str
    lines: int
    counted: int


def open_counts(db: Database) -> list[CountSummary]:
    """The counts started and neither posted nor cancelled, newest first."""
    counted = func.count(StockCountLine.counted)
    with db.read() as s:
        rows = s.execute(
            select(
                StockCount.id,
                StockCount.number,
                StockLocation.code,
                StockCount.bin_from,
                StockCount.bin_to,
                StockCount.created_at,
                StockCount.started_by,
                func.count(StockCountLine.id),
                counted,
            )
            .join(StockLocation, StockLocation.id == StockCount.location_id)
            .outerjoin(StockCountLine, StockCountLine.count_id == StockCount.id)
            .where(StockCount.status == "open", ~StockCount.deleted)
            .group_by(StockCount.id)
            .order_by(StockCount.id.desc())
        ).all()
    return [CountSummary(*row) for row in rows]


def cancel_count(db: Database, count_id: uuid.UUID) -> None:
    with db.write() as s:
        _open_count(s, count_id).status = "cancelled"
