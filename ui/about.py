"""Help > About: what this installation is, for the user and for a support call
(version, database file and schema, centre, data directory, Qt and Python)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from fieldservice.services.about import Installation
from ui.common.widgets import label


class AboutDialog(QDialog):
    """The details of *installation* (one service call), plus the Qt it runs on."""

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About fieldservice"))
        self.installation = installation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(f"{installation.product} {installation.version}", "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "After-sales service: repairs, warranty, spare parts and maintenance, "
                    "for service centres working offline with head-office sync."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.details: dict[str, str] = {}
        for key, title, value in self._rows():
            field = label(value)
            field.setObjectName(f"about_{key}")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, field)
            self.details[title] = value
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy these details, e.g. to send them to support"))
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rows(self) -> list[tuple[str, str, str]]:
        about = self.installation
        if about.site_code:
            centre = f"{about.site_code} · {about.site_name or ''}".rstrip(" ·")
        else:
            centre = self.tr("not set up yet")
        revision = about.schema_revision or self.tr("none")
        if about.up_to_date:
            schema = self.tr("%s (up to date)") % revision
        else:
            schema = self.tr("%s (this version knows up to %s)") % (
                revision,
                about.newest_revision,
            )
        return [
            ("version", self.tr("Version"), about.version),
            ("centre", self.tr("Centre"), centre),
            ("database", self.tr("Database"), str(about.database)),
            ("schema", self.tr("Schema revision"), schema),
            ("data_directory", self.tr("Data directory"), str(about.data_directory)),
            ("qt", self.tr("Qt"), qVersion()),
            ("pyside", self.tr("PySide6"), PySide6.__version__),
            ("python", self.tr("Python"), about.python_version),
        ]

    def details_text(self) -> str:
        return "\n".join(f"{title}: {value}" for title, value in self.details.items())

    def copy_details(self) -> None:
        QApplication.clipboard().setText(
            f"{self.installation.product} {self.installation.version}\n" + self.details_text()
        )
