"""Preventive maintenance: plans per unit, meter readings, the due list, booking
visits as on-site work orders, and completing them.

The arithmetic of due dates is in :mod:`fieldservice.services.schedule`; this
module keeps each plan's ``due_on`` current whenever something that moves it
happens (a plan saved, a meter reading logged, a visit completed), so the due
list is a single indexed query.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldservice import formatting, i18n
from fieldservice.capture import bulk_insert
from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import (
    Customer,
    MaintenanceJob,
    MaintenancePlan,
    MeterReading,
    Product,
    RepairOrder,
    Unit,
)
from fieldservice.models.base import live
from fieldservice.services import customers, repairs, schedule, stock, units, validation

# Words for a plan's basis and anchor: English, marked for translation where shown.
BASES = {
    "calendar": N_("By calendar"),
    "meter": N_("By meter"),
    "either": N_("Whichever comes first"),
}
ANCHORS = {"completion": N_("From the last completion"), "fixed": N_("On fixed dates")}
METER_UNITS = ("hours", "cycles", "km")


@dataclass(frozen=True)
class PlanDraft:
    unit_id: uuid.UUID | None
    name: str
    basis: str = "calendar"
    interval_count: int | None = 3
    interval_unit: str = "months"
    anchor: str = "completion"
    start_on: dt.date | None = None
    meter_interval: object = None
    meter_unit: str = "hours"
    checklist: str = ""
    technician: str = ""
    area: str = ""
    contract_end: dt.date | None = None


@dataclass(frozen=True)
class PlanRecord:
    id: uuid.UUID
    unit_id: uuid.UUID
    serial: str
    product_name: str
    customer_name: str
    name: str
    basis: str
    interval_count: int | None
    interval_unit: str
    anchor: str
    start_on: dt.date
    meter_interval: Decimal | None
    meter_unit: str
    last_done_on: dt.date | None
    last_done_meter: Decimal | None
    calendar_due_on: dt.date | None
    due_meter: Decimal | None
    due_on: dt.date | None
    checklist: tuple[str, ...]
    technician: str
    area: str
    contract_end: dt.date | None
    active: bool


def _day(value: dt.date) -> str:
    """A day in a message, as people of the program's language write it."""
    return formatting.date(value, i18n.current_language())


def _meter(value: object, field: str, *, allow_zero: bool = True) -> Decimal:
    """A meter reading or interval: a quantity that may grow larger than stock does."""
    return validation.quantity(
        value, field, allow_zero=allow_zero, maximum=validation.MAX_METER_READING
    )


def _clean(draft: PlanDraft) -> dict:
    name = validation.limited(
        validation.required(draft.name, "name", N_("plan's name")), "name", N_("name"), 120
    )
    if draft.basis not in BASES:
        raise InvalidInput(_("Unknown basis “{basis}”.").format(basis=draft.basis), field="basis")
    values: dict = {
        "name": name,
        "basis": draft.basis,
        "anchor": draft.anchor,
        "interval_count": None,
        "interval_unit": draft.interval_unit,
        "meter_interval": None,
        "meter_unit": draft.meter_unit,
        "start_on": draft.start_on or dt.date.today(),
        "checklist": "\n".join(
            line.strip() for line in (draft.checklist or "").splitlines() if line.strip()
        ),
        "technician": (draft.technician or "").strip(),
        "area": (draft.area or "").strip(),
        "contract_end": draft.contract_end,
    }
    if draft.basis in ("calendar", "either"):
        if not isinstance(draft.interval_count, int) or not 1 <= draft.interval_count <= 1000:
            raise InvalidInput(
                _("Repeat every 1 or more days, weeks, months or years."), field="interval_count"
            )
        if draft.interval_unit not in schedule.UNITS:
            raise InvalidInput(
                _("Unknown interval “{unit}”.").format(unit=draft.interval_unit),
                field="interval_unit",
            )
        if draft.anchor not in ANCHORS:
            raise InvalidInput(
                _("Unknown anchor “{anchor}”.").format(anchor=draft.anchor), field="anchor"
            )
        values["interval_count"] = draft.interval_count
    if draft.basis in ("meter", "either"):
        if draft.meter_interval in (None, ""):
            raise InvalidInput(
                _("Enter the meter interval (e.g. every 500 hours)."), field="meter_interval"
            )
        values["meter_interval"] = _meter(draft.meter_interval, "meter_interval", allow_zero=False)
        if draft.meter_unit not in METER_UNITS:
            raise InvalidInput(
                _("Unknown meter unit “{unit}”.").format(unit=draft.meter_unit),
                field="meter_unit",
            )
    if draft.contract_end and draft.contract_end < values["start_on"]:
        raise InvalidInput(_("The contract ends before the plan starts."), field="contract_end")
    return values


