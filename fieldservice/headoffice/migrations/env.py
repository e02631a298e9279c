"""Alembic environment of the head office's own tables (version table
``ho_alembic_version``; the replicated tables have their own history)."""

from __future__ import annotations

from alembic import context

from fieldservice.headoffice.models import HeadOfficeBase

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=HeadOfficeBase.metadata,
    version_table="ho_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
