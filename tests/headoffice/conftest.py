"""A real head-office server on a free loopback port, against PostgreSQL (the
throw-away server scripts/test.sh starts) and against a SQLite file."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import pytest
import requests
import uvicorn
from sqlalchemy import create_engine, text

from fieldservice.db import Database
from fieldservice.headoffice import sync
from fieldservice.headoffice.app import create_app
from fieldservice.headoffice.process import free_port
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services import site
from fieldservice.sync import client


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch):
    """Tokens of test centres go to their data directory, never to the OS keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


class RunningServer:
    def __init__(self, store: HeadOfficeStore) -> None:
        self.store = store
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None
        self.app = None  # the ASGI app to serve (default: the head office's)

    def start(self) -> None:
        config = uvicorn.Config(
            self.app or create_app(self.store),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the head office did not start")

    def stop(self) -> None:
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=20)


@pytest.fixture(params=["postgresql", "sqlite"])
def head_office_store(request, tmp_path):
    """A head office's database, not yet migrated: in a schema of its own on the
    throw-away PostgreSQL, or in a SQLite file."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        schema = f"ho_{uuid.uuid4().hex[:10]}"
        admin = create_engine(url)
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        store = HeadOfficeStore(url + f"?options=-csearch_path%3D{schema}")
    else:
        admin, schema = None, None
        store = HeadOfficeStore(str(tmp_path / "headoffice.sqlite3"))
    yield store
    store.dispose()
    if admin is not None:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def head_office(head_office_store):
    head_office_store.migrate()
    server = RunningServer(head_office_store)
    server.start()
    yield server
    server.stop()


def stamp_now(site_code: str, counter: int = 0) -> str:
    """A clock stamp of *site_code* for the time now (as a centre's clock gives)."""
    return f"{int(time.time() * 1000):016d}.{counter:04d}.{site_code}"


def publish_dishwasher(head_office, name: str = "Dishwasher") -> None:
    """The head office publishes the product code AQU-DW600."""
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end

    data = f"sku,name\nAQU-DW600,{name}\n".encode()
    assert run_to_end(catalogue.import_products(head_office.store, data)).imported == 1


def customer_insert_op(site_code: str, number: int, name: str, *, hlc: str = "") -> dict:
    """A new customer as a centre's push sends it (the whole row)."""
    hlc = hlc or f"0001764064800000.{number:04d}.{site_code}"
    return {
        "op_id": str(uuid.uuid4()),
        "entity": "customer",
        "row_id": str(uuid.uuid4()),
        "op": "insert",
        "hlc": hlc,
        "changes": {
            "number": f"{site_code}-CU-{number:06d}",
            "name": name,
            "company": "",
            "phone": "",
            "phone_key": "",
            "email": "",
            "address": "",
            "notes": "",
            "possible_duplicate_of_id": None,
            "duplicate_reviewed": False,
            "origin_site": site_code,
            "created_at": "2026-11-25T10:00:00+00:00",
            "updated_at": "2026-11-25T10:00:00+00:00",
            "hlc": hlc,
            "deleted": False,
        },
    }


@pytest.fixture
def enrolled(head_office, tmp_path):
    """Make centres enrolled with the head office, each in its own data directory."""
    opened = []

    def make(code: str, name: str) -> Database:
        db = Database.open(path=tmp_path / code / "fieldservice.sqlite3")
        site.setup_site(db, code, name)
        one_time = sync.add_site(head_office.store, code, name)
        client.enroll(db, head_office.url, one_time)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def pump_sold_at_leeds(enrolled, head_office):
    """Leeds registered pump SN-77 (bought 14 Mar 2025, 24 months) and synced; York,
    enrolled with the same head office, has not synced since."""
    from fieldservice.headoffice import catalogue
    from fieldservice.progress import run_to_end
    from fieldservice.services import products, units, warranty

    run_to_end(catalogue.import_products(head_office.store, b"sku,name\nP-1,Pump\n"))
    run_to_end(catalogue.import_policies(head_office.store, b"sku,warranty_months\nP-1,24\n"))
    leeds = enrolled("LD01", "Leeds")
    york = enrolled("YK01", "York")
    client.sync_round(leeds)
    pump = products.get_product_by_sku(leeds, "P-1")
    record = warranty.register(
        leeds, warranty.RegistrationDraft("SN-77", pump.id, dt.date(2025, 3, 14))
    )
    client.sync_round(leeds)
    assert units.find_by_serial(york, "SN-77") is None
    return york, record
