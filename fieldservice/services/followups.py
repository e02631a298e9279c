"""Follow-up calls after service, satisfaction, and complaints.

When an order is delivered, a call is scheduled some days later (the centre's
setting, 3 by default). The caller records whether the customer was reached; a
customer not reached is tried again the next day, three attempts in all. A
reached customer gives CSAT (1–5), NPS (0–10) and customer effort (1–5, 1 =
very easy) and may comment. An unhappy answer (CSAT 1–2 or NPS 0–6) can open a
complaint linked to the order, which is assigned, investigated and resolved
with a note.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import Complaint, Customer, FollowUp, LocalSetting, RepairOrder, Unit
from fieldservice.services import numbering, validation

FOLLOW_UP_DAYS_SETTING = "follow_up_days"
DEFAULT_FOLLOW_UP_DAYS = 3
MAX_ATTEMPTS = 3
# A complaint's status in words: English, marked for translation where shown.
COMPLAINT_STATUSES = {
    "open": N_("Open"),
    "investigating": N_("Investigating"),
    "resolved": N_("Resolved"),
}


def follow_up_days(db: Database) -> int:
    with db.read() as s:
        value = s.scalar(
            select(LocalSetting.value).where(LocalSetting.key == FOLLOW_UP_DAYS_SETTING)
        )
    return int(value) if value else DEFAULT_FOLLOW_UP_DAYS


def set_follow_up_days(db: Database, days: int) -> None:
    if not isinstance(days, int) or not 0 <= days <= 60:
        raise InvalidInput(_("Call back 0 to 60 days after delivery."), field="days")
    with db.write() as s:
        s.merge(LocalSetting(key=FOLLOW_UP_DAYS_SETTING, value=str(days)))


def schedule_for_order(s: Session, order: RepairOrder, delivered_on: dt.date) -> None:
    """Book the follow-up call of an order just delivered (inside its transaction)."""
    value = s.scalar(select(LocalSetting.value).where(LocalSetting.key == FOLLOW_UP_DAYS_SETTING))
    days = int(value) if value else DEFAULT_FOLLOW_UP_DAYS
    s.add(FollowUp(order_id=order.id, due_on=delivered_on + dt.timedelta(days=days)))


@dataclass(frozen=True)
class CallItem:
    id: uuid.UUID
    due_on: dt.date
    attempts: int
    order_id: uuid.UUID
    order_number: str
    customer_name: str
    customer_phone: str
    serial: str
    work_done: str


def calls_due(db: Database, on: dt.date | None = None, *, limit: int = 500) -> list[CallItem]:
    """Open follow-up calls due on or before *on* (today), oldest first."""
    on = on or dt.date.today()
    with db.read() as s:
        rows = s.execute(
            select(
                FollowUp.id,
                FollowUp.due_on,
                FollowUp.attempts,
                RepairOrder.id,
                RepairOrder.number,
                func.coalesce(Customer.name, ""),
                func.coalesce(Customer.phone, ""),
                Unit.serial,
                RepairOrder.work_done,
            )
            .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
            .join(Unit, Unit.id == RepairOrder.unit_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .where(FollowUp.status == "open", FollowUp.due_on <= on, ~FollowUp.deleted)
            .order_by(FollowUp.due_on, FollowUp.id)
            .limit(limit)
        ).all()
    return [CallItem(*row) for row in rows]


def _score(value: int | None, low: int, high: int, field: str, message: str) -> int | None:
    """*value* if it is a whole number from *low* to *high*; refused with *message*
    (marked with ``N_``, holding ``{low}`` and ``{high}``) otherwise."""
    if value is None:
        return None
    if not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(_(message).format(low=low, high=high), field=field)
    return value


@dataclass(frozen=True)
class CallOutcome:
    status: str
    unhappy: bool
    next_due_on: dt.date | None


def record_call(
    db: Database,
    follow_up_id: uuid.UUID,
    *,
    reached: bool,
    csat: int | None = None,
    nps: int | None = None,
    effort: int | None = None,
    comment: str = "",
    on: dt.date | None = None,
) -> CallOutcome:
    """Record a call. Not reached: tried again the next day, up to three attempts."""
    on = on or dt.date.today()
    csat = _score(
        csat, 1, 5, "csat", N_("Satisfaction (CSAT) is a whole number from {low} to {high}.")
    )
    nps = _score(
        nps,
        0,
        10,
        "nps",
        N_("Likelihood to recommend (NPS) is a whole number from {low} to {high}."),
    )
    effort = _score(
        effort, 1, 5, "effort", N_("Customer effort is a whole number from {low} to {high}.")
    )
    with db.write() as s:
        call = s.get(FollowUp, follow_up_id)
        if call is None or call.deleted:
            raise NotFound(_("That follow-up call does not exist."))
        if call.status != "open":
            raise InvalidInput(_("This call has already been recorded."), field="reached")
        call.attempts += 1
        call.called_by = db.user
        call.comment = (comment or "").strip()
        if not reached:
            if call.attempts >= MAX_ATTEMPTS:
                call.status, call.reached = "gave_up", False
                return CallOutcome("gave_up", False, None)
            call.due_on = on + dt.timedelta(days=1)
            return CallOutcome("open", False, call.due_on)
        if csat is None and nps is None:
            raise InvalidInput(
                _("Record at least the satisfaction (CSAT) or the NPS."), field="csat"
            )
        call.status, call.reached = "done", True
        call.csat, call.nps, call.effort = csat, nps, effort
        unhappy = (csat is not None and csat <= 2) or (nps is not None and nps <= 6)
        return CallOutcome("done", unhappy, None)


# -- complaints -----------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintRecord:
    id: uuid.UUID
    number: str
    order_number: str
    customer_name: str
    description: str
    assigned_to: str
    status: str
    opened_on: dt.date
    resolved_on: dt.date | None
    resolution: str


def _complaint_query():
    return (
        select(
            Complaint.id,
            Complaint.number,
            func.coalesce(RepairOrder.number, ""),
            func.coalesce(Customer.name, ""),
            Complaint.description,
            Complaint.assigned_to,
            Complaint.status,
            Complaint.opened_on,
            Complaint.resolved_on,
            Complaint.resolution,
        )
        .outerjoin(RepairOrder, RepairOrder.id == Complaint.order_id)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .where(~Complaint.deleted)
    )


def _complaint(s: Session, complaint_id: uuid.UUID) -> ComplaintRecord:
    row = s.execute(_complaint_query().where(Complaint.id == complaint_id)).first()
    if row is None:
        raise NotFound(_("That complaint does not exist."))
    return ComplaintRecord(*row)


def open_complaint(
    db: Database,
    description: str,
    *,
    order_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    assigned_to: str = "",
) -> ComplaintRecord:
    """Record a complaint (about an order, or a customer's in general)."""
    text = validation.required(description, "description", N_("complaint"))
    with db.write() as s:
        if order_id is not None:
            order = s.get(RepairOrder, order_id)
            if order is None:
                raise InvalidInput(_("That repair order does not exist."), field="order")
            customer_id = customer_id or order.customer_id
        complaint = Complaint(
            number=numbering.next_number(s, db.require_site(), "CP"),
            order_id=order_id,
            customer_id=customer_id,
            description=text,
            assigned_to=assigned_to.strip(),
            status="investigating" if assigned_to.strip() else "open",
            opened_on=dt.date.today(),
        )
        s.add(complaint)
        s.flush()
        return _complaint(s, complaint.id)


def assign_complaint(db: Database, complaint_id: uuid.UUID, person: str) -> ComplaintRecord:
    person = validation.required(person, "assigned_to", N_("person to handle it"))
    with db.write() as s:
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound(_("That complaint does not exist."))
        if complaint.status == "resolved":
            raise InvalidInput(_("This complaint is resolved."), field="assigned_to")
        complaint.assigned_to, complaint.status = person, "investigating"
        s.flush()
        return _complaint(s, complaint.id)


def resolve_complaint(db: Database, complaint_id: uuid.UUID, resolution: str) -> ComplaintRecord:
    note = validation.required(resolution, "resolution", N_("resolution note"))
    with db.write() as s:
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound(_("That complaint does not exist."))
        if complaint.status == "resolved":
            raise InvalidInput(_("This complaint is already resolved."), field="resolution")
        complaint.status, complaint.resolution = "resolved", note
        complaint.resolved_on = dt.date.today()
        s.flush()
        return _complaint(s, complaint.id)


def list_complaints(db: Database, status: str = "") -> list[ComplaintRecord]:
    query = _complaint_query().order_by(Complaint.id.desc()).limit(500)
    if status == "unresolved":
        query = query.where(Complaint.status != "resolved")
    elif status:
        query = query.where(Complaint.status == status)
    with db.read() as s:
        return [ComplaintRecord(*row) for row in s.execute(query)]


# -- pages for the screens --------------------------------------------------------------


def _calls_query(on: dt.date):
    return (
        select(
            FollowUp.id,
            FollowUp.due_on,
            FollowUp.attempts,
            RepairOrder.id,
            RepairOrder.number,
            func.coalesce(Customer.name, ""),
            func.coalesce(Customer.phone, ""),
            Unit.serial,
            RepairOrder.work_done,
        )
        .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .join(Unit, Unit.id == RepairOrder.unit_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(FollowUp.status == "open", FollowUp.due_on <= on, ~FollowUp.deleted)
    )


def count_calls_due(db: Database, on: dt.date | None = None) -> int:
    """How many calls :func:`calls_due` has for *on* (today)."""
    on = on or dt.date.today()
    with db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(FollowUp)
                .where(FollowUp.status == "open", FollowUp.due_on <= on, ~FollowUp.deleted)
            )
            or 0
        )


