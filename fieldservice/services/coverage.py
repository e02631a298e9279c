"""The coverage rule: is a unit in warranty on a given day?

A unit bought on day P, with a policy of W warranty months and S service
months, and E months of extensions granted:

* the **warranty ends** on P plus W + E calendar months; when that month is
  shorter, on its last day (bought 31 January with 1 month: ends 28 or 29
  February). The unit is in warranty up to and including that day;
* the **service period** (support continues, chargeable) follows and ends on P
  plus W + E + S calendar months, counted the same way;
* after that the unit's warranty has **expired**;
* a warranty a technician has **voided** (physical damage, liquid, …) covers
  nothing, whatever the dates; the recorded reason is given;
* a repair under warranty does not restart the warranty: only extensions move
  the end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

from fieldservice.i18n import N_, _


class CoverageStatus(enum.StrEnum):
    IN_WARRANTY = "in_warranty"
    SERVICE_PERIOD = "service_period"
    EXPIRED = "expired"
    VOID = "void"
    NOT_REGISTERED = "not_registered"

    @property
    def label(self) -> str:
        """The status in words, in the program's language (``LABELS`` holds the
        English, for a document that translates it into its own language)."""
        return _(LABELS[self])

    @property
    def chargeable(self) -> bool:
        """Whether repairs are charged to the customer."""
        return self is not CoverageStatus.IN_WARRANTY


LABELS = {
    CoverageStatus.IN_WARRANTY: N_("In warranty"),
    CoverageStatus.SERVICE_PERIOD: N_("Service period (chargeable)"),
    CoverageStatus.EXPIRED: N_("Expired"),
    CoverageStatus.VOID: N_("Warranty void"),
    CoverageStatus.NOT_REGISTERED: N_("Not registered"),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* plus whole calendar months, clamped to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def warranty_end(purchase: dt.date, warranty_months: int, extension_months: int = 0) -> dt.date:
    """The last day in warranty."""
    return add_months(purchase, warranty_months + extension_months)


def service_end(
    purchase: dt.date, warranty_months: int, service_months: int, extension_months: int = 0
) -> dt.date:
    """The last day of the service period (equal to the warranty end when there is none)."""
    return add_months(purchase, warranty_months + extension_months + service_months)


def status_on(
    on: dt.date,
    purchase: dt.date,
    warranty_months: int,
    service_months: int,
    extension_months: int = 0,
    voided: bool = False,
) -> CoverageStatus:
    """The coverage of a registered unit on day *on* (see the module's rule)."""
    if voided:
        return CoverageStatus.VOID
    if on <= warranty_end(purchase, warranty_months, extension_months):
        return CoverageStatus.IN_WARRANTY
    if on <= service_end(purchase, warranty_months, service_months, extension_months):
        return CoverageStatus.SERVICE_PERIOD
    return CoverageStatus.EXPIRED
