"""Opening a warta SQLite file: pragmas, schema and numbered migrations.

``schema.sql`` is version 1.  Each file ``migrations/NNNN_name.sql`` moves the
database to version NNNN; the version lives in ``PRAGMA user_version``.  A fresh
file gets the schema and then every migration, an old file only the migrations
it lacks, each in its own transaction.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path

from warta.store.names import register

__all__ = ["SCHEMA_VERSION", "connect", "migrations", "schema_version"]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """Every migration as ``(number, file name, sql)``, in order."""
    folder = resources.files("warta.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    return found


def _schema_sql() -> str:
    return resources.files("warta.store").joinpath("schema.sql").read_text(encoding="utf-8")


SCHEMA_VERSION = max([1] + [n for n, _, _ in migrations()])


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _apply(conn: sqlite3.Connection, sql: str, version: int) -> None:
    # executescript commits any open transaction first; wrap the script so it is atomic.
    conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")


def _migrate(conn: sqlite3.Connection, upto: int | None = None) -> None:
    upto = SCHEMA_VERSION if upto is None else upto
    if schema_version(conn) == 0:
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
        if not has_tables:
            _apply(conn, _schema_sql(), 1)
    for number, _name, sql in migrations():
        if schema_version(conn) < number <= upto:
            _apply(conn, sql, number)


def connect(path: str | Path, *, readonly: bool = False, upto: int | None = None) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the store at ``path``.

    WAL journal (readers never block the writer), foreign keys on, a busy timeout
    so concurrent writers wait instead of failing.  ``upto`` stops migration at a
    version (used by the migration tests).
    """
    path = Path(path)
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None,
                               check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    register(conn)  # SQL functions that migrations use (warta.store.names)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, upto)
    elif schema_version(conn) < SCHEMA_VERSION:
        version = schema_version(conn)
        conn.close()
        raise sqlite3.OperationalError(
            f"{path} is at schema version {version}, this warta needs {SCHEMA_VERSION}: "
            "open it once writable (warta.open(path)) to migrate it")
    return conn
