"""A part's movement history as the catalogue lists it: each movement with the
movement it reverses or that reversed it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from fieldservice.services.stock import HistoryRow
from ui.common import theme
from ui.common.pagedmodel import Column
from ui.parts.figures import NEGATIVE, REVERSED, RIGHT, local_time, short_time, signed, where


def movement_kinds(widget: QWidget) -> dict[str, str]:
    return {
        "receipt": widget.tr("Receipt"),
        "issue": widget.tr("Issue to order"),
        "return": widget.tr("Return from order"),
        "faulty": widget.tr("Faulty part returned"),
        "transfer_out": widget.tr("Transfer out"),
        "transfer_in": widget.tr("Transfer in"),
        "adjustment": widget.tr("Adjustment"),
        "count": widget.tr("Count result"),
        "opening": widget.tr("Opening balance"),
        "reversal": widget.tr("Reversal"),
    }


def history_columns(widget: QWidget) -> list[Column[HistoryRow]]:
    kinds = movement_kinds(widget)
    reversed_icon = theme.icon("history", theme.MUTED)

    def kind(row: HistoryRow) -> str:
        return kinds.get(row.movement.kind, row.movement.kind)

    def reference(row: HistoryRow) -> str:
        m = row.movement
        parts = []
        if row.linked is not None:
            other = kinds.get(row.linked.kind, row.linked.kind)
            if m.kind == "reversal":
                parts.append(widget.tr("↩ %s of %s") % (other, short_time(row.linked.at)))
            else:
                parts.append(widget.tr("Reversed %s") % short_time(row.linked.at))
        if m.order_number:
            parts.append(m.order_number)
        if m.reference:
            parts.append(m.reference)
        return " · ".join(parts)

    def reason(row: HistoryRow) -> str:
        m = row.movement
        if m.override_by:
            return widget.tr("Override by %s: %s") % (m.override_by, m.reason)
        return m.reason

    def tip(row: HistoryRow) -> str | None:
        if row.linked is None:
            return None
        other = row.linked
        text = f"{kinds.get(other.kind, other.kind)} {signed(other.quantity)} · "
        text += f"{where(other.location, other.bin)} · {local_time(other.at)}"
        if row.movement.kind == "reversal":
            return widget.tr("Reverses: %s") % text
        return widget.tr("Reversed by: %s") % text

    return [
        Column(
            widget.tr("When"),
            lambda r: short_time(r.movement.at),
            width=112,
            tooltip=lambda r: local_time(r.movement.at),
        ),
        Column(
            widget.tr("Movement"),
            kind,
            width=156,
            icon=lambda r: reversed_icon if r.linked is not None else None,
            tooltip=tip,
        ),
        Column(widget.tr("Qty"), lambda r: signed(r.movement.quantity), width=56, align=RIGHT),
        Column(
            widget.tr("Where"),
            lambda r: where(r.movement.location, r.movement.bin),
            width=96,
        ),
        Column(widget.tr("Reference / order"), reference, width=170, tooltip=tip),
        Column(widget.tr("Reason"), reason, width=150, tooltip=lambda r: reason(r) or None),
        Column(widget.tr("By"), lambda r: r.movement.by, width=90, stretch=True),
    ]


def history_style(row: HistoryRow, column: int, role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        if row.reversed or row.movement.kind == "reversal":
            return QBrush(REVERSED)
        if column == 2 and row.movement.quantity < 0:
            return QBrush(NEGATIVE)
    return None
