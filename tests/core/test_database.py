"""Opening the local database: pragmas, migrations, backups before upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from fieldservice.db import Database, alembic_config, head_revision, sqlite_engine, upgrade
from fieldservice.migrations.fts import is_search_index
from fieldservice.models import Base
from fieldservice.services import customers


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
        backup = upgrade(engine, path, cfg)
    finally:
        engine.dispose()

    assert backup is not None and Path(backup).exists()
    old = sqlite3.connect(backup)
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
