"""Bring a database file up to the current schema, safely.

The common case (already current) is answered with plain sqlite3 so that start-up does not pay
for importing Alembic. When a migration is due, the file is first copied with SQLite's online
backup into `backups/`, so a failed migration can never cost the member their records.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coprod_desktop.core.db import diagnosis
from coprod_desktop.core.domain.errors import DataWillNotOpen, StorageError

# The newest revision in migrations/versions. A test checks this equals Alembic's head.
SCHEMA_HEAD = "0002"
KNOWN_REVISIONS = ("0001", "0002")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(db_file: Path, key: bytes | None = None) -> str | None:
    """The schema revision stored in the file, or None for a new/empty file.

    With a data key the file is read through SQLCipher (plain sqlite3 cannot read it).
    """
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    if key is not None:
        from coprod_desktop.core.db.cipher import connect

        try:
            conn = connect(db_file, key, read_only=True)
        except Exception as exc:
            raise diagnosis.explain(db_file, exc, keyed=True) from exc
        errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, _cipher_error())
    else:
        try:
            conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        except sqlite3.Error as exc:  # even opening reads the header: the disk may fail there
            raise diagnosis.explain(db_file, exc) from exc
        errors = (sqlite3.DatabaseError,)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            # the folder, not the file: it cannot be written (or reached) by this user
            raise StorageError(
                f"The data folder {db_file.parent} is read-only for you, so your records cannot "
                "be opened. Check you can write to it; nothing was changed."
            ) from exc
        raise diagnosis.explain(db_file, exc, keyed=key is not None) from exc
    except errors as exc:
        raise diagnosis.explain(db_file, exc, keyed=key is not None) from exc
    finally:
        conn.close()


def _cipher_error() -> type[BaseException]:
    import sqlcipher3

    return sqlcipher3.DatabaseError


def needs_migration(revision: str | None) -> bool:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DataWillNotOpen(diagnosis.NEWER)
    return revision != SCHEMA_HEAD


def upgrade(engine_url_or_engine: object, to: str = "head") -> None:
    """Run Alembic upgrade on an open engine (imports Alembic only now)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine_url_or_engine.begin() as connection:  # type: ignore[attr-defined]
        config.attributes["connection"] = connection
        command.upgrade(config, to)


def alembic_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
