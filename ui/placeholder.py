"""The page of an area that is not built yet: what it will do, said plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.common import theme
from ui.common.widgets import label


class ComingSoonPage(QWidget):
    def __init__(
        self,
        icon: str,
        title: str,
        summary: str,
        features: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.area_title = title
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(640)
        outer.addWidget(column, 6)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(theme.pixmap(icon, 56, "#8fa1b6"))
        layout.addWidget(picture)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(label(title, "placeholderTitle"))
        self.badge = label(self.tr("Not available yet"), "comingSoon")
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addStretch(1)
        layout.addLayout(heading)
        self.summary = label(summary, "placeholderText", wrap=True)
        layout.addWidget(self.summary)
        if features:
            layout.addSpacing(4)
            layout.addWidget(label(self.tr("What it will do").upper(), "sectionTitle"))
            for feature in features:
                row = QHBoxLayout()
                row.setSpacing(10)
                tick = QLabel()
                tick.setPixmap(theme.pixmap("check", 16, theme.ACCENT))
                tick.setFixedWidth(18)
                row.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label(feature, "placeholderText", wrap=True), 1)
                layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(
            label(
                self.tr(
                    "This area is not part of this version yet. Everything else works "
                    "without it, and nothing needs to be set up for it now."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addStretch(2)
