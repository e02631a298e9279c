"""Forms that keep what was typed and say what is wrong next to the field.

A service refuses a save with a :class:`~fieldservice.errors.FieldServiceError`
whose ``field`` names the field at fault, or with one that gathers every
problem of the form (:class:`~fieldservice.errors.InvalidFields`).
:class:`FieldErrors` maps those names to the form's widgets: each widget at
fault gets a red border and its message right below it in words, all at
once; the first is scrolled into view and gets the focus. Nothing is
cleared; a message goes away as soon as its field is changed.

:class:`EditingDialog` is the base of every form dialog: nothing typed in it is
lost by a stray key. Enter presses its main button, as a click would; Escape,
Cancel and the window's close button ask before throwing typing away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.errors import FieldServiceError
from ui.common import ops, theme
from ui.common.widgets import Banner, make_room, primary_button

T = TypeVar("T")


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
        """Show every problem of *exc* next to its field (one naming no field of
        this form above it, in the banner). The first field at fault is scrolled
        into view with its message and gets the focus; with none, the banner is
        scrolled into view."""
        self.clear()
        first: tuple[QWidget, QLabel] | None = None
        elsewhere: list[str] = []
        for problem in exc.problems:
            found = self._fields.get(problem.field or "")
            if found is None:
                elsewhere.append(problem.message)
                continue
            control, error = found
            # Two fields may share one message line (minutes and rate of a labour line).
            shown = error.text() if not error.isHidden() else ""
            error.setText(f"{shown}\n{problem.message}" if shown else problem.message)
            error.show()
            theme.set_property(control, "invalid", True)
            if first is None:
                first = found
        if elsewhere:
            self.banner.show_message("error", " ".join(elsewhere))
        if first is None:
            bring_into_view(self.banner)
            return
        control, error = first
        make_room(control)
        bring_into_view(control, error)
        control.setFocus(Qt.FocusReason.OtherFocusReason)

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


def bring_into_view(*widgets: QWidget) -> None:
    """Scroll every scroll area holding *widgets* so that they are all in sight
    (the first one wins when they do not fit together).

    A message shown a moment ago has no place yet: the layouts around it are
    brought up to date first, as they would be before the next paint.
    """
    widget = widgets[0]
    settle_layouts(*widgets)
    parent = widget.parentWidget()
    while parent is not None:
        inside = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inside is not None:
            for shown in reversed(widgets):
                if shown.isVisibleTo(inside):
                    parent.ensureWidgetVisible(shown, 0, 12)
        parent = parent.parentWidget()


def settle_layouts(*widgets: QWidget) -> None:
    """Lay out again, from the inside out, the widgets around *widgets* (up to
    their window), as Qt would before the next paint."""
    for widget in widgets:
        parent = widget.parentWidget()
        while parent is not None:
            layout = parent.layout()
            if layout is not None:
                layout.activate()
            if isinstance(parent, QScrollArea):
                # Sizes the scrolled page to its new height (and its layout with it).
                QCoreApplication.sendEvent(parent, QEvent(QEvent.Type.LayoutRequest))
            if parent.isWindow():
                break
            parent = parent.parentWidget()


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


class DiscardQuestion(QMessageBox):
    """The question asked before typing is thrown away, answered by Discard or
    Keep editing; Keep editing answers Enter and Escape, so a second stray key
    loses nothing either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Discard what you typed?"))
        self.setText(self.tr("Discard what you typed?"))
        self.setInformativeText(self.tr("What you typed in this window has not been saved."))
        self.discard_button = self.addButton(
            self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.addButton(
            self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed in *parent*; True means discard."""
    question = DiscardQuestion(parent)
    question.exec()
    discard = question.clickedButton() is question.discard_button
    question.deleteLater()
    return discard


class EditingDialog(QDialog):
    """A dialog in which something is typed, with one main action (save, print…).

    Enter presses the main button, exactly as a click would (and does nothing
    while that button is disabled). Whatever closes the dialog without it —
    Escape, Cancel, Close, the window's close button — goes through
    :meth:`reject`, which asks "Discard what you typed?" when a field differs
    from what the dialog opened with, and closes at once when none does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened_with: list[object] | None = None

    def set_main_button(self, main: QPushButton) -> None:
        """Make *main* the button Enter presses."""
        main.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Taken when shown, so that what the subclass filled in is not "typed".
        if self._opened_with is None:
            self._opened_with = self.entered_values()

    def done(self, result: int) -> None:
        super().done(result)
        self._opened_with = None

    def entered_values(self) -> list[object]:
        """What the fields of this window (not of the windows it opened) hold."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if widget.window() is not self:
                continue
            # Editable combo boxes and spin boxes count through their line edit.
            if isinstance(widget, QLineEdit):
                if not widget.isReadOnly():
                    values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                if not widget.isReadOnly():
                    values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractButton):
                if widget.isCheckable():
                    values.append(widget.isChecked())
            elif isinstance(widget, QTableWidget):
                values.append(_table_texts(widget))
        return values

    def has_typing(self) -> bool:
        """Whether a field differs from what the dialog opened with."""
        return self._opened_with is not None and self.entered_values() != self._opened_with

    def reject(self) -> None:
        if self.has_typing() and not confirm_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking (the user has chosen to go elsewhere)."""
        super().reject()

    def submit(
        self,
        work: Callable[[], T],
        saved: Callable[[T], None],
        refused: Callable[[FieldServiceError], None] | None = None,
    ) -> bool:
        """Run the save *work* on the writer thread (:func:`ui.common.ops.write`),
        with this dialog disabled and a busy cursor, then call *saved* with its
        result. A refusal is handed to *refused* (by default shown next to its
        fields by ``self.errors``) and everything typed stays.

        True when the save has already completed on return: always in
        synchronous mode (tests), never otherwise.
        """
        return ops.save(self, work, saved, refused or self._show_refusal)

    def _show_refusal(self, exc: FieldServiceError) -> None:
        errors = getattr(self, "errors", None)
        if isinstance(errors, FieldErrors):
            errors.show(exc)
        else:
            ops.show_error(self, exc)


def _table_texts(table: QTableWidget) -> tuple[str, ...]:
    return tuple(
        item.text() if item is not None else ""
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        for item in (table.item(row, column),)
    )


def error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.hide()
    return error
