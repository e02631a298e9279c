"""Opening the local database: pragmas, migrations, backups before upgrades."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from fieldservice.db import (
    SCHEMA_HEAD,
    Database,
    alembic_config,
    head_revision,
    sqlite_engine,
    upgrade_schema,
)
from fieldservice.migrations.fts import is_search_index
from fieldservice.models import Base
from fieldservice.services import customers, repairs, stock
from tests.conftest import add_as_before, database_at


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_a_new_database_is_at_the_newest_schema_and_matches_the_models(fresh_db):
    with fresh_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not is_search_index(name)}
        )
        assert context.get_current_revision() == head_revision()
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_opening_knows_the_newest_schema_without_reading_the_migrations():
    # Database.open skips Alembic when the file is at SCHEMA_HEAD: a new migration
    # must move it, or databases would never be upgraded to it.
    assert head_revision() == SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_importing_alembic(db, tmp_path):
    path = db.path
    db.close()
    probe = (
        "import sys; from fieldservice.db import Database; "
        f"Database.open(path={str(path)!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_data_directory_comes_from_fieldservice_home(tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDSERVICE_HOME", str(tmp_path / "centre"))
    with Database.open() as db:
        assert db.path == (tmp_path / "centre" / "fieldservice.sqlite3").resolve()
        assert db.path.exists()


def _migrations_with_one_more_revision(tmp_path: Path) -> Path:
    """A copy of the shipped migrations plus a newer revision, as a future version has."""
    source = Path(__file__).resolve().parents[2] / "fieldservice" / "migrations"
    target = tmp_path / "migrations"
    shutil.copytree(source, target)
    (target / "versions" / "9999_future.py").write_text(
        textwrap.dedent(
            f'''
            import sqlalchemy as sa
            from alembic import op

            revision = "9999"
            down_revision = "{head_revision()}"
            branch_labels = None
            depends_on = None

            def upgrade():
                with op.batch_alter_table("product") as batch:
                    batch.add_column(sa.Column("warranty_months", sa.Integer(), nullable=True))

            def downgrade():
                pass
            '''
        )
    )
    return target


def test_an_older_database_is_backed_up_then_upgraded_without_losing_data(db, jane, tmp_path):
    path = db.path
    db.close()
    cfg = alembic_config()
    cfg.set_main_option("script_location", str(_migrations_with_one_more_revision(tmp_path)))
    engine = sqlite_engine(path)
    try:
        done = upgrade_schema(engine, path, cfg)
    finally:
        engine.dispose()

    assert done is not None and done.backup_path.exists()
    assert (done.from_revision, done.to_revision) == (head_revision(), "9999")
    old = sqlite3.connect(done.backup_path)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert old.execute("SELECT name FROM customer").fetchall() == [("Jane Smith",)]
    old.close()
    upgraded = sqlite3.connect(path)
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    assert upgraded.execute("SELECT name FROM customer").fetchall() == [("Jane Smith",)]
    columns = [row[1] for row in upgraded.execute("PRAGMA table_info(product)")]
    assert "warranty_months" in columns
    upgraded.close()


def test_reopening_an_up_to_date_database_takes_no_backup(db, jane):
    path = db.path
    db.close()
    with Database.open(path=path) as again:
        assert customers.count_customers(again) == 1
    assert not (path.parent / "backups").exists()


def test_only_the_newest_upgrade_backups_are_kept(tmp_path):
    from fieldservice.db import KEEP_UPGRADE_BACKUPS, _prune_upgrade_backups

    folder = tmp_path / "backups"
    folder.mkdir()
    names = [f"fieldservice-2026010{i}-120000-before-000{i}.sqlite3" for i in range(1, 6)]
    for name in names:
        (folder / name).write_bytes(b"x")
    (folder / "fieldservice-manual.sqlite3").write_bytes(b"x")  # a backup made by hand
    _prune_upgrade_backups(folder, "fieldservice")
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([*names[-KEEP_UPGRADE_BACKUPS:], "fieldservice-manual.sqlite3"])


def test_a_centre_database_from_before_codes_per_centre_keeps_its_locations_stock_and_targets(
    tmp_path,
):
    path = tmp_path / "fieldservice.sqlite3"
    database_at(path, "0007")  # the schema of the version before
    old = sqlite3.connect(path)
    old.execute("INSERT INTO local_setting (key, value) VALUES ('site_code', 'LD01')")
    add_as_before(
        old, "site", "LD01", code="LD01", name="Leeds", address="", phone="", email="", country="GB"
    )
    main = add_as_before(
        old, "stock_location", "LD01", code="MAIN", name="Main store", kind="store", technician=""
    )
    add_as_before(
        old, "stock_location", "LD01", code="QUAR", name="Faulty", kind="quarantine", technician=""
    )
    fan = add_as_before(
        old,
        "part",
        "LD01",
        part_number="FAN-120",
        description="Fan",
        unit="pcs",
        standard_cost=0,
        supplier="",
        supplier_part_number="",
        lead_time_days=0,
        pack_size=1000,
        default_bin="",
        notes="",
    )
    add_as_before(
        old,
        "stock_movement",
        "LD01",
        part_id=fan,
        location_id=main,
        bin="A3",
        kind="receipt",
        quantity=5000,
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
    old.execute(
        "INSERT INTO stock_balance (part_id, location_id, bin, on_hand) VALUES (?, ?, 'A3', 5000)",
        (fan, main),
    )
    for rank, code in enumerate(("urgent", "high", "normal", "low"), start=1):
        add_as_before(
            old,
            "priority_target",
            "LD01",
            code=code,
            label=code.title(),
            rank=rank,
            response_hours=rank,
            resolution_hours=10 * rank,
        )
    old.commit()
    old.close()

    with Database.open(path=path) as db:  # upgrades it
        assert [loc.code for loc in stock.list_locations(db)] == ["MAIN", "QUAR"]
        assert stock.on_hand(db, "FAN-120").bins == (("MAIN", "A3", Decimal(5)),)
        (received,) = stock.movements(db, "FAN-120")
        assert (received.location, received.quantity, received.by) == ("MAIN", 5, "Ann")
        assert [(t.code, t.resolution_hours) for t in repairs.targets(db)] == [
            ("urgent", 10),
            ("high", 20),
            ("normal", 30),
            ("low", 40),
        ]
        with db.connection() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, *_: not is_search_index(name)}
            )
            assert compare_metadata(context, Base.metadata) == []
        # Another centre's MAIN and priorities can now be kept beside this centre's,
        # and this centre still finds its own.
        with contextlib.closing(sqlite3.connect(path)) as other, other:
            add_as_before(
                other,
                "stock_location",
                "YK01",
                code="MAIN",
                name="Main",
                kind="store",
                technician="",
            )
            add_as_before(
                other,
                "priority_target",
                "YK01",
                code="urgent",
                label="Urgent",
                rank=1,
                response_hours=1,
                resolution_hours=8,
            )
        assert [loc.code for loc in stock.list_locations(db)] == ["MAIN", "QUAR"]
        assert stock.receive(db, "FAN-120", 1, "MAIN", bin="A3").location == "MAIN"
        assert stock.on_hand(db, "FAN-120").bins == (("MAIN", "A3", Decimal(6)),)
        assert repairs.targets(db)[0].resolution_hours == 10
