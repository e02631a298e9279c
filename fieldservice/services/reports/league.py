"""The league table's shapes: the headline KPIs of every centre side by side, and
of the chain as a whole. The head office counts them (``headoffice.league``);
its reporting client and the desktop's head-office view read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from fieldservice.i18n import N_
from fieldservice.services.reports.common import Period

Value = int | float | Decimal | None


@dataclass(frozen=True)
class LeagueKpi:
    """A column of the league table: its key, its label, and which way is better
    (rank 1 is the best: the highest figure, or the lowest)."""

    key: str
    label: str
    higher_is_better: bool
    # The count a centre needs above zero for a place on this KPI (a centre that
    # delivered nothing has no warranty cost to be best at).
    base: str = ""


# The columns, in the order a manager reads them. Labels are the KPI's own (the
# same words the centre's reports use).
KPIS = (
    LeagueKpi("opened", N_("Orders opened"), True),
    LeagueKpi("delivered", N_("Orders delivered"), True),
    LeagueKpi("backlog", N_("Open at the end of the period"), False),
    LeagueKpi("turnaround_median_hours", N_("Turnaround, median (h)"), False),
    LeagueKpi("turnaround_p90_hours", N_("Turnaround, 90th percentile (h)"), False),
    LeagueKpi("first_time_fix_percent", N_("First-time fix (%)"), True),
    LeagueKpi("repeat_30_percent", N_("Repeat repairs within 30 days (%)"), False),
    LeagueKpi("complaints_per_100_delivered", N_("Complaints per 100 orders delivered"), False),
    LeagueKpi("csat", N_("Satisfaction (CSAT), average of 1-5"), True),
    LeagueKpi("nps", N_("NPS (-100 to 100)"), True),
    LeagueKpi("warranty_cost", N_("Warranty cost"), False, base="delivered"),
)


@dataclass(frozen=True)
class LeagueFigures:
    """One centre's headline figures over the period (or the chain's), each by its
    family's rule; a rate or a mean with nothing to measure is None."""

    opened: int
    delivered: int
    backlog: int
    turnaround_orders: int  # delivered, not cancelled: the turnaround's base
    turnaround_median_hours: float | None
    turnaround_p90_hours: float | None
    first_time_fixes: int  # of turnaround_orders
    first_time_fix_percent: float | None
    repeat_30: int
    repeat_base: int  # opened in the period, not cancelled
    repeat_30_percent: float | None
    complaints: int
    complaints_per_100_delivered: float | None
    csat: float | None
    csat_answers: int
    nps: float | None
    nps_answers: int
    warranty_cost: Decimal

    def value(self, key: str) -> Value:
        return getattr(self, key)


@dataclass(frozen=True)
class CentreStanding:
    """A centre's row: its figures and, for each ranked KPI (:data:`KPIS`), its
    place among the centres (1 = best, equal figures share a place; None when the
    centre has no figure to rank)."""

    site: str
    name: str
    figures: LeagueFigures
    ranks: Mapping[str, int | None]


@dataclass(frozen=True)
class League:
    period: Period
    centres: tuple[CentreStanding, ...]  # by site code
    chain: LeagueFigures  # every centre's orders together
