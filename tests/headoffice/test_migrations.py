"""A head office made by an earlier version opens and upgrades without losing
anything, on PostgreSQL and on SQLite; its tables match the models."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from fieldservice.db import alembic_config
from fieldservice.headoffice.models import Change, EnrolledSite, HeadOfficeBase
from fieldservice.headoffice.store import HeadOfficeStore, headoffice_alembic_config
from fieldservice.models import utcnow
from fieldservice.wire import TABLES


def to(store: HeadOfficeStore, revision: str, *, down: bool = False) -> None:
    """The replicated tables at their newest, the head office's own at *revision*."""
    with store.engine.begin() as conn:
        centre, own = alembic_config(), headoffice_alembic_config()
        centre.attributes["connection"] = own.attributes["connection"] = conn
        command.upgrade(centre, "head")
        (command.downgrade if down else command.upgrade)(own, revision)


def test_a_head_office_of_the_previous_version_upgrades_and_keeps_its_log(head_office_store):
    store = head_office_store
    to(store, "h003")  # the head office as the previous version made it
    row_id, op_id = uuid.uuid4(), uuid.uuid4()
    with store.engine.begin() as conn:
        conn.execute(insert(EnrolledSite).values(code="LD01", name="Leeds", revoked=False))
        conn.execute(
            text(
                "INSERT INTO ho_change (entity, row_id, origin_site, op_id, row, created_at) "
                "VALUES ('customer', :row_id, 'LD01', :op_id, :row, CURRENT_TIMESTAMP)"
            ),
            {
                "row_id": row_id if store.is_postgres else row_id.hex,
                "op_id": op_id if store.is_postgres else op_id.hex,
                "row": '{"name": "Ann Lee"}',
            },
        )
    store.migrate()  # what the new version does on start
    with store.session() as s:
        (change,) = s.scalars(select(Change)).all()
        assert (change.row_id, change.op_id, change.row) == (row_id, op_id, {"name": "Ann Lee"})
        assert change.echo_site is None  # a full copy: served as it is
        assert s.get(EnrolledSite, "LD01").name == "Leeds"
    ours = set(HeadOfficeBase.metadata.tables)

    def only_ours(name, kind, parents) -> bool:
        if kind == "schema":
            return True
        return (name if kind == "table" else parents.get("table_name")) in ours

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"version_table": "ho_alembic_version", "include_name": only_ours}
        )
        assert compare_metadata(context, HeadOfficeBase.metadata) == []


def test_going_back_refuses_while_the_log_has_rows_it_cannot_serve(head_office_store):
    store = head_office_store
    store.migrate()
    with store.session() as s:
        s.add(Change(entity="customer", row_id=uuid.uuid4(), origin_site="LD01", row=None))
    with pytest.raises(RuntimeError, match="no copy of their row"):
        to(store, "h003", down=True)
    with store.session() as s:
        assert s.scalars(select(Change)).one().row is None  # nothing lost


def test_a_head_office_of_the_previous_version_takes_a_second_centres_main_store(
    head_office_store,
):
    store = head_office_store
    with store.engine.begin() as conn:
        centre = alembic_config()
        centre.attributes["connection"] = conn
        command.upgrade(centre, "0007")  # the replicated tables as the previous version had
    location, part, movement = (TABLES[t] for t in ("stock_location", "part", "stock_movement"))

    def synced(site: str, **values) -> dict:
        return {
            "id": uuid.uuid4(),
            "origin_site": site,
            "created_at": utcnow(),
            "updated_at": utcnow(),
            "hlc": f"0001763629200000.0000.{site}",
            "server_version": None,
            "deleted": False,
            **values,
        }

    leeds_main = synced("LD01", code="MAIN", name="Main store", kind="store", technician="")
    fan = synced(
        "HO",
        part_number="FAN-120",
        description="Fan",
        unit="pcs",
        standard_cost=0,
        supplier="",
        supplier_part_number="",
        lead_time_days=0,
        pack_size=1,
        default_bin="",
        notes="",
    )
    with store.engine.begin() as conn:
        conn.execute(insert(location).values(leeds_main))
        conn.execute(insert(part).values(fan))
        conn.execute(
            insert(movement).values(
                synced(
                    "LD01",
                    part_id=fan["id"],
                    location_id=leeds_main["id"],
                    bin="",
                    kind="receipt",
                    quantity=5,
                    unit_cost=None,
                    reference="",
                    order_id=None,
                    order_number="",
                    transfer_id=None,
                    reverses_id=None,
                    reason="",
                    by="Ann",
                    override_by="",
                )
            )
        )
    store.migrate()  # what the new version does on start
    york_main = synced("YK01", code="MAIN", name="Main store", kind="store", technician="")
    with store.session() as s:
        s.execute(insert(location).values(york_main))
    with store.session() as s:
        found = s.execute(
            select(location.c.origin_site, location.c.code).order_by(location.c.origin_site)
        ).all()
        assert found == [("LD01", "MAIN"), ("YK01", "MAIN")]
        assert s.execute(select(movement.c.location_id)).scalar_one() == leeds_main["id"]
    with pytest.raises(IntegrityError), store.session() as s:  # still one MAIN per centre
        s.execute(
            insert(location).values(
                synced("YK01", code="MAIN", name="Again", kind="store", technician="")
            )
        )
