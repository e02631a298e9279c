"""Buttons look the same from one dialog to the next, whatever the desktop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QStyle, QStyleFactory

from ui.common.customerform import CustomerForm
from ui.maintenance.screen import MaintenanceScreen
from ui.repairs.intake import IntakeDialog


class DesktopWithIconsOnDialogButtons(QProxyStyle):
    """Like GNOME or KDE: standard dialog buttons come with the desktop's icons."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def desktop_with_icons():
    app = QApplication.instance()
    app.setStyle(DesktopWithIconsOnDialogButtons(QStyleFactory.create("Fusion")))
    yield
    app.setStyle("Fusion")


def cancel_of(dialog) -> QPushButton:
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    return cancel


def test_cancel_looks_the_same_in_every_dialog(qtbot, db, desktop_with_icons):
    customer = CustomerForm(db)
    intake = IntakeDialog(db)
    screen = MaintenanceScreen(db)
    for widget in (customer, intake, screen):
        qtbot.addWidget(widget)
    plan = screen.plans.plan_for_product()
    cancels = [cancel_of(dialog) for dialog in (customer, intake, plan)]
    for cancel in cancels:
        assert cancel.icon().isNull(), cancel.window().windowTitle()
        assert not cancel.property("primary")
        assert not cancel.styleSheet()
    assert len({cancel.sizeHint().height() for cancel in cancels}) == 1
    plan.reject()
