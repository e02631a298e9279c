"""Customers: what they said on the follow-up call, and what they complained of."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from fieldservice.models import Complaint, FollowUp, RepairOrder
from fieldservice.services.reports.common import (
    BEHIND,
    Arg,
    Average,
    Count,
    Drill,
    Filters,
    Period,
    Rate,
    counted,
    how_many,
    in_period,
    live,
    of_matching_order,
    order_filter,
    rated,
    records,
)


@dataclass(frozen=True)
class Nps:
    """Net promoter score: % promoters (9-10) less % detractors (0-6), -100 to 100."""

    score: float | None
    answers: int
    promoters: int
    passives: int
    detractors: int
    drill: Drill | None = field(
        default=None, compare=False, repr=False, metadata=BEHIND
    )  # the answers


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

    def drill(name: str) -> Drill:
        return Drill("customers", name, period, f)

    answered = _calls(period, f).where(FollowUp.status == "done").subquery()
    score = answered.c
    row = s.execute(
        select(
            func.count(score.csat),
            func.avg(score.csat),
            func.count(score.effort),
            func.avg(score.effort),
            func.count(score.nps),
            func.sum(case((score.nps >= 9, 1), else_=0)),
            func.sum(case((score.nps <= 6, 1), else_=0)),
        )
    ).one()
    csat_n, csat, effort_n, effort, answers, promoters, detractors = row
    promoters, detractors = int(promoters or 0), int(detractors or 0)
    nps = round(100.0 * (promoters - detractors) / answers, 1) if answers else None
    complaints = counted(s, drill("complaints"))
    orders = how_many(s, _delivered(period, f))
    resolved = s.execute(
        _complaints(f, Complaint.resolved_on, period).with_only_columns(
            Complaint.opened_on, Complaint.resolved_on
        )
    ).all()
    days = [(done_on - opened).days for opened, done_on in resolved]
    return Customers(
        _average(csat, csat_n, drill("csat")),
        Nps(nps, answers, promoters, answers - promoters - detractors, detractors, drill("nps")),
        _average(effort, effort_n, drill("effort")),
        rated(s, drill("follow_up_done"), drill("follow_up_due")),
        complaints,
        round(100.0 * complaints.value / orders, 1) if orders else None,
        _average(sum(days) / len(days) if days else None, len(days), drill("complaint_resolved")),
    )


def _average(value, n: int, d: Drill) -> Average:
    return Average(None if not n else round(float(value), 2), n, d)


def _delivered(period: Period, f: Filters):
    return select(RepairOrder.id).where(
        *order_filter(f), in_period(RepairOrder.delivered_at, period)
    )


def _calls(period: Period, f: Filters):
    """The follow-up calls of the orders delivered in the period that were due by
    its end (or are no longer open), with their scores."""
    return (
        select(FollowUp.id, FollowUp.csat, FollowUp.nps, FollowUp.effort)
        .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .where(
            *order_filter(f),
            in_period(RepairOrder.delivered_at, period),
            live(FollowUp),
            or_(FollowUp.status != "open", FollowUp.due_on <= period.end),
        )
    )


def _ids(query):
    return query.with_only_columns(FollowUp.id)


@records("customers", "follow_up_due", "follow_up")
def _calls_due(period: Period, f: Filters, _arg: Arg = None):
    return _ids(_calls(period, f))


@records("customers", "follow_up_done", "follow_up")
def _calls_done(period: Period, f: Filters, _arg: Arg = None):
    return _calls_due(period, f).where(FollowUp.status == "done")


@records("customers", "csat", "follow_up")
def _csat_answers(period: Period, f: Filters, _arg: Arg = None):
    return _calls_done(period, f).where(FollowUp.csat.is_not(None))


@records("customers", "nps", "follow_up")
def _nps_answers(period: Period, f: Filters, _arg: Arg = None):
    return _calls_done(period, f).where(FollowUp.nps.is_not(None))


@records("customers", "effort", "follow_up")
def _effort_answers(period: Period, f: Filters, _arg: Arg = None):
    return _calls_done(period, f).where(FollowUp.effort.is_not(None))


def _complaints(f: Filters, day, period: Period):
    """The centre's complaints whose *day* (opened or resolved) falls in the
    period; with a filter on orders, only those about an order that matches it."""
    if f.narrows_orders:
        matching = of_matching_order(Complaint.order_id, f)
    else:  # the centre's complaints, about an order or not
        matching = Complaint.origin_site == f.site if f.site else true()
    return select(Complaint.id).where(
        live(Complaint),
        matching,
        and_(day >= period.start, day <= period.end),
    )


@records("customers", "complaints", "complaint")
def _opened_complaints(period: Period, f: Filters, _arg: Arg = None):
    return _complaints(f, Complaint.opened_on, period)


@records("customers", "complaint_resolved", "complaint")
def _resolved_complaints(period: Period, f: Filters, _arg: Arg = None):
    return _complaints(f, Complaint.resolved_on, period)
