"""Alembic environment: always run programmatically with a connection handed in."""

from alembic import context

from coprod_desktop.core.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
