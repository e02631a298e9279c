from __future__ import annotations

from PySide6.QtCore import Qt

from fieldservice.services import site
from ui.firstrun import SiteSetupDialog


def test_first_start_sets_up_the_centre(qtbot, fresh_db):
    assert not site.is_set_up(fresh_db)
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    assert dialog.country.text() == "GB"
    qtbot.keyClicks(dialog.code, "ld01")
    qtbot.keyClicks(dialog.name, "Leeds Service Centre")
    dialog.address.setPlainText("1 Kirkstall Road\nLeeds LS3 1AA")
    qtbot.keyClicks(dialog.phone, "0113 496 0000")
    qtbot.keyClicks(dialog.email, "desk@example.com")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SiteSetupDialog.DialogCode.Accepted
    assert site.is_set_up(fresh_db)
    info = site.current_site(fresh_db)
    assert (info.code, info.name, info.country) == ("LD01", "Leeds Service Centre", "GB")
    assert info.phone == "0113 496 0000"
    assert info.email == "desk@example.com"


def test_a_bad_site_code_is_explained_next_to_it_and_nothing_typed_is_lost(qtbot, fresh_db):
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "1X")
    qtbot.keyClicks(dialog.name, "Leeds Service Centre")
    dialog.country.setText("DE")

    assert dialog.save() is False

    message = dialog.errors.message("code")
    assert message is not None and "starting with a letter" in message
    assert dialog.errors.label("code").isVisible()
    assert dialog.code.property("invalid") is True
    assert dialog.focusWidget() is dialog.code
    assert (dialog.code.text(), dialog.name.text(), dialog.country.text()) == (
        "1X",
        "Leeds Service Centre",
        "DE",
    )
    assert not site.is_set_up(fresh_db)


def test_an_unknown_country_is_refused_next_to_the_country(qtbot, fresh_db):
    dialog = SiteSetupDialog(fresh_db)
    qtbot.addWidget(dialog)
    dialog.code.setText("LD01")
    dialog.name.setText("Leeds")
    dialog.country.setText("XX")

    assert dialog.save() is False
    assert "not a country code" in (dialog.errors.message("country") or "")
    assert dialog.errors.message("code") is None
