"""A manager at the head office reads the chain's figures from a desktop with a
reporting token: the client gives back what the head office counts, as the
core's own figures, and says in words what went wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldservice.errors import InvalidInput
from fieldservice.headoffice import reports as ho_reports
from fieldservice.services import reports as kpi
from fieldservice.services.reports import Filters
from fieldservice.services.reports.league import League
from fieldservice.sync import client
from fieldservice.sync.client import SyncUnavailable
from fieldservice.sync.reporting import NotAReader, ReportingClient
from tests.headoffice import test_report_kpis as march

# March at three centres, synced to the head office (figures by hand there).
clock, march_chain, MARCH = march.clock, march.march_chain, march.MARCH


def test_the_league_read_from_the_desktop_is_the_head_offices_own(march_chain, head_office):
    token = ho_reports.add_report_user(head_office.store, "Operations")
    league = ReportingClient(head_office.url, token).league(MARCH)

    assert isinstance(league, League)
    counted = ho_reports.league_table(head_office.store, MARCH)
    assert [(c.site, c.name) for c in league.centres] == [
        (row["site"], row["name"]) for row in counted["centres"]
    ]
    for centre, row in zip(league.centres, counted["centres"], strict=True):
        assert ho_reports.figures_as_json(centre.figures) == row["figures"]
        assert dict(centre.ranks) == row["ranks"]
    assert ho_reports.figures_as_json(league.chain) == counted["chain"]
    # Money is money again, not text: Shanghai's warranty cost is 90.00.
    shanghai = {c.site: c for c in league.centres}["SH01"]
    assert shanghai.figures.warranty_cost == Decimal("90.00")
    assert (shanghai.figures.turnaround_median_hours, shanghai.ranks["csat"]) == (48.5, 1)


def test_one_centres_kpis_read_remotely_equal_the_head_offices_and_its_own(
    march_chain, head_office
):
    token = ho_reports.add_report_user(head_office.store, "Operations")
    reader = ReportingClient(head_office.url, token)
    for code, db in march_chain.items():
        remote = reader.kpis(MARCH, code)
        counted = ho_reports.kpis(head_office.store, "all", MARCH, code)["figures"]
        for family, figures in remote.items():
            # The core's own dataclass, with the head office's values exactly.
            assert type(figures) is type(kpi.report(db, family, MARCH)), family
            assert ho_reports.figures_as_json(figures) == counted[family], (code, family)
        # And the figures of the dashboard's tiles are those the centre counts for
        # itself (its own Reports area).
        own = {f: kpi.report(db, f, MARCH, Filters(site=code)) for f in remote}
        for family in remote:
            theirs, ours = (ho_reports.figures_as_json(r[family]) for r in (remote, own))
            if family == "parts":
                # A centre's moving average cost stays at the centre: the head
                # office values stock at the catalogue's cost, so only what the
                # repairs used is compared.
                for money in ("stock_value_start", "stock_value_end", "turnover"):
                    theirs.pop(money), ours.pop(money)
            assert theirs == ours, (code, family)
    chain = reader.kpis(MARCH)
    assert chain["volume"].opened.value == 6
    assert chain["warranty"].cost_total == Decimal("140.00")
    assert chain["quality"].first_time_fix.percent == 75.0
    assert chain["volume"].opened.drill is None


def test_a_wrong_token_is_refused_in_words_at_the_token(head_office):
    reader = ReportingClient(head_office.url, "not-a-token")
    with pytest.raises(NotAReader) as refused:
        reader.league(MARCH)
    assert refused.value.field == "token"
    assert "did not accept this reporting token" in str(refused.value)


def test_a_centres_sync_token_does_not_open_the_reports(head_office, enrolled):
    db = enrolled("SH01", "Shanghai")
    token = client.load_token(db, head_office.url)
    assert token
    with pytest.raises(NotAReader, match="centre's sync token"):
        ReportingClient(head_office.url, token).league(MARCH)


def test_a_centre_the_head_office_does_not_know_is_named(head_office):
    token = ho_reports.add_report_user(head_office.store, "Operations")
    with pytest.raises(InvalidInput) as refused:
        ReportingClient(head_office.url, token).kpis(MARCH, "ZZ99")
    assert refused.value.field == "site"
    assert "ZZ99" in str(refused.value)


def test_a_head_office_that_cannot_be_reached_says_where(head_office):
    # The head office is up, on another port: nothing answers on this one.
    port = head_office.port + 1 if head_office.port < 65535 else head_office.port - 1
    with pytest.raises(SyncUnavailable) as refused:
        ReportingClient(f"http://127.0.0.1:{port}", "token").league(MARCH)
    assert refused.value.field == "url"
    assert f"127.0.0.1:{port}" in str(refused.value)


def test_an_address_without_a_scheme_is_refused_before_asking():
    with pytest.raises(InvalidInput) as refused:
        ReportingClient("headoffice.example.com", "token")
    assert refused.value.field == "url"
