"""Forms that keep what was typed and say what is wrong next to the field.

A service refuses a save with a :class:`~fieldservice.errors.FieldServiceError`
whose ``field`` names the field at fault. :class:`FieldErrors` maps those
names to the form's widgets: the widget gets a red border, the message
appears right below it in words, and the focus goes there. Nothing is
cleared; the message goes away as soon as that field is changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.errors import FieldServiceError
from ui import theme
from ui.widgets import Banner, make_room, primary_button


class FieldErrors:
    """The error display of one form."""

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(
        self,
        form: QFormLayout,
        field: str,
        title: str,
        widget: QWidget,
        *,
        control: QWidget | None = None,
        hint: str = "",
        extra: QWidget | None = None,
    ) -> QLabel:
        """Add *widget* to *form* under *title*, with room for its error message.

        *control* is the widget that gets the red border and the focus when
        *widget* is a compound (a line edit inside a picker, say); *extra* goes
        below the message (e.g. a link to the record a duplicate refers to).
        """
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("muted")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        if extra is not None:
            layout.addWidget(extra)
        form.addRow(title, box)
        self.register(field, control or widget, error)
        return error

    def register(self, field: str, control: QWidget, error: QLabel) -> None:
        self._fields[field] = (control, error)
        _on_change(control, lambda: self.clear_field(field))

    def show(self, exc: FieldServiceError) -> None:
        """Show *exc* next to its field (or above the form if it names none)."""
        self.clear()
        found = self._fields.get(exc.field or "")
        if found is None:
            self.banner.show_message("error", exc.message)
            return
        control, error = found
        error.setText(exc.message)
        error.show()
        theme.set_property(control, "invalid", True)
        control.setFocus()
        make_room(control)

    def message(self, field: str) -> str | None:
        """The message shown under *field*, if any."""
        found = self._fields.get(field)
        if found is None or found[1].isHidden():
            return None
        return found[1].text()

    def label(self, field: str) -> QLabel:
        return self._fields[field][1]

    def clear_field(self, field: str) -> None:
        control, error = self._fields[field]
        if not error.isHidden():
            error.hide()
            error.clear()
        theme.set_property(control, "invalid", False)

    def clear(self) -> None:
        for field in self._fields:
            self.clear_field(field)
        if self.banner.property("kind") == "error":
            self.banner.clear()


def _on_change(widget: QWidget, callback) -> None:
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: callback())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: callback())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda _t: callback())
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(callback)
        changed = getattr(widget, "dateChanged", None) or getattr(widget, "valueChanged", None)
        if changed is not None:
            changed.connect(lambda _v: callback())


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(form.labelAlignment())
    return form


def plain_text(lines: int = 3) -> QPlainTextEdit:
    """A multi-line field sized for about *lines* lines; Tab moves on, as in a form."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 18
    edit.setFixedHeight(height)
    return edit


def save_buttons(
    dialog, text: str, icon: str | None = None, *, default: bool = False
) -> tuple[QDialogButtonBox, QPushButton]:
    """The form's main action (calling ``dialog.save``) and Cancel, for its foot."""
    buttons = QDialogButtonBox()
    save = primary_button(text, icon)
    buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.rejected.connect(dialog.reject)
    save.clicked.connect(dialog.save)
    save.setDefault(default)
    return buttons, save
