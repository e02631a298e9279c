"""A manager at the head office opens the chain's reports on a desktop with a
reporting token: the league of the centres, and for one centre the same tiles its
own Reports area shows.

The head office is a real server (PostgreSQL, and SQLite) holding March 2026 at
three centres, each built through its own services and synced (see
tests/headoffice/test_report_kpis.py for the orders and the figures by hand)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldservice.headoffice import reports as ho_reports
from fieldservice.services.reports.league import KPIS
from tests.headoffice import conftest as head_office_fixtures
from tests.headoffice import test_report_kpis as march
from tests.qt.test_every_dialog_speaks_chinese import core_msgids, english_in
from tests.qt.test_translations import catalogue_sources
from ui.reports.headoffice import HeadOfficeReports, HeadOfficeSignIn
from ui.reports.screen import ReportsScreen

# A real head office (PostgreSQL, and SQLite) with March at three centres.
head_office_store = head_office_fixtures.head_office_store
head_office = head_office_fixtures.head_office
enrolled = head_office_fixtures.enrolled
no_os_keyring = head_office_fixtures.no_os_keyring
clock, march_chain, MARCH = march.clock, march.march_chain, march.MARCH


def sign_in(qtbot, url: str, token: str) -> HeadOfficeSignIn:
    dialog = HeadOfficeSignIn()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.token, token)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return dialog


def opened(qtbot, head_office) -> HeadOfficeReports:
    token = ho_reports.add_report_user(head_office.store, "Operations")
    dialog = sign_in(qtbot, head_office.url, token)
    view = dialog.reports
    assert view is not None, dialog.errors.message("token")
    qtbot.addWidget(view)
    assert not dialog.isVisible()
    view.set_period(MARCH.start, MARCH.end)
    return view


def league_rows(view: HeadOfficeReports) -> dict[str, list[str]]:
    table = view.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def test_the_league_lists_every_centre_with_its_figures_and_place(qtbot, march_chain, head_office):
    view = opened(qtbot, head_office)

    rows = league_rows(view)
    assert set(rows) == {"SH01 · Shanghai", "TP01 · Taipei", "HK01 · Hong Kong", "The whole chain"}
    # Opened, delivered, open at the end, turnaround median and 90%, first-time fix,
    # repeats, complaints per 100, CSAT, NPS, warranty cost; the place after each.
    assert rows["SH01 · Shanghai"] == [
        "3 #1",
        "2 #1",
        "1 #2",
        "48.5 #2",
        "72.0 #2",
        "100.0% #1",
        "0.0% #1",
        "50.0 #2",
        "4.50 #1",
        "50.0 #1",
        "90 #2",
    ]
    assert rows["HK01 · Hong Kong"][3] == "–"
    # Hong Kong delivered nothing: no place on warranty cost (its 0 is no saving).
    assert rows["HK01 · Hong Kong"][-1] == "0"
    assert rows["The whole chain"][:3] == ["6", "4", "2"]
    assert rows["The whole chain"][-1] == "140"

    # Sorted by NPS, best first: Shanghai (50), the chain (0), Taipei (-100), then
    # Hong Kong, which has no answer.
    nps = 1 + [k.key for k in KPIS].index("nps")
    view.table.sortByColumn(nps, Qt.SortOrder.DescendingOrder)
    assert [view.table.item(r, 0).text() for r in range(4)] == [
        "SH01 · Shanghai",
        "The whole chain",
        "TP01 · Taipei",
        "HK01 · Hong Kong",
    ]


def test_a_centre_chosen_shows_the_tiles_its_own_reports_show(qtbot, march_chain, head_office):
    view = opened(qtbot, head_office)
    # The chain first: six orders opened in March.
    assert view.tiles["opened"].value.text() == "6"
    assert not view.tiles["opened"].hasFocus()
    assert view.tiles["opened"].cursor().shape() == Qt.CursorShape.ArrowCursor

    table = view.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("SH01"))
    view.table.selectRow(row)
    assert view.chosen_site() == "SH01"

    own = ReportsScreen(march_chain["SH01"])
    qtbot.addWidget(own)
    own.set_period(MARCH.start, MARCH.end)
    assert own.figures, "the centre's own Reports area worked out its figures"
    for key, tile in own.tiles.items():
        remote = view.tiles[key]
        assert remote.value.text() == tile.value.text(), key
        assert remote.change.text() == tile.change.text(), key
        if key != "nps":  # there: promoters and detractors; here: how many answered
            assert remote.detail.text() == tile.detail.text(), key
    assert view.tiles["nps"].detail.text() == "2 answers"
    assert view.tiles["warranty_cost"].value.text() == own.tiles["warranty_cost"].value.text()


def test_a_wrong_token_is_said_next_to_it_and_what_was_typed_stays(qtbot, head_office):
    dialog = sign_in(qtbot, head_office.url, "not-the-token")

    assert dialog.reports is None
    assert dialog.isVisible()
    assert "did not accept this reporting token" in (dialog.errors.message("token") or "")
    assert (dialog.url.text(), dialog.token.text()) == (head_office.url, "not-the-token")
    assert dialog.open_button.isEnabled()


def test_an_address_where_no_head_office_answers_is_said_at_the_address(qtbot):
    dialog = sign_in(qtbot, "http://127.0.0.1:9", "a-token")

    assert "cannot be reached" in (dialog.errors.message("url") or "")
    assert dialog.token.text() == "a-token"


def test_the_head_office_view_speaks_chinese(qtbot, march_chain, head_office, chinese):
    view = opened(qtbot, head_office)
    view.choose_centre("SH01")
    qt_sources, core = catalogue_sources("zh_CN"), core_msgids()
    typed = {"Shanghai", "Taipei", "Hong Kong", head_office.url}
    assert english_in(view, qt_sources, core, typed) == []

    dialog = sign_in(qtbot, head_office.url, "not-the-token")
    assert english_in(dialog, qt_sources, core, typed) == []
    assert dialog.errors.message("token")


def test_the_file_menu_opens_the_sign_in_with_the_centres_head_office(qtbot, window):
    window.head_office_reports_action.trigger()

    shown = [w for w in window.findChildren(HeadOfficeSignIn) if w.isVisible()]
    assert len(shown) == 1
    assert shown[0].url.text() == ""  # this centre is not enrolled: nothing to offer
    assert shown[0].token.echoMode() == shown[0].token.EchoMode.Password
    shown[0].discard()


def test_without_a_keyring_the_token_is_not_kept_and_the_view_says_so(qtbot, head_office):
    token = ho_reports.add_report_user(head_office.store, "Operations")
    dialog = HeadOfficeSignIn()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, head_office.url)
    qtbot.keyClicks(dialog.token, token)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    view = dialog.reports
    assert view is not None
    qtbot.addWidget(view)
    assert view.banner.label.text() == "This computer has no keyring: the token is not kept."
    assert view.table.rowCount() == 1  # no centre yet: the chain alone