def _readings(s: Session, unit_id: uuid.UUID) -> list[tuple[dt.date, Decimal]]:
    rows = s.execute(
        select(MeterReading.read_on, MeterReading.reading)
        .where(MeterReading.unit_id == unit_id, ~MeterReading.deleted)
        .order_by(MeterReading.read_on.desc())
        .limit(200)
    ).all()
    return [(day, value) for day, value in rows]


def _refresh(plan: MaintenancePlan, readings: list[tuple[dt.date, Decimal]]) -> None:
    """Recompute the plan's due reading and due date from its state and readings."""
    if plan.basis in ("meter", "either") and plan.meter_interval is not None:
        base = plan.last_done_meter
        if base is None:
            # Never serviced under this plan: count from the meter as it stood at the start.
            before = [v for d, v in readings if d <= plan.start_on]
            after = [v for d, v in readings if d > plan.start_on]
            base = max(before) if before else min(after, default=Decimal(0))
        plan.due_meter = base + plan.meter_interval
        forecast = schedule.forecast_meter_due(plan.due_meter, readings)
    else:
        plan.due_meter, forecast = None, None
    due = schedule.effective_due(plan.basis, plan.calendar_due_on, forecast)
    if plan.contract_end and due and due > plan.contract_end:
        due = None  # nothing due after the contract ends
    plan.due_on = due


def create_plan(db: Database, draft: PlanDraft) -> PlanRecord:
    if draft.unit_id is None:
        raise InvalidInput(_("Choose the unit to maintain."), field="unit")
    values = _clean(draft)
    with db.write() as s:
        unit = s.get(Unit, draft.unit_id)
        if unit is None or unit.deleted:
            raise InvalidInput(_("The chosen unit no longer exists."), field="unit")
        plan = MaintenancePlan(unit_id=unit.id, active=True, **values)
        if plan.basis in ("calendar", "either"):
            plan.calendar_due_on = plan.start_on
        _refresh(plan, _readings(s, unit.id))
        s.add(plan)
        s.flush()
        return _load(s, plan.id)


def create_contract_plans(db: Database, product_id: uuid.UUID, draft: PlanDraft) -> int:
    """The same plan for every unit of a product (a maintenance contract); returns
    how many plans were made."""
    values = _clean(draft)
    with db.write() as s:
        rows = s.execute(
            select(Unit.id, Customer.address)
            .outerjoin(Customer, Customer.id == Unit.customer_id)
            .where(Unit.product_id == product_id, live(Unit))
        ).all()
        plans = []
        for unit_id, address in rows:
            plan = {
                **values,
                "unit_id": unit_id,
                "active": True,
                "last_done_on": None,
                "last_done_meter": None,
                "due_meter": None,
            }
            plan["area"] = values["area"] or _area_of(address or "")
            plan["calendar_due_on"] = values["start_on"] if draft.basis != "meter" else None
            plan["due_on"] = plan["calendar_due_on"]
            if draft.basis != "calendar":
                plan["due_meter"] = values["meter_interval"]
            plans.append(plan)
        bulk_insert(s, MaintenancePlan, plans)
        return len(plans)


