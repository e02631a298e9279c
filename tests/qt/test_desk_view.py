"""A scan at the desk is one trip into the core: the answer brings its card."""

from __future__ import annotations

from fieldservice.services import desk, lookup
from ui.desk.screen import DeskScreen


def test_a_scanned_serial_shows_its_card_from_the_one_answer(
    qtbot, db, janes_dishwasher, monkeypatch
):
    screen = DeskScreen(db)
    qtbot.addWidget(screen)
    fetched: list[object] = []
    monkeypatch.setattr(desk, "unit_view", lambda *args: fetched.append(args))
    answers: list[lookup.LookupResult] = []

    def done(found: lookup.LookupResult) -> None:
        answers.append(found)
        assert found.id is not None
        screen.show_unit(found.id)  # as the main window does with what was found

    screen.look_up("aqd-1001", done)

    assert [(a.kind, a.id) for a in answers] == [("unit", janes_dishwasher.id)]
    assert fetched == []  # the card came with the answer
    assert screen.showing() == DeskScreen.UNIT
    assert screen.unit_card.title.text() == "AQD-1001"
    assert "Jane Smith" in screen.unit_card.owner_facts.values["name"].text()


def test_a_scanned_customer_number_shows_the_customer_card(qtbot, db, janes_dishwasher, jane):
    screen = DeskScreen(db)
    qtbot.addWidget(screen)

    screen.look_up(jane.number, lambda found: screen.show_customer(found.id))

    assert screen.showing() == DeskScreen.CUSTOMER
    assert screen.customer_card.title.text() == "Jane Smith"
    assert screen.customer_card.units_table.rowCount() == 1


def test_showing_another_unit_after_the_scan_reads_it_afresh(qtbot, db, janes_dishwasher):
    screen = DeskScreen(db)
    qtbot.addWidget(screen)
    screen.look_up("AQD-1001", lambda found: None)

    screen.show_unit(janes_dishwasher.id)

    assert screen.unit_view is not None and screen.unit_view.unit.id == janes_dishwasher.id
    assert screen.showing() == DeskScreen.UNIT
