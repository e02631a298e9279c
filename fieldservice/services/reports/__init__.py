"""The figures a service manager runs the business on (definitions: docs/kpis.md).

One module per family of KPIs; each family is a pure function of an open
Session, a :class:`Period` and :class:`Filters` that counts in SQL and returns a
frozen dataclass holding every figure with the way to find the records behind
it (a ``Drill``, for drill-down). :func:`report` runs one family (or all) in one
read session, over this centre's own orders unless the filters name a centre.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.i18n import _
from fieldservice.services.reports.common import NO_FILTERS, Filters, Period, at_centre
from fieldservice.services.reports.customers import customers
from fieldservice.services.reports.maintenance import maintenance
from fieldservice.services.reports.parts import parts
from fieldservice.services.reports.people import people
from fieldservice.services.reports.quality import quality
from fieldservice.services.reports.speed import speed
from fieldservice.services.reports.volume import volume
from fieldservice.services.reports.warranty import warranty

__all__ = ["FAMILIES", "NO_FILTERS", "Filters", "Period", "report", "report_all"]

FAMILIES: dict[str, Callable[[Session, Period, Filters], Any]] = {
    "volume": volume,
    "speed": speed,
    "quality": quality,
    "customers": customers,
    "warranty": warranty,
    "parts": parts,
    "maintenance": maintenance,
    "people": people,
}


def report(db: Database, family: str, period: Period, filters: Filters = NO_FILTERS) -> Any:
    """One family of KPIs over *period*, in one read session."""
    if family not in FAMILIES:
        raise InvalidInput(
            _("Unknown report “{name}”: choose from {names}.").format(
                name=family, names=", ".join([*FAMILIES, "all"])
            ),
            field="kpi",
        )
    with db.read() as s:
        return FAMILIES[family](s, period, at_centre(db, filters))


def report_all(db: Database, period: Period, filters: Filters = NO_FILTERS) -> dict[str, Any]:
    """Every family over *period*, in one read session (so one consistent view)."""
    filters = at_centre(db, filters)
    with db.read() as s:
        return {name: run(s, period, filters) for name, run in FAMILIES.items()}