def list_calls_due(
    db: Database, on: dt.date | None = None, *, offset: int = 0, limit: int = 200
) -> list[CallItem]:
    """One page of the calls due on or before *on* (today), oldest first."""
    on = on or dt.date.today()
    query = _calls_query(on).order_by(FollowUp.due_on, FollowUp.id).offset(offset).limit(limit)
    with db.read() as s:
        return [CallItem(*row) for row in s.execute(query)]


def _complaints_with(query, status: str):
    if status == "unresolved":
        return query.where(Complaint.status != "resolved")
    if status:
        return query.where(Complaint.status == status)
    return query


def count_complaints(db: Database, status: str = "") -> int:
    """How many complaints have *status* ("unresolved", a status, or "" for all)."""
    query = select(func.count()).select_from(Complaint).where(~Complaint.deleted)
    with db.read() as s:
        return s.scalar(_complaints_with(query, status)) or 0


def list_complaints_page(
    db: Database, status: str = "", *, offset: int = 0, limit: int = 200
) -> list[ComplaintRecord]:
    """One page of the complaints with *status*, newest first."""
    query = _complaints_with(_complaint_query(), status)
    query = query.order_by(Complaint.id.desc()).offset(offset).limit(limit)
    with db.read() as s:
        return [ComplaintRecord(*row) for row in s.execute(query)]


def get_complaint(db: Database, complaint_id: uuid.UUID) -> ComplaintRecord:
    with db.read() as s:
        return _complaint(s, complaint_id)


def call_for_order(db: Database, order_number: str) -> CallItem:
    """The open follow-up call of the repair order *order_number*, due or not yet
    (a customer may ring before the day)."""
    number = (order_number or "").strip().upper()
    query = _calls_query(dt.date.max).where(RepairOrder.number == number)
    with db.read() as s:
        row = s.execute(query.order_by(FollowUp.due_on, FollowUp.id).limit(1)).first()
    if row is None:
        raise NotFound(
            _(
                "Repair order {number} has no follow-up call waiting: a call is booked "
                "when an order is delivered, and closed once recorded."
            ).format(number=number)
        )
    return CallItem(*row)
