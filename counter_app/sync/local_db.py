"""Opening the desk's own SQLite: migrated before sync starts, damage reported plainly."""

from __future__ import annotations

from pathlib import Path

from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from counter_app.models import Side
from counter_app.models.database import make_engine, sqlite_url
from counter_app.models.migrate import upgrade


class LocalDatabaseError(RuntimeError):
    """The desk's database cannot be used; the message says what to do."""


def open_desk_database(path: Path) -> Engine:
    """Open (creating if needed) and migrate the desk database at ``path``.

    A damaged file is never overwritten: it may hold mutations not yet synced.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LocalDatabaseError(f"cannot create the folder {path.parent}: {exc}") from exc
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine, Side.DESK)
    except CommandError as exc:
        engine.dispose()
        raise LocalDatabaseError(
            f"the desk's local database {path} was written by a newer version of "
            f"counter-app ({exc}). Install that version again (ask IT)."
        ) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise LocalDatabaseError(
            f"the desk's local database {path} is damaged or not a database ({exc.orig}). "
            "It is left untouched, as it may hold changes not yet sent. Move it aside "
            "(rename it) and start again: the desk then fetches everything from the server."
        ) from exc
    return engine
