"""Opening databases: SQLite with the settings a desk needs, or PostgreSQL by URL."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.pool import ConnectionPoolEntry


class DatabaseConfigError(ValueError):
    """A database URL this program cannot use, with what to do about it."""


def normalise_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and ``sqlite:///path``; use psycopg 3 for PostgreSQL."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        shown = re.sub(r"://([^:/@]*):[^@]*@", r"://\1:***@", str(url))  # never log a password
        raise DatabaseConfigError(
            f"cannot read database URL {shown}: write it like "
            "postgresql://user@host:5432/dbname or sqlite:///path/to/file.sqlite"
        ) from exc
    backend = parsed.get_backend_name()
    if backend in {"postgresql", "postgres"}:  # Heroku-style postgres:// means the same
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    raise DatabaseConfigError(
        f"database {backend!r} is not supported: use PostgreSQL (postgresql://...) "
        "or SQLite (sqlite:///...)"
    )


def sqlite_url(path: Path) -> URL:
    """The URL of a SQLite file."""
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Take transactions into our own hands (the driver's legacy mode starts them lazily and
    # would make PRAGMA foreign_keys a no-op); see the "begin" listener below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the UI read while sync writes; FULL so a committed mutation survives a
        # power cut; foreign keys on; wait for a busy writer instead of failing at once.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Deleted rows (a sent mutation, a citizen's blanked name) are overwritten on disk,
        # not left readable in free space.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock up front: the SQLite way of "FOR UPDATE", so two
    # writers can never both read the same waiting ticket.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | URL, *, pool_size: int = 10) -> Engine:
    """An engine for the desk's or the server's database, configured for its backend."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
