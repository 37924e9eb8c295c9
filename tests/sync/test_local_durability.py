"""The desk's own database keeps what only it has, the changes not yet sent: through an
upgrade of the program (every migration from the first), and through damage on disk (found
at start, the file moved aside, never deleted, the copy of the server rebuilt); they are
then sent once and never doubled."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from counter_app.models import OutboxEntry
from counter_app.models.base import Side
from counter_app.models.migrate import alembic_config, current_revision, head_revision, upgrade
from counter_app.sync import local_recovery
from counter_app.sync.local_db import LocalDatabaseError
from counter_app.sync.local_recovery import check_desk_database, recover_if_damaged
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant
from tests.sync.test_renumbering import server_inquiries

FIRST_REVISION = "666cc0851379"  # the initial schema
STARTED = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night summer time begins


def _register(desk: SimDesk, count: int) -> None:
    for n in range(count):
        desk.register_inquiry(STARTED + timedelta(minutes=n), STARTED + timedelta(minutes=n + 1))


def _settle(path: Path) -> int:
    """Fold the WAL into the file (as a clean shutdown does); the page size."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size: int = connection.execute("PRAGMA page_size").fetchone()[0]
    return size


def _garble(path: Path, page: int, page_size: int) -> None:
    """Overwrite one page (numbered from 1, as SQLite does) with noise."""
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(bytes((n * 7 + 13) % 256 for n in range(page_size)))


def _root_page(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        page: int = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    return page


def _as_sent(entries: list[OutboxEntry]) -> list[tuple[object, ...]]:
    return [(e.number, e.id, e.type, e.payload, e.status) for e in entries]


def test_a_damaged_copy_of_the_server_is_rebuilt_and_the_unsent_changes_go_once(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "KVIK.sqlite"

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as desk:
            _register(desk, 5)  # made offline: not sent yet
            before = _as_sent(desk.outbox_entries())
        size = _settle(path)
        _garble(path, _root_page(path, "service"), size)  # the catalogue copy is broken
        original = path.read_bytes()
        assert check_desk_database(path) is not None

        recovery = recover_if_damaged(path)
        assert recovery is not None and recovery.kept_identity
        assert recovery.kept_changes == 5
        assert recovery.moved_to.read_bytes() == original  # kept for IT, not deleted
        assert recovery.moved_to.name.startswith("KVIK.sqlite.damaged-")
        assert check_desk_database(path) is None
        assert recover_if_damaged(path) is None  # whole now: nothing more to do

        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as again:
            assert _as_sent(again.outbox_entries()) == before
            assert again.services.catalogue.services("da")  # re-read from the server
            await again.sync.push_all()
            await again.sync.push_all()
            assert again.outbox_entries() == []
            assert server_inquiries(server, again) == 5  # each once

    asyncio.run(scenario())


def test_a_broken_outbox_page_loses_only_the_rows_on_it(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "KVIK.sqlite"

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as desk:
            _register(desk, 120)
            before = {e.id: e for e in desk.outbox_entries()}
        size = _settle(path)
        middle = sorted(before.values(), key=lambda e: e.number)[60]
        offset = path.read_bytes().find(middle.payload["inquiry_id"].encode())
        assert offset > 0
        _garble(path, offset // size + 1, size)

        recovery = recover_if_damaged(path)
        assert recovery is not None
        assert 0 < recovery.kept_changes < len(before)  # the rest of the table is read
        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as again:
            kept = again.outbox_entries()
            assert len(kept) == recovery.kept_changes
            assert middle.id not in {e.id for e in kept}
            for entry in kept:  # each as it was made
                assert _as_sent([entry]) == _as_sent([before[entry.id]])
            await again.sync.push_all()
            assert server_inquiries(server, again) == len(kept)

    asyncio.run(scenario())


def test_a_damaged_file_that_cannot_be_moved_stops_the_start_and_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    path.write_bytes(b"this is not a database" * 100)

    def refuse(_path: Path) -> Path:
        raise PermissionError("access denied")

    monkeypatch.setattr(local_recovery, "move_aside", refuse)  # a read-only folder
    with pytest.raises(LocalDatabaseError, match="cannot be moved aside") as caught:
        recover_if_damaged(path)
    assert "Rename it yourself" in str(caught.value)
    assert path.read_bytes() == b"this is not a database" * 100


def test_a_file_that_is_no_database_is_moved_aside_and_a_fresh_one_made(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    recovery = recover_if_damaged(path)
    assert recovery is not None
    assert (recovery.kept_changes, recovery.kept_identity) == (0, False)
    assert "not a database" in recovery.problem
    assert recovery.moved_to.read_bytes() == b"this is not a database" * 100
    assert check_desk_database(path) is None
    assert recover_if_damaged(tmp_path / "missing.sqlite") is None


def test_an_upgrade_through_every_migration_keeps_the_unsent_changes(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as desk:
            _register(desk, 4)
            before = _as_sent(desk.outbox_entries())
            with desk.db.connect() as connection:  # as the first released version left it
                # Batch migrations copy tables: foreign keys off, as upgrade() does.
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
                command.downgrade(alembic_config(Side.DESK, connection), FIRST_REVISION)
                connection.commit()
            assert current_revision(desk.db) == FIRST_REVISION
            upgrade(desk.db, Side.DESK)  # what the next start of a new version does
            assert current_revision(desk.db) == head_revision(Side.DESK)
            assert _as_sent(desk.outbox_entries()) == before
        async with enrolled_desk(server, tenant, tmp_path, name="KVIK") as again:
            await again.sync.push_all()
            assert again.outbox_entries() == []
            assert server_inquiries(server, again) == 4

    asyncio.run(scenario())
