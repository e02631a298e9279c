"""Enrolment: the head office's address and the one-time code it gave; a refused
code or a malformed address is said next to its field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import site
from fieldservice.sync import client as sync_client
from ui.common import ops, theme
from ui.common.forms import FieldErrors, form_layout
from ui.common.widgets import Banner, card, label, primary_button
from ui.sync.words import show_banner


class EnrolForm(QWidget):
    """The head office's address and the one-time code; errors next to the field."""

    enrolled = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(620)
        outer.addWidget(column, 6)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(theme.pixmap("sync", 48, theme.ACCENT))
        layout.addWidget(picture)
        layout.addWidget(
            label(self.tr("Connect this centre to the head office"), "placeholderTitle")
        )
        layout.addWidget(
            label(
                self.tr(
                    "This centre works on its own database and keeps working without a "
                    "connection. Once it is enrolled, it sends its work to the head office "
                    "every few minutes and receives the shared catalogue and the other "
                    "centres' customers."
                ),
                "placeholderText",
                wrap=True,
            )
        )
        layout.addSpacing(6)
        box = card()
        form_box = QVBoxLayout(box)
        form_box.setContentsMargins(22, 18, 22, 18)
        form_box.setSpacing(12)
        self.banner = Banner()
        form_box.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://headoffice.example.com"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. 4F2A9C-0B7D1E-93C0AA"))
        self.errors.add_row(form, "url", self.tr("Head office address"), self.url)
        self.errors.add_row(
            form,
            "code",
            self.tr("One-time code"),
            self.code,
            hint=self.tr(
                "The head office gives this code once, when it adds the centre. "
                "It works for one enrolment only."
            ),
        )
        form_box.addLayout(form)
        row = QHBoxLayout()
        self.centre = label("", "muted")
        row.addWidget(self.centre, 1)
        self.enrol_button = primary_button(self.tr("Enrol this centre"), "sync")
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol)
        row.addWidget(self.enrol_button)
        form_box.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(2)
        self.url.returnPressed.connect(self.code.setFocus)
        self.code.returnPressed.connect(self.enrol)
        try:
            here = site.current_site(db)
            self.centre.setText(self.tr("This centre: %s · %s") % (here.code, here.name))
        except FieldServiceError:
            pass

    def prefill(self, url: str | None) -> None:
        if url and not self.url.text():
            self.url.setText(url)

    def enrol(self) -> ops.Op | None:
        """Exchange the code for this centre's token (in a worker thread)."""
        self.errors.clear()
        url, code = self.url.text(), self.code.text()
        if not code.strip():
            self.errors.show(
                FieldServiceError(
                    self.tr("Enter the one-time code from the head office."), field="code"
                )
            )
            return None
        db = self.db
        self.enrol_button.setEnabled(False)
        # A write, but mostly a wait for the head office (up to a minute): beside the
        # writer thread, like a sync round, so that no save queues behind the network.
        return (
            ops.long_write(self, lambda: sync_client.enroll(db, url, code))
            .with_progress(self.tr("Contacting the head office…"), cancellable=False)
            .success(self._enrolled)
            .failure(self._refused)
            .run()
        )

    def _enrolled(self, _where: str) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.enrolled.emit()

    def _refused(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if isinstance(exc, sync_client.SyncUnavailable):
            show_banner(
                self.banner,
                "error",
                self.tr(
                    "The head office cannot be reached at this address. Check the address "
                    "and this computer's connection, then try again."
                ),
            )
            self.banner.label.setToolTip(exc.message)
        elif isinstance(exc, FieldServiceError):
            self.errors.show(exc)
        else:
            ops.show_error(self, exc)
