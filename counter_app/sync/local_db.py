"""Opening the desk's own SQLite: migrated before sync starts, damage reported plainly."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from counter_app.models import Side
from counter_app.models.database import make_engine, sqlite_url

# The newest desk migration. A desk whose database is at it starts without loading Alembic
# and every migration script (a quarter of a second; bench: desk_start_s). A test fails
# when a new migration is added and this is not moved to it.
DESK_SCHEMA_HEAD = "1f29fcf689e1"


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
        if not _at_head(engine):
            _migrate(engine)
    except _NewerSchemaError as exc:
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


class _NewerSchemaError(RuntimeError):
    """The database was migrated by a newer program."""


def _at_head(engine: Engine) -> bool:
    with engine.connect() as connection:
        try:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        except OperationalError:  # no such table: a new file
            return False
        return [row[0] for row in version] == [DESK_SCHEMA_HEAD]


def _migrate(engine: Engine) -> None:
    from alembic.util import CommandError  # noqa: PLC0415

    from counter_app.models.migrate import upgrade  # noqa: PLC0415

    try:
        upgrade(engine, Side.DESK)
    except CommandError as exc:
        raise _NewerSchemaError(str(exc)) from exc
