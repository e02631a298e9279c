"""Badges: a short coloured word or two for a status, a priority, covered or
chargeable.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWidget,
)

from fieldservice.services.coverage import CoverageStatus
from ui.common.words import COVERAGE_WORDS, tr

# -- badges --------------------------------------------------------------------------------

# (background, text, border) of each kind of badge.
BADGE_COLOURS = {
    "green": ("#e7f6ec", "#1b6b3f", "#b5dfc4"),
    "amber": ("#fff4e5", "#93370d", "#f7d19e"),
    "red": ("#fef3f2", "#b42318", "#fecdca"),
    "blue": ("#eef4ff", "#1e40af", "#c7dbfb"),
    "grey": ("#eef2f7", "#394755", "#dde3ea"),
}
STATUS_KINDS = {
    "received": "blue",
    "diagnosing": "blue",
    "waiting_parts": "amber",
    "waiting_approval": "amber",
    "in_repair": "blue",
    "quality_check": "blue",
    "ready": "green",
    "delivered": "grey",
    "cancelled": "grey",
}
PRIORITY_KINDS = {"urgent": "red", "high": "amber"}


class Badge(QLabel):
    """A short coloured word or two: a status, a priority, covered or chargeable."""

    def __init__(self, text: str = "", kind: str = "grey", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = ""
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_badge(text, kind)

    def set_badge(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if kind == self.kind:
            return
        self.kind = kind
        background, colour, border = BADGE_COLOURS.get(kind, BADGE_COLOURS["grey"])
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {border};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; font-size: 9pt; }"
        )


def coverage_badge(status: str) -> tuple[str, str]:
    """(text, kind) of the badge saying whether repairs are covered or charged."""
    if status == CoverageStatus.IN_WARRANTY:
        return tr("Covered · in warranty"), "green"
    words = tr(COVERAGE_WORDS[status]) if status in COVERAGE_WORDS else status
    kind = "red" if status == CoverageStatus.VOID else "amber"
    return tr("Chargeable · %s") % words.lower(), kind
