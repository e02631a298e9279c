"""The 三包 rule: what may a customer with a faulty unit ask for today?

In mainland China products sold under the 三包 rules (《部分商品修理更换退货责任
规定》: repair, exchange, refund) give a customer whose unit has a performance
fault these rights. Days are counted from the purchase: the purchase day is day 1.

A product's warranty policy says whether it is sold under 三包 and with which
windows (none set: it is not, and this rule gives nothing; the ordinary warranty
still applies). With a return window of R days, an exchange window of X days and
a repair count of N, on day D of a unit that is in warranty:

* **refund** (退货) when D ≤ R;
* **exchange** (换货) when D ≤ X;
* **repair** (修理), free, on every day of the warranty;
* **exchange or refund** when the same performance fault is back after N
  repairs, whatever the day.

A unit out of warranty, or whose warranty was voided (damage, misuse, …), has no
三包 rights. "The same fault" is what the technician marks at intake: the unit is
back with the same fault as an earlier order; the earlier repairs of that fault
are the delivered orders of that chain (see ``RepairOrder.same_fault``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from fieldservice.i18n import N_, _, ngettext

# The decisions recorded on an order, in the order they are offered; the codes are
# stored (and counted in reports), the words translated where shown.
DECISIONS = {
    "repair": N_("Repair"),
    "exchange": N_("Exchange"),
    "refund": N_("Refund"),
}


@dataclass(frozen=True)
class SanbaoTerms:
    """A policy's 三包 windows; None where the policy sets none."""

    return_days: int | None = None
    exchange_days: int | None = None
    repairs_before_exchange: int | None = None

    @property
    def applies(self) -> bool:
        """Whether the product is sold under 三包 at all."""
        return any(
            v is not None
            for v in (self.return_days, self.exchange_days, self.repairs_before_exchange)
        )


@dataclass(frozen=True)
class Right:
    """One thing the customer may ask for today, and why (in the program's language)."""

    decision: str  # a key of DECISIONS
    reason: str

    @property
    def label(self) -> str:
        return _(DECISIONS[self.decision])


def day_after_purchase(purchase: dt.date, on: dt.date) -> int:
    """Day 1 is the purchase day."""
    return (on - purchase).days + 1


def rights_on(
    terms: SanbaoTerms,
    purchase: dt.date,
    on: dt.date,
    *,
    in_warranty: bool,
    same_fault_repairs: Sequence[str] = (),
) -> tuple[Right, ...]:
    """The customer's 三包 rights on day *on* (see the module's rule), refund first.

    *same_fault_repairs* are the numbers of the delivered orders that repaired the
    fault the unit is back with (empty when it is a new fault)."""
    if not terms.applies or not in_warranty or on < purchase:
        return ()
    day = day_after_purchase(purchase, on)
    reasons: dict[str, str] = {}
    repaired = len(same_fault_repairs)
    if terms.repairs_before_exchange is not None and repaired >= terms.repairs_before_exchange:
        after = ngettext(
            "Repaired {count} time for the same fault ({orders}) and still faulty: "
            "exchange or refund.",
            "Repaired {count} times for the same fault ({orders}) and still faulty: "
            "exchange or refund.",
            repaired,
        ).format(count=repaired, orders=", ".join(same_fault_repairs))
        reasons["refund"] = reasons["exchange"] = after
    if terms.return_days is not None and day <= terms.return_days:
        reasons["refund"] = _(
            "Day {day} after purchase: a performance fault within {days} days may be "
            "returned for a refund."
        ).format(day=day, days=terms.return_days)
    if terms.exchange_days is not None and day <= terms.exchange_days:
        reasons["exchange"] = _(
            "Day {day} after purchase: a performance fault within {days} days may be exchanged."
        ).format(day=day, days=terms.exchange_days)
    reasons["repair"] = _("In warranty: repaired free of charge.")
    return tuple(
        Right(code, reasons[code]) for code in ("refund", "exchange", "repair") if code in reasons
    )
