"""Maintenance in words: a plan's rule and basis, readings, how late a plan is, a
unit's line; and a visit's local day and time, as shown and as stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, QObject, QTime

from fieldservice.i18n import _
from fieldservice.services.maintenance import PlanRecord
from ui.common import formatting


def basis_words(widget: QObject) -> dict[str, str]:
    return {
        "calendar": widget.tr("By calendar"),
        "meter": widget.tr("By meter reading"),
        "either": widget.tr("Calendar or meter, whichever comes first"),
    }


def anchor_words(widget: QObject) -> dict[str, str]:
    return {
        "completion": widget.tr("From the day the last visit was done"),
        "fixed": widget.tr("On fixed dates (from the start date)"),
    }


def interval_unit_words(widget: QObject) -> dict[str, str]:
    return {
        "days": widget.tr("days"),
        "weeks": widget.tr("weeks"),
        "months": widget.tr("months"),
        "years": widget.tr("years"),
    }


def meter_unit_words(widget: QObject) -> dict[str, str]:
    return {"hours": widget.tr("running hours"), "cycles": widget.tr("cycles"), "km": _("km")}


def reading_text(widget: QObject, value: Decimal | None, meter_unit: str) -> str:
    """A meter value with its unit: "1,500 h", "12,000 cycles"."""
    if value is None:
        return ""
    number = QLocale().toString(float(value), "f", 0 if value == value.to_integral() else 1)
    short = {"hours": widget.tr("h"), "cycles": widget.tr("cycles"), "km": _("km")}
    return f"{number} {short.get(meter_unit, meter_unit)}"


def days_late(widget: QObject, days: int) -> str:
    """How late, in words: "1 day late", "12 days late"."""
    return widget.tr("1 day late") if days == 1 else widget.tr("%d days late") % days


def every_text(widget: QObject, count: int | None, unit: str) -> str:
    """ "every 3 months", "every year"."""
    if not count:
        return ""
    singular = {
        "days": widget.tr("every day"),
        "weeks": widget.tr("every week"),
        "months": widget.tr("every month"),
        "years": widget.tr("every year"),
    }
    if count == 1 and unit in singular:
        return singular[unit]
    return widget.tr("every %d %s") % (count, interval_unit_words(widget).get(unit, unit))


def rule_text(widget: QObject, plan: PlanRecord) -> str:
    """The plan's rule in one sentence: "Every 3 months, from the last visit"."""
    calendar = every_text(widget, plan.interval_count, plan.interval_unit)
    meter = ""
    if plan.meter_interval is not None:
        meter = widget.tr("every %s") % reading_text(widget, plan.meter_interval, plan.meter_unit)
    if plan.basis == "calendar":
        text = calendar
    elif plan.basis == "meter":
        text = meter
    else:
        text = widget.tr("%s or %s, whichever comes first") % (calendar, meter)
    if plan.basis != "meter":
        anchor = (
            widget.tr("on fixed dates")
            if plan.anchor == "fixed"
            else widget.tr("counted from the last visit")
        )
        # Joined in the language's own way (a Chinese comma in Chinese).
        text = widget.tr("%s, %s") % (text, anchor)
    return text[:1].upper() + text[1:]


def short_rule(widget: QObject, plan: PlanRecord) -> str:
    """The rule in a few words: "Every 3 months", "Every 500 h", "6 months or 500 h"."""
    meter = reading_text(widget, plan.meter_interval, plan.meter_unit)
    if plan.basis == "meter":
        return widget.tr("Every %s") % meter
    calendar = every_text(widget, plan.interval_count, plan.interval_unit)
    if plan.basis == "calendar":
        return calendar[:1].upper() + calendar[1:]
    count = plan.interval_count or 0
    words = interval_unit_words(widget).get(plan.interval_unit, plan.interval_unit)
    return widget.tr("%d %s or %s") % (count, words, meter)


def basis_cell(widget: QObject, plan: PlanRecord) -> str:
    """The due list's basis column: "Calendar", "Meter · 1,500 h", "Either · 1,500 h"."""
    if plan.basis == "calendar":
        return widget.tr("Calendar")
    due = reading_text(widget, plan.due_meter, plan.meter_unit)
    word = widget.tr("Meter") if plan.basis == "meter" else widget.tr("Either")
    return f"{word} · {due}" if due else word


def unit_line(serial: str, product: str, customer: str) -> str:
    return " · ".join(p for p in (serial, product, customer) if p)


def local_moment(day: dt.date, time: QTime) -> dt.datetime:
    """A local date and time as the aware UTC moment the services store."""
    naive = dt.datetime.combine(day, dt.time(time.hour(), time.minute()))
    return naive.astimezone().astimezone(dt.UTC)


def local_time_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return formatting.clock(moment)
