"""Intake: a unit comes in at the desk and a repair order is opened for it.

Made for the keyboard and a USB scanner: the focus starts in the serial field;
a scan (or a typed serial and Enter) finds the unit and says at once whose it
is and whether the warranty covers it. An unknown serial can be registered
right here. Tab walks the form in reading order and Ctrl+Enter opens the
order; afterwards the intake receipt and the work order are one click away.
"""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import desk, repairs, validation
from fieldservice.services.desk import UnitAtDesk
from ui.common import ops, theme
from ui.common.badges import Badge, coverage_badge
from ui.common.customerform import CustomerForm
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text
from ui.common.pdfpreview import PdfPreviewDialog
from ui.common.scan import ScannerInput
from ui.common.unitforms import UnitForm
from ui.common.widgets import Banner, button, label, make_room, primary_button
from ui.common.words import (
    channel_words,
    coverage_summary,
    priority_words,
    service_type_words,
    status_words,
)
from ui.repairs.documents import print_order

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def same_serial(typed: str, serial: str) -> bool:
    try:
        return validation.serial(typed) == serial
    except InvalidInput:
        return False


class UnitPanel(QFrame):
    """What the scan found, under the serial field."""

    registerRequested = Signal()
    newOwnerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeUnit")
        self.setStyleSheet(
            "#intakeUnit { background: #f7f9fb; border: 1px solid #dde3ea; border-radius: 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(5)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(20, 20)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = label("", None, wrap=True)
        self.title.setStyleSheet("font-weight: 600;")
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.owner = label("", "muted", wrap=True)
        layout.addWidget(self.owner)
        cover = QHBoxLayout()
        cover.setSpacing(8)
        self.badge = Badge()
        cover.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = label("", None, wrap=True)
        cover.addWidget(self.summary, 1)
        layout.addLayout(cover)
        # 三包: the rights the customer has today and why (see show_sanbao).
        self.sanbao = QWidget()
        sanbao = QVBoxLayout(self.sanbao)
        sanbao.setContentsMargins(0, 4, 0, 0)
        sanbao.setSpacing(3)
        self.sanbao_title = label("", None, wrap=True)
        self.sanbao_title.setStyleSheet(f"color: {theme.ACCENT}; font-weight: 600;")
        sanbao.addWidget(self.sanbao_title)
        self.sanbao_rights = QGridLayout()
        self.sanbao_rights.setContentsMargins(0, 0, 0, 0)
        self.sanbao_rights.setHorizontalSpacing(10)
        self.sanbao_rights.setVerticalSpacing(2)
        self.sanbao_rights.setColumnStretch(1, 1)
        sanbao.addLayout(self.sanbao_rights)
        self.sanbao.hide()
        layout.addWidget(self.sanbao)
        self.open_orders = label("", None, wrap=True)
        self.open_orders.setStyleSheet(f"color: {theme.WARNING};")
        layout.addWidget(self.open_orders)
        self.create_row = QWidget()
        row = QHBoxLayout(self.create_row)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(8)
        self.register_button = button(self.tr("Register this unit…"), "add")
        self.register_button.setAutoDefault(False)
        self.new_owner_button = button(self.tr("New customer and unit…"), "user")
        self.new_owner_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.registerRequested)
        self.new_owner_button.clicked.connect(self.newOwnerRequested)
        row.addWidget(self.register_button)
        row.addWidget(self.new_owner_button)
        row.addStretch(1)
        layout.addWidget(self.create_row)
        self.hide()

    def show_unit(self, found: UnitAtDesk) -> None:
        unit = found.unit
        self.icon.setPixmap(theme.pixmap("units", 18, theme.ACCENT))
        self.title.setText(f"{unit.product_name} · {unit.serial}")
        if unit.customer_name:
            owner = " · ".join(p for p in (unit.customer_name, unit.customer_phone) if p)
            self.owner.setText(self.tr("Owner: %s") % owner)
        else:
            self.owner.setText(self.tr("No owner recorded for this unit."))
        self.owner.show()
        self.badge.set_badge(*coverage_badge(found.coverage.status.value))
        text = coverage_summary(found.coverage)
        if found.coverage.certificate_number:
            text += " " + self.tr("Certificate %s.") % found.coverage.certificate_number
        self.summary.setText(text)
        self.summary.show()
        if found.open_orders:
            listed = ", ".join(
                f"{o.number} ({status_words(o.status).lower()})" for o in found.open_orders[:3]
            )
            self.open_orders.setText(
                self.tr("Already open for this unit: %s. Check it is not the same job.") % listed
            )
        self.open_orders.setVisible(bool(found.open_orders))
        self.sanbao.hide()
        self.create_row.hide()
        self.show()

    def show_sanbao(self, today: repairs.SanbaoToday | None) -> None:
        """The customer's 三包 rights today, one line each with its reason; hidden
        for a product not sold under 三包."""
        if today is None or not today.terms.applies:
            self.sanbao.hide()
            return
        # The coverage line above says why there are none (not registered, expired, void).
        self.sanbao_title.setText(
            self.tr("三包 rights today:") if today.rights else self.tr("No 三包 rights today.")
        )
        while self.sanbao_rights.count():
            item = self.sanbao_rights.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, right in enumerate(today.rights):
            name = label(right.label, None)
            name.setStyleSheet("font-weight: 600;")
            self.sanbao_rights.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.sanbao_rights.addWidget(label(right.reason, None, wrap=True), row, 1)
        self.sanbao.show()

    def sanbao_text(self) -> str:
        """The rights as shown, one line each ("Refund · Day 5 after purchase: …")."""
        lines = [self.sanbao_title.text()]
        for row in range(self.sanbao_rights.rowCount()):
            cells = [self.sanbao_rights.itemAtPosition(row, column) for column in (0, 1)]
            widgets = [c.widget() for c in cells if c is not None]
            texts = [w.text() for w in widgets if isinstance(w, QLabel)]
            if texts:
                lines.append(" · ".join(texts))
        return "\n".join(lines)

    def show_unknown(self, serial: str) -> None:
        self.icon.setPixmap(theme.pixmap("search", 18, theme.WARNING))
        self.title.setText(self.tr("No unit has the serial “%s”.") % serial)
        self.owner.setText(
            self.tr(
                "Check the label, or register the unit now: with an owner already on file, "
                "or with a new customer."
            )
        )
        self.owner.show()
        self.badge.set_badge("", "grey")
        self.summary.hide()
        self.sanbao.hide()
        self.open_orders.hide()
        self.create_row.show()
        self.show()