def _area_of(address: str) -> str:
    """The town of an address: its last line without the postcode's last part."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return ""
    words = lines[-1].split()
    return " ".join(words[:-1]) if len(words) > 2 else lines[-1]


_PLAN_COLUMNS = (
    MaintenancePlan.id,
    MaintenancePlan.unit_id,
    Unit.serial,
    Product.name,
    func.coalesce(Customer.name, ""),
    MaintenancePlan.name,
    MaintenancePlan.basis,
    MaintenancePlan.interval_count,
    MaintenancePlan.interval_unit,
    MaintenancePlan.anchor,
    MaintenancePlan.start_on,
    MaintenancePlan.meter_interval,
    MaintenancePlan.meter_unit,
    MaintenancePlan.last_done_on,
    MaintenancePlan.last_done_meter,
    MaintenancePlan.calendar_due_on,
    MaintenancePlan.due_meter,
    MaintenancePlan.due_on,
    MaintenancePlan.checklist,
    MaintenancePlan.technician,
    MaintenancePlan.area,
    MaintenancePlan.contract_end,
    MaintenancePlan.active,
)


def _plan_query():
    return (
        select(*_PLAN_COLUMNS)
        .join(Unit, Unit.id == MaintenancePlan.unit_id)
        .join(Product, Product.id == Unit.product_id)
        .outerjoin(Customer, Customer.id == Unit.customer_id)
        .where(~MaintenancePlan.deleted)
    )


def _record(row) -> PlanRecord:
    values = list(row)
    values[18] = tuple(x for x in (values[18] or "").splitlines() if x)
    return PlanRecord(*values)


def _load(s: Session, plan_id: uuid.UUID) -> PlanRecord:
    row = s.execute(_plan_query().where(MaintenancePlan.id == plan_id)).first()
    if row is None:
        raise NotFound(_("That maintenance plan does not exist."))
    return _record(row)


def get_plan(db: Database, plan_id: uuid.UUID) -> PlanRecord:
    with db.read() as s:
        return _load(s, plan_id)


def plans_of_unit(db: Database, unit_id: uuid.UUID) -> list[PlanRecord]:
    with db.read() as s:
        return read_plans_of_unit(s, unit_id)


def read_plans_of_unit(s: Session, unit_id: uuid.UUID) -> list[PlanRecord]:
    """:func:`plans_of_unit` inside the caller's unit of work."""
    rows = s.execute(_plan_query().where(MaintenancePlan.unit_id == unit_id)).all()
    return [_record(r) for r in rows]


def log_reading(
    db: Database, serial: str, reading: object, read_on: dt.date | None = None, note: str = ""
) -> list[PlanRecord]:
    """Record a meter reading of a unit; its meter plans' due dates move with it.
    A reading below the last one is refused (meters do not run backwards)."""
    value = _meter(reading, "reading")
    day = read_on or dt.date.today()
    unit = units.find_by_serial(db, serial)
    if unit is None:
        raise NotFound(
            _("There is no unit with serial {serial}.").format(serial=serial.strip().upper())
        )
    with db.write() as s:
        last = s.execute(
            select(MeterReading.read_on, MeterReading.reading)
            .where(
                MeterReading.unit_id == unit.id, MeterReading.read_on <= day, ~MeterReading.deleted
            )
            .order_by(MeterReading.read_on.desc(), MeterReading.id.desc())
            .limit(1)
        ).first()
        if last is not None and value < last[1]:
            raise InvalidInput(
                _("The meter read {last} on {day}; {reading} is lower.").format(
                    last=stock.shown(last[1]), day=_day(last[0]), reading=stock.shown(value)
                ),
                field="reading",
            )
        s.add(MeterReading(unit_id=unit.id, reading=value, read_on=day, note=note.strip()))
        s.flush()
        readings = _readings(s, unit.id)
        plans = s.scalars(
            select(MaintenancePlan).where(
                MaintenancePlan.unit_id == unit.id,
                MaintenancePlan.active,
                MaintenancePlan.basis != "calendar",
            )
        ).all()
        for plan in plans:
            _refresh(plan, readings)
        s.flush()
        return [_load(s, p.id) for p in plans]


# -- the due list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    plan: PlanRecord
    customer_address: str
    booked: bool

    def bucket(self, on: dt.date) -> str:
        """ "overdue", "this_week" (within 7 days) or "upcoming"."""
        due = self.plan.due_on
        assert due is not None
        if due < on:
            return "overdue"
        return "this_week" if due < on + dt.timedelta(days=7) else "upcoming"


