"""三包 at intake: the unit panel says what the customer may ask for today and why,
and the decision taken is kept on the order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldservice.services import repairs
from tests.conftest import bought
from ui.repairs.intake import IntakeDialog


@pytest.fixture
def intake(qtbot, db):
    dialog = IntakeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot, field, text):
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_unit_bought_five_days_ago_shows_refund_exchange_and_repair(qtbot, db, kettle, intake):
    bought(db, kettle, "K-0005", 4)
    scan(qtbot, intake.serial, "K-0005")

    assert intake.unit_panel.sanbao.isVisible()
    text = intake.unit_panel.sanbao_text()
    assert text.startswith("三包 rights today:\n")
    assert "\nRefund · Day 5 after purchase" in text
    assert "within 7 days may be returned for a refund" in text
    assert "within 15 days may be exchanged" in text
    assert "\nExchange · Day 5 after purchase" in text
    assert "\nRepair · In warranty: repaired free of charge." in text
    choices = [intake.sanbao_decision.itemData(i) for i in range(intake.sanbao_decision.count())]
    assert choices == ["", "refund", "exchange", "repair"]
    assert intake.sanbao_decision.isVisible()

    intake.sanbao_decision.setCurrentIndex(intake.sanbao_decision.findData("refund"))
    qtbot.keyClicks(intake.fault, "Does not heat")
    with qtbot.waitSignal(intake.orderOpened) as opened:
        qtbot.keyClick(intake.fault, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    order = repairs.get_order(db, opened.args[0].id)
    assert order.sanbao_decision == "refund"
    assert order.sanbao_reason.startswith("Day 5 after purchase")
    assert "三包 decision: Refund" in intake.done_text.text()


def test_a_product_not_sold_under_sanbao_shows_nothing_of_it(qtbot, db, janes_warranty, intake):
    scan(qtbot, intake.serial, "AQD-1001")
    assert not intake.unit_panel.sanbao.isVisible()
    assert not intake.sanbao_decision.isVisible()
    intake.fault.setPlainText("Does not drain")
    draft = intake.draft()
    assert (draft.same_fault_as, draft.sanbao_decision) == (None, "")


def test_marking_the_same_fault_twice_repaired_offers_an_exchange(qtbot, db, kettle, intake):
    unit = bought(db, kettle, "K-0100", 60)
    numbers = []
    previous = None
    for fault in ("Does not heat", "Still does not heat"):
        order = repairs.open_order(db, repairs.IntakeDraft(unit.id, fault, same_fault_as=previous))
        for status in ("diagnosing", "in_repair", "quality_check"):
            repairs.move(db, order.id, status)
        repairs.update_work(db, order.id, work_done="Replaced the thermostat")
        repairs.move(db, order.id, "ready")
        repairs.move(db, order.id, "delivered")
        previous = order.id
        numbers.append(order.number)

    scan(qtbot, intake.serial, "K-0100")
    assert "Exchange" not in intake.unit_panel.sanbao_text()  # day 61: repair only
    intake.same_fault.setCurrentIndex(intake.same_fault.findData(str(previous)))
    text = intake.unit_panel.sanbao_text()
    assert f"Repaired 2 times for the same fault ({numbers[0]}, {numbers[1]})" in text
    assert intake.sanbao_decision.findData("exchange") > 0
    intake.sanbao_decision.setCurrentIndex(intake.sanbao_decision.findData("exchange"))
    intake.fault.setPlainText("Does not heat, third time")
    draft = intake.draft()
    assert (draft.same_fault_as, draft.sanbao_decision) == (previous, "exchange")


def test_the_order_page_shows_the_decision_beside_the_coverage(qtbot, db, kettle):
    from ui.repairs.orderpanels import IntakePanel

    unit = bought(db, kettle, "K-0300", 9)
    order = repairs.open_order(
        db, repairs.IntakeDraft(unit.id, "Leaks", sanbao_decision="exchange")
    )
    panel = IntakePanel()
    qtbot.addWidget(panel)
    panel.show_order(order)
    assert panel.facts.values["sanbao"].text() == (
        "Exchange · Day 10 after purchase: a performance fault within 15 days may be exchanged."
    )
    plain = repairs.open_order(db, repairs.IntakeDraft(unit.id, "Leaks again"))
    panel.show_order(plain)
    assert "sanbao" not in panel.facts.values
