"""Times of day and banners as the Sync area shows them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ui.common import formatting
from ui.common.widgets import Banner


def clock_time(moment: dt.datetime) -> str:
    return formatting.clock(moment)


def day_and_time(moment: dt.datetime, *, today: str, yesterday: str) -> str:
    """ "14:05" today, "yesterday 14:05", else "24 Nov 14:05"."""
    local = moment.astimezone()
    time = clock_time(local)
    days = (dt.date.today() - local.date()).days
    if days == 0:
        return today % time
    if days == 1:
        return yesterday % time
    return f"{formatting.short_day(local.date(), on=local.date())} {time}"


def show_banner(
    banner: Banner,
    kind: str,
    text: str,
    actions: list[tuple[str, Callable[[], None]]] | None = None,
) -> None:
    """Show *banner*, its text in the colours of its new kind (the style sheet picks
    the text colour by the banner's kind, so the text is styled again)."""
    banner.show_message(kind, text, actions)
    style = banner.label.style()
    style.unpolish(banner.label)
    style.polish(banner.label)
