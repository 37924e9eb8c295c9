"""A damaged desk database at start: checked, moved aside, rebuilt, its unsent work kept.

Everything the desk shows is a copy of the server's and comes back with the next snapshot;
what only this file holds is the desk's identity (which desk, its numbering) and its
outbox (changes not yet sent, refusals not yet seen). Those are read out of the damaged
file, row by row where whole tables no longer read, and written into a fresh database;
the damaged file is renamed, never deleted, so IT can still look into it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from counter_app.sync.local_db import LocalDatabaseError, open_desk_database

log = logging.getLogger(__name__)

# The tables only the desk has, parents first; the rest is the server's and is re-read.
OWN_TABLES = ("desk_identity", "outbox")


@dataclass(frozen=True)
class Recovery:
    """What a start found and did: where the damaged file went, why it was damaged, and
    how many unsent or refused changes it kept."""

    moved_to: Path
    problem: str
    kept_changes: int
    kept_identity: bool


def check_desk_database(path: Path) -> str | None:
    """None if the file is missing or whole; else what is wrong with it."""
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [str(row[0]) for row in rows]
    return None if problems == ["ok"] else "; ".join(problems[:3])


def salvage(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The rows of :data:`OWN_TABLES` that can still be read from ``path``, as stored."""
    found: dict[str, list[dict[str, Any]]] = {table: [] for table in OWN_TABLES}
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return found
    with contextlib.closing(connection):
        connection.row_factory = sqlite3.Row
        for table in OWN_TABLES:
            found[table] = [dict(row) for row in _readable_rows(connection, table)]
    return found


def _readable_rows(connection: sqlite3.Connection, table: str) -> Iterator[sqlite3.Row]:
    """The whole table if it reads; else each row that still reads on its own, looked up
    by rowid up to the highest one the table's tree still shows (an outbox's rowid is the
    mutation's number). Nothing if not even that reads."""
    try:
        yield from connection.execute(f'SELECT * FROM "{table}"').fetchall()
        return
    except sqlite3.DatabaseError as exc:
        log.warning("salvaging %s row by row: %s", table, exc)
    try:
        top = connection.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return
    for rowid in range(1, top + 1):
        try:
            row = connection.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,))
            found = row.fetchone()
        except sqlite3.DatabaseError:
            continue
        if found is not None:
            yield found


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the database and its WAL and shared-memory files; return the new name."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(moved.with_name(moved.name + suffix))
    path.rename(moved)
    return moved


def restore(engine_path: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Write salvaged rows into the fresh (migrated) database at ``engine_path``, keeping
    the columns both schemas have."""
    with contextlib.closing(sqlite3.connect(engine_path)) as connection:
        for table in OWN_TABLES:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            for row in rows[table]:
                kept = {name: value for name, value in row.items() if name in columns}
                names = ", ".join(f'"{name}"' for name in kept)
                marks = ", ".join("?" for _ in kept)
                connection.execute(
                    f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})',
                    tuple(kept.values()),
                )
        connection.commit()


def recover_if_damaged(path: Path) -> Recovery | None:
    """Check the desk database at ``path``; if damaged, move it aside and start a fresh
    one holding its identity and outbox (the next sync re-reads the rest from the
    server). None when the file is whole or missing."""
    problem = check_desk_database(path)
    if problem is None:
        return None
    rows = salvage(path)
    try:
        moved = move_aside(path)
    except OSError as exc:
        raise LocalDatabaseError(
            f"the desk's local database {path} is damaged ({problem}) and cannot be moved "
            f"aside ({exc}). Rename it yourself and start again: the desk then fetches "
            "everything from the server."
        ) from exc
    open_desk_database(path).dispose()  # fresh and migrated
    restore(path, rows)
    recovery = Recovery(moved, problem, len(rows["outbox"]), bool(rows["desk_identity"]))
    log.warning(
        "the local database was damaged (%s): moved to %s and started afresh with %d "
        "unsent or refused change(s)%s",
        problem,
        moved,
        recovery.kept_changes,
        "" if recovery.kept_identity else "; the desk's identity could not be read",
    )
    return recovery
