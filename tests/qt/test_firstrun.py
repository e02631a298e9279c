from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from fieldservice.services import site
from ui import app
from ui.firstrun import SiteSetupDialog, default_country


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


@pytest.mark.parametrize(
    ("locale", "country", "phone", "shown"),
    [
        ("zh_CN", "CN", "13800138000", "138 0013 8000"),
        ("zh_TW", "TW", "0912345678", "0912 345 678"),
        ("zh_HK", "HK", "51234567", "5123 4567"),
    ],
)
def test_a_centre_set_up_on_a_chinese_computer_takes_its_country_and_phone_numbers(
    qtbot, fresh_db, locale, country, phone, shown
):
    """北京海淀服务中心 on a zh_CN computer: country CN, and a mobile typed the
    way people there write it is understood (not refused as a British number)."""
    dialog = SiteSetupDialog(fresh_db, locale=QLocale(locale))
    qtbot.addWidget(dialog)
    assert dialog.country.text() == country
    qtbot.keyClicks(dialog.code, "BJ01")
    dialog.name.setText("北京海淀服务中心")
    qtbot.keyClicks(dialog.phone, phone)

    assert dialog.save() is True

    info = site.current_site(fresh_db)
    assert (info.name, info.country, info.phone) == ("北京海淀服务中心", country, shown)
    assert app.language_for(QLocale(locale)) == ("zh_CN" if locale == "zh_CN" else "zh_TW")


def test_elsewhere_the_country_proposed_is_the_home_one():
    assert default_country(QLocale("en_US")) == "GB"
    assert default_country(QLocale("de_DE")) == "GB"
