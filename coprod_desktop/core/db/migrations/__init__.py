"""Alembic migrations (batch mode for SQLite). Run on open, after a backup copy of the file."""
