"""How a repair order stands against its clock: the time left before it is due,
how long it is overdue, or why the clock is stopped; in the orders list and on
the order view.
"""

from __future__ import annotations

import datetime as dt

from fieldservice.services import repairs
from ui.common.formatting import duration, now, when
from ui.common.words import tr


def row_clock(row: repairs.OrderRow, at: dt.datetime | None = None) -> tuple[str, bool]:
    """(text, overdue) of the list's "due" column for *row*."""
    if row.status == "delivered":
        return tr("Delivered"), False
    if row.status == "cancelled":
        return tr("Cancelled"), False
    if row.status == "ready":
        return tr("Done"), False
    if row.waiting:
        return tr("Clock stopped"), False
    left = row.resolution_due - (at or now())
    if left < dt.timedelta(0):
        return tr("Overdue %s") % duration(left, short=True), True
    return tr("%s left") % duration(left, short=True), False


def order_clock(order: repairs.OrderRecord, at: dt.datetime | None = None) -> tuple[str, bool]:
    """(text, overdue) of the order view's clock line."""
    if order.status == "delivered":
        return tr("Handed back %s.") % when(order.delivered_at), False
    if order.status == "cancelled":
        return tr("Cancelled: %s") % (order.cancel_reason or tr("no reason given")), False
    if order.resolved_at is not None or order.status == "ready":
        return tr("Ready since %s.") % when(order.resolved_at), False
    if order.waiting_since is not None:
        return (
            tr("Clock stopped while waiting for the customer (since %s).")
            % when(order.waiting_since),
            False,
        )
    left = order.time_left(at or now())
    if left is None:
        return "", False
    if left < dt.timedelta(0):
        return (
            tr("Overdue by %s · the repair was due %s")
            % (duration(left), when(order.resolution_due)),
            True,
        )
    return tr("%s left · due %s") % (duration(left), when(order.resolution_due)), False
