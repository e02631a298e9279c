"""A year in the life of a demo centre: repair orders that tell a story.

Every order lives its whole lifecycle, step by step, up to now: received,
diagnosing, perhaps waiting for the customer's approval (the clock stops) or for
parts, in repair, quality check (sometimes failed and back in repair), ready,
delivered; a few are cancelled, the most recent are still on the benches. The
work leaves what a real order leaves: labour lines, parts issued (a few returned
unused), a follow-up call after delivery, now and then a complaint.

The figures have something to show:

- **seasons**: orders come in by the calendar of what breaks when (air
  conditioners and fridges in summer, heat pumps in winter), fewer at weekends,
  and in mainland China, Taiwan and Hong Kong hardly any over the Spring
  Festival; mainland centres are busier after the 618 and 双11 sales;
- **a bad batch**: one washing machine sold in a two-month window fails far more
  often in its 2nd to 6th month of service, mostly under warranty, some units
  in the end replaced or refunded (:func:`bad_batch_sku`, :func:`bad_batch_sold`);
- **a slow technician** (:func:`slow_technician`): longer repairs, more failed
  quality checks, more units back within 30 days (reworks), unhappier customers;
- **maintenance visits** of the demo's plans, most on time, some late.

Ids follow the intake time (:func:`fieldservice.ids.id_at`), so the orders of a
day sit together in the table as they would at a real centre.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterator
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import select

from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.demo.words import Words
from fieldservice.ids import id_at, new_id
from fieldservice.models import (
    Complaint,
    FollowUp,
    LabourLine,
    MaintenanceJob,
    MaintenancePlan,
    Part,
    PartCompatibility,
    Product,
    RepairOrder,
    RepairOrderEvent,
    StockBalance,
    StockLocation,
    StockMovement,
    Unit,
    WarrantyRegistration,
)
from fieldservice.services import numbering
from fieldservice.services.coverage import CoverageStatus, status_on
from fieldservice.services.repairs import DEFAULT_TARGETS, targets
from fieldservice.services.stock import rebuild_balances

BATCH = 10_000
# Two years of orders: the last 13 months in full, the year before sparse.
DAYS = 730
FULL_DAYS = 400
OLDER_SHARE = 0.15

# The statuses at which the technician has fitted what the repair needed.
PARTS_USED = ("in_repair", "quality_check", "ready", "delivered")

# The bad batch: a washing machine of the middle size, sold 8 to 10 months ago.
BAD_CATEGORY = "Washing machines"
BAD_SIZE = 2
BAD_SOLD_DAYS_AGO = (300, 240)
BAD_SHARE_OF_UNITS = 0.012
# The slow technician: the third of the centre's technicians.
SLOW = 2

# How busy each product family is through the year: (amplitude, the day of the year
# of the peak). Cooling fails in the heat, heating in the cold.
SEASONS = {
    "Air conditioning": (0.85, 205),
    "Refrigeration": (0.6, 200),
    "Heating": (0.75, 15),
}
# Everything else is used hardest, and breaks most, in the summer months.
MILD_SEASON = (0.2, 200)
# Saturday and Sunday against a weekday.
WEEKEND = (0.55, 0.3)
# The first day of the Chinese New Year: the holiday empties the desk.
SPRING_FESTIVAL = {
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
}
LUNAR_NEW_YEAR_REGIONS = ("CN", "TW", "HK")
# Mainland shopping festivals (618, 双11): the weeks after them bring the
# installations and early failures of what was sold. (month, day) to (month, day).
SALES_AFTERMATH = (((6, 18), (7, 12)), ((11, 11), (12, 8)))

# How likely a unit is to be in for a fault by its months in service: some fail
# in their first month, few just after, steadily more as they wear over two years
# (the bathtub curve): (first month, least, most).
WEAR = (0.6, 0.25, 1.0)

CANCELLED_SHARE = 0.03
PRIORITIES = (("urgent", "high", "normal", "low"), (1, 3, 12, 2))
CHANNELS = (("walk_in", "phone", "online", "on_site"), (6, 2, 1, 2))
SERVICE_TYPES = (("fault_repair", "preventive_maintenance", "installation"), (8, 1, 1))
HOURLY_RATES = (Decimal(48), Decimal(52), Decimal(45), Decimal(55), Decimal(50))
FOLLOW_UP_DAYS = 3
# The recommendation (0-10) a customer gives with each satisfaction score (1-5).
NPS_BY_CSAT = {5: (9, 10), 4: (7, 9), 3: (5, 8), 2: (2, 6), 1: (0, 4)}


def bad_batch_sku(words: Words) -> str:
    """The SKU of the product with the bad batch."""
    for key, _brand, code, stem, _name, _prefix, sizes in words.catalogue:
        if key == BAD_CATEGORY:
            return f"{code}-{stem}{sizes[BAD_SIZE]}"
    raise LookupError(BAD_CATEGORY)


def bad_batch_sold(today: dt.date) -> tuple[dt.date, dt.date]:
    """The days (first, last) on which the bad batch was sold."""
    first, last = BAD_SOLD_DAYS_AGO
    return today - dt.timedelta(days=first), today - dt.timedelta(days=last)


def slow_technician(words: Words) -> str:
    """The technician whose repairs take longer and come back more often."""
    return words.technicians[SLOW % len(words.technicians)]


def day_weight(day: dt.date, category: str, region: str) -> float:
    """How busy *day* is for products of *category* (its key) at a centre in
    *region*, against an average weekday."""
    amplitude, peak = SEASONS.get(category, MILD_SEASON)
    weight = 1 + amplitude * math.cos(2 * math.pi * (day.timetuple().tm_yday - peak) / 365.25)
    weekday = day.weekday()
    if weekday >= 5:
        weight *= WEEKEND[weekday - 5]
    if region in LUNAR_NEW_YEAR_REGIONS:
        new_year = SPRING_FESTIVAL.get(day.year)
        if new_year is not None and -4 <= (day - new_year).days <= 7:
            weight *= 0.2
    if region not in LUNAR_NEW_YEAR_REGIONS and (day.month, day.day) >= (12, 24):
        weight *= 0.35  # Christmas to the New Year
    if region == "CN":
        for (m1, d1), (m2, d2) in SALES_AFTERMATH:
            if dt.date(day.year, m1, d1) <= day <= dt.date(day.year, m2, d2):
                weight *= 1.3
    return weight


def _wear(days_in_service: int) -> float:
    months = days_in_service / 30.44
    first, least, most = WEAR
    if months < 1:
        return first
    return least + (most - least) * min(1.0, (months - 1) / 24)


class _Calendar:
    """The days orders come in on, by product family: cumulative weights over the
    two years, so a day is drawn by bisection, and after a date of sale by drawing
    from the part of the table after it."""

    def __init__(self, today: dt.date, region: str, categories: set[str]) -> None:
        self.first = today - dt.timedelta(days=DAYS - 1)
        self.days = [self.first + dt.timedelta(days=i) for i in range(DAYS)]
        recent = DAYS - FULL_DAYS
        # The older days carry OLDER_SHARE of the orders between them.
        older = OLDER_SHARE / (1 - OLDER_SHARE) * FULL_DAYS / recent
        self.cumulative = {}
        for category in categories:
            weights = [
                day_weight(day, category, region) * (older if i < recent else 1.0)
                for i, day in enumerate(self.days)
            ]
            self.cumulative[category] = list(accumulate(weights))

    def draw(self, rng: random.Random, category: str, since: dt.date | None) -> dt.date:
        table = self.cumulative[category]
        low = 0.0
        if since is not None and since > self.first:
            start = min((since - self.first).days, DAYS - 1)
            low = table[start - 1] if start else 0.0
        at = bisect_left(table, low + rng.random() * (table[-1] - low))
        return self.days[min(at, DAYS - 1)]


class _Clock:
    """Local working hours turned into UTC instants, never later than now."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.zone = now.astimezone().tzinfo

    def at(self, day: dt.date, hour: float) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(), tzinfo=self.zone) + dt.timedelta(hours=hour)
        return local.astimezone(dt.UTC)

    def intake(self, rng: random.Random, day: dt.date) -> dt.datetime:
        """A time the desk is open on *day* (shorter on Saturdays), in the past."""
        closes = 13.0 if day.weekday() == 5 else 18.0
        moment = self.at(day, 8.5 + rng.random() * (closes - 8.5))
        if moment >= self.now:
            moment = self.now - dt.timedelta(hours=rng.uniform(0.2, 3))
        return moment

    def local_day(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.zone).date()


