"""Networks fail: replies get lost, pulls break off, clocks are wrong. Afterwards
nothing is lost and nothing is there twice."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import select

from fieldservice.clock import MAX_AHEAD_MS
from fieldservice.headoffice import catalogue
from fieldservice.models import SyncOutbox
from fieldservice.progress import run_to_end
from fieldservice.services import customers, products, units
from fieldservice.sync import client
from fieldservice.wire import TABLES


class FlakyAdapter(HTTPAdapter):
    """Delivers requests, but loses the reply of the calls whose numbers are listed,
    or of those *lose_if* picks (the server did the work; the centre never hears
    back)."""

    def __init__(
        self, lose_replies: set[int], lose_if: Callable[[Any], bool] | None = None
    ) -> None:
        super().__init__()
        self.lose_replies = lose_replies
        self.lose_if = lose_if
        self.calls = 0
        self._numbers = itertools.count(1)

    def send(self, request, **kwargs):
        number = next(self._numbers)  # calls may overlap: this one's number, taken now
        self.calls = max(self.calls, number)
        response = super().send(request, **kwargs)
        if number in self.lose_replies or (self.lose_if is not None and self.lose_if(request)):
            raise requests.ConnectionError("connection reset by peer")
        return response


def flaky_session(*lost: int, lose_if: Callable[[Any], bool] | None = None) -> requests.Session:
    session = requests.Session()
    adapter = FlakyAdapter(set(lost), lose_if)
    session.mount("http://", adapter)
    return session


def table_rows(db, name):
    table = TABLES[name]
    with db.read() as s:
        return {
            r.id: {k: v for k, v in r._mapping.items() if k not in ("server_version",)}
            for r in s.execute(select(table))
        }


def pending(db) -> int:
    with db.read() as s:
        return len(s.scalars(select(SyncOutbox)).all())


def test_a_lost_push_reply_is_retried_and_nothing_is_stored_twice(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    for name in ("Ann Lee", "Bob Ray", "Cy Day"):
        customers.create_customer(leeds, customers.CustomerDraft(name))
    with pytest.raises(client.SyncUnavailable):
        client.sync_round(leeds, http=flaky_session(1))  # the push's reply is lost
    assert pending(leeds) == 4  # site + 3 customers: still waiting, nothing lost
    again = client.sync_round(leeds)
    assert (again.applied, again.duplicates) == (0, 4)  # the head office had them
    york = enrolled("YK01", "York")
    client.sync_round(york)
    assert sorted(c.name for c in customers.list_customers(york)) == [
        "Ann Lee",
        "Bob Ray",
        "Cy Day",
    ]


def test_a_reply_lost_while_the_next_batch_is_out_loses_and_doubles_nothing(
    enrolled, head_office, monkeypatch
):
    leeds = enrolled("LD01", "Leeds")
    names = ["Ann Lee", "Bob Ray", "Cy Day", "Di Fox"]
    for name in names:
        customers.create_customer(leeds, customers.CustomerDraft(name))
    monkeypatch.setattr(client, "BATCH", 2)  # site + 4 customers: three batches

    def first_batch(request) -> bool:
        # Picked by what it is, not by when it is sent: the next batch goes out
        # while the first is, from a thread of its own, and may be sent first.
        return request.path_url.endswith("/push") and b'"after"' not in request.body

    with pytest.raises(client.SyncUnavailable):
        client.sync_round(leeds, http=flaky_session(lose_if=first_batch))  # its reply is lost
    assert pending(leeds) == 5  # nothing was taken as done
    again = client.sync_round(leeds)
    assert again.applied + again.duplicates == 5 and again.refused == 0
    assert pending(leeds) == 0
    york = enrolled("YK01", "York")
    client.sync_round(york)
    assert sorted(c.name for c in customers.list_customers(york)) == names


def test_a_pull_broken_off_resumes_where_it_stopped(enrolled, head_office, monkeypatch):
    leeds = enrolled("LD01", "Leeds")
    for i in range(25):
        customers.create_customer(leeds, customers.CustomerDraft(f"Customer {i:02d}"))
    client.sync_round(leeds)
    york = enrolled("YK01", "York")
    monkeypatch.setattr(client, "PULL_LIMIT", 10)
    # York's round: call 1 is its push (its site row), 2-3 are pages, 4 fails mid-pull.
    with pytest.raises(client.SyncUnavailable):
        client.sync_round(york, http=flaky_session(4))
    halfway = client.state(york).cursor
    assert halfway > 0
    client.sync_round(york)
    assert client.state(york).cursor > halfway
    assert customers.count_customers(york) == 25


def test_a_clock_an_hour_ahead_is_reported_set_right_and_loses_nothing(enrolled, head_office):
    leeds = enrolled("LD01", "Leeds")
    hour = 3600 * 1000
    wall = leeds.clock._wall  # type: ignore[union-attr]
    leeds.clock._wall = lambda: wall() + hour  # type: ignore[union-attr]
    ann = customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    report = client.sync_round(leeds)
    assert report.clock_skew_ms is not None and abs(report.clock_skew_ms - hour) < 60_000
    assert any("60 minutes ahead of the head office" in w for w in report.warnings)
    # The head office refused the stamp an hour ahead (it would win every later edit
    # everywhere); the centre made the same change again by the head office's time.
    assert report.refused == 0 and report.restamped >= 1
    assert client.state(leeds).pending == 0 and client.problems(leeds) == []
    york = enrolled("YK01", "York")
    client.sync_round(york)
    assert customers.get_customer(york, ann.id).name == "Ann Lee"
    # The centre's clock now follows the head office's (at most the head office's
    # tolerance ahead, until the time catches up), and its edits go straight in.
    stamp = leeds.clock.now()  # type: ignore[union-attr]
    assert stamp.wall_ms - wall() <= MAX_AHEAD_MS + 60_000
    assert leeds.clock.offset_ms < -hour + 60_000  # type: ignore[union-attr]
    customers.update_customer(leeds, ann.id, customers.CustomerDraft("Ann Lee-Smith"))
    again = client.sync_round(leeds)
    assert (again.applied, again.restamped, again.refused) == (1, 0, 0)


def test_random_offline_work_at_three_centres_converges(enrolled, head_office, monkeypatch):
    rng = random.Random(20261125)
    # Small batches: a round sends several, two at a time, an edit often in a batch
    # after the one holding the new row it edits (applied out of order, it would be
    # refused and show as a problem).
    monkeypatch.setattr(client, "BATCH", 2)
    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\nP-2,Fan\n"))
    centres = [enrolled(code, code) for code in ("LD01", "YK01", "HX01")]
    for db in centres:
        client.sync_round(db)
    serial = 0
    for _step in range(60):
        db = rng.choice(centres)
        action = rng.random()
        if action < 0.35:
            customers.create_customer(db, customers.CustomerDraft(f"C{rng.randrange(10**6)}"))
        elif action < 0.6:
            known = customers.list_customers(db, limit=200)
            if known:
                c = rng.choice(known)
                record = customers.get_customer(db, c.id)
                customers.update_customer(
                    db,
                    c.id,
                    customers.CustomerDraft(
                        record.name,
                        notes=f"note {rng.randrange(1000)}",
                        company=rng.choice(["", "Acme", "Kiln Café"]),
                    ),
                )
        elif action < 0.8:
            serial += 1
            product = products.get_product_by_sku(db, rng.choice(["P-1", "P-2"]))
            units.create_unit(db, units.UnitDraft(f"SN-{serial}", product.id))
        else:
            client.sync_round(db)
    for _ in range(2):
        for db in centres:
            client.sync_round(db)
    for name in ("customer", "unit", "site", "product"):
        first = table_rows(centres[0], name)
        for other in centres[1:]:
            assert table_rows(other, name) == first, name
    assert all(client.state(db).pending == 0 for db in centres)
    assert all(client.problems(db) == [] for db in centres)


class DiesBeforeReplying:
    """The head office's app, except that after applying a push the server process
    "dies": the reply is never sent and the connection drops."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/api/v1/sync/push":

            async def swallow(message):
                return None

            await self.app(scope, receive, swallow)
            raise ConnectionAbortedError("the server went down before replying")
        await self.app(scope, receive, send)


def test_server_down_between_applying_a_push_and_replying(enrolled, head_office):
    from fieldservice.headoffice.app import create_app
    from tests.headoffice.conftest import RunningServer

    leeds = enrolled("LD01", "Leeds")
    customers.create_customer(leeds, customers.CustomerDraft("Ann Lee"))
    customers.create_customer(leeds, customers.CustomerDraft("Bob Ray"))
    # Restart the head office on the same address with an app that dies mid-reply.
    head_office.stop()
    dying = RunningServer(head_office.store)
    dying.port, dying.url = head_office.port, head_office.url
    dying.app = DiesBeforeReplying(create_app(head_office.store))
    dying.start()
    with pytest.raises(client.SyncUnavailable):
        client.sync_round(leeds)
    assert pending(leeds) == 3  # the site row and two customers: kept
    dying.stop()
    # Back up, healthy: the retried push finds everything already applied.
    head_office.start()
    again = client.sync_round(leeds)
    assert (again.applied, again.duplicates, again.refused) == (0, 3, 0)
    assert pending(leeds) == 0
    york = enrolled("YK01", "York")
    client.sync_round(york)
    assert sorted(c.name for c in customers.list_customers(york)) == ["Ann Lee", "Bob Ray"]
