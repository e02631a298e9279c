"""A registration as the Warranty screen shows it: a badge saying whether the
unit is covered today, its dates, sale, owner, unit and history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fieldservice.services import warranty
from fieldservice.services.coverage import CoverageStatus
from fieldservice.services.warranty import RegistrationView
from ui.common import formatting, theme
from ui.common.cards import Card, one_line
from ui.common.pagedmodel import display
from ui.common.widgets import Facts, button, counted, label
from ui.warranty.forms import channel_names
from ui.warranty.policies import months_text

# Colours of the coverage badge: (background, border, text).
BADGE_COLOURS = {
    CoverageStatus.IN_WARRANTY: ("#ecfdf3", "#abefc6", "#067647"),
    CoverageStatus.SERVICE_PERIOD: ("#fffaeb", "#fedf89", "#93370d"),
    CoverageStatus.EXPIRED: ("#f2f4f7", "#d0d5dd", "#344054"),
    CoverageStatus.VOID: ("#fef3f2", "#fecdca", "#b42318"),
    CoverageStatus.NOT_REGISTERED: ("#f2f4f7", "#d0d5dd", "#344054"),
}
BADGE_ICONS = {
    CoverageStatus.IN_WARRANTY: "check",
    CoverageStatus.SERVICE_PERIOD: "warranty",
    CoverageStatus.EXPIRED: "calendar",
    CoverageStatus.VOID: "warning",
    CoverageStatus.NOT_REGISTERED: "info",
}


def status_names(widget: QWidget) -> dict[CoverageStatus, str]:
    return {
        CoverageStatus.IN_WARRANTY: widget.tr("In warranty"),
        CoverageStatus.SERVICE_PERIOD: widget.tr("Service period"),
        CoverageStatus.EXPIRED: widget.tr("Expired"),
        CoverageStatus.VOID: widget.tr("Void"),
        CoverageStatus.NOT_REGISTERED: widget.tr("Not registered"),
    }


def days_left(widget: QWidget, days: int) -> str:
    if days <= 0:
        return widget.tr("last day today")
    return counted(days, widget.tr("1 day left"), widget.tr("{n} days left"))


def coverage_lines(widget: QWidget, view: RegistrationView) -> tuple[str, str]:
    """The badge's headline and the line under it."""
    r, today = view.record, view.today
    status = view.status
    if status is CoverageStatus.VOID:
        headline = widget.tr("Void: %s") % r.void_reason
        detail = widget.tr("Voided on %s by %s. Repairs are chargeable.") % (
            display(r.voided_on),
            r.voided_by or widget.tr("someone"),
        )
        if r.void_note:
            detail += "\n" + widget.tr("Note: %s") % r.void_note
        return headline, detail
    if status is CoverageStatus.IN_WARRANTY:
        headline = widget.tr("In warranty until %s") % display(r.warranty_end)
        detail = days_left(widget, (r.warranty_end - today).days).capitalize()
        if r.service_end > r.warranty_end:
            detail += " · " + widget.tr("then service period until %s") % display(r.service_end)
        return headline, detail
    if status is CoverageStatus.SERVICE_PERIOD:
        headline = widget.tr("Service period until %s") % display(r.service_end)
        detail = widget.tr("Warranty ended %s. Repairs are chargeable; %s of support.") % (
            display(r.warranty_end),
            days_left(widget, (r.service_end - today).days),
        )
        return headline, detail
    headline = widget.tr("Expired")
    detail = widget.tr("Warranty ended %s; service period ended %s.") % (
        display(r.warranty_end),
        display(r.service_end),
    )
    if r.service_end == r.warranty_end:
        detail = widget.tr("Warranty ended %s; no service period.") % display(r.warranty_end)
    return headline, detail