def _hours(h: float) -> dt.timedelta:
    return dt.timedelta(hours=h)


class _Life:
    """One order's lifecycle as lived: its moves (time, from, to) in order, the
    waits for the customer, the repair spells worked, the moment parts were
    fitted. Moves after *now* have not happened yet."""

    __slots__ = ("moves", "parts_at", "spells", "waits")

    def __init__(self) -> None:
        self.moves: list[tuple[dt.datetime, str, str]] = []
        self.waits: list[tuple[dt.datetime, dt.datetime]] = []
        self.spells: list[tuple[dt.datetime, dt.datetime, float]] = []
        self.parts_at: dt.datetime | None = None


def _live(
    rng: random.Random,
    opened: dt.datetime,
    response_hours: float,
    kind: str,
    *,
    slow: bool,
    bad: bool,
    approval: float,
    cancel: str,
    on_site: bool,
) -> _Life:
    """The moves of one order from intake to delivery (or cancellation at the step
    *cancel* names: "received", "diagnosing", "waiting_approval", or "")."""
    life = _Life()
    moves = life.moves
    moves.append((opened, "", "received"))
    if rng.random() < 0.88:
        t = opened + _hours(response_hours * rng.uniform(0.03, 0.95))
    else:
        t = opened + _hours(response_hours * rng.uniform(1.05, 2.5))
    if cancel == "received":
        moves.append((t, "received", "cancelled"))
        return life
    moves.append((t, "received", "diagnosing"))
    t += _hours(rng.uniform(0.3, 4.0) * (1.6 if slow else 1.0))
    if cancel == "diagnosing":
        moves.append((t, "diagnosing", "cancelled"))
        return life
    state = "diagnosing"
    if kind in ("replacement", "return_refund"):
        # The maker approves the exchange or refund and the customer chooses: the
        # centre's clock stops meanwhile.
        life.spells.append((t - _hours(0.5), t, rng.uniform(0.3, 0.8)))
        wait = _hours(rng.uniform(6, 72))
        moves.append((t, state, "waiting_approval"))
        life.waits.append((t, t + wait))
        t += wait
        moves.append((t, "waiting_approval", "ready"))
        t += _hours(rng.uniform(2, 72))
        moves.append((t, "ready", "delivered"))
        return life
    if cancel == "waiting_approval" or rng.random() < approval:
        wait = _hours(rng.expovariate(1 / 20) + 0.5)
        moves.append((t, state, "waiting_approval"))
        if cancel:
            moves.append((t + wait, "waiting_approval", "cancelled"))
            return life
        life.waits.append((t, t + wait))
        t += wait
        state = "waiting_approval"
    if not on_site and rng.random() < (0.6 if bad else 0.22):
        moves.append((t, state, "waiting_parts"))
        t += _hours(rng.expovariate(1 / 36) + 2)
        if rng.random() < 0.12:
            t += _hours(rng.uniform(96, 300))  # on back order at the supplier
        state = "waiting_parts"
    moves.append((t, state, "in_repair"))
    life.parts_at = t
    # Hands-on hours, and the time the order spends on the bench around them.
    work = rng.lognormvariate(0.9, 0.5) * (2.2 if slow else 1.0) * (2.5 if bad else 1.0)
    if on_site:
        work = min(work, 4.0)
        t += _hours(work + rng.uniform(0.1, 0.5))
    else:
        t += _hours(work * rng.uniform(1.3, 4.0))
    life.spells.append((life.parts_at, t, work))
    moves.append((t, "in_repair", "quality_check"))
    t += _hours(rng.uniform(0.2, 3.0))
    fails = 0.3 if slow else 0.05
    for _ in range(2):
        if rng.random() >= fails:
            break
        moves.append((t, "quality_check", "in_repair"))
        start = t
        redo = work * rng.uniform(0.3, 0.8)
        t += _hours(redo * rng.uniform(1.2, 3.0))
        life.spells.append((start, t, redo))
        moves.append((t, "in_repair", "quality_check"))
        t += _hours(rng.uniform(0.2, 2.0))
    moves.append((t, "quality_check", "ready"))
    pickup = rng.uniform(0.2, 2.0) if on_site else rng.expovariate(1 / 30) + 1
    moves.append((t + _hours(pickup), "ready", "delivered"))
    return life


