"""Only the app's own schema comes in: a file from outside is compared whole with ours.

Why: a backup is a whole SQLite file, and SQLite files carry code. A crafted backup with
`CREATE TRIGGER … AFTER INSERT ON activities BEGIN DELETE FROM activities …` restored with
exit 0 and silently emptied the records at the next save (issue 17, finding 2). Checking
tables, integrity and revision is not enough: every table, column, index, trigger and view,
and the SQL of each, must be exactly what this version's migrations make for that revision.

The reference for each known revision is stored beside this module (`schemas/<rev>.json`,
written by `write_reference` from a fresh database migrated to that revision; a test rebuilds
it and fails if it has drifted), so the check costs one read of `sqlite_master`, not a run of
Alembic. SQL is compared with whitespace and identifier quotes normalised: SQLite rewrites
quotes when a migration renames a table, and that is not a difference in meaning.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

REFERENCE_DIR = Path(__file__).resolve().parent / "schemas"
# Internal SQLite objects: created by SQLite itself, never by a file's author.
_INTERNAL = re.compile(r"^sqlite_(sequence|stat\d)$")

Schema = dict[str, dict[str, str]]  # kind ("table", "index", …) → name → normalised SQL


def normalise(sql: str | None) -> str:
    if sql is None:
        return ""  # automatic indexes (UNIQUE, PRIMARY KEY) have no SQL of their own
    text = re.sub(r'["`\[\]]', "", sql)
    return re.sub(r"\s+", " ", text).strip().lower()


def _parts_sorted(sql: str) -> str:
    """A CREATE TABLE with its column and constraint clauses in sorted order.

    Why: Alembic's batch mode rebuilds a table with its constraints in set order, so the same
    migration writes them in a different order from run to run; order carries no meaning
    (column order is compared separately, from `table_info`)."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return sql
    parts, depth, quote, current = [], 0, "", []
    for char in sql[start + 1 : end]:
        if quote:
            quote = "" if char == quote else quote
        elif char == "'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return f"{sql[: start + 1]}{', '.join(sorted(parts))}{sql[end:]}"


def schema_of(conn: Any) -> Schema:
    """Every object in a connection's `sqlite_master`, with its columns for tables."""
    schema: Schema = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if _INTERNAL.match(name):
            continue
        text = normalise(sql)
        if kind == "table":
            text = _parts_sorted(text)
        schema.setdefault(kind, {})[name] = f"{table}: {text}"
        if kind == "table":
            columns = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            schema.setdefault("column", {}).update(
                {
                    f"{name}.{c[1]}": f"#{c[0]} {c[2]} notnull={c[3]} default={c[4]} pk={c[5]}"
                    for c in columns
                }
            )
    return schema


@cache
def reference(revision: str) -> Schema | None:
    path = REFERENCE_DIR / f"{revision}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def difference(found: Schema, expected: Schema) -> str | None:
    """The first difference in words ("an extra trigger 'x'"), or None when they are equal."""
    for kind in sorted(set(found) | set(expected)):
        have, want = found.get(kind, {}), expected.get(kind, {})
        for name in sorted(set(have) - set(want)):
            return f"an extra {kind} '{name}'"
        for name in sorted(set(want) - set(have)):
            return f"no {kind} '{name}'"
        for name in sorted(have):
            if have[name] != want[name]:
                return f"a changed {kind} '{name}'"
    return None


def check_schema(conn: Any, revision: str) -> str | None:
    """None when the open file's schema is exactly this version's for `revision`, else the
    first difference in words. A revision with no stored reference is a difference too."""
    expected = reference(revision)
    if expected is None:
        return f"a schema revision ({revision}) this version does not know"
    return difference(schema_of(conn), expected)


def check_file_schema(db_file: Path, revision: str, key: bytes | None = None) -> str | None:
    """`check_schema` on a file (read only; an encrypted one through SQLCipher with `key`)."""
    import sqlite3
    from contextlib import closing

    if key is None:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    else:
        from coprod_desktop.core.db.cipher import connect

        conn = connect(db_file, key, read_only=True)
    with closing(conn):
        return check_schema(conn, revision)


def write_reference(db_file: Path, revision: str) -> Path:
    """Store the schema of a fresh database migrated to `revision` (run by the test and by a
    developer after adding a migration)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db_file)) as conn:
        schema = schema_of(conn)
    REFERENCE_DIR.mkdir(exist_ok=True)
    target = REFERENCE_DIR / f"{revision}.json"
    target.write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target
