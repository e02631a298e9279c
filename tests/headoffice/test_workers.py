"""Several server processes against one PostgreSQL: pushes from many centres at
once are all applied, each change numbered once, and pulls see them in order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid

import requests
from sqlalchemy import create_engine, select, text

from fieldservice.headoffice import sync
from fieldservice.headoffice.models import Change
from fieldservice.headoffice.store import HeadOfficeStore
from tests.headoffice.conftest import free_port


def test_pushes_to_two_worker_processes_at_once_are_numbered_once_and_in_order(pg_url):
    schema = f"w_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = pg_url + f"?options=-csearch_path%3D{schema}"
    store = HeadOfficeStore(url)
    store.migrate()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fieldservice.headoffice.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        env={**os.environ, "FIELDSERVICE_HEADOFFICE_DB": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{base}/api/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.2)
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
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "customer",
                    "row_id": str(uuid.uuid4()),
                    "op": "insert",
                    "hlc": f"{i:016d}.0000.{code}",
                    "changes": {
                        "number": f"{code}-CU-{i:06d}",
                        "name": f"C {i}",
                        "company": "",
                        "phone": "",
                        "phone_key": "",
                        "email": "",
                        "address": "",
                        "notes": "",
                        "possible_duplicate_of_id": None,
                        "duplicate_reviewed": False,
                        "origin_site": code,
                        "created_at": "2026-11-25T10:00:00+00:00",
                        "updated_at": "2026-11-25T10:00:00+00:00",
                        "hlc": f"{i:016d}.0000.{code}",
                        "deleted": False,
                    },
                }
                for i in range(40)
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
    finally:
        server.terminate()
        server.wait(timeout=30)
        store.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