class IntakeDialog(EditingDialog):
    """Open a repair order for the unit on the counter. Escape or Cancel with the
    order's details typed asks before throwing them away."""

    orderOpened = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, unit_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.found: UnitAtDesk | None = None
        self.saved: repairs.OrderRecord | None = None
        self.sanbao_today: repairs.SanbaoToday | None = None
        self.form_dialog: QDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self._pending_serial = ""
        self.setWindowTitle(self.tr("New repair order"))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("New repair order"), "dialogTitle"))
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form_page = QWidget()
        layout.addWidget(self.form_page)
        self._build_form()
        self.done_page = QWidget()
        layout.addWidget(self.done_page)
        self._build_done()
        self.done_page.hide()
        layout.addStretch(1)
        layout.addWidget(self._build_buttons())

        self.save_shortcuts = [
            QShortcut(QKeySequence(keys), self, self.save) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        targets = repairs.shown_targets(db)
        for target in targets:
            self.priority.addItem(
                self.tr("%s · respond within %d h, resolve within %d h")
                % (
                    priority_words(target.code, target.label),
                    target.response_hours,
                    target.resolution_hours,
                ),
                target.code,
            )
        self.priority.setCurrentIndex(
            next((i for i, t in enumerate(targets) if t.code == "normal"), 0)
        )
        self.technician.addItems(["", *repairs.technicians(db)])
        # A scan while the focus is on a list or a button still lands in the serial field.
        self.scanner = ScannerInput(self, self.scanned)
        self.scanner.install()
        self.finished.connect(lambda _result: self.scanner.remove())
        self.serial.setFocus()
        if unit_id is not None:
            self._look_up(unit_id=unit_id)

    # -- building ----------------------------------------------------------------------------

    def _build_form(self) -> None:
        outer = QVBoxLayout(self.form_page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addWidget(
            label(
                self.tr(
                    "Scan the unit's serial label or QR tag, or type the serial and press "
                    "Enter. Then write down what the customer says and what came with the unit."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        form = form_layout()
        serial_row = QWidget()
        row = QHBoxLayout(serial_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Scan or type the serial, then Enter"))
        self.serial.addAction(
            theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        self.serial.setMaxLength(80)
        self.serial.setStyleSheet("QLineEdit { font-size: 12pt; padding: 7px 10px; }")
        row.addWidget(self.serial, 1)
        self.find_button = button(self.tr("Find"), "search")
        self.find_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.find_button.clicked.connect(self.look_up_serial)
        row.addWidget(self.find_button)
        self.unit_panel = UnitPanel()
        self.unit_panel.registerRequested.connect(self.register_unit)
        self.unit_panel.newOwnerRequested.connect(self.new_customer_and_unit)
        self.errors.add_row(
            form,
            "unit",
            self.tr("Serial number"),
            serial_row,
            control=self.serial,
            extra=self.unit_panel,
        )

        service_row = QWidget()
        service = QHBoxLayout(service_row)
        service.setContentsMargins(0, 0, 0, 0)
        service.setSpacing(8)
        self.service_type = QComboBox()
        for code in repairs.SERVICE_TYPES:
            self.service_type.addItem(service_type_words(code), code)
        self.service_type.setCurrentIndex(list(repairs.SERVICE_TYPES).index("fault_repair"))
        self.channel = QComboBox()
        for code in repairs.CHANNELS:
            self.channel.addItem(channel_words(code), code)
        service.addWidget(self.service_type, 1)
        service.addWidget(label(self.tr("via"), "fieldName"))
        service.addWidget(self.channel, 1)
        self.errors.add_row(
            form, "service_type", self.tr("Service"), service_row, control=self.service_type
        )
        self.errors.register("channel", self.channel, self.errors.label("service_type"))
        self.priority = QComboBox()
        self.errors.add_row(form, "priority", self.tr("Priority"), self.priority)

        self.fault = plain_text(3)
        self.fault.setPlaceholderText(self.tr("What the customer says is wrong, in their words"))
        self.errors.add_row(form, "fault_reported", self.tr("Fault reported"), self.fault)
        self.accessories = QLineEdit()
        self.accessories.setPlaceholderText(
            self.tr("What came with the unit, e.g. power cord, remote")
        )
        self.errors.add_row(form, "accessories", self.tr("Accessories"), self.accessories)
        self.condition = QLineEdit()
        self.condition.setPlaceholderText(
            self.tr("Visible damage, e.g. scratches on top, dent on the left side")
        )
        self.errors.add_row(form, "condition", self.tr("Condition"), self.condition)
        self.technician = QComboBox()
        self.technician.setEditable(True)
        self.technician.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        technician_editor = self.technician.lineEdit()
        if technician_editor is not None:
            technician_editor.setPlaceholderText(self.tr("Not assigned yet"))
        self.technician.setMinimumWidth(260)
        self.errors.add_row(form, "technician", self.tr("Technician"), self.technician)

        # 三包: which earlier order this is the same fault as, and the decision taken.
        sanbao_row = QWidget()
        row = QHBoxLayout(sanbao_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.same_fault = QComboBox()
        self.same_fault.setToolTip(
            self.tr(
                "The unit is back with the same fault as this earlier repair: "
                "the repairs of one fault count towards an exchange."
            )
        )
        self.same_fault.currentIndexChanged.connect(self._same_fault_changed)
        self.sanbao_decision = QComboBox()
        row.addWidget(label(self.tr("Same fault as"), "fieldName"))
        row.addWidget(self.same_fault, 3)
        row.addWidget(label(self.tr("Decision"), "fieldName"))
        row.addWidget(self.sanbao_decision, 2)
        self.errors.add_row(
            form, "sanbao_decision", self.tr("三包"), sanbao_row, control=self.sanbao_decision
        )
        self.errors.register("same_fault_as", self.same_fault, self.errors.label("sanbao_decision"))
        self._form = form
        # The row's box (made by add_row around sanbao_row) is what the form shows or hides.
        self._sanbao_row: QWidget = sanbao_row.parentWidget() or sanbao_row
        form.setRowVisible(self._sanbao_row, False)

        refuse_box = QWidget()
        refuse = QVBoxLayout(refuse_box)
        refuse.setContentsMargins(0, 0, 0, 0)
        refuse.setSpacing(6)
        self.refuse = QCheckBox(self.tr("Refuse warranty for this repair"))
        self.refuse.setEnabled(False)
        refuse.addWidget(self.refuse)
        self.refusal = QWidget()
        refusal_form = form_layout()
        refusal_layout = QVBoxLayout(self.refusal)
        refusal_layout.setContentsMargins(24, 0, 0, 0)
        refusal_layout.addLayout(refusal_form)
        self.refuse_reason = QComboBox()
        self.refuse_note = QLineEdit()
        self.refuse_note.setPlaceholderText(
            self.tr("What you saw, e.g. coffee inside the control panel")
        )
        self.errors.add_row(refusal_form, "reason", self.tr("Reason"), self.refuse_reason)
        self.errors.add_row(refusal_form, "refuse_warranty_note", self.tr("Note"), self.refuse_note)
        self.refusal.hide()
        refuse.addWidget(self.refusal)
        self.refuse.toggled.connect(self._refuse_toggled)
        self.errors.add_row(
            form, "refuse_warranty", self.tr("Warranty"), refuse_box, control=self.refuse
        )
        outer.addLayout(form)

        for edit in (self.serial, self.accessories, self.condition, self.refuse_note):
            edit.installEventFilter(self)
        self.fault.installEventFilter(self)
        if technician_editor is not None:
            technician_editor.installEventFilter(self)
        self.serial.textEdited.connect(self._serial_edited)
        order = [
            self.serial,
            self.service_type,
            self.channel,
            self.priority,
            self.fault,
            self.accessories,
            self.condition,
            self.technician,
            self.same_fault,
            self.sanbao_decision,
            self.refuse,
            self.refuse_reason,
            self.refuse_note,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_done(self) -> None:
        layout = QVBoxLayout(self.done_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(10)
        tick = QLabel()
        tick.setPixmap(theme.pixmap("check", 32, "#1b6b3f"))
        head.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.done_title = label("", "cardTitle", wrap=True)
        self.done_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_text = label("", "muted", wrap=True)
        texts.addWidget(self.done_title)
        texts.addWidget(self.done_text)
        head.addLayout(texts, 1)
        self.done_badge = Badge()
        head.addWidget(self.done_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(
            label(
                self.tr(
                    "Print the receipt for the customer to sign and keep, and the work order "
                    "or label that travels with the unit."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.setSpacing(8)
        self.print_buttons: dict[str, QPushButton] = {}
        for document, text, icon in (
            ("receipt", self.tr("Intake receipt"), "print"),
            ("a4", self.tr("Work order (A4)"), "print"),
            ("a5", self.tr("Work order (A5)"), "print"),
            ("label62", self.tr("Label 62 mm"), "tag"),
        ):
            widget = button(text, icon)
            widget.setAutoDefault(False)
            widget.clicked.connect(lambda _checked=False, d=document: self.print_document(d))
            row.addWidget(widget)
            self.print_buttons[document] = widget
        row.addStretch(1)
        layout.addLayout(row)

    def _build_buttons(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 6, 0, 0)
        row.setSpacing(8)
        self.hint = label(self.tr("Ctrl+Enter opens the order"), "muted")
        row.addWidget(self.hint, 1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("Open order"), "check")
        self.save_button.setToolTip(self.tr("Open the repair order (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.done_button = primary_button(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        self.done_button.hide()
        for widget in (self.cancel_button, self.save_button, self.done_button):
            # Enter belongs to the fields (a scanner ends every scan with it), never to a button.
            widget.setAutoDefault(False)
            widget.setDefault(False)
            row.addWidget(widget)
        return box

    # -- keys --------------------------------------------------------------------------------

    def entered_values(self) -> list[object]:
        # What is typed about the order; the unit is found again by one scan.
        return [
            self.fault.toPlainText(),
            self.accessories.text(),
            self.condition.text(),
            self.technician.currentText(),
            self.service_type.currentIndex(),
            self.channel.currentIndex(),
            self.priority.currentIndex(),
            self.refuse_note.text(),
            self.sanbao_decision.currentIndex(),
        ]

    def has_typing(self) -> bool:
        return self.saved is None and super().has_typing()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER:
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return True
        if watched is self.serial:
            self.look_up_serial()
            return True
        if isinstance(watched, QPlainTextEdit):
            return False  # a new line in the fault
        # Enter in a one-line field moves on, as Tab does.
        self.focusNextChild()
        return True

    # -- the unit ------------------------------------------------------------------------------

    def scanned(self, text: str) -> None:
        """A scanner's burst outside the text fields: a serial to look up."""
        if self.saved is not None:
            return
        self.serial.setText(text.strip())
        self.serial.setFocus()
        self.look_up_serial()

    def look_up_serial(self) -> None:
        """Look up the serial in the field (a scan ends with Enter and lands here)."""
        text = self.serial.text().strip()
        self.errors.clear_field("unit")
        if not text:
            self.errors.show(InvalidInput(self.tr("Scan or type the serial number."), field="unit"))
            return
        self._look_up(serial=text)

    def _look_up(self, serial: str = "", unit_id: uuid.UUID | None = None) -> None:
        self._pending_serial = serial
        ops.Op(self, lambda: desk.unit_at_desk(self.db, serial, unit_id)).success(
            lambda found: self._found(found, serial)
        ).run()

    def _found(self, found: UnitAtDesk | None, serial: str) -> None:
        if serial and serial != self._pending_serial:
            return  # a newer scan is on its way
        self.found = found
        if found is None:
            self.unit_panel.show_unknown(serial)
            self._set_refusable(None)
            self._show_sanbao(None)
            make_room(self.unit_panel)
            return
        if self.serial.text().strip() != found.unit.serial:
            self.serial.setText(found.unit.serial)
        self.unit_panel.show_unit(found)
        self._set_refusable(found)
        self._look_up_sanbao(found.unit.id, None)
        make_room(self.unit_panel)
        if serial or self.isVisible():
            self.fault.setFocus()

    def _serial_edited(self, _text: str) -> None:
        # The unit shown no longer matches the field: find it again on Enter.
        if self.found is not None and not same_serial(self.serial.text(), self.found.unit.serial):
            self.found = None
            self.unit_panel.hide()
            self._set_refusable(None)
            self._show_sanbao(None)

    # -- 三包 -----------------------------------------------------------------------------------

    def _look_up_sanbao(self, unit_id: uuid.UUID, same_fault_as: uuid.UUID | None) -> None:
        db = self.db
        ops.Op(self, lambda: repairs.sanbao_today(db, unit_id, same_fault_as)).success(
            self._show_sanbao
        ).run()

    def _show_sanbao(self, today: repairs.SanbaoToday | None) -> None:
        """The rights in the unit panel, and the choices they allow in the form."""
        self.sanbao_today = today
        self.unit_panel.show_sanbao(today)
        applies = today is not None and today.terms.applies
        self._form.setRowVisible(self._sanbao_row, applies)
        if today is None:
            return
        chosen = self.same_fault.currentData()
        self.same_fault.blockSignals(True)
        self.same_fault.clear()
        self.same_fault.addItem(self.tr("A new fault"), None)
        for order_id, number, fault in today.earlier_orders:
            first_line = fault.splitlines()[0] if fault.strip() else ""
            # Kept as text: a combo box finds a string, not a UUID, by its data.
            self.same_fault.addItem(f"{number} · {first_line}", str(order_id))
        index = self.same_fault.findData(chosen) if chosen is not None else 0
        self.same_fault.setCurrentIndex(max(index, 0))
        self.same_fault.blockSignals(False)
        decision = self.sanbao_decision.currentData()
        self.sanbao_decision.clear()
        self.sanbao_decision.addItem(self.tr("No 三包 decision"), "")
        for right in today.rights:
            self.sanbao_decision.addItem(right.label, right.decision)
            self.sanbao_decision.setItemData(
                self.sanbao_decision.count() - 1, right.reason, Qt.ItemDataRole.ToolTipRole
            )
        self.sanbao_decision.setCurrentIndex(max(self.sanbao_decision.findData(decision), 0))
        make_room(self.unit_panel)

    def _same_fault_changed(self, _index: int) -> None:
        if self.found is not None:
            self._look_up_sanbao(self.found.unit.id, self._same_fault_as())

    def _same_fault_as(self) -> uuid.UUID | None:
        chosen = self.same_fault.currentData()
        return uuid.UUID(chosen) if chosen else None

    def _set_refusable(self, found: UnitAtDesk | None) -> None:
        self.refuse_reason.clear()
        if found is not None:
            self.refuse_reason.addItems(list(found.void_conditions))
        can = found is not None and found.refusable
        self.refuse.setEnabled(can)
        if not can:
            self.refuse.setChecked(False)
        if found is None:
            self.refuse.setToolTip("")
        elif found.registration is None:
            self.refuse.setToolTip(self.tr("This unit has no warranty registration to refuse."))
        elif found.registration.voided:
            self.refuse.setToolTip(
                self.tr("The warranty is already void: %s.") % found.registration.void_reason
            )
        else:
            self.refuse.setToolTip(
                self.tr("Voids the warranty registration, with the reason, before the order opens.")
            )

    def _refuse_toggled(self, on: bool) -> None:
        self.refusal.setVisible(on)
        if on:
            self.refuse_reason.setFocus()
            make_room(self.refusal)

    # -- registering an unknown unit -----------------------------------------------------------

    def register_unit(self, owner=None) -> UnitForm:
        form = UnitForm(self.db, None, self, owner=owner)
        form.serial.setText(self.serial.text().strip())
        form.openExistingRequested.connect(lambda unit_id: self._look_up(unit_id=unit_id))
        form.accepted.connect(lambda: self._unit_registered(form))
        self.form_dialog = form
        form.open()
        form.product.setFocus()
        return form

    def new_customer_and_unit(self) -> CustomerForm:
        form = CustomerForm(self.db, None, self)
        form.accepted.connect(lambda: self._customer_added(form))
        self.form_dialog = form
        form.open()
        return form

    def _customer_added(self, form: CustomerForm) -> None:
        if form.saved is not None:
            self.register_unit(owner=form.saved)

    def _unit_registered(self, form: UnitForm) -> None:
        if form.saved is not None:
            self._look_up(unit_id=form.saved.id)

    # -- saving ---------------------------------------------------------------------------

    def draft(self) -> repairs.IntakeDraft:
        refusing = self.refuse.isChecked()
        sanbao = self.sanbao_today is not None and self.sanbao_today.terms.applies
        return repairs.IntakeDraft(
            unit_id=self.found.unit.id if self.found is not None else None,
            fault_reported=self.fault.toPlainText(),
            service_type=self.service_type.currentData(),
            channel=self.channel.currentData(),
            priority=self.priority.currentData() or "normal",
            accessories=self.accessories.text(),
            condition=self.condition.text(),
            technician=self.technician.currentText(),
            refuse_warranty_reason=self.refuse_reason.currentText() if refusing else "",
            refuse_warranty_note=self.refuse_note.text() if refusing else "",
            same_fault_as=self._same_fault_as() if sanbao else None,
            sanbao_decision=(self.sanbao_decision.currentData() or "") if sanbao else "",
        )

    def save(self) -> bool:
        """Open the order; a refusal is shown beside its field and nothing typed is lost."""
        if self.saved is not None:
            return False
        self.errors.clear()
        typed = self.serial.text().strip()
        if typed and (self.found is None or not same_serial(typed, self.found.unit.serial)):
            # Typed (or scanned) but not looked up yet: look it up now.
            self._pending_serial = typed
            self._found(desk.unit_at_desk(self.db, typed), typed)
            if self.found is None:
                self.errors.show(
                    InvalidInput(
                        self.tr("No unit has this serial: register it below, then open the order."),
                        field="unit",
                    )
                )
                return False
        db, draft = self.db, self.draft()
        return self.submit(lambda: repairs.open_order(db, draft), self._opened)

    def _opened(self, order: repairs.OrderRecord) -> None:
        self.saved = order
        self._show_done(order)
        self.orderOpened.emit(order)

    def _show_done(self, order: repairs.OrderRecord) -> None:
        self.form_page.hide()
        self.banner.clear()
        self.done_title.setText(self.tr("Order %s is open") % order.number)
        self.done_text.setText(
            " · ".join(p for p in (order.product_name, order.serial, order.customer_name) if p)
        )
        if order.sanbao_decision:
            self.done_text.setText(
                self.done_text.text() + "\n" + self.tr("三包 decision: %s") % order.sanbao_label
            )
        self.done_badge.set_badge(*coverage_badge(order.coverage))
        self.done_page.show()
        self.hint.setText(self.tr("The order is in the list; print now or later from the order."))
        self.cancel_button.hide()
        self.save_button.hide()
        self.done_button.show()
        for shortcut in self.save_shortcuts:
            shortcut.setEnabled(False)
        self.print_buttons["receipt"].setFocus()
        self.adjustSize()

    def print_document(self, document: str) -> None:
        if self.saved is not None:
            print_order(self, self.db, self.saved.id, self.saved.number, document, self._previewed)

    def _previewed(self, dialog: PdfPreviewDialog) -> None:
        self.preview_dialog = dialog
