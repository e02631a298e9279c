"""The dialog most forms are: a title, an intro, a banner for messages that name
no field, the form and its buttons; and the small pieces such forms are built of.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError
from fieldservice.services import maintenance, repairs
from ui.common.forms import EditingDialog, FieldErrors, form_layout
from ui.common.widgets import Banner, label, primary_button


def grow(widget: QWidget) -> QWidget:
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    return widget


def row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return row


class WholeNumberEdit(QLineEdit):
    """A short field for a whole number (digits only); empty means none given."""

    def __init__(self, low: int, high: int, value: int | None = None, width: int = 80) -> None:
        super().__init__()
        self.setValidator(QIntValidator(low, high, self))
        self.setMaximumWidth(width)
        self.setMinimumWidth(width)
        self.setValue(value)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def setValue(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


def technician_box(db: Database, current: str = "") -> QComboBox:
    """An editable list of the technicians known from plans, visits and orders."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = sorted(
        set(repairs.technicians(db)) | set(maintenance.plan_technicians(db)), key=str.casefold
    )
    box.addItem("")
    box.addItems(names)
    box.setEditText(current)
    editor = box.lineEdit()
    if editor is not None:
        editor.setPlaceholderText(box.tr("Name of the technician"))
    return box


# -- the form dialog ---------------------------------------------------------------------------


class FormDialog(EditingDialog):
    """Title, intro, a banner for messages that name no field, a form, buttons.

    A subclass either implements :meth:`save` itself, or implements :meth:`apply`
    (call the service with what is typed) and lets :meth:`save` show a refusal
    beside its field, keeping everything typed.
    """

    def __init__(self, parent: QWidget | None, *, width: int = 620, spacing: int = 12) -> None:
        super().__init__(parent)
        self.setMinimumWidth(width)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 20, 24, 18)
        self.outer.setSpacing(spacing)
        self.heading = label("", "dialogTitle", wrap=True)
        self.outer.addWidget(self.heading)
        self.intro = label("", "dialogIntro", wrap=True)
        self.intro.hide()
        self.outer.addWidget(self.intro)
        self.banner = Banner()
        self.outer.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = form_layout()
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.body.addLayout(self.form)
        self.outer.addLayout(self.body)
        self.buttons = QDialogButtonBox()
        self.save_button = primary_button("")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.set_main_button(self.save_button)
        self.outer.addWidget(self.buttons)

    def set_texts(self, title: str, heading: str, intro: str, save_text: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.save_button.setText(save_text)

    def work(self) -> Callable[[], object]:
        """Read what is typed (here, on the GUI thread) and return the service call
        that saves it, which :meth:`save` runs on the writer thread. A refusal of
        what is typed may be raised here already (a date that is not one)."""
        raise NotImplementedError

    def refused(self, exc: FieldServiceError) -> None:
        """Show a refusal beside the field it names (subclasses may say more)."""
        self.errors.show(exc)

    def saved_as(self, result: object) -> None:
        """The save went through: keep what the service returned, and close."""
        self.saved = result
        self.accept()

    def save(self) -> bool:
        """Save what is typed (:meth:`work`) off the GUI thread; on refusal, say
        why beside the field and keep it all."""
        self.errors.clear()
        try:
            call = self.work()
        except FieldServiceError as exc:
            self.refused(exc)
            return False
        return self.submit(call, self.saved_as, self.refused)
