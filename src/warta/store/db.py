"""Opening a warta SQLite file: pragmas, schema and numbered migrations.

``schema.sql`` is version 1.  Each file ``migrations/NNNN_name.sql`` moves the
database to version NNNN; the version lives in ``PRAGMA user_version``.  A fresh
file gets the schema and then every migration, an old file only the migrations
it lacks, each in its own transaction.
"""

from __future__ import annotations

import re
import sqlite3
import time
from importlib import resources
from pathlib import Path

from warta.store.names import register

__all__ = ["SCHEMA_VERSION", "StoreError", "check_file", "connect", "migrations", "schema_version"]

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


def _statements(sql: str) -> list[str]:
    """``sql`` cut into whole statements (a ``;`` inside a string, comment or trigger does not cut)."""
    out, buf = [], ""
    for part in sql.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \t\n;"):
                out.append(buf)
            buf = ""
    return out


def _migrate(conn: sqlite3.Connection, upto: int | None = None) -> None:
    """Bring the file to version ``upto`` in ONE ``BEGIN IMMEDIATE`` transaction.

    The version is read again after the write lock is taken, so processes opening a new
    store at the same moment serialise here: the first creates the schema, the others find
    it done.  DDL is transactional in SQLite, so a kill leaves the old version or the new.
    """
    upto = SCHEMA_VERSION if upto is None else upto
    if schema_version(conn) >= upto:
        return  # the common case, without taking the write lock
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(conn)
        if version == 0:
            if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0]:
                for stmt in _statements(_schema_sql()):
                    conn.execute(stmt)
            version = 1
        for number, _name, sql in migrations():
            if version < number <= upto:
                for stmt in _statements(sql):
                    conn.execute(stmt)
                version = number
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class StoreError(sqlite3.OperationalError):
    """A file that cannot be used as a warta store; the message (one line) says what to do."""


_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: str | Path, *, readonly: bool) -> None:
    """Raise :class:`StoreError` when ``path`` is plainly not a warta store.

    A writer may start from a missing or empty (0-byte) file: it becomes a new store.
    A reader needs an existing SQLite file.
    """
    path = Path(path)
    if not path.exists():
        if readonly:
            raise StoreError(f"no warta store at {path}: create one with `warta ingest PATH --db {path}`")
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a warta store: give the store's file with --db")
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror}") from None
    if not head:
        if readonly:
            raise StoreError(f"{path} is an empty file, not a warta store yet: create it with "
                             f"`warta ingest PATH --db {path}` (or delete the file)")
        return
    if head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite file, so not a warta store: give another --db "
                         "(warta never overwrites it)")


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL.  The switch needs a moment alone with the file; when other processes open
    a new store at the same time SQLite may answer "locked" at once, so wait and retry."""
    for attempt in range(300):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or attempt == 299:
                raise
            time.sleep(0.1)


def connect(path: str | Path, *, readonly: bool = False, upto: int | None = None) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the store at ``path``.

    WAL journal (readers never block the writer), foreign keys on, a busy timeout
    so concurrent writers wait instead of failing.  ``upto`` stops migration at a
    version (used by the migration tests).  A file that is not a store (empty for a
    reader, not SQLite, damaged) raises :class:`StoreError` with a one-line message.
    A writer recovers a file left mid-write or mid-switch to WAL by a killed process
    (SQLite rolls the hot journal back, or replays the WAL, when the writer opens it).
    """
    path = Path(path)
    check_file(path, readonly=readonly)
    if not readonly:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path, readonly, upto)
    except StoreError:
        raise
    except sqlite3.DatabaseError as e:
        msg = str(e)
        if "not a database" in msg or "malformed" in msg:
            raise StoreError(f"{path} is not a usable warta store ({msg}): give another --db, or "
                             "restore it from a copy") from None
        if readonly and ("readonly" in msg or "read-only" in msg or "unable to open" in msg):
            raise StoreError(f"{path} cannot be read as it is ({msg}); it was probably left mid-write by a "
                             "killed process: open it once for writing to recover it (any `warta ingest --db "
                             f"{path} ...`, or `python -c \"import warta; warta.open('{path}')\"`)") from None
        raise


def _open(path: Path, readonly: bool, upto: int | None) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        register(conn)  # SQL functions that migrations use (warta.store.names)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            _migrate(conn, upto)
        else:
            version = schema_version(conn)
            if version < SCHEMA_VERSION:
                if version == 0 and not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise StoreError(f"{path} is an empty SQLite file, not a warta store yet: create it with "
                                     f"`warta ingest PATH --db {path}`")
                raise StoreError(
                    f"{path} is at schema version {version}, this warta needs {SCHEMA_VERSION}: "
                    "open it once writable (warta.open(path)) to migrate it")
    except BaseException:
        conn.close()
        raise
    return conn