def due_list(
    db: Database,
    on: dt.date | None = None,
    *,
    horizon_days: int = 30,
    technician: str = "",
    area: str = "",
    limit: int = 1000,
) -> list[DueItem]:
    """Active plans due by *on* + *horizon_days* (overdue first), optionally for one
    technician or area; a plan whose visit is already booked says so."""
    on = on or dt.date.today()
    booked = (
        select(MaintenanceJob.plan_id)
        .where(MaintenanceJob.status == "booked", ~MaintenanceJob.deleted)
        .scalar_subquery()
    )
    query = (
        _plan_query()
        .add_columns(func.coalesce(Customer.address, ""), MaintenancePlan.id.in_(booked))
        .where(
            MaintenancePlan.active,
            MaintenancePlan.due_on.is_not(None),
            MaintenancePlan.due_on <= on + dt.timedelta(days=horizon_days),
        )
        .order_by(MaintenancePlan.due_on, MaintenancePlan.id)
        .limit(limit)
    )
    if technician:
        query = query.where(MaintenancePlan.technician == technician)
    if area:
        query = query.where(MaintenancePlan.area == area)
    with db.read() as s:
        rows = s.execute(query).all()
    return [DueItem(_record(row[:-2]), row[-2], bool(row[-1])) for row in rows]


# -- visits ------------------------------------------------------------------------------------


def book_visit(
    db: Database,
    plan_ids: list[uuid.UUID],
    *,
    visit_at: dt.datetime | None = None,
    technician: str = "",
) -> list[uuid.UUID]:
    """Turn due plans into on-site preventive-maintenance orders in one step: one
    order per unit, all sharing one visit (time and technician) when they are
    booked together. Returns the orders' ids."""
    if not plan_ids:
        raise InvalidInput(_("Choose the due items to book."), field="plans")
    visit_id = uuid.uuid4()
    orders = []
    for plan in [get_plan(db, pid) for pid in plan_ids]:
        if not plan.active or plan.due_on is None:
            raise InvalidInput(
                _("Plan “{plan}” of {serial} is not due.").format(
                    plan=plan.name, serial=plan.serial
                ),
                field="plans",
            )
        tasks = "\n".join(f"☐ {t}" for t in plan.checklist)
        order = repairs.open_order(
            db,
            repairs.IntakeDraft(
                plan.unit_id,
                _("{plan} (due {day})").format(plan=plan.name, day=_day(plan.due_on))
                + (f"\n{tasks}" if tasks else ""),
                service_type="preventive_maintenance",
                channel="on_site",
                technician=technician or plan.technician,
            ),
        )
        with db.write() as s:
            s.add(
                MaintenanceJob(
                    plan_id=plan.id,
                    order_id=order.id,
                    due_on=plan.due_on,
                    visit_id=visit_id,
                    visit_at=visit_at,
                    technician=technician or plan.technician,
                )
            )
        orders.append(order.id)
    return orders


@dataclass(frozen=True)
class BookedVisit:
    visit_id: uuid.UUID
    visit_at: dt.datetime | None
    technician: str
    orders: tuple[str, ...]
    address: str


def week_calendar(db: Database, week_of: dt.date, technician: str = "") -> list[BookedVisit]:
    """Visits booked in the week (Monday to Sunday) that contains *week_of*."""
    with db.read() as s:
        return read_week_calendar(s, week_of, technician)


