"""The follow-up dialogs: a complaint (from a call or in general), assigning and
resolving it, and how many days after delivery customers are called.

A refused save shows the service's message next to the field it names and keeps
everything typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import followups
from fieldservice.services.followups import ComplaintRecord
from ui.common.formdialog import FormDialog, WholeNumberEdit, grow, row_of, technician_box
from ui.common.forms import plain_text
from ui.common.widgets import label


class ComplaintDialog(FormDialog):
    """Record a complaint — about an order (from a follow-up call) or in general."""

    def __init__(
        self,
        db: Database,
        *,
        order_id: uuid.UUID | None = None,
        about: str = "",
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=580)
        self.set_texts(
            self.tr("Open a complaint"),
            self.tr("Open a complaint"),
            about,
            self.tr("Open complaint"),
        )
        self.db = db
        self.order_id = order_id
        self.saved: ComplaintRecord | None = None
        self.description = plain_text(5)
        self.description.setPlainText(description)
        self.description.setPlaceholderText(self.tr("What the customer complains about"))
        self.errors.add_row(self.form, "description", self.tr("Complaint"), self.description)
        self.assigned_to = technician_box(db)
        edit = self.assigned_to.lineEdit()
        if edit is not None:  # the technician box is editable: it has one
            edit.setPlaceholderText(self.tr("Who looks into it (optional)"))
        self.errors.add_row(self.form, "assigned_to", self.tr("Assign to"), grow(self.assigned_to))
        self.description.setFocus()

    def work(self) -> Callable[[], object]:
        db, order_id = self.db, self.order_id
        description, assigned_to = self.description.toPlainText(), self.assigned_to.currentText()
        return lambda: followups.open_complaint(
            db, description, order_id=order_id, assigned_to=assigned_to
        )


class AssignDialog(FormDialog):
    """Give a complaint to someone to investigate."""

    def __init__(
        self, db: Database, complaint: ComplaintRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=480)
        self.set_texts(
            self.tr("Assign complaint"),
            self.tr("Assign %s") % complaint.number,
            complaint.description,
            self.tr("Assign"),
        )
        self.db = db
        self.complaint = complaint
        self.saved: ComplaintRecord | None = None
        self.person = technician_box(db, complaint.assigned_to)
        self.errors.add_row(self.form, "assigned_to", self.tr("Assign to"), grow(self.person))
        self.person.setFocus()

    def work(self) -> Callable[[], object]:
        db, complaint_id, person = self.db, self.complaint.id, self.person.currentText()
        return lambda: followups.assign_complaint(db, complaint_id, person)


class ResolveDialog(FormDialog):
    """Close a complaint with a note saying what was done about it."""

    def __init__(
        self, db: Database, complaint: ComplaintRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=540)
        self.set_texts(
            self.tr("Resolve complaint"),
            self.tr("Resolve %s") % complaint.number,
            complaint.description,
            self.tr("Resolve"),
        )
        self.db = db
        self.complaint = complaint
        self.saved: ComplaintRecord | None = None
        self.resolution = plain_text(4)
        self.resolution.setPlaceholderText(
            self.tr("What was done, e.g. apologised and refunded the call-out charge")
        )
        self.errors.add_row(self.form, "resolution", self.tr("Resolution"), self.resolution)
        self.resolution.setFocus()

    def work(self) -> Callable[[], object]:
        db, complaint_id, resolution = self.db, self.complaint.id, self.resolution.toPlainText()
        return lambda: followups.resolve_complaint(db, complaint_id, resolution)


class DelayDialog(FormDialog):
    """How many days after an order is handed back the customer is called."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=460)
        self.set_texts(
            self.tr("Follow-up calls"),
            self.tr("When to call customers back"),
            self.tr(
                "Orders handed back from now on get their call this many days later. "
                "Calls already planned keep their day."
            ),
            self.tr("Save"),
        )
        self.db = db
        self.days = WholeNumberEdit(0, 365, followups.follow_up_days(db), width=70)
        self.errors.add_row(
            self.form,
            "days",
            self.tr("Call"),
            row_of(self.days, label(self.tr("days after the order is handed back"))),
            control=self.days,
        )

    def work(self) -> Callable[[], object]:
        days = self.days.value()
        if days is None:
            raise InvalidInput(self.tr("Enter a number of days."), field="days")
        db = self.db
        return lambda: followups.set_follow_up_days(db, days)
