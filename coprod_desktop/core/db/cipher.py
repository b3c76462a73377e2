"""SQLCipher: the same SQLite database, every page encrypted with the data key.

The data key (32 random bytes, see `core/io/keys.py`) is given to SQLCipher as a *raw* key,
`PRAGMA key = "x'<64 hex>'"`, so SQLCipher skips its own passphrase derivation: the slow
Argon2id step has already happened once, when the key file was unlocked. The key pragma is the
first statement on every connection (the `sqlite+pysqlcipher` dialect of SQLAlchemy runs it in
its on-connect hook, before our own pragmas).

Converting between plain and encrypted files uses SQLCipher's `sqlcipher_export()` through
`ATTACH DATABASE … KEY …`: the whole schema and every row are copied into a new file, which is
then checked (`PRAGMA integrity_check` and a row count per table) before anything is swapped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from coprod_desktop.core.domain.errors import StorageError


def _dbapi() -> Any:
    import sqlcipher3

    return sqlcipher3


def key_literal(key: bytes | None) -> str:
    """The value for PRAGMA key / ATTACH … KEY: a raw key, or '' for a plain file."""
    if key is None:
        return "''"
    if len(key) != 32:
        raise ValueError("the data key is 32 bytes")
    return f"\"x'{key.hex()}'\""


def _quiet(conn: Any) -> None:
    # SQLCipher logs a wrong key or a damaged page to stderr; the member gets a sentence instead.
    conn.execute("PRAGMA cipher_log_level = NONE")


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to `path` (sqlcipher3), keyed when `key` is given."""
    dbapi = _dbapi()
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    conn = dbapi.connect(target, uri=True, timeout=5.0, check_same_thread=False)
    conn.isolation_level = None
    _quiet(conn)
    if key is not None:
        conn.execute(f"PRAGMA key = {key_literal(key)}")
    return conn


def make_engine(path: Path, key: bytes, connect_args: dict[str, Any]) -> Engine:
    """An engine over an encrypted file, pooled like the plain one (QueuePool, not the
    dialect's SingletonThreadPool, so pool threads of the window share connections the same way).
    """
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(url, connect_args=connect_args, poolclass=QueuePool, module=_dbapi())
    return engine


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def export_database(
    src: Path, dst: Path, *, src_key: bytes | None, dst_key: bytes | None
) -> dict[str, int]:
    """Copy `src` into a new file `dst` with another key (or none); return the row counts.

    `dst` must not exist yet. The copy is checked before this returns; on any failure `dst` is
    removed and a StorageError (or the original error) raised, and `src` is never written.
    """
    if dst.exists():
        raise FileExistsError(dst)
    try:
        conn = connect(src, src_key)
        try:
            counts = table_counts(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("ATTACH DATABASE ? AS converted KEY " + key_literal(dst_key), (str(dst),))
            conn.execute("SELECT sqlcipher_export('converted')")
            # sqlcipher_export copies schema and rows but not the header's user_version.
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
            conn.execute("DETACH DATABASE converted")
        finally:
            conn.close()
        check_database(dst, dst_key, counts)
        return counts
    except BaseException as exc:
        dst.unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.DatabaseError, _dbapi().DatabaseError)):
            raise StorageError(
                f"The database file {src.name} could not be converted ({exc}): it was not changed."
            ) from exc
        raise


def check_database(path: Path, key: bytes | None, expected: dict[str, int] | None = None) -> None:
    """`PRAGMA integrity_check` is ok and (if given) every table holds the expected rows."""
    conn = connect(path, key, read_only=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise StorageError(
                f"The converted copy of {path.name} failed its check: nothing was changed."
            )
        if expected is not None and table_counts(conn) != expected:
            raise StorageError(
                f"The converted copy of {path.name} does not hold every record: nothing was "
                "changed."
            )
    finally:
        conn.close()


def opens_with(path: Path, key: bytes | None) -> bool:
    """Can `path` be read with this key (None: as a plain SQLite file)?"""
    try:
        conn = connect(path, key, read_only=True)
    except Exception:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()
