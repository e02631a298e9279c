"""The head office keeps the same models in PostgreSQL: the migrations and the
column types must work there exactly as in SQLite."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.db import alembic_config, head_revision
from fieldservice.migrations.fts import is_search_index
from fieldservice.models import Base, Customer, Product, Unit


def migrate(engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def test_the_migrations_build_the_models_schema_on_postgresql(pg_engine):
    migrate(pg_engine)
    with pg_engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not is_search_index(name)}
        )
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []


def test_rows_round_trip_through_postgresql_with_utc_times_and_uuids(pg_engine):
    migrate(pg_engine)
    stamp = dict(origin_site="LD01", hlc="0000000000000001.0000.LD01")
    with Session(pg_engine) as s, s.begin():
        product = Product(sku="AQU-DW600", name="Dishwasher", **stamp)
        owner = Customer(
            number="LD01-CU-000001", name="王小明", phone_key="+8613800138000", **stamp
        )
        s.add_all([product, owner])
        s.flush()
        s.add(
            Unit(
                serial="AQD-1",
                product_id=product.id,
                customer_id=owner.id,
                purchase_date=dt.date(2024, 2, 29),
                **stamp,
            )
        )
    with Session(pg_engine) as s:
        unit = s.scalar(select(Unit).where(Unit.serial == "AQD-1"))
        assert unit.purchase_date == dt.date(2024, 2, 29)
        assert unit.created_at.tzinfo == dt.UTC
        assert s.get(Customer, unit.customer_id).name == "王小明"
        assert unit.deleted is False
