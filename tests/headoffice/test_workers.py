"""Several server processes against one PostgreSQL: pushes from many centres at
once are all applied, each change numbered once, and pulls see them in order."""

from __future__ import annotations

import threading
import uuid

import requests
from sqlalchemy import create_engine, select, text

from fieldservice.headoffice import sync
from fieldservice.headoffice.models import Change
from fieldservice.headoffice.process import serving
from fieldservice.headoffice.store import HeadOfficeStore
from tests.headoffice.conftest import customer_insert_op


def test_pushes_to_two_worker_processes_at_once_are_numbered_once_and_in_order(pg_url):
    schema = f"w_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = pg_url + f"?options=-csearch_path%3D{schema}"
    store = HeadOfficeStore(url)
    store.migrate()
    try:
        with serving(url, workers=2) as base:
            _push_from_six_centres_at_once(store, base)
    finally:
        store.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


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
