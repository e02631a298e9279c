"""Several server processes against one PostgreSQL: pushes from many centres at
once are all applied, each change numbered once, and pulls see them in order."""

from __future__ import annotations

import json
import threading
import uuid

import pytest
import requests
from sqlalchemy import create_engine, select, text

from fieldservice.headoffice import sync
from fieldservice.headoffice.models import Change
from fieldservice.headoffice.process import serving
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.ids import new_id
from fieldservice.wire import TABLES, from_json
from tests.headoffice.conftest import customer_insert_op


@pytest.fixture
def migrated(pg_url):
    """A migrated head office in a schema of its own: its URL and its store."""
    schema = f"w_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = pg_url + f"?options=-csearch_path%3D{schema}"
    store = HeadOfficeStore(url)
    store.migrate()
    yield url, store
    store.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def test_pushes_to_two_worker_processes_at_once_are_numbered_once_and_in_order(migrated):
    url, store = migrated
    with serving(url, workers=2) as base:
        _push_from_six_centres_at_once(store, base)


def _push_from_six_centres_at_once(store: HeadOfficeStore, base: str) -> None:
    centres = []
    for n in range(6):
        code = f"W{n}"
        token = requests.post(
            f"{base}/api/v1/enroll",
            json={"site_code": code, "code": sync.add_site(store, code, code)},
            timeout=10,
        ).json()["token"]
        centres.append((code, token))
    answers: list[set[str]] = []

    def push(code: str, token: str) -> None:
        ops = [
            customer_insert_op(code, i, f"C {i}", hlc=f"{i:016d}.0000.{code}") for i in range(40)
        ]
        answer = requests.post(
            f"{base}/api/v1/sync/push",
            json={"ops": ops},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
        answers.append({r["result"] for r in answer.json()["results"]})

    threads = [threading.Thread(target=push, args=c) for c in centres]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [{"applied"}] * len(centres)
    with store.session() as s:
        seqs = list(s.scalars(select(Change.seq).order_by(Change.seq)))
        assert len(seqs) == len(set(seqs)) == 240
    pulled, cursor = [], 0
    token = centres[0][1]
    while True:
        page = requests.get(
            f"{base}/api/v1/sync/pull",
            params={"cursor": cursor, "limit": 50},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()
        pulled += [c["seq"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pulled == seqs


def test_centres_push_at_once_and_a_pull_never_steps_over_a_change_not_yet_committed(migrated):
    """Two centres' pushes are applied side by side and commit out of order: a pull
    in between stops below the one still being written, then gets both."""
    _url, store = migrated
    for code in ("SH01", "TP01"):
        sync.add_site(store, code, code)
    customers = TABLES["customer"]
    finished: list[tuple[list, int | None]] = []
    with store.push_session("SH01") as s:
        # Shanghai's push has numbered its change and not committed yet.
        row_id = new_id()
        s.execute(
            customers.insert().values(id=row_id, **_customer_row("SH01", 1), origin_site="SH01")
        )
        early = sync.log_change(s, customers, row_id, "SH01", uuid.uuid4())
        # Taipei's push goes in beside it (it does not wait for Shanghai's) and
        # commits first, with a later number.
        taipei = threading.Thread(
            target=lambda: finished.append(
                sync.apply_push(store, "TP01", [customer_insert_op("TP01", 1, "Chen")])
            )
        )
        taipei.start()
        taipei.join(timeout=30)
        assert not taipei.is_alive(), "Taipei's push waited for Shanghai's"
        [[answer], _skew] = finished[0]
        assert answer.result == "applied" and answer.server_version > early

        between = json.loads(sync.pull(store, "TP01", 0, 100))
        assert between["cursor"] < early
        assert all(c["seq"] < early for c in between["changes"])
    after = json.loads(sync.pull(store, "TP01", between["cursor"], 100))
    seqs = [c["seq"] for c in after["changes"]]
    assert early in seqs and answer.server_version in seqs
    assert after["cursor"] == answer.server_version and not after["more"]


def _customer_row(site: str, number: int) -> dict:
    changes = customer_insert_op(site, number, "Wang")["changes"]
    return from_json(TABLES["customer"], {k: v for k, v in changes.items() if k != "origin_site"})