def generate(db: Database, words: Words, region: str, count: int, seed: int = 7) -> Iterator:
    """Add *count* repair orders with their history (see the module's docstring);
    yields ``(done, count, "repair orders")`` after each batch."""
    if count <= 0:
        return
    rng = random.Random(seed + 1)
    targets(db)  # the default promises
    hours = {code: (resp, res) for code, _l, _r, resp, res in DEFAULT_TARGETS}
    now = dt.datetime.now(dt.UTC)
    clock = _Clock(now)
    today = clock.local_day(now)
    site_code = db.require_site()
    with db.read() as s:
        pool = s.execute(
            select(
                Unit.id,
                Unit.customer_id,
                Unit.product_id,
                Product.category,
                WarrantyRegistration.id,
                WarrantyRegistration.purchase_date,
                WarrantyRegistration.warranty_months,
                WarrantyRegistration.service_months,
                Unit.purchase_date,
            )
            .join(Product, Product.id == Unit.product_id)
            .outerjoin(WarrantyRegistration, WarrantyRegistration.unit_id == Unit.id)
            .where(Unit.customer_id.is_not(None))
            .limit(200_000)
        ).all()
        bad_product = s.scalar(select(Product.id).where(Product.sku == bad_batch_sku(words)))
        # What the technicians can fit: parts made for each product, on the main
        # store's shelves.
        fits: dict = {}
        for product_id, part_id, bin_code, cost in s.execute(
            select(PartCompatibility.product_id, Part.id, Part.default_bin, Part.standard_cost)
            .join(Part, Part.id == PartCompatibility.part_id)
            .where(~PartCompatibility.deleted, ~Part.deleted)
        ):
            fits.setdefault(product_id, []).append((part_id, bin_code, cost))
        main = s.scalar(
            select(StockLocation.id).where(
                StockLocation.code == "MAIN", StockLocation.origin_site == site_code
            )
        )
        shelf = {
            (part_id, bin_code): on_hand
            for part_id, bin_code, on_hand in s.execute(
                select(StockBalance.part_id, StockBalance.bin, StockBalance.on_hand).where(
                    StockBalance.location_id == main
                )
            )
        }
        plans = s.execute(
            select(
                MaintenancePlan.id,
                MaintenancePlan.unit_id,
                MaintenancePlan.last_done_on,
                MaintenancePlan.interval_count,
                MaintenancePlan.interval_unit,
                MaintenancePlan.technician,
            )
            .where(
                MaintenancePlan.active,
                ~MaintenancePlan.deleted,
                MaintenancePlan.last_done_on.is_not(None),
            )
            .limit(20_000)
        ).all()
    if not pool:
        return
    units = {row[0]: row for row in pool}
    keys = {row[3]: words.category_key(row[3]) for row in pool}
    calendar = _Calendar(today, region, set(keys.values()))
    sold_units = _Sales(pool, keys)
    # The bad batch's most expensive part is the one that fails.
    for parts in fits.values():
        parts.sort(key=lambda p: p[2])
    sold_from, sold_to = bad_batch_sold(today)
    bad_units = [
        row
        for row in pool
        if row[2] == bad_product
        and row[4] is not None
        and sold_from <= (row[8] or today)
        and (row[8] or today) <= sold_to
    ]
    rng.shuffle(bad_units)
    bad_share = min(0.08, 0.9 * len(bad_units) / count)
    visits = _visits(rng, plans, units, today)
    visits = visits[: int(count * 0.06)]
    visit_share = len(visits) / count
    bad_fault = (words.faults.get(BAD_CATEGORY) or words.generic_faults)[0]
    slow = slow_technician(words)
    others = [t for t in words.technicians if t != slow]
    rates = dict(zip(words.technicians, HOURLY_RATES, strict=False))
    # Orders to come: reworks and second failures, each (opened, what).
    pending: deque = deque()
    issued_any = False
    done = 0
    # The orders on the benches now: taken in over the last three days, the latest
    # an hour or so ago (a small centre has a few, a big one its share besides).
    on_benches = max(1, min(count // 50, 40))
    while done < count:
        n = min(BATCH, count - done)
        orders: list[dict] = []
        events: list[dict] = []
        labour: list[dict] = []
        movements: list[dict] = []
        calls: list[dict] = []
        complaints: list[dict] = []
        jobs: list[dict] = []
        for _ in range(n):
            unit = None
            kind = "fault_repair"
            rework_of = None
            story = ""
            plan = None
            technician = ""
            fault = None
            priority = ""
            if pending:
                opened, kind, unit, rework_of, fault, technician = pending.popleft()
                story = "bad" if unit[2] == bad_product and rework_of is None else "rework"
                if story == "bad":
                    technician = rng.choice(words.technicians)
                priority = "high"
            elif visits and rng.random() < visit_share:
                plan, unit_id, day, due_on, technician = visits.pop()
                unit = units[unit_id]
                kind = "preventive_maintenance"
                # Never after now: a visit later today was opened a little before now.
                opened = min(
                    clock.at(day, rng.uniform(8.0, 10.0)), now - _hours(rng.uniform(0.2, 2))
                )
                story = "visit"
                priority = "normal"
            elif bad_units and rng.random() < bad_share:
                unit = bad_units.pop()
                day = (unit[8] or today) + dt.timedelta(days=rng.randint(32, 175))
                if day > today:
                    unit = None
                else:
                    opened = clock.intake(rng, day)
                    story = "bad"
                    fault = bad_fault
            if unit is None:
                unit, kind, opened = _ordinary(
                    rng, pool, sold_units, keys, calendar, clock, on_benches
                )
                on_benches -= 1
            (unit_id, owner, product, category, reg, bought, w_months, s_months, _sold) = unit
            key = keys[category]
            if fault is None:
                fault = rng.choice(words.faults.get(key, words.generic_faults))
            if not priority:
                priority = rng.choices(*PRIORITIES)[0]
            response, resolution = hours[priority]
            if kind == "preventive_maintenance" or story == "visit" or kind == "installation":
                channel = "on_site"
            else:
                channel = rng.choices(*CHANNELS)[0]
            if reg is None:
                coverage = "not_registered"
            else:
                coverage = status_on(
                    max(clock.local_day(opened), bought), bought, w_months, s_months
                ).value
            if not technician:
                technician = rng.choice(words.technicians)
            is_slow = technician == slow
            cancel = ""
            if story in ("", "bad") and kind == "fault_repair" and rng.random() < CANCELLED_SHARE:
                cancel = rng.choices(("received", "diagnosing", "waiting_approval"), (2, 3, 5))[0]
            in_warranty = coverage == CoverageStatus.IN_WARRANTY.value
            life = _live(
                rng,
                opened,
                response,
                kind,
                slow=is_slow,
                bad=story == "bad",
                approval=0.0 if story == "visit" else 0.04 if in_warranty else 0.35,
                cancel=cancel,
                on_site=channel == "on_site",
            )
            moves = [m for m in life.moves if m[0] <= now]
            status = moves[-1][2]
            order_id = id_at(opened)
            index = len(orders)
            responded = moves[1][0] if len(moves) > 1 else None
            resolved = delivered = quoted = waiting_since = None
            for at, was, to in moves:
                if to == "ready":
                    resolved = at
                elif to == "delivered":
                    delivered = at
                elif was == "waiting_approval" and to == "in_repair":
                    quoted = at
            if status == "waiting_approval":
                waiting_since = moves[-1][0]
            waited = dt.timedelta()
            for start, end in life.waits:
                if end <= now:
                    waited += end - start
            diagnosis, work = fault[1], fault[2]
            diagnosed = status != "received" and moves[1][2] != "cancelled"
            orders.append(
                {
                    "id": order_id,
                    "created_at": opened,
                    "updated_at": moves[-1][0],
                    "number": index,
                    "unit_id": unit_id,
                    "customer_id": owner,
                    "product_id": product,
                    "service_type": kind,
                    "channel": channel,
                    "priority": priority,
                    "status": status,
                    "is_open": status not in ("delivered", "cancelled"),
                    "fault_reported": fault[0],
                    "accessories": rng.choice(words.accessories),
                    "condition": rng.choice(words.conditions),
                    "coverage": coverage,
                    "coverage_note": words.coverage.get(coverage, CoverageStatus(coverage).label),
                    "warranty_registration_id": reg,
                    "technician": technician if status != "received" else "",
                    "received_by": "demo",
                    "diagnosis": diagnosis if diagnosed else "",
                    "work_done": work if resolved else "",
                    "quote_amount": Decimal(rng.randint(6, 40) * 10) if quoted else None,
                    "quote_approved_at": quoted,
                    "response_due": opened + _hours(response),
                    "resolution_due": opened + _hours(resolution) + waited,
                    "responded_at": responded,
                    "resolved_at": resolved,
                    "delivered_at": delivered,
                    "waiting_since": waiting_since,
                    "waited_seconds": int(waited.total_seconds()),
                    "rework_of_id": rework_of,
                    "same_fault": rework_of is not None,
                    "cancel_reason": words.cancel_reason if status == "cancelled" else "",
                }
            )
            events.extend(
                {
                    "created_at": at,
                    "order_id": order_id,
                    "from_status": was,
                    "to_status": to,
                    "reason": words.cancel_reason if to == "cancelled" else "",
                    "by": "demo",
                }
                for at, was, to in moves
            )
            for _start, end, worked in life.spells:
                if end <= now:
                    labour.append(
                        {
                            "created_at": end,
                            "order_id": order_id,
                            "technician": technician,
                            "minutes": max(10, int(worked * 12 + 0.5) * 5),
                            "description": work if life.parts_at else diagnosis,
                            "hourly_rate": rates.get(technician, HOURLY_RATES[0]),
                        }
                    )
            if (
                life.parts_at is not None
                and life.parts_at <= now
                and product in fits
                and rng.random() < (0.95 if story == "bad" else 0.55)
            ):
                choices = fits[product]
                part_id, bin_code, cost = choices[-1] if story == "bad" else rng.choice(choices)
                spot = (part_id, bin_code)
                if shelf.get(spot, 0) < 1:
                    # The shelf was empty: a delivery came in for this repair.
                    pack = rng.randint(4, 12)
                    shelf[spot] = shelf.get(spot, Decimal(0)) + pack
                    arrived = life.parts_at - _hours(rng.uniform(0.5, 4))
                    movements.append(
                        _movement(
                            arrived, part_id, main, bin_code, "receipt", pack, cost, None, None
                        )
                    )
                shelf[spot] -= 1
                fitted = life.parts_at
                movements.append(
                    _movement(fitted, part_id, main, bin_code, "issue", -1, cost, order_id, index)
                )
                checked = life.spells[0][1] if life.spells else None
                if checked is not None and checked <= now and rng.random() < 0.07:
                    # Fetched in case, not needed after all: back on the shelf.
                    back = fitted + (checked - fitted) * rng.uniform(0.3, 0.9)
                    shelf[spot] += 1
                    movements.append(
                        _movement(back, part_id, main, bin_code, "return", 1, cost, order_id, index)
                    )
            if story == "visit":
                jobs.append(
                    {
                        "plan_id": plan,
                        "order_id": order_id,
                        "due_on": due_on,
                        "visit_id": new_id(),
                        "visit_at": opened,
                        "technician": technician,
                        "status": "done" if delivered else "booked",
                        "checklist_result": "",
                        "meter_reading": None,
                    }
                )
            if delivered is None:
                continue
            # After delivery: the call, perhaps a complaint, perhaps the unit back.
            unhappy = (
                0.08
                + (0.45 if is_slow else 0.0)
                + (0.5 if story == "bad" else 0.0)
                + (0.3 if rework_of is not None else 0.0)
                + (0.25 if resolved and resolved > opened + _hours(resolution) + waited else 0.0)
            )
            call = _call(rng, words, order_id, clock.local_day(delivered), today, unhappy)
            call["created_at"] = delivered
            calls.append(call)
            grumpy = call["csat"] is not None and call["csat"] <= 2
            chance = 0.015 + 0.05 * unhappy + (0.3 if grumpy else 0.0)
            if rng.random() < chance:
                complaint = _complaint(
                    rng,
                    words,
                    order_id,
                    owner,
                    call["due_on"] if grumpy else clock.local_day(delivered),
                    today,
                )
                if complaint is not None:
                    complaints.append(complaint)
            if kind in ("replacement", "return_refund"):
                continue
            if rng.random() < (0.16 if is_slow else 0.025) + (0.04 if story == "bad" else 0.0):
                back = clock.intake(
                    rng, clock.local_day(delivered) + dt.timedelta(days=rng.randint(1, 28))
                )
                if back > delivered and back < now:
                    fixer = rng.choice(others) if others else technician
                    pending.append((back, "fault_repair", unit, order_id, fault, fixer))
            elif story == "bad" and rng.random() < 0.55:
                back = clock.intake(
                    rng, clock.local_day(delivered) + dt.timedelta(days=rng.randint(10, 70))
                )
                if back > delivered and back < now:
                    again = rng.choices(
                        ("fault_repair", "replacement", "return_refund"), (4, 4, 2)
                    )[0]
                    pending.append((back, again, unit, None, fault, ""))
        with db.write() as s:
            numbers = numbering.reserve_numbers(s, site_code, "RO", len(orders))
            for order in orders:
                order["number"] = numbers[order["number"]]
            for movement in movements:
                at = movement["order_number"]
                movement["order_number"] = "" if at is None else numbers[at]
            for complaint, number in zip(
                complaints,
                numbering.reserve_numbers(s, site_code, "CP", len(complaints)),
                strict=True,
            ):
                complaint["number"] = number
            bulk_insert(s, RepairOrder, orders)
            bulk_insert(s, RepairOrderEvent, events)
            bulk_insert(s, LabourLine, labour)
            bulk_insert(s, StockMovement, movements)
            bulk_insert(s, FollowUp, calls)
            bulk_insert(s, Complaint, complaints)
            bulk_insert(s, MaintenanceJob, jobs)
        issued_any = issued_any or bool(movements)
        done += n
        yield done, count, "repair orders"
    with db.write() as s:
        if issued_any:
            rebuild_balances(s)
        # A year loaded at once: give the query planner the statistics a centre's
        # database gathers over time, or a report may walk the status moves by the
        # wrong index (every order leaves quality check once).
        s.connection().exec_driver_sql("ANALYZE")


class _Sales:
    """The units of each product family in order of their date of sale, so that
    "a unit of this family sold by that day" is one bisection away."""

    def __init__(self, pool, keys) -> None:
        never = dt.date.min
        by_key: dict[str, list] = {}
        for row in pool:
            by_key.setdefault(keys[row[3]], []).append(row)
        self.units = {}
        self.sold = {}
        for key, rows in by_key.items():
            rows.sort(key=lambda r: r[8] or never)
            self.units[key] = rows
            self.sold[key] = [r[8] or never for r in rows]

    def sold_by(self, rng: random.Random, key: str, day: dt.date, since: dt.date | None = None):
        """A unit of family *key* sold on or before *day* (and on or after *since*),
        or None when there is none."""
        sold = self.sold[key]
        high = bisect_right(sold, day)
        low = bisect_left(sold, since) if since is not None else 0
        if high <= low:
            return None
        return self.units[key][rng.randrange(low, high)]


def _ordinary(rng, pool, sales, keys, calendar, clock, on_benches: int):
    """An everyday order: its family's calendar gives the day, then a unit of the
    family already sold by then comes in, kept with the chance its age gives it
    of a fault; an installation is of a unit sold in the days before."""
    kind = rng.choices(*SERVICE_TYPES)[0]
    unit = rng.choice(pool)
    if on_benches > 0:
        # The desk's latest intake: something is always on the benches.
        kind = "fault_repair" if kind == "installation" else kind
        ago = rng.uniform(0.5, 2) if on_benches == 1 else rng.uniform(2, 72)
        return unit, kind, clock.now - _hours(ago)
    key = keys[unit[3]]
    day = calendar.draw(rng, key, None)
    if kind == "installation":
        fresh = sales.sold_by(rng, key, day, day - dt.timedelta(days=10))
        if fresh is not None:
            return fresh, kind, clock.intake(rng, day)
        kind = "fault_repair"
    for _ in range(4):
        found = sales.sold_by(rng, key, day)
        if found is None:
            # Nothing of the family sold yet by then: the unit's first days instead.
            return unit, kind, clock.intake(rng, calendar.draw(rng, key, unit[8]))
        unit = found
        if kind != "fault_repair" or unit[8] is None:
            break
        if rng.random() < _wear((day - unit[8]).days):
            break
    return unit, kind, clock.intake(rng, day)


def _visits(rng, plans, units, today) -> list:
    """The maintenance visits of the last year that the plans say were made: the
    last one on the plan's last-done day, the ones before it an interval apart;
    each with the day it was due (most were done by then, some late)."""
    visits = []
    year_ago = today - dt.timedelta(days=365)
    for plan_id, unit_id, last, every, unit, technician in plans:
        if unit_id not in units:
            continue
        sold = units[unit_id][8]
        step = dt.timedelta(days=int(30.44 * (every or 4) * (12 if unit == "years" else 1)))
        day = last
        for _ in range(3):
            if day < year_ago or day > today or (sold is not None and day < sold):
                break
            if rng.random() < 0.8:
                due = day + dt.timedelta(days=rng.randint(0, 12))
            else:
                due = day - dt.timedelta(days=rng.randint(3, 35))
            visits.append((plan_id, unit_id, day, due, technician))
            day -= step
    rng.shuffle(visits)
    return visits


def open_call(order_id, due_on: dt.date) -> dict:
    """A follow-up call still to make, as bulk_insert takes it."""
    return {
        "order_id": order_id,
        "due_on": due_on,
        "status": "open",
        "attempts": 0,
        "reached": None,
        "csat": None,
        "nps": None,
        "effort": None,
        "comment": "",
        "called_by": "",
    }


def _call(rng, words, order_id, delivered_on, today, unhappy) -> dict:
    """The follow-up call of an order delivered on *delivered_on*: due a few days
    later; most answered (worse scores for an unhappy customer), some never
    reached after three attempts, the recent ones still to make."""
    due = delivered_on + dt.timedelta(days=FOLLOW_UP_DAYS)
    call = open_call(order_id, due)
    if due > today:
        return call
    roll = rng.random()
    if roll < 0.8:
        poor = rng.random() < unhappy
        csat = rng.choices((5, 4, 3, 2, 1), (15, 25, 25, 20, 15) if poor else (60, 28, 8, 3, 1))[0]
        nps = rng.randint(*NPS_BY_CSAT[csat])
        effort = min(5, max(1, 6 - csat + rng.randint(-1, 1)))
        comment = ""
        if rng.random() < 0.25:
            comment = rng.choice(words.praise if csat >= 4 else words.grumbles)
        call.update(
            status="done",
            attempts=rng.choices((1, 2, 3), (7, 2, 1))[0],
            reached=True,
            csat=csat,
            nps=nps,
            effort=effort,
            comment=comment,
            called_by="demo",
        )
    elif roll < 0.9 or (today - due).days > 7:
        call.update(status="gave_up", attempts=3, reached=False, called_by="demo")
    else:
        call.update(attempts=rng.randint(0, 2), called_by="demo")
        if call["attempts"]:
            call["reached"] = False
    return call


def _complaint(rng, words, order_id, owner, after, today) -> dict | None:
    opened = after + dt.timedelta(days=rng.randint(0, 6))
    if opened > today:
        return None
    takes = int(rng.expovariate(1 / 6)) + 1
    resolved = opened + dt.timedelta(days=takes)
    status, resolution, assigned = "investigating", "", rng.choice(words.technicians)
    if resolved <= today and rng.random() < 0.9:
        status, resolution = "resolved", rng.choice(words.resolutions)
    elif (today - opened).days < 2:
        status, assigned = "open", ""
    return {
        "created_at": dt.datetime.combine(opened, dt.time(12), tzinfo=dt.UTC),
        "number": "",
        "order_id": order_id,
        "customer_id": owner,
        "description": rng.choice(words.complaints),
        "assigned_to": assigned,
        "status": status,
        "opened_on": opened,
        "resolved_on": resolved if status == "resolved" else None,
        "resolution": resolution,
    }


def _movement(at, part_id, location, bin_code, kind, qty, cost, order_id, number) -> dict:
    return {
        "created_at": at,
        "part_id": part_id,
        "location_id": location,
        "bin": bin_code,
        "kind": kind,
        "quantity": Decimal(qty),
        "unit_cost": cost,
        "reference": "",
        "order_id": order_id,
        "order_number": number,
        "transfer_id": None,
        "reverses_id": None,
        "reason": "",
        "by": "demo",
        "override_by": "",
    }
