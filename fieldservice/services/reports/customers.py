"""Customers: what they said on the follow-up call, and what they complained of."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from fieldservice.models import Complaint, FollowUp, RepairOrder
from fieldservice.services.reports.common import (
    Average,
    Count,
    Filters,
    Ids,
    Period,
    Rate,
    in_period,
    order_filter,
    rate,
)


@dataclass(frozen=True)
class Nps:
    """Net promoter score: % promoters (9-10) less % detractors (0-6), -100 to 100."""

    score: float | None
    answers: int
    promoters: Ids
    passives: Ids
    detractors: Ids


@dataclass(frozen=True)
class Customers:
    csat: Average
    nps: Nps
    effort: Average
    follow_up_completion: Rate
    complaints: Count
    complaints_per_100_orders: float | None
    complaint_resolution_days: Average


def customers(s: Session, period: Period, f: Filters) -> Customers:
    """Follow-ups are those of the orders delivered in the period.

    - CSAT (1-5), NPS (0-10) and customer effort (1-5, 1 = very easy) are averaged
      over the calls that reached the customer and recorded that score;
    - follow-up completion: calls done, of the calls that were due by the end of
      the period (done, given up after three attempts, or still open and due):
      a call not yet due is not counted against the centre;
    - complaints: opened on a day of the period, per 100 orders delivered in the
      period; with a filter, only complaints about an order that matches it;
    - complaint resolution: whole days from opened to resolved, averaged over the
      complaints resolved in the period.
    """
    where = order_filter(f)
    delivered = [*where, in_period(RepairOrder.delivered_at, period)]
    calls = s.execute(
        select(FollowUp.id, FollowUp.status, FollowUp.csat, FollowUp.nps, FollowUp.effort)
        .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .where(
            *delivered,
            ~FollowUp.deleted,
            or_(FollowUp.status != "open", FollowUp.due_on <= period.end),
        )
    ).all()
    done = [c for c in calls if c.status == "done"]
    csat = _average([(c.id, c.csat) for c in done if c.csat is not None])
    effort = _average([(c.id, c.effort) for c in done if c.effort is not None])
    answers = [(c.id, c.nps) for c in done if c.nps is not None]
    promoters = tuple(i for i, v in answers if v >= 9)
    detractors = tuple(i for i, v in answers if v <= 6)
    passives = tuple(i for i, v in answers if 7 <= v <= 8)
    score = round(100.0 * (len(promoters) - len(detractors)) / len(answers), 1) if answers else None
    completion = rate(tuple(c.id for c in done), tuple(c.id for c in calls))

    about = Complaint.order_id.in_(select(RepairOrder.id).where(*where))
    matching = about if f.any else or_(Complaint.order_id.is_(None), about)
    complaint_ids = tuple(
        s.scalars(
            select(Complaint.id).where(
                ~Complaint.deleted,
                matching,
                and_(Complaint.opened_on >= period.start, Complaint.opened_on <= period.end),
            )
        )
    )
    orders = s.scalar(select(func.count(RepairOrder.id)).where(*delivered)) or 0
    per_100 = round(100.0 * len(complaint_ids) / orders, 1) if orders else None
    resolved = s.execute(
        select(Complaint.id, Complaint.opened_on, Complaint.resolved_on).where(
            ~Complaint.deleted,
            matching,
            and_(Complaint.resolved_on >= period.start, Complaint.resolved_on <= period.end),
        )
    ).all()
    resolution = _average(
        [(i, (done_on - opened).days) for i, opened, done_on in resolved if done_on is not None]
    )
    return Customers(
        csat,
        Nps(score, len(answers), promoters, passives, detractors),
        effort,
        completion,
        Count(len(complaint_ids), complaint_ids),
        per_100,
        resolution,
    )


def _average(scores: list) -> Average:
    if not scores:
        return Average(None, 0, ())
    return Average(
        round(sum(v for _, v in scores) / len(scores), 2),
        len(scores),
        tuple(i for i, _ in scores),
    )
