"""Fixtures shared by the core and Qt tests: a fresh centre database, built
through the services as a clerk would."""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from fieldservice.db import Database, alembic_config, sqlite_engine
from fieldservice.services import customers, products, site, units, warranty


def pytest_collection_modifyitems(items):
    # The installer's tests wait on a two-minute build: run in parallel, the suite
    # ends soonest when one worker starts that build first and the others share
    # the rest meanwhile.
    items.sort(key=lambda item: "tests/installer/" not in item.nodeid)


@pytest.fixture(scope="session")
def new_database_file(tmp_path_factory):
    """A new database file, migrated once per session: copying it is 50 times
    quicker than running every migration again for each test."""
    path = tmp_path_factory.mktemp("template") / "fieldservice.sqlite3"
    Database.open(path=path).close()
    return path


@pytest.fixture
def fresh_db(tmp_path, new_database_file):
    """A new database file with no centre set up yet."""
    path = tmp_path / "fieldservice.sqlite3"
    shutil.copyfile(new_database_file, path)
    db = Database.open(path=path)
    yield db
    db.close()


@pytest.fixture
def db(fresh_db):
    """The database of centre LD01 (Leeds), country GB."""
    site.setup_site(fresh_db, "LD01", "Leeds Service Centre", country="GB")
    return fresh_db


@pytest.fixture
def dishwasher(db):
    return products.create_product(
        db, products.ProductDraft("AQU-DW600", "Aqualine Dishwasher DW600", "Aqualine", "DW600")
    )


@pytest.fixture
def jane(db):
    return customers.create_customer(
        db,
        customers.CustomerDraft(
            "Jane Smith",
            phone="0113 496 0123",
            email="jane.smith@example.com",
            address="12 Mill Lane\nLeeds LS6 2AB",
            company="Riverside Bakery",
        ),
    )


@pytest.fixture
def janes_dishwasher(db, dishwasher, jane):
    return units.create_unit(
        db, units.UnitDraft("AQD-1001", dishwasher.id, jane.id, dt.date(2025, 3, 14))
    )


@pytest.fixture(scope="session")
def pg_url():
    """The URL of the throw-away PostgreSQL server that scripts/test.sh starts.

    Without it the test is skipped with a reason that says so in the summary,
    except in CI, where a missing server is a failure.
    """
    url = os.environ.get("FIELDSERVICE_TEST_PG_URL")
    if url:
        return url
    message = (
        "NO POSTGRESQL: FIELDSERVICE_TEST_PG_URL is not set; run the tests with "
        "scripts/test.sh, which starts a throw-away server when PostgreSQL is installed"
    )
    installed = shutil.which("initdb") or glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if os.environ.get("CI") and installed:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def pg_engine(pg_url):
    """An empty schema of its own on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(pg_url, connect_args={"options": f"-csearch_path={schema}"})
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    yield engine
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture
def dishwasher_policy(db, dishwasher):
    return warranty.set_policy(
        db,
        warranty.PolicyDraft(
            dishwasher.id,
            warranty_months=24,
            service_months=36,
            terms="Parts and labour for manufacturing defects.",
        ),
    )


@pytest.fixture
def janes_warranty(db, dishwasher, dishwasher_policy, jane):
    return warranty.register(
        db,
        warranty.RegistrationDraft(
            "AQD-1001",
            dishwasher.id,
            dt.date(2025, 3, 14),
            customer_id=jane.id,
            dealer="Kitchen World Leeds",
            invoice_ref="INV-2025-0314",
            registered_on=dt.date(2025, 3, 20),
        ),
    )


@pytest.fixture
def kettle(db):
    """A kettle sold under 三包: refund within 7 days, exchange within 15, exchange
    after 2 repairs of the same fault; 12 months' warranty."""
    product = products.create_product(db, products.ProductDraft("MD-K1", "美的电水壶", "Midea"))
    warranty.set_policy(
        db,
        warranty.PolicyDraft(
            product.id, 12, return_days=7, exchange_days=15, repairs_before_exchange=2
        ),
    )
    return product


def bought(db, product, serial: str, days_ago: int):
    """A unit of *product* registered as bought *days_ago* days before today."""
    purchase = dt.date.today() - dt.timedelta(days=days_ago)
    unit = units.create_unit(db, units.UnitDraft(serial, product.id))
    warranty.register(db, warranty.RegistrationDraft(serial, product.id, purchase))
    return unit


def database_at(path: Path, revision: str) -> None:
    """A centre's database file made by an earlier version: migrated up to
    *revision* only."""
    from alembic import command

    engine = sqlite_engine(path)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def add_as_before(file: sqlite3.Connection, table: str, site: str, **values) -> str:
    """Store a row as an earlier version wrote it (by hand: today's services write
    today's schema); returns its id."""
    row_id = uuid.uuid4().hex
    values |= {
        "id": row_id,
        "origin_site": site,
        "created_at": "2026-11-20 09:00:00.000000",
        "updated_at": "2026-11-20 09:00:00.000000",
        "hlc": f"0001763629200000.0000.{site}",
        "deleted": 0,
    }
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    file.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
    return row_id


@contextlib.contextmanager
def statements_sent(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """Every statement sent through *engine* meanwhile, with its parameters."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def query_plan(db: Database, statement: str, parameters: Any) -> list[str]:
    """SQLite's plan of *statement*, a line per step (EXPLAIN QUERY PLAN)."""
    with db.engine.connect() as conn:
        return [
            row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
