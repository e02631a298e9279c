"""Repair orders: the technician's day, from intake to hand-back.

One state machine (``MOVES``) says which status may follow which; the guards in
``move()`` say why a move is refused ("3 parts requested for this order are not
yet issued"). Every move is kept with its time, who made it and why. A
delivered order is never reopened: coming back makes a linked rework order, and
a unit back within 30 days counts as a repeat repair.

Targets: each priority promises a first response (leaving "received") and a
resolution (reaching "ready for pickup") within so many hours of intake. Time
spent waiting for the customer's approval does not count against the centre:
the due times move on by the time waited.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, bindparam, func, literal_column, select, text, union
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.i18n import N_, _, ngettext
from fieldservice.models import (
    Customer,
    LabourLine,
    Part,
    PartRequest,
    PriorityTarget,
    Product,
    RepairOrder,
    RepairOrderEvent,
    StockMovement,
    Unit,
    utcnow,
)
from fieldservice.models.base import live
from fieldservice.printing.data import LabourDone, PartUsed, WorkCharges, WorkOrderData
from fieldservice.services import (
    customers,
    followups,
    lookup,
    numbering,
    sanbao,
    stock,
    units,
    validation,
    warranty,
)
from fieldservice.services import search as search_index
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.distinct import values_in_order

NUMBER_KIND = "RO"
REPEAT_DAYS = 30

# The words of the codes below are English, marked for translation where shown
# (``_(STATUSES[code])``; a printed document uses its own language's translator).
SERVICE_TYPES = {
    "installation": N_("Installation"),
    "commissioning": N_("Commissioning"),
    "training": N_("Training"),
    "preventive_maintenance": N_("Preventive maintenance"),
    "fault_repair": N_("Fault repair"),
    "replacement": N_("Replacement"),
    "return_refund": N_("Return / refund"),
}
CHANNELS = {
    "walk_in": N_("Walk-in"),
    "phone": N_("Phone"),
    "online": N_("Online"),
    "on_site": N_("On-site visit"),
}

STATUSES = {
    "received": N_("Received"),
    "diagnosing": N_("Diagnosing"),
    "waiting_parts": N_("Waiting for parts"),
    "waiting_approval": N_("Waiting for customer approval"),
    "in_repair": N_("In repair"),
    "quality_check": N_("Quality check"),
    "ready": N_("Ready for pickup"),
    "delivered": N_("Delivered"),
    "cancelled": N_("Cancelled"),
}
OPEN_STATUSES = tuple(s for s in STATUSES if s not in ("delivered", "cancelled"))

# The lifecycle: status -> the statuses it may move to. "cancelled" is allowed from
# every open status (with a reason) and is added below.
MOVES: dict[str, tuple[str, ...]] = {
    "received": ("diagnosing",),
    "diagnosing": ("waiting_parts", "waiting_approval", "in_repair"),
    "waiting_parts": ("in_repair", "diagnosing", "waiting_approval"),
    "waiting_approval": ("in_repair", "waiting_parts", "ready"),
    "in_repair": ("quality_check", "waiting_parts"),
    "quality_check": ("ready", "in_repair"),
    "ready": ("delivered",),
    "delivered": (),
    "cancelled": (),
}
MOVES = {k: (*v, "cancelled") if k in OPEN_STATUSES else v for k, v in MOVES.items()}

DEFAULT_TARGETS = (
    # code, label (stored in English, translated where shown), rank, response hours,
    # resolution hours
    ("urgent", N_("Urgent"), 1, 2, 24),
    ("high", N_("High"), 2, 4, 48),
    ("normal", N_("Normal"), 3, 8, 120),
    ("low", N_("Low"), 4, 24, 240),
)

RECEIPT_TERMS = N_(
    "We will contact you before doing any chargeable work. Repairs under warranty are free "
    "of charge when the warranty conditions are met; if the fault is found to be outside "
    "the warranty we will send you a quote first. Please collect the unit within 30 days "
    "of our call that it is ready. Keep this receipt: it is needed to collect the unit."
)


def _unknown_priority(code: str) -> str:
    return _("Unknown priority “{priority}”.").format(priority=code)


def _status_words(code: str) -> str:
    """A status inside a sentence: lower case in English ("waiting for parts")."""
    return _(STATUSES[code]).lower()


def _closed(number: str) -> str:
    return _("Order {number} is closed.").format(number=number)


def _listed(items: list[str]) -> str:
    """Items one after another in a sentence ("a, b, c"; Chinese writes "a、b、c")."""
    # Translators: what stands between the items of a list in a sentence.
    return _(", ").join(items)


# -- targets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    code: str
    label: str
    rank: int
    response_hours: int
    resolution_hours: int


def _targets(s: Session, db: Database) -> dict[str, PriorityTarget]:
    """This centre's priority targets by code (each centre has its own), made from
    the defaults the first time they are needed."""
    found = _stored_targets(s, db)
    if not found:
        for code, label, rank, response, resolution in DEFAULT_TARGETS:
            target = PriorityTarget(
                code=code,
                label=label,
                rank=rank,
                response_hours=response,
                resolution_hours=resolution,
            )
            s.add(target)
            found[code] = target
        s.flush()
    return found


def _stored_targets(s: Session, db: Database) -> dict[str, PriorityTarget]:
    return {
        t.code: t
        for t in s.scalars(
            select(PriorityTarget).where(
                PriorityTarget.origin_site == db.site_code, ~PriorityTarget.deleted
            )
        )
    }


def read_targets(s: Session, db: Database) -> list[Target]:
    """:func:`targets` in a read: the defaults while none are stored yet (the first
    write that needs them stores them)."""
    stored = _stored_targets(s, db).values()
    if not stored:
        return [Target(*values) for values in sorted(DEFAULT_TARGETS, key=lambda v: v[2])]
    return _as_targets(stored)


def _as_targets(rows) -> list[Target]:
    """The stored priority targets as records, most urgent first."""
    return [
        Target(t.code, t.label, t.rank, t.response_hours, t.resolution_hours)
        for t in sorted(rows, key=lambda t: t.rank)
    ]


def shown_targets(db: Database) -> list[Target]:
    """:func:`targets` without storing anything: for a form that only shows them."""
    with db.read() as s:
        return read_targets(s, db)


def targets(db: Database) -> list[Target]:
    """The response and resolution promise of each priority, most urgent first."""
    with db.write() as s:
        return _as_targets(_targets(s, db).values())


def set_target(db: Database, code: str, response_hours: int, resolution_hours: int) -> Target:
    """Change a priority's promise; orders already open keep the due times they got."""
    if not (0 < response_hours <= resolution_hours <= 24 * 365):
        raise InvalidInput(
            _(
                "Response and resolution are hours above zero, the response no later than "
                "the resolution."
            ),
            field="response_hours",
        )
    with db.write() as s:
        target = _targets(s, db).get(code)
        if target is None:
            raise InvalidInput(_unknown_priority(code), field="priority")
        target.response_hours, target.resolution_hours = response_hours, resolution_hours
        return Target(target.code, target.label, target.rank, response_hours, resolution_hours)