class CoverageBadge(QFrame):
    """A coloured strip saying whether the unit is covered today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageBadge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        self.icon = QLabel()
        self.icon.setFixedSize(24, 24)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.headline = label("", wrap=True)
        self.detail = label("", wrap=True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        layout.addLayout(texts, 1)
        self.status: CoverageStatus | None = None

    def show_status(self, status: CoverageStatus, headline: str, detail: str) -> None:
        self.status = status
        background, border, ink = BADGE_COLOURS[status]
        self.setStyleSheet(
            f"#coverageBadge {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 8px; }}"
            f" #coverageBadge QLabel {{ color: {ink}; background: transparent; }}"
        )
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.icon.setPixmap(theme.pixmap(BADGE_ICONS[status], 24, ink))
        self.headline.setText(headline)
        self.detail.setText(detail)


class HistoryList(QWidget):
    """The history of a registration, newest first: what, who, when, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.lines: list[QLabel] = []

    def set_history(self, history: list[warranty.HistoryLine], channels: dict[str, str]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self.lines = []
        icons = {
            "registered": "add",
            "amended": "edit",
            "extended": "calendar",
            "voided": "warning",
            "reinstated": "check",
        }
        for line in reversed(history):
            entry = QWidget()
            grid = QGridLayout(entry)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(1)
            grid.setColumnStretch(1, 1)
            icon = QLabel()
            colour = theme.DANGER if line.kind == "voided" else theme.MUTED
            icon.setPixmap(theme.pixmap(icons.get(line.kind, "history"), 16, colour))
            icon.setFixedWidth(18)
            grid.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignTop)
            text = label(line.text, wrap=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(text, 0, 1)
            meta = label(f"{line.by or '—'} · {formatting.when(line.at)}", "muted", wrap=True)
            meta.setStyleSheet("font-size: 9pt;")
            grid.addWidget(meta, 1, 1)
            if line.kind == "registered":
                why = self.tr("Channel: %s") % channels.get(line.reason, line.reason)
                reason = label(why, "muted", wrap=True) if line.reason else None
            elif line.reason:
                reason = label(f"“{line.reason}”", wrap=True)
                reason.setStyleSheet("color: #394755; font-style: italic;")
            else:
                reason = None
            if reason is not None:
                reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(reason, 2, 1)
            self._layout.addWidget(entry)
            self.lines.append(text)

    def texts(self) -> list[str]:
        return [line.text() for line in self.lines]


class RegistrationCard(Card):
    """A registration: coverage badge, dates, sale, owner, unit and history."""

    certificateRequested = Signal(object)
    amendRequested = Signal(object)
    extendRequested = Signal(object)
    voidRequested = Signal(object)
    reinstateRequested = Signal(object)
    openCustomerRequested = Signal(object)
    openUnitRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("warranty", parent)
        self.view: RegistrationView | None = None
        self.certificate_button = self.add_button(self.tr("Certificate"), "print")
        self.certificate_button.setToolTip(self.tr("Preview and print the warranty certificate"))
        self.badge = CoverageBadge()
        self._layout.insertWidget(1, self.badge)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.amend_button = button(self.tr("Amend…"), "edit")
        self.extend_button = button(self.tr("Extend…"), "calendar")
        self.void_button = button(self.tr("Void…"), "close")
        self.reinstate_button = button(self.tr("Reinstate…"), "check")
        for widget in (
            self.amend_button,
            self.extend_button,
            self.void_button,
            self.reinstate_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        self._layout.insertLayout(2, actions)

        self.coverage_facts = Facts()
        self.add_section(self.tr("Warranty"), self.coverage_facts, (0, 0, 1))
        # Beside the list the sections stack in this order; on a wide card the
        # history spans the width under the dates and the sale.
        self.history = HistoryList()
        self.add_section(self.tr("History"), self.history, (1, 0, 2))
        self.sale_facts = Facts()
        self.add_section(self.tr("Sale and registration"), self.sale_facts, (0, 1, 1))
        self.owner_facts, self.owner_link = self.add_facts_section(
            self.tr("Owner"), self.tr("Open customer"), (2, 0, 1)
        )
        self.unit_facts, self.unit_link = self.add_facts_section(
            self.tr("Unit"), self.tr("Open unit"), (2, 1, 1)
        )

        self.certificate_button.clicked.connect(lambda: self._emit(self.certificateRequested))
        self.amend_button.clicked.connect(lambda: self._emit(self.amendRequested))
        self.extend_button.clicked.connect(lambda: self._emit(self.extendRequested))
        self.void_button.clicked.connect(lambda: self._emit(self.voidRequested))
        self.reinstate_button.clicked.connect(lambda: self._emit(self.reinstateRequested))
        self.owner_link.clicked.connect(self._open_owner)
        self.unit_link.clicked.connect(lambda: self._emit_unit())

    def _emit(self, signal) -> None:
        if self.view is not None:
            signal.emit(self.view.record.id)

    def _emit_unit(self) -> None:
        if self.view is not None:
            self.openUnitRequested.emit(self.view.record.unit_id)

    def _open_owner(self) -> None:
        if self.view is not None and self.view.record.customer_id is not None:
            self.openCustomerRequested.emit(self.view.record.customer_id)

    def show_registration(self, view: RegistrationView) -> None:
        self.view = view
        r = view.record
        channels = channel_names(self)
        self.title.setText(r.number)
        self.subtitle.setText(f"{r.product_name} · {r.serial}")
        self.badge.show_status(view.status, *coverage_lines(self, view))
        voided = r.voided
        self.certificate_button.setEnabled(not voided)
        self.certificate_button.setToolTip(
            self.tr("A void warranty has no certificate; reinstate it to print one")
            if voided
            else self.tr("Preview and print the warranty certificate")
        )
        self.void_button.setVisible(not voided)
        self.reinstate_button.setVisible(voided)
        self.extend_button.setEnabled(not voided)
        self.extend_button.setToolTip(
            self.tr("Reinstate the warranty before extending it") if voided else ""
        )
        extension = (
            "+ " + months_text(self, r.extension_months) if r.extension_months else self.tr("None")
        )
        self.coverage_facts.set_facts(
            [
                ("purchase_date", "calendar", self.tr("Purchased"), display(r.purchase_date)),
                (
                    "warranty_end",
                    "warranty",
                    self.tr("Warranty until"),
                    f"{display(r.warranty_end)}  ({months_text(self, r.warranty_months)})",
                ),
                (
                    "service_end",
                    "maintenance",
                    self.tr("Service until"),
                    f"{display(r.service_end)}  ({months_text(self, r.service_months)})"
                    if r.service_months
                    else self.tr("No service period"),
                ),
                ("extension", "add", self.tr("Extensions"), extension),
            ]
        )
        sale = [
            ("dealer", "building", self.tr("Dealer"), r.dealer),
            ("invoice_ref", "tag", self.tr("Invoice"), r.invoice_ref),
            ("channel", "phone", self.tr("Channel"), channels.get(r.channel, r.channel)),
            (
                "registered",
                "user",
                self.tr("Registered"),
                self.tr("%s by %s") % (display(r.registered_on), r.registered_by or "—"),
            ),
        ]
        if r.notes:
            sale.append(("notes", "edit", self.tr("Notes"), r.notes))
        self.sale_facts.set_facts(sale)
        if r.customer_id is None:
            self.owner_facts.set_facts(
                [("name", "user", self.tr("Owner"), self.tr("No owner recorded"))]
            )
            self.owner_link.hide()
        else:
            self.owner_facts.set_facts(
                [
                    ("name", "user", self.tr("Name"), f"{r.customer_name}  ({r.customer_number})"),
                    ("phone", "phone", self.tr("Phone"), r.customer_phone),
                    ("address", "address", self.tr("Address"), one_line(r.customer_address)),
                ]
            )
            self.owner_link.show()
        brand_model = " ".join(p for p in (r.product_brand, r.product_model) if p)
        self.unit_facts.set_facts(
            [
                ("serial", "tag", self.tr("Serial"), r.serial),
                ("product", "parts", self.tr("Product"), r.product_name),
                ("sku", "tag", self.tr("SKU"), r.product_sku),
                ("model", "units", self.tr("Brand / model"), brand_model),
            ]
        )
        self.history.set_history(view.history, channels)