def read_week_calendar(s: Session, week_of: dt.date, technician: str = "") -> list[BookedVisit]:
    """:func:`week_calendar` inside the caller's unit of work."""
    monday = week_of - dt.timedelta(days=week_of.weekday())
    start = dt.datetime.combine(monday, dt.time(), dt.UTC)
    end = start + dt.timedelta(days=7)
    query = (
        select(
            MaintenanceJob.visit_id,
            MaintenanceJob.visit_at,
            MaintenanceJob.technician,
            RepairOrder.number,
            func.coalesce(Customer.address, ""),
        )
        .join(RepairOrder, RepairOrder.id == MaintenanceJob.order_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(
            MaintenanceJob.visit_at >= start, MaintenanceJob.visit_at < end, ~MaintenanceJob.deleted
        )
        .order_by(MaintenanceJob.visit_at, RepairOrder.number)
    )
    if technician:
        query = query.where(MaintenanceJob.technician == technician)
    visits: dict[uuid.UUID, BookedVisit] = {}
    for visit_id, at, tech, number, address in s.execute(query):
        known = visits.get(visit_id)
        visits[visit_id] = BookedVisit(
            visit_id, at, tech, (*known.orders, number) if known else (number,), address
        )
    return list(visits.values())


def complete_visit(
    db: Database,
    order_id: uuid.UUID,
    *,
    done_on: dt.date | None = None,
    checklist_result: str = "",
    meter_reading: object = None,
) -> PlanRecord:
    """Record the visit done (checklist results, meter reading), close its work order
    (through to delivered), and move the plan's next due date from when the work was
    actually done."""
    done = done_on or dt.date.today()
    if meter_reading not in (None, ""):
        _meter(meter_reading, "meter_reading")  # refuse it first
    with db.read() as s:
        job = s.scalar(select(MaintenanceJob).where(MaintenanceJob.order_id == order_id))
        if job is not None and job.status != "done":
            plan_name = s.scalar(
                select(MaintenancePlan.name).where(MaintenancePlan.id == job.plan_id)
            )
            repairs.complete_on_site(
                db,
                order_id,
                _("{plan} done on {day}.").format(plan=plan_name, day=_day(done))
                + (f"\n{checklist_result.strip()}" if checklist_result.strip() else ""),
            )
    with db.write() as s:
        job = s.scalar(select(MaintenanceJob).where(MaintenanceJob.order_id == order_id))
        if job is None:
            raise NotFound(_("That order is not a maintenance visit."))
        if job.status == "done":
            raise InvalidInput(_("This visit is already completed."), field="status")
        plan = s.get(MaintenancePlan, job.plan_id)
        assert plan is not None
        reading = (
            _meter(meter_reading, "meter_reading") if meter_reading not in (None, "") else None
        )
        job.status, job.checklist_result, job.meter_reading = "done", checklist_result, reading
        if reading is not None:
            s.add(
                MeterReading(
                    unit_id=plan.unit_id,
                    reading=reading,
                    read_on=done,
                    note=_("maintenance visit {order}").format(order=job.order_id),
                )
            )
            s.flush()
        if plan.basis in ("calendar", "either"):
            assert plan.interval_count is not None
            plan.calendar_due_on = schedule.next_calendar_due(
                anchor=plan.anchor,
                start=plan.start_on,
                count=plan.interval_count,
                unit=plan.interval_unit,
                due=plan.calendar_due_on,
                done_on=done,
            )
        plan.last_done_on = done
        if reading is not None:
            plan.last_done_meter = reading
        elif plan.basis != "calendar":
            readings = _readings(s, plan.unit_id)
            plan.last_done_meter = max((v for d, v in readings if d <= done), default=None)
        _refresh(plan, _readings(s, plan.unit_id))
        s.flush()
        return _load(s, plan.id)


def count_plans(db: Database) -> int:
    with db.read() as s:
        return (
            s.scalar(
                select(func.count()).select_from(MaintenancePlan).where(~MaintenancePlan.deleted)
            )
            or 0
        )


# -- for the planning screens ---------------------------------------------------------------


def update_plan(db: Database, plan_id: uuid.UUID, draft: PlanDraft) -> PlanRecord:
    """Change a plan (its unit stays). The next calendar date is worked out again
    from the new interval: the start for a plan never done, else one interval (or
    the next grid date) after the last visit."""
    values = _clean(draft)
    with db.write() as s:
        plan = s.get(MaintenancePlan, plan_id)
        if plan is None or plan.deleted:
            raise NotFound(_("That maintenance plan does not exist."))
        for key, value in values.items():
            setattr(plan, key, value)
        if plan.basis in ("calendar", "either"):
            assert plan.interval_count is not None
            plan.calendar_due_on = schedule.next_calendar_due(
                anchor=plan.anchor,
                start=plan.start_on,
                count=plan.interval_count,
                unit=plan.interval_unit,
                due=None,
                done_on=plan.last_done_on,
            )
        else:
            plan.calendar_due_on = None
        _refresh(plan, _readings(s, plan.unit_id))
        s.flush()
        return _load(s, plan.id)


@dataclass(frozen=True)
class DueFilter:
    """What the due list shows: plans due by *on* + *horizon_days*, for one
    technician or area (empty: all)."""

    on: dt.date
    horizon_days: int = 30
    technician: str = ""
    area: str = ""


def _due_where(query, f: DueFilter):
    query = query.where(
        ~MaintenancePlan.deleted,
        MaintenancePlan.active,
        MaintenancePlan.due_on.is_not(None),
        MaintenancePlan.due_on <= f.on + dt.timedelta(days=f.horizon_days),
    )
    if f.technician:
        query = query.where(MaintenancePlan.technician == f.technician)
    if f.area:
        query = query.where(MaintenancePlan.area == f.area)
    return query


def count_due(db: Database, f: DueFilter) -> int:
    """How many rows :func:`list_due` has for *f*."""
    with db.read() as s:
        return s.scalar(_due_where(select(func.count()).select_from(MaintenancePlan), f)) or 0


def list_due(db: Database, f: DueFilter, *, offset: int = 0, limit: int = 200) -> list[DueItem]:
    """One page of the due list (overdue first, then by due date)."""
    booked = (
        select(MaintenanceJob.plan_id)
        .where(MaintenanceJob.status == "booked", ~MaintenanceJob.deleted)
        .scalar_subquery()
    )
    query = _due_where(
        _plan_query().add_columns(
            func.coalesce(Customer.address, ""), MaintenancePlan.id.in_(booked)
        ),
        f,
    )
    query = query.order_by(MaintenancePlan.due_on, MaintenancePlan.id).offset(offset).limit(limit)
    with db.read() as s:
        rows = s.execute(query).all()
    return [DueItem(_record(row[:-2]), row[-2], bool(row[-1])) for row in rows]


@dataclass(frozen=True)
class DueSummary:
    overdue: int
    this_week: int
    upcoming: int


def due_summary(db: Database, f: DueFilter) -> DueSummary:
    """How many items of the due list are overdue, due this week (the next 7 days)
    and later, counted the way :meth:`DueItem.bucket` sorts them."""
    week_end = f.on + dt.timedelta(days=7)
    due = MaintenancePlan.due_on
    query = _due_where(
        select(
            func.count().filter(due < f.on),
            func.count().filter(due >= f.on, due < week_end),
            func.count().filter(due >= week_end),
        ).select_from(MaintenancePlan),
        f,
    )
    with db.read() as s:
        overdue, this_week, upcoming = s.execute(query).one()
    return DueSummary(overdue or 0, this_week or 0, upcoming or 0)


# -- every plan, for the plans list ------------------------------------------------------------


@dataclass(frozen=True)
class PlanFilter:
    """What the plans list shows: every plan, or those of customers matching
    *customer* (any words of their details), of one product, one basis, one
    technician, or only those overdue on *on*."""

    on: dt.date
    customer: str = ""
    product_id: uuid.UUID | None = None
    basis: str = ""  # a key of BASES; empty: any
    technician: str = ""
    overdue_only: bool = False


@dataclass(frozen=True)
class PlanPage:
    """One page of the plans list and how many plans match in all."""

    total: int
    plans: tuple[PlanRecord, ...]


def list_plans(db: Database, f: PlanFilter, *, offset: int = 0, limit: int = 200) -> PlanPage:
    """One page of the plans matching *f*, the soonest due first (plans with no
    due date last). A plan is overdue when it is active and its next due date is
    before *f.on*, as in the due list."""
    query = _plan_query().add_columns(func.count().over())
    if f.customer.strip():
        where = customers.search_filter(f.customer)
        if where is not None:
            query = query.where(where)
    if f.product_id is not None:
        query = query.where(Unit.product_id == f.product_id)
    if f.basis:
        query = query.where(MaintenancePlan.basis == f.basis)
    if f.technician:
        query = query.where(MaintenancePlan.technician == f.technician)
    if f.overdue_only:
        query = query.where(MaintenancePlan.active, MaintenancePlan.due_on < f.on)
    query = (
        query.order_by(MaintenancePlan.due_on.is_(None), MaintenancePlan.due_on, MaintenancePlan.id)
        .offset(offset)
        .limit(limit)
    )
    with db.read() as s:
        rows = s.execute(query).all()
    total = rows[0][-1] if rows else 0
    return PlanPage(total, tuple(_record(row[:-1]) for row in rows))


@dataclass(frozen=True)
class PlanProduct:
    id: uuid.UUID
    name: str


def plan_products(db: Database) -> list[PlanProduct]:
    """The products that have units with plans (for the plans list's filter)."""
    with db.read() as s:
        rows = s.execute(
            select(Product.id, Product.name)
            .where(
                Product.id.in_(
                    select(Unit.product_id)
                    .join(MaintenancePlan, MaintenancePlan.unit_id == Unit.id)
                    .where(~MaintenancePlan.deleted)
                )
            )
            .order_by(Product.name)
        ).all()
    return [PlanProduct(*row) for row in rows]


def plan_areas(db: Database) -> list[str]:
    """The areas active plans are in (for the due list's filter)."""
    with db.read() as s:
        return list(
            s.scalars(
                select(MaintenancePlan.area)
                .where(MaintenancePlan.active, ~MaintenancePlan.deleted, MaintenancePlan.area != "")
                .distinct()
                .order_by(MaintenancePlan.area)
            )
        )


def plan_technicians(db: Database) -> list[str]:
    """The technicians plans and booked visits are assigned to."""
    with db.read() as s:
        names = set(
            s.scalars(
                select(MaintenancePlan.technician)
                .where(~MaintenancePlan.deleted, MaintenancePlan.technician != "")
                .distinct()
            )
        )
        names.update(
            s.scalars(
                select(MaintenanceJob.technician)
                .where(~MaintenanceJob.deleted, MaintenanceJob.technician != "")
                .distinct()
            )
        )
    return sorted(names, key=str.casefold)


@dataclass(frozen=True)
class ReadingRecord:
    read_on: dt.date
    reading: Decimal
    note: str


def readings_of_unit(db: Database, unit_id: uuid.UUID, *, limit: int = 50) -> list[ReadingRecord]:
    """A unit's newest meter readings, newest first."""
    with db.read() as s:
        return read_readings_of_unit(s, unit_id, limit=limit)


def read_readings_of_unit(
    s: Session, unit_id: uuid.UUID, *, limit: int = 50
) -> list[ReadingRecord]:
    """:func:`readings_of_unit` inside the caller's unit of work."""
    rows = s.execute(
        select(MeterReading.read_on, MeterReading.reading, MeterReading.note)
        .where(MeterReading.unit_id == unit_id, ~MeterReading.deleted)
        .order_by(MeterReading.read_on.desc(), MeterReading.id.desc())
        .limit(limit)
    ).all()
    return [ReadingRecord(*row) for row in rows]


@dataclass(frozen=True)
class VisitJob:
    """One unit's part of a booked visit: its order and the plan it serves."""

    order_id: uuid.UUID
    order_number: str
    order_status: str
    visit_id: uuid.UUID
    visit_at: dt.datetime | None
    technician: str
    status: str  # booked | done
    due_on: dt.date
    checklist_result: str
    meter_reading: Decimal | None
    address: str
    plan: PlanRecord


_JOB_COLUMNS = (
    MaintenanceJob.order_id,
    RepairOrder.number,
    RepairOrder.status,
    MaintenanceJob.visit_id,
    MaintenanceJob.visit_at,
    MaintenanceJob.technician,
    MaintenanceJob.status,
    MaintenanceJob.due_on,
    MaintenanceJob.checklist_result,
    MaintenanceJob.meter_reading,
    func.coalesce(Customer.address, ""),
    MaintenanceJob.plan_id,
)


def _jobs(s: Session, query) -> list[VisitJob]:
    rows = s.execute(query).all()
    plan_ids = {row[-1] for row in rows}
    plans = (
        {r[0]: _record(r) for r in s.execute(_plan_query().where(MaintenancePlan.id.in_(plan_ids)))}
        if plan_ids
        else {}
    )
    # The row's values in field order, then its plan in place of the plan id.
    return [VisitJob(*[*row[:-1], plans[row[-1]]]) for row in rows if row[-1] in plans]


def _job_query():
    return (
        select(*_JOB_COLUMNS)
        .join(RepairOrder, RepairOrder.id == MaintenanceJob.order_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(~MaintenanceJob.deleted)
    )


def visit_job(db: Database, order_id: uuid.UUID) -> VisitJob:
    """The maintenance visit an order was booked for."""
    with db.read() as s:
        found = _jobs(s, _job_query().where(MaintenanceJob.order_id == order_id))
    if not found:
        raise NotFound(_("That order is not a maintenance visit."))
    return found[0]


def booked_job(db: Database, plan_id: uuid.UUID) -> VisitJob | None:
    """The visit booked for a plan and not completed yet, if any."""
    with db.read() as s:
        return read_booked_jobs(s, [plan_id]).get(plan_id)


def read_booked_jobs(s: Session, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, VisitJob]:
    """:func:`booked_job` of each plan, in one query, inside the caller's unit of
    work: by plan id, the plans with no visit booked left out."""
    if not plan_ids:
        return {}
    found = _jobs(
        s,
        _job_query()
        .where(MaintenanceJob.plan_id.in_(plan_ids), MaintenanceJob.status == "booked")
        .order_by(MaintenanceJob.id.desc()),
    )
    booked: dict[uuid.UUID, VisitJob] = {}
    for job in found:
        booked.setdefault(job.plan.id, job)  # the newest booking of each plan
    return booked


def jobs_in_week(db: Database, week_of: dt.date, technician: str = "") -> list[VisitJob]:
    """Every unit's part of the visits in the week of *week_of* (the same week as
    :func:`week_calendar`), by time and order number."""
    with db.read() as s:
        return read_jobs_in_week(s, week_of, technician)


def read_jobs_in_week(s: Session, week_of: dt.date, technician: str = "") -> list[VisitJob]:
    """:func:`jobs_in_week` inside the caller's unit of work."""
    monday = week_of - dt.timedelta(days=week_of.weekday())
    start = dt.datetime.combine(monday, dt.time(), dt.UTC)
    query = (
        _job_query()
        .where(
            MaintenanceJob.visit_at >= start,
            MaintenanceJob.visit_at < start + dt.timedelta(days=7),
        )
        .order_by(MaintenanceJob.visit_at, RepairOrder.number)
    )
    if technician:
        query = query.where(MaintenanceJob.technician == technician)
    return _jobs(s, query)


# -- what the maintenance screens show, each read in one session -------------------------------


@dataclass(frozen=True)
class WeekVisits:
    """The week calendar: the visits booked in the week of *monday*, and each
    unit's part of them by order number."""

    monday: dt.date
    visits: list[BookedVisit]
    jobs: dict[str, VisitJob]  # by order number


def week_view(db: Database, monday: dt.date, technician: str = "") -> WeekVisits:
    """What the week calendar shows, read in one session."""
    with db.read() as s:
        return read_week_view(s, monday, technician)


def read_week_view(s: Session, monday: dt.date, technician: str = "") -> WeekVisits:
    """:func:`week_view` inside the caller's unit of work."""
    visits = read_week_calendar(s, monday, technician)
    jobs = {j.order_number: j for j in read_jobs_in_week(s, monday, technician)}
    return WeekVisits(monday, visits, jobs)


@dataclass(frozen=True)
class UnitPlans:
    """A unit's plans, and the visit booked for each plan that has one."""

    unit: units.UnitRecord
    plans: list[PlanRecord]
    booked: dict[uuid.UUID, VisitJob]  # by plan id


def unit_plans_view(db: Database, unit_id: uuid.UUID) -> UnitPlans:
    """What the plans screen shows of a unit, read in one session."""
    with db.read() as s:
        return read_unit_plans_view(s, unit_id)


def read_unit_plans_view(s: Session, unit_id: uuid.UUID) -> UnitPlans:
    """:func:`unit_plans_view` inside the caller's unit of work."""
    plans = read_plans_of_unit(s, unit_id)
    booked = read_booked_jobs(s, [p.id for p in plans])
    return UnitPlans(units.read_unit(s, unit_id), plans, booked)


@dataclass(frozen=True)
class UnitMeter:
    """A unit's newest meter readings and its plans that go by the meter."""

    unit: units.UnitRecord
    readings: list[ReadingRecord]
    plans: list[PlanRecord]


def unit_meter_view(db: Database, unit_id: uuid.UUID) -> UnitMeter:
    """What the readings screen shows of a unit, read in one session."""
    with db.read() as s:
        return read_unit_meter_view(s, unit_id)


def read_unit_meter_view(s: Session, unit_id: uuid.UUID) -> UnitMeter:
    """:func:`unit_meter_view` inside the caller's unit of work."""
    plans = [p for p in read_plans_of_unit(s, unit_id) if p.basis != "calendar"]
    return UnitMeter(
        units.read_unit(s, unit_id), read_readings_of_unit(s, unit_id, limit=50), plans
    )