# -- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderRecord:
    id: uuid.UUID
    number: str
    status: str
    unit_id: uuid.UUID
    serial: str
    product_id: uuid.UUID
    product_name: str
    product_sku: str
    product_brand: str
    product_model: str
    customer_id: uuid.UUID | None
    customer_number: str
    customer_name: str
    customer_phone: str
    customer_email: str
    customer_address: str
    service_type: str
    channel: str
    priority: str
    fault_reported: str
    accessories: str
    condition: str
    coverage: str
    coverage_note: str
    warranty_registration_id: uuid.UUID | None
    technician: str
    received_by: str
    diagnosis: str
    work_done: str
    quote_amount: Decimal | None
    quote_approved_at: dt.datetime | None
    opened_at: dt.datetime
    response_due: dt.datetime
    resolution_due: dt.datetime
    responded_at: dt.datetime | None
    resolved_at: dt.datetime | None
    delivered_at: dt.datetime | None
    waiting_since: dt.datetime | None
    rework_of_id: uuid.UUID | None
    cancel_reason: str
    same_fault: bool = False
    sanbao_decision: str | None = None
    sanbao_reason: str = ""

    @property
    def sanbao_label(self) -> str:
        """The 三包 decision in words ("" when none was taken)."""
        return _(sanbao.DECISIONS[self.sanbao_decision]) if self.sanbao_decision else ""

    @property
    def status_label(self) -> str:
        """The status in words, in the program's language."""
        return _(STATUSES[self.status])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def chargeable(self) -> bool:
        return CoverageStatus(self.coverage).chargeable

    def time_left(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        """Until the resolution is due (negative: overdue); None once resolved or
        while the clock is stopped for the customer."""
        if not self.is_open or self.resolved_at or self.waiting_since:
            return None
        return self.resolution_due - (now or utcnow())

    def overdue(self, now: dt.datetime | None = None) -> bool:
        left = self.time_left(now)
        return left is not None and left < dt.timedelta(0)


_ORDER_COLUMNS = (
    RepairOrder.id,
    RepairOrder.number,
    RepairOrder.status,
    RepairOrder.unit_id,
    Unit.serial,
    Product.id,
    Product.name,
    Product.sku,
    Product.brand,
    Product.model,
    RepairOrder.customer_id,
    func.coalesce(Customer.number, ""),
    func.coalesce(Customer.name, ""),
    func.coalesce(Customer.phone, ""),
    func.coalesce(Customer.email, ""),
    func.coalesce(Customer.address, ""),
    RepairOrder.service_type,
    RepairOrder.channel,
    RepairOrder.priority,
    RepairOrder.fault_reported,
    RepairOrder.accessories,
    RepairOrder.condition,
    RepairOrder.coverage,
    RepairOrder.coverage_note,
    RepairOrder.warranty_registration_id,
    RepairOrder.technician,
    RepairOrder.received_by,
    RepairOrder.diagnosis,
    RepairOrder.work_done,
    RepairOrder.quote_amount,
    RepairOrder.quote_approved_at,
    RepairOrder.created_at,
    RepairOrder.response_due,
    RepairOrder.resolution_due,
    RepairOrder.responded_at,
    RepairOrder.resolved_at,
    RepairOrder.delivered_at,
    RepairOrder.waiting_since,
    RepairOrder.rework_of_id,
    RepairOrder.cancel_reason,
    RepairOrder.same_fault,
    RepairOrder.sanbao_decision,
    RepairOrder.sanbao_reason,
)


def _order_query():
    return (
        select(*_ORDER_COLUMNS)
        .join(Unit, Unit.id == RepairOrder.unit_id)
        .join(Product, Product.id == RepairOrder.product_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(~RepairOrder.deleted)
    )


def _load(s: Session, order_id: uuid.UUID) -> OrderRecord:
    row = s.execute(_order_query().where(RepairOrder.id == order_id)).first()
    if row is None:
        raise NotFound(_("That repair order does not exist."))
    return OrderRecord(*row)


def get_order(db: Database, order_id: uuid.UUID) -> OrderRecord:
    with db.read() as s:
        return _load(s, order_id)


_BY_NUMBER = _order_query().where(RepairOrder.number == bindparam("number"))


def get_order_by_number(db: Database, number: str) -> OrderRecord:
    """The order with this number (as printed or scanned)."""
    with db.connection() as conn:
        row = conn.execute(_BY_NUMBER, {"number": number.strip().upper()}).first()
    if row is None:
        raise NotFound(
            _("There is no repair order {number}.").format(number=number.strip().upper())
        )
    return OrderRecord(*row)


# -- intake ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeDraft:
    """What the desk records when a unit comes in (or a job is booked)."""

    unit_id: uuid.UUID | None
    fault_reported: str
    service_type: str = "fault_repair"
    channel: str = "walk_in"
    priority: str = "normal"
    accessories: str = ""
    condition: str = ""
    technician: str = ""
    # A technician refusing warranty at intake picks a reason from the policy's list.
    refuse_warranty_reason: str = ""
    refuse_warranty_note: str = ""
    # The unit is back with the same fault as this earlier order of it (三包 counts
    # the repairs of one fault), and the 三包 decision taken ("" for none).
    same_fault_as: uuid.UUID | None = None
    sanbao_decision: str = ""


@dataclass(frozen=True)
class SanbaoToday:
    """The unit's 三包 rights at the desk today (none when its product is not sold
    under 三包, or it is out of warranty), and the earlier orders the technician
    may mark as "the same fault"."""

    terms: sanbao.SanbaoTerms
    day: int | None  # day 1 = the purchase day; None when not registered
    rights: tuple[sanbao.Right, ...]
    same_fault_repairs: tuple[str, ...]
    earlier_orders: tuple[tuple[uuid.UUID, str, str], ...]  # id, number, fault reported

    def right(self, decision: str) -> sanbao.Right | None:
        return next((r for r in self.rights if r.decision == decision), None)


def _same_fault_repairs(s: Session, order_id: uuid.UUID) -> tuple[str, ...]:
    """The delivered orders that repaired the fault of *order_id*, oldest first: it
    and, while each was marked the same fault, the orders it was a rework of."""
    numbers: list[str] = []
    current: uuid.UUID | None = order_id
    seen: set[uuid.UUID] = set()
    while current is not None and current not in seen:
        seen.add(current)
        row = s.execute(
            select(
                RepairOrder.number,
                RepairOrder.status,
                RepairOrder.same_fault,
                RepairOrder.rework_of_id,
            ).where(RepairOrder.id == current, ~RepairOrder.deleted)
        ).first()
        if row is None:
            break
        if row.status == "delivered":
            numbers.append(row.number)
        current = row.rework_of_id if row.same_fault else None
    return tuple(reversed(numbers))


def read_sanbao_today(
    s: Session,
    unit_id: uuid.UUID,
    same_fault_as: uuid.UUID | None = None,
    on: dt.date | None = None,
) -> SanbaoToday:
    """:func:`sanbao_today` inside the caller's unit of work."""
    on = on or dt.date.today()
    unit = units.read_unit(s, unit_id)
    policy = warranty.read_policy(s, unit.product_id)
    terms = (
        sanbao.SanbaoTerms(policy.return_days, policy.exchange_days, policy.repairs_before_exchange)
        if policy
        else sanbao.SanbaoTerms()
    )
    earlier = tuple(
        (o.id, o.number, o.fault_reported)
        for o in read_orders_of_unit(s, unit_id)
        if o.status == "delivered"
    )
    repaired: tuple[str, ...] = ()
    if same_fault_as is not None:
        if same_fault_as not in {o[0] for o in earlier}:
            raise InvalidInput(
                _("Choose a delivered order of this unit as the same fault."),
                field="same_fault_as",
            )
        repaired = _same_fault_repairs(s, same_fault_as)
    registration = warranty.read_by_serial(s, unit.serial)
    if registration is None or on < registration.purchase_date:
        return SanbaoToday(terms, None, (), repaired, earlier)
    in_warranty = registration.status_on(on) is CoverageStatus.IN_WARRANTY
    rights = sanbao.rights_on(
        terms,
        registration.purchase_date,
        on,
        in_warranty=in_warranty,
        same_fault_repairs=repaired,
    )
    day = sanbao.day_after_purchase(registration.purchase_date, on)
    return SanbaoToday(terms, day, rights, repaired, earlier)


def sanbao_today(
    db: Database, unit_id: uuid.UUID, same_fault_as: uuid.UUID | None = None
) -> SanbaoToday:
    """The unit's 三包 rights today (services/sanbao.py has the rule), counting the
    repairs of the fault of *same_fault_as* when the unit is back with it."""
    with db.read() as s:
        return read_sanbao_today(s, unit_id, same_fault_as)


def _sanbao_decided(s: Session, unit_id: uuid.UUID, draft: IntakeDraft) -> sanbao.Right | None:
    """The 三包 right the draft takes, checked against the unit's rights today."""
    if not draft.sanbao_decision and draft.same_fault_as is None:
        return None
    today = read_sanbao_today(s, unit_id, draft.same_fault_as)
    if not draft.sanbao_decision:
        return None
    if draft.sanbao_decision not in sanbao.DECISIONS:
        raise InvalidInput(
            _("Unknown 三包 decision “{value}”.").format(value=draft.sanbao_decision),
            field="sanbao_decision",
        )
    right = today.right(draft.sanbao_decision)
    if right is None:
        raise InvalidInput(
            _("The customer has no 三包 right to {decision} today.").format(
                decision=_(sanbao.DECISIONS[draft.sanbao_decision]).lower()
            ),
            field="sanbao_decision",
        )
    return right


def open_order(db: Database, draft: IntakeDraft) -> OrderRecord:
    """Open a repair order for a unit. Coverage is decided now from the warranty
    rules (and kept with the order); refusing warranty voids the registration with
    the reason given. A unit back within 30 days of a delivered order is linked to
    that order as a repeat repair."""
    if draft.unit_id is None:
        raise InvalidInput(_("Scan or choose the unit first."), field="unit")
    fault = validation.required(draft.fault_reported, "fault_reported", N_("fault as reported"))
    if draft.service_type not in SERVICE_TYPES:
        raise InvalidInput(
            _("Unknown service type “{value}”.").format(value=draft.service_type),
            field="service_type",
        )
    if draft.channel not in CHANNELS:
        raise InvalidInput(
            _("Unknown channel “{value}”.").format(value=draft.channel), field="channel"
        )
    unit = units.get_unit(db, draft.unit_id)
    registration = warranty.find_by_serial(db, unit.serial)
    if draft.refuse_warranty_reason:
        if registration is None:
            raise InvalidInput(
                _("This unit has no warranty registration to refuse."), field="refuse_warranty"
            )
        if not registration.voided:
            registration = warranty.void(
                db, registration.id, draft.refuse_warranty_reason, draft.refuse_warranty_note
            )
    now = utcnow()
    cover = (
        warranty.coverage_of(registration, now.astimezone().date())
        if registration
        else warranty.Coverage(unit.serial, now.date(), CoverageStatus.NOT_REGISTERED)
    )
    with db.write() as s:
        target = _targets(s, db).get(draft.priority)
        if target is None:
            raise InvalidInput(_unknown_priority(draft.priority), field="priority")
        right = _sanbao_decided(s, unit.id, draft)
        previous = s.scalar(
            select(RepairOrder.id)
            .where(
                RepairOrder.unit_id == unit.id,
                RepairOrder.status == "delivered",
                RepairOrder.delivered_at >= now - dt.timedelta(days=REPEAT_DAYS),
            )
            .order_by(RepairOrder.delivered_at.desc())
            .limit(1)
        )
        order = RepairOrder(
            number=numbering.next_number(s, db.require_site(), NUMBER_KIND),
            unit_id=unit.id,
            customer_id=unit.customer_id,
            product_id=unit.product_id,
            service_type=draft.service_type,
            channel=draft.channel,
            priority=draft.priority,
            status="received",
            is_open=True,
            fault_reported=fault,
            accessories=(draft.accessories or "").strip(),
            condition=(draft.condition or "").strip(),
            coverage=cover.status.value,
            coverage_note=cover.summary,
            warranty_registration_id=registration.id if registration else None,
            technician=(draft.technician or "").strip(),
            received_by=db.user,
            response_due=now + dt.timedelta(hours=target.response_hours),
            resolution_due=now + dt.timedelta(hours=target.resolution_hours),
            rework_of_id=draft.same_fault_as or previous,
            same_fault=draft.same_fault_as is not None,
            sanbao_decision=right.decision if right else None,
            sanbao_reason=right.reason if right else "",
            created_at=now,
        )
        s.add(order)
        s.flush()
        s.add(RepairOrderEvent(order_id=order.id, to_status="received", by=db.user))
        s.flush()
        return _load(s, order.id)


def reopen_as_rework(db: Database, order_id: uuid.UUID, fault_reported: str) -> OrderRecord:
    """The customer is back with a delivered unit: a new order linked to the old one
    (the delivered order's history stays as it was)."""
    old = get_order(db, order_id)
    if old.status != "delivered":
        raise InvalidInput(
            _("Order {number} is {status}, not delivered: carry on with it instead.").format(
                number=old.number, status=_status_words(old.status)
            ),
            field="status",
        )
    new = open_order(
        db,
        IntakeDraft(
            old.unit_id,
            fault_reported,
            old.service_type,
            old.channel,
            old.priority,
            technician=old.technician,
        ),
    )
    if new.rework_of_id != old.id:
        with db.write() as s:
            s.get(RepairOrder, new.id).rework_of_id = old.id  # type: ignore[union-attr]
        new = get_order(db, new.id)
    return new


# -- the lifecycle ------------------------------------------------------------------------


def _unissued(s: Session, order: RepairOrder) -> list[str]:
    rows = s.execute(
        select(Part.part_number, stock._quantity(PartRequest.quantity - PartRequest.issued))
        .join(Part, Part.id == PartRequest.part_id)
        .where(PartRequest.order_id == order.id, PartRequest.status == "open", ~PartRequest.deleted)
    ).all()
    return [f"{stock.shown(q)} × {n}" for n, q in rows]


def _held_parts(s: Session, order: RepairOrder) -> list[str]:
    """Parts issued to the order and neither returned nor fitted-and-delivered."""
    rows = s.execute(
        select(Part.part_number, func.sum(StockMovement.quantity))
        .join(Part, Part.id == StockMovement.part_id)
        .where(
            StockMovement.order_id == order.id,
            StockMovement.kind.in_(("issue", "return", "reversal")),
        )
        .group_by(Part.part_number)
    ).all()
    return [f"{stock.shown(-q)} × {n}" for n, q in rows if q and q < 0]


def move(db: Database, order_id: uuid.UUID, to_status: str, reason: str = "") -> OrderRecord:
    """Move an order to another status, if the lifecycle and its guards allow it."""
    if to_status not in STATUSES:
        raise InvalidInput(_("Unknown status “{status}”.").format(status=to_status), field="status")
    reason = (reason or "").strip()
    with db.write() as s:
        order = s.get(RepairOrder, order_id)
        if order is None or order.deleted:
            raise NotFound(_("That repair order does not exist."))
        current = order.status
        if to_status not in MOVES[current]:
            if current == "delivered":
                raise InvalidInput(
                    _(
                        "Order {number} was delivered; if the unit is back, open a rework order."
                    ).format(number=order.number),
                    field="status",
                )
            if MOVES[current]:
                message = _("Order {number} is {status}: it can go to {allowed}, not to {target}.")
            else:
                message = _("Order {number} is {status}: it can go to nothing, not to {target}.")
            raise InvalidInput(
                message.format(
                    number=order.number,
                    status=_status_words(current),
                    allowed=_listed([_status_words(x) for x in MOVES[current]]),
                    target=_status_words(to_status),
                ),
                field="status",
            )
        _check_guards(s, order, to_status, reason)
        now = utcnow()
        if current == "waiting_approval" and order.waiting_since is not None:
            waited = now - order.waiting_since
            order.waited_seconds += int(waited.total_seconds())
            order.resolution_due = order.resolution_due + waited
            if order.responded_at is None:
                order.response_due = order.response_due + waited
            order.waiting_since = None
        if to_status == "waiting_approval":
            order.waiting_since = now
        if to_status == "in_repair" and current == "waiting_approval":
            order.quote_approved_at = now
        if current == "received" and order.responded_at is None:
            order.responded_at = now
        if to_status == "ready":
            order.resolved_at = now
        if to_status == "delivered":
            order.delivered_at = now
            followups.schedule_for_order(s, order, now.astimezone().date())
        if to_status == "cancelled":
            order.cancel_reason = reason
        order.status = to_status
        order.is_open = to_status in OPEN_STATUSES
        s.add(
            RepairOrderEvent(
                order_id=order.id,
                from_status=current,
                to_status=to_status,
                reason=reason,
                by=db.user,
            )
        )
        s.flush()
        return _load(s, order.id)


def _check_guards(s: Session, order: RepairOrder, to_status: str, reason: str) -> None:
    if to_status == "cancelled":
        if not reason:
            raise InvalidInput(_("Say why the order is cancelled."), field="reason")
        held = _held_parts(s, order)
        if held:
            raise InvalidInput(
                _(
                    "Parts issued to this order are not returned ({parts}): "
                    "return them to stock before cancelling."
                ).format(parts=_listed(held)),
                field="status",
            )
    if to_status == "waiting_approval" and order.quote_amount is None:
        raise InvalidInput(
            _("Enter the quote for the customer before asking for approval."), field="quote"
        )
    if to_status in ("quality_check", "ready") and order.status != "waiting_approval":
        missing = _unissued(s, order)
        if missing:
            count = len(missing)
            raise InvalidInput(
                ngettext(
                    "{count} part requested for this order is not yet issued ({parts}).",
                    "{count} parts requested for this order are not yet issued ({parts}).",
                    count,
                ).format(count=count, parts=_listed(missing)),
                field="status",
            )
    if to_status == "ready" and order.status == "waiting_approval" and not reason:
        raise InvalidInput(
            _("Say why the unit goes back unrepaired (e.g. the customer declined the quote)."),
            field="reason",
        )
    if to_status == "ready" and order.status != "waiting_approval" and not order.work_done.strip():
        raise InvalidInput(_("Write what was done before the unit is ready."), field="work_done")


# An on-site job done in one visit goes through these, each move kept in the history.
ON_SITE_PATH = ("diagnosing", "in_repair", "quality_check", "ready", "delivered")


def complete_on_site(db: Database, order_id: uuid.UUID, work_done: str) -> OrderRecord:
    """Close an on-site job finished in one visit (a maintenance visit): record what
    was done, then walk the order through to delivered, the lifecycle's guards
    applying at each step."""
    order = get_order(db, order_id)
    if order.status == "delivered":
        return order
    if not order.is_open:
        raise InvalidInput(
            _("Order {number} is {status}.").format(
                number=order.number, status=_status_words(order.status)
            ),
            field="status",
        )
    if work_done.strip() and not order.work_done:
        order = update_work(db, order_id, work_done=work_done)
    start = ON_SITE_PATH.index(order.status) + 1 if order.status in ON_SITE_PATH else 0
    for status in ON_SITE_PATH[start:]:
        order = move(db, order_id, status, _("completed on site"))
    return order


def history(db: Database, order_id: uuid.UUID) -> list[tuple[dt.datetime, str, str, str, str]]:
    """(when, from, to, by, reason) of every move, oldest first."""
    with db.read() as s:
        return read_history(s, order_id)


def read_history(s: Session, order_id: uuid.UUID) -> list[tuple[dt.datetime, str, str, str, str]]:
    """:func:`history` inside the caller's unit of work."""
    rows = s.execute(
        select(
            RepairOrderEvent.created_at,
            RepairOrderEvent.from_status,
            RepairOrderEvent.to_status,
            RepairOrderEvent.by,
            RepairOrderEvent.reason,
        )
        .where(RepairOrderEvent.order_id == order_id)
        .order_by(RepairOrderEvent.id)
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


# -- work on the order -----------------------------------------------------------------------


def update_work(
    db: Database,
    order_id: uuid.UUID,
    *,
    diagnosis: str | None = None,
    work_done: str | None = None,
    technician: str | None = None,
    quote_amount: object = None,
    priority: str | None = None,
) -> OrderRecord:
    """Record diagnosis and work notes, (re)assign the technician, set the quote
    (``quote_amount=""`` withdraws it, except while the customer is deciding on it)."""
    with db.write() as s:
        order = s.get(RepairOrder, order_id)
        if order is None or order.deleted:
            raise NotFound(_("That repair order does not exist."))
        if not order.is_open and (diagnosis or work_done or technician or priority):
            raise InvalidInput(_closed(order.number), field="status")
        if diagnosis is not None and diagnosis.strip() != order.diagnosis:
            order.diagnosis = diagnosis.strip()
        if work_done is not None and work_done.strip() != order.work_done:
            order.work_done = work_done.strip()
        if technician is not None and technician.strip() != order.technician:
            order.technician = technician.strip()
        if quote_amount == "" and order.quote_amount is not None:
            if order.status == "waiting_approval":
                raise InvalidInput(
                    _(
                        "The customer is deciding on this quote: change it, or move the order "
                        "on first."
                    ),
                    field="quote",
                )
            order.quote_amount = None
        elif quote_amount not in (None, ""):
            order.quote_amount = stock.money(quote_amount, "quote")
        if priority is not None and priority != order.priority:
            target = _targets(s, db).get(priority)
            if target is None:
                raise InvalidInput(_unknown_priority(priority), field="priority")
            order.priority = priority
            order.resolution_due = order.created_at + dt.timedelta(
                hours=target.resolution_hours, seconds=order.waited_seconds
            )
            order.response_due = order.created_at + dt.timedelta(hours=target.response_hours)
        s.flush()
        return _load(s, order.id)


def log_labour(
    db: Database,
    order_id: uuid.UUID,
    minutes: int,
    description: str = "",
    technician: str = "",
    hourly_rate: object = 0,
) -> None:
    if not isinstance(minutes, int) or not 0 < minutes <= 24 * 60:
        raise InvalidInput(_("Labour is whole minutes, up to a day per line."), field="minutes")
    with db.write() as s:
        order = s.get(RepairOrder, order_id)
        if order is None or not order.is_open:
            raise InvalidInput(_("Labour can only be logged on an open order."), field="minutes")
        s.add(
            LabourLine(
                order_id=order.id,
                technician=(technician or order.technician or db.user).strip(),
                minutes=minutes,
                description=description.strip(),
                hourly_rate=stock.money(hourly_rate, "hourly_rate"),
            )
        )


def request_part(db: Database, order_id: uuid.UUID, part: str, qty: object, location: str) -> None:
    order = get_order(db, order_id)
    if not order.is_open:
        raise InvalidInput(_closed(order.number), field="part")
    stock.request_part(
        db, order_id=order.id, order_number=order.number, part=part, qty=qty, location=location
    )


def issue_part(
    db: Database, order_id: uuid.UUID, part: str, qty: object, location: str, **options
) -> list[stock.MovementRecord]:
    """Issue a part from stock to this order (see stock.issue_part_to_order)."""
    order = get_order(db, order_id)
    if not order.is_open:
        raise InvalidInput(_closed(order.number), field="part")
    return stock.issue_part_to_order(
        db, part, qty, location, order_id=order.id, order_number=order.number, **options
    )


def return_part(
    db: Database, order_id: uuid.UUID, part: str, qty: object, location: str, **options
) -> stock.MovementRecord:
    order = get_order(db, order_id)
    return stock.return_part_from_order(
        db, part, qty, location, order_id=order.id, order_number=order.number, **options
    )


@dataclass(frozen=True)
class Charges:
    parts: Decimal
    labour: Decimal
    covered: Decimal  # by the warranty
    chargeable: Decimal  # to the customer

    @property
    def total(self) -> Decimal:
        return self.parts + self.labour


def charges(db: Database, order_id: uuid.UUID) -> Charges:
    """Parts (at their average cost when issued, or the catalogue's standard cost
    while no cost had been received) and labour, split into what the warranty
    covers and what the customer pays."""
    with db.read() as s:
        return read_charges(s, _load(s, order_id))


def read_charges(s: Session, order: OrderRecord) -> Charges:
    """:func:`charges` of *order* inside the caller's unit of work."""
    parts = Decimal(0)
    for qty, cost in s.execute(
        select(StockMovement.quantity, StockMovement.unit_cost).where(
            StockMovement.order_id == order.id,
            StockMovement.kind.in_(("issue", "return", "reversal")),
        )
    ):
        parts -= qty * (cost or 0)
    labour = Decimal(0)
    for minutes, rate in s.execute(
        select(LabourLine.minutes, LabourLine.hourly_rate).where(
            LabourLine.order_id == order.id, ~LabourLine.deleted
        )
    ):
        labour += Decimal(minutes) / 60 * rate
    cents = Decimal("0.01")
    parts, labour, nothing = (
        parts.quantize(cents),
        labour.quantize(cents),
        Decimal(0).quantize(cents),
    )
    total = parts + labour
    if order.chargeable:
        return Charges(parts, labour, nothing, total)
    return Charges(parts, labour, total, nothing)


@dataclass(frozen=True)
class LabourRecord:
    """One line of time spent on an order."""

    id: uuid.UUID
    at: dt.datetime
    technician: str
    minutes: int
    description: str
    hourly_rate: Decimal

    @property
    def amount(self) -> Decimal:
        return (Decimal(self.minutes) / 60 * self.hourly_rate).quantize(Decimal("0.01"))


def labour_lines(db: Database, order_id: uuid.UUID) -> list[LabourRecord]:
    """The time logged on an order, oldest first."""
    with db.read() as s:
        return read_labour_lines(s, order_id)


def read_labour_lines(s: Session, order_id: uuid.UUID) -> list[LabourRecord]:
    """:func:`labour_lines` inside the caller's unit of work."""
    rows = s.execute(
        select(
            LabourLine.id,
            LabourLine.created_at,
            LabourLine.technician,
            LabourLine.minutes,
            LabourLine.description,
            LabourLine.hourly_rate,
        )
        .where(LabourLine.order_id == order_id, ~LabourLine.deleted)
        .order_by(LabourLine.id)
    ).all()
    return [LabourRecord(*row) for row in rows]


@dataclass(frozen=True)
class OrderPart:
    """A part an order asked for or used: requested (all requests), issued to the
    order, taken back unused, and what is still with the order (issued less returned)."""

    part_number: str
    description: str
    requested: Decimal
    issued: Decimal
    returned: Decimal
    faulty_returned: Decimal

    @property
    def held(self) -> Decimal:
        return self.issued - self.returned

    @property
    def waiting(self) -> Decimal:
        """Requested and not yet issued."""
        return max(self.requested - self.issued, Decimal(0))


def order_parts(db: Database, order_id: uuid.UUID) -> list[OrderPart]:
    """Every part of an order, by part number: what was requested, issued,
    returned unused, and faulty parts taken out of the unit."""
    with db.read() as s:
        return read_order_parts(s, order_id)


def read_order_parts(s: Session, order_id: uuid.UUID) -> list[OrderPart]:
    """:func:`order_parts` inside the caller's unit of work."""
    totals: dict[str, list[Decimal]] = {}
    names: dict[str, str] = {}
    zero = Decimal(0)
    for number, description, qty in s.execute(
        select(Part.part_number, Part.description, PartRequest.quantity)
        .join(Part, Part.id == PartRequest.part_id)
        .where(PartRequest.order_id == order_id, ~PartRequest.deleted)
    ):
        names[number] = description
        totals.setdefault(number, [zero, zero, zero, zero])[0] += qty
    for number, description, kind, qty in s.execute(
        select(Part.part_number, Part.description, StockMovement.kind, StockMovement.quantity)
        .join(Part, Part.id == StockMovement.part_id)
        .where(StockMovement.order_id == order_id)
        .order_by(StockMovement.id)
    ):
        names[number] = description
        line = totals.setdefault(number, [zero, zero, zero, zero])
        if kind == "issue":
            line[1] -= qty
        elif kind == "return":
            line[2] += qty
        elif kind == "faulty":
            line[3] += qty
        elif kind == "reversal":
            line[1] -= qty  # a reversed issue gives the quantity back
    return [OrderPart(number, names[number], *values) for number, values in sorted(totals.items())]


# -- lists --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    status: str
    priority: str
    opened_at: dt.datetime
    resolution_due: dt.datetime
    waiting: bool
    serial: str
    product_name: str
    customer_name: str
    technician: str
    coverage: str
    fault_reported: str = ""

    @property
    def status_label(self) -> str:
        """The status in words, in the program's language."""
        return _(STATUSES[self.status])

    def overdue(self, now: dt.datetime | None = None) -> bool:
        return (
            self.status in OPEN_STATUSES
            and self.status != "ready"
            and not self.waiting
            and self.resolution_due < (now or utcnow())
        )


@dataclass(frozen=True)
class OrderFilter:
    search: str = ""
    status: str = ""  # a status, "open", or "" for all
    technician: str = ""
    overdue: bool = False
    coverage: str = ""


def _filtered(query, f: OrderFilter):
    if f.status == "open":
        query = query.where(RepairOrder.is_open)
    elif f.status:
        query = query.where(RepairOrder.status == f.status)
    if f.technician:
        query = query.where(RepairOrder.technician == f.technician)
    if f.coverage:
        query = query.where(RepairOrder.coverage == f.coverage)
    if f.overdue:
        query = query.where(
            RepairOrder.is_open,
            RepairOrder.resolution_due < utcnow(),
            RepairOrder.status.not_in(("ready", "waiting_approval")),
        )
    search = (f.search or "").strip()
    if search:
        # A number typed so far (SH01-RO-00012) finds the orders it begins.
        numbered = numbering.parse_number(search) is not None
        matching = _numbered(search.upper()) if numbered else _matching_rowids(search)
        # As rowids: given the condition itself, SQLite reads the "deleted" index
        # and checks every order.
        query = query.where(literal_column("repair_order.rowid").in_(matching))
    return query


_FOUND = RepairOrder.__table__.alias("found")
_FOUND_ROWID = literal_column("found.rowid", Integer)


def _numbered(start: str):
    """The rowids of the orders whose number begins with *start*, from its index."""
    return (
        select(_FOUND_ROWID)
        .select_from(_FOUND)
        .where(_FOUND.c.number >= start, _FOUND.c.number < start + "\uffff")
    )


# A term that matches more customers than this does not pick customers out (it is
# a site code, a common character): orders are not looked up through their owners.
_MOST_OWNERS = 20_000


def _matching_rowids(search: str):
    """The rowids of the orders *search* finds: by the order's number or the unit's
    serial as typed so far, by the customer (name, phone, e-mail, address, in any
    script), and by any part of a Chinese fault, diagnosis or work done.

    Each kind of match is a set of rowids, put together with UNION: SQLite looks
    each up in its own index, where an OR of them had it read all 1,000,000
    orders (3 s; 0.1 s this way: bench/search.py). Rowids, not ids: a broad
    search's million matches are compared as integers.
    """
    prefix = "".join(search.split()).upper()
    found, rowid = _FOUND, _FOUND_ROWID
    serials = select(Unit.id).where(Unit.serial >= prefix, Unit.serial < prefix + "\uffff")
    matches = [
        _numbered(prefix),
        select(rowid).select_from(found).where(found.c.unit_id.in_(serials)),
    ]
    owners = customers.matching_ids(search)
    if owners is not None:
        # A condition on no row: SQLite works it out once, before the loop.
        counted = select(func.count()).select_from(owners.limit(_MOST_OWNERS + 1).subquery())
        matches.append(
            select(rowid)
            .select_from(found)
            .where(counted.scalar_subquery() <= _MOST_OWNERS, found.c.customer_id.in_(owners))
        )
    faults = search_index.rowids_matching("repair_order", search)
    if faults is not None:
        sql, params = faults
        matches.append(
            select(rowid)
            .select_from(found)
            .where(text(f"found.rowid IN ({sql})").bindparams(**params))
        )
    return union(*matches)


def count_orders(db: Database, f: OrderFilter = OrderFilter()) -> int:
    query = _filtered(select(func.count()).select_from(RepairOrder).where(live(RepairOrder)), f)
    with db.read() as s:
        return s.scalar(query) or 0


def _row_query(not_deleted: ColumnElement[bool] = ~RepairOrder.deleted):
    """The list's row of each order; *not_deleted* is how "not deleted" is
    written: ``deleted = 0`` for the pages of every order (newest first through
    ``ix_repair_order_deleted``), :func:`live` for the few orders of one unit
    (through the unit's index, with or without planner statistics)."""
    return (
        select(
            RepairOrder.id,
            RepairOrder.number,
            RepairOrder.status,
            RepairOrder.priority,
            RepairOrder.created_at,
            RepairOrder.resolution_due,
            RepairOrder.waiting_since.is_not(None),
            Unit.serial,
            Product.name,
            func.coalesce(Customer.name, ""),
            RepairOrder.technician,
            RepairOrder.coverage,
            RepairOrder.fault_reported,
        )
        .join(Unit, Unit.id == RepairOrder.unit_id)
        .join(Product, Product.id == RepairOrder.product_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(not_deleted)
    )


def _rows(db: Database, query) -> list[OrderRow]:
    with db.read() as s:
        return [OrderRow(*row) for row in s.execute(query)]


def list_orders(
    db: Database, f: OrderFilter = OrderFilter(), *, offset: int = 0, limit: int = 100
) -> list[OrderRow]:
    """One page of orders, newest first (overdue ones: most overdue first)."""
    query = _filtered(_row_query(), f)
    order_by = (
        (RepairOrder.is_open, RepairOrder.resolution_due) if f.overdue else (RepairOrder.id.desc(),)
    )
    return _rows(db, query.order_by(*order_by).offset(offset).limit(limit))


def orders_of_unit(db: Database, unit_id: uuid.UUID) -> list[OrderRow]:
    """Every order of a unit, newest first: its repair history at the desk."""
    with db.read() as s:
        return read_orders_of_unit(s, unit_id)


def read_orders_of_unit(s: Session, unit_id: uuid.UUID) -> list[OrderRow]:
    """:func:`orders_of_unit` inside the caller's unit of work."""
    query = (
        _row_query(live(RepairOrder))
        .where(RepairOrder.unit_id == unit_id)
        .order_by(RepairOrder.id.desc())
    )
    return [OrderRow(*row) for row in s.execute(query)]


def technicians(db: Database) -> list[str]:
    """Names orders have been assigned to (for pickers and "my orders")."""
    with db.read() as s:
        return read_technicians(s)


def read_technicians(s: Session) -> list[str]:
    """:func:`technicians` inside the caller's unit of work. (The Repair orders
    screen asks each time it is shown: read by index seeks, one per name.)"""
    return list(s.scalars(_TECHNICIANS))


_TECHNICIANS = values_in_order(RepairOrder.technician)


# -- knowledge from history -------------------------------------------------------------------

_WORD = re.compile(r"\w{3,}", re.UNICODE)
_COMMON = frozenset(
    {
        "the",
        "and",
        "with",
        "not",
        "does",
        "doesn",
        "when",
        "after",
        "from",
        "into",
        "that",
        "this",
        "have",
        "has",
        "was",
        "were",
        "will",
        "for",
        "are",
        "but",
        "all",
        "any",
        "can",
        "its",
        "off",
        "out",
    }
)


@dataclass(frozen=True)
class SimilarRepair:
    id: uuid.UUID
    number: str
    opened_at: dt.datetime
    fault_reported: str
    diagnosis: str
    work_done: str
    status: str
    rank: float


def similar_repairs(db: Database, order_id: uuid.UUID, *, limit: int = 10) -> list[SimilarRepair]:
    """Past repairs of the same product whose fault or notes share words with this
    order's fault, best match first, with what fixed them."""
    with db.read() as s:
        return read_similar_repairs(s, _load(s, order_id), limit=limit)


def read_similar_repairs(s: Session, order: OrderRecord, *, limit: int = 10) -> list[SimilarRepair]:
    """:func:`similar_repairs` of *order* inside the caller's unit of work.

    Chinese fault text is compared by its pairs of characters (开机无反应 finds
    开机没反应 by 开机 and 反应), in either script; other text by its words."""
    product_key = order.product_id.hex
    rows: list = []
    pairs = search_index.fault_pairs(order.fault_reported)
    if pairs:
        query = f'grp : "{product_key}" AND pairs : ({" OR ".join(pairs)})'
        found = s.execute(
            text(
                "SELECT o.id, o.number, o.created_at, o.fault_reported, o.diagnosis, o.work_done,"
                " o.status, bm25(repair_order_fts_short, 1.0, 0.0) AS rank"
                " FROM repair_order_fts_short"
                " JOIN repair_order o ON o.rowid = repair_order_fts_short.rowid"
                " WHERE repair_order_fts_short MATCH :q AND o.id != :me AND o.deleted = 0"
                " ORDER BY (o.work_done = '') , rank LIMIT :limit"
            ),
            {"q": query, "me": order.id.hex, "limit": limit},
        ).all()
        rows = list(found)
    words = [w.lower() for w in _WORD.findall(order.fault_reported) if w.lower() not in _COMMON]
    # Words of three letters or more (Chinese runs are single "words" to the word
    # index, and were compared above).
    words = [w for w in words if not search_index.has_han(w)]
    if words and len(rows) < limit:
        query = f'product_id:"{product_key}" AND ({" OR ".join(f"{w}*" for w in words[:12])})'
        seen = {r[0] for r in rows}
        more = s.execute(
            text(
                "SELECT o.id, o.number, o.created_at, o.fault_reported, o.diagnosis, o.work_done,"
                " o.status, bm25(repair_order_fts, 0.0, 4.0, 2.0, 2.0) AS rank"
                " FROM repair_order_fts JOIN repair_order o ON o.rowid = repair_order_fts.rowid"
                " WHERE repair_order_fts MATCH :q AND o.id != :me AND o.deleted = 0"
                " ORDER BY (o.work_done = '') , rank LIMIT :limit"
            ),
            {"q": query, "me": order.id.hex, "limit": limit},
        ).all()
        rows = [*rows, *(r for r in more if r[0] not in seen)][:limit]
    return [
        SimilarRepair(
            uuid.UUID(r[0]),
            r[1],
            _utc(r[2]),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
        )
        for r in rows
    ]


def _utc(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


# -- printing ------------------------------------------------------------------------------------


def _part_costs(db: Database, order_id: uuid.UUID) -> dict[str, Decimal]:
    """What each part cost the order, by part number (see :func:`charges`)."""
    costs: dict[str, Decimal] = {}
    with db.read() as s:
        for number, qty, cost in s.execute(
            select(Part.part_number, StockMovement.quantity, StockMovement.unit_cost)
            .join(Part, Part.id == StockMovement.part_id)
            .where(
                StockMovement.order_id == order_id,
                StockMovement.kind.in_(("issue", "return", "reversal")),
            )
        ):
            costs[number] = costs.get(number, Decimal(0)) - qty * (cost or 0)
    return {number: cost.quantize(Decimal("0.01")) for number, cost in costs.items()}


def work_order_data(db: Database, order_id: uuid.UUID) -> WorkOrderData:
    """Everything printed on the work order, its labels and the intake receipt.

    The work recorded so far goes with it: diagnosis, work done, the parts still
    fitted (issued less returned), the time logged and, once the work is
    finished (ready, delivered or cancelled), what it cost and who pays.

    It prints in the centre's document language (services/documents.py), with
    the centre's own conditions of service in that language, else the built-in.
    """
    from fieldservice.services import documents
    from fieldservice.services.coverage import LABELS as COVERAGE_LABELS

    order = get_order(db, order_id)
    costs = _part_costs(db, order_id)
    parts = tuple(
        PartUsed(p.part_number, p.description, p.held, costs.get(p.part_number, Decimal(0)))
        for p in order_parts(db, order_id)
        if p.held > 0
    )
    labour = tuple(
        LabourDone(line.minutes, line.description, line.technician, line.amount)
        for line in labour_lines(db, order_id)
    )
    finished = order.status in ("ready", "delivered", "cancelled")
    cost = charges(db, order_id) if finished else None
    # Labels go to the document in English: it prints them in its own language.
    centre = warranty.centre_header(db)
    coverage = order.coverage_note or COVERAGE_LABELS[CoverageStatus(order.coverage)]
    if centre.language != "en":
        # The note is an English sentence written at intake; a document in another
        # language says the coverage in its own words.
        coverage = COVERAGE_LABELS[CoverageStatus(order.coverage)]
    return WorkOrderData(
        number=order.number,
        centre=centre,
        opened_at=order.opened_at,
        promised_by=order.resolution_due,
        status=STATUSES[order.status],
        priority=next((t.label for t in targets(db) if t.code == order.priority), order.priority),
        service_type=SERVICE_TYPES[order.service_type],
        channel=CHANNELS[order.channel],
        customer_name=order.customer_name,
        customer_phone=order.customer_phone,
        customer_email=order.customer_email,
        customer_address=order.customer_address,
        product_name=order.product_name,
        product_sku=order.product_sku,
        brand=order.product_brand,
        model=order.product_model,
        serial=order.serial,
        fault_reported=order.fault_reported,
        accessories=order.accessories,
        condition=order.condition,
        coverage=coverage,
        chargeable=order.chargeable,
        technician=order.technician,
        received_by=order.received_by,
        terms=centre.terms or documents.builtin_terms(centre.language),
        diagnosis=order.diagnosis,
        work_done=order.work_done,
        parts_used=parts,
        labour=labour,
        charges=(
            WorkCharges(cost.parts, cost.labour, cost.covered, cost.chargeable)
            if cost is not None
            else None
        ),
        completed_at=order.resolved_at,
        delivered_at=order.delivered_at,
        work_finished=finished,
        sanbao_decision=sanbao.DECISIONS[order.sanbao_decision] if order.sanbao_decision else "",
        sanbao_reason=order.sanbao_reason,
    )


def work_order_pdf(db: Database, order_id: uuid.UUID, format: str = "a4") -> bytes:
    """The work order as PDF bytes, in a format of ``workorders.FORMATS``
    (A4 or A5 sheet, 62 mm or 57 × 32 mm label)."""
    from fieldservice.printing import workorders

    out = io.BytesIO()
    workorders.render_work_order(work_order_data(db, order_id), out, format)
    return out.getvalue()


def intake_receipt_pdf(db: Database, order_id: uuid.UUID) -> bytes:
    """The customer's intake receipt as PDF bytes."""
    from fieldservice.printing import workorders

    out = io.BytesIO()
    workorders.render_intake_receipt(work_order_data(db, order_id), out)
    return out.getvalue()


# -- the order view ----------------------------------------------------------------------------

# The best matches among past repairs shown beside an order.
SIMILAR_SHOWN = 3


@dataclass(frozen=True)
class OrderDetails:
    """What the order view shows: the order, its moves, labour, parts and charges,
    the past repairs like it, and the choices its fields offer."""

    order: OrderRecord
    history: list[tuple[dt.datetime, str, str, str, str]]
    labour: list[LabourRecord]
    parts: list[OrderPart]
    charges: Charges
    similar: list[SimilarRepair]
    targets: list[Target]
    technicians: list[str]
    locations: list[stock.LocationRecord]
    # The number of the order this one is a rework of ("" if none).
    rework_of: str


def order_view(db: Database, order_id: uuid.UUID) -> OrderDetails:
    """Everything the order view shows, read in one session."""
    with db.read() as s:
        order = _load(s, order_id)
        rework_of = ""
        if order.rework_of_id is not None:
            try:
                rework_of = _load(s, order.rework_of_id).number
            except NotFound:
                rework_of = ""
        return OrderDetails(
            order=order,
            history=read_history(s, order_id),
            labour=read_labour_lines(s, order_id),
            parts=read_order_parts(s, order_id),
            charges=read_charges(s, order),
            similar=read_similar_repairs(s, order, limit=SIMILAR_SHOWN),
            targets=read_targets(s, db),
            technicians=read_technicians(s),
            locations=stock.read_locations(s, db),
            rework_of=rework_of,
        )


# -- desk look-up -----------------------------------------------------------------------------


def _find_order(db: Database, number: str) -> lookup.LookupResult | None:
    try:
        order = get_order_by_number(db, number)
    except NotFound:
        return None
    return lookup.LookupResult(
        number, "repair_order", order.id, f"{order.number} · {order.product_name} · {order.serial}"
    )


lookup.register_document_kind(NUMBER_KIND, _find_order)
