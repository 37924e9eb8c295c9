"""Migrating an empty database gives exactly the schema the ORM describes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from counter_app.models import Side, metadata_for
from counter_app.models.database import make_engine
from counter_app.models.migrate import current_revision, head_revision, upgrade
from counter_app.sync.local_db import DESK_SCHEMA_HEAD, open_desk_database


def schema_differences(engine: Engine, side: Side) -> list[Any]:
    """What alembic's autogenerate would still change (nothing, if migrations are right)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata_for(side)))


def test_server_migrations_build_the_orm_schema(server_db_url: str) -> None:
    engine = make_engine(server_db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine, Side.SERVER)
        assert current_revision(engine) == head_revision(Side.SERVER)
        assert schema_differences(engine, Side.SERVER) == []
        tables = set(inspect(engine).get_table_names())
        assert set(metadata_for(Side.SERVER).tables) <= tables
        assert not tables & {"outbox", "desk_identity", "sync_cursor"}
    finally:
        engine.dispose()


def test_upgrading_a_current_server_database_again_changes_nothing(server_db_url: str) -> None:
    engine = make_engine(server_db_url)
    try:
        upgrade(engine, Side.SERVER)
        upgrade(engine, Side.SERVER)
        assert current_revision(engine) == head_revision(Side.SERVER)
        assert schema_differences(engine, Side.SERVER) == []
    finally:
        engine.dispose()


def test_desk_migrations_build_the_orm_schema(tmp_path: Path) -> None:
    engine = open_desk_database(tmp_path / "folder" / "desk.sqlite")
    try:
        assert current_revision(engine) == head_revision(Side.DESK)
        assert schema_differences(engine, Side.DESK) == []
        # The comparison is not vacuous: against the server's tables it finds differences.
        assert schema_differences(engine, Side.SERVER) != []
        tables = set(inspect(engine).get_table_names())
        assert {"outbox", "desk_identity", "sync_cursor", "ticket"} <= tables
        assert not tables & {"applied_mutation", "branch_change", "desk_credential"}
    finally:
        engine.dispose()


def test_desk_database_runs_with_the_settings_a_desk_needs(tmp_path: Path) -> None:
    engine = open_desk_database(tmp_path / "desk.sqlite")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 10000
    finally:
        engine.dispose()


def test_the_desks_known_schema_head_is_the_newest_desk_migration() -> None:
    """A desk skips Alembic when its database is at DESK_SCHEMA_HEAD: a migration added
    without moving it there would never run on an existing desk."""
    assert head_revision(Side.DESK) == DESK_SCHEMA_HEAD


def test_a_desk_database_at_the_newest_schema_opens_without_loading_alembic(
    tmp_path: Path,
) -> None:
    """Every desk start opens its database: one already migrated must not pay for
    Alembic and all the migration scripts (bench: desk_start_s)."""
    path = tmp_path / "desk.sqlite"
    open_desk_database(path).dispose()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from counter_app.sync.local_db import open_desk_database\n"
        "open_desk_database(Path(sys.argv[1])).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
